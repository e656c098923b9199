"""The entity extractor's fast paths give exactly what the plain code they replace gave."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from dataset.entities import acronyms as acronyms_mod
from dataset.entities import classify as cl
from dataset.entities import context as cx
from dataset.entities import keys
from dataset.entities import lexicon as lx
from dataset.entities import model as mdl
from dataset.entities.candidates import pieces as cl_pieces
from dataset.entities.extract import apply_model, rule_mentions
from dataset.entities.keys import normalise
from dataset.entities.lexicon import ascii_fold
from dataset.entities.params import EntityParams

WORDS = ["Kabul", "Bāmyān", "Médecins Sans Frontières", "İstanbul", "naïve", "O'Brien", "", "é"]


def _plain_last_head(last: str) -> str | None:
    for heads, label in (
        (lx.EVENT_HEADS, "EVENT"),
        (lx.LAW_HEADS, "LAW"),
        (lx.FAC_HEADS, "FAC"),
        (lx.LOC_HEADS, "LOC"),
        (lx.GPE_HEADS, "GPE"),
        (lx.ORG_HEADS, "ORG"),
        (lx.CLUB_HEADS, "ORG"),
    ):
        if last in heads:
            return label
    return None


def test_last_head_table_matches_the_ordered_lists() -> None:
    words = (
        lx.EVENT_HEADS
        | lx.LAW_HEADS
        | lx.FAC_HEADS
        | lx.LOC_HEADS
        | lx.GPE_HEADS
        | lx.ORG_HEADS
        | lx.CLUB_HEADS
    )
    for word in [*sorted(words), "Smith", "of", ""]:
        assert cl._LAST_HEAD.get(word) == _plain_last_head(word)


@pytest.mark.parametrize("word", WORDS)
def test_fold_and_normalise_skip_nothing_for_ascii(word: str) -> None:
    assert cl.fold(word) == ascii_fold(word)
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    assert keys._strip_marks(word) == plain
    if word.isascii():
        assert plain == word
    assert normalise(word) == normalise(plain)


def test_title_word_cache_gives_the_plain_answer() -> None:
    for word in ["Prime", "Minister", "Lieutenant-General", "Commander-in-Chief", "Smith", "A-B"]:
        assert cl.title_word(word) == cl.title_word.__wrapped__(word)


def test_model_scores_and_decision_match_the_plain_loop() -> None:
    rng = random.Random(7)
    weights = {
        f"f{k}": tuple(rng.choice([0.0, -0.0, 0.5, 1e-17, rng.uniform(-3, 3)]) for _ in range(4))
        for k in range(40)
    }
    weights["tie"] = (1.0, 1.0, 1.0, 0.0)
    model = mdl.MentionModel(weights)
    for _ in range(300):
        feats = [f"f{rng.randrange(60)}" for _ in range(rng.randrange(30))] + ["tie"]
        plain = [0.0, 0.0, 0.0, 0.0]
        for feature in feats:
            w = weights.get(feature)
            if w is not None:
                plain = [plain[c] + w[c] for c in range(4)]
        assert model.scores(feats) == plain
        order = sorted(range(4), key=lambda i: (-plain[i], i))
        assert mdl.decide(model, feats) == (
            mdl.CLASSES[order[0]],
            plain[order[0]] - plain[order[1]],
        )
    assert mdl.decide(model, ["tie"])[0] == "PER"  # a tie goes to the first class


TEXTS = [
    "Tarlo said he lived in Hammersmith. The band Nectar played near Advance and Dublin.",
    "Kamchatka and Sakhalin were visited. Rastiz, his nephew, joked. Uber drivers met "
    "Winterkorn, a Harley-Davidson spokeswoman said, in Toledo.",
    "The Blindleia is a skerry-protected waterway that runs near Lillesand. Duke of "
    "Cumberland and Strathearn met Dublin Singers in Dublin, Ireland.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_context_passes_open_no_call(text: str) -> None:
    """`retype_by_context` gathers the open calls once: no pass may open another."""
    params = EntityParams()
    lexicons = lx.load()
    mentions = rule_mentions(text, lexicons, params)
    model = mdl.load()
    if model is not None:
        apply_model(mentions, text, model, params, lexicons.places)
    mentions = [m for m in mentions if m.method != "dropped"]
    first_names = lexicons.first_names
    before = {id(m) for m in mentions if cx._open_call(m, first_names)}
    cx.retype_by_context(mentions, text, lexicons, params)
    after = {id(m) for m in mentions if cx._open_call(m, first_names)}
    assert after <= before


@pytest.mark.parametrize("text", TEXTS)
def test_open_calls_are_asked_again_by_their_call_alone(text: str) -> None:
    """The passes ask `_still_open` of the calls that were open when they began: it
    answers as `_open_call` does, before and after the passes."""
    params = EntityParams()
    lexicons = lx.load()
    mentions = [m for m in rule_mentions(text, lexicons, params) if m.method != "dropped"]
    open_calls = [m for m in mentions if cx._open_call(m, lexicons.first_names)]
    for stage in ("before", "after"):
        for mention in open_calls:
            assert cx._still_open(mention) == cx._open_call(mention, lexicons.first_names)
            assert cx._still_guessed(mention) == cx.unnamed_guess(mention, lexicons.first_names)
        if stage == "before":
            cx.retype_by_context(mentions, text, lexicons, params)
    assert open_calls


def _plain_long_form(acronym: str, text: str) -> tuple[int, int] | None:
    """The pattern compiled per acronym that `acronyms._long_form` replaces."""
    parts = [rf"{letter}[a-z][\w'’-]*" for letter in acronym]
    gap = r"(?:[^\S\n]+(?:of|and|for|the|on|in|&))*[^\S\n]+"
    intro = r"(?:[^\S\n]*\(|,?[^\S\n]+or[^\S\n]+)"
    found = re.search(r"\b(" + gap.join(parts) + r")" + intro + acronym + r"\b", text)
    return None if found is None else found.span(1)


ACRONYM_TEXTS = [
    "the Ground Controlled Approach (GCA), said the agency (AP); in Nice or NICE, the "
    "Neighborhood Improvement Coordination Effort, or NICE",
    "The Anglo-French Bank (FB) and the Bank of England (BE) or BOE; Foo Bar or FBI (FB).",
    "x_Anglo-French Bank (FB), O'Neill-Fox Bay (FB), Fox Bay\n(FB), Fox  Bay  (FB) Fox Bay (FBs)",
    "New York Times or Daily (NYT) ; Times (NYT) New York Times (NYT) AB (AB) Ab Bc (AB)",
    "Médecins Sans Frontières (MSF), Museum of the Fine and the Arts & Crafts (MFAC)",
    "Zeta Alpha (ZA) then Zulu-Alpha Alpha (ZA) and Zulu--Alpha Alpha (AA), or ZA",
]


@pytest.mark.parametrize("text", ACRONYM_TEXTS)
def test_long_form_matches_the_pattern_per_acronym(text: str) -> None:
    acronyms = {"GCA", "AP", "NICE", "GCAX", "FB", "BE", "BOE", "FBI", "NYT", "AB", "MSF"}
    acronyms |= {"MFAC", "MFA", "ZA", "AA", "ZAA", "FBS"}
    for acronym in sorted(acronyms):
        assert acronyms_mod._long_form(acronym, text) == _plain_long_form(acronym, text)


def test_long_form_matches_the_pattern_on_random_runs() -> None:
    rng = random.Random(11)
    words = ["Foo", "Bar", "Baz", "Anglo-Bar", "O'Far", "x-Foo", "Fa_b", "Ba’Foo", "BAR", "bar"]
    words += ["Labor", "FB-Fab", "Fo’Bar", "Bé", "FBar"]
    gaps = [" ", " ", " of ", " the ", " & ", "  ", "-", "\n", " of the ", " or "]
    intros = [" (", "(", ", or ", " or ", "  (", " ,or ", " ", " for ", " nor ", "\t(", " or\n"]
    intros += ["\n(", ",  or  ", " Or ", "(("]
    tails = [")", "", "s", "2", " Foo", ".", "B", "-x", "’s", "_"]
    pos = 0
    for _ in range(8000):
        chosen = [rng.choice(words) for _k in range(rng.randrange(1, 5))]
        run = chosen[0]
        for word in chosen[1:]:
            run += rng.choice(gaps) + word
        acronym = "".join(rng.choice("FBO") for _k in range(rng.randrange(2, 5)))
        if rng.random() < 0.6 and len(chosen) > 1:  # the initials, as an article spells them
            acronym = "".join(w[0].upper() for w in chosen[-rng.randrange(2, 4) :])
        text = rng.choice(["", "x", "_", " ", "FB ", "(FB) ", "Fab (FB"]) + run
        text += rng.choice(intros) + acronym
        text += rng.choice(tails)
        if rng.random() < 0.3:
            text += " " + text
        for candidate in (acronym, "FB", "BB", "FBB"):
            expected = _plain_long_form(candidate, text)
            assert acronyms_mod._long_form(candidate, text) == expected, (candidate, text)
            pos += expected is not None
    assert pos > 100  # the texts do spell acronyms out


def _random_texts(seed: int, pieces: list[str], count: int = 20_000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(34))) for _ in range(count)]


def test_words_around_a_name_match_the_patterns() -> None:
    previous = re.compile(r"([A-Za-z]+)\W{0,2}$")
    following = re.compile(r"^\W{0,3}([A-Za-z]+)")
    nouns = frozenset(["man", "men", "a"])
    pieces = ["a", "Zb", " ", "\n", ".", ",", "1", "_", "é", "'", "’", "-", "man", "men", "\t"]
    for text in _random_texts(5, pieces):
        for at in {0, 1, len(text) // 3, len(text) - 1, len(text)}:
            at = max(at, 0)
            found = previous.search(text, max(0, at - 24), at)
            assert cl._previous_word(text, at) == (found.group(1) if found else "")
            found = following.match(text[at : at + 24])
            assert cl._word_after(text, at)[1] == (found.group(1) if found else "")
            plain = (
                found is not None
                and found.start(1) == 1
                and found.group(1) in nouns
                and text[at + found.end(1) : at + found.end(1) + 1] not in ("'", "’")
            )
            assert cl.place_follower(text, at, nouns) == plain


def test_cheap_tests_before_the_window_patterns_drop_no_match() -> None:
    pieces = [
        "the city",
        "towns",
        " of",
        " Of",
        " OF",
        " ",
        "\n",
        "near",
        "NEAR",
        "K",
        "Duke",
        " and",
        "x",
        ",",
        "12, ",
        "from",
        "border with",
        "drove to",
        "é",
        "Strathearn",
        "Duke of Cumberland and ",
        "King of Castile and",
        "the villages of ",
        "towns of",
        "band",
        " river '",
        "“",
        "invaded",
        "son of",
        "poet,",
        "co-starring",
        "directed by",
        "his son",
        " her widow ",
        " in",
        "outside ",
    ]
    for text in _random_texts(9, pieces):
        for at in {len(text), len(text) - 1, len(text) // 2}:
            at = max(at, 0)
            window = max(0, at - 24)
            plain = cx._PLACE_PHRASE.search(text, window, at) is not None
            assert cx._after_place_phrase(text, window, at) == plain
            found = cl._PLACE_OF.search(text, max(0, at - 20), at)
            assert cl._place_of(text, at) == (lx.PLACE_OF[found.group(1)] if found else None)
            found = cx._NOUN_BEFORE.search(text, max(0, at - 14), at)
            kind = cx._kind_before(text, at)
            assert (kind and kind.span()) == (found and found.span())
            found = cl._PERSON_BEFORE.search(text, max(0, at - 24), at)
            assert cl.person_before(text, at) == (found is not None)
            for pattern, width, last in [
                (cx._PLURAL_PLACE_OF, 16, ("of",)),
                (cx._SECOND_DOMAIN, 60, ("and",)),
                (cx._KIN_BEFORE, 32, cx._KIN_WORDS),
                (cx._PLACE_PREPOSITION, 12, cx._PREPOSITION_WORDS),
            ]:
                found = pattern.search(text, max(0, at - width), at)
                assert cl.ends_with(text, at, width, pattern, last) == (found is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met the President in May.", []),
        ("Fighters of Lashkar-e-Taiba attacked.", [("ORG", "Lashkar-e-Taiba", "head")]),
        ("The Chicagoans cheered.", [("NORP", "Chicagoans", "head")]),
    ],
)
def test_one_word_names_skip_the_rules_for_longer_names(text: str, expected: list) -> None:
    """One word reaches only the rules that can apply to it: a title alone names no
    one, a transliterated body's noun heads an organisation."""
    params = EntityParams()
    lexicons = lx.load()
    (piece,) = [
        p
        for p in cl_pieces(text, lexicons, params.common_word_ratio, params.common_word_min_count)
        if p.words[0] in ("President", "Lashkar-e-Taiba", "Chicagoans")
    ]
    found = cl.classify(piece, text, lexicons, params)
    assert [(m.label, m.canonical, m.method) for m in found] == expected
