"""Curated files: entities and relations entered or corrected by hand (YAML, JSON or CSV).

YAML and JSON share one shape (see examples/stargate.yaml for a complete example)::

    title: Stargate, as curated by the desk       # optional, names the document
    source: https://example.com/article           # optional, URL or citation
    date: 2025-01-22                              # optional
    entities:
      - {name: Elon Musk, type: Person, aliases: [Musk], properties: {born: 1971}}
    relations:
      - source: Elon Musk
        type: FOUNDED
        target: OpenAI
        evidence: "This feud has roots going back to the time the two founded OpenAI together."
        url: https://example.com/other-article   # optional, per relation
        date: 2015-12-11                         # optional, per relation
        properties: {amount: "$1 billion"}       # optional
    corrections:                                  # optional: analysts' corrections
      - merge: [OpenAI, Open AI]                  # keep OpenAI, Open AI becomes its alias
        reason: one company                       # optional; so is `by` (default: $USER)
      - retype: [Brightwell, Organization]
      - reject: [Elon Musk, FOUNDED, Stargate]    # source, type, target
      - rename: [Open AI, OpenAI]

Corrections are made after the file's entities and relations are stored (see
graph/corrections.py); names are resolved against the file and the store, and an unknown one
is an error naming the file and line, with nothing stored. Loading the file again changes
nothing: corrections already in force are skipped.

CSV holds either relations (header with source,type,target and optional source_type,
target_type, evidence, url, title, date; other columns become properties) or entities
(header with name,type and optional aliases separated by ';'; other columns become properties).

Endpoints are names or aliases of entities in the file or in `known` (the store). A relation
that gives an endpoint's type (`source_type`/`target_type`) declares that entity. Any other
endpoint found in neither is an error naming the file and line, unless `create_missing` is set
and the relation type implies the endpoint's type (e.g. LEADS starts at a Person).

>>> doc = parse_curated("examples/stargate.yaml")          # doctest: +SKIP
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from graph.errors import ErgError
from graph.model import (
    CORRECTION_KINDS,
    CorrectionRequest,
    Document,
    Entity,
    Evidence,
    GraphDocument,
    Relation,
)
from graph.resolve import Resolver
from graph.schema import DEFAULT_SCHEMA, Schema
from loaders.textfile import read_text

CURATED_SUFFIXES = {".yaml", ".yml", ".json", ".csv"}
TOP_KEYS = {
    "title",
    "source",
    "url",
    "date",
    "entities",
    "relations",
    "corrections",
    "article",
    "documents",
}
LISTS = ("entities", "relations", "corrections")
CORRECTION_KEYS = {"reason", "by"}
ENTITY_KEYS = {"name", "type", "aliases", "properties", "id"}
RELATION_KEYS = {
    "source",
    "type",
    "target",
    "evidence",
    "url",
    "source_url",
    "title",
    "date",
    "properties",
    "source_type",
    "target_type",
    "confidence",
}


@dataclass
class Item:
    """One entity or relation record and the line it starts on."""

    data: dict[str, Any]
    line: int


def parse_curated(
    path: str | Path,
    known: Iterable[Entity] = (),
    schema: Schema = DEFAULT_SCHEMA,
    create_missing: bool = False,
) -> GraphDocument:
    """Parse a curated file into a GraphDocument whose relations point at entity ids."""
    path = Path(path)
    text = read_text(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        meta, entities, relations = _read_csv(path, text)
    elif suffix in (".yaml", ".yml", ".json"):
        meta, entities, relations = _read_mapping(path, text, suffix)
    else:
        raise ErgError(f"{path}: unsupported curated format {suffix!r} (use .yaml, .json or .csv)")
    doc = _build(path, text, meta, entities, relations, known, schema, create_missing)
    doc.corrections = [_correction(path, item) for item in meta.get("corrections") or []]
    return doc


# -- readers ----------------------------------------------------------------------------------
def _read_mapping(
    path: Path, text: str, suffix: str
) -> tuple[dict[str, Any], list[Item], list[Item]]:
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ErgError(f"{path}:{exc.lineno}: malformed JSON: {exc.msg}") from None
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f":{mark.line + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or "syntax error"
            raise ErgError(f"{path}{where}: malformed YAML: {problem}") from None
    if not isinstance(data, dict):
        raise ErgError(f"{path}:1: expected a mapping with 'entities' and/or 'relations'")
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise ErgError(
            f"{path}: unknown top-level keys {', '.join(sorted(map(str, unknown)))}; "
            f"expected {', '.join(sorted(TOP_KEYS))}"
        )
    lines = _item_lines(text)
    items: dict[str, list[Item]] = {}
    for key in LISTS:
        records = data.get(key) or []
        if not isinstance(records, list):
            raise ErgError(f"{path}:{lines.get((key, -1), 1)}: '{key}' must be a list")
        items[key] = []
        for i, record in enumerate(records):
            line = lines.get((key, i), 0)
            if not isinstance(record, dict):
                raise ErgError(f"{path}:{line}: each of '{key}' must be a mapping")
            items[key].append(Item(record, line))
    meta: dict[str, Any] = {k: data.get(k) for k in ("title", "source", "url", "date", "article")}
    meta["corrections"] = items["corrections"]
    return meta, items["entities"], items["relations"]


def _item_lines(text: str) -> dict[tuple[str, int], int]:
    """Line numbers of each entities[i] / relations[i] record (YAML composes JSON too)."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return {}
    out: dict[tuple[str, int], int] = {}
    if not isinstance(root, yaml.MappingNode):
        return out
    for key_node, value_node in root.value:
        key = getattr(key_node, "value", None)
        if key in LISTS:
            out[(key, -1)] = key_node.start_mark.line + 1
            if isinstance(value_node, yaml.SequenceNode):
                for i, node in enumerate(value_node.value):
                    out[(key, i)] = node.start_mark.line + 1
    return out


