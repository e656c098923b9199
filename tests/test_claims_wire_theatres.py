"""Claims in wire reports about armed conflict, fourth pass: the writer's concessions
after a report, and constructions met in copy from further theatres."""

from __future__ import annotations

from claim_rows import claims as _claims


def test_a_concession_after_a_set_off_report_is_the_writer_s() -> None:
    """ "A, the ministry said, although B": a concessive clause after the report's comma
    is the writer's own, granted against the report, so the content is A; a predicate
    after the comma still finishes a content the report interrupts."""
    text = "The army retook the town, the ministry said, although observers disputed it."
    assert _claims(text) == [
        ("the ministry", "said", "The army retook the town"),
        ("observers", "disputed", "it"),
    ]
    though = "Rebels control the road, a commander said, though fighting went on."
    assert _claims(though) == [("a commander", "said", "Rebels control the road")]
    even = "Gangs hold the port, police said, even though troops patrol it."
    assert _claims(even) == [("police", "said", "Gangs hold the port")]
    split = "The strike, the army said, targeted a depot."
    assert _claims(split) == [("the army", "said", "The strike, the army said, targeted a depot")]
