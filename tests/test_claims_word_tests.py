"""One-word tests the claim rules share (`verb_forms`)."""

from __future__ import annotations

from dataset.claims.verb_forms import possessive


def test_possessive_owns_a_noun_but_a_fused_pronoun_does_not() -> None:
    """ "Trump's", "KYIV’S" own the noun after them; "it's", "What’s", "let's" fuse a
    pronoun with "is"/"has"/"us"."""
    assert possessive("Trump's") and possessive("KYIV’S") and possessive("Nevada’s")
    assert not any(possessive(w) for w in ("it's", "What’s", "let's", "He's", "says"))
