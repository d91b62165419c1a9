"""Summaries of a store for the CLI and notebooks: counts by type, an entity's neighbours.

>>> from graph.ingest import load_paths
>>> from graph.store import open_store
>>> store = open_store("./erg-store")
>>> _ = load_paths(store, ["examples/stargate.yaml"])
>>> store_stats(store)[:2]
[['entities', 'Location', 1], ['entities', 'Organization', 6]]
>>> store.close()
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from graph.corrections import stored_corrections
from graph.model import MERGED, Entity, name_key
from graph.resolve import Resolver
from graph.store.base import Store


def store_stats(store: Store) -> list[list[Any]]:
    """Rows of (kind, type, count): entities and relations by type, then totals."""
    entities = store.entities()
    relations = store.relations()
    rows: list[list[Any]] = []
    for etype, n in sorted(Counter(e.type for e in entities).items()):
        rows.append(["entities", etype, n])
    for rtype, n in sorted(Counter(r.type for r in relations).items()):
        rows.append(["relations", rtype, n])
    rows.append(["total", "entities", len(entities)])
    rows.append(["total", "relations", len(relations)])
    rows.append(["total", "evidence", sum(len(r.evidence) for r in relations)])
    rows.append(["total", "documents", len(store.documents())])
    return rows


def neighbor_rows(
    store: Store, name: str, types: list[str] | None = None
) -> tuple[list[str], list[list[Any]]]:
    """Relations touching the entity called `name`, one row each, with their evidence."""
    entities = store.entities()
    resolver = Resolver(entities)
    entity = resolver.require(name)
    names = {e.id: e.name for e in entities}
    rows = []
    for rel in store.relations():
        if types and rel.type not in types:
            continue
        if entity.id not in (rel.source, rel.target):
            continue
        outgoing = rel.source == entity.id
        other = rel.target if outgoing else rel.source
        if store.schema.is_symmetric(rel.type):
            direction = "<->"
        else:
            direction = "->" if outgoing else "<-"
        rows.append(
            [
                direction,
                rel.type,
                names.get(other, other),
                len(rel.evidence),
                rel.evidence[0].text if rel.evidence else "",
            ]
        )
    rows.sort(key=lambda r: (r[1], r[2]))
    return ["dir", "type", "entity", "evidence", "first evidence"], rows


def merged_rows(store: Store, name: str) -> tuple[Entity, list[list[str]]]:
    """The entity called `name` (a name or alias) and, for each other name joined into it, the
    rule that joined it (`erg why-merged`): analysts' merges (`erg merge`), then the load's
    rules. Aliases from before merges were recorded show "(not recorded)"."""
    entity = Resolver(store.entities()).require(name)
    rows = [
        [c.names[1] if len(c.names) > 1 else c.args[1], f"analyst merge ({c.by}, {c.at})"]
        for c in stored_corrections(store)
        if c.kind == "merge" and c.active and c.args[0] == entity.id
    ]
    notes = entity.properties.get(MERGED) or []
    rows += [[str(n.get("name", "")), str(n.get("rule", ""))] for n in notes if isinstance(n, dict)]
    seen = {name_key(r[0]) for r in rows}
    rows.extend([a, "(not recorded)"] for a in entity.aliases if name_key(a) not in seen)
    return entity, rows
