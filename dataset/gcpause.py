"""Loading a large index without the cyclic garbage collector running through it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """No collections while the block runs (then as before).

    Building hundreds of thousands of tuples (lexicons, the gazetteer's name index) sets
    off collection after collection, each walking every object made so far, and none
    of them can free anything: those objects live as long as the process.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
