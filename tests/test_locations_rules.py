"""Locations: the namesake rules added for the geoparsing quality work (issue 3), each on
a small hand-written text."""

from __future__ import annotations

import dataclasses

from dataset.locations import gazetteer
from dataset.locations.params import LocationParams
from dataset.locations.resolve import _prepare, resolve_locations
from dataset.locations.spelling import skeleton
from tests.test_locations import in_order

PARAMS = LocationParams()


def resolved(text: str, names: list[str], label: str = "GPE", params=PARAMS) -> dict[str, dict]:
    rows = resolve_locations("a", text, params, in_order(text, names, label))
    return {row["text"]: row for row in rows}


def test_a_compass_word_before_a_landform_noun_is_part_of_the_name() -> None:
    # Stripping "North" left "Island", an alternate name of Iceland.
    text = "Storms cut power across the North Island, and the South Island braced for snow."
    rows = resolved(text, ["North Island", "South Island"], "LOC")
    for name in ("North Island", "South Island"):
        assert (rows[name]["name"], rows[name]["country_code"]) == (name, "NZ")
    # A compass word before a place name is still dropped to find the place.
    rows = resolved("Fighting spread in northern Afghanistan.", ["northern Afghanistan"], "LOC")
    assert rows["northern Afghanistan"]["name"] == "Afghanistan"


def test_major_rivers_lakes_and_bays_of_english_language_news_resolve() -> None:
    text = (
        "Runoff from the Chattahoochee River reaches the Gulf, while barges on Lake Erie "
        "and ferries on Puget Sound were idle."
    )
    rows = resolved(text, ["Chattahoochee River", "Lake Erie", "Puget Sound"], "LOC")
    assert {n: (r["resolution"], r["feature_code"]) for n, r in rows.items()} == {
        "Chattahoochee River": ("region", "STM"),
        "Lake Erie": ("region", "LK"),
        "Puget Sound": ("region", "SD"),
    }
    # A river is placed at its mouth, as GeoNames places streams.
    river = rows["Chattahoochee River"]
    assert 30 < river["latitude"] < 31.5 and -85.5 < river["longitude"] < -84.5


def test_a_compass_word_between_the_comma_and_the_container_keeps_the_container() -> None:
    # "Alexandria" alone is the Egyptian city; the state after the comma places it.
    text = "He was born in Alexandria, central Louisiana, and moved away."
    tagged = resolved(text, ["Alexandria", "Louisiana"])
    untagged = resolved(text, ["Alexandria"])
    for rows in (tagged, untagged):
        assert (rows["Alexandria"]["country_code"], rows["Alexandria"]["admin1"]) == ("US", "LA")


def test_a_site_unknown_to_the_gazetteer_is_the_town_it_is_named_for() -> None:
    text = (
        "Flights left Da Nang International Airport for Kandahar Airfield while growers in "
        "the Salinas Valley and commuters at Greer Station waited."
    )
    names = [
        "Da Nang International Airport",
        "Kandahar Airfield",
        "Salinas Valley",
        "Greer Station",
    ]
    rows = resolved(text, names, "FAC")
    assert {n: (r["name"], r["country_code"]) for n, r in rows.items()} == {
        "Da Nang International Airport": ("Da Nang", "VN"),
        "Kandahar Airfield": ("Kandahār", "AF"),
        "Salinas Valley": ("Salinas", "US"),
        "Greer Station": ("Greer", "US"),
    }


def test_a_qualifier_or_prefecture_word_does_not_hide_the_place() -> None:
    text = "Officials in Greater Mumbai and in Akita Prefecture reported cases."
    rows = resolved(text, ["Greater Mumbai", "Akita Prefecture"])
    assert (rows["Greater Mumbai"]["name"], rows["Greater Mumbai"]["country_code"]) == (
        "Mumbai",
        "IN",
    )
    akita = rows["Akita Prefecture"]
    assert (akita["resolution"], akita["country_code"]) == ("admin1", "JP")


