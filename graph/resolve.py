"""Name resolution: find entities by name, id or alias (case- and punctuation-insensitive),
and fold a new GraphDocument's entities into the ones a store already knows.

>>> from graph.model import Entity
>>> r = Resolver([Entity.named("Elon Musk", "Person", aliases=["Musk"])])
>>> r.resolve("musk").id
'elon-musk'
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable

from graph.errors import ErgError
from graph.model import MERGED, Entity, GraphDocument, Relation, merge_notes, name_key
from graph.namekeys import ALIAS


class Resolver:
    """An index of entities by every name they are known under."""

    def __init__(self, entities: Iterable[Entity] = ()):
        self.by_id: dict[str, Entity] = {}
        self._index: dict[str, set[str]] = defaultdict(set)
        for entity in entities:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        self.by_id[entity.id] = entity
        for name in (entity.name, entity.id, *entity.aliases):
            key = name_key(name)
            if key:
                self._index[key].add(entity.id)

    def lookup(self, name: str) -> list[Entity]:
        """All entities known under `name`; an exact canonical-name match wins over aliases."""
        ids = self._index.get(name_key(name), set())
        exact = [i for i in ids if name_key(self.by_id[i].name) == name_key(name)]
        chosen = exact or sorted(ids)
        return [self.by_id[i] for i in sorted(chosen)]

    def resolve(self, name: str) -> Entity | None:
        """The one entity known as `name`, None when unknown; ambiguity is an error."""
        found = self.lookup(name)
        if len(found) > 1:
            options = ", ".join(f"{e.name} ({e.type})" for e in found)
            raise ErgError(f"{name!r} is ambiguous: it could be {options}; use the full name")
        return found[0] if found else None

    def require(self, name: str) -> Entity:
        """Like resolve, but an unknown name is an error that suggests close names."""
        entity = self.resolve(name)
        if entity is None:
            hint = self.suggest(name)
            extra = f"; did you mean {', '.join(hint)}?" if hint else ""
            raise ErgError(f"no entity named {name!r} in the store{extra}")
        return entity

    def suggest(self, name: str, n: int = 3) -> list[str]:
        names = {e.name for e in self.by_id.values()}
        names |= {a for e in self.by_id.values() for a in e.aliases}
        return difflib.get_close_matches(name, sorted(names), n=n, cutoff=0.6)


def resolve_document(doc: GraphDocument, known: Iterable[Entity]) -> GraphDocument:
    """Map the document's entities onto entities the store already has (by name or alias),
    and fold entities of the document into each other when one's name is another's alias.

    Returns a new GraphDocument whose relations point at the surviving ids.
    """
    existing = Resolver(known)
    local = Resolver(doc.entities.values())
    rename: dict[str, str] = {}
    for entity in doc.entities.values():
        if entity.id in existing.by_id:
            continue
        target = _unique_match(existing, entity)
        if target is None:
            # Within the document: "Musk" folds into "Elon Musk" when that is unambiguous.
            match = _unique_match(local, entity, exclude=entity.id)
            if match is not None and len(match.name) > len(entity.name):
                target = match
        if target is not None and target.type == entity.type:
            rename[entity.id] = target.id
    # Follow chains (a -> b -> c) to the final id.
    for src in list(rename):
        seen = {src}
        while rename[src] in rename and rename[src] not in seen:
            seen.add(rename[src])
            rename[src] = rename[rename[src]]
    out = GraphDocument(documents=dict(doc.documents), warnings=list(doc.warnings))
    for entity in doc.entities.values():
        new_id = rename.get(entity.id, entity.id)
        if new_id == entity.id:
            out.add_entity(entity.copy())
            continue
        base = existing.by_id.get(new_id) or doc.entities[new_id]
        kept = Entity(base.id, base.name, base.type)
        kept.merge(entity)
        if name_key(entity.name) != name_key(base.name):  # recorded for `erg why-merged`
            note = {"name": entity.name, "rule": ALIAS}
            kept.properties[MERGED] = merge_notes(kept.properties.get(MERGED), [note])
        out.add_entity(kept)
    for rel in doc.relations.values():
        s, t = rename.get(rel.source, rel.source), rename.get(rel.target, rel.target)
        if s == t:
            continue
        out.add_relation(Relation(s, rel.type, t, dict(rel.properties), list(rel.evidence)))
    return out


def _unique_match(index: Resolver, entity: Entity, exclude: str | None = None) -> Entity | None:
    candidates: dict[str, Entity] = {}
    for name in (entity.name, *entity.aliases):
        for found in index.lookup(name):
            if found.id != exclude:
                candidates[found.id] = found
    return next(iter(candidates.values())) if len(candidates) == 1 else None
