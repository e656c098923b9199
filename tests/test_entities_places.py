"""Entities: the evidence that a name is a town even when it is also a person's name.

Local news names small towns that share surnames ("Chapin", "Swanton") and writes them in
shapes no person's name takes: a modifier of "man" or "police", a town before its state,
a capitalised dateline, a legislator's home after the party letter. A person's name in
the same shapes of sentence must stay a person. So must a name a place noun follows
("Lancaster voters"), a preposition even at a sentence's start ("In Columbus"), a local
office ("Toledo Mayor"), a route, an address or a plural place noun; forts and
wildernesses are places whatever name they carry.
"""

from __future__ import annotations

import pytest
from entity_labels import labelled

from dataset.entities.classify import Mention
from dataset.entities.context import repeated_places
from dataset.entities.extract import extract_entities
from dataset.entities.keys import resolve
from dataset.entities.lexicon import ascii_fold, load
from dataset.entities.params import EntityParams

PARAMS = EntityParams()
PLACES = {"GPE", "LOC", "FAC"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Chapin man dies after car strikes tree. A Chapin man died early Tuesday.", "Chapin"),
        ("Roselle police ticketed hundreds of motorists last month.", "Roselle"),
        ("The 20-year-old Camarillo resident said he wanted to see history.", "Camarillo"),
        ("Ronald Drocy of Swanton, Ohio, had been playing in the pool.", "Swanton"),
        ("He was held in Lumpkin, Ga. on Monday.", "Lumpkin"),
        ("The court accused a Meadow Grove man of assault.", "Meadow Grove"),
    ],
)
def test_a_town_named_like_a_person_is_a_place_by_its_shape(text: str, town: str) -> None:
    assert labelled(text).get(town) == {"GPE"}


def test_persons_in_the_same_sentence_shapes_stay_persons() -> None:
    found = labelled(
        "According to Conrad, South Africa increasingly spreads its volumes. "
        "Chapin said the K-State men's team would play."
    )
    assert "GPE" not in found.get("Conrad", set())
    assert "GPE" not in found.get("Chapin", set())
    assert "GPE" not in found.get("K-State", set())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ohio recession: Pay cuts. MOUNT GILEAD (AP) -- A city court won't accept.",
            "MOUNT GILEAD",
        ),
        ("Home hit by fire. BYESVILLE -- Firefighters are searching.", "BYESVILLE"),
        ("Budget approved. FALLS VILLAGE — The board moved quickly.", "FALLS VILLAGE"),
        # The dateline's parts are the claim rules' too (text.datelines): a date may follow.
        ("MOUNT GILEAD, Jan 5 (Reuters) - Police said the road was shut.", "MOUNT GILEAD"),
    ],
)
def test_a_capitalised_dateline_is_a_place(text: str, place: str) -> None:
    assert labelled(text).get(place) == {"GPE"}


def test_a_capitalised_heading_is_no_dateline() -> None:
    found = labelled("Keeping track. NOTICE: This is the final article. READ MORE: the deal.")
    assert "NOTICE" not in found and "READ MORE" not in found


def test_a_legislators_party_letter_is_cut_from_the_home_town() -> None:
    text = (
        "Rep. Barbara Lee, D-Oakland, and Sen. Frank Lautenberg, D-N.J., today reintroduced "
        "the bill. Rep. Nick Rahall, D-W. Va., agreed (R-Ocilla) too."
    )
    found = labelled(text)
    for home in ("Oakland", "N.J.", "W. Va.", "Ocilla"):
        assert found.get(home) == {"GPE"}, home
    assert "D-Oakland" not in found and "N" not in found


def test_a_county_opening_a_name_is_the_countys_and_no_persons() -> None:
    rows = extract_entities(
        "t", "Take a stroll around the Walker County Fairgrounds today.", PARAMS
    )
    labels = {(row["text"], row["label"], row["parent_mention_id"] is None) for row in rows}
    assert ("Walker County", "GPE", False) in labels
    assert not any(label == "PERSON" for _text, label, _flat in labels)


def test_a_town_listed_among_sure_places_is_a_place() -> None:
    found = labelled("Service connecting Cleveland, Columbus, Dayton and Cincinnati resumed.")
    assert found.get("Dayton") == {"GPE"} and found.get("Columbus") == {"GPE"}


