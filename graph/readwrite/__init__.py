"""Other tools' graph formats, read and written: one module per format.

| format  | module        | tools                                   | loadable |
|---------|---------------|-----------------------------------------|----------|
| graphml | graphml.py    | yEd, Gephi, Cytoscape                   | yes      |
| gexf    | gexf.py       | Gephi                                   | yes      |
| json    | nodelink.py   | D3 (node-link), networkx                | yes      |
| csv     | neo4j_csv.py  | neo4j-admin database import (directory) | yes      |
| cypher  | cypher.py     | Neo4j Browser, cypher-shell             | yes (erg's own scripts only) |

>>> from loaders.curated import parse_curated
>>> write_graph_file(parse_curated("examples/stargate.yaml"), "stargate.graphml", "graphml")
[]
>>> doc = read_graph_file("stargate.graphml", DEFAULT_SCHEMA)
>>> len(doc.entities), len(doc.relations), doc.warnings
(14, 21, [])
>>> write_graph_file(doc, "out.gexf", "gexf")
[]
"""

from __future__ import annotations

from pathlib import Path

from graph.errors import ErgError
from graph.model import GraphDocument
from graph.schema import DEFAULT_SCHEMA, Schema

FORMATS = ("graphml", "gexf", "json", "csv", "cypher")
SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".cypher": "cypher"}

__all__ = ["FORMATS", "format_for", "read_graph_file", "write_graph_file"]


def format_for(path: str | Path) -> str | None:
    """The export format a file name implies (None when its suffix says nothing)."""
    path = Path(path)
    if path.suffix.lower() in SUFFIXES:
        return SUFFIXES[path.suffix.lower()]
    if path.suffix.lower() == ".csv" or path.is_dir():
        return "csv"
    return None


def read_graph_file(path: str | Path, schema: Schema = DEFAULT_SCHEMA) -> GraphDocument:
    """Read a graph file (or a neo4j-admin CSV directory) into a GraphDocument.

    What could not be mapped onto `schema` is listed in the result's `warnings`.
    """
    path = Path(path)
    fmt = format_for(path)
    if fmt == "graphml":
        from graph.readwrite.graphml import read_graphml

        return read_graphml(path, schema)
    if fmt == "gexf":
        from graph.readwrite.gexf import read_gexf

        return read_gexf(path, schema)
    if fmt == "json":
        from graph.readwrite.nodelink import read_node_link

        return read_node_link(path, schema)
    if fmt == "csv":
        from graph.readwrite.neo4j_csv import read_neo4j_csv

        return read_neo4j_csv(path, schema)
    if fmt == "cypher":
        from graph.readwrite.cypher import read_cypher

        return read_cypher(path, schema)
    raise ErgError(
        f"{path}: not a graph file erg reads (.graphml, .gexf, node-link .json, "
        "neo4j-admin .csv or a directory of them, erg's .cypher)"
    )


def write_graph_file(
    doc: GraphDocument, path: str | Path, fmt: str, schema: Schema = DEFAULT_SCHEMA
) -> list[str]:
    """Write `doc` to `path` in format `fmt` (see FORMATS); returns warnings.

    The csv format writes a directory of neo4j-admin import files; the others write one file.
    """
    if fmt == "graphml":
        from graph.readwrite.graphml import write_graphml as write
    elif fmt == "gexf":
        from graph.readwrite.gexf import write_gexf as write
    elif fmt == "json":
        from graph.readwrite.nodelink import write_node_link as write
    elif fmt == "csv":
        from graph.readwrite.neo4j_csv import write_neo4j_csv as write
    elif fmt == "cypher":
        from graph.readwrite.cypher import write_cypher as write
    else:
        raise ErgError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return write(doc, path, schema)
