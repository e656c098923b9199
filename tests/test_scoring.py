"""The scorers' arithmetic on small hand-made cases, with exact expected figures."""

from __future__ import annotations

import pytest

from dataset.evaluate.attributions import claimant_correct, dice, match, score_attributions
from dataset.evaluate.counts import Counts, match_counts
from dataset.evaluate.entities import score_entities
from dataset.evaluate.mention_recall import heads, is_named, score_mention_recall
from dataset.evaluate.quantities import score_quantities
from dataset.evaluate.toponyms import haversine_km, score_toponyms


def ent(start: int, end: int, label: str) -> dict:
    return {"start": start, "end": end, "label": label}


# --- counts -------------------------------------------------------------------------


def test_counts_precision_recall_f1() -> None:
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == 0.75
    assert counts.recall == 0.6
    assert counts.f1 == round(2 * 3 / (2 * 3 + 1 + 2), 6) == 0.666667


def test_counts_zero_denominators_are_zero() -> None:
    assert Counts().as_dict() == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 0,
        "fn": 0,
    }


def test_match_counts_are_multisets() -> None:
    assert match_counts(["a", "a", "b"], ["a", "c"]) == Counts(tp=1, fp=1, fn=2)
    assert match_counts(["a"], ["a", "a"]) == Counts(tp=1, fp=1, fn=0)


# --- entities -----------------------------------------------------------------------


def test_entities_exact_span_and_coarse_type() -> None:
    gold = {
        "d1": [ent(0, 5, "PER"), ent(10, 15, "ORG"), ent(20, 25, "LOC"), ent(30, 35, "LOC")],
        "d2": [ent(0, 4, "PER")],
    }
    predicted = {
        "d1": [
            ent(0, 5, "PERSON"),  # correct PER
            ent(10, 15, "GPE"),  # right span, wrong type: FP LOC + FN ORG
            ent(20, 25, "GPE"),  # correct LOC (GPE → LOC)
            ent(30, 34, "FAC"),  # boundary error: FP LOC + FN LOC
            ent(40, 45, "NORP"),  # not scored
        ],
        "d2": [ent(0, 4, "PERSON"), ent(6, 9, "ORG")],  # correct + spurious ORG
        "d3": [ent(0, 3, "PERSON")],  # document without gold: ignored
    }
    score = score_entities(gold, predicted)
    assert (score["tp"], score["fp"], score["fn"]) == (3, 3, 2)
    assert score["precision"] == 0.5
    assert score["recall"] == 0.6
    assert score["f1"] == 0.545455
    assert (score["span"]["tp"], score["span"]["fp"], score["span"]["fn"]) == (4, 2, 1)
    assert score["per_type"]["PER"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "tp": 2,
        "fp": 0,
        "fn": 0,
    }
    assert score["per_type"]["ORG"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 1,
        "fn": 1,
    }
    loc = score["per_type"]["LOC"]
    assert (loc["tp"], loc["fp"], loc["fn"]) == (1, 2, 1)
    assert loc["precision"] == 0.333333
    assert loc["recall"] == 0.5
    assert loc["f1"] == 0.4
    assert score["documents"] == 2


def test_entities_gold_document_without_mentions_counts_false_positives() -> None:
    score = score_entities({"d": []}, {"d": [ent(0, 3, "ORG")]})
    assert (score["tp"], score["fp"], score["fn"]) == (0, 1, 0)


def test_entities_ontonotes_gold_ignores_other_labels() -> None:
    gold = {"d": [ent(0, 7, "ORG"), ent(10, 16, "NORP"), ent(20, 25, "GPE")]}
    predicted = {"d": [ent(0, 7, "ORG"), ent(20, 25, "LOC")]}
    score = score_entities(gold, predicted)
    assert (score["tp"], score["fp"], score["fn"]) == (2, 0, 0)


# --- GUM mention recall -------------------------------------------------------------

GUM_TEXT = "He met the University of Helsinki staff. US President Joe Biden's plan."


