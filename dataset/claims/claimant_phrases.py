"""The token range of a claimant: the noun phrase before or after a cue."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.openers import after_openers
from dataset.claims.tokens import Token
from dataset.claims.verb_forms import ing_participle, ly_adverb, past_form, possessive


def skip_left(tokens: list[Token], k: int) -> int:
    """Index of the last token of the claimant: skip auxiliaries and adverbs before a cue."""
    while k >= 0:
        word = tokens[k][2]
        lower = word.lower()
        if lower.replace("’", "'") in g.PRONOUN_CONTRACTIONS:
            break  # "he's said", "we’ve argued": the pronoun is the claimant
        if (
            (lower in g.AUXILIARIES and not _surname_may(tokens, k))
            or lower.endswith(g.NOT_ENDS)
            or ly_adverb(word)
        ):
            k -= 1
        elif lower == "to" and k > 0 and tokens[k - 1][2].islower():
            k -= 2  # "declined to say", "wants to know"
        elif lower in g.TIME_WORDS and k > 0:
            k -= 1  # "Beck on Monday said", "officials yesterday said"
            if tokens[k][2].lower() in ("on", "last", "this"):
                k -= 1
        elif lower in g.PERIODS and k > 0 and tokens[k - 1][2].lower() in ("last", "this"):
            k -= 2  # "Beck last week said"
        elif lower in g.FLOATING_QUANTIFIERS and k > 0 and tokens[k - 1][2][0].isalnum():
            k -= 1  # "They both said", "Democrats all agree"
        elif word == ")" and (opening := _short_bracket(tokens, k)) is not None:
            k = opening - 1  # "Sen. Marco Rubio (R-Fla.) said": the label after a name
        else:
            break
    return k


def _surname_may(tokens: list[Token], k: int) -> bool:
    """`Theresa May said`: a capitalised "May" after a name is a surname, not the modal."""
    return tokens[k][2] == "May" and k > 0 and tokens[k - 1][2][:1].isupper()


def _short_bracket(tokens: list[Token], k: int) -> int | None:
    """Index of the "(" that opens a short bracket closed at k right after a capitalised
    name (a party and state, an age, a country), else None."""
    for n in range(k - 1, max(k - 8, 0), -1):
        if tokens[n][2] == "(":
            return n if tokens[n - 1][2][0].isupper() else None
        if tokens[n][2] in g.BOUNDARY_PUNCT and tokens[n][2] != "-":
            return None
    return None


def left_boundary(tokens: list[Token], k: int, limit: int) -> int:
    """Index of the token that closes the clause before the claimant (-1: sentence start)."""
    b = k
    inner = -2  # an "and" inside a name passed over, the boundary if the phrase is too long
    while b >= 0 and k - b < limit + 6:
        word = tokens[b][2]
        if (word in g.BOUNDARY_PUNCT and not plural_possessive(tokens, b, k)) or (
            word.lower() in g.CLAUSE_WORDS
        ):
            if word == "and" and inner == -2 and name_and(tokens, b):
                inner = b  # "the Center for Strategic and International Studies said"
                b -= 1
                continue
            if word.lower() in g.RELATIVES and b == k:
                return b - 1  # "…, who said": the relative pronoun is the claimant
            break
        b -= 1
    return b if inner == -2 or k - b <= limit else inner


def name_and(tokens: list[Token], n: int) -> bool:
    """`the Center for Strategic and International Studies`, `the Ministry of Foreign
    Affairs and International Cooperation`: an "and" between capitalised words, after an
    "of"/"for" that a capitalised word opens, joins the words of one name."""
    if n < 3 or n + 1 >= len(tokens) or not tokens[n + 1][2][0].isupper():
        return False
    m = n - 1
    while m > 0 and tokens[m][2][0].isupper() and tokens[m][2].isalpha():
        m -= 1
    return m < n - 1 and tokens[m][2] in ("of", "for") and m > 0 and tokens[m - 1][2][0].isupper()


def closes_phrase(tokens: list[Token], n: int) -> bool:
    """Whether token n ends a sentence or is a quote mark, not a plural possessive's
    apostrophe (`according to prisoners' groups`)."""
    return tokens[n][2] in g.TERMINAL_OR_QUOTE and not plural_possessive(tokens, n, len(tokens) - 1)


def plural_possessive(tokens: list[Token], b: int, k: int) -> bool:
    """`Prisoners' groups said`, `the rebels’ leader said`: an apostrophe glued to a plural
    ending in "s", with a noun of the claimant after it, marks a possessive, not the close
    of a quotation; a single-quote quotation opened earlier in the sentence (`'… the
    soldiers' he said`) keeps it a closing mark."""
    mark = tokens[b][2]
    if mark not in ("'", "’") or b == 0 or b >= k:
        return False
    before, after = tokens[b - 1], tokens[b + 1]
    if before[1] != tokens[b][0] or after[0] == tokens[b][1]:
        return False
    if not (before[2].isalpha() and before[2][-1] in "sS"):
        return False
    if after[2].lower() in g.PRONOUNS or not after[2][0].isalpha():
        return False
    opening = "‘" if mark == "’" else "'"
    return not any(
        t[2] == opening and (n == 0 or tokens[n - 1][1] < t[0]) and tokens[n + 1][0] == t[1]
        for n, t in enumerate(tokens[:b])
    )


def _participle_phrase(tokens: list[Token], start: int, end: int) -> bool:
    """`Responding to the plans`, `Looking further ahead`: a capitalised "-ing" word
    before a preposition, a determiner or an adverb opens a participle phrase, not a name
    ("Fleming", "King Abdullah") or a noun phrase ("Leading plaintiff"); a finite
    auxiliary in it ("Speaking after the inquiry was announced Bob Neill") runs on into
    the main clause."""
    if end - start < 2 or not ing_participle(tokens[start][2].lower()):
        return False
    second = tokens[start + 1][2]
    return (
        second in g.PREPOSITIONS or second in g.DETERMINERS or second in _PHRASE_ADVERBS
    ) and not any(t[2] in g.FINITE_AUXILIARIES for t in tokens[start + 2 : end])


# Adverbs that may follow an opening participle ("Looking ahead", "Speaking further").
_PHRASE_ADVERBS = frozenset("ahead further back forward out up down".split())


def parenthetical(
    tokens: list[Token], k: int, limit: int, modified: bool = False
) -> tuple[int, int] | None:
    """`Trump - who said … - said`, `Hedge, who appraises …, said`: the noun phrase before.

    k is the punctuation closing the aside. The clause starts after hard punctuation (or a
    quotation closed by its comma); its first comma/dash/bracket-free stretch that is not
    an introductory phrase ("On Friday,", "however,") is the claimant; with `modified`,
    also one led by a lower-case modifier (`_modifier_led`).
    """
    lo = k - 1
    while lo >= 0 and k - lo < 4 * limit:
        word = tokens[lo][2]
        if word in g.HARD_PUNCT or (
            word in g.QUOTES and lo > 0 and tokens[lo - 1][2] in g.HARD_OR_COMMA
        ):
            break
        lo -= 1
    if lo >= 0 and tokens[lo][2] not in g.HARD_OR_QUOTE:
        return None
    start = lo + 1 if lo >= 0 else after_dateline(tokens)
    while start < k:
        end = start
        while end < k and tokens[end][2] not in g.PAREN_OPENERS:
            end += 1
        first = tokens[start][2]
        lower = first.lower()
        if lower in g.SENTENCE_CONJUNCTIONS and end - start > 1:
            start += 1  # "But Tom Fitton, the …, said": the conjunction opens no phrase
            continue
        if (
            end == k
            or lower in g.PREPOSITIONS
            or lower in g.CLAUSE_WORDS
            or (lower in g.SENTENCE_ADVERBS and end - start == 1)
            or (lower[-1] == "g" and _participle_phrase(tokens, start, end))
        ):
            # an introductory phrase: "In separate interviews, …", "however,", "Responding
            # to the plans,"
            start = end + 1
            continue
        if end - start > limit or not (
            first[0].isupper()
            or lower in g.DETERMINERS
            or lower == "one"  # "one resident, who …, told"
            or (modified and _modifier_led(tokens, start, end))
        ):
            return None
        aside = tokens[end + 1][2]
        if not (
            aside[0].isupper()
            or aside[0].isdigit()
            or aside.lower() in g.ASIDE_OPENERS
            or aside.lower() in g.PREPOSITIONS
            or _participle_aside(aside)
            or _title_of(tokens, end + 1, k)
        ):
            return None  # "Taxes will rise, it said": no aside between
        return start, end
    return None


def _participle_aside(word: str) -> bool:
    """`, speaking to reporters,`: a participle opens an aside ("according to" does not,
    it cites a source)."""
    return word.islower() and word.endswith("ing") and word != "according"


def _title_of(tokens: list[Token], i: int, k: int) -> bool:
    """`director of the Tax Policy Center`, `acting chairman of …`, `a professor at …`:
    an aside that names a post, a few lower-case words then "of"/"at"/"for"."""
    for n in range(i, min(i + 4, k)):
        word = tokens[n][2]
        if word in ("of", "at", "for"):
            return n > i
        if not (word.isalpha() and word.islower()):
            return False
    return False


def _modifier_led(tokens: list[Token], start: int, end: int) -> bool:
    """`numerous veterans interviewed at …`, `retired Gen. John Allen`, `81-year-old Jo
    Ray`: a noun phrase led by a lower-case or numeric modifier (then a plural noun or a
    name)."""
    word = tokens[start][2]
    lower = word.lower()
    if word[0].isdigit() and "-" in word:
        return True  # "81-year-old Parker Eaton"
    if not word.isalpha() or lower in g.NOT_NOUNS_OR_PREPOSITIONS:
        return False
    if lower in g.PRONOUNS or lower in g.SENTENCE_ADVERBS:
        return False
    head = tokens[start + 1][2] if start + 1 < end else ""
    return head[:1].isupper() or (head.isalpha() and head.endswith("s"))


def appositive(tokens: list[Token], comma: int, limit: int) -> tuple[int, int] | None:
    """`Muhammad Babar, a spokesman for the centre, says …`: name plus apposition."""
    first = comma - 1
    while first >= 0 and tokens[first][2] != ",":
        first -= 1
    if first <= 0 or comma - first > limit:
        return None
    b = left_boundary(tokens, first - 1, limit)
    head = tokens[b + 1][2]
    # "James Comey, the director, said"; "When the director, James Comey, said", "one of
    # the attorneys, Justin Bamberg, said": a title phrase before a full name.
    titled = (
        (head.lower() in g.DETERMINERS or head.lower() == "one")
        and first - b - 1 > 1
        and comma - first > 2
        and all(t[2][0].isupper() for t in tokens[first + 1 : comma])
    )
    # A title phrase may name a long body ("A spokesperson for the National Unity
    # Government, Kyaw Zaw,"); a bare name before the comma is short.
    longest = limit if titled else 5
    if first - b - 1 < 1 or first - b - 1 > longest or not (head[0].isupper() or titled):
        return None
    return b + 1, comma + 1


def has_speech(tokens: list[Token], start: int, end: int) -> bool:
    """Whether tokens[start:end] hold a form of "say"/"tell" or "according"."""
    for token in tokens[start:end]:
        word = token[2]
        if word == "according" or word.lower() in g.SPEECH_FORMS:
            return True
    return False


def not_a_subject(word: str) -> bool:
    lower = word.lower()
    return lower in g.PREPOSITIONS or (lower.endswith("ing") and lower not in g.ING_NOUNS)


def trailing_name(tokens: list[Token], source: tuple[int, int]) -> tuple[int, int]:
    """The name or pronoun that ends a claimant led by a phrase; else the claimant."""
    first, end = source
    if tokens[end - 1][2].lower() in g.PRONOUNS:
        return end - 1, end
    n = end
    while n > first + 1 and (tokens[n - 1][2][0].isupper() or tokens[n - 1][2] == "."):
        n -= 1
    return (n, end) if n < end and tokens[n][2][0].isupper() else source


def sentence_subject(tokens: list[Token], limit: int) -> tuple[int, int] | None:
    """The sentence-initial noun phrase ("Taliban militants …"), as a token range; after
    an introductory phrase ("Hours later, Trump …") the subject is the phrase after it."""
    i = after_dateline(tokens)
    while i < len(tokens) and tokens[i][2] in g.QUOTES:
        i += 1
    found = noun_phrase(tokens, i, limit)
    after = after_openers(tokens, i, limit)
    if found is not None and after > i:
        return noun_phrase(tokens, after, limit) or found
    return found


def noun_phrase(tokens: list[Token], i: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that opens at token i, as `sentence_subject` reads it."""
    first = i
    while i < len(tokens) and i - first < limit:
        word = tokens[i][2]
        lower = word.lower()
        capital = word[0].isupper() and lower not in g.PREPOSITIONS_OR_CLAUSE_WORDS
        if capital or (lower in g.DETERMINERS and i == first) or (lower == "of" and i > first):
            i += 1
        elif (
            word.islower()
            and i > first
            and lower not in g.NOT_NOUNS
            and word.isalpha()
            and not past_form(word)
        ):
            i += 1
            if lower.endswith("s") and lower not in g.SINGULAR_IN_S:
                break  # plural head noun: "militants", "officials"
        else:
            break
    if i == first:
        return None
    while i > first and tokens[i - 1][2].lower() in g.DETERMINERS_OR_OF:
        i -= 1
    return (first, i) if i > first else None


