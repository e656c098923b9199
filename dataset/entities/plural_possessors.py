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

# A capitalised plural and its apostrophe, then one space, ending the text before a name.
_PLURAL_POSSESSOR = re.compile(r"(?<![\w'’-])([A-Z][a-z]+s)['’] $")
# Calls no list made: the model's, or the context's.
_GUESSES = frozenset(["model", "fallback", "context", "cue"])


def plural_possessors(
    mentions: list[Mention], text: str, lexicons: lx.Lexicons, params: EntityParams
) -> None:
    """Widen each one-word person or body guess no name list knows, after a common
    plural in the possessive, over it, an organisation."""
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
        if possessor is None or not is_common(possessor.group(1), lexicons, params):
            continue
        mention.start = possessor.start(1)
        mention.words = [possessor.group(1) + text[possessor.end(1)], *mention.words]
        mention.label, mention.method = "ORG", "cue"
        mention.canonical = " ".join(mention.words)
