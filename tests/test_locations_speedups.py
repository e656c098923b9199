"""The locations resolver's fast paths give exactly what the plain code they replace gave:
the close pairs of an article's places, and a name's scores worked out for all its
candidates at once from them."""

from __future__ import annotations

import math
import pickle
import random
import unicodedata
from dataclasses import replace
from types import SimpleNamespace

from dataset.locations import gazetteer, normalize, spelling
from dataset.locations import resolve as r
from dataset.locations.gazetteer import LEVEL_ADMIN1, LEVEL_CITY
from dataset.locations.neighbours import Distances, km
from dataset.locations.params import LocationParams
from tests.test_locations import in_order

PARAMS = LocationParams()


def test_close_places_are_those_a_full_scan_finds() -> None:
    """Banded by latitude, remembered per pair and per question: the same places and the
    same floats as measuring every pair."""
    rng = random.Random(5)
    for _ in range(100):
        # Clusters, so that many pairs lie near the radius.
        centres = [(rng.uniform(-70, 70), rng.uniform(-170, 170)) for _ in range(3)]
        points = [
            (lat + rng.uniform(-2, 2), lon + rng.uniform(-2, 2))
            for lat, lon in (rng.choice(centres) for _ in range(40))
        ]
        g = SimpleNamespace(
            latitude=[lat for lat, _lon in points], longitude=[lon for _lat, lon in points]
        )
        places = set(rng.sample(range(40), 25))
        distances = Distances(g, places, 150.0)  # type: ignore[arg-type]
        for _round in range(3):
            others = set(rng.sample(range(40), rng.choice([0, 5, 15])))
            full = {
                place: {
                    other: km(*points[place], *points[other])
                    for other in others
                    if km(*points[place], *points[other]) < 150.0
                }
                for place in places
            }
            assert distances.close(others) == {place: near for place, near in full.items() if near}
            assert distances.close(others) == distances.close(set(others))


def _plain_scores(g, m, ctx, container, p) -> list[tuple[float, int]]:
    """The scores as the resolver worked them out candidate by candidate, every anchor
    tested and every distance measured afresh."""
    key = m.key
    readings = frozenset(place for _prior, place in m.priors)
    primary = frozenset(e >> 2 for e in m.lookup.entries if e & 3 == r.PRIMARY)
    mass: dict[str, float] = {}
    points = [(g.latitude[pl], g.longitude[pl]) for pl in readings if g.level(pl) >= LEVEL_ADMIN1]
    for akey, aplace, _strength, prob in ctx.anchors:
        alat, alon = g.latitude[aplace], g.longitude[aplace]
        near = any(km(lat, lon, alat, alon) < p.proximity_km for lat, lon in points)
        if akey != key and aplace not in readings and near:
            mass[akey] = mass.get(akey, 0.0) + prob
    boosts = {
        akey: min(p.anchor_boost_cap, 1 / total) ** p.anchor_exponent
        for akey, total in mass.items()
        if not r._nested_names(key, akey)
    }
    mine = bool(ctx.own_countries.get(key))
    others = ctx.names - (ctx.weights[key] if mine else 0.0)
    scores = []
    for prior, place in m.priors:
        cc, level = g.country_code[place], g.level(place)
        score = prior
        if others > 1e-9:
            share = ctx.countries.get(cc, 0.0) - (
                ctx.own_countries[key].get(cc, 0.0) if mine else 0.0
            )
            score += p.country_context_weight * share / others
            if level >= LEVEL_ADMIN1:
                adm = (cc, g.admin1[place])
                own = ctx.own_admin1s[key].get(adm, 0.0) if mine else 0.0
                score += p.admin1_context_weight * (ctx.admin1s.get(adm, 0.0) - own) / others
        if container is not None and (
            r._inside(g, place, container) or (place == container and level == LEVEL_CITY)
        ):
            score += p.container_bonus
        if level >= LEVEL_ADMIN1 and ctx.anchors:
            lat, lon = g.latitude[place], g.longitude[place]
            nearest: dict[str, float] = {}
            for akey, aplace, strength, _prob in ctx.anchors:
                if akey == key or aplace in readings or r._nested_names(key, akey):
                    continue
                distance = km(lat, lon, g.latitude[aplace], g.longitude[aplace])
                if distance < p.proximity_km:
                    boost = boosts.get(akey, 1.0) if place in primary else 1.0
                    near = strength * boost * (1 - distance / p.proximity_km)
                    nearest[akey] = max(near, nearest.get(akey, 0.0))
            if others > 1e-9 and nearest:
                closeness = sum(ctx.weights[a] * near for a, near in nearest.items()) / others
                score += p.proximity_weight * closeness
        scores.append((score, place))
    return scores


