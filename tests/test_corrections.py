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
    # Mara Quinlan DISPUTES Keel Dynamics; Orin Vasquez typed Organization
    "keel.txt": (
        "Keel Dynamics backs Tidewater\n\n"
        "Keel Dynamics will fund the Tidewater project as well.\n"
        "Harbour Robotics founder Mara Quinlan sued Keel Dynamics last year.\n"
        "Orin Vasquez advises Keel Dynamics.\n"
    ),
    # Orin Vasquez (Organization) FOUNDED Tidewater Labs; Tidewater Labs PARTNERS_WITH
    # Harbor Robotics; Keel Dynamics LOCATED_IN Porto
    "tidewater.txt": (
        "Tidewater breaks ground\n\n"
        "Orin Vasquez founded Tidewater Labs in 2019.\n"
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


def test_retype_and_rename(loaded):
    corrections.retype(loaded, "Orin Vasquez", "Person", reason="a person")
    corrections.rename(loaded, "Mara Quinlan", "Mara Quinlan-Ortiz")
    people = {e.id: e for e in loaded.entities() if e.type == "Person"}
    assert "orin-vasquez" in people
    assert people["mara-quinlan"].name == "Mara Quinlan-Ortiz"
    assert "Mara Quinlan" in people["mara-quinlan"].aliases
    assert ("orin-vasquez", "FOUNDED", "tidewater-labs") in relation_keys(loaded)
    rows = loaded.query("MATCH (p:Person {id: 'orin-vasquez'})-[r]->(o) RETURN o.id AS o").rows
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
    corrections.retype(loaded, "Orin Vasquez", "Person")
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
    # is mapped by the merge; Orin Vasquez is one entity of the load, retyped once.
    assert report.corrected == Counter(merged=1, retyped=1, renamed=1, rejected=1)
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
    doc.add_entity(Entity.named("Orin Vasquez", "Organization"))
    doc.add_relation(Relation("orin-vasquez", "OWNS", "lisbon-co"))
    loaded.upsert(doc)
    assert suggest_merges(loaded, min_score=70) == []
    with pytest.raises(ErgError, match="between 0 and 100"):
        suggest_merges(loaded, 120)
