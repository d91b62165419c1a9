"""Analyst corrections that survive reloads: merge, retype, rename, reject, and their undo.

Each correction is a record kept in the store itself (an `ErgMeta` node whose key starts with
`correction:` and whose value is JSON), with what was done, who did it (`$USER` unless `by`
is given), when (UTC) and why. Making one rewrites the entities and relations it touches and
writes its record in one transaction, which first checks that what it read of them is still
so (graph.store.guard; else it is made again). Every later load passes its document through
`apply_corrections` just before the upsert (and the store checks, as the load commits, that
the corrections are still those), so a reload cannot undo an analyst's work:

- merge KEEP GONE: GONE becomes an alias of KEEP, its relations and evidence move to KEEP
  (`unmerge` restores GONE and its relations exactly as they were);
- retype NAME TYPE; rename NAME NEW (the old name stays as an alias);
- reject SOURCE TYPE TARGET: the relation leaves the graph (so queries, the page and exports
  no longer see it) and no load adds it again; `restore` brings it back with its evidence.

>>> from graph.ingest import load_paths
>>> from graph.store import open_store
>>> store = open_store("./erg-store")
>>> _ = load_paths(store, ["examples/stargate.yaml"])
>>> reject(store, "Elon Musk", "FOUNDED", "OpenAI", reason="misread").args
['elon-musk', 'FOUNDED', 'openai']
>>> [c.args for c in rejected(store)]
[['elon-musk', 'FOUNDED', 'openai']]
>>> store.close()
"""

from __future__ import annotations

import getpass
import json
import os
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from graph.errors import ErgError
from graph.model import (
    CorrectionRequest,
    Entity,
    Evidence,
    GraphDocument,
    Relation,
    merge_aliases,
    merge_evidence,
    name_key,
)
from graph.schema import Schema
from graph.store.base import Store, UpsertResult
from graph.store.guard import CORRECTION_PREFIX, CORRECTIONS_QUERY, Key, retried
from graph.working_copy import WorkingCopy

PREFIX = CORRECTION_PREFIX


class AlreadyDone(ErgError):
    """The correction asked for is in force already (a curated file loaded again skips it)."""


@dataclass
class Correction:
    """One correction: `args` are ids (and a type or name), `names` the names shown for them;
    `before` holds what undoing it needs."""

    kind: str
    args: list[str]
    names: list[str] = field(default_factory=list)
    by: str = ""
    at: str = ""
    reason: str = ""
    before: dict[str, Any] = field(default_factory=dict)
    undone_by: str = ""
    undone_at: str = ""
    key: str = ""

    @property
    def active(self) -> bool:
        return not self.undone_at

    def to_json(self) -> str:
        data = asdict(self)
        del data["key"]
        return json.dumps(data, sort_keys=True, ensure_ascii=False)

    @staticmethod
    def from_json(key: str, text: str) -> Correction:
        data = json.loads(text)
        return Correction(**{k: v for k, v in data.items() if k != "key"}, key=key)

    def describe(self) -> str:
        """One line: `merge 'Open AI' into 'OpenAI'`, `reject Ann FOUNDED Acme`, ..."""
        n = self.names or self.args
        if self.kind == "merge":
            return f"merge {n[1]!r} into {n[0]!r}"
        if self.kind == "retype":
            return f"retype {n[0]!r} as {self.args[1]}"
        if self.kind == "rename":
            return f"rename {n[0]!r} to {self.args[1]!r}"
        return f"reject {n[0]} {self.args[1]} {n[2]}"


def who(by: str | None = None) -> str:
    """The analyst's name: `by`, else $USER, else the login name."""
    if by:
        return by
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _stamped(correction: Correction, by: str | None, reason: str) -> Correction:
    correction.by, correction.at, correction.reason = who(by), _now(), reason
    # Keys sort in the order corrections were made; the suffix keeps two analysts apart.
    correction.key = f"{PREFIX}{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
    return correction


