"""Cross-table checks: keys, sort order, foreign keys and the span invariant, in one pass.

A nested entity mention ("Athens" in "Athens Police Department") must name a top-level
mention of the same article as its parent and lie inside the parent's span.

Every part of every table is sorted by article_id, so the check streams a shard's parts
together and holds one article's rows at a time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from dataset import memory
from dataset.cache import ResultCache, code_version
from dataset.check.fast import check_unit_columns
from dataset.io import group_by_article, iter_rows, read_arrow, table_path
from dataset.shards import file_identity, read_parts

SPAN_TABLES = ("entities", "locations", "claims")
MAX_REPORTED = 25
# Checking in worker processes pays only for this many bytes of parts or more. A pool
# costs about 0.1 s to start, and each worker's check costs about 40 % more CPU than the
# same check here (the pages it writes in the heap it shares with this process are
# copied first). BBC at 1x (5 shards, 5.2 MB) is checked in 0.13-0.15 s here against
# 0.21-0.23 s on two workers; the two are even at about 20 such shards.
POOL_BYTES = 16 * 2**20
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

    def extend(self, messages: list[str], count: int) -> None:
        """Another report's failures: the first `messages` of `count` in all."""
        for message in messages:
            self.add(message)
        self.count += count - len(messages)


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


def check_tables(
    tables: Path,
    cache_dir: Path | None = None,
    workers: int = 1,
    ahead: Iterable[CheckedAhead] = (),
) -> dict:
    """Run every check; return a JSON-ready report with `ok`, counts and the first failures.

    Tables built in shards are checked shard by shard (a shard's parts of the four tables
    hold the same articles), on up to `workers` processes; with `cache_dir`, a shard whose
    files are unchanged since it last passed is not read again, and a shard `ahead` names
    by its files' identity (`check_ahead`) is not read either. Article ids are checked
    for uniqueness across shards.
    """
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
    failures = _Failures()
    units = _units(present, failures)
    passed = _PassedUnits(cache_dir) if cache_dir is not None else None
    total = _UnitResult(0, dict.fromkeys(present, 0), [], 0)
    repeated = _Failures()

    def unique() -> None:
        if len(units) > 1:
            _unique_articles([unit["articles"] for unit in units], repeated)

    known = {checked.files: checked.result for checked in ahead}
    try:
        keys = [passed.key(unit) if passed is not None else None for unit in units]
        results = [passed.get(key) if passed is not None else None for key in keys]
        todo = [i for i, result in enumerate(results) if result is None]
        found = {i: known.get(_identities(units[i])) if known else None for i in todo}
        fresh = [i for i in todo if found[i] is None]
        checked = _check_units([units[i] for i in fresh], workers, beside=unique)
        found.update(zip(fresh, checked, strict=True))
        for i in todo:
            result = results[i] = found[i]
            if passed is not None and result.failure_count == 0:
                passed.put(keys[i], result)
    finally:
        if passed is not None:
            passed.close()
    for result in results:
        total.checks += result.checks
        for name, count in result.rows.items():
            total.rows[name] += count
        failures.extend(result.failures, result.failure_count)
    if len(units) > 1:
        total.checks += 1
        failures.extend(repeated.items, repeated.count)
    return {
        "ok": failures.count == 0,
        "checks": total.checks,
        "failure_count": failures.count,
        "failures": failures.items,
        "rows": total.rows,
    }


def _units(present: dict[str, Path], failures: _Failures) -> list[dict[str, Path]]:
    """The files to check together: each shard's parts, or whole tables when any table was
    written without shards (by hand, or by an older version)."""
    parts = {name: {p.name: p.path for p in read_parts(path)} for name, path in present.items()}
    if not all(parts.values()):
        return [present]
    for name in SPAN_TABLES:
        for shard in sorted(set(parts[name]) - set(parts["articles"])):
            failures.add(f"{name}: part of shard {shard} has no articles part")
    units = []
    for shard, path in sorted(parts["articles"].items()):
        unit = {"articles": path}
        for name in SPAN_TABLES:
            if shard in parts[name]:
                unit[name] = parts[name][shard]
            else:
                failures.add(f"{name}: no part for shard {shard}; rebuild the table")
        if len(unit) == len(present):
            units.append(unit)
    return units


def _unique_articles(files: list[Path], failures: _Failures) -> None:
    seen: set[str] = set()
    for file in files:
        for article_id in read_arrow(file, ["article_id"]).column("article_id").to_pylist():
            if article_id in seen:
                failures.add(f"articles: {article_id} appears in more than one shard")
            seen.add(article_id)


@dataclass
class _UnitResult:
    checks: int
    rows: dict[str, int]
    failures: list[str]
    failure_count: int


