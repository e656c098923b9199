"""Towns listed together and placed in a country: 'Bint Jbeil and Nabatieh in southern
Lebanon'. A list placed "in" a country or region is a list of the places in it, so a
name no rule typed (a run of words no list knows, which the rules drop before any
context is read) beside a sure town of the list is a town too. A name a list knows as a
person's stays what it was, and so does everything in a list with no sure town: films
and songs are named in countries too ("screened Star Wars and Amélie in France")."""

from __future__ import annotations

from dataset.entities import lexicon as lx
from dataset.entities.classify import UNKNOWN, Mention
from dataset.entities.context import listed_together

# After a name: "in", an optional article and a compass word ("north", "south-eastern",
# "central"), before a capitalised name (a pattern's text, for the list-trailer pattern
# that asks it too).
IN_PART_OF = (
    r"in[^\S\n]+(?:the[^\S\n]+)?(?:(?:"
    + "|".join(sorted(lx.COMPASS_POINTS | lx.COMPASS_ADJECTIVES, key=lambda w: (-len(w), w)))
    + r")[^\S\n]+)?(?=[A-Z])"
)

# Calls that say a member is a town: a gazetteer's (with or without a cue) or a cue's.
_SURE_TOWN = frozenset(["gazetteer", "bare-gazetteer", "cue"])
# Calls the list overrules (it runs before the model): nothing, or a fallback guess.
_OPEN = frozenset(["dropped", "unknown", "fallback"])


def towns_listed_in_a_country(
    mentions: list[Mention], last: int, end: int, text: str, lexicons: lx.Lexicons
) -> None:
    """Type as a town each open member of the list ending at `mentions[last]`, which
    `IN_PART_OF` follows up to `end`, when the name there is a country or region and
    the list holds a sure town (`_SURE_TOWN`)."""
    if last + 1 >= len(mentions):
        return
    place = mentions[last + 1]
    if place.start != end or place.label not in ("GPE", "LOC") or place.method != "lexicon":
        return
    first = last
    while first and listed_together(mentions[first - 1], mentions[first], text):
        first -= 1
    if first < last:
        _type_open_members(mentions[first : last + 1], lexicons)


def _type_open_members(run: list[Mention], lexicons: lx.Lexicons) -> None:
    """Type the list's open members as towns when a sure town stands among them (under
    the gazetteer's name and type for a town it knows: "Basra" is Basrah)."""
    if not any(m.label == "GPE" and m.method in _SURE_TOWN for m in run):
        return
    for member in run:
        if (
            member.method in _OPEN
            and member.label in (UNKNOWN, "PERSON")
            and len(member.words) <= 3
            and all(word[:1].isupper() for word in member.words)
        ):
            name = " ".join(member.words)
            place = lexicons.places.get(name)
            if place is not None:
                member.label, member.canonical = place.label, place.canonical
            else:
                member.label, member.canonical = "GPE", name
            member.method = "cue"
