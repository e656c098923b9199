"""Armed groups and units named by a code: "M23 rebels", "the M23 took Goma".

The candidate scan takes no word with a digit for a name ("2004", "B2", "COVID-19"), so
a rebel movement named after a date ("M23", the movement of 23 March) or a unit named by
letter and number is missed. Right before a noun for an armed body, a code of capital
letters and digits is that body's name; once the article has so named it, its other
uses are the same body. Not before "group", which follows the codes of clubs of states
("G7 group") as often; before "fighters" only in an article about no aircraft, since
"fighters" follow the codes of warplanes too ("F-16 fighters").
"""

from __future__ import annotations

import re

from dataset.entities.classify import Mention, is_word_char

# One to four capitals, an optional hyphen, one to three digits, then space: "M23 ".
_CODE_BEFORE = re.compile(r"(?<![\w-])([A-Z]{1,4}-?\d{1,3})[^\S\n]+$")
# The stems of the nouns, searched for first, and the nouns in full.
_STEMS = (
    "rebel",
    "milit",
    "insurg",
    "guerr",
    "movement",
    "brigade",
    "battalion",
    "regiment",
    "commando",
)
_NOUN_AT = re.compile(
    r"(?:rebels?|militias?|militiamen|militants|insurgents|insurgency|guerrillas|movement"
    r"|brigades?|battalions?|regiment|commandos)\b"
)


# Words of an article about aircraft, whose "fighters" may be warplanes.
_AIRCRAFT_WORDS = ("jet", "aircraft", "plane", "air force", "Air Force", "pilot")
_FIGHTERS = " fighters"


def _fighters_codes(text: str) -> set[str]:
    """The codes right before "fighters" ("M23 fighters seized Sake"), in an article
    about no aircraft; not a hyphenated one, as warplanes' are written ("F-16")."""
    codes: set[str] = set()
    at = text.find(_FIGHTERS)
    while at >= 0:
        end = at + len(_FIGHTERS)
        code = _CODE_BEFORE.search(text, max(0, at - 9), at + 1)
        if code is not None and "-" not in code.group(1) and not is_word_char(text[end : end + 1]):
            codes.add(code.group(1))
        at = text.find(_FIGHTERS, at + 1)
    if codes and any(word in text for word in _AIRCRAFT_WORDS):
        return set()
    return codes


def _codes(text: str) -> set[str]:
    """The codes right before a group noun: each noun's stem is found by a string search
    and only the characters around it asked, not a pattern run over the whole text."""
    codes: set[str] = set()
    for stem in _STEMS:
        at = text.find(stem)
        while at >= 0:
            if at and text[at - 1] in " \t" and _NOUN_AT.match(text, at) is not None:
                code = _CODE_BEFORE.search(text, max(0, at - 10), at)
                if code is not None:
                    codes.add(code.group(1))
            at = text.find(stem, at + 1)
    return codes | _fighters_codes(text)


def coded_groups(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions plus each code naming an armed body (before a group noun, or
    elsewhere once the article has so named it) that no mention covers, as an ORG."""
    codes = _codes(text)
    if not codes:
        return mentions
    pattern = re.compile("|".join(r"(?<![\w-])" + re.escape(code) + r"(?![\w-])" for code in codes))
    covered = [(m.start, m.end) for m in mentions]
    added = [
        Mention(match.start(), match.end(), [match.group()], "ORG", match.group(), "cue")
        for match in pattern.finditer(text)
        if not any(s < match.end() and match.start() < e for s, e in covered)
    ]
    return [*mentions, *added]
