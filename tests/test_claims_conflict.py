"""Claims in wire reports about armed conflict: denials, verification, casualty figures."""

from __future__ import annotations

import pytest
from claim_rows import PARAMS, claim_rows
from claim_rows import claims as _claims

from dataset.claims.extract import extract_claims


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


def test_a_figure_comment_after_the_report_is_not_its_content() -> None:
    """ "…, a figure that could not be independently verified": the writer's comment on
    the claim is not what was claimed, so it does not extend the content; it marks the
    claim unverified, so it hedges it."""
    before = (
        "Officials said 40 people were killed, a figure that could not be independently verified."
    )
    assert _claims(before) == [("Officials", "said", "40 people were killed")]
    assert _hedges(before) == ["could not be independently verified"]
    after = "The strike killed 40 people, the army said, a toll that could not be verified."
    assert _claims(after) == [("the army", "said", "The strike killed 40 people")]
    assert _hedges(after) == ["could not be verified"]
    assert _hedges("He said it was fine, which was true.") == [None]


def test_a_state_after_a_passive_report_verb_has_no_claimant() -> None:
    """ "200 people are feared dead": the subject of a passive report verb with a state
    predicate is what is reported on; nobody is cited (a source after it is)."""
    assert _claims("200 people are feared dead after the landslide.") == [
        (None, "feared", "200 people are feared dead after the landslide")
    ]
    assert _claims("Three soldiers were reported missing, the army said.") == [
        ("the army", "said", "Three soldiers were reported missing")
    ]


def test_a_closing_quote_the_content_opened_stays_in_it() -> None:
    """'were "baseless".': the quotation opened inside the content closes inside it; a
    quote mark that opened before the content (a direct quotation) stays outside."""
    text = 'The ministry said the allegations were "baseless".'
    assert _claims(text) == [("The ministry", "said", 'the allegations were "baseless"')]
    quoted = '"We will not retreat," the commander told AFP.'
    assert _claims(quoted) == [("the commander", "told", "We will not retreat")]


def test_a_claimant_with_a_relative_clause_is_keyed_by_its_head() -> None:
    """ "The Taliban, who seized power in August, said": the head before the aside names
    the entity; a list of names ("Russia, Iran and Turkey") is not cut at its commas."""
    text = "The Taliban, who seized power in August, said the attack was a provocation."
    entities = [
        {"entity_key": "taliban", "label": "ORG", "start": 4, "end": 11},
        {"entity_key": "august", "label": "DATE", "start": 32, "end": 38},
    ]
    [row] = extract_claims("t", text, PARAMS, entities)
    assert (row["claimant"], row["claimant_key"]) == (text[:40], "taliban")
    listed = "Russia, Iran and Turkey said the talks would resume."
    entities = [
        {"entity_key": "russia", "label": "GPE", "start": 0, "end": 6},
        {"entity_key": "turkey", "label": "GPE", "start": 17, "end": 23},
    ]
    [row] = extract_claims("t", listed, PARAMS, entities)
    assert row["claimant_key"] == "turkey"


def test_without_giving_details_is_no_part_of_the_content() -> None:
    """ "…, without giving details": a comma and "without" with a participle of telling
    says how the report was made, so the content ends at the comma; "without" with
    another verb ("without raising taxes") modifies the content's own verb."""
    text = "The ministry said 12 people were killed and 40 wounded, without giving details."
    assert _claims(text) == [("The ministry", "said", "12 people were killed and 40 wounded")]
    after = "12 people were killed, the ministry said, without providing evidence."
    assert _claims(after) == [("the ministry", "said", "12 people were killed")]
    aside = "He said, without elaborating, that the operation would take weeks."
    assert _claims(aside) == [("He", "said", "that the operation would take weeks")]
    own = "He said the state would pay for it, without raising taxes."
    assert _claims(own) == [("He", "said", "the state would pay for it, without raising taxes")]