def test_people_listed_together_stay_people() -> None:
    found = labelled("The winners were Mia Gipson, Morgan McGhee and Kayla Swain of Ohio.")
    assert found.get("Morgan McGhee") == {"PERSON"} and found.get("Kayla Swain") == {"PERSON"}


def test_a_connector_before_a_date_does_not_drop_the_name() -> None:
    found = labelled(
        "He will appear in Litchfield Superior Court on April 7. Officers from the "
        "Huntsville Police Department and the State University Police Department came."
    )
    assert found.get("Litchfield Superior Court") == {"ORG"}
    assert found.get("Huntsville Police Department") == {"ORG"}
    assert found.get("Huntsville") == {"GPE"}  # nested in the department's name


def test_the_place_after_an_of_head_is_a_place_though_named_like_a_person() -> None:
    rows = extract_entities("t", "Timothy Quill teaches at the University of Rochester.", PARAMS)
    nested = {row["text"] for row in rows if row["parent_mention_id"] is not None}
    assert "Rochester" in nested


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The letters came from the kings of Gezer, who swore loyalty.", "Gezer", "GPE"),
        ("The army advanced as far as the pass of Thermopylae that summer.", "Thermopylae", "LOC"),
        ("A resident of Mabvuku said the water was dirty.", "Mabvuku", "GPE"),
    ],
)
def test_a_name_after_a_polity_or_landform_noun_and_of_is_that_place(
    text: str, name: str, label: str
) -> None:
    """'the kings of Gezer', 'the pass of Thermopylae': the noun before "of" says what kind
    of place an unknown name is, as "the city of" does."""
    assert labelled(text).get(name) == {label}


def test_an_office_of_a_town_city_names_the_town() -> None:
    found = labelled(
        "said Fargo City Commissioner Tim Mahoney. Kansas City Mayor Sly James agreed."
    )
    assert found.get("Fargo") == {"GPE"} and found.get("Kansas City") == {"GPE"}
    assert "Fargo City" not in found


def test_saint_in_a_capitalised_dateline_stays_in_the_name() -> None:
    assert labelled("Man accused of threats. ST. PAUL -- No matter how.").get("ST. PAUL") == {"GPE"}


def test_a_modifier_cue_keeps_a_town_opening_with_a_state() -> None:
    assert labelled("The murder of a Tennessee Colony man.").get("Tennessee Colony") == {"GPE"}


def test_a_small_towns_name_the_article_shows_speaking_is_a_person() -> None:
    found = labelled('Since Obama took office, hopes rose. "It is good," Obama said.')
    assert found.get("Obama") == {"PERSON"}


def test_a_town_named_by_a_cue_stays_a_place_when_said_follows() -> None:
    found = labelled("Pupils at the school in Botley won. Adam Newport, 14, from Botley, said it.")
    assert found.get("Botley") == {"GPE"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Lancaster voters can apply for absentee ballots.", "Lancaster"),
        ("The Lancaster schools will close on Friday.", "Lancaster"),
        ("Sen. Jon Husted, a Kettering Republican, voted no.", "Kettering"),
    ],
)
def test_a_town_a_place_noun_follows_is_a_place(text: str, town: str) -> None:
    assert labelled(text).get(town) == {"GPE"}


def test_a_capitalised_preposition_is_a_place_cue() -> None:
    assert labelled("In Columbus, firefighters agreed to a pay freeze.").get("Columbus") == {"GPE"}
    assert labelled("Columbus agreed to a pay freeze.").get("Columbus") == {"PERSON"}


def test_downtown_is_a_place_cue() -> None:
    found = labelled("Developers want to remake downtown Cleveland as a mall.")
    assert found.get("Cleveland") == {"GPE"}


def test_a_town_before_a_local_office_is_the_town() -> None:
    found = labelled("Toledo Mayor Jane Doe says she plans layoffs.")
    assert found.get("Toledo") == {"GPE"}
    assert found.get("Jane Doe") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Denver-based miners sued the state on Monday.", "Denver"),
        ("Shares in the Frankfurt-based lender fell.", "Frankfurt"),
        ("The Glasgow-based singer toured in spring.", "Glasgow"),
    ],
)
def test_a_town_before_based_is_where_a_body_is_based(text: str, town: str) -> None:
    assert labelled(text).get(town) == {"GPE"}


