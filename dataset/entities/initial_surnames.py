"""A full name's surname opening a sentence: "Gordon Brown spoke. Brown said …".

The candidate scan drops a sentence's first word when running text mostly writes it
lower-case ("Brown", "May", "Cotton", "Rice"), since "Brown bears" or "May I" open
sentences too. Once the article has named a person whose surname is that word, a reader
takes the lone word at a sentence start as that person, as it is mid-sentence.
"""

from __future__ import annotations

import re

from dataset.entities import lexicon as lx
from dataset.entities.candidates import starts_sentence
from dataset.entities.classify import Mention, is_common
from dataset.entities.params import EntityParams

# After the surname: a possessive, punctuation or a lower-case word, never another
# capitalised word ("May Day", "Brown University") nor a number ("May 5").
_LONE = re.compile(r"(?:['’]s?)?(?=[^\w'’-]|$)(?![^\S\n]*[A-Z0-9])")


def _surname_like(word: str, lexicons: lx.Lexicons, params: EntityParams) -> bool:
    """A capitalised word of three letters or more that is a listed surname or no
    ordinary word: "Brown", "May", "Souness"; not the "And" of a misread "Jamie And"
    nor the "Online" of "Ultima Online"."""
    return (
        len(word) > 2
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and (word.lower() in lexicons.surnames or not is_common(word, lexicons, params))
    )


def sentence_initial_surnames(
    mentions: list[Mention], text: str, lexicons: lx.Lexicons, params: EntityParams
) -> list[Mention]:
    """The mentions plus each sentence-initial lone surname of a person the article names
    in full that no mention covers, as that person."""
    surnames = {
        m.words[-1]: m
        for m in mentions
        if m.label == "PERSON" and len(m.words) > 1 and _surname_like(m.words[-1], lexicons, params)
    }
    if not surnames:
        return mentions
    covered = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b")
    for match in pattern.finditer(text):
        start, end = match.span()
        if not starts_sentence(text, start) or _LONE.match(text, end) is None:
            continue
        if any(s < end and start < e for s, e in covered):
            continue
        full = surnames[match.group()]
        added.append(Mention(start, end, [match.group()], "PERSON", full.canonical, "coref"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))
