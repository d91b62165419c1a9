"""The article loader: sentences, mentions, coreference, relation rules, guards and bad input."""

from __future__ import annotations

import importlib.util
import json
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import pytest
from conftest import SHARED

from graph.errors import ErgError
from graph.model import GraphDocument
from loaders import article as article_module
from loaders.article import clear_caches, extract, extract_file, read_article, to_contract_json
from loaders.config import ExtractionConfig
from loaders.lexicon import Lexicon
from loaders.mentions import analyze
from loaders.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SCORE = SHARED / "eval" / "score.py"
STARGATE = SHARED / "corpus" / "stargate.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
LEX = Lexicon.load()
ERG_CODE = (str(ROOT / "loaders"), str(ROOT / "graph"))


def rels(text: str) -> set[tuple[str, str, str]]:
    """The (source, type, target) triples extracted from `text`, by entity id."""
    return set(extract(text).relations)


def entities(*ids: str) -> frozenset[str]:
    """Entity ids a sentence must yield when it states no relation (see the next function)."""
    return frozenset(ids)


def assert_present_and_absent(
    text: str, present: tuple[str, str, str] | frozenset[str], absent: tuple[str, str, str] | None
) -> None:
    """`present` (a relation, or the entities of a sentence that states none) is extracted from
    `text` and `absent` is not: an extractor that finds nothing cannot pass."""
    doc = extract(text)
    if isinstance(present, frozenset):
        assert present <= set(doc.entities), (present, sorted(doc.entities))
    else:
        assert present in doc.relations, (present, sorted(doc.relations))
    assert absent is None or absent not in doc.relations


def load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- sentences ------------------------------------------------------------------------------------
def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, LEX)]


def test_abbreviations_do_not_end_sentences():
    text = "Apple Inc. said on Tuesday. Dr. Li met U.S. officials in Washington. J. P. Smith left."
    assert sentences(text) == [
        "Apple Inc. said on Tuesday.",
        "Dr. Li met U.S. officials in Washington.",
        "J. P. Smith left.",
    ]


def test_abbreviation_then_a_new_sentence():
    assert sentences("It bought Foo Corp. The deal closed. He lives in the U.S. The end.") == [
        "It bought Foo Corp.",
        "The deal closed.",
        "He lives in the U.S.",
        "The end.",
    ]


def test_quotes_stay_with_their_sentence():
    text = '"You\'re wrong," Altman said. "Why?" he asked. She said \'yes\'. Then she left.'
    assert sentences(text) == [
        '"You\'re wrong," Altman said.',
        '"Why?" he asked.',
        "She said 'yes'.",
        "Then she left.",
    ]


def test_headlines_and_paragraph_breaks():
    text = "Musk Clashes With Altman Over AI Project\n\nFirst paragraph here\nSecond one."
    got = list(split_sentences(text, LEX))
    assert [text[s.start : s.end] for s in got] == [
        "Musk Clashes With Altman Over AI Project",
        "First paragraph here",
        "Second one.",
    ]
    assert got[0].headline and not got[1].headline


def test_wrapped_lines_join_into_one_sentence():
    text = "Microsoft said on Tuesday that it had invested heavily in the\nproject, people said."
    assert sentences(text) == [text.replace("\n", "\n")]


def test_very_long_sentences_are_cut():
    text = "word " * 5000
    spans = list(split_sentences(text, LEX))
    assert len(spans) > 1 and all(s.end - s.start <= 1200 for s in spans)


# -- mentions -------------------------------------------------------------------------------------
def cands(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.best()) for c in analyze(text, 0, LEX).cands]


def test_titles_split_names_and_type_them():
    assert cands("Tesla CEO Elon Musk met Oracle Co-founder Larry Ellison.") == [
        ("Tesla", "Organization"),
        ("Elon Musk", "Person"),
        ("Oracle", "Organization"),
        ("Larry Ellison", "Person"),
    ]


def test_appositive_role_and_descriptors():
    got = dict(cands("Sam Altman, chief executive of OpenAI, praised the platform X."))
    assert got["Sam Altman"] == "Person" and got["OpenAI"] == "Organization"
    got = dict(cands("Stargate, a newly announced AI infrastructure initiative, grew."))
    assert got["Stargate"] == "Project"
    got = dict(cands("Quillora, a startup, hired billionaire investor Anna Moss."))
    assert got == {"Quillora": "Organization", "Anna Moss": "Person"}


def test_brands_suffixes_and_places():
    text = "xAI and SoftBank met Brightwater Holdings Ltd. in Texas."
    got = dict(cands(text))
    assert got == {
        "xAI": "Organization",  # a listed sentence opener, typed like the next name
        "SoftBank": None,  # camel case casts no vote (coined names so shaped are often products)
        "Brightwater Holdings Ltd.": "Organization",
        "Texas": "Location",
    }
    typed = {e.name: e.type for e in extract(text).entities.values()}
    assert typed["xAI"] == typed["SoftBank"] == "Organization"  # the default for a name


def test_institutions_keep_their_place_and_connectors():
    names = [c for c, _ in cands("He met the U.S. Department of Energy and Bank of Maple.")]
    assert names == ["U.S. Department of Energy", "Bank of Maple"]
    names = [c for c, _ in cands("The doctors at St. Luke's Medical Center joined Harbury & Co.")]
    assert names == ["St. Luke's Medical Center", "Harbury & Co."]


