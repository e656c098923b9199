"""Content before its cue: `CONTENT, X said.`, `"CONTENT," said X.`, `"CONTENT Biden said.`"""

from __future__ import annotations

import re

from dataset.claims import grammar as g
from dataset.claims.asides import carry_on
from dataset.claims.claimant_phrases import (
    claimant_span,
    left_boundary,
    parenthetical,
    skip_left,
)
from dataset.claims.content_bounds import (
    answering_relative,
    content_start,
    indefinite_claim,
    opens_figure,
)
from dataset.claims.cue_senses import not_a_finding, not_a_report
from dataset.claims.draft import Draft
from dataset.claims.lexicon import Cue
from dataset.claims.quote_runs import resume
from dataset.claims.reader import Reader
from dataset.claims.tokens import Span, Token, token_index
from dataset.claims.verb_forms import (
    finite_soon,
    ing_participle,
    ly_adverb,
    negated,
    past_form,
)


def before_boundary(reader: Reader, tokens: list[Token], b: int) -> tuple[int, int, bool] | None:
    """Content that ends at boundary token b: a quotation, or the clause before a comma."""
    if b < 0:
        return None
    mark = tokens[b]
    if mark[2] in g.QUOTES and not reader.quotes.is_opening(mark[0]):
        opening = reader.quotes.opening_before(mark[0])
        if opening is None:
            return None
        return _quote_in_sentence(reader, tokens, opening, mark[0])
    if mark[2] not in (",", "—", "–", ";", ":"):
        return None
    if b > 0 and tokens[b - 1][2] in g.QUOTES and not reader.quotes.is_opening(tokens[b - 1][0]):
        opening = reader.quotes.opening_before(tokens[b - 1][0])
        if opening is not None:
            return _quote_in_sentence(reader, tokens, opening, tokens[b - 1][0])
    start = tokens[0][0]
    if g.DATELINE.fullmatch(reader.article.text, start, mark[0]):
        return None  # "WASHINGTON (AP) — Trump called on …": a dateline, not content
    lead = g.DATELINE_LEAD.match(reader.article.text, start, mark[0])
    return (lead.end() if lead else start), mark[0], False


def _quote_in_sentence(
    reader: Reader, tokens: list[Token], opening: int, closing: int
) -> tuple[int, int, bool]:
    """`He "made a mistake," X said`: a quotation that ends a longer sentence is part of
    the content, which then starts with the sentence; after a colon, comma or dash the
    quotation stands alone and is the content."""
    first = tokens[0][0]
    text = reader.article.text
    lead = text[first:opening].rstrip()
    if lead and lead[-1] in g.QUOTE_LEADS:
        return opening + 1, closing, True  # `… the code of conduct: "Civility …," X said`
    if opening > first and g.WORD_PAIR.search(text, first, opening):
        dateline = g.DATELINE_LEAD.match(text, first, opening)  # "ADDIS ABABA (Reuters) -"
        return (dateline.end() if dateline else first), closing, True
    return opening + 1, closing, True


