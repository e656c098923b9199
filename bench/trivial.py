"""A trivial stand-in for the extractors, to measure the runner and I/O alone.

Not a pipeline stage: `python -m bench.trivial build …` runs the project's CLI with these
functions in place of the real extractors, so the benchmark (and tests) can tell the cost
of the machinery (ingest, runner, cache, validation, writing, check) from extraction.
Rows are valid: capitalised words are PERSON/GPE mentions, GPE mentions become unresolved
locations, and sentences holding " said" become indirect claims.
"""

from __future__ import annotations

import os
import re
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, fields

WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]")


@dataclass(frozen=True)
class TrivialParams:
    """Stand-in params; `min_length` exists so tests can change a parameter."""

    min_length: int = 3


def extract_entities(article_id: str, text: str, params: TrivialParams) -> list[dict]:
    rows = []
    for match in WORD.finditer(text):
        word = match.group()
        if len(word) < params.min_length:
            continue
        label = "GPE" if len(word) % 2 else "PERSON"
        rows.append(
            {
                "article_id": article_id,
                "mention_id": f"{article_id}-e{len(rows)}",
                "start": match.start(),
                "end": match.end(),
                "text": word,
                "label": label,
                "entity_key": f"{label}:{word.lower()}",
                "canonical": word,
                "sentence": 0,
                "method": "bench.trivial",
                "confidence": 0.5,
            }
        )
    return rows


def resolve_locations(
    article_id: str, text: str, params: TrivialParams, entities: list[dict]
) -> list[dict]:
    return [
        {
            "article_id": article_id,
            "mention_id": row["mention_id"],
            "start": row["start"],
            "end": row["end"],
            "text": row["text"],
            "geonameid": None,
            "name": None,
            "feature_code": None,
            "country_code": None,
            "admin1": None,
            "latitude": None,
            "longitude": None,
            "resolution": "unresolved",
            "candidates": 0,
            "confidence": 0.1,
        }
        for row in entities
        if row["label"] == "GPE"
    ]


def extract_claims(
    article_id: str, text: str, params: TrivialParams, entities: list[dict]
) -> list[dict]:
    rows = []
    for number, match in enumerate(SENTENCE.finditer(text)):
        if " said" not in match.group():
            continue
        rows.append(
            {
                "article_id": article_id,
                "claim_id": f"{article_id}-c{len(rows)}",
                "start": match.start(),
                "end": match.end(),
                "text": match.group(),
                "claimant": None,
                "claimant_start": None,
                "claimant_end": None,
                "claimant_key": None,
                "cue": "said",
                "cue_start": None,
                "cue_end": None,
                "kind": "indirect",
                "hedged": False,
                "hedge": None,
                "sentence": number,
                "quantities": [],
                "method": "bench.trivial",
                "confidence": 0.5,
            }
        )
    return rows


def gazetteer_metadata() -> dict:
    return {"gazetteer": "none"}


def preload(params: TrivialParams) -> None:
    """The stand-ins have nothing to load."""


STAGES = ("entities", "locations", "claims")
STAGES_ENV = "BENCH_TRIVIAL_STAGES"


def modules(stages: tuple[str, ...] = STAGES) -> dict[str, dict]:
    """The extractor modules the stage commands import, and what they must hold."""
    every = {
        "entities": {
            "dataset.entities.extract": {
                "extract_entities": extract_entities,
                "preload": preload,
            },
            "dataset.entities.params": {"EntityParams": TrivialParams},
        },
        "locations": {
            "dataset.locations.resolve": {
                "resolve_locations": resolve_locations,
                "gazetteer_metadata": gazetteer_metadata,
                "preload": preload,
            },
            "dataset.locations.params": {"LocationParams": TrivialParams},
        },
        "claims": {
            "dataset.claims.extract": {"extract_claims": extract_claims, "preload": preload},
            "dataset.claims.params": {"ClaimParams": TrivialParams},
        },
    }
    return {name: contents for stage in stages for name, contents in every[stage].items()}


def _lenient_section(original: Callable) -> Callable:
    """params.yaml holds the real extractors' keys; the stand-ins ignore them."""

    def section(params: dict, name: str, cls: type) -> object:
        if cls is TrivialParams:
            known = {f.name for f in fields(TrivialParams)}
            values = {k: v for k, v in (params.get(name) or {}).items() if k in known}
            params = {**params, name: values}
        return original(params, name, cls)

    return section


def as_modules(contents: dict[str, dict]) -> dict[str, types.ModuleType]:
    built = {}
    for name, attributes in contents.items():
        module = types.ModuleType(name)
        module.__dict__.update(attributes)
        module.__file__ = __file__
        built[name] = module
    return built


def install(stages: tuple[str, ...] | None = None) -> None:
    """Stand these functions in for the extractors (in this process and its forks).

    `stages` (default: $BENCH_TRIVIAL_STAGES, comma-separated, else all three) names
    which extractors to replace, so a real extractor can be measured beside stand-ins.
    """
    import dataset.params
    import dataset.stages

    if stages is None:
        chosen = os.environ.get(STAGES_ENV)
        stages = tuple(s for s in chosen.split(",") if s) if chosen is not None else STAGES
    sys.modules.update(as_modules(modules(stages)))
    lenient = _lenient_section(dataset.params.section)
    dataset.params.section = lenient
    dataset.stages.section = lenient


if __name__ == "__main__":
    install()
    from dataset.cli import main

    sys.exit(main())
