"""Listings of raw files already read: each record's place and hash, by file identity.

Cutting a corpus into shards needs the hash of every record, and reading and hashing a
large corpus costs time in proportion to its size on every build (0.6 s for 52 MB),
even when a researcher has only added a small file beside it. A file whose identity
(size, modification time, inode, as `make` and DVC know it) is unchanged since it was
listed is not read again: its records enter the shard cut as `Listed` stand-ins, and
only a shard that must be rebuilt reads their bytes (`read_listed`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dataset.cache import connect
from dataset.ingest.ids import sha256_hex
from dataset.ingest.records import Item, RawRecord, Rejected, iter_files, read_records
from dataset.shards import file_identity


@dataclass(frozen=True)
class Listed:
    """A record of an unchanged file: where it is and its hash, its bytes not yet read."""

    file: Path
    path: str  # relative path of the file, as `RawRecord.path`
    record: int | None
    position: int  # its index among the file's records and rejections

    @property
    def source(self) -> str:
        return self.path if self.record is None else f"{self.path}#{self.record}"


Hashed = tuple[RawRecord | Rejected | Listed, str | None]


class ListingChanged(ValueError):
    """A listed file no longer holds the records its listing names."""


class Listings:
    """Per-file listings kept in the cache directory, valid for one version of the readers."""

    def __init__(self, cache_dir: Path, version: str):
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        self._db = connect(Path(cache_dir) / "listings.sqlite")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS listings (identity TEXT PRIMARY KEY, entries TEXT)"
        )
        self._version = version

    def identity(self, file: Path, rel: str) -> str:
        return f"{self._version}|{rel}|{file.resolve()}|{file_identity(file)}"

    def get(self, identity: str) -> list[list] | None:
        query = "SELECT entries FROM listings WHERE identity = ?"
        found = self._db.execute(query, (identity,)).fetchone()
        return json.loads(found[0]) if found else None

    def put(self, identity: str, entries: list[list]) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO listings VALUES (?, ?)",
                (identity, json.dumps(entries, separators=(",", ":"))),
            )

    def forget(self, file: Path, rel: str) -> None:
        """Drop every listing of this file, whatever its identity was."""
        with self._db:
            pattern = f"{self._version}|{rel}|{file.resolve()}|%"
            self._db.execute("DELETE FROM listings WHERE identity LIKE ?", (pattern,))

    def close(self) -> None:
        self._db.close()


def hashed_items(inputs: list[Path], listings: Listings | None) -> Iterator[Hashed]:
    """Every record of the inputs with the sha256 of its bytes (None for a rejection
    without bytes); files with a current listing are not read."""
    for file, rel in iter_files(inputs):
        # Taken before reading: a file that changes while it is read is never listed
        # under the identity it ends with.
        identity = listings.identity(file, rel) if listings is not None else ""
        known = listings.get(identity) if listings is not None else None
        if known is not None:
            for position, (record, sha, *reason) in enumerate(known):
                if reason:
                    yield Rejected(rel, record, reason[0], sha), sha
                else:
                    yield Listed(file, rel, record, position), sha
            continue
        entries: list[list] = []
        whole_file_rejected = False
        for item in read_records(file, rel):
            if isinstance(item, Rejected):
                sha = item.raw_sha256
                entries.append([item.record, sha, item.reason])
                whole_file_rejected |= item.record is None
            else:
                sha = sha256_hex(item.raw)
                entries.append([item.record, sha])
            yield item, sha
        # A file that could not be read (permissions, a truncated archive) is tried again
        # next time: fixing it need not change its identity.
        if listings is not None and not whole_file_rejected:
            listings.put(identity, entries)


def read_listed(shard: list[Hashed], listings: Listings | None) -> list[Hashed]:
    """The shard with every `Listed` stand-in replaced by the record it stands for."""
    wanted: dict[tuple[Path, str], set[int]] = {}
    for item, _ in shard:
        if isinstance(item, Listed):
            wanted.setdefault((item.file, item.path), set()).add(item.position)
    if not wanted:
        return shard
    found: dict[tuple[str, int], Item] = {}
    for (file, rel), positions in wanted.items():
        for position, item in enumerate(read_records(file, rel)):
            if position in positions:
                found[(rel, position)] = item
    records = []
    for item, sha in shard:
        if isinstance(item, Listed):
            record = found.get((item.path, item.position))
            if not isinstance(record, RawRecord) or sha256_hex(record.raw) != sha:
                if listings is not None:
                    listings.forget(item.file, item.path)
                raise ListingChanged(
                    f"{item.source}: {item.file} changed since it was last read; "
                    "run the build again"
                )
            item = record
        records.append((item, sha))
    return records
