"""Faults a real analyst's machine meets: a load killed (SIGKILL) at any moment, a full disk,
Ctrl-C, reads racing a load, and bad values written with `erg query --write`. Every case uses a
real LadybugDB store and real processes; none may make a store unopenable or half-written.

`ERG_KILL_TRIES=N` runs the kill test N times (the suite's default is kept small); it prints
"kills survived / tried" for the record.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

from graph.store.embedded import DB_FILE, EmbeddedStore
from loaders.curated import parse_curated

# A real load in a child process: N people leading N organizations, one document.
LOADER = """
import sys
from graph.model import Document, Entity, Evidence, GraphDocument, Relation
from graph.store.embedded import EmbeddedStore
n = int(sys.argv[2])
doc = GraphDocument()
doc.add_document(Document("doc-kill", "Killed load", "kill.json", "2025-01-01"))
for i in range(n):
    doc.add_entity(Entity.named(f"Person {i}", "Person", documents=["doc-kill"]))
    doc.add_entity(Entity.named(f"Org {i}", "Organization", documents=["doc-kill"]))
for i in range(n):
    s, t = f"person-{i}", f"org-{(i * 7) % n}"
    doc.add_relation(Relation(s, "LEADS", t, evidence=[Evidence(f"{s} leads {t}.", "doc-kill")]))
store = EmbeddedStore(sys.argv[1])
store.upsert(doc)
if len(sys.argv) > 3:  # exit at once: the committed log is never checkpointed
    import os
    os._exit(0)
