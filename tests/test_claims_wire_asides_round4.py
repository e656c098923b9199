"""Claims in wire reports, fifth pass: asides before a raised or relative report, long
titles before a name, unstated counts, time adjuncts after an inverted cue, names that
hold "and"."""

from __future__ import annotations

from claim_rows import claims as _claims


def test_question_and_answer_is_a_noun_pair() -> None:
    """ "question and answer sessions": "answer" after "question and" is a noun, so the
    report before it runs on through the phrase."""
    text = "He said he had learned from voters during question and answer sessions in May."
    assert _claims(text) == [
        ("He", "said", "he had learned from voters during question and answer sessions in May")
    ]


def test_a_long_title_before_a_name_keeps_the_name() -> None:
    """ "A spokesperson for the National Unity Government, Kyaw Zaw, said": a title
    phrase of more than five words before the name still keys the name."""
    text = "A spokesperson for the National Unity Government, Kyaw Zaw, said the school was hit."
    assert _claims(text) == [
        (
            "A spokesperson for the National Unity Government, Kyaw Zaw,",
            "said",
            "the school was hit",
        )
    ]


def test_an_unstated_count_is_no_claim() -> None:
    """ "did not say how many were killed": a negated verb of telling before "how many"
    gives no figure; "did not say when" is still reported, as PolNeAR annotates it."""
    assert _claims("The ministry did not say how many were killed.") == []
    assert _claims("Officials would not disclose how much was paid.") == []
    assert _claims("The army did not say when the operation would end.") == [
        ("The army", "say", "when the operation would end")
    ]


def test_a_raised_subject_keeps_an_aside_that_ends_in_a_list() -> None:
    """ "Films with budgets of up to £9m, a level like X, Y and Z, are expected to":
    the comma before the list's last names is no aside opening; the subject is whole."""
    text = (
        "Films with budgets of up to £9m, a level similar to hits Vera Drake, Calendar "
        "Girls and Enduring Love, are expected to be worst hit by the clampdown."
    )
    assert [(c, t) for c, _cue, t in _claims(text)] == [(None, text[:-1])]


def test_a_report_inside_a_relative_aside_ends_with_the_aside() -> None:
    """ "The bill, which ministers claim will tackle crime, terror and fraud, is expected
    to …": the relative is the content's subject, so the report ends at the comma before
    the sentence's own verb, and the raised clause is the whole sentence."""
    text = (
        "The bill, which ministers claim will tackle crime, terror and fraud, is expected "
        "to be opposed by the Liberal Democrats."
    )
    assert _claims(text) == [
        (None, "expected", text[:-1]),
        ("ministers", "claim", "will tackle crime, terror and fraud"),
    ]
    army = "The army, which analysts say has lost ground in Darfur, is expected to attack."
    assert _claims(army) == [
        (None, "expected", army[:-1]),
        ("analysts", "say", "has lost ground in Darfur"),
    ]


def test_a_passive_after_a_raising_verb_has_the_subject_as_content() -> None:
    """ "The bill is expected to be opposed by X": the by-phrase's content is the subject
    before the raising word, not the words "is expected to"."""
    text = "The bill is expected to be opposed by the Liberal Democrats."
    assert _claims(text) == [
        ("the Liberal Democrats", "opposed", "The bill"),
        (None, "expected", text[:-1]),
    ]


def test_a_nickname_before_an_apposition_is_in_the_name() -> None:
    """`Jimmy "Barbecue" Cherizier, the gang leader, said`: the quoted nickname is part
    of the claimant's name, not a quotation the cue closes."""
    text = 'Jimmy "Barbecue" Cherizier, the leader of the G9 alliance, said he would not disarm.'
    assert _claims(text) == [
        (
            'Jimmy "Barbecue" Cherizier, the leader of the G9 alliance,',
            "said",
            "he would not disarm",
        )
    ]


