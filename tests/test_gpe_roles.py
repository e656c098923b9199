"""Entities: a country or city that acts as an organisation (`gpe_role`)."""

from __future__ import annotations

import pytest

from dataset.entities.extract import extract_entities
from dataset.entities.params import EntityParams
from dataset.evaluate.entities import score_entities, score_gpe_roles
from dataset.io import TableValidationError, to_frame, validate
from dataset.tables import spec


def roles(text: str, params: EntityParams | None = None) -> dict[str, set[str | None]]:
    """Surface text → the roles of its rows; every GPE row keeps its GPE label."""
    found: dict[str, set[str | None]] = {}
    for row in extract_entities("t", text, params or EntityParams()):
        if row["gpe_role"] is not None:
            assert row["label"] == "GPE"
        found.setdefault(row["text"], set()).add(row["gpe_role"])
    return found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia announced a suspension of the treaty on Monday.", "Russia"),
        ("In 1492 Spain had expelled its Jewish population.", "Spain"),
        ("Under the deal the USA would have to withdraw its troops.", "USA"),
        ("Officials said Kabul has repeatedly denied the reports.", "Kabul"),
        ("In 1839, China found itself at war with Britain.", "China"),
        ("After Texas passed the law, protests began.", "Texas"),
        ("The ballot asks: should the United Kingdom approve the treaty?", "United Kingdom"),
        ("In Syria, Turkey launched an offensive against the militia.", "Turkey"),
        ("Israel on Monday said it would widen the operation.", "Israel"),
        ("Russia last week announced new sanctions on the bank.", "Russia"),
        ("Russia is sending more troops to the border.", "Russia"),
        ("Officials said Kabul had admitted the mistake.", "Kabul"),
    ],
)
def test_the_subject_of_a_states_verb_acts_as_an_organisation(text: str, name: str) -> None:
    assert roles(text)[name] == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Australia's foreign ministry summoned the ambassador.", "Australia"),
        ("He described Russia's actions in Crimea as illegal.", "Russia"),
        ("A spokesman for Israel's Foreign Ministry said so.", "Israel"),
        ("The Hong Kong government denied the report.", "Hong Kong"),
        ("Who can stop this Australia side in the final?", "Australia"),
    ],
)
def test_what_only_a_state_has_makes_its_name_the_state(text: str, name: str) -> None:
    assert roles(text)[name] == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Critics argue that the US has spent too much on the border wall.", "US"),
        ("This year, Japan will be hosting the talks on fishing rights.", "Japan"),
        ("Reluctantly Chile could soon join the boycott.", "Chile"),
        ("Peru doesn't recognise the new government.", "Peru"),
        ("Mexico, however, said it would keep the embassy open.", "Mexico"),
        ("Tonga, meanwhile, has quietly dropped its complaint.", "Tonga"),
    ],
)
def test_a_clause_opening_name_with_an_active_verb_group_acts(text: str, name: str) -> None:
    assert roles(text)[name] == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Norway has been hit by heavy snow this week.", "Norway"),
        ("Norway will be cold and wet on Sunday.", "Norway"),
        ("Kenya has become a hub for regional airlines.", "Kenya"),
        ("Britain could see temperatures of 30C by Friday.", "Britain"),
        ("Chile has a long coastline and a dry north.", "Chile"),
        ("Officials from Chile will visit next month.", "Chile"),
        ("Exporters such as Chile could lose the most.", "Chile"),
        ("Oslo, the capital, has been quiet since the storm.", "Oslo"),
        ("Greece has burned for a week.", "Greece"),
        ("Texas has frozen solid.", "Texas"),
        ("Spain will swelter on Sunday.", "Spain"),
        ("Florida could flood by 2050.", "Florida"),
        ("Spain will be experiencing a heatwave on Sunday.", "Spain"),
        ("The UK will be basking in sunshine.", "UK"),
        ("California has been burning for weeks.", "California"),
        ("Chile will in future be drier.", "Chile"),
    ],
)
def test_a_verb_group_that_describes_the_place_keeps_it_a_place(text: str, name: str) -> None:
    assert roles(text)[name] == {"LOC"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Norway has frozen the accounts of two trading firms.", "Norway"),
        ("Peru has changed its stance on the mining law.", "Peru"),
        ("Egypt has flooded the border crossing with aid trucks.", "Egypt"),
        ("Qatar has grown its share of the gas market.", "Qatar"),
        ("Serbia has been shaking up its army command.", "Serbia"),
        ("Ghana will freeze payments to the contractor.", "Ghana"),
        ("Canada has cooled on the pipeline plan.", "Canada"),
        ("Austria has warmed to the idea of a summit.", "Austria"),
        ("The vote is a chance for Chile to change the course of its reforms.", "Chile"),
    ],
)
def test_a_verb_of_change_with_an_object_is_a_states_deed(text: str, name: str) -> None:
    assert roles(text)[name] == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fiji were unlucky in the match against Samoa.", "Samoa"),
        ("They celebrated after beating Chile in Lima.", "Chile"),
        ("A narrow win over Peru sealed the title.", "Peru"),
        ("The side lost to Tonga last year.", "Tonga"),
        ("They drew with Uruguay on Sunday.", "Uruguay"),
        ("The council voted for action against Belarus.", "Belarus"),
    ],
)
def test_the_opponent_one_beats_or_stands_against_acts(text: str, name: str) -> None:
    assert roles(text)[name] == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Armenia launched a counteroffensive against Azerbaijan in the spring.", "Azerbaijan"),
        ("Ethiopia stepped up its offensive against Eritrea.", "Eritrea"),
        ("The navy carried out airstrikes against Yemen on Sunday.", "Yemen"),
        ("If Serbia were to attack its neighbour, the union would respond.", "Serbia"),
    ],
)
def test_a_country_attacked_or_a_subjunctive_actor_is_a_state(text: str, name: str) -> None:
    # One wages an offensive against a state as against an opponent; "if X were to"
    # makes X the subject of the infinitive's deed.
    assert roles(text)[name] == {"ORG"}


