"""Whether a cue word reports here, or is a noun, an adjective or a phrasal verb."""

from __future__ import annotations

from itertools import pairwise

from dataset.claims import grammar as g
from dataset.claims.figures import places_value
from dataset.claims.fronted_participles import opens_with_participle
from dataset.claims.lexicon import Cue
from dataset.claims.reader import Reader
from dataset.claims.tokens import Token
from dataset.claims.verb_forms import (
    infinitive,
    ing_participle,
    leave_to_speak,
    negated,
    past_form,
    possessive,
)


def not_a_report(
    reader: Reader, tokens: list[Token], i: int, j: int, cue: Cue, surface: str, before: str
) -> bool:
    """Whether the cue form `surface` at token i (token j after it) makes no report here:
    a noun ("the report", "no immediate claim of", "reports say", the head of "according
    to unconfirmed reports", the object of "announced plans"), a modifier or compound
    ("Trump's reported worth", "a talk show"), a negated check ("could not verify"), or
    a request to stay unnamed ("who asked not to be named", "anonymity to discuss").
    `before` is the word before the cue in lower case ("" at the sentence start)."""
    if (
        before in g.NOUN_MARKERS
        and not past_form(surface)
        and not opens_with_participle(
            tokens, (tokens[i][0], tokens[i][0] + len(surface)), reader.article.text
        )
    ):
        return True  # "the report", "his claims", "a call" (not "In declaring …, X …")
    if modified_noun(tokens, i, surface, cue.lemma) or (
        cue.lemma in g.VERIFYING_LEMMAS and unverified(tokens, i)
    ):
        return True  # "no immediate claim of responsibility", "could not verify"
    if (
        j < len(tokens)
        and reader.lexicon.forms.get(tokens[j][2].lower())
        and not past_form(surface.lower())
        and not (cue.answering and tokens[j][2].endswith("ing"))
    ):
        return True  # "reports say": the first word is a noun ("denies backing" is a
        # verb answering a claim, and its gerund)
    if (
        j < len(tokens)
        and tokens[j][2] in _PUT_OR_REFLEXIVE
        and _no_object(tokens, j, cue, surface)
    ):
        return True  # "as the Houthis call themselves,", "Some estimates put the figure at …"
    if before == "to" and leave_to_speak(tokens, i - 1):
        return True  # "spoke on condition of anonymity to discuss …": no report
    if (
        surface[-1] != "d"  # a noun, not "said"/"reported", heads "according to … reports"
        and i > 1
        and reader.article.text.find("ccording to", max(0, tokens[i][0] - 48), tokens[i][0]) >= 0
        and _in_according_source(tokens, i)
    ):
        return True  # "According to unconfirmed reports, …": the source's noun
    if cue.lemma in g.ANONYMITY_LEMMAS and anonymity_request(tokens, i, j):
        return True  # "who asked not to be named": a request to stay unnamed
    if (
        before in g.PASSIVE_MARKERS
        and surface.endswith("ing")
        and (j >= len(tokens) or tokens[j][2] in _ADJECTIVE_ENDS)
    ):
        return True  # "his temperament is worrying,": an adjective, no report
    if past_form(before) and before in reader.lexicon.forms:
        return True  # "said praise from X would …", "announced plans to": the object noun
    if _participle_object(tokens, i):
        return True  # "…, raising hopes of a deal": the participle's object noun
    if surface.endswith("ing") and _answering_form(reader, before):
        return True  # "Rwanda denies backing the rebels": the gerund is the content
    if before == "and" and i > 1 and cue.lemma == "answer" and _question_word(tokens[i - 2][2]):
        return True  # "question and answer sessions": the noun pair, no report
    if before in g.QUOTE_SET and i > 3 and _quoted_modifier(tokens, i) and not past_form(surface):
        return True  # 'the "reform" plans': a noun after a quoted modifier
    if surface == "warning" and j < len(tokens) and tokens[j][2].lower() in g.WARNING_HEADS:
        return True  # "fired warning shots": the compound's modifier
    if j + 1 < len(tokens) and tokens[j][2] == "how" and left_open(tokens, i, j, cue):
        return True  # "The ministry did not say how many were killed": no figure
    if (
        j + 1 < len(tokens)
        and tokens[j][2] == ","
        and not past_form(surface.lower())
        and prepositional_object(tokens, i)
    ):
        return True  # "Speaking on the Sunday shows, Carson said": a noun ends the phrase
    return noun_use(tokens, i, j) or (not cue.hedging and attributive(tokens, i, j, surface))


