"""Tests on a word or the tokens after it that tell a verb form the rules read."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.tokens import Token


def past_form(word: str) -> bool:
    """A past-tense verb form ("issued", "said") is never a noun after "another"/"the"."""
    return word.endswith("ed") or word in g.IRREGULAR_PAST


def ing_participle(word: str) -> bool:
    """A lower-case "-ing" form that is a verb's, not a noun ending so ("nothing", "king")."""
    return word.islower() and word.endswith("ing") and word not in g.ING_NOUNS


def ly_adverb(word: str) -> bool:
    """`widely`, `originally`: a lower-case word in -ly that is not a noun ("ally",
    "rally", "family")."""
    return word.endswith("ly") and word.islower() and len(word) > 3 and word not in g.LY_NOUNS


def negated(word: str) -> bool:
    """`not`, `never`, `cannot`, `didn't`: a word that denies the verb it goes with (a
    contracted negative is also a finite auxiliary)."""
    lower = word.lower()
    return lower in g.NEGATIONS or lower.endswith(g.NOT_ENDS)


# Possessive endings in either case ("KYIV'S").
_POSSESSIVE_ENDS = (*g.POSSESSIVE_ENDS, "'S", "’S")


def possessive(word: str) -> bool:
    """`Trump's`, `Kyiv’s`: a word with a possessive ending, which owns the noun after it;
    not "it's", "what's", "let's", whose "'s" is "is", "has" or "us" before a verb."""
    if not word.endswith(_POSSESSIVE_ENDS):
        return False
    return len(word) > 2 and word.lower().replace("’", "'") not in g.S_CONTRACTIONS


def infinitive(tokens: list[Token], j: int, raising: bool = False) -> bool:
    """`to` plus a verb-like word (lower case, not a determiner or listener); "to be" only
    after a raising cue ("appears to be"), not as content of a report ("told to be …")."""
    if j + 1 >= len(tokens) or tokens[j][2] != "to":
        return False
    word = tokens[j + 1][2]
    if word in g.QUOTES and j + 2 < len(tokens):
        word = tokens[j + 2][2]  # `vowed to "end" the program`: a quoted verb
    if raising and word == "be":
        return True
    return word.isalpha() and word.islower() and word not in g.NOT_INFINITIVE


def leave_to_speak(tokens: list[Token], to: int) -> bool:
    """`on condition of anonymity to discuss`, `not authorized to speak`: the "to" at
    token `to` follows a word of leave to speak, so the verb after it says why or whether
    one speaks, not what was said."""
    return to > 0 and tokens[to][2] == "to" and tokens[to - 1][2].lower() in g.LEAVE_TO_SPEAK


def finite_soon(tokens: list[Token], n: int) -> bool:
    """A finite verb (an auxiliary or a past form) within a few words of `n`."""
    for m in range(n, min(n + 4, len(tokens))):
        word = tokens[m][2]
        lower = word.lower()
        if lower in g.PASSIVE_OR_AUXILIARY or (word.islower() and past_form(word)):
            return True
        if word in g.BOUNDARY_PUNCT:
            return False
    return False


def second_predicate(tokens: list[Token], n: int) -> bool:
    """`endorsed Trump and has appeared at his side`, `claimed the attack but later
    denied it`: "and" or "but" opening the claimant's next verb phrase (an auxiliary, an
    adverb of one, or a past-tense verb follows), not a second object."""
    if tokens[n][2] not in ("and", "but") or n + 1 >= len(tokens):
        return False
    word = tokens[n + 1][2]
    if tokens[n][2] == "but" and word == "not":
        return False  # "offered help but not for free": the object, limited
    return word.islower() and (word in g.PASSIVE_OR_AUXILIARY or past_form(word))


def predicate_in_form(tokens: list[Token], n: int, cue: str) -> bool:
    """`and has said`, `and counter-accused her`: "and" or "but" at token n opens the
    claimant's next verb phrase in the form of the cue (its lower-case form), the test for
    a content whose cue is known (`content_bounds.coordinated_predicate`)."""
    return (
        tokens[n][2] in ("and", "but")
        and n + 2 < len(tokens)
        and _predicate_in_form(tokens, n + 1, cue)
    )


def _predicate_in_form(tokens: list[Token], n: int, cue: str) -> bool:
    """Token n opens a verb phrase in the cue's form: "has"/"have"/"had" and a participle,
    or a regular past after a past cue before its object (a pronoun, a determiner, a
    name, a preposition). A past that may name casualties ("the dead and wounded in
    …", "and wounded Russians") is a verb only before a determiner, a pronoun or a
    number ("and wounded two others")."""
    word = tokens[n][2]
    if not word.islower():
        return False
    following = tokens[n + 1][2]
    if word in ("has", "have", "had") and past_form(following):
        return True  # "and has said"
    if not (past_form(cue) and word.endswith("ed")):
        return False
    lower = following.lower()
    determined = lower in g.DETERMINERS or lower in g.OBJECT_PRONOUNS or lower[0].isdigit()
    if word in g.NOUN_PARTICIPLES:
        return determined
    return determined or following[0].isupper() or lower in g.PREPOSITIONS
