"""Cues that a one-word name is a company, not the person a name list or the model took
it for.

What one holds shares or a stake in is a company: "Shares in Umbro were up 1.76%",
"Foster's bought an 18.8% stake in Southcorp". After these nouns "in" does not place
anything: it names the business owned. A one-word name there that only a preposition,
a small town's entry in the gazetteer, a name list or the model typed is the company; a
country or a city stays what the lists say ("shares in London fell": where they trade).

A company has a board, shareholders, a chief executive and accounts; a person or a town
has none of these: "Elan's accounts", "Hapag's chief executive". A one-word guessed name
that owns one is a company (a person owns shares, so "shares" is no such noun).

English refers to a person with "who" and to a thing with "which": "Euronext, which
runs the Paris bourse". A one-word name a relative "which" follows names no person; in
news such a name, neither a person nor a known place, is most often a company.
"""

from __future__ import annotations

import re

from dataset.entities.classify import UNKNOWN, Mention, after_one_space, named_by_cue

_STAKE_BEFORE = re.compile(
    r"\b(?:shares|stake|stakes|shareholding|shareholdings|shareholders|holding|holdings)"
    r"[^\S\n]+in[^\S\n]+$",
    re.IGNORECASE,
)
_COMPANY_POSSESSION = re.compile(
    r"['’]s[^\S\n]+(?:accounts|board|shareholders|share[^\S\n]+price"
    r"|chief[^\S\n]+(?:executive|financial[^\S\n]+officer)|chairman|subsidiary|subsidiaries"
    r"|auditors?|profits?|revenues?|turnover)\b"
)
_WHICH_AFTER = re.compile(r",?[^\S\n]+which\b")
_PERSON_GUESSES = frozenset(["name", "model", "fallback", "context"])
# Calls a cue may overrule: guesses, and names nothing typed.
GUESSES = frozenset(["name", "model", "fallback", "context", "bare-gazetteer", "unknown"])


def companies_held(mentions: list[Mention], text: str) -> None:
    """Re-type as ORG the one-word guessed names that follow "shares in", "a stake in"."""
    for mention in mentions:
        if (
            "in" in text[max(0, mention.start - 5) : mention.start]  # cheap test first
            and len(mention.words) == 1
            and (mention.label == UNKNOWN or mention.method in GUESSES)
            and mention.label != "ORG"
            and _STAKE_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None
        ):
            named_by_cue(mention, "ORG")


def not_who(mentions: list[Mention], text: str) -> None:
    """Re-type as ORG the one-word guessed persons that a relative "which" follows."""
    for mention in mentions:
        if (
            len(mention.words) == 1
            and mention.label == "PERSON"
            and mention.method in _PERSON_GUESSES
            and after_one_space(text, mention.end) in ("", "w")  # a cheap test first
            and _WHICH_AFTER.match(text, mention.end) is not None
        ):
            named_by_cue(mention, "ORG")


def companies_by_possession(mentions: list[Mention], text: str) -> None:
    """Re-type as ORG the one-word guessed names that own what only a company has."""
    for mention in mentions:
        if (
            text.startswith(("'s ", "’s "), mention.end)  # a cheap test first
            and len(mention.words) == 1
            and (mention.label == UNKNOWN or mention.method in GUESSES)
            and mention.label != "ORG"
            and len(mention.words[0]) > 1  # "M&S's": no letter of a joined name
            and _COMPANY_POSSESSION.match(text, mention.end) is not None
        ):
            named_by_cue(mention, "ORG")
