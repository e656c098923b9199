"""A small learned re-decider for the candidates the rules are least sure about.

The rules (`classify`) know lexicons and head nouns but judge context poorly: an unlisted
surname after "said", a company before "Inc", a town after "in", an ordinary word that
happens to start a sentence. This module scores every candidate mention with a linear
model (an averaged perceptron trained by `train.py` on openly licensed data only) over
sparse string features — the rule's own decision, the lexicon evidence, shape and casing,
the words around it, and whether the article repeats it — and picks PER, ORG, LOC or O
(not a person/organisation/place). Features are built only for candidates, never for
every token, so the cost is a few dictionary look-ups per name.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from dataset.entities import lexicon as lx
from dataset.entities.candidates import starts_sentence
from dataset.entities.lexicon import ascii_fold
from dataset.gcpause import gc_paused

MODEL_PATH = Path(__file__).resolve().parent / "data" / "mention_model.json"
CLASSES = ("PER", "ORG", "LOC", "O")
# Rule labels the model may confirm, re-type or drop; NORP, EVENT, LAW … stay rule-made.
SCORED = frozenset(["", "PERSON", "ORG", "GPE", "LOC", "FAC"])
# The model decides among these coarse classes (its training data has no finer ones).
COARSE_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

# Rule methods the model reads as the family they refine: a bare gazetteer match is a
# gazetteer match, a strong place cue a context cue (fewer, better-trained features).
_RULE_FAMILY = {"bare-gazetteer": "gazetteer", "cue": "context"}
# Rule decisions too weak to lend their class to the name's other mentions.
_NOT_EVIDENCE = frozenset(["unknown", "dropped", "model", "fallback", "bare-gazetteer"])
_PUNCT = "\"'“”‘’()[]{},.;:!?-–—«»*"
_SHAPE_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]+")
_SHAPE_LOWER = re.compile(r"[a-zß-öø-ÿ]+")
_SHAPE_DIGIT = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class MentionModel:
    """Feature → per-class weights (order of CLASSES)."""

    weights: dict[str, tuple[float, ...]]

    def scores(self, features: list[str]) -> list[float]:
        """Per-class sums of the known features' weights, added in feature order (so the
        floats repeat exactly); an unknown feature's look-up gives None, which `filter`
        drops."""
        s0 = s1 = s2 = s3 = 0.0
        for w0, w1, w2, w3 in filter(None, map(self.weights.get, features)):
            s0 += w0
            s1 += w1
            s2 += w2
            s3 += w3
        return [s0, s1, s2, s3]


@functools.cache
def load(path: Path = MODEL_PATH) -> MentionModel | None:
    """The committed model, or None when it has not been built (rules alone then)."""
    if not path.exists():
        return None
    with gc_paused():
        raw = json.loads(path.read_text(encoding="utf-8"))
        return MentionModel({f: tuple(w) for f, w in raw["weights"].items()})


_LOADED: list[lx.Lexicons] = []


def _lexicons() -> lx.Lexicons:
    if not _LOADED:
        _LOADED.append(lx.load())
    return _LOADED[0]


@functools.lru_cache(maxsize=100_000)
def shape(word: str) -> str:
    """'McCain' → 'XxXx', 'U.S.' → 'X.X.', 'Qala-i-Naw' → 'Xx-x-Xx' (runs collapsed)."""
    out = _SHAPE_UPPER.sub("X", word)
    out = _SHAPE_LOWER.sub("x", out)
    return _SHAPE_DIGIT.sub("d", out)[:8]


def _bucket(value: float) -> str:
    return str(min(int(value * 5), 4))


@functools.lru_cache(maxsize=100_000)
def _word_features(word: str, tag: str) -> tuple[tuple[str, ...], str]:
    """What the lexicons say about one word, and its casing statistic (cached: names
    recur across a corpus)."""
    lexicons = _lexicons()
    lower = word.lower()
    out = [tag + "w=" + lower, tag + "s=" + shape(word), tag + "x=" + lower[-3:]]
    # The name lists and casing counts are mostly unaccented: "François", "Benoît" are
    # looked up as "francois", "benoit", as an accent does not change what a name is.
    key = lower if lower.isascii() else ascii_fold(lower)
    if key in lexicons.first_names:
        out.append(tag + "fn")
    if key in lexicons.surnames:
        out.append(tag + "sn")
    counts = lexicons.word_case.get(key)
    if counts is None:
        case = "c=none"
    else:
        lower_n, capital = counts
        total = lower_n + capital
        case = f"c={_bucket(lower_n / total)}{min(int(math.log10(total)), 3)}"
    out.append(tag + case)
    if lower.endswith(lx.NORP_SUFFIXES):
        out.append(tag + "norp")
    return tuple(out), case


def _context(text: str, start: int, end: int) -> tuple[str, str, str, str]:
    """The two whitespace tokens before and after a span (lower-case); at most two
    splits each way, as only the nearest two tokens are read."""
    before = text[max(0, start - 40) : start].rsplit(None, 2)
    after = text[end : end + 40].split(None, 2)
    p1 = before[-1].lower() if before else "<s>"
    p2 = before[-2].lower() if len(before) > 1 else "<s>"
    n1 = after[0].lower() if after else "</s>"
    n2 = after[1].lower() if len(after) > 1 else "</s>"
    return p1, p2, n1, n2


def _kind(word: str) -> str:
    """A context word's class, for words too rare to have a weight of their own: its
    casing, and for a lower-case word its last two letters (verb endings: "-ed", "-es")."""
    if not word or not word[0].isalpha():
        return "p"
    if word[0].isupper():
        return "C"
    return "l" + word[-2:]


def article_counts(mentions: list) -> tuple[Counter, Counter]:
    """How often each name recurs, and which words belong to longer names in the article.

    `names` also counts, under (name, class) keys, the classes the rules gave the name
    where they could: "the island of Java … Java's southern coast" lets the second
    mention borrow the first one's evidence.
    """
    joined = [" ".join(m.words) for m in mentions]
    names: Counter = Counter(joined)
    names.update(
        (name, COARSE_LABELS[m.label])
        for name, m in zip(joined, mentions, strict=True)
        if m.label in COARSE_LABELS and m.method not in _NOT_EVIDENCE
    )
    parts: Counter = Counter(w for m in mentions if len(m.words) > 1 for w in m.words)
    return names, parts


def features(mention, text: str, names: Counter, parts: Counter) -> list[str]:
    """Sparse features of one candidate mention (the rule decision is one of them)."""
    words = mention.words
    n = len(words) if len(words) < 4 else 4
    p1, p2, n1, n2 = _context(text, mention.start, mention.end)
    p1t = p1.strip(_PUNCT) or p1[:1]
    n1t = n1.strip(_PUNCT) or n1[:1]
    initial = "1" if starts_sentence(text, mention.start) else "0"
    name = " ".join(words)
    first, case = _word_features(words[0], "f")
    # (f-strings: each feature built in one piece, not through partial concatenations)
    out = [
        "bias",
        f"r={mention.label}/{_RULE_FAMILY.get(mention.method, mention.method)}",
        f"n={n}",
        f"p1={p1t}",
        f"p2={p2}|{p1t}",
        f"n1={n1t}",
        f"n2={n1t}|{n2}",
        f"pp={p1[-1:] if p1 != p1t else ''}",
        f"np={n1[:1] if n1 != n1t else ''}",
        f"n1k={_kind(n1t)}",
        f"p1k={_kind(p1t)}",
        f"ini={initial}",
        f"rec={min(names.get(name, 0), 3)}",
        *first,
    ]
    if n > 1:
        out.extend(_word_features(words[-1], "l")[0])
        out.append(f"shp={shape(words[0])}_{shape(words[-1])}")
    else:
        out.append(f"part={min(parts.get(name, 0), 2)}")
        out.append(f"ini={initial}|{case}")
        # A word no casing count knows reads as a surname unless its neighbours say
        # otherwise ("visited Kamchatka and", "reported SaskTel unlimited"): the
        # context words paired with that casing, and with each other. Not at a
        # sentence start, where the word before belongs to the previous sentence.
        if initial == "0":
            out.append(f"p1c={p1t}|{case}")
            out.append(f"n1c={n1t}|{case}")
            out.append(f"p1n1={p1t}|{n1t}")
    if len(name) > 1 and name.isupper():
        out.append(f"caps|n={n}")
    for coarse in ("PER", "ORG", "LOC"):
        if names.get((name, coarse)):  # `get`: no Counter.__missing__ call for most
            out.append("doc=" + coarse)
    place = _lexicons().places.get(name)
    if place is not None:
        out.append(f"pl={place.kind}{min(int(math.log10(place.population + 1)), 7)}")
    return out


def decide(model: MentionModel, feats: list[str]) -> tuple[str, float]:
    """The best class and its margin over the runner-up."""
    scores = model.scores(feats)
    # Highest score first; a stable sort keeps a tie in CLASSES order.
    order = sorted(range(len(CLASSES)), key=scores.__getitem__, reverse=True)
    return CLASSES[order[0]], scores[order[0]] - scores[order[1]]
