"""Introductory phrases before a clause's subject: `Hours later,`, `Speaking in Iowa,`,
`Then`. The subject of the clause (a report's claimant) comes after them."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.tokens import Token


def after_openers(tokens: list[Token], i: int, limit: int, stop: int | None = None) -> int:
    """Index after the sentence's introductory phrases: a phrase closed by a comma that
    opens with a participle, a preposition, a subordinator or a time word ("Speaking in
    Iowa,", "Hours later,", "Despite his low standing,"), or a lone sentence adverb
    ("Then he …"). The subject comes after them, not at the sentence's first word. Only
    commas before token `stop` close a phrase."""
    stop = len(tokens) if stop is None else stop
    while i < stop:
        word = tokens[i][2]
        lower = word.lower()
        if lower in g.SENTENCE_CONJUNCTIONS:
            i += 1
            continue
        comma = next((n for n in range(i + 1, min(stop, i + limit)) if tokens[n][2] == ","), None)
        if comma is not None and _opens_adjunct(tokens, i):
            i = _after_place(tokens, comma + 1, stop)
        elif lower in g.SENTENCE_ADVERBS:
            i += 2 if i + 1 < len(tokens) and tokens[i + 1][2] == "," else 1
        else:
            return i
    return i


def _after_place(tokens: list[Token], i: int, stop: int) -> int:
    """`in Salem, New Hampshire, Trump …`: a place's state or country set off by commas
    still belongs to the introductory phrase."""
    if i < 2 or not tokens[i - 2][2][0].isupper():
        return i  # "at NLD headquarters, Suu Kyi, 70, said": no town before the comma
    n = i
    while n < stop and n - i < 3 and tokens[n][2][0].isupper():
        n += 1
    return n + 1 if i < n < stop and tokens[n][2] == "," else i


def _opens_adjunct(tokens: list[Token], i: int) -> bool:
    """Whether token i opens an adverbial phrase rather than a noun phrase."""
    word = tokens[i][2]
    lower = word.lower()
    if lower in g.OPENER_WORDS or lower in g.PREPOSITIONS_OR_CLAUSE_WORDS:
        return True
    if lower in g.TIME_WORDS or lower in g.SENTENCE_ADVERBS:
        return True
    if i + 1 < len(tokens) and tokens[i + 1][2].lower() in g.OPENER_WORDS:
        return True  # "Hours later,", "Two days ago,"
    participle = lower.endswith(("ing", "ed")) and len(lower) > 5 and lower not in g.ING_NOUNS
    return participle and i + 1 < len(tokens) and tokens[i + 1][2] != ","