# -- storage ----------------------------------------------------------------------------------
def stored_corrections(store: Store) -> list[Correction]:
    """Every correction in the store (undone ones too), oldest first."""
    return _records(store, store.query(CORRECTIONS_QUERY, {"p": PREFIX}).rows)


def corrections_in_force(store: Store) -> CorrectionSet:
    """The corrections in force, compiled, with the records they were read from (`seen`: a
    load that applies them gives them to the store, which checks them again as it commits)."""
    rows = store.query(CORRECTIONS_QUERY, {"p": PREFIX}).rows
    fixes = CorrectionSet.of(_records(store, rows))
    fixes.seen = {key: value for key, value in rows}
    return fixes


def _records(store: Store, rows: list[list[Any]]) -> list[Correction]:
    out = []
    for key, value in sorted(rows):
        try:
            out.append(Correction.from_json(key, value))
        except (ValueError, TypeError, AttributeError, RecursionError):  # written with --write
            store.warnings(f"the correction {key!r} kept in the store is unreadable; ignored")
    return out


def rejected(store: Store) -> list[Correction]:
    """The rejections in force, oldest first."""
    return [c for c in stored_corrections(store) if c.kind == "reject" and c.active]


# -- applying corrections to a load -----------------------------------------------------------
@dataclass
class CorrectionSet:
    """The corrections in force, compiled for mapping a load's entities and relations."""

    merged: dict[str, str] = field(default_factory=dict)  # merged-away id -> kept id
    names: dict[str, str] = field(default_factory=dict)  # name key -> id it now belongs to
    types: dict[str, str] = field(default_factory=dict)  # id -> type given by retype
    renamed: dict[str, str] = field(default_factory=dict)  # id -> name given by rename
    rejected: set[Key] = field(default_factory=set)  # both directions when symmetric
    known: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, type)
    seen: dict[str, str] | None = None  # the records (key -> value) these were compiled from

    @staticmethod
    def of(corrections: Iterable[Correction]) -> CorrectionSet:
        out = CorrectionSet()
        rejections: list[Correction] = []
        for c in corrections:
            if not c.active:
                continue
            if c.kind == "merge":
                kept, gone = c.args
                for old, new in list(out.merged.items()):
                    if new == gone:
                        out.merged[old] = kept
                out.merged[gone] = kept
                out.names[name_key(c.before["entity"]["name"])] = kept
                out.known[kept] = (c.names[0], c.before.get("kept", {}).get("type", ""))
            elif c.kind == "rename":
                entity_id, new = c.args
                out.renamed[entity_id] = new
                out.names[name_key(new)] = entity_id
                out.names.setdefault(name_key(c.before.get("name", "")), entity_id)
            elif c.kind == "retype":
                out.types[c.args[0]] = c.args[1]
            elif c.kind == "reject":
                rejections.append(c)
        for entity_id, name in out.renamed.items():
            out.known[entity_id] = (name, out.known.get(entity_id, ("", ""))[1])
        for entity_id, entity_type in out.types.items():
            out.known[entity_id] = (out.known.get(entity_id, ("", ""))[0], entity_type)
        out.names = {k: out.map_id(v) for k, v in out.names.items() if k}
        for c in rejections:
            s, rel_type, t = out.map_id(c.args[0]), c.args[1], out.map_id(c.args[2])
            out.rejected.add((s, rel_type, t))
            if c.before.get("symmetric"):
                out.rejected.add((t, rel_type, s))
        return out

    def map_id(self, entity_id: str) -> str:
        return self.merged.get(entity_id, entity_id)

    def fixed_types(self) -> dict[str, str]:
        """Entity id -> type as the analysts decided it (for corpus type reconciliation)."""
        return dict(self.types)

    def __bool__(self) -> bool:
        return bool(self.merged or self.names or self.types or self.renamed or self.rejected)


