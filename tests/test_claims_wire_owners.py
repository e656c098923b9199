"""Claims in wire reports, fourth pass: claim nouns owned by a people, report participles
before a later report, free relatives ("what it called"), unstated counts of a scale."""

from __future__ import annotations

from claim_rows import PARAMS, claim_rows, mentions
from claim_rows import claims as _claims

from dataset.claims.extract import extract_claims
from dataset.claims.quantities import extract_quantities


def test_a_claim_noun_after_a_people_s_adjective_is_owned_by_that_people() -> None:
    """ "the Israeli claim that …", "rejected Russian claims that …": after a people's
    adjective the claim word is a noun, not a verb with the words before it as its
    subject; the object of the answering verb is the whole noun phrase."""
    text = "Hamas dismissed the Israeli claim that the hospital was used as a base."
    assert _claims(text) == [
        ("Hamas", "dismissed", "the Israeli claim that the hospital was used as a base")
    ]
    rejected = "Ukraine rejected Russian claims that its forces had withdrawn from the town."
    assert _claims(rejected) == [
        ("Ukraine", "rejected", "Russian claims that its forces had withdrawn from the town")
    ]
    headline = "Kyiv Denies Russian Claims Of Captured Village"
    assert [cue for _c, cue, _t in _claims(headline)] == ["Denies"]


def test_a_people_s_adjective_leaves_a_verb_with_its_subject() -> None:
    """ "the Israelis claim", "a Russian claims he …", "The Vatican says": a plural
    noun, a person or a name before the cue is its subject."""
    assert _claims("The Israelis claim that the tunnel was used by Hamas.") == [
        ("The Israelis", "claim", "that the tunnel was used by Hamas")
    ]
    assert _claims("A Russian claims he was beaten by the guards.") == [
        ("A Russian", "claims", "he was beaten by the guards")
    ]
    assert _claims("The Vatican says the pope has no plans to meet him.") == [
        ("The Vatican", "says", "the pope has no plans to meet him")
    ]


def test_a_participle_of_saying_opens_the_next_report_s_clause() -> None:
    """ "…, adding residents reported no clashes": the participle's content holds the
    later report, whose claimant starts after the participle and which is part of what
    the participle's speaker said."""
    text = "Al-Golani said the fighters had entered Hama, adding residents reported no clashes."
    assert _claims(text) == [
        ("Al-Golani", "said", "the fighters had entered Hama"),
        ("Al-Golani", "adding", "residents reported no clashes"),
    ]


def test_a_report_before_a_participle_s_quotation_stops_at_the_participle() -> None:
    """`said that X, adding: "…"`: the quotation belongs to the participle, so the first
    report ends before it."""
    text = 'Al-Golani said on Telegram that the group would protect minorities, adding: "We won."'
    assert _claims(text) == [
        ("Al-Golani", "said", "that the group would protect minorities"),
        ("Al-Golani", "adding", "We won"),
    ]


def test_a_bare_singular_noun_before_a_modifier_shares_no_claimant() -> None:
    """ "no call or meeting planned with X, adding: …": a participle modifying a bare
    singular noun is no report whose subject the later participle shares."""
    text = (
        "The spokesman refused to comment but said there was no call or meeting planned "
        'with the president, adding: "If one is proposed we will consider it."'
    )
    assert ("The spokesman", "adding", "If one is proposed we will consider it") in _claims(text)


def test_the_pronoun_of_what_it_called_stands_for_the_sentence_subject() -> None:
    """ "Israel struck Beirut in what it called …": the free relative's pronoun names how
    the subject of its clause calls a thing, not the latest name (the object); with an
    unnamed subject ("The army struck Kharkiv") the pronoun has no key."""
    text = "Israel struck Beirut on Friday in what it called a response to rocket fire."
    entities = mentions(text, [("Israel", "GPE", "GPE:israel"), ("Beirut", "GPE", "GPE:beirut")])
    (called,) = extract_claims("w", text, PARAMS, entities)
    assert called["cue"] == "called" and called["claimant_key"] == "GPE:israel"
    unnamed = "The army struck Kharkiv on Friday in what it called a response to the attack."
    entities = mentions(unnamed, [("Kharkiv", "GPE", "GPE:kharkiv")])
    (called,) = extract_claims("w", unnamed, PARAMS, entities)
    assert called["claimant_key"] is None
    condemned = "Hamas condemned what it called a massacre in the camp."
    entities = mentions(condemned, [("Hamas", "ORG", "ORG:hamas")])
    rows = extract_claims("w", condemned, PARAMS, entities)
    assert [r["claimant_key"] for r in rows] == ["ORG:hamas", "ORG:hamas"]


