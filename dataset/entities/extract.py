"""Named-entity mentions of one article: a pure function, text in, rows out.

Candidates come from one regex pass over capitalised runs (`candidates`), are typed by
lexicons, head nouns, titles and context (`classify`), checked by a small learned model
(`model`), typed again by their context in the article (`context`), grouped under
canonical keys (`keys`), and numbered in text order. Lexicons load once per process.
"""

from __future__ import annotations

import bisect
import re

from dataset.entities import lexicon as lx
from dataset.entities import model as mdl
from dataset.entities.acronyms import acronyms_of_no_name, spelled_out_acronyms
from dataset.entities.born import born_people
from dataset.entities.branches import arabic_article_apart, regional_branches
from dataset.entities.candidates import (
    Piece,
    capitalised_inside_a_sentence,
    pieces,
    starts_sentence,
)
from dataset.entities.classify import (
    AFTER_BRANCH,
    GUESS_METHODS,
    LOWER_AFTER,
    UNKNOWN,
    Mention,
    classify,
    ending_words,
    is_common,
    is_word_char,
    named_by_cue,
    people_plural,
    title_word,
    word_ending,
)
from dataset.entities.coded_groups import coded_groups
from dataset.entities.company_cues import companies_by_possession, companies_held, not_who
from dataset.entities.context import (
    GUESSED_PERSON,
    QUOTES,
    listed_together,
    named_towns,
    other_names_of_places,
    people_the_rules_dropped,
    place_label,
    repeated_places,
    retype_by_context,
)
from dataset.entities.given_names import given_name_people
from dataset.entities.gpe_roles import gpe_roles
from dataset.entities.initial_surnames import sentence_initial_surnames
from dataset.entities.keys import entity_key, resolve, resolve_heads
from dataset.entities.leaders import leaders_by_office
from dataset.entities.lexicon import ascii_fold
from dataset.entities.listed_towns import IN_PART_OF, towns_listed_in_a_country
from dataset.entities.model import COARSE_LABELS, MentionModel
from dataset.entities.months import month_may
from dataset.entities.nesting import Nested, nested_places
from dataset.entities.one_sense import bodies_named_once
from dataset.entities.operations import named_operations
from dataset.entities.org_lists import organisations_in_lists
from dataset.entities.params import EntityParams
from dataset.entities.parties import lower_case_parties
from dataset.entities.person_forms import extend_people
from dataset.entities.plural_possessors import plural_possessors
from dataset.entities.routes import POSTAL_CODES, route_end
from dataset.entities.shared_heads import shared_plural_heads
from dataset.entities.ships import (
    SHIP_PREFIXES,
    VESSEL_COMPOUNDS,
    VESSEL_NOUNS,
    speaks,
    vessel_noun,
)
from dataset.entities.storms import storm_names
from dataset.entities.war_places import (
    arabic_noun_place,
    besieged_run,
    placed_arabic_noun_place,
)
from dataset.entities.works import works_by_kind
from dataset.text.sentences import sentence_spans

_FAC_TRAILER = re.compile(r"[^\S\n]+(?:" + "|".join(re.escape(t) for t in lx.FAC_TRAILERS) + r")\b")
# A plural noun typing a list ("Helmand and Kandahar provinces"), or the "in" phrase
# placing one (`towns_listed_in_a_country`): one pattern, asked after every name.
_LIST_TRAILER = re.compile(
    r"[^\S\n]+(?:(" + "|".join(sorted(lx.PLURAL_TRAILERS)) + r")\b|" + IN_PART_OF + ")"
)
_NAME_SUFFIX = re.compile(r",?[^\S\n](?:Jr|Sr)\.?(?!\w)")
# "Google, Inc.", "Samsung Electronics Co., Ltd.": the legal form after a comma.
_LEGAL_FORM = re.compile(
    r",[^\S\n](?:Inc|Ltd|LLC|Corp|Co|PLC|plc|L\.P|LP|Limited|GmbH|S\.A|N\.V|Pty)\.?(?![\w&-])"
)
# "Henry I", "Mojmír I": the candidate scan stops at "I" (the pronoun), not at "II".
_FIRST_OF_NAME = re.compile(r"[^\S\n]I(?![\w'’-])")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,5}s$")
_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
_ROAD_NUMBER = re.compile(r"[^\S\n]+\d{1,4}[A-Z]?\b")
# The noun after a name that types it, in one match: a facility's, else a ruling
# house's or a news agency's, else a settlement's (the group that matched names the kind).
_TRAILER = re.compile(
    r"[^\S\n]+(?:(?P<FAC>"
    + "|".join(re.escape(t) for t in lx.FAC_TRAILERS)
    + ")|(?P<ORG>"
    + "|".join(sorted(lx.ORG_TRAILERS) + list(lx.AGENCY_TRAILERS) + list(lx.INSTITUTION_TRAILERS))
    + ")|(?P<GPE>"
    + "|".join(sorted(lx.GPE_TRAILERS))
    + r"))\b"
)
# Labels a trailing "crossing"/"city" may re-type; a demonym or known org keeps its own.
_RETYPABLE = frozenset(["GPE", "LOC", "FAC", "PERSON", "ORG"])
_STRONG_METHODS = frozenset(["lexicon", "title"])


