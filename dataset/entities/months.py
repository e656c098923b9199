"""The month May, which is also a surname and a given name.

The other months are never names (`lexicon.NEVER`); "May" is, so it stays a candidate.
After a word that places a time ("in May", "since May", "early May") it is the month,
unless the article also writes it as a name ("Theresa May", "Mrs May", "May Department
Stores"), when "confidence in May" may be hers and "the sale of May" the firm.
"""

from __future__ import annotations

import functools
import re

# Words before "May" that make it a time: prepositions of time and the determiners of one.
_TIME_WORDS = "In Since Until Till By Early Late Last Next This During From Through Of Before After"
_TIME_BEFORE = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in _TIME_WORDS.split())
    + r")[^\S\n]+$"
)
# Capitalised words before "May" that make it a time, not the end of a name.
_TIME_OPENERS = frozenset([*_TIME_WORDS.split(), "The", "And", "Or", "But"])
_WORD_MARKS = ".'’-"


def _word_before(text: str, at: int) -> str:
    """The word (letters, digits and the marks of `_WORD_MARKS`) that line space alone
    separates from `at`, or ""."""
    end = at
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == at:
        return ""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _WORD_MARKS):
        start -= 1
    return text[start:end]


@functools.lru_cache(maxsize=1)  # asked for each "in May" of one article
def _named_may(text: str) -> bool:
    """Whether the article writes "May" as a name: after a capitalised word that is no
    time word ("Theresa May", "Mrs May"), or before a capitalised word ("May Department
    Stores"). Each "May" is found by a string search, not a pattern tried at every
    position of the text."""
    at = text.find("May")
    while at >= 0:
        end = at + 3
        whole = (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum()
        if whole:
            after = text[end + 1 : end + 2]
            if text[end : end + 1] in (" ", "\t") and after.isupper():
                return True
            word = _word_before(text, at)
            if word[:1].isupper() and word not in _TIME_OPENERS:
                return True
        at = text.find("May", end)
    return False


def month_may(start: int, text: str) -> bool:
    """Whether the "May" at `start` is the month: after a time word, in an article that
    never writes May as a person's name."""
    if _TIME_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    return not _named_may(text)
