"""Exports for other tools, and `erg load` of the same formats (ours and other tools' files)."""

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES

from graph.errors import ErgError
from graph.readwrite import FORMATS, read_graph_file, write_graph_file
from graph.readwrite.common import DEFAULT_ENTITY_TYPE
from graph.readwrite.cypher import cypher_literal, quote_label, read_cypher, to_lines
from graph.readwrite.neo4j_csv import write_neo4j_csv
from graph.store.base import snapshot
from graph.store.embedded import EmbeddedStore

SUFFIX = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json", "csv": "", "cypher": ".cypher"}
SYMMETRIC = {"PARTNERS_WITH", "COMPETES_WITH"}
INJECTION = "Evil\"}) DETACH DELETE n // '; MATCH (m) RETURN m"

# Text that breaks naive writers: quotes, backslashes, newlines, Unicode outside the BMP,
# markup, XML-invalid control characters, line separators, and a Cypher injection attempt.
TRICKY = {
    "title": 'Desk notes: "quotes", back\\slashes & <tags>',
    "source": "https://example.org/notes?a=1&b=2",
    "date": "2024-05-01",
    "entities": [
        {"name": "Ann O'Neil", "type": "Person", "aliases": ['Ann "The Hammer"', "Annie\\"]},
        {
            "name": "Acme 😀 Ünïcode",
            "type": "Organization",
            "properties": {"founded": 1999, "note": "line one\nline two\u2028and\x0bmore"},
        },
        {"name": INJECTION, "type": "Organization"},
    ],
    "relations": [
        {
            "source": "Ann O'Neil",
            "type": "LEADS",
            "target": "Acme 😀 Ünïcode",
            "evidence": 'She said "we\'ll win"\\ and left;\nthen </script><b>bold</b>\x0b\t.',
            "properties": {"amount": "$1 billion"},
        },
        {
            "source": INJECTION,
            "type": "PARTNERS_WITH",
            "target": "Acme 😀 Ünïcode",
            "evidence": "Partners since 2020 \u2029 (a paragraph separator).",
            "url": "https://example.org/other",
            "date": "2023-02-03",
        },
    ],
}


def canon(doc):
    """Everything a round trip must keep: entities, relations with evidence, documents."""
    return (
        sorted(json.dumps(e.to_dict(), sort_keys=True) for e in doc.entities.values()),
        sorted(json.dumps(r.to_dict(), sort_keys=True) for r in doc.relations.values()),
        sorted(json.dumps(d.to_dict(), sort_keys=True) for d in doc.documents.values()),
    )


@pytest.fixture
def rich_store(tmp_path, erg, store_path):
    """The example graph, the desk's extra notes (another date) and the tricky file."""
    tricky = tmp_path / "tricky.yaml"
    tricky.write_text(yaml.safe_dump(TRICKY, allow_unicode=True), encoding="utf-8")
    ran = erg(
        "load", str(EXAMPLES / "stargate.yaml"), str(EXAMPLES / "stargate-extra.json"), str(tricky)
    )
    assert ran.code == 0, ran.err
    return store_path


def stored(path):
    store = EmbeddedStore(path, read_only=True)
    try:
        return snapshot(store)
    finally:
        store.close()


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_then_load_into_an_empty_store_keeps_everything(fmt, erg, rich_store, tmp_path):
    out = tmp_path / f"export{SUFFIX[fmt]}"
    ran = erg("export", "--format", fmt, "-o", str(out))
    assert ran.code == 0, ran.err
    assert ran.out.startswith(f"wrote {out} ({fmt}: 18 entities, 24 relations, 4 documents)")
    assert ran.err == ""
    other = tmp_path / "other"
    ran = erg("load", str(out), store=other)
    assert ran.code == 0, ran.err
    assert "warning" not in ran.err
    assert canon(stored(other)) == canon(stored(rich_store))
    # Loading the same export again changes nothing.
    again = erg("load", str(out), store=other)
    assert "0 relations created, 0 updated; 0 evidence items added" in again.out


