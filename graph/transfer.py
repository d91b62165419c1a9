"""Copy one store into another (embedded <-> Neo4j), idempotently, in batches.

To Neo4j: `copy_store(open_store("./erg-store"), open_store("bolt://localhost:7687"))`;
between two embedded stores, the same:

>>> from graph.ingest import load_paths
>>> from graph.store import open_store
>>> source, target = open_store("./erg-store"), open_store("./copy")
>>> _ = load_paths(source, ["examples/stargate.yaml"])
>>> copy_store(source, target).relations_created, len(target.relations())
(21, 21)
>>> copy_store(source, target).relations_created  # again: nothing new
0
>>> source.close(); target.close()
"""

from __future__ import annotations

from collections.abc import Callable

from graph.corrections import stored_corrections
from graph.model import GraphDocument
from graph.schema import Schema
from graph.store.base import Store, UpsertResult, chunks, snapshot

BATCH = 5000


def copy_store(
    source: Store,
    target: Store,
    *,
    batch: int = BATCH,
    progress: Callable[[int, int], None] | None = None,
) -> UpsertResult:
    """Upsert everything in `source` into `target`: entities first, then relations in
    batches (each batch one transaction), then the analysts' corrections. Running it again
    adds nothing.

    `progress(done, total)` is called after each batch.
    """
    target.save_schema(_merged_schema(source, target))
    graph = snapshot(source)
    entities = list(graph.entities.values())
    relations = list(graph.relations.values())
    total = len(entities) + len(relations)
    done = 0
    out = UpsertResult()
    for some_entities in chunks(entities, batch):
        doc = GraphDocument(documents=dict(graph.documents) if done == 0 else {})
        for entity in some_entities:
            doc.entities[entity.id] = entity
        _add(out, target.upsert(doc))
        done += len(some_entities)
        if progress:
            progress(done, total)
    for some_relations in chunks(relations, batch):
        doc = GraphDocument()
        for rel in some_relations:
            doc.relations[rel.key] = rel
        _add(out, target.upsert(doc))
        done += len(some_relations)
        if progress:
            progress(done, total)
    if not entities and graph.documents:
        _add(out, target.upsert(GraphDocument(documents=dict(graph.documents))))
    # The analysts' corrections go too, so that loads into the copy keep them.
    records = {c.key: c.to_json() for c in stored_corrections(source)}
    if records:
        target.rewrite(GraphDocument(), meta=records)
    return out


def _merged_schema(source: Store, target: Store) -> Schema:
    merged = target.schema.copy()
    merged.extend(source.schema.to_dict(), f"schema of {source.uri}")
    return merged


def _add(total: UpsertResult, part: UpsertResult) -> None:
    total.entities_created += part.entities_created
    total.entities_updated += part.entities_updated
    total.relations_created += part.relations_created
    total.relations_updated += part.relations_updated
    total.evidence_added += part.evidence_added
    total.documents += part.documents
