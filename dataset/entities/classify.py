"""Typing a candidate name: lexicons first, then head words, titles, name lists, context.

The order is the order of evidence strength: an exact gazetteer or list match beats a
head noun ("… University"), which beats a first-name list, which beats context cues
("in X"), which beats the fallback. Each decision records its rule as `method` and a
fixed confidence for that rule, so a researcher can filter by either.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

from dataset.entities import lexicon as lx
from dataset.entities.candidates import ARTICLE_PREFIXES, Piece, capitalised_inside_a_sentence
from dataset.entities.it_speakers import SAYING_VERBS, spoken_of_as_it, words_before
from dataset.entities.lexicon import ascii_fold
from dataset.entities.params import EntityParams
from dataset.entities.retaken import retaken_before
from dataset.entities.ships import vessel_noun
from dataset.text import datelines

# An all-capital word ("NATO", "SPIEGEL"): an organisation before any name list's guess.
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,9}s?$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_ASCII_LETTERS = string.ascii_letters
_MARKS = re.compile(r"\W{0,3}")
# "B.B.", "J.R.", "W.E.B.": a given name written as initials run together.
_RUN_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")
POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w'’])")
_STATE_AFTER = re.compile(r"^,[^\S\n]+([A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)?)")
# "Frankfurt-based bank", "a Denver-based miner": "-based" joined to a name says where a
# body is based, so a gazetteer town before it is that town, not a person or unknown word.
_BASED_AFTER = re.compile(r"-based\b")
# "Mount Gilead, Ohio", "Lumpkin, Ga.": the words after the comma, and what follows them.
_STATE_COMMA = re.compile(r",[^\S\n]+([A-Z][\w.]*)(?:[^\S\n]([A-Z][\w.]*))?")
# What may follow the state: the sentence or clause goes on ("Swanton, Ohio, had").
_STATE_END = re.compile(r"[^\S\n]*(?:[,;:)\n]|\.(?!\w)|$)")
# A dateline after the place: optional ", State", an agency in brackets, then a dash.
_DATELINE_AFTER = re.compile(datelines.AFTER_PLACE + r"[^\S\n]")
# "D-Oakland", "R-Ocilla": a legislator's party letter and home, after a comma or bracket.
_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}\.(?:[^\S\n]?[A-Z][a-z]{0,2}\.)*")
# "North-West", "South-Eastern": a compass compound written with a hyphen.
_COMPASS_COMPOUND = re.compile(r"^(?:North|South)-(?:East|West)(?:ern)?$")
_PARTY_HOME = re.compile(r"(?:" + "|".join(sorted(lx.PARTY_LETTERS)) + r")-(?=[A-Z])")

PLACE_OR_ORG_HEADS = lx.GPE_HEADS | lx.LOC_HEADS | lx.FAC_HEADS | lx.ORG_HEADS
_NOT_REGIONS = lx.ORG_HEADS - lx.LOC_HEADS - {"Bank"}
_DIVISION_OR_INSTITUTION = lx.GPE_HEADS | lx.LOCAL_INSTITUTIONS

# The label of a one-word name nothing explains yet: the article-level pass (keys.resolve)
# types it ("Winterkorn" after "Martin Winterkorn") or it is dropped.
UNKNOWN = ""
# Calls a later cue of what a name is overrules: nothing typed it, the candidate pass
# dropped it, or only a name list or the model guessed ("the ship Mary Rose", "Operation
# Spencer": the noun before or opening the name says what it is).
GUESS_METHODS = frozenset(["unknown", "dropped", "name", "model", "fallback"])


def _fold(word: str) -> str:
    """`ascii_fold`, which leaves an ASCII word as it is: most words skip the decomposition."""
    return word if word.isascii() else ascii_fold(word)


# Names repeat across a corpus: fold each spelling once per process.
fold = functools.lru_cache(maxsize=200_000)(_fold)

CONFIDENCE = {
    "unknown": 0.0,
    "dropped": 0.0,
    "model": 0.7,
    "lexicon": 0.95,
    "gazetteer": 0.9,
    "head": 0.85,
    "title": 0.85,
    "coref": 0.85,
    "trailer": 0.85,
    "list": 0.7,
    "name": 0.8,
    "acronym": 0.6,
    "regnal": 0.75,
    "epithet": 0.75,
    "cue": 0.75,
    "context": 0.6,
    "place-led": 0.6,
    "bare-gazetteer": 0.5,
    "fallback": 0.4,
}


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    words: list[str]
    label: str
    canonical: str
    method: str

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.method]


def place_by_cue(piece: Piece, lexicons: lx.Lexicons, label: str = "GPE") -> Mention:
    """A place the words around a piece make sure of, under the gazetteer's name when
    the gazetteer knows it ("Basra" is Basrah), else its own words."""
    name = " ".join(piece.words)
    place = lexicons.places.get(name)
    canonical = place.canonical if place is not None else name
    return Mention(piece.start, piece.end, piece.words, label, canonical, "cue")


def named_by_cue(mention: Mention, label: str) -> None:
    """Type a name no list knows by the words around it: its canonical form is its own
    words, and its method says a cue, not a list, typed it."""
    mention.label, mention.canonical, mention.method = label, " ".join(mention.words), "cue"


def _previous_word(text: str, start: int) -> str:
    """The ASCII letters ending right before `start` (at most two marks between, all
    within 24 characters), or "" — string methods, not a pattern searched at every
    position of the window, which costs more than the whole rule."""
    head = text[max(0, start - 24) : start]
    end = len(head)
    if head.endswith("\n"):
        end -= 1  # as a pattern's "$" may stand before a final line break
    for _ in range(2):
        if not end or is_word_char(head[end - 1]):
            break  # a word character ends the marks
        end -= 1
    body = head[:end]
    return body[len(body.rstrip(_ASCII_LETTERS)) :]


def _word_after(text: str, end: int) -> tuple[int, str]:
    """The ASCII letters after `end` (at most three marks before them, all within 24
    characters, else ""), and how many marks precede them."""
    window = text[end : end + 24]
    marks = _MARKS.match(window).end()
    rest = window[marks:]
    return marks, rest[: len(rest) - len(rest.lstrip(_ASCII_LETTERS))]


def after_one_space(text: str, end: int) -> str:
    """The character after the one space that follows `end` (a name's usual follower),
    or "" when something else stands there (a mark, a line break, two spaces): then
    the caller's pattern decides alone. A cheap test before a pattern that needs
    spaces and then a given kind of character."""
    if not text.startswith(" ", end):
        return ""
    after = text[end + 1 : end + 2]
    return "" if after.isspace() else after


def space_then(text: str, end: int, initials: frozenset[str]) -> bool:
    """Whether line space after `end` may lead to a word opening with one of `initials`:
    the character after the first space is one, or is more space (the caller's pattern
    decides). A cheap test before a pattern of line space and such a word, which unlike
    `after_one_space` leaves the pattern unasked after a mark (most names' follower)."""
    after = text[end + 1 : end + 2]
    return after in initials or after.isspace()


# (Capitalised too when the people's noun opens the sentence: "Residents of El Geneina".)
_PLACE_OF = re.compile(
    r"\b(" + "|".join(sorted(lx.PLACE_OF)) + r"|Resident|Inhabitant)s? of[^\S\n]+$"
)


def _place_of(text: str, start: int) -> str | None:
    """'the city of Kunduz', 'the villages of Foua and Kfraya' → GPE: the label the
    words before a name give it."""
    if not text[max(0, start - 20) : start].rstrip().endswith(" of"):
        return None  # what the pattern ends with: most names are not after "of"
    match = _PLACE_OF.search(text, max(0, start - 20), start)
    return lx.PLACE_OF[match.group(1).lower()] if match else None


def _listed() -> dict[str, tuple[str, str, str]]:
    """The hand lists as one table, the first list naming a word winning (one look-up
    per candidate instead of seven)."""
    table: dict[str, tuple[str, str, str]] = {}
    for names, label, canonical in (
        (lx.DEMONYMS, "NORP", lx.DEMONYMS),
        (lx.RELIGIONS, "NORP", None),
        (lx.LANGUAGES, "LANGUAGE", None),
        (lx.ORG_ALIASES, "ORG", lx.ORG_ALIASES),
        (lx.ORG_NAME_SET, "ORG", None),
        (lx.GPE_ALIASES, "GPE", lx.GPE_ALIASES),
        (lx.LOC_NAME_SET, "LOC", None),
        (lx.PERSON_NAME_SET, "PERSON", None),
    ):
        for name in names:
            table.setdefault(
                name, (label, name if canonical is None else canonical[name], "lexicon")
            )
    return table


_LISTED = _listed()


# The Arabic article capitalised, as a sentence's first word or a headline writes it
# ("Al-Shabaab"), where the lists spell it lower-case ("al-Shabaab").
_CAPITAL_ARTICLE = re.compile(r"[AE][dlnrstz]-[A-Z]")


def _lexicon(name: str, lexicons: lx.Lexicons, params: EntityParams) -> tuple[str, str, str] | None:
    """(label, canonical, method) from the exact-match lists and the gazetteer, if any.

    Countries, continents and the hand lists are `lexicon` (strong); towns and provinces
    are `gazetteer`, which a person's full name in the same article may overrule.
    """
    listed = _LISTED.get(name)
    if listed is None and not name.isascii():
        listed = _LISTED.get(fold(name))  # "Médecins Sans Frontières"
    if listed is None and name[2:3] == "-" and _CAPITAL_ARTICLE.match(name) is not None:
        listed = _LISTED.get(name[0].lower() + name[1:])  # "Al-Shabaab" opening a sentence
    if listed is not None:
        return listed
    place = lexicons.places.get(name)
    if place is None:
        return _region(name, lexicons, params)
    if place.kind in ("country", "continent"):
        return place.label, place.canonical, "lexicon"
    if " " in name:
        return place.label, place.canonical, "gazetteer"
    if is_common(name, lexicons, params) or name in lx.DIRECTIONS:
        return None  # "Most", "West": a word first, a place (a Czech region) only in context
    if _other_name(name, place):
        return None  # "Stalin" (Donetsk), "Roma" (Rome): a place only in context
    if place.kind not in ("city", "admin2"):
        return place.label, place.canonical, "gazetteer"
    if place.population < params.person_place_min_population and lx.name_like(name, lexicons):
        return None  # "Chandler": a surname first, a town only in context
    if place.kind != "city" or place.population >= params.city_min_population:
        return place.label, place.canonical, "gazetteer"
    return None


def _region(name: str, lexicons: lx.Lexicons, params: EntityParams) -> tuple[str, str, str] | None:
    """'Thrace', 'Darfur', 'the Bosphorus': a region the gazetteer lacks, from the regions
    list; a one-word name that is also a first name or an ordinary word ("Brittany",
    "Natal") is a region only in context, like a town named like a person."""
    label = lx.regions().get(name)
    if label is None:
        return None
    if " " not in name and (
        name.lower() in lexicons.first_names or is_common(name, lexicons, params)
    ):
        return None
    return label, name, "gazetteer"


def _other_name(word: str, place: lx.Place) -> bool:
    """Whether a one-word gazetteer name is another name of the place, not its own
    spelling: former and foreign names ("Stalin" for Donetsk, "Beria" for Aleppo) are
    far more often a person, a people or a word than the town. A dotted abbreviation
    ("L.A.") is written for the place alone, and a spelling that only joins or splits
    its words ("Naypyitaw" for Nay Pyi Taw) is the own name."""
    return "." not in word and _letters(word) != _letters(place.canonical)


def _letters(name: str) -> str:
    return "".join(char for char in fold(name).lower() if char.isalnum())


def is_word_char(char: str) -> bool:
    """What a regular expression's \\w matches in a str."""
    return char.isalnum() or char == "_"


def ends_with(text: str, start: int, width: int, pattern: re.Pattern, last: tuple) -> bool:
    """Whether `pattern` (a phrase ending in one of the words `last`, then line space)
    ends the `width` characters before `start`; searched only when one of those words
    ends them, as it must for a match."""
    window = max(0, start - width)
    return text[window:start].rstrip().endswith(last) and (
        pattern.search(text, window, start) is not None
    )


def is_common(word: str, lexicons: lx.Lexicons, params: EntityParams) -> bool:
    """A word running text mostly writes lower-case ("Government", "Most")."""
    counts = lexicons.word_case.get(word.lower())
    if counts is None:
        return False
    lower, capital = counts
    return lower >= params.common_word_min_count and lower >= params.common_word_ratio * (
        lower + capital
    )


# Plural endings of nouns for people by role or kind: "Militants", "Insurgents",
# "Separatists", "Mercenaries", "Raiders", "Invaders".
_PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]{3,}(?:ants|ents|ists|aries|ers|ors)")


def people_plural(word: str, lexicons: lx.Lexicons, params: EntityParams) -> bool:
    """Whether a capitalised word has the form of a plural common noun: a plural for
    people by role ("Militants"), a compound in "-men" ("Gunmen", "Tribesmen") or an "-s"
    plural whose singular running text writes lower-case ("Gangs", "Authorities"). A
    listed name ("Carmen", "Sanders") is left to the callers, which know the article."""
    if _PEOPLE_PLURAL.fullmatch(word) is not None or men_plural(word, lexicons):
        return True
    if len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
        return False
    singulars = [word[:-1]]
    if word.endswith("es"):
        singulars.append(word[:-2])  # "Witnesses"
    if word.endswith("ies"):
        singulars.append(word[:-3] + "y")  # "Authorities"
    return any(is_common(singular, lexicons, params) for singular in singulars)


def men_plural(word: str, lexicons: lx.Lexicons) -> bool:
    """'Gunmen stormed …', 'Tribesmen blocked …': a compound in "-men" is the plural of a
    noun for people by trade or kind, not a name. A listed name ("Carmen") stays."""
    return len(word) >= 6 and word.endswith("men") and not lx.name_like(word, lexicons)


def _body_province(words: list[str]) -> bool:
    """'Islamic State West Africa Province', 'Islamic State Khorasan Province': a listed
    body's name, then a region's, then "Province" names the body's branch there (an
    armed group's "province", Arabic wilayat), not a province of a state."""
    if len(words) < 3 or words[-1] != "Province":
        return False
    return any(
        " ".join(words[:k]) in lx.ORG_NAME_SET or " ".join(words[:k]) in lx.ORG_ALIASES
        for k in range(1, len(words) - 1)
    )


def _head(words: list[str], purpose: bool = False) -> str | None:
    """The label a name's head noun gives it ("CBS News" → ORG), if any; `purpose`: a
    body's noun before "for", or "for" and an aim ("for the Defence of"), heads the name
    (see `_purpose`)."""
    if _arabic_body(words) or _body_province(words):
        return "ORG"
    place = _arabic_place(words)
    if place is not None:
        return place
    if len(words) < 2 or words[0] in lx.CORE_TITLES:
        return None  # "Secretary of State" is an office, not a state
    if len(words) > 2 and words[1] == "of":
        if words[0] in lx.EVENT_OF_HEADS:
            return "EVENT"
        if words[0] in lx.LAW_HEADS:
            return "LAW"
        if words[0] in _BODY_OF_HEADS and _LAST_HEAD.get(words[-1]) == "GPE":
            return "ORG"  # "Alliance of Sahel States", "League of Arab States": a body's
    if purpose and any(
        words[j] == "for" and (words[j - 1] in lx.ORG_OF_HEADS or lx.aim_after(words, j))
        for j in range(1, len(words) - 1)
    ):
        # "Movement for the Emancipation of the Niger Delta": its purpose;
        # "Volunteers for the Defence of the Homeland": an aim's noun
        return "ORG"
    label = _LAST_HEAD.get(words[-1])
    if label is not None:
        return label
    if words[0] in lx.LOC_PREFIXES:
        return "LOC"
    if "of" in words:
        for i in range(len(words) - 1):
            if words[i + 1] == "of" and words[i] in lx.ORG_OF_HEADS:
                return "ORG"
    return None


def _last_heads() -> dict[str, str]:
    """A name's last word → the label it heads, the first of these lists naming the word
    winning (one look-up instead of six)."""
    table: dict[str, str] = {}
    for heads, label in (
        (lx.EVENT_HEADS, "EVENT"),
        (lx.LAW_HEADS, "LAW"),
        (lx.FAC_HEADS, "FAC"),
        (lx.LOC_HEADS, "LOC"),
        (lx.GPE_HEADS, "GPE"),
        (lx.ORG_HEADS, "ORG"),
        (lx.CLUB_HEADS, "ORG"),
    ):
        for word in heads:
            table.setdefault(word, label)
    return table


_LAST_HEAD = _last_heads()
# Bodies' nouns that head a name before "of" whatever ends it ("Alliance of Sahel
# States"); a polity's do not ("Republic of the Gambia").
_BODY_OF_HEADS = lx.ORG_OF_HEADS - lx.POLITY_OF_HEADS


_ARABIC_ARTICLE = re.compile(
    "^(?:" + "|".join(p.removesuffix("-") for p in (*ARTICLE_PREFIXES, "ut-")) + ")-", re.IGNORECASE
)


def _arabic_body(words: list[str]) -> bool:
    """'Jabhat al-Nusra', 'Lashkar-e-Taiba', 'Hayat Tahrir al-Sham': a name opened by a
    transliterated noun for a body (front, army, movement, party) is an organisation's."""
    lead = words[0].split("-")[0]
    if (lead in lx.ORG_LEAD_NOUNS or words[0] in lx.ORG_LEAD_NOUNS) and (
        len(words) > 1 or "-" in words[0]
    ):
        return True
    return lead in lx.ORG_LEAD_NOUNS_WITH_ARTICLE and any(
        _ARABIC_ARTICLE.match(w) for w in words[1:]
    )


# Arabic nouns of place that open a toponym before a name with the article ("Jisr
# al-Shughur" the bridge, "Ras al-Ain" the head of the spring, "Bab al-Hawa" the gate of
# the wind): a settlement's, or a mountain's or valley's (LOC). No one's name opens so.
_ARABIC_PLACE_NOUNS = {
    **dict.fromkeys(
        "Tell Tal Tall Ras Deir Dayr Bab Jisr Ain Ayn Kafr Bir Qasr Marj Khirbet Khan Beit"
        " Burj Maarat Sharm".split(),
        "GPE",
    ),
    **dict.fromkeys("Jabal Jebel Wadi".split(), "LOC"),
    # Kinship nouns open towns too ("Umm Qasr" the mother of palaces, "Bint Jbeil" the
    # daughter of the mountain); before a given name they open a woman's byname ("Umm
    # Ahmed"), so without a cue of place they leave it be (`KINSHIP_PLACE_NOUNS`).
    **dict.fromkeys("Umm Um Bint".split(), "GPE"),
}
# The kinship nouns above: before a name they open a woman's byname as often as a town.
KINSHIP_PLACE_NOUNS = frozenset("Umm Um Bint".split())
# Hebrew nouns of place that open a town's name as the Arabic ones do ("Kiryat Shmona"
# the town, "Kfar Saba" the village, "Givat Shaul" the hill, "Ma'ale Adumim" the
# ascent). No one's name opens with one, so the name after it may be a given name.
HEBREW_PLACE_NOUNS = frozenset(
    "Kiryat Qiryat Kfar Ramat Givat Ma'ale Ma’ale Maale Mitzpe Neve Moshav Kibbutz".split()
)


# Patronymic particles: "Osama bin Laden", "Mohammed bin Salman".
_PATRONYMIC = frozenset(["bin", "ibn", "bint"])


def arabic_person_shape(words: list[str]) -> bool:
    """'Bashar al-Assad', 'Osama bin Laden': a capitalised given word, then a name with
    the Arabic article or after a patronymic particle, is how a person is named; a town
    so named opens with a noun of place ("Deir al-Zor", "Khan al-Assal") or of a body."""
    if len(words) < 2 or words[0] in _ARABIC_PLACE_NOUNS or words[0] in lx.ORG_LEAD_NOUNS:
        return False
    if not words[0][:1].isupper() or "-" in words[0]:
        return False
    return any(
        (_ARABIC_ARTICLE.match(word) is not None and word.split("-", 1)[1][:1].isupper())
        or (word in _PATRONYMIC and nxt[:1].isupper())
        for word, nxt in zip(words[1:], [*words[2:], ""], strict=True)
    )


# Every noun of place above, for a set look-up before any rule asks which it is.
PLACE_NOUN_WORDS = frozenset(_ARABIC_PLACE_NOUNS) | HEBREW_PLACE_NOUNS


def arabic_place_noun(word: str) -> str | None:
    """The label of a place an Arabic or Hebrew noun of place opens ("Tell", "Jabal",
    "Kiryat"), if it is one."""
    if word in HEBREW_PLACE_NOUNS:
        return "GPE"
    return _ARABIC_PLACE_NOUNS.get(word)


def _arabic_place(words: list[str]) -> str | None:
    """The label of a name an Arabic noun of place opens, before a word with the article
    ("Deir al-Zor", "Jabal al-Zawiya"), if it is one."""
    label = _ARABIC_PLACE_NOUNS.get(words[0])
    if label is None or len(words) < 2 or _ARABIC_ARTICLE.match(words[1]) is None:
        return None
    return label


def _purpose(words: list[str], lexicons: lx.Lexicons) -> bool:
    """Whether "for" opens a body's purpose ("Observatory for Human Rights", "Movement for
    the Emancipation of …") rather than a place it heads for ("the Soviet Union for
    America"): a place's name does not follow it."""
    if "for" not in words:
        return False
    rest = " ".join(words[words.index("for") + 1 :])
    return not (
        rest in lexicons.places
        or rest in lx.GPE_ALIASES
        or rest in lx.LOC_NAME_SET
        or rest in lx.regions()
    )


# Plural endings of the people of a place, and what the place's name ends in instead:
# "Chicagoans", "Iowans", "San Franciscans", "Melbournians", "Londoners", "New Yorkers".
_TOWNSPEOPLE_ENDINGS = (
    ("ians", ("e", "ia", "")),
    ("ans", ("", "a", "o")),
    ("ers", ("",)),
)
_TOWNSPEOPLE_SUFFIXES = tuple(ending for ending, _tails in _TOWNSPEOPLE_ENDINGS)


def _townspeople(words: list[str], lexicons: lx.Lexicons, params: EntityParams) -> bool:
    """'San Franciscans', 'New Yorkers': the plural of a big place's name plus a people
    ending names its inhabitants (NORP), not a body or a family; a surname ("Sanders")
    or a small town's likeness ("Rangers") is not read so."""
    last = words[-1]
    if len(last) < 6 or not last.endswith(_TOWNSPEOPLE_SUFFIXES):
        return False
    if fold(last).lower() in lexicons.surnames:
        return False
    for ending, restored in _TOWNSPEOPLE_ENDINGS:
        if not last.endswith(ending):
            continue
        for tail in restored:
            place = lexicons.places.get(" ".join([*words[:-1], last[: -len(ending)] + tail]))
            if place is not None and (
                place.kind != "city" or place.population >= params.city_min_population
            ):
                return True
    return False


# Words that name a river's or a region's reach: "Lower Shabelle", "Upper Kalbar".
_REACHES = frozenset(["Upper", "Lower", "Middle"])
_LOCATIVES = frozenset(["in", "into", "from", "across", "near", "to", "of", "throughout"])


def _reach_of_region(
    words: list[str], text: str, start: int, lexicons: lx.Lexicons, params: EntityParams
) -> bool:
    """'in Lower Shabelle', 'across Upper Kalbar': a reach word and one unexplained name
    after a preposition of place is a region, though no list has it (the model doubts a
    name opening with a word as common as "lower"). Not a common noun ("Lower House")
    or a listed name."""
    return (
        len(words) == 2
        and words[0] in _REACHES
        and words[1].isalpha()
        and not is_common(words[1], lexicons, params)
        and not lx.name_like(words[1], lexicons)
        and _previous_word(text, start) in _LOCATIVES
    )


def _part_of_country(words: list[str], lexicons: lx.Lexicons) -> bool:
    """'Northern Algeria', 'North-West India': a compass adjective or compound before a
    country names a part of it in words, not a place of its own, so only the country is a
    name; a part with a name of its own ("Northern Ireland", "South Sudan") is listed."""
    if len(words) != 2 or not (
        (words[0] in lx.DIRECTIONS and words[0].endswith("ern"))
        or (words[0].startswith(("North-", "South-")) and _COMPASS_COMPOUND.match(words[0]))
    ):
        return False
    return lx.is_country(words[1], lexicons)


def _polity_of_place(words: list[str], lexicons: lx.Lexicons) -> bool:
    """'Kingdom of France', 'Federal Republic of Cameroon', 'Community of Madrid': a
    polity's noun before "of" and a known place is the state itself, not a body of it
    ("Federation of Korean Trade Unions", "Republic of Letters" name no place)."""
    if "of" not in words:
        return False  # most names
    for i in range(len(words) - 2):
        if words[i] in lx.POLITY_OF_HEADS and words[i + 1] == "of":
            rest = words[i + 3 :] if words[i + 2] == "the" else words[i + 2 :]
            place = " ".join(rest)
            return place in lexicons.places or place in lx.GPE_ALIASES
    return False


# Lower-case or bound parts a hyphenated title may hold: "Commander-in-Chief",
# "Under-Secretary-General", "President-designate".
_TITLE_HYPHEN_PARTS = frozenset(["in", "of", "Under", "elect", "designate"])


@functools.lru_cache(maxsize=20_000)
def title_word(word: str) -> tuple[bool, bool]:
    """(whether a word is part of a title, whether it is a core title): a hyphenated
    compound of title words is one ("Lieutenant-General", "Attorney-General",
    "Director-General", "Vice-President") as its spaced form is. (Cached: asked of
    every word of every candidate, and words recur.)"""
    if word in lx.CORE_TITLES:
        return True, True
    if word in lx.TITLE_MODIFIERS:
        return True, False
    parts = word.split("-")
    if len(parts) < 2:
        return False, False
    core = False
    for part in parts:
        if part in lx.CORE_TITLES:
            core = True
        elif part not in lx.TITLE_MODIFIERS and part not in _TITLE_HYPHEN_PARTS:
            return False, False
    return True, core


_TITLE_WORDS = lx.CORE_TITLES | lx.TITLE_MODIFIERS


def _title_split(words: list[str]) -> tuple[int, int] | None:
    """(i, j): words[i:j] is a title phrase ("Prime Minister") followed by a name."""
    if _TITLE_WORDS.isdisjoint(words) and "-" not in "".join(words):
        return None  # no listed title word nor hyphenated compound (most names)
    for i, word in enumerate(words):
        if not title_word(word)[0]:
            continue
        j = i
        core = False
        while j < len(words):
            title, is_core = title_word(words[j])
            if not title and words[j] not in ("of", "for"):
                break
            core = core or is_core
            j += 1
        if core and not _bare_rank_alone(words, i, j):
            return i, j
    return None


# The last word of a minister's portfolio ("Foreign Affairs", "Territorial
# Administration", "Rural Development").
_PORTFOLIO_ENDS = lx.word_set(
    """Affairs Administration Development Relations Cooperation Decentralisation
    Decentralization Reconstruction Planning Defence Defense Interior"""
)


def _portfolio_holder(rest: list[str]) -> int:
    """How many words at the end of what follows a title name its holder: two or three
    after a portfolio's last word ("Affairs Ahmed Attaf"), none a title's, a body's or a
    portfolio's word; 0 when no portfolio ends before them."""
    for size in (2, 3):
        k = len(rest) - size - 1
        if k < 0:
            return 0
        if rest[k] in _PORTFOLIO_ENDS and not any(
            w in _PORTFOLIO_ENDS or w in lx.ORG_HEADS or title_word(w)[0] or not w.istitle()
            for w in rest[k + 1 :]
        ):
            return size
    return 0


def _no_holder(
    words: list[str], split: tuple[int, int], lexicons: lx.Lexicons, params: EntityParams
) -> bool:
    """'the Estado Mayor Central': a title inside a name, with a word before it and one
    ordinary word no name list knows after it, names no holder: the run is one name, not
    an office and a man."""
    i, j = split
    return (
        i > 0
        and j == len(words) - 1
        and is_common(words[j], lexicons, params)
        and not lx.name_like(words[j], lexicons)  # "Labour MP Rose", "Senator Young"
    )


def _bare_rank_alone(words: list[str], i: int, j: int) -> bool:
    """'Gen Z', 'the Col du Tourmalet': a rank written without its dot ("Gen", "Col")
    opens a name only before a capitalised word of two letters or more."""
    if not lx.BARE_RANKS.issuperset(words[i:j]):
        return False
    return j >= len(words) or len(words[j]) < 2 or not words[j][0].isupper()


# Words of names that also open Arabic and Central Asian place names ("Khan Younis",
# "Sheikh Jarrah", "Khan Shaykhun"): a caravanserai's, a holy man's shrine's quarter.
# "Sheikh" is a title; "Khan" is not one in today's news but the surname of millions
# ("Imran Khan", "Sadiq Khan"), so it is no title word.
_PLACE_OPENING_WORDS = frozenset(["Khan", "Sheikh", "Sheik"])
# A sheikh is far more often a man than a quarter: after "in" or "at" he may be one
# ("confidence in Sheikh Hasina"); only prepositions of place alone type his name a place.
_SHEIKHS = frozenset(["Sheikh", "Sheik"])
_PLACE_ONLY_PREPOSITIONS = lx.PLACE_PREPOSITIONS - {"in", "at"}


def _title_opened_place(piece: Piece, text: str, lexicons: lx.Lexicons) -> bool:
    """'in Khan Younis', 'near Sheikh Jarrah': a name opening with a word that also opens
    place names is that place when the gazetteer has it, a noun for a division follows
    it or a place's noun or a place preposition precedes it (no possessive after: "near
    Sheikh Hamad's palace" is the man's)."""
    first = piece.words[0]
    if first not in _PLACE_OPENING_WORDS or len(piece.words) < 2:
        return False
    if " ".join(piece.words) in lexicons.places:
        return True
    if place_follower(text, piece.end, lx.GPE_TRAILERS) or _place_of(text, piece.start):
        return True  # "the Sheikh Radwan neighbourhood", "residents of Sheikh Radwan"
    cues = _PLACE_ONLY_PREPOSITIONS if first in _SHEIKHS else lx.PLACE_PREPOSITIONS
    return (
        _previous_word(text, piece.start).lower() in cues
        and POSSESSIVE_AFTER.match(text, piece.end) is None
    )


def given_initials(words: list[str]) -> bool:
    """'B.B.', 'J. R.', 'W.E.B.': initials standing for given names, the opening of a
    person's name; a dotted abbreviation of a known place or body ("U.S.", "U.N.") is not."""
    return bool(words) and all(
        (_INITIAL.match(w) or _RUN_INITIALS.match(w))
        and w not in lx.GPE_ALIASES
        and w not in lx.ORG_NAME_SET
        and w not in lx.LOC_NAME_SET
        for w in words
    )


def _surname_title(words: list[str], split: tuple[int, int], lexicons: lx.Lexicons) -> bool:
    """'Martin Luther King', 'John Major', 'B.B. King': a title word ending a full name is
    its surname."""
    i, j = split
    return (
        j == len(words)
        and j - i == 1
        and i >= 1
        and words[i].lower() in lexicons.surnames
        and words[i] not in lx.LOCAL_TITLES  # "Laurel County Sheriff" is an office
        and (
            given_initials(words[:i])
            or (
                fold(words[0]).lower() in lexicons.first_names
                and _first_name_not_country(words[0], lexicons)  # "Jordan King"
            )
        )
        and PLACE_OR_ORG_HEADS.isdisjoint(words[:i])
    )


def _middle_name_title(words: list[str], split: tuple[int, int], lexicons: lx.Lexicons) -> bool:
    """'Jeffrey Dean Morgan': a title word that is also a given name, between a first name
    no place bears and a surname, is a middle name ("Paris Mayor Hidalgo" is an office).
    So is "Sheikh" after a given name no country bears, a father's name in Somali and
    Arab names ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed"), whatever name follows."""
    i, j = split
    if len(words) != 3 or (i, j) != (1, 2) or fold(words[0]).lower() not in lexicons.first_names:
        return False
    if words[1] in _SHEIKHS:
        return _first_name_not_country(words[0], lexicons)
    return (
        words[1].lower() in lexicons.first_names
        and words[0] not in lexicons.places
        and words[0] not in lx.GPE_ALIASES
        and words[2].lower() in lexicons.surnames
    )


def _country_or_state(word: str, lexicons: lx.Lexicons) -> bool:
    place = lexicons.places.get(word)
    return place is not None and place.kind in ("country", "admin1")


def _first_name_not_country(word: str, lexicons: lx.Lexicons) -> bool:
    place = lexicons.places.get(word)
    return word not in lx.GPE_ALIASES and (place is None or place.kind == "city")


# Lower-case words that may follow a name that stands alone (a body's branch, a place);
# any other lower-case word is the noun the name modifies ("a NASA Discovery mission").
LOWER_AFTER = re.compile(r"[^\S\n]+([a-z]+)\b")
AFTER_BRANCH = frozenset(
    """about at in on for from with by to of and or but that which who is was were are
    has have had will would can could said says reported told""".split()
)


def _org_led(piece: Piece, text: str, lexicons: lx.Lexicons, params: EntityParams) -> bool:
    """'UN Environment', 'CNN Style', 'CTV Winnipeg': an acronym before one more word names
    a body's branch, not a person ("Un" is also a given name), when the acronym is a known
    organisation's and no given name follows ("CNN Anderson Cooper"), or any acronym but
    a country's before a place."""
    words = piece.words
    if len(words) != 2 or not words[1].istitle() or _ACRONYM.match(words[0]) is None:
        return False
    if words[1] in lx.CORE_TITLES:
        return False  # "UN Secretary Guterres"
    after = LOWER_AFTER.match(text, piece.end)
    if after is not None and after.group(1) not in AFTER_BRANCH:
        return False
    if words[0] in lexicons.places or words[0] in lx.GPE_ALIASES:
        return False  # "US Army", "UK Border Force" are the country's
    if words[0] in lx.ORG_NAME_SET or words[0] in lx.ORG_ALIASES:
        return fold(words[1]).lower() not in lexicons.first_names
    # "CTV Winnipeg", "WKYC Cleveland": a broadcaster's or body's branch in a place big
    # enough to stand alone.
    place = lexicons.places.get(words[1])
    return place is not None and (
        place.kind != "city" or place.population >= params.city_min_population
    )


def _is_person_name(words: list[str], lexicons: lx.Lexicons) -> bool:
    if len(words) < 2 or len(words) > 5:
        return False
    if not _DIVISION_OR_INSTITUTION.isdisjoint(words[1:]):
        return False  # "Walker County Fair", "Laurel County Adult Education"
    first = fold(words[0]).lower()
    if first in lexicons.first_names and words[0] not in lx.GPE_ALIASES:
        place = lexicons.places.get(words[0])
        if place is None or place.kind == "city" or _given_name_then_surname(words, lexicons):
            return True
    # Initials hold a dot, which most names have none of: then no pattern is tried.
    if "." in " ".join(words[:-1]) and (
        any(_INITIAL.match(w) for w in words[:-1]) or given_initials(words[:1])
    ):
        return True
    return not lx.NAME_PARTICLES.isdisjoint(words[1:-1])


def _given_name_then_surname(words: list[str], lexicons: lx.Lexicons) -> bool:
    """'Paul Allen', 'Virginia Alexander', 'Chad Walker': a given name that is also a
    country or province ("Paul" is a Cape Verdean one), then a surname that is no common
    word, no place head and no country or state ("Georgia Power", "Jordan River" are
    not people); a surname that is also a town ("Allen", "Walker") is still a surname."""
    if len(words) != 2:
        return False
    last = words[1]
    lower, capital = lexicons.word_case.get(last.lower(), (0, 0))
    return (
        fold(last).lower() in lexicons.surnames
        and lower <= capital  # "Stone", "Power": a word before a name
        and last not in lx.LOC_HEADS
        and last not in lx.GPE_HEADS
        and not _country_or_state(last, lexicons)
    )


def state_after(text: str, end: int, lexicons: lx.Lexicons) -> bool:
    """Whether a state, province or country follows the name after a comma ("Swanton,
    Ohio", "Lumpkin, Ga.", "Colombo, Sri Lanka"): the name is a town there, whatever
    surname it shares. A possessive ("Smith, Ohio's governor") is not this pattern."""
    match = _STATE_COMMA.match(text, end) if text.startswith(",", end) else None
    if match is None:
        return False
    first, second = match.group(1), match.group(2)
    if province_after(text, end, lexicons):
        return True
    names = [(f"{first} {second}", match.end(2)), (first, match.end(1))] if second else []
    for name, end in names or [(first, match.end(1))]:
        place = lexicons.places.get(name)
        if (
            name in lx.GPE_ALIASES or (place is not None and place.kind in ("admin1", "country"))
        ) and (name.endswith(".") or _STATE_END.match(text, end) is not None):
            return True
    return False


# ", Kunduz Province", ", Nangarhar province": a known place and the noun of a division.
_PROVINCE_COMMA = re.compile(
    r",[^\S\n]+([A-Z][\w'’-]*(?:[^\S\n][A-Z][\w'’-]*)?)[^\S\n]+(?:[Pp]rovince|[Dd]istrict)"
)


def province_after(text: str, end: int, lexicons: lx.Lexicons) -> bool:
    """Whether a known place's province or district follows the name after a comma and
    ends the clause ("Isa Khan, Kunduz Province, on June 16"): the name is a village
    there, even one shaped like a man's name. "Ali, Kunduz province governor" is not."""
    if not text.startswith(",", end):
        return False
    match = _PROVINCE_COMMA.match(text, end)
    return (
        match is not None
        and match.group(1) in lexicons.places
        and _STATE_END.match(text, match.end()) is not None
    )


def place_follower(text: str, end: int, nouns: frozenset[str] = lx.PLACE_FOLLOWERS) -> bool:
    """'a Chapin man', 'Roselle police': a noun only a town's name modifies follows."""
    return _modifier(_word_after(text, end), text, end) in nouns


def _modifier(after: tuple[int, str], text: str, end: int) -> str:
    """The word after the name (`_word_after`) when the name modifies it, or "": one
    space or mark between, no possessive after it ("men's")."""
    marks, word = after
    if marks != 1:  # one space, no punctuation: a modifier
        return ""
    follower = end + 1 + len(word)
    return "" if text[follower : follower + 1] in ("'", "’") else word


def _dateline(piece: Piece, text: str) -> bool:
    """'MOUNT GILEAD (AP) --', 'BYESVILLE --': a capitalised place opening a story."""
    return (
        piece.initial
        and all(w.isupper() or w in ("OF", "ON") for w in piece.words)
        and len("".join(piece.words)) > 3
        and _DATELINE_AFTER.match(text, piece.end) is not None
    )


def _party_home(piece: Piece, text: str) -> Mention | None:
    """'D-Oakland', 'D-N.Y.' after a legislator's name: after the party letter, a place."""
    word = piece.words[0]
    match = _PARTY_HOME.match(word)
    if match is None or not text[max(0, piece.start - 2) : piece.start].endswith((", ", "(")):
        return None
    start = piece.start + match.end()
    state = _STATE_ABBREVIATION.match(text, start)
    name = state.group().replace(" ", "") if state is not None else ""
    if name in lx.GPE_ALIASES:
        # "D-N.Y.", "D-W. Va.": the candidate scan stopped at the first dot.
        words = state.group().split()
        return Mention(start, state.end(), words, "GPE", lx.GPE_ALIASES[name], "cue")
    words = [word[match.end() :], *piece.words[1:]]
    return Mention(start, piece.end, words, "GPE", " ".join(words), "cue")


_CLAUSE_END = re.compile(r"[.,;:!?)”\"]|$")
_WHO = re.compile(r",[^\S\n]+who\b")


def _quote_end(text: str, piece: Piece, marks: int) -> bool:
    """'"We will not leave Bakhmut," said …': a name closing a quotation before the speech
    verb is the quotation's last word, not its speaker (who follows the verb), unless a
    comma sets it apart as the one spoken to ('"Thank you, Kevin," said …')."""
    closed = any(c in "\"”’'" for c in text[piece.end : piece.end + marks])
    return closed and text[piece.start - 2 : piece.start] != ", "


def _speaker(text: str, piece: Piece, before: str) -> bool:
    """'…, says Tarlo.', 'said Dündar.', 'Gomery, who led …': a name closing a speech
    verb's clause, or one a relative "who" follows, is a person's."""
    if text.startswith(",", piece.end) and _WHO.match(text, piece.end) is not None:
        return True
    return (
        before in lx.PERSON_FOLLOWERS
        and text[piece.start - len(before) - 1 : piece.start] == before + " "
        and _CLAUSE_END.match(text, piece.end) is not None
    )


# "starring LaBeouf", "directed by Smaragdis", "a direct descendant of Tokugawa Ieyasu",
# "the widow of Okafor": a film's cast and crew and a person's kin are people. So is a
# name in apposition to a lower-case rank or calling ("the emperor Caracalla", "the
# writer Günter Grass", "cleric Muqtada al-Sadr").
_CALLINGS = (
    "emperor|empress|pharaoh|king|queen|sultan|tsar|czar|pope|prophet|cleric|preacher"
    "|poet|composer|singer|songwriter|rapper|actor|actress|writer|novelist|playwright"
    "|painter|sculptor|philosopher|historian|economist|physicist|chemist|mathematician"
    "|journalist|author|musician|guitarist|comedian|footballer|striker|midfielder"
    "|goalkeeper|cricketer|businessman|businesswoman|billionaire|tycoon|dictator|warlord"
    "|chairman|chairwoman|spokesman|spokeswoman|spokesperson|commander|commissioner|envoy"
    "|ambassador|minister"
)
_PERSON_BEFORE = re.compile(
    r"\b(?:starring|co-starring|(?:directed|played|portrayed)[^\S\n]+by"
    r"|(?:son|daughter|wife|husband|widow|widower|nephew|niece|grandson|granddaughter"
    r"|descendants?|heir)[^\S\n]+of"
    r"|" + _CALLINGS + r"),?[^\S\n]+$"
)
# The last words of `_PERSON_BEFORE`'s phrases.
_PERSON_BEFORE_ENDS = ("starring", "by", "of", *_CALLINGS.split("|"))


# "his London-based company, Orbis Business Intelligence", "the Icelandic band Sigur Rós":
# a name right after a noun for a kind of organisation names one.
_ORG_KINDS = """company firm agency charity newspaper broadcaster band label startup start-up
    retailer airline insurer carmaker automaker magazine conglomerate group""".split()
_ORG_BEFORE = re.compile(r"\b(?:" + "|".join(_ORG_KINDS) + r"),?[^\S\n]+$")
# "shipping giant Maersk", "US giant Seagram": "giant" after a noun is a large company;
# after a determiner it is an adjective ("some giant CGI Soup Dragons").
_GIANT_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:a|an|the|some|any|this|that|its|his|her|their|our|two|three)\b)"
    r"[A-Za-z][\w-]*[^\S\n]+giant,?[^\S\n]+$"
)


