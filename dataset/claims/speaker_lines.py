"""Speaker lines: `Obama: CONTENT`, a short name and a colon opening a line."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.draft import Draft
from dataset.claims.reader import Reader


def speaker_colons(reader: Reader) -> list[Draft]:
    """`Obama: I'm optimistic …`, `SPEAKER: text`: a line led by a short name and a colon
    (inside a quote mark when the article quotes a transcript)."""
    text = reader.article.text
    drafts = []
    for colon in g.COLON.finditer(text):
        start = text.rfind("\n", 0, colon.start()) + 1
        if text[start] in g.QUOTE_CHARS:
            start += 1  # a quoted transcript: `"WALLACE: Let's start …`
        speaker = g.SPEAKER.fullmatch(text, start, colon.start())
        if speaker is None or speaker.group().lower() in g.NOT_SPEAKERS:
            continue
        if speaker.group().split()[0].lower() in g.LABEL_VERBS:
            continue
        end = reader.article.paragraph_end(colon.end())
        if end - colon.end() < reader.params.min_content_chars:
            continue
        if not any(c.isalpha() for c in text[colon.end() : end]):
            continue  # "Clinton: 1,769.": a table row, not a statement
        if _cited_at_end(text[colon.end() : end]):
            continue  # "Sudan: RSF 'killed 200', activists say": a topic, then the report
        drafts.append(
            Draft(
                colon.end(),
                end,
                (start, _speaker_end(text, start, colon.start())),
                (colon.start(), colon.start() + 1),
                None,
                "speaker_colon",
                reader.params.confidence_speaker_colon,
                text[colon.end()] in g.QUOTE_CHARS,
            )
        )
    return drafts


def _cited_at_end(line: str) -> bool:
    """`…, activists say`, `…, Activists Say`, `…, Pentagon denies`: a line that cites its
    own source at its end (a comma, up to four words, a verb of saying or denying, in any
    case), so the label before its colon heads the topic of that report, not its
    speaker."""
    comma = line.rfind(",")
    words = line[comma + 1 :].rstrip(" .!").split()
    return comma >= 0 and 1 < len(words) <= 5 and words[-1].lower() in _SAYING


_SAYING = frozenset("say says said claim claims deny denies denied".split())


def _speaker_end(text: str, start: int, end: int) -> int:
    """`Clinton to Planned Parenthood:`, `Mukasey at RNC:`: the speaker ends before the
    word linking it to its audience or venue."""
    link = g.SPEAKER_LINK.search(text, start, end)
    return link.start() if link else end
