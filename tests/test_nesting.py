"""Places named inside other names: the nesting rule, the table contract, the check stage
and how the evaluators treat nested rows."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from dataset import io
from dataset.check.crosscheck import check_tables
from dataset.entities.extract import extract_entities
from dataset.entities.params import EntityParams
from dataset.evaluate.entities import COARSE, score_entities, top_level
from dataset.evaluate.mention_recall import score_mention_recall
from dataset.evaluate.toponyms import score_toponyms
from dataset.io import TableValidationError, to_frame, validate, write_table
from dataset.load import load
from dataset.locations.params import LocationParams
from dataset.locations.resolve import resolve_locations
from dataset.stages import run_ingest
from dataset.tables import spec

PARAMS = EntityParams()


def _rows(text: str, params: EntityParams = PARAMS) -> list[dict]:
    return extract_entities("a", text, params)


def _nested(rows: list[dict]) -> dict[str, dict]:
    """Nested rows by surface text."""
    return {r["text"]: r for r in rows if r["parent_mention_id"] is not None}


def _parent(rows: list[dict], row: dict) -> dict:
    return next(r for r in rows if r["mention_id"] == row["parent_mention_id"])


@pytest.mark.parametrize(
    ("text", "parent", "place", "label", "method"),
    [
        (
            "Officers of the Athens Police Department arrested him.",
            "Athens Police Department",
            "Athens",
            "GPE",
            "nested-modifier",
        ),
        (
            "He was held at the Henderson County Jail on Monday.",
            None,
            "Henderson County",
            "GPE",
            "nested-modifier",
        ),
        (
            "Students at Kabul University protested.",
            "Kabul University",
            "Kabul",
            "GPE",
            "nested-modifier",
        ),
        ("A study by the University of Texas was cited.", None, "Texas", "GPE", "nested-of"),
        ("The Bank of England raised rates.", "Bank of England", "England", "GPE", "nested-of"),
        ("Storms hit North Texas on Sunday.", "North Texas", "Texas", "GPE", "nested-region"),
        ("She told CBC Toronto on Monday.", "CBC Toronto", "Toronto", "GPE", "nested-branch"),
        ("Floods hit North U.S. towns.", None, "U.S.", "GPE", "nested-region"),
        (
            "Charges were filed by the U.S. Department of Justice on Friday.",
            "U.S. Department of Justice",
            "U.S.",
            "GPE",
            "nested-modifier",
        ),
    ],
)
def test_a_place_inside_a_name_is_a_nested_row(
    text: str, parent: str | None, place: str, label: str, method: str
) -> None:
    rows = _rows(text)
    nested = _nested(rows)
    assert place in nested, rows
    row = nested[place]
    assert (row["label"], row["method"]) == (label, method)
    assert text[row["start"] : row["end"]] == row["text"] == place
    enclosing = _parent(rows, row)
    assert enclosing["parent_mention_id"] is None
    assert enclosing["start"] <= row["start"] and row["end"] <= enclosing["end"]
    assert enclosing["end"] - enclosing["start"] > row["end"] - row["start"]
    if parent is not None:
        assert enclosing["text"] == parent
    assert 0 < row["confidence"] < 1


@pytest.mark.parametrize(
    "text",
    [
        "He lives on Memphis Street near the park.",  # a street is named after, not in, a place
        "The Chamber of Commerce met on Friday.",  # "Commerce" is a word before a town
        "Floods hit West Virginia again.",  # a place's own name holds no other place
        "Talks with the Republic of Korea resumed.",  # a country's formal name
        "The Golden State Warriors won.",  # no place at all
    ],
)
def test_no_nested_place_where_the_name_does_not_hold_one(text: str) -> None:
    assert _nested(_rows(text)) == {}


def test_nested_key_is_the_key_of_the_same_place_named_on_its_own() -> None:
    text = "Athens is quiet. The Athens Police Department said Athens was safe."
    rows = _rows(text)
    flat = [r for r in rows if r["text"] == "Athens" and r["parent_mention_id"] is None]
    nested = [r for r in rows if r["text"] == "Athens" and r["parent_mention_id"] is not None]
    assert flat and len(nested) == 1
    assert {r["entity_key"] for r in flat} == {nested[0]["entity_key"]}
    assert nested[0]["canonical"] == flat[0]["canonical"]


def test_rows_keep_the_table_contract_with_nesting() -> None:
    text = (
        "A study by the University of Texas was cited by the Athens Police Department. "
        "Storms hit North Texas. Students at Kabul University protested."
    )
    rows = _rows(text)
    assert sum(r["parent_mention_id"] is not None for r in rows) == 4
    keys = [(r["start"], r["end"]) for r in rows]
    assert keys == sorted(keys)
    ids = [r["mention_id"] for r in rows]
    assert ids == [f"a-e{n:04d}" for n in range(len(rows))]
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]
    validate(to_frame(rows, spec("entities")), spec("entities"))
    assert _rows(text) == rows  # deterministic


def test_nesting_can_be_switched_off_and_leaves_the_flat_rows_alone() -> None:
    text = "Officers of the Athens Police Department arrested him."
    off = _rows(text, EntityParams(nested_places=False))
    assert all(r["parent_mention_id"] is None for r in off)
    on = [r for r in _rows(text) if r["parent_mention_id"] is None]

    def without_ids(rows: list[dict]) -> list[dict]:
        return [{k: v for k, v in r.items() if k != "mention_id"} for r in rows]

    assert without_ids(on) == without_ids(off)


def test_locations_resolve_nested_places_in_the_article_context() -> None:
    text = (
        "ATHENS, Ga. -- The Athens Police Department arrested two men on Tuesday, "
        "police in Georgia said."
    )
    entities = _rows(text)
    athens = _nested(entities)["Athens"]
    rows = resolve_locations("a", text, LocationParams(), entities)
    row = next(r for r in rows if r["mention_id"] == athens["mention_id"])
    assert (row["start"], row["end"], row["text"]) == (athens["start"], athens["end"], "Athens")
    assert (row["country_code"], row["admin1"]) == ("US", "GA")


# --- schema and check stage -----------------------------------------------------------

_ARTICLE = "0123456789abcdef"


def _entity(n: int, start: int, end: int, text: str, label: str, parent: int | None) -> dict:
    return {
        "article_id": _ARTICLE,
        "mention_id": f"{_ARTICLE}-e{n:04d}",
        "start": start,
        "end": end,
        "text": text,
        "label": label,
        "entity_key": f"{label}:{text.lower().replace(' ', '_')}",
        "canonical": text,
        "sentence": 0,
        "method": "test",
        "confidence": 0.8,
        "parent_mention_id": None if parent is None else f"{_ARTICLE}-e{parent:04d}",
    }


TEXT = "Athens Police Department said."
PLACE = _entity(0, 0, 6, "Athens", "GPE", 1)
ORG = _entity(1, 0, 24, "Athens Police Department", "ORG", None)


def test_schema_accepts_a_nested_row_inside_its_parent() -> None:
    validate(to_frame([PLACE, ORG], spec("entities")), spec("entities"))


@pytest.mark.parametrize(
    "place",
    [
        {**PLACE, "parent_mention_id": f"{_ARTICLE}-e0009"},  # no such mention
        {**PLACE, "start": 25, "end": 29, "text": "said"},  # outside the parent
        {**PLACE, "parent_mention_id": PLACE["mention_id"]},  # its own parent
        {**PLACE, "article_id": "ffffffffffffffff"},  # its parent is in another article
        {**PLACE, "end": 24, "text": "Athens Police Department"},  # as long as its parent
    ],
)
def test_schema_rejects_a_nested_row_without_a_proper_parent(place: dict) -> None:
    rows = sorted([place, ORG], key=lambda r: (r["start"], r["end"]))
    with pytest.raises(TableValidationError, match="nested_span"):
        validate(to_frame(rows, spec("entities")), spec("entities"))


def test_a_nested_row_and_its_parent_may_fall_in_different_row_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer validates whole articles: a row group boundary between a parent and
    the place nested in it is no validation error."""
    monkeypatch.setitem(io.ROW_GROUP_ROWS, "entities", 1)
    with io.TableWriter(tmp_path / "entities.parquet", "entities") as writer:
        writer.write([ORG, PLACE])
    assert pq.ParquetFile(tmp_path / "entities.parquet").metadata.num_row_groups == 2
    orphan = {**PLACE, "parent_mention_id": f"{_ARTICLE}-e0009"}
    with (
        pytest.raises(TableValidationError, match="nested_span"),
        io.TableWriter(tmp_path / "bad.parquet", "entities") as writer,
    ):
        writer.write([orphan, ORG])