def _apply_trailers(
    mention: Mention, text: str, lexicons: lx.Lexicons, params: EntityParams
) -> None:
    """'Bagram airfield' names the facility Bagram; 'Qala-i-Naw city' a city.

    The lower-case noun types the name but stays outside the mention, as in the gold
    annotation: the name is what a gazetteer or a reader can look up.

    An UNKNOWN mention is a name nothing typed: typed here, or left for the article pass.
    """
    if mention.label and mention.label not in _RETYPABLE:
        return
    # (Only a one-word postal code opens a route: most names skip the call.)
    route = (
        route_end(mention.words, text, mention.start, mention.end)
        if mention.words[0] in POSTAL_CODES
        else None
    )
    if route is not None:
        mention.end = route
        mention.canonical = text[mention.start : mention.end]
        mention.label, mention.method = "FAC", "trailer"
        return
    if mention.words[-1] in lx.ROAD_WORDS or (
        len(mention.words) == 1
        and mention.words[0] in lx.NUMBERED_POSTS
        and not title_word(word_ending(text, mention.start, 16))[1]  # "Mr Tower 22 years ago"
    ):
        number = _ROAD_NUMBER.match(text, mention.end)
        if number is not None:
            mention.end = number.end()
            mention.canonical = text[mention.start : mention.end]
            mention.label, mention.method = "FAC", "trailer"
            return
    if mention.method in _STRONG_METHODS and mention.label != "GPE":
        return
    trailer = _TRAILER.match(text, mention.end)
    kind = trailer.lastgroup if trailer is not None else None
    if (
        kind is not None
        and mention.label in ("GPE", "LOC")
        and trailer.group(kind) in lx.PLACE_SERVED_TRAILERS
    ):
        return  # "a Kabul hospital": where it stands
    if kind == "FAC":
        if _is_country(mention) or _side_of(mention, trailer.group("FAC"), lexicons, params):
            return
        mention.label = "FAC"
        mention.method = "trailer"
        return
    if kind == "ORG":
        if _is_country(mention):
            return  # "the Kuwait news agency": the country's agency, unnamed
        if mention.label == "PERSON" and trailer.group("ORG") in lx.BAND_TRAILERS:
            return  # "the Trump faction", "a Haftar militia": whose band it is
        if trailer.group("ORG") == "newspaper" and _not_the_newspapers_name(mention, text):
            return
        mention.label, mention.method = "ORG", "trailer"
        if trailer.group("ORG") == "gang":
            _numbered_gang(mention, text, trailer.end())
        mention.canonical = " ".join(mention.words)
        return
    if mention.method in _STRONG_METHODS:
        return
    if kind == "GPE":
        mention.label = "GPE"
        mention.method = "trailer"


def _not_the_newspapers_name(mention: Mention, text: str) -> bool:
    """'a Murdoch newspaper': whose it is; 'the News of the World newspaper': the tail of
    a longer name, "of" after a capitalised word; 'told Dawn newspaper', 'editor of the
    Dawn newspaper': the newspaper's own name."""
    before = word_ending(text, mention.start, 8, skip=" the")
    if before != "of":
        return before in ("a", "an")
    head = text[max(0, mention.start - 40) : mention.start].rstrip()
    head = head.removesuffix("the").rstrip()[:-2].rstrip()
    return word_ending(head, len(head), 24)[:1].isupper()


# "the 400 Mawozo gang", "the 18th Street gang": a numeral after "the" opening a gang's
# name; not a count of its members ("the 12 Mawozo gang members").
_GANG_NUMBER_BEFORE = re.compile(r"(?<![\w-])[Tt]he[^\S\n]+(\d{1,4}(?:st|nd|rd|th)?)[^\S\n]+$")
_MEMBERS_AFTER = re.compile(r"[^\S\n]+members\b")


def _numbered_gang(mention: Mention, text: str, end: int) -> None:
    """Move a gang's name back over the numeral its name opens with: after "the", one
    number before the name and the singular "gang" is the name's, as "the 400 Mawozo
    gang" is one gang; the candidate scan takes no numeral into a name."""
    number = _GANG_NUMBER_BEFORE.search(text, max(0, mention.start - 14), mention.start)
    if number is None or _MEMBERS_AFTER.match(text, end) is not None:
        return
    mention.start = number.start(1)
    mention.words = [number.group(1), *mention.words]


def _side_of(mention: Mention, trailer: str, lexicons: lx.Lexicons, params: EntityParams) -> bool:
    """'the Sanders camp', 'the Hamas camp', 'the Leave camp', 'the England camp': after
    a person, a body, a capitalised ordinary word, or a country or region (whose team or
    delegation it is), "camp" is a side; after a town's or an unknown name ("Zamzam
    camp", "Kakuma camp") it is a camp there."""
    if trailer not in lx.SIDE_TRAILERS:
        return False
    if mention.label in ("PERSON", "ORG") or is_common(mention.words[-1], lexicons, params):
        return True
    place = lexicons.places.get(mention.canonical)
    return place is not None and place.kind in ("country", "admin1")


def _is_country(mention: Mention) -> bool:
    """'the U.S. base', 'a Pakistan border crossing': a country before a facility noun
    says whose facility it is, as a demonym would ("an American base"); the facility is
    unnamed and the country keeps its own type. A town names its base ("Bagram airfield")."""
    return mention.label == "GPE" and lx.is_country(mention.canonical, lx.load())


def _retypable(mention: Mention) -> bool:
    return mention.label == UNKNOWN or (
        mention.label in _RETYPABLE and mention.method not in _STRONG_METHODS
    )


