"""Places named inside other names: "Athens" in "Athens Police Department", "Texas" in
"University of Texas", "Texas" in "North Texas".

A flat mention covers the whole name, yet a reader also learns where the police
department is; geoparsing gold (LGL, TR-News) lists such inner places. These rules read
the shape of the enclosing name, never lists of names:

- `nested-modifier`: the name opens with a known place (after optional compass words)
  and a later word is an organisation, facility or event head ("Athens Police
  Department", "Henderson County Jail", "Northeast Texas Community College") or an
  office ("Litchfield Selectman Marsha Bernstein"). A street named after a place
  ("Memphis Street") is not in that place, and a newspaper's title ("New York Times")
  names its market, so road and newspaper heads do not count.
- `nested-of`: an "of"-head takes the place as its complement ("University of Texas",
  "Bank of England", "Science Museum of Virginia"), as "Mission in" does ("EU Monitoring
  Mission in Georgia"); not a place's own formal name ("Republic of Korea", "City of
  London").
- `nested-region`: a place qualified by compass words or joined to another place by a
  hyphen ("North Texas", "Fargo-Moorhead", "D-Raleigh" for a legislator's party and
  home town); not a region with a name of its own ("Western Europe", "Inner Mongolia").
- `nested-branch`: an organisation's acronym and the place of its branch ("CBC Toronto").

A candidate must be a whole token sequence the place lexicon (or the news spelling of a
country: "U.S.", "UK") knows or the article names as a place elsewhere, capitalised, not
a word running text mostly writes lower-case ("Commerce"), not itself a head or title
word. A one-word town must pass what
the flat extractor asks of a town named alone (its own name, big enough, not a person's
name: "Durant") unless the article names it as a place elsewhere or the name's shape says
a town is meant ("Athens Police", "D-Raleigh").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from dataset.entities import lexicon as lx
from dataset.entities.classify import Mention, is_common
from dataset.entities.params import EntityParams

# The method of a name the flat extractor reads as a body named after its opening place.
PLACE_LED = "place-led"

# How sure each rule is that the inner words name the place (between a model call and a
# head-word call, see classify.CONFIDENCE): the enclosing name is the stronger claim.
CONFIDENCE = {
    "nested-modifier": 0.75,
    "nested-of": 0.8,
    "nested-region": 0.75,
    "nested-branch": 0.7,
}

_TOKEN = re.compile(r"\w[\w.'’]*")
_POSSESSIVE = ("'s", "’s", "'", "’")
_PLACE_LABELS = frozenset(["GPE", "LOC"])
# Words that end a street's name: the street is named after the place, not in it.
ROAD_HEADS = lx.ROAD_WORDS | lx.word_set(
    """Street St. Road Rd. Avenue Ave. Boulevard Blvd. Drive Dr. Lane Ln. Way Parkway
    Pkwy. Ct. Place Pl. Trail Circle Pike Turnpike Terrace Alley Row"""
)
# "Madison Township", "Enfield Borough" are places of their own: a place head is no head.
HEADS = (
    (
        lx.ORG_HEADS
        | lx.CLUB_HEADS
        | lx.ORG_OF_HEADS
        | lx.FAC_HEADS
        | lx.LOCAL_INSTITUTIONS
        | lx.EVENT_HEADS
    )
    - ROAD_HEADS
    - lx.GPE_HEADS
)
# "University of Texas", not "Republic of Korea" or "City of London": a place's own name.
OF_HEADS = HEADS - lx.LOC_HEADS - lx.LOC_PREFIXES
NEWS_HEADS = lx.word_set(
    """Times Post Daily Herald News Journal Tribune Gazette Chronicle Review Courier
    Observer Telegraph Star Sun Mirror Express Standard Monitor Record Register Bulletin
    Dispatch Inquirer Examiner Globe Press Magazine Weekly Sentinel Independent"""
)
# Qualifiers that make a part of a place ("North Texas", "Downtown Cleveland"); "Greater",
# "Inner", "Upper" rather begin names of their own ("Inner Mongolia", "Upper Egypt").
REGION_WORDS = lx.DIRECTIONS - lx.word_set("Upper Lower Greater Inner Outer Mid Middle")
# Offices of a local government: "Tarrant County Medical Examiner", "Litchfield Selectman".
LOCAL_OFFICES = lx.word_set(
    """Coroner Auditor Examiner Clerk Treasurer Assessor Prosecutor Administrator Manager
    Recorder Solicitor Selectman Selectmen Selectwoman Aldermen Supervisor Supervisors
    Trustee Trustees Commissioners Councilmen Constable Marshal"""
)
OFFICES = lx.CORE_TITLES | lx.LOCAL_TITLES | LOCAL_OFFICES
# Words that can never be the place itself, whatever a gazetteer's alternate names say.
_NOT_PLACES = (
    HEADS
    | ROAD_HEADS
    | OFFICES
    | lx.TITLE_MODIFIERS
    | lx.DIRECTIONS
    | lx.GPE_HEADS
    | lx.LOC_HEADS
    | lx.word_set("of the and for on in at de")
)
_SHORT_PREFIX = re.compile(r"^[A-Z]{1,3}$")
_ACRONYM = re.compile(r"^[A-Z]{2,}$")
# Places below a first-level division: a one-word one may be a person's name or an
# acronym ("Durant", "KBR") unless the article or the name's shape says otherwise.
_TOWN_KINDS = frozenset(["city", "admin2"])
# Words that complete a division's name: a place right before one is only part of it.
_DIVISION_WORDS = lx.word_set("County Parish Province Oblast Governorate Prefecture")
# Words after a town's name that only a town takes ("Athens Police", "Harwinton
# Selectman", "Ludlow Town Hall", "Marion Public Library", "Middlesex Superior Court",
# "Crestwood Board of Education", "Cookeville Regional Medical Center"): a local
# government's or service area's words; schools and libraries alone are often named after
# people instead ("Lincoln High School").
TOWN_OFFICES = (
    lx.LOCAL_TITLES
    | LOCAL_OFFICES
    | lx.word_set(
        """Police Fire Township Council Borough Municipal Courthouse Town Public Superior
        Regional Board Area"""
    )
)


# A town named like a surname inside an organisation's name ("Hartford Hospital"): the
# head already says an institution is meant, so a smaller town than a name standing
# alone (params.person_place_min_population) is read as the place. A first name opens
# a person's full name too often ("George Washington High School") to be read so.
NESTED_PERSON_PLACE_MIN = 100_000


@dataclass(frozen=True)
class Nested:
    """A place inside `parent` (an index into the flat mentions)."""

    start: int
    end: int
    label: str
    canonical: str
    method: str
    parent: int

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.method]


class _Token(NamedTuple):
    """A word of a flat mention (a named tuple: made by the hundred thousand)."""

    start: int
    end: int
    word: str


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    # `tuple.__new__`: the named tuple made in C, without its Python-level constructor.
    return [
        tuple.__new__(_Token, (*m.span(), m.group())) for m in _TOKEN.finditer(text, start, end)
    ]


class _Places:
    """The place lexicon as the nesting rules read it, with the article's evidence."""

    def __init__(
        self, lexicons: lx.Lexicons, params: EntityParams, flat: list[Mention], text: str
    ) -> None:
        self.lexicons, self.params = lexicons, params
        # Names the article itself calls places, with the label and canonical name it gave.
        self.named: dict[str, tuple[str, str]] = {}
        for mention in flat:
            if mention.label in _PLACE_LABELS:
                surface = text[mention.start : mention.end]
                self.named.setdefault(surface, (mention.label, mention.canonical))

    def reading(self, surface: str, local: bool = False) -> tuple[str, str] | None:
        """(label, canonical) of a surface that names a place, or None.

        `local`: the name's shape says a town is meant ("Athens Police", "D-Raleigh"),
        which is evidence enough for a town that is also a person's name.
        """
        if (
            surface not in self.lexicons.places
            and surface not in lx.GPE_ALIASES
            and surface not in self.named
        ):
            return None  # what no reading below can give: most spans tried
        words = surface.split()
        if any(not w[:1].isupper() for w in words) or surface in _NOT_PLACES:
            return None
        first = words[0].split("-")[0]
        if len(words) == 1 and (
            first in _NOT_PLACES or is_common(first, self.lexicons, self.params)
        ):
            return None
        if lx.DIRECTIONS.issuperset(words):
            return None  # "North East", "Central": a region of something unnamed
        if surface in lx.GPE_ALIASES:  # "U.S.", "UK": the news spelling of a country
            return self.named.get(surface) or ("GPE", lx.GPE_ALIASES[surface])
        place = self.lexicons.places.get(surface)
        if place is None:
            # A place the article itself names ("a Cookville man … Cookville Volunteer
            # Fire Department"), though too small for the lexicon: one name, one sense.
            return self.named.get(surface)
        if _ACRONYM.match(surface) and place.kind in _TOWN_KINDS:
            return None  # "KBR Inc.", "DAC Community Arts": an acronym, not a town
        named = self.named.get(surface)
        if place.kind in _TOWN_KINDS and len(words) == 1 and not local and named is None:
            # What the flat extractor asks of a one-word town name on its own: its own
            # name (not an alternate), big enough, neither an acronym nor a person's name.
            lower = first.lower()
            if (
                place.canonical != surface
                or place.population < self.params.city_min_population
                or (
                    lower in self.lexicons.first_names
                    and place.population < self.params.person_place_min_population
                )
                or (lower in self.lexicons.surnames and place.population < NESTED_PERSON_PLACE_MIN)
            ):
                return None
        return named or (place.label, place.canonical)