def test_sentence_openers_and_months_are_not_entities():
    doc = extract("However, Meanwhile Tuesday. Unveiled in March, the plan is done.")
    assert not doc.entities


# -- coreference ----------------------------------------------------------------------------------
def test_surname_and_legal_suffix_fold_into_one_entity():
    doc = extract(
        "Quillora Corp. chief executive Anna Moss spoke. Moss said Quillora would grow. "
        "Quillora sued Brightwater."
    )
    names = {e.name: e for e in doc.entities.values()}
    assert names["Anna Moss"].aliases == ["Moss"]
    assert "Quillora Corp." in names["Quillora"].aliases
    assert ("anna-moss", "LEADS", "quillora") in doc.relations


def test_the_company_the_two_and_pronouns():
    text = (
        "Anna Moss and Ben Ortiz are engineers. The two founded Quillora in 2019. "
        "Brightwater Labs, a Texas startup, is growing fast. Moss invested in the startup. "
        "Quillora also said it had acquired Zentrix."
    )
    got = rels(text)
    assert ("anna-moss", "FOUNDED", "quillora") in got
    assert ("ben-ortiz", "FOUNDED", "quillora") in got
    assert ("anna-moss", "FUNDS", "brightwater-labs") in got
    assert ("quillora", "OWNS", "zentrix") in got


def test_same_entity_gets_the_same_id_across_articles():
    a = extract("Tesla CEO Elon Musk spoke on Monday.")
    b = extract("Musk, the Tesla chief, spoke again. Elon Musk left.")
    assert "elon-musk" in a.entities and "elon-musk" in b.entities


# -- relation types -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Anna Moss founded Quillora in 2019.", ("anna-moss", "FOUNDED", "quillora")),
        ("Quillora was co-founded by Anna Moss.", ("anna-moss", "FOUNDED", "quillora")),
        ("Quillora co-founder Anna Moss spoke.", ("anna-moss", "FOUNDED", "quillora")),
        ("Quillora chief executive Anna Moss spoke.", ("anna-moss", "LEADS", "quillora")),
        ("Anna Moss, chief executive of Quillora, spoke.", ("anna-moss", "LEADS", "quillora")),
        ("Anna Moss, Quillora's CEO, spoke.", ("anna-moss", "LEADS", "quillora")),
        ("Quillora has agreed to acquire Zentrix Labs.", ("quillora", "OWNS", "zentrix-labs")),
        ("Zentrix, a subsidiary of Quillora, grew.", ("quillora", "OWNS", "zentrix")),
        ("Quillora invested $40 million in Zentrix.", ("quillora", "FUNDS", "zentrix")),
        ("Zentrix raised $5 million from Quillora.", ("quillora", "FUNDS", "zentrix")),
        ("Senator Anna Moss endorsed Ben Ortiz.", ("anna-moss", "BACKS", "ben-ortiz")),
        ("Quillora sued Zentrix on Monday.", ("quillora", "DISPUTES", "zentrix")),
        ("Anna Moss criticized Zentrix.", ("anna-moss", "DISPUTES", "zentrix")),
        ("Anna Moss, an adviser to Quillora, spoke.", ("anna-moss", "ADVISES", "quillora")),
        ("Quillora partnered with Zentrix.", ("quillora", "PARTNERS_WITH", "zentrix")),
        ("Quillora is based in Denver.", ("quillora", "LOCATED_IN", "denver")),
        ("The Denver-based Quillora grew.", ("quillora", "LOCATED_IN", "denver")),
        ("Quillora competes with Zentrix.", ("quillora", "COMPETES_WITH", "zentrix")),
    ],
)
def test_each_relation_type(text, triple):
    assert triple in rels(text)


def test_symmetric_and_mutual_relations():
    got = rels("A feud between Anna Moss and Ben Ortiz grew. Quillora and Zentrix partnered.")
    assert {("anna-moss", "DISPUTES", "ben-ortiz"), ("ben-ortiz", "DISPUTES", "anna-moss")} <= got
    assert ("quillora", "PARTNERS_WITH", "zentrix") in got


def test_joint_venture_members_fund_it():
    got = rels("Stargate is a joint venture between Quillora, Zentrix, and Brightwater Labs.")
    assert {("quillora", "FUNDS", "stargate"), ("zentrix", "FUNDS", "stargate")} <= got
    assert ("brightwater-labs", "FUNDS", "stargate") in got


def test_schema_endpoint_types_are_enforced():
    got = rels("French President Anna Moss leads France. Quillora CEO Ben Ortiz spoke.")
    assert not any(t == "LEADS" and target == "france" for _, t, target in got)
    assert ("ben-ortiz", "LEADS", "quillora") in got  # a Person leading an Organization


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # appointments and relative clauses
        (
            "Brightwater Fund grew. The fund retained Nora Vance, a consultant, as an adviser.",
            ("nora-vance", "ADVISES", "brightwater-fund"),
        ),
        (
            "Quillora said Anna Moss, head of its cargo unit, would take over as chief "
            "executive of the airline.",
            ("anna-moss", "LEADS", "quillora"),
        ),
        ("Zentrix, whose president is Anna Moss, sued.", ("anna-moss", "LEADS", "zentrix")),
        (
            "Quillora Labs, which is based in Oslo, sells tools and competes with Frankfurt-based "
            "Zentrix for contracts.",
            ("quillora-labs", "COMPETES_WITH", "zentrix"),
        ),
        # descriptive references and possessed products
        (
            "Quillora Labs grew. The Denver-headquartered company had spent two years abroad.",
            ("quillora-labs", "LOCATED_IN", "denver"),
        ),
        (
            "Streaming service Tunewave and internet broadcaster Kiosk Radio filed a complaint "
            "with the European Commission against Orbis Mobile.",
            ("kiosk-radio", "DISPUTES", "orbis-mobile"),
        ),
        (
            "Anthropic, founded by former Quillora employees Dario Vance and Ana Vance, is based "
            "in San Francisco.",
            ("anthropic", "LOCATED_IN", "san-francisco"),
        ),
        ("Zentrix's Slate reader competes with Quillora.", ("zentrix", "OWNS", "slate")),
    ],
)
def test_longer_constructions(text, triple):
    assert triple in rels(text)


