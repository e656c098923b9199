"""Person names longer than a capitalised run: regnal numbers, epithets, nicknames.

The candidate scan cuts names at "the" and cannot tell a regnal number from a section
number, so "Louis the German", "Pliny the Elder" and "Thutmose III" reach the article
pass as a first name plus stray pieces, or as nothing.
These rules rejoin them: one person mention spanning the whole name, as a reader and
the flat-NER convention (CoNLL, OntoNotes, UNER) count it.
"""

from __future__ import annotations

import re

from dataset.entities import lexicon as lx
from dataset.entities.classify import UNKNOWN, Mention, after_one_space, space_then

# Regnal numbers I to XXXIX ("Mojmír I": `extract._absorb_suffixes` joins the "I").
_REGNAL = re.compile(r"^X{0,3}(?:IX|IV|VI{0,3}|I{1,3})$|^X{1,3}$")
# "the Elder", "the Great", "the Good Witch": one to three capitalised words after "the",
# then no further capitalised word (which would make it "the Great Lakes Region").
_EPITHET = re.compile(
    r"[^\S\n]+the[^\S\n]+((?:[A-Z][a-z'’-]+[^\S\n]+){0,2}[A-Z][a-z'’-]+)"
    r"(?![\w'’-])(?![^\S\n]+[A-Z])"
)
# "gave Obama the Nobel Prize", "named Smith the Player of the Year": a verb with two
# objects, not a byname.
_GIVING = re.compile(
    r"\b(?:gave|give|gives|giving|handed|hands|awarded|awards|offered|offers|sent|sends|told"
    r"|tells|showed|shows|made|makes|named|names|called|calls|crowned|voted|elected|"
    r"declared|appointed)[^\S\n]+$"
)
# Labels a person's extension may swallow: a demonym ("the German"), a place ("of France"),
# an unexplained word; never an organisation ("Smith the BBC reporter" is not one name).
_SWALLOWED = frozenset(["NORP", "GPE", "LOC", "PERSON", UNKNOWN])


def _listed_part(word: str) -> bool:
    """A word organisation, event, law and place names are built of, or a listed name."""
    return (
        word in lx.ORG_HEADS
        or word in lx.EVENT_HEADS
        or word in lx.LAW_HEADS
        or word in lx.LOC_HEADS
        or word in lx.ORG_NAME_SET
    )


def _plain_word(word: str, lexicons: lx.Lexicons) -> bool:
    """A word an organisation, event or document name is made of, not a ruler's name."""
    counts = lexicons.word_case.get(word.lower())
    if counts is not None and counts[0] >= counts[1]:
        return True
    return _listed_part(word) or word in lexicons.places


def _epithet(words: list[str], lexicons: lx.Lexicons) -> bool:
    """'the German', 'the Elder', 'the Good Witch': a demonym, or ordinary words
    capitalised as a byname; never a body's or a place's name ("the Senate")."""
    if len(words) == 1 and words[0] in lx.DEMONYMS:
        return True
    for word in words:
        counts = lexicons.word_case.get(word.lower())
        if (counts is not None and counts[0] < counts[1]) or _listed_part(word):
            return False
    return True


def _regnal(mention: Mention, lexicons: lx.Lexicons) -> bool:
    """'Thutmose III', 'Louis XIV': one or two name words and a regnal number; not
    'World War II', 'Title IX', 'Apollo XI' (ordinary or listed words before it)."""
    words = mention.words
    return (
        2 <= len(words) <= 3
        and words[-1][0] in "IVX"  # what a regnal number opens with: a cheap test first
        and _REGNAL.match(words[-1]) is not None
        and mention.label in ("PERSON", UNKNOWN)
        and not any(_plain_word(w, lexicons) for w in words[:-1])
    )


def _extension(mention: Mention, text: str, lexicons: lx.Lexicons) -> re.Match | None:
    """The byname after a person's name ("the Elder"), if it has one."""
    after = after_one_space(text, mention.end)  # "t" of "the", or the pattern decides
    extension = _EPITHET.match(text, mention.end) if after in ("", "t") else None
    if extension is not None and (
        _GIVING.search(text, max(0, mention.start - 16), mention.start) is not None
        or not _epithet(extension.group(1).split(), lexicons)
    ):
        extension = None
    return extension


# ' "Barbecue" ', ' “El Chapo” ': a nickname of one to three capitalised words in quotes,
# between a given name and the surname after it.
_NICKNAME = re.compile(
    r"[^\S\n]+[\"“]([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2})[\"”][^\S\n]+(?=[A-Z])"
)
_QUOTES = frozenset(['"', "“"])
# What may follow the nickname as the surname: a person call, or an unexplained name.
_SURNAME_CALLS = frozenset(["PERSON", UNKNOWN])


def _joinable(mention: Mention, labels: frozenset[str]) -> bool:
    """Whether a join may take `mention` in: called one of `labels`, or dropped already."""
    return mention.label in labels or mention.method == "dropped"


def _first_from(mentions: list[Mention], i: int, end: int) -> int:
    """The index of the first mention from `i` on that starts at or after `end`."""
    while i < len(mentions) and mentions[i].start < end:
        i += 1
    return i


def _nicknamed(mentions: list[Mention], i: int, text: str) -> int:
    """'Jimmy "Barbecue" Cherizier', 'Joaquin "El Chapo" Guzman': a one-word person name,
    a quoted nickname and the name right after it are one person's full name, as the
    flat-NER convention counts it, whatever the rules made of the nickname's words
    ('Ismael "El Mayo" Zambada'). Returns the index of that last name's mention, or -1;
    the caller has seen that the given name is one word with a quote (or more space)
    after it."""
    nickname = _NICKNAME.match(text, mentions[i].end)
    if nickname is None:
        return -1
    j = _first_from(mentions, i + 1, nickname.end())
    if j == len(mentions) or mentions[j].start != nickname.end():
        return -1
    # A byname may be a place's name or a word ("El Mayo", "the Tiger"); the surname
    # after it must be a person's or unexplained.
    if not _joinable(mentions[j], _SURNAME_CALLS):
        return -1
    return j


def _join(mention: Mention, end: int, text: str) -> None:
    """Extend a person's mention to `end`, over a byname (a nickname is one too)."""
    mention.end = end
    mention.words = text[mention.start : end].split()
    mention.canonical = " ".join(mention.words)
    mention.method = "epithet"


def extend_people(mentions: list[Mention], text: str, lexicons: lx.Lexicons) -> list[Mention]:
    """Mentions with regnal names typed and bynames joined to the person they name.

    `mentions` are in text order; a mention inside a joined byname ("German" in "Louis
    the German") is dropped, and an organisation there cancels the join."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        mention = mentions[i]
        i += 1
        if _regnal(mention, lexicons):
            mention.label, mention.method = "PERSON", "regnal"
            mention.canonical = " ".join(mention.words)
        out.append(mention)
        if mention.label != "PERSON":
            continue
        # (Only a quote after a one-word name opens a nickname: most skip the call.)
        last = (
            _nicknamed(mentions, i - 1, text)
            if len(mention.words) == 1 and space_then(text, mention.end, _QUOTES)
            else -1
        )
        if last >= 0:
            _join(mention, mentions[last].end, text)
            i = last + 1
            continue
        extension = _extension(mention, text, lexicons)
        if extension is None:
            continue
        j = _first_from(mentions, i, extension.end())
        if not all(_joinable(m, _SWALLOWED) for m in mentions[i:j]):
            continue
        _join(mention, extension.end(), text)
        i = j
    return out
