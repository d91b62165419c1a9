"""Coreference: which entity "its", "the company", "the carrier" or "both companies" refer to.

References are resolved by `loaders.coref.Salience` (recent entities, clause subjects, kinds of
organization) from `loaders.article`. The tests read the relations the references produce, in
invented sentences from several sectors; each has a distractor the old rules picked.
"""

from __future__ import annotations

import pytest

from loaders.article import extract, oblique
from loaders.config import ExtractionConfig
from loaders.coref import Registry, Salience
from loaders.lexicon import Lexicon
from loaders.mentions import Candidate

LEX = Lexicon.load()
Triple = tuple[str, str, str]


def relations(text: str) -> set[Triple]:
    return set(extract(text).relations)


# (text, relation the reference must give, relation it must not give)
KIND_CASES = [
    (  # aviation: "the carrier" is the airline, not the shareholder named last
        "Skyra Airlines cut fares on Monday. Brenn Holdings owns a stake in Skyra Airlines. "
        "The carrier's chief executive, Ana Ruiz, said costs fell.",
        ("ana-ruiz", "LEADS", "skyra-airlines"),
        ("ana-ruiz", "LEADS", "brenn-holdings"),
    ),
    (  # mining: "the miner" is the borrower, not the bank that opened the sentence
        "Halden Bank lent money to Quarro Mining. The miner's chairman, Erik Sand, welcomed "
        "the loan.",
        ("erik-sand", "LEADS", "quarro-mining"),
        ("erik-sand", "LEADS", "halden-bank"),
    ),
    (  # banking: "the lender" is the bank even when the miner is named last
        "Quarro Mining borrowed money from Halden Bank. The lender's chief executive, Erik "
        "Sand, said the loan was secure.",
        ("erik-sand", "LEADS", "halden-bank"),
        ("erik-sand", "LEADS", "quarro-mining"),
    ),
    (  # pharma, with an adjective before the kind noun
        "Norsk Retail will stock a cold remedy made by Aldren Pharmaceuticals. The German "
        "drugmaker's chief executive, Petra Holm, praised the deal.",
        ("petra-holm", "LEADS", "aldren-pharmaceuticals"),
        ("petra-holm", "LEADS", "norsk-retail"),
    ),
    (  # football: "the club", a name with no descriptor noun but a club word
        "Lakeshore Capital agreed to buy Ravenford United in March. Lakeshore Capital also "
        "owns a hotel chain. The club's chairman, Simon Kerr, backed the sale.",
        ("simon-kerr", "LEADS", "ravenford-united"),
        ("simon-kerr", "LEADS", "lakeshore-capital"),
    ),
    (  # insurance
        "Tessel Re signed a reinsurance pact with Morrow Logistics. The insurer's chief "
        "executive, Hana Ito, called it a milestone.",
        ("hana-ito", "LEADS", "tessel-re"),
        ("hana-ito", "LEADS", "morrow-logistics"),
    ),
]


@pytest.mark.parametrize("text,wanted,wrong", KIND_CASES)
def test_a_kind_noun_refers_to_the_organization_of_its_kind(
    text: str, wanted: Triple, wrong: Triple
) -> None:
    got = relations(text)
    assert wanted in got and wrong not in got, sorted(got)


def test_a_kind_noun_reaches_back_past_the_window_when_only_one_matches() -> None:
    text = (
        "Quarro Mining opened a copper pit in Chile last year. Halden Bank advised Kessel "
        "Partners. Kessel Partners hired staff. Kessel Partners bought a building. Halden Bank "
        "raised fees. Kessel Partners moved offices. The miner's chief executive, Erik Sand, "
        "said output would double."
    )
    assert ("erik-sand", "LEADS", "quarro-mining") in relations(text)


def test_a_description_once_resolved_is_remembered_for_the_entity() -> None:
    sal = _salience([("Ostra Holdings", {"Organization": 3.0}), ("Velmar", {"Organization": 3.0})])
    assert sal.kinds_of(("miner",)) == {"mining"}
    sal.mention("ostra-holdings", 0)
    sal.mention("velmar", 0)
    assert sal.topical("Organization", 1, head="miner", words=("miner",))[0] == "ostra-holdings"
    sal.described("velmar", "miner")  # "the miner" was resolved to Velmar once
    assert sal.topical("Organization", 1, head="miner", words=("miner",))[0] == "velmar"