def test_wire_copy_agencies_are_not_entities_and_credits_name_people():
    # the annotation conventions list every named person, reporters and editors included
    doc = extract(
        "OSLO (Reuters) - Quillora Labs sued Zentrix on Monday.\n\n"
        "(Reporting by Anna Moss in Bergen; Editing by Ben Ortiz)\n"
    )
    assert set(doc.entities) == {"quillora-labs", "zentrix", "anna-moss", "ben-ortiz"}
    assert doc.entities["anna-moss"].type == doc.entities["ben-ortiz"].type == "Person"
    assert {(r[0], r[2]) for r in doc.relations} == {("quillora-labs", "zentrix")}


# -- guards ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Anna Moss never owned Quillora shares.",
        "Quillora did not invest in Zentrix.",
        "Quillora may invest in Zentrix.",
        "Quillora is said to be considering buying Zentrix.",
        "Quillora is rumoured to be weighing an investment in Zentrix.",
        "Could Quillora simply buy Zentrix?",
        "Quillora denied that it had invested in Zentrix.",
        "Quillora walked away from talks to buy Zentrix.",
        "Quillora declined to comment on whether it would invest in Zentrix.",
        "Quillora has no stake in Zentrix.",
    ],
)
def test_negation_hedges_questions_and_denials(text):
    got = rels("Quillora Labs and Zentrix Labs exist. Anna Moss leads Quillora. " + text)
    assert not any(t in ("OWNS", "FUNDS") for _, t, _ in got)
    assert ("anna-moss", "LEADS", "quillora-labs") in got  # the plain statement beside it holds


def test_a_trap_sentence_can_still_carry_a_true_relation():
    got = rels("Quillora may buy Pellham Systems, a smaller rival of Zentrix Labs.")
    assert ("pellham-systems", "COMPETES_WITH", "zentrix-labs") in got or (
        "zentrix-labs",
        "COMPETES_WITH",
        "pellham-systems",
    ) in got
    assert not any(t == "OWNS" for _, t, _ in got)


# -- evidence --------------------------------------------------------------------------------------
def test_evidence_is_the_sentence_with_offsets_into_the_original_text():
    text = "Headline Here Today\n\nQuillora sued Zentrix.  Anna Moss, CEO of Quillora, spoke."
    doc = extract(text, title="Headline Here Today", source="a.txt", date="2025-01-02")
    (document,) = doc.documents.values()
    assert document.title == "Headline Here Today" and document.source == "a.txt"
    for rel in doc.relations.values():
        for ev in rel.evidence:
            assert text[ev.start : ev.end] == ev.text
            assert ev.document == document.id and ev.extractor == "rules" and ev.rule
            assert 0 < ev.confidence <= 1
    ev = doc.relations[("quillora", "DISPUTES", "zentrix")].evidence[0]
    assert ev.text == "Quillora sued Zentrix."
    assert all(document.id in e.documents for e in doc.entities.values())


def test_body_sentences_are_preferred_to_the_headline_as_evidence():
    doc = extract("Quillora Sues Zentrix Over Patents\n\nQuillora sued Zentrix on Monday.")
    (rel,) = [r for r in doc.relations.values() if r.type == "DISPUTES"]
    assert rel.evidence[0].text == "Quillora sued Zentrix on Monday."
    assert len(rel.evidence) == 2


def test_contract_json_shape():
    out = to_contract_json(extract("Quillora chief executive Anna Moss sued Zentrix."))
    assert set(out) == {"entities", "relations"}
    assert all(set(e) == {"name", "type", "aliases"} for e in out["entities"])
    assert all(set(r) == {"source", "type", "target", "evidence"} for r in out["relations"])
    assert {"source": "Anna Moss", "type": "LEADS", "target": "Quillora"}.items() <= next(
        r for r in out["relations"] if r["type"] == "LEADS"
    ).items()
    json.dumps(out)


