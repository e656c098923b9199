"""Claims that news prose states plainly but a rule used to miss (PolNeAR recall)."""

from __future__ import annotations

from claim_rows import claim_rows
from claim_rows import claims as _claims


def test_title_and_initial_periods_end_no_clause() -> None:
    """ "Mrs." or "B." inside the claimant's apposition is no sentence end, and a sentence's
    opening "But" is no introductory phrase before the claimant."""
    text = (
        "But Tom Fitton, the president of a group that has sued to obtain records from "
        "Mrs. Clinton's time at the State Department, said that the damage is done."
    )
    assert _claims(text) == [("Tom Fitton", "said", "that the damage is done")]
    quoted = (
        '"Twitter works as a way to sell books," James B. Comey Jr., the director of the '
        "bureau, said at a news conference."
    )
    [(claimant, cue, content)] = _claims(quoted)
    assert (claimant, cue, content) == (
        "James B. Comey Jr., the director of the bureau,",
        "said",
        "Twitter works as a way to sell books",
    )


def test_party_label_after_the_claimant() -> None:
    """ "Sen. Marco Rubio (R-Fla.) said": the bracket labels the name, it ends no clause."""
    text = "At a rally on Monday, Sen. Marco Rubio (R-Fla.) said Trump is unelectable now."
    assert _claims(text) == [("Sen. Marco Rubio", "said", "Trump is unelectable now")]
    quoted = '"It is a dog whistle," Rep. Gwen Moore (D-Wis.) said Friday.'
    assert _claims(quoted) == [("Rep. Gwen Moore", "said", "It is a dog whistle")]


def test_approximated_figure_opens_content() -> None:
    """ "said about half …": "about" before a figure approximates it; it opens no topic."""
    text = "The budget office said about half of the adjustment reflected revenue losses."
    assert _claims(text) == [
        ("The budget office", "said", "about half of the adjustment reflected revenue losses")
    ]


def test_long_apposed_claimants() -> None:
    """A claimant with an age and a place ("Pa.,"), or with a prepositional or "including"
    aside between commas, still speaks."""
    quoted = (
        '"She has not been truthful," Cecelia Purner, 67, a retired clerk in Allentown, Pa., '
        "said in an interview."
    )
    assert _claims(quoted) == [("Cecelia Purner", "said", "She has not been truthful")]
    aside = (
        "Yet some voters who have listened to his speeches over the decades, on television "
        "or at small events, said he had less magnetism now."
    )
    assert _claims(aside) == [
        ("some voters who have listened to his speeches over the decades", "said",
         "he had less magnetism now")
    ]  # fmt: skip


def test_quantifier_subjects_are_no_modifiers() -> None:
    """ "Some said they …" reports; "all reported contributions" stays a modifier."""
    text = "Some said they have cringed at his remarks."
    assert _claims(text) == [("Some", "said", "they have cringed at his remarks")]
    both = "He and Goodlatte both condemned the program in statements."
    assert [(c, v) for c, v, _ in _claims(both)] == [("He and Goodlatte", "condemned")]
    assert _claims("The fund listed all reported contributions.") == []


def test_quoted_transcript_speaker_lines() -> None:
    """A transcript quoted line by line keeps its speakers: `"WALLACE: Let's start …`."""
    text = (
        "The exchange went like this.\n\n"
        '"WALLACE: Will Gennifer Flowers be there tomorrow night?\n\n'
        '"PENCE: Gennifer Flowers will not be attending the debate."'
    )
    rows = claim_rows(text)
    assert [(r["claimant"], r["cue"], r["text"]) for r in rows] == [
        ("WALLACE", ":", "Will Gennifer Flowers be there tomorrow night"),
        ("PENCE", ":", "Gennifer Flowers will not be attending the debate"),
    ]