def test_a_clause_after_the_medium_of_a_statement_is_the_content() -> None:
    """ "said in a statement it had …", "said on Sunday it had …": a pronoun subject with
    its auxiliary, or a determiner with a finite verb soon after it, after a short
    "in"/"on" phrase (or a day) opens a content clause whose "that" is left out; "it"
    counts only with its verb after it."""
    text = 'The army said in a statement it had "neutralised" 15 "terrorists".'
    assert _claims(text) == [("The army", "said", 'it had "neutralised" 15 "terrorists"')]
    day = "The army said on Sunday it had killed 15 militants."
    assert _claims(day) == [("The army", "said", "it had killed 15 militants")]
    channel = "The governor wrote on his Telegram channel they would rebuild the bridge."
    assert _claims(channel) == [("The governor", "wrote", "they would rebuild the bridge")]
    subject = "The ministry said in a statement the soldiers had been killed in an ambush."
    assert _claims(subject) == [
        ("The ministry", "said", "the soldiers had been killed in an ambush")
    ]


def test_a_passive_report_in_a_relative_clause_names_nobody() -> None:
    """ "The toll, which could not be independently confirmed, was given …": the relative
    pronoun is the passive cue's subject (what is reported on), not its claimant, and the
    main clause's predicate after the comma is not its content."""
    text = "The toll, which could not be independently confirmed, was given by a local official."
    assert _claims(text) == []


def test_a_cue_after_anonymity_to_is_no_report() -> None:
    """ "who spoke on condition of anonymity to discuss …", "not authorised to speak": the
    infinitive says why or whether one speaks, not what was said; the main cue reports."""
    text = (
        "The official, who spoke on condition of anonymity to discuss sensitive matters, "
        "said the strikes would continue."
    )
    assert [c[1:] for c in _claims(text)] == [("said", "the strikes would continue")]
    leave = "Two officials, who were not authorised to discuss the raid, said it had failed."
    assert [c[1:] for c in _claims(leave)] == [("said", "it had failed")]


def test_people_who_put_a_figure_at_a_value_claim_it() -> None:
    """ "Medical sources put the death toll at 35": sources or officials placing a figure
    noun at a value state that figure; "put pressure on … at" places no figure."""
    text = "Medical sources put the death toll at 35."
    assert _claims(text) == [("Medical sources", "put", "the death toll at 35")]
    assert _claims("Officials put pressure on the mayor at the meeting.") == []


def test_a_participle_aside_sets_off_the_claimant() -> None:
    """ "A spokesman for the Islamic State group, speaking to reporters, said": a participle
    phrase between commas is an aside; the noun phrase before it is the claimant."""
    text = (
        "A spokesman for the Islamic State group, speaking to reporters, said the siege was over."
    )
    assert _claims(text) == [
        ("A spokesman for the Islamic State group", "said", "the siege was over")
    ]


def test_a_report_in_a_concessive_clause_ends_the_content() -> None:
    """ "X insisted A, though residents said B": a report opening a concessive clause
    after a comma is a sibling of the content, not part of it; the concessive word is
    dropped from the end."""
    text = (
        "The army insisted its strike had hit only military targets, "
        "though residents said a school was damaged."
    )
    assert _claims(text) == [
        ("The army", "insisted", "its strike had hit only military targets"),
        ("residents", "said", "a school was damaged"),
    ]
    even = "Kyiv said the bridge was intact, even though Moscow claimed it had been destroyed."
    assert _claims(even)[0] == ("Kyiv", "said", "the bridge was intact")


def test_a_that_after_a_comma_participle_is_the_participle_s() -> None:
    """ "CONTENT, the ministry said on Monday, adding that …": the adjunct after the cue
    ends at the comma, so the "that" is the participle's content and the cue's content is
    the clause before it."""
    text = (
        "The toll has risen to 27, the health department said on Monday, "
        "adding that more than 60 people were wounded."
    )
    assert _claims(text) == [
        ("the health department", "said", "The toll has risen to 27"),
        ("the health department", "adding", "that more than 60 people were wounded"),
    ]