def test_extract_file_result_pickles(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Quillora Sues Zentrix\n\nQuillora sued Zentrix on Monday.\n", "utf-8")
    doc = pickle.loads(pickle.dumps(extract_file(str(path))))
    assert ("quillora", "DISPUTES", "zentrix") in doc.relations
    assert next(iter(doc.documents.values())).title == "Quillora Sues Zentrix"


# -- reading files and bad input -------------------------------------------------------------------
def test_read_article_title_and_markdown(tmp_path):
    md = tmp_path / "a.md"
    md.write_text(
        "# Quillora buys Zentrix\n\n**Quillora** agreed to [acquire](http://x) *Zentrix*.\n"
        "- Anna Moss runs Quillora.\n",
        "utf-8",
    )
    text, title = read_article(md)
    assert title == "Quillora buys Zentrix"
    assert "**" not in text and "http" not in text and "Quillora agreed to acquire Zentrix." in text
    txt = tmp_path / "b.txt"
    txt.write_text("The whole thing is one sentence. And another.\n", "utf-8")
    assert read_article(txt)[1] == ""


def test_empty_article(tmp_path):
    doc = extract("   \n")
    assert not doc.entities and not doc.relations and doc.warnings
    path = tmp_path / "empty.txt"
    path.write_text("\n\n", "utf-8")
    with pytest.raises(ErgError, match="empty.txt.*empty"):
        read_article(path)


def test_article_with_no_entities_warns():
    doc = extract("nothing to see here, just lower case words and no names at all.")
    assert not doc.entities and not doc.relations
    assert any("no entities" in w for w in doc.warnings)


def test_binary_and_non_utf8_files(tmp_path):
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    with pytest.raises(ErgError, match="x.txt.*binary"):
        extract_file(str(binary))
    latin = tmp_path / "y.txt"
    latin.write_bytes("Société Générale sued Zentrix.".encode("latin-1"))
    with pytest.raises(ErgError, match="y.txt.*UTF-8"):
        extract_file(str(latin))
    with pytest.raises(ErgError, match="not found"):
        read_article(tmp_path / "missing.txt")


def test_html_and_script_tags_are_kept_as_text():
    text = "Quillora <b>sued</b> Zentrix. <script>alert('x')</script> Anna Moss runs Quillora."
    doc = extract(text)
    assert ("anna-moss", "LEADS", "quillora") in doc.relations
    evidence = [e.text for r in doc.relations.values() for e in r.evidence]
    assert any("<script>" in t or "<b>" in t for t in evidence) or all(
        text[e.start : e.end] == e.text for r in doc.relations.values() for e in r.evidence
    )
    assert all("<" not in e.name for e in doc.entities.values())


SYLLABLES = ["Vor", "Kel", "Tam", "Ris", "Dun", "Pel", "Sor", "Quin", "Mar", "Zed"]
REPEATED = "Quillora Labs, which is based in Denver, agreed to acquire Zentrix for $40 million. "


def long_article(paragraphs: int) -> str:
    """Paragraphs of one sentence repeated again and again (its relations keep at most
    MAX_EVIDENCE sentences) and two sentences naming three companies never seen before (the
    entities and relations found keep growing)."""
    parts = []
    for n in range(paragraphs):
        a, b, c = (SYLLABLES[(n // 10**k) % 10] for k in range(3))
        parts.append(
            f"{REPEATED}{a}{b}{c}ex Systems sued {c}{a}{b}ora Robotics. "
            f"{b}{c}{a}ia Capital invested in {a}{b}{c}ex Systems.\n\n"
        )
    return "".join(parts)


def extraction_steps(text: str) -> tuple[int, GraphDocument]:
    """Trace events (lines, calls, returns; a loop's line once per iteration) in erg's own code
    during a cold extraction of `text`: a count of work done, the same on any machine."""
    clear_caches()
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> Callable[..., object]:
        nonlocal count
        count += 1
        return local

    def calls(frame: FrameType, event: str, arg: object) -> Callable[..., object] | None:
        return local if frame.f_code.co_filename.startswith(ERG_CODE) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        doc = extract(text)
    finally:
        sys.settrace(previous)
    return count, doc


# counted by tracing Python lines: compiled (mypyc) modules run no traced lines
@pytest.mark.skipif(not str(article_module.__file__).endswith(".py"), reason="loaders compiled")
@pytest.mark.parametrize("cached", [True, False], ids=["analyses-kept", "large-input"])
def test_work_grows_linearly_with_article_length(monkeypatch, cached):
    # Inputs above CACHE_LIMIT analyse each sentence again in the second pass: lower the limit
    # to take that path at a size a test can afford (benchmarks/extract.py times 20 MB).
    if not cached:
        monkeypatch.setattr(article_module, "CACHE_LIMIT", 10_000)
    steps = {}
    for paragraphs in (50, 100, 200):
        steps[paragraphs], doc = extraction_steps(long_article(paragraphs))
    # Going from 100 to 200 paragraphs costs twice what going from 50 to 100 did (2.02 here).
    # A step that looks at everything found so far for each sentence makes it 2.16 or more.
    growth = (steps[200] - steps[100]) / (steps[100] - steps[50])
    assert growth < 2.1, steps
    assert ("quillora-labs", "OWNS", "zentrix") in doc.relations
    assert sum(1 for _, rel, _ in doc.relations if rel == "DISPUTES") == 200  # one a paragraph
    assert max(len(r.evidence) for r in doc.relations.values()) == article_module.MAX_EVIDENCE


# -- quality on real-shaped articles ---------------------------------------------------------------
@pytest.mark.skipif(not (SCORE.exists() and STARGATE.exists()), reason="shared/ not present")
def test_stargate_reference_scores():
    score = load_score()
    gold = json.loads(STARGATE.with_suffix(".gold.json").read_text("utf-8"))
    result = score.score(to_contract_json(extract_file(str(STARGATE))), gold)
    assert result["relations"]["f1"] >= 0.90, result
    assert result["entities"]["f1"] >= 0.95, result


@pytest.mark.skipif(not (SCORE.exists() and STARGATE.exists()), reason="shared/ not present")
def test_stargate_does_not_depend_on_the_known_company_list():
    data = Lexicon.default_data()
    data["known"] = {k: v for k, v in data["known"].items() if k == "Location"}
    lex = Lexicon(data)
    text, title = read_article(STARGATE)
    gold = json.loads(STARGATE.with_suffix(".gold.json").read_text("utf-8"))
    result = load_score().score(
        to_contract_json(extract(text, title=title, config=ExtractionConfig(lexicon=lex))), gold
    )
    assert result["relations"]["f1"] >= 0.90 and result["entities"]["f1"] >= 0.95, result


FIXTURE_FLOOR = 0.86  # measured 0.89 mean relation F1 on the 18 fixture articles


@pytest.mark.skipif(not (SCORE.exists() and FIXTURES.exists()), reason="fixtures not present")
def test_fixture_articles_mean_relation_f1():
    score = load_score()
    f1s = []
    for article in sorted(FIXTURES.glob("*.txt")):
        gold = json.loads(article.with_suffix(".gold.json").read_text("utf-8"))
        f1s.append(
            score.score(to_contract_json(extract_file(str(article))), gold)["relations"]["f1"]
        )
    assert f1s and sum(f1s) / len(f1s) >= FIXTURE_FLOOR, f1s


# -- names, titles and phrases from press releases and wire copy ---------------------------------
def names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract(text).entities.values()}


@pytest.mark.parametrize(
    "text",
    [
        "The plan was outlined by Clara M. Whitcombe, chief executive of Dunmore Analytics.",
        "Dunmore Analytics chief executive Clara M. Whitcombe outlined the plan.",
    ],
)
def test_a_middle_initial_stays_inside_the_name(text):
    doc = extract(text)
    assert names(text).get("Clara M. Whitcombe") == "Person"
    assert ("clara-m-whitcombe", "LEADS", "dunmore-analytics") in doc.relations


def test_a_leading_initial_and_no_sentence_break_after_an_initial():
    text = "T. Reginald Oduya, founder and CEO of Pellworth Labs, spoke. Anne Q. Lister agreed."
    assert sentences(text) == [
        "T. Reginald Oduya, founder and CEO of Pellworth Labs, spoke.",
        "Anne Q. Lister agreed.",
    ]
    got = rels(text)
    assert {
        ("t-reginald-oduya", "FOUNDED", "pellworth-labs"),
        ("t-reginald-oduya", "LEADS", "pellworth-labs"),
    } <= got
    assert names(text)["Anne Q. Lister"] == "Person"


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            '"We are ready," said Omar D. Feld, President and Chief Executive Officer of '
            "Kellsway Systems.",
            ("omar-d-feld", "LEADS", "kellsway-systems"),
        ),
        (
            "Ines Albro, Chairman and Chief Executive of Tarn Mobility, declined to comment.",
            ("ines-albro", "LEADS", "tarn-mobility"),
        ),
        (
            "Tarn Mobility Chairwoman and CEO Ines Albro declined to comment.",
            ("ines-albro", "LEADS", "tarn-mobility"),
        ),
        (
            "Ines Albro, founder and chief executive of Tarn Mobility, spoke.",
            ("ines-albro", "FOUNDED", "tarn-mobility"),
        ),
    ],
)
def test_coordinated_titles_after_a_name(text, triple):
    assert triple in rels(text)


