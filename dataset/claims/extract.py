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
- a speaker line `Obama: CONTENT` (method `speaker_colon`);
- a fronted cue `Said X, "CONTENT"` / `Wrote X:` and a quoted paragraph;
- a paragraph that is one quotation, right after a paragraph reporting X's words
  indirectly: X's own claim (method `quote_paragraph`);
- raising, with nobody cited: `Kabul appears to be safe`, `Talks are expected to fail`
  (method `raised`, no claimant).

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
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
from dataclasses import dataclass

from dataset.claims import grammar as g
from dataset.claims.claimants import ClaimantResolver
from dataset.claims.lexicon import Cue, load_lexicon
from dataset.claims.params import ClaimParams
from dataset.claims.quantities import extract_quantities
from dataset.claims.scan import WordScanner
from dataset.text.sentences import sentence_spans, straightened_splits_alike

Token = tuple[int, int, str]


@dataclass(slots=True)
class Draft:
    """A claim before ids, kinds and keys: spans into the article plus the rule used."""

    start: int
    end: int
    claimant: tuple[int, int] | None
    cue: tuple[int, int]
    cue_info: Cue | None
    method: str
    confidence: float
    quoted: bool = False


def _one_quote(match: re.Match[str]) -> str:
    return ' "' if match.group(1) else '" '


class Article:
    """One article's text with lazily tokenised sentences and paragraph starts."""

    def __init__(self, text: str) -> None:
        # Two apostrophes as a quotation mark (''…'') become one '"' plus a space (before
        # an opening word, after a closing one) so offsets do not move and sentences split.
        self.text = g.TWO_APOSTROPHES.sub(_one_quote, text) if "''" in text else text
        # Curly double quotes become straight ones (same length): writers mix the two
        # ("“Yes," he said), so only the parity of marks on a line says which is opening.
        curly = "“" in text or "”" in text
        if curly:
            self.text = self.text.translate(g.DOUBLE_QUOTES)
        # Quotes straightened alone often split as written: then the spans are the ones the
        # entities stage has computed for `text` already (a cache hit).
        alike = curly and "''" not in text and straightened_splits_alike(text)
        self.spans = sentence_spans(text if alike else self.text)
        self.starts = [s for s, _ in self.spans]
        self._tokens: dict[int, list[Token]] = {}

    def sentence_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def tokens(self, index: int) -> list[Token]:
        if index not in self._tokens:
            self._tokens[index] = _tokenise(self.text, *self.spans[index])
        return self._tokens[index]

    def paragraph_start(self, offset: int) -> int:
        """Start of the line holding `offset`: a quotation never crosses a line break."""
        return self.text.rfind("\n", 0, offset) + 1

    def paragraph_end(self, offset: int) -> int:
        found = self.text.find("\n", offset)
        return len(self.text) if found < 0 else found


def _tokenise(text: str, start: int, end: int) -> list[Token]:
    """`g.TOKEN`'s matches in text[start:end] as (start, end, word).

    Every non-space character belongs to some token, so each match of "spaces, then a
    token" ends where the token ends, and the offsets are running sums of the matches'
    lengths: C-level loops instead of three method calls per match object.
    """
    chunks = _SPACE_TOKEN.findall(text, start, end)
    ends = list(itertools.accumulate(map(len, chunks), initial=start))
    del ends[0]
    words = list(map(str.lstrip, chunks))
    return list(zip(map(operator.sub, ends, map(len, words)), ends, words, strict=True))


_WORD = re.compile(r"[A-Za-z]+")
_SPACE_TOKEN = re.compile(r"\s*(?:" + g.TOKEN.pattern + ")")
_TOKEN_START = operator.itemgetter(0)


def _token_index(tokens: list[Token], offset: int) -> int:
    return bisect.bisect_left(tokens, offset, key=_TOKEN_START)