def test_one_with_a_noun_before_an_aside_is_the_claimant() -> None:
    """'"…," one resident, who declined to give his name, told Reuters.': "one" opens
    the noun phrase before the aside like a determiner; the listener is no claimant."""
    text = '"It\'s a massacre," one resident, who declined to give his name, told Reuters.'
    assert _claims(text)[0] == ("one resident", "told", "It's a massacre")


def test_a_report_in_a_relative_clause_on_a_short_subject_ends_at_its_comma() -> None:
    """ "The video, which shows the strike, was shared online": the relative clause on
    the subject closes at its comma; the subject's own predicate is not its content."""
    text = "The video, which shows the strike, was shared widely online."
    assert _claims(text) == [("which", "shows", "the strike")]


def test_an_adverb_between_claimant_and_cue_hedges_the_report() -> None:
    """ "The commander allegedly said …", "which purportedly shows": a hedging adverb
    between the claimant and its cue (no comma between) modifies the report; a modal in
    an aside on the claimant ("who may be sacked") does not."""
    assert _hedges("The commander allegedly said the town had fallen.") == ["allegedly"]
    assert _hedges("The video, which purportedly shows the strike, was shared.") == ["purportedly"]
    aside = "The official, who may be sacked, said the town had fallen."
    assert _hedges(aside) == [None]


def test_a_comment_after_a_dotted_name_still_ends_the_content() -> None:
    """ "…, which U.S. officials denied.", "…, which Mr. Zelensky denied.": the answering
    relative comments on the report before, whatever abbreviations its subject holds, so
    the report's content ends at its comma."""
    for answer in ("U.S. officials", "Mr. Zelensky"):
        text = f"Moscow said its forces took the town, which {answer} denied."
        assert _claims(text) == [
            ("Moscow", "said", "its forces took the town"),
            (answer, "denied", "its forces took the town"),
        ]


def test_any_subject_that_puts_a_figure_at_a_value_claims_it() -> None:
    """ "Israel put the number at 253": a name or any noun phrase that puts a figure
    noun at a value states it, and its report ends the content of the one before the
    semicolon; "which puts the toll at" points back to an event, "put his life at risk"
    places no figure and in "rose 23 places to number six" "places" is a noun."""
    text = "Hamas said it had taken around 240 hostages; Israel put the number at 253."
    assert _claims(text) == [
        ("Hamas", "said", "it had taken around 240 hostages"),
        ("Israel", "put", "the number at 253"),
    ]
    worth = "The magazine has put his net worth at $45 billion."
    assert _claims(worth) == [("The magazine", "has put", "his net worth at $45 billion")]
    assert _claims("The blast killed 12 more, which puts the toll at 60.") == []
    assert _claims("The raid put his life at risk.") == []
    assert _claims("The album rose 23 places to number six.") == []


def test_a_claim_noun_answers_the_outer_report() -> None:
    """ "Hagari said troops had found weapons, a claim Hamas rejected": a report inside
    another's content ("troops had found") is part of what was said, so the comment
    answers the outer report and its content is all of it; a report coordinated with
    the first ("…, and Kyiv said …") is the one answered."""
    text = "Hagari said troops had found weapons in the hospital, a claim Hamas rejected."
    assert _claims(text) == [
        ("Hagari", "said", "troops had found weapons in the hospital"),
        ("Hamas", "rejected", "troops had found weapons in the hospital"),
    ]
    sibling = (
        "Moscow said it took the town, and Kyiv said it had retaken it, a claim Moscow denied."
    )
    assert _claims(sibling)[-1] == ("Moscow", "denied", "it had retaken it")
    noun = "The report said troops found weapons, a claim Hamas rejected."
    assert _claims(noun)[-1] == ("Hamas", "rejected", "troops found weapons")