def _no_object(tokens: list[Token], j: int, cue: Cue, surface: str) -> bool:
    """Whether the word after the cue (token j, a form of "put" or a reflexive) leaves it
    nothing to report: an estimate's noun before "put" (`_estimate_puts`) or a verb of
    naming with only a reflexive object (`_reflexive_only`)."""
    if tokens[j][2] in g.PUT_FORMS:
        return _estimate_puts(tokens, j, surface)
    return cue.lemma == "call" and _reflexive_only(tokens, j)


def _estimate_puts(tokens: list[Token], j: int, surface: str) -> bool:
    """`some estimates put the figure as high as 100`: a present form before "put" (token
    j, as the caller checks) and a value placed is the noun of the figure's source, which
    `figures` reads."""
    return surface.endswith("s") and places_value(tokens, j + 1)


# Verbs by which an estimate places a figure ("estimates put the toll at").
_PUT_OR_REFLEXIVE = g.PUT_FORMS | g.REFLEXIVES


def _reflexive_only(tokens: list[Token], j: int) -> bool:
    """`as the Houthis formally call themselves,`: a reflexive object (token j, as the
    caller checks) that ends its clause leaves a verb of naming nothing to report
    ("called himself a …" goes on)."""
    return j + 1 == len(tokens) or not tokens[j + 1][2][0].isalnum()


def _participle_object(tokens: list[Token], i: int) -> bool:
    """`…, raising hopes of a deal`, `…," rejecting calls for …`: a cue form right after
    a participle that opens a clause after a comma (and a closing quote) is that
    participle's object."""
    return (
        i > 1
        and (
            tokens[i - 2][2] == ","
            or (i > 2 and tokens[i - 2][2] in g.QUOTES and tokens[i - 3][2] == ",")
        )
        and ing_participle(tokens[i - 1][2])
    )


def _answering_form(reader: Reader, word: str) -> bool:
    """Whether the word is a form of a verb answering a claim ("denies", "admitted")."""
    cue = reader.lexicon.forms.get(word)
    return cue is not None and cue.answering


# What may follow a predicative adjective in "-ing" ("are worrying,"): a clause's end.
_ADJECTIVE_ENDS = frozenset([",", ".", ";", "!", "?"])


def _in_according_source(tokens: list[Token], i: int) -> bool:
    """`according to unconfirmed reports`, `according to local media reports`: a cue form
    a few lower-case modifiers after "according to" is the head noun of its source."""
    for n in range(i - 1, max(i - 5, 0), -1):
        word = tokens[n][2]
        if word == "to":
            return tokens[n - 1][2].lower() == "according"
        if not word.isalpha() or word in g.CLAUSE_WORDS:
            return False
    return False


def noun_use(tokens: list[Token], i: int, j: int) -> bool:
    """`show up`, `a talk show`, `a conference call`, `Hannity's show`: a cue word used as a
    phrasal verb or as the head of a compound noun.

    A bare form after a singular common noun is a compound ("radio show", "court ruling");
    plural subjects ("polls show") and auxiliaries ("would show") keep it a verb.
    """
    word = tokens[i][2]
    if word not in g.COMPOUND_NOUN_CUES and word not in g.PHRASAL_SHOW:
        return False
    if j < len(tokens) and tokens[j][2] in ("up", "off"):
        return True
    if word not in g.COMPOUND_NOUN_CUES or i == 0:
        return False
    before = tokens[i - 1][2]
    lower = before.lower()
    if lower.endswith(g.POSSESSIVE_ENDS):
        return True
    if before[0].isupper() and not lower.endswith("s") and i > 1 and _determines(tokens[i - 2][2]):
        return True  # "a Facebook post", "the school's Twitter post": a named modifier
    return (
        before.isalpha()
        and before.islower()
        and not lower.endswith("s")
        and lower not in g.NOT_COMPOUND_HEADS
        and lower != "to"
        and not (lower.endswith("ly") and len(lower) > 3)
    )