def ending_words(phrases: Iterable[str]) -> frozenset[str]:
    """The run of ASCII letters each phrase ends with ("start-up" → "up"): what
    `word_ending` finds before a match of a pattern ending in one of the phrases."""
    return frozenset(re.split("[^A-Za-z]", phrase)[-1] for phrase in phrases)


_ORG_BEFORE_WORDS = ending_words(_ORG_KINDS)
_PERSON_BEFORE_WORDS = ending_words(_PERSON_BEFORE_ENDS)


def word_ending(
    text: str, start: int, width: int, marks: str = "", joined: str = "", skip: str = ""
) -> str:
    """The run of ASCII letters that ends the `width` characters before `start`, spaces,
    a `skip` word (a title's "The") and `marks` after it set aside, then `joined` (a
    comma written against the word: 'the film, "Looper"'). A window pattern ending in one
    of a few words (opened by \\b), then such marks and line space, matches only when
    this run is one of those words: a set look-up rules out most names before the search."""
    before = text[max(0, start - width) : start].rstrip()
    if skip and before.endswith(skip):
        before = before[: -len(skip)].rstrip()
    if marks:
        before = before.rstrip(marks).rstrip()
    if joined:
        before = before.rstrip(joined)
    return before[len(before.rstrip(_ASCII_LETTERS)) :]


