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
from dataset.entities.classify import Mention, is_common, is_word_char
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


def _whole_words(text: str, words: dict[str, Mention]) -> list[tuple[int, int]]:
    """The spans where one of `words` stands as a whole word, in text order (a string
    search per surname: a pattern compiled per article would cost more than the rule)."""
    spans = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if not (start and is_word_char(text[start - 1])) and not (
                end < len(text) and is_word_char(text[end])
            ):
                spans.append((start, end))
            start = text.find(word, start + 1)
    return sorted(spans)


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
    for start, end in _whole_words(text, surnames):
        if not starts_sentence(text, start) or _LONE.match(text, end) is None:
            continue
        if any(s < end and start < e for s, e in covered):
            continue
        word = text[start:end]
        added.append(Mention(start, end, [word], "PERSON", surnames[word].canonical, "coref"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))
