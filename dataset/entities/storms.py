"""Named storms: "Hurricane Rita", "Typhoon Haiyan", "Cyclone Phailin", and the storm's
name standing alone once the article has named it ("Rita packed winds of 240 km/h").

Storms are given people's names, so a lone "Rita" reads as a person. Once the article
calls it a hurricane, typhoon or cyclone, a reader takes the bare name as the storm:
an event, like the full name. "Storm" alone is not a storm word here ("Storm Shadow"
missiles, "Operation Desert Storm").
"""

from __future__ import annotations

import re

from dataset.entities import lexicon as lx
from dataset.entities.classify import Mention

STORM_WORDS = frozenset(["Hurricane", "Typhoon", "Cyclone", "Supertyphoon"])
# "Tropical Storm Nicole", "Tropical Depression Ida".
_TROPICAL = frozenset(["Storm", "Depression"])
_TROPICAL_BEFORE = re.compile(r"\b[Tt]ropical[^\S\n]+$")
# The words a storm's full name opens with: a mention opening otherwise is no storm.
_STORM_OPENINGS = STORM_WORDS | _TROPICAL | {"Tropical"}


def _storm_name(mention: Mention, text: str) -> tuple[str, int] | None:
    """The storm's own name and where its full name starts, if the mention is a storm
    word and one name ("Hurricane Rita") that is no place's head ("Hurricane Harbor" is a
    water park). A sentence-initial "Tropical" the candidates trimmed as an ordinary word
    joins the name again."""
    words, start = mention.words, mention.start
    if len(words) == 3 and words[0] == "Tropical" and words[1] in _TROPICAL:
        words = words[1:]
    elif len(words) == 2 and words[0] in _TROPICAL:
        before = _TROPICAL_BEFORE.search(text, max(0, start - 12), start)
        if before is None:
            return None
        start = before.start()
    elif len(words) != 2 or words[0] not in STORM_WORDS:
        return None
    name = words[1]
    if name in lx.LOC_HEADS or name in lx.FAC_HEADS or name in lx.EVENT_HEADS:
        return None
    return name, start


def storm_names(mentions: list[Mention], text: str) -> None:
    """Type named storms as events, and the storm's bare name where only a name list or
    a guess made it a person."""
    names: dict[str, str] = {}
    for mention in mentions:
        found = _storm_name(mention, text) if mention.words[0] in _STORM_OPENINGS else None
        if found is not None:
            name, mention.start = found
            mention.words = text[mention.start : mention.end].split()
            names[name] = " ".join(mention.words)
            mention.label, mention.method = "EVENT", "head"
            mention.canonical = " ".join(mention.words)
    if not names:
        return
    for mention in mentions:
        if (
            len(mention.words) == 1
            and mention.words[0] in names
            and mention.label in ("PERSON", "")
            and mention.method in ("name", "unknown", "dropped", "model", "fallback")
        ):
            mention.label, mention.method = "EVENT", "coref"
            mention.canonical = names[mention.words[0]]
