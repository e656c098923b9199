"""A report set off inside its content: `A, officials said, could unravel B.`"""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.content_bounds import opens_writer_clause
from dataset.claims.draft import Draft
from dataset.claims.tokens import Token, token_index
from dataset.claims.verb_forms import finite_soon

# Words that open the writer's own continuation after a report, not the rest of its
# content: a coordinated clause, a relative or adverbial phrase ("…, he said, while …").
_NOT_CONTENT = g.RELATIVES | frozenset("and but or nor according as while with without".split())


def carry_on(tokens: list[Token], draft: Draft, after: int, inverted: bool) -> Draft:
    """`Whatever progress X made, officials said, could unravel`: a report set off by
    commas inside a sentence leaves the content open, and the words after it finish it.

    They do when they open with a finite auxiliary (the predicate of the content's
    subject) or, after a cue whose claimant precedes it, with a clause (a finite verb
    within a few words); a participle, a relative, a conjunction, a preposition or a
    quotation opens the writer's own words. After an inverted claimant (`…, said X, an
    expert at Y, would …`) only the auxiliary counts, past one apposition. `after` is
    where the claimant or cue ends; the cue may be followed by a short adjunct."""
    if draft.quoted or (draft.cue_info is not None and draft.cue_info.nominal):
        return draft
    n = token_index(tokens, after)
    commas = 0
    for m in range(n, min(n + 16, len(tokens) - 3)):
        word = tokens[m][2]
        if word in (",", ";"):
            commas += 1
            first = tokens[m + 1][2]
            lower = first.lower()
            if first.islower() and lower in g.FINITE_AUXILIARIES:
                draft.end = tokens[-1][1]
                return draft
            if inverted:
                if commas >= 2:
                    return draft
                continue
            if finite_soon(tokens, m + 1) and not (
                lower.endswith("ing")
                or lower in _NOT_CONTENT
                or lower in g.PREPOSITIONS
                or first[0].isdigit()
                or first in g.QUOTES
                # ", a figure that could not be verified", ", although the army denied it"
                or opens_writer_clause(tokens, m)
            ):
                draft.end = tokens[-1][1]
            return draft
        if word in g.HARD_OR_QUOTE or word in g.TERMINAL_PUNCT or (not inverted and m - n > 8):
            return draft
    return draft
