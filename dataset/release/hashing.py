"""File hashes and the logical content hash of a table.

The file sha256 pins the exact bytes a release published. The content hash pins the rows
regardless of how they were written (compression, row groups, Parquet writer version):

    content_sha256 = sha256 over UTF-8 lines
      line 0:   JSON array of the column names, in schema order
      line 1..: one JSON array per row, in the table's sort-key order, values in column order

JSON is compact (separators "," and ":"), non-ASCII kept as is, object keys sorted.
Values: null for missing; strings as is; integers as integers; floats by Python's
shortest round-trip repr (NaN → null); booleans true/false; timestamps as ISO 8601 UTC
with microseconds (`2021-07-14T00:00:00.000000Z`); lists and structs as arrays and
objects of the same canonical values. The method name is `conflict-news-rows-v1`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

CONTENT_HASH_METHOD = "conflict-news-rows-v1"
_CHUNK = 1 << 20


def sha256_files(paths: list[Path]) -> tuple[str, int]:
    """(hex sha256, size) of the files' bytes one after the other: a table's part files."""
    digest, size = hashlib.sha256(), 0
    for path in paths:
        with open(path, "rb") as handle:
            size += _update(digest, handle)
    return digest.hexdigest(), size


def sha256_stream(handle: IO[bytes]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = _update(digest, handle)
    return digest.hexdigest(), size


def _update(digest: hashlib._Hash, handle: IO[bytes]) -> int:
    size = 0
    while chunk := handle.read(_CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return size


def canonical(value: object) -> object:
    """A value as the content hash serialises it."""
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    return value


def row_line(values: Iterable[object]) -> bytes:
    text = json.dumps(
        [canonical(v) for v in values], ensure_ascii=False, separators=(",", ":"), sort_keys=True
    )
    return text.encode("utf-8") + b"\n"


def content_sha256(columns: list[str], rows: Iterator[dict], sort_key: tuple[str, ...]) -> str:
    """Hash rows that arrive in sort-key order; rows out of order are an error, since
    sorting here would need the whole table in memory."""
    digest = hashlib.sha256(row_line(columns))
    previous: tuple | None = None
    for number, row in enumerate(rows):
        key = tuple(row[c] for c in sort_key)
        if previous is not None and key < previous:
            raise ValueError(
                f"row {number} is out of {', '.join(sort_key)} order; tables must be written "
                "sorted by their key"
            )
        previous = key
        digest.update(row_line(row[c] for c in columns))
    return digest.hexdigest()
