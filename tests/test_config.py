"""The extraction configuration: one object with the schema and the lexicon, passed down as is."""

import pickle

import pytest

from graph.errors import ErgError
from graph.schema import DEFAULT_SCHEMA
from loaders.article import extract
from loaders.config import ExtractionConfig

TEXT = "Norvale Bank sanctioned Quell Logistics. Tavi Bank blacklisted Kesh Oil."
FOUND = {("norvale-bank", "SANCTIONS", "quell-logistics"), ("tavi-bank", "SANCTIONS", "kesh-oil")}


def sanctions_config() -> ExtractionConfig:
    schema = DEFAULT_SCHEMA.copy()
    schema.extend(
        {"relation_types": {"SANCTIONS": {"from": ["Organization"], "to": ["Organization"]}}}
    )
    lexicon = {"relations": {"SANCTIONS": {"verbs": ["sanction", "blacklist"]}}}
    return ExtractionConfig.build(schema=schema, lexicon=lexicon)


def test_the_schema_and_the_lexicon_both_decide_what_is_found():
    assert set(extract(TEXT, sanctions_config()).relations) == FOUND
    # the trigger words alone, or the type alone, find nothing
    words_only = ExtractionConfig.build(
        lexicon={"relations": {"SANCTIONS": {"verbs": ["sanction"]}}}
    )
    assert not extract(TEXT, words_only).relations
    type_only = ExtractionConfig(schema=sanctions_config().schema)
    assert not extract(TEXT, type_only).relations


def test_a_config_pickles_for_worker_processes():
    copy = pickle.loads(pickle.dumps(sanctions_config()))
    assert "SANCTIONS" in copy.schema.relation_types
    assert set(extract(TEXT, copy).relations) == FOUND


def test_a_used_config_pickles_without_its_derived_caches():
    # what modules compiled from the lexicon (`Lexicon.derived`: word sets, functions as keys)
    # stays in the process that built it; the copy rebuilds its own and extracts the same
    config = sanctions_config()
    found = set(extract(TEXT, config).relations)
    assert config.lexicon.derived
    copy = pickle.loads(pickle.dumps(config))
    assert copy.lexicon.derived == {}
    assert set(extract(TEXT, copy).relations) == found == FOUND
    assert copy.lexicon.derived


def test_the_default_config_leaves_the_default_schema_alone():
    config = ExtractionConfig()
    config.schema.extend(
        {"relation_types": {"SANCTIONS": {"from": ["Organization"], "to": ["Organization"]}}}
    )
    assert "SANCTIONS" not in DEFAULT_SCHEMA.relation_types
    assert "SANCTIONS" not in ExtractionConfig().schema.relation_types


def test_a_bad_lexicon_file_fails_when_the_config_is_built(tmp_path):
    with pytest.raises(ErgError, match="lexicon file not found"):
        ExtractionConfig.build(lexicon=tmp_path / "missing.yaml")
