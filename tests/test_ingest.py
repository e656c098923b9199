"""Ingest: plain text cleaning, JSONL/CSV records, stable ids, and reported rejects."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

from dataset import load
from dataset.ingest import listings
from dataset.ingest.clean import clean_plain_text
from dataset.ingest.ids import article_id
from dataset.params import IngestParams
from dataset.stages import run_ingest

PARAMS = IngestParams()


def _ingest(tmp_path: Path, *inputs: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    out = tmp_path / "tables"
    run_ingest(list(inputs), out, {})
    return load("articles", out), load("rejects", out)


def test_seed_headline_boilerplate_and_publisher(seed_path: Path) -> None:
    cleaned = clean_plain_text(
        seed_path.read_text(encoding="utf-8"), PARAMS.boilerplate, PARAMS.publisher_line_max_words
    )
    assert cleaned.title == (
        "Taliban militants capture major Afghanistan cities, claim control over 85% of "
        "country's territory"
    )
    assert cleaned.text.startswith(cleaned.title + "\n\n")
    assert cleaned.publisher == "Free Press Journal"
    assert "E-paper" not in cleaned.text
    assert "Free Press Journal" not in cleaned.text
    assert cleaned.text.endswith("reports BBC.")
    assert len(cleaned.removed) == 1


def test_article_id_derives_from_raw_bytes(seed_path: Path, tmp_path: Path) -> None:
    articles, rejects = _ingest(tmp_path, seed_path)
    raw = seed_path.read_bytes()
    assert articles["article_id"].tolist() == [article_id(raw)]
    assert articles.loc[0, "source"] == seed_path.name
    assert articles.loc[0, "publisher"] == "Free Press Journal"
    assert articles.loc[0, "word_count"] == len(articles.loc[0, "text"].split())
    assert rejects.empty


def test_jsonl_keeps_text_verbatim_and_record_id(tmp_path: Path) -> None:
    text = "  Kabul, 9 July.\r\nOfficials said 85% was taken.  "
    records = [
        {
            "id": "r1",
            "title": "T",
            "text": text,
            "url": "https://example.org/a",
            "published_at": "2021-07-09T10:00:00+04:30",
            "publisher": "Example",
        },
        {"text": "Second article."},
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    articles, rejects = _ingest(tmp_path, path)
    first = articles.set_index("source_id").loc["r1"]
    assert first["text"] == text
    assert first["title"] == "T"
    assert first["source"] == "corpus.jsonl#1"
    assert first["published_at"] == pd.Timestamp("2021-07-09T05:30:00", tz="UTC")
    assert articles["article_id"].is_monotonic_increasing
    assert len(articles) == 2 and rejects.empty


def test_csv_records_with_quoted_newlines(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text(
        'id,title,text\n1,"A","First line\n\nsecond paragraph"\n2,B,Plain text\n',
        encoding="utf-8",
    )
    articles, rejects = _ingest(tmp_path, path)
    by_id = articles.set_index("source_id")
    assert by_id.loc["1", "text"] == "First line\n\nsecond paragraph"
    assert by_id.loc["1", "article_id"] == article_id(b'1,"A","First line\n\nsecond paragraph"')
    assert rejects.empty


def test_bad_records_are_reported_and_the_rest_built(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text("Headline\n\nBody text here.", encoding="utf-8")
    (raw / "empty.txt").write_text("  \n", encoding="utf-8")
    (raw / "latin.txt").write_bytes(b"Headline\n\nCosts \x81\x8d")
    (raw / "notes.pdf").write_bytes(b"%PDF")
    (raw / "corpus.jsonl").write_text(
        '{"text": "Fine."}\n{"text": \n{"title": "no text"}\n\n{"text": "Fine."}\n',
        encoding="utf-8",
    )
    articles, rejects = _ingest(tmp_path, raw)
    assert sorted(articles["source"]) == ["corpus.jsonl#1", "good.txt"]
    reasons = {
        (r.source, None if pd.isna(r.record) else int(r.record)): r.reason
        for r in rejects.itertuples()
    }
    assert reasons[("empty.txt", None)] == "empty text"
    assert "undecodable" in reasons[("latin.txt", None)]
    assert "unsupported file type" in reasons[("notes.pdf", None)]
    assert "invalid JSON" in reasons[("corpus.jsonl", 2)]
    assert reasons[("corpus.jsonl", 3)] == "record has no text"
    assert reasons[("corpus.jsonl", 4)] == "empty line"
    assert reasons[("corpus.jsonl", 5)].startswith("duplicate of corpus.jsonl#1")


def test_fallback_encoding_is_a_parameter(tmp_path: Path) -> None:
    path = tmp_path / "pound.txt"
    path.write_bytes(b"Prices\n\nIt cost \xa35.")
    out = tmp_path / "tables"
    run_ingest([path], out, {"ingest": {"encodings": ["utf-8", "cp1252"]}})
    assert load("articles", out).loc[0, "text"].endswith("It cost £5.")


def test_unknown_params_key_is_an_error(tmp_path: Path, seed_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown key"):
        run_ingest([seed_path], tmp_path, {"ingest": {"langauge": "en"}})


def test_an_unchanged_file_is_listed_not_read_but_an_unreadable_one_is_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second pass over unchanged inputs yields the same records and hashes without
    reading the good file; a file that could not be read is read again, since fixing it
    (its permissions, say) need not change its size or modification time."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.jsonl").write_text('{"text": "One."}\n\n{"text": "Two."}\n', encoding="utf-8")
    (raw / "b.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Three."}\n' * 50)[:-20])
    store = listings.Listings(tmp_path / "cache", "readers-v1")

    def seen(items: list) -> list[tuple]:
        return [(item.path, item.record, sha, getattr(item, "reason", None)) for item, sha in items]

    first = seen(listings.hashed_items([raw], store))
    read: list[str] = []
    reader = listings.read_records
    monkeypatch.setattr(listings, "read_records", lambda f, rel: read.append(rel) or reader(f, rel))
    assert seen(listings.hashed_items([raw], store)) == first
    assert read == ["b.jsonl.gz"]
    assert first[1][3] == "empty line" and first[-1][1:] == (None, None, first[-1][3])
    assert first[-1][3].startswith("unreadable file")
