"""Claims in wire reports about armed conflict: denials, verification, casualty figures."""

from __future__ import annotations

from dataset.claims.extract import extract_claims
from dataset.claims.params import ClaimParams

PARAMS = ClaimParams()


def _claims(text: str) -> list[tuple[str | None, str, str]]:
    """(claimant, cue, content) of every claim of `text`."""
    return [(r["claimant"], r["cue"], r["text"]) for r in extract_claims("t", text, PARAMS, [])]


def test_this_after_a_cue_is_its_object() -> None:
    """ "Moscow denies this.": a bare "this" is the cue's object, so the cue introduces
    its own content and does not reach back over the report before it; "said this week"
    stays a time adjunct."""
    text = "Kyiv says it has retaken 50 settlements; Moscow denies this."
    assert _claims(text) == [
        ("Kyiv", "says", "it has retaken 50 settlements"),
        ("Moscow", "denies", "this"),
    ]
    week = "The ceasefire is holding, the army said this week."
    assert _claims(week) == [("the army", "said", "The ceasefire is holding")]


def test_cue_after_a_semicolon_takes_no_content_before_it() -> None:
    """ "A says X; B denies.": a semicolon joins two independent clauses, so B's report
    is not about the clause before it (that is A's claim)."""
    text = "Kyiv says it has retaken 50 settlements; Moscow denies."
    assert _claims(text) == [("Kyiv", "says", "it has retaken 50 settlements")]
