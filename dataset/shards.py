"""Shards: runs of raw records that are built, stored and checked as one unit.

A table written as one file sorted by article_id must be rewritten whole when a single
article is added, and article ids are hashes, so new articles land everywhere in that
order. Instead, the raw records (in input order) are cut into shards, and every table
keeps one part file per shard, sorted by its key within the part. A shard's part of
each table depends only on the shard's records, the code and the parameters, so a build
reuses every part whose inputs are unchanged and computes only the shards that are new.

Boundaries are content-defined: a record closes its shard when its raw hash, read as a
number, is divisible by `shard_records`. The end of a file closes the shard too when the
file brought at least two records and a quarter of `shard_records` to it, so a new file
of articles beside a large one starts shards of its own (a directory of one-article
files is still cut by hashes alone). Appending records to a file touches only the last
shard and adds new ones; inserting a record anywhere touches only the shard it falls in
(the record numbers of a multi-record file, which the `source` column holds, shift after
an insertion, so there the later shards of that file change too). A part's name hashes
its shard's records, so an incremental build and a fresh build write the same part
files, byte for byte; the key it was built with is kept in the cache directory
(`PartKeys`). A table of one shard stays a single Parquet file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dataset import memory
from dataset.cache import connect
from dataset.io import TableWriter, count_rows, read_metadata, replace_path, table_files
from dataset.tables import TableSpec, spec

PART_PREFIX = "part-"
# A shard closes at the latest after this many times the mean size, which bounds memory
# on a run of unlucky hashes.
MAX_SHARD_FACTOR = 8
# A file's end closes the shard when the file brought at least 1/FILE_END_FRACTION of the
# mean shard size to it (and never for a one-record file).
FILE_END_FRACTION = 4


@dataclass(frozen=True)
class Part:
    """One shard's part of a table: its shard name, the key of its inputs, its file."""

    name: str
    key: str
    path: Path

    def rows(self) -> int:
        return count_rows(self.path)


def file_identity(path: Path) -> str:
    """A file as `make` and DVC know it: size, modification time, inode and device.
    Rewriting it changes them; a hard link or a rename keeps them."""
    stat = path.stat()
    return f"{stat.st_size}|{stat.st_mtime_ns}|{stat.st_ino}|{stat.st_dev}"


class PartKeys:
    """The key each part file was written with, kept in the cache directory.

    Keys hash code versions, so they stay out of the Parquet files: the files depend on
    the data and parameters alone. A file is known by its `file_identity`, so a part
    replaced by anything else is never taken for the one that was written.
    """

    def __init__(self, cache_dir: Path):
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        self._db = connect(Path(cache_dir) / "parts.sqlite")
        self._db.execute("CREATE TABLE IF NOT EXISTS parts (identity TEXT PRIMARY KEY, key TEXT)")

    @staticmethod
    def _identity(table: str, name: str, file: Path) -> str:
        return f"{table}|{name}|{file_identity(file)}"

    def get(self, table: str, name: str, file: Path) -> str | None:
        query = "SELECT key FROM parts WHERE identity = ?"
        found = self._db.execute(query, (self._identity(table, name, file),)).fetchone()
        return found[0] if found else None

    def put(self, table: str, name: str, file: Path, key: str) -> None:
        with self._db:
            identity = self._identity(table, name, file)
            self._db.execute("INSERT OR REPLACE INTO parts VALUES (?, ?)", (identity, key))

    def close(self) -> None:
        self._db.close()


def closes_shard(raw_sha256: str | None, size: int, mean: int) -> bool:
    """Whether the record that brought a shard to `size` records ends it."""
    if mean <= 1 or size >= MAX_SHARD_FACTOR * mean:
        return True
    return raw_sha256 is not None and int(raw_sha256[:12], 16) % mean == 0


def digest(*pieces: str | bytes) -> str:
    """16 bytes of blake2b over the pieces, as hex: shard names and part keys."""
    hasher = hashlib.blake2b(digest_size=16)
    for piece in pieces:
        hasher.update(piece.encode() if isinstance(piece, str) else piece)
        hasher.update(b"\0")
    return hasher.hexdigest()


def derived_key(fingerprint: bytes, upstream: list[str]) -> str:
    """The key of a part computed from upstream parts by a stage with this fingerprint;
    "" (never reused, never recorded) when an upstream part's key is unknown."""
    return digest(fingerprint, *upstream) if all(upstream) else ""


def read_parts(path: Path, keys: PartKeys | None = None, table: str = "") -> list[Part]:
    """The parts of a built table (a single file is one part), in storage order, with the
    keys they were written with ("" where `keys` does not know the file).

    A table written without shards (by hand, or by an older version) yields no parts.
    """
    if not Path(path).exists():
        return []
    parts = []
    for file in table_files(path):
        name = read_metadata(file).get("shard")
        if name is not None:
            key = (keys.get(table, name, file) if keys is not None else None) or ""
            parts.append(Part(name, key, file))
    return parts


