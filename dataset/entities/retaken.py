"""Verbs of taking back: their object is a place, never a person.

"Troops retook Palma", "the army recaptured Adan Yabaal": a town is retaken, shelled,
overrun or encircled; a person is not (a person is "stormed" or "evacuated" too, and
"besieged" is said of one: "the besieged Johnson"). After one of these verbs a name the
name lists know as a person's (a first name, a full name) is the town acted on.
"""

from __future__ import annotations

import re

_RETAKEN = (
    "retook|retaken|retaking|recaptured|recapturing|shelled|shelling"
    "|overran|overrun|overrunning|encircled|encircling"
)
_RETAKEN_BEFORE = re.compile(r"(?<![\w-])(?:" + _RETAKEN + r")[^\S\n]+$")
_RETAKEN_ENDS = tuple(_RETAKEN.split("|"))


def retaken_before(text: str, start: int) -> bool:
    """Whether one of the verbs, then line space, ends the text before `start` (the
    pattern is searched only when one of the verbs ends it, as it must for a match)."""
    window = max(0, start - 14)
    return text[window:start].rstrip().endswith(_RETAKEN_ENDS) and (
        _RETAKEN_BEFORE.search(text, window, start) is not None
    )
