"""Pipeline parameters: typed defaults in code, overridden by `params.yaml`.

Every tunable lives in a stage's dataclass; `params.yaml` repeats them so DVC can track
each one (a test keeps the two in step). Unknown keys are an error, so a typo in
`params.yaml` cannot silently fall back to a default.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any, TypeVar

import yaml

T = TypeVar("T")

PARAMS_FILE = Path("params.yaml")


def load_params(path: Path | None = None) -> dict[str, Any]:
    """Read params.yaml (by default from the working directory); {} when there is none."""
    path = Path(path) if path else PARAMS_FILE
    if not path.exists():
        return {}
    loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(loaded, dict):
        raise ValueError(
            f"{path}: expected a mapping of stage sections, got {type(loaded).__name__}"
        )
    return loaded


def section(params: dict[str, Any], name: str, cls: type[T]) -> T:
    """Build a stage's params dataclass from its section, rejecting unknown keys."""
    values = params.get(name) or {}
    known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(
            f"params.yaml section {name!r}: unknown key(s) {', '.join(unknown)}; "
            f"known keys are {', '.join(sorted(known))}"
        )
    defaults = cls()
    merged = {}
    for key, value in values.items():
        default = getattr(defaults, key)
        merged[key] = tuple(value) if isinstance(default, tuple) and value is not None else value
    return dataclasses.replace(defaults, **merged)  # type: ignore[type-var]


def params_hash(*sections: object) -> str:
    """A short, stable hash of parameter dataclasses, recorded in table metadata."""
    payload = [dataclasses.asdict(s) for s in sections]  # type: ignore[call-overload]
    digest = hashlib.sha256(json.dumps(payload, sort_keys=True, default=list).encode())
    return digest.hexdigest()[:16]


@dataclasses.dataclass(frozen=True)
class RunParams:
    """How stages run: none of these changes the bytes of a table."""

    batch_size: int = 64
    workers: int = 0  # 0 = one per CPU core
    # Dask scheduler address (tcp://host:8786); None = local processes. The CLI's
    # --scheduler overrides it; $CONFLICT_NEWS_SCHEDULER applies when neither names one.
    scheduler: str | None = None
    # Per-article result cache for incremental builds (see dataset/cache.py).
    cache: bool = True
    cache_dir: str = ".cache/conflict-news"


@dataclasses.dataclass(frozen=True)
class IngestParams:
    """How raw records become articles."""

    language: str = "en"
    # Mean number of raw records per shard (`dataset.shards`): the unit a build reuses or
    # recomputes, and one part file of every table. It decides which rows share a file.
    shard_records: int = 1024
    # Encodings tried in order for text files; a record none of them decodes is rejected.
    encodings: tuple[str, ...] = ("utf-8",)
    # Whole paragraphs matching one of these (case-insensitive) are site boilerplate.
    boilerplate: tuple[str, ...] = (
        r"\(?to receive our e-paper on whatsapp.*",
        r"\(?(click|tap) here to (subscribe|read|download|join).*",
        r"(also read|read also|read more|recommended)\s*[:|-].{0,200}",
        r"(follow|like) us on (twitter|facebook|instagram|telegram|whatsapp|google news).*",
        r"\(?this (story|article) (has been|was) (published|auto-generated) from a "
        r"(wire|syndicated) (agency )?feed.*",
    )
    # A last paragraph of at most this many capitalised words, without sentence
    # punctuation, is the publisher's sign-off ("Free Press Journal").
    publisher_line_max_words: int = 5
    # Licences whose text a release may publish (SPDX ids, compared case-insensitively).
    open_licenses: tuple[str, ...] = (
        "CC0-1.0",
        "CC-BY-2.5",
        "CC-BY-3.0",
        "CC-BY-4.0",
        "CC-BY-SA-3.0",
        "CC-BY-SA-4.0",
        "PDDL-1.0",
        "public-domain",
    )
