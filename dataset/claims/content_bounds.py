"""Where the content a cue introduces starts and ends inside its sentence."""

from __future__ import annotations

from collections.abc import Iterator

from dataset.claims import grammar as g
from dataset.claims.lexicon import Cue
from dataset.claims.params import ClaimParams
from dataset.claims.tokens import Token
from dataset.claims.verb_forms import (
    finite_soon,
    infinitive,
    ing_participle,
    leave_to_speak,
    past_form,
    predicate_in_form,
    second_predicate,
)


def is_terminal(tokens: list[Token], j: int, cue: Cue | None) -> bool:
    """True when what follows the cue cannot be its content (`…, he said on Friday.`)."""
    if j >= len(tokens):
        return True
    if cue is not None and cue.takes_listener:
        while j < len(tokens) and (
            tokens[j][2][0].isupper() or tokens[j][2].lower() in g.LISTENERS
        ):
            j += 1
        audience = _after_audience(tokens, j)
        if audience >= len(tokens):
            return True
        if audience > j and tokens[audience][2].lower() == "as":
            return _adjunct_only(tokens, audience, cue)  # "told his advisers as he left"
        j = audience
    word = tokens[j][2]
    if infinitive(tokens, j):
        return False  # "prefer to back a winner", "called Ginsburg to resign"
    if word in (",", ":") and j + 1 < len(tokens) and tokens[j + 1][2] in g.QUOTES:
        return False  # `said, "…"`: a quotation follows
    if _after_day(tokens, j) > j:
        return False  # "announced on Friday the arrest of …"
    if (
        (word.lower() in g.AFTER_CUE_ADJUNCTS and not _pronoun_object(tokens, j))
        or _by_means(tokens, j)
        or (word in _EARLY_OR_LATE and _early_or_late(tokens, j))
    ):
        return _adjunct_only(tokens, j, cue)
    return word in g.TERMINAL_PUNCT


_EARLY_OR_LATE = frozenset(["early", "late", "Early", "Late"])


def _early_or_late(tokens: list[Token], j: int) -> bool:
    """`said late on Monday`, `said early Tuesday`: "early"/"late" (the caller has seen it
    at j) before a day or a part of it (or "on" and one) opens a time adjunct, not the
    content ("said early elections …" keeps it)."""
    if j + 1 >= len(tokens):
        return False
    n = j + 2 if tokens[j + 1][2].lower() in ("on", "in", "last", "this") else j + 1
    return n < len(tokens) and tokens[n][2].lower() in g.TIME_WORDS


def _by_means(tokens: list[Token], j: int) -> bool:
    """`said by telephone`, `told AP by phone`: "by" and a means of communication name
    how the words came, an adjunct ("was written by former DJ Mike Read" names an agent,
    "said by the end of the year the army would …" opens the content)."""
    return (
        tokens[j][2] == "by"
        and j + 1 < len(tokens)
        and tokens[j + 1][2].lower() in g.MEANS_OF_COMMUNICATION
    )


def _pronoun_object(tokens: list[Token], j: int) -> bool:
    """`Moscow denies this.`: "this" with no noun after it is the cue's object (a
    pronoun), not the opener of a time adjunct (`said this week`)."""
    return (
        tokens[j][2].lower() == "this" and j + 1 < len(tokens) and not tokens[j + 1][2][0].isalnum()
    )


def answered_claim(text: str, start: int, end: int, cue: Cue | None) -> bool:
    """`…, but the army denied it.`: "it" as the object of a verb that answers a claim
    stands for the claim before it, so it is content however short."""
    return cue is not None and cue.answering and text[start:end].lower() == "it"


def _adjunct_only(tokens: list[Token], j: int, cue: Cue | None) -> bool:
    """Whether the adjunct opening at token j ends the sentence without content after it:
    in "said on Friday that …" the content comes after the adjunct after all."""
    for n in range(j + 1, min(j + 24, len(tokens))):
        if tokens[n][2].lower() == "that" or (
            tokens[n][2] in (",", ":") and n + 1 < len(tokens) and tokens[n + 1][2] in g.QUOTES
        ):
            return False
        if (
            cue is not None
            and cue.takes_listener
            and infinitive(tokens, n)
            and not leave_to_speak(tokens, n)
        ):
            return False  # "tells his supporters at a rally to vote" ("not authorized to
            # speak to journalists" explains the anonymity, after the content)
        word = tokens[n][2]
        if word in g.HARD_OR_QUOTE or (
            word == "," and (_participle_clause(tokens, n + 1) or opens_writer_clause(tokens, n))
        ):
            # "said on Monday, adding that …": the participle's "that"; "said on Monday,
            # a claim that could not be verified": the writer's comment's
            break
    return True


