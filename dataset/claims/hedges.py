"""Hedging: the first hedging word in a claim's spans."""

from __future__ import annotations

import functools
import operator
import re

from dataset.claims.scan import WordScanner


def first_hedge(text: str, spans: list[tuple[int, int]], hedges: WordScanner) -> str | None:
    """The first hedging word (in text order) inside any of the spans."""
    found = [f for f in (_search(text, start, end, hedges) for start, end in spans) if f]
    return min(found, key=_FOUND_START)[2] if found else None


def _search(text: str, start: int, end: int, hedges: WordScanner) -> tuple[int, int, str] | None:
    """The first hedge in text[start:end]; a capitalised "May" is the month or a name
    ("in May and June", "Theresa May"), not the modal, which news writes in lower case."""
    found = hedges.search(text, start, end)
    while found is not None and found[2] == "May":
        found = hedges.search(text, found[1], end)
    return found


_FOUND_START = operator.itemgetter(0)


@functools.lru_cache(maxsize=8)
def hedge_scanner(hedges: tuple[str, ...]) -> WordScanner:
    """One scanner per word list, built once per process (the params do not change); it
    runs over every claim's spans, so it has an ASCII twin, and its words open with few
    letters, so a guard on them."""
    return WordScanner(sorted({h.lower() for h in hedges}), re.IGNORECASE, twin=True, guard=True)
