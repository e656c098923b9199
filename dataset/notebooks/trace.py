"""Tracing a span back to the sentence it was read from, so every row can be checked."""

from __future__ import annotations

import pandas as pd

from dataset.text.sentences import sentence_index, sentence_spans


def sentence_context(
    text: str, start: int, end: int, spans: list[tuple[int, int]] | None = None
) -> tuple[int, int]:
    """Offsets of the sentence(s) covering [start, end): from the sentence holding `start`
    to the end of the sentence holding the span's last character. Pass the text's
    `sentence_spans` when tracing many spans of one article."""
    spans = sentence_spans(text) if spans is None else spans
    if not spans:
        return start, end
    first = spans[sentence_index(spans, start)]
    last = spans[sentence_index(spans, max(start, end - 1))]
    return min(first[0], start), max(last[1], end)


def with_sentences(rows: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """`rows` (with article_id, start, end) plus `sentence_start`, `sentence_end` and
    `sentence_text` taken from the article text the offsets index."""
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    spans: dict[str, list[tuple[int, int]]] = {}
    starts, ends, sentences = [], [], []
    for article_id, start, end in zip(rows["article_id"], rows["start"], rows["end"], strict=True):
        text = texts.get(article_id)
        if text is None:
            starts.append(pd.NA)
            ends.append(pd.NA)
            sentences.append(pd.NA)
            continue
        if article_id not in spans:
            spans[article_id] = sentence_spans(text)
        s, e = sentence_context(text, int(start), int(end), spans[article_id])
        starts.append(s)
        ends.append(e)
        sentences.append(" ".join(text[s:e].split()))
    out = rows.copy()
    out["sentence_start"] = pd.array(starts, dtype="Int64")
    out["sentence_end"] = pd.array(ends, dtype="Int64")
    out["sentence_text"] = pd.array(sentences, dtype="string")
    return out
