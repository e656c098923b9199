"""Main article text of a parsed page, without navigation, ads, comments and footers.

Boilerplate removal is trafilatura's (its own heuristics plus readability/jusText
fallbacks). It is called on an already parsed tree with metadata, deduplication and
language detection off: extraction is then a pure function of the page, with no network
access (trafilatura only fetches in its download helpers, which are never called) and no
state carried from one page to the next.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import lru_cache

from lxml.html import HtmlElement

# trafilatura reports every page it cannot extract at WARNING; the ingest stage reports
# those pages itself as rejected records.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


@lru_cache(maxsize=1)
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def body_paragraphs(tree: HtmlElement, favor: str = "balanced") -> list[str]:
    """The article body as paragraphs (whitespace collapsed, NFC); [] when none is found.

    `favor` is "balanced", "precision" or "recall" (trafilatura's trade-off switches).
    """
    from trafilatura import extract

    text = extract(
        tree,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
        favor_precision=favor == "precision",
        favor_recall=favor == "recall",
        config=_config(),
    )
    if not text:
        return []
    lines = (" ".join(line.split()) for line in text.splitlines())
    return [unicodedata.normalize("NFC", line) for line in lines if line]
