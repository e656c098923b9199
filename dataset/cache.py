"""A content-addressed cache of per-article extractor results, for incremental builds.

A stage's rows for one article depend only on the extractor's code, its parameters (and
the stage metadata, which names data versions such as the gazetteer), the article's id and text
and the article's rows of the tables the stage reads. The cache key hashes exactly those,
so a hit returns the rows a fresh run would produce, and adding articles to a corpus
re-runs the extractor for the new articles alone. Changing a parameter or the code
changes every key of that stage; an upstream change misses only where the article's
upstream rows changed.

Values are Arrow record batches serialised without their schema (the table's schema is
known), in one SQLite file per stage under `.cache/conflict-news/` (git- and
DVC-ignored; it is a cache, never an output: deleting it only costs time).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Callable
from functools import cache
from pathlib import Path

import numpy as np
import pyarrow
import pyarrow.compute as pc

DEFAULT_CACHE_DIR = Path(".cache/conflict-news")
_FORMAT = b"conflict-news-cache-1"


def _module_file(name: str, root: Path) -> list[Path]:
    """The source file of a module, or a package's `__init__.py`, under `root`.

    `from pkg import module` also names `pkg.module`, so a package's other modules are
    followed only when they are imported.
    """
    base = root.joinpath(*name.split("."))
    if (base / "__init__.py").is_file():
        return [base / "__init__.py"]
    if base.with_suffix(".py").is_file():
        return [base.with_suffix(".py")]
    return []


_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+(?P<module>[.\w]+)[ \t]+import[ \t]+(?P<names>\([^)]*\)|[^\n#]*)"
    r"|import[ \t]+(?P<modules>[^\n#]*))",
    re.MULTILINE,
)


@cache
def _imports(path: Path, package: str) -> tuple[str, ...]:
    """Module names a source file imports (absolute, with relative imports resolved).

    Import statements are found line by line (also inside functions) rather than by
    parsing: several times faster, and a stray match in a docstring only widens the
    closure. Cached per file, since the stages' closures share most modules.
    """
    names: list[str] = []
    for match in _IMPORT.finditer(path.read_text(encoding="utf-8")):
        if match["modules"] is not None:
            names.extend(part.split(" as ")[0].strip() for part in match["modules"].split(","))
            continue
        module = match["module"]
        level = len(module) - len(module.lstrip("."))
        if level:
            base = package.split(".")[: len(package.split(".")) - level + 1]
            module = ".".join([*base, module[level:]] if module[level:] else base)
        names.append(module)
        imported = match["names"].strip("() \n")
        for part in imported.split(","):
            alias = part.split(" as ")[0].strip()
            if alias:
                names.append(f"{module}.{alias}")
    return tuple(names)


def _project_root(module_name: str, module_file: str) -> Path:
    """The directory the module's top-level package sits in."""
    return Path(module_file).resolve().parents[len(module_name.split(".")) - 1]


@cache
def code_files(module_name: str, module_file: str) -> tuple[Path, ...]:
    """The extractor's package, every project module it imports, and their data files.

    The closure follows imports (module-level or inside functions) into the project's own
    packages, so editing a helper the extractor uses, or a lexicon file beside it, also
    invalidates its results. DVC's stage deps must cover the same files (a test checks).
    """
    start = Path(module_file).resolve()
    root = _project_root(module_name, module_file)
    top = module_name.split(".")[0]
    queue = sorted(start.parent.glob("*.py")) or [start]
    seen: set[Path] = set()
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        package = ".".join(path.relative_to(root).parent.parts)
        for name in _imports(path, package):
            if name.split(".")[0] in (top, "schemas"):
                queue.extend(_module_file(name, root))
    for directory in {path.parent for path in seen}:
        seen.update(_data_files(directory))
    return tuple(sorted(seen))


@cache
def code_version(module_name: str, module_file: str) -> str:
    """Hash of `code_files`, each named relative to the project root."""
    root = _project_root(module_name, module_file)
    digest = hashlib.sha256()
    for path in code_files(module_name, module_file):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _data_files(directory: Path) -> list[Path]:
    """Files a package reads (lexicons, gazetteer tables): everything under it that is not
    Python, without descending into sub-packages (they are hashed when imported)."""
    found = []
    for path in directory.iterdir():
        if path.name.startswith(".") or path.name == "__pycache__":
            continue
        if path.is_dir():
            if not (path / "__init__.py").exists():
                found.extend(
                    p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                )
        elif path.suffix not in (".py", ".pyc"):
            found.append(path)
    return found


def extractor_version(extract: Callable) -> str:
    import sys

    module = sys.modules[extract.__module__]
    return code_version(extract.__module__, module.__file__ or "")


def stage_fingerprint(
    table: str, extract: Callable, params: object, metadata: dict | None
) -> bytes:
    """Everything a stage's rows depend on besides the article: code, params, metadata."""
    import dataclasses

    payload = {
        "table": table,
        "extractor": f"{extract.__module__}.{extract.__qualname__}",
        "code": extractor_version(extract),
        "params": dataclasses.asdict(params) if dataclasses.is_dataclass(params) else repr(params),
        "metadata": metadata or {},
    }
    return _FORMAT + json.dumps(payload, sort_keys=True, default=repr).encode()


