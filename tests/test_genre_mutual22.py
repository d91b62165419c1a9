"""Genre bank for "the two firms"/"both companies"/"the pair" as the subject of a mutual
phrase (round 22).

A mutual phrase ("A and B clashed", "compete", "have partnered") relates the members of its
subject to each other. When the subject is a pair reference, the pair is the salient one, which
for a fight is often not the fight's sides (a pair named earlier than the paragraph, half a
person or a product): a pair reference gives no DISPUTES, while named sides still do, and a
pair reference still gives rivals and partners, but no rivals when the pair it resolves to was
named apart (one member two or more sentences back, no recent sentence naming both, and not the
openers of the two sentences before). A fight for a market is rivalry, not a dispute.

Each case is a short invented text (relations that must be found, relations that must not be),
across retail, dairy, freight, energy, banking, media, mining, airlines, pharma and software.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PAIR_FIGHT: list[Case] = [
    (  # freight: a takeover pair, then "the two companies have clashed"
        "Tamsin Motors and Orla Logistics signed a supply deal in 2021. Last month Brenna Group "
        "bought Corlis Freight. The two companies have also clashed.",
        [],
        [
            ("brenna-group", "DISPUTES", "corlis-freight"),
            ("corlis-freight", "DISPUTES", "brenna-group"),
        ],
    ),
    (  # banking: a hire between a bank and a fund, then "the two have clashed"
        "Kestra Bank hired Dan Molloy from Ivel Capital in May. Kestra and Ivel Capital had "
        "worked together for years. The two have since clashed over fees.",
        [],
        [("kestra-bank", "DISPUTES", "ivel-capital"), ("ivel-capital", "DISPUTES", "kestra-bank")],
    ),
    (  # dairy: "both firms" feud, pair from the sentence before
        "Brisco Dairy supplies milk to Halvern Stores. Both firms are now feuding over prices.",
        [],
        [
            ("brisco-dairy", "DISPUTES", "halvern-stores"),
            ("halvern-stores", "DISPUTES", "brisco-dairy"),
        ],
    ),
    (  # energy: "the pair" at odds, a third firm named between
        "Norwell Energy and Pyrex Utilities run a grid venture. Dalmont Power later joined it. "
        "The pair are now at odds over access charges.",
        [],
        [
            ("norwell-energy", "DISPUTES", "pyrex-utilities"),
            ("pyrex-utilities", "DISPUTES", "norwell-energy"),
            ("dalmont-power", "DISPUTES", "pyrex-utilities"),
        ],
    ),
    (  # media: "the two groups" fought, across a paragraph
        "Arlen Media sold its radio arm to Cobalt Broadcasting in 2019.\n\nThe two groups have "
        "fought ever since.",
        [],
        [
            ("arlen-media", "DISPUTES", "cobalt-broadcasting"),
            ("cobalt-broadcasting", "DISPUTES", "arlen-media"),
        ],
    ),
    (  # mining: "both companies" quarrelled, in a relative clause
        "Ferrox Mining bought a stake in Gallow Ore, and both companies, which have quarrelled "
        "before, now share a port.",
        [],
        [("ferrox-mining", "DISPUTES", "gallow-ore"), ("gallow-ore", "DISPUTES", "ferrox-mining")],
    ),
]

NAMED_FIGHT: list[Case] = [
    (  # energy: named sides of a fight keep DISPUTES
        "Norwell Energy and Pyrex Utilities have fought over grid access for years.",
        [("norwell-energy", "DISPUTES", "pyrex-utilities")],
        [],
    ),
    (  # airlines: named sides clash
        "Skyra Air and Velto Airways clashed over landing slots at the airport.",
        [("skyra-air", "DISPUTES", "velto-airways")],
        [],
    ),
    (  # pharma: named sides feud, in a later sentence after a pair opener
        "Calder Pharma makes generic drugs. Calder Pharma and Ostin Labs have feuded over a "
        "patent since 2020.",
        [("calder-pharma", "DISPUTES", "ostin-labs")],
        [],
    ),
    (  # software: named people clash
        "Anna Rossi and Tom Vell clashed over strategy at Quillex Software last year.",
        [("anna-rossi", "DISPUTES", "tom-vell")],
        [],
    ),
    (  # retail: named sides at odds
        "Morrow Markets and Hask Stores are at odds over a shared warehouse.",
        [("morrow-markets", "DISPUTES", "hask-stores")],
        [],
    ),
]

PAIR_TIES: list[Case] = [
    (  # software: the two companies have partnered (pair from the sentence before)
        "Hallmere Robotics agreed to buy Korvex Systems. The two companies have partnered "
        "since 2020 on a joint product.",
        [("hallmere-robotics", "PARTNERS_WITH", "korvex-systems")],
        [("hallmere-robotics", "DISPUTES", "korvex-systems")],
    ),
    (  # retail: both chains compete
        "Pellow Foods runs 40 shops in Wales. Trevan Grocers runs 30 there. Both chains "
        "compete for the same shoppers.",
        [("pellow-foods", "COMPETES_WITH", "trevan-grocers")],
        [("pellow-foods", "DISPUTES", "trevan-grocers")],
    ),
    (  # dairy: the two firms remain partners while in a suit
        "Altamira Cloud sued Pinecrest Software in March. The dispute is awkward because the "
        "two companies remain partners on a separate contract.",
        [("altamira-cloud", "PARTNERS_WITH", "pinecrest-software")],
        [],
    ),
    (  # airlines: the pair compete on routes
        "Skyra Air flies to Lisbon. Velto Airways flies there too. The pair compete on price.",
        [("skyra-air", "COMPETES_WITH", "velto-airways")],
        [("skyra-air", "DISPUTES", "velto-airways")],
    ),
]

APART: list[Case] = [
    (  # vans: the pair named apart (a lender between): which two is a guess
        "Brenna Group makes electric vans in Leeds. Kestra Bank lent the company £5m last year. "
        "Sales at Orla Trucks rose 4% in May. The two are rivals in the fleet market.",
        [],
        [
            ("orla-trucks", "COMPETES_WITH", "brenna-group"),
            ("brenna-group", "COMPETES_WITH", "orla-trucks"),
        ],
    ),
    (  # bakeries: the same, another sector
        "Pellmoor Foods bakes bread in Cork. Ostler Capital lent the firm €2m in 2022. Profits "
        "at Trevan Bakeries fell 3% last year. The two are rivals in the Irish market.",
        [],
        [
            ("trevan-bakeries", "COMPETES_WITH", "pellmoor-foods"),
            ("pellmoor-foods", "COMPETES_WITH", "trevan-bakeries"),
        ],
    ),
    (  # pharma: named together two sentences back: kept
        "Calder Pharma and Ostin Labs both sell generic insulin. Calder said on Monday that "
        "profit rose. The two companies compete for hospital contracts.",
        [("calder-pharma", "COMPETES_WITH", "ostin-labs")],
        [],
    ),
    (  # media: named together (a hire from one by the other) within reach: kept
        "Arlen Media owns three radio stations. In March it hired Tom Vell from Cobalt "
        "Broadcasting as editor. Vell said the move was overdue. The two groups are rivals for "
        "advertisers.",
        [("arlen-media", "COMPETES_WITH", "cobalt-broadcasting")],
        [],
    ),
]

MARKET_FIGHT: list[Case] = [
    (  # media: a fight for viewers is rivalry
        "Arlen Media and Cobalt Broadcasting are fighting for the same viewers.",
        [("arlen-media", "COMPETES_WITH", "cobalt-broadcasting")],
        [("arlen-media", "DISPUTES", "cobalt-broadcasting")],
    ),
    (  # banking: battling for savers
        "Kestra Bank and Ivel Building Society are battling for savers in the north.",
        [("kestra-bank", "COMPETES_WITH", "ivel-building-society")],
        [("kestra-bank", "DISPUTES", "ivel-building-society")],
    ),
    (  # retail: "both firms" fight for the same contracts
        "Tamsin Motors makes vans. Orla Trucks makes vans too. Both firms are fighting for "
        "the same contracts.",
        [("tamsin-motors", "COMPETES_WITH", "orla-trucks")],
        [("tamsin-motors", "DISPUTES", "orla-trucks")],
    ),
    (  # mining: a fight over a licence stays a dispute for named sides
        "Ferrox Mining and Gallow Ore are fighting over a drilling licence.",
        [("ferrox-mining", "DISPUTES", "gallow-ore")],
        [("ferrox-mining", "COMPETES_WITH", "gallow-ore")],
    ),
    (  # energy: vie for customers
        "Norwell Energy and Dalmont Power vie for customers in the south.",
        [("norwell-energy", "COMPETES_WITH", "dalmont-power")],
        [("norwell-energy", "DISPUTES", "dalmont-power")],
    ),
]

GUARDS: list[Case] = [
    (  # media: a partnership pair, then "both groups" quarrelled: no dispute from the pair
        "Arlen Media agreed a content deal with Cobalt Broadcasting. Both groups later "
        "quarrelled about the terms.",
        [("arlen-media", "PARTNERS_WITH", "cobalt-broadcasting")],
        [
            ("arlen-media", "DISPUTES", "cobalt-broadcasting"),
            ("cobalt-broadcasting", "DISPUTES", "arlen-media"),
        ],
    ),
    (  # pharma: a denied rivalry
        "Calder Pharma does not expect Calder and Ostin Labs to be rivals.",
        [],
        [("calder-pharma", "COMPETES_WITH", "ostin-labs")],
    ),
    (  # software: "compete with" has an object: not each other
        "Quillex Software and Norvik Data compete with Arden Systems.",
        [("quillex-software", "COMPETES_WITH", "arden-systems")],
        [("quillex-software", "COMPETES_WITH", "norvik-data")],
    ),
    (  # retail: fell out of the index: another verb
        "Morrow Markets and Hask Stores fell out of the index last year.",
        [],
        [("morrow-markets", "DISPUTES", "hask-stores")],
    ),
    (  # freight: the two people clash, not their firms
        "Dan Molloy runs Corlis Freight. Ann Hale runs Brenna Group. The two have clashed over "
        "a depot.",
        [],
        [("corlis-freight", "DISPUTES", "brenna-group")],
    ),
]

BANK: list[Case] = PAIR_FIGHT + NAMED_FIGHT + PAIR_TIES + APART + MARKET_FIGHT + GUARDS

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_mutual22(case: Case) -> None:
    check(*case)