def _after_audience(tokens: list[Token], j: int) -> int:
    """`told his closest advisers as …`, `told a Senate panel Wednesday`: the index after
    a listener phrase whose head names an audience, reached over up to two modifiers
    after its determiner (already skipped, with capitalised words, by the caller)."""
    d = j - 1
    while d > 0 and tokens[d][2][0].isupper():
        d -= 1  # "a Senate panel"
    if d < 0 or tokens[d][2].lower() not in g.DETERMINERS:
        return j
    for n in range(j, min(j + 3, len(tokens))):
        word = tokens[n][2].lower()
        if word in g.AUDIENCES:
            return n + 1
        if not tokens[n][2].isalpha() or not tokens[n][2].islower():
            return j
    return j


def content_start(tokens: list[Token], j: int, cue: Cue, params: ClaimParams) -> int | None:
    """Token index where content after a cue begins, or None when nothing follows."""
    if j >= len(tokens):
        return None
    if tokens[j][2] in (",", ":", "—", "–"):
        j += 1
        j = _after_unsupported(tokens, j)  # "said, without elaborating, that …"
        if _participle_clause(tokens, j):
            return None
    window = tokens[j : j + params.max_that_distance]
    first = window[0][2].lower() if window else ""
    if first == "that":
        return j
    # A "that" further on opens the content after a listener or an adjunct (the window is
    # lower-cased only then).
    if window and (
        cue.takes_listener
        or first in g.AFTER_CUE_ADJUNCTS
        or (first in _EARLY_OR_LATE and _early_or_late(tokens, j))
        or (first in g.LISTENERS and first not in g.DETERMINERS)
        or window[0][2][0].isupper()
    ):
        words = [t[2].lower() for t in window]
        if "that" in words:
            cut = words.index("that")
            ends = j + cut + 1 >= len(tokens) or tokens[j + cut + 1][2] in g.TERMINAL_PUNCT
            if (
                not ends
                # "rejected Russian claims that …": the claim noun's "that", inside the object
                and not (cut and words[cut - 1] in g.CLAIM_NOUNS)
                and ("," not in words[:cut] or first in g.AFTER_CUE_ADJUNCTS)
                and not any(_comma_participle(tokens, n) for n in range(j, j + cut))
            ):
                return j + cut
    if cue.takes_listener:
        listener = j
        while (
            j < len(tokens)
            and (
                tokens[j][2].lower() in g.LISTENERS
                or (tokens[j][2][0].isupper() and tokens[j][2] not in g.QUOTES)
            )
            and not _new_phrase(tokens, listener, j)
        ):
            j += 1
        if j > listener and j < len(tokens) and tokens[j][2] == "of":
            return listener  # "accused Clinton of lying": the object is part of the content
        if _determined_object_of(tokens, listener, j):
            return listener  # "accused the army of bombing": so is a common noun's
        if j > listener and j + 1 < len(tokens) and tokens[j - 1][2].lower() in g.DETERMINERS:
            if _noun_before_verb(tokens, j):
                return j - 1  # "warned the number could rise": the content's subject
            if (
                tokens[j - 1][2].lower() == "the"
                and tokens[j][2].isalpha()
                and tokens[j][2].islower()
                and _opens_clause(tokens, j + 1)
            ):
                j += 1  # "told the court the men had been beaten": the listener's noun
    if infinitive(tokens, j):
        return j  # "vowed to retake the city": an intention, content with its "to"
    if j < len(tokens) and tokens[j][2] in _EARLY_OR_LATE and _early_or_late(tokens, j):
        j += 1  # "said late Monday the …", "said late on Monday the …"
    j = _after_day(tokens, j)  # "announced on Friday the arrest …"
    j = _after_duration(tokens, j)  # "has said for weeks he …"
    while j < len(tokens) - 1 and tokens[j][2].lower() in g.TIME_WORDS:
        j += 1  # "said Thursday the …"
    period = _after_period(tokens, j)  # "said last week the …"
    if period > j and period + 1 < len(tokens):
        after = _after_period_start(tokens, period, cue, params)
        if after is not None:
            return after
        if tokens[period][2] != "," and tokens[period][2].lower() not in g.PREPOSITIONS:
            j = period
    if opens_figure(tokens, j):
        return j  # "said about half of …": a figure, not a topic
    if j < len(tokens) and tokens[j][2].lower() in g.PREPOSITIONS:
        medium = _after_medium(tokens, j, cue)
        if medium > j:
            return medium  # "said in a statement it had …", "wrote on Telegram they …"
        # `said in a statement: "…"`, `said on Twitter, "…"`: an adjunct, then a quotation.
        # `said on Fox News's "Sunday Morning Futures" that …`: a longer adjunct, then "that".
        quoted = False
        for n in range(j + 1, min(j + 3 * params.max_that_distance, len(tokens) - 1)):
            if tokens[n][2] in (":", ",") and tokens[n + 1][2] in g.QUOTES:
                return n + 1
            if tokens[n][2] in g.QUOTES:
                quoted = not quoted
            elif tokens[n][2].lower() == "that" and not quoted:
                return n
            elif cue.takes_listener and not quoted and infinitive(tokens, n):
                return n  # "urged voters at the rally to stay home"
            if tokens[n][2] in g.HARD_PUNCT:
                break
        if tokens[j][2].lower() in g.TOPIC_PREPOSITIONS and j + 1 < len(tokens):
            following = tokens[j + 1][2]
            if following[0].isalnum() and following.lower() not in g.TIME_WORDS:
                return j + 1  # "warned of the risk", "was asked about his speeches"
        return None
    return j if j < len(tokens) else None


