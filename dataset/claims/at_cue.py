"""The construction around one cue found in the text, and the claim it makes."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.as_clause import as_clause
from dataset.claims.asides import comments_on_report
from dataset.claims.claimant_phrases import (
    appositive,
    claimant_span,
    clause_subject,
    closes_phrase,
    has_speech,
    left_boundary,
    parenthetical,
    sentence_subject,
    skip_left,
)
from dataset.claims.content_bounds import (
    continues,
    is_terminal,
    opens_writer_clause,
)
from dataset.claims.cue_after import before_boundary, claim_apposed, cue_after, inverted
from dataset.claims.cue_before import coordinated_claimant, cue_before
from dataset.claims.cue_senses import (
    clause_follows,
    not_a_finding,
    not_a_report,
    quoted_word,
    verb_after_subject,
)
from dataset.claims.draft import Draft
from dataset.claims.lexicon import Cue
from dataset.claims.number_words import UNITS_WORDS, VAGUE
from dataset.claims.possessed import demonym_owned, possessed, possessive_report
from dataset.claims.reader import Reader
from dataset.claims.tokens import Span, Token, token_index
from dataset.claims.verb_forms import infinitive, ing_participle, ly_adverb, past_form


def at_cue(reader: Reader, cs: int, ce: int, surface: str) -> Draft | None:
    """The claim the cue text[cs:ce] makes in its sentence, or None when the word is no
    report here (a noun, a modifier) or nothing around it reads as one."""
    tokens = reader.article.tokens(reader.article.sentence_of(cs))
    i = token_index(tokens, cs)
    j = token_index(tokens, ce)
    if i >= len(tokens) or tokens[i][0] != cs:
        return None
    if reader.article.text[ce : ce + 1] == "-":
        return None  # "post-convention", "call-in": the first part of a compound word
    cue_span = (cs, ce)
    if surface[0] in "Aa" and surface.lower().startswith("according"):
        return _according_to(reader, tokens, i, j, cue_span)
    before = tokens[i - 1][2] if i > 0 else ""  # "" is in none of the word sets below
    before_lower = before.lower()
    following = tokens[j][2] if j < len(tokens) else ""  # the word after the cue
    key = surface.lower()
    if not key.isalpha():
        key = " ".join(key.split())  # "according to", "went on to say": spaces as one
    cue = reader.lexicon.forms.get(key)
    if cue is None and key in reader.lexicon.bare:
        cue = reader.lexicon.bare[key]
        if not verb_after_subject(tokens, i, j, cue):
            return None
    if cue is None or not_a_report(reader, tokens, i, j, cue, surface, before_lower):
        return None
    if _object_participle(reader, tokens, i, j):
        return None  # "warned in a video posted on social media": a modifier, no report
    if possessed(tokens, i, surface):
        return possessive_report(reader, tokens, i, j, cue, cue_span)
    if key in g.CLAIM_OR_REPORT_NOUNS and demonym_owned(reader, tokens, i, surface, cue):
        return possessive_report(reader, tokens, i, j, cue, cue_span, demonym=True)
    if cue.lemma == "find" and not_a_finding(tokens, i, j):
        return None
    if before in g.COMMA_OR_QUOTE and not cue.nominal:
        # Verbs of saying invert ("…, said X"); "…, criticised X" has X as its object.
        turned = inverted(reader, tokens, i, j, cue, cue_span)
        if turned is not None:
            return turned
    auxiliary = before_lower
    if before_lower in g.ADVERBS_IN_PASSIVE and i > 1:
        auxiliary = tokens[i - 2][2].lower()  # "was first reported by MSNBC"
    passive = auxiliary in g.PASSIVE_MARKERS and past_form(surface.lower())
    if passive and following == "by" and j + 1 < len(tokens):
        return _passive_by(reader, tokens, i, j, cue_span, cue)
    if following == "," and _relative_passive(tokens, i) and past_form(surface.lower()):
        return None
    if (infinitive(tokens, j, raising=True) and (cue.raising or passive)) or (
        j < len(tokens)
        and tokens[j][2].lower() in g.STATE_PREDICATES
        and (passive or (past_form(surface.lower()) and _count_before(tokens, i)))
    ):
        return _raised(reader, tokens, i, cue_span, cue)  # also "are feared dead"
    k = skip_left(tokens, i - 1)
    b = left_boundary(tokens, k, reader.params.max_claimant_tokens)
    source = (b + 1, k + 1) if k > b else None
    quoted = _quoted_as(tokens, i, reader.params.max_claimant_tokens)
    if quoted is not None:
        source, b = quoted, quoted[0] - 1  # "the spokesman was quoted as saying …"
    if source:
        b, source = _with_nickname(tokens, b, source, reader.params.max_claimant_tokens)
    if source and tokens[source[0]][2][-1] == "g" and _report_participle(reader, tokens, source):
        b = source[0]  # "…, adding residents reported …": the participle opens a clause
        source = (b + 1, source[1])
    if source and b > 0 and tokens[b][2] == "and" and not surface.endswith("ing"):
        first = _coordinated_subject(tokens, b, reader.params.max_claimant_tokens)
        if first is None and _closing_report(tokens, i, j, cue):
            first = _conjunct_after_comma(tokens, b)  # "…, residents and a source said."
        if first is not None and k + 1 - first <= reader.params.max_claimant_tokens:
            source, b = (first, k + 1), first - 1  # "Sudan's army and the RSF have accused"
    if (
        source
        and source[1] - source[0] > 1
        and tokens[source[1] - 1][2].lower() in g.PRONOUNS
        and _after_inner_cue(reader, tokens, source)
    ):
        b = source[1] - 2  # "Tehran has warned it will respond": the pronoun only
        source = (b + 1, source[1])
    if source == (k, k + 1) and _placeholder_it(tokens, k):
        if past_form(surface.lower()):
            source, b = None, k + 1  # "It was (widely) reported that …": it cites nobody
        elif _after_to(tokens, i):
            return None  # "It was not possible to verify …": the infinitive reports nobody
    if source and source[1] - source[0] > reader.params.max_claimant_tokens:
        source = None
    aside = False
    # "X endorsed Y, saying …": the participle's claimant is X's (see `cue_before`),
    # not an apposition before the comma.
    participle = k > 0 and tokens[k][2] == "," and surface.endswith("ing")
    shared = participle and (
        coordinated_claimant(reader, tokens, k, True) or clause_subject(tokens, k, True)
    )
    if source is None and k > 0 and tokens[k][2] in g.PAREN_CLOSERS and not shared:
        found = (
            appositive(tokens, k, reader.params.max_claimant_tokens)
            if tokens[k][2] == ","
            else None
        )
        if found is not None and has_speech(tokens, *found):
            found = None  # "Podesta, who said X, said Y": the name before the aside
        # A finite cue's subject may open with a modifier ("numerous veterans …, said");
        # a participle's aside is more often the main clause's object.
        modified = not surface.split()[0].endswith("ing")
        source = found or parenthetical(tokens, k, reader.params.max_claimant_tokens, modified)
        if source is not None:
            b, aside = source[0] - 1, True
            # `Jimmy "Barbecue" Cherizier, the gang leader, said`
            b, source = _with_nickname(tokens, b, source, reader.params.max_claimant_tokens)
    if source and has_speech(tokens, *source):
        return None  # the left context is a clause with its own cue, not a claimant
    after_quote = b >= 0 and tokens[b][2] in g.QUOTES and not reader.quotes.is_opening(tokens[b][0])
    if b < 0 and source and cue.takes_listener and k < 4:
        # `"… who knows?" Trump told ITV in an interview.`: a question closes the sentence
        # before, whose speaker and listener follow.
        after_quote = reader.quotes.before_sentence(tokens[0][0], False) is not None
    attached = as_clause(reader, tokens, b, source, j, cue, cue_span)
    if attached is not None or cue.lemma in g.AS_CLAUSE_ONLY:
        return attached
    that_follows = following.lower() == "that"
    # `"…," the nephew of the victim told a TV station`: a quotation closed by its comma
    # is the content, however long the claimant.
    quote_comma = after_quote and b > 0 and tokens[b - 1][2] in (",", "?", "!")
    report_follows = following == "," and _report_follows(reader, tokens, j)
    if (
        is_terminal(tokens, j, cue)
        or report_follows
        or (following == "as" and _claim_rejected_as(tokens, source, cue))
        or (
            after_quote
            and source
            and (k - b <= 4 or aside or quote_comma)
            and not that_follows
            and (cue.takes_listener or not clause_follows(tokens, j))
        )
    ):
        after = cue_after(reader, tokens, b, source, j, cue, cue_span)
        if after is not None:
            if not after.quoted and following == "," and j + 1 < len(tokens):
                follower = tokens[j + 1][2]
                if (
                    follower.islower()
                    and follower not in reader.lexicon.forms
                    and not _background_follows(tokens, j)
                    # "…, he said, a claim Kyiv denied", "…, he said, although …"
                    and not opens_writer_clause(tokens, j)
                    and not report_follows
                    and not comments_on_report(tokens, b, j + 1)
                ):
                    after.end = tokens[-1][1]  # "X, he said, is Y": around the aside
            return after
    return cue_before(reader, tokens, b, source, j, cue, cue_span)


def _after_to(tokens: list[Token], i: int) -> bool:
    """Whether "to" stands before the cue at i, an adverb between ("to independently
    verify")."""
    n = i - 1
    if n > 0 and ly_adverb(tokens[n][2]):
        n -= 1
    return n >= 0 and tokens[n][2].lower() == "to"


def _report_participle(reader: Reader, tokens: list[Token], source: Span) -> bool:
    """`adding`, `saying` opening a claimant of two words or more: a lower-case
    participle of a verb of saying opens a clause (the content of its own report), so a
    claimant after it starts after it ("echoing experts who say" has an object noun,
    which the relative's report is about)."""
    word = tokens[source[0]][2]
    if source[1] - source[0] < 2 or not word.endswith("ing") or not word.islower():
        return False
    cue = reader.lexicon.forms.get(word)
    return cue is not None and cue.lemma in g.SAYING_LEMMAS


def _background_follows(tokens: list[Token], j: int) -> bool:
    """Whether the words after the cue's comma (token j) open the writer's background:
    "…, the ministry said, amid fighting", "…, as Israel widened its campaign", "…, as
    soldiers looked on" (before a name or a noun, not a pronoun: "…, they say, as it
    could exclude …" goes on)."""
    word = tokens[j + 1][2]
    if word in g.BACKGROUND_PHRASE_OPENERS:
        return True
    if _time_before(tokens, j + 1):
        return True  # "…, the military said, days after strikes on Sanaa"
    if word not in g.BACKGROUND_CLAUSE_OPENERS or j + 2 >= len(tokens):
        return False
    subject = tokens[j + 2][2]
    lower = subject.lower()
    return subject[0].isupper() or lower in g.DETERMINERS or _bare_plural(lower)


def _bare_plural(word: str) -> bool:
    """`soldiers`, `residents`: a plural noun without a determiner (not an auxiliary or
    a function word), which may open a clause's subject."""
    return (
        word.isalpha()
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in g.NOT_NOUNS
    )


def _time_before(tokens: list[Token], n: int) -> bool:
    """`days after strikes on Sanaa`, `hours before the vote`, `two weeks after …`: a span
    of time (token n, after an optional count) before "after" or "before" dates the
    report against another event, in the writer's words."""
    if n + 1 < len(tokens) and tokens[n][2].lower() in _SPAN_COUNTS:
        n += 1
    return (
        n + 1 < len(tokens)
        and tokens[n][2].lower() in _SPANS
        and tokens[n + 1][2] in ("after", "before")
    )


# Spans of time that date a report ("days after", "hours after", "a day before"), and
# the counts before them.
_SPANS = g.DURATIONS | frozenset(["hours", "minutes", "day", "week", "month", "year"])
_SPAN_COUNTS = g.DURATION_COUNTS | frozenset(["a", "an"])


def _report_follows(reader: Reader, tokens: list[Token], j: int) -> bool:
    """`Ten people died, police said, while the hospital said 12 were hurt`: a comma and
    "while" or "whereas" after the cue open another source's report, so this cue's
    content is what came before it. The report needs a subject of its own ("while
    suggesting …" goes on with the same speaker), and without a report verb the clause
    after "while" is content ("he said, while X is Y, Z"). Token j is the cue's comma, as
    the caller checks."""
    if j + 2 >= len(tokens) or tokens[j + 1][2] not in _CONTRAST_OPENERS:
        return False
    if tokens[j + 2][2] in reader.lexicon.forms or tokens[j + 2][2].endswith("ing"):
        return False  # "he will argue, while suggesting …": the same speaker goes on
    for m in range(j + 3, min(j + 10, len(tokens))):
        word = tokens[m][2]
        if word in g.BOUNDARY_PUNCT:
            return False
        if word in reader.lexicon.forms:
            return True
    return False


# Contrast words that open another source's report after a cue and a comma.
_CONTRAST_OPENERS = frozenset(["while", "whereas"])


def _after_inner_cue(reader: Reader, tokens: list[Token], source: Span) -> bool:
    """`Tehran has warned it will respond`: a finite report verb and a pronoun (the
    claimant's last word, as the caller checks) before a cue, its auxiliaries skipped,
    open a content clause whose subject is the pronoun: the later cue's claimant, not the
    clause."""
    word = tokens[source[1] - 2][2]
    return word in reader.lexicon.forms and not word.endswith("ing")


def _coordinated_subject(tokens: list[Token], b: int, limit: int) -> int | None:
    """`Sudan's army and the paramilitary RSF have accused …`: when the sentence's subject
    noun phrase ends at the "and" at b, the claimant is both conjuncts; the index where
    the first one starts, else None."""
    subject = sentence_subject(tokens, limit)
    if subject is None or (subject[1] != b and not _listed_names(tokens, subject, b)):
        return None
    words = [t[2] for t in tokens[subject[0] : subject[1]]]
    if len(words) > 1 and words[0].lower() in g.PRONOUNS:
        return None  # "He went home and officials said": a clause, not a noun phrase
    common = [w for w in words if w.islower() and w not in g.DETERMINERS]
    if len(common) > 2 or any(w in g.AUXILIARIES or past_form(w) for w in common):
        return None  # "The army shot two men and …": a verb in the first conjunct
    return subject[0]


def _listed_names(tokens: list[Token], subject: Span, b: int) -> bool:
    """`The juntas of Mali, Burkina Faso and Niger said`, `Russia, Iran and Turkey said`:
    the tokens from the subject's end to b are a list of names, after "of" (or "in",
    "from") or after the subject's own name, so the list before "and" is the subject's
    and the subject runs on to the last name."""
    start = subject[1]
    opener = tokens[start][2] if start < b else ""
    named = all(word[0].isupper() for _, _, word in tokens[subject[0] : start])
    if b - start < 2 or not (opener in ("of", "in", "from") or (opener == "," and named)):
        return False
    return tokens[start + 1][2] != "," and all(
        word == "," or (word[0].isupper() and word.isalpha())
        for _, _, word in tokens[start + 1 : b]
    )


def _closing_report(tokens: list[Token], i: int, j: int, cue: Cue) -> bool:
    """The cue (tokens i to j) closes its sentence as an active verb of reporting: a past
    form not after a passive marker ("said", "has warned"; not "can be added") or a
    present verb of saying ("say"), with no clause after it ("announced in January they
    would …" reports what follows); a noun form ("plans", "a recall") is none."""
    surface = tokens[i][2].lower()
    if i > 0 and tokens[i - 1][2].lower() in g.PASSIVE_MARKERS:
        return False
    if not (past_form(surface) or (cue.lemma in g.SAYING_LEMMAS and not cue.nominal)):
        return False
    return is_terminal(tokens, j, cue) and not any(
        t[2].lower() in g.PRONOUNS or t[2] in g.FINITE_AUXILIARIES for t in tokens[j:]
    )


def _object_participle(reader: Reader, tokens: list[Token], i: int, j: int) -> bool:
    """`warned in a video posted on social media that …`: a regular past participle (at
    token i) after the object of a preposition that follows a report verb ("warned in a
    video") and before an adjunct ("on …", "online") modifies that noun (a video that was
    posted); it reports nothing of its own."""
    return (
        i >= 4
        and j < len(tokens)
        and tokens[i][2].endswith("ed")
        and tokens[i - 1][2].isalpha()
        and tokens[i - 1][2].islower()
        and tokens[i - 2][2].lower() in g.ARTICLES
        and tokens[i - 3][2].lower() in g.PREPOSITIONS
        and (tokens[j][2].lower() in g.PREPOSITIONS or tokens[j][2] == "online")
        and tokens[i - 4][2].lower() in reader.lexicon.forms
    )


def _quoted_as(tokens: list[Token], i: int, limit: int) -> Span | None:
    """`"…," the spokesman was quoted (by X) as saying`: the participle after a passive
    "quoted … as" (at token i) gives the words of the passive's subject (before its
    auxiliaries), who is the claimant; that span, else None."""
    if i < 3 or tokens[i - 1][2].lower() != "as" or not tokens[i][2].endswith("ing"):
        return None
    q = next(
        (
            n
            for n in range(i - 2, max(0, i - 2 - limit), -1)
            if tokens[n][2].lower() in ("quoted", "quotes") or not tokens[n][2][0].isalnum()
        ),
        None,
    )
    if q is None or tokens[q][2].lower() not in ("quoted", "quotes"):
        return None
    if q > 1 and tokens[q - 1][2].lower() in g.PASSIVE_MARKERS:
        end = q - 1
        while end > 1 and tokens[end - 1][2].lower() in g.PASSIVE_OR_AUXILIARY:
            end -= 1
        start = left_boundary(tokens, end - 1, limit) + 1
        return (start, end) if 0 < end - start <= limit else None
    return None  # "CNN quoted a witness as saying": the outlet reports (PolNeAR's reading)


def _with_nickname(
    tokens: list[Token], b: int, source: tuple[int, int], limit: int
) -> tuple[int, tuple[int, int]]:
    """`Jimmy "Barbecue" Cherizier said`: a claimant whose left boundary b is a nickname's
    closing mark runs on to the name before it; the new boundary and claimant span."""
    opening = _nickname_opening(tokens, b)
    if opening is None:
        return b, source
    b = left_boundary(tokens, opening - 1, limit)
    return b, (b + 1, source[1])


def _nickname_opening(tokens: list[Token], b: int) -> int | None:
    """`Gang leader Jimmy "Barbecue" Cherizier`: one or two capitalised words in quote
    marks between two capitalised words (the closing mark at b) are a nickname inside a
    name, not a quotation (no verb or function word among them: "She Felt "Invisible"
    As A Child" is a title-case headline); the index of the opening mark, else None."""
    if b < 3 or b + 1 >= len(tokens) or tokens[b][2] not in g.QUOTES:
        return None
    for opening in (b - 2, b - 3):
        if opening < 1 or tokens[opening][2] not in g.QUOTES:
            continue
        words = [t[2] for t in tokens[opening - 1 : b + 2] if t[2] not in g.QUOTES]
        if len(words) == b - opening + 1 and all(_name_word(w) for w in words):
            return opening
        return None
    return None


def _name_word(word: str) -> bool:
    """A capitalised word that may be part of a name: not a title-case headline's verb or
    function word ("Felt", "As")."""
    lower = word.lower()
    return (
        word[0].isupper()
        and word.isalpha()
        and lower not in g.PREPOSITIONS_OR_CLAUSE_WORDS
        and not past_form(lower)
    )


def _conjunct_after_comma(tokens: list[Token], b: int) -> int | None:
    """`…, residents and a security source said.`, `…, a committee of MPs and peers
    warned.`: after the content's comma, up to four words with no verb, clause word or
    preposition but "of" before the "and" at b are a first claimant coordinated with the
    one before the cue; the index where it starts, else None (`…, and officials said`
    has no first conjunct)."""
    c = b - 1
    while c > 0 and b - c <= 4 and tokens[c][2] != ",":
        c -= 1
    if c <= 0 or c == b - 1 or tokens[c][2] != ",":
        return None
    for token in tokens[c + 1 : b]:
        word = token[2]
        lower = word.lower()
        if (
            not word.isalpha()
            or lower in g.NOT_NOUNS
            or lower in g.CLAUSE_WORDS
            or (lower in g.PREPOSITIONS and lower != "of")
            or lower in g.AUXILIARIES
            or lower.endswith("ing")
            or past_form(lower)
        ):
            return None
    return c + 1


def _claim_rejected_as(tokens: list[Token], source: Span | None, cue: Cue) -> bool:
    """`…, a claim Hamas rejected as "lies"` (an "as" after the cue): after an indefinite
    claim noun and its subject, the answer's "as" complement characterises the claim
    before; the cue still answers that claim (see `cue_after`)."""
    return source is not None and cue.lemma in g.REJECTING_LEMMAS and claim_apposed(tokens, source)


def _relative_passive(tokens: list[Token], i: int) -> bool:
    """`The toll, which could not be independently confirmed, was given …`: a passive cue
    whose subject is a relative pronoun (and which a comma ends, as the caller checks)
    reports its antecedent, by nobody named; what follows the comma is the main clause's."""
    k = i - 1
    while k >= 0 and ly_adverb(tokens[k][2]):
        k -= 1  # "could not be independently confirmed"
    if k < 0 or tokens[k][2].lower() not in g.PASSIVE_MARKERS:
        return False
    while k >= 0 and tokens[k][2].lower() in g.AUXILIARIES:
        k -= 1
    return k >= 0 and tokens[k][2].lower() in g.RELATIVES_OR_THAT


def _placeholder_it(tokens: list[Token], k: int) -> bool:
    """`It was reported …`, `It is hard to say …`: "it" right before a form of "be" is a
    placeholder subject (the clause after is the real one), so it names no claimant."""
    return tokens[k][2].lower() == "it" and tokens[k + 1][2].lower() in g.PASSIVE_MARKERS


def _passive_by(
    reader: Reader, tokens: list[Token], i: int, j: int, cue_span: Span, cue: Cue
) -> Draft | None:
    """`The plan was criticised by aid groups`: the subject is what was said about, the
    by-phrase the claimant."""
    end = j + 1
    while end < len(tokens) and end - j <= reader.params.max_claimant_tokens:
        word = tokens[end][2]
        if (
            closes_phrase(tokens, end)
            or word.lower() in g.CLAUSE_WORDS
            or _reason_for(tokens, end, cue)
        ):
            break
        end += 1
    if cue.lemma in g.OF_COMPLEMENT_LEMMAS:
        end = _of_complement(tokens, j + 1, end)
    k = i - 1
    while k >= 0 and (
        tokens[k][2].lower() in g.AUXILIARIES
        or (k > 0 and ly_adverb(tokens[k][2]) and tokens[k - 1][2].lower() in g.AUXILIARIES)
    ):
        k -= 1  # "was widely criticised": the adverb is no part of the subject
    if k > 1 and tokens[k][2] == "to":
        # "The rules are likely to be decided by X": the subject stands before the
        # raising word and its auxiliaries
        k -= 2
        while k >= 0 and tokens[k][2].lower() in g.AUXILIARIES:
            k -= 1
    b = left_boundary(tokens, k, reader.params.max_claimant_tokens)
    if end <= j + 1 or k <= b:
        return None
    start, stop = tokens[b + 1][0], tokens[k][1]
    if end + 1 < len(tokens) and tokens[end][2] == "that":
        start, stop = tokens[end][0], tokens[-1][1]  # "was told by X that …"
    return Draft(
        start,
        stop,
        claimant_span(tokens, (j + 1, end)),
        cue_span,
        cue,
        "cue_passive",
        reader.params.confidence_cue_after,
    )


def _of_complement(tokens: list[Token], begin: int, end: int) -> int:
    """`accused by the head of the UN mission of abuses`: the last "of" before a common
    noun phrase in the agent (tokens begin to end) opens the verb's complement, so the
    agent ends before it; an "of" before a name is the agent's own ("the Office of the
    High Commissioner")."""
    for n in range(end - 2, begin, -1):
        if tokens[n][2] == "of" and _common_after(tokens, n):
            return n
    return end


def _common_after(tokens: list[Token], n: int) -> bool:
    """Whether a lower-case word follows token n, past a determiner."""
    after = n + 2 if tokens[n + 1][2].lower() in g.DETERMINERS and n + 2 < len(tokens) else n + 1
    return tokens[after][2].islower()


# Nouns of a span of time after "for" ("for weeks", "for the first time").
_TIME_SPANS = (
    g.DURATIONS
    | g.PERIODS
    | frozenset("hour hours minute minutes day days night nights time times while decade".split())
)


def _reason_for(tokens: list[Token], n: int, cue: Cue) -> bool:
    """`criticised by X for a lack of drive`, `reported by X for failing`: "for" and a
    gerund or "not" give the reason, the verb's complement, not part of the agent; so
    does a common noun phrase after a verb of blame or praise (`REASON_LEMMAS`), while
    elsewhere it is the agent's own ("activists for the opposition"); "the Committee
    for the Protection of Journalists" goes on in capitals."""
    if tokens[n][2] != "for" or n + 1 >= len(tokens):
        return False
    word = tokens[n + 1][2]
    if word == "not" or ing_participle(word) or _time_after_for(tokens, n):
        return True
    return cue.lemma in g.REASON_LEMMAS and _common_after(tokens, n)


def _time_after_for(tokens: list[Token], n: int) -> bool:
    """`denied by Moscow for weeks`, `confirmed by officials for the first time`, `for
    two hours`: "for" (token n) and a span of time, past a determiner, is a duration
    adjunct of the verb, which no agent's name goes on with."""
    k = n + 1
    if tokens[k][2].lower() in g.DETERMINERS and k + 1 < len(tokens):
        k += 1
    first = tokens[k][2].lower()  # the caller has seen a token after "for"
    second = tokens[k + 1][2].lower() if k + 1 < len(tokens) else ""
    if first in _TIME_SPANS or first in g.TIME_WORDS:
        return True
    counted = first[0].isdigit() or first in UNITS_WORDS or first in g.DURATION_COUNTS
    return (counted or first in g.ORDINALS or first == "next") and second in _TIME_SPANS


def _count_before(tokens: list[Token], i: int) -> bool:
    """`… and some 700 reported missing`: a count right before the cue at i is the subject
    of a reduced passive (its auxiliary left out after "and"), not who reports."""
    if i == 0:
        return False
    word = tokens[i - 1][2].lower()
    return word[0].isdigit() or word in UNITS_WORDS or word in VAGUE


def _raised(reader: Reader, tokens: list[Token], i: int, cue_span: Span, cue: Cue) -> Draft | None:
    """`Kabul appears to be safe`, `The talks are expected to fail`: nobody is cited; the
    content is the subject plus the infinitive (its span covers the cue between)."""
    forms = reader.lexicon.forms
    b = _clause_start(tokens, i - 1, forms)
    if b > 0 and tokens[b][2] == "," and _no_subject(tokens, b + 1, i):
        # "The group's leader, Iyad Ag Ghaly, is believed to …": the subject and its
        # apposition stand before the aside's closing comma
        opening = _aside_opening(tokens, b)
        if opening > 0:
            b = _clause_start(tokens, opening - 1, forms)
    if b + 1 >= i:
        return None
    start, end = tokens[b + 1][0], tokens[-1][1]
    return Draft(start, end, None, cue_span, cue, "raised", reader.params.confidence_raised)


def _clause_start(tokens: list[Token], b: int, forms: dict) -> int:
    """The index of the punctuation, clause word or cue at or before b that opens the
    clause holding token b + 1 (-1: the sentence start)."""
    while b >= 0:
        word = tokens[b][2].lower()
        if (
            (tokens[b][2] in g.BOUNDARY_PUNCT and not _inside_word(tokens, b))
            or word in g.CLAUSE_WORDS
            or word in forms
        ):
            if word in g.QUOTE_SET and _scare_quote(tokens, b):
                b -= 3  # `Films with "medium" budgets are expected to …`: one word quoted
                continue
            break  # "Officials fear [the dam appears to …]": the clause after the cue
        b -= 1
    return b


def _scare_quote(tokens: list[Token], closing: int) -> bool:
    """`"medium" budgets`: marks glued around one lower-case word inside a phrase (a word
    on each side) quote a term, not a speaker."""
    return (
        2 < closing < len(tokens) - 1
        and quoted_word(tokens, closing)
        and tokens[closing - 1][2].isalpha()
        and tokens[closing - 3][2].isalpha()
        and tokens[closing + 1][2].isalpha()
    )


def _inside_word(tokens: list[Token], n: int) -> bool:
    """`104-page`: a hyphen glued to the tokens on both sides joins one word."""
    return (
        tokens[n][2] == "-"
        and 0 < n < len(tokens) - 1
        and tokens[n - 1][1] == tokens[n][0]
        and tokens[n][1] == tokens[n + 1][0]
    )


def _aside_opening(tokens: list[Token], closing: int) -> int:
    """The comma that opens the aside the comma at `closing` closes: the nearest one
    within 16 tokens that an aside's opener follows (a relative, an article, a
    preposition, a name not listed: ", Calendar Girls and Enduring Love," ends a list),
    so a list inside the aside ("which will tackle crime, terrorism and …") is passed
    over; else the nearest comma ("religion, not ethnicity,"); -1 if none (hard
    punctuation stops the search)."""
    nearest = -1
    for n in range(closing - 1, max(closing - 17, 0), -1):
        word = tokens[n][2]
        if word in g.HARD_OR_QUOTE:
            break
        if word != ",":
            continue
        following = tokens[n + 1][2]
        if (
            following.lower() in g.ASIDE_OPENERS
            or following.lower() in g.PREPOSITIONS
            or (following[0].isupper() and not _ends_list(tokens, n, closing))
        ):
            return n
        nearest = n if nearest < 0 else nearest
    return nearest


def _ends_list(tokens: list[Token], comma: int, closing: int) -> bool:
    """Whether the words between two commas join their last item with "and"/"or": the
    end of a list, not an aside."""
    return any(t[2] in g.LIST_LINKS for t in tokens[comma + 1 : closing])


def _no_subject(tokens: list[Token], start: int, i: int) -> bool:
    """Whether tokens[start:i] are only auxiliaries and adverbs, no subject."""
    return all(t[2].lower() in g.AUXILIARIES or ly_adverb(t[2]) for t in tokens[start:i])


def _according_to(
    reader: Reader, tokens: list[Token], i: int, j: int, cue_span: Span
) -> Draft | None:
    """`according to X, CONTENT` / `CONTENT, according to X`: X is the source."""
    end = j
    while end < len(tokens) and not closes_phrase(tokens, end):
        end += 1  # "according to prisoners' groups": a possessive, not a quotation
    source = (j, min(end, j + reader.params.max_claimant_tokens))
    if source[1] <= source[0]:
        return None
    k = i - 1
    while k >= 0 and tokens[k][2].lower() in g.CLAUSE_WORDS:
        k -= 1
    if k < 0:
        end = _after_bracket(tokens, end)  # "According to the Project (Acled), …"
        end = _after_source_aside(tokens, end)  # "According to the report, seen by X, …"
        if end + 1 >= len(tokens):
            return None
        start, stop = tokens[end + 1][0], tokens[-1][1]
    elif (
        tokens[k][2] == ","
        and continues(tokens, end)
        and (relative := _relative_aside(tokens, k)) is not None
    ):
        # "The ELN, which has about 6,000 fighters, according to military estimates, has
        # …": inside a sentence that goes on, the source vouches for the relative clause
        # it closes.
        start, stop = tokens[relative][0], tokens[k][0]
    else:
        content = before_boundary(reader, tokens, k if tokens[k][2] in ",—–" else -1)
        if content is None:
            start, stop = tokens[0][0], tokens[k][1]
        else:
            start, stop = content[0], content[1]
        if (
            (content is None or not content[2])
            and continues(tokens, end)
            and tokens[end + 1][2] not in g.RELATIVES
            and not _new_clause(tokens, end + 1)
            and not _source_apposition(tokens, end)
        ):
            # "Since November, according to HRW, forces have killed …": the aside sits
            # inside the content, which runs on to the sentence end ("…, according to
            # the report, which …" and "…, according to SOHR, a Britain-based war
            # monitor." go on about the source instead; "…, and the army said …"
            # coordinates a clause of the writer's: `_new_clause`).
            stop = tokens[-1][1]
    return Draft(
        start,
        stop,
        claimant_span(tokens, source),
        cue_span,
        None,
        "according_to",
        reader.params.confidence_according_to,
    )


def _new_clause(tokens: list[Token], n: int) -> bool:
    """`…, according to X, and the army said …`: a conjunction at token n before a word
    that is no verb opens a clause with its own subject, outside the sourced content (a
    verb after it, "and said …", goes on with the content's subject)."""
    if tokens[n][2] not in g.SENTENCE_CONJUNCTIONS or n + 1 >= len(tokens):
        return False
    word = tokens[n + 1][2]
    return not (word.islower() and (past_form(word) or word in g.AUXILIARIES))


def _after_bracket(tokens: list[Token], n: int) -> int:
    """`According to the … Project (Acled), more than …`: a short bracket (an acronym)
    after the source at token n is the source's; the index of the comma after it (or of
    its closing bracket), else n."""
    if n >= len(tokens) or tokens[n][2] != "(":
        return n
    for m in range(n + 1, min(n + 8, len(tokens))):
        if tokens[m][2] == ")":
            return m + 1 if m + 1 < len(tokens) and tokens[m + 1][2] == "," else m
        if tokens[m][2] in g.HARD_OR_QUOTE:
            break
    return n


def _relative_aside(tokens: list[Token], comma: int) -> int | None:
    """`X, which has 6,000 fighters, according to …`: the index of the relative pronoun
    that opens the aside closed by the comma before "according to", else None."""
    for n in range(comma - 1, 0, -1):
        word = tokens[n][2]
        if word in g.BOUNDARY_PUNCT:
            if word == "," and tokens[n + 1][2].lower() in g.RELATIVES and n + 2 < comma:
                return n + 1
            return None
    return None


def _source_apposition(tokens: list[Token], comma: int) -> bool:
    """`…, according to SOHR, a Britain-based war monitor.`: an indefinite noun phrase
    after the source's comma, without a finite verb of its own (a relative clause's
    verbs are the relative's), describes the source; it does not finish the content."""
    if tokens[comma + 1][2].lower() not in ("a", "an"):
        return False
    for token in tokens[comma + 2 :]:
        word = token[2]
        if word.lower() in g.RELATIVES_OR_THAT:
            return True  # "a group that has documented the war": the relative is its own
        if word.lower() in g.PASSIVE_OR_AUXILIARY or (word.islower() and past_form(word)):
            return False
    return True


def _after_source_aside(tokens: list[Token], comma: int) -> int:
    """`According to the report, seen by Reuters, the drones …`: a participle or relative
    clause after the source's comma is the source's aside; the index of the comma that
    closes it (the content follows), else `comma`."""
    if comma + 2 >= len(tokens) or tokens[comma][2] != ",":
        return comma
    first = tokens[comma + 1][2]
    if not (
        first in g.RELATIVES
        or (first.islower() and (past_form(first) or first in g.IRREGULAR_PARTICIPLES))
    ):
        return comma
    for n in range(comma + 2, min(comma + 10, len(tokens) - 1)):
        if tokens[n][2] == ",":
            return n
        if tokens[n][2] in g.HARD_OR_QUOTE:
            break
    return comma
