"""A batch pauses the cyclic garbage collector and leaves nothing for its youngest generation."""

from __future__ import annotations

import gc
import weakref

import pytest

from relations_desktop.gcpause import batch_allocations


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


def test_reading_a_large_relationship_on_its_thread_leaves_nothing_frozen(qtbot, seed_db):
    """What the dossier reader's thread made is collectable afterwards: a freeze that is never
    undone would keep every object of the process (and each dossier read since) for good."""
    from relations_desktop.store.connection import open_corpus
    from relations_desktop.ui.dossier_reader import DossierReader

    conn = open_corpus(seed_db)
    reader = DossierReader()
    reader.threshold = 0                        # every relationship is read on the thread
    pair = conn.execute("SELECT a, b FROM relationships ORDER BY id LIMIT 1").fetchone()
    with qtbot.waitSignal(reader.read, timeout=20_000) as got:
        reader.start(conn, (pair[0], pair[1]), lambda: open_corpus(seed_db))
    assert got.args[1].pair == (pair[0], pair[1])
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
    conn.close()
