"""Entities: named operations ("Operation Shujaa") are events."""

from __future__ import annotations

from entity_labels import labelled


def test_a_name_operation_opens_is_an_event() -> None:
    found = labelled("The two armies launched Operation Kivuli against the militia.")
    assert found.get("Operation Kivuli") == {"EVENT"}
    # A code word a name list knows as a person's is the operation's too.
    found = labelled("Police seized 40 servers in Operation Spencer last year.")
    assert found.get("Operation Spencer") == {"EVENT"}


def test_a_sentence_opening_operation_joins_the_name_again() -> None:
    found = labelled("Operation Granite Shield began in March.")
    assert found.get("Operation Granite Shield") == {"EVENT"}


def test_a_body_named_operation_stays_a_body() -> None:
    text = "An Operation Fair Vote spokesman welcomed the result."
    assert labelled(text).get("Operation Fair Vote") == {"ORG"}
    found = labelled("Operation Hope Foundation sent food to the camps.")
    assert "EVENT" not in found.get("Operation Hope Foundation", set())
    # "International" ends a charity's name as a body's noun does.
    assert "EVENT" not in labelled("Operation Blessing International sent food.").get(
        "Operation Blessing International", set()
    )


def test_operation_as_an_ordinary_word_names_nothing() -> None:
    assert labelled("Operation of the plant resumed on Monday.") == {}


def test_a_named_operation_that_speaks_or_has_volunteers_is_no_event() -> None:
    # An event says nothing and has no volunteers; a body so named does.
    found = labelled("Operation Smile said it would help the children.")
    assert "EVENT" not in found.get("Operation Smile", set())
    found = labelled("Operation Smile volunteers arrived on Monday.")
    assert "EVENT" not in found.get("Operation Smile", set())


def test_an_operation_opening_a_quote_joins_the_name_again() -> None:
    found = labelled('"Operation Kivuli was a success," he said.')
    assert found.get("Operation Kivuli") == {"EVENT"}