def test_format_comes_from_the_file_name(erg, example_store, tmp_path):
    for name, fmt in [("g.graphml", "graphml"), ("g.gexf", "gexf"), ("g.json", "json")]:
        ran = erg("export", "-o", str(tmp_path / name))
        assert ran.code == 0 and f"({fmt}:" in ran.out
    ran = erg("export", "-o", str(tmp_path / "g.txt"))
    assert ran.code == 2 and ran.err.startswith("error: cannot tell the format from")


def test_graphml_is_flat_for_yed_gephi_and_cytoscape(example_store, erg, tmp_path):
    out = tmp_path / "g.graphml"
    erg("export", "-o", str(out))
    root = ET.parse(out).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = {
        (k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.iterfind("g:key", ns)
    }
    assert keys[("node", "name")] == "string" and keys[("node", "label")] == "string"
    assert keys[("edge", "evidence")] == "string" and keys[("edge", "weight")] == "double"
    # No nested data anywhere: every <data> holds plain text.
    assert all(len(d) == 0 for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data"))
    edges = list(root.iter("{http://graphml.graphdrawing.org/xmlns}edge"))
    assert len({e.get("id") for e in edges}) == len(edges) == 21
    # Every edge is directed; symmetric relations say so in an attribute.
    assert all(e.get("directed") is None for e in edges)
    assert keys[("edge", "symmetric")] == "boolean"


def test_gexf_edges_are_directed_and_symmetric_ones_say_so(example_store, erg, tmp_path):
    out = tmp_path / "g.gexf"
    erg("export", "-o", str(out))
    root = ET.parse(out).getroot()
    edges = list(root.iter("{http://www.gexf.net/1.2draft}edge"))
    assert all(e.get("type") is None for e in edges)
    attributes = {
        a.get("id"): a.get("type") for a in root.iter("{http://www.gexf.net/1.2draft}attribute")
    }
    assert attributes["e_symmetric"] == "boolean"
    symmetric = {
        e.get("label")
        for e in edges
        for v in e.iter("{http://www.gexf.net/1.2draft}attvalue")
        if v.get("for") == "e_symmetric" and v.get("value") == "true"
    }
    assert symmetric == {"PARTNERS_WITH", "COMPETES_WITH"}
    nodes = list(root.iter("{http://www.gexf.net/1.2draft}node"))
    assert "Elon Musk" in {n.get("label") for n in nodes}


def networkx_reads(path, fmt):
    """The export as networkx reads it, with each edge's attributes as a dict."""
    import networkx as nx

    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    return nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_every_export_opens_in_networkx(fmt, erg, rich_store, tmp_path):
    out = tmp_path / f"export{SUFFIX[fmt]}"
    assert erg("export", "-o", str(out)).code == 0
    g = networkx_reads(out, fmt)
    doc = stored(rich_store)
    assert g.is_directed()
    assert g.number_of_nodes() == len(doc.entities) == 18
    assert g.number_of_edges() == len(doc.relations) == 24
    name = "label" if fmt == "gexf" else "name"
    assert {g.nodes[n][name] for n in g} == {e.name for e in doc.entities.values()}
    relation = "relation" if fmt == "gexf" else "type"
    symmetric = {(s, a[relation], t) for s, t, a in g.edges(data=True) if a["symmetric"]}
    assert symmetric == {r.key for r in doc.relations.values() if r.type in SYMMETRIC}
    assert all(a["symmetric"] is False for _, _, a in g.edges(data=True) if a[relation] == "LEADS")


def test_graphml_opens_in_igraph(erg, rich_store, tmp_path):
    igraph = pytest.importorskip("igraph", reason="python-igraph is in the dev extra")
    out = tmp_path / "export.graphml"
    assert erg("export", "-o", str(out)).code == 0
    g = igraph.Graph.Read_GraphML(str(out))
    doc = stored(rich_store)
    assert g.is_directed() and g.vcount() == len(doc.entities) and g.ecount() == len(doc.relations)
    assert set(g.vs["name"]) == {e.name for e in doc.entities.values()}
    symmetric = {e["type"] for e in g.es if e["symmetric"]}
    assert symmetric == {"PARTNERS_WITH", "COMPETES_WITH"}


def test_node_link_json_is_what_d3_and_networkx_read(example_store, erg, tmp_path):
    import networkx as nx

    out = tmp_path / "g.json"
    erg("export", "-o", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"nodes", "links"} <= set(data)
    assert {"id", "name", "type"} <= set(data["nodes"][0])
    g = nx.node_link_graph(data, edges="links")
    assert g.has_edge("elon-musk", "openai", key="FOUNDED")
    assert g.edges["elon-musk", "openai", "FOUNDED"]["evidence"][0]["text"]


def test_csv_is_the_neo4j_admin_import_layout(example_store, erg, tmp_path):
    out = tmp_path / "neo4j"
    ran = erg("export", "--format", "csv", "-o", str(out))
    assert "neo4j-admin database import full" in ran.out
    files = sorted(p.name for p in out.iterdir())
    assert "documents.csv" in files and "nodes_Person.csv" in files
    assert "relationships_FOUNDED.csv" in files
    with open(out / "nodes_Person.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["id:ID", "name", "aliases:string[]", "documents:string[]", "props", ":LABEL"]
    assert ["elon-musk", "Elon Musk", "Musk"] == rows[1][:3] and rows[1][-1] == "Person"
    with open(out / "relationships_FUNDS.csv", encoding="utf-8", newline="") as handle:
        rels = list(csv.DictReader(handle))
    assert {":START_ID", ":END_ID", ":TYPE", "evidence_json"} <= set(rels[0])
    assert json.loads(rels[0]["evidence_json"])[0]["text"]
    # A second export into the same directory replaces the first one's files.
    erg("export", "--format", "csv", "--types", "FOUNDED", "-o", str(out))
    assert sorted(p.name for p in out.glob("relationships_*.csv")) == ["relationships_FOUNDED.csv"]


def test_csv_list_delimiter_in_an_alias_is_replaced_with_a_warning(tmp_path):
    from graph.model import Entity, GraphDocument

    doc = GraphDocument()
    doc.add_entity(Entity.named("Ann", "Person", aliases=["A;B"]))
    warnings = write_neo4j_csv(doc, tmp_path / "out")
    assert warnings and "'A;B' contains ';'" in warnings[0]
    assert read_graph_file(tmp_path / "out").entities["ann"].aliases == ["A,B"]


def test_cypher_script_escapes_every_value_and_validates_names(rich_store):
    lines = to_lines(stored(rich_store))
    statements = [line for line in lines if not line.startswith("//")]
    assert all(line.endswith(";") for line in statements)
    assert not any(ch in "\n".join(lines) for ch in "\u2028\u2029\x0b")
    evil = next(line for line in statements if "DETACH DELETE" in line)
    # The injection stays inside a string literal: the statement is a plain MERGE.
    assert evil.startswith("MERGE (n:`Organization` {id: ")
    assert cypher_literal(INJECTION) == json.dumps(INJECTION, ensure_ascii=False)
    assert cypher_literal("a\u2028b") == '"a\\u2028b"'
    with pytest.raises(ErgError, match="not a valid label"):
        quote_label("Person`) DETACH DELETE n //")


def test_cypher_loading_reads_only_what_erg_writes(tmp_path, erg, example_store):
    script = tmp_path / "g.cypher"
    erg("export", "-o", str(script))
    with open(script, "a", encoding="utf-8") as handle:
        handle.write("MATCH (n) DETACH DELETE n;\n")
    doc = read_cypher(script)
    assert len(doc.entities) == 14 and len(doc.relations) == 21
    assert doc.warnings == [
        "g.cypher: 1 statement(s) are not erg's export statements and were "
        f"skipped (lines {len(script.read_text().splitlines())})"
    ]
    hand = tmp_path / "hand.cypher"
    hand.write_text("CREATE (a:Person {name: 'Ann'});\n", encoding="utf-8")
    ran = erg("load", str(hand), store=tmp_path / "other")
    assert ran.code == 2
    assert ran.err.startswith("error: ") and "not a Cypher script written by erg" in ran.err


def test_export_to_a_missing_directory_or_unwritable_place_is_one_clear_error(
    erg, example_store, tmp_path
):
    ran = erg("export", "-o", str(tmp_path / "missing" / "g.graphml"))
    assert ran.code == 2
    missing = tmp_path / "missing"
    assert (
        ran.err
        == f"error: cannot write {missing / 'g.graphml'}: directory {missing} does not exist\n"
    )
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    ran = erg("export", "--format", "csv", "-o", str(a_file / "out"))
    assert ran.code == 2 and "is not a directory" in ran.err
    ran = erg("export", "--format", "csv", "-o", str(a_file))
    assert ran.code == 2 and "it is a file" in ran.err
    ran = erg("export", "--format", "gexf", "-o", str(tmp_path))
    assert ran.code == 2 and "it is a directory" in ran.err
    assert len(ran.err.splitlines()) == 1


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
    reason="root can write anywhere",
)
def test_export_into_a_read_only_directory_is_refused(erg, example_store, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        ran = erg("export", "-o", str(locked / "g.graphml"))
    finally:
        locked.chmod(0o700)
    assert ran.code == 2 and ran.err.endswith("permission denied\n")


def test_a_failed_export_leaves_no_partial_file(tmp_path, monkeypatch):
    from graph.model import Entity, GraphDocument
    from graph.readwrite import graphml

    doc = GraphDocument()
    doc.add_entity(Entity.named("Ann", "Person"))

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(graphml.ET.ElementTree, "write", boom)
    with pytest.raises(ErgError, match="No space left on device"):
        write_graph_file(doc, tmp_path / "g.graphml", "graphml")
    assert list(tmp_path.iterdir()) == []


# -- other tools' files ------------------------------------------------------------------------
YED = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
         xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" yfiles.type="nodegraphics"/>
  <key id="d1" for="node" attr.name="description" attr.type="string"/>
  <key id="d2" for="edge" yfiles.type="edgegraphics"/>
  <key id="d3" for="node" attr.name="category" attr.type="string"/>
  <key id="d4" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d5" for="node"/>
  <graph id="G" edgedefault="directed">
    <node id="n0">
      <data key="d0"><y:ShapeNode><y:Geometry height="30" width="30" x="0" y="0"/>
        <y:NodeLabel alignment="center">Elon Musk</y:NodeLabel></y:ShapeNode></data>
      <data key="d3">person</data>
    </node>
    <node id="n1">
      <data key="d0"><y:ShapeNode><y:NodeLabel>Tesla</y:NodeLabel></y:ShapeNode></data>
      <data key="d1">EV maker</data>
      <data key="d5">mystery</data>
    </node>
    <node id="n2">
      <data key="d0"><y:ShapeNode><y:NodeLabel>Mars</y:NodeLabel></y:ShapeNode></data>
      <data key="d3">planet</data>
    </node>
    <edge id="e0" source="n0" target="n1">
      <data key="d2"><y:PolyLineEdge><y:EdgeLabel>leads</y:EdgeLabel></y:PolyLineEdge></data>
      <data key="d4">2.5</data>
    </edge>
    <edge id="e1" source="n0" target="n2">
      <data key="d2"><y:PolyLineEdge><y:EdgeLabel>dreams of</y:EdgeLabel></y:PolyLineEdge></data>
    </edge>
    <edge id="e2" source="n1" target="n9"/>
    <edge id="e3" source="n0" target="n0"><data key="d2"><y:PolyLineEdge>
      <y:EdgeLabel>advises</y:EdgeLabel></y:PolyLineEdge></data></edge>
  </graph>
</graphml>
"""


def test_foreign_graphml_loads_what_maps_and_reports_the_rest(tmp_path):
    path = tmp_path / "yed.graphml"
    path.write_text(YED, encoding="utf-8")
    doc = read_graph_file(path)
    assert {e.id: e.type for e in doc.entities.values()} == {
        "elon-musk": "Person",
        "tesla": DEFAULT_ENTITY_TYPE,
        "mars": DEFAULT_ENTITY_TYPE,
    }
    assert doc.entities["tesla"].properties == {"description": "EV maker"}
    [rel] = doc.relations.values()
    assert rel.key == ("elon-musk", "LEADS", "tesla")
    assert rel.properties == {"weight": 2.5}
    assert rel.evidence[0].text == "imported from yed.graphml"
    assert rel.evidence[0].extractor == "import"
    assert rel.evidence[0].document in doc.documents
    report = "\n".join(doc.warnings)
    assert (
        "2 node(s) had no entity type the schema knows; typed Organization: 'Tesla', 'Mars'"
        in report
    )
    assert "unknown entity types: 'planet'" in report
    assert "1 edge(s) skipped: no relation type the schema knows (found 'dreams of' x1" in report
    assert "1 edge(s) skipped: an endpoint is not a node of the file" in report
    assert "1 edge(s) from a node to itself skipped" in report
    assert "kept as entity properties: description" in report
    assert "node key 'd5' without attr.name" in report and "nodegraphics" in report


def test_erg_load_of_foreign_graphml_merges_into_known_entities(tmp_path, erg, example_store):
    path = tmp_path / "yed.graphml"
    path.write_text(YED, encoding="utf-8")
    ran = erg("load", str(path))
    assert ran.code == 0, ran.err
    assert "warning: yed.graphml: 2 node(s) had no entity type" in ran.err
    doc = stored(example_store)
    assert len([e for e in doc.entities.values() if e.name == "Elon Musk"]) == 1
    leads = doc.relations[("elon-musk", "LEADS", "tesla")]
    assert [e.extractor for e in leads.evidence] == ["curated", "import"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("<graphml><graph><node id='a'></graph>", "not valid GraphML"),
        ("<gexf/>", "not a GraphML file"),
        ("<graphml xmlns='http://graphml.graphdrawing.org/xmlns'/>", "without a <graph>"),
    ],
)
def test_broken_graphml_is_one_clear_error(tmp_path, erg, text, message):
    path = tmp_path / "bad.graphml"
    path.write_text(text, encoding="utf-8")
    ran = erg("load", str(path))
    assert ran.code == 2 and message in ran.err and len(ran.err.splitlines()) == 1


GEPHI = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta><creator>Gephi 0.10.1</creator></meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node">
      <attribute id="modularity_class" title="Modularity Class" type="integer"/>
      <attribute id="kind" title="Kind" type="string"><default>organization</default></attribute>
    </attributes>
    <nodes>
      <node id="1" label="OpenAI"><attvalues><attvalue for="modularity_class" value="0"/>
        </attvalues><viz:color r="1" g="2" b="3"/></node>
      <node id="2" label="Microsoft"><attvalues><attvalue for="modularity_class" value="0"/>
        </attvalues></node>
    </nodes>
    <edges>
      <edge id="0" source="2" target="1" label="partners with" weight="3.0"/>
    </edges>
  </graph>
</gexf>
"""


def test_gephi_gexf_with_undirected_edges_and_styling(tmp_path):
    path = tmp_path / "gephi.gexf"
    path.write_text(GEPHI, encoding="utf-8")
    doc = read_graph_file(path)
    assert {e.name: e.type for e in doc.entities.values()} == {
        "OpenAI": "Organization",
        "Microsoft": "Organization",
    }
    assert doc.entities["openai"].properties == {"modularity class": 0}
    assert list(doc.relations) == [("microsoft", "PARTNERS_WITH", "openai")]
    assert doc.relations[("microsoft", "PARTNERS_WITH", "openai")].properties == {"weight": 3.0}
    report = "\n".join(doc.warnings)
    assert "color (node styling)" in report and "the graph is undirected" in report


def test_d3_node_link_with_index_endpoints(tmp_path):
    path = tmp_path / "d3.json"
    path.write_text(
        json.dumps(
            {
                "nodes": [
                    {"name": "Sam Altman", "category": "person", "group": 3},
                    {"name": "OpenAI", "group": 1},
                ],
                "links": [
                    {"source": 0, "target": 1, "type": "leads", "value": 2},
                    {"source": 0, "target": 7, "type": "leads"},
                    {"source": {"index": 1}, "target": 0, "value": 1},
                ],
            }
        ),
        encoding="utf-8",
    )
    doc = read_graph_file(path)
    assert list(doc.relations) == [("sam-altman", "LEADS", "openai")]
    assert doc.entities["sam-altman"].properties == {"group": 3}
    report = "\n".join(doc.warnings)
    assert "an endpoint is not a node of the file" in report
    assert "no relation type the schema knows (found '(none)' x1" in report


def test_load_recognizes_node_link_json_with_a_long_node_list(tmp_path, erg):
    nodes = [{"id": f"n{i}", "name": f"Company {i}", "type": "Organization"} for i in range(300)]
    links = [{"source": "n0", "target": "n1", "type": "PARTNERS_WITH"}]
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"nodes": nodes, "links": links}), encoding="utf-8")
    assert '"links"' not in path.read_text()[:4096]
    ran = erg("load", str(path))
    assert ran.code == 0, ran.err
    assert "300 entities created" in ran.out and "1 relations created" in ran.out


