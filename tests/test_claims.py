"""Claims on the seed article: claimants, cues, contents, hedges, quantities, keys, spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from dataset.claims.extract import extract_claims
from dataset.claims.params import ClaimParams
from dataset.claims.score import evaluate
from dataset.ingest.clean import clean_plain_text
from dataset.params import IngestParams
from schemas.claims import CLAIM_KINDS, ClaimsSchema
from tests.conftest import corpus_records

PARAMS = ClaimParams()


@pytest.fixture(scope="module")
def seed_text(seed_path: Path) -> str:
    ingest = IngestParams()
    raw = seed_path.read_text(encoding="utf-8")
    return clean_plain_text(raw, ingest.boilerplate, ingest.publisher_line_max_words).text


def _entities(text: str) -> list[dict]:
    """Hand-made entity rows, as the entities stage would give them."""
    rows = []
    for n, (anchor, surface, label, key) in enumerate(
        [
            ("The Taliban militants", "Taliban", "ORG", "taliban"),
            ("US President insists", "US President", "PERSON", "joe-biden"),
            ("in Kabul", "Kabul", "GPE", "kabul"),
            ("Taliban officials say", "Taliban", "ORG", "taliban"),
            ("Joe Biden has", "Joe Biden", "PERSON", "joe-biden"),
        ]
    ):
        start = text.index(anchor) + anchor.index(surface)
        rows.append(
            {"mention_id": f"m{n}", "start": start, "end": start + len(surface),
             "text": surface, "label": label, "entity_key": key, "canonical": surface}
        )  # fmt: skip
    return rows


def _by_cue(rows: list[dict], cue: str, claimant: str | None = None) -> dict:
    found = [r for r in rows if r["cue"] == cue and (claimant is None or r["claimant"] == claimant)]
    assert len(found) == 1, (cue, claimant, [(r["cue"], r["claimant"]) for r in rows])
    return found[0]


def test_seed_claims(seed_text: str) -> None:
    rows = extract_claims("a1", seed_text, PARAMS, [])
    officials = _by_cue(rows, "say", "Taliban officials")
    assert officials["text"] == "they have taken control of 85% of territory in Afghanistan"
    assert officials["kind"] == "indirect"
    assert [(q["value"], q["unit"]) for q in officials["quantities"]] == [(85.0, "percent")]

    headline = _by_cue(rows, "claim")
    assert headline["kind"] == "headline"
    assert headline["claimant"] == "Taliban militants"
    assert headline["text"] == "control over 85% of country's territory"
    assert headline["hedged"] and headline["hedge"] == "claim"

    quote = _by_cue(rows, "said", "Biden")
    assert quote["kind"] == "direct_quote"
    assert quote["text"] == "I will not send another generation of Americans to"

    according = _by_cue(rows, "according to", "Afghan officials")
    assert according["kind"] == "according_to"
    assert according["text"].startswith("The Taliban have also captured a major border crossing")

    fear = _by_cue(rows, "fear")
    assert fear["claimant"] == "Some US intelligence analysts"
    assert fear["hedged"] and fear["hedge"] == "fear"
    assert fear["text"] == "the Taliban could seize control of the country within six months"
    assert [(q["value"], q["unit"]) for q in fear["quantities"]] == [(6.0, "month")]

    assert _by_cue(rows, "said", "the report")["kind"] == "report"
    bbc = _by_cue(rows, "reports", "BBC")
    assert bbc["text"].startswith("Some US intelligence analysts fear")
    assert _by_cue(rows, "reported", "CBS News")["text"].startswith("The Taliban militants")
    assert all(r["claimant_key"] is None for r in rows)  # no entities, no keys


def test_money_in_a_sentence_claim() -> None:
    text = "Officials said the crossing generates an estimated $20m (£14m) monthly revenue."
    (row,) = extract_claims("m", text, PARAMS, [])
    assert row["claimant"] == "Officials"
    assert [(q["value"], q["unit"], q["text"]) for q in row["quantities"]] == [
        (20e6, "USD", "an estimated $20m"),
        (14e6, "GBP", "£14m"),
    ]
    assert row["hedged"] and row["hedge"] == "estimated"


def test_pronoun_and_entity_claimants_resolve_to_keys(seed_text: str) -> None:
    rows = extract_claims("a1", seed_text, PARAMS, _entities(seed_text))
    conceded = _by_cue(rows, "conceded")
    assert conceded["claimant"] == "he"
    assert conceded["claimant_key"] == "joe-biden"
    assert conceded["text"].startswith("it is unlikely the government in Kabul")
    assert conceded["hedge"] == "unlikely"
    assert _by_cue(rows, "say", "Taliban officials")["claimant_key"] == "taliban"
    assert _by_cue(rows, "said", "Biden")["claimant_key"] is None  # no entity inside "Biden"


def test_spans_ids_order_and_schema(seed_text: str) -> None:
    rows = extract_claims("a1", seed_text, PARAMS, _entities(seed_text))
    assert rows
    assert [r["claim_id"] for r in rows] == [f"a1-c{n:04d}" for n in range(1, len(rows) + 1)]
    assert [(r["start"], r["end"]) for r in rows] == sorted((r["start"], r["end"]) for r in rows)
    for r in rows:
        assert seed_text[r["start"] : r["end"]] == r["text"]
        assert r["text"] == r["text"].strip()
        assert seed_text[r["cue_start"] : r["cue_end"]] == r["cue"]
        if r["claimant"] is not None:
            assert seed_text[r["claimant_start"] : r["claimant_end"]] == r["claimant"]
        for q in r["quantities"]:
            assert r["start"] <= q["start"] < q["end"] <= r["end"]
            assert seed_text[q["start"] : q["end"]] == q["text"]
        assert r["kind"] in CLAIM_KINDS
        assert (r["hedge"] is not None) == r["hedged"]
    from dataset.io import to_frame
    from dataset.tables import spec

    ClaimsSchema.validate(to_frame(rows, spec("claims")))


def test_deterministic(seed_text: str) -> None:
    entities = _entities(seed_text)
    assert extract_claims("a", seed_text, PARAMS, entities) == extract_claims(
        "a", seed_text, PARAMS, entities
    )


def test_quotes_inside_a_quotation_are_not_new_claims() -> None:
    text = '"I think we will win," the senator said on Friday.'
    (row,) = extract_claims("q", text, PARAMS, [])
    assert (row["cue"], row["claimant"], row["kind"]) == ("said", "the senator", "direct_quote")
    assert row["text"] == "I think we will win"


def test_polnear_dev_smoke() -> None:
    records = corpus_records("polnear/dev.jsonl.gz", limit=20)
    result = evaluate(records, PARAMS)
    assert result["f1"] > 0.5
    assert result["claimant_acc"] > 0.8
