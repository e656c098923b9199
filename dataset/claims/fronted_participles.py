"""A participle clause that opens its sentence: `Noting that X, the minister said …`."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.claimant_phrases import claimant_span, noun_phrase
from dataset.claims.draft import Draft
from dataset.claims.lexicon import Cue
from dataset.claims.reader import Reader
from dataset.claims.tokens import Span, Token, token_index
from dataset.claims.verb_forms import past_form, possessive


def opens_with_participle(tokens: list[Token], cue_span: Span, text: str) -> bool:
    """The cue text[cue_span] is a participle that opens the sentence, alone or after a
    subordinator (`Noting that …,`, `After saying …,`, `In declaring …,`)."""
    if not text.endswith("ing", cue_span[0], cue_span[1]) or not tokens:
        return False
    return tokens[0][0] == cue_span[0] or (
        len(tokens) > 1
        and tokens[1][0] == cue_span[0]
        and tokens[0][2].lower() in g.PARTICIPLE_SUBORDINATORS
    )


def fronted_participle(
    reader: Reader, tokens: list[Token], begin: int, cue_span: Span, cue_info: Cue
) -> Draft | None:
    """`Noting that the truce had collapsed, the minister ordered strikes`: a participle
    clause set off before its main clause reports what the main clause's subject said;
    the content (from token `begin`, before the clause's comma) ends at that comma and
    the subject after it is the claimant."""
    comma = _clause_comma(tokens, token_index(tokens, cue_span[0]))
    if comma is None or begin >= comma:
        return None  # no object before the clause's comma, or no main clause after it
    end = tokens[comma][0]
    first = comma + 2 if tokens[comma + 1][2] in g.QUOTES else comma + 1
    if first >= len(tokens) - 1:
        return None
    subject = main_subject(reader, tokens, first)
    if (
        subject is None
        or subject[1] + 1 >= len(tokens)
        or not _predicate_follows(tokens, subject[1])
    ):
        return None  # a main clause needs a subject and a verb after it
    return Draft(
        tokens[begin][0],
        end,
        claimant_span(tokens, subject),
        cue_span,
        cue_info,
        "cue_before",
        reader.params.confidence_subject_fallback,
    )


def _predicate_follows(tokens: list[Token], n: int) -> bool:
    """After the subject, at token n: a word (the verb or an adverb) or an aside on the
    subject (`David Axelrod, who was …, said`)."""
    word = tokens[n][2]
    return word.isalpha() or (word == "," and tokens[n + 1][2].lower() in g.ASIDE_OPENERS)


def _clause_comma(tokens: list[Token], cue: int) -> int | None:
    """The comma that closes a participle clause opened by the cue at token `cue`: the
    first comma after it, also one a quotation closes right after (`"… an entry-level
    job," Will urged`)."""
    for n in range(cue + 1, len(tokens) - 1):
        if tokens[n][2] == ",":
            return n
        if tokens[n][2] in g.HARD_PUNCT:
            return None
    return None


def main_subject(reader: Reader, tokens: list[Token], first: int) -> Span | None:
    """The subject that opens the main clause at token `first`: a pronoun, a name (its
    capitalised words, also after a determiner: "the RNC began …"), or a noun phrase;
    a name with a possessive goes on to its noun ("Trump's inner circle"). A report verb
    after the noun is the predicate, not part of it ("the Associated Press reports")."""
    if tokens[first][2].lower() in g.SUBJECT_PRONOUNS:
        return first, first + 1
    phrase = noun_phrase(tokens, first, reader.params.max_claimant_tokens)
    if phrase is None:
        return None
    end = first + 1 if tokens[first][2].lower() in g.DETERMINERS else first
    while end < phrase[1] and (tokens[end][2][0].isupper() or tokens[end][2] in (".", "of")):
        end += 1
    if end > first and tokens[end - 1][2][0].isupper() and not possessive(tokens[end - 1][2]):
        if (
            tokens[first][2].lower() in g.DETERMINERS
            and end > first + 1
            and end + 1 < len(tokens)
            and _verb_like(reader, tokens[end + 1][2])
        ):
            end += 1  # "the Latin American pope again …": the name modifies a noun
        return first, end
    last = phrase[1]
    while last > first + 1 and tokens[last - 1][2].lower() in reader.lexicon.forms:
        last -= 1
    return first, last


def _verb_like(reader: Reader, word: str) -> bool:
    """A word that follows a subject's head, not a noun's modifier: an auxiliary, a past
    form, a report verb or an adverb ("the Obama administration says", "… pope again")."""
    lower = word.lower()
    return word.islower() and (
        lower in g.AUXILIARIES
        or lower in g.SENTENCE_ADVERBS
        or lower in reader.lexicon.forms
        or past_form(lower)
        or (lower.endswith("ly") and len(lower) > 3)
    )