def test_functional_titles_are_never_names_and_lead_nothing():
    text = (
        "Ruth Okon, Chief Nursing Officer of Haldane Clinics, and Leo Marsh, General Counsel "
        "of Haldane Clinics, joined Vice President Ana Pires and Managing Director Tom Yates."
    )
    got = names(text)
    assert {"Ruth Okon", "Leo Marsh", "Ana Pires", "Tom Yates", "Haldane Clinics"} <= set(got)
    assert not any(w in n for n in got for w in ("Officer", "Counsel", "Vice", "Managing"))
    assert all(got[n] == "Person" for n in ("Ruth Okon", "Leo Marsh", "Ana Pires"))
    assert not any(t in ("LEADS", "ADVISES") for _, t, _ in rels(text))


def test_sentence_initial_verbs_and_regions_are_not_entities():
    text = (
        "Merging Corlath's two units took a year, Corlath Networks said. "
        "Expanding into the Midwest and the Gulf Coast is next for Corlath Networks."
    )
    got = names(text)
    assert got.get("Corlath Networks") == "Organization"
    assert not any(n.startswith(("Merging", "Expanding")) for n in got)
    assert not any(
        t == "Organization" and n in ("Midwest", "Gulf Coast", "Coast") for n, t in got.items()
    )


def test_the_fuller_company_name_is_canonical():
    doc = extract(
        "Marrowick Health, Inc., a provider of lab software, said profits rose. "
        "Marrowick expects more growth."
    )
    (ent,) = [e for e in doc.entities.values() if e.type == "Organization"]
    assert ent.name == "Marrowick Health"
    assert {"Marrowick", "Marrowick Health, Inc."} <= set(ent.aliases)


