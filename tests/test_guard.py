"""Corrections and loads that meet another writer: nothing either wrote is lost, nothing a
correction removed comes back, and a curated file's data and corrections are written whole or
not at all. Each race is played deterministically: the other writer's work runs exactly
between one side's read and its write (no sleeps), on both stores.

On Neo4j the other writer is a second connection (its own driver). The embedded store admits
one writer process at a time, so there the other writer is the same store object, whose write
lands in the same gap (a notebook can do this).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from graph import corrections, ingest
from graph.corrections import stored_corrections
from graph.errors import ErgError, StoreError
from graph.ingest import load_paths
from graph.model import GraphDocument
from graph.store.embedded import EmbeddedStore
from graph.store.guard import ATTEMPTS, Guard, StaleRead

BASE = """\
title: the desk's file
entities:
  - {name: Acme, type: Organization}
  - {name: Acme Co, type: Organization}
  - {name: Ann Lee, type: Person}
  - {name: Bo Park, type: Person}
relations:
  - {source: Ann Lee, type: LEADS, target: Acme, evidence: "Ann Lee runs Acme."}
  - {source: Bo Park, type: FOUNDED, target: Acme Co, evidence: "Bo Park founded Acme Co."}
"""
LATER = """\
title: a later file {n}
relations:
  - {{source: Ann Lee, type: LEADS, target: Acme, evidence: "Ann Lee has led Acme since {n}."}}
  - {{source: Bo Park, type: FOUNDED, target: Acme Co, evidence: "Acme Co began in {n}."}}
"""


@pytest.fixture
def writer(any_store) -> Iterator:
    """Another writer on the test's store (see the module's docstring)."""
    if isinstance(any_store, EmbeddedStore):
        yield any_store
        return
    from graph.store.neo4j import Neo4jStore

    other = Neo4jStore(any_store.uri)
    yield other
    other.close()


@pytest.fixture
def base(any_store, tmp_path: Path):
    path = tmp_path / "base.yaml"
    path.write_text(BASE, encoding="utf-8")
    load_paths(any_store, [path])
    return any_store


def later_file(tmp_path: Path, n: int) -> Path:
    path = tmp_path / f"later-{n}.yaml"
    path.write_text(LATER.format(n=n), encoding="utf-8")
    return path


def between(store, method: str, action: Callable[[], object], monkeypatch, times: int = 1):
    """Run `action()` just before each of the first `times` calls of `store.<method>`: after
    the caller read what it decided on, before its writing transaction starts."""
    real = getattr(store, method)
    calls: list[int] = []

    def wrapped(*args, **kwargs):
        calls.append(len(calls))
        if len(calls) <= times:
            action()
        return real(*args, **kwargs)

    monkeypatch.setattr(store, method, wrapped)
    return calls


def evidence(store) -> dict[tuple[str, str, str], set[str]]:
    return {r.key: {e.text for e in r.evidence} for r in store.relations()}


def ids(store) -> set[str]:
    return {e.id for e in store.entities()}


# -- a load between a correction's read and its write ------------------------------------------
def test_evidence_a_load_adds_while_a_merge_is_made_is_kept(base, writer, tmp_path, monkeypatch):
    later = later_file(tmp_path, 2001)
    calls = between(base, "rewrite", lambda: load_paths(writer, [later]), monkeypatch)
    corrections.merge(base, "Acme", "Acme Co")
    monkeypatch.undo()
    assert evidence(base) == {
        ("ann-lee", "LEADS", "acme"): {"Ann Lee runs Acme.", "Ann Lee has led Acme since 2001."},
        ("bo-park", "FOUNDED", "acme"): {"Bo Park founded Acme Co.", "Acme Co began in 2001."},
    }
    assert ids(base) == {"acme", "ann-lee", "bo-park"}
    assert len(calls) == 2  # the first write found what the merge read changed: made again


def test_evidence_a_load_adds_while_a_relation_is_rejected_stays_with_the_rejection(
    base, writer, tmp_path, monkeypatch
):
    later = later_file(tmp_path, 2002)
    between(base, "rewrite", lambda: load_paths(writer, [later]), monkeypatch)
    corrections.reject(base, "Ann Lee", "LEADS", "Acme")
    monkeypatch.undo()
    assert ("ann-lee", "LEADS", "acme") not in evidence(base)
    corrections.restore(base, "Ann Lee", "LEADS", "Acme")  # back with all of its evidence
    assert evidence(base)[("ann-lee", "LEADS", "acme")] == {
        "Ann Lee runs Acme.",
        "Ann Lee has led Acme since 2002.",
    }


def test_a_correction_that_keeps_losing_fails_with_one_line_and_changes_nothing(
    base, writer, tmp_path, monkeypatch
):
    years = iter(range(2010, 2100))
    calls = between(
        base,
        "rewrite",
        lambda: load_paths(writer, [later_file(tmp_path, next(years))]),
        monkeypatch,
        times=100,
    )
    with pytest.raises(StoreError) as caught:
        corrections.merge(base, "Acme", "Acme Co")
    monkeypatch.undo()
    message = str(caught.value)
    assert "\n" not in message and message.startswith("the merge was not saved")
    assert message.endswith("nothing was changed: run it again")
    assert len(calls) == ATTEMPTS
    assert stored_corrections(base) == []
    assert ids(base) == {"acme", "acme-co", "ann-lee", "bo-park"}
    assert len(evidence(base)[("ann-lee", "LEADS", "acme")]) == 1 + ATTEMPTS


NOVA = """\
title: a file that names a new company
entities:
  - {name: Nova, type: Organization}
