"""Entities: a full name's given name standing alone is that person once the article
shows it as one, even when the name is also a place's."""

from __future__ import annotations

from dataset.entities.extract import extract_entities
from dataset.entities.params import EntityParams

TEXT = (
    "Nine-year-old Georgia Marsh is lacing her skates. Georgia began skating at four. "
    '"I love it," said Georgia. Her family moved to Georgia in 2015.'
)


def _labels() -> list[tuple[str, str]]:
    return [(r["text"], r["label"]) for r in extract_entities("t", TEXT, EntityParams())]


def test_a_lone_given_name_shown_speaking_is_the_person() -> None:
    labels = _labels()
    assert labels[1] == ("Georgia", "PERSON")
    assert labels[2] == ("Georgia", "PERSON")


def test_the_place_after_a_place_preposition_stays_the_place() -> None:
    assert _labels()[-1] == ("Georgia", "GPE")