def cue_after(
    reader: Reader,
    tokens: list[Token],
    b: int,
    source: Span | None,
    j: int,
    cue: Cue,
    cue_span: Span,
) -> Draft | None:
    """`CONTENT, X said.`: the content ends at boundary token b, before the claimant; the
    cue ends before token j."""
    if b >= 0 and tokens[b][2] == ";":
        return None  # "Kyiv says …; Moscow denies.": a semicolon joins two reports
    content = before_boundary(reader, tokens, b)
    confidence = reader.params.confidence_cue_after
    method = "cue_after"
    if content is None and b >= 0 and tokens[b][2] in g.QUOTES and source:
        # An unclosed quotation running into its speaker: `"I will not … Biden said.`
        speaker = source[1] - 1
        while speaker > source[0] and tokens[speaker - 1][2][0].isupper():
            speaker -= 1
        if tokens[speaker][2][0].isupper() or tokens[speaker][2].lower() in g.PRONOUNS:
            content = (tokens[b][1], tokens[speaker][0], True)
            source = (speaker, source[1])
            method, confidence = "quote_unclosed", reader.params.confidence_quote
    if content is None and b < 0 and source:
        # `"… missing." Trump said.`: a sentence that is only its speaker and cue
        bare = tokens[-1][1] - cue_span[1] <= 1 and len(tokens) <= reader.params.max_claimant_tokens
        content = reader.quotes.before_sentence(tokens[0][0], bare)
    if content is None or source is None:
        return None
    if _answering(tokens, b, source):
        # "Moscow said its forces took the town, which Kyiv denied": as with "a claim".
        claimant = (source[0] + 1, source[1])
        return _apposed_claim(reader, tokens, b, claimant, cue, cue_span, relative=True)
    if claim_apposed(tokens, source):
        first = source[0] + (2 if tokens[source[0]][2].lower() in ("a", "an") else 1)
        if tokens[first][2].lower() in ("that", "which") and first + 1 < source[1]:
            first += 1
        return _apposed_claim(reader, tokens, b, (first, source[1]), cue, cue_span)
    head = tokens[source[0]][2].lower()
    if not content[2] and (head in g.PREPOSITIONS or head in g.NOT_NOUNS):
        return None  # "… of Houston learned": not a noun phrase before the cue
    if ing_participle(tokens[source[0]][2]):
        return None  # "…, cutting off a reporter who asked": a participle leads no claimant
    if cue.nominal and _reduced_passive(tokens, cue_span):
        return None  # "…, the latest of the massacres blamed on the RSF": no one reports
    opener = tokens[0][2].lower()
    if not content[2] and (
        (
            (opener in g.PREPOSITIONS or opener in g.SUBORDINATORS)
            and b < 12
            and not opens_figure(tokens, 0)  # "At least 5 people died, police said."
        )
        or (
            b < 4
            and not _counted_clause(tokens, b)
            and not _short_clause(tokens, b, j)
            and not _split_subject(tokens, b, j)
        )
    ):
        # "On Sunday, X called …", "Even then, X insisted …": an intro phrase; "Ten
        # people died, police said" and "The strike, the army said, targeted …" are not.
        return None
    start, end, quoted = content
    if (
        quoted
        and start == tokens[0][0]
        and opener in g.PREPOSITIONS
        and reader.article.text[cue_span[1] : cue_span[1] + 2].strip()[:1].isalpha()
    ):
        # `On "Fox News Sunday," Pence said his …`: the quotation is a title inside an
        # introductory phrase, and the cue's content follows it.
        return None
    draft = Draft(
        start, end, claimant_span(tokens, source), cue_span, cue, method, confidence, quoted
    )
    draft = carry_on(tokens, draft, cue_span[1], False)
    return resume(reader, draft, cue_span[1], tokens[-1][1])


def _reduced_passive(tokens: list[Token], cue_span: Span) -> bool:
    """`attacks blamed on the RSF`, `a plan backed by Kyiv`: the past participle of a
    verb that takes its object first ("blamed the RSF"), right after a noun and before
    "on"/"by", modifies the noun as a passive; the noun is what is blamed or backed, not
    who speaks. ("said on Monday", "said by phone": "say" is no such verb.)"""
    i = token_index(tokens, cue_span[0])
    return (
        0 < i < len(tokens) - 1
        and past_form(tokens[i][2])
        and tokens[i + 1][2] in ("on", "by")
        and tokens[i - 1][2].isalpha()
        and tokens[i - 1][2].lower() not in g.PASSIVE_MARKERS
        and tokens[i - 1][2].lower() not in g.FINITE_AUXILIARIES
    )


def _counted_clause(tokens: list[Token], b: int) -> bool:
    """`Ten people died`, `200 were hurt`, `Dozens died`: two or three words before the
    comma that open with a count and hold a finite verb are a casualty report, not an
    introductory phrase."""
    first = tokens[0][2]
    return (
        2 <= b <= 3
        and (first[0].isdigit() or first.lower() in g.COUNT_WORDS)
        and finite_soon(tokens, 1)
    )


