"""A claimant read left of its cue that is a predicate: its verb's subject instead."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.claimant_phrases import claimant_span, parenthetical, sentence_subject
from dataset.claims.draft import Draft
from dataset.claims.reader import Reader
from dataset.claims.tokens import token_index
from dataset.claims.verb_forms import past_form


def subject_claimants(reader: Reader, drafts: list[Draft]) -> list[Draft]:
    """`Mr. Trump, who …, issued a statement saying …`, `Sanders tweeted on Friday to
    say …`: the words left of a cue up to the clause boundary open with a finite past
    verb, so they are the claimant's predicate; the claimant is that verb's subject, the
    noun phrase before an aside or the sentence's subject before the verb. After a verb
    that takes a listener ("asked the crowd to welcome …") the infinitive's subject is
    the listener, so the claimant stays.

    Run after the passes that use claimants as boundaries, so only the claimant moves."""
    limit = reader.params.max_claimant_tokens
    for draft in drafts:
        if draft.claimant is None or not draft.method.startswith("cue_before"):
            continue
        tokens = reader.article.tokens(reader.article.sentence_of(draft.claimant[0]))
        first = token_index(tokens, draft.claimant[0])
        if first + 1 >= len(tokens) or tokens[first + 1][0] >= draft.claimant[1]:
            continue  # a one-word claimant
        word = tokens[first][2]
        if not (word.isalpha() and word.islower() and past_form(word)):
            continue
        verb = reader.lexicon.forms.get(word)
        if verb is not None and verb.takes_listener and _infinitive_cue(reader, draft):
            continue  # "X asked the crowd to welcome Y": the crowd is to welcome, not X
        subject = None
        if first > 1 and tokens[first - 1][2] in g.PAREN_CLOSERS:
            subject = parenthetical(tokens, first - 1, limit, True)
        if subject is None:
            subject = sentence_subject(tokens, limit)
            if subject is not None and subject[1] > first:
                subject = None
        if subject is not None:
            draft.claimant = claimant_span(tokens, subject)
    return drafts


def _infinitive_cue(reader: Reader, draft: Draft) -> bool:
    """Whether the cue is an infinitive (`to` right before it)."""
    return reader.article.text[max(0, draft.cue[0] - 3) : draft.cue[0]] == "to "