def prepositional_object(tokens: list[Token], i: int) -> bool:
    """`on the Sunday shows,`: a preposition, a determiner and one or two modifiers before
    the form at i (no name after a noun: `_name_after_noun`) open a noun phrase the
    preposition governs, which holds no finite verb, so the form is its head noun ("the
    Sunday polls show" with no preposition before stays a verb). The caller asks only
    when a comma follows: a nominal report with its own complement ("in his claims that
    …") still reports."""
    for k in (i - 2, i - 3):
        if k < 1 or not _determines(tokens[k][2]):
            continue
        modifiers = [t[2] for t in tokens[k + 1 : i]]
        if (
            tokens[k - 1][2].lower() in g.PREPOSITIONS
            and all(w.isalpha() and w.lower() not in g.NOT_COMPOUND_HEADS for w in modifiers)
            and not _name_after_noun(modifiers)
        ):
            return True
    return False


def _name_after_noun(words: list[str]) -> bool:
    """`in the video Putin says,`: a name after a lower-case word is no modifier of the
    cue but the subject of a clause after the adverbial phrase, whose head noun ends
    before it (a named modifier comes first: "the Sunday shows"; an acronym may follow an
    adjective: "their own HDTV plans")."""
    return any(a.islower() and b[0].isupper() and not b.isupper() for a, b in pairwise(words))


def _determines(word: str) -> bool:
    """A determiner or a possessive, which opens a noun phrase."""
    return word.lower() in g.DETERMINERS or word.endswith(g.POSSESSIVE_ENDS)


def attributive(tokens: list[Token], i: int, j: int, surface: str) -> bool:
    """`Trump's reported net worth`, `all reported contributions`, `the number of pledged
    delegates`: a participle after a possessive, a quantifier, a determiner or a
    preposition (not the agent's "by") modifies a noun, and so does one after an adverb
    after a possessive (`Yemen's internationally recognised government`); it is no report.
    After a quantifier that can stand alone ("Some said they …", "both condemned the
    plan"), a pronoun, a determiner, "that" or punctuation next makes the form a verb."""
    if i == 0 or not past_form(surface):
        return False
    before = tokens[i - 1][2].lower()
    if i > 1 and before[-1] == "y" and _degree_adverb(tokens[i - 1][2]):
        # "Yemen's internationally recognised government" ("he's widely said" is a verb)
        return possessive(tokens[i - 2][2])
    if before in g.PRONOUN_QUANTIFIERS and j < len(tokens):
        following = tokens[j][2]
        if following.lower() in g.VERB_OBJECTS or not following[0].isalnum():
            return False
    if before.replace("’", "'") in g.PRONOUN_CONTRACTIONS:
        return False  # "he's said": a pronoun and "has", not a possessive
    return before.endswith(g.POSSESSIVE_ENDS) or before in g.ATTRIBUTIVE_MARKERS


def _degree_adverb(word: str) -> bool:
    """A lower-case adverb in "-ly" ("internationally", "widely"), which may stand between
    a determiner and the participle it modifies (not a noun: "the family said")."""
    return (
        word.endswith("ly")
        and word.isalpha()
        and word.islower()
        and len(word) > 4
        and word not in g.LY_NOUNS
    )


def not_a_finding(tokens: list[Token], i: int, j: int) -> bool:
    """`found itself in a jam`, `can be found here`, `were found slain`: "find" reports a
    finding only with a subject and an object that is not reflexive."""
    after = tokens[j][2].lower() if j < len(tokens) else ""
    if after in g.REFLEXIVES:
        return True
    return i > 0 and tokens[i - 1][2].lower() in g.PASSIVE_MARKERS and after not in ("that", "to")


def clause_follows(tokens: list[Token], j: int) -> bool:
    """`… "Sunday Futures," Rep. Issa said Clinton's "judgment" …`: a subject and more
    follow the cue, so it introduces its own content and the quotation before is a title."""
    return (
        j + 2 < len(tokens)
        and tokens[j][2][0].isupper()
        and tokens[j][2] not in g.QUOTES
        and tokens[j][2].lower() not in g.TIME_WORDS
    )


def verb_after_subject(tokens: list[Token], i: int, j: int, cue: Cue) -> bool:
    """`we know`, `experts who note`, `did not know`: a bare form that is as often a noun
    ("a note", "the know-how") is a verb after a personal or relative pronoun, a modal or
    "do"; a raising form also before its infinitive ("they appear to be")."""
    if cue.raising and infinitive(tokens, j, raising=True):
        return True
    if i == 0:
        return False
    before = tokens[i - 1][2].lower()
    return before in g.BARE_VERB_MARKERS or before.endswith(g.NOT_ENDS)


