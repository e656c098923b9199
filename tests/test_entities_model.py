"""Entities: the learned mention model — what it adds, and that it is rebuilt exactly."""

from __future__ import annotations

import json

from conftest import SHARED_CORPORA, corpus_records

from dataset.entities import model as mdl
from dataset.entities import train
from dataset.entities.extract import extract_entities
from dataset.entities.params import EntityParams

PARAMS = EntityParams()


def _labels(text: str, params: EntityParams = PARAMS) -> dict[str, str]:
    """Labels of the flat (top-level) mentions; nested places are tested in test_nesting."""
    rows = extract_entities("x", text, params)
    return {r["text"]: r["label"] for r in rows if r["parent_mention_id"] is None}


def test_committed_model_loads_and_is_small() -> None:
    model = mdl.load()
    assert model is not None
    assert mdl.MODEL_PATH.stat().st_size < 5_000_000
    raw = json.loads(mdl.MODEL_PATH.read_text(encoding="utf-8"))
    assert raw["classes"] == list(mdl.CLASSES)
    assert all(len(w) == len(mdl.CLASSES) for w in model.weights.values())


def test_model_keeps_a_name_no_list_contains() -> None:
    """'Karim' is in no first-name list: the rules drop the name, the model keeps it."""
    text = "Police named the man as Karim Zarkhani. Officials said Zarkhani had left."
    rows = extract_entities("x", text, PARAMS)
    assert [(r["text"], r["entity_key"]) for r in rows] == [
        ("Karim Zarkhani", "PERSON:karim_zarkhani"),
        ("Zarkhani", "PERSON:karim_zarkhani"),
    ]
    assert extract_entities("x", text, EntityParams(use_model=False)) == []


def test_model_leaves_ordinary_words_alone() -> None:
    text = "However, the talks stalled. On Monday in March, Amid the chaos, nobody spoke."
    assert extract_entities("x", text, PARAMS) == []


def test_organisation_names_stay_whole() -> None:
    assert _labels("He said the U.S. Department of Agriculture approved it.") == {
        "U.S. Department of Agriculture": "ORG"
    }
    assert _labels("Officials of the National Directorate of Security spoke.") == {
        "National Directorate of Security": "ORG"
    }
    labels = _labels("She studied at Northwestern University in Evanston.")
    assert labels["Northwestern University"] == "ORG"
    assert _labels("Fighting continued in the West Bank.") == {"West Bank": "GPE"}


def test_perceptron_learns_a_separable_toy_problem_deterministically() -> None:
    data = [(["bias", "p1=mr"], 0), (["bias", "n1=inc"], 1), (["bias", "p1=in"], 2)] * 5
    data += [(["bias", "p1=the"], 3)] * 5
    first, second = train.train(data, epochs=5), train.train(data, epochs=5)
    assert first == second
    for feats, gold in data:
        assert mdl.decide(first, feats)[0] == mdl.CLASSES[gold]


def test_training_rebuilds_the_committed_model_exactly(tmp_path) -> None:
    """The committed weights are what `python -m dataset.entities.train` produces."""
    corpus_records("uner_english/ewt-dev.jsonl.gz", limit=1)  # skips without corpora
    corpus_records("gum_wikinews/gum_wikinews.jsonl.gz", limit=1)
    corpus_records("wikinews_2019_2020/wikinews.jsonl.gz", limit=1)
    sets = train._corpora(SHARED_CORPORA)
    model = train.train(train.training_data(sets))
    out = tmp_path / "model.json"
    train.write(model, out)
    assert out.read_bytes() == mdl.MODEL_PATH.read_bytes()


def test_a_name_borrows_the_rules_evidence_from_its_other_mentions() -> None:
    """'the region of Karamoja … to Karamoja': the second mention sees the first one's class."""
    text = "Aid reached the region of Karamoja. Flights to Karamoja are not regular."
    rows = [(r["text"], r["label"]) for r in extract_entities("x", text, PARAMS)]
    assert [label for name, label in rows if name == "Karamoja"] == ["LOC", "GPE"]
    names, parts = mdl.article_counts(
        [train.Mention(26, 34, ["Karamoja"], "LOC", "Karamoja", "context")]
    )
    second = train.Mention(47, 55, ["Karamoja"], "", "Karamoja", "unknown")
    assert names[("Karamoja", "LOC")] == 1
    assert "doc=LOC" in mdl.features(second, text, names, parts)


def test_coordinated_bodies_are_two_organisations() -> None:
    assert _labels("The Syrian Democratic Forces and Russian Armed Forces advanced.") == {
        "Syrian Democratic Forces": "ORG",
        "Russian Armed Forces": "ORG",
    }
    assert _labels("The Department of Health and Human Services spoke.") == {
        "Department of Health and Human Services": "ORG"
    }
