"""Where the wall time of one `dataset build` goes: a timeline of the main process and
its workers.

    PYTHONPATH=$PWD python bench/timeline.py corpus.jsonl [--out DIR] [--events FILE]

Runs the build in this process (as `python -m dataset build` does) with the stage
functions wrapped to log when each starts and ends, in which process, with that process's
CPU time: ingest (a forked process), loading the lexicons, each worker's batches (and
the shards it checked ahead), the main process's part writes and cache writes, and the
check. (The extractor modules are imported before the build starts, to be wrapped, so
their import counts in the start-up.) Prints
the phases on the critical path and, for the extraction, each process's busy wall time
beside its CPU time: a worker whose batches took longer in wall time than in CPU time
waited for a core (the main process or another program had it). The timestamps share
one monotonic clock, so the workers' events line up with the main process's. Nothing
the build writes changes.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STARTED = time.perf_counter()
MAIN = os.getpid()


class Log:
    """Events as (seconds since start, process CPU seconds, pid, name); the workers', which
    are forked, go to one file each and are read back at the end."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.events: list[tuple[float, float, int, str]] = []

    def add(self, name: str) -> None:
        event = (time.perf_counter() - STARTED, time.process_time(), os.getpid(), name)
        if event[2] == MAIN:
            self.events.append(event)
        else:
            with (self.directory / f"events.{event[2]}").open("a") as handle:
                handle.write(json.dumps(event) + "\n")

    def all(self) -> list[tuple[float, float, int, str]]:
        events = list(self.events)
        for file in self.directory.glob("events.*"):
            events += [tuple(json.loads(line)) for line in file.read_text().splitlines()]
        return sorted(events)


def wrap(log: Log, owner: object, name: str, label: str) -> None:
    """Log `label>` and `label<` around every call of `owner.name`."""
    function = getattr(owner, name)

    @functools.wraps(function)
    def logged(*args, **kwargs):
        log.add(label + ">")
        try:
            return function(*args, **kwargs)
        finally:
            log.add(label + "<")

    setattr(owner, name, logged)


def instrument(log: Log) -> None:
    import concurrent.futures.process as futures_process

    import dataset.claims.extract as claims
    import dataset.entities.extract as entities
    from dataset import cache, chain, io, memory, stages
    from dataset.check import crosscheck

    wrap(log, stages, "run_ingest", "ingest")
    wrap(log, stages, "run_check", "check")
    wrap(log, stages, "run_chain", "chain")
    wrap(log, chain, "run_chain_batch", "batch")
    # Sent to the workers by reference: the module's name must give the wrapped function.
    wrap(log, crosscheck, "check_ahead", "check ahead")
    chain.check_ahead = crosscheck.check_ahead
    wrap(log, entities, "preload", "load entities")
    wrap(log, claims, "preload", "load claims")
    wrap(log, memory, "release_memory", "release memory")
    wrap(log, io.TableWriter, "_validate_unchecked", "validate")
    wrap(log, io.TableWriter, "_write_group", "write")
    wrap(log, cache.ResultCache, "put_many", "cache write")
    wrap(log, futures_process.ProcessPoolExecutor, "shutdown", "pool shutdown")


def spans(events: list[tuple[float, float, int, str]]) -> list[tuple[int, str, float, float]]:
    """(pid, label, wall seconds, CPU seconds) of every matched `label>` … `label<`."""
    open_: dict[tuple[int, str], tuple[float, float]] = {}
    found = []
    for wall, cpu, pid, name in events:
        label = name[:-1]
        if name.endswith(">"):
            open_[(pid, label)] = (wall, cpu)
        elif (pid, label) in open_:
            wall0, cpu0 = open_.pop((pid, label))
            found.append((pid, label, wall - wall0, cpu - cpu0))
    return found


def first(events: list, label: str, pid: int | None = None) -> float:
    return min(w for w, _c, p, n in events if n == label and (pid is None or p == pid))


def last(events: list, label: str, pid: int | None = None) -> float:
    return max(w for w, _c, p, n in events if n == label and (pid is None or p == pid))


def report(events: list[tuple[float, float, int, str]], total: float) -> None:
    workers = sorted({p for _w, _c, p, n in events if n == "batch>"})
    start_batches = first(events, "batch>")
    end_batches = last(events, "batch<")
    print("critical path (wall s):")
    print(f"  start-up and imports       {first(events, 'ingest>'):6.2f}")
    print(f"  ingest beside the lexicons {first(events, 'chain>') - first(events, 'ingest>'):6.2f}")
    print(f"  chain set-up, pool start   {start_batches - first(events, 'chain>'):6.2f}")
    print(f"  workers' batches           {end_batches - start_batches:6.2f}")
    print(f"  tail (last parts written)  {last(events, 'chain<') - end_batches:6.2f}")
    print(f"  check after the chain      {last(events, 'check<') - first(events, 'check>'):6.2f}")
    print(f"  total (in this process)    {total:6.2f}")
    busy: dict[tuple[int, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for pid, label, wall, cpu in spans(events):
        entry = busy[(pid, label)]
        entry[0] += wall
        entry[1] += cpu
        entry[2] += 1
    print("extraction: each worker's batches (wall s / CPU s)")
    for number, pid in enumerate(workers):
        wall, cpu, count = busy[(pid, "batch")]
        start, end = first(events, "batch>", pid), last(events, "batch<", pid)
        print(
            f"  worker {number}: {count} batches from {start:.2f} to {end:.2f} s; "
            f"in batches {wall:.2f} / {cpu:.2f} (waited for a core {wall - cpu:.2f})"
        )
        wall, cpu, count = busy.get((pid, "check ahead"), (0.0, 0.0, 0))
        if count:
            print(f"    then checked {count} shards ahead in {wall:.2f} / {cpu:.2f}")
    print("main process (wall s / CPU s, calls):")
    for (pid, label), (wall, cpu, count) in sorted(busy.items(), key=lambda item: item[0][1]):
        if pid == MAIN and label not in ("chain",):
            print(f"  {label:<16} {wall:6.2f} / {cpu:5.2f}  ({count})")
    during = [(w, c) for w, c, p, _n in events if p == MAIN and start_batches <= w <= end_batches]
    if during:
        print(f"  CPU while the workers ran: {during[-1][1] - during[0][1]:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, help="tables directory (default: a temporary one)")
    parser.add_argument("--events", type=Path, help="also write every event as JSON lines")
    args = parser.parse_args()
    from dataset import cli

    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        out = args.out or work / "tables"
        log = Log(work)
        instrument(log)
        os.chdir(work)  # a fresh per-article cache: a cold build
        command = ["build", str(args.corpus.resolve()), "--out", str(out.resolve())]
        code = cli.main([*command, "--params", str(ROOT / "params.yaml")])
        total = time.perf_counter() - STARTED
        events = log.all()
    if code:
        raise SystemExit(code)
    report(events, total)
    if args.events:
        with args.events.open("w") as handle:
            for event in events:
                handle.write(json.dumps(event) + "\n")


if __name__ == "__main__":
    main()