def apply_corrections(
    doc: GraphDocument,
    corrections: Iterable[Correction] | CorrectionSet,
    counts: Counter[str] | None = None,
    schema: Schema | None = None,
) -> GraphDocument:
    """The document as the corrections in force say it should be: entities merged away map to
    the one kept (by id, or by their old name), renames and retypes applied, rejected relations
    left out. `counts` (if given) gains `merged`, `renamed`, `retyped`, `rejected`, and
    `dropped` for relations that a merge turned into a self-relation or that a corrected
    endpoint type no longer allows under `schema`.
    """
    fixes = corrections if isinstance(corrections, CorrectionSet) else CorrectionSet.of(corrections)
    if not fixes:
        return doc
    counts = counts if counts is not None else Counter()
    ids = {e.id: _target(fixes, e) for e in doc.entities.values()}
    out = GraphDocument(
        documents=dict(doc.documents), warnings=list(doc.warnings), corrections=doc.corrections
    )
    # Entities that keep their id first, so the kept record leads what is merged into it.
    for entity in sorted(doc.entities.values(), key=lambda e: ids[e.id] != e.id):
        target = ids[entity.id]
        record = entity.copy()
        if target != entity.id:
            counts["merged"] += 1
            name, entity_type = fixes.known.get(target, ("", ""))
            record = Entity(target, name or entity.name, entity_type or entity.type)
            record.merge(entity)
        out.add_entity(record)
    corrected = _rename_and_retype(out, fixes, counts)
    for rel in doc.relations.values():
        s = ids.get(rel.source) or fixes.map_id(rel.source)
        t = ids.get(rel.target) or fixes.map_id(rel.target)
        if s == t:
            counts["dropped"] += 1
            continue
        if (s, rel.type, t) in fixes.rejected:
            counts["rejected"] += 1
            continue
        if schema is not None and ({s, t} & corrected) and not _allowed(out, schema, s, rel, t):
            counts["dropped"] += 1
            continue
        out.add_relation(Relation(s, rel.type, t, dict(rel.properties), list(rel.evidence)))
    return out


def _target(fixes: CorrectionSet, entity: Entity) -> str:
    if entity.id in fixes.merged:
        return fixes.merged[entity.id]
    return fixes.names.get(name_key(entity.name), entity.id)


def _rename_and_retype(doc: GraphDocument, fixes: CorrectionSet, counts: Counter[str]) -> set[str]:
    """Apply renames and retypes in place; returns the ids whose record the corrections set."""
    for entity in doc.entities.values():
        new_name = fixes.renamed.get(entity.id)
        if new_name and entity.name != new_name:
            entity.aliases = merge_aliases(entity.aliases, [entity.name], name=new_name)
            entity.name = new_name
            counts["renamed"] += 1
        new_type = fixes.types.get(entity.id)
        if new_type and entity.type != new_type:
            entity.type = new_type
            counts["retyped"] += 1
    return set(fixes.known) & set(doc.entities)


def _allowed(doc: GraphDocument, schema: Schema, s: str, rel: Relation, t: str) -> bool:
    source, target = doc.entities.get(s), doc.entities.get(t)
    if source is None or target is None or rel.type not in schema.relation_types:
        return True  # the store's checks speak for these
    return schema.allows(rel.type, source.type, target.type)


# -- making corrections -----------------------------------------------------------------------
# Each reads the store, edits a working copy and writes it with its record in one transaction,
# which first checks that what the copy read of the entities it changes is still so; if another
# writer changed them meanwhile, the correction is made again from a fresh read (retried).
def merge(
    store: Store, keep: str, gone: str, *, by: str | None = None, reason: str = ""
) -> Correction:
    """Merge the entity `gone` into `keep` (names or aliases): `gone` becomes an alias of
    `keep`, its relations and evidence move over. Undo with `unmerge(store, gone)`."""
    return _made(
        store,
        "the merge",
        lambda copy: edit_merge(copy, keep, gone, stored_corrections(store)),
        _stamp(by, reason),
    )


