"""Gold PolNeAR attributions that no predicted claim matches (content Dice < .5), to group.

Each miss is printed with its gold content (`[…]`), source (`{…}`) and cue (`<…>`) marked
inside its sentence context, and the best-overlapping prediction's Dice and method, so
misses can be sorted into classes (cue not recognised, bounds too short or long, …):

    PYTHONPATH=$PWD python bench/claims_misses.py --split train --limit 200 --json /tmp/m.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.claims_quality import load  # noqa: E402
from dataset.claims.extract import extract_claims  # noqa: E402
from dataset.claims.params import ClaimParams  # noqa: E402
from dataset.evaluate.attributions import _spans, dice, match  # noqa: E402


def _marked(text: str, item: dict) -> str:
    """The lines around the attribution with its roles bracketed."""
    marks: list[tuple[int, str]] = []
    for role, (opening, closing) in (("content", "[]"), ("source", "{}"), ("cue", "<>")):
        for start, end in _spans(item, role):
            marks += [(start, opening), (end, closing)]
    spans = [s for role in ("content", "source", "cue") for s in _spans(item, role)]
    lo = min(s for s, _ in spans)
    hi = max(e for _, e in spans)
    lo = max(text.rfind("\n", 0, lo) + 1, lo - 300)
    newline = text.find("\n", hi)
    hi = min(len(text) if newline < 0 else newline, hi + 300)
    out = text[lo:hi]
    for at, mark in sorted(marks, reverse=True):
        out = out[: at - lo] + mark + out[at - lo :]
    return out.replace("\n", " ⏎ ")


def misses(records: list[dict], params: ClaimParams) -> list[dict]:
    found = []
    for record in records:
        gold = record["attributions"]
        rows = extract_claims(record["doc_id"], record["text"], params, [])
        matched = {g for g, _, _ in match(gold, rows)}
        for g, item in enumerate(gold):
            if g in matched:
                continue
            spans = _spans(item, "content")
            best = max(
                ((dice(spans, [(r["start"], r["end"])]), r["method"], r["text"]) for r in rows),
                default=(0.0, "", ""),
            )
            cue = " ".join(record["text"][s:e] for s, e in _spans(item, "cue"))
            found.append(
                {
                    "doc_id": record["doc_id"],
                    "cue": cue,
                    "best_dice": round(best[0], 2),
                    "best_method": best[1] if best[0] else "",
                    "best_text": best[2] if best[0] else "",
                    "context": _marked(record["text"], item),
                }
            )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--limit", type=int, default=0, help="first N documents only")
    parser.add_argument("--json", type=Path, help="write every miss here")
    args = parser.parse_args()
    records = load(args.split)
    if args.limit:
        records = records[: args.limit]
    found = misses(records, ClaimParams())
    if args.json:
        args.json.write_text(json.dumps(found, indent=1, ensure_ascii=False))
    for miss in found:
        head = f"{miss['best_dice']:.2f} {miss['best_method']:<16} <{miss['cue']}>"
        print(head, miss["context"])
        if miss["best_text"]:
            print(f"     predicted: {miss['best_text']}")
    print(f"{len(found)} misses", file=sys.stderr)


if __name__ == "__main__":
    main()