def _short_clause(tokens: list[Token], b: int, j: int) -> bool:
    """`Prices were high, he said.`: two or three words before the comma b whose second
    is a finite auxiliary after a subject (a pronoun or a noun, not a preposition,
    subordinator or determiner) are a clause, not an introductory phrase; "On Sunday"
    and "Even then" hold no finite verb. Only where the cue ends the sentence, bar an
    adjunct (from token j): a clause after it is what it reports ("Morale fell, staff
    complain of cuts and some have left"), and after a comma the words may be the
    writer's ("…, he said, wiping his face")."""
    if not 2 <= b <= 3 or any(t[2] in g.FINITE_AUXILIARIES or t[2] == "," for t in tokens[j:]):
        return False
    first = tokens[0][2]
    lower = first.lower()
    subject = lower in g.PRONOUNS or (
        first.isalpha()
        and lower not in g.PREPOSITIONS
        and lower not in g.SUBORDINATORS
        and lower not in g.DETERMINERS
        and not ly_adverb(lower)
    )
    return subject and tokens[1][2] in g.FINITE_AUXILIARIES


def claim_apposed(tokens: list[Token], source: Span) -> bool:
    """`…, a claim Kyiv rejected`: an indefinite claim noun opens the words before the cue."""
    head = tokens[source[0]][2].lower()
    bare = head in g.PLURAL_CLAIM_NOUNS or (head in g.CLAIM_NOUNS and head.endswith("s"))
    return source[1] - source[0] > (1 if bare else 2) and indefinite_claim(tokens, source[0])


def _split_subject(tokens: list[Token], b: int, j: int) -> bool:
    """`The strike, the army said, targeted a depot`: a determiner's noun before the comma
    b and a finite verb after the cue's own comma (token j): the report is set off inside
    its content, whose subject is the noun, not an introductory phrase."""
    return (
        b > 1
        and tokens[0][2].lower() in g.DETERMINERS
        and j + 1 < len(tokens)
        and tokens[j][2] == ","
        and tokens[j + 1][2].islower()
        and (tokens[j + 1][2] in g.FINITE_AUXILIARIES or past_form(tokens[j + 1][2]))
    )


def _answering(tokens: list[Token], b: int, source: Span) -> bool:
    """`…, which Kyiv denied.`: the words after the comma b open with "which", a relative
    clause that answers the report before it ("which Israel did not confirm" states
    nothing)."""
    return (
        tokens[b][2] == ","
        and source[1] - source[0] > 1
        and tokens[source[0]][2] == "which"
        and answering_relative(tokens, source[0])
        and not any(negated(t[2]) for t in tokens[source[0] : source[1] + 3])
    )


def _apposed_claim(
    reader: Reader,
    tokens: list[Token],
    b: int,
    claimant: Span,
    cue: Cue,
    cue_span: Span,
    relative: bool = False,
) -> Draft | None:
    """`Moscow said its forces took the town, a claim Kyiv denied`: the appositive's
    subject (after the claim noun) rejects what the report before the comma (token b)
    says, so the content is that report's content, not the whole clause with its cue and
    claimant. A `relative` ("which Kyiv denied") answers only a report: without one, its
    antecedent is a noun ("faced charges, which he denies")."""
    begin = -1
    n = _report_before(reader, tokens, b)
    if n is not None:
        outer = _outer_report(reader, tokens, n)
        while outer is not None:
            n, outer = outer, _outer_report(reader, tokens, outer)
        earlier = reader.lexicon.forms[tokens[n][2].lower()]
        found = content_start(tokens, n + 1, earlier, reader.params)
        begin = found if found is not None and found < b else 0
    if begin < 0 and relative:
        return None
    start, end = tokens[max(begin, 0)][0], tokens[b][0]
    if begin <= 0:
        comma = _set_off_report(reader, tokens, b)
        if comma is not None:
            # "A, Syrskyi said in a video statement, a claim Moscow disputed": A
            content = before_boundary(reader, tokens, comma)
            if content is not None:
                start, end = content[0], content[1]
    if start >= end:
        return None
    return Draft(
        start,
        end,
        claimant_span(tokens, claimant),
        cue_span,
        cue,
        "cue_after",
        reader.params.confidence_cue_after,
    )


