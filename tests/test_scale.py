"""Scale: parallel and distributed runs, incremental rebuilds and partitioned tables.

These tests use `bench/trivial.py`, a stand-in extractor that makes valid rows cheaply, so
they test the machinery (runner, cache, writer, readers) independently of extraction.
Every comparison is byte-for-byte on the Parquet files a researcher would publish.
"""

from __future__ import annotations

import json
import os
import pickle
import random
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import bench.trivial as trivial
from dataset import load
from dataset.cache import ResultCache, stage_fingerprint
from dataset.chain import largest_first, run_chain_batch
from dataset.check import crosscheck
from dataset.check.crosscheck import check_tables
from dataset.ingest import listings, records
from dataset.ingest.listings import ListingChanged
from dataset.io import read_frame, table_files
from dataset.shards import batched_shards, file_identity, read_parts
from dataset.stages import (
    build,
    claims_step,
    entities_step,
    locations_step,
    run_check,
    run_claims,
    run_entities,
    run_ingest,
    run_locations,
)
from dataset.tables import spec

TABLES = ("articles", "rejects", "entities", "locations", "claims")
WORDS = ["the", "army", "said", "on", "Monday", "that", "forces", "took", "Kandahar", "and"]
NAMES = ["Kabul", "Taliban", "Biden", "Herat", "Ghani", "Doha", "Washington", "Pakistan"]


def _article(rng: random.Random, number: int) -> dict:
    sentences = []
    for _ in range(rng.randint(2, 8)):
        words = [rng.choice(WORDS + NAMES) for _ in range(rng.randint(4, 14))]
        sentences.append(" ".join(words).capitalize() + ".")
    return {"id": f"a{number}", "title": f"Report {number}", "text": " ".join(sentences)}


