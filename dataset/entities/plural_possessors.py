"""Names opened by a plural possessive: "the Lions' Den", "the Musicians' Union".

A common plural noun capitalised in the possessive ("Lions'", a word running text
mostly writes lower-case) before a capitalised word is the first half of one name, a
body's (a group, a union, a league): a plural of common nouns possesses no person. So
the tail, which only the model or the words around it took for a person or a body
("Den"), widens over the possessive, an organisation. A surname in the possessive is
a possessor ("Sir Joshua Reynolds' Portrait", "Steve Cotterills' Clarets"), as is a
place ("BBC Wales' Maniffesto"); a name a list knows stays a person ("the Beatles'
Lennon").
"""

from __future__ import annotations

import re

from dataset.entities import lexicon as lx
from dataset.entities.classify import Mention, is_common
from dataset.entities.params import EntityParams

# A capitalised plural ending the text before its apostrophe.
_PLURAL = re.compile(r"(?<![\w'’-])[A-Z][a-z]+s$")
# Calls no list made: the model's, or the context's.
_GUESSES = frozenset(["model", "fallback", "context", "cue"])


def _possessors(text: str, lexicons: lx.Lexicons, params: EntityParams) -> dict[int, int]:
    """Where each name after a common plural's apostrophe and a space starts → where the
    plural starts. The marks are found by string search: most articles have none."""
    found: dict[int, int] = {}
    for mark in ("s' ", "s’ "):
        k = text.find(mark)
        while k != -1:
            start = k + 3
            if text[start : start + 1].isupper():
                plural = _PLURAL.search(text, max(0, k - 24), k + 1)
                if plural is not None and is_common(plural.group(), lexicons, params):
                    found[start] = plural.start()
            k = text.find(mark, start)
    return found


def plural_possessors(
    mentions: list[Mention], text: str, lexicons: lx.Lexicons, params: EntityParams
) -> None:
    """Widen each one-word person or body guess no name list knows, after a common
    plural in the possessive, over it, an organisation."""
    possessors = _possessors(text, lexicons, params)
    if not possessors:
        return
    for mention in mentions:
        opening = possessors.get(mention.start)
        if (
            opening is None
            or len(mention.words) != 1
            or mention.label not in ("PERSON", "ORG")
            or mention.method not in _GUESSES
            or lx.name_like(mention.words[0], lexicons)
        ):
            continue
        mention.words = [text[opening : mention.start - 1], *mention.words]
        mention.start = opening
        mention.label, mention.method = "ORG", "cue"
        mention.canonical = " ".join(mention.words)
