"""One graph from many articles: types reconciled across a load (and the store), relations the
types rule out dropped and reported, names resolved into each other with a recorded rule, lone
uncued words left out. The same files in any order give the same graph.

The articles are invented here; stores are real (LadybugDB, and Neo4j where marked).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.ingest import load_paths
from graph.model import MERGED, Document, Entity, GraphDocument, Relation
from graph.namekeys import POSSESSIVE, join_rule
from graph.reconcile import reconcile
from graph.store.base import Store
from graph.store.embedded import EmbeddedStore

# "Orrin Capital's Brightwell": a Product here ...
BRIGHTWELL_PRODUCT = """Orrin Capital Unveils Storage Line

Orrin Capital's Brightwell sells storage systems to hospitals in Ohio. Orrin Capital owns \
Brightwell, the company said on Monday.
"""
# ... an Organization here.
BRIGHTWELL_ORG = """Brightwell Backs Stargate

Brightwell will fund the Stargate project, its chief executive Mara Quill said on Tuesday. \
Brightwell is a company based in Denver.
"""
BRIGHTWELL_PRODUCT_AGAIN = """Orrin Capital Adds Racks

Orrin Capital's Brightwell storage system was chosen by Hollin Medical. Orrin Capital owns \
Brightwell, the company said.
"""

CORPUS = {
    "a.txt": """Nova Tek Signs Grid Deal

Nova Tek signed a partnership with Pellmark Energy on Monday. The Coastal Energy Authority \
(CEA) approved the deal. Harlow Group's Vision Fund invested in Quillon. Brennmoor S.A. opened \
an office in Lisbon. Chief executive Dario Pelletti leads Nova Tek. Dario said the deal was a \
first step. Газпром criticized the deal.
""",
    "b.txt": """NovaTek Expands

NovaTek is based in Oslo, the company said. The CEA fined Pellmark Energy last year. Harlow \
Group sued Quillon in March. Brennmoor is based in Madrid. Gazprom competes with Pellmark \
Energy.
""",
    "c.txt": """Markets Wrap

Shares of NOVATEK rose 4% on Friday. Analysts said Az and II were mentioned alongside Macs and \
iPads. Traders said BigTech has been cautious, Dario said. Analysts at Merriton said the \
outlook was mixed.
""",
    "d.txt": """Merriton Buys Quillon

