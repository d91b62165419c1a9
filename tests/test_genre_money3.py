"""OWNS and FUNDS from the genre, third inventory: portfolio language, control by families and
states, minority holders named in relative clauses and appositives, shareholder tables, stake
changes (raised, cut, sold out), deals named by the thing bought, stakes bought in a later
sentence; guards beside each (customers, suppliers, valuation only, a stake sold in the past).

Conventions: holding a stake is OWNS; buying a minority stake or backing a portfolio company is
FUNDS; a stake sold entirely leaves no relation with the seller.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PORTFOLIO: list[Case] = [
    (  # food: "X, a Y portfolio company"
        "Tallis Bakeries, a Corrow Capital portfolio company, opened a plant in Leeds. The "
        "bakery supplies bread to Menton Stores, said chief executive Ida Kerr.",
        [("corrow-capital", "FUNDS", "tallis-bakeries")],
        [
            ("corrow-capital", "FUNDS", "menton-stores"),
            ("menton-stores", "OWNS", "tallis-bakeries"),
        ],
    ),
    (  # software: "Y's portfolio includes A and B"
        "Brindle Ventures' portfolio includes Quarto Software and Lemma Health. Brindle raised a "
        "new fund from Ostrava Pension in Prague.",
        [
            ("brindle-ventures", "FUNDS", "quarto-software"),
            ("brindle-ventures", "FUNDS", "lemma-health"),
        ],
        [("ostrava-pension", "FUNDS", "quarto-software")],
    ),
    (  # retail: "backed by Y's growth fund"
        "Pimlico Shoes, backed by Harrow Partners' growth fund, will open 30 stores in Texas. It "
        "buys leather from Corda Tanneries.",
        [("harrow-partners", "FUNDS", "pimlico-shoes")],
        [
            ("pimlico-shoes", "FUNDS", "corda-tanneries"),
            ("harrow-partners", "FUNDS", "corda-tanneries"),
        ],
    ),
    (  # health: "portfolio company of Y" after a pronoun
        "Verity Clinics hired Omar Said as finance chief. The chain, a portfolio company of "
        "Aldgate Equity, competes with Hemsley Health.",
        [("aldgate-equity", "FUNDS", "verity-clinics")],
        [("aldgate-equity", "FUNDS", "hemsley-health")],
    ),
    (  # logistics: "Y-backed X"
        "Granite Peak-backed Swale Freight bought 40 trucks from Orland Motors this year.",
        [("granite-peak", "FUNDS", "swale-freight")],
        [("granite-peak", "FUNDS", "orland-motors")],
    ),
]

CONTROL: list[Case] = [
    (  # retail: "controlled by Y"
        "Marlow Stores, controlled by Dunhill Holdings, sells clothes made by Pettigrew Textiles "
        "in Bangladesh.",
        [("dunhill-holdings", "OWNS", "marlow-stores")],
        [("dunhill-holdings", "OWNS", "pettigrew-textiles")],
    ),
    (  # energy: "state-owned X" with the state named
        "Norvia's state-owned Kestel Energy signed a gas deal with Brannock Oil. Kestel's chief "
        "executive, Lars Moen, called it historic.",
        [("norvia", "OWNS", "kestel-energy")],
        [("brannock-oil", "OWNS", "kestel-energy")],
    ),
    (  # shipping: "X, in which Y holds a 30% stake"
        "Eldon Lines, in which Pradesh Capital holds a 30% stake, ordered two ships from Jinhai "
        "Shipyard.",
        [("pradesh-capital", "OWNS", "eldon-lines")],
        [("pradesh-capital", "OWNS", "jinhai-shipyard")],
    ),
    (  # mining: "Y, X's biggest shareholder"
        "Shares in Corbet Gold rose after Talbot Resources, Corbet's biggest shareholder, backed "
        "the plan. Analyst Dee Marsh of Penfold Securities was cautious.",
        [("talbot-resources", "OWNS", "corbet-gold")],
        [("penfold-securities", "OWNS", "corbet-gold")],
    ),
    (  # utilities: "a 40% stake held by Y"
        "Hebden Water, 40% of which is held by Morwen Infrastructure, raised prices in Wales.",
        [("morwen-infrastructure", "OWNS", "hebden-water")],
        [],
    ),
    (  # farming: "X, a third of which is owned by A and B", a customer after
        "Carlow Farms, a third of which is owned by Brisk Foods and Tarn Capital, sells oats to "
        "Pellow Mills.",
        [("brisk-foods", "OWNS", "carlow-farms"), ("tarn-capital", "OWNS", "carlow-farms")],
        [("brisk-foods", "OWNS", "pellow-mills")],
    ),
    (  # guard: a share of a stadium held by an unnamed council
        "Norwood Rovers play at the Deane Stadium, 30% of which is owned by the council. The "
        "club is sponsored by Kessel Bank.",
        [],
        [("norwood-rovers", "OWNS", "deane-stadium"), ("kessel-bank", "OWNS", "deane-stadium")],
    ),
    (  # banking: "Y, which owns a quarter of X"
        "Carrick Bank said Selby Insurance, which owns a quarter of the lender, would keep its "
        "shares. Carrick lends to Dorran Farms.",
        [("selby-insurance", "OWNS", "carrick-bank")],
        [("selby-insurance", "OWNS", "dorran-farms")],
    ),
    (  # telecom: "majority-owned by Y"
        "Vardo Telecom, majority-owned by Lisle Group, signed a roaming deal with Tarsk Mobile.",
        [("lisle-group", "OWNS", "vardo-telecom")],
        [("lisle-group", "OWNS", "tarsk-mobile")],
    ),
    (  # airlines: "Y is X's largest shareholder" with a percentage after
        "Orbis Air's largest shareholder is Qadira Holdings, with 25%. Orbis leases jets from "
        "Aercap Leasing.",
        [("qadira-holdings", "OWNS", "orbis-air")],
        [("qadira-holdings", "OWNS", "aercap-leasing")],
    ),
]

TABLES: list[Case] = [
    (  # earnings-report table
        "Pellam Foods reported sales of $2bn. Shareholders: Arden Capital 40%, Fells Partners 35%.",
        [("arden-capital", "OWNS", "pellam-foods"), ("fells-partners", "OWNS", "pellam-foods")],
        [],
    ),
    (  # mining: "Ownership: A 51%, B 49%" after the mine's company is named
        "Drumlin Copper restarted its smelter in Zambia. Ownership: Kestrel Metals 51%, Obi "
        "Resources 49%.",
        [("kestrel-metals", "OWNS", "drumlin-copper"), ("obi-resources", "OWNS", "drumlin-copper")],
        [],
    ),
    (  # guard: market shares listed are no holdings
        "Tolby Soap lost ground in Kenya. Market share: Unimax Brands 40%, Pelham Home 35%.",
        [],
        [("unimax-brands", "OWNS", "tolby-soap"), ("pelham-home", "OWNS", "tolby-soap")],
    ),
    (  # "X is owned by A (60%) and B (40%)"
        "Tarleton Ports is owned by Hesper Infrastructure (60%) and Calvo Group (40%). It handles "
        "grain for Mardel Trading.",
        [
            ("hesper-infrastructure", "OWNS", "tarleton-ports"),
            ("calvo-group", "OWNS", "tarleton-ports"),
        ],
        [("calvo-group", "OWNS", "mardel-trading")],
    ),
    (  # "A owns 51% and B the rest": a joint venture is typed a Project, its members fund it
        "Kellerby Wind is a joint venture: Ostrom Energy owns 51% and Dalgety Power the rest.",
        [("ostrom-energy", "FUNDS", "kellerby-wind"), ("dalgety-power", "FUNDS", "kellerby-wind")],
        [],
    ),
]

CHANGES: list[Case] = [
    (  # "raised its stake in X to 25%"
        "Harbin Chemicals raised its stake in Loxley Plastics to 25%, buying shares from Brant "
        "Investments.",
        [("harbin-chemicals", "OWNS", "loxley-plastics")],
        [("brant-investments", "OWNS", "harbin-chemicals")],
    ),
    (  # "cut its holding in X to 5%": still holds
        "Osric Pension cut its holding in Tenby Homes to 5% last month. Tenby builds houses with "
        "Calder Construction.",
        [("osric-pension", "OWNS", "tenby-homes")],
        [("osric-pension", "OWNS", "calder-construction")],
    ),
    (  # "sold its entire stake": no longer held; the buyer of a stake of no size FUNDS
        "Ferris Capital sold its entire stake in Gilmore Brewing to Holt Drinks in June.",
        [("holt-drinks", "FUNDS", "gilmore-brewing")],
        [("ferris-capital", "OWNS", "gilmore-brewing")],
    ),
    (  # "has built a 12% stake": a minority bought is FUNDS
        "Activist fund Crane Partners has built a 12% stake in Ormond Retail and wants a new "
        "chairman, people familiar said.",
        [("crane-partners", "FUNDS", "ormond-retail")],
        [],
    ),
    (  # "lifted its holding in X to 9%" with a pronoun subject
        "Jarrow Mutual reported higher profits. It also lifted its holding in Penrith Cement to "
        "9%, a filing showed.",
        [("jarrow-mutual", "OWNS", "penrith-cement")],
        [],
    ),
    (  # "trimmed its stake" (still holds)
        "Alder Trust trimmed its stake in Kilby Mining to 11% as metal prices fell. Kilby sells "
        "copper to Sunmet Smelting.",
        [("alder-trust", "OWNS", "kilby-mining")],
        [("alder-trust", "OWNS", "sunmet-smelting")],
    ),
    (  # "exited its investment in": no longer
        "Bexley Ventures exited its investment in Rook Analytics, which it had backed since 2018.",
        [],
        [("bexley-ventures", "OWNS", "rook-analytics")],
    ),
]

DEALS: list[Case] = [
    (  # "the Y-X deal" closed
        "The Halvard-Pinecrest deal closed on Friday. Halvard Foods paid $1bn for Pinecrest "
        "Dairy, advised by Marlow Bank.",
        [("halvard-foods", "OWNS", "pinecrest-dairy")],
        [("marlow-bank", "OWNS", "pinecrest-dairy")],
    ),
    (  # "the $3bn X purchase" owned by the possessor
        "Corvex Steel's $3bn Dunmore Metals purchase was approved by regulators in Brussels.",
        [("corvex-steel", "OWNS", "dunmore-metals")],
        [],
    ),
    (  # airlines: "Y's X takeover" completed, a lender guard
        "Skyfolk Airways' Orla Air takeover closed on Monday, funded by a loan from Brant Bank.",
        [("skyfolk-airways", "OWNS", "orla-air")],
        [("brant-bank", "OWNS", "orla-air")],
    ),
    (  # shipping: "Y's X acquisition" with a pronoun after
        "Norsea Group's Kittiwake Ferries acquisition was completed in April. It plans to add two "
        "routes to Bergen.",
        [("norsea-group", "OWNS", "kittiwake-ferries")],
        [("kittiwake-ferries", "OWNS", "norsea-group")],
    ),
    (  # guard: a planned deal named by its target, blocked
        "Halcombe Foods' planned Tilney Bakeries takeover was blocked by regulators in Dublin.",
        [],
        [("halcombe-foods", "OWNS", "tilney-bakeries")],
    ),
    (  # "its acquisition of X" in a later sentence
        "Pelham Media reported revenue of $800m. Its acquisition of Quayside Radio added $90m, "
        "said finance chief Rory Hale.",
        [("pelham-media", "OWNS", "quayside-radio")],
        [],
    ),
    (  # "completed the takeover of X" with "the company"
        "Tansy Pharma rose 4%. The company completed the takeover of Birch Labs, a supplier to "
        "Orrell Hospitals.",
        [("tansy-pharma", "OWNS", "birch-labs")],
        [("tansy-pharma", "OWNS", "orrell-hospitals")],
    ),
]

CROSS: list[Case] = [
    (  # cross-sentence: "The stake was bought by Y."
        "Calloway Brewing sold 20% of its shares last week. The stake was bought by Fenmore "
        "Capital, a fund based in Dublin.",
        [("fenmore-capital", "FUNDS", "calloway-brewing")],
        [],
    ),
    (  # "Y bought the stake" after X named
        "Quinta Farms put a 15% stake up for sale in May. Arable Partners bought the stake for "
        "$40m, the farm group said.",
        [("arable-partners", "FUNDS", "quinta-farms")],
        [],
    ),
    (  # "the buyer, Y" after "X was sold"
        "Harcourt Hotels was sold for $600m. The buyer, Lindqvist Leisure, plans to rebrand it.",
        [("lindqvist-leisure", "OWNS", "harcourt-hotels")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # customers
        "Brannock Foods' biggest customer, Menlow Stores, accounts for 30% of sales.",
        [],
        [("menlow-stores", "OWNS", "brannock-foods"), ("brannock-foods", "OWNS", "menlow-stores")],
    ),
    (  # suppliers
        "Torvik Motors buys 40% of its steel from Hallam Steel, its largest supplier.",
        [],
        [("torvik-motors", "OWNS", "hallam-steel"), ("hallam-steel", "OWNS", "torvik-motors")],
    ),
    (  # valuation only
        "Analysts at Brisk Research value Pollard Airways at $2bn, roughly 30% more than Kemp Air.",
        [],
        [
            ("brisk-research", "OWNS", "pollard-airways"),
            ("brisk-research", "FUNDS", "pollard-airways"),
        ],
    ),
    (  # sold its stake in the past
        "Garrow Capital sold its stake in Lindel Shipping in 2019 and now invests in farmland.",
        [],
        [("garrow-capital", "OWNS", "lindel-shipping")],
    ),
    (  # a market share is not a stake
        "Penwith Dairy holds a 30% share of the UK cheese market, ahead of Arla Foods.",
        [],
        [("penwith-dairy", "OWNS", "arla-foods")],
    ),
    (  # a shareholder vote is not holding by the company voted with
        "Shareholders of Tolland Bank approved the merger with Kerris Bank on Monday.",
        [],
        [("kerris-bank", "OWNS", "tolland-bank")],
    ),
]

CASES = PORTFOLIO + CONTROL + TABLES + CHANGES + DEALS + CROSS + GUARDS

GAPS: dict[str, str] = {
    "Norvia's state-owned Kestel": "possessive: 'STATE's state-owned X' gives the state nothing",
    "Shares in Corbet Gold rose": "entities: the short name 'Corbet' not merged with Corbet Gold",
    "Skyfolk Airways' Orla Air": "entities: a plural possessive 'Airways'' joins the next name",
}


@pytest.mark.parametrize("case", gap_params(CASES, GAPS))
def test_genre_money3(case: Case) -> None:
    check(*case)
