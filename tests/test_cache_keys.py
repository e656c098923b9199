"""Per-article cache keys stay what earlier versions wrote, so an upgrade keeps its hits."""

from __future__ import annotations

from dataset.cache import article_key, text_digest


def test_keys_from_a_shared_text_digest_are_the_keys_of_before() -> None:
    """The chain hashes each text once for all three stages' keys; the keys are those
    computed from the text per stage (hex values from the version that did that)."""
    text = "Kabul \u2014 a city\ud800 text"  # a lone surrogate is hashed as written
    depends = [b"\x01" * 20, b"\x02" * 20]
    key = article_key(b"fingerprint", "a1b2", text_digest(text), depends)
    assert key.hex() == "05d1ae153463cb767d9d5c5c156328d5d3b3cfe5"
    empty = article_key(b"fingerprint", "a1b2", text_digest(""), [])
    assert empty.hex() == "f6f5dd340378ea3f5668f8c77bca1ad22de225f8"
