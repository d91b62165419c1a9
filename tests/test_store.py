"""Store behaviour, the same for every store: upsert, idempotency, evidence merge, query,
read-only queries, all-or-nothing loads, schema growth."""

import gc

import pytest

from graph.errors import ErgError
from graph.model import Document, Entity, Evidence, GraphDocument, Relation
from graph.schema import Schema
from graph.store.base import snapshot


def small_doc(evidence="Ann founded Acme in 2001.", doc_id="doc-1") -> GraphDocument:
    doc = GraphDocument()
    doc.add_document(Document(doc_id, "Acme story", "https://example.org/acme", "2024-01-02"))
    doc.add_entity(Entity.named("Ann Lee", "Person", aliases=["Lee"], documents=[doc_id]))
    doc.add_entity(Entity.named("Acme", "Organization", documents=[doc_id]))
    doc.add_entity(Entity.named("Berlin", "Location", documents=[doc_id]))
    doc.add_relation(
        Relation(
            "ann-lee", "FOUNDED", "acme", evidence=[Evidence(evidence, doc_id, 0, 24, "rules")]
        )
    )
    doc.add_relation(Relation("acme", "LOCATED_IN", "berlin"))
    return doc


def counts(store):
    g = snapshot(store)
    return (
        len(g.entities),
        len(g.relations),
        sum(len(r.evidence) for r in g.relations.values()),
        len(g.documents),
    )


def test_upsert_then_query(any_store):
    result = any_store.upsert(small_doc())
    assert (result.entities_created, result.relations_created) == (3, 2)
    rows = any_store.query(
        "MATCH (p:Person)-[r:FOUNDED]->(o) RETURN p.name AS p, o.name AS o, r.evidence AS ev"
    ).records()
    assert rows == [{"p": "Ann Lee", "o": "Acme", "ev": ["Ann founded Acme in 2001."]}]


def test_reloading_changes_nothing(any_store):
    any_store.upsert(small_doc())
    before = counts(any_store)
    again = any_store.upsert(small_doc())
    assert counts(any_store) == before == (3, 2, 1, 1)
    assert (
        again.entities_created,
        again.entities_updated,
        again.relations_created,
        again.relations_updated,
        again.evidence_added,
    ) == (0, 0, 0, 0, 0)


def test_new_evidence_merges_into_the_same_edge(any_store):
    any_store.upsert(small_doc())
    any_store.upsert(small_doc("Acme was founded by Ann Lee.", "doc-2"))
    rel = {r.key: r for r in any_store.relations()}[("ann-lee", "FOUNDED", "acme")]
    assert [e.text for e in rel.evidence] == [
        "Ann founded Acme in 2001.",
        "Acme was founded by Ann Lee.",
    ]
    assert [e.document for e in rel.evidence] == ["doc-1", "doc-2"]
    assert counts(any_store)[:2] == (3, 2)


def test_a_load_mixing_new_and_stored_entities_merges_each_edge_once(any_store):
    """New entities, stored ones, an edge that exists and one that does not: each edge once."""
    any_store.upsert(small_doc())
    doc = small_doc("Acme was founded by Ann Lee.", "doc-2")  # existing edge, new evidence
    doc.add_entity(Entity.named("Bob Ray", "Person", documents=["doc-2"]))  # new entity
    doc.add_relation(Relation("bob-ray", "LEADS", "acme"))  # new endpoint -> stored one
    doc.add_relation(Relation("ann-lee", "LEADS", "acme"))  # two stored ends, no edge yet
    doc.add_entity(Entity.named("Nova", "Project", documents=["doc-2"]))
    doc.add_relation(Relation("nova", "LOCATED_IN", "berlin"))  # new source, stored target
    result = any_store.upsert(doc)
    assert (result.entities_created, result.relations_created) == (2, 3)
    assert (result.relations_updated, result.evidence_added) == (1, 1)
    assert counts(any_store) == (5, 5, 2, 2)
    assert any_store.query("MATCH ()-[r]->() RETURN count(r) AS n").rows == [[5]]
    again = any_store.upsert(doc)
    assert (again.entities_created, again.relations_created, again.relations_updated) == (0, 0, 0)
    assert counts(any_store) == (5, 5, 2, 2)
    leads = any_store.query(
        "MATCH (p:Person)-[:LEADS]->(:Organization {id: 'acme'}) RETURN p.id AS pid ORDER BY pid"
    ).rows
    assert leads == [["ann-lee"], ["bob-ray"]]


