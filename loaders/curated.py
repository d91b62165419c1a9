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

Corrections are made on the file's entities and relations and stored with them in one
transaction (see graph/corrections.py); names are resolved against the file and the store,
and an unknown one is an error naming the file and line, with nothing stored. Loading the
file again changes nothing: corrections already in force are skipped.

CSV holds either relations (header with source,type,target and optional source_type,
target_type, evidence, url, title, date; other columns become properties) or entities
(header with name,type and optional aliases separated by ';'; other columns become properties).

Every field is checked for its type, never coerced (see loaders/fields.py): names, types,
aliases, URLs and evidence are text, `confidence` a number from 0 to 1 (the default for each
evidence item; an evidence mapping may give its own), properties JSON-like values. YAML anchors
and aliases are refused and nesting is bounded (loaders/safe_yaml.py, graph/values.py).

Endpoints are names or aliases of entities in the file or in `known` (the store). A relation
that gives an endpoint's type (`source_type`/`target_type`) declares that entity. Any other
endpoint found in neither is an error naming the file and line, unless `create_missing` is set
and the relation type implies the endpoint's type (e.g. LEADS starts at a Person).

>>> doc = parse_curated("examples/stargate.yaml")
>>> len(doc.entities), len(doc.relations), doc.relations["elon-musk", "FOUNDED", "openai"].key
(14, 21, ('elon-musk', 'FOUNDED', 'openai'))
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Mapping
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
from graph.values import parse_json
from graph.values import type_name as type_name_of
from loaders.fields import check_keys, confidence, mapping, name_list, text_field
from loaders.safe_yaml import compose_yaml, load_yaml
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
    fixed: Mapping[str, tuple[str, str]] | None = None,
) -> GraphDocument:
    """Parse a curated file into a GraphDocument whose relations point at entity ids.

    `fixed` maps entity ids to a type they must keep and where it comes from ("in the store"):
    declaring one of them with another type is an error naming the file and line.
    """
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
    if fixed:
        _check_fixed(path, entities, relations, doc, fixed)
    return doc


def _check_fixed(
    path: Path,
    items: list[Item],
    relations: list[Item],
    doc: GraphDocument,
    fixed: Mapping[str, tuple[str, str]],
) -> None:
    """A declared type that contradicts a fixed one is an error at the line declaring it."""
    lines: dict[str, int] = {}
    for item in items:
        lines.setdefault(Entity.named(str(item.data.get("name") or "-"), "-").id, item.line)
        if item.data.get("id"):
            lines[str(item.data["id"])] = item.line
    for item in relations:
        for side in ("source", "target"):
            if item.data.get(f"{side}_type"):
                lines.setdefault(Entity.named(str(item.data.get(side) or "-"), "-").id, item.line)
    for entity in doc.entities.values():
        if entity.id in fixed and fixed[entity.id][0] != entity.type:
            etype, where = fixed[entity.id]
            line = lines.get(entity.id)
            at = f"{path}:{line}" if line else str(path)
            raise ErgError(
                f"{at}: {entity.name!r} is declared {entity.type} but is {etype} {where}"
            )


# -- readers ----------------------------------------------------------------------------------
def _read_mapping(
    path: Path, text: str, suffix: str
) -> tuple[dict[str, Any], list[Item], list[Item]]:
    where = str(path)
    if suffix == ".json":
        data = parse_json(text, where)
        root = _compose_quietly(text)
    else:
        data, root = load_yaml(text, where)
    if not isinstance(data, dict):
        raise ErgError(f"{path}:1: expected a mapping with 'entities' and/or 'relations'")
    odd = sorted(str(k) for k in data if not isinstance(k, str) or k not in TOP_KEYS)
    if odd:
        raise ErgError(
            f"{path}: unknown top-level keys {', '.join(odd)}; "
            f"expected {', '.join(sorted(TOP_KEYS))}"
        )
    lines = _item_lines(root)
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
    meta: dict[str, Any] = {
        k: text_field(f"{path}:{lines.get((k, -1), 1)}", data, k)
        for k in ("title", "source", "url", "date", "article")
    }
    meta["corrections"] = items["corrections"]
    return meta, items["entities"], items["relations"]


