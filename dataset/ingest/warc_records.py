"""Walking a WARC or ARC file: HTML pages out, every other record named and explained.

Records are numbered from 1 in file order, counting every record (warcinfo, request,
metadata, …), so a rejection's number points at the record a researcher will find with
any WARC tool. Only HTML payloads are kept in memory; images and video are classified
from their headers and merely streamed past (checking that the record is complete).
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dataset.ingest.ids import sha256_hex
from dataset.ingest.records import Rejected

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_PAGE_BYTES = 20_000_000  # larger "pages" are data dumps, not articles
_SNIFF = (b"<!doctype html", b"<html", b"<head", b"<body")


@dataclass(frozen=True)
class ArchivePage:
    """An HTML payload from an archive, with where it came from."""

    record: int
    url: str | None
    content_type: str | None
    payload: bytes


def mime_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith(_SNIFF) or (start.startswith(b"<!--") and b"<html" in start)


def _skip_reason(record, arc: bool) -> str | None:
    """Why a record is not a page, judged from headers alone; None for a candidate page."""
    kind = record.rec_type
    if not kind:
        return "malformed record (no WARC-Type header)"
    if record.rec_headers.get_header("Content-Length") is None:
        return "malformed record (no Content-Length header; cut off or damaged)"
    if kind == "warcinfo":
        return "ARC file header (filedesc)" if arc else "warcinfo record"
    if kind not in ("response", "resource"):
        detail = " (payload stored in an earlier capture)" if kind == "revisit" else ""
        return f"{kind} record{detail}"
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    scheme = uri.split(":", 1)[0].lower() if ":" in uri else ""
    if scheme == "dns":
        return "dns record"
    http = record.http_headers
    if kind == "response" and http is None:
        return f"{scheme or 'non-HTTP'} response without HTTP headers"
    if http is not None:
        status = http.get_statuscode() or "?"
        if not status.startswith("2"):
            location = http.get_header("Location")
            redirect = f" redirect to {location}" if status.startswith("3") and location else ""
            return f"HTTP {status}{redirect}"
        if status == "204":
            return "HTTP 204 (no content)"
    return None


def _content_type(record) -> str | None:
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type")
    return record.rec_headers.get_header("Content-Type")


def _missing_bytes(record) -> int:
    """Bytes the record's Content-Length promised but the file does not hold."""
    try:
        while record.raw_stream.read(1 << 16):
            pass
    except (OSError, EOFError, ValueError, zlib.error):
        pass
    return max(0, getattr(record.raw_stream, "limit", 0))


def _classify(record, number: int, arc: bool, rel: str) -> ArchivePage | Rejected:
    reason = _skip_reason(record, arc)
    if reason is None:
        mime = mime_type(_content_type(record))
        if mime and mime not in HTML_TYPES and mime not in ("application/octet-stream", "unk"):
            reason = f"not an HTML response ({mime})"
    if reason is not None:
        # The payload is skipped unread, but a cut-off record must still say so.
        missing = _missing_bytes(record)
        if missing:
            reason = f"truncated record ({missing} bytes missing; {reason})"
        return Rejected(rel, number, reason)
    content_type = _content_type(record)
    mime = mime_type(content_type)
    try:
        payload = record.content_stream().read(MAX_PAGE_BYTES + 1)
    except (OSError, EOFError, ValueError, zlib.error) as error:
        return Rejected(rel, number, f"unreadable payload: {error}")
    missing = getattr(record.raw_stream, "limit", 0)
    if len(payload) <= MAX_PAGE_BYTES and missing > 0:
        return Rejected(rel, number, f"truncated record ({missing} bytes missing)")
    if not payload.strip():
        return Rejected(rel, number, "empty payload")
    if len(payload) > MAX_PAGE_BYTES:
        return Rejected(rel, number, f"HTML payload larger than {MAX_PAGE_BYTES} bytes")
    if mime not in HTML_TYPES and not looks_like_html(payload[:1024]):
        label = mime or "no content type"
        return Rejected(rel, number, f"not an HTML response ({label})", sha256_hex(payload))
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return ArchivePage(number, uri or None, content_type, payload)


def archive_format(path: Path) -> str | None:
    """'warc' or 'arc' from the first bytes (gzipped or not), None for anything else."""
    with open(path, "rb") as handle:
        head = handle.read(2)
        handle.seek(0)
        stream = gzip.GzipFile(fileobj=handle) if head == b"\x1f\x8b" else handle
        try:
            start = stream.read(16)
        except (OSError, EOFError, zlib.error):
            return None
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"filedesc://"):
        return "arc"
    return None


def iter_archive(path: Path, rel: str) -> Iterator[ArchivePage | Rejected]:
    """Every record of the archive in order, as a page or as a rejection.

    A damaged archive yields what could be read, then one rejection saying where
    reading stopped.
    """
    from warcio.archiveiterator import ArchiveIterator

    kind = archive_format(path)
    if kind is None:
        yield Rejected(rel, None, "not a WARC or ARC file (no WARC/ or filedesc:// header)")
        return
    arc = kind == "arc"
    number = 0
    with open(path, "rb") as handle:
        iterator = ArchiveIterator(handle, arc2warc=True)
        records = iter(iterator)
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            # warcio also fails with AttributeError/TypeError on some damaged headers; any
            # failure here ends this archive, never the corpus.
            except Exception as error:
                message = " ".join(str(error).split()) or type(error).__name__
                yield Rejected(
                    rel, number + 1, f"unreadable archive after record {number}: {message}"
                )
                return
            number += 1
            yield _classify(record, number, arc, rel)
        # warcio ends quietly at a record cut off inside its headers: compare positions.
        size = path.stat().st_size
        if 0 <= iterator.offset < size:
            yield Rejected(
                rel,
                number + 1,
                f"truncated archive after record {number} "
                f"(bytes {iterator.offset}-{size} are not a complete record)",
            )
    if number == 0:
        yield Rejected(rel, None, "empty archive (no records)")
