"""Hedging words: the first one (in text order) inside a claim's spans."""

from __future__ import annotations

import functools
import operator
import re

from dataset.claims.scan import Found, WordScanner

_FOUND_START = operator.itemgetter(0)


class Hedges:
    """The params' hedging words, searched case-insensitively as whole words."""

    def __init__(self, words: tuple[str, ...]) -> None:
        lowered = sorted({word.lower() for word in words})
        self.scanner = WordScanner(lowered, re.IGNORECASE)
        # Every match holds the first word of its hedge. In ASCII text, where matching
        # case-insensitively is plain ASCII case, a span whose lower case holds none of
        # them has no match, and substring tests cost less than the regex search.
        firsts = sorted({word.split()[0] for word in lowered})
        self._firsts = tuple(firsts) if all(word.isascii() for word in firsts) else None

    def first(self, text: str, spans: list[tuple[int, int]]) -> str | None:
        """The first hedging word (in text order) inside any of the spans."""
        found = [f for f in (self._search(text, start, end) for start, end in spans) if f]
        return min(found, key=_FOUND_START)[2] if found else None

    def _search(self, text: str, start: int, end: int) -> Found | None:
        if self._firsts is not None:
            part = text[start:end]
            if part.isascii():
                lower = part.lower()
                if not any(word in lower for word in self._firsts):
                    return None
        return self.scanner.search(text, start, end)


@functools.lru_cache(maxsize=8)
def hedges_of(words: tuple[str, ...]) -> Hedges:
    """One `Hedges` per word list, built once per process (the params do not change)."""
    return Hedges(words)