def _noun_before_verb(tokens: list[Token], n: int) -> bool:
    """`the number could rise`: a lower-case noun (token n) before a finite verb is a
    clause's subject, not a listener's head."""
    word, following = tokens[n][2], tokens[n + 1][2]
    return (
        word.isalpha()
        and word.islower()
        and word not in g.PRONOUNS
        and following.islower()
        and (following in g.FINITE_AUXILIARIES or past_form(following))
    )


def _opens_clause(tokens: list[Token], n: int) -> bool:
    """Whether token n opens a clause: a subject pronoun, or a determiner and a noun
    before a finite verb ("the men had …")."""
    word = tokens[n][2].lower()
    if word in g.SUBJECT_PRONOUNS:
        return True
    return word in g.DETERMINERS and n + 2 < len(tokens) and _noun_before_verb(tokens, n + 1)


def _determined_object_of(tokens: list[Token], listener: int, j: int) -> bool:
    """`accused the army of bombing`: the listener words end in a determiner and a
    common noun and "of" follow (token j is the noun), so the object, with its
    determiner, opens the content as a name's does."""
    return (
        j > listener
        and j + 1 < len(tokens)
        and tokens[j - 1][2].lower() in g.DETERMINERS
        and tokens[j][2].isalpha()
        and tokens[j][2].islower()
        and tokens[j + 1][2] == "of"
    )


def _after_unsupported(tokens: list[Token], j: int) -> int:
    """`without elaborating,`, `without providing evidence,` at token j: "without", a
    participle of telling and up to three words of its object, then a comma; the aside
    says how the report was made, not what: the index after its comma, else j."""
    if j + 3 >= len(tokens) or tokens[j][2] != "without" or tokens[j + 1][2] not in g.UNSUPPORTED:
        return j
    for n in range(j + 2, min(j + 6, len(tokens) - 1)):
        if tokens[n][2] == ",":
            return n + 1
        if not tokens[n][2].isalpha():
            return j
    return j


def _comma_participle(tokens: list[Token], n: int) -> bool:
    """`said on Monday, adding that …`: a comma at token n and a participle clause after it."""
    return tokens[n][2] == "," and _participle_clause(tokens, n + 1)


def _participle_clause(tokens: list[Token], j: int) -> bool:
    """`strongly denied, noting that …`: an -ing word after the cue's comma opens a
    participle clause (a report of its own), not the cue's content; a gerund that is the
    content's subject has a finite verb after it (`said, replacing him would be …`)."""
    if j >= len(tokens):
        return False
    word = tokens[j][2]
    if not ing_participle(word):
        return False
    for token in tokens[j + 1 :]:
        lower = token[2].lower()
        if lower == "that" or token[2] in g.BOUNDARY_PUNCT:
            return True
        if lower in g.FINITE_AUXILIARIES:
            return False
    return True


def _new_phrase(tokens: list[Token], listener: int, j: int) -> bool:
    """`told reporters the operation would …`: a determiner after the listener's noun opens
    the content's subject, not more of the listener."""
    return (
        j > listener
        and tokens[j][2] in g.DETERMINERS
        and tokens[j - 1][2].lower() not in g.DETERMINERS
    )


