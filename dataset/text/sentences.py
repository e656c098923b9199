"""Sentence boundaries by rule: fast, deterministic, and good enough for news prose.

A boundary is sentence punctuation (with any closing quotes or brackets) followed by
whitespace and an upper-case letter, digit or opening quote — unless the word before it
is a known abbreviation or title ("Sens. Ted Cruz"), initials ("George H.W. Bush"), or a
state abbreviation that a dateline's "(AP)" or a bracket's close follows
("ORLANDO, Fla. (Reuters)", "(Ariz.) Sheriff"). Paragraph breaks always end a sentence;
so does a single line break after an unpunctuated line (a headline) before a capital,
unless the text is hard-wrapped.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "sgt",
        "cpl",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "sr",
        "jr",
        "mt",
        "ft",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "sens",
        "reps",
        "govs",
        "pres",
        "fr",
        "msgr",
        "supt",
        "atty",
        "cmdr",
        "brig",
        "insp",
        "hon",
        "messrs",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "bros",
        "dept",
        "univ",
        "est",
        "approx",
        "fig",
        "al",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    ]
)

# State abbreviations as AP style writes them, and dotted place or era initials: a sentence
# can end with them ("in Fresno, Calif. He said"), so they only continue it before a dateline's
# agency in brackets or inside a bracket. Matched as written: "Ill." is Illinois, "ill."
# is not.
STATES = frozenset(
    [
        "Ala",
        "Ariz",
        "Ark",
        "Calif",
        "Colo",
        "Conn",
        "Del",
        "Fla",
        "Ga",
        "Ill",
        "Ind",
        "Kan",
        "Kans",
        "Ky",
        "La",
        "Md",
        "Mass",
        "Mich",
        "Minn",
        "Miss",
        "Mo",
        "Mont",
        "Neb",
        "Nev",
        "Okla",
        "Ore",
        "Pa",
        "Tenn",
        "Tex",
        "Va",
        "Vt",
        "Wash",
        "Wis",
        "Wyo",
        "D.C",
        "N.C",
        "N.D",
        "N.H",
        "N.J",
        "N.M",
        "N.Y",
        "R.I",
        "S.C",
        "S.D",
        "W.Va",
        "B.C",
        "B.C.E",
    ]
)

# Two or more capital initials ("G.K", "H.W"): a name continues after them, unless they
# are a place (`STATES`, "U.S"). Only a word with an inner dot can be initials.
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_APOSTROPHES = frozenset("'’")
_OPENING_BRACKET = re.compile(r"\s*\(")
# A subject pronoun before a lower-case word, or "the", a demonstrative or "but", after
# an abbreviation opens a new sentence: a title or initials go on with a name ("Gen.
# Smith", "George H.W. Bush"), never with these ("Mr. He Lifeng": "He" before a capital
# is a name).
_OPENS_CLAUSE = re.compile(r"\s+(?:(?:He|She|They|We|It)\s+[a-z]|(?:The|This|These|Those|But)\s)")
# Abbreviations that join two names or titles ("Das Volk vs. The State"): "The" after
# them goes on with a title, not a new sentence.
_VERSUS = frozenset(["vs", "v"])

# `[.!?][.!?]*`, not `[.!?]+`: a pattern that opens with a character class is scanned for
# in C, skipping every other character without entering the matcher (2.5x fewer
# instructions for the same matches).
_BOUNDARY = re.compile(r"""[.!?][.!?]*["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_PARAGRAPH = re.compile(r"\n\s*\n")


# The word before a dot (letters, digits, "_" and dots: `\w` is `str.isalnum()` or "_"),
# matched forwards in the reversed text: one C-level match instead of a loop per character.
_WORD_BACKWARDS = re.compile(r"[\w.]*")


def _contraction(text: str, begin: int) -> bool:
    """Whether the letter at `begin` ends a contraction or a possessive ("don't.", "the
    30's."): an apostrophe right before it with a letter or digit before that; after a
    space the mark is an opening quote ("named as 'J. Smith'")."""
    return text[begin - 1 : begin] in _APOSTROPHES and text[begin - 2 : begin - 1].isalnum()


def _continues(text: str, backwards: str, dot: int, end: int) -> bool:
    """Whether the sentence goes on past the dot at `dot` (the boundary match ends at
    `end`): the word before it is an abbreviation, title or initials (not the "t" of
    "don't"), or a state before "(" or inside a bracket, and no pronoun or "the" follows;
    `backwards` is text[::-1]."""
    at = len(text) - dot
    begin = dot - (_WORD_BACKWARDS.match(backwards, at).end() - at)
    if begin == dot:
        return False
    written = text[begin:dot].rstrip(".")
    word = written.lower()
    if end - dot == 1 and (
        word in ABBREVIATIONS
        or (len(word) == 1 and word.isalpha() and not _contraction(text, begin))
        or ("." in written and _INITIALS.fullmatch(written) is not None and written not in STATES)
    ):
        # "in the U.S. He said", "Apple Inc. The firm": no name goes on ("vs. The State"
        # does). Asked only here: after a pronoun or "the" below, neither ")" nor "("
        # follows the dot.
        return word in _VERSUS or _OPENS_CLAUSE.match(text, end) is None
    if written not in STATES and word not in ABBREVIATIONS:
        return False
    return text[dot + 1 : end] == ")" or _OPENING_BRACKET.match(text, end) is not None


# A line break before a capital (or digit, or an opening quote or bracket before one)...
_NEXT_LINE = re.compile(r"""\n ?(?=["'“‘(\[]?[A-Z0-9])""")
# ...after a line that has no sentence punctuation and does not run on (",", ";", ":",
# a dash, an opening bracket, "&", "/", or a word that links to what follows: "and").
_RUNS_ON = frozenset(",;:-–—([{/&.!?")
_LINKING_WORDS = frozenset(["and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "for"])
# A line break between lower-case words: the text is wrapped at a fixed width, so its line
# breaks are not sentence ends.
_WRAPPED = re.compile(r"[a-z,][ \t\r]*\n[ \t]*[a-z]")


def _line_ends(text: str) -> list[int]:
    """Single line breaks that end a sentence: a headline, dateline or list item on its
    own line without final punctuation ("Trump Wins Nevada\nLAS VEGAS (AP) — ..."), in a
    text that is not hard-wrapped. Punctuated line ends are `_BOUNDARY`'s."""
    ends = []
    for match in _NEXT_LINE.finditer(text):
        last = match.start() - 1
        while last >= 0 and text[last] in " \t\r":
            last -= 1
        if last < 0 or text[last].isspace() or text[last] in _RUNS_ON:
            continue
        if text[max(last - 5, 0) : last + 1].split()[-1] not in _LINKING_WORDS:
            ends.append(match.start())
    if ends and _WRAPPED.search(text):
        return []
    return ends


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, trimmed of surrounding whitespace, in order."""
    return list(_cached_spans(text))


# The entities and claims extractors both split each article, one batch of articles
# after the other in the same worker: the second split of a text is a look-up.
@functools.lru_cache(maxsize=256)
def _cached_spans(text: str) -> tuple[tuple[int, int], ...]:
    cuts = [0]
    cuts.extend(paragraph_break.start() for paragraph_break in _PARAGRAPH.finditer(text))
    cuts.extend(_line_ends(text))
    backwards = text[::-1]
    for match in _BOUNDARY.finditer(text):
        dot, end = match.span()
        if text[dot] == "." and _continues(text, backwards, dot, end):
            continue
        cuts.append(end)
    cuts.append(len(text))
    spans = []
    # Trimmed by index (`str.isspace` is what strip() drops), without copying the text.
    for start, end in itertools.pairwise(sorted(set(cuts))):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return tuple(spans)


# Where a curly double quote splits differently from a straight one ("): “ or „ in a run of
# closing marks after sentence punctuation (only " closes), ” or „ opening the next
# sentence after a space (only " opens). Scanned for at the curly marks only.
_CURLY_SPLITS_APART = re.compile(r"""[“”„](?:(?<=[.!?"'”’)\]“„][“„])|(?<=\s[”„]))""")


def straightened_splits_alike(text: str) -> bool:
    """Whether `text` with “ ” „ replaced by " has the same sentence spans as `text`."""
    return _CURLY_SPLITS_APART.search(text) is None


def sentence_index(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence containing (or, between sentences, preceding) `offset`."""
    starts = [s for s, _ in spans]
    return max(bisect.bisect_right(starts, offset) - 1, 0)
