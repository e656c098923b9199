"""Quantities stated in a span of text: numbers with their unit, as floats.

Pure and regex-only, so it can run on every claim's content at corpus speed.

Decisions (documented because researchers will aggregate these values):
- Value is a float in base units: "$20m" → 20000000 USD, "1.5 billion" → 1.5e9,
  "85%" → 85 percent, "a third" → 0.333… fraction.
- Unit: an ISO 4217 code for money ("$" is read as USD, "£" as GBP, "€" as EUR), with the
  period when the text states one right after the amount ("$20m (£14m) monthly revenue",
  "$5bn a year" → "USD per month", "USD per year"), so a rate is never summed as a stock; "percent",
  "fraction", or the counted noun singularised ("400 districts" → district,
  "tens of thousands of troops" → troop, "two decades" → decade). A bare number has unit None.
- Vague plurals take the smallest value they can mean: "tens of thousands" → 20000,
  "hundreds" → 200, "dozens" → 24; so does a scale word counted by "several", "a few" or
  "a couple (of)" ("several hundred" → 200, "a couple of dozen" → 24).
- Qualifiers ("more than", "nearly", "an estimated") are kept in the surface text but do not
  change the value.
- Dates and times are not quantities: "August 31", "31 July", "Sept. 11", a bare year
  (1800–2100), clock times and ordinals are skipped. A bare "one" is a determiner, not a count.
"""

from __future__ import annotations

import re

from dataset.claims import grammar as g
from dataset.claims.number_words import SCALE_WORDS as _SCALE_WORDS
from dataset.claims.number_words import UNITS_WORDS as _UNITS_WORDS
from dataset.claims.number_words import VAGUE as _VAGUE
from dataset.claims.scan import Twin, either_case, opening_letters, trie_pattern

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_SCALE_SUFFIX = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
    **_SCALE_WORDS,
}  # fmt: skip
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10,
              "tenths": 10}  # fmt: skip
_CURRENCY_SYMBOL = {"us$": "USD", "$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD",
                    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "rs": "INR",
                    "rs.": "INR"}  # fmt: skip
_CURRENCY_WORD = {"dollar": "USD", "dollars": "USD", "usd": "USD", "pound": "GBP",
                  "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "euro": "EUR",
                  "euros": "EUR", "eur": "EUR", "yen": "JPY", "rupee": "INR", "rupees": "INR",
                  "afghani": "AFN", "afghanis": "AFN", "roubles": "RUB", "rubles": "RUB",
                  "yuan": "CNY", "riyals": "SAR", "shekels": "ILS", "hryvnias": "UAH",
                  "naira": "NGN", "cedis": "GHS", "rand": "ZAR"}  # fmt: skip
# A currency word whose nationality names another currency than the bare word does
# ("Canadian dollars" are CAD, "Syrian pounds" SYP): ISO 4217 codes.
_NATIONAL_CURRENCY = {
    ("us", "dollar"): "USD", ("canadian", "dollar"): "CAD", ("australian", "dollar"): "AUD",
    ("kong", "dollar"): "HKD", ("zealand", "dollar"): "NZD", ("singapore", "dollar"): "SGD",
    ("taiwan", "dollar"): "TWD", ("egyptian", "pound"): "EGP", ("syrian", "pound"): "SYP",
    ("lebanese", "pound"): "LBP", ("sudanese", "pound"): "SDG", ("swiss", "franc"): "CHF",
    ("turkish", "lira"): "TRY", ("iranian", "rial"): "IRR", ("yemeni", "rial"): "YER",
    ("saudi", "riyal"): "SAR", ("pakistani", "rupee"): "PKR", ("indian", "rupee"): "INR",
    ("russian", "rouble"): "RUB", ("russian", "ruble"): "RUB", ("israeli", "shekel"): "ILS",
    ("ukrainian", "hryvnia"): "UAH", ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY",
    ("afghan", "afghani"): "AFN",
}  # fmt: skip
_CURRENCY_CODES = frozenset(
    [*_CURRENCY_SYMBOL.values(), *_CURRENCY_WORD.values(), *_NATIONAL_CURRENCY.values()]
)
# Units of measure: "a 60 second ad", "a 10 mile run" count the measure, and a plural
# after them is no head the number counts.
_MEASURES = frozenset(
    "second minute hour day week month year mile kilometre kilometer km metre meter foot "
    "inch yard kilo kilogram gram tonne ton litre liter gallon acre hectare degree".split()
)
_PERCENT = {"%": "percent", "percent": "percent", "per cent": "percent",
            "percentage points": "percentage point",
            "percentage point": "percentage point"}  # fmt: skip