def _type_lists(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """'Helmand and Kandahar provinces': the plural noun types every name of the list;
    'Bint Jbeil and Nabatieh in southern Lebanon': the country places its towns."""
    for index, mention in enumerate(mentions):
        trailer = _LIST_TRAILER.match(text, mention.end)
        if trailer is None:
            continue
        if trailer.group(1) is None:
            towns_listed_in_a_country(mentions, index, trailer.end(), text, lexicons)
            continue
        label = lx.PLURAL_TRAILERS[trailer.group(1)]
        j = index
        while j >= 0 and _retypable(mentions[j]):
            item = mentions[j]
            item.label, item.method = label, "trailer"
            if j == 0 or not listed_together(mentions[j - 1], item, text):
                break
            j -= 1


# Calls the model (or its fallback) made alone.
_MODEL_GUESSES = frozenset(["model", "fallback"])


_CLOSING_QUOTE = re.compile(r"[,.!?]?[\"”’']")
_TITLE_GUESSES = GUESSED_PERSON | {"title"}


def _quoted_title(mention: Mention, text: str) -> bool:
    """'the song "Geronimo"', 'the film "Sabrina"': one word no list knows, alone in
    quotation marks, is a work's title, not its namesake (a quoted full name may be a
    nom de guerre, so it stays)."""
    return (
        len(mention.words) == 1
        and mention.method in _TITLE_GUESSES
        and mention.label in ("PERSON", "ORG")
        and mention.start > 0
        and text[mention.start - 1] in QUOTES
        and _CLOSING_QUOTE.match(text, mention.end) is not None
    )


# A quotation in title case: every word capitalised, inside one line. (Possessive and
# atomic: no shorter word, space or list of words lets a failed quotation match, so the
# engine does not back through them.)
_TITLE_CASE_QUOTE = re.compile(
    r"[\"“]((?>(?:[^\W\d_][\w'’-]*+[,!?]?[^\S\n]++){2,})[^\W\d_][\w'’-]*+)[!?]?[\"”]"
)
# Pronouns, auxiliaries and particles a sentence writes lower-case: capitalised after the
# first word of a quotation, they mark a song's or book's title ("Knuck If You Buck").
_TITLE_FUNCTION_WORDS = frozenset(
    """If You Me My Your Our Her His Its Their We They It Is Are Was Were Be Been Do Don't
    Didn't Can't Won't Not To For And Or But With Without From At By In On Of Into When
    Where Why How What""".split()
)


def _in_title_case_quote(mention: Mention, text: str) -> bool:
    """A guessed name inside a title-case quotation with lower-case function words
    capitalised ('"Her Father Didn't Like Me Anyway"') is part of a work's title."""
    if mention.method not in _TITLE_GUESSES or mention.label not in ("PERSON", "ORG"):
        return False
    start = mention.start
    line_start = text.rfind("\n", 0, start) + 1
    # A quotation holding the name opens at the last opening mark before it on its line
    # (a quotation holds no quotation mark); most names have none there.
    opener = max(text.rfind('"', line_start, start), text.rfind("“", line_start, start))
    if opener < 0:
        return False
    before = text[opener - 1] if opener > line_start else " "
    if text[opener] == '"' and (before.isalnum() or before in "_'’-!?"):
        opener = line_start  # the mark may close an earlier quotation: scan the whole line
    for quote in _TITLE_CASE_QUOTE.finditer(text, opener, mention.end + 3):
        if quote.start(1) <= start and mention.end <= quote.end(1):
            words = quote.group(1).split()
            return any(w.strip(",!?") in _TITLE_FUNCTION_WORDS for w in words[1:])
    return False


# "the word Hispania", 'the name "Caribbean"': a metalinguistic noun before the name.
_MENTION_NOUN = re.compile(r"\b[Tt]he[^\S\n]+(?:word|name|term)[^\S\n]+[\"“‘']?$")


# "The Power of Now and A New Earth": a capitalised "A" after a lower-case word opens a
# title; the words up to the name are the title's. The tail from the "A" is searched
# first: a pattern opening with a letter is searched for by that letter alone, not tried
# at every position as the whole one is.
_TITLE_ARTICLE_TAIL = re.compile(r"An?[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){0,3}$")
_TITLE_ARTICLE = re.compile(r"\b[a-z]+[^\S\n]+" + _TITLE_ARTICLE_TAIL.pattern)


def _in_titled_phrase(mention: Mention, text: str) -> bool:
    """A name inside a title that a capitalised "A" opens mid-sentence ("sales of A New
    Earth") is part of the work's title, not a reference to the place."""
    low = max(0, mention.start - 60)
    # Most stretches hold no capital "A" at all: a plain search rules them out.
    return (
        "A" in text[low : mention.start]
        and _TITLE_ARTICLE_TAIL.search(text, low, mention.start) is not None
        and _TITLE_ARTICLE.search(text, low, mention.start) is not None
    )


def _quoted_place(mention: Mention, text: str) -> bool:
    """'a common alternative name for "Caribbean Sea"', 'identified the "South Sea"': a
    place's name alone inside double quotation marks is cited as a term, not used to
    point at the place (quotation is how writing mentions a word)."""
    return (
        mention.label in ("GPE", "LOC", "FAC")
        and mention.start > 0
        and mention.end < len(text)
        and text[mention.start - 1] in '"“'
        and text[mention.end] in '"”'
    )


def _names_a_word(text: str, low: int, start: int) -> bool:
    """Whether "the word", "the name" or "the term" ends right before `start`; most
    stretches hold none of the three nouns, which a plain search rules out."""
    window = text[low:start]
    return ("word" in window or "name" in window or "term" in window) and (
        _MENTION_NOUN.search(text, low, start) is not None
    )


def _mentioned_not_used(mention: Mention, text: str) -> bool:
    """'The origin of the word Hispania', 'the name Apulia was used by': a name quoted
    as a word is talked about, not used to refer, so it names no entity here ("the name
    of Parker's attorney" still refers)."""
    return (
        _quoted_place(mention, text)
        or _in_titled_phrase(mention, text)
        or (
            len(mention.words) == 1
            and _names_a_word(text, max(0, mention.start - 12), mention.start)
        )
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
        or mention.method not in GUESSED_PERSON
        or mention.words[0] in surnames
        or mention.words[0].endswith("s")
        or _PERSON_MODIFIED.match(text, mention.end) is not None
    ):
        return False
    return _DETERMINER.search(text, max(0, mention.start - 8), mention.start) is not None


# Evidence that a one-word name is a place, not a guess: a coordinated place, a cue.
_PLACE_CALLS = frozenset(["list", "cue", "context", "gazetteer", "lexicon"])


def _determined_places(mentions: list[Mention], text: str, surnames: set[str]) -> None:
    """'between the Danevirke and Husum … south of the Danevirke': a word after "the"
    that only a guess made a person (dropped by `_determined_guess`) is the place the
    article elsewhere shows it to be (one name, one sense)."""
    places = {
        m.words[0]: m
        for m in mentions
        if len(m.words) == 1
        and m.label in ("GPE", "LOC")
        and m.method in _PLACE_CALLS
        and m.words[0][1:].islower()  # "the E.U." is no word a guess made a person
    }
    if not places:
        return
    for mention in mentions:
        place = places.get(mention.words[0]) if len(mention.words) == 1 else None
        if place is None or not _determined_guess(mention, text, surnames):
            continue
        after = LOWER_AFTER.match(text, mention.end)
        if after is None or after.group(1) in AFTER_BRANCH:  # not "the Montessori program"
            mention.label, mention.canonical, mention.method = place.label, place.canonical, "coref"


# Nouns for a creative work, a vessel or a word talked about: the capitalised run right
# after one is the work's title, the ship's name ("the tanker Stena Impero") or the word.
_WORK_NOUNS = (
    """film movie album song novel book series sitcom anthology painting videogame
    opera musical poem essay documentary ballad EP""".split()
    + sorted(VESSEL_NOUNS)
    + list(VESSEL_COMPOUNDS)
)
_WORK_NOUN = re.compile(rf"\b(?:{'|'.join(_WORK_NOUNS)})s?,?[^\S\n]+[\"“‘']?(?:The[^\S\n]+)?$")
_WORD_NOUNS = ["word", "term", "phrase", "expression", "name"]
_WORD_NOUN = re.compile(rf"\b(?:{'|'.join(_WORD_NOUNS)})[^\S\n]+[\"“‘']?$")
# "a cat named Biscuit", "published as Undersea": a lone word after a naming verb is the
# name given (to a pet, a book, a word), not a reference to a person.
_NAMING_PHRASES = ["named", "called", "dubbed", "nicknamed", "known as", "published as"]
_NAMING_VERB = re.compile(
    r"\b(?:"
    + "|".join(phrase.replace(" ", r"[^\S\n]+") for phrase in _NAMING_PHRASES)
    + r")[^\S\n]+[\"“‘']?$"
)
# The last word of each pattern above: what the text before the name must end with.
_WORK_HEADS = ending_words(_WORK_NOUNS)
_WORK_NOUN_WORDS = _WORK_HEADS | {head + "s" for head in _WORK_HEADS}
_WORD_NOUN_WORDS = frozenset(_WORD_NOUNS)
_NAMING_WORDS = ending_words(_NAMING_PHRASES)


# "Jin Ping Mei, published in 1610", "X was first published": works are published.
_PUBLISHED_AFTER = re.compile(
    r",?[^\S\n]+(?:(?:was|were|is|first)[^\S\n]+)*(?:published|serialised|serialized)\b"
)
# "Sabrina (1954)", "Over My Head (1994)": a work's title and its year in brackets.
_YEAR_AFTER = re.compile(r"[^\S\n]+\((?:1[5-9]|20)\d\d\)")


def _work_title(
    mention: Mention, text: str, surnames: set[str], first_names: frozenset[str]
) -> bool:
    """'her 1981 album Wild West', 'the science-fiction film, Looper', 'the film The
    Five-Year Engagement', 'the British ship Endurance': a name right after a work's or a
    vessel's noun is that work's title or that vessel's name (and
    after "the word", "the term", "the name" a word talked about, not a referent); only a
    guessed person or organisation call is dropped, and not a surname the article gives
    in full ("the film Spielberg made"). A bare year in brackets after the name dates a
    work ("in Sabrina (1954)"); a person's dates span years or follow "born"."""
    guessed = (mention.label == "PERSON" and mention.method in _TITLE_GUESSES) or (
        mention.label == "ORG" and mention.method in _MODEL_GUESSES
    )
    if not guessed or (len(mention.words) == 1 and mention.words[0] in surnames):
        return False
    # The word the cue patterns end with, before a comma, a quotation mark and a title's
    # "The": a set look-up rules out most names before any window is searched.
    cue = word_ending(text, mention.start, 20, QUOTES, ",", "The")
    if (
        cue in _WORK_NOUN_WORDS
        and _WORK_NOUN.search(text, max(0, mention.start - 20), mention.start) is not None
    ):
        return True
    if _YEAR_AFTER.match(text, mention.end) is not None:
        return True  # "in Sabrina (1954)": a work dated in brackets
    if _PUBLISHED_AFTER.match(text, mention.end) is not None:
        return True  # "Jin Ping Mei, published in 1610"
    if (
        len(mention.words) == 1
        and cue in _NAMING_WORDS
        and _NAMING_VERB.search(text, max(0, mention.start - 16), mention.start)
    ):
        return True
    # "the name Apulia", not "born under the name Maria Lopez".
    return (
        cue in _WORD_NOUN_WORDS
        and _WORD_NOUN.search(text, max(0, mention.start - 12), mention.start) is not None
        and (len(mention.words) == 1 or mention.words[0].lower() not in first_names)
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


# "the Spanish Inquisition"; "the ancient Maya" (an era's adjective before a people).
_ERA_WORDS = ["ancient", "medieval", "prehistoric", "classical"]
_ERAS = frozenset(_ERA_WORDS)
_DEMONYM_BEFORE = re.compile(
    r"\b[Tt]he[^\S\n]+(?:([A-Z][a-z]+)|(" + "|".join(_ERA_WORDS) + r"))[^\S\n]+$"
)


def _after_demonym(mention: Mention, text: str, first_names: frozenset[str]) -> bool:
    """'the Spanish Inquisition', 'the Israeli Knesset': a lone word after "the" and a
    nationality word is what that nation has (a body, an event), never a person's name,
    which takes no article; after "the ancient" it is a people ("the ancient Maya"). A
    guessed person call there is dropped."""
    if len(mention.words) != 1 or mention.label != "PERSON" or mention.method not in GUESSED_PERSON:
        return False
    # The word before the name must be a nationality or an era for the answer to be yes.
    word = word_ending(text, mention.start, 24)
    if word not in lx.DEMONYMS and word not in _ERAS:
        return False
    before = _DEMONYM_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    if before is None:
        return False
    if before.group(2) is not None:
        return True  # no one's name follows "the ancient", a first name ("Maya") neither
    return before.group(1) in lx.DEMONYMS and mention.words[0].lower() not in first_names


# A verb right after, not one agreeing with a single subject ("Clijsters was …").
_PLURAL_VERB_AFTER = re.compile(r"[^\S\n]+(?!(?:was|is|has|says|does)\b)[a-z]")


def _plural_kind_opening(
    mention: Mention, text: str, lexicons: lx.Lexicons, surnames: set[str], params: EntityParams
) -> bool:
    """'Militants ambushed a convoy', 'Gangs attacked', 'Gunmen killed': a plural noun
    for people (or one the article writes lower-case) opening a sentence as its subject,
    capitalised for that reason alone, that the model called a person (the caller asks
    only for its calls); one person is never named by a plural. A listed name
    ("Sanders"), a surname the article gives in full ("Kim Clijsters … Clijsters"), a
    place, or a subject of a singular verb ("Clijsters was") stays."""
    if len(mention.words) != 1 or mention.label != "PERSON":
        return False
    word = mention.words[0]
    return (
        word not in surnames
        and not lx.name_like(word, lexicons)
        and word not in lexicons.places
        and _PLURAL_VERB_AFTER.match(text, mention.end) is not None
        and starts_sentence(text, mention.start)
        and (people_plural(word, lexicons, params) or _written_lower(word, text))
        and not capitalised_inside_a_sentence(text, word)
    )


def _written_lower(word: str, text: str) -> bool:
    """'Bandits abducted 40 villagers … the bandits fled': an "-s" plural the article
    also writes lower-case is a common noun where a sentence opens with it."""
    if not word.endswith("s"):
        return False
    lower = word.lower()
    # (Searched for as a string, not a pattern: a pattern per word would be compiled.)
    at = text.find(lower)
    while at >= 0:
        end = at + len(lower)
        if not _word_char(text[at - 1 : at]) and not _word_char(text[end : end + 1]):
            return True
        at = text.find(lower, end)
    return False


def _word_char(char: str) -> bool:
    """Whether `char` (one character or none) would run on a word: a word character or
    a hyphen."""
    return is_word_char(char) or char == "-"


# Plurals for followers of a political current: common nouns ("jihadists seized the
# town") that the demonym list holds for the adjective ("an Islamist group", NORP).
_CURRENT_PLURALS = frozenset(["Islamists", "Jihadists", "Salafists", "Salafis", "Wahhabis"])


def _current_plural_opening(mention: Mention, text: str) -> bool:
    """'Jihadists attacked an army post': a plural for followers of a political current
    opening a sentence is capitalised for that reason alone and names no group; one the
    article also capitalises inside a sentence is written as a name there and stays."""
    return (
        mention.label == "NORP"
        and starts_sentence(text, mention.start)
        and not capitalised_inside_a_sentence(text, mention.words[0])
    )


def _overruled_guess(
    mention: Mention, text: str, surnames: set[str], lexicons: lx.Lexicons, params: EntityParams
) -> bool:
    """Whether the article around a guessed name says it is no person or body: "the" before
    it, a work's noun, a nationality word, a plural opening the sentence. Each rule
    overrules only a guess (a name list's, the model's or a title's), so a call made
    otherwise skips them all."""
    first_names = lexicons.first_names
    return mention.method in _TITLE_GUESSES and (
        _determined_guess(mention, text, surnames)
        or _work_title(mention, text, surnames, first_names)
        or _before_demonym(mention, text, first_names)
        or _after_demonym(mention, text, first_names)
        or (
            mention.method == "model"
            and _plural_kind_opening(mention, text, lexicons, surnames, params)
        )
    )


# "SaskTel", "YouTube", "PayPal": a capital inside a word after a lower-case syllable
# marks a brand; people's names do so only after a patronymic or article prefix
# ("McCain", "MacArthur", "DiCaprio", "LaBeouf", "O'Neill" has no inner capital run).
_INNER_CAPITAL = re.compile(r"^([A-Z][a-z]+)[A-Z][a-z]")
_NAME_PREFIXES = frozenset(
    "mc mac de di da du la le van von fitz st ten ter del della des al el bin ibn".split()
)

# Person calls a brand's spelling overrules: guesses from name lists, the model, context.
_BRAND_OVERRULES = GUESSED_PERSON | {"context"}


def _brand_cased(mention: Mention) -> bool:
    """A one-word person guess spelled like a brand ("reported SaskTel customer") is an
    organisation: name lists and the model only know it is no ordinary word."""
    if (
        len(mention.words) != 1
        or mention.label != "PERSON"
        or mention.method not in _BRAND_OVERRULES
    ):
        return False
    inner = _INNER_CAPITAL.match(mention.words[0])
    return inner is not None and inner.group(1).lower() not in _NAME_PREFIXES


# "his record label The Rocket Record Company", "wrote in The Onion": a capitalised "The"
# after a lower-case word is written as part of the body's name.
_NAMED_ARTICLE = re.compile(r"(?:^|[^\w'’])[a-z][\w'’-]*[,;:]?[^\S\n]+(The[^\S\n]+)$")


def _named_article(start: int, text: str) -> int:
    """An organisation's start, moved back over a "The" its name carries mid-sentence
    (searched for only when "The" ends the text before it, as it must for a match)."""
    if not text[max(0, start - 40) : start].rstrip().endswith("The"):
        return start
    match = _NAMED_ARTICLE.search(text, max(0, start - 40), start)
    return match.start(1) if match is not None else start


# "St Michael's Hospital", "Addenbrooke's Hospital", "St. Mark's Coptic Orthodox
# Cathedral": a house named after its saint or founder, the possessive inside the name.
_POSSESSIVE_INSTITUTION = re.compile(
    r"['’]s[^\S\n]+((?:[A-Z][\w.'’-]*[^\S\n]+){0,3}(?:Hospitals?|Infirmary|College|School"
    r"|Academy|University|Church|Cathedral|Chapel|Abbey|Basilica|Priory|Cemetery)\b"
    r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3})?)"
)
_SAINTS = frozenset(["St", "St.", "Saint", "Ste", "Ste."])
_APOSTROPHES = ("'", "’")
# Calls a founder's name may carry: guesses, not a list's or a title's.
_FOUNDER_GUESSES = frozenset(["name", "model", "fallback", "context", "bare-gazetteer", "cue"])


