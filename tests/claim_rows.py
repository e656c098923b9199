"""The claim rows of a hand-made text under the default parameters: what rule tests read."""

from __future__ import annotations

from dataset.claims.extract import extract_claims
from dataset.claims.params import ClaimParams

PARAMS = ClaimParams()


def claim_rows(text: str) -> list[dict]:
    """Every claim row of `text`, with no entities to name claimants."""
    return extract_claims("t", text, PARAMS, [])


def claims(text: str) -> list[tuple[str | None, str, str]]:
    """(claimant, cue, content) of every claim of `text`."""
    return [(r["claimant"], r["cue"], r["text"]) for r in claim_rows(text)]


def mentions(text: str, names: list[tuple[str, str, str]]) -> list[dict]:
    """Entity rows for (surface, label, key) found in order in the text."""
    rows, at = [], 0
    for n, (surface, label, key) in enumerate(names):
        at = text.index(surface, at)
        rows.append(
            {"mention_id": f"m{n}", "start": at, "end": at + len(surface), "text": surface}
            | {"label": label, "entity_key": key}
        )
        at += len(surface)
    return rows
