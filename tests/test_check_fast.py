"""The column pass of the check passes exactly the shards the row walk passes.

Each broken table below fails the row walk; the column pass must then answer "not sure"
(None) so that the walk words the failure. On sound tables both give the same counts.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pyarrow
import pyarrow.parquet as pq
import pytest

from dataset.check import fast
from dataset.check.crosscheck import CHECKED_COLUMNS, _walk_unit, check_unit_columns
from dataset.tables import spec

TEXTS = {
    "a1": "Kabul fell to the Taliban, the governor of Herat said on Sunday.",
    "b2": "About 400 people fled Mariupol, according to the UN agency in Kyiv.",
    "c3": "Héctor Ruiz (El País) counted 12 dead near Ciudad Juárez, police said.",
}


def _span(article: str, text: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXTS[article].index(text, start + 1)
    return start, start + len(text)


def _entity(article: str, n: int, text: str, label: str = "GPE", parent: str | None = None):
    start, end = _span(article, text)
    return {
        "article_id": article,
        "mention_id": f"{article}-e{n}",
        "start": start,
        "end": end,
        "text": text,
        "parent_mention_id": parent,
        "label": label,
    }


def _claim(article: str, n: int, content: str, claimant: str | None, quantity: str | None):
    start, end = _span(article, content)
    row = {
        "article_id": article,
        "claim_id": f"{article}-c{n}",
        "start": start,
        "end": end,
        "text": content,
        "claimant": claimant,
        "claimant_start": None,
        "claimant_end": None,
        "cue_start": None,
        "cue_end": None,
        "quantities": [],
    }
    if claimant is not None:
        row["claimant_start"], row["claimant_end"] = _span(article, claimant)
        row["cue_start"], row["cue_end"] = row["claimant_end"] + 1, row["claimant_end"] + 5
    if quantity is not None:
        q_start, q_end = _span(article, quantity)
        row["quantities"] = [
            {"value": 1.0, "unit": "person", "text": quantity, "start": q_start, "end": q_end}
        ]
    return row


def _sound() -> dict[str, list[dict]]:
    return {
        "articles": [{"article_id": a, "text": t} for a, t in TEXTS.items()],
        "entities": [
            _entity("a1", 0, "Kabul"),
            _entity("a1", 1, "Taliban", "ORG"),
            _entity("a1", 2, "Herat"),
            _entity("b2", 0, "Mariupol"),
            _entity("b2", 1, "UN", "ORG"),
            _entity("b2", 2, "Kyiv"),
            _entity("c3", 0, "Héctor Ruiz", "PERSON"),
            _entity("c3", 1, "El País", "ORG"),
            _entity("c3", 2, "País", "GPE", parent="c3-e1"),
            _entity("c3", 3, "Ciudad Juárez"),
        ],
        "locations": [
            {"article_id": "a1", "mention_id": "a1-e0", "start": 0, "end": 5, "text": "Kabul"},
            {"article_id": "a1", "mention_id": "a1-e2", **_located("a1", "Herat")},
            {"article_id": "b2", "mention_id": "b2-e0", **_located("b2", "Mariupol")},
            {"article_id": "c3", "mention_id": "c3-e3", **_located("c3", "Ciudad Juárez")},
        ],
        "claims": [
            _claim("a1", 0, "Kabul fell to the Taliban", "the governor of Herat", None),
            _claim("b2", 0, "About 400 people fled Mariupol", None, "400 people"),
            _claim("c3", 0, "counted 12 dead near Ciudad Juárez", "Héctor Ruiz", "12 dead"),
        ],
    }


def _located(article: str, text: str) -> dict:
    start, end = _span(article, text)
    return {"start": start, "end": end, "text": text}


def _write(directory: Path, tables: dict[str, list[dict]]) -> dict[str, Path]:
    """The tables with just the checked columns, written as they are (no validation)."""
    directory.mkdir(parents=True, exist_ok=True)
    unit = {}
    for name, rows in tables.items():
        columns = ["article_id", "text"] if name == "articles" else list(CHECKED_COLUMNS[name])
        schema = pyarrow.schema([spec(name).arrow_schema.field(c) for c in columns])
        table = pyarrow.Table.from_pylist(
            [{c: row.get(c) for c in columns} for row in rows], schema=schema
        )
        unit[name] = directory / f"{name}.parquet"
        pq.write_table(table, unit[name])
    return unit


def _set(table: str, index: int, **values) -> Callable[[dict], None]:
    def change(tables: dict) -> None:
        tables[table][index].update(values)

    return change


def _swap(table: str, i: int, j: int) -> Callable[[dict], None]:
    def change(tables: dict) -> None:
        rows = tables[table]
        rows[i], rows[j] = rows[j], rows[i]

    return change


def _drop(table: str, index: int) -> Callable[[dict], None]:
    return lambda tables: tables[table].pop(index)


def _quantity(**values) -> Callable[[dict], None]:
    def change(tables: dict) -> None:
        tables["claims"][1]["quantities"][0].update(values)

    return change


BREAKS = {
    "entity text differs": _set("entities", 0, text="Kabal"),
    "entity span shifted": _set("entities", 1, start=19, end=26),
    "entity past the text": _set("entities", 5, start=65, end=70, text="Kyiv."),
    "empty span": _set("entities", 0, end=0, text=""),
    "negative start": _set("entities", 0, start=-1),
    "unknown article": _set("entities", 9, article_id="d4", mention_id="d4-e3"),
    "article before every article": _set("entities", 0, article_id="a0", mention_id="a0-e0"),
    "entities out of order": _swap("entities", 0, 1),
    "articles out of order": _swap("articles", 0, 1),
    "articles repeated": _set("articles", 1, article_id="a1", text=TEXTS["a1"]),
    "id without its article": _set("entities", 3, mention_id="a1-e9"),
    "id of another form": _set("claims", 0, claim_id="a1c0"),
    "parent missing": _set("entities", 8, parent_mention_id="c3-e9"),
    "parent in another article": _set("entities", 8, parent_mention_id="b2-e1"),
    "parent itself nested": _set("entities", 7, parent_mention_id="c3-e0"),
    "child outside its parent": _set("entities", 8, parent_mention_id="c3-e0"),
    "child as long as its parent": _set(
        "entities", 8, parent_mention_id="c3-e3", start=43, end=56, text="Ciudad Juárez"
    ),
    "location of no mention": _set("locations", 0, mention_id="a1-e1x"),
    "location of another article's mention": _set("locations", 2, mention_id="a1-e0"),
    "location without its entity": _drop("entities", 2),
    "location text differs": _set("locations", 3, text="Ciudad Juarez"),
    "claimant differs": _set("claims", 0, claimant="the governor of Kabul"),
    "claimant past the text": _set("claims", 2, claimant_start=60, claimant_end=80),
    "cue past the text": _set("claims", 0, cue_start=60, cue_end=90),
    "cue reversed": _set("claims", 0, cue_start=30, cue_end=30),
    "quantity differs": _quantity(text="401 people"),
    "quantity outside the text": _quantity(start=90, end=100),
    "claims out of order": _swap("claims", 1, 2),
    "rows after the last article": _set("claims", 2, article_id="z9", claim_id="z9-c0"),
}


def test_sound_tables_pass_both_ways_with_the_same_counts(tmp_path: Path) -> None:
    unit = _write(tmp_path, _sound())
    walked = _walk_unit(unit)
    assert walked.failure_count == 0, walked.failures
    assert check_unit_columns(unit, CHECKED_COLUMNS) == walked.rows
    assert walked.rows == {"articles": 3, "entities": 10, "locations": 4, "claims": 3}


@pytest.mark.parametrize("chunk", [1, 2, 2048])
@pytest.mark.parametrize("name", sorted(BREAKS))
def test_a_broken_table_is_left_to_the_row_walk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, chunk: int
) -> None:
    monkeypatch.setattr(fast, "CHUNK_ARTICLES", chunk)
    tables = copy.deepcopy(_sound())
    BREAKS[name](tables)
    unit = _write(tmp_path, tables)
    assert _walk_unit(unit).failure_count > 0
    assert check_unit_columns(unit, CHECKED_COLUMNS) is None


@pytest.mark.parametrize("chunk", [1, 2])
def test_chunks_of_articles_give_the_same_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(fast, "CHUNK_ARTICLES", chunk)
    unit = _write(tmp_path, _sound())
    assert check_unit_columns(unit, CHECKED_COLUMNS) == _walk_unit(unit).rows


def test_tables_without_rows_pass(tmp_path: Path) -> None:
    tables = {**_sound(), "locations": [], "claims": []}
    unit = _write(tmp_path, tables)
    assert _walk_unit(unit).failure_count == 0
    assert check_unit_columns(unit, CHECKED_COLUMNS) == {
        "articles": 3,
        "entities": 10,
        "locations": 0,
        "claims": 0,
    }
