"""What an edit read, checked again inside the transaction that writes it.

A correction reads the store, decides, then writes (`Store.rewrite`); a load reads the analysts'
corrections, applies them to its document, then writes (`Store.upsert`). Another writer may
commit in between. Two checks, run by both stores inside the writing transaction, make such a
write fail instead of undoing the other's work:

- a `Guard` names the stored entities an edit read (with their relations) and a digest of what
  it read of them. The rewrite first locks them (Neo4j: `SET n.id = n.id`, the lock loads take
  on their own entities), reads them again and raises `StaleRead` if anything differs; the
  caller makes its edit again from a fresh read.
- a load passes the correction records it applied (`corrections=`, key -> JSON value); after
  its writes (so after taking its locks) the store reads them again and raises
  `CorrectionsChanged` if they differ; the load is made again with the corrections now stored.
- a guard also names the names an edit found free (a rename's new name, with the one entity
  that may hold it). As its last check the rewrite reads every entity's names again and raises
  `StaleRead` if another entity now holds one.

Why no window is left (Neo4j, read committed): a load locks every stored entity it writes or
links to before writing, and a correction locks the entities it read before comparing them.
When the two share an entity, one waits for the other's commit. A correction that waited reads
the load's work in its comparison and is made again; a load that waited finds the correction's
record in its last check and is made again. When they share none, neither wrote what the other
read, except for names: a load may create an entity under the name a rename found free. So
both take one more lock just before their last check, on the `ErgMeta` node `NAMES_LOCK`: the
one that waits for it sees the other's commit (a rename finds the new entity and is made again,
which refuses it; a load finds the rename's record and is made again, which maps the entity to
the renamed one). Nothing is locked after it, so it adds no deadlock. What stays open is the
ambiguous-name check of a correction's arguments (two entities now answer to a name it
resolved): it sees the entities as read (nothing is lost; `suggest-merges` finds the pair).

>>> from graph.model import Entity
>>> g = Guard.of([Entity("acme", "Acme", "Organization")], [])
>>> g.ids, len(g.digest), g.names
({'Organization': ['acme']}, 64, {})
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from graph.errors import ErgError, StoreError
from graph.model import Entity, Relation, name_key
from graph.schema import valid_entity_identifier
from graph.store.base import ENTITY_COLUMNS, Warn, entity_from_row, relation_from_row

Key = tuple[str, str, str]
# Runs one statement (in the caller's transaction, or on its own) and returns its rows.
Run = Callable[[str, dict[str, Any]], list[list[Any]]]
CORRECTION_PREFIX = "correction:"
CORRECTIONS_QUERY = (
    "MATCH (m:ErgMeta) WHERE m.key STARTS WITH $p RETURN m.key AS key, m.value AS value"
)
# The node a load and a name check write-lock last (Neo4j): see the module's docstring.
NAMES_LOCK = "lock:names"
LOCK_NAMES = "MERGE (l:ErgMeta {key: $lock}) SET l.value = ''"


class StaleRead(StoreError):
    """Stored entities an edit read changed before it wrote (another writer committed)."""


class CorrectionsChanged(StoreError):
    """The analysts' corrections changed while a load was being written."""


@dataclass(frozen=True)
class Guard:
    """Stored entities (ids by type) and the digest of their records and relations as read;
    `names`: name keys the edit found free, each with the one entity id that may hold it."""

    ids: dict[str, list[str]]
    digest: str
    names: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def of(
        entities: Iterable[Entity],
        relations: Iterable[Relation],
        names: Mapping[str, str] | None = None,
    ) -> Guard:
        """The guard of these entities as read, with `relations`: every relation they have."""
        records = list(entities)
        ids: dict[str, list[str]] = defaultdict(list)
        for entity in sorted(records, key=lambda e: e.id):
            ids[_label(entity.type)].append(entity.id)
        return Guard(dict(sorted(ids.items())), digest(records, relations), dict(names or {}))


def digest(entities: Iterable[Entity], relations: Iterable[Relation]) -> str:
    """One digest of entity records and relations (order does not matter)."""
    data = [
        sorted(json.dumps(e.to_dict(), sort_keys=True, default=str) for e in entities),
        sorted(json.dumps(r.to_dict(), sort_keys=True, default=str) for r in relations),
    ]
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()


