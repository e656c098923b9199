"""Cleaning a plain-text article: headline, paragraphs, boilerplate and publisher sign-off."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?:;,\"'”’)\]]$")
_CONNECTORS = {"of", "the", "and", "&", "de", "for", "on", "in", "at"}


@dataclass(frozen=True)
class CleanText:
    title: str | None
    text: str
    publisher: str | None
    removed: tuple[str, ...]  # paragraphs dropped as boilerplate, for the record


@lru_cache(maxsize=8)
def _boilerplate_regex(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.DOTALL)


def normalise(text: str) -> str:
    """NFC, Unix newlines, no BOM, no trailing spaces: the canonical form offsets index."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _BLANK_LINES.split(text) if p.strip()]


def looks_like_publisher(paragraph: str, max_words: int) -> bool:
    """A short sign-off of capitalised words without sentence punctuation."""
    words = paragraph.split()
    if not 0 < len(words) <= max_words or "\n" in paragraph:
        return False
    if _SENTENCE_END.search(paragraph):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _CONNECTORS for w in words)


def clean_plain_text(
    raw_text: str, boilerplate: tuple[str, ...], publisher_line_max_words: int
) -> CleanText:
    """First line is the headline; boilerplate paragraphs go; a trailing sign-off is the publisher.

    The headline stays in the text as its first paragraph, so offsets cover it too.
    """
    text = normalise(raw_text)
    head, _, body = text.partition("\n")
    title = head.strip() or None
    pattern = _boilerplate_regex(tuple(boilerplate))
    kept: list[str] = []
    removed: list[str] = []
    for paragraph in paragraphs(body):
        if pattern is not None and pattern.fullmatch(paragraph):
            removed.append(paragraph)
        else:
            kept.append(paragraph)
    publisher = None
    if kept and looks_like_publisher(kept[-1], publisher_line_max_words):
        publisher = kept.pop()
    # Boilerplate can sit above the sign-off too: strip it again from the new end.
    while kept and pattern is not None and pattern.fullmatch(kept[-1]):
        removed.append(kept.pop())
    parts = ([title] if title else []) + kept
    return CleanText(title, "\n\n".join(parts), publisher, tuple(removed))