def text_digest(text: str) -> bytes:
    """What an article's text contributes to its keys: computed once per article and
    shared by the keys of every stage (the chain keys three stages per article)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass")).digest()


def article_key(
    fingerprint: bytes, article_id: str, text_hash: bytes, depends: list[bytes]
) -> bytes:
    """The key of one article's rows; rows carry the article id, so the key includes it.
    `text_hash` is the article text's `text_digest`."""
    digest = hashlib.blake2b(fingerprint, digest_size=20)
    digest.update(article_id.encode() + b"\0")
    digest.update(text_hash)
    for rows_digest in depends:
        digest.update(rows_digest)
    return digest.digest()


def serialise(batch: pyarrow.RecordBatch) -> bytes:
    """An article's rows without the schema (the table's schema is known)."""
    return batch.serialize().to_pybytes()


def deserialise(blob: bytes, schema: pyarrow.Schema) -> pyarrow.RecordBatch:
    return pyarrow.ipc.read_record_batch(pyarrow.py_buffer(blob), schema)


def connect(path: Path) -> sqlite3.Connection:
    """A cache database: write-ahead log, synced at checkpoints only.

    In SQLite's default mode every commit syncs the disk four times (the journal twice,
    its directory, the database): 10-30 ms a commit on the shared VM, once per part
    written and on the build's critical path after its last batch. With a write-ahead
    log and `synchronous=NORMAL` a commit only appends; a power cut can lose the last
    commits (a cache then recomputes them) but cannot corrupt the file.
    """
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


class ResultCache:
    """One stage's results: key → serialised rows, in SQLite (fast batched lookups)."""

    def __init__(self, directory: Path, stage: str):
        Path(directory).mkdir(parents=True, exist_ok=True)
        self.path = Path(directory) / f"{stage}.sqlite"
        self._db = connect(self.path)
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key BLOB PRIMARY KEY, rows BLOB)")
        self.hits = 0
        self.misses = 0

    def get_many(self, keys: list[bytes]) -> dict[bytes, bytes]:
        found: dict[bytes, bytes] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT key, rows FROM results WHERE key IN ({marks})"
            found.update(self._db.execute(query, chunk).fetchall())
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put_many(self, items: list[tuple[bytes, bytes]]) -> None:
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?)", items)

    def close(self) -> None:
        self._db.close()


def _column_bytes(column: pyarrow.Array) -> Callable[[int, int], bytes]:
    """A function giving the canonical bytes of rows [lo, hi) of one column.

    Canonical: the same values give the same bytes however the array is laid out in
    memory (slices, chunks, buffer slack), which Arrow's IPC bytes do not guarantee.
    Each column is converted to bytes once; an article's rows are then byte slices of
    it (not a NumPy slice and copy per article and column).
    """
    nulls = column.is_null().to_numpy(zero_copy_only=False).tobytes()
    kind = column.type
    if pyarrow.types.is_string(kind) or pyarrow.types.is_large_string(kind):
        width = np.int64 if pyarrow.types.is_large_string(kind) else np.int32
        buffers = column.buffers()
        offsets = np.frombuffer(buffers[1], dtype=width)[
            column.offset : column.offset + len(column) + 1
        ]
        lengths = np.diff(offsets).astype(np.int64).tobytes()
        starts = offsets.tolist()
        data = memoryview(buffers[2]) if buffers[2] is not None else memoryview(b"")

        def strings(lo: int, hi: int) -> bytes:
            return nulls[lo:hi] + lengths[lo * 8 : hi * 8] + data[starts[lo] : starts[hi]].tobytes()

        return strings
    if pyarrow.types.is_integer(kind) or pyarrow.types.is_floating(kind):
        values = pc.fill_null(column, 0).to_numpy(zero_copy_only=False)
        return _fixed_width(nulls, values)
    if pyarrow.types.is_boolean(kind):
        values = pc.fill_null(column, False).to_numpy(zero_copy_only=False)
        return _fixed_width(nulls, values)
    return lambda lo, hi: repr(column.slice(lo, hi - lo).to_pylist()).encode()


def _fixed_width(nulls: bytes, values: np.ndarray) -> Callable[[int, int], bytes]:
    """Rows [lo, hi): their null flags, then their values' bytes."""
    raw, width = values.tobytes(), values.itemsize
    return lambda lo, hi: nulls[lo:hi] + raw[lo * width : hi * width]


def rows_digests(rows: pyarrow.Table, article_ids: list[str]) -> list[bytes]:
    """A digest of each article's rows of a table sorted by article_id."""
    if rows.num_rows == 0:
        empty = hashlib.blake2b(b"0", digest_size=20).digest()
        return [empty] * len(article_ids)
    rows = rows.combine_chunks()
    ids = rows.column("article_id").chunk(0).to_numpy(zero_copy_only=False)
    lows = np.searchsorted(ids, article_ids, side="left")
    highs = np.searchsorted(ids, article_ids, side="right")
    columns = [_column_bytes(rows.column(i).chunk(0)) for i in range(rows.num_columns)]
    digests = []
    for lo, hi in zip(lows.tolist(), highs.tolist(), strict=True):
        digest = hashlib.blake2b(str(hi - lo).encode(), digest_size=20)
        if hi > lo:
            for column in columns:
                digest.update(column(lo, hi))
        digests.append(digest.digest())
    return digests
