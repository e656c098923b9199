"""Resolution accuracy of the locations stage on gold toponym spans (LGL, TR-News, GeoVirus).

The gold spans are fed to `resolve_locations` as entity rows labelled GPE, so the
resolver is measured on its own, independent of the NER. Scored over gold toponyms that
have coordinates:
- acc@161km: the chosen point is within 161 km (100 miles) of the gold point
  (unresolved counts as wrong);
- exact id: the chosen geonameid equals the gold one (LGL, TR-News only);
- resolved: share of toponyms given any place;
- the same two accuracies "without demonyms": gold toponyms that are demonyms
  ("Russian", "Afghans") are places to LGL/TR-News annotators but not to this pipeline
  (the entities stage labels them NORP and the resolver refuses them), so they are
  also reported excluded.

    PYTHONPATH=$PWD python bench/locations_quality.py [--corpora lgl trnews geovirus]
        [--limit N] [--json metrics/locations_quality.json] [--errors 20]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import corpora_dir  # noqa: E402
from dataset.evaluate.corpora import read_corpus  # noqa: E402
from dataset.evaluate.toponyms import haversine_km  # noqa: E402
from dataset.locations import gazetteer  # noqa: E402
from dataset.locations.params import LocationParams  # noqa: E402
from dataset.locations.resolve import lookup, resolve_locations  # noqa: E402

CORPORA = corpora_dir()
ACC_KM = 161  # 100 miles, the usual geoparsing threshold


def records(name: str, limit: int | None = None) -> list[dict]:
    return read_corpus(CORPORA / name / f"{name}.jsonl.gz", limit)


def gold_entities(record: dict) -> list[dict]:
    rows = []
    for n, t in enumerate(sorted(record["toponyms"], key=lambda t: (t["start"], t["end"]))):
        rows.append(
            {
                "mention_id": f"{record['doc_id']}-t{n}",
                "start": t["start"],
                "end": t["end"],
                "text": record["text"][t["start"] : t["end"]],
                "label": "GPE",
                "gold": t,
            }
        )
    return rows


def _near_candidate(text: str, lat: float, lon: float) -> bool:
    """Whether one of the gazetteer's candidates for the text lies within 161 km."""
    g = gazetteer.get()
    return any(
        haversine_km(lat, lon, g.latitude[e >> 2], g.longitude[e >> 2]) <= ACC_KM
        for e in lookup(g, text).entries
    )


def evaluate(name: str, params: LocationParams, limit: int | None = None) -> dict:
    """Score one corpus; returns counts, rates, throughput and the wrong answers."""
    counts: Counter = Counter()
    errors: list[dict] = []
    seconds = 0.0
    for record in records(name, limit):
        entities = gold_entities(record)
        started = time.perf_counter()
        rows = resolve_locations(record["doc_id"], record["text"], params, entities)
        seconds += time.perf_counter() - started
        counts["mentions"] += len(rows)
        counts["words"] += len(record["text"].split())
        by_id = {e["mention_id"]: e["gold"] for e in entities}
        for row in rows:
            gold = by_id[row["mention_id"]]
            if gold.get("lat") is None:
                continue
            counts["scored"] += 1
            resolved = row["latitude"] is not None
            counts["resolved"] += resolved
            distance = (
                haversine_km(gold["lat"], gold["lon"], row["latitude"], row["longitude"])
                if resolved
                else math.inf
            )
            hit = distance <= ACC_KM
            exact = gold.get("geonameid") is not None and row["geonameid"] == gold["geonameid"]
            demonym = lookup(gazetteer.get(), row["text"]).demonym
            for prefix in ("", "place_") if not demonym else ("",):
                counts[prefix + "scored"] += prefix != ""
                counts[prefix + "hit161"] += hit
                if gold.get("geonameid") is not None:
                    counts[prefix + "with_id"] += 1
                    counts[prefix + "exact_id"] += exact
            if not hit:
                errors.append(
                    {
                        "doc": record["doc_id"],
                        "text": row["text"],
                        "gold": gold.get("gazetteer_name") or gold.get("wikipedia"),
                        "gold_fcode": gold.get("fcode"),
                        "gold_id": gold.get("geonameid"),
                        "gold_point": [gold["lat"], gold["lon"]],
                        "chose": row["name"],
                        "fcode": row["feature_code"],
                        "cc": row["country_code"],
                        "point": [row["latitude"], row["longitude"]] if resolved else None,
                        "km": None if math.isinf(distance) else round(distance),
                        "candidates": row["candidates"],
                        # Whether any candidate lies within 161 km of the gold point: if
                        # none does, no ranking rule can fix the error (gazetteer or
                        # reference point).
                        "fixable": _near_candidate(row["text"], gold["lat"], gold["lon"]),
                    }
                )

    def rate(hits: str, total: str) -> float | None:
        return round(counts[hits] / counts[total], 4) if counts[total] else None

    return {
        "corpus": name,
        "toponyms_scored": counts["scored"],
        "acc@161km": rate("hit161", "scored"),
        "exact_id": rate("exact_id", "with_id"),
        "demonyms": counts["scored"] - counts["place_scored"],
        "acc@161km_without_demonyms": rate("place_hit161", "place_scored"),
        "exact_id_without_demonyms": rate("place_exact_id", "place_with_id"),
        "resolved": rate("resolved", "scored"),
        "mentions_per_s": round(counts["mentions"] / seconds) if seconds else None,
        "words": counts["words"],
        # Wrong answers that some candidate within 161 km could have fixed.
        "fixable_errors": sum(error["fixable"] for error in errors),
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", nargs="+", default=["lgl", "trnews", "geovirus"])
    parser.add_argument("--limit", type=int, help="documents per corpus")
    parser.add_argument("--json", type=Path, help="write the summary here")
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        help="print this many errors (gold and chosen place, distance, candidate count, "
        "and whether a candidate lies within 161 km of the gold point)",
    )
    args = parser.parse_args(argv)
    if not CORPORA.exists():
        print(f"no development corpora at {CORPORA}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    gazetteer.get()
    print(f"gazetteer loaded in {time.perf_counter() - started:.2f} s")
    params = LocationParams()
    summary = []
    for name in args.corpora:
        result = evaluate(name, params, args.limit)
        errors = result.pop("errors")
        summary.append(result)
        print(json.dumps(result))
        for error in errors[: args.errors]:
            print("   ", json.dumps(error, ensure_ascii=False))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
