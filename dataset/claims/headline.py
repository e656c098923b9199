"""The headline: where it ends, and cues in a title-case one (`Bush Says …`)."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.at_cue import at_cue
from dataset.claims.draft import Draft
from dataset.claims.params import ClaimParams
from dataset.claims.reader import Reader


def headline_end(text: str, params: ClaimParams) -> int:
    """End of the headline (a first paragraph without sentence punctuation), else 0."""
    first = text.find("\n\n")
    if first <= 0:
        return 0
    head = text[:first].rstrip()
    if head.endswith((".", "!", "?")) or len(head.split()) > params.max_headline_words:
        return 0
    return first


def title_case_headline(reader: Reader) -> list[Draft]:
    """`Bush Says He Will Run`: cue forms in a title-case first line, matched in lower
    case (the main pass only matches lower-case forms, so "Post" is not a cue)."""
    text = reader.article.text
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end]
    lowered = line.lower()
    if len(lowered) != len(line) or not g.TITLE_CASE.match(line):
        return []
    drafts = []
    for start, end, _lower in reader.lexicon.cues.finditer(lowered):
        surface = line[start:end]
        if surface[0].isupper() and start > 0:
            draft = at_cue(reader, start, end, surface)
            if draft is not None:
                drafts.append(draft)
    return drafts
