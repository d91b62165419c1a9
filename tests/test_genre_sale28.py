"""Genre bank for completed and agreed sales in forms the narrow rules did not read (round 28).

A purchase told in an absolute clause after a comma and "with" ("the chain grew, with A buying
X in 2019 and Y two years later"): A OWNS each thing. A sale agreed and still to close in the
future passive ("X will be sold to A", "X is to be sold to A"): A OWNS X. Guards: a share
bought is the stake rules' (a minority FUNDS), a hedge ("could be sold to") or negation blocks,
"with" after a word that governs it ("unhappy with A buying X") opens no report, and an
intention ("with A planning to buy X") is no purchase.

Each case is a short invented text across dairies, sensors, ferries, vineyards, software,
quarries, bicycles and hotels.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

WITH: list[Case] = [
    (  # dairies: one buyer, two things, the second after a filler of places and dates
        "Corbel Dairies makes butter in Devon. The group doubled in size over a decade, with "
        "Corbel buying Hasketon Creamery in Suffolk in 2016 and Ambry Cheese three years later.",
        [
            ("corbel-dairies", "OWNS", "hasketon-creamery"),
            ("corbel-dairies", "OWNS", "ambry-cheese"),
        ],
        [],
    ),
    (  # sensors: "acquiring"
        "The market for radar chips consolidated quickly, with Vesk Semiconductor acquiring "
        "Tollard Sensing for $90 million.",
        [("vesk-semiconductor", "OWNS", "tollard-sensing")],
        [],
    ),
    (  # ferries: "taking over"
        "Island routes changed hands last year, with Marrin Ferries taking over Glasmor Line.",
        [("marrin-ferries", "OWNS", "glasmor-line")],
        [],
    ),
    (  # guard: a minority share is no purchase of the firm
        "Prices of vines rose, with Castellan Wines buying a 20% stake in Dorrow Estate.",
        [],
        [("castellan-wines", "OWNS", "dorrow-estate")],
    ),
    (  # guard: an intention is no purchase
        "Software shares rose, with Pelliam Systems planning to buy Quarto Apps next year.",
        [],
        [("pelliam-systems", "OWNS", "quarto-apps")],
    ),
    (  # guard: "with" governed by the word before it
        "Regulators were unhappy with Brask Aggregates buying Loom Quarries.",
        [],
        [("brask-aggregates", "OWNS", "loom-quarries")],
    ),
    (  # guard: a seller in the absolute clause gives the buyer after "to" only
        "The bicycle trade shrank, with Orvel Cycles selling Tamber Bikes to Kesh Group.",
        [("kesh-group", "OWNS", "tamber-bikes")],
        [("orvel-cycles", "OWNS", "tamber-bikes")],
    ),
]

FUTURE: list[Case] = [
    (  # hotels: an agreed sale still to close
        "Harcombe Inns will be sold to Velour Hospitality for an undisclosed sum, the owners "
        "said on Friday.",
        [("velour-hospitality", "OWNS", "harcombe-inns")],
        [],
    ),
    (  # quarries: "is to be sold to"
        "Dunkery Stone is to be sold to Ashlar Materials once the regulator agrees.",
        [("ashlar-materials", "OWNS", "dunkery-stone")],
        [],
    ),
    (  # guard: a hedge
        "Dunkery Stone could be sold to Ashlar Materials, two people said.",
        [],
        [("ashlar-materials", "OWNS", "dunkery-stone")],
    ),
    (  # guard: a negation
        "Harcombe Inns will not be sold to Velour Hospitality, its chairman said.",
        [],
        [("velour-hospitality", "OWNS", "harcombe-inns")],
    ),
    (  # gap: goods in a relative clause are sold, not the firm before them
        "Quenby Orchards grows pears that will be sold to Frostmere Foods.",
        [],
        [("frostmere-foods", "OWNS", "quenby-orchards")],
    ),
]

BANK = WITH + FUTURE
GAPS: dict[str, str] = {
    "Quenby Orchards grows pears": "the subject of a sale across a relative 'that' is taken "
    "as the firm before its antecedent (as with 'was sold to')",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_sale28(case: Case) -> None:
    check(*case)