# Words between a count and its noun that add it to others ("four other people", "two
# more soldiers").
_ADDED = frozenset("other more further additional".split())
# Words that follow a number but are not what it counts.
_NOT_UNITS = frozenset(
    str.split(
        "a an the of to in on at by for from with as than and or but per is are was were be been "
        "has have had will would could may might more less fewer other that which who this these "
        "those it its their his her our over under about after before since until into out up "
        "down off among between during within without said says say times towards "
        "afterwards besides perhaps sometimes always whereas thus across when where while if "
        "because whether then so them whom"
    )
)
_IRREGULAR_PLURALS = {"people": "person", "children": "child",
                      "police": "police", "troops": "troop", "feet": "foot", "lives": "life",
                      "refugees": "refugee", "casualties": "casualty", "series": "series",
                      "news": "news", "aircraft": "aircraft"}  # fmt: skip

# Singular nouns ending in "-men", unlike "gunmen" or "servicemen".
_SINGULAR_IN_MEN = frozenset("specimen regimen abdomen omen stamen acumen hymen".split())

# Peoples whose name ends in "-i" ("4.3 million Somalis"): their plural ends in "-is",
# which other nouns keep in the singular ("crisis", "Davis").
_PEOPLES_IN_IS = frozenset(
    f"{name}s"
    for name in "azeri bahraini bangladeshi emirati iraqi israeli kashmiri kuwaiti nepali "
    "omani pakistani punjabi qatari saudi somali yemeni".split()
)

# After a counted word: more capitalised modifiers ("Afghan National Army"), then a
# lower-case noun that may be the head.
_HEAD_AFTER = re.compile(r"(?:\s+[A-Z][\w\-]*){0,3}\s+(?P<head>[a-z][a-z\-]*[a-z])\b")

# Words that bound or hedge a number ("at least 12", "an estimated 300"), spaced as one
# line spaces them.
_QUALIFIER_WORDS = (
    r"(?:more|less|fewer|greater|higher|lower)_than|at_least|at_most|up_to|as_many_as"
    r"|as_much_as|nearly|almost|about|around|approximately|roughly|some|over|under"
    r"|(?:an?_)?estimated|close_to|just_over|just_under"
).replace("_", r"[^\S\n]+")
_QUALIFIER = r"(?:" + _QUALIFIER_WORDS + r")\s+"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE = r"(?:\s?(?:million|billion|trillion|thousand|hundred)|(?:bn|mn|mln|tn|m|k|b))"
_CURRENCY_PREFIX = r"(?:US\$|A\$|C\$|HK\$|\$|£|€|¥|₹|Rs\.?\s?)"
_WORD_NUM = "|".join(sorted([*_UNITS_WORDS, *_SCALE_WORDS, "dozen"], key=len, reverse=True))
_UNIT_AFTER = (
    r"(?:\s?%|\s(?:per cent|percent|percentage points?)\b"
    r"|-(?P<measure>" + "|".join(sorted(_MEASURES, key=len, reverse=True)) + r")\b"
    r"|\s(?:of\s)?(?P<cur_word>" + "|".join(_CURRENCY_WORD) + r")\b"
    r"|\s(?:of\s(?:(?:its|their|his|her|our)\s|the\s(?=(?-i:[a-z]))(?!(?:"
    + _WORD_NUM
    + r")\b))?)?(?P<noun>[a-z][a-z\-]+))?"
)