def _possessive_institutions(mentions: list[Mention], text: str) -> list[Mention]:
    """A saint's name, or one guessed word, before "'s" and an institution's noun is the
    start of that institution's name: one mention typed by the noun (a hospital or a
    college is an organisation, a cathedral or a cemetery a facility), not a person.
    A country's or a known body's possessive stays apart ("Britain's College of
    Policing")."""
    out: list[Mention] = []
    end = -1
    for mention in mentions:
        if mention.start < end:
            continue  # a name inside the merged one
        # (The pattern opens with an apostrophe: most mentions have none after them.)
        if text[mention.end : mention.end + 1] not in _APOSTROPHES:
            out.append(mention)
            continue
        saint = len(mention.words) == 2 and mention.words[0] in _SAINTS
        guessed = len(mention.words) == 1 and mention.method in _FOUNDER_GUESSES
        match = _POSSESSIVE_INSTITUTION.match(text, mention.end) if saint or guessed else None
        if match is not None:
            head = match.group(1).split()[-1]
            mention.end = end = match.end(1)
            mention.words = text[mention.start : mention.end].split()
            mention.label = "FAC" if head in lx.FAC_HEADS else "ORG"
            mention.canonical = " ".join(mention.words)
            mention.method = "head"
        out.append(mention)
    return out