def _match(
    text: str, tokens: list[_Token], i: int, places: _Places, evidence: bool
) -> tuple[int, int, tuple]:
    """The longest place starting at token i: (end token, end offset, reading) or j == i.

    `evidence`: the name's shape already says a place is meant here."""
    for j in range(len(tokens) - (i == 0), i, -1):  # never the whole enclosing name
        start, end = tokens[i].start, tokens[j - 1].end
        surface = text[start:end]
        following = tokens[j].word if j < len(tokens) else ""
        if following in _DIVISION_WORDS:
            continue  # "Mayo County Council": the place is "Mayo County", not "Mayo"
        local = evidence or following in TOWN_OFFICES
        reading = places.reading(surface, local)
        if reading is None and surface.endswith(_POSSESSIVE):
            for suffix in _POSSESSIVE:
                if surface.endswith(suffix):
                    end -= len(suffix)
                    reading = places.reading(text[start:end], local)
                    break
        if reading is not None:
            return j, end, reading
    return i, tokens[i].end, ()


def _places_from(
    text: str, tokens: list[_Token], i: int, places: _Places, local: bool = False
) -> tuple[int, list[tuple[int, int, tuple]]]:
    """Places chained by hyphens from token i ("Athens-Clarke County"): (next token, spans)."""
    found = []
    while i < len(tokens):
        j, end, reading = _match(text, tokens, i, places, local)
        if j == i:
            break
        found.append((tokens[i].start, end, reading))
        i = j
        if i < len(tokens) and text[tokens[i - 1].end : tokens[i].start] != "-":
            break
    return i, found