def test_topic_of_a_cue_is_its_content() -> None:
    """ "warned of the risk", "was asked about the speeches": with no clause or quotation
    after it, the prepositional object is what the report is about."""
    text = "Medical experts warned of the risk of an outbreak on the mainland."
    assert _claims(text) == [
        ("Medical experts", "warned", "the risk of an outbreak on the mainland")
    ]
    asked = "Clinton was asked about her paid speeches on Friday."
    assert [content for _, _, content in _claims(asked)] == ["her paid speeches"]
    # A time adjunct is no topic, and a later "that" still opens the content.
    assert _claims("He said about a week ago that the talks had failed.") == [
        ("He", "said", "that the talks had failed")
    ]


def test_quotation_set_apart_by_a_colon_is_the_content() -> None:
    """ "X listed the code: "Civility was assumed," Gray said": the quotation after the
    colon is what Gray said, not the writer's lead-in."""
    text = (
        'Mr. Gray ticked through the code the family has long embodied: "Civility and good '
        'manners were kind of assumed," Mr. Gray said.'
    )
    assert [(v, c) for _, v, c in _claims(text)] == [
        ("said", "Civility and good manners were kind of assumed")
    ]
    lead = 'The senator "made a mistake," Mr. Gray said.'
    assert [c for _, _, c in _claims(lead)] == ['The senator "made a mistake']


def test_infinitive_report_inside_content_does_not_cut_it() -> None:
    """ "… as an opportunity to talk about X" is part of what Coit said, not a report
    coordinated with it that would end the content at "as"."""
    text = (
        "Spokesman Sean Coit said the candidate sees the convention as an opportunity to "
        "talk about the positive vision of the party."
    )
    [(claimant, _, content)] = [c for c in _claims(text) if c[1] == "said"]
    assert (claimant, content) == (
        "Spokesman Sean Coit",
        "the candidate sees the convention as an opportunity to talk about the positive "
        "vision of the party",
    )


def test_participle_after_a_time_phrase_without_comma() -> None:
    """ "On Sunday morning Mr. Trump made …, writing that …": the participle's claimant is
    the main clause's subject after a time phrase that has no comma."""
    text = (
        "On Sunday morning Mr. Trump made another attempt to deflect the criticism, writing "
        "on Twitter that the real issue was terrorism."
    )
    assert _claims(text) == [("Mr. Trump", "writing", "that the real issue was terrorism")]


def test_a_claimant_with_initials_keeps_the_claim() -> None:
    """ "Rep. G.K. Butterfield": no sentence ends at the initials, so the claim keeps its
    claimant."""
    text = '"This is a disgusting day," said Rep. G.K. Butterfield of North Carolina.'
    [(claimant, cue, content)] = _claims(text)
    assert (claimant, cue, content) == (
        "Rep. G.K. Butterfield of North Carolina",
        "said",
        "This is a disgusting day",
    )


def test_a_quotation_resumed_after_a_speaker_with_initials_or_a_plural_title() -> None:
    """`"A," said Rep. G.K. Butterfield. "B."`: PolNeAR gives the two quotations as one
    content in two fragments; one content over both (speaker included) matches it."""
    for speaker in ("Rep. G.K. Butterfield", "Sens. Ted Cruz and Mike Lee"):
        text = f'"The vote was rigged," said {speaker}. "We will appeal."'
        assert _claims(text) == [
            (speaker, "said", f'The vote was rigged," said {speaker}. "We will appeal')
        ]


def test_an_unpunctuated_subhead_on_its_own_line_is_its_own_sentence() -> None:
    """A subhead joined to the next paragraph by one line break: its claim ends at the line,
    and the next sentence's claimant does not reach back into it."""
    text = (
        "Fighting went on.\nUN warns of famine in the north\n"
        "Aid groups said on Monday that 2 million people needed food."
    )
    assert _claims(text) == [
        ("UN", "warns", "famine in the north"),
        ("Aid groups", "said", "that 2 million people needed food"),
    ]
