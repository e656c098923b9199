"""The pipeline's stage commands: the I/O edge around the pure extractors.

DVC, `dataset build` and the tests all call these, so every route runs the same code.
"""

from __future__ import annotations

import time
from pathlib import Path

from dataset.ingest.stage import IngestReport, ingest
from dataset.io import write_json
from dataset.params import IngestParams, RunParams, params_hash, section
from dataset.pipeline import run_article_stage


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
    )


def _run_extractor(
    tables: Path,
    params: dict,
    name: str,
    extract,
    stage_params: object,
    depends: tuple[str, ...] = (),
    metadata: dict | None = None,
) -> int:
    """Apply one stage's extractor to every article and write its table."""
    return run_article_stage(
        extract,
        stage_params,
        table(tables, "articles"),
        table(tables, name),
        name,
        section(params, "run", RunParams),
        depends={dependency: table(tables, dependency) for dependency in depends},
        metadata={"stage": name, "params_hash": params_hash(stage_params), **(metadata or {})},
    )


def run_entities(tables: Path, params: dict) -> int:
    from dataset.entities.extract import extract_entities, preload
    from dataset.entities.params import EntityParams

    stage_params = section(params, "entities", EntityParams)
    preload(stage_params)
    return _run_extractor(tables, params, "entities", extract_entities, stage_params)


def run_locations(tables: Path, params: dict) -> int:
    from dataset.locations.params import LocationParams
    from dataset.locations.resolve import gazetteer_metadata, resolve_locations

    stage_params = section(params, "locations", LocationParams)
    return _run_extractor(
        tables,
        params,
        "locations",
        resolve_locations,
        stage_params,
        depends=("entities",),
        metadata=gazetteer_metadata(),  # loads the gazetteer before workers fork
    )


def run_claims(tables: Path, params: dict) -> int:
    from dataset.claims.extract import extract_claims, preload
    from dataset.claims.params import ClaimParams

    stage_params = section(params, "claims", ClaimParams)
    preload(stage_params)
    return _run_extractor(
        tables, params, "claims", extract_claims, stage_params, depends=("entities",)
    )


def run_check(tables: Path, out: Path | None) -> dict:
    from dataset.check.crosscheck import check_tables

    report = check_tables(Path(tables))
    if out is not None:
        write_json(out, report)
    return report


def release_memory() -> None:
    """Hand memory freed by the previous stage back to the system before the next one
    (and before its workers fork), so one process running every stage stays as small as
    the largest stage alone."""
    import ctypes
    import gc
    from contextlib import suppress

    import pyarrow

    gc.collect()
    pyarrow.default_memory_pool().release_unused()
    with suppress(OSError, AttributeError):  # not glibc: nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def build(
    inputs: list[Path], out: Path, params: dict, seconds: dict[str, float] | None = None
) -> dict[str, int]:
    """The whole pipeline without DVC: the same stage code, one call.

    Returns the row count of every table; `seconds`, when given, receives each stage's
    wall time (the benchmark and the CLI's summary line report them).
    """
    timings = seconds if seconds is not None else {}
    started = time.perf_counter()
    report = run_ingest(inputs, out, params)
    counts = {"articles": report.articles, "rejects": report.rejects}
    timings["ingest"] = time.perf_counter() - started
    for name, runner in (
        ("entities", run_entities),
        ("locations", run_locations),
        ("claims", run_claims),
    ):
        release_memory()
        started = time.perf_counter()
        counts[name] = runner(out, params)
        timings[name] = time.perf_counter() - started
    release_memory()
    started = time.perf_counter()
    report = run_check(out, None)
    timings["check"] = time.perf_counter() - started
    if not report["ok"]:
        raise ValueError(
            "the built tables failed their cross-checks:\n  " + "\n  ".join(report["failures"])
        )
    return counts