def test_loads_larger_than_one_batch_merge_every_edge_once(any_store, monkeypatch):
    """Batches of 3 rows: entities, edges and stored look-ups all span several statements."""
    import graph.store.embedded
    import graph.store.neo4j

    for module in (graph.store.embedded, graph.store.neo4j):
        monkeypatch.setattr(module, "BATCH", 3)
    doc = GraphDocument()
    people = [Entity.named(f"Person {i}", "Person") for i in range(8)]
    orgs = [Entity.named(f"Org {i}", "Organization") for i in range(7)]
    for entity in people + orgs:
        doc.add_entity(entity)
    for i, p in enumerate(people):
        for o in orgs[i % 3 :: 3]:
            doc.add_relation(Relation(p.id, "LEADS", o.id, evidence=[Evidence(f"{p.name} leads.")]))
    first = any_store.upsert(doc)
    assert (first.entities_created, first.relations_created) == (15, len(doc.relations))
    more = GraphDocument()
    for entity in people + orgs:
        more.add_entity(entity)
    for rel in doc.relations.values():
        more.add_relation(Relation(rel.source, rel.type, rel.target, evidence=[Evidence("Again.")]))
    second = any_store.upsert(more)
    assert (second.entities_created, second.relations_created) == (0, 0)
    assert second.relations_updated == second.evidence_added == len(doc.relations)
    stored = {r.key: [e.text for e in r.evidence] for r in any_store.relations()}
    assert stored.keys() == doc.relations.keys()
    assert all(texts[1:] == ["Again."] for texts in stored.values())
    assert any_store.query("MATCH ()-[r:LEADS]->() RETURN count(r) AS n").rows == [
        [len(doc.relations)]
    ]


def test_symmetric_relations_are_stored_once(any_store):
    doc = GraphDocument()
    for name in ("Zeta Corp", "Alpha Inc"):
        doc.add_entity(Entity.named(name, "Organization"))
    doc.add_relation(Relation("zeta-corp", "PARTNERS_WITH", "alpha-inc", evidence=[Evidence("a")]))
    doc.add_relation(Relation("alpha-inc", "PARTNERS_WITH", "zeta-corp", evidence=[Evidence("b")]))
    any_store.upsert(doc)
    rels = any_store.relations()
    assert [(r.source, r.target, len(r.evidence)) for r in rels] == [("alpha-inc", "zeta-corp", 2)]


def test_query_is_read_only_unless_write(any_store):
    any_store.upsert(small_doc())
    with pytest.raises(ErgError, match="--write"):
        any_store.query("MATCH (p:Person) SET p.name = 'X'")
    with pytest.raises(ErgError, match="--write"):
        any_store.query("MATCH (p:Person) DETACH DELETE p")
    assert any_store.query("MATCH (p:Person) RETURN p.name AS n").rows == [["Ann Lee"]]
    any_store.query("MATCH (p:Person) SET p.name = 'Ann B. Lee'", write=True)
    assert any_store.query("MATCH (p:Person) RETURN p.name AS n").rows == [["Ann B. Lee"]]


def test_query_parameters_are_values_not_code(any_store):
    any_store.upsert(small_doc())
    hostile = "x' OR 1=1 //"
    rows = any_store.query("MATCH (p:Person) WHERE p.name = $n RETURN p.id", {"n": hostile}).rows
    assert rows == []
    assert any_store.query(
        "MATCH (p:Person) WHERE p.name = $n RETURN p.id AS id", {"n": "Ann Lee"}
    ).rows == [["ann-lee"]]


def test_neo4j_habits_work(any_store):
    any_store.upsert(small_doc())
    rows = any_store.query("MATCH (a)-[r]->(b:Organization) RETURN type(r) AS t").rows
    assert rows == [["FOUNDED"]]


def test_bad_query_is_a_clear_error(any_store):
    with pytest.raises(ErgError, match="query failed"):
        any_store.query("MATCH (n RETURN n")


def test_a_failing_load_writes_nothing(any_store):
    any_store.upsert(small_doc())
    before = counts(any_store)
    bad = small_doc("New sentence.", "doc-9")
    bad.add_entity(Entity.named("Bob", "Person"))
    bad.add_relation(Relation("bob", "FOUNDED", "berlin"))  # Location cannot be founded
    with pytest.raises(ErgError, match="FOUNDED cannot link"):
        any_store.upsert(bad)
    assert counts(any_store) == before


def test_a_load_leaves_the_garbage_collector_as_it_found_it(any_store, monkeypatch):
    """Loads pause Python's cyclic collector while they run, and always resume it."""
    seen = []
    allows = Schema.allows  # called while a load checks its relations

    def spy(schema, *types):
        seen.append(gc.isenabled())
        return allows(schema, *types)

    monkeypatch.setattr(Schema, "allows", spy)
    doc = small_doc()
    any_store.upsert(doc)
    assert seen and not any(seen), "the collector ran during the load"
    assert gc.isenabled()
    bad = small_doc()
    bad.add_relation(Relation("ann-lee", "FOUNDED", "nobody"))
    with pytest.raises(ErgError):
        any_store.upsert(bad)
    assert gc.isenabled()
    gc.disable()
    try:
        any_store.upsert(small_doc())
        assert not gc.isenabled(), "a load enabled a collector its caller had disabled"
    finally:
        gc.enable()


