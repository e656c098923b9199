"""Shared fixtures: the shipped seed article and the development corpora when present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dataset.evaluate.corpora import read_corpus

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
SEED = next(RAW.glob("*.txt"))
# The development corpora: $CONFLICT_NEWS_CORPORA, else ../shared/corpora beside the checkout.
SHARED_CORPORA = Path(os.environ.get("CONFLICT_NEWS_CORPORA", ROOT.parent / "shared" / "corpora"))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_tables(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article built once through every stage, in one worker process."""
    from dataset.stages import build

    out = tmp_path_factory.mktemp("seed-tables")
    build([RAW], out, {"run": {"workers": 1}})
    return out


def corpus_records(relative: str, limit: int | None = None) -> list[dict]:
    """Records of a development corpus under ../shared/corpora; skip the test if absent."""
    path = SHARED_CORPORA / relative
    if not path.exists():
        pytest.skip(f"development corpus {relative} is not available (../shared absent)")
    return read_corpus(path, limit)