def _tables(tmp_path: Path, entity_rows: list[dict]) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    raw = tmp_path / "raw.jsonl"
    raw.write_text('{"id": "1", "text": "' + TEXT + '"}\n', encoding="utf-8")
    out = tmp_path / "tables"
    run_ingest([raw], out, {})
    article_id = load("articles", out).loc[0, "article_id"]
    rows = []
    for row in entity_rows:
        fixed = {**row, "article_id": article_id}
        fixed["mention_id"] = row["mention_id"].replace(_ARTICLE, article_id)
        if row["parent_mention_id"] is not None:
            fixed["parent_mention_id"] = row["parent_mention_id"].replace(_ARTICLE, article_id)
        rows.append(fixed)
    # Written without the schema's nesting check, as a table from elsewhere might be.
    frame = to_frame(rows, spec("entities"))
    frame.to_parquet(out / "entities.parquet", index=False)
    write_table(out / "locations.parquet", "locations", [])
    write_table(out / "claims.parquet", "claims", [])
    return out


def test_check_accepts_nested_rows(tmp_path: Path) -> None:
    report = check_tables(_tables(tmp_path, [PLACE, ORG]))
    assert report["ok"], report["failures"]
    assert report["rows"]["entities"] == 2


def test_check_reports_a_missing_parent_and_a_span_outside_it(tmp_path: Path) -> None:
    orphan = {**PLACE, "parent_mention_id": f"{_ARTICLE}-e0009"}
    report = check_tables(_tables(tmp_path / "a", [orphan, ORG]))
    assert not report["ok"]
    assert any("is not a mention of its article" in f for f in report["failures"])
    outside = _entity(2, 25, 29, "said", "GPE", 1)
    report = check_tables(_tables(tmp_path / "b", [PLACE, ORG, outside]))
    assert any("is not inside its parent" in f for f in report["failures"])


