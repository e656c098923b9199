"""Attributions: content matching by Dice overlap, content P/R/F1, and claimant accuracy.

Gold attributions (PolNeAR form, or our seed gold converted to it) have `content`
`[start, end]`, optional `content_fragments` (the pieces of a discontinuous content, e.g. a
quote interrupted by "he said"), `source` `[start, end]` or null, optional
`source_fragments`, and `cue` `[start, end]` or null. Predicted claims are `claims` rows:
`start`, `end`, `claimant_start`, `claimant_end`, `cue_start`, `cue_end`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dataset.evaluate.counts import Counts, ratio

Span = tuple[int, int]


def _spans(item: Mapping, role: str) -> list[Span]:
    """The character ranges of one role: its fragments when given, else its covering span."""
    fragments = item.get(f"{role}_fragments")
    if fragments:
        return sorted((int(s), int(e)) for s, e in fragments)
    span = item.get(role)
    return [] if span is None else [(int(span[0]), int(span[1]))]


def _length(spans: Sequence[Span]) -> int:
    return sum(end - start for start, end in _merge(spans))


def _merge(spans: Sequence[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _intersection(a: Sequence[Span], b: Sequence[Span]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in _merge(a) for s2, e2 in _merge(b))


def dice(a: Sequence[Span], b: Sequence[Span]) -> float:
    """Dice coefficient of two sets of character ranges: 2|A∩B| / (|A| + |B|)."""
    total = _length(a) + _length(b)
    return 2 * _intersection(a, b) / total if total else 0.0


def overlaps(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return _intersection(a, b) > 0


def _predicted_span(row: Mapping, start: str, end: str) -> list[Span]:
    s, e = row.get(start), row.get(end)
    return [] if s is None or e is None else [(int(s), int(e))]


def match(
    gold: Sequence[Mapping], predicted: Sequence[Mapping], min_dice: float = 0.5
) -> list[tuple[int, int, float]]:
    """One-to-one greedy matching of predicted claims to gold attributions by content Dice.

    Every pair with Dice ≥ `min_dice` is a candidate; candidates are taken best Dice first,
    ties broken by gold content start, then predicted start, then list positions, so the
    result never depends on input order beyond that. Returns (gold index, predicted index,
    Dice) triples sorted by gold index.
    """
    gold_spans = [_spans(item, "content") for item in gold]
    predicted_spans = [_predicted_span(row, "start", "end") for row in predicted]
    candidates = []
    for gi, g in enumerate(gold_spans):
        for pi, p in enumerate(predicted_spans):
            score = dice(g, p)
            if score >= min_dice and score > 0:
                candidates.append((-score, g[0][0], p[0][0], gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for negative, _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((gi, pi, -negative))
    return sorted(pairs)


def claimant_correct(gold_item: Mapping, predicted_row: Mapping) -> bool:
    """Claimant agreement of a matched pair.

    Correct when the gold attribution has a source and the predicted claimant span shares at
    least one character with it (with any of its fragments), or when the gold attribution
    has no source and the prediction has no claimant either. A claimant predicted for a
    sourceless attribution, or missing for a sourced one, is wrong.
    """
    gold_source = _spans(gold_item, "source")
    predicted_claimant = _predicted_span(predicted_row, "claimant_start", "claimant_end")
    if not gold_source:
        return not predicted_claimant
    return overlaps(gold_source, predicted_claimant)


def cue_correct(gold_item: Mapping, predicted_row: Mapping) -> bool:
    """Cue agreement of a matched pair: the spans share a character, or both are absent."""
    gold_cue = _spans(gold_item, "cue")
    predicted_cue = _predicted_span(predicted_row, "cue_start", "cue_end")
    if not gold_cue:
        return not predicted_cue
    return overlaps(gold_cue, predicted_cue)


def score_attributions(
    gold: Mapping[str, Sequence[Mapping]],
    predicted: Mapping[str, Sequence[Mapping]],
    min_dice: float = 0.5,
) -> dict:
    """Score predicted claims against gold attributions, document by document.

    - `content`: P/R/F1 where a true positive is a matched pair (see `match`).
    - `claimant_accuracy`: share of matched pairs whose claimant is correct
      (`claimant_correct`); `cue_accuracy` likewise for the cue (`cue_correct`).
    - `hedged_accuracy`: share of matched pairs whose gold gives `hedged` and agrees with
      the prediction's `hedged`.
    - `mean_dice`: mean content Dice of the matched pairs.
    """
    content = Counts()
    claimants = cues = hedges = hedge_support = 0
    dice_sum = 0.0
    for doc_id in sorted(gold):
        gold_items, predicted_rows = list(gold[doc_id]), list(predicted.get(doc_id, ()))
        pairs = match(gold_items, predicted_rows, min_dice)
        content.add(
            Counts(
                tp=len(pairs),
                fp=len(predicted_rows) - len(pairs),
                fn=len(gold_items) - len(pairs),
            )
        )
        for gi, pi, score in pairs:
            gold_item, predicted_row = gold_items[gi], predicted_rows[pi]
            dice_sum += score
            claimants += claimant_correct(gold_item, predicted_row)
            cues += cue_correct(gold_item, predicted_row)
            if gold_item.get("hedged") is not None:
                hedge_support += 1
                hedges += bool(predicted_row.get("hedged")) == bool(gold_item["hedged"])
    return {
        "documents": len(gold),
        "min_dice": min_dice,
        "content": content.as_dict(),
        "claimant_accuracy": ratio(claimants, content.tp),
        "cue_accuracy": ratio(cues, content.tp),
        "hedged_accuracy": ratio(hedges, hedge_support),
        "hedged_support": hedge_support,
        "mean_dice": round(dice_sum / content.tp, 6) if content.tp else None,
    }
