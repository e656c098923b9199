"""Names opened by a plural possessive: "the Lions' Den", "the Mothers' Front".

A capitalised plural in the possessive ("Lions'") before one capitalised word is the
first half of one name, and a plural possesses no person: the word after it, which
only the model or the words around it took for a person or a body ("Den"), is the tail
of a body's name. Such names are bodies' (a group, a union, a party), so the whole is
an organisation. A name a list knows stays a person ("the Beatles' Lennon": a band's
member).
"""

from __future__ import annotations

import re

from dataset.entities import lexicon as lx
from dataset.entities.classify import Mention

# A capitalised plural and its apostrophe, then one space, ending the text before a name.
_PLURAL_POSSESSOR = re.compile(r"(?<![\w'’-])([A-Z][a-z]+s['’]) $")
# Calls no list made: the model's, or the context's.
_GUESSES = frozenset(["model", "fallback", "context", "cue"])


def plural_possessors(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> None:
    """Widen each one-word person or body guess after a plural possessive over it, an
    organisation."""
    for mention in mentions:
        if (
            len(mention.words) != 1
            or mention.label not in ("PERSON", "ORG")
            or mention.method not in _GUESSES
            or text[mention.start - 2 : mention.start] not in ("' ", "’ ")
            or lx.name_like(mention.words[0], lexicons)
        ):
            continue
        possessor = _PLURAL_POSSESSOR.search(text, max(0, mention.start - 24), mention.start)
        if possessor is None:
            continue
        mention.start = possessor.start(1)
        mention.words = [possessor.group(1), *mention.words]
        mention.label, mention.method = "ORG", "cue"
        mention.canonical = " ".join(mention.words)
