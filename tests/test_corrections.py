"""Analyst corrections: merge/unmerge, retype, rename, reject/restore, kept in the store with
who/when/why, surviving every reload, from the library, curated files and the command line;
suggest-merges. Every behaviour runs on both stores (Neo4j: a real server).

The articles are invented here; the rule extractor reads them as noted beside each."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from graph import corrections
from graph.corrections import CorrectionSet, apply_corrections, stored_corrections
from graph.errors import ErgError
from graph.ingest import load_paths
from graph.model import Entity, Evidence, GraphDocument, Relation
from graph.store.base import snapshot
from graph.suggest import suggest_merges

ARTICLES = {
    # Harbor Robotics FUNDS Tidewater (Project); Mara Quinlan LEADS Harbor Robotics;
    # Harbor Robotics LOCATED_IN Lisbon; Harbor Robotics COMPETES_WITH Keel Dynamics
    "harbor.txt": (
        "Harbor Robotics raises money for the Tidewater project\n\n"
        "Harbor Robotics will fund the Tidewater project, the company said on Monday.\n"
        "Mara Quinlan, chief executive of Harbor Robotics, said the company is based in Lisbon.\n"
        "Harbor Robotics competes with Keel Dynamics.\n"
    ),
    # Keel Dynamics FUNDS Tidewater; Mara Quinlan FOUNDED Harbour Robotics (a misspelling);
    # Mara Quinlan DISPUTES Keel Dynamics; Tarn Halloway typed Organization
    "keel.txt": (
        "Keel Dynamics backs Tidewater\n\n"
        "Keel Dynamics will fund the Tidewater project as well.\n"
        "Harbour Robotics founder Mara Quinlan sued Keel Dynamics last year.\n"
        "Tarn Halloway advises Keel Dynamics.\n"
    ),
    # Tarn Halloway (Organization) FOUNDED Tidewater Labs; Tidewater Labs PARTNERS_WITH
    # Harbor Robotics; Keel Dynamics LOCATED_IN Porto
    "tidewater.txt": (
        "Tidewater breaks ground\n\n"
        "Tarn Halloway founded Tidewater Labs in 2019.\n"
        "Tidewater Labs partners with Harbor Robotics.\n"
        "Keel Dynamics is based in Porto.\n"
    ),
}


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = []
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


@pytest.fixture
def loaded(any_store, articles):
    load_paths(any_store, articles, jobs=1)
    return any_store


def graph_state(store) -> tuple:
    """Everything a correction could change: entities, relations, evidence, corrections."""
    g = snapshot(store)
    entities = sorted(
        (e.id, e.name, e.type, tuple(sorted(e.aliases)), tuple(sorted(e.documents)))
        for e in g.entities.values()
    )
    relations = sorted(
        (r.key, tuple(sorted(json.dumps(e.to_dict(), sort_keys=True) for e in r.evidence)))
        for r in g.relations.values()
    )
    records = [(c.key, c.to_json()) for c in stored_corrections(store)]
    return entities, relations, records


def relation_keys(store) -> set[tuple[str, str, str]]:
    return {r.key for r in store.relations()}


# -- each kind of correction ------------------------------------------------------------------
def test_merge_moves_relations_and_evidence_and_keeps_the_name_as_alias(loaded):
    made = corrections.merge(loaded, "Harbor Robotics", "harbour robotics", by="ann", reason="typo")
    assert (made.kind, made.args, made.by, made.reason) == (
        "merge",
        ["harbor-robotics", "harbour-robotics"],
        "ann",
        "typo",
    )
    assert made.at.endswith("Z") and made.at[:2] == "20"
    entities = {e.id: e for e in loaded.entities()}
    assert "harbour-robotics" not in entities
    assert "Harbour Robotics" in entities["harbor-robotics"].aliases
    assert ("mara-quinlan", "FOUNDED", "harbor-robotics") in relation_keys(loaded)
    assert all("harbour-robotics" not in key for key in relation_keys(loaded))
    # the merged-away name still finds the entity
    rows = loaded.query(
        "MATCH (p:Person)-[:FOUNDED]->(o:Organization) RETURN o.name AS o, o.aliases AS a"
    ).records()
    assert rows == [{"o": "Harbor Robotics", "a": ["Harbour Robotics"]}]


def test_unmerge_restores_the_entity_and_its_relations_exactly(loaded):
    before = graph_state(loaded)
    corrections.merge(loaded, "Harbor Robotics", "Harbour Robotics")
    assert graph_state(loaded)[:2] != before[:2]
    undone = corrections.unmerge(loaded, "Harbour Robotics", by="bo")
    assert undone.undone_by == "bo" and not undone.active
    assert graph_state(loaded)[:2] == before[:2]
    # the record stays, marked undone (who and when)
    assert [(c.kind, c.active) for c in stored_corrections(loaded)] == [("merge", False)]


def test_unmerge_keeps_the_evidence_both_had_for_one_relation(any_store):
    doc = GraphDocument()
    for name, kind in [
        ("Ann Lee", "Person"),
        ("Acme", "Organization"),
        ("ACME Co", "Organization"),
    ]:
        doc.add_entity(Entity.named(name, kind))
    doc.add_relation(Relation("ann-lee", "LEADS", "acme", evidence=[Evidence("Ann runs Acme.")]))
    doc.add_relation(Relation("ann-lee", "LEADS", "acme-co", evidence=[Evidence("Ann runs ACME.")]))
    any_store.upsert(doc)
    before = graph_state(any_store)
    corrections.merge(any_store, "Acme", "ACME Co")
    [rel] = [r for r in any_store.relations() if r.type == "LEADS"]
    assert sorted(e.text for e in rel.evidence) == ["Ann runs ACME.", "Ann runs Acme."]
    corrections.unmerge(any_store, "acme co")
    assert graph_state(any_store)[:2] == before[:2]


def test_a_relation_between_the_two_goes_with_the_merge_and_comes_back(any_store):
    doc = GraphDocument()
    doc.add_entity(Entity.named("Acme", "Organization"))
    doc.add_entity(Entity.named("Acme Labs", "Organization"))
    doc.add_entity(Entity.named("Zed Corp", "Organization"))
    doc.add_relation(Relation("acme", "OWNS", "acme-labs", evidence=[Evidence("Acme owns it.")]))
    doc.add_relation(Relation("acme-labs", "PARTNERS_WITH", "zed-corp"))
    any_store.upsert(doc)
    before = graph_state(any_store)
    corrections.merge(any_store, "Acme", "Acme Labs")
    assert relation_keys(any_store) == {("acme", "PARTNERS_WITH", "zed-corp")}
    # merged again into a third: undo the later merge first
    corrections.merge(any_store, "Zed Corp", "Acme")
    with pytest.raises(ErgError, match="'Acme' was itself merged or removed since; undo that"):
        corrections.unmerge(any_store, "Acme Labs")
    corrections.unmerge(any_store, "Acme")
    corrections.unmerge(any_store, "Acme Labs")
    assert graph_state(any_store)[:2] == before[:2]


def test_retype_and_rename(loaded):
    # the premise: the extractor types this person's name an Organization (a name with no cue);
    # if typing learns it, pick another name the extractor gets wrong
    assert {e.type for e in loaded.entities() if e.id == "tarn-halloway"} == {"Organization"}
    corrections.retype(loaded, "Tarn Halloway", "Person", reason="a person")
    corrections.rename(loaded, "Mara Quinlan", "Mara Quinlan-Ortiz")
    people = {e.id: e for e in loaded.entities() if e.type == "Person"}
    assert "tarn-halloway" in people
    assert people["mara-quinlan"].name == "Mara Quinlan-Ortiz"
    assert "Mara Quinlan" in people["mara-quinlan"].aliases
    assert ("tarn-halloway", "FOUNDED", "tidewater-labs") in relation_keys(loaded)
    rows = loaded.query("MATCH (p:Person {id: 'tarn-halloway'})-[r]->(o) RETURN o.id AS o").rows
    assert rows == [["tidewater-labs"]]


def test_reject_removes_the_relation_and_restore_brings_its_evidence_back(loaded):
    before = graph_state(loaded)
    key = ("harbor-robotics", "COMPETES_WITH", "keel-dynamics")
    assert key in relation_keys(loaded)
    # a symmetric relation may be named either way round
    made = corrections.reject(
        loaded, "Keel Dynamics", "competes_with", "Harbor Robotics", reason="not rivals"
    )
    assert made.reason == "not rivals"
    assert key not in relation_keys(loaded)
    assert not loaded.query("MATCH (a)-[r:COMPETES_WITH]-(b) RETURN a.id").rows
    assert [c.describe() for c in corrections.rejected(loaded)] == [
        "reject Harbor Robotics COMPETES_WITH Keel Dynamics"
    ]
    corrections.restore(loaded, "Harbor Robotics", "COMPETES_WITH", "Keel Dynamics")
    assert corrections.rejected(loaded) == []
    assert graph_state(loaded)[:2] == before[:2]


# -- corrections survive reloads --------------------------------------------------------------
def test_reloading_every_article_changes_none_of_the_corrections(loaded, articles):
    corrections.merge(loaded, "Harbor Robotics", "Harbour Robotics")
    corrections.retype(loaded, "Tarn Halloway", "Person")
    corrections.reject(loaded, "Harbor Robotics", "COMPETES_WITH", "Keel Dynamics")
    corrections.rename(loaded, "Tidewater Labs", "Tidewater Laboratories")
    corrections.merge(loaded, "Tidewater Laboratories", "Tidewater")  # Project into Organization
    after = graph_state(loaded)
    for path in articles:  # one at a time, then all together
        report = load_paths(loaded, [path], jobs=1)
        assert report.result.relations_created == report.result.evidence_added == 0
    report = load_paths(loaded, articles, jobs=1)
    assert graph_state(loaded) == after
    # Harbour Robotics already resolves to Harbor Robotics by its alias; Tidewater (a Project)
    # is mapped by the merge. Tarn Halloway and Tidewater Labs reach the corrections already
    # retyped and renamed: the load's reconciliation gives them the store's (analysts') type and
    # name first (graph.reconcile), so only the merge and the rejection are left to apply.
    assert report.corrected == Counter(merged=1, rejected=1)
    result = report.result
    assert (result.entities_created, result.relations_created, result.evidence_added) == (0, 0, 0)


def test_apply_corrections_maps_a_document(loaded):
    fixes = CorrectionSet.of([corrections.merge(loaded, "Harbor Robotics", "Harbour Robotics")])
    fixes.rejected.add(("keel-dynamics", "FUNDS", "tidewater"))
    doc = GraphDocument()
    doc.add_entity(Entity.named("Harbour Robotics", "Organization", aliases=["Harbour"]))
    doc.add_entity(Entity.named("Keel Dynamics", "Organization"))
    doc.add_entity(Entity.named("Tidewater", "Project"))
    doc.add_relation(Relation("harbour-robotics", "FUNDS", "tidewater"))
    doc.add_relation(Relation("keel-dynamics", "FUNDS", "tidewater"))
    counts: Counter[str] = Counter()
    out = apply_corrections(doc, fixes, counts)
    assert set(out.entities) == {"harbor-robotics", "keel-dynamics", "tidewater"}
    assert out.entities["harbor-robotics"].aliases == ["Harbour Robotics", "Harbour"]
    assert list(out.relations) == [("harbor-robotics", "FUNDS", "tidewater")]
    assert counts == Counter(merged=1, rejected=1)
    assert apply_corrections(doc, []) is doc  # nothing in force: the same document


def test_erg_add_refuses_a_rejected_relation(loaded):
    from graph.manual import add_relation

    corrections.reject(loaded, "Keel Dynamics", "FUNDS", "Tidewater")
    with pytest.raises(ErgError, match="was rejected by an analyst; bring it back first"):
        add_relation(loaded, "Keel Dynamics", "FUNDS", "Tidewater", evidence="Keel pays.")
    assert ("keel-dynamics", "FUNDS", "tidewater") not in relation_keys(loaded)


# -- bad input: one clear error, nothing changed ----------------------------------------------
@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: corrections.merge(s, "Keel Dynamics", "keel dynamics"), "into itself"),
        (lambda s: corrections.merge(s, "Keel Dynamix", "Harbor Robotics"), "no entity named"),
        (
            lambda s: corrections.merge(s, "Mara Quinlan", "Tidewater"),
            "cannot merge Project 'Tidewater' into Person 'Mara Quinlan': its relation "
            "Harbor Robotics FUNDS Tidewater would break the schema",
        ),
        (lambda s: corrections.unmerge(s, "Keel Dynamics"), "was never merged"),
        (
            lambda s: corrections.restore(s, "Keel Dynamics", "FUNDS", "Tidewater"),
            "was never rejected",
        ),
        (
            lambda s: corrections.reject(s, "Keel Dynamics", "OWNS", "Tidewater"),
            "there is no relation Keel Dynamics OWNS Tidewater",
        ),
        (lambda s: corrections.reject(s, "Keel Dynamics", "HATES", "Tidewater"), "HATES"),
        (lambda s: corrections.retype(s, "Harbor Robotics", "Person"), "would break the schema"),
        (lambda s: corrections.retype(s, "Harbor Robotics", "Vessel"), "Vessel"),
        (lambda s: corrections.rename(s, "Harbor Robotics", "keel dynamics"), "merge them"),
    ],
)
def test_bad_corrections_are_one_error_and_change_nothing(loaded, call, message):
    before = graph_state(loaded)
    with pytest.raises(ErgError, match=message.replace("(", r"\(")) as caught:
        call(loaded)
    assert "\n" not in str(caught.value)
    assert graph_state(loaded) == before


def test_undo_after_undo_is_an_error(loaded):
    corrections.merge(loaded, "Harbor Robotics", "Harbour Robotics")
    corrections.unmerge(loaded, "Harbour Robotics")
    with pytest.raises(ErgError, match="was never merged"):
        corrections.unmerge(loaded, "Harbour Robotics")


# -- suggest-merges ---------------------------------------------------------------------------
def test_suggest_merges_finds_variants_with_their_evidence(loaded):
    found = suggest_merges(loaded)
    # "Tidewater" is an alias of Tidewater Labs (an Organization) and the name of a Project:
    # compatible types (their relations allow either), so a candidate; the one with more
    # evidence is the one to keep.
    assert [(s.keep.name, s.other.name, s.score) for s in found] == [
        ("Tidewater", "Tidewater Labs", 100.0),
        ("Harbor Robotics", "Harbour Robotics", 96.6),
    ]
    harbor = found[1]
    assert (harbor.keep_relations, harbor.keep_evidence) == (5, 5)
    assert (harbor.other_relations, harbor.other_evidence) == (1, 1)
    assert harbor.command() == "erg merge 'Harbor Robotics' 'Harbour Robotics'"
    assert suggest_merges(loaded, min_score=97) == found[:1]
    assert suggest_merges(loaded, 50) == suggest_merges(loaded, 50)  # deterministic


def test_suggest_merges_skips_what_was_unmerged_and_incompatible_types(loaded):
    corrections.merge(loaded, "Harbor Robotics", "Harbour Robotics")
    corrections.unmerge(loaded, "Harbour Robotics")
    corrections.merge(loaded, "Tidewater", "Tidewater Labs")
    assert suggest_merges(loaded) == []
    # Lisbon (Location, the target of LOCATED_IN) could never be the Organization "Lisbon Co"
    doc = GraphDocument()
    doc.add_entity(Entity.named("Lisbon Co", "Organization"))
    doc.add_entity(Entity.named("Tarn Halloway", "Organization"))
    doc.add_relation(Relation("tarn-halloway", "OWNS", "lisbon-co"))
    loaded.upsert(doc)
    assert suggest_merges(loaded, min_score=70) == []
    with pytest.raises(ErgError, match="between 0 and 100"):
        suggest_merges(loaded, 120)


# -- corrections from a curated file ----------------------------------------------------------
CURATED = """\
title: desk corrections
entities:
  - {name: Open AI, type: Organization}
  - {name: OpenAI, type: Organization}
  - {name: Sam Altman, type: Person}
  - {name: Stargate, type: Organization}
