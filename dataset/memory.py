"""Keeping a long build's memory flat: what a finished part freed goes back to the system.

The main process of a build validates and writes one part after another: Arrow buffers,
pandas frames and validation temporaries of the same sizes, allocated and freed in turn.
Allocators keep freed memory for reuse. Arrow's default pool (mimalloc) held on to about
50 MiB that it no longer used. glibc's malloc raises its mmap threshold each time a large
mapped block is freed, so later large blocks come from the heap, where a few live small
blocks keep the freed space from being returned. Over a 10× corpus the main process grew
by about 150 MiB, most of it freed memory that neither allocator gave back
(`docs/scaling.md`).

So a build puts Arrow on the system allocator and pins glibc's mmap threshold, and trims
the heap after each part (extraction workers before each batch, check workers after each
shard); on other C libraries these steps do nothing. It also freezes the preloaded heap
while workers run, so that forked workers share its pages. None of it changes a byte of
the tables.
"""

from __future__ import annotations

import ctypes
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

import pyarrow

# mallopt parameters from glibc's <malloc.h>.
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
# Blocks of this size or more get their own mapping, returned when freed (glibc's
# initial value, kept from rising).
_MMAP_THRESHOLD_BYTES = 128 * 1024


# How many `frozen_heap` blocks are open (a build holds one over the chain and the check).
_frozen_depth = 0


@cache
def _glibc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not Linux
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


def return_freed_memory() -> None:
    """From now on, freed memory goes back to the system instead of being kept for
    reuse. Called before a build forks its workers, which inherit the settings."""
    pyarrow.set_memory_pool(pyarrow.system_memory_pool())
    libc = _glibc()
    if libc is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_BYTES)
        libc.mallopt(_M_TRIM_THRESHOLD, _MMAP_THRESHOLD_BYTES)


def trim() -> None:
    """Return the free pages of the C heap to the system (after each part, each batch)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


def release_memory() -> None:
    """Hand memory freed by the previous stage back to the system before the next one
    (and before its workers fork), so one process running every stage stays as small as
    the largest stage alone."""
    gc.collect()
    pyarrow.default_memory_pool().release_unused()
    trim()


@contextmanager
def frozen_heap(collect: bool = True) -> Iterator[None]:
    """Keep the garbage collector off the heap built so far (lexicons, gazetteer): workers
    that fork inside leave those pages shared instead of copying them, and the collection
    after each validation scans only what was allocated since. What the previous stage
    freed goes back to the system first, so workers fork from a heap without it.

    Blocks nest: an inner block collects and freezes only what was allocated since the
    outer one froze (a collection never walks frozen objects), and the heap thaws when
    the outermost block ends. So a build that holds one block over its chain and its
    check walks the lexicons once, not once per pool. `collect=False` freezes without
    the collection, for a heap known to hold next to no garbage (just imported modules).
    """
    global _frozen_depth
    if collect:
        release_memory()
    gc.freeze()
    _frozen_depth += 1
    try:
        yield
    finally:
        _frozen_depth -= 1
        if not _frozen_depth:
            gc.unfreeze()


def collect_validation_garbage() -> None:
    """Validation leaves reference cycles that hold its frame. They reach the oldest
    generation, which the collector rarely visits when the heap is large, and a long
    build grew by hundreds of MiB. Under `frozen_heap` a full collection is cheap; an
    unfrozen heap is small and collected as usual."""
    if _frozen_depth:
        gc.collect()
