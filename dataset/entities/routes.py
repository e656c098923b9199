"""State routes written as a state's postal code and a number: "on KY 52", "along KY 90".

US news names a state highway by its state and number. Read alone, a postal code is an
acronym ("KY"); followed by a route number it is the road, a facility in the state. A
postal code before a number is also a rifle or a model ("an AK 47"), so it needs a word
before it that puts a vehicle or a place on a road. Three digits at most: a ZIP code is
no route.

A dotted abbreviation ("S.C. 5", "U.S. 79") is left to the state or country it names:
annotators mark that state inside the route ("on [S.C.] 6") as often as the whole route.
"""

from __future__ import annotations

import re

from dataset.entities import lexicon as lx

# The US states' two-letter postal codes.
POSTAL_CODES = lx.word_set(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV
    NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"""
)
# Words before a road a vehicle or a place is on: "on KY 80", "along KY 90", "onto KY 52".
ROAD_PREPOSITIONS = frozenset(["on", "onto", "along", "off", "via", "across", "near", "to", "from"])
_NUMBER = re.compile(r"[^\S\n]\d{1,3}[A-Z]?(?![\w.,-]?\d)(?![\w-])")
_WORD_BEFORE = re.compile(r"(\w+)[^\S\n]+$")


def route_end(words: list[str], text: str, start: int, end: int) -> int | None:
    """The end of a state route that opens with the one-word mention text[start:end],
    or None when the mention is no route's state."""
    if len(words) != 1 or words[0] not in POSTAL_CODES:
        return None
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if before is None or before.group(1).lower() not in ROAD_PREPOSITIONS:
        return None
    number = _NUMBER.match(text, end)
    return None if number is None else number.end()