def test_airports_bases_and_republics_news_names_resolve() -> None:
    text = (
        "Troops flew from Fort Hood to Bagram, then on via Heathrow; unrest spread from "
        "Ingushetia to South Ossetia."
    )
    names = ["Fort Hood", "Bagram", "Heathrow", "Ingushetia", "South Ossetia"]
    rows = resolved(text, names)
    assert {n: (r["feature_code"], r["country_code"]) for n, r in rows.items()} == {
        "Fort Hood": ("MILB", "US"),
        "Bagram": ("MILB", "AF"),
        "Heathrow": ("AIRP", "GB"),  # not the hamlet in Florida
        "Ingushetia": ("ADM1", "RU"),
        "South Ossetia": ("RGN", "GE"),
    }


def test_an_untagged_town_before_the_comma_picks_its_container() -> None:
    # Only "Georgia" is tagged; the country would win without the town before it.
    text = "Samples went to the CDC in Atlanta, Georgia, for testing."
    assert (resolved(text, ["Georgia"])["Georgia"]["resolution"]) == "admin1"
    off = LocationParams(untagged_town_before_container=False)
    assert (resolved(text, ["Georgia"], params=off)["Georgia"]["resolution"]) == "country"
    # A name that is no town's own name leaves the reading alone.
    text = "Talks at the Kremlin Palace, Georgia, were short."
    assert (resolved(text, ["Georgia"])["Georgia"]["resolution"]) == "country"


def test_an_old_country_name_is_the_country() -> None:
    rows = resolved("The Ebola outbreak in Zaire spread.", ["Zaire"])
    assert (rows["Zaire"]["resolution"], rows["Zaire"]["country_code"]) == ("country", "CD")


def test_two_names_that_flip_each_other_settle_on_both_last_rounds() -> None:
    # Redding and California are also neighbouring villages in Scotland: round by round
    # the pair flips between the two readings; the mean of the last two rounds settles it.
    text = "The motive behind her abduction in Redding, northern California, is unclear."
    rows = resolved(text, ["Redding", "California"])
    assert (rows["California"]["country_code"], rows["California"]["resolution"]) == (
        "US",
        "admin1",
    )
    assert (rows["Redding"]["country_code"], rows["Redding"]["admin1"]) == ("US", "CA")


def test_a_plural_level_word_after_a_list_is_every_items_level() -> None:
    text = "Small Hitchcock and Hayes counties in southwest Nebraska gained people."
    rows = resolved(text, ["Hitchcock", "Hayes", "Nebraska"])
    for name in ("Hitchcock", "Hayes"):
        assert (rows[name]["resolution"], rows[name]["admin1"]) == ("admin2", "NE"), name


def test_a_name_in_a_list_of_states_is_the_state() -> None:
    text = "Illnesses were reported in Utah, Washington and Wisconsin."
    names = ["Utah", "Washington", "Wisconsin"]
    rows = resolved(text, names)
    assert (rows["Washington"]["resolution"], rows["Washington"]["admin1"]) == ("admin1", "WA")
    # Alone, the bare name is the capital.
    off = resolved(text, names, params=LocationParams(list_peer_bonus=0.0))
    assert off["Washington"]["feature_code"] == "PPLC"


def test_a_site_named_with_a_common_word_is_no_town() -> None:
    text = "They met at the Police Station, then at Central Station and North Station."
    names = ["Police Station", "Central Station", "North Station"]
    rows = resolve_locations("a", text, PARAMS, in_order(text, names, "FAC"))
    assert {row["text"]: row["resolution"] for row in rows} == dict.fromkeys(names, "unresolved")


