"""Canonical names and entity keys: one key per entity, within an article and across it.

A key is `LABEL:normalised_canonical_name`, so the same name gets the same key in every
article. Within an article the canonical name of a short mention is the longest full
name it abbreviates: "Biden" → "Joe Biden", "SEC" → "Securities and Exchange Commission".
"""

from __future__ import annotations

import functools
import re
import unicodedata

from dataset.entities.classify import UNKNOWN, Mention
from dataset.entities.lexicon import CLUB_HEADS, GPE_HEADS, LOCAL_INSTITUTIONS, ORG_HEADS, load

_NON_KEY = re.compile(r"[^0-9a-z]+")
_SPACES = re.compile(r"\s+")
_ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,7}$")
# Place evidence strong enough to overrule the model's guess that a word is a person: a
# gazetteer entry the rules accepted, or a cue only a town takes ("a Chapin man").
_STRONG_PLACE = frozenset(["gazetteer", "lexicon", "cue", "head", "trailer"])
_MINOR = frozenset(["of", "and", "the", "for", "on", "&", "de", "in"])


@functools.lru_cache(maxsize=200_000)
def normalise(name: str) -> str:
    """'Qala-i-Naw' → 'qala_i_naw': ASCII, lower-case, one underscore between words.

    An ASCII name is its own decomposition, with no combining marks to drop."""
    folded = name if name.isascii() else _strip_marks(name)
    key = _NON_KEY.sub("_", folded.lower()).strip("_")
    return key or _SPACES.sub("_", name.strip().lower())


def _strip_marks(name: str) -> str:
    """'Bāmyān' → 'Bamyan': the name decomposed, its combining marks dropped."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def entity_key(label: str, canonical: str) -> str:
    return f"{label}:{normalise(canonical)}"


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _MINOR and w[:1].isupper())


def resolve(mentions: list[Mention], person_coreference: bool, places: dict) -> None:
    """Give repeated short forms their article's full name (in place, order-independent)."""
    _resolve_towns(mentions, places)
    if person_coreference:
        _resolve_people(mentions)
    _resolve_acronyms(mentions)


def _resolve_towns(mentions: list[Mention], places: dict) -> None:
    """A town named like a person ("Mansfield") is the town when the article says so.

    Evidence: the same word typed as a place elsewhere in the article, or leading a local
    institution's name ("Mansfield Police Department", "Dublin City Council").
    """
    towns: dict[str, bool] = {}  # word -> whether the evidence is strong
    cued: set[str] = set()  # words some context (not a bare gazetteer match) calls a place
    people: set[str] = set()  # "Obama said": a word the article shows acting as a person
    bodies: set[str] = set()  # "Citadel said it": a word a cue shows to be a body's name
    for mention in mentions:
        first = mention.words[0]
        if (len(mention.words) == 1 and mention.label in ("GPE", "LOC")) or (
            len(mention.words) > 1 and mention.words[1] in LOCAL_INSTITUTIONS
        ):
            towns[first] = towns.get(first, False) or mention.method in _STRONG_PLACE
            if mention.method != "bare-gazetteer":
                cued.add(first)
        elif len(mention.words) == 1 and mention.method == "context" and mention.label == "PERSON":
            people.add(first)
        elif len(mention.words) == 1 and mention.method == "cue" and mention.label == "ORG":
            bodies.add(first)
    for word in sorted(people | bodies):
        if word in towns and word not in cued:
            del towns[word]  # only a bare gazetteer match said "town": the speaker wins
            _speakers_not_towns(mentions, word, "PERSON" if word in people else "ORG")
    if not towns:
        return
    for mention in mentions:
        word = mention.words[0]
        if (
            len(mention.words) == 1
            and word in towns
            and (
                (
                    mention.label in ("PERSON", UNKNOWN)
                    and mention.method in ("name", "fallback", "context", "unknown")
                )
                or (mention.method == "model" and towns[word])
            )
        ):
            place = places.get(word)
            mention.label = place.label if place is not None else "GPE"
            mention.canonical = place.canonical if place is not None else word
            mention.method = "gazetteer" if place is not None else "context"