_PATTERN = re.compile(
    r"(?:"
    # $20m, 1.5 billion, 85%, 400 districts
    r"(?<![\w:/.,])(?<!(?-i:[A-Z])-)(?P<cur>" + _CURRENCY_PREFIX + r")?(?P<num>" + _NUMBER + r")"
    r"(?P<scale>" + _SCALE + r"(?![\w]))?(?![\w:/]|\.\d|,\d)"
    r"|"
    # tens of thousands, hundreds
    r"(?<![\w-])(?P<vague>tens|dozens|scores|hundreds|thousands|millions|billions)"
    r"(?:\sof\s(?P<vscale>thousands|millions|billions))?(?=\sof\s)"
    r"|"
    # a third, two-thirds, half
    r"(?<![\w-])(?P<frac>(?:(?:a|one|two|three|four)[\s-])?(?:half|halves|thirds?|quarters?|fifths?|"
    r"sixths?|tenths?))(?=\sof\s)"
    r"|"
    # six months, two decades, two hundred and fifty
    r"(?<![\w-])(?P<words>(?:(?:a|"
    + _WORD_NUM
    + r")[\s-](?:and\s)?)*(?:"
    + _WORD_NUM
    + r"))(?![\w-])"
    r")"
    r"(?P<after>" + _UNIT_AFTER + r")",
    re.IGNORECASE,
)
# Where a quantity can start: a digit, a currency sign, or a number word (cheap to scan).
_START_CHAR = r"[\d$£€¥₹.]"
# The currency words and the number words, in either case (no two of them match at one
# place, so one trie gives the spans an alternation of the two would).
_START_WORDS = sorted(
    {"us", "a", "c", "hk", "rs", *_UNITS_WORDS, *_SCALE_WORDS, "dozen", *_VAGUE, *_FRACTIONS}
)
_START_WORD = trie_pattern(_START_WORDS, either_case)
_START_LETTER = opening_letters(_START_WORDS)
_START = Twin(_START_CHAR + r"|(?<![\w-])" + _START_WORD + r"\b")
# `_START` past the first position, tried only at digits and non-word characters (a class
# the engine scans for in C) instead of at every character: a start character itself, or
# the character before a number word. Every number word is letters only, so it ends
# where its word does, whichever alternative matches it. Most spaces precede a word no
# number word opens like: one class test (`_START_LETTER`) passes them over.
_START_SCAN = Twin(
    r"[\d\W](?:(?<="
    + _START_CHAR
    + r")|(?="
    + _START_LETTER
    + r")(?<!-)(?=(?P<word>"
    + _START_WORD
    + r")\b))"
)