def org_before(text: str, start: int) -> bool:
    """Whether the words before `start` name a kind of organisation."""
    before = word_ending(text, start, 24, ",")
    if before == "giant":
        return _GIANT_BEFORE.search(text, max(0, start - 32), start) is not None
    if before not in _ORG_BEFORE_WORDS:
        return False
    return _ORG_BEFORE.search(text, max(0, start - 24), start) is not None


def _org_noun_before(text: str, piece: Piece, before: str, first_name: bool) -> bool:
    """Whether a noun for a kind of organisation (`before`) stands right before the
    name, or is in apposition to it ("the airline, SpiceJet,"): an apposition after a
    comma closes at a stop or a comma, where a clause's subject goes on to its verb ("the
    band, Springsteen mocked …"), and is no first name, which opens a list of members
    as often ("the folk group, Peter, Paul and Mary"). (The caller looks `before` up
    first: most words before a name are no such noun.)"""
    head = text[max(0, piece.start - len(before) - 2) : piece.start]
    if not head.endswith(before + " ") and not (
        head.endswith(before + ", ")
        and not first_name
        and text[piece.end : piece.end + 1] in ("", ",", ".", ";")
    ):
        return False
    return org_before(text, piece.start)


def person_before(text: str, start: int) -> bool:
    """Whether the words before `start` introduce a person (cast, crew, kin or calling)."""
    if word_ending(text, start, 24, ",") not in _PERSON_BEFORE_WORDS:
        return False  # none of the phrases' last words ends the text before `start`
    return _PERSON_BEFORE.search(text, max(0, start - 24), start) is not None


