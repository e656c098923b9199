"""Entities: the words around a one-word name that settle what a name list guessed.

A lone surname-like word ("Nectar", "Uber") is a person only by a name list's guess;
the noun it modifies ("cardholders", "drivers") is a company's, never a person's.
"""

from __future__ import annotations

import pytest

from dataset.entities.extract import extract_entities
from dataset.entities.params import EntityParams

PARAMS = EntityParams()


def _typed(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for row in extract_entities("t", text, PARAMS):
        assert text[row["start"] : row["end"]] == row["text"]
        found.setdefault(row["text"], set()).add(row["label"])
    return found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The rate also applies to Nectar cardholders who borrow.", "Nectar"),
        ("Striking Uber drivers blocked the road on Monday.", "Uber"),
        ("Hundreds of Whitbread employees lost their jobs.", "Whitbread"),
    ],
)
def test_a_name_before_a_companys_noun_is_an_organisation(text: str, body: str) -> None:
    assert _typed(text).get(body) == {"ORG"}


def test_a_full_name_before_such_a_noun_stays_a_person() -> None:
    typed = _typed("Mary Barra employees praised the plan.")
    assert typed.get("Mary Barra") == {"PERSON"}
