"""A report set off inside its content: `A, officials said, could unravel B.`"""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.content_bounds import opens_writer_clause
from dataset.claims.draft import Draft
from dataset.claims.tokens import Token, token_index
from dataset.claims.verb_forms import finite_soon, past_form

# Words that join a sentence to the one before ("But although …").
_JOINING = g.SENTENCE_CONJUNCTIONS | {"or"}
# Words that open the writer's own continuation after a report, not the rest of its
# content: a coordinated clause, a relative or adverbial phrase ("…, he said, while …").
_NOT_CONTENT = g.RELATIVES | frozenset("and but or nor according as while with without".split())


def carry_on(tokens: list[Token], draft: Draft, after: int, inverted: bool) -> Draft:
    """`Whatever progress X made, officials said, could unravel`: a report set off by
    commas inside a sentence leaves the content open, and the words after it finish it.

    They do when they open with a finite auxiliary (the predicate of the content's
    subject) or, after a cue whose claimant precedes it, with a clause (a finite verb
    within a few words); a participle, a relative, a conjunction, a preposition or a
    quotation opens the writer's own words. After an inverted claimant (`…, said X, an
    expert at Y, would …`) only the auxiliary counts, past one apposition. `after` is
    where the claimant or cue ends; the cue may be followed by a short adjunct."""
    if draft.quoted or (draft.cue_info is not None and draft.cue_info.nominal):
        return draft
    n = token_index(tokens, after)
    commas = 0
    for m in range(n, min(n + 16, len(tokens) - 3)):
        word = tokens[m][2]
        if word in (",", ";"):
            commas += 1
            first = tokens[m + 1][2]
            lower = first.lower()
            if first.islower() and lower in g.FINITE_AUXILIARIES:
                draft.end = tokens[-1][1]
                return draft
            if inverted:
                if commas >= 2:
                    return draft
                continue
            if finite_soon(tokens, m + 1) and not (
                lower.endswith("ing")
                or lower in _NOT_CONTENT
                or lower in g.PREPOSITIONS
                or first[0].isdigit()
                or first in g.QUOTES
                # ", a figure that could not be verified", ", although the army denied it"
                or opens_writer_clause(tokens, m)
                or comments_on_report(tokens, token_index(tokens, draft.end), m + 1)
            ):
                draft.end = tokens[-1][1]
            return draft
        if word in g.HARD_OR_QUOTE or word in g.TERMINAL_PUNCT or (not inverted and m - n > 8):
            return draft
    return draft


def comments_on_report(tokens: list[Token], b: int, n: int) -> bool:
    """`Three soldiers were killed, officials said, raising fears of a war`, `Rebels
    seized Aleppo, a monitor said, the first time …`: after a reported clause that is
    complete (its finite verb, and a last word that leaves nothing open), a participle
    of effect or a noun phrase after the aside is the writer's comment on the whole
    report, not the rest of the content (an agent's participle, "Russia is meddling,
    they say, imposing curbs", goes on with it; so does "Israel is, he said, the
    aggressor"; a prepositional phrase may be the content's own: "a model, he said, for
    how the industry …"; and a subordinate clause is no complete one: "But if measured
    at 65, the PPI said, a worker will …"). The content ends before token b; the aside's
    follower is n."""
    follower = tokens[n][2]
    if follower in g.EFFECT_PARTICIPLES:
        return _finite_before(tokens, b)
    if follower not in g.DETERMINERS or tokens[n - 1][2] != ",":
        return False
    if _subject_of_clause(tokens, n) or _part_of_content(tokens, n):
        return False
    last = tokens[b - 1][2].lower() if b > 0 else ""
    if (
        not last.isalnum()
        or last in g.NOT_NOUNS_OR_PREPOSITIONS
        or last in g.DETERMINERS
        or last in g.SUBORDINATORS
        or last in g.ELABORATORS
    ):
        return False
    opener = next((t[2].lower() for t in tokens[:b] if t[2].lower() not in _JOINING), "")
    return opener not in g.SUBORDINATORS and _finite_before(tokens, b)


def _part_of_content(tokens: list[Token], n: int) -> bool:
    """`two interviews, officials said, the first by a consular officer, …`: an ordinal
    after the determiner at n picks out one of the content's own nouns (but "the first
    time …" dates the whole report)."""
    if n + 2 >= len(tokens) or tokens[n + 1][2].lower() not in g.ORDINALS:
        return False
    return tokens[n + 2][2].lower() != "time"


def _subject_of_clause(tokens: list[Token], n: int) -> bool:
    """`…, the PPI said, a manual worker will live to 81`: a finite auxiliary within a few
    words of the noun phrase at n makes it the subject of the content's main clause."""
    for _, _, word in tokens[n + 1 : n + 5]:
        if word in g.BOUNDARY_PUNCT or word.lower() in g.RELATIVES_OR_THAT:
            return False
        if word in g.FINITE_AUXILIARIES:
            return True
    return False


def _finite_before(tokens: list[Token], b: int) -> bool:
    """Whether tokens before b hold a finite verb (an auxiliary or a past form)."""
    return any(
        word.islower() and (word in g.FINITE_AUXILIARIES or past_form(word))
        for _, _, word in tokens[:b]
    )