def retype(
    store: Store, name: str, new_type: str, *, by: str | None = None, reason: str = ""
) -> Correction:
    """Give the entity `name` the type `new_type` (its relations must allow it)."""
    return _made(
        store, "the retype", lambda copy: edit_retype(copy, name, new_type), _stamp(by, reason)
    )


def rename(
    store: Store, name: str, new_name: str, *, by: str | None = None, reason: str = ""
) -> Correction:
    """Rename the entity `name` to `new_name`; the old name stays as an alias, the id stays."""
    return _made(
        store, "the rename", lambda copy: edit_rename(copy, name, new_name), _stamp(by, reason)
    )


def reject(
    store: Store,
    source: str,
    rel_type: str,
    target: str,
    *,
    by: str | None = None,
    reason: str = "",
) -> Correction:
    """Take the relation SOURCE TYPE TARGET out of the graph for good (its evidence is kept in
    the rejection, for `restore`)."""
    return _made(
        store,
        "the rejection",
        lambda copy: edit_reject(copy, source, rel_type, target, stored_corrections(store)),
        _stamp(by, reason),
    )


def unmerge(store: Store, name: str, *, by: str | None = None) -> Correction:
    """Undo the merge that made `name` an alias: the entity comes back with its relations and
    evidence, and the kept entity loses what the merge gave it."""
    return _made(
        store,
        "the unmerge",
        lambda copy: edit_unmerge(copy, name, stored_corrections(store)),
        _undone(by),
    )


def restore(
    store: Store, source: str, rel_type: str, target: str, *, by: str | None = None
) -> Correction:
    """Bring back a rejected relation, with the evidence it had."""
    return _made(
        store,
        "the restore",
        lambda copy: edit_restore(copy, source, rel_type, target, stored_corrections(store)),
        _undone(by),
    )


def _made(
    store: Store,
    what: str,
    edit: Callable[[WorkingCopy], Correction],
    finish: Callable[[Correction], Correction],
) -> Correction:
    """The one shape of every correction: read the store into a working copy, check and edit
    it (`edit`, which raises ErgError when the correction cannot be made), sign the record
    (`finish`), write both in one guarded transaction; all of it again from a fresh read while
    another writer changes what it read (graph.store.guard.retried)."""

    def attempt() -> Correction:
        copy = WorkingCopy.of_store(store)
        record = finish(edit(copy))
        copy.commit(store, {record.key: record.to_json()})
        return record

    return retried(attempt, what)


def _stamp(by: str | None, reason: str) -> Callable[[Correction], Correction]:
    """A new correction's signature: who, when, why, and its fresh key."""
    return lambda correction: _stamped(correction, by, reason)


def _undone(by: str | None) -> Callable[[Correction], Correction]:
    """An undo's signature on the record it undoes: who undid it, and when."""

    def sign(record: Correction) -> Correction:
        record.undone_by, record.undone_at = who(by), _now()
        return record

    return sign


