"""Parquet I/O at the pipeline's edges: validated, deterministic, atomic writes and typed reads.

Determinism: fixed column order and types (from the pandera models), fixed writer options,
no wall-clock values; the file metadata names the package version and the params hash.
Atomicity: every file is written to a temporary name beside its target and renamed.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import types
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.errors
import pyarrow
import pyarrow.parquet as pq

from dataset import memory
from dataset.tables import TableSpec, spec

METADATA_KEY = b"conflict_news"
ROW_GROUP_SIZE = 65_536
# Articles carry their text: smaller row groups keep the writer's buffer (and RSS) small.
ROW_GROUP_ROWS = {"articles": 1_024}
# A writer validates what it was given once this many rows have arrived (or before they
# are written): a frame of this size costs tens of MiB to check, a row group's twice that.
VALIDATE_ROWS = 16_384
# Tables larger than this many rows are written as a directory of part files (0 = never).
DEFAULT_PARTITION_ROWS = 2_097_152
_WRITER_OPTIONS = {
    "compression": "zstd",
    "compression_level": 3,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
}


def skip_pandera_dask_typing() -> None:
    """Spare each command 1–3 s of start-up: the first pandera model build imports
    `dask.dataframe` (when Dask is installed) only to register Dask frame annotations,
    which no table model uses. The CLI calls this; a library user's process is untouched.
    """
    if "pandera.typing.dask" not in sys.modules:
        stub = types.ModuleType("pandera.typing.dask")
        stub.DASK_INSTALLED = False  # type: ignore[attr-defined]
        sys.modules["pandera.typing.dask"] = stub


class TableValidationError(ValueError):
    """A table failed its schema; the message names table, column, check and failing rows."""


def to_frame(rows: list[dict] | pd.DataFrame, table: TableSpec) -> pd.DataFrame:
    """Build a frame with the table's exact column order and dtypes from plain row dicts."""
    if isinstance(rows, pd.DataFrame):
        arrow = pyarrow.Table.from_pandas(
            rows.reindex(columns=table.columns), schema=table.arrow_schema, preserve_index=False
        )
    else:
        unknown = sorted({key for row in rows[:1] for key in row} - set(table.columns))
        if unknown:
            raise TableValidationError(f"table {table.name!r} has no column(s) {unknown}")
        arrow = pyarrow.Table.from_pylist(rows, schema=table.arrow_schema)
    return arrow_to_frame(arrow, table)


def row_group_rows(table: str) -> int:
    return ROW_GROUP_ROWS.get(table, ROW_GROUP_SIZE)


def to_arrow(
    rows: list[dict] | pd.DataFrame | pyarrow.Table | pyarrow.RecordBatch, table: TableSpec
) -> pyarrow.Table:
    """Rows in any of the accepted forms → an Arrow table with the table's exact schema.

    Plain dicts go straight to Arrow (fast); values Arrow will not take as they are
    (pandas timestamps in an object column, say) go through pandas as before.
    """
    if isinstance(rows, pyarrow.RecordBatch):
        rows = pyarrow.Table.from_batches([rows])
    if isinstance(rows, list):
        unknown = sorted({key for row in rows[:1] for key in row} - set(table.columns))
        if unknown:
            raise TableValidationError(f"table {table.name!r} has no column(s) {unknown}")
    try:
        if isinstance(rows, pyarrow.Table):
            if rows.schema.equals(table.arrow_schema):
                return rows
            return rows.select(table.columns).cast(table.arrow_schema)
        if isinstance(rows, list):
            return pyarrow.Table.from_pylist(rows, schema=table.arrow_schema)
    except (pyarrow.ArrowInvalid, pyarrow.ArrowTypeError, TypeError, KeyError):
        if isinstance(rows, pyarrow.Table):
            raise
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame.from_records(rows)
    try:
        arrow = pyarrow.Table.from_pandas(
            frame.reindex(columns=table.columns), schema=table.arrow_schema, preserve_index=False
        )
    except (pyarrow.ArrowInvalid, pyarrow.ArrowTypeError) as error:
        raise TableValidationError(
            f"table {table.name!r}: a value does not fit its column type: {error}"
        ) from None
    return arrow.replace_schema_metadata(None)


