"""Cross-table checks: keys, sort order, foreign keys and the span invariant, in one pass.

A nested entity mention ("Athens" in "Athens Police Department") must name a top-level
mention of the same article as its parent and lie inside the parent's span.

Every table is sorted by article_id, so the check streams all of them together and
holds one article's rows at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dataset.io import group_by_article, iter_rows
from dataset.load import table_path

SPAN_TABLES = ("entities", "locations", "claims")
MAX_REPORTED = 25
# The columns the checks read: building row dicts is the check's main cost, so only these.
_SPAN = ("article_id", "start", "end", "text")
CHECKED_COLUMNS = {
    "entities": (*_SPAN, "mention_id", "parent_mention_id"),
    "locations": (*_SPAN, "mention_id"),
    "claims": (
        *_SPAN,
        "claim_id",
        "claimant",
        "claimant_start",
        "claimant_end",
        "cue_start",
        "cue_end",
        "quantities",
    ),
}


class _Failures:
    def __init__(self) -> None:
        self.items: list[str] = []
        self.count = 0

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.items) < MAX_REPORTED:
            self.items.append(message)


def _span_failures(table: str, row: dict, text: str) -> Iterator[str]:
    """Every span a row holds must equal the text it points at."""
    row_id = row.get("mention_id") or row.get("claim_id")
    spans = [("text", row["start"], row["end"], row["text"])]
    if table == "claims":
        if row.get("claimant") is not None:
            spans.append(("claimant", row["claimant_start"], row["claimant_end"], row["claimant"]))
        if row.get("cue_start") is not None:
            spans.append(("cue", row["cue_start"], row["cue_end"], None))
        for quantity in row.get("quantities") or []:
            spans.append(("quantity", quantity["start"], quantity["end"], quantity["text"]))
    for column, start, end, expected in spans:
        if not 0 <= start < end <= len(text):
            yield f"{table} {row_id}: {column} span [{start}, {end}) outside the article text"
        elif expected is not None and text[start:end] != expected:
            yield (
                f"{table} {row_id}: {column} is {expected!r} but articles.text[{start}:{end}] "
                f"is {text[start:end]!r}"
            )


def _nesting_failures(mentions: dict[str, dict]) -> Iterator[str]:
    """One article's nested mentions against their parents (which may sort after them)."""
    for mention_id, row in mentions.items():
        parent_id = row.get("parent_mention_id")
        if parent_id is None:
            continue
        parent = mentions.get(parent_id)
        if parent is None:
            yield f"entities {mention_id}: parent {parent_id} is not a mention of its article"
        elif parent.get("parent_mention_id") is not None:
            yield f"entities {mention_id}: parent {parent_id} is itself nested"
        elif not (
            parent["start"] <= row["start"]
            and row["end"] <= parent["end"]
            and row["end"] - row["start"] < parent["end"] - parent["start"]
        ):
            yield (
                f"entities {mention_id}: span [{row['start']}, {row['end']}) is not inside its "
                f"parent {parent_id} [{parent['start']}, {parent['end']})"
            )


def check_tables(tables: Path) -> dict:
    """Run every check; return a JSON-ready report with `ok`, counts and the first failures."""
    failures = _Failures()
    checks = 0
    present = {name: table_path(tables, name) for name in ("articles", *SPAN_TABLES)}
    missing = [name for name, path in present.items() if not path.exists()]
    if missing:
        return {
            "ok": False,
            "checks": 0,
            "failure_count": len(missing),
            "failures": [f"table {name} is missing ({present[name]})" for name in missing],
            "rows": {},
        }
    rows = dict.fromkeys(present, 0)
    cursors = {
        name: group_by_article(iter_rows(present[name], columns=list(CHECKED_COLUMNS[name])))
        for name in SPAN_TABLES
    }
    pending = {name: next(cursor, None) for name, cursor in cursors.items()}
    last_key: dict[str, tuple] = {}
    previous_article = ""
    for article in iter_rows(present["articles"], columns=["article_id", "text"]):
        article_id, text = article["article_id"], article["text"]
        rows["articles"] += 1
        checks += 1
        if article_id <= previous_article:
            failures.add(f"articles: {article_id} is out of order or repeated")
        previous_article = article_id
        mentions: dict[str, dict] = {}  # this article's entity rows by mention_id
        for name, cursor in cursors.items():
            while pending[name] is not None and pending[name][0] < article_id:
                orphan_id, orphan_rows = pending[name]
                failures.add(f"{name}: {len(orphan_rows)} rows name unknown article {orphan_id}")
                pending[name] = next(cursor, None)
            group = pending[name][1] if pending[name] and pending[name][0] == article_id else []
            if group:
                pending[name] = next(cursor, None)
            for row in group:
                rows[name] += 1
                checks += 1
                key = (row["article_id"], row["start"], row["end"])
                if name in last_key and key < last_key[name]:
                    failures.add(f"{name}: row {key} is out of (article_id, start, end) order")
                last_key[name] = key
                for failure in _span_failures(name, row, text):
                    failures.add(failure)
                if name == "entities":
                    mentions[row["mention_id"]] = row
                elif name == "locations" and row["mention_id"] not in mentions:
                    failures.add(f"locations: mention {row['mention_id']} is not in entities")
            if name == "entities":
                for failure in _nesting_failures(mentions):
                    failures.add(failure)
    for name, cursor in cursors.items():
        while pending[name] is not None:
            orphan_id, orphan_rows = pending[name]
            failures.add(f"{name}: {len(orphan_rows)} rows name unknown article {orphan_id}")
            pending[name] = next(cursor, None)
    return {
        "ok": failures.count == 0,
        "checks": checks,
        "failure_count": failures.count,
        "failures": failures.items,
        "rows": rows,
    }