def test_a_participle_clause_opening_the_sentence_is_its_subject_s_report() -> None:
    """ "Noting that the truce had collapsed, the minister …": a participle clause set
    off before the main clause (alone or after "after", "while", …) reports what the
    main clause's subject said; its content ends at the comma. The subject is a pronoun,
    a name (also after a determiner) or a noun phrase without the verb after it; inside
    a quotation the participle is the quoted speaker's."""
    text = "Noting that the truce had collapsed, the minister travelled to Geneva."
    assert _claims(text) == [("the minister", "Noting", "that the truce had collapsed")]
    after = "After insisting the bridge was intact, Kyiv closed it to traffic."
    assert _claims(after) == [("Kyiv", "insisting", "the bridge was intact")]
    name = "Recalling the siege, the RNC began spending money early."
    assert _claims(name) == [("the RNC", "Recalling", "the siege")]
    quoted = '"Realizing that a fight is coming, the army will dig in," he said.'
    assert [c[1] for c in _claims(quoted)] == ["said"]


def test_a_participle_after_a_lower_case_in_opens_its_sentence_too() -> None:
    """One test of an opening participle serves the noun check and the fronted clause:
    "in declaring …" opening a paragraph reads as "In declaring …" does."""
    text = "in declaring the vote rigged, the party called for a boycott."
    assert ("the party", "declaring", "the vote rigged") in _claims(text)


def test_an_unverified_comment_names_any_claim_noun() -> None:
    """ "…, an allegation that could not be independently verified": the writer's hedge
    after a report reads the same claim nouns as the comment that ends its content."""
    text = (
        "Kyiv said its forces took the town, an allegation that could not be independently "
        "verified."
    )
    assert _hedges(text) == ["could not be independently verified"]


def test_any_number_word_opens_a_counted_clause() -> None:
    """ "Sixty people died, police said": every number word from two up (the quantities'
    own table) opens a casualty count before the cue, not an introductory phrase."""
    assert _claims("Sixty people died, police said.") == [("police", "said", "Sixty people died")]


def test_a_participle_s_subject_after_an_adjunct_without_its_comma() -> None:
    """ "After the election his campaign sued …, claiming": an opening adjunct without
    its comma ends where a determiner follows its noun ("the election his campaign"),
    and "Last week" is a time phrase; the subject after either is the participle's."""
    for opener in ("After the election,", "After the election", "Last week"):
        text = f"{opener} his campaign sued the state, claiming the vote was rigged."
        assert _claims(text) == [("his campaign", "claiming", "the vote was rigged")]


def test_a_participle_after_in_and_a_subject_with_an_aside() -> None:
    """ "In describing the offensive, the army …": after a sentence-opening "in" the
    participle is a report, not a noun; the subject may carry an aside ("X, who …,
    said") and a name after a determiner may modify a noun ("the Ukrainian army
    again …")."""
    text = "In describing the offensive as a success, the Ukrainian army again asked for arms."
    assert _claims(text)[0] == ("the Ukrainian army", "describing", "the offensive as a success")
    aside = "Recalling the siege, Olena Kovalenko, who fled the city, said she had no regrets."
    assert _claims(aside)[0] == ("Olena Kovalenko", "Recalling", "the siege")


def test_an_inverted_name_after_a_title_or_a_clause_between_commas() -> None:
    """ "…, said former governor Ed Rendell, who …": lower-case title words and a name
    that ends the sentence or meets an aside are the inverted claimant; a clause between
    commas before the cue ("Even if X, supplies would be moved, said Bondar") is
    content, not an aside on a claimant, while a relative clause still is one."""
    text = "The city has run out of water, said regional governor Olena Bondar, who fled."
    assert _claims(text) == [
        ("regional governor Olena Bondar", "said", "The city has run out of water")
    ]
    clause = "Even if the bridge falls, supplies would be moved by river, said Bondar, who fled."
    assert _claims(clause) == [
        ("Bondar", "said", "Even if the bridge falls, supplies would be moved by river")
    ]
    aside = '"We will stay," Bondar, who fled the city, told Reuters.'
    assert _claims(aside)[0][:2] == ("Bondar, who fled the city,", "told")


