"""Claims in wire reports about armed conflict, fifth pass: Gaza, Lebanon, Syria, Sudan,
DR Congo, Libya, Colombia, Mexico, Balochistan, Zamfara and Kursk copy."""

from __future__ import annotations

from claim_rows import PARAMS, claim_rows, mentions
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


def test_a_participle_asking_not_to_be_named_reports_nothing() -> None:
    """ "…, a resident said, asking not to be named": the participle of a request for
    anonymity, like the finite "asked not to be named", is no claim."""
    text = "The town was shelled all night, a resident said, asking not to be named."
    assert _claims(text) == [("a resident", "said", "The town was shelled all night")]
    declining = "The town was shelled, a medic said, declining to be identified."
    assert _claims(declining) == [("a medic", "said", "The town was shelled")]


def test_a_count_reported_missing_is_a_passive_state_not_a_claimant() -> None:
    """ "600 were killed and some 700 reported missing": after "and" the auxiliary of the
    passive is left out; the count is the subject of "reported missing", not a source,
    and those reported missing are people."""
    text = "Officials said 600 people had been killed and some 700 reported missing."
    (row,) = claim_rows(text)
    assert (row["claimant"], row["cue"]) == ("Officials", "said")
    assert row["text"] == "600 people had been killed and some 700 reported missing"
    assert [(q["value"], q["unit"]) for q in row["quantities"]] == [
        (600.0, "person"),
        (700.0, "person"),
    ]


def test_as_and_a_bare_plural_after_the_aside_open_the_writer_s_background() -> None:
    """ "…, residents said, as soldiers looked on": "as" before a plural noun subject,
    as before a name, opens the writer's background; before a pronoun it goes on."""
    text = "Settlers burned two homes in Huwara, residents said, as soldiers looked on."
    assert _claims(text) == [("residents", "said", "Settlers burned two homes in Huwara")]
    pronoun = "The plan is vague on who is eligible, they say, as it could exclude many."
    assert _claims(pronoun)[0][2] == pronoun[:-1]


def test_a_noun_phrase_after_the_aside_of_a_complete_report_is_the_writer_s() -> None:
    """ "Rebels seized Aleppo, a monitor said on Saturday, the first time …": after a
    complete reported clause, a noun phrase set off after the aside comments on the
    whole report; one that is a clause's subject, one an ordinal picks out of the
    content, or one after an open clause still finishes the content."""
    text = (
        "Insurgents seized most of Aleppo in an offensive, a war monitor said on Saturday,"
        " the first time the city has slipped out of government hands since 2016."
    )
    assert _claims(text) == [
        ("a war monitor", "said", "Insurgents seized most of Aleppo in an offensive")
    ]
    subject = "But if measured at 65, the institute said, a worker will live to 81."
    assert _claims(subject)[0][2] == subject[:-1]
    parts = "He had two interviews, officials said, the first by a consul in Pakistan."
    assert _claims(parts)[0][2] == parts[:-1]


def test_content_that_is_only_a_joining_word_is_no_claim() -> None:
    """ "His ex-wife agreed but also contended that …": cut before the later report,
    the first cue's content is only "but also", so it makes no claim."""
    text = "His ex-wife agreed but also contended that she should keep her privacy."
    assert _claims(text) == [("His ex-wife", "contended", "that she should keep her privacy")]


def test_a_determiner_after_a_listener_cue_may_open_the_content_s_subject() -> None:
    """ "warned the number could rise": a determiner and a noun before a finite verb are
    the content's subject, not a listener; in "told the court the men had …" the noun
    heads the listener and the clause after it is the content."""
    text = "The agency warned the number could rise."
    assert _claims(text)[0][1:] == ("warned", "the number could rise")
    court = "She told the court the men had been beaten."
    assert _claims(court)[0][1:] == ("told", "the men had been beaten")
    pronoun = "Her mother told her he was known as Precious."
    assert _claims(pronoun)[0][1:] == ("told", "he was known as Precious")


def test_a_second_verb_after_a_report_s_medium_shares_the_first_sayer() -> None:
    """ "The ELN said in a statement posted online that … and denied …": the words left
    of the nearest earlier cue ("posted") hold a report of their own, so the shared
    claimant is the sayer of that report, not "The ELN said in a statement"."""
    text = (
        "The ELN said in a statement posted on social media that it had acted against"
        " criminals and denied targeting civilians."
    )
    assert _claims(text)[1][:2] == ("The ELN", "denied")


