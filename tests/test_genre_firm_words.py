"""Genre bank for the words that end firms' names in trade and finance ("Latour Invest", "Holm
Equity", "Tarn Credit", "Brenholt Cables", "Vesna Terminals"): such a name is an Organization even
where its first word looks like a surname and the sentence would otherwise vote Person ("owned
by Agnelli Invest"), so a list of owners or investors stays one list of organizations.

Each case is a short invented text with the types its names must resolve to, or the relations
it must (and must not) give; across banking, shipping, timber, forestry, building materials,
wine, gaming, logistics and energy. Guards: a person whose surname is not a firm word, a place
before a firm word, a relation the text negates.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types

TypeCase = tuple[str, dict[str, str], list[str]]

TYPES: list[TypeCase] = [
    (  # finance: "owned by" (a Person cue) before a surname-like first word
        "Rexford Steel is owned by Agnelli Invest.",
        {"Agnelli Invest": "Organization", "Rexford Steel": "Organization"},
        [],
    ),
    (  # private equity: subject of a purchase
        "Holm Equity bought Tarn Credit last year.",
        {"Holm Equity": "Organization", "Tarn Credit": "Organization"},
        [],
    ),
    (  # timber: object of "backed by"
        "The new sawmill is backed by Morven Lumber.",
        {"Morven Lumber": "Organization"},
        [],
    ),
    (  # forestry and paper
        "Carra Forestry sells its pulp to Dunmore Paper.",
        {"Carra Forestry": "Organization", "Dunmore Paper": "Organization"},
        [],
    ),
    (  # building materials: "Aggregates", "Concrete"
        "Hale Aggregates and Norbury Concrete agreed to merge.",
        {"Hale Aggregates": "Organization", "Norbury Concrete": "Organization"},
        [],
    ),
    (  # wine: "Cellars", "Vineyards"
        "Sorel Cellars was bought by Aldous Vineyards in May.",
        {"Sorel Cellars": "Organization", "Aldous Vineyards": "Organization"},
        [],
    ),
    (  # logistics: "Terminals", "Couriers"
        "Vesna Terminals runs the quay with Brisk Couriers.",
        {"Vesna Terminals": "Organization", "Brisk Couriers": "Organization"},
        [],
    ),
    (  # dairy: after a participial opener whose agents are a person and a firm
        "Set up in 2004 by Sara Colm and Orla Dairy Partners, Kessel Creamery supplies cafes.",
        {"Kessel Creamery": "Organization", "Sara Colm": "Person"},
        [],
    ),
    (  # guard: a person's surname that is no firm word stays a person
        "Agnes Marlow, who chairs Latour Invest, spoke on Monday.",
        {"Agnes Marlow": "Person", "Latour Invest": "Organization"},
        [],
    ),
]

RELATIONS: list[Case] = [
    (  # finance: three owners in a passive list, the first surname-like
        "Rexford Steel is owned by Agnelli Invest, Marstow Partners and Sandoval Holdings.",
        [
            ("agnelli-invest", "OWNS", "rexford-steel"),
            ("marstow-partners", "OWNS", "rexford-steel"),
            ("sandoval-holdings", "OWNS", "rexford-steel"),
        ],
        [],
    ),
    (  # gaming: a held stake
        "Latour Invest holds 30% of Vardo Gaming.",
        [("latour-invest", "OWNS", "vardo-gaming")],
        [],
    ),
    (  # banking: two lenders in an active list
        "Tarn Credit and Norrel Wealth lent $40 million to Brisa Ferries.",
        [("tarn-credit", "FUNDS", "brisa-ferries"), ("norrel-wealth", "FUNDS", "brisa-ferries")],
        [],
    ),
    (  # energy: guard, a negated purchase
        "Holm Equity did not buy Selwyn Hydro.",
        [],
        [("holm-equity", "OWNS", "selwyn-hydro")],
    ),
]


@pytest.mark.parametrize("case", TYPES, ids=[c[0][:60] for c in TYPES])
def test_firm_word_types(case: TypeCase) -> None:
    check_types(*case)


@pytest.mark.parametrize("case", RELATIONS, ids=[c[0][:60] for c in RELATIONS])
def test_firm_word_relations(case: Case) -> None:
    check(*case)
