"""Content after its cue: `X said (that) CONTENT`, `X told reporters: "CONTENT"`."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.claimant_phrases import (
    claimant_span,
    clause_subject,
    has_speech,
    left_boundary,
    not_a_subject,
    sentence_subject,
    skip_left,
    trailing_name,
)
from dataset.claims.content_bounds import (
    clause_end,
    comment_comma,
    content_start,
    coordinated_clause,
    coordinated_predicate,
    phrase_end,
    reporting_relative,
    subordinate_report,
    unquoted_commas,
    withheld_end,
)
from dataset.claims.draft import Draft
from dataset.claims.fronted_participles import fronted_participle, opens_with_participle
from dataset.claims.lexicon import Cue
from dataset.claims.reader import Reader
from dataset.claims.tokens import Span, Token


def cue_before(
    reader: Reader,
    tokens: list[Token],
    b: int,
    source: Span | None,
    j: int,
    cue: Cue,
    cue_span: Span,
) -> Draft | None:
    """`X said (that) CONTENT`: content from token j on; without a claimant before the cue,
    the claimant of a coordinated report or the sentence's subject."""
    begin = content_start(tokens, j, cue, reader.params)
    if tokens[-1][2] == ":" and source is not None:
        # `He released the following statement:` and a quoted paragraph: the quotation
        # is the content, not the object before the colon.
        after = quote_next_paragraph(reader, tokens, source, cue, cue_span)
        if after is not None or begin is None:
            return after
    if begin is None:
        return None
    confidence = reader.params.confidence_cue_before
    method = "cue_before"
    if (source is None or source == (0, 1)) and opens_with_participle(
        tokens, cue_span, reader.article.text
    ):
        return fronted_participle(reader, tokens, begin, cue_span, cue)
    if source is None:
        if b >= 0 and tokens[b][2].lower() in g.PASSIVE_MARKERS:
            source = None  # "it is believed that …": no claimant
        else:
            participle = b >= 0 and tokens[b][2] == "," and tokens[b + 1][2].endswith("ing")
            source = coordinated_claimant(reader, tokens, b, participle)
            if source is None and (participle or tokens[b][2].lower() in ("and", "but")):
                source = clause_subject(tokens, b, participle)  # "he stood with X and urged Y to …"
            if source is None:
                source = sentence_subject(tokens, reader.params.max_claimant_tokens)
            if source is None or b < 0 or source[1] > b:
                return None
            confidence = reader.params.confidence_subject_fallback
            method = "cue_before_subject"
    elif not_a_subject(tokens[source[0]][2]):
        source = trailing_name(tokens, source)  # "In an interview Trump said …"
    start = tokens[begin][0]
    end = min(tokens[-1][1], reader.article.paragraph_end(start))  # a line ends content
    gap = _gap_relative(tokens, source, begin, j)
    if gap is not None:
        source = (gap, source[1])  # "X, a group officials say is Y, …": "officials"
    if subordinate_report(tokens, b) or _relative_report(tokens, source) or gap is not None:
        end = min(end, clause_end(tokens, begin))
    elif tokens[begin][2] in g.FINITE_AUXILIARIES and _relative_subject_gap(
        tokens, source, begin, j
    ):
        end = min(end, _aside_close(tokens, begin))
    if g.CLAIM_APPOSITION.search(reader.article.text, tokens[begin][0], end):
        end = min(end, comment_comma(tokens, begin))
    if g.COMMA_RELATIVE.search(reader.article.text, tokens[begin][0], end):
        end = min(end, reporting_relative(tokens, begin, reader.lexicon.forms))
    quoted = False
    text = reader.article.text
    if tokens[begin][2] in g.QUOTES and reader.quotes.is_opening(start):
        closing = reader.quotes.closing_after(start)
        if closing is not None and (closing >= end - 2 or text[closing - 1] == ","):
            # may run over sentences; `said, "We'll see," when asked …` ends at the quote
            start, end, quoted = start + 1, closing, True
    topic = tokens[begin - 1][2].lower() in g.TOPIC_PREPOSITIONS and begin - 1 <= j
    if (
        not quoted
        and (cue.nominal or topic)
        and tokens[begin][2].lower() != "that"
        and tokens[begin][2] != "to"
    ):
        end = min(end, phrase_end(tokens, begin))  # "endorsed Trump, providing …"
    elif not quoted and tokens[begin][2] == "to":
        end = min(end, clause_end(tokens, begin))  # "vowed to repeal X, a law that …"
    elif not quoted and text.count('"', start, end) % 2 == 1:
        # `said that "only X can win. Y can't."`: a quotation opened in the content
        # runs to its closing mark, across sentences.
        opening = text.rfind('"', start, end)
        closing = (
            reader.quotes.closing_after(opening) if reader.quotes.is_opening(opening) else None
        )
        if closing is not None:
            end = closing
    if not quoted and g.COORDINATED_CLAUSE.search(text, start, end):
        end = min(end, coordinated_clause(tokens, begin, end))
    if not quoted and g.AND_OR_BUT.search(text, start, end):
        end = min(end, coordinated_predicate(tokens, begin, end, text[cue_span[0] : cue_span[1]]))
    if not quoted:
        end = withheld_end(text, start, end)
    return (
        Draft(start, end, claimant_span(tokens, source), cue_span, cue, method, confidence, quoted)
        if end > start and text[start:end].strip()
        else None
    )