def test_a_word_no_gazetteer_holds_before_based_is_no_place() -> None:
    # Another name of a town (Stalino, now Donetsk) still needs a place cue.
    assert "GPE" not in labelled("Stalin-based ideology persisted.").get("Stalin", set())
    found = labelled("The Linux-based phones sold well.")
    assert "GPE" not in found.get("Linux", set())


def test_a_speaking_name_stays_a_person() -> None:
    assert labelled("Lancaster said the voters were angry.").get("Lancaster") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The unit moved to Fort Addison last year.", "Fort Addison"),
        ("Hikers love the Marcy Hollow Wilderness in summer.", "Marcy Hollow Wilderness"),
    ],
)
def test_forts_and_wildernesses_are_places(text: str, place: str) -> None:
    labels = labelled(text).get(place)
    assert labels and labels <= PLACES


def _mention(start: int, words: list[str], label: str, method: str) -> Mention:
    end = start + len(" ".join(words))
    return Mention(start, end, words, label, " ".join(words), method)


def test_a_model_guessed_full_name_does_not_make_a_town_a_person() -> None:
    load()
    town = _mention(40, ["Ontario"], "GPE", "gazetteer")
    resolve([_mention(0, ["Province", "of", "Ontario"], "PERSON", "model"), town], True, {})
    assert town.label == "GPE"
    surname = _mention(40, ["Bush"], "GPE", "gazetteer")
    resolve([_mention(0, ["Jeb", "Bush"], "PERSON", "model"), surname], True, {})
    assert surname.label == "PERSON"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Police said Jane Roe, 39, of Pomeroy, was charged.", "Pomeroy"),
        ("The crash happened east of Perham on Monday.", "Perham"),
        ("They drove to Lanexa on Oct. 14.", "Lanexa"),
        ("Guns were found at Carter's Lanexa home.", "Lanexa"),
        ("The trail runs from Wamego to Manhattan.", "Wamego"),
    ],
)
def test_a_guessed_person_in_a_place_phrase_is_a_place(text: str, town: str) -> None:
    assert labelled(text).get(town) == {"GPE"}


def test_people_in_similar_phrases_stay_people() -> None:
    found = labelled("A letter from Smith to Jones arrived. Carter's home was searched.")
    assert found.get("Smith") == {"PERSON"}
    assert found.get("Carter") == {"PERSON"}
    found = labelled("They showed affection towards Churchill and others.")
    assert found.get("Churchill") == {"PERSON"}


def test_a_one_word_name_after_a_person_and_of_is_the_town() -> None:
    found = labelled("No one knows that better than Mindy Miller of Ravenel, whose son is 8.")
    assert found.get("Ravenel") == {"GPE"}
    assert found.get("Mindy Miller") == {"PERSON"}
    assert "GPE" not in labelled("He hired Ginger Cook of Fundex Solutions to write.").get(
        "Fundex Solutions", set()
    )


def test_a_body_named_after_a_town_holds_the_town() -> None:
    found = labelled("The Dublin Singers received a grant. Dublin is their home.")
    assert found.get("Dublin Singers") == {"ORG"}
    assert found.get("Dublin") == {"GPE"}
    assert labelled("Paris Hilton arrived late.").get("Paris Hilton") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Rebels struck south of the Sri Lankan capital Colombo on Monday.", "Colombo"),
        ("Her grandchildren, Julie and Tim Drexler, both of Annville, survive.", "Annville"),
        ("Anna Winstanley, 25, from Marston, brought coats.", "Marston"),
    ],
)
def test_more_phrases_only_places_take(text: str, town: str) -> None:
    assert labelled(text).get(town) == {"GPE"}


def test_a_state_after_miss_is_a_pageants_place() -> None:
    assert labelled("She will compete for the Miss Ohio title in June.").get("Ohio") == {"GPE"}
    assert labelled("Miss Smith said no.").get("Smith") == {"PERSON"}


def test_a_plural_place_noun_types_every_listed_name() -> None:
    found = labelled("The towns of Haris and Varzaqan were hit.")
    assert found.get("Haris") == {"GPE"}
    assert found.get("Varzaqan") == {"GPE"}
    # Settlements of lawsuits, communities of people: no place nouns.
    found = labelled("The judge approved the settlements of Purdue and Mallinckrodt.")
    assert "GPE" not in found.get("Purdue", set()) | found.get("Mallinckrodt", set())
    found = labelled("Floods cut off the townships of Hartley, Benton and Mabry.")
    assert found.get("Mabry") == {"GPE"}
    found = labelled("Aid reached the municipalities of Kalenga, Mutombo and Ilunga.")
    assert found.get("Mutombo") == {"GPE"}
    assert found.get("Ilunga") == {"GPE"}
    found = labelled("He met the heads of Smith and Jones.")
    assert found.get("Jones") == {"PERSON"}
    found = labelled("Having secured the regions of Macedon, Philip assembled an army.")
    assert found.get("Philip") == {"PERSON"}


