"""Quantities: values as floats in base units, units, and exact spans into the text."""

from __future__ import annotations

import pytest

from dataset.claims.quantities import extract_quantities


def _q(text: str) -> list[tuple[float, str | None, str]]:
    found = extract_quantities(text, 0, len(text))
    for q in found:
        assert text[q["start"] : q["end"]] == q["text"]
    return [(q["value"], q["unit"], q["text"]) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("control over 85% of territory", [(85.0, "percent", "over 85%")]),
        (
            "an estimated $20m (£14m) monthly revenue",
            [(20e6, "USD per month", "an estimated $20m"), (14e6, "GBP per month", "£14m")],
        ),
        ("aid of $5bn a year", [(5e9, "USD per year", "$5bn")]),
        ("20 million dollars per year", [(20e6, "USD per year", "20 million dollars")]),
        ("on $2 a day", [(2.0, "USD per day", "$2")]),
        ("the $5bn annual budget", [(5e9, "USD per year", "$5bn")]),
        ("paid $5bn a year ago", [(5e9, "USD", "$5bn")]),
        ("cost $3m, a year after", [(3e6, "USD", "$3m")]),
        ("the country's 400 districts", [(400.0, "district", "400 districts")]),
        ("held tens of thousands of troops", [(20000.0, "troop", "tens of thousands of troops")]),
        ("more than a third of the country", [(1 / 3, "fraction", "more than a third")]),
        ("within six months", [(6.0, "month", "six months")]),
        ("after 20 years of war", [(20.0, "year", "20 years")]),
        ("1.5 billion", [(1.5e9, None, "1.5 billion")]),
        ("two decades battling", [(2.0, "decade", "two decades")]),
        ("two hundred and fifty fighters", [(250.0, "fighter", "two hundred and fifty fighters")]),
        ("5 per cent", [(5.0, "percent", "5 per cent")]),
        ("1,200 civilians", [(1200.0, "civilian", "1,200 civilians")]),
    ],
)
def test_quantities(text: str, expected: list) -> None:
    assert _q(text) == expected


@pytest.mark.parametrize(
    "text", ["leave by August 31", "on 31 July", "since 2015", "at 10:30", "one of the biggest"]
)
def test_dates_times_and_determiners_are_not_quantities(text: str) -> None:
    assert _q(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("300 Taliban fighters had been killed", [(300.0, "fighter", "300 Taliban fighters")]),
        ("35 government soldiers died", [(35.0, "soldier", "35 government soldiers")]),
        ("14 Ukrainian tanks", [(14.0, "tank", "14 Ukrainian tanks")]),
        ("three Houthi radar sites", [(3.0, "site", "three Houthi radar sites")]),
        ("10 km north towards", [(10.0, "km", "10 km")]),
        (
            "100 Afghan National Army soldiers",
            [(100.0, "soldier", "100 Afghan National Army soldiers")],
        ),
        ("killed 30 Taliban on Monday", [(30.0, "taliban", "30 Taliban")]),
        ("3 million Afghans have fled", [(3e6, "afghan", "3 million Afghans")]),
        ("1 person dies", [(1.0, "person", "1 person")]),
    ],
)
def test_a_modifier_before_a_plural_noun_is_not_the_unit(text: str, expected: list) -> None:
    """A singular word (a name, a demonym, a noun used as an adjective) between the number
    and a plural noun modifies it: the plural noun is what is counted."""
    assert _q(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pledged 1.7 billion Canadian dollars", [(1.7e9, "CAD", "1.7 billion Canadian dollars")]),
        ("5,000 US dollars", [(5000.0, "USD", "5,000 US dollars")]),
        ("2 million Hong Kong dollars", [(2e6, "HKD", "2 million Hong Kong dollars")]),
        ("20 million Swiss francs", [(2e7, "CHF", "20 million Swiss francs")]),
        ("300 Syrian pounds a month", [(300.0, "SYP per month", "300 Syrian pounds")]),
    ],
)
def test_a_nationality_before_a_currency_word_names_the_currency(text: str, expected: list) -> None:
    """ "Canadian dollars" are CAD, not the bare word's USD, nor a count of "Canadian"."""
    assert _q(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 60 second ad ends the show", [(60.0, "second", "60 second")]),
        ("a 10 mile run starts here", [(10.0, "mile", "10 mile")]),
    ],
)
def test_a_measure_before_a_verb_is_the_unit(text: str, expected: list) -> None:
    """A unit of measure used as a modifier ("a 60 second ad") is what the number counts;
    the plural-looking word after it is no head ("ends")."""
    assert _q(text) == expected