def _set_off_report(reader: Reader, tokens: list[Token], b: int) -> int | None:
    """`A, Syrskyi said in a video statement, a claim …`: the comma that opens a short
    claimant-and-cue aside closed at b (a past form of a report among its words)."""
    limit = reader.params.max_claimant_tokens
    for comma in range(b - 1, max(0, b - limit), -1):
        if tokens[comma][2] in g.BOUNDARY_PUNCT:
            if tokens[comma][2] != "," or comma < 2:
                return None
            forms = reader.lexicon.forms
            aside = tokens[comma + 1 : b]
            reports = any(w.islower() and w in forms and past_form(w) for _, _, w in aside)
            return comma if reports else None
    return None


def _report_before(reader: Reader, tokens: list[Token], n: int) -> int | None:
    """The nearest cue form before token n, outside a quotation."""
    for m in range(n - 1, 0, -1):
        if tokens[m][2].lower() in reader.lexicon.forms and not reader.quotes.inside(tokens[m][0]):
            return m
    return None


def _outer_report(reader: Reader, tokens: list[Token], n: int) -> int | None:
    """`Hagari said troops had found weapons`: the report at token n sits in the content
    of an earlier report (a cue form that is a report there) when nothing coordinates
    them, so a comment on the content answers that earlier report ("…, a claim Hamas
    rejected" rejects what Hagari said); `A said X, and B said Y` are siblings."""
    m = _report_before(reader, tokens, n)
    if m is None:
        return None
    k = skip_left(tokens, n - 1)
    subject = max(left_boundary(tokens, k, reader.params.max_claimant_tokens) + 1, m + 1)
    text = reader.article.text
    if subject > n or g.COORDINATION.search(text, tokens[m][1], tokens[subject][0]):
        return None
    cue = reader.lexicon.forms[tokens[m][2].lower()]
    surface = tokens[m][2]
    before = tokens[m - 1][2].lower()
    if not_a_report(reader, tokens, m, m + 1, cue, surface, before) or (
        cue.lemma == "find" and not_a_finding(tokens, m, m + 1)
    ):
        return None
    return m


def inverted(
    reader: Reader, tokens: list[Token], i: int, j: int, cue: Cue, cue_span: Span
) -> Draft | None:
    """`CONTENT, said X.` / `"CONTENT," says X` / `CONTENT, reports BBC.`"""
    if j >= len(tokens) or tokens[i][2].endswith("ing"):
        return None  # "…, saying X": a participle, its subject is the sentence's
    first = tokens[j][2]
    after_quote = tokens[i - 1][2] in g.QUOTES
    end = j
    while end < len(tokens) and tokens[end][2] not in g.TERMINAL_OR_QUOTE:
        end += 1
    end = _apposed_name_end(tokens, j, end)
    named = _closing_name(tokens, j, end)
    if first in g.QUOTES or not (
        first[0].isupper()
        or first.lower() in g.DETERMINERS
        or (after_quote and first.isalpha() and first not in g.NOT_NOUNS_OR_PREPOSITIONS)
        or (after_quote and first[0].isdigit())  # `"…," said 9/11 widow Terry Strada`
        or named
    ):
        return None  # `"…," said spokesman John Kirby`: a title may open the name
    if end - j > reader.params.max_claimant_tokens and after_quote:
        # `"…," said one owner of a shop that sells … who declined to be named`: after a
        # quotation the claimant is a noun phrase, whose relative clause may run long.
        end = next(
            (n for n in range(j + 1, end) if tokens[n][2].lower() in g.RELATIVES_OR_THAT), end
        )
    if end - j > reader.params.max_claimant_tokens:
        return None  # "…, says Ali would attend …": not an inverted claimant
    if _has_finite_verb(tokens, j, end, participles=not after_quote):
        return None  # "Wynn, chairman of the GOP, said his district received …": a clause
    content = before_boundary(reader, tokens, i - 1)
    if content is None:
        return None
    start, stop, quoted = content
    if not quoted and (
        any(t[2].lower() in g.NOT_NOUNS or t[2] in reader.lexicon.forms for t in tokens[j:end])
        or _set_off(tokens, i, reader.params.max_claimant_tokens, named)
    ):
        return None  # "Cecil, a strategist, said the group might …", "… said the videos show"
    claimant = claimant_span(tokens, (j, end))
    draft = Draft(
        start,
        stop,
        claimant,
        cue_span,
        cue,
        "cue_inverted",
        reader.params.confidence_cue_after,
        quoted,
    )
    draft = carry_on(tokens, draft, claimant[1] if claimant else cue_span[1], True)
    return resume(reader, draft, claimant[1] if claimant else cue_span[1], tokens[-1][1])


