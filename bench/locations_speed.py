"""Cost of the locations stage: index build/load time and memory, mentions/s, µs per word.

The resolver reads only the entity rows, never scans the text, so its cost is per
mention; the per-word figure spreads it over the gold-annotated news of the dev corpora.

    PYTHONPATH=$PWD python bench/locations_speed.py [--cold]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

from dataset.locations import gazetteer
from dataset.locations.params import LocationParams
from dataset.locations.resolve import resolve_locations

HERE = Path(__file__).resolve().parent


def rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cold", action="store_true", help="also time a build from sources")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    report: dict = {}
    before = rss_mb()
    if args.cold:
        started = time.perf_counter()
        gazetteer.build()
        report["build_s"] = round(time.perf_counter() - started, 2)
        before = rss_mb()
    started = time.perf_counter()
    g = gazetteer.load()
    report["load_s"] = round(time.perf_counter() - started, 2)
    report["index_rss_mb"] = round(rss_mb() - before, 1)
    report["places"], report["name_keys"] = len(g.name), len(g.names)
    gazetteer._GAZETTEER = g

    spec = importlib.util.spec_from_file_location("lq", HERE / "locations_quality.py")
    quality = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quality)
    if not quality.CORPORA.exists():
        print(json.dumps(report))
        return 0
    docs = []
    for corpus in ("lgl", "trnews", "geovirus"):
        for record in quality.records(corpus):
            entities = [{k: v for k, v in e.items() if k != "gold"}
                        for e in quality.gold_entities(record)]  # fmt: skip
            docs.append((record["doc_id"], record["text"], entities))
    words = sum(len(text.split()) for _id, text, _e in docs)
    mentions = sum(len(e) for _id, _t, e in docs)
    params = LocationParams()
    best = float("inf")
    for _ in range(args.repeat):
        started = time.perf_counter()
        for doc_id, text, entities in docs:
            resolve_locations(doc_id, text, params, entities)
        best = min(best, time.perf_counter() - started)
    report.update(
        docs=len(docs),
        words=words,
        mentions=mentions,
        seconds=round(best, 3),
        mentions_per_s=round(mentions / best),
        words_per_s_one_core=round(words / best),
        us_per_word=round(best / words * 1e6, 3),
    )
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