def test_foreign_neo4j_admin_csv_with_id_groups_and_typed_columns(tmp_path, erg):
    folder = tmp_path / "import"
    folder.mkdir()
    (folder / "people.csv").write_text(
        "personId:ID(Person),name,born:int,:LABEL\n"
        "1,Ann Example,1970,Person\n"
        "2,Bob Example,,Person\n",
        encoding="utf-8",
    )
    (folder / "orgs.csv").write_text(
        "orgId:ID(Org),name,:LABEL\n1,Acme,Company\n", encoding="utf-8"
    )
    (folder / "rels.csv").write_text(
        ":START_ID(Person),:END_ID(Org),:TYPE,since:int\n1,1,LEADS,2019\n2,1,KNOWS,2020\n",
        encoding="utf-8",
    )
    doc = read_graph_file(folder)
    assert {e.id: (e.name, e.type) for e in doc.entities.values()} == {
        "Person:1": ("Ann Example", "Person"),
        "Person:2": ("Bob Example", "Person"),
        "Org:1": ("Acme", DEFAULT_ENTITY_TYPE),
    }
    assert doc.entities["Person:1"].properties == {"born": 1970, "personid": "1"}
    assert list(doc.relations) == [("Person:1", "LEADS", "Org:1")]
    assert doc.relations[("Person:1", "LEADS", "Org:1")].properties == {"since": 2019}
    # `erg load DIR` reads the files one by one and gets the same graph.
    ran = erg("load", str(folder))
    assert ran.code == 0, ran.err
    assert "1 relations created" in ran.out and "'KNOWS' x1" in ran.err


