"""Questions put to a claimant: `Asked whether X, Y said …`."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.claimant_phrases import claimant_span
from dataset.claims.draft import Draft
from dataset.claims.reader import Reader
from dataset.claims.tokens import token_index
from dataset.claims.verb_forms import infinitive


def asked(reader: Reader) -> list[Draft]:
    """`Asked whether X, Y said …` / `When asked if X, …`: the question is the content
    of a report with no subject (a by-agent, when given, is the claimant)."""
    text = reader.article.text
    drafts = []
    if not reader.article.mentions(g.ASKED_WORDS):
        return drafts
    for match in g.ASKED.finditer(text):
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue  # "masked"
        start = match.start()
        if text[start] == "a" and not (
            start >= 5 and text.startswith(("when ", "When "), start - 5)
        ):
            continue  # lower-case "asked" only after "when"; else the main pass reads it
        tokens = reader.article.tokens(reader.article.sentence_of(match.start()))
        i = token_index(tokens, match.start())
        if i >= len(tokens) or tokens[i][0] != match.start():
            continue
        lead = i - 1 if i > 0 and tokens[i - 1][2].lower() == "when" else i
        opens = lead == 0 or tokens[lead - 1][2] in (",", *g.QUOTES)
        if not opens and not (lead == 1 and tokens[0][2].lower() in ("and", "but")):
            continue  # "Trump asked …" has a subject: the main pass reads it
        source = None
        j = i + 1
        if j + 1 < len(tokens) and tokens[j][2] == "by":
            end = j + 1
            while (
                end < len(tokens)
                and end - j < 6
                and tokens[end][2].lower() not in g.QUESTION_OPENERS
                and tokens[end][2] not in g.HARD_OR_COMMA
                and not infinitive(tokens, end)
            ):
                end += 1
            source = (j + 1, end) if end > j + 1 else None
            j = end
        begin = None
        for n in range(j, min(j + 8, len(tokens))):
            word = tokens[n][2].lower()
            if word in g.QUESTION_OPENERS or infinitive(tokens, n):
                begin = n
                break
            if tokens[n][2] in g.HARD_OR_COMMA:
                break
        if begin is None:
            continue
        quoted = False
        stop = len(tokens)
        for n in range(begin, len(tokens)):
            word = tokens[n][2]
            if word == "," and (
                not quoted or (n + 1 < len(tokens) and tokens[n + 1][2] in g.QUOTES)
            ):
                stop = n  # `whether X "has the integrity,"`: a comma closing a quote ends
                break
            if word in g.QUOTES:
                quoted = not quoted
        if stop <= begin:
            continue
        drafts.append(
            Draft(
                tokens[begin][0],
                tokens[stop - 1][1],
                claimant_span(tokens, source),
                (match.start(), match.end()),
                None,
                "asked",
                reader.params.confidence_cue_before,
            )
        )
    return drafts
