"""Quotation marks of one article: which opens, where it closes, what lies inside."""

from __future__ import annotations

from dataset.claims import grammar as g
from dataset.claims.article import Article
from dataset.claims.content_bounds import strip_content


class Quotations:
    """Where an article's quotations open and close. Straight marks pair by their parity
    on a line (a quotation never crosses a line break unless it runs on, see `runs_on`);
    a quotation is looked for at most `max_chars` away."""

    def __init__(self, article: Article, max_chars: int) -> None:
        self.article = article
        self.max_chars = max_chars

    def is_opening(self, pos: int) -> bool:
        """Whether the mark at `pos` opens a quotation (an even count of its kind before
        it on its line, for a straight mark)."""
        char = self.article.text[pos]
        if char in g.OPEN_QUOTES:
            return True
        if char in g.CLOSE_QUOTES:
            return False
        start = self.article.paragraph_start(pos)
        return self.article.text.count(char, start, pos) % 2 == 0

    def inside(self, pos: int) -> bool:
        """True when `pos` lies inside a quotation that closes later on its line, or that
        runs on into the next paragraph (see `runs_on`)."""
        text = self.article.text
        start = self.article.paragraph_start(pos)
        if text.count('"', start, pos) % 2 == 1:
            end = self.article.paragraph_end(pos)
            return text.find('"', pos, end) >= 0 or self.runs_on(end)
        return False

    def runs_on(self, paragraph_end: int) -> bool:
        """A quotation left open at a paragraph's end continues when the next paragraph
        opens with a quote mark: news style repeats the opening mark, never the closing."""
        text = self.article.text
        at = self.article.skip_space(paragraph_end)
        return at < len(text) and text[at] == '"'

    def end_of(self, opening: int) -> int | None:
        """Where the quotation opened at `opening` ends: its closing mark, or the end of
        its paragraph when it runs on into the next one unclosed."""
        closing = self.closing_after(opening)
        if closing is not None or self.article.text[opening] != '"':
            return closing
        end = self.article.paragraph_end(opening)
        if end - opening > self.max_chars or not self.runs_on(end):
            return None
        return strip_content(self.article.text, opening + 1, end)[1]

    def opening_before(self, pos: int) -> int | None:
        """Offset of the quote mark that opens the quotation closed at `pos`."""
        text = self.article.text
        close = text[pos]
        floor = max(self.article.paragraph_start(pos), pos - self.max_chars)
        wanted = g.PAIRS.get(close, close)
        found = text.rfind(wanted, floor, pos)
        return found if found >= 0 else None

    def closing_after(self, pos: int) -> int | None:
        text = self.article.text
        wanted = g.PAIRS_OPEN.get(text[pos], text[pos])
        ceiling = min(self.article.paragraph_end(pos), pos + self.max_chars)
        found = text.find(wanted, pos + 1, ceiling)
        return found if found >= 0 else None

    def before_sentence(self, start: int, bare: bool) -> tuple[int, int, bool] | None:
        """`"Why me?" Trump said.`: a quotation ending in ?/! closes the sentence before."""
        text = self.article.text
        end = start
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end < 3 or text[end - 1] not in g.QUOTE_CHARS:
            return None
        mark = end - 2
        if text[mark] in "’'" and text[end - 1] == '"':
            mark -= 1  # `… what can we do to help?’"`: a quotation inside the quotation
        if text[mark] not in "?!.":
            return None
        if text[mark] == "." and text[end - 1] in '"”' and not bare:
            return None  # a finished quotation then a new sentence: not this speaker's
        close = end - 1
        if self.is_opening(close):
            return None
        opening = self.opening_before(close)
        return None if opening is None else (opening + 1, close, True)
