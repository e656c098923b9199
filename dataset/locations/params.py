"""Tunables of the locations stage (mirrored in the `locations:` section of params.yaml).

Scores are sums of evidence a careful reader weighs: how big and how high in the
administrative hierarchy a candidate is, whether the text used its own name, and how well
it fits the rest of the article (its countries, provinces, containers, nearby places).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LocationParams:
    # Entity labels that are place mentions.
    labels: tuple[str, ...] = ("GPE", "LOC", "FAC")
    # A facility named for a building ("Henderson County Jail", "Civic Center") that the
    # gazetteer cannot place is not a toponym: no row (its town is a nested mention).
    skip_unresolved_buildings: bool = True
    # Likewise a place-typed name the gazetteer cannot place that holds a nested place
    # ("Laurel County School District", "Metro Vancouver"): the nested place stands for it.
    skip_unresolved_enclosing: bool = True
    # Likewise a short all-capital word the gazetteer cannot place ("KBR", "GBI", "DUI"):
    # known codes ("US", "UAE", "Ga.") resolve, so an unknown acronym names an
    # organisation or a term, not a place.
    skip_unresolved_acronyms: bool = True
    # And one word that news mostly writes in lower case ("State", "High", "Posts"; the
    # entities stage's word-case counts): a capitalised common word, not a place.
    skip_unresolved_common_words: bool = True
    # A place described by a compound compass word ("Northeast Georgia", "south-western
    # Ohio") that the gazetteer knows only without it, and whose inner place is a nested
    # mention: that inner place is the toponym, so the description gets no row of its own.
    skip_compound_compass_parts: bool = True
    # An unresolved mention with these labels that only the learned mention model called
    # a place (entities.method "model"): a natural feature or region the gazetteer cannot
    # place is more often a business or venue ("Taco Bell", "Galaxy Lanes") than a place.
    skip_model_guesses: tuple[str, ...] = ("LOC",)
    # An unresolved "<word> District" whose word news writes mostly in lower case ("Water
    # District", "School District"): a public body serving an area, not a place.
    skip_service_districts: bool = True
    # A place name right before "virus", "fever", "disease" or "encephalitis" names a
    # disease ("West Nile virus", "Minamata disease"), not a place in the story.
    skip_disease_names: bool = True
    # A one-word town that is also a person's name, nested at the opening of a school's
    # name ("Lee Academy", "Foley Middle School"), gets no row: schools are named after
    # people as often as after their town ("Alexandria City Public Schools" keeps it).
    skip_person_named_schools: bool = True
    # "San Diego State", "Columbia State" read as a town: a university or its team (no
    # town is a state), no row; "Rakhine State", "Michigan State" read as states stay.
    skip_state_teams: bool = True
    # Mentions with these labels whose exact text the article also names as a place are
    # read as that place (rows only when resolved): one name, one sense per article.
    # Conversely an unresolved place mention whose text the article gives these labels
    # at least as often gets no row.
    same_name_labels: tuple[str, ...] = ("PERSON", "ORG")
    # A nationality word ("Afghan", "Russians") is a place mention read as its country.
    # Geoparsing corpora differ: LGL and TR-News count such adjectival toponyms, GeoVirus
    # and most gazetteer users do not; off, a demonym only votes for its country.
    demonym_rows: bool = False
    # Prior: population_weight × log10(population + 10) / 7 (≈1 for a city of 10 million).
    population_weight: float = 1.3
    # Bonus by level: a bare name that is a country is meant as the country.
    country_bonus: float = 1.2
    admin1_bonus: float = 0.3
    admin2_bonus: float = 0.1
    # A world region or natural feature ("Middle East", "Black Sea", "Levant"; no
    # population): it outranks the hamlets and towns that share its name unless the
    # article's context places the namesake ("Levant" in a story from Maine).
    region_bonus: float = 1.5
    # "the Pacific", "the Red Sea": a sea, river, range, desert or region reading gains
    # this after "the", which English gives those features and not towns (0: off).
    definite_article_bonus: float = 0.8
    # No admin1 bonus for a division with fewer people than a town of the same name: the
    # bare name "Portland" is the city in Oregon, not the Jamaican parish.
    admin1_bonus_below_town: bool = True
    capital_bonus: float = 0.5
    # The text used the place's own name (not one of its alternate names).
    primary_name_bonus: float = 0.3
    # An alternate name that is also the own name of a place in the same country.
    shadowed_alternate_penalty: float = 0.5
    # An alternate name that is elsewhere the own name of a city of at least
    # city_population people ("Philadelphia", an old name of Amman).
    city_alternate_penalty: float = 0.6
    city_population: int = 100000
    # A city of city_population people in the country the article names outright most
    # often (at least twice): the story's own city ("London" in a story on Canada).
    home_country_city_bonus: float = 0.5
    # A big city's short name (the opening words of its own name: "Newcastle" for
    # Newcastle upon Tyne) counts as its own name when no country or province owns it.
    short_names_of_cities: bool = True
    # The name matched only after removing a generic word ("Kandahar" for "Kandahar Province").
    stripped_name_penalty: float = 0.3
    # A town that shares its name with the province it lies in is what the bare name means.
    city_in_namesake_province_bonus: float = 0.5
    # The mention carried a level word ("Kandahar province", "Kabul city").
    level_word_bonus: float = 1.0
    # A town's level word before the name ("the city of Turkey", "the town of Jordan")
    # rules out its country readings: it is the town, which the gazetteer may lack.
    town_word_rules_out_country: bool = True
    # Context: share of the article's other place mentions in the candidate's country /
    # first-level division, times these weights.
    country_context_weight: float = 1.2
    admin1_context_weight: float = 1.0
    # A name read as a first-level division ("Ohio") votes for it this many times over.
    admin1_mention_weight: float = 1.5
    # A name mentioned n times votes with weight n ** this (0: every name votes once).
    repeat_vote_exponent: float = 0.5
    # Vote weight of a demonym ("French", "Afghans") for its country, as context.
    demonym_vote_weight: float = 1.0
    # "Alexandria, Louisiana": the candidate lies in the place named right after a comma.
    container_bonus: float = 1.5
    # …and "Washington, D.C.": a town named again after the comma (by an abbreviation that
    # is its own) gets container_bonus too.
    town_named_again_after_comma: bool = True
    # A list of places names one kind: a candidate gains this times the share of its list
    # neighbours read at its level and in its country ("Utah, Washington and Wyoming").
    list_peer_bonus: float = 0.5
    # …and "Atlanta, Georgia" with only "Georgia" tagged: the reading that holds a town
    # the untagged name before the comma is the own name of gets container_bonus too.
    untagged_town_before_container: bool = True
    # One sense per name: every mention of a container name ("a California mother" …
    # "in Redding, California") gets the bonus its reading that holds such a town earns.
    container_sense_per_name: bool = True
    # "Queensland, Australia": a name that foremost means a province, followed by a comma
    # and the country one of its readings lies in, is placed by that country too (in an
    # article on Alberta, not the hamlet of Queensland there).
    province_before_country: bool = True
    # "Washington, Pennsylvania and California": a province after a comma that goes on
    # as a list of provinces is the list's second item, not the container of the name
    # before the comma (likewise for countries).
    lists_of_divisions: bool = True
    # A name the gazetteer lacks that is another spelling (same consonants, article and
    # vowel ending aside) of exactly one place in a country the article names outright:
    # "Qatraneh" beside "Jordan" is Al Qaţrānah (see `spelling`).
    respell_in_named_countries: bool = True
    # Closeness to the article's other places: each other name adds its nearest likely
    # reading's closeness (1 at 0 km, 0 at proximity_km), as a share of the names.
    proximity_weight: float = 3.2
    proximity_km: float = 150.0
    # A reading of another name counts for proximity when at least this probable.
    anchor_probability: float = 0.05
    # A reading lends its closeness with weight probability ** this: below 1, the less
    # likely readings of an ambiguous name ("Madison County": one of twenty states) still
    # support the namesake of another name that lies beside them.
    anchor_exponent: float = 0.7
    # A reading's weight as a neighbour is its probability among its name's readings
    # that lie near any reading of the name being scored, at most this many times its
    # plain probability: "Alexandria" and "Douglas County" each have many namesakes,
    # and the pair that lies together (Minnesota) is the evidence (1: plain probability).
    anchor_boost_cap: float = 6.0
    # Margin between the best and second-best score that gives confidence ≈ 0.73 (logistic).
    confidence_scale: float = 1.0
    # A best reading scoring below this is no reading: the name stays unresolved rather
    # than land on a far-off namesake nothing in the article supports.
    min_score: float = 0.8
    # A town or district whose best reading lies outside the province or country written
    # after it ("Khugyani district, Nangarhar province") stays unresolved.
    unresolve_outside_container: bool = True
    # "Palma in Cabo Delgado", "Foua and Kfraya in Idlib province": a town (and the towns
    # listed with it) written right before "in" and a country or province is placed by
    # it like a container after a comma; read outside it, in a country no other place of
    # the article lies in, it is a town the gazetteer lacks and stays unresolved.
    container_after_in: bool = True
    # "Toronto's Pearson International Airport": a place after a city's possessive read
    # far from the city (or not at all) takes its reading near the city, else the city.
    site_in_possessor_city: bool = True
    # A name written with a division word ("Bak district") whose best reading is a town in a
    # country no other place of the article lies in stays unresolved.
    unresolve_lone_foreign_town: bool = True
    # Candidates beyond this many (by prior) are not scored: the rest are tiny namesakes.
    max_candidates: int = 200
    # Rounds of reading the article: each round's readings are the next round's context,
    # so agreement spreads from the names that are sure to the ones that are not.
    rounds: int = 3
    # The final reading takes each candidate's mean score over the last two rounds, so a
    # pair of names that flip each other between rounds settles on what both rounds say.
    settle_on_two_rounds: bool = True
    # A dateline without its state or country ("WASHINGTON (AP) —") names a capital or a
    # big city by its fame alone, whatever the article's other places.
    bare_dateline_by_fame: bool = True
    # Temperature of a name's readings' probabilities (softmax of their scores) when the
    # name votes as context: lower trusts the leading reading more.
    reading_temperature: float = 0.4
