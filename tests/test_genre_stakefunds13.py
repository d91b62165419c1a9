"""Genre bank for the investing act beside a held stake (round 13): a holder that purchased or
first put money into its holding ("Y, which purchased the holding in 2016", "X, which first
invested in the firm in 2018, holds 40%"), a holder that led a round and owns a share ("X
headed its Series B and owns about a fifth"), money raised from holders that hold a share
("raised cash from X and Y, which jointly hold 30%"), "X put in $N and now holds a quarter";
the investing act in a sentence of its own ("X injected a further $30m", "the two buyers will
take 15% and 10%"); and a minority purchase of shares ("X will buy $N of Y's shares"), which is
FUNDS and not OWNS.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across retail, energy, software, shipping, food, biotech, mining and media. Guards: a
purchase of a majority or of control, an agreement to acquire, a plain held stake; these stay
OWNS only.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SAME_SENTENCE: list[Case] = [
    (  # retail: relative clause, the holder purchased its holding in a year
        "Trelawn Stores is a grocer. The other 30% belongs to Kesselbrook Group, which "
        "purchased the holding in 2016.",
        [
            ("kesselbrook-group", "OWNS", "trelawn-stores"),
            ("kesselbrook-group", "FUNDS", "trelawn-stores"),
        ],
        [],
    ),
    (  # energy: relative clause "first put money into the firm", then "holds 40%"
        "Ostrava Solar builds rooftop panels. Harbor Vale, which first put money into the firm "
        "in 2018, holds 40%.",
        [
            ("harbor-vale", "OWNS", "ostrava-solar"),
            ("harbor-vale", "FUNDS", "ostrava-solar"),
        ],
        [],
    ),
    (  # software: led a round and owns a share
        "Pindle Software sells billing tools. Orrinford Capital headed its Series B and owns "
        "about a fifth of the company.",
        [
            ("orrinford-capital", "OWNS", "pindle-software"),
            ("orrinford-capital", "FUNDS", "pindle-software"),
        ],
        [],
    ),
    (  # shipping: put in money and now holds a share
        "Corvane Shipping runs feeder vessels. Maldor Partners put in $20m and now holds a "
        "quarter of Corvane Shipping.",
        [
            ("maldor-partners", "OWNS", "corvane-shipping"),
            ("maldor-partners", "FUNDS", "corvane-shipping"),
        ],
        [],
    ),
    (  # food: raised cash from two holders which jointly hold a share
        "Brindle Foods raised cash from Tessary Capital and Ormond Ventures, which jointly "
        "hold 35% of the company.",
        [
            ("tessary-capital", "FUNDS", "brindle-foods"),
            ("ormond-ventures", "FUNDS", "brindle-foods"),
            ("tessary-capital", "OWNS", "brindle-foods"),
            ("ormond-ventures", "OWNS", "brindle-foods"),
        ],
        [],
    ),
    (  # biotech: "with money from X, which holds N%"
        "Quenby Bio expanded its lab with money from Varrow Health, which holds 12% of Quenby Bio.",
        [
            ("varrow-health", "FUNDS", "quenby-bio"),
            ("varrow-health", "OWNS", "quenby-bio"),
        ],
        [],
    ),
    (  # mining: relative clause "which acquired its stake in 2019"
        "Ferrow Mining digs copper. Its largest shareholder is Dunmere Resources, which "
        "acquired its stake in 2019.",
        [
            ("dunmere-resources", "OWNS", "ferrow-mining"),
            ("dunmere-resources", "FUNDS", "ferrow-mining"),
        ],
        [],
    ),
    (  # media: "bought into the firm in 2015 and owns 20%"
        "Larkspur Media publishes magazines. Colwick Holdings bought into Larkspur Media in "
        "2015 and owns 20%.",
        [
            ("colwick-holdings", "OWNS", "larkspur-media"),
            ("colwick-holdings", "FUNDS", "larkspur-media"),
        ],
        [],
    ),
]

SEPARATE_SENTENCE: list[Case] = [
    (  # energy: a holder, then "injected a further $30m"
        "Merrow Partners owns 40% of Castlereigh Wind. Merrow Partners injected a further "
        "$30m into Castlereigh Wind in March.",
        [
            ("merrow-partners", "OWNS", "castlereigh-wind"),
            ("merrow-partners", "FUNDS", "castlereigh-wind"),
        ],
        [],
    ),
    (  # food: a holder, then a pronoun that puts in more money with no target named
        "Ashby Partners owns 35% of Tolland Dairies. Last year it put in a further $12m.",
        [
            ("ashby-partners", "OWNS", "tolland-dairies"),
            ("ashby-partners", "FUNDS", "tolland-dairies"),
        ],
        [],
    ),
    (  # shipping: the holder named again, "injected fresh capital in June"
        "Corlan Holdings holds a quarter of Weyford Ferries. Corlan Holdings injected fresh "
        "capital in June.",
        [
            ("corlan-holdings", "OWNS", "weyford-ferries"),
            ("corlan-holdings", "FUNDS", "weyford-ferries"),
        ],
        [],
    ),
    (  # guard: a company's own spending is no owner's money
        "Ashby Partners owns 35% of Tolland Dairies. Tolland Dairies injected $5m of equity "
        "into its new plant.",
        [("ashby-partners", "OWNS", "tolland-dairies")],
        [("ashby-partners", "FUNDS", "tolland-dairies")],
    ),
    (  # software: "will take 15% and 10%" of an organization
        "Halvard Labs will sell new shares. Tamsin Capital and Orrel Ventures will take 15% "
        "and 10% of Halvard Labs respectively.",
        [
            ("tamsin-capital", "FUNDS", "halvard-labs"),
            ("orrel-ventures", "FUNDS", "halvard-labs"),
        ],
        [],
    ),
    (  # retail: "led a $N round" in a separate sentence
        "Penwick Capital holds 18% of Saffron Kitchens. Penwick Capital led a $12m round in "
        "Saffron Kitchens last year.",
        [
            ("penwick-capital", "OWNS", "saffron-kitchens"),
            ("penwick-capital", "FUNDS", "saffron-kitchens"),
        ],
        [],
    ),
]

MINORITY_BUYS: list[Case] = [
    (  # biotech: "will buy $N of Y's shares" -> FUNDS, not OWNS
        "Granby Pharma will buy $50m of Quillon Therapeutics' ordinary shares at a premium.",
        [("granby-pharma", "FUNDS", "quillon-therapeutics")],
        [("granby-pharma", "OWNS", "quillon-therapeutics")],
    ),
    (  # software: "agreed to buy $N of Y's stock"
        "Astral Systems agreed to buy $200m of Nimbra Cloud's stock above market price.",
        [("astral-systems", "FUNDS", "nimbra-cloud")],
        [("astral-systems", "OWNS", "nimbra-cloud")],
    ),
    (  # mining: "bought €N worth of Y shares"
        "Corran Metals bought €40m of Lydd Minerals' shares in a placing.",
        [("corran-metals", "FUNDS", "lydd-minerals")],
        [("corran-metals", "OWNS", "lydd-minerals")],
    ),
]

GUARDS: list[Case] = [
    (  # a purchase of a majority stays OWNS only
        "Thornaby Foods bought a majority of Wessel Bakeries in 2017.",
        [("thornaby-foods", "OWNS", "wessel-bakeries")],
        [("thornaby-foods", "FUNDS", "wessel-bakeries")],
    ),
    (  # buying control from a family
        "Ravel Industries bought control of Pennick Textiles from the founding family.",
        [("ravel-industries", "OWNS", "pennick-textiles")],
        [("ravel-industries", "FUNDS", "pennick-textiles")],
    ),
    (  # an agreement to acquire
        "Ostler Group agreed to acquire Brisk Logistics for $300m.",
        [("ostler-group", "OWNS", "brisk-logistics")],
        [("ostler-group", "FUNDS", "brisk-logistics")],
    ),
    (  # a plain held stake
        "Dalmore Capital holds 25% of Kinloch Energy.",
        [("dalmore-capital", "OWNS", "kinloch-energy")],
        [("dalmore-capital", "FUNDS", "kinloch-energy")],
    ),
    (  # a plain held stake, relative clause
        "Kinloch Energy's other owner is Tarvin Power, which holds the remaining 60%.",
        [("tarvin-power", "OWNS", "kinloch-energy")],
        [("tarvin-power", "FUNDS", "kinloch-energy")],
    ),
    (  # a majority share purchase keeps OWNS
        "Granby Pharma will buy a majority of Quillon Therapeutics' shares for $2bn.",
        [("granby-pharma", "OWNS", "quillon-therapeutics")],
        [],
    ),
]

BANK = SAME_SENTENCE + SEPARATE_SENTENCE + MINORITY_BUYS + GUARDS
GAPS: dict[str, str] = {
    "Brindle Foods raised": "'the company' in the holders' relative clause resolves to a holder",
    "Halvard Labs will sell": "'will take 15% and 10% of X respectively': paired shares unread",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_stakefunds13(case: Case) -> None:
    check(*case)
