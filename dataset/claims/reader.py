"""What every construction reads: one article, its quotations, the params and the cues."""

from __future__ import annotations

from dataclasses import dataclass

from dataset.claims.article import Article
from dataset.claims.lexicon import Lexicon, load_lexicon
from dataset.claims.params import ClaimParams
from dataset.claims.quotes import Quotations


@dataclass(slots=True)
class Reader:
    """One article's state shared by the construction modules; one instance per article."""

    article: Article
    quotes: Quotations
    params: ClaimParams
    lexicon: Lexicon

    @classmethod
    def of(cls, text: str, params: ClaimParams) -> Reader:
        article = Article(text)
        lexicon = load_lexicon(params.cue_lexicon, tuple(params.disabled_cues))
        return cls(article, Quotations(article, params.max_quote_chars), params, lexicon)
