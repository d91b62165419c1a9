"""Loading articles through the CLI: a corpus directory in parallel with a summary, the same
entity across articles, provenance, and all-or-nothing on a bad article."""

import json
import shutil
from pathlib import Path

import pytest
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


@pytest.fixture
def crashing_extractor(monkeypatch):
    """Fault injection, not a mock of a service: the real extractor runs on every article but
    the one named boom.txt, on which it raises as a bug would (no real input is known to crash
    it). Forked pool workers inherit the patch, so both extraction paths are covered."""
    import loaders.article

    real = loaders.article.extract_file

    def extract_file(path, *args, **kwargs):
        if Path(path).name == "boom.txt":
            raise IndexError("list index out of range")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(loaders.article, "extract_file", extract_file)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_article_the_extractor_fails_on_is_named_and_skippable(
    erg, tmp_path, store_path, crashing_extractor, jobs
):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(EXAMPLES / "stargate.txt", corpus / "a.txt")
    shutil.copy(EXAMPLES / "stargate.txt", corpus / "boom.txt")
    ran = erg("load", str(corpus), "--jobs", jobs)
    assert ran.code == 1 and "Traceback" not in ran.err
    line = ran.err.strip()
    assert "\n" not in line and "boom.txt" in line and "IndexError" in line
    assert "a bug in erg" in line
    assert not store_path.exists()  # all or nothing: the other article is not half-loaded
    ran = erg("load", str(corpus), "--jobs", jobs, "--skip-bad")
    assert ran.code == 0 and "skipped" in ran.err and "boom.txt" in ran.err
    assert "loaded 1 files (1 articles" in ran.out


def test_debug_shows_the_traceback_of_the_failed_article(
    erg, tmp_path, crashing_extractor, monkeypatch
):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(EXAMPLES / "stargate.txt", corpus / "boom.txt")
    monkeypatch.setenv("ERG_DEBUG", "1")
    ran = erg("load", str(corpus), "--jobs", "1")
    assert ran.code == 1 and "Traceback" in ran.err and "extract_file" in ran.err


def test_an_article_with_no_entities_warns(erg, tmp_path):
    empty = tmp_path / "quiet.txt"
    empty.write_text("nothing happened here today, and nobody said anything.\n", encoding="utf-8")
    ran = erg("load", str(empty))
    assert ran.code == 0 and "warning:" in ran.err


# -- schema and lexicon reach the extractor --------------------------------------------------------
SANCTIONS_SCHEMA = (
    "relation_types:\n  SANCTIONS:\n    from: [Organization]\n"
    "    to: [Organization, Person]\n    meaning: imposes sanctions on\n"
)
SANCTIONS_LEXICON = "relations:\n  SANCTIONS:\n    verbs: [sanction, blacklist]\n"
SANCTIONED = ("Norvale Bank", "SANCTIONS", "Quell Logistics")


def sanctions_files(tmp_path):
    schema = tmp_path / "schema.yaml"
    schema.write_text(SANCTIONS_SCHEMA, encoding="utf-8")
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text(SANCTIONS_LEXICON, encoding="utf-8")
    article = tmp_path / "sanctions.txt"
    article.write_text(
        "Norvale Bank Acts Against Shipper\n\n"
        "Norvale Bank sanctioned Quell Logistics on Monday. Quell Logistics denied wrongdoing.\n",
        encoding="utf-8",
    )
    return schema, lexicon, article


def stored_triples(erg):
    rows = erg(
        "query",
        "MATCH (a)-[r]->(b) RETURN a.name AS a, label(r) AS t, b.name AS b",
        "--format",
        "json",
    ).out
    return {(r["a"], r["t"], r["b"]) for r in json.loads(rows)}


def test_a_schema_type_with_lexicon_triggers_is_extracted(erg_process, tmp_path):
    schema, lexicon, article = sanctions_files(tmp_path)
    ran = erg_process("--schema", str(schema), "extract", str(article), "--lexicon", str(lexicon))
    assert ran.code == 0, ran.err
    got = {(r["source"], r["type"], r["target"]) for r in json.loads(ran.out)["relations"]}
    assert SANCTIONED in got
    # without the schema the type does not exist, so the trigger finds nothing
    plain = erg_process("extract", str(article), "--lexicon", str(lexicon))
    assert plain.code == 0 and '"SANCTIONS"' not in plain.out


