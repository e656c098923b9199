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


def test_the_owner_of_what_only_a_company_has_is_a_company() -> None:
    assert labelled("Regulators examined Vantorix's accounts.").get("Vantorix") == {"ORG"}
    assert labelled("Vantorix's chief executive resigned.").get("Vantorix") == {"ORG"}
    assert "ORG" not in labelled("Investors questioned M&S's board.").get("S", set())


def test_a_noun_for_a_company_before_a_speaker_types_it() -> None:
    assert labelled("Security firm Ambrelo said a ship was hit.").get("Ambrelo") == {"ORG"}
    assert labelled("Shipping giant Maerlund said ships would reroute.").get("Maerlund") == {"ORG"}
    assert labelled("The airline, Skyvanta, said flights resumed.").get("Skyvanta") == {"ORG"}
    found = labelled("Introducing the band, Springsteen mocked Bono.")
    assert found.get("Springsteen") == {"PERSON"}
    assert labelled("The folk group, Peter, Paul and Mary sang.").get("Peter") == {"PERSON"}
    assert not labelled("What next - some giant CGI Soup Dragons?").get("CGI Soup Dragons")