def span_of(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def test_heads_accepts_names_with_premodifiers_and_postmodifiers() -> None:
    gs, ge = span_of(GUM_TEXT, "the University of Helsinki")
    assert heads(gs, ge, *span_of(GUM_TEXT, "University of Helsinki"), GUM_TEXT)
    # the object of a post-modifier is not the head
    assert not heads(gs, ge, *span_of(GUM_TEXT, "Helsinki"), GUM_TEXT)
    gs, ge = span_of(GUM_TEXT, "US President Joe Biden")
    assert heads(gs, ge, *span_of(GUM_TEXT, "Joe Biden"), GUM_TEXT)
    assert not heads(gs, ge, *span_of(GUM_TEXT, "US"), GUM_TEXT)
    gs, ge = span_of(GUM_TEXT, "US President Joe Biden's plan")
    assert not heads(gs, ge, *span_of(GUM_TEXT, "Joe Biden"), GUM_TEXT)  # possessor
    # ...but a possessor span that ends with its clitic is headed by the name
    gs, ge = span_of(GUM_TEXT, "Joe Biden's")
    assert heads(gs, ge, *span_of(GUM_TEXT, "Joe Biden"), GUM_TEXT)
    assert heads(gs, ge, *span_of(GUM_TEXT, "Biden"), GUM_TEXT)
    # a span cutting a word is never a head
    gs, ge = span_of(GUM_TEXT, "Joe Biden")
    assert not heads(gs, ge, gs, ge - 1, GUM_TEXT)


def test_heads_with_post_modifier_after_the_name() -> None:
    text = "the Daughters of the American Revolution Constitution Hall in Washington"
    name = span_of(text, "Daughters of the American Revolution Constitution Hall")
    assert heads(0, len(text), *name, text)
    assert not heads(0, len(text), *span_of(text, "Washington"), text)


def test_is_named() -> None:
    assert is_named("the University of Helsinki")
    assert is_named("A group of Afghan teenagers")
    assert not is_named("He")
    assert not is_named("the team")
    assert not is_named("There")


def test_mention_recall_counts() -> None:
    text = GUM_TEXT
    gold = {
        "d": [
            {**dict(zip(("start", "end"), span_of(text, "He"), strict=True)), "label": "PER"},
            {
                **dict(
                    zip(("start", "end"), span_of(text, "the University of Helsinki"), strict=True)
                ),
                "label": "ORG",
            },
            {**dict(zip(("start", "end"), span_of(text, "Helsinki"), strict=True)), "label": "LOC"},
            {
                **dict(zip(("start", "end"), span_of(text, "US President Joe Biden"), strict=True)),
                "label": "PER",
            },
            {
                **dict(zip(("start", "end"), span_of(text, "plan"), strict=True)),
                "label": "ABSTRACT",
            },
        ]
    }
    predicted = {
        "d": [
            ent(*span_of(text, "University of Helsinki"), "ORG"),
            ent(*span_of(text, "Helsinki"), "ORG"),  # exact span, wrong type
            ent(*span_of(text, "Joe Biden"), "PERSON"),
        ]
    }
    score = score_mention_recall(gold, predicted, {"d": text})
    # all: He (missed), University (typed), Helsinki (untyped only), Joe Biden (typed)
    assert score["all"] == {"gold": 4, "found": 3, "recall": 0.75, "recall_typed": 0.5}
    assert score["named"] == {"gold": 3, "found": 3, "recall": 1.0, "recall_typed": 0.666667}


# --- toponyms -----------------------------------------------------------------------


def test_haversine_known_distances() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.195, abs=0.001)
    # Kabul → Qala i Naw (GeoNames points)
    assert haversine_km(34.52813, 69.17233, 34.98735, 63.12891) == pytest.approx(554.36, abs=0.01)


def top(start: int, end: int, geonameid: int | None, lat: float | None, lon: float | None) -> dict:
    return {"start": start, "end": end, "geonameid": geonameid, "lat": lat, "lon": lon}


def loc(start: int, end: int, geonameid: int | None, lat: float | None, lon: float | None) -> dict:
    return {"start": start, "end": end, "geonameid": geonameid, "latitude": lat, "longitude": lon}


