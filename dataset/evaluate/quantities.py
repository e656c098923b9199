"""Quantities stated in claims: value and position, independent of unit spelling."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from dataset.evaluate.counts import Counts, ratio


def _unit(value: object) -> str:
    unit = str(value or "").strip().lower()
    return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit


def score_quantities(
    gold: Mapping[str, Sequence[Mapping]], predicted: Mapping[str, Sequence[Mapping]]
) -> dict:
    """P/R/F1 of quantities, plus unit agreement among the matched ones.

    Each side maps a document id to quantity rows {value, unit, start, end} (offsets into
    the article). A predicted quantity matches a gold one when the values are equal (relative
    tolerance 1e-9) and the spans share a character; matching is one-to-one in text order.
    Units are compared case-insensitively with a plural -s dropped ("districts" = "district").
    """
    counts = Counts()
    same_unit = 0
    for doc_id in sorted(gold):
        gold_rows = sorted(gold[doc_id], key=lambda q: (int(q["start"]), int(q["end"])))
        remaining = sorted(
            predicted.get(doc_id, ()), key=lambda q: (int(q["start"]), int(q["end"]))
        )
        matched = 0
        for row in gold_rows:
            for index, candidate in enumerate(remaining):
                overlap = min(int(row["end"]), int(candidate["end"])) - max(
                    int(row["start"]), int(candidate["start"])
                )
                value = candidate.get("value")
                if (
                    overlap > 0
                    and value is not None
                    and math.isclose(float(value), float(row["value"]), rel_tol=1e-9)
                ):
                    matched += 1
                    same_unit += _unit(candidate.get("unit")) == _unit(row.get("unit"))
                    del remaining[index]
                    break
        counts.add(Counts(tp=matched, fp=len(remaining), fn=len(gold_rows) - matched))
    return {**counts.as_dict(), "unit_accuracy": ratio(same_unit, counts.tp)}
