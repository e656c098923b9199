"""Regional branches of al-Qaeda: "al-Qaeda in the Arabian Peninsula" is one body.

Al-Qaeda names each franchise by the region it fights in, the phrase "in the" and the
region's name after the parent's ("al-Qaeda in the Islamic Maghreb", "al-Qaeda in the
Indian Subcontinent"); the whole phrase is the branch's name (AQAP, AQIM, AQIS), not the
parent body and a place. "in" without "the" ("al-Qaeda in Yemen") says where the parent
is as often, and stays two names.
"""

from __future__ import annotations

import re

from dataset.entities import lexicon as lx
from dataset.entities.classify import Mention

# The canonical name the lexicon gives the parent in each of its spellings.
_PARENT = "al-Qaeda"
# "in the" and the region: capitalised words on one line.
_REGION = re.compile(r" in the ([A-Z][\w'’-]*(?:[^\S\n][A-Z][\w'’-]*)*)")


def regional_branches(mentions: list[Mention], text: str) -> list[Mention]:
    """The parent body (mentions in text order), "in the" and the region's capitalised
    words made one organisation; the mentions inside the region's words dropped."""
    if "Qaeda in the " not in text and "Qaida in the " not in text:
        return mentions
    out: list[Mention] = []
    region_end = -1
    for mention in mentions:
        if mention.start < region_end:
            continue
        region = _REGION.match(text, mention.end) if mention.canonical == _PARENT else None
        if region is not None:
            start = mention.start
            if arabic_article_apart(mention, text):
                start -= 3  # "al Qaeda": the article written apart
            region_end = region.end()
            name = text[start:region_end]
            mention = Mention(start, region_end, name.split(), "ORG", name, "cue")
        out.append(mention)
    return out


def arabic_article_apart(mention: Mention, text: str) -> bool:
    """'claimed by al Qaeda': the Arabic article written apart and lower-case is part of
    the listed body's name ("al-Qaeda"), as it is when joined or capitalised."""
    return (
        mention.start >= 3
        and text.startswith("al ", mention.start - 3)
        and mention.method == "lexicon"
        and not text[mention.start - 4 : mention.start - 3].isalnum()
        and "al-" + " ".join(mention.words) in lx.ORG_NAME_SET
    )
