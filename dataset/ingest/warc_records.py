"""Walking a WARC or ARC file: HTML pages out, every other record named and explained.

Records are numbered from 1 in file order, counting every record (warcinfo, request,
metadata, …), so a rejection's number points at the record a researcher will find with
any WARC tool. Payloads are read only for HTML pages; images and video are classified
from their headers and never loaded.
"""

from __future__ import annotations

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


def is_arc(path: Path) -> bool:
    names = [s.lower() for s in path.suffixes[-2:]]
    return ".arc" in names


def mime_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith(_SNIFF) or (start.startswith(b"<!--") and b"<html" in start)


def _skip_reason(record, arc: bool) -> str | None:
    """Why a record is not a page, judged from headers alone; None for a candidate page."""
    kind = record.rec_type
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


def _classify(record, number: int, arc: bool, rel: str) -> ArchivePage | Rejected:
    reason = _skip_reason(record, arc)
    if reason is not None:
        return Rejected(rel, number, reason)
    content_type = _content_type(record)
    mime = mime_type(content_type)
    if mime and mime not in HTML_TYPES and mime not in ("application/octet-stream", "unk"):
        return Rejected(rel, number, f"not an HTML response ({mime})")
    try:
        payload = record.content_stream().read(MAX_PAGE_BYTES + 1)
    except (OSError, EOFError, ValueError, zlib.error) as error:
        return Rejected(rel, number, f"unreadable payload: {error}")
    if not payload.strip():
        return Rejected(rel, number, "empty payload")
    if len(payload) > MAX_PAGE_BYTES:
        return Rejected(rel, number, f"HTML payload larger than {MAX_PAGE_BYTES} bytes")
    if mime not in HTML_TYPES and not looks_like_html(payload[:1024]):
        label = mime or "no content type"
        return Rejected(rel, number, f"not an HTML response ({label})", sha256_hex(payload))
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return ArchivePage(number, uri or None, content_type, payload)


def iter_archive(path: Path, rel: str) -> Iterator[ArchivePage | Rejected]:
    """Every record of the archive in order, as a page or as a rejection.

    A damaged archive yields what could be read, then one rejection saying where
    reading stopped.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    arc = is_arc(path)
    number = 0
    with open(path, "rb") as handle:
        records = iter(ArchiveIterator(handle, arc2warc=True))
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as error:
                message = " ".join(str(error).split()) or type(error).__name__
                yield Rejected(
                    rel, number + 1, f"unreadable archive after record {number}: {message}"
                )
                return
            number += 1
            yield _classify(record, number, arc, rel)
    if number == 0:
        yield Rejected(rel, None, "empty archive (no records)")