def test_a_part_described_by_a_compound_compass_word_leaves_the_row_to_its_place() -> None:
    text = (
        "Most Northeast Georgia school systems cut jobs, and south-western Ohio did too, "
        "but North Carolina and the Northwest Territories hired."
    )
    entities = in_order(
        text, ["Northeast Georgia", "south-western Ohio", "North Carolina", "Northwest Territories"]
    )
    # The entity stage names the place inside each description as a nested mention.
    for parent in entities[:2]:
        inner = parent["text"].split()[-1]
        start = parent["start"] + parent["text"].index(inner)
        entities.append({**parent, "mention_id": parent["mention_id"] + "n", "start": start,
                         "end": start + len(inner), "text": inner,
                         "parent_mention_id": parent["mention_id"]})  # fmt: skip
    entities.sort(key=lambda e: (e["start"], e["end"]))
    rows = {r["text"]: r for r in resolve_locations("a", text, PARAMS, entities)}
    assert "Northeast Georgia" not in rows and "south-western Ohio" not in rows
    assert (rows["Georgia"]["name"], rows["Ohio"]["name"]) == ("Georgia", "Ohio")
    # Names of their own keep their rows.
    assert rows["North Carolina"]["name"] == "North Carolina"
    assert rows["Northwest Territories"]["name"] == "Northwest Territories"
    # Off, the description is a row read as its place, as before.
    off = dataclasses.replace(PARAMS, skip_compound_compass_parts=False)
    rows = {r["text"]: r for r in resolve_locations("a", text, off, entities)}
    assert rows["Northeast Georgia"]["name"] == "Georgia"


def test_a_business_only_the_model_called_a_place_gets_no_row() -> None:
    text = "He shot her in a Taco Bell near the Black Sea coast."
    entities = in_order(text, ["Taco Bell", "Black Sea"], "LOC")
    for entity in entities:
        entity["method"] = "model"
    rows = {r["text"]: r for r in resolve_locations("a", text, PARAMS, entities)}
    # The gazetteer places the sea, so the model's call stands; the restaurant it cannot.
    assert rows["Black Sea"]["resolution"] == "region"
    assert "Taco Bell" not in rows
    # A rule's call (a head word, a cue) keeps its unresolved row.
    entities[0]["method"] = "head"
    rows = {r["text"]: r for r in resolve_locations("a", text, PARAMS, entities)}
    assert rows["Taco Bell"]["resolution"] == "unresolved"


def test_a_service_district_is_no_place_but_a_named_district_is() -> None:
    text = "The Santa Clara Valley Water District and the Diamond Dick District met."
    rows = resolved(text, ["Santa Clara Valley Water District", "Diamond Dick District"])
    assert "Santa Clara Valley Water District" not in rows
    assert rows["Diamond Dick District"]["resolution"] == "unresolved"
    off = dataclasses.replace(PARAMS, skip_service_districts=False)
    rows = resolved(text, ["Santa Clara Valley Water District"], params=off)
    assert "Santa Clara Valley Water District" in rows


def test_a_disease_named_for_a_place_is_no_toponym() -> None:
    text = "West Nile virus was found in Texas, and cases of Minamata disease in Japan."
    rows = resolved(text, ["West Nile", "Texas", "Minamata", "Japan"], "LOC")
    assert "West Nile" not in rows and "Minamata" not in rows
    assert rows["Texas"]["name"] == "Texas" and rows["Japan"]["name"] == "Japan"
    off = dataclasses.replace(PARAMS, skip_disease_names=False)
    assert "West Nile" in resolved(text, ["West Nile"], "LOC", params=off)