def _after_duration(tokens: list[Token], j: int) -> int:
    """`for weeks`, `for two years`, `for months now`: the index after a duration adjunct
    that a cue's content follows, else j."""
    if j + 2 >= len(tokens) or tokens[j][2].lower() != "for":
        return j
    n = j + 1
    if tokens[n][2].lower() in g.DURATION_COUNTS or tokens[n][2].isdigit():
        n += 1
    if n + 1 < len(tokens) and tokens[n][2].lower() in g.DURATIONS:
        return n + 2 if tokens[n + 1][2].lower() == "now" and n + 2 < len(tokens) else n + 1
    return j


def _after_period_start(
    tokens: list[Token], period: int, cue: Cue, params: ClaimParams
) -> int | None:
    """Where the content starts right after a period adjunct ending at token `period`: a
    quotation after its comma (`said last week, "…"`, also after a place: `said last
    week in Tel Aviv, "…"`) or an infinitive (`vowed last month to …`); else None (the
    caller reads on as without the adjunct, or keeps it when a comma or preposition
    follows: "called last week for observers")."""
    if tokens[period][2] == ",":
        return period + 1 if tokens[period + 1][2] in g.QUOTES else None
    if infinitive(tokens, period):
        return period
    if tokens[period][2].lower() in g.PREPOSITIONS:
        after = content_start(tokens, period, cue, params)
        if after is not None and tokens[after][2] in g.QUOTES:
            return after
    return None


def _after_period(tokens: list[Token], j: int) -> int:
    """`said last week the army …`, `said last month dozens of …`: the index after
    "last", "this" or "next" and a period, a time adjunct of the cue, else j. Before the
    period's own verb it is the content's subject ("said last year was the worst", "said
    this week marks the anniversary")."""
    if (
        j + 2 < len(tokens)
        and tokens[j][2].lower() in ("last", "this", "next")
        and tokens[j + 1][2].lower() in g.PERIODS
        and not _period_verb(tokens, j + 2)
    ):
        return j + 2
    return j


def _period_verb(tokens: list[Token], k: int) -> bool:
    """Whether token `k`, after a period, is a verb with the period as subject: an
    auxiliary or a past form ("last year was", "last week brought"), or a present "-s"
    form with its object after it ("this week marks the anniversary"); a plural noun
    opening the content is followed by its own verb instead ("last week troops had")."""
    lower = tokens[k][2].lower()
    if lower in g.AUXILIARIES or _finite(lower):
        return True
    return (
        len(lower) > 3
        and lower.endswith("s")
        and not lower.endswith("ss")
        and lower not in g.PREPOSITIONS
        and lower not in g.DETERMINERS
        and lower not in g.PRONOUNS
        and k + 1 < len(tokens)
        and tokens[k + 1][2].lower() in g.DETERMINERS
    )


def _after_day(tokens: list[Token], j: int) -> int:
    """`on Friday the …`, `on Thursday he …`: the index after a day adjunct that a
    determiner or a subject pronoun follows (the object or clause after it is the
    content), else j."""
    if (
        j + 3 < len(tokens)
        and tokens[j][2].lower() in ("on", "last", "this")
        and tokens[j + 1][2].lower() in g.TIME_WORDS
        and (
            tokens[j + 2][2].lower() in g.DETERMINERS
            or tokens[j + 2][2].lower() in g.SUBJECT_PRONOUNS
            or _pronoun_clause(tokens, j + 2)
        )
    ):
        return j + 2
    return j


def _after_medium(tokens: list[Token], j: int, cue: Cue) -> int:
    """`said in a statement it had …`, `wrote on Telegram they would …`: the index of a
    pronoun subject with its auxiliary right after a short "in"/"on" phrase naming where
    a verb of saying was said (the clause is the content, "that" left out), else j."""
    if cue.lemma not in g.SAYING_LEMMAS or tokens[j][2].lower() not in g.MEDIUM_PREPOSITIONS:
        return j
    for n in range(j + 2, min(j + 6, len(tokens) - 1)):
        if not tokens[n - 1][2][0].isalnum():
            break
        if _pronoun_clause(tokens, n) or _determined_clause(tokens, n):
            return n
    return j


def _determined_clause(tokens: list[Token], n: int) -> bool:
    """`said in a statement the soldiers had been killed`: a determiner after the medium's
    noun opens the content's subject when a finite verb follows within a few words."""
    before = tokens[n - 1][2].lower()
    return (
        tokens[n][2] in g.DETERMINERS
        and before not in g.DETERMINERS
        and before not in g.PREPOSITIONS
        and finite_soon(tokens, n + 1)
    )


