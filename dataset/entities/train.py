"""Train the mention model (`data/mention_model.json`) on openly licensed data only.

    python -m dataset.entities.train [--corpora ../shared/corpora] [--evaluate]

Training data: UNER English EWT dev and test (CC BY-SA 4.0; web text with PER/ORG/LOC
names), GUM Wikinews (annotations CC BY 4.0, texts CC BY 2.5; only mentions whose span
is exactly a candidate name are used, since GUM spans are full noun phrases and unlinked
names are absent), and silver examples from Wikinews 2019-2020 (CC BY 2.5; see
`silver_examples`). Never UNER PUD (the evaluation set), LGL, TR-News, PolNeAR or BBC
texts. Each candidate the rules produce (`extract.rule_mentions`) is one example: its
gold class is PER/ORG/LOC when a gold name has exactly its span, else O.

The learner is the mean of a few averaged multi-class perceptrons, each with a fixed
example order and a fixed number of epochs, and weights are rounded before writing, so
the same corpora give a byte-identical file. `--evaluate` cross-validates (train on one
EWT half + GUM, score the other half) against the rules alone, without writing anything.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from dataset.entities import lexicon as lx
from dataset.entities import model as mdl
from dataset.entities.build_lexicons import DEFAULT_CORPORA
from dataset.entities.candidates import starts_sentence
from dataset.entities.classify import UNKNOWN, Mention, is_common
from dataset.entities.extract import extract_entities, rule_mentions
from dataset.entities.params import EntityParams
from dataset.evaluate.corpora import read_corpus

EPOCHS = 12
# Silver examples per Wikinews article: occurrences of one surname, ordinary words.
SILVER_PER_NAME = 2
SILVER_ORDINARY_PER_DOC = 5
# Features a masked silver example must not carry: the word itself and gazetteer evidence.
_SILVER_HIDDEN = ("fw=", "lw=", "pl=")
_CASE = re.compile(r"c=\d\d")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
# Example orders of the perceptrons whose mean is the model.
SEEDS = tuple(range(13, 23))
DIGITS = 3
_DETERMINERS = ("the ", "The ")

Example = tuple[list[str], int]


def _records(path: Path) -> list[dict]:
    return read_corpus(path)


def _gold_uner(doc: dict) -> tuple[dict, bool]:
    return {(e["start"], e["end"]): e["label"] for e in doc["entities"]}, True


def _gold_gum(doc: dict) -> tuple[dict, bool]:
    """GUM spans without a leading "the"; non-name types (events, objects …) count as O."""
    gold: dict = {}
    text = doc["text"]
    for entity in sorted(doc["entities"], key=lambda e: (e["start"], e["end"], e["label"])):
        start = entity["start"]
        if text.startswith(_DETERMINERS, start):
            start += 4
        label = entity["label"] if entity["label"] in ("PER", "ORG", "LOC") else "O"
        gold.setdefault((start, entity["end"]), label)
    return gold, False


def _overlaps(gold: dict, start: int, end: int) -> bool:
    return any(s < end and start < e and label != "O" for (s, e), label in gold.items())


def examples(docs: list[tuple[dict, tuple[dict, bool]]]) -> list[Example]:
    """(features, class index) for every scored candidate of every document."""
    lexicons = lx.load()
    params = EntityParams()
    out: list[Example] = []
    for doc, (gold, exhaustive) in docs:
        text = doc["text"]
        mentions = rule_mentions(text, lexicons, params)
        names, parts = mdl.article_counts(mentions)
        for mention in mentions:
            if mention.label not in mdl.SCORED:
                continue
            label = gold.get((mention.start, mention.end))
            if label is None:
                if not exhaustive or _overlaps(gold, mention.start, mention.end):
                    # GUM leaves unlinked names out; a name cut differently from the gold
                    # span says nothing about keep/drop or type. Neither is an example.
                    continue
                label = "O"
            out.append((mdl.features(mention, text, names, parts), mdl.CLASSES.index(label)))
    return out


def _masked(mention: Mention) -> Mention:
    """The mention as the rules would see a name no list knows (label left to the model)."""
    name = " ".join(mention.words)
    return Mention(mention.start, mention.end, mention.words, UNKNOWN, name, "unknown")


def _unseen(feats: list[str], word: str) -> list[str]:
    """Features as for a word the word-case counts never saw (they were built from
    Wikinews itself), without the word's identity or gazetteer evidence."""
    return [_CASE.sub("c=none", f) for f in feats if not f.startswith(_SILVER_HIDDEN)]


