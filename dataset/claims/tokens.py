"""Sentence tokens as (start, end, word) and the lookups the rules make in them."""

from __future__ import annotations

import bisect
import itertools
import operator

from dataset.claims import grammar as g
from dataset.claims.scan import ASCII_SPACES, Twin

Token = tuple[int, int, str]
# A character span [start, end) of the article, or a range of token indices.
Span = tuple[int, int]

_SPACE_TOKEN = Twin(
    r"\s*(?:" + g.TOKEN.pattern + ")",
    ascii_source=f"[{ASCII_SPACES}]*(?:"
    + g.TOKEN.pattern.replace(r"[^\w\s]", rf"[^\w{ASCII_SPACES}]")
    + ")",
)
_TOKEN_START = operator.itemgetter(0)


def tokenise(text: str, start: int, end: int) -> list[Token]:
    """`g.TOKEN`'s matches in text[start:end] as (start, end, word).

    Every non-space character belongs to some token, so each match of "spaces, then a
    token" ends where the token ends, and the offsets are running sums of the matches'
    lengths: C-level loops instead of three method calls per match object.
    """
    chunks = _SPACE_TOKEN.on(text).findall(text, start, end)
    ends = list(itertools.accumulate(map(len, chunks), initial=start))
    del ends[0]
    words = list(map(str.lstrip, chunks))
    return list(zip(map(operator.sub, ends, map(len, words)), ends, words, strict=True))


def token_index(tokens: list[Token], offset: int) -> int:
    """Index of the first token that starts at or after `offset` (`len(tokens)` if none)."""
    return bisect.bisect_left(tokens, offset, key=_TOKEN_START)
