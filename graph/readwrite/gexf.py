"""GEXF 1.2, read and written: Gephi's own format.

Nodes carry their name as the GEXF `label` and the attributes `type`, `aliases`, `documents`,
`properties` (lists and mappings as JSON strings); edges carry the relation type as `label` and
as the attribute `relation`, the evidence as JSON, and `weight` = number of evidence items.
Every edge is directed (networkx refuses undirected edges in a directed graph); symmetric
relations (PARTNERS_WITH) carry the boolean attribute `symmetric`. `<meta>` names erg as the
creator and holds the source documents (JSON) in its description.

Reading accepts Gephi's files (mixed directed/undirected edges, `viz` styling, any attribute
titles) and maps them like GraphML (see graph/readwrite/common.py).

>>> from graph.model import Entity, GraphDocument, Relation
>>> doc = GraphDocument()
>>> _ = doc.add_entity(Entity.named("Ann", "Person"))
>>> _ = doc.add_entity(Entity.named("Acme", "Organization"))
>>> _ = doc.add_relation(Relation("ann", "LEADS", "acme"))
>>> list(from_bytes(to_bytes(doc), "g.gexf").relations)
[('ann', 'LEADS', 'acme')]
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from graph.errors import ErgError
from graph.model import GraphDocument
from graph.readwrite.common import (
    GENERATOR,
    DocumentBuilder,
    atomic_write,
    check_output,
    edge_attributes,
    node_attributes,
    parse_xml_root,
    read_bytes,
    to_json,
    typed_value,
    xml_local,
    xml_text,
)
from graph.schema import DEFAULT_SCHEMA, Schema

NS = "http://www.gexf.net/1.2draft"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} {NS}/gexf.xsd"
# Attributes that are part of a GEXF element itself, not <attvalues>.
NODE_NATIVE = ("label",)
EDGE_NATIVE = ("label", "weight")


# -- writing ----------------------------------------------------------------------------------
def to_element(doc: GraphDocument, schema: Schema = DEFAULT_SCHEMA) -> ET.Element:
    root = ET.Element(
        "gexf",
        {"xmlns": NS, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA_LOCATION, "version": "1.2"},
    )
    meta = ET.SubElement(root, "meta", {"lastmodifieddate": dt.date.today().isoformat()})
    ET.SubElement(meta, "creator").text = GENERATOR
    description = {"documents": [d.to_dict() for d in doc.documents.values()]}
    ET.SubElement(meta, "description").text = xml_text(to_json(description))
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    node_rows = [(e.id, node_attributes(e)) for e in doc.entities.values()]
    edge_rows = []
    for rel in doc.relations.values():
        attrs = edge_attributes(rel, schema.is_symmetric(rel.type))
        attrs["relation"] = attrs.pop("type")
        edge_rows.append((rel, attrs))
    node_ids = _declare(graph, "node", [a for _, a in node_rows], NODE_NATIVE)
    edge_ids = _declare(graph, "edge", [a for _, a in edge_rows], EDGE_NATIVE)
    nodes = ET.SubElement(graph, "nodes")
    for node_id, attrs in node_rows:
        node = ET.SubElement(
            nodes, "node", {"id": xml_text(node_id), "label": xml_text(attrs["name"])}
        )
        _values(node, node_ids, attrs)
    edges = ET.SubElement(graph, "edges")
    for i, (rel, attrs) in enumerate(edge_rows):
        edge = ET.SubElement(
            edges,
            "edge",
            {
                "id": f"e{i}",
                "source": xml_text(rel.source),
                "target": xml_text(rel.target),
                "label": rel.type,
                "weight": repr(attrs["weight"]),
            },
        )
        _values(edge, edge_ids, attrs)
    ET.indent(root)
    return root


def _declare(
    graph: ET.Element, cls: str, rows: list[dict[str, Any]], native: tuple[str, ...]
) -> dict[str, str]:
    names = list(dict.fromkeys(n for attrs in rows for n in attrs if n not in native))
    block = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
    ids = {}
    for name in names:
        ids[name] = f"{cls[0]}_{name}"
        boolean = all(isinstance(attrs.get(name, False), bool) for attrs in rows)
        kind = "boolean" if boolean else "string"
        ET.SubElement(block, "attribute", {"id": ids[name], "title": name, "type": kind})
    return ids


def _values(element: ET.Element, ids: dict[str, str], attrs: dict[str, Any]) -> None:
    block = ET.SubElement(element, "attvalues")
    for name, attr_id in ids.items():
        if name in attrs:
            value = attrs[name]
            text = ("true" if value else "false") if isinstance(value, bool) else str(value)
            ET.SubElement(block, "attvalue", {"for": attr_id, "value": xml_text(text)})


def to_bytes(doc: GraphDocument, schema: Schema = DEFAULT_SCHEMA) -> bytes:
    data: bytes = ET.tostring(to_element(doc, schema), encoding="utf-8", xml_declaration=True)
    return data


def write_gexf(doc: GraphDocument, path: str | Path, schema: Schema = DEFAULT_SCHEMA) -> list[str]:
    """Write `doc` as a GEXF 1.2 file; returns warnings (none for GEXF)."""
    path = check_output(path)
    tree = ET.ElementTree(to_element(doc, schema))
    with atomic_write(path, "wb") as handle:
        tree.write(handle, encoding="utf-8", xml_declaration=True)
    return []


# -- reading ----------------------------------------------------------------------------------
def _children(element: ET.Element | None, name: str) -> list[ET.Element]:
    return [] if element is None else [c for c in element if xml_local(c.tag) == name]


def _attribute_decls(graph: ET.Element, cls: str) -> dict[str, tuple[str, str, Any]]:
    """id -> (title, type, default) for one class (node or edge) of attributes."""
    out = {}
    for block in _children(graph, "attributes"):
        if block.get("class") != cls:
            continue
        for attr in _children(block, "attribute"):
            kind = (attr.get("type") or "string").lower()
            default = next(iter(_children(attr, "default")), None)
            value = None if default is None else typed_value(default.text or "", kind)
            attr_id = attr.get("id", "")
            out[attr_id] = (attr.get("title") or attr_id, kind, value)
    return out


def _attributes(
    element: ET.Element,
    decls: dict[str, tuple[str, str, Any]],
    native: tuple[str, ...],
    builder: DocumentBuilder,
) -> dict[str, Any]:
    attrs: dict[str, Any] = {t: d for t, _, d in decls.values() if d is not None}
    for name in native:
        if element.get(name) is not None:
            value = element.get(name, "")
            attrs[name] = typed_value(value, "double") if name == "weight" else value
    for block in _children(element, "attvalues"):
        for item in _children(block, "attvalue"):
            key = item.get("for") or item.get("id") or ""
            if key not in decls:
                builder.ignore(f"attvalue for undeclared attribute {key!r}")
                continue
            title, kind, _ = decls[key]
            attrs[title] = typed_value(item.get("value", ""), kind)
    for child in element:
        if xml_local(child.tag) not in ("attvalues", "spells", "nodes", "edges", "parents"):
            builder.ignore(f"{xml_local(child.tag)} ({xml_local(element.tag)} styling)")
        elif xml_local(child.tag) == "spells":
            builder.ignore("spells (dynamic time intervals)")
    return attrs


def from_bytes(
    raw: bytes, source: str | Path = "graph.gexf", schema: Schema = DEFAULT_SCHEMA
) -> GraphDocument:
    """Parse GEXF bytes into a GraphDocument (warnings for what could not be mapped)."""
    path = Path(source)
    root = parse_xml_root(raw, path, "gexf", "GEXF")
    graph = next(iter(_children(root, "graph")), None)
    if graph is None:
        raise ErgError(f"{path}: GEXF file without a <graph> element")
    meta = next(iter(_children(root, "meta")), None)
    creator = next(iter(_children(meta, "creator")), None)
    erg = creator is not None and (creator.text or "").strip() == GENERATOR
    default_type = graph.get("defaultedgetype", "directed")
    builder = DocumentBuilder(schema, path, erg=erg, raw=raw, directed=default_type != "undirected")
    if erg:
        description = next(iter(_children(meta, "description")), None)
        try:
            info = json.loads((description.text or "") if description is not None else "{}")
        except ValueError:
            info = {}
        if isinstance(info, dict):
            builder.documents(info.get("documents"))
    node_decls = _attribute_decls(graph, "node")
    edge_decls = _attribute_decls(graph, "edge")
    for node in graph.iter():
        if xml_local(node.tag) == "node":
            builder.node(node.get("id", ""), _attributes(node, node_decls, NODE_NATIVE, builder))
    for edge in graph.iter():
        if xml_local(edge.tag) == "edge":
            attrs = _attributes(edge, edge_decls, EDGE_NATIVE, builder)
            builder.edge(edge.get("source", ""), edge.get("target", ""), attrs)
    return builder.finish()


def read_gexf(path: str | Path, schema: Schema = DEFAULT_SCHEMA) -> GraphDocument:
    """Read a GEXF file (erg's or Gephi's) into a GraphDocument."""
    path = Path(path)
    return from_bytes(read_bytes(path), path, schema)
