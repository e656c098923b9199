"""Entities: towns named like people, and place names by their shape, in local news.

A gazetteer town that shares a first name or surname ("Lancaster", "Columbus") is typed by
the words around it: a noun only a place's name modifies ("Lancaster voters"), a
preposition even at a sentence's start ("In Columbus"), a local office ("Toledo Mayor").
Forts and wildernesses are places whatever name they carry. The same names in a person's
sentence shapes stay people.
"""

from __future__ import annotations

import pytest

from dataset.entities.classify import Mention
from dataset.entities.extract import extract_entities
from dataset.entities.keys import resolve
from dataset.entities.lexicon import load
from dataset.entities.params import EntityParams

PARAMS = EntityParams()
PLACES = {"GPE", "LOC", "FAC"}


def _typed(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for row in extract_entities("t", text, PARAMS):
        assert text[row["start"] : row["end"]] == row["text"]
        found.setdefault(row["text"], set()).add(row["label"])
    return found


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Lancaster voters can apply for absentee ballots.", "Lancaster"),
        ("The Lancaster schools will close on Friday.", "Lancaster"),
        ("Sen. Jon Husted, a Kettering Republican, voted no.", "Kettering"),
    ],
)
def test_a_town_a_place_noun_follows_is_a_place(text: str, town: str) -> None:
    assert _typed(text).get(town) == {"GPE"}


def test_a_capitalised_preposition_is_a_place_cue() -> None:
    assert _typed("In Columbus, firefighters agreed to a pay freeze.").get("Columbus") == {"GPE"}
    assert _typed("Columbus agreed to a pay freeze.").get("Columbus") == {"PERSON"}


def test_downtown_is_a_place_cue() -> None:
    found = _typed("Developers want to remake downtown Cleveland as a mall.")
    assert found.get("Cleveland") == {"GPE"}


def test_a_town_before_a_local_office_is_the_town() -> None:
    found = _typed("Toledo Mayor Jane Doe says she plans layoffs.")
    assert found.get("Toledo") == {"GPE"}
    assert found.get("Jane Doe") == {"PERSON"}


def test_a_speaking_name_stays_a_person() -> None:
    assert _typed("Lancaster said the voters were angry.").get("Lancaster") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The unit moved to Fort Addison last year.", "Fort Addison"),
        ("Hikers love the Marcy Hollow Wilderness in summer.", "Marcy Hollow Wilderness"),
    ],
)
def test_forts_and_wildernesses_are_places(text: str, place: str) -> None:
    labels = _typed(text).get(place)
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
    assert _typed(text).get(town) == {"GPE"}


def test_people_in_similar_phrases_stay_people() -> None:
    found = _typed("A letter from Smith to Jones arrived. Carter's home was searched.")
    assert found.get("Smith") == {"PERSON"}
    assert found.get("Carter") == {"PERSON"}
    found = _typed("They showed affection towards Churchill and others.")
    assert found.get("Churchill") == {"PERSON"}


def test_a_one_word_name_after_a_person_and_of_is_the_town() -> None:
    found = _typed("No one knows that better than Mindy Miller of Ravenel, whose son is 8.")
    assert found.get("Ravenel") == {"GPE"}
    assert found.get("Mindy Miller") == {"PERSON"}
    assert "GPE" not in _typed("He hired Ginger Cook of Fundex Solutions to write.").get(
        "Fundex Solutions", set()
    )


def test_a_body_named_after_a_town_holds_the_town() -> None:
    found = _typed("The Dublin Singers received a grant. Dublin is their home.")
    assert found.get("Dublin Singers") == {"ORG"}
    assert found.get("Dublin") == {"GPE"}
    assert _typed("Paris Hilton arrived late.").get("Paris Hilton") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Rebels struck south of the Sri Lankan capital Colombo on Monday.", "Colombo"),
        ("Her grandchildren, Julie and Tim Drexler, both of Annville, survive.", "Annville"),
        ("Anna Winstanley, 25, from Marston, brought coats.", "Marston"),
    ],
)
def test_more_phrases_only_places_take(text: str, town: str) -> None:
    assert _typed(text).get(town) == {"GPE"}


def test_a_state_after_miss_is_a_pageants_place() -> None:
    assert _typed("She will compete for the Miss Ohio title in June.").get("Ohio") == {"GPE"}
    assert _typed("Miss Smith said no.").get("Smith") == {"PERSON"}


def test_a_plural_place_noun_types_every_listed_name() -> None:
    found = _typed("The towns of Haris and Varzaqan were hit.")
    assert found.get("Haris") == {"GPE"}
    assert found.get("Varzaqan") == {"GPE"}
    found = _typed("He met the heads of Smith and Jones.")
    assert found.get("Jones") == {"PERSON"}
    found = _typed("Having secured the regions of Macedon, Philip assembled an army.")
    assert found.get("Philip") == {"PERSON"}


def test_the_town_after_a_street_in_an_address_is_a_place() -> None:
    found = _typed("A youth club in Newmarket Road, Cambridge, opened.")
    assert found.get("Cambridge") == {"GPE"}


def test_a_titled_person_is_no_body_named_after_a_town() -> None:
    found = _typed(
        "Vladimir is a city east of Moscow. President Vladimir Putin spoke. Vladimir Putin said no."
    )
    assert found.get("Vladimir Putin") == {"PERSON"}
    assert _typed("The Dublin Singers received a grant.").get("Dublin") is None
