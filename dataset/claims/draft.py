"""A claim before ids, kinds and keys: the unit every construction produces."""

from __future__ import annotations

from dataclasses import dataclass

from dataset.claims.lexicon import Cue


@dataclass(slots=True, eq=False)
class Draft:
    """A claim before ids, kinds and keys: spans into the article plus the rule used.

    Drafts compare (and hash) by identity: a set of drafts says which ones a pass picked."""

    start: int
    end: int
    claimant: tuple[int, int] | None
    cue: tuple[int, int]
    cue_info: Cue | None
    method: str
    confidence: float
    quoted: bool = False
