"""Genre bank for lists that mix people and organizations ("owned by Tavi Rensel, Marstow
Partners and Sandoval Holdings"): a list closed by a conjunction keeps every member, whatever
its type, for every relation the list takes part in (owners, investors, founders, claimants).

Each case is a short invented text, the relations it must give and those it must not; across
steel, logistics, glassmaking, games, water, shipping, brewing, dairy and banking, in active,
passive, "include" and "each" variants. Guards: a person before a comma that opens the clause
("Under Tavi Rensel, Quillex ..."), a reported speaker between commas, a participial opener whose
list ends before the subject ("Set up by A and B, C supplies ...").
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

CASES: list[Case] = [
    (  # steel: passive, a person first
        "Rexford Steel is owned by Tavi Rensel, Marstow Partners and Sandoval Holdings.",
        [
            ("tavi-rensel", "OWNS", "rexford-steel"),
            ("marstow-partners", "OWNS", "rexford-steel"),
            ("sandoval-holdings", "OWNS", "rexford-steel"),
        ],
        [],
    ),
    (  # logistics: "investors include"
        "Investors in Voss Logistics include Mara Oduya, Brenmar Capital and Halden Partners.",
        [
            ("mara-oduya", "FUNDS", "voss-logistics"),
            ("brenmar-capital", "FUNDS", "voss-logistics"),
            ("halden-partners", "FUNDS", "voss-logistics"),
        ],
        [],
    ),
    (  # glassmaking: passive founders, a person and a company
        "Selwyn Glassworks was founded by Ada Prent and Kesmark Mining in 1998.",
        [
            ("ada-prent", "FOUNDED", "selwyn-glassworks"),
            ("kesmark-mining", "FOUNDED", "selwyn-glassworks"),
        ],
        [],
    ),
    (  # water: active subjects, leftwards from the verb
        "Tavi Rensel, Quillex Foods and Brenmar Capital sued Harlow Water in March.",
        [
            ("tavi-rensel", "DISPUTES", "harlow-water"),
            ("quillex-foods", "DISPUTES", "harlow-water"),
            ("brenmar-capital", "DISPUTES", "harlow-water"),
        ],
        [],
    ),
    (  # games: "each own"
        "Ola Brandt and Ardo Capital each own half of Quibble Games.",
        [("ola-brandt", "OWNS", "quibble-games"), ("ardo-capital", "OWNS", "quibble-games")],
        [],
    ),
    (  # shipping: an organization first, then a person
        "Brisa Ferries is owned by Castor Holdings and Ivo Brandt.",
        [("castor-holdings", "OWNS", "brisa-ferries"), ("ivo-brandt", "OWNS", "brisa-ferries")],
        [],
    ),
    (  # brewing: guard, a person opening the clause is no member of the subjects
        "Under Tavi Rensel, Quillex Foods and Brenmar Capital agreed to buy Kessel Brewing.",
        [
            ("quillex-foods", "OWNS", "kessel-brewing"),
            ("brenmar-capital", "OWNS", "kessel-brewing"),
        ],
        [("tavi-rensel", "OWNS", "kessel-brewing")],
    ),
    (  # dairy: guard, a participial opener's list ends before the subject
        "Set up in 2004 by Sara Colm and Orla Dairy Partners, Kessel Foods supplies cafes.",
        [
            ("sara-colm", "FOUNDED", "kessel-foods"),
            ("orla-dairy-partners", "FOUNDED", "kessel-foods"),
        ],
        [("kessel-foods", "FOUNDED", "kessel-foods")],
    ),
    (  # banking: guard, a reported speaker between commas is no member
        "Norrel Bank, Ada Prent said, will lend $40 million to Brisa Ferries.",
        [("norrel-bank", "FUNDS", "brisa-ferries")],
        [("ada-prent", "FUNDS", "brisa-ferries")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:60] for c in CASES])
def test_mixed_lists(case: Case) -> None:
    check(*case)
