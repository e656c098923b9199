"""Entities: a name opening a quotation in single quotation marks, as British news and
interviews write them, is still a name; an interjection before it is not part of it."""

from __future__ import annotations

from entity_labels import labelled


def test_a_name_after_an_opening_single_quote_is_found() -> None:
    found = labelled("The manager said: 'Gareth Southgate will stay until the summer.'")
    assert found.get("Gareth Southgate") == {"PERSON"}


def test_an_interjection_before_a_name_is_no_part_of_it() -> None:
    found = labelled("Fans stop him and say, 'Hey Gareth, thank you for the goals.'")
    assert found.get("Gareth") == {"PERSON"}
    assert "Hey Gareth" not in found


def test_an_apostrophe_inside_a_name_still_joins_it() -> None:
    assert labelled("Officer Sean O'Brien arrived on Tuesday.").get("Sean O'Brien") == {"PERSON"}
