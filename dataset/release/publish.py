"""The `publish` stage: the articles table as a release may distribute it.

With `release.withhold_text`, the text of every article that is not redistributable is
replaced by null; `text_sha256` and all offsets stay, so `dataset rehydrate` can restore
the text from a researcher's own copy and prove it is the same.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series

from dataset.io import TableWriter, arrow_to_frame, iter_arrow_batches, validate
from dataset.params import params_hash
from dataset.release.params import ReleaseParams
from dataset.shards import PartsWriter, read_parts
from dataset.tables import TableSpec, spec
from schemas import ArticlesSchema
from schemas._types import Str


class ReleasedArticlesSchema(ArticlesSchema):
    """`articles` as released: `text` is null exactly where the text was withheld."""

    text: Series[Str] = pa.Field(
        nullable=True,
        str_length={"min_value": 1},
        description="Canonical cleaned text; all offsets index it. Null when the article is "
        "not redistributable and the release withheld it: restore it with `dataset rehydrate`.",
    )

    @pa.dataframe_check(error="text may be withheld only for non-redistributable articles")
    def withheld_only_when_restricted(cls, df: pd.DataFrame) -> pd.Series:
        return df["text"].notna() | ~df["redistributable"].fillna(False).astype(bool)


RELEASED_ARTICLES = dataclasses.replace(spec("articles"), model=ReleasedArticlesSchema)


def released_spec(name: str) -> TableSpec:
    """The table as a release holds it (only `articles` differs from the pipeline's)."""
    return RELEASED_ARTICLES if name == "articles" else spec(name)


def publish_articles(source: Path, target: Path, params: ReleaseParams) -> tuple[int, int]:
    """Copy articles to `target`, withholding restricted text; return (rows, withheld).

    A sharded table is published part by part, so each part stays sorted by article_id.
    """
    withheld = 0
    metadata = {"stage": "publish", "params_hash": params_hash(params)}

    def copy(file: Path, writer: TableWriter) -> None:
        nonlocal withheld
        articles = spec("articles")
        for batch in iter_arrow_batches(file, batch_size=256):
            frame = arrow_to_frame(pyarrow.Table.from_batches([batch]), articles)
            validate(frame, articles)
            if params.withhold_text:
                restricted = ~frame["redistributable"].astype(bool)
                withheld += int(restricted.sum())
                frame["text"] = frame["text"].mask(restricted, pd.NA)
            writer.write(frame)

    parts = read_parts(source)
    if not parts:
        with TableWriter(target, RELEASED_ARTICLES, metadata) as writer:
            copy(source, writer)
        return writer.rows, withheld
    with PartsWriter(target, RELEASED_ARTICLES) as published:
        for part in parts:
            with published.writer(part.name, "", metadata) as writer:
                copy(part.path, writer)
    return published.rows, withheld
