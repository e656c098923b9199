"""Running every extractor stage in one pass over the articles, for `dataset build`.

DVC runs the stages one by one, so that editing one extractor re-runs only what follows
from it. A whole build needs no such boundary: here each worker takes a batch of articles
through entities → locations → claims at once, and the main process only reads articles
and writes the tables. That saves reading the articles and the entity rows once per stage,
shipping them to workers three times, and three pool start-ups and drains; the per-article
cache moves into the workers too. The rows are the same as the stage-by-stage run's
(the same extractors on the same inputs), so the tables are byte-identical to it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pyarrow

from dataset import cache as result_cache
from dataset.check.crosscheck import CheckedAhead, check_ahead, checked_here
from dataset.io import TableWriter, iter_arrow_batches
from dataset.params import RunParams
from dataset.pipeline import (
    Grouped,
    Job,
    assemble,
    column,
    compact,
    executor_for,
    extract_batch,
    flag_last,
    no_more_tasks,
    progress_bar,
    rows_as_arrow,
    task_for,
)
from dataset.shards import Part, PartsWriter, derived_key, read_parts
from dataset.tables import spec


@dataclass(frozen=True)
class Step:
    """One extractor stage: its table, its function, and the tables it reads."""

    table: str
    extract: Callable[..., list[dict]]
    params: Any
    depends: tuple[str, ...] = ()
    metadata: dict = field(default_factory=dict)
    # Loads what the extractor needs (lexicons) before workers fork; only run when a
    # shard is to be computed, so a build with nothing new does not pay for it.
    prepare: Callable[[], None] | None = None


@dataclass
class StepResult:
    """One step's rows for a batch, the cache entries it made, and its CPU time."""

    rows: pyarrow.Table
    entries: list[tuple[bytes, bytes]]
    seconds: float


_OPEN_CACHES: dict[tuple[str, str], result_cache.ResultCache] = {}


def _worker_cache(directory: str, table: str) -> result_cache.ResultCache:
    """A per-process connection (SQLite handles must not cross a fork)."""
    key = (directory, table)
    if key not in _OPEN_CACHES:
        _OPEN_CACHES[key] = result_cache.ResultCache(Path(directory), table)
    return _OPEN_CACHES[key]


def _close_worker_caches() -> None:
    """Close the connections a build running in this process opened for reading."""
    while _OPEN_CACHES:
        _OPEN_CACHES.popitem()[1].close()


def _concat(parts: list[pyarrow.Table], schema: pyarrow.Schema) -> pyarrow.Table:
    parts = [part for part in parts if part.num_rows]
    if not parts:
        return schema.empty_table()
    return parts[0] if len(parts) == 1 else pyarrow.concat_tables(parts)


def _run_step(
    step: Step,
    fingerprint: bytes,
    cache_dir: str | None,
    article_ids: list[str],
    texts: list[str],
    text_hashes: list[bytes],
    upstream: dict[str, pyarrow.Table],
    digests: dict[str, list[bytes]],
    upstream_rows: dict[str, Grouped],
) -> tuple[StepResult, Grouped | None]:
    """One stage on a batch: cached articles are read back, the others extracted.
    `text_hashes`: each text's `text_digest`, shared by every step's cache keys.

    Also returns the rows as dicts by article when every article was extracted here: a
    later step reads those as they are instead of converting the Arrow rows back (the
    same values: each column holds the Python type its Arrow type gives back)."""
    started = time.process_time()
    schema = spec(step.table).arrow_schema
    depends = {name: upstream[name] for name in step.depends}
    cached: dict[int, bytes] = {}
    keys: list[bytes] = []
    if cache_dir is not None:
        for name in depends:
            if name not in digests:  # several steps read the same upstream rows
                digests[name] = result_cache.rows_digests(depends[name], article_ids)
        names = sorted(depends)
        keys = [
            result_cache.article_key(
                fingerprint, article_ids[i], text_hash, [digests[name][i] for name in names]
            )
            for i, text_hash in enumerate(text_hashes)
        ]
        found = _worker_cache(cache_dir, step.table).get_many(keys)
        cached = {i: found[key] for i, key in enumerate(keys) if key in found}
    missing = [i for i in range(len(article_ids)) if i not in cached]
    job = Job(article_ids, texts, keys or None, cached, missing)
    task = task_for(job, {name: upstream_rows.get(name, rows) for name, rows in depends.items()})
    found = extract_batch(step.extract, step.params, task) if task else None
    result = rows_as_arrow(found, step.table) if found is not None else None
    parts, entries = assemble(job, result, schema)
    # Rows built here from Python values own their buffers: only a table made of slices
    # (cached articles beside fresh ones) needs the copy that drops its parents' buffers.
    whole = result is not None and not cached
    rows = result[0] if whole else compact(_concat(parts, schema))
    grouped = dict(zip(article_ids, found, strict=True)) if found and not cached else None
    return StepResult(rows, entries, time.process_time() - started), grouped


def run_chain_batch(
    steps: tuple[Step, ...],
    fingerprints: tuple[bytes, ...],
    cache_dir: str | None,
    batch: tuple[list[str], list[str]],
) -> list[StepResult]:
    """Every step on one batch of articles, each step reading the rows of earlier ones."""
    article_ids, texts = batch
    made: dict[str, pyarrow.Table] = {}
    made_rows: dict[str, Grouped] = {}
    digests: dict[str, list[bytes]] = {}
    text_hashes = [result_cache.text_digest(text) for text in texts] if cache_dir else []
    results = []
    for step, fingerprint in zip(steps, fingerprints, strict=True):
        result, grouped = _run_step(
            step, fingerprint, cache_dir, article_ids, texts, text_hashes, made, digests, made_rows
        )
        made[step.table] = result.rows
        if grouped is not None:
            made_rows[step.table] = grouped
        results.append(result)
    return results


