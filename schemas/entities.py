"""The `entities` table: one row per named-entity mention."""

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._types import Float, Int, Str

ENTITY_LABELS = (
    "PERSON",
    "NORP",
    "ORG",
    "GPE",
    "LOC",
    "FAC",
    "EVENT",
    "PRODUCT",
    "LAW",
    "WORK_OF_ART",
    "LANGUAGE",
)
GPE_ROLES = ("LOC", "ORG")


class EntitiesSchema(pa.DataFrameModel):
    """Mentions sorted by (`article_id`, `start`, `end`)."""

    article_id: Series[Str] = pa.Field(description="The article (→ articles.article_id).")
    mention_id: Series[Str] = pa.Field(
        unique=True, description="`<article_id>-e<n>`, n counting mentions in text order."
    )
    start: Series[Int] = pa.Field(ge=0, description="Start offset into articles.text.")
    end: Series[Int] = pa.Field(ge=1, description="End offset (exclusive) into articles.text.")
    text: Series[Str] = pa.Field(
        str_length={"min_value": 1}, description="articles.text[start:end]."
    )
    label: Series[pd.CategoricalDtype] = pa.Field(
        dtype_kwargs={"categories": list(ENTITY_LABELS), "ordered": False},
        description="OntoNotes-style type: PERSON, NORP, ORG, GPE, LOC, FAC, EVENT, ….",
    )
    entity_key: Series[Str] = pa.Field(
        str_matches=r"^[A-Z_]+:\S+$",
        description="Canonical key grouping mentions of one entity, within the article and "
        "across the corpus (`PERSON:joe_biden` for 'Biden' and 'Joe Biden').",
    )
    canonical: Series[Str] = pa.Field(description="The entity's canonical surface name.")
    sentence: Series[Int] = pa.Field(ge=0, description="0-based index of the sentence.")
    method: Series[Str] = pa.Field(description="Which rule or model produced the mention.")
    confidence: Series[Float] = pa.Field(ge=0, le=1, description="Confidence in [0, 1].")
    parent_mention_id: Series[Str] = pa.Field(
        nullable=True,
        description="Null for a top-level mention. For a place named inside another name "
        "('Athens' in 'Athens Police Department', 'Texas' in 'University of Texas'), the "
        "mention_id of that enclosing mention, whose span contains this one. Flat NER "
        "scoring uses only the rows where this is null; every row may be a place mention.",
    )
    gpe_role: Series[pd.CategoricalDtype] = pa.Field(
        nullable=True,
        dtype_kwargs={"categories": list(GPE_ROLES), "ordered": False},
        description="For a GPE, what the name stands for in its sentence: ORG when a cue "
        "shows the state acting as an organisation, its government, army or team ('Russia "
        "announced', 'the Hong Kong government', 'Australia's position'); else LOC, mostly "
        "the place. ACE's GPE roles; UNER types the ORG ones ORG. Null for other labels, "
        "and for every mention when the entities stage's `gpe_roles` parameter is off.",
    )

    @pa.dataframe_check(error="gpe_role: set on a mention that is no GPE")
    def gpe_role_on_gpe(cls, df: pd.DataFrame) -> pd.Series:
        return df["gpe_role"].isna() | (df["label"] == "GPE")

    @pa.dataframe_check(
        error="span_length: end must be greater than start and end - start == len(text)"
    )
    def span_length(cls, df: pd.DataFrame) -> pd.Series:
        return (df["end"] > df["start"]) & ((df["end"] - df["start"]) == df["text"].str.len())

    @pa.dataframe_check(
        error="nested_span: a nested mention must lie inside its parent mention, which must "
        "be a top-level mention of the same article"
    )
    def nested_span(cls, df: pd.DataFrame) -> pd.Series:
        # On the five columns it reads, as NumPy arrays: selecting and re-indexing whole
        # frames made this half of the table's validation.
        nested = df["parent_mention_id"].notna().to_numpy(dtype=bool)
        if not nested.any():
            return pd.Series(True, index=df.index)
        top = ~nested
        parents = pd.Index(df["mention_id"].to_numpy(dtype=object)[top])
        if not parents.is_unique:
            raise ValueError("nested_span: top-level mention ids repeat; parents are ambiguous")
        at = parents.get_indexer(df["parent_mention_id"].to_numpy(dtype=object)[nested])

        def of_parent(values: np.ndarray, missing: object) -> np.ndarray:
            # -1 (no such top-level mention) takes the appended `missing`, which fails.
            return np.append(values[top], np.array([missing], dtype=values.dtype))[at]

        article = df["article_id"].to_numpy(dtype=object)
        start = df["start"].to_numpy(dtype="float64", na_value=np.nan)
        end = df["end"].to_numpy(dtype="float64", na_value=np.nan)
        inside = (
            (at >= 0)
            & (of_parent(article, None) == article[nested])
            & (of_parent(start, np.nan) <= start[nested])
            & (end[nested] <= of_parent(end, np.nan))
            & (of_parent(end, np.nan) - of_parent(start, np.nan) > end[nested] - start[nested])
        )
        ok = np.ones(len(df), dtype=bool)
        ok[nested] = inside
        return pd.Series(ok, index=df.index)

    class Config:
        strict = True
        ordered = True