"""


def nova_file(tmp_path: Path) -> Path:
    path = tmp_path / "nova.yaml"
    path.write_text(NOVA, encoding="utf-8")
    return path


def test_a_rename_to_a_name_a_load_gives_meanwhile_is_refused(base, writer, tmp_path, monkeypatch):
    """The rename found 'Nova' free; a load creates Nova before the rename writes: its last
    check finds the name taken, and the rename, made again, is refused as usual."""
    calls = between(base, "rewrite", lambda: load_paths(writer, [nova_file(tmp_path)]), monkeypatch)
    with pytest.raises(ErgError, match="'Nova' is already a name of Organization 'Nova'"):
        corrections.rename(base, "Acme Co", "Nova")
    monkeypatch.undo()
    names = {e.id: e.name for e in base.entities()}
    assert names["acme-co"] == "Acme Co" and names["nova"] == "Nova"
    assert stored_corrections(base) == []
    assert len(calls) == 1  # the second try refused it before writing


# -- a correction between a load's read and its write ------------------------------------------
def test_a_merge_made_while_a_load_is_written_applies_to_that_load(
    base, writer, tmp_path, monkeypatch
):
    calls = between(
        base, "upsert", lambda: corrections.merge(writer, "Acme", "Acme Co"), monkeypatch
    )
    load_paths(base, [later_file(tmp_path, 2003)])
    monkeypatch.undo()
    assert ids(base) == {"acme", "ann-lee", "bo-park"}  # Acme Co does not come back
    assert evidence(base)[("bo-park", "FOUNDED", "acme")] == {
        "Bo Park founded Acme Co.",
        "Acme Co began in 2003.",
    }
    assert len(calls) == 2  # the load saw new corrections as it was about to commit: made again


def test_an_article_reloaded_while_a_merge_is_made_does_not_bring_the_merged_one_back(
    any_store, writer, tmp_path, monkeypatch
):
    from test_corrections import ARTICLES

    paths = []
    for name in ("harbor.txt", "keel.txt"):  # keel.txt: "Harbour Robotics founder Mara Quinlan"
        paths.append(tmp_path / name)
        paths[-1].write_text(ARTICLES[name], encoding="utf-8")
    load_paths(any_store, paths, jobs=1)
    merge = lambda: corrections.merge(writer, "Harbor Robotics", "Harbour Robotics")  # noqa: E731
    calls = between(any_store, "upsert", merge, monkeypatch)
    real, extracted = ingest._extract_one, []
    monkeypatch.setattr(ingest, "_extract_one", lambda *a: extracted.append(a) or real(*a))
    report = load_paths(any_store, paths[1:], jobs=1)
    monkeypatch.undo()
    assert "harbour-robotics" not in ids(any_store)
    assert ("mara-quinlan", "FOUNDED", "harbor-robotics") in evidence(any_store)
    assert report.articles == 1
    assert len(calls) == 2 and len(extracted) == 1  # made again, but extracted once


def test_an_unmerge_made_while_a_load_is_written_applies_to_that_load(
    base, writer, tmp_path, monkeypatch
):
    corrections.merge(base, "Acme", "Acme Co")
    between(base, "upsert", lambda: corrections.unmerge(writer, "Acme Co"), monkeypatch)
    load_paths(base, [later_file(tmp_path, 2004)])
    monkeypatch.undo()
    assert ids(base) == {"acme", "acme-co", "ann-lee", "bo-park"}
    assert evidence(base)[("bo-park", "FOUNDED", "acme-co")] == {
        "Bo Park founded Acme Co.",
        "Acme Co began in 2004.",
    }
    assert ("bo-park", "FOUNDED", "acme") not in evidence(base)


def test_a_rejection_made_while_a_relation_is_added_by_hand_is_kept(base, writer, monkeypatch):
    from graph.manual import add_relation

    reject = lambda: corrections.reject(writer, "Ann Lee", "LEADS", "Acme")  # noqa: E731
    between(base, "upsert", reject, monkeypatch)
    with pytest.raises(ErgError, match="rejected by an analyst"):
        add_relation(base, "Ann Lee", "LEADS", "Acme", evidence="Ann Lee leads Acme.")
    monkeypatch.undo()
    assert ("ann-lee", "LEADS", "acme") not in evidence(base)


# -- the store primitive ------------------------------------------------------------------------
def test_a_rewrite_whose_guard_is_stale_writes_nothing(base, writer, tmp_path):
    guard, acme, rels = acme_guard(base)
    before = evidence(base)
    load_paths(writer, [later_file(tmp_path, 2005)])
    after = evidence(base)
    with pytest.raises(StaleRead):
        base.rewrite(_renamed(acme, rels), remove_entities=["acme"], guard=guard)
    assert evidence(base) == after != before
    assert {e.id: e.name for e in base.entities()}["acme"] == "Acme"
    guard, acme, rels = acme_guard(base)  # read again: now it holds
    base.rewrite(_renamed(acme, rels), remove_entities=["acme"], guard=guard)
    assert {e.id: e.name for e in base.entities()}["acme"] == "Acme Inc"
    assert evidence(base) == after


def acme_guard(store):
    acme = {e.id: e for e in store.entities()}["acme"]
    rels = [r for r in store.relations() if "acme" in (r.source, r.target)]
    return Guard.of([acme], rels), acme, rels


def _renamed(entity, relations):
    """The entity renamed, with its relations (a rewrite writes them afresh)."""
    changed = entity.copy()
    changed.name = "Acme Inc"
    return GraphDocument(entities={changed.id: changed}, relations={r.key: r for r in relations})


# -- a curated file's data and its corrections: one transaction -----------------------------
DESK = (
    BASE
    + """\
