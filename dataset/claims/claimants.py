"""Which entity a claimant is: the entity inside its span, or what its pronoun refers to.

Entities are optional: without them every key is None and nothing else changes.
A pronoun ("he", "they", "who") refers to the most recent compatible entity before it,
preferring entities that were themselves claimants (the subject of an earlier report),
within a few sentences' reach.
"""

from __future__ import annotations

import bisect

PERSON = frozenset(["PERSON"])
GROUP = frozenset(["ORG", "NORP", "GPE", "PERSON"])
BODY = frozenset(["ORG", "GPE", "NORP"])
COMPATIBLE = {
    "he": PERSON,
    "she": PERSON,
    "him": PERSON,
    "her": PERSON,
    "they": GROUP,
    "them": GROUP,
    "we": GROUP,
    "it": BODY,
    "who": GROUP,
    "which": BODY,
}
CLAIMANT_LABELS = frozenset(["PERSON", "ORG", "NORP", "GPE", "FAC", "WORK_OF_ART"])
REACH_CHARS = 1200  # how far back a pronoun looks for its antecedent


class ClaimantResolver:
    """Maps claimant spans to entity keys for one article."""

    def __init__(self, text: str, entities: list[dict], claimants: list[tuple[int, int]]) -> None:
        self.text = text
        usable = [e for e in entities if e.get("entity_key") and e.get("label") in CLAIMANT_LABELS]
        self.mentions = sorted(usable, key=lambda e: (int(e["start"]), int(e["end"])))
        self.starts = [int(e["start"]) for e in self.mentions]
        self.claimants = sorted(claimants)

    def _inside(self, start: int, end: int) -> dict | None:
        """The last entity inside the span (the head of "US President Joe Biden")."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        inside = [m for m in self.mentions[lo:hi] if int(m["end"]) <= end]
        return inside[-1] if inside else None

    def _was_claimant(self, mention: dict) -> bool:
        at = bisect.bisect_right(self.claimants, (int(mention["start"]), 1 << 62)) - 1
        return at >= 0 and self.claimants[at][1] >= int(mention["end"])

    def _antecedent(self, start: int, labels: frozenset[str]) -> dict | None:
        hi = bisect.bisect_left(self.starts, start)
        fallback = None
        for mention in reversed(self.mentions[:hi]):
            if int(mention["start"]) < start - REACH_CHARS:
                break
            if mention["label"] not in labels:
                continue
            if self._was_claimant(mention):
                return mention
            fallback = fallback or mention
        return fallback

    def key(self, span: tuple[int, int]) -> str | None:
        start, end = span
        inside = self._inside(start, end)
        if inside is not None:
            return str(inside["entity_key"])
        word = self.text[start:end].lower()
        labels = COMPATIBLE.get(word)
        if labels is None:
            return None
        antecedent = self._antecedent(start, labels)
        return str(antecedent["entity_key"]) if antecedent is not None else None
