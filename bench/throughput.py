"""Throughput, memory and incremental-build benchmark on the BBC News corpus.

Runs the project's CLI as a user does (`python -m dataset build corpus.jsonl --out DIR`, a
subprocess) on the BBC corpus (2,225 articles, 854k words) and on a corpus N times larger
made from it (ids varied, so every copy is a new article), and prints articles/s, words/s,
each stage's time, and the peak memory of the build's process tree. In the same run it times
two references on the same text: the floor (read each article and hash it) and the bare
spaCy English tokenizer, and prints the build's ratio to both. It also times an
incremental rebuild (a new file of 1 % new articles beside the corpus),
`dataset.load("entities")` of a 1,000,000-row table, and a `dvc repro` with nothing to do.

Every build runs twice over: with the real extractors (when they are on this branch) and
with `bench/trivial.py`, whose near-free extractors show the runner and I/O overhead alone.

    PYTHONPATH=$PWD /work/venv/bin/python bench/throughput.py [--scale 10] [--skip-10x]

The corpus is licence-restricted and read from ../shared/corpora; without it the
benchmark says so and exits cleanly.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import corpora_dir  # noqa: E402
from dataset.evaluate.corpora import read_corpus  # noqa: E402

PYTHON = sys.executable
CORPUS_NAME = Path("bbc_news/bbc_news.jsonl.gz")


def find_corpus() -> Path | None:
    candidate = corpora_dir() / CORPUS_NAME
    return candidate if candidate.exists() else None


def read_bbc(path: Path) -> list[dict]:
    return [{"id": r["doc_id"], "title": r["title"], "text": r["text"]} for r in read_corpus(path)]


def write_jsonl(path: Path, records: list[dict], copies: int = 1, tag: str = "") -> Path:
    """The records `copies` times; copy k > 0 gets `-x<k>` on its id (a new article)."""
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(copies):
            suffix = f"-x{copy}" if copy else ""
            for record in records:
                handle.write(json.dumps({**record, "id": record["id"] + suffix + tag}) + "\n")
    return path


@dataclass
class Run:
    seconds: float
    cpu_seconds: float
    peak_tree_rss: int
    peak_process_rss: int
    summary: dict = field(default_factory=dict)


def run_measured(command: list[str], cwd: Path, env: dict[str, str], observe: bool) -> Run:
    """Run a command; with `observe`, poll its process tree's memory every 50 ms.

    Polling is not free: reading a process's page map (`/proc/PID/smaps`) holds its memory
    map's lock and takes a core, which slowed a 1× BBC build by 0.6-1.2 s of its 5 s on
    two cores. So a build is timed unobserved, and its memory is measured in another run.
    The tree's figure is the sum of PSS (proportional set size): pages the workers share
    with the parent after fork (a gazetteer, the interpreter) count once, not per process
    as a sum of RSS would. The largest single process's RSS is reported beside it.
    """
    before = os.times()
    started = time.perf_counter()
    process = psutil.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, text=True)
    peak_tree = peak_one = 0
    while process.poll() is None:
        if not observe:
            time.sleep(0.01)
            continue
        total = 0
        try:
            tree = [process, *process.children(recursive=True)]
        except psutil.Error:
            tree = []
        for member in tree:
            try:
                memory = member.memory_full_info()
            except psutil.Error:
                continue
            total += memory.pss
            peak_one = max(peak_one, memory.rss)
        peak_tree = max(peak_tree, total)
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    output = process.stdout.read() if process.stdout else ""
    after = os.times()
    if process.returncode:
        raise SystemExit(f"command failed ({process.returncode}): {' '.join(command)}\n{output}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return Run(elapsed, cpu, peak_tree, peak_one)


def _build(
    module: str,
    corpus: Path,
    out: Path,
    workdir: Path,
    extra: list[str],
    stand_ins: str = "",
    observe: bool = False,
) -> Run:
    summary = workdir / "summary.json"
    command = [
        PYTHON,
        "-m",
        module,
        "build",
        str(corpus),
        "--out",
        str(out),
        "--params",
        str(ROOT / "params.yaml"),
        "--summary-json",
        str(summary),
        *extra,
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CI": "1", "BENCH_TRIVIAL_STAGES": stand_ins}
    run = run_measured(command, workdir, env, observe)
    run.summary = json.loads(summary.read_text())
    return run


def mib(value: int) -> str:
    return f"{value / 2**20:,.0f} MiB"


def floor_reference(corpus: Path) -> float:
    """Read every article and hash its text: what any build must at least pay."""
    started = time.perf_counter()
    with corpus.open("rb") as handle:
        for line in handle:
            hashlib.sha256(json.loads(line)["text"].encode("utf-8")).digest()
    return time.perf_counter() - started


def spacy_reference(corpus: Path) -> float | None:
    """The bare spaCy English tokenizer over the same texts (no model, no pipeline)."""
    try:
        import spacy
    except ImportError:
        return None
    with corpus.open("rb") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    tokenizer = spacy.blank("en").tokenizer
    started = time.perf_counter()
    for _ in tokenizer.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - started


def report_build(label: str, run: Run, words: int, floor: float, spacy: float | None) -> None:
    rows = run.summary["rows"]
    articles = rows["articles"]
    stages = ", ".join(f"{k} {v:.2f} s" for k, v in run.summary["seconds"].items())
    print(f"  {label}: {run.seconds:.2f} s wall ({run.cpu_seconds:.2f} s CPU in the build)")
    print(
        f"    {articles / run.seconds:,.0f} articles/s, {words / run.seconds:,.0f} words/s "
        f"(per CPU-second: {words / run.cpu_seconds:,.0f} words)"
    )
    print(f"    stages (in-process): {stages}")
    cpu = run.summary.get("cpu_seconds") or {}
    if cpu:
        print("    extractor CPU (workers): " + ", ".join(f"{k} {v:.2f} s" for k, v in cpu.items()))
    print(
        "    rows: "
        + ", ".join(f"{name} {rows[name]:,}" for name in ("entities", "locations", "claims"))
        + f"; rejects {rows['rejects']}"
    )
    ratios = f"    × floor: {run.seconds / floor:,.1f}"
    if spacy:
        ratios += f"; × spaCy tokenizer: {run.seconds / spacy:,.2f}"
    print(ratios)


def report_memory(label: str, run: Run) -> None:
    print(
        f"    peak memory ({label}, a second build sampled every 50 ms, {run.seconds:.2f} s "
        f"wall under sampling): {mib(run.peak_tree_rss)} process tree (sum of PSS), "
        f"{mib(run.peak_process_rss)} RSS of the largest process"
    )


def bench_engine(
    label: str,
    module: str,
    records: list[dict],
    scales: list[int],
    work: Path,
    extra: list[str],
    options: argparse.Namespace,
    stand_ins: str = "",
) -> None:
    print(f"\n== {label} (python -m {module} build) ==")
    extra = list(extra)

    def build(*args: object, **kwargs: object) -> Run:
        return _build(*args, **kwargs, stand_ins=stand_ins)

    peaks: dict[int, int] = {}
    for scale in scales:
        name = f"{module.replace('.', '_')}-{scale}x"
        workdir = work / name
        (workdir / "raw").mkdir(parents=True)
        corpus = write_jsonl(workdir / "raw" / "corpus.jsonl", records, copies=scale)
        words = sum(len(r["text"].split()) for r in records) * scale
        floor = floor_reference(corpus)
        spacy = spacy_reference(corpus)
        print(
            f"{scale}× corpus: {len(records) * scale:,} articles, {words:,} words; "
            f"floor {floor:.2f} s ({words / floor:,.0f} words/s)"
            + (f"; spaCy tokenizer {spacy:.2f} s ({words / spacy:,.0f} words/s)" if spacy else "")
        )
        full = build(module, workdir / "raw", workdir / "tables", workdir, extra)
        report_build("full build, cold cache", full, words, floor, spacy)
        # The same cold build again, observed, in a directory of its own (a cold cache).
        (workdir / "observed").mkdir()
        observed = build(
            module, workdir / "raw", workdir / "observed" / "tables", workdir / "observed",
            extra, observe=True,
        )  # fmt: skip
        report_memory("cold cache", observed)
        peaks[scale] = observed.peak_tree_rss
        if not options.skip_nocache:
            nocache = build(
                module, workdir / "raw", workdir / "nocache", workdir, [*extra, "--no-cache"]
            )
            report_build("full build, cache off", nocache, words, floor, spacy)
            (workdir / "observed-nocache").mkdir()
            observed = build(
                module, workdir / "raw", workdir / "observed-nocache" / "tables",
                workdir / "observed-nocache", [*extra, "--no-cache"], observe=True,
            )  # fmt: skip
            report_memory("cache off", observed)
            peaks[scale] = max(peaks[scale], observed.peak_tree_rss)

        # New articles arrive as a new file beside the corpus, as a researcher adds a batch.
        added = max(1, len(records) * scale // 100)
        write_jsonl(workdir / "raw" / "new.jsonl", records[:added], tag="-new")
        incremental = build(module, workdir / "raw", workdir / "tables", workdir, extra)
        print(
            f"  +1 % articles ({added}): incremental rebuild {incremental.seconds:.2f} s wall "
            f"= {100 * incremental.seconds / full.seconds:.1f} % of the full build; "
            f"CPU {incremental.cpu_seconds:.2f} s = "
            f"{100 * incremental.cpu_seconds / full.cpu_seconds:.1f} % of the full build's; "
            "stages: "
            + ", ".join(f"{k} {v:.2f}" for k, v in incremental.summary["seconds"].items())
        )
        if not options.skip_verify:
            build(module, workdir / "raw", workdir / "fresh", workdir, [*extra, "--no-cache"])
            same = all(
                _table_bytes(workdir / "tables", t) == _table_bytes(workdir / "fresh", t)
                for t in ("articles", "entities", "locations", "claims")
            )
            print(f"  incremental tables byte-identical to a full rebuild: {same}")
        shutil.rmtree(workdir)
    if len(peaks) > 1:
        small, large = min(peaks), max(peaks)
        print(
            f"  peak memory (tree PSS) {large}× / {small}×: {peaks[large] / peaks[small]:.2f} "
            f"({mib(peaks[large])} / {mib(peaks[small])})"
        )


def _table_bytes(tables: Path, name: str) -> list[bytes]:
    from dataset.io import table_files

    return [f.read_bytes() for f in table_files(tables / f"{name}.parquet")]


def bench_load(work: Path, rows: int) -> None:
    """`dataset.load("entities")` of a generated table, as a file and as parts."""
    import numpy as np
    import pyarrow

    sys.path.insert(0, str(ROOT))
    import dataset
    from dataset.io import TableWriter
    from dataset.tables import spec

    print(f"\n== dataset.load('entities') of {rows:,} rows ==")
    rng = np.random.default_rng(0)
    per_article = 50
    numbers = np.arange(rows)
    article = numbers // per_article
    article_ids = np.char.mod("%016x", article).astype(object)
    start = (numbers % per_article) * 20 + rng.integers(0, 5, rows)
    names = np.array(["Kabul", "Taliban", "Joe Biden", "Herat", "United Nations"], dtype=object)
    labels = np.array(["GPE", "ORG", "PERSON", "GPE", "ORG"], dtype=object)
    pick = rng.integers(0, len(names), rows)
    text = names[pick]
    lengths = np.array([len(t) for t in names])[pick]
    mention = np.char.add(
        np.char.add(article_ids.astype(str), "-e"), (numbers % per_article).astype(str)
    )
    table = pyarrow.table(
        {
            "article_id": article_ids.astype(str),
            "mention_id": mention,
            "start": start,
            "end": start + lengths,
            "text": text.astype(str),
            "label": labels[pick].astype(str),
            "entity_key": np.char.add(
                np.char.add(labels[pick].astype(str), ":"),
                np.char.replace(np.char.lower(text.astype(str)), " ", "_"),
            ),
            "canonical": text.astype(str),
            "sentence": (numbers % per_article) // 5,
            "method": np.full(rows, "bench"),
            "confidence": rng.random(rows),
            "parent_mention_id": pyarrow.nulls(rows, pyarrow.string()),
        }
    ).cast(spec("entities").arrow_schema)
    for label, partition_rows in (("single file", 0), ("partitioned, 262,144 rows/part", 262_144)):
        directory = work / f"load-{partition_rows}"
        started = time.perf_counter()
        with TableWriter(
            directory / "entities.parquet", "entities", partition_rows=partition_rows
        ) as writer:
            for offset in range(0, rows, 65_536):
                writer.write(table.slice(offset, 65_536))
        written = time.perf_counter() - started
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            frame = dataset.load("entities", directory)
            timings.append(time.perf_counter() - started)
        assert len(frame) == rows
        print(
            f"  {label}: load {min(timings):.3f} s (best of 3; first {timings[0]:.3f} s), "
            f"{rows / min(timings):,.0f} rows/s; validated write {written:.2f} s"
        )
        shutil.rmtree(directory)


def bench_dvc(work: Path, records: list[dict]) -> None:
    """`dvc repro` on a copy of the repository, then again with nothing to do."""
    print("\n== dvc repro (copy of the repository, BBC corpus in data/raw) ==")
    dvc = Path(PYTHON).with_name("dvc")
    if not dvc.exists():
        print("  skipped: dvc is not installed")
        return
    repo = work / "repo"
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    for name in files:
        target = repo / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    write_jsonl(repo / "data" / "raw" / "bbc.jsonl", records)
    shims = work / "bin"
    shims.mkdir()
    (shims / "dataset").write_text(f'#!/bin/sh\nexec {PYTHON} -m dataset "$@"\n')
    (shims / "dataset").chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{shims}:{Path(PYTHON).parent}:{os.environ['PATH']}",
        "PYTHONPATH": str(repo),
        "CI": "1",
    }
    quiet = {"cwd": repo, "env": env, "capture_output": True, "text": True}
    subprocess.run(["git", "init", "-q"], check=True, **quiet)
    subprocess.run(["git", "add", "-A"], check=True, **quiet)
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=bench",
            "-c",
            "user.email=bench@example.org",
            "commit",
            "-qm",
            "x",
        ],
        check=True,
        **quiet,
    )
    first = run_measured([str(dvc), "repro", "--quiet"], repo, env, observe=False)
    print(f"  first dvc repro (real extractors): {first.seconds:.2f} s")
    version = min(
        run_measured([str(dvc), "--version"], repo, env, observe=False).seconds for _ in range(3)
    )
    print(f"  reference: `dvc --version` (DVC's own start-up) {version:.2f} s best of 3")
    timings = [
        run_measured([str(dvc), "repro"], repo, env, observe=False).seconds for _ in range(3)
    ]
    print(
        f"  no-op dvc repro: {min(timings):.2f} s best of 3 "
        f"({', '.join(f'{t:.2f}' for t in timings)})"
    )
    status = run_measured([str(dvc), "status"], repo, env, observe=False)
    print(f"  dvc status: {status.seconds:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10, help="size of the large corpus (× BBC)")
    parser.add_argument("--skip-10x", action="store_true", help="only the 1× corpus")
    parser.add_argument("--skip-real", action="store_true", help="skip the real extractors")
    parser.add_argument("--skip-trivial", action="store_true", help="skip the trivial extractors")
    parser.add_argument("--skip-load", action="store_true", help="skip the load benchmark")
    parser.add_argument("--skip-dvc", action="store_true", help="skip the dvc repro benchmark")
    parser.add_argument("--load-rows", type=int, default=1_000_000)
    parser.add_argument("--skip-nocache", action="store_true", help="no cache-off build")
    parser.add_argument(
        "--skip-verify", action="store_true", help="no byte comparison with a fresh rebuild"
    )
    parser.add_argument("--workers", type=int, help="worker processes (default: all cores)")
    args = parser.parse_args()

    corpus = find_corpus()
    if corpus is None:
        print("skipped: the BBC corpus (../shared/corpora/bbc_news) is not available")
        return 0
    records = read_bbc(corpus)
    print(
        f"BBC corpus: {len(records):,} articles; machine: {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    scales = [1] if args.skip_10x else [1, args.scale]
    extra = ["--workers", str(args.workers)] if args.workers else []
    with tempfile.TemporaryDirectory(prefix="conflict-news-bench-") as tmp:
        work = Path(tmp)
        if not args.skip_real:
            bench_engine("real extractors", "dataset", records, scales, work, extra, args)
        if not args.skip_trivial:
            bench_engine(
                "trivial extractors: runner + I/O overhead",
                "bench.trivial",
                records,
                scales,
                work,
                extra,
                args,
                stand_ins="entities,locations,claims",
            )
        if not args.skip_load:
            bench_load(work, args.load_rows)
        if not args.skip_dvc:
            bench_dvc(work, records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