def _apposed_name_end(tokens: list[Token], j: int, end: int) -> int:
    """`said the group's deputy leader, Khalil al-Hayya.`: a name of up to four
    capitalised words after the comma of a claimant that is a description (tokens j to
    end, not itself a name: "said Jeremy Dear, NUJ General Secretary"), closing the
    sentence (or before a quotation's comma), is the claimant's apposition; where it
    ends, else `end`."""
    if end + 1 >= len(tokens) or tokens[end][2] != ",":
        return end
    if all(_name_word(word) for _, _, word in tokens[j:end]):
        return end
    n = end + 1
    while n < len(tokens) and n - end <= 4 and _name_word(tokens[n][2]):
        n += 1
    closes = (
        n == len(tokens)
        or tokens[n][2] in (".", "!", "?")
        or (tokens[n][2] == "," and n + 1 < len(tokens) and tokens[n + 1][2] in g.QUOTES)
    )
    return n if n > end + 2 and closes else end


# Lower-case particles inside names ("Mohammed bin Salman"), and "al-" before a capital.
_NAME_PARTICLES = frozenset("bin ibn de da van von al el".split())
_PARTICLE_PREFIX = re.compile(r"(?:al|el|ad|as|an|ar|at|az)-[A-Z]")


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalised letters, a particle, or "al-Hayya"."""
    if word[0].isupper():
        return word.replace("-", "").replace("'", "").isalpha()
    return word in _NAME_PARTICLES or _PARTICLE_PREFIX.match(word) is not None


def _set_off(tokens: list[Token], i: int, limit: int, named: bool) -> bool:
    """`Cecil, a strategist, said …`: a noun phrase and an aside before the cue's comma
    make the cue's subject the noun phrase; but before an inverted name (`named`) a
    stretch between commas that is a clause (`…, some of its functions would be
    performed by other agencies, said DeSantis`) is the content's own, not an aside."""
    found = parenthetical(tokens, i - 1, limit)
    if found is None:
        return False
    if not named:
        return True
    aside = tokens[found[1] + 1 : i - 1]
    return (
        not aside
        or aside[0][2].lower() in g.ASIDE_OPENERS
        or not any(t[2] in g.FINITE_AUXILIARIES for t in aside)
    )


def _closing_name(tokens: list[Token], j: int, end: int) -> bool:
    """`…, said former governor Ed Rendell, who …` / `…, said DeSantis.`: the words after
    an inverted cue (tokens j to end) are lower-case title words then a name that closes
    the sentence or meets an aside; no clause ("said many would leave") looks so."""
    if end - j > 8 or end == j or not tokens[end - 1][2][0].isupper():
        return False
    if not all(
        (t[2].isalpha() or t[2].endswith("."))
        and t[2].lower() not in g.NOT_NOUNS_OR_PREPOSITIONS
        and t[2].lower() not in g.CLAUSE_WORDS
        for t in tokens[j:end]
    ):
        return False
    if end + 1 >= len(tokens):
        return True
    after = tokens[end][2]
    following = tokens[end + 1][2]
    return after == "," and (following.lower() in g.ASIDE_OPENERS or following[0].isupper())


def _has_finite_verb(tokens: list[Token], j: int, end: int, participles: bool) -> bool:
    """Whether tokens[j:end] hold a finite verb outside a relative or adverbial clause:
    words after a cue that make a clause ("said his district received …", "said he
    doesn't …") are the cue's content, not an inverted claimant ("said a source who
    asked …" keeps its relative clause). After a quotation the inversion is the norm and
    an -ed form is read as a modifier ("said a source involved in …"), so only
    auxiliaries count, unless `participles`."""
    for token in tokens[j + 1 : end]:
        word = token[2]
        lower = word.lower()
        if lower in g.RELATIVES_OR_THAT or lower in g.SUBORDINATORS:
            return False
        if word.islower() and (
            lower in g.FINITE_AUXILIARIES
            or lower.endswith(g.NOT_ENDS)
            or (participles and past_form(lower))
        ):
            return True
    return False
