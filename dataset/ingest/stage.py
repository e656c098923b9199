"""The ingest stage: raw inputs → `articles` (sorted by article_id) and `rejects`.

Articles stream through an external merge sort (sorted runs spilled to temporary Parquet
files, merged at the end), so memory stays flat however large the corpus is.
"""

from __future__ import annotations

import heapq
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from dataset.ingest.clean import clean_plain_text, normalise
from dataset.ingest.ids import article_id, sha256_hex
from dataset.ingest.records import RawRecord, Rejected, iter_files, read_records
from dataset.io import TableWriter, iter_rows
from dataset.params import IngestParams, params_hash

SPILL_CHARS = 8_000_000  # text held in memory before a sorted run is spilled
# Small row groups in the runs: the merge decodes one row group per run at a time.
RUN_ROW_GROUP = 256


class RecordError(ValueError):
    """A record that cannot become an article; the message is the rejection reason."""


@dataclass
class IngestReport:
    articles: int = 0
    rejects: int = 0
    duplicates: int = 0
    warnings: list[str] = field(default_factory=list)


def _decode(raw: bytes, encodings: tuple[str, ...]) -> str:
    errors = []
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as error:
            errors.append(f"{encoding}: {error.reason} at byte {error.start}")
    raise RecordError("undecodable text (" + "; ".join(errors) + ")")


def _optional_str(fields: dict, key: str) -> str | None:
    value = fields.get(key)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _timestamp(value: str | None, source: str, warnings: list[str]) -> pd.Timestamp | None:
    if value is None:
        return None
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        warnings.append(f"{source}: published_at {value!r} is not a date; left empty")
        return None
    if pd.isna(stamp):
        return None
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def to_article(record: RawRecord, params: IngestParams, warnings: list[str]) -> dict:
    """One raw record → one article row, or RecordError with the reason."""
    fields = record.fields
    if record.structured:
        text = fields.get("text")
        if not isinstance(text, str) or not text.strip():
            raise RecordError("record has no text" if text is None else "record's text is empty")
        title, publisher = _optional_str(fields, "title"), _optional_str(fields, "publisher")
    else:
        decoded = _decode(record.raw, params.encodings)
        if not normalise(decoded):
            raise RecordError("empty text")
        cleaned = clean_plain_text(decoded, params.boilerplate, params.publisher_line_max_words)
        text, title, publisher = cleaned.text, cleaned.title, cleaned.publisher
    license_id = _optional_str(fields, "license")
    open_licenses = {lic.lower() for lic in params.open_licenses}
    return {
        "article_id": article_id(record.raw),
        "source_id": _optional_str(fields, "id"),
        "title": title,
        "text": text,
        "publisher": publisher,
        "url": _optional_str(fields, "url"),
        "published_at": _timestamp(_optional_str(fields, "published_at"), record.source, warnings),
        "language": (_optional_str(fields, "language") or params.language).lower(),
        "word_count": len(text.split()),
        "source": record.source,
        "raw_sha256": sha256_hex(record.raw),
        "text_sha256": sha256_hex(text.encode("utf-8")),
        "license": license_id,
        "redistributable": license_id is not None and license_id.lower() in open_licenses,
    }


def iter_items(inputs: list[Path]) -> Iterator[RawRecord | Rejected]:
    for path, rel in iter_files(inputs):
        yield from read_records(path, rel)


class _SortedRuns:
    """Spills article rows in sorted runs and merges them back in article_id order."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.buffer: list[dict] = []
        self.chars = 0
        self.runs: list[Path] = []

    def add(self, row: dict) -> None:
        self.buffer.append(row)
        self.chars += len(row["text"])
        if self.chars >= SPILL_CHARS:
            self._spill()

    def _spill(self) -> None:
        self.buffer.sort(key=lambda r: r["article_id"])
        path = self.workdir / f"run-{len(self.runs):05d}.parquet"
        from dataset.tables import spec

        table = pyarrow.Table.from_pylist(self.buffer, schema=spec("articles").arrow_schema)
        pq.write_table(table, path, row_group_size=RUN_ROW_GROUP)
        self.runs.append(path)
        self.buffer, self.chars = [], 0

    def merged(self) -> Iterator[dict]:
        if not self.runs:
            yield from sorted(self.buffer, key=lambda r: r["article_id"])
            return
        if self.buffer:
            self._spill()
        streams = [iter_rows(run, batch_size=RUN_ROW_GROUP) for run in self.runs]
        yield from heapq.merge(*streams, key=lambda r: r["article_id"])


def ingest(
    inputs: list[Path],
    articles_path: Path,
    rejects_path: Path,
    params: IngestParams,
    batch_size: int = 256,
) -> IngestReport:
    """Read every input, write articles and rejects; bad records are reported, not fatal."""
    report = IngestReport()
    rejects: list[dict] = []
    first_source: dict[str, str] = {}
    metadata = {"stage": "ingest", "params_hash": params_hash(params)}
    with tempfile.TemporaryDirectory(prefix="ingest-", dir=articles_path.parent) as tmp:
        runs = _SortedRuns(Path(tmp))
        for item in iter_items(inputs):
            if isinstance(item, Rejected):
                rejects.append(_reject_row(item))
                continue
            try:
                row = to_article(item, params, report.warnings)
            except RecordError as error:
                rejects.append(
                    _reject_row(Rejected(item.path, item.record, str(error), sha256_hex(item.raw)))
                )
                continue
            first = first_source.setdefault(row["article_id"], item.source)
            if first != item.source:
                report.duplicates += 1
                reason = f"duplicate of {first} (identical bytes; article {row['article_id']})"
                rejects.append(
                    _reject_row(Rejected(item.path, item.record, reason, row["raw_sha256"]))
                )
                continue
            runs.add(row)
        with TableWriter(articles_path, "articles", metadata) as writer:
            batch: list[dict] = []
            for row in runs.merged():
                batch.append(row)
                if len(batch) >= batch_size:
                    writer.write(batch)
                    batch = []
            writer.write(batch)
    rejects.sort(key=lambda r: (r["source"], r["record"] or 0))
    with TableWriter(rejects_path, "rejects", metadata) as reject_writer:
        reject_writer.write(rejects)
    report.articles, report.rejects = writer.rows, len(rejects)
    return report


def _reject_row(item: Rejected) -> dict:
    return {
        "source": item.path,
        "record": item.record,
        "reason": item.reason,
        "raw_sha256": item.raw_sha256,
    }
