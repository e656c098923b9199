"""Which of an article's candidate places lie near the places its other names anchor.

The resolver's proximity evidence ("a town among a cluster of the article's places")
asks, for every candidate, which other names' readings (the anchors) lie within
`proximity_km` of it and how far. Places do not move between the resolver's rounds, only
which readings are likely enough to anchor; so each round finds, per candidate, the
anchors in its latitude band once (not once per name that shares the candidate, and not
again for the anchor boosts), and each distance is worked out once per article.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from dataset.locations.gazetteer import Gazetteer

EARTH_KM = 6371.0
# Kilometres per degree of latitude, rounded down: two points closer than `radius_km`
# are never more than `radius_km / KM_PER_DEGREE` degrees of latitude apart.
KM_PER_DEGREE = 111.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within 0.5% of great-circle at the few-hundred-km scale
    where closeness counts, and several times cheaper."""
    dx = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return EARTH_KM * math.hypot(math.radians(lat2 - lat1), dx)


class Distances:
    """The distances between an article's places, each pair worked out once."""

    def __init__(self, g: Gazetteer) -> None:
        self._g = g
        self._known: dict[tuple[int, int], float] = {}
        # The last `close` asked for and its answer: rounds often keep their anchors.
        self._last: tuple[frozenset[int], frozenset[int], float] | None = None
        self._last_found: dict[int, dict[int, float]] = {}

    def between(self, place: int, other: int) -> float:
        """`km` from `place` to `other` (in that order, so the float is always the same)."""
        pair = (place, other)
        distance = self._known.get(pair)
        if distance is None:
            g = self._g
            distance = self._known[pair] = km(
                g.latitude[place], g.longitude[place], g.latitude[other], g.longitude[other]
            )
        return distance

    def close(
        self, places: Iterable[int], others: Iterable[int], radius_km: float
    ) -> dict[int, dict[int, float]]:
        """For each of `places` that has any, the places of `others` closer than
        `radius_km` to it and their distances; only `others` in the place's latitude
        band are measured (a degree of latitude apart is at least 111.19 km)."""
        asked = (frozenset(places), frozenset(others), radius_km)
        if asked != self._last:
            self._last, self._last_found = asked, self._close(*asked)
        return self._last_found

    def _close(
        self, places: frozenset[int], others: frozenset[int], radius_km: float
    ) -> dict[int, dict[int, float]]:
        g = self._g
        by_lat = sorted((g.latitude[other], other) for other in others)
        lats = [lat for lat, _other in by_lat]
        window = radius_km / KM_PER_DEGREE
        found: dict[int, dict[int, float]] = {}
        for place in places:
            lat = g.latitude[place]
            near: dict[int, float] = {}
            for _lat, other in by_lat[
                bisect_left(lats, lat - window) : bisect_right(lats, lat + window)
            ]:
                distance = self.between(place, other)
                if distance < radius_km:
                    near[other] = distance
            if near:
                found[place] = near
        return found