def test_several_or_a_few_of_a_scale_word_is_at_least_twice_it() -> None:
    """ "several hundred people" is no hundred: like "hundreds", it takes the smallest
    value it can mean, two of the scale, and its text holds the vague count."""
    text = "Several hundred people gathered; a few thousand fled; several dozen were held."
    found = [(q["value"], q["text"]) for q in extract_quantities(text, 0, len(text))]
    assert found == [
        (200.0, "Several hundred people"),
        (2000.0, "a few thousand"),
        (24.0, "several dozen"),
    ]
    assert extract_quantities("two hundred people", 0, 18)[0]["value"] == 200.0


def test_a_participle_after_an_adverb_after_a_possessive_modifies_a_noun() -> None:
    """ "Yemen's internationally recognised government accused …": the participle is an
    adjective of the subject, no report whose claimant is "Yemen's"."""
    text = "Yemen's internationally recognised government accused the Houthis of looting aid."
    assert _claims(text) == [
        (
            "Yemen's internationally recognised government",
            "accused",
            "the Houthis of looting aid",
        )
    ]


def test_but_the_claim_could_not_be_verified_hedges_the_report() -> None:
    """ "…, but the claim could not be verified": the writer's comment that the report is
    unverified hedges it, as "…, though the claim could not be verified" does."""
    text = "Residents said jets bombed a monastery, but the claim could not be verified."
    (row,) = claim_rows(text)
    assert row["text"] == "jets bombed a monastery"
    assert row["hedged"] and row["hedge"] == "could not be verified"


def test_a_quoted_word_that_opens_the_content_keeps_its_opening_mark() -> None:
    """`said "terrorists" had attacked …`: the opening mark of a quotation that closes
    inside the content stays with it (a quotation that is the whole content is quoted
    content without its marks)."""
    text = 'The junta said "terrorists" had attacked a police station in Sagaing.'
    assert _claims(text) == [
        ("The junta", "said", '"terrorists" had attacked a police station in Sagaing')
    ]


def test_a_title_case_headline_may_hold_a_number() -> None:
    """ "UN Says 1.5 Million Sudanese Face Famine": a number among the capitalised words
    still makes the first line a title-case headline, whose capitalised cue is read."""
    text = "UN Says 1.5 Million Sudanese Face Famine In Darfur"
    assert _claims(text) == [("UN", "Says", "1.5 Million Sudanese Face Famine In Darfur")]


def test_a_title_case_headline_after_a_label_reads_its_closing_cue() -> None:
    """ "Chad: Six Killed in Raid, Medics Say": title case keeps "in" lower and a topic
    label may open the line; a cue that ends it is the attribution, while a capitalised
    cue form inside such a line stays unread (capitals hide whether it is a verb)."""
    text = "Chad: Six Killed in Raid, Medics Say\n\nThe raid was at dawn."
    [(claimant, cue, content)] = _claims(text)
    assert (claimant, cue) == ("Medics", "Say")
    assert content.endswith("Six Killed in Raid")  # the topic label aside
    noun = "Voters Back the Claim of Fraud in Ohio\n\nThe poll closed on Friday."
    assert _claims(noun) == []


def test_a_placeholder_it_before_an_infinitive_with_an_adverb_reports_nothing() -> None:
    """ "It was not possible to independently verify the figures": the writer's note on
    checking is no claim of "It", with or without an adverb before the verb."""
    assert _claims("It was not possible to independently verify the figures.") == []


def test_a_bare_count_a_source_puts_a_toll_at_counts_people() -> None:
    """ "HRW put the toll at more than 50": a toll someone puts at a number is a count of
    the dead, as a death toll is."""
    text = "Human Rights Watch put the toll from the raid at more than 50."
    (found,) = extract_quantities(text, 0, len(text))
    assert (found["value"], found["unit"], found["text"]) == (50.0, "person", "more than 50")


def test_a_figure_put_as_high_as_a_value_is_the_estimate_s_claim() -> None:
    """ "some estimates put the figure as high as 100": a bound placed like "at 100"; the
    estimates are the source of the figure, not the subject of a verb "estimates"."""
    text = "Some estimates put the figure as high as 100."
    assert _claims(text) == [("Some estimates", "put", "the figure as high as 100")]


def test_a_naming_verb_with_only_a_reflexive_reports_nothing() -> None:
    """ "Ansar Allah, as the Houthis call themselves, said …": "call themselves" names
    the group; only "said" reports."""
    text = "Ansar Allah, as the Houthis formally call themselves, said the ship was hit."
    assert [cue for _c, cue, _t in _claims(text)] == ["said"]


def test_no_independent_confirmation_ends_the_content_and_hedges_it() -> None:
    """ "…, but there was no independent confirmation": the writer's note that the report
    is unchecked is no part of its content, and hedges it."""
    text = "Russia said it had destroyed 33 drones, but there was no independent confirmation."
    (row,) = claim_rows(text)
    assert row["text"] == "it had destroyed 33 drones"
    assert row["hedge"] == "there was no independent confirmation"


