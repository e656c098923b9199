"""Sources of figures: `estimates have put the toll at …`, `In a CNN poll released …, CONTENT`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dataset.claims import grammar as g
from dataset.claims.claimant_phrases import claimant_span, left_boundary, skip_left
from dataset.claims.content_bounds import comment_comma
from dataset.claims.draft import Draft
from dataset.claims.reader import Reader
from dataset.claims.tokens import Token, token_index

# The auxiliaries that may stand between an estimate and its verb ("estimates have put").
_AUXILIARIES = tuple(sorted(g.HAVE_FORMS - {"having"}))


def estimates_put(reader: Reader) -> list[Draft]:
    """`Other estimates have put the toll at 300`, `Israel put the number at 253`, `some
    estimates put the figure as high as 100`: a figure's source "puts" X at Y. An
    estimate's noun is the source whatever is placed; any other subject needs a figure
    placed (`g.FIGURE_OBJECT`)."""
    text = reader.article.text
    drafts = []
    if not reader.article.mentions(g.ESTIMATE_PUT_WORDS):
        return drafts
    sourced: set[int] = set()
    verbs = list(g.ESTIMATE_VERB.finditer(text))  # one scan for both kinds of subject
    for source, cue_start, cue_end in estimate_puts(text, verbs):
        before = text[source - 1] if source > 0 else " "
        if before.isalnum() or before == "_":
            continue  # inside a word ("recounts"): no \b before the source
        sourced.add(cue_start)
        people = text[source:cue_start].split()[0].lower() in g.PEOPLE_SOURCES
        draft = _placed_figure(reader, source, cue_start, cue_end, figure_needed=people)
        if draft is not None:
            drafts.append(draft)
    for cue_start, cue_end in figure_puts(text, verbs):
        if cue_start in sourced:
            continue
        draft = _placed_figure(reader, cue_start, cue_start, cue_end, True)
        if draft is not None and not _pointing(text, draft):
            drafts.append(draft)
    return drafts


def _placed_figure(
    reader: Reader, source: int, cue_start: int, cue_end: int, figure_needed: bool
) -> Draft | None:
    """The claim of a source that puts something at a value (cue text[cue_start:cue_end]):
    its object and what follows up to any comment on it ("…, a figure X disputed"), the
    noun phrase before the cue its claimant. Unless the
    source is an estimate, a figure must be placed (`figure_needed`): "officials put
    pressure on X at …" states nothing."""
    index = reader.article.sentence_of(source)
    tokens = reader.article.tokens(index)
    i = token_index(tokens, cue_start)
    j = token_index(tokens, cue_end)
    if i >= len(tokens) or j >= len(tokens) or tokens[i][0] != cue_start:
        return None
    if not places_value(tokens, j + 1):
        return None  # "put" without "at": not a figure placed at a value
    if figure_needed and not _figure_object(tokens, j):
        return None
    k = skip_left(tokens, i - 1)
    b = left_boundary(tokens, k, reader.params.max_claimant_tokens)
    if k <= b:
        return None
    end = tokens[-1][1]
    if g.CLAIM_APPOSITION.search(reader.article.text, tokens[j][0], end) and not (
        _answered(reader, tokens)
    ):
        end = comment_comma(tokens, j)  # "…, a figure the group said was inflated"
    return Draft(
        tokens[j][0],
        end,
        claimant_span(tokens, (b + 1, k + 1)),
        (cue_start, cue_end),
        None,
        "cue_before",
        reader.params.confidence_cue_before,
    )


def places_value(tokens: list[Token], n: int) -> bool:
    """Whether tokens from n on place a value: "at 300", or a bound "as high as 100"."""
    for m in range(n, len(tokens)):
        word = tokens[m][2]
        if word == "at":
            return True
        if (
            word == "as"
            and m + 2 < len(tokens)
            and tokens[m + 1][2] in _BOUNDS
            and tokens[m + 2][2] == "as"
        ):
            return True
    return False


# Bounds a figure is put at: "as high as 100", "as many as 300".
_BOUNDS = frozenset("high low many much".split())


def _answered(reader: Reader, tokens: list[Token]) -> bool:
    """`…, a claim the rebels denied.`: a comment that ends in its cue answers the whole
    sentence before it (`cue_after` reads that answer), so the figure's content is not
    cut at the comment, which would leave the figure nested inside the answer."""
    n = len(tokens) - 1
    while n > 0 and tokens[n][2] in g.TERMINAL_OR_QUOTE:
        n -= 1
    return tokens[n][2].lower() in reader.lexicon.forms


# Claimants that point back to an event or clause ("which", "that", "this").
_POINTERS = g.RELATIVES_OR_THAT | {"this"}