def _relative_report(tokens: list[Token], source: Span | None) -> bool:
    """`Broaddrick, who said Clinton raped her, recounted …`, `The video, which shows …,
    was shared`: a report in a relative clause on the sentence's subject (a short name
    phrase, or a determiner and a noun, before it) ends at the comma that closes the
    clause, where the subject's own verb follows."""
    if source is None or source[1] - source[0] != 1 or not 1 < source[0] <= 7:
        return False
    comma = source[0] - 1
    return (
        tokens[source[0]][2].lower() in g.RELATIVES
        and tokens[comma][2] == ","
        and (
            all(t[2][0].isupper() or t[2].lower() in g.DETERMINERS for t in tokens[:comma])
            or (comma == 2 and tokens[0][2].lower() in g.DETERMINERS and tokens[1][2].isalpha())
        )
    )


def _relative_subject_gap(tokens: list[Token], source: Span | None, begin: int, j: int) -> bool:
    """`The bill, which ministers claim will tackle crime, …`: the claimant follows a
    relative pronoun set off by a comma and a finite auxiliary (the caller's test) opens
    the content, so the relative is the content's subject and the report lies inside the
    aside."""
    if source is None or begin != j or source[0] < 2:
        return False
    first = source[0]
    if tokens[first][2].lower() not in g.RELATIVES_OR_THAT:
        first -= 1  # the relative left before the claimant
    return (
        first + 1 < source[1]
        and tokens[first][2].lower() in g.RELATIVES_OR_THAT
        and tokens[first - 1][2] == ","
    )


def _aside_close(tokens: list[Token], begin: int) -> int:
    """Offset of the comma after `begin` that a finite auxiliary follows, where the
    sentence's own verb goes on after an aside ("…, illegal immigration, is expected");
    a list's commas are passed over (else the sentence end)."""
    for n in unquoted_commas(tokens, begin):
        if n + 1 < len(tokens) and tokens[n + 1][2] in g.FINITE_AUXILIARIES:
            return tokens[n][0]
    return tokens[-1][1]


def _gap_relative(tokens: list[Token], source: Span | None, begin: int, j: int) -> int | None:
    """`The Resistance Front, a group Indian officials say is a front for X, …`: a finite
    auxiliary right after the cue (token j, where the content begins) has no subject of
    its own, so the cue sits in a relative clause without its pronoun ("a group [that]
    officials say is …") in an appositive after a comma; the appositive's head ("a
    group") is the content's subject, and the claimant starts after it: that index, else
    None. The content ends with the appositive (the caller cuts at its comma)."""
    if source is None or begin != j or begin >= len(tokens):
        return None
    first, end = source
    if first < 2 or tokens[first - 1][2] != "," or tokens[first][2].lower() not in ("a", "an"):
        return None
    if not tokens[begin][2].islower() or tokens[begin][2] not in g.FINITE_AUXILIARIES:
        return None
    for m in range(first + 2, min(first + 4, end)):
        word = tokens[m][2]
        if word[0].isupper() or word.lower() in g.DETERMINERS or m == end - 1:
            return m
        if not word.isalpha() or not word.islower():
            return None
    return None


