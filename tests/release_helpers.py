"""Tiny, schema-valid tables for the release tests, independent of extractor quality.

Articles come from the real ingest stage; entities, locations and claims are written by
hand from offsets found in the text, so every span satisfies text[start:end] == span.
"""

from __future__ import annotations

import json
from pathlib import Path

from dataset.io import iter_rows, write_table
from dataset.stages import run_ingest

PARAMS = {"run": {"workers": 1}}


def write_corpus(raw: Path, records: list[dict]) -> Path:
    """A JSONL corpus in `raw/articles.jsonl` (one line per record)."""
    raw.mkdir(parents=True, exist_ok=True)
    path = raw / "articles.jsonl"
    path.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in records))
    return path


def record(number: int, city: str, license_id: str | None) -> dict:
    text = (
        f"Fighting near {city}\n\n"
        f"Officials in {city} said {number} districts had fallen, according to the ministry."
    )
    return {
        "id": f"r{number}",
        "title": f"Fighting near {city}",
        "text": text,
        "publisher": "Example Wire",
        "url": f"https://example.org/{number}",
        "published_at": f"2021-07-{10 + number:02d}T08:00:00Z",
        "license": license_id,
    }


def build_tables(raw: Path, tables: Path) -> dict[str, int]:
    """Ingest `raw`, then write one entity, location and claim per article."""
    run_ingest([raw], tables, PARAMS)
    entities, locations, claims = [], [], []
    for number, article in enumerate(iter_rows(tables / "articles.parquet")):
        text, article_id = article["text"], article["article_id"]
        city = text.split("\n", 1)[0].removeprefix("Fighting near ")
        start = text.index(f"Officials in {city}") + len("Officials in ")
        mention_id = f"{article_id}-e0"
        entities.append(
            {
                "article_id": article_id,
                "mention_id": mention_id,
                "start": start,
                "end": start + len(city),
                "text": city,
                "label": "GPE",
                "entity_key": f"GPE:{city.lower()}",
                "canonical": city,
                "sentence": 1,
                "method": "test",
                "confidence": 1.0,
            }
        )
        resolved = number % 2 == 0  # every other place is unresolved: nulls in numbers
        locations.append(
            {
                "article_id": article_id,
                "mention_id": mention_id,
                "start": start,
                "end": start + len(city),
                "text": city,
                "geonameid": 1138958 if resolved else None,
                "name": city if resolved else None,
                "feature_code": "PPLC" if resolved else None,
                "country_code": "AF" if resolved else None,
                "admin1": "13" if resolved else None,
                "latitude": 34.52813 if resolved else None,
                "longitude": 69.17233 if resolved else None,
                "resolution": "city" if resolved else "unresolved",
                "candidates": 1 if resolved else 0,
                "confidence": 0.9 if resolved else 0.0,
            }
        )
        content = text[text.index("said ") + 5 : text.index(", according")]
        c_start = text.index(content)
        number = content.split()[0]
        claims.append(
            {
                "article_id": article_id,
                "claim_id": f"{article_id}-c0",
                "start": c_start,
                "end": c_start + len(content),
                "text": content,
                "claimant": "Officials",
                "claimant_start": text.index("Officials"),
                "claimant_end": text.index("Officials") + len("Officials"),
                "claimant_key": None,
                "cue": "said",
                "cue_start": text.index("said"),
                "cue_end": text.index("said") + 4,
                "kind": "indirect",
                "hedged": False,
                "hedge": None,
                "sentence": 1,
                "quantities": [
                    {
                        "value": float(number),
                        "unit": "district",
                        "text": f"{number} districts",
                        "start": c_start,
                        "end": c_start + len(number) + len(" districts"),
                    }
                ],
                "method": "test",
                "confidence": 0.8,
            }
        )
    counts = {}
    for name, rows in (("entities", entities), ("locations", locations), ("claims", claims)):
        counts[name] = write_table(tables / f"{name}.parquet", name, rows)
    return counts