def _pointing(text: str, draft: Draft) -> bool:
    """`…, which puts the toll at 60`: a relative or demonstrative claimant points back to
    an event or a clause, which states no figure of its own."""
    assert draft.claimant is not None
    return text[draft.claimant[0] : draft.claimant[1]].lower() in _POINTERS


def _figure_object(tokens: list[Token], j: int) -> bool:
    """`put the death toll at`, `put the number of dead at`: a figure noun heads the
    object within its first three words (not "rose 23 places to number six", where a
    preposition follows a noun "places")."""
    return tokens[j][2].lower() not in g.PREPOSITIONS and any(
        t[2].lower() in g.PUT_FIGURES for t in tokens[j : j + 3]
    )


def estimate_puts(text: str, verbs: list[re.Match[str]]) -> Iterator[tuple[int, int, int]]:
    """(source start, cue start, cue end) of each `estimates (have) put` in text: a
    source noun, spaces, maybe an auxiliary and spaces, the verb and a space (`verbs`,
    the matches of `g.ESTIMATE_VERB` in text). A source may end inside a word
    ("recounts"), as the caller checks."""
    for verb in verbs:
        space = _space_before(text, verb.start())
        aux = next((a for a in _AUXILIARIES if text.endswith(a, 0, space)), "")
        # No source noun ends in an auxiliary: with one, the source is the word before it.
        cue_start = space - len(aux) if aux and space < verb.start() else verb.start()
        source = _source_before(text, cue_start)
        if source is not None:
            yield source, cue_start, verb.end() - 1


def figure_puts(text: str, verbs: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """(cue start, cue end) of each whole-word `(has) put` (of `verbs`, the matches of
    `g.ESTIMATE_VERB` in text) with a figure noun in its object (`g.FIGURE_OBJECT`),
    whatever its subject."""
    for verb in verbs:
        start = verb.start()
        if (start > 0 and text[start - 1].isalnum()) or not g.FIGURE_OBJECT.match(
            text, verb.end() - 1
        ):
            continue  # "output", or no figure placed
        space = _space_before(text, start)
        aux = next((a for a in _AUXILIARIES if text.endswith(a, 0, space)), "")
        auxiliary = (
            aux and space < start and not text[space - len(aux) - 1 : space - len(aux)].isalnum()
        )
        yield (space - len(aux) if auxiliary else start), verb.end() - 1


def _space_before(text: str, at: int) -> int:
    """Where the run of whitespace that ends at `at` starts (`at` if there is none)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _source_before(text: str, at: int) -> int | None:
    """Start of the longest source noun that ends where whitespace before `at` starts
    ("Officials put …" opens a sentence; "Medical sources in Gaza put" names a place)."""
    end = _space_before(text, at)
    if end == at:
        return None
    if text.endswith(g.SOURCE_NOUNS, 0, end):
        return min(end - len(noun) for noun in g.SOURCE_NOUNS if text.endswith(noun, 0, end))
    if not text[text.rfind(" ", 0, end) + 1 : end][:1].isupper():
        return None
    place = g.SOURCE_PLACE.search(text, max(0, end - 60), end)
    return None if place is None else _source_before(text, place.start() + 1)


def _poll_sentence_matches(reader: Reader) -> list[re.Match[str]]:
    """`IN_POLL` matches, searched only in sentences that name a poll or survey (the
    pattern is costly to try at every "in")."""
    text = reader.article.text
    seen: set[int] = set()
    matches = []
    if not reader.article.mentions(g.POLL_WORDS):
        return matches
    for word in g.POLL_WORD.finditer(text):
        if word.start() > 0 and text[word.start() - 1].isalnum():
            continue  # "exit-poll" is a word; "pollster" is not matched ("s?\b")
        index = reader.article.sentence_of(word.start())
        if index in seen:
            continue
        seen.add(index)
        start, end = reader.article.spans[index]
        matches.extend(g.IN_POLL.finditer(text, start, end))
    return matches


def in_poll(reader: Reader) -> list[Draft]:
    """`In a CNN poll released Monday, Clinton led by 5 points`: a poll's finding."""
    text = reader.article.text
    drafts = []
    for match in _poll_sentence_matches(reader):
        index = reader.article.sentence_of(match.start())
        start, end = reader.article.spans[index]
        lead = g.DATELINE_LEAD.match(text, start, match.start())
        before = text[start : match.start()].rstrip()
        if match.start() != (lead.end() if lead else start) and not before.endswith(
            (",", "—", "–")
        ):
            continue  # "Clinton led in a poll, …": the poll is not the sentence's source
        stop = min(end, reader.article.paragraph_end(match.end()))
        drafts.append(
            Draft(
                match.end(),
                stop,
                (match.start("source"), match.end("source")),
                (match.start("cue"), match.end("cue")),
                None,
                "in_poll",
                reader.params.confidence_according_to,
            )
        )
    return drafts
