"""Hedging: the first hedging word in a claim's spans."""

from __future__ import annotations

import functools
import operator
import re

from dataset.claims import grammar as g
from dataset.claims.scan import WordScanner


def first_hedge(text: str, spans: list[tuple[int, int]], hedges: WordScanner) -> str | None:
    """The first hedging word (in text order) inside any of the spans."""
    found = [f for f in (_search(text, start, end, hedges) for start, end in spans) if f]
    return min(found, key=_FOUND_START)[2] if found else None


def _search(text: str, start: int, end: int, hedges: WordScanner) -> tuple[int, int, str] | None:
    """The first hedge in text[start:end]; a capitalised "May" is the month or a name
    ("in May and June", "Theresa May"), not the modal, which news writes in lower case."""
    found = hedges.search(text, start, end)
    while found is not None and found[2] == "May":
        found = hedges.search(text, found[1], end)
    return found


_FOUND_START = operator.itemgetter(0)

# The writer's comment right after a report that its claim is unverified: ", a figure
# that could not be independently verified", ", figures that could not be verified",
# ", which could not be confirmed", "— a claim that has not been verified", ", though the
# figure could not be verified", ", but the claim could not be verified" (the claim nouns
# of `g.CLAIM_NOUNS`), also after the report's short adjunct ("…, the ministry said on
# Monday, a claim that …"). The hedge is the verb phrase from its modal or auxiliary.
_CLAIM_NOUN = g.CLAIM_NOUN_GROUP + "s?"
_CONTRAST = r"(?:(?:even[^\S\n]+)?(?:though|although)|but)[^\S\n]+"
_UNVERIFIED_COMMENT = re.compile(
    r"(?:[^\S\n]+[A-Za-z][\w'’]*){0,3}[^\S\n]*[,—–][^\S\n]*(?:(?:(?:(?:(?:a|an|the)[^\S\n]+"
    r"(?:[a-z]+[^\S\n]+)?)?"
    + _CLAIM_NOUN
    + r"[^\S\n]+)?(?:that|which)|"
    + _CONTRAST
    + r"(?:this|it|the[^\S\n]+"
    + _CLAIM_NOUN
    + r"))[^\S\n]+"
    r"(?P<hedge>(?:(?:could|can|has|have|had|was|were|is|are)(?:[^\S\n]+not|n't)|cannot|can't)"
    r"[^\S\n]+"
    r"(?:yet[^\S\n]+)?(?:be|been)[^\S\n]+(?:independently[^\S\n]+)?(?:verified|confirmed))\b"
    # ", but there was no independent confirmation": the hedge is the clause from "there"
    r"|"
    + _CONTRAST
    + r"(?P<unchecked>there[^\S\n]+(?:was|is|were|has[^\S\n]+been)[^\S\n]+no[^\S\n]+"
    r"(?:[a-z]+[^\S\n]+)?" + g.CHECK_NOUN_GROUP + r")\b)"
)


def unverified_after(text: str, end: int) -> str | None:
    """The writer's comment that a claim is unverified, right where the report ends."""
    found = _UNVERIFIED_COMMENT.match(text, end)
    return None if found is None else found.group("hedge") or found.group("unchecked")


@functools.lru_cache(maxsize=8)
def hedge_scanner(hedges: tuple[str, ...]) -> WordScanner:
    """One scanner per word list, built once per process (the params do not change); it
    runs over every claim's spans, so it has an ASCII twin, and its words open with few
    letters, so a guard on them."""
    return WordScanner(sorted({h.lower() for h in hedges}), re.IGNORECASE, twin=True, guard=True)
