"""Speakers a report calls "it": a state, a city for its government, a company.

"Maersk said it would pause transits", "Kiev said on Monday that it had repelled the
attack", "Hapag-Lloyd said one of its ships was hit": the subject of a verb of saying
that the reported clause takes up as "it" or "its" is no person, who would be "he" or
"she". The clause must open with the pronoun (after an optional time phrase and
"that"), and "it" must act (an auxiliary and a verb other than "be"): "said it was
clear" and "said it would be hard" use an empty "it" that refers to nothing.
"""

from __future__ import annotations

import re

_SPACE = r"[^\S\n]+"
SAYING_VERBS = frozenset(["said", "says", "announced", "added", "reported", "stated"])
_REPORTED_IT = re.compile(
    _SPACE
    + r"(?:"
    + "|".join(sorted(SAYING_VERBS))
    + ")"
    + r"(?:"
    + _SPACE
    + r"(?:on|late|early|last|this)"
    + _SPACE
    + r"[A-Za-z]+)?"
    + r"(?:"
    + _SPACE
    + "that)?"
    + _SPACE
    + r"(?:(?:one|some|two|three|all|most|many|none)"
    + _SPACE
    + "of"
    + _SPACE
    + r")?(?:its\b|it"
    + _SPACE
    + r"(?:would|will|had|has|could|can|did|does|may|might|plans|planned|intends|hoped)"
    + r"(?:"
    + _SPACE
    + r"not)?"
    + _SPACE
    + r"(?!be\b|been\b|not\b)[a-z]{3,})"
)


def spoken_of_as_it(text: str, end: int) -> bool:
    """Whether a verb of saying follows `end` and its reported clause takes the speaker
    up as "it" or "its" (see the module's doc)."""
    return _REPORTED_IT.match(text, end) is not None


# A capitalised word ending the text searched (a name's word before a space).
_LAST_WORD = re.compile(r"(?<![\w-])([A-Z][a-z]+)$")


def words_before(text: str, word: str) -> list[str]:
    """The capitalised words the article writes right before `word` ("Volodymyr" in
    "Volodymyr Zelenskyy"): a name a person's given name or title precedes is a surname."""
    found: list[str] = []
    at = text.find(" " + word)
    while at >= 0:
        end = at + 1 + len(word)
        before = _LAST_WORD.search(text, max(0, at - 30), at)
        after = text[end : end + 1]
        if before is not None and not (after.isalnum() or after in ("_", "-")):
            found.append(before.group(1))
        at = text.find(" " + word, end)
    return found
