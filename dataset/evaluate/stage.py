"""The `evaluate` stage: score the built tables against `data/gold/*.json` → metrics files."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from dataset.evaluate.attributions import score_attributions
from dataset.evaluate.entities import score_entities, score_gpe_roles
from dataset.evaluate.gold import GoldError, GoldSet, gold_files, read_gold, span_mismatches
from dataset.evaluate.params import EvaluateParams
from dataset.evaluate.quantities import score_quantities
from dataset.evaluate.toponyms import score_toponyms
from dataset.io import iter_rows, write_json

METRIC_FILES = ("entities", "locations", "claims")


@dataclass
class EvaluateReport:
    metrics: dict[str, dict]
    warnings: list[str] = field(default_factory=list)


def rows_by_article(path: Path, article_ids: set[str]) -> dict[str, list[dict]]:
    """The rows of a table that belong to the given articles, grouped by article id."""
    grouped: dict[str, list[dict]] = {article_id: [] for article_id in sorted(article_ids)}
    for row in iter_rows(path):
        if row["article_id"] in grouped:
            grouped[row["article_id"]].append(row)
    return grouped


def predicted_quantities(claims: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Distinct quantity mentions of each article's predicted claims (by span)."""
    result = {}
    for article_id, rows in claims.items():
        seen: dict[tuple[int, int], dict] = {}
        for row in rows:
            for quantity in row.get("quantities") or ():
                seen.setdefault((int(quantity["start"]), int(quantity["end"])), quantity)
        result[article_id] = [seen[key] for key in sorted(seen)]
    return result


def score_tables(tables: Path, gold: GoldSet, params: EvaluateParams) -> EvaluateReport:
    """Score the tables in `tables` against the gold articles they contain."""
    tables = Path(tables)
    warnings: list[str] = []
    texts = {
        row["article_id"]: row
        for row in iter_rows(tables / "articles.parquet", ["article_id", "text", "text_sha256"])
        if row["article_id"] in gold.text_sha256
    }
    for article_id in sorted(set(gold.text_sha256) - set(texts)):
        warnings.append(f"gold article {article_id} is not in {tables}; it is not scored")
    for article_id, row in sorted(texts.items()):
        if row["text_sha256"] != gold.text_sha256[article_id]:
            raise GoldError(
                f"article {article_id}: its cleaned text changed since it was annotated "
                "(text_sha256 differs); re-check the gold offsets against the new text"
            )
    gold = gold.restrict(texts)
    ids = set(texts)
    entities = rows_by_article(tables / "entities.parquet", ids)
    locations = rows_by_article(tables / "locations.parquet", ids)
    claims = rows_by_article(tables / "claims.parquet", ids)
    common = {"gold_files": gold.files}
    return EvaluateReport(
        metrics={
            "entities": {
                **common,
                **score_entities(gold.entities, entities),
                "gpe_role": score_gpe_roles(gold.entities, entities),
            },
            "locations": {
                **common,
                **score_toponyms(gold.toponyms, locations, params.distance_km),
            },
            "claims": {
                **common,
                **score_attributions(gold.attributions, claims, params.min_dice),
                "quantities": score_quantities(gold.quantities, predicted_quantities(claims)),
            },
        },
        warnings=warnings,
    )


def check_gold_spans(tables: Path, gold_paths: list[Path]) -> None:
    """Fail when a gold span no longer selects its surface string in the built text."""

    texts = {
        row["article_id"]: row["text"]
        for row in iter_rows(Path(tables) / "articles.parquet", ["article_id", "text"])
    }
    for path in gold_paths:
        for document in json.loads(path.read_text(encoding="utf-8"))["documents"]:
            text = texts.get(document["article_id"])
            if text is None:
                continue
            problems = span_mismatches(document, text)
            if problems:
                raise GoldError(f"{path}: " + "; ".join(problems[:5]))


def evaluate(tables: Path, gold_dir: Path, out_dir: Path, params: EvaluateParams) -> EvaluateReport:
    """Score, then write one deterministic JSON file per task into `out_dir`."""
    paths = gold_files(gold_dir)
    if not paths:
        raise FileNotFoundError(f"no gold files (*.json) in {gold_dir}")
    check_gold_spans(tables, paths)
    report = score_tables(tables, read_gold(paths), params)
    for name in METRIC_FILES:
        write_json(Path(out_dir) / f"{name}.json", report.metrics[name])
    return report
