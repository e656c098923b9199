"""Conflict News: who claimed what, about which places, with which numbers.

`dataset.load("claims")` returns a table as a pandas DataFrame; `dataset.tables()` lists
the tables with their descriptions.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("conflict-news")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

from dataset.load import load, tables

__all__ = ["__version__", "load", "tables"]
