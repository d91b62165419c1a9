"""Neo4jStore against a real Neo4j 5.26 server: what is specific to Neo4j (constraints, READ
sessions, retries, plain query values, error messages, a server that dies mid-load).

The behaviour shared with the embedded store (load, idempotency, evidence merge, query,
read-only queries, bad input) is tested on both stores by tests/test_store.py.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

neo4j = pytest.importorskip("neo4j")

from neo4j.exceptions import SessionExpired  # noqa: E402
from neo4j_fixtures import ServerInfo, neo4j_start  # noqa: E402

import graph.store.neo4j as neo4j_module  # noqa: E402
from graph.errors import ErgError, StoreError  # noqa: E402
from graph.model import Document, Entity, Evidence, GraphDocument, Relation  # noqa: E402
from graph.store import open_store  # noqa: E402
from graph.store.base import snapshot  # noqa: E402
from graph.store.embedded import EmbeddedStore  # noqa: E402
from graph.store.neo4j import Neo4jStore  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


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


def big_doc(people: int = 150, orgs: int = 150, doc_id: str = "doc-big") -> GraphDocument:
    """people x 10 FUNDS relations plus symmetric PARTNERS_WITH among organizations."""
    doc = GraphDocument()
    doc.add_document(Document(doc_id, "Big", "synthetic", ""))
    for i in range(people):
        doc.add_entity(Entity.named(f"Person {i}", "Person", documents=[doc_id]))
    for j in range(orgs):
        doc.add_entity(Entity.named(f"Org {j}", "Organization", documents=[doc_id]))
    for i in range(people):
        for k in range(10):
            j = (i * 7 + k) % orgs
            ev = Evidence(f"Person {i} funds Org {j}.", doc_id, i * 100 + k, i * 100 + k + 20)
            doc.add_relation(Relation(f"person-{i}", "FUNDS", f"org-{j}", evidence=[ev]))
    for j in range(orgs - 1):
        doc.add_relation(
            Relation(f"org-{j + 1}", "PARTNERS_WITH", f"org-{j}", evidence=[Evidence("p")])
        )
    return doc


def counts(store) -> tuple[int, int, int, int]:
    g = snapshot(store)
    return (
        len(g.entities),
        len(g.relations),
        sum(len(r.evidence) for r in g.relations.values()),
        len(g.documents),
    )


def edge_count(store) -> int:
    return store.query("MATCH ()-[r]->() RETURN count(r) AS n").rows[0][0]


def constraints(store) -> set[tuple[str, str]]:
    rows = store.query(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
        "WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties[0] AS prop"
    ).rows
    return {(label, prop) for label, prop in rows}


def set_credentials(monkeypatch, server: ServerInfo, **override: str | None) -> None:
    env = {**server.env(), **override}
    for name in ("NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        if env.get(name) is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, env[name])


# -- the real server -------------------------------------------------------------------------
@pytest.mark.neo4j
def test_load_query_and_reload(neo4j_store):
    result = neo4j_store.upsert(small_doc())
    assert (result.entities_created, result.relations_created, result.evidence_added) == (3, 2, 1)
    assert neo4j_store.query(
        "MATCH (p:Person)-[r:FOUNDED]->(o:Organization) "
        "RETURN p.name AS p, o.name AS o, r.evidence AS ev, r.sources AS src"
    ).records() == [
        {"p": "Ann Lee", "o": "Acme", "ev": ["Ann founded Acme in 2001."], "src": ["doc-1"]}
    ]
    again = neo4j_store.upsert(small_doc())
    assert (again.entities_created, again.entities_updated) == (0, 0)
    assert (again.relations_created, again.relations_updated, again.evidence_added) == (0, 0, 0)
    assert counts(neo4j_store) == (3, 2, 1, 1)
    assert edge_count(neo4j_store) == 2


@pytest.mark.neo4j
def test_evidence_merges_and_is_never_duplicated(neo4j_store):
    neo4j_store.upsert(small_doc())
    second = neo4j_store.upsert(small_doc("Acme was founded by Ann Lee.", "doc-2"))
    assert (second.relations_created, second.relations_updated, second.evidence_added) == (0, 1, 1)
    neo4j_store.upsert(small_doc("Acme was founded by Ann Lee.", "doc-2"))
    rel = {r.key: r for r in neo4j_store.relations()}[("ann-lee", "FOUNDED", "acme")]
    assert [(e.document, e.text) for e in rel.evidence] == [
        ("doc-1", "Ann founded Acme in 2001."),
        ("doc-2", "Acme was founded by Ann Lee."),
    ]
    assert neo4j_store.query("MATCH ()-[r:FOUNDED]->() RETURN r.sources AS s").rows == [
        [["doc-1", "doc-2"]]
    ]
    entity = {e.id: e for e in neo4j_store.entities()}["acme"]
    assert entity.documents == ["doc-1", "doc-2"]
    assert counts(neo4j_store) == (3, 2, 2, 2)


@pytest.mark.neo4j
def test_same_graph_as_the_embedded_store(neo4j_store, tmp_path):
    """Loading the same documents gives the same snapshot in both stores."""
    with EmbeddedStore(tmp_path / "store") as embedded:
        for store in (embedded, neo4j_store):
            store.upsert(big_doc(people=30, orgs=20))
            store.upsert(small_doc())
            store.upsert(small_doc("Acme was founded by Ann Lee.", "doc-2"))
        want, got = snapshot(embedded), snapshot(neo4j_store)

    def norm(g: GraphDocument) -> dict[str, list[str]]:
        data = g.to_dict()
        return {k: sorted(json.dumps(v, sort_keys=True) for v in data[k]) for k in data}

    assert len(got.relations) == 30 * 10 + 19 + 2
    assert norm(got) == norm(want)


@pytest.mark.neo4j
def test_symmetric_relations_are_oriented_like_the_embedded_store(neo4j_store):
    doc = GraphDocument()
    for name in ("Zeta Corp", "Alpha Inc"):
        doc.add_entity(Entity.named(name, "Organization"))
    doc.add_relation(Relation("zeta-corp", "PARTNERS_WITH", "alpha-inc", evidence=[Evidence("a")]))
    neo4j_store.upsert(doc)
    doc = GraphDocument()
    doc.add_relation(Relation("alpha-inc", "PARTNERS_WITH", "zeta-corp", evidence=[Evidence("b")]))
    neo4j_store.upsert(doc)
    rows = neo4j_store.query(
        "MATCH (a)-[r:PARTNERS_WITH]->(b) RETURN a.id AS a, b.id AS b, size(r.evidence) AS n"
    ).rows
    assert rows == [["alpha-inc", "zeta-corp", 2]]


@pytest.mark.neo4j
def test_a_uniqueness_constraint_per_entity_label_created_idempotently(neo4j_store):
    expected = {(label, "id") for label in neo4j_store.schema.entity_types}
    assert constraints(neo4j_store) >= expected | {("Document", "id"), ("ErgMeta", "key")}
    before = constraints(neo4j_store)
    with Neo4jStore(neo4j_store.uri) as again:  # opening again creates nothing new
        assert constraints(again) == before
    # The constraint is real: a second Person with the same id is refused by the server.
    neo4j_store.upsert(small_doc())
    with pytest.raises(ErgError, match="query failed"):
        neo4j_store.query("CREATE (:Person {id: 'ann-lee'})", write=True)
    assert neo4j_store.query("MATCH (p:Person) RETURN count(p) AS n").rows == [[1]]


@pytest.mark.neo4j
def test_schema_growth_is_stored_with_its_constraint(neo4j_store):
    schema = neo4j_store.schema.copy()
    schema.extend(
        {
            "entity_types": {"Vessel": "a ship"},
            "relation_types": {"SANCTIONS": {"from": ["Organization"], "to": ["Vessel"]}},
        }
    )
    neo4j_store.save_schema(schema)
    doc = small_doc()
    doc.add_entity(Entity.named("Ever Given", "Vessel"))
    doc.add_relation(Relation("acme", "SANCTIONS", "ever-given"))
    neo4j_store.upsert(doc)
    with Neo4jStore(neo4j_store.uri, read_only=True) as reopened:
        assert "Vessel" in reopened.schema.entity_types
        assert "SANCTIONS" in reopened.schema.relation_types
        assert ("Vessel", "id") in constraints(reopened)
        assert reopened.query(
            "MATCH (o)-[:SANCTIONS]->(v:Vessel) RETURN o.name AS o, v.name AS v"
        ).rows == [["Acme", "Ever Given"]]
    assert neo4j_store.query("MATCH (m:ErgMeta) RETURN count(m) AS n").rows == [[1]]


@pytest.mark.neo4j
def test_query_runs_in_a_read_session_unless_write(neo4j_store):
    neo4j_store.upsert(small_doc())
    for cypher in (
        "MATCH (p:Person) SET p.name = 'X'",
        "MATCH (p:Person) DETACH DELETE p",
        "CREATE (:Person {id: 'mallory'})",
        "MERGE (:Person {id: 'mallory'})",
    ):
        with pytest.raises(ErgError, match="--write"):
            neo4j_store.query(cypher)
    assert neo4j_store.query("MATCH (p:Person) RETURN p.name AS n").rows == [["Ann Lee"]]
    neo4j_store.query("MATCH (p:Person) SET p.name = $n", {"n": "Ann B. Lee"}, write=True)
    assert neo4j_store.query("MATCH (p:Person) RETURN p.name AS n").rows == [["Ann B. Lee"]]
    # Batched writes that need an auto-commit transaction work with write=True too.
    neo4j_store.query(
        "MATCH (p:Person) CALL (p) { SET p.checked = true } IN TRANSACTIONS OF 10 ROWS",
        write=True,
    )
    assert neo4j_store.query("MATCH (p:Person) RETURN p.checked AS c").rows == [[True]]


@pytest.mark.neo4j
def test_query_errors_and_parameters(neo4j_store):
    neo4j_store.upsert(small_doc())
    with pytest.raises(ErgError, match="^query failed: Invalid input") as err:
        neo4j_store.query("MATCH (n RETURN n")
    assert "\n" not in str(err.value)
    hostile = "x' OR 1=1 //"
    assert (
        neo4j_store.query("MATCH (p:Person) WHERE p.name = $n RETURN p.id", {"n": hostile}).rows
        == []
    )


@pytest.mark.neo4j
def test_query_values_are_plain_like_the_embedded_store(neo4j_store):
    neo4j_store.upsert(small_doc())
    row = neo4j_store.query(
        "MATCH p = (a:Person)-[r:FOUNDED]->(o) "
        "RETURN a, r, p, date('2024-01-02') AS d, [a.name, {n: o.name}] AS mixed"
    ).records()[0]
    assert row["a"]["_label"] == "Person" and row["a"]["name"] == "Ann Lee"
    assert row["a"]["aliases"] == ["Lee"]
    assert row["r"]["_label"] == "FOUNDED" and row["r"]["evidence"] == ["Ann founded Acme in 2001."]
    assert [n["id"] for n in row["p"]["nodes"]] == ["ann-lee", "acme"]
    assert [r["_label"] for r in row["p"]["relationships"]] == ["FOUNDED"]
    assert str(row["d"]) == "2024-01-02"
    assert row["mixed"] == ["Ann Lee", {"n": "Acme"}]


@pytest.mark.neo4j
def test_read_only_store_changes_nothing(neo4j_clean, monkeypatch):
    set_credentials(monkeypatch, neo4j_clean)
    with Neo4jStore(neo4j_clean.uri, read_only=True) as store:
        assert store.schema.entity_types  # the default schema
        with pytest.raises(ErgError, match="read-only"):
            store.upsert(small_doc())
        with pytest.raises(ErgError, match="read-only"):
            store.query("CREATE (:Person {id: 'x'})", write=True)
        assert store.query("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").rows == [[0]]
        assert counts(store) == (0, 0, 0, 0)


@pytest.mark.neo4j
def test_open_store_dispatches_neo4j_uris(neo4j_clean, monkeypatch):
    set_credentials(monkeypatch, neo4j_clean)
    for uri in (neo4j_clean.uri, neo4j_clean.uri.replace("bolt://", "neo4j://")):
        store = open_store(uri)
        try:
            assert isinstance(store, Neo4jStore) and store.uri == uri
            store.upsert(small_doc())
            assert counts(store) == (3, 2, 1, 1)
        finally:
            store.close()


@pytest.mark.neo4j
def test_cli_load_and_query_through_bolt(neo4j_clean, monkeypatch, erg):
    set_credentials(monkeypatch, neo4j_clean)
    uri = neo4j_clean.uri
    first = erg("load", str(EXAMPLES / "stargate.yaml"), "--quiet", store=uri)
    assert first.code == 0, first.err
    with Neo4jStore(uri) as store:
        loaded = counts(store)
    again = erg("load", str(EXAMPLES / "stargate.yaml"), "--quiet", store=uri)
    assert again.code == 0, again.err
    with Neo4jStore(uri) as store:
        assert counts(store) == loaded and loaded[1] > 0
    ran = erg("query", "MATCH (n) DETACH DELETE n", store=uri)
    assert ran.code == 2 and ran.err.startswith("error:") and "--write" in ran.err
    ran = erg("query", "MATCH (p:Person) RETURN count(p) AS n", "--format", "json", store=uri)
    assert ran.code == 0 and '"n"' in ran.out


@pytest.mark.neo4j
def test_push_and_pull_copy_the_graph_idempotently(
    neo4j_clean, monkeypatch, erg, example_store, tmp_path
):
    """`erg push` copies the embedded store into Neo4j, `erg pull` copies it back; reruns add
    nothing and the graph survives the round trip."""
    set_credentials(monkeypatch, neo4j_clean)
    uri = neo4j_clean.uri
    pushed = erg("push", "--to", uri, store=example_store)
    assert pushed.code == 0, pushed.err
    assert "14 entities created" in pushed.out and "21 relations created" in pushed.out
    again = erg("push", "--to", uri, store=example_store)
    assert again.code == 0 and "0 entities created" in again.out
    assert "0 relations created" in again.out and "0 evidence items added" in again.out
    pulled_path = tmp_path / "pulled"
    pulled = erg("pull", "--from", uri, store=pulled_path)
    assert pulled.code == 0, pulled.err
    with EmbeddedStore(example_store, read_only=True) as a, EmbeddedStore(pulled_path) as b:
        with Neo4jStore(uri, read_only=True) as n:
            graphs = [snapshot(s).to_dict() for s in (a, n, b)]

    def norm(data: dict) -> dict[str, list[str]]:
        return {k: sorted(json.dumps(v, sort_keys=True) for v in data[k]) for k in data}

    assert norm(graphs[0]) == norm(graphs[1]) == norm(graphs[2])


# -- failures inside a load ------------------------------------------------------------------
def _hook_relation_writes(store, monkeypatch, on_call):
    """Call `on_call(n)` before the n-th statement that writes relationships (through the
    store's public `before_statement` seam; `monkeypatch.undo()` removes it)."""
    calls = {"n": 0}

    def hook(cypher):
        if cypher.startswith("UNWIND") and (
            "CREATE (a)-[r:" in cypher or "MERGE (a)-[r:" in cypher
        ):
            calls["n"] += 1
            on_call(calls["n"])

    monkeypatch.setattr(store, "before_statement", hook)
    return calls


@pytest.mark.neo4j
def test_failure_mid_write_rolls_the_whole_load_back(neo4j_store, monkeypatch):
    neo4j_store.upsert(small_doc())
    before = counts(neo4j_store)

    def fail_second(n):
        if n == 2:
            raise RuntimeError("disk full (simulated)")

    calls = _hook_relation_writes(neo4j_store, monkeypatch, fail_second)
    with pytest.raises(RuntimeError, match="simulated"):
        neo4j_store.upsert(big_doc(people=20, orgs=20))
    monkeypatch.undo()
    assert calls["n"] == 2
    assert counts(neo4j_store) == before


@pytest.mark.neo4j
def test_an_entity_created_meanwhile_by_another_writer_restarts_the_load(neo4j_store, monkeypatch):
    """New entities are written with CREATE: one that another writer stored between this load's
    look-up and its write trips the uniqueness constraint; the load is rolled back and starts
    again from the look-up, and then merges into that entity."""
    neo4j_store.upsert(small_doc())
    doc = big_doc(people=3, orgs=3)
    doc.add_entity(Entity.named("Ann Lee", "Person", aliases=["Annie"]))
    real = neo4j_store.entity_types_by_id
    lookups = []

    def stale_once(ids):  # the first look-up misses Ann Lee, as if she were stored just after
        lookups.append(len(ids))
        return {} if len(lookups) == 1 else real(ids)

    monkeypatch.setattr(neo4j_store, "entity_types_by_id", stale_once)
    result = neo4j_store.upsert(doc)
    monkeypatch.undo()
    assert len(lookups) == 2
    assert (result.entities_created, result.entities_updated) == (6, 1)
    ann = {e.id: e for e in neo4j_store.entities()}["ann-lee"]
    assert sorted(ann.aliases) == ["Annie", "Lee"]
    assert counts(neo4j_store)[0] == 3 + 6


@pytest.mark.neo4j
def test_an_entity_deleted_meanwhile_by_another_writer_restarts_the_load(neo4j_store, monkeypatch):
    neo4j_store.upsert(small_doc())
    doc = small_doc("Acme hired Gus Poe.", "doc-2")
    doc.add_entity(Entity.named("Gus Poe", "Person"))
    doc.add_relation(Relation("gus-poe", "LEADS", "acme"))
    real = neo4j_store.entity_types_by_id
    lookups = []

    def deleted_once(ids):  # the first look-up sees Gus Poe, deleted before the write
        lookups.append(len(ids))
        found = real(ids)
        return {**found, "gus-poe": "Person"} if len(lookups) == 1 else found

    monkeypatch.setattr(neo4j_store, "entity_types_by_id", deleted_once)
    result = neo4j_store.upsert(doc)
    monkeypatch.undo()
    assert len(lookups) == 2
    assert (result.entities_created, result.relations_created) == (1, 1)
    assert edge_count(neo4j_store) == 3


@pytest.mark.neo4j
def test_an_entity_race_that_persists_fails_cleanly_and_writes_nothing(neo4j_store, monkeypatch):
    neo4j_store.upsert(small_doc())
    before = counts(neo4j_store)
    doc = big_doc(people=3, orgs=3)
    doc.add_entity(Entity.named("Ann Lee", "Person"))  # stored, but every look-up misses it
    monkeypatch.setattr(neo4j_store, "entity_types_by_id", lambda ids: {})
    with pytest.raises(StoreError, match="another load wrote the same entities") as info:
        neo4j_store.upsert(doc)
    assert "\n" not in str(info.value)
    monkeypatch.undo()
    assert counts(neo4j_store) == before


@pytest.mark.neo4j
def test_two_loads_adding_evidence_to_one_edge_at_once_keep_both(neo4j_store, monkeypatch):
    """Load A reads the stored edge, then waits; load B (another connection) adds evidence to
    the same edge. B must wait for A's commit and merge into it: no evidence is lost."""
    neo4j_store.upsert(small_doc())
    other = Neo4jStore(neo4j_store.uri)
    read, release = threading.Event(), threading.Event()

    def read_then_wait(cypher):  # A has read and locked what it merges; it waits to write
        if cypher.startswith("UNWIND") and "MERGE (a)-[r:" in cypher and not read.is_set():
            read.set()
            assert release.wait(30)

    monkeypatch.setattr(neo4j_store, "before_statement", read_then_wait)
    errors: list[BaseException] = []

    def load_a():
        try:
            neo4j_store.upsert(small_doc("Ann Lee set up Acme.", "doc-a"))
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    a = threading.Thread(target=load_a)
    a.start()
    try:
        assert read.wait(30)
        b_done = threading.Event()

        def load_b():
            try:
                other.upsert(small_doc("Acme's founder is Ann Lee.", "doc-b"))
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)
            b_done.set()

        b = threading.Thread(target=load_b)
        b.start()
        assert not b_done.wait(1.5)  # B waits for A's locks
        release.set()
        a.join(30)
        b.join(30)
    finally:
        release.set()
        other.close()
    assert not errors
    monkeypatch.undo()
    rel = {r.key: r for r in neo4j_store.relations()}[("ann-lee", "FOUNDED", "acme")]
    assert sorted(e.document for e in rel.evidence) == ["doc-1", "doc-a", "doc-b"]
    assert edge_count(neo4j_store) == 2


