"""Which of an article's candidate places lie near the places its other names anchor.

The resolver's proximity evidence ("a town among a cluster of the article's places")
asks, for every candidate, which other names' readings (the anchors) lie within
`proximity_km` of it and how far. Places do not move between the resolver's rounds, only
which readings are likely enough to anchor; so each round finds, per candidate, the
anchors in its latitude band once (not once per name that shares the candidate, and not
again for the anchor boosts), and each distance is measured once per article: a round
measures only the anchors no earlier round had.
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
    """The places near each of an article's candidates (`places`) among the anchors of
    each round, each pair measured once per article."""

    def __init__(self, g: Gazetteer, places: Iterable[int], radius_km: float) -> None:
        self._g, self._places, self._radius = g, frozenset(places), radius_km
        self._measured: set[int] = set()  # the anchors' places measured so far
        self._near: dict[int, dict[int, float]] = {}  # place → measured places near it
        # The last anchors asked for and the answer: rounds often keep their anchors.
        self._last: frozenset[int] | None = None
        self._last_found: dict[int, dict[int, float]] = {}

    def close(self, others: Iterable[int]) -> dict[int, dict[int, float]]:
        """For each place that has any, the places of `others` closer than `radius_km`
        to it, with the distance `km(place, other)`."""
        asked = frozenset(others)
        if asked != self._last:
            self._measure(asked - self._measured)
            found = {}
            for place, near in self._near.items():
                kept = {other: distance for other, distance in near.items() if other in asked}
                if kept:
                    found[place] = kept
            self._last, self._last_found = asked, found
        return self._last_found

    def _measure(self, others: Iterable[int]) -> None:
        """Measure from every place to each of `others` in its latitude band (a degree of
        latitude apart is at least 111.19 km) and keep the close ones."""
        g = self._g
        by_lat = sorted((g.latitude[other], other) for other in others)
        if not by_lat:
            return
        self._measured.update(other for _lat, other in by_lat)
        lats = [lat for lat, _other in by_lat]
        window = self._radius / KM_PER_DEGREE
        for place in self._places:
            lat, lon = g.latitude[place], g.longitude[place]
            band = by_lat[bisect_left(lats, lat - window) : bisect_right(lats, lat + window)]
            for _lat, other in band:
                distance = km(lat, lon, g.latitude[other], g.longitude[other])
                if distance < self._radius:
                    self._near.setdefault(place, {})[other] = distance
