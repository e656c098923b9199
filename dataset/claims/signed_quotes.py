"""Signed quotations: a paragraph that is one quotation followed by a dash and its
speaker's name (`"Trump scares me." ― Krystal Correa`), the convention of reader
responses, vox pops and epigraphs."""

from __future__ import annotations

import re

from dataset.claims.draft import Draft
from dataset.claims.reader import Reader

# A line that opens with a double quote mark and ends with a closing mark, a dash and one
# to six capitalised words (initials allowed), optionally closed by a full stop; a
# no-break space may stand for a space around the dash.
SIGNED = re.compile(
    r"^[ \t]*[\"“”](?P<content>[^\n]*?\S)[\"“”][ \t\u00a0]*(?P<dash>[—―–])[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,5}?)[ \t.\u00a0]*$",
    re.MULTILINE,
)


def signed_quotes(reader: Reader) -> list[Draft]:
    """One draft per signed quotation line: the quotation is the content, the name after
    the dash the claimant, the dash the cue."""
    text = reader.article.text
    if not any(dash in text for dash in "—―–"):
        return []
    drafts = []
    for found in SIGNED.finditer(text):
        start, end = found.span("content")
        name_start, name_end = found.span("name")
        if text[name_end - 1] == ".":
            name_end -= 1  # "― Carla Sanchez." ends the line, not the name
        if end - start < reader.params.min_content_chars:
            continue
        drafts.append(
            Draft(
                start,
                end,
                (name_start, name_end),
                found.span("dash"),
                None,
                "signed_quote",
                reader.params.confidence_speaker_colon,
                True,
            )
        )
    return drafts
