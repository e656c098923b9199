"""Claims in wire reports about armed conflict, fourth pass: the writer's concessions
after a report, and constructions met in copy from further theatres."""

from __future__ import annotations

from claim_rows import PARAMS, claim_rows, mentions
from claim_rows import claims as _claims

from dataset.claims.extract import extract_claims


def test_a_concession_after_a_set_off_report_is_the_writer_s() -> None:
    """ "A, the ministry said, although B": a concessive clause after the report's comma
    is the writer's own, granted against the report, so the content is A; a predicate
    after the comma still finishes a content the report interrupts."""
    text = "The army retook the town, the ministry said, although observers disputed it."
    assert _claims(text) == [
        ("the ministry", "said", "The army retook the town"),
        ("observers", "disputed", "it"),
    ]
    though = "Rebels control the road, a commander said, though fighting went on."
    assert _claims(though) == [("a commander", "said", "Rebels control the road")]
    even = "Gangs hold the port, police said, even though troops patrol it."
    assert _claims(even) == [("police", "said", "Gangs hold the port")]
    split = "The strike, the army said, targeted a depot."
    assert _claims(split) == [("the army", "said", "The strike, the army said, targeted a depot")]


def test_two_coordinated_sources_after_the_content_both_claim() -> None:
    """ "…, residents and a security source said": after the content's comma a short noun
    phrase and "and" open a coordinated claimant; no first conjunct (", and officials
    said …") or a passive ("… can be added") is no claimant."""
    text = "Insurgents attacked the town on Friday, residents and a security source said."
    assert _claims(text) == [
        ("residents and a security source", "said", "Insurgents attacked the town on Friday")
    ]
    say = "Gunmen burned the market, police and witnesses say."
    assert _claims(say) == [("police and witnesses", "say", "Gunmen burned the market")]
    assert _claims("New drives, better sound and graphics cards can be added.") == []
    listed = "The juntas of Mali, Chad and Niger announced in May they would leave the bloc."
    assert _claims(listed)[0][1:] == ("announced", "they would leave the bloc")


def test_a_later_report_after_said_and_a_pronoun_shares_the_sayer() -> None:
    """ "The ministry said it condemned X and called for Y": the pronoun after "said"
    stands for the sayer, who is the later report's claimant; the claimant holds no
    "said" of its own."""
    text = "The ministry said it condemned the attack and called for an inquiry."
    assert _claims(text)[1] == ("The ministry", "called for", "an inquiry")
    had = "Mr Williams had said he backed the plan and promised to vote for it."
    assert _claims(had)[1] == ("Mr Williams", "promised", "to vote for it")


def test_a_concessive_verification_comment_ends_the_content_and_hedges() -> None:
    """ "…, though the figure could not be independently verified": the writer's comment
    that the claim is unchecked ends the content (an adverb does not lengthen the comment
    past recognition) and hedges the claim, as ", a figure that could not be verified"
    does."""
    text = "Police said officers killed six gunmen, though the figure could not be verified."
    (row,) = claim_rows(text)
    assert (row["text"], row["hedge"]) == ("officers killed six gunmen", "could not be verified")
    adverb = (
        "Police said officers killed six gunmen, though this could not be independently verified."
    )
    (row,) = claim_rows(adverb)
    assert (row["text"], row["hedge"]) == (
        "officers killed six gunmen",
        "could not be independently verified",
    )


def test_a_report_in_an_appositive_without_its_relative_pronoun() -> None:
    """ "X, a group Indian officials say is a front for Y, claimed …": a finite verb right
    after the cue has the appositive's head as its subject, so the claimant is the phrase
    after that head and the content ends with the appositive."""
    text = "The Front, a group Indian officials say is a front for the LeT, claimed the attack."
    assert _claims(text) == [
        ("Indian officials", "say", "is a front for the LeT"),
        ("The Front", "claimed", "the attack"),
    ]
    force = "The RSF, a force the army says is backed by the UAE, took the city."
    assert _claims(force) == [("the army", "says", "is backed by the UAE")]


def test_a_relative_pronoun_claimant_is_the_phrase_before_its_comma() -> None:
    """ "…, according to a local official, who said …": "who" stands for the phrase right
    before its comma: no entity for someone unnamed, that phrase's entity when it ends
    with one, and not a place that only locates the head ("on sale in China, which")."""
    text = (
        "The UN said 115 people died. Gunmen fired on homes, according to a local official, "
        "who said many victims were children. Experts tipped Paul Connolly, who said the "
        "toll would rise."
    )
    entities = mentions(
        text,
        [("UN", "ORG", "ORG:un"), ("Paul Connolly", "PERSON", "PERSON:paul_connolly")],
    )
    rows = extract_claims("t", text, PARAMS, entities)
    keys = {row["text"]: row["claimant_key"] for row in rows if row["claimant"] == "who"}
    assert keys == {
        "many victims were children": None,
        "the toll would rise": "PERSON:paul_connolly",
    }
    placed = "NEC is showing a phone, on sale in China, which can show live TV."
    found = mentions(placed, [("NEC", "ORG", "ORG:nec"), ("China", "GPE", "GPE:china")])
    shows = [
        row for row in extract_claims("t", placed, PARAMS, found) if row["claimant"] == "which"
    ]
    assert [row["claimant_key"] for row in shows] == ["ORG:nec"]