relations:
  - {source: Sam Altman, type: LEADS, target: Open AI, evidence: "Altman runs Open AI."}
  - {source: Sam Altman, type: LEADS, target: OpenAI, evidence: "Altman runs OpenAI."}
  - {source: OpenAI, type: FUNDS, target: Stargate, evidence: "OpenAI funds Stargate."}
corrections:
  - merge: [OpenAI, Open AI]
    reason: one company
    by: desk
  - reject: [Sam Altman, LEADS, OpenAI]
  - retype: [Stargate, Project]
  - rename: [Sam Altman, Samuel Altman]
"""


def test_corrections_from_a_curated_file_survive_its_reload(any_store, tmp_path):
    path = tmp_path / "desk.yaml"
    path.write_text(CURATED, encoding="utf-8")
    report = load_paths(any_store, [path])
    assert [c.describe() for c in report.corrections] == [
        "merge 'Open AI' into 'OpenAI'",
        "reject Sam Altman LEADS OpenAI",
        "retype 'Stargate' as Project",
        "rename 'Sam Altman' to 'Samuel Altman'",
    ]
    assert report.corrections[0].by == "desk" and report.corrections[0].reason == "one company"
    entities = {e.id: e for e in any_store.entities()}
    assert set(entities) == {"openai", "sam-altman", "stargate"}
    assert (entities["stargate"].type, entities["sam-altman"].name) == ("Project", "Samuel Altman")
    assert relation_keys(any_store) == {("openai", "FUNDS", "stargate")}
    state = graph_state(any_store)
    again = load_paths(any_store, [path])
    assert again.corrections == [] and graph_state(any_store) == state


def test_a_json_file_holds_corrections_too(any_store, tmp_path, articles):
    load_paths(any_store, articles, jobs=1)
    path = tmp_path / "fixes.json"
    path.write_text(
        json.dumps({"corrections": [{"merge": ["Harbor Robotics", "Harbour Robotics"]}]}),
        encoding="utf-8",
    )
    [made] = load_paths(any_store, [path]).corrections
    assert made.args == ["harbor-robotics", "harbour-robotics"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("  - merge: [OpenAI, Open Eye]", ":12: no entity named 'Open Eye'"),
        ("  - reject: [Sam Altman, FUNDS, OpenAI]", ":12: there is no relation Sam Altman FUNDS"),
        ("  - merge: OpenAI", ":12: merge takes a list of 2 names"),
        ("  - {merge: [OpenAI, Open AI], retype: [OpenAI, Person]}", ":12: a correction is one of"),
        ("  - {undo: [OpenAI]}", ":12: unknown correction fields undo"),
        ("  - retype: [Stargate, Person]", ":12: cannot retype Organization 'Stargate' as Person"),
    ],
)
def test_a_bad_curated_correction_names_file_and_line_and_nothing_is_stored(
    any_store, tmp_path, line, message
):
    text = CURATED.split("corrections:\n")[0] + "corrections:\n" + line + "\n"
    path = tmp_path / "desk.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ErgError) as caught:
        load_paths(any_store, [path])
    assert str(caught.value).startswith(str(path) + message)
    assert any_store.entities() == [] and stored_corrections(any_store) == []


# -- the command line -------------------------------------------------------------------------
@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def cli(request, erg, store_path):
    """`erg ARGS...` against an embedded store, or the test Neo4j server (credentials set)."""
    where = str(store_path)
    if request.param == "neo4j":
        where = request.getfixturevalue("neo4j_store").uri

    def run(*args: str):
        return erg(*args, store=where)

    return run


def test_cli_corrections_round_trip(cli, articles):
    erg = cli
    assert erg("load", *map(str, articles), "--quiet", "--jobs", "1").code == 0
    ran = erg("suggest-merges", "--format", "json")
    assert ran.code == 0
    assert [(r["keep"], r["other"]) for r in json.loads(ran.out)] == [
        ("Tidewater", "Tidewater Labs"),
        ("Harbor Robotics", "Harbour Robotics"),
    ]
    ran = erg("merge", "Harbor Robotics", "Harbour Robotics", "--by", "ann", "--reason", "typo")
    assert ran.code == 0 and ran.out.startswith("merge 'Harbour Robotics' into 'Harbor Robotics'")
    assert erg("retype", "Tarn Halloway", "Person").code == 0
    assert erg("rename", "Tidewater Labs", "Tidewater Laboratories").code == 0
    ran = erg("reject", "Keel Dynamics", "FUNDS", "Tidewater", "--reason", "a rumour")
    assert ran.code == 0, ran.err
    rows = json.loads(erg("rejected", "--format", "json").out)
    assert [(r["source"], r["type"], r["target"], r["reason"]) for r in rows] == [
        ("Keel Dynamics", "FUNDS", "Tidewater", "a rumour")
    ]
    listed = json.loads(erg("corrections", "--format", "json").out)
    assert [(r["kind"], r["by"], r["status"]) for r in listed][0] == ("merge", "ann", "in force")
    assert len(listed) == 4
    ran = erg("load", *map(str, articles), "--jobs", "1")
    assert "0 relations created" in ran.out and "analysts' corrections: rejected 1" in ran.out
    ran = erg("query", "MATCH (a)-[:FUNDS]->(b) RETURN a.name AS funder", "--format", "csv")
    assert ran.out.splitlines() == ["funder", "Harbor Robotics"]
    assert erg("restore", "Keel Dynamics", "FUNDS", "Tidewater").out.startswith("undone: reject")
    assert erg("unmerge", "Harbour Robotics").out.startswith("undone: merge")
    assert json.loads(erg("rejected", "--format", "json").out) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("merge", "Keel Dynamics", "Keel Dynamics"), "cannot merge 'Keel Dynamics' into itself"),
        (("merge", "Nobody", "Keel Dynamics"), "no entity named 'Nobody' in the store"),
        (("merge", "Mara Quinlan", "Lisbon"), "would break the schema"),
        (("unmerge", "Lisbon"), "'Lisbon' was never merged"),
        (("restore", "Harbor Robotics", "FUNDS", "Tidewater"), "was never rejected"),
        (("reject", "Lisbon", "FUNDS", "Tidewater"), "there is no relation Lisbon FUNDS Tidewater"),
        (("suggest-merges", "--min-score", "101"), "between 0 and 100"),
    ],
)
def test_cli_bad_corrections_are_one_line_and_exit_2(cli, articles, args, message):
    erg = cli
    assert erg("load", *map(str, articles), "--quiet", "--jobs", "1").code == 0
    before = erg("query", "MATCH (n)-[r]->(m) RETURN count(r) AS n").out
    ran = erg(*args)
    assert ran.code == 2 and ran.out == ""
    assert ran.err.startswith("error: ") and message in ran.err and ran.err.count("\n") == 1
    assert erg("query", "MATCH (n)-[r]->(m) RETURN count(r) AS n").out == before
    assert json.loads(erg("corrections", "--format", "json").out) == []


def test_copying_a_store_takes_its_corrections_along(loaded, tmp_path):
    from graph.store.embedded import EmbeddedStore
    from graph.transfer import copy_store

    corrections.merge(loaded, "Harbor Robotics", "Harbour Robotics")
    corrections.reject(loaded, "Keel Dynamics", "FUNDS", "Tidewater")
    target = EmbeddedStore(tmp_path / "copy")
    try:
        copy_store(loaded, target)
        copy_store(loaded, target)
        assert graph_state(target) == graph_state(loaded)
        assert [c.describe() for c in corrections.rejected(target)] == [
            "reject Keel Dynamics FUNDS Tidewater"
        ]
    finally:
        target.close()


# -- the store primitive corrections use ------------------------------------------------------
def test_rewrite_replaces_what_it_removes_in_one_transaction(any_store):
    doc = GraphDocument()
    doc.add_entity(Entity.named("Ann Lee", "Person"))
    doc.add_entity(Entity.named("Acme", "Organization", aliases=["Acme Co"]))
    doc.add_entity(Entity.named("Berlin", "Location"))
    doc.add_relation(Relation("ann-lee", "LEADS", "acme", evidence=[Evidence("Ann runs Acme.")]))
    doc.add_relation(Relation("acme", "LOCATED_IN", "berlin"))
    any_store.upsert(doc)
    before = graph_state(any_store)
    # a failing rewrite (an unknown endpoint) deletes nothing and writes no record
    bad = GraphDocument(relations={("acme", "OWNS", "nobody"): Relation("acme", "OWNS", "nobody")})
    with pytest.raises(ErgError, match="refers to unknown entity id"):
        any_store.rewrite(bad, remove_entities=["acme"], meta={"correction:x": "{}"})
    assert graph_state(any_store) == before
    # Acme becomes a Project without its alias; its LEADS goes, LOCATED_IN is written again
    acme = GraphDocument()
    acme.add_entity(Entity("acme", "Acme", "Project"))
    acme.add_relation(Relation("acme", "LOCATED_IN", "berlin"))
    any_store.rewrite(acme, remove_entities=["acme"], remove_relations=[("x", "FUNDS", "y")])
    assert {e.id: (e.type, e.aliases) for e in any_store.entities()}["acme"] == ("Project", [])
    assert relation_keys(any_store) == {("acme", "LOCATED_IN", "berlin")}
    any_store.rewrite(GraphDocument(), remove_relations=[("acme", "LOCATED_IN", "berlin")])
    assert relation_keys(any_store) == set()
    any_store.rewrite(GraphDocument(), meta={"correction:1": "a", "correction:2": "b"})
    any_store.rewrite(GraphDocument(), meta={"correction:1": None})
    rows = any_store.query(
        "MATCH (m:ErgMeta) WHERE m.key STARTS WITH 'correction:' RETURN m.key AS k, m.value AS v"
    ).rows
    assert rows == [["correction:2", "b"]]