def _start(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """Span of `_START`'s search in text[pos:end]."""
    found = _START.on(text).match(text, pos, end)
    if found is not None:
        return found.span()
    found = _START_SCAN.on(text).search(text, pos, end)
    if found is None:
        return None
    return found.span() if found.start("word") < 0 else found.span("word")


_PERIODS = {"day": "day", "daily": "day", "week": "week", "weekly": "week", "month": "month",
            "monthly": "month", "year": "year", "yearly": "year", "annual": "year",
            "annually": "year", "annum": "year"}  # fmt: skip
_PERIOD_NOUNS = ("day", "week", "month", "year", "annum")
# After a money amount (and a bracketed conversion, or the closing bracket of one): "a
# month", "per year", "each day" (a noun), or "monthly"/"annual" alone; not "a year ago".
_PERIOD_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\)?\s+"
    r"(?:(?:a|an|per|each|every)\s+(?P<noun>" + "|".join(_PERIOD_NOUNS) + r")"
    r"|(?P<adverb>" + "|".join(w for w in _PERIODS if w not in _PERIOD_NOUNS) + r"))\b"
    r"(?!\s+(?:ago|earlier|later|before|after|since|from|old)\b)",
    re.IGNORECASE,
)
_QUALIFIER_BEFORE = re.compile(r"(?<![\w-])" + _QUALIFIER + r"$", re.IGNORECASE)
_DATE_BEFORE = re.compile(r"(?:\b(?:" + _MONTHS + r")\.?\s)$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"(?:st|nd|rd|th)?\s(?:of\s)?(?:" + _MONTHS + r")\b", re.IGNORECASE)
_MONTH_WORD = re.compile(r"(?:" + _MONTHS + r")$", re.IGNORECASE)


def _words_value(words: str) -> float | None:
    """ "two hundred and fifty" → 250; "a dozen" → 12; None when it is not a number."""
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("and", ""):
            continue
        if word == "a":
            current = max(current, 1.0)
        elif word in _UNITS_WORDS:
            current += _UNITS_WORDS[word]
            seen = True
        elif word == "dozen":
            current = max(current, 1.0) * 12
            seen = True
        elif word == "hundred":
            current = max(current, 1.0) * 100
            seen = True
        elif word in _SCALE_WORDS:
            total += max(current, 1.0) * _SCALE_WORDS[word]
            current = 0.0
            seen = True
    return total + current if seen else None


def _singular(noun: str) -> str:
    noun = noun.lower()
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun in _PEOPLES_IN_IS:
        return noun[:-1]
    if noun.endswith("men") and noun not in _SINGULAR_IN_MEN:
        return noun[:-3] + "man"  # "gunmen", "policemen", "militiamen"
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


def _is_date(text: str, match: re.Match, value: float) -> bool:
    if _DATE_BEFORE.search(text, max(0, match.start("num") - 12), match.start("num")):
        return True
    if _DATE_AFTER.match(text, match.end("num")):
        return True
    plain = not (match.group("cur") or match.group("scale"))
    after = match.group("after") or ""
    year_like = value.is_integer() and 1800 <= value <= 2100 and "," not in match.group("num")
    return plain and year_like and not after.strip().startswith(("%", "per", "percent"))


def _value(match: re.Match, text: str, scale: float) -> float | None:
    """The quantity's value, `scale` (from `_scale`) applied to a numeral."""
    if match.group("num"):
        value = float(match.group("num").replace(",", ""))
        if _is_date(text, match, value):
            return None
        return value * scale
    if match.group("vague"):
        value = _VAGUE[match.group("vague").lower()]
        vscale = match.group("vscale")
        return value * (_VAGUE[vscale.lower()] / 2 if vscale else 1.0)
    if match.group("frac"):
        parts = re.split(r"[\s-]", match.group("frac").lower())
        numerator = 1.0 if len(parts) == 1 else float(_words_value(parts[0]) or 1.0)
        return numerator / _FRACTIONS[parts[-1]]
    words = match.group("words")
    if words.lower() in ("one", "a", "zero"):
        return None
    return _words_value(words)


def _scale(match: re.Match) -> float:
    """The scale word or suffix written after a number ("1.5 billion", "$20m"), else 1."""
    scale = (match.group("scale") or "").strip().lower() if match.group("num") else ""
    return _SCALE_SUFFIX.get(scale, 1.0)


def _unit(match: re.Match, value: float) -> tuple[str | None, int]:
    """The unit and where the quantity's surface text ends."""
    if match.group("cur"):
        symbol = match.group("cur").strip().lower()
        return _CURRENCY_SYMBOL.get(symbol, "USD"), match.start("after")
    if match.group("frac"):
        return "fraction", match.start("after")
    after = match.group("after") or ""
    if match.group("cur_word"):
        return _CURRENCY_WORD[match.group("cur_word").lower()], match.end("after")
    if match.group("measure"):
        return match.group("measure").lower(), match.end("after")  # "a 24-hour offensive"
    stripped = after.strip().lower()
    if stripped in _PERCENT:
        return _PERCENT[stripped], match.end("after")
    noun = match.group("noun")
    if (
        noun
        and noun.endswith("-")
        and match.string[match.end("noun") : match.end("noun") + 1].isdigit()
    ):
        return _model_head(match)  # "three F-16 jets": the jets, not the model's letters
    if noun and _clause_verb(match):
        # "40 arrived": the count's verb; those who died or fled are people ("12 died"),
        # as are those who remain missing or wounded.
        return ("person" if _people_verb(match) else None), match.start("after")
    if noun and noun.lower() in _ADDED:
        head = _WORD_AFTER_HEAD.match(match.string, match.end("noun"))
        if head is not None and _plural(head.group("head")):  # "four other people"
            return _singular(head.group("head")), head.end("head")
    if noun and noun.lower() not in _NOT_UNITS and not _MONTH_WORD.match(noun):
        head = _head_after_modifier(match) if value != 1 else None
        if head is not None:
            counted = _singular(head.group("head"))
            nationality = match.string[match.start("noun") : head.start("head")].split()[-1]
            code = _NATIONAL_CURRENCY.get((nationality.lower().rstrip("."), counted))
            return code or _CURRENCY_WORD.get(counted, counted), head.end("head")
        if noun.lower() in g.NOUN_PARTICIPLES:
            return "person", match.end("noun")  # "50 killed in strikes", "the 12 wounded"
        if noun.lower() in _TAKING:
            captive = _CAPTIVE_AFTER.match(match.string, match.end("noun"))
            if captive is not None:  # "250 taken hostage": what they were taken as
                return _singular(captive.group(1).lower()), captive.end()
        if match.group("after").startswith(" of ") and not _plural(noun):
            return None, match.start("after")  # "3 of the best": a part of no counted noun
        return _singular(noun.strip("-")), match.end("noun")
    return None, match.start("after")


# What only people (or creatures) do: the count of those who did it counts people.
_PEOPLE_VERBS = frozenset("died drowned perished fled starved".split())
# Past forms without "-ed" a count may be the subject of.
_PAST_VERBS = frozenset("fell ran came went left rose grew".split())
# Verbs that link a count to its state ("20 remain missing", "five remain in hospital"):
# no noun, so the count's unit is what the state says of people, or nothing.
_LINKING_VERBS = frozenset("remain remains remained stay stays stayed".split())


def _clause_verb(match: re.Match) -> bool:
    """`12 died`, `30 fled the town`, `40 arrived`: a lower-case past form right after a
    number, before a function word or the clause's end, is the verb the number is the
    subject of, not what it counts ("300,000 backlogged samples" modifies a noun)."""
    noun = match.group("noun")
    if not noun.islower() or noun in g.NOUN_PARTICIPLES or noun in _TAKING:
        return False
    if noun in _LINKING_VERBS:
        return True
    if not (noun.endswith("ed") or noun in _PAST_VERBS):
        return False
    after = _WORD_AFTER.match(match.string, match.end("noun"))
    return after is None or after.group(1).lower() in _NOT_UNITS or _stated(after)


def _stated(after: re.Match) -> bool:
    """Whether the word after a count's verb is a state only people are in ("700
    reported missing", "12 feared dead")."""
    return after.group(1) in g.NOUN_PARTICIPLES


_WORD_AFTER = re.compile(r"[^\S\n]+([A-Za-z]+)")


def _people_verb(match: re.Match) -> bool:
    """Whether the count's verb says it counts people: `12 died`, `20 remain missing`,
    `700 reported missing`."""
    noun = match.group("noun")
    if noun in _PEOPLE_VERBS:
        return True
    after = _WORD_AFTER.match(match.string, match.end("noun"))
    return after is not None and _stated(after)


# After a model's letters and hyphen ("F-", "Su-"): the rest of its name, then its noun.
_MODEL_REST = re.compile(
    r"[\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,2}[^\S\n]+(?P<head>[a-z][a-z\-]*[a-z])\b"
)


def _model_head(match: re.Match) -> tuple[str | None, int]:
    """`three F-16 jets`, `two Su-25 ground-attack planes`: the plural after the model's
    name (and one modifier) is what is counted; a model named alone ("two F-16s") leaves
    the count bare."""
    head = _MODEL_REST.match(match.string, match.end("noun"))
    if head is not None and not _plural(head.group("head")):
        head = _WORD_AFTER_HEAD.match(match.string, head.end("head"))
    if head is None or not _plural(head.group("head")):
        return None, match.start("after")
    return _singular(head.group("head")), head.end("head")


_WORD_AFTER_HEAD = re.compile(r"[^\S\n]+(?P<head>[a-z][a-z\-]*[a-z])\b")


# "about 250 taken hostage", "12 held captive": the people are counted as what they were
# taken or held as, not by the participle.
_TAKING = frozenset(["taken", "held", "seized", "kidnapped", "abducted"])
_CAPTIVE_AFTER = re.compile(r"[^\S\n]+(hostages?|captives?|prisoners?)\b", re.IGNORECASE)


def _plural(word: str) -> bool:
    """A plural is a word its singular differs from; a noun that is its own plural
    ("police", "aircraft") also modifies another noun ("police officers"), so is none."""
    return _singular(word) != word.lower()


# A capitalised plural that ends a run of names after a lower-case modifier: a people.
_PEOPLE_AFTER = re.compile(r"[^\S\n]+(?P<head>[A-Z][a-z]+s)\b(?![^\S\n]+[A-Z])")


def _head_after_modifier(match: re.Match) -> re.Match | None:
    """`300 Taliban fighters`, `35 government soldiers`, `three Houthi radar sites`:
    singular words after the number, then a plural noun, are modifiers (a name, a
    demonym, a noun used as an adjective); the plural noun is what is counted. (After "1"
    the singular word is the count's own noun: "1 person dies".)"""
    if _plural(match.group("noun")) or match.group("noun").lower() in _MEASURES:
        return None
    pos = match.end("noun")
    people = _PEOPLE_AFTER.match(match.string, pos)
    if people is not None and match.group("noun").islower() and _plural(people.group("head")):
        return people  # "100,000 ethnic Armenians", "2,000 displaced Syrians"
    for _ in range(2):
        head = _HEAD_AFTER.match(match.string, pos)
        if head is None or head.group("head").lower() in _NOT_UNITS:
            return None
        if _plural(head.group("head")):
            return head
        pos = head.end("head")
    return None


# "the death toll had passed 43,000", "the toll rose to 30": a bare number a death toll
# or a rising toll reaches counts people (the dead, or the dead and wounded); a bridge's
# toll is a price.
_TOLL_LINKS = r"has|had|have|was|is|now|already|stood|stands|of|to|at|past|over|above"
_TOLL_RISES = r"rose|risen|climbed|jumped|reached|passed|surpassed|topped|exceeded|increased"
_TOLL_HEDGES = r"more|than|nearly|almost|about|around|some|roughly|at least"
# "the death toll from the attack rose to 52", "the toll from three days of clashes had
# risen to 1,018": what the toll is of, before its verb.
_TOLL_OF = r"(?:\s+(?:from|in|of|after)\s+(?:the\s+|an?\s+)?[a-z]+(?:[\s-][a-z]+){0,3}?)?"
_TOLL_BEFORE = re.compile(
    rf"\b(?:(?:death|casualty|civilian)\s+toll{_TOLL_OF}(?:\s+(?:{_TOLL_LINKS}|{_TOLL_RISES}|"
    rf"{_TOLL_HEDGES})){{1,4}}|toll{_TOLL_OF}(?:\s+(?:{_TOLL_LINKS}))*\s+(?:{_TOLL_RISES})"
    rf"(?:\s+(?:{_TOLL_LINKS}|{_TOLL_HEDGES}))*)\s+$",
    re.IGNORECASE,
)


# "killing 12 and wounding 30", "arrested at least 15": a bare number that a verb of
# harm or capture takes as its object counts people, bounded as any number is
# (`_QUALIFIER_WORDS`) or added to others ("killing another 5").
_HARMED_BEFORE = re.compile(
    r"(?<![\w-])(?:kill|kills|killed|killing|wound|wounds|wounded|wounding|injure|injures"
    r"|injured|injuring|arrest|arrests|arrested|arresting|detain|detains|detained|detaining"
    r"|abduct|abducts|abducted|abducting|kidnap|kidnaps|kidnapped|kidnapping|execute"
    r"|executes|executed|executing|displaced|displacing)"
    r"(?:[^\S\n]+(?:" + _QUALIFIER_WORDS + r"|another))?[^\S\n]+$",
    re.IGNORECASE,
)


# A body counted by its members ("a crew of 25", "a delegation of about 40").
_MEMBERS_OF = re.compile(
    r"\b(crew|team|delegation|contingent)[^\S\n]+of[^\S\n]+(?:" + _QUALIFIER + r")?$",
    re.IGNORECASE,
)


# A number hyphened to a capitalised word is part of a name ("Covid-19", "Su-25"; after a
# single capital, "MH-17", `_PATTERN` takes no number): a lower-case word before the
# hyphen is a count's own ("1.5 million-2 million").
_NAME_HYPHEN = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*-$")


def _named(text: str, match: re.Match) -> bool:
    """Whether the number of `match` is the number in a name (`_NAME_HYPHEN`; a war's
    number, "World War Two")."""
    at = match.start()
    if match.group("words") and text[at].isupper() and text.endswith("War ", 0, at):
        return True
    return text[at - 1 : at] == "-" and _NAME_HYPHEN.search(text, max(0, at - 24), at) is not None


# The words that count a scale word without stating how many ("several hundred", "a
# few thousand", "a couple of dozen").
_FEW = ("several ", "a few ", "a couple of ", "a couple ")
_SCALES_OR_DOZEN = frozenset([*_SCALE_WORDS, "dozen"])
# Their first letters, in either case: a one-character test before the others.
_SCALE_INITIALS = frozenset(c for word in _SCALES_OR_DOZEN for c in (word[0], word[0].upper()))


def _few_before(text: str, match: re.Match, start: int) -> int | None:
    """`several hundred people`: a scale word counted by "several", "a few" or "a couple
    (of)" means some multiple of it, valued, as the vague plurals are ("hundreds" → 200),
    at the smallest, twice the scale; where that count begins, else None."""
    words = match.group("words")
    if not words or words.split()[0].lower() not in _SCALES_OR_DOZEN:
        return None
    before = text[max(start, match.start() - 16) : match.start()].lower()
    for phrase in _FEW:
        if before.endswith(phrase):
            at = match.start() - len(phrase)
            return at if at == start or not text[at - 1].isalnum() else None
    return None


def _toll_count(text: str, at: int) -> bool:
    """Whether the number at `at` is what a death toll or a rising toll reaches, or a toll
    someone puts at it."""
    window = max(0, at - 60)
    before = text[window:at].lower()
    if "toll" not in before:
        return False
    return _TOLL_BEFORE.search(text, window, at) is not None or _put_toll(before)


_PUTS = frozenset(["put", "puts", "putting"])
_HEDGE_WORDS = frozenset(_TOLL_HEDGES.replace("|", " ").split())


def _put_toll(before: str) -> bool:
    """`put the toll (from the raid) at more than`: the words before a number after the
    last "toll" of `before` (lower case)."""
    toll = before.rfind("toll")
    words = before[:toll].split()
    if len(words) < 2 or words[-2] not in _PUTS or words[-1] != "the":
        return False
    after = before[toll + 4 :].split()
    for n, word in enumerate(after[:8]):
        if word == "at" and all(w in _HEDGE_WORDS for w in after[n + 1 :]):
            return True
    return False


def extract_quantities(text: str, start: int, end: int) -> list[dict]:
    """Quantities in text[start:end], in order, each {value, unit, text, start, end}.

    Offsets index `text` (the article), so `text[q["start"]:q["end"]] == q["text"]`.
    """
    found = []
    scales: list[float] = []  # each quantity's written scale ("million": 1e6), for ranges
    pos = start
    while True:
        anchor = _start(text, pos, end)
        if anchor is None:
            break
        match = _PATTERN.match(text, anchor[0], end)
        if match is None:
            pos = anchor[1]
            continue
        pos = match.end()
        scale = _scale(match)
        value = None if _named(text, match) else _value(match, text, scale)
        if value is None:
            pos = anchor[1]  # "one of its two factories": what follows may be a count
            continue
        unit, stop = _unit(match, value)
        if unit is None:
            body = _MEMBERS_OF.search(text, max(0, match.start() - 40), match.start())
            if body is not None:
                unit = body.group(1).lower()  # "a crew of 25": 25 members of the crew
        if unit is None and (
            _toll_count(text, match.start())
            or _HARMED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        ):
            unit = "person"
        if unit in _CURRENCY_CODES:
            period = _PERIOD_AFTER.match(text, stop, end)
            if period is not None:
                word = (period.group("noun") or period.group("adverb")).lower()
                unit = f"{unit} per {_PERIODS[word]}"
        begin = match.start()
        if text[begin] in _SCALE_INITIALS:
            few = _few_before(text, match, start)
            if few is not None:
                value *= 2  # "several hundred" → 200, as "hundreds"
                begin = few
        qualifier = _QUALIFIER_BEFORE.search(text, max(start, begin - 24), begin)
        if qualifier is not None:
            begin = qualifier.start()
        surface = text[begin:stop].rstrip()
        if not surface:
            continue
        scales.append(scale)
        found.append(
            {
                "value": float(value),
                "unit": unit,
                "text": surface,
                "start": begin,
                "end": begin + len(surface),
            }
        )
    _share_range_units(text, found, scales)
    return found


# What joins the two ends of a range or a part and its whole: "between 800 and 1,300
# people", "two to three weeks", "27 of 30 drones", "38 of the 44 drones", "10-12 percent".
_RANGE_GAP = re.compile(r"[^\S\n]*(?:and|to|or|(?:out[^\S\n]+)?of(?:[^\S\n]+the)?|-|–|—)[^\S\n]*")


def _share_range_units(text: str, found: list[dict], scales: list[float]) -> None:
    """Two quantities joined as a range or a part and its whole write the unit and the
    scale once, after the second number: the first counts what the second counts
    ("between 800 and 1,300 people") in the same scale ("$2 to $3 billion"). A range
    rises and a part is less than its whole, so a first number that is not below the
    second is no such thing ("a 3-2 defeat"), and neither is a whole and a fraction
    ("Key Stage 4 and two-fifths of schools")."""
    for n in range(len(found) - 1):
        first, second = found[n], found[n + 1]
        if (
            second["unit"] == "fraction"
            or _RANGE_GAP.fullmatch(text, first["end"], second["start"]) is None
        ):
            continue
        scale = scales[n + 1] if scales[n] == 1.0 and scales[n + 1] > 1.0 else 1.0
        if first["value"] * scale >= second["value"] or first["unit"] not in (None, second["unit"]):
            continue
        first["unit"] = second["unit"]
        first["value"] *= scale
