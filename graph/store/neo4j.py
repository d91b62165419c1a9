"""The Neo4j store: the same graph and layout as the embedded store, on a Neo4j 5 server.

Credentials come from `NEO4J_USERNAME` (default neo4j), `NEO4J_PASSWORD` and `NEO4J_DATABASE`
(default neo4j). For example (it needs a server, so it is not a doctest: tests/test_neo4j_store.py
runs the embedded store's behaviour tests against a real Neo4j)::

    store = Neo4jStore("bolt://localhost:7687")
    store.query("MATCH (p:Person) RETURN p.name AS name").rows

Writes are batched (`UNWIND $rows`, one statement per label or relation type and batch) inside one
managed write transaction per upsert, so a load is all-or-nothing and transient errors (a leader
switch, a deadlock) are retried by the driver. Type names are validated before they are spliced
into Cypher; every value is a parameter.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from operator import itemgetter
from typing import Any, TypeVar

import neo4j
from neo4j import READ_ACCESS, WRITE_ACCESS, GraphDatabase
from neo4j.exceptions import (
    AuthError,
    ConfigurationError,
    DriverError,
    IncompleteCommit,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)
from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point
from neo4j.time import Date, DateTime, Duration, Time

from graph.errors import ErgError, LoadInterrupted, QueryTimeout, StoreError
from graph.model import Document, Entity, GraphDocument, Relation
from graph.schema import (
    DEFAULT_SCHEMA,
    RESERVED_LABELS,
    Schema,
    valid_entity_identifier,
    valid_relation_identifier,
)
from graph.store.base import (
    ENTITY_COLUMNS,
    RELATION_COLUMNS,
    QueryResult,
    StatementHook,
    UpsertResult,
    Warnings,
    chunks,
    entity_from_row,
    entity_row,
    gc_paused,
    merge_entity_rows,
    merge_relation_rows,
    prepare_upsert,
    relation_from_row,
    relation_row,
    removal_groups,
    stored_schema,
    without,
)
from graph.store.cypher_text import split_statements
from graph.store.guard import Guard, check_corrections, check_guard, check_names
from graph.store.internal_label import hide_internal
from graph.store.query_guard import WRITE_HINT, check_neo4j_query

# Rows per `UNWIND` statement: 10k-relation loads measured 5.1 s at 2,000, 4.6-4.8 s at
# 10,000, no better above (fewer round trips while the server waits; the server keeps the whole
# transaction's state whatever the batch).
BATCH = 10_000
DEFAULT_DATABASE = "neo4j"
DEFAULT_USER = "neo4j"
RETRY_SECONDS = 30.0
RACE_ATTEMPTS = 3  # loads restarted when another writer creates the same new entities
NOT_ENTITY = "NOT n:Document AND NOT n:ErgMeta"
AUTH_CODES = (
    "Neo.ClientError.Security.Unauthorized",
    "Neo.ClientError.Security.AuthenticationRateLimit",
    "Neo.ClientError.Security.CredentialsExpired",
)
T = TypeVar("T")
# Rows go to `UNWIND` as lists in these orders, not maps: the pure-Python driver packs them in
# about half the time (no key per value); packing was a third of a large load's time.
REL_FIELDS = ("s", "t", *RELATION_COLUMNS)
DOCUMENT_FIELDS = ("id", "title", "source", "date")


class Neo4jStore:
    """A graph in a Neo4j database, reached with the official driver."""

    def __init__(
        self,
        uri: str,
        schema: Schema | None = None,
        read_only: bool = False,
        *,
        retry_seconds: float = RETRY_SECONDS,
    ):
        self.uri = uri
        self.read_only = read_only
        self.user = os.environ.get("NEO4J_USERNAME") or DEFAULT_USER
        self.database = os.environ.get("NEO4J_DATABASE") or DEFAULT_DATABASE
        password = os.environ.get("NEO4J_PASSWORD")
        self._password_set = password is not None
        self._constrained: set[str] = set()
        self.warnings = Warnings()
        # Called with each statement before it is sent: a public seam for fault injection.
        self.before_statement: StatementHook | None = None
        self._driver = None
        try:
            self._driver = GraphDatabase.driver(
                uri,
                auth=(self.user, password) if password is not None else None,
                max_transaction_retry_time=retry_seconds,
                connection_timeout=15.0,
                user_agent="erg",
                # The server's hints (unknown label, deprecations) would otherwise be logged
                # to stderr around the CLI's output.
                notifications_min_severity="OFF",
            )
        except (ConfigurationError, ValueError) as exc:
            raise StoreError(f"invalid Neo4j URI {uri!r}: {_message(exc)}") from None
        try:
            with self._errors():
                try:
                    self._driver.verify_connectivity()
                except ValueError as exc:  # e.g. a port that is not a number
                    raise StoreError(f"invalid Neo4j URI {uri!r}: {_message(exc)}") from None
            self.schema = self._stored_schema()
            if not read_only:
                self._ensure_constraints(["ErgMeta", "Document", *self.schema.entity_types])
            if schema is not None:
                merged = self.schema.copy()
                merged.extend(schema.to_dict(), "schema")
                self.schema = merged
                if not read_only:
                    self.save_schema(merged)
        except BaseException:
            self.close()
            raise

    # -- plumbing -----------------------------------------------------------------------------
    @contextmanager
    def _session(self, write: bool = False) -> Iterator[neo4j.Session]:
        if self._driver is None:
            raise StoreError(f"the Neo4j store {self.uri} is closed")
        mode = WRITE_ACCESS if write else READ_ACCESS
        with self._driver.session(database=self.database, default_access_mode=mode) as session:
            yield session

    @contextmanager
    def _errors(self, loading: bool = False) -> Iterator[None]:
        """Turn driver and server errors into one-line StoreErrors."""
        try:
            yield
        except (Neo4jError, DriverError) as exc:
            raise self._translate(exc, loading) from None

    def _translate(self, exc: Exception, loading: bool = False) -> StoreError:
        code = getattr(exc, "code", None) or ""
        if isinstance(exc, AuthError) or code in AUTH_CODES:
            unset = "" if self._password_set else " (NEO4J_PASSWORD is not set)"
            return StoreError(
                f"Neo4j rejected the credentials for user {self.user!r} at {self.uri}{unset}; "
                "set NEO4J_USERNAME/NEO4J_PASSWORD"
            )
        if code == "Neo.ClientError.Database.DatabaseNotFound":
            return StoreError(
                f"Neo4j at {self.uri} has no database {self.database!r}; set NEO4J_DATABASE to "
                "an existing one (the community edition has only 'neo4j')"
            )
        if loading and code == "Neo.ClientError.Schema.ConstraintValidationFailed":
            # An entity this load found missing was created by another writer meanwhile.
            return _EntityRace(
                f"another load wrote the same entities at the same time ({_message(exc)}); "
                "nothing of this load was saved: rerun it (reruns never duplicate)"
            )
        if isinstance(exc, IncompleteCommit):
            return StoreError(
                f"the connection to Neo4j at {self.uri} dropped while committing; the load may "
                "or may not be saved: rerun it (reruns never duplicate)"
            )
        if isinstance(exc, ServiceUnavailable | SessionExpired) or code.startswith(
            "Neo.TransientError.General.DatabaseUnavailable"
        ):
            if loading:
                return StoreError(
                    f"lost the connection to Neo4j at {self.uri} during the load; the "
                    "unfinished transaction was rolled back: rerun the load when the server is "
                    "back (reruns never duplicate)"
                )
            return StoreError(
                f"cannot reach Neo4j at {self.uri}; start it with `docker compose up -d` "
                "(see README)"
            )
        return StoreError(f"Neo4j error: {_message(exc)}")

    def _run(
        self, tx: neo4j.ManagedTransaction, cypher: str, params: dict[str, Any] | None = None
    ) -> list[list[Any]]:
        """One statement inside a managed transaction; returns its rows (lists of values).

        List parameters (batches of rows or ids) go as `_Rows`, whose repr is short."""
        if self.before_statement is not None:
            self.before_statement(cypher)
        params = {k: _Rows(v) if isinstance(v, list) else v for k, v in (params or {}).items()}
        return [list(record.values()) for record in tx.run(cypher, params)]

    def _collected(
        self, tx: neo4j.ManagedTransaction, cypher: str, params: dict[str, Any]
    ) -> list[Any]:
        """The rows of a statement that ends in `RETURN collect([...])`: one record per
        batch instead of one per row (the driver spends about 70 µs on each record)."""
        rows = self._run(tx, cypher, params)
        return rows[0][0] if rows else []

    def _read(self, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
        with self._errors(), self._session() as session:
            return session.execute_read(work)

    def close(self) -> None:
        driver, self._driver = self._driver, None
        if driver is not None:
            driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema and constraints ---------------------------------------------------------------
    def _stored_schema(self) -> Schema:
        rows = self._read(
            lambda tx: self._run(tx, "MATCH (m:ErgMeta {key: 'schema'}) RETURN m.value")
        )
        schema = stored_schema(rows[0][0], self.warnings) if rows and rows[0][0] else None
        return schema or DEFAULT_SCHEMA.copy()

    def save_schema(self, schema: Schema) -> None:
        if self.read_only:
            raise ErgError("this store was opened read-only")
        self._ensure_constraints(schema.entity_types)
        with self._errors(), self._session(write=True) as session:
            session.execute_write(
                lambda tx: self._run(
                    tx,
                    "MERGE (m:ErgMeta {key: 'schema'}) SET m.value = $v",
                    {"v": schema.to_json()},
                )
            )
        self.schema = schema

    def _ensure_constraints(self, labels: Iterable[str]) -> None:
        """A uniqueness constraint on `id` (`key` for ErgMeta) per label, created once.

        Schema changes cannot share a transaction with data writes, so they run before a load
        in their own transaction; `IF NOT EXISTS` makes them idempotent.
        """
        missing = [label for label in dict.fromkeys(labels) if label not in self._constrained]
        if not missing:
            return
        statements = []
        for label in missing:
            if label in RESERVED_LABELS:
                key = "key" if label == "ErgMeta" else "id"
            else:
                key = "id"
                _check_label(label)
            statements.append(
                f"CREATE CONSTRAINT erg_{label}_{key} IF NOT EXISTS "
                f"FOR (n:{label}) REQUIRE n.{key} IS UNIQUE"
            )

        def work(tx: neo4j.ManagedTransaction) -> None:
            for statement in statements:
                tx.run(statement).consume()

        with self._errors(), self._session(write=True) as session:
            session.execute_write(work)
        self._constrained.update(missing)

    # -- reading ------------------------------------------------------------------------------
    def translate(self, cypher: str) -> str:
        """The query as this store runs it: a lone `(n)` never matches the internal ErgMeta."""
        return hide_internal(cypher)

    def query(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout: float | None = None,
    ) -> QueryResult:
        """Run Cypher; in a READ transaction (writes are refused) unless `write=True`.

        Without `write`, administration (`TERMINATE TRANSACTIONS`, `CALL dbms.killConnections`)
        and `LOAD CSV` are refused too; with it, the statements of `cypher` (separated by `;`)
        run in one transaction. `timeout` (seconds) is the transaction's time limit.
        """
        if write and self.read_only:
            raise ErgError("this store was opened read-only; open it for writing to use --write")
        check_neo4j_query(cypher, write)
        statements = [self.translate(statement) for statement in split_statements(cypher)]
        if not statements:
            raise ErgError("query failed: the query is empty")
        try:
            return self._query(statements, dict(params or {}), write, timeout)
        except Neo4jError as exc:
            raise self._query_error(exc, write, timeout) from None
        except DriverError as exc:
            raise self._translate(exc) from None

    def _query(
        self, statements: list[str], params: dict[str, Any], write: bool, timeout: float | None
    ) -> QueryResult:
        @neo4j.unit_of_work(timeout=timeout or None)
        def work(tx: neo4j.ManagedTransaction) -> QueryResult:
            result = QueryResult([], [])
            for statement in statements:
                if self.before_statement is not None:
                    self.before_statement(statement)
                result = _collect(tx.run(statement, params))
            return result

        with self._session(write=write) as session:
            if not write:
                return session.execute_read(work)
            try:
                return session.execute_write(work)
            except Neo4jError as exc:
                # `CALL { ... } IN TRANSACTIONS` only runs in an auto-commit transaction.
                if "IN TRANSACTIONS" not in (exc.message or "") or len(statements) != 1:
                    raise
                return _collect(session.run(neo4j.Query(statements[0], timeout=timeout), params))

    def _query_error(self, exc: Neo4jError, write: bool, timeout: float | None) -> ErgError:
        code = exc.code or ""
        if not write and code in (
            "Neo.ClientError.Statement.AccessMode",
            "Neo.ClientError.Security.Forbidden",
        ):
            return ErgError(WRITE_HINT)
        if timeout and code.startswith("Neo.ClientError.Transaction.TransactionTimedOut"):
            return QueryTimeout(timeout)
        if code.startswith(
            (
                "Neo.ClientError.Statement.",
                "Neo.ClientError.Procedure.",
                "Neo.ClientError.Schema.",
                "Neo.ClientError.Transaction.ForbiddenDueToTransactionType",
                "Neo.DatabaseError.Transaction.TransactionStartFailed",
            )
        ):
            return ErgError(f"query failed: {_message(exc)}")
        return self._translate(exc)

    def _entity_labels(self, tx: neo4j.ManagedTransaction) -> list[str]:
        labels = [row[0] for row in self._run(tx, "CALL db.labels() YIELD label RETURN label")]
        return [label for label in labels if valid_entity_identifier(label)]

    def _paged(self, tx: neo4j.ManagedTransaction, per_entity: str) -> list[Any]:
        """`per_entity` (a `MATCH (n) ... RETURN collect([...])` continuation) for every entity,
        a batch of entities at a time: whole-graph reads come back as one list per batch, not
        one record per row, and no single answer holds the whole graph."""
        element_ids = self._collected(
            tx,
            f"MATCH (n) WHERE n.id IS NOT NULL AND {NOT_ENTITY} RETURN collect(elementId(n))",
            {},
        )
        rows: list[Any] = []
        for batch in chunks(element_ids, BATCH):
            rows += self._collected(
                tx,
                "UNWIND $ids AS x MATCH (n) WHERE elementId(n) = x " + per_entity,
                {"ids": batch},
            )
        return rows

    def entities(self) -> list[Entity]:
        rows = self._read(
            lambda tx: self._paged(
                tx, "RETURN collect([labels(n), n.id, n.name, n.aliases, n.documents, n.props])"
            )
        )
        out = []
        for labels, *values in rows:
            label = _entity_label(labels)
            out.append(
                entity_from_row(
                    label, dict(zip(ENTITY_COLUMNS, values, strict=True)), self.warnings
                )
            )
        return out

    def relations(self) -> list[Relation]:
        rows = self._read(
            lambda tx: self._paged(
                tx,
                "MATCH (n)-[r]->(b) WHERE b.id IS NOT NULL AND NOT b:Document AND NOT b:ErgMeta "
                "RETURN collect([n.id, type(r), b.id, r.evidence_json, r.props])",
            )
        )
        return [
            relation_from_row(s, rel_type, t, {"evidence_json": ev, "props": props}, self.warnings)
            for s, rel_type, t, ev, props in rows
        ]

    def documents(self) -> list[Document]:
        rows = self._read(
            lambda tx: self._run(tx, "MATCH (d:Document) RETURN d.id, d.title, d.source, d.date")
        )
        return [Document(i, t or "", s or "", d or "") for i, t, s, d in rows]

    def entity_types_by_id(self, ids: list[str] | None = None) -> dict[str, str]:
        return self._read(lambda tx: self._types_by_id(tx, ids))

    def _types_by_id(self, tx: neo4j.ManagedTransaction, ids: list[str] | None) -> dict[str, str]:
        out: dict[str, str] = {}
        if ids is None:
            for labels, node_id in self._run(
                tx, f"MATCH (n) WHERE n.id IS NOT NULL AND {NOT_ENTITY} RETURN labels(n), n.id"
            ):
                out[node_id] = _entity_label(labels)
            return out
        # Label by label, so each lookup uses that label's uniqueness index; a label with no
        # nodes (the count store answers at once) is skipped, so a first load asks nothing.
        for label in self._entity_labels(tx):
            if not self._run(tx, f"MATCH (n:{label}) RETURN count(n)")[0][0]:
                continue
            for batch in chunks(ids, BATCH):
                found = self._collected(
                    tx,
                    f"MATCH (n:{label}) WHERE n.id IN $ids RETURN collect(n.id)",
                    {"ids": batch},
                )
                for node_id in found:
                    out.setdefault(node_id, label)
        return out

    # -- writing ------------------------------------------------------------------------------
    def upsert(
        self, doc: GraphDocument, *, corrections: Mapping[str, str] | None = None
    ) -> UpsertResult:
        """Write a resolved GraphDocument in one transaction: all of it or nothing.

        If another writer creates one of this load's new entities meanwhile, the transaction
        is refused by the uniqueness constraint and rolled back; the load then starts again
        from the look-up of what is stored (a few times, then it gives up with one line).
        With `corrections` (the records the document was corrected with), the load is refused
        (CorrectionsChanged) if the stored ones differ once it holds its locks.
        """
        if self.read_only:
            raise ErgError("this store was opened read-only")

        def after(tx: neo4j.ManagedTransaction) -> None:
            check_corrections(partial(self._run, tx), corrections, lock=True)

        try:
            with gc_paused():
                return self._upsert(doc, after=after if corrections is not None else None)
        except KeyboardInterrupt as exc:  # the commit may or may not have reached the server
            if isinstance(exc, LoadInterrupted):
                raise
            raise LoadInterrupted(None) from None

    def _upsert(
        self,
        doc: GraphDocument,
        gone: Collection[str] = (),
        before: Callable[[neo4j.ManagedTransaction], None] | None = None,
        after: Callable[[neo4j.ManagedTransaction], None] | None = None,
    ) -> UpsertResult:
        """The load, restarted on an entity race; `before(tx)` runs first in its transaction
        and deletes the entities `gone` (a rewrite), which are then written as new; `after(tx)`
        runs last, when the transaction holds every lock it takes."""
        for attempt in range(1, RACE_ATTEMPTS + 1):
            # Names are checked before anything reaches the server.
            types_by_id = without(self.entity_types_by_id, gone)
            prepared, known = prepare_upsert(doc, self.schema, types_by_id)
            types = {**known, **{e.id: e.type for e in prepared.entities.values()}}
            self._ensure_constraints(sorted({e.type for e in prepared.entities.values()}))

            def work(
                tx: neo4j.ManagedTransaction,
                prepared: GraphDocument = prepared,
                types: dict[str, str] = types,
                known: dict[str, str] = known,
            ) -> UpsertResult:
                if before is not None:
                    before(tx)
                result = self._write(tx, prepared, types, set(known))
                if after is not None:
                    after(tx)
                return result

            try:
                with self._errors(loading=True), self._session(write=True) as session:
                    return session.execute_write(work)
            except _EntityRace:
                if attempt == RACE_ATTEMPTS:
                    raise
        raise AssertionError("unreachable")

    def rewrite(
        self,
        doc: GraphDocument,
        *,
        remove_entities: Collection[str] = (),
        remove_relations: Collection[tuple[str, str, str]] = (),
        meta: Mapping[str, str | None] | None = None,
        guard: Guard | None = None,
        corrections: Mapping[str, str] | None = None,
    ) -> UpsertResult:
        """In one transaction: delete entities (with every relation they have) and relations,
        set (or, for None, delete) `ErgMeta` keys, then upsert `doc`; what was deleted is
        written afresh, so a rewrite can change a type, a name or a list of aliases.

        `guard` and `corrections` are checked in the same transaction (graph.store.guard):
        first the guarded entities, locked (StaleRead), last (under the names lock) the names
        the guard holds free and the correction records."""
        if self.read_only:
            raise ErgError("this store was opened read-only")
        gone_entities, gone_relations = removal_groups(
            remove_entities, remove_relations, self.entity_types_by_id
        )

        def remove(tx: neo4j.ManagedTransaction) -> None:
            if guard is not None:
                check_guard(partial(self._run, tx), guard, lock=True, warn=self.warnings)
            for (rel_type, s_label, t_label), pairs in gone_relations.items():
                self._run(
                    tx,
                    f"UNWIND $rows AS row MATCH (a:{s_label} {{id: row[0]}})"
                    f"-[r:{rel_type}]->(b:{t_label} {{id: row[1]}}) DELETE r",
                    {"rows": pairs},
                )
            for label, ids in gone_entities.items():
                self._run(tx, f"MATCH (n:{label}) WHERE n.id IN $ids DETACH DELETE n", {"ids": ids})
            for key, value in (meta or {}).items():
                if value is None:
                    self._run(tx, "MATCH (m:ErgMeta {key: $k}) DELETE m", {"k": key})
                else:
                    self._run(
                        tx, "MERGE (m:ErgMeta {key: $k}) SET m.value = $v", {"k": key, "v": value}
                    )

        def after(tx: neo4j.ManagedTransaction) -> None:
            run = partial(self._run, tx)
            check_names(
                run, guard, [f"MATCH (n) WHERE n.id IS NOT NULL AND {NOT_ENTITY}"], lock=True
            )
            check_corrections(run, corrections, meta, lock=True)

        with gc_paused():
            return self._upsert(doc, set(remove_entities), remove, after)

    def _write(
        self,
        tx: neo4j.ManagedTransaction,
        doc: GraphDocument,
        types: dict[str, str],
        stored: set[str],
    ) -> UpsertResult:
        """The whole load as one transaction function (the driver may call it again on a
        transient error, so it reads what is stored and counts from scratch each time).

        `stored` holds the ids that were in the store before the load: only those entities,
        and relations between two of them, can have a stored version to merge with, so a
        first load into an empty database reads nothing back. What is new is written with
        `CREATE` (a uniqueness constraint still refuses a duplicate entity; a relation with a
        new endpoint cannot exist yet); what may exist with `MERGE`. Relations find their
        endpoints by the element ids this transaction read or created (a seek, about three
        times cheaper than the `id` index), never by ids from another transaction.
        """
        result = UpsertResult(warnings=list(doc.warnings))
        element_ids: dict[str, str] = {}
        jobs = self._entity_jobs(tx, doc, types, stored, element_ids, result)
        jobs += self._relation_jobs(tx, doc, stored, element_ids, result)
        if doc.documents:
            jobs += _jobs(
                # A document keeps what it was first stored with (see the embedded store).
                "UNWIND $rows AS row MERGE (d:Document {id: row[0]}) "
                f"ON CREATE SET {_assignments('d', DOCUMENT_FIELDS, 1)}",
                DOCUMENT_FIELDS,
                Document.to_dict,
                list(doc.documents.values()),
            )
            result.documents = len(doc.documents)
        self._run_pipelined(tx, jobs)
        return result

    def _entity_jobs(
        self,
        tx: neo4j.ManagedTransaction,
        doc: GraphDocument,
        types: dict[str, str],
        stored: set[str],
        element_ids: dict[str, str],
        result: UpsertResult,
    ) -> list[_Job]:
        """The statements that write the load's entities, label by label, after reading the
        stored versions of those in `stored` and of the relations' stored endpoints (whose
        element ids land in `element_ids`, with those of the entities written)."""
        ends = {end for r in doc.relations.values() for end in (r.source, r.target)}
        jobs: list[_Job] = []
        by_label: dict[str, list[Entity]] = defaultdict(list)
        for entity in doc.entities.values():
            by_label[entity.type].append(entity)
        wanted: dict[str, list[str]] = defaultdict(list)  # stored ids to read, by label
        for node_id in sorted((doc.entities.keys() | ends) & stored):
            wanted[types[node_id]].append(node_id)
        for label in sorted(wanted.keys() | by_label.keys()):
            label = _check_label(label)
            existing = self._read_entities(tx, label, wanted.get(label, []), element_ids)
            rows, created, updated = merge_entity_rows(by_label.get(label, []), existing)
            result.entities_created += created
            result.entities_updated += updated
            # One answer per batch, not one record per entity (about 70 µs each).
            returning = " RETURN collect([row[0], elementId(n)])"
            jobs += _jobs(
                f"UNWIND $rows AS row CREATE (n:{label} {{{_properties(ENTITY_COLUMNS, 0)}}})"
                + returning,
                ENTITY_COLUMNS,
                entity_row,
                [e for e in rows if e.id not in stored],
                received=element_ids.update,
            )
            jobs += _jobs(
                f"UNWIND $rows AS row MERGE (n:{label} {{id: row[0]}}) "
                f"SET {_assignments('n', ENTITY_COLUMNS, 1)}" + returning,
                ENTITY_COLUMNS,
                entity_row,
                [e for e in rows if e.id in stored],
                received=element_ids.update,
            )
        gone = [node_id for ids in wanted.values() for node_id in ids if node_id not in element_ids]
        if gone:
            raise _EntityRace(
                f"another writer deleted entity {gone[0]!r} during the load; nothing of this "
                "load was saved: rerun it"
            )
        return jobs

    def _relation_jobs(
        self,
        tx: neo4j.ManagedTransaction,
        doc: GraphDocument,
        stored: set[str],
        element_ids: dict[str, str],
        result: UpsertResult,
    ) -> list[_Job]:
        """The statements that write the load's relations, type by type, merged with the
        stored versions of those between two stored entities; they find their endpoints by
        `element_ids` (filled in once the entity statements have run)."""
        jobs: list[_Job] = []
        groups: dict[str, list[Relation]] = defaultdict(list)
        for rel in doc.relations.values():
            groups[rel.type].append(rel)
        endpoints = "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row[0] "
        endpoints += "MATCH (b) WHERE elementId(b) = row[1] "

        def by_element_id(rows: list[list[Any]]) -> list[list[Any]]:
            for row in rows:  # the worker thread built them before the endpoints existed
                row[0], row[1] = element_ids[row[0]], element_ids[row[1]]
            return rows

        for rel_type, rels in groups.items():
            rel_type = _check_relation_type(rel_type)
            stored_rels = self._read_relations(
                tx, rel_type, [r for r in rels if _between(r, stored)], element_ids
            )
            merged, created, updated, added = merge_relation_rows(rels, stored_rels)
            result.relations_created += created
            result.relations_updated += updated
            result.evidence_added += added
            jobs += _jobs(
                endpoints + f"CREATE (a)-[r:{rel_type} {{{_properties(REL_FIELDS, 2)}}}]->(b)",
                REL_FIELDS,
                relation_row,
                [r for r in merged if not _between(r, stored)],
                prepare=by_element_id,
            )
            jobs += _jobs(
                endpoints + f"MERGE (a)-[r:{rel_type}]->(b) SET {_assignments('r', REL_FIELDS, 2)}",
                REL_FIELDS,
                relation_row,
                [r for r in merged if _between(r, stored)],
                prepare=by_element_id,
            )
        return jobs

    def _run_pipelined(self, tx: neo4j.ManagedTransaction, jobs: list[_Job]) -> None:
        """Run the write statements in order while a second thread builds the next batches' rows.

        The server executes a statement before it answers its RUN, and the driver waits for that
        answer with the GIL released, so building rows (JSON, lists) overlaps the server's work.
        """
        if not jobs:
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="erg-rows") as pool:
            futures = [(job, pool.submit(job.build)) for job in jobs]
            try:
                for job, future in futures:
                    rows = future.result()
                    if job.prepare is not None:
                        rows = job.prepare(rows)
                    if job.received is None:
                        self._run(tx, job.cypher, {"rows": rows})
                    else:
                        job.received(self._collected(tx, job.cypher, {"rows": rows}))
            finally:
                for _, future in futures:
                    future.cancel()

    def _read_entities(
        self,
        tx: neo4j.ManagedTransaction,
        label: str,
        ids: list[str],
        element_ids: dict[str, str],
    ) -> dict[str, Entity]:
        """The stored entities of `ids` (all of `label`); notes their element ids.

        Each is write-locked until the transaction ends (`SET n.id = n.id` takes the lock and
        changes nothing): what this load reads and merges (entities, and the relations of
        stored entities) cannot be rewritten meanwhile by another load, whose evidence would
        otherwise be lost. The other load waits, then reads what this one committed.
        """
        out = {}
        for batch in chunks(sorted(ids), BATCH):  # one order for every load: fewer deadlocks
            rows = self._collected(
                tx,
                f"MATCH (n:{label}) WHERE n.id IN $ids SET n.id = n.id "
                "RETURN collect([elementId(n), n.id, n.name, n.aliases, n.documents, n.props])",
                {"ids": batch},
            )
            for element_id, *values in rows:
                entity = entity_from_row(
                    label, dict(zip(ENTITY_COLUMNS, values, strict=True)), self.warnings
                )
                out[entity.id] = entity
                element_ids[entity.id] = element_id
        return out

    def _read_relations(
        self,
        tx: neo4j.ManagedTransaction,
        rel_type: str,
        rels: list[Relation],
        element_ids: dict[str, str],
    ) -> dict[tuple[str, str, str], Relation]:
        """The stored versions of `rels` (all of `rel_type`, both ends stored)."""
        existing: dict[tuple[str, str, str], Relation] = {}
        pairs = [[element_ids[r.source], element_ids[r.target], r.source, r.target] for r in rels]
        for batch in chunks(pairs, BATCH):
            for s, t, ev, props in self._collected(
                tx,
                "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row[0] "
                f"MATCH (a)-[r:{rel_type}]->(b) WHERE elementId(b) = row[1] "
                "RETURN collect([row[2], row[3], r.evidence_json, r.props])",
                {"rows": batch},
            ):
                existing[(s, rel_type, t)] = relation_from_row(
                    s, rel_type, t, {"evidence_json": ev, "props": props}, self.warnings
                )
        return existing


class _Rows(list[Any]):
    """A batch of `UNWIND` rows whose repr is short: the driver formats every RUN's parameters
    for its debug log even when that log is off (0.3 s of a 100k-relation load), and a debug
    log would otherwise hold every row."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