# "the Lord's Resistance Army", "the Prophet's Mosque": "the", then one capitalised word
# and its possessive, right before the name.
_POSSESSIVE_ENDS = ("'s", "’s")
_NAMED_POSSESSOR = re.compile(r"(?<![\w-])[Tt]he[^\S\n]+([A-Z][a-z]+)['’]s[^\S\n]+$")


def _possessor_in_name(
    mention: Mention, text: str, lexicons: lx.Lexicons, params: EntityParams
) -> int | None:
    """Where an organisation's name starts when a possessive opens it: after "the", the
    possessive of an office or an ordinary noun ("the Lord's", "the Children's") is the
    name's first word, for "the" would not stand before a possessor named for itself
    ("the Russia's Army"). Not a body's noun ("the Army's Special Forces" are the army's
    forces) nor a place's name. The caller has seen the possessive end before it."""
    match = _NAMED_POSSESSOR.search(text, max(0, mention.start - 20), mention.start)
    if match is None:
        return None
    word = match.group(1)
    if word in lx.ORG_HEADS or word in lexicons.places:
        return None
    if not (title_word(word)[1] or is_common(word, lexicons, params)):
        return None
    return match.start(1)


def _mission_country(mention: Mention, after: Mention, text: str, lexicons: lx.Lexicons) -> bool:
    """'the UN Support Mission in Libya', 'the EU Training Mission in Mali': a mission is
    named by the country it serves, so "Mission in" and the country end its name ("the
    Quds Force in Syria" is a force in Syria)."""
    return (
        mention.words[-1] == "Mission"
        and text[mention.end : after.start] == " in "
        and len(after.words) <= 3
        and lx.is_country(after.canonical, lexicons)
    )


