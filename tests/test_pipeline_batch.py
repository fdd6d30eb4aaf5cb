"""A batch pauses the cyclic garbage collector and leaves nothing for its youngest generation."""

from __future__ import annotations

import gc
import weakref

import pytest

from relations_desktop.corpus.pipeline import batch_allocations


class _Node:
    pass


@pytest.mark.parametrize("enabled", [True, False])
def test_a_batch_restores_the_collector_and_its_cycles_stay_collectable(enabled):
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with batch_allocations():
            assert not gc.isenabled()
            node = _Node()
            node.self = node                      # a cycle only the collector can free
            gone = weakref.ref(node)
            kept = [_Node() for _ in range(5000)]
            del node
        assert gc.isenabled() == enabled
        # What the batch allocated is not left in the youngest generation, where the next
        # collection would walk it all.
        assert gc.get_count()[0] < 100
        assert gone() is not None
        gc.collect()
        assert gone() is None and len(kept) == 5000
    finally:
        (gc.enable if was else gc.disable)()
