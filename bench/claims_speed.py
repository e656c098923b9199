"""Claims extractor throughput on one core (words/s), on the BBC News corpus.

    PYTHONPATH=$PWD python bench/claims_speed.py [--repeat 3]

Runs `extract_claims` with entities=[] on every article (texts loaded first, so only
extraction is timed) and prints the best of `--repeat` runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from dataset.claims.extract import extract_claims
from dataset.claims.params import ClaimParams


def _corpus() -> Path:
    for parent in Path(__file__).resolve().parents[1:]:
        candidate = parent / "shared" / "corpora" / "bbc_news" / "bbc_news.jsonl.gz"
        if candidate.exists():
            return candidate
    raise FileNotFoundError("bbc_news.jsonl.gz not found under ../shared/corpora/bbc_news")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with gzip.open(_corpus(), "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    words = sum(len(t.split()) for t in texts)
    params = ClaimParams()
    extract_claims("warm", texts[0], params, [])
    best, claims = float("inf"), 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        claims = sum(len(extract_claims(f"a{n}", t, params, [])) for n, t in enumerate(texts))
        best = min(best, time.perf_counter() - started)
    print(
        json.dumps(
            {
                "articles": len(texts),
                "words": words,
                "claims": claims,
                "seconds": round(best, 3),
                "words_per_second": round(words / best),
            }
        )
    )


if __name__ == "__main__":
    main()
