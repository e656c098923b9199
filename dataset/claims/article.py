"""One article's text as the claim rules read it: quotes normalised, sentences, paragraphs."""

from __future__ import annotations

import bisect
import re

from dataset.claims import grammar as g
from dataset.claims.tokens import Token, tokenise
from dataset.text.sentences import sentence_spans, straightened_splits_alike


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
        """Index of the sentence holding `offset` (the first one for an offset before it)."""
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def tokens(self, index: int) -> list[Token]:
        """Sentence `index`'s tokens, made once and only for sentences a rule reads."""
        if index not in self._tokens:
            self._tokens[index] = tokenise(self.text, *self.spans[index])
        return self._tokens[index]

    def paragraph_start(self, offset: int) -> int:
        """Start of the line holding `offset`: a quotation never crosses a line break."""
        return self.text.rfind("\n", 0, offset) + 1

    def paragraph_end(self, offset: int) -> int:
        """End of the line holding `offset` (the text's end on the last line)."""
        found = self.text.find("\n", offset)
        return len(self.text) if found < 0 else found

    def skip_space(self, at: int) -> int:
        """The first offset from `at` that is not whitespace (`len(text)` if none)."""
        text = self.text
        while at < len(text) and text[at].isspace():
            at += 1
        return at

    def mentions(self, words: tuple[str, ...]) -> bool:
        """Whether the text holds one of `words`: a C-speed substring test that skips a
        whole-text regex scan whose every match contains one of them."""
        return any(word in self.text for word in words)