def silver_examples(docs: list[dict]) -> list[Example]:
    """Lone words whose class the article itself gives away, shown as if it did not.

    Hand-annotated training text is web prose where a lone capitalised word is mostly
    noise; news is not. In openly licensed news (Wikinews) two kinds of lone words have a
    known class: a surname the article also gives in full ("Ardern" after "Jacinda
    Ardern") is a person, and a sentence-initial word running text writes lower-case
    ("Furthermore") is no name. Each becomes the example the model meets for a word no
    list knows: rule label unknown, no word identity or gazetteer evidence, casing
    statistics as for an unseen word, and no longer name in the article containing it —
    only context, shape and suffix remain.
    """
    lexicons = lx.load()
    params = EntityParams()
    out: list[Example] = []
    for doc in docs:
        text = doc["text"]
        mentions = rule_mentions(text, lexicons, params)
        names, parts = mdl.article_counts(mentions)
        surnames = {
            m.words[-1]
            for m in mentions
            if m.label == "PERSON" and len(m.words) >= 2 and m.method in ("name", "title")
        }
        seen: Counter = Counter()
        for mention in mentions:
            word = mention.words[0]
            if (
                len(mention.words) != 1
                or mention.label not in mdl.SCORED
                or word not in surnames
                or word in lexicons.places
                or seen[word] >= SILVER_PER_NAME
            ):
                continue
            seen[word] += 1
            masked_parts = parts.copy()
            masked_parts[word] = 0
            masked_names = names.copy()
            for coarse in ("PER", "ORG", "LOC"):
                masked_names[(word, coarse)] = 0
            feats = mdl.features(_masked(mention), text, masked_names, masked_parts)
            out.append((_unseen(feats, word), mdl.CLASSES.index("PER")))
        ordinary = 0
        for match in _CAPITALISED.finditer(text):
            word = match.group()
            if ordinary >= SILVER_ORDINARY_PER_DOC or not _ordinary(word, lexicons, params):
                continue
            if not starts_sentence(text, match.start()):
                continue
            ordinary += 1
            mention = Mention(match.start(), match.end(), [word], UNKNOWN, word, "unknown")
            feats = mdl.features(mention, text, names, parts)
            out.append((_unseen(feats, word), mdl.CLASSES.index("O")))
    return out


def _ordinary(word: str, lexicons: lx.Lexicons, params: EntityParams) -> bool:
    lower = word.lower()
    return (
        is_common(word, lexicons, params)
        and lower not in lexicons.first_names
        and lower not in lexicons.surnames
        and word not in lexicons.places
        and word not in lx.NEVER
    )


def _perceptron(data: list[Example], epochs: int, seed: int) -> dict[str, list[float]]:
    """Averaged perceptron weights (averaged over every update step), unrounded."""
    k = len(mdl.CLASSES)
    weights: dict[str, list[float]] = {}
    totals: dict[str, list[float]] = {}
    stamps: dict[str, list[int]] = {}
    step = 0
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            feats, gold = data[index]
            step += 1
            scores = [0.0] * k
            for f in feats:
                w = weights.get(f)
                if w is not None:
                    for c in range(k):
                        scores[c] += w[c]
            guess = max(range(k), key=lambda c: (scores[c], -c))
            if guess == gold:
                continue
            for f in feats:
                w = weights.setdefault(f, [0.0] * k)
                t = totals.setdefault(f, [0.0] * k)
                s = stamps.setdefault(f, [0] * k)
                for c, delta in ((gold, 1.0), (guess, -1.0)):
                    t[c] += (step - s[c]) * w[c]
                    s[c] = step
                    w[c] += delta
    return {
        f: [(totals[f][c] + (step - stamps[f][c]) * weights[f][c]) / step for c in range(k)]
        for f in weights
    }


