"""Relations entered by an analyst one at a time (`erg add`).

>>> from graph.ingest import load_paths
>>> from graph.store import open_store
>>> store = open_store("./erg-store")
>>> _ = load_paths(store, ["examples/stargate.yaml"])
>>> rel, result, names = add_relation(store, "Musk", "ADVISES", "xAI", evidence="Musk advises xAI.")
>>> names[rel.source], rel.type, names[rel.target], result.relations_created
('Elon Musk', 'ADVISES', 'xAI', 1)
>>> store.close()
"""

from __future__ import annotations

import hashlib
from collections import Counter

from graph.corrections import apply_corrections, corrections_in_force
from graph.errors import ErgError
from graph.model import Document, Entity, Evidence, GraphDocument, Relation
from graph.resolve import Resolver
from graph.store.base import Store, UpsertResult
from graph.store.guard import retried


def add_relation(
    store: Store,
    source: str,
    rel_type: str,
    target: str,
    *,
    evidence: str | None = None,
    url: str | None = None,
    date: str | None = None,
    source_type: str | None = None,
    target_type: str | None = None,
) -> tuple[Relation, UpsertResult, dict[str, str]]:
    """Add SOURCE TYPE TARGET (names or aliases); unknown names need their type given.

    Returns the stored relation (ids), the store's answer and the endpoints' names by id.
    Written only if the analysts' corrections are still those it was checked against (else
    it is made again from a fresh read: graph.store.guard).
    """
    return retried(
        lambda: _add_once(
            store, source, rel_type, target, evidence, url, date, source_type, target_type
        ),
        "the relation",
    )


def _add_once(
    store: Store,
    source: str,
    rel_type: str,
    target: str,
    evidence: str | None,
    url: str | None,
    date: str | None,
    source_type: str | None,
    target_type: str | None,
) -> tuple[Relation, UpsertResult, dict[str, str]]:
    schema = store.schema
    rel_type = schema.check_relation_type(rel_type)
    resolver = Resolver(store.entities())
    doc = GraphDocument()
    note = evidence or ""
    document = Document(
        id="manual-" + hashlib.sha256(f"{url or ''}|{note}".encode()).hexdigest()[:16],
        title="analyst entry" if not url else url,
        source=url or "manual",
        date=date or "",
    )
    ends: list[Entity] = []
    for name, declared, side in ((source, source_type, "source"), (target, target_type, "target")):
        found = resolver.resolve(name)
        if found is None:
            if not declared:
                hint = resolver.suggest(name)
                extra = f"; did you mean {', '.join(hint)}?" if hint else ""
                raise ErgError(
                    f"no entity named {name!r} in the store{extra} "
                    f"(give --{side}-type to create it)"
                )
            found = Entity.named(name, schema.check_entity_type(declared))
        doc.add_entity(
            Entity(found.id, found.name, found.type, documents=[document.id] if evidence else [])
        )
        ends.append(found)
    if ends[0].id == ends[1].id:
        raise ErgError(f"relation {rel_type} from {ends[0].name!r} to itself is not allowed")
    items = [Evidence(evidence, document.id, extractor="manual")] if evidence else []
    if items:
        doc.add_document(document)
    props = {"date": date} if date else {}
    rel = doc.add_relation(Relation(ends[0].id, rel_type, ends[1].id, props, items))
    corrected: Counter[str] = Counter()
    fixes = corrections_in_force(store)
    doc = apply_corrections(doc, fixes, corrected)
    if corrected["rejected"]:
        raise ErgError(
            f"{ends[0].name} {rel_type} {ends[1].name} was rejected by an analyst; "
            f"bring it back first: erg restore {ends[0].name!r} {rel_type} {ends[1].name!r}"
        )
    result = store.upsert(doc, corrections=fixes.seen)
    if schema.is_symmetric(rel_type) and rel.source > rel.target:
        rel = Relation(rel.target, rel.type, rel.source, rel.properties, rel.evidence)
    return rel, result, {e.id: e.name for e in ends}