def _single_word(
    word: str, piece: Piece, text: str, lexicons: lx.Lexicons, params: EntityParams
) -> tuple[str, str] | None:
    """Label and method of a one-word name that no list explains, or None to drop it."""
    if is_common(word, lexicons, params) or word in lx.DIRECTIONS:
        return None  # an ordinary word, capitalised for emphasis or in a title
    # (An acronym's second letter is a capital or "&": most words need no pattern.)
    acronym = (word[1:2].isupper() or word[1:2] == "&") and _ACRONYM.match(word) is not None
    place = lexicons.places.get(word)
    after = _word_after(text, piece.end)
    modified = _modifier(after, text, piece.end)
    if not acronym and (modified in lx.PLACE_FOLLOWERS or state_after(text, piece.end, lexicons)):
        return ("GPE" if place is None else place.label), "cue"
    if place is not None and modified in lx.TOWN_FOLLOWERS:
        return place.label, "cue"  # "Springfield schools", "a Kettering Republican"
    # "In Columbus, …": a sentence-initial preposition is as much a cue as a lower-case one.
    before = _previous_word(text, piece.start).lower()
    place_cue = before in lx.PLACE_PREPOSITIONS or (
        text.startswith(",", piece.end) and _STATE_AFTER.match(text[piece.end : piece.end + 30])
    )
    # "informed of Pompey's actions": "of" governs the possessor's phrase, not the name.
    weak_cue = (
        before in lx.WEAK_PLACE_PREPOSITIONS and POSSESSIVE_AFTER.match(text, piece.end) is None
    )
    if (
        place is not None
        and _BASED_AFTER.match(text, piece.end) is not None
        and _letters(place.canonical).startswith(_letters(word))
    ):
        # "Frankfurt-based" (Frankfurt am Main), not "Stalin-based": a former or foreign
        # name of a town (Stalino, now Donetsk) is more often a person's.
        return place.label, "cue"
    if place is not None and not (place_cue or weak_cue) and _other_name(word, place):
        if _own_article(word, place, piece, text, params):
            return place.label, _OWN_ARTICLE  # "in The Hague"
        place = None  # "Stalin had begun": another name of a town needs a place cue
    lower = fold(word).lower()
    if place is not None and (place_cue or weak_cue):
        return place.label, "gazetteer"
    kind = _place_of(text, piece.start)
    if kind is not None:
        return kind, "cue"  # "the island of Java": as sure as "a Chapin man"
    if acronym:
        return "ORG", "acronym"
    if (
        word.endswith(lx.NORP_SUFFIXES)
        and lower not in lexicons.first_names
        # "Evans", "Reese": a surname, no people's word ("Victorian" is both, a word first)
        and not (lower in lexicons.surnames and not lower.endswith(("ian", "ean")))
    ):
        return "NORP", "fallback"
    listed_name = lx.name_like(lower, lexicons)
    if place_cue and not piece.initial and not listed_name:
        return "GPE", "context"
    if (before in _ORG_BEFORE_WORDS or before == "giant") and _org_noun_before(
        text, piece, before, lower in lexicons.first_names
    ):
        return "ORG", "cue"  # "Security firm Ambrey said": the noun types the speaker
    if after[1] in SAYING_VERBS and not listed_name and not _quote_end(text, piece, after[0]):
        # "Kiev said …": a city of 100k+ speaks for its government under any of its names
        # (as "Moscow said" does); "Maersk said it would pause": an "it" that speaks is a
        # body ("Citadel said it", not the small town). Not a surname the article writes
        # after a given name.
        known = lexicons.places.get(word)
        city = (
            known.label
            if known is not None and known.population >= params.city_min_population
            else ""
        )
        if (city or spoken_of_as_it(text, piece.end)) and not any(
            w not in lx.DEMONYMS and not is_common(w, lexicons, params)
            for w in words_before(text, word)
        ):
            return (city or "ORG"), "cue"
    # One who speaks is a person, but a plural opening a sentence is no one's name
    # ("Militants said they …").
    if (
        (after[1] in lx.PERSON_FOLLOWERS and not _quote_end(text, piece, after[0]))
        or _speaker(text, piece, before)
    ) and not (
        piece.initial
        and not listed_name
        and people_plural(word, lexicons, params)
        and not capitalised_inside_a_sentence(text, word)
    ):
        return "PERSON", "context"
    if listed_name:
        # "troops retook Palma", "retook Shire": a gazetteer town, or a surname alone.
        if retaken_before(text, piece.start) and (
            place is not None or lower not in lexicons.first_names
        ):
            return ("GPE" if place is None else place.label), "cue"
        return "PERSON", "name"
    if place is not None and not _kind_word(word):
        return place.label, "bare-gazetteer"  # a small town matched with no cue at all
    if piece.initial:
        return None
    if word.endswith("-Ville"):
        return "GPE", "head"  # "Petion-Ville": French "ville" (town) joined to a name
    if vessel_noun(before, text, piece.start) and after[1] not in SAYING_VERBS:
        return "PRODUCT", "cue"  # "the tanker Sounion": a ship (see `ships`)
    if not params.keep_unknown_single:
        return UNKNOWN, "unknown"  # kept only if the article explains it (see keys)
    return "PERSON", "fallback"


