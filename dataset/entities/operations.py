"""Named operations: "Operation Shujaa", "Operation Desert Storm", "Operation Buccaneer".

Armies, police and customs name their campaigns "Operation" and a code word, which no
list knows and which reads as a person ("Buccaneer") or as nothing at all. The
capitalised noun opening the run says what the name is: an operation, an event, as a
"Battle" or a "Siege" opening a name does. A sentence-initial "Operation" the candidate
pass trimmed as an ordinary word joins the name again. A body is named so too
("Operation Black Vote", a campaign group): a name the article gives a spokesperson or
calls a group, or that ends in a body's noun, is no event, and a name a list or a cue
typed keeps its type.
"""

from __future__ import annotations

import re

from dataset.entities import lexicon as lx
from dataset.entities.classify import GUESS_METHODS, UNKNOWN, Mention
from dataset.entities.ships import speaks

_OPERATION = "Operation"
_GUESSED_LABELS = frozenset([UNKNOWN, "PERSON", "ORG"])
# A body's name ends in a body's noun, or in "International" as a charity's may
# ("Operation Blessing International").
_BODY_ENDINGS = lx.ORG_HEADS | {"International"}
# "Operation " opening a sentence right before the mention, which the candidates trimmed,
# an opening quote before it too ('"Operation Kivuli was a success," he said').
_OPENING_BEFORE = re.compile(r"(?:^|[.!?][^\S\n]+|\n[^\S\n]*)[\"“‘']?(Operation)[^\S\n]+$")
# What a body has, is or does: "an Operation Black Vote spokesman", "Operation Smile
# volunteers", "Operation X, a charity", "Operation Smile said" (an event says nothing).
_BODY_AFTER = re.compile(
    r"[^\S\n]+(?:spokesman|spokeswoman|spokesperson|chairman|director|founder|members?"
    r"|volunteers?|staff|workers)\b"
    r"|,[^\S\n]+(?:an?|the)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:group|charity|organisation|organization|campaign|movement)\b"
)


def _operation_start(mention: Mention, text: str) -> int | None:
    """Where the operation's name starts: the mention's own start when "Operation"
    opens it and a name follows, or the trimmed "Operation" before it; else None."""
    if mention.words[0] == _OPERATION:
        return mention.start if len(mention.words) > 1 else None
    before = _OPENING_BEFORE.search(text, max(0, mention.start - 14), mention.start)
    return None if before is None else before.start(1)


def _a_body(words: list[str], text: str) -> bool:
    """Whether the article gives the name a body's spokesperson, members or kind, or has
    it speak; the name may run over a line break or a double space."""
    name = re.compile(r"\s+".join(map(re.escape, words)) + r"\b")
    return any(
        _BODY_AFTER.match(text, found.end()) is not None or speaks(text, found.end())
        for found in name.finditer(text)
    )


def named_operations(mentions: list[Mention], text: str) -> None:
    """Type as EVENT the guessed or untyped names an "Operation" opens."""
    if _OPERATION not in text:
        return
    for mention in mentions:
        if mention.method not in GUESS_METHODS or mention.label not in _GUESSED_LABELS:
            continue
        start = _operation_start(mention, text)
        if start is None:
            continue
        words = text[start : mention.end].split()
        if words[-1] in _BODY_ENDINGS or _a_body(words, text):
            continue
        mention.start, mention.words = start, words
        # Typed by its head, the opening noun, as "Battle" types "Battle of Mosul".
        mention.label, mention.canonical, mention.method = "EVENT", " ".join(words), "head"
