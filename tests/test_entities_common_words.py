"""Entities: capitalised words that name a kind of thing, not one person, body or place."""

from __future__ import annotations

import pytest
from entity_labels import labelled


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ministers ruled out a rise in VAT for next year.", "VAT"),
        ("Shares rose ahead of the IPO, and DVD sales fell.", "IPO"),
        ("Shares rose ahead of the IPO, and DVD sales fell.", "DVD"),
        ("He was arrested for DUI after the crash.", "DUI"),
    ],
)
def test_an_abbreviation_of_a_common_noun_is_no_name(text: str, word: str) -> None:
    assert word not in labelled(text)


def test_a_bodys_acronym_is_still_an_organisation() -> None:
    assert labelled("Ministers ruled out a rise, the IMF said.").get("IMF") == {"ORG"}
