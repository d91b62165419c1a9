"""Genre bank for the review mends of round 22, part b: towns read from a firm's descriptor.

A head noun that states a tie to its modifier makes the modifier a party, not a town: "the
largest Vexa investor", "the Vexa shareholder" hold Vexa, "the biggest Vexa lender" lends to it,
"the Vexa portfolio company Zolvak" is held by Vexa, and "the lending startup from Vexa" may be
its spin-out. A person's "of" names an employer, even when no first-name list knows the person
("Tarquin Vell, of Osmark, said"). The town readings stay ("the packaging group from Carvoeiro",
"Ombrix Roofworks, of Wodonga, which").

Each case is a short invented text (relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

TIED_HEADS: list[Case] = [
    (  # finance: an investor head holds its modifier
        "Kelso, the largest Vexa investor, sold its shares.",
        [],
        [("kelso", "LOCATED_IN", "vexa")],
    ),
    (  # variant: a shareholder head
        "Kelso, the largest Vexa shareholder, sold its shares to Tessel.",
        [],
        [("kelso", "LOCATED_IN", "vexa")],
    ),
    (  # banking: a ranked lender lends to its modifier
        "Kelso is the biggest Vexa lender and sued Tessel.",
        [("kelso", "DISPUTES", "tessel")],
        [("kelso", "LOCATED_IN", "vexa")],
    ),
    (  # variant: apposed ranked lender
        "Kelso, the main Vexa lender, sued Tessel.",
        [],
        [("kelso", "LOCATED_IN", "vexa")],
    ),
    (  # private equity: a portfolio company is held by the name before it
        "Kelso bought the Vexa portfolio company Zolvak.",
        [("kelso", "OWNS", "zolvak"), ("vexa", "FUNDS", "zolvak")],
        [("zolvak", "LOCATED_IN", "vexa")],
    ),
    (  # fintech: a startup "from" a name may be its spin-out
        "Corva, the lending startup from Vexa, raised money from Tessel.",
        [("tessel", "FUNDS", "corva")],
        [("corva", "LOCATED_IN", "vexa")],
    ),
    (  # guard: a trade group "from" a town stays located
        "Tessa Packs, the packaging group from Carvoeiro, bought Vexa.",
        [("tessa-packs", "OWNS", "vexa"), ("tessa-packs", "LOCATED_IN", "carvoeiro")],
        [],
    ),
]

OF_TOWNS: list[Case] = [
    (  # a person no first-name list knows, speaking: "of" names the employer
        "Tarquin Vell, of Osmark, said the deal was good.",
        [],
        [("tarquin-vell", "LOCATED_IN", "osmark")],
    ),
    (  # variant: a "who" after the phrase
        "Tarquin Vell, of Osmark, who chairs the board, sold shares.",
        [],
        [("tarquin-vell", "LOCATED_IN", "osmark")],
    ),
    (  # guard: a firm's "of" still names its town
        "Ombrix Roofworks, of Wodonga, which makes tiles, was bought by Kelso.",
        [("ombrix-roofworks", "LOCATED_IN", "wodonga")],
        [("kelso", "OWNS", "wodonga")],
    ),
    (  # guard: a firm-shaped name with "of" in a purchase
        "Kelso bought Velquist Mining of Penvarra in May.",
        [("kelso", "OWNS", "velquist-mining"), ("velquist-mining", "LOCATED_IN", "penvarra")],
        [],
    ),
]

BANK = TIED_HEADS + OF_TOWNS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_fixb22(case: Case) -> None:
    check(*case)