corrections:
  - merge: [Acme, Acme Co]
  - reject: [Ann Lee, LEADS, Acme]
"""
)


def test_a_fault_between_a_curated_files_data_and_corrections_leaves_nothing(
    any_store, tmp_path, monkeypatch
):
    path = tmp_path / "desk.yaml"
    path.write_text(DESK, encoding="utf-8")

    def fault(cypher: str) -> None:  # the write of the first correction record fails
        if "MERGE (m:ErgMeta {key: $k})" in cypher:
            raise RuntimeError("disk full (simulated)")

    monkeypatch.setattr(any_store, "before_statement", fault)
    with pytest.raises(RuntimeError, match="simulated"):
        load_paths(any_store, [path])
    monkeypatch.undo()
    assert any_store.entities() == [] and any_store.relations() == []
    assert stored_corrections(any_store) == []
    report = load_paths(any_store, [path])
    assert [c.describe() for c in report.corrections] == [
        "merge 'Acme Co' into 'Acme'",
        "reject Ann Lee LEADS Acme",
    ]
    assert ids(any_store) == {"acme", "ann-lee", "bo-park"}
    assert evidence(any_store) == {("bo-park", "FOUNDED", "acme"): {"Bo Park founded Acme Co."}}


# -- Neo4j: the two transactions meet on the entity locks ------------------------------------
def _in_thread(work: Callable[[], object], errors: list[BaseException]) -> threading.Thread:
    def run() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - the main thread reports it
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def _pause_at(store, monkeypatch, starts: Callable[[str], bool]):
    """Pause `store`'s transaction before the first statement `starts(cypher)` accepts, until
    released: (paused, release) events."""
    paused, release = threading.Event(), threading.Event()

    def hook(cypher: str) -> None:
        if starts(cypher) and not paused.is_set():
            paused.set()
            assert release.wait(120)

    monkeypatch.setattr(store, "before_statement", hook)
    return paused, release


def _wait_until_blocked(server) -> None:
    """Poll the server until a transaction waits for a lock (a condition, not a guessed
    delay); fails after two minutes."""
    from neo4j import GraphDatabase

    deadline = time.monotonic() + 120
    with GraphDatabase.driver(server.uri, auth=server.auth) as driver:
        while time.monotonic() < deadline:
            records, _, _ = driver.execute_query(
                "SHOW TRANSACTIONS YIELD status RETURN status", database_=server.database
            )
            if any(str(r["status"]).startswith("Blocked") for r in records):
                return
            time.sleep(0.02)
    raise AssertionError("no transaction ever waited for a lock")


@pytest.mark.neo4j
def test_a_load_that_waits_for_a_merges_locks_applies_the_merge(
    neo4j_clean, neo4j_store, tmp_path, monkeypatch
):
    """The merge holds the entities it checked; a load of Acme Co waits for them, then finds
    the merge's record as it is about to commit, and is made again with it."""
    path = tmp_path / "base.yaml"
    path.write_text(BASE, encoding="utf-8")
    load_paths(neo4j_store, [path])
    from graph.store.neo4j import Neo4jStore

    loader = Neo4jStore(neo4j_store.uri)
    loads = between(loader, "upsert", lambda: None, monkeypatch, times=0)
    paused, release = _pause_at(neo4j_store, monkeypatch, lambda c: "DETACH DELETE" in c)
    errors: list[BaseException] = []
    try:
        merging = _in_thread(lambda: corrections.merge(neo4j_store, "Acme", "Acme Co"), errors)
        assert paused.wait(120)  # the merge holds its locks, checked
        loading = _in_thread(lambda: load_paths(loader, [later_file(tmp_path, 2006)]), errors)
        _wait_until_blocked(neo4j_clean)
        release.set()
        merging.join(120)
        loading.join(120)
    finally:
        release.set()
        loader.close()
    monkeypatch.undo()
    assert not errors
    assert ids(neo4j_store) == {"acme", "ann-lee", "bo-park"}
    assert evidence(neo4j_store)[("bo-park", "FOUNDED", "acme")] == {
        "Bo Park founded Acme Co.",
        "Acme Co began in 2006.",
    }
    assert len(loads) == 2


