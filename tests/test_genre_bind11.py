"""Genre bank for binding constraints on pronouns (round 11, second wave).

Principle B in two plain shapes: a non-reflexive object "it" right after its clause's verb
never stands for the name that is the clause's subject ("Orsund Bank hired it", "Marrow Capital
told it to ..."), and a possessive "its" opening an appositive never stands for the appositive's
own head ("Veska, its best-selling pump": not Veska). And "which" after "sold to X (in YEAR)" is
X, with "it" the thing sold ("sold to Marsh Agri in 2019, which still owns it").

Each case is a short invented article (text, relations that must be found, relations that must
not be), across farming, logistics, retail, brass instruments, pumps, lighting, beds, seeds,
mills and software. Guards: "X said it would ...", "X, which says its ..." stay bound to X;
"X thinks it will" (a complement clause's subject may be X).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OBJECTS: list[Case] = [
    (  # logistics: "hired it" is not the hirer
        "Tarvik Logistics lost money last year. Quillex Partners hired it and later bought it.",
        [("quillex-partners", "OWNS", "tarvik-logistics")],
        [("tarvik-logistics", "OWNS", "quillex-partners")],
    ),
    (  # software: "told it to" is not the teller
        "Brenvale Software missed its targets. Marrow Capital told it to cut costs and then "
        "acquired it.",
        [("marrow-capital", "OWNS", "brenvale-software")],
        [("brenvale-software", "OWNS", "marrow-capital")],
    ),
    (  # farming: "will supply it with a loan" is not the lender
        "Tarvik Farms needs money for a grain store. Orsund Bank will supply it with a loan.",
        [],
        [("orsund-bank", "FUNDS", "orsund-bank")],
    ),
]

APPOSITIVES: list[Case] = [
    (  # pumps: "Veska, its best-selling pump" is the company's, not Veska's
        "Pellmar Pumps had a good year. Demand for Veska, its best-selling pump, rose in Spain.",
        [("pellmar-pumps", "OWNS", "veska")],
        [("veska", "OWNS", "veska")],
    ),
    (  # lighting: "Lumex, its LED grow-light system": Lumex is the product, "LED" no entity
        "Brightfield Growers had a good year. Sales of Lumex, its LED grow-light system, doubled.",
        [("brightfield-growers", "OWNS", "lumex")],
        [("lumex", "OWNS", "led"), ("brightfield-growers", "OWNS", "led")],
    ),
    (  # lighting, sentence-initial appositive with a maker named later
        "Brightfield Growers sells greenhouse kit. Lumex, its LED grow-light system, is made "
        "in Ghent by Corvel Lighting.",
        [("brightfield-growers", "OWNS", "lumex")],
        [("brightfield-growers", "OWNS", "led")],
    ),
    (  # pumps, sentence-initial
        "Pellmar Pumps had a good year. Veska, its best-selling pump, is made in Spain.",
        [("pellmar-pumps", "OWNS", "veska")],
        [],
    ),
    (  # brass: an appositive between subject and verb does not hide the subject from "its"
        "Harrow Brass, a maker of horns, sells Merlin, its student trumpet.",
        [("harrow-brass", "OWNS", "merlin")],
        [],
    ),
    (  # snacks: the object appositive
        "Tarlow Foods sells Crunchy Bites, its best-selling crisp, in Spain.",
        [("tarlow-foods", "OWNS", "crunchy-bites")],
        [],
    ),
]

SOLD: list[Case] = [
    (  # seeds: "sold to X in YEAR, which still owns it": X owns the thing sold
        "Kessock Seeds was founded in 1980 in Perth. The firm was sold to Marsh Agri in 2019, "
        "which still owns it.",
        [("marsh-agri", "OWNS", "kessock-seeds")],
        [("kessock-seeds", "OWNS", "marsh-agri")],
    ),
    (  # mills: the same with a name subject
        "Corran Mills was set up in Leeds. Corran Mills was sold to Tavish Foods in 2015, which "
        "still owns it.",
        [("tavish-foods", "OWNS", "corran-mills")],
        [("corran-mills", "OWNS", "tavish-foods")],
    ),
    (  # beds: no year, a month and year
        "Halloway Beds makes sofas. It was sold to Brixton Home in May 2018, which still "
        "controls it.",
        [("brixton-home", "OWNS", "halloway-beds")],
        [("halloway-beds", "OWNS", "brixton-home")],
    ),
]

GUARDS: list[Case] = [
    (  # a speaker's own "it": stays the speaker
        "Quillex Bank reported higher profits. Quillex Bank said it would buy Morrel Dairy.",
        [("quillex-bank", "OWNS", "morrel-dairy")],
        [],
    ),
    (  # "X, which says its ...": the relative's name
        "Corvel Foods has grown. Dunmore Steel, which says its plant in Leeds is full, will "
        "build a mill.",
        [("dunmore-steel", "LOCATED_IN", "leeds")],
        [("corvel-foods", "LOCATED_IN", "leeds")],
    ),
]

BANK = OBJECTS + APPOSITIVES + SOLD + GUARDS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_bind11(case: Case) -> None:
    check(*case)
