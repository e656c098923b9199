"""Entities: a one-word name the article shows to be a body is that body throughout."""

from __future__ import annotations

from entity_labels import labelled


def test_a_company_shown_by_its_shares_is_a_company_wherever_it_speaks() -> None:
    text = (
        "Zorvex shares fell by 5% on Monday after the ruling. "
        "Zorvex said it would appeal. Analysts expect Zorvex to cut jobs."
    )
    assert labelled(text).get("Zorvex") == {"ORG"}


def test_a_surname_the_article_gives_in_full_stays_a_person() -> None:
    text = (
        "Henry Ford built cars. Ford shares rose on Monday. "
        "Ford said in 1920 that cars would change everything."
    )
    found = labelled(text)
    assert found.get("Henry Ford") == {"PERSON"}
    assert "PERSON" in found.get("Ford", set())
