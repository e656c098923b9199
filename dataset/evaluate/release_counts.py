"""How often a release's labelled casualty count is a quantity of its claims.

The ISAF press releases are labelled with the least number of people killed and captured
(`min_killed`, `min_captured`; 0 when none). A count the claims table can serve is one
that appears as the value of a quantity in one of the document's claims; releases whose
count is 0 take no part. Narration ("the force killed two insurgents") is no attributed
claim, so this measures coverage, not an error rate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dataset.evaluate.counts import ratio


def claim_values(claims: Sequence[Mapping]) -> set[float]:
    """Every quantity value stated in the document's claims."""
    return {
        float(q["value"])
        for claim in claims
        for q in (claim.get("quantities") or ())
        if q.get("value") is not None
    }


def score_release_counts(
    labels: Mapping[str, Mapping], claims: Mapping[str, Sequence[Mapping]]
) -> dict:
    """Per label (`min_killed`, `min_captured`): releases with a count, and the share of
    them whose count is among their claims' quantity values."""
    result = {}
    for field in ("min_killed", "min_captured"):
        with_count = found = 0
        for doc_id in sorted(labels):
            count = labels[doc_id].get(field) or 0
            if count <= 0:
                continue
            with_count += 1
            found += float(count) in claim_values(claims.get(doc_id, ()))
        result[field] = {"releases": with_count, "in_claims": ratio(found, with_count)}
    return result