def test_a_names_scores_are_those_worked_out_candidate_by_candidate() -> None:
    """Scores from the close pairs and the per-mention candidate facts equal the plain
    candidate-by-candidate scores, with and without a container, in every round's
    context."""
    g = gazetteer.get()
    text = (
        "Police in Alexandria, Virginia, and in Arlington and Fairfax said the storm moved "
        "on to Richmond and Norfolk. In Springfield, Illinois, and Peoria officials and "
        "Washington County waited, while Paris, Texas, and Athens, Georgia, stayed dry."
    )
    names = [
        "Alexandria", "Virginia", "Arlington", "Fairfax", "Richmond", "Norfolk",
        "Springfield", "Illinois", "Peoria", "Washington County", "Paris", "Texas",
        "Athens", "Georgia",
    ]  # fmt: skip
    mentions = r._prepare(g, text, in_order(text, names), PARAMS)
    weights = dict.fromkeys({m.key for m in mentions}, 1.0)
    readings = {}
    for m in mentions:
        if m.priors and m.key not in readings:
            readings[m.key] = r._distribution(m.priors, PARAMS.reading_temperature)
    liftable = frozenset(pl for m in mentions for _s, pl in m.priors if g.level(pl) >= LEVEL_ADMIN1)
    distances = Distances(g, liftable, PARAMS.proximity_km)
    checked = 0
    for _round in range(3):
        ctx = r._context(g, readings, weights, PARAMS)
        assert ctx.anchors
        close = distances.close(ctx.anchors_at)
        for m in mentions:
            for container in (None, m.priors[0][1] if m.priors else None):
                fast = r._name_scores(g, m, ctx, container, PARAMS, close)
                assert fast == _plain_scores(g, m, ctx, container, PARAMS)
                checked += len(fast)
        readings = {
            m.key: r._distribution(r._name_scores(g, m, ctx, None, PARAMS, close), 0.4)
            for m in mentions
            if m.priors
        }
    assert checked > 100


def test_a_level_word_before_is_what_the_regex_finds() -> None:
    """The "… of" pre-check before the level-word regex loses no match."""
    rng = random.Random(11)
    pieces = [
        "the ",
        "province ",
        "of",
        " of ",
        "state",
        "\n",
        "\t",
        " ",
        "Kandahar",
        "x",
        "\u2003",
    ]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12))) + "Kabul"
        start = len(text) - 5
        found = r._level_word_before(text, start)
        plain = r._LEVEL_BEFORE.search(text, max(0, start - 30), start)
        assert (found and found.span(1)) == (plain and plain.span(1))


def test_readings_and_best_first_order_are_those_of_the_plain_formulas() -> None:
    """One reading is certain; scores sort by score, highest first, ties by place."""
    rng = random.Random(2)
    for _ in range(500):
        scores = [
            (rng.choice([0.5, 1.25, rng.uniform(-3, 9)]), rng.randrange(50))
            for _ in range(rng.randrange(1, 8))
        ]
        top = max(score for score, _place in scores)
        weights = [(math.exp((score - top) / 0.4), place) for score, place in scores]
        total = sum(w for w, _place in weights)
        assert r._distribution(scores, 0.4) == [(w / total, place) for w, place in weights]
        ordered = list(scores)
        r._best_first(ordered)
        assert ordered == sorted(scores, key=lambda item: (-item[0], item[1]))


def test_a_places_remembered_columns_are_those_read_afresh(monkeypatch) -> None:
    """A resolved row's place columns come from a bounded per-place memory: the same
    values, in the same column order, as reading the gazetteer."""
    g = gazetteer.get()
    monkeypatch.setattr(r, "PLACE_FIELDS_CACHE_SIZE", 3)
    monkeypatch.setattr(r, "_PLACE_FIELDS", {})  # not what earlier tests left
    places = [e >> 2 for name in ("paris", "kabul", "texas", "afghanistan") for e in g.names[name]]
    for place in places + places[::-1]:
        fresh = {
            "geonameid": int(g.geonameid[place]) or None,
            "name": g.name[place],
            "feature_code": g.feature_code[place],
            "country_code": g.country_code[place] or None,
            "admin1": g.admin1[place] or None,
            "latitude": round(g.latitude[place], 5),
            "longitude": round(g.longitude[place], 5),
            "resolution": r.RESOLUTION_OF_LEVEL[g.level(place)],
        }
        fields = r._place_fields(g, place)
        assert list(fields.items()) == list(fresh.items())
        assert len(r._PLACE_FIELDS) <= 3


