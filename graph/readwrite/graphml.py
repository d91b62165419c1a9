"""GraphML, read and written: the format yEd, Gephi and Cytoscape all open.

erg writes flat attributes only (what those tools understand): `name`, `label`, `type` on
nodes; `type`, `label`, `weight` (evidence count) on edges; lists, free properties and evidence
as JSON strings (`aliases`, `documents`, `properties`, `evidence`). The graph carries
`generator=erg` and the source documents (JSON). Every edge is directed (networkx and igraph
refuse undirected edges in a directed graph); symmetric relations (PARTNERS_WITH) carry
`symmetric=true` and, like every relation, are stored once, from the smaller id to the larger.

Reading accepts other tools' files: a node's name comes from `name` or `label` (yEd keeps it in
its `y:NodeLabel` graphics), its type from `type`/`category` when the schema knows it; edges need
a relation type the schema knows (from `type`, `label`, Cytoscape's `interaction`, ...). What
cannot be mapped is listed in the document's warnings.

>>> from graph.model import Entity, GraphDocument, Relation
>>> doc = GraphDocument()
>>> _ = doc.add_entity(Entity.named("Ann", "Person"))
>>> _ = doc.add_entity(Entity.named("Acme", "Organization"))
>>> _ = doc.add_relation(Relation("ann", "LEADS", "acme"))
>>> text = to_string(doc)
>>> list(from_bytes(text.encode(), "g.graphml").relations)
[('ann', 'LEADS', 'acme')]
"""

from __future__ import annotations

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
    documents_json,
    edge_attributes,
    node_attributes,
    parse_xml_root,
    read_bytes,
    typed_value,
    xml_local,
    xml_text,
)
from graph.schema import DEFAULT_SCHEMA, Schema

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} {NS}/1.0/graphml.xsd"
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


# -- writing ----------------------------------------------------------------------------------
def to_element(doc: GraphDocument, schema: Schema = DEFAULT_SCHEMA) -> ET.Element:
    root = ET.Element(
        "graphml", {"xmlns": NS, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA_LOCATION}
    )
    nodes = [(e.id, node_attributes(e)) for e in doc.entities.values()]
    edges = [(r, edge_attributes(r, schema.is_symmetric(r.type))) for r in doc.relations.values()]
    graph_attrs = {"generator": GENERATOR, "documents": documents_json(doc)}
    keys: dict[tuple[str, str], str] = {}
    for domain, rows in (
        ("graph", [graph_attrs]),
        ("node", [a for _, a in nodes]),
        ("edge", [a for _, a in edges]),
    ):
        names: dict[str, type] = {}
        for attrs in rows:
            for name, value in attrs.items():
                names.setdefault(name, type(value))
        for name, kind in names.items():
            key_id = f"{domain[0]}_{name}"
            keys[(domain, name)] = key_id
            ET.SubElement(
                root,
                "key",
                {"id": key_id, "for": domain, "attr.name": name, "attr.type": _TYPES[kind]},
            )
    graph = ET.SubElement(root, "graph", {"id": "G", "edgedefault": "directed"})
    _data(graph, keys, "graph", graph_attrs)
    for node_id, attrs in nodes:
        _data(ET.SubElement(graph, "node", {"id": xml_text(node_id)}), keys, "node", attrs)
    for i, (rel, attrs) in enumerate(edges):
        edge_attrs = {"id": f"e{i}", "source": xml_text(rel.source), "target": xml_text(rel.target)}
        _data(ET.SubElement(graph, "edge", edge_attrs), keys, "edge", attrs)
    ET.indent(root)
    return root


def _data(
    parent: ET.Element, keys: dict[tuple[str, str], str], domain: str, attrs: dict[str, Any]
) -> None:
    for name, value in attrs.items():
        item = ET.SubElement(parent, "data", {"key": keys[(domain, name)]})
        if isinstance(value, bool):
            item.text = "true" if value else "false"
        else:
            item.text = xml_text(str(value))


def to_string(doc: GraphDocument, schema: Schema = DEFAULT_SCHEMA) -> str:
    return ET.tostring(to_element(doc, schema), encoding="unicode", xml_declaration=True)