def test_an_ing_form_after_be_that_ends_its_clause_is_an_adjective() -> None:
    """ "The losses are worrying, the general said": an "-ing" cue form after a form of
    "be" with nothing after it in its clause is a predicative adjective, not a report;
    "are warning that …" and "was saying: …" still report."""
    text = "The losses are worrying, the general said."
    assert _claims(text) == [("the general", "said", "The losses are worrying")]
    assert _claims("Officials are warning that the dam could fail.") == [
        ("Officials", "warning", "that the dam could fail")
    ]


def test_a_two_word_count_with_its_verb_is_a_casualty_report() -> None:
    """ "Dozens died, officials said": a count and its verb before the comma are the
    report's content, as "Ten people died" is; "Two years ago," stays an opener."""
    assert _claims("Dozens died, officials said.") == [("officials", "said", "Dozens died")]
    assert _claims("Two years ago, he said the war would end.") == [
        ("he", "said", "the war would end")
    ]


def test_a_three_word_clause_with_its_auxiliary_is_a_report() -> None:
    """ "Supplies are short, a medic said.": a subject and its auxiliary before the comma
    make a clause, not an opener like "On Sunday,"; with a clause after the cue the cue
    reports that one instead."""
    assert _claims("Supplies are short, a medic said.") == [
        ("a medic", "said", "Supplies are short")
    ]
    assert _claims("Casualties were heavy, the governor said on Monday.") == [
        ("the governor", "said", "Casualties were heavy")
    ]
    assert _claims("On Sunday, the governor said the road was closed.") == [
        ("the governor", "said", "the road was closed")
    ]
    coordinated = "Morale has fallen, soldiers complain of delays and some have deserted."
    assert "Morale has fallen" not in [content for _, _, content in _claims(coordinated)]


def test_a_relative_clause_with_its_own_report_is_a_second_claim() -> None:
    """ "X said A, which Y said B": the relative clause carries Y's report, so X's content
    ends at its comma and Y's words are a claim of their own; a relative closed by a comma
    inside the content, or one whose cue takes no clause ("described as"), changes
    nothing."""
    text = "The agency said the raid killed six guards, which the navy said it was reviewing."
    assert _claims(text) == [
        ("The agency", "said", "the raid killed six guards"),
        ("the navy", "said", "it was reviewing"),
    ]
    gap = "Locals said the bridge was shelled, which the army says is untrue."
    assert _claims(gap) == [
        ("Locals", "said", "the bridge was shelled"),
        ("the army", "says", "is untrue"),
    ]
    aside = "Critics say the tax, which the mayor says is fair, hurts farmers."
    assert _claims(aside) == [
        ("Critics", "say", "the tax, which the mayor says is fair, hurts farmers")
    ]
    verb = "She said she met the envoy, who she described as tired."
    assert _claims(verb) == [("She", "said", "she met the envoy, who she described as tired")]


def test_a_time_phrase_after_a_relative_s_cue_is_no_content() -> None:
    """ "…, which the navy confirmed the next day": "the" before "next", "following" or a
    time word opens a time adjunct of the relative's verb, not a clause it reports, so
    the relative makes no second claim of the time phrase."""
    text = "Militants said they shelled the port, which the navy confirmed the next day."
    assert all(content != "the next day" for _, _, content in _claims(text))
    following = "Militants said they shelled the port, which Kyiv denied the following week."
    assert all(not content.startswith("the following") for _, _, content in _claims(following))


def test_a_determined_subject_after_a_head_noun_is_the_claimant() -> None:
    """ "a threat the US said it took seriously": a noun phrase right after another, with
    no preposition between, is the subject of a relative clause on the first, so it alone
    is the claimant; after a preposition it is that preposition's object."""
    text = "It was a threat the ministry said it took seriously."
    assert _claims(text) == [("the ministry", "said", "it took seriously")]
    noun = "It was an assembly the governor said was unlawful."
    assert _claims(noun) == [("the governor", "said", "was unlawful")]
    rivals = "They signed the pact their rivals say was forced on them."
    assert [(c, cue) for c, cue, _ in _claims(rivals)] == [("their rivals", "say")]
    behind = "The firm behind the app said it would appeal."
    assert _claims(behind) == [("The firm behind the app", "said", "it would appeal")]