def train(
    data: list[Example], epochs: int = EPOCHS, seeds: tuple[int, ...] = SEEDS
) -> mdl.MentionModel:
    """The mean of averaged perceptrons trained in differently shuffled orders.

    One perceptron's decisions on unseen names swing with the example order (a few
    points of F1 between seeds); the mean of several is a steadier linear model of the
    same size and speed."""
    runs = [_perceptron(data, epochs, seed) for seed in seeds]
    zero = [0.0] * len(mdl.CLASSES)
    averaged: dict[str, tuple[float, ...]] = {}
    for f in sorted(set().union(*runs)):
        mean = [sum(run.get(f, zero)[c] for run in runs) / len(runs) for c in range(len(zero))]
        avg = tuple(round(v, DIGITS) for v in mean)
        if any(avg):
            averaged[f] = avg
    return mdl.MentionModel(averaged)


def _corpora(corpora: Path) -> dict[str, list]:
    uner = corpora / "uner_english"
    return {
        "ewt_dev": [(d, _gold_uner(d)) for d in _records(uner / "ewt-dev.jsonl.gz")],
        "ewt_test": [(d, _gold_uner(d)) for d in _records(uner / "ewt-test.jsonl.gz")],
        "gum": [
            (d, _gold_gum(d)) for d in _records(corpora / "gum_wikinews/gum_wikinews.jsonl.gz")
        ],
        "wikinews": _records(corpora / "wikinews_2019_2020/wikinews.jsonl.gz"),
    }


def training_data(sets: dict[str, list]) -> list[Example]:
    """Every training example, in a fixed order: EWT, GUM, then Wikinews silver."""
    gold = examples(sets["ewt_dev"] + sets["ewt_test"] + sets["gum"])
    return gold + silver_examples(sets["wikinews"])


def write(model: mdl.MentionModel, path: Path = mdl.MODEL_PATH) -> None:
    lines = [json.dumps(f) + ": " + json.dumps(list(w)) for f, w in model.weights.items()]
    body = ",\n".join(lines)
    header = json.dumps({"classes": list(mdl.CLASSES), "epochs": EPOCHS, "seeds": list(SEEDS)})
    path.write_text(
        header[:-1] + ', "weights": {\n' + body + "\n}}\n",
        encoding="utf-8",
    )


def _score(docs: list, params: EntityParams, model: mdl.MentionModel | None) -> dict:
    tp = fp = fn = 0
    for doc, (gold, _) in docs:
        gold_set = {(s, e, label) for (s, e), label in gold.items()}
        pred = {
            (r["start"], r["end"], mdl.COARSE_LABELS[r["label"]])
            for r in extract_entities(doc["doc_id"], doc["text"], params, model)
            if r["label"] in mdl.COARSE_LABELS
        }
        tp += len(gold_set & pred)
        fp += len(pred - gold_set)
        fn += len(gold_set - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4)}


def evaluate(corpora: Path, margins: list[tuple[float, float]]) -> None:
    """Two-fold EWT cross-validation: rules alone vs rules + model at each margin."""
    sets = _corpora(corpora)
    for held, other in (("ewt_test", "ewt_dev"), ("ewt_dev", "ewt_test")):
        model = train(examples(sets[other] + sets["gum"]) + silver_examples(sets["wikinews"]))
        print(held, "rules", _score(sets[held], EntityParams(use_model=False), None))
        for margin, drop in margins:
            params = EntityParams(model_margin=margin, model_drop_margin=drop)
            print(held, f"model margins={margin}/{drop}", _score(sets[held], params, model))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--evaluate", action="store_true")
    parser.add_argument("--margins", default="0/0,0/2,0/5,2/5", help="add/drop margins")
    args = parser.parse_args(argv)
    if args.evaluate:
        pairs = [m.split("/") for m in args.margins.split(",")]
        evaluate(args.corpora, [(float(a), float(d)) for a, d in pairs])
        return
    sets = _corpora(args.corpora)
    data = training_data(sets)
    model = train(data)
    write(model)
    print(f"{len(data)} examples, {len(model.weights)} features → {mdl.MODEL_PATH}")


if __name__ == "__main__":
    main()
