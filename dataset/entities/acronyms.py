"""Acronyms the article spells out, read as what they stand for: "the Neighborhood
Improvement Coordination Effort, or NICE" is a programme, not the French city.

A word in capitals that a gazetteer knows ("NICE", "BATH", "ROME") is a place in a
shouted dateline; when the same article introduces it as an acronym, right after a name
whose initials spell it ("..., or NICE", "... (NICE)"), it is that name's acronym, an
organisation, in every mention. Countries and the hand lists
("USA" for the United States of America) keep their own reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dataset.entities.classify import UNKNOWN, Mention, is_word_char

_ACRONYM = re.compile(r"^[A-Z]{2,8}$")
# Words an organisation's name may hold that its acronym skips.
_MINOR = frozenset(["of", "and", "for", "the", "on", "in", "&"])
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
# Readings that a spelled-out name overrules: the gazetteer's and the context's, not a list's.
_GUESSED = frozenset(["gazetteer", "bare-gazetteer", "context", "cue", "model", "fallback"])
# A word of the long form.
_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")
# What such a word holds besides letters and digits ("O'Neill", "Anglo-French").
_WORD_MARKS = "_'’-"


def _introductions(acronym: str, text: str) -> Iterator[tuple[int, int]]:
    """The span of the capitalised word right before each place the article writes
    `acronym` after "(" or "or" ("… Approach (GCA)", "…, or NICE"), in text order: where
    an article may introduce it. A string search for the acronym, then a look back,
    instead of a pattern tried at every capital letter of the article."""
    at = text.find(acronym)
    while at >= 0:
        after = at + len(acronym)
        if at > 0 and (after == len(text) or not is_word_char(text[after])):
            end = _intro_start(text, at)
            start = None if end is None else _capitalised_word(text, end)
            if start is not None:
                yield start, end
        at = text.find(acronym, at + 1)


def _intro_start(text: str, at: int) -> int | None:
    """Where the "(" or the "or" before `at` begins, with the line space and comma
    before it ("  (", ", or "), or None if neither is there."""
    if text[at - 1] == "(":
        end = at - 1
        while end > 0 and _is_gap_space(text[end - 1]):
            end -= 1
        return end
    conjunction = at
    while conjunction > 0 and _is_gap_space(text[conjunction - 1]):
        conjunction -= 1
    if conjunction == at or conjunction < 2 or text[conjunction - 2 : conjunction] != "or":
        return None
    end = conjunction - 2
    while end > 0 and _is_gap_space(text[end - 1]):
        end -= 1
    if end == conjunction - 2:
        return None  # "for", "Labor": no word "or"
    return end - 1 if end > 0 and text[end - 1] == "," else end


def _capitalised_word(text: str, end: int) -> int | None:
    """Where a word ending at `end` starts: the first capital followed by a lower-case
    letter in the run of word characters, apostrophes and hyphens before `end`."""
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in _WORD_MARKS):
        begin -= 1
    for i in range(begin, end - 1):
        if "A" <= text[i] <= "Z" and "a" <= text[i + 1] <= "z":
            return i
    return None


def _is_gap_space(char: str) -> bool:
    """White space within a line, as the patterns' line space matches it."""
    return char.isspace() and char != "\n"


def _initials_start(acronym: str, text: str, start: int) -> int | None:
    """Where the name whose last word starts at `start` begins, if its words open with
    the acronym's letters in turn: whole words apart from the first, which may end a
    longer token, one or more line spaces between words, minor words between skipped."""
    if text[start] != acronym[-1]:
        return None
    k = len(acronym) - 2  # the letter the next word back opens with
    pos = start
    while True:
        gap = pos
        while gap > 0 and _is_gap_space(text[gap - 1]):
            gap -= 1
        if gap == pos:
            return None
        begin = gap
        while begin > 0 and not text[begin - 1].isspace():
            begin -= 1
        pos = begin
        if text[begin:gap] in _MINOR:
            continue
        if k == 0:
            return _first_word(acronym[0], text, begin, gap)
        if text[begin] != acronym[k] or _WORD.fullmatch(text, begin, gap) is None:
            return None
        k -= 1


def _first_word(letter: str, text: str, begin: int, end: int) -> int | None:
    """Where the name's first word starts in the token text[begin:end]: the token, or its
    end after a mark ("French" in "Anglo-French", "Bank" in "(Bank"), the leftmost that
    opens with `letter`."""
    for i in range(begin, end - 1):
        if (
            text[i] == letter
            and (i == begin or not is_word_char(text[i - 1]))
            and _WORD.fullmatch(text, i, end) is not None
        ):
            return i
    return None


def _long_form(acronym: str, text: str) -> tuple[int, int] | None:
    """The span of the name the article spells `acronym` out as ("Ground Controlled
    Approach (GCA)"), its first such place, if it does."""
    for start, end in _introductions(acronym, text):
        begin = _initials_start(acronym, text, start)
        if begin is not None:
            return begin, end
    return None


def spelled_out_acronyms(mentions: list[Mention], text: str) -> None:
    """Re-type as ORG the place mentions in capitals whose long form the article writes."""
    found: dict[str, str | None] = {}
    for mention in mentions:
        if (
            mention.label not in _PLACE_LABELS
            or mention.method not in _GUESSED
            or len(mention.words) != 1
            or not _ACRONYM.match(mention.words[0])
        ):
            continue
        word = mention.words[0]
        if word not in found:
            long = _long_form(word, text)
            found[word] = None if long is None else text[long[0] : long[1]]
        if found[word] is not None:
            mention.label, mention.canonical, mention.method = "ORG", found[word], "context"


def acronyms_of_no_name(mentions: list[Mention], text: str) -> None:
    """'Ground Controlled Approach (GCA)': an acronym the rules typed only by its capitals
    is what its long form is; when the article spells it out and that long form is no
    name at all (no mention covers it), the acronym names a method or a thing, not a
    body, and is dropped."""
    covered: list[tuple[int, int]] | None = None
    spelled: dict[str, bool] = {}
    for mention in mentions:
        if mention.method != "acronym" or len(mention.words) != 1:
            continue
        word = mention.words[0]
        if not _ACRONYM.match(word):
            continue
        if covered is None:  # made once, for the first acronym
            covered = [(m.start, m.end) for m in mentions if m.label]
        if word not in spelled:
            long = _long_form(word, text)
            spelled[word] = long is not None and not any(
                s < long[1] and long[0] < e for s, e in covered
            )
        if spelled[word]:
            mention.label, mention.method = UNKNOWN, "dropped"
