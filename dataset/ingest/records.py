"""Reading raw files into records: one per text file, one per line or row of JSONL/CSV.

Readers yield `RawRecord`s and `Rejected`s side by side, so a bad record is reported
with its file and number and never stops the rest of the file or corpus.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

STRUCTURED_FIELDS = (
    "id",
    "title",
    "text",
    "url",
    "published_at",
    "publisher",
    "license",
    "language",
)


@dataclass(frozen=True)
class RawRecord:
    """One record as read: its bytes (the article id derives from them) and fields."""

    path: str  # relative path of the file
    record: int | None  # 1-based number in a multi-record file
    raw: bytes
    structured: bool  # JSONL/CSV fields (text verbatim) vs a document to clean
    # None for a JSON line: it is parsed only when its shard is built, so an unchanged
    # shard costs reading and hashing its bytes, not decoding them.
    fields: dict | None = field(default_factory=dict)

    @property
    def source(self) -> str:
        return self.path if self.record is None else f"{self.path}#{self.record}"

    def parsed_fields(self) -> dict:
        """The record's fields; ValueError with the reason when a JSON line is not an object."""
        return json_fields(self.raw) if self.fields is None else self.fields


@dataclass(frozen=True)
class Rejected:
    """A record (or a whole file, when `record` is None) that did not become an article."""

    path: str
    record: int | None
    reason: str
    raw_sha256: str | None = None


Item = RawRecord | Rejected


def _open_bytes(path: Path) -> io.BufferedIOBase:
    return gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")


def format_of(path: Path) -> str | None:
    """The reader for a file name, looking through a trailing `.gz`."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    return {
        ".txt": "text",
        ".text": "text",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".csv": "csv",
        ".html": "html",
        ".htm": "html",
        ".warc": "warc",
        ".arc": "warc",
    }.get(ext)


def iter_files(inputs: list[Path]) -> Iterator[tuple[Path, str]]:
    """Every raw file under the inputs with its path relative to its input, in sorted order.

    Hidden files (`.gitkeep`, `.DS_Store`) are not articles and are skipped.
    """
    for root in sorted(Path(p) for p in inputs):
        if not root.exists():
            raise FileNotFoundError(f"input {root} does not exist")
        if root.is_file():
            yield root, root.name
            continue
        files = [
            p
            for p in root.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
        ]
        for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
            yield path, path.relative_to(root).as_posix()


def read_text_file(path: Path, rel: str) -> Iterator[Item]:
    with _open_bytes(path) as handle:
        yield RawRecord(rel, None, handle.read(), structured=False)


def json_fields(raw: bytes) -> dict:
    """A JSON line's fields, or ValueError saying why the line is not a record."""
    try:
        fields = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8: {error.reason} at byte {error.start}") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"invalid JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(fields, dict):
        raise ValueError(f"expected a JSON object, got {type(fields).__name__}")
    return fields


def read_jsonl(path: Path, rel: str) -> Iterator[Item]:
    """One record per non-empty line, its JSON left to `RawRecord.parsed_fields`."""
    with _open_bytes(path) as handle:
        for number, line in enumerate(handle, start=1):
            raw = line.rstrip(b"\r\n")
            if not raw.strip():
                yield Rejected(rel, number, "empty line")
                continue
            yield RawRecord(rel, number, raw, structured=True, fields=None)


def read_csv(path: Path, rel: str) -> Iterator[Item]:
    """CSV rows with a header; a row's bytes are its physical lines, so quoted newlines work."""
    from dataset.ingest.ids import sha256_hex

    with _open_bytes(path) as handle:
        try:
            text = handle.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            yield Rejected(rel, None, f"not UTF-8: {error.reason} at byte {error.start}")
            return
    lines = iter(text.splitlines(keepends=True))
    consumed: list[str] = []

    def tracking() -> Iterator[str]:
        for line in lines:
            consumed.append(line)
            yield line

    reader = csv.reader(tracking())
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        yield Rejected(rel, None, "empty CSV file")
        return
    consumed.clear()
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            number += 1
            raw = "".join(consumed).rstrip("\r\n").encode()
            consumed.clear()
            yield Rejected(rel, number, f"malformed CSV row: {error}", sha256_hex(raw))
            continue
        number += 1
        raw = "".join(consumed).rstrip("\r\n").encode()
        consumed.clear()
        if not any(cell.strip() for cell in row):
            yield Rejected(rel, number, "empty row")
            continue
        if len(row) != len(header):
            yield Rejected(
                rel, number, f"row has {len(row)} fields, header has {len(header)}", sha256_hex(raw)
            )
            continue
        yield RawRecord(
            rel, number, raw, structured=True, fields=dict(zip(header, row, strict=True))
        )


def read_records(path: Path, rel: str) -> Iterator[Item]:
    """All records of one file; an unreadable file becomes one rejection."""
    kind = format_of(path)
    if kind is None:
        yield Rejected(rel, None, f"unsupported file type {''.join(path.suffixes) or '(none)'!r}")
        return
    if kind in ("html", "warc"):
        from dataset.ingest import web

        reader = web.read_html if kind == "html" else web.read_warc
    else:
        reader = {"text": read_text_file, "jsonl": read_jsonl, "csv": read_csv}[kind]
    try:
        yield from reader(path, rel)
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        yield Rejected(rel, None, f"unreadable file: {error}")