class _EntityRace(StoreError):
    """Another writer created one of this load's new entities, or deleted one of its stored
    ones, between the load's look-up and its write: the load starts again."""


@dataclass
class _Job:
    """One write statement: its Cypher, how to build its rows (in the worker thread), what to
    do to them just before sending (in the main thread) and with the rows it returns."""

    cypher: str
    build: Callable[[], list[list[Any]]]
    prepare: Callable[[list[list[Any]]], list[list[Any]]] | None = None
    received: Callable[[list[list[Any]]], Any] | None = None


def _between(rel: Relation, stored: set[str]) -> bool:
    """Whether both ends were stored before the load (so the relation may exist already)."""
    return rel.source in stored and rel.target in stored


def _jobs(
    cypher: str,
    fields: tuple[str, ...],
    to_row: Callable[[T], dict[str, Any]],
    items: list[T],
    **hooks: Any,
) -> list[_Job]:
    """One job per batch of `items`, its rows built as `fields` of `to_row(item)`."""
    return [
        _Job(cypher, partial(_built_rows, fields, to_row, batch), **hooks)
        for batch in chunks(items, BATCH)
    ]


def _built_rows(
    fields: tuple[str, ...], to_row: Callable[[T], dict[str, Any]], batch: list[T]
) -> list[list[Any]]:
    return _positional(fields, map(to_row, batch))


