"""A name that "was born" is a person's: "Cotton was born on October 31, 1832".

Only people (and animals) are born, so the verb types the name before it even where no
rule kept a candidate: a surname that is also an ordinary word, dropped at a sentence's
start ("Cotton", "Brown"), or a one-word name nothing typed. The article's other lone
uses of the word that nothing typed are then that person too. (A name the gazetteer
made a town is settled by the same verb in `context`.)
"""

from __future__ import annotations

import re

from dataset.entities import lexicon as lx
from dataset.entities.classify import UNKNOWN, Mention, is_common
from dataset.entities.params import EntityParams

_BORN = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*)[^\S\n]+was[^\S\n]+born\b")


def _name_word(word: str, lexicons: lx.Lexicons, params: EntityParams) -> bool:
    """A listed given name or surname, or a word running text does not write lower-case;
    never a pronoun or an ordinary word opening the sentence ("Everyone was born")."""
    return word not in lx.NEVER and (
        lx.name_like(word, lexicons) or not is_common(word, lexicons, params)
    )


def born_people(
    mentions: list[Mention], text: str, lexicons: lx.Lexicons, params: EntityParams
) -> list[Mention]:
    """The mentions with each one-word name before "was born" a person, and the same
    word elsewhere that nothing typed, the same person."""
    if "was born" not in text:
        return mentions
    born: set[str] = set()
    added: list[Mention] = []
    for match in _BORN.finditer(text):
        word = match.group(1)
        start, end = match.span(1)
        covering = [m for m in mentions if m.start < end and start < m.end]
        if not covering:
            if _name_word(word, lexicons, params):
                added.append(Mention(start, end, [word], "PERSON", word, "cue"))
                born.add(word)
            continue
        mention = covering[-1]
        if mention.words == [word] and mention.label == UNKNOWN:
            mention.label, mention.canonical, mention.method = "PERSON", word, "cue"
            born.add(word)
    if not born:
        return mentions
    for mention in mentions:
        if len(mention.words) == 1 and mention.words[0] in born and mention.label == UNKNOWN:
            mention.label, mention.canonical, mention.method = "PERSON", mention.words[0], "coref"
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))