def test_toponyms_recognition_resolution_and_end_to_end() -> None:
    gold = {
        "d": [
            top(0, 5, 1, 0.0, 0.0),  # found, exact id
            top(10, 15, 2, 0.0, 0.0),  # found, other id but 100 km away: within 161 km
            top(20, 25, 3, 0.0, 0.0),  # found, 200 km away: wrong
            top(30, 35, None, None, None),  # found, gold has no coordinates: unjudged
            top(40, 45, 5, 0.0, 0.0),  # found but unresolved: wrong
            top(50, 55, 6, 0.0, 0.0),  # missed
        ]
    }
    km = 1 / 111.195  # degrees of longitude per km at the equator
    predicted = {
        "d": [
            loc(0, 5, 1, 0.0, 0.0),
            loc(10, 15, 20, 0.0, 100 * km),
            loc(20, 25, 30, 0.0, 200 * km),
            loc(30, 35, 4, 1.0, 1.0),
            loc(40, 45, None, None, None),
            loc(60, 64, 7, 0.0, 0.0),  # spurious
        ]
    }
    score = score_toponyms(gold, predicted, threshold_km=161.0)
    recognition = score["recognition"]
    assert (recognition["tp"], recognition["fp"], recognition["fn"]) == (5, 1, 1)
    assert recognition["precision"] == recognition["recall"] == 0.833333
    assert score["accuracy_km"] == 0.5  # 2 of the 4 judged matches
    assert score["accuracy_km_support"] == 4
    assert score["accuracy_geonameid"] == 0.25  # 1 of the 4 matches whose gold has an id
    assert score["accuracy_geonameid_support"] == 4
    end_to_end = score["end_to_end"]
    # judged gold: 5 (all but the coordinate-less one); 2 correct
    # predictions: 6, minus 1 on the unjudged span = 5, 2 correct
    assert (end_to_end["tp"], end_to_end["fp"], end_to_end["fn"]) == (2, 3, 3)
    assert end_to_end["f1"] == 0.4
    assert score["median_error_km"] == pytest.approx(100.0, abs=0.01)


def test_toponyms_threshold_is_a_parameter() -> None:
    gold = {"d": [top(0, 5, 1, 0.0, 0.0)]}
    predicted = {"d": [loc(0, 5, 2, 0.0, 1.0)]}  # 111 km
    assert score_toponyms(gold, predicted, threshold_km=161.0)["accuracy_km"] == 1.0
    assert score_toponyms(gold, predicted, threshold_km=100.0)["accuracy_km"] == 0.0


# --- attributions -------------------------------------------------------------------


def test_dice_of_character_ranges() -> None:
    assert dice([(0, 10)], [(5, 15)]) == 0.5
    assert dice([(0, 10)], [(0, 10)]) == 1.0
    assert dice([(0, 10)], [(10, 20)]) == 0.0
    # fragments: a quote interrupted by "he said" (10-18) vs the covering span
    assert dice([(0, 10), (18, 28)], [(0, 28)]) == pytest.approx(40 / 48)


def gold_attr(content, source=None, cue=None, **extra) -> dict:
    return {
        "content": list(content),
        "source": source and list(source),
        "cue": cue and list(cue),
        **extra,
    }


def claim(start, end, claimant=None, cue=None, hedged=False) -> dict:
    return {
        "start": start,
        "end": end,
        "claimant_start": claimant[0] if claimant else None,
        "claimant_end": claimant[1] if claimant else None,
        "cue_start": cue[0] if cue else None,
        "cue_end": cue[1] if cue else None,
        "hedged": hedged,
    }


def test_match_is_one_to_one_and_best_dice_first() -> None:
    gold = [gold_attr((0, 100)), gold_attr((0, 60))]
    predicted = [claim(0, 60), claim(0, 90)]
    # Dice: g0-p0 0.75, g0-p1 0.947, g1-p0 1.0, g1-p1 0.8 → g1-p0 first, then g0-p1
    assert [(g, p) for g, p, _ in match(gold, predicted)] == [(0, 1), (1, 0)]
    # one prediction cannot match two gold attributions
    assert len(match([gold_attr((0, 10)), gold_attr((0, 10))], [claim(0, 10)])) == 1


