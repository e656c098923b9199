"""Named-entity mentions of one article: a pure function, text in, rows out.

Candidates come from one regex pass over capitalised runs (`candidates`), are typed by
lexicons, head nouns, titles and context (`classify`), grouped under canonical keys
(`keys`), and numbered in text order. Lexicons load once per process.
"""

from __future__ import annotations

import bisect
import re

from dataset.entities import lexicon as lx
from dataset.entities.candidates import pieces
from dataset.entities.classify import UNKNOWN, Mention, classify
from dataset.entities.keys import entity_key, resolve
from dataset.entities.params import EntityParams
from dataset.text.sentences import sentence_spans

_FAC_TRAILER = re.compile(r"[^\S\n]+(?:" + "|".join(re.escape(t) for t in lx.FAC_TRAILERS) + r")\b")
_PLURAL_TRAILER = re.compile(r"[^\S\n]+(" + "|".join(sorted(lx.PLURAL_TRAILERS)) + r")\b")
_LIST_GAPS = frozenset([", ", " and ", ", and ", " or ", ", or ", " & "])
_ROAD_NUMBER = re.compile(r"[^\S\n]+\d{1,4}[A-Z]?\b")
_GPE_TRAILER = re.compile(r"[^\S\n]+(?:" + "|".join(sorted(lx.GPE_TRAILERS)) + r")\b")
# Labels a trailing "crossing"/"city" may re-type; a demonym or known org keeps its own.
_RETYPABLE = frozenset(["GPE", "LOC", "FAC", "PERSON", "ORG"])
_STRONG_METHODS = frozenset(["lexicon", "title"])


def _apply_trailers(mention: Mention, text: str) -> None:
    """'Bagram airfield' is a facility; 'Qala-i-Naw city' a city (the noun stays outside).

    An UNKNOWN mention is a name nothing typed: typed here, or left for the article pass.
    """
    if mention.label and mention.label not in _RETYPABLE:
        return
    if mention.words[-1] in lx.ROAD_WORDS:
        number = _ROAD_NUMBER.match(text, mention.end)
        if number is not None:
            mention.end = number.end()
            mention.canonical = text[mention.start : mention.end]
            mention.label, mention.method = "FAC", "trailer"
            return
    if mention.method in _STRONG_METHODS and mention.label != "GPE":
        return
    trailer = _FAC_TRAILER.match(text, mention.end)
    if trailer is not None:
        mention.end = trailer.end()
        mention.canonical = text[mention.start : mention.end]
        mention.label = "FAC"
        mention.method = "trailer"
        return
    if mention.method in _STRONG_METHODS:
        return
    if _GPE_TRAILER.match(text, mention.end) is not None:
        mention.label = "GPE"
        mention.method = "trailer"


def _retypable(mention: Mention) -> bool:
    return mention.label == UNKNOWN or (
        mention.label in _RETYPABLE and mention.method not in _STRONG_METHODS
    )


def _type_lists(mentions: list[Mention], text: str) -> None:
    """'Helmand and Kandahar provinces': the plural noun types every name of the list."""
    for index, mention in enumerate(mentions):
        trailer = _PLURAL_TRAILER.match(text, mention.end)
        if trailer is None:
            continue
        label = lx.PLURAL_TRAILERS[trailer.group(1)]
        j = index
        while j >= 0 and _retypable(mentions[j]):
            item = mentions[j]
            item.label, item.method = label, "trailer"
            if j == 0 or text[mentions[j - 1].end : item.start] not in _LIST_GAPS:
                break
            j -= 1


def extract_entities(article_id: str, text: str, params: EntityParams) -> list[dict]:
    """Entity mention rows (the `entities` table columns) for one article, in text order."""
    lexicons = lx.load()
    mentions: list[Mention] = []
    for piece in pieces(text, lexicons, params.common_word_ratio, params.common_word_min_count):
        found = classify(piece, text, lexicons, params)
        if params.facility_trailers and piece.run_end:
            if not found:
                # An unknown name the next word types: "Qala-i-Naw city", "X crossing".
                found = [
                    Mention(piece.start, piece.end, piece.words, UNKNOWN, piece.text, "unknown")
                ]
            _apply_trailers(found[-1], text)
        mentions.extend(found)
    if params.facility_trailers:
        _type_lists(mentions, text)
    resolve(mentions, params.person_coreference, lexicons.places)
    mentions = [m for m in mentions if m.label and m.confidence >= params.min_confidence]
    mentions.sort(key=lambda m: (m.start, m.end))

    spans = sentence_spans(text)
    sentence_starts = [start for start, _ in spans]
    rows = []
    for n, mention in enumerate(mentions):
        rows.append(
            {
                "article_id": article_id,
                "mention_id": f"{article_id}-e{n:04d}",
                "start": mention.start,
                "end": mention.end,
                "text": text[mention.start : mention.end],
                "label": mention.label,
                "entity_key": entity_key(mention.label, mention.canonical),
                "canonical": mention.canonical,
                "sentence": max(bisect.bisect_right(sentence_starts, mention.start) - 1, 0),
                "method": mention.method,
                "confidence": mention.confidence,
            }
        )
    return rows