@pytest.mark.neo4j
def test_a_merge_that_waits_for_a_loads_locks_reads_again(
    neo4j_clean, neo4j_store, tmp_path, monkeypatch
):
    """A load holds the entities it writes; the merge's check waits for them, then finds
    what it read changed, and the merge is made again from a fresh read."""
    path = tmp_path / "base.yaml"
    path.write_text(BASE, encoding="utf-8")
    load_paths(neo4j_store, [path])
    from graph.store.neo4j import Neo4jStore

    loader = Neo4jStore(neo4j_store.uri)
    writes = between(neo4j_store, "rewrite", lambda: None, monkeypatch, times=0)
    paused, release = _pause_at(
        loader, monkeypatch, lambda c: c.startswith("UNWIND") and "]->(b)" in c
    )
    errors: list[BaseException] = []
    try:
        loading = _in_thread(lambda: load_paths(loader, [later_file(tmp_path, 2007)]), errors)
        assert paused.wait(120)  # the load holds its locks
        merging = _in_thread(lambda: corrections.merge(neo4j_store, "Acme", "Acme Co"), errors)
        _wait_until_blocked(neo4j_clean)
        release.set()
        loading.join(120)
        merging.join(120)
    finally:
        release.set()
        loader.close()
    monkeypatch.undo()
    assert not errors
    assert evidence(neo4j_store) == {
        ("ann-lee", "LEADS", "acme"): {"Ann Lee runs Acme.", "Ann Lee has led Acme since 2007."},
        ("bo-park", "FOUNDED", "acme"): {"Bo Park founded Acme Co.", "Acme Co began in 2007."},
    }
    assert len(writes) == 2


@pytest.mark.neo4j
def test_a_rename_that_waits_for_a_loads_names_lock_sees_its_new_entity(
    neo4j_clean, neo4j_store, tmp_path, monkeypatch
):
    """The load of Nova has made its last check (the rename is not stored yet) and holds the
    names lock until it commits; the rename's name check waits for it, then finds Nova."""
    path = tmp_path / "base.yaml"
    path.write_text(BASE, encoding="utf-8")
    load_paths(neo4j_store, [path])
    from graph.store import neo4j as neo4j_module
    from graph.store.neo4j import Neo4jStore

    loader = Neo4jStore(neo4j_store.uri)
    checked, release = threading.Event(), threading.Event()
    real = neo4j_module.check_corrections

    def check_then_pause(*args, **kwargs) -> None:  # the load's last statement, then a pause
        real(*args, **kwargs)
        if threading.get_ident() in loading_thread and not checked.is_set():
            checked.set()
            assert release.wait(120)

    monkeypatch.setattr(neo4j_module, "check_corrections", check_then_pause)
    loading_thread: list[int] = []

    def load_nova() -> None:
        loading_thread.append(threading.get_ident())
        load_paths(loader, [nova_file(tmp_path)])

    errors: list[BaseException] = []
    try:
        loading = _in_thread(load_nova, errors)
        assert checked.wait(120)  # the load holds the names lock, its check made
        renaming = _in_thread(lambda: corrections.rename(neo4j_store, "Acme Co", "Nova"), errors)
        _wait_until_blocked(neo4j_clean)
        release.set()
        loading.join(120)
        renaming.join(120)
    finally:
        release.set()
        loader.close()
    monkeypatch.undo()
    assert [str(e) for e in errors] == [
        "'Nova' is already a name of Organization 'Nova'; to make them one entity, merge "
        "them: erg merge 'Nova' 'Acme Co'"
    ]
    names = {e.id: e.name for e in neo4j_store.entities()}
    assert names["acme-co"] == "Acme Co" and names["nova"] == "Nova"
    assert stored_corrections(neo4j_store) == []