def test_a_generic_description_keeps_the_recency_and_subject_order() -> None:
    # "the company" names no kind: the subject of the sentence before still wins
    text = "Kestrel Motors bought a stake in Orvane Software. The company is led by Tom Reed."
    got = relations(text)
    assert ("tom-reed", "LEADS", "kestrel-motors") in got
    assert ("tom-reed", "LEADS", "orvane-software") not in got


def test_a_kind_noun_with_no_matching_organization_falls_back_to_recency() -> None:
    text = "Brenn Holdings reported a loss. The carrier's chief executive, Ana Ruiz, resigned."
    assert ("ana-ruiz", "LEADS", "brenn-holdings") in relations(text)


# -- clause subjects: "its" and "the company" lean to the subject, not a prepositional object
SUBJECT_CASES = [
    (  # pharma: a fronted prepositional phrase names the partner first
        "Under a deal with Velis Therapeutics, Aldren Pharma will sell the drug in Europe. "
        "Its chief executive, Paulo Serra, said the deal made sense.",
        ("paulo-serra", "LEADS", "aldren-pharma"),
        ("paulo-serra", "LEADS", "velis-therapeutics"),
    ),
    (  # autos: analysts at a bank speak about the carmaker
        "Kestrel Motors reported a loss. Analysts at Borg Securities said the automaker needed "
        "cash. The company is led by Tom Reed.",
        ("tom-reed", "LEADS", "kestrel-motors"),
        ("tom-reed", "LEADS", "borg-securities"),
    ),
    (  # telecoms: a competitor compared with
        "Compared with Baltic Cable, Norsk Telecom grew faster in 2024. Its chairman, Liv "
        "Dahl, credited the fibre roll-out.",
        ("liv-dahl", "LEADS", "norsk-telecom"),
        ("liv-dahl", "LEADS", "baltic-cable"),
    ),
    (  # agriculture: a passive agent in between does not take "its" from the subject
        "Cremlow Cooperative will buy a creamery from Halden Dairy. The deal was backed by Norsk "
        "Bank. Its chief executive, Tomas Vrell, said the co-op would expand.",
        ("tomas-vrell", "LEADS", "cremlow-cooperative"),
        ("tomas-vrell", "LEADS", "norsk-bank"),
    ),
    (  # agriculture: "the co-op" is the cooperative
        "Cremlow Cooperative buys milk from 300 farms. Halden Bank lent it money. The co-op's "
        "chairman, Erik Sand, said it would sell the plant.",
        ("erik-sand", "LEADS", "cremlow-cooperative"),
        ("erik-sand", "LEADS", "halden-bank"),
    ),
    (  # retail: "shares in X" keep X the topic ("in" and "of" are not oblique)
        "Shares in Marlow Stores rose 4% on Tuesday. Its chief executive, Dan Obi, said "
        "sales were strong.",
        ("dan-obi", "LEADS", "marlow-stores"),
        None,
    ),
]


@pytest.mark.parametrize("text,wanted,wrong", SUBJECT_CASES)
def test_a_reference_leans_to_the_clause_subject(
    text: str, wanted: Triple, wrong: Triple | None
) -> None:
    got = relations(text)
    assert wanted in got, sorted(got)
    assert wrong is None or wrong not in got, sorted(got)


@pytest.mark.parametrize(
    "words,at,expected",
    [
        ("under a deal with X , Y", 4, True),
        ("under a deal with X , Y", 6, False),
        ("analysts at the lender X said", 4, True),
        ("shares in X rose", 2, False),
        ("the chief executive of X said", 4, False),
        ("a joint venture between X and Y", 4, True),
        ("X bought Y", 0, False),
    ],
)
def test_oblique_marks_objects_of_prepositions(words: str, at: int, expected: bool) -> None:
    assert oblique(words.split(), at, LEX) is expected


def test_pairs_still_take_the_two_latest_organizations() -> None:
    text = (
        "Greyline Shipping and Orsa Logistics agreed to a tie-up. Both companies are based in "
        "Rotterdam."
    )
    got = relations(text)
    assert ("greyline-shipping", "LOCATED_IN", "rotterdam") in got
    assert ("orsa-logistics", "LOCATED_IN", "rotterdam") in got


