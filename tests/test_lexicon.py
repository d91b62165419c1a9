"""The lexicon: default data files, an analyst's extra file, and verb inflection."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from graph.errors import ErgError
from loaders.article import extract
from loaders.config import ExtractionConfig
from loaders.lexicon import Lexicon, inflect

README = Path(__file__).resolve().parents[1] / "loaders" / "data" / "README.md"


def test_default_lexicon_loads_every_section():
    lex = Lexicon.load()
    assert lex.known_type("Texas") == "Location" and lex.known_type("U.S.") == "Location"
    assert "however" in lex.stopwords and "inc" in lex.legal_suffixes
    assert lex.roles.lookup(("ceo",)).types == ("LEADS",)
    assert lex.roles.lookup(("subsidiary",)).inverse
    assert lex.hyphen["based"].target_first
    assert lex.triggers.lookup(("invested", "...", "in")) is not None
    assert lex.between.lookup(("feud",)) == ("DISPUTES",)
    assert Lexicon.load() is Lexicon.load()  # the default is parsed once per process


def test_verb_inflection():
    assert dict(inflect("invest")) == {
        "invest": False,
        "invests": False,
        "invested": True,
        "investing": False,
    }
    assert [f for f, _ in inflect("sue")] == ["sue", "sues", "sued", "suing"]
    assert ("sparred", True) in inflect("spar") and ("criticizes", False) in inflect("criticize")
    assert ("bought", True) in inflect("buy", {"buy": ["bought", "bought"]})


def test_irregular_verbs_are_read_once_with_their_participles():
    """`irregular_verbs` (default data and an analyst's additions, any case) give one
    lower-cased map and the participles a passive reads ("rules set by X")."""
    lex = Lexicon.load({"irregular_verbs": {"Strive": ["Strove", "Striven"], "Blick": ["Blak"]}})
    assert lex.irregular["strive"] == ["strove", "striven"]
    assert {"striven", "blak", "set"} <= lex.irregular_participles  # "set" is a default
    assert "strove" not in lex.irregular_participles  # the past, not the participle
    assert ("striven", True) in inflect("strive", lex.irregular)


def test_an_extra_file_extends_the_defaults(tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "known:\n  Organization: [Blorbix]\n"
        'relations:\n  FUNDS:\n    verbs: ["bankroll ... via"]\n'
        "roles:\n  steward: LEADS\n"
        "stopwords: [Gigawatt]\n",
        "utf-8",
    )
    lex = Lexicon.load(extra)
    assert lex.known_type("Blorbix") == "Organization"
    assert "gigawatt" in lex.stopwords and "however" in lex.stopwords  # extended, not replaced
    doc = extract(
        "Quillora steward Anna Moss spoke. Blorbix bankrolled Quillora via a fund.",
        ExtractionConfig(lexicon=lex),
    )
    assert ("anna-moss", "LEADS", "quillora") in doc.relations
    assert ("blorbix", "FUNDS", "quillora") in doc.relations
    plain = extract("Quillora steward Anna Moss spoke.")
    assert ("anna-moss", "LEADS", "quillora") not in plain.relations


def test_an_extra_file_extends_the_trap_words(tmp_path):
    """traps.yaml is read as the lexicon's `traps` entry: an extra file's `claim_denials` and
    `claim_sources` make more claims no fact (`loaders/relations/trap_words.py`)."""
    extra = tmp_path / "extra.yaml"
    extra.write_text('traps:\n  claim_denials: [disowns]\n  claim_sources: ["the dossier"]\n')
    config = ExtractionConfig(lexicon=Lexicon.load(extra))
    denied = "Ostrel Bank says Kelvin Capital controls Brisk Pharma, which the firm disowns."
    sourced = "Kelvin Capital owns Brisk Pharma, according to the dossier."
    owns = ("kelvin-capital", "OWNS", "brisk-pharma")
    for text in (denied, sourced):
        assert owns in extract(text).relations  # the default words leave it a fact
        assert owns not in extract(text, config).relations


def test_an_extra_file_extends_the_light_trap_words():
    """traps.yaml's `pair_trade_words` (and `move_words`, `move_leads`, `deal_stages`) are read
    per lexicon too: an extra `pair_trade_words` entry makes a pair's deal trade, no tie."""
    extra = Lexicon.load({"traps": {"pair_trade_words": ["timber"]}})
    text = "Quillex and Vantora signed a timber agreement."
    tie = ("quillex", "PARTNERS_WITH", "vantora")
    assert tie in extract(text).relations
    assert tie not in extract(text, ExtractionConfig(lexicon=extra)).relations


def test_the_readme_example_is_a_valid_extra_file(tmp_path):
    block = re.search(r"```yaml\n(.*?)```", README.read_text("utf-8"), re.S).group(1)
    path = tmp_path / "extra.yaml"
    path.write_text(block, "utf-8")
    lex = Lexicon.load(path)
    assert lex.known_type("Orsted") == "Organization" and lex.known_type("North Sea")
    assert lex.roles.lookup(("sponsor",)).types == ("FUNDS",)
    doc = extract("Hornsea 3 sponsor Ørsted said it grew.", config=ExtractionConfig(lexicon=lex))
    # (slugify drops "Ø": the id is model.slugify's business, the relation is ours)
    assert [(t, target) for _, t, target in doc.relations] == [("FUNDS", "hornsea-3")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("relations: [unclosed", "malformed lexicon"),
        ("- just\n- a list\n", "is a mapping"),
        ("roles:\n  boss: []\n", "expected a relation type"),
    ],
)
def test_bad_extra_files_are_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content, "utf-8")
    with pytest.raises(ErgError, match=message):
        Lexicon.load(path)


