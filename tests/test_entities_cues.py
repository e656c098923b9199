"""Entities: the words around a one-word name that settle what a name list guessed.

A lone surname-like word ("Nectar", "Uber") is a person only by a name list's guess;
the noun it modifies ("cardholders", "drivers") is a company's, never a person's.
"""

from __future__ import annotations

import pytest
from entity_labels import labelled

from dataset.entities.extract import extract_entities
from dataset.entities.params import EntityParams

PARAMS = EntityParams()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The rate also applies to Nectar cardholders who borrow.", "Nectar"),
        ("Striking Uber drivers blocked the road on Monday.", "Uber"),
        ("Hundreds of Whitbread employees lost their jobs.", "Whitbread"),
    ],
)
def test_a_name_before_a_companys_noun_is_an_organisation(text: str, body: str) -> None:
    assert labelled(text).get(body) == {"ORG"}


def test_a_full_name_before_such_a_noun_stays_a_person() -> None:
    typed = labelled("Mary Barra employees praised the plan.")
    assert typed.get("Mary Barra") == {"PERSON"}


@pytest.mark.parametrize(
    "name",
    [
        "Organisation for the Prohibition of Chemical Weapons",
        "Movement for the Emancipation of the Niger Delta",
        "Democratic Forces for the Liberation of Rwanda",
        "Alliance of Democratic Forces for the Liberation of Congo",
        "Syrian Observatory for Human Rights",
    ],
)
def test_a_bodys_purpose_phrase_belongs_to_its_name(name: str) -> None:
    text = f"Fighters of the {name} attacked a convoy on Monday."
    rows = [r for r in extract_entities("t", text, PARAMS) if r["parent_mention_id"] is None]
    assert [(r["text"], r["label"]) for r in rows] == [(name, "ORG")]


def test_a_purpose_phrase_ends_at_a_second_name() -> None:
    typed = labelled("The Fund for Peace and the Bank of England disagreed.")
    assert typed.get("Fund for Peace") == {"ORG"}
    assert typed.get("Bank of England") == {"ORG"}
    # "for" between a polity and a place is no purpose phrase.
    typed = labelled("Artists left the Soviet Union for America in the 1920s.")
    assert typed.get("Soviet Union") == {"GPE"} and typed.get("America") == {"GPE"}


@pytest.mark.parametrize(
    ("text", "vessel"),
    [
        ("In 1914 the British ship Endurance sailed south.", "Endurance"),
        ("Guards seized the tanker Stena Impero in the strait.", "Stena Impero"),
    ],
)
def test_a_name_right_after_a_vessels_noun_is_no_person(text: str, vessel: str) -> None:
    # No row, or the ship's (PRODUCT) when no rule typed the name (see `ships`).
    assert labelled(text).get(vessel, {"PRODUCT"}) == {"PRODUCT"}


def test_a_person_after_a_ships_noun_and_a_title_stays_a_person() -> None:
    assert labelled("The ship's captain, Anna Smith, said so.").get("Anna Smith") == {"PERSON"}


def _spans(text: str) -> list[tuple[str, str]]:
    rows = extract_entities("t", text, PARAMS)
    return [(r["text"], r["label"]) for r in rows if r["parent_mention_id"] is None]


def test_a_capitalised_the_mid_sentence_belongs_to_the_bodys_name() -> None:
    assert _spans("The story was first reported by The Onion on Monday.") == [("The Onion", "ORG")]
    # At a sentence's start, or after a capitalised word, "The" is only the article.
    assert _spans("The Onion reported it first.") == [("Onion", "ORG")]
    assert ("The Onion", "ORG") not in _spans("Readers Of The Onion Laughed")


def test_the_place_inside_such_a_name_is_still_found() -> None:
    rows = extract_entities("t", "He wrote to The Athens Police Department on Monday.", PARAMS)
    assert ("The Athens Police Department", "ORG") in [(r["text"], r["label"]) for r in rows]
    assert "Athens" in [r["text"] for r in rows if r["parent_mention_id"] is not None]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Both were taken to St. Michael's Hospital in Toronto.", "St. Michael's Hospital", "ORG"),
        ("He was treated at Addenbrooke's Hospital for a week.", "Addenbrooke's Hospital", "ORG"),
        (
            "They prayed at St. Mark's Coptic Orthodox Cathedral.",
            "St. Mark's Coptic Orthodox Cathedral",
            "FAC",
        ),
        (
            "She taught at Smith's School of Business for years.",
            "Smith's School of Business",
            "ORG",
        ),
    ],
)
def test_a_saints_or_founders_possessive_opens_an_institutions_name(
    text: str, name: str, label: str
) -> None:
    assert (name, label) in _spans(text)


def test_a_countrys_possessive_stays_apart_from_a_body() -> None:
    spans = _spans("Britain's College of Policing issued new guidance.")
    assert ("Britain", "GPE") in spans and ("College of Policing", "ORG") in spans


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("WHO Director-General Tedros Adhanom Ghebreyesus warned.", "Tedros Adhanom Ghebreyesus"),
        ("Lieutenant-General Mohammed Hamdan Dagalo led the assault.", "Mohammed Hamdan Dagalo"),
        ("Attorney-General Merrick Garland spoke.", "Merrick Garland"),
        ("Commander-in-Chief Valerii Zaluzhnyi said so.", "Valerii Zaluzhnyi"),
    ],
)
def test_a_hyphenated_title_stays_outside_the_persons_name(text: str, person: str) -> None:
    spans = _spans(text)
    assert (person, "PERSON") in spans
    assert not [name for name, _ in spans if "-" in name and name.endswith(person)]


