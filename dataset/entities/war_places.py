"""Places in war news: what armies do to a name says it is a town.

News of armed conflict names many towns no gazetteer spells as the article does
("Kobani", "Avdiivka"). A person is arrested, killed or met; a town is shelled,
besieged, retaken, fled or evacuated, and forces are pushed "out of" it. One unexplained
word right after such a verb (or after "out of") is a place. A word a name list knows
stays what it was ("troops captured Hussein"): the cue only types a word nothing typed,
or one only the model guessed a person.
"""

from __future__ import annotations

import re

from dataset.entities import lexicon as lx
from dataset.entities.classify import UNKNOWN, Mention, name_like

# Verbs of military action whose object is a place, in the forms news writes before it.
_SIEGE_VERBS = (
    "captured|recaptured|capturing|recapturing|seized|seizing|retook|retaken|retaking"
    "|shelled|shelling|besieged|besieging|bombed|bombing|bombarded|bombarding|stormed"
    "|storming|liberated|liberating|overran|overrun|overrunning|encircled|encircling"
    "|fled|fleeing|flee|evacuated|evacuating|evacuate|occupied|occupying|invaded|invading"
    "|left|leaving|entered|entering|besiege|shell|recapture|retake|liberate"
)
_OBJECT_PLACE = re.compile(
    r"(?:\b(?:" + _SIEGE_VERBS + r")|\bout[^\S\n]+of)[^\S\n]+$",
)
# The last words of `_OBJECT_PLACE`'s phrases, asked before the pattern is searched.
_OBJECT_PLACE_ENDS = (*_SIEGE_VERBS.split("|"), " of")
# Calls the cue overrules: nothing, or the model's guess alone.
_OVERRULED = frozenset(["unknown", "model", "fallback"])


def _after_siege_verb(text: str, start: int) -> bool:
    """Whether a verb of military action (or "out of") ends right before `start`."""
    window = max(0, start - 16)
    return text[window:start].rstrip().endswith(_OBJECT_PLACE_ENDS) and (
        _OBJECT_PLACE.search(text, window, start) is not None
    )


def besieged_places(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """'Russian forces shelled Avdiivka', 'troops retook Marawi', 'pushed Islamic State out
    of Kobani': one word that only the model called a person, or nothing typed, right
    after a verb of military action is the town acted on (its gazetteer entry if any)."""
    for mention in mentions:
        if (
            len(mention.words) != 1
            or mention.method not in _OVERRULED
            or mention.label not in (UNKNOWN, "PERSON")
            or name_like(mention.words[0], lexicons)
            or not _after_siege_verb(text, mention.start)
        ):
            continue
        place = lexicons.places.get(mention.words[0])
        if place is not None:
            mention.label, mention.canonical = place.label, place.canonical
        else:
            mention.label, mention.canonical = "GPE", mention.words[0]
        mention.method = "cue"
