"""networkx views, subgraphs around a focus, and date filters."""

from graph.model import Document, Entity, Evidence, GraphDocument, Relation
from graph.network import filter_dates, subgraph, to_networkx


def chain() -> GraphDocument:
    doc = GraphDocument()
    doc.add_document(Document("d1", date="2024-01-05"))
    doc.add_document(Document("d2", date="2025-03-01"))
    for name, etype in [
        ("Ann", "Person"),
        ("Acme", "Organization"),
        ("Beta", "Organization"),
        ("Cara", "Person"),
    ]:
        doc.add_entity(Entity.named(name, etype))
    doc.add_relation(
        Relation("ann", "LEADS", "acme", evidence=[Evidence("x", "d1"), Evidence("y", "d2")])
    )
    doc.add_relation(Relation("acme", "FUNDS", "beta", evidence=[Evidence("z", "d2")]))
    doc.add_relation(Relation("cara", "LEADS", "beta", evidence=[Evidence("w", "d1")]))
    return doc


def test_to_networkx_keeps_types_and_evidence():
    g = to_networkx(chain())
    assert g.nodes["ann"]["type"] == "Person"
    assert [e["text"] for e in g.edges["ann", "acme", "LEADS"]["evidence"]] == ["x", "y"]


def test_subgraph_by_focus_depth_and_types():
    doc = chain()
    assert set(subgraph(doc, ["ann"], depth=1).entities) == {"ann", "acme"}
    assert set(subgraph(doc, ["ann"], depth=2).entities) == {"ann", "acme", "beta"}
    only = subgraph(doc, types={"LEADS"})
    assert set(only.relations) == {("ann", "LEADS", "acme"), ("cara", "LEADS", "beta")}
    two = subgraph(doc, min_sources=2)
    assert list(two.relations) == [("ann", "LEADS", "acme")]


def test_filter_dates_keeps_evidence_in_range():
    doc = chain()
    early = filter_dates(doc, until="2024-12-31")
    assert set(early.relations) == {("ann", "LEADS", "acme"), ("cara", "LEADS", "beta")}
    assert [e.text for e in early.relations[("ann", "LEADS", "acme")].evidence] == ["x"]
    late = filter_dates(doc, since="2025-01-01")
    assert set(late.relations) == {("ann", "LEADS", "acme"), ("acme", "FUNDS", "beta")}
    assert "cara" not in late.entities
    assert filter_dates(doc) is doc
