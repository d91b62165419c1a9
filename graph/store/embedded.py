"""The default store: an embedded LadybugDB database (Cypher, no server) in a directory.

>>> from graph.model import Entity, GraphDocument
>>> store = EmbeddedStore("./erg-store")
>>> doc = GraphDocument()
>>> _ = doc.add_entity(Entity.named("Ann Lee", "Person"))
>>> store.upsert(doc).entities_created
1
>>> store.query("MATCH (p:Person) RETURN p.name").rows
[['Ann Lee']]
>>> store.close()
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import ladybug

from graph.errors import ErgError, LoadInterrupted, QueryTimeout, StoreError
from graph.model import Document, Entity, GraphDocument, Relation
from graph.schema import DEFAULT_SCHEMA, Schema, valid_entity_identifier, valid_relation_identifier
from graph.store.base import (
    ENTITY_COLUMNS,
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
from graph.store.dialect import Catalog, translate
from graph.store.disk_reserve import DiskReserve, full_error, is_disk_full
from graph.store.embedded_open import open_database
from graph.store.guard import Guard, check_corrections, check_guard, check_names
from graph.store.query_guard import WRITE_HINT, check_embedded_query

DB_FILE = "graph.lbug"
BATCH = 2000
# Neo4j habits that LadybugDB spells differently, registered once per store.
MACROS = {
    "TYPE": "CREATE MACRO type(r) AS label(r)",
    "TOSTRING": 'CREATE MACRO toString(x) AS cast(x, "STRING")',
    "ELEMENTID": 'CREATE MACRO elementId(n) AS cast(id(n), "STRING")',
}
ENTITY_DDL = (
    "CREATE NODE TABLE {label}(id STRING, name STRING, aliases STRING[], documents STRING[], "
    "props STRING, PRIMARY KEY(id))"
)
RELATION_DDL = (
    "CREATE REL TABLE {name}({pairs}, evidence STRING[], sources STRING[], extractors STRING[], "
    "confidence DOUBLE, evidence_json STRING, date STRING, amount STRING, props STRING)"
)
WRITE_IN_READ_ONLY = ("read-only", "read only")


class EmbeddedStore:
    """A LadybugDB database in `path/graph.lbug`; one writer process at a time."""

    def __init__(self, path: str | Path, schema: Schema | None = None, read_only: bool = False):
        self.path = Path(path)
        self.uri = str(self.path)
        self.read_only = read_only
        self.warnings = Warnings()
        # Called with each statement before it is sent: a public seam for fault injection.
        self.before_statement: StatementHook | None = None
        self._reserve = None if read_only else DiskReserve(self.path / f"{DB_FILE}.reserve")
        self._check_path()
        db_file = self.path / DB_FILE
        if read_only and not db_file.exists():
            raise StoreError(
                f"no erg store at {self.path} (load something first: erg load FILE --store PATH)"
            )
        # What this open creates (the directory, or the database in an empty directory) is
        # what `discard_if_new` may remove; a store that was there before is never touched.
        self._created_dir = None if read_only else _make_dirs(self.path)
        self._created_db: set[Path] | None = None  # the files that were there before, if ours
        before = None if read_only or db_file.exists() else set(self._db_files())
        try:
            try:
                opened = open_database(db_file, read_only)
                self._db: ladybug.Database | None = opened.db
                self._conn: ladybug.Connection | None = ladybug.Connection(self._db)
            except RuntimeError as exc:
                raise _store_error(self.path, exc) from None
            for notice in opened.notices:
                self.warnings(notice)
            # only now, holding the lock, is the database surely ours (another process may
            # have created it between the check and the open)
            self._created_db = before
            if self._reserve is not None:
                self._reserve.hold()
            self._tables: dict[str, str] = {}
            self._pairs: dict[str, set[tuple[str, str]]] = defaultdict(set)
            self._refresh_tables()
            if not read_only:
                self._bootstrap()
            self.schema = self._stored_schema()
            if schema is not None:
                merged = self.schema.copy()
                merged.extend(schema.to_dict(), "schema")
                self.schema = merged
            if not read_only and (schema is not None or not self._has_stored_schema()):
                self.save_schema(self.schema)
        except BaseException:
            self.discard_if_new()
            raise

    # -- opening ------------------------------------------------------------------------------
    def _check_path(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(
                f"store path {self.path} is a regular file, not an erg store directory"
            )
        if self.path.is_dir() and not (self.path / DB_FILE).exists():
            others = [p.name for p in self.path.iterdir() if not p.name.startswith(DB_FILE)]
            if others:
                raise StoreError(
                    f"{self.path} is a non-empty directory that is not an erg store; "
                    "choose another --store path"
                )

    def _bootstrap(self) -> None:
        if "ErgMeta" not in self._tables:
            self._exec("CREATE NODE TABLE ErgMeta(key STRING, value STRING, PRIMARY KEY(key))")
            self._exec(
                "CREATE NODE TABLE Document(id STRING, title STRING, source STRING, "
                "date STRING, PRIMARY KEY(id))"
            )
            self._refresh_tables()
        existing = {row[0].upper() for row in self._exec("CALL show_macros() RETURN name").rows}
        for name, ddl in MACROS.items():
            if name not in existing:
                self._exec(ddl)

    def _refresh_tables(self) -> None:
        result = self._exec("CALL show_tables() RETURN name, type")
        self._tables = {name: kind for name, kind in result.rows}
        self._pairs.clear()
        for name, kind in self._tables.items():
            if kind == "REL":
                conns = self._exec(f"CALL show_connection('{name}') RETURN *").rows
                for row in conns:
                    self._pairs[name].add((row[0], row[1]))

    def _has_stored_schema(self) -> bool:
        return bool(self._exec("MATCH (m:ErgMeta {key: 'schema'}) RETURN m.key").rows)

    def _stored_schema(self) -> Schema:
        if "ErgMeta" not in self._tables:
            return DEFAULT_SCHEMA.copy()
        rows = self._exec("MATCH (m:ErgMeta {key: 'schema'}) RETURN m.value").rows
        schema = stored_schema(rows[0][0], self.warnings) if rows else None
        return schema or DEFAULT_SCHEMA.copy()

    def save_schema(self, schema: Schema) -> None:
        """Keep the schema in the store and create the tables its types need."""
        self._sync_tables(schema)
        self._exec("MERGE (m:ErgMeta {key: 'schema'}) SET m.value = $v", {"v": schema.to_json()})
        self.schema = schema

    def _sync_tables(self, schema: Schema) -> None:
        """One node table per entity type and one relationship table per relation type, with
        every allowed endpoint pair, so that a query naming a known but unused type returns no
        rows instead of failing (as in Neo4j)."""
        for label in schema.entity_types:
            if not valid_entity_identifier(label):
                raise ErgError(f"invalid entity type {label!r}")
            if label not in self._tables:
                self._exec(ENTITY_DDL.format(label=label))
                self._tables[label] = "NODE"
        for rel_type in schema.relation_types:
            if not valid_relation_identifier(rel_type):
                raise ErgError(f"invalid relation type {rel_type!r}")
            self._ensure_relation_table(rel_type, set(schema.endpoint_pairs(rel_type)))

    # -- low level ----------------------------------------------------------------------------
    def _exec(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        if self._conn is None:
            raise StoreError(f"the store at {self.path} is closed")
        if self.before_statement is not None:
            self.before_statement(cypher)
        try:
            result = self._conn.execute(cypher, params or {})
        except RuntimeError as exc:
            if not is_disk_full(exc):
                raise
            # Free the reserve so the rollback and the close that follow have room.
            if self._reserve is not None:
                self._reserve.release()
            raise full_error(self.path) from None
        if isinstance(result, list):  # several statements: keep the last result
            result = result[-1]
        columns = result.get_column_names()
        rows: list[list[Any]] = []
        while result.has_next():
            # rows are lists unless the result is switched to dicts (`as_dict`): erg never does
            rows.append(cast(list[Any], result.get_next()))
        return QueryResult(columns, rows)

    def _rows(self, cypher: str, params: dict[str, Any]) -> list[list[Any]]:
        return self._exec(cypher, params).rows

    def _rollback(self) -> bool:
        """Roll back the open transaction; False if there was none (a failed statement may
        already have rolled it back, or it was committed)."""
        try:
            self._exec("ROLLBACK")
        except RuntimeError as exc:
            if "no active transaction" not in str(exc).lower():
                raise
            return False
        return True

    def close(self) -> None:
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        if conn is not None:
            conn.close()
        if db is not None:
            db.close()
        self._conn = self._db = None
        reserve = getattr(self, "_reserve", None)
        if reserve is not None:
            reserve.release()

    def discard_if_new(self) -> None:
        """Close, and remove the store if this open created it (after a failed first load).

        The directories it created go, or the database files when the directory was there
        but empty; a store that existed before is only closed.
        """
        self.close()
        if self._created_dir is not None:
            shutil.rmtree(self._created_dir, ignore_errors=True)
        elif self._created_db is not None:
            for path in set(self._db_files()) - self._created_db:
                path.unlink(missing_ok=True)
        self._created_dir = self._created_db = None

    def _db_files(self) -> list[Path]:
        return [p for p in self.path.glob(f"{DB_FILE}*") if p.is_file()]

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ------------------------------------------------------------------------------
    def query(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout: float | None = None,
    ) -> QueryResult:
        """Run Cypher; read-only (in a READ ONLY transaction) unless `write=True`.

        Without `write`, statements that reach outside the store (files, extensions) are
        refused; with it, all the statements of `cypher` run in one transaction (all or
        nothing). `timeout` (seconds) stops a query that runs longer.
        """
        if write and self.read_only:
            raise ErgError("this store was opened read-only; open it for writing to use --write")
        cypher = self.translate(cypher)
        check_embedded_query(cypher, write)  # what runs: the translated text
        try:
            with self._time_limit(timeout):
                result = (
                    self._run_write(cypher, params) if write else self._run_read(cypher, params)
                )
        except RuntimeError as exc:
            raise _query_error(exc, timeout) from None
        return QueryResult(result.columns, [_plain(r) for r in result.rows])

    def translate(self, cypher: str) -> str:
        """The query in this store's dialect (Neo4j Cypher in; graph.store.dialect)."""
        return translate(cypher, Catalog(tuple(self._visible_labels())))

    def _visible_labels(self) -> list[str]:
        return sorted(n for n, k in self._tables.items() if k == "NODE" and n != "ErgMeta")

    def _run_read(self, cypher: str, params: dict[str, Any] | None) -> QueryResult:
        self._exec("BEGIN TRANSACTION READ ONLY")
        try:
            return self._exec(cypher, params)
        finally:
            self._rollback()

    def _run_write(self, cypher: str, params: dict[str, Any] | None) -> QueryResult:
        """Every statement of `cypher` in one transaction; a single one runs as it is (some,
        such as COPY, refuse an explicit transaction)."""
        if len(split_statements(cypher)) < 2:
            try:
                return self._exec(cypher, params)
            finally:
                self._refresh_tables()
        self._exec("BEGIN TRANSACTION")
        try:
            result = self._exec(cypher, params)
            self._exec("COMMIT")
        except BaseException:
            self._rollback()
            raise
        finally:
            self._refresh_tables()
        return result

    @contextmanager
    def _time_limit(self, timeout: float | None) -> Iterator[None]:
        """LadybugDB interrupts a query that runs past the connection's timeout."""
        conn = self._conn
        if not timeout or conn is None:
            yield
            return
        conn.set_query_timeout(max(1, round(timeout * 1000)))
        try:
            yield
        finally:
            conn.set_query_timeout(0)

    def _entity_labels(self) -> list[str]:
        return [
            n for n, k in self._tables.items() if k == "NODE" and n not in ("ErgMeta", "Document")
        ]

    def _relation_types(self) -> list[str]:
        return [n for n, k in self._tables.items() if k == "REL"]

    def entities(self) -> list[Entity]:
        out: list[Entity] = []
        for label in self._entity_labels():
            rows = self._exec(
                f"MATCH (n:{label}) RETURN n.id, n.name, n.aliases, n.documents, n.props"
            ).rows
            out.extend(
                entity_from_row(label, dict(zip(ENTITY_COLUMNS, r, strict=True)), self.warnings)
                for r in rows
            )
        return out

    def relations(self) -> list[Relation]:
        out: list[Relation] = []
        for rel_type in self._relation_types():
            rows = self._exec(
                f"MATCH (a)-[r:{rel_type}]->(b) RETURN a.id, b.id, r.evidence_json, r.props"
            ).rows
            out.extend(
                relation_from_row(
                    s, rel_type, t, {"evidence_json": ev, "props": props}, self.warnings
                )
                for s, t, ev, props in rows
            )
        return out

    def documents(self) -> list[Document]:
        if "Document" not in self._tables:
            return []
        rows = self._exec("MATCH (d:Document) RETURN d.id, d.title, d.source, d.date").rows
        return [Document(i, t or "", s or "", d or "") for i, t, s, d in rows]

    def entity_types_by_id(self, ids: list[str] | None = None) -> dict[str, str]:
        out: dict[str, str] = {}
        for label in self._entity_labels():
            if ids is None:
                rows = self._exec(f"MATCH (n:{label}) RETURN n.id").rows
            else:
                rows = self._exec(
                    f"MATCH (n:{label}) WHERE n.id IN $ids RETURN n.id", {"ids": ids}
                ).rows
            out.update({r[0]: label for r in rows})
        return out

    # -- writing ------------------------------------------------------------------------------
    def upsert(
        self, doc: GraphDocument, *, corrections: Mapping[str, str] | None = None
    ) -> UpsertResult:
        """Write a resolved GraphDocument in one transaction: all of it or nothing.

        Ctrl-C raises LoadInterrupted, which says whether the load was committed. With
        `corrections` (the records the document was corrected with), the load is refused
        (CorrectionsChanged) if the stored ones differ when it is about to commit.
        """
        if self.read_only:
            raise ErgError("this store was opened read-only")
        committed = commit_sent = False
        try:
            with gc_paused():
                doc, known = prepare_upsert(doc, self.schema, self.entity_types_by_id)
                result = UpsertResult(warnings=list(doc.warnings))
                self._exec("BEGIN TRANSACTION")
                try:
                    self._write(doc, known, result)
                    check_corrections(self._rows, corrections)
                    commit_sent = True
                    self._exec("COMMIT")
                except BaseException:
                    # After the COMMIT, nothing left to roll back means it went through.
                    committed = not self._rollback() and commit_sent
                    self._refresh_tables()
                    raise
                committed = True
            self._refresh_tables()
        except KeyboardInterrupt as exc:
            if isinstance(exc, LoadInterrupted):
                raise
            raise LoadInterrupted(committed) from None
        return result

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
        first the guarded entities (StaleRead), last the names the guard holds free and the
        correction records."""
        if self.read_only:
            raise ErgError("this store was opened read-only")
        with gc_paused():
            gone_entities, gone_relations = removal_groups(
                remove_entities, remove_relations, self.entity_types_by_id
            )
            types_by_id = without(self.entity_types_by_id, set(remove_entities))
            doc, known = prepare_upsert(doc, self.schema, types_by_id)
            result = UpsertResult(warnings=list(doc.warnings))
            self._exec("BEGIN TRANSACTION")
            try:
                if guard is not None:  # one writer: nothing to lock, only what to compare
                    check_guard(self._rows, guard, lock=False, warn=self.warnings)
                for (rel_type, s_label, t_label), pairs in gone_relations.items():
                    self._exec(
                        f"UNWIND $rows AS row MATCH (a:{s_label} {{id: row.s}})"
                        f"-[r:{rel_type}]->(b:{t_label} {{id: row.t}}) DELETE r",
                        {"rows": [{"s": s, "t": t} for s, t in pairs]},
                    )
                for label, ids in gone_entities.items():
                    self._exec(
                        f"MATCH (n:{label}) WHERE n.id IN $ids DETACH DELETE n", {"ids": ids}
                    )
                for key, value in (meta or {}).items():
                    if value is None:
                        self._exec("MATCH (m:ErgMeta {key: $k}) DELETE m", {"k": key})
                    else:
                        self._exec(
                            "MERGE (m:ErgMeta {key: $k}) SET m.value = $v", {"k": key, "v": value}
                        )
                self._write(doc, known, result)
                labels = self._entity_labels()
                check_names(self._rows, guard, [f"MATCH (n:{x})" for x in labels], lock=False)
                check_corrections(self._rows, corrections, meta)
                self._exec("COMMIT")
            except BaseException:
                self._rollback()
                self._refresh_tables()
                raise
        self._refresh_tables()
        return result

    def _write(self, doc: GraphDocument, known: dict[str, str], result: UpsertResult) -> None:
        types = {**known, **{e.id: e.type for e in doc.entities.values()}}
        self._ensure_tables(doc, types)
        self._write_entities(doc, result)
        self._write_relations(doc, types, result)
        if doc.documents:
            self._exec(
                # A document keeps what it was first stored with (the same content loaded
                # from a second path is the same document, not a move).
                "UNWIND $rows AS row MERGE (d:Document {id: row.id}) "
                "ON CREATE SET d.title = row.title, d.source = row.source, d.date = row.date",
                {"rows": [d.to_dict() for d in doc.documents.values()]},
            )
            result.documents = len(doc.documents)

    def _write_entities(self, doc: GraphDocument, result: UpsertResult) -> None:
        """Write the load's entities, label by label, merged with their stored versions."""
        by_label: dict[str, list[Entity]] = defaultdict(list)
        for entity in doc.entities.values():
            by_label[entity.type].append(entity)
        for label, entities in by_label.items():
            existing = self._existing_entities(label, [e.id for e in entities])
            rows, created, updated = merge_entity_rows(entities, existing)
            result.entities_created += created
            result.entities_updated += updated
            # New rows are CREATEd (faster than MERGE); changed ones are matched and SET.
            fresh = [entity_row(e) for e in rows if e.id not in existing]
            changed = [entity_row(e) for e in rows if e.id in existing]
            for batch in chunks(fresh, BATCH):
                self._exec(
                    f"UNWIND $rows AS row CREATE (n:{label} {{id: row.id, name: row.name, "
                    "aliases: row.aliases, documents: row.documents, props: row.props})",
                    {"rows": batch},
                )
            for batch in chunks(changed, BATCH):
                self._exec(
                    f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) "
                    "SET n.name = row.name, n.aliases = row.aliases, "
                    "n.documents = row.documents, n.props = row.props",
                    {"rows": batch},
                )

    def _write_relations(
        self, doc: GraphDocument, types: dict[str, str], result: UpsertResult
    ) -> None:
        """Write the load's relations, by type and endpoint labels, merged with their stored
        versions."""
        groups: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
        for rel in doc.relations.values():
            groups[(rel.type, types[rel.source], types[rel.target])].append(rel)
        for (rel_type, s_label, t_label), rels in groups.items():
            match = f"MATCH (a:{s_label} {{id: row.s}})-[r:{rel_type}]->(b:{t_label} {{id: row.t}})"
            stored: dict[tuple[str, str, str], Relation] = {}
            for batch in chunks([{"s": r.source, "t": r.target} for r in rels], BATCH):
                for s, t, ev, props in self._exec(
                    f"UNWIND $rows AS row {match} RETURN a.id, b.id, r.evidence_json, r.props",
                    {"rows": batch},
                ).rows:
                    stored[(s, rel_type, t)] = relation_from_row(
                        s, rel_type, t, {"evidence_json": ev, "props": props}, self.warnings
                    )
            merged, created, updated, added = merge_relation_rows(rels, stored)
            result.relations_created += created
            result.relations_updated += updated
            result.evidence_added += added
            fresh = [relation_row(r) for r in merged if r.key not in stored]
            changed = [relation_row(r) for r in merged if r.key in stored]
            ends = f"MATCH (a:{s_label} {{id: row.s}}), (b:{t_label} {{id: row.t}})"
            for batch in chunks(fresh, BATCH):
                self._exec(
                    f"UNWIND $rows AS row {ends} CREATE (a)-[r:{rel_type} {{"
                    "evidence: row.evidence, sources: row.sources, extractors: row.extractors, "
                    "confidence: row.confidence, evidence_json: row.evidence_json, "
                    "date: row.date, amount: row.amount, props: row.props}]->(b)",
                    {"rows": batch},
                )
            for batch in chunks(changed, BATCH):
                self._exec(
                    f"UNWIND $rows AS row {match} "
                    "SET r.evidence = row.evidence, r.sources = row.sources, "
                    "r.extractors = row.extractors, r.confidence = row.confidence, "
                    "r.evidence_json = row.evidence_json, r.date = row.date, "
                    "r.amount = row.amount, r.props = row.props",
                    {"rows": batch},
                )

    def _existing_entities(self, label: str, ids: list[str]) -> dict[str, Entity]:
        out = {}
        for batch in chunks(ids, BATCH):
            rows = self._exec(
                f"MATCH (n:{label}) WHERE n.id IN $ids "
                "RETURN n.id, n.name, n.aliases, n.documents, n.props",
                {"ids": batch},
            ).rows
            for r in rows:
                entity = entity_from_row(
                    label, dict(zip(ENTITY_COLUMNS, r, strict=True)), self.warnings
                )
                out[entity.id] = entity
        return out

    def _ensure_tables(self, doc: GraphDocument, types: dict[str, str]) -> None:
        """Create node and relationship tables on demand (inside the load's transaction)."""
        for label in sorted(set(types.values())):
            if not valid_entity_identifier(label):
                raise ErgError(f"invalid entity type {label!r}")
            if label not in self._tables:
                self._exec(ENTITY_DDL.format(label=label))
                self._tables[label] = "NODE"
        for rel_type in sorted({r.type for r in doc.relations.values()}):
            if not valid_relation_identifier(rel_type):
                raise ErgError(f"invalid relation type {rel_type!r}")
            needed = {
                (types[r.source], types[r.target])
                for r in doc.relations.values()
                if r.type == rel_type
            }
            self._ensure_relation_table(rel_type, needed)

    def _ensure_relation_table(self, rel_type: str, needed: set[tuple[str, str]]) -> None:
        if rel_type not in self._tables:
            pairs = ", ".join(f"FROM {s} TO {t}" for s, t in sorted(needed))
            self._exec(RELATION_DDL.format(name=rel_type, pairs=pairs))
            self._tables[rel_type] = "REL"
            self._pairs[rel_type] = set(needed)
            return
        for s, t in sorted(needed - self._pairs[rel_type]):
            self._exec(f"ALTER TABLE {rel_type} ADD FROM {s} TO {t}")
            self._pairs[rel_type].add((s, t))


