"""The `locations` table: one row per place mention, resolved against GeoNames."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._types import Float, Int, Str

# The level the mention was resolved to, or `unresolved` (no gazetteer entry, or a
# demonym such as "Afghan" that was labelled as a place). `region`: a world region or
# natural feature (Middle East, Black Sea, Euphrates, Donbas; feature codes RGN, SEA,
# GULF, STRT, STM, LK, MTS, DSRT, PEN, …) from the hand-written
# `dataset/locations/data/regions.tsv`, with its approximate centre and no geonameid.
RESOLUTIONS = (
    "region",
    "continent",
    "country",
    "admin1",
    "admin2",
    "city",
    "unresolved",
)
# The shipped tables lack the GeoNames ids of a few provinces and of ~5% of counties /
# districts; such a division is resolved (name, codes, point) with a null geonameid. So
# is a region built from the provinces GeoNames splits it into (Darfur: feature code
# RGN, resolution admin1, the mean point of its provinces).
MAY_LACK_GEONAMEID = ("region", "admin1", "admin2")


class LocationsSchema(pa.DataFrameModel):
    """Place mentions sorted by (`article_id`, `start`, `end`)."""

    article_id: Series[Str] = pa.Field(description="The article (→ articles.article_id).")
    mention_id: Series[Str] = pa.Field(
        unique=True, description="The entity mention this place is (→ entities.mention_id)."
    )
    start: Series[Int] = pa.Field(ge=0, description="Start offset into articles.text.")
    end: Series[Int] = pa.Field(ge=1, description="End offset (exclusive) into articles.text.")
    text: Series[Str] = pa.Field(
        str_length={"min_value": 1}, description="articles.text[start:end]."
    )
    geonameid: Series[Int] = pa.Field(
        nullable=True,
        gt=0,
        description="GeoNames id of the chosen place; null if unresolved, or for a division "
        "whose id the gazetteer does not ship (a few admin1, ~5% of admin2, regions built "
        "from provinces, world regions and natural features).",
    )
    name: Series[Str] = pa.Field(nullable=True, description="GeoNames name of the place.")
    feature_code: Series[Str] = pa.Field(
        nullable=True, description="GeoNames feature code (PCLI country, ADM1, PPLA, PPLC, …)."
    )
    country_code: Series[Str] = pa.Field(
        nullable=True, str_matches=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 country code."
    )
    admin1: Series[Str] = pa.Field(
        nullable=True, description="GeoNames first-level division code (e.g. AF.01 → '01')."
    )
    latitude: Series[Float] = pa.Field(
        nullable=True, ge=-90, le=90, description="WGS84 latitude; null if unresolved."
    )
    longitude: Series[Float] = pa.Field(
        nullable=True, ge=-180, le=180, description="WGS84 longitude; null if unresolved."
    )
    resolution: Series[Str] = pa.Field(
        isin=RESOLUTIONS,
        description="The level the place was resolved to (region, continent, country, "
        "admin1, admin2, city) or `unresolved`.",
    )
    candidates: Series[Int] = pa.Field(
        ge=0, description="Number of gazetteer candidates the name had."
    )
    confidence: Series[Float] = pa.Field(ge=0, le=1, description="Confidence in [0, 1].")

    @pa.dataframe_check(
        error="span_length: end must be greater than start and end - start == len(text)"
    )
    def span_length(cls, df: pd.DataFrame) -> pd.Series:
        return (df["end"] > df["start"]) & ((df["end"] - df["start"]) == df["text"].str.len())

    @pa.dataframe_check(
        error="resolved_has_coordinates: resolved rows need coordinates (and a geonameid "
        "unless a division), unresolved rows none"
    )
    def resolved_has_coordinates(cls, df: pd.DataFrame) -> pd.Series:
        resolved = df["resolution"] != "unresolved"
        has_point = df["latitude"].notna() & df["longitude"].notna()
        has_id = df["geonameid"].notna() | df["resolution"].isin(MAY_LACK_GEONAMEID)
        unresolved_empty = df["geonameid"].isna() & df["latitude"].isna()
        return (resolved & has_point & has_id) | (~resolved & unresolved_empty)

    class Config:
        strict = True
        ordered = True
