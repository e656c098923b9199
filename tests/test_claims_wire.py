"""Claims in wire reports about armed conflict, third pass: answers to a claim, what a
speaker withheld, requests for anonymity, participles after a main clause."""

from __future__ import annotations

from claim_rows import claim_rows
from claim_rows import claims as _claims


def test_it_after_a_denial_stands_for_the_claim_before() -> None:
    """ "…, but the army denied it": the object "it" of a verb answering a claim is that
    claim, so the denial is a claim however short its content; "said it" stays too short."""
    text = "Rebels said they had shot down a helicopter, but the army denied it."
    assert _claims(text) == [
        ("Rebels", "said", "they had shot down a helicopter"),
        ("the army", "denied", "it"),
    ]
    confirmed = "Kyiv said its forces had crossed the river. Moscow later confirmed it."
    assert ("Moscow", "confirmed", "it") in _claims(confirmed)


def test_a_withheld_detail_is_the_speaker_s_second_predicate() -> None:
    """ "said X but gave no details", "and would not say when": a conjunction and a
    predicate of not telling belong to the speaker, not to what was said; a second
    predicate of the content's subject ("and had taken the town") stays."""
    text = "The ministry said the talks were constructive but gave no details."
    assert _claims(text) == [("The ministry", "said", "the talks were constructive")]
    elaborate = "The army said it had struck militant targets but didn't elaborate."
    assert _claims(elaborate) == [("The army", "said", "it had struck militant targets")]
    own = "The ministry said the army was advancing and had taken the town."
    assert _claims(own) == [
        ("The ministry", "said", "the army was advancing and had taken the town")
    ]
    materials = "She said he had the files but could not provide those materials."
    assert _claims(materials)[0][2] == "he had the files but could not provide those materials"


def test_a_request_for_anonymity_is_no_report() -> None:
    """ "who asked not to be named", "who requested anonymity": a request to stay
    unnamed says nothing about what was said; only the main cue reports."""
    text = "An official, who asked not to be named, said the convoy had been hit."
    assert [c[1:] for c in _claims(text)] == [("said", "the convoy had been hit")]
    identified = "A commander, who asked not to be identified, told Reuters the convoy was hit."
    assert [c[1:] for c in _claims(identified)] == [("told", "the convoy was hit")]
    requested = "A diplomat, who requested anonymity, said the talks had stalled."
    assert [c[1:] for c in _claims(requested)] == [("said", "the talks had stalled")]


def test_a_participle_after_a_main_clause_takes_its_subject() -> None:
    """ "His campaign sued the state, claiming …": the participle's subject is the main
    clause's, also a possessed noun ("Trump's campaign") or a determiner's noun phrase
    after an opener ("On Monday, his campaign …"), never the clause itself."""
    text = "On Monday, his campaign sued the state, claiming the vote was rigged."
    assert _claims(text) == [("his campaign", "claiming", "the vote was rigged")]
    possessed = "Trump's campaign sued the state of Georgia, claiming the vote was rigged."
    assert _claims(possessed) == [("Trump's campaign", "claiming", "the vote was rigged")]


def test_a_relative_that_answers_a_report_ends_its_content() -> None:
    """ "X said Y, which Kyiv denied": the relative clause answers the report, so Y ends
    at the comma and Kyiv's denial has Y as its content; a negated answer ("which Israel
    did not confirm") states nothing, and without a report before it the relative's
    antecedent is a noun ("faced charges, which he denies")."""
    text = "Russia said it had destroyed a Ukrainian base, which Kyiv has denied."
    assert _claims(text) == [
        ("Russia", "said", "it had destroyed a Ukrainian base"),
        ("Kyiv", "denied", "it had destroyed a Ukrainian base"),
    ]
    unconfirmed = "Hamas said the hostage was killed in a strike, which Israel did not confirm."
    assert _claims(unconfirmed) == [("Hamas", "said", "the hostage was killed in a strike")]
    assert _claims("On Monday he faced robbery charges in court, which he denies.") == []
    bridge = "The army said it had destroyed the bridge, which was used by the rebels."
    assert _claims(bridge)[0][2] == "it had destroyed the bridge, which was used by the rebels"


def test_a_figure_s_source_may_name_its_place() -> None:
    """ "Medical sources in Gaza put the death toll at 35": a place phrase after the
    source noun is part of the source; a capitalised source opens the sentence."""
    text = "Medical sources in Gaza put the death toll at 35."
    assert _claims(text) == [("Medical sources in Gaza", "put", "the death toll at 35")]
    capital = "Officials put the death toll at 35."
    assert _claims(capital) == [("Officials", "put", "the death toll at 35")]
    assert _claims("Officials in Kyiv put pressure on the mayor at the meeting.") == []


