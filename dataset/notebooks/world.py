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
    """(west, east, south, north) around the points, padded and at least `min_span` wide,
    clipped to the globe; the whole world when there are no points."""
    if not lons:
        return -180.0, 180.0, -60.0, 85.0
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    width = max(east - west, min_span) * (1 + 2 * margin)
    height = max(north - south, min_span * 0.6) * (1 + 2 * margin)
    cx, cy = (west + east) / 2, (south + north) / 2
    west, east = max(cx - width / 2, -180.0), min(cx + width / 2, 180.0)
    south, north = max(cy - height / 2, -90.0), min(cy + height / 2, 90.0)
    return west, east, south, north


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
