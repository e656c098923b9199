"""A speaker's quotation followed after its cue, across sentences and paragraphs."""

from __future__ import annotations

import re

from dataset.claims import grammar as g
from dataset.claims.content_bounds import strip_content
from dataset.claims.draft import Draft
from dataset.claims.reader import Reader

_WORD = re.compile(r"[A-Za-z]+")


def speaks(reader: Reader, draft: Draft) -> bool:
    """A quote claim, or content before its cue that opens with a quotation
    (`"The politics are blatant" in the House, he said.`): the speaker's words may go on
    in a quotation after the cue."""
    if draft.quoted:
        return True
    if draft.method not in ("cue_after", "cue_inverted"):
        return False
    text = reader.article.text
    at = draft.start - 1 if draft.start > 0 and text[draft.start - 1] == '"' else draft.start
    return text[at] == '"' and reader.quotes.is_opening(at)


def resume(reader: Reader, draft: Draft, after: int, limit: int) -> Draft:
    """`"A," he said, "B."`: a quotation resumed after the cue, in the same sentence."""
    if not speaks(reader, draft):
        return draft
    text = reader.article.text
    for probe in range(after, limit):
        if text[probe] in g.QUOTE_CHARS and text[probe] != "'":
            if reader.quotes.is_opening(probe) and not _new_report(reader, after, probe):
                closing = reader.quotes.end_of(probe)
                if closing is not None:
                    draft.end = closing
            break
    return draft


def _new_report(reader: Reader, start: int, end: int) -> bool:
    """Words between a cue and a quotation that open a report of their own (`he said,
    adding: "…"`, `said X, who called it "…"`): the quotation is not the cue's."""
    for word in _WORD.findall(reader.article.text, start, end):
        lower = word.lower()
        if lower in reader.lexicon.forms or lower in g.RELATIVES or lower == "that":
            return True
    return False


def merge_continuations(reader: Reader, drafts: list[Draft], speaking: list[Draft]) -> list[Draft]:
    """Fully quoted sentences after a quote claim continue it (same speaker), also in
    the paragraphs that follow (`"A," he said.` then a paragraph `"B. C."`).

    `speaking` holds the drafts that `speak`, in the order of `drafts`."""
    if not speaking:
        return drafts
    text = reader.article.text
    spans = reader.article.spans
    claimed = {reader.article.sentence_of(d.start) for d in drafts} | {
        reader.article.sentence_of(d.cue[0]) for d in drafts
    }
    for draft in sorted(speaking, key=lambda d: d.end):
        index = reader.article.sentence_of(max(draft.end, draft.cue[1]))
        paragraph_end = reader.article.paragraph_end(max(draft.end, draft.cue[1]))
        paragraphs = reader.params.quote_continuation_paragraphs
        while index + 1 < len(spans) and index + 1 not in claimed:
            start = spans[index + 1][0]
            if start > paragraph_end:
                if paragraphs == 0:
                    break
                paragraphs -= 1
                paragraph_end = reader.article.paragraph_end(start)
            if text[start] not in g.QUOTE_CHARS or not reader.quotes.is_opening(start):
                break
            closing = reader.quotes.end_of(start)
            if closing is None:
                break
            last = reader.article.sentence_of(closing)
            if closing < spans[last][1] - 2 or any(
                n in claimed for n in range(index + 1, last + 1)
            ):
                break  # the quotation ends inside a sentence, or someone else's
            draft.end = closing
            index = last
    return drafts


def quoted_paragraphs(reader: Reader, drafts: list[Draft], speaking: set[Draft]) -> list[Draft]:
    """A paragraph that is one quotation, with no cue of its own, right after a
    paragraph reporting someone's words indirectly: the same speaker goes on, in a
    claim of its own (`Kerry said the plan would work.` then `"We have the votes."`)."""
    text = reader.article.text
    if not drafts or not g.QUOTED_PARAGRAPH.search(text):
        return []
    by_paragraph: dict[int, Draft] = {}
    for draft in sorted(drafts, key=lambda d: d.cue[0]):
        for at in (draft.start, draft.cue[0]):
            by_paragraph[reader.article.paragraph_start(at)] = draft
    found = []
    for paragraph, last in sorted(by_paragraph.items()):
        if last.claimant is None or last in speaking:
            continue
        end = reader.article.paragraph_end(max(last.end, last.cue[1]))
        if reader.article.paragraph_start(last.cue[0]) != paragraph:
            continue
        if not reader.quotes.runs_on(end):
            continue
        at = reader.article.skip_space(end)
        if reader.article.paragraph_start(at) in by_paragraph:
            continue  # the quotation has a cue or claim of its own
        closing = reader.quotes.end_of(at)
        if (
            closing is None
            or closing < strip_content(text, at, reader.article.paragraph_end(at))[1] - 1
        ):
            continue
        found.append(
            Draft(
                at + 1,
                closing,
                last.claimant,
                last.cue,
                last.cue_info,
                "quote_paragraph",
                reader.params.confidence_quote,
                True,
            )
        )
    return found