def part_of(parts: dict[str, Part], name: str, table: str) -> Part:
    """The part of a dependency table for a shard; its absence means a broken build."""
    if name not in parts:
        raise FileNotFoundError(
            f"table {table!r} has no part for shard {name}: rebuild it (its stage ran on "
            "other articles than this one)"
        )
    return parts[name]


class PartsWriter:
    """Writes a table as one part per shard, reusing the up-to-date parts of the last build.

    Parts are assembled in a staging directory beside the table (reused parts are hard
    links, so nothing is copied) and moved into place on success: a failed build leaves
    the previous table untouched. Reuse needs a part with the same shard name and key.
    """

    def __init__(self, path: Path, table: str | TableSpec, cache_dir: Path | None = None):
        self.table = spec(table) if isinstance(table, str) else table
        self.path = Path(path)
        self.keys = PartKeys(cache_dir) if cache_dir is not None else None
        found = read_parts(self.path, self.keys, self.table.name) if self.keys else []
        self.previous = {part.name: part for part in found if part.key}
        self.names: list[str] = []
        self._open: set[TableWriter] = set()  # part writers not closed yet
        self.rows = 0
        self._staging: Path | None = None

    def __enter__(self) -> PartsWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._staging = Path(
            tempfile.mkdtemp(prefix=f".{self.path.name}.", suffix=".parts", dir=self.path.parent)
        )
        return self

    def _file(self, name: str) -> Path:
        assert self._staging is not None
        return self._staging / f"{PART_PREFIX}{name}.parquet"

    def can_reuse(self, name: str, key: str) -> bool:
        previous = self.previous.get(name)
        return bool(key) and previous is not None and previous.key == key

    def reuse(self, name: str, key: str) -> bool:
        """Take the last build's part for this shard if its key matches; else False."""
        if not self.can_reuse(name, key):
            return False
        source, target = self.previous[name].path, self._file(name)
        try:
            os.link(source, target)
        except OSError:  # another file system, or links not allowed: copy instead
            shutil.copyfile(source, target)
        self.names.append(name)
        self.rows += self.previous[name].rows()
        return True

    def writer(self, name: str, key: str, metadata: dict | None = None) -> TableWriter:
        """A writer for a new part (enter it; its rows are counted when it closes)."""
        self.names.append(name)
        writer = _PartWriter(self, name, key, self.table, {**(metadata or {}), "shard": name})
        self._open.add(writer)
        return writer

    def _written(self, name: str, key: str, rows: int) -> None:
        self.rows += rows
        if self.keys is not None and key:
            # Moving the staged file into place keeps its identity (a rename).
            self.keys.put(self.table.name, name, self._file(name), key)

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._staging is not None
        try:
            if self.keys is not None:
                self.keys.close()
            for writer in list(self._open):  # only after a failure: discard them
                writer.abandon()
            if exc_type is not None:
                return
            if len(set(self.names)) != len(self.names):
                raise ValueError(f"table {self.table.name!r}: a shard was written twice")
            files = sorted(self._staging.glob(f"{PART_PREFIX}*.parquet"))
            if not files:
                with TableWriter(self.path, self.table, partition_rows=0):
                    pass  # an empty corpus still gets a table with its schema
            elif len(files) == 1:
                replace_path(files[0], self.path)
            else:
                replace_path(self._staging, self.path)
                self._staging = None
        finally:
            if self._staging is not None:
                shutil.rmtree(self._staging, ignore_errors=True)


class _PartWriter(TableWriter):
    """A part's writer that reports the finished part to its table, and hands what the
    part's buffers and validation freed back to the system (`memory.trim`)."""

    def __init__(self, owner: PartsWriter, name: str, key: str, table: TableSpec, metadata: dict):
        super().__init__(owner._file(name), table, metadata, partition_rows=0)
        self._owner, self._name, self._key = owner, name, key

    def __exit__(self, exc_type, exc, tb) -> None:
        self._owner._open.discard(self)
        super().__exit__(exc_type, exc, tb)
        memory.trim()
        if exc_type is None:
            self._owner._written(self._name, self._key, self.rows)


def batched_shards(
    items: Iterable,
    raw_hash: Callable[[object], str | None],
    file_of: Callable[[object], str],
    mean: int,
) -> Iterator[list]:
    """Cut a stream of items into shards; `raw_hash(item)` gives the boundary hash and
    `file_of(item)` the file it came from.

    Whether a file's end closes the shard depends on that file's records alone (how many
    of them the shard holds), so adding or removing other files moves no boundary.
    """
    shard: list = []
    current: str | None = None
    from_current = 0  # records of the current file in the open shard
    for item in items:
        file = file_of(item)
        if file != current:
            if shard and from_current >= max(2, mean // FILE_END_FRACTION):
                yield shard
                shard = []
            current, from_current = file, 0
        shard.append(item)
        from_current += 1
        if closes_shard(raw_hash(item), len(shard), mean):
            yield shard
            shard, from_current = [], 0
    if shard:
        yield shard