class _PassedUnits:
    """Units that passed every check, keyed by their files' identity and the check's code:
    rewriting a part changes its identity, a reused (hard-linked) part keeps it."""

    def __init__(self, cache_dir: Path):
        self._cache = ResultCache(Path(cache_dir), "check")
        self._version = code_version(__name__, __file__).encode()

    def key(self, unit: dict[str, Path]) -> bytes:
        digest = hashlib.blake2b(self._version, digest_size=20)
        for name in sorted(unit):
            digest.update(f"{name}|{unit[name].name}|{file_identity(unit[name])}\n".encode())
        return digest.digest()

    def get(self, key: bytes) -> _UnitResult | None:
        found = self._cache.get_many([key])
        if key not in found:
            return None
        payload = json.loads(found[key])
        return _UnitResult(payload["checks"], payload["rows"], [], 0)

    def put(self, key: bytes, result: _UnitResult) -> None:
        payload = json.dumps({"checks": result.checks, "rows": result.rows}, sort_keys=True)
        self._cache.put_many([(key, payload.encode())])

    def close(self) -> None:
        self._cache.close()


def _check_units(
    units: list[dict[str, Path]], workers: int, beside: Callable[[], None]
) -> list[_UnitResult]:
    """Each unit's result, in order; units are independent, so with `POOL_BYTES` or more
    to read several run at once, and `beside` (the uniqueness of article ids) runs here
    while the workers check.

    The largest units go first, so the last ones to finish are small and the workers end
    together (the order of the results is the units' own)."""
    sizes = [_unit_bytes(unit) for unit in units]
    if workers <= 1 or len(units) <= 1 or sum(sizes) < POOL_BYTES:
        beside()
        return [_check_unit(unit) for unit in units]
    order = sorted(range(len(units)), key=lambda i: -sizes[i])
    # Forked workers inherit the build's heap (lexicons, gazetteer); frozen, it is not
    # walked by their collections, whose touches would copy its pages into each worker.
    with memory.frozen_heap(), ProcessPoolExecutor(min(workers, len(units))) as pool:
        futures = {i: pool.submit(_check_unit_and_trim, units[i]) for i in order}
        beside()
        return [futures[i].result() for i in range(len(units))]


def _unit_bytes(unit: dict[str, Path]) -> int:
    """How much a unit's check reads: the size of its files."""
    return sum(file.stat().st_size for file in unit.values() if file.is_file())


def checked_here(units: list[dict[str, Path]]) -> bool:
    """Whether `check_tables` would check these units in its own process (below
    `POOL_BYTES`); a larger check forks its own pool."""
    return sum(_unit_bytes(unit) for unit in units) < POOL_BYTES


def _identities(unit: dict[str, Path]) -> tuple[tuple[str, str], ...]:
    """A unit's files by table and `file_identity`, which moving them into place keeps."""
    return tuple(sorted((name, file_identity(path)) for name, path in unit.items()))


@dataclass(frozen=True)
class CheckedAhead:
    """A shard's result, checked before its parts moved into place, and the files it read."""

    files: tuple[tuple[str, str], ...]
    result: _UnitResult


def check_ahead(unit: dict[str, Path]) -> CheckedAhead:
    """Check a shard whose parts are written but not yet moved into place.

    `dataset build` has its pool's workers, idle once the last batches are handed out,
    check the shards finished by then while the main process writes the last parts;
    the check after the build takes their results by the files' identity instead of
    reading those shards again. Only for a check `checked_here`: each worker checking
    holds a shard's columns beside what its extraction kept (a 10x build's peak grew
    from 402 to 460 MiB), and a larger check has a pool of its own after the chain."""
    files = _identities(unit)
    return CheckedAhead(files, _check_unit_and_trim(unit))


def _check_unit_and_trim(unit: dict[str, Path]) -> _UnitResult:
    """`_check_unit` in a worker that checks one shard after another: what a shard's rows
    took is handed back to the system, so a worker stays the size of one shard's check
    instead of growing with the corpus."""
    try:
        return _check_unit(unit)
    finally:
        memory.trim()


def _check_unit(unit: dict[str, Path]) -> _UnitResult:
    """Every check on one shard's parts (or on whole tables): on the columns when they
    all pass, else row by row, which words the failures."""
    rows = check_unit_columns(unit, CHECKED_COLUMNS)
    if rows is not None:
        return _UnitResult(sum(rows.values()), rows, [], 0)
    return _walk_unit(unit)


def _walk_unit(unit: dict[str, Path]) -> _UnitResult:
    """Every check on one unit, streaming article by article, each failure in words."""
    failures = _Failures()
    checks = 0
    rows = dict.fromkeys(unit, 0)
    cursors = {
        name: group_by_article(iter_rows(unit[name], columns=list(CHECKED_COLUMNS[name])))
        for name in SPAN_TABLES
    }
    pending = {name: next(cursor, None) for name, cursor in cursors.items()}
    last_key: dict[str, tuple] = {}
    previous_article = ""
    for article in iter_rows(unit["articles"], columns=["article_id", "text"]):
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
                row_id = row.get("mention_id") or row.get("claim_id")
                if not row_id.startswith(f"{article_id}-"):
                    # Ids unique per article and article ids unique across shards make
                    # them unique in the whole table.
                    failures.add(f"{name}: {row_id} does not start with its article id")
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
    return _UnitResult(checks, rows, failures.items, failures.count)
