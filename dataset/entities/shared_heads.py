"""Names that share one plural head: "the Celtic and Irish Seas", "Papworth and
Addenbrooke's Hospitals", "Oxford and Cambridge Universities".

Coordinated names before a capitalised plural head are that many places or bodies of
the head's kind, the head written once for all: the Celtic Sea and the Irish Sea. So
the one-word conjuncts before the last take its type, overruling an adjective's reading
("Celtic" as a people's word) for a place's kind, and a guess for any kind. A body's
kind does not turn a people's adjective into a body ("Afghan and Coalition Forces").
"""

from __future__ import annotations

from dataset.entities.classify import Mention
from dataset.entities.context import listed_together

_KINDS = frozenset(["ORG", "LOC", "FAC", "GPE"])
# Calls a shared head overrules: guesses from a name list, the model, a weak cue, or a
# gazetteer entry for a small place.
_GUESSES = frozenset(
    ["name", "model", "fallback", "context", "cue", "gazetteer", "bare-gazetteer", "unknown"]
)


def _plural_head(mention: Mention) -> bool:
    """A name typed by its own capitalised plural head noun ("Irish Seas")."""
    last = mention.words[-1]
    return (
        mention.method == "head"
        and mention.label in _KINDS
        and len(mention.words) > 1
        and len(last) > 3
        and last[-1] == "s"
        and last[0].isupper()
    )


def _takes(conjunct: Mention, label: str) -> bool:
    if len(conjunct.words) != 1 or conjunct.label == label:
        return False
    if conjunct.label == "NORP":
        return label != "ORG" and conjunct.method == "lexicon"
    return conjunct.method in _GUESSES


def shared_plural_heads(mentions: list[Mention], text: str) -> None:
    """Give the one-word conjuncts before a plural-headed name that name's type."""
    for index, mention in enumerate(mentions):
        if index == 0 or not _plural_head(mention):
            continue
        j = index - 1
        while (
            j >= 0
            and listed_together(mentions[j], mentions[j + 1], text)
            and _takes(mentions[j], mention.label)
        ):
            conjunct = mentions[j]
            conjunct.label, conjunct.method = mention.label, "trailer"
            conjunct.canonical = conjunct.words[0]
            j -= 1
