"""The release's sources of truth, read in one place: pyproject.toml, params.yaml, metrics.

Every generated file (CITATION.cff, .zenodo.json, datapackage.json, the docs) takes its
facts from a `Project`, so no fact is typed twice.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from dataset.params import load_params, section
from dataset.release.params import ReleaseParams

# Where each released table lives, relative to the repository root. The articles table is
# the `publish` stage's copy (text withheld where it may not be redistributed); the span
# tables are the pipeline's own outputs.
RELEASE_PATHS = {
    "articles": "data/release/articles.parquet",
    "entities": "data/tables/entities.parquet",
    "locations": "data/tables/locations.parquet",
    "claims": "data/tables/claims.parquet",
}


@dataclass(frozen=True)
class Project:
    root: Path
    name: str
    version: str
    title: str
    description: str
    authors: list[dict]
    keywords: list[str]
    repository: str | None
    code_license: str | None
    params: ReleaseParams
    metrics: dict[str, float] = field(default_factory=dict)


def read_project(root: Path) -> Project:
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    meta = pyproject["project"]
    urls = meta.get("urls", {})
    license_field = meta.get("license")
    code_license = license_field.get("text") if isinstance(license_field, dict) else license_field
    params = section(load_params(root / "params.yaml"), "release", ReleaseParams)
    return Project(
        root=root,
        name=meta["name"],
        version=meta["version"],
        title=params.title,
        description=meta.get("description", ""),
        authors=list(meta.get("authors", [])),
        keywords=list(meta.get("keywords", [])),
        repository=urls.get("Repository") or urls.get("Homepage"),
        code_license=code_license,
        params=params,
        metrics=read_metrics(root / "metrics"),
    )


def flatten(payload: object, prefix: str = "") -> dict[str, float]:
    """Numeric leaves of a JSON document as `a.b.c` → value (booleans and text dropped)."""
    out: dict[str, float] = {}
    if isinstance(payload, dict):
        for key in sorted(payload):
            out.update(flatten(payload[key], f"{prefix}{key}."))
    elif isinstance(payload, int | float) and not isinstance(payload, bool):
        out[prefix.rstrip(".")] = payload
    return out


def read_metrics(directory: Path) -> dict[str, float]:
    """Every numeric figure of `metrics/*.json`, keyed `<file stem>.<path>`."""
    metrics: dict[str, float] = {}
    for path in sorted(directory.glob("*.json")) if directory.is_dir() else []:
        metrics.update(flatten(json.loads(path.read_text(encoding="utf-8")), f"{path.stem}."))
    return metrics
