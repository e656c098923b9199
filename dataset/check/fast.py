"""The cross-checks of one shard on whole columns: the pass every sound build takes.

`crosscheck._walk_unit` walks the rows as dicts and words a message for each failure.
Building those dicts is most of its cost, and a sound table has no failure to word. This
pass tests the same conditions with Arrow and NumPy on whole columns, one chunk of
articles at a time (spans are compared as UTF-32 code points, which are Python's string
offsets), and answers only "all passed" or "not sure": on the latter the row walk runs
and reports. It never passes a shard the row walk would fail; a test runs both on broken
tables.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow
import pyarrow.compute as pc

from dataset.io import ArticleCursor, iter_arrow_batches

# Articles checked together: bounds the memory of a chunk's texts as code points.
CHUNK_ARTICLES = 512


class _Unsure(Exception):
    """Something is off (or odd): the row walk decides and words the failures."""


def _array(column: pyarrow.ChunkedArray | pyarrow.Array, nullable: bool = False) -> pyarrow.Array:
    if isinstance(column, pyarrow.ChunkedArray):
        column = column.combine_chunks()
    if not nullable and column.null_count:
        raise _Unsure
    return column


def _numbers(column: pyarrow.ChunkedArray | pyarrow.Array) -> np.ndarray:
    return _array(column).to_numpy(zero_copy_only=False).astype(np.int64, copy=False)


def _code_points(strings: pyarrow.Array) -> np.ndarray:
    """The strings' characters, end to end, as one array of code points."""
    strings = _array(strings)
    if not len(strings):
        return np.zeros(0, np.uint32)
    if not pyarrow.types.is_string(strings.type):
        strings = strings.cast(pyarrow.string())
    offsets = np.frombuffer(strings.buffers()[1], np.int32)[
        strings.offset : strings.offset + len(strings) + 1
    ]
    data = strings.buffers()[2]
    raw = memoryview(data)[offsets[0] : offsets[-1]] if data is not None else b""
    try:
        return np.frombuffer(bytes(raw).decode("utf-8").encode("utf-32-le"), np.uint32)
    except UnicodeError:
        raise _Unsure from None


class _Texts:
    """A chunk's article texts as code points, with each article's start and length."""

    def __init__(self, texts: pyarrow.Array):
        self.points = _code_points(texts)
        self.lengths = pc.utf8_length(texts).to_numpy(zero_copy_only=False).astype(np.int64)
        self.starts = np.concatenate([[0], np.cumsum(self.lengths)[:-1]]).astype(np.int64)

    def spans(
        self,
        owners: np.ndarray,
        starts: np.ndarray,
        ends: np.ndarray,
        expected: pyarrow.Array | None,
    ) -> None:
        """Each span lies in its article's text and reads `expected` (where not null)."""
        if not len(owners):
            return
        if not np.all((starts >= 0) & (starts < ends) & (ends <= self.lengths[owners])):
            raise _Unsure
        if expected is None:
            return
        expected = _array(expected, nullable=True)
        if expected.null_count:
            given = pc.is_valid(expected).to_numpy(zero_copy_only=False)
            owners, starts, ends = owners[given], starts[given], ends[given]
            expected = expected.filter(pyarrow.array(given))
        sizes = pc.utf8_length(expected).to_numpy(zero_copy_only=False).astype(np.int64)
        if not np.array_equal(sizes, ends - starts):
            raise _Unsure
        wanted = _code_points(expected)
        first = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        shift = np.repeat(self.starts[owners] + starts - first, sizes)
        at = shift + np.arange(len(wanted), dtype=np.int64)
        if not np.array_equal(self.points[at], wanted):
            raise _Unsure


def _owners(article_ids: pyarrow.Array, chunk_ids: pyarrow.Array) -> np.ndarray:
    """Each row's article as an index into the chunk; every row must have one."""
    found = pc.index_in(_array(article_ids), value_set=chunk_ids)
    if found.null_count:
        raise _Unsure
    return found.to_numpy(zero_copy_only=False).astype(np.int64)


