"""How long corrections take on a larger store (not a test): a merge, a reject, an unmerge and
suggest-merges on an embedded store of N entities and 4N relations, and apply_corrections on a
load of the same size.

    python benchmarks/corrections.py [--entities 5000] [--store DIR]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import Counter
from pathlib import Path

from graph import corrections
from graph.corrections import CorrectionSet, apply_corrections, stored_corrections
from graph.model import Entity, Evidence, GraphDocument, Relation
from graph.store import open_store
from graph.suggest import suggest_merges

WORDS = "amber birch cedar delta ember fjord garnet harbor indigo juniper kestrel lumen".split()


def graph(n: int, seed: int = 7) -> GraphDocument:
    rng = random.Random(seed)
    doc = GraphDocument()
    ids = []
    for i in range(n):
        name = f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {i}"
        ids.append(doc.add_entity(Entity.named(name, "Organization")).id)
    for i in range(4 * n):
        s, t = rng.sample(ids, 2)
        doc.add_relation(Relation(s, "FUNDS", t, evidence=[Evidence(f"s{i}", "d", i, i + 1)]))
    return doc


def timed(label: str, fn):
    start = time.perf_counter()
    value = fn()
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entities", type=int, default=5000)
    parser.add_argument("--store", default=None)
    args = parser.parse_args()
    where = args.store or str(Path(tempfile.mkdtemp()) / "store")
    store = open_store(where)
    doc = graph(args.entities)
    timed(
        f"load {len(doc.entities)} entities, {len(doc.relations)} relations",
        lambda: store.upsert(doc),
    )
    a, b = list(doc.entities.values())[:2]
    rel = next(r for r in doc.relations.values() if not {r.source, r.target} & {a.id, b.id})
    timed("merge", lambda: corrections.merge(store, a.name, b.name))
    timed("reject", lambda: corrections.reject(store, *_names(doc, rel)))
    timed("unmerge", lambda: corrections.unmerge(store, b.name))
    fixes = CorrectionSet.of(stored_corrections(store))
    counts: Counter[str] = Counter()
    timed(
        "apply_corrections to a load of the same size",
        lambda: apply_corrections(doc, fixes, counts),
    )
    found = timed("suggest-merges", lambda: suggest_merges(store))
    print(f"{len(found)} suggestions; {dict(counts)}")
    store.close()


def _names(doc: GraphDocument, rel: Relation) -> tuple[str, str, str]:
    return doc.entities[rel.source].name, rel.type, doc.entities[rel.target].name


if __name__ == "__main__":
    main()