def test_curated_csv_and_json_still_load_as_curated(tmp_path, erg):
    ran = erg(
        "load",
        str(EXAMPLES / "stargate.yaml"),
        str(EXAMPLES / "analyst-notes.csv"),
        str(EXAMPLES / "stargate-extra.json"),
    )
    assert ran.code == 0, ran.err
    assert "loaded 3 files (0 articles, 3 curated)" in ran.out


def test_unknown_graph_file_is_an_error(tmp_path):
    with pytest.raises(ErgError, match="not a graph file erg reads"):
        read_graph_file(tmp_path / "x.dot")
    with pytest.raises(ErgError, match="unknown export format"):
        write_graph_file(None, tmp_path / "x", "dot")


def test_read_graph_file_of_every_format_keeps_warnings_empty_for_erg_exports(
    tmp_path, example_store
):
    doc = stored(example_store)
    for fmt in FORMATS:
        out = tmp_path / f"g{SUFFIX[fmt] or '-csv'}"
        write_graph_file(doc, out, fmt)
        back = read_graph_file(out)
        assert canon(back) == canon(doc), fmt
        assert back.warnings == [], fmt


def test_paths_are_accepted_as_strings(tmp_path, example_store):
    doc = stored(example_store)
    out = str(tmp_path / "g.graphml")
    write_graph_file(doc, out, "graphml")
    assert Path(out).exists() and len(read_graph_file(out).entities) == 14


def test_deeply_nested_node_link_json_is_a_one_line_error(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"nodes": [],\n "links": ' + "[" * 5000 + "]" * 5000 + "}", encoding="utf-8")
    with pytest.raises(ErgError, match=r"deep\.json:2: nested more than 64 levels deep"):
        read_graph_file(path)
