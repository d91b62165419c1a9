"""Funding, stake, partnering and backing constructions from report D (invented sentences):
joint-venture members fund the venture's project through an interruption, lenders and
grant-makers in less common shapes, and their near-misses.

Each case is (text, relations that must be found, relations that must not be); every name is
invented and the sectors vary on purpose.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

VENTURES: list[Case] = [
    (  # housing: a long appositive between the project and its passive verb
        "Tollgate Wharf, a 200 million pound mix of flats and offices, is being built by a "
        "joint venture of Harrowgate Homes and Pendle Capital.",
        [
            ("harrowgate-homes", "FUNDS", "tollgate-wharf"),
            ("pendle-capital", "FUNDS", "tollgate-wharf"),
        ],
        [("harrowgate-homes", "FUNDS", "pendle-capital")],
    ),
    (  # metals: a relative clause on the first member
        "The Ostrava Smelter is being built by a joint venture of Belmar Metals, which employs "
        "3,000 people in two regions, and Kosaka Trading.",
        [
            ("belmar-metals", "FUNDS", "ostrava-smelter"),
            ("kosaka-trading", "FUNDS", "ostrava-smelter"),
        ],
        [],
    ),
    (  # energy: "formed by" as the membership link, a relative clause on the first member
        "The Ferris Point Wind Farm is being developed by a joint venture formed by Calder "
        "Power, which runs four plants in Wales, and Nordvik Energi.",
        [
            ("calder-power", "FUNDS", "ferris-point-wind-farm"),
            ("nordvik-energi", "FUNDS", "ferris-point-wind-farm"),
        ],
        [],
    ),
    (  # roads: "JV" for joint venture, "delivered", a role noun before a member
        "The Kelvin Bypass is being delivered by a JV of the contractor Dorran Civils and "
        "Marsh Infrastructure Fund.",
        [
            ("dorran-civils", "FUNDS", "kelvin-bypass"),
            ("marsh-infrastructure-fund", "FUNDS", "kelvin-bypass"),
        ],
        [],
    ),
    (  # guard: a venture picked for a contract does not fund
        "The county picked a JV of Dorran Civils and Marsh Infrastructure Fund to build the "
        "Kelvin Bypass.",
        [],
        [("dorran-civils", "FUNDS", "kelvin-bypass")],
    ),
    (  # guard: the relative clause names someone else: no list through it
        "The Ostrava Smelter is being built by a joint venture of Belmar Metals, which Tarrant "
        "Group bought in 2019, and Kosaka Trading.",
        [],
        [("tarrant-group", "FUNDS", "ostrava-smelter")],
    ),
    (  # guard: a venture only discussed
        "Harrowgate Homes and Pendle Capital discussed forming a joint venture for Tollgate "
        "Wharf but never signed.",
        [],
        [("harrowgate-homes", "FUNDS", "tollgate-wharf")],
    ),
    (  # guard: an appositive naming the owner is no aside to skip
        "Tollgate Wharf, a scheme owned by Merrion Estates, is being built by a joint venture "
        "of Harrowgate Homes and Pendle Capital.",
        [],
        [("harrowgate-homes", "FUNDS", "merrion-estates")],
    ),
]


@pytest.mark.parametrize("case", VENTURES)
def test_venture_members_fund_the_project(case: Case) -> None:
    check(*case)


LENDERS: list[Case] = [
    (  # shipping: a counted lender group, and a share stated in an absolute clause
        "The Corran Ferry Renewal is funded by six lenders led by Ashgrove Bank, with the "
        "export agency Norrland Credit supplying roughly half of the loans.",
        [
            ("ashgrove-bank", "FUNDS", "corran-ferry-renewal"),
            ("norrland-credit", "FUNDS", "corran-ferry-renewal"),
        ],
        [("norrland-credit", "FUNDS", "ashgrove-bank")],
    ),
    (  # guard: the absolute clause gives no money
        "The Corran Ferry Renewal is funded by Ashgrove Bank, with Norrland Credit taking a "
        "seat on the steering board.",
        [("ashgrove-bank", "FUNDS", "corran-ferry-renewal")],
        [("norrland-credit", "FUNDS", "corran-ferry-renewal")],
    ),
    (  # aviation: a relative clause on an appositive supplies a company's capital
        "Brookfield Leasing, the Dallas leasing group that supplies most of Skyvane's "
        "capital, reported higher profits.",
        [("brookfield-leasing", "FUNDS", "skyvane")],
        [],
    ),
    (  # food: a plain clause
        "Oakvale Partners provides most of Brindle Foods' equity.",
        [("oakvale-partners", "FUNDS", "brindle-foods")],
        [],
    ),
    (  # guard: supplying goods, not money
        "Oakvale Partners provides most of Brindle Foods' trucks.",
        [],
        [("oakvale-partners", "FUNDS", "brindle-foods")],
    ),
    (  # robotics: a loan made available
        "Tyne Enterprise will make a 5 million pound loan available to Corbel Robotics.",
        [("tyne-enterprise", "FUNDS", "corbel-robotics")],
        [],
    ),
    (  # guard: depots made available are no money
        "Tyne Enterprise will make its depots available to Corbel Robotics.",
        [],
        [("tyne-enterprise", "FUNDS", "corbel-robotics")],
    ),
    (  # guard: a hedged loan
        "Tyne Enterprise said it may make a loan available to Corbel Robotics.",
        [],
        [("tyne-enterprise", "FUNDS", "corbel-robotics")],
    ),
    (  # guard: a grant applied for is not given
        "Selwick Biofuels has applied for a grant from the Quarry Fund.",
        [],
        [("quarry-fund", "FUNDS", "selwick-biofuels")],
    ),
    (  # guard: a grant sought
        "Harlow Museum is seeking a grant from the Arts Trust.",
        [],
        [("arts-trust", "FUNDS", "harlow-museum")],
    ),
]


@pytest.mark.parametrize("case", LENDERS)
def test_lenders_in_less_common_shapes(case: Case) -> None:
    check(*case)


IMPLIED: list[Case] = [
    (  # mining: two lenders, the borrower the project the sentence before costed
        "The Kessel Smelter will cost $900 million. Ostberg Bank and Vinter Finance agreed "
        "last month to lend $400 million between them.",
        [
            ("ostberg-bank", "FUNDS", "kessel-smelter"),
            ("vinter-finance", "FUNDS", "kessel-smelter"),
        ],
        [("ostberg-bank", "FUNDS", "vinter-finance")],
    ),
    (  # ports: one lender, "signed up to lend"
        "The Quayside Terminal is expected to cost €300 million. Harrow Mutual has signed up "
        "to lend €120 million.",
        [("harrow-mutual", "FUNDS", "quayside-terminal")],
        [],
    ),
    (  # guard: refusing to lend
        "The Kessel Smelter will cost $900 million. Ostberg Bank declined to lend $400 million "
        "after reviewing the ore data.",
        [],
        [("ostberg-bank", "FUNDS", "kessel-smelter")],
    ),
    (  # guard: nothing costed or funded in reach
        "The Kessel Smelter opened in May. Ostberg Bank agreed to lend $400 million.",
        [],
        [("ostberg-bank", "FUNDS", "kessel-smelter")],
    ),
    (  # energy: the remainder comes out of a company's own budget
        "The Halden Retrofit Programme will cost £20 million. The remainder will come out of "
        "Vossel Energy's capital budget.",
        [("vossel-energy", "FUNDS", "halden-retrofit-programme")],
        [],
    ),
    (  # housing: "advanced" as a giving verb
        "Grange Bank advanced Pellway Homes $40 million last year.",
        [("grange-bank", "FUNDS", "pellway-homes")],
        [],
    ),
    (  # guard: an advance with no money is no funding
        "Grange Bank advanced Pellway Homes to the final round of its awards.",
        [],
        [("grange-bank", "FUNDS", "pellway-homes")],
    ),
]


@pytest.mark.parametrize("case", IMPLIED)
def test_loans_with_the_borrower_implied(case: Case) -> None:
    check(*case)


REMAINDERS: list[Case] = [
    (  # freight: "the remaining shares" after a stake the sentence before stated
        "Lindqvist Freight holds 66% of Polar Cargo. The remaining shares are held by Halvard "
        "Invest.",
        [("halvard-invest", "OWNS", "polar-cargo")],
        [("halvard-invest", "OWNS", "lindqvist-freight")],
    ),
    (  # dairy: the rest in the second clause of the same sentence
        "Corrie Dairies owns 58% of Glenmoor Creamery, and the rest belongs to Ashby Mutual.",
        [
            ("corrie-dairies", "OWNS", "glenmoor-creamery"),
            ("ashby-mutual", "OWNS", "glenmoor-creamery"),
        ],
        [("ashby-mutual", "OWNS", "corrie-dairies")],
    ),
    (  # software: "sit with its founders and with X"
        "Tessaly Group holds 70% of Brightline Software. The remaining shares sit with its "
        "founders and with Oster Ventures.",
        [("oster-ventures", "OWNS", "brightline-software")],
        [("oster-ventures", "OWNS", "tessaly-group")],
    ),
    (  # guard: shares of a market, no stake stated before
        "Corrie Dairies sells 58% of the region's milk. The remaining shares are held by "
        "Ashby Mutual.",
        [],
        [("ashby-mutual", "OWNS", "corrie-dairies")],
    ),
    (  # guard: a remaining stake sold is no current holding
        "Halvard Invest sold its remaining 10% of Polar Cargo last year.",
        [],
        [("halvard-invest", "OWNS", "polar-cargo")],
    ),
]


@pytest.mark.parametrize("case", REMAINDERS)
def test_holders_of_the_remaining_shares(case: Case) -> None:
    check(*case)


PUBLISHERS: list[Case] = [
    (  # media: a relative clause, the title first of a list
        "Larkhill Press, which publishes the Brennock Courier and two trade magazines, was sold.",
        [("larkhill-press", "OWNS", "brennock-courier")],
        [],
    ),
    (  # media: passive "put out by"
        "The Fenmoor Gazette is put out by Calder Media.",
        [("calder-media", "OWNS", "fenmoor-gazette")],
        [],
    ),
    (  # media: active
        "Calder Media publishes the Fenmoor Gazette.",
        [("calder-media", "OWNS", "fenmoor-gazette")],
        [],
    ),
    (  # guard: publishing a note about a company
        "Harrow Securities published a note on Pellmark Energy.",
        [],
        [("harrow-securities", "OWNS", "pellmark-energy")],
    ),
    (  # guard: a newspaper publishing an interview
        "The Brennock Courier published an interview with Tarrow Foods' chief executive.",
        [],
        [("brennock-courier", "OWNS", "tarrow-foods")],
    ),
    (  # guard: declining to print
        "Larkhill Press declined to publish the Brennock Courier's letters page.",
        [],
        [("larkhill-press", "OWNS", "brennock-courier")],
    ),
]


@pytest.mark.parametrize("case", PUBLISHERS)
def test_publishers_own_their_titles(case: Case) -> None:
    check(*case)


PARTNERS: list[Case] = [
    (  # food: "Under the partnership, A will pay B"
        "Corra Oats licensed its recipe to Seabright Dairy. Under the partnership, Corra Oats "
        "will pay Seabright Dairy $8 million a year.",
        [("corra-oats", "PARTNERS_WITH", "seabright-dairy")],
        [("corra-oats", "OWNS", "seabright-dairy")],
    ),
    (  # rail: "As part of the alliance"
        "As part of the alliance, Vexford Rail gives Ondra Signals access to its depots.",
        [("vexford-rail", "PARTNERS_WITH", "ondra-signals")],
        [],
    ),
    (  # pharma: an adjective before the noun
        "Under the new tie-up, Halvex Bio will supply Marrin Labs with its enzyme.",
        [("halvex-bio", "PARTNERS_WITH", "marrin-labs")],
        [],
    ),
    (  # guard: a settlement is no partnership
        "Under the settlement, Corra Oats will pay Seabright Dairy $3 million.",
        [],
        [("corra-oats", "PARTNERS_WITH", "seabright-dairy")],
    ),
    (  # guard: co-owners called "the partners" are not made partners of each other
        "The Orrin Dam is jointly owned by Dellow Power and Kimura Energy. Work will start "
        "provided the partners cover the remaining cost.",
        [
            ("dellow-power", "FUNDS", "orrin-dam"),
            ("kimura-energy", "FUNDS", "orrin-dam"),
        ],
        [("dellow-power", "PARTNERS_WITH", "kimura-energy")],
    ),
]


@pytest.mark.parametrize("case", PARTNERS)
def test_partners_under_the_terms(case: Case) -> None:
    check(*case)


BACKERS: list[Case] = [
    (  # retail: a colleague stands up for the chief executive
        "Lena Ostrova runs Pellmark Foods. The finance director, Owen Brake, who joined in "
        "2018, stands up for her.",
        [("owen-brake", "BACKS", "lena-ostrova")],
        [],
    ),
    (  # sport: "sticks up for"
        "Coach Dana Whitlow leads Harrow Rovers. Her assistant, Ravi Nandu, sticks up for her.",
        [("ravi-nandu", "BACKS", "dana-whitlow")],
        [],
    ),
    (  # guard: standing up for a budget
        "Lena Ostrova runs Pellmark Foods. Owen Brake stands up for the budget.",
        [],
        [("owen-brake", "BACKS", "lena-ostrova")],
    ),
    (  # guard: "step back from" is a phrasal verb, no support
        "Tarek Aziz will step back from daily work at Kallio Games.",
        [],
        [("tarek-aziz", "BACKS", "kallio-games")],
    ),
    (  # true case beside it: backing with money
        "Tarek Aziz is backing Kallio Games with $2 million of his own money.",
        [("tarek-aziz", "BACKS", "kallio-games")],
        [],
    ),
]


@pytest.mark.parametrize("case", BACKERS)
def test_backers_of_people(case: Case) -> None:
    check(*case)


MONEY_VERBS: list[Case] = [
    (  # robotics: "pumped ... into"
        "Orvane Capital pumped $40 million into Tessel Robotics last year.",
        [("orvane-capital", "FUNDS", "tessel-robotics")],
        [],
    ),
    (  # guard: "sank into losses" moves no money
        "Orvane Capital said Tessel Robotics sank into losses last year.",
        [],
        [("orvane-capital", "FUNDS", "tessel-robotics")],
    ),
    (  # shipping: a loan taken out with a bank
        "Marlin Tankers took out a $50 million loan with Ostberg Bank.",
        [("ostberg-bank", "FUNDS", "marlin-tankers")],
        [],
    ),
    (  # farming: "X, Y's main lender"
        "Ostberg Bank, Harwick Farms' main lender, cut its credit line.",
        [("ostberg-bank", "FUNDS", "harwick-farms")],
        [],
    ),
    (  # guard: a lender with no borrower named
        "Harwick Farms grows barley. Ostberg Bank, a state lender, cut rates on Monday.",
        [],
        [("ostberg-bank", "FUNDS", "harwick-farms")],
    ),
]


@pytest.mark.parametrize("case", MONEY_VERBS)
def test_money_verbs_and_lenders(case: Case) -> None:
    check(*case)


NOT_OWNED: list[Case] = [
    (  # chemicals: a commodity bought in bulk is not owned
        "Tarrow Paints, a coatings maker that purchases a lot of Vexol, has sued Lunden Resins.",
        [("tarrow-paints", "DISPUTES", "lunden-resins")],
        [("tarrow-paints", "OWNS", "vexol")],
    ),
    (  # steel: "large amounts of"
        "Harl Steel buys large amounts of Korran Ore every year.",
        [],
        [("harl-steel", "OWNS", "korran-ore")],
    ),
    (  # true case beside them: buying the company
        "Harl Steel bought Korran Ore for $90 million.",
        [("harl-steel", "OWNS", "korran-ore")],
        [],
    ),
    (  # retail: "fell back into" is no backing and no funding
        "Pellor Foods fell back into losses after Tarrow Group cut prices.",
        [],
        [("pellor-foods", "FUNDS", "tarrow-group"), ("pellor-foods", "BACKS", "tarrow-group")],
    ),
]


@pytest.mark.parametrize("case", NOT_OWNED)
def test_commodities_and_particles(case: Case) -> None:
    check(*case)


PUT_BACK: list[Case] = [
    (  # food: a manager rolls part of her payout back into the company
        "Odile Farr, chief executive of Pellor Foods since 2019, will roll part of her payout "
        "back into the company.",
        [("odile-farr", "FUNDS", "pellor-foods")],
        [],
    ),
    (  # brewing: "ploughing ... back into"
        "Ivo Brandt is ploughing most of his proceeds back into Harrow Brewing.",
        [("ivo-brandt", "FUNDS", "harrow-brewing")],
        [],
    ),
    (  # guard: negation
        "Orvane Capital will not put its gains back into Pellor Foods.",
        [],
        [("orvane-capital", "FUNDS", "pellor-foods")],
    ),
    (  # guard: cashing out
        "Odile Farr will cash out in full from Pellor Foods.",
        [],
        [("odile-farr", "FUNDS", "pellor-foods")],
    ),
    (  # ten words from the verb to "back into": within reach
        "Ivo Brandt is ploughing one two three four five six seven eight nine back into "
        "Harrow Brewing.",
        [("ivo-brandt", "FUNDS", "harrow-brewing")],
        [],
    ),
]


@pytest.mark.parametrize("case", PUT_BACK)
def test_proceeds_put_back(case: Case) -> None:
    check(*case)


SOLD_APPOSED: list[Case] = [
    (  # testing: "a firm he sold to C"
        "In 2011 he started Brisco Labs, a testing firm he sold to Hallam Group in 2016.",
        [("hallam-group", "OWNS", "brisco-labs")],
        [],
    ),
    (  # bakery: "the chain she later sold to C"
        "Tolvey Bakeries, the chain she later sold to Grainger Foods, grew fast.",
        [("grainger-foods", "OWNS", "tolvey-bakeries")],
        [],
    ),
    (  # retail: the buyer a person
        "Rena Osk ran Kestrel Bikes, a shop she sold to Ivo Marsh in 2019.",
        [("ivo-marsh", "OWNS", "kestrel-bikes")],
        [],
    ),
    (  # guard: an attempt to sell
        "Brisco Labs, a firm he tried to sell to Hallam Group, closed.",
        [],
        [("hallam-group", "OWNS", "brisco-labs")],
    ),
    (  # guard: selling goods to customers
        "Brisco Labs, a firm he sold to Hallam Group's customers, grew.",
        [],
        [("hallam-group", "OWNS", "brisco-labs")],
    ),
]


@pytest.mark.parametrize("case", SOLD_APPOSED)
def test_sold_in_an_appositive(case: Case) -> None:
    check(*case)


LENDER_ROLES: list[Case] = [
    (  # shipping: "Y's biggest lender, A"
        "Marlin Tankers' biggest lender, Ostberg Bank, cut its credit line.",
        [("ostberg-bank", "FUNDS", "marlin-tankers")],
        [],
    ),
    (  # farming: "Y's lenders include A and B"
        "Harwick Farms' lenders include Ostberg Bank and Vinter Finance.",
        [
            ("ostberg-bank", "FUNDS", "harwick-farms"),
            ("vinter-finance", "FUNDS", "harwick-farms"),
        ],
        [("ostberg-bank", "FUNDS", "vinter-finance")],
    ),
    (  # mining: "its main lender, A" after the company
        "Korran Ore digs iron in Sweden. Its main lender, Ostberg Bank, extended a waiver.",
        [("ostberg-bank", "FUNDS", "korran-ore")],
        [],
    ),
    (  # guard: negation
        "Ostberg Bank is not Marlin Tankers' lender.",
        [],
        [("ostberg-bank", "FUNDS", "marlin-tankers")],
    ),
    (  # guard: "the lender" still names the one that lent, not the borrower's own trade
        "Ana Reyes runs Pollard Credit, a mortgage lender. Pollard Credit borrowed $40m from "
        "Halver Bank last year. Reyes accused the lender of bad faith.",
        [("halver-bank", "FUNDS", "pollard-credit"), ("ana-reyes", "DISPUTES", "halver-bank")],
        [("ana-reyes", "DISPUTES", "pollard-credit")],
    ),
]


@pytest.mark.parametrize("case", LENDER_ROLES)
def test_lenders_named_by_their_borrower(case: Case) -> None:
    check(*case)


DEAL_SUPPORT: list[Case] = [
    (  # utilities: a councillor welcomes the buyout the sentence before stated
        "Harlow Group is buying Kelda Water. Councillor Mira Kane welcomed the buyout.",
        [("mira-kane", "BACKS", "harlow-group")],
        [("mira-kane", "BACKS", "kelda-water")],
    ),
    (  # retail: "put her support behind the purchase"
        "Brindle Stores agreed to acquire Pellow Grocers. Ana Ruiz, the mayor, put her support "
        "behind the purchase.",
        [("ana-ruiz", "BACKS", "brindle-stores")],
        [],
    ),
    (  # pensions: an organization endorses the takeover
        "Ostmark Energy will take over Fyne Power. Kestrel Mutual, a big holder, has endorsed "
        "the takeover.",
        [("kestrel-mutual", "BACKS", "ostmark-energy")],
        [],
    ),
    (  # guard: a hedged stance
        "Harlow Group is buying Kelda Water. Mira Kane has not said whether she favours the "
        "buyout.",
        [],
        [("mira-kane", "BACKS", "harlow-group")],
    ),
    (  # guard: no deal stated before
        "Harlow Group reported higher sales. Mira Kane welcomed the buyout.",
        [],
        [("mira-kane", "BACKS", "harlow-group")],
    ),
]


@pytest.mark.parametrize("case", DEAL_SUPPORT)
def test_support_for_the_deal_backs_the_buyer(case: Case) -> None:
    check(*case)


CONTRIBUTIONS: list[Case] = [
    (  # water: a contribution after the project's cost, the project implied
        "The Harl Dam will cost €90 million. Kessel Water Trust is contributing €5 million.",
        [("kessel-water-trust", "FUNDS", "harl-dam")],
        [],
    ),
    (  # arts: "gave ... towards"
        "Marrow Arts Fund gave £2 million towards the Quayside Theatre.",
        [("marrow-arts-fund", "FUNDS", "quayside-theatre")],
        [],
    ),
    (  # guard: nothing costed before
        "The Harl Dam opened in May. Kessel Water Trust is contributing €5 million.",
        [],
        [("kessel-water-trust", "FUNDS", "harl-dam")],
    ),
    (  # guard: a contribution to something else
        "The Harl Dam will cost €90 million. Kessel Water Trust is contributing €5 million to "
        "a school fund.",
        [],
        [("kessel-water-trust", "FUNDS", "harl-dam")],
    ),
]


@pytest.mark.parametrize("case", CONTRIBUTIONS)
def test_contributions(case: Case) -> None:
    check(*case)


MONEY_SOURCES: list[Case] = [
    (  # energy: "Financing for X comes from A"
        "Financing for the Harl Dam comes from Ostberg Bank.",
        [("ostberg-bank", "FUNDS", "harl-dam")],
        [],
    ),
    (  # robotics: "Its first loans came from A"
        "Tessel Robotics makes welding arms. Its first loans came from Ostberg Bank.",
        [("ostberg-bank", "FUNDS", "tessel-robotics")],
        [],
    ),
    (  # guard: debt that came from a purchase
        "Tessel Robotics makes welding arms. The debt came from its acquisition of Pell Tools.",
        [],
        [("pell-tools", "FUNDS", "tessel-robotics")],
    ),
]


@pytest.mark.parametrize("case", MONEY_SOURCES)
def test_where_the_money_comes_from(case: Case) -> None:
    check(*case)
