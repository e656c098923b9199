"""Extraction quality on the development corpora, measured as a user would run the package.

For every gold-annotated corpus present under ../shared/corpora (skipped when absent), this
writes the documents as JSON Lines (`id`, `text` verbatim, so gold offsets stay valid) to
a temporary directory, runs `python -m dataset build corpus.jsonl --out DIR` in a
subprocess, loads the tables, scores them with `dataset.evaluate`, and prints one table
(corpus × metric) with the words per second of each build.

    PYTHONPATH=$PWD /work/venv/bin/python bench/quality.py [--corpus NAME] [--limit N]

`--params FILE` builds with another params file, to measure a setting before changing
its default (e.g. `locations.demonym_rows: true`, the convention LGL and TR-News annotate).

Columns: P/R/F1 are the corpus's main task — entities (exact span + coarse type, micro),
toponym recognition (exact span), or attribution content (Dice ≥ 0.5); for GUM, R is the
recall of named gold mentions found exactly or by their head (F1 and P are not defined).
`build s` is the wall time of the whole `dataset build` subprocess (interpreter start,
gazetteer and lexicon loading, worker start-up included), so small corpora show a low
`words/s`; the large ones approach steady-state throughput. `@161km` and `id acc` are
resolution accuracy among recognised toponyms, `e2e F1` the end-to-end toponym F1,
`claimant` the claimant accuracy among matched attributions. For `isaf` (ISAF press
releases, document-level labels) P/R/F1 are over (release, Afghan province) pairs: the
provinces the locations rows resolve to, or contain, outside the dateline
(`dataset.evaluate.provinces`); below the table, the share of releases whose labelled
`min_killed` / `min_captured` count is a quantity of their claims
(`dataset.evaluate.release_counts`).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import corpora_dir as default_corpora  # noqa: E402
from dataset.evaluate.attributions import score_attributions  # noqa: E402
from dataset.evaluate.corpora import read_corpus  # noqa: E402
from dataset.evaluate.entities import COARSE, score_entities  # noqa: E402
from dataset.evaluate.mention_recall import score_mention_recall  # noqa: E402
from dataset.evaluate.provinces import score_provinces  # noqa: E402
from dataset.evaluate.release_counts import score_release_counts  # noqa: E402
from dataset.evaluate.toponyms import score_toponyms  # noqa: E402
from dataset.io import iter_rows  # noqa: E402


@dataclass(frozen=True)
class Corpus:
    name: str
    path: str  # relative to the corpora directory
    task: str  # entities, mentions, toponyms, attributions, provinces
    subsets: tuple[tuple[str, Callable[[dict], bool]], ...] = ()  # extra rows: (suffix, filter)


CORPORA = (
    Corpus(
        "uner_pud",
        "uner_english/pud.jsonl.gz",
        "entities",
        (("news", lambda record: record.get("meta", {}).get("genre") == "news"),),
    ),
    Corpus("gum_wikinews", "gum_wikinews/gum_wikinews.jsonl.gz", "mentions"),
    Corpus("lgl", "lgl/lgl.jsonl.gz", "toponyms"),
    Corpus("trnews", "trnews/trnews.jsonl.gz", "toponyms"),
    Corpus("geovirus", "geovirus/geovirus.jsonl.gz", "toponyms"),
    Corpus("polnear_dev", "polnear/dev.jsonl.gz", "attributions"),
    Corpus("polnear_train", "polnear/train.jsonl.gz", "attributions"),
    Corpus("isaf", "isaf_press_releases/isaf_press_releases_test.jsonl.gz", "provinces"),
)


def build(
    records: list[dict], workdir: Path, workers: int | None, params: Path
) -> tuple[Path, float]:
    """Run the CLI on the records; return the tables directory and the build's seconds."""
    corpus = workdir / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps({"id": record["doc_id"], "text": record["text"]}) + "\n")
    out = workdir / "tables"
    command = [sys.executable, "-m", "dataset", "build", str(corpus), "--out", str(out)]
    command += ["--params", str(params.resolve())]
    if workers is not None:
        command += ["--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"dataset build failed:\n{result.stderr.strip()}")
    return out, elapsed


def load_predictions(tables: Path, records: list[dict]) -> dict[str, dict[str, list[dict]]]:
    """Rows of each table keyed by the corpus doc_id (articles.source_id)."""
    doc_of: dict[str, str] = {}
    texts = {record["doc_id"]: record["text"] for record in records}
    for row in iter_rows(tables / "articles.parquet", ["article_id", "source_id", "text"]):
        if texts.get(row["source_id"]) != row["text"]:
            raise RuntimeError(f"document {row['source_id']}: the built text is not verbatim")
        doc_of[row["article_id"]] = row["source_id"]
    tables_rows: dict[str, dict[str, list[dict]]] = {}
    for name in ("entities", "locations", "claims"):
        grouped: dict[str, list[dict]] = {doc_id: [] for doc_id in texts}
        for row in iter_rows(tables / f"{name}.parquet"):
            grouped[doc_of[row["article_id"]]].append(row)
        tables_rows[name] = grouped
    return tables_rows


def score(corpus: Corpus, records: list[dict], predicted: dict) -> dict:
    if corpus.task == "entities":
        gold = {r["doc_id"]: r["entities"] for r in records}
        # UNER annotates persons, organisations and places only (no events or laws), and
        # types a country or city by its role: ORG when it acts ("Russia announced").
        return score_entities(gold, predicted["entities"], annotated=COARSE, gpe_roles=True)
    if corpus.task == "mentions":
        gold = {r["doc_id"]: r["entities"] for r in records}
        texts = {r["doc_id"]: r["text"] for r in records}
        return score_mention_recall(gold, predicted["entities"], texts)
    if corpus.task == "toponyms":
        gold = {r["doc_id"]: r["toponyms"] for r in records}
        return score_toponyms(gold, predicted["locations"])
    if corpus.task == "provinces":
        labels = {r["doc_id"]: r["labels"]["province"] for r in records}
        texts = {r["doc_id"]: r["text"] for r in records}
        counts = score_release_counts(
            {r["doc_id"]: r["labels"] for r in records}, predicted["claims"]
        )
        return {**score_provinces(labels, predicted["locations"], texts), "counts": counts}
    gold = {r["doc_id"]: r["attributions"] for r in records}
    return score_attributions(gold, predicted["claims"])


def table_row(name: str, corpus: Corpus, docs: int, build: tuple | None, s: dict) -> dict:
    """One printed row; `build` is (seconds, words per second) for the corpus's own row."""
    row: dict = {"corpus": name, "task": corpus.task, "docs": docs}
    if build is not None:
        row["build s"], row["words/s"] = build
    if corpus.task == "entities":
        row.update(P=s["precision"], R=s["recall"], F1=s["f1"])
    elif corpus.task == "mentions":
        row.update(R=s["named"]["recall"])
    elif corpus.task == "provinces":
        counts = s["provinces"]
        row["docs"] = s["documents"]  # releases whose label names a province
        row.update(P=counts["precision"], R=counts["recall"], F1=counts["f1"])
    elif corpus.task == "toponyms":
        rec = s["recognition"]
        row.update(P=rec["precision"], R=rec["recall"], F1=rec["f1"])
        row.update(
            {
                "@161km": s["accuracy_km"],
                "id acc": s["accuracy_geonameid"],
                "e2e F1": s["end_to_end"]["f1"],
            }
        )
    else:
        content = s["content"]
        row.update(P=content["precision"], R=content["recall"], F1=content["f1"])
        row["claimant"] = s["claimant_accuracy"]
    return row


COLUMNS = (
    "corpus",
    "task",
    "docs",
    "build s",
    "words/s",
    "P",
    "R",
    "F1",
    "@161km",
    "id acc",
    "e2e F1",
)
COLUMNS += ("claimant",)


def render(rows: list[dict]) -> str:
    def cell(value: object) -> str:
        if value is None:
            return "–"
        if isinstance(value, float):
            return f"{value:.0f}" if value >= 10 else f"{value:.3f}"
        return str(value)

    cells = [[cell(row.get(column)) for column in COLUMNS] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(COLUMNS)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(COLUMNS, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for r in cells:
        lines.append(
            "  ".join(
                (v.ljust(w) if i < 2 else v.rjust(w))
                for i, (v, w) in enumerate(zip(r, widths, strict=True))
            )
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", choices=[c.name for c in CORPORA])
    parser.add_argument("--limit", type=int, help="score only the first N documents")
    parser.add_argument("--workers", type=int, help="worker processes for the build")
    parser.add_argument("--corpora", type=Path, default=default_corpora(), help="corpora directory")
    parser.add_argument("--json", type=Path, help="also write every metric to this file")
    parser.add_argument(
        "--params", type=Path, default=ROOT / "params.yaml", help="params file for the builds"
    )
    args = parser.parse_args(argv)
    chosen = [c for c in CORPORA if not args.corpus or c.name in args.corpus]
    rows, details = [], {}
    for corpus in chosen:
        path = args.corpora / corpus.path
        if not path.exists():
            print(f"skip {corpus.name}: {path} is absent", file=sys.stderr)
            continue
        records = read_corpus(path, args.limit)
        words = sum(len(r["text"].split()) for r in records)
        print(f"{corpus.name}: building {len(records)} documents ({words} words)…", file=sys.stderr)
        with tempfile.TemporaryDirectory(prefix=f"quality-{corpus.name}-") as tmp:
            try:
                tables, seconds = build(records, Path(tmp), args.workers, args.params)
            except RuntimeError as error:
                print(f"{corpus.name}: {error}", file=sys.stderr)
                continue
            predicted = load_predictions(tables, records)
        speed = words / seconds if seconds else None
        subsets = (("", lambda record: True), *((f"/{n}", f) for n, f in corpus.subsets))
        for suffix, keep in subsets:
            kept = [r for r in records if keep(r)]
            scores = score(corpus, kept, predicted)
            name = corpus.name + suffix
            details[name] = {"words": words, "seconds": round(seconds, 3), **scores}
            build_figures = None if suffix else (seconds, speed)
            rows.append(table_row(name, corpus, len(kept), build_figures, scores))
    if not rows:
        print("no corpus was scored", file=sys.stderr)
        return 1
    print(render(rows))
    for name, scores in details.items():
        for field, share in scores.get("counts", {}).items():
            print(
                f"{name}: {field} is a claim quantity in {share['in_claims']} of "
                f"{share['releases']} releases"
            )
    if args.json:
        args.json.write_text(json.dumps(details, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