def _read_csv(path: Path, text: str) -> tuple[dict[str, Any], list[Item], list[Item]]:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        reader.fieldnames = header
        rows = []
        for row in reader:
            if None in row:
                raise ErgError(f"{path}:{reader.line_num}: more fields than the header has")
            if any(v is None for v in row.values()):
                raise ErgError(f"{path}:{reader.line_num}: fewer fields than the header has")
            rows.append(Item({k: (v or "").strip() for k, v in row.items()}, reader.line_num))
    except csv.Error as exc:
        raise ErgError(f"{path}: malformed CSV: {exc}") from None
    if {"source", "type", "target"} <= set(header):
        relations = []
        for item in rows:
            record = {k: v for k, v in item.data.items() if v != ""}
            props = {k: record.pop(k) for k in list(record) if k not in RELATION_KEYS}
            if props:
                record["properties"] = props
            relations.append(Item(record, item.line))
        return {}, [], relations
    if {"name", "type"} <= set(header):
        entities = []
        for item in rows:
            record = {k: v for k, v in item.data.items() if v != ""}
            if "aliases" in record:
                record["aliases"] = [a.strip() for a in record["aliases"].split(";") if a.strip()]
            props = {k: record.pop(k) for k in list(record) if k not in ENTITY_KEYS}
            if props:
                record["properties"] = props
            entities.append(Item(record, item.line))
        return {}, entities, []
    raise ErgError(
        f"{path}:1: unrecognised CSV header {','.join(header)!r}; relations need "
        "source,type,target and entities need name,type"
    )


