"""Parquet I/O at the pipeline's edges: validated, deterministic, atomic writes and typed reads.

Determinism: fixed column order and types (from the pandera models), fixed writer options,
no wall-clock values; the file metadata names the package version and the params hash.
Atomicity: every file is written to a temporary name beside its target and renamed.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pandera.errors
import pyarrow
import pyarrow.parquet as pq

from dataset.tables import TableSpec, spec

METADATA_KEY = b"conflict_news"
ROW_GROUP_SIZE = 65_536
_WRITER_OPTIONS = {
    "compression": "zstd",
    "compression_level": 3,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
}


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
    from dataset import __version__
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
    """Streams validated batches of one table into a single Parquet file, atomically."""

    def __init__(self, path: Path, table: str | TableSpec, metadata: dict | None = None):
        self.table = spec(table) if isinstance(table, str) else table
        self.path = Path(path)
        self.rows = 0
        self._schema = self.table.arrow_schema.with_metadata(file_metadata(metadata))
        self._atomic = atomic_path(self.path)
        self._writer: pq.ParquetWriter | None = None
        self._pending: list[pyarrow.Table] = []
        self._pending_rows = 0

    def __enter__(self) -> TableWriter:
        tmp = self._atomic.__enter__()
        self._writer = pq.ParquetWriter(tmp, self._schema, **_WRITER_OPTIONS)
        return self

    def write(self, rows: list[dict] | pd.DataFrame) -> None:
        """Validate one batch and append it. Empty batches are fine.

        Rows are regrouped into row groups of exactly ROW_GROUP_SIZE, so the file's bytes
        do not depend on how the caller batched them.
        """
        frame = to_frame(rows, self.table)
        validate(frame, self.table)
        if frame.empty:
            return
        self._pending.append(
            pyarrow.Table.from_pandas(frame, schema=self._schema, preserve_index=False)
        )
        self._pending_rows += len(frame)
        self.rows += len(frame)
        if self._pending_rows >= ROW_GROUP_SIZE:
            self._flush(final=False)

    def _flush(self, final: bool) -> None:
        assert self._writer is not None
        pending = pyarrow.concat_tables(self._pending) if self._pending else None
        self._pending, self._pending_rows = [], 0
        if pending is None:
            return
        full = (pending.num_rows // ROW_GROUP_SIZE) * ROW_GROUP_SIZE
        cut = pending.num_rows if final else full
        if cut:
            self._writer.write_table(pending.slice(0, cut), row_group_size=ROW_GROUP_SIZE)
        if cut < pending.num_rows:
            self._pending, self._pending_rows = [pending.slice(cut)], pending.num_rows - cut

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._writer is not None
        if exc_type is None:
            self._flush(final=True)
        self._writer.close()
        self._atomic.__exit__(exc_type, exc, tb)


def write_table(
    path: Path, table: str, rows: list[dict] | pd.DataFrame, metadata: dict | None = None
) -> int:
    with TableWriter(path, table, metadata) as writer:
        writer.write(rows)
    return writer.rows


def table_files(path: Path) -> list[Path]:
    """A table is one Parquet file or a directory of part files (partitioned dataset)."""
    path = Path(path)
    if path.is_dir():
        return sorted(path.glob("*.parquet"))
    return [path]


def iter_arrow_batches(
    path: Path, columns: list[str] | None = None, batch_size: int = 1024
) -> Iterator[pyarrow.RecordBatch]:
    for file in table_files(path):
        yield from pq.ParquetFile(file).iter_batches(batch_size=batch_size, columns=columns)


def iter_rows(
    path: Path, columns: list[str] | None = None, batch_size: int = 1024
) -> Iterator[dict]:
    for batch in iter_arrow_batches(path, columns, batch_size):
        yield from batch.to_pylist()


def read_frame(path: Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    files = table_files(path)
    arrow = pyarrow.concat_tables(pq.read_table(f, columns=columns) for f in files)
    return arrow_to_frame(arrow, spec(table))


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