def test_the_town_after_a_street_in_an_address_is_a_place() -> None:
    found = labelled("A youth club in Newmarket Road, Cambridge, opened.")
    assert found.get("Cambridge") == {"GPE"}


def test_a_titled_person_is_no_body_named_after_a_town() -> None:
    found = labelled(
        "Vladimir is a city east of Moscow. President Vladimir Putin spoke. Vladimir Putin said no."
    )
    assert found.get("Vladimir Putin") == {"PERSON"}
    assert labelled("The Dublin Singers received a grant.").get("Dublin") is None


def test_an_untagged_repeat_of_a_typed_place_is_that_place() -> None:
    text = (
        "Voters in Mansfield go to the polls today. The library is recognizing the sixth "
        "annual Mansfield Reads! program."
    )
    rows = [r for r in extract_entities("t", text, PARAMS) if r["text"] == "Mansfield"]
    assert [r["start"] for r in rows] == [10, text.rindex("Mansfield")]
    assert {r["label"] for r in rows} == {"GPE"}


def _repeats(text: str, first: str) -> list[str]:
    start = text.index(first)
    source = Mention(start, start + len(first), first.split(), "GPE", first, "gazetteer")
    found = repeated_places([source], text, load(), PARAMS)
    assert all(text[m.start : m.end] == first and m.label == "GPE" for m in found)
    return [text[m.start - 4 : m.end] for m in found]


def test_a_repeat_is_not_the_tail_of_a_longer_name_or_a_title() -> None:
    text = (
        "Storms hit Hudson overnight. North Hudson lost power, Mr. Hudson said, and "
        "Thomas Hudson agreed. Crews in Ohio. Hudson police and the Hudson library helped."
    )
    assert _repeats(text, "Hudson") == ["io. Hudson", "the Hudson"]


def test_a_repeat_skips_possessives_and_parts_of_longer_words() -> None:
    text = "Storms hit Hudson overnight. Hudson's mayor met Hudsonville and Hudson-Smith."
    assert _repeats(text, "Hudson") == []


def test_a_sentence_initial_common_word_is_not_read_as_the_place() -> None:
    text = "The storm reached Mobile on Monday. Mobile phones failed. Crews in Mobile helped."
    assert _repeats(text, "Mobile") == [" in Mobile"]


def test_a_guessed_or_acronym_place_is_never_repeated() -> None:
    text = "Funds went to TIF I downtown. TIF II pays for roads."
    source = Mention(14, 17, ["TIF"], "GPE", "TIF", "gazetteer")
    assert repeated_places([source], text, load(), PARAMS) == []
    text = "The Montessori program grew. Parents praised the Montessori school."
    source = Mention(4, 14, ["Montessori"], "GPE", "Montessori", "context")
    assert repeated_places([source], text, load(), PARAMS) == []


def test_a_place_the_article_names_is_read_inside_a_longer_name() -> None:
    text = (
        "Flooding closed roads near Cookville on Monday. The Cookville Volunteer Fire "
        "Department rescued two drivers."
    )
    rows = extract_entities("t", text, PARAMS)
    inner = [r for r in rows if r["parent_mention_id"] is not None]
    assert [(r["text"], r["label"], r["start"]) for r in inner] == [
        ("Cookville", "GPE", text.rindex("Cookville"))
    ]
    parent = next(r for r in rows if r["mention_id"] == inner[0]["parent_mention_id"])
    assert parent["text"] == "Cookville Volunteer Fire Department"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The meeting is at Ludlow Town Hall on Monday.", "Ludlow"),
        ("He appeared in Middlesex Superior Court on Monday.", "Middlesex"),
        ("The Crestwood Board of Education met on Monday.", "Crestwood"),
        ("Tickets for the Marion Public Library sale went fast.", "Marion"),
    ],
)
def test_a_local_governments_words_make_a_small_town_inside_a_name(text: str, town: str) -> None:
    rows = extract_entities("t", text, PARAMS)
    inner = [(r["text"], r["label"]) for r in rows if r["parent_mention_id"] is not None]
    assert inner == [(town, "GPE")]