# -- building ---------------------------------------------------------------------------------
def _build(
    path: Path,
    text: str,
    meta: dict[str, Any],
    entity_items: list[Item],
    relation_items: list[Item],
    known: Iterable[Entity],
    schema: Schema,
    create_missing: bool,
) -> GraphDocument:
    doc = GraphDocument()
    file_doc = Document.from_text(
        text,
        title=str(meta.get("title") or meta.get("article") or path.name),
        source=str(meta.get("source") or meta.get("url") or path.as_posix()),
        date=str(meta.get("date") or ""),
    )
    doc.add_document(file_doc)
    seen_names: dict[str, int] = {}
    for item in entity_items:
        entity = _entity(path, item, schema, file_doc.id)
        if entity.id in seen_names:
            raise ErgError(
                f"{path}:{item.line}: duplicate entity {entity.name!r} "
                f"(already on line {seen_names[entity.id]})"
            )
        seen_names[entity.id] = item.line
        doc.add_entity(entity)
    local = Resolver(doc.entities.values())
    store = Resolver(known)
    seen_rels: dict[tuple[Any, ...], int] = {}
    for item in relation_items:
        where = f"{path}:{item.line}"
        data = item.data
        missing = [k for k in ("source", "type", "target") if not str(data.get(k) or "").strip()]
        if missing:
            raise ErgError(f"{where}: relation is missing {', '.join(missing)}")
        extra = set(data) - RELATION_KEYS
        if extra:
            raise ErgError(f"{where}: unknown relation fields {', '.join(sorted(extra))}")
        try:
            rel_type = schema.check_relation_type(str(data["type"]))
        except ErgError as exc:
            raise ErgError(f"{where}: {exc}") from None
        ends = []
        for side in ("source", "target"):
            ends.append(
                _endpoint(
                    where,
                    data,
                    side,
                    rel_type,
                    local,
                    store,
                    doc,
                    schema,
                    create_missing,
                    file_doc.id,
                )
            )
        source, target = ends
        if source.id == target.id:
            raise ErgError(f"{where}: relation {rel_type} from {source.name!r} to itself")
        if not schema.allows(rel_type, source.type, target.type):
            raise ErgError(
                f"{where}: {rel_type} cannot link {source.type} {source.name!r} to "
                f"{target.type} {target.name!r} (allowed: {schema.describe_endpoints(rel_type)})"
            )
        evidence_doc = file_doc
        url = str(data.get("url") or data.get("source_url") or "")
        if url:
            evidence_doc = Document(
                id="url-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16],
                title=str(data.get("title") or url),
                source=url,
                date=str(data.get("date") or file_doc.date),
            )
            doc.add_document(evidence_doc)
        evidence = _evidence(where, data.get("evidence"), evidence_doc.id, data.get("confidence"))
        props = data.get("properties") or {}
        if not isinstance(props, dict):
            raise ErgError(f"{where}: properties must be a mapping")
        if data.get("date"):
            props = {**props, "date": str(data["date"])}
        identity = (source.id, rel_type, target.id, tuple(e.text for e in evidence), url)
        if identity in seen_rels:
            raise ErgError(f"{where}: duplicate of the relation on line {seen_rels[identity]}")
        seen_rels[identity] = item.line
        doc.add_relation(Relation(source.id, rel_type, target.id, dict(props), evidence))
    return doc


def _entity(path: Path, item: Item, schema: Schema, doc_id: str) -> Entity:
    where = f"{path}:{item.line}"
    data = item.data
    extra = set(data) - ENTITY_KEYS
    if extra:
        raise ErgError(f"{where}: unknown entity fields {', '.join(sorted(extra))}")
    name = str(data.get("name") or "").strip()
    if not name:
        raise ErgError(f"{where}: entity has no name")
    if not data.get("type"):
        raise ErgError(f"{where}: entity {name!r} has no type")
    try:
        etype = schema.check_entity_type(str(data["type"]))
    except ErgError as exc:
        raise ErgError(f"{where}: {exc}") from None
    aliases = data.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list):
        raise ErgError(f"{where}: aliases must be a list of names")
    props = data.get("properties") or {}
    if not isinstance(props, dict):
        raise ErgError(f"{where}: properties must be a mapping")
    entity = Entity.named(name, etype, [str(a) for a in aliases], props, [doc_id])
    if data.get("id"):
        entity.id = str(data["id"])
    return entity


