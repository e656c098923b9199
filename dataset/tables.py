"""The table registry: each public table's schema, description, sort key and Arrow types.

One place names every table, so the writer, the loader, the check stage and the release
all agree on what a table is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd
import pandera.pandas as pa
import pyarrow

from schemas import ArticlesSchema, ClaimsSchema, EntitiesSchema, LocationsSchema, RejectsSchema


@dataclass(frozen=True)
class TableSpec:
    """What the pipeline knows about one table."""

    name: str
    model: type[pa.DataFrameModel]
    description: str
    sort_key: tuple[str, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, table, column)

    @cached_property
    def schema(self) -> pa.DataFrameSchema:
        return self.model.to_schema()

    @property
    def columns(self) -> list[str]:
        return list(self.schema.columns)

    @cached_property
    def arrow_schema(self) -> pyarrow.Schema:
        """Parquet column types, derived from the pandera model so the two never drift."""
        fields = [
            pyarrow.field(name, _arrow_type(column.dtype.type), nullable=True)
            for name, column in self.schema.columns.items()
        ]
        return pyarrow.schema(fields)

    def column_descriptions(self) -> dict[str, str]:
        return {name: col.description or "" for name, col in self.schema.columns.items()}

    def categorical_columns(self) -> dict[str, pd.CategoricalDtype]:
        return {
            name: col.dtype.type
            for name, col in self.schema.columns.items()
            if isinstance(col.dtype.type, pd.CategoricalDtype)
        }


def _arrow_type(dtype: object) -> pyarrow.DataType:
    if isinstance(dtype, pd.ArrowDtype):
        return dtype.pyarrow_dtype
    if isinstance(dtype, pd.StringDtype | pd.CategoricalDtype):
        return pyarrow.string()
    if isinstance(dtype, pd.DatetimeTZDtype):
        return pyarrow.timestamp("us", tz="UTC")
    if isinstance(dtype, pd.Int64Dtype):
        return pyarrow.int64()
    if isinstance(dtype, pd.Float64Dtype):
        return pyarrow.float64()
    if isinstance(dtype, pd.BooleanDtype):
        return pyarrow.bool_()
    raise TypeError(f"no Parquet type for pandas dtype {dtype!r}")


TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "articles",
            ArticlesSchema,
            "One row per article: cleaned text, metadata and provenance of the raw record.",
            sort_key=("article_id",),
            primary_key=("article_id",),
        ),
        TableSpec(
            "entities",
            EntitiesSchema,
            "One row per named-entity mention, with type and a canonical entity key; a place "
            "named inside another name is a further row with `parent_mention_id`.",
            sort_key=("article_id", "start", "end"),
            primary_key=("mention_id",),
            foreign_keys=(("article_id", "articles", "article_id"),),
        ),
        TableSpec(
            "locations",
            LocationsSchema,
            "One row per place mention, resolved against GeoNames.",
            sort_key=("article_id", "start", "end"),
            primary_key=("mention_id",),
            foreign_keys=(
                ("article_id", "articles", "article_id"),
                ("mention_id", "entities", "mention_id"),
            ),
        ),
        TableSpec(
            "claims",
            ClaimsSchema,
            "One row per attributed statement: claimant, cue, content, hedging, quantities.",
            sort_key=("article_id", "start", "end"),
            primary_key=("claim_id",),
            foreign_keys=(("article_id", "articles", "article_id"),),
        ),
        TableSpec(
            "rejects",
            RejectsSchema,
            "Every raw record that did not become an article, with the reason.",
            sort_key=("source", "record"),
            primary_key=("source", "record"),
        ),
    )
}

PUBLIC_TABLES = ("articles", "entities", "locations", "claims")


def spec(name: str) -> TableSpec:
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"no table {name!r}; the tables are {', '.join(TABLES)}") from None
