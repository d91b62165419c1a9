"""A working copy of stored entities and relations that records what an edit touches, then
writes exactly that back in one transaction (`Store.rewrite`).

Corrections (merge, retype, rename, reject and their undo) are edits of this copy: checking
them needs the graph, and writing them needs only the entities and relations they changed.

>>> from graph.model import Entity
>>> copy = WorkingCopy(GraphDocument(entities={"ann": Entity("ann", "Ann", "Person")}))
>>> copy.put_entity(Entity("ann", "Ann Lee", "Person", aliases=["Ann"]))
>>> sorted(copy.touched_entities)
['ann']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from graph.errors import ErgError
from graph.model import Entity, GraphDocument, Relation, name_key
from graph.resolve import Resolver
from graph.schema import DEFAULT_SCHEMA, Schema
from graph.store.base import Store, UpsertResult, orient, snapshot
from graph.store.guard import Guard, Key, relations_of


class WorkingCopy:
    """Entities and relations (a snapshot of a store, or any GraphDocument) being edited."""

    def __init__(
        self,
        graph: GraphDocument,
        schema: Schema = DEFAULT_SCHEMA,
        fetch: Callable[[list[str], Mapping[str, str]], list[Relation]] | None = None,
        read: GraphDocument | None = None,
    ):
        """`graph` holds every entity; its relations are all of them, unless `fetch(ids,
        types)` is given to read the relations of entities when they are first needed.

        `read` is the stored graph as read (a copy of a store: what `guard` vouches for);
        relations fetched later are added to it."""
        self.schema = schema
        self._fetch = fetch
        self._read = read
        self._loaded: set[str] = set()
        self.entities: dict[str, Entity] = dict(graph.entities)
        self.relations: dict[Key, Relation] = dict(graph.relations)
        self._stored_entities = set(self.entities)
        self._stored_relations = set(self.relations)
        self._by_entity: dict[str, set[Key]] = defaultdict(set)
        for key in self.relations:
            self._by_entity[key[0]].add(key)
            self._by_entity[key[2]].add(key)
        self.touched_entities: set[str] = set()
        self.touched_relations: set[Key] = set()
        self._claimed: dict[str, str] = {}  # name key -> the entity an edit gave that name
        self._resolver: Resolver | None = None

    @staticmethod
    def of_store(store: Store, extra: GraphDocument | None = None) -> WorkingCopy:
        """The store's entities, and the relations of those an edit looks at (read when first
        needed); with `extra` (a load not yet written) the whole graph with it folded in."""
        if extra is not None:
            stored = snapshot(store)
            graph = _folded(stored, orient(extra, store.schema))
            return WorkingCopy(graph, store.schema, read=stored)
        entities = {e.id: e for e in store.entities()}

        def fetch(ids: list[str], types: Mapping[str, str]) -> list[Relation]:
            by_label: dict[str, list[str]] = defaultdict(list)
            for entity_id in ids:
                by_label[types[entity_id]].append(entity_id)
            return relations_of(lambda c, p: store.query(c, p).rows, by_label, store.warnings)

        read = GraphDocument(entities=dict(entities))
        return WorkingCopy(GraphDocument(entities=entities), store.schema, fetch, read)

    def load(self, ids: Iterable[str]) -> None:
        """Make sure the stored relations of these entities are in the copy (what the copy
        removed stays removed)."""
        missing = sorted({i for i in ids if i in self.entities} - self._loaded)
        if not missing or self._fetch is None:
            self._loaded.update(missing)
            return
        types = {i: self.entities[i].type for i in missing}
        for rel in self._fetch(missing, types):
            if self._read is not None:
                self._read.relations[rel.key] = rel
            if rel.key in self.relations or rel.key in self.touched_relations:
                continue
            self.relations[rel.key] = rel
            self._stored_relations.add(rel.key)
            self._by_entity[rel.source].add(rel.key)
            self._by_entity[rel.target].add(rel.key)
        self._loaded.update(missing)

    # -- reading ------------------------------------------------------------------------------
    def require(self, name: str) -> Entity:
        """The entity known as `name` (name, alias or id); unknown or ambiguous is an error."""
        if self._resolver is None:
            self._resolver = Resolver(self.entities.values())
        return self._resolver.require(name)

    def relations_of(self, entity_id: str) -> list[Relation]:
        self.load([entity_id])
        return [self.relations[k] for k in sorted(self._by_entity.get(entity_id, ()))]

    def oriented(self, source: str, rel_type: str, target: str) -> Key:
        """The key a relation is stored under (symmetric types: smaller id first)."""
        if self.schema.is_symmetric(rel_type) and source > target:
            return (target, rel_type, source)
        return (source, rel_type, target)

    def type_of(self, entity_id: str) -> str:
        return self.entities[entity_id].type

    def check_allowed(
        self, rel: Relation, types: Mapping[str, str], what: str, shown: Relation | None = None
    ) -> None:
        """Raise if `rel`, with its endpoints typed as in `types` (else as now), breaks the
        schema; `what` says which change would break it, `shown` is the relation as it is now
        (if `rel` is what the change would make of it)."""
        s_type = types.get(rel.source) or self.type_of(rel.source)
        t_type = types.get(rel.target) or self.type_of(rel.target)
        if not self.schema.allows(rel.type, s_type, t_type):
            now = shown or rel
            raise ErgError(
                f"{what}: its relation {self.entities[now.source].name} {now.type} "
                f"{self.entities[now.target].name} would break the schema ({rel.type} links "
                f"{self.schema.describe_endpoints(rel.type)}, not {s_type} to {t_type})"
            )

    # -- editing ------------------------------------------------------------------------------
    def put_entity(self, entity: Entity) -> None:
        """Add or replace an entity (its relations stay)."""
        self.entities[entity.id] = entity
        self.touched_entities.add(entity.id)
        self._resolver = None

    def remove_entity(self, entity_id: str) -> list[Relation]:
        """Remove an entity and its relations; returns the relations removed."""
        gone = self.relations_of(entity_id)
        for rel in gone:
            self.remove_relation(rel.key)
        del self.entities[entity_id]
        self.touched_entities.add(entity_id)
        self._resolver = None
        return gone

    def put_relation(self, rel: Relation) -> None:
        """Add or replace a relation (under its stored orientation)."""
        key = self.oriented(*rel.key)
        if key != rel.key:
            rel = Relation(key[0], key[1], key[2], dict(rel.properties), list(rel.evidence))
        self.relations[key] = rel
        self._by_entity[key[0]].add(key)
        self._by_entity[key[2]].add(key)
        self.touched_relations.add(key)

    def remove_relation(self, key: Key) -> None:
        self.relations.pop(key, None)
        self._by_entity[key[0]].discard(key)
        self._by_entity[key[2]].discard(key)
        self.touched_relations.add(key)

    def claim_name(self, name: str, entity_id: str) -> None:
        """An edit found `name` held by no entity but `entity_id`: the write checks it still
        is (a load may create an entity under that name meanwhile)."""
        self._claimed[name_key(name)] = entity_id

    # -- writing ------------------------------------------------------------------------------
    def guard(self) -> Guard | None:
        """What this copy read of the stored entities its edits depend on: those whose
        relations it read and those it changed, with every relation they have (None for a copy
        of no store). A rewrite checks it before writing (graph.store.guard)."""
        if self._read is None:
            return None
        ids = (self._loaded | self.touched_entities) & self._read.entities.keys()
        self.load(ids)
        relations = [r for r in self._read.relations.values() if {r.source, r.target} & ids]
        return Guard.of([self._read.entities[i] for i in ids], relations, self._claimed)

    def commit(
        self,
        store: Store,
        meta: Mapping[str, str | None],
        *,
        load: GraphDocument | None = None,
        corrections: Mapping[str, str] | None = None,
    ) -> UpsertResult:
        """Write what was touched, and the `meta` records, in one transaction, if what the
        copy read of the entities it changed is still so (else StaleRead: edit a new copy).

        A touched entity is deleted and written afresh with every relation it has now (so its
        type, name and aliases become exactly these); a touched relation likewise. With `load`
        (the document folded into a copy `of_store(store, extra=load)`), the rest of the load
        is written in the same transaction, refused if the stored correction records are no
        longer `corrections`.
        """
        doc, remove_entities, remove_relations = self._changes()
        if load is not None:
            doc = self._with_load(doc, load)
        return store.rewrite(
            doc,
            remove_entities=remove_entities,
            remove_relations=remove_relations,
            meta=meta,
            guard=self.guard(),
            corrections=corrections,
        )

    def _changes(self) -> tuple[GraphDocument, list[str], list[Key]]:
        """What to write (touched entities with their relations, touched relations) and what
        to delete first."""
        remove_entities = sorted(self.touched_entities & self._stored_entities)
        doc = GraphDocument()
        for entity_id in sorted(self.touched_entities):
            if entity_id in self.entities:
                doc.entities[entity_id] = self.entities[entity_id]
                for rel in self.relations_of(entity_id):
                    doc.relations[rel.key] = rel
        for key in sorted(self.touched_relations):
            if key in self.relations:
                doc.relations[key] = self.relations[key]
        gone = set(remove_entities)
        remove_relations = [
            key
            for key in sorted(self.touched_relations & self._stored_relations)
            if key[0] not in gone and key[2] not in gone
        ]
        return doc, remove_entities, remove_relations

    def _with_load(self, changes: GraphDocument, load: GraphDocument) -> GraphDocument:
        """The load, where the copy's edits have changed it replaced by the copy's version
        (which folds the load in): untouched entities and relations go as loaded."""
        touched = self.touched_entities
        out = GraphDocument(
            entities=dict(changes.entities),
            relations=dict(changes.relations),
            documents=dict(load.documents),
            warnings=list(load.warnings),
        )
        for entity in load.entities.values():
            if entity.id not in touched:
                out.entities.setdefault(entity.id, entity)
        for rel in orient(load, self.schema).relations.values():
            if rel.key not in self.touched_relations and not {rel.source, rel.target} & touched:
                out.relations.setdefault(rel.key, rel)
        return out


def _folded(graph: GraphDocument, extra: GraphDocument) -> GraphDocument:
    """`extra` merged into `graph` the way a store merges a load: a stored entity keeps its
    type and name, relations gather evidence."""
    out = GraphDocument(entities=dict(graph.entities), relations=dict(graph.relations))
    for entity in extra.entities.values():
        kept = out.entities.get(entity.id)
        if kept is None:
            out.entities[entity.id] = entity
            continue
        merged = Entity(kept.id, kept.name, kept.type, list(kept.aliases), dict(kept.properties))
        merged.documents = list(kept.documents)
        merged.merge(entity)
        out.entities[entity.id] = merged
    for rel in _relations(extra.relations.values()):
        had = out.relations.get(rel.key)
        if had is not None:  # a copy: `graph`'s own relation stays as it was read
            out.relations[rel.key] = _copied(had)
        out.add_relation(rel)
    return out


def _relations(relations: Iterable[Relation]) -> Iterable[Relation]:
    return map(_copied, relations)


def _copied(rel: Relation) -> Relation:
    return Relation(rel.source, rel.type, rel.target, dict(rel.properties), list(rel.evidence))
