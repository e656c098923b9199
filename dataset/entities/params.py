"""Tunables of the entities stage (mirrored in the `entities:` section of params.yaml)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntityParams:
    """How capitalised names become typed, keyed mentions."""

    # Mentions below this confidence are dropped (0 keeps every candidate).
    min_confidence: float = 0.0
    # A single-word city name alone is a GPE only above this population; smaller towns
    # need a place cue ("in", "near", "<town>, <state>") because they collide with surnames.
    city_min_population: int = 100_000
    # A town below this population whose name is also a first name or surname
    # ("Chandler", "Newton") is a place only with a place cue.
    person_place_min_population: int = 1_000_000
    # A capitalised sentence-initial word is an ordinary word (dropped) when running text
    # writes it lower-case at least this share of the time...
    common_word_ratio: float = 0.5
    # ...and has been seen at least this many times.
    common_word_min_count: int = 2
    # Keep capitalised names no lexicon or rule explains (typed by a weak fallback):
    # multi-word ones ("Kori Schulman") and one-word ones ("Winterkorn").
    keep_unknown: bool = False
    keep_unknown_single: bool = False
    # "Bagram airfield", "Islam Qala crossing": absorb the lower-case facility noun (FAC).
    facility_trailers: bool = True
    # "Biden" after "Joe Biden": one PERSON key per article for a repeated surname.
    person_coreference: bool = True
    # Coordinated names share a type: "Reddit, Twitter and Spotify" takes Twitter's.
    list_types: bool = True
    # Also emit the places named inside other names ("Athens" in "Athens Police
    # Department") as nested mentions with `parent_mention_id` (see entities.nesting).
    nested_places: bool = True
    # Say when a GPE acts as an organisation ("Russia announced", "the Hong Kong
    # government": `gpe_role` ORG, see entities.gpe_roles); off, `gpe_role` stays null.
    gpe_roles: bool = True
    # The learned mention model (data/mention_model.json) re-decides person/org/place
    # calls; it changes a decision when its best class beats the rule's by this margin...
    use_model: bool = True
    # Whether the model may also re-type or drop names the rules typed (else it only
    # decides the names the rules could not explain).
    model_retypes: bool = False
    model_margin: float = 0.0
    # Dropping a name the rules kept takes this margin (the model misses rare names).
    model_drop_margin: float = 0.0
    # ...and an exact list match (countries, known organisations) only by this one.
    model_override_margin: float = 1e9
