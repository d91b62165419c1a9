"""The Neo4j-to-LadybugDB Cypher translation (graph/store/dialect.py) on its own.

tests/test_dialect_differential.py proves the answers against a real Neo4j server; these tests
pin down how queries are rewritten: only tokens, never text inside string literals or names.
"""

from __future__ import annotations

import json

import pytest

from graph.errors import ErgError
from graph.store.cypher_tokens import render, tree
from graph.store.dialect import Catalog, DialectError, hide_internal, translate

LABELS = Catalog(("Document", "Organization", "Person"))


def test_text_that_is_not_a_rewrite_target_is_printed_exactly_as_written():
    cypher = "MATCH (p:Person)  // who\n WHERE p.name = 'x' /* c */ RETURN p.name AS name"
    assert render(tree(cypher)) == cypher
    assert translate(cypher) == cypher


def test_string_literals_and_quoted_names_are_never_rewritten():
    cypher = (
        "MATCH (`n:Person`:Person) WHERE `n:Person`.name = 'substring(s, 0, 1) n:Person x[0]' "
        'AND `n:Person`.id <> "exists((a)-->()) split(a, b)" RETURN `n:Person`.id AS id'
    )
    out = translate(cypher, LABELS)
    assert "'substring(s, 0, 1) n:Person x[0]'" in out
    assert '"exists((a)-->()) split(a, b)"' in out
    assert "label(" not in out and "EXISTS" not in out


@pytest.mark.parametrize(
    ("neo4j", "ladybug"),
    [
        ("RETURN substring('abc', 0, 2) AS s", "substring('abc', 1, 2)"),
        ("RETURN substring($s, $i) AS s", "substring($s, ($i) + 1, 2147483647)"),
        ("MATCH ()-[r]->() RETURN r.evidence[0] AS e", "(r.evidence[1])"),
        ("MATCH ()-[r]->() RETURN r.evidence[-1] AS e", "(r.evidence[-1])"),
        ("RETURN [1, 2, 3][1..] AS l", "([1, 2, 3][2:2147483647])"),
        ("RETURN [1, 2, 3][..-1] AS l", "([1, 2, 3][1:-2])"),
        ("MATCH (n:Person) RETURN labels(n) AS l", "[label(n)]"),
        ("MATCH (n) WHERE n:Person OR n:Organization RETURN n", "(label(n) = 'Person') OR"),
        (
            "MATCH (n) WHERE n:Person|Organization RETURN n",
            "label(n) IN ['Person', 'Organization']",
        ),
        ("MATCH (n:Person|Organization) RETURN n", "(n:Person:Organization)"),
        ("MATCH (n) RETURN count(n)", "(n:Document:Organization:Person)"),
        ("MATCH (p) WHERE exists((p)-[:FUNDS]->()) RETURN p", "EXISTS { MATCH (p)-[:FUNDS]->() }"),
        ("MATCH (p) WHERE NOT (p)-->() RETURN p", "NOT EXISTS { MATCH (p)-[]->() }"),
        ("MATCH (p) RETURN COUNT { (p)--() } AS n", "THEN COUNT { MATCH (p)-[]-() } ELSE 0"),
        ("MATCH p = shortestPath((a)-[*..4]-(b)) RETURN p", "(a)-[* SHORTEST 1..4]-(b)"),
        ("MATCH p = allShortestPaths((a)-[:X*]-(b)) RETURN p", "[:X* ALL SHORTEST 1..30]"),
        ("MATCH (a)-[*2]-(b) RETURN b", "[_r1* TRAIL 2..2]"),
        ("RETURN [x IN [1, 2] WHERE x > 1 | x * 2] AS l", "list_transform(list_filter("),
        ("MATCH p = (a)-->(b) RETURN [n IN nodes(p) | n.name] AS l", "list_transform(nodes(p)"),
        ("MATCH (a)-[r]->(b) RETURN startNode(r).name AS s", "RETURN a.name AS s"),
        ("MATCH (a)<-[r]-(b) RETURN startNode(r).name AS s", "RETURN b.name AS s"),
        ("RETURN split('a b', ' ') AS p", "string_split("),
        ("RETURN reduce(a = 0, x IN [1] | a + x) AS t", "list_reduce(list_concat([0], [1])"),
        ("UNWIND [2, 1] AS x WITH x ORDER BY x RETURN x", "ORDER BY x SKIP 0 RETURN"),
        ("MATCH (a:Person) RETURN a.name AS a ORDER BY a", "WITH a.name AS a RETURN `a`"),
        ("MATCH (a)-[r1]-(b)-[r2]-(c) RETURN c", "WHERE id(r1) <> id(r2)"),
        ("MATCH (n:Person) RETURN n.name, count(*)", "count(*) AS `count(*)`"),
        ("RETURN toString(1.5) AS s, toString(true) AS b", "'1.5' AS s, lower(cast(true"),
        ("RETURN round(-2.5) AS r", "floor((-2.5) + 0.5)"),
        ("MATCH (n:Person) RETURN n['name'] AS x", "n.`name`"),
    ],
)
def test_neo4j_constructs_are_rewritten(neo4j: str, ladybug: str):
    assert ladybug in translate(neo4j, LABELS)


