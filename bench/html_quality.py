"""Article-body extraction quality and speed on the article extraction benchmark.

Reads the benchmark's pages twice, as HTML files and from `news_pages.warc.gz`, through
the ingest readers (`read_html`, `read_warc`), and scores the extracted body (the article
text without its headline paragraph) against the gold `articleBody`.

The score is the benchmark's own definition: texts are split into `\\w+` tokens, token
4-grams ("shingles") are counted as multisets, each page's TP/FP/FN are normalised to
sum to 1, precision is averaged over pages that predicted something, recall over pages
with gold text, and F1 is the harmonic mean of those two averages.

    PYTHONPATH=$PWD python bench/html_quality.py [--corpus DIR] [--favor balanced]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import corpora_dir  # noqa: E402
from dataset.ingest import html_text, web  # noqa: E402
from dataset.ingest.records import RawRecord  # noqa: E402

DEFAULT_CORPUS = corpora_dir() / "article_extraction_benchmark"
_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str) -> Counter:
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def match(gold: str, predicted: str) -> tuple[float, float, float]:
    """Per-page (tp, fp, fn) over shingle multisets, normalised to sum to 1."""
    truth, guess = shingles(gold), shingles(predicted)
    tp = sum((truth & guess).values())
    fp = sum((guess - truth).values())
    fn = sum((truth - guess).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    def ratio(tp: float, fp: float, fn: float, other: float) -> float:
        if fp == fn == 0:
            return 1.0
        return tp / (tp + other) if tp + other else 0.0

    precisions = [ratio(tp, fp, fn, fp) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [ratio(tp, fp, fn, fn) for tp, fp, fn in counts if tp + fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def body_of(record: RawRecord) -> str:
    """The article text without its headline paragraph (the gold body has no headline)."""
    text, title = record.fields["text"], record.fields.get("title")
    if title and text.startswith(title + "\n\n"):
        return text[len(title) + 2 :]
    return text


def run(items, key_of) -> tuple[dict[str, str], dict[str, dict], int, float]:
    """Bodies by gold key, fields by gold key, rejected count, seconds."""
    bodies: dict[str, str] = {}
    fields: dict[str, dict] = {}
    rejected = 0
    started = time.perf_counter()
    for item in items:
        if isinstance(item, RawRecord):
            key = key_of(item)
            bodies[key] = body_of(item)
            fields[key] = item.fields
        else:
            rejected += 1
    return bodies, fields, rejected, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--favor", choices=["balanced", "precision", "recall"])
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not (args.corpus / "ground-truth.json").exists():
        print(f"benchmark not found at {args.corpus}", file=sys.stderr)
        return 2
    if args.favor:
        original = html_text.body_paragraphs
        html_text.body_paragraphs = lambda tree: original(tree, favor=args.favor)
        web.body_paragraphs = html_text.body_paragraphs
    gold = json.loads((args.corpus / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(gold)
    by_url = {gold[k]["url"]: k for k in keys}

    def html_items():
        for key in keys:
            path = args.corpus / "html" / f"{key}.html.gz"
            yield from web.read_html(path, path.name)

    warc = args.corpus / "news_pages.warc.gz"
    results = {}
    modes = {
        "html": (html_items(), lambda r: r.path.removesuffix(".html.gz")),
        "warc": (web.read_warc(warc, warc.name), lambda r: by_url[r.fields["url"]]),
    }
    outputs = {}
    for mode, (items, key_of) in modes.items():
        bodies, fields, rejected, seconds = run(items, key_of)
        figures = scores([match(gold[k].get("articleBody", ""), bodies.get(k, "")) for k in keys])
        figures.update(pages=len(keys), rejected=rejected, pages_per_s=len(keys) / seconds)
        results[mode] = figures
        outputs[mode] = fields
        print(
            f"{mode:<5} P={figures['precision']:.3f} R={figures['recall']:.3f} "
            f"F1={figures['f1']:.3f}  {figures['pages_per_s']:.1f} pages/s  "
            f"({len(bodies)} articles, {rejected} rejected records)"
        )
    same = sum(
        1
        for k in keys
        if {f: v for f, v in outputs["html"].get(k, {}).items() if f != "url"}
        == {f: v for f, v in outputs["warc"].get(k, {}).items() if f != "url"}
    )
    print(f"same fields (except url) from HTML file and WARC: {same}/{len(keys)} pages")
    results["same_html_warc"] = same
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
