"""Neo4j load speed: erg's writer against neo4j-graphrag's Neo4jWriter and a naive loop.

Loads the same synthetic graph (`synthetic.synthetic_graph`: 10k entities over five types,
100k relations with one evidence sentence each, 100 documents) into the same Neo4j server three
ways, wiping the database (data, constraints, indexes) before each load:

1. erg: `Neo4jStore(uri)` (its constraints) and `.upsert(doc)` of the whole GraphDocument, one
   transaction of `UNWIND` batches.
2. neo4j-graphrag: `Neo4jWriter(driver)` (default batch 1000, default `clean_db=True`) and
   `await writer.run(graph)`: its `_db_setup` index on `__tmp_internal_id`, one auto-retried
   transaction per batch of nodes (`CREATE`) and relationships (`apoc.merge.relationship`), then
   the cleanup of the temporary ids. The index is created and brought online before the clock
   starts; building the `Neo4jGraph` from the GraphDocument is timed separately, not counted.
3. naive: the same uniqueness constraints as erg, then one `MERGE` per node and one
   `MATCH`/`MATCH`/`MERGE` per relation, each a parameterised statement, in one session and one
   explicit transaction (`tx`) and, as `session.run` does by default, one auto-commit
   transaction per statement (`autocommit`); both are run unless `--naive-mode` picks one.
   Only the first `--naive-relations` relations are written (all nodes always are); the
   relations' time is extrapolated linearly to the full count, which is generous to the naive
   loop (later relations meet denser nodes).

Every writer stores the same values: entities with id, name, aliases, documents and props;
relations with evidence, sources, extractors, confidence, evidence_json, date, amount and props;
documents with id, title, source and date. After each load the node and relationship counts
(and that every relationship has its evidence) are checked. A warm-up load of a graph of the
same size (another seed) by all three writers comes first, so the server's JIT compilation does
not penalize whichever writer goes first. Then `--rounds` rounds (3 by default) each load once
with erg and once with neo4j-graphrag, the first round erg first, the next neo4j-graphrag
first, and so on; the naive loop runs once, after the middle round. The ratios use the mean
rows/s, with the range over the runs.

    python benchmarks/neo4j_load.py [--entities 10000] [--relations 100000] [--rounds 3]
        [--naive-relations 20000] [--naive-mode both|tx|autocommit] [--uri bolt://...]

Without `--uri` it starts Neo4j 5.26 with APOC and the full (C2) JIT from the Maven jars
(tests/neo4j_server/start.py; `--heap 2g --pagecache 512m` by default, the heap allocated in full
at the start as Neo4j's memory guide recommends) and stops it at the
end; with `--uri` it uses that server with `NEO4J_USERNAME`/`NEO4J_PASSWORD`/`NEO4J_DATABASE`
(APOC must be installed) and **wipes** it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from neo4j import GraphDatabase  # noqa: E402
from synthetic import synthetic_graph  # noqa: E402

from graph.model import GraphDocument  # noqa: E402
from graph.store.base import entity_row, relation_row  # noqa: E402
from graph.store.neo4j import Neo4jStore  # noqa: E402

NODE_PROPS = ("id", "name", "aliases", "documents", "props")
WARM_NAIVE_RELATIONS = 5_000  # the naive loop's warm-up: enough to compile its two statements


@dataclass
class Run:
    writer: str
    how: str
    rows: int  # entities + relations the rows/s figure is for
    seconds: float  # measured, or extrapolated to `rows`
    measured: str  # what was actually written and timed
    check: str

    @property
    def rate(self) -> float:
        return self.rows / self.seconds


class Bench:
    def __init__(self, uri: str, user: str, password: str | None, database: str):
        self.uri, self.database = uri, database
        self.auth = (user, password) if password is not None else None
        self.driver = GraphDatabase.driver(uri, auth=self.auth, notifications_min_severity="OFF")

    def close(self) -> None:
        self.driver.close()

    def session(self):
        return self.driver.session(database=self.database)

    # -- between runs ---------------------------------------------------------------------------
    def wipe(self) -> None:
        """Empty the database: data, constraints and indexes (lookup indexes stay)."""
        with self.session() as session:
            session.run(
                "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
            ).consume()
            for record in session.run("SHOW CONSTRAINTS YIELD name").data():
                session.run(f"DROP CONSTRAINT `{record['name']}` IF EXISTS").consume()
            for record in session.run(
                "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"
            ).data():
                session.run(f"DROP INDEX `{record['name']}` IF EXISTS").consume()
            try:  # flush the deletions now rather than during the next timed load
                session.run("CALL db.checkpoint()").consume()
            except Exception:  # noqa: BLE001 - not allowed on every server; only a nicety
                pass
            counts = self.counts()
            assert counts == (0, 0), f"database not empty after the wipe: {counts}"

    def counts(self) -> tuple[int, int]:
        with self.session() as session:
            nodes = session.run("MATCH (n) RETURN count(n) AS c").single()["c"]
            rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]
        return nodes, rels

    def verify(self, nodes: int, rels: int) -> str:
        got = self.counts()
        with self.session() as session:
            with_evidence = session.run(
                "MATCH ()-[r]->() WHERE r.evidence IS NOT NULL AND r.evidence_json IS NOT NULL "
                "RETURN count(r) AS c"
            ).single()["c"]
            named = session.run(
                "MATCH (n) WHERE n.id IS NOT NULL AND (n.name IS NOT NULL OR n:Document) "
                "RETURN count(n) AS c"
            ).single()["c"]
        if got != (nodes, rels) or with_evidence != rels or named != nodes:
            raise SystemExit(
                f"verification failed: expected {nodes} nodes and {rels} relationships, found "
                f"{got[0]} nodes ({named} with id and name) and {got[1]} relationships "
                f"({with_evidence} with evidence)"
            )
        return f"ok {nodes:,} n / {rels:,} r"

    # -- the three writers ----------------------------------------------------------------------
    def erg(self, doc: GraphDocument) -> float:
        start = time.perf_counter()
        store = Neo4jStore(self.uri)  # creates its uniqueness constraints
        try:
            store.upsert(doc)
        finally:
            store.close()
        return time.perf_counter() - start

    def graphrag(self, graph) -> float:
        from neo4j_graphrag.components.kg_writer import Neo4jWriter

        # Its _db_setup creates this index inside run(); made and brought online beforehand so
        # its relationship batches never plan against a still-populating index.
        with self.session() as session:
            session.run(
                "CREATE INDEX __entity__tmp_internal_id IF NOT EXISTS "
                "FOR (n:__KGBuilder__) ON (n.__tmp_internal_id)"
            ).consume()
            session.run("CALL db.awaitIndexes(300)").consume()
        start = time.perf_counter()
        writer = Neo4jWriter(self.driver, neo4j_database=self.database)  # batch 1000, clean_db
        result = asyncio.run(writer.run(graph))
        took = time.perf_counter() - start
        if result.status != "SUCCESS":
            raise SystemExit(f"neo4j-graphrag's writer failed: {result.metadata}")
        return took

    def naive(self, plan: NaivePlan, n_relations: int, mode: str) -> tuple[float, float]:
        """Seconds for the nodes and for the first `n_relations` relations."""
        with self.session() as session:
            start = time.perf_counter()
            with session.begin_transaction() as tx:  # constraints: their own transaction
                for statement in plan.constraints:
                    tx.run(statement).consume()
                tx.commit()
            if mode == "tx":
                tx = session.begin_transaction()
                run: Callable = tx.run
            else:
                tx, run = None, session.run
            for cypher, params in plan.nodes:
                run(cypher, params).consume()
            node_time = time.perf_counter() - start
            for cypher, params in plan.relations[:n_relations]:
                run(cypher, params).consume()
            if tx is not None:
                tx.commit()
                tx.close()
            return node_time, time.perf_counter() - start - node_time


@dataclass
class NaivePlan:
    constraints: list[str]
    nodes: list[tuple[str, dict]]
    relations: list[tuple[str, dict]]


def naive_plan(doc: GraphDocument) -> NaivePlan:
    labels = sorted({e.type for e in doc.entities.values()})
    constraints = [
        f"CREATE CONSTRAINT naive_{label}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in [*labels, "Document"]
    ]
    nodes = [
        (
            f"MERGE (n:{e.type} {{id: $id}}) SET n.name = $name, n.aliases = $aliases, "
            "n.documents = $documents, n.props = $props",
            entity_row(e),
        )
        for e in doc.entities.values()
    ]
    nodes += [
        (
            "MERGE (d:Document {id: $id}) SET d.title = $title, d.source = $source, d.date = $date",
            d.to_dict(),
        )
        for d in doc.documents.values()
    ]
    types = {e.id: e.type for e in doc.entities.values()}
    relations = []
    for r in doc.relations.values():
        row = relation_row(r)
        relations.append(
            (
                f"MATCH (a:{types[r.source]} {{id: $s}}) MATCH (b:{types[r.target]} {{id: $t}}) "
                f"MERGE (a)-[r:{r.type}]->(b) SET r.evidence = $evidence, r.sources = $sources, "
                "r.extractors = $extractors, r.confidence = $confidence, "
                "r.evidence_json = $evidence_json, r.date = $date, r.amount = $amount, "
                "r.props = $props",
                row,
            )
        )
    return NaivePlan(constraints, nodes, relations)


def graphrag_graph(doc: GraphDocument):
    """The GraphDocument as neo4j-graphrag's Neo4jGraph, with the same property values."""
    from neo4j_graphrag.components.types import Neo4jGraph, Neo4jNode, Neo4jRelationship

    def stored(row: dict) -> dict:  # Neo4j keeps no null property; its models refuse None
        return {k: v for k, v in row.items() if v is not None}

    nodes = [
        Neo4jNode(id=e.id, label=e.type, properties=stored(entity_row(e)))
        for e in doc.entities.values()
    ]
    nodes += [
        Neo4jNode(id=d.id, label="Document", properties=d.to_dict()) for d in doc.documents.values()
    ]
    relationships = []
    for r in doc.relations.values():
        props = stored(relation_row(r))
        del props["s"], props["t"]
        relationships.append(
            Neo4jRelationship(
                start_node_id=r.source, end_node_id=r.target, type=r.type, properties=props
            )
        )
    return Neo4jGraph(nodes=nodes, relationships=relationships)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=10_000)
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument(
        "--naive-relations",
        type=int,
        default=20_000,
        help="relations the naive loop writes (its rate is extrapolated); 0 = all",
    )
    parser.add_argument("--naive-mode", choices=("both", "tx", "autocommit"), default="both")
    parser.add_argument("--uri", help="an existing server (NEO4J_* env), which is WIPED")
    parser.add_argument("--heap", default="2g", help="heap of the started server")
    parser.add_argument("--pagecache", default="512m", help="page cache of the started server")
    parser.add_argument(
        "--rounds", type=int, default=3, help="timed loads by erg and by neo4j-graphrag, each"
    )
    parser.add_argument("--warmup-entities", type=int, default=10_000)
    parser.add_argument("--warmup-relations", type=int, default=100_000)
    args = parser.parse_args()

    started = time.perf_counter()
    doc = synthetic_graph(args.entities, args.relations)
    warm = synthetic_graph(args.warmup_entities, args.warmup_relations, seed=11)
    n_ent, n_rel, n_doc = len(doc.entities), len(doc.relations), len(doc.documents)
    rows = n_ent + n_rel
    print(
        f"graph: {n_ent:,} entities + {n_rel:,} relations (one evidence sentence each) "
        f"+ {n_doc} documents, built in {time.perf_counter() - started:.1f} s"
    )

    server = None
    if args.uri:
        uri = args.uri
        user = os.environ.get("NEO4J_USERNAME") or "neo4j"
        password = os.environ.get("NEO4J_PASSWORD")
        database = os.environ.get("NEO4J_DATABASE") or "neo4j"
    else:
        sys.path.insert(0, str(ROOT / "tests" / "neo4j_server"))
        from start import start_server

        t0 = time.perf_counter()
        # The heap starts at its maximum, as Neo4j's memory guide recommends for a server.
        server = start_server(
            apoc=True,
            fast_start=False,
            heap=args.heap,
            heap_initial=args.heap,
            pagecache=args.pagecache,
        )
        uri, user, password, database = server.uri, server.user, server.password, "neo4j"
        print(
            f"server: Neo4j 5.26 + APOC, full JIT, heap {args.heap} (initial = max), page cache "
            f"{args.pagecache}, at {uri}, started in {time.perf_counter() - t0:.0f} s"
        )
    os.environ["NEO4J_USERNAME"] = user
    os.environ["NEO4J_DATABASE"] = database
    if password is not None:
        os.environ["NEO4J_PASSWORD"] = password

    bench = Bench(uri, user, password, database)
    try:
        t0 = time.perf_counter()
        warm_graph, warm_plan = graphrag_graph(warm), naive_plan(warm)
        warm_naive = min(WARM_NAIVE_RELATIONS, len(warm.relations))
        for step, written in (
            (lambda: bench.erg(warm), len(warm.relations)),
            (lambda: bench.graphrag(warm_graph), len(warm.relations)),
            (lambda: bench.naive(warm_plan, warm_naive, "tx"), warm_naive),
        ):
            bench.wipe()
            step()
            bench.verify(len(warm.entities) + len(warm.documents), written)
        print(
            f"warm-up: {len(warm.entities):,} entities + {len(warm.relations):,} relations by "
            f"erg and neo4j-graphrag ({warm_naive:,} relations by the naive loop), "
            f"{time.perf_counter() - t0:.1f} s"
        )

        t0 = time.perf_counter()
        graph = graphrag_graph(doc)
        convert = time.perf_counter() - t0
        plan = naive_plan(doc)
        naive_rels = min(args.naive_relations or n_rel, n_rel)

        runs: list[Run] = []
        whole = f"{n_ent:,} e + {n_rel:,} r"

        def erg_run(label: str) -> None:
            bench.wipe()
            took = bench.erg(doc)
            check = bench.verify(n_ent + n_doc, n_rel)
            runs.append(Run(label, "1 transaction, UNWIND batches", rows, took, whole, check))
            print(f"  {label}: {took:.2f} s")

        batches = -(-(n_ent + n_doc) // 1000) + -(-n_rel // 1000)

        def graphrag_run(label: str) -> None:
            bench.wipe()
            took = bench.graphrag(graph)
            check = bench.verify(n_ent + n_doc, n_rel)
            how = f"Neo4jWriter batch 1000 ({batches} tx) + clean"
            runs.append(Run(label, how, rows, took, whole, check))
            print(f"  {label}: {took:.2f} s")

        def naive_run(mode: str) -> None:
            bench.wipe()
            node_time, rel_time = bench.naive(plan, naive_rels, mode)
            check = bench.verify(n_ent + n_doc, naive_rels)
            extrapolated = node_time + rel_time * n_rel / naive_rels
            how = "1 transaction" if mode == "tx" else "auto-commit per statement"
            measured = f"{n_ent:,} e + {naive_rels:,} r"
            if naive_rels < n_rel:
                measured += " (extrapolated)"
            runs.append(
                Run(
                    f"naive ({mode})",
                    f"1 statement per row, {how}",
                    rows,
                    extrapolated,
                    measured,
                    check,
                )
            )
            print(
                f"  naive ({mode}): nodes {node_time:.2f} s, "
                f"{naive_rels:,} relations {rel_time:.2f} s "
                f"({naive_rels / rel_time:,.0f} relations/s)"
                + (f" -> {extrapolated:.1f} s for all {n_rel:,}" if naive_rels < n_rel else "")
            )

        print(f"timed loads (neo4j-graphrag's Neo4jGraph built beforehand in {convert:.2f} s):")
        # Rounds alternate which writer goes first, and the naive loop runs once in the middle:
        # neither writer gets only the fresh server or only the one that has taken most loads.
        modes = ("tx", "autocommit") if args.naive_mode == "both" else (args.naive_mode,)
        for n in range(1, args.rounds + 1):
            pair = [("erg", erg_run), ("neo4j-graphrag", graphrag_run)]
            for name, run in pair if n % 2 else pair[::-1]:
                run(f"{name} (run {n})")
            if n == max(1, args.rounds // 2):
                for mode in modes:
                    naive_run(mode)
    finally:
        bench.close()
        if server is not None:
            server.stop()

    print()
    header = ("writer", "how", "timed", "seconds", "rows/s", "check")
    table = [
        (r.writer, r.how, r.measured, f"{r.seconds:.2f}", f"{r.rate:,.0f}", r.check) for r in runs
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *table, strict=True)]
    for line in [header, tuple("-" * w for w in widths), *table]:
        print("  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)).rstrip())
    print()
    print(f"rows = entities + relations = {rows:,} (the {n_doc} documents are written too)")
    ergs = [r.rate for r in runs if r.writer.startswith("erg")]
    targets = [("neo4j-graphrag", 2)] + [
        (f"naive ({mode})", 20)
        for mode in ("tx", "autocommit")
        if args.naive_mode in ("both", mode)
    ]
    for name, target in targets:
        others = [r.rate for r in runs if r.writer.startswith(name)]
        mean = (sum(ergs) / len(ergs)) / (sum(others) / len(others))
        print(
            f"erg / {name}: {mean:.1f}x (mean rows/s; {min(ergs) / max(others):.1f}x to "
            f"{max(ergs) / min(others):.1f}x over the runs), target >= {target}x"
        )
    if naive_rels < n_rel:
        print(
            f"naive: relations timed on the first {naive_rels:,} of {n_rel:,} and extrapolated "
            "linearly (node time measured in full)"
        )


if __name__ == "__main__":
    main()
