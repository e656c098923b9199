"""Licence-aware text: a release withholds restricted text; `dataset rehydrate` restores it
from a researcher's own copy only when the text's sha256 matches the release."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from release_helpers import record, write_corpus

from dataset.cli import main
from dataset.io import read_frame
from dataset.release.params import ReleaseParams
from dataset.release.publish import publish_articles
from dataset.release.rehydrate import rehydrate
from dataset.stages import run_ingest
from schemas import ArticlesSchema

RECORDS = [record(1, "Kabul", "CC-BY-4.0"), record(2, "Herat", None), record(3, "Kunduz", None)]
BOILERPLATE_ARTICLE = (
    "Taliban seize district\n\n"
    "Officials said the district fell on Sunday.\n\n"
    "To receive our E-paper on WhatsApp, click here."
)


@pytest.fixture
def built(tmp_path: Path) -> dict[str, Path]:
    """Ingested articles (JSONL and a plain-text file) and their released copy."""
    raw = tmp_path / "raw"
    write_corpus(raw, RECORDS)
    (raw / "district.txt").write_text(BOILERPLATE_ARTICLE)
    tables = tmp_path / "tables"
    run_ingest([raw], tables, {"run": {"workers": 1}})
    released = tmp_path / "release" / "articles.parquet"
    publish_articles(tables / "articles.parquet", released, ReleaseParams())
    return {"raw": raw, "full": tables / "articles.parquet", "released": released}


def test_publish_withholds_exactly_the_restricted_text(built):
    full = read_frame(built["full"], "articles")
    released = read_frame(built["released"], "articles")
    restricted = ~full["redistributable"]
    assert restricted.sum() == 3
    assert released.loc[restricted, "text"].isna().all()
    assert released.loc[~restricted, "text"].tolist() == full.loc[~restricted, "text"].tolist()
    kept = full.drop(columns="text")
    pd.testing.assert_frame_equal(released.drop(columns="text"), kept)


def test_publish_without_withholding_keeps_every_text(built, tmp_path):
    target = tmp_path / "open" / "articles.parquet"
    rows, withheld = publish_articles(built["full"], target, ReleaseParams(withhold_text=False))
    assert (rows, withheld) == (4, 0)
    assert target.read_bytes() != built["released"].read_bytes()
    pd.testing.assert_frame_equal(
        read_frame(target, "articles"), read_frame(built["full"], "articles")
    )


def test_own_copy_restores_the_full_table(built):
    released = read_frame(built["released"], "articles")
    restored, report = rehydrate(released, [built["raw"]], params={})
    assert (report.restored, report.still_withheld, report.refused) == (3, 0, [])
    full = read_frame(built["full"], "articles")
    pd.testing.assert_frame_equal(restored, full)
    ArticlesSchema.validate(restored)


def test_a_copy_with_other_bytes_but_the_same_text_matches_by_hash(built, tmp_path):
    """Re-serialised JSONL (other key order): other article ids, same canonical text."""
    copy = tmp_path / "copy" / "mine.jsonl"
    copy.parent.mkdir()
    copy.write_text("".join(json.dumps(r, sort_keys=False, indent=None) + "\n" for r in RECORDS))
    released = read_frame(built["released"], "articles")
    restored, report = rehydrate(released, [copy], params={})
    assert report.restored == 2 and report.still_withheld == 1 and not report.refused
    full = read_frame(built["full"], "articles").set_index("article_id")
    filled = restored.dropna(subset=["text"]).set_index("article_id")["text"]
    assert filled.to_dict() == full.loc[filled.index, "text"].to_dict()


def test_an_article_whose_text_hash_differs_is_refused(built, tmp_path):
    """The same raw file cleaned differently (no boilerplate patterns) gives the same
    article id but other text: refused, and left withheld."""
    released = read_frame(built["released"], "articles")
    params = {"ingest": {"boilerplate": []}}
    restored, report = rehydrate(released, [built["raw"] / "district.txt"], params=params)
    assert report.restored == 0 and len(report.refused) == 1
    assert "differs" in report.refused[0] and "district.txt" in report.refused[0]
    assert restored["text"].isna().sum() == released["text"].isna().sum()


def test_an_edited_copy_is_not_used(built, tmp_path):
    edited = [dict(r, text=r["text"].replace("districts", "district")) for r in RECORDS]
    write_corpus(tmp_path / "edited", edited)
    released = read_frame(built["released"], "articles")
    restored, report = rehydrate(released, [tmp_path / "edited"], params={})
    assert report.restored == 0
    assert restored["text"].isna().sum() == 3


def test_rehydrate_command(built, tmp_path, capsys):
    out = tmp_path / "restored.parquet"
    code = main(
        ["rehydrate", str(built["raw"]), "--articles", str(built["released"]), "--out", str(out)]
    )
    assert code == 0
    assert "restored 3 texts, 0 still withheld, 0 refused" in capsys.readouterr().out
    pd.testing.assert_frame_equal(
        read_frame(out, "articles"), read_frame(built["full"], "articles")
    )
    params = tmp_path / "params.yaml"
    params.write_text("ingest:\n  boilerplate: []\n")
    code = main(
        [
            "rehydrate",
            str(built["raw"] / "district.txt"),
            "--articles",
            str(built["released"]),
            "--out",
            str(tmp_path / "partial.parquet"),
            "--params",
            str(params),
        ]
    )
    assert code == 1
    assert "refused:" in capsys.readouterr().err
