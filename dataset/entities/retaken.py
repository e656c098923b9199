"""Verbs of taking back: their object is a place, never a person.

"Troops retook Palma", "the army recaptured Adan Yabaal", "helped retake Palma": a
town is retaken, shelled, overrun or encircled; a person is not (a person is "stormed"
or "evacuated" too, and "besieged" is said of one: "the besieged Johnson"). After one of
these verbs, in any form, a name the name lists know as a person's (a first name, a full
name) is the town acted on.
"""

from __future__ import annotations

_RETAKEN = (
    "retook|retaken|retaking|retake|recaptured|recapturing|recapture|shelled|shelling"
    "|overran|overrun|overrunning|encircled|encircling|encircle"
)
_RETAKEN_WORDS = frozenset(_RETAKEN.split("|"))
_TAILS = frozenset(word[-3:] for word in _RETAKEN_WORDS)


def retaken_before(text: str, start: int) -> bool:
    """Whether one of the verbs and a space end the text before `start`: the word before
    the space, found by one search back for the space before it, is one of the verbs (a
    set look-up; asked of every listed name, most of which the last three letters before
    the space already rule out)."""
    if text[max(0, start - 4) : start - 1] not in _TAILS or text[start - 1] != " ":
        return False  # (no verb's last three letters before the space: most names)
    low = max(0, start - 14)
    word = text[max(text.rfind(" ", low, start - 1) + 1, low) : start - 1]
    return word in _RETAKEN_WORDS