def classify(piece: Piece, text: str, lexicons: lx.Lexicons, params: EntityParams) -> list[Mention]:
    """The mentions in one candidate (a title splits "US President Joe Biden" in two)."""
    words = piece.words
    name = " ".join(words)
    found = _lexicon(name, lexicons, params)
    if found is None and len(name) > 3 and name.isupper():
        # Datelines and shouted headlines: "BEIRUT", "MOUNT GILEAD".
        titled = " ".join(w.capitalize() for w in words)
        if titled in lexicons.places or titled in lx.GPE_ALIASES:
            found = _lexicon(titled, lexicons, params) or ("GPE", titled, "gazetteer")
    if found is None and _dateline(piece, text):
        titled = " ".join(w.capitalize() for w in words)
        return [Mention(piece.start, piece.end, words, "GPE", titled, "cue")]
    if found is None:
        home = _party_home(piece, text) if "-" in words[0] else None  # "D-Oakland"
        if home is not None:
            return [home]
    if found is not None:
        label, canonical, method = found
        if label == "NORP" and _previous_word(text, piece.start) in lx.LANGUAGE_CUES:
            label, canonical = "LANGUAGE", name
        return [Mention(piece.start, piece.end, words, label, canonical, method)]
    if _townspeople(words, lexicons, params):
        return [Mention(piece.start, piece.end, words, "NORP", name, "head")]
    if len(words) == 1:
        return _one_word(piece, text, lexicons, params)
    if province_after(text, piece.end, lexicons):
        return [Mention(piece.start, piece.end, words, "GPE", name, "cue")]
    if _part_of_country(words, lexicons):
        return classify(_part(piece, 1, len(words)), text, lexicons, params)
    if len(words) >= 2 and words[0] in lx.DIRECTIONS and words[-1] not in _NOT_REGIONS:
        # "Northern Kunduz" is a region; "Northwestern University" is not ("West Bank" is).
        rest = " ".join(words[1:])
        if rest in lexicons.places or rest in lx.GPE_ALIASES or rest in lx.LOC_NAME_SET:
            return [Mention(piece.start, piece.end, words, "LOC", name, "head")]
        if _reach_of_region(words, text, piece.start, lexicons, params):
            return [Mention(piece.start, piece.end, words, "LOC", name, "head")]
    if _polity_of_place(words, lexicons):
        return [Mention(piece.start, piece.end, words, "GPE", name, "head")]
    head = _head(words, _purpose(words, lexicons))
    if head is not None:
        return [Mention(piece.start, piece.end, words, head, name, "head")]
    if _title_opened_place(piece, text, lexicons):
        return [place_by_cue(piece, lexicons)]
    split = _title_split(words)
    if split is not None and _no_holder(words, split, lexicons, params):
        split = None
    if split is not None and (
        _surname_title(words, split, lexicons) or _middle_name_title(words, split, lexicons)
    ):
        return [Mention(piece.start, piece.end, words, "PERSON", name, "name")]
    if split is not None:
        i, j = split
        out: list[Mention] = []
        if i > 0:
            left = _part(piece, 0, i)
            town = _town_of_office(left, lexicons)
            if town is not None:
                # "Fargo City Commissioner", "Bloomfield Town Councilman": the town's office.
                out.append(town)
            else:
                out += classify(left, text, lexicons, params)
            if _local_office_town(out, lexicons, words[i:j]):
                # "Toledo Mayor Carty Finkbeiner": a mayor's town, not a surname.
                place = lexicons.places[out[0].words[0]]
                out[0].label, out[0].canonical, out[0].method = place.label, place.canonical, "cue"
            if not out and not lx.LOCAL_TITLES.isdisjoint(words[i:j]):
                # "Pointe Coupee Sheriff", "Mansfield Mayor": the office names its place.
                out.append(Mention(left.start, left.end, left.words, "GPE", left.text, "context"))
        if j < len(words):
            rest = _part(piece, j, len(words))
            known = _lexicon(" ".join(rest.words), lexicons, params)
            holder = _portfolio_holder(rest.words)
            if holder:
                # "Minister of Territorial Administration Paul Atanga Nji": the holder's
                # name after the portfolio, which is part of the title.
                held = _part(piece, len(words) - holder, len(words))
                name = " ".join(held.words)
                out.append(Mention(held.start, held.end, held.words, "PERSON", name, "title"))
            elif words[j - 1] in ("of", "for"):
                # "Archbishop of Salzburg", "Duke of York": the office's see or domain.
                typed = classify(rest, text, lexicons, params)
                out += typed or [
                    Mention(rest.start, rest.end, rest.words, "GPE", rest.text, "context")
                ]
            elif known is not None and (
                known[0] != "GPE" or _pageant(words[i:j], " ".join(rest.words), known, lexicons)
            ):
                out += classify(rest, text, lexicons, params)
            else:
                out.append(
                    Mention(
                        rest.start, rest.end, rest.words, "PERSON", " ".join(rest.words), "title"
                    )
                )
        return out
    if _org_led(piece, text, lexicons, params):
        return [Mention(piece.start, piece.end, words, "ORG", name, "acronym")]
    # "the town of Adan Yabaal": what "the town of" names is no person, however named.
    kind = _place_of(text, piece.start)
    if kind is None and _is_person_name(words, lexicons):
        if len(words) <= 3 and _retaken_run(piece, text):
            # "troops recaptured Adan Yabaal from al-Shabaab": a town, however named.
            return [place_by_cue(piece, lexicons)]
        return [Mention(piece.start, piece.end, words, "PERSON", name, "name")]
    if place_follower(text, piece.end) or state_after(text, piece.end, lexicons):
        # "a Meadow Grove man", "Camp Lejeune, N.C.": an unlisted town or base,
        # even one opening with a known name ("a Tennessee Colony man").
        return [Mention(piece.start, piece.end, words, "GPE", name, "cue")]
    if len(words) == 2 and words[0] == "New" and _country_or_state(words[1], lexicons):
        # "New France", "New Spain": a colony named after its country, one place name.
        return [Mention(piece.start, piece.end, words, "LOC", name, "head")]
    # "foreign minister Ararat Mirzoyan": after a calling, two or three words are the
    # holder's name, though a place's name opens it.
    split = _known_edge(piece, lexicons, params)
    if split is not None and len(words) <= 3 and person_before(text, piece.start):
        split = None
    if split is not None:
        # "Tehrik-i-Taliban Pakistan", "Egypt Dan Kurtzer": a known name glued to another.
        parts = classify(_part(piece, 0, split), text, lexicons, params) + classify(
            _part(piece, split, len(words)), text, lexicons, params
        )
        if _founder_name(parts, words):
            return [Mention(piece.start, piece.end, words, "PERSON", name, "name")]
        if _national_branch(parts, words, lexicons):
            return [Mention(piece.start, piece.end, words, "ORG", name, "head")]
        return parts
    if len(words) > 2 and not lx.GPE_HEADS.isdisjoint(words[1:-1]):
        # "Granville County Fire", "Walker County Fair": a division's body or event.
        return [Mention(piece.start, piece.end, words, "ORG", name, "head")]
    if kind is not None:
        return [Mention(piece.start, piece.end, words, kind, name, "cue")]
    if person_before(text, piece.start) and len(words) <= 3:
        return [Mention(piece.start, piece.end, words, "PERSON", name, "cue")]
    if org_before(text, piece.start):
        return [Mention(piece.start, piece.end, words, "ORG", name, "cue")]
    if not params.keep_unknown:
        return []
    if _ACRONYM.match(words[0]) and len(words) == 2 and words[0] in lx.ORG_NAME_SET:
        return [Mention(piece.start, piece.end, words, "ORG", name, "fallback")]
    if words[-1].lower() in lexicons.surnames and len(words) <= 3:
        return [Mention(piece.start, piece.end, words, "PERSON", name, "fallback")]
    return [Mention(piece.start, piece.end, words, "ORG", name, "fallback")]


