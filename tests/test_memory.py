"""The frozen heap a build holds over its chain and its check (`dataset.memory`)."""

from __future__ import annotations

import gc

from dataset import memory


class _Node:
    """A container the collector tracks."""


def _cycle() -> _Node:
    node = _Node()
    node.self = node  # type: ignore[attr-defined]
    return node


def test_nested_blocks_thaw_only_when_the_outermost_ends() -> None:
    assert gc.get_freeze_count() == 0
    with memory.frozen_heap(collect=False):
        outer = gc.get_freeze_count()
        assert outer > 0
        kept = [_Node() for _ in range(100)]
        with memory.frozen_heap():
            assert gc.get_freeze_count() >= outer + len(kept)  # what came since is frozen too
        assert gc.get_freeze_count() >= outer + len(kept)  # the inner end leaves it frozen
    assert gc.get_freeze_count() == 0


def test_an_inner_block_collects_what_came_since_the_outer_froze() -> None:
    with memory.frozen_heap(collect=False):
        _cycle()  # unreachable, and not frozen yet
        with memory.frozen_heap():
            # The inner block's collection freed it: collecting again finds nothing.
            assert gc.collect() == 0


def test_validation_garbage_is_collected_in_a_nested_block() -> None:
    with memory.frozen_heap(collect=False), memory.frozen_heap():
        gc.disable()
        try:
            _cycle()
            before = gc.get_count()[0]
            memory.collect_validation_garbage()
            assert gc.get_count()[0] < before
        finally:
            gc.enable()
