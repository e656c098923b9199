"""The check stage catches what per-table schemas cannot: spans, foreign keys, order."""

from __future__ import annotations

from pathlib import Path

from dataset.check.crosscheck import check_tables
from dataset.io import write_table
from dataset.load import load
from dataset.stages import run_ingest


def _tables(tmp_path: Path, entity_rows, location_rows=(), claim_rows=()) -> Path:
    raw = tmp_path / "raw.jsonl"
    raw.write_text('{"id": "1", "text": "Kabul fell to the Taliban."}\n', encoding="utf-8")
    out = tmp_path / "tables"
    run_ingest([raw], out, {})
    article_id = load("articles", out).loc[0, "article_id"]
    rows = [{**r, "article_id": r.get("article_id", article_id)} for r in entity_rows]
    for row in rows:
        row.setdefault("mention_id", f"{row['article_id']}-e{row['start']:04d}")
    write_table(out / "entities.parquet", "entities", rows)
    write_table(out / "locations.parquet", "locations", list(location_rows))
    write_table(out / "claims.parquet", "claims", list(claim_rows))
    return out


def _entity(start: int, end: int, text: str, label: str = "GPE", **extra) -> dict:
    return {
        "start": start,
        "end": end,
        "text": text,
        "label": label,
        "entity_key": f"{label}:{text.lower()}",
        "canonical": text,
        "sentence": 0,
        "method": "test",
        "confidence": 1.0,
        **extra,
    }


def test_consistent_tables_pass(tmp_path: Path) -> None:
    out = _tables(tmp_path, [_entity(0, 5, "Kabul"), _entity(18, 25, "Taliban", "ORG")])
    report = check_tables(out)
    assert report["ok"], report["failures"]
    assert report["rows"] == {"articles": 1, "entities": 2, "locations": 0, "claims": 0}


def test_span_that_does_not_match_the_text_is_reported(tmp_path: Path) -> None:
    out = _tables(tmp_path, [_entity(1, 6, "Kabul")])
    report = check_tables(out)
    assert not report["ok"]
    assert "entities" in report["failures"][0] and "'abul '" in report["failures"][0]


def test_rows_of_an_unknown_article_are_reported(tmp_path: Path) -> None:
    out = _tables(tmp_path, [_entity(0, 5, "Kabul", article_id="ffffffffffffffff")])
    report = check_tables(out)
    assert report["failures"] == ["entities: 1 rows name unknown article ffffffffffffffff"]


def test_rows_out_of_order_are_reported(tmp_path: Path) -> None:
    out = _tables(tmp_path, [_entity(18, 25, "Taliban", "ORG"), _entity(0, 5, "Kabul")])
    assert any("out of" in f for f in check_tables(out)["failures"])


def test_missing_table_is_reported(tmp_path: Path) -> None:
    out = _tables(tmp_path, [])
    (out / "claims.parquet").unlink()
    report = check_tables(out)
    assert not report["ok"] and "claims is missing" in report["failures"][0]