store.close()
"""
LOAD_SIZE = 300
# The same kind of load as a curated file, for the real `erg load` command.
LOAD_FILE = {
    "entities": [{"name": f"Person {i}", "type": "Person"} for i in range(300)]
    + [{"name": f"Org {i}", "type": "Organization"} for i in range(300)],
    "relations": [
        {"source": f"Person {i}", "type": "LEADS", "target": f"Org {i}"} for i in range(300)
    ],
}
KILL_DELAYS = [0.0, 0.0, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.15, 0.4]
WAL = f"{DB_FILE}.wal"
CHECKPOINT_FILES = (f"{DB_FILE}.wal.checkpoint", f"{DB_FILE}.shadow")


def counts(path: Path) -> tuple[int, int, int, int]:
    """(entities, relations, evidence, documents) read through a read-only open."""
    with EmbeddedStore(path, read_only=True) as store:
        rels = store.relations()
        return (
            len(store.entities()),
            len(rels),
            sum(len(r.evidence) for r in rels),
            len(store.documents()),
        )


def start_load(store: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", LOADER, str(store), str(LOAD_SIZE), *extra],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_for(proc: subprocess.Popen, *paths: Path) -> bool:
    """Poll until one of `paths` exists (True) or the process ends (False)."""
    while proc.poll() is None:
        if any(p.exists() for p in paths):
            return True
        time.sleep(0.0002)
    return False


def erg_run(*args: str, store: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ERG_STORE": str(store)}
    return subprocess.run(
        [sys.executable, "-m", "graph", *args], capture_output=True, text=True, env=env, cwd=ROOT
    )


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """A store holding the curated Stargate graph (written in this process, then closed)."""
    path = tmp_path_factory.mktemp("faults") / "base"
    with EmbeddedStore(path) as store:
        store.upsert(parse_curated(str(EXAMPLES / "stargate.yaml")))
    return path


@pytest.fixture(scope="module")
def states(base: Path, tmp_path_factory) -> dict[str, tuple[int, int, int, int]]:
    """The only two states a store may be in after the load: before it, and after all of it."""
    full = tmp_path_factory.mktemp("faults") / "full"
    shutil.copytree(base, full)
    proc = start_load(full)
    assert proc.wait(300) == 0, proc.stderr.read() if proc.stderr else ""
    return {"before": counts(base), "after": counts(full)}


def copy_of(base: Path, tmp_path: Path, name: str = "store") -> Path:
    path = tmp_path / name
    shutil.rmtree(path, ignore_errors=True)
    shutil.copytree(base, path)
    return path


# -- SIGKILL ----------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_load_killed_at_any_moment_leaves_the_store_before_or_after_it(base, states, tmp_path):
    """SIGKILL as soon as the log appears and at delays through the commit and the checkpoint:
    the next read-only command opens the store, which is exactly as before or after the load."""
    tries = int(os.environ.get("ERG_KILL_TRIES", len(KILL_DELAYS)))
    outcomes: dict[str, int] = {"before": 0, "after": 0, "torn log discarded": 0}
    for i in range(tries):
        store = copy_of(base, tmp_path)
        proc = start_load(store)
        wait_for(proc, store / WAL)
        time.sleep(KILL_DELAYS[i % len(KILL_DELAYS)])
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        ran = erg_run("stats", "--format", "json", store=store)
        assert ran.returncode == 0, f"kill {i}: {ran.stderr}"
        totals = {r["type"]: r["count"] for r in json.loads(ran.stdout) if r["kind"] == "total"}
        found = (
            totals["entities"],
            totals["relations"],
            totals["evidence"],
            totals["documents"],
        )
        assert found in states.values(), f"kill {i}: a half-written store {found}"
        outcomes["before" if found == states["before"] else "after"] += 1
        outcomes["torn log discarded"] += "ended in an unfinished write" in ran.stderr
        assert counts(store) == found  # and a read-write open agrees
        with EmbeddedStore(store):
            pass
    print(f"kills survived / tried: {tries} / {tries}; states {outcomes}")


@pytest.mark.parametrize("cut", ["a third off its end", "inside its first records"])
def test_a_torn_log_is_discarded_with_a_warning(base, states, tmp_path, erg, cut):
    """A log whose last transaction is cut short (the process died while writing it) used to
    make every command fail with "the WAL file is corrupted" or, cut inside a record, with
    "Reading past the end of the file". It is discarded, with a warning, and the store is as
    before the load; the next load works."""
    store = copy_of(base, tmp_path)
    assert start_load(store, "exit-before-checkpoint").wait(300) == 0
    log = store / WAL
    size = log.stat().st_size
    with log.open("r+b") as f:
        f.truncate(size - size // 3 if cut == "a third off its end" else 12_345)
    ran = erg("stats", "--format", "json", store=store)
    assert ran.code == 0, ran.err
    assert "warning: the store's write-ahead log ended in an unfinished write" in ran.err
    assert counts(store) == states["before"]
    ran = erg("load", str(EXAMPLES / "stargate-extra.json"), "--quiet", store=store)
    assert ran.code == 0, ran.err
    assert "warning" not in erg("stats", store=store).err  # discarded once, for good


def test_a_complete_log_left_by_a_killed_process_is_replayed(base, states, tmp_path):
    store = copy_of(base, tmp_path)
    assert start_load(store, "exit-before-checkpoint").wait(300) == 0
    assert (store / WAL).exists()
    assert counts(store) == states["after"]


@pytest.mark.slow
def test_a_load_killed_during_its_checkpoint_leaves_reads_working(base, states, tmp_path):
    """Killed while it copies the committed log into the database file: read-only commands used
    to fail with "checkpoint recovery is pending" until a write; they complete the recovery."""
    hits = 0
    for _ in range(3):
        store = copy_of(base, tmp_path)
        proc = start_load(store)
        seen = wait_for(proc, *(store / name for name in CHECKPOINT_FILES))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not seen:
            continue
        hits += 1
        ran = erg_run("stats", "--format", "json", store=store)
        assert ran.returncode == 0, ran.stderr
        assert counts(store) == states["after"]  # the commit came before the checkpoint
    assert hits, "no kill landed in a checkpoint"


@pytest.mark.slow
def test_reads_during_a_load_never_fail(base, states, tmp_path):
    """Read-only opens racing a load (its commit and checkpoint included) all succeed, each
    seeing the store before or after the load."""
    store = copy_of(base, tmp_path)
    proc = start_load(store)
    seen: list[tuple[int, int, int, int]] = []
    while proc.poll() is None:
        seen.append(counts(store))
    assert proc.wait() == 0
    seen.append(counts(store))
    assert len(seen) > 1
    assert set(seen) <= set(states.values())
    assert seen[-1] == states["after"]


# -- a full disk ------------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path):
    """Mount a size-limited tmpfs (needs root); `make(kib)` mounts one of that size."""
    mounts: list[Path] = []

    def make(kib: int) -> Path:
        where = tmp_path / f"disk{len(mounts)}"
        where.mkdir()
        ran = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={kib}k", "tmpfs", str(where)],
            capture_output=True,
            text=True,
        )
        if ran.returncode != 0:
            pytest.skip(
                "cannot mount a small tmpfs here (needs root): see the README's manual "
                f"disk-full check ({ran.stderr.strip()})"
            )
        mounts.append(where)
        return where

    yield make
    for where in mounts:
        subprocess.run(["umount", str(where)], check=False)


@pytest.mark.slow
def test_a_full_disk_fails_a_load_with_one_line_and_keeps_the_store(
    base, states, tmp_path, small_disk
):
    """On a disk that fills during the load (or before it), `erg load` says so in one line and
    exits 2, never aborting (exit 134); the store is as it was and opens."""
    curated = tmp_path / "load.json"
    curated.write_text(json.dumps(LOAD_FILE))
    used = sum(p.stat().st_size for p in base.iterdir()) // 1024 + 16
    failed = 0
    for free in (64, 2100, 2200, 2300):  # before the reserve; during the write; at the commit
        disk = small_disk(used + free)
        store = copy_of(base, disk)
        ran = erg_run("load", str(curated), "--quiet", store=store)
        assert ran.returncode in (0, 2), f"{free} KiB free: exit {ran.returncode} {ran.stderr}"
        if ran.returncode == 2:
            failed += 1
            lines = ran.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("error: the disk holding"), lines
            assert counts(store) == states["before"]
        assert erg_run("stats", store=store).returncode == 0
    assert failed


# -- Ctrl-C -----------------------------------------------------------------------------------
# `erg load` in a child process whose store sends itself SIGINT (a real Ctrl-C) just before the
# statement that `argv[1]` names: the first relation write (before the commit), or the first
# statement after the COMMIT.
CTRL_C = """
import os, signal, sys
import graph.store.embedded as embedded

