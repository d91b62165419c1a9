"""Genre bank for a product's maker named inside its description (round 27).

A product's owner may be named with no possessive mark: as a modifier before the product noun
("Gleamo, the Torvik Labs toothpaste"), after the noun's "of" ("the outdoor range of
Lisbon-based Vantora"), as the agent of "made by" (any noun) or "run by" (a product noun:
"the app run by V"), or as the firm that "sells a NOUN called P". Guards keep a bank's loan,
a body made famous by someone, a retail arm and intent from reading as ownership.

Each case is a short invented text (relations that must be found, relations that must not be),
across dentistry, kayaks, hosiery, snail farming, cartography, cricket bats, insulin pens,
hobby kits, pickles and shaving.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

APPOSED: list[Case] = [
    (  # dentistry: the firm's name as a modifier of the product noun
        "Sales of whitening strips rose in the spring. Shoppers switched to Gleamo, the Torvik "
        "Labs whitening cream that led the category, after a price cut.",
        [("torvik-labs", "OWNS", "gleamo")],
        [],
    ),
    (  # kayaks: the same, closed by a comma
        "Paddlers' clubs ordered more boats this year. Many chose Skerrin, the Ostra Marine "
        "kayak range, over cheaper imports.",
        [("ostra-marine", "OWNS", "skerrin")],
        [],
    ),
    (  # guard: a person's job noun is no product ("the Kelvo Bank economist")
        "Dorrit Mills refinanced its debt in March. Ada Pell, the Kelvo Bank economist, said "
        "textile firms were borrowing again.",
        [],
        [("kelvo-bank", "OWNS", "ada-pell")],
    ),
]

RANGE_OF: list[Case] = [
    (  # hosiery: "the NOUN range of [Place-based] FIRM"
        "Sock sales rose at department stores. Buyers preferred Brisa, the merino range of "
        "Porto-based Vantora Meias, to the supermarket brands.",
        [("vantora-meias", "OWNS", "brisa")],
        [],
    ),
    (  # guard: snail farming: the "of" names a place, no firm
        "Calder Snails grew its exports. Its best seller is Escarga, the garlic range of "
        "Lyon, which the firm licenses from a cooperative.",
        [],
        [("lyon", "OWNS", "escarga")],
    ),
]

MADE_BY: list[Case] = [
    (  # cartography: "made by" owns whatever the noun
        "Schools bought more globes this autumn. The favourite was Terrana, a backlit "
        "desk globe made by Orrel Mapping Company.",
        [("orrel-mapping-company", "OWNS", "terrana")],
        [],
    ),
    (  # insulin pens: "run by" owns when a product noun heads the description
        "Patients order refills through DoseLink, the app run by Penwick Medical, which also "
        "makes the pens.",
        [("penwick-medical", "OWNS", "doselink")],
        [],
    ),
    (  # guard: "run by" a firm with no product noun is no ownership
        "The tender went to Harlo Clinics. Staff there trained at Bexmoor, the academy run by "
        "Penwick Medical.",
        [],
        [("penwick-medical", "OWNS", "bexmoor")],
    ),
]

CALLED: list[Case] = [
    (  # cricket bats: "which sells a NOUN called P"
        "Willowcraft, which sells a linseed cream called Featherdrive to club players, "
        "raised £4 million from investors.",
        [("willowcraft", "OWNS", "featherdrive")],
        [],
    ),
    (  # guard: intent is no act ("plans to sell")
        "Willowcraft said it may one day sell a grip cream called Sparrowdrive, but no date "
        "was set.",
        [],
        [("willowcraft", "OWNS", "sparrowdrive")],
    ),
]

MEND27: list[Case] = [
    (  # guard (mend27): a rival word between the firm and the product noun
        "Velo, the Tesla rival car, will go on sale in May.",
        [],
        [("tesla", "OWNS", "velo")],
    ),
    (  # guard (mend27): the same in drinks
        "Zestra, the Pepsi rival drink, has lost market share.",
        [],
        [("pepsi", "OWNS", "zestra")],
    ),
    (  # guard (mend27): "competitor" in apps
        "Zora, the Amazon competitor app, was launched in May.",
        [],
        [("amazon", "OWNS", "zora")],
    ),
    (  # guard (mend27): a lookalike in vacuum cleaners
        "Shoppers queued for Tornel, the Dyson lookalike vacuum, at Harrow Retail's stores.",
        [],
        [("dyson", "OWNS", "tornel")],
    ),
    (  # guard (mend27): a person described with a product's noun
        "Anna Kell, the Kessel Agency model, fronted the campaign.",
        [],
        [("kessel-agency", "OWNS", "anna-kell")],
    ),
    (  # guard (mend27): an investment made by a firm is no product of it
        "Halden, the first investment made by Orvel Ventures in Spain, raised $20m.",
        [],
        [("orvel-ventures", "OWNS", "halden")],
    ),
    (  # guard (mend27): an offer, the same
        "Pellam, the offer made by Vantora last week, was rejected by Ostrel's board.",
        [],
        [("vantora", "OWNS", "pellam")],
    ),
    (  # guard (mend27): a donation in charities, the same
        "Brightwell, a donation made by Harlan Foods in 2020, paid for a new ward.",
        [],
        [("harlan-foods", "OWNS", "brightwell")],
    ),
    (  # mend27: a shop sells what a named maker made
        "Harlow Stores sells a blender called Whirla, made by Kessen Appliances.",
        [("kessen-appliances", "OWNS", "whirla")],
        [("harlow-stores", "OWNS", "whirla")],
    ),
    (  # mend27: gardening, the same with "offers"
        "Greenway Garden Centres offers a mower called Trimwell, made by Ostrel Tools.",
        [("ostrel-tools", "OWNS", "trimwell")],
        [("greenway-garden-centres", "OWNS", "trimwell")],
    ),
    (  # guard (mend27): made under licence, the design is the licensor's
        "Petrel, a sailing dinghy made by Halcyon Boats under licence from Orvel, won a prize.",
        [],
        [("halcyon-boats", "OWNS", "petrel")],
    ),
]

GAP_CASES: list[Case] = [
    (  # hobby kits: a product "from" a named maker (typed as a firm, so left unread)
        "The new locomotive kit undercuts the Zephyr 4 from Marlow Models by a fifth.",
        [("marlow-models", "OWNS", "zephyr-4")],
        [],
    ),
    (  # pickles: "The company also sells P" with the firm only as "the company"
        "Brineworks, the Gdansk pickle maker, posted higher sales. The company also sells "
        "Kwasek, a fermented beet juice.",
        [("brineworks", "OWNS", "kwasek")],
        [],
    ),
    (  # shaving: the second of two coordinated products behind "the company behind"
        "Keenfield, the company behind the Edgeline and Sabra razors, cut its prices.",
        [("keenfield", "OWNS", "edgeline"), ("keenfield", "OWNS", "sabra")],
        [],
    ),
]

BANK = APPOSED + RANGE_OF + MADE_BY + CALLED + MEND27 + GAP_CASES
GAPS: dict[str, str] = {
    "The new locomotive kit": "a product 'from' a maker: the product is typed as a firm",
    "Keenfield, the company": "the second product of a coordination after 'the company behind'",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_own27(case: Case) -> None:
    check(*case)