def _positional(fields: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> list[list[Any]]:
    """Each row's values in `fields` order (what `_assignments` reads as row[i])."""
    get = itemgetter(*fields)
    return [list(get(row)) for row in rows]


def _properties(fields: tuple[str, ...], start: int) -> str:
    """`field: row[i], ...` for the fields from index `start` on (a CREATE's property map)."""
    return ", ".join(f"{f}: row[{i}]" for i, f in enumerate(fields) if i >= start)


def _assignments(var: str, fields: tuple[str, ...], start: int) -> str:
    """`var.field = row[i]` for the fields from index `start` on (the earlier ones are keys)."""
    return ", ".join(f"{var}.{f} = row[{i}]" for i, f in enumerate(fields) if i >= start)


# -- validation --------------------------------------------------------------------------------
def _check_label(label: str) -> str:
    if not valid_entity_identifier(label):
        raise ErgError(f"invalid entity type {label!r}")
    return label


def _check_relation_type(rel_type: str) -> str:
    if not valid_relation_identifier(rel_type):
        raise ErgError(f"invalid relation type {rel_type!r}")
    return rel_type


# -- results -----------------------------------------------------------------------------------
def _entity_label(labels: list[str]) -> str:
    ours = sorted(label for label in labels if label not in RESERVED_LABELS)
    return ours[0] if ours else (sorted(labels)[0] if labels else "")


def _collect(result: neo4j.Result) -> QueryResult:
    columns = list(result.keys())
    rows = [[_plain(value) for value in record.values()] for record in result]
    return QueryResult(columns, rows)


def _plain(value: Any) -> Any:
    """Turn Neo4j nodes, relationships, paths and temporal values into plain data, the way the
    embedded store does (a node is its properties plus `_label`)."""
    if isinstance(value, Node):
        out = {k: _plain(v) for k, v in value.items()}
        out["_label"] = _entity_label(list(value.labels))
        return out
    if isinstance(value, Relationship):
        out = {k: _plain(v) for k, v in value.items()}
        out["_label"] = value.type
        return out
    if isinstance(value, Path):
        return {
            "nodes": [_plain(n) for n in value.nodes],
            "relationships": [_plain(r) for r in value.relationships],
        }
    if isinstance(value, Duration):
        return value.iso_format()
    if isinstance(value, Date | DateTime | Time):
        return value.to_native()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple) and not isinstance(value, Point):
        return [_plain(v) for v in value]
    return value


def _message(exc: BaseException) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return text.strip().splitlines()[0]