def arrow_to_frame(arrow: pyarrow.Table, table: TableSpec) -> pd.DataFrame:
    """Arrow → pandas with the dtypes researchers get: Arrow strings, nullable ints, UTC."""
    mapping = {
        pyarrow.string(): pd.StringDtype("pyarrow"),
        pyarrow.large_string(): pd.StringDtype("pyarrow"),
        pyarrow.int64(): pd.Int64Dtype(),
        pyarrow.float64(): pd.Float64Dtype(),
        pyarrow.bool_(): pd.BooleanDtype(),
    }

    def types_mapper(arrow_type: pyarrow.DataType) -> object:
        if pyarrow.types.is_list(arrow_type) or pyarrow.types.is_struct(arrow_type):
            return pd.ArrowDtype(arrow_type)
        return mapping.get(arrow_type)

    frame = arrow.to_pandas(types_mapper=types_mapper)
    for name, column in table.schema.columns.items():
        dtype = column.dtype.type
        if name not in frame.columns:
            continue
        if isinstance(dtype, pd.CategoricalDtype) or (
            isinstance(dtype, pd.DatetimeTZDtype) and frame[name].dtype != dtype
        ):
            frame[name] = frame[name].astype(dtype)
    return frame


def validate(frame: pd.DataFrame, table: TableSpec) -> pd.DataFrame:
    """Validate against the table's model; raise a message a researcher can act on."""
    try:
        return table.schema.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        raise TableValidationError(describe_schema_errors(errors, table, frame)) from None


def describe_schema_errors(
    errors: pandera.errors.SchemaErrors, table: TableSpec, frame: pd.DataFrame, limit: int = 5
) -> str:
    """One line per (column, check) with a few failing rows, each named by its key."""
    cases = errors.failure_cases
    key = next((k for k in (*table.primary_key, "article_id") if k in frame.columns), None)

    def row(index: object) -> str:
        if key is None or index is None or pd.isna(index) or index not in frame.index:
            return f"row {index}"
        return f"row {index} ({key}={frame.at[index, key]!r})"

    lines = [f"table {table.name!r} failed validation:"]
    row_checks = cases["schema_context"] == "DataFrameSchema"
    for (column, check), group in cases[~row_checks].groupby(["column", "check"], sort=True):
        pairs = zip(group["index"].head(limit), group["failure_case"].head(limit), strict=True)
        shown = ", ".join(f"{row(index)}: {value!r}" for index, value in pairs)
        more = f" (+{len(group) - limit} more)" if len(group) > limit else ""
        lines.append(f"  column {column!r}, check {check}: {shown}{more}")
    for check, group in cases[row_checks].groupby("check", sort=True):
        indices = sorted({int(i) for i in group["index"].dropna()})
        more = f" (+{len(indices) - limit} more)" if len(indices) > limit else ""
        lines.append(f"  check {check}: {', '.join(row(i) for i in indices[:limit])}{more}")
    return "\n".join(lines)


