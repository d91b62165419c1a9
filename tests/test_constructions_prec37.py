"""(prec37) "Both companies" whose salient pair was named apart (`loaders.references`
`_resolve_pair`): the pair the article opened on (`LeadPair`), when there is one, before the
low-confidence guess of the two latest firms.

Each case is (text, relations that must be found, relations that must not be), invented, in
several sectors; guards say what a text must not yield.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

# (prec37) "both companies" whose salient pair was named apart: the pair the article opened on
LEAD_PAIR: list[Case] = [
    (  # paints: two firms named in passing since the deal
        "Ravel Paints agrees to buy Osk Coatings\n\nRavel Paints said on Monday it had agreed to "
        "buy Osk Coatings for $2 billion.\nThe deal needs approval from regulators in Brussels.\n"
        "Separately, Tillen Chemicals cut its forecast on Friday.\nAnalysts expect a lengthy "
        "review.\nShares in Brisk Lacquers rose 3%.\nBoth companies compete with Mendel Coatings, "
        "the Danish paint maker.",
        [
            ("ravel-paints", "COMPETES_WITH", "mendel-coatings"),
            ("osk-coatings", "COMPETES_WITH", "mendel-coatings"),
        ],
        [
            ("tillen-chemicals", "COMPETES_WITH", "mendel-coatings"),
            ("brisk-lacquers", "COMPETES_WITH", "mendel-coatings"),
        ],
    ),
    (  # dairy: the same, another trade
        "Harlow Foods agrees to buy Penwick Dairies\n\nHarlow Foods said on Tuesday it had agreed "
        "to buy Penwick Dairies for £300 million.\nThe deal needs approval from the competition "
        "authority.\nSeparately, Ostrow Milk closed two plants on Friday.\nFarmers expect lower "
        "prices.\nShares in Kelby Cheese fell 2%.\nBoth companies compete with Dunmore Creamery "
        "in supermarket cheese.",
        [
            ("harlow-foods", "COMPETES_WITH", "dunmore-creamery"),
            ("penwick-dairies", "COMPETES_WITH", "dunmore-creamery"),
        ],
        [
            ("ostrow-milk", "COMPETES_WITH", "dunmore-creamery"),
            ("kelby-cheese", "COMPETES_WITH", "dunmore-creamery"),
        ],
    ),
    (  # guard: a pair the sentence before coordinated stays the pair meant
        "Ravel Paints agrees to buy Osk Coatings\n\nRavel Paints said on Monday it had agreed to "
        "buy Osk Coatings for $2 billion.\nThe deal needs approval from regulators in Brussels.\n"
        "Tillen Chemicals and Brisk Lacquers cut prices on Friday.\nBoth companies compete with "
        "Mendel Coatings, the Danish paint maker.",
        [
            ("tillen-chemicals", "COMPETES_WITH", "mendel-coatings"),
            ("brisk-lacquers", "COMPETES_WITH", "mendel-coatings"),
        ],
        [
            ("ravel-paints", "COMPETES_WITH", "mendel-coatings"),
            ("osk-coatings", "COMPETES_WITH", "mendel-coatings"),
        ],
    ),
    (  # guard: an article opened on one firm has no pair to fall back on
        "Tillen Chemicals cuts forecast\n\nTillen Chemicals cut its full-year forecast on "
        "Monday.\nHarbour Paints reported a loss in May.\nAnalysts were not surprised.\nLast "
        "week Brisk Lacquers won a new contract.\nBoth companies compete with Mendel Coatings.",
        [],
        [("tillen-chemicals", "COMPETES_WITH", "mendel-coatings")],
    ),
]


@pytest.mark.parametrize("case", LEAD_PAIR, ids=lambda c: c[0][:60])
def test_lead_pair(case: Case) -> None:
    check(*case)
