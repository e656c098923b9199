"""Acronyms the article spells out, read as what they stand for: "the Neighborhood
Improvement Coordination Effort, or NICE" is a programme, not the French city.

A word in capitals that a gazetteer knows ("NICE", "BATH", "ROME") is a place in a
shouted dateline; when the same article introduces it as an acronym, right after a name
whose initials spell it ("..., or NICE", "... (NICE)"), it is that name's acronym, an
organisation, in every mention. Countries and the hand lists
("USA" for the United States of America) keep their own reading.
"""

from __future__ import annotations

import functools
import re

from dataset.entities.classify import UNKNOWN, Mention

_ACRONYM = re.compile(r"^[A-Z]{2,8}$")
# Words an organisation's name may hold that its acronym skips.
_MINOR = frozenset(["of", "and", "for", "the", "on", "in", "&"])
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
# Readings that a spelled-out name overrules: the gazetteer's and the context's, not a list's.
_GUESSED = frozenset(["gazetteer", "bare-gazetteer", "context", "cue", "model", "fallback"])
# A capitalised word, then capitals after "(" or "or": where an article may introduce
# an acronym. One scan per article finds them all; `_initials_start` then reads the words
# before each in Python, as compiling a pattern per acronym costs far more than the rule.
# (The word's letters are taken possessively, `*+`: what may follow it starts with none.)
_AFTER_INTRO = re.compile(r"([A-Z][a-z][\w'’-]*+)(?:[^\S\n]*\(|,?[^\S\n]+or[^\S\n]+)([A-Z]{2,8})\b")
# A word of the long form.
_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")


@functools.lru_cache(maxsize=1)
def _introductions(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, acronym): the word each acronym that follows "(" or "or" comes right
    after, in text order (cached: both rules below ask of one article)."""
    return tuple((m.start(1), m.end(1), m.group(2)) for m in _AFTER_INTRO.finditer(text))


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
            and (i == begin or not _is_word_char(text[i - 1]))
            and _WORD.fullmatch(text, i, end) is not None
        ):
            return i
    return None


def _is_word_char(char: str) -> bool:
    """What a regular expression's \\w matches in a str."""
    return char.isalnum() or char == "_"


def _long_form(acronym: str, text: str) -> tuple[int, int] | None:
    """The span of the name the article spells `acronym` out as ("Ground Controlled
    Approach (GCA)"), its first such place, if it does."""
    for start, end, found in _introductions(text):
        if found == acronym:
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
