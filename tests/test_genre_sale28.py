"""Genre bank for completed and agreed sales in forms the narrow rules did not read (round 28).

A purchase told in an absolute clause after a comma and "with" ("the chain grew, with A buying
X in 2019 and Y two years later"): A OWNS each thing. A sale agreed and still to close in the
future passive ("X will be sold to A", "X is to be sold to A") is not read (review 28: goods,
power and possessed plants are sold as often as firms). Guards: a share
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
    # review 28 F1: the thing must be the gerund's own object
    (  # guard: a source after "from"
        "Prices rose, with Marl Retail buying cotton from Ostby Mills.",
        [],
        [("marl-retail", "OWNS", "ostby-mills")],
    ),
    (  # guard: a source after "from", past a possessed object
        "Sales slumped, with Marl Retail buying its leather from Ostby Tannery instead.",
        [],
        [("marl-retail", "OWNS", "ostby-tannery")],
    ),
    (  # guard: sellers of stores
        "The chain grew, with Marl Retail buying stores from Ostby Shoes and Tarn Group.",
        [],
        [("marl-retail", "OWNS", "ostby-shoes"), ("marl-retail", "OWNS", "tarn-group")],
    ),
    (  # guard: the possessor of the stores bought
        "The board agreed, with Marl Retail buying Ostby Shoes' stores in Leeds.",
        [],
        [("marl-retail", "OWNS", "ostby-shoes")],
    ),
    (  # guard: share trading
        "Trading was quiet, with Marl Retail buying Tesco shares and Ostby Capital selling.",
        [],
        [("marl-retail", "OWNS", "tesco")],
    ),
    (  # grain: a supplier after "from"
        "Margins fell, with Penn Foods buying wheat from Arden Farms and Tolly Grain.",
        [],
        [("penn-foods", "OWNS", "arden-farms"), ("penn-foods", "OWNS", "tolly-grain")],
    ),
    (  # shipping: the possessor of the vessels
        "Freight rates fell, with Harl Shipping acquiring Norrent Line's vessels in Oslo.",
        [],
        [("harl-shipping", "OWNS", "norrent-line")],
    ),
]

# review 28 F2: the future passive is no longer read: its subject is as often goods, power or a
# possessed plant as the firm ("will be sold to" is the usual offtake wording)
FUTURE: list[Case] = [
    (  # guard: a supply deal
        "Kelby Mills' flour will be sold to Orvik Group under a ten-year deal.",
        [],
        [("orvik-group", "OWNS", "kelby-mills")],
    ),
    (  # guard: an asset sale
        "Kelby Mills' assets will be sold to Orvik Group.",
        [],
        [("orvik-group", "OWNS", "kelby-mills")],
    ),
    (  # guard: a possessed plant
        "Kelby Mills' Leeds plant will be sold to Orvik Group.",
        [],
        [("orvik-group", "OWNS", "kelby-mills")],
    ),
    (  # guard: an offtake
        "Power from Kelby Wind is to be sold to Orvik Energy.",
        [],
        [("orvik-energy", "OWNS", "kelby-wind")],
    ),
    (  # guard: "the plant" is not the firm
        "Kelby Mills said the plant will be sold to Orvik Group.",
        [],
        [("orvik-group", "OWNS", "kelby-mills")],
    ),
    (  # guard: either buyer
        "Kelby Mills will be sold to Orvik Group or Bran Foods, sources said.",
        [],
        [("orvik-group", "OWNS", "kelby-mills")],
    ),
    (  # guard: a crop sold on
        "Dunmore Vineyards' grapes are to be sold to Cask Wines next autumn.",
        [],
        [("cask-wines", "OWNS", "dunmore-vineyards")],
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
    (  # guard: goods in a relative clause are sold, not the firm before them
        "Quenby Orchards grows pears that will be sold to Frostmere Foods.",
        [],
        [("frostmere-foods", "OWNS", "quenby-orchards")],
    ),
]

BANK = WITH + FUTURE
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_sale28(case: Case) -> None:
    check(*case)
