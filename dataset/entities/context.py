"""After the model: names typed again by the words around them, one pass per kind of
evidence ("near X", "the towns of A and B", "Toledo Mayor", "according to X", a list's
sure members). A rule or the model guessed these from the name alone; the context a
person's name never takes (or a place's never does) settles them. Text and mentions in,
mentions re-typed in place.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from dataset.entities import lexicon as lx
from dataset.entities.classify import (
    PLACE_OR_ORG_HEADS,
    UNKNOWN,
    Mention,
    arabic_person_shape,
    ending_words,
    ends_with,
    is_common,
    men_plural,
    named_by_cue,
    person_before,
    space_then,
    word_ending,
)
from dataset.entities.model import COARSE_LABELS
from dataset.entities.nesting import PLACE_LED, ROAD_HEADS
from dataset.entities.params import EntityParams
from dataset.entities.road_bodies import bodies_named_like_roads
from dataset.entities.ships import VESSEL_COMPOUNDS, VESSEL_NOUNS, after_cargo_carrier
from dataset.entities.war_places import besieged_places


def retype_by_context(
    mentions: list[Mention], text: str, lexicons: lx.Lexicons, params: EntityParams
) -> None:
    """Every context pass, in order: each later pass sees the types earlier ones set.
    Passes re-type mentions but never move them, so the list runs are found once.

    No pass re-types a mention as untyped or as a guess, so the open calls (`_open_call`)
    are gathered once: the passes that only ever type an open call scan those alone (and
    still ask whether each is open, as an earlier pass may have settled it: by its call
    alone, `_still_open`)."""
    runs = _list_runs(mentions, text)
    coordinated = _coordinated(runs, text)
    first_names = lexicons.first_names
    open_calls = [m for m in mentions if _open_call(m, first_names)]
    _placed_after_in(open_calls, text, lexicons)
    _placed_by_phrase(open_calls, text, lexicons)
    besieged_places(mentions, text, lexicons)
    _placed_after_people(mentions, text, lexicons.places)
    _placed_after_streets(mentions, text, lexicons.places)
    bodies_named_like_roads(mentions, text)
    _plural_place_lists(coordinated, text, lexicons.places)
    _place_led_names(mentions, open_calls, lexicons, params)
    _placed_on_routes(mentions, text, lexicons)
    _placed_within_places(open_calls, mentions, text, lexicons)
    _quarters_of_cities(open_calls, text, lexicons)
    _regions_after_towns(open_calls, mentions, text, lexicons)
    _typed_by_word_before(open_calls, text, lexicons)
    _typed_by_copula(open_calls, text, lexicons)
    _placed_by_bearing(open_calls, text, lexicons)
    _second_domains(open_calls, text, lexicons)
    _cited_sources(mentions, text, lexicons)
    _bodies_by_noun_after(open_calls, text, lexicons, params, _named_in_full(mentions))
    _bands_named_like_towns(mentions, text)
    _people_by_deed(mentions, text)
    other_names_of_places(mentions, text)
    _names_others_give(open_calls, mentions, text, first_names)
    _unknown_by_cue(open_calls, text, lexicons, params)
    _place_lists(runs, text, lexicons)
    if params.list_types:
        _list_types(coordinated, text, lexicons.places)


# "and" with an adverb of sequence still joins two conjuncts ("seized Kunduz and then
# Sar-e-Pol", "took Mahas and later Adale").
LIST_GAPS = frozenset(
    [", ", " and ", ", and ", " or ", ", or ", " & ", " and then ", ", and then ", " and later "]
)
# Longer text between two mentions is no list gap (and is not worth slicing to ask).
_LONGEST_GAP = max(map(len, LIST_GAPS))


def listed_together(before: Mention, after: Mention, text: str) -> bool:
    """Whether only list punctuation stands between two mentions ("A, B and C"): every
    rule that walks a list asks this one question."""
    return after.start - before.end <= _LONGEST_GAP and text[before.end : after.start] in LIST_GAPS


# A name a comma sets off before a verb of saying opens the reporting clause ("… in
# Djibo and Barsalogho, Human Rights Watch said"): no member of the list before it.
_SAYS_AFTER = (" said", " says", " told", " reported", " added")


def _list_runs(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """The mentions in runs joined by list punctuation ("A, B and C"); a lone one is a run."""
    runs: list[list[Mention]] = []
    for mention in mentions:
        if (
            runs
            and listed_together(runs[-1][-1], mention, text)
            and not (
                text[runs[-1][-1].end : mention.start] == ", "
                and text.startswith(_SAYS_AFTER, mention.end)
            )
        ):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return runs


# Decisions a list of places may overrule: a name list's guess, the model's, or none.
_WEAK_PERSON = frozenset(["name", "model", "unknown", "fallback", "context"])
_PLACE_EVIDENCE = frozenset(["gazetteer", "bare-gazetteer", "lexicon", "cue"])


# A name cut short before a particle joined to its next part ("Côte d'Ivoire"), or a
# possessor: no list member that a name list's word makes a town.
_NAME_GOES_ON = re.compile(r"[^\S\n]?(?:[a-z]{1,2})?['’]\w")


# Heads of a realm's name, which titles borrow ("Pocket Kingdom", "the Animal Kingdom").
_REALM_HEADS = lx.POLITY_OF_HEADS & lx.GPE_HEADS


def _listed_place(mention: Mention) -> bool:
    """A place a list member vouches for: one the lists or a cue type, or a settlement
    its head noun types ("Maarat al-Numan and Saraqeb", "Bannu District and Lakki")."""
    return mention.label == "GPE" and (
        mention.method in _PLACE_EVIDENCE
        or (mention.method == "head" and mention.words[-1] not in _REALM_HEADS)
    )


def _place_lists(runs: list[list[Mention]], text: str, lexicons: lx.Lexicons) -> None:
    """'Cleveland, Columbus, Dayton and Cincinnati', 'Newark, Heath and Pataskala': a
    name listed among places the rules are sure of is a place too, not a surname. So is
    a name no name list knows that only the model called a person, or nothing typed
    ("the Seychelles and Tioman", "Kamchatka and Sakhalin"), the other end of a place's
    "between A and B" (`_between_pair`), and of "in A and B" (`_in_pair`). Among two such
    towns a name a name list knows is a town too ("took Shire, Axum and Adwa"): people and
    towns are not listed together."""
    places = lexicons.places
    for items in runs:
        if len(items) < 2:
            continue
        in_pair = _in_pair(items, text)
        if not in_pair and not any(_listed_place(m) for m in items):
            continue
        # A town named like a person ("Cheney, Rumsfeld, or Wolfowitz") vouches for no
        # name the lists do not know.
        towns = sum(_listed_place(m) and not lx.name_like(m.words[0], lexicons) for m in items)
        sure = towns > 0 or in_pair or _between_pair(items, text)
        for item in items:
            if (
                len(item.words) > 1
                or item.label not in ("PERSON", UNKNOWN)
                or item.method not in _WEAK_PERSON
            ):
                continue  # a full name ("Genetta Reeves") is a person's wherever it stands
            place = places.get(item.words[0])
            if place is not None and place.kind in ("city", "admin2"):
                item.label, item.canonical, item.method = place.label, place.canonical, "gazetteer"
            elif (
                sure
                and item.method in ("model", "unknown")
                and not lx.name_like(item.words[0], lexicons)
            ) or (towns > 1 and item.method == "name" and not _NAME_GOES_ON.match(text, item.end)):
                item.label, item.canonical = place_label(item, places)
                item.method = "list"


_BETWEEN = re.compile(r"(?<![\w-])between[^\S\n]+$")


def _pair_after(items: list[Mention], text: str, opener: re.Pattern, width: int) -> bool:
    """Two names joined by "and" after `opener` (ending within `width` characters)."""
    return (
        len(items) == 2
        and text[items[0].end : items[1].start] == " and "
        and opener.search(text, max(0, items[0].start - width), items[0].start) is not None
    )


def _between_pair(items: list[Mention], text: str) -> bool:
    """'fighting between Boni and Hombori', 'the road between Goma and Sake': the two ends
    of "between A and B" are of one kind, so a place at one end vouches for the other
    even when its name is a surname too (the gazetteer typed it a place here)."""
    return _pair_after(items, text, _BETWEEN, 9)


_IN = re.compile(r"(?:^|[^\w])[Ii]n[^\S\n]+$")


def _in_pair(items: list[Mention], text: str) -> bool:
    """'fighting in Buthidaung and Maungdaw': "in" governs both names "and" joins, so the
    place the context made of the first vouches for the second."""
    first = items[0]
    return first.label == "GPE" and first.method == "context" and _pair_after(items, text, _IN, 4)


_POSSESSIVE = re.compile(r"[^\S\n]?['’]s?(?!\w)")
# Person calls that context may overrule: a name list's or the model's guess, not a title's.
GUESSED_PERSON = frozenset(["name", "model", "fallback"])


def unnamed_guess(mention: Mention, first_names: frozenset[str]) -> bool:
    """A person call that only a name list or the model made, not opening with a known
    first name (which keeps "Andre De Grasse" a person whatever comes before it)."""
    return (
        mention.label == "PERSON"
        and mention.method in GUESSED_PERSON
        and mention.words[0].lower() not in first_names
    )


def _open_call(mention: Mention, first_names: frozenset[str]) -> bool:
    """A name nothing typed, or a person call only a guess made (see `unnamed_guess`):
    what a cue in the text may type."""
    return mention.label == UNKNOWN or unnamed_guess(mention, first_names)


def _still_guessed(mention: Mention) -> bool:
    """`unnamed_guess` for one of the open calls: the passes change no mention's words
    (so not its first name) and make no call a guess, so only its call is read again."""
    return mention.label == "PERSON" and mention.method in GUESSED_PERSON


def _still_open(mention: Mention) -> bool:
    """`_open_call` for one of the open calls (see `_still_guessed`)."""
    return mention.label == UNKNOWN or _still_guessed(mention)


def _placed_after_in(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """'an academy in Hammersmith', 'in Monte Carlo in April': a name after "in" that
    only a surname list or the model called a person is a place. A name opening with a
    first name stays a person ("a sprinter in Andre De Grasse"), as does a possessive
    ("a judge in Duffy's trial")."""
    for mention in mentions:
        if (
            not _still_guessed(mention)
            or _POSSESSIVE.match(text, mention.end) is not None
            or _IN.search(text, max(0, mention.start - 6), mention.start) is None
        ):
            continue
        mention.label, mention.canonical = place_label(mention, lexicons.places)
        mention.method = "context"


_COMPASS = "|".join(sorted(lx.COMPASS_POINTS))
_MOTION = (
    "drove|driving|moved|moving|traveled|travelled|traveling|travelling|flew|flying"
    "|returned|returning|headed|heading|went|relocated|commuted|commute|trip|trips|journey"
)
# Words right before a name that only a place follows: "near X", "east of X", "drove to
# X", "both of X", "the town of X", "the border with X", "Jane Roe, 39, of X" or "…, 79,
# from X" (a person's age, then the home town).
_PLACE_PHRASE = re.compile(
    r"(?:\b(?:near|outside|across|throughout|borders?[^\S\n]+with"
    r"|(?:both|town|village|county|province|area|" + _COMPASS + r")[^\S\n]+of"
    r"|(?:" + _MOTION + r")[^\S\n]+to)"
    r"|\b\d{1,3},[^\S\n]+(?:of|from))"
    r"[^\S\n]+$",
    re.IGNORECASE,
)
# "his Lanexa home", "the couple's Fairfield home": a possessive, a name, then a dwelling.
_POSSESSED = re.compile(r"(?:\b(?:his|her|their|our|my|your)|['’]s?)[^\S\n]+$")
_DWELLING = re.compile(r"[^\S\n]+(?:home|house|residence|farm|apartment)\b")


# The last words of `_PLACE_PHRASE`'s phrases.
_PLACE_PHRASE_ENDS = ("near", "outside", "across", "throughout", "with", "of", "to", "from")


def _after_place_phrase(text: str, window: int, start: int) -> bool:
    """Whether text[window:start] ends with a `_PLACE_PHRASE`; an ASCII window is first
    asked for the phrase's last word, cheaply (the pattern ignores case, which outside
    ASCII may match more than `lower`)."""
    before = text[window:start]
    if before.isascii() and not before.rstrip().lower().endswith(_PLACE_PHRASE_ENDS):
        return False
    return _PLACE_PHRASE.search(text, window, start) is not None


def _placed_by_phrase(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """A name only a name list or the model called a person is a place in a phrase no
    person's name takes: after "near", "outside", "east of", "drove to", "the town of",
    "the border with", "<age>, of",
    or between a possessive and a dwelling ("Carter's Lanexa home")."""
    for mention in mentions:
        if not _still_guessed(mention) and (
            mention.label != UNKNOWN or len(mention.words) > 1  # "near Advance Auto Parts"
        ):
            continue
        window = max(0, mention.start - 24)
        if not _after_place_phrase(text, window, mention.start) and (
            _DWELLING.match(text, mention.end) is None
            or _POSSESSED.search(text, window, mention.start) is None
        ):
            continue
        mention.label, mention.canonical = place_label(mention, lexicons.places)
        mention.method = "context"


# Calls that make the larger place sure: a list's, a name's head or trailer ("Borno State").
_SURE_PLACE = _PLACE_EVIDENCE | {"head", "trailer"}


def _placed_within_places(
    open_calls: list[Mention], mentions: list[Mention], text: str, lexicons: lx.Lexicons
) -> None:
    """'abducted schoolgirls from Chibok in Borno State': where people come from is
    placed in a larger place, so an unexplained name after "from" and before "in" and a
    sure place is a place (one only a guess made a person too, not a listed name: "a
    letter from Smith in Texas")."""
    for a in open_calls:
        if (
            not text.startswith(" in ", a.end)
            or not text.endswith("from ", 0, a.start)
            or not _still_open(a)
            or any(lx.name_like(word, lexicons) for word in a.words)
        ):
            continue
        b = next((m for m in mentions if m.start == a.end + 4), None)
        if b is not None and b.label in ("GPE", "LOC") and b.method in _SURE_PLACE:
            a.label, a.canonical = place_label(a, lexicons.places)
            a.method = "context"


# "in Gaza's Jabalia", "near Beirut's Dahiyeh": a place preposition, a city's name and its
# possessive (the city asked of the gazetteer).
_IN_CITYS = re.compile(
    r"(?<![\w-])(?:in|near|across|throughout)[^\S\n]+([A-Z][\w-]*)['’]s[^\S\n]+$"
)


def _quarters_of_cities(open_calls: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """'killed in Gaza's Jabalia', 'in London's Soho': one word no name list knows after
    a place preposition and a city's possessive is a quarter of the city, a place. Not
    after a country's ("in Japan's Nintendo": a firm of the country), nor a word going on
    into a longer name ("in Chelsea's Old Trafford")."""
    for mention in open_calls:
        if (
            len(mention.words) != 1
            or not text.endswith(("'s ", "’s "), 0, mention.start)
            or not _still_open(mention)
            or lx.name_like(mention.words[0], lexicons)
        ):
            continue
        city = _IN_CITYS.search(text, max(0, mention.start - 48), mention.start)
        place = lexicons.places.get(city.group(1)) if city is not None else None
        if place is not None and place.kind == "city":
            mention.label, mention.canonical = place_label(mention, lexicons.places)
            mention.method = "context"


def _regions_after_towns(
    open_calls: list[Mention], mentions: list[Mention], text: str, lexicons: lx.Lexicons
) -> None:
    """'in Coahuayana, Michoacan.', 'near Tsafe, Zamfara,': after "in" or "near" and a
    place (sure, or one the preposition typed), a comma and one unexplained word that
    closes the phrase (a stop or a comma after it) is the larger place it lies in, as
    "Springfield, Illinois" names the state. A listed name stays ("in Paris, Smith
    said" is the speaker)."""
    by_end: dict[int, Mention] | None = None
    for a in open_calls:
        if (
            text[a.start - 2 : a.start] != ", "
            or text[a.end : a.end + 1] not in (".", ",", ";")
            or len(a.words) != 1
            or not _still_open(a)
        ):
            continue
        if by_end is None:  # (built for the first name a comma sets after another)
            by_end = {
                m.end: m
                for m in mentions
                if m.label == "GPE" and (m.method in _SURE_PLACE or m.method == "context")
            }
        town = by_end.get(a.start - 2)
        if (
            town is None
            or lx.name_like(a.words[0], lexicons)
            or word_ending(text, town.start, 8) not in ("in", "near")
        ):
            continue
        a.label, a.canonical = place_label(a, lexicons.places)
        a.method = "context"


def named_towns(mentions: list[Mention]) -> set[str]:
    """The one-word places the article names on place evidence (a list, a cue)."""
    return {
        m.words[0]
        for m in mentions
        if m.label == "GPE" and len(m.words) == 1 and m.method in _PLACE_EVIDENCE
    }


def _place_led_names(
    mentions: list[Mention], open_calls: list[Mention], lexicons: lx.Lexicons, params: EntityParams
) -> None:
    """'Dublin Singers', 'Newark Live Bait': a name only a name list or the model called a
    person (or that nothing typed) that opens with a sizeable gazetteer town's own name,
    which the article also names alone as a place, and that holds no known first name (a
    person's full name opens with one: "Paris Hilton"; "Vladimir Putin" has no such place
    beside it), is a body named after the town. The nesting pass then adds the town inside it."""
    towns = named_towns(mentions)
    if not towns:
        return
    # "President Vladimir Putin … Vladimir Putin": a name a title types elsewhere stays.
    people = {
        tuple(m.words) for m in mentions if m.label == "PERSON" and m.method not in GUESSED_PERSON
    }
    for mention in open_calls:
        words = mention.words
        if (
            len(words) < 2
            or words[0] not in towns
            or tuple(words) in people
            or not _still_open(mention)
            or mention.method == "dropped"
            or not all(w[:1].isupper() for w in words)
        ):
            continue
        place = lexicons.places.get(words[0])
        if (
            place is None
            or place.canonical != words[0]
            or place.label != "GPE"
            or (place.kind == "city" and place.population < params.city_min_population)
            or any(w.lower() in lexicons.first_names for w in words)
        ):
            continue
        mention.label, mention.canonical = "ORG", " ".join(words)
        mention.method = PLACE_LED


_CLAUSE_END = re.compile(r"[,.;:)]|$", re.MULTILINE)


def _placed_after_people(mentions: list[Mention], text: str, places: dict) -> None:
    """'Mindy Miller of Ravenel,', 'Gary Smith Sr. of Grantville.': a one-word name closing
    the clause after a person's full name and "of" is the person's town; only a name
    nothing typed or a name list guessed a person is re-typed (a known organisation
    keeps its label, and longer names after "of" are as often employers)."""
    for person, mention in pairwise(mentions):
        if (
            person.label == "PERSON"
            and len(person.words) > 1
            and len(mention.words) == 1
            and mention.start - person.end in (4, 5)
            and text[person.end : mention.start] in (" of ", ", of ")
            and _CLAUSE_END.match(text, mention.end) is not None
            and (
                mention.label == UNKNOWN
                or (mention.label == "PERSON" and mention.method in GUESSED_PERSON)
            )
        ):
            mention.label, mention.canonical = place_label(mention, places)
            mention.method = "context"


def _placed_after_streets(mentions: list[Mention], text: str, places: dict) -> None:
    """'in Seaton Street, Edmonton,': an address names the street, then its town, so a
    one-word name a name list or the model guessed a person there is the town."""
    for street, mention in pairwise(mentions):
        if (
            street.label == "FAC"
            and street.words[-1] in ROAD_HEADS
            and mention.start - street.end == 2
            and text[street.end : mention.start] == ", "
            and len(mention.words) == 1
            and mention.label == "PERSON"
            and mention.method in GUESSED_PERSON
        ):
            mention.label, mention.canonical = place_label(mention, places)
            mention.method = "context"


# "the towns of Haris and Varzaqan", "the municipalities of Kalenga and Ilunga": a plural
# noun for settlements and its "of" ("communities" and "settlements" of people, websites
# or lawsuits are as common, so they stay out).
_PLURAL_PLACE_OF = re.compile(
    r"\b(?:cities|towns|villages|hamlets|provinces|districts|counties|regions|islands"
    r"|municipalities|townships)"
    r"[^\S\n]+of[^\S\n]+$"
)
_LIST_GUESSES = GUESSED_PERSON | {"unknown"}


def _plural_place_lists(coordinated: list[list[Mention]], text: str, places: dict) -> None:
    """'the towns of Haris and Varzaqan': a plural place noun and "of" type every name
    of the coordinated list after it, not only the first (a comma alone may end the
    phrase: "the regions of Macedon, Philip assembled …")."""
    for run in coordinated:
        if len(run) < 2 or not ends_with(text, run[0].start, 20, _PLURAL_PLACE_OF, ("of",)):
            continue
        for item in run:
            if item.label in ("PERSON", "ORG", UNKNOWN) and item.method in _LIST_GUESSES:
                item.label, item.canonical = place_label(item, places)
                item.method = "list"


def _placed_on_routes(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """'from Wamego to Manhattan': a route's two ends are places, so a guessed person or
    an unexplained name at one end of a route whose other end is a sure place (not
    itself named like a person: "a letter from Smith to Jones") is one too."""
    for a, b in pairwise(mentions):
        if (
            b.start - a.end != 4
            or text[a.end : b.start] != " to "
            or not text[max(0, a.start - 5) : a.start].endswith("from ")
        ):
            continue
        for guess, other in ((a, b), (b, a)):
            if (
                (
                    guess.label == UNKNOWN
                    or (guess.label == "PERSON" and guess.method in GUESSED_PERSON)
                )
                and other.label in ("GPE", "LOC", "FAC")
                and other.method in _PLACE_EVIDENCE
                and not lx.name_like(other.words[0], lexicons)
            ):
                guess.label, guess.canonical = place_label(guess, lexicons.places)
                guess.method = "context"


# Lower-case nouns and verbs right before a name that say what kind of thing it is:
# "the Icelandic band Sigur Rós", "the river Nestus", "Louis the German invaded Moravia".
_ORG_NOUNS = (
    "band|group|company|firm|newspaper|magazine|website|startup|start-up|airline|carrier"
    "|retailer|label|broadcaster|publisher|automaker|carmaker|insurer|bank|club|team|party"
)
_PLACE_NOUNS = (
    "river|island|islet|village|town|city|province|region|lake|mount|port|capital|hamlet"
    "|suburb|township|colony"
)
_PLACE_VERBS = "invaded|visited|annexed|conquered|occupied|captured|besieged"
_NOUN_BEFORE = re.compile(
    r"\b(?:(" + _ORG_NOUNS + r")|(" + _PLACE_NOUNS + r")|(" + _PLACE_VERBS + r"))"
    r"[^\S\n]+[\"“‘']?$"
)


# The words `_NOUN_BEFORE` looks for, and the quotation marks it allows after them.
_KINDS = ending_words("|".join([_ORG_NOUNS, _PLACE_NOUNS, _PLACE_VERBS]).split("|"))
QUOTES = "\"“‘'"


def _kind_before(text: str, start: int) -> re.Match[str] | None:
    """`_NOUN_BEFORE` in the 14 characters before `start`, searched only when one of its
    words ends them (as it must for a match)."""
    if word_ending(text, start, 14, QUOTES) not in _KINDS:
        return None
    return _NOUN_BEFORE.search(text, max(0, start - 14), start)


def _type_by_kind(mention: Mention, organisation: bool, lexicons: lx.Lexicons) -> None:
    """Type `mention` as the kind a cue word named: a body, else a place."""
    if organisation:
        mention.label, mention.canonical = "ORG", " ".join(mention.words)
    else:
        mention.label, mention.canonical = place_label(mention, lexicons.places)
    mention.method = "cue"


# "captured Bashar al-Assad's cousin": a possessor of kin or of a retinue is a person,
# whatever the verb before it; a town has no nephew ("captured Mosul's old city" stays).
_KIN_AFTER = re.compile(
    r"['’]s[^\S\n]+(?:cousins?|nephews?|nieces?|sons?|daughters?|brothers?|sisters?"
    r"|wife|wives|husband|father|mother|uncles?|aunts?|grand(?:son|daughter)s?"
    r"|bodyguards?|aides?|deputy|deputies|driver|family|relatives?|widow|in-laws?)\b"
)


# "the gang known as 400 Mawozo", "clan militias known as Macawisley": what a band is
# known as, or dubbed, is the band's name.
_KNOWN_AS = re.compile(
    r"\b(?:gangs?|groups?|militias?|factions?|movements?|networks?|coalitions?|alliances?"
    r"|cartels?|brigades?)[^\S\n]+(?:(?:also|locally|widely)[^\S\n]+)?"
    r"(?:known[^\S\n]+as|dubbed)[^\S\n]+(?:\d+[^\S\n]+)?[\"“‘']?$"
)
_KNOWN_AS_ENDS = frozenset(["as", "dubbed"])


def _body_known_as(text: str, start: int) -> bool:
    """Whether "<a band's noun> known as" (or "dubbed") ends the text before `start`."""
    if word_ending(text, start, 24, QUOTES + "0123456789 ") not in _KNOWN_AS_ENDS:
        return False
    return _KNOWN_AS.search(text, max(0, start - 48), start) is not None


def _typed_by_word_before(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """A guessed person (a name list's or the model's call), or a name nothing typed,
    right after a noun for an organisation or a place, or a verb whose object is a
    place, is of that kind instead. A name opening with a known first name is left to
    the name lists, and so are the possessor of kin ("captured Saddam Hussein's nephew")
    and, after a verb, a name shaped like an Arab person's ("captured Bashar al-Assad")."""
    # (Whether the article names anything so at all: two scans of the text, not a window
    # sliced at each name.)
    naming = "known as" in text or "dubbed" in text
    for mention in mentions:
        if not _still_open(mention):
            continue
        before = _kind_before(text, mention.start)
        if before is None:
            if naming and _body_known_as(text, mention.start):
                _type_by_kind(mention, True, lexicons)
            continue
        if before.group(3) and (
            _KIN_AFTER.match(text, mention.end) is not None or arabic_person_shape(mention.words)
        ):
            continue
        if before.group(1) == "carrier" and after_cargo_carrier(text, before.end(1)):
            continue  # "the bulk carrier Tutor": a ship (see `ships`), no airline
        _type_by_kind(mention, bool(before.group(1)), lexicons)


# "The Blindleia is a skerry-protected waterway that …", "Rezo was a small town in …",
# "Cabo Ligado, a conflict monitor, said": a copula, or the comma of an apposition, and
# an indefinite noun phrase whose head (the noun before a clause, a preposition or a
# stop) says what kind of thing the subject is. The noun phrase holds no preposition
# ("Smith, a member of the group,": the head is "member").
_COPULA_KIND = re.compile(
    r"(?:[^\S\n]+(?:is|was)|,)[^\S\n]+an?[^\S\n]+"
    r"(?:(?!(?:of|for|at|with|from|in|on|to|by)[^\S\n])[\w-]+[^\S\n]+){0,3}?"
    r"(?:(" + _ORG_NOUNS + r"|organisation|organization|charity|agency|manufacturer"
    r"|monitor|watchdog|faction|coalition|think[^\S\n]+tank)"
    r"|(" + _PLACE_NOUNS + r"|waterway|strait|channel|fjord|bay|peninsula|valley|desert"
    r"|mountain|district|county|municipality|settlement|canal|plateau|fortress)"
    r"|(" + "|".join([*sorted(VESSEL_NOUNS), *VESSEL_COMPOUNDS]).replace(" ", r"[^\S\n]+") + r"))"
    r"(?=[,.;:]|[^\S\n]+(?:that|which|in|on|of|near|with|where|located|situated|and"
    r"|between|along|at|founded|based|whose)\b)"
)


# The nouns for a settlement: in apposition too they type the name ("Nyabibwe, a mining
# town in South Kivu"), as no school or firm is called a town or a village.
_SETTLEMENT_NOUNS = frozenset(["village", "town", "city", "hamlet", "township"])


def _typed_by_copula(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """A name nothing typed, or a guessed person not opening with a first name, that is
    the subject of "is a <kind>" takes that kind: a place's or a body's noun classifies
    its subject ("The Blindleia is a skerry-protected waterway"). A body's noun in
    apposition does too; a place's does not ("Butler Tech, a joint vocational district",
    a school's district), unless it is a settlement's (`_SETTLEMENT_NOUNS`). A vessel's
    noun makes the name a ship's ("the Sounion, an oil tanker,"; a "carrier" only after
    a cargo's noun, "a car carrier": "Ryanair, a low-cost carrier," is an airline; see
    `ships`)."""
    for mention in mentions:
        if not _still_open(mention):
            continue
        kind = _COPULA_KIND.match(text, mention.end)
        if kind is None:
            continue
        if kind.group(3):
            named_by_cue(mention, "PRODUCT")  # "Sounion, a Greek-flagged tanker,": a ship
        elif kind.group(2) in _SETTLEMENT_NOUNS:
            place = lexicons.places.get(" ".join(mention.words))
            named_by_cue(mention, "GPE")  # a settlement, however many words name it
            if place is not None:
                mention.canonical = place.canonical
        elif kind.group(1) or kind.group(0)[0] != ",":
            _type_by_kind(mention, bool(kind.group(1)), lexicons)


# "Makiivka lies east of Donetsk", "Boni, which is located 80 km south of Hombori": a
# name that lies or is located at a bearing from somewhere is a place; a person stands
# or sits there, but is not "located north of" anything.
_BEARING_AFTER = re.compile(
    r"(?:,[^\S\n]+(?:which|that))?[^\S\n]+(?:lies|lay|is[^\S\n]+located|is[^\S\n]+situated)"
    r"[^\S\n]+(?:(?:about|some|around|roughly|nearly|just)[^\S\n]+)?"
    r"(?:[\d,.]+[^\S\n]+(?:km|kilometres|kilometers|miles)[^\S\n]+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?[^\S\n]+of\b"
)


def _placed_by_bearing(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """An open call that lies or is located north, south, east or west of somewhere
    (`_BEARING_AFTER`) is a place."""
    for mention in mentions:
        if _still_open(mention) and _BEARING_AFTER.match(text, mention.end) is not None:
            _type_by_kind(mention, False, lexicons)


# "Duke of Cumberland and Strathearn", "King of Castile and Leon": a title's domains.
_SECOND_DOMAIN = re.compile(
    r"\b(?:Duke|Duchess|Earl|Countess|Marquess|Marquis|Baron|Baroness|Viscount|Prince"
    r"|Princess|King|Queen|Lord|Bishop|Archbishop|Emperor|Count)[^\S\n]+of[^\S\n]+"
    r"[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2}[^\S\n]+and[^\S\n]+$"
)


def _second_domains(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """'Duke of Cumberland and Strathearn': the name joined to a title's domain is a
    second domain, a place, not the person a name list or the model guessed."""
    for mention in mentions:
        if not _still_open(mention):
            continue
        if ends_with(text, mention.start, 60, _SECOND_DOMAIN, ("and",)):
            _type_by_kind(mention, False, lexicons)


_ACCORDING_TO = re.compile(r"\b[Aa]ccording[^\S\n]+to[^\S\n]+$")


def _cited_sources(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """'According to Parker, …': the source cited is a person or a body, so a town's name
    that is also a personal name, matched only by the gazetteer and closing the phrase
    (not "according to Cleveland police"), is the person."""
    for mention in mentions:
        if (
            len(mention.words) == 1
            and mention.label == "GPE"
            and mention.method in ("gazetteer", "bare-gazetteer")
            and lx.name_like(mention.words[0], lexicons)
            and _ACCORDING_TO.search(text, max(0, mention.start - 14), mention.start)
            and text[mention.end : mention.end + 1] in (",", ".", ";")  # not "Cleveland police"
        ):
            mention.label, mention.canonical = "PERSON", mention.words[0]
            mention.method = "context"


# Nouns a company's name modifies and a person's does not: "Nectar cardholders", "Uber
# drivers", "Eon's customers" (not "account" or "tariff": "a PayPal account" names the
# service, no mention).
_BODY_NOUN_AFTER = re.compile(
    r"(?:['’]s?)?[^\S\n]+(?:customers|cardholders|subscribers|shareholders|stockholders"
    r"|employees|staffers|executives|shares|stores|outlets|users|drivers|franchise"
    r"|subsidiary|headquarters)\b"
)
# "Wagner chief Yevgeny Prigozhin", "Hamas leader Yahya Sinwar": a name before a title
# noun and the holder's name is the body the title is held in; a person holds no chief.
_TITLE_HELD_AFTER = re.compile(
    r"[^\S\n]+(?:chief|leader|commander|spokesman|spokeswoman|spokesperson|founder|boss)"
    r"[^\S\n]+[A-Z][a-z]"
)


def _named_in_full(mentions: list[Mention]) -> frozenset[str]:
    """The last words of the people the article names in full ("Khalifa Haftar")."""
    return frozenset(m.words[-1] for m in mentions if m.label == "PERSON" and len(m.words) > 1)


def _bodies_by_noun_after(
    mentions: list[Mention],
    text: str,
    lexicons: lx.Lexicons,
    params: EntityParams,
    named_in_full: frozenset[str],
) -> None:
    """A one-word name that only a name list or the model took for a person, or that
    nothing typed, modifying a noun only a body's name modifies ("Nectar cardholders",
    "Uber drivers") or holding a title ("Wagner chief Yevgeny Prigozhin") is an
    organisation; a name opening with a first name stays a person. Before a title the
    word must be the whole name: not the end of a longer one ("Lib Dem leader", "Home
    Affairs spokesman"), an ordinary word ("Party leader") or a former one ("Ex-Labour")."""
    for mention in mentions:
        if len(mention.words) != 1 or not _still_open(mention):
            continue
        if _BODY_NOUN_AFTER.match(text, mention.end) is not None or (
            _TITLE_HELD_AFTER.match(text, mention.end) is not None
            and _whole_body_name(mention, text, lexicons, params)
        ):
            mention.label, mention.canonical = "ORG", mention.words[0]
            mention.method = "cue"
        elif (one_body := _one_body(mention, text)) or (
            mention.label == "PERSON" and _band_after(text, mention.end)
        ):
            _band_of_fighters(mention, text, one_body, named_in_full)


# Nouns for one armed body (its units, in the plural): "the Radaa militia", "the Azov
# brigade", "the Qassam brigades", "Danab special forces" (a unit's name; a people's
# are "Somali special forces", a demonym the lists know); "militias" are as often many
# bands of one people.
_ONE_BODY_NOUNS = (
    *"militia brigade brigades battalion battalions regiment regiments".split(),
    "special forces",
)
# Other nouns for fighters a name modifies, all plural ("Wagner mercenaries", "Tuareg
# rebels", "Wazalendo militias"); not "forces" or "loyalists", which a leader's name
# does ("Gaddafi forces").
_FIGHTERS_NOUNS = tuple(
    """fighters rebels militants mercenaries militiamen insurgents jihadists guerrillas
    militias paramilitaries""".split()
)
_MILITIAS_AFTER = re.compile(r"[^\S\n]+militias\b")
# What the article calls a band by its name: "the Wagner group", "the Haqqani network".
_BODY_WORDS = (" group", " Group", " network", " Network", " movement", " Movement")


def _noun_after(nouns: tuple[str, ...]) -> re.Pattern:
    """A pattern for line space and then one of `nouns`."""
    return re.compile(r"[^\S\n]+(?:" + "|".join(nouns) + r")\b")


_MERCENARIES_AFTER = _noun_after(("mercenaries",))


def _initials(nouns: tuple[str, ...]) -> frozenset[str]:
    """The first letters of `nouns`, asked (`space_then`) before the pattern, since most
    names are followed by a verb or a mark."""
    return frozenset(noun[0] for noun in nouns)


# Fighters of either kind: "Wagner mercenaries", "the Azov brigade".
_BAND_AFTER = _noun_after(_FIGHTERS_NOUNS + _ONE_BODY_NOUNS)
_ONE_BODY_AFTER = _noun_after(_ONE_BODY_NOUNS)
_BAND_INITIALS = _initials(_FIGHTERS_NOUNS + _ONE_BODY_NOUNS)
_ONE_BODY_INITIALS = _initials(_ONE_BODY_NOUNS)


def _band_after(text: str, end: int) -> bool:
    """Whether a noun for a band of fighters follows `end`."""
    return space_then(text, end, _BAND_INITIALS) and _BAND_AFTER.match(text, end) is not None


def _one_body(mention: Mention, text: str) -> bool:
    """Whether a noun for one armed body follows the name, which names it."""
    end = mention.end
    return (
        space_then(text, end, _ONE_BODY_INITIALS) and _ONE_BODY_AFTER.match(text, end) is not None
    )


def _band_of_fighters(
    mention: Mention, text: str, one_body: bool, named_in_full: frozenset[str]
) -> None:
    """'Wagner mercenaries', 'Tuareg rebels': one word modifying a plural noun for a band
    of fighters names no person but the band, or the people it is raised from; a person
    guess so placed is the organisation when the article also calls it a group or a
    network ("the Wagner group"), or when it names one body ("the Radaa militia", "the
    Azov brigade", an untyped name too; `one_body`), else the people (NORP). A name only
    the model took for a person, on no list of peoples or names, before "militias" is the
    movement the militias call themselves ("Wazalendo militias", "Janjaweed militias"):
    a people's militias are named by a demonym the lists know ("Shia militias").
    Mercenaries serve whoever hires them: a name before "mercenaries" that no list of
    peoples holds is the outfit's ("Wagner mercenaries"). A name the name lists know as a
    person's names no people either: fighters named after a person are the person's
    band ("Wagner fighters"), unless the article names that person in full ("Khalifa
    Haftar … Haftar fighters"), whose fighters they are: the guess stays."""
    word = mention.words[0]
    listed_person = mention.method == "name"
    if listed_person and word in named_in_full and not one_body:
        return  # "Khalifa Haftar … Haftar fighters": the leader's fighters
    if (
        one_body
        or listed_person
        or any(word + noun in text for noun in _BODY_WORDS)
        or (mention.method == "model" and _MILITIAS_AFTER.match(text, mention.end) is not None)
        or _MERCENARIES_AFTER.match(text, mention.end) is not None
    ):
        mention.label, mention.canonical = "ORG", word
    else:
        mention.label, mention.canonical = "NORP", word
    mention.method = "cue"


def _bands_named_like_towns(mentions: list[Mention], text: str) -> None:
    """'Fano militiamen', 'the Azov brigade': a word only a small town's gazetteer entry
    made a place (no cue, `bare-gazetteer`) modifying a noun for a band of fighters names
    the band, an organisation. A town the article places elsewhere ("in Fano") is where
    the fighters come from, and a large city ("Kandahar fighters") was never so guessed.
    So does a code the gazetteer has as a town's other name ("ADF rebels": Adıyaman's
    airport), which no news writes for the town."""
    bands = [
        m
        for m in mentions
        if m.method in _TOWN_GUESS and len(m.words) == 1 and _band_after(text, m.end)
    ]
    for band in bands:
        if _town_code(band) if band.method == "gazetteer" else _placed_nowhere(band, mentions):
            band.label, band.canonical, band.method = "ORG", band.words[0], "cue"


def _town_code(mention: Mention) -> bool:
    """A capitals-only word the gazetteer typed as a town of another name ("ADF")."""
    word = mention.words[0]
    return word.isupper() and word.isalpha() and mention.canonical != word


def _placed_nowhere(mention: Mention, mentions: list[Mention]) -> bool:
    """No other mention of the word is a place on more than the gazetteer's say."""
    words = mention.words
    return not any(
        m.words == words and m.label in _PLACE_LABELS and m.method != "bare-gazetteer"
        for m in mentions
    )


def _whole_body_name(
    mention: Mention, text: str, lexicons: lx.Lexicons, params: EntityParams
) -> bool:
    """The one word is a body's whole name: no capitalised word before it but a title
    ("Former Yukos boss"), not a word running text writes lower-case, not a former body
    ("Ex-Labour"), not a body's noun alone ("Party leader Keir Starmer"), not a title's
    adjective ("Supreme leader")."""
    word = mention.words[0]
    before = text[max(0, mention.start - 40) : mention.start].split()
    return (
        not (before and before[-1][:1].isupper() and before[-1] not in lx.CORE_TITLES)
        and not is_common(word, lexicons, params)
        and not word.lower().startswith("ex-")
        and word not in lx.ORG_HEADS
        and word not in lx.TITLE_ADJECTIVES
    )


def other_names_of_places(mentions: list[Mention], text: str) -> None:
    """'the river Nestus (Mesta)', 'Italy (Pithekoussae, Cumae)': brackets right after a
    place that hold nothing but names give its other name or its parts, so a one-word
    name nothing typed, or a person call a name list or the model guessed, takes the
    place's type. Brackets with other words ("Southsea (to which Trix had returned)") are
    a remark. Runs before the model (its unexplained names are not the model's to drop)
    and again after it (for its person calls)."""
    for place in mentions:
        if place.label not in _PLACE_LABELS or text[place.end : place.end + 2] != " (":
            continue
        close = text.find(")", place.end)
        inside = [m for m in mentions if place.end < m.start and m.end <= close]
        if close < 0 or not inside:
            continue
        bounds = [place.end + 2, *(b for m in inside for b in (m.start, m.end)), close]
        gaps = [text[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)]
        if gaps[0] or gaps[-1] or any(gap not in LIST_GAPS for gap in gaps[1:-1]):
            continue
        for mention in inside:
            if len(mention.words) == 1 and (
                mention.label == UNKNOWN
                or (mention.label == "PERSON" and mention.method in GUESSED_PERSON)
            ):
                mention.label, mention.canonical = place.label, mention.words[0]
                mention.method = "context"


# "Stepanakert, which Azerbaijan calls Khankendi", "Bakhmut, which Moscow calls
# Artyomovsk", "Kobani, known locally as Ain al-Arab": the name others give a place
# (or a body) right after it, a comma and the phrase. The caller's name is one or two
# capitalised words or a pronoun; "known" takes at most three words before "as".
_CALLED_AFTER = re.compile(
    r",[^\S\n]+(?:(?:which|what)[^\S\n]+(?:[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?|it|they"
    r"|locals|residents)[^\S\n]+(?:calls|call|called|renamed|names)"
    r"|(?:[a-z]+[^\S\n]+)?known(?:[^\S\n]+[\w'’-]+){0,3}?[^\S\n]+as)[^\S\n]+(?:the[^\S\n]+)?"
)


def _names_others_give(
    open_calls: list[Mention], mentions: list[Mention], text: str, first_names: frozenset[str]
) -> None:
    """A name nothing typed, or only a guess called a person, right after a place's, a
    body's or a person's name, a comma and "which X calls" or "known as" is its other
    name ("Mohamed Hamdan Dagalo, known as Hemedti"): it takes that type. A person's
    name must be no bare guess (`unnamed_guess`)."""
    by_start = {m.start: m for m in open_calls}
    for named in mentions:
        if text[named.end : named.end + 1] != ",":
            continue
        if unnamed_guess(named, first_names):
            continue
        if named.label != "PERSON" and (
            named.label not in (*_PLACE_LABELS, "ORG") or named.method in GUESSED_PERSON
        ):
            continue
        called = _CALLED_AFTER.match(text, named.end)
        mention = by_start.get(called.end()) if called is not None else None
        if mention is not None and _still_open(mention):
            mention.label, mention.canonical = named.label, " ".join(mention.words)
            mention.method = "context"


# Verbs only a person is the subject of: a town does not marry, joke or die.
_PERSON_DEED = re.compile(
    r"[^\S\n]+(?:mocked|married|joked|quipped|tweeted|espoused|smiled|laughed|grinned"
    r"|wept|died|was[^\S\n]+born)\b"
)
# What only a person has: a life's end, kin, a life story ("Arafat's death", "Ben's wife").
_PERSON_POSSESSION = re.compile(
    r"[^\S\n]?['’]s[^\S\n]+(?:death|passing|funeral|burial|assassination|widow|widower"
    r"|wife|husband|son|daughter|sons|daughters|mother|father|brother|sister|birthday"
    r"|memoir|memoirs|biography|autobiography)\b"
)
# "Clinton as First Lady", "Cumberland as Lord Chancellor": a role a person holds.
_ROLE_AFTER = re.compile(
    r"[^\S\n]+as[^\S\n]+(?:the[^\S\n]+)?(?:(?:"
    + "|".join(sorted(re.escape(w) for w in lx.TITLE_MODIFIERS))
    + r")[^\S\n]+)?(?:"
    + "|".join(sorted(re.escape(w) for w in lx.CORE_TITLES if w[-1] != "."))
    + r"|president|governor|mayor|senator|minister|secretary|ambassador|king|queen)\b"
)
# Before a place a role is held in, not by: "served in Clinton as mayor", "a visit to
# the Southland as president".
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|into|near|across|around|throughout|outside|the)[^\S\n]+$"
)
_PLACE_PREPOSITIONS = "in|at|of|from|to|near|across|around|throughout|into|outside"
_PLACE_PREPOSITION = re.compile(r"\b(?:" + _PLACE_PREPOSITIONS + r")[^\S\n]+$")
_TOWN_GUESS = frozenset(["gazetteer", "bare-gazetteer"])
_PREPOSITION_WORDS = tuple(_PLACE_PREPOSITIONS.split("|"))


def _people_by_deed(mentions: list[Mention], text: str) -> None:
    """'Obama mocked', 'Cumberland married a young widow': a one-word name only the
    gazetteer made a town, doing what only a person does, is a person, and so is every
    other gazetteer-only mention of that word in the article (one name, one sense).
    Not after a preposition: "many in Aleppo died" is about the town's people, and "the
    Duke of Cumberland" names the place of the title. What only a person has ("the
    implications of Arafat's death") settles it even there: the preposition governs the
    possessor's phrase, and so does a role only a person holds ("the criticism of Clinton
    as First Lady"). A deed also settles a name list's person guess against the town."""
    guesses = [m for m in mentions if len(m.words) == 1 and m.method in _TOWN_GUESS]
    owners = [
        m
        for m in guesses
        if _PERSON_POSSESSION.match(text, m.end) is not None
        or (
            _ROLE_AFTER.match(text, m.end) is not None
            and _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start) is None
        )
    ]
    towns = [
        mention
        for mention in guesses
        if not ends_with(text, mention.start, 12, _PLACE_PREPOSITION, _PREPOSITION_WORDS)
    ]
    people = {town.words[0] for town in towns if _PERSON_DEED.match(text, town.end) is not None}
    people.update(owner.words[0] for owner in owners)
    for town in towns + owners:
        if town.words[0] in people:
            town.label, town.canonical, town.method = "PERSON", town.words[0], "cue"
    for mention in mentions:
        # A name list's person guess doing what only a person does is settled: a town
        # of that name elsewhere in the article ("Duke of Cumberland") does not undo it.
        if (
            len(mention.words) == 1
            and mention.label == "PERSON"
            and mention.method in GUESSED_PERSON
            and _PERSON_DEED.match(text, mention.end) is not None
        ):
            mention.method = "cue"


_KIN = (
    "son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|uncle|aunt"
    "|cousin|grandson|granddaughter|grandfather|grandmother|widow|stepson|stepdaughter"
)
_KIN_BEFORE = re.compile(r"\b(?:his|her|their|my|our|your)[^\S\n]+(?:" + _KIN + r")[^\S\n]+$")
_KIN_WORDS = tuple(_KIN.split("|"))
_REFLEXIVE_AFTER = re.compile(r"[^\S\n]+(?:himself|herself)\b")
_SPOKESPERSON_AFTER = re.compile(r"[^\S\n]+(?:spokesman|spokeswoman|spokesperson)\b")
# "Stalin had begun", "Tiberius reportedly regretted", "Jokowi sought": a past action.
_PAST_ACTION_AFTER = re.compile(
    r"[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?:had[^\S\n]+)?(?:took|sought|wrote|told|began|begun"
    r"|became|met|gave|won|lost|[a-z]{2,}ed)\b"
)

# "the Holocaust opened", "the US Marines took": a person's name takes no article.
_THE_BEFORE = re.compile(r"\b[Tt]he[^\S\n]+(?:[A-Z][\w.]*[^\S\n]+)?$")
_NAME_ENDINGS_IN_S = ("us", "is", "ss", "as", "os")


def _unexplained_word(mention: Mention, lexicons: lx.Lexicons, params: EntityParams) -> bool:
    """One word no list knows that running text does not write lower-case, and no
    plural ("Marines", "Earldoms", "Gunmen"); "-us", "-is", "-ss" end names ("Tiberius").
    A capitalised particle may open it ("De Gaulle", "Van Gogh")."""
    words = mention.words
    if len(words) == 2 and words[0].lower() in lx.NAME_PARTICLES and words[0].istitle():
        words = words[1:]
    if len(words) != 1:
        return False
    word = words[0]
    return (
        not is_common(word, lexicons, params)
        and (not word.endswith("s") or word.endswith(_NAME_ENDINGS_IN_S))
        and not men_plural(word, lexicons)
        and not _gerund(word, lexicons, params)
    )


def _gerund(word: str, lexicons: lx.Lexicons, params: EntityParams) -> bool:
    """'Shelling killed 12 people', 'Bombing destroyed …': a capitalised "-ing" form of an
    ordinary verb ("shell", "bomb", "strike" in "Striking") is a noun for an act opening
    the sentence, not a name doing it. A listed name ("Harding", "Manning") stays."""
    if not word.endswith("ing") or len(word) < 6 or lx.name_like(word, lexicons):
        return False
    stem = word[:-3].lower()
    stems = (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem)
    return any(is_common(s, lexicons, params) for s in stems)


def _person_cue(mention: Mention, text: str, lexicons: lx.Lexicons, params: EntityParams) -> bool:
    """A relative ("his nephew Rastiz", "a descendant of X"), a film's cast ("starring
    LaBeouf"), an office in apposition ("Minni Minnawi, the Darfur governor,"; it is
    one person's), the subject of "herself", one unexplained word doing something in the
    past ("Stalin had begun"), or unexplained words meeting, phoning, appointing or
    dismissing someone, or met, phoned, appointed or dismissed (`_DEALING_AFTER`,
    `_DEALT_WITH_BEFORE`): what is done between people, not to a body."""
    if _REFLEXIVE_AFTER.match(text, mention.end) is not None:
        return not mention.words[-1].endswith("ing")  # "Cloaking himself in …"
    if ends_with(text, mention.start, 32, _KIN_BEFORE, _KIN_WORDS):
        return True
    if person_before(text, mention.start):
        return True
    if _office_apposition(mention, text):
        return _unexplained_name(mention, lexicons, params)
    past = _PAST_ACTION_AFTER.match(text, mention.end) is not None
    dealing = _DEALING_AFTER.match(text, mention.end) is not None or (
        word_ending(text, mention.start, 20) in _DEALT_WITH_WORDS
        and _DEALT_WITH_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None
    )
    if not (past or dealing):
        return False
    if _THE_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None:
        return False
    return (past and _unexplained_word(mention, lexicons, params)) or (
        dealing and _unexplained_name(mention, lexicons, params)
    )


# Verbs of dealings between people: "Syrskyi met Zelensky", "Ruto phoned Abiy". A body
# meets too ("the council met on Monday"), so "met" takes a named object here.
_DEALING_AFTER = re.compile(
    r"[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?:(?:met|meets)(?:[^\S\n]+with)?[^\S\n]+(?=[A-Z])"
    r"|phoned|telephoned|shook[^\S\n]+hands)\b"
)
# Verbs whose object is a person: one is met, phoned, appointed, dismissed or replaced;
# not "fired" ("fired Grad rockets") nor "spoke to" ("spoke to Ukrainska Pravda").
_DEALT_WITH = (
    "met|meeting|phoned|telephoned|appointed|appoints|appointing|dismissed|dismisses"
    "|dismissing|sacked|sacks|sacking|replaced|replaces|replacing|succeeded|promoted|demoted"
)
_DEALT_WITH_BEFORE = re.compile(r"(?<![\w-])(?:" + _DEALT_WITH + r")(?:[^\S\n]+with)?[^\S\n]+$")
_DEALT_WITH_WORDS = frozenset([*_DEALT_WITH.split("|"), "with"])


def _unexplained_name(mention: Mention, lexicons: lx.Lexicons, params: EntityParams) -> bool:
    """One to three capitalised words no list knows and running text does not write
    lower-case, none a body's or a place's noun: a name, and of no body or place."""
    words = mention.words
    if len(words) == 1:
        return _unexplained_word(mention, lexicons, params)
    return len(words) <= 3 and all(
        word[1:].replace("-", "").isalpha()
        and word[1:].islower()
        and not is_common(word, lexicons, params)
        and word not in lexicons.places
        and word not in PLACE_OR_ORG_HEADS
        for word in words
    )


def _unknown_by_cue(
    mentions: list[Mention], text: str, lexicons: lx.Lexicons, params: EntityParams
) -> None:
    """A name nothing typed, named by the words around it: a person's (`_person_cue`),
    or a body's, which has a spokesman ("a Harley-Davidson spokeswoman")."""
    for mention in mentions:
        if mention.label != UNKNOWN or mention.method == "dropped":
            continue
        if _SPOKESPERSON_AFTER.match(text, mention.end) is not None:
            named_by_cue(mention, "ORG")
        elif _person_cue(mention, text, lexicons, params):
            named_by_cue(mention, "PERSON")


# "Minni Minnawi, the Darfur governor,": an apposition naming an office one person holds
# (a singular noun, before a mark or "of") says the name is that person's; no body or
# place is "the governor" or "the commander".
_OFFICE_APPOSITION = re.compile(
    r",[^\S\n]+the[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,3}?(?:governor|president|minister"
    r"|commander|leader|spokesman|spokeswoman|mayor|envoy|ambassador|chairman|chairwoman"
    r"|founder|emir|warlord|ruler|deputy)(?=[,.;]|[^\S\n]+of\b)"
)


def _office_apposition(mention: Mention, text: str) -> bool:
    """Whether an office one person holds is in apposition after the name
    (`_OFFICE_APPOSITION`); the comma and "the" are asked first."""
    return (
        text.startswith(", the ", mention.end)
        and _OFFICE_APPOSITION.match(text, mention.end) is not None
    )


def people_the_rules_dropped(
    mentions: list[Mention], text: str, lexicons: lx.Lexicons, params: EntityParams
) -> None:
    """'Zelensky dismissed Hennadiy Prykhodchuk.': a name of two or three words no rule
    types is dropped before the context passes, and the model drops it where nothing
    follows; a verb of dealings between people before or after it (`_person_cue`) names
    a person all the same, as does an office in apposition after it ("Minni Minnawi, the
    Darfur governor,"). (The verb's word is looked up before any pattern is asked.)"""
    for mention in mentions:
        if mention.method != "dropped" or mention.label != UNKNOWN:
            continue
        if not 2 <= len(mention.words) <= 3:
            continue
        dealing = (
            word_ending(text, mention.start, 20) in _DEALT_WITH_WORDS
            or _DEALING_AFTER.match(text, mention.end) is not None
        )
        if (dealing and _person_cue(mention, text, lexicons, params)) or (
            _office_apposition(mention, text) and _unexplained_name(mention, lexicons, params)
        ):
            named_by_cue(mention, "PERSON")


# A list member typed this surely fixes the type of the weakly typed members beside it.
_LIST_STRONG = frozenset(["lexicon", "head"])
_LIST_WEAK = frozenset(
    ["name", "model", "context", "fallback", "bare-gazetteer", "acronym", "unknown"]
)


def _coordinated(runs: list[list[Mention]], text: str) -> list[list[Mention]]:
    """The runs joined by list punctuation and a conjunction ("A, B and C"); a comma
    alone is as often an apposition ("the White House, Hillary Clinton")."""
    return [
        run
        for run in runs
        if len(run) > 1 and any(text[a.end : b.start] != ", " for a, b in pairwise(run))
    ]


def _list_types(coordinated: list[list[Mention]], text: str, places: dict) -> None:
    """'Reddit, Twitter and Spotify': coordinated names share a type, so a member a list
    or head noun types surely re-types the one-word members only a weak guess typed.

    Two names are no list ("a gesture to Abbas and Fatah" joins a man and a party), a
    place list needs two sure places ("Brown and Jordan" may be two people), an
    acronym becomes no place, and a gazetteer town stays one ("Middletown, Trenton and
    Monroe" after a chamber of commerce)."""
    for group in coordinated:
        strong = Counter(
            COARSE_LABELS[m.label]
            for m in group
            if m.label in COARSE_LABELS and m.method in _LIST_STRONG
        )
        if len(strong) != 1:
            continue
        ((coarse, count),) = strong.items()
        if (coarse == "LOC" and count < 2) or len(group) < 3:
            continue
        for item in group:
            if (
                len(item.words) > 1
                or item.method not in _LIST_WEAK
                or COARSE_LABELS.get(item.label) == coarse
                or (coarse == "LOC" and item.method == "acronym")
                or (coarse != "LOC" and item.words[0] in places)
            ):
                continue
            surface = " ".join(text[item.start : item.end].split())
            if coarse == "LOC":
                item.label, item.canonical = place_label(item, places)
            else:
                item.label, item.canonical = ("PERSON" if coarse == "PER" else "ORG"), surface
            item.method = "list"


def place_label(mention: Mention, places: dict) -> tuple[str, str]:
    place = places.get(" ".join(mention.words))
    if place is not None:
        return place.label, place.canonical
    return ("GPE" if len(mention.words) == 1 else "LOC"), " ".join(mention.words)


_PLACE_LABELS = ("GPE", "LOC", "FAC")
# A capitalised word or a title joined to the front of a repeat makes it the tail of a
# longer name ("North Arlington", "Thomas Ravenel", "Mr. Hudson"), which names something
# else; a word ending a sentence ("in Ohio. Mansfield police") does not.
_CAPITAL_BEFORE = re.compile(r"(?:[A-Z][\w'’]*|[A-Z][a-z]{0,2}\.)[- ]$")
# "DAC", "TIF": a short all-capital word names an organisation or a scheme as often.
_ACRONYM = re.compile(r"[A-Z]{2,4}")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”]\s*|\n\s*)$")


def repeated_places(
    mentions: list[Mention], text: str, lexicons: lx.Lexicons, params: EntityParams
) -> list[Mention]:
    """'… in Mansfield. … the annual Mansfield Reads!': a place's exact name, repeated
    where no mention stands, is the same place (one name, one sense per article). Only a
    name the gazetteer, a lexicon or a place cue typed is repeated, never a guess; not
    the tail of a longer name, and not a sentence's first word news mostly writes
    lower-case, where the capital says nothing. A repeat heading a longer name
    ("Mansfield Public Library") is the place, as a nested place is."""
    places: dict[str, Mention] = {}
    for mention in mentions:
        if mention.label not in _PLACE_LABELS or mention.method not in _PLACE_EVIDENCE:
            continue
        surface = text[mention.start : mention.end]
        if surface[:1].isupper() and not _ACRONYM.fullmatch(surface):
            places.setdefault(surface, mention)
    if not places:
        return []
    taken = bytearray(len(text))
    for mention in mentions:
        taken[mention.start : mention.end] = b"\1" * (mention.end - mention.start)
    found: list[Mention] = []
    # Longer names first, so "Mansfield County" is not read again as "Mansfield".
    for surface in sorted(places, key=lambda name: (-len(name), name)):
        source = places[surface]
        for start in _occurrences(text, surface):
            end = start + len(surface)
            if taken.find(1, start, end) >= 0:
                continue
            before = text[max(0, start - 40) : start]
            if _CAPITAL_BEFORE.search(before):
                continue
            if _SENTENCE_START.search(before) and is_common(source.words[0], lexicons, params):
                continue
            taken[start:end] = b"\1" * (end - start)
            found.append(
                Mention(start, end, list(source.words), source.label, source.canonical, "coref")
            )
    return found


_WORD_BEFORE = re.compile(r"[\w.'’-]")
# After the name: a word character or a hyphen continues the word ("Hudsonville",
# "Hudson-Smith"), and so does a mark before one ("Hudson's", "Hudson.com").
_WORD_AFTER = re.compile(r"[\w-]|[.'’]\w")


def _occurrences(text: str, surface: str) -> list[int]:
    """Where `surface` stands as whole words (str.find, not a regex per name: cheap)."""
    out = []
    start = text.find(surface)
    while start >= 0:
        end = start + len(surface)
        if (start == 0 or not _WORD_BEFORE.match(text, start - 1)) and not _WORD_AFTER.match(
            text, end
        ):
            out.append(start)
        start = text.find(surface, end)
    return out