def test_early_or_late_before_a_day_is_a_time_adjunct() -> None:
    """ "…, officials said late on Monday": "late"/"early" before a day opens a time
    adjunct, so the content is the clause before the cue ("said early elections …" is
    content)."""
    assert _claims("The two sides agreed to a truce, officials said late on Monday.") == [
        ("officials", "said", "The two sides agreed to a truce")
    ]
    assert _claims("Officials said late Monday the talks had failed.") == [
        ("Officials", "said", "the talks had failed")
    ]
    assert _claims("The minister said early elections would be held.") == [
        ("The minister", "said", "early elections would be held")
    ]


def test_and_inside_an_institution_s_name_is_part_of_the_claimant() -> None:
    """ "Analysts at the Center for Strategic and International Studies said": an "and"
    between capitalised words after "of"/"for" joins one name."""
    text = "Analysts at the Center for Strategic and International Studies said the depot burned."
    assert _claims(text) == [
        (
            "Analysts at the Center for Strategic and International Studies",
            "said",
            "the depot burned",
        )
    ]


def test_warning_before_shots_is_a_modifier() -> None:
    """ "fired warning shots": "warning" heads no report before a noun it modifies."""
    text = "The military said its troops had identified a threat and fired warning shots."
    assert [cue for _c, cue, _t in _claims(text)] == ["said"]


def test_a_headline_label_before_a_denial_at_the_line_end_is_a_topic() -> None:
    """ "Red Sea: Houthis claim attack on ship, Pentagon denies", "…, Activists Say": a
    line that ends in a verb of saying or denying after a comma names its source there,
    so the label before the colon is no speaker."""
    text = "Red Sea: Houthis claim attack on ship, Pentagon denies\n\nThe text follows here."
    assert all(claimant != "Red Sea" for claimant, _cue, _t in _claims(text))
    title = "Sudan: Dozens Killed In Attack On Village, Activists Say\n\nThe text follows here."
    assert all(claimant != "Sudan" for claimant, _cue, _t in _claims(title))


def test_an_opening_participle_phrase_is_no_claimant() -> None:
    """ "Speaking in Geneva, the head of the agency, which runs the camps, said": a
    capitalised "-ing" word before a lower-case one opens an introductory phrase, so the
    claimant is the noun phrase after it, whose name may hold "and"."""
    text = "Speaking in Geneva, the head of the agency, which runs the camps, said aid was blocked."
    assert _claims(text) == [("the head of the agency", "said", "aid was blocked")]
    federation = (
        "Responding to the plans, the chairman of the Federation of England and Wales, "
        "which represents officers, said the plan was wrong."
    )
    assert [c for c, _cue, _t in _claims(federation)] == [
        "the chairman of the Federation of England and Wales"
    ]


def test_a_noun_phrase_or_a_clause_after_an_ing_word_is_no_introductory_phrase() -> None:
    """ "Leading plaintiff, the University of California, announced": an "-ing" word
    before a noun is an adjective of the claimant's own phrase, not an opening phrase."""
    text = "Leading plaintiff, the University of California, announced the news."
    assert [c for c, _cue, _t in _claims(text)] == [
        "Leading plaintiff, the University of California,"
    ]


def test_a_quoted_modifier_stays_inside_its_noun_phrase() -> None:
    """`Films with "medium" budgets … are expected to`, `the "reform" plans`: one word in
    quote marks inside a noun phrase is a term, so the raised subject runs on before it
    and a cue word after it is the phrase's noun."""
    text = 'Films with "medium" budgets of up to £9m are expected to be worst hit.'
    assert _claims(text) == [(None, "expected", text[:-1])]
    assert [cue for _c, cue, _t in _claims('He said the "reform" plans are doomed.')] == ["said"]


def test_late_on_a_day_after_the_cue_is_no_content() -> None:
    assert _claims("Officials said late on Monday the talks had failed.") == [
        ("Officials", "said", "the talks had failed")
    ]


def test_a_nickname_stays_in_a_name_quoted_as_saying() -> None:
    text = 'Jimmy "Barbecue" Cherizier was quoted as saying the gangs would fight on.'
    assert [claimant for claimant, _cue, _text in _claims(text)] == ['Jimmy "Barbecue" Cherizier']
