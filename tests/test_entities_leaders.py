"""Entities: a name before "administration" is a leader's, not a small town's."""

from __future__ import annotations

from entity_labels import labelled


def test_a_town_named_like_a_leader_before_administration_is_the_leader() -> None:
    text = "Much depends on what the Obama administration does. Critics fear Obama's plans."
    assert labelled(text).get("Obama") == {"PERSON"}


def test_a_town_before_campaign_or_era_stays_a_town() -> None:
    """Battles and periods are named after places ("the Bakhmut campaign", "the Edo
    era"), so those nouns say nothing about a person."""
    text = "The Sangin campaign lasted months. Troops left Sangin in May."
    assert labelled(text).get("Sangin") == {"GPE"}
