"""Country outlines that ship with the package (Natural Earth 1:110m, public domain).

`world_110m.json` is built by `scripts/build_world_outlines.py` from the copy of Natural
Earth inside the geopandas 0.14 wheel; nothing is fetched when a map is drawn.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection

OUTLINES = Path(__file__).with_name("world_110m.json")
WORLD = (-180.0, 180.0, -60.0, 85.0)  # west, east, south, north: Antarctica left out


@cache
def outlines() -> tuple[tuple[str, tuple[tuple[tuple[float, float], ...], ...]], ...]:
    """(country name, rings of (lon, lat)) for every country, sorted by name."""
    payload = json.loads(OUTLINES.read_text(encoding="utf-8"))
    return tuple(
        (c["name"], tuple(tuple((lon, lat) for lon, lat in ring) for ring in c["rings"]))
        for c in payload["countries"]
    )


def extent(
    lons: list[float], lats: list[float], margin: float = 0.25, min_span: float = 16.0
) -> tuple[float, float, float, float]:
    """(west, east, south, north) around the points: padded, at least `min_span` wide, no
    flatter than 2:1 where the globe allows (so labels and the legend fit), and kept on
    the globe by shifting rather than cutting; the whole world when there are no points."""
    if not lons:
        return WORLD
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    width = min(max(east - west, min_span) * (1 + 2 * margin), 360.0)
    height = max(north - south, min_span * 0.6) * (1 + 2 * margin)
    height = min(max(height, width / 2.0), WORLD[3] - WORLD[2])
    west, east = _fit((west + east) / 2, width, -180.0, 180.0)
    south, north = _fit((south + north) / 2, height, WORLD[2], WORLD[3])
    return west, east, south, north


def _fit(centre: float, span: float, low: float, high: float) -> tuple[float, float]:
    """An interval of `span` around `centre`, shifted to lie within [low, high]."""
    start = min(max(centre - span / 2, low), high - span)
    return max(start, low), min(start + span, high)


def draw_countries(ax: Axes, bounds: tuple[float, float, float, float]) -> None:
    """Country polygons in an equirectangular view of `bounds`, with aspect corrected for
    latitude so shapes are not stretched."""
    rings = [ring for _, country in outlines() for ring in country]
    ax.add_collection(
        PolyCollection(rings, facecolor="#eeeeea", edgecolor="#8a8a8a", linewidth=0.6, zorder=1)
    )
    west, east, south, north = bounds
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    middle = math.radians((south + north) / 2)
    ax.set_aspect(1 / max(math.cos(middle), 0.2))
    ax.set_facecolor("#dbe9f4")
    ax.set_xlabel("Longitude (°E)")
    ax.set_ylabel("Latitude (°N)")
