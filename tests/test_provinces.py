"""Document-level province scoring of the ISAF press releases (`dataset.evaluate.provinces`)."""

from __future__ import annotations

from dataset.evaluate.provinces import (
    PROVINCE_CODES,
    datelines,
    gold_provinces,
    predicted_provinces,
    score_provinces,
)
from dataset.evaluate.release_counts import claim_values, score_release_counts
from dataset.locations import gazetteer
from tests.conftest import corpus_records

ISAF = "isaf_press_releases/isaf_press_releases_test.jsonl.gz"
TEXT = "2011-10-S-020\nKABUL, Afghanistan (Oct. 10, 2011) — A force in Gomal district, Paktika."


def place(start: int, end: int, admin1: str | None, resolution: str, cc: str = "AF") -> dict:
    return {"start": start, "end": end, "admin1": admin1, "resolution": resolution,
            "country_code": cc}  # fmt: skip


def test_every_slug_names_one_distinct_afghan_province_of_the_gazetteer() -> None:
    g = gazetteer.get()
    names = {code: g.name[p] for (cc, code), p in g.admin1_place.items() if cc == "AF"}
    assert sorted(PROVINCE_CODES.values()) == sorted(names)  # all 34, each once
    assert names[PROVINCE_CODES["paktya"]] == "Paktia"
    assert names[PROVINCE_CODES["uruzgan"]] == "Oruzgan"
    assert names[PROVINCE_CODES["sar-e pul"]] == "Sar-e Pol"


def test_every_dateline_is_found_inline_and_on_its_own_line() -> None:
    [(start, end)] = datelines(TEXT)
    assert TEXT[start:end] == "KABUL, Afghanistan (Oct. 10, 2011)"
    two = "KABUL, Afghanistan (Aug. 19, 2012)\nIn Kunar.\nBAGRAM, Afghanistan (Aug. 20) In Kunar."
    assert [two[s:e] for s, e in datelines(two)] == [
        "KABUL, Afghanistan (Aug. 19, 2012)",
        "BAGRAM, Afghanistan (Aug. 20)",
    ]
    assert datelines("No dateline, Kabul in Afghanistan.") == []


def test_provinces_come_from_admin1_codes_outside_the_dateline() -> None:
    rows = [
        place(14, 19, "13", "city"),  # KABUL in the dateline: where ISAF wrote, not the event
        place(67, 72, "29", "city"),  # a town inside Paktika
        place(83, 90, "29", "admin1"),
        place(0, 3, None, "country"),  # Afghanistan itself names no province
        place(0, 3, "10", "city", cc="PK"),  # a Pakistani namesake is no Afghan province
    ]
    assert predicted_provinces(rows, datelines(TEXT)) == {"29"}
    assert predicted_provinces(rows) == {"13", "29"}


def test_micro_scores_over_document_province_pairs() -> None:
    labels = {"a": ["paktika"], "b": ["helmand"], "c": ["??"]}
    predicted = {
        "a": [place(67, 72, "29", "city"), place(83, 90, "23", "admin1")],
        "b": [],
        "c": [place(0, 4, "10", "admin1")],
    }
    texts = {"a": TEXT, "b": "", "c": ""}
    result = score_provinces(labels, predicted, texts)
    assert result["documents"] == 2 and result["unlabelled"] == 1
    assert result["provinces"]["tp"] == 1
    assert result["provinces"]["fp"] == 1
    assert result["provinces"]["fn"] == 1
    assert result["errors"] == {
        "a": {"missed": [], "false": ["23"]},
        "b": {"missed": ["10"], "false": []},
    }
    assert gold_provinces(["southern afghanistan", ""]) == set()


def test_every_corpus_label_is_a_known_slug_or_no_province() -> None:
    records = corpus_records(ISAF)
    slugs = {slug for r in records for slug in r["labels"]["province"]}
    unknown = slugs - set(PROVINCE_CODES)
    assert len(unknown) <= 3, unknown  # "", "??", "southern afghanistan"
    assert sum(bool(gold_provinces(r["labels"]["province"])) for r in records) >= 700


def test_release_counts_are_looked_up_among_claim_quantities() -> None:
    labels = {
        "a": {"min_killed": 2, "min_captured": 0},
        "b": {"min_killed": 3, "min_captured": 1},
        "c": {"min_killed": 0, "min_captured": 4},
    }
    claims = {
        "a": [{"quantities": [{"value": 2.0}, {"value": None}]}],
        "b": [{"quantities": None}, {"quantities": [{"value": 1.0}]}],
    }
    result = score_release_counts(labels, claims)
    assert result["min_killed"] == {"releases": 2, "in_claims": 0.5}
    assert result["min_captured"] == {"releases": 2, "in_claims": 0.5}
    assert claim_values(claims["a"]) == {2.0}