def _endpoint(
    where: str,
    data: dict[str, Any],
    side: str,
    rel_type: str,
    local: Resolver,
    store: Resolver,
    doc: GraphDocument,
    schema: Schema,
    create_missing: bool,
    doc_id: str,
) -> Entity:
    name = str(data[side]).strip()
    try:
        entity = local.resolve(name) or store.resolve(name)
    except ErgError as exc:
        raise ErgError(f"{where}: {exc}") from None
    if entity is not None:
        if entity.id not in doc.entities:
            # Known only to the store: carry a reference so the store can check its type.
            doc.add_entity(Entity(entity.id, entity.name, entity.type, documents=[doc_id]))
        return entity
    declared = data.get(f"{side}_type")
    if not create_missing and not declared:
        raise ErgError(
            f"{where}: {side} {name!r} is neither in the file nor in the store "
            f"(list it under entities, give {side}_type, or use --create-missing)"
        )
    if declared:
        try:
            etype = schema.check_entity_type(str(declared))
        except ErgError as exc:
            raise ErgError(f"{where}: {exc}") from None
    else:
        allowed = schema.endpoint_types(rel_type, "from" if side == "source" else "to")
        if len(allowed) != 1:
            raise ErgError(
                f"{where}: cannot tell the type of new entity {name!r}; "
                f"give {side}_type (one of {', '.join(allowed)})"
            )
        etype = allowed[0]
    entity = Entity.named(name, etype, documents=[doc_id])
    doc.add_entity(entity)
    local.add(entity)
    return entity


def _correction(path: Path, item: Item) -> CorrectionRequest:
    """`- merge: [KEEP, GONE]`, `- retype: [NAME, TYPE]`, `- reject: [SOURCE, TYPE, TARGET]` or
    `- rename: [NAME, NEW]`, each with an optional `reason` and `by`."""
    where = f"{path}:{item.line}"
    kinds = [k for k in item.data if k in CORRECTION_KINDS]
    extra = set(item.data) - set(CORRECTION_KINDS) - CORRECTION_KEYS
    if extra:
        raise ErgError(f"{where}: unknown correction fields {', '.join(sorted(map(str, extra)))}")
    if len(kinds) != 1:
        raise ErgError(
            f"{where}: a correction is one of {', '.join(CORRECTION_KINDS)} "
            f"(found {', '.join(kinds) or 'none'})"
        )
    kind = kinds[0]
    args = item.data[kind]
    arity = CORRECTION_KINDS[kind]
    if (
        not isinstance(args, list)
        or len(args) != arity
        or not all(isinstance(a, str) and a.strip() for a in args)
    ):
        raise ErgError(f"{where}: {kind} takes a list of {arity} names, e.g. {_EXAMPLES[kind]}")
    return CorrectionRequest(
        kind,
        [a.strip() for a in args],
        reason=str(item.data.get("reason") or ""),
        by=str(item.data.get("by") or ""),
        where=where,
    )


_EXAMPLES = {
    "merge": "[OpenAI, Open AI]",
    "retype": "[Brightwell, Organization]",
    "reject": "[Elon Musk, FOUNDED, Stargate]",
    "rename": "[Open AI, OpenAI]",
}


def _evidence(where: str, value: Any, doc_id: str, confidence: Any) -> list[Evidence]:
    if value in (None, ""):
        return []
    items = value if isinstance(value, list) else [value]
    out = []
    try:
        conf = float(confidence) if confidence not in (None, "") else 1.0
    except (TypeError, ValueError):
        raise ErgError(f"{where}: confidence must be a number") from None
    for item in items:
        if isinstance(item, str):
            out.append(Evidence(item.strip(), doc_id, extractor="curated", confidence=conf))
        elif isinstance(item, dict) and item.get("text"):
            out.append(
                Evidence(
                    str(item["text"]).strip(),
                    str(item.get("document") or doc_id),
                    extractor=str(item.get("extractor") or "curated"),
                    confidence=float(item.get("confidence", conf)),
                )
            )
        else:
            raise ErgError(f"{where}: evidence must be text or a list of texts")
    return out
