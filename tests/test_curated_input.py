"""Hostile or mistyped curated files: one `error:` line with the file and line, exit 2, and the
store exactly as before. Also: evidence, documents and skip messages stay tidy across files."""

import json
import re

import pytest

from graph.errors import ErgError
from loaders.curated import parse_curated

PEOPLE = "entities:\n  - {name: Ann, type: Person}\n  - {name: Acme, type: Organization}\n"


def alias_bomb() -> str:
    """Nine levels of nine aliases: under 500 bytes that expand to 9**9 strings."""
    lines = ["entities:", "  - name: Bomb", "    type: Organization", "    properties:"]
    lines.append("      a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]")
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"      {name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


BAD_FILES = {
    # item 9: aliases and anchors
    "bomb.yaml": (alias_bomb(), r"bomb\.yaml:5: YAML anchors and aliases \(&a, \*a\)"),
    "alias.yaml": (
        "entities:\n  - &ann {name: Ann, type: Person}\nrelations:\n"
        "  - {source: *ann, type: LEADS, target: Acme, target_type: Organization}\n",
        r"alias\.yaml:2: YAML anchors and aliases",
    ),
    # item 10: deep and recursive structures, confidence that is not a number
    "deep.json": (
        '{"entities": [{"name": "Ann", "type": "Person",\n "properties": {"x": '
        + nested(900)
        + "}}]}",
        r"deep\.json:2: nested more than 64 levels deep",
    ),
    "deep.yaml": (
        "entities:\n  - name: Ann\n    type: Person\n    properties:\n      x: " + nested(900),
        r"deep\.yaml:5: nested more than 64 levels deep",
    ),
    "self.yaml": (
        "entities:\n  - &me\n    name: Ann\n    type: Person\n    properties: {me: *me}\n",
        r"self\.yaml:2: YAML anchors and aliases",
    ),
    "conf.yaml": (
        PEOPLE + "relations:\n  - {source: Ann, type: LEADS, target: Acme,\n"
        "     evidence: [{text: Ann leads Acme., confidence: abc}]}\n",
        r"conf\.yaml:5: confidence must be a number from 0 to 1, got 'abc'",
    ),
    "conf2.yaml": (
        PEOPLE + "relations:\n  - {source: Ann, type: LEADS, target: Acme, confidence: true}\n",
        r"conf2\.yaml:5: confidence must be a number from 0 to 1, got True",
    ),
    # item 11: types are checked, never coerced
    "aliases.yaml": (
        "entities:\n  - {name: Ann, type: Person, aliases: [1, true, null]}\n",
        r"aliases\.yaml:2: aliases must be names \(text\), got a number 1",
    ),
    "listname.yaml": (
        "entities:\n  - {name: [Ann, Bea], type: Person}\n",
        r"listname\.yaml:2: name must be text, got a list",
    ),
    "numname.yaml": (
        "entities:\n  - {name: 1984, type: Product}\n",
        r"numname\.yaml:2: name must be text, got a number 1984; quote it",
    ),
    "listend.yaml": (
        PEOPLE + "relations:\n  - {source: [Ann], type: LEADS, target: Acme}\n",
        r"listend\.yaml:5: source must be text, got a list",
    ),
    "evnum.yaml": (
        PEOPLE + "relations:\n  - {source: Ann, type: LEADS, target: Acme, evidence: [42]}\n",
        r"evnum\.yaml:5: evidence must be text or a list of texts, got a number",
    ),
    "nan.yaml": (
        PEOPLE + "relations:\n  - {source: Ann, type: LEADS, target: Acme, evidence: x,\n"
        "     confidence: .nan}\n",
        r"nan\.yaml:5: confidence must be a number from 0 to 1, got nan",
    ),
    "nanprop.yaml": (
        "entities:\n  - {name: Ann, type: Person, properties: {height: .inf}}\n",
        r"nanprop\.yaml:2: properties\.height: an infinity is not a number erg can store",
    ),
    "propkey.yaml": (
        "entities:\n  - {name: Ann, type: Person, properties: {1: one}}\n",
        r"propkey\.yaml:2: properties: keys must be text, got a number 1",
    ),
    "nanjson.json": (
        '{"entities": [{"name": "Ann", "type": "Person", "properties": {"x": NaN}}]}',
        r"nanjson\.json: malformed JSON: NaN is not valid JSON",
    ),
    "title.yaml": ("date: 2025-01-01\ntitle: [a]\n" + PEOPLE, r"title\.yaml:2: title must be text"),
    # item 12: a column named twice
    "dup.csv": ("name,type,Type\nAnn,Person,Organization\n", r"dup\.csv:1: column 'type' appears"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_curated_files_are_one_line_errors(tmp_path, name):
    text, message = BAD_FILES[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ErgError, match=message) as info:
        parse_curated(path)
    assert "\n" not in str(info.value)


def test_alias_bomb_is_small_and_refused_before_it_expands(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb(), encoding="utf-8")
    assert len(path.read_bytes()) < 500
    # The first anchor (line 5) is refused: nothing after it was even composed.
    with pytest.raises(ErgError, match=r":5: "):
        parse_curated(path)


def one_error_line(ran) -> str:
    lines = ran.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), ran.err
    return lines[0]


# One file for each kind of failure (every file above fails the same way in parse_curated).
CLI_CASES = [
    "bomb.yaml",
    "deep.json",
    "self.yaml",
    "conf.yaml",
    "aliases.yaml",
    "nan.yaml",
    "dup.csv",
]


def test_bad_files_exit_2_and_leave_the_store_unchanged(erg, example_store, tmp_path):
    before = erg("query", "MATCH (n) RETURN count(n) AS n", "--format", "json").out
    stats = erg("stats", "--format", "json").out
    for name in CLI_CASES:
        text, message = BAD_FILES[name]
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        ran = erg("load", str(path))
        assert ran.code == 2, (name, ran)
        line = one_error_line(ran)
        assert str(path) in line and re.search(message, line), (name, line)
    assert erg("stats", "--format", "json").out == stats
    assert erg("query", "MATCH (n) RETURN count(n) AS n", "--format", "json").out == before


def test_typed_fields_are_kept_as_given(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text(
        "date: 2025-01-22\n"
        "entities:\n  - {name: Ann, type: Person, aliases: [A., '1984'],"
        " properties: {born: 1971-06-28, tags: [a, 1]}}\n"
        "  - {name: Acme, type: Organization}\n"
        "relations:\n  - {source: Ann, type: LEADS, target: Acme, confidence: '0.5',\n"
        "     evidence: [Ann leads Acme., {text: Acme is led by Ann., confidence: 0.25}]}\n",
        encoding="utf-8",
    )
    doc = parse_curated(path)
    ann = doc.entities["ann"]
    assert ann.aliases == ["A.", "1984"]
    assert ann.properties == {"born": "1971-06-28", "tags": ["a", 1]}
    evidence = doc.relations[("ann", "LEADS", "acme")].evidence
    assert [(e.text, e.confidence) for e in evidence] == [
        ("Ann leads Acme.", 0.5),
        ("Acme is led by Ann.", 0.25),
    ]
    assert next(iter(doc.documents.values())).date == "2025-01-22"


def stored_evidence(erg) -> list:
    ran = erg(
        "query",
        "MATCH (a)-[r:LEADS]->(b) RETURN r.evidence AS evidence, r.sources AS sources",
        "--format",
        "json",
    )
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def test_one_sentence_from_two_curated_files_is_stored_once(erg, tmp_path):
    relation = (
        "relations:\n  - {source: Ann, type: LEADS, target: Acme, evidence: Ann runs Acme.}\n"
    )
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text("title: desk A\n" + PEOPLE + relation, encoding="utf-8")
    second.write_text("title: desk B\n" + PEOPLE + relation, encoding="utf-8")
    assert erg("load", str(first), "--quiet").code == 0
    ran = erg("load", str(second))
    assert ran.code == 0 and "0 evidence items added" in ran.err + ran.out
    rows = stored_evidence(erg)
    assert rows == [{"evidence": ["Ann runs Acme."], "sources": [rows[0]["sources"][0]]}]
    # Both files are still documents the entities name; only the sentence is not repeated.
    docs = erg("query", "MATCH (d:Document) RETURN d.title AS t ORDER BY t", "--format", "json")
    assert json.loads(docs.out) == [{"t": "desk A"}, {"t": "desk B"}]


def test_the_same_sentence_from_two_urls_is_two_items(erg, tmp_path):
    path = tmp_path / "urls.yaml"
    path.write_text(
        PEOPLE + "relations:\n"
        "  - {source: Ann, type: LEADS, target: Acme, evidence: Ann runs Acme., url: 'https://a.test'}\n"
        "  - {source: Ann, type: LEADS, target: Acme, evidence: Ann runs Acme., url: 'https://b.test'}\n",
        encoding="utf-8",
    )
    assert erg("load", str(path), "--quiet").code == 0
    assert stored_evidence(erg)[0]["evidence"] == ["Ann runs Acme.", "Ann runs Acme."]


EMPTY_FILES = {
    "empty.yaml": "title: nothing yet\n",
    "empty.json": "{}",
    "header.csv": "source,type,target\n",
    "lists.yaml": "entities: []\nrelations: []\n",
}


def test_a_curated_file_with_nothing_in_it_adds_no_document(erg, tmp_path):
    paths = []
    for name, text in EMPTY_FILES.items():
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
        assert parse_curated(paths[-1]).documents == {}, name
    people = tmp_path / "people.yaml"
    people.write_text(PEOPLE, encoding="utf-8")
    ran = erg("load", str(people), *map(str, paths), "--quiet")
    assert ran.code == 0, ran.err
    ran = erg("query", "MATCH (d:Document) RETURN d.title AS t", "--format", "json")
    assert json.loads(ran.out) == [{"t": "people.yaml"}]


def test_a_document_keeps_the_first_path_it_was_loaded_from(erg, tmp_path):
    text = PEOPLE + "relations:\n  - {source: Ann, type: LEADS, target: Acme, evidence: x}\n"
    first, second = tmp_path / "a" / "notes.yaml", tmp_path / "b" / "notes.yaml"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    assert erg("load", str(first), "--quiet").code == 0
    assert erg("load", str(second), "--quiet").code == 0
    ran = erg("query", "MATCH (d:Document) RETURN d.source AS source", "--format", "json")
    assert json.loads(ran.out) == [{"source": first.as_posix()}]


def test_skipped_files_name_their_path_once(erg, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.yaml").write_text(PEOPLE, encoding="utf-8")
    bad = folder / "bad.json"
    bad.write_text('{"entities": [', encoding="utf-8")
    empty = folder / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    ran = erg("load", str(folder), "--skip-bad")
    assert ran.code == 0, ran.err
    skipped = [line for line in ran.err.splitlines() if line.startswith("skipped")]
    assert sorted(skipped) == [
        f"skipped {bad}: line 1: malformed JSON: Expecting value",
        f"skipped {empty}: file is empty",
    ]