def test_a_school_named_after_a_person_is_no_town_but_a_city_school_is() -> None:
    text = "Lee Academy and Alexandria City Public Schools both opened in Alexandria."
    entities = in_order(text, ["Lee Academy", "Alexandria City Public Schools", "Alexandria"])
    for entity in entities[:2]:
        entity["label"] = "ORG"
    for parent, inner in ((entities[0], "Lee"), (entities[1], "Alexandria")):
        entities.append({**parent, "mention_id": parent["mention_id"] + "n", "label": "GPE",
                         "end": parent["start"] + len(inner), "text": inner,
                         "parent_mention_id": parent["mention_id"]})  # fmt: skip
    entities.sort(key=lambda e: (e["start"], e["end"]))
    rows = resolve_locations("a", text, PARAMS, entities)
    spans = [(r["start"], r["text"]) for r in rows]
    assert (0, "Lee") not in spans
    assert spans == [
        (text.index("Alexandria"), "Alexandria"),
        (text.rindex("Alexandria"), "Alexandria"),
    ]
    off = dataclasses.replace(PARAMS, skip_person_named_schools=False)
    assert (0, "Lee") in [
        (r["start"], r["text"]) for r in resolve_locations("a", text, off, entities)
    ]


def test_a_town_with_a_capitalised_state_is_a_university_but_a_state_stays() -> None:
    text = "San Diego State beat Michigan State, and troops entered Rakhine State."
    rows = resolved(text, ["San Diego State", "Michigan State", "Rakhine State"])
    assert "San Diego State" not in rows
    assert rows["Michigan State"]["resolution"] == "admin1"
    assert (rows["Rakhine State"]["resolution"], rows["Rakhine State"]["country_code"]) == (
        "admin1",
        "MM",
    )
    off = dataclasses.replace(PARAMS, skip_state_teams=False)
    assert resolved(text, ["San Diego State"], params=off)["San Diego State"]["name"] == "San Diego"


def test_every_mention_of_a_container_name_takes_the_sense_its_town_places() -> None:
    # Redding and California are also neighbouring villages in Scotland: the earlier bare
    # "California" is the state that the later "Redding, northern California" places.
    text = (
        "A California teacher who vanished last month was found alive. She had been "
        "abducted in Redding, northern California, police said."
    )
    names = ["California", "Redding", "California"]
    rows = resolve_locations("a", text, PARAMS, in_order(text, names))
    assert [(r["country_code"], r["resolution"]) for r in rows if r["text"] == "California"] == [
        ("US", "admin1"),
        ("US", "admin1"),
    ]
    off = dataclasses.replace(PARAMS, container_sense_per_name=False)
    rows = resolve_locations("a", text, off, in_order(text, names))
    assert rows[0]["country_code"] == "GB"


def test_a_province_followed_by_its_country_is_placed_there() -> None:
    # In a story set in Alberta, the bare "Queensland" is a hamlet there; ", Australia"
    # after it names the state.
    text = (
        "The skater grew up in Innisfail and trained in Red Deer and Edmonton, Alberta; "
        "her first coach came from Queensland, Australia."
    )
    names = ["Innisfail", "Red Deer", "Edmonton", "Alberta", "Queensland", "Australia"]
    rows = resolved(text, names)
    assert (rows["Queensland"]["resolution"], rows["Queensland"]["country_code"]) == (
        "admin1",
        "AU",
    )
    off = dataclasses.replace(PARAMS, province_before_country=False)
    assert resolved(text, names, params=off)["Queensland"]["country_code"] == "CA"
    # A list of provinces is no container: each keeps its own reading.
    text = "Floods hit Queensland, Victoria and Tasmania."
    rows = resolved(text, ["Queensland", "Victoria", "Tasmania"])
    assert {r["resolution"] for r in rows.values()} == {"admin1"}


