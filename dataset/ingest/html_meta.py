"""Article metadata a page declares about itself: headline, canonical URL, date, site, language.

Only what the page states (meta tags, JSON-LD, `<link rel=canonical>`, `<time>`, `<h1>`,
`<title>`) is used, never guesses from the text or the crawl, so a page gives the same
metadata wherever it was stored.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import pandas as pd
from lxml.html import HtmlElement

_ARTICLE_TYPES = re.compile(r"article|posting|report|story", re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:»·•]+\s+")
_YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")
# Zone abbreviations that name one offset in news use (IST is India's in most news pages).
_ZONES = {
    "UTC": "+00:00", "GMT": "+00:00", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
    "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00", "PKT": "+05:00", "IST": "+05:30",
    "WIB": "+07:00", "JST": "+09:00", "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00",
    "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00",
    "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
}  # fmt: skip
_ZONE = re.compile(r"(?<![A-Za-z])(" + "|".join(_ZONES) + r")(?![A-Za-z])")
_UNKNOWN_ZONE = re.compile(r"(?<![A-Za-z])(?!AM|PM)[A-Z]{2,5}(?![A-Za-z])")
_LANG = re.compile(r"^([a-zA-Z]{2})(?:[-_].*)?$")
_DATE_META_NAMES = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "article.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "originalpublicationdate",
)


@dataclass(frozen=True)
class PageMeta:
    title: str | None
    url: str | None
    published_at: str | None  # ISO 8601 as the page gives it, validated as a date
    publisher: str | None
    language: str | None  # ISO 639-1


def clean(value: str | None) -> str | None:
    """Whitespace-collapsed text, None when empty."""
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def _meta(tree: HtmlElement) -> dict[str, str]:
    """First content of each `<meta>` keyed by lower-cased property/name/itemprop."""
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = element.get("content") or element.get("datetime")
        if content is None or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            # itemprop may list several properties: "datePublished dateCreated"
            for key in (element.get(attribute) or "").lower().split():
                found.setdefault(key, content.strip())
    return found


def _walk(node: object) -> Iterator[dict]:
    if isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "itemListElement"):
            yield from _walk(node.get(key))
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def json_ld(tree: HtmlElement) -> list[dict]:
    """JSON-LD objects, article-typed ones first (document order otherwise)."""
    objects: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        objects.extend(_walk(data))

    def is_article(obj: dict) -> bool:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        return any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds)

    return [o for o in objects if is_article(o)] + [o for o in objects if not is_article(o)]


def _ld_value(objects: list[dict], key: str) -> str | None:
    for obj in objects:
        value = obj.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("name") or value.get("@id") or value.get("url")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _timestamp(value: str) -> pd.Timestamp | None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an unknown zone name must not pass silently
        try:
            return pd.Timestamp(value)
        except (ValueError, TypeError, OverflowError, FutureWarning, UserWarning):
            return None


def parse_date(value: str | None) -> str | None:
    """The value as ISO 8601 if it is a plausible calendar date, else None.

    Known zone abbreviations become offsets; an unknown one is dropped, leaving the
    time as written (read as UTC later), since the date matters more than the hour.
    """
    if not value or not _YEAR.search(value):
        return None
    value = _ZONE.sub(lambda m: " " + _ZONES[m.group(1)], " ".join(value.split()))
    stamp = _timestamp(value)
    if stamp is None:
        stamp = _timestamp(_UNKNOWN_ZONE.sub(" ", value))
    if stamp is None or pd.isna(stamp) or not 1900 <= stamp.year <= 2100:
        return None
    return stamp.isoformat()


def published_at(tree: HtmlElement, meta: dict[str, str], ld: list[dict]) -> str | None:
    """Meta tags, then JSON-LD, then `<time>` (inside the article before anywhere else)."""
    candidates = [meta.get(name) for name in _DATE_META_NAMES[:5]]
    candidates.append(_ld_value(ld, "datePublished"))
    candidates.extend(meta.get(name) for name in _DATE_META_NAMES[5:])
    for xpath in (
        "//time[@itemprop='datePublished']",
        "//time[@pubdate]",
        "//article//time",
        "//main//time",
        "//time[@datetime]",
    ):
        for element in tree.xpath(xpath)[:1]:
            candidates.append(element.get("datetime") or element.text_content())
    for candidate in candidates:
        date = parse_date(candidate)
        if date is not None:
            return date
    return None


def _absolute(url: str | None, base: str | None) -> str | None:
    url = clean(url)
    if url is None:
        return None
    if base and not urlsplit(url).scheme:
        url = urljoin(base, url)
    return url if urlsplit(url).scheme in ("http", "https") else None


def canonical_url(
    tree: HtmlElement, meta: dict[str, str], ld: list[dict], base: str | None
) -> str | None:
    links = [el.get("href") for el in tree.xpath("//link[@href]") if _is_canonical(el)]
    for candidate in (*links[:1], meta.get("og:url"), _ld_value(ld, "url")):
        url = _absolute(candidate, base)
        if url is not None:
            return url
    return None


def _is_canonical(element: HtmlElement) -> bool:
    return "canonical" in (element.get("rel") or "").lower().split()


def strip_site_suffix(title: str, site: str | None) -> str:
    """'Headline | Site' → 'Headline': drop a trailing segment that names the site."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1].strip().lower()
    head = title[: title.rfind(parts[-1])].rstrip(" |-–—:»·•")
    named = site is not None and (last in site.lower() or site.lower() in last)
    if named or (len(last.split()) <= 3 and len(head.split()) >= 3):
        return head.strip()
    return title


def _similar(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or (len(a) >= 10 and a in b) or (len(b) >= 10 and b in a)


def headline(
    tree: HtmlElement, meta: dict[str, str], ld: list[dict], site: str | None
) -> str | None:
    """The visible `<h1>` when it matches what the page's metadata calls its title.

    Otherwise og:title / JSON-LD headline / `<title>`, without a trailing site name.
    """
    declared = [
        clean(meta.get("og:title")),
        clean(_ld_value(ld, "headline")),
        clean(meta.get("twitter:title")),
        clean(tree.findtext(".//title")),
    ]
    declared = [strip_site_suffix(t, site) for t in declared if t]
    for h1 in tree.iter("h1"):
        text = clean(h1.text_content())
        if text and any(_similar(text, t) for t in declared):
            return text
    if declared:
        return declared[0]
    for h1 in tree.iter("h1"):
        text = clean(h1.text_content())
        if text:
            return text
    return None


def language(tree: HtmlElement, meta: dict[str, str], ld: list[dict]) -> str | None:
    candidates = (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        tree.get("xml:lang"),
        meta.get("content-language"),
        meta.get("og:locale"),
        _ld_value(ld, "inLanguage"),
    )
    for candidate in candidates:
        match = _LANG.match((candidate or "").strip())
        if match:
            return match.group(1).lower()
    return None


def page_meta(tree: HtmlElement, base_url: str | None = None) -> PageMeta:
    meta, ld = _meta(tree), json_ld(tree)
    site = clean(meta.get("og:site_name")) or clean(_ld_value(ld, "publisher"))
    return PageMeta(
        title=headline(tree, meta, ld, site),
        url=canonical_url(tree, meta, ld, base_url),
        published_at=published_at(tree, meta, ld),
        publisher=site or clean(meta.get("publisher") or meta.get("dc.publisher")),
        language=language(tree, meta, ld),
    )
