"""List toponym recognition errors on a geoparsing corpus, grouped into classes.

Builds the corpus as `bench/quality.py` does (or reads tables built earlier with
`--tables DIR`), pairs gold toponyms with `locations` rows on exact spans, and prints the
misses and false positives with the entity mention that overlaps each (if any), so the
largest error classes are visible:

    PYTHONPATH=$PWD /work/venv/bin/python bench/toponym_errors.py --corpus lgl [--limit N]
        [--keep DIR] [--tables DIR] [--show 40]

Classes: `boundary` (an overlapping place row with another span), `inside entity` (the
gold span lies inside a longer non-place mention), `other label` (a mention on the exact
span with a non-place label), `no mention` (nothing overlaps); for false positives the
same classes seen from the prediction's side, plus `demonym`-like lower-case neighbours
are not treated specially (demonym rows are off by default).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import corpora_dir as default_corpora  # noqa: E402
from bench.quality import CORPORA, build, load_predictions  # noqa: E402
from dataset.evaluate.corpora import read_corpus  # noqa: E402


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def classify_miss(span: tuple[int, int], rows: list[dict], mentions: list[dict]) -> str:
    """The class of a gold toponym no location row matches exactly."""
    if any(_overlaps(span, (r["start"], r["end"])) for r in rows):
        return "boundary"
    for mention in mentions:
        other = (mention["start"], mention["end"])
        if other == span:
            return f"label {mention['label']}"
        if other[0] <= span[0] and span[1] <= other[1]:
            return f"inside {mention['label']}"
        if _overlaps(span, other):
            return f"overlap {mention['label']}"
    return "no mention"


def classify_false(span: tuple[int, int], gold: list[tuple[int, int]], label: str) -> str:
    """The class of a location row no gold toponym matches exactly."""
    if any(_overlaps(span, g) for g in gold):
        return f"boundary {label}"
    return f"spurious {label}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    names = [c.name for c in CORPORA if c.task == "toponyms"]
    parser.add_argument("--corpus", choices=names, default="lgl")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--corpora", type=Path, default=default_corpora())
    parser.add_argument("--params", type=Path, default=ROOT / "params.yaml")
    parser.add_argument("--tables", type=Path, help="score tables built earlier (no build)")
    parser.add_argument("--keep", type=Path, help="copy the built tables here")
    parser.add_argument("--show", type=int, default=30, help="examples per class")
    args = parser.parse_args(argv)
    corpus = next(c for c in CORPORA if c.name == args.corpus)
    records = read_corpus(args.corpora / corpus.path, args.limit)
    if args.tables:
        predicted = load_predictions(args.tables, records)
    else:
        with tempfile.TemporaryDirectory(prefix="toponym-errors-") as tmp:
            tables, _ = build(records, Path(tmp), None, args.params)
            if args.keep:
                shutil.rmtree(args.keep, ignore_errors=True)
                shutil.copytree(tables, args.keep)
            predicted = load_predictions(tables, records)
    misses: dict[str, list[str]] = {}
    falses: dict[str, list[str]] = {}
    tp = 0
    for record in records:
        doc, text = record["doc_id"], record["text"]
        rows = predicted["locations"][doc]
        mentions = predicted["entities"][doc]
        label_at = {(m["start"], m["end"]): m["label"] for m in mentions}
        gold = [(int(g["start"]), int(g["end"])) for g in record["toponyms"]]
        spans = {(int(r["start"]), int(r["end"])) for r in rows}
        for span in gold:
            if span in spans:
                tp += 1
                continue
            kind = classify_miss(span, rows, mentions)
            near = [
                f"{text[r['start'] : r['end']]!r}"
                for r in rows
                if _overlaps(span, (r["start"], r["end"]))
            ]
            context = text[max(0, span[0] - 40) : span[1] + 40].replace("\n", " ")
            line = f"{text[span[0] : span[1]]!r} pred={near} … {context!r}"
            misses.setdefault(kind, []).append(line)
        gold_set = set(gold)
        for row in rows:
            span = (int(row["start"]), int(row["end"]))
            if span in gold_set:
                continue
            kind = classify_false(span, gold, label_at.get(span, "?"))
            near = [f"{text[g[0] : g[1]]!r}" for g in gold if _overlaps(span, g)]
            context = text[max(0, span[0] - 40) : span[1] + 40].replace("\n", " ")
            line = f"{text[span[0] : span[1]]!r} gold={near} … {context!r}"
            falses.setdefault(kind, []).append(line)
    n_miss = sum(len(v) for v in misses.values())
    n_false = sum(len(v) for v in falses.values())
    print(f"{args.corpus}: tp {tp}, misses {n_miss}, false positives {n_false}")
    for title, groups in (("MISSES", misses), ("FALSE POSITIVES", falses)):
        print(f"\n=== {title}")
        for kind, lines in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"\n--- {kind}: {len(lines)}")
            counts = Counter(line.split(" pred=")[0].split(" gold=")[0] for line in lines)
            print("   most frequent:", ", ".join(f"{k}×{n}" for k, n in counts.most_common(12)))
            for line in lines[: args.show]:
                print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
