"""Bodies named like roads: "United Way officials said", "a Main Street Program spokesman".

A name ending in a road's word ("Way", "Street", "Avenue") reads as a street. A road has
no officials, agencies or spokesman, so a name those words follow is an organisation
named like a road, and so is every other mention of the same name in the article (one
name, one sense): "United Way estimates ... United Way officials said".
"""

from __future__ import annotations

import re

from dataset.entities.classify import Mention
from dataset.entities.nesting import ROAD_HEADS

# People and parts of an organisation named after it: what a road never has.
_MEMBERS = re.compile(
    r"[^\S\n]+(?:officials?|agenc(?:y|ies)|spokes(?:man|woman|person)|chapters?|staffers"
    r"|executives?|chairman|chairwoman|board[^\S\n]+members|volunteers)\b"
)


def bodies_named_like_roads(mentions: list[Mention], text: str) -> None:
    """Re-type as ORG the road-headed facilities whose name such words follow."""
    bodies = {
        tuple(m.words)
        for m in mentions
        if m.label == "FAC" and m.words[-1] in ROAD_HEADS and _MEMBERS.match(text, m.end)
    }
    if not bodies:
        return
    for mention in mentions:
        if mention.label == "FAC" and tuple(mention.words) in bodies:
            mention.label, mention.canonical = "ORG", " ".join(mention.words)
            mention.method = "context"