def _skip_compass(text: str, tokens: list[_Token], i: int, places: _Places) -> int:
    """Past compass words that qualify a place ("Northeast Georgia"), not those that
    begin its name ("West Virginia", "North Charleston")."""
    while (
        i < len(tokens)
        and tokens[i].word in lx.DIRECTIONS
        and _match(text, tokens, i, places, False)[0] == i
    ):
        i += 1
    return i


def _inner(text: str, mention: Mention, places: _Places) -> list[tuple[int, int, tuple, str]]:
    """Places inside one flat mention, with the rule that found each."""
    surface = text[mention.start : mention.end]
    if surface.isalpha():
        return []  # one `_TOKEN` word (most mentions): no tokens to make
    tokens = _tokens(text, mention.start, mention.end)
    if len(tokens) < 2:
        return []
    out: list[tuple[int, int, tuple, str]] = []
    after = 1
    # A place's own name ("West Virginia", "Palm Beach Gardens") holds no other place.
    if surface not in places.lexicons.places:
        after, out = _leading(text, tokens, places, mention.method == PLACE_LED)
        if not out and mention.label == "ORG":
            out = _branch(text, tokens, places)
    for k in range(max(after, 1), len(tokens) - 1):
        # "Mission in Georgia": a mission's name takes the country it serves after "in".
        mission = tokens[k].word == "in" and tokens[k - 1].word == "Mission"
        if not mission and (tokens[k].word != "of" or tokens[k - 1].word not in OF_HEADS):
            continue
        begin = k + 2 if tokens[k + 1].word in ("the", "The") and k + 2 < len(tokens) else k + 1
        # "University of Rochester": the complement of an "of"-head is a place, not a person.
        nxt, found = _places_from(
            text, tokens, _skip_compass(text, tokens, begin, places), places, local=True
        )
        if found and (nxt == len(tokens) or text[tokens[nxt - 1].end : tokens[nxt].start] == "-"):
            out.extend((s, e, r, "nested-of") for s, e, r in found)
        break
    return out


