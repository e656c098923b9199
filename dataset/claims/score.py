"""Scoring claims against gold attributions (PolNeAR-style content/source spans).

Matching (one-to-one, greedy by Dice, ties by position): a predicted claim matches a gold
attribution when the Dice coefficient of their content character sets is ≥ 0.5. The gold
character set is the union of the content fragments (a quote interrupted by "he said"
counts only its quoted parts); the predicted set is [start, end).

Claimant accuracy, over matched pairs: correct when the predicted claimant span shares at
least one character with a gold source fragment, or when gold has no source and the
prediction has no claimant. `claimant_acc_sourced` restricts it to gold with a source.
"""

from __future__ import annotations

import collections

from dataset.claims.extract import extract_claims
from dataset.claims.params import ClaimParams


def _fragments(item: dict, role: str) -> list[tuple[int, int]]:
    pieces = item.get(f"{role}_fragments") or ([item[role]] if item.get(role) else [])
    return [(int(s), int(e)) for s, e in pieces]


def _overlap(a: tuple[int, int], pieces: list[tuple[int, int]]) -> int:
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in pieces)


def dice(span: tuple[int, int], pieces: list[tuple[int, int]]) -> float:
    size = sum(e - s for s, e in pieces)
    total = (span[1] - span[0]) + size
    return 2 * _overlap(span, pieces) / total if total else 0.0


def match(preds: list[dict], golds: list[dict], threshold: float = 0.5) -> list[tuple]:
    """One-to-one (pred index, gold index, dice) pairs with dice ≥ threshold."""
    pairs = []
    for p, pred in enumerate(preds):
        span = (pred["start"], pred["end"])
        for g, gold in enumerate(golds):
            pieces = _fragments(gold, "content")
            if pieces[-1][1] <= span[0] or pieces[0][0] >= span[1]:
                continue
            score = dice(span, pieces)
            if score >= threshold:
                pairs.append((-score, p, g))
    pairs.sort()
    used_p, used_g, out = set(), set(), []
    for negative, p, g in pairs:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            out.append((p, g, -negative))
    return out


def claimant_correct(pred: dict, gold: dict) -> bool:
    sources = _fragments(gold, "source")
    if pred["claimant_start"] is None:
        return not sources
    return bool(sources) and _overlap((pred["claimant_start"], pred["claimant_end"]), sources) > 0


def evaluate(records: list[dict], params: ClaimParams, by_cue: bool = False) -> dict:
    n_pred = n_gold = n_match = n_claimant = n_sourced = n_sourced_ok = 0
    cues: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for record in records:
        preds = extract_claims(record["doc_id"], record["text"], params, [])
        golds = record["attributions"]
        pairs = match(preds, golds)
        n_pred += len(preds)
        n_gold += len(golds)
        n_match += len(pairs)
        matched = {p for p, _, _ in pairs}
        for p, g, _ in pairs:
            ok = claimant_correct(preds[p], golds[g])
            n_claimant += ok
            if golds[g].get("source"):
                n_sourced += 1
                n_sourced_ok += ok
        if by_cue:
            for p, pred in enumerate(preds):
                key = f"{pred['method']}:{pred['cue'].lower()}"
                cues[key][0] += 1
                cues[key][1] += p in matched
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {
        "docs": len(records),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": n_match,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "claimant_acc": round(n_claimant / n_match, 4) if n_match else 0.0,
        "claimant_acc_sourced": round(n_sourced_ok / n_sourced, 4) if n_sourced else 0.0,
    }
    if by_cue:
        result["by_cue"] = {
            k: {"predicted": v[0], "precision": round(v[1] / v[0], 3)}
            for k, v in sorted(cues.items(), key=lambda kv: (-kv[1][0], kv[0]))
        }
    return result
