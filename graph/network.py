"""networkx views of a GraphDocument: the in-memory form for analysis, export and drawing.

>>> from graph.model import Entity, GraphDocument, Relation
>>> doc = GraphDocument()
>>> _ = doc.add_entity(Entity.named("Ann", "Person"))
>>> _ = doc.add_entity(Entity.named("Acme", "Organization"))
>>> _ = doc.add_relation(Relation("ann", "LEADS", "acme"))
>>> g = to_networkx(doc)
>>> g.nodes["ann"]["type"], list(g.edges(keys=True))
('Person', [('ann', 'acme', 'LEADS')])
"""

from __future__ import annotations

from collections import deque

import networkx as nx

from graph.model import GraphDocument


def to_networkx(doc: GraphDocument) -> nx.MultiDiGraph[str]:
    """One node per entity (attributes: name, type, aliases, documents, properties) and one
    edge per relation keyed by its type (attributes: type, evidence dicts, properties)."""
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for e in doc.entities.values():
        g.add_node(
            e.id,
            name=e.name,
            type=e.type,
            aliases=list(e.aliases),
            documents=list(e.documents),
            properties=dict(e.properties),
        )
    for r in doc.relations.values():
        g.add_edge(
            r.source,
            r.target,
            key=r.type,
            type=r.type,
            evidence=[ev.to_dict() for ev in r.evidence],
            properties=dict(r.properties),
        )
    g.graph["documents"] = {d.id: d.to_dict() for d in doc.documents.values()}
    return g


def subgraph(
    doc: GraphDocument,
    focus: list[str] | None = None,
    depth: int = 1,
    types: set[str] | None = None,
    min_sources: int = 0,
) -> GraphDocument:
    """The part of `doc` within `depth` hops (either direction) of the `focus` entity ids,
    keeping only relation `types` (all when None) with at least `min_sources` documents."""

    def keep(rel_key: tuple[str, str, str]) -> bool:
        rel = doc.relations[rel_key]
        if types is not None and rel.type not in types:
            return False
        sources = {ev.document or ev.text for ev in rel.evidence}
        return len(sources) >= min_sources

    rels = [k for k in doc.relations if keep(k)]
    if focus:
        neighbours: dict[str, set[str]] = {}
        for s, _, t in rels:
            neighbours.setdefault(s, set()).add(t)
            neighbours.setdefault(t, set()).add(s)
        seen = set(focus)
        queue = deque((f, 0) for f in focus)
        while queue:
            node, d = queue.popleft()
            if d >= depth:
                continue
            for n in neighbours.get(node, ()):
                if n not in seen:
                    seen.add(n)
                    queue.append((n, d + 1))
        nodes = seen
        rels = [k for k in rels if k[0] in nodes and k[2] in nodes]
    else:
        nodes = set(doc.entities) if types is None and not min_sources else set()
        for s, _, t in rels:
            nodes.update((s, t))
    out = GraphDocument()
    for node in nodes:
        if node in doc.entities:
            out.entities[node] = doc.entities[node]
    for k in rels:
        out.relations[k] = doc.relations[k]
    used = {ev.document for k in rels for ev in doc.relations[k].evidence}
    used |= {d for e in out.entities.values() for d in e.documents}
    out.documents = {i: d for i, d in doc.documents.items() if i in used}
    return out


def filter_dates(
    doc: GraphDocument, since: str | None = None, until: str | None = None
) -> GraphDocument:
    """Keep the evidence dated within [since, until] (ISO dates, either bound optional) and
    the relations and entities it supports; undated evidence is left out when a bound is given.

    An evidence item's date is its document's date, else its relation's `date` property.
    """
    if not since and not until:
        return doc
    lo, hi = (since or "")[:10], (until or "9999-12-31")[:10]

    def in_range(date: str) -> bool:
        return bool(date) and lo <= date[:10] <= hi

    out = GraphDocument(documents={}, warnings=list(doc.warnings))
    for key, rel in doc.relations.items():
        kept = []
        for ev in rel.evidence:
            document = doc.documents.get(ev.document)
            date = (document.date if document else "") or str(rel.properties.get("date", ""))
            if in_range(date):
                kept.append(ev)
        if not rel.evidence and in_range(str(rel.properties.get("date", ""))):
            out.relations[key] = rel
        elif kept:
            out.relations[key] = type(rel)(rel.source, rel.type, rel.target, rel.properties, kept)
    used = {r.source for r in out.relations.values()} | {r.target for r in out.relations.values()}
    dated = {i for i, d in doc.documents.items() if in_range(d.date)}
    for eid, entity in doc.entities.items():
        if eid in used or dated.intersection(entity.documents):
            out.entities[eid] = entity
    cited = {ev.document for r in out.relations.values() for ev in r.evidence}
    out.documents = {i: d for i, d in doc.documents.items() if i in cited or i in dated}
    return out