def file_metadata(extra: dict | None = None) -> dict[bytes, bytes]:
    from dataset._version import __version__
    from schemas import CONTRACT_VERSION

    payload = {"package_version": __version__, "contract_version": CONTRACT_VERSION}
    payload.update(extra or {})
    return {METADATA_KEY: json.dumps(payload, sort_keys=True).encode()}


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`, renamed onto it only on success."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    finally:
        tmp_path.unlink(missing_ok=True)


class TableWriter:
    """Streams validated rows of one table into Parquet, atomically.

    Rows are buffered and regrouped into row groups of exactly `row_group_rows(table)`
    rows, so the bytes do not depend on how the caller batched them. Every row is
    validated with the table's pandera model before it is written, in runs of whole
    `write` calls of about `VALIDATE_ROWS` rows: a caller that writes whole articles
    per call (all of ours) keeps each article's rows in one validated frame, which the
    checks between rows of an article (a nested mention and its parent) need, and
    validation costs one call per run instead of one per batch.

    A table of more than `partition_rows` rows becomes a partitioned dataset: a directory
    at `path` of part files of `partition_rows` rows each (`part-00000.parquet`, …).
    """

    def __init__(
        self,
        path: Path,
        table: str | TableSpec,
        metadata: dict | None = None,
        partition_rows: int | None = None,
    ):
        self.table = spec(table) if isinstance(table, str) else table
        self.path = Path(path)
        self.rows = 0
        self.group_rows = row_group_rows(self.table.name)
        # Part k holds rows [k * partition_rows, (k + 1) * partition_rows): boundaries depend
        # on the rows alone, never on batching.
        self.partition_rows = max(
            0, DEFAULT_PARTITION_ROWS if partition_rows is None else partition_rows
        )
        self._schema = self.table.arrow_schema.with_metadata(file_metadata(metadata))
        self._staging: Path | None = None
        self._parts: list[Path] = []
        self._part_rows = 0
        self._writer: pq.ParquetWriter | None = None
        self._unchecked: list[pyarrow.Table] = []  # received, not yet validated
        self._unchecked_rows = 0
        self._pending: list[pyarrow.Table] = []  # validated, not yet in a row group
        self._pending_rows = 0
        self._closed = False

    def __enter__(self) -> TableWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._staging = Path(
            tempfile.mkdtemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        )
        return self

    def write(self, rows: list[dict] | pd.DataFrame | pyarrow.Table | pyarrow.RecordBatch) -> None:
        """Append rows (dicts, a DataFrame or Arrow data with the table's columns)."""
        data = to_arrow(rows, self.table)
        if data.num_rows == 0:
            return
        self._unchecked.append(data)
        self._unchecked_rows += data.num_rows
        self.rows += data.num_rows
        if (
            self._unchecked_rows >= VALIDATE_ROWS
            or self._pending_rows + self._unchecked_rows >= self.group_rows
        ):
            self._validate_unchecked()
        if self._pending_rows >= self.group_rows:
            self._flush(final=False)

    def _validate_unchecked(self) -> None:
        """Validate the rows received since the last run, then queue them for writing."""
        if not self._unchecked:
            return
        data = pyarrow.concat_tables(self._unchecked).combine_chunks()
        self._unchecked, self._unchecked_rows = [], 0
        validate(arrow_to_frame(data, self.table), self.table)
        memory.collect_validation_garbage()
        self._pending.append(data)
        self._pending_rows += data.num_rows

    def _flush(self, final: bool) -> None:
        if final:
            self._validate_unchecked()
        if not self._pending:
            return
        pending = pyarrow.concat_tables(self._pending)
        self._pending, self._pending_rows = [], 0
        offset = 0
        while pending.num_rows - offset >= self.group_rows or (final and offset < pending.num_rows):
            size = min(self.group_rows, pending.num_rows - offset)
            self._write_group(pending.slice(offset, size))
            offset += size
        if offset < pending.num_rows:
            rest = pending.slice(offset)
            self._pending, self._pending_rows = [rest], rest.num_rows

    def _write_group(self, group: pyarrow.Table) -> None:
        """Write a validated row group (split where a part file fills up)."""
        group = group.combine_chunks()
        while group.num_rows:
            if self._writer is None or (
                self.partition_rows and self._part_rows >= self.partition_rows
            ):
                self._open_part()
            assert self._writer is not None
            room = self.partition_rows - self._part_rows if self.partition_rows else group.num_rows
            piece, group = group.slice(0, room), group.slice(room)
            self._writer.write_table(piece, row_group_size=self.group_rows)
            self._part_rows += piece.num_rows

    def _open_part(self) -> None:
        assert self._staging is not None
        if self._writer is not None:
            self._writer.close()
        part = self._staging / f"part-{len(self._parts):05d}.parquet"
        self._parts.append(part)
        self._writer = pq.ParquetWriter(part, self._schema, **_WRITER_OPTIONS)
        self._part_rows = 0

    def abandon(self) -> None:
        """Discard what was written, unless the writer was closed (or never opened)."""
        if not self._closed and self._staging is not None:
            self.__exit__(RuntimeError, None, None)

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._staging is not None
        self._closed = True
        try:
            if exc_type is None:
                self._flush(final=True)
                if self._writer is None:
                    self._open_part()  # an empty table is still a file with its schema
            if self._writer is not None:
                self._writer.close()
            if exc_type is None:
                single = len(self._parts) == 1
                replace_path(self._parts[0] if single else self._staging, self.path)
        finally:
            shutil.rmtree(self._staging, ignore_errors=True)


def replace_path(new: Path, target: Path) -> None:
    """Move `new` onto `target`, which may be a file or a directory of either kind."""
    if target.is_dir() and not target.is_symlink():
        aside = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, aside)
        os.replace(new, target)
        shutil.rmtree(aside, ignore_errors=True)
    elif new.is_dir() and target.exists():
        target.unlink()
        os.replace(new, target)
    else:
        os.replace(new, target)


def write_table(
    path: Path, table: str, rows: list[dict] | pd.DataFrame, metadata: dict | None = None
) -> int:
    with TableWriter(path, table, metadata) as writer:
        writer.write(rows)
    return writer.rows


def table_path(directory: Path, name: str) -> Path:
    """A table is `<name>.parquet` or a partitioned directory `<name>/` of part files."""
    single = Path(directory) / f"{name}.parquet"
    return (
        single
        if single.exists() or not (Path(directory) / name).is_dir()
        else Path(directory) / name
    )


def table_files(path: Path) -> list[Path]:
    """A table is one Parquet file or a directory of part files (partitioned dataset)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.glob("*.parquet") if not p.name.startswith("."))
        if not files:
            raise FileNotFoundError(f"{path} is a directory without Parquet part files")
        return files
    return [path]


def iter_arrow_batches(
    path: Path, columns: list[str] | None = None, batch_size: int = 8192
) -> Iterator[pyarrow.RecordBatch]:
    for file in table_files(path):
        yield from pq.ParquetFile(file).iter_batches(batch_size=batch_size, columns=columns)


# Rows an ArticleCursor reads at a time: a few batches of articles' span rows.
CURSOR_READ_ROWS = 16_384


class ArticleCursor:
    """A table sorted by article_id, read a batch at a time and handed out in consecutive
    article ranges: a stage walking the articles holds only the rows of the ones at hand."""

    def __init__(self, path: Path, columns: list[str] | None = None):
        self._batches = iter_arrow_batches(path, columns, batch_size=CURSOR_READ_ROWS)
        self._buffer: pyarrow.Table | None = None
        self._exhausted = False

    def _last_id(self) -> str | None:
        if self._buffer is None or self._buffer.num_rows == 0:
            return None
        return self._buffer.column("article_id")[-1].as_py()

    def through(self, last_id: str) -> pyarrow.Table:
        """All remaining rows with article_id ≤ last_id."""
        while not self._exhausted and (self._last_id() or "") <= last_id:
            batch = next(self._batches, None)
            if batch is None:
                self._exhausted = True
                break
            table = pyarrow.Table.from_batches([batch])
            self._buffer = (
                table if self._buffer is None else pyarrow.concat_tables([self._buffer, table])
            )
        if self._buffer is None:
            return pyarrow.table({"article_id": pyarrow.array([], pyarrow.string())})
        ids = self._buffer.column("article_id").to_numpy()
        cut = int(np.searchsorted(ids, last_id, side="right"))
        taken, self._buffer = self._buffer.slice(0, cut), self._buffer.slice(cut)
        return taken.combine_chunks()

    def left(self) -> int:
        """How many rows lie after the last range handed out."""
        rest = sum(batch.num_rows for batch in self._batches)
        return rest + (self._buffer.num_rows if self._buffer is not None else 0)


def _column_values(column: pyarrow.Array) -> list:
    """A column as Python values; numpy's tolist is several times faster than to_pylist."""
    kind = column.type
    simple = (
        pyarrow.types.is_string(kind)
        or pyarrow.types.is_large_string(kind)
        or pyarrow.types.is_boolean(kind)
        or pyarrow.types.is_floating(kind)
        or pyarrow.types.is_integer(kind)
    )
    if simple and column.null_count == 0:
        return column.to_numpy(zero_copy_only=False).tolist()
    return column.to_pylist()


@lru_cache(maxsize=64)
def _row_builder(names: tuple[str, ...]) -> Callable[[list[list]], list[dict]]:
    """A compiled `[{name: value, …} for … in zip(*columns)]` for these column names.

    A dict display with the names spelled out is about twice as fast as
    `dict(zip(names, values))` per row, and rows are built by the hundred thousand.
    """
    variables = ", ".join(f"v{i}" for i in range(len(names)))
    display = ", ".join(f"{name!r}: v{i}" for i, name in enumerate(names))
    source = f"lambda columns: [{{{display}}} for ({variables},) in zip(*columns)]"
    return eval(source, {"__builtins__": {"zip": zip}})


def batch_rows(batch: pyarrow.RecordBatch | pyarrow.Table) -> list[dict]:
    """Arrow rows as plain dicts (the same values as `to_pylist`, faster)."""
    if batch.num_rows == 0:
        return []
    if isinstance(batch, pyarrow.Table):
        batch = batch.combine_chunks().to_batches()[0]
    columns = [_column_values(column) for column in batch.columns]
    return _row_builder(tuple(batch.schema.names))(columns)


def iter_rows(
    path: Path, columns: list[str] | None = None, batch_size: int = 8192
) -> Iterator[dict]:
    """Rows of a table (file or partitioned directory) as dicts, streaming."""
    for batch in iter_arrow_batches(path, columns, batch_size):
        yield from batch_rows(batch)


def read_arrow(path: Path, columns: list[str] | None = None) -> pyarrow.Table:
    """A whole table (file or partitioned directory) as one Arrow table."""
    parts = [pq.read_table(f, columns=columns) for f in table_files(path)]
    return parts[0] if len(parts) == 1 else pyarrow.concat_tables(parts)


def read_frame(path: Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    return arrow_to_frame(read_arrow(path, columns), spec(table))


def count_rows(path: Path) -> int:
    """Rows in a table, from the Parquet footers alone."""
    return sum(pq.ParquetFile(f).metadata.num_rows for f in table_files(path))


def read_metadata(path: Path) -> dict:
    files = table_files(path)
    raw = pq.read_schema(files[0]).metadata or {}
    return json.loads(raw.get(METADATA_KEY, b"{}"))


def write_json(path: Path, payload: object) -> None:
    """Deterministic JSON (sorted keys, fixed indent), written atomically."""
    with atomic_path(Path(path)) as tmp:
        tmp.write_text(json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def group_by_article(rows: Iterable[dict]) -> Iterator[tuple[str, list[dict]]]:
    """Group consecutive rows of a table sorted by article_id."""
    current: str | None = None
    group: list[dict] = []
    for row in rows:
        if row["article_id"] != current:
            if current is not None:
                yield current, group
            current, group = row["article_id"], []
        group.append(row)
    if current is not None:
        yield current, group
