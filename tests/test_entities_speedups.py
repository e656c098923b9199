"""The entity extractor's fast paths give exactly what the plain code they replace gave."""

from __future__ import annotations

import random
import unicodedata

import pytest

from dataset.entities import classify as cl
from dataset.entities import context as cx
from dataset.entities import keys
from dataset.entities import lexicon as lx
from dataset.entities import model as mdl
from dataset.entities.build_lexicons import ascii_fold
from dataset.entities.extract import apply_model, rule_mentions
from dataset.entities.keys import normalise
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
    ):
        if last in heads:
            return label
    return None


def test_last_head_table_matches_the_ordered_lists() -> None:
    words = (
        lx.EVENT_HEADS | lx.LAW_HEADS | lx.FAC_HEADS | lx.LOC_HEADS | lx.GPE_HEADS | lx.ORG_HEADS
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
