"""Closed word classes and token patterns the claim rules read (English news prose)."""

from __future__ import annotations

import re


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Words (with inner apostrophes/hyphens), dotted abbreviations ("U.S."), or one symbol.
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:['’\-]\w+)*|[^\w\s]")
WORD = re.compile(r"\w+")

OPEN_QUOTES = "“‘«"
CLOSE_QUOTES = "”’»"
QUOTE_CHARS = "\"'“”‘’«»"
QUOTES = ('"', "'", "“", "”", "‘", "’", "«", "»")
PAIRS = {"”": "“", "’": "‘", "»": "«"}  # closing → opening
PAIRS_OPEN = {"“": "”", "‘": "’", "«": "»"}  # opening → closing
TRAILING = ".,;:!?" + QUOTE_CHARS + "—–-"

TERMINAL_PUNCT = (",", ".", "!", "?", ";", ")", "(", "—", "–")
BOUNDARY_PUNCT = frozenset([",", ";", ":", "(", ")", "[", "]", "—", "–", *QUOTES])

AUXILIARIES = _words(
    "has have had also will would could should may might must can did does do is was were are "
    "be been being not n't never once still often again already even just then later earlier "
    "previously repeatedly first long reportedly who's he's she's they've i've we've"
)
# Words that end the clause before a claimant: "…, but he said", "because officials say".
CLAUSE_WORDS = _words(
    "that and but while because as when if although though since after before where so "
    "whom whose then or yet nor until unless whether whereas than"
)
RELATIVES = frozenset(["who", "which"])
# A cue right after one of these is a noun: "the report", "his claims", "a call".
NOUN_MARKERS = _words(
    "the a an this these those his her its their our my your such no any every each "
    "another other of in for"
)
DETERMINERS = _words(
    "the a an this these those his her its their our some many most several few all both "
    "other two three four five"
)
# After a cue, these open an adjunct, not content: "…, he said on Friday."
AFTER_CUE_ADJUNCTS = _words(
    "on in at during after before while when last this earlier later yesterday today tonight "
    "recently monday tuesday wednesday thursday friday saturday sunday of about from to "
    "with via through afterward afterwards"
)
PREPOSITIONS = _words(
    "on in at during after before from to with via through by of about for into over under "
    "against among between"
)
# Listeners after "told"/"asked"/"warned" before the content.
LISTENERS = _words(
    "me him her us them you reporters journalists supporters voters lawmakers colleagues "
    "the a an his her their audience crowd interviewer reporter"
)
PRONOUNS = _words("i he she we they it you")
# "it is believed that …", "was reported": a passive cue without a claimant.
PASSIVE_MARKERS = _words("is was are were been be being")
NOT_NOUNS = _words(
    "is was are were has have had will would could should may might must can did does do "
    "not also who which that and but or to in on at by for with from"
)
REPORT_NOUNS = _words(
    "report reports study survey poll polls assessment statement document documents "
    "analysis review investigation findings data figures memo letter media"
)
# A claimant never contains a form of "say"/"tell": such a left context is a clause.
SPEECH_FORMS = _words("say says said saying tell tells told telling")
