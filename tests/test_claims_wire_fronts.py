"""Claims in wire reports about armed conflict, fifth pass: Gaza, Lebanon, Syria, Sudan,
DR Congo, Libya, Colombia, Mexico, Balochistan, Zamfara and Kursk copy."""

from __future__ import annotations

from claim_rows import PARAMS, mentions
from claim_rows import claims as _claims

from dataset.claims.extract import extract_claims


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


def test_a_subject_that_lists_names_claims_as_a_whole() -> None:
    """ "The juntas of Mali, Burkina Faso and Niger said": a list of names after the
    subject's "of" (or after its own name) belongs to the subject, so the claimant is the
    whole phrase, not the last name; a claimant ending in a list speaks for all of its
    names, so no one of them is its key."""
    text = "The juntas of Mali, Burkina Faso and Niger said they would leave ECOWAS."
    assert _claims(text)[0][0] == "The juntas of Mali, Burkina Faso and Niger"
    ministers = "The foreign ministers of France, Germany and Britain said talks had failed."
    assert _claims(ministers)[0][0] == "The foreign ministers of France, Germany and Britain"
    listed = "Russia, Iran and Turkey said they would meet again."
    assert _claims(listed)[0][0] == "Russia, Iran and Turkey"
    clause = "The army shot two men in Goma and officials said it was an accident."
    assert _claims(clause)[0][0] == "officials"
    names = [("Mali", "GPE", "GPE:mali"), ("Burkina Faso", "GPE", "GPE:burkina_faso")]
    names.append(("Niger", "GPE", "GPE:niger"))
    (row,) = extract_claims("t", text, PARAMS, mentions(text, names))
    assert row["claimant_key"] is None
    one = "Officials in Niger said the border was closed."
    (row,) = extract_claims("t", one, PARAMS, mentions(one, [("Niger", "GPE", "GPE:niger")]))
    assert row["claimant_key"] == "GPE:niger"


def test_a_second_predicate_after_but_ends_the_object() -> None:
    """ "claimed the attack but later denied it": "but" before an auxiliary, an adverb of
    one or a past verb opens the claimant's next predicate, and before a finite report
    an adverb of sequence may stand between; "but not" limits the object."""
    text = "The group claimed the attack but later denied it."
    assert _claims(text) == [("The group", "claimed", "the attack"), ("The group", "denied", "it")]
    offered = "The minister offered a truce but has yet to sign it."
    assert _claims(offered)[0][2] == "a truce"
    limited = "The minister offered help but not for free."
    assert _claims(limited) == [("The minister", "offered", "help but not for free")]


def test_a_dateline_naming_a_long_country_stays_out_of_content() -> None:
    """ "GOMA, Democratic Republic of Congo (AFP) —": a country of four words after the
    place is still the dateline's, not the report's."""
    text = (
        "GOMA, Democratic Republic of Congo (AFP) — M23 rebels entered the centre of Goma"
        " on Monday, residents said."
    )
    assert _claims(text) == [
        ("residents", "said", "M23 rebels entered the centre of Goma on Monday")
    ]
