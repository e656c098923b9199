"""Verbs of taking back: their object is a place, never a person.

"Troops retook Palma", "the army recaptured Adan Yabaal": a town is retaken, shelled,
overrun or encircled; a person is not (a person is "stormed" or "evacuated" too, and
"besieged" is said of one: "the besieged Johnson"). After one of these verbs a name the
name lists know as a person's (a first name, a full name) is the town acted on.
"""

from __future__ import annotations

import re
import string

_RETAKEN = (
    "retook|retaken|retaking|recaptured|recapturing|shelled|shelling"
    "|overran|overrun|overrunning|encircled|encircling"
)
_RETAKEN_BEFORE = re.compile(r"(?<![\w-])(?:" + _RETAKEN + r")[^\S\n]+$")
_RETAKEN_WORDS = frozenset(_RETAKEN.split("|"))
_LETTERS = string.ascii_letters


def retaken_before(text: str, start: int) -> bool:
    """Whether one of the verbs, then line space, ends the text before `start` (the
    pattern is searched only when the word ending the text is one of the verbs, a set
    look-up, as it must be for a match)."""
    window = max(0, start - 14)
    before = text[window:start].rstrip()
    if before[len(before.rstrip(_LETTERS)) :] not in _RETAKEN_WORDS:
        return False
    return _RETAKEN_BEFORE.search(text, window, start) is not None
