"""Places whose own name opens with "The": "The Hague", "The Bronx".

The article is part of such a name, not the determiner a running text puts before a
name; the capitalised run scan leaves "The" out ("The" opens no name elsewhere), and
the rest alone ("Hague") is a surname. A gazetteer town spelled with "The" as its own
name (not a nickname such as "The Big Apple") and large enough to be named without a
cue takes the article back. Small towns so named ("The Gap", "The Colony") are left
alone: there "The" is far more often a company's or a phrase's.
"""

from __future__ import annotations

from dataset.entities import lexicon as lx
from dataset.entities.candidates import Piece, starts_sentence
from dataset.entities.params import EntityParams


def with_own_article(piece: Piece, text: str, lexicons: lx.Lexicons, params: EntityParams) -> Piece:
    """The piece with the "The" before it when the gazetteer spells the place so."""
    name = "The " + piece.text
    place = lexicons.places.get(name)
    if place is None or place.canonical != name or place.population < params.city_min_population:
        return piece
    start = piece.start - 4
    return Piece(
        ["The", *piece.words],
        [start, *piece.starts],
        [start + 3, *piece.ends],
        starts_sentence(text, start),
        piece.run_end,
    )