def _compose_quietly(text: str) -> yaml.Node | None:
    """JSON's node tree through the YAML composer, for line numbers only (None if it cannot)."""
    try:
        return compose_yaml(text, "")
    except ErgError:
        return None


def _item_lines(root: yaml.Node | None) -> dict[tuple[str, int], int]:
    """Line numbers of each top-level key (key, -1) and of each record of the lists (entities,
    relations, corrections) as (key, i); YAML composes JSON too."""
    out: dict[tuple[str, int], int] = {}
    if not isinstance(root, yaml.MappingNode):
        return out
    for key_node, value_node in root.value:
        key = getattr(key_node, "value", None)
        if isinstance(key, str):
            out[(key, -1)] = key_node.start_mark.line + 1
        if key in LISTS and isinstance(value_node, yaml.SequenceNode):
            for i, node in enumerate(value_node.value):
                out[(key, i)] = node.start_mark.line + 1
    return out


def _read_csv(path: Path, text: str) -> tuple[dict[str, Any], list[Item], list[Item]]:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        _check_header(path, header)
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


def _check_header(path: Path, header: list[str]) -> None:
    """A column named twice would silently lose one of its values: refuse it."""
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise ErgError(f"{path}:1: column {name!r} appears twice in the header")
        seen.add(name)


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
        title=meta.get("title") or meta.get("article") or path.name,
        source=meta.get("source") or meta.get("url") or path.as_posix(),
        date=meta.get("date") or "",
    )
    if entity_items or relation_items:  # a file with nothing in it is no document
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
    local, store = Resolver(doc.entities.values()), Resolver(known)
    context = _Context(local, store, doc, schema, create_missing, file_doc.id)
    seen_rels: dict[tuple[Any, ...], int] = {}
    for item in relation_items:
        relation, url = _relation(f"{path}:{item.line}", item.data, context, file_doc)
        identity = (*relation.key, tuple(e.text for e in relation.evidence), url)
        if identity in seen_rels:
            raise ErgError(
                f"{path}:{item.line}: duplicate of the relation on line {seen_rels[identity]}"
            )
        seen_rels[identity] = item.line
        doc.add_relation(relation)
    return doc


@dataclass
class _Context:
    """What resolving a relation's endpoints needs: names in the file, in the store, the rules."""

    local: Resolver
    store: Resolver
    doc: GraphDocument
    schema: Schema
    create_missing: bool
    doc_id: str  # the file's document, which new entities name


def _relation(
    where: str, data: dict[str, Any], ctx: _Context, file_doc: Document
) -> tuple[Relation, str]:
    """One relation record as a Relation (endpoints resolved or declared) and its URL."""
    check_keys(where, data, RELATION_KEYS, "relation")
    fields = {k: text_field(where, data, k) for k in ("source", "type", "target")}
    missing = [k for k, v in fields.items() if not v]
    if missing:
        raise ErgError(f"{where}: relation is missing {', '.join(missing)}")
    try:
        rel_type = ctx.schema.check_relation_type(fields["type"])
    except ErgError as exc:
        raise ErgError(f"{where}: {exc}") from None
    source, target = (
        _endpoint(where, fields[side], text_field(where, data, f"{side}_type"), side, rel_type, ctx)
        for side in ("source", "target")
    )
    if source.id == target.id:
        raise ErgError(f"{where}: relation {rel_type} from {source.name!r} to itself")
    if not ctx.schema.allows(rel_type, source.type, target.type):
        raise ErgError(
            f"{where}: {rel_type} cannot link {source.type} {source.name!r} to "
            f"{target.type} {target.name!r} (allowed: {ctx.schema.describe_endpoints(rel_type)})"
        )
    evidence_doc = file_doc
    url = text_field(where, data, "url") or text_field(where, data, "source_url")
    date = text_field(where, data, "date")
    if url:
        evidence_doc = Document(
            id="url-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16],
            title=text_field(where, data, "title") or url,
            source=url,
            date=date or file_doc.date,
        )
        ctx.doc.add_document(evidence_doc)
    evidence = _evidence(where, data.get("evidence"), evidence_doc.id, data.get("confidence"))
    props = mapping(where, data, "properties")
    if date:
        props["date"] = date
    return Relation(source.id, rel_type, target.id, props, evidence), url


