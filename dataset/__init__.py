"""Conflict News: who claimed what, about which places, with which numbers.

`dataset.load("claims")` returns a table as a pandas DataFrame; `dataset.tables()` lists
the tables with their descriptions. `dataset.load("claims", version="v0.1.0")` returns it
as released in that version (hash-verified); `dataset.versions()` lists the releases and
`dataset.cite()` gives a release's citation.
"""

from dataset._version import __version__
from dataset.load import load, tables
from dataset.release.rehydrate import rehydrate
from dataset.release.versions import cite, versions

__all__ = ["__version__", "cite", "load", "rehydrate", "tables", "versions"]
