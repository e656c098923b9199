"""`As X said, CONTENT` / `CONTENT, as X said`: a report in an "as" clause vouches for the
main clause it is attached to."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.claimant_phrases import claimant_span
from dataset.claims.content_bounds import is_terminal, strip_content
from dataset.claims.cue_after import before_boundary
from dataset.claims.draft import Draft
from dataset.claims.lexicon import Cue
from dataset.claims.reader import Reader
from dataset.claims.tokens import Span, Token


def as_clause(
    reader: Reader,
    tokens: list[Token],
    b: int,
    source: Span | None,
    j: int,
    cue: Cue,
    cue_span: Span,
) -> Draft | None:
    """The main clause that an "as" clause (`as` at token b, then the claimant and the
    cue) is attached to: after the clause's comma when the sentence opens with it (after
    any conjunction), else the clause before `, as`. None when words other than adjuncts
    follow the cue inside the clause ("as Trump said that …" is another construction)."""
    if source is None or b < 0 or tokens[b][2].lower() != "as" or source[1] - source[0] > 6:
        return None
    if any(t[2].lower() in g.RELATIVES for t in tokens[source[0] : source[1]]):
        return None  # "As someone who had to …": a description, not a claimant
    if tokens[source[0]][2].lower() == "you":
        return None  # "As you know, …": the writer addresses the reader
    if not is_terminal(tokens, j, cue):
        return None  # "As Clinton talked about X, …": a time clause with its own object
    close = j
    while close < len(tokens) and tokens[close][2] not in g.HARD_OR_COMMA:
        if tokens[close][2] in g.QUOTES or tokens[close][2].lower() == "that":
            return None
        close += 1
    lead = tokens[:b]
    if all(t[2] == "," or t[2].lower() in g.SENTENCE_CONJUNCTIONS for t in lead):
        if close >= len(tokens) - 1 or tokens[close][2] != ",":
            return None
        start, end = strip_content(reader.article.text, tokens[close + 1][0], tokens[-1][1])
        method = "cue_before"
    elif tokens[b - 1][2] == "," and b > 4:
        content = before_boundary(reader, tokens, b - 1)
        if content is None:
            return None
        start, end = content[0], content[1]
        method = "cue_after"
    else:
        return None  # "the same as X said": a comparison, not an attached report
    if end <= start:
        return None
    return Draft(
        start,
        end,
        claimant_span(tokens, source),
        cue_span,
        cue,
        method,
        reader.params.confidence_cue_after,
    )
