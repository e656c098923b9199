"""Recall of full noun-phrase mentions (GUM) by named-entity mentions: exact or head match.

GUM annotates every mention as a whole noun phrase ("the University of Helsinki", "US
President Joe Biden") and includes pronouns and descriptions, so NER precision cannot be
measured against it; recall can, once a name that heads the phrase counts as finding it.

A predicted mention P *heads* a gold phrase G when, within the same document:

- P lies inside G, starting and ending on word boundaries of G;
- the part of G before P holds only pre-modifiers: no comma, parenthesis or post-modifier
  word (`of`, `in`, `who`, …), so "Copenhagen" in "the University of Copenhagen" is not
  its head but "University of Copenhagen" is;
- the part of G after P is empty, is only a possessive clitic (GUM's possessor spans
  include it: "France" heads "France's"), or starts with a post-modifier (a comma,
  parenthesis or a word such as `of`, `in`, `who`, `which`), so "Biden" in "Biden's
  administration" is not the head.

A gold mention is *named* when it contains a capitalised word other than a sentence-initial
pronoun or determiner ("The", "He", "This", …); descriptions and pronouns are not, and no
named-entity recogniser is expected to find them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from dataset.evaluate.counts import ratio
from dataset.evaluate.entities import COARSE, top_level

POST_MODIFIERS = frozenset(
    [
        "of",
        "in",
        "at",
        "on",
        "for",
        "from",
        "with",
        "by",
        "to",
        "near",
        "about",
        "against",
        "under",
        "over",
        "between",
        "among",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "where",
        "when",
    ]
)
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "there",
        "here",
        "someone",
        "something",
    ]
)
POSSESSIVE_CLITICS = frozenset(["'s", "’s", "'", "’"])
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _is_post_modifier_start(rest: str) -> bool:
    rest = rest.lstrip()
    if not rest:
        return True
    if rest[0] in ",(–—-":
        return rest[0] != "-" or rest[:2] in ("- ", "--")
    first = _WORD.match(rest)
    return first is not None and first.group(0).lower() in POST_MODIFIERS


def heads(gold_start: int, gold_end: int, start: int, end: int, text: str) -> bool:
    """Whether the span [start, end) is the exact span or the head of [gold_start, gold_end)."""
    if (start, end) == (gold_start, gold_end):
        return True
    if not (gold_start <= start and end <= gold_end):
        return False
    before, after = text[gold_start:start], text[end:gold_end]
    if before and not before[-1].isspace():
        return False
    if after and after[0].isalnum():
        return False
    if after in POSSESSIVE_CLITICS:
        # GUM spans of possessors include the clitic: "France" heads "France's".
        return not any(w.lower() in POST_MODIFIERS for w in _WORD.findall(before))
    if any(c in before for c in ",()") or any(
        w.lower() in POST_MODIFIERS for w in _WORD.findall(before)
    ):
        return False
    return _is_post_modifier_start(after)


def is_named(surface: str) -> bool:
    words = _WORD.findall(surface)
    return any(
        word[0].isupper() and not (index == 0 and word.lower() in FUNCTION_WORDS)
        for index, word in enumerate(words)
    )


def score_mention_recall(
    gold: Mapping[str, Sequence[Mapping]],
    predicted: Mapping[str, Sequence[Mapping]],
    texts: Mapping[str, str],
) -> dict:
    """Recall of PER/ORG/LOC gold phrases found by an exact or head-matching prediction.

    `typed` additionally requires the prediction's coarse type to equal the gold type.
    Only top-level predictions take part (nested places are not NER mentions here).
    Figures are given for all gold phrases and for the named ones (see module docstring).
    """
    totals = {subset: {"gold": 0, "found": 0, "found_typed": 0} for subset in ("all", "named")}
    for doc_id in sorted(gold):
        text = texts[doc_id]
        mentions = [
            (int(r["start"]), int(r["end"]), COARSE[str(r["label"])])
            for r in top_level(predicted.get(doc_id, ()))
            if str(r["label"]) in COARSE
        ]
        for row in gold[doc_id]:
            label = COARSE.get(str(row["label"]))
            if label is None:
                continue
            gs, ge = int(row["start"]), int(row["end"])
            hits = [m for m in mentions if heads(gs, ge, m[0], m[1], text)]
            subsets = ("all", "named") if is_named(text[gs:ge]) else ("all",)
            for subset in subsets:
                totals[subset]["gold"] += 1
                totals[subset]["found"] += bool(hits)
                totals[subset]["found_typed"] += any(m[2] == label for m in hits)
    result: dict = {"documents": len(gold)}
    for subset, t in totals.items():
        result[subset] = {
            "gold": t["gold"],
            "found": t["found"],
            "recall": ratio(t["found"], t["gold"]),
            "recall_typed": ratio(t["found_typed"], t["gold"]),
        }
    return result