def test_rollback_on_failure_mid_write(any_store):
    """A failure after some rows were written leaves the store as it was (the fault is injected
    through the stores' public `before_statement` seam)."""
    any_store.upsert(small_doc())
    before = counts(any_store)
    doc = small_doc("Another sentence.", "doc-3")
    doc.add_entity(Entity.named("Carol", "Person"))
    doc.add_relation(Relation("carol", "LEADS", "acme"))
    calls = {"n": 0}

    def flaky(cypher):
        if cypher.startswith("UNWIND") and (
            "CREATE (a)-[r:" in cypher or "SET r." in cypher or "MERGE (a)-[r:" in cypher
        ):
            calls["n"] += 1
            if calls["n"] == 2:
                raise RuntimeError("disk full (simulated)")

    any_store.before_statement = flaky
    try:
        with pytest.raises(RuntimeError, match="simulated"):
            any_store.upsert(doc)
    finally:
        any_store.before_statement = None
    assert counts(any_store) == before
    assert calls["n"] == 2


def test_self_relation_and_unknown_endpoint_are_rejected(any_store):
    doc = small_doc()
    doc.add_relation(Relation("acme", "COMPETES_WITH", "acme"))
    with pytest.raises(ErgError, match="to itself"):
        any_store.upsert(doc)
    doc = small_doc()
    doc.add_relation(Relation("acme", "COMPETES_WITH", "nobody"))
    with pytest.raises(ErgError, match="unknown entity id 'nobody'"):
        any_store.upsert(doc)
    assert counts(any_store) == (0, 0, 0, 0)


def test_injection_shaped_relation_type_never_reaches_the_database(any_store):
    any_store.upsert(small_doc())
    doc = small_doc()
    doc.add_relation(Relation("ann-lee", "FUNDS]->(x) DETACH DELETE x //", "acme"))
    with pytest.raises(ErgError, match="unknown relation type"):
        any_store.upsert(doc)
    assert counts(any_store) == (3, 2, 1, 1)


def test_entity_keeps_its_first_type(any_store):
    any_store.upsert(small_doc())
    doc = GraphDocument()
    doc.add_entity(Entity.named("Acme", "Product"))
    any_store.upsert(doc)
    assert {e.id: e.type for e in any_store.entities()}["acme"] == "Organization"


def test_schema_growth_creates_tables_on_demand(any_store):
    from graph.schema import Schema

    schema = any_store.schema.copy()
    schema.extend(
        {
            "entity_types": {"Vessel": "a ship"},
            "relation_types": {
                "SANCTIONS": {"from": ["Organization"], "to": ["Vessel"]},
                "OWNS": {"from": ["Organization"], "to": ["Vessel"]},
            },
        }
    )
    any_store.save_schema(schema)
    doc = small_doc()
    doc.add_entity(Entity.named("Ever Given", "Vessel"))
    doc.add_relation(Relation("acme", "SANCTIONS", "ever-given"))
    doc.add_relation(Relation("acme", "OWNS", "ever-given"))
    any_store.upsert(doc)
    rows = any_store.query("MATCH (o)-[r:SANCTIONS]->(v:Vessel) RETURN o.name AS o, v.name AS v")
    assert rows.rows == [["Acme", "Ever Given"]]
    assert isinstance(any_store.schema, Schema) and "Vessel" in any_store.schema.entity_types


def test_a_known_but_unused_type_gives_no_rows(any_store):
    any_store.upsert(small_doc())
    rows = any_store.query(
        "MATCH (a:Organization)-[r:COMPETES_WITH|PARTNERS_WITH]-(b) RETURN a.name AS a"
    ).rows
    assert rows == []
    assert any_store.query("MATCH (p:Product) RETURN p.name AS n").rows == []


def test_a_document_keeps_what_it_was_first_stored_with(any_store):
    any_store.upsert(small_doc())
    moved = small_doc()
    moved.documents["doc-1"] = Document("doc-1", "Other title", "copies/acme.txt", "2025-05-05")
    any_store.upsert(moved)
    assert [d.to_dict() for d in any_store.documents()] == [
        {
            "id": "doc-1",
            "title": "Acme story",
            "source": "https://example.org/acme",
            "date": "2024-01-02",
        }
    ]


def test_a_sentence_quoted_by_two_curated_files_is_one_evidence_item(any_store):
    for file_doc in ("doc-aaa", "doc-bbb"):
        doc = small_doc(doc_id=file_doc)
        doc.relations[("ann-lee", "FOUNDED", "acme")].evidence = [
            Evidence("Ann founded Acme.", file_doc, extractor="curated")
        ]
        any_store.upsert(doc)
    (rel,) = [r for r in snapshot(any_store).relations.values() if r.type == "FOUNDED"]
    assert [(e.text, e.document) for e in rel.evidence] == [("Ann founded Acme.", "doc-aaa")]
