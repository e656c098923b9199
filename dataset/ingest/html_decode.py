"""Bytes of an HTML page → text, with the charset a browser would pick.

Order follows the HTML standard's sniffing: a byte-order mark wins, then the HTTP
header's charset, then a `<meta charset>` in the first bytes. Bytes that are valid
UTF-8 are read as UTF-8 even against a declared legacy charset (pages often say latin-1
and are UTF-8; the converse almost never happens by accident). Otherwise the declared
charset applies (bad bytes replaced), and without one a statistical guess.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Labels browsers decode as another codec (WHATWG Encoding Standard): latin-1 and ASCII
# pages are windows-1252, and a meta tag cannot declare UTF-16 in ASCII-compatible bytes.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-user-defined": "cp1252",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "unicode": "utf-8",
}
PRESCAN_BYTES = 4096


class UndecodableError(ValueError):
    """The bytes are not text in any charset we can justify."""


def codec_for(label: str | None, from_meta: bool = False) -> str | None:
    """A Python codec name for a charset label, or None when the label is unknown."""
    if not label:
        return None
    label = label.strip().lower()
    if from_meta or label not in ("utf-16", "utf-16le", "utf-16be"):
        label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def meta_charset(raw: bytes) -> str | None:
    """The charset a `<meta charset>` or `http-equiv` tag declares near the top of the page."""
    match = _META_CHARSET.search(raw[:PRESCAN_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None


def decode_html(raw: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """(text, codec used); raises UndecodableError for binary or unguessable bytes."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(codec, errors="replace"), codec
    declared = codec_for(http_charset) or codec_for(meta_charset(raw), from_meta=True)
    if declared is not None and declared.startswith("utf-16"):
        try:
            return raw.decode(declared), declared
        except UnicodeDecodeError:
            declared = None
    if b"\x00" in raw[:PRESCAN_BYTES]:
        raise UndecodableError("undecodable: binary content (NUL bytes), not an HTML page")
    # Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the label says: legacy text
    # almost never forms valid multi-byte sequences, while mislabelled pages are common.
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        utf8_error = f"utf-8: {error.reason} at byte {error.start}"
    if declared is not None:
        return raw.decode(declared, errors="replace"), declared
    return _guess(raw, utf8_error)


def _guess(raw: bytes, utf8_error: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise UndecodableError(f"undecodable: no charset declared, not UTF-8 ({utf8_error})")
    codec = codecs.lookup(best.encoding).name
    return raw.decode(codec, errors="replace"), codec
