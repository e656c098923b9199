"""`a term rights groups said signalled …`: a report inside a relative clause with no
relative pronoun, whose subject is the claimant and whose head noun is not."""

from __future__ import annotations

import re

from dataset.claims import grammar as g
from dataset.claims.tokens import Span
from dataset.claims.verb_forms import ly_adverb, past_form

# Words after "a"/"an" that quantify a plural rather than head a noun ("a few officials").
_QUANTIFYING = frozenset("few dozen couple handful number lot host series group".split())
_WORD = re.compile(r"\S+")
_OPENERS = g.ARTICLES | {"what"}
# The openers of a claimant other than "the", which alone opens nothing but a head noun
# before a determined subject (`_determined_subject`, "the deal its rivals").
_INDEFINITE_OR_WHAT = _OPENERS - {"the"}
# Determiners that open the subject of a contact relative after its head noun ("a threat
# the US said …", "the deal its rivals say …").
_SUBJECT_DETERMINERS = g.POSSESSIVE_DETERMINERS | {"the"}
# Function words that are no noun or adjective (`_plain_noun`); prepositions among them
# make a determined noun phrase after them their object ("the firm behind the scheme"),
# not a relative clause's subject.
_NOT_PLAIN = (
    g.AUXILIARIES
    | g.PRONOUNS
    | g.PREPOSITIONS
    | g.MORE_PREPOSITIONS
    | g.CLAUSE_WORDS
    | g.DETERMINERS
)


def relative_claimant(text: str, claimant: Span, cue_end: int) -> Span:
    """`a term rights groups said signalled …`, `an area residents said was shelled`: "a"
    or "an" cannot head a plural noun, so a claimant that opens with one, ends in a plural
    and has no "of" is a noun then a relative clause's subject; the word after the cue,
    a finite verb, is where the relative's gap is. The claimant is the subject alone
    (words before the "a" belong to the clause the noun is in). Likewise "what" opens a
    free relative whose subject, when a noun phrase, is the claimant (`condemned what
    analysts called …`); a pronoun there is left with the clause it stands in for."""
    lowered = text[claimant[0] : claimant[1]].lower().split()
    if _OPENERS.isdisjoint(lowered):
        return claimant  # most claimants: no "what", "a", "an" or "the"
    if (
        _INDEFINITE_OR_WHAT.isdisjoint(lowered)
        and lowered.count("the") < 2
        and len(_SUBJECT_DETERMINERS.intersection(lowered)) < 2
    ):
        return claimant  # "the": only a second determiner after it opens a subject
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, *claimant)]
    plain = [w for _at, w in words]
    free = max((n for n, w in enumerate(plain) if w.lower() == "what"), default=-1)
    if 0 <= free < len(words) - 1 and _noun_phrase(plain[free + 1 :]):
        return words[free + 1][0], claimant[1]  # "denounced what analysts called …"
    subject = _determined_subject(plain)
    if subject is not None:
        return words[subject][0], claimant[1]  # "a threat the US said it took seriously"
    first = max((n for n, (_at, w) in enumerate(words) if w.lower() in ("a", "an")), default=-1)
    words = words[first:] if first >= 0 else []
    if len(words) < 3:
        return claimant
    head, last = words[1][1], words[-1][1]
    if head.lower() in _QUANTIFYING or not head.isalpha():
        return claimant
    if not (last.isalpha() and last.endswith("s") and last.lower() not in g.SINGULAR_IN_S):
        return claimant
    if any(w.lower() == "of" or not w.isalnum() for _at, w in words[1:]):
        return claimant
    gap = text[cue_end : cue_end + 30].split(maxsplit=1)
    if not gap or not gap[0].islower():
        return claimant
    if gap[0] not in g.FINITE_AUXILIARIES and not past_form(gap[0]):
        return claimant
    return words[2][0], claimant[1]


def _determined_subject(words: list[str]) -> int | None:
    """`a threat the US`: a determiner, one or two lower-case words (a noun and maybe an
    adjective) then a second determined noun phrase with no verb: two noun phrases side
    by side with no preposition between are a head noun and the subject of its relative
    clause (no pronoun), so the second is who reports. Index of that subject, else None."""
    for k in range(len(words) - 2, 1, -1):
        if words[k].lower() not in _SUBJECT_DETERMINERS or not _noun_phrase(words[k + 1 :]):
            continue
        for d in (k - 2, k - 3):
            if (
                d >= 0
                and words[d].lower() in g.ARTICLES
                and all(map(_plain_noun, words[d + 1 : k]))
            ):
                return k
        return None
    return None


def _plain_noun(word: str) -> bool:
    """A lower-case word that may be a noun or adjective: not a verb form, auxiliary,
    pronoun, preposition, clause word or -ly adverb."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_PLAIN
        and not past_form(word)
        and not ly_adverb(word)
        and not word.endswith("ing")
    )


# Linking verbs that may follow "what" as its own verb ("what seems to be …").
_LINKING = frozenset("seems appears looks sounds".split())


def _noun_phrase(words: list[str]) -> bool:
    """`multiple lawmakers`, `the American Society of Civil Engineers`: words with no
    verb, auxiliary, pronoun, preposition or adverb among them (so not "do you", "seems",
    "about", "really caught")."""
    for n, word in enumerate(words):
        lower = word.lower().replace("’", "'").split("'")[0]  # "we're": a pronoun
        if not word.replace("'", "").replace("’", "").replace(".", "").isalnum():
            return False
        if lower in g.PRONOUNS or lower in g.AUXILIARIES or lower in _LINKING:
            return False
        if (lower in g.PREPOSITIONS and not (lower == "of" and n)) or lower == "to":
            return False
        if past_form(lower) or ly_adverb(word):
            return False
    return True
