"""Entities: a lone guessed name listed among organisations is an organisation."""

from __future__ import annotations

from entity_labels import labelled


def test_a_surname_like_name_listed_with_bodies_is_a_body() -> None:
    text = (
        "They invited representatives from Uber, the Motion Picture Association of "
        "America, the Consumer Technology Association and other groups."
    )
    assert labelled(text).get("Uber") == {"ORG"}


def test_a_full_name_in_such_a_list_stays_a_person() -> None:
    text = "He thanked John Smith, the Red Cross and the World Health Organization."
    assert labelled(text).get("John Smith") == {"PERSON"}


def test_a_list_with_a_place_types_nothing() -> None:
    text = "Envoys from Uber, London, the Red Cross and the World Health Organization came."
    assert labelled(text).get("Uber") != {"ORG"}
