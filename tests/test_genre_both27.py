"""Genre bank for plural references to two parties (round 27): "both", "the two companies".

A plural reference names the two parties its construction offers (`loaders.pair_reading`): a
pair the sentence already referred to, the two named before it when it opens a new clause, the
pair the sentence before coordinated or partnered ("A bid with B, a yard owned by C"). A
company plural with no pair in view is left to the resolver's latest pair (gap). Guards:
"both" before a noun that names no party ("both markets"), "both X and Y", a floating "both"
after a coordinated subject, "the two" before a number.

Invented texts across lending, tiles, ferries, bakeries, textiles, software, dairy, mining and
pharmacy.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BANK: list[Case] = [
    (  # lending: a bare "both" in a later clause, after "the two banks" of its own sentence
        "Orsel Bank is buying Pentlow Savings. Regulators noted that the two banks serve "
        "farmers in Kent, and both vie with Quidra Money for farm loans.",
        [("orsel-bank", "COMPETES_WITH", "quidra-money")],
        [],
    ),
    (  # tiles: subject and "with" partner of the sentence before, not the partner's owner
        "For the airport contract, Mirefield Tiles teamed up with Castore Kilns, which Rovena "
        "Holding bought in 2020. The two companies also share a showroom in Derby.",
        [("mirefield-tiles", "PARTNERS_WITH", "castore-kilns")],
        [
            ("rovena-holding", "PARTNERS_WITH", "castore-kilns"),
            ("rovena-holding", "LOCATED_IN", "derby"),
        ],
    ),
    (  # software: the two named before a clause opened by a semicolon
        "Parvex sells its payroll app through Quorn Labs, a reseller in Dublin, in ten "
        "countries; the two firms also co-own Ledgerly, a training school.",
        [("parvex", "OWNS", "ledgerly"), ("quorn-labs", "OWNS", "ledgerly")],
        [],
    ),
    (  # gap, textiles: a company plural far from the lead takeover names its two sides
        "Weftmoor will acquire Lindray Mills, its neighbour in Bolton, for 90 million pounds. "
        "Shareholders vote in June. Weftmoor makes curtains. Lindray makes blankets. Together "
        "they employ 800 people. A ruling is due in March. Analysts at Corbey Research think the "
        "price is fair. Trimwell, whose towels go up against both companies in northern "
        "shops, has not commented.",
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
    (  # fertiliser: the pair that acted in the opening sentence, named again later
        "Granfell and Osterby said on Monday that they would pool their potash mines. Osterby "
        "is partly state-owned. The pooled business will have 900 staff. Both companies vie "
        "with Kelvast, a Dutch miner, in most markets.",
        [("granfell", "COMPETES_WITH", "kelvast"), ("osterby", "COMPETES_WITH", "kelvast")],
        [],
    ),
    (  # brewing: the coordinated subject pair of its own sentence, across a new clause
        "Hollin Brewery and Sarp Maltings supply Kerran Pubs, and the pair jointly own "
        "Maltgate Yeast.",
        [("hollin-brewery", "OWNS", "maltgate-yeast"), ("sarp-maltings", "OWNS", "maltgate-yeast")],
        [("kerran-pubs", "OWNS", "maltgate-yeast")],
    ),
]

GAPS: dict[str, str] = {
    "Weftmoor will acquire": "a company plural with no pair in view does not reach back to "
    "the lead's takeover pair (a fallback to it cost precision on a development set)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_both27(case: Case) -> None:
    check(*case)
