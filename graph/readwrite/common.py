"""What every format shares: flat attributes for the writers, a tolerant builder for the readers.

Writers flatten a GraphDocument into string/number attributes (lists and evidence become JSON
strings) because GraphML and GEXF tools (yEd, Gephi, Cytoscape) only understand flat values.
Readers hand each node and edge to `DocumentBuilder`, which maps what it can onto the schema and
reports the rest as `GraphDocument.warnings`, so a file from another tool never crashes a load.

>>> from graph.schema import DEFAULT_SCHEMA
>>> b = DocumentBuilder(DEFAULT_SCHEMA, "people.graphml", erg=False)
>>> b.node("n0", {"label": "Ann", "category": "person"})
>>> b.node("n1", {"label": "Acme"})
>>> b.edge("n0", "n1", {"interaction": "leads"})
>>> doc = b.finish()
>>> sorted(doc.entities), list(doc.relations)
(['acme', 'ann'], [('ann', 'LEADS', 'acme')])
>>> doc.warnings[0]
"people.graphml: 1 node(s) had no entity type the schema knows; typed Organization: 'Acme'"
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from graph.errors import ErgError
from graph.model import Document, Entity, Evidence, GraphDocument, Relation
from graph.schema import Schema

GENERATOR = "erg"
# Entities of a foreign file whose type is missing or unknown get this type: Organization is
# an allowed endpoint of nearly every relation type in the default schema, so the most edges
# of a foreign graph survive the schema's endpoint checks.
DEFAULT_ENTITY_TYPE = "Organization"

# Attribute names (compared lower case) that carry an entity's name, type or a relation's type.
NAME_KEYS = ("name", "label", "title", "shared name")
ENTITY_TYPE_KEYS = ("type", "category", "kind", ":label", "labels")
RELATION_TYPE_KEYS = (
    "type",
    "relation",
    ":type",
    "relationship",
    "interaction",
    "kind",
    "label",
)

# XML 1.0 cannot hold most control characters (even escaped); they are replaced on export.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# -- writing ----------------------------------------------------------------------------------
def to_json(value: Any) -> str:
    """Compact JSON text for lists and mappings stored in one flat attribute."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def xml_text(value: str) -> str:
    """`value` with the characters XML 1.0 cannot carry replaced by U+FFFD."""
    return _XML_INVALID.sub("\ufffd", value)


def node_attributes(entity: Entity) -> dict[str, Any]:
    """An entity as flat attributes (`label` repeats the name for Gephi and yEd)."""
    return {
        "name": entity.name,
        "label": entity.name,
        "type": entity.type,
        "aliases": to_json(list(entity.aliases)),
        "documents": to_json(list(entity.documents)),
        "properties": to_json(dict(entity.properties)),
    }


def edge_attributes(relation: Relation, symmetric: bool = False) -> dict[str, Any]:
    """A relation as flat attributes; `weight` (evidence count, at least 1) sizes Gephi edges.

    Every edge is directed (networkx and igraph refuse an undirected edge in a directed graph);
    `symmetric` says the relation has no direction (PARTNERS_WITH), so tools can ignore it.
    """
    return {
        "type": relation.type,
        "label": relation.type,
        "symmetric": symmetric,
        "evidence": to_json([e.to_dict() for e in relation.evidence]),
        "properties": to_json(dict(relation.properties)),
        "weight": float(max(1, len(relation.evidence))),
    }


def documents_json(doc: GraphDocument) -> str:
    return to_json([d.to_dict() for d in doc.documents.values()])


