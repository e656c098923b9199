"""The schemas reject each kind of violation with a message naming table, column and check."""

from __future__ import annotations

import pandas as pd
import pytest

from dataset.io import TableValidationError, TableWriter, to_frame, validate
from dataset.tables import TABLES, spec

ARTICLE = {
    "article_id": "0123456789abcdef",
    "source_id": None,
    "title": "Headline",
    "text": "Headline\n\nKabul fell.",
    "publisher": "Example",
    "url": None,
    "published_at": pd.Timestamp("2021-07-09", tz="UTC"),
    "language": "en",
    "word_count": 3,
    "source": "a.txt",
    "raw_sha256": "0" * 64,
    "text_sha256": "1" * 64,
    "license": None,
    "redistributable": False,
}
ENTITY = {
    "article_id": "0123456789abcdef",
    "mention_id": "0123456789abcdef-e0000",
    "start": 10,
    "end": 15,
    "text": "Kabul",
    "label": "GPE",
    "entity_key": "GPE:kabul",
    "canonical": "Kabul",
    "sentence": 1,
    "method": "test",
    "confidence": 0.9,
}
CLAIM = {
    "article_id": "0123456789abcdef",
    "claim_id": "0123456789abcdef-c0000",
    "start": 10,
    "end": 21,
    "text": "Kabul fell.",
    "claimant": None,
    "claimant_start": None,
    "claimant_end": None,
    "claimant_key": None,
    "cue": None,
    "cue_start": None,
    "cue_end": None,
    "kind": "report",
    "hedged": False,
    "hedge": None,
    "sentence": 1,
    "quantities": [{"value": 85.0, "unit": "percent", "text": "85%", "start": 0, "end": 3}],
    "method": "test",
    "confidence": 0.5,
}


def _frame(table: str, *rows: dict) -> pd.DataFrame:
    return to_frame(list(rows), spec(table))


def _message(table: str, frame: pd.DataFrame) -> str:
    with pytest.raises(TableValidationError) as raised:
        validate(frame, spec(table))
    return str(raised.value)


def test_valid_rows_pass() -> None:
    validate(_frame("articles", ARTICLE), spec("articles"))
    validate(_frame("entities", ENTITY), spec("entities"))
    validate(_frame("claims", CLAIM), spec("claims"))


@pytest.mark.parametrize(
    ("table", "row", "change", "column", "check"),
    [
        ("articles", ARTICLE, {"article_id": "NOT-HEX"}, "article_id", "str_matches"),
        ("articles", ARTICLE, {"text": None}, "text", "not_nullable"),
        ("articles", ARTICLE, {"word_count": -1}, "word_count", "greater_than_or_equal_to"),
        ("articles", ARTICLE, {"language": "English"}, "language", "str_matches"),
        ("entities", ENTITY, {"label": "WEAPON"}, "label", "dtype"),
        ("entities", ENTITY, {"confidence": 1.5}, "confidence", "less_than_or_equal_to"),
        ("entities", ENTITY, {"entity_key": "no key"}, "entity_key", "str_matches"),
        ("entities", ENTITY, {"end": 14}, None, "span_length"),
        ("claims", CLAIM, {"kind": "rumour"}, "kind", "isin"),
        ("claims", CLAIM, {"claimant": "Officials"}, None, "claimant_span"),
    ],
)
def test_each_violation_is_named(
    table: str, row: dict, change: dict, column: str | None, check: str
) -> None:
    frame = _frame(table, {**row, **change}) if "label" not in change else _frame(table, row)
    if "label" in change:
        frame["label"] = pd.Series(["WEAPON"], dtype="object")
    message = _message(table, frame)
    assert f"table {table!r} failed validation" in message
    assert check in message
    if column:
        assert f"column {column!r}" in message


@pytest.mark.parametrize(
    "values", [pd.Series(["Kabul"], dtype="string[python]"), pd.Series([7], dtype="object")]
)
def test_text_columns_of_another_type_are_rejected(values: pd.Series) -> None:
    """A text column holds Arrow strings, what `dataset.load` returns: pandas' own strings,
    or a value that is not text, fail its dtype check, named as such."""
    frame = _frame("entities", ENTITY)
    assert frame["canonical"].dtype == pd.StringDtype("pyarrow")
    frame["canonical"] = values
    message = _message("entities", frame)
    assert "column 'canonical'" in message and "dtype('string[pyarrow]')" in message


def test_duplicate_ids_are_rejected() -> None:
    message = _message("entities", _frame("entities", ENTITY, ENTITY))
    assert "column 'mention_id'" in message and "field_uniqueness" in message


def test_missing_and_extra_columns_are_rejected() -> None:
    frame = _frame("entities", ENTITY)
    assert "column_in_dataframe" in _message("entities", frame.drop(columns=["label"]))
    assert "column_in_schema" in _message("entities", frame.assign(extra=1))


def test_writer_refuses_invalid_rows_and_leaves_no_file(tmp_path) -> None:
    path = tmp_path / "entities.parquet"
    with pytest.raises(TableValidationError, match="entities"), TableWriter(path, "entities") as w:
        w.write([{**ENTITY, "start": -3, "end": 2}])
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_every_column_is_described() -> None:
    for table in TABLES.values():
        undocumented = [c for c, d in table.column_descriptions().items() if not d]
        assert not undocumented, f"{table.name}: {undocumented}"