def anonymity_request(tokens: list[Token], i: int, j: int) -> bool:
    """`who asked not to be named`, `requested anonymity`: the request (cue at i) or the
    passive infinitive in it (`to be identified`, cue at i) asks for a name to be kept
    back; neither reports anything."""
    word = tokens[i][2].lower()
    if word in g.ANONYMITY_REQUESTS:
        after = [t[2].lower() for t in tokens[j : j + 4]]
        if after[:1] == ["not"]:
            after = after[1:]
        return after[:1] == ["anonymity"] or (
            after[:2] == ["to", "be"] and len(after) > 2 and after[2] in g.UNNAMED
        )
    if word not in g.UNNAMED or i < 3 or tokens[i - 1][2] != "be" or tokens[i - 2][2] != "to":
        return False
    return any(t[2].lower() in g.ANONYMITY_REQUESTS for t in tokens[max(0, i - 4) : i - 2])


def modified_noun(tokens: list[Token], i: int, surface: str, lemma: str) -> bool:
    """`no immediate claim of`, `any official comment.`: a bare form after "no"/"any"
    and one modifier, with a preposition or punctuation after it, is a noun; a plural
    between allows a verb (`no rebels claim`), and so do "no one", "no longer"."""
    if i < 2 or tokens[i - 2][2] not in g.SINGULAR_QUANTIFIERS or surface.lower() != lemma:
        return False
    modifier = tokens[i - 1][2]
    return (
        modifier.isalpha()
        and modifier.islower()
        and not modifier.endswith("s")
        and modifier not in g.NOT_MODIFIERS
        and (i + 1 >= len(tokens) or tokens[i + 1][2].lower() in g.NOUN_FOLLOWERS)
    )


def quoted_word(tokens: list[Token], closing: int) -> bool:
    """`"medium"`: one lower-case word with quote marks glued on both sides, the closing
    mark at token `closing` (a quoted term, no quotation)."""
    return (
        closing > 1
        and tokens[closing][2] in g.QUOTE_SET
        and tokens[closing - 2][2] in g.QUOTE_SET
        and tokens[closing - 1][2].islower()
        and tokens[closing - 2][1] == tokens[closing - 1][0]
        and tokens[closing - 1][1] == tokens[closing][0]
    )


def _quoted_modifier(tokens: list[Token], i: int) -> bool:
    """`the "reform" plans`: a quoted word after a determiner modifies the noun at i (a
    verb would need a subject before it)."""
    return quoted_word(tokens, i - 1) and tokens[i - 4][2].lower() in g.DETERMINERS


def _question_word(word: str) -> bool:
    """ "question", "questions": the noun that pairs with "answer" ("questions and answers")."""
    return word.lower() in ("question", "questions")


def left_open(tokens: list[Token], i: int, j: int, cue: Cue) -> bool:
    """`did not say how many were killed`, `would not specify how much was paid`: a
    negated verb of telling before an unstated count reports no figure, only that none
    was given (a question of what or when left open is still annotated as a report);
    the caller has seen "how" at j."""
    return (
        cue.lemma in g.UNTOLD_LEMMAS
        and tokens[j + 1][2] in ("many", "much")
        and _negated_before(tokens, i)
    )


def _negated_before(tokens: list[Token], i: int) -> bool:
    """Whether a negation stands among the auxiliaries and adverbs right before token i."""
    for token in tokens[max(0, i - 4) : i][::-1]:
        word = token[2].lower()
        if negated(word):
            return True
        if word not in g.AUXILIARIES and word != "yet" and not word.endswith("ly"):
            return False
    return False


def unverified(tokens: list[Token], i: int) -> bool:
    """`Reuters could not verify the figures`, `The claim could not be independently
    confirmed` (a cue of checking, at i): a negated verification of a thing states
    nothing; it is the writer's hedge."""
    if i + 1 < len(tokens) and tokens[i + 1][2].lower() in g.CLAUSE_OPENERS:
        return False  # "would not confirm whether …" reports what was left open
    return _negated_before(tokens, i)
