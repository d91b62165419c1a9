"""The `erg` command line: the guide's contract, exit codes and one-line errors."""

import json
import subprocess
import sys

from conftest import EXAMPLES

from graph.store.base import snapshot
from graph.store.embedded import DB_FILE, EmbeddedStore

FOUNDERS = [
    {"p.name": "Elon Musk", "o.name": "OpenAI"},
    {"p.name": "Elon Musk", "o.name": "xAI"},
    {"p.name": "Larry Ellison", "o.name": "Oracle"},
    {"p.name": "Sam Altman", "o.name": "OpenAI"},
]


def one_error_line(ran):
    lines = ran.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), ran.err
    assert "Traceback" not in ran.err and ran.out == ""
    return lines[0]


def test_done_when_load_query_and_reload(erg, example_store):
    ran = erg("query", "MATCH (p:Person)-[:FOUNDED]->(o) RETURN p.name, o.name", "--format", "json")
    assert ran.code == 0
    rows = sorted(json.loads(ran.out), key=lambda r: (r["p.name"], r["o.name"]))
    assert rows == FOUNDERS
    before = erg("stats", "--format", "json").out
    assert erg("load", str(EXAMPLES / "stargate.yaml")).code == 0
    assert erg("stats", "--format", "json").out == before
    totals = {r["type"]: r["count"] for r in json.loads(before) if r["kind"] == "total"}
    assert totals == {"entities": 14, "relations": 21, "evidence": 21, "documents": 1}


def test_load_summary_and_store_option_after_command(erg, tmp_path):
    other = tmp_path / "other-store"
    ran = erg("load", str(EXAMPLES / "stargate.yaml"), "--store", str(other))
    assert ran.code == 0
    assert "14 entities created" in ran.out and "21 relations created" in ran.out
    assert (other / "graph.lbug").exists()


def test_query_formats_and_params(erg, example_store):
    q = "MATCH (p:Person) WHERE p.name = $n RETURN p.name AS name, p.aliases AS aliases"
    ran = erg("query", q, "--param", "n=Elon Musk", "--format", "csv")
    assert ran.out.splitlines() == ["name,aliases", 'Elon Musk,"[""Musk""]"']
    table = erg("query", q, "--param", "n=Elon Musk")
    assert "Elon Musk" in table.out and "name" in table.out
    bad = erg("query", q, "--param", "oops")
    assert bad.code == 2 and "name=value" in one_error_line(bad)


def test_query_is_read_only_without_write(erg, example_store):
    ran = erg("query", "MATCH (p:Person) DETACH DELETE p")
    assert ran.code == 2 and "--write" in one_error_line(ran)
    assert "Elon Musk" in erg("query", "MATCH (p:Person) RETURN p.name").out
    ran = erg(
        "query", "MATCH (p:Person {id: 'larry-ellison'}) SET p.name = 'L. Ellison'", "--write"
    )
    assert ran.code == 0
    assert "L. Ellison" in erg("query", "MATCH (p:Person) RETURN p.name").out


def test_names_resolve_through_aliases(erg, example_store):
    ran = erg("neighbors", "musk", "--format", "json")
    assert ran.code == 0
    rows = json.loads(ran.out)
    assert {"dir": "->", "type": "FOUNDED", "entity": "xAI"} in [
        {k: r[k] for k in ("dir", "type", "entity")} for r in rows
    ]
    unknown = erg("neighbors", "Elon Muskk")
    assert unknown.code == 2 and "did you mean Elon Musk" in one_error_line(unknown)


def test_add_with_evidence_then_again(erg, example_store):
    ran = erg("add", "nadella", "backs", "stargate", "--evidence", "Nadella praised Stargate.")
    assert ran.code == 0 and "added Satya Nadella -[BACKS]-> Stargate" in ran.out
    again = erg(
        "add", "Satya Nadella", "BACKS", "Stargate", "--evidence", "Nadella praised Stargate."
    )
    assert "already in the store" in again.out
    more = erg("add", "Satya Nadella", "BACKS", "Stargate", "--evidence", "He backed it again.")
    assert "evidence added to" in more.out
    rows = json.loads(
        erg(
            "query",
            "MATCH (:Person)-[r:BACKS]->(:Project) WHERE size(r.evidence) = 2 "
            "RETURN r.extractors AS x",
            "--format",
            "json",
        ).out
    )
    assert rows == [{"x": ["manual", "manual"]}]


