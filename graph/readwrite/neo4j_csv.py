"""CSV in the layout `neo4j-admin database import` reads, written as a directory and read back.

The directory holds one nodes file per entity type, the documents, and one relationships file
per relation type, with erg's store layout as properties (so the imported database answers the
same Cypher as an erg store):

    nodes_Person.csv           id:ID,name,aliases:string[],documents:string[],props,:LABEL
    documents.csv              id:ID(Document),title,source,date,:LABEL
    relationships_FOUNDED.csv  :START_ID,:END_ID,:TYPE,evidence_json,confidence:float,
                               date,amount,props

Lists use neo4j-admin's default array delimiter `;`; an alias that contains `;` has it replaced
by `,` (with a warning), as erg's curated CSV format does. The evidence is one JSON string
column (`evidence_json`), since sentences are full of `;` and commas.

Reading takes the directory or any one of its files (`erg load` reads them one by one), and
also neo4j-admin CSV from elsewhere: `:ID`/`:START_ID`/`:END_ID` columns, ID groups
(`:ID(Person)`), typed columns (`year:int`, `tags:string[]`), labels and types from the
`:LABEL`/`:TYPE` columns or from file names such as `nodes_Person.csv`.

>>> from loaders.curated import parse_curated
>>> write_neo4j_csv(parse_curated("examples/stargate.yaml"), "export-dir")
[]
>>> print(import_command("export-dir"))  # doctest: +ELLIPSIS
neo4j-admin database import full --nodes=export-dir/documents.csv ... neo4j
"""

from __future__ import annotations

import csv
import io
import re
import shlex
from pathlib import Path
from typing import Any

from graph.errors import ErgError
from graph.model import GraphDocument
from graph.readwrite.common import (
    DocumentBuilder,
    atomic_write,
    check_output,
    read_bytes,
    to_json,
    typed_value,
)
from graph.schema import DEFAULT_SCHEMA, Schema, valid_entity_identifier, valid_relation_identifier

ARRAY_DELIMITER = ";"
DOCUMENTS_FILE = "documents.csv"
NODE_HEADER = ["id:ID", "name", "aliases:string[]", "documents:string[]", "props", ":LABEL"]
DOCUMENT_HEADER = ["id:ID(Document)", "title", "source", "date", ":LABEL"]
RELATION_HEADER = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "evidence_json",
    "confidence:float",
    "date",
    "amount",
    "props",
]
_OWN_FILES = re.compile(r"^(nodes_[A-Za-z0-9_]+|relationships_[A-Z0-9_]+|documents)\.csv$")
_FIELD = re.compile(
    r"^(?P<name>[^:]*)(?::(?P<type>[A-Za-z_]+(?:\[\])?)(?:\((?P<group>[^)]*)\))?)?$"
)


# -- writing ----------------------------------------------------------------------------------
def write_neo4j_csv(
    doc: GraphDocument, path: str | Path, schema: Schema = DEFAULT_SCHEMA
) -> list[str]:
    """Write `doc` as a directory of neo4j-admin import files; returns warnings.

    Files of an earlier export in the same directory (nodes_*.csv, relationships_*.csv,
    documents.csv) are replaced, so the directory never mixes two exports.
    """
    path = check_output(path, directory=True)
    try:
        path.mkdir(exist_ok=True)
        for old in path.iterdir():
            if _OWN_FILES.match(old.name) and old.is_file():
                old.unlink()
    except OSError as exc:
        raise ErgError(f"cannot write {path}: {exc.strerror or exc}") from None
    warnings: list[str] = []
    _write(
        path / DOCUMENTS_FILE,
        DOCUMENT_HEADER,
        [[d.id, d.title, d.source, d.date, "Document"] for d in doc.documents.values()],
    )
    by_label: dict[str, list[list[Any]]] = {}
    for e in doc.entities.values():
        if not valid_entity_identifier(e.type):
            raise ErgError(f"entity type {e.type!r} is not a valid Neo4j label")
        by_label.setdefault(e.type, []).append(
            [
                e.id,
                e.name,
                _array(e.aliases, warnings, e.name),
                _array(e.documents, warnings, e.name),
                to_json(e.properties),
                e.type,
            ]
        )
    for label, rows in sorted(by_label.items()):
        _write(path / f"nodes_{label}.csv", NODE_HEADER, rows)
    by_type: dict[str, list[list[Any]]] = {}
    for r in doc.relations.values():
        if not valid_relation_identifier(r.type):
            raise ErgError(f"relation type {r.type!r} is not a valid Neo4j relationship type")
        by_type.setdefault(r.type, []).append(
            [
                r.source,
                r.target,
                r.type,
                to_json([ev.to_dict() for ev in r.evidence]),
                max((ev.confidence for ev in r.evidence), default=1.0),
                str(r.properties.get("date", "") or ""),
                str(r.properties.get("amount", "") or ""),
                to_json(r.properties),
            ]
        )
    for rel_type, rows in sorted(by_type.items()):
        _write(path / f"relationships_{rel_type}.csv", RELATION_HEADER, rows)
    return warnings


def _array(values: list[str], warnings: list[str], owner: str) -> str:
    out = []
    for value in values:
        if ARRAY_DELIMITER in value:
            warnings.append(
                f"{owner}: {value!r} contains {ARRAY_DELIMITER!r}, the CSV list delimiter; "
                "written with ',' instead"
            )
            value = value.replace(ARRAY_DELIMITER, ",")
        out.append(value)
    return ARRAY_DELIMITER.join(out)


