"""Paths with evidence, centrality and communities on the networkx view of a GraphDocument."""

import networkx as nx
import pytest

from graph.analysis import (
    centrality,
    communities,
    connection_graph,
    describe_path,
    pagerank,
    path_records,
    shortest_paths,
)
from graph.errors import ErgError
from graph.model import Entity, Evidence, GraphDocument, Relation


def feud() -> GraphDocument:
    """Ann leads and disputes Acme; Acme and Beta partner (recorded both ways, as a loader
    that does not orient symmetric relations would); Cara funds Beta; Dan stands alone."""
    doc = GraphDocument()
    for name, etype in [
        ("Ann", "Person"),
        ("Acme", "Organization"),
        ("Beta", "Organization"),
        ("Cara", "Person"),
        ("Dan", "Person"),
    ]:
        doc.add_entity(Entity.named(name, etype, aliases=["Annie"] if name == "Ann" else []))
    doc.add_relation(Relation("ann", "LEADS", "acme", evidence=[Evidence("Ann runs Acme.")]))
    doc.add_relation(Relation("ann", "DISPUTES", "acme", evidence=[Evidence("Ann sued Acme.")]))
    doc.add_relation(Relation("acme", "PARTNERS_WITH", "beta", evidence=[Evidence("A+B.")]))
    doc.add_relation(Relation("beta", "PARTNERS_WITH", "acme", evidence=[Evidence("B+A.")]))
    doc.add_relation(Relation("cara", "FUNDS", "beta", evidence=[Evidence("Cara pays Beta.")]))
    return doc


def test_connection_graph_has_one_edge_per_pair_holding_every_relation():
    g = connection_graph(feud())
    assert isinstance(g, nx.Graph) and not g.is_directed()
    assert [r.type for r in g.edges["ann", "acme"]["relations"]] == ["DISPUTES", "LEADS"]
    # The symmetric partnership recorded both ways is one tie.
    assert g.edges["acme", "beta"]["weight"] == 1
    assert "dan" in g and g.degree("dan") == 0


def test_path_ignores_direction_but_reports_each_relation_as_stored():
    doc = feud()
    [path] = shortest_paths(doc, "Annie", "cara")  # an alias and an id both resolve
    assert path.nodes == ["ann", "acme", "beta", "cara"] and path.length == 3
    assert describe_path(path, doc) == (
        "Ann -[DISPUTES|LEADS]-> Acme -[PARTNERS_WITH]- Beta <-[FUNDS]- Cara"
    )
    last = path.hops[-1].ties[0]
    assert (last.relation.source, last.relation.target, last.forward) == ("cara", "beta", False)
    record = path_records([path], doc)[0]
    assert record["hops"][0]["ties"][1]["evidence"][0]["text"] == "Ann runs Acme."
    assert record["hops"][2]["ties"][0]["direction"] == "<-"


def test_max_hops_and_no_connection_give_no_paths():
    doc = feud()
    assert shortest_paths(doc, "Ann", "Cara", max_hops=2) == []
    assert shortest_paths(doc, "Ann", "Dan") == []


def test_all_shortest_paths_or_the_k_shortest_best_evidenced_first():
    doc = feud()
    doc.add_entity(Entity.named("Eve", "Person"))
    # Two 2-hop routes from Ann to Beta's partner Acme... via Eve, and a direct tie.
    doc.add_relation(Relation("eve", "ADVISES", "ann"))
    doc.add_relation(Relation("eve", "FUNDS", "beta", evidence=[Evidence("x"), Evidence("y")]))
    shortest = shortest_paths(doc, "Ann", "Beta")
    assert [p.nodes for p in shortest] == [["ann", "acme", "beta"], ["ann", "eve", "beta"]]
    top = shortest_paths(doc, "Ann", "Cara", k=1)
    assert len(top) == 1 and top[0].nodes[1] == "acme"  # 3 evidence items beat 2 on Eve's side
    assert len(shortest_paths(doc, "Ann", "Cara", k=5)) == 2


def test_unknown_names_suggest_close_ones_and_the_same_entity_is_refused():
    with pytest.raises(ErgError, match=r"no entity named 'Acmee'.*did you mean Acme"):
        shortest_paths(feud(), "Ann", "Acmee")
    with pytest.raises(ErgError, match="same entity"):
        shortest_paths(feud(), "Ann", "Annie")


def test_degree_counts_neighbours_and_ties_separately():
    scores = {s.name: s for s in centrality(feud(), "degree")}
    assert (scores["Acme"].neighbours, scores["Acme"].ties) == (2, 3)
    assert scores["Acme"].score == 2
    assert scores["Dan"].score == 0
    assert [s.name for s in centrality(feud(), "degree", top=2)] == ["Acme", "Beta"]


def test_betweenness_finds_the_brokers():
    ranked = centrality(feud(), "betweenness")
    assert [s.name for s in ranked[:2]] == ["Acme", "Beta"]
    # On the shortest paths of 2 of the 6 pairs among the other four: Ann-Beta and Ann-Cara.
    assert ranked[0].score == pytest.approx(2 / 6)


def test_pagerank_matches_networkx_without_scipy():
    g = connection_graph(feud())
    ours = pagerank(g)
    assert sum(ours.values()) == pytest.approx(1.0)
    pytest.importorskip("scipy")
    theirs = nx.pagerank(g, weight="weight", tol=1e-12)
    assert ours == pytest.approx(theirs, abs=1e-6)
    assert centrality(feud(), "pagerank")[0].name == "Acme"


def test_unknown_measure_is_an_error():
    with pytest.raises(ErgError, match="choose one of degree, betweenness, pagerank"):
        centrality(feud(), "closeness")


def test_communities_are_deterministic_and_cover_every_entity():
    doc = feud()
    first = [c.names(doc) for c in communities(doc)]
    assert first == [c.names(doc) for c in communities(doc)]
    assert sorted(n for group in first for n in group) == sorted(
        e.name for e in doc.entities.values()
    )
    assert ["Dan"] in first
    assert communities(doc, min_size=2) and all(
        len(c.members) >= 2 for c in communities(doc, min_size=2)
    )
    greedy = communities(doc, method="greedy")
    assert sum(len(c.members) for c in greedy) == 5
    with pytest.raises(ErgError, match="louvain, greedy"):
        communities(doc, method="magic")