def test_a_report_noun_after_no_and_a_modifier_is_no_cue() -> None:
    """ "There was no immediate claim of responsibility": a bare form after "no"/"any"
    and one modifier, with a preposition or a full stop after it, is a noun; "no rebels
    claim" (a plural subject) and "no one claim…" keep the verb."""
    assert _claims("There was no immediate claim of responsibility.") == []
    assert _claims("No group has made any formal claim of responsibility.") == []
    assert _claims("No rebels claim the town.") == [("No rebels", "claim", "the town")]


def test_a_negated_verification_states_nothing() -> None:
    """ "Reuters could not independently verify the figures": checking a claim and
    failing is the writer's hedge, not a claim; "would not confirm whether …" still
    reports what was left open, and "confirmed" alone is a claim."""
    assert _claims("Reuters could not independently verify the figures.") == []
    assert _claims("The claim could not be verified by Reuters.") == []
    assert _claims("The army has not yet confirmed the deaths.") == []
    assert _claims("The army confirmed the deaths.") == [("The army", "confirmed", "the deaths")]
    whether = "The army would not confirm whether the general was killed."
    assert _claims(whether) == [("The army", "confirm", "whether the general was killed")]


def test_a_report_set_off_after_the_subject_splits_its_content() -> None:
    """ "The strike, the army said, targeted a depot": a determiner's noun, the report
    between commas, then a finite verb: the noun is the content's subject, so the content
    runs around the report; after an introductory phrase ("On Sunday, …") it does not."""
    text = "The strike, the army said, targeted a weapons depot."
    assert _claims(text) == [
        ("the army", "said", "The strike, the army said, targeted a weapons depot")
    ]
    intro = "On Sunday, the army said, the rebels attacked."
    assert _claims(intro) == [("the army", "said", "the rebels attacked")]


def test_a_longer_without_aside_after_the_cue_is_no_content() -> None:
    """ "claimed, without providing evidence, that …": "without", a participle of telling
    and its short object between commas say how the claim was made; the "that" clause
    after them is the content."""
    text = "The Houthis claimed, without providing evidence, that they had hit a US warship."
    assert _claims(text) == [("The Houthis", "claimed", "that they had hit a US warship")]


def test_an_aside_on_an_according_to_source_is_no_content() -> None:
    """ "According to the report, seen by Reuters, …", "…, according to the report, which
    was seen by Reuters": a participle or relative clause after the source describes
    the source; the content is the clause on the other side."""
    text = "According to the report, seen by Reuters, the drones were built in Iran."
    assert _claims(text) == [("the report", "According to", "the drones were built in Iran")]
    after = "The drones were built in Iran, according to the report, which was seen by Reuters."
    assert _claims(after)[0] == ("the report", "according to", "The drones were built in Iran")
    inside = "Since November, according to HRW, forces have killed 300 people."
    assert _claims(inside)[0][2] == inside[:-1]


def test_a_claim_rejected_as_something_is_answered() -> None:
    """ "…, a claim Kyiv dismissed as propaganda": the "as" complement of a rejecting verb
    characterises the claim noun; the rejection answers the report before the comma,
    not the words after its cue."""
    text = "Moscow said its forces took the town, a claim Kyiv dismissed as propaganda."
    assert _claims(text) == [
        ("Moscow", "said", "its forces took the town"),
        ("Kyiv", "dismissed", "its forces took the town"),
    ]


def test_a_coordinated_subject_is_the_whole_claimant() -> None:
    """ "Russia and Ukraine have accused each other …": when the sentence's subject noun
    phrase ends at the "and" before the claimant, both conjuncts report; a first conjunct
    with a verb is a clause of its own ("The army shot two men and officials said")."""
    text = "Sudan's army and the paramilitary RSF have accused each other of starting the war."
    assert _claims(text)[0][0] == "Sudan's army and the paramilitary RSF"
    assert _claims("Israel and Hamas said the truce would hold.")[0][0] == "Israel and Hamas"
    clause = "The army shot two men and officials said they were armed."
    assert _claims(clause) == [("officials", "said", "they were armed")]