def _pronoun_clause(tokens: list[Token], n: int) -> bool:
    """A pronoun and a finite auxiliary at token n (`it had`, `they would`): a clause's
    subject and verb, so a content clause without "that" opens there."""
    return (
        n + 1 < len(tokens)
        and tokens[n][2].lower() in g.PRONOUNS
        and tokens[n + 1][2].lower() in g.FINITE_AUXILIARIES
    )


def opens_figure(tokens: list[Token], j: int) -> bool:
    """`At least 5 people died`, `About 200 people`: a bound or approximator on a figure
    at token j (not a preposition opening an adjunct)."""
    return j + 1 < len(tokens) and _approximates(tokens, j)


def _approximates(tokens: list[Token], j: int) -> bool:
    """`about half`, `nearly 40 percent`, `at least 25`, `between 20 and 30`: an
    approximator before a figure."""
    word = tokens[j][2].lower()
    n = j + 1
    if word == "at" and tokens[n][2].lower() in ("least", "most"):
        n += 1  # "said at least 25 people …": a bound, not a place
    elif word not in g.APPROXIMATORS:
        return False
    if n >= len(tokens):
        return False
    following = tokens[n][2].lower()
    return following[0].isdigit() or following in g.FRACTIONS


def subordinate_report(tokens: list[Token], b: int) -> bool:
    """`Even as Obama has said that X, his administration …`: a report inside a clause
    that opens the sentence with a subordinator; the main clause follows its comma."""
    first = 1 if tokens and tokens[0][2].lower() == "even" else 0
    return (
        0 <= b <= first + 1
        and first < len(tokens)
        and (tokens[first][2].lower() in g.SUBORDINATORS)
    )


def unquoted_commas(tokens: list[Token], begin: int) -> Iterator[int]:
    """Indices of the commas after `begin` that lie outside a quotation, in order."""
    quoted = False
    for n in range(begin + 1, len(tokens)):
        word = tokens[n][2]
        if word in g.QUOTES:
            quoted = not quoted
        elif word == "," and not quoted:
            yield n


def clause_end(tokens: list[Token], begin: int) -> int:
    """Offset of the first comma after `begin` outside a quotation (else the sentence end)."""
    for n in unquoted_commas(tokens, begin):
        return tokens[n][0]
    return tokens[-1][1]


def indefinite_claim(tokens: list[Token], n: int) -> bool:
    """`a claim`, `an allegation` at `n` (a token follows): an indefinite claim noun, which
    opens a comment on a report, not a report's content or claimant; so does a bare
    plural one before its clause's subject (`allegations the junta denies`), "claims"
    or "charges" before a pronoun subject (`charges it denies`), and a plural one before
    a relative with its subject gone (`figures that could not be verified`)."""
    word = tokens[n][2].lower()
    following = tokens[n + 1][2]
    if word in g.PLURAL_CLAIM_NOUNS:
        return following[0].isupper() or following.lower() in g.DETERMINERS_OR_RELATIVE
    if word in g.CLAIM_NOUNS and word.endswith("s") and following in g.PRONOUNS:
        return True  # "…, charges it denies": an inverted verb takes no pronoun after it
    if (
        word.endswith("s")
        and word[:-1] in g.CLAIM_NOUNS
        and following in ("that", "which")
        and n + 2 < len(tokens)
        and tokens[n + 2][2] in g.FINITE_AUXILIARIES
    ):
        return True  # "…, figures that could not be verified": a relative, its subject gone
    return word in ("a", "an") and following.lower() in g.CLAIM_NOUNS


def comment_comma(tokens: list[Token], begin: int) -> int:
    """`said its forces took the town, a claim Kyiv denied`: a comma before an indefinite
    claim noun opens the writer's comment on the content, which ends there."""
    for n in unquoted_commas(tokens, begin):
        if opens_comment(tokens, n):
            return tokens[n][0]
    return tokens[-1][1]


def opens_comment(tokens: list[Token], n: int) -> bool:
    """The comma at token n opens the writer's comment on what precedes it: an indefinite
    claim noun (`, a claim Kyiv denied`, `, a figure that could not be verified`) or how
    the report was made (`, without giving details`) or a relative clause that answers
    it (`, which Kyiv denied`, `, though this could not be verified`) or notes it is
    unchecked (`, but there was no independent confirmation`)."""
    if n + 2 >= len(tokens):
        return False
    word, after = tokens[n + 1][2].lower(), tokens[n + 2][2].lower()
    if word == "without":
        return after in g.UNSUPPORTED
    if word in g.COMMENT_OPENERS:
        return answering_relative(tokens, n + 1) or no_check(tokens, n + 2)
    return indefinite_claim(tokens, n + 1)