def check_output(path: str | Path, *, directory: bool = False) -> Path:
    """Fail early, in one line, when `path` cannot be written (missing or read-only folder)."""
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise ErgError(f"cannot write {path}: directory {parent} does not exist")
    if not parent.is_dir():
        raise ErgError(f"cannot write {path}: {parent} is not a directory")
    if directory:
        if path.exists() and not path.is_dir():
            raise ErgError(f"cannot write {path}: it is a file (the csv export writes a directory)")
        target = path if path.exists() else parent
    else:
        if path.is_dir():
            raise ErgError(f"cannot write {path}: it is a directory; give a file name")
        target = parent
    if not os.access(target, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ErgError(f"cannot write {path}: permission denied")
    return path


@contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Write to a temporary file beside `path`, then rename: no half-written exports."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        if "b" in mode:
            handle: IO[Any] = os.fdopen(fd, mode)
        else:
            handle = os.fdopen(fd, mode, encoding="utf-8", newline="")
        with handle:
            yield handle
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        _unlink(tmp)
        raise ErgError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        _unlink(tmp)
        raise


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


# -- reading ----------------------------------------------------------------------------------
def read_bytes(path: Path) -> bytes:
    """The bytes of a file, or an ErgError saying in one line why it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ErgError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise ErgError(f"{path} is a directory") from None
    except OSError as exc:
        raise ErgError(f"cannot read {path}: {exc.strerror}") from None


def file_document(path: Path, raw: bytes) -> Document:
    """The document that stands for an imported file (evidence of its foreign edges)."""
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return Document(id=f"import-{digest}", title=path.name, source=path.as_posix())


def parse_list(value: Any) -> list[str]:
    """A list attribute: a real list, a JSON list in a string, or `a;b` text."""
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if str(v).strip()]
    text = str(value).strip()
    if text.startswith("["):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, list):
            return [str(v) for v in data if str(v).strip()]
    return [part.strip() for part in text.split(";") if part.strip()]


def parse_mapping(value: Any) -> dict[str, Any] | None:
    """A mapping attribute (a dict or JSON object text); None when it is not one."""
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, str) and value.strip().startswith("{"):
        try:
            data = json.loads(value)
        except ValueError:
            return None
        return data if isinstance(data, dict) else None
    return None


def parse_evidence(value: Any) -> list[Evidence] | None:
    """erg's evidence records (a list of dicts, or that list as JSON); None when not that."""
    data = value
    if isinstance(value, str):
        if not value.strip().startswith("["):
            return None
        try:
            data = json.loads(value)
        except ValueError:
            return None
    if not isinstance(data, list) or not all(isinstance(d, dict) and "text" in d for d in data):
        return None
    try:
        return [Evidence.from_dict(d) for d in data]
    except (TypeError, ValueError):
        return None


WHOLE_KINDS = frozenset({"int", "integer", "long", "short", "byte"})
TRUE_WORDS = ("true", "1", "yes")


def typed_value(text: str, kind: str, true: tuple[str, ...] = TRUE_WORDS) -> Any:
    """An attribute's text read as its declared `kind` (GEXF, GraphML, Neo4j CSV): a whole or
    real number when it parses as one (else the text as it is), a boolean by the words of
    `true`, anything else as written.

    >>> typed_value("42", "long"), typed_value("4.5", "double"), typed_value("n/a", "int")
    (42, 4.5, 'n/a')
    >>> typed_value(" Yes", "boolean"), typed_value("yes", "boolean", true=("true",))
    (True, False)
    """
    try:
        if kind in WHOLE_KINDS:
            return int(text)
        if kind in ("float", "double"):
            return float(text)
    except ValueError:
        return text
    if kind == "boolean":
        return text.strip().lower() in true
    return text


def scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) and not (
        isinstance(value, float) and not math.isfinite(value)
    )


def _first(attrs: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, Any] | None:
    for key in keys:
        value = attrs.get(key)
        if value is not None and str(value).strip():
            return key, value
    return None


def _short(items: list[str], n: int = 5) -> str:
    shown = ", ".join(repr(i) for i in items[:n])
    return shown + (f" and {len(items) - n} more" if len(items) > n else "")