def _missions_named_by_countries(
    mentions: list[Mention], text: str, lexicons: lx.Lexicons
) -> list[Mention]:
    """The mentions with each mission's name run on over the country it serves
    (`_mission_country`), the country's own mention dropped (a place nested in the
    mission names it again)."""
    out: list[Mention] = []
    for mention in mentions:
        if out and out[-1].label == "ORG" and _mission_country(out[-1], mention, text, lexicons):
            mission = out[-1]
            mission.end = mention.end
            mission.words = text[mission.start : mission.end].split()
            mission.canonical = " ".join(mission.words)
            continue
        out.append(mention)
    return out


def _full_name_surnames(mentions: list[Mention]) -> set[str]:
    return {m.words[-1] for m in mentions if m.label == "PERSON" and len(m.words) > 1}


def _never_a_name(words: list[str]) -> bool:
    """Offices alone ("the Emperor", "Emperors"), plural acronyms ("ATMs") and numerals,
    unless a list names them. The tests that can say yes come first: most names fail
    them, and the lists need not be asked."""
    word = words[-1]
    # (A plural acronym ends in "s", a numeral opens with "I", "V" or "X".)
    if len(words) == 1 and (
        (word[-1] == "s" and _PLURAL_ACRONYM.match(word))
        or (word[0] in "IVX" and _ROMAN.match(word))
    ):
        return not _listed_name(words)
    last = word[:-1] if word.endswith("s") else word
    # `title_word` finds a core title only in a listed one or a hyphenated compound: most
    # names are neither, and need no call.
    if word not in lx.CORE_TITLES and last not in lx.CORE_TITLES and "-" not in word:
        return False
    core = title_word(word)[1] or title_word(last)[1]
    # not "Labor Party", "Royal Navy"
    return core and all(_is_title(w) for w in words) and not _listed_name(words)


def _listed_name(words: list[str]) -> bool:
    name = " ".join(words)
    return name in lx.ORG_NAME_SET or name in lx.GPE_ALIASES or name in lx.ORG_ALIASES


