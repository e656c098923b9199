"""The shared sentence splitter on names, titles and places written with dots."""

from __future__ import annotations

import pytest

from dataset.text.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "It is a disgusting day, said Rep. G.K. Butterfield of North Carolina.",
        "They have not been united since George H.W. Bush won in 1988.",
        "The author J.K. Rowling wrote it.",
        "He led his rivals, particularly Sens. Ted Cruz and Marco Rubio.",
        "The bill was backed by Reps. Chris Collins and Tom Reed.",
        "He attacked Govs. Jeb Bush and Chris Christie.",
        "The visit was cancelled by Pres. Obama on Monday.",
        "ORLANDO, Fla. (Reuters) - President Barack Obama said on Sunday that it was terror.",
        "BEDFORD, N.H. (AP) — Marco Rubio said he would stay in the race.",
        "Maricopa County (Ariz.) Sheriff Joe Arpaio endorsed him.",
        "Both Donald Trump and (Texas Sen.) Ted Cruz scare me, she said.",
    ],
)
def test_names_titles_and_datelines_stay_in_one_sentence(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("He spoke at a breakfast in Washington D.C. He recalled the room.", "D.C."),
        ("Sarah Hamilton, 23, a student from Fresno, Calif. She said no.", "Calif."),
        ("The meeting took place in Bedminster, N.J. Roger Ailes attended.", "N.J."),
        ("He fell ill. Then he left.", "ill."),
        ("It was built about 250 B.C. The city fell later.", "B.C."),
        ("They sold debt obligations, or C.D.O.s. By 2007, they had stopped.", "C.D.O.s."),
    ],
)
def test_places_and_common_words_still_end_a_sentence(text: str, first: str) -> None:
    sentences = _sentences(text)
    assert len(sentences) == 2
    assert sentences[0].endswith(first)


def test_an_unpunctuated_line_before_a_capital_ends_a_sentence() -> None:
    text = (
        "Taliban seize district\nKUNDUZ (Reuters) - The governor said so.\n"
        "'We are not satisfied'\nHe left.\n1 cup of rice\n2 eggs"
    )
    assert _sentences(text) == [
        "Taliban seize district",
        "KUNDUZ (Reuters) - The governor said so.",
        "'We are not satisfied'",
        "He left.",
        "1 cup of rice",
        "2 eggs",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Wrapped at a fixed width: one line break between lower-case words marks the text.
        "The minister said the\ntalks with President\nAshraf Ghani would resume.",
        # An indented continuation line, and lines that run on.
        "Their product code is\n            0-71757-05642-8 on the box.",
        "He has to do the following:\nStop lying, and\nShow humility -\nAll of it.",
        "Rep.\nJohn Smith spoke.",
    ],
)
def test_a_line_break_inside_a_sentence_does_not_end_it(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Troops were sent to the U.S. He said more would follow.", "Troops were sent to the U.S."),
        ("The deal was signed by Acme Corp. The shares rose.", "The deal was signed by Acme Corp."),
        (
            "Fighting ended in World War I. But the border stayed shut.",
            "Fighting ended in World War I.",
        ),
        ("She says they don't. They say she does.", "She says they don't."),
    ],
)
def test_a_pronoun_or_the_after_an_abbreviation_opens_a_sentence(text: str, first: str) -> None:
    """ "the U.S. He said": a title or initials go on with a name, never with a subject
    pronoun or "the", so the dot before one ends the sentence."""
    assert _sentences(text) == [first, text[len(first) :].strip()]


@pytest.mark.parametrize(
    "text",
    [
        "The delegation was led by Mr. He Xiang of the trade ministry.",
        "Adm. He Tao commands the fleet.",
        "The film Rex vs. The Crown opened in May.",
    ],
)
def test_a_name_or_title_after_a_title_or_versus_goes_on(text: str) -> None:
    """ "Mr. He Lifeng", "X vs. The State": "He" before a capitalised word is a name, and
    "The" after "vs." opens the second title, so neither starts a sentence."""
    assert _sentences(text) == [text]


def test_the_t_of_a_contraction_is_no_initial() -> None:
    """ "they don't. Officials …": the letter after an apostrophe ends a contraction, not a
    one-letter initial, so the dot after it ends the sentence before any capital."""
    text = "They said they won't. Diplomats expect otherwise."
    assert _sentences(text) == ["They said they won't.", "Diplomats expect otherwise."]


def test_an_initial_after_an_opening_quote_goes_on() -> None:
    """ "named as 'K. Jones'": an apostrophe after a space opens a quotation, so the letter
    after it is an initial and the sentence goes on past its dot."""
    text = "The pilot was listed as 'K. Jones' in the flight log."
    assert _sentences(text) == [text]
    curly = "The witness signed as ‘R. Okafor’ on the form."
    assert _sentences(curly) == [curly]
    decade = "It recalled Europe in the 30's. I never forgot it."
    assert _sentences(decade) == ["It recalled Europe in the 30's.", "I never forgot it."]
