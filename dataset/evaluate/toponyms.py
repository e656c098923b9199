"""Toponyms: recognition on exact spans, resolution within a distance, and end to end.

Gold rows carry `start`, `end` and, when the place is in a gazetteer, `geonameid`, `lat`,
`lon`; predicted rows are `locations` rows (`start`, `end`, `geonameid`, `latitude`,
`longitude`; nulls when unresolved).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence

from dataset.evaluate.counts import Counts, ratio

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two WGS84 points, on a spherical Earth."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _value(row: Mapping, *keys: str) -> float | None:
    for key in keys:
        value = row.get(key)
        if value is not None and not (isinstance(value, float) and math.isnan(value)):
            return value
    return None


def _coords(row: Mapping) -> tuple[float, float] | None:
    lat, lon = _value(row, "lat", "latitude"), _value(row, "lon", "longitude")
    return None if lat is None or lon is None else (float(lat), float(lon))


def _pair(gold: Sequence[Mapping], predicted: Sequence[Mapping]) -> list[tuple[Mapping, Mapping]]:
    """One-to-one pairs of gold and predicted rows with identical spans, in text order."""
    by_span: dict[tuple[int, int], list[Mapping]] = {}
    for row in sorted(predicted, key=lambda r: (int(r["start"]), int(r["end"]))):
        by_span.setdefault((int(row["start"]), int(row["end"])), []).append(row)
    pairs = []
    for row in sorted(gold, key=lambda r: (int(r["start"]), int(r["end"]))):
        candidates = by_span.get((int(row["start"]), int(row["end"])))
        if candidates:
            pairs.append((row, candidates.pop(0)))
    return pairs


def score_toponyms(
    gold: Mapping[str, Sequence[Mapping]],
    predicted: Mapping[str, Sequence[Mapping]],
    threshold_km: float = 161.0,
) -> dict:
    """Score predicted place mentions against gold toponyms, document by document.

    - `recognition`: P/R/F1 of exact (start, end) spans; resolution plays no part.
    - `accuracy_km`: among exactly recognised toponyms whose gold has coordinates, the share
      whose prediction is resolved and lies within `threshold_km` (unresolved = wrong).
    - `accuracy_geonameid`: among exactly recognised toponyms whose gold has a GeoNames id,
      the share predicted with that same id.
    - `end_to_end`: only gold toponyms with coordinates take part. A gold toponym is a true
      positive when recognised exactly and resolved within `threshold_km`; every other one
      is a false negative. Every prediction that is not a true positive is a false positive,
      except predictions on the exact span of a gold toponym without coordinates, which
      cannot be judged and are left out.
    - `median_error_km`: median distance over the recognised toponyms resolved on both sides.
    """
    recognition, end_to_end = Counts(), Counts()
    with_coords = within = with_id = same_id = 0
    errors: list[float] = []
    for doc_id in sorted(gold):
        gold_rows, predicted_rows = list(gold[doc_id]), list(predicted.get(doc_id, ()))
        pairs = _pair(gold_rows, predicted_rows)
        recognition.add(
            Counts(
                tp=len(pairs), fp=len(predicted_rows) - len(pairs), fn=len(gold_rows) - len(pairs)
            )
        )
        correct = unjudged = 0
        for gold_row, predicted_row in pairs:
            gold_point, predicted_point = _coords(gold_row), _coords(predicted_row)
            gold_id = _value(gold_row, "geonameid")
            if gold_id is not None:
                with_id += 1
                same_id += _value(predicted_row, "geonameid") == gold_id
            if gold_point is None:
                unjudged += 1
                continue
            with_coords += 1
            if predicted_point is None:
                continue
            distance = haversine_km(*gold_point, *predicted_point)
            errors.append(distance)
            if distance <= threshold_km:
                within += 1
                correct += 1
        gold_judged = sum(_coords(row) is not None for row in gold_rows)
        end_to_end.add(
            Counts(
                tp=correct,
                fp=len(predicted_rows) - unjudged - correct,
                fn=gold_judged - correct,
            )
        )
    return {
        "documents": len(gold),
        "threshold_km": threshold_km,
        "recognition": recognition.as_dict(),
        "accuracy_km": ratio(within, with_coords),
        "accuracy_km_support": with_coords,
        "accuracy_geonameid": ratio(same_id, with_id),
        "accuracy_geonameid_support": with_id,
        "median_error_km": round(statistics.median(errors), 3) if errors else None,
        "end_to_end": end_to_end.as_dict(),
    }