def _speakers_not_towns(mentions: list[Mention], word: str, label: str) -> None:
    """'Since Obama took office … Obama said', 'Citadel pulled the show … Citadel said
    it': a small town's name matched without any place cue is the person or the body
    the article shows speaking."""
    for mention in mentions:
        if mention.words == [word] and mention.method == "bare-gazetteer":
            mention.label, mention.canonical, mention.method = label, word, "context"


def _resolve_people(mentions: list[Mention]) -> None:
    # Longest full name per surname; ties go to the earliest mention (deterministic).
    by_surname: dict[str, Mention] = {}
    for mention in mentions:
        if mention.label == "PERSON" and len(mention.words) >= 2:
            surname = _calling_name(mention.words)
            best = by_surname.get(surname)
            if best is None or len(mention.canonical) > len(best.canonical):
                by_surname[surname] = mention
    for mention in mentions:
        full = by_surname.get(mention.words[-1])
        if full is None or full is mention or _model_name_over_place(mention, full):
            continue
        if len(mention.words) == 1 and mention.method not in ("lexicon", "cue"):
            mention.label = "PERSON"
            mention.canonical = full.canonical
            if mention.method in (
                "fallback",
                "context",
                "name",
                "acronym",
                "gazetteer",
                "bare-gazetteer",
                "unknown",
            ):
                mention.method = "coref"
        elif mention.label == "PERSON" and set(mention.words) <= set(full.words):
            mention.canonical = full.canonical


# "III", "XIV": a regnal number, written after a ruler's name.
_REGNAL = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{1,3}|V)$")


def _calling_name(words: list[str]) -> str:
    """The word a short mention repeats: the surname, or a ruler's name before the
    regnal number ("Thutmose III … Thutmose's temple")."""
    if len(words) == 2 and _REGNAL.match(words[1]):
        return words[0]
    return words[-1]


def _model_name_over_place(mention: Mention, full: Mention) -> bool:
    """'Province of Ontario', 'Distinctly Dublin': a name only the model called a person,
    opening with a word no personal name opens with (one running text mostly writes
    lower-case, or a place's head) or holding a lower-case word, does not make the
    gazetteer town its last word names a person too ("Jeb Bush" still does)."""
    if full.method != "model" or mention.method not in ("gazetteer", "bare-gazetteer"):
        return False
    first = full.words[0]
    if first in GPE_HEADS or any(w.islower() for w in full.words):
        return True
    counts = load().word_case.get(first.lower())
    return counts is not None and counts[0] > counts[1]


def _resolve_acronyms(mentions: list[Mention]) -> None:
    long_forms: dict[str, Mention] = {}
    for mention in mentions:
        if mention.label == "ORG" and len(mention.words) >= 2:
            initials = _initials(mention.words)
            if len(initials) >= 2:
                long_forms.setdefault(initials, mention)
    for mention in mentions:
        word = mention.words[0]
        if len(mention.words) == 1 and mention.label == "ORG" and _ACRONYM.match(word):
            full = long_forms.get(word.replace(".", ""))
            if full is not None:
                mention.canonical = full.canonical


# Calls a lone head noun's back-reference overrules: nothing, or a guess from the name.
_HEAD_GUESSES = frozenset(["unknown", "dropped", "model", "name", "fallback"])


def resolve_heads(mentions: list[Mention]) -> None:
    """'the Radium Institute … the Institute's research': a body's head noun standing
    alone, which nothing typed or only a guess did, refers back to the article's body
    with that head (the earliest one before it)."""
    bodies: dict[str, Mention] = {}
    for mention in mentions:
        words = mention.words
        if (
            mention.label == "ORG"
            and len(words) >= 2
            and (
                words[-1] in ORG_HEADS or words[-1] in CLUB_HEADS  # "Leeds United … United"
            )
        ):
            bodies.setdefault(words[-1], mention)
        elif len(words) == 1 and mention.method in _HEAD_GUESSES and words[0] in bodies:
            body = bodies[words[0]]
            mention.label, mention.canonical, mention.method = "ORG", body.canonical, "coref"