def test_offsets_index_the_whole_text() -> None:
    text = "Officials said 85% was taken. Another 400 districts remain."
    start = text.index("Another")
    found = extract_quantities(text, start, len(text))
    assert [(q["value"], q["start"]) for q in found] == [(400.0, text.index("400"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "killed between 800 and 1,300 people",
            [(800.0, "person", "800"), (1300.0, "person", "1,300 people")],
        ),
        ("shot down 27 of 30 drones", [(27.0, "drone", "27"), (30.0, "drone", "30 drones")]),
        (
            "between 2 and 3 million people",
            [(2e6, "person", "2"), (3e6, "person", "3 million people")],
        ),
        ("between $2 and $3 billion", [(2e9, "USD", "$2"), (3e9, "USD", "$3 billion")]),
        # Two counts of their own: the first is no end of a range.
        ("bought 5 and sold 12 cars", [(5.0, None, "5"), (12.0, "car", "12 cars")]),
        # A range rises: a score is none.
        ("in a 3-2 defeat", [(3.0, None, "3"), (2.0, "defeat", "2 defeat")]),
    ],
)
def test_a_range_writes_its_unit_and_scale_once(text: str, expected: list) -> None:
    assert _q(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Palestinian death toll had passed 43,000.", (43000.0, "person", "43,000")),
        ("The toll rose to 30 on Monday.", (30.0, "person", "30")),
        ("a death toll of at least 120", (120.0, "person", "at least 120")),
        # A toll road's price is no count of people.
        ("The toll road costs 5 dollars.", (5.0, "USD", "5 dollars")),
        ("The bridge toll is 5.", (5.0, None, "5")),
    ],
)
def test_a_bare_number_a_toll_reaches_counts_people(text: str, expected: tuple) -> None:
    (found,) = extract_quantities(text, 0, len(text))
    assert (found["value"], found["unit"], found["text"]) == expected


def test_what_a_toll_is_of_may_stand_before_its_verb() -> None:
    text = "The death toll from the attack rose to 52."
    (found,) = extract_quantities(text, 0, len(text))
    assert (found["value"], found["unit"]) == (52.0, "person")