def test_a_report_a_later_cue_denies_stays_its_claimant_s_claim() -> None:
    """ "A claim X, B denies": B answers A's report, so both are claims (A's is not part of
    B's words); a concession ("the minister admitted") still holds what it reports."""
    text = "Gulf: Rebels claim strike on tanker, navy denies\n\nThe tanker was hit at dawn."
    rows = sorted(_claims(text))
    assert [(claimant, cue) for claimant, cue, _ in rows] == [
        ("Rebels", "claim"),
        ("navy", "denies"),
    ]
    assert rows[0][2] == "strike on tanker"
    assert rows[1][2].endswith("Rebels claim strike on tanker")  # the topic label aside
    body = "The rebels say they downed a drone, the army denies."
    assert _claims(body) == [
        ("the army", "denies", "The rebels say they downed a drone"),
        ("The rebels", "say", "they downed a drone"),
    ]
    admitted = "Voters say the plan is unfair, the minister admitted."
    assert _claims(admitted) == [("the minister", "admitted", "Voters say the plan is unfair")]


def test_a_report_deep_inside_a_denied_content_stays_part_of_it() -> None:
    """ "Reports that X said Y were false, B denied": only a report whose claimant opens
    the answered content is a claim of its own; one further inside is part of what B
    denied (its content would run into the answer's words)."""
    text = "Rumours that the envoy said he would quit were baseless, the embassy denied."
    assert _claims(text) == [
        ("the embassy", "denied", "Rumours that the envoy said he would quit were baseless")
    ]


def test_according_to_the_speaker_s_own_statement_is_one_claim() -> None:
    """ "X said A, according to a statement": the statement is the channel X spoke in,
    so X is the source of one claim; a statement alone, or a report someone else made,
    is still cited by "according to"."""
    text = "The rebel group said it had seized the port, according to a brief statement."
    assert _claims(text) == [("The rebel group", "said", "it had seized the port")]
    alone = "The port fell on Monday, according to a statement."
    assert _claims(alone) == [("a statement", "according to", "The port fell on Monday")]
    other = "The army said the port fell, according to a transcript of the briefing."
    assert [c for c, _, _ in _claims(other)] == ["a transcript of the briefing"]


def test_a_statement_cited_before_another_clause_keeps_its_own_claim() -> None:
    """ "A fell, according to a statement, and the army said B": the statement is the
    source of the clause before it only; the report in the coordinated clause is no
    speaker of that statement, and both claims stay. A verb right after "and" goes on
    with the sourced clause's subject."""
    text = "The bridge collapsed, according to a statement, and the police said two died."
    assert _claims(text) == [
        ("a statement", "according to", "The bridge collapsed"),
        ("the police", "said", "two died"),
    ]


def test_a_predicate_coordinated_with_the_cue_ends_an_object_content() -> None:
    """ "X denied the charges and accused Y": the object has no verb of its own, so the
    verb after "and" is the claimant's next predicate, not part of what was denied; a
    clause content keeps its own coordinated verb."""
    text = "The general denied the charges and accused the monitors of bias."
    assert _claims(text) == [
        ("The general", "denied", "the charges"),
        ("The general", "accused", "the monitors of bias"),
    ]
    aux = "The envoy describes himself as neutral and has said that talks will resume."
    assert _claims(aux) == [
        ("The envoy", "describes", "himself as neutral"),
        ("The envoy", "said", "that talks will resume"),
    ]
    clause = "He said the militia stormed the depot and looted the stores."
    assert _claims(clause) == [
        ("He", "said", "the militia stormed the depot and looted the stores")
    ]


