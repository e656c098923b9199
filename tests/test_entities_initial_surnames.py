"""Entities: a full name's surname opening a sentence is that person, even when running
text mostly writes the word lower-case ("Brown", "May", "Cotton")."""

from __future__ import annotations

import pytest
from entity_labels import labelled

from dataset.entities.extract import extract_entities
from dataset.entities.params import EntityParams


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Gordon Brown spoke first. Brown said the plan would fail.", "Brown"),
        ("Theresa May met the envoy. May has received criticism since.", "May"),
        ("Mary Ann Cotton was hanged in 1873. Cotton’s crimes shocked the town.", "Cotton"),
    ],
)
def test_a_sentence_initial_surname_is_the_named_person(text: str, surname: str) -> None:
    assert labelled(text).get(surname) == {"PERSON"}


def test_it_shares_the_full_names_entity() -> None:
    rows = extract_entities("t", "Gordon Brown spoke. Brown said no.", EntityParams())
    assert len({r["entity_key"] for r in rows if r["label"] == "PERSON"}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Brown said the plan would fail.",  # no full name in the article
        "Theresa May spoke. May 5 was the date set.",  # a date
        "Theresa May spoke. May Day marches were held.",  # another name
    ],
)
def test_without_a_full_name_or_a_lone_word_it_adds_nobody(text: str) -> None:
    found = labelled(text)
    assert "May" not in found
    assert "Brown" not in found
