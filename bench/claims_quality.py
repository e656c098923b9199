"""Claims quality on PolNeAR (entities=[]): content P/R/F1 and claimant accuracy.

Scoring is defined in `dataset/claims/score.py`. Tune on train, report dev:

    PYTHONPATH=$PWD python bench/claims_quality.py --split dev
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from dataset.claims.params import ClaimParams
from dataset.claims.score import evaluate


def _corpus_dir() -> Path:
    """../shared/corpora/polnear beside the checkout (or beside a parent: worktrees)."""
    for parent in Path(__file__).resolve().parents[1:]:
        candidate = parent / "shared" / "corpora" / "polnear"
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("PolNeAR not found: expected ../shared/corpora/polnear")


def load(split: str) -> list[dict]:
    with gzip.open(_corpus_dir() / f"{split}.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--by-cue", action="store_true", help="precision of each cue form")
    args = parser.parse_args()
    print(json.dumps(evaluate(load(args.split), ClaimParams(), args.by_cue), indent=1))


if __name__ == "__main__":
    main()
