"""Loading articles through the CLI: a corpus directory in parallel with a summary, the same
entity across articles, provenance, and all-or-nothing on a bad article."""

import json
import shutil

from conftest import EXAMPLES, ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "articles"


def test_extract_prints_the_contract_shape(erg):
    ran = erg("extract", str(EXAMPLES / "stargate.txt"), "--format", "json")
    assert ran.code == 0
    data = json.loads(ran.out)
    assert set(data) == {"entities", "relations"}
    assert {"name", "type", "aliases"} <= set(data["entities"][0])
    assert {"source", "type", "target", "evidence"} <= set(data["relations"][0])
    names = {e["name"] for e in data["entities"]}
    assert {"Elon Musk", "Sam Altman", "OpenAI", "Stargate"} <= names


def test_load_a_corpus_directory_in_parallel(erg, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for src in sorted(FIXTURES.glob("*.txt"))[:6]:
        shutil.copy(src, corpus / src.name)
    shutil.copy(EXAMPLES / "stargate.txt", corpus / "stargate.txt")
    (corpus / "cover.jpg").write_bytes(b"\xff\xd8\xff")
    ran = erg("load", str(corpus), "--jobs", "2")
    assert ran.code == 0, ran.err
    assert "loaded 7 files (7 articles, 0 curated)" in ran.out
    assert "relations: " in ran.out and "LEADS" in ran.out  # per-type counts
    assert "cover.jpg: unsupported file type .jpg" in ran.err
    before = erg("stats", "--format", "json").out
    again = erg("load", str(corpus), "--jobs", "2")
    assert "0 entities created" in again.out and "0 relations created" in again.out
    assert erg("stats", "--format", "json").out == before
    docs = json.loads(
        erg(
            "query", "MATCH (d:Document) RETURN d.title AS t, d.source AS s", "--format", "json"
        ).out
    )
    assert len(docs) == 7 and all(d["s"].endswith(".txt") for d in docs)
    assert any(d["t"].startswith("Musk Clashes with Altman") for d in docs)


def test_the_same_entity_across_articles_and_curated_files(erg, tmp_path):
    second = tmp_path / "followup.txt"
    second.write_text(
        "Altman Defends Stargate\n\nSam Altman, chief executive of OpenAI, defended the project "
        "on Wednesday. Musk criticized OpenAI again.\n",
        encoding="utf-8",
    )
    assert erg("load", str(EXAMPLES / "stargate.txt"), str(second)).code == 0
    rows = json.loads(
        erg(
            "query",
            "MATCH (p:Person) WHERE p.name CONTAINS 'Altman' "
            "RETURN p.id AS id, p.documents AS docs",
            "--format",
            "json",
        ).out
    )
    assert len(rows) == 1 and rows[0]["id"] == "sam-altman" and len(rows[0]["docs"]) == 2
    # a curated file naming "Musk" lands on the same entity
    assert erg("load", str(EXAMPLES / "stargate.yaml")).code == 0
    people = json.loads(erg("query", "MATCH (p:Person) RETURN p.id AS id", "--format", "json").out)
    assert sorted(p["id"] for p in people).count("elon-musk") == 1


def test_a_bad_article_fails_the_whole_load(erg, tmp_path, store_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(EXAMPLES / "stargate.txt", corpus / "a.txt")
    (corpus / "b.txt").write_bytes("caf\xe9 owners".encode("latin-1"))
    ran = erg("load", str(corpus))
    assert ran.code == 2 and "b.txt" in ran.err and "UTF-8" in ran.err
    # nothing stored: the store this failed first load created is gone again
    assert not store_path.exists()
    ran = erg("load", str(corpus), "--skip-bad")
    assert ran.code == 0 and "skipped" in ran.err and "b.txt" in ran.err
    assert "loaded 1 files (1 articles" in ran.out


def test_an_article_with_no_entities_warns(erg, tmp_path):
    empty = tmp_path / "quiet.txt"
    empty.write_text("nothing happened here today, and nobody said anything.\n", encoding="utf-8")
    ran = erg("load", str(empty))
    assert ran.code == 0 and "warning:" in ran.err
