"""Loading: proper dtypes, table listing, and an actionable error before the first build."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import dataset
from dataset.stages import run_ingest


def test_tables_lists_every_table_with_a_description() -> None:
    listing = dataset.tables()
    assert {"articles", "entities", "locations", "claims"} <= set(listing["table"])
    assert listing["description"].str.len().min() > 20


def _fresh_interpreter(code: str) -> dict:
    """Run `code` in a new interpreter (a clean module cache) and return what it printed
    as JSON."""
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


LISTING = (
    "import json, sys, types\n"
    "{imports}\n"
    "import dataset\n"
    "listing = dataset.tables()\n"
    "from dataset.tables import spec\n"
    "print(json.dumps({{'tables': sorted(listing['table']), 'spec': spec('claims').name,"
    " 'load': isinstance(dataset.load, types.FunctionType),"
    " 'listing': isinstance(dataset.tables, types.FunctionType)}}))"
)


@pytest.mark.parametrize(
    "imports",
    ["", "import dataset.tables", "import dataset.load", "from dataset.tables import TABLES"],
)
def test_tables_and_load_stay_functions_whatever_was_imported_first(imports: str) -> None:
    # `dataset.tables` is both the registry submodule and the listing function; importing
    # a submodule binds it on the package, which must not hide the function.
    seen = _fresh_interpreter(LISTING.format(imports=imports))
    assert seen == {
        "tables": ["articles", "claims", "entities", "locations", "rejects"],
        "spec": "claims",
        "load": True,
        "listing": True,
    }


def test_importing_the_package_or_an_extractor_leaves_pandas_out() -> None:
    # Workers and library users that only extract do not pay pandas' and pandera's import.
    seen = _fresh_interpreter(
        "import json, sys\n"
        "import dataset, dataset.entities.extract, dataset.claims.extract\n"
        "heavy = sorted(m for m in ('pandas', 'pandera') if m in sys.modules)\n"
        "dataset.tables()\n"
        "print(json.dumps({'before': heavy, 'after': 'pandas' in sys.modules}))"
    )
    assert seen == {"before": [], "after": True}


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
