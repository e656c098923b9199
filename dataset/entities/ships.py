"""Ships' names: "the tanker Sounion", "the MV Rubymar", "the destroyer USS Carney".

A name right after a noun for a vessel is the vessel's, as a name after "the town of"
is a town's: "the tanker Sounion" names no person and no place, whatever a list makes of
the word. So is a run opened by a ship prefix ("MV", "HMS", "USS"). OntoNotes types a
vehicle PRODUCT; the label keeps the ship out of the people, bodies and places the rest
of the pipeline reads. Not a name that speaks ("the vessel Ambrey said was hit": the
company that reported it, a relative clause with its "that" left out), nor a country or
a listed body (the caller's test: "the tanker Iran seized"). Not "carrier", which
names an airline as often ("the carrier Lufthansa").
"""

from __future__ import annotations

from dataset.entities.candidates import Piece
from dataset.entities.classify import Mention, word_ending
from dataset.entities.it_speakers import SAYING_VERBS

# Nouns for a vessel that a ship's name follows in apposition.
_VESSEL_NOUNS = frozenset(
    """ship vessel tanker freighter frigate destroyer warship cruiser corvette
    submarine trawler ferry yacht dhow""".split()
)
# Prefixes of ships' names: motor vessel, motor tanker, His/Her Majesty's, United
# States, Indian Naval and Royal Fleet Auxiliary ships.
_SHIP_PREFIXES = frozenset("MV MT MS SS HMS USS INS HMAS HMCS RFA".split())


def ship(piece: Piece, text: str) -> Mention | None:
    """The piece as a ship's name (PRODUCT), if a vessel noun or a prefix says it is."""
    words = piece.words
    prefixed = words[0] in _SHIP_PREFIXES and len(words) > 1
    if not prefixed and word_ending(text, piece.start, 12) not in _VESSEL_NOUNS:
        return None
    follower = text[piece.end : piece.end + 12].split(maxsplit=1)
    if follower and follower[0] in SAYING_VERBS:
        return None
    return Mention(piece.start, piece.end, words, "PRODUCT", " ".join(words), "cue")
