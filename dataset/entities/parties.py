"""A party named with a lower-case "party": "the Republican party", "the Labour party".

Some style books (The Guardian's, many wire services for foreign parties) write the
common noun of a party's name lower-case. A capitalised political word right before
"party" still names the party, one organisation, as "the Republican Party" does; alone
"Republican" would read as a member's description (NORP) and "Labour" as a shorter name.
"""

from __future__ import annotations

import re

from dataset.entities.classify import Mention

_PARTY = re.compile(
    r"\b(Republican|Democratic|Democrat|Communist|Socialist|Conservative|Labour|Labor"
    r"|Liberal|Green|Nationalist|Progressive|Christian[^\S\n]+Democratic)[^\S\n]+party\b"
)


def lower_case_parties(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions with each "<political word> party" as one organisation, replacing
    what the rules made of its first word."""
    if "party" not in text:
        return mentions  # most articles: no scan of the pattern's many openings
    found = [m.span() for m in _PARTY.finditer(text)]
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in found)]
    for s, e in found:
        words = text[s:e].split()
        canonical = " ".join([*words[:-1], "Party"])
        kept.append(Mention(s, e, words, "ORG", canonical, "head"))
    return sorted(kept, key=lambda m: (m.start, m.end))
