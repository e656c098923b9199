"""A report noun after a possessive: `the Taliban's claims that …`, `Kyiv's denial of …`."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.claimant_phrases import plural_possessive
from dataset.claims.content_bounds import clause_end, content_start
from dataset.claims.draft import Draft
from dataset.claims.lexicon import Cue
from dataset.claims.reader import Reader
from dataset.claims.tokens import Span, Token
from dataset.claims.verb_forms import past_form, possessive

# What opens a report noun's content: a clause, an infinitive or a topic.
_COMPLEMENTS = g.TOPIC_PREPOSITIONS | {"that", "to"}
# Words a possessor's name does not open with, though capitalised at a sentence start.
_NOT_NAMES = g.PREPOSITIONS | g.SUBORDINATORS | g.MORE_PREPOSITIONS


def possessed(tokens: list[Token], i: int, surface: str) -> bool:
    """Whether the cue at token i is a noun owned by the word before it ("the Taliban's
    claims", "the rebels' claim"): a present form after a possessive is no verb (a verb
    needs "'s" to be "is" or "has", which take an -ing or past form)."""
    if i == 0 or not (possessive(tokens[i - 1][2]) or plural_possessive(tokens, i - 1, i)):
        return False
    return not surface.endswith("ing") and not past_form(surface.lower())


# Endings of a people's adjective ("Israeli", "Russian", "Sudanese", "British").
_DEMONYM_ENDS = ("ian", "ean", "i", "ese", "ish")


def demonym_owned(reader: Reader, tokens: list[Token], i: int, surface: str, cue: Cue) -> bool:
    """`the Israeli claim that …`, `rejected Russian claims that …`, `Kyiv Denies Russian
    Claims Of …`: a bare cue form that is also a noun of claims or reports (as the caller
    checks: "the Vatican says" has a verb), after a
    people's adjective, itself after a determiner, a preposition or a verb, is a noun that
    people owns: an adjective is no subject ("the Israelis claim" has a plural noun before
    its verb). After "a"/"an" only the bare lemma is a noun ("a Russian claims he was
    beaten" is a person and a verb)."""
    lower = surface.lower()
    if i < 2 or lower not in (cue.lemma, cue.lemma + "s"):
        return False
    adjective = tokens[i - 1][2]
    if not (
        adjective[0].isupper() and adjective.isalpha() and adjective.lower().endswith(_DEMONYM_ENDS)
    ):
        return False
    before = tokens[i - 2][2].lower()
    if before in ("a", "an"):
        return lower == cue.lemma
    return before in g.NOUN_MARKERS or before in g.PREPOSITIONS or before in reader.lexicon.forms


def possessive_report(
    reader: Reader,
    tokens: list[Token],
    i: int,
    j: int,
    cue: Cue,
    cue_span: Span,
    demonym: bool = False,
) -> Draft | None:
    """`North Korea's claims about its test`, `Trump's claim that he won`: the possessor
    is the claimant and the complement clause, infinitive or topic the content, up to its clause's
    end; with `demonym`, the people's adjective before the noun (`demonym_owned`) is.
    Without a complement ("the Taliban's claims, which …") the noun only names a claim
    made elsewhere, so it makes none here."""
    if j >= len(tokens) or tokens[j][2].lower() not in _COMPLEMENTS:
        return None
    begin = content_start(tokens, j, cue, reader.params)
    if begin is None:
        return None
    start, end = tokens[begin][0], clause_end(tokens, begin)
    if end <= start:
        return None
    if demonym:
        owner = (tokens[i - 1][0], tokens[i - 1][1])
    else:
        # "the rebels' claim": the mark alone (`possessed` held, and "'s" is no lone mark).
        plural = not possessive(tokens[i - 1][2])
        first = i - 2 if plural else i - 1
        while (
            first > 0
            and tokens[first - 1][2][0].isupper()
            and tokens[first - 1][2].lower() not in _NOT_NAMES
        ):
            first -= 1
        if first > 0 and tokens[first - 1][2].lower() == "the":
            first -= 1
        owner_end = tokens[i - 2][1] if plural else tokens[i - 1][1] - 2  # without "'s"
        owner = (tokens[first][0], owner_end)
    return Draft(
        start, end, owner, cue_span, cue, "cue_before", reader.params.confidence_cue_before
    )
