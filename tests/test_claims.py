"""Claims on the seed article: claimants, cues, contents, hedges, quantities, keys, spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from claim_rows import mentions

from dataset.claims.extract import extract_claims
from dataset.claims.params import ClaimParams
from dataset.ingest.clean import clean_plain_text
from dataset.params import IngestParams
from schemas.claims import CLAIM_KINDS, ClaimsSchema
from tests.conftest import corpus_records

PARAMS = ClaimParams()


@pytest.fixture(scope="module")
def seed_text(seed_path: Path) -> str:
    ingest = IngestParams()
    raw = seed_path.read_text(encoding="utf-8")
    return clean_plain_text(raw, ingest.boilerplate, ingest.publisher_line_max_words).text


def _entities(text: str) -> list[dict]:
    """Hand-made entity rows, as the entities stage would give them."""
    rows = []
    for n, (anchor, surface, label, key) in enumerate(
        [
            ("The Taliban militants", "Taliban", "ORG", "taliban"),
            ("US President insists", "US President", "PERSON", "joe-biden"),
            ("in Kabul", "Kabul", "GPE", "kabul"),
            ("Taliban officials say", "Taliban", "ORG", "taliban"),
            ("Joe Biden has", "Joe Biden", "PERSON", "joe-biden"),
        ]
    ):
        start = text.index(anchor) + anchor.index(surface)
        rows.append(
            {"mention_id": f"m{n}", "start": start, "end": start + len(surface),
             "text": surface, "label": label, "entity_key": key, "canonical": surface}
        )  # fmt: skip
    return rows


def _by_cue(rows: list[dict], cue: str, claimant: str | None = None) -> dict:
    found = [r for r in rows if r["cue"] == cue and (claimant is None or r["claimant"] == claimant)]
    assert len(found) == 1, (cue, claimant, [(r["cue"], r["claimant"]) for r in rows])
    return found[0]


def test_seed_claims(seed_text: str) -> None:
    rows = extract_claims("a1", seed_text, PARAMS, [])
    officials = _by_cue(rows, "say", "Taliban officials")
    assert officials["text"] == "they have taken control of 85% of territory in Afghanistan"
    assert officials["kind"] == "indirect"
    assert [(q["value"], q["unit"]) for q in officials["quantities"]] == [(85.0, "percent")]

    headline = _by_cue(rows, "claim")
    assert headline["kind"] == "headline"
    assert headline["claimant"] == "Taliban militants"
    assert headline["text"] == "control over 85% of country's territory"
    # A distancing cue alone is no hedge (data/gold/README.md): nothing says it is uncertain.
    assert not headline["hedged"] and headline["hedge"] is None

    quote = _by_cue(rows, "said", "Biden")
    assert quote["kind"] == "direct_quote"
    assert quote["text"] == "I will not send another generation of Americans to"

    according = _by_cue(rows, "according to", "Afghan officials")
    assert according["kind"] == "according_to"
    assert according["text"].startswith("The Taliban have also captured a major border crossing")

    fear = _by_cue(rows, "fear")
    assert fear["claimant"] == "Some US intelligence analysts"
    assert fear["hedged"] and fear["hedge"] == "fear"
    assert fear["text"] == "the Taliban could seize control of the country within six months"
    assert [(q["value"], q["unit"]) for q in fear["quantities"]] == [(6.0, "month")]

    assert _by_cue(rows, "said", "the report")["kind"] == "report"
    bbc = _by_cue(rows, "reports", "BBC")
    assert bbc["text"].startswith("Some US intelligence analysts fear")
    assert _by_cue(rows, "reported", "CBS News")["text"].startswith("The Taliban militants")
    assert all(r["claimant_key"] is None for r in rows)  # no entities, no keys


def test_money_in_a_sentence_claim() -> None:
    text = "Officials said the crossing generates an estimated $20m (£14m) monthly revenue."
    (row,) = extract_claims("m", text, PARAMS, [])
    assert row["claimant"] == "Officials"
    assert [(q["value"], q["unit"], q["text"]) for q in row["quantities"]] == [
        (20e6, "USD per month", "an estimated $20m"),
        (14e6, "GBP per month", "£14m"),
    ]
    assert row["hedged"] and row["hedge"] == "estimated"


def test_a_distancing_cue_alone_is_no_hedge() -> None:
    (claimed,) = extract_claims("h", "Rebels claimed that they had captured the town.", PARAMS, [])
    assert claimed["cue"] == "claimed" and not claimed["hedged"]
    (possible,) = extract_claims("h", "Rebels claimed that they had possibly won.", PARAMS, [])
    assert possible["hedged"] and possible["hedge"] == "possibly"


def test_pronoun_and_entity_claimants_resolve_to_keys(seed_text: str) -> None:
    rows = extract_claims("a1", seed_text, PARAMS, _entities(seed_text))
    conceded = _by_cue(rows, "conceded")
    assert conceded["claimant"] == "he"
    assert conceded["claimant_key"] == "joe-biden"
    assert conceded["text"].startswith("that it is unlikely the government in Kabul")
    assert conceded["hedge"] == "unlikely"
    assert _by_cue(rows, "say", "Taliban officials")["claimant_key"] == "taliban"
    assert _by_cue(rows, "said", "Biden")["claimant_key"] is None  # no entity inside "Biden"


def test_spans_ids_order_and_schema(seed_text: str) -> None:
    rows = extract_claims("a1", seed_text, PARAMS, _entities(seed_text))
    assert rows
    assert [r["claim_id"] for r in rows] == [f"a1-c{n:04d}" for n in range(1, len(rows) + 1)]
    assert [(r["start"], r["end"]) for r in rows] == sorted((r["start"], r["end"]) for r in rows)
    for r in rows:
        assert seed_text[r["start"] : r["end"]] == r["text"]
        assert r["text"] == r["text"].strip()
        assert seed_text[r["cue_start"] : r["cue_end"]] == r["cue"]
        if r["claimant"] is not None:
            assert seed_text[r["claimant_start"] : r["claimant_end"]] == r["claimant"]
        for q in r["quantities"]:
            assert r["start"] <= q["start"] < q["end"] <= r["end"]
            assert seed_text[q["start"] : q["end"]] == q["text"]
        assert r["kind"] in CLAIM_KINDS
        assert (r["hedge"] is not None) == r["hedged"]
    from dataset.io import to_frame
    from dataset.tables import spec

    ClaimsSchema.validate(to_frame(rows, spec("claims")))


def test_deterministic(seed_text: str) -> None:
    entities = _entities(seed_text)
    assert extract_claims("a", seed_text, PARAMS, entities) == extract_claims(
        "a", seed_text, PARAMS, entities
    )


def test_quotes_inside_a_quotation_are_not_new_claims() -> None:
    text = '"I think we will win," the senator said on Friday.'
    (row,) = extract_claims("q", text, PARAMS, [])
    assert (row["cue"], row["claimant"], row["kind"]) == ("said", "the senator", "direct_quote")
    assert row["text"] == "I think we will win"


def test_polnear_dev_smoke() -> None:
    from dataset.evaluate.attributions import score_attributions

    records = corpus_records("polnear/dev.jsonl.gz", limit=20)
    gold = {r["doc_id"]: r["attributions"] for r in records}
    predicted = {r["doc_id"]: extract_claims(r["doc_id"], r["text"], PARAMS, []) for r in records}
    result = score_attributions(gold, predicted)
    assert result["content"]["f1"] > 0.5
    assert result["claimant_accuracy"] > 0.8


def _one(text: str) -> dict:
    rows = extract_claims("t", text, PARAMS, [])
    assert len(rows) == 1, [(r["claimant"], r["cue"], r["text"]) for r in rows]
    row = rows[0]
    assert text[row["start"] : row["end"]] == row["text"]
    if row["claimant"] is not None:
        assert text[row["claimant_start"] : row["claimant_end"]] == row["claimant"]
    return row


@pytest.mark.parametrize(
    ("text", "claimant", "content"),
    [
        # A long aside (relative clause) between claimant and cue: the name alone.
        (
            "Ahmad Zia, who has spoken for the governor of the northern province since the "
            "spring of last year, said the militants had withdrawn.",
            "Ahmad Zia",
            "the militants had withdrawn",
        ),
        # A short apposition stays with the name; not inverted: a clause follows the cue.
        (
            "Lt Col Hassan, a spokesman, said the convoy was attacked twice.",
            "Lt Col Hassan, a spokesman,",
            "the convoy was attacked twice",
        ),
        # A participle's subject is the sentence's, never the words after it.
        (
            "The ministry issued a statement on Monday, saying the border would stay closed.",
            "The ministry",
            "the border would stay closed",
        ),
        # Adjunct, then a quotation (over two sentences).
        (
            'The UN said in a statement: "Aid cannot get through. Convoys are blocked."',
            "The UN",
            "Aid cannot get through. Convoys are blocked",
        ),
        # A time adjunct between claimant and cue is not part of the claimant.
        (
            "The governor last week said the road was open.",
            "The governor",
            "the road was open",
        ),
        # An intention: infinitive content keeps its "to".
        ("The rebels vowed to retake the city.", "The rebels", "to retake the city"),
        # A leading phrase before the claimant is trimmed to the name.
        (
            "In an interview Mr Karzai said the talks had failed.",
            "Mr Karzai",
            "the talks had failed",
        ),
    ],
)
def test_constructions(text: str, claimant: str, content: str) -> None:
    row = _one(text)
    assert (row["claimant"], row["text"]) == (claimant, content)


def test_aside_in_dashes_with_its_own_report() -> None:
    text = (
        "The general - who had earlier said the town was safe - said on Friday that the "
        "army would retreat."
    )
    rows = extract_claims("t", text, PARAMS, [])
    assert sorted((r["claimant"], r["text"]) for r in rows) == [
        ("The general", "that the army would retreat"),
        ("who", "the town was safe"),
    ]


def test_question_quote_then_speaker_sentence() -> None:
    text = '"Why are they shelling us?" the mayor said. "We have no soldiers here."'
    row = _one(text)
    assert row["claimant"] == "the mayor"
    assert row["text"].startswith("Why are they shelling us?")
    assert row["text"].endswith("We have no soldiers here")
    assert row["kind"] == "direct_quote"


def test_mixed_quote_marks_and_resumed_quotation() -> None:
    text = '“We will not leave," the commander said, "whatever it costs.”'
    row = _one(text)
    assert row["claimant"] == "the commander"
    assert row["text"].startswith("We will not leave")
    assert row["text"].endswith("whatever it costs")


def test_quotation_running_on_over_paragraphs_is_one_claim() -> None:
    # News style leaves a quotation open at a paragraph's end when the next paragraph
    # goes on quoting: the second piece continues the first, and "say" inside it is the
    # speaker's word, not a new report.
    text = (
        '"The town is calm," the mayor said. "But people say they cannot sleep. The '
        'shelling went on all night.\n\n"We need the convoy now."'
    )
    row = _one(text)
    assert row["claimant"] == "the mayor"
    assert row["text"].startswith("The town is calm")
    assert row["text"].endswith("We need the convoy now")


def test_quotation_opening_a_plain_clause_continues_after_the_cue() -> None:
    text = '"The roads are closed" to most traffic, the mayor said. "Only aid trucks pass."'
    row = _one(text)
    assert row["claimant"] == "the mayor"
    assert row["text"].startswith('"The roads are closed" to')  # the mark closes inside
    assert row["text"].endswith("Only aid trucks pass")


def test_a_quotation_after_a_second_cue_is_not_resumed() -> None:
    text = '"The road is open," the mayor said, adding: "The convoy can pass."'
    rows = extract_claims("t", text, PARAMS, [])
    assert sorted((r["cue"], r["text"]) for r in rows) == [
        ("adding", "The convoy can pass"),
        ("said", "The road is open"),
    ]


def test_quoted_paragraph_after_an_indirect_report_is_the_same_speaker() -> None:
    text = 'The mayor said the town was calm.\n\n"We need the convoy now. Nobody has eaten."'
    rows = extract_claims("t", text, PARAMS, [])
    assert [(r["claimant"], r["text"], r["kind"]) for r in rows] == [
        ("The mayor", "the town was calm", "indirect"),
        ("The mayor", "We need the convoy now. Nobody has eaten", "direct_quote"),
    ]


def test_coordinated_clause_of_the_writer_ends_the_content() -> None:
    text = "The mayor said that the road was open, and he later drove to the capital."
    assert _one(text)["text"] == "that the road was open"


def test_participle_after_a_determiner_or_preposition_is_no_report() -> None:
    text = "The share of pledged delegates grew, and the reported figure was higher."
    assert extract_claims("t", text, PARAMS, []) == []


def test_fronted_cue_with_its_speaker_after_it() -> None:
    row = _one('The town was shelled.\nSaid the mayor, who stayed, "We will rebuild it."')
    assert (row["cue"], row["claimant"], row["text"]) == ("Said", "the mayor", "We will rebuild it")
    row = _one('The town was shelled.\nWrote the mayor:\n"We will rebuild it."')
    assert (row["claimant"], row["text"]) == ("the mayor", "We will rebuild it")


def test_quoted_paragraph_after_an_object_and_a_colon_is_the_content() -> None:
    text = 'The town was shelled.\n\nThe mayor announced his plan:\n\n"We will rebuild it."'
    row = _one(text)
    assert (row["claimant"], row["text"]) == ("The mayor", "We will rebuild it")


def test_two_reports_in_one_sentence_are_split() -> None:
    text = "One official said the road was open and another said it had been mined."
    rows = extract_claims("t", text, PARAMS, [])
    said = sorted((r["claimant"], r["text"]) for r in rows if r["cue"] == "said")
    assert said == [("One official", "the road was open"), ("another", "it had been mined")]


def test_reports_inside_according_to_content_are_part_of_it() -> None:
    text = "The road was closed after residents said it was unsafe, according to the survey."
    rows = extract_claims("t", text, PARAMS, [])
    assert [(r["claimant"], r["cue"], r["text"]) for r in rows] == [
        ("the survey", "according to", "The road was closed after residents said it was unsafe")
    ]


def test_quoted_clause_keeps_its_sentence_and_apostrophe_quotes() -> None:
    text = "The army took the pass, and in doing so it ''made a grave mistake,'' Ali said."
    row = _one(text)
    assert row["claimant"] == "Ali"
    assert row["text"].startswith("The army took the pass")
    text = "Officials said the town had fallen. ''It is over,'' one said."
    officials = [r for r in extract_claims("t", text, PARAMS, []) if r["claimant"] == "Officials"]
    assert [r["text"] for r in officials] == ["the town had fallen"]


def test_headline_cues_and_speaker_lines() -> None:
    text = "Governor Says Troops Will Stay\n\nAhmadi: We will defend the city.\n\nBody text."
    rows = extract_claims("t", text, PARAMS, [])
    by_cue = {r["cue"]: r for r in rows}
    assert by_cue["Says"]["kind"] == "headline"
    assert (by_cue["Says"]["claimant"], by_cue["Says"]["text"]) == (
        "Governor",
        "Troops Will Stay",
    )
    colon = by_cue[":"]
    assert (colon["claimant"], colon["text"], colon["method"]) == (
        "Ahmadi",
        "We will defend the city",
        "speaker_colon",
    )
    assert extract_claims("t", "Update: the road is open.", PARAMS, []) == []


def test_raising_cues_have_no_claimant() -> None:
    rows = extract_claims("t", "Officials fear the dam appears to be leaking.", PARAMS, [])
    assert sorted((r["claimant"] or "", r["text"]) for r in rows) == [
        ("", "the dam appears to be leaking"),
        ("Officials", "the dam appears to be leaking"),
    ]
    row = _one("But the crossing appears to be open again.")
    assert (row["claimant"], row["cue"], row["method"]) == (None, "appears", "raised")
    assert row["text"] == "the crossing appears to be open again"
    assert row["hedged"] and row["hedge"] == "appears"
    row = _one("The talks are expected to resume on Monday.")
    assert (row["claimant"], row["text"]) == (None, "The talks are expected to resume on Monday")


def test_passive_report_with_its_agent() -> None:
    row = _one("The ceasefire plan was rejected by the rebel command on Sunday.")
    assert (row["claimant"], row["text"], row["method"]) == (
        "the rebel command on Sunday",
        "The ceasefire plan",
        "cue_passive",
    )
    row = _one("Residents were told by officials that the road was closed.")
    assert (row["claimant"], row["text"]) == ("officials", "that the road was closed")


def test_accusation_keeps_its_object() -> None:
    row = _one("Kabul accused Islamabad of sheltering the militants.")
    assert (row["claimant"], row["text"]) == ("Kabul", "Islamabad of sheltering the militants")


@pytest.fixture(scope="module")
def seed_claims_with_extracted_entities(seed_text: str) -> list[dict]:
    """The seed claims with entity rows from the real entities stage."""
    from dataset.entities.extract import extract_entities
    from dataset.entities.params import EntityParams

    entities = extract_entities("seed", seed_text, EntityParams())
    return extract_claims("seed", seed_text, PARAMS, entities)


def test_a_titled_claimant_is_the_person_the_article_introduces_with_that_title(
    seed_claims_with_extracted_entities: list[dict],
) -> None:
    rows = seed_claims_with_extracted_entities
    assert _by_cue(rows, "insists", "US President")["claimant_key"] == "PERSON:joe_biden"
    assert _by_cue(rows, "conceded", "he")["claimant_key"] == "PERSON:joe_biden"


def test_a_claimant_key_names_the_speaker_not_a_modifier(
    seed_claims_with_extracted_entities: list[dict],
) -> None:
    rows = seed_claims_with_extracted_entities
    assert _by_cue(rows, "say", "Taliban officials")["claimant_key"] == "ORG:taliban"
    assert _by_cue(rows, "according to", "Afghan officials")["claimant_key"] is None
    assert _by_cue(rows, "fear", "Some US intelligence analysts")["claimant_key"] is None


def test_an_adjective_estimate_is_an_unattributed_hedged_report(
    seed_claims_with_extracted_entities: list[dict],
) -> None:
    claim = _by_cue(seed_claims_with_extracted_entities, "estimated")
    assert claim["claimant"] is None and claim["kind"] == "report" and claim["hedged"]
    assert claim["text"].startswith("The Islam Qala crossing")
    assert [(q["value"], q["unit"]) for q in claim["quantities"]] == [
        (20_000_000.0, "USD per month"),
        (14_000_000.0, "GBP per month"),
    ]


def test_report_nested_in_content_is_not_a_second_claim() -> None:
    rows = extract_claims(
        "t", "The mayor said that officials told him the bridge was closed.", PARAMS, []
    )
    assert [(r["claimant"], r["text"]) for r in rows] == [
        ("The mayor", "that officials told him the bridge was closed")
    ]


def test_subordinate_report_does_not_cut_content() -> None:
    row = _one("The minister said the talks stalled after the rebels announced new demands.")
    assert row["text"] == "the talks stalled after the rebels announced new demands"


def test_nominal_cue_object_ends_at_comma() -> None:
    row = _one("The governor endorsed Smith, giving the candidate a late boost.")
    assert (row["claimant"], row["text"]) == ("The governor", "Smith")


def test_object_ends_at_the_cue_verbs_adjunct_but_keeps_its_own() -> None:
    row = _one("The governor thanked the volunteers at a rally in Kabul.")
    assert row["text"] == "the volunteers"
    row = _one("The president defended his decision to withdraw the troops after 20 years of war.")
    assert row["text"] == "his decision to withdraw the troops after 20 years of war"
    row = _one("The president defended the move to the capital after the vote.")
    assert row["text"] == "the move to the capital"


def test_relative_clause_report_names_its_speaker_and_ends_before_its_time() -> None:
    text = "The group has courted China - which a spokesman praised as a partner on Friday."
    row = _one(text)
    assert (row["claimant"], row["cue"]) == ("a spokesman", "praised")
    assert row["text"] == "as a partner"
    assert text[row["claimant_start"] : row["claimant_end"]] == "a spokesman"


def test_dateline_is_not_content() -> None:
    text = "WASHINGTON (AP) — The senator called on the minister to resign over the deal."
    row = _one(text)
    assert (row["claimant"], row["cue"]) == ("The senator", "called on")
    assert row["text"] == "the minister to resign over the deal"
    row = _one("KABUL, July 9 (Reuters) - Fighting reached the city centre overnight, police said.")
    assert row["text"] == "Fighting reached the city centre overnight"


def test_that_after_a_long_adjunct_opens_content() -> None:
    text = 'The envoy said on Sunday on the network\'s "Morning Show" that talks would resume.'
    row = _one(text)
    assert (row["claimant"], row["text"]) == ("The envoy", "that talks would resume")


def test_estimates_put_a_figure_at_a_value(seed_text: str) -> None:
    rows = extract_claims("a1", seed_text, PARAMS, [])
    row = _by_cue(rows, "have put")
    assert row["claimant"] == "Other estimates"
    assert row["text"].startswith("the amount of territory the Taliban controls at more than")
    assert row["hedged"]
    row = _one("Local tallies put the death toll at 300 after the floods.")
    assert row["claimant"] == "Local tallies"
    assert row["text"] == "the death toll at 300 after the floods"
    assert extract_claims("t", "Officials put the plan to a vote on Monday.", PARAMS, []) == []


def test_coordinated_report_shares_the_first_claimant() -> None:
    text = "On Sunday, the mayor thanked the volunteers and said the shelter would stay open."
    rows = extract_claims("t", text, PARAMS, [])
    assert [(r["claimant"], r["cue"], r["text"]) for r in rows] == [
        ("the mayor", "thanked", "the volunteers"),
        ("the mayor", "said", "the shelter would stay open"),
    ]


def test_quotation_opened_in_content_runs_to_its_close() -> None:
    text = 'The envoy said that "only talks can end this. Nothing else will work," in Geneva.'
    row = _one(text)
    assert row["text"] == 'that "only talks can end this. Nothing else will work'


def test_participle_report_takes_the_earlier_claimant() -> None:
    text = "Late on Monday, the union endorsed the deal, saying it protects jobs."
    rows = extract_claims("t", text, PARAMS, [])
    saying = [r for r in rows if r["cue"] == "saying"]
    assert [(r["claimant"], r["text"]) for r in saying] == [("the union", "it protects jobs")]


def test_asked_question_without_subject() -> None:
    text = 'Asked whether the army would "hold the city," the general said it would.'
    rows = extract_claims("t", text, PARAMS, [])
    asked = [r for r in rows if r["cue"] == "Asked"]
    assert [(r["claimant"], r["text"]) for r in asked] == [
        (None, 'whether the army would "hold the city')
    ]
    rows = extract_claims("t", "Asked by reporters to comment, the minister left.", PARAMS, [])
    assert [(r["claimant"], r["text"]) for r in rows] == [("reporters", "to comment")]
    assert extract_claims("t", "The minister asked for calm.", PARAMS, []) == []


def test_poll_finding_after_in() -> None:
    text = "In a Gallup poll released Monday, 60 percent of voters backed the deal."
    row = _one(text)
    assert (row["claimant"], row["cue"]) == ("a Gallup poll released Monday", "In")
    assert row["text"] == "60 percent of voters backed the deal"
    assert row["kind"] == "according_to"
    assert extract_claims("t", "In the city, the army held its ground.", PARAMS, []) == []


def test_speaker_lines_skip_labels_and_table_rows() -> None:
    text = (
        "Headline\n\nThe Latest: Rebels take the town.\n\nContributing: Jane Roe.\n\n"
        "Mayor Lee: 1,769.\n\nFollow Jane Roe on Twitter: @janeroe.\n\n"
        "Ghani to Parliament: We will not give up Kabul.\n"
    )
    rows = extract_claims("t", text, PARAMS, [])
    assert [(r["claimant"], r["text"]) for r in rows] == [("Ghani", "We will not give up Kabul")]


def test_show_as_a_noun_or_phrasal_verb_is_no_cue() -> None:
    for text in (
        "He hosts a radio show about the war every week.",
        "Few voters will show up to the polls in the storm.",
    ):
        assert extract_claims("t", text, PARAMS, []) == []
    row = _one("Records show the militia was paid twice.")
    assert (row["claimant"], row["text"]) == ("Records", "the militia was paid twice")


def test_report_in_an_opening_subordinate_clause_ends_at_its_comma() -> None:
    text = "Even as the minister has said that troops will stay, the army is packing up."
    row = _one(text)
    assert (row["claimant"], row["text"]) == ("the minister", "that troops will stay")


def test_finished_quotation_before_a_bare_speaker_sentence() -> None:
    text = '"We will hold the pass. Nobody will cross." Ahmadi said.'
    row = _one(text)
    assert (row["claimant"], row["text"]) == ("Ahmadi", "We will hold the pass. Nobody will cross")


def test_participle_report_after_a_non_cue_verb_takes_the_main_subject() -> None:
    text = "In a speech on Tuesday, Mr. Karzai struck a calm tone, saying the talks would go on."
    rows = extract_claims("t", text, PARAMS, [])
    assert [(r["claimant"], r["text"]) for r in rows] == [("Mr. Karzai", "the talks would go on")]


def test_participle_after_a_possessive_or_quantifier_is_a_modifier() -> None:
    for text in (
        "The governor's reported net worth grew to $4 million.",
        "All reported incidents took place near the border.",
    ):
        assert extract_claims("t", text, PARAMS, []) == []


def test_according_to_aside_inside_its_content() -> None:
    text = "Since last November, according to the monitors, the army has shelled 40 villages."
    row = _one(text)
    assert (row["claimant"], row["cue"]) == ("the monitors", "according to")
    assert row["text"] == text.rstrip(".")


def test_infinitive_content_ends_at_its_comma() -> None:
    row = _one("The senator vowed to repeal the tariff, a measure opposed by farmers.")
    assert (row["claimant"], row["text"]) == ("The senator", "to repeal the tariff")


def test_a_quoted_title_before_the_claimant_is_not_the_content() -> None:
    text = 'On the "Sunday Show," Senator Lee said Kabul would hold.'
    row = _one(text)
    assert (row["claimant"], row["text"]) == ("Senator Lee", "Kabul would hold")
    row = _one('"Kabul will hold," Senator Lee said Friday.')
    assert (row["claimant"], row["text"]) == ("Senator Lee", "Kabul will hold")


def test_call_as_a_compound_noun_is_no_cue() -> None:
    assert extract_claims("t", "In a conference call, the mayor took questions.", PARAMS, []) == []
    row = _one("Critics call the plan a disaster.")
    assert (row["claimant"], row["text"]) == ("Critics", "the plan a disaster")


def test_a_claimant_key_is_the_apposed_name_or_the_body_a_place_locates() -> None:
    text = (
        "The regional governor of Kharkiv, Oleh Syniehubov, said two people were killed. "
        "He said rescuers were still searching. "
        "The Health Ministry in Gaza said the toll had passed 43,000."
    )
    entities = mentions(
        text,
        [
            ("Kharkiv", "GPE", "GPE:kharkiv"),
            ("Oleh Syniehubov", "PERSON", "PERSON:oleh_syniehubov"),
            ("Health Ministry", "ORG", "ORG:health_ministry"),
            ("Gaza", "GPE", "GPE:gaza"),
        ],
    )
    keys = {r["claimant"]: r["claimant_key"] for r in extract_claims("k", text, PARAMS, entities)}
    assert keys == {
        "The regional governor of Kharkiv, Oleh Syniehubov,": "PERSON:oleh_syniehubov",
        "He": "PERSON:oleh_syniehubov",
        "The Health Ministry in Gaza": "ORG:health_ministry",
    }
    backed = "M23 rebels backed by Rwanda said they had taken Goma."
    rebels = mentions(backed, [("M23", "ORG", "ORG:m23"), ("Rwanda", "GPE", "GPE:rwanda")])
    (row,) = extract_claims("b", backed, PARAMS, rebels)
    assert row["claimant_key"] == "ORG:m23"
    # An aside that is no name alone still ends the head: the Taliban are the claimant.
    aside = "The Taliban, who seized Kabul in August, said the war was over."
    taliban = mentions(aside, [("Taliban", "ORG", "ORG:taliban"), ("Kabul", "GPE", "GPE:kabul")])
    (row,) = extract_claims("t", aside, PARAMS, taliban)
    assert row["claimant_key"] == "ORG:taliban"


def test_a_title_may_open_the_apposed_name() -> None:
    text = "The RSF's commander, Gen. Mohamed Hamdan Dagalo, vowed to press on."
    entities = mentions(
        text,
        [
            ("RSF", "ORG", "ORG:rapid_support_forces"),
            ("Mohamed Hamdan Dagalo", "PERSON", "PERSON:mohamed_hamdan_dagalo"),
        ],
    )
    (row,) = extract_claims("g", text, PARAMS, entities)
    assert row["claimant_key"] == "PERSON:mohamed_hamdan_dagalo"
    # A description is no title: the aside is not the name alone.
    text = "The group's leader, a former colonel Ali Musa, vowed to press on."
    entities = mentions(text, [("Ali Musa", "PERSON", "PERSON:ali_musa")])
    (row,) = extract_claims("d", text, PARAMS, entities)
    assert row["claimant_key"] != "PERSON:ali_musa"