def test_missing_and_non_utf8_extra_files(tmp_path):
    with pytest.raises(ErgError, match="not found"):
        Lexicon.load(tmp_path / "nope.yaml")
    path = tmp_path / "latin.yaml"
    path.write_bytes("stopwords: [café]".encode("latin-1"))
    with pytest.raises(ErgError, match="not UTF-8"):
        Lexicon.load(path)


def test_data_files_are_plain_yaml_mappings():
    for path in (README.parent).glob("*.yaml"):
        assert isinstance(yaml.safe_load(path.read_text("utf-8")), dict), path


def test_data_file_words_are_strings():
    """A bare `no` or `on` in YAML is a boolean; the data files quote such words."""

    def walk(node):
        if isinstance(node, dict):
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                if isinstance(value, (dict, list)):
                    yield from walk(value)
                else:
                    yield value

    for path in README.parent.glob("*.yaml"):
        data = yaml.safe_load(path.read_text("utf-8"))
        assert all(isinstance(v, str) for v in walk(data)), path


def test_phrase_index_finds_the_longest_phrase():
    from loaders.lexicon import PhraseIndex

    index = PhraseIndex()
    for phrase, value in [
        (("chief",), 1),
        (("chief", "executive"), 2),
        (("chief", "executive", "officer"), 3),
        (("the", "two"), 4),
        (("the", "two", "companies"), 5),
    ]:
        index.add(phrase, value)
    words = "the chief executive officer of the two firms and the two companies".split()
    assert index.match(words, 1) == (3, 3)
    assert index.match(["chief", "executive"], 0) == (2, 2)
    assert index.match(["chief", "of", "staff"], 0) == (1, 1)
    assert index.match(words, 5) == (2, 4) and index.match(words, 9) == (3, 5)
    assert index.match(words, 0) is None and index.match(["two"], 0) is None
    assert index.match(words, len(words)) is None and index.match([], 0) is None  # past the end
    assert "chief" in index and index.lookup(("the", "two")) == 4


def test_verbs_that_double_their_last_consonant_and_the_newer_sections():
    lex = Lexicon.load()
    assert lex.triggers.lookup(("controlled",)) is not None  # "is controlled by"
    assert lex.triggers.lookup(("committed", "...", "to")) is not None
    assert {"round", "financing"} <= lex.round_nouns
    assert lex.round_after.lookup(("with", "participation", "from")) is not None
    assert "start-up" in lex.place_heads
    assert lex.titles.lookup(("general", "counsel")) and lex.known_type("Midwest") == "Location"


def test_a_lexicon_never_changes_the_parsed_data_files():
    """`read_data` parses each file once per process; a lexicon merges copies of it, so an
    extension (or a change to one lexicon's data) reaches no other lexicon."""
    from loaders.lexicon import read_data

    parsed = read_data("lexicon.yaml")
    stopwords = list(parsed["stopwords"])
    lex = Lexicon.load({"stopwords": ["Zorbly"], "known": {"Organization": ["Zorbly Mills"]}})
    assert "zorbly" in lex.stopwords and parsed["stopwords"] == stopwords
    # a list the extension did not touch is a copy too
    lex.data["hedges"].append("quennet")
    assert "quennet" not in read_data("lexicon.yaml")["hedges"]
    assert "quennet" not in Lexicon.default_data()["hedges"]


@pytest.mark.parametrize(
    ("word", "alone", "demonym"),
    [
        ("Danish", True, False),  # the ending alone; no known place has its stem
        ("Norwegian", True, True),
        ("Mexican", True, True),
        ("Texan", False, True),  # "-an" only on a known place's stem
        ("Londoner", False, True),
        ("Japan", False, False),  # a place, not its demonym
        ("Fisher", False, False),
    ],
)
def test_demonym_endings(word: str, alone: bool, demonym: bool) -> None:
    """One list of endings: `nationality` reads those that make a demonym alone,
    `Lexicon.demonym` every ending on the stem of a known place."""
    from loaders.lexicon import nationality

    assert nationality(word.lower()) is alone
    assert Lexicon.load().demonym(word) is demonym
