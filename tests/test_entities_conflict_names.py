"""Entities: names in news of armed conflict (people, armed groups, towns)."""

from __future__ import annotations

from entity_labels import labelled


def test_an_arab_persons_name_after_a_place_verb_stays_a_person() -> None:
    found = labelled("Commandos captured Karim al-Hashemi near the border.")
    assert found.get("Karim al-Hashemi") == {"PERSON"}
    found = labelled("Marines captured Yusuf bin Tamimi last year.")
    assert "LOC" not in found.get("Yusuf bin Tamimi", set())
    assert "GPE" not in found.get("Yusuf bin Tamimi", set())


def test_a_chief_of_service_title_opening_a_sentence_is_trimmed_whole() -> None:
    found = labelled("Chief of Staff Anton Berezin toured the front.")
    assert found.get("Anton Berezin") == {"PERSON"}
    assert "Staff Anton Berezin" not in found
    assert labelled("Chief of Police Omar Farouk spoke.").get("Omar Farouk") == {"PERSON"}
