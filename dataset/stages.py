"""The pipeline's stage commands: the I/O edge around the pure extractors.

DVC, `dataset build` and the tests all call these, so every route runs the same code.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TypeVar

from dataset import memory
from dataset.chain import Step, run_chain
from dataset.ingest.stage import IngestReport, ingest
from dataset.io import write_json
from dataset.params import IngestParams, RunParams, params_hash, section
from dataset.pipeline import cache_dir, run_article_stage, scheduler_address, worker_count

T = TypeVar("T")


def table(tables: Path, name: str) -> Path:
    return Path(tables) / f"{name}.parquet"


def run_ingest(inputs: list[Path], tables: Path, params: dict) -> IngestReport:
    ingest_params = section(params, "ingest", IngestParams)
    run = section(params, "run", RunParams)
    Path(tables).mkdir(parents=True, exist_ok=True)
    return ingest(
        [Path(p) for p in inputs],
        table(tables, "articles"),
        table(tables, "rejects"),
        ingest_params,
        batch_size=run.batch_size,
        cache_dir=cache_dir(run),
    )


def entities_step(params: dict) -> Step:
    from dataset.entities.extract import extract_entities, preload
    from dataset.entities.params import EntityParams

    stage_params = section(params, "entities", EntityParams)
    return _step("entities", extract_entities, stage_params, prepare=partial(preload, stage_params))


def locations_step(params: dict) -> Step:
    from dataset.locations.params import LocationParams
    from dataset.locations.resolve import gazetteer_metadata, preload, resolve_locations

    stage_params = section(params, "locations", LocationParams)
    metadata = gazetteer_metadata()
    # Loading the gazetteer (and respelling tables) before workers fork leaves their
    # pages shared between them.
    return _step(
        "locations",
        resolve_locations,
        stage_params,
        ("entities",),
        metadata,
        prepare=partial(preload, stage_params),
    )


def claims_step(params: dict) -> Step:
    from dataset.claims.extract import extract_claims, preload
    from dataset.claims.params import ClaimParams

    stage_params = section(params, "claims", ClaimParams)
    prepare = partial(preload, stage_params)
    return _step("claims", extract_claims, stage_params, ("entities",), prepare=prepare)


def _step(
    name: str,
    extract: Callable[..., list[dict]],
    stage_params: object,
    depends: tuple[str, ...] = (),
    metadata: dict | None = None,
    prepare: Callable[[], None] | None = None,
) -> Step:
    """A stage's extractor with the provenance its table's metadata records."""
    provenance = {"stage": name, "params_hash": params_hash(stage_params), **(metadata or {})}
    return Step(name, extract, stage_params, depends, provenance, prepare)


def run_step(tables: Path, params: dict, step: Step) -> int:
    """Apply one stage's extractor to every article and write its table (a DVC stage)."""
    return run_article_stage(
        step.extract,
        step.params,
        table(tables, "articles"),
        table(tables, step.table),
        step.table,
        section(params, "run", RunParams),
        depends={dependency: table(tables, dependency) for dependency in step.depends},
        metadata=step.metadata,
        prepare=step.prepare,
    )


def run_entities(tables: Path, params: dict) -> int:
    return run_step(tables, params, entities_step(params))


def run_locations(tables: Path, params: dict) -> int:
    return run_step(tables, params, locations_step(params))


def run_claims(tables: Path, params: dict) -> int:
    return run_step(tables, params, claims_step(params))


def run_check(
    tables: Path, out: Path | None, params: dict | None = None, ahead: Iterable = ()
) -> dict:
    """Cross-check the tables; shards that passed before are skipped when caching is on,
    and so are the shards `ahead` holds the results of (`crosscheck.check_ahead`)."""
    from dataset.check.crosscheck import check_tables

    run = section(params, "run", RunParams) if params is not None else None
    if run is None:
        report = check_tables(Path(tables), ahead=ahead)
    else:
        report = check_tables(Path(tables), cache_dir(run), worker_count(run), ahead)
    if out is not None:
        write_json(out, report)
    return report


@contextmanager
def _beside(fork: bool, function: Callable[..., T], *args: object) -> Iterator[Future[T]]:
    """`function(*args)` in a forked process while this one goes on, when `fork` (and the
    platform can fork); else here and now. Its exception is raised by `result()`."""
    if not fork or "fork" not in multiprocessing.get_all_start_methods():
        done: Future[T] = Future()
        try:
            done.set_result(function(*args))
        except Exception as error:  # raised by result(), as from the forked process
            done.set_exception(error)
        yield done
        return
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as process:
        yield process.submit(function, *args)


def build(
    inputs: list[Path],
    out: Path,
    params: dict,
    seconds: dict[str, float] | None = None,
    cpu_seconds: dict[str, float] | None = None,
) -> dict[str, int]:
    """The whole pipeline without DVC: the same stage code, one call.

    On local processes the extractors run as one chain (`dataset.chain`), and with more
    than one worker the articles are read in a forked process while this one loads the
    lexicons; on a Dask cluster, stage by stage (its workers cannot reach the local
    cache). Returns the row count of every table; `seconds`, when given, receives each
    phase's wall time and `cpu_seconds` each extractor's CPU time (the CLI's summary line
    and the benchmark report them).
    """
    # What is imported by now lives as long as the process: frozen, it is walked by no
    # collection (before each pool forks, after each validation) and shared by every
    # forked process. The chain's and the check's pools freeze what came since.
    with memory.frozen_heap(collect=False):
        return _build(inputs, out, params, seconds if seconds is not None else {}, cpu_seconds)


def _build(
    inputs: list[Path],
    out: Path,
    params: dict,
    timings: dict[str, float],
    cpu_seconds: dict[str, float] | None,
) -> dict[str, int]:
    run = section(params, "run", RunParams)
    local = scheduler_address(run) is None
    started = time.perf_counter()
    with _beside(local and worker_count(run) > 1, run_ingest, inputs, out, params) as ingesting:
        steps = (
            (entities_step(params), locations_step(params), claims_step(params)) if local else ()
        )
        for step in steps:
            if step.prepare is not None:
                step.prepare()  # the lexicons load while the articles are read
        report = ingesting.result()
    counts = {"articles": report.articles, "rejects": report.rejects}
    timings["ingest"] = time.perf_counter() - started
    started = time.perf_counter()
    checked: list = []  # shards the chain's workers checked beside its last writes
    if local:
        rows, cpu = run_chain(steps, table(out, "articles"), out, run, checked)
        counts.update(rows)
        if cpu_seconds is not None:
            cpu_seconds.update(cpu)
        timings["extract"] = time.perf_counter() - started
    else:
        for name, runner in (
            ("entities", run_entities),
            ("locations", run_locations),
            ("claims", run_claims),
        ):
            memory.release_memory()
            started = time.perf_counter()
            counts[name] = runner(out, params)
            timings[name] = time.perf_counter() - started
    started = time.perf_counter()
    report = run_check(out, None, params, checked)
    timings["check"] = time.perf_counter() - started
    if not report["ok"]:
        raise ValueError(
            "the built tables failed their cross-checks:\n  " + "\n  ".join(report["failures"])
        )
    return counts