def _write(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    with atomic_write(path) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def import_command(path: str | Path, database: str = "neo4j") -> str:
    """The neo4j-admin command line that imports an export directory into an empty database."""
    path = Path(path)
    nodes = [path / DOCUMENTS_FILE, *sorted(path.glob("nodes_*.csv"))]
    rels = sorted(path.glob("relationships_*.csv"))
    parts = ["neo4j-admin database import full"]
    parts += [shlex.quote(f"--nodes={p.as_posix()}") for p in nodes if p.exists()]
    parts += [shlex.quote(f"--relationships={p.as_posix()}") for p in rels]
    parts += [shlex.quote(f"--array-delimiter={ARRAY_DELIMITER}"), shlex.quote(database)]
    return " ".join(parts)


# -- reading ----------------------------------------------------------------------------------
def is_neo4j_csv_header(line: str) -> bool:
    """Whether a CSV header line is neo4j-admin's (has an :ID or :START_ID column)."""
    try:
        fields = next(csv.reader([line]))
    except (csv.Error, StopIteration):
        return False
    return any(_kind(f)[1] in ("ID", "START_ID") for f in fields)


def _kind(field: str) -> tuple[str, str, str | None]:
    """(property name, type, ID group) of a header field such as `id:ID(Person)`."""
    m = _FIELD.match(field.strip())
    if not m:
        return field.strip(), "", None
    kind = m.group("type") or ""
    upper = kind.upper()
    if upper in ("ID", "START_ID", "END_ID", "LABEL", "TYPE", "IGNORE"):
        kind = upper
    return m.group("name"), kind, m.group("group")


def _value(text: str, kind: str) -> Any:
    kind = kind.lower()
    if kind.endswith("[]"):
        return [_value(p, kind[:-2]) for p in text.split(ARRAY_DELIMITER) if p != ""]
    return typed_value(text, kind, true=("true",))


def read_neo4j_csv(path: str | Path, schema: Schema = DEFAULT_SCHEMA) -> GraphDocument:
    """Read a neo4j-admin import directory, or one of its files, into a GraphDocument."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.glob("*.csv") if p.is_file())
        # Nodes before relationships, so edges see their endpoints' types.
        heads = [(p, _header(p)) for p in files]
        nodes = [p for p, h in heads if h is not None and h[0] == "nodes"]
        rels = [p for p, h in heads if h is not None and h[0] == "relationships"]
        others = [p.name for p, h in heads if h is None]
        if not nodes and not rels:
            raise ErgError(f"{path}: no neo4j-admin CSV files (with :ID or :START_ID columns)")
        raw = b"".join(read_bytes(p) for p in [*nodes, *rels])
        combined = DocumentBuilder(schema, path, erg=True, raw=raw)
        for p in [*nodes, *rels]:
            _read_file(p, schema, combined)
        doc = combined.finish()
        if others:
            doc.warnings.append(f"{path.name}: not neo4j-admin CSV, skipped: {', '.join(others)}")
        return doc
    builder = DocumentBuilder(schema, path, erg=True, raw=read_bytes(path))
    _read_file(path, schema, builder)
    return builder.finish()


def _header(path: Path) -> tuple[str, list[str]] | None:
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
        line = handle.readline()
    if not is_neo4j_csv_header(line):
        return None
    fields = next(csv.reader([line]))
    kinds = [_kind(f)[1] for f in fields]
    return ("nodes" if "ID" in kinds else "relationships"), fields


def _read_rows(path: Path) -> list[list[str]]:
    """A CSV file's rows, header first (UTF-8, with or without a byte-order mark), or a
    one-line ErgError."""
    raw = read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ErgError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise ErgError(f"{path}: malformed CSV: {exc}") from None
    if not rows:
        raise ErgError(f"{path}: file is empty")
    return rows


def _read_file(path: Path, schema: Schema, builder: DocumentBuilder) -> None:
    rows = _read_rows(path)
    fields = [_kind(f) for f in rows[0]]
    kinds = [k for _, k, _ in fields]
    if "ID" not in kinds and "START_ID" not in kinds:
        raise ErgError(f"{path}: not a neo4j-admin CSV file (no :ID or :START_ID column)")
    # erg's own files carry its store layout (evidence kept exactly as written); other
    # neo4j-admin files get erg's treatment of foreign graphs. Both keep the files' ids, since
    # relationships files refer to nodes by them.
    names = {n for n, _, _ in fields}
    builder.erg = "props" in names or "evidence_json" in names
    builder.keep_ids = True
    nodes = "ID" in kinds
    stem_label = path.stem.split("_", 1)[1] if "_" in path.stem else ""
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(fields):
            builder.warn(f"{path.name}:{line}: {len(row)} columns, the header has {len(fields)}")
            continue
        attrs: dict[str, Any] = {}
        node_id = start = end = ""
        label = rel_type = ""
        group = None
        for (name, kind, grp), cell in zip(fields, row, strict=True):
            if kind == "ID":
                node_id, group = cell, grp
                if name:
                    attrs[name] = cell
            elif kind == "START_ID":
                start = _grouped(cell, grp)
            elif kind == "END_ID":
                end = _grouped(cell, grp)
            elif kind == "LABEL":
                label = cell
            elif kind == "TYPE":
                rel_type = cell
            elif kind == "IGNORE":
                continue
            elif cell != "":
                attrs[name] = _value(cell, kind)
        if nodes:
            labels = [part for part in label.split(ARRAY_DELIMITER) if part] or [stem_label]
            if "Document" in labels or group == "Document":
                builder.documents([{**attrs, "id": node_id}])
                continue
            attrs.pop("id", None)
            attrs["labels"] = labels
            builder.node(_grouped(node_id, group), attrs)
        else:
            attrs["type"] = rel_type or stem_label
            builder.edge(start, end, attrs)


def _grouped(value: str, group: str | None) -> str:
    """Ids in a named ID group (other than erg's Document group) are kept apart: `Group:id`."""
    return f"{group}:{value}" if group and group != "Document" else value