def test_a_venue_played_or_a_beaten_players_country_is_no_opponent() -> None:
    assert roles("The band will play Hampden in June.")["Hampden"] == {"LOC"}
    assert roles("She beat Chile's top seed in two sets.")["Chile"] == {"LOC"}
    assert roles("The euro rose against the US dollar.")["US"] == {"LOC"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia launched a new offensive against Kharkiv on Friday.", "Kharkiv"),
        ("A missile strike against Odesa killed five people.", "Odesa"),
        ("The assault against Bakhmut continued.", "Bakhmut"),
        ("Troops pushed against Avdiivka from the north.", "Avdiivka"),
        ("Waves crashed against Malta on Sunday.", "Malta"),
        ("The film is set against Paris in the 1920s.", "Paris"),
        ("The skyline stood out against Dubai at dusk.", "Dubai"),
    ],
)
def test_a_place_struck_or_seen_against_is_no_opponent(text: str, name: str) -> None:
    # Conflict news: a city under attack is the place struck, not a state acting.
    assert roles(text)[name] == {"LOC"}


def test_the_subject_of_an_infinitive_after_for_acts() -> None:
    assert roles("The summit is a chance for Peru to show its resolve.")["Peru"] == {"ORG"}
    assert roles("It is too early for Norway to be warm.")["Norway"] == {"LOC"}
    assert roles("Flights for Peru leave at noon.")["Peru"] == {"LOC"}
    # A destination before a purpose is no subject.
    assert roles("The ship was bound for Cyprus to unload aid.")["Cyprus"] == {"LOC"}
    # A name opening the text has no "for" before it, whatever the text ends with.
    assert roles("Lima to Cusco is a long drive with little to stop for ")["Lima"] == {"LOC"}


def test_the_agent_of_a_passive_acts() -> None:
    assert roles("The prisoners were held by Peru for a year.")["Peru"] == {"ORG"}
    found = roles("The plan was tabled by Chile and Peru following the summit.")
    assert found["Chile"] == found["Peru"] == {"ORG"}
    # A place beside, a name modifying the agent, or a possessor is no agent.
    assert roles("Bolivia is bordered by Peru and Chile.")["Peru"] == {"LOC"}
    assert roles("Lesotho is enclosed by South Africa.")["South Africa"] == {"LOC"}
    assert roles("Tokyo was surpassed by Delhi in 2020.")["Delhi"] == {"LOC"}
    assert roles("The film was tipped by UK critics.")["UK"] == {"LOC"}
    assert roles("The firm is owned by Japan's largest bank.")["Japan"] == {"LOC"}


