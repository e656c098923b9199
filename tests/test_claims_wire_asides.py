"""Claims in wire reports, sixth pass: asides, possessives and relative clauses around
the claimant."""

from __future__ import annotations

from claim_rows import PARAMS, claim_rows, mentions
from claim_rows import claims as _claims

from dataset.claims.extract import extract_claims


def test_a_plural_possessive_apostrophe_stays_in_the_claimant() -> None:
    """ "Prisoners' groups said": an apostrophe glued to a plural before the claimant's
    noun is a possessive, not the close of a quotation; a British single-quote quotation
    still closes at its mark."""
    assert _claims("Prisoners' groups said 40 detainees had died.")[0][0] == "Prisoners' groups"
    assert _claims("The rebels’ leader said the fighters would fight on.")[0][0] == (
        "The rebels’ leader"
    )
    assert _claims("'We will not surrender,' he said.") == [("he", "said", "We will not surrender")]


def test_the_one_asked_in_an_aside_is_not_the_asker() -> None:
    """ "Haniyeh, asked whether …, said": "asked" set off after its subject is a reduced
    passive, so the question has no named asker; a report inside an "Asked whether"
    question is part of the question, not a claim."""
    text = "Haniyeh, asked whether the group would accept the deal, said it was studying it."
    rows = _claims(text)
    assert rows[0] == (None, "asked", "whether the group would accept the deal")
    assert rows[1][1:] == ("said", "it was studying it")
    fronted = "Asked whether Hamas would accept the deal, Haniyeh said it was studying it."
    assert [row[1] for row in _claims(fronted)] == ["Asked", "said"]
    aged = "Smith, 45, asked whether the vote was fair, and left."
    assert _claims(aged)[0][0] == "Smith, 45,"


def test_the_subject_of_a_relative_clause_without_a_pronoun_is_the_claimant() -> None:
    """ "a term rights groups said signalled …": "a" heads no plural, so the noun after it
    takes a relative clause whose subject is the claimant; "what analysts called" opens a
    free relative whose subject, when a noun phrase (not a pronoun), is the claimant."""
    text = 'It used what analysts called "strikes", a term rights groups said signalled terror.'
    assert [row[0] for row in _claims(text)] == ["analysts", "rights groups"]
    assert _claims("It is what we're told, he said.")[0][0] != "we're"
    quoted = 'It used "precise strikes," a term rights groups said signalled terror.'
    assert _claims(quoted)[-1] == ("rights groups", "said", "signalled terror")
    area = "The shelling hit an area residents said was held by rebels."
    assert _claims(area)[0][0] == "residents"
    assert _claims("A few officials said armed men attacked.")[0][0] == "A few officials"


def test_a_pronoun_in_a_comment_on_a_charge_is_the_charged_subject() -> None:
    """ "The RSF was accused of killings in West Darfur, charges it denies": the pronoun
    stands for the subject of the clause commented on, not the place inside the charge."""
    text = "The RSF has been accused of ethnic killings in West Darfur, charges it denies."
    names = [("RSF", "ORG", "ORG:rsf"), ("West Darfur", "GPE", "GPE:west_darfur")]
    rows = extract_claims("t", text, PARAMS, mentions(text, names))
    assert [(r["claimant"], r["claimant_key"]) for r in rows if r["claimant"]] == [
        ("it", "ORG:rsf")
    ]


def test_a_possessive_before_a_source_after_its_cue_is_kept() -> None:
    """ "according to prisoners' groups", "the Houthis' Al-Masirah TV reported": the
    possessive belongs to the source named after "according to" or before a closing
    cue."""
    text = "Troops detained 900 people, according to prisoners' groups."
    assert _claims(text)[0][0] == "prisoners' groups"
    tv = "Jets struck the port of Hodeidah, the Houthis' Al-Masirah TV reported."
    assert _claims(tv)[0][:2] == ("the Houthis' Al-Masirah TV", "reported")


def test_a_plural_claim_noun_with_a_subjectless_relative_comments_on_the_report() -> None:
    """ "…, figures that could not be verified": a bare plural claim noun whose relative
    clause lacks its subject is the writer's comment, which ends the content and marks
    it unverified."""
    rows = claim_rows("The army said 20 rebels were killed, figures that could not be verified.")
    assert [(r["text"], r["hedged"]) for r in rows] == [("20 rebels were killed", True)]


def test_an_asked_aside_ends_before_the_verb_it_interrupts() -> None:
    """ "Kagame, asked whether …, said: …": the question ends at the comma before "said"."""
    text = 'Paul Kagame, asked whether his troops were in Congo, said: "I don\'t know."'
    assert _claims(text)[0] == (None, "asked", "whether his troops were in Congo")


def test_a_plural_possessor_owns_the_report_noun_after_it() -> None:
    """ "rejected the rebels' claim that …": as with "the Taliban's claim", the noun after
    a plural possessive is no verb whose subject is the sentence's ("He claim …"); its
    claim is part of what is rejected."""
    text = "He rejected the rebels' claim that they had taken the airport."
    assert [row[:2] for row in _claims(text)] == [("He", "rejected")]


def test_a_figure_put_at_a_value_ends_before_a_comment_with_its_own_report() -> None:
    """ "X put the toll at 40 to 50, a figure the group said was inflated": the figure's
    content ends at the comment, whose report is the group's own claim."""
    text = "The army put the toll at 40 to 50, a figure the group said was inflated."
    assert _claims(text) == [
        ("The army", "put", "the toll at 40 to 50"),
        ("the group", "said", "was inflated"),
    ]


def test_a_free_relative_ending_its_sentence_claims_nothing() -> None:
    """ "on what kind of service the public can expect.": the relative's subject is no
    source of the words before it, and no words follow its verb, so there is no claim
    (an empty one failed the claims schema)."""
    text = 'Every force must keep to a "contract" on what kind of service the public can expect.'
    assert _claims(text) == []