def coordinated_claimant(
    reader: Reader, tokens: list[Token], b: int, participle: bool = False
) -> tuple[int, int] | None:
    """`On Sunday, Rubio thanked Miami and said …` (or `…, saying …`): the second verb
    shares the first report's claimant, found left of the nearest earlier cue."""
    if b <= 0 or not (participle or tokens[b][2].lower() in ("and", "but")):
        return None
    for n in range(b - 1, 0, -1):
        if tokens[n][2] in g.HARD_PUNCT:
            return None
        if tokens[n][2] in reader.lexicon.forms and not reader.quotes.inside(tokens[n][0]):
            if (
                participle
                and tokens[n - 1][2] in g.COMMA_OR_QUOTE
                and reader.lexicon.forms[tokens[n][2]].lemma in g.INVERTING_CUES
            ):
                return inverted_claimant(tokens, n + 1, b)  # `"…," said X, adding …`
            k = skip_left(tokens, n - 1)
            left = left_boundary(tokens, k, reader.params.max_claimant_tokens)
            k = _before_report(tokens, left, k)
            if k > left and (
                has_speech(tokens, left + 1, k + 1) or tokens[k][2] in reader.lexicon.forms
            ):
                # "X said in a statement posted …": X, the first report's sayer; "Hamas
                # rejected claims that …": "claims" is the object of the report before it
                continue
            if k == left + 1 and _bare_singular(tokens[k][2]):
                continue  # "no call or meeting planned with X": a noun and its modifier
            if k > left and k - left <= reader.params.max_claimant_tokens:
                return left + 1, k + 1
            return None
    return None


def _bare_singular(word: str) -> bool:
    """A lower-case singular noun alone (`meeting`), which subjects no finite verb without
    a determiner; pronouns, quantifiers and plurals ("each said", "officials said") do."""
    return (
        word.isalpha()
        and word.islower()
        and not word.endswith("s")
        and word not in g.PRONOUNS
        and word not in g.RELATIVES_OR_THAT
        and word not in g.NOUN_MARKERS  # "each touting …": a quantifier stands alone
        and word not in g.PRONOUN_QUANTIFIERS
    )


def _before_report(tokens: list[Token], left: int, k: int) -> int:
    """`X said it condemned Y and called for Z`: when the words found for the claimant end
    in a verb of saying and a pronoun (token k), the pronoun stands for the sayer X, who
    is the claimant (a claimant holds no report of its own): the index where X ends
    (before the verb and its auxiliaries), else k; after an aside's comma the
    claimant's own reading stands."""
    if k - 1 <= left or tokens[k][2].lower() not in g.PRONOUNS:
        return k
    if tokens[k - 1][2] not in g.SPEECH_FORMS:
        return k
    end = k - 2
    while end > left and tokens[end][2].lower() in g.AUXILIARIES:
        end -= 1
    return k if tokens[end][2] == "," else end


def inverted_claimant(tokens: list[Token], start: int, b: int) -> tuple[int, int] | None:
    """`"…," said Devine, suggesting …`: the name after an inverted cue, up to the first
    comma, dash or bracket before the participle at b."""
    if start >= b or not (
        tokens[start][2][0].isupper() or tokens[start][2].lower() in g.DETERMINERS
    ):
        return None
    end = start
    while end < b and tokens[end][2] not in g.PAREN_OPENERS:
        end += 1
    return (start, end) if end > start else None


def quote_next_paragraph(
    reader: Reader, tokens: list[Token], source: Span | None, cue: Cue, cue_span: Span
) -> Draft | None:
    """`He told the audience:` and a quotation opening the next paragraph."""
    text = reader.article.text
    at = reader.article.skip_space(tokens[-1][1])
    if at >= len(text) or text[at] not in g.QUOTE_CHARS or not reader.quotes.is_opening(at):
        return None
    closing = reader.quotes.closing_after(at)
    end = closing if closing is not None else reader.article.paragraph_end(at)
    return quoted_after_cue(reader, at + 1, end, tokens, source, cue, cue_span)


def quoted_after_cue(
    reader: Reader,
    start: int,
    end: int,
    tokens: list[Token],
    source: Span | None,
    cue: Cue,
    cue_span: Span,
) -> Draft:
    """The quotation a fronted or colon-ended cue introduces, as its content."""
    return Draft(
        start,
        end,
        claimant_span(tokens, source),
        cue_span,
        cue,
        "cue_before",
        reader.params.confidence_cue_before,
        True,
    )
