"""Conflict News: who claimed what, about which places, with which numbers.

`dataset.load("claims")` returns a table as a pandas DataFrame; `dataset.tables()` lists
the tables with their descriptions. `dataset.load("claims", version="v0.1.0")` returns it
as released in that version (hash-verified); `dataset.versions()` lists the releases and
`dataset.cite()` gives a release's citation.
"""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dataset._version import __version__
    from dataset.load import load, tables
    from dataset.release.rehydrate import rehydrate
    from dataset.release.versions import cite, versions

__all__ = ["__version__", "cite", "load", "rehydrate", "tables", "versions"]

# The public names and the modules that define them, imported on first use: importing
# the package, or an extractor in a worker, costs nothing of pandas and pandera, and the
# command line (`python -m dataset`) starts without what it does not run (package
# metadata, release tooling).
_HOMES = {
    "__version__": "dataset._version",
    "load": "dataset.load",
    "tables": "dataset.load",
    "rehydrate": "dataset.release.rehydrate",
    "cite": "dataset.release.versions",
    "versions": "dataset.release.versions",
}
# Functions named like a submodule of this package (`dataset.load`, and the table
# registry `dataset.tables`).
_SHADOWED = frozenset({"load", "tables"})


class _Package(types.ModuleType):
    """This package, keeping `load` and `tables` for the functions: importing a submodule
    binds it on its package under its own name, which would replace the function with the
    module whenever `dataset.load` or `dataset.tables` is first imported (the pipeline
    imports the registry). Binding the functions themselves goes through."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'dataset' has no attribute {name!r}")
    value = getattr(import_module(_HOMES[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
