"""Ingest: raw files (text, JSON Lines, CSV, HTML, WARC) → the `articles` table and rejects."""