# --- evaluators -------------------------------------------------------------------------


def test_entity_scores_use_only_top_level_mentions() -> None:
    gold = {"d": [{"start": 0, "end": 24, "label": "ORG"}]}
    flat = {"d": [ORG]}
    nested = {"d": [PLACE, ORG]}
    assert top_level([PLACE, ORG]) == [ORG]
    assert score_entities(gold, nested) == score_entities(gold, flat)
    assert (score_entities(gold, nested)["fp"], score_entities(gold, nested)["tp"]) == (0, 1)
    # A nested row matching a gold span exactly is not a hit either: flat gold, flat scoring.
    place_gold = {"d": [{"start": 0, "end": 6, "label": "LOC"}]}
    assert score_entities(place_gold, nested)["tp"] == 0


def test_a_gold_scheme_without_events_scores_the_place_inside_an_event() -> None:
    # "Battle of Marengo": UNER has no event label, so its flat layer is the place.
    battle = _entity(1, 0, 17, "Battle of Marengo", "EVENT", None)
    marengo = _entity(0, 10, 17, "Marengo", "GPE", 1)
    gold = {"d": [{"start": 10, "end": 17, "label": "LOC"}]}
    uner = score_entities(gold, {"d": [marengo, battle]}, annotated=COARSE)
    assert (uner["tp"], uner["fp"], uner["fn"]) == (1, 0, 0)
    # OntoNotes-style gold has events, so the nested place is not its mention.
    assert score_entities(gold, {"d": [marengo, battle]})["tp"] == 0
    # Inside a name UNER does annotate, the place stays out.
    assert top_level([PLACE, ORG], annotated=COARSE) == [ORG]


def test_mention_recall_uses_only_top_level_mentions() -> None:
    gold = {"d": [{"start": 0, "end": 6, "label": "LOC"}]}
    score = score_mention_recall(gold, {"d": [PLACE, ORG]}, {"d": TEXT})
    assert score["all"]["found"] == 0


def test_toponym_scores_count_nested_places() -> None:
    gold = {"d": [{"start": 0, "end": 6, "lat": 33.96, "lon": -83.38}]}
    predicted = {"d": [{"start": 0, "end": 6, "latitude": 33.96, "longitude": -83.38}]}
    score = score_toponyms(gold, predicted)
    assert score["recognition"]["tp"] == 1 and score["accuracy_km"] == 1.0


def test_nullable_parent_reads_back_as_missing(tmp_path: Path) -> None:
    out = _tables(tmp_path, [PLACE, ORG])
    frame = load("entities", out)
    assert frame["parent_mention_id"].isna().tolist() == [False, True]
    assert isinstance(frame["parent_mention_id"].dtype, pd.StringDtype)


# --- locations: what is not a toponym --------------------------------------------------


def _mention(n: int, text: str, surface: str, label: str, parent: int | None = None) -> dict:
    start = text.index(surface)
    return {
        "mention_id": f"a-e{n:04d}",
        "start": start,
        "end": start + len(surface),
        "text": surface,
        "label": label,
        "parent_mention_id": None if parent is None else f"a-e{parent:04d}",
    }


SKIP_TEXT = (
    "He was held at Henderson County Jail on Memphis Street, and the Laurel County School "
    "District closed."
)
SKIP_ROWS = sorted(
    [
        _mention(0, SKIP_TEXT, "Henderson County Jail", "FAC"),
        _mention(1, SKIP_TEXT, "Henderson County", "GPE", parent=0),
        _mention(2, SKIP_TEXT, "Memphis Street", "FAC"),
        _mention(3, SKIP_TEXT, "Laurel County School District", "GPE"),
        _mention(4, SKIP_TEXT, "Laurel County", "GPE", parent=3),
    ],
    key=lambda r: (r["start"], r["end"]),
)


def test_unresolved_buildings_and_enclosing_names_are_not_toponyms() -> None:
    rows = resolve_locations("a", SKIP_TEXT, LocationParams(), SKIP_ROWS)
    texts = [r["text"] for r in rows]
    assert texts == ["Henderson County", "Memphis Street", "Laurel County"]
    assert rows[0]["resolution"] == "admin2" and rows[2]["resolution"] == "admin2"
    assert rows[1]["resolution"] == "unresolved"  # a street stays a place, unresolved


def test_skipping_is_a_parameter() -> None:
    params = LocationParams(
        skip_unresolved_buildings=False,
        skip_unresolved_enclosing=False,
        skip_service_districts=False,  # "School District" is also a service district
    )
    rows = resolve_locations("a", SKIP_TEXT, params, SKIP_ROWS)
    assert [r["mention_id"] for r in rows] == [r["mention_id"] for r in SKIP_ROWS]