def test_a_pronoun_after_a_report_verb_is_its_content_s_subject() -> None:
    """ "Tehran has warned it will respond …": a finite report verb and a pronoun before a
    later cue open a content clause, so the later cue's claimant is the pronoun inside
    the first report's content (a nested report, not a claim of its own)."""
    text = "Tehran has warned it will respond to any attack."
    assert _claims(text) == [("Tehran", "warned", "it will respond to any attack")]


def test_the_writer_s_verification_comment_ends_the_content() -> None:
    """ "…, though this could not be independently confirmed": a concessive or relative
    clause whose verb checks the claim is the writer's comment, not what was said."""
    text = "The rebels say they have captured the town, though this could not be confirmed."
    assert _claims(text) == [("The rebels", "say", "they have captured the town")]
    which = "The ministry said 30 soldiers were killed, which could not be verified."
    assert _claims(which) == [("The ministry", "said", "30 soldiers were killed")]


def test_a_report_noun_in_an_according_to_source_is_no_cue() -> None:
    """ "According to unconfirmed reports, …": a cue form a few modifiers after "according
    to" heads the source noun phrase; it reports nothing of its own."""
    text = "According to local media reports, the general was killed."
    assert _claims(text) == [("local media reports", "According to", "the general was killed")]


def test_but_and_a_withheld_confirmation_end_the_content() -> None:
    """ "X said Y, but the army did not confirm this": a contrast whose verb answers or
    checks the claim, with a pronoun for it, comments on the report; it is no content."""
    text = "Residents said the shelling had stopped, but the army did not confirm this."
    assert _claims(text) == [("Residents", "said", "the shelling had stopped")]


def test_the_writers_background_after_a_cited_report_is_no_content() -> None:
    """ "…, the ministry said, as Israel widened its campaign": after the report, "as" or
    "after" with a subject of its own, or "amid", opens the writer's background; the words
    after a report set inside its content still finish it."""
    text = (
        "Israeli strikes killed 23 people in Tyre, the health ministry said, as Israel "
        "widened its campaign."
    )
    assert _claims(text) == [
        ("the health ministry", "said", "Israeli strikes killed 23 people in Tyre")
    ]
    amid = "Two soldiers died, the army said, amid heavy fighting near Bakhmut."
    assert _claims(amid) == [("the army", "said", "Two soldiers died")]
    inside = "The plan, he said, is dead."
    assert _claims(inside) == [("he", "said", "The plan, he said, is dead")]
    # A pronoun after "as" goes on with the reason the source gave.
    reason = "The plan is vague, experts say, as it could exclude single mothers."
    assert (
        _claims(reason)[0][2]
        == "The plan is vague, experts say, as it could exclude single mothers"
    )


def test_why_a_source_stays_unnamed_is_no_content() -> None:
    """A source's anonymity and the reason for it explain the report; they are none: the
    content of "told AP on condition of anonymity because he was not authorized to speak"
    is the clause before, and "who declined to be named" reports nothing."""
    told = (
        "Fighters killed 70 people in the capital, a security source told The Associated "
        "Press on condition of anonymity because he was not authorized to speak to journalists."
    )
    assert _claims(told) == [
        ("a security source", "told", "Fighters killed 70 people in the capital")
    ]
    declined = (
        "A spokesperson for the group, who declined to be named for security reasons, told "
        "Reuters that fighting continued."
    )
    assert [(cue, content) for _, cue, content in _claims(declined)] == [
        ("told", "that fighting continued")
    ]
    assert _claims("The ministry declined to comment.") == [
        ("The ministry", "declined", "to comment")
    ]


def test_a_description_of_the_source_is_no_content() -> None:
    """ "…, according to the Syrian Observatory for Human Rights, a Britain-based war
    monitor.": an indefinite noun phrase after the source describes it; a clause after the
    source finishes the content it interrupts."""
    text = (
        "At least 40 people were killed, according to the Syrian Observatory for Human "
        "Rights, a Britain-based war monitor."
    )
    assert _claims(text)[0][2] == "At least 40 people were killed"
    relative = "Forty people died, according to the monitor, a group that has tracked the war."
    assert _claims(relative)[0][2] == "Forty people died"
    inside = "Since November, according to HRW, a group of soldiers has killed 300 civilians."
    assert _claims(inside)[0][2] == inside.rstrip(".")


