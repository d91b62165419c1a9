"""Genre bank for deal and ownership writing (deals2): the members of an unnamed buying group
named after the deal ("A consortium bought X. The group is made up of A, B and C"), shareholder
tables after a sentence naming the company held, and portfolio idioms.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across ports, food, hospitals, airlines, brewing, telecoms, mining, water and retail.
Guards: intent ("in talks to buy", "plans to acquire", "considering a bid"), negation, a hedge
("may include"), a denial, lenders and advisers of the deal, a fund's own investors.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

CONSORTIUM_MEMBERS: list[Case] = [
    (  # ports: "The group is made up of A, B and C"
        "A consortium bought Velm Ports for $2bn in March. The group is made up of Arden "
        "Capital, Sorrel Pension Fund and Kito Infrastructure.",
        [
            ("arden-capital", "OWNS", "velm-ports"),
            ("sorrel-pension-fund", "OWNS", "velm-ports"),
            ("kito-infrastructure", "OWNS", "velm-ports"),
        ],
        [],
    ),
    (  # food: "The buyers, A and B, paid"
        "A consortium acquired Brandel Foods last year. The buyers, Harrow Partners and Ilsen "
        "Equity, paid $400m.",
        [("harrow-partners", "OWNS", "brandel-foods"), ("ilsen-equity", "OWNS", "brandel-foods")],
        [],
    ),
    (  # hospitals: "A group of investors took over X. The consortium comprises A, B and C"
        "A group of investors took over Corvane Hospitals in June. The consortium comprises "
        "Mistral Holdings, Penwick Capital and Ostara Fund.",
        [
            ("mistral-holdings", "OWNS", "corvane-hospitals"),
            ("penwick-capital", "OWNS", "corvane-hospitals"),
            ("ostara-fund", "OWNS", "corvane-hospitals"),
        ],
        [],
    ),
    (  # airlines: "agreed to buy"; "Members of the consortium include A and B"
        "A consortium agreed to buy Dellow Airlines on Tuesday. Members of the consortium "
        "include Fenmore Capital and Quarry Partners.",
        [
            ("fenmore-capital", "OWNS", "dellow-airlines"),
            ("quarry-partners", "OWNS", "dellow-airlines"),
        ],
        [],
    ),
    (  # brewing: "An investor group acquired X. Its members are A and B"
        "An investor group acquired Kessel Brewing for $300m on Friday. Its members are Arvo "
        "Capital and Lune Partners.",
        [("arvo-capital", "OWNS", "kessel-brewing"), ("lune-partners", "OWNS", "kessel-brewing")],
        [],
    ),
    (  # telecoms: passive "was bought by a consortium", then the members
        "Osprey Telecom was bought by a consortium in March. The consortium comprises Brenner "
        "Capital and Hollin Partners.",
        [
            ("brenner-capital", "OWNS", "osprey-telecom"),
            ("hollin-partners", "OWNS", "osprey-telecom"),
        ],
        [],
    ),
    (  # water: "has bought"; "The consortium, made up of A and B, will invest"
        "A consortium has bought Ulwen Water. The consortium, made up of Rask Capital and "
        "Pellor Infrastructure, will invest $300m in pipes.",
        [("rask-capital", "OWNS", "ulwen-water"), ("pellor-infrastructure", "OWNS", "ulwen-water")],
        [],
    ),
    (  # guard: intent, "in talks to buy"
        "A consortium is in talks to buy Tarrow Ports. The group is made up of Arden Capital "
        "and Sorrel Pension Fund.",
        [],
        [
            ("arden-capital", "OWNS", "tarrow-ports"),
            ("sorrel-pension-fund", "OWNS", "tarrow-ports"),
        ],
    ),
    (  # guard: intent, "plans to acquire"
        "A consortium plans to acquire Marden Dairy. The consortium comprises Harrow Partners "
        "and Ilsen Equity.",
        [],
        [("harrow-partners", "OWNS", "marden-dairy"), ("ilsen-equity", "OWNS", "marden-dairy")],
    ),
    (  # guard: "considering a bid"
        "A consortium is considering a bid for Corvane Clinics. Members of the consortium "
        "include Mistral Holdings and Penwick Capital.",
        [],
        [("mistral-holdings", "OWNS", "corvane-clinics")],
    ),
    (  # guard: negation
        "A consortium did not buy Velm Shipping. The group is made up of Arden Capital and "
        "Sorrel Group.",
        [],
        [("arden-capital", "OWNS", "velm-shipping"), ("sorrel-group", "OWNS", "velm-shipping")],
    ),
    (  # guard: lenders are not owners
        "A consortium bought Dellow Cargo in May. The deal was financed by a group of banks "
        "made up of Fenmore Bank and Quarry Bank.",
        [],
        [("fenmore-bank", "OWNS", "dellow-cargo"), ("quarry-bank", "OWNS", "dellow-cargo")],
    ),
    (  # guard: advisers are not owners
        "A consortium bought Tamber Mines in May. The consortium was advised by Lintel "
        "Advisory and Rook Partners.",
        [],
        [("lintel-advisory", "OWNS", "tamber-mines"), ("rook-partners", "OWNS", "tamber-mines")],
    ),
    (  # guard: a hedge, "may include"
        "A consortium bought Ulwen Pipes last year. The consortium may include Norra Group "
        "and Pellor Energy.",
        [],
        [("norra-group", "OWNS", "ulwen-pipes"), ("pellor-energy", "OWNS", "ulwen-pipes")],
    ),
    (  # guard: a denial
        "A consortium bought Ulwen Retail last year. Norra Group denied that it was part of "
        "the consortium.",
        [],
        [("norra-group", "OWNS", "ulwen-retail")],
    ),
    (  # guard: a fund's own investors in a sentence about something else
        "A consortium bought Velm Logistics in 2020. Arden Capital's investors include Sorrel "
        "Pension Fund and Kito Insurance.",
        [],
        [
            ("sorrel-pension-fund", "OWNS", "velm-logistics"),
            ("kito-insurance", "OWNS", "velm-logistics"),
        ],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(CONSORTIUM_MEMBERS, GAPS))
def test_consortium_members(case: Case) -> None:
    check(*case)


PORTFOLIO: list[Case] = [
    (  # ports: "added X to its portfolio"
        "Harrow Partners added Velm Ports to its portfolio in 2020.",
        [("harrow-partners", "FUNDS", "velm-ports")],
        [],
    ),
    (  # food: "X joins A's portfolio" (headline-plus-lede register, present tense)
        "Brandel Foods joins Ilsen Equity's portfolio after the deal closed.",
        [("ilsen-equity", "FUNDS", "brandel-foods")],
        [],
    ),
    (  # retail: "joined the portfolio of A"
        "Pennock Stores joined the portfolio of Garrow Capital in May.",
        [("garrow-capital", "FUNDS", "pennock-stores")],
        [],
    ),
    (  # healthcare: relative clause "which added X to its portfolio"
        "Harrow Partners, which added Corvane Clinics to its portfolio in 2020, is based in Oslo.",
        [("harrow-partners", "FUNDS", "corvane-clinics")],
        [],
    ),
    (  # software: "the company" subject
        "Quarry Partners was founded in 2009. The company added Ostara Software to its "
        "portfolio last year.",
        [("quarry-partners", "FUNDS", "ostara-software")],
        [],
    ),
    (  # guard: intent
        "Harrow Partners plans to add Velm Ports to its portfolio.",
        [],
        [("harrow-partners", "FUNDS", "velm-ports")],
    ),
    (  # guard: negation
        "Harrow Partners did not add Velm Ports to its portfolio.",
        [],
        [("harrow-partners", "FUNDS", "velm-ports")],
    ),
    (  # guard: hedge
        "Harrow Partners may add Velm Ports to its portfolio next year.",
        [],
        [("harrow-partners", "FUNDS", "velm-ports")],
    ),
    (  # gap: an appositive between the object and "to its portfolio"
        "Ilsen Equity added Rooke Bakeries, a bread maker, to its portfolio of food brands in "
        "March.",
        [("ilsen-equity", "FUNDS", "rooke-bakeries")],
        [],
    ),
]

PORTFOLIO_GAPS = {
    "Ilsen Equity added Rooke": "an appositive splits 'add ... to ... portfolio' (not read)",
}


@pytest.mark.parametrize("case", gap_params(PORTFOLIO, PORTFOLIO_GAPS))
def test_portfolio_idioms(case: Case) -> None:
    check(*case)


GAPPED_SHARES: list[Case] = [
    (  # milling: "will take 60% of X and B the rest" (B buys the 40% left: FUNDS)
        "Arden Capital will take 60% of Dorsey Mills and Sorrel Group the rest.",
        [("arden-capital", "OWNS", "dorsey-mills"), ("sorrel-group", "FUNDS", "dorsey-mills")],
        [("sorrel-group", "OWNS", "dorsey-mills")],
    ),
    (  # shipping: "bought 60% of X and B the remaining 40%"
        "Halvard Lines bought 60% of Brisa Ferries and Oster Capital the remaining 40%.",
        [("halvard-lines", "OWNS", "brisa-ferries"), ("oster-capital", "FUNDS", "brisa-ferries")],
        [],
    ),
    (  # mining: a minority bought, the rest is a majority
        "Tarrant Minerals bought 30% of Kello Copper and Brenner Holdings the rest.",
        [
            ("tarrant-minerals", "FUNDS", "kello-copper"),
            ("brenner-holdings", "OWNS", "kello-copper"),
        ],
        [],
    ),
    (  # insurance: three buyers with shares
        "Corvin Re acquired 45% of Lisle Insurance, Holt Partners 35% and Vesta Capital 20%.",
        [
            ("corvin-re", "FUNDS", "lisle-insurance"),
            ("holt-partners", "FUNDS", "lisle-insurance"),
            ("vesta-capital", "FUNDS", "lisle-insurance"),
        ],
        [],
    ),
    (  # guard: intent before the purchase (the gapped buyer; the first is read by the stake
        # rules' own convention)
        "Arden Capital plans to buy 60% of Dorsey Flour and Sorrel Group the rest.",
        [],
        [("sorrel-group", "FUNDS", "dorsey-flour"), ("sorrel-group", "OWNS", "dorsey-flour")],
    ),
    (  # guard: expectation
        "Halvard Lines is expected to take 60% of Brisa Cargo and Oster Capital the rest.",
        [],
        [("oster-capital", "FUNDS", "brisa-cargo"), ("oster-capital", "OWNS", "brisa-cargo")],
    ),
    (  # guard: the second buyer's share is of another company, read on its own
        "Arden Capital bought 60% of Dorsey Bakeries and Sorrel Group 10% of Kito Foods.",
        [("arden-capital", "OWNS", "dorsey-bakeries")],
        [("sorrel-group", "FUNDS", "dorsey-bakeries")],
    ),
    (  # gap: a gapped purchase verb ("and B [bought] Y") glues B and Y into one name
        "Arden Capital bought Velm Ports and Sorrel Group Kito Shipping in separate deals.",
        [("arden-capital", "OWNS", "velm-ports"), ("sorrel-group", "OWNS", "kito-shipping")],
        [],
    ),
]

GAPPED_GAPS = {
    "Arden Capital bought Velm Ports and Sorrel": "a gapped verb between two names: the two "
    "names are read as one ('Sorrel Group Kito Shipping')",
}


@pytest.mark.parametrize("case", gap_params(GAPPED_SHARES, GAPPED_GAPS))
def test_gapped_shares(case: Case) -> None:
    check(*case)
