"""Locations: wrong readings a geographer's rule rules out (the container written after
"in", the English names of divisions, …), each on a small hand-written text."""

from __future__ import annotations

import dataclasses

from dataset.locations import gazetteer
from dataset.locations.resolve import _prepare, resolve_locations
from tests.test_locations import in_order
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


def test_a_big_city_of_the_story_s_country_beats_a_lone_namesake_abroad() -> None:
    text = (
        "Canada must act, London marchers said. Canada's stand is welcome, Canada's "
        "envoy to Syria said after the London rally."
    )
    names = ["Canada", "London", "Canada", "Canada", "Syria", "London"]
    rows = resolved(text, names)
    assert (rows["London"]["country_code"], rows["London"]["admin1"]) == ("CA", "08")
    off = dataclasses.replace(PARAMS, home_country_city_bonus=0.0)
    assert resolved(text, names, params=off)["London"]["country_code"] == "GB"


def test_a_namesake_abroad_beside_other_places_of_its_country_gains_nothing() -> None:
    # Moscow places St. Petersburg in Russia, however often the story names the US: the
    # Florida city's prior stays as it was.
    text = (
        "The U.S. airline will fly from New York to St. Petersburg and on to Moscow, "
        "U.S. officials said. The U.S. approved it."
    )
    names = ["U.S.", "New York", "St. Petersburg", "Moscow", "U.S.", "U.S."]
    g = gazetteer.get()
    off = dataclasses.replace(PARAMS, home_country_city_bonus=0.0)
    on, plain = (_prepare(g, text, in_order(text, names), p)[2].priors for p in (PARAMS, off))
    assert on == plain


def test_the_city_of_a_country_s_name_is_no_country() -> None:
    # The gazetteer lacks Turkey, Texas, and New Providence was once called Turkey: no
    # reading is left. A modifier after a name ("U.S. city") rules nothing out.
    text = "Tickets are $15, according to the city of Turkey. Ten U.S. city schemes work."
    rows = resolved(text, ["Turkey", "U.S."])
    assert rows["Turkey"]["resolution"] == "unresolved"
    assert rows["U.S."]["feature_code"] == "PCLI"
    off = dataclasses.replace(PARAMS, town_word_rules_out_country=False)
    assert resolved(text, ["Turkey", "U.S."], params=off)["Turkey"]["feature_code"] == "PCLI"


def test_a_place_after_a_city_s_possessive_is_read_in_that_city() -> None:
    # Pearson (Georgia), Haram (Norway) and Yehud (Israel, once Abbasiya) lie far off:
    # the text puts each in the city whose possessive opens it.
    text = (
        "Flights left Toronto's Pearson International Airport. Police in Giza's Haram "
        "district and in Cairo's Abbasiya neighbourhood, and Toronto's Ontario "
        "card holders, waited."
    )
    names = ["Toronto", "Pearson International Airport", "Giza", "Haram", "Cairo", "Abbasiya"]
    names += ["Toronto", "Ontario"]
    rows = resolved(text, names)
    assert {n: rows[n]["name"] for n in ("Pearson International Airport", "Haram")} == {
        "Pearson International Airport": "Toronto",
        "Haram": "Giza",
    }
    assert rows["Abbasiya"]["country_code"] == "EG"
    assert rows["Ontario"]["feature_code"] == "ADM1"  # a province is no part of a city
    off = dataclasses.replace(PARAMS, site_in_possessor_city=False)
    assert resolved(text, names, params=off)["Haram"]["country_code"] == "NO"


def test_a_site_read_far_from_its_city_casts_no_vote_for_where_the_article_is() -> None:
    # Read alone, "Pearson" is a town in Georgia, whose vote made Toronto the Ohio town.
    text = "Flights were cancelled at Toronto's Pearson International Airport on Monday."
    rows = resolved(text, ["Toronto", "Pearson International Airport"])
    assert rows["Toronto"]["country_code"] == "CA"
    assert rows["Pearson International Airport"]["country_code"] == "CA"
    # A site read near its city still votes: the West End puts London in England.
    text = "Slater starred in the Tennessee Williams play in London's West End."
    assert resolved(text, ["Tennessee", "London", "West End"])["London"]["country_code"] == "GB"


def test_kenya_s_former_provinces_under_their_full_names() -> None:
    text = "Cholera spread in Nyanza Province and North Eastern Province. Nyanza, Rwanda, waits."
    rows = resolved(text, ["Nyanza Province", "North Eastern Province", "Nyanza", "Rwanda"])
    for name in ("Nyanza Province", "North Eastern Province"):
        assert (rows[name]["country_code"], rows[name]["feature_code"]) == ("KE", "RGN")
    assert rows["Nyanza"]["country_code"] == "RW"  # the bare name is the Rwandan town


def test_england_s_regions_are_not_namesakes_abroad() -> None:
    text = "Jobs went in the West Midlands, the East Midlands, Yorkshire and West Yorkshire."
    names = ["West Midlands", "East Midlands", "Yorkshire", "West Yorkshire"]
    rows = resolved(text, names, "LOC")
    for name in names:
        assert (rows[name]["country_code"], rows[name]["feature_code"]) == ("GB", "RGN")


def test_a_province_followed_by_its_country_opens_no_list() -> None:
    # Stroud, Ontario is not in the gazetteer; "Ontario, Canada" is no list of provinces,
    # so the English Stroud, outside the province, is no reading.
    text = "He was stopped on Highway 11 in Stroud, Ontario, Canada."
    assert resolved(text, ["Stroud", "Ontario", "Canada"])["Stroud"]["resolution"] == "unresolved"


def test_every_mention_of_a_town_placed_after_in_stays_unresolved() -> None:
    # The second mention is decided on the readings as chosen, not after the first
    # was dropped (which left Fuwwah, Egypt, no longer alone in its country).
    text = (
        "Rebels shelled Foua and Kfraya in Idlib, then Aleppo in Syria. The siege of Foua "
        "and Kfraya in Idlib province went on."
    )
    names = ["Foua", "Kfraya", "Idlib", "Aleppo", "Syria", "Foua", "Kfraya", "Idlib"]
    rows = resolve_locations("a", text, PARAMS, in_order(text, names))
    assert [r["resolution"] for r in rows if r["text"] == "Foua"] == ["unresolved"] * 2


def test_korea_and_kosovo_are_not_villages() -> None:
    # Unqualified "Korea" in news is South Korea, not Koréa in Côte d'Ivoire; Kosovo is
    # not Kosava in Belarus.
    rows = resolved("Phones launch in Korea; troops stay in Kosovo.", ["Korea", "Kosovo"])
    assert (rows["Korea"]["country_code"], rows["Korea"]["feature_code"]) == ("KR", "PCLI")
    assert rows["Kosovo"]["country_code"] == "XK"


def test_the_midlands_are_england_s_unless_the_story_is_in_zimbabwe() -> None:
    assert (
        resolved("Factories in the Midlands closed.", ["Midlands"])["Midlands"]["country_code"]
        == "GB"
    )
    text = "Police in Zimbabwe's Midlands province arrested him."
    assert resolved(text, ["Zimbabwe", "Midlands"])["Midlands"]["country_code"] == "ZW"