def _mentions(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words`: a C-speed substring test that skips a
    whole-text regex scan whose every match contains one of them."""
    return any(word in text for word in words)


def _skip_left(tokens: list[Token], k: int) -> int:
    """Index of the last token of the claimant: skip auxiliaries and adverbs before a cue."""
    while k >= 0:
        word = tokens[k][2]
        lower = word.lower()
        if (
            lower in g.AUXILIARIES
            or lower.endswith(("n't", "n’t"))
            or (lower.endswith("ly") and word.islower() and len(word) > 3)
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
        else:
            break
    return k


def _left_boundary(tokens: list[Token], k: int, limit: int) -> int:
    """Index of the token that closes the clause before the claimant (-1: sentence start)."""
    b = k
    while b >= 0 and k - b < limit + 6:
        word = tokens[b][2]
        if word in g.BOUNDARY_PUNCT or word.lower() in g.CLAUSE_WORDS:
            if word.lower() in g.RELATIVES and b == k:
                return b - 1  # "…, who said": the relative pronoun is the claimant
            return b
        b -= 1
    return b


def _is_terminal(tokens: list[Token], j: int, cue: Cue | None) -> bool:
    """True when what follows the cue cannot be its content (`…, he said on Friday.`)."""
    if j >= len(tokens):
        return True
    if cue is not None and cue.takes_listener:
        while j < len(tokens) and (
            tokens[j][2][0].isupper() or tokens[j][2].lower() in g.LISTENERS
        ):
            j += 1
        if j >= len(tokens):
            return True
    word = tokens[j][2]
    if _infinitive(tokens, j):
        return False  # "prefer to back a winner", "called Ginsburg to resign"
    if word in (",", ":") and j + 1 < len(tokens) and tokens[j + 1][2] in g.QUOTES:
        return False  # `said, "…"`: a quotation follows
    if word.lower() in g.AFTER_CUE_ADJUNCTS:
        # "said on Friday that …": the adjunct comes before content after all.
        for n in range(j + 1, min(j + 24, len(tokens))):
            if tokens[n][2].lower() == "that" or (
                tokens[n][2] in (",", ":") and n + 1 < len(tokens) and tokens[n + 1][2] in g.QUOTES
            ):
                return False
            if tokens[n][2] in g.HARD_OR_QUOTE:
                break
        return True
    return word in g.TERMINAL_PUNCT


def _infinitive(tokens: list[Token], j: int, raising: bool = False) -> bool:
    """`to` plus a verb-like word (lower case, not a determiner or listener); "to be" only
    after a raising cue ("appears to be"), not as content of a report ("told to be …")."""
    if j + 1 >= len(tokens) or tokens[j][2] != "to":
        return False
    word = tokens[j + 1][2]
    if raising and word == "be":
        return True
    return word.isalpha() and word.islower() and word not in g.NOT_INFINITIVE


def _content_start(tokens: list[Token], j: int, cue: Cue, params: ClaimParams) -> int | None:
    """Token index where content after a cue begins, or None when nothing follows."""
    if j >= len(tokens):
        return None
    if tokens[j][2] in (",", ":", "—", "–"):
        j += 1
    window = tokens[j : j + params.max_that_distance]
    first = window[0][2].lower() if window else ""
    if first == "that":
        return j
    # A "that" further on opens the content after a listener or an adjunct (the window is
    # lower-cased only then).
    if window and (
        cue.takes_listener
        or first in g.AFTER_CUE_ADJUNCTS
        or first in g.LISTENERS
        or window[0][2][0].isupper()
    ):
        words = [t[2].lower() for t in window]
        if "that" in words:
            cut = words.index("that")
            if "," not in words[:cut] or first in g.AFTER_CUE_ADJUNCTS:
                return j + cut
    if cue.takes_listener:
        listener = j
        while j < len(tokens) and (
            tokens[j][2].lower() in g.LISTENERS
            or (tokens[j][2][0].isupper() and tokens[j][2] not in g.QUOTES)
        ):
            j += 1
        if j > listener and j < len(tokens) and tokens[j][2] == "of":
            return listener  # "accused Clinton of lying": the object is part of the content
    if _infinitive(tokens, j):
        return j  # "vowed to retake the city": an intention, content with its "to"
    while j < len(tokens) - 1 and tokens[j][2].lower() in g.TIME_WORDS:
        j += 1  # "said Thursday the …"
    if j < len(tokens) and tokens[j][2].lower() in g.PREPOSITIONS:
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
            if tokens[n][2] in g.HARD_PUNCT:
                break
        return None
    return j if j < len(tokens) else None


def _parenthetical(tokens: list[Token], k: int, limit: int) -> tuple[int, int] | None:
    """`Trump - who said … - said`, `Hedge, who appraises …, said`: the noun phrase before.

    k is the punctuation closing the aside. The clause starts after hard punctuation (or a
    quotation closed by its comma); its first comma/dash/bracket-free stretch that is not
    an introductory phrase ("On Friday,") is the claimant.
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
    start = lo + 1
    while start < k:
        end = start
        while end < k and tokens[end][2] not in g.PAREN_OPENERS:
            end += 1
        first = tokens[start][2]
        lower = first.lower()
        if end == k or lower in g.PREPOSITIONS or lower in g.CLAUSE_WORDS:
            start = end + 1  # an introductory phrase: "In separate interviews, …"
            continue
        if end - start > limit or not (first[0].isupper() or lower in g.DETERMINERS):
            return None
        aside = tokens[end + 1][2]
        if not (aside[0].isupper() or aside[0].isdigit() or aside.lower() in g.ASIDE_OPENERS):
            return None  # "Taxes will rise, it said": no aside between
        return start, end
    return None


def _has_speech(tokens: list[Token], start: int, end: int) -> bool:
    """Whether tokens[start:end] hold a form of "say"/"tell" or "according"."""
    for token in tokens[start:end]:
        word = token[2]
        if word == "according" or word.lower() in g.SPEECH_FORMS:
            return True
    return False


def _not_a_subject(word: str) -> bool:
    lower = word.lower()
    return lower in g.PREPOSITIONS or (lower.endswith("ing") and lower not in g.ING_NOUNS)


def _trailing_name(tokens: list[Token], source: tuple[int, int]) -> tuple[int, int]:
    """The name or pronoun that ends a claimant led by a phrase; else the claimant."""
    first, end = source
    if tokens[end - 1][2].lower() in g.PRONOUNS:
        return end - 1, end
    n = end
    while n > first + 1 and (tokens[n - 1][2][0].isupper() or tokens[n - 1][2] == "."):
        n -= 1
    return (n, end) if n < end and tokens[n][2][0].isupper() else source


def _past_form(word: str) -> bool:
    """A past-tense verb form ("issued", "said") is never a noun after "another"/"the"."""
    return word.endswith("ed") or word in g.IRREGULAR_PAST


def _subject(tokens: list[Token], limit: int) -> tuple[int, int] | None:
    """The sentence-initial noun phrase ("Taliban militants …"), as a token range."""
    i = 0
    while i < len(tokens) and tokens[i][2] in g.QUOTES:
        i += 1
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
            and not _past_form(word)
        ):
            i += 1
            if lower.endswith("s"):
                break  # plural head noun: "militants", "officials"
        else:
            break
    if i == first:
        return None
    while i > first and tokens[i - 1][2].lower() in g.DETERMINERS_OR_OF:
        i -= 1
    return (first, i) if i > first else None


class ClaimFinder:
    """Turns one article into claim drafts; one instance per article."""

    def __init__(self, text: str, params: ClaimParams) -> None:
        self.article = Article(text)
        self.params = params
        self.lexicon = load_lexicon(params.cue_lexicon, tuple(params.disabled_cues))

    # -- quotations -------------------------------------------------------------------
    def _is_opening(self, pos: int) -> bool:
        char = self.article.text[pos]
        if char in g.OPEN_QUOTES:
            return True
        if char in g.CLOSE_QUOTES:
            return False
        start = self.article.paragraph_start(pos)
        return self.article.text.count(char, start, pos) % 2 == 0

    def _inside_quote(self, pos: int) -> bool:
        """True when `pos` lies inside a quotation that closes later on its line, or that
        runs on into the next paragraph (see `_runs_on`)."""
        text = self.article.text
        start = self.article.paragraph_start(pos)
        if text.count('"', start, pos) % 2 == 1:
            end = self.article.paragraph_end(pos)
            return text.find('"', pos, end) >= 0 or self._runs_on(end)
        return False

    def _runs_on(self, paragraph_end: int) -> bool:
        """A quotation left open at a paragraph's end continues when the next paragraph
        opens with a quote mark: news style repeats the opening mark, never the closing."""
        text = self.article.text
        at = _after_space(text, paragraph_end)
        return at < len(text) and text[at] == '"'

    def _quote_end(self, opening: int) -> int | None:
        """Where the quotation opened at `opening` ends: its closing mark, or the end of
        its paragraph when it runs on into the next one unclosed."""
        closing = self._closing_after(opening)
        if closing is not None or self.article.text[opening] != '"':
            return closing
        end = self.article.paragraph_end(opening)
        if end - opening > self.params.max_quote_chars or not self._runs_on(end):
            return None
        return _strip(self.article.text, opening + 1, end)[1]

    def _resume(self, draft: Draft, after: int, limit: int) -> Draft:
        """`"A," he said, "B."`: a quotation resumed after the cue, in the same sentence."""
        if not self._speaks(draft):
            return draft
        text = self.article.text
        for probe in range(after, limit):
            if text[probe] in g.QUOTE_CHARS and text[probe] != "'":
                if self._is_opening(probe) and not self._new_report(after, probe):
                    closing = self._quote_end(probe)
                    if closing is not None:
                        draft.end = closing
                break
        return draft

    def _new_report(self, start: int, end: int) -> bool:
        """Words between a cue and a quotation that open a report of their own (`he said,
        adding: "…"`, `said X, who called it "…"`): the quotation is not the cue's."""
        for word in _WORD.findall(self.article.text, start, end):
            lower = word.lower()
            if lower in self.lexicon.forms or lower in g.RELATIVES or lower == "that":
                return True
        return False

    def _speaks(self, draft: Draft) -> bool:
        """A quote claim, or content before its cue that opens with a quotation
        (`"The politics are blatant" in the House, he said.`): the speaker's words may go on
        in a quotation after the cue."""
        if draft.quoted:
            return True
        if draft.method not in ("cue_after", "cue_inverted"):
            return False
        text = self.article.text
        at = draft.start - 1 if draft.start > 0 and text[draft.start - 1] == '"' else draft.start
        return text[at] == '"' and self._is_opening(at)

    def _opening_before(self, pos: int) -> int | None:
        """Offset of the quote mark that opens the quotation closed at `pos`."""
        text = self.article.text
        close = text[pos]
        floor = max(self.article.paragraph_start(pos), pos - self.params.max_quote_chars)
        wanted = g.PAIRS.get(close, close)
        found = text.rfind(wanted, floor, pos)
        return found if found >= 0 else None

    def _closing_after(self, pos: int) -> int | None:
        text = self.article.text
        wanted = g.PAIRS_OPEN.get(text[pos], text[pos])
        ceiling = min(self.article.paragraph_end(pos), pos + self.params.max_quote_chars)
        found = text.find(wanted, pos + 1, ceiling)
        return found if found >= 0 else None

    # -- constructions ----------------------------------------------------------------
    def find(self) -> list[Draft]:
        drafts: list[Draft] = []
        for start, end, surface in self.lexicon.cues.finditer(self.article.text):
            if self._inside_quote(start):
                continue  # "I think …" inside a quotation belongs to the quoted speaker
            draft = self._at_cue(start, end, surface)
            if draft is not None:
                drafts.append(draft)
        drafts.extend(self._title_case_headline())
        drafts.extend(self._speaker_colons())
        drafts.extend(self._estimates_put())
        drafts.extend(self._asked())
        drafts.extend(self._in_poll())
        drafts.extend(self._fronted_cues())
        drafts = self._trim_at_tails(drafts)
        drafts = _drop_nested(drafts)
        if self.params.merge_quote_continuations:
            drafts = self._merge_continuations(drafts)
            drafts.extend(self._quoted_paragraphs(drafts))
        return drafts

    def _fronted_cues(self) -> list[Draft]:
        """`Said Ms. Poynter, who grew up there, "We were proud."` / `Stated Stone:` and a
        quoted paragraph: a sentence opened by its cue, the speaker after it."""
        text = self.article.text
        headline = text.find("\n")
        drafts = []
        for index, (start, _end) in enumerate(self.article.spans):
            if start <= headline:
                continue
            word = g.CAPITALISED_WORD.match(text, start)
            if word is None:
                continue
            lower = word.group().lower()
            cue = self.lexicon.forms.get(lower)
            if cue is None or not (_past_form(lower) or lower.endswith("s")):
                continue  # "Support for …", "Note: …": not a finite verb
            tokens = self.article.tokens(index)
            stop = 1
            while stop < len(tokens) and tokens[stop][2] not in g.COMMA_COLON_OR_QUOTE:
                stop += 1
            if stop == 1 or stop - 1 > self.params.max_claimant_tokens or stop >= len(tokens):
                continue
            if not (tokens[1][2][0].isupper() or tokens[1][2].lower() in g.DETERMINERS):
                continue
            source = (1, stop)
            cue_span = (tokens[0][0], tokens[0][1])
            draft = None
            for n in range(stop, len(tokens)):
                mark = tokens[n][2]
                if mark in g.QUOTES and tokens[n - 1][2] in (",", ":"):
                    if self._is_opening(tokens[n][0]):
                        closing = self._quote_end(tokens[n][0])
                        if closing is not None:
                            draft = self._quoted_after_cue(
                                tokens[n][0] + 1, closing, tokens, source, cue, cue_span
                            )
                    break
            if draft is None and tokens[-1][2] == ":":
                draft = self._quote_next_paragraph(tokens, source, cue, cue_span)
            if draft is not None:
                drafts.append(draft)
        return drafts

    def _title_case_headline(self) -> list[Draft]:
        """`Bush Says He Will Run`: cue forms in a title-case first line, matched in lower
        case (the main pass only matches lower-case forms, so "Post" is not a cue)."""
        text = self.article.text
        end = text.find("\n")
        end = len(text) if end < 0 else end
        line = text[:end]
        lowered = line.lower()
        if len(lowered) != len(line) or not g.TITLE_CASE.match(line):
            return []
        drafts = []
        for start, end, _lower in self.lexicon.cues.finditer(lowered):
            surface = line[start:end]
            if surface[0].isupper() and start > 0:
                draft = self._at_cue(start, end, surface)
                if draft is not None:
                    drafts.append(draft)
        return drafts

    def _speaker_colons(self) -> list[Draft]:
        """`Obama: I'm optimistic …`, `SPEAKER: text`: a line led by a short name and a colon."""
        text = self.article.text
        drafts = []
        for colon in g.COLON.finditer(text):
            start = text.rfind("\n", 0, colon.start()) + 1
            speaker = g.SPEAKER.fullmatch(text, start, colon.start())
            if speaker is None or speaker.group().lower() in g.NOT_SPEAKERS:
                continue
            if speaker.group().split()[0].lower() in g.LABEL_VERBS:
                continue
            end = self.article.paragraph_end(colon.end())
            if end - colon.end() < self.params.min_content_chars:
                continue
            if not any(c.isalpha() for c in text[colon.end() : end]):
                continue  # "Clinton: 1,769.": a table row, not a statement
            drafts.append(
                Draft(
                    colon.end(),
                    end,
                    (start, _speaker_end(text, start, colon.start())),
                    (colon.start(), colon.start() + 1),
                    None,
                    "speaker_colon",
                    self.params.confidence_speaker_colon,
                    text[colon.end()] in g.QUOTE_CHARS,
                )
            )
        return drafts

    def _estimates_put(self) -> list[Draft]:
        """`Other estimates have put the toll at 300`: a figure's source "puts" X at Y."""
        text = self.article.text
        drafts = []
        if not _mentions(text, g.ESTIMATE_PUT_WORDS):
            return drafts
        for match in g.ESTIMATE_PUT.finditer(text):
            before = text[match.start() - 1] if match.start() > 0 else " "
            if before.isalnum() or before == "_":
                continue  # inside a word ("recounts"): no \b before the source
            index = self.article.sentence_of(match.start())
            tokens = self.article.tokens(index)
            i = _token_index(tokens, match.start("cue"))
            j = _token_index(tokens, match.end("cue"))
            if i >= len(tokens) or j >= len(tokens) or tokens[i][0] != match.start("cue"):
                continue
            if not any(t[2] == "at" for t in tokens[j + 1 :]):
                continue  # "put" without "at": not a figure placed at a value
            k = _skip_left(tokens, i - 1)
            b = _left_boundary(tokens, k, self.params.max_claimant_tokens)
            if k <= b:
                continue
            drafts.append(
                Draft(
                    tokens[j][0],
                    tokens[-1][1],
                    self._span(tokens, (b + 1, k + 1)),
                    (match.start("cue"), match.end("cue")),
                    None,
                    "cue_before",
                    self.params.confidence_cue_before,
                )
            )
        return drafts

    def _asked(self) -> list[Draft]:
        """`Asked whether X, Y said …` / `When asked if X, …`: the question is the content
        of a report with no subject (a by-agent, when given, is the claimant)."""
        text = self.article.text
        drafts = []
        if not _mentions(text, g.ASKED_WORDS):
            return drafts
        for match in g.ASKED.finditer(text):
            if match.start() > 0 and text[match.start() - 1].isalnum():
                continue  # "masked"
            start = match.start()
            if text[start] == "a" and not (
                start >= 5 and text.startswith(("when ", "When "), start - 5)
            ):
                continue  # lower-case "asked" only after "when"; else the main pass reads it
            tokens = self.article.tokens(self.article.sentence_of(match.start()))
            i = _token_index(tokens, match.start())
            if i >= len(tokens) or tokens[i][0] != match.start():
                continue
            lead = i - 1 if i > 0 and tokens[i - 1][2].lower() == "when" else i
            opens = lead == 0 or tokens[lead - 1][2] in (",", *g.QUOTES)
            if not opens and not (lead == 1 and tokens[0][2].lower() in ("and", "but")):
                continue  # "Trump asked …" has a subject: the main pass reads it
            source = None
            j = i + 1
            if j + 1 < len(tokens) and tokens[j][2] == "by":
                end = j + 1
                while (
                    end < len(tokens)
                    and end - j < 6
                    and tokens[end][2].lower() not in g.QUESTION_OPENERS
                    and tokens[end][2] not in g.HARD_OR_COMMA
                    and not _infinitive(tokens, end)
                ):
                    end += 1
                source = (j + 1, end) if end > j + 1 else None
                j = end
            begin = None
            for n in range(j, min(j + 8, len(tokens))):
                word = tokens[n][2].lower()
                if word in g.QUESTION_OPENERS or _infinitive(tokens, n):
                    begin = n
                    break
                if tokens[n][2] in g.HARD_OR_COMMA:
                    break
            if begin is None:
                continue
            quoted = False
            stop = len(tokens)
            for n in range(begin, len(tokens)):
                word = tokens[n][2]
                if word == "," and (
                    not quoted or (n + 1 < len(tokens) and tokens[n + 1][2] in g.QUOTES)
                ):
                    stop = n  # `whether X "has the integrity,"`: a comma closing a quote ends
                    break
                if word in g.QUOTES:
                    quoted = not quoted
            if stop <= begin:
                continue
            drafts.append(
                Draft(
                    tokens[begin][0],
                    tokens[stop - 1][1],
                    self._span(tokens, source),
                    (match.start(), match.end()),
                    None,
                    "asked",
                    self.params.confidence_cue_before,
                )
            )
        return drafts

    def _poll_sentence_matches(self) -> list[re.Match[str]]:
        """`IN_POLL` matches, searched only in sentences that name a poll or survey (the
        pattern is costly to try at every "in")."""
        text = self.article.text
        seen: set[int] = set()
        matches = []
        if not _mentions(text, g.POLL_WORDS):
            return matches
        for word in g.POLL_WORD.finditer(text):
            if word.start() > 0 and text[word.start() - 1].isalnum():
                continue  # "exit-poll" is a word; "pollster" is not matched ("s?\b")
            index = self.article.sentence_of(word.start())
            if index in seen:
                continue
            seen.add(index)
            start, end = self.article.spans[index]
            matches.extend(g.IN_POLL.finditer(text, start, end))
        return matches

    def _in_poll(self) -> list[Draft]:
        """`In a CNN poll released Monday, Clinton led by 5 points`: a poll's finding."""
        text = self.article.text
        drafts = []
        for match in self._poll_sentence_matches():
            index = self.article.sentence_of(match.start())
            start, end = self.article.spans[index]
            lead = g.DATELINE_LEAD.match(text, start, match.start())
            before = text[start : match.start()].rstrip()
            if match.start() != (lead.end() if lead else start) and not before.endswith(
                (",", "—", "–")
            ):
                continue  # "Clinton led in a poll, …": the poll is not the sentence's source
            stop = min(end, self.article.paragraph_end(match.end()))
            drafts.append(
                Draft(
                    match.end(),
                    stop,
                    (match.start("source"), match.end("source")),
                    (match.start("cue"), match.end("cue")),
                    None,
                    "in_poll",
                    self.params.confidence_according_to,
                )
            )
        return drafts

    def _at_cue(self, cs: int, ce: int, surface: str) -> Draft | None:
        index = self.article.sentence_of(cs)
        tokens = self.article.tokens(index)
        i = _token_index(tokens, cs)
        j = _token_index(tokens, ce)
        if i >= len(tokens) or tokens[i][0] != cs:
            return None
        if surface[0] in "Aa" and surface.lower().startswith("according"):
            return self._according_to(tokens, i, j, (cs, ce))
        cue = self.lexicon.forms.get(" ".join(surface.split()).lower())
        if cue is None or (
            i > 0 and tokens[i - 1][2].lower() in g.NOUN_MARKERS and not _past_form(surface)
        ):
            return None
        if j < len(tokens) and self.lexicon.forms.get(tokens[j][2].lower()):
            return None  # "reports say": the first word is a noun
        if _noun_use(tokens, i, j) or (not cue.hedging and _attributive(tokens, i, surface)):
            return None
        if cue.lemma == "find" and _not_a_finding(tokens, i, j):
            return None
        if i > 0 and tokens[i - 1][2] in g.COMMA_OR_QUOTE and not cue.nominal:
            # Verbs of saying invert ("…, said X"); "…, criticised X" has X as its object.
            inverted = self._inverted(tokens, i, j, cue, (cs, ce))
            if inverted is not None:
                return inverted
        if (
            j + 1 < len(tokens)
            and tokens[j][2] == "by"
            and i > 0
            and tokens[i - 1][2].lower() in g.PASSIVE_MARKERS
            and _past_form(surface.lower())
        ):
            return self._passive_by(tokens, i, j, (cs, ce), cue)
        if _infinitive(tokens, j, raising=True) and (
            cue.raising
            or (
                i > 0
                and tokens[i - 1][2].lower() in g.PASSIVE_MARKERS
                and _past_form(surface.lower())
            )
        ):
            return self._raised(tokens, i, (cs, ce), cue)
        k = _skip_left(tokens, i - 1)
        b = _left_boundary(tokens, k, self.params.max_claimant_tokens)
        source = (b + 1, k + 1) if k > b else None
        if source and source[1] - source[0] > self.params.max_claimant_tokens:
            source = None
        aside = False
        # "X endorsed Y, saying …": the participle's claimant is X's (see `_cue_before`),
        # not an apposition before the comma.
        participle = k > 0 and tokens[k][2] == "," and surface.endswith("ing")
        shared = participle and (
            self._coordinated_claimant(tokens, k, True) or _clause_subject(tokens, k)
        )
        if source is None and k > 0 and tokens[k][2] in g.PAREN_CLOSERS and not shared:
            found = self._appositive(tokens, k) if tokens[k][2] == "," else None
            source = found or _parenthetical(tokens, k, self.params.max_claimant_tokens)
            if source is not None:
                b, aside = source[0] - 1, True
        if source and _has_speech(tokens, *source):
            return None  # the left context is a clause with its own cue, not a claimant
        after_quote = b >= 0 and tokens[b][2] in g.QUOTES and not self._is_opening(tokens[b][0])
        that_follows = j < len(tokens) and tokens[j][2].lower() == "that"
        # `"…," the nephew of the victim told a TV station`: a quotation closed by its comma
        # is the content, however long the claimant.
        quote_comma = after_quote and b > 0 and tokens[b - 1][2] in (",", "?", "!")
        if _is_terminal(tokens, j, cue) or (
            after_quote
            and source
            and (k - b <= 4 or aside or quote_comma)
            and not that_follows
            and (cue.takes_listener or not _clause_follows(tokens, j))
        ):
            after = self._cue_after(tokens, b, source, cue, (cs, ce))
            if after is not None:
                if not after.quoted and j + 1 < len(tokens) and tokens[j][2] == ",":
                    follower = tokens[j + 1][2]
                    if follower.islower() and follower not in self.lexicon.forms:
                        after.end = tokens[-1][1]  # "X, he said, is Y": around the aside
                return after
        return self._cue_before(tokens, b, source, j, cue, (cs, ce), index)

    def _passive_by(self, tokens, i, j, cue_span, cue) -> Draft | None:
        """`The plan was criticised by aid groups`: the subject is what was said about, the
        by-phrase the claimant."""
        end = j + 1
        while end < len(tokens) and end - j <= self.params.max_claimant_tokens:
            word = tokens[end][2]
            if word in g.TERMINAL_OR_QUOTE or word.lower() in g.CLAUSE_WORDS:
                break
            end += 1
        k = i - 1
        while k >= 0 and tokens[k][2].lower() in g.AUXILIARIES:
            k -= 1
        b = _left_boundary(tokens, k, self.params.max_claimant_tokens)
        if end <= j + 1 or k <= b:
            return None
        start, stop = tokens[b + 1][0], tokens[k][1]
        if end + 1 < len(tokens) and tokens[end][2] == "that":
            start, stop = tokens[end][0], tokens[-1][1]  # "was told by X that …"
        return Draft(
            start,
            stop,
            self._span(tokens, (j + 1, end)),
            cue_span,
            cue,
            "cue_passive",
            self.params.confidence_cue_after,
        )

    def _raised(self, tokens, i, cue_span, cue) -> Draft | None:
        """`Kabul appears to be safe`, `The talks are expected to fail`: nobody is cited; the
        content is the subject plus the infinitive (its span covers the cue between)."""
        b = i - 1
        forms = self.lexicon.forms
        while b >= 0:
            word = tokens[b][2].lower()
            if tokens[b][2] in g.BOUNDARY_PUNCT or word in g.CLAUSE_WORDS or word in forms:
                break  # "Officials fear [the dam appears to …]": the clause after the cue
            b -= 1
        if b + 1 >= i:
            return None
        start, end = tokens[b + 1][0], tokens[-1][1]
        return Draft(start, end, None, cue_span, cue, "raised", self.params.confidence_raised)

    def _appositive(self, tokens: list[Token], comma: int) -> tuple[int, int] | None:
        """`Muhammad Babar, a spokesman for the centre, says …`: name plus apposition."""
        first = comma - 1
        while first >= 0 and tokens[first][2] != ",":
            first -= 1
        if first <= 0 or comma - first > self.params.max_claimant_tokens:
            return None
        b = _left_boundary(tokens, first - 1, self.params.max_claimant_tokens)
        if first - b - 1 < 1 or first - b - 1 > 5 or not tokens[b + 1][2][0].isupper():
            return None
        return b + 1, comma + 1

    def _span(self, tokens: list[Token], rng: tuple[int, int] | None) -> tuple[int, int] | None:
        """A claimant's character span, without a relative pronoun that opens its clause."""
        if rng is None or rng[1] <= rng[0]:
            return None
        first, end = rng
        while first < end - 1 and tokens[first][2].lower() in g.RELATIVES:
            first += 1
        return tokens[first][0], tokens[end - 1][1]

    def _before_boundary(self, tokens: list[Token], b: int) -> tuple[int, int, bool] | None:
        """Content that ends at boundary token b: a quotation, or the clause before a comma."""
        if b < 0:
            return None
        mark = tokens[b]
        if mark[2] in g.QUOTES and not self._is_opening(mark[0]):
            opening = self._opening_before(mark[0])
            if opening is None:
                return None
            return self._quote_in_sentence(tokens, opening, mark[0])
        if mark[2] not in (",", "—", "–", ";", ":"):
            return None
        if b > 0 and tokens[b - 1][2] in g.QUOTES and not self._is_opening(tokens[b - 1][0]):
            opening = self._opening_before(tokens[b - 1][0])
            if opening is not None:
                return self._quote_in_sentence(tokens, opening, tokens[b - 1][0])
        start = tokens[0][0]
        if g.DATELINE.fullmatch(self.article.text, start, mark[0]):
            return None  # "WASHINGTON (AP) — Trump called on …": a dateline, not content
        lead = g.DATELINE_LEAD.match(self.article.text, start, mark[0])
        return (lead.end() if lead else start), mark[0], False

    def _quote_in_sentence(
        self, tokens: list[Token], opening: int, closing: int
    ) -> tuple[int, int, bool]:
        """`He "made a mistake," X said`: a quotation that ends a longer sentence is part of
        the content, which then starts with the sentence."""
        first = tokens[0][0]
        if opening > first and g.WORD_PAIR.search(self.article.text, first, opening):
            return first, closing, True
        return opening + 1, closing, True

    def _cue_after(self, tokens, b, source, cue, cue_span) -> Draft | None:
        content = self._before_boundary(tokens, b)
        confidence = self.params.confidence_cue_after
        method = "cue_after"
        if content is None and b >= 0 and tokens[b][2] in g.QUOTES and source:
            # An unclosed quotation running into its speaker: `"I will not … Biden said.`
            speaker = source[1] - 1
            while speaker > source[0] and tokens[speaker - 1][2][0].isupper():
                speaker -= 1
            if tokens[speaker][2][0].isupper() or tokens[speaker][2].lower() in g.PRONOUNS:
                content = (tokens[b][1], tokens[speaker][0], True)
                source = (speaker, source[1])
                method, confidence = "quote_unclosed", self.params.confidence_quote
        if content is None and b < 0 and source:
            # `"… missing." Trump said.`: a sentence that is only its speaker and cue
            bare = (
                tokens[-1][1] - cue_span[1] <= 1 and len(tokens) <= self.params.max_claimant_tokens
            )
            content = self._quote_before_sentence(tokens[0][0], bare)
        if content is None or source is None:
            return None
        head = tokens[source[0]][2].lower()
        if not content[2] and (head in g.PREPOSITIONS or head in g.NOT_NOUNS):
            return None  # "… of Houston learned": not a noun phrase before the cue
        opener = tokens[0][2].lower()
        if not content[2] and (
            ((opener in g.PREPOSITIONS or opener in g.SUBORDINATORS) and b < 12) or b < 4
        ):
            return None  # "On Sunday, X called …", "Even then, X insisted …": an intro phrase
        start, end, quoted = content
        draft = Draft(
            start, end, self._span(tokens, source), cue_span, cue, method, confidence, quoted
        )
        return self._resume(draft, cue_span[1], tokens[-1][1])

    def _quote_before_sentence(self, start: int, bare: bool) -> tuple[int, int, bool] | None:
        """`"Why me?" Trump said.`: a quotation ending in ?/! closes the sentence before."""
        text = self.article.text
        end = start
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end < 2 or text[end - 1] not in g.QUOTE_CHARS or text[end - 2] not in "?!.":
            return None
        if text[end - 2] == "." and text[end - 1] in '"”' and not bare:
            return None  # a finished quotation then a new sentence: not this speaker's
        close = end - 1
        if self._is_opening(close):
            return None
        opening = self._opening_before(close)
        return None if opening is None else (opening + 1, close, True)

    def _inverted(self, tokens, i, j, cue, cue_span) -> Draft | None:
        """`CONTENT, said X.` / `"CONTENT," says X` / `CONTENT, reports BBC.`"""
        if j >= len(tokens) or tokens[i][2].endswith("ing"):
            return None  # "…, saying X": a participle, its subject is the sentence's
        first = tokens[j][2]
        after_quote = tokens[i - 1][2] in g.QUOTES
        if first in g.QUOTES or not (
            first[0].isupper()
            or first.lower() in g.DETERMINERS
            or (after_quote and first.isalpha() and first not in g.NOT_NOUNS_OR_PREPOSITIONS)
        ):
            return None  # `"…," said spokesman John Kirby`: a title may open the name
        end = j
        while end < len(tokens) and tokens[end][2] not in g.TERMINAL_OR_QUOTE:
            end += 1
        if end - j > self.params.max_claimant_tokens:
            return None  # "…, says Ali would attend …": not an inverted claimant
        content = self._before_boundary(tokens, i - 1)
        if content is None:
            return None
        start, stop, quoted = content
        if not quoted and (
            any(t[2].lower() in g.NOT_NOUNS for t in tokens[j:end])
            or _parenthetical(tokens, i - 1, self.params.max_claimant_tokens) is not None
        ):
            return None  # "Cecil, a strategist, said the group might …": a clause follows
        claimant = self._span(tokens, (j, end))
        draft = Draft(
            start,
            stop,
            claimant,
            cue_span,
            cue,
            "cue_inverted",
            self.params.confidence_cue_after,
            quoted,
        )
        return self._resume(draft, claimant[1] if claimant else cue_span[1], tokens[-1][1])

    def _quote_next_paragraph(self, tokens, source, cue, cue_span) -> Draft | None:
        """`He told the audience:` and a quotation opening the next paragraph."""
        text = self.article.text
        at = _after_space(text, tokens[-1][1])
        if at >= len(text) or text[at] not in g.QUOTE_CHARS or not self._is_opening(at):
            return None
        closing = self._closing_after(at)
        end = closing if closing is not None else self.article.paragraph_end(at)
        return self._quoted_after_cue(at + 1, end, tokens, source, cue, cue_span)

    def _quoted_after_cue(self, start, end, tokens, source, cue, cue_span) -> Draft:
        """The quotation a fronted or colon-ended cue introduces, as its content."""
        return Draft(
            start,
            end,
            self._span(tokens, source),
            cue_span,
            cue,
            "cue_before",
            self.params.confidence_cue_before,
            True,
        )

    def _cue_before(self, tokens, b, source, j, cue, cue_span, index) -> Draft | None:
        begin = _content_start(tokens, j, cue, self.params)
        if tokens[-1][2] == ":" and source is not None:
            # `He released the following statement:` and a quoted paragraph: the quotation
            # is the content, not the object before the colon.
            after = self._quote_next_paragraph(tokens, source, cue, cue_span)
            if after is not None or begin is None:
                return after
        if begin is None:
            return None
        confidence = self.params.confidence_cue_before
        method = "cue_before"
        if source is None:
            if b >= 0 and tokens[b][2].lower() in g.PASSIVE_MARKERS:
                source = None  # "it is believed that …": no claimant
            else:
                participle = b >= 0 and tokens[b][2] == "," and tokens[b + 1][2].endswith("ing")
                source = self._coordinated_claimant(tokens, b, participle)
                if source is None and participle:
                    source = _clause_subject(tokens, b)
                if source is None:
                    source = _subject(tokens, self.params.max_claimant_tokens)
                if source is None or b < 0 or source[1] > b:
                    return None
                confidence = self.params.confidence_subject_fallback
                method = "cue_before_subject"
        elif _not_a_subject(tokens[source[0]][2]):
            source = _trailing_name(tokens, source)  # "In an interview Trump said …"
        start = tokens[begin][0]
        end = min(tokens[-1][1], self.article.paragraph_end(start))  # a line ends content
        if _subordinate_report(tokens, b):
            end = min(end, _clause_end(tokens, begin))
        quoted = False
        text = self.article.text
        if tokens[begin][2] in g.QUOTES and self._is_opening(start):
            closing = self._closing_after(start)
            if closing is not None and (closing >= end - 2 or text[closing - 1] == ","):
                # may run over sentences; `said, "We'll see," when asked …` ends at the quote
                start, end, quoted = start + 1, closing, True
        if (
            not quoted
            and cue.nominal
            and tokens[begin][2].lower() != "that"
            and tokens[begin][2] != "to"
        ):
            end = min(end, _phrase_end(tokens, begin))  # "endorsed Trump, providing …"
        elif not quoted and tokens[begin][2] == "to":
            end = min(end, _clause_end(tokens, begin))  # "vowed to repeal X, a law that …"
        elif not quoted and text.count('"', start, end) % 2 == 1:
            # `said that "only X can win. Y can't."`: a quotation opened in the content
            # runs to its closing mark, across sentences.
            opening = text.rfind('"', start, end)
            closing = self._closing_after(opening) if self._is_opening(opening) else None
            if closing is not None:
                end = closing
        if not quoted and g.COORDINATED_CLAUSE.search(text, start, end):
            end = min(end, _coordinated_clause(tokens, begin, end))
        return (
            Draft(start, end, self._span(tokens, source), cue_span, cue, method, confidence, quoted)
            if end > start and text[start:end].strip()
            else None
        )

    def _coordinated_claimant(
        self, tokens: list[Token], b: int, participle: bool = False
    ) -> tuple[int, int] | None:
        """`On Sunday, Rubio thanked Miami and said …` (or `…, saying …`): the second verb
        shares the first report's claimant, found left of the nearest earlier cue."""
        if b <= 0 or not (participle or tokens[b][2].lower() in ("and", "but")):
            return None
        for n in range(b - 1, 0, -1):
            if tokens[n][2] in g.HARD_PUNCT:
                return None
            if tokens[n][2] in self.lexicon.forms and not self._inside_quote(tokens[n][0]):
                k = _skip_left(tokens, n - 1)
                left = _left_boundary(tokens, k, self.params.max_claimant_tokens)
                if k > left and k - left <= self.params.max_claimant_tokens:
                    return left + 1, k + 1
                return None
        return None

    def _according_to(self, tokens, i, j, cue_span) -> Draft | None:
        end = j
        while end < len(tokens) and tokens[end][2] not in g.TERMINAL_OR_QUOTE:
            end += 1
        source = (j, min(end, j + self.params.max_claimant_tokens))
        if source[1] <= source[0]:
            return None
        k = i - 1
        while k >= 0 and tokens[k][2].lower() in g.CLAUSE_WORDS:
            k -= 1
        if k < 0:
            if end + 1 >= len(tokens):
                return None
            start, stop = tokens[end + 1][0], tokens[-1][1]
        else:
            content = self._before_boundary(tokens, k if tokens[k][2] in ",—–" else -1)
            if content is None:
                start, stop = tokens[0][0], tokens[k][1]
            else:
                start, stop = content[0], content[1]
            if (content is None or not content[2]) and _continues(tokens, end):
                # "Since November, according to HRW, forces have killed …": the aside sits
                # inside the content, which runs on to the sentence end.
                stop = tokens[-1][1]
        return Draft(
            start,
            stop,
            self._span(tokens, source),
            cue_span,
            None,
            "according_to",
            self.params.confidence_according_to,
        )

    # -- whole-article passes ---------------------------------------------------------
    def _trim_at_tails(self, drafts: list[Draft]) -> list[Draft]:
        """Content that runs over a later attribution (`…, according to X`) stops there."""
        tails = sorted(
            d.end for d in drafts if d.method in ("cue_after", "cue_inverted", "according_to")
        )
        tails += [d.cue[0] for d in drafts if d.method == "according_to"]
        # "A said X and B said Y": X stops where the next report (its claimant) begins.
        reports = [d for d in drafts if not d.quoted and d.method != "raised"]
        tails += [d.claimant[0] if d.claimant else d.cue[0] for d in reports]
        tails += [d.cue[0] for d in reports]
        tails.sort()
        text = self.article.text
        for draft in drafts:
            if draft.quoted or not draft.method.startswith(("cue_before", "raised")):
                continue
            at = bisect.bisect_right(tails, draft.start)
            while at < len(tails) and tails[at] < draft.end:
                if g.COORDINATION.search(text, draft.start, tails[at]):
                    draft.end = _drop_conjunction(text, draft.start, tails[at])
                    break
                at += 1
        return drafts

    def _quoted_paragraphs(self, drafts: list[Draft]) -> list[Draft]:
        """A paragraph that is one quotation, with no cue of its own, right after a
        paragraph reporting someone's words indirectly: the same speaker goes on, in a
        claim of its own (`Kerry said the plan would work.` then `"We have the votes."`)."""
        text = self.article.text
        if not drafts or not g.QUOTED_PARAGRAPH.search(text):
            return []
        by_paragraph: dict[int, Draft] = {}
        for draft in sorted(drafts, key=lambda d: d.cue[0]):
            for at in (draft.start, draft.cue[0]):
                by_paragraph[self.article.paragraph_start(at)] = draft
        found = []
        for paragraph, last in sorted(by_paragraph.items()):
            if last.claimant is None or self._speaks(last):
                continue
            end = self.article.paragraph_end(max(last.end, last.cue[1]))
            if self.article.paragraph_start(last.cue[0]) != paragraph:
                continue
            if not self._runs_on(end):
                continue
            at = _after_space(text, end)
            if self.article.paragraph_start(at) in by_paragraph:
                continue  # the quotation has a cue or claim of its own
            closing = self._quote_end(at)
            if closing is None or closing < _strip(text, at, self.article.paragraph_end(at))[1] - 1:
                continue
            found.append(
                Draft(
                    at + 1,
                    closing,
                    last.claimant,
                    last.cue,
                    last.cue_info,
                    "quote_paragraph",
                    self.params.confidence_quote,
                    True,
                )
            )
        return found

    def _merge_continuations(self, drafts: list[Draft]) -> list[Draft]:
        """Fully quoted sentences after a quote claim continue it (same speaker), also in
        the paragraphs that follow (`"A," he said.` then a paragraph `"B. C."`)."""
        if not any(map(self._speaks, drafts)):
            return drafts
        text = self.article.text
        spans = self.article.spans
        by_end = sorted(drafts, key=lambda d: d.end)
        claimed = {self.article.sentence_of(d.start) for d in drafts} | {
            self.article.sentence_of(d.cue[0]) for d in drafts
        }
        for draft in by_end:
            if not self._speaks(draft):
                continue
            index = self.article.sentence_of(max(draft.end, draft.cue[1]))
            paragraph_end = self.article.paragraph_end(max(draft.end, draft.cue[1]))
            paragraphs = self.params.quote_continuation_paragraphs
            while index + 1 < len(spans) and index + 1 not in claimed:
                start = spans[index + 1][0]
                if start > paragraph_end:
                    if paragraphs == 0:
                        break
                    paragraphs -= 1
                    paragraph_end = self.article.paragraph_end(start)
                if text[start] not in g.QUOTE_CHARS or not self._is_opening(start):
                    break
                closing = self._quote_end(start)
                if closing is None:
                    break
                last = self.article.sentence_of(closing)
                if closing < spans[last][1] - 2 or any(
                    n in claimed for n in range(index + 1, last + 1)
                ):
                    break  # the quotation ends inside a sentence, or someone else's
                draft.end = closing
                index = last
        return drafts


NESTING = ("cue_before", "cue_after", "cue_inverted", "speaker_colon", "in_poll", "according_to")


def _drop_nested(drafts: list[Draft]) -> list[Draft]:
    """A report inside the content another cue introduces ("X said Y told Z that …") is
    part of what X said, not a claim of its own (PolNeAR annotates only the outer one).
    A report that opens the content is governed too (`Poll: voters say …`, `Y won, aides
    said`), except a hedged stance before its cue (`X fear Y, reports Z`): the outer
    report then cites the stance, whose hedge researchers filter on. When two reports
    each hold the other's cue, the one whose cue comes first governs. "according to Y"
    inside a report still names its own source, and an "Asked whether …" question is
    the claimant's own; both are kept."""
    outers = sorted((d.start, d.end, d.cue[0]) for d in drafts if d.method.startswith(NESTING))
    kept = []
    for draft in drafts:
        first = min(draft.cue[0], draft.claimant[0] if draft.claimant else draft.cue[0])
        hedged = draft.cue_info is not None and draft.cue_info.hedging
        before = bisect.bisect_right(outers, (first, 1 << 62))  # outers opening up to `first`
        inside = draft.method not in ("according_to", "asked") and any(
            draft.cue[1] <= end
            and (start, end) != (draft.start, draft.end)
            and (start < first or cue < start or not hedged)
            and not (draft.start <= cue < draft.end and draft.cue[0] < cue)
            for start, end, cue in outers[max(0, before - 8) : before]
        )
        if not inside:
            kept.append(draft)
    return kept


def _subordinate_report(tokens: list[Token], b: int) -> bool:
    """`Even as Obama has said that X, his administration …`: a report inside a clause
    that opens the sentence with a subordinator; the main clause follows its comma."""
    first = 1 if tokens and tokens[0][2].lower() == "even" else 0
    return (
        0 <= b <= first + 1
        and first < len(tokens)
        and (tokens[first][2].lower() in g.SUBORDINATORS)
    )


def _clause_end(tokens: list[Token], begin: int) -> int:
    """Offset of the first comma after `begin` outside a quotation (else the sentence end)."""
    quoted = False
    for n in range(begin + 1, len(tokens)):
        word = tokens[n][2]
        if word in g.QUOTES:
            quoted = not quoted
        elif word == "," and not quoted:
            return tokens[n][0]
    return tokens[-1][1]


def _finite_soon(tokens: list[Token], n: int) -> bool:
    """A finite verb (an auxiliary or a past form) within a few words of `n`."""
    for m in range(n, min(n + 4, len(tokens))):
        word = tokens[m][2]
        lower = word.lower()
        if lower in g.PASSIVE_OR_AUXILIARY or (word.islower() and _past_form(word)):
            return True
        if word in g.BOUNDARY_PUNCT:
            return False
    return False


def _coordinated_clause(tokens: list[Token], begin: int, end: int) -> int:
    """`said that it was the case, and he still speaks to them`: a comma, a conjunction and
    a pronoun subject with its verb start the writer's own clause, outside the content."""
    quoted = False
    for n in range(begin + 1, len(tokens) - 3):
        if tokens[n][0] >= end:
            break
        word = tokens[n][2]
        if word in g.QUOTES:
            quoted = not quoted
        elif (
            not quoted
            and word == ","
            and tokens[n + 1][2].lower() in g.CONTRASTS
            and tokens[n + 2][2].lower() in g.SUBJECT_PRONOUNS
            and _finite_soon(tokens, n + 3)
        ):
            return tokens[n][0]
    return end


def _noun_use(tokens: list[Token], i: int, j: int) -> bool:
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
    if lower.endswith(("'s", "’s")):
        return True
    return (
        before.isalpha()
        and before.islower()
        and not lower.endswith("s")
        and lower not in g.NOT_COMPOUND_HEADS
        and lower != "to"
        and not (lower.endswith("ly") and len(lower) > 3)
    )


def _clause_subject(tokens: list[Token], b: int) -> tuple[int, int] | None:
    """`In a speech, Mr. Trump struck a measured tone, saying …`: the participle's subject
    is the main clause's: a pronoun or a run of capitalised words after any introductory
    phrase (one that opens with a preposition or subordinator and ends at a comma)."""
    i = 0
    if tokens and (
        tokens[0][2].lower() in g.PREPOSITIONS or tokens[0][2].lower() in g.SUBORDINATORS
    ):
        while i < b and tokens[i][2] != ",":
            i += 1
        i += 1
    if i >= b:
        return None
    if tokens[i][2].lower() in g.PRONOUNS:
        return i, i + 1
    if tokens[i][2].lower() in g.DETERMINERS:
        return None  # "The ministry …": a common-noun subject, read by `_subject`
    end = i
    while end < b and (tokens[end][2][0].isupper() or (end > i and tokens[end][2] in (".", "of"))):
        end += 1
    if end == i or tokens[end - 1][2] == "of":
        return None
    return (i, end) if tokens[end][2].islower() else None


def _attributive(tokens: list[Token], i: int, surface: str) -> bool:
    """`Trump's reported net worth`, `all reported contributions`, `the number of pledged
    delegates`: a participle after a possessive, a quantifier, a determiner or a
    preposition (not the agent's "by") modifies a noun; it is no report."""
    if i == 0 or not _past_form(surface):
        return False
    before = tokens[i - 1][2].lower()
    return before.endswith(("'s", "’s")) or before in g.ATTRIBUTIVE_MARKERS


def _not_a_finding(tokens: list[Token], i: int, j: int) -> bool:
    """`found itself in a jam`, `can be found here`, `were found slain`: "find" reports a
    finding only with a subject and an object that is not reflexive."""
    after = tokens[j][2].lower() if j < len(tokens) else ""
    if after in g.REFLEXIVES:
        return True
    return i > 0 and tokens[i - 1][2].lower() in g.PASSIVE_MARKERS and after not in ("that", "to")


def _continues(tokens: list[Token], end: int) -> bool:
    """True when a comma closes an aside at `end` and at least three words follow it."""
    return (
        end + 3 < len(tokens)
        and tokens[end][2] == ","
        and tokens[end + 1][2] not in g.QUOTES
        and sum(t[2].isalpha() for t in tokens[end + 1 :]) >= 3
    )


def _clause_follows(tokens: list[Token], j: int) -> bool:
    """`… "Sunday Futures," Rep. Issa said Clinton's "judgment" …`: a subject and more
    follow the cue, so it introduces its own content and the quotation before is a title."""
    return (
        j + 2 < len(tokens)
        and tokens[j][2][0].isupper()
        and tokens[j][2] not in g.QUOTES
        and tokens[j][2].lower() not in g.TIME_WORDS
    )


def _speaker_end(text: str, start: int, end: int) -> int:
    """`Clinton to Planned Parenthood:`, `Mukasey at RNC:`: the speaker ends before the
    word linking it to its audience or venue."""
    link = g.SPEAKER_LINK.search(text, start, end)
    return link.start() if link else end


def _phrase_end(tokens: list[Token], begin: int) -> int:
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
            or _second_predicate(tokens, n)
        ):
            if lower in g.TIME_WORDS and n - 1 > begin and tokens[n - 1][2].lower() in g.TIME_LINKS:
                return tokens[n - 1][0]  # "… ally on Friday": the object ends before "on"
            return tokens[n][0]
        if lower == "to" and n + 1 < len(tokens):
            following = tokens[n + 1][2]
            infinitive = infinitive or (
                following.isalpha() and following.islower() and following not in g.NOT_INFINITIVES
            )
    return tokens[-1][1]


