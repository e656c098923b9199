"""Our gold annotation files (`data/gold/*.json`): loading, checking, and conversion.

A gold file holds documents keyed by `article_id` with the `text_sha256` of the cleaned
text its offsets index; every span stores offsets and its surface string, so a change to
cleaning that moves offsets is caught instead of silently scoring the wrong characters.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

FORMAT = "conflict-news-gold/1"


class GoldError(ValueError):
    """A gold file is malformed or does not fit the article text it names."""


@dataclass
class GoldSet:
    """Gold rows of every task, by article id, in the scorers' input form."""

    files: list[str] = field(default_factory=list)
    text_sha256: dict[str, str] = field(default_factory=dict)
    entities: dict[str, list[dict]] = field(default_factory=dict)
    toponyms: dict[str, list[dict]] = field(default_factory=dict)
    attributions: dict[str, list[dict]] = field(default_factory=dict)
    quantities: dict[str, list[dict]] = field(default_factory=dict)

    def restrict(self, article_ids: Iterable[str]) -> GoldSet:
        keep = set(article_ids)
        return GoldSet(
            self.files,
            {k: v for k, v in self.text_sha256.items() if k in keep},
            {k: v for k, v in self.entities.items() if k in keep},
            {k: v for k, v in self.toponyms.items() if k in keep},
            {k: v for k, v in self.attributions.items() if k in keep},
            {k: v for k, v in self.quantities.items() if k in keep},
        )


def _pair(span: Mapping | None) -> list[int] | None:
    return None if span is None else [int(span["start"]), int(span["end"])]


def attribution(claim: Mapping) -> dict:
    """A gold claim in the attribution form the scorer shares with PolNeAR."""
    return {
        "content": _pair(claim["content"]),
        "source": _pair(claim.get("claimant")),
        "cue": _pair(claim.get("cue")),
        "hedged": claim.get("hedged"),
    }


def claim_quantities(claims: Iterable[Mapping]) -> list[dict]:
    """Distinct quantity mentions of a document's claims (nested claims repeat them)."""
    seen: dict[tuple[int, int], dict] = {}
    for claim in claims:
        for quantity in claim.get("quantities", ()):
            seen.setdefault((int(quantity["start"]), int(quantity["end"])), dict(quantity))
    return [seen[key] for key in sorted(seen)]


def spans_of(document: Mapping) -> Iterable[tuple[str, Mapping]]:
    """Every span object of a document, named by where it sits (for error messages)."""
    for task in ("entities", "toponyms"):
        for index, item in enumerate(document.get(task, ())):
            yield f"{task}[{index}]", item
    for index, claim in enumerate(document.get("claims", ())):
        for role in ("content", "claimant", "cue"):
            if claim.get(role) is not None:
                yield f"claims[{index}].{role}", claim[role]
        for q_index, quantity in enumerate(claim.get("quantities", ())):
            yield f"claims[{index}].quantities[{q_index}]", quantity


def span_mismatches(document: Mapping, text: str) -> list[str]:
    """Spans whose offsets do not select their surface string in `text`."""
    problems = []
    for where, item in spans_of(document):
        found = text[int(item["start"]) : int(item["end"])]
        if found != item["text"]:
            problems.append(
                f"{where}: text[{item['start']}:{item['end']}] is {found!r}, "
                f"gold says {item['text']!r}"
            )
    return problems


def read_gold(paths: Iterable[Path]) -> GoldSet:
    """Load gold files into one GoldSet; an article annotated twice is an error."""
    gold = GoldSet()
    for path in sorted(Path(p) for p in paths):
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload.get("format") != FORMAT:
            raise GoldError(f"{path}: format is {payload.get('format')!r}, expected {FORMAT!r}")
        gold.files.append(path.name)
        for document in payload["documents"]:
            article_id = document["article_id"]
            if article_id in gold.text_sha256:
                raise GoldError(f"{path}: article {article_id} is annotated in two gold files")
            gold.text_sha256[article_id] = document["text_sha256"]
            gold.entities[article_id] = list(document.get("entities", ()))
            gold.toponyms[article_id] = list(document.get("toponyms", ()))
            claims = list(document.get("claims", ()))
            gold.attributions[article_id] = [attribution(c) for c in claims]
            gold.quantities[article_id] = claim_quantities(claims)
    return gold


def gold_files(directory: Path) -> list[Path]:
    return sorted(Path(directory).glob("*.json"))
