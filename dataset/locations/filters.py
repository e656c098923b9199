"""Place mentions that are no toponym whatever the gazetteer says: rules on the words of
the mention and right after it, read before a row is written.

Each rule has its switch in `LocationParams`; all are about English news in general:

- unresolved, an acronym ("KBR"), a word news mostly writes in lower case ("State"), a
  building ("Athens Regional Library": the town inside it is the toponym), or a name
  holding a nested place;
- a part of a place described by a compound compass word ("Northeast Georgia") that
  holds the place as a nested mention: the nested place is the toponym;
- a natural feature or region only the learned mention model guessed, which the
  gazetteer cannot place ("Taco Bell", "Galaxy Lanes"): a business or venue, not a place;
- a service district ("Santa Clara Valley Water District", "Carbon School District") the
  gazetteer cannot place: a public body, not a place;
- a place name that names a disease ("West Nile virus", "Minamata disease");
- a town followed by a capitalised "State" ("San Diego State", "Columbia State"): a
  university or its team, since no town is a state;
- a one-word town that is also a person's name, opening a school's name ("Lee Academy",
  "Foley Middle School"): schools are named after people as often as after their town.
"""

from __future__ import annotations

import re

from dataset.entities import lexicon
from dataset.locations.gazetteer import LEVEL_CITY
from dataset.locations.normalize import name_key
from dataset.locations.params import LocationParams

# Compass words of two points ("Northeast Georgia", "south-western Ohio"): they describe a
# part of a place rather than open a name of its own ("North Carolina", "West Bank").
_COMPOUND_COMPASS = re.compile(r"(north|south) ?(east|west)(ern)? ")
# A disease named for a place: the place name right before one of these nouns.
_DISEASE = re.compile(r"[ -](?:virus|viruses|fever|disease|encephalitis)\b", re.IGNORECASE)
_DISTRICT = re.compile(r"(\w+) Districts?$")
# "San Diego State", "Columbia State": a university or team named for its town, whose
# capitalised "State" no town takes ("Rakhine State", "Lagos State" are provinces).
_STATE_NAME = re.compile(r"\w State$")
# Heads of a school's name, and the words after a town that make the school its town's
# ("Alexandria City Public Schools", "Laurel County High School").
_SCHOOL_HEADS = frozenset(
    ["School", "Schools", "Academy", "University", "College", "Institute", "Elementary"]
)
_TOWN_WORDS = frozenset(["City", "County", "District", "Township", "Public", "Area", "Regional"])
# Heads of facility names that name a building, not a place on a map: geoparsing reads
# the town in "Athens Regional Library", not the library (roads, parks, airports,
# bridges and bases stay places).
BUILDING_HEADS = frozenset(
    """Center Centre Hall Library Museum Jail Prison Cemetery Building Hotel Theatre Theater
    Facility Complex Arena Temple Memorial Embassy Consulate Chapel Mall Tower Towers
    Cathedral Church Mosque Synagogue Basilica Shrine Hospital Clinic Courthouse Barracks
    Compound""".split()
)
# A short all-capital word ("KBR", "GBI"): an acronym, unless the gazetteer knows it as a
# code ("US", "UAE"), which resolves before this is asked.
_ACRONYM = re.compile(r"[A-Z]{2,4}")


def not_a_toponym(
    text: str,
    entity: dict,
    lookup_key: str,
    level: int | None,
    enclosing: set[str],
    parents: dict[str, dict],
    params: LocationParams,
) -> bool:
    """Whether a place mention gets no row. `lookup_key`: the key its name was found
    under (differs from the mention's own key when words were stripped); `level`: the
    gazetteer level of its reading, None when unresolved; `enclosing`:
    ids of mentions that hold a nested mention; `parents`: the mention each nested
    mention lies in, by id."""
    if params.skip_disease_names and _DISEASE.match(text, int(entity["end"])):
        return True
    parent = parents.get(entity["mention_id"])
    if params.skip_person_named_schools and parent is not None and _school_namesake(entity, parent):
        return True
    if level is not None:
        if params.skip_state_teams and level == LEVEL_CITY and _STATE_NAME.search(entity["text"]):
            return True
        return params.skip_compound_compass_parts and _compass_part(entity, lookup_key, enclosing)
    if str(entity.get("method")) == "model" and str(entity["label"]) in params.skip_model_guesses:
        return True
    if params.skip_service_districts and _service_district(entity["text"]):
        return True
    return _unresolved_non_place(entity, enclosing, params)


def _unresolved_non_place(entity: dict, enclosing: set[str], params: LocationParams) -> bool:
    """An unresolved acronym, common word, building, or name holding a nested place."""
    if params.skip_unresolved_acronyms and _ACRONYM.fullmatch(entity["text"]):
        return True
    if params.skip_unresolved_common_words and common_word(entity["text"]):
        return True
    if params.skip_unresolved_buildings and str(entity["label"]) == "FAC":
        return entity["text"].split()[-1] in BUILDING_HEADS
    return params.skip_unresolved_enclosing and entity["mention_id"] in enclosing


def common_word(text: str) -> bool:
    """Whether the text is one word that news writes mostly in lower case mid-sentence
    ("State", "High", "Posts"): capitalised, it starts a heading or a name, no place."""
    if " " in text:
        return False
    counts = lexicon.load().word_case.get(text.lower())
    return counts is not None and counts[0] > counts[1]


def _compass_part(entity: dict, lookup_key: str, enclosing: set[str]) -> bool:
    """A mention unknown to the gazetteer as a whole, described by a compound compass
    word, holding the place it is a part of ("Northeast Georgia" holding "Georgia")."""
    if entity["mention_id"] not in enclosing:
        return False
    key = name_key(entity["text"])
    if lookup_key == key:
        return False  # a name of its own ("Northwest Territories")
    return _COMPOUND_COMPASS.match(key) is not None


def _service_district(name: str) -> bool:
    """'Water District', 'School District', 'Recreation District': a district named for
    a service (a word news writes mostly in lower case), not for a place."""
    found = _DISTRICT.search(name)
    return found is not None and common_word(found.group(1))


def _school_namesake(entity: dict, parent: dict) -> bool:
    """'Lee Academy', 'Foley Middle School', 'Columbia University': a school whose name
    opens with a one-word town that is also a person's given name or surname."""
    words = parent["text"].split()
    name = entity["text"]
    if int(parent["start"]) != int(entity["start"]) or " " in name:
        return False
    if not any(word.rstrip(".,'’") in _SCHOOL_HEADS for word in words[1:]):
        return False
    if len(words) > 1 and words[1] in _TOWN_WORDS:
        return False
    names = lexicon.load()
    return name.lower() in names.first_names or name.lower() in names.surnames
