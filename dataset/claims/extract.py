"""Attributed claims by rule: who said what, with which cue, how hedged, what quantities.

The extractor finds reporting cues (a lexicon of verb forms, "according to") in one regex
pass over the article, and only then looks at the sentence around each cue, so its cost
grows with the number of cues rather than the number of words. Around a cue it reads
one of a few constructions common in news prose:

- cue before content: `X (has) said (that) CONTENT`, `X told reporters that CONTENT`;
- cue after content: `CONTENT, X said.`, `"CONTENT," X said on Friday.`,
  inverted `CONTENT, said X.` / `CONTENT, reports BBC.`;
- an unclosed quotation running into its speaker: `"CONTENT Biden said.`;
- `according to X, CONTENT` / `CONTENT, according to X`.

A quotation is followed across sentences, and fully quoted sentences right after a quote
claim continue it. Claims in the headline (first paragraph without sentence punctuation)
get kind `headline`. Entities, when given, only add `claimant_key` (see `claimants.py`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from dataset.claims import grammar as g
from dataset.claims.claimants import ClaimantResolver
from dataset.claims.lexicon import Cue, load_lexicon
from dataset.claims.params import ClaimParams
from dataset.claims.quantities import extract_quantities
from dataset.text.sentences import sentence_spans

Token = tuple[int, int, str]


@dataclass
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


class Article:
    """One article's text with lazily tokenised sentences and paragraph starts."""

    def __init__(self, text: str) -> None:
        # Two apostrophes as a quotation mark (''…'') become '" ' so offsets do not move.
        self.text = text.replace("''", '" ') if "''" in text else text
        self.spans = sentence_spans(text)
        self.starts = [s for s, _ in self.spans]
        self._tokens: dict[int, list[Token]] = {}

    def sentence_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def tokens(self, index: int) -> list[Token]:
        if index not in self._tokens:
            start, end = self.spans[index]
            self._tokens[index] = [
                (m.start(), m.end(), m.group()) for m in g.TOKEN.finditer(self.text, start, end)
            ]
        return self._tokens[index]

    def paragraph_start(self, offset: int) -> int:
        """Start of the line holding `offset`: a quotation never crosses a line break."""
        return self.text.rfind("\n", 0, offset) + 1

    def paragraph_end(self, offset: int) -> int:
        found = self.text.find("\n", offset)
        return len(self.text) if found < 0 else found


def _token_index(tokens: list[Token], offset: int) -> int:
    return bisect.bisect_left([t[0] for t in tokens], offset)


def _skip_left(tokens: list[Token], k: int) -> int:
    """Index of the last token of the claimant: skip auxiliaries and adverbs before a cue."""
    while k >= 0:
        word = tokens[k][2]
        lower = word.lower()
        if lower in g.AUXILIARIES or (lower.endswith("ly") and word.islower() and len(word) > 3):
            k -= 1
        elif lower == "to" and k > 0 and tokens[k - 1][2].islower():
            k -= 2  # "declined to say", "wants to know"
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
    return word in g.TERMINAL_PUNCT or word.lower() in g.AFTER_CUE_ADJUNCTS


def _content_start(tokens: list[Token], j: int, cue: Cue, params: ClaimParams) -> int | None:
    """Token index where content after a cue begins, or None when nothing follows."""
    if j >= len(tokens):
        return None
    if tokens[j][2] in (",", ":", "—", "–"):
        j += 1
    window = tokens[j : j + params.max_that_distance]
    words = [t[2].lower() for t in window]
    if words and words[0] == "that":
        return j + 1
    if "that" in words and (
        cue.takes_listener
        or words[0] in g.AFTER_CUE_ADJUNCTS
        or words[0] in g.LISTENERS
        or window[0][2][0].isupper()
    ):
        cut = words.index("that")
        if "," not in words[:cut] or words[0] in g.AFTER_CUE_ADJUNCTS:
            return j + cut + 1
    if cue.takes_listener:
        while j < len(tokens) and (
            tokens[j][2].lower() in g.LISTENERS
            or (tokens[j][2][0].isupper() and tokens[j][2] not in g.QUOTES)
        ):
            j += 1
    if j < len(tokens) and tokens[j][2].lower() in g.PREPOSITIONS:
        return None
    return j if j < len(tokens) else None