def _is_title(word: str) -> bool:
    singular = word[:-1] if word.endswith("s") else word
    return any(w in ("of", "for") or title_word(w)[0] for w in (word, singular))


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
        if _never_a_name(piece.words) or (
            piece.end - piece.start == 3
            and piece.words[0] == "May"
            and month_may(piece.start, text)
        ):
            continue
        found = classify(piece, text, lexicons, params)
        if not found:
            town = besieged_run(piece, text, lexicons, params)
            if town is None and len(piece.words) == 2:
                # "in Jebel Marra": after a preposition of place, a given name may follow.
                town = arabic_noun_place(piece, lexicons, params) or placed_arabic_noun_place(
                    piece, text, lexicons, params
                )
            first = piece.words[0]
            if town is None and (first in SHIP_PREFIXES or first[:2] == "Ci"):
                town = _unexplained_run(piece, text)
            found = [town] if town is not None else found
        elif len(found) == 2:
            # "from Ain Issa" read as a place and a person: the noun of place names both.
            town = placed_arabic_noun_place(piece, text, lexicons, params)
            found = [town] if town is not None else found
        if params.facility_trailers and piece.run_end:
            split = len(found) > 1 and all(m.method != "title" for m in found)
            if not found or (split and _FAC_TRAILER.match(text, piece.end) is not None):
                # An unknown name the next word types: "Qala-i-Naw city", "X crossing";
                # the noun names the whole run ("Islam Qala crossing"), not its last part.
                found = [
                    Mention(piece.start, piece.end, piece.words, UNKNOWN, piece.text, "unknown")
                ]
            _apply_trailers(found[-1], text, lexicons, params)
        if not found:
            found = [Mention(piece.start, piece.end, piece.words, UNKNOWN, piece.text, "dropped")]
        mentions.extend(found)
    if params.facility_trailers:
        _type_lists(mentions, text, lexicons)
        _dynasty_names(mentions)
    storm_names(mentions, text)
    return _absorb_suffixes(mentions, text)


# A title word a ship's name may end with ("the cargo ship Galaxy Leader"), which the
# candidate pass split off as if a holder's name followed it.
_TITLE_AFTER = re.compile(r"[^\S\n]([A-Z][a-z]+)\b(?![^\S\n]+[A-Z])")


# A past verb and at once another verb after a one-word name: the name is the subject of
# a relative clause on the vessel ("the tanker Trump ordered seized", "the ship Ahmed
# boarded sank"), a person acting on it, while a ship's own verb stands alone ("the
# ferry Maria capsized off the coast"), or with a participle that tells the ship's state
# after a verb of its own motion ("the carrier Tutor sailed loaded with coal").
_RELATIVE_SUBJECT = re.compile(
    r"[^\S\n]+(?!(?:sailed|drifted|listed|limped|docked|steamed|anchored|berthed|moored)\b)"
    r"(?:[a-z]+ed|took|saw|sent|met|left|bought|sold|told|chose)"
    r"[^\S\n]+(?:[a-z]+ed|was|were|had|has|is|are|sank)\b"
)


# The last letters of the nouns for a vessel.
_VESSEL_LAST_LETTERS = frozenset(noun[-1] for noun in VESSEL_NOUNS | {"carrier"})


def _after_vessel_noun(text: str, start: int) -> bool:
    """Whether a noun for a vessel ends the text before `start` ("the tanker "). Most
    names follow one space and a word ending in some other letter or a mark: that is
    looked at first, without taking the word out."""
    if (
        start >= 2
        and text[start - 1] == " "
        and not text[start - 2].isspace()
        and text[start - 2] not in _VESSEL_LAST_LETTERS
    ):
        return False
    before = word_ending(text, start, 24)
    return vessel_noun(before, text, start)


def _named_vessels(mentions: list[Mention], text: str) -> None:
    """'the tanker Stena Impero', 'the ship Mary Rose', 'the cargo ship Galaxy Leader':
    the words right after a noun for a vessel name the vessel (PRODUCT), even where a
    name list knows a person's name in them or only a title word follows them; not a
    name that speaks ("the vessel Ambrey said was hit"), a guessed one-word name that is
    the subject of a relative clause on the vessel (`_RELATIVE_SUBJECT`), or one a
    lexicon or a cue typed ("the tanker Iran seized"). One-word names nothing typed the
    candidate pass already makes ships; this runs after the model, whose training
    examples are the candidate pass's."""
    for index, mention in enumerate(mentions):
        guessed = mention.method in GUESS_METHODS and mention.label in (UNKNOWN, "PERSON")
        if not (guessed or (mention.label == "PRODUCT" and mention.method == "cue")):
            continue
        if not _after_vessel_noun(text, mention.start) or speaks(text, mention.end):
            continue
        if guessed and len(mention.words) == 1 and _RELATIVE_SUBJECT.match(text, mention.end):
            continue
        title = _TITLE_AFTER.match(text, mention.end)
        following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        if title is not None and title_word(title[1])[0] and title.end() <= following:
            mention.end = title.end()
            mention.words = [*mention.words, title[1]]
        named_by_cue(mention, "PRODUCT")


def _unexplained_run(piece: Piece, text: str) -> Mention | None:
    """A run no rule typed, named by its own first word: a ship ("the MV Rubymar", a
    prefix and a name, see `ships`), or a place opened by the Romance noun for a city or
    a housing estate ("Cité Soleil", "Ciudad Bolívar"; the run opens no sentence, where
    "Cite" may be the English verb)."""
    words = piece.words
    if words[0] in SHIP_PREFIXES:
        if len(words) == 1 or speaks(text, piece.end):
            return None
        return Mention(piece.start, piece.end, words, "PRODUCT", " ".join(words), "cue")
    if not piece.initial and ascii_fold(words[0]) in _ROMANCE_CITY:
        return Mention(piece.start, piece.end, words, "GPE", " ".join(words), "head")
    return None


_ROMANCE_CITY = frozenset(["Cite", "Ciudad", "Cidade", "Citta"])


