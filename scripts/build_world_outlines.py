"""Build `dataset/notebooks/world_110m.json`: country outlines for the places map.

Source: Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com), as
shipped in the `geopandas` 0.14 wheel on PyPI (`geopandas/datasets/naturalearth_lowres`).
Obtain the wheel once with `pip download --no-deps geopandas==0.14.4 -d /tmp/wheels`, then

    python scripts/build_world_outlines.py /tmp/wheels/geopandas-0.14.4-py3-none-any.whl

The shapefile is read here with `struct` (polygons and the dBASE table only), coordinates
are rounded to 0.01° and repeated points dropped, so the file stays small and the map
needs nothing at run time but this JSON.
"""

from __future__ import annotations

import itertools
import json
import struct
import sys
import zipfile
from pathlib import Path

MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
OUT = Path(__file__).resolve().parents[1] / "dataset" / "notebooks" / "world_110m.json"
POLYGON = 5
DIGITS = 2


def read_dbf(data: bytes, encoding: str) -> list[dict[str, str]]:
    """Records of a dBASE III table as stripped strings (`encoding` from the .cpg file)."""
    count, header_length, record_length = struct.unpack("<IHH", data[4:12])
    fields = []
    offset = 32
    while data[offset] != 0x0D:
        name = data[offset : offset + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, data[offset + 16]))
        offset += 32
    records = []
    for index in range(count):
        start = header_length + index * record_length + 1  # skip the deletion flag
        record, position = {}, start
        for name, length in fields:
            record[name] = data[position : position + length].decode(encoding).strip()
            position += length
        records.append(record)
    return records


def read_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Rings of every polygon record of a shapefile, in record order."""
    shapes, offset = [], 100
    while offset < len(data):
        _, words = struct.unpack(">ii", data[offset : offset + 8])
        content = data[offset + 8 : offset + 8 + 2 * words]
        offset += 8 + 2 * words
        (shape_type,) = struct.unpack("<i", content[:4])
        if shape_type != POLYGON:
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", content[36:44])
        starts = [*struct.unpack(f"<{parts}i", content[44 : 44 + 4 * parts]), points]
        base = 44 + 4 * parts
        coords = struct.unpack(f"<{2 * points}d", content[base : base + 16 * points])
        pairs = list(zip(coords[0::2], coords[1::2], strict=True))
        shapes.append([pairs[a:b] for a, b in itertools.pairwise(starts)])
    return shapes


def compact(ring: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for lon, lat in ring:
        point = [round(lon, DIGITS), round(lat, DIGITS)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def main(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        shp = archive.read(MEMBER + ".shp")
        dbf = archive.read(MEMBER + ".dbf")
        encoding = archive.read(MEMBER + ".cpg").decode("ascii").strip()
    countries = []
    for record, rings in zip(read_dbf(dbf, encoding), read_polygons(shp), strict=True):
        kept = [r for r in (compact(ring) for ring in rings) if len(r) >= 4]
        countries.append(
            {
                "name": record["name"],
                "iso_a3": record["iso_a3"],
                "continent": record["continent"],
                "rings": kept,
            }
        )
    countries.sort(key=lambda c: (c["name"], c["iso_a3"]))
    payload = {
        "source": "Natural Earth 1:110m Admin 0 countries, via the geopandas 0.14.4 wheel",
        "license": "Public domain (Natural Earth terms of use)",
        "coordinates": "WGS84 longitude, latitude in degrees, rounded to 0.01",
        "countries": countries,
    }
    OUT.write_text(json.dumps(payload, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"{len(countries)} countries → {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
