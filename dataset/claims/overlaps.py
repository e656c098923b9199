"""Claims that overlap: content cut at a later report, reports nested in another's content."""

from __future__ import annotations

import bisect

from dataset.claims import grammar as g
from dataset.claims.content_bounds import drop_conjunction
from dataset.claims.draft import Draft
from dataset.claims.verb_forms import past_form


def trim_at_tails(text: str, drafts: list[Draft]) -> list[Draft]:
    """Content that runs over a later attribution (`…, according to X`) stops there, and
    so does content that runs over a participle introducing a quotation (`said that X,
    adding: "…"`: the quotation is the participle's)."""
    tails = sorted(
        d.end for d in drafts if d.method in ("cue_after", "cue_inverted", "according_to")
    )
    tails += [d.cue[0] for d in drafts if d.method == "according_to"]
    # "A said X and B said Y": X stops where the next report (its claimant) begins.
    # An infinitive ("an opportunity to talk about …") is inside the content, not a report
    # coordinated with it.
    reports = [
        d
        for d in drafts
        if not d.quoted
        and d.method != "raised"
        and not _infinitival(text, d.cue[0])
        and not _after_article(text, d.cue[0])
    ]
    tails += [d.claimant[0] if d.claimant else d.cue[0] for d in reports]
    tails += [d.cue[0] for d in reports]
    tails += [
        d.cue[0]
        for d in drafts
        if d.quoted and d.cue[1] <= d.start and text.endswith("ing", 0, d.cue[1])
    ]
    tails.sort()
    cue_ends = {d.cue[0]: d.cue[1] for d in reports}
    for draft in drafts:
        if draft.quoted or not draft.method.startswith(("cue_before", "raised")):
            continue
        at = bisect.bisect_right(tails, draft.start)
        while at < len(tails) and tails[at] < draft.end:
            if g.COORDINATION.search(text, draft.start, tails[at]) or (
                tails[at] in cue_ends
                and g.SEQUENCED_COORDINATION.search(
                    text, max(draft.start, tails[at] - 24), tails[at]
                )
                and past_form(text[tails[at] : cue_ends[tails[at]]].split()[0])
            ):
                draft.end = drop_conjunction(text, draft.start, tails[at])
                break
            at += 1
    return drafts


def _infinitival(text: str, cue: int) -> bool:
    """Whether the cue at `cue` follows "to" (`to talk about`)."""
    return text[max(0, cue - 4) : cue] in (" to ", "\nto ")


def _after_article(text: str, cue: int) -> bool:
    """Whether the cue at `cue` follows an article (`and an estimated 50 insurgents`): an
    adjective inside the content, not a report coordinated with it."""
    before = text[max(0, cue - 5) : cue].lower()
    return before.endswith((" a ", " an ", " the ", "\na ", "\nan "))


# Reports that cite their source after the clause they report ("…, X said").
CITING_AFTER = ("cue_after", "cue_inverted", "according_to")
NESTING = ("cue_before", "cue_after", "cue_inverted", "speaker_colon", "in_poll", "according_to")


def _closed_question(text: str, draft: Draft) -> bool:
    """`Asked whether X would accept …, Y said`: a question closed by its comma holds the
    reports inside it; one that runs on to the sentence end (`Asked if he thought X he
    said: …`) may hold the answer's own report too, and governs nothing."""
    return draft.method == "asked" and text[draft.end : draft.end + 2].lstrip().startswith(",")


def drop_channels(text: str, drafts: list[Draft]) -> list[Draft]:
    """`The Arakan Army said it took the town, according to a statement`: "according to"
    an unnamed statement, post or video of the speaker names the channel the report
    that opens its content came through, not a second source; that report's claimant is
    the source, so the "according to" claim is dropped and the report stays one claim.
    A report later in the content (`X fell, according to a statement, and Y said …`)
    is no speaker of the statement."""
    return [
        d
        for d in drafts
        if not (
            d.method == "according_to"
            and _own_channel(text, d)
            and any(
                o.claimant and o.claimant[0] == d.start and d.start <= o.cue[0] < d.end
                for o in drafts
                if o is not d
            )
        )
    ]


_CHANNEL_OPENERS = g.ARTICLES | (g.POSSESSIVE_DETERMINERS - {"our"})