# Ctrl-C as a terminal delivers it, even when the test runner was started in the background by a
# shell that ignores SIGINT for its background jobs (the child would inherit SIG_IGN)
signal.signal(signal.SIGINT, signal.default_int_handler)

class Interrupted(embedded.EmbeddedStore):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        state = {"armed": sys.argv[1] == "before-commit", "fired": False}

        def hook(cypher):
            if cypher == "COMMIT":
                state["armed"] = True
            elif state["armed"] and not state["fired"] and (
                sys.argv[1] == "after-commit" or "CREATE (a)-[r:" in cypher
            ):
                state["fired"] = True
                os.kill(os.getpid(), signal.SIGINT)

        self.before_statement = hook

embedded.EmbeddedStore = Interrupted
from graph.cli import main
main(["load", sys.argv[2], "--store", sys.argv[3], "--quiet"])
"""


@pytest.mark.parametrize(
    "moment, saved, message",
    [
        ("before-commit", False, "error: interrupted: the load was not saved"),
        ("after-commit", True, "error: interrupted after the load was saved"),
    ],
)
def test_ctrl_c_says_whether_the_load_was_saved_and_exits_130(
    base, tmp_path, moment, saved, message
):
    store = copy_of(base, tmp_path)
    before = counts(store)
    extra = EXAMPLES / "stargate-extra.json"
    ran = subprocess.run(
        [sys.executable, "-c", CTRL_C, moment, str(extra), str(store)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert ran.returncode == 130, ran.stderr
    assert [line for line in ran.stderr.splitlines() if line.strip()] == [
        line for line in ran.stderr.splitlines() if line.startswith(message)
    ]
    assert (counts(store) != before) is saved


def test_ctrl_c_on_a_new_store_after_the_commit_keeps_it(tmp_path):
    store = tmp_path / "new"
    ran = subprocess.run(
        [sys.executable, "-c", CTRL_C, "after-commit", str(EXAMPLES / "stargate.yaml"), str(store)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert ran.returncode == 130 and "was saved" in ran.stderr
    assert counts(store)[0] > 0  # a failed first load removes the store; a saved one stays


@pytest.mark.slow
def test_ctrl_c_from_outside_reports_what_the_store_holds(base, states, tmp_path):
    """SIGINT sent to a real `erg load` at moments around its commit: exit 130 every time, and
    the line says "saved" exactly when the store holds the load."""
    curated = tmp_path / "load.json"
    curated.write_text(json.dumps(LOAD_FILE))
    for delay in (0.0, 0.005, 0.05):
        store = copy_of(base, tmp_path)
        env = {**os.environ, "ERG_STORE": str(store)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "graph", "load", str(curated), "--quiet"],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        if not wait_for(proc, store / WAL):
            continue  # finished before the log appeared: nothing to interrupt
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate()
        if proc.returncode == 0:
            continue  # the signal came after the command had finished its work
        assert proc.returncode == 130, err
        saved = counts(store) != states["before"]
        assert ("was saved" in err) is saved, err


# -- bad values written with --write -----------------------------------------------------------
BAD_WRITES = {
    "props": "MATCH (p:Person {id: 'elon-musk'}) SET p.props = 'not json {'",
    "props-not-an-object": "MATCH (p:Person {id: 'sam-altman'}) SET p.props = '[1, 2]'",
    "evidence_json": "MATCH (:Person {id: 'elon-musk'})-[r:FOUNDED]->() SET r.evidence_json = '{'",
    "schema": "MATCH (m:ErgMeta {key: 'schema'}) SET m.value = 'not a schema'",
}


@pytest.mark.parametrize("what", sorted(BAD_WRITES))
def test_a_bad_value_written_with_write_never_disables_the_store(example_store, erg, what):
    """stats, neighbors, viz and load keep working; the bad row is reported as a warning by
    the commands that read it (a load reads only what it merges into)."""
    ran = erg("query", "--write", BAD_WRITES[what])
    assert ran.code == 0, ran.err
    for args in (
        ["stats"],
        ["neighbors", "musk"],
        ["viz", "-o", str(example_store.parent / "page.html")],
        ["load", str(EXAMPLES / "stargate-extra.json"), "--quiet"],
        ["stats", "--format", "json"],
    ):
        ran = erg(*args)
        assert ran.code == 0, (args, ran.err)
        assert not [line for line in ran.err.splitlines() if line.startswith("error:")]
        warnings = [line for line in ran.err.splitlines() if line.startswith("warning:")]
        assert warnings or args[0] == "load", args
    assert json.loads(ran.out)  # the store still answers


def test_an_unreadable_correction_never_stops_a_load(example_store, erg):
    ran = erg("query", "--write", "CREATE (:ErgMeta {key: 'correction:0-bad', value: '{'})")
    assert ran.code == 0, ran.err
    ran = erg("load", str(EXAMPLES / "stargate-extra.json"), "--quiet")
    assert ran.code == 0, ran.err
    assert "warning: the correction 'correction:0-bad' kept in the store is unreadable" in ran.err


def test_unparseable_props_are_kept_and_survive_a_merge(example_store, erg):
    erg("query", "--write", BAD_WRITES["props"])
    ran = erg("load", str(EXAMPLES / "stargate.yaml"), "--quiet")
    assert ran.code == 0, ran.err
    with EmbeddedStore(example_store, read_only=True) as store:
        musk = {e.id: e for e in store.entities()}["elon-musk"]
    assert musk.properties == {"unparsed": "not json {"}


# -- multi-statement writes ------------------------------------------------------------------
def test_a_multi_statement_write_is_all_or_nothing(example_store, erg):
    ran = erg(
        "query",
        "--write",
        "MATCH (p:Person {id: 'elon-musk'}) SET p.name = 'Changed'; "
        "CREATE (:Person {id: 'elon-musk', name: 'Duplicate'})",
    )
    assert ran.code == 2 and ran.err.startswith("error: query failed")
    ran = erg("query", "MATCH (p:Person {id: 'elon-musk'}) RETURN p.name AS n", "--format", "json")
    assert json.loads(ran.out) == [{"n": "Elon Musk"}]
    ran = erg(
        "query",
        "--write",
        "MATCH (p:Person {id: 'elon-musk'}) SET p.name = 'A'; "
        "MATCH (p:Person {id: 'elon-musk'}) SET p.name = p.name + 'B' RETURN p.name AS n",
        "--format",
        "json",
    )
    assert json.loads(ran.out) == [{"n": "AB"}]


# -- timeouts ---------------------------------------------------------------------------------
def test_an_unbounded_query_stops_at_its_timeout_with_one_line(store_path, erg):
    """A dense generated graph where every variable-length walk explodes: the query is stopped
    at --timeout with one error line (exit 2), and the store answers the next query."""
    with EmbeddedStore(store_path) as store:
        store.upsert(ring(40))
    ran = erg("query", "MATCH (a)-[*1..12]-(b) RETURN count(*) AS n", "--timeout", "0.5")
    assert ran.code == 2
    assert ran.err.strip().splitlines() == [
        "error: the query was stopped after 0.5 s (--timeout); bound it (a LIMIT, [*1..3] "
        "instead of [*]) or allow more time with --timeout SECONDS (0: no limit)"
    ]
    ran = erg("query", "MATCH (o:Organization) RETURN count(o) AS n", "--format", "json")
    assert json.loads(ran.out) == [{"n": 40}]


def ring(n: int):
    """n organizations, each funding the next three round a ring."""
    from graph.model import Entity, Evidence, GraphDocument, Relation

    doc = GraphDocument()
    orgs = [Entity.named(f"Org {i}", "Organization") for i in range(n)]
    for org in orgs:
        doc.add_entity(org)
    for i, org in enumerate(orgs):
        for step in (1, 2, 3):
            target = orgs[(i + step) % n]
            doc.add_relation(Relation(org.id, "FUNDS", target.id, evidence=[Evidence("x")]))
    return doc
