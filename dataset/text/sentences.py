"""Sentence boundaries by rule: fast, deterministic, and good enough for news prose.

A boundary is sentence punctuation (with any closing quotes or brackets) followed by
whitespace and an upper-case letter, digit or opening quote — unless the word before it
is a known abbreviation or a single initial. Paragraph breaks always end a sentence.
"""

from __future__ import annotations

import bisect
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

_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_PARAGRAPH = re.compile(r"\n\s*\n")


def _is_abbreviation(text: str, dot: int) -> bool:
    # Walk back over the word instead of a regex search from 0 (quadratic on long texts).
    begin = dot
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "._"):
        begin -= 1
    if begin == dot:
        return False
    word = text[begin:dot].lower().rstrip(".")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, trimmed of surrounding whitespace, in order."""
    cuts = [0]
    for paragraph_break in _PARAGRAPH.finditer(text):
        cuts.append(paragraph_break.start())
    for match in _BOUNDARY.finditer(text):
        single_dot = text[match.start()] == "." and match.end() - match.start() == 1
        if single_dot and _is_abbreviation(text, match.start()):
            continue
        cuts.append(match.end())
    cuts.append(len(text))
    spans = []
    ordered = sorted(set(cuts))
    for start, end in itertools.pairwise(ordered):
        segment = text[start:end]
        stripped = segment.strip()
        if stripped:
            lead = len(segment) - len(segment.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
    return spans


def sentence_index(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence containing (or, between sentences, preceding) `offset`."""
    starts = [s for s, _ in spans]
    return max(bisect.bisect_right(starts, offset) - 1, 0)