def test_the_subject_of_a_passive_of_dealings_is_a_state_or_team() -> None:
    assert roles("Peru was accused of breaking the truce.")["Peru"] == {"ORG"}
    assert roles("Chile and Peru were invited to the summit.")["Chile"] == {"ORG"}
    assert roles("Fiji have been fined for fielding a banned player.")["Fiji"] == {"ORG"}
    # A territory is hit or occupied, not dealt with.
    assert roles("Kandahar was shelled overnight.")["Kandahar"] == {"LOC"}
    assert roles("Norway was hit by storms.")["Norway"] == {"LOC"}


def test_a_singular_name_with_a_plural_verb_is_a_team_or_state() -> None:
    assert roles("Samoa say their captain is fit to play.")["Samoa"] == {"ORG"}
    assert roles("After the draw, Fiji are top of the group.")["Fiji"] == {"ORG"}
    # Names joined by "and" are plural anyway, and a name ending in "s" may be plural.
    found = roles("Both Norway and Sweden are cold in winter.")
    assert found["Norway"] == found["Sweden"] == {"LOC"}
    assert roles("The Bahamas are a chain of islands.")["Bahamas"] == {"LOC"}
    # "Were" after "if" is a subjunctive, which a singular subject takes.
    assert roles("If Peru were a museum, it would charge entry.")["Peru"] == {"LOC"}


def test_a_place_or_a_modified_noun_after_the_name_is_no_state_action() -> None:
    # A place named after the possessive lies inside the name's territory.
    assert roles("The fair opens at London's Earls Court on Friday.")["London"] == {"LOC"}
    # A determiner before the name makes it modify the noun after it.
    assert roles("Other UK hopes Tom Hardy and Ruth Wilson went home empty-handed.")["UK"] == {
        "LOC"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The council voted to extend sanctions against Belarus.", "Belarus"),
        ("Peru fought a short war with Ecuador in 1995.", "Ecuador"),
        ("The move adds pressure on Chile to act.", "Chile"),
        ("He urged recognition of Kosovo as a state.", "Kosovo"),
        ("Trade talks with Vietnam and Laos resumed.", "Laos"),
        ("Talks  with Turkey resumed on Monday.", "Turkey"),
    ],
)
def test_the_party_to_dealings_between_states_is_a_state(text: str, name: str) -> None:
    assert roles(text)[name] == {"ORG"}


def test_a_name_modifying_the_party_or_a_war_in_a_country_stays_a_place() -> None:
    assert roles("The bank held talks with US lender Capital Trust.")["US"] == {"LOC"}
    # A name or a hyphen after the name makes it modify what follows.
    found = roles("The budget was approved by UK Chancellor Gordon Brown.")
    assert found["UK"] == {"LOC"}
    assert roles("Sanctions against US-based firms were lifted.")["US"] == {"LOC"}
    assert roles("The war in Yemen has lasted nine years.")["Yemen"] == {"LOC"}
    assert roles("The heat put pressure on London's hospitals.")["London"] == {"LOC"}