def after_dateline(tokens: list[Token]) -> int:
    """`WASHINGTON — Sen. X …`, `LA CROSSE, Wis. (AP) — X …`: the index after a dateline
    (a capitalised place, perhaps with its state and agency, then a dash) that opens a
    story's first sentence, else 0; the place is no subject."""
    n = 0
    while n < len(tokens) and n < 10 and tokens[n][2] not in g.DATELINE_DASHES:
        n += 1
    if n == 0 or n >= min(10, len(tokens) - 1) or not tokens[0][2].isupper():
        return 0
    if len(tokens[0][2]) < 2 or not all(
        t[2][0].isupper() or t[2] in g.DATELINE_MARKS for t in tokens[:n]
    ):
        return 0
    return n + 1


CLAUSE_OPENER_LIMIT = 16  # tokens an introductory phrase may run before its comma


def clause_subject(tokens: list[Token], b: int, participle: bool = False) -> tuple[int, int] | None:
    """`In a speech, Mr. Trump struck a measured tone, saying …`: the participle's subject
    is the main clause's: a pronoun or a run of capitalised words after any introductory
    phrase (one that opens with a preposition or subordinator and ends at a comma), and
    after a sentence's opening conjunction ("But on Tuesday, he …"). For a `participle`
    after its comma, also a possessed noun ("Trump's campaign") or, after an opener, a
    determiner's noun phrase ("On Monday, his campaign sued …, claiming")."""
    first = 1 if len(tokens) > 1 and tokens[0][2].lower() in g.SENTENCE_CONJUNCTIONS else 0
    opener = tokens[first][2].lower() if first < len(tokens) else ""
    if opener not in g.PREPOSITIONS and opener not in g.SUBORDINATORS:
        after = after_openers(tokens, first, CLAUSE_OPENER_LIMIT, b)
        if after < b:
            first = after  # "Then he cut …", "Hours later, Trump …"
        if _time_phrase(tokens, first) and first + 2 < b:
            first += 2  # "Last week his campaign sued …": a time phrase without its comma
    i = first
    if i < len(tokens) and (
        tokens[i][2].lower() in g.PREPOSITIONS or tokens[i][2].lower() in g.SUBORDINATORS
    ):
        while i < b and tokens[i][2] != ",":
            i += 1
        i += 1
        if i >= b and tokens[first][2].lower() in g.PREPOSITIONS:
            # "On Sunday morning Mr. Trump made …": a time phrase without its comma.
            i = first + 1
            while i < b and (tokens[i][2].lower() in g.TIME_WORDS or tokens[i][2].islower()):
                if i > first + 1 and _opens_noun_phrase(tokens, i):
                    break  # "After the election his campaign sued …": the subject
                i += 1
            if i == first + 1:
                return None
    if i >= b:
        return None
    if tokens[i][2].lower() in g.PRONOUNS:
        return i, i + 1
    if tokens[i][2].lower() in g.DETERMINERS:
        # "On Monday, his campaign sued …": a common-noun subject after an opener (at the
        # sentence start, `sentence_subject` reads it).
        return noun_phrase(tokens, i, b - i) if participle and i > 0 else None
    end = i
    while end < b and (tokens[end][2][0].isupper() or (end > i and tokens[end][2] in (".", "of"))):
        end += 1
    if end == i or tokens[end - 1][2] == "of":
        return None
    if participle and possessive(tokens[end - 1][2]):
        return noun_phrase(tokens, i, b - i)  # "Trump's campaign sued …": the possessed noun
    return (i, end) if tokens[end][2].islower() else None


