"""Digests of the claims rows on the development corpora: a speed-up must leave them equal.

    PYTHONPATH=$PWD python bench/claims_digest.py [--corpus bbc_news polnear_dev …]

Runs `extract_claims` on every article of each corpus (with that article's entities rows,
as a build does, so `claimant_key` is covered) and on the seed article, and prints per
corpus the number of claims, a sha256 of the rows (JSON, sorted keys) and the CPU
seconds of the claims extraction. Run it on two commits and compare the digests.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import corpora_dir  # noqa: E402
from dataset.claims.extract import extract_claims  # noqa: E402
from dataset.claims.params import ClaimParams  # noqa: E402
from dataset.entities.extract import extract_entities  # noqa: E402
from dataset.entities.params import EntityParams  # noqa: E402
from dataset.evaluate.corpora import read_corpus  # noqa: E402

CORPORA = {
    "bbc_news": "bbc_news/bbc_news.jsonl.gz",
    "polnear_dev": "polnear/dev.jsonl.gz",
    "polnear_train": "polnear/train.jsonl.gz",
}
SEED = ROOT / "data" / "raw" / "000_1d75da2df521dc04.txt"


def _digest(texts: list[str]) -> dict:
    ids = [f"a{n:05d}" for n in range(len(texts))]
    entity_params, claim_params = EntityParams(), ClaimParams()
    entities = [extract_entities(i, t, entity_params) for i, t in zip(ids, texts, strict=True)]
    started = time.process_time()
    rows = [
        extract_claims(i, t, claim_params, e) for i, t, e in zip(ids, texts, entities, strict=True)
    ]
    cpu = time.process_time() - started
    blob = json.dumps(rows, sort_keys=True).encode()
    return {
        "claims": sum(map(len, rows)),
        "sha256": hashlib.sha256(blob).hexdigest()[:16],
        "cpu_s": round(cpu, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="*", default=list(CORPORA), choices=list(CORPORA))
    args = parser.parse_args()
    report = {}
    for name in args.corpus:
        path = corpora_dir() / CORPORA[name]
        if path.exists():
            report[name] = _digest([record["text"] for record in read_corpus(path)])
    report["seed"] = _digest([SEED.read_text(encoding="utf-8")])
    print(json.dumps(report))


if __name__ == "__main__":
    main()
