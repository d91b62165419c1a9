"""The hand-annotated evaluation set in tests/fixtures/articles is well formed.

Each `NN_slug.txt` article has a `NN_slug.gold.json` beside it. These tests check the gold files
only (shape, schema, evidence copied verbatim); they do not run the extractor.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graph.schema import DEFAULT_SCHEMA

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
# The gold follows the schema erg ships (graph/data/schema.yaml), not a copy of it.
SCHEMA = DEFAULT_SCHEMA
ENTITY_TYPES = set(SCHEMA.entity_types)

GOLD_FILES = sorted(ARTICLES.glob("*.gold.json"))


def norm(name: str) -> str:
    """Name normalisation used by the scorer (../shared/eval/score.py)."""
    name = re.sub(r"[^\w\s]", " ", str(name).casefold())
    name = re.sub(r"^\s*the\s+", "", name)
    return " ".join(name.split())


# a period after one of these does not end a sentence
ABBREVIATION = re.compile(
    r"(?:\b(?:Inc|Corp|Ltd|Co|Dr|Mr|Ms|Mrs|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Jr)|U\.S)\.$"
)


def is_whole_sentence(evidence: str, text: str) -> bool:
    """The evidence starts where a sentence starts and ends where one ends (some occurrence)."""
    for m in re.finditer(re.escape(evidence), text):
        before, after = text[: m.start()], text[m.end() :]
        starts = (
            before == ""
            or before.endswith("\n")
            or (re.search(r"[.!?][\"”’)]? $", before) and not ABBREVIATION.search(before.rstrip()))
        )
        ends = (
            after.startswith("\n")
            or after == ""
            or (
                evidence[-1] in '.!?"”’'
                and re.match(r"\s", after)
                and not ABBREVIATION.search(evidence)
            )
        )
        if starts and ends:
            return True
    return False


def load(gold_path: Path) -> tuple[dict, str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (ARTICLES / gold["article"]).read_text(encoding="utf-8")
    return gold, text


def test_the_set_is_complete():
    texts = sorted(p.name for p in ARTICLES.glob("*.txt"))
    assert len(texts) == 18
    assert [t[:2] for t in texts] == [f"{i:02d}" for i in range(1, 19)]
    assert all(re.fullmatch(r"\d\d_[a-z0-9_]+\.txt", t) for t in texts)
    assert sorted(p.name.replace(".gold.json", ".txt") for p in GOLD_FILES) == texts


def test_every_relation_type_is_covered():
    counts = {k: 0 for k in SCHEMA.relation_types}
    for path in GOLD_FILES:
        for rel in load(path)[0]["relations"]:
            counts[rel["type"]] += 1
    assert all(n >= 5 for n in counts.values()), counts


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_article_shape(gold_path):
    gold, text = load(gold_path)
    assert gold["article"] == gold_path.name.replace(".gold.json", ".txt")
    lines = text.split("\n")
    assert lines[0].strip() and not lines[1].strip(), "headline, blank line, then paragraphs"
    assert 150 <= len(text.split()) <= 450


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_shape_and_entities(gold_path):
    gold, text = load(gold_path)
    assert set(gold) == {"article", "entities", "relations"}
    seen: dict[str, str] = {}
    for ent in gold["entities"]:
        assert set(ent) == {"name", "type", "aliases"}
        assert ent["type"] in ENTITY_TYPES, ent
        assert isinstance(ent["aliases"], list)
        assert any(n in text for n in [ent["name"], *ent["aliases"]]), ent["name"]
        for alias in ent["aliases"]:
            assert alias in text, f"alias {alias!r} does not occur in {gold['article']}"
        for surface in [ent["name"], *ent["aliases"]]:
            key = norm(surface)
            assert seen.setdefault(key, ent["name"]) == ent["name"], f"{surface!r} is ambiguous"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_relations(gold_path):
    gold, text = load(gold_path)
    types = {e["name"]: e["type"] for e in gold["entities"]}
    rels = gold["relations"]
    assert 6 <= len(rels) <= 14
    triples = set()
    for rel in rels:
        assert set(rel) == {"source", "type", "target", "evidence"}, rel
        kind, src, tgt, evidence = rel["type"], rel["source"], rel["target"], rel["evidence"]
        assert kind in SCHEMA.relation_types, rel
        assert src in types and tgt in types, f"endpoint not among entity names: {rel}"
        assert src != tgt
        ok = SCHEMA.allows(kind, types[src], types[tgt])
        assert ok, f"{types[src]} -{kind}-> {types[tgt]} is outside the schema: {rel}"
        assert evidence and "\n" not in evidence
        assert evidence != text.split("\n")[0], "headlines are not used as evidence"
        assert evidence in text, f"evidence not verbatim in {gold['article']}: {evidence!r}"
        assert is_whole_sentence(evidence, text), f"evidence is not a whole sentence: {evidence!r}"
        symmetric = SCHEMA.is_symmetric(kind)
        key = (kind, *sorted((src, tgt))) if symmetric else (kind, src, tgt)
        assert key not in triples, f"duplicate relation {key}"
        triples.add(key)
