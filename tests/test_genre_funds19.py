"""Genre bank for funding in noun and prepositional phrasing, and split across clauses (round 19).

A second financing phrase after "and" funds what the first did even when either lender carries
a descriptor ("a grant from the regional agency A and a loan from B"); an absolute with-clause
lists each giver with its own verb and money ("with B contributing £30m and C providing a £70m
loan"), an unnamed first giver keeping the chain; a loan noun's passive "lent to B by L" and a
lender group named by its leader ("a group of five banks led by L", "a syndicate headed by L")
make L fund B; a second clause's giver with "another"/"a further" amount and no recipient funds
the first clause's recipient; "invest N in new shares of Y" funds Y. Word senses: money won in
damages, and a bare amount won from a firm in a headline, is a ruling's award; the verb
"grant" giving a right ("grant X access", "use of its yard") gives nothing; "publicly backed" a
campaign backs it. A relative with a singular verb on the last of a list ("A, B and C, which
owns 15%") is that member's stake alone.

Each case is a short invented text (relations that must be found, relations that must not be),
across water, energy, mining, farming, rail, food, shipping, tools and retail.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DESCRIBED_PAIR: list[Case] = [
    (  # energy: a descriptor before the first lender
        "The Halvik plant was paid for through a grant from the regional agency Nordinvest and "
        "a loan from Calder Bank.",
        [("nordinvest", "FUNDS", "halvik"), ("calder-bank", "FUNDS", "halvik")],
        [("calder-bank", "FUNDS", "nordinvest"), ("nordinvest", "FUNDS", "calder-bank")],
    ),
    (  # shipping: a descriptor before the second lender
        "Venn Shipping secured a loan from Krell Bank and an equity injection from the Danish "
        "fund Ostra Capital.",
        [("krell-bank", "FUNDS", "venn-shipping"), ("ostra-capital", "FUNDS", "venn-shipping")],
        [("ostra-capital", "FUNDS", "krell-bank")],
    ),
    (  # farming: the speaker tag after the pair changes nothing
        "The Tarnby creamery was financed by a subsidy from the farm agency Agrova and a loan "
        "from Exton Credit, the company said.",
        [("agrova", "FUNDS", "tarnby"), ("exton-credit", "FUNDS", "tarnby")],
        [],
    ),
    (  # guard: an order from a described buyer is no money
        "The Tarnby plant was paid for with a grant from the farm agency Agrova and an order "
        "from the retailer Calder Foods.",
        [("agrova", "FUNDS", "tarnby")],
        [("calder-foods", "FUNDS", "tarnby")],
    ),
]

WITH_CLAUSE: list[Case] = [
    (  # water: two givers, each with its own verb and money
        "The Fenwick reservoir is funded by Harrow Water, with Calder Bank contributing £30m "
        "and Wendle Bank providing a £70m loan.",
        [
            ("harrow-water", "FUNDS", "fenwick"),
            ("calder-bank", "FUNDS", "fenwick"),
            ("wendle-bank", "FUNDS", "fenwick"),
        ],
        [("wendle-bank", "FUNDS", "calder-bank")],
    ),
    (  # water: an unnamed first giver keeps the chain
        "The Fenwick reservoir is funded by Harrow Water, with the county council contributing "
        "£30m and Wendle Bank providing a £70m loan.",
        [("wendle-bank", "FUNDS", "fenwick")],
        [],
    ),
    (  # active "is paying for half of", a project object
        "Harrow Water is paying for half of the Fenwick reservoir, with Calder Bank "
        "contributing £30m and Wendle Bank lending £70m.",
        [("calder-bank", "FUNDS", "fenwick"), ("wendle-bank", "FUNDS", "fenwick")],
        [],
    ),
    (  # mining: a company funded, the second giver "putting up" money
        "Kestova Mining is funded by Harlan Capital, with Vorn Capital contributing $10m and "
        "Exton Credit putting up $20m.",
        [("vorn-capital", "FUNDS", "kestova-mining"), ("exton-credit", "FUNDS", "kestova-mining")],
        [],
    ),
    (  # the cost costed a sentence before
        "The Fenwick reservoir will cost £200m. Harrow Water is paying for half of the cost "
        "itself, with the county council contributing £30m and Wendle Bank providing a £70m "
        "loan.",
        [("harrow-water", "FUNDS", "fenwick"), ("wendle-bank", "FUNDS", "fenwick")],
        [],
    ),
    (  # guard: a supplier of goods in the chain gives no money, and ends it
        "The Ostrel wind farm is financed by Calder Bank, with Norvik Energy supplying the "
        "turbines and Brisk Capital providing €40m.",
        [("calder-bank", "FUNDS", "ostrel")],
        [("norvik-energy", "FUNDS", "ostrel")],
    ),
]

SYNDICATES: list[Case] = [
    (  # mining: a loan noun's passive, the group's leader lends
        "The debt will be lent to Corvane Mining by a group of five banks led by Ashby Bank.",
        [("ashby-bank", "FUNDS", "corvane-mining")],
        [],
    ),
    (  # rail: "provided to B by L", a plain lender
        "The $300m facility was provided to Pellow Trams by Calder Bank.",
        [("calder-bank", "FUNDS", "pellow-trams")],
        [],
    ),
    (  # energy: "a syndicate headed by L"
        "The loan will be extended to Tarn Energy by a syndicate headed by Exton Credit.",
        [("exton-credit", "FUNDS", "tarn-energy")],
        [],
    ),
    (  # food: a loan received from a group led by L
        "Brantwell Foods secured a $300m loan from a consortium of six banks led by Ashby Bank.",
        [("ashby-bank", "FUNDS", "brantwell-foods")],
        [],
    ),
    (  # retail: an active group subject still reads its leader
        "A syndicate of lenders led by Ashby Bank lent Corvel Stores $300m.",
        [("ashby-bank", "FUNDS", "corvel-stores")],
        [],
    ),
    (  # guard: a group led by a firm that sells nothing on loan
        "The contract was awarded to Corvane Mining by a group of buyers led by Ashby Steel.",
        [],
        [("ashby-steel", "FUNDS", "corvane-mining")],
    ),
]

ELIDED_GIVER: list[Case] = [
    (  # energy: "another €300m as a loan", the recipient left out
        "The ministry has granted the Tidewater scheme €200m, and Lodden Bank is providing "
        "another €300m as a loan.",
        [("lodden-bank", "FUNDS", "tidewater")],
        [],
    ),
    (  # bridges: "a further £10m"
        "Ostrel Council gave the Halvik bridge £5m, and Calder Bank is lending a further £10m.",
        [("calder-bank", "FUNDS", "halvik"), ("ostrel-council", "FUNDS", "halvik")],
        [("calder-bank", "FUNDS", "ostrel-council")],
    ),
    (  # farming: a company recipient, "will lend another"
        "The state lent Brisk Dairies €4m, and Norvik Bank will lend another €2m.",
        [("norvik-bank", "FUNDS", "brisk-dairies")],
        [],
    ),
    (  # guard: the second clause names its own recipient
        "Ostrel Council gave the Halvik bridge £5m, and Calder Bank is providing a further "
        "£10m to the Fenwick dam.",
        [("calder-bank", "FUNDS", "fenwick")],
        [("calder-bank", "FUNDS", "halvik")],
    ),
    (  # guard: revenue added is no funding (review 19 B5)
        "Orsk Bank lent Kelda Rail €20m in March, and Tarn Logistics added another €3m in revenue.",
        [("orsk-bank", "FUNDS", "kelda-rail")],
        [("tarn-logistics", "FUNDS", "kelda-rail")],
    ),
    (  # guard: "a further €3m in sales"
        "Orsk Bank lent Kelda Rail €20m in March, and Tarn Logistics added a further €3m in sales.",
        [],
        [("tarn-logistics", "FUNDS", "kelda-rail")],
    ),
    (  # guard: a giving verb, but "in" before income
        "The state lent Brisk Dairies €4m, and Norvik Foods is providing another €2m in orders.",
        [],
        [("norvik-foods", "FUNDS", "brisk-dairies")],
    ),
    (  # must still give: "in loans" ends the amount
        "The state lent Brisk Dairies €4m, and Norvik Bank is providing another €2m in loans.",
        [("norvik-bank", "FUNDS", "brisk-dairies")],
        [],
    ),
    (  # guard: no money in the second clause
        "Ostrel Council gave the Halvik bridge £5m, and Calder Bank is not providing another "
        "penny.",
        [],
        [("calder-bank", "FUNDS", "halvik")],
    ),
]

SENSES: list[Case] = [
    (  # tools: damages won from a firm
        "Kestel Tools won £3m in damages from Arlo Group.",
        [],
        [("arlo-group", "FUNDS", "kestel-tools")],
    ),
    (  # tools: a headline's bare amount won from a firm
        "Kestel Tools Wins £3m From Arlo Group\n\nKestel Tools sued Arlo Group in 2022.",
        [],
        [("arlo-group", "FUNDS", "kestel-tools")],
    ),
    (  # farming: compensation received
        "Ostrel Farms received €2m in compensation from Norvik Chemicals.",
        [],
        [("norvik-chemicals", "FUNDS", "ostrel-farms")],
    ),
    (  # still funding: money won from a fund in a body sentence
        "Kestel Tools won £3m from the Ostrel Growth Fund.",
        [("ostrel-growth-fund", "FUNDS", "kestel-tools")],
        [],
    ),
    (  # rail: "grant X access" is no grant
        "Ostrel Rail will grant Norvik Freight access to its depot.",
        [],
        [("ostrel-rail", "FUNDS", "norvik-freight")],
    ),
    (  # rail: ordered to grant access
        "The regulator ordered Ostrel Rail to grant Norvik Freight access to its tracks.",
        [],
        [("ostrel-rail", "FUNDS", "norvik-freight")],
    ),
    (  # still funding: the verb "grant" with an amount
        "Harlan Capital granted Norvik Freight a €5m loan.",
        [("harlan-capital", "FUNDS", "norvik-freight")],
        [],
    ),
    (  # still funding: "granted €10m to the X project"
        "The Commission granted €10m to the Halvik project.",
        [("commission", "FUNDS", "halvik")],
        [],
    ),
    (  # retail: "publicly backed" a campaign backs it
        "Brantwell Foods publicly backed the Clean Rivers Campaign.",
        [("brantwell-foods", "BACKS", "clean-rivers-campaign")],
        [("brantwell-foods", "FUNDS", "clean-rivers-campaign")],
    ),
]

NEW_SHARES: list[Case] = [
    (  # food: a commitment to invest in new shares, "to support the deal"
        "Kessel Beheer has committed to invest €90m in new shares of Brevik Foods to support "
        "the deal.",
        [("kessel-beheer", "FUNDS", "brevik-foods")],
        [],
    ),
    (  # shipping: "new shares in"
        "Harlan Capital will invest $40m in new shares in Ostra Shipping.",
        [("harlan-capital", "FUNDS", "ostra-shipping")],
        [],
    ),
    (  # guard: intent funds nothing
        "Harlan Capital plans to invest €90m in new shares of Brevik Foods.",
        [],
        [("harlan-capital", "FUNDS", "brevik-foods")],
    ),
    (  # rail: "pledged to grant X use of its yard" gives a right, no money
        "Ostrel Rail pledged to grant Norvik Freight use of its yard.",
        [],
        [("ostrel-rail", "FUNDS", "norvik-freight")],
    ),
]

LISTS: list[Case] = [
    (  # food: descriptors before each list member
        "Pollenly Foods has raised €90m from backers including the state fund Agrinvest, the "
        "Gulf investor Sarat Fund and the seed group Verdan.",
        [
            ("agrinvest", "FUNDS", "pollenly-foods"),
            ("sarat-fund", "FUNDS", "pollenly-foods"),
            ("verdan", "FUNDS", "pollenly-foods"),
        ],
        [],
    ),
    (  # "which owns 15%" is the last member's own stake
        "Pollenly Foods makes bee feed in Lyon. The company has raised €90m from backers "
        "including the state fund Agrinvest, the Gulf investor Sarat Fund and the seed group "
        "Verdan, which owns 15%.",
        [
            ("verdan", "FUNDS", "pollenly-foods"),
            ("agrinvest", "FUNDS", "pollenly-foods"),
            ("verdan", "OWNS", "pollenly-foods"),
        ],
        [("agrinvest", "OWNS", "pollenly-foods"), ("sarat-fund", "OWNS", "pollenly-foods")],
    ),
    (  # jam: "Its backers are A and B, which holds 12%": B's own stake
        "Ostrel Foods makes jam. Its backers are Harlan Capital and Vorn Partners, which holds "
        "12%.",
        [("vorn-partners", "OWNS", "ostrel-foods"), ("harlan-capital", "FUNDS", "ostrel-foods")],
        [("harlan-capital", "OWNS", "ostrel-foods")],
    ),
    (  # jam: a plural relative verb still holds for the whole list
        "Ostrel Foods makes jam. Harlan Capital and Vorn Partners, which together hold 30%, "
        "want a new board.",
        [("harlan-capital", "OWNS", "ostrel-foods"), ("vorn-partners", "OWNS", "ostrel-foods")],
        [],
    ),
    (  # a descriptor "fund" before the second member
        "Brantwell Foods has raised €40m from investors including Harlan Capital, the Gulf "
        "fund Marsa Ventures and Ostrel Partners.",
        [
            ("marsa-ventures", "FUNDS", "brantwell-foods"),
            ("ostrel-partners", "FUNDS", "brantwell-foods"),
        ],
        [],
    ),
]

GAP_CASES: list[Case] = [
    (  # the cost of a project only built in the sentence before
        "Harrow Water will build the Fenwick reservoir. It is paying for half of the cost "
        "itself, with Calder Bank contributing £30m and Wendle Bank providing a £70m loan.",
        [("calder-bank", "FUNDS", "fenwick"), ("wendle-bank", "FUNDS", "fenwick")],
        [],
    ),
    (  # a council's relative with the recipient implicit
        "Brantwell Foods opened its new depot, welcomed by Harrow Vale Council, which is "
        "putting £500,000 towards the new training hall.",
        [("harrow-vale-council", "FUNDS", "brantwell-foods")],
        [],
    ),
]

BANK = (
    DESCRIBED_PAIR
    + WITH_CLAUSE
    + SYNDICATES
    + ELIDED_GIVER
    + SENSES
    + NEW_SHARES
    + LISTS
    + GAP_CASES
)
GAPS: dict[str, str] = {
    "Harrow Water will build the Fenwick reservoir.": "'the cost' of a project only built "
    "(not costed or funded) in the sentence before is not read as that project",
    "Brantwell Foods opened its new depot, welcomed": "a relative's money 'towards the new "
    "training hall' with no named recipient is not read as funding the sentence's company",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_funds19(case: Case) -> None:
    check(*case)
