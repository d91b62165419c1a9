"""Read-only really is: without --write a query reads the store and nothing else.

The checks run on tokens (graph/store/cypher_text.py); each refusal below is also shown to
matter on the real database (a file read, a file written, a transaction ended) and every
bypass tried (comments, case, whitespace, subqueries, CALL, EXPLAIN, several statements) is
refused, while queries that only look alike (a variable named `load`, a string) still run.
"""

from __future__ import annotations

import json

import pytest
from test_store import small_doc

from graph.errors import ErgError
from graph.store.cypher_text import split_statements, tokenize
from graph.store.query_guard import check_embedded_query, check_neo4j_query

OUTSIDE = [
    "LOAD FROM '{csv}' RETURN *",
    "load from '{csv}' return *",
    "LOAD/* hidden */FROM '{csv}' RETURN *",
    "LOAD\n\tFROM '{csv}' RETURN *",
    "LOAD // a comment\nFROM '{csv}' RETURN *",
    "LOAD WITH HEADERS (a STRING, b STRING) FROM '{csv}' RETURN *",
    "MATCH (p:Person) LOAD FROM '{csv}' RETURN p.name",
    "RETURN 1 AS x; LOAD FROM '{csv}' RETURN *",
    "COPY (MATCH (p:Person) RETURN p.name) TO '{out}'",
    "EXPLAIN COPY (MATCH (p:Person) RETURN p.name) TO '{out}'",
    "PROFILE COPY (MATCH (p:Person) RETURN p.name) TO '{out}'",
    "EXPORT DATABASE '{dir}'",
    "EXPLAIN EXPORT DATABASE '{dir}'",
    "IMPORT DATABASE '{dir}'",
    "INSTALL httpfs",
    "LOAD EXTENSION '{dir}/ext.so'",
    "LOAD httpfs",
    "UNINSTALL httpfs",
    "ATTACH '{dir}/other.lbug' AS other (dbtype lbug)",
    "USE other",
    "CALL read_csv_parallel('{csv}') RETURN *",
    "CALL READ_CSV_SERIAL('{csv}') RETURN *",
    "CALL `read_parquet`('{csv}') RETURN *",
    "MATCH (p:Person) CALL read_npy('{csv}') RETURN *",
    "CALL home_directory = '{dir}'",
    "CALL file_search_path='{dir}'",
    "CALL timeout = 0",
    "CHECKPOINT",
]
TRANSACTION_CONTROL = [
    "COMMIT; CREATE (:Person {id: 'mallory', name: 'Mallory'})",
    "MATCH (p) RETURN p; COMMIT",
    "ROLLBACK",
    "BEGIN TRANSACTION",
]
LOOK_ALIKES = [
    "MATCH (load:Person) RETURN load.name AS n",
    "MATCH (copy:Person) RETURN copy.name AS n",
    "RETURN 'LOAD FROM x; COPY y TO z; INSTALL httpfs' AS n",
    'RETURN "it\\"s; LOAD FROM \'/etc/passwd\'" AS n',
    "// LOAD FROM '/etc/passwd'\nMATCH (p:Person) RETURN p.name AS n",
    "/* COPY (RETURN 1) TO 'x' */ MATCH (p:Person) RETURN p.name AS n",
    "MATCH (p:Person) RETURN p.name AS `load`",
    "MATCH (p:Person) RETURN p.name AS export",
    "CALL show_tables() RETURN name",
    "CALL table_info('Person') RETURN *",
    "EXPLAIN MATCH (p:Person) RETURN p.name",
]


def test_tokens_never_take_strings_or_comments_for_keywords():
    words = [t.word for t in tokenize("RETURN 'LOAD FROM' /* COPY */ AS `load` // INSTALL")]
    assert words == ["RETURN", "", "AS", "LOAD"]
    assert [t.kind for t in tokenize("RETURN 'a\\'b', `x``y`")] == [
        "word",
        "string",
        "punct",
        "name",
    ]
    assert split_statements("RETURN ';'; /* ; */ RETURN 2 // ;") == [
        "RETURN ';'",
        "/* ; */ RETURN 2 // ;",
    ]
    for broken in ("RETURN 'open", "RETURN `open", "RETURN 1 /* open"):
        with pytest.raises(ErgError, match="not closed"):
            tokenize(broken)


