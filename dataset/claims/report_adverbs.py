"""Clauses a report adverb attributes to an unnamed source: `The FBI is reportedly …`."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.draft import Draft
from dataset.claims.reader import Reader
from dataset.claims.tokens import token_index


def reported_clauses(reader: Reader) -> list[Draft]:
    """`X is reportedly doing Y`, `Reportedly, X did Y`: the writer passes on what others
    reported without naming them. The clause around the adverb is the content (its span
    covers the adverb, as `raised` content covers its cue) and there is no claimant."""
    text = reader.article.text
    drafts = []
    if not reader.article.mentions(g.REPORT_ADVERB_WORDS):
        return drafts
    for match in g.REPORT_ADVERB.finditer(text):
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue
        if reader.quotes.inside(match.start()):
            continue  # a quoted speaker's own hedge
        tokens = reader.article.tokens(reader.article.sentence_of(match.start()))
        i = token_index(tokens, match.start())
        if i >= len(tokens) or tokens[i][0] != match.start() or i + 1 >= len(tokens):
            continue
        b = i - 1
        while b >= 0 and not (
            tokens[b][2] in g.BOUNDARY_PUNCT or tokens[b][2].lower() in g.CLAUSE_WORDS
        ):
            b -= 1
        start = tokens[b + 1][0] if b + 1 < i else tokens[i + 1][0]
        if b + 1 == i and tokens[i + 1][2] == ",":
            start = tokens[i + 2][0] if i + 2 < len(tokens) else start  # "Reportedly, X …"
        end = min(tokens[-1][1], reader.article.paragraph_end(start))
        drafts.append(
            Draft(
                start,
                end,
                None,
                (match.start(), match.end()),
                None,
                "report_adverb",
                reader.params.confidence_raised,
            )
        )
    return drafts
