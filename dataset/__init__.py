"""Conflict News: who claimed what, about which places, with which numbers.

`dataset.load("claims")` returns a table as a pandas DataFrame; `dataset.tables()` lists
the tables with their descriptions. `dataset.load("claims", version="v0.1.0")` returns it
as released in that version (hash-verified); `dataset.versions()` lists the releases and
`dataset.cite()` gives a release's citation.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Eager: importing `dataset.load` binds the submodule `dataset.tables` on this package,
# and only this import rebinds the name to the function.
from dataset.load import load, tables

if TYPE_CHECKING:
    from dataset._version import __version__
    from dataset.release.rehydrate import rehydrate
    from dataset.release.versions import cite, versions

__all__ = ["__version__", "cite", "load", "rehydrate", "tables", "versions"]

# The other public names and the modules that define them, imported on first use: the
# command line (`python -m dataset`) starts without what it does not run (package
# metadata, release tooling).
_HOMES = {
    "__version__": "dataset._version",
    "rehydrate": "dataset.release.rehydrate",
    "cite": "dataset.release.versions",
    "versions": "dataset.release.versions",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'dataset' has no attribute {name!r}")
    value = getattr(import_module(_HOMES[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