def test_untagged_towns_before_a_comma_are_those_the_regex_finds() -> None:
    """The comma pre-check before the town-and-comma regex loses no town."""
    g = gazetteer.get()
    rng = random.Random(4)
    pieces = ["Atlanta", "Paris", ",", ", ", " ", "\n", "in ", "New York", "x", "Georgia"]
    for _ in range(2000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        text = before + "Georgia"
        m = SimpleNamespace(row={"start": len(before)})
        found = r._NAME_AND_COMMA.search(text, 0, len(before))
        plain = (
            ()
            if found is None
            else tuple(
                e >> 2
                for e in g.names.get(r.name_key(found.group(1)), ())
                if e & 3 == r.PRIMARY and g.level(e >> 2) == LEVEL_CITY
            )
        )
        assert r._towns_before(g, text, 0, m) == plain


def test_a_skeleton_is_the_plain_letter_by_letter_one() -> None:
    """Dropping letters by table and doubled letters by grouping gives the skeleton the
    letter-by-letter loop gave, on gazetteer names and on made-up spellings."""
    import re

    from dataset.locations.spelling import core, skeleton

    def plain(name: str) -> str:
        key = re.sub(r"(?<=[aeiou])h(?![aeiou])", "", core(name)).replace("v", "w")
        letters = [ch for ch in key if ch not in " aeiouwy0123456789"]
        return "".join(ch for i, ch in enumerate(letters) if i == 0 or letters[i - 1] != ch)

    g = gazetteer.get()
    rng = random.Random(8)
    names = [g.name[rng.randrange(len(g.name))] for _ in range(3000)]
    names += ["".join(rng.choice("ahhvwyllq 9-'Al ") for _ in range(12)) for _ in range(3000)]
    for name in names:
        assert skeleton(name) == plain(name)


def test_marks_are_dropped_as_by_the_plain_loop() -> None:
    names = ["Kabul", "Kābol", "Qala-i-Naw", "São Paulo", "ﬁnland", "U.S.", "Ærø", "Đà Nẵng", ""]
    for name in names:
        folded = unicodedata.normalize("NFKD", name)
        plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
        assert normalize._without_marks(name) == plain


def test_remembered_candidates_outlive_an_equal_copy_of_the_parameters() -> None:
    """A build's worker gets a fresh copy of the parameters with each batch: the names
    worked out for an equal copy are kept, and other parameters still start afresh."""
    g = gazetteer.get()
    first = r._candidates(g, "Kabul", None, PARAMS)
    copy = pickle.loads(pickle.dumps(PARAMS))
    assert copy is not PARAMS and ("Kabul", None) in r._CANDIDATES
    assert r._candidates(g, "Kabul", None, copy) is first
    other = replace(PARAMS, short_names_of_cities=not PARAMS.short_names_of_cities)
    r._candidates(g, "Herat", None, other)
    assert ("Kabul", None) not in r._CANDIDATES


def test_preloading_builds_every_respelling_table() -> None:
    """`preload` leaves nothing for a worker to build: the tables it makes are those an
    article's first mention of each country would make."""
    spelling._country_skeletons.cache_clear()
    r.preload(PARAMS)
    assert spelling._country_skeletons.cache_info().currsize == len(spelling.TRANSLITERATED)
    built = {country: spelling._country_skeletons(country) for country in spelling.TRANSLITERATED}
    spelling._country_skeletons.cache_clear()
    assert built == {country: spelling._country_skeletons(country) for country in built}


class _NeverEqual(list):
    """A list that equals nothing: readings made of it differ from every earlier round's."""

    def __eq__(self, other: object) -> bool:
        return False

    def __ne__(self, other: object) -> bool:
        return True

    __hash__ = None  # type: ignore[assignment]


def test_a_round_with_the_last_rounds_readings_reuses_its_scores(monkeypatch) -> None:
    """Certain names keep their readings from round to round: the context is worked out
    once, and the rows are those of working it out in every round."""
    text = "Troops left Kabul for Pakistan and Iran, officials in France said."
    entities = in_order(text, ["Kabul", "Pakistan", "Iran", "France"])
    contexts = []
    real_context, real_distribution = r._context, r._distribution

    def counted(*args):
        contexts.append(args[1])
        return real_context(*args)

    monkeypatch.setattr(r, "_context", counted)
    reused = r.resolve_locations("a", text, PARAMS, entities)
    assert len(reused) == 4 and len(contexts) == 1 < PARAMS.rounds
    contexts.clear()
    monkeypatch.setattr(r, "_distribution", lambda *args: _NeverEqual(real_distribution(*args)))
    assert r.resolve_locations("a", text, PARAMS, entities) == reused
    assert len(contexts) == PARAMS.rounds
