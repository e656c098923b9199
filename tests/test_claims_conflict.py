"""Claims in wire reports about armed conflict: denials, verification, casualty figures."""

from __future__ import annotations

from claim_rows import claim_rows
from claim_rows import claims as _claims


def test_this_after_a_cue_is_its_object() -> None:
    """ "Moscow denies this.": a bare "this" is the cue's object, so the cue introduces
    its own content and does not reach back over the report before it; "said this week"
    stays a time adjunct."""
    text = "Kyiv says it has retaken 50 settlements; Moscow denies this."
    assert _claims(text) == [
        ("Kyiv", "says", "it has retaken 50 settlements"),
        ("Moscow", "denies", "this"),
    ]
    week = "The ceasefire is holding, the army said this week."
    assert _claims(week) == [("the army", "said", "The ceasefire is holding")]


def test_cue_after_a_semicolon_takes_no_content_before_it() -> None:
    """ "A says X; B denies.": a semicolon joins two independent clauses, so B's report
    is not about the clause before it (that is A's claim)."""
    text = "Kyiv says it has retaken 50 settlements; Moscow denies."
    assert _claims(text) == [("Kyiv", "says", "it has retaken 50 settlements")]


def test_placeholder_it_before_an_infinitive_cue_reports_nobody() -> None:
    """ "It was not possible to verify …": "it" before "be" and an infinitive cue is a
    placeholder subject, not a claimant; "It declined to say" keeps its subject."""
    assert _claims("It was not possible to verify the figures.") == []
    assert _claims("It is hard to say whether the truce will hold.") == []
    [declined, *_] = _claims("It declined to say whether the truce would hold.")
    assert declined[:2] == ("It", "declined")


def test_report_noun_after_a_possessive() -> None:
    """ "the Taliban's claims": a present form after a possessive is a noun. With a
    complement (that-clause, infinitive, topic) the possessor makes the claim; without
    one the noun names a claim made elsewhere and makes none."""
    text = "It was not possible to verify the Taliban's claims, which were denied by Kabul."
    assert [c[:2] for c in _claims(text)] == [("Kabul", "denied")]
    clause = "Despite the Taliban’s claims that they control the valley, the army holds it."
    assert _claims(clause) == [("the Taliban", "claims", "that they control the valley")]
    topic = "Beyond North Korea's claims about the size of the blast, little is clear."
    assert ("North Korea", "claims", "the size of the blast") in _claims(topic)


def test_a_bound_on_a_figure_opens_the_content() -> None:
    """ "said at least 25 people …", "said between 20 and 30 …": "at least" and "between"
    before a number bound a figure; they are not a place or time adjunct of the cue."""
    text = "Local officials said at least 25 people may have been killed."
    assert _claims(text) == [("Local officials", "said", "at least 25 people may have been killed")]
    between = "Medics said between 20 and 30 people died."
    assert _claims(between) == [("Medics", "said", "between 20 and 30 people died")]


def test_a_determiner_after_the_listener_opens_the_content() -> None:
    """ "told reporters the operation would continue": the listener is "reporters"; the
    determiner after it opens the content's subject and is part of the content."""
    text = "Army spokesman Daniel Hagari told reporters the operation would continue for weeks."
    assert _claims(text) == [
        ("Army spokesman Daniel Hagari", "told", "the operation would continue for weeks")
    ]


def _hedges(text: str) -> list[str | None]:
    return [r["hedge"] for r in claim_rows(text)]


def test_capitalised_may_is_a_month_or_a_name() -> None:
    """ "in May and June", "Theresa May said": the capitalised word is no modal, so it
    neither hedges the claim nor is skipped as an auxiliary before the cue."""
    month = "According to the UN, 1,500 civilians were killed in May and June."
    assert _hedges(month) == [None]
    text = "Theresa May said the strikes were legal."
    assert _claims(text) == [("Theresa May", "said", "the strikes were legal")]
    assert _hedges(text) == [None]
    assert _hedges("Officials said the toll may rise.") == ["may"]


def test_an_estimate_inside_a_cited_claim_is_the_source_s() -> None:
    """ "An estimated 5,000 people have fled, the IOM said.": the estimate is the cited
    source's figure, so no second, unattributed claim is made of it; an estimate nobody
    is cited for stays the publisher's own."""
    text = "An estimated 5,000 people have fled the fighting, the IOM said."
    assert _claims(text) == [
        ("the IOM", "said", "An estimated 5,000 people have fled the fighting")
    ]
    own = "The group earns an estimated $20m a month from taxes."
    assert _claims(own) == [(None, "estimated", own[:-1])]


def test_a_claim_noun_apposed_to_a_report_names_who_rejects_it() -> None:
    """ "X said A, a claim Kyiv rejected": the comment after the comma ends X's content,
    and its subject (after the claim noun) is the claimant of a report on A; the claim
    noun is not part of a claimant."""
    text = (
        "Russia's defence ministry said its forces had destroyed 14 tanks, a claim Kyiv rejected."
    )
    assert _claims(text) == [
        ("Russia's defence ministry", "said", "its forces had destroyed 14 tanks"),
        ("Kyiv", "rejected", "its forces had destroyed 14 tanks"),
    ]


def test_a_participle_after_the_cue_s_comma_is_not_its_content() -> None:
    """ "denied, noting that …": the -ing clause after the comma is a report of its own;
    a gerund subject with its finite verb ("said, replacing him would …") is content."""
    text = "The governor denied, noting that the army had left the town."
    assert [c[1] for c in _claims(text)] == ["noting"]
    gerund = "He said, replacing the commander would hurt morale."
    assert _claims(gerund) == [("He", "said", "replacing the commander would hurt morale")]


def test_an_estimated_figure_does_not_cut_the_content() -> None:
    """ "said 12 soldiers and an estimated 50 insurgents died": a hedging participle after
    an article is an adjective in the content, not a second report coordinated with it."""
    text = "The army said 12 soldiers and an estimated 50 insurgents died in the battle."
    assert _claims(text) == [
        ("The army", "said", "12 soldiers and an estimated 50 insurgents died in the battle")
    ]


def test_a_raised_clause_cited_to_a_source_is_one_claim() -> None:
    """ "X are believed to …, an official said": the official is cited for the whole
    clause (hedged by "believed"), so no second, sourceless claim of the same span."""
    text = "The militants are believed to have fled across the border, a security official said."
    rows = claim_rows(text)
    assert [(r["claimant"], r["cue"], r["hedge"]) for r in rows] == [
        ("a security official", "said", "believed")
    ]


def test_a_figure_opening_the_content_is_no_intro_phrase() -> None:
    """ "At least 5 people died, police said.": "at least", "over", "about" before a
    number bound a figure; the sentence does not open with an adjunct phrase."""
    assert _claims("At least 5 people died, police said.") == [
        ("police", "said", "At least 5 people died")
    ]
    assert _claims("Over 100 people were killed, officials said.") == [
        ("officials", "said", "Over 100 people were killed")
    ]
