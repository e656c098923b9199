"""The reporting-cue lexicon: verb forms → lemma and flags, compiled once per process."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from dataset.claims import grammar as g
from dataset.claims.scan import WordScanner


@dataclass(frozen=True)
class Cue:
    lemma: str
    takes_listener: bool  # "told reporters that …": an object may precede the content
    hedging: bool  # "fear", "estimate": the cue itself marks uncertainty
    raising: bool = False  # "X seems to …": the subject plus infinitive is the content
    nominal: bool = False  # "endorsed Trump last week": the content is the object phrase

    @property
    def answering(self) -> bool:
        """A verb answering a claim made before ("denied", "confirms")."""
        return self.lemma in g.ANSWERING_LEMMAS


@dataclass(frozen=True)
class Lexicon:
    forms: dict[str, Cue]
    cues: WordScanner
    # Bare forms that are as often a noun or another sense ("a note", "appear on TV"),
    # read as a cue only where the words around make them a reporting verb
    # (`cue_senses.verb_after_subject`).
    bare: dict[str, Cue]


def _read(name: str) -> str:
    return resources.files("dataset.claims").joinpath("data", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=8)
def load_lexicon(name: str, disabled: tuple[str, ...] = ()) -> Lexicon:
    """Parse the cue file; `cues` matches any form (lower case) or "according to".

    Verb forms match in lower case only, so "the Washington Post" is never the cue "post".
    A form written `~want` goes to `bare` instead of `forms`.
    """
    forms: dict[str, Cue] = {}
    bare: dict[str, Cue] = {}
    skip = frozenset(disabled)
    for line in _read(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, flags, inflected = line.split("\t")
        if lemma in skip:
            continue
        flag = flags.split(",")
        cue = Cue(lemma, "obj" in flag, "hedge" in flag, "raise" in flag, "np" in flag)
        for form in inflected.split(";"):
            if form.startswith("~"):
                bare.setdefault(form[1:], cue)
            else:
                forms.setdefault(form, cue)
    # One trie for all: it tries the longest word that matches first, so "according to"
    # still wins over any shorter form at its position (no form extends it).
    words = [*forms, *(form for form in bare if form not in forms)]
    return Lexicon(forms, WordScanner([*words, "according to", "According to"]), bare)
