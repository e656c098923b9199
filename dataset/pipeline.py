"""Running a per-article extractor over a table of articles: streaming, batched, parallel.

Articles and the tables a stage depends on are all sorted by `article_id`, so they are
merged in one pass, range by range, as Arrow data. Batches go to worker processes (or to
a Dask cluster) and come back as Arrow tables; results are written in input order and
regrouped into fixed row groups, so the output is byte-identical whatever the number of
workers or the engine. A content-addressed cache (`dataset.cache`) skips the extractor
for articles whose text, upstream rows, code and parameters it has already seen.
"""

from __future__ import annotations

import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow

from dataset import cache as result_cache
from dataset import memory
from dataset.io import (
    ArticleCursor,
    TableWriter,
    batch_rows,
    iter_arrow_batches,
    table_files,
    to_arrow,
)
from dataset.params import RunParams
from dataset.shards import Part, PartsWriter, derived_key, digest, part_of, read_parts
from dataset.tables import spec

Extractor = Callable[..., list[dict]]
# A dependency's rows as plain dicts, grouped by article_id (what the extractor reads).
Grouped = dict[str, list[dict]]
SCHEDULER_ENV = "CONFLICT_NEWS_SCHEDULER"


def worker_count(run: RunParams) -> int:
    return run.workers if run.workers > 0 else (os.cpu_count() or 1)


def scheduler_address(run: RunParams) -> str | None:
    """The Dask scheduler to run on: `run.scheduler` (CLI/params), else the env var."""
    address = run.scheduler or os.environ.get(SCHEDULER_ENV) or None
    return None if address in (None, "", "local") else address


def quiet() -> bool:
    """No progress bars in CI or when stderr is not a terminal (logs stay readable)."""
    return bool(os.environ.get("CI")) or not sys.stderr.isatty()


@dataclass(frozen=True)
class BatchTask:
    """What a worker needs: the articles, and their rows of each dependency table (as
    Arrow, or already as dicts by article when the same process has just made them)."""

    article_ids: list[str]
    texts: list[str]
    depends: dict[str, pyarrow.Table | Grouped] = field(default_factory=dict)


def _group_by_article(rows: list[dict]) -> Grouped:
    groups: Grouped = {}
    for row in rows:
        groups.setdefault(row["article_id"], []).append(row)
    return groups


def extract_batch(extract: Extractor, params: Any, task: BatchTask) -> list[list[dict]]:
    """Run the extractor on each article of the task; each article's rows."""
    memory.trim()  # what earlier batches freed goes back to the system (workers grow less)
    groups = {
        name: rows if isinstance(rows, dict) else _group_by_article(batch_rows(rows))
        for name, rows in task.depends.items()
    }
    found = []
    for article_id, text in zip(task.article_ids, task.texts, strict=True):
        depends = {name: group.get(article_id, []) for name, group in groups.items()}
        found.append(extract(article_id, text, params, **depends))
    return found


def rows_as_arrow(found: list[list[dict]], table: str) -> tuple[pyarrow.Table, list[int]]:
    """Articles' rows as one Arrow table plus each article's row count."""
    return to_arrow([row for rows in found for row in rows], spec(table)), list(map(len, found))


def run_batch(
    extract: Extractor, params: Any, table: str, task: BatchTask
) -> tuple[pyarrow.Table, list[int]]:
    """Run the extractor on each article; the rows as Arrow plus each article's row count."""
    return rows_as_arrow(extract_batch(extract, params, task), table)


def flag_last(items: Iterable[Any]) -> Iterator[tuple[Any, bool]]:
    """Each item with whether it is the last one: a shard's part is closed after its last
    batch is written."""
    iterator = iter(items)
    try:
        current = next(iterator)
    except StopIteration:
        return
    for following in iterator:
        yield current, False
        current = following
    yield current, True


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ordered_map(
    executor: Executor | Any, fn: Callable, items: Iterable, window: int
) -> Iterator[Any]:
    """Like Executor.map, but keeps at most `window` tasks in flight (flat memory).

    Works with a `concurrent.futures` executor or a `dask.distributed` Client: both
    return futures from `submit` whose `result()` waits.
    """
    in_flight: deque = deque()
    for item in items:
        in_flight.append(executor.submit(fn, item))
        if len(in_flight) >= window:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()