@pytest.mark.neo4j
def test_transient_errors_are_retried_by_the_managed_transaction(neo4j_store, monkeypatch):
    def drop_once(n):
        if n == 1:
            raise SessionExpired("connection dropped (simulated)")

    calls = _hook_relation_writes(neo4j_store, monkeypatch, drop_once)
    result = neo4j_store.upsert(small_doc())
    assert calls["n"] > 2  # the transaction function ran again from the start
    # Counted once, written once.
    assert (result.entities_created, result.relations_created, result.evidence_added) == (3, 2, 1)
    assert counts(neo4j_store) == (3, 2, 1, 1)
    assert edge_count(neo4j_store) == 2


@pytest.mark.neo4j
def test_injection_shaped_names_never_reach_the_server(neo4j_store, monkeypatch):
    neo4j_store.upsert(small_doc())

    def no_server(cypher):
        raise AssertionError(f"a statement reached the server: {cypher}")

    monkeypatch.setattr(neo4j_store, "before_statement", no_server)
    doc = small_doc()
    doc.add_relation(Relation("ann-lee", "FUNDS]->(x) DETACH DELETE x //", "acme"))
    with pytest.raises(ErgError, match="unknown relation type"):
        neo4j_store.upsert(doc)
    doc = small_doc()
    doc.add_entity(Entity("mallory", "Mallory", "Person`) DETACH DELETE n //"))
    with pytest.raises(ErgError, match="unknown entity type"):
        neo4j_store.upsert(doc)
    doc = small_doc()
    doc.add_entity(Entity("mallory", "Mallory", "person"))  # known, but not the label's spelling
    with pytest.raises(ErgError, match="invalid entity type 'person'"):
        neo4j_store.upsert(doc)
    monkeypatch.undo()
    assert counts(neo4j_store) == (3, 2, 1, 1)