def _retaken_run(piece: Piece, text: str) -> bool:
    """Whether a verb of taking back has the run as its object, not a possessor in it
    ("retook Abdul Ghani's compound")."""
    return retaken_before(text, piece.start) and POSSESSIVE_AFTER.match(text, piece.end) is None


def _one_word(
    piece: Piece, text: str, lexicons: lx.Lexicons, params: EntityParams
) -> list[Mention]:
    """`classify` for one word no list, dateline or party letter explains: of the rules
    for a longer name only two can apply to it (a body's transliterated noun, a title
    alone), so the others are not asked."""
    word = piece.words[0]
    if "-" in word and _arabic_body(piece.words):  # "Lashkar-e-Taiba" (one word: hyphens)
        return [Mention(piece.start, piece.end, piece.words, "ORG", word, "head")]
    if title_word(word) == (True, True):
        return []  # an office alone ("President") names no one
    single = _single_word(word, piece, text, lexicons, params)
    if single is None:
        return []
    label, method = single
    place = lexicons.places.get(word)
    canonical = place.canonical if place is not None and label == place.label else word
    if method == _OWN_ARTICLE:
        return [Mention(piece.start - 4, piece.end, ["The", word], label, canonical, "gazetteer")]
    return [Mention(piece.start, piece.end, piece.words, label, canonical, method)]