class _Done:
    """A finished 'future', for work done in this process."""

    def __init__(self, value: Any):
        self.value = value

    def result(self) -> Any:
        return self.value


class _Inline:
    def submit(self, fn: Callable, *args: Any) -> _Done:
        return _Done(fn(*args))


class _DaskExecutor:
    """A Dask client seen as an executor; tasks are never deduplicated by value."""

    def __init__(self, client: Any):
        self.client = client

    def submit(self, fn: Callable, *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)


@contextmanager
def executor_for(run: RunParams) -> Iterator[tuple[Any, int]]:
    """The executor to run batches on and how many tasks to keep in flight."""
    address = scheduler_address(run)
    if address is not None:
        from distributed import Client

        with Client(address, set_as_default=False) as client:
            threads = sum(client.nthreads().values()) or 1
            yield _DaskExecutor(client), 2 * threads
        return
    workers = worker_count(run)
    memory.return_freed_memory()
    with memory.frozen_heap():
        if workers == 1:
            yield _Inline(), 1
        else:
            with _LocalPool(max_workers=workers) as pool:
                yield pool, 2 * workers


class _LocalPool(ProcessPoolExecutor):
    """A process pool whose workers can be let go before its block ends (`no_more_tasks`);
    leaving the block still waits for them to exit, as it does for any pool."""

    _letting_go: threading.Thread | None = None

    def let_go(self) -> None:
        # `shutdown(wait=False)` forgets the thread that hands out the last tasks and then
        # ends the workers; it is kept here to be joined when the block ends.
        self._letting_go = self._executor_manager_thread
        self.shutdown(wait=False)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait, cancel_futures=cancel_futures)
        if wait and self._letting_go is not None:
            self._letting_go.join()


def no_more_tasks(executor: Any) -> None:
    """Called once the last batch is submitted: a local pool's workers then exit as soon
    as their last tasks are done, beside the writing of the last parts, instead of after
    it (the results still arrive)."""
    if isinstance(executor, _LocalPool):
        executor.let_go()


def article_slices(rows: pyarrow.Table, article_ids: list[str]) -> list[pyarrow.Table]:
    """Each article's rows of a table sorted by article_id (zero-copy slices)."""
    ids = rows.column("article_id").to_numpy() if rows.num_rows else np.array([], object)
    lows = np.searchsorted(ids, article_ids, side="left")
    highs = np.searchsorted(ids, article_ids, side="right")
    return [rows.slice(lo, hi - lo) for lo, hi in zip(lows, highs, strict=True)]


def _serialised_articles(rows: pyarrow.Table, counts: list[int]) -> list[bytes]:
    """Each article's rows serialised for the cache (b"" for none): slices of one record
    batch, the same bytes as each article's table on its own, at half the cost."""
    if rows.num_rows == 0:
        return [b""] * len(counts)
    batch = rows.combine_chunks().to_batches()[0]
    blobs = []
    offset = 0
    for count in counts:
        blobs.append(result_cache.serialise(batch.slice(offset, count)) if count else b"")
        offset += count
    return blobs


def compact(rows: pyarrow.Table) -> pyarrow.Table:
    """A copy whose buffers hold these rows alone, to be sent to another process.

    A pickled slice carries its parent's whole buffers; a table of per-article slices
    pickled that way made the main process grow by hundreds of MiB on a 10× corpus.
    `combine_chunks` copies several chunks but returns a single slice as it is.
    """
    if rows.num_rows == 0:
        return rows.schema.empty_table()
    if max(column.num_chunks for column in rows.columns) > 1:
        return rows.combine_chunks()
    return rows.take(np.arange(rows.num_rows))


@dataclass
class Job:
    """A batch of articles: their cache keys, the cached rows, the articles to extract."""

    article_ids: list[str]
    texts: list[str]
    keys: list[bytes] | None
    cached: dict[int, bytes]
    missing: list[int]
    future: Any = None


