"""The reporting-cue lexicon: verb forms → lemma and flags, compiled once per process."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Cue:
    lemma: str
    takes_listener: bool  # "told reporters that …": an object may precede the content
    hedging: bool  # "fear", "estimate": the cue itself marks uncertainty
    raising: bool = False  # "X seems to …": the subject plus infinitive is the content
    nominal: bool = False  # "endorsed Trump last week": the content is the object phrase


@dataclass(frozen=True)
class Lexicon:
    forms: dict[str, Cue]
    pattern: re.Pattern[str]


def _read(name: str) -> str:
    return resources.files("dataset.claims").joinpath("data", name).read_text(encoding="utf-8")


def trie_pattern(words: list[str]) -> str:
    """A regex alternation factored as a trie: tries one branch per character, not per word."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + render(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return render(tree)


@functools.lru_cache(maxsize=8)
def load_lexicon(name: str, disabled: tuple[str, ...] = ()) -> Lexicon:
    """Parse the cue file; the pattern matches any form (lower case) or "according to".

    Verb forms match in lower case only, so "the Washington Post" is never the cue "post".
    """
    forms: dict[str, Cue] = {}
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
            forms.setdefault(form, cue)
    body = trie_pattern(sorted(forms)).replace(r"\ ", r"\s+")
    pattern = re.compile(r"\b(?:[Aa]ccording\s+to|" + body + r")\b")
    return Lexicon(forms, pattern)
