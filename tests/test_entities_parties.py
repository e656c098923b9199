"""Entities: a party written with a lower-case "party" is still one organisation."""

from __future__ import annotations

import pytest
from entity_labels import labelled


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("My ties to the Republican party date back to 1979.", "Republican party"),
        ("The Conservative party lost the seat.", "Conservative party"),
        ("Leaders of the Labour party met on Monday.", "Labour party"),
    ],
)
def test_a_political_word_before_lower_case_party_names_the_party(text: str, party: str) -> None:
    found = labelled(text)
    assert found.get(party) == {"ORG"}
    assert party.split()[0] not in found


def test_a_party_members_description_stays_a_description() -> None:
    assert labelled("A Republican senator said no.").get("Republican") == {"NORP"}


def test_a_birthday_party_is_no_political_party() -> None:
    assert labelled("She held a birthday party for Tom Green.").get("Tom Green") == {"PERSON"}
