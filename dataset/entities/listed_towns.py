"""Towns listed together and placed in a country: 'Bint Jbeil and Nabatieh in southern
Lebanon'. A list placed "in" a country or region is a list of the places in it, so a
name no rule typed (a run of words no list knows, which the rules drop before any
context is read) beside a sure town of the list is a town too. A name a list knows as a
person's stays what it was, and so does everything in a list with no sure town: films
and songs are named in countries too ("screened Star Wars and Amélie in France")."""

from __future__ import annotations

import re

from dataset.entities.classify import UNKNOWN, Mention
from dataset.entities.context import LIST_GAPS

# "in", an optional article and a compass or other part word, then the country's name.
_IN_PART_OF = re.compile(
    r"[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?(?:(?:north|south|east|west|central|northern"
    r"|southern|eastern|western|north-eastern|north-western|south-eastern|south-western"
    r"|northeastern|northwestern|southeastern|southwestern)[^\S\n]+)?(?=[A-Z])"
)
# Calls that say a member is a town: a gazetteer's, a list's, or a cue's.
_SURE_TOWN = frozenset(["gazetteer", "bare-gazetteer", "cue"])
# Calls the list overrules: nothing, or the model's guess alone.
_OPEN = frozenset(["dropped", "unknown", "model", "fallback"])


def towns_listed_in_a_country(mentions: list[Mention], text: str) -> None:
    """Type as a town each open member of a list of names that stands right before "in"
    a country or region (`_IN_PART_OF`) and holds a sure town (`_SURE_TOWN`)."""
    run: list[Mention] = []
    for mention in mentions:
        if run and text[run[-1].end : mention.start] in LIST_GAPS:
            run.append(mention)
            continue
        if _in_part_of(run, mention, text):
            _type_open_members(run)
        run = [mention]


def _in_part_of(run: list[Mention], place: Mention, text: str) -> bool:
    """Whether `run`, a list, stands right before "in" and the country or region `place`."""
    if len(run) < 2 or text[run[-1].end : run[-1].end + 4] != " in ":
        return False
    gap = _IN_PART_OF.match(text, run[-1].end)
    return (
        gap is not None
        and gap.end() == place.start
        and place.label in ("GPE", "LOC")
        and place.method == "lexicon"
    )


def _type_open_members(run: list[Mention]) -> None:
    """Type the list's open members as towns when a sure town stands among them."""
    if not any(m.label == "GPE" and m.method in _SURE_TOWN for m in run):
        return
    for member in run:
        if (
            member.method in _OPEN
            and member.label in (UNKNOWN, "PERSON")
            and len(member.words) <= 3
            and all(word[:1].isupper() for word in member.words)
        ):
            member.label, member.canonical = "GPE", " ".join(member.words)
            member.method = "cue"
