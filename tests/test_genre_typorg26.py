"""Genre bank for the types of firms and persons (round 26, area typorg).

A firm's noun that only modifies a person's job in an appositive ("a former grocery chain
buyer who", "a former airline route planner", "a partner at the Leeds consultancy X") types no
firm. Foreign workshop names ("Spinnerei Kolb", "Pastificio Lenzi", "Herrería Brandal",
"Sklárna Dostal") are kept as cases: a reading of the workshop word by its ending was tried and
reverted (its additions on unseen text were wrong), so the one still misread is a gap.

Each case is a short invented text, across groceries, airlines, consulting, banking, textiles,
pasta, ironwork, glass, brewing and printing. Guards keep a firm's noun that heads its phrase
("a regional airline", "a supermarket chain based in", "a supermarket supplier") and a given
name or a place of the same ending ("Valeria", "Liberia").
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

JOBS: list[TypeCase] = [
    (  # groceries: a supermarket buyer who advises
        "Pemvale Foods owes much to Tobin Varga, a former supermarket buyer who advises the "
        "firm on its shelf deals.",
        {"Tobin Varga": "Person", "Pemvale Foods": "Organization"},
        [],
    ),
    (  # airlines: a job of two words after the firm's noun
        "Skylark Tours was set up in 2021 by Orla Fenn, a former airline route planner who "
        "runs it today.",
        {"Orla Fenn": "Person"},
        [],
    ),
    (  # banking: a title of two words after "central bank"
        "Drevon Capital hired Ilse Maro, a former central bank deputy governor, as an adviser.",
        {"Ilse Maro": "Person"},
        [],
    ),
    (  # consulting: a role at a workplace
        "Kaito Brenn, a partner at the Leeds consultancy Orrin Vale, said the deal was fair.",
        {"Kaito Brenn": "Person", "Orrin Vale": "Organization"},
        [],
    ),
    (  # software: a firm's noun before a relation noun, no job
        "Mira Castell co-founded Pemvale with Tobin Varga, her former university flatmate, "
        "in 2011.",
        {"Tobin Varga": "Person"},
        [],
    ),
    (  # guard: the firm's noun heads its phrase
        "Tarvex, a regional airline, said on Monday it would add four routes.",
        {"Tarvex": "Organization"},
        [],
    ),
    (  # guard: a noun of a firm's trade after the firm's noun
        "Brisko, a supermarket chain based in Leeds, said sales rose.",
        {"Brisko": "Organization"},
        [],
    ),
]

WORKSHOPS: list[TypeCase] = [
    (  # textiles: a German mill run by the family
        "Greta Kolb, who has run Spinnerei Kolb since her father retired, plans a new loom hall.",
        {"Greta Kolb": "Person", "Spinnerei Kolb": "Organization"},
        [],
    ),
    (  # pasta: an Italian maker bought by a holding
        "Tessaro Holding bought Pastificio Lenzi, the pasta maker, for 40 million euros.",
        {"Pastificio Lenzi": "Organization"},
        [],
    ),
    (  # ironwork: a Spanish smithy of three words
        "Rafael Brandal founded Herrería Artística Brandal in 1968 in a shed outside Toledo.",
        {"Rafael Brandal": "Person", "Herrería Artística Brandal": "Organization"},
        [],
    ),
    (  # glass: a Czech works
        "Sklárna Dostal, the glassworks, sold its furnace to Orvik Glass last year.",
        {"Sklárna Dostal": "Organization"},
        [],
    ),
    (  # brewing: a Nordic "-eri", left out (Italian surnames end so: "Palmieri")
        "Jonas Lund, who has run Bryggeri Lund since his father retired, plans a new hall.",
        {"Jonas Lund": "Person", "Bryggeri Lund": "Organization"},
        [],
    ),
    (  # guard: a given name of the same ending
        "Valeria Contini, who chairs Tessaro Holding, said the deal would close in May.",
        {"Valeria Contini": "Person"},
        [],
    ),
]

RELATIONS: list[Case] = [
    (  # brewing: the founder of a Dutch brewery
        "Brouwerij Stams was founded in 1890 by Pieter Stams, a cooper from Breda.",
        [("pieter-stams", "FOUNDED", "brouwerij-stams")],
        [],
    ),
    (  # groceries: the adviser's relation survives the job reading
        "Pemvale Foods owes much to Tobin Varga, a former supermarket buyer who advises "
        "Pemvale Foods on its shelf deals.",
        [("tobin-varga", "ADVISES", "pemvale-foods")],
        [],
    ),
    (  # printing: a Polish printer named after its founder, run by a granddaughter
        "Anna Zawada, who has run Drukarnia Zawada since 2015, said the printer would buy "
        "two presses.",
        [("anna-zawada", "LEADS", "drukarnia-zawada")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "Greta Kolb, who has run Spinnerei": "a workshop word by its ending is no firm cue (the "
    "reading failed its check half); the family member who runs it makes the name a person's",
    "Jonas Lund, who has run Bryggeri": 'the Nordic workshop ending "-eri" is left out: '
    "Italian surnames end so",
    "Mira Castell co-founded Pemvale with Tobin Varga, her": "a firm's noun before a "
    'companion noun ("flatmate"), no job: still read as the name\'s kind',
}
REL_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(JOBS + WORKSHOPS, GAPS))
def test_genre_typorg26_types(case: TypeCase) -> None:
    check_types(*case)


@pytest.mark.parametrize("case", gap_params(RELATIONS, REL_GAPS))
def test_genre_typorg26_relations(case: Case) -> None:
    check(*case)