def test_a_press_release_dateline_acquisition_and_product():
    text = (
        "Corlath Networks Buys Pim Labs\n\n"
        "SEATTLE, Feb. 3, 2025 -- Corlath Networks, Inc., a maker of routers, today announced "
        "that it has acquired Pim Labs, the Tacoma, Washington-based maker of the Lumaquest "
        "field service scheduling app."
    )
    doc = extract(text)
    assert {
        ("corlath-networks", "OWNS", "pim-labs"),
        ("pim-labs", "OWNS", "lumaquest"),
        ("pim-labs", "LOCATED_IN", "tacoma"),
    } <= set(doc.relations)
    assert doc.entities["lumaquest"].type == "Product"
    assert not any(t == "LOCATED_IN" and s == "lumaquest" for s, t, _ in doc.relations)


@pytest.mark.parametrize(
    ("text", "triples"),
    [
        (
            "Tovren was co-founded in 2018 by Dr. Hana Iqbal, a former surgeon, and data "
            "scientist Ravi Moreno.",
            {("hana-iqbal", "FOUNDED", "tovren"), ("ravi-moreno", "FOUNDED", "tovren")},
        ),
        (
            "Tovren was started four years ago by Hana Iqbal and her cousin Ravi Moreno.",
            {("hana-iqbal", "FOUNDED", "tovren"), ("ravi-moreno", "FOUNDED", "tovren")},
        ),
        (
            "Hana Iqbal founded Tovren in 2018 with her former colleague, engineer Ravi Moreno.",
            {("hana-iqbal", "FOUNDED", "tovren"), ("ravi-moreno", "FOUNDED", "tovren")},
        ),
    ],
)
def test_founders_in_passives_with_appositives_and_descriptors(text, triples):
    assert triples <= rels(text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Tovren, a Porto start-up, sells drones.", ("tovren", "LOCATED_IN", "porto")),
        ("Hoboken startup Tovren sells drones.", ("tovren", "LOCATED_IN", "hoboken")),
        (
            "Tovren works with Marl Bank, an Albany, New York-based lender.",
            ("marl-bank", "LOCATED_IN", "albany"),
        ),
        ("Tovren is a Tulsa-based company that sells drones.", ("tovren", "LOCATED_IN", "tulsa")),
        (
            "Tovren Labs grew. The Provo, Utah-based company sells drones.",
            ("tovren-labs", "LOCATED_IN", "provo"),
        ),
    ],
)
def test_place_modifiers_locate_the_company_they_describe(text, triple):
    got = rels(text)
    assert triple in got
    assert not any(t == "LOCATED_IN" and target in ("utah", "new-york") for _, t, target in got)


def test_funding_rounds_resolve_to_the_company_that_raised_them():
    text = (
        "Tovren Robotics said on Monday it had closed a $30 million Series B round. "
        "The round was led by Kestry Capital, with participation from Dunlin Partners and "
        "the Alder Growth Fund. Earlier, Tovren Robotics raised $5 million in seed funding "
        "from angel investors including Mara Quist. Its existing investors include Oribe "
        "Ventures and Pell Street Capital."
    )
    got = rels(text)
    for investor in ("kestry-capital", "dunlin-partners", "alder-growth-fund", "mara-quist"):
        assert (investor, "FUNDS", "tovren-robotics") in got
    assert ("oribe-ventures", "FUNDS", "tovren-robotics") in got
    assert ("pell-street-capital", "FUNDS", "tovren-robotics") in got


def test_an_unattributed_round_belongs_to_the_main_company():
    got = rels(
        "Tovren Robotics makes drones. Tovren Robotics hired staff. "
        "The round was co-led by Kestry Capital and Dunlin Partners."
    )
    assert ("kestry-capital", "FUNDS", "tovren-robotics") in got
    assert ("dunlin-partners", "FUNDS", "tovren-robotics") in got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Lena Park, who advised Tovren on the purchase, declined to comment.",
            ("lena-park", "ADVISES", "tovren"),
        ),
        ("Lena Park served as an adviser to Tovren.", ("lena-park", "ADVISES", "tovren")),
        ("Tovren hired Lena Park as an adviser in May.", ("lena-park", "ADVISES", "tovren")),
        (
            "Tovren also announced a two-year partnership with Marl Bank.",
            ("marl-bank", "PARTNERS_WITH", "tovren"),
        ),
        (
            "A partnership between Tovren and Marl Bank began.",
            ("marl-bank", "PARTNERS_WITH", "tovren"),
        ),
        ("Tovren has teamed up with Marl Bank.", ("marl-bank", "PARTNERS_WITH", "tovren")),
    ],
)
def test_advisers_and_partnerships(text, triple):
    got = rels(text)
    assert triple in got or (triple[2], triple[1], triple[0]) in got


def test_a_partnership_in_the_works_is_not_a_partnership():
    doc = extract("A partnership between Tovren and Marl Bank is in the works, people said.")
    assert not any(t == "PARTNERS_WITH" for _, t, _ in doc.relations)
    assert {e.id: e.type for e in doc.entities.values()} == {
        "tovren": "Organization",
        "marl-bank": "Organization",
    }