def test_a_pair_is_the_two_subjects_not_a_prepositional_object() -> None:
    text = (
        "Greyline Shipping and Orsa Logistics signed a deal with backing from Brava Bank. The "
        "two companies are based in Oslo."
    )
    got = relations(text)
    assert ("greyline-shipping", "LOCATED_IN", "oslo") in got
    assert ("orsa-logistics", "LOCATED_IN", "oslo") in got
    assert ("brava-bank", "LOCATED_IN", "oslo") not in got


def test_the_company_may_be_its_own_sentence_subject() -> None:
    # electronics: "the company" after "X has been a unit of Y" is X
    text = (
        "Nimbus Devices makes e-readers. Nimbus Devices has been a subsidiary of Osaka-based "
        "Tanaka Electronics since 2022, and the company, which is based in Lyon, now employs "
        "400 people."
    )
    got = relations(text)
    assert ("nimbus-devices", "LOCATED_IN", "lyon") in got
    assert ("tanaka-electronics", "LOCATED_IN", "lyon") not in got


def test_a_government_description_never_falls_back_to_a_company() -> None:
    # energy: "the ministry" is the ministry named before; with none in reach, nobody
    named = (
        "The Ministry of Energy approved the Kessel Wind project. Brava Power will build it. "
        "Sarah Collins criticised the ministry."
    )
    assert ("sarah-collins", "DISPUTES", "the-ministry-of-energy") in relations(named) or (
        "sarah-collins",
        "DISPUTES",
        "ministry-of-energy",
    ) in relations(named)
    unnamed = "Brava Power will build the plant. Sarah Collins criticised the ministry."
    assert ("sarah-collins", "DISPUTES", "brava-power") not in relations(unnamed)


def test_accused_the_agency_of_names_the_agency() -> None:
    # "the maker of X" is a role the rules read; "accused the agency of bias" is a reference
    text = (
        "Brava Power sued the Energy Regulatory Authority. Sarah Collins accused the agency of "
        "bias."
    )
    assert ("sarah-collins", "DISPUTES", "energy-regulatory-authority") in relations(text)


def _salience(names: list[tuple[str, dict[str, float]]]) -> Salience:
    reg = Registry(LEX)
    pos = 0
    for name, votes in names:
        size = len(name.split())
        reg.observe(Candidate(0, size, name, pos, pos + len(name), votes=dict(votes)))
        pos += 100
    reg.build()
    return Salience(reg)


def test_an_analyst_lexicon_extends_the_kinds() -> None:
    lex = Lexicon.load({"kinds": {"rail": ["railway", "rail", "trains"]}, "anaphora": {}})
    assert lex.kinds["railway"] == {"rail"}
    assert "mining" in lex.kinds["miner"]  # the defaults stay
    text = (
        "Orsa Trains bought ten engines. Halden Bank lent the money. The railway's chief "
        "executive, Sarah Collins, welcomed the loan."
    )
    extra = {"kinds": {"rail": ["railway", "trains"]}, "anaphora": {"Organization": ["railway"]}}
    got = set(extract(text, ExtractionConfig.build(lexicon=extra)).relations)
    assert ("sarah-collins", "LEADS", "orsa-trains") in got
    assert ("sarah-collins", "LEADS", "halden-bank") not in got


@pytest.mark.parametrize(
    ("after", "is_object"),
    [
        ("of", True),  # "accused her of fraud"
        ("the", True),  # "told her the deal"
        ("for", True),  # "counselled her for years"
        (",", True),
        (".", True),
        ("company", False),  # "her company"
        ("own", False),  # "her own venture"
    ],
)
def test_her_is_an_object_by_one_definition_in_resolution_and_rules(
    after: str, is_object: bool
) -> None:
    """The resolver's object test (`object_pronoun`) and the rules' determiner test
    (`Sentence.is_det`) read "her" the same way."""
    from graph.schema import DEFAULT_SCHEMA
    from loaders.oblique_mentions import object_pronoun
    from loaders.relations.model import Mention, Sentence
    from loaders.relations.words import M

    lows = ["sued", "her", after]
    assert object_pronoun(lows, 1) is is_object
    ments: list[Mention | None] = [None, Mention(("ann-lee",), 1, 2, "pronoun", 0.8, "her"), None]
    s = Sentence(["sued", M, after], ments, lambda _: "Person", Lexicon.load(), DEFAULT_SCHEMA)
    assert s.is_det(1) is not is_object