def run_chain(
    steps: tuple[Step, ...],
    articles: Path,
    tables: Path,
    run: RunParams,
    checked: list[CheckedAhead] | None = None,
) -> tuple[dict[str, int], dict[str, float]]:
    """Every step over every article; returns row counts and each step's CPU seconds.

    A shard whose parts of every step's table are up to date is reused as it is; the
    others go through the chain (where the per-article cache still serves the articles
    it has seen), with batches of every shard in flight together, largest shard first.
    With `checked`, a local pool's workers check the shards finished by the time the
    last batch is handed out, and their results are appended to it (`check_ahead`).
    """
    cache_dir = str(Path(run.cache_dir).resolve()) if run.cache else None
    keys_dir = Path(cache_dir) if cache_dir else None
    fingerprints = tuple(
        result_cache.stage_fingerprint(step.table, step.extract, step.params, step.metadata)
        for step in steps
    )
    work = partial(run_chain_batch, steps, fingerprints, cache_dir)
    seconds = {step.table: 0.0 for step in steps}
    with ExitStack() as stack:
        stack.callback(_close_worker_caches)
        parts = {
            step.table: stack.enter_context(
                PartsWriter(Path(tables) / f"{step.table}.parquet", step.table, keys_dir)
            )
            for step in steps
        }
        todo = []
        for part in read_parts(articles, parts[steps[0].table].keys, "articles"):
            keys = {"articles": part.key}
            for step, fingerprint in zip(steps, fingerprints, strict=True):
                upstream = [keys[name] for name in sorted(step.depends)]
                keys[step.table] = derived_key(fingerprint, [part.key, *upstream])
            if all(parts[step.table].can_reuse(part.name, keys[step.table]) for step in steps):
                for step in steps:
                    parts[step.table].reuse(part.name, keys[step.table])
            else:
                todo.append((part, keys))
        if todo:
            todo = largest_first(todo)
            _run_parts(steps, work, todo, parts, run, cache_dir, seconds, stack, checked)
        stack.close()
    return {table: writer.rows for table, writer in parts.items()}, seconds


def largest_first(
    todo: list[tuple[Part, dict[str, str]]],
) -> list[tuple[Part, dict[str, str]]]:
    """Shards by falling article count (then name): the last batches in flight are the
    smallest, so the workers finish together instead of one waiting for a long shard.
    Each shard is a file of its own, so the order changes no byte of the tables."""
    sizes = {part.name: part.rows() for part, _ in todo}
    return sorted(todo, key=lambda item: (-sizes[item[0].name], item[0].name))


def _run_parts(
    steps: tuple[Step, ...],
    work: Callable,
    todo: list[tuple[Part, dict[str, str]]],
    parts: dict[str, PartsWriter],
    run: RunParams,
    cache_dir: str | None,
    seconds: dict[str, float],
    stack: ExitStack,
    checked: list[CheckedAhead] | None,
) -> None:
    """Compute the parts of the shards in `todo`, writing each step's part; with
    `checked`, the shards written before the last batch is handed out are checked by
    the pool's workers once their batches are done, beside the last parts' writes."""
    for step in steps:
        if step.prepare is not None:
            step.prepare()
    caches = {}
    if cache_dir is not None:
        for step in steps:
            caches[step.table] = result_cache.ResultCache(Path(cache_dir), step.table)
            stack.callback(caches[step.table].close)
    executor, window = stack.enter_context(executor_for(run))
    bar = stack.enter_context(progress_bar(sum(part.rows() for part, _ in todo), "extract"))
    in_flight: deque[tuple[int, Any, dict[str, TableWriter], bool, Path]] = deque()
    written: list[dict[str, Path]] = []  # shards whose parts are all written

    def close(writers: dict[str, TableWriter], articles: Path) -> None:
        for writer in writers.values():
            writer.__exit__(None, None, None)
        written.append({"articles": articles, **{t: w.path for t, w in writers.items()}})

    def finish(
        size: int, future: Any, writers: dict[str, TableWriter], last: bool, articles: Path
    ) -> None:
        for step, result in zip(steps, future.result(), strict=True):
            writers[step.table].write(result.rows)
            if result.entries:
                caches[step.table].put_many(result.entries)
            seconds[step.table] += result.seconds
        if last:
            close(writers, articles)
        bar.update(size)

    for part, keys in todo:
        writers = {
            step.table: parts[step.table].writer(part.name, keys[step.table], step.metadata)
            for step in steps
        }
        for writer in writers.values():
            writer.__enter__()
        batches = iter_arrow_batches(part.path, ["article_id", "text"], run.batch_size)
        empty = True
        for batch, last in flag_last(batch for batch in batches if batch.num_rows):
            empty = False
            ids, texts = column(batch, "article_id"), column(batch, "text")
            future = executor.submit(work, (ids, texts))
            in_flight.append((len(ids), future, writers, last, part.path))
            while len(in_flight) >= window:
                finish(*in_flight.popleft())
        if empty:  # a shard whose records were all rejected: empty parts
            close(writers, part.path)
    # Queued behind the last batches: a worker checks once it has no batch left.
    ahead = (
        [executor.submit(check_ahead, unit) for unit in written]
        if checked is not None
        and isinstance(executor, ProcessPoolExecutor)
        and checked_here(written)
        else []
    )
    no_more_tasks(executor)
    while in_flight:
        finish(*in_flight.popleft())
    if checked is not None:
        checked.extend(future.result() for future in ahead)
