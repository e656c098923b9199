"""Loading: proper dtypes, table listing, and an actionable error before the first build."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import dataset
from dataset.stages import run_ingest


def test_tables_lists_every_table_with_a_description() -> None:
    listing = dataset.tables()
    assert {"articles", "entities", "locations", "claims"} <= set(listing["table"])
    assert listing["description"].str.len().min() > 20


def test_load_gives_arrow_strings_nullable_ints_and_utc(tmp_path: Path, seed_path: Path) -> None:
    run_ingest([seed_path], tmp_path, {})
    articles = dataset.load("articles", tmp_path)
    assert articles["text"].dtype == pd.StringDtype("pyarrow")
    assert articles["word_count"].dtype == pd.Int64Dtype()
    assert articles["published_at"].dtype == pd.DatetimeTZDtype("ns", "UTC")
    assert articles["redistributable"].dtype == pd.BooleanDtype()


def test_load_reads_the_environment_directory(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_ingest([seed_path], tmp_path, {})
    monkeypatch.setenv("CONFLICT_NEWS_TABLES", str(tmp_path))
    assert len(dataset.load("articles")) == 1


def test_unbuilt_table_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="dvc repro"):
        dataset.load("claims", tmp_path)


def test_unknown_table_lists_the_tables() -> None:
    with pytest.raises(KeyError, match="articles, entities"):
        dataset.load("events")
