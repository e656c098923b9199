"""The runner's fixed costs around the extraction: cache commits and the pool's end."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

from dataset.cache import ResultCache
from dataset.ingest.listings import Listings
from dataset.params import RunParams
from dataset.pipeline import _Inline, executor_for, no_more_tasks
from dataset.shards import PartKeys


def _journal_mode(path: Path) -> str:
    with sqlite3.connect(path) as db:
        return db.execute("PRAGMA journal_mode").fetchone()[0]


def test_every_cache_database_commits_to_a_write_ahead_log(tmp_path: Path) -> None:
    """A commit in SQLite's default mode syncs the disk four times; the part keys were
    committed once per part written, on the build's critical path after its last batch."""
    keys = PartKeys(tmp_path)
    part = tmp_path / "part.parquet"
    part.write_bytes(b"rows")
    keys.put("entities", "shard", part, "key")
    keys.close()
    ResultCache(tmp_path, "entities").close()
    Listings(tmp_path, "v1").close()
    for name in ("parts", "entities", "listings"):
        assert _journal_mode(tmp_path / f"{name}.sqlite") == "wal"
    reopened = PartKeys(tmp_path)
    assert reopened.get("entities", "shard", part) == "key"
    reopened.close()


def _square(value: int) -> int:
    return value * value


def test_results_still_arrive_after_the_pool_is_told_no_more_tasks() -> None:
    with executor_for(RunParams(workers=2)) as (pool, _window):
        futures = [pool.submit(_square, value) for value in range(8)]
        no_more_tasks(pool)
        assert [future.result() for future in futures] == [v * v for v in range(8)]
    # Leaving the block still waits for the workers to exit.
    assert pool._letting_go is not None and not pool._letting_go.is_alive()
    assert not multiprocessing.active_children()
    inline = _Inline()
    done = inline.submit(_square, 3)
    no_more_tasks(inline)
    assert done.result() == 9