def test_a_report_adverb_inside_a_named_sources_content_is_that_sources_hedge() -> None:
    """ "X were reportedly killed, Indian media said": one claim, the media's, hedged; no
    second, unattributed claim from the adverb."""
    (row,) = claim_rows("Two soldiers were reportedly killed in the clash, Indian media said.")
    assert (row["claimant"], row["hedge"]) == ("Indian media", "reportedly")
    (alone,) = claim_rows("The FBI is reportedly investigating the leak.")
    assert (alone["claimant"], alone["cue"]) == (None, "reportedly")


def test_a_denial_takes_a_gerund_as_its_content() -> None:
    """ "Rwanda denies backing the rebels": the answering verb is the cue and the gerund
    its content (not "Rwanda denies" reporting "the rebels")."""
    assert _claims("Rwanda denies backing the rebels.") == [
        ("Rwanda", "denies", "backing the rebels")
    ]
    assert _claims("Reports say the town fell.") == [("Reports", "say", "the town fell")]


def test_a_comment_in_the_present_or_contracted_still_hedges() -> None:
    """ "…, a figure that cannot be verified", "…, a claim that couldn't be verified": the
    writer's comment hedges the claim whatever the verb's tense or spelling."""
    text = "Kyiv said Russia had lost 1,250 troops in a day, a figure that cannot be verified."
    (row,) = claim_rows(text)
    assert row["hedge"] == "cannot be verified"
    (short,) = claim_rows(
        "The army said it killed 30 militants, a claim that couldn't be verified."
    )
    assert short["hedge"] == "couldn't be verified"


def test_a_participle_after_a_comma_is_no_claimant() -> None:
    """ "…, rejecting calls for a truce": the noun after a participle is its object, so
    "calls" makes no report by "rejecting"; the report before keeps its claimant."""
    text = "Netanyahu said the war would go on, rejecting calls from Washington for a truce."
    assert [(c, cue) for c, cue, _content in _claims(text)] == [("Netanyahu", "said")]
    assert _claims("The talks collapsed, prompting claims that the deal was dead.") == []
    quoted = 'Netanyahu said the war would go on "until victory," rejecting calls for a truce.'
    assert [(c, cue) for c, cue, _content in _claims(quoted)] == [("Netanyahu", "said")]
    # A participle's phrase before a cue is no claimant either: the quotation is Dagalo's.
    text = '"The plan is dead," Dagalo said, cutting off a reporter who asked about it.'
    assert _claims(text)[0] == ("Dagalo", "said", "The plan is dead")


def test_a_noun_modified_by_a_passive_participle_reports_nothing() -> None:
    """ "…, the latest of the massacres blamed on the RSF": a verb that takes its object
    first, as a participle before "on"/"by", describes the noun; the report is the
    activists'."""
    text = (
        "Fighters killed 85 people in a village, activists said Thursday, "
        "the latest in a string of massacres blamed on the Rapid Support Forces."
    )
    assert _claims(text) == [("activists", "said", "Fighters killed 85 people in a village")]
    assert _claims("The town fell to rebels, officials said on Monday.") == [
        ("officials", "said", "The town fell to rebels")
    ]


def test_how_the_words_came_is_no_content() -> None:
    """ "…, the army said by telephone": "by" and a means of communication end the
    sentence as an adjunct, so the content is the clause before the claimant."""
    text = "Rebels seized the town, the army said by telephone."
    assert _claims(text) == [("the army", "said", "Rebels seized the town")]
    told = "Rebels seized the town, the mayor told The Associated Press by phone."
    assert _claims(told) == [("the mayor", "told", "Rebels seized the town")]


def test_a_coordinated_claimant_after_the_content() -> None:
    """ "…, police and witnesses said.": both conjuncts between the comma and the cue
    that ends the sentence are the claimant; the content is the clause before."""
    text = "At least 30 people were killed near a market, police and witnesses said."
    assert _claims(text) == [
        ("police and witnesses", "said", "At least 30 people were killed near a market")
    ]
    titled = "Deaths in custody rose, the work and pensions minister warned."
    assert _claims(titled)[0][0] == "the work and pensions minister"


def test_a_span_of_time_before_another_event_is_the_writers_background() -> None:
    """ "…, the U.S. military said, days after strikes on Sanaa": a span of time before
    "after"/"before" dates the report in the writer's words; it is no content."""
    text = "Houthi forces fired missiles at a ship, the U.S. military said, days after strikes."
    content = "Houthi forces fired missiles at a ship"
    assert _claims(text) == [("the U.S. military", "said", content)]
    later = "The truce between the two sides collapsed, officials said, two weeks after it began."
    assert _claims(later)[0][2] == "The truce between the two sides collapsed"