# -- the edits themselves (on a working copy; nothing is written) -----------------------------
def edit_merge(copy: WorkingCopy, keep: str, gone: str, records: list[Correction]) -> Correction:
    kept, lost = copy.require(keep), copy.require(gone)
    copy.load([kept.id, lost.id])
    if kept.id == lost.id:
        if _merge_of(records, gone, kept.id) is not None:
            raise AlreadyDone(f"{gone!r} is already merged into {kept.name!r}")
        raise ErgError(f"cannot merge {kept.name!r} into itself")
    moved = copy.relations_of(lost.id)
    what = f"cannot merge {lost.type} {lost.name!r} into {kept.type} {kept.name!r}"
    mapped = []
    for rel in moved:
        s, t = _swap(rel.source, lost.id, kept.id), _swap(rel.target, lost.id, kept.id)
        if s != t:
            new = Relation(s, rel.type, t, dict(rel.properties), list(rel.evidence))
            copy.check_allowed(new, {}, what, shown=rel)
            mapped.append(new)
    keys = [copy.oriented(*r.key) for r in mapped]
    before = {
        "entity": lost.to_dict(),
        "relations": [r.to_dict() for r in moved],
        "kept": {
            "type": kept.type,
            "aliases": list(kept.aliases),
            "documents": list(kept.documents),
            "properties": dict(kept.properties),
        },
        "kept_relations": [
            [list(k), copy.relations[k].to_dict() if k in copy.relations else None]
            for k in dict.fromkeys(keys)
        ],
    }
    copy.remove_entity(lost.id)
    for key, rel in zip(keys, mapped, strict=True):
        old = copy.relations.get(key)
        if old is not None:  # the kept entity's own relation leads: its properties win
            rel = Relation(
                *key,
                {**rel.properties, **old.properties},
                merge_evidence(old.evidence, rel.evidence),
            )
        copy.put_relation(rel)
    merged = kept.copy()
    merged.merge(lost)
    copy.put_entity(merged)
    return Correction("merge", [kept.id, lost.id], [kept.name, lost.name], before=before)


def edit_unmerge(copy: WorkingCopy, name: str, records: list[Correction]) -> Correction:
    record = _merge_of(records, name)
    if record is None:
        raise ErgError(f"{name!r} was never merged into another entity (nothing to undo)")
    kept_id, gone_id = record.args
    lost = _entity(record.before["entity"])
    if kept_id not in copy.entities:
        raise ErgError(
            f"cannot unmerge {lost.name!r}: {record.names[0]!r} was itself merged or removed "
            "since; undo that first"
        )
    if gone_id in copy.entities:
        raise ErgError(f"cannot unmerge {lost.name!r}: an entity with id {gone_id!r} exists again")
    later = CorrectionSet.of(r for r in records if r.key != record.key)
    copy.load([kept_id])
    before = record.before
    for rel in map(_relation, before["relations"]):  # take the moved evidence back
        key = copy.oriented(
            _swap(rel.source, gone_id, kept_id), rel.type, _swap(rel.target, gone_id, kept_id)
        )
        if key[0] == key[2] or key not in copy.relations:
            continue
        had = dict((tuple(k), v) for k, v in before["kept_relations"]).get(key)
        own = {e.key for e in _relation(had).evidence} if had else set()
        moved = {e.key for e in rel.evidence} - own
        current = copy.relations[key]
        left = [e for e in current.evidence if e.key not in moved]
        if had is None and not left:
            copy.remove_relation(key)
        else:
            props = _relation(had).properties if had else current.properties
            copy.put_relation(Relation(*key, dict(props), left))
    copy.put_entity(_unmerged(copy.entities[kept_id], lost, before["kept"]))
    copy.put_entity(lost)
    for rel in map(_relation, before["relations"]):
        s, t = _present(copy, later, rel.source, lost), _present(copy, later, rel.target, lost)
        now = copy.relations.get(copy.oriented(s, rel.type, t))
        evidence = merge_evidence(now.evidence, rel.evidence) if now else rel.evidence
        copy.put_relation(Relation(s, rel.type, t, dict(rel.properties), evidence))
    return record


def edit_retype(copy: WorkingCopy, name: str, new_type: str) -> Correction:
    entity = copy.require(name)
    new_type = copy.schema.check_entity_type(new_type)
    if entity.type == new_type:
        raise AlreadyDone(f"{entity.name!r} is already a {new_type}")
    what = f"cannot retype {entity.type} {entity.name!r} as {new_type}"
    for rel in copy.relations_of(entity.id):
        copy.check_allowed(rel, {entity.id: new_type}, what)
    changed = entity.copy()
    changed.type = new_type
    copy.put_entity(changed)
    return Correction("retype", [entity.id, new_type], [entity.name], before={"type": entity.type})


