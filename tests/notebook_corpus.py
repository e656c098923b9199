"""A small multi-article corpus with hand-made entity, location and claim rows.

The rows are found in the ingested text by search, so every offset is real, and they
satisfy the table schemas; the notebooks can be tested before (and independently of) the
extractors. Several publishers, dates, an undated article and rejected records.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from dataset import load
from dataset.io import TableWriter, write_table
from dataset.stages import run_ingest
from dataset.tables import TABLES
from dataset.text.sentences import sentence_index, sentence_spans

RECORDS = [
    {
        "id": "a1",
        "publisher": "Kabul Times",
        "published_at": "2021-07-09T08:00:00Z",
        "title": "Taliban say they control 85 percent of Afghanistan",
        "text": "Taliban say they control 85 percent of Afghanistan\n\nThe Taliban said on "
        "Friday that they control 85 percent of Afghanistan's "
        "territory. Zabihullah Mujahid told reporters in Kabul that 250 districts had "
        "fallen. Afghan officials said the claim was propaganda.",
    },
    {
        "id": "a2",
        "publisher": "Dawn",
        "published_at": "2021-07-10T12:30:00Z",
        "title": "Fighting spreads to Kandahar",
        "text": "Afghan officials said government forces still hold 40 percent of districts. "
        "According to the United Nations, 5000 families fled Kandahar last week. Residents "
        "fear the fighting could reach Herat.",
    },
    {
        "id": "a3",
        "publisher": "Dawn",
        "published_at": "2021-07-12T06:00:00Z",
        "title": "Talks in Doha",
        "text": "Zabihullah Mujahid said the Taliban hold 200 districts. The United Nations "
        "estimated that 270000 people were displaced in Afghanistan. Officials in Pakistan "
        "said the border at Spin Boldak was closed.",
    },
    {
        "id": "a4",
        "title": "Aid groups warn of hunger",
        "text": "The World Food Programme said 14 million people face hunger in Afghanistan.",
    },
    {"id": "bad", "title": "no text"},
]

# surface pattern → (label, entity_key, canonical)
ENTITIES = {
    "Zabihullah Mujahid": ("PERSON", "PERSON:zabihullah_mujahid", "Zabihullah Mujahid"),
    "Taliban": ("ORG", "ORG:taliban", "Taliban"),
    "United Nations": ("ORG", "ORG:united_nations", "United Nations"),
    "World Food Programme": ("ORG", "ORG:world_food_programme", "World Food Programme"),
    "Afghan": ("NORP", "NORP:afghan", "Afghan"),
    "Afghanistan": ("GPE", "GPE:afghanistan", "Afghanistan"),
    "Kabul": ("GPE", "GPE:kabul", "Kabul"),
    "Kandahar": ("GPE", "GPE:kandahar", "Kandahar"),
    "Herat": ("GPE", "GPE:herat", "Herat"),
    "Doha": ("GPE", "GPE:doha", "Doha"),
    "Pakistan": ("GPE", "GPE:pakistan", "Pakistan"),
    "Spin Boldak": ("GPE", "GPE:spin_boldak", "Spin Boldak"),
}

# name → (geonameid, feature_code, country, admin1, lat, lon, resolution, candidates)
GAZETTEER = {
    "Afghanistan": (1149361, "PCLI", "AF", "00", 33.0, 66.0, "country", 1),
    "Kabul": (1138958, "PPLC", "AF", "13", 34.53, 69.17, "city", 2),
    "Kandahar": (1138336, "PPLA", "AF", "23", 31.61, 65.71, "city", 3),
    "Herat": (1139715, "PPLA", "AF", "11", 34.35, 62.20, "city", 2),
    "Doha": (290030, "PPLC", "QA", "01", 25.29, 51.53, "city", 1),
    "Pakistan": (1168579, "PCLI", "PK", "00", 30.0, 70.0, "country", 1),
}

# article id → (claimant, claimant_key, cue, content, kind, hedge, [(quantity, value, unit)])
CLAIMS = {
    "a1": [
        (
            None,
            None,
            None,
            "Taliban say they control 85 percent of Afghanistan",
            "headline",
            None,
            [("85 percent", 85.0, "percent")],
        ),
        (
            "The Taliban",
            "ORG:taliban",
            "said",
            "they control 85 percent of Afghanistan's territory",
            "indirect",
            None,
            [("85 percent", 85.0, "percent")],
        ),
        (
            "Zabihullah Mujahid",
            "PERSON:zabihullah_mujahid",
            "told",
            "250 districts had fallen",
            "indirect",
            None,
            [("250 districts", 250.0, "district")],
        ),
        ("Afghan officials", None, "said", "the claim was propaganda", "indirect", None, []),
    ],
    "a2": [
        (
            "Afghan officials",
            None,
            "said",
            "government forces still hold 40 percent of districts",
            "indirect",
            None,
            [("40 percent", 40.0, "percent")],
        ),
        (
            "the United Nations",
            "ORG:united_nations",
            "According to",
            "5000 families fled Kandahar last week",
            "according_to",
            None,
            [("5000 families", 5000.0, "family")],
        ),
        ("Residents", None, "fear", "the fighting could reach Herat", "indirect", "could", []),
    ],
    "a3": [
        (
            "Zabihullah Mujahid",
            "PERSON:zabihullah_mujahid",
            "said",
            "the Taliban hold 200 districts",
            "indirect",
            None,
            [("200 districts", 200.0, "district")],
        ),
        (
            "The United Nations",
            "ORG:united_nations",
            "estimated",
            "270000 people were displaced in Afghanistan",
            "indirect",
            "estimated",
            [("270000 people", 270000.0, "person")],
        ),
        (
            "Officials in Pakistan",
            None,
            "said",
            "the border at Spin Boldak was closed",
            "indirect",
            None,
            [],
        ),
    ],
    "a4": [
        (
            "The World Food Programme",
            "ORG:world_food_programme",
            "said",
            "14 million people face hunger in Afghanistan",
            "indirect",
            None,
            [("14 million people", 14_000_000.0, "person")],
        ),
    ],
}


def _find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _entity_rows(article_id: str, text: str) -> list[dict]:
    spans = sentence_spans(text)
    found = []
    for surface, (label, key, canonical) in ENTITIES.items():
        for match in re.finditer(rf"\b{re.escape(surface)}\b", text):
            if any(s < match.end() and match.start() < e for s, e, *_ in found):
                continue
            found.append((match.start(), match.end(), surface, label, key, canonical))
    found.sort()
    return [
        {
            "article_id": article_id,
            "mention_id": f"{article_id}-e{n}",
            "start": start,
            "end": end,
            "text": text[start:end],
            "label": label,
            "entity_key": key,
            "canonical": canonical,
            "sentence": sentence_index(spans, start),
            "method": "fixture",
            "confidence": 0.9,
        }
        for n, (start, end, _, label, key, canonical) in enumerate(found)
    ]


def _location_rows(entities: list[dict]) -> list[dict]:
    rows = []
    for mention in entities:
        if mention["label"] != "GPE":
            continue
        place = GAZETTEER.get(mention["text"])
        geo = dict.fromkeys(
            ["geonameid", "name", "feature_code", "country_code", "admin1", "latitude", "longitude"]
        )
        if place:
            gid, code, country, admin1, lat, lon, _, _ = place
            geo = {
                "geonameid": gid,
                "name": mention["text"],
                "feature_code": code,
                "country_code": country,
                "admin1": admin1,
                "latitude": lat,
                "longitude": lon,
            }
        rows.append(
            {
                "article_id": mention["article_id"],
                "mention_id": mention["mention_id"],
                "start": mention["start"],
                "end": mention["end"],
                "text": mention["text"],
                **geo,
                "resolution": place[6] if place else "unresolved",
                "candidates": place[7] if place else 0,
                "confidence": 0.8 if place else 0.0,
            }
        )
    return rows


def _claim_rows(article_id: str, text: str, specs: list[tuple]) -> list[dict]:
    spans = sentence_spans(text)
    rows = []
    for claimant, key, cue, content, kind, hedge, quantities in specs:
        start, end = _find(text, content)
        c_start, c_end = _find(text, claimant) if claimant else (None, None)
        q_start, q_end = _find(text, cue) if cue else (None, None)
        numbers = []
        for surface, value, unit in quantities:
            s, e = _find(text, surface, start)
            numbers.append({"value": value, "unit": unit, "text": surface, "start": s, "end": e})
        rows.append(
            {
                "article_id": article_id,
                "start": start,
                "end": end,
                "text": content,
                "claimant": claimant,
                "claimant_start": c_start,
                "claimant_end": c_end,
                "claimant_key": key,
                "cue": cue,
                "cue_start": q_start,
                "cue_end": q_end,
                "kind": kind,
                "hedged": hedge is not None,
                "hedge": hedge,
                "sentence": sentence_index(spans, start),
                "quantities": numbers,
                "method": "fixture",
                "confidence": 0.7,
            }
        )
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for n, row in enumerate(rows):
        row["claim_id"] = f"{article_id}-c{n}"
    return rows


def build_corpus(directory: Path, records: list[dict] = RECORDS) -> Path:
    """Ingest `records` and write entity, location and claim rows for them; return the
    tables directory."""
    raw = directory / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r) for r in records]
    if len(records) > 1:
        lines.append(lines[0])  # a duplicate record: rejected with its reason
    (raw / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    tables = directory / "tables"
    run_ingest([raw], tables, {"run": {"workers": 1}})
    articles = load("articles", tables)
    entities, locations, claims = [], [], []
    for row in articles.itertuples():
        mentions = _entity_rows(row.article_id, row.text)
        entities += mentions
        locations += _location_rows(mentions)
        claims += _claim_rows(row.article_id, row.text, CLAIMS.get(row.source_id, []))
    write_table(tables / "entities.parquet", "entities", entities)
    write_table(tables / "locations.parquet", "locations", locations)
    write_table(tables / "claims.parquet", "claims", claims)
    return tables


def build_empty(directory: Path) -> Path:
    """Every table present and empty: a corpus where nothing was found."""
    tables = directory / "tables"
    for name in TABLES:
        with TableWriter(tables / f"{name}.parquet", name):
            pass  # no batch: the schema only, as a stage writes for an empty corpus
    return tables
