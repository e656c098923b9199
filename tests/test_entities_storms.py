"""Entities: a named storm is an event, and so is its bare name once the article has
called it a hurricane, typhoon or cyclone."""

from __future__ import annotations

import pytest
from entity_labels import labelled


@pytest.mark.parametrize(
    ("text", "storm", "bare"),
    [
        ("Hurricane Rita grew stronger. Rita packed winds of 240 km/h.", "Hurricane Rita", "Rita"),
        ("Typhoon Haiyan struck at dawn. Haiyan killed thousands.", "Typhoon Haiyan", "Haiyan"),
        ("Tropical Storm Nicole weakened. Nicole moved north.", "Tropical Storm Nicole", "Nicole"),
    ],
)
def test_a_storms_bare_name_is_the_storm_not_a_person(text: str, storm: str, bare: str) -> None:
    found = labelled(text)
    assert found.get(storm) == {"EVENT"}
    assert found.get(bare) == {"EVENT"}


def test_the_same_given_name_with_a_surname_stays_a_person() -> None:
    found = labelled("Hurricane Rita grew stronger. The singer Rita Ora cancelled a show.")
    assert found.get("Rita Ora") == {"PERSON"}


def test_without_a_storm_word_a_given_name_stays_a_person() -> None:
    assert labelled("Rita packed her bags and left.").get("Rita") == {"PERSON"}


def test_a_storm_word_before_a_place_noun_names_no_storm() -> None:
    assert "EVENT" not in labelled("Children swam at Hurricane Harbor on Sunday.").get(
        "Hurricane Harbor", set()
    )
