"""Quality and speed of the entities extractor on the development corpora.

    PYTHONPATH=$PWD python bench/entities_quality.py [--corpora ../shared/corpora] [--errors N]

- UNER (PUD, EWT dev): exact-span, coarse-type micro P/R/F1 over PER, ORG, LOC
  (PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC; NORP and the other labels are not scored);
  top-level mentions only, as the gold is flat.
- LGL, TR-News, GeoVirus: toponym recognition P/R/F1, exact span; a toponym is a
  GPE/LOC/FAC mention, nested ones included. Also reported: recall when NORP counts (LGL
  tags demonyms).
- Throughput: words/s of `extract_entities` on one core over the BBC News corpus
  (whitespace words; lexicon loading excluded, it happens once per process).

The official numbers come from the evaluate stage; this is the developer's loop.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dataset.entities import lexicon  # noqa: E402
from dataset.entities.build_lexicons import DEFAULT_CORPORA  # noqa: E402
from dataset.entities.extract import extract_entities  # noqa: E402
from dataset.entities.params import EntityParams  # noqa: E402
from dataset.evaluate.corpora import read_corpus  # noqa: E402
from dataset.evaluate.entities import COARSE, top_level  # noqa: E402

TOPONYM = frozenset(["GPE", "LOC", "FAC"])


def records(path: Path) -> list[dict]:
    return read_corpus(path)


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score_uner(docs: list[dict], params: EntityParams, errors: int = 0) -> dict:
    counts: dict[str, Counter] = {t: Counter() for t in ("PER", "ORG", "LOC", "all")}
    shown = 0
    for doc in docs:
        text = doc["text"]
        gold = {(e["start"], e["end"], e["label"]) for e in doc["entities"]}
        rows = top_level(extract_entities(doc["doc_id"], text, params), annotated=COARSE)
        pred = {(r["start"], r["end"], COARSE[r["label"]]) for r in rows if r["label"] in COARSE}
        for kind, items in (("tp", gold & pred), ("fp", pred - gold), ("fn", gold - pred)):
            for item in items:
                counts[item[2]][kind] += 1
                counts["all"][kind] += 1
                if errors and kind != "tp" and shown < errors:
                    shown += 1
                    print(f"  {kind} {item[2]:3} {text[item[0] : item[1]]!r}", file=sys.stderr)
    return {t: prf(c["tp"], c["fp"], c["fn"]) for t, c in counts.items()}


def score_toponyms(docs: list[dict], params: EntityParams, errors: int = 0) -> dict:
    tp = fp = fn = norp_tp = 0
    shown = 0
    for doc in docs:
        text = doc["text"]
        gold = {(t["start"], t["end"]) for t in doc["toponyms"]}
        rows = extract_entities(doc["doc_id"], text, params)
        pred = {(r["start"], r["end"]) for r in rows if r["label"] in TOPONYM}
        norp = {(r["start"], r["end"]) for r in rows if r["label"] == "NORP"}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        norp_tp += len(gold & norp)
        if errors:
            for kind, items in (("fp", pred - gold), ("fn", gold - pred - norp)):
                for s, e in sorted(items):
                    if shown < errors:
                        shown += 1
                        print(
                            f"  {kind} {text[s:e]!r} ...{text[max(0, s - 30) : e + 20]!r}",
                            file=sys.stderr,
                        )
    result = prf(tp, fp, fn)
    result["recall_with_norp"] = round((tp + norp_tp) / (tp + fn), 4) if tp + fn else 0.0
    return result


def throughput(docs: list[dict], params: EntityParams) -> dict:
    lexicon.load()
    words = sum(len(d["text"].split()) for d in docs)
    began, cpu_began = time.perf_counter(), time.process_time()
    mentions = 0
    for doc in docs:
        mentions += len(extract_entities(doc["doc_id"], doc["text"], params))
    seconds = time.perf_counter() - began
    cpu = time.process_time() - cpu_began
    # CPU time is the fair figure on a shared machine; wall time is what a user waits.
    return {
        "docs": len(docs),
        "words": words,
        "mentions": mentions,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 3),
        "words_per_s": round(words / seconds),
        "words_per_cpu_s": round(words / cpu),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--errors", type=int, default=0, help="print this many errors per set")
    parser.add_argument("--only", default="", help="comma-separated subset of sets")
    args = parser.parse_args()
    params = EntityParams()
    c = args.corpora
    sets = {
        "uner_pud": lambda: score_uner(
            records(c / "uner_english/pud.jsonl.gz"), params, args.errors
        ),
        "uner_ewt_dev": lambda: score_uner(
            records(c / "uner_english/ewt-dev.jsonl.gz"), params, args.errors
        ),
        "lgl": lambda: score_toponyms(records(c / "lgl/lgl.jsonl.gz"), params, args.errors),
        "trnews": lambda: score_toponyms(
            records(c / "trnews/trnews.jsonl.gz"), params, args.errors
        ),
        "geovirus": lambda: score_toponyms(
            records(c / "geovirus/geovirus.jsonl.gz"), params, args.errors
        ),
        "throughput_bbc": lambda: throughput(records(c / "bbc_news/bbc_news.jsonl.gz"), params),
    }
    only = [s for s in args.only.split(",") if s]
    report = {name: run() for name, run in sets.items() if not only or name in only}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
