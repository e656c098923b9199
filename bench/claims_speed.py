"""Claims extractor throughput on one core (words/s), on the BBC News corpus.

    PYTHONPATH=$PWD python bench/claims_speed.py [--repeat 3]

Runs `extract_claims` with entities=[] on every article (texts loaded first, so only
extraction is timed) and prints the best of `--repeat` runs: wall-clock and CPU time of
this process. On a shared, loaded machine wall-clock counts other processes' time too;
`words_per_cpu_second` is the single-core throughput of the extractor itself.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import corpora_dir  # noqa: E402
from dataset.claims.extract import extract_claims  # noqa: E402
from dataset.claims.params import ClaimParams  # noqa: E402
from dataset.evaluate.corpora import read_corpus  # noqa: E402


def _corpus() -> Path:
    path = corpora_dir() / "bbc_news" / "bbc_news.jsonl.gz"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found (set $CONFLICT_NEWS_CORPORA)")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = [record["text"] for record in read_corpus(_corpus())]
    words = sum(len(t.split()) for t in texts)
    params = ClaimParams()
    extract_claims("warm", texts[0], params, [])
    best, best_cpu, claims = float("inf"), float("inf"), 0
    for _ in range(args.repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        claims = sum(len(extract_claims(f"a{n}", t, params, [])) for n, t in enumerate(texts))
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    print(
        json.dumps(
            {
                "articles": len(texts),
                "words": words,
                "claims": claims,
                "seconds": round(best, 3),
                "words_per_second": round(words / best),
                "cpu_seconds": round(best_cpu, 3),
                "words_per_cpu_second": round(words / best_cpu),
            }
        )
    )


if __name__ == "__main__":
    main()
