"""Named-entity mentions of one article: a pure function, text in, rows out.

Candidates come from one regex pass over capitalised runs (`candidates`), are typed by
lexicons, head nouns, titles and context (`classify`), grouped under canonical keys
(`keys`), and numbered in text order. Lexicons load once per process.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from itertools import pairwise

from dataset.entities import lexicon as lx
from dataset.entities import model as mdl
from dataset.entities.candidates import pieces
from dataset.entities.classify import UNKNOWN, Mention, classify, name_like
from dataset.entities.keys import entity_key, resolve
from dataset.entities.model import COARSE_LABELS, MentionModel
from dataset.entities.nesting import PLACE_LED, ROAD_HEADS, Nested, nested_places
from dataset.entities.params import EntityParams
from dataset.entities.person_forms import extend_people
from dataset.text.sentences import sentence_spans

_FAC_TRAILER = re.compile(r"[^\S\n]+(?:" + "|".join(re.escape(t) for t in lx.FAC_TRAILERS) + r")\b")
_PLURAL_TRAILER = re.compile(r"[^\S\n]+(" + "|".join(sorted(lx.PLURAL_TRAILERS)) + r")\b")
_NAME_SUFFIX = re.compile(r",?[^\S\n](?:Jr|Sr)\.?(?!\w)")
# "Henry I", "Mojmír I": the candidate scan stops at "I" (the pronoun), not at "II".
_FIRST_OF_NAME = re.compile(r"[^\S\n]I(?![\w'’-])")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,5}s$")
_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
_LIST_GAPS = frozenset([", ", " and ", ", and ", " or ", ", or ", " & "])
_ROAD_NUMBER = re.compile(r"[^\S\n]+\d{1,4}[A-Z]?\b")
_ORG_TRAILER = re.compile(r"[^\S\n]+(?:" + "|".join(sorted(lx.ORG_TRAILERS)) + r")\b")
_GPE_TRAILER = re.compile(r"[^\S\n]+(?:" + "|".join(sorted(lx.GPE_TRAILERS)) + r")\b")
# Labels a trailing "crossing"/"city" may re-type; a demonym or known org keeps its own.
_RETYPABLE = frozenset(["GPE", "LOC", "FAC", "PERSON", "ORG"])
_STRONG_METHODS = frozenset(["lexicon", "title"])


def _apply_trailers(mention: Mention, text: str) -> None:
    """'Bagram airfield' names the facility Bagram; 'Qala-i-Naw city' a city.

    The lower-case noun types the name but stays outside the mention, as in the gold
    annotation: the name is what a gazetteer or a reader can look up.

    An UNKNOWN mention is a name nothing typed: typed here, or left for the article pass.
    """
    if mention.label and mention.label not in _RETYPABLE:
        return
    if mention.words[-1] in lx.ROAD_WORDS:
        number = _ROAD_NUMBER.match(text, mention.end)
        if number is not None:
            mention.end = number.end()
            mention.canonical = text[mention.start : mention.end]
            mention.label, mention.method = "FAC", "trailer"
            return
    if mention.method in _STRONG_METHODS and mention.label != "GPE":
        return
    if _FAC_TRAILER.match(text, mention.end) is not None:
        mention.label = "FAC"
        mention.method = "trailer"
        return
    if _ORG_TRAILER.match(text, mention.end) is not None:
        mention.label, mention.canonical, mention.method = "ORG", " ".join(mention.words), "trailer"
        return
    if mention.method in _STRONG_METHODS:
        return
    if _GPE_TRAILER.match(text, mention.end) is not None:
        mention.label = "GPE"
        mention.method = "trailer"


def _retypable(mention: Mention) -> bool:
    return mention.label == UNKNOWN or (
        mention.label in _RETYPABLE and mention.method not in _STRONG_METHODS
    )


def _type_lists(mentions: list[Mention], text: str) -> None:
    """'Helmand and Kandahar provinces': the plural noun types every name of the list."""
    for index, mention in enumerate(mentions):
        trailer = _PLURAL_TRAILER.match(text, mention.end)
        if trailer is None:
            continue
        label = lx.PLURAL_TRAILERS[trailer.group(1)]
        j = index
        while j >= 0 and _retypable(mentions[j]):
            item = mentions[j]
            item.label, item.method = label, "trailer"
            if j == 0 or text[mentions[j - 1].end : item.start] not in _LIST_GAPS:
                break
            j -= 1


def _list_runs(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """The mentions in runs joined by list punctuation ("A, B and C"); a lone one is a run."""
    runs: list[list[Mention]] = []
    for mention in mentions:
        if runs and text[runs[-1][-1].end : mention.start] in _LIST_GAPS:
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return runs


# Decisions a list of places may overrule: a name list's guess, the model's, or none.
_WEAK_PERSON = frozenset(["name", "model", "unknown", "fallback", "context"])
_PLACE_EVIDENCE = frozenset(["gazetteer", "bare-gazetteer", "lexicon", "cue"])


def _place_lists(mentions: list[Mention], places: dict, text: str) -> None:
    """'Cleveland, Columbus, Dayton and Cincinnati', 'Newark, Heath and Pataskala': a
    name listed among places the rules are sure of is a place too, not a surname."""
    for items in _list_runs(mentions, text):
        if len(items) < 2 or not any(
            m.label == "GPE" and m.method in _PLACE_EVIDENCE for m in items
        ):
            continue
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


_IN = re.compile(r"(?:^|[^\w])[Ii]n[^\S\n]+$")
_POSSESSIVE = re.compile(r"[^\S\n]?['’]s?(?!\w)")
# Person calls that context may overrule: a name list's or the model's guess, not a title's.
_GUESSED_PERSON = frozenset(["name", "model", "fallback"])
# Calls the model (or its fallback) made alone.
_MODEL_GUESSES = frozenset(["model", "fallback"])


def _unnamed_guess(mention: Mention, first_names: frozenset[str]) -> bool:
    """A person call that only a name list or the model made, not opening with a known
    first name (which keeps "Andre De Grasse" a person whatever comes before it)."""
    return (
        mention.label == "PERSON"
        and mention.method in _GUESSED_PERSON
        and mention.words[0].lower() not in first_names
    )


def _placed_after_in(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """'an academy in Hammersmith', 'in Monte Carlo in April': a name after "in" that
    only a surname list or the model called a person is a place. A name opening with a
    first name stays a person ("a sprinter in Andre De Grasse"), as does a possessive
    ("a judge in Duffy's trial")."""
    for mention in mentions:
        if (
            not _unnamed_guess(mention, lexicons.first_names)
            or _POSSESSIVE.match(text, mention.end) is not None
            or _IN.search(text, max(0, mention.start - 6), mention.start) is None
        ):
            continue
        mention.label, mention.canonical = _place_label(mention, lexicons.places)
        mention.method = "context"


_COMPASS = "north|south|east|west|northeast|northwest|southeast|southwest"
_MOTION = (
    "drove|driving|moved|moving|traveled|travelled|traveling|travelling|flew|flying"
    "|returned|returning|headed|heading|went|relocated|commuted|commute|trip|trips|journey"
)
# Words right before a name that only a place follows: "near X", "east of X", "drove to
# X", "both of X", "Jane Roe, 39, of X" or "…, 79, from X" (a person's age, then the home
# town).
_PLACE_PHRASE = re.compile(
    r"(?:\b(?:near|outside|across|throughout"
    r"|(?:both|" + _COMPASS + r")[^\S\n]+of|(?:" + _MOTION + r")[^\S\n]+to)"
    r"|\b\d{1,3},[^\S\n]+(?:of|from))"
    r"[^\S\n]+$",
    re.IGNORECASE,
)
# "his Lanexa home", "the couple's Fairfield home": a possessive, a name, then a dwelling.
_POSSESSED = re.compile(r"(?:\b(?:his|her|their|our|my|your)|['’]s?)[^\S\n]+$")
_DWELLING = re.compile(r"[^\S\n]+(?:home|house|residence|farm|apartment)\b")


def _placed_by_phrase(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """A name only a name list or the model called a person is a place in a phrase no
    person's name takes: after "near", "outside", "east of", "drove to", "<age>, of",
    or between a possessive and a dwelling ("Carter's Lanexa home")."""
    for mention in mentions:
        if not _unnamed_guess(mention, lexicons.first_names) and (
            mention.label != UNKNOWN or len(mention.words) > 1  # "near Advance Auto Parts"
        ):
            continue
        window = max(0, mention.start - 24)
        if _PLACE_PHRASE.search(text, window, mention.start) is None and (
            _DWELLING.match(text, mention.end) is None
            or _POSSESSED.search(text, window, mention.start) is None
        ):
            continue
        mention.label, mention.canonical = _place_label(mention, lexicons.places)
        mention.method = "context"


def _place_led_names(mentions: list[Mention], lexicons: lx.Lexicons, params: EntityParams) -> None:
    """'Dublin Singers', 'Newark Live Bait': a name only a name list or the model called a
    person that opens with a sizeable gazetteer town's own name, which the article also
    names alone as a place, and that holds no known first name (a person's full name
    opens with one: "Paris Hilton"; "Vladimir Putin" has no such place beside it), is a
    body named after the town. The nesting pass then adds the town inside it."""
    towns = {
        m.words[0]
        for m in mentions
        if len(m.words) == 1 and m.label == "GPE" and m.method in _PLACE_EVIDENCE
    }
    if not towns:
        return
    # "President Vladimir Putin … Vladimir Putin": a name a title types elsewhere stays.
    people = {
        tuple(m.words) for m in mentions if m.label == "PERSON" and m.method not in _GUESSED_PERSON
    }
    for mention in mentions:
        words = mention.words
        if (
            len(words) < 2
            or words[0] not in towns
            or tuple(words) in people
            or mention.label != "PERSON"
            or mention.method not in _GUESSED_PERSON
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
            and _CLAUSE_END.match(text, mention.end) is not None
            and text[person.end : mention.start] in (" of ", ", of ")
            and (
                mention.label == UNKNOWN
                or (mention.label == "PERSON" and mention.method in _GUESSED_PERSON)
            )
        ):
            mention.label, mention.canonical = _place_label(mention, places)
            mention.method = "context"


def _placed_after_streets(mentions: list[Mention], text: str, places: dict) -> None:
    """'in Seaton Street, Edmonton,': an address names the street, then its town, so a
    one-word name a name list or the model guessed a person there is the town."""
    for street, mention in pairwise(mentions):
        if (
            street.label == "FAC"
            and street.words[-1] in ROAD_HEADS
            and text[street.end : mention.start] == ", "
            and len(mention.words) == 1
            and mention.label == "PERSON"
            and mention.method in _GUESSED_PERSON
        ):
            mention.label, mention.canonical = _place_label(mention, places)
            mention.method = "context"


_PLURAL_PLACE_OF = re.compile(
    r"\b(?:cities|towns|villages|hamlets|provinces|districts|counties|regions|islands)"
    r"[^\S\n]+of[^\S\n]+$"
)
_LIST_GUESSES = frozenset(["name", "model", "fallback", "unknown"])


def _plural_place_lists(mentions: list[Mention], text: str, places: dict) -> None:
    """'the towns of Haris and Varzaqan': a plural place noun and "of" type every name
    of the coordinated list after it, not only the first (a comma alone may end the
    phrase: "the regions of Macedon, Philip assembled …")."""
    if not any(
        _PLURAL_PLACE_OF.search(text, max(0, m.start - 16), m.start) is not None for m in mentions
    ):
        return  # most articles have no such phrase: skip grouping the lists
    for run in _coordinated(mentions, text):
        if (
            len(run) < 2
            or _PLURAL_PLACE_OF.search(text, max(0, run[0].start - 16), run[0].start) is None
        ):
            continue
        for item in run:
            if item.label in ("PERSON", "ORG", UNKNOWN) and item.method in _LIST_GUESSES:
                item.label, item.canonical = _place_label(item, places)
                item.method = "list"


def _placed_on_routes(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """'from Wamego to Manhattan': a route's two ends are places, so a guessed person at
    one end of a route whose other end is a sure place (not itself named like a person:
    "a letter from Smith to Jones") is one too."""
    for a, b in pairwise(mentions):
        if text[a.end : b.start] != " to " or not text[max(0, a.start - 5) : a.start].endswith(
            "from "
        ):
            continue
        for guess, other in ((a, b), (b, a)):
            if (
                guess.label == "PERSON"
                and guess.method in _GUESSED_PERSON
                and other.label in ("GPE", "LOC", "FAC")
                and other.method in _PLACE_EVIDENCE
                and not name_like(other.words[0], lexicons)
            ):
                guess.label, guess.canonical = _place_label(guess, lexicons.places)
                guess.method = "context"


# Lower-case nouns and verbs right before a name that say what kind of thing it is:
# "the Icelandic band Sigur Rós", "the river Nestus", "Louis the German invaded Moravia".
_ORG_NOUNS = (
    "band|group|company|firm|newspaper|magazine|website|startup|start-up|airline|carrier"
    "|retailer|label|broadcaster|publisher|automaker|carmaker|insurer|bank|club|team|party"
)
_PLACE_NOUNS = (
    "river|island|islet|village|town|city|province|region|lake|mount|port|capital|hamlet"
    "|suburb|township"
)
_PLACE_VERBS = "invaded|visited|annexed|conquered|occupied|captured|besieged"
_NOUN_BEFORE = re.compile(
    r"\b(?:(" + _ORG_NOUNS + r")|(" + _PLACE_NOUNS + r")|(" + _PLACE_VERBS + r"))"
    r"[^\S\n]+[\"“‘']?$"
)


def _typed_by_word_before(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """A guessed person (a name list's or the model's call) right after a noun for an
    organisation or a place, or a verb whose object is a place, is of that kind instead.
    A name opening with a known first name is left to the name lists."""
    for mention in mentions:
        if not _unnamed_guess(mention, lexicons.first_names):
            continue
        before = _NOUN_BEFORE.search(text, max(0, mention.start - 14), mention.start)
        if before is None:
            continue
        if before.group(1):
            mention.label, mention.canonical = "ORG", " ".join(mention.words)
        else:
            mention.label, mention.canonical = _place_label(mention, lexicons.places)
        mention.method = "cue"


_ACCORDING_TO = re.compile(r"\b[Aa]ccording[^\S\n]+to[^\S\n]+$")


def _cited_sources(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """'According to Parker, …': the source cited is a person or a body, so a town's name
    that is also a personal name, matched only by the gazetteer and closing the phrase
    (not "according to Cleveland police"), is the person."""
    for mention in mentions:
        word = mention.words[0].lower()
        if (
            len(mention.words) == 1
            and mention.label == "GPE"
            and mention.method in ("gazetteer", "bare-gazetteer")
            and (word in lexicons.surnames or word in lexicons.first_names)
            and _ACCORDING_TO.search(text, max(0, mention.start - 14), mention.start)
            and text[mention.end : mention.end + 1] in (",", ".", ";")  # not "Cleveland police"
        ):
            mention.label, mention.canonical = "PERSON", mention.words[0]
            mention.method = "context"


# A list member typed this surely fixes the type of the weakly typed members beside it.
_LIST_STRONG = frozenset(["lexicon", "head"])
_LIST_WEAK = frozenset(
    ["name", "model", "context", "fallback", "bare-gazetteer", "acronym", "unknown"]
)


def _coordinated(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """Runs of mentions joined by list punctuation and a conjunction ("A, B and C"); a
    comma alone is as often an apposition ("the White House, Hillary Clinton")."""
    return [
        run
        for run in _list_runs(mentions, text)
        if any(text[a.end : b.start] != ", " for a, b in pairwise(run))
    ]


def _list_types(mentions: list[Mention], text: str, places: dict) -> None:
    """'Reddit, Twitter and Spotify': coordinated names share a type, so a member a list
    or head noun types surely re-types the one-word members only a weak guess typed.

    Two names are no list ("a gesture to Abbas and Fatah" joins a man and a party), a
    place list needs two sure places ("Brown and Jordan" may be two people), an
    acronym becomes no place, and a gazetteer town stays one ("Middletown, Trenton and
    Monroe" after a chamber of commerce)."""
    for group in _coordinated(mentions, text):
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
                item.label, item.canonical = _place_label(item, places)
            else:
                item.label, item.canonical = ("PERSON" if coarse == "PER" else "ORG"), surface
            item.method = "list"


_OPENING_QUOTES = frozenset("\"“‘'")
_CLOSING_QUOTE = re.compile(r"[,.!?]?[\"”’']")
_TITLE_GUESSES = frozenset(["name", "model", "fallback", "title"])


def _quoted_title(mention: Mention, text: str) -> bool:
    """'the song "Geronimo"', 'the film "Sabrina"': one word no list knows, alone in
    quotation marks, is a work's title, not its namesake (a quoted full name may be a
    nom de guerre, so it stays)."""
    return (
        len(mention.words) == 1
        and mention.method in _TITLE_GUESSES
        and mention.label in ("PERSON", "ORG")
        and mention.start > 0
        and text[mention.start - 1] in _OPENING_QUOTES
        and _CLOSING_QUOTE.match(text, mention.end) is not None
    )


_DETERMINER = re.compile(r"(?:^|[^\w])[Tt]he[^\S\n]+$")
# A guessed person after "the" stays one before a noun a person's name modifies: "the
# Bush administration".
_PERSON_MODIFIED = re.compile(
    r"[^\S\n]+(?:[Aa]dministrations?|family|brothers|sisters|boys|girls|presidency|era"
    r"|campaign|camp|doctrine)\b"
)


def _determined_guess(mention: Mention, text: str, surnames: set[str]) -> bool:
    """'the Rhine', 'the Bank', 'the Danevirke', 'the Qing': one word after "the" is a
    place, a body or an era far more often than a person, so a person call that only a
    name list or the model made is dropped. A surname the article gives in full stays
    ("Bill Clinton … the Clinton foundation"), as do plurals ("the Lovings") and a name
    before a noun only people lend their name to ("the Bush administration")."""
    if (
        len(mention.words) != 1
        or mention.label != "PERSON"
        or mention.method not in _GUESSED_PERSON
        or mention.words[0] in surnames
        or mention.words[0].endswith("s")
        or _PERSON_MODIFIED.match(text, mention.end) is not None
    ):
        return False
    return _DETERMINER.search(text, max(0, mention.start - 8), mention.start) is not None


# Nouns for a creative work or a word talked about: the capitalised run right after one is
# the work's title or the word itself.
_WORK_NOUN = re.compile(
    r"\b(?:film|movie|album|song|novel|book|series|sitcom|anthology|painting|videogame"
    r"|opera|musical|poem|essay|documentary|ballad|EP)s?,?[^\S\n]+[\"“‘']?(?:The[^\S\n]+)?$"
)
_WORD_NOUN = re.compile(r"\b(?:word|term|phrase|expression|name)[^\S\n]+[\"“‘']?$")
# "a cat named Biscuit", "published as Undersea": a lone word after a naming verb is the
# name given (to a pet, a book, a word), not a reference to a person.
_NAMING_VERB = re.compile(
    r"\b(?:named|called|dubbed|nicknamed|(?:known|published)[^\S\n]+as)[^\S\n]+[\"“‘']?$"
)


def _work_title(
    mention: Mention, text: str, surnames: set[str], first_names: frozenset[str]
) -> bool:
    """'her 1981 album Wild West', 'the science-fiction film, Looper', 'the film The
    Five-Year Engagement': a name right after a work's noun is that work's title (and
    after "the word", "the term", "the name" a word talked about, not a referent); only a
    guessed person or organisation call is dropped, and not a surname the article gives
    in full ("the film Spielberg made")."""
    guessed = (mention.label == "PERSON" and mention.method in _TITLE_GUESSES) or (
        mention.label == "ORG" and mention.method in _MODEL_GUESSES
    )
    if not guessed or (len(mention.words) == 1 and mention.words[0] in surnames):
        return False
    if _WORK_NOUN.search(text, max(0, mention.start - 20), mention.start) is not None:
        return True
    if len(mention.words) == 1 and _NAMING_VERB.search(
        text, max(0, mention.start - 16), mention.start
    ):
        return True
    # "the name Apulia", not "born under the name Maria Lopez".
    return _WORD_NOUN.search(text, max(0, mention.start - 12), mention.start) is not None and (
        len(mention.words) == 1 or mention.words[0].lower() not in first_names
    )


_NEXT_WORD = re.compile(r"[^\S\n]+([A-Z][\w-]*)")


def _before_demonym(mention: Mention, text: str, first_names: frozenset[str]) -> bool:
    """'Medieval Spanish', 'two Sudeten German farmers': a lone word the model took for a
    person right before a nationality word qualifies it; a first name ("Anna German")
    may still be one."""
    if (
        len(mention.words) != 1
        or mention.label != "PERSON"
        or mention.method not in _MODEL_GUESSES
        or mention.words[0].lower() in first_names
    ):
        return False
    after = _NEXT_WORD.match(text, mention.end)
    return after is not None and after.group(1) in lx.DEMONYMS


def _full_name_surnames(mentions: list[Mention]) -> set[str]:
    return {m.words[-1] for m in mentions if m.label == "PERSON" and len(m.words) > 1}


def _never_a_name(words: list[str]) -> bool:
    """Offices alone ("the Emperor", "Emperors"), plural acronyms ("ATMs") and numerals."""
    name = " ".join(words)
    if name in lx.ORG_NAME_SET or name in lx.GPE_ALIASES or name in lx.ORG_ALIASES:
        return False
    if len(words) == 1 and (_PLURAL_ACRONYM.match(name) or _ROMAN.match(name)):
        return True
    last = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    core = words[-1] in lx.CORE_TITLES or last in lx.CORE_TITLES
    return core and all(_is_title(w) for w in words)  # not "Labor Party", "Royal Navy"


def _is_title(word: str) -> bool:
    singular = word[:-1] if word.endswith("s") else word
    return any(
        w in lx.CORE_TITLES or w in lx.TITLE_MODIFIERS or w in ("of", "for")
        for w in (word, singular)
    )


def preload(params: EntityParams) -> None:
    """Load the lexicons and the model now, in the stage's parent process, so forked
    workers share them instead of each reading them again."""
    lx.load()
    if params.use_model:
        mdl.load()


def rule_mentions(text: str, lexicons: lx.Lexicons, params: EntityParams) -> list[Mention]:
    """Every candidate as the rules type it; a candidate they drop stays as `dropped`."""
    mentions: list[Mention] = []
    for piece in pieces(text, lexicons, params.common_word_ratio, params.common_word_min_count):
        if _never_a_name(piece.words):
            continue
        found = classify(piece, text, lexicons, params)
        if params.facility_trailers and piece.run_end:
            split = len(found) > 1 and all(m.method != "title" for m in found)
            if not found or (split and _FAC_TRAILER.match(text, piece.end) is not None):
                # An unknown name the next word types: "Qala-i-Naw city", "X crossing";
                # the noun names the whole run ("Islam Qala crossing"), not its last part.
                found = [
                    Mention(piece.start, piece.end, piece.words, UNKNOWN, piece.text, "unknown")
                ]
            _apply_trailers(found[-1], text)
        if not found:
            found = [Mention(piece.start, piece.end, piece.words, UNKNOWN, piece.text, "dropped")]
        mentions.extend(found)
    if params.facility_trailers:
        _type_lists(mentions, text)
        _dynasty_names(mentions)
    return _absorb_suffixes(mentions, text)


# Person calls a ruling house's name overrules: guesses, or nothing at all.
_HOUSE_OVERRULES = frozenset(["name", "model", "fallback", "unknown", "dropped"])


def _dynasty_names(mentions: list[Mention]) -> None:
    """'the Qing dynasty … during the Qing': the article has typed the house, so its bare
    name elsewhere is the same organisation, not a person nor a dropped word."""
    houses: set[tuple[str, ...]] = set()
    for mention in mentions:
        if mention.label != "ORG":
            continue
        if mention.method == "trailer":
            houses.add(tuple(mention.words))
        elif mention.method == "head" and mention.words[-1] in lx.ORG_TRAILERS_TITLE:
            houses.add(tuple(mention.words[:-1]))
    if not houses:
        return
    for mention in mentions:
        if (
            tuple(mention.words) in houses
            and mention.label in ("PERSON", UNKNOWN)
            and mention.method in _HOUSE_OVERRULES
        ):
            mention.label, mention.canonical = "ORG", " ".join(mention.words)
            mention.method = "coref"


def _absorb_suffixes(mentions: list[Mention], text: str) -> list[Mention]:
    """'Martin Luther King, Jr.': the generational suffix belongs to the person's name."""
    out: list[Mention] = []
    for mention in mentions:
        if out and mention.start < out[-1].end:
            continue  # the suffix itself, already absorbed
        if mention.label == "PERSON":
            suffix = _NAME_SUFFIX.match(text, mention.end)
            if suffix is not None:
                mention.end = suffix.end()
        if mention.label in ("PERSON", UNKNOWN) and len(mention.words) == 1:
            regnal = _FIRST_OF_NAME.match(text, mention.end)
            if regnal is not None:
                mention.end = regnal.end()
                mention.words = [*mention.words, "I"]
                mention.canonical = text[mention.start : mention.end]
        out.append(mention)
    return out


def _place_label(mention: Mention, places: dict) -> tuple[str, str]:
    place = places.get(" ".join(mention.words))
    if place is not None:
        return place.label, place.canonical
    return ("GPE" if len(mention.words) == 1 else "LOC"), " ".join(mention.words)


def apply_model(
    mentions: list[Mention], text: str, model: MentionModel, params: EntityParams, places: dict
) -> None:
    """Let the learned model confirm, re-type, add or drop the rules' person/org/place calls.

    A rule decision from an exact list match is overruled only by a wide margin; an
    unexplained name is kept only when the model is confident it is a name.
    """
    names, parts = mdl.article_counts(mentions)
    for mention in mentions:
        if mention.label not in mdl.SCORED or (mention.label and not params.model_retypes):
            continue
        choice, margin = mdl.decide(model, mdl.features(mention, text, names, parts))
        current = COARSE_LABELS.get(mention.label, "O")
        if choice == current:
            continue
        if mention.method in _STRONG_METHODS:
            needed = params.model_override_margin
        elif choice == "O":
            needed = params.model_drop_margin
        else:
            needed = params.model_margin
        if margin < needed:
            continue
        surface = " ".join(text[mention.start : mention.end].split())
        if choice == "O":
            mention.label, mention.method = UNKNOWN, "dropped"
        elif choice == "PER":
            mention.label, mention.canonical, mention.method = "PERSON", surface, "model"
        elif choice == "ORG":
            mention.label, mention.canonical, mention.method = "ORG", surface, "model"
        else:
            mention.label, mention.canonical = _place_label(mention, places)
            mention.method = "model"


def extract_entities(
    article_id: str, text: str, params: EntityParams, model: MentionModel | None = None
) -> list[dict]:
    """Entity mention rows (the `entities` table columns) for one article, in text order.

    Flat mentions have no `parent_mention_id`; a place named inside one of them ("Athens"
    in "Athens Police Department") is a further row naming it as its parent.

    `model` overrides the committed mention model (training uses this to score itself).
    """
    lexicons = lx.load()
    mentions = rule_mentions(text, lexicons, params)
    if params.use_model:
        model = model or mdl.load()
        if model is not None:
            apply_model(mentions, text, model, params, lexicons.places)
    mentions = extend_people(mentions, text, lexicons)
    mentions = [m for m in mentions if m.method != "dropped" and not _quoted_title(m, text)]
    _placed_after_in(mentions, text, lexicons)
    _placed_by_phrase(mentions, text, lexicons)
    _placed_after_people(mentions, text, lexicons.places)
    _placed_after_streets(mentions, text, lexicons.places)
    _plural_place_lists(mentions, text, lexicons.places)
    _place_led_names(mentions, lexicons, params)
    _placed_on_routes(mentions, text, lexicons)
    _typed_by_word_before(mentions, text, lexicons)
    _cited_sources(mentions, text, lexicons)
    _place_lists(mentions, lexicons.places, text)
    if params.list_types:
        _list_types(mentions, text, lexicons.places)
    resolve(mentions, params.person_coreference, lexicons.places)
    surnames = _full_name_surnames(mentions)
    mentions = [
        m
        for m in mentions
        if m.label
        and m.confidence >= params.min_confidence
        and not _determined_guess(m, text, surnames)
        and not _work_title(m, text, surnames, lexicons.first_names)
        and not _before_demonym(m, text, lexicons.first_names)
    ]
    mentions.sort(key=lambda m: (m.start, m.end))
    nested = nested_places(text, mentions, lexicons, params) if params.nested_places else []

    spans = sentence_spans(text)
    sentence_starts = [start for start, _ in spans]
    # Flat mentions first, so a nested place's `parent` index is its parent's item index.
    items: list[tuple[Mention | Nested, int | None]] = [(m, None) for m in mentions]
    items += [(place, place.parent) for place in nested]
    # Mention ids count rows in (start, end) order; a nested place sorts by its own span.
    order = sorted(range(len(items)), key=lambda k: (items[k][0].start, items[k][0].end))
    ids = [""] * len(items)
    for n, k in enumerate(order):
        ids[k] = f"{article_id}-e{n:04d}"
    return [_row(article_id, ids[k], text, *items[k], ids, sentence_starts) for k in order]


def _row(
    article_id: str,
    mention_id: str,
    text: str,
    mention: Mention | Nested,
    parent: int | None,
    ids: list[str],
    sentence_starts: list[int],
) -> dict:
    """One mention's row, flat or nested (`parent`: its parent's index in `ids`)."""
    return {
        "article_id": article_id,
        "mention_id": mention_id,
        "start": mention.start,
        "end": mention.end,
        "text": text[mention.start : mention.end],
        "label": mention.label,
        "entity_key": entity_key(mention.label, mention.canonical),
        "canonical": mention.canonical,
        "sentence": max(bisect.bisect_right(sentence_starts, mention.start) - 1, 0),
        "method": mention.method,
        "confidence": mention.confidence,
        "parent_mention_id": None if parent is None else ids[parent],
    }