def test_a_headline_label_before_a_cited_report_is_its_topic() -> None:
    """ "Sudan: RSF 'killed 200' in villages, activists say": a line that cites its own
    source at its end makes the label before its colon a topic, not a speaker."""
    text = "Sudan: RSF 'killed 200' in White Nile villages, activists say"
    assert [(c, cue) for c, cue, _t in _claims(text)] == [("activists", "say")]


def test_a_count_of_the_harmed_counts_people() -> None:
    """ "50 killed in strikes", "the 12 wounded": a participle naming what befell people,
    with no noun after it, counts people."""
    text = "Gaza health ministry says 50 killed in strikes on Rafah"
    (found,) = extract_quantities(text, 0, len(text))
    assert (found["value"], found["unit"], found["text"]) == (50.0, "person", "50 killed")
    (soldiers,) = extract_quantities("12 wounded soldiers", 0, 19)
    assert soldiers["unit"] == "soldier"


def test_an_acronym_in_brackets_after_a_source_is_not_content() -> None:
    """ "According to the … Project (Acled), more than …": the bracketed acronym belongs to
    the source; the content starts after its comma."""
    text = "According to the Conflict Data Project (Acled), more than 6,000 civilians died."
    (row,) = claim_rows(text)
    assert row["text"] == "more than 6,000 civilians died"


def test_a_raised_subject_with_an_apposition_keeps_both() -> None:
    """ "The group's leader, Iyad Ag Ghaly, is believed to be hiding …": the content of a
    raising verb starts at its subject, before the apposition's commas."""
    text = "The group's leader, Iyad Ag Ghaly, is believed to be hiding in Mali."
    (row,) = claim_rows(text)
    assert row["claimant"] is None
    assert row["text"] == "The group's leader, Iyad Ag Ghaly, is believed to be hiding in Mali"


def test_an_organisation_named_in_an_aside_keys_the_claimant() -> None:
    """ "Sudan's paramilitary group, the Rapid Support Forces, said": an aside that is an
    organisation's name names the claimant the phrase before it describes."""
    text = "Sudan's paramilitary group, the Rapid Support Forces, said it had taken the city."
    entities = mentions(
        text, [("Sudan", "GPE", "GPE:sudan"), ("Rapid Support Forces", "ORG", "ORG:rsf")]
    )
    (row,) = extract_claims("w", text, PARAMS, entities)
    assert row["claimant_key"] == "ORG:rsf"


def test_a_raised_subject_s_aside_may_hold_a_list() -> None:
    """ "The bill, which will tackle crime, terrorism and …, is expected to …": the aside
    opens at the comma before its relative, not at a comma of the list inside it."""
    text = "The bill, which covers crime, terrorism and migration, is expected to pass."
    (row,) = claim_rows(text)
    assert row["text"] == (
        "The bill, which covers crime, terrorism and migration, is expected to pass"
    )


def test_a_free_relative_inside_a_subordinate_clause_is_not_the_subject_s() -> None:
    """ "California has laws which protect journalists if what they write …": a relative
    or subordinate clause between the name and "what" has its own subject."""
    text = "California has laws which protect journalists if what they wrote was true."
    entities = mentions(text, [("California", "GPE", "GPE:california")])
    keys = [r["claimant_key"] for r in extract_claims("w", text, PARAMS, entities)]
    assert "GPE:california" not in keys


def test_a_free_relative_claimant_without_a_named_subject_has_no_key() -> None:
    """ "They are fearful of meddling with what they see as …": with no name in its
    sentence a claimant ending in "what they" is keyed to no earlier name (the pronoun
    alone still is, as any pronoun); "what we" is the speaker's own voice."""
    text = "Howard spoke on Monday. They are fearful of meddling with what they see as sacred."
    entities = mentions(text, [("Howard", "PERSON", "PERSON:michael_howard")])
    rows = extract_claims("w", text, PARAMS, entities)
    assert [(r["cue"], r["claimant_key"]) for r in rows if r["cue"] == "see"] == [("see", None)]
    ours = "Hamas spoke on Monday. It shapes what we write about the war."
    entities = mentions(ours, [("Hamas", "ORG", "ORG:hamas")])
    rows = extract_claims("w", ours, PARAMS, entities)
    assert all(r["claimant_key"] is None for r in rows if r["cue"] == "write")


def test_an_according_to_phrase_that_ends_the_text_gives_no_claim() -> None:
    # Nothing follows the source: no content, and no bracket after it to read.
    assert _claims("According to the ministry") == []
    assert _claims("According to the ministry (MoH)") == []


def test_an_adverb_between_a_pronoun_and_is_leaves_the_report_a_verb() -> None:
    """ "It's widely reported that …": "it's" is "it is", no owner of a participle that
    the adverb would make an adjective ("Yemen's internationally recognised government")."""
    assert [cue for _c, cue, _t in _claims("It's widely reported that the talks failed.")] == [
        "reported"
    ]
