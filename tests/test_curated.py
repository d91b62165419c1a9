"""Curated files: YAML, JSON and CSV, with errors that name the file and line."""

import json
from pathlib import Path

import pytest

from graph.errors import ErgError
from graph.model import Entity
from loaders.curated import parse_curated

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_example_yaml_holds_the_stargate_gold():
    gold = (
        json.loads((EXAMPLES.parent.parent / "shared/corpus/stargate.gold.json").read_text())
        if (EXAMPLES.parent.parent / "shared/corpus/stargate.gold.json").exists()
        else None
    )
    doc = parse_curated(EXAMPLES / "stargate.yaml")
    assert len(doc.entities) == 14 and len(doc.relations) == 21
    assert ("elon-musk", "FOUNDED", "openai") in doc.relations
    ev = doc.relations[("larry-ellison", "FOUNDED", "oracle")].evidence[0]
    assert ev.text.startswith("Oracle Co-founder Larry Ellison") and ev.extractor == "curated"
    if gold:
        names = {e.name for e in doc.entities.values()}
        assert names == {e["name"] for e in gold["entities"]}


def test_gold_json_shape_loads_directly(tmp_path):
    path = write(
        tmp_path,
        "g.json",
        json.dumps(
            {
                "article": "a.txt",
                "entities": [
                    {"name": "Ann", "type": "Person", "aliases": []},
                    {"name": "Acme", "type": "Organization", "aliases": []},
                ],
                "relations": [
                    {
                        "source": "Ann",
                        "type": "LEADS",
                        "target": "Acme",
                        "evidence": "Ann runs Acme.",
                    }
                ],
            }
        ),
    )
    doc = parse_curated(path)
    assert list(doc.relations) == [("ann", "LEADS", "acme")]


def test_csv_relations_and_entities():
    entities = parse_curated(EXAMPLES / "entities.csv")
    assert entities.entities["masayoshi-son"].aliases == ["Son", "Masa"]
    assert entities.entities["softbank"].properties == {"country": "Japan"}
    rels = parse_curated(EXAMPLES / "analyst-notes.csv")
    rel = rels.relations[("microsoft", "FUNDS", "openai")]
    assert rel.properties == {"amount": "$13 billion", "date": "2025-01-24"}
    doc_ids = {e.document for e in rel.evidence}
    assert all(rels.documents[d].source.startswith("https://example.org/") for d in doc_ids)


def test_aliases_resolve_endpoints_in_file_and_store(tmp_path):
    path = write(
        tmp_path, "r.yaml", "relations:\n  - {source: musk, type: FOUNDED, target: ACME}\n"
    )
    known = [Entity.named("Elon Musk", "Person", ["Musk"]), Entity.named("Acme", "Organization")]
    doc = parse_curated(path, known)
    assert list(doc.relations) == [("elon-musk", "FOUNDED", "acme")]


def test_unknown_endpoint_names_file_and_line(tmp_path):
    path = write(
        tmp_path,
        "r.yaml",
        "entities:\n  - {name: Ann, type: Person}\nrelations:\n"
        "  - {source: Ann, type: LEADS, target: Acme}\n",
    )
    with pytest.raises(ErgError, match=r"r\.yaml:4: target 'Acme' is neither in the file"):
        parse_curated(path)


def test_create_missing_uses_declared_or_implied_types(tmp_path):
    path = write(tmp_path, "r.csv", "source,type,target,target_type\nAnn,LEADS,Acme,Organization\n")
    with pytest.raises(ErgError, match=r"r\.csv:2: source 'Ann' is neither"):
        parse_curated(path)
    doc = parse_curated(path, create_missing=True)
    assert doc.entities["ann"].type == "Person"  # LEADS only starts at a Person
    assert doc.entities["acme"].type == "Organization"
    path = write(tmp_path, "r2.csv", "source,type,target\nAnn,FUNDS,Acme\n")
    with pytest.raises(ErgError, match=r"r2\.csv:2: cannot tell the type of new entity 'Ann'"):
        parse_curated(path, create_missing=True)


@pytest.mark.parametrize(
    "name,text,message",
    [
        ("bad.yaml", "entities: [\n  {name: a\n", r"bad\.yaml:\d+: malformed YAML"),
        ("bad.json", '{"entities": [}', r"bad\.json:1: malformed JSON"),
        ("bad.csv", 'source,type,target\n"Ann,LEADS,Acme\n', r"bad\.csv: malformed CSV"),
        ("short.csv", "source,type,target\nAnn,LEADS\n", r"short\.csv:2: fewer fields"),
        ("hdr.csv", "a,b\n1,2\n", r"hdr\.csv:1: unrecognised CSV header"),
        ("list.yaml", "- a\n- b\n", r"list\.yaml:1: expected a mapping"),
        ("keys.yaml", "entites: []\n", r"unknown top-level keys entites"),
        ("empty.yaml", "   \n", r"empty\.yaml: file is empty"),
        (
            "type.yaml",
            "entities:\n  - {name: A, type: Spaceship}\n",
            r"type\.yaml:2: unknown entity type 'Spaceship'; known types: Person",
        ),
        (
            "rel.yaml",
            "entities:\n  - {name: A, type: Person}\n  - {name: B, type: Person}\n"
            "relations:\n  - {source: A, type: LIKES, target: B}\n",
            r"rel\.yaml:5: unknown relation type 'LIKES'; known types",
        ),
        (
            "inj.yaml",
            "entities:\n  - {name: A, type: Person}\n  - {name: B, type: Organization}\n"
            "relations:\n  - {source: A, type: 'FUNDS]->(x) DETACH DELETE x //', target: B}\n",
            r"inj\.yaml:5: unknown relation type",
        ),
        (
            "self.yaml",
            "entities:\n  - {name: A, type: Organization}\n"
            "relations:\n  - {source: A, type: COMPETES_WITH, target: a}\n",
            r"self\.yaml:4: .* to itself",
        ),
        (
            "dup.yaml",
            "entities:\n  - {name: A, type: Person}\n  - {name: B, type: Organization}\n"
            "relations:\n  - {source: A, type: LEADS, target: B, evidence: x}\n"
            "  - {source: A, type: LEADS, target: B, evidence: x}\n",
            r"dup\.yaml:6: duplicate of the relation on line 5",
        ),
        (
            "dupe.yaml",
            "entities:\n  - {name: A, type: Person}\n  - {name: a, type: Person}\n",
            r"dupe\.yaml:3: duplicate entity 'a' \(already on line 2\)",
        ),
        (
            "ends.yaml",
            "entities:\n  - {name: A, type: Location}\n  - {name: B, type: Person}\n"
            "relations:\n  - {source: A, type: LEADS, target: B}\n",
            r"ends\.yaml:5: LEADS cannot link Location 'A' to Person 'B'",
        ),
    ],
)
def test_bad_files_get_one_line_errors(tmp_path, name, text, message):
    path = write(tmp_path, name, text)
    with pytest.raises(ErgError, match=message) as info:
        parse_curated(path)
    assert "\n" not in str(info.value)


def test_non_utf8_and_binary_and_missing(tmp_path):
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(
        "entities:\n  - {name: Soci\xe9t\xe9, type: Organization}\n".encode("latin-1")
    )
    with pytest.raises(ErgError, match="not valid UTF-8 .*re-save the file as UTF-8"):
        parse_curated(latin)
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(ErgError, match="binary file"):
        parse_curated(binary)
    with pytest.raises(ErgError, match="file not found"):
        parse_curated(tmp_path / "nope.yaml")