def _uncached_rows(job: Job, table: pyarrow.Table | Grouped) -> pyarrow.Table | Grouped:
    """A dependency's rows of the articles a batch still has to extract."""
    if isinstance(table, dict):
        return {job.article_ids[i]: table[job.article_ids[i]] for i in job.missing}
    slices = article_slices(table, job.article_ids)
    return compact(pyarrow.concat_tables([s for i, s in enumerate(slices) if i not in job.cached]))


def task_for(job: Job, depends: dict[str, pyarrow.Table | Grouped]) -> BatchTask | None:
    """The work a batch still needs: its uncached articles and their dependency rows."""
    if not job.missing:
        return None
    if not job.cached:
        return BatchTask(job.article_ids, job.texts, depends)
    return BatchTask(
        [job.article_ids[i] for i in job.missing],
        [job.texts[i] for i in job.missing],
        {name: _uncached_rows(job, table) for name, table in depends.items()},
    )


def column(batch: pyarrow.RecordBatch, name: str) -> list:
    return batch.column(name).to_numpy(zero_copy_only=False).tolist()


def _plan(
    articles: Path,
    cursors: dict[str, ArticleCursor],
    batch_size: int,
    cache: result_cache.ResultCache | None,
    fingerprint: bytes,
) -> Iterator[tuple[Job, BatchTask | None]]:
    """Batches of articles with their dependency rows; cache hits need no task."""
    for batch in iter_arrow_batches(articles, ["article_id", "text"], batch_size=batch_size):
        ids, texts = column(batch, "article_id"), column(batch, "text")
        if not ids:
            continue
        depends = {name: cursor.through(ids[-1]) for name, cursor in cursors.items()}
        keys, cached = None, {}
        if cache is not None:
            digests = [result_cache.rows_digests(depends[name], ids) for name in sorted(depends)]
            keys = [
                result_cache.article_key(
                    fingerprint, ids[i], result_cache.text_digest(text), [d[i] for d in digests]
                )
                for i, text in enumerate(texts)
            ]
            found = cache.get_many(keys)
            cached = {i: found[key] for i, key in enumerate(keys) if key in found}
        job = Job(ids, texts, keys, cached, [i for i in range(len(ids)) if i not in cached])
        yield job, task_for(job, depends)


def assemble(
    job: Job, result: tuple[pyarrow.Table, list[int]] | None, schema: pyarrow.Schema
) -> tuple[list[pyarrow.Table], list[tuple[bytes, bytes]]]:
    """The batch's rows in article order, and the new cache entries."""
    entries: list[tuple[bytes, bytes]] = []
    if result is not None and job.keys is not None:
        blobs = _serialised_articles(*result)
        entries = [(job.keys[i], blob) for i, blob in zip(job.missing, blobs, strict=True)]
    if result is not None and not job.cached:
        return [result[0]], entries  # every article extracted: the rows are in order
    fresh: dict[int, pyarrow.Table] = {}
    if result is not None:
        rows, counts = result
        offset = 0
        for index, count in zip(job.missing, counts, strict=True):
            fresh[index] = rows.slice(offset, count)
            offset += count
    parts: list[pyarrow.Table] = []
    for index in range(len(job.article_ids)):
        if index in job.cached:
            blob = job.cached[index]
            if blob:
                batch = result_cache.deserialise(blob, schema)
                parts.append(pyarrow.Table.from_batches([batch]))
            continue
        if fresh[index].num_rows:
            parts.append(fresh[index])
    return parts, entries


class _NoProgress:
    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, count: int) -> None:
        return None


def progress_bar(total: int, table: str) -> Any:
    """A tqdm bar on a terminal; nothing in CI, in logs, or without tqdm installed."""
    if quiet():
        return _NoProgress()
    try:
        from tqdm import tqdm
    except ImportError:
        return _NoProgress()
    return tqdm(total=total, desc=table, unit=" articles", mininterval=0.5, leave=False)