def test_add_errors(erg, example_store):
    ran = erg("add", "Musk", "LIKES", "Altman")
    assert (
        ran.code == 2
        and "unknown relation type 'LIKES'; known types: FOUNDED" in one_error_line(ran)
    )
    ran = erg("add", "Musk", "FOUNDED", "Neuralink")
    assert ran.code == 2 and "--target-type" in one_error_line(ran)
    ran = erg("add", "Musk", "FOUNDED", "Neuralink", "--target-type", "organization")
    assert ran.code == 0
    ran = erg("add", "Musk", "DISPUTES", "Elon Musk")
    assert ran.code == 2 and "to itself" in one_error_line(ran)


def test_stats_and_schema(erg, example_store):
    rows = json.loads(erg("stats", "--format", "json").out)
    assert {"kind": "relations", "type": "FUNDS", "count": 4} in rows
    schema = json.loads(erg("schema", "--format", "json").out)
    assert {
        "kind": "relation",
        "type": "LEADS",
        "endpoints": "Person -> Organization/Project",
        "meaning": "CEO, chief executive, chair, president, head",
    } in schema


def test_schema_file_is_kept_in_the_store(erg, tmp_path):
    schema_file = tmp_path / "schema.yaml"
    schema_file.write_text(
        "entity_types:\n  Vessel: a ship\nrelation_types:\n  SANCTIONS:\n"
        "    from: [Organization]\n    to: [Vessel]\n",
        encoding="utf-8",
    )
    data = tmp_path / "v.yaml"
    data.write_text(
        "entities:\n  - {name: Ever Given, type: Vessel}\n  - {name: EU, type: Organization}\n"
        "relations:\n  - {source: EU, type: SANCTIONS, target: Ever Given}\n",
        encoding="utf-8",
    )
    refused = erg("load", str(data))
    assert refused.code == 2 and "unknown entity type 'Vessel'" in one_error_line(refused)
    assert erg("--schema", str(schema_file), "load", str(data)).code == 0
    # later commands know the new types without --schema
    types = [r["type"] for r in json.loads(erg("schema", "--format", "json").out)]
    assert "Vessel" in types and "SANCTIONS" in types
    out = erg("query", "MATCH (o)-[:SANCTIONS]->(v:Vessel) RETURN v.name AS v", "--format", "json")
    assert json.loads(out.out) == [{"v": "Ever Given"}]


def test_bad_input_errors_leave_the_store_unchanged(erg, example_store, tmp_path):
    before = erg("stats", "--format", "json").out
    cases = {}
    cases["missing"] = erg("load", str(tmp_path / "missing.yaml"))
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    cases["empty"] = erg("load", str(empty))
    latin = tmp_path / "latin.csv"
    latin.write_bytes("source,type,target\nSoci\xe9t\xe9,LEADS,X\n".encode("latin-1"))
    cases["latin"] = erg("load", str(latin))
    malformed = tmp_path / "m.json"
    malformed.write_text('{"relations": [', encoding="utf-8")
    cases["malformed"] = erg("load", str(malformed))
    hostile = tmp_path / "h.yaml"
    hostile.write_text(
        "relations:\n  - {source: Musk, type: 'FUNDS]->(x) DETACH DELETE x //', target: OpenAI}\n",
        encoding="utf-8",
    )
    cases["hostile"] = erg("load", str(hostile))
    selfrel = tmp_path / "s.yaml"
    selfrel.write_text(
        "relations:\n  - {source: Musk, type: DISPUTES, target: Elon Musk}\n", encoding="utf-8"
    )
    cases["self"] = erg("load", str(selfrel))
    dup = tmp_path / "d.csv"
    dup.write_text(
        "source,type,target,evidence\nMusk,DISPUTES,Microsoft,x\nMusk,DISPUTES,Microsoft,x\n",
        encoding="utf-8",
    )
    cases["duplicate"] = erg("load", str(dup))
    unknown_type = tmp_path / "u.csv"
    unknown_type.write_text("name,type\nHMS Victory,Ship\n", encoding="utf-8")
    cases["unknown type"] = erg("load", str(unknown_type))
    # a good file before a bad one in the same load: all or nothing
    good = tmp_path / "good.yaml"
    good.write_text("entities:\n  - {name: Newco, type: Organization}\n", encoding="utf-8")
    cases["good then bad"] = erg("load", str(good), str(malformed))
    expected = {
        "missing": "file not found",
        "empty": "file is empty",
        "latin": "not valid UTF-8",
        "malformed": "malformed JSON",
        "hostile": "unknown relation type",
        "self": "to itself",
        "duplicate": "duplicate of the relation on line 2",
        "unknown type": "unknown entity type 'Ship'",
        "good then bad": "malformed JSON",
    }
    for name, ran in cases.items():
        assert ran.code == 2, (name, ran)
        assert expected[name] in one_error_line(ran), name
    assert erg("stats", "--format", "json").out == before