def test_a_place_after_a_person_s_preposition_does_not_speak() -> None:
    """ "A doctor at a hospital in Bahir Dar said …": the place only says where the
    speaker is, so it is no claimant key; officials and the place's own body ("the City
    of Seattle") still speak for it."""
    cases = [
        ("A doctor at a hospital in Bahir Dar said 18 people were hurt.", "Bahir Dar", None),
        ("Officials in Kabul said the road was closed.", "Kabul", "GPE:kabul"),
        ("The City of Seattle said the plot would be sold.", "Seattle", "GPE:seattle"),
    ]
    for text, place, key in cases:
        entities = mentions(text, [(place, "GPE", "GPE:" + place.lower().replace(" ", "_"))])
        (row,) = extract_claims("t", text, PARAMS, entities)
        assert row["claimant_key"] == key


def test_a_bare_plural_claim_noun_opens_an_answer_to_the_report() -> None:
    """ "…, allegations Moscow rejected": a bare plural claim noun and its clause's subject
    answer the report before, as "a claim Moscow rejected" does; "claims" and "charges"
    stay verbs ("…, claims the army")."""
    text = "Kyiv said Russian troops had executed prisoners, allegations Moscow rejected."
    assert _claims(text) == [
        ("Kyiv", "said", "Russian troops had executed prisoners"),
        ("Moscow", "rejected", "Russian troops had executed prisoners"),
    ]
    inverted = "The rebels took the town, claims the army."
    assert _claims(inverted) == [("the army", "claims", "The rebels took the town")]


def test_a_nickname_in_quote_marks_is_part_of_the_name() -> None:
    """`Gang leader Jimmy "Barbecue" Cherizier said …`: a capitalised word in quote marks
    between two name words is a nickname, not a quotation that ends the content; a
    participle after a report's adjunct ("in a video posted on …") reports nothing."""
    text = 'Gang leader Jimmy "Barbecue" Cherizier said the gangs would fight.'
    assert _claims(text) == [
        ('Gang leader Jimmy "Barbecue" Cherizier', "said", "the gangs would fight")
    ]
    video = 'Jimmy "Barbecue" Cherizier warned in a video posted online that they would fight.'
    assert _claims(video) == [('Jimmy "Barbecue" Cherizier', "warned", "that they would fight")]


def test_the_subject_of_a_passive_quoted_as_saying_is_the_claimant() -> None:
    """`"…," the spokesman was quoted as saying`: the passive's subject said the words
    quoted before it; an active "quoted X as saying" stays the outlet's report (the
    attribution corpus reads it so)."""
    text = '"We will fight on," the spokesman was quoted as saying.'
    assert _claims(text) == [("the spokesman", "saying", "We will fight on")]
    agent = "Dixon was quoted by a newspaper as saying the airline would be sold."
    assert _claims(agent) == [("Dixon", "saying", "the airline would be sold")]


def test_a_dateline_stays_out_of_content_that_holds_a_quotation() -> None:
    """`ADDIS ABABA (Reuters) - A and B agreed to a "truce", the AU said`: the dateline
    is no part of the content, also when the content closes with a quotation."""
    text = 'ADDIS ABABA (Reuters) - The two sides agreed to a "truce", the AU said.'
    assert _claims(text)[0][2].startswith("The two sides agreed")


def test_a_sentence_adverb_set_off_after_the_claimant_is_not_part_of_it() -> None:
    """ "Analysts, however, say …": the adverb between commas qualifies the sentence, not
    the claimant."""
    text = "Analysts, however, say the insurgents have moved south."
    assert _claims(text) == [("Analysts", "say", "the insurgents have moved south")]
    meanwhile = "The army, meanwhile, said it had retaken the town."
    assert _claims(meanwhile)[0][0] == "The army"


def test_an_accused_object_keeps_its_determiner() -> None:
    """ "accused the army of bombing …": the object opens the content with its
    determiner, as a name does ("accused Clinton of lying")."""
    text = "The RSF accused the army of bombing civilian areas."
    assert _claims(text) == [("The RSF", "accused", "the army of bombing civilian areas")]
