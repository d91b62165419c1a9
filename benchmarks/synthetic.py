"""Deterministic synthetic graphs for the benchmarks (entities, relations with evidence)."""

from __future__ import annotations

import random

from graph.model import Document, Entity, Evidence, GraphDocument, Relation
from graph.schema import DEFAULT_SCHEMA

TYPES = list(DEFAULT_SCHEMA.entity_types)


def synthetic_graph(n_entities: int, n_relations: int, seed: int = 7) -> GraphDocument:
    """`n_entities` entities over the five types and up to `n_relations` schema-valid relations,
    each with one evidence sentence from one of 100 documents."""
    rng = random.Random(seed)
    doc = GraphDocument()
    docs = [
        Document(f"doc-{i:04d}", f"Article {i}", f"https://example.org/{i}", "2025-01-01")
        for i in range(100)
    ]
    for d in docs:
        doc.add_document(d)
    by_type: dict[str, list[str]] = {t: [] for t in TYPES}
    for i in range(n_entities):
        etype = TYPES[i % len(TYPES)]
        entity = Entity.named(f"{etype} {i}", etype, aliases=[f"E{i}"])
        doc.add_entity(entity)
        by_type[etype].append(entity.id)
    pairs = [
        (rel, s, t)
        for rel in DEFAULT_SCHEMA.relation_types
        for s, t in DEFAULT_SCHEMA.endpoint_pairs(rel)
    ]
    attempts = 0
    while len(doc.relations) < n_relations and attempts < n_relations * 3:
        attempts += 1
        rel, s_type, t_type = rng.choice(pairs)
        s, t = rng.choice(by_type[s_type]), rng.choice(by_type[t_type])
        if s == t:
            continue
        if DEFAULT_SCHEMA.is_symmetric(rel) and s > t:
            s, t = t, s
        d = rng.choice(docs)
        sentence = f"{s} {rel.lower().replace('_', ' ')} {t} according to {d.title}."
        doc.add_relation(
            Relation(s, rel, t, evidence=[Evidence(sentence, d.id, 0, len(sentence), "rules", 0.8)])
        )
    return doc
