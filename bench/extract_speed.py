"""CPU seconds of each extractor on the BBC News corpus, in one process, plus load costs.

    PYTHONPATH=$PWD python bench/extract_speed.py [--repeat 3] [--limit N] [--profile X]

Loads the texts first, then runs entities → locations → claims on batches of 64 articles
(each stage gets the rows of the stages it reads, stage after stage per batch, under a
frozen heap, as a build's workers run) and prints, per extractor, the
best CPU seconds (`time.process_time`) of `--repeat` runs and words per CPU second. CPU
time rather than wall-clock, because the machine is shared. `digest` hashes every row
produced, so a speed-up that changes any output shows up as a different digest.
`--profile entities` (or locations/claims) prints the cProfile of that extractor instead.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import corpora_dir  # noqa: E402

BATCH = 64  # run.batch_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--profile", choices=("entities", "locations", "claims"))
    parser.add_argument("--only", nargs="*", default=[], help="time these extractors only")
    args = parser.parse_args()

    report: dict = {}
    started = time.process_time()
    from dataset import memory
    from dataset.claims.extract import extract_claims
    from dataset.claims.extract import preload as claims_preload
    from dataset.claims.params import ClaimParams
    from dataset.entities.extract import extract_entities
    from dataset.entities.extract import preload as entities_preload
    from dataset.entities.params import EntityParams
    from dataset.evaluate.corpora import read_corpus
    from dataset.locations.params import LocationParams
    from dataset.locations.resolve import gazetteer_metadata, resolve_locations

    report["import_cpu_s"] = round(time.process_time() - started, 3)
    entity_params, location_params, claim_params = EntityParams(), LocationParams(), ClaimParams()
    for name, load in (
        ("entities", lambda: entities_preload(entity_params)),
        ("locations", gazetteer_metadata),
        ("claims", lambda: claims_preload(claim_params)),
    ):
        started = time.process_time()
        load()
        report[f"load_{name}_cpu_s"] = round(time.process_time() - started, 3)

    records = read_corpus(corpora_dir() / "bbc_news" / "bbc_news.jsonl.gz")
    texts = [record["text"] for record in records]
    if args.limit:
        texts = texts[: args.limit]
    report["articles"] = len(texts)
    report["words"] = words = sum(len(t.split()) for t in texts)
    ids = [f"a{n:05d}" for n in range(len(texts))]

    entities = [extract_entities(i, t, entity_params) for i, t in zip(ids, texts, strict=True)]
    stages = {
        "entities": lambda i, t, e: extract_entities(i, t, entity_params),
        "locations": lambda i, t, e: resolve_locations(i, t, location_params, e),
        "claims": lambda i, t, e: extract_claims(i, t, claim_params, e),
    }
    if args.profile:
        stage = stages[args.profile]
        profiler = cProfile.Profile()
        profiler.enable()
        for i, t, e in zip(ids, texts, entities, strict=True):
            stage(i, t, e)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(40)
        return
    names = [name for name in stages if not args.only or name in args.only]
    best = dict.fromkeys(names, float("inf"))
    made: dict[str, list] = {}
    items = list(zip(ids, texts, entities, strict=True))
    for _ in range(args.repeat):
        made = {}
        spent = dict.fromkeys(names, 0.0)
        # A build's workers run under a frozen heap (the collector skips what was loaded
        # before them); here that also keeps the corpus and its entity rows out of the
        # collector's walks, which a worker holding one batch never pays for.
        with memory.frozen_heap():
            made = {name: [] for name in names}
            # Stage by stage over batches of 64 articles, as a build's workers run them.
            for low in range(0, len(items), BATCH):
                batch = items[low : low + BATCH]
                for name in names:
                    started = time.process_time()
                    made[name].extend(stages[name](i, t, e) for i, t, e in batch)
                    spent[name] += time.process_time() - started
        best = {name: min(best[name], spent[name]) for name in names}
    for name in names:
        report[name] = {
            "cpu_s": round(best[name], 3),
            "words_per_cpu_s": round(words / best[name]),
            "rows": sum(len(r) for r in made[name]),
            "digest": hashlib.sha256(repr(made[name]).encode()).hexdigest()[:16],
        }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