def test_a_hyphenated_title_alone_is_no_name_but_a_hyphenated_name_is() -> None:
    assert _spans("The Lieutenant-General arrived late.") == []
    assert ("Catherine Zeta-Jones", "PERSON") in _spans("Catherine Zeta-Jones arrived late.")


@pytest.mark.parametrize(
    "name",
    [
        "Kurdistan Workers' Party",
        "Workers' Party of Korea",
        "Fire Fighters' Association",
        "al-Aqsa Martyrs' Brigades",
    ],
)
def test_a_plural_possessive_stays_inside_a_bodys_name(name: str) -> None:
    assert (name, "ORG") in _spans(f"A statement from the {name} said so.")


def test_a_plural_possessive_before_a_persons_name_ends_the_name_before_it() -> None:
    spans = _spans("The Lakers' Kobe Bryant scored forty points.")
    assert ("Kobe Bryant", "PERSON") in spans
    assert not [name for name, _ in spans if "'" in name]


@pytest.mark.parametrize(
    "name",
    [
        "Jabhat al-Nusra",
        "Jaish al-Islam",
        "Asaib Ahl al-Haq",
        "Hayat Tahrir al-Sham",
        "Lashkar-e-Taiba",
        "Tehreek-e-Labbaik Pakistan",
    ],
)
def test_a_name_opened_by_a_transliterated_bodys_noun_is_an_organisation(name: str) -> None:
    assert (name, "ORG") in _spans(f"Officials said {name} fighters attacked the town.")


def test_such_a_noun_without_an_arabic_article_may_open_a_persons_name() -> None:
    assert ("Ansar Burney", "ORG") not in _spans("The activist Ansar Burney said so.")


def test_a_listed_name_written_with_accents_is_still_listed() -> None:
    spans = _spans("Médecins Sans Frontières said the hospital was hit.")
    assert spans == [("Médecins Sans Frontières", "ORG")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By the 3rd century the emperor Caracalla made a new division.", "Caracalla"),
        ("When author Bracelen Flood spoke, the hall fell silent.", "Bracelen Flood"),
    ],
)
def test_a_name_after_a_lower_case_rank_or_calling_is_a_person(text: str, name: str) -> None:
    """'the emperor Caracalla': a name in apposition to a person's rank or calling."""
    assert labelled(text).get(name) == {"PERSON"}


def test_a_name_talked_about_as_a_word_names_no_entity() -> None:
    """Use and mention: 'the word Hispania' quotes a name; 'the name of Parker's lawyer'
    and a later use of the same name still refer."""
    text = 'Troops reached the Caribbean. The name "Caribbean" comes from the Caribs.'
    rows = [r for r in extract_entities("t", text, PARAMS) if r["text"] == "Caribbean"]
    assert [(r["start"], r["label"]) for r in rows] == [(19, "LOC")]
    assert "Hispania" not in labelled("The origin of the word Hispania is much disputed.")
    assert "Apulia" not in labelled("In 1200 the name Apulia was used for the whole south.")


def test_a_word_after_the_takes_the_place_its_article_shows_it_to_be() -> None:
    """'between the Danevirke and Husum … the Danevirke held': a guess dropped after
    "the" is the place a list beside a town made it, not a modifier ("the X program")."""
    text = (
        "Frost sealed the marsh between the Danevirke and Husum. Later the Danevirke "
        "has stayed German. The Danevirke program was cut."
    )
    rows = [r for r in extract_entities("t", text, PARAMS) if r["text"] == "Danevirke"]
    assert [r["label"] for r in rows] == ["GPE", "GPE"]


def test_a_word_after_the_and_a_nationality_is_no_person() -> None:
    """'the Spanish Inquisition': what a nation has takes an article; a person does not."""
    found = labelled("In 1538 the Spanish Inquisition cautioned its members.")
    assert "PERSON" not in found.get("Inquisition", set())
    assert labelled("The Spanish player Rafael Nadal won.").get("Rafael Nadal") == {"PERSON"}
    assert "Maya" not in labelled("Canoes carried goods for the ancient Maya.")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The Blindleia is a skerry-protected waterway that starts near Oslo.", "Blindleia", "GPE"),
        ("Zorbix is a small company based in Leeds.", "Zorbix", "ORG"),
    ],
)
def test_a_copula_and_a_kind_noun_type_their_subject(text: str, name: str, label: str) -> None:
    assert labelled(text).get(name) == {label}


def test_a_place_name_alone_in_double_quotes_is_cited_not_used() -> None:
    text = 'Sailors called it the "South Sea" then. Ships crossed the North Sea.'
    rows = [(r["text"], r["start"]) for r in extract_entities("t", text, PARAMS)]
    assert ("South Sea", 23) not in rows
    assert ("North Sea", 58) in rows


def test_a_name_joined_to_a_title_s_domain_is_a_second_domain() -> None:
    """'Duke of Cumberland and Strathearn': both are places; a first name joined so
    ("King of Aragon and Isabella") stays a person."""
    found = labelled("His brother Henry, Duke of Cumberland and Strathearn, was exposed.")
    assert found.get("Strathearn") == {"GPE"}
    assert labelled("Ferdinand, King of Aragon and Isabella agreed.").get("Isabella") == {"PERSON"}