def _corpus(path: Path, count: int, first: int = 0) -> Path:
    rng = random.Random(first)
    lines = [json.dumps(_article(rng, n)) for n in range(first, first + count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Counted:
    """An extractor that counts the articles it is called on (picklable for workers)."""

    def __init__(self, name: str, function, calls: dict[str, int]):
        self.name, self.function, self.calls = name, function, calls
        # The cache keys an extractor by its module's code: that of the wrapped function.
        self.__module__ = function.__module__
        self.__qualname__ = function.__qualname__

    def __call__(self, article_id, text, params, **depends):
        self.calls[self.name] = self.calls.get(self.name, 0) + 1
        return self.function(article_id, text, params, **depends)


class Counting:
    """Counts the articles each trivial extractor is called on (in this process)."""

    def __init__(self) -> None:
        self.calls: dict[str, int] = {}

    def wrap(self, name: str, function) -> Counted:
        return Counted(name, function, self.calls)


@pytest.fixture
def extractors(monkeypatch: pytest.MonkeyPatch) -> Counting:
    """The trivial extractors stand in for the real ones for the length of a test."""
    counting = Counting()
    modules = trivial.modules()
    modules["dataset.entities.extract"]["extract_entities"] = counting.wrap(
        "entities", trivial.extract_entities
    )
    modules["dataset.locations.resolve"]["resolve_locations"] = counting.wrap(
        "locations", trivial.resolve_locations
    )
    modules["dataset.claims.extract"]["extract_claims"] = counting.wrap(
        "claims", trivial.extract_claims
    )
    for name, module in trivial.as_modules(modules).items():
        monkeypatch.setitem(sys.modules, name, module)
    return counting


def _build(inputs: list[Path], out: Path, shard_records: int = 1024, **run) -> dict[str, int]:
    params = {"run": {"workers": 1, "cache": False, **run}, "ingest": {}}
    params["ingest"]["shard_records"] = shard_records
    return build(inputs, out, params)


def _inodes(table: Path) -> dict[str, int]:
    return {file.name: file.stat().st_ino for file in table_files(table)}


def _bytes(tables: Path) -> dict[str, list[bytes]]:
    return {
        name: [f.read_bytes() for f in table_files(tables / f"{name}.parquet")] for name in TABLES
    }


def test_one_and_two_workers_write_identical_tables(extractors: Counting, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl", 300)
    counts = _build([corpus], tmp_path / "one", workers=1)
    _build([corpus], tmp_path / "two", workers=2, batch_size=7)
    assert counts["entities"] > 1000 and counts["claims"] > 0
    assert _bytes(tmp_path / "one") == _bytes(tmp_path / "two")


def test_build_in_one_pass_writes_the_stage_by_stage_tables(
    extractors: Counting, tmp_path: Path
) -> None:
    """`dataset build` chains the extractors per batch; DVC runs them stage by stage."""
    corpus = _corpus(tmp_path / "corpus.jsonl", 120)
    params = {"run": {"workers": 2, "batch_size": 16, "cache": False}}
    build([corpus], tmp_path / "chained", params)
    staged = tmp_path / "staged"
    run_ingest([corpus], staged, params)
    for stage in (run_entities, run_locations, run_claims):
        stage(staged, params)
    assert _bytes(tmp_path / "chained") == _bytes(staged)


def test_chained_batches_come_back_compact(extractors: Counting, tmp_path: Path) -> None:
    """Rows assembled from per-article slices are compacted before they leave a worker:
    pickled slices carry their whole buffers, which once made the build's memory grow."""
    corpus = _corpus(tmp_path / "corpus.jsonl", 30)
    params = {"run": {"workers": 1, "cache": True, "cache_dir": str(tmp_path / "cache")}}
    build([corpus], tmp_path / "tables", params)
    articles = load("articles", tmp_path / "tables")
    batch = (list(articles["article_id"]), list(articles["text"]))
    steps = (entities_step(params), locations_step(params), claims_step(params))
    cache_dir = str(tmp_path / "cache")
    fingerprints = tuple(stage_fingerprint(s.table, s.extract, s.params, s.metadata) for s in steps)
    for result in run_chain_batch(steps, fingerprints, cache_dir, batch):
        assert result.rows.num_rows > 0 and not result.entries  # every article was cached
        assert all(column.num_chunks == 1 for column in result.rows.columns)
        assert len(pickle.dumps(result.rows)) < 2 * result.rows.nbytes + 4096


def test_chained_rows_are_the_same_whatever_each_step_had_cached(
    extractors: Counting, tmp_path: Path
) -> None:
    """A step reads the rows an earlier step just made as dicts, or back from Arrow when
    some were cached: entities made afresh while later steps have half the articles
    cached give the rows an uncached run gives."""
    corpus = _corpus(tmp_path / "corpus.jsonl", 24)
    params = {"run": {"workers": 1, "cache": False}}
    build([corpus], tmp_path / "tables", params)
    articles = load("articles", tmp_path / "tables")
    ids, texts = list(articles["article_id"]), list(articles["text"])
    steps = (entities_step(params), locations_step(params), claims_step(params))
    fingerprints = tuple(stage_fingerprint(s.table, s.extract, s.params, s.metadata) for s in steps)
    cache_dir = tmp_path / "cache"
    first = run_chain_batch(steps, fingerprints, str(cache_dir), (ids[::2], texts[::2]))
    for step, result in zip(steps[1:], first[1:], strict=True):
        stored = ResultCache(cache_dir, step.table)  # only the later steps keep results
        stored.put_many(result.entries)
        stored.close()
    partly = run_chain_batch(steps, fingerprints, str(cache_dir), (ids, texts))
    plain = run_chain_batch(steps, fingerprints, None, (ids, texts))
    assert [len(r.entries) for r in partly] == [24, 12, 12]
    assert all(a.rows.equals(b.rows) for a, b in zip(partly, plain, strict=True))
    assert all(r.rows.num_rows > 0 for r in plain)


def test_adding_articles_reprocesses_only_the_new_ones(
    extractors: Counting, tmp_path: Path
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    _corpus(raw / "first.jsonl", 200)
    cache = {"cache": True, "cache_dir": str(tmp_path / "cache")}
    _build([raw], tmp_path / "tables", **cache)
    assert extractors.calls == {"entities": 200, "locations": 200, "claims": 200}

    _corpus(raw / "second.jsonl", 3, first=1000)
    extractors.calls.clear()
    _build([raw], tmp_path / "tables", **cache)
    assert extractors.calls == {"entities": 3, "locations": 3, "claims": 3}

    _build([raw], tmp_path / "full")  # no cache: every article from scratch
    assert _bytes(tmp_path / "tables") == _bytes(tmp_path / "full")


def test_changing_a_parameter_reruns_its_stage_and_what_reads_it(
    extractors: Counting, tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl", 50)
    run = {"workers": 1, "cache": True, "cache_dir": str(tmp_path / "cache")}
    build([corpus], tmp_path / "tables", {"run": run})
    extractors.calls.clear()
    changed = {"run": run, "entities": {"min_length": 6}}
    build([corpus], tmp_path / "tables", changed)
    # New entity rows: entities re-runs, and so do the stages that read them, for every
    # article whose entity rows changed; nothing is served stale from the cache.
    assert extractors.calls["entities"] == 50
    build([corpus], tmp_path / "fresh", {**changed, "run": {"workers": 1, "cache": False}})
    assert _bytes(tmp_path / "tables") == _bytes(tmp_path / "fresh")

    extractors.calls.clear()
    claims_only = {**changed, "claims": {"min_length": 4}}
    build([corpus], tmp_path / "tables", claims_only)
    assert extractors.calls == {"claims": 50}


def test_sharded_tables_read_like_single_files(extractors: Counting, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl", 120)
    _build([corpus], tmp_path / "single")
    _build([corpus], tmp_path / "parts", shard_records=16)
    parts = tmp_path / "parts" / "entities.parquet"
    assert parts.is_dir() and len(table_files(parts)) >= 3
    assert not (tmp_path / "single" / "entities.parquet").is_dir()
    for name in ("articles", "entities", "locations", "claims"):
        key = list(spec(name).sort_key)
        sharded = load(name, tmp_path / "parts").sort_values(key, ignore_index=True)
        pd.testing.assert_frame_equal(sharded, load(name, tmp_path / "single"))
        # Every table has one part per shard, each sorted by the table's key.
        assert [f.name for f in table_files(parts)] == [
            f.name for f in table_files(tmp_path / "parts" / f"{name}.parquet")
        ]
        for file in table_files(tmp_path / "parts" / f"{name}.parquet"):
            part = read_frame(file, name)
            assert part.equals(part.sort_values(key, ignore_index=True))
    report = run_check(tmp_path / "parts", None)
    assert report["ok"], report["failures"]
    assert report["rows"]["entities"] == len(load("entities", tmp_path / "single"))


def test_appending_records_rewrites_only_the_last_and_new_shards(
    extractors: Counting, tmp_path: Path
) -> None:
    """Shard parts whose records are unchanged are kept as they are (the same files),
    even with the per-article results cleared; the result equals a fresh build."""
    corpus = _corpus(tmp_path / "corpus.jsonl", 200)
    cache = {"cache": True, "cache_dir": str(tmp_path / "cache")}
    _build([corpus], tmp_path / "tables", shard_records=16, **cache)
    before = {name: _inodes(tmp_path / "tables" / f"{name}.parquet") for name in TABLES}
    assert len(before["entities"]) >= 5

    with corpus.open("a", encoding="utf-8") as handle:
        rng = random.Random(7)
        handle.writelines(json.dumps(_article(rng, n)) + "\n" for n in range(1000, 1003))
    for stage in ("entities", "locations", "claims"):
        for file in (tmp_path / "cache").glob(f"{stage}.sqlite*"):
            file.unlink()
    extractors.calls.clear()
    _build([corpus], tmp_path / "tables", shard_records=16, **cache)
    after = {name: _inodes(tmp_path / "tables" / f"{name}.parquet") for name in TABLES}
    for name in TABLES:
        kept = {part for part, inode in after[name].items() if before[name].get(part) == inode}
        assert len(kept) >= len(before[name]) - 1, name  # at most the last shard changed
        assert len(after[name]) - len(kept) <= 2, name
    # Only the articles of the rewritten shards reached the entity extractor.
    assert 3 <= extractors.calls["entities"] < 200 // 4

    _build([corpus], tmp_path / "fresh", shard_records=16)
    assert _bytes(tmp_path / "tables") == _bytes(tmp_path / "fresh")
    report = run_check(tmp_path / "tables", None, {"run": cache})
    assert report["ok"] and report["rows"]["articles"] == 203


def test_a_new_file_beside_the_corpus_costs_only_its_own_articles(
    extractors: Counting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A researcher adds a batch of articles as a new file: every part of the old file is
    kept, the old file is not even read again, and only the new file's articles are
    parsed and extracted."""
    raw = tmp_path / "raw"
    raw.mkdir()
    _corpus(raw / "corpus.jsonl", 200)
    cache = {"cache": True, "cache_dir": str(tmp_path / "cache")}
    _build([raw], tmp_path / "tables", shard_records=16, **cache)
    before = {name: _inodes(tmp_path / "tables" / f"{name}.parquet") for name in TABLES}

    _corpus(raw / "new.jsonl", 7, first=500)
    for stage in ("entities", "locations", "claims"):
        for file in (tmp_path / "cache").glob(f"{stage}.sqlite*"):
            file.unlink()
    extractors.calls.clear()
    parsed: list[bytes] = []
    monkeypatch.setattr(records, "json_fields", lambda raw: parsed.append(raw) or json.loads(raw))
    read: list[str] = []
    reader = listings.read_records
    monkeypatch.setattr(
        listings, "read_records", lambda file, rel: read.append(rel) or reader(file, rel)
    )
    _build([raw], tmp_path / "tables", shard_records=16, **cache)
    after = {name: _inodes(tmp_path / "tables" / f"{name}.parquet") for name in TABLES}
    for name in TABLES:
        assert before[name].items() <= after[name].items(), name
    assert extractors.calls["entities"] == len(parsed) == 7
    assert read == ["new.jsonl"]
    _build([raw], tmp_path / "fresh", shard_records=16)
    assert _bytes(tmp_path / "tables") == _bytes(tmp_path / "fresh")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_rewritten_behind_its_listing_is_refused_then_read_again(
    extractors: Counting, tmp_path: Path, workers: int
) -> None:
    """A file edited in place with its size and modification time restored looks
    unchanged; a shard that must be rebuilt from it says so instead of mixing versions,
    and the next build reads the file afresh. With two workers the articles are read in
    a process of their own while the lexicons load; the error still reaches the caller."""
    corpus = _corpus(tmp_path / "corpus.jsonl", 40)
    cache = {"cache": True, "cache_dir": str(tmp_path / "cache"), "workers": workers}
    _build([corpus], tmp_path / "tables", shard_records=16, **cache)
    stat = corpus.stat()
    lines = corpus.read_bytes().splitlines(keepends=True)
    lines[3] = lines[3].replace(b"Report 3", b"Rep0rt 3")
    corpus.write_bytes(b"".join(lines))
    assert corpus.stat().st_size == stat.st_size
    os.utime(corpus, ns=(stat.st_atime_ns, stat.st_mtime_ns))

    with pytest.raises(ListingChanged, match=r"corpus\.jsonl#4: .* changed since it was last read"):
        _build([corpus], tmp_path / "tables", shard_records=8, **cache)
    _build([corpus], tmp_path / "tables", shard_records=8, **cache)
    _build([corpus], tmp_path / "fresh", shard_records=8)
    assert _bytes(tmp_path / "tables") == _bytes(tmp_path / "fresh")


def test_shard_boundaries_of_a_file_do_not_depend_on_other_files() -> None:
    """A file's end closes a shard only when that file brought enough records to it; a
    one-record file never does, so a directory of articles is cut by hashes alone."""

    def cut(files: dict[str, int]) -> list[list[tuple[str, int]]]:
        items = [(name, n) for name, count in files.items() for n in range(count)]
        return list(batched_shards(items, lambda item: None, lambda item: item[0], 16))

    assert cut({"a.jsonl": 10, "b.jsonl": 3}) == [
        [("a.jsonl", n) for n in range(10)],
        [("b.jsonl", n) for n in range(3)],
    ]
    assert len(cut({"a.jsonl": 3, "b.jsonl": 3})) == 1  # under a quarter of the mean
    singles = {f"{n:03d}.txt": 1 for n in range(20)}
    assert [len(shard) for shard in cut(singles)] == [20]
    with_other = cut({"a.jsonl": 3, "b.jsonl": 10, "c.jsonl": 5})
    assert with_other[-1] == [("c.jsonl", n) for n in range(5)]


def test_shards_checked_on_several_processes_give_the_same_report(
    extractors: Counting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check runs shards in parallel; its report, failures included, is the same."""
    monkeypatch.setattr(crosscheck, "POOL_BYTES", 0)  # a pool however small the tables
    corpus = _corpus(tmp_path / "corpus.jsonl", 120)
    _build([corpus], tmp_path / "tables", shard_records=16)
    assert check_tables(tmp_path / "tables", workers=2) == check_tables(tmp_path / "tables")

    part = table_files(tmp_path / "tables" / "entities.parquet")[1]
    table = pq.read_table(part)
    rows = table.to_pylist()
    rows[0]["text"] = rows[0]["text"][::-1] + "?"  # no longer the article's text there
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), part)
    report = check_tables(tmp_path / "tables", workers=2)
    assert not report["ok"] and report == check_tables(tmp_path / "tables")


def test_a_small_check_forks_no_workers(
    extractors: Counting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below `POOL_BYTES` of parts a pool costs more than it saves: the shards are checked
    in this process, with the same report."""
    corpus = _corpus(tmp_path / "corpus.jsonl", 120)
    _build([corpus], tmp_path / "tables", shard_records=16)
    expected = check_tables(tmp_path / "tables")

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("forked a pool for a small check")

    monkeypatch.setattr(crosscheck, "ProcessPoolExecutor", no_pool)
    assert check_tables(tmp_path / "tables", workers=2) == expected
    monkeypatch.setattr(crosscheck, "POOL_BYTES", 0)
    with pytest.raises(AssertionError, match="forked a pool"):
        check_tables(tmp_path / "tables", workers=2)


def test_the_chain_computes_the_largest_shard_first(extractors: Counting, tmp_path: Path) -> None:
    """The last batches in flight are the smallest shard's, so the workers end together."""
    corpus = _corpus(tmp_path / "corpus.jsonl", 120)
    _build([corpus], tmp_path / "tables", shard_records=16)
    parts = read_parts(tmp_path / "tables" / "articles.parquet")
    ordered = [part for part, _ in largest_first([(part, {}) for part in parts])]
    sizes = [part.rows() for part in ordered]
    assert sorted(ordered, key=lambda part: part.name) == parts
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]


def test_stage_commands_reuse_unchanged_shards(extractors: Counting, tmp_path: Path) -> None:
    """The DVC stage commands skip shards whose parts are up to date, like `build`."""
    corpus = _corpus(tmp_path / "corpus.jsonl", 100)
    params = {"run": {"workers": 1, "cache": True, "cache_dir": str(tmp_path / "c")}}
    params["ingest"] = {"shard_records": 16}
    tables = tmp_path / "tables"
    run_ingest([corpus], tables, params)
    for stage in (run_entities, run_locations, run_claims):
        stage(tables, params)
    extractors.calls.clear()
    for stage in (run_entities, run_locations, run_claims):
        stage(tables, params)
    assert extractors.calls == {}
    changed = {**params, "claims": {"min_length": 4}}
    run_claims(tables, changed)
    assert extractors.calls == {"claims": 100}


def test_changing_the_shard_size_rewrites_the_tables_as_a_fresh_build(
    extractors: Counting, tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl", 60)
    cache = {"cache": True, "cache_dir": str(tmp_path / "cache")}
    _build([corpus], tmp_path / "tables", shard_records=8, **cache)
    assert (tmp_path / "tables" / "entities.parquet").is_dir()
    _build([corpus], tmp_path / "tables", **cache)
    _build([corpus], tmp_path / "single")
    assert not (tmp_path / "tables" / "entities.parquet").is_dir()
    assert _bytes(tmp_path / "tables") == _bytes(tmp_path / "single")


@pytest.mark.slow
def test_dask_cluster_writes_the_local_tables(extractors: Counting, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    import cloudpickle

    cloudpickle.register_pickle_by_value(trivial)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    corpus = _corpus(tmp_path / "corpus.jsonl", 150)
    _build([corpus], tmp_path / "local", shard_records=32, workers=2)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        _build(
            [corpus],
            tmp_path / "dask",
            shard_records=32,
            scheduler=cluster.scheduler_address,
            batch_size=16,
        )
    assert _bytes(tmp_path / "dask") == _bytes(tmp_path / "local")


def test_build_prints_a_summary_line(
    extractors: Counting, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from dataset.cli import main

    corpus = _corpus(tmp_path / "corpus.jsonl", 20)
    summary = tmp_path / "summary.json"
    args = ["build", str(corpus), "--out", str(tmp_path / "t"), "--workers", "1", "--no-cache"]
    assert (
        main([*args, "--params", str(tmp_path / "none.yaml"), "--summary-json", str(summary)]) == 0
    )
    line = capsys.readouterr().out.strip().splitlines()[-1]
    rows = json.loads(summary.read_text())["rows"]
    assert line.startswith(f"build: 20 articles, 0 rejects; rows: entities {rows['entities']}")
    assert f"claims {rows['claims']}" in line and " s (ingest " in line


def test_code_version_covers_imported_helpers_and_data_not_other_stages(tmp_path: Path) -> None:
    from dataset.cache import code_files, code_version

    files = {
        "pkg/__init__.py": "",
        "pkg/helper.py": "X = 1\n",
        "pkg/stage/__init__.py": "",
        "pkg/stage/extract.py": "def f():\n    from pkg.helper import X\n    return X\n",
        "pkg/stage/data/lexicon.tsv": "a\tb\n",
        "pkg/other/__init__.py": "",
        "pkg/other/x.py": "Y = 2\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)

    def version() -> str:
        code_files.cache_clear()
        code_version.cache_clear()
        return code_version("pkg.stage.extract", str(tmp_path / "pkg/stage/extract.py"))

    first = version()
    (tmp_path / "pkg/other/x.py").write_text("Y = 3\n")
    assert version() == first
    (tmp_path / "pkg/helper.py").write_text("X = 2\n")
    second = version()
    assert second != first
    (tmp_path / "pkg/stage/data/lexicon.tsv").write_text("a\tc\n")
    assert version() != second


def test_scheduler_comes_from_cli_then_params_then_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from dataset.cli import _params, parser
    from dataset.params import RunParams, section
    from dataset.pipeline import SCHEDULER_ENV, scheduler_address

    monkeypatch.setenv(SCHEDULER_ENV, "tcp://from-env:8786")
    params_file = tmp_path / "params.yaml"
    params_file.write_text("run:\n  scheduler: tcp://from-params:8786\n")

    def address(*argv: str) -> str | None:
        args = parser().parse_args(["entities", "--params", str(params_file), *argv])
        return scheduler_address(section(_params(args), "run", RunParams))

    assert address("--scheduler", "tcp://from-cli:8786") == "tcp://from-cli:8786"
    assert address() == "tcp://from-params:8786"
    params_file.write_text("run: {}\n")
    assert address() == "tcp://from-env:8786"
    assert scheduler_address(RunParams(scheduler="local")) is None
    monkeypatch.delenv(SCHEDULER_ENV)
    assert address() is None


def test_no_progress_bar_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataset.pipeline import quiet

    monkeypatch.setenv("CI", "true")
    assert quiet()


def test_a_sharded_table_is_released_as_its_parts(extractors: Counting, tmp_path: Path) -> None:
    """A release lists a sharded table's parts and hashes their bytes in that order; the
    content hash is that of the same rows written as one file."""
    import hashlib

    from dataset.release.make import table_stats

    corpus = _corpus(tmp_path / "corpus.jsonl", 80)
    _build([corpus], tmp_path / "parts", shard_records=16)
    _build([corpus], tmp_path / "single")
    for name in ("articles", "entities"):
        files = table_files(tmp_path / "parts" / f"{name}.parquet")
        sharded = table_stats(tmp_path / "parts" / f"{name}.parquet", spec(name))
        single = table_stats(tmp_path / "single" / f"{name}.parquet", spec(name))
        assert len(files) >= 2 and sharded["parts"] == [file.name for file in files]
        joined = b"".join(file.read_bytes() for file in files)
        assert sharded["sha256"] == hashlib.sha256(joined).hexdigest()
        assert sharded["bytes"] == len(joined)
        assert (sharded["rows"], sharded["content_sha256"]) == (
            single["rows"],
            single["content_sha256"],
        )
        assert "parts" not in single
    # The published articles keep the shards, each part sorted, so they hash the same.
    from dataset.release.params import ReleaseParams
    from dataset.release.publish import publish_articles, released_spec

    published = {}
    for build_dir in ("parts", "single"):
        target = tmp_path / build_dir / "release" / "articles.parquet"
        publish_articles(tmp_path / build_dir / "articles.parquet", target, ReleaseParams())
        published[build_dir] = table_stats(target, released_spec("articles"))
    assert published["parts"]["content_sha256"] == published["single"]["content_sha256"]
    assert len(published["parts"]["parts"]) >= 2


def test_a_released_sharded_table_loads_from_its_parts(
    extractors: Counting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`load(version=…)` fetches every part a release lists, checks their joint hash and
    returns the rows; a part with other bytes is refused."""
    import dvc.api

    from dataset.release import versions
    from dataset.release.datapackage import resource
    from dataset.release.make import table_stats

    corpus = _corpus(tmp_path / "corpus.jsonl", 80)
    _build([corpus], tmp_path / "repo", shard_records=16)
    table = tmp_path / "repo" / "entities.parquet"
    entry = resource(spec("entities"), "entities.parquet", table_stats(table, spec("entities")))
    package = {"version": "0.1.0", "resources": [entry]}
    monkeypatch.setattr(versions, "release_package", lambda tag, source: package)
    monkeypatch.setattr(dvc.api, "open", lambda path, **kw: (tmp_path / "repo" / path).open("rb"))

    loaded = versions.load_version("entities", "v0.1.0", str(tmp_path))
    pd.testing.assert_frame_equal(loaded, load("entities", tmp_path / "repo"))
    part = table_files(table)[-1]
    part.write_bytes(table_files(table)[0].read_bytes())
    with pytest.raises(versions.ReleaseIntegrityError):
        versions.load_version("entities", "v0.1.0", str(tmp_path))


def test_a_failing_extractor_leaves_the_previous_tables_as_they_were(
    extractors: Counting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each stage replaces its tables only on success: ingest's new tables stand, the
    extractors' tables stay those of the last build, and no staging files are left."""
    corpus = _corpus(tmp_path / "corpus.jsonl", 60)
    _build([corpus], tmp_path / "tables", shard_records=16)
    extracted = ("entities", "locations", "claims")
    before = {name: _bytes(tmp_path / "tables")[name] for name in extracted}

    def failing(article_id, text, params, **depends):
        raise RuntimeError("extractor broke")

    monkeypatch.setattr(sys.modules["dataset.claims.extract"], "extract_claims", failing)
    with corpus.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(_article(random.Random(3), 999)) + "\n")
    with pytest.raises(RuntimeError, match="extractor broke"):
        _build([corpus], tmp_path / "tables", shard_records=16)
    assert {name: _bytes(tmp_path / "tables")[name] for name in extracted} == before
    assert not [p for p in (tmp_path / "tables").iterdir() if p.name.startswith(".")]


def _handed_ahead(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """What a build hands its check as shards checked ahead, under "ahead"."""
    from dataset import stages

    handed: dict[str, list] = {}
    run_check = stages.run_check

    def keep_ahead(tables: Path, out: Path | None, params: dict | None = None, ahead=()) -> dict:
        handed["ahead"] = list(ahead)
        return run_check(tables, out, params, handed["ahead"])

    monkeypatch.setattr(stages, "run_check", keep_ahead)
    return handed


def test_the_check_takes_the_shards_the_workers_checked_ahead(
    extractors: Counting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pool's workers check the shards written before the last batch is handed out;
    the check after the chain takes those results by the files' identity, which moving
    the parts into place keeps, and checks a shard whose files changed since."""
    handed = _handed_ahead(monkeypatch)
    corpus = _corpus(tmp_path / "corpus.jsonl", 200)
    tables = tmp_path / "tables"
    _build([corpus], tables, shard_records=16, workers=2, batch_size=8)
    ahead = handed["ahead"]
    shards = len(read_parts(tables / "articles.parquet"))
    assert 0 < len(ahead) < shards
    assert check_tables(tables, ahead=ahead) == check_tables(tables)

    checked: list[dict[str, Path]] = []
    check_unit = crosscheck._check_unit
    monkeypatch.setattr(
        crosscheck, "_check_unit", lambda unit: checked.append(unit) or check_unit(unit)
    )
    assert check_tables(tables, ahead=ahead)["ok"]
    assert len(checked) == shards - len(ahead)
    rewritten = dict(ahead[0].files)
    part = next(
        p.path
        for p in read_parts(tables / "entities.parquet")
        if rewritten["entities"] == file_identity(p.path)
    )
    os.utime(part, ns=(part.stat().st_atime_ns, part.stat().st_mtime_ns + 1))
    checked.clear()
    assert check_tables(tables, ahead=ahead)["ok"]
    assert len(checked) == shards - len(ahead) + 1


def test_a_check_too_large_for_the_main_process_is_not_run_ahead(
    extractors: Counting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check that forks its own pool after the chain is left to it: the workers would
    hold a shard's columns beside what their extraction kept."""
    handed = _handed_ahead(monkeypatch)
    monkeypatch.setattr(crosscheck, "POOL_BYTES", 0)
    corpus = _corpus(tmp_path / "corpus.jsonl", 200)
    _build([corpus], tmp_path / "tables", shard_records=16, workers=2, batch_size=8)
    assert handed["ahead"] == []
