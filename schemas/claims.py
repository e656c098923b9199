"""The `claims` table: one row per attributed statement, with the quantities it states."""

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series

from schemas._types import Bool, Float, Int, Str

CLAIM_KINDS = ("direct_quote", "indirect", "according_to", "headline", "report")

QUANTITY_TYPE = pyarrow.struct(
    [
        ("value", pyarrow.float64()),
        ("unit", pyarrow.string()),
        ("text", pyarrow.string()),
        ("start", pyarrow.int64()),
        ("end", pyarrow.int64()),
    ]
)
QUANTITIES_TYPE = pyarrow.list_(QUANTITY_TYPE)


class ClaimsSchema(pa.DataFrameModel):
    """Claims sorted by (`article_id`, `start`, `end`)."""

    article_id: Series[Str] = pa.Field(description="The article (→ articles.article_id).")
    claim_id: Series[Str] = pa.Field(
        unique=True, description="`<article_id>-c<n>`, n counting claims in text order."
    )
    start: Series[Int] = pa.Field(ge=0, description="Start offset of the content span.")
    end: Series[Int] = pa.Field(ge=1, description="End offset (exclusive) of the content span.")
    text: Series[Str] = pa.Field(
        str_length={"min_value": 1}, description="The content: articles.text[start:end]."
    )
    claimant: Series[Str] = pa.Field(
        nullable=True, description="Who makes the claim, as written; null if unattributed."
    )
    claimant_start: Series[Int] = pa.Field(nullable=True, ge=0, description="Claimant start.")
    claimant_end: Series[Int] = pa.Field(nullable=True, ge=1, description="Claimant end.")
    claimant_key: Series[Str] = pa.Field(
        nullable=True,
        description="entity_key of the claimant when it is (or a pronoun refers to) an entity.",
    )
    cue: Series[Str] = pa.Field(
        nullable=True, description="Reporting cue as written: 'say', 'according to', '\"', …"
    )
    cue_start: Series[Int] = pa.Field(nullable=True, ge=0, description="Cue start.")
    cue_end: Series[Int] = pa.Field(nullable=True, ge=1, description="Cue end.")
    kind: Series[Str] = pa.Field(
        isin=CLAIM_KINDS,
        description="direct_quote, indirect (reported speech), according_to, headline, report.",
    )
    hedged: Series[Bool] = pa.Field(
        description="Whether the claim is hedged (unverified, fear, estimate, could, …)."
    )
    hedge: Series[Str] = pa.Field(
        nullable=True,
        description=(
            'The hedging word, if any ("reportedly", "could"), or the writer\'s comment '
            'right after the report that it is unverified ("could not be verified").'
        ),
    )
    sentence: Series[Int] = pa.Field(ge=0, description="0-based sentence index of the content.")
    quantities: Series[pd.ArrowDtype] = pa.Field(
        dtype_kwargs={"pyarrow_dtype": QUANTITIES_TYPE},
        description="Quantities in the content: list of {value, unit, text, start, end}; "
        "e.g. 85 percent, 20000000 USD per month (money with the period the text states), "
        "400 district.",
    )
    method: Series[Str] = pa.Field(description="Which rule produced the claim.")
    confidence: Series[Float] = pa.Field(ge=0, le=1, description="Confidence in [0, 1].")

    @pa.dataframe_check(
        error="span_length: end must be greater than start and end - start == len(text)"
    )
    def span_length(cls, df: pd.DataFrame) -> pd.Series:
        return (df["end"] > df["start"]) & ((df["end"] - df["start"]) == df["text"].str.len())

    @pa.dataframe_check(
        error="claimant_span: claimant span must be given with the claimant, and end > start"
    )
    def claimant_span(cls, df: pd.DataFrame) -> pd.Series:
        has = df["claimant"].notna()
        spans = df["claimant_start"].notna() & df["claimant_end"].notna()
        length_ok = (df["claimant_end"] - df["claimant_start"]) == df["claimant"].str.len()
        return (has & spans & length_ok.fillna(False)) | (~has & ~spans)

    class Config:
        strict = True
        ordered = True