# -- bad connections ---------------------------------------------------------------------------
def test_server_not_running_says_how_to_start_it(monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "whatever-password")
    uri = f"bolt://127.0.0.1:{neo4j_start.free_port()}"
    with pytest.raises(StoreError) as err:
        Neo4jStore(uri)
    message = str(err.value)
    assert message.startswith(f"cannot reach Neo4j at {uri}")
    assert "docker compose up -d" in message and "\n" not in message


def test_cli_reports_an_unreachable_server_on_one_line(monkeypatch, erg):
    uri = f"neo4j://127.0.0.1:{neo4j_start.free_port()}"
    ran = erg("stats", store=uri)
    assert ran.code == 2
    assert ran.err.startswith(f"error: cannot reach Neo4j at {uri}")
    assert ran.err.count("\n") == 1


def test_malformed_uri_is_a_store_error():
    with pytest.raises(StoreError, match="invalid Neo4j URI"):
        Neo4jStore("bolt://127.0.0.1:notaport")


@pytest.mark.neo4j
def test_wrong_password_is_refused(neo4j_server, monkeypatch):
    if neo4j_server.password is None:
        pytest.skip("this server has authentication disabled")
    set_credentials(monkeypatch, neo4j_server, NEO4J_PASSWORD=neo4j_server.password + "-wrong")
    with pytest.raises(StoreError) as err:
        Neo4jStore(neo4j_server.uri)
    assert str(err.value) == (
        f"Neo4j rejected the credentials for user {neo4j_server.user!r} at {neo4j_server.uri}; "
        "set NEO4J_USERNAME/NEO4J_PASSWORD"
    )
    set_credentials(monkeypatch, neo4j_server, NEO4J_PASSWORD=None)
    with pytest.raises(StoreError, match=r"NEO4J_PASSWORD is not set"):
        Neo4jStore(neo4j_server.uri)
    set_credentials(monkeypatch, neo4j_server, NEO4J_USERNAME="nobody")
    with pytest.raises(StoreError, match="rejected the credentials for user 'nobody'"):
        Neo4jStore(neo4j_server.uri)
    # Wrong attempts do not lock the right user out.
    set_credentials(monkeypatch, neo4j_server)
    Neo4jStore(neo4j_server.uri, read_only=True).close()