class DocumentBuilder:
    """Turns the nodes and edges of a graph file into a GraphDocument, mapping onto `schema`.

    `erg=True` for files erg wrote (node ids are entity ids, evidence is kept as written);
    otherwise entities get ids from their names (unless `keep_ids`: formats such as
    neo4j-admin CSV whose ids are the identity), attributes erg does not know are kept as
    properties, and each foreign edge gets one evidence item pointing at the imported file.
    """

    def __init__(
        self,
        schema: Schema,
        source: str | Path,
        *,
        erg: bool,
        raw: bytes = b"",
        directed: bool = True,
        keep_ids: bool | None = None,
    ):
        self.schema = schema
        self.path = Path(source)
        self.erg = erg
        self.keep_ids = erg if keep_ids is None else keep_ids
        self.directed = directed
        self.doc = GraphDocument()
        self.file_doc = file_document(self.path, raw)
        self._ids: dict[str, str] = {}  # file node id -> entity id
        self._types: dict[str, str] = {}
        self._untyped: list[str] = []
        self._unknown_entity_types: Counter[str] = Counter()
        self._unnamed = 0
        self._merged: list[str] = []
        self._kept_node_props: set[str] = set()
        self._kept_edge_props: set[str] = set()
        self._skipped_types: Counter[str] = Counter()
        self._skipped_endpoints: list[str] = []
        self._skipped_missing = 0
        self._skipped_loops = 0
        self._ignored: set[str] = set()
        self._foreign_edges = 0

    # -- nodes --------------------------------------------------------------------------------
    def node(self, node_id: str, attrs: dict[str, Any]) -> None:
        attrs = {str(k).strip().lower(): v for k, v in attrs.items()}
        found = _first(attrs, NAME_KEYS)
        if found is None:
            self._unnamed += 1
            name = str(node_id)
        else:
            name = " ".join(str(found[1]).split())
        etype = self._entity_type(attrs, name)
        aliases = parse_list(attrs.get("aliases"))
        documents = parse_list(attrs.get("documents"))
        props = parse_mapping(attrs.get("properties", attrs.get("props"))) or {}
        # erg's own files carry nothing else worth keeping (`label` repeats the name); other
        # tools' scalar attributes are kept as properties.
        if not self.erg:
            used = {"name", "type", "aliases", "documents", "properties", "props", "id"}
            used |= {"category", "kind", ":label", "labels", "label", found[0] if found else ""}
            documents = list(dict.fromkeys([*documents, self.file_doc.id]))
            self._keep_scalars(attrs, used, props, self._kept_node_props)
        if self.keep_ids:
            entity = Entity(str(node_id), name, etype, aliases, props, documents)
            if not self.erg:
                entity.aliases = Entity.named(name, etype, aliases).aliases
        else:
            entity = Entity.named(name, etype, aliases, props, documents)
            if entity.id in self.doc.entities:
                self._merged.append(name)
        entity_id = entity.id
        self.doc.add_entity(entity)
        self._ids[str(node_id)] = entity_id
        self._types[entity_id] = self.doc.entities[entity_id].type

    def _entity_type(self, attrs: dict[str, Any], name: str) -> str:
        for key in ENTITY_TYPE_KEYS:
            value = attrs.get(key)
            if value is None or not str(value).strip():
                continue
            for candidate in parse_list(value) or [str(value)]:
                candidate = candidate.strip(":")
                try:
                    return self.schema.check_entity_type(candidate)
                except ErgError:
                    self._unknown_entity_types[str(candidate)] += 1
        self._untyped.append(name)
        return DEFAULT_ENTITY_TYPE

    # -- edges --------------------------------------------------------------------------------
    def edge(self, source: str, target: str, attrs: dict[str, Any]) -> None:
        attrs = {str(k).strip().lower(): v for k, v in attrs.items()}
        s, t = self._ids.get(str(source)), self._ids.get(str(target))
        if self.keep_ids or not self._ids:
            # erg's files (and relationship-only CSV files) name entities by id.
            s, t = s or str(source), t or str(target)
        if s is None or t is None:
            self._skipped_missing += 1
            return
        rel_type, type_key = self._relation_type(attrs)
        if rel_type is None:
            return
        if s == t:
            self._skipped_loops += 1
            return
        st, tt = self._types.get(s), self._types.get(t)
        if st and tt and not self.schema.allows(rel_type, st, tt):
            self._skipped_endpoints.append(f"{rel_type} {st}->{tt}")
            return
        props = parse_mapping(attrs.get("properties", attrs.get("props"))) or {}
        evidence = parse_evidence(attrs.get("evidence", attrs.get("evidence_json")))
        if evidence is None:
            evidence = []
            if not self.erg:
                self._foreign_edges += 1
                note = attrs.get("evidence")
                text = str(note) if scalar(note) and str(note).strip() else ""
                evidence = [
                    Evidence(
                        text or f"imported from {self.path.name}",
                        self.file_doc.id,
                        extractor="import",
                    )
                ]
        if not self.erg:
            used = {"type", "evidence", "evidence_json", "properties", "props", type_key}
            used |= {"symmetric"}  # what the schema says, not a property of this edge
            used |= {"id", "key", "label"}
            self._keep_scalars(attrs, used, props, self._kept_edge_props)
        self.doc.add_relation(Relation(s, rel_type, t, props, evidence))

    def _keep_scalars(
        self, attrs: dict[str, Any], used: set[str], props: dict[str, Any], kept: set[str]
    ) -> None:
        """Another tool's attributes that erg does not read (`used`): the scalar ones kept as
        `props` (unless set already) and named in `kept`, the rest named as ignored."""
        for key, value in attrs.items():
            if key in used:
                continue
            if scalar(value):
                props.setdefault(key, value)
                kept.add(key)
            else:
                self._ignored.add(key)

    def _relation_type(self, attrs: dict[str, Any]) -> tuple[str | None, str]:
        seen = []
        for key in RELATION_TYPE_KEYS:
            value = attrs.get(key)
            if value is None or not str(value).strip():
                continue
            seen.append(str(value))
            try:
                return self.schema.check_relation_type(str(value)), key
            except ErgError:
                continue
        self._skipped_types[seen[0] if seen else "(none)"] += 1
        return None, ""

    # -- documents ----------------------------------------------------------------------------
    def documents(self, records: Any) -> None:
        """erg's own document records (a list of dicts, or that list as JSON)."""
        if isinstance(records, str):
            try:
                records = json.loads(records)
            except ValueError:
                self.warn("the documents attribute is not valid JSON; ignored")
                return
        if not isinstance(records, list):
            return
        for d in records:
            if isinstance(d, dict) and d.get("id"):
                self.doc.add_document(
                    Document(
                        str(d["id"]),
                        str(d.get("title") or ""),
                        str(d.get("source") or ""),
                        str(d.get("date") or ""),
                    )
                )

    def ignore(self, what: str) -> None:
        """Note something in the file that has no place in the graph (e.g. yEd graphics)."""
        self._ignored.add(what)

    def warn(self, message: str) -> None:
        self.doc.warnings.append(f"{self.path.name}: {message}")

    # -- result -------------------------------------------------------------------------------
    def finish(self) -> GraphDocument:
        warn = self.warn
        if self._untyped:
            warn(
                f"{len(self._untyped)} node(s) had no entity type the schema knows; "
                f"typed {DEFAULT_ENTITY_TYPE}: {_short(self._untyped)}"
            )
        if self._unknown_entity_types:
            warn(f"unknown entity types: {_short(sorted(self._unknown_entity_types))}")
        if self._unnamed:
            warn(f"{self._unnamed} node(s) had no name or label; their node id is used")
        if self._merged:
            warn(f"nodes with the same name were merged: {_short(self._merged)}")
        if self._kept_node_props:
            warn(f"kept as entity properties: {', '.join(sorted(self._kept_node_props))}")
        if self._kept_edge_props:
            warn(f"kept as relation properties: {', '.join(sorted(self._kept_edge_props))}")
        if self._skipped_types:
            found = ", ".join(f"{k!r} x{n}" for k, n in sorted(self._skipped_types.items()))
            warn(
                f"{sum(self._skipped_types.values())} edge(s) skipped: no relation type the "
                f"schema knows (found {found}; known: {', '.join(self.schema.relation_types)})"
            )
        if self._skipped_endpoints:
            counts = Counter(self._skipped_endpoints)
            warn(
                f"{len(self._skipped_endpoints)} edge(s) skipped: the schema does not allow "
                + ", ".join(f"{k} (x{n})" for k, n in sorted(counts.items()))
            )
        if self._skipped_missing:
            warn(f"{self._skipped_missing} edge(s) skipped: an endpoint is not a node of the file")
        if self._skipped_loops:
            warn(f"{self._skipped_loops} edge(s) from a node to itself skipped")
        if self._ignored:
            warn(f"ignored: {', '.join(sorted(self._ignored))}")
        if not self.directed and self._foreign_edges:
            warn("the graph is undirected; relations keep the order the file lists their ends in")
        used = {d for e in self.doc.entities.values() for d in e.documents}
        used |= {ev.document for r in self.doc.relations.values() for ev in r.evidence}
        if self.file_doc.id in used:
            self.doc.add_document(self.file_doc)
        return self.doc


def xml_local(tag: object) -> str:
    """An XML tag without its namespace ("{ns}node" -> "node")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_xml_root(raw: bytes, path: Path, root_tag: str, label: str) -> ET.Element:
    """Parse an XML graph file whose root must be <root_tag>, or raise a one-line error."""
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise ErgError(f"{path}: not valid {label}: {exc}") from None
    if xml_local(root.tag) != root_tag:
        raise ErgError(f"{path}: not a {label} file (its root element is <{xml_local(root.tag)}>)")
    return root