def edit_rename(copy: WorkingCopy, name: str, new_name: str) -> Correction:
    entity = copy.require(name)
    new_name = " ".join(new_name.split())
    if not new_name:
        raise ErgError("the new name is empty")
    if new_name == entity.name:
        raise AlreadyDone(f"{entity.name!r} is already named so")
    for other in copy.entities.values():
        names = {name_key(other.name), *map(name_key, other.aliases)}
        if other.id != entity.id and name_key(new_name) in names:
            raise ErgError(
                f"{new_name!r} is already a name of {other.type} {other.name!r}; "
                f"to make them one entity, merge them: erg merge {other.name!r} {entity.name!r}"
            )
    copy.claim_name(new_name, entity.id)
    changed = entity.copy()
    changed.aliases = merge_aliases(entity.aliases, [entity.name], name=new_name)
    changed.name = new_name
    copy.put_entity(changed)
    return Correction("rename", [entity.id, new_name], [entity.name], before={"name": entity.name})


def _relation_at(
    copy: WorkingCopy, source: str, rel_type: str, target: str
) -> tuple[Entity, Entity, str, Key]:
    """The endpoints (by name or alias), the checked type and the stored key of a relation,
    with the source's relations loaded into the working copy."""
    s, t = copy.require(source), copy.require(target)
    rel_type = copy.schema.check_relation_type(rel_type)
    key = copy.oriented(s.id, rel_type, t.id)
    copy.load([s.id])
    return s, t, rel_type, key


def edit_reject(
    copy: WorkingCopy, source: str, rel_type: str, target: str, records: list[Correction]
) -> Correction:
    s, t, rel_type, key = _relation_at(copy, source, rel_type, target)
    if key not in copy.relations:
        if _rejection_of(copy, records, key) is not None:
            raise AlreadyDone(f"{s.name} {rel_type} {t.name} is already rejected")
        raise ErgError(f"there is no relation {s.name} {rel_type} {t.name} in the store")
    rel = copy.relations[key]
    copy.remove_relation(key)
    names = [copy.entities[key[0]].name, rel_type, copy.entities[key[2]].name]
    before = {"relation": rel.to_dict(), "symmetric": copy.schema.is_symmetric(rel_type)}
    return Correction("reject", list(key), names, before=before)


def edit_restore(
    copy: WorkingCopy, source: str, rel_type: str, target: str, records: list[Correction]
) -> Correction:
    s, t, rel_type, key = _relation_at(copy, source, rel_type, target)
    record = _rejection_of(copy, records, key)
    if record is None:
        raise ErgError(f"{s.name} {rel_type} {t.name} was never rejected (nothing to restore)")
    rel = _relation(record.before["relation"])
    current = copy.relations.get(key)
    evidence = merge_evidence(current.evidence, rel.evidence) if current else rel.evidence
    copy.put_relation(Relation(*key, dict(rel.properties), evidence))
    return record


def _merge_of(records: list[Correction], name: str, kept: str | None = None) -> Correction | None:
    """The latest merge in force that took away the entity called `name` (name or id first,
    then its aliases), into `kept` (as merges map it now) if given."""
    key = name_key(name)
    merges = [r for r in reversed(records) if r.kind == "merge" and r.active]
    fixes = CorrectionSet.of(records)
    if kept is not None:
        merges = [r for r in merges if fixes.map_id(r.args[1]) == kept]
    for aliases in (False, True):
        for r in merges:
            lost = r.before["entity"]
            names = {name_key(lost["name"]), name_key(lost["id"])}
            if aliases:
                names |= {name_key(a) for a in lost["aliases"]}
            if key in names:
                return r
    return None


def _rejection_of(copy: WorkingCopy, records: list[Correction], key: Key) -> Correction | None:
    """The rejection in force of the relation stored as `key` (ids mapped through merges)."""
    fixes = CorrectionSet.of(records)
    for r in reversed(records):
        if r.kind == "reject" and r.active:
            s, rel_type, t = r.args
            if copy.oriented(fixes.map_id(s), rel_type, fixes.map_id(t)) == key:
                return r
    return None


