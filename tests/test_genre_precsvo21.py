"""Genre bank for the precision of verbal/svo and nominal/noun-trigger across clause and quote
edges (round 21).

A holding or funding is not read across a quotation's edge: an analyst's quoted forecast ("said
X "will own Y by June"") or a quoted fragment names no act of the subject outside it. Guards: a
quotation wholly inside or outside the two ends, relative clauses, participles, contrast
clauses, ";", intent and negation words between the ends (cases that were already read right
and must stay so).

Each case is a short invented text (relations that must be found, relations that must not be),
across food, energy, fasteners, salvage, fonts, matches, sails, beds, billiards and finance.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

QUOTE_EDGES: list[Case] = [
    (  # food: an analyst's quoted forecast of a holding
        'Analysts at Orbis Research said Corvell Foods "will own Dalmet Brands outright by June".',
        [],
        [("corvell-foods", "OWNS", "dalmet-brands")],
    ),
    (  # energy: a quoted description of a deal, funding inside the quote
        'Halvard Energy called the deal "a chance to back Trimble Wind".',
        [],
        [("halvard-energy", "FUNDS", "trimble-wind")],
    ),
    (  # fasteners: a quoted forecast, curly quotes
        "Brokers said Brennan Zips \u201cwill soon own Vetro Buttons\u201d.",
        [],
        [("brennan-zips", "OWNS", "vetro-buttons")],
    ),
    (  # guard: a quotation between the ends, outside both
        'Pollard Fund, which called the plan "reckless", bought Tessel Mills.',
        [("pollard-fund", "OWNS", "tessel-mills")],
        [],
    ),
    (  # guard: both ends inside the quotation
        'Brisk Dairy chief Tom Hale said: "Harbin Grain bought Tessel Mills last year."',
        [("harbin-grain", "OWNS", "tessel-mills")],
        [],
    ),
    (  # guard: the speaker's "we" inside the quotation stands for the firm
        '"We are proud to back Sunfield Solar," said Lena Voss, a partner at Merrow Ventures.',
        [("merrow-ventures", "FUNDS", "sunfield-solar")],
        [],
    ),
    (  # guard: the buyer outside a quoted remark before it
        '"Pellis Capital is the right owner," Brightwater Bank said of its decision to buy '
        "Osprey Lending.",
        [("brightwater-bank", "OWNS", "osprey-lending")],
        [],
    ),
    (  # gap: a quoted fragment of the subject's own words
        'Merrow Ventures said it was "delighted to invest in Sunfield Solar".',
        [("merrow-ventures", "FUNDS", "sunfield-solar")],
        [],
    ),
]

CLAUSE_EDGES: list[Case] = [
    (  # food: a relative clause between subject and verb
        "Corvell Foods, which competes with Dalmet Brands, bought Norrland Dairy last year.",
        [("corvell-foods", "OWNS", "norrland-dairy")],
        [("dalmet-brands", "OWNS", "norrland-dairy")],
    ),
    (  # energy: the relative clause's own subject
        "Halvard Energy, which Pellis Capital backed in 2019, acquired Trimble Wind in March.",
        [("halvard-energy", "OWNS", "trimble-wind"), ("pellis-capital", "FUNDS", "halvard-energy")],
        [("pellis-capital", "OWNS", "trimble-wind")],
    ),
    (  # pharma: a contrast clause inside the main clause
        "Quillex Health, while Marden Labs sued Toval Pharma, expanded its plant.",
        [("marden-labs", "DISPUTES", "toval-pharma")],
        [("quillex-health", "DISPUTES", "toval-pharma")],
    ),
    (  # freight: ";" between two clauses
        "Arvo Robotics sued Kestrel Motors; Lumen Freight invested in Solace Grid.",
        [
            ("arvo-robotics", "DISPUTES", "kestrel-motors"),
            ("lumen-freight", "FUNDS", "solace-grid"),
        ],
        [
            ("arvo-robotics", "FUNDS", "solace-grid"),
            ("lumen-freight", "DISPUTES", "kestrel-motors"),
        ],
    ),
    (  # metals: "but" between two clauses
        "Fenwick Partners invested in Tarragon Mining, but Obel Metals acquired Ridgeway Steel.",
        [
            ("fenwick-partners", "FUNDS", "tarragon-mining"),
            ("obel-metals", "OWNS", "ridgeway-steel"),
        ],
        [("fenwick-partners", "OWNS", "ridgeway-steel")],
    ),
    (  # telecom: a passive participle aside
        "Marlow Telecom, owned by Cresta Group, sued Velda Networks.",
        [
            ("cresta-group", "OWNS", "marlow-telecom"),
            ("marlow-telecom", "DISPUTES", "velda-networks"),
        ],
        [("cresta-group", "DISPUTES", "velda-networks")],
    ),
    (  # retail: a participle clause before a relative clause
        "Pembroke Retail acquired Oaken Stores, citing pressure from Sandel Mart, which owns "
        "Greyline Outlets.",
        [("pembroke-retail", "OWNS", "oaken-stores"), ("sandel-mart", "OWNS", "greyline-outlets")],
        [("pembroke-retail", "OWNS", "greyline-outlets")],
    ),
    (  # airlines: a perfect participle aside
        "Calder Airlines, having sued Norvik Air, bought Skyway Holdings.",
        [("calder-airlines", "OWNS", "skyway-holdings")],
        [("norvik-air", "OWNS", "skyway-holdings")],
    ),
    (  # salvage: two clauses joined by "while"
        "Kestrel Salvage acquired Troon Marine while Halden Rafts bought Seabright Safety.",
        [("kestrel-salvage", "OWNS", "troon-marine"), ("halden-rafts", "OWNS", "seabright-safety")],
        [("kestrel-salvage", "OWNS", "seabright-safety")],
    ),
    (  # matches: a relative clause with its own object
        "Matlock Matches, which supplies lighters to Firebrand Retail, acquired Ember Works.",
        [("matlock-matches", "OWNS", "ember-works")],
        [("firebrand-retail", "OWNS", "ember-works")],
    ),
    (  # sails: the relative clause's owner
        "Ferrand Sails, which Olsen Yachts owns, sued Trident Canvas.",
        [
            ("olsen-yachts", "OWNS", "ferrand-sails"),
            ("ferrand-sails", "DISPUTES", "trident-canvas"),
        ],
        [("olsen-yachts", "DISPUTES", "trident-canvas")],
    ),
    (  # beds: a passive after a relative clause
        "Sable Fonts licensed the typeface to Orwell Press, which was later acquired by Inkline "
        "Group.",
        [("inkline-group", "OWNS", "orwell-press")],
        [("inkline-group", "OWNS", "sable-fonts")],
    ),
    (  # gap: a contact relative clause on an unnamed head ("the firm X bought later sued")
        "The firm Corvell Foods bought in 2019 later sued Dalmet Brands.",
        [],
        [("corvell-foods", "DISPUTES", "dalmet-brands")],
    ),
    (  # gap: a coordinated verb after a participle's object
        "Redvale Plates won the contract, beating Autoplate Ltd, and bought Numera Signs.",
        [("redvale-plates", "OWNS", "numera-signs")],
        [("autoplate", "OWNS", "numera-signs")],
    ),
]

INTENT_EDGES: list[Case] = [
    (  # banking: a denial of intent
        "Brightwater Bank said it would not buy Osprey Lending.",
        [],
        [("brightwater-bank", "OWNS", "osprey-lending")],
    ),
    (  # media: a declined investment
        "Sorrel Media declined to invest in Pinegate Studios.",
        [],
        [("sorrel-media", "FUNDS", "pinegate-studios")],
    ),
    (  # shipping: a hedge
        "Atlas Shipping may acquire Drover Logistics.",
        [],
        [("atlas-shipping", "OWNS", "drover-logistics")],
    ),
    (  # memorials: a plan before the verb
        "Dunmore Umbrellas hopes to acquire Solero Shade.",
        [],
        [("dunmore-umbrellas", "OWNS", "solero-shade")],
    ),
    (  # repair: an intent
        "Mallory Repair intends to invest in Screenfix.",
        [],
        [("mallory-repair", "FUNDS", "screenfix")],
    ),
    (  # auto: a denied acquisition
        "Jasper Motors denied that it had acquired Keel Auto.",
        [],
        [("jasper-motors", "OWNS", "keel-auto")],
    ),
    (  # gap: an expectation of one's own act
        "Greystone Memorials expects to buy Holloway Masonry.",
        [],
        [("greystone-memorials", "OWNS", "holloway-masonry")],
    ),
]

BANK = QUOTE_EDGES + CLAUSE_EDGES + INTENT_EDGES
GAPS: dict[str, str] = {
    "Merrow Ventures said it was": "a quoted fragment of the subject's own words is cut with the "
    "quotation's edge (measured: such cross-quote reads were wrong on fresh text)",
    "The firm Corvell Foods bought in": "a contact relative clause on an unnamed head is not read "
    "(tried: no change on real text)",
    "Redvale Plates won the contract": "a participle aside's object taken as the subject of the "
    "next coordinated verb",
    "Greystone Memorials expects": '"expects to" is no hedge (tried: no change on real text)',
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_precsvo21(case: Case) -> None:
    check(*case)