Merriton acquired Quillon for $40 million, the companies said on Thursday.
""",
}
NOISE = {"Az", "II", "Macs", "iPads", "BigTech", "Dario"}


def write(folder: Path, files: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in files]


def state(store: Store) -> dict:
    """Everything a load decides, comparable across stores: entities with type, aliases,
    documents and merge records; relations with their set of evidence."""
    entities = {
        e.id: (e.name, e.type, sorted(e.aliases), sorted(e.documents), e.properties)
        for e in store.entities()
    }
    relations = {
        r.key: sorted((ev.document, ev.text, ev.start) for ev in r.evidence)
        for r in store.relations()
    }
    return {"entities": entities, "relations": relations}


def entity(store: Store, name: str) -> Entity:
    found = [e for e in store.entities() if e.name == name]
    assert len(found) == 1, [e.name for e in store.entities()]
    return found[0]


@pytest.fixture
def other_store(tmp_path):
    store = EmbeddedStore(tmp_path / "other-store")
    yield store
    store.close()


# -- typing across a corpus -------------------------------------------------------------------
def test_brightwell_in_both_orders_loads_the_same_graph(any_store, other_store, tmp_path):
    """The issue's case: a Product in one article, an Organization in the other. The load
    completes in both orders; the tie goes to the type that keeps every relation."""
    a, b = write(tmp_path / "c", {"a.txt": BRIGHTWELL_PRODUCT, "b.txt": BRIGHTWELL_ORG})
    report = load_paths(any_store, [a, b], jobs=1)
    load_paths(other_store, [b, a], jobs=1)
    assert state(any_store) == state(other_store)
    assert entity(any_store, "Brightwell").type == "Organization"
    assert report.reconciliation.dropped == []
    (retyped,) = report.reconciliation.retyped
    assert (retyped.name, retyped.votes) == ("Brightwell", {"Product": 1, "Organization": 1})
    assert retyped.rule == "vote tie: relations kept"


def test_a_majority_type_drops_and_reports_what_it_rules_out(any_store, other_store, tmp_path):
    files = write(
        tmp_path / "c",
        {"a.txt": BRIGHTWELL_PRODUCT, "b.txt": BRIGHTWELL_ORG, "c.txt": BRIGHTWELL_PRODUCT_AGAIN},
    )
    report = load_paths(any_store, files, jobs=1)
    load_paths(other_store, files[::-1], jobs=1)
    assert state(any_store) == state(other_store)
    assert entity(any_store, "Brightwell").type == "Product"
    dropped = {(d.source, d.type, d.target): d for d in report.reconciliation.dropped}
    funds = dropped[("Brightwell", "FUNDS", "Stargate")]
    assert (funds.source_type, funds.target_type) == ("Product", "Project")
    assert funds.files == [str(files[1])]
    assert funds.evidence[0].startswith("Brightwell will fund the Stargate project")
    kinds = {(r.source, r.type, r.target) for r in any_store.relations()}
    assert ("brightwell", "FUNDS", "stargate") not in kinds
    assert ("orrin-capital", "OWNS", "brightwell") in kinds


def test_one_article_at_a_time_in_either_order_completes(erg, tmp_path):
    """The store's type wins over a later article's; what it rules out is dropped, listed."""
    a, b = write(tmp_path / "c", {"a.txt": BRIGHTWELL_PRODUCT, "b.txt": BRIGHTWELL_ORG})
    for first, second, store in ((a, b, "s1"), (b, a, "s2")):
        assert erg("load", str(first), store=tmp_path / store).code == 0
        ran = erg("load", str(second), store=tmp_path / store)
        assert ran.code == 0, ran.err
    ran = erg("load", str(b), store=tmp_path / "s3-product")
    assert erg("load", str(a), store=tmp_path / "s3-product").code == 0
    ran = erg("load", str(a), store=tmp_path / "s4")
    ran = erg("load", str(b), store=tmp_path / "s4")
    assert "dropped 4 relations whose endpoint types were reconciled" in ran.out
    assert "Brightwell (Product) -[FUNDS]-> Stargate (Project)" in ran.out
    assert str(b) in ran.out


def test_a_whole_corpus_in_two_orders_gives_the_same_graph(any_store, other_store, tmp_path):
    files = write(
        tmp_path / "c",
        {
            **CORPUS,
            "e.txt": BRIGHTWELL_PRODUCT,
            "f.txt": BRIGHTWELL_ORG,
            "g.txt": BRIGHTWELL_PRODUCT_AGAIN,
        },
    )
    load_paths(any_store, files, jobs=1)
    load_paths(other_store, files[::-1], jobs=2)
    assert state(any_store) == state(other_store)
    assert len(state(any_store)["relations"]) > 8


def test_reloading_a_reconciled_corpus_changes_nothing(any_store, tmp_path):
    files = write(tmp_path / "c", CORPUS)
    load_paths(any_store, files, jobs=1)
    before = state(any_store)
    again = load_paths(any_store, files[::-1], jobs=1).result
    assert (again.entities_created, again.entities_updated) == (0, 0)
    assert (again.relations_created, again.relations_updated, again.evidence_added) == (0, 0, 0)
    assert state(any_store) == before


def test_an_analysts_type_wins_over_the_store_and_the_vote():
    docs = []
    for n, etype in enumerate(["Product", "Product", "Organization"]):
        doc = GraphDocument()
        doc.add_document(Document(f"doc-{n}"))
        doc.add_entity(Entity.named("Brightwell", etype, documents=[f"doc-{n}"]))
        docs.append(doc)
    docs[2].add_entity(Entity.named("Stargate", "Project"))
    docs[2].add_relation(Relation("brightwell", "FUNDS", "stargate"))
    voted = reconcile(docs)
    assert voted.doc.entities["brightwell"].type == "Product" and len(voted.dropped) == 1
    stored = [Entity.named("Brightwell", "Product")]
    fixed = reconcile(docs, stored, fixed_types={"brightwell": "Organization"})
    assert fixed.doc.entities["brightwell"].type == "Organization"
    assert fixed.dropped == [] and fixed.retyped[0].rule == "analyst correction"


# -- curated files stay strict ----------------------------------------------------------------
def test_a_curated_type_wins_over_the_articles(erg, tmp_path):
    a, b = write(tmp_path / "c", {"a.txt": BRIGHTWELL_PRODUCT, "b.txt": BRIGHTWELL_ORG})
    curated = tmp_path / "c" / "desk.yaml"
    curated.write_text("entities:\n  - {name: Brightwell, type: Product}\n", encoding="utf-8")
    ran = erg("load", str(tmp_path / "c"), "--report", str(tmp_path / "r.json"))
    assert ran.code == 0, ran.err
    report = json.loads((tmp_path / "r.json").read_text())
    assert {d["type"] for d in report["dropped_relations"]} == {
        "BACKS",
        "FUNDS",
        "LEADS",
        "LOCATED_IN",
    }
    assert report["retyped"][0]["rule"] == "curated file"


def test_a_curated_type_against_the_stores_is_an_error_naming_file_and_line(
    erg, tmp_path, store_path
):
    (a,) = write(tmp_path / "c", {"b.txt": BRIGHTWELL_ORG})
    assert erg("load", str(a)).code == 0
    before = erg("stats", "--format", "json").out
    curated = tmp_path / "desk.yaml"
    curated.write_text(
        "entities:\n  - {name: Orrin Capital, type: Organization}\n"
        "  - {name: Brightwell, type: Product}\n",
        encoding="utf-8",
    )
    ran = erg("load", str(curated))
    assert ran.code == 2
    assert ran.err.startswith(f"error: {curated}:3: 'Brightwell' is declared Product")
    assert "Organization in the store" in ran.err and len(ran.err.splitlines()) == 1
    assert erg("stats", "--format", "json").out == before


def test_a_graph_file_at_odds_with_the_store_is_an_error_naming_the_file(erg, tmp_path):
    (a,) = write(tmp_path / "c", {"b.txt": BRIGHTWELL_ORG})
    assert erg("load", str(a)).code == 0
    graph = tmp_path / "other.json"
    graph.write_text(
        json.dumps(
            {
                "directed": True,
                "nodes": [
                    {"id": "mara-quill", "name": "Mara Quill", "type": "Organization"},
                    {"id": "denver", "name": "Denver", "type": "Location"},
                ],
                "links": [{"source": "mara-quill", "target": "denver", "type": "LOCATED_IN"}],
            }
        ),
        encoding="utf-8",
    )
    ran = erg("load", str(graph))
    assert ran.code == 2
    assert ran.err.startswith(f"error: {graph}: LOCATED_IN cannot link Person")


# -- entity resolution ------------------------------------------------------------------------
@pytest.fixture
def corpus_store(tmp_path, erg):
    write(tmp_path / "corpus", CORPUS)
    ran = erg("load", str(tmp_path / "corpus"), "--report", str(tmp_path / "report.json"))
    assert ran.code == 0, ran.err
    return tmp_path


def stored(erg) -> dict[str, dict]:
    rows = json.loads(
        erg(
            "query",
            "MATCH (n) WHERE n.name IS NOT NULL AND n.aliases IS NOT NULL "
            "RETURN n.name AS name, n.aliases AS aliases, n.props AS props",
            "--format",
            "json",
        ).out
    )
    return {r["name"]: r for r in rows}


def test_spacing_case_acronym_suffix_and_script_variants_are_one_entity(corpus_store, erg):
    names = stored(erg)
    assert set(names["NovaTek"]["aliases"]) == {"Nova Tek"}  # and NOVATEK, the same key
    assert "NOVATEK" not in names and "Nova Tek" not in names
    assert names["The Coastal Energy Authority"]["aliases"] == ["CEA"]
    assert "CEA" not in names
    assert names["Brennmoor"]["aliases"] == ["Brennmoor S.A."]
    assert names["Gazprom"]["aliases"] == ["Газпром"]
    assert names["Dario Pelletti"]["aliases"] == ["Dario"]


def test_x_s_y_is_y_and_never_takes_x_as_an_alias(corpus_store, erg):
    names = stored(erg)
    # the extractor already reads "Harlow Group's Vision Fund" as two companies; a glued form
    # from another source is joined by join_rule (test_possessive_join_rule)
    assert "Vision Fund" in names and "Harlow Group's Vision Fund" not in names
    assert "Harlow Group" not in names["Vision Fund"]["aliases"]
    assert names["Harlow Group"]["aliases"] == []
    funds = erg(
        "query",
        "MATCH (f)-[:FUNDS]->(q) RETURN f.name AS f, q.name AS q",
        "--format",
        "json",
    ).out
    assert json.loads(funds) == [{"f": "Vision Fund", "q": "Quillon"}]


def test_lone_uncued_words_are_not_entities_but_known_ones_are(corpus_store, erg):
    names = stored(erg)
    assert not NOISE & set(names)
    assert "Merriton" in names  # uncued in one article, related in another
    report = json.loads((corpus_store / "report.json").read_text())
    assert set(report["noise"]) == NOISE


def test_a_lone_first_name_in_another_article_is_not_that_person(tmp_path):
    """ "Dario said" in one article, "Dario Pelletti" in another: two articles, no merge."""
    docs = []
    for n, text in enumerate([CORPUS["a.txt"], CORPUS["c.txt"]]):
        from loaders.article import extract

        docs.append(extract(text, source=f"{n}.txt"))
    rec = reconcile(docs)
    assert rec.doc.entities["dario-pelletti"].documents == [
        docs[0].entities["dario-pelletti"].documents[0]
    ]
    assert "Dario" in rec.noise


def test_the_report_lists_drops_merges_types_and_noise(erg, tmp_path):
    files = write(
        tmp_path / "c",
        {
            "bw1.txt": BRIGHTWELL_PRODUCT,
            "bw2.txt": BRIGHTWELL_ORG,
            "bw3.txt": BRIGHTWELL_PRODUCT_AGAIN,
            **CORPUS,
        },
    )
    out = tmp_path / "report.json"
    ran = erg("load", str(tmp_path / "c"), "--report", str(out))
    assert ran.code == 0, ran.err
    report = json.loads(out.read_text())
    assert set(report) >= {"files", "stored", "dropped_relations", "merges", "retyped", "noise"}
    assert report["files"] == {"articles": len(files), "curated": 0}
    funds = next(d for d in report["dropped_relations"] if d["type"] == "FUNDS")
    assert funds == {
        "source": "Brightwell",
        "type": "FUNDS",
        "target": "Stargate",
        "source_type": "Product",
        "target_type": "Project",
        "reason": "FUNDS cannot link Product to Project",
        "files": [str(tmp_path / "c" / "bw2.txt")],
        "evidence": funds["evidence"],
    }
    merges = {m["entity"]: m["names"] for m in report["merges"]}
    assert merges["novatek"] == [{"name": "Nova Tek", "rule": "spacing and case"}]
    assert all(m["name"] != "Harlow Group" for m in merges.get("vision-fund", []))
    assert f"dropped {len(report['dropped_relations'])} relations" in ran.out


def test_possessive_join_rule():
    # "X's Y" names Y (and is reported as such); X never names what it owns
    assert join_rule("Vision Fund", "Harlow Group's Vision Fund") == POSSESSIVE
    assert join_rule("Harlow Group", "Harlow Group's Vision Fund") is None


def test_a_bad_report_path_fails_before_anything_is_loaded(erg, tmp_path, store_path):
    files = write(tmp_path / "c", {"a.txt": BRIGHTWELL_ORG})
    ran = erg("load", str(files[0]), "--report", str(tmp_path / "missing" / "r.json"))
    assert ran.code == 2 and ran.err.startswith("error: --report") and "does not exist" in ran.err
    assert not store_path.exists()


def test_why_merged_names_each_joined_name_and_its_rule(corpus_store, erg):
    ran = erg("why-merged", "nova tek")
    assert ran.code == 0, ran.err
    assert ran.out.splitlines()[0] == "NovaTek (Organization, id novatek)"
    assert "Nova Tek" in ran.out and "spacing and case" in ran.out
    rows = json.loads(erg("why-merged", "CEA", "--format", "json").out)
    assert rows == [{"name": "CEA", "rule": "acronym"}]
    assert "no other names were joined" in erg("why-merged", "Quillon").out
    missing = erg("why-merged", "Nobody Atall")
    assert missing.code == 2 and missing.err.startswith("error: no entity named")


def test_merges_against_the_store_are_recorded_and_survive_reloads(any_store, tmp_path):
    first, second = write(tmp_path / "c", {"b.txt": CORPUS["b.txt"], "a.txt": CORPUS["a.txt"]})
    load_paths(any_store, [first], jobs=1)
    report = load_paths(any_store, [second], jobs=1)
    novatek = next(e for e in any_store.entities() if e.id == "novatek")
    assert {"name": "Nova Tek", "rule": "spacing and case"} in novatek.properties[MERGED]
    assert "open-ai" not in {e.id for e in any_store.entities()}
    assert "nova-tek" not in {e.id for e in any_store.entities()}
    assert report.reconciliation.merges["novatek"]
    load_paths(any_store, [first, second], jobs=1)  # "The CEA" of b.txt now joins its entity
    before = state(any_store)
    again = load_paths(any_store, [second, first], jobs=1).result
    assert (again.entities_updated, again.relations_updated) == (0, 0)
    assert state(any_store) == before


def test_a_corpus_sharing_actors_gives_one_entity_per_actor(any_store):
    """Six invented articles, 13 real actors under many variants: 13 entities."""
    folder = Path(__file__).parent / "fixtures" / "shared_actors"
    actors = json.loads((folder / "actors.json").read_text(encoding="utf-8"))
    report = load_paths(any_store, sorted(folder.glob("*.txt")), jobs=1)
    assert report.articles == 6 and report.reconciliation.dropped == []
    entities = any_store.entities()
    assert len(entities) == len(actors) == 13
    names = {e.name.removeprefix("The ") for e in entities}
    assert names == set(actors)


def test_build_writes_the_report_too(erg, tmp_path):
    files = write(tmp_path / "c", {"a.txt": BRIGHTWELL_PRODUCT, "b.txt": BRIGHTWELL_ORG})
    out, page = tmp_path / "r.json", tmp_path / "page.html"
    ran = erg("build", *map(str, files), "--html", str(page), "--report", str(out), "-q")
    assert ran.code == 0, ran.err
    report = json.loads(out.read_text())
    assert report["files"]["articles"] == 2 and report["retyped"][0]["name"] == "Brightwell"
    assert page.exists()


def test_an_analysts_type_passed_to_a_load_wins(any_store, tmp_path):
    """`fixed_types` (analysts' corrections) outrank the vote and what it would drop."""
    files = write(
        tmp_path / "c",
        {"a.txt": BRIGHTWELL_PRODUCT, "b.txt": BRIGHTWELL_ORG, "c.txt": BRIGHTWELL_PRODUCT_AGAIN},
    )
    report = load_paths(any_store, files, jobs=1, fixed_types={"brightwell": "Organization"})
    assert entity(any_store, "Brightwell").type == "Organization"
    assert report.reconciliation.dropped == []
    assert report.reconciliation.retyped[0].rule == "analyst correction"


def test_a_curated_name_folded_into_a_stored_entity_is_recorded(erg, tmp_path):
    first, second = tmp_path / "one.yaml", tmp_path / "two.yaml"
    first.write_text(
        "entities:\n  - {name: Vera Holt, type: Person, aliases: [Holt]}\n", encoding="utf-8"
    )
    second.write_text(
        "entities:\n  - {name: Holt, type: Person}\n  - {name: Tarsel, type: Organization}\n"
        "relations:\n  - {source: Holt, type: LEADS, target: Tarsel}\n",
        encoding="utf-8",
    )
    assert erg("load", str(first)).code == 0
    assert erg("load", str(second)).code == 0
    rows = json.loads(erg("why-merged", "Vera Holt", "--format", "json").out)
    assert rows == [{"name": "Holt", "rule": "known alias"}]


def test_an_analysts_retype_in_the_store_wins_over_later_articles(erg, tmp_path):
    """`erg retype` makes Brightwell an Organization: articles that say Product no longer
    outvote it, and the FUNDS relation they would rule out is stored."""
    files = write(
        tmp_path / "c",
        {"a.txt": BRIGHTWELL_PRODUCT, "b.txt": BRIGHTWELL_ORG, "c.txt": BRIGHTWELL_PRODUCT_AGAIN},
    )
    assert erg("load", str(files[0]), str(files[2])).code == 0
    assert erg("retype", "Brightwell", "Organization").code == 0
    ran = erg("load", *map(str, files), "--report", str(tmp_path / "r.json"))
    assert ran.code == 0, ran.err
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["dropped_relations"] == []
    assert report["retyped"][0]["rule"] == "analyst correction"
    rows = erg(
        "query", "MATCH (b:Organization)-[:FUNDS]->(s) RETURN b.name AS b", "--format", "json"
    )
    assert json.loads(rows.out) == [{"b": "Brightwell"}]


def test_why_merged_shows_an_analysts_merge(corpus_store, erg):
    assert erg("merge", "Quillon", "Pellmark Energy", "--by", "ana").code == 0
    rows = json.loads(erg("why-merged", "Quillon", "--format", "json").out)
    assert rows[0]["name"] == "Pellmark Energy"
    assert rows[0]["rule"].startswith("analyst merge (ana, ")