def test_only_people_lead_whatever_the_references():
    text = (
        "Pim Labs, the maker of Lumaquest, was bought by Corlath Networks. The company's chief "
        "executive, Dana Voss, will stay. Pim Labs chief executive Dana Voss praised Corlath."
    )
    doc = extract(text)
    for (src, rtype, _), _rel in doc.relations.items():
        if rtype == "LEADS":
            assert doc.entities[src].type == "Person"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Varro Freight, which is owned by Halm Street Capital, is led by chief executive "
            "Gita Rao.",
            ("gita-rao", "LEADS", "varro-freight"),
            ("gita-rao", "LEADS", "halm-street-capital"),
        ),
        (
            "Varro Freight competes with Quell, a Tulsa-based rival backed by Ostin Partners.",
            ("ostin-partners", "FUNDS", "quell"),
            ("varro-freight", "COMPETES_WITH", "ostin-partners"),
        ),
        (
            "Varro Freight agreed to buy six trucks from Dorne Leasing.",
            entities("varro-freight", "dorne-leasing"),
            ("varro-freight", "OWNS", "dorne-leasing"),
        ),
        (
            "Varro Freight owns Quell, a parts maker it bought in 2021, and competes with "
            "Ostin Logistics.",
            ("varro-freight", "COMPETES_WITH", "ostin-logistics"),
            ("quell", "COMPETES_WITH", "ostin-logistics"),
        ),
        (
            "Varro Freight, which is controlled by Dutch holding company Halm Group, grew.",
            ("halm-group", "OWNS", "varro-freight"),
            None,
        ),
        (
            "Maria Rao led Quell Systems through its sale to Halm Group in 2023.",
            ("halm-group", "OWNS", "quell-systems"),
            None,
        ),
        (
            "Varro Freight makes trucks and is backed by Ostin Partners.",
            ("ostin-partners", "FUNDS", "varro-freight"),
            None,
        ),
        (
            "Varro Freight sells its routing app, Wayline, to 40 fleets.",
            ("varro-freight", "OWNS", "wayline"),
            None,
        ),
        (
            "OSLO, May 3 - Varro Freight named Gita Rao, a former manager at rival Quell "
            "Logistics, as its chief executive.",
            ("gita-rao", "LEADS", "varro-freight"),
            ("gita-rao", "LEADS", "quell-logistics"),
        ),
    ],
)
def test_clauses_around_passives_sellers_and_coordinated_verbs(text, present, absent):
    assert_present_and_absent(text, present, absent)


def test_a_reporting_company_is_the_employer_of_a_bare_role():
    got = rels(
        "Varro Freight said on Tuesday that co-founder Gita Rao would step down, and that "
        "Omar Lind will remain chairman."
    )
    assert ("gita-rao", "FOUNDED", "varro-freight") in got
    assert ("omar-lind", "LEADS", "varro-freight") in got


def test_the_two_companies_alone_in_a_sentence():
    got = rels("Varro Freight sued Quell Logistics. The two companies had a four-year partnership.")
    assert ("quell-logistics", "PARTNERS_WITH", "varro-freight") in got or (
        "varro-freight",
        "PARTNERS_WITH",
        "quell-logistics",
    ) in got


def test_a_possessive_company_before_a_role_does_not_make_the_person_a_company():
    doc = extract("Tillway raised money. Rahim is the company's chief executive. Rahim spoke.")
    assert all(e.type == "Person" for e in doc.entities.values() if e.name == "Rahim")


def test_the_company_leans_to_the_main_company_over_a_passing_one():
    got = rels(
        "Varro Freight makes trucks. Varro Freight hired staff. Varro Freight grew fast. "
        "Ostin Partners, which had been in talks to invest, did not. "
        "Gita Rao, an adviser to the company since 2020, is upbeat."
    )
    assert ("gita-rao", "ADVISES", "varro-freight") in got
    assert ("gita-rao", "ADVISES", "ostin-partners") not in got


def test_sentence_analyses_are_shared_across_articles_but_not_lexicons():
    text = "Varro Freight sued Quell Logistics. Analysts said the case could drag on."
    first, again = extract(text), extract(text)
    assert (
        set(first.relations)
        == set(again.relations)
        == {("varro-freight", "DISPUTES", "quell-logistics")}
    )
    lex = Lexicon.load({"stopwords": ["varro"]})  # a name never starts with a stop-word
    assert ("freight", "DISPUTES", "quell-logistics") in extract(
        text, config=ExtractionConfig(lexicon=lex)
    ).relations
    other = Lexicon.load({"relations": {"DISPUTES": {"verbs": ["skewer"]}}})
    got = extract(
        "Varro Freight skewered Quell Logistics.", config=ExtractionConfig(lexicon=other)
    ).relations
    assert ("varro-freight", "DISPUTES", "quell-logistics") in got
    assert ("varro-freight", "DISPUTES", "quell-logistics") not in rels(
        "Varro Freight skewered Quell Logistics."
    )


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Brask Rail, which was spun out of Holm Engineering in 2016, is controlled by Holm "
            "and by the pension fund Vesta Retirement Trust.",
            ("holm-engineering", "FOUNDED", "brask-rail"),
            ("brask-rail", "FUNDS", "vesta-retirement-trust"),
        ),
        (
            "Brask Rail makes trains. Its chief executive is Yara Fenn, a former engineer.",
            ("yara-fenn", "LEADS", "brask-rail"),
            None,
        ),
        (
            "Olaf Ring left Stanmoor Bank, where he ran the bank's real estate desk.",
            entities("olaf-ring", "stanmoor-bank"),
            ("olaf-ring", "LEADS", "stanmoor-bank"),
        ),
        (
            "Ferrow Capital has invested in more than 40 companies, including the software "
            "maker Quayline and the fitness chain Pulsor.",
            ("ferrow-capital", "FUNDS", "pulsor"),
            None,
        ),
        (
            "Anna Holm runs imaging at Medivo, a unit of German conglomerate Reinholt Group.",
            ("reinholt-group", "OWNS", "medivo"),
            None,
        ),
        (
            "Brask Rail grew. Brask's software, RailPilot, is used by 60 operators.",
            ("brask-rail", "OWNS", "railpilot"),
            None,
        ),
        (
            "The Ohio Department of Development is providing $150 million in grants for "
            "Project Lorne.",
            ("ohio-department-of-development", "FUNDS", "project-lorne"),
            None,
        ),
    ],
)
def test_spin_outs_noun_phrases_possessors_and_examples(text, present, absent):
    assert_present_and_absent(text, present, absent)


