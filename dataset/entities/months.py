"""The month May, which is also a surname and a given name.

The other months are never names (`lexicon.NEVER`); "May" is, so it stays a candidate.
After a word that places a time ("in May", "since May", "early May") it is the month,
unless the article also writes it as a name ("Theresa May", "Mrs May", "May Department
Stores"), when "confidence in May" may be hers and "the sale of May" the firm.
"""

from __future__ import annotations

import re

# Words before "May" that make it a time: prepositions of time and the determiners of one.
_TIME_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext"
    r"|[Tt]his|[Dd]uring|[Ff]rom|[Tt]hrough|[Oo]f|[Bb]efore|[Aa]fter)[^\S\n]+$"
)
# "May" after a capitalised word that is no time word, or before a capitalised word: a
# name ("Theresa May", "Mrs May", "May Department Stores").
_NAMED_MAY = re.compile(
    r"(?<![\w'’.-])(?!(?:In|Since|Until|Till|By|Early|Late|Last|Next|This|During|From"
    r"|Through|Of|Before|After|The|And|Or|But)[^\S\n])[A-Z][\w.'’-]*[^\S\n]+May\b"
    r"|\bMay[^\S\n]+[A-Z]"
)


def month_may(start: int, text: str) -> bool:
    """Whether the "May" at `start` is the month: after a time word, in an article that
    never writes May as a person's name."""
    if _TIME_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    return _NAMED_MAY.search(text) is None
