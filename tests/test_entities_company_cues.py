"""Entities: what one holds shares or a stake in is a company, not a place."""

from __future__ import annotations

from entity_labels import labelled


def test_a_name_after_a_stake_in_is_a_company() -> None:
    text = "Rivals bought a 10% stake in Zorbanco on Monday. Zorbanco said little."
    assert labelled(text).get("Zorbanco") == {"ORG"}


def test_a_city_where_shares_trade_stays_a_city() -> None:
    assert labelled("Shares in London fell by 2% on Monday.").get("London") == {"GPE"}


def test_a_name_a_relative_which_follows_is_no_person() -> None:
    text = "Analysts said Zorbanco, which runs the bourse, would bid."
    assert labelled(text).get("Zorbanco") == {"ORG"}
