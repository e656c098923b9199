"""The ingest stage: raw inputs → `articles` and `rejects`, one part per shard.

Records stream shard by shard (`dataset.shards`), so memory holds one shard, however
large the corpus is; each part of `articles` is sorted by article_id.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dataset.cache import code_version
from dataset.ingest.clean import clean_plain_text, normalise
from dataset.ingest.ids import article_id_of, sha256_hex
from dataset.ingest.listings import Hashed, Listed, Listings, hashed_items, read_listed
from dataset.ingest.records import RawRecord, Rejected, iter_files, read_records
from dataset.params import IngestParams, params_hash
from dataset.shards import PartsWriter, batched_shards, digest


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


def to_article(
    record: RawRecord, params: IngestParams, warnings: list[str], raw_sha256: str | None = None
) -> dict:
    """One raw record → one article row, or RecordError with the reason. `raw_sha256`, the
    record's hash when the caller has it, spares hashing the bytes again."""
    raw_sha256 = raw_sha256 or sha256_hex(record.raw)
    try:
        fields = record.parsed_fields()
    except ValueError as error:
        raise RecordError(str(error)) from None
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
        "article_id": article_id_of(raw_sha256),
        "source_id": _optional_str(fields, "id"),
        "title": title,
        "text": text,
        "publisher": publisher,
        "url": _optional_str(fields, "url"),
        "published_at": _timestamp(_optional_str(fields, "published_at"), record.source, warnings),
        "language": (_optional_str(fields, "language") or params.language).lower(),
        "word_count": len(text.split()),
        "source": record.source,
        "raw_sha256": raw_sha256,
        "text_sha256": sha256_hex(text.encode("utf-8")),
        "license": license_id,
        "redistributable": license_id is not None and license_id.lower() in open_licenses,
    }


def iter_items(inputs: list[Path]) -> Iterator[RawRecord | Rejected]:
    for path, rel in iter_files(inputs):
        yield from read_records(path, rel)


def _identity(
    item: RawRecord | Rejected | Listed, sha: str | None, duplicate_of: str | None
) -> str:
    """What a record contributes to its shard's name: where it is and what its bytes are."""
    if isinstance(item, Rejected):
        return f"{item.path}#{item.record}|{sha}|{item.reason}"
    return f"{item.source}|{sha}|{duplicate_of or ''}"


def ingest(
    inputs: list[Path],
    articles_path: Path,
    rejects_path: Path,
    params: IngestParams,
    batch_size: int = 256,
    cache_dir: Path | None = None,
) -> IngestReport:
    """Read every input, write articles and rejects; bad records are reported, not fatal.

    Records are cut into shards (`dataset.shards`); with a `cache_dir`, a shard whose
    records, code and parameters are unchanged since the last build keeps its parts
    without being parsed, and a file unchanged since it was last read is not read again
    (`dataset.ingest.listings`). A record whose bytes equal an earlier record's is
    rejected as its duplicate.
    """
    report = IngestReport()
    first_source: dict[str, str] = {}
    readers = code_version("dataset.ingest.stage", __file__)
    fingerprint = params_hash(params) + readers
    metadata = {"stage": "ingest", "params_hash": params_hash(params)}
    listings = Listings(cache_dir, readers) if cache_dir is not None else None
    with (
        PartsWriter(articles_path, "articles", cache_dir) as articles,
        PartsWriter(rejects_path, "rejects", cache_dir) as rejects,
        nullcontext() if listings is None else closing(listings),
    ):
        hashed = hashed_items(inputs, listings)
        for shard in batched_shards(
            hashed, lambda pair: pair[1], lambda pair: pair[0].path, params.shard_records
        ):
            duplicates: list[str | None] = []
            for item, sha in shard:
                first = None
                if not isinstance(item, Rejected) and sha is not None:
                    first = first_source.setdefault(article_id_of(sha), item.source)
                duplicates.append(first if first is not None and first != item.source else None)
            name = digest(
                *(_identity(i, s, d) for (i, s), d in zip(shard, duplicates, strict=True))
            )
            key = digest(fingerprint, name)
            report.duplicates += sum(d is not None for d in duplicates)
            if articles.can_reuse(name, key) and rejects.can_reuse(name, key):
                articles.reuse(name, key)
                rejects.reuse(name, key)
                continue
            records = read_listed(shard, listings)
            rows, rejected = _shard_rows(records, duplicates, params, report.warnings)
            with articles.writer(name, key, metadata) as writer:
                for start in range(0, len(rows), batch_size):
                    writer.write(rows[start : start + batch_size])
            with rejects.writer(name, key, metadata) as writer:
                writer.write(rejected)
    report.articles, report.rejects = articles.rows, rejects.rows
    return report


def _shard_rows(
    shard: list[Hashed],
    duplicates: list[str | None],
    params: IngestParams,
    warnings: list[str],
) -> tuple[list[dict], list[dict]]:
    """A shard's article rows (sorted by article_id) and rejected records (by source)."""
    rows: list[dict] = []
    rejected: list[dict] = []
    for (item, sha), first in zip(shard, duplicates, strict=True):
        if isinstance(item, Rejected):
            rejected.append(_reject_row(item))
        elif first is not None:
            reason = f"duplicate of {first} (identical bytes; article {article_id_of(sha)})"
            rejected.append(_reject_row(Rejected(item.path, item.record, reason, sha)))
        else:
            try:
                rows.append(to_article(item, params, warnings, sha))
            except RecordError as error:
                rejected.append(_reject_row(Rejected(item.path, item.record, str(error), sha)))
    rows.sort(key=lambda r: r["article_id"])
    rejected.sort(key=lambda r: (r["source"], r["record"] or 0))
    return rows, rejected


def _reject_row(item: Rejected) -> dict:
    return {
        "source": item.path,
        "record": item.record,
        "reason": item.reason,
        "raw_sha256": item.raw_sha256,
    }
