"""Stakes, backing, rivalry and advice constructions of report D's leftovers: a stake the seller
keeps is the seller's, in what it sold (`stake.sold_by`), never the buyer's.

Each case is (text, relations that must be found, relations that must not be), invented, in
several sectors; guards say what a text must not yield.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

RETAINED: list[Case] = [
    (  # bakery: a fronted participle, the stake kept in "the bakery chain"
        "Harlow Group has agreed to buy Quill Bakeries for $40 million. After selling Quill "
        "Bakeries to Harlow Group, Dana Ferrow will retain 27% of the bakery chain.",
        [("dana-ferrow", "OWNS", "quill-bakeries")],
        [("dana-ferrow", "OWNS", "harlow-group")],
    ),
    (  # energy: "will hold on to the rest" after selling a share of a wind farm operator
        "Brindle Pharma was bought by Tessaly Group in May. Corvane Energy is selling 60% of "
        "Pallow Wind to Strand Infrastructure, and will hold on to the rest.",
        [
            ("corvane-energy", "OWNS", "pallow-wind"),
            ("strand-infrastructure", "OWNS", "pallow-wind"),
        ],
        [("corvane-energy", "OWNS", "brindle-pharma")],
    ),
    (  # shipping: "keeps the remainder" after a sale in the same clause
        "Osterby Lines bought Kelso Ferries in 2021. Marten Shipping sold 70% of Pike Tugs to "
        "Osterby Lines and keeps the remainder.",
        [("marten-shipping", "OWNS", "pike-tugs")],
        [
            ("marten-shipping", "OWNS", "osterby-lines"),
            ("marten-shipping", "OWNS", "kelso-ferries"),
        ],
    ),
    (  # guard: a kept stake with no sale in the sentence stays with the stake rules
        "Tessaly Group will acquire Brindle Pharma from Oxley Capital. Oxley Capital keeps a 10% "
        "stake in the drugmaker.",
        [("oxley-capital", "OWNS", "brindle-pharma")],
        [("oxley-capital", "OWNS", "tessaly-group")],
    ),
    (  # guard: a seller that sold everything keeps nothing
        "Halvard Invest sold its remaining 10% of Polar Cargo last year.",
        [],
        [("halvard-invest", "OWNS", "polar-cargo")],
    ),
]


@pytest.mark.parametrize("case", RETAINED, ids=lambda c: c[0][:60])
def test_retained_stake_is_the_sellers(case: Case) -> None:
    check(*case)


STILL_HELD: list[Case] = [
    (  # food: founders sell a share of the company the article is about; the fund keeps it
        "Kesta Foods makes frozen dumplings in Leeds. The two founders sold 38% to Greyfield "
        "Partners in 2020; the fund still owns that block.",
        [
            ("greyfield-partners", "OWNS", "kesta-foods"),
            ("greyfield-partners", "FUNDS", "kesta-foods"),
        ],
        [],
    ),
    (  # tiles: a relative clause on the buyer
        "The tile maker Marlo Ceramics was founded by Anna Brisk. She sold 25% of the firm to "
        "Oakhurst Capital in 2019, which still holds the shares.",
        [
            ("oakhurst-capital", "OWNS", "marlo-ceramics"),
            ("oakhurst-capital", "FUNDS", "marlo-ceramics"),
        ],
        [],
    ),
    (  # software: a named company, "it still has that stake"
        "Its founders sold 30% of Nuvio Software to Peller Ventures in 2018, and Peller Ventures "
        "still has that stake.",
        [
            ("peller-ventures", "OWNS", "nuvio-software"),
            ("peller-ventures", "FUNDS", "nuvio-software"),
        ],
        [],
    ),
    (  # guard: the buyer sold it on, so it no longer holds it (FUNDS only)
        "The founders of Brava Coffee sold 20% of Brava Coffee to Tamsin Capital in 2017; Tamsin "
        "Capital sold the stake on in 2022.",
        [("tamsin-capital", "FUNDS", "brava-coffee")],
        [("tamsin-capital", "OWNS", "brava-coffee")],
    ),
    (  # guard: "still" about someone else, not the buyer
        "Rolla Bikes sold 15% of Fenn Cycles to Orwin Fund in 2016, and Rolla Bikes still owns "
        "the rest.",
        [("orwin-fund", "FUNDS", "fenn-cycles")],
        [("orwin-fund", "OWNS", "fenn-cycles")],
    ),
]


@pytest.mark.parametrize("case", STILL_HELD, ids=lambda c: c[0][:60])
def test_stake_still_held_by_the_buyer(case: Case) -> None:
    check(*case)


BID_SUPPORT: list[Case] = [
    (  # dairy: a passive, the supporter after "by the"
        "Orlo Foods has made a $2 billion offer for Pell Dairies. Orlo Foods's offer was backed "
        "by the Dairy Workers Union.",
        [("dairy-workers-union", "BACKS", "orlo-foods")],
        [],
    ),
    (  # gas: "came out in favour of X's proposal"
        "Hollin Energy offered $5 per share for Tarn Gas. Investor Oskar Lind came out in favour "
        "of Hollin Energy's proposal.",
        [("oskar-lind", "BACKS", "hollin-energy")],
        [("oskar-lind", "FUNDS", "hollin-energy")],
    ),
    (  # steel: a name modifying the bid, a weight thrown behind it
        "Varno Steel bid for Castor Metals in March. Mayor Ines Garrido threw her weight behind "
        "the Varno Steel bid.",
        [("ines-garrido", "BACKS", "varno-steel")],
        [],
    ),
    (  # rail: "endorsed the takeover bid from X"
        "Brisa Trains is for sale. The Rail Users Forum endorsed the takeover bid from Kestrel "
        "Rail.",
        [("rail-users-forum", "BACKS", "kestrel-rail")],
        [],
    ),
    (  # guard: backing away from one's own offer
        "Tamsin Group backed away from its offer for Lode Mining.",
        [],
        [("tamsin-group", "BACKS", "lode-mining")],
    ),
    (  # guard: analysts backing a view, not a bid
        "Analysts at Birch Securities backed the view that Orlo Foods overpaid for Pell Dairies.",
        [],
        [("birch-securities", "BACKS", "orlo-foods")],
    ),
    (  # guard: a refusal to support the bid
        "Hollin Energy offered $5 per share for Tarn Gas. Oskar Lind refused to support Hollin "
        "Energy's proposal.",
        [],
        [("oskar-lind", "BACKS", "hollin-energy")],
    ),
]


@pytest.mark.parametrize("case", BID_SUPPORT, ids=lambda c: c[0][:60])
def test_supporting_a_bid_backs_the_bidder(case: Case) -> None:
    check(*case)


COPULAR_CONJUNCT: list[Case] = [
    (  # bicycles: "is based in C and is a subsidiary of V"
        "Fenn Cycles is based in Leeds and is a subsidiary of Varno Group.",
        [
            ("varno-group", "OWNS", "fenn-cycles"),
            ("fenn-cycles", "LOCATED_IN", "leeds"),
        ],
        [("varno-group", "OWNS", "leeds")],
    ),
    (  # freight: a place with its country, then "a unit of"
        "Brisa Cargo is headquartered in Porto, Portugal, and is a unit of Tamsin Holdings.",
        [("tamsin-holdings", "OWNS", "brisa-cargo")],
        [],
    ),
    (  # paper: "is part of"
        "Lode Paper is based in Turku and is part of Norrland Forest.",
        [("norrland-forest", "OWNS", "lode-paper")],
        [],
    ),
    (  # cables: a person, "is chief executive of"
        "Anna Vell is based in Oslo and is chief executive of Norsk Kabel.",
        [("anna-vell", "LEADS", "norsk-kabel")],
        [],
    ),
    (  # guard: a relative clause breaks the conjunct off the subject
        "Crane Foods bought Dunmore Mills, which is based in Derby, and is a supplier of Pell "
        "Dairies.",
        [],
        [("pell-dairies", "OWNS", "dunmore-mills"), ("pell-dairies", "OWNS", "crane-foods")],
    ),
]


@pytest.mark.parametrize("case", COPULAR_CONJUNCT, ids=lambda c: c[0][:60])
def test_role_in_a_second_copular_conjunct(case: Case) -> None:
    check(*case)


ADVISER_AFTER_ASIDE: list[Case] = [
    (  # gas: ", formerly of X," between the person and "as a consultant"
        "Tarn Gas retained Oskar Lind, formerly of Brisk Energy, as a consultant.",
        [("oskar-lind", "ADVISES", "tarn-gas")],
        [("oskar-lind", "ADVISES", "brisk-energy"), ("brisk-energy", "ADVISES", "tarn-gas")],
    ),
    (  # mining: a relative clause as the aside
        "Lode Mining has hired Petra Sand, who ran Orrin Resources until 2020, as an adviser.",
        [("petra-sand", "ADVISES", "lode-mining")],
        [("orrin-resources", "ADVISES", "lode-mining")],
    ),
    (  # retail: an appointment, "previously at X"
        "Crane Foods named Lena Ask, previously at Tessel Bank, as chief executive.",
        [("lena-ask", "LEADS", "crane-foods")],
        [("lena-ask", "LEADS", "tessel-bank")],
    ),
    (  # guard: an organization hired as adviser is no ADVISES (sources are persons)
        "Orlo Foods hired Kesta Partners, a boutique formerly part of Varno Bank, as an adviser.",
        [],
        [("kesta-partners", "ADVISES", "orlo-foods"), ("varno-bank", "ADVISES", "orlo-foods")],
    ),
]


@pytest.mark.parametrize("case", ADVISER_AFTER_ASIDE, ids=lambda c: c[0][:60])
def test_adviser_after_an_aside(case: Case) -> None:
    check(*case)


FIGHT_FOR_CUSTOMERS: list[Case] = [
    (  # newspapers: "fights the X for the same readers"
        "The Kelso Courier fights the Borders Chronicle for the same readers.",
        [("kelso-courier", "COMPETES_WITH", "borders-chronicle")],
        [("kelso-courier", "DISPUTES", "borders-chronicle")],
    ),
    (  # grocery: progressive, customers in a region
        "Pennyway Stores is fighting Marrow Foods for customers in the north.",
        [("pennyway-stores", "COMPETES_WITH", "marrow-foods")],
        [("pennyway-stores", "DISPUTES", "marrow-foods")],
    ),
    (  # audio: market share
        "Tessel Audio fought Brandt Sound for market share last year.",
        [("tessel-audio", "COMPETES_WITH", "brandt-sound")],
        [("tessel-audio", "DISPUTES", "brandt-sound")],
    ),
    (  # guard: a fight in court is a dispute
        "Orlo Foods is fighting Pell Dairies in court over the brand.",
        [("orlo-foods", "DISPUTES", "pell-dairies")],
        [("orlo-foods", "COMPETES_WITH", "pell-dairies")],
    ),
    (  # guard: a fight for control of a port is no market rivalry
        "Varno Steel fights Castor Metals for control of the port.",
        [],
        [("varno-steel", "COMPETES_WITH", "castor-metals")],
    ),
]


@pytest.mark.parametrize("case", FIGHT_FOR_CUSTOMERS, ids=lambda c: c[0][:60])
def test_fighting_for_customers_is_rivalry(case: Case) -> None:
    check(*case)


HELD_THROUGH: list[Case] = [
    (  # ports: "The state, via the X, still owns 30% of Y": the intermediary holds it
        "The state, via the Caisse Publique, still owns 30% of Portavia.",
        [("caisse-publique", "OWNS", "portavia")],
        [],
    ),
    (  # cars: no article before the intermediary
        "The French state, via Bpifrance, owns 12% of Orlo Motors.",
        [("bpifrance", "OWNS", "orlo-motors")],
        [],
    ),
    (  # rail: the intermediary after the stake
        "The government holds 25% of Castor Rail via the Caisse Publique.",
        [("caisse-publique", "OWNS", "castor-rail")],
        [],
    ),
    (  # guard: a named holder keeps the stake; a date after "through" is no holder
        "Varno Group holds 20% of Brisa Cargo through 2027.",
        [("varno-group", "OWNS", "brisa-cargo")],
        [],
    ),
    (  # guard: an intermediary of a stake that is not held
        "The state, via the Caisse Publique, never owned any of Portavia.",
        [],
        [("caisse-publique", "OWNS", "portavia")],
    ),
]


@pytest.mark.parametrize("case", HELD_THROUGH, ids=lambda c: c[0][:60])
def test_stake_held_through_an_intermediary(case: Case) -> None:
    check(*case)


def test_backing_a_bid_with_money_funds_only() -> None:
    """ "backed the X offer with a $500m loan": money, so FUNDS and no BACKS."""
    check(
        "Tarn Bank backed the Orlo Foods offer with a $500m loan.",
        [("tarn-bank", "FUNDS", "orlo-foods")],
        [("tarn-bank", "BACKS", "orlo-foods")],
    )


def test_founders_of_a_named_company_sell_its_shares() -> None:
    """ "Harlow Mills's founders sold 30% to Q": a share of their company, not the topic."""
    check(
        "Kesta Foods makes dumplings in Leeds. Harlow Mills's founders sold 30% to Greyfield "
        "Partners in 2019.",
        [("greyfield-partners", "FUNDS", "harlow-mills")],
        [
            ("greyfield-partners", "FUNDS", "kesta-foods"),
            ("greyfield-partners", "OWNS", "kesta-foods"),
        ],
    )
