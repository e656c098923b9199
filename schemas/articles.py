"""The `articles` table: one row per article, holding the text every offset indexes."""

import pandera.pandas as pa
from pandera.typing import Series

from schemas._types import Bool, Int, Str, UtcTimestamp


class ArticlesSchema(pa.DataFrameModel):
    """One row per distinct raw record; sorted by `article_id`."""

    article_id: Series[Str] = pa.Field(
        unique=True,
        str_matches=r"^[0-9a-f]{16}$",
        description="Stable id: first 16 hex digits of the sha256 of the raw record's bytes.",
    )
    source_id: Series[Str] = pa.Field(
        nullable=True, description="The record's own id in its source file (JSONL/CSV `id`)."
    )
    title: Series[Str] = pa.Field(nullable=True, description="Headline, when the source has one.")
    text: Series[Str] = pa.Field(
        str_length={"min_value": 1},
        description="Canonical cleaned text; all offsets index it. The headline is its first "
        "paragraph when the source has one.",
    )
    publisher: Series[Str] = pa.Field(nullable=True, description="Publisher name.")
    url: Series[Str] = pa.Field(nullable=True, description="Address the article was published at.")
    published_at: Series[UtcTimestamp] = pa.Field(
        nullable=True, description="Publication time in UTC, when known."
    )
    language: Series[Str] = pa.Field(
        str_matches=r"^[a-z]{2,3}$", description="ISO 639 language code of the text."
    )
    word_count: Series[Int] = pa.Field(ge=0, description="Whitespace-separated words in `text`.")
    source: Series[Str] = pa.Field(
        description="Raw file path relative to the input root, with `#<record>` (1-based) for "
        "multi-record files."
    )
    raw_sha256: Series[Str] = pa.Field(
        str_matches=r"^[0-9a-f]{64}$", description="sha256 of the raw record's bytes."
    )
    text_sha256: Series[Str] = pa.Field(
        str_matches=r"^[0-9a-f]{64}$",
        description="sha256 of `text` (UTF-8); lets withheld text be restored and verified.",
    )
    license: Series[Str] = pa.Field(
        nullable=True, description="Licence of the text as declared by the source, if any."
    )
    redistributable: Series[Bool] = pa.Field(
        description="Whether the text may be published in a release."
    )

    class Config:
        strict = True
        ordered = True