def check_guard(run: Run, guard: Guard, *, lock: bool, warn: Warn | None = None) -> None:
    """Read the guarded entities again (locking them first when `lock`: Neo4j) and raise
    `StaleRead` unless they and their relations are exactly as the edit read them."""
    entities: list[Entity] = []
    for label, ids in guard.ids.items():  # labels, then ids, sorted: the order loads lock in
        locking = "SET n.id = n.id " if lock else ""
        for row in run(
            f"MATCH (n:{_label(label)}) WHERE n.id IN $ids {locking}"
            "RETURN n.id, n.name, n.aliases, n.documents, n.props",
            {"ids": ids},
        ):
            if row[0] is not None:  # None: deleted by the writer whose lock it waited for
                record = dict(zip(ENTITY_COLUMNS, row, strict=True))
                entities.append(entity_from_row(label, record, warn))
    relations = relations_of(run, guard.ids, warn)
    if digest(entities, relations) != guard.digest:
        raise StaleRead("the entities this edit read were changed by another writer meanwhile")


def check_names(run: Run, guard: Guard | None, matches: Iterable[str], *, lock: bool) -> None:
    """Raise `StaleRead` if an entity other than the one allowed holds (as name or alias) a
    name the edit found free; `matches` are MATCH clauses that bind every entity as `n`. With
    `lock` (Neo4j) the names lock is taken first: run this last in the transaction."""
    if guard is None or not guard.names:
        return
    if lock:
        run(LOCK_NAMES, {"lock": NAMES_LOCK})
    for match in matches:
        for entity_id, name, aliases in run(f"{match} RETURN n.id, n.name, n.aliases", {}):
            for key in {name_key(name or ""), *(name_key(a) for a in aliases or [])}:
                if guard.names.get(key, entity_id) != entity_id:
                    raise StaleRead(f"another writer gave an entity the name {name!r} meanwhile")


def relations_of(run: Run, ids: Mapping[str, list[str]], warn: Warn | None) -> list[Relation]:
    """The stored relations that start or end at `ids` (by label: each look-up can use the
    label's index), in the Cypher both stores speak."""
    found: dict[Key, Relation] = {}
    for label, group in sorted(ids.items()):
        label = _label(label)
        for pattern in (f"(a:{label})-[r]->(b) WHERE a.id", f"(a)-[r]->(b:{label}) WHERE b.id"):
            rows = run(
                f"MATCH {pattern} IN $ids RETURN a.id AS s, type(r) AS t, b.id AS o, "
                "r.evidence_json AS e, r.props AS p",
                {"ids": group},
            )
            for s, rel_type, t, evidence, props in rows:
                row = {"evidence_json": evidence, "props": props}
                rel = relation_from_row(s, rel_type, t, row, warn)
                found[rel.key] = rel
    return list(found.values())


def check_corrections(
    run: Run,
    seen: Mapping[str, str] | None,
    written: Mapping[str, str | None] | None = None,
    *,
    lock: bool = False,
) -> None:
    """Raise `CorrectionsChanged` unless the stored correction records are those `seen` (with
    this transaction's own `written` records: None deletes). With `lock` (Neo4j) the names
    lock is taken first, in the same statement: run this last in the transaction."""
    if seen is None:
        return
    expected = dict(seen)
    for key, value in (written or {}).items():
        if key.startswith(CORRECTION_PREFIX):
            if value is None:
                expected.pop(key, None)
            else:
                expected[key] = value
    query, params = CORRECTIONS_QUERY, {"p": CORRECTION_PREFIX}
    if lock:
        query = f"{LOCK_NAMES} WITH count(l) AS locked {query}"
        params["lock"] = NAMES_LOCK
    stored = {key: value for key, value in run(query, params)}
    if stored != expected:
        raise CorrectionsChanged("the analysts' corrections changed during the load")


def _label(label: str) -> str:
    if not valid_entity_identifier(label):
        raise ErgError(f"invalid entity type {label!r}")
    return label


ATTEMPTS = 5  # a correction or a load made again from a fresh read, at most this often
T = TypeVar("T")


def retried(work: Callable[[], T], what: str) -> T:
    """`work()` (read, decide, write), done again from the start while another writer changes
    what it read first (StaleRead, CorrectionsChanged); a few times, then one error line."""
    for _ in range(ATTEMPTS - 1):
        try:
            return work()
        except (StaleRead, CorrectionsChanged):
            continue
    try:
        return work()
    except (StaleRead, CorrectionsChanged) as exc:
        raise StoreError(
            f"{what} was not saved: other writers kept changing what it reads ({exc}; "
            f"{ATTEMPTS} tries); nothing was changed: run it again"
        ) from None
