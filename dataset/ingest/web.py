"""HTML pages and web archives (WARC, ARC) → raw records with the article's fields.

A page's record holds its bytes exactly as served (the HTTP payload, after transfer and
content decoding), so the same page read from a `.html` file or from a WARC gets the
same article id and the same fields. Every archive record that is not an HTML page with
article text becomes a `Rejected` naming the record and why.
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from dataset.ingest.html_decode import UndecodableError, decode_html, header_charset
from dataset.ingest.html_meta import page_meta
from dataset.ingest.html_text import body_paragraphs
from dataset.ingest.ids import sha256_hex
from dataset.ingest.records import Item, RawRecord, Rejected
from dataset.ingest.warc_records import ArchivePage, iter_archive

# Fewer body words than this is a link list or a stub (an index page, "moved here"), not
# an article; the shortest news briefs run to a few sentences.
MIN_BODY_WORDS = 15


class PageRejected(ValueError):
    """A page that yields no article; the message is the rejection reason."""


def parse_tree(text: str):
    """An lxml tree of the page, or None when the text is not HTML."""
    from trafilatura.utils import load_html

    return load_html(text)


def page_fields(raw: bytes, url: str | None = None, http_charset: str | None = None) -> dict:
    """The article fields of one HTML page: text (headline first), title, url, date, ….

    `url` is where the page was fetched (it wins over the page's canonical link and
    resolves relative links); `http_charset` is the HTTP header's charset, if any.
    """
    try:
        text, _codec = decode_html(raw, http_charset)
    except UndecodableError as error:
        raise PageRejected(str(error)) from None
    tree = parse_tree(text) if text.strip() else None
    if tree is None:
        raise PageRejected("not an HTML document (no parsable markup)")
    meta = page_meta(tree, base_url=url)
    title = unicodedata.normalize("NFC", meta.title) if meta.title else None
    body = body_paragraphs(tree)
    if not body:
        raise PageRejected("no article text found")
    if title and _same_text(body[0], title):
        body = body[1:]
    words = sum(len(p.split()) for p in body)
    if words < MIN_BODY_WORDS:
        raise PageRejected(f"no article text found (body has {words} words)")
    paragraphs = ([title] if title else []) + body
    fields = {
        "text": "\n\n".join(paragraphs),
        "title": title,
        "url": url or meta.url,
        "published_at": meta.published_at,
        "publisher": meta.publisher,
        "language": meta.language,
    }
    return {key: value for key, value in fields.items() if value is not None}


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def read_html(path: Path, rel: str) -> Iterator[Item]:
    """One article per HTML file (`.html`, `.htm`, optionally gzipped)."""
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rb") as handle:
        raw = handle.read()
    yield _page_item(rel, None, raw, url=None, http_charset=None)


def _page_item(
    rel: str, record: int | None, raw: bytes, url: str | None, http_charset: str | None
) -> Item:
    try:
        fields = page_fields(raw, url=url, http_charset=http_charset)
    except PageRejected as error:
        return Rejected(rel, record, str(error), sha256_hex(raw))
    return RawRecord(rel, record, raw, structured=True, fields=fields)


def read_warc(path: Path, rel: str) -> Iterator[Item]:
    """One article per HTML response record of a WARC/ARC file (plain or gzipped)."""
    for item in iter_archive(path, rel):
        if isinstance(item, ArchivePage):
            charset = header_charset(item.content_type)
            yield _page_item(rel, item.record, item.payload, item.url, charset)
        else:
            yield item
