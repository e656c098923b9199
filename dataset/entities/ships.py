"""Ships' names: "the tanker Sounion", "the MV Rubymar", "the destroyer USS Carney".

A name right after a noun for a vessel is the vessel's, as a name after "the town of"
is a town's: "the tanker Sounion" names no person, though no list knows the word. So is
a run opened by a ship prefix ("MV", "HMS", "USS"). OntoNotes types a vehicle PRODUCT;
the label keeps the ship out of the people, bodies and places the rest of the pipeline
reads. Asked only of names no rule typed, so a country or a listed body stays what it
is ("the tanker Iran seized"), and not of a name that speaks ("the vessel Ambrey said
was hit", "the MV Ambrey reported": the company that reported it, a relative clause
with its "that" left out; `speaks` asks it of a prefix's run).
Not "carrier" alone, which names an airline as often ("the carrier Lufthansa"); after a
cargo's noun ("the bulk carrier Rubymar") it is a vessel (`VESSEL_COMPOUNDS`).
Names of several words after the noun are ships too, even with a person's name in them
("the ship Mary Rose") or a title word closing them ("the cargo ship Galaxy Leader"):
typed after the model (`extract._named_vessels`), so its training examples stay the
candidate pass's. A vessel's noun in apposition or after a copula ("Sounion, an oil
tanker,") types the name as well (`context`).
"""

from __future__ import annotations

from dataset.entities.it_speakers import SAYING_VERBS

# Nouns for a vessel a ship's name follows in apposition.
VESSEL_NOUNS = frozenset(
    """ship vessel tanker freighter frigate destroyer warship cruiser corvette submarine
    trawler ferry yacht dhow liner schooner steamer""".split()
)
# "carrier" names a vessel only after a cargo's noun ("the bulk carrier True Confidence",
# "the aircraft carrier Charles de Gaulle"); alone it is an airline as often.
VESSEL_COMPOUNDS = ("aircraft carrier", "bulk carrier", "car carrier", "ore carrier")
# Prefixes of ships' names: motor vessel, His/Her Majesty's, United States, Australian
# and Canadian naval and Royal Fleet Auxiliary ships. Not "SS", "MS", "MT" or "INS",
# which open other names as often ("SS Panzer Division", "INS Commissioner").
SHIP_PREFIXES = frozenset("MV HMS USS HMAS HMCS RFA".split())


def speaks(text: str, end: int) -> bool:
    """Whether a verb of saying follows the name ending at `end`."""
    follower = text[end : end + 12].split(maxsplit=1)
    return bool(follower) and follower[0] in SAYING_VERBS


def after_cargo_carrier(text: str, start: int) -> bool:
    """Whether a cargo's "carrier" ends the text before `start` ("the bulk carrier ")."""
    return text[max(0, start - 24) : start].rstrip().endswith(VESSEL_COMPOUNDS)


def vessel_noun(before: str, text: str, start: int) -> bool:
    """Whether `before`, the word ending the text before `start`, is a noun for a vessel:
    one of `VESSEL_NOUNS`, or a cargo's "carrier" ("the bulk carrier ")."""
    return before in VESSEL_NOUNS or (before == "carrier" and after_cargo_carrier(text, start))