def _leading(
    text: str, tokens: list[_Token], places: _Places, led: bool = False
) -> tuple[int, list[tuple[int, int, tuple, str]]]:
    """Places opening the name: before a head word, or making up the whole name.

    `led`: the flat extractor already read the name as a body named after its opening
    place ("Paris Walmart", `context._place_led_names`), so no head word is needed."""
    first = 0
    if (
        _SHORT_PREFIX.match(tokens[0].word)
        and text[tokens[0].end : tokens[1].start] == "-"
        and tokens[0].word not in lx.DIRECTIONS
    ):
        first = 1  # "D-Raleigh": a legislator's party letter and home town
    start = _skip_compass(text, tokens, first, places)
    after, found = _places_from(text, tokens, start, places, local=first == 1 or led)
    if not found:
        return 1, []
    rest = [t.word for t in tokens[after:]]
    if not rest:
        # The whole name is places and compass words ("North Texas", "Fargo-Moorhead"),
        # not a region with a name of its own ("Western Europe", "Inner Mongolia").
        qualifiers = [t.word for t in tokens[first:start]]
        continental = any(
            getattr(places.lexicons.places.get(text[s:e]), "kind", "") == "continent"
            for s, e, _r in found
        )
        if (
            (start > 0 or len(found) > 1)
            and REGION_WORDS.issuperset(qualifiers)
            and not continental
        ):
            return after, [(s, e, r, "nested-region") for s, e, r in found]
    elif _headed(rest) or _division(text, found[-1], rest) or (led and _unheaded_body(rest)):
        return after, [(s, e, r, "nested-modifier") for s, e, r in found]
    return after, []


def _unheaded_body(rest: list[str]) -> bool:
    """The words after the place end no street's or newspaper's name."""
    return rest[-1] not in ROAD_HEADS and rest[-1] not in NEWS_HEADS


def _division(text: str, place: tuple[int, int, tuple], rest: list[str]) -> bool:
    """'Walker County Fair', 'Readington Township Boy Scouts': a name opening with a
    county or township is that division's, whatever follows (not its roads)."""
    words = text[place[0] : place[1]].split()
    return (
        len(words) > 1
        and words[-1] in lx.GPE_HEADS
        and rest[-1] not in ROAD_HEADS
        and ROAD_HEADS.isdisjoint(rest)
    )


def _branch(text: str, tokens: list[_Token], places: _Places) -> list[tuple[int, int, tuple, str]]:
    """An organisation's acronym or listed one-word name and the place of its branch
    ("CBC Toronto", "CTV Winnipeg", "Google India"): the rest of the name is one place."""
    first = tokens[0].word
    if not (_ACRONYM.match(first) or first in lx.ORG_NAME_SET) or places.reading(first):
        return []
    j, end, reading = _match(text, tokens, 1, places, False)
    if j != len(tokens) or text[tokens[0].end : tokens[1].start] != " ":
        return []
    return [(tokens[1].start, end, reading, "nested-branch")]


def _headed(rest: list[str]) -> bool:
    """The words after the place make an organisation, facility, event or office.

    A newspaper's title ("New York Times", "China Daily") names its market, not a place
    the story is about, and a street named after a place is not in it."""
    if rest[-1] in ROAD_HEADS or rest[-1] in NEWS_HEADS:
        return False
    for word in rest:
        if word == "of":
            return False
        if word in ROAD_HEADS:
            return False
        if word in HEADS or word in OFFICES:
            return True
    return False


def nested_places(
    text: str, mentions: list[Mention], lexicons: lx.Lexicons, params: EntityParams
) -> list[Nested]:
    """Places named inside the flat `mentions` (already typed and sorted), in text order."""
    places = _Places(lexicons, params, mentions, text)
    out = []
    for index, mention in enumerate(mentions):
        for start, end, (label, canonical), method in _inner(text, mention, places):
            if (start, end) != (mention.start, mention.end):
                out.append(Nested(start, end, label, canonical, method, index))
    return out
