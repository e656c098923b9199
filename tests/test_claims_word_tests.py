"""One-word tests the claim rules share (`verb_forms`)."""

from __future__ import annotations

from dataset.claims.verb_forms import negated, possessive


def test_possessive_owns_a_noun_but_a_fused_pronoun_does_not() -> None:
    """ "Trump's", "KYIV’S" own the noun after them; "it's", "What’s", "let's" fuse a
    pronoun with "is"/"has"/"us"."""
    assert possessive("Trump's") and possessive("KYIV’S") and possessive("Nevada’s")
    assert not any(possessive(w) for w in ("it's", "What’s", "let's", "He's", "says"))


def test_negated_words_deny_their_verb() -> None:
    """ "not", "Never", "cannot" and contracted negatives ("didn't", "won’t") deny the
    verb they go with; "note" and "nothing" do not."""
    assert all(negated(w) for w in ("not", "Never", "cannot", "didn't", "won’t"))
    assert not any(negated(w) for w in ("note", "nothing", "now"))