def reporting_relative(tokens: list[Token], begin: int, forms: dict[str, Cue]) -> int:
    """`said the strike killed ten, which the army said it was reviewing`: a comma, a
    relative pronoun, its own subject and a cue whose clause follows open a relative
    clause holding a second report, that subject's claim and not the first claimant's
    words. When the clause runs to the sentence end the content before ends at the comma
    (else at the sentence end); one closed by a comma is an aside inside the content."""
    commas = list(unquoted_commas(tokens, begin))
    if not commas:
        return tokens[-1][1]
    n = commas[-1]
    if n + 3 < len(tokens) and tokens[n + 1][2].lower() in g.RELATIVES - {"whose"}:
        cue = _subject_then_cue(tokens, n + 2, forms)
        if cue is not None and _clause_after(tokens, cue + 1):
            return tokens[n][0]
    return tokens[-1][1]


def _subject_then_cue(tokens: list[Token], n: int, forms: dict[str, Cue]) -> int | None:
    """Index of a lower-case cue form after a short subject from token n, before any
    punctuation: the subject opens with a determiner, a pronoun or a name, or is a bare
    plural right before the cue or an auxiliary ("officials said"); "which takes a signal"
    and "which was reported" have none."""
    first = tokens[n][2]
    plural = (
        first.islower()
        and first.endswith("s")
        and (tokens[n + 1][2] in forms or tokens[n + 1][2] in g.AUXILIARIES)
    )
    if not (first.lower() in g.DETERMINERS or first in g.PRONOUNS or first[0].isupper() or plural):
        return None
    for m in range(n + 1, min(n + 7, len(tokens))):
        if tokens[m][2] in forms:
            return m
        if not tokens[m][2][0].isalnum():
            return None
    return None


def _clause_after(tokens: list[Token], n: int) -> bool:
    """A clause opens at token n (a subject, or a verb whose subject is the relative's
    gap: "said it was reviewing", "says is needed"), not an object phrase ("described
    as", "ruled against", "forecast to be", a quotation) or a time adjunct ("confirmed
    the next day": `_time_after_the`)."""
    if n >= len(tokens):
        return False
    word = tokens[n][2]
    return (
        word.lower() in g.AUXILIARIES
        or word.lower() in g.PRONOUNS
        or word.lower() == "that"
        or (word.lower() == "the" and not _time_after_the(tokens, n))
        or (word[0].isupper() and word.isalpha())
    )


# Words that make "the" and a noun a point in time ("the next day", "the same week").
_TIME_SEQUENCE = frozenset("next following same previous day".split())


def _time_after_the(tokens: list[Token], n: int) -> bool:
    """`the next day`, `the following morning`, `the day before`: "the" at token n opens
    a time adjunct of the verb before, not the subject of a clause."""
    if n + 1 >= len(tokens):
        return False
    word = tokens[n + 1][2].lower()
    return word in _TIME_SEQUENCE or word in g.TIME_WORDS or word in g.PERIODS


def no_check(tokens: list[Token], n: int) -> bool:
    """`there was no independent confirmation` from token n: the writer's note that the
    report is unchecked, after a contrast."""
    words = [t[2].lower() for t in tokens[n : n + 6]]
    if words[:1] != ["there"] or "no" not in words[1:4]:
        return False
    at = words.index("no")
    return any(w in g.CHECK_NOUNS for w in words[at + 1 : at + 3])


def opens_writer_clause(tokens: list[Token], n: int) -> bool:
    """The comma at token n opens the writer's own words: a comment on the report or a
    concession against it."""
    return opens_comment(tokens, n) or opens_concession(tokens, n)


def opens_concession(tokens: list[Token], n: int) -> bool:
    """The comma at token n opens a concessive clause (`, although …`, `, even though …`):
    the writer grants a fact against the report, so the words after it are not more of a
    content that the report interrupts."""
    if n + 2 >= len(tokens):
        return False
    word = tokens[n + 1][2].lower()
    if word == "even":
        word = tokens[n + 2][2].lower()
    return word in g.CONCESSIVES


def answering_relative(tokens: list[Token], n: int) -> bool:
    """`which Kyiv denied.`, `which Israel did not confirm.`, `though this could not be
    verified.`, `but the army did not confirm this.`: after "which" or a contrast (token
    n), a short subject and a verb that answers or checks a claim (with a pronoun for it)
    end the sentence; the clause comments on the report before it (and a relative's
    subject answers that report); up to two adverbs ("independently") do not count."""
    adverbs = min(2, sum(t[2].endswith("ly") for t in tokens[n + 1 : n + 9]))
    for m in range(n + 1, min(n + 7 + adverbs, len(tokens))):
        if tokens[m][2].lower() in g.ANSWER_FORMS:
            if m + 1 < len(tokens) and tokens[m + 1][2].lower() in g.CLAIM_PRONOUNS:
                m += 1  # "but the army did not confirm this"
            return m + 1 == len(tokens) or tokens[m + 1][2] in g.HARD_PUNCT
        if not tokens[m][2][0].isalnum():
            return False
    return False