def write_graphml(
    doc: GraphDocument, path: str | Path, schema: Schema = DEFAULT_SCHEMA
) -> list[str]:
    """Write `doc` as a GraphML file; returns warnings (none for GraphML)."""
    path = check_output(path)
    tree = ET.ElementTree(to_element(doc, schema))
    with atomic_write(path, "wb") as handle:
        tree.write(handle, encoding="utf-8", xml_declaration=True)
    return []


# -- reading ----------------------------------------------------------------------------------
def _convert(text: str, kind: str) -> Any:
    return typed_value(text.strip() if kind != "string" else text, kind)


class _Key:
    def __init__(self, element: ET.Element):
        self.id = element.get("id", "")
        self.domain = element.get("for", "all")
        self.name = element.get("attr.name") or ""
        self.kind = (element.get("attr.type") or "string").lower()
        self.yfiles = element.get("yfiles.type") or ""
        default = next((c for c in element if xml_local(c.tag) == "default"), None)
        self.default = None if default is None else _convert(default.text or "", self.kind)


def _attributes(
    element: ET.Element, keys: dict[str, _Key], domain: str, builder: DocumentBuilder
) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        k.name: k.default
        for k in keys.values()
        if k.default is not None and k.name and k.domain in (domain, "all")
    }
    for item in element:
        if xml_local(item.tag) != "data":
            continue
        key = keys.get(item.get("key", ""))
        name = key.name if key and key.name else ""
        if len(item):  # structured data: yEd graphics and the like
            label = _yfiles_label(item)
            if label:
                attrs.setdefault("label", label)
            builder.ignore(f"{domain} {(key.yfiles if key else '') or name or 'graphics'}")
            continue
        if key is None:
            builder.ignore(f"data with undeclared key {item.get('key')!r}")
            continue
        if not name:
            builder.ignore(f"{domain} key {key.id!r} without attr.name")
            continue
        attrs[name] = _convert(item.text or "", key.kind)
    return attrs


def _yfiles_label(item: ET.Element) -> str:
    for sub in item.iter():
        text = sub.text or ""
        if xml_local(sub.tag) in ("NodeLabel", "EdgeLabel") and text.strip():
            return " ".join(text.split())
    return ""


def from_bytes(
    raw: bytes, source: str | Path = "graph.graphml", schema: Schema = DEFAULT_SCHEMA
) -> GraphDocument:
    """Parse GraphML bytes into a GraphDocument (warnings for what could not be mapped)."""
    path = Path(source)
    root = parse_xml_root(raw, path, "graphml", "GraphML")
    keys = {k.id: k for k in (_Key(e) for e in root if xml_local(e.tag) == "key")}
    graph = next((e for e in root if xml_local(e.tag) == "graph"), None)
    if graph is None:
        raise ErgError(f"{path}: GraphML file without a <graph> element")
    probe = DocumentBuilder(schema, path, erg=False)
    graph_attrs = _attributes(graph, keys, "graph", probe)
    erg = graph_attrs.get("generator") == GENERATOR
    builder = DocumentBuilder(
        schema,
        path,
        erg=erg,
        raw=raw,
        directed=graph.get("edgedefault", "directed") != "undirected",
    )
    if erg:
        builder.documents(graph_attrs.get("documents"))
    nested = 0
    for node in graph.iter():
        tag = xml_local(node.tag)
        if tag == "node":
            builder.node(node.get("id", ""), _attributes(node, keys, "node", builder))
            nested += any(xml_local(c.tag) == "graph" for c in node)
        elif tag == "hyperedge":
            builder.ignore("hyperedges")
    for edge in graph.iter():
        if xml_local(edge.tag) == "edge":
            builder.edge(
                edge.get("source", ""),
                edge.get("target", ""),
                _attributes(edge, keys, "edge", builder),
            )
    if nested:
        builder.warn(f"{nested} group node(s) with nested graphs: their members were flattened")
    return builder.finish()


def read_graphml(path: str | Path, schema: Schema = DEFAULT_SCHEMA) -> GraphDocument:
    """Read a GraphML file (erg's or another tool's) into a GraphDocument."""
    path = Path(path)
    return from_bytes(read_bytes(path), path, schema)
