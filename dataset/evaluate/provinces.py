"""Document-level province geoparsing: which Afghan provinces a release is about.

The ISAF press releases (2009-2013) carry one human label per release, `labels.province`,
a list of province slugs in the annotators' spelling ("paktya", "uruzgan", "sar-e pul").
A prediction is the set of Afghan first-level divisions that the document's `locations`
rows resolve to: a row resolved to a province, or to a district or town inside one (its
`admin1` code, which every GeoNames place below the country level carries). Rows inside
a dateline ("KABUL, Afghanistan (Jan. 25, 2013)") are left out: it names where ISAF
issued the release, while the label names where the event happened.

Scores are micro P/R/F1 over (document, province) pairs; documents whose label names no
province (empty, "??", "southern afghanistan") are left out and counted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from dataset.evaluate.counts import Counts

COUNTRY = "AF"
# The annotators' slug → GeoNames admin1 code of Afghanistan's 34 provinces (GeoNames
# spells several differently: Paktia, Oruzgan, Vardak, Ghowr, Khowst, Konar, Lowgar,
# Nurestan, Parvan, Bamian, Sar-e Pol, Wilayat-e Baghlan).
PROVINCE_CODES: dict[str, str] = {
    "badakhshan": "01",
    "badghis": "02",
    "baghlan": "03",
    "bamyan": "05",
    "farah": "06",
    "faryab": "07",
    "ghazni": "08",
    "ghor": "09",
    "helmand": "10",
    "herat": "11",
    "kabul": "13",
    "kapisa": "14",
    "logar": "17",
    "nangarhar": "18",
    "nimroz": "19",
    "kandahar": "23",
    "kunduz": "24",
    "takhar": "26",
    "wardak": "27",
    "zabul": "28",
    "paktika": "29",
    "balkh": "30",
    "jowzjan": "31",
    "samangan": "32",
    "sar-e pul": "33",
    "kunar": "34",
    "laghman": "35",
    "paktya": "36",
    "khost": "37",
    "nuristan": "38",
    "uruzgan": "39",
    "parwan": "40",
    "daykundi": "41",
    "panjshir": "42",
}
# "KABUL, Afghanistan (Jan. 25, 2013)": the release's dateline, a capitalised place name.
DATELINE = re.compile(r"\b[A-Z][A-Z .'-]*[A-Z], Afghanistan\b(?: ?\([^)\n]*\))?")


def datelines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every dateline (a text may join several releases)."""
    return [match.span() for match in DATELINE.finditer(text)]


def gold_provinces(slugs: Sequence[str]) -> set[str]:
    """The admin1 codes a label names; slugs that are no province are dropped."""
    return {PROVINCE_CODES[slug] for slug in slugs if slug in PROVINCE_CODES}


def predicted_provinces(rows: Sequence[Mapping], skip: Sequence[tuple[int, int]] = ()) -> set[str]:
    """Admin1 codes of the Afghan places resolved outside the spans `skip` (datelines)."""
    found = set()
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        if any(s <= start and end <= e for s, e in skip) or row.get("country_code") != COUNTRY:
            continue
        if row.get("resolution") in ("admin1", "admin2", "city") and row.get("admin1"):
            found.add(str(row["admin1"]))
    return found


def score_provinces(
    labels: Mapping[str, Sequence[str]],
    predicted: Mapping[str, Sequence[Mapping]],
    texts: Mapping[str, str],
) -> dict:
    """Micro P/R/F1 of (document, province) pairs, with the per-document errors."""
    counts, unlabelled = Counts(), 0
    errors: dict[str, dict[str, list[str]]] = {}
    for doc_id in sorted(labels):
        gold = gold_provinces(labels[doc_id])
        if not gold:
            unlabelled += 1
            continue
        found = predicted_provinces(predicted.get(doc_id, ()), datelines(texts[doc_id]))
        counts.add(Counts(tp=len(gold & found), fp=len(found - gold), fn=len(gold - found)))
        if gold != found:
            errors[doc_id] = {"missed": sorted(gold - found), "false": sorted(found - gold)}
    return {
        "documents": len(labels) - unlabelled,
        "unlabelled": unlabelled,
        "provinces": counts.as_dict(),
        "errors": errors,
    }