def _in_order(owners: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> bool:
    """(article, start, end) never decreases from one row to the next."""
    if len(owners) < 2:
        return True
    same = owners[:-1] == owners[1:]
    earlier = (starts[:-1] < starts[1:]) | ((starts[:-1] == starts[1:]) & (ends[:-1] <= ends[1:]))
    return bool(np.all(owners[:-1] <= owners[1:]) and np.all(~same | earlier))


def _ids_prefixed(row_ids: pyarrow.Array, article_ids: pyarrow.Array) -> None:
    """Every row id starts with `<article_id>-`."""
    prefixes = pc.binary_join_element_wise(_array(article_ids), "", "-")
    row_ids = _array(row_ids)
    sizes = pc.utf8_length(prefixes).to_numpy(zero_copy_only=False)
    if len(sizes) and np.all(sizes == sizes[0]):
        heads = pc.utf8_slice_codeunits(row_ids, 0, int(sizes[0]))
        if not pc.all(pc.equal(heads, prefixes)).as_py():
            raise _Unsure
        return
    for row_id, prefix in zip(row_ids.to_pylist(), prefixes.to_pylist(), strict=True):
        if not row_id.startswith(prefix):
            raise _Unsure


def _nesting(rows: pyarrow.Table, owners: np.ndarray, starts: np.ndarray, ends: np.ndarray):
    """Nested mentions sit inside a top-level mention of their article. Returns the
    mention ids, whose rows the locations' foreign key looks up."""
    mention_ids = _array(rows.column("mention_id"))
    if pc.count_distinct(mention_ids).as_py() != len(mention_ids):
        raise _Unsure  # a repeated id: which row is the parent is the walk's to say
    parents = _array(rows.column("parent_mention_id"), nullable=True)
    if parents.null_count < len(parents):
        nested = pc.is_valid(parents).to_numpy(zero_copy_only=False)
        found = pc.index_in(parents.filter(pyarrow.array(nested)), value_set=mention_ids)
        if found.null_count:
            raise _Unsure
        parent = found.to_numpy(zero_copy_only=False).astype(np.int64)
        child = np.flatnonzero(nested)
        top = ~nested
        if not np.all(
            (owners[parent] == owners[child])
            & top[parent]
            & (starts[parent] <= starts[child])
            & (ends[child] <= ends[parent])
            & (ends[child] - starts[child] < ends[parent] - starts[parent])
        ):
            raise _Unsure
    return mention_ids


def _claims_spans(rows: pyarrow.Table, texts: _Texts, owners: np.ndarray) -> None:
    """A claim's claimant, cue and quantities point into its article's text."""
    for given_by, start, end, text in (
        ("claimant", "claimant_start", "claimant_end", "claimant"),
        ("cue_start", "cue_start", "cue_end", None),
    ):
        given = pc.is_valid(_array(rows.column(given_by), nullable=True))
        if pc.any(given).as_py():
            owned = given.to_numpy(zero_copy_only=False)
            texts.spans(
                owners[owned],
                _numbers(rows.column(start).filter(given)),
                _numbers(rows.column(end).filter(given)),
                None if text is None else _array(rows.column(text), nullable=True).filter(given),
            )
    quantities = _array(rows.column("quantities"), nullable=True)
    items = pc.list_flatten(quantities)
    if items.null_count:
        raise _Unsure
    if len(items):
        parents = pc.list_parent_indices(quantities).to_numpy(zero_copy_only=False)
        texts.spans(
            owners[parents.astype(np.int64)],
            _numbers(items.field("start")),
            _numbers(items.field("end")),
            items.field("text"),
        )


def check_unit_columns(
    unit: dict[str, Path], columns: dict[str, tuple[str, ...]]
) -> dict[str, int] | None:
    """Each table's rows when every check on the unit passes (each row is one check);
    None when not sure."""
    try:
        return _check(unit, columns)
    except (_Unsure, pyarrow.ArrowException, TypeError, KeyError, ValueError):
        return None


def _check(unit: dict[str, Path], columns: dict[str, tuple[str, ...]]) -> dict[str, int]:
    tables = {name: ArticleCursor(unit[name], list(names)) for name, names in columns.items()}
    counts = dict.fromkeys(unit, 0)
    previous = ""
    last: dict[str, tuple] = {}
    batches = iter_arrow_batches(unit["articles"], ["article_id", "text"], CHUNK_ARTICLES)
    for chunk in batches:
        chunk_ids = _array(chunk.column("article_id"))
        if not len(chunk_ids):
            continue
        ids = chunk_ids.to_numpy(zero_copy_only=False)
        if not (ids[0] > previous and (len(ids) < 2 or np.all(ids[:-1] < ids[1:]))):
            raise _Unsure
        previous = ids[-1]
        counts["articles"] += len(ids)
        texts = _Texts(_array(chunk.column("text")))
        mentions = pyarrow.array([], pyarrow.string())
        entity_owners = np.zeros(0, np.int64)
        for name, source in tables.items():
            rows = source.through(ids[-1])
            if not rows.num_rows:
                continue
            counts[name] += rows.num_rows
            owners = _owners(rows.column("article_id"), chunk_ids)
            starts, ends = _numbers(rows.column("start")), _numbers(rows.column("end"))
            first = (ids[owners[0]], int(starts[0]), int(ends[0]))
            if name in last and first < last[name]:
                raise _Unsure
            if not _in_order(owners, starts, ends):
                raise _Unsure
            last[name] = (ids[owners[-1]], int(starts[-1]), int(ends[-1]))
            texts.spans(owners, starts, ends, rows.column("text"))
            id_column = "claim_id" if name == "claims" else "mention_id"
            _ids_prefixed(rows.column(id_column), rows.column("article_id"))
            if name == "entities":
                mentions, entity_owners = _nesting(rows, owners, starts, ends), owners
            elif name == "locations":
                found = pc.index_in(_array(rows.column("mention_id")), value_set=mentions)
                if found.null_count:
                    raise _Unsure
                at = found.to_numpy(zero_copy_only=False).astype(np.int64)
                if not np.array_equal(entity_owners[at], owners):
                    raise _Unsure
            elif name == "claims":
                _claims_spans(rows, texts, owners)
    if any(source.left() for source in tables.values()):
        raise _Unsure  # rows after the last article
    return counts