def test_a_part_of_the_whole_shares_its_unit() -> None:
    text = "Ukrainian forces shot down 38 of the 44 drones Russia launched."
    assert [(q["value"], q["unit"]) for q in extract_quantities(text, 0, len(text))] == [
        (38.0, "drone"),
        (44.0, "drone"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed at least 12 on Sunday.", [(12.0, "person")]),
        ("killing 12 and wounding 30", [(12.0, "person"), (30.0, "person")]),
        ("Police arrested 15.", [(15.0, "person")]),
        # A counted noun or another unit stays what it is.
        ("Troops killed 30 fighters.", [(30.0, "fighter")]),
        ("The crop was wounded by a 5 percent fall.", [(5.0, "percent")]),
    ],
)
def test_a_bare_number_a_verb_of_harm_takes_counts_people(text: str, expected: list) -> None:
    assert [(q["value"], q["unit"]) for q in extract_quantities(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 250 taken hostage", (250.0, "hostage", "about 250 taken hostage")),
        ("12 held captive", (12.0, "captive", "12 held captive")),
    ],
)
def test_people_taken_captive_count_as_what_they_were_taken_as(text: str, expected: tuple) -> None:
    (found,) = extract_quantities(text, 0, len(text))
    assert (found["value"], found["unit"], found["text"]) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Troops arrested as many as 30 on Monday.", "as many as 30"),
        ("Gunmen killed up to 12 in the raid.", "up to 12"),
        ("Gunmen killed at\u00a0least 9 in the raid.", "at\u00a0least 9"),
    ],
)
def test_a_harmed_count_takes_every_qualifier_a_number_takes(text: str, surface: str) -> None:
    """One list of qualifiers bounds any number and the object of a verb of harm."""
    (found,) = extract_quantities(text, 0, len(text))
    assert (found["text"], found["unit"]) == (surface, "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count's own noun after "of its/their"
        ("192 of its soldiers were killed", [(192.0, "soldier", "192 of its soldiers")]),
        ("one of its two factories", [(2.0, "factory", "two factories")]),
        # a body counted by its members
        ("the ship's crew of 25", [(25.0, "crew", "25")]),
        # a people after a modifier, and peoples whose plural ends in "-is"
        ("100,000 ethnic Armenians", [(1e5, "armenian", "100,000 ethnic Armenians")]),
        ("4.3 million Somalis", [(4.3e6, "somali", "4.3 million Somalis")]),
        # a measure joined by a hyphen
        ("a 24-hour offensive", [(24.0, "hour", "24-hour")]),
        # a model's number is part of its name
        ("an MQ-9 Reaper and F-16 jets", []),
        (
            "1.5 million-2 million people",
            [(1.5e6, "person", "1.5 million"), (2e6, "person", "2 million people")],
        ),
        # the count's verb is no unit; those who died or fled are people
        ("12 died in the attack", [(12.0, "person", "12")]),
        ("about 40 arrived on Monday", [(40.0, None, "about 40")]),
        ("300,000 backlogged samples", [(3e5, "sample", "300,000 backlogged samples")]),
    ],
)
def test_what_a_conflict_count_counts(text: str, expected: list) -> None:
    assert _q(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number hyphened to a capitalised word is part of a name
        ("The Covid-19 pandemic killed 5 people", [(5.0, "person", "5 people")]),
        # a model's number: the plural after its name is what is counted
        ("three F-16 jets", [(3.0, "jet", "three F-16 jets")]),
        ("two Su-25 ground-attack planes", [(2.0, "plane", "two Su-25 ground-attack planes")]),
        ("two F-16s crashed", [(2.0, None, "two")]),
        # a linking verb is no unit; remaining missing or trapped, they are people
        ("At least 20 remain missing", [(20.0, "person", "At least 20")]),
        ("30 remained trapped under rubble", [(30.0, "person", "30")]),
        ("five remain in hospital", [(5.0, None, "five")]),
    ],
)
def test_names_and_linking_verbs_are_no_units(text: str, expected: list) -> None:
    assert _q(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count added to others counts the noun after "other"/"more"
        ("a commander and four other people", [(4.0, "person", "four other people")]),
        ("two more soldiers died", [(2.0, "soldier", "two more soldiers")]),
        ("five more than last year", [(5.0, None, "five")]),
        # a war's number is its name
        ("the worst since World War Two", []),
        # currencies of the theatres reported
        ("10 million naira", [(1e7, "NGN", "10 million naira")]),
    ],
)
def test_added_counts_war_names_and_more_currencies(text: str, expected: list) -> None:
    assert _q(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a determined whole counts the whole's noun
        (
            "rescued 15 of the abducted villagers",
            [(15.0, "villager", "15 of the abducted villagers")],
        ),
        (
            "two of the three blockbuster drugs",
            [(2.0, "drug", "two"), (3.0, "drug", "three blockbuster drugs")],
        ),
        ("the last 16 of the Champions League", [(16.0, None, "16")]),
        # a part named by no plural noun counts nothing
        ("3 of the best", [(3.0, None, "3")]),
    ],
)
def test_a_part_of_a_determined_whole(text: str, expected: list) -> None:
    assert _q(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plurals in "-men" count their singular
        ("Dozens of gunmen stormed the village", [(24.0, "gunman", "Dozens of gunmen")]),
        ("two specimens", [(2.0, "specimen", "two specimens")]),
        # a toll of a longer phrase ("from three days of clashes") still counts people
        (
            "the death toll from three days of clashes had risen to 1,018",
            [(3.0, "day", "three days"), (1018.0, "person", "1,018")],
        ),
    ],
)
def test_men_plurals_and_longer_tolls(text: str, expected: list) -> None:
    assert _q(text) == expected