def _second_predicate(tokens: list[Token], n: int) -> bool:
    """`endorsed Trump and has appeared at his side`: "and" opening the claimant's next
    verb phrase (an auxiliary or a past-tense verb follows), not a second object."""
    if tokens[n][2] != "and" or n + 1 >= len(tokens):
        return False
    word = tokens[n + 1][2]
    return word.islower() and (word in g.PASSIVE_OR_AUXILIARY or _past_form(word))


def _drop_conjunction(text: str, start: int, end: int) -> int:
    """End of content cut before a later report: without its joining "and"/"but"."""
    match = g.TRAILING_CONJUNCTION.search(text, start, end)
    return match.start() if match else end


def _after_space(text: str, at: int) -> int:
    """The first offset from `at` that is not whitespace (`len(text)` if none)."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, trailing sentence punctuation and a closing comma from content."""
    while start < end and (text[start].isspace() or text[start] in g.QUOTE_CHARS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in g.TRAILING):
        end -= 1
    return start, end


def _headline_end(text: str, params: ClaimParams) -> int:
    first = text.find("\n\n")
    if first <= 0:
        return 0
    head = text[:first].rstrip()
    if head.endswith((".", "!", "?")) or len(head.split()) > params.max_headline_words:
        return 0
    return first


def _hedge(text: str, spans: list[tuple[int, int]], hedges: WordScanner) -> str | None:
    """The first hedging word (in text order) inside any of the spans."""
    found = [f for f in (hedges.search(text, start, end) for start, end in spans) if f]
    return min(found, key=_FOUND_START)[2] if found else None


