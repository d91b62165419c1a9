"""Extraction quality on held-out articles the rules were not tuned on (tests/fixtures/heldout)."""

import json

import pytest
from conftest import ROOT
from test_article import SCORE, load_score

from loaders.article import extract_file, to_contract_json

HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
# Article 06 stays in the directory but out of the floor: its failure patterns were shown to the
# rules' author and its sentences were tuned on, so it no longer measures unseen text (issue 16).
# The score that counts is the blind set's (tests/test_blind.py); these floors are alarms.
TUNED_ON = {"06_sentrova_ambrel_release.txt"}
RELATION_FLOOR = 0.70  # measured 0.780 mean relation F1 on the other seven
ENTITY_FLOOR = 0.85  # measured 0.927 mean entity F1 on the other seven


@pytest.mark.skipif(not SCORE.exists(), reason="shared/eval/score.py not present")
def test_heldout_mean_f1():
    score = load_score()
    rel, ent = [], []
    for article in sorted(HELDOUT.glob("*.txt")):
        if article.name in TUNED_ON:
            continue
        gold = json.loads(article.with_suffix(".gold.json").read_text("utf-8"))
        result = score.score(to_contract_json(extract_file(str(article))), gold)
        rel.append(result["relations"]["f1"])
        ent.append(result["entities"]["f1"])
    assert len(rel) == 7
    assert sum(rel) / len(rel) >= RELATION_FLOOR, rel
    assert sum(ent) / len(ent) >= ENTITY_FLOOR, ent


def test_heldout_gold_evidence_is_verbatim():
    for gold_file in sorted(HELDOUT.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text("utf-8"))
        text = (HELDOUT / gold["article"]).read_text("utf-8")
        names = {e["name"] for e in gold["entities"]}
        for rel in gold["relations"]:
            assert rel["evidence"] in text, (gold_file.name, rel)
            assert rel["source"] in names and rel["target"] in names, (gold_file.name, rel)
