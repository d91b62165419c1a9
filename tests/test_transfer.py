"""Copying a store into another one, idempotently (embedded to embedded here; the Neo4j
direction runs in tests/test_neo4j_store.py)."""

from graph.store.base import snapshot
from graph.store.embedded import EmbeddedStore
from graph.transfer import copy_store


def test_copy_store_twice_gives_the_same_graph(example_store, tmp_path):
    source = EmbeddedStore(example_store)
    target = EmbeddedStore(tmp_path / "copy")
    seen = []
    first = copy_store(source, target, batch=5, progress=lambda d, t: seen.append((d, t)))
    assert first.entities_created == 14 and first.relations_created == 21
    assert seen[-1] == (35, 35) and len(seen) == 3 + 5
    again = copy_store(source, target, batch=5)
    assert (again.entities_created, again.relations_created, again.evidence_added) == (0, 0, 0)
    a, b = snapshot(source), snapshot(target)

    def by_id(g):
        return sorted(g.to_dict()["entities"], key=lambda e: e["id"])

    assert by_id(a) == by_id(b)
    assert {k: [e.to_dict() for e in r.evidence] for k, r in a.relations.items()} == {
        k: [e.to_dict() for e in r.evidence] for k, r in b.relations.items()
    }
    assert set(a.documents) == set(b.documents)
    source.close()
    target.close()