def test_a_list_of_states_after_a_comma_is_no_container() -> None:
    # "Washington, Pennsylvania" reads as a town and its state, but "… and California"
    # goes on listing states: Washington is the first of them.
    text = (
        "Cases were confirmed in Idaho, Utah and Oregon, and officials are investigating "
        "new cases in Washington, Pennsylvania and California."
    )
    names = ["Idaho", "Utah", "Oregon", "Washington", "Pennsylvania", "California"]
    rows = resolved(text, names)
    assert (rows["Washington"]["resolution"], rows["Washington"]["admin1"]) == ("admin1", "WA")
    off = dataclasses.replace(PARAMS, lists_of_divisions=False)
    assert resolved(text, names, params=off)["Washington"]["admin1"] == "PA"
    # A town and its state before a town of that state stays a town and its state.
    text = "The family moved from Springfield, Illinois and Chicago to Texas."
    rows = resolved(text, ["Springfield", "Illinois", "Chicago", "Texas"])
    assert (rows["Springfield"]["resolution"], rows["Springfield"]["admin1"]) == ("city", "IL")
    # A name before the comma that cannot be a state keeps the state as its container.
    g = gazetteer.get()
    for text, names, container in (
        ("Storms hit Paris, Texas and Oklahoma overnight.", ["Paris", "Texas", "Oklahoma"], 1),
        (
            "Cases rose in Washington, Pennsylvania and California.",
            ["Washington", "Pennsylvania", "California"],
            None,
        ),
    ):
        mentions = _prepare(g, text, in_order(text, names), PARAMS)
        assert mentions[0].container == container


def test_another_spelling_of_a_town_in_a_named_arabic_script_country_resolves() -> None:
    assert skeleton("Qatraneh") == skeleton("Al Qaţrānah") == "qtrn"
    text = (
        "Gunmen attacked a police station near Qatraneh in the Karak governorate, "
        "Jordan's police said."
    )
    names = ["Qatraneh", "Karak", "Jordan"]
    rows = resolved(text, names)
    assert (rows["Qatraneh"]["name"], rows["Qatraneh"]["country_code"]) == ("Al Qaţrānah", "JO")
    off = dataclasses.replace(PARAMS, respell_in_named_countries=False)
    assert resolved(text, names, params=off)["Qatraneh"]["resolution"] == "unresolved"
    # A town of another province than the article names is no match: town names repeat
    # (Muqêr lies in Ghazni, not in Badghis).
    text = "Coalition forces struck insurgents in Muqor district of Badghis province, Afghanistan."
    rows = resolved(text, ["Muqor", "Badghis", "Afghanistan"])
    assert rows["Muqor"]["resolution"] == "unresolved"
    # Names from the Latin script are spelled as they are: no Claysburg for Callisburg.
    text = "Floods reached Callisburg, north of Gainesville, as Texas and the United States braced."
    rows = resolved(text, ["Callisburg", "Gainesville", "Texas", "United States"])
    assert rows["Callisburg"]["resolution"] == "unresolved"


def test_an_arabic_town_written_without_its_article_or_with_another_ending_resolves() -> None:
    rows = resolved("Kurdish forces held Qamishli and Houthi rebels fired from Hodeidah.",
                    ["Qamishli", "Hodeidah"])  # fmt: skip
    assert (rows["Qamishli"]["name"], rows["Qamishli"]["country_code"]) == ("Al Qāmishlī", "SY")
    assert (rows["Hodeidah"]["name"], rows["Hodeidah"]["country_code"]) == ("Al Ḩudaydah", "YE")
    # Only towns of countries English writes from the Arabic script: "Paso" is no El Paso.
    assert resolved("Floods reached Paso overnight.", ["Paso"])["Paso"]["resolution"] == (
        "unresolved"
    )


def test_regions_and_provinces_conflict_news_names_resolve() -> None:
    text = (
        "Fighting spread from Kordofan and North Darfur to Jonglei, while militias "
        "attacked villages in Ituri, Karen State and Baluchistan and clashes hit Puntland."
    )
    names = ["Kordofan", "North Darfur", "Jonglei", "Ituri", "Karen State", "Baluchistan",
             "Puntland"]  # fmt: skip
    rows = resolved(text, names)
    assert {n: (rows[n]["name"], rows[n]["country_code"]) for n in names} == {
        "Kordofan": ("Kordofan", "SD"),
        "North Darfur": ("Northern Darfur", "SD"),
        "Jonglei": ("Jonglei", "SS"),
        "Ituri": ("Ituri", "CD"),
        "Karen State": ("Kayin", "MM"),
        "Baluchistan": ("Balochistan", "PK"),
        "Puntland": ("Puntland", "SO"),
    }


