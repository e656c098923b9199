"""Locations: wrong readings a geographer's rule rules out (the container written after
"in", the English names of divisions, …), each on a small hand-written text."""

from __future__ import annotations

import dataclasses

from tests.test_locations_rules import PARAMS, resolved


def test_a_town_read_outside_the_province_written_after_in_stays_unresolved() -> None:
    # The gazetteer lacks Mozambique's Palma and Syria's Foua: their namesakes abroad
    # (Palma de Mallorca, Fuwwah in Egypt) are not what the text places in the province.
    texts = {
        "Insurgents attacked Palma in Mozambique's Cabo Delgado province.": (
            ["Palma", "Mozambique", "Cabo Delgado"],
            "Palma",
        ),
        "Rebels shelled Foua and Kfraya in Idlib province.": (["Foua", "Kfraya", "Idlib"], "Foua"),
    }
    off = dataclasses.replace(PARAMS, container_after_in=False)
    for text, (names, town) in texts.items():
        assert resolved(text, names)[town]["resolution"] == "unresolved"
        assert resolved(text, names, params=off)[town]["resolution"] == "city"


def test_a_famous_city_listed_before_a_town_in_another_country_stays() -> None:
    text = "Film festivals in Hong Kong, Tokyo and Pusan in South Korea grew."
    rows = resolved(text, ["Hong Kong", "Tokyo", "Pusan", "South Korea"])
    assert (rows["Tokyo"]["country_code"], rows["Pusan"]["country_code"]) == ("JP", "KR")


def test_the_country_after_in_places_a_town_it_holds() -> None:
    # Tripoli alone is Libya's capital; "in Lebanon" places the Lebanese city.
    text = "Troops left Tripoli in Lebanon for Damascus and Cairo."
    names = ["Tripoli", "Lebanon", "Damascus", "Cairo"]
    assert resolved(text, names)["Tripoli"]["country_code"] == "LB"
    off = dataclasses.replace(PARAMS, container_after_in=False)
    assert resolved(text, names, params=off)["Tripoli"]["country_code"] == "LY"


def test_english_names_of_european_canadian_and_iraqi_divisions() -> None:
    text = (
        "Police in Rhineland-Palatinate, Marche and Newfoundland, and troops in Nineveh "
        "and Salahuddin provinces were on alert."
    )
    names = ["Rhineland-Palatinate", "Marche", "Newfoundland", "Nineveh", "Salahuddin"]
    rows = resolved(text, names)
    assert {n: (r["country_code"], r["feature_code"]) for n, r in rows.items()} == {
        "Rhineland-Palatinate": ("DE", "ADM1"),
        "Marche": ("IT", "ADM1"),
        "Newfoundland": ("CA", "ADM1"),
        "Nineveh": ("IQ", "ADM1"),
        "Salahuddin": ("IQ", "ADM1"),
    }
