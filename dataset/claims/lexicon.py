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


@dataclass(frozen=True)
class Lexicon:
    forms: dict[str, Cue]
    pattern: re.Pattern[str]


def _read(name: str) -> str:
    return resources.files("dataset.claims").joinpath("data", name).read_text(encoding="utf-8")


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
        cue = Cue(lemma, "obj" in flags.split(","), "hedge" in flags.split(","))
        for form in inflected.split(";"):
            forms.setdefault(form, cue)
    alternatives = sorted(forms, key=lambda f: (-len(f), f))
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in alternatives)
    pattern = re.compile(r"\b(?:[Aa]ccording\s+to|" + body + r")\b")
    return Lexicon(forms, pattern)
