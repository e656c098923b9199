"""Entity mentions: exact span + coarse type, micro P/R/F1 overall and per type.

Both sides are mapped to three coarse types so OntoNotes-style predictions (PERSON, GPE,
FAC, …) can be scored against PER/ORG/LOC gold (UNER) and against our own OntoNotes gold.

Gold here is flat (one layer of names, the CoNLL/OntoNotes convention), so only the
predicted mentions of that layer are scored: a place nested inside another name ("Athens"
in "Athens Police Department", `parent_mention_id` set) is neither a hit nor a false
positive here; toponym scoring counts it. A gold scheme that annotates fewer kinds of name
has a different flat layer: UNER annotates no events, so its annotators mark "Marengo" in
"Battle of Marengo" where OntoNotes marks the battle (`annotated` says which labels the
gold scheme has).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from dataset.evaluate.counts import Counts, match_counts, ratio

COARSE_TYPES = ("PER", "ORG", "LOC")

# Labels outside this map (NORP, EVENT, PRODUCT, …) are not scored on either side.
COARSE = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
}

Rows = Mapping[str, Sequence[Mapping]]


def is_nested(row: Mapping) -> bool:
    """Whether a mention row lies inside another mention (its `parent_mention_id` is set)."""
    parent = row.get("parent_mention_id")
    return isinstance(parent, str) and parent != ""


def top_level(rows: Sequence[Mapping], annotated: Collection[str] | None = None) -> list[Mapping]:
    """The rows of the flat layer a gold scheme annotates: those with no enclosing mention
    of a label in `annotated` (None: of any label, so every nested row is out)."""
    if annotated is None:
        return [row for row in rows if not is_nested(row)]
    by_id = {row["mention_id"]: row for row in rows}

    def outermost(row: Mapping) -> bool:
        while is_nested(row):
            row = by_id[row["parent_mention_id"]]
            if str(row["label"]) in annotated:
                return False
        return True

    return [row for row in rows if outermost(row)]


def coarse_type(row: Mapping, gpe_roles: bool = False) -> str:
    """The row's coarse type; with `gpe_roles`, a GPE acting as an organisation
    (`gpe_role` ORG: "Russia announced") is ORG, as UNER's guideline types it."""
    if gpe_roles and row.get("gpe_role") == "ORG":
        return "ORG"
    return COARSE[str(row["label"])]


def coarse_mentions(rows: Sequence[Mapping], gpe_roles: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, coarse type) of the rows whose label has a coarse type."""
    return [
        (int(row["start"]), int(row["end"]), coarse_type(row, gpe_roles))
        for row in rows
        if str(row["label"]) in COARSE
    ]


def score_entities(
    gold: Rows,
    predicted: Rows,
    annotated: Collection[str] | None = None,
    gpe_roles: bool = False,
) -> dict:
    """Score predicted mentions against gold, document by document.

    `gold` and `predicted` map a document id to rows with `start`, `end`, `label`; nested
    predicted rows are left out unless the gold scheme lacks every label around them
    (`annotated`, see the module docstring). Only
    documents in `gold` are scored (a gold document with no mentions still counts every
    prediction in it as a false positive). A prediction is correct when a gold mention has
    the same start, end and coarse type; duplicates count as multisets. `span` scores the
    same mentions ignoring type, to separate boundary errors from typing errors.
    `gpe_roles`: the gold types a country or city by its role in the sentence (UNER),
    so a predicted GPE whose `gpe_role` is ORG counts as ORG.
    """
    typed, untyped = Counts(), Counts()
    per_type = {name: Counts() for name in COARSE_TYPES}
    for doc_id in sorted(gold):
        gold_mentions = coarse_mentions(gold[doc_id])
        predicted_mentions = coarse_mentions(
            top_level(predicted.get(doc_id, ()), annotated), gpe_roles
        )
        typed.add(match_counts(gold_mentions, predicted_mentions))
        untyped.add(
            match_counts([m[:2] for m in gold_mentions], [m[:2] for m in predicted_mentions])
        )
        for name in COARSE_TYPES:
            per_type[name].add(
                match_counts(
                    [m for m in gold_mentions if m[2] == name],
                    [m for m in predicted_mentions if m[2] == name],
                )
            )
    return {
        "documents": len(gold),
        **typed.as_dict(),
        "span": untyped.as_dict(),
        "per_type": {name: counts.as_dict() for name, counts in per_type.items()},
    }


def score_gpe_roles(gold: Rows, predicted: Rows) -> dict:
    """Accuracy of `gpe_role` on the gold GPE mentions that carry one and that a
    predicted GPE matches exactly (a missed or mistyped mention is scored above, not
    here): does the state act ("the US has spent two decades battling") or is it the
    place?"""
    support = correct = 0
    for doc_id in sorted(gold):
        roles = {
            (int(row["start"]), int(row["end"])): row.get("gpe_role")
            for row in top_level(predicted.get(doc_id, ()))
            if str(row["label"]) == "GPE"
        }
        for mention in gold[doc_id]:
            span = (int(mention["start"]), int(mention["end"]))
            if mention.get("gpe_role") is None or span not in roles:
                continue
            support += 1
            correct += roles[span] == mention["gpe_role"]
    return {"support": support, "correct": correct, "accuracy": ratio(correct, support)}
