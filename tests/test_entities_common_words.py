"""Entities: capitalised words that name a kind of thing, not one person, body or place,
and the words that say a name is a company's or a magazine's."""

from __future__ import annotations

import pytest
from entity_labels import labelled


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ministers ruled out a rise in VAT for next year.", "VAT"),
        ("Shares rose ahead of the IPO, and DVD sales fell.", "IPO"),
        ("Shares rose ahead of the IPO, and DVD sales fell.", "DVD"),
        ("He was arrested for DUI after the crash.", "DUI"),
    ],
)
def test_an_abbreviation_of_a_common_noun_is_no_name(text: str, word: str) -> None:
    assert word not in labelled(text)


def test_a_bodys_acronym_is_still_an_organisation() -> None:
    assert labelled("Ministers ruled out a rise, the IMF said.").get("IMF") == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The contract moved to Google, Inc. of Mountain View.", "Google, Inc."),
        ("Kelly Cloud of CCNG, Inc. called on Monday.", "CCNG, Inc."),
        ("Samsung Electronics Co., Ltd. said profits rose.", "Samsung Electronics Co., Ltd."),
    ],
)
def test_a_legal_form_after_a_comma_belongs_to_the_companys_name(text: str, name: str) -> None:
    """'CCNG, Inc.': the legal form is part of the name (as in OntoNotes and UNER) and no
    person of its own."""
    found = labelled(text)
    assert found.get(name) == {"ORG"}
    assert "Inc." not in found and "Ltd." not in found


def test_a_word_after_a_comma_that_only_starts_like_a_legal_form_is_not_one() -> None:
    assert "Acme, Co" not in labelled("It sold shares to Acme, Co-operative Bank and Lidl.")


def test_a_name_ending_in_monthly_is_a_magazine() -> None:
    assert labelled("The Washington Monthly 's list of names.").get("Washington Monthly") == {"ORG"}


def test_first_nations_are_a_people_not_an_organisation() -> None:
    """'First Nations culture': Canada's indigenous peoples (NORP), as "Inuit" is."""
    assert labelled("Critics say they trivialize First Nations culture.").get("First Nations") == {
        "NORP"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He told the BBC's Andrew Marr Show that it was over.", "Andrew Marr Show"),
        ("The 2019 Winter Universiade will be hosted by Krasnoyarsk.", "Winter Universiade"),
    ],
)
def test_a_name_ending_in_show_or_universiade_is_an_event_not_a_person(
    text: str, name: str
) -> None:
    assert labelled(text).get(name) == {"EVENT"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The multi-ethnic Achaemenid army crossed the strait.", "Achaemenid"),
        ("Coins of the Abbasids were found.", "Abbasids"),
    ],
)
def test_a_ruling_house_s_adjective_is_a_group_not_a_person(text: str, word: str) -> None:
    """'the Achaemenid army': the adjective of a dynasty describes, as "Ottoman" does."""
    assert labelled(text).get(word) == {"NORP"}


def test_the_roma_are_a_people_not_rome() -> None:
    """'Roma' in English names the Romani people; the city is "Rome"."""
    found = labelled("Rights groups said abuses against the Roma in Hungary continue.")
    assert found.get("Roma") == {"NORP"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The park is a place of rest for San Franciscans.", "San Franciscans"),
        ("Many Chicagoans and Iowans voted early.", "Chicagoans"),
        ("Some New Yorkers stayed home.", "New Yorkers"),
    ],
)
def test_a_big_place_s_name_with_a_people_ending_names_its_inhabitants(
    text: str, people: str
) -> None:
    assert labelled(text).get(people) == {"NORP"}


def test_a_surname_with_a_people_ending_stays_a_name() -> None:
    assert labelled("Senator Bernie Sanders spoke.").get("Bernie Sanders") == {"PERSON"}


def test_the_bantu_are_a_group_of_peoples() -> None:
    assert labelled("Most Bantu never had contact with the traders.").get("Bantu") == {"NORP"}


def test_a_country_s_marines_are_a_body() -> None:
    """'US Marines', like 'US Army', is one organisation, not a country and a person."""
    assert labelled("US Marines moved into Fallujah.").get("US Marines") == {"ORG"}


def test_time_zones_and_a_disease_in_title_case_are_no_bodies() -> None:
    found = labelled("The vote closes at 22:00 GMT. Aids charities and a CD launch followed.")
    assert "GMT" not in found
    assert "Aids" not in found
    assert "CD" not in found
