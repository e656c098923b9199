"""Running a per-article extractor over a table of articles: streaming, batched, parallel.

Articles and the tables a stage depends on are all sorted by `article_id`, so they are
merged in one pass; batches go to worker processes, and results are written in input
order, so the output is byte-identical whatever the number of workers.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from dataset.io import TableWriter, group_by_article, iter_rows
from dataset.params import RunParams

Extractor = Callable[..., list[dict]]


@dataclass(frozen=True)
class ArticleTask:
    article_id: str
    text: str
    depends: dict[str, list[dict]]


def worker_count(run: RunParams) -> int:
    return run.workers if run.workers > 0 else (os.cpu_count() or 1)


def iter_tasks(articles: Path, depends: dict[str, Path]) -> Iterator[ArticleTask]:
    """Articles joined with their rows of each dependency table (all sorted by article_id)."""
    cursors = {name: group_by_article(iter_rows(path)) for name, path in depends.items()}
    pending: dict[str, tuple[str, list[dict]] | None] = {
        name: next(cursor, None) for name, cursor in cursors.items()
    }
    for article in iter_rows(articles, columns=["article_id", "text"]):
        article_id = article["article_id"]
        joined: dict[str, list[dict]] = {}
        for name, cursor in cursors.items():
            while pending[name] is not None and pending[name][0] < article_id:
                pending[name] = next(cursor, None)
            current = pending[name]
            joined[name] = current[1] if current is not None and current[0] == article_id else []
        yield ArticleTask(article_id, article["text"], joined)


def run_batch(extract: Extractor, params: Any, batch: list[ArticleTask]) -> list[dict]:
    rows: list[dict] = []
    for task in batch:
        rows.extend(extract(task.article_id, task.text, params, **task.depends))
    return rows


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


def run_article_stage(
    extract: Extractor,
    params: Any,
    articles: Path,
    out: Path,
    table: str,
    run: RunParams,
    depends: dict[str, Path] | None = None,
    metadata: dict | None = None,
) -> int:
    """Apply `extract(article_id, text, params, **depends)` to every article; write `table`."""
    tasks = iter_tasks(articles, depends or {})
    batches = batched(tasks, run.batch_size)
    work = partial(run_batch, extract, params)
    workers = worker_count(run)
    with TableWriter(out, table, metadata) as writer:
        if workers == 1:
            for batch in batches:
                writer.write(work(batch))
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                for rows in ordered_map(pool, work, batches, window=2 * workers):
                    writer.write(rows)
    return writer.rows
