"""Tunables of the claims stage; `params.yaml` (section `claims`) mirrors every field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClaimParams:
    """How attributed statements are found. Defaults were tuned on PolNeAR train."""

    # Lexicon file (under dataset/claims/data/) of reporting cue verbs and their forms.
    cue_lexicon: str = "cues.tsv"
    # Cue lemmas from the lexicon that are *not* used (too often not reporting in news).
    # Measured on PolNeAR train: each is right (as a reporting cue) less than 35% of the
    # time, mostly as a noun ("states", "support", "comment") or a non-reporting verb.
    disabled_cues: tuple[str, ...] = (
        "advise",
        "boast",
        "charge",
        "comment",
        "demonstrate",
        "determine",
        "gather",
        "hear",
        "hint",
        "instruct",
        "maintain",
        "project",
        "prove",
        "reckon",
        "whisper",
    )
    # Words that mark a claim as uncertain when they occur in its cue, claimant or content.
    hedges: tuple[str, ...] = (
        "unverified",
        "unconfirmed",
        "fear",
        "fears",
        "feared",
        "estimate",
        "estimates",
        "estimated",
        "could",
        "may",
        "might",
        "reportedly",
        "allegedly",
        "alleged",
        "purportedly",
        "apparently",
        "possibly",
        "probably",
        "likely",
        "unlikely",
        "believed",
        "suspected",
        "rumoured",
        "rumored",
    )
    # Longest claimant kept, in tokens (a longer left context is not a noun phrase).
    max_claimant_tokens: int = 16
    # How far (in tokens) after the cue a "that" may open the content ("told reporters that").
    max_that_distance: int = 8
    # Longest quotation, in characters, followed back or forward across sentences.
    max_quote_chars: int = 1500
    # Fully quoted sentences right after a quote claim continue it (same speaker).
    merge_quote_continuations: bool = True
    # How many following paragraphs a quote claim's continuation may run into.
    quote_continuation_paragraphs: int = 2
    # Shortest content kept, in characters.
    min_content_chars: int = 3
    # Longest headline (first paragraph without sentence punctuation), in words.
    max_headline_words: int = 30
    # Confidence of each rule (method) in [0, 1].
    confidence_cue_before: float = 0.85
    confidence_cue_after: float = 0.8
    confidence_according_to: float = 0.85
    confidence_quote: float = 0.8
    confidence_subject_fallback: float = 0.6
    confidence_speaker_colon: float = 0.7
    confidence_raised: float = 0.5
