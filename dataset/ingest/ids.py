"""Stable identifiers derived from bytes, never from pipeline state."""

import hashlib


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_id(raw: bytes) -> str:
    """16 hex digits of the raw record's sha256: stable across pipeline versions."""
    return article_id_of(sha256_hex(raw))


def article_id_of(raw_sha256: str) -> str:
    """The article id of a record whose bytes have this sha256 (hex)."""
    return raw_sha256[:16]