def test_a_school_named_like_a_town_holds_no_place() -> None:
    rows = extract_entities("t", "She teaches at Lincoln High School in the city.", PARAMS)
    assert [r["text"] for r in rows] == ["Lincoln High School"]


@pytest.mark.parametrize(
    ("text", "road", "not_a_road"),
    [
        ("A three-vehicle crash on KY 52 west hurt two drivers.", "KY 52", "KY"),
        ("Volunteers will pick up trash along TX 19 near the park.", "TX 19", "TX"),
    ],
)
def test_a_postal_code_and_a_number_on_a_road_name_a_state_route(
    text: str, road: str, not_a_road: str
) -> None:
    typed = labelled(text)
    assert typed[road] == {"FAC"}
    assert not_a_road not in typed


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fired an AK 47 at the convoy.",  # no road's preposition before it
        "Mail it to Louisville, KY 40202 by Friday.",  # a ZIP code
        "He was stopped on S.C. 6 near the line.",  # a dotted state stays the state
    ],
)
def test_a_state_abbreviation_before_other_numbers_is_no_route(text: str) -> None:
    assert all(label != {"FAC"} for label in labelled(text).values())


def test_a_state_opening_a_longer_place_is_cut_after_the_place() -> None:
    typed = labelled("He flew from Kansas City International to Dallas on Monday.")
    assert typed.get("Kansas City") == {"GPE"}
    assert "Kansas" not in typed


def test_a_name_like_a_road_with_officials_is_an_organisation() -> None:
    typed = labelled(
        "United Way estimates the line helps many callers. United Way officials said the "
        "service would grow. Traffic on Main Street was slow."
    )
    assert typed["United Way"] == {"ORG"}
    assert typed["Main Street"] == {"FAC"}


def test_a_holiday_after_a_preposition_is_no_place() -> None:
    typed = labelled(
        "Shoppers asked what is kosher at Passover and bought turkeys for Thanksgiving."
    )
    assert "Passover" not in typed and "Thanksgiving" not in typed


def test_a_kind_of_place_word_alone_is_no_town() -> None:
    # "Parkway" is a gazetteer town too; with no cue it is a road's end.
    assert "Parkway" not in labelled("Crews finished Governors’ Parkway last year.")
    assert labelled("He moved to Parkway last year.")["Parkway"] == {"GPE"}


def test_a_small_province_named_like_a_first_name_opens_a_persons_name() -> None:
    # "Paul" is a Cape Verdean municipality; a US state stays the place it opens.
    typed = labelled("Paul Mifsud, the late chief of staff, said so. Florida Mifsud agreed.")
    assert "Paul" not in typed
    assert typed.get("Florida") == {"GPE"}


def test_a_province_named_like_a_first_name_still_ends_a_teams_name() -> None:
    assert labelled("She was named to Team Alberta's junior squad.").get("Alberta") == {"GPE"}


def test_an_acronym_the_article_introduces_is_no_place() -> None:
    typed = labelled(
        "NICE to tidy neighborhoods. The Neighborhood Improvement Coordination Effort, or "
        "NICE program, starts soon. For more on NICE, call the city."
    )
    assert typed["NICE"] == {"ORG"}
    # A dateline in capitals with no such introduction stays the city.
    assert labelled("BATH — Residents met. The Bath and Avon Trust helped.")["BATH"] == {"GPE"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brown University agreed to pay the fine.", "Brown University"),
        ("Rice University said it would appeal.", "Rice University"),
    ],
)
def test_a_surname_opening_a_sentence_keeps_its_institution(text: str, name: str) -> None:
    """'Brown University agreed': the sentence-initial surname is not dropped as the
    common word "brown", which left "University" alone to pass for a place."""
    found = labelled(text)
    assert found.get(name) == {"ORG"}
    assert "University" not in found


def test_one_fold_serves_the_gazetteer_build_and_its_accented_spellings() -> None:
    """The canonical spelling of a town is a surface when its fold is one: the fold drops
    the accents alone, and keeps a transliteration's apostrophe as the surfaces do."""
    assert ascii_fold("Al Qā’im") == "Al Qa’im"
    assert load().places["Al Qā’im"].canonical == "Al Qā’im"