def cache_dir(run: RunParams) -> Path | None:
    return Path(run.cache_dir) if run.cache else None


def open_cache(run: RunParams, table: str) -> result_cache.ResultCache | None:
    if not run.cache:
        return None
    return result_cache.ResultCache(Path(run.cache_dir), table)


@dataclass
class PartWork:
    """A shard whose part of a table must be computed: its inputs and its key."""

    part: Part
    upstream: dict[str, Part]
    key: str


def plan_parts(
    articles: Path, depends: dict[str, Path], fingerprint: bytes, parts: PartsWriter
) -> list[PartWork]:
    """Reuse every part whose inputs are unchanged; return the shards left to compute."""
    keys = parts.keys
    by_table = {
        name: {p.name: p for p in read_parts(path, keys, name)} for name, path in depends.items()
    }
    article_parts = read_parts(articles, keys, "articles")
    for name, path in depends.items():
        if not by_table[name] and len(article_parts) == 1:
            # A dependency written without shards (by hand, or by an older version) holds
            # the rows of the one shard there is; its bytes stand in for its key.
            key = digest(*(file.read_bytes() for file in table_files(path)))
            by_table[name] = {article_parts[0].name: Part(article_parts[0].name, key, path)}
    todo = []
    for part in article_parts:
        upstream = {name: part_of(by_table[name], part.name, name) for name in sorted(by_table)}
        key = derived_key(fingerprint, [part.key, *(u.key for u in upstream.values())])
        if not parts.reuse(part.name, key):
            todo.append(PartWork(part, upstream, key))
    return todo


def run_article_stage(
    extract: Extractor,
    params: Any,
    articles: Path,
    out: Path,
    table: str,
    run: RunParams,
    depends: dict[str, Path] | None = None,
    metadata: dict | None = None,
    prepare: Callable[[], None] | None = None,
) -> int:
    """Apply `extract(article_id, text, params, **depends)` to every article; write `table`.

    Shards whose part is up to date are reused; the others are computed batch by batch,
    with batches of every shard in flight together. `prepare` (loading lexicons before
    workers fork) runs only when a shard is to be computed.
    """
    schema = spec(table).arrow_schema
    fingerprint = result_cache.stage_fingerprint(table, extract, params, metadata)
    work = partial(run_batch, extract, params, table)
    with ExitStack() as stack:
        parts = stack.enter_context(PartsWriter(out, table, cache_dir(run)))
        todo = plan_parts(articles, depends or {}, fingerprint, parts)
        if not todo:
            return parts.rows
        if prepare is not None:
            prepare()
        cache = open_cache(run, table)
        if cache is not None:
            stack.callback(cache.close)
        executor, window = stack.enter_context(executor_for(run))
        bar = stack.enter_context(progress_bar(sum(w.part.rows() for w in todo), table))
        in_flight: deque[tuple[Job, TableWriter, bool]] = deque()

        def finish(job: Job, writer: TableWriter, last: bool) -> None:
            result = job.future.result() if job.future is not None else None
            rows, entries = assemble(job, result, schema)
            if rows:
                writer.write(rows[0] if len(rows) == 1 else pyarrow.concat_tables(rows))
            if cache is not None and entries:
                cache.put_many(entries)
            if last:
                writer.__exit__(None, None, None)
            bar.update(len(job.article_ids))

        for item in todo:
            writer = parts.writer(item.part.name, item.key, metadata).__enter__()
            cursors = {name: ArticleCursor(dep.path) for name, dep in item.upstream.items()}
            planned = _plan(item.part.path, cursors, run.batch_size, cache, fingerprint)
            empty = True
            for (job, task), last in flag_last(planned):
                empty = False
                if task is not None:
                    job.future = executor.submit(work, task)
                in_flight.append((job, writer, last))
                while len(in_flight) >= window:
                    finish(*in_flight.popleft())
            if empty:  # a shard whose records were all rejected: an empty part
                writer.__exit__(None, None, None)
        no_more_tasks(executor)
        while in_flight:
            finish(*in_flight.popleft())
        return parts.rows