def test_a_named_province_names_its_country_for_another_spelling_of_its_towns() -> None:
    text = "Israeli strikes hit Deir al-Balah in the Gaza Strip overnight."
    rows = resolved(text, ["Deir al-Balah", "Gaza Strip"])
    assert (rows["Deir al-Balah"]["name"], rows["Deir al-Balah"]["country_code"]) == (
        "Dayr al Balaḩ",
        "PS",
    )


def test_a_big_citys_short_name_is_its_own_name() -> None:
    # "Newcastle" is the own name of a village in Northern Ireland, but news means
    # Newcastle upon Tyne; "New York" stays the state, which owns the name.
    text = "Doctors in Newcastle developed the technique, a clinic in Britain said."
    rows = resolved(text, ["Newcastle", "Britain"])
    assert rows["Newcastle"]["name"] == "Newcastle upon Tyne"
    off = dataclasses.replace(PARAMS, short_names_of_cities=False)
    rows = resolved(text, ["Newcastle", "Britain"], params=off)
    assert (rows["Newcastle"]["name"], rows["Newcastle"]["admin1"]) == ("Newcastle", "NIR")
    assert resolved("She moved to New York.", ["New York"])["New York"]["resolution"] == "admin1"


def test_the_definite_article_marks_a_sea_or_region_not_a_town() -> None:
    # US towns called Pacific and Atlantic lie near the article's other places; "the"
    # says the oceans are meant.
    text = (
        "Birds from Alaska and Oregon cross the Pacific, and those from Virginia and "
        "Maryland the Atlantic."
    )
    names = ["Alaska", "Oregon", "Pacific", "Virginia", "Maryland", "Atlantic"]
    rows = resolved(text, names)
    assert (rows["Pacific"]["feature_code"], rows["Atlantic"]["feature_code"]) == ("OCN", "OCN")
    off = dataclasses.replace(PARAMS, definite_article_bonus=0.0)
    rows = resolved(text, names, params=off)
    assert "PPL" in (rows["Pacific"]["feature_code"], rows["Atlantic"]["feature_code"])
    # A town after "the" used as a modifier keeps its town reading.
    rows = resolved("Officers of the Boston police met.", ["Boston"])
    assert rows["Boston"]["feature_code"] == "PPLA"


def test_a_town_named_again_after_the_comma_is_that_town() -> None:
    # "D.C." names Washington itself, not a state holding it: tagged or not, it places
    # "Washington" in a story whose other places lie in Georgia or Maine.
    off = dataclasses.replace(PARAMS, town_named_again_after_comma=False)
    cases = [
        (
            "Deputies in Grovetown and Harlem, Georgia, said she called her mother in "
            "Washington, D.C., on Monday.",
            ["Grovetown", "Harlem", "Georgia", "Washington", "D.C."],
        ),
        (
            "Police in Augusta said she called her mother in Washington, D.C., on Monday.",
            ["Augusta", "Washington"],
        ),
    ]
    for text, names in cases:
        assert resolved(text, names)["Washington"]["admin1"] == "DC"
        assert resolved(text, names, params=off)["Washington"]["admin1"] != "DC"


def test_a_listed_town_with_no_reading_near_its_list_is_left_unresolved() -> None:
    text = "Insurgents attacked Palma and Mocimboa da Praia in northern Mozambique."
    rows = resolved(text, ["Palma", "Mocimboa da Praia", "Mozambique"])
    assert rows["Palma"]["resolution"] == "unresolved"  # not Palma de Mallorca
    assert rows["Mocimboa da Praia"]["country_code"] == "MZ"
    # A capital is what its name means, and a town near its list stays.
    text = "Protesters marched in Ouagadougou and Niamey."
    rows = resolved(text, ["Ouagadougou", "Niamey"])
    assert (rows["Ouagadougou"]["country_code"], rows["Niamey"]["country_code"]) == ("BF", "NE")


