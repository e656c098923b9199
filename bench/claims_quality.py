"""Claims quality on PolNeAR (entities=[]): content P/R/F1 and claimant accuracy.

Scored by the evaluate stage's own scorer (`dataset/evaluate/attributions.py`), so the
figures mean what `bench/quality.py` and `dvc metrics show` mean. Tune on train, report
dev; `--by-cue` shows the precision of each cue form:

    PYTHONPATH=$PWD python bench/claims_quality.py --split dev
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import corpora_dir  # noqa: E402
from dataset.claims.extract import extract_claims  # noqa: E402
from dataset.claims.params import ClaimParams  # noqa: E402
from dataset.evaluate.attributions import match, score_attributions  # noqa: E402
from dataset.evaluate.corpora import read_corpus  # noqa: E402


def load(split: str) -> list[dict]:
    path = corpora_dir() / "polnear" / f"{split}.jsonl.gz"
    return read_corpus(path)


def score(records: list[dict], params: ClaimParams, by_cue: bool = False) -> dict:
    gold = {r["doc_id"]: r["attributions"] for r in records}
    predicted = {r["doc_id"]: extract_claims(r["doc_id"], r["text"], params, []) for r in records}
    result = score_attributions(gold, predicted)
    if by_cue:
        cues: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
        for doc_id, rows in predicted.items():
            matched = {p for _, p, _ in match(gold[doc_id], rows)}
            for p, row in enumerate(rows):
                key = f"{row['method']}:{row['cue'].lower()}"
                cues[key][0] += 1
                cues[key][1] += p in matched
        result["by_cue"] = {
            k: {"predicted": v[0], "precision": round(v[1] / v[0], 3)}
            for k, v in sorted(cues.items(), key=lambda kv: (-kv[1][0], kv[0]))
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--by-cue", action="store_true", help="precision of each cue form")
    args = parser.parse_args()
    print(json.dumps(score(load(args.split), ClaimParams(), args.by_cue), indent=1))


if __name__ == "__main__":
    main()