def test_match_tie_break_is_deterministic() -> None:
    gold = [gold_attr((10, 20)), gold_attr((0, 10))]
    predicted = [claim(0, 20)]  # Dice 2/3 with both
    assert match(gold, predicted) == [(1, 0, pytest.approx(2 / 3))]  # earlier gold start wins


def test_match_threshold() -> None:
    assert match([gold_attr((0, 10))], [claim(5, 15)], min_dice=0.5) != []
    assert match([gold_attr((0, 10))], [claim(6, 15)], min_dice=0.5) == []


def test_claimant_correct_definition() -> None:
    sourced = gold_attr((20, 40), source=(0, 10))
    assert claimant_correct(sourced, claim(20, 40, claimant=(5, 6)))
    assert not claimant_correct(sourced, claim(20, 40, claimant=(10, 12)))  # touches, no overlap
    assert not claimant_correct(sourced, claim(20, 40))
    sourceless = gold_attr((20, 40))
    assert claimant_correct(sourceless, claim(20, 40))
    assert not claimant_correct(sourceless, claim(20, 40, claimant=(0, 3)))
    fragments = gold_attr((20, 40), source=(0, 50), source_fragments=[[0, 5], [45, 50]])
    assert not claimant_correct(fragments, claim(20, 40, claimant=(10, 15)))
    assert claimant_correct(fragments, claim(20, 40, claimant=(46, 48)))


def test_score_attributions_figures() -> None:
    gold = {
        "d1": [
            gold_attr((0, 20), source=(30, 35), cue=(36, 40), hedged=False),
            gold_attr((50, 70), source=None, cue=(45, 49), hedged=True),
            gold_attr((100, 120), source=(90, 95)),
        ],
        "d2": [gold_attr((0, 10), source=(12, 14))],
    }
    predicted = {
        "d1": [
            claim(0, 20, claimant=(30, 35), cue=(36, 40)),  # Dice 1, claimant ok, cue ok
            claim(55, 70, claimant=(40, 44), hedged=True),  # Dice 30/35, claimant wrong
            claim(200, 210),  # unmatched
        ],
        "d2": [claim(0, 8)],  # Dice 16/18, no claimant: wrong
    }
    score = score_attributions(gold, predicted, min_dice=0.5)
    content = score["content"]
    assert (content["tp"], content["fp"], content["fn"]) == (3, 1, 1)
    assert content["precision"] == content["recall"] == content["f1"] == 0.75
    assert score["claimant_accuracy"] == 0.333333
    # cue: d1 first ok; d1 second has a gold cue but none predicted; d2 has neither (ok)
    assert score["cue_accuracy"] == 0.666667
    assert score["hedged_accuracy"] == 1.0
    assert score["hedged_support"] == 2
    assert score["mean_dice"] == round((1 + 30 / 35 + 16 / 18) / 3, 6)


def test_score_attributions_no_matches() -> None:
    score = score_attributions({"d": [gold_attr((0, 10))]}, {"d": []})
    assert score["content"]["recall"] == 0.0
    assert score["claimant_accuracy"] is None
    assert score["mean_dice"] is None


# --- quantities ---------------------------------------------------------------------


def test_quantities_value_and_overlap() -> None:
    gold = {
        "d": [
            {"value": 85.0, "unit": "percent", "start": 10, "end": 13},
            {"value": 400.0, "unit": "district", "start": 30, "end": 43},
            {"value": 20_000_000.0, "unit": "USD per month", "start": 50, "end": 54},
        ]
    }
    predicted = {
        "d": [
            {"value": 85.0, "unit": "PERCENT", "start": 10, "end": 11},  # overlaps, same unit
            {"value": 400.0, "unit": "districts", "start": 30, "end": 33},  # plural unit
            {"value": 20.0, "unit": "USD", "start": 50, "end": 54},  # wrong value
        ]
    }
    score = score_quantities(gold, predicted)
    assert (score["tp"], score["fp"], score["fn"]) == (2, 1, 1)
    assert score["unit_accuracy"] == 1.0
