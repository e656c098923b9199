"""A full name's given name standing alone: "Nine-year-old Georgia Marsh … said Georgia".

Features about children and athletes call them by their given name after the full name.
When that given name is also a place ("Georgia", "Chad", "Florence"), the lists type the
lone word as the place. Once the article shows the lone word speaking or being a person
("said Georgia", "Georgia's father", "Georgia herself"), its lone uses are that person,
except where a place preposition governs it ("moved to Georgia").
"""

from __future__ import annotations

import re

from dataset.entities import lexicon as lx
from dataset.entities.classify import Mention

_PLACES = frozenset(["GPE", "LOC"])
_SAID_BEFORE = re.compile(r"\b(?:said|says|asked|added|explained)[^\S\n]+$")
_PERSON_AFTER = re.compile(
    r"(?:[^\S\n]+(?:said|says|told|herself|himself)\b"
    r"|['’]s[^\S\n]+(?:father|mother|parents|brother|sister|husband|wife|son|daughter"
    r"|coach|family|friends?)\b)"
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|to|into|near|across|around|throughout|outside|of|the)[^\S\n]+$"
)


def _person_shown(mention: Mention, text: str) -> bool:
    return (
        _SAID_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
        or _PERSON_AFTER.match(text, mention.end) is not None
    )


def given_name_people(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """Re-type as the person the lone place-typed given names the article shows as one."""
    full: dict[str, Mention] = {}
    for mention in mentions:
        if (
            mention.label == "PERSON"
            and 2 <= len(mention.words) <= 3
            and mention.words[0].lower() in lexicons.first_names
        ):
            full.setdefault(mention.words[0], mention)
    if not full:
        return
    lone = [m for m in mentions if len(m.words) == 1 and m.label in _PLACES and m.words[0] in full]
    shown = {m.words[0] for m in lone if _person_shown(m, text)}
    for mention in lone:
        if (
            mention.words[0] in shown
            and _PLACE_BEFORE.search(text, max(0, mention.start - 12), mention.start) is None
        ):
            person = full[mention.words[0]]
            mention.label, mention.canonical, mention.method = "PERSON", person.canonical, "coref"
