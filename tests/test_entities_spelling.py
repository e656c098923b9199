"""Entities: spellings of one name that differ only in marks news writers add or drop.

An accent ("François", "Benoît") and a dotted abbreviation's last dot ("the U.S
government") change nothing about what a name is; the name lists are mostly unaccented
and spell "U.S." with its dot.
"""

from __future__ import annotations

import pytest
from entity_labels import labelled


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("He lost to Benoît Paire in the final on Sunday.", "Benoît Paire"),
        ("He met François Hollande there.", "François Hollande"),
    ],
)
def test_an_accented_given_name_is_read_as_its_plain_spelling(text: str, person: str) -> None:
    assert labelled(text).get(person) == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officials in the U.S government denied the report.", "U.S"),
        ("The talks were held in the U.K on Friday.", "U.K"),
    ],
)
def test_a_dotted_country_without_its_last_dot_is_the_country(text: str, place: str) -> None:
    assert labelled(text).get(place) == {"GPE"}
    assert place + "." not in labelled(text)
    assert place[:2] not in labelled(text)


def test_a_dotted_abbreviation_keeps_its_last_dot_when_written() -> None:
    assert labelled("The U.S. troops left on Monday.").get("U.S.") == {"GPE"}