# `_single_word`'s call for a town whose own name opens with the "The" before the word.
_OWN_ARTICLE = "own-article"


def _own_article(word: str, place: lx.Place, piece: Piece, text: str, params: EntityParams) -> bool:
    """'in The Hague', 'The Bronx': the article is part of such a place's name, not the
    determiner running text puts before a name (the run scan leaves "The" out, and
    "Hague" alone is a surname). A town the gazetteer spells so as its own name (not a
    nickname such as "The Big Apple") and large enough to be named without a cue;
    small ones ("The Gap", "The Colony") share the words with companies and phrases."""
    return (
        place.canonical == "The " + word
        and place.population >= params.city_min_population
        and piece.start >= 4
        and text.startswith("The ", piece.start - 4)
    )


def _pageant(
    title: list[str], name: str, known: tuple[str, str, str], lexicons: lx.Lexicons
) -> bool:
    """'Miss Ohio', 'Miss America': a country or state after "Miss" names a beauty
    pageant's place, not a woman (whose surname no country or state list holds)."""
    if title != ["Miss"] or known[0] != "GPE":
        return False
    place = lexicons.places.get(name)
    return known[2] == "lexicon" or (place is not None and place.kind == "admin1")


def _local_office_town(out: list[Mention], lexicons: lx.Lexicons, title: list[str]) -> bool:
    """Whether the one word before a local office ("Toledo Mayor") that a name list
    called a person is a gazetteer town: offices like a mayor's follow their town."""
    return (
        len(out) == 1
        and len(out[0].words) == 1
        and out[0].label == "PERSON"
        and out[0].method == "name"
        and out[0].words[0] in lexicons.places
        and not lx.LOCAL_TITLES.isdisjoint(title)
    )