# Person calls a ruling house's name overrules: guesses, or nothing at all.
_HOUSE_OVERRULES = GUESSED_PERSON | {"unknown", "dropped"}


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
    """'Martin Luther King, Jr.': the generational suffix belongs to the person's name;
    'CCNG, Inc.': the legal form belongs to the company's, and says it is one."""
    out: list[Mention] = []
    for mention in mentions:
        if out and mention.start < out[-1].end:
            continue  # the suffix itself, already absorbed
        # Each pattern opens with a fixed character: a cheap test before the match.
        legal = mention.label and text.startswith(",", mention.end)
        form = _LEGAL_FORM.match(text, mention.end) if legal else None
        if form is not None:
            while form is not None:
                mention.end = form.end()
                form = _LEGAL_FORM.match(text, mention.end)
            mention.canonical = text[mention.start : mention.end]
            mention.label, mention.method = "ORG", "head"
        if mention.label == "PERSON" and "r" in text[mention.end + 2 : mention.end + 4]:
            suffix = _NAME_SUFFIX.match(text, mention.end)  # (", Jr", " Sr": an "r" there)
            if suffix is not None:
                mention.end = suffix.end()
        if (
            mention.label in ("PERSON", UNKNOWN)
            and len(mention.words) == 1
            and text.startswith("I", mention.end + 1)
        ):
            regnal = _FIRST_OF_NAME.match(text, mention.end)
            if regnal is not None:
                mention.end = regnal.end()
                mention.words = [*mention.words, "I"]
                mention.canonical = text[mention.start : mention.end]
        out.append(mention)
    return out


def apply_model(
    mentions: list[Mention], text: str, model: MentionModel, params: EntityParams, places: dict
) -> None:
    """Let the learned model confirm, re-type, add or drop the rules' person/org/place calls.

    A rule decision from an exact list match is overruled only by a wide margin; an
    unexplained name is kept only when the model is confident it is a name.
    """
    names, parts = mdl.article_counts(mentions)
    towns = named_towns(mentions)
    for mention in mentions:
        if mention.label not in mdl.SCORED or (mention.label and not params.model_retypes):
            continue
        choice, margin = mdl.decide(model, mdl.features(mention, text, names, parts))
        if choice == "O" and len(mention.words) > 1 and mention.words[0] in towns:
            continue  # "Dublin Singers … Dublin": a body named after the town (context)
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
            mention.label, mention.canonical = place_label(mention, places)
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
    other_names_of_places(mentions, text)
    if params.use_model:
        model = model or mdl.load()
        if model is not None:
            apply_model(mentions, text, model, params, lexicons.places)
    _named_vessels(mentions, text)
    named_operations(mentions, text)
    resolve_heads(mentions)
    mentions = extend_people(mentions, text, lexicons)
    people_the_rules_dropped(mentions, text, lexicons, params)
    mentions = [
        m
        for m in mentions
        if m.method != "dropped"
        and not _quoted_title(m, text)
        and not _in_title_case_quote(m, text)
        and not _mentioned_not_used(m, text)
    ]
    retype_by_context(mentions, text, lexicons, params)
    organisations_in_lists(mentions, text, lexicons.first_names)
    companies_held(mentions, text)
    companies_by_possession(mentions, text)
    works_by_kind(mentions, text)
    not_who(mentions, text)
    bodies_named_once(mentions, lexicons.first_names, text)
    given_name_people(mentions, text, lexicons)
    spelled_out_acronyms(mentions, text)
    acronyms_of_no_name(mentions, text)
    mentions = sentence_initial_surnames(mentions, text, lexicons, params)
    mentions = born_people(mentions, text, lexicons, params)
    leaders_by_office(mentions, text)
    resolve(mentions, params.person_coreference, lexicons.places)
    surnames = _full_name_surnames(mentions)
    _determined_places(mentions, text, surnames)
    plural_possessors(mentions, text, lexicons, params)
    mentions = [
        m
        for m in mentions
        if m.label
        and m.confidence >= params.min_confidence
        and not _overruled_guess(m, text, surnames, lexicons, params)
        and not (m.words[0] in _CURRENT_PLURALS and _current_plural_opening(m, text))
    ]
    for mention in mentions:
        if _brand_cased(mention):
            named_by_cue(mention, "ORG")
    mentions = _possessive_institutions(mentions, text)
    if "Mission in " in text:
        mentions = _missions_named_by_countries(mentions, text, lexicons)
    shared_plural_heads(mentions, text)
    mentions = lower_case_parties(mentions, text)
    repeats = repeated_places(mentions, text, lexicons, params)
    mentions += [m for m in repeats if not _mentioned_not_used(m, text)]
    mentions = coded_groups(mentions, text)
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions = regional_branches(mentions, text)
    nested = nested_places(text, mentions, lexicons, params) if params.nested_places else []
    for i, mention in enumerate(mentions):
        if mention.label == "ORG":
            mention.start = _named_article(mention.start, text)
            if arabic_article_apart(mention, text):
                mention.start -= 3
            possessor = (
                _possessor_in_name(mention, text, lexicons, params)
                if text[max(0, mention.start - 3) : mention.start - 1] in _POSSESSIVE_ENDS
                else None
            )
            if possessor is not None and (i == 0 or mentions[i - 1].end <= possessor):
                mention.start = possessor
                mention.canonical = " ".join(text[possessor : mention.end].split())

    spans = sentence_spans(text)
    sentence_starts = [start for start, _ in spans]
    roles = gpe_roles(text, mentions) if params.gpe_roles else [None] * len(mentions)
    # Flat mentions first, so a nested place's `parent` index is its parent's item index.
    items: list[tuple[Mention | Nested, int | None, str | None]] = [
        (m, None, role) for m, role in zip(mentions, roles, strict=True)
    ]
    nested_role = "LOC" if params.gpe_roles else None  # a place named inside a name
    items += [
        (place, place.parent, nested_role if place.label == "GPE" else None) for place in nested
    ]
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
    role: str | None,
    ids: list[str],
    sentence_starts: list[int],
) -> dict:
    """One mention's row, flat or nested (`parent`: its parent's index in `ids`; `role`:
    a GPE's role, LOC for a nested place, None for other labels or when roles are off)."""
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
        "gpe_role": role,
    }