def test_names_joined_to_a_state_subject_share_its_role() -> None:
    found = roles("Russia and China said on Monday they would veto the resolution.")
    assert found["Russia"] == found["China"] == {"ORG"}
    # Joined names are a plural subject, which takes the bare verb.
    found = roles("Russia and China say they will veto the resolution.")
    assert found["Russia"] == found["China"] == {"ORG"}
    found = roles("China, Russia and Iran have condemned the strike.")
    assert found["China"] == found["Russia"] == found["Iran"] == {"ORG"}
    # The object of a verb does not join the subject after "and".
    found = roles("Russia shelled Kherson and Ukraine said it would respond.")
    assert (found["Kherson"], found["Ukraine"]) == ({"LOC"}, {"ORG"})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police in Kabul said the blast killed three people.", "Kabul"),
        ("Police in the Indian capital Delhi say they arrested him.", "Delhi"),
        ("Kandahar was attacked by the Taliban on Sunday.", "Kandahar"),
        ("Kabul's airport was closed for two days.", "Kabul"),
        ("The phones were ready for its US launch in May.", "US"),
        ("Kabul is itself a city of four million people.", "Kabul"),
        ("Fighting spread across Syria and the Taliban said it would not stop.", "Syria"),
        ("The US demand for heating oil rose.", "US"),
        ("The UK plans for a new tax were dropped.", "UK"),
        ("The Tories promised voters they would be taking Britain back.", "Britain"),
        ("Many young men leave Turkey to seek work abroad.", "Turkey"),
        ("Officials in eastern Ukraine said the dam was hit.", "Ukraine"),
        ("Refugees fleeing Sudan said the town had fallen.", "Sudan"),
        ("A hunt in Badminton, Gloucestershire said 300 people came.", "Gloucestershire"),
        ("Officials expect the US to withdraw the troops it has.", "US"),
    ],
)
def test_a_place_in_its_sentence_stays_a_place(text: str, name: str) -> None:
    assert roles(text)[name] == {"LOC"}


def test_the_same_state_is_read_mention_by_mention() -> None:
    rows = extract_entities(
        "t", "Russia said it would respond. Fighting spread across Russia.", EntityParams()
    )
    assert [row["gpe_role"] for row in rows if row["text"] == "Russia"] == ["ORG", "LOC"]


def test_other_labels_have_no_role_and_roles_can_be_switched_off() -> None:
    text = "The Taliban said Russia announced a suspension."
    assert roles(text)["Taliban"] == {None}
    assert roles(text, EntityParams(gpe_roles=False))["Russia"] == {None}


def test_schema_refuses_a_role_on_a_mention_that_is_no_gpe() -> None:
    rows = extract_entities("t", "The Taliban said Russia announced it.", EntityParams())
    validate(to_frame(rows, spec("entities")), spec("entities"))
    taliban = next(row for row in rows if row["text"] == "Taliban")
    taliban["gpe_role"] = "ORG"
    with pytest.raises(TableValidationError, match="gpe_role"):
        validate(to_frame(rows, spec("entities")), spec("entities"))


def test_a_gold_scheme_that_types_states_by_role_scores_the_role() -> None:
    # "Russia announced": UNER's gold says ORG; the row is a GPE acting as an organisation.
    row = {"start": 0, "end": 6, "label": "GPE", "gpe_role": "ORG"}
    gold = {"d": [{"start": 0, "end": 6, "label": "ORG"}]}
    by_role = score_entities(gold, {"d": [row]}, gpe_roles=True)
    assert (by_role["tp"], by_role["fp"], by_role["fn"]) == (1, 0, 0)
    # Without roles every GPE is a place: one false positive, one miss, the same span.
    plain = score_entities(gold, {"d": [row]})
    assert (plain["tp"], plain["fp"], plain["fn"], plain["span"]["tp"]) == (0, 1, 1, 1)
    # A GPE naming the place is LOC either way.
    place = {**row, "gpe_role": "LOC"}
    loc_gold = {"d": [{"start": 0, "end": 6, "label": "LOC"}]}
    assert score_entities(loc_gold, {"d": [place]}, gpe_roles=True)["tp"] == 1


def test_role_accuracy_counts_the_gold_gpes_a_predicted_gpe_matches() -> None:
    gold = {
        "d": [
            {"start": 0, "end": 2, "label": "GPE", "gpe_role": "ORG"},
            {"start": 10, "end": 15, "label": "GPE", "gpe_role": "LOC"},
            {"start": 20, "end": 25, "label": "GPE", "gpe_role": "LOC"},  # missed
            {"start": 30, "end": 37, "label": "ORG"},  # no role to score
        ]
    }
    predicted = {
        "d": [
            {"start": 0, "end": 2, "label": "GPE", "gpe_role": "LOC"},
            {"start": 10, "end": 15, "label": "GPE", "gpe_role": "LOC"},
            {"start": 30, "end": 37, "label": "ORG", "gpe_role": None},
        ]
    }
    assert score_gpe_roles(gold, predicted) == {"support": 2, "correct": 1, "accuracy": 0.5}
    assert score_gpe_roles({"d": []}, predicted)["accuracy"] is None