def _subject(tokens: list[Token], limit: int) -> tuple[int, int] | None:
    """The sentence-initial noun phrase ("Taliban militants …"), as a token range."""
    i = 0
    while i < len(tokens) and tokens[i][2] in g.QUOTES:
        i += 1
    first = i
    while i < len(tokens) and i - first < limit:
        word = tokens[i][2]
        lower = word.lower()
        capital = word[0].isupper() and lower not in g.PREPOSITIONS | g.CLAUSE_WORDS
        if capital or (lower in g.DETERMINERS and i == first) or (lower == "of" and i > first):
            i += 1
        elif word.islower() and i > first and lower not in g.NOT_NOUNS and word.isalpha():
            i += 1
            if lower.endswith("s"):
                break  # plural head noun: "militants", "officials"
        else:
            break
    if i == first:
        return None
    while i > first and tokens[i - 1][2].lower() in g.DETERMINERS | {"of"}:
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
        """True when `pos` lies inside a quotation that closes later on its line."""
        text = self.article.text
        start = self.article.paragraph_start(pos)
        opened = text.rfind("“", start, pos)
        if opened >= 0 and text.rfind("”", start, pos) < opened:
            return text.find("”", pos, self.article.paragraph_end(pos)) >= 0
        if text.count('"', start, pos) % 2 == 1:
            return text.find('"', pos, self.article.paragraph_end(pos)) >= 0
        return False

    def _resume(self, draft: Draft, after: int, limit: int) -> Draft:
        """`"A," he said, "B."`: a quotation resumed after the cue, in the same sentence."""
        if not draft.quoted:
            return draft
        text = self.article.text
        for probe in range(after, limit):
            if text[probe] in g.QUOTE_CHARS and text[probe] != "'":
                if self._is_opening(probe):
                    closing = self._closing_after(probe)
                    if closing is not None:
                        draft.end = closing
                break
        return draft

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
        for match in self.lexicon.pattern.finditer(self.article.text):
            if self._inside_quote(match.start()):
                continue  # "I think …" inside a quotation belongs to the quoted speaker
            draft = self._at_cue(match.start(), match.end(), match.group())
            if draft is not None:
                drafts.append(draft)
        drafts = self._trim_at_tails(drafts)
        if self.params.merge_quote_continuations:
            drafts = self._merge_continuations(drafts)
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
        if cue is None or (i > 0 and tokens[i - 1][2].lower() in g.NOUN_MARKERS):
            return None
        if j < len(tokens) and self.lexicon.forms.get(tokens[j][2].lower()):
            return None  # "reports say": the first word is a noun
        if i > 0 and tokens[i - 1][2] in g.TERMINAL_PUNCT[:1] + g.QUOTES:
            inverted = self._inverted(tokens, i, j, cue, (cs, ce))
            if inverted is not None:
                return inverted
        k = _skip_left(tokens, i - 1)
        b = _left_boundary(tokens, k, self.params.max_claimant_tokens)
        source = (b + 1, k + 1) if k > b else None
        if source and source[1] - source[0] > self.params.max_claimant_tokens:
            source = None
        if source and any(t[2].lower() in g.SPEECH_FORMS for t in tokens[source[0] : source[1]]):
            return None  # the left context is a clause with its own cue, not a claimant
        after_quote = b >= 0 and tokens[b][2] in g.QUOTES and not self._is_opening(tokens[b][0])
        if _is_terminal(tokens, j, cue) or (after_quote and source and k - b <= 4):
            after = self._cue_after(tokens, b, source, cue, (cs, ce))
            if after is not None:
                if not after.quoted and j + 1 < len(tokens) and tokens[j][2] == ",":
                    follower = tokens[j + 1][2]
                    if follower.islower() and follower not in self.lexicon.forms:
                        after.end = tokens[-1][1]  # "X, he said, is Y": around the aside
                return after
        if source is None and i > 1 and tokens[i - 1][2] == ",":
            source = self._appositive(tokens, i - 1)
        return self._cue_before(tokens, b, source, j, cue, (cs, ce), index)

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
        if rng is None or rng[1] <= rng[0]:
            return None
        return tokens[rng[0]][0], tokens[rng[1] - 1][1]

    def _before_boundary(self, tokens: list[Token], b: int) -> tuple[int, int, bool] | None:
        """Content that ends at boundary token b: a quotation, or the clause before a comma."""
        if b < 0:
            return None
        mark = tokens[b]
        if mark[2] in g.QUOTES and not self._is_opening(mark[0]):
            opening = self._opening_before(mark[0])
            if opening is None:
                return None
            return opening + 1, mark[0], True
        if mark[2] not in (",", "—", "–", ";", ":"):
            return None
        if b > 0 and tokens[b - 1][2] in g.QUOTES and not self._is_opening(tokens[b - 1][0]):
            opening = self._opening_before(tokens[b - 1][0])
            if opening is not None:
                return opening + 1, tokens[b - 1][0], True
        start = tokens[0][0]
        return start, mark[0], False

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
        if content is None or source is None:
            return None
        start, end, quoted = content
        return Draft(
            start, end, self._span(tokens, source), cue_span, cue, method, confidence, quoted
        )

    def _inverted(self, tokens, i, j, cue, cue_span) -> Draft | None:
        """`CONTENT, said X.` / `"CONTENT," says X` / `CONTENT, reports BBC.`"""
        if j >= len(tokens):
            return None
        first = tokens[j][2]
        if not (first[0].isupper() or first.lower() in g.DETERMINERS) or first in g.QUOTES:
            return None
        end = j
        while end < len(tokens) and tokens[end][2] not in g.TERMINAL_PUNCT + g.QUOTES:
            end += 1
        if end - j > self.params.max_claimant_tokens:
            return None  # "…, says Ali would attend …": not an inverted claimant
        content = self._before_boundary(tokens, i - 1)
        if content is None:
            return None
        start, stop, quoted = content
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

    def _cue_before(self, tokens, b, source, j, cue, cue_span, index) -> Draft | None:
        begin = _content_start(tokens, j, cue, self.params)
        if begin is None:
            return None
        confidence = self.params.confidence_cue_before
        method = "cue_before"
        if source is None:
            if b >= 0 and tokens[b][2].lower() in g.PASSIVE_MARKERS:
                source = None  # "it is believed that …": no claimant
            else:
                source = _subject(tokens, self.params.max_claimant_tokens)
                if source is None or b < 0 or source[1] > b:
                    return None
                confidence = self.params.confidence_subject_fallback
                method = "cue_before_subject"
        start = tokens[begin][0]
        end = tokens[-1][1]
        quoted = False
        text = self.article.text
        if tokens[begin][2] in g.QUOTES and self._is_opening(start):
            closing = self._closing_after(start)
            if closing is not None and closing >= end - 2:
                start, end, quoted = start + 1, closing, True
        return (
            Draft(start, end, self._span(tokens, source), cue_span, cue, method, confidence, quoted)
            if end > start and text[start:end].strip()
            else None
        )

    def _according_to(self, tokens, i, j, cue_span) -> Draft | None:
        end = j
        while end < len(tokens) and tokens[end][2] not in g.TERMINAL_PUNCT + g.QUOTES:
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
        tails += sorted(d.cue[0] for d in drafts if d.method == "according_to")
        tails.sort()
        for draft in drafts:
            if draft.quoted or not draft.method.startswith("cue_before"):
                continue
            at = bisect.bisect_right(tails, draft.start)
            if at < len(tails) and tails[at] < draft.end:
                draft.end = tails[at]
        return drafts

    def _merge_continuations(self, drafts: list[Draft]) -> list[Draft]:
        """A fully quoted sentence after a quote claim continues it (same speaker)."""
        text = self.article.text
        by_end = sorted(drafts, key=lambda d: d.end)
        claimed = {self.article.sentence_of(d.start) for d in drafts} | {
            self.article.sentence_of(d.cue[0]) for d in drafts
        }
        for draft in by_end:
            if not draft.quoted:
                continue
            index = self.article.sentence_of(max(draft.end, draft.cue[1]))
            paragraph_end = self.article.paragraph_end(draft.end)
            while index + 1 < len(self.article.spans):
                start, end = self.article.spans[index + 1]
                if start > paragraph_end or index + 1 in claimed:
                    break
                if text[start] not in g.QUOTE_CHARS or not self._is_opening(start):
                    break
                closing = self._closing_after(start)
                if closing is None or closing < end - 2:
                    break
                draft.end = closing
                index = self.article.sentence_of(closing)
        return drafts


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


def _hedge(text: str, spans: list[tuple[int, int]], hedges: frozenset[str]) -> str | None:
    found = []
    for start, end in spans:
        for match in g.WORD.finditer(text, start, end):
            if match.group().lower() in hedges:
                found.append((match.start(), match.group()))
                break
    return min(found)[1] if found else None


def _kind(draft: Draft, claimant: str | None, headline_end: int) -> str:
    if draft.end <= headline_end:
        return "headline"
    if draft.quoted:
        return "direct_quote"
    if draft.method == "according_to":
        return "according_to"
    lower_claimant = (claimant or "").lower().split()
    if (draft.cue_info and draft.cue_info.lemma == "report") or (
        lower_claimant and lower_claimant[-1] in g.REPORT_NOUNS
    ):
        return "report"
    return "indirect"


def extract_claims(
    article_id: str, text: str, params: ClaimParams, entities: list[dict]
) -> list[dict]:
    """Claims of one article, sorted by content span, with ids in that order."""
    finder = ClaimFinder(text, params)
    drafts = []
    seen = set()
    for draft in finder.find():
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
    hedges = frozenset(params.hedges)
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
