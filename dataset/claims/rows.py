"""Claim rows from drafts: kinds, hedges, claimant keys and quantities."""

from __future__ import annotations

import dataclasses
import re

from dataset.claims import grammar as g
from dataset.claims.article import Article
from dataset.claims.claimants import ASIDE_CLOSINGS, ClaimantResolver, head_end
from dataset.claims.contact_relatives import relative_claimant
from dataset.claims.content_bounds import answered_claim, strip_content
from dataset.claims.draft import Draft
from dataset.claims.headline import headline_end
from dataset.claims.hedges import first_hedge, hedge_scanner, unverified_after
from dataset.claims.params import ClaimParams
from dataset.claims.quantities import extract_quantities
from dataset.claims.verb_forms import past_form


def _ends_with_determiner(text: str, span: tuple[int, int]) -> bool:
    words = text[span[0] : span[1]].split()
    return bool(words) and words[-1].lower() in g.ARTICLES


def _unattributed_estimate(article: Article, draft: Draft) -> Draft:
    """The whole sentence as a report of no one, keeping the (hedging) cue."""
    start, end = article.spans[article.sentence_of(draft.cue[0])]
    while end > start and article.text[end - 1] in ".!?":
        end -= 1
    return dataclasses.replace(
        draft, start=start, end=end, claimant=None, method="unattributed", quoted=False
    )


def _cited(estimate: Draft, drafts: list[Draft]) -> bool:
    """`An estimated 5,000 people have fled, the IOM said.`: an estimate inside the content
    of a claim someone is cited for is that source's figure, not the publisher's own."""
    at = estimate.cue[0]
    return any(d.claimant and d is not estimate and d.start <= at < d.end for d in drafts)


def _up_to_cue(text: str, claimant: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """Where a hedge of the report may stand around its claimant: the claimant run on to
    its cue over words with no comma between (`which purportedly shows`, `X reportedly
    said`), where an adverb modifies the report; an aside on the claimant (`The official,
    who may be sacked,`) is left out."""
    start, end = claimant
    if text[end - 1] in ASIDE_CLOSINGS:
        return start, head_end(text, start, end)
    if end <= cue[0] and cue[0] - end < 40 and "," not in text[end : cue[0]]:
        return start, cue[0]
    return claimant


def _kind(draft: Draft, claimant: str | None, headline_end: int) -> str:
    if draft.end <= headline_end:
        return "headline"
    if draft.quoted:
        return "direct_quote"
    if draft.method in ("according_to", "in_poll"):
        return "according_to"
    if draft.method == "unattributed":
        return "report"
    lower_claimant = (claimant or "").lower().split()
    if (draft.cue_info and draft.cue_info.lemma == "report") or (
        lower_claimant and lower_claimant[-1] in g.REPORT_NOUNS
    ):
        return "report"
    return "indirect"


def _addressee_subject(text: str, draft: Draft) -> bool:
    """`X was asked whether …`, `Y is (widely) known as …`, `Z was accused of …`, `the
    group known as ISIS`: a report verb in the passive without its by-agent (which
    `cue_passive` reads), whose subject is the one addressed or talked about; the reporter
    goes unnamed. "known" and "shown" are passive participles wherever no "have" precedes."""
    if not draft.method.startswith("cue_before") or draft.cue_info is None:
        return False
    if draft.cue_info.lemma not in g.ADDRESSEE_PASSIVES:
        return False
    cue = text[draft.cue[0] : draft.cue[1]].lower()
    if not past_form(cue) and cue not in g.PARTICIPLE_ONLY:
        return False
    after = text[draft.cue[1] : draft.cue[1] + 4]
    if after == " by ":
        return False
    before = text[max(0, draft.cue[0] - 24) : draft.cue[0]].split()
    if cue in g.PARTICIPLE_ONLY and not (before and _perfect(before[-1])):
        return True  # "the group known as ISIS": a participle, never a finite verb
    if before and (
        before[-1].lower() in g.ADVERBS_IN_PASSIVE
        or (before[-1].endswith("ly") and before[-1].isalpha() and before[-1].islower())
    ):
        before.pop()  # "was repeatedly asked", "is widely known"
    return bool(before) and before[-1].lower() in g.PASSIVE_MARKERS


def _asked_aside(text: str, draft: Draft) -> bool:
    """`Haniyeh, asked whether …, said`: "asked" right after the comma that closes its
    subject, with a question after it, is a reduced passive set off as an aside; the
    subject is the one asked, not the asker."""
    if text[draft.cue[0] : draft.cue[1]].lower() != "asked":
        return False
    before = text[max(0, draft.cue[0] - 40) : draft.cue[0]].rstrip()
    if not before.endswith(",") or before[:-1].rstrip()[-1:].isdigit():
        return False  # "Smith, 45, asked whether …": an age, then a finite verb
    after = text[draft.cue[1] : draft.cue[1] + 12].split(maxsplit=1)
    return bool(after) and after[0] in g.QUESTION_OPENERS


def _question_end(text: str, start: int, end: int) -> int:
    """`asked whether his troops were in Congo, said: …`: the question ends at the comma
    before the main verb that the aside interrupts."""
    found = _MAIN_VERB_AFTER.search(text, start, end)
    return found.start() if found else end


_MAIN_VERB_AFTER = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:said|says|told|replied|added|declined)\b")


