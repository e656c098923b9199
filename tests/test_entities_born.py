"""Entities: a name before "was born" is a person's, even one no rule kept."""

from __future__ import annotations

from entity_labels import labelled


def test_an_ordinary_word_surname_that_was_born_is_a_person() -> None:
    text = "But Cotton’s letters were never sent. Cotton was born in 1840 near the coast."
    assert labelled(text).get("Cotton") == {"PERSON"}


def test_a_sentence_initial_surname_that_was_born_is_a_person() -> None:
    assert labelled("Sources say Brown was born in 1950.").get("Brown") == {"PERSON"}


def test_pronouns_and_ordinary_words_that_were_born_are_no_names() -> None:
    assert labelled("Everyone was born somewhere. He was born in a village.") == {}