def _entity(path: Path, item: Item, schema: Schema, doc_id: str) -> Entity:
    where = f"{path}:{item.line}"
    data = item.data
    check_keys(where, data, ENTITY_KEYS, "entity")
    name = text_field(where, data, "name")
    if not name:
        raise ErgError(f"{where}: entity has no name")
    type_name = text_field(where, data, "type")
    if not type_name:
        raise ErgError(f"{where}: entity {name!r} has no type")
    try:
        etype = schema.check_entity_type(type_name)
    except ErgError as exc:
        raise ErgError(f"{where}: {exc}") from None
    aliases = name_list(where, data, "aliases")
    props = mapping(where, data, "properties")
    entity = Entity.named(name, etype, aliases, props, [doc_id])
    entity_id = text_field(where, data, "id")
    if entity_id:
        entity.id = entity_id
    return entity


def _endpoint(
    where: str, name: str, declared: str, side: str, rel_type: str, ctx: _Context
) -> Entity:
    """The entity `name` stands for: in the file, in the store, or new (declared or implied)."""
    try:
        entity = ctx.local.resolve(name) or ctx.store.resolve(name)
    except ErgError as exc:
        raise ErgError(f"{where}: {exc}") from None
    if entity is not None:
        if entity.id not in ctx.doc.entities:
            # Known only to the store: carry a reference so the store can check its type.
            ctx.doc.add_entity(Entity(entity.id, entity.name, entity.type, documents=[ctx.doc_id]))
        return entity
    if not ctx.create_missing and not declared:
        raise ErgError(
            f"{where}: {side} {name!r} is neither in the file nor in the store "
            f"(list it under entities, give {side}_type, or use --create-missing)"
        )
    if declared:
        try:
            etype = ctx.schema.check_entity_type(declared)
        except ErgError as exc:
            raise ErgError(f"{where}: {exc}") from None
    else:
        allowed = ctx.schema.endpoint_types(rel_type, "from" if side == "source" else "to")
        if len(allowed) != 1:
            raise ErgError(
                f"{where}: cannot tell the type of new entity {name!r}; "
                f"give {side}_type (one of {', '.join(allowed)})"
            )
        etype = allowed[0]
    entity = Entity.named(name, etype, documents=[ctx.doc_id])
    ctx.doc.add_entity(entity)
    ctx.local.add(entity)
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
        reason=text_field(where, item.data, "reason"),
        by=text_field(where, item.data, "by"),
        where=where,
    )


_EXAMPLES = {
    "merge": "[OpenAI, Open AI]",
    "retype": "[Brightwell, Organization]",
    "reject": "[Elon Musk, FOUNDED, Stargate]",
    "rename": "[Open AI, OpenAI]",
}


EVIDENCE_KEYS = {"text", "document", "extractor", "confidence"}


def _evidence(where: str, value: Any, doc_id: str, default_confidence: Any) -> list[Evidence]:
    """`evidence:` as Evidence: one text, or a list of texts or {text, document, extractor,
    confidence} mappings; the relation's `confidence` is the default for each."""
    conf = confidence(where, default_confidence)
    if value is None or value == "":
        return []
    out = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            if not item.strip():
                raise ErgError(f"{where}: an evidence text is empty")
            out.append(Evidence(item.strip(), doc_id, extractor="curated", confidence=conf))
        elif isinstance(item, dict):
            check_keys(where, item, EVIDENCE_KEYS, "evidence")
            text = text_field(where, item, "text")
            if not text:
                raise ErgError(f"{where}: an evidence mapping needs a text")
            out.append(
                Evidence(
                    text,
                    text_field(where, item, "document") or doc_id,
                    extractor=text_field(where, item, "extractor") or "curated",
                    confidence=confidence(where, item.get("confidence"), conf),
                )
            )
        else:
            raise ErgError(
                f"{where}: evidence must be text or a list of texts, got {type_name_of(item)}"
            )
    return out