def test_a_schema_type_with_lexicon_triggers_is_loaded(erg, tmp_path):
    schema, lexicon, article = sanctions_files(tmp_path)
    ran = erg("--schema", str(schema), "load", str(article), "--lexicon", str(lexicon))
    assert ran.code == 0, ran.err
    assert "SANCTIONS 1" in ran.out
    assert SANCTIONED in stored_triples(erg)
    # the store remembers the type: a later corpus load (worker processes) finds it too
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, (bank, target) in enumerate([("Orrin Bank", "Pell Freight"), ("Tavi Bank", "Kesh Oil")]):
        (corpus / f"{n}.txt").write_text(f"{bank} blacklisted {target}.\n", encoding="utf-8")
    ran = erg("load", str(corpus), "--lexicon", str(lexicon), "--jobs", "2")
    assert ran.code == 0, ran.err
    got = stored_triples(erg)
    assert {
        ("Orrin Bank", "SANCTIONS", "Pell Freight"),
        ("Tavi Bank", "SANCTIONS", "Kesh Oil"),
    } <= got


def test_markdown_articles_load_under_every_article_suffix(erg, tmp_path):
    corpus = tmp_path / "notes"
    corpus.mkdir()
    (corpus / "a.markdown").write_text(
        "# Eide Starts Norvale\n\n**Lars Eide** founded Norvale Robotics in 2019.\n",
        encoding="utf-8",
    )
    (corpus / "b.text").write_text("Kestrel Labs sued Norvale Robotics.\n", encoding="utf-8")
    single = erg("load", str(corpus / "a.markdown"))
    assert single.code == 0, single.err
    assert "loaded 1 files (1 articles, 0 curated)" in single.out
    extracted = erg("extract", str(corpus / "a.markdown"))
    evidence = json.loads(extracted.out)["relations"][0]["evidence"]
    assert evidence == "Lars Eide founded Norvale Robotics in 2019."  # the markup is gone
    ran = erg("load", str(corpus))
    assert "loaded 2 files (2 articles, 0 curated)" in ran.out and not ran.err


def test_a_missing_lexicon_file_stops_the_load_before_any_article(erg, tmp_path, store_path):
    article = tmp_path / "a.txt"
    article.write_text("Lars Eide founded Norvale Robotics in 2019.\n", encoding="utf-8")
    missing = tmp_path / "missing.yaml"
    # not a bad article to skip: the whole load is misconfigured
    ran = erg("load", str(article), "--lexicon", str(missing), "--skip-bad")
    assert ran.code == 2 and ran.err.strip() == f"error: lexicon file not found: {missing}"
    assert not store_path.exists()


def test_extraction_workers_take_small_chunks_and_tune_the_collector() -> None:
    import gc

    from graph.ingest import WORKER_GC_THRESHOLD, chunk_size, start_worker
    from loaders.config import ExtractionConfig

    # a few articles per task: no worker is left alone with a long last chunk
    assert [chunk_size(n, 2) for n in (1, 15, 16, 40, 1000, 100_000)] == [1, 1, 1, 2, 8, 8]
    old = gc.get_threshold()
    try:
        start_worker(ExtractionConfig())
        assert gc.get_threshold()[0] == WORKER_GC_THRESHOLD
        assert gc.get_freeze_count() > 0  # what the worker inherited is out of the collector's way
    finally:
        gc.unfreeze()
        gc.set_threshold(*old)


def test_single_process_extraction_tunes_the_collector_while_it_runs(tmp_path):
    import gc

    from graph.ingest import WORKER_GC_THRESHOLD, _extract_articles
    from loaders.config import ExtractionConfig

    article = tmp_path / "a.txt"
    article.write_text("Velmora Foods bought Tarsk Dairy.\n", encoding="utf-8")
    old, frozen = gc.get_threshold(), gc.get_freeze_count()
    run = _extract_articles([article, article], ExtractionConfig(), jobs=1)
    next(run)
    assert gc.get_threshold()[0] == WORKER_GC_THRESHOLD and gc.get_freeze_count() > frozen
    assert len(list(run)) == 1
    assert gc.get_threshold() == old and gc.get_freeze_count() == 0  # unfrozen afterwards