def _present(copy: WorkingCopy, later: CorrectionSet, entity_id: str, lost: Entity) -> str:
    """Where an endpoint of a restored relation is now (it may have been merged since)."""
    if entity_id == lost.id:
        return entity_id
    now = later.map_id(entity_id)
    if now not in copy.entities:
        raise ErgError(f"cannot unmerge {lost.name!r}: its neighbour {entity_id!r} is gone")
    return now


def _unmerged(kept: Entity, lost: Entity, before: dict[str, Any]) -> Entity:
    """The kept entity without the aliases, documents and properties the merge gave it."""
    had = {name_key(a) for a in before["aliases"]} | {name_key(kept.name)}
    given = {name_key(a) for a in [lost.name, *lost.aliases]} - had
    given_docs = set(lost.documents) - set(before["documents"])
    given_props = set(lost.properties) - set(before["properties"])
    return Entity(
        kept.id,
        kept.name,
        kept.type,
        [a for a in kept.aliases if name_key(a) not in given],
        {k: v for k, v in kept.properties.items() if k not in given_props},
        [d for d in kept.documents if d not in given_docs],
    )


# -- corrections from curated files -----------------------------------------------------------
@dataclass
class CuratedEdit:
    """A load's curated corrections made on a copy of the store with the load folded in:
    `commit` writes the load and them, with their records, in one transaction."""

    copy: WorkingCopy
    made: list[Correction]

    def commit(
        self, store: Store, doc: GraphDocument, corrections: Mapping[str, str] | None = None
    ) -> UpsertResult:
        """Write `doc` (the load the copy folded in) and the corrections; refused (nothing
        written) if the store's corrections are no longer `corrections` or what the edits
        read changed (graph.store.guard)."""
        meta: dict[str, str | None] = {c.key: c.to_json() for c in self.made}
        return self.copy.commit(store, meta, load=doc, corrections=corrections)


def edit_requests(
    store: Store, doc: GraphDocument, requests: list[CorrectionRequest]
) -> CuratedEdit | None:
    """Check a load's curated corrections against the store with the load folded in, before
    anything is written: a bad one is an error naming its file and line. Those not already in
    force (a curated file loaded again changes nothing) are made on the copy; None if none."""
    if not requests:
        return None
    copy = WorkingCopy.of_store(store, extra=doc)
    records = stored_corrections(store)
    made = []
    for request in requests:
        correction = _apply_request(copy, request, records)
        if correction is not None:
            records.append(correction)
            made.append(_stamped(correction, request.by or None, request.reason))
    return CuratedEdit(copy, made) if made else None


def _apply_request(
    copy: WorkingCopy, request: CorrectionRequest, records: list[Correction]
) -> Correction | None:
    args = request.args
    try:
        if request.kind == "merge":
            return edit_merge(copy, args[0], args[1], records)
        if request.kind == "retype":
            return edit_retype(copy, args[0], args[1])
        if request.kind == "rename":
            return edit_rename(copy, args[0], args[1])
        if request.kind == "reject":
            return edit_reject(copy, args[0], args[1], args[2], records)
    except AlreadyDone:
        return None
    except ErgError as exc:
        raise ErgError(f"{request.where}: {exc}") from None
    raise ErgError(f"{request.where}: unknown correction {request.kind!r}")


# -- small helpers ----------------------------------------------------------------------------
def _swap(entity_id: str, old: str, new: str) -> str:
    return new if entity_id == old else entity_id


def _entity(data: dict[str, Any]) -> Entity:
    return Entity(
        data["id"],
        data["name"],
        data["type"],
        list(data.get("aliases") or []),
        dict(data.get("properties") or {}),
        list(data.get("documents") or []),
    )


def _relation(data: dict[str, Any]) -> Relation:
    return Relation(
        data["source"],
        data["type"],
        data["target"],
        dict(data.get("properties") or {}),
        [Evidence.from_dict(e) for e in data.get("evidence") or []],
    )
