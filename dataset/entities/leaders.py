"""A name before "administration" or "presidency" is a leader's: "the Obama administration".

Only a person lends a name to an administration, a presidency or a premiership, so
a one-word name there that only a bare gazetteer match made a small town ("Obama" is a
Japanese town) is the person, and so are its other lone uses the gazetteer alone typed
("Obama's calls"): one name, one referent in a story.
"""

from __future__ import annotations

import re

from dataset.entities.classify import Mention

_OFFICE_AFTER = re.compile(r"[^\S\n]+(?:[Aa]dministrations?|presidency|premiership)\b")
_TOWN_GUESS = "bare-gazetteer"


def leaders_by_office(mentions: list[Mention], text: str) -> None:
    """Re-type as PERSON the bare gazetteer towns that name an administration, and their
    other bare gazetteer uses in the article."""
    leaders = {
        m.words[0]
        for m in mentions
        if len(m.words) == 1
        and m.method == _TOWN_GUESS
        and _OFFICE_AFTER.match(text, m.end) is not None
    }
    if not leaders:
        return
    for mention in mentions:
        if (
            len(mention.words) == 1
            and mention.method == _TOWN_GUESS
            and mention.words[0] in leaders
        ):
            mention.label, mention.canonical, mention.method = "PERSON", mention.words[0], "cue"
