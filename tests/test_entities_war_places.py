"""Entities: the towns of war news, named by what armies do to them."""

from __future__ import annotations

from entity_labels import labelled


def test_the_object_of_a_siege_verb_is_a_town() -> None:
    assert labelled("Artillery units shelled Velykivka overnight.").get("Velykivka") == {"GPE"}
    assert labelled("The army retook Tarnok after a long siege.").get("Tarnok") == {"GPE"}
    assert labelled("Hundreds of families fled Zarbek on foot.").get("Zarbek") == {"GPE"}


def test_a_town_fighters_are_driven_out_of() -> None:
    found = labelled("The militia was driven out of Qaryatan in March.")
    assert found.get("Qaryatan") == {"GPE"}


def test_a_listed_name_after_a_siege_verb_stays_a_person() -> None:
    assert labelled("Police captured Johnson on Monday.").get("Johnson") == {"PERSON"}


def test_the_arabic_article_ez_joins_a_place_name() -> None:
    found = labelled("Aid convoys reached Deir ez-Zor on Sunday.")
    assert found.get("Deir ez-Zor") == {"GPE"}


def test_an_ing_noun_opening_a_sentence_is_no_person() -> None:
    found = labelled("Shelling killed four civilians, officials said.")
    assert "Shelling" not in found


def test_a_title_word_opening_a_place_name_after_in() -> None:
    found = labelled("Strikes destroyed homes in Khan Dawar and nearby.")
    assert found.get("Khan Dawar") == {"GPE"}


def test_a_sheikhs_possession_after_in_is_no_place() -> None:
    found = labelled("Envoys met in Sheikh Hamad's palace.")
    assert "GPE" not in found.get("Sheikh Hamad", set())
