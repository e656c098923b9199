"""The `rejects` report: every raw record that did not become an article, and why."""

import pandera.pandas as pa
from pandera.typing import Series

from schemas._types import Int, Str


class RejectsSchema(pa.DataFrameModel):
    """Rejected records sorted by (`source`, `record`)."""

    source: Series[Str] = pa.Field(description="Raw file path relative to the input root.")
    record: Series[Int] = pa.Field(
        nullable=True, ge=1, description="1-based record number in the file; null for the file."
    )
    reason: Series[Str] = pa.Field(description="Why the record was rejected, for a human.")
    raw_sha256: Series[Str] = pa.Field(
        nullable=True, description="sha256 of the rejected record's bytes, when readable."
    )

    class Config:
        strict = True
        ordered = True