def _perfect(word: str) -> bool:
    """`had known`, `we’ve known`: a form of "have" makes the participle active."""
    lower = word.lower().replace("’", "'")
    return lower in g.HAVE_FORMS or lower.endswith(("'ve", "'d"))


def settled(text: str, drafts: list[Draft], article: Article, params: ClaimParams) -> list[Draft]:
    """Drafts as rows hold them: content stripped, too-short and repeated ones dropped,
    sorted by content span."""
    kept = []
    seen = set()
    for draft in drafts:
        if draft.claimant and _ends_with_determiner(text, draft.claimant):
            if not (draft.cue_info and draft.cue_info.hedging):
                continue  # "the planned attack", "a ruling": the cue word is a modifier
            # "generating an estimated $20m": the cue word is an adjective here, so the
            # sentence is the publisher's own hedged estimate, attributed to no one.
            if _cited(draft, drafts):
                continue
            draft = _unattributed_estimate(article, draft)
        start, end = strip_content(text, draft.start, draft.end)
        if end - start < params.min_content_chars and not answered_claim(
            text, start, end, draft.cue_info
        ):
            continue
        key = (start, end, draft.claimant)
        if key in seen:
            continue
        seen.add(key)
        aside = bool(draft.claimant and draft.cue_info) and _asked_aside(text, draft)
        if (
            draft.claimant
            and draft.cue_info
            and (draft.cue_info.raising or _addressee_subject(text, draft) or aside)
        ):
            # "The crowd seemed unperturbed", "It appears that …": a raising verb states
            # an impression; its subject is what the impression is of, not who reports it.
            # "X was asked about …": a passive report's subject is its addressee or topic,
            # and so is the subject of an "asked" aside ("X, asked whether …, said"), whose
            # question ends before the main verb. (The passes over all drafts have used
            # the subject as a boundary, and the repeats of one claim have been dropped,
            # already.)
            if aside:
                end = _question_end(text, start, end)
            draft.claimant = None
        if draft.claimant:
            subject = relative_claimant(text, draft.claimant, draft.cue[1])
            if subject != draft.claimant and end <= draft.cue[0]:
                # `"…," a term rights groups said signalled terror`: the relative's own
                # verb phrase after its cue is what the subject says, not the quotation.
                sentence_end = article.spans[article.sentence_of(draft.cue[0])][1]
                start, end = strip_content(text, draft.cue[1], sentence_end)
                if start >= end:
                    continue  # "what kind of service the public can expect.": no words
                draft.quoted = False
            draft.claimant = subject
        draft.start, draft.end = start, end
        kept.append(draft)
    kept.sort(key=lambda d: (d.start, d.end, d.cue[0]))
    return kept


def claim_rows(
    article_id: str,
    text: str,
    drafts: list[Draft],
    article: Article,
    params: ClaimParams,
    entities: list[dict],
) -> list[dict]:
    """One row per draft, with ids in the drafts' order."""
    resolver = ClaimantResolver(text, entities, [d.claimant for d in drafts if d.claimant])
    hedges = hedge_scanner(tuple(params.hedges))
    headline = headline_end(text, params)
    rows = []
    for n, draft in enumerate(drafts, start=1):
        claimant = text[draft.claimant[0] : draft.claimant[1]] if draft.claimant else None
        spans = [draft.cue, (draft.start, draft.end)]
        if draft.claimant:
            spans.insert(0, _up_to_cue(text, draft.claimant, draft.cue))
        hedge = (
            text[draft.cue[0] : draft.cue[1]] if draft.cue_info and draft.cue_info.hedging else None
        )
        hedge = (
            hedge
            or first_hedge(text, spans, hedges)
            or unverified_after(text, max(e for _s, e in spans))
        )
        rows.append(
            {
                "article_id": article_id,
                "claim_id": f"{article_id}-c{n:04d}",
                "start": draft.start,
                "end": draft.end,
                "text": text[draft.start : draft.end],
                "claimant": claimant,
                "claimant_start": draft.claimant[0] if draft.claimant else None,
                "claimant_end": draft.claimant[1] if draft.claimant else None,
                "claimant_key": resolver.key(draft.claimant) if draft.claimant else None,
                "cue": text[draft.cue[0] : draft.cue[1]],
                "cue_start": draft.cue[0],
                "cue_end": draft.cue[1],
                "kind": _kind(draft, claimant, headline),
                "hedged": hedge is not None,
                "hedge": hedge,
                "sentence": article.sentence_of(draft.start),
                "quantities": extract_quantities(text, draft.start, draft.end),
                "method": draft.method,
                "confidence": draft.confidence,
            }
        )
    return rows
