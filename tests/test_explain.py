"""`loaders.explain` and `erg extract --explain / --why`: why each relation and entity is there."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from loaders.article import extract
from loaders.explain import Explanation, RelationTrace, explain, render, why

TEXT = (
    "Quillex Capital invested in Vantora Labs. The firm also sued Arden Media.\n"
    "Alicia Whitlow founded Vantora Labs in 2019. She later criticized Arden Media.\n"
    "The Hallgrim project is not owned by Arden Media."
)


def by_triple(ex: Explanation, source: str, rtype: str, target: str) -> list[RelationTrace]:
    return [
        r for r in ex.relations if (r.source_id, r.type, r.target_id) == (source, rtype, target)
    ]


def test_every_relation_of_the_extraction_is_explained_with_its_rule_and_family() -> None:
    ex = explain(TEXT)
    assert {(r.source_id, r.type, r.target_id) for r in ex.relations} == set(
        extract(TEXT).relations
    )
    svo = by_triple(ex, "quillex-capital", "FUNDS", "vantora-labs")[0]
    assert (svo.rule, svo.family) == ("verbal/svo", "verbal")
    assert svo.sentence == "Quillex Capital invested in Vantora Labs."


def test_mention_spans_are_article_offsets_and_say_how_each_endpoint_was_resolved() -> None:
    ex = explain(TEXT)
    sued = by_triple(ex, "quillex-capital", "DISPUTES", "arden-media")[0]
    (src,) = sued.source_mentions
    assert (src.text, src.kind) == ("The firm", "np")
    assert TEXT[src.start : src.end] == "The firm"
    assert "latest Organization" in src.how
    (tgt,) = sued.target_mentions
    assert (tgt.text, tgt.kind, tgt.how) == ("Arden Media", "name", "name")
    criticized = by_triple(ex, "alicia-whitlow", "DISPUTES", "arden-media")[0]
    assert criticized.source_mentions[0].kind == "pronoun"
    assert TEXT[criticized.start : criticized.end].startswith("She later criticized")


def test_entities_say_how_they_were_typed_and_which_forms_merged() -> None:
    ex = explain("Elon Musk runs Tesla. Musk, an entrepreneur, also founded xAI.")
    musk = ex.entities["elon-musk"]
    assert musk.type == "Person" and musk.forms == ["Elon Musk", "Musk"]
    assert musk.merges == ['"musk" joined "elon musk"']
    assert "Person" in musk.typed_by
    assert "known" in ex.entities["tesla"].typed_by


def test_why_a_name_is_or_is_not_an_entity() -> None:
    ex = explain(TEXT)
    lines = why(ex, "Quillex Capital")
    assert (
        lines[0]
        == "Quillex Capital: an entity, Organization 'Quillex Capital' (id quillex-capital)"
    )
    assert any("relations: 2 evidence" in line for line in lines)
    assert "never a name candidate" in why(ex, "Blorptech")[0]
    assert "Organization 'Arden Media'" in why(ex, "arden media")[0]


def test_render_lists_relations_then_entities() -> None:
    text = render(explain(TEXT), names=("Vantora Labs",))
    assert "Quillex Capital -FUNDS-> Vantora Labs   [verbal/svo" in text
    assert '  source: "The firm" ' in text
    assert "\nentities:\n" in text and "Vantora Labs: an entity" in text


def test_cli_explain_and_why(erg: Callable[..., Any], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    ran = erg("extract", str(article), "--explain")
    assert ran.code == 0, ran.err
    assert "Alicia Whitlow -FOUNDED-> Vantora Labs   [verbal/svo" in ran.out
    ran = erg("extract", str(article), "--why", "Alicia Whitlow", "--format", "json")
    assert ran.code == 0, ran.err
    got = json.loads(ran.out)
    assert got["why"]["Alicia Whitlow"][0].startswith("Alicia Whitlow: an entity, Person")
    ran = erg("extract", str(article), "--explain", "--format", "json")
    rels = json.loads(ran.out)["relations"]
    assert {r["family"] for r in rels} >= {"verbal"}
    ran = erg("extract", str(tmp_path / "missing.txt"), "--explain")
    assert ran.code == 2 and ran.err.startswith("error:")


def test_a_bare_role_names_its_unnamed_party_as_the_context_organization() -> None:
    text = "Halden Bank cut rates. Finance chief Adaora Kell steps in as interim chief executive."
    ex = explain(text)
    (trace,) = by_triple(ex, "adaora-kell", "LEADS", "halden-bank")
    assert trace.rule == "role/context"
    (target,) = trace.target_mentions
    assert (target.text, target.kind, target.start) == ("Halden Bank", "context", -1)
    assert "not named in the sentence" in render(ex)
