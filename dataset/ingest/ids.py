"""Stable identifiers derived from bytes, never from pipeline state."""

import hashlib


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_id(raw: bytes) -> str:
    """16 hex digits of the raw record's sha256: stable across pipeline versions."""
    return sha256_hex(raw)[:16]