def test_a_participle_naming_casualties_after_and_is_no_second_predicate() -> None:
    """ "reported the dead and wounded in …": "wounded", "injured" name people here, so
    the object goes on past "and" instead of ending at a supposed second verb; before a
    determiner or a number they are the claimant's next verb ("and wounded three")."""
    text = "Rescuers reported scores of dead and injured in the rubble."
    assert _claims(text) == [("Rescuers", "reported", "scores of dead and injured in the rubble")]
    named = "The militia announced the capture of a major and wounded Ukrainians."
    assert _claims(named) == [
        ("The militia", "announced", "the capture of a major and wounded Ukrainians")
    ]
    verb = "The brigade confirmed the loss of a tank and wounded three attackers."
    assert _claims(verb) == [("The brigade", "confirmed", "the loss of a tank")]


def test_a_cue_form_heading_a_prepositional_phrase_is_a_noun() -> None:
    """ "Speaking on the Sunday shows, X said": a preposition, a determiner and a modifier
    make "shows" the noun the preposition governs, so it reports nothing and does not
    swallow the report after its comma."""
    text = "Speaking on the evening shows, the governor said the dam would hold."
    assert _claims(text) == [("the governor", "said", "the dam would hold")]
    plans = "As part of its budget plans, the ministry said fuel prices would rise."
    assert _claims(plans) == [("the ministry", "said", "fuel prices would rise")]


def test_a_name_after_a_prepositional_phrase_is_the_cue_s_subject() -> None:
    """ "In the video Putin says, …": a name after the phrase's lower-case noun starts a
    clause, so the cue form after it is that subject's verb, not the phrase's noun."""
    quote = 'In the recording Lavrov says, "The offensive will go on."'
    assert _claims(quote) == [("Lavrov", "says", "The offensive will go on")]
    clause = "In the communique Hezbollah writes, the truce has collapsed."
    assert _claims(clause) == [("Hezbollah", "writes", "the truce has collapsed")]


def test_a_period_adjunct_after_the_cue_is_not_content() -> None:
    """ "X said last week (that) …": "last week" dates the report, so the content starts
    after it (also at a quotation after a place); before a verb it is the content's
    subject ("said last year was the worst")."""
    text = "The ministry said last week it would reopen the crossing."
    assert _claims(text) == [("The ministry", "said", "it would reopen the crossing")]
    quote = 'The envoy said last month in Doha, "The talks are over."'
    assert _claims(quote) == [("The envoy", "said", "The talks are over")]
    subject = "The minister said last year was the deadliest on record."
    assert _claims(subject) == [("The minister", "said", "last year was the deadliest on record")]
    present = "The spokesman said this month ends the truce with the militia."
    assert _claims(present) == [
        ("The spokesman", "said", "this month ends the truce with the militia")
    ]
    irregular = "The governor said last week brought heavy shelling to the port."
    assert _claims(irregular) == [
        ("The governor", "said", "last week brought heavy shelling to the port")
    ]
    adjunct = "The tycoon was revealed last week as a secret backer of the lawsuit."
    assert [row[2] for row in _claims(adjunct)] == ["as a secret backer of the lawsuit"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The navy said last week sailors had left the harbour.", "sailors had left the harbour"),
        ("Police said last month dozens of homes were searched.", "dozens of homes were searched"),
        (
            "The charity said this year more than 300 wells have dried up.",
            "more than 300 wells have dried up",
        ),
        (
            "The mayor said this week families should stock up on water.",
            "families should stock up on water",
        ),
        (
            "The union said last year around 50 reporters were detained.",
            "around 50 reporters were detained",
        ),
    ],
)
def test_a_period_adjunct_before_a_plural_or_counted_subject_dates_the_report(
    text: str, content: str
) -> None:
    """ "X said last week troops had …": a plural noun or a count after the period opens
    the content's own clause (its verb follows it), so the period dates the report."""
    assert [row[2] for row in _claims(text)] == [content]