@pytest.mark.parametrize("cypher", OUTSIDE)
def test_embedded_refusals(cypher):
    text = cypher.format(csv="/tmp/x.csv", out="/tmp/x.csv", dir="/tmp/x")
    with pytest.raises(ErgError, match="read-only queries cannot"):
        check_embedded_query(text, write=False)


@pytest.mark.parametrize("cypher", LOOK_ALIKES)
def test_embedded_look_alikes_run(cypher):
    check_embedded_query(cypher, write=False)


def test_write_allows_files_but_never_transaction_control():
    check_embedded_query("COPY (MATCH (p:Person) RETURN p.name) TO '/tmp/x.csv'", write=True)
    for cypher in TRANSACTION_CONTROL:
        with pytest.raises(ErgError, match="is not allowed"):
            check_embedded_query(cypher, write=True)


@pytest.fixture
def files(tmp_path):
    csv = tmp_path / "secret.csv"
    csv.write_text("a,b\nsecret,42\n")
    return {"csv": str(csv), "out": str(tmp_path / "out.csv"), "dir": str(tmp_path / "dump")}


@pytest.mark.parametrize("cypher", OUTSIDE)
def test_read_only_erg_query_touches_no_file(example_store, erg, files, tmp_path, cypher):
    """The real command: refused with one line (exit 2), nothing read, nothing written."""
    before = sorted(p.name for p in tmp_path.iterdir())
    ran = erg("query", cypher.format(**files), "--format", "json")
    assert ran.code == 2
    lines = ran.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: read-only queries cannot")
    assert "secret" not in ran.out
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_with_write_the_analyst_may_export(example_store, erg, files):
    out = files["out"]
    ran = erg("query", "--write", f"COPY (MATCH (p:Person) RETURN p.id) TO '{out}'")
    assert ran.code == 0, ran.err
    assert "elon-musk" in open(out).read()


def test_commit_cannot_end_the_read_only_transaction(embedded):
    """On a store open for writing (a notebook), `COMMIT; CREATE ...` without write=True used
    to end the READ ONLY transaction and write."""
    embedded.upsert(small_doc())
    with pytest.raises(ErgError, match="COMMIT is not allowed"):
        embedded.query("COMMIT; CREATE (:Person {id: 'mallory', name: 'Mallory'})")
    rows = embedded.query("MATCH (p:Person) RETURN p.id ORDER BY p.id").rows
    assert rows == [["ann-lee"]]


# -- Neo4j ------------------------------------------------------------------------------------
NEO4J_ADMIN = [
    "TERMINATE TRANSACTIONS 'neo4j-transaction-999999'",
    "terminate transaction 'neo4j-transaction-999999'",
    "SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t",
    "CALL dbms.killConnections(['bolt-999999'])",
    "CALL dbms.killConnection('bolt-999999')",
    "CALL /* x */ dbms . killConnections(['bolt-999999'])",
    "CALL `dbms`.`killConnections`(['bolt-999999'])",
    "CALL db.clearQueryCaches()",
    "CYPHER 5 CALL dbms.killConnections(['bolt-999999'])",
    "EXPLAIN TERMINATE TRANSACTIONS 'neo4j-transaction-999999'",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "MATCH (n) WITH n LIMIT 1 LOAD CSV FROM 'https://example.org/x.csv' AS row RETURN row",
    "GRANT ROLE admin TO neo4j",
    "STOP DATABASE neo4j",
]


@pytest.mark.parametrize("cypher", NEO4J_ADMIN)
def test_neo4j_read_sessions_refuse_administration(cypher):
    with pytest.raises(ErgError, match="read-only queries cannot"):
        check_neo4j_query(cypher, write=False)
    check_neo4j_query(cypher, write=True)