def test_charges_before_a_pronoun_comment_on_the_report() -> None:
    """ "…, charges it denies": "charges" (or "claims") before a pronoun subject names
    the report in a comment, as "allegations the junta denies" does; the pronoun is the
    claimant who denies the content. The accusation it denies stays the accusers' claim,
    whose agent ends before the "of" phrase of the charge."""
    text = "The RSF has been accused by rights groups of ethnic killings, charges it denies."
    assert sorted(row[:2] for row in _claims(text)) == [
        ("it", "denies"),
        ("rights groups", "accused"),
    ]


def test_news_is_no_plural_head_of_a_claimant() -> None:
    """ "The state news agency SANA quoted a source as saying": "news" ends in "s" but
    modifies the head, so the sentence's subject runs on past it."""
    text = "The state news agency SANA quoted a source as saying that the army had won."
    assert _claims(text)[0][0] == "The state news agency SANA"


def test_according_to_after_a_relative_aside_vouches_for_the_aside() -> None:
    """ "The ELN, which has about 6,000 fighters, according to military estimates, has
    …": inside a sentence that goes on, the source closes the relative clause and
    vouches for it alone; at the sentence end it vouches for the whole sentence."""
    text = (
        "The ELN, which has about 6,000 fighters, according to military estimates,"
        " has been at war with the state since 1964."
    )
    assert _claims(text) == [
        ("military estimates", "according to", "which has about 6,000 fighters")
    ]
    final = "It opens at the Expo in Los Angeles, which takes place in May, according to a report."
    assert _claims(final)[0][2] == "It opens at the Expo in Los Angeles, which takes place in May"


def test_a_participle_after_a_report_of_a_nominal_cue_shares_the_verb_s_subject() -> None:
    """ "Hamas rejected claims that …, calling them …": "claims" is the object of the
    report before it, so the participle's claimant is that report's, not "Hamas
    rejected"."""
    text = 'Hamas rejected claims that it had stolen aid, calling them "baseless lies."'
    assert [row[:2] for row in _claims(text)] == [("Hamas", "rejected"), ("Hamas", "calling")]


def test_a_comment_after_the_report_s_adjunct_is_the_writer_s() -> None:
    """ "…, the ministry said on Monday, a claim that could not be verified": after the
    cue's adjunct, an indefinite claim noun opens the writer's comment, so the content
    is before the report (not the comment's "that" clause), and the comment hedges it."""
    text = (
        "The army retook the town, the ministry said on Monday, a claim that could not be verified."
    )
    (row,) = claim_rows(text)
    assert (row["claimant"], row["text"], row["hedged"]) == (
        "the ministry",
        "The army retook the town",
        True,
    )


def test_a_claim_apposed_to_a_set_off_report_answers_its_content() -> None:
    """ "A, Syrskyi said in a video statement, a claim Moscow disputed": the report before
    the comment is set off after its content, so both the report and the answer to it
    have A as their content."""
    text = (
        "Kyiv's forces had taken 1,000 square kilometres, Syrskyi said in a video,"
        " a claim Moscow disputed."
    )
    assert _claims(text) == [
        ("Syrskyi", "said", "Kyiv's forces had taken 1,000 square kilometres"),
        ("Moscow", "disputed", "Kyiv's forces had taken 1,000 square kilometres"),
    ]
    plain = "The army retook the town, the ministry said, a claim the rebels rejected."
    assert _claims(plain)[1] == ("the rebels", "rejected", "The army retook the town")


def test_an_inverted_claimant_keeps_the_name_apposed_to_its_title() -> None:
    """`"…," said the group's deputy leader, Khalil al-Hayya.`: a name closing the
    sentence after the inverted claimant's comma is its apposition, so the claimant
    names its person; after a claimant that is itself a name, a title stays out."""
    text = '"We will not stop," said the group’s deputy leader, Khalil al-Hayya.'
    names = [("Khalil al-Hayya", "PERSON", "PERSON:khalil_al_hayya")]
    (row,) = extract_claims("t", text, PARAMS, mentions(text, names))
    assert row["claimant"] == "the group’s deputy leader, Khalil al-Hayya"
    assert row["claimant_key"] == "PERSON:khalil_al_hayya"
    title = '"It is over," said Jeremy Dear, NUJ General Secretary.'
    assert _claims(title)[0][0] == "Jeremy Dear"
