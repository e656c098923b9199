"""Name keys: how a surface string and a gazetteer name are compared.

Case, accents, apostrophes, hyphens and dots do not distinguish places in English news
("Qala-i-Naw" = "Qala i Naw", "Kābol" = "Kabol", "U.S." = "US"), so every name is
reduced to one key before lookup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_APOSTROPHES = str.maketrans("", "", "'’‘`ʻʼ´")
_ARTICLE = re.compile(r"^the ")
# A place name's leading abbreviation ("St. Louis", "Mt. Pleasant", "Ft. Worth") is its
# word: GeoNames writes some names one way and some the other.
_LEADING = {"st": "saint", "mt": "mount", "ft": "fort"}
# So is an abbreviated compass word before a name ("W. Columbia", "S. Jersey"); a short
# next word is part of an abbreviation instead ("W. Va.", "N.Y.").
_COMPASS = {"n": "north", "s": "south", "e": "east", "w": "west"}


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Lower-case ASCII words joined by single spaces; single letters of an acronym join.

    Remembered: news repeats its names ("Kabul", "U.S.") across mentions and articles,
    and the resolver keys every mention, its variants and the article's demonyms."""
    folded = _without_marks(text).translate(_APOSTROPHES).casefold()
    folded = folded.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ı", "i")
    key = _NON_ALNUM.sub(" ", folded).strip()
    key = _ARTICLE.sub("", key)
    words = key.split(" ")
    if len(words) > 1 and words[0] in _LEADING:
        words[0] = _LEADING[words[0]]
        key = " ".join(words)
    elif len(words) > 1 and words[0] in _COMPASS and len(words[1]) > 2:
        words[0] = _COMPASS[words[0]]
        key = " ".join(words)
    if "the" in words[1:]:  # "Democratic Republic of (the) Congo"
        words = [w for w in words if w != "the"]
        key = " ".join(words)
    if len(words) > 1 and all(len(w) == 1 for w in words):
        return "".join(words)
    return key


def _without_marks(text: str) -> str:
    """The NFKD form without its combining marks ("Kābol" → "Kabol"). ASCII holds none,
    so most names skip the loop over their characters."""
    folded = unicodedata.normalize("NFKD", text)
    if folded.isascii():
        return folded
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def code_key(text: str) -> str | None:
    """An all-capitals abbreviation ("US", "U.S.", "UK", "AFG") or None."""
    stripped = text.replace(".", "").replace(" ", "")
    if 2 <= len(stripped) <= 3 and stripped.isascii() and stripped.isalpha():
        return stripped if stripped.isupper() else None
    return None