def test_a_named_venture_and_the_two_companies_that_own_it():
    doc = extract(
        "The joint venture, called NC Cathodes, will be owned equally by Nexo Energy and "
        "Coralta Chemical."
    )
    assert doc.entities["nc-cathodes"].type == "Project"
    got = rels(
        "Nexo Energy and Coralta Chemical said they would form a joint venture. "
        "The joint venture, called NC Cathodes, will be owned equally by the two companies. "
        "Draymoor Motors has signed a partnership agreement with the venture."
    )
    assert ("draymoor-motors", "PARTNERS_WITH", "nc-cathodes") in got or (
        "nc-cathodes",
        "PARTNERS_WITH",
        "draymoor-motors",
    ) in got


def test_a_descriptor_noun_of_two_types_types_nothing():
    doc = extract("Greyholt Partners, another investor in Oakmere, grew. Greyholt Partners spoke.")
    assert doc.entities["greyholt-partners"].type == "Organization"


def test_the_company_opening_a_sentence_is_the_subject_before():
    got = rels(
        "Tessel Labs makes scanners. Its co-founder later started Pelgo, a health data "
        "company. Tessel Labs sells to 60 hospitals. The company is backed by Nordhaven "
        "Partners."
    )
    assert ("nordhaven-partners", "FUNDS", "tessel-labs") in got
    assert ("nordhaven-partners", "FUNDS", "pelgo") not in got


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Fernlow, a two-year-old Chicago startup, sells software.",
            ("fernlow", "LOCATED_IN", "chicago"),
            None,
        ),
        (
            "Scotia Turbine Works is a Halifax startup. Fernlow is a U.S. startup.",
            ("scotia-turbine-works", "LOCATED_IN", "halifax"),
            ("fernlow", "LOCATED_IN", "united-states"),
        ),
        (
            "Fernlow Inc. grew. Its founders, Devon Pryce and Alicia Morena, met in 2019.",
            ("alicia-morena", "FOUNDED", "fernlow"),
            None,
        ),
        (
            "Fernlow Inc. closed a $9 million seed round in March led by Ridgeback Ventures.",
            ("ridgeback-ventures", "FUNDS", "fernlow"),
            None,
        ),
        (
            "Fernlow Inc. named its board. Investors including former Convoy executive Tom "
            "Harlan joined the round.",
            ("tom-harlan", "FUNDS", "fernlow"),
            ("convoy", "FUNDS", "fernlow"),
        ),
        (
            "Delphane Foods was founded in 1952 by the Tessier family. Marc Tessier runs it.",
            ("marc-tessier", "LEADS", "delphane-foods"),
            ("marc-tessier", "FOUNDED", "delphane-foods"),
        ),
        (
            "Corvana Brands agreed to buy smaller rival Delphane Foods for $4 billion.",
            ("corvana-brands", "OWNS", "delphane-foods"),
            None,
        ),
        (
            "Delphane's largest shareholder, the investment firm Harrowgate Partners, spoke.",
            ("harrowgate-partners", "OWNS", "delphane"),
            None,
        ),
        (
            "The Minas Reach tidal project in Nova Scotia got funding. Its developer, "
            "Fundy Tide Power, said so.",
            ("minas-reach", "LOCATED_IN", "nova-scotia"),
            ("fundy-tide-power", "OWNS", "nova-scotia"),
        ),
        (
            "The Llarena copper project in Chile's Atacama region grew.",
            ("llarena", "LOCATED_IN", "atacama"),
            ("llarena", "LOCATED_IN", "chile"),
        ),
    ],
)
def test_descriptions_plural_roles_families_and_regions(text, present, absent):
    assert_present_and_absent(text, present, absent)


def test_a_capitalized_word_opening_a_sentence_before_a_described_name():
    doc = extract(
        "Environmental group Bay Watch Alliance opposed Tidewell Power. "
        "NEW YORK (Reuters) - Snack maker Corvana Brands grew. Corvana Brands sells snacks."
    )
    assert not {"Environmental", "Snack"} & {e.name for e in doc.entities.values()}
    assert ("bay-watch-alliance", "DISPUTES", "tidewell-power") in doc.relations


def test_a_descriptor_after_and_starts_a_new_list_member():
    # "Corvex Labs and executive Tom Harlan" is two objects, not Tom Harlan described by Corvex
    got = rels("Ardent Pharma sued Corvex Labs and executive Tom Harlan over the patent.")
    assert ("ardent-pharma", "DISPUTES", "corvex-labs") in got
    assert ("ardent-pharma", "DISPUTES", "tom-harlan") in got
    # a descriptor between the two names still describes the person
    got = rels("Ardent Pharma sued former Corvex executive Tom Harlan over the patent.")
    assert ("ardent-pharma", "DISPUTES", "tom-harlan") in got
    assert ("ardent-pharma", "DISPUTES", "corvex") not in got