def test_directory_of_mixed_files(erg, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.yaml").write_text("entities:\n  - {name: Ann, type: Person}\n", encoding="utf-8")
    (folder / "b.csv").write_text(
        "source,source_type,type,target,target_type\nAnn,Person,LEADS,Acme,Organization\n",
        encoding="utf-8",
    )
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    ran = erg("load", str(folder))
    assert ran.code == 0, ran.err
    assert "loaded 2 files" in ran.out
    assert "skipped" in ran.err and "photo.png: unsupported file type .png" in ran.err
    (folder / "c.json").write_text("{oops", encoding="utf-8")
    before = erg("stats", "--format", "json").out
    ran = erg("load", str(folder))
    assert ran.code == 2 and "c.json:1: malformed JSON" in one_error_line(ran)
    assert erg("stats", "--format", "json").out == before
    ran = erg("load", str(folder), "--skip-bad")
    assert ran.code == 0 and "c.json" in ran.err


def test_store_path_that_is_a_file(erg, tmp_path):
    f = tmp_path / "not-a-store"
    f.write_text("hello", encoding="utf-8")
    ran = erg("load", str(EXAMPLES / "stargate.yaml"), store=f)
    assert ran.code == 2 and "is a regular file" in one_error_line(ran)
    assert f.read_text() == "hello"
    ran = erg("stats", store=tmp_path / "nothing-here")
    assert ran.code == 2 and "no erg store at" in one_error_line(ran)


BAD_YAML = "entities:\n  - {name: HMS Victory, type: Ship}\n"


def stored(path):
    """Everything the store at `path` holds, opened read-only, in no particular order."""
    with EmbeddedStore(path, read_only=True) as store:
        doc = snapshot(store)
    return {
        kind: {key: item.to_dict() for key, item in getattr(doc, kind).items()}
        for kind in ("entities", "relations", "documents")
    }


def test_failed_load_into_a_new_store_leaves_nothing_behind(erg, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_YAML, encoding="utf-8")
    for store in (tmp_path / "new-store", tmp_path / "deep" / "er" / "store"):
        ran = erg("load", str(bad), store=store)
        assert ran.code == 2 and "unknown entity type 'Ship'" in one_error_line(ran)
        ran = erg("build", str(bad), "--html", str(tmp_path / "page.html"), store=store)
        assert ran.code == 2 and "unknown entity type 'Ship'" in one_error_line(ran)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml"]
    # an empty directory made beforehand stays, empty
    empty = tmp_path / "empty"
    empty.mkdir()
    assert erg("load", str(bad), store=empty).code == 2
    assert empty.is_dir() and list(empty.iterdir()) == []
    # the same path loads fine afterwards
    assert erg("load", str(EXAMPLES / "stargate.yaml"), store=tmp_path / "new-store").code == 0
    assert (tmp_path / "new-store" / DB_FILE).is_file()


def test_failed_load_into_an_existing_store_leaves_it_intact(erg, example_store, tmp_path):
    before = stored(example_store)
    assert len(before["entities"]) == 14 and len(before["relations"]) == 21
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_YAML, encoding="utf-8")
    assert erg("load", str(bad)).code == 2
    assert erg("build", str(bad), "--html", str(tmp_path / "page.html")).code == 2
    assert erg("add", "Nobody", "FOUNDED", "Nothing").code == 2
    assert (example_store / DB_FILE).is_file()
    assert stored(example_store) == before
    assert not (tmp_path / "page.html").exists()


def test_usage_errors_are_one_line_exit_2(erg):
    ran = erg("query")
    assert ran.code == 2 and "Missing argument" in one_error_line(ran)
    ran = erg("frobnicate")
    assert ran.code == 2 and "No such command" in one_error_line(ran)
    ran = erg("query", "RETURN 1", "--format", "xml")
    assert ran.code == 2 and "xml" in one_error_line(ran)


def test_locked_store_is_a_clear_error(erg_process, example_store):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from graph.store.embedded import EmbeddedStore; "
            f"s = EmbeddedStore({str(example_store)!r}); print('held', flush=True); "
            "time.sleep(3600)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        ran = erg_process("load", str(EXAMPLES / "stargate.yaml"))
        assert ran.code == 2, ran
        line = one_error_line(ran)
        assert "is locked by another erg process" in line and f"PID {holder.pid}" in line
        assert holder.poll() is None  # erg gave up while the lock was held: it did not wait
    finally:
        holder.kill()
        holder.wait()
    ran = erg_process("stats", "--format", "json")
    assert ran.code == 0
    assert {"kind": "total", "type": "relations", "count": 21} in json.loads(ran.out)
