"""The labels the entity extractor gives each surface text: what rule tests assert on."""

from __future__ import annotations

from dataset.entities.extract import extract_entities
from dataset.entities.params import EntityParams


def labelled(text: str, params: EntityParams | None = None) -> dict[str, set[str]]:
    """Surface text → its labels, checking every row's span against the text."""
    found: dict[str, set[str]] = {}
    for row in extract_entities("t", text, params or EntityParams()):
        assert text[row["start"] : row["end"]] == row["text"]
        found.setdefault(row["text"], set()).add(row["label"])
    return found