@pytest.mark.parametrize(
    "cypher",
    [
        "SHOW TRANSACTIONS",
        "SHOW INDEXES",
        "CALL dbms.components() YIELD name RETURN name",
        "CALL db.labels() YIELD label RETURN label",
        "MATCH (terminate) RETURN terminate.name",
        "RETURN 'TERMINATE TRANSACTIONS' AS t",
    ],
)
def test_neo4j_read_sessions_allow_reading(cypher):
    check_neo4j_query(cypher, write=False)


@pytest.mark.neo4j
def test_a_read_only_query_cannot_end_another_users_transaction(neo4j_clean, neo4j_store):
    """On the real server: a READ session ran TERMINATE TRANSACTIONS on another session's open
    transaction. Now it is refused; SHOW TRANSACTIONS still reads; --write terminates."""
    from neo4j import GraphDatabase

    neo4j_store.upsert(small_doc())
    with (
        GraphDatabase.driver(neo4j_clean.uri, auth=neo4j_clean.auth) as driver,  # another user
        driver.session(database=neo4j_clean.database) as other,
    ):
        tx = other.begin_transaction()
        tx.run("MATCH (p:Person) RETURN count(p)").consume()
        shown = neo4j_store.query(
            "SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery AS q "
            "WHERE NOT q STARTS WITH 'SHOW TRANSACTIONS' RETURN id"
        ).rows
        assert len(shown) == 1
        target = shown[0][0]
        for cypher in (
            "TERMINATE TRANSACTIONS $id",
            "CALL dbms.killConnections([])",
        ):
            with pytest.raises(ErgError, match="read-only queries cannot run"):
                neo4j_store.query(cypher, {"id": target})
        assert tx.run("RETURN 1 AS still_open").single()[0] == 1
        rows = neo4j_store.query("TERMINATE TRANSACTIONS $id", {"id": target}, write=True).rows
        assert rows and rows[0][-1] == "Transaction terminated."
        tx.close()


@pytest.mark.neo4j
def test_neo4j_load_csv_is_refused_without_write(neo4j_store):
    with pytest.raises(ErgError, match="LOAD CSV"):
        neo4j_store.query("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 1")


@pytest.mark.neo4j
def test_neo4j_multi_statement_write_is_all_or_nothing(neo4j_store):
    neo4j_store.upsert(small_doc())
    with pytest.raises(ErgError, match="query failed"):
        neo4j_store.query(
            "MATCH (p:Person {id: 'ann-lee'}) SET p.name = 'Changed'; "
            "CREATE (:Person {id: 'ann-lee'})",  # the uniqueness constraint refuses it
            write=True,
        )
    assert neo4j_store.query("MATCH (p:Person) RETURN p.name").rows == [["Ann Lee"]]
    rows = neo4j_store.query(
        "MATCH (p:Person {id: 'ann-lee'}) SET p.name = 'A'; "
        "MATCH (p:Person {id: 'ann-lee'}) SET p.name = p.name + 'B' RETURN p.name AS n",
        write=True,
    ).rows
    assert rows == [["AB"]]


@pytest.mark.neo4j
def test_neo4j_unbounded_query_stops_at_its_timeout(neo4j_store):
    from test_faults import ring

    neo4j_store.upsert(ring(40))
    with pytest.raises(ErgError, match="stopped after 1 s"):
        neo4j_store.query("MATCH p = (a)-[*]-(b) RETURN count(p) AS n", timeout=1)
    rows = neo4j_store.query("MATCH (o:Organization) RETURN count(o) AS n", timeout=1).rows
    assert rows == [[40]]


@pytest.mark.neo4j
def test_neo4j_bad_values_are_read_past(neo4j_store):
    neo4j_store.upsert(small_doc())
    neo4j_store.query("MATCH (p:Person) SET p.props = '{', p.aliases = 7", write=True)
    people = [e for e in neo4j_store.entities() if e.type == "Person"]
    assert people[0].properties == {"unparsed": "{"} and people[0].aliases == ["7"]
    assert any("props is not a JSON object" in w for w in neo4j_store.warnings)
    neo4j_store.upsert(small_doc("Ann started Acme.", "doc-2"))  # a merge still works
    assert json.loads(neo4j_store.query("MATCH (p:Person) RETURN p.props AS p").rows[0][0]) == {
        "unparsed": "{"
    }
