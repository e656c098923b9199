"""Claims in wire reports about armed conflict, fifth pass: Gaza, Lebanon, Syria, Sudan,
DR Congo, Libya, Colombia, Mexico, Balochistan, Zamfara and Kursk copy."""

from __future__ import annotations

from claim_rows import claims as _claims


def test_a_participle_of_effect_after_the_aside_is_the_writer_s() -> None:
    """ "A was killed, officials said, raising fears of B": after a reported clause with
    its finite verb, a participle of what the event brings about comments on the whole
    report; an agent's participle or a predicate after the aside still finishes the
    content."""
    text = "Three soldiers were killed on Sunday, officials said, raising fears of a wider war."
    assert _claims(text) == [("officials", "said", "Three soldiers were killed on Sunday")]
    agent = "The army is holding the port, they say, imposing new curbs on trade."
    assert _claims(agent)[0][2] == agent[:-1]
    split = "The strike, the army said, was aimed at militants."
    assert _claims(split)[0][2] == "The strike, the army said, was aimed at militants"