@pytest.mark.parametrize(
    ("neo4j", "names"),
    [
        ("MATCH (n:Person:Organization) RETURN n", "write (n:Person|Organization)"),
        ("MATCH (p:Person) RETURN p {.name} AS m", "map projection p {...}"),
        ("MATCH (p) RETURN [(p)-->(x) | x.name] AS l", "pattern comprehensions"),
        ("MATCH (p) CALL { WITH p RETURN 1 AS one } RETURN one", "CALL { ... } subqueries"),
        ("MATCH (p) RETURN COLLECT { MATCH (p)-->(x) RETURN x } AS l", "COLLECT { }"),
        ("MATCH (a)-[r]-(b) RETURN startNode(r) AS s", "startNode(r) needs r matched with a"),
        ("MATCH (a)-[r]->(b) RETURN stDev(r.confidence) AS s", "stDev()"),
        ("MATCH (n) RETURN properties(n) AS p", "properties(x)"),
        ("MATCH (n) WITH n ORDER BY n.id RETURN collect(n.id) AS ids", "collect() does not keep"),
        ("MATCH (a)-[*1..2 {x: 1}]-(b) RETURN b", "property maps on variable-length"),
        ("MATCH (a)-[*..40]-(b) RETURN b", "up to 30 hops"),
        ("RETURN shortestPath((a)-[*]-(b)) AS p", "shortestPath() only works as MATCH"),
        ("MATCH ((a)-->(b)){1,3} RETURN b", "quantified path patterns"),
        ("MATCH (p:Person) WITH p.aliases AS xs RETURN reverse(xs) AS r", "a list from a text"),
    ],
)
def test_what_has_no_faithful_translation_is_refused_in_one_line(neo4j: str, names: str):
    with pytest.raises(DialectError) as info:
        translate(neo4j, LABELS)
    message = str(info.value)
    assert names in message and "\n" not in message and "embedded store" in message


def test_broken_queries_are_one_line_errors_not_tracebacks():
    for broken in ("MATCH (n RETURN n", "RETURN 'open", "MATCH (n)) RETURN n"):
        with pytest.raises(ErgError):
            translate(broken)


def test_neo4j_lone_node_patterns_never_match_the_internal_node():
    assert hide_internal("MATCH (n) RETURN count(n)") == "MATCH (n:!ErgMeta) RETURN count(n)"
    assert hide_internal("MATCH (n {id: $x}) RETURN n") == "MATCH (n:!ErgMeta {id: $x}) RETURN n"
    for unchanged in (
        "MATCH (a)-->(b) RETURN a",
        "MATCH (n:Person) RETURN n",
        "RETURN '(n)' AS s",
        "MATCH (n:Person) WHERE size(n.aliases) > 0 RETURN n",
    ):
        assert hide_internal(unchanged) == unchanged


def test_the_embedded_store_hides_its_bookkeeping(example_store, embedded):
    counts = embedded.query("MATCH (n) RETURN count(n) AS c").rows[0][0]
    entities = embedded.query("MATCH (n) WHERE NOT n:Document RETURN count(n) AS c").rows[0][0]
    assert (counts, entities) == (15, 14)  # 14 entities and the article, no ErgMeta
    person = embedded.query("MATCH (n:Person {id: 'elon-musk'}) RETURN n AS n").rows[0][0]
    assert "props" not in person and None not in person.values()  # null means absent
    keys = embedded.query("MATCH (n:Person {id: 'elon-musk'}) RETURN keys(n) AS k").rows[0][0]
    assert sorted(keys) == ["aliases", "documents", "id", "name"]


def test_explain_dialect_prints_the_translated_query_without_running_it(example_store, erg):
    ran = erg("query", "--explain-dialect", "MATCH (n) WHERE n:Person RETURN n.aliases[0] AS a")
    assert ran.code == 0, ran.err
    assert "(label(n) = 'Person')" in ran.out and "(n.aliases[1])" in ran.out
    assert "ErgMeta" not in ran.out
    refused = erg("query", "--explain-dialect", "MATCH (p:Person) RETURN p {.name} AS m")
    assert refused.code == 2 and refused.err.startswith("error: map projection")
    ran = erg("query", "MATCH (n) WHERE n:Person RETURN n.aliases[0] AS a", "--format", "json")
    assert sorted(r["a"] for r in json.loads(ran.out)) == [
        "Altman", "Ellison", "Musk", "Nadella", "Trump",
    ]  # fmt: skip


def test_return_star_lists_the_analysts_variables_only():
    out = translate("MATCH (a)-[:X]->(b)<-[:X]-(c) RETURN *", LABELS)
    assert out.endswith("RETURN a, b, c") and "_r1" in out  # named for the uniqueness test
    assert translate("MATCH (a)-->(b) WITH a, b.name AS n RETURN *").endswith("RETURN a, n")
