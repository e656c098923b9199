"""`dataset <command>`: the stage commands DVC runs, plus build, load helpers and releases."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from dataset import stages
from dataset.io import TableValidationError, skip_pandera_dask_typing, write_json
from dataset.notebooks import NOTEBOOKS
from dataset.params import load_params

skip_pandera_dask_typing()

DEFAULT_TABLES = Path("data/tables")


def _params(args: argparse.Namespace) -> dict:
    params = load_params(args.params)
    run = params.setdefault("run", {}) or {}
    params["run"] = run
    if getattr(args, "workers", None) is not None:
        run["workers"] = args.workers
    if getattr(args, "scheduler", None):
        run["scheduler"] = args.scheduler
    if getattr(args, "no_cache", False):
        run["cache"] = False
    return params


def cmd_ingest(args: argparse.Namespace) -> int:
    report = stages.run_ingest(args.inputs, args.tables, _params(args))
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(
        f"ingest: {report.articles} articles, {report.rejects} rejected records "
        f"({report.duplicates} duplicates) → {args.tables}"
    )
    if report.rejects:
        print(f"ingest: rejected records are listed in {args.tables / 'rejects.parquet'}")
    return 0


def _article_stage(name: str):
    runner = getattr(stages, f"run_{name}")

    def command(args: argparse.Namespace) -> int:
        rows = runner(args.tables, _params(args))
        print(f"{name}: {rows} rows → {stages.table(args.tables, name)}")
        return 0

    return command


def cmd_check(args: argparse.Namespace) -> int:
    report = stages.run_check(args.tables, args.out, _params(args))
    if report["ok"]:
        print(f"check: all {report['checks']} checks passed")
        return 0
    print("check failed:", file=sys.stderr)
    for failure in report["failures"]:
        print(f"  {failure}", file=sys.stderr)
    return 1


def cmd_evaluate(args: argparse.Namespace) -> int:
    from dataset.evaluate.params import EvaluateParams
    from dataset.evaluate.stage import evaluate
    from dataset.params import section

    params = section(_params(args), "evaluate", EvaluateParams)
    report = evaluate(args.tables, args.gold, args.out, params)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    entities, locations, claims = (report.metrics[n] for n in ("entities", "locations", "claims"))
    print(
        f"evaluate: {entities['documents']} gold articles; entities F1 {entities['f1']:.3f}, "
        f"toponyms F1 {locations['recognition']['f1']:.3f}, "
        f"claims F1 {claims['content']['f1']:.3f} → {args.out}"
    )
    return 0


def cmd_notebooks(args: argparse.Namespace) -> int:
    from dataset.notebooks.run import NotebookError, run_notebooks

    started = time.perf_counter()
    try:
        reports = run_notebooks(
            args.notebooks,
            args.tables,
            args.metrics,
            args.out,
            tuple(args.names or NOTEBOOKS),
            workers=args.workers or 0,
        )
    except NotebookError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for report in reports:
        print(f"notebooks: {report.name}: {report.html} with {len(report.figures)} figures")
    print(f"notebooks: {len(reports)} executed in {time.perf_counter() - started:.1f} s")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    seconds: dict[str, float] = {}
    cpu_seconds: dict[str, float] = {}
    counts = stages.build(args.inputs, args.out, _params(args), seconds, cpu_seconds)
    elapsed = time.perf_counter() - started
    rows = ", ".join(f"{name} {counts[name]}" for name in ("entities", "locations", "claims"))
    stage_times = ", ".join(f"{name} {value:.1f}" for name, value in seconds.items())
    if cpu_seconds:
        cpu = ", ".join(f"{name} {value:.1f}" for name, value in cpu_seconds.items())
        stage_times += f"; extractor CPU s: {cpu}"
    print(
        f"build: {counts['articles']} articles, {counts['rejects']} rejects; rows: {rows}; "
        f"{elapsed:.1f} s ({stage_times}) → {args.out}"
    )
    if args.summary_json is not None:
        write_json(
            args.summary_json,
            {
                "rows": counts,
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "total_seconds": elapsed,
            },
        )
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from dataset.release.stage import run_publish

    rows, withheld = run_publish(args.tables, args.out, _params(args))
    print(f"publish: {rows} articles, text withheld for {withheld} → {args.out}")
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    from dataset.release.make import ReleaseRefused, build_release, commit_and_tag

    try:
        release = build_release(Path.cwd(), args.version)
    except (ReleaseRefused, RuntimeError, ValueError) as error:  # ValueError: schema, semver
        print(f"release refused: {error}", file=sys.stderr)
        return 2
    for res in release.package["resources"]:
        print(f"  {res['name']}: {res['rows']} rows, {res['hash']}")
    print("wrote " + ", ".join(release.files))
    if args.commit:
        commit_and_tag(release)
        print(f"committed and tagged {release.version.tag}; now publish it:")
        commands = release.publish_commands()[3:]
    else:
        print(f"review the files, then publish {release.version.tag}:")
        commands = release.publish_commands()
    for command in commands:
        print(f"  {command}")
    return 0


def cmd_rehydrate(args: argparse.Namespace) -> int:
    from dataset.release.stage import run_rehydrate

    report = run_rehydrate(
        args.sources, args.out, _params(args), args.articles, args.version, args.repo
    )
    for message in report.refused:
        print(f"refused: {message}", file=sys.stderr)
    print(
        f"rehydrate: restored {report.restored} texts, {report.still_withheld} still withheld, "
        f"{len(report.refused)} refused → {args.out}"
    )
    return 1 if report.refused else 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="dataset", description=__doc__)
    commands = main.add_subparsers(dest="command", required=True)

    def add(name: str, handler, help_text: str, tables: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--params", type=Path, default=Path("params.yaml"), help="params file")
        sub.add_argument("--workers", type=int, help="worker processes (default: all cores)")
        sub.add_argument(
            "--scheduler",
            help="Dask scheduler address (tcp://host:8786) to run on instead of local "
            "processes (default: run.scheduler in params.yaml, else $CONFLICT_NEWS_SCHEDULER)",
        )
        sub.add_argument(
            "--no-cache",
            action="store_true",
            help="recompute every article instead of reusing cached per-article results",
        )
        if tables:
            sub.add_argument("--tables", type=Path, default=DEFAULT_TABLES, help="tables directory")
        sub.set_defaults(handler=handler)
        return sub

    ingest = add("ingest", cmd_ingest, "Read raw articles into the articles table.")
    ingest.add_argument("inputs", nargs="*", type=Path, default=[Path("data/raw")])
    for name, help_text in (
        ("entities", "Extract named-entity mentions from the articles."),
        ("locations", "Resolve place mentions against GeoNames."),
        ("claims", "Extract attributed claims and their quantities."),
    ):
        add(name, _article_stage(name), help_text)
    check = add("check", cmd_check, "Validate the tables against each other.")
    check.add_argument("--out", type=Path, default=Path("metrics/check.json"))
    evaluate = add("evaluate", cmd_evaluate, "Score the tables against gold annotations.")
    evaluate.add_argument("--gold", type=Path, default=Path("data/gold"), help="gold directory")
    evaluate.add_argument("--out", type=Path, default=Path("metrics"), help="metrics directory")
    notebooks = add("notebooks", cmd_notebooks, "Execute the analysis notebooks into reports.")
    notebooks.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help=f"notebooks to run (default: {', '.join(NOTEBOOKS)})",
    )
    notebooks.add_argument("--notebooks", type=Path, default=Path("notebooks"))
    notebooks.add_argument("--metrics", type=Path, default=Path("metrics"))
    notebooks.add_argument("--out", type=Path, default=Path("reports"))
    build = add("build", cmd_build, "Run the whole pipeline on files or folders.", tables=False)
    build.add_argument("inputs", nargs="+", type=Path)
    build.add_argument("--out", type=Path, required=True, help="directory for the tables")
    build.add_argument(
        "--summary-json", type=Path, help="also write row counts and stage times as JSON"
    )
    publish = add("publish", cmd_publish, "Write the articles table a release publishes.")
    publish.add_argument("--out", type=Path, default=Path("data/release"))
    release = add("release", cmd_release, "Verify the tables and write release X.Y.Z's metadata.")
    release.add_argument("version", help="semantic version X.Y.Z (equal to pyproject.toml's)")
    release.add_argument("--commit", action="store_true", help="also git commit and tag")
    rehydrate = add(
        "rehydrate", cmd_rehydrate, "Restore withheld article text from your own copy.", False
    )
    rehydrate.add_argument("sources", nargs="+", type=Path, help="your copy: files or folders")
    rehydrate.add_argument("--out", type=Path, required=True, help="restored articles.parquet")
    rehydrate.add_argument(
        "--articles",
        type=Path,
        default=Path("data/release/articles.parquet"),
        help="released articles table to restore (ignored with --version)",
    )
    rehydrate.add_argument("--version", help="restore a release's articles, e.g. v0.1.0")
    rehydrate.add_argument("--repo", help="repository of the release (default: see load)")
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.handler(args)
    except (TableValidationError, FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def run() -> None:
    """The `dataset` command: `main`, then an exit that skips the interpreter's teardown.

    Freeing the lexicons and the gazetteer object by object took about half a CPU-second
    at the end of every command that loaded them, a tenth of a small incremental build.
    By then every file is written, renamed and closed; only the standard streams are
    still buffered. An exception leaves the ordinary way, with its traceback.
    """
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