@pytest.mark.neo4j
def test_unknown_database_is_named(neo4j_server, monkeypatch):
    set_credentials(monkeypatch, neo4j_server, NEO4J_DATABASE="nosuchdb")
    with pytest.raises(StoreError) as err:
        Neo4jStore(neo4j_server.uri)
    assert "has no database 'nosuchdb'" in str(err.value)
    assert "NEO4J_DATABASE" in str(err.value)


# -- the server dies in the middle of a load ---------------------------------------------------
@pytest.mark.neo4j
def test_server_killed_mid_load_then_rerun_completes_without_duplicates(
    neo4j_server, tmp_path, monkeypatch
):
    """A separate server, killed (SIGKILL) while a load's transaction is open: the load fails
    with a clear message, nothing of it is committed, and after a restart on the same data a
    rerun completes with no duplicate nodes, edges or evidence."""
    if neo4j_server.process is None:
        pytest.skip("needs a server this test can kill (NEO4J_URI points at an external one)")
    monkeypatch.setattr(neo4j_module, "BATCH", 100)  # many statements per load
    home = tmp_path / "neo4j-home"
    password = "erg-killed-server"
    server = neo4j_start.start_server(password=password, home=home)
    try:
        set_credentials(monkeypatch, ServerInfo(server.uri, server.user, password))
        store = Neo4jStore(server.uri, retry_seconds=2)
        store.upsert(small_doc())
        before = counts(store)

        def kill_at_third(n):
            if n == 3:
                server.kill()

        calls = _hook_relation_writes(store, monkeypatch, kill_at_third)
        with pytest.raises(StoreError) as err:
            store.upsert(big_doc())
        store.close()
        assert calls["n"] >= 3
        assert str(err.value).startswith(f"lost the connection to Neo4j at {server.uri}")
        assert "rerun" in str(err.value)

        server = neo4j_start.start_server(password=password, home=home)
        set_credentials(monkeypatch, ServerInfo(server.uri, server.user, password))
        with Neo4jStore(server.uri) as store:
            assert counts(store) == before  # the interrupted load left nothing behind
            doc = big_doc()
            result = store.upsert(big_doc())
            assert result.relations_created == len(doc.relations)
            rerun = store.upsert(big_doc())
            assert (rerun.entities_created, rerun.relations_created, rerun.evidence_added) == (
                0,
                0,
                0,
            )
            assert counts(store) == (
                before[0] + len(doc.entities),
                before[1] + len(doc.relations),
                before[2] + sum(len(r.evidence) for r in doc.relations.values()),
                before[3] + 1,
            )
            assert edge_count(store) == before[1] + len(doc.relations)
            ids = store.query("MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id").rows
            assert len(ids) == len({i for (i,) in ids})
    finally:
        server.stop()


# -- the fixture's own rules -------------------------------------------------------------------
def test_without_java_or_maven_the_tests_skip_unless_required(monkeypatch, tmp_path):
    import neo4j_fixtures

    monkeypatch.setenv("PATH", str(tmp_path))  # no java, no mvn
    reason = neo4j_start.missing_tools()
    assert reason and "java" in reason
    monkeypatch.delenv("ERG_REQUIRE_NEO4J", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no Neo4j server"):
        neo4j_fixtures._unavailable(reason)
    monkeypatch.setenv("ERG_REQUIRE_NEO4J", "1")
    with pytest.raises(pytest.fail.Exception, match="ERG_REQUIRE_NEO4J=1"):
        neo4j_fixtures._unavailable(reason)
