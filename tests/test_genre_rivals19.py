"""Genre bank for rival appositives and disputes by criticism or suit with no object (round 19).

- a possessed rival noun whose holder is a described name ("X's closest rival, the Lisbon-based
  chain B", "Its closest rival, the Chilean start-up B") competes with the possessor, and the
  place stays the holder's;
- "B, a rival broker" (a job firms hold as often as people) rivals the article's company, not
  when B is a person's name;
- a relative on an appositive after a preposition ("Workers at B, a joinery in Hexham that
  competes with A") binds the appositive's name when the noun echoes it or a home place follows;
- "rivalry with" a firm is no dispute of a person (only two people's rivalry is);
- criticism of a firm's possession ("X's pricing model has come under fire from A and from B")
  disputes the firm; an analyst's employer is no critic;
- a remark on the directors "said at the vote", quoted, disputes the company (as "told
  shareholders"; not an analyst's, not a fact);
- the accused suing with no object ("sued for its lost sales") or counter-claiming "for its
  clean-up bill" answers its accuser.

Each case is a short invented text across retail, farming, joinery, brokerage, shoes, grain,
optics, haulage, water and media.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

RIVAL_APPOSITIVES: list[Case] = [
    (  # retail: the analysis's shape, a possessed rival and a place-based descriptor
        "Corvane Retail cut prices again. Corvane Retail's closest rival, the Lisbon-based "
        "chain Medisol, has been cutting prices too.",
        [("medisol", "COMPETES_WITH", "corvane-retail"), ("medisol", "LOCATED_IN", "lisbon")],
        [("lisbon", "COMPETES_WITH", "corvane-retail")],
    ),
    (  # farming: a pronoun possessor and a hyphenated descriptor
        "Agrovia sells seed to growers. Its closest rival, the Chilean start-up Nanogrow, is "
        "growing fast.",
        [("nanogrow", "COMPETES_WITH", "agrovia")],
        [],
    ),
    (  # shipping: "main competitor", a place-based descriptor of two words
        "Orbis Freight raised rates. Orbis Freight's main competitor, the Hamburg-based "
        "shipping group Nolva Cargo, held them.",
        [
            ("nolva-cargo", "COMPETES_WITH", "orbis-freight"),
            ("nolva-cargo", "LOCATED_IN", "hamburg"),
        ],
        [],
    ),
    (  # media: the possessed appositive after a preposition
        "Strand Pictures had a hit. Viewers switched from Strand Pictures's biggest rival, the "
        "Dublin-based studio Okeke Films, in May.",
        [("okeke-films", "COMPETES_WITH", "strand-pictures")],
        [],
    ),
    (  # must keep: a shareholder of the same shape is an owner, no rival
        "Corvane Retail cut prices again. Its biggest shareholder, the Munich-based investment "
        "firm Halden Capital, is unhappy.",
        [("halden-capital", "OWNS", "corvane-retail"), ("halden-capital", "LOCATED_IN", "munich")],
        [("halden-capital", "COMPETES_WITH", "corvane-retail")],
    ),
    (  # guard: a customer of the same shape
        "Corvane Retail cut prices again. Its biggest customer, the Lisbon-based chain Medisol, "
        "is unhappy.",
        [],
        [("medisol", "COMPETES_WITH", "corvane-retail")],
    ),
]

RIVAL_TRADES: list[Case] = [
    (  # brokerage: the analysis's shape, "a rival broker that ..."
        "Halvard Brokers won the auction for Tessel Bank. Dravo Securities, a rival broker "
        "that was also in the auction, saw its shares drop 5%.",
        [("dravo-securities", "COMPETES_WITH", "halvard-brokers")],
        [("dravo-securities", "COMPETES_WITH", "tessel-bank")],
    ),
    (  # brokerage: "a rival stockbroker", a plain appositive
        "Halvard Brokers said profits rose. Dravo Securities, a rival stockbroker, cut fees.",
        [("dravo-securities", "COMPETES_WITH", "halvard-brokers")],
        [],
    ),
    (  # guard: a person who is a rival broker is no rival firm
        "Halvard Brokers said profits rose. Tom Dravo, a rival broker, saw his income drop.",
        [],
        [("tom-dravo", "COMPETES_WITH", "halvard-brokers")],
    ),
]

PREP_APPOSITIVES: list[Case] = [
    (  # joinery: the analysis's shape, "Workers at X, a ... in Hexham that competes with Y"
        "Corra Joinery won a hotel contract. Workers at Penfold Joinery, a smaller joinery in "
        "Hexham that competes with Corra Joinery for hotel work, fear for their jobs.",
        [("penfold-joinery", "COMPETES_WITH", "corra-joinery")],
        [],
    ),
    (  # joinery: the echoing noun with no place
        "Corra Joinery won a hotel contract. Workers at Penfold Joinery, a joinery that "
        "competes with Corra Joinery, fear for their jobs.",
        [("penfold-joinery", "COMPETES_WITH", "corra-joinery")],
        [],
    ),
    (  # bakery: a company head noun and a home place
        "Fenn Bakeries opened a shop. Staff at Kelso Bread, a small firm in Tromsdal that "
        "competes with Fenn Bakeries, were worried.",
        [("kelso-bread", "COMPETES_WITH", "fenn-bakeries")],
        [],
    ),
    (  # joinery: a dispute in the same shape
        "Corra Joinery won a hotel contract. Staff at Penfold Joinery, a joinery in Hexham "
        "that sued Corra Joinery last year, were worried.",
        [("penfold-joinery", "DISPUTES", "corra-joinery")],
        [],
    ),
]

RIVALRY_SENSE: list[Case] = [
    (  # shoes: a founder's rivalry with a firm is no dispute of his
        "Ben Tarrant runs Stepwell Shoes. Ben Tarrant has a long rivalry with Bootright Footwear.",
        [("ben-tarrant", "LEADS", "stepwell-shoes")],
        [("ben-tarrant", "DISPUTES", "bootright-footwear")],
    ),
    (  # must keep: two firms' rivalry is competition
        "Stepwell Shoes has a long rivalry with Bootright Footwear.",
        [("stepwell-shoes", "COMPETES_WITH", "bootright-footwear")],
        [("stepwell-shoes", "DISPUTES", "bootright-footwear")],
    ),
    (  # must keep: two people's rivalry stays a dispute
        "Ben Tarrant runs Stepwell Shoes. Ben Tarrant has a long rivalry with Ada Vorn.",
        [("ben-tarrant", "DISPUTES", "ada-vorn")],
        [],
    ),
]

CRITICISM: list[Case] = [
    (  # grain: the analysis's shape, "from some growers and from X, a lobby"
        "Vendell Grain's pricing model has come under fire from some growers and from "
        "Fairgrain, a lobby.",
        [("fairgrain", "DISPUTES", "vendell-grain")],
        [],
    ),
    (  # grain: "came under criticism from" two named critics
        "Vendell Grain's plan came under criticism from Kelso Farms and Harrow Seeds.",
        [
            ("kelso-farms", "DISPUTES", "vendell-grain"),
            ("harrow-seeds", "DISPUTES", "vendell-grain"),
        ],
        [],
    ),
    (  # water: "has come under attack from" after a comma clause
        "Rates rose in May, and Corvane Water's new fee structure has come under attack from "
        "Halden Civils.",
        [("halden-civils", "DISPUTES", "corvane-water")],
        [],
    ),
    (  # must keep: the plain subject (verb rules)
        "Vendell Grain has come under fire from Fairgrain, a lobby group.",
        [("fairgrain", "DISPUTES", "vendell-grain")],
        [],
    ),
    (  # guard: an analyst's employer is no critic
        "Vendell Grain's plan came under fire from analysts at Kestrel Bank.",
        [],
        [("kestrel-bank", "DISPUTES", "vendell-grain")],
    ),
    (  # guard: negation
        "Vendell Grain's plan has not come under fire from Fairgrain.",
        [],
        [("fairgrain", "DISPUTES", "vendell-grain")],
    ),
    (  # guard: criticism of a policy with no party
        "The new fee structure came under fire from Fairgrain.",
        [],
        [],
    ),
]

SUITS: list[Case] = [
    (  # haulage: the analysis's shape, each side sues for its own loss
        "Castel Haulage accused Morland Foods of late payment. Morland Foods sued for its lost "
        "sales, and Castel Haulage counterclaimed for its clean-up bill.",
        [
            ("morland-foods", "DISPUTES", "castel-haulage"),
            ("castel-haulage", "DISPUTES", "morland-foods"),
        ],
        [],
    ),
    (  # haulage: a counter-claim for the costs after a suit
        "Morland Foods sued Castel Haulage over spoiled stock. Castel Haulage counterclaimed "
        "for its clean-up bill.",
        [("castel-haulage", "DISPUTES", "morland-foods")],
        [],
    ),
    (  # food: the accused sues for a sum
        "Castel Haulage accused Morland Foods of late payment. Morland Foods sued for £2m.",
        [("morland-foods", "DISPUTES", "castel-haulage")],
        [],
    ),
    (  # guard: a suit naming another side is the verb rules'
        "Castel Haulage accused Morland Foods of late payment. Morland Foods sued Kelso Bank "
        "for £2m.",
        [("morland-foods", "DISPUTES", "kelso-bank")],
        [("morland-foods", "DISPUTES", "castel-haulage")],
    ),
    (  # guard: no earlier dispute, nothing to answer
        "Morland Foods sued for £2m in May.",
        [],
        [],
    ),
]

MEETINGS: list[Case] = [
    (  # milling: the analysis's shape, the founder's remark on the directors at the vote
        "Wexcombe Mills held its annual vote. Ada Vorn, Wexcombe's founder, said at the vote "
        "that the directors had 'lost their nerve'.",
        [("ada-vorn", "DISPUTES", "wexcombe-mills")],
        [],
    ),
    (  # guard: an analyst's remark at the meeting
        "Wexcombe Mills held its annual vote. Ada Vorn, an analyst at Kestrel, said at the "
        "meeting that the board had 'lost its way'.",
        [],
        [("ada-vorn", "DISPUTES", "wexcombe-mills")],
    ),
    (  # guard: a fact, no quotation
        "Wexcombe Mills held its annual vote. Ada Vorn said at the meeting that the board had "
        "met twice.",
        [],
        [("ada-vorn", "DISPUTES", "wexcombe-mills")],
    ),
]

GAP_CASES: list[Case] = [
    (  # optics: the analysis's shape, a rival dismissing the other's figure
        "Orvane Optics says its lens is 20% more efficient. Valtek Linsen dismissed the figure "
        "as 'a test-bench number'.",
        [("valtek-linsen", "DISPUTES", "orvane-optics")],
        [],
    ),
    (  # grain: an unnamed executive rebuts a described critic's claims
        "Vendell Grain opened a depot. Fairgrain, a lobby group, says the company underpays "
        "farmers. Its managing director called the lobby group's claims 'a cartoon'.",
        [("vendell-grain", "DISPUTES", "fairgrain")],
        [],
    ),
    (  # power: a derisive label of a named project
        "Ostrel Power has called the Harrow Barrage 'a vanity project paid for by consumers'.",
        [("ostrel-power", "DISPUTES", "harrow-barrage")],
        [],
    ),
    (  # shoes: a founder set against a firm in a feud stands for his company
        "Ben Tarrant founded Stepwell Shoes in 1990. Expanding set him against Bootright in a "
        "feud that lasted years.",
        [("stepwell-shoes", "COMPETES_WITH", "bootright")],
        [],
    ),
]

BANK = RIVAL_APPOSITIVES + RIVAL_TRADES + PREP_APPOSITIVES + RIVALRY_SENSE + CRITICISM + SUITS
BANK += MEETINGS + GAP_CASES
GAPS: dict[str, str] = {
    "Orvane Optics says": "'dismissed the figure as' with no possessor: the claimant of a "
    "plain 'says' sentence before is not remembered as a claim's author",
    "Vendell Grain opened a depot. Fairgrain, a lobby": "'Its managing director' as the "
    "rebutting subject and 'the lobby group's claims' (a described possessor) are not resolved",
    "Ostrel Power has called": "a derisive label of a named project is not read as DISPUTES",
    "Ben Tarrant founded": "'set him against X in a feud': the founder standing for his "
    "company is not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_rivals19(case: Case) -> None:
    check(*case)