def test_congo_is_either_congo_as_the_article_places_it() -> None:
    rows = resolved("Fighting spread from Goma across eastern Congo.", ["Goma", "Congo"])
    assert rows["Congo"]["country_code"] == "CD"
    rows = resolved("Protesters marched in Brazzaville, Congo.", ["Brazzaville", "Congo"])
    assert rows["Congo"]["country_code"] == "CG"


def test_a_bare_dateline_names_the_famous_town_whatever_the_story_places() -> None:
    # The story's Iowa farms do not make the dateline Washington, Iowa.
    text = (
        "WASHINGTON (AP) — The Agriculture Department sent aid to farmers in Iowa.\n"
        "Growers near Des Moines said the money came late."
    )
    names = ["WASHINGTON", "Iowa", "Des Moines"]
    row = resolved(text, names)["WASHINGTON"]
    assert (row["feature_code"], row["admin1"]) == ("PPLC", "DC")
    off = dataclasses.replace(PARAMS, bare_dateline_by_fame=False)
    assert resolved(text, names, params=off)["WASHINGTON"]["admin1"] == "IA"
    # A wire dateline without "(AP)" or a dash: the story starts right after the name.
    plain = text.replace(" (AP) —", "")
    assert resolved(plain, names)["WASHINGTON"]["admin1"] == "DC"
    # Written with its state, or in running text, the name is read in context as before.
    qualified = "WASHINGTON, Iowa (AP) — Farmers in Iowa waited for aid."
    assert resolved(qualified, ["WASHINGTON", "Iowa"])["WASHINGTON"]["admin1"] == "IA"


def test_a_romanisation_of_a_places_own_name_is_its_own_name() -> None:
    # GeoNames romanises "Janīn" and "Mykolayiv"; news writes "Jenin" and "Mykolaiv". The
    # West Bank town, not the Polish village that has the spelling as its own name; the
    # city, not the province whose own name is "Mykolaiv".
    jenin = resolved("Troops raided Jenin overnight.", ["Jenin"])["Jenin"]
    assert (jenin["name"], jenin["country_code"]) == ("Janīn", "PS")
    city = resolved("Missiles hit Mykolaiv overnight.", ["Mykolaiv"])["Mykolaiv"]
    assert (city["name"], city["feature_code"]) == ("Mykolayiv", "PPLA")
    assert resolved("Missiles hit Zaporizhzhia.", ["Zaporizhzhia"])["Zaporizhzhia"]["name"] == (
        "Zaporizhzhya"
    )
    # Nor is one with other vowels ("Parma" is not Perm), or an English name.
    assert resolved("He played in Parma.", ["Parma"])["Parma"]["country_code"] == "IT"
    assert resolved("Police in Maryville said.", ["Maryville"])["Maryville"]["name"] == "Maryville"


def test_conflict_news_camps_and_districts_resolve() -> None:
    # Below GeoNames' town lists: Darfur's displacement camps, Beirut's southern suburbs
    # and a Gaza City district, which conflict news names alone.
    text = "Strikes hit Dahiyeh and Shejaiya; the RSF shelled Zamzam near El Fasher."
    rows = resolved(text, ["Dahiyeh", "Shejaiya", "Zamzam", "El Fasher"])
    assert {n: (r["feature_code"], r["country_code"]) for n, r in rows.items()} == {
        "Dahiyeh": ("RGN", "LB"),
        "Shejaiya": ("PPLX", "PS"),
        "Zamzam": ("CMPRF", "SD"),
        "El Fasher": ("PPLA", "SD"),
    }
