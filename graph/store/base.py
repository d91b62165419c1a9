"""The Store protocol and what both stores share: the property layout and merge logic.

Both stores keep the same layout, so the same Cypher works on either:

- one node label per entity type, properties `id` (unique), `name`, `aliases` (list),
  `documents` (list of document ids), `props` (JSON object of free properties);
- one relationship type per relation type, properties `evidence` (list of sentences),
  `sources` (document id of each sentence), `extractors`, `confidence` (highest),
  `evidence_json` (the full evidence records), `date`, `amount`, `props` (JSON);
- `props`, `date` and `amount` are null when there is nothing to say (not `{}` or `""`);
- `Document` nodes (`id`, `title`, `source`, `date`) and one `ErgMeta` node holding the schema.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from graph.errors import ErgError
from graph.model import Document, Entity, Evidence, GraphDocument, Relation, merge_evidence
from graph.schema import Schema, valid_entity_identifier, valid_relation_identifier

if TYPE_CHECKING:
    from graph.store.guard import Guard

T = TypeVar("T")
NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=False)) for row in self.rows]


@dataclass
class UpsertResult:
    entities_created: int = 0
    entities_updated: int = 0
    relations_created: int = 0
    relations_updated: int = 0
    evidence_added: int = 0
    documents: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.entities_created} entities created, {self.entities_updated} updated; "
            f"{self.relations_created} relations created, {self.relations_updated} updated; "
            f"{self.evidence_added} evidence items added"
        )


StatementHook = Callable[[str], None]


class Warnings(list[str]):
    """What a store found and kept working through (bad rows, a discarded torn log): the CLI
    prints each once as a `warning:` line."""

    def __call__(self, message: str) -> None:
        if message not in self:
            self.append(message)


class Store(Protocol):
    """What every store offers; `EmbeddedStore` and `Neo4jStore` implement it.

    `warnings` collects what the store read past (bad rows written with `--write`, a torn log
    it discarded); `before_statement`, when set, is called with each statement before it is
    sent (a seam for tests that inject faults).

    `corrections` (the correction records a load's document was corrected with, key -> value)
    and `guard` (what a correction read of the entities it rewrites) are checked again inside
    the writing transaction: see graph.store.guard.
    """

    uri: str
    schema: Schema
    warnings: Warnings
    before_statement: StatementHook | None

    def upsert(
        self, doc: GraphDocument, *, corrections: Mapping[str, str] | None = None
    ) -> UpsertResult: ...
    def rewrite(
        self,
        doc: GraphDocument,
        *,
        remove_entities: Collection[str] = (),
        remove_relations: Collection[tuple[str, str, str]] = (),
        meta: Mapping[str, str | None] | None = None,
        guard: Guard | None = None,
        corrections: Mapping[str, str] | None = None,
    ) -> UpsertResult: ...
    def query(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout: float | None = None,
    ) -> QueryResult: ...
    def translate(self, cypher: str) -> str: ...
    def entities(self) -> list[Entity]: ...
    def relations(self) -> list[Relation]: ...
    def documents(self) -> list[Document]: ...
    def save_schema(self, schema: Schema) -> None: ...
    def close(self) -> None: ...


# -- row conversion shared by both stores ------------------------------------------------------
ENTITY_COLUMNS = ("id", "name", "aliases", "documents", "props")
RELATION_COLUMNS = (
    "evidence",
    "sources",
    "extractors",
    "confidence",
    "evidence_json",
    "date",
    "amount",
    "props",
)


def entity_row(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "documents": list(entity.documents),
        "props": _json_or_none(entity.properties),
    }


Warn = Callable[[str], None]


def entity_from_row(label: str, row: dict[str, Any], warn: Warn | None = None) -> Entity:
    """An entity from its stored row. A value an analyst wrote with `--write` that erg cannot
    read (a `props` that is not a JSON object, a name that is not text) is reported through
    `warn` and kept as well as it can be, never an error: one bad row must not stop a store."""
    entity_id = str(row["id"])
    where = f"entity {entity_id!r} ({label})"
    return Entity(
        id=entity_id,
        name=_text(row.get("name"), where, "name", warn) or entity_id,
        type=label,
        aliases=_texts(row.get("aliases"), where, "aliases", warn),
        documents=_texts(row.get("documents"), where, "documents", warn),
        properties=_json_object(row.get("props"), where, warn),
    )


def relation_row(relation: Relation) -> dict[str, Any]:
    props = dict(relation.properties)
    return {
        "s": relation.source,
        "t": relation.target,
        "evidence": [e.text for e in relation.evidence],
        "sources": [e.document for e in relation.evidence],
        "extractors": [e.extractor for e in relation.evidence],
        "confidence": max((e.confidence for e in relation.evidence), default=1.0),
        "evidence_json": json.dumps([e.to_dict() for e in relation.evidence]),
        "date": str(props["date"]) if props.get("date") else None,
        "amount": str(props["amount"]) if props.get("amount") else None,
        "props": _json_or_none(props),
    }


def _json_or_none(props: dict[str, Any]) -> str | None:
    """Free properties as a JSON object; none at all as null, which a store need not keep
    (Neo4j does not store a null property: about a fifth of a large load's commit time)."""
    return json.dumps(props, sort_keys=True, default=str) if props else None


def relation_from_row(
    source: str, rel_type: str, target: str, row: dict[str, Any], warn: Warn | None = None
) -> Relation:
    """A relation from its stored row; unreadable values are reported through `warn`."""
    where = f"relation {source!r} -[{rel_type}]-> {target!r}"
    return Relation(
        source=source,
        type=rel_type,
        target=target,
        properties=_json_object(row.get("props"), where, warn),
        evidence=_evidence(row.get("evidence_json"), where, warn),
    )


UNPARSED = "unparsed"  # the key under which a `props` text erg cannot read is kept


def _json_object(text: Any, where: str, warn: Warn | None) -> dict[str, Any]:
    if text is None or text == "":
        return {}
    try:
        value = json.loads(text) if isinstance(text, str) else text
    except (ValueError, RecursionError):
        value = None
    if isinstance(value, dict):
        return value
    _warn(warn, f"{where}: props is not a JSON object; kept as text under {UNPARSED!r}")
    return {UNPARSED: text if isinstance(text, str) else json.dumps(text, default=str)}


def _evidence(text: Any, where: str, warn: Warn | None) -> list[Evidence]:
    if text is None or text == "":
        return []
    try:
        records = json.loads(text) if isinstance(text, str) else None
        if not isinstance(records, list):
            raise ValueError("not a list")
        return [Evidence.from_dict(r) for r in records]
    except (ValueError, TypeError, AttributeError, RecursionError):
        _warn(warn, f"{where}: evidence_json is not a list of evidence records; ignored")
        return []


def _text(value: Any, where: str, name: str, warn: Warn | None) -> str:
    if value is None or isinstance(value, str):
        return value or ""
    _warn(warn, f"{where}: {name} is not text; read as {str(value)!r}")
    return str(value)


def _texts(value: Any, where: str, name: str, warn: Warn | None) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        _warn(warn, f"{where}: {name} is not a list; read as a list of one")
        value = [value]
    if not all(isinstance(v, str) for v in value):
        _warn(warn, f"{where}: {name} holds values that are not text; read as text")
    return [v if isinstance(v, str) else str(v) for v in value if v is not None]


def _warn(warn: Warn | None, message: str) -> None:
    if warn is not None:
        warn(message)


def stored_schema(text: Any, warn: Warn) -> Schema | None:
    """The schema kept in the store's ErgMeta node; None (with a warning) if unreadable."""
    try:
        return Schema.from_dict(json.loads(text), "stored schema")
    except (ValueError, TypeError, RecursionError, ErgError) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        warn(f"the schema kept in the store (ErgMeta) is unreadable ({detail}); using the default")
        return None


def merge_entity_rows(
    incoming: list[Entity], existing: dict[str, Entity]
) -> tuple[list[Entity], int, int]:
    """Merge incoming entities into what the store has; returns (rows to write, new, changed)."""
    out, created, updated = [], 0, 0
    for entity in incoming:
        old = existing.get(entity.id)
        if old is None:
            out.append(entity)
            created += 1
            continue
        merged = Entity(
            old.id, old.name, old.type, list(old.aliases), dict(old.properties), list(old.documents)
        )
        merged.merge(entity)
        if merged.to_dict() != old.to_dict():
            out.append(merged)
            updated += 1
    return out, created, updated


def merge_relation_rows(
    incoming: list[Relation], existing: dict[tuple[str, str, str], Relation]
) -> tuple[list[Relation], int, int, int]:
    """Merge incoming relations; returns (rows to write, created, updated, evidence added)."""
    out, created, updated, added = [], 0, 0, 0
    for rel in incoming:
        old = existing.get(rel.key)
        if old is None:
            out.append(rel)
            created += 1
            added += len(rel.evidence)
            continue
        evidence = merge_evidence(old.evidence, rel.evidence)
        props = {**old.properties, **rel.properties}
        if len(evidence) != len(old.evidence) or props != old.properties:
            added += len(evidence) - len(old.evidence)
            out.append(Relation(old.source, old.type, old.target, props, evidence))
            updated += 1
    return out, created, updated, added


def check_document(
    doc: GraphDocument,
    schema: Schema,
    known: dict[str, str],
    where: Callable[[Relation], str] | None = None,
) -> None:
    """Validate a resolved document before any write: types, endpoints, self-relations.

    `known` maps entity ids already in the store to their type (it wins over the document's).
    Each distinct type, and each distinct (relation type, source type, target type), is checked
    once. `where(relation)` names the file a bad relation came from, to start its error.
    """
    try:
        _check_document(doc, schema, known)
    except _BadRelation as bad:
        prefix = f"{where(bad.relation)}: " if where else ""
        raise ErgError(prefix + str(bad)) from None


class _BadRelation(ErgError):
    def __init__(self, message: str, relation: Relation):
        super().__init__(message)
        self.relation = relation


def _check_document(doc: GraphDocument, schema: Schema, known: dict[str, str]) -> None:
    types = {**{e.id: e.type for e in doc.entities.values()}, **known}
    for entity_type in {e.type for e in doc.entities.values()}:
        if entity_type not in schema.entity_types or not valid_entity_identifier(entity_type):
            schema.check_entity_type(entity_type)
    checked: set[tuple[str, str | None, str | None]] = set()
    for rel in doc.relations.values():
        source_type, target_type = types.get(rel.source), types.get(rel.target)
        combo = (rel.type, source_type, target_type)
        new = combo not in checked
        if new:
            if not valid_relation_identifier(rel.type) or rel.type not in schema.relation_types:
                schema.check_relation_type(rel.type)
            for end, end_type in ((rel.source, source_type), (rel.target, target_type)):
                if end_type is None:
                    raise _BadRelation(
                        f"relation {rel.type} refers to unknown entity id {end!r}", rel
                    )
        if rel.source == rel.target:
            raise _BadRelation(
                f"relation {rel.type} from {rel.source!r} to itself is not allowed", rel
            )
        if new and source_type is not None and target_type is not None:
            if not schema.allows(rel.type, source_type, target_type):
                raise _BadRelation(
                    f"{rel.type} cannot link {source_type} {rel.source!r} to "
                    f"{target_type} {rel.target!r} "
                    f"(allowed: {schema.describe_endpoints(rel.type)})",
                    rel,
                )
            checked.add(combo)


def check_names(doc: GraphDocument, schema: Schema) -> None:
    """Every type name a load would splice into Cypher is known and a valid identifier."""
    for entity_type in dict.fromkeys(e.type for e in doc.entities.values()):
        if entity_type not in schema.entity_types or not valid_entity_identifier(entity_type):
            schema.check_entity_type(entity_type)  # raises, listing the known types
            raise ErgError(f"invalid entity type {entity_type!r}")  # known, in the wrong case
    for rel_type in dict.fromkeys(r.type for r in doc.relations.values()):
        if rel_type not in schema.relation_types or not valid_relation_identifier(rel_type):
            schema.check_relation_type(rel_type)
            raise ErgError(f"invalid relation type {rel_type!r}")


def prepare_upsert(
    doc: GraphDocument, schema: Schema, types_by_id: Callable[[list[str]], dict[str, str]]
) -> tuple[GraphDocument, dict[str, str]]:
    """What both stores do before writing: orient symmetric relations, check type names (before
    anything reaches the database), give stored entities their stored type, validate endpoints.

    Returns the document to write and the types of the ids the store already has.
    """
    doc = orient(doc, schema)
    check_names(doc, schema)
    ends = {end for r in doc.relations.values() for end in (r.source, r.target)}
    known = types_by_id(list({*doc.entities, *ends}))
    # An entity keeps the type it was first stored with.
    for entity in doc.entities.values():
        if entity.id in known:
            entity.type = known[entity.id]
    check_document(doc, schema, known)
    return doc, known


def without(
    types_by_id: Callable[[list[str]], dict[str, str]], gone: Collection[str]
) -> Callable[[list[str]], dict[str, str]]:
    """`types_by_id` as it will answer once the entities `gone` are deleted (a rewrite deletes
    them, then writes them afresh: their new type must not give way to the stored one)."""
    if not gone:
        return types_by_id
    return lambda ids: {k: v for k, v in types_by_id(ids).items() if k not in gone}


def removal_groups(
    remove_entities: Collection[str],
    remove_relations: Collection[tuple[str, str, str]],
    stored_types: Callable[[list[str]], Mapping[str, str]],
) -> tuple[dict[str, list[str]], dict[tuple[str, str, str], list[list[str]]]]:
    """What a rewrite deletes, grouped so that every statement names its labels: entity ids by
    label, and relation endpoints by (type, source label, target label). `stored_types` looks
    the ids up in the store (`Store.entity_types_by_id`); ids the store does not have are left
    out; every name is checked before it is spliced into Cypher."""
    ends = {end for s, _, t in remove_relations for end in (s, t)}
    types = stored_types(sorted({*remove_entities, *ends}))
    entities: dict[str, list[str]] = {}
    for node_id in sorted(set(remove_entities)):
        if node_id in types:
            entities.setdefault(_checked_label(types[node_id]), []).append(node_id)
    relations: dict[tuple[str, str, str], list[list[str]]] = {}
    for s, rel_type, t in sorted(set(remove_relations)):
        if s in types and t in types:
            if not valid_relation_identifier(rel_type):
                raise ErgError(f"invalid relation type {rel_type!r}")
            group = (rel_type, _checked_label(types[s]), _checked_label(types[t]))
            relations.setdefault(group, []).append([s, t])
    return entities, relations


def _checked_label(label: str) -> str:
    if not valid_entity_identifier(label):
        raise ErgError(f"invalid entity type {label!r}")
    return label


def orient(doc: GraphDocument, schema: Schema) -> GraphDocument:
    """Give symmetric relations one canonical direction (sorted ids) so A-B and B-A merge."""
    symmetric = {t for t in {r.type for r in doc.relations.values()} if schema.is_symmetric(t)}
    out = GraphDocument(entities=doc.entities, documents=doc.documents, warnings=doc.warnings)
    if not any(r.type in symmetric and r.source > r.target for r in doc.relations.values()):
        out.relations = dict(doc.relations)  # nothing to turn round
        return out
    for rel in doc.relations.values():
        if rel.type in symmetric and rel.source > rel.target:
            rel = Relation(rel.target, rel.type, rel.source, rel.properties, rel.evidence)
        out.add_relation(rel)
    return out


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the length of a bulk load.

    A load allocates hundreds of thousands of short-lived, acyclic rows; each time they cross
    the collector's thresholds it rescans every object the process holds (a notebook's graphs
    too): 0.8 to 1.8 s of a 100k-relation load into Neo4j. Reference counting still frees the
    rows at once; the collector resumes as it was afterwards.

    >>> with gc_paused():
    ...     gc.isenabled()
    False
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def chunks(items: list[T], size: int) -> Iterator[list[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def snapshot(store: Store) -> GraphDocument:
    """The whole stored graph as a GraphDocument (for analysis, export, visualization)."""
    doc = GraphDocument()
    for entity in store.entities():
        doc.entities[entity.id] = entity
    for rel in store.relations():
        doc.relations[rel.key] = rel
    for d in store.documents():
        doc.documents[d.id] = d
    return doc
