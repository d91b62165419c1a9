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

# review31: licences, another's seller, a stated owner, coordinated sellers, the future
MENDED: list[Case] = [
    (  # guard (apparel): "under licence" before the brands
        "Corvane Apparel sells jackets under licence under the Peakrun and Valdane labels.",
        [],
        [("corvane-apparel", "OWNS", "peakrun"), ("corvane-apparel", "OWNS", "valdane")],
    ),
    (  # guard (dairy): "under licence" after a making verb
        "Solwen Dairy makes cheese under licence under the Alpina and Bergkase names.",
        [],
        [("solwen-dairy", "OWNS", "alpina"), ("solwen-dairy", "OWNS", "bergkase")],
    ),
    (  # guard (boots): "which it licenses from Y" after the brands
        "Pellam Group sells boots under the Ostrava and Kinnet brands, which it licenses from "
        "Jorvik Holdings.",
        [],
        [("pellam-group", "OWNS", "ostrava"), ("pellam-group", "OWNS", "kinnet")],
    ),
    (  # guard (cars): the entry path, a licence after the brand
        "Tesk Motors launched a budget car under the Longma brand, which it licenses from "
        "Hanfeng Auto.",
        [],
        [("tesk-motors", "OWNS", "longma")],
    ),
    (  # guard (beverages): a franchise word before the brands
        "Orvell Drinks bottles cola under franchise under the Fizzo and Brite names.",
        [],
        [("orvell-drinks", "OWNS", "fizzo"), ("orvell-drinks", "OWNS", "brite")],
    ),
    (  # apparel: "which it bought from Y" is its own
        "Corvane Apparel sells jackets under the Peakrun and Valdane labels, which it bought "
        "from Vista Retail.",
        [("corvane-apparel", "OWNS", "peakrun"), ("corvane-apparel", "OWNS", "valdane")],
        [],
    ),
    (  # footwear: "its" is the named seller of its own relative clause
        "Kessit Retail makes shoes for Amberfield, which sells them under its own Trailbe and "
        "Ruskin labels.",
        [("amberfield", "OWNS", "trailbe"), ("amberfield", "OWNS", "ruskin")],
        [("kessit-retail", "OWNS", "trailbe"), ("kessit-retail", "OWNS", "ruskin")],
    ),
    (  # footwear: "its" after an appositive subject
        "Kessit Retail makes boots in Porto. Its rival, Amberfield, sells boots under its own "
        "Trailbe and Ruskin labels.",
        [("amberfield", "OWNS", "trailbe"), ("amberfield", "OWNS", "ruskin")],
        [("kessit-retail", "OWNS", "trailbe"), ("kessit-retail", "OWNS", "ruskin")],
    ),
    (  # guard (paint): a passive entry verb; "moved under" a buyer's brand
        "Brevik Paints was launched under the Halcyon brand by Torvald Industries in 1998. "
        "Tesk Motors moved under the Hanfeng brand after the takeover.",
        [],
        [("brevik-paints", "OWNS", "halcyon"), ("tesk-motors", "OWNS", "hanfeng")],
    ),
    (  # guard (optics): a firm's name is no brand entered under
        "Harrow Optics pushed into sunglasses under the Vista Retail brand.",
        [],
        [("harrow-optics", "OWNS", "vista-retail")],
    ),
    (  # guard (wine): a distributor sells another's brands
        "Ferrata Vini makes wine. Its distributor, Kello Imports, sells the wines under the "
        "Castello and Rivabella labels.",
        [],
        [("kello-imports", "OWNS", "castello"), ("kello-imports", "OWNS", "rivabella")],
    ),
    (  # wine: two coordinated sellers own the brands jointly
        "Ferrata Vini and Bellano Wines sell wine under the Castello and Rivabella labels.",
        [
            ("ferrata-vini", "OWNS", "castello"),
            ("ferrata-vini", "OWNS", "rivabella"),
            ("bellano-wines", "OWNS", "castello"),
            ("bellano-wines", "OWNS", "rivabella"),
        ],
        [],
    ),
    (  # wine: a stated owner after the brands
        "Ferrata Vini sells wine under the Castello and Rivabella labels, owned by Bellano Wines.",
        [("bellano-wines", "OWNS", "castello"), ("bellano-wines", "OWNS", "rivabella")],
        [("ferrata-vini", "OWNS", "castello"), ("ferrata-vini", "OWNS", "rivabella")],
    ),
    (  # guard (dairy): goods made for a named chain under its labels
        "Solwen Dairy produces yoghurt under the Grenmark and Fresca labels for supermarket "
        "chain Aldwick.",
        [],
        [("solwen-dairy", "OWNS", "grenmark"), ("solwen-dairy", "OWNS", "fresca")],
    ),
    (  # optics: "sold under the A and B labels by Y" is Y's, not the maker's
        "Harrow Optics said it would stop making frames sold under the Clearpoint and Vue "
        "labels by Vista Retail.",
        [("vista-retail", "OWNS", "clearpoint"), ("vista-retail", "OWNS", "vue")],
        [("harrow-optics", "OWNS", "clearpoint"), ("harrow-optics", "OWNS", "vue")],
    ),
    (  # pharmacy: a brand and a firm sharing its word stay two entities
        "Korrin Labs sells vaccines under its Halden label. Halden Pharma, a separate company, "
        "objected to the name.",
        [("korrin-labs", "OWNS", "halden")],
        [("korrin-labs", "OWNS", "halden-pharma")],
    ),
    (  # guard (optics): a future sale is no ownership yet
        "Harrow Optics will sell frames under the Clearpoint and Vue labels once it buys Vista "
        "Retail.",
        [],
        [("harrow-optics", "OWNS", "clearpoint"), ("harrow-optics", "OWNS", "vue")],
    ),
    (  # guard (tools): a conditional sale, another sector
        "Garrow Tools could market drills under the Ironset and Boltra brands next year.",
        [],
        [("garrow-tools", "OWNS", "ironset"), ("garrow-tools", "OWNS", "boltra")],
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

BANK = BRANDS + MENDED + ASIDES + STAKES + GAPPED
GAPS: dict[str, str] = {
    "Halden Pumps makes valves": "the subject of 'through X, a wholly owned subsidiary' is unread",
    "Mira Dyes makes indigo": "a holding after 'disclosed' names no holding verb",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_owns31(case: Case) -> None:
    check(*case)
