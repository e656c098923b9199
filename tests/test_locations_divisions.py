"""Locations: current first-level divisions, former ones, closed compass names, camps."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.test_locations_rules import resolved


def test_a_division_split_since_the_names_were_taken_is_renamed_after_its_part() -> None:
    from dataset.locations.derive_tables import split_codes

    # "Katanga"'s towns now carry Haut-Katanga's code (14) and Tanganyika's (29), which
    # no name of the table holds: its row is Haut-Katanga's.
    votes = {("CD", "Katanga"): Counter({"14": 4, "29": 3}), ("CD", "Maniema"): Counter({"10": 3})}
    code_of = {("CD", "Katanga"): "14", ("CD", "Maniema"): "10"}
    assert split_codes(votes, code_of) == {("CD", "14")}
    # One stray town is no split, nor are codes the table holds under another name.
    votes = {
        ("CD", "Katanga"): Counter({"14": 4, "29": 1, "10": 2}),
        **{("CD", "Maniema"): Counter({"10": 3})},
    }
    assert split_codes(votes, code_of) == set()


@pytest.mark.parametrize(
    ("text", "name", "country", "geonameid"),
    [
        ("Militants attacked villages in Ituri province.", "Ituri", "CD", 215709),
        ("Cholera spread in Tanganyika province.", "Tanganyika", "CD", 205253),
        ("Rebels advanced in Lualaba.", "Lualaba", "CD", 922727),
        ("Fighting displaced thousands in Jonglei state.", "Jonglei", "SS", 408662),
        ("Floods hit Unity State last week.", "Unity State", "SS", 408650),
        ("Aid reached Northern Bahr el Ghazal.", "Northern Bahr el Ghazal", "SS", 408665),
        ("Clashes were reported in Central Darfur.", "Central Darfur", "SD", 8394436),
    ],
)
def test_provinces_and_states_of_the_current_divisions_resolve(
    text: str, name: str, country: str, geonameid: int
) -> None:
    row = resolved(text, [name])[name]
    assert (row["country_code"], row["feature_code"], row["geonameid"]) == (
        country,
        "ADM1",
        geonameid,
    )


def test_a_former_province_is_a_region_of_its_country() -> None:
    text = "Mining resumed in Katanga, and measles spread in Western Kasai."
    rows = resolved(text, ["Katanga", "Western Kasai"])
    for name, (lat, lon) in {"Katanga": (-9.0, 26.7), "Western Kasai": (-5.4, 21.3)}.items():
        row = rows[name]
        assert (row["country_code"], row["feature_code"]) == ("CD", "RGN")
        assert abs(row["latitude"] - lat) < 1 and abs(row["longitude"] - lon) < 1


def test_a_closed_compass_name_is_the_hyphenated_division() -> None:
    text = "Separatists burned a school in Cameroon's Northwest region and in the Southwest."
    rows = resolved(text, ["Cameroon", "Northwest", "Southwest"])
    for name, geonameid in {"Northwest": 2223602, "Southwest": 2221788}.items():
        assert (rows[name]["country_code"], rows[name]["geonameid"]) == ("CM", geonameid)


@pytest.mark.parametrize(
    ("text", "name", "country", "geonameid"),
    [
        ("Militants were killed in Kashmir.", "Kashmir", "IN", 1269320),
        ("Gunmen attacked a bus in the Oromia region.", "Oromia", "ET", 444185),
        ("Fighting flared in Benishangul-Gumuz.", "Benishangul-Gumuz", "ET", 444181),
        ("Resistance fighters advanced in Karen state.", "Karen", "MM", 1320233),
        ("Air strikes hit villages in Karenni state.", "Karenni", "MM", 1319539),
        ("Air strikes hit villages in the Sagaing region.", "Sagaing", "MM", 1298480),
        ("Rebels took Goma, in North Kivu province.", "North Kivu", "CD", 206938),
    ],
)
def test_english_names_of_divisions_geonames_spells_otherwise(
    text: str, name: str, country: str, geonameid: int
) -> None:
    row = resolved(text, [name])[name]
    assert (row["country_code"], row["geonameid"]) == (country, geonameid)


def test_a_conflict_region_and_a_refugee_camp_news_names() -> None:
    text = "Fighting raged in Catatumbo. Troops raided the Nur Shams camp and Tubas' Far'a camp."
    rows = resolved(text, ["Catatumbo", "Nur Shams", "Tubas", "Far'a"])
    assert (rows["Far'a"]["country_code"], rows["Far'a"]["feature_code"]) == ("PS", "CMPRF")
    assert (rows["Catatumbo"]["country_code"], rows["Catatumbo"]["feature_code"]) == ("CO", "RGN")
    assert (rows["Nur Shams"]["country_code"], rows["Nur Shams"]["feature_code"]) == (
        "PS",
        "CMPRF",
    )
