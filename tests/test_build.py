"""`dataset build` end to end: every table, the span invariant, byte-identical rebuilds."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

import dataset
from dataset.check.crosscheck import check_tables

TABLE_FILES = ("articles", "entities", "locations", "claims", "rejects")
CORPUS = [
    {
        "id": "kabul-1",
        "title": "Fighting near Kabul",
        "text": "Afghan officials said on Monday that the Taliban had captured three districts "
        'in Badakhshan province. "We will retake them," said Ahmad Zia, a spokesman for the '
        "Ministry of Defence in Kabul.",
        "published_at": "2021-07-05T08:00:00Z",
        "publisher": "Example Wire",
    },
    {
        "id": "tehran-2",
        "text": "Iran's foreign ministry said 1,500 refugees had crossed the border near "
        "Islam Qala, according to the United Nations.",
    },
    {"id": "broken"},
]


def _write_corpus(path: Path) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in CORPUS) + "\n", encoding="utf-8")
    return path


def _cli_build(corpus: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dataset", "build", str(corpus), "--out", str(out), *extra],
        capture_output=True,
        text=True,
        check=True,
    )


def _digests(directory: Path) -> dict[str, str]:
    return {
        name: hashlib.sha256((directory / f"{name}.parquet").read_bytes()).hexdigest()
        for name in TABLE_FILES
    }


def test_build_jsonl_corpus_writes_every_table(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    result = _cli_build(_write_corpus(tmp_path / "corpus.jsonl"), out, "--workers", "1")
    assert "build:" in result.stdout
    articles = dataset.load("articles", out)
    assert sorted(articles["source_id"]) == ["kabul-1", "tehran-2"]
    rejects = dataset.load("rejects", out)
    assert rejects["reason"].tolist() == ["record has no text"]
    entities = dataset.load("entities", out)
    assert {"Kabul", "Taliban"} <= set(entities["text"])
    assert check_tables(out)["ok"]


def test_every_span_row_matches_the_article_text(seed_tables: Path) -> None:
    texts = dataset.load("articles", seed_tables).set_index("article_id")["text"]
    for name in ("entities", "locations", "claims"):
        table = dataset.load(name, seed_tables)
        assert not table.empty, name
        for row in table.itertuples():
            text = texts[row.article_id]
            assert text[row.start : row.end] == row.text, (name, row)
            if name == "claims":
                if not pd.isna(row.claimant_start):
                    assert text[row.claimant_start : row.claimant_end] == row.claimant
                for quantity in row.quantities:
                    assert text[quantity["start"] : quantity["end"]] == quantity["text"]


def test_rebuild_is_byte_identical_whatever_the_workers(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "corpus.jsonl")
    _cli_build(corpus, tmp_path / "one", "--workers", "1")
    _cli_build(corpus, tmp_path / "two", "--workers", "2")
    assert _digests(tmp_path / "one") == _digests(tmp_path / "two")


def test_tables_record_version_and_params_hash(seed_tables: Path) -> None:
    from dataset.io import read_metadata

    for name in ("articles", "entities", "locations", "claims"):
        metadata = read_metadata(seed_tables / f"{name}.parquet")
        assert metadata["package_version"] == dataset.__version__
        assert len(metadata["params_hash"]) == 16
    assert "gazetteer" in read_metadata(seed_tables / "locations.parquet")


def test_the_command_flushes_its_output_and_keeps_its_exit_code(tmp_path: Path) -> None:
    """`python -m dataset` ends without the interpreter's teardown: what it printed to a
    pipe still arrives, and a failing command still exits non-zero."""
    out = tmp_path / "tables"
    built = _cli_build(_write_corpus(tmp_path / "corpus.jsonl"), out, "--workers", "1")
    assert built.stdout.startswith("build: 2 articles, 1 rejects")
    (out / "claims.parquet").unlink()
    check = [sys.executable, "-m", "dataset", "check", "--tables", str(out)]
    failed = subprocess.run([*check, "--out", str(tmp_path / "check.json")], capture_output=True)
    assert failed.returncode == 1
    assert b"check failed" in failed.stderr and b"claims is missing" in failed.stderr
