"""params.yaml holds every tunable of every stage, with the values the code defaults to."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dataset.claims.params import ClaimParams
from dataset.entities.params import EntityParams
from dataset.evaluate.params import EvaluateParams
from dataset.locations.params import LocationParams
from dataset.params import IngestParams, RunParams, load_params, section
from dataset.release.params import ReleaseParams

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = {
    "run": RunParams,
    "ingest": IngestParams,
    "entities": EntityParams,
    "locations": LocationParams,
    "claims": ClaimParams,
    "evaluate": EvaluateParams,
    "release": ReleaseParams,
}


@pytest.mark.parametrize("name", sorted(SECTIONS))
def test_params_yaml_lists_every_field_with_its_default(name: str) -> None:
    params = load_params(ROOT / "params.yaml")
    cls = SECTIONS[name]
    assert set(params[name]) == {f.name for f in dataclasses.fields(cls)}
    assert section(params, name, cls) == cls()


def test_params_yaml_has_no_unknown_section() -> None:
    assert set(load_params(ROOT / "params.yaml")) == set(SECTIONS)


def test_unknown_key_names_the_section_and_the_known_keys() -> None:
    with pytest.raises(ValueError, match=r"section 'entities': unknown key\(s\) min_confidnce"):
        section({"entities": {"min_confidnce": 0.5}}, "entities", EntityParams)
