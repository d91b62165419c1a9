"""Genre bank for plural references to two parties (round 27): "both", "the two companies".

A plural reference names the two parties its construction offers (`loaders.pair_reading`): a
pair the sentence already referred to, the two named before it when it opens a new clause, the
pair the sentence before coordinated or partnered ("A bid with B, a yard owned by C"), and,
for a company plural with no pair in view, the takeover pair of the article's lead. Guards:
"both" before a noun that names no party ("both markets"), "both X and Y", a floating "both"
after a coordinated subject, "the two" before a number.

Invented texts across lending, tiles, ferries, bakeries, textiles, software, dairy, mining and
pharmacy.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BANK: list[Case] = [
    (  # lending: a bare "both" after "the two lenders" of its own sentence
        "Orsel Bank agreed to buy Pentlow Savings on Monday. Its chairman said the two banks "
        "had long been neighbours and that both now compete with online lenders such as "
        "Quidra Money.",
        [("orsel-bank", "COMPETES_WITH", "quidra-money")],
        [],
    ),
    (  # tiles: subject and partner of the sentence before, not the partner's owner
        "Mirefield Tiles bid alongside Castore Kilns, a kiln maker from Faenza that is owned "
        "by the Italian group Rovena Holding. The two companies have partnered on two earlier "
        "hospital jobs.",
        [("mirefield-tiles", "PARTNERS_WITH", "castore-kilns")],
        [("rovena-holding", "PARTNERS_WITH", "castore-kilns")],
    ),
    (  # software: the two named before a clause opened by a semicolon
        "Parvex has launched a billing tool called Tally, built with the data firm Quorn "
        "Labs, which checks invoices overnight; the two companies have been partners since "
        "2021.",
        [("parvex", "PARTNERS_WITH", "quorn-labs")],
        [],
    ),
    (  # gap, textiles: a company plural far from the lead takeover names its two sides
        "Weftmoor agreed to buy rival Lindray Mills for 90 million pounds on Tuesday. The deal "
        "needs approval from the Competition Office. Weftmoor makes curtains in Bolton. "
        "Lindray makes blankets in Leeds. The combined group would employ 800 people. The "
        "regulator will rule in March. Analysts at Corbey Research called the price fair. "
        "Trimwell, a smaller weaver that competes with both companies in Yorkshire, declined "
        "to comment.",
        [("trimwell", "COMPETES_WITH", "weftmoor"), ("trimwell", "COMPETES_WITH", "lindray-mills")],
        [("trimwell", "COMPETES_WITH", "corbey-research")],
    ),
    (  # guard, ferries: "both" determines a thing, no party
        "Selvo Ferries lost its appeal against Harth Port. The judge rejected both claims of "
        "the operator and both routes stay closed.",
        [],
        [("harth-port", "DISPUTES", "selvo-ferries")],
    ),
    (  # guard, dairy: a floating "both" after a coordinated subject keeps the coordination
        "Brannow Dairy and Kettleby Creamery have both backed Moorfold Cheese since 2019.",
        [
            ("brannow-dairy", "FUNDS", "moorfold-cheese"),
            ("kettleby-creamery", "FUNDS", "moorfold-cheese"),
        ],
        [],
    ),
    (  # guard, bakeries: "both X and Y" is a coordination, not a reference
        "Harrock Bakeries sells to both supermarkets and cafes, and competes with Dunmill Bread.",
        [("harrock-bakeries", "COMPETES_WITH", "dunmill-bread")],
        [],
    ),
    (  # guard, mining: "the two" before a number counts shares
        "Corvath Mining bought Selby Ores last year. Tarnwell Capital sold the two million "
        "shares it held in Corvath Mining.",
        [("corvath-mining", "OWNS", "selby-ores")],
        [("tarnwell-capital", "OWNS", "selby-ores")],
    ),
    (  # guard, pharmacy: three named before the clause: which two is unclear
        "Pellow Pharmacy, which sued Ardley Health, hired Quint Labs, and the two companies "
        "now share a warehouse.",
        [],
        [
            ("pellow-pharmacy", "PARTNERS_WITH", "quint-labs"),
            ("ardley-health", "PARTNERS_WITH", "quint-labs"),
        ],
    ),
    (  # fertiliser: the pair that acted in the lead, far back, after an owner
        "Granfell and Osterby agreed to combine their fertiliser businesses on Monday. The "
        "state owns 30% of Osterby. It will hold 10% of the combined company. Analysts expect "
        "a long review. Both companies compete mainly with Kelvast, a Dutch producer.",
        [("granfell", "COMPETES_WITH", "kelvast"), ("osterby", "COMPETES_WITH", "kelvast")],
        [],
    ),
    (  # print: a pair ended by a plain "and" inside a relative clause
        "Daventry said the deal with Lomax Print, under which Daventry supplies paper and the "
        "two companies jointly sell calendars, had lifted sales.",
        [("daventry", "PARTNERS_WITH", "lomax-print")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "Weftmoor agreed": "a latest pair of one side and an analysts' firm named after 'at' beats "
    "the lead takeover seven sentences back",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_both27(case: Case) -> None:
    check(*case)