def coordinated_clause(tokens: list[Token], begin: int, end: int) -> int:
    """`said that it was the case, and he still speaks to them`: a comma, a conjunction and
    a pronoun subject with its verb start the writer's own clause, outside the content."""
    for n in unquoted_commas(tokens, begin):
        if n >= len(tokens) - 3 or tokens[n][0] >= end:
            break
        if (
            tokens[n + 1][2].lower() in g.CONTRASTS
            and tokens[n + 2][2].lower() in g.SUBJECT_PRONOUNS
            and finite_soon(tokens, n + 3)
        ):
            return tokens[n][0]
    return end


def coordinated_predicate(tokens: list[Token], begin: int, end: int, cue_word: str) -> int:
    """`denied the charges and counter-accused her`, `describes himself as X and has
    said`: when the content before "and"/"but" is an object with no verb of its own, a
    verb phrase after the conjunction has no subject but the claimant's, so it is the
    claimant's next predicate, coordinated with the cue, and the content ends before it
    (else `end`). The verb must be a past after a past cue or an auxiliary and its
    participle; a clause in the content ("the army attacked the town and killed …",
    "Hinckley, who shot and wounded …") may own the verb, so it is left whole."""
    cue = cue_word.lower()
    for n in range(begin, len(tokens) - 2):
        if tokens[n][0] >= end:
            break
        word = tokens[n][2]
        if (
            word in g.QUOTES
            or word.lower() in g.RELATIVES_OR_THAT
            or (_finite(word) and not word[0].isupper())
        ):
            return end  # a clause, or a quotation: the verb may be the content's own
        if n > begin and predicate_in_form(tokens, n, cue):
            return tokens[n - 1][0] if tokens[n - 1][2] == "," else tokens[n][0]
    return end


# The finite forms `_finite` knows by name: auxiliaries and irregular pasts.
_FINITE_WORDS = g.FINITE_AUXILIARIES | g.IRREGULAR_PAST | g.MORE_IRREGULAR_PAST


def _finite(word: str) -> bool:
    """A verb form that may head the content's own clause: a finite auxiliary or a past
    form (`past_form`'s test, one set look-up for all the named forms: this runs on
    every word before a conjunction)."""
    lower = word.lower()
    return lower in _FINITE_WORDS or lower.endswith("ed")


def phrase_end(tokens: list[Token], begin: int) -> int:
    """End of an object phrase: the first comma, dash or bracket outside a quotation, or
    an adjunct of the cue verb; once the object holds an infinitive, a prepositional
    adjunct belongs to that verb instead."""
    quoted = False
    infinitive = False
    for n in range(begin + 1, len(tokens)):
        word = tokens[n][2]
        lower = word.lower()
        if word in g.QUOTES:
            quoted = not quoted
        elif not quoted and (
            word in g.PHRASE_BREAKS
            or (lower in g.PHRASE_ADJUNCTS and not (infinitive and lower in g.INNER_ADJUNCTS))
            or second_predicate(tokens, n)
        ):
            if lower in g.TIME_WORDS and n - 1 > begin and tokens[n - 1][2].lower() in g.TIME_LINKS:
                return tokens[n - 1][0]  # "… ally on Friday": the object ends before "on"
            if word == ",":
                if _elaborates(tokens, n):
                    continue
                last = _list_end(tokens, n, tokens[begin][2].endswith("ing"))
                if last is not None:
                    return tokens[last - 1][1]
            return tokens[n][0]
        if lower == "to" and n + 1 < len(tokens):
            following = tokens[n + 1][2]
            infinitive = infinitive or (
                following.isalpha() and following.islower() and following not in g.NOT_INFINITIVES
            )
    return tokens[-1][1]


def _elaborates(tokens: list[Token], comma: int) -> bool:
    """`cited several factors, including …`, `favor spending, like …`, `the tweets, as
    well as …`: the comma opens examples or an addition that belong to the object."""
    if comma + 2 >= len(tokens):
        return False
    following = tokens[comma + 1][2].lower()
    if following in g.ELABORATORS:
        return tokens[comma + 2][2].lower() not in g.CLAUSE_WORDS  # not "especially as …"
    pair = (following, tokens[comma + 2][2].lower())
    return pair == ("such", "as") or (pair == ("as", "well") and comma + 3 < len(tokens))


