"""Names around Unicode whitespace: a no-break space is a space, a line or paragraph
separator (U+2028, U+2029) a line break, as in text pasted from press-release pages."""

from __future__ import annotations

import pytest

from dataset.entities.candidates import starts_sentence
from dataset.entities.extract import extract_entities
from dataset.entities.params import EntityParams


def names(text: str) -> list[str]:
    return [row["text"] for row in extract_entities("a", text, EntityParams())]


@pytest.mark.parametrize("gap", ["\n", "\u2028", "\u2029", "\r\n"])
def test_no_name_runs_across_a_line_break(gap: str) -> None:
    text = f"Troops were sent to Afghanistan.{gap}{gap}The Pentagon said so."
    found = names(text)
    assert "Afghanistan" in found
    assert not any(gap.strip(" ") in name or "." in name for name in found)


@pytest.mark.parametrize("gap", ["\n", "\u2028", " \u2028", ".\xa0", ". \xa0"])
def test_a_sentence_opening_word_after_a_separator_is_not_part_of_the_name(gap: str) -> None:
    text = f"Two men were detained{gap}In Khost last night, a patrol was attacked."
    assert "Khost" in names(text)
    assert not any(name.startswith("In ") for name in names(text))


def test_starts_sentence_reads_unicode_spaces_and_separators() -> None:
    assert starts_sentence("end.\xa0In", 5)
    assert starts_sentence("end\u2028In", 4)
    assert starts_sentence("end \u2029 In", 6)
    assert not starts_sentence("the\xa0In", 4)