_FOUND_START = operator.itemgetter(0)


@functools.lru_cache(maxsize=8)
def _hedge_scanner(hedges: tuple[str, ...]) -> WordScanner:
    return WordScanner(sorted({h.lower() for h in hedges}), re.IGNORECASE)


def _ends_with_determiner(text: str, span: tuple[int, int]) -> bool:
    words = text[span[0] : span[1]].split()
    return bool(words) and words[-1].lower() in ("a", "an", "the")


def _unattributed_estimate(article: Article, draft: Draft) -> Draft:
    """The whole sentence as a report of no one, keeping the (hedging) cue."""
    start, end = article.spans[article.sentence_of(draft.cue[0])]
    while end > start and article.text[end - 1] in ".!?":
        end -= 1
    return dataclasses.replace(
        draft, start=start, end=end, claimant=None, method="unattributed", quoted=False
    )


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


def preload(params: ClaimParams) -> None:
    """Load the cue lexicon in the stage's parent process, before workers fork."""
    load_lexicon(params.cue_lexicon, tuple(params.disabled_cues))


def extract_claims(
    article_id: str, text: str, params: ClaimParams, entities: list[dict]
) -> list[dict]:
    """Claims of one article, sorted by content span, with ids in that order."""
    finder = ClaimFinder(text, params)
    drafts = []
    seen = set()
    for draft in finder.find():
        if draft.claimant and _ends_with_determiner(text, draft.claimant):
            if not (draft.cue_info and draft.cue_info.hedging):
                continue  # "the planned attack", "a ruling": the cue word is a modifier
            # "generating an estimated $20m": the cue word is an adjective here, so the
            # sentence is the publisher's own hedged estimate, attributed to no one.
            draft = _unattributed_estimate(finder.article, draft)
        start, end = _strip(text, draft.start, draft.end)
        if end - start < params.min_content_chars:
            continue
        key = (start, end, draft.claimant)
        if key in seen:
            continue
        seen.add(key)
        draft.start, draft.end = start, end
        drafts.append(draft)
    drafts.sort(key=lambda d: (d.start, d.end, d.cue[0]))
    resolver = ClaimantResolver(text, entities, [d.claimant for d in drafts if d.claimant])
    hedges = _hedge_scanner(tuple(params.hedges))
    headline_end = _headline_end(text, params)
    rows = []
    for n, draft in enumerate(drafts, start=1):
        claimant = text[draft.claimant[0] : draft.claimant[1]] if draft.claimant else None
        spans = [draft.cue, (draft.start, draft.end)]
        if draft.claimant:
            spans.insert(0, draft.claimant)
        hedge = (
            text[draft.cue[0] : draft.cue[1]] if draft.cue_info and draft.cue_info.hedging else None
        )
        hedge = hedge or _hedge(text, spans, hedges)
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
                "kind": _kind(draft, claimant, headline_end),
                "hedged": hedge is not None,
                "hedge": hedge,
                "sentence": finder.article.sentence_of(draft.start),
                "quantities": extract_quantities(text, draft.start, draft.end),
                "method": draft.method,
                "confidence": draft.confidence,
            }
        )
    return rows