def _town_of_office(left: Piece, lexicons: lx.Lexicons) -> Mention | None:
    """The town in "<Town> City"/"<Town> Town" before an office, when that is no place's
    own name ("Kansas City", "George Town" are)."""
    words = left.words
    if len(words) < 2 or words[-1] not in ("City", "Town"):
        return None
    name = " ".join(words)
    if name in lexicons.places or name in lx.GPE_ALIASES:
        return None
    town = " ".join(words[:-1])
    place = lexicons.places.get(town)
    label, canonical = (place.label, place.canonical) if place is not None else ("GPE", town)
    return Mention(left.start, left.ends[-2], words[:-1], label, canonical, "cue")


def _founder_name(parts: list[Mention], words: list[str]) -> bool:
    """'Walt Disney', 'Henry Ford': a given name right before a one-word company named
    after its founder is the founder, not a person glued to a company."""
    return (
        len(words) == 2
        and len(parts) == 2
        and parts[0].label == "PERSON"
        and parts[0].method == "name"
        and parts[1].label == "ORG"
        and parts[1].method == "lexicon"
    )


def _national_branch(parts: list[Mention], words: list[str], lexicons: lx.Lexicons) -> bool:
    """'Sony Australia', 'Google India': a listed company right before a country's name
    is its branch in that country, one organisation."""
    if len(words) != 2 or len(parts) != 2:
        return False
    return (
        parts[0].label == "ORG"
        and parts[0].method == "lexicon"
        and lx.is_country(words[1], lexicons)
    )


def _known_edge(piece: Piece, lexicons: lx.Lexicons, params: EntityParams) -> int | None:
    """Where to cut a name no rule explains: after its longest known prefix, or before its
    longest known suffix (a country, demonym, organisation or place list entry)."""
    words = piece.words
    for i in range(len(words) - 1, 0, -1):
        if _strong(" ".join(words[:i]), lexicons, params, opening=True):
            return _place_prefix_end(words, i, lexicons)
    for i in range(1, len(words)):
        if _strong(" ".join(words[i:]), lexicons, params):
            return i
    return None


def _kind_word(word: str) -> bool:
    """'Parkway', 'Terrace', 'Harbor', 'University': a word that says what kind of place
    or body a name is ("Governors’ Parkway", "Erciyes University") names no town when it
    stands alone with no cue."""
    return (
        word in lx.FAC_HEADS or word in lx.LOC_HEADS or word in lx.GPE_HEADS or word in lx.ORG_HEADS
    )


def _place_prefix_end(words: list[str], i: int, lexicons: lx.Lexicons) -> int:
    """'Kansas City International', 'Virginia Beach Convention Center': a state that
    opens a longer gazetteer place is cut after that place, not after the state."""
    for k in range(len(words) - 1, i, -1):
        if " ".join(words[:k]) in lexicons.places:
            return k
    return i


def _strong(name: str, lexicons: lx.Lexicons, params: EntityParams, opening: bool = False) -> bool:
    """A list entry, or a gazetteer place big enough to stand alone ("California"); not
    a religion, which ends many Muslim names ("Nazrul Islam"). `opening`: the name opens
    the candidate, where a small province named like a first name ("Paul") is not strong."""
    if name in lx.RELIGIONS:
        return False
    found = _lexicon(name, lexicons, params)
    if found is None:
        return False
    place = lexicons.places.get(name)
    if found[2] == "lexicon":
        return True
    return (
        place is not None
        and place.kind == "admin1"
        and not (opening and _first_name_province(place, lexicons, params))
    )


def _first_name_province(place: lx.Place, lexicons: lx.Lexicons, params: EntityParams) -> bool:
    """'Paul Mifsud', 'Clare Short': a small province named like a first name opens a
    person's full name more often than it is glued to one (a US state is no small one);
    at a name's end it is still the place ("Team Alberta")."""
    return (
        place.canonical.lower() in lexicons.first_names
        and place.population < params.person_place_min_population
    )


def _part(piece: Piece, i: int, j: int) -> Piece:
    return Piece(piece.words[i:j], piece.starts[i:j], piece.ends[i:j], False, piece.run_end)
