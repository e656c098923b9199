"""Sentences opened by their cue: `Said X, "CONTENT"`, `Wrote X:` and a quoted paragraph."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.content_bounds import content_start
from dataset.claims.cue_before import quote_next_paragraph, quoted_after_cue
from dataset.claims.draft import Draft
from dataset.claims.fronted_participles import fronted_participle
from dataset.claims.lexicon import Cue
from dataset.claims.reader import Reader
from dataset.claims.verb_forms import past_form


def fronted_cues(reader: Reader) -> list[Draft]:
    """`Said Ms. Poynter, who grew up there, "We were proud."` / `Stated Stone:` and a
    quoted paragraph: a sentence opened by its cue, the speaker after it; and `Noting
    that X, the minister …`, a participle clause whose speaker is the main clause's."""
    text = reader.article.text
    headline = text.find("\n")
    drafts = []
    for index, (start, _end) in enumerate(reader.article.spans):
        if start <= headline:
            continue
        word = g.CAPITALISED_WORD.match(text, start)
        if word is None:
            continue
        lower = word.group().lower()
        cue = reader.lexicon.forms.get(lower)
        if cue is not None and lower.endswith("ing") and not reader.quotes.inside(start):
            participle = _opening_participle(reader, index, cue)
            if participle is not None:
                drafts.append(participle)
            continue
        if cue is None or not (past_form(lower) or lower.endswith("s")):
            continue  # "Support for …", "Note: …": not a finite verb
        tokens = reader.article.tokens(index)
        stop = 1
        while stop < len(tokens) and tokens[stop][2] not in g.COMMA_COLON_OR_QUOTE:
            stop += 1
        if stop == 1 or stop - 1 > reader.params.max_claimant_tokens or stop >= len(tokens):
            continue
        if not (tokens[1][2][0].isupper() or tokens[1][2].lower() in g.DETERMINERS):
            continue
        source = (1, stop)
        cue_span = (tokens[0][0], tokens[0][1])
        draft = None
        for n in range(stop, len(tokens)):
            mark = tokens[n][2]
            if mark in g.QUOTES and tokens[n - 1][2] in (",", ":"):
                if reader.quotes.is_opening(tokens[n][0]):
                    closing = reader.quotes.end_of(tokens[n][0])
                    if closing is not None:
                        draft = quoted_after_cue(
                            reader, tokens[n][0] + 1, closing, tokens, source, cue, cue_span
                        )
                break
        if draft is None and tokens[-1][2] == ":":
            draft = quote_next_paragraph(reader, tokens, source, cue, cue_span)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _opening_participle(reader: Reader, index: int, cue: Cue) -> Draft | None:
    """`Noting that the truce had collapsed, the minister …`: the participle that opens
    sentence `index` reports what the main clause's subject said."""
    tokens = reader.article.tokens(index)
    begin = content_start(tokens, 1, cue, reader.params)
    if begin is None:
        return None
    return fronted_participle(reader, tokens, begin, (tokens[0][0], tokens[0][1]), cue)
