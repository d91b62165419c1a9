"""Genre bank for ownership read past a list, an aside or a fronted stake noun (round 31).

A firm's brands named in a list or after "its" belong to the seller, and a brand a firm
entered a market under is its own ("pushed into locks under the A brand"): "sells jam and
honey under the A and B brands", "boots sold under its A and B labels", "under its own A
label", "Its primers, sold under the A name" (the possessor of the goods). Another firm's
goods ("sells X's loaves under the A name") and a trading name ("trades under the A name")
give no brand.
A firm before a relative aside is the holder of the role link after it: "X, which makes trains
in Kendal, is a subsidiary of Y" (Y owns X). A stake fronted by its noun ("an activist with a
stake of about 6 per cent") is of the firm in view, as "with a 6% stake" is.

Each case is a short invented text (relations that must be found, relations that must not be),
across honey, footwear, cutlery, bike locks, spices, marine paint, bakery, parcels, toys,
skincare, bicycles, tea, pharmacy, pottery, pumps and dyes.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BRANDS: list[Case] = [
    (  # honey: a list of brands after a selling verb with a list of goods
        "Ambermoor Apiaries sells honey, beeswax candles and mead under the Goldcomb and "
        "Heatherdrop brands.",
        [
            ("ambermoor-apiaries", "OWNS", "goldcomb"),
            ("ambermoor-apiaries", "OWNS", "heatherdrop"),
        ],
        [],
    ),
    (  # footwear: "its" before the list, a participle on the goods
        "Brannick Footwear opened a store in Oslo to show walking boots sold under its "
        "Trailmoor and Kestle labels.",
        [("brannick-footwear", "OWNS", "trailmoor"), ("brannick-footwear", "OWNS", "kestle")],
        [],
    ),
    (  # spices: "under its own NAME label"
        "Ojarra Spice sells chilli pastes under its own Redvale label and grinds pepper for "
        "restaurants.",
        [("ojarra-spice", "OWNS", "redvale")],
        [],
    ),
    (  # marine paint: the possessor of the goods of a participle
        "Velloran Coatings mixes marine paint in Gdynia. Its primers, sold under the Saltguard "
        "name, are used by ferry yards.",
        [("velloran-coatings", "OWNS", "saltguard")],
        [],
    ),
    (  # guard (bakery): another firm's goods sold under the names
        "Tressel Mills sells Harkin Bakeries' loaves under the Dawnrise and Oatfield names.",
        [],
        [("tressel-mills", "OWNS", "dawnrise"), ("tressel-mills", "OWNS", "oatfield")],
    ),
    (  # guard (parcels): a trading name is no brand sold
        "Quorvel Logistics trades under the Swiftpost and Parcelo names in Portugal.",
        [],
        [("quorvel-logistics", "OWNS", "swiftpost"), ("quorvel-logistics", "OWNS", "parcelo")],
    ),
    (  # cutlery: a verb of entering a market before "under its NAME label"
        "Harlow Cutlery expanded into garden shears under its Brackley label last year.",
        [("harlow-cutlery", "OWNS", "brackley")],
        [],
    ),
    (  # guard (bike locks): the entry verb's subject is another firm's buyer, no owner named
        "Shoppers pushed into bike locks under the Ferrolock brand, said Tarrow Retail.",
        [],
        [("tarrow-retail", "OWNS", "ferrolock")],
    ),
    (  # guard: the single brand after an active verb stays with the narrow reading
        "Ojarra Spice sells chilli pastes under the Redvale brand.",
        [("ojarra-spice", "OWNS", "redvale")],
        [],
    ),
]

ASIDES: list[Case] = [
    (  # toys: a relative aside between the firm and "is a subsidiary of"
        "Pellin Toys, which makes wooden trains in Kendal, is a subsidiary of Harrowgate Play "
        "Group.",
        [("harrowgate-play-group", "OWNS", "pellin-toys")],
        [],
    ),
    (  # skincare: "remains a unit of"
        "Lumarra Skincare, which sells serums to spas across Brittany, remains a unit of "
        "Ostrevin Beauty.",
        [("ostrevin-beauty", "OWNS", "lumarra-skincare")],
        [],
    ),
    (  # guard (bicycles): a rival after the aside owns nothing
        "Dorvik Cycles, which makes gravel bikes in Tartu, is the main rival of Ternmark Bikes.",
        [],
        [("ternmark-bikes", "OWNS", "dorvik-cycles")],
    ),
]

STAKES: list[Case] = [
    (  # tea: "with a stake of about N per cent" of the firm in view
        "Marrow Tea Estates posted a loss for the year. Halvane Partners, an activist fund with "
        "a stake of about 6 per cent, has criticised the board.",
        [("halvane-partners", "OWNS", "marrow-tea-estates")],
        [],
    ),
    (  # guard (pharmacy): the stake's own firm is named after it
        "Marrow Pharmacy posted a loss for the year. Halvane Partners, an activist fund with a "
        "stake of about 6 per cent in Orlo Chemists, has criticised the board of Marrow.",
        [],
        [("halvane-partners", "OWNS", "marrow-pharmacy")],
    ),
]

GAPPED: list[Case] = [
    (  # pottery: the second of two names before a line noun after "makes the"
        "Tarsel Pottery makes the Corrie and Fenwood tableware ranges.",
        [("tarsel-pottery", "OWNS", "corrie"), ("tarsel-pottery", "OWNS", "fenwood")],
        [],
    ),
    (  # pumps: "through X, a wholly owned subsidiary"
        "Halden Pumps makes valves in Leeds. It sells into Spain through Halden Iberia, a "
        "wholly owned subsidiary based in Madrid.",
        [("halden-pumps", "OWNS", "halden-iberia")],
        [],
    ),
    (  # dyes: a disclosed holding with no named firm
        "Mira Dyes makes indigo. Tarn Partners, the fund that disclosed a 6% holding in the "
        "spring, has criticised the board.",
        [("tarn-partners", "OWNS", "mira-dyes")],
        [],
    ),
]

BANK = BRANDS + ASIDES + STAKES + GAPPED
GAPS: dict[str, str] = {
    "Tarsel Pottery makes the": "a second name before a shared line noun is not coordinated",
    "Halden Pumps makes valves": "the subject of 'through X, a wholly owned subsidiary' is unread",
    "Mira Dyes makes indigo": "a holding after 'disclosed' names no holding verb",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_owns31(case: Case) -> None:
    check(*case)