def _list_end(tokens: list[Token], comma: int, gerunds: bool) -> int | None:
    """`thanked his parents, his siblings, his wife and his children`: the object is a
    list when short noun phrases follow its comma and the last is joined by "and"/"or";
    the index after the list's last item, else None. An item may open with an -ing form
    only in a list of `gerunds` ("backed cutting taxes, raising fees and …"); otherwise
    it is a participle clause ("endorsed Smith, leaving …")."""
    n = comma + 1
    while n < len(tokens):
        start = n
        joined = False
        while n < len(tokens) and tokens[n][2] not in g.TERMINAL_OR_QUOTE:
            word = tokens[n][2]
            lower = word.lower()
            if lower in g.LIST_LINKS:
                joined = joined or n > start or tokens[start - 1][2] == ","
            elif not _list_word(word) or (n == start and not gerunds and lower.endswith("ing")):
                return None
            n += 1
        if n == start or n - start > 6 or tokens[n - 1][2].lower() in g.LIST_LINKS:
            return None
        if joined:
            return n
        if n >= len(tokens) or tokens[n][2] != ",":
            return None
        n += 1
    return None


def _list_word(word: str) -> bool:
    """A word a short noun phrase of a list may hold: no verb form, clause word or
    preposition that would make it a clause or an adjunct."""
    lower = word.lower()
    if not word[0].isalnum():
        return False
    if word[0].isupper() or word[0].isdigit():
        return True
    return not (
        lower in g.PASSIVE_OR_AUXILIARY
        or lower in g.CLAUSE_WORDS
        or lower in g.PREPOSITIONS
        or lower in g.PRONOUNS
        or past_form(lower)
    )


def continues(tokens: list[Token], end: int) -> bool:
    """True when a comma closes an aside at `end` and at least three words follow it."""
    return (
        end + 3 < len(tokens)
        and tokens[end][2] == ","
        and tokens[end + 1][2] not in g.QUOTES
        and sum(t[2].isalpha() for t in tokens[end + 1 :]) >= 3
    )


def withheld_end(text: str, start: int, end: int) -> int:
    """`said the talks were constructive but gave no details`: a conjunction and a
    predicate of not telling end the content; it is the speaker's second predicate.
    (Found from each " but "/" and ": a C-speed search, then an anchored match.)"""
    cut = end
    for joint in (" but ", " and "):
        at = text.find(joint, start, cut)
        while at >= 0:
            if g.WITHHELD.match(text, at + 1, end):
                cut = at
                break
            at = text.find(joint, at + 1, cut)
    return cut


def drop_conjunction(text: str, start: int, end: int) -> int:
    """End of content cut before a later report: without its joining "and"/"but", and
    no content at all where only the joining words are left ("agreed but also …")."""
    match = g.TRAILING_CONJUNCTION.search(text, start, end)
    end = match.start() if match else end
    return start if g.ONLY_JOINING.fullmatch(text, start, end) else end


def strip_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, trailing sentence punctuation and a closing comma from content; a
    closing double quote stays when it closes a quotation the content opens (`were
    "baseless".`), and so does an opening one whose closing mark the content holds
    (`"terrorists" had attacked …`)."""
    while start < end and (text[start].isspace() or text[start] in g.QUOTE_CHARS):
        if not text[start].isspace() and _quote_inside(text, start, end):
            break  # `"terrorists" had attacked …`: the mark opens a quotation inside
        start += 1
    stop = end
    while end > start and (text[end - 1].isspace() or text[end - 1] in g.TRAILING):
        end -= 1
    if end < stop and text[end] in '"”' and _opens_quote(text, start, end):
        end += 1
    return start, end


def _quote_inside(text: str, opening: int, end: int) -> bool:
    """Whether the double quote mark at `opening` closes before words of text[:end] that
    follow it (`"terrorists" had attacked`), not at the content's end (a quoted whole)."""
    if text[opening] not in '"“':
        return False
    marks = (text.find('"', opening + 1, end), text.find("”", opening + 1, end))
    closing = min((at for at in marks if at >= 0), default=-1)
    return closing >= 0 and any(c.isalnum() for c in text[closing + 1 : end])


def _opens_quote(text: str, start: int, end: int) -> bool:
    """An odd number of double quote marks in text[start:end]: a quotation left open."""
    return (
        text.count('"', start, end) + text.count("“", start, end) + text.count("”", start, end)
    ) % 2 == 1
