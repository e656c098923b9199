"""Other spellings of a town in a country the article names: "Qatraneh" for Al Qaţrānah,
"Kfraya" for Kafrayā.

English news transliterates Arabic (and Persian, Pashto) town names its own way: the
article "al-"/"el-" is dropped or kept, vowels differ, and a final "-ah", "-eh" or "-a"
all write one ending. The gazetteer holds one or two spellings, so a town the article
names otherwise is not found. Such a name is matched on its consonants, only among the
places of the countries the article names outright ("Syria", "Jordan") whose names
English writes from the Arabic script, and only when exactly one place there matches:
the spelling then names that place, nothing else does. Names from the Latin script are
spelled as they are ("Callisburg" is no misspelling of Claysburg).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby

from dataset.locations import gazetteer as gz
from dataset.locations.gazetteer import ADMIN_WORDS, LEVEL_ADMIN1, Gazetteer
from dataset.locations.normalize import name_key

# The Arabic article as English news writes it before a name ("al-Fuaa", "Ad Daqahliyah",
# "Ash Shaykh"): it is often dropped, so it does not count; nor do the generic words of
# a division's name ("Muhafazat al Minufiyah" is "Menoufia").
_ARTICLES = frozenset(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ad"])
# The ending in its spellings ("-ah", "-eh", "-iya", "-iyah"): vowels and a final "h".
_ENDING = re.compile(r"[aeiouy]+h?$")
# Countries whose place names English transliterates from the Arabic script (Arabic,
# Persian, Pashto, Urdu): the Arab League's members, Iran, Afghanistan and Pakistan.
TRANSLITERATED = frozenset(
    """AE AF BH DJ DZ EG EH IQ IR JO KM KW LB LY MA MR OM PK PS QA SA SD SO SY TN YE""".split()
)
# A silent "h" after a vowel ("Qatraneh"), and what a skeleton drops.
_SILENT_H = re.compile(r"(?<=[aeiou])h(?![aeiou])")
_NOT_CONSONANTS = str.maketrans("", "", " aeiouwy0123456789")
# A skeleton shorter than this matches too many places by chance.
MIN_SKELETON = 3


def core(name: str) -> str:
    """The name without article, division words and vowel ending ("Qatraneh" and "Al
    Qaţrānah" → "qatran")."""
    words = [w for w in name_key(name).split(" ") if w not in _ARTICLES and w not in ADMIN_WORDS]
    return _ENDING.sub("", " ".join(words))


def skeleton(name: str) -> str:
    """The consonants of the name's core: vowels, "w", "y" and a silent "h" after a vowel
    dropped, doubled letters single, "v" read as "w" ("qtrn"). An article's first
    mention of a country works out the skeletons of all its places, so the letters go
    by C-level table and grouping, not character by character."""
    key = _SILENT_H.sub("", core(name)).replace("v", "w")
    return "".join(letter for letter, _run in groupby(key.translate(_NOT_CONSONANTS)))


@lru_cache(maxsize=1)
def _transliterated_places() -> dict[str, tuple[int, ...]]:
    """The places (first-level divisions and below) of each TRANSLITERATED country, found
    in one pass over the gazetteer."""
    g = gz.get()
    found: dict[str, list[int]] = {}
    for place, cc in enumerate(g.country_code):
        if cc in TRANSLITERATED and g.levels[place] >= LEVEL_ADMIN1:
            found.setdefault(cc, []).append(place)
    return {cc: tuple(places) for cc, places in found.items()}


@lru_cache(maxsize=len(TRANSLITERATED))
def _country_skeletons(country: str) -> dict[str, tuple[int, ...]]:
    """Skeleton → the places of a country with it (built when an article first names it)."""
    g = gz.get()
    found: dict[str, list[int]] = {}
    for place in _transliterated_places().get(country, ()):
        found.setdefault(skeleton(g.name[place]), []).append(place)
    return {key: tuple(places) for key, places in found.items()}


def preload() -> None:
    """Work out every TRANSLITERATED country's skeletons in the build's parent process:
    its forked workers then share them instead of each building the tables an article
    asks for (about 0.05 CPU-s per worker, and the pages stay shared)."""
    for country in sorted(TRANSLITERATED):
        _country_skeletons(country)


# The "sun letters" the Arabic article assimilates to as the gazetteer writes it ("Ar
# Raqqah", "Ash Shihr", "An Nabk": "a" and the letters); "al" before any other letter,
# "el" as Egypt and Sudan write it. Two-letter sounds first.
_SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")


def _article_forms(key: str) -> list[str]:
    """The ways the gazetteer may write a name news gives without its article."""
    sun = next((letters for letters in _SUN_LETTERS if key.startswith(letters)), None)
    return [f"al {key}", f"el {key}"] + ([f"a{sun} {key}"] if sun else [])


def _endings(key: str) -> list[str]:
    """The name and its other spelling of the final vowel: "Hodeidah" and "Hodeida"."""
    if key.endswith(("ah", "eh")):
        return [key, key[:-1]]
    if key.endswith(("a", "e")):
        return [key, key + "h"]
    return [key]


def without_article(g: Gazetteer, key: str) -> tuple[int, ...]:
    """The gazetteer's entries for a one-word name it does not know, read as an Arabic
    town name written without its article or with the other spelling of its ending
    ("Qamishli" is Al Qāmishlī, "Hodeidah" the gazetteer's "Hodeida"): only places of
    TRANSLITERATED countries, where these spellings are how English news writes them."""
    if " " in key or len(key) < 4:
        return ()
    tried = [*_endings(key)[1:], *(f for end in _endings(key) for f in _article_forms(end))]
    for form in tried:
        found = tuple(
            e >> 2 << 2 | gz.ALTERNATE
            for e in g.names.get(form, ())
            if g.country_code[e >> 2] in TRANSLITERATED
        )
        if found:
            return found
    return ()


# Countries whose place names English writes in romanisations of another script, which
# differ from GeoNames' own ("Jenin" for Janīn, "Mykolaiv" for Mykolayiv).
ROMANISED = TRANSLITERATED | frozenset(["UA", "RU", "BY"])
_VOWEL_GROUP = re.compile(r"[aeiouy]+")


def romanisation_shape(name: str) -> tuple[str, int] | None:
    """What two romanisations of one name share: the consonant skeleton and the number
    of vowel runs ("Jenin" and "Janīn" agree, "Parma" and "Perm" do not); None for a name
    of vowels alone, whose skeleton says nothing."""
    wanted = skeleton(name)
    if not wanted:
        return None
    return wanted, len(_VOWEL_GROUP.findall(name_key(name)))


def respelled(g: Gazetteer, text: str, countries: list[str]) -> int | None:
    """The one place of `countries` whose name is another spelling of `text`, if any:
    same skeleton, same first letter once the article is dropped, and at most one letter
    in three edited ("Kfraya" is Kafrayā, not any place whose consonants merely agree)."""
    if not text[:1].isupper() or len(text.split()) > 2:
        return None
    wanted = skeleton(text)
    if len(wanted) < MIN_SKELETON:
        return None
    mine = core(text)
    matches = []
    for country in countries:
        if country not in TRANSLITERATED:
            continue
        for place in _country_skeletons(country).get(wanted, ()):
            other = core(g.name[place])
            if other[:1] == mine[:1] and gz._edits(mine, other) <= max(len(mine), len(other)) // 3:
                matches.append(place)
    return matches[0] if len(matches) == 1 else None