def _time_phrase(tokens: list[Token], i: int) -> bool:
    """`Last week`, `This month`, `Next Tuesday`: a time phrase at token i."""
    return (
        i + 1 < len(tokens)
        and tokens[i][2].lower() in _TIME_DEICTICS
        and (tokens[i + 1][2].lower() in g.PERIODS or tokens[i + 1][2].lower() in g.TIME_WORDS)
    )


_TIME_DEICTICS = frozenset(["last", "this", "next"])


def _opens_noun_phrase(tokens: list[Token], i: int) -> bool:
    """`the election his campaign`: a determiner right after a noun (or a time word)
    opens a new noun phrase, so the preposition's object ended before it."""
    before = tokens[i - 1][2]
    lower = before.lower()
    return (
        tokens[i][2].lower() in g.DETERMINERS
        and before.isalpha()
        and (before.islower() or lower in g.TIME_WORDS)
        and lower not in g.DETERMINERS_OR_OF
        and lower not in g.PREPOSITIONS_OR_CLAUSE_WORDS
        and lower not in g.AUXILIARIES
    )


def claimant_span(tokens: list[Token], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """A claimant's character span, without a relative pronoun that opens its clause or
    a sentence adverb set off at its end (`Analysts, however, say`)."""
    if rng is None or rng[1] <= rng[0]:
        return None
    first, end = rng
    while first < end - 1 and tokens[first][2].lower() in g.RELATIVES:
        first += 1
    if (
        end - first > 3
        and tokens[end - 1][2] == ","
        and tokens[end - 2][2].lower() in g.SENTENCE_ADVERBS
        and tokens[end - 3][2] == ","
    ):
        end -= 3
    return tokens[first][0], tokens[end - 1][1]
