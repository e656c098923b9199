"""A lone guessed name listed among organisations is one: "representatives from Uber,
the Motion Picture Association of America, the Consumer Technology Association and
other groups".

A one-word name only a name list or the model made a person ("Uber" reads as a
surname) takes the kind of the items it is listed with when at least two of them are
organisations their own words name ("Association", a listed body) and none is a person
or place: a list joins things of one kind.
"""

from __future__ import annotations

import operator
import re

from dataset.entities.classify import Mention
from dataset.entities.context import unnamed_guess

# Between two items of one list: a comma or "and"/"or", and perhaps "the".
_GAP = re.compile(r",?[^\S\n]+(?:(?:and|or)[^\S\n]+)?(?:the[^\S\n]+)?|,[^\S\n]*")
_SPAN = operator.attrgetter("start", "end")
# Rule methods that type a body by its own words, not by a guess.
_OWN_WORDS = frozenset(["head", "lexicon", "acronym", "trailer"])


def _lists(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """Runs of mentions separated only by list gaps (in text order)."""
    runs: list[list[Mention]] = []
    current: list[Mention] = []
    for mention in mentions:
        if current and _GAP.fullmatch(text, current[-1].end, mention.start) is not None:
            current.append(mention)
        else:
            if len(current) > 2:
                runs.append(current)
            current = [mention]
    if len(current) > 2:
        runs.append(current)
    return runs


def _guess(mention: Mention, first_names: frozenset[str]) -> bool:
    return len(mention.words) == 1 and unnamed_guess(mention, first_names)


def organisations_in_lists(mentions: list[Mention], text: str, first_names: frozenset[str]) -> None:
    """Re-type as ORG the lone guessed persons listed with two or more named bodies."""
    flat = sorted((m for m in mentions if m.label), key=_SPAN)
    for items in _lists(flat, text):
        guesses = [m for m in items if _guess(m, first_names)]
        bodies = [m for m in items if m.label == "ORG" and m.method in _OWN_WORDS]
        if guesses and len(bodies) >= 2 and len(guesses) + len(bodies) == len(items):
            for mention in guesses:
                mention.label, mention.method = "ORG", "context"
                mention.canonical = mention.words[0]
