"""Entities: names that modify a noun or are modified by it, and initials as given names.

A country before a facility noun ("the U.S. base") says whose facility it is; a town
before one names it ("Bagram airfield"). Initials run together ("B.B.") open a person's
name as a given name does. A capitalised institution noun after a sentence-initial
ordinary word ("Local University students") is no town called "University".
"""

from __future__ import annotations

import pytest
from entity_labels import labelled

from dataset.entities.classify import Mention
from dataset.entities.keys import resolve_heads


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Troops returned to the U.S. base near the capital on Monday.", "U.S."),
        ("Rockets hit a Syria border crossing overnight.", "Syria"),
        ("Engineers inspected the Iraq dam again.", "Iraq"),
    ],
)
def test_a_country_before_a_facility_noun_stays_the_country(text: str, country: str) -> None:
    assert labelled(text).get(country) == {"GPE"}


def test_a_town_before_a_facility_noun_still_names_the_facility() -> None:
    assert labelled("Planes landed at Bagram airfield late on Sunday.").get("Bagram") == {"FAC"}


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("Blues legend B.B. King died on Thursday. King was 89.", "B.B. King", "King"),
        ("Fans cheered J.R. Hollins on Friday. Hollins was happy.", "J.R. Hollins", "Hollins"),
    ],
)
def test_initials_run_together_open_a_persons_name(text: str, full: str, short: str) -> None:
    found = labelled(text)
    assert found.get(full) == {"PERSON"}
    assert found.get(short) == {"PERSON"}


def test_a_dotted_country_before_a_surname_like_title_is_no_person() -> None:
    found = labelled("The U.S. Marshal arrived at noon.")
    assert found.get("U.S.") == {"GPE"}
    assert "U.S. Marshal" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Local University students marched through the town on Friday.",
        "Several College buildings burned down last night.",
    ],
)
def test_an_institution_noun_after_an_ordinary_opening_is_no_place(text: str) -> None:
    found = labelled(text)
    assert "University" not in found
    assert "College" not in found


def test_a_named_university_at_a_sentence_start_stays_one_name() -> None:
    assert labelled("Brown University agreed to the terms.").get("Brown University") == {"ORG"}


def test_a_lone_body_noun_with_no_place_cue_is_no_town() -> None:
    text = "Two soldiers died near the entrance to Erciyes\nUniversity. They were on leave."
    assert "University" not in labelled(text)


def test_a_town_named_like_a_body_noun_is_a_place_with_a_cue() -> None:
    assert labelled("The family moved to Mission last spring.").get("Mission") == {"GPE"}


def test_a_european_word_for_a_bank_or_group_opens_a_company_name() -> None:
    found = labelled("Shares in Deutsche Boerse rose after Banco Santander reported profits.")
    assert found.get("Deutsche Boerse") == {"ORG"}
    assert found.get("Banco Santander") == {"ORG"}


def test_a_surname_ending_like_a_peoples_word_is_no_people() -> None:
    found = labelled("The board met on Monday and Evans would decide later.")
    assert found.get("Evans") != {"NORP"}


def test_a_town_before_a_clubs_last_word_is_the_club() -> None:
    found = labelled("Leeds United beat Blackburn Rovers 2-0 on Saturday.")
    assert found.get("Leeds United") == {"ORG"}
    assert found.get("Blackburn Rovers") == {"ORG"}


def test_a_clubs_last_word_joins_no_names_across_and() -> None:
    found = labelled("Talk about Malcolm Glazer and Leeds United unsettled the fans.")
    assert found.get("Malcolm Glazer") == {"PERSON"}
    assert found.get("Leeds United") == {"ORG"}


def test_a_peoples_word_that_is_also_a_surname_stays_a_peoples_word() -> None:
    assert labelled("The band took over an abandoned Victorian courtroom.").get("Victorian") == {
        "NORP"
    }


def test_a_political_word_alone_is_a_members_description_not_a_town() -> None:
    found = labelled("The bill was backed by the Liberal majority and Liberal MP Jane Doe.")
    assert found.get("Liberal") == {"NORP"}


def test_a_clubs_last_word_alone_refers_back_to_the_club() -> None:
    club = Mention(0, 12, ["Leeds", "United"], "ORG", "Leeds United", "head")
    lone = Mention(30, 36, ["United"], "PERSON", "United", "model")
    resolve_heads([club, lone])
    assert (lone.label, lone.canonical) == ("ORG", "Leeds United")
