"""Attributed claims by rule: who said what, with which cue, how hedged, what quantities.

The extractor finds reporting cues (a lexicon of verb forms, "according to") in one regex
pass over the article, and only then looks at the sentence around each cue, so its cost
grows with the number of cues rather than the number of words. Around a cue it reads
one of a few constructions common in news prose:

- cue before content: `X (has) said (that) CONTENT`, `X told reporters that CONTENT`;
- cue after content: `CONTENT, X said.`, `"CONTENT," X said on Friday.`,
  inverted `CONTENT, said X.` / `CONTENT, reports BBC.`;
- an unclosed quotation running into its speaker: `"CONTENT Biden said.`;
- `according to X, CONTENT` / `CONTENT, according to X`;
- an "as" clause attached to its main clause: `As X said, CONTENT` / `CONTENT, as X said`;
- a speaker line `Obama: CONTENT` (method `speaker_colon`);
- a quotation paragraph signed by its speaker, `"CONTENT" ― Name` (method `signed_quote`);
- a fronted cue `Said X, "CONTENT"` / `Wrote X:` and a quoted paragraph;
- a participle clause that opens the sentence, `Noting CONTENT, X …` / `After saying
  CONTENT, X …`: the main clause's subject is the claimant (`fronted_participles`);
- a paragraph that is one quotation, right after a paragraph reporting X's words
  indirectly: X's own claim (method `quote_paragraph`);
- raising, with nobody cited: `Kabul appears to be safe`, `Talks are expected to fail`
  (method `raised`, no claimant);
- a report adverb, with nobody cited: `The FBI is reportedly preparing …` (method
  `report_adverb`, no claimant).

The claimant may be separated from its cue by an aside (`Zia, who …, said`, `Trump - who
… - said`); a leading phrase (`In an interview Trump`) is trimmed to the name. Content
after a cue stops where a later report in the same sentence begins (`A said X and B said
Y`). A quotation is followed across sentences (also `"Why?" he said.` and a quotation
that opens the paragraph after `X said:`), and fully quoted sentences right after a quote
claim continue it; a quotation left open at a paragraph end runs on when the next
paragraph opens with a quote mark (news style). A quotation after a second cue (`he said,
adding: "…"`) is that cue's, not resumed. Curly and straight double quotes are one mark
(writers mix them). Claims in the headline (first paragraph without sentence punctuation) get kind
`headline`; a title-case headline also has its capitalised cues (`Bush Says …`) read.
Entities, when given, only add `claimant_key` (see `claimants.py`).

Content spans follow the attribution corpora (PARC, PolNeAR): a complementiser opens the
content (`that the army would retreat`); the object of a nominal cue ends at its first
comma (`endorsed Trump, providing …`); a report inside another cue's content is part of
that content, not a second claim (`X said Y told Z that …`), and the content only stops
at a later report that is coordinated with it (`A said X, and B said Y`).

This module only orders the passes. Where each part lives: `article` (text, sentences,
paragraphs) and `tokens`; `quotes` (which mark opens, where it closes); `at_cue` (the
construction around one cue) with `cue_before`, `cue_after`, `cue_senses` (is the word a
report here), `claimant_phrases` (with `openers`), `content_bounds` and `asides` (a
report set off inside its content); the scans that
need no cue word (`headline`, `speaker_lines`, `figures`, `asked`, `fronted_cues`,
`report_adverbs`); the passes over all drafts (`overlaps`, `quote_runs`, last
`verb_claimants`); then `rows`
with `hedges`, `claimants` and `quantities`.
"""

from __future__ import annotations

from dataset.claims.asked import asked
from dataset.claims.at_cue import at_cue
from dataset.claims.draft import Draft
from dataset.claims.figures import estimates_put, in_poll
from dataset.claims.fronted_cues import fronted_cues
from dataset.claims.headline import title_case_headline
from dataset.claims.lexicon import load_lexicon
from dataset.claims.overlaps import drop_channels, drop_nested, trim_at_tails
from dataset.claims.params import ClaimParams
from dataset.claims.quote_runs import merge_continuations, quoted_paragraphs, speaks
from dataset.claims.reader import Reader
from dataset.claims.report_adverbs import reported_clauses
from dataset.claims.rows import claim_rows, settled
from dataset.claims.signed_quotes import signed_quotes
from dataset.claims.speaker_lines import speaker_colons
from dataset.claims.verb_claimants import subject_claimants


def find_drafts(reader: Reader) -> list[Draft]:
    """Every construction's drafts, then the passes over all of them (in this order)."""
    drafts: list[Draft] = []
    for start, end, surface in reader.lexicon.cues.finditer(reader.article.text):
        if reader.quotes.inside(start):
            continue  # "I think …" inside a quotation belongs to the quoted speaker
        draft = at_cue(reader, start, end, surface)
        if draft is not None:
            drafts.append(draft)
    drafts.extend(title_case_headline(reader))
    drafts.extend(speaker_colons(reader))
    drafts.extend(signed_quotes(reader))
    drafts.extend(estimates_put(reader))
    drafts.extend(asked(reader))
    drafts.extend(in_poll(reader))
    drafts.extend(fronted_cues(reader))
    drafts.extend(reported_clauses(reader))
    drafts = trim_at_tails(reader.article.text, drafts)
    drafts = drop_channels(reader.article.text, drafts)
    drafts = drop_nested(reader.article.text, drafts)
    if reader.params.merge_quote_continuations:
        # Merging moves only ends, so a draft that speaks before it still speaks after.
        speaking = [draft for draft in drafts if speaks(reader, draft)]
        drafts = merge_continuations(reader, drafts, speaking)
        drafts.extend(quoted_paragraphs(reader, drafts, set(speaking)))
    return subject_claimants(reader, drafts)


def preload(params: ClaimParams) -> None:
    """Load the cue lexicon in the stage's parent process, before workers fork."""
    load_lexicon(params.cue_lexicon, tuple(params.disabled_cues))


def extract_claims(
    article_id: str, text: str, params: ClaimParams, entities: list[dict]
) -> list[dict]:
    """Claims of one article, sorted by content span, with ids in that order."""
    reader = Reader.of(text, params)
    drafts = settled(text, find_drafts(reader), reader.article, params)
    return claim_rows(article_id, text, drafts, reader.article, params, entities)