def _own_channel(text: str, draft: Draft) -> bool:
    """The claimant of `draft` is a determiner, up to two lower-case modifiers and a
    channel noun as its head ("a joint statement"): nothing that names who issued it
    ("a transcript of the interview" has another head)."""
    if draft.claimant is None:
        return False
    words = text[draft.claimant[0] : draft.claimant[1]].split()
    return (
        2 <= len(words) <= 4
        and words[0].lower() in _CHANNEL_OPENERS
        and words[-1].lower() in g.OWN_CHANNELS
        and all(
            w.isalpha() and w.islower() and w not in g.PREPOSITIONS_OR_CLAUSE_WORDS
            for w in words[1:]
        )
    )


def _answers(draft: Draft) -> bool:
    """`Houthis claim attack on ship, Pentagon denies`: a cue after its content that
    answers someone else's claim (deny, confirm, dispute, reject) answers the report
    that opens its content, which stays its own claimant's claim instead of becoming part
    of the answer's words ("X, the minister admitted" reports the minister's own words);
    a report further inside is still part of what is answered."""
    return (
        draft.cue_info is not None
        and draft.cue_info.lemma in g.OTHERS_CLAIM_LEMMAS
        and draft.end <= draft.cue[0]
    )


def _opens(text: str, start: int, draft: Draft) -> bool:
    """Whether the report `draft` (its claimant, or its content in a passive: `X was
    accused by Y …, charges it denies`) opens the content starting at `start`, after at
    most a topic label and its colon (`Gulf: Rebels claim …, navy denies`)."""
    if draft.claimant is None:
        return False
    before = text[start : min(draft.claimant[0], draft.start)]
    return not before.strip() or (before.rstrip().endswith(":") and len(before.split()) <= 3)


def drop_nested(text: str, drafts: list[Draft]) -> list[Draft]:
    """A report inside the content another cue introduces ("X said Y told Z that …") is
    part of what X said, not a claim of its own (PolNeAR annotates only the outer one).
    A report that opens the content is governed too (`Poll: voters say …`, `Y won, aides
    said`), except a hedged stance before its cue (`X fear Y, reports Z`): the outer
    report then cites the stance, whose hedge researchers filter on. When two reports
    each hold the other's cue, the one whose cue comes first governs. "according to Y"
    inside a report still names its own source, and an "Asked whether …" question is
    the claimant's own; both are kept (a question closed by its comma governs the
    reports inside it, see `_closed_question`). A raised clause cited as a whole after it
    (`X are believed to …, an official said`) is the cited source's claim only, and so
    is a report adverb inside a named source's content (`X were reportedly killed, media
    said`). A report whose claimant opens the content of an answer after it (`Houthis
    claim …, Pentagon denies`) is the claim answered, and stays (`_answers`)."""
    outers = sorted(
        (d.start, d.end, d.cue[0], _answers(d))
        for d in drafts
        if d.method.startswith(NESTING) or _closed_question(text, d)
    )
    cited = {(d.start, d.end) for d in drafts if d.claimant and d.method in CITING_AFTER}
    kept = []
    attributed = [(d.start, d.end) for d in drafts if d.claimant]
    for draft in drafts:
        if draft.method == "raised" and (draft.start, draft.end) in cited:
            continue  # "X is believed to …, an official said": the official is the source
        if draft.method == "report_adverb" and any(
            start <= draft.cue[0] < end for start, end in attributed
        ):
            continue  # "X were reportedly killed, media said": the media's hedged claim
        first = min(draft.cue[0], draft.claimant[0] if draft.claimant else draft.cue[0])
        hedged = draft.cue_info is not None and draft.cue_info.hedging
        before = bisect.bisect_right(outers, (first, 1 << 62))  # outers opening up to `first`
        inside = draft.method not in ("according_to", "asked") and any(
            draft.cue[1] <= end
            and (start, end) != (draft.start, draft.end)
            and (start < first or cue < start or not hedged)
            and not (draft.start <= cue < draft.end and draft.cue[0] < cue)
            and not (answers and _opens(text, start, draft))
            for start, end, cue, answers in outers[max(0, before - 8) : before]
        )
        if not inside:
            kept.append(draft)
    return kept
