"""Node-link JSON, read and written: the shape D3's force layouts and networkx use.

    {"directed": true, "multigraph": true, "graph": {"generator": "erg"},
     "nodes": [{"id": "elon-musk", "name": "Elon Musk", "type": "Person", "aliases": ["Musk"],
                "documents": [...], "properties": {...}}],
     "links": [{"source": "elon-musk", "target": "openai", "key": "FOUNDED", "type": "FOUNDED",
                "symmetric": false, "evidence": [{"text": ..., "document": ...}],
                "properties": {...}}],
     "documents": [{"id": ..., "title": ..., "source": ..., "date": ...}]}

JSON holds lists natively, so nothing is flattened. `networkx.node_link_graph(data,
edges="links")` reads it. Reading accepts other node-link files: `links` or `edges`, endpoints
given as node ids, as indexes into `nodes` (D3's original form) or as node objects (what D3 leaves
after a simulation ran).

>>> from graph.model import Entity, GraphDocument, Relation
>>> doc = GraphDocument()
>>> _ = doc.add_entity(Entity.named("Ann", "Person"))
>>> _ = doc.add_entity(Entity.named("Acme", "Organization"))
>>> _ = doc.add_relation(Relation("ann", "LEADS", "acme"))
>>> list(from_data(to_data(doc), "g.json").relations)
[('ann', 'LEADS', 'acme')]
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from graph.errors import ErgError
from graph.model import GraphDocument
from graph.readwrite.common import (
    GENERATOR,
    DocumentBuilder,
    atomic_write,
    check_output,
    read_bytes,
)
from graph.schema import DEFAULT_SCHEMA, Schema
from graph.values import parse_json


# -- writing ----------------------------------------------------------------------------------
def to_data(doc: GraphDocument, schema: Schema = DEFAULT_SCHEMA) -> dict[str, Any]:
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"generator": GENERATOR},
        "nodes": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "documents": list(e.documents),
                "properties": dict(e.properties),
            }
            for e in doc.entities.values()
        ],
        "links": [
            {
                "source": r.source,
                "target": r.target,
                "key": r.type,
                "type": r.type,
                "symmetric": schema.is_symmetric(r.type),
                "evidence": [ev.to_dict() for ev in r.evidence],
                "properties": dict(r.properties),
            }
            for r in doc.relations.values()
        ],
        # Last, so the start of the file shows "nodes" (what `erg load` looks for).
        "documents": [d.to_dict() for d in doc.documents.values()],
    }


def write_node_link(
    doc: GraphDocument, path: str | Path, schema: Schema = DEFAULT_SCHEMA
) -> list[str]:
    """Write `doc` as node-link JSON; returns warnings (none for JSON)."""
    path = check_output(path)
    with atomic_write(path) as handle:
        json.dump(to_data(doc, schema), handle, ensure_ascii=False, indent=1, default=str)
        handle.write("\n")
    return []


# -- reading ----------------------------------------------------------------------------------
def from_data(
    data: Any, source: str | Path = "graph.json", schema: Schema = DEFAULT_SCHEMA, raw: bytes = b""
) -> GraphDocument:
    """Map parsed node-link JSON onto a GraphDocument (warnings for what could not be mapped)."""
    path = Path(source)
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise ErgError(f"{path}: not node-link JSON (expected an object with a 'nodes' list)")
    links = data.get("links", data.get("edges", []))
    if not isinstance(links, list):
        raise ErgError(f"{path}: 'links' must be a list")
    graph = data["graph"] if isinstance(data.get("graph"), dict) else {}
    erg = graph.get("generator") == GENERATOR
    builder = DocumentBuilder(
        schema, path, erg=erg, raw=raw, directed=data.get("directed", True) is not False
    )
    if erg:
        builder.documents(data.get("documents", graph.get("documents")))
    ids: list[str] = []
    for i, node in enumerate(data["nodes"]):
        if not isinstance(node, dict):
            builder.ignore("nodes that are not objects")
            ids.append(str(i))
            continue
        node_id = str(node.get("id", i))
        ids.append(node_id)
        builder.node(node_id, {k: v for k, v in node.items() if k != "id"})
    # D3 names endpoints by index unless the nodes have ids.
    by_index = not all(isinstance(n, dict) and "id" in n for n in data["nodes"])
    for link in links:
        if not isinstance(link, dict):
            builder.ignore("links that are not objects")
            continue
        ends = [_endpoint(link.get(side), ids, by_index) for side in ("source", "target")]
        attrs = {k: v for k, v in link.items() if k not in ("source", "target")}
        builder.edge(ends[0], ends[1], attrs)
    return builder.finish()


def _endpoint(value: Any, ids: list[str], by_index: bool) -> str:
    if isinstance(value, dict):  # D3 replaces endpoints by node objects once it has run
        value = value.get("id", value.get("index"))
    if by_index and isinstance(value, int) and not isinstance(value, bool):
        return ids[value] if 0 <= value < len(ids) else f"#{value}"
    return str(value)


def read_node_link(path: str | Path, schema: Schema = DEFAULT_SCHEMA) -> GraphDocument:
    """Read a node-link JSON file (erg's, D3's or networkx's) into a GraphDocument."""
    path = Path(path)
    raw = read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ErgError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    return from_data(parse_json(text, str(path)), path, schema, raw)
