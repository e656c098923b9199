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
_MINOR = r"(?:of|and|for|the|on|in|&)"
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
# Readings that a spelled-out name overrules: the gazetteer's and the context's, not a list's.
_GUESSED = frozenset(["gazetteer", "bare-gazetteer", "context", "cue", "model", "fallback"])
# A capitalised word, then capitals after "(" or "or": where an article may introduce an
# acronym. `_introduced` is compiled only for the acronyms found here after a word that
# opens with their last letter, since compiling a pattern per acronym costs far more
# than this one scan.
_AFTER_INTRO = re.compile(r"([A-Z])[a-z][\w'’-]*(?:[^\S\n]*\(|,?[^\S\n]+or[^\S\n]+)([A-Z]{2,8})\b")


def _introduced(acronym: str) -> re.Pattern[str]:
    """Capitalised words whose initials spell `acronym` (minor words allowed between),
    then the acronym itself in brackets or after "or"."""
    parts = [rf"{letter}[a-z][\w'’-]*" for letter in acronym]
    gap = rf"(?:[^\S\n]+{_MINOR})*[^\S\n]+"
    intro = r"(?:[^\S\n]*\(|,?[^\S\n]+or[^\S\n]+)"
    return re.compile(r"\b(" + gap.join(parts) + r")" + intro + acronym + r"\b")


@functools.lru_cache(maxsize=1)
def _introducible(text: str) -> frozenset[str]:
    """The words in capitals that follow "(" or "or" right after a capitalised word
    opening with their last letter: the only acronyms `_introduced` can find (cached:
    both rules below ask of the same article)."""
    found = _AFTER_INTRO.finditer(text)
    return frozenset(m.group(2) for m in found if m.group(2)[-1] == m.group(1))


def _long_form(acronym: str, text: str) -> re.Match[str] | None:
    """Where the article spells `acronym` out ("Ground Controlled Approach (GCA)"), if it does."""
    return _introduced(acronym).search(text) if acronym in _introducible(text) else None


def spelled_out_acronyms(mentions: list[Mention], text: str) -> None:
    """Re-type as ORG the place mentions in capitals whose long form the article writes."""
    found: dict[str, str | None] = {}
    for mention in mentions:
        word = mention.words[0]
        if (
            len(mention.words) != 1
            or mention.label not in _PLACE_LABELS
            or mention.method not in _GUESSED
            or not _ACRONYM.match(word)
        ):
            continue
        if word not in found:
            long = _long_form(word, text)
            found[word] = None if long is None else long.group(1)
        if found[word] is not None:
            mention.label, mention.canonical, mention.method = "ORG", found[word], "context"


def acronyms_of_no_name(mentions: list[Mention], text: str) -> None:
    """'Ground Controlled Approach (GCA)': an acronym the rules typed only by its capitals
    is what its long form is; when the article spells it out and that long form is no
    name at all (no mention covers it), the acronym names a method or a thing, not a
    body, and is dropped."""
    covered = [(m.start, m.end) for m in mentions if m.label]
    spelled: dict[str, bool] = {}
    for mention in mentions:
        word = mention.words[0]
        if len(mention.words) != 1 or mention.method != "acronym" or not _ACRONYM.match(word):
            continue
        if word not in spelled:
            long = _long_form(word, text)
            spelled[word] = long is not None and not any(
                s < long.end(1) and long.start(1) < e for s, e in covered
            )
        if spelled[word]:
            mention.label, mention.method = UNKNOWN, "dropped"