def _make_dirs(path: Path) -> Path | None:
    """`mkdir -p path`; the topmost directory this call created, None if it existed.

    Each level is created with `exist_ok=False`, so a directory another process made at
    the same moment is never taken for ours.
    """
    missing = [p for p in (path, *path.parents) if not p.exists()]
    created = None
    for directory in reversed(missing):
        try:
            directory.mkdir()
        except FileExistsError:
            continue
        except OSError as exc:
            if created is not None:
                shutil.rmtree(created, ignore_errors=True)
            raise StoreError(f"cannot create store directory {path}: {exc.strerror}") from None
        if created is None:
            created = directory
    return created


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _query_error(exc: RuntimeError, timeout: float | None) -> ErgError:
    message = _first_line(exc)
    if any(s in message.lower() for s in WRITE_IN_READ_ONLY):
        return ErgError(WRITE_HINT)
    if timeout and "interrupted" in message.lower():
        return QueryTimeout(timeout)
    return ErgError(f"query failed: {message}")


def _store_error(path: Path, exc: RuntimeError) -> StoreError:
    message = str(exc)
    if "lock" in message.lower():
        pid = re.search(r"PID (\d+)", message)
        who = f" (PID {pid.group(1)})" if pid else ""
        return StoreError(
            f"store {path} is locked by another erg process{who}; wait for it to finish"
        )
    return StoreError(f"cannot open store {path}: {_first_line(exc)}")


def _plain(value: Any) -> Any:
    """Turn LadybugDB node/relationship/path values into plain JSON-friendly data."""
    if isinstance(value, Decimal):  # sum() of integers is a 128-bit integer there
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:
            return {"nodes": _plain(value["_NODES"]), "relationships": _plain(value["_RELS"])}
        out = {}
        graph_value = "_LABEL" in value  # a node or relationship: null means absent, as in Neo4j
        for k, v in value.items():
            if k in ("_ID", "_SRC", "_DST") or graph_value and v is None:
                continue
            out["_label" if k == "_LABEL" else k] = _plain(v)
        return out
    return value
