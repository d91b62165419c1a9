"""Genre bank for references whose antecedent is chosen by role, grammar and kind rather than
by recency: "it" in a second that-clause of an announcement (the announcer), a possessive
determiner before a kin noun (never itself the subject: the appositive name is), a description
that must fit its antecedent's kind ("the fund", "the airport", "the group" after a named
investor), the company named as the holders' "of" complement before a shareholder list (not
the article's topic), "the two firms" after three candidates (nothing rather than a guess), and
owned things whose owner is only referred to ("its labels include A, B and C", "its parent, X").

Invented names only, across food, mining, shipping, banking, pharma, energy, retail, media,
autos, farming, telecoms, insurance and property. Guards: "its customer X", "its rival X",
"its former parent", "its bid for X", a person's "her", a pronoun between two equally salient
companies, a supply contract.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ANNOUNCER: list[Case] = [
    (  # food: "said it had bought B, and that it would open a factory in C"
        "Tessaly Foods said it had bought Marlen Dairy, and that it would open a factory in "
        "Utrecht.",
        [("tessaly-foods", "OWNS", "marlen-dairy"), ("tessaly-foods", "LOCATED_IN", "utrecht")],
        [("marlen-dairy", "LOCATED_IN", "utrecht")],
    ),
    (  # shipping: "announced it would acquire B and that it would move its headquarters to C"
        "Harbor Shipping announced it would acquire Tolvane Ferries and that it would move its "
        "headquarters to Bergen.",
        [
            ("harbor-shipping", "OWNS", "tolvane-ferries"),
            ("harbor-shipping", "LOCATED_IN", "bergen"),
        ],
        [("tolvane-ferries", "LOCATED_IN", "bergen")],
    ),
    (  # banking: "its chief executive" in the second clause is the announcer's
        "Corvane Bank said it had taken over Pellis Credit and that its chief executive, Mara "
        "Lund, would run the combined group.",
        [("corvane-bank", "OWNS", "pellis-credit"), ("mara-lund", "LEADS", "corvane-bank")],
        [("mara-lund", "LEADS", "pellis-credit")],
    ),
    (  # mining: "confirmed that it had bought B and said it would list its shares in C"
        "Vessa Mining confirmed that it had bought Orrin Copper and said it would keep Orrin "
        "Copper's mine in Peru.",
        [("vessa-mining", "OWNS", "orrin-copper")],
        [("orrin-copper", "OWNS", "vessa-mining")],
    ),
    (  # energy: "announced that it had sold B to C and that it would ..."
        "Brask Energy announced it had agreed to buy Ulmer Gas and that it would sue Tarvo "
        "Pipelines over a broken contract.",
        [("brask-energy", "OWNS", "ulmer-gas"), ("brask-energy", "DISPUTES", "tarvo-pipelines")],
        [("ulmer-gas", "DISPUTES", "tarvo-pipelines")],
    ),
]

POSSESSORS: list[Case] = [
    (  # telecoms: "Her brother, X, set up the company"
        "Karin Dovel chairs Farrow Telecom. Her brother, Anton Rusk, set up the company in 1998.",
        [("anton-rusk", "FOUNDED", "farrow-telecom")],
        [("karin-dovel", "FOUNDED", "farrow-telecom")],
    ),
    (  # farming: "Her grandfather, X, founded the business"
        "Mira Holt is the chief executive of Kestrel Dairies. Her grandfather, Otto Brandt, "
        "founded the business in 1952.",
        [("otto-brandt", "FOUNDED", "kestrel-dairies")],
        [("mira-holt", "FOUNDED", "kestrel-dairies")],
    ),
    (  # insurance: "Her father, X, founded the insurer"
        "Lena Varga manages Pellow Insurance. Her father, Imre Kaldi, founded the insurer in 1975.",
        [("imre-kaldi", "FOUNDED", "pellow-insurance")],
        [("lena-varga", "FOUNDED", "pellow-insurance")],
    ),
    (  # mining: "His cousin, X, launched the miner"
        "Tomas Reyes runs Alder Mines. His cousin, Ivo Santos, launched the miner in 2004.",
        [("ivo-santos", "FOUNDED", "alder-mines")],
        [("tomas-reyes", "FOUNDED", "alder-mines")],
    ),
    (  # property: an unnamed kin noun founded it: the person "her" refers to did not
        "Ines Marlow leads Corbel Estates. Her grandmother started the developer in 1931.",
        [],
        [("ines-marlow", "FOUNDED", "corbel-estates")],
    ),
    (  # retail: "His uncle bought a stake": not the man himself
        "Davor Lisk runs Pennant Stores. His uncle bought 10% of the chain in 2019.",
        [],
        [("davor-lisk", "OWNS", "pennant-stores")],
    ),
]

DESCRIPTIONS: list[Case] = [
    (  # banking: "the fund" is the pension fund, not the bidder named last
        "Brisco Mining made a bid for Tarrant Metals. Norvik Capital, a pension fund, holds 9% "
        "of Tarrant Metals. On Monday a spokesman said the fund would back the offer from "
        "Brisco Mining.",
        [
            ("norvik-capital", "OWNS", "tarrant-metals"),
            ("norvik-capital", "BACKS", "brisco-mining"),
        ],
        [],
    ),
    (  # food: "the group" is the main company, not the investor just named
        "Selma Foods raised its forecast on Tuesday. Grove Partners, a buyout firm, bought 4% of "
        "Selma Foods in March. The group said it would close its bakery unit, Crumbly.",
        [("selma-foods", "OWNS", "crumbly")],
        [("grove-partners", "OWNS", "crumbly")],
    ),
    (  # telecoms: the same with "Capital" investor
        "Halden Telecom reported strong results. Norra Capital bought 3% of Halden Telecom in "
        "May. The group said it would sell its tower unit, Pylonet.",
        [("halden-telecom", "OWNS", "pylonet")],
        [("norra-capital", "OWNS", "pylonet")],
    ),
    (  # aviation: "the airport" is no airline
        "Kelso Holdings runs the airport at Brenmouth. Vanta Air, a budget carrier, flies there. "
        "The airport is owned by Kelso Holdings.",
        [],
        [("kelso-holdings", "OWNS", "vanta-air")],
    ),
    (  # media: "the broadcaster" after a bank named last
        "Lumen Radio lost listeners in 2024. Corbin Bank lent it 40 million. The broadcaster "
        "then sold its Lumen Jazz station.",
        [],
        [("corbin-bank", "OWNS", "lumen-jazz")],
    ),
    (  # guard: "the group" that is the investor, by its own noun ("the investment group")
        "Selma Foods raised its forecast. Grove Partners, an investment group, bought 4% of "
        "Selma Foods in March. The investment group also owns Pellam Bakeries.",
        [("grove-partners", "OWNS", "pellam-bakeries")],
        [("selma-foods", "OWNS", "pellam-bakeries")],
    ),
]

HOLDERS: list[Case] = [
    (  # mining: "The shareholders of X are A, which owns 60%, and B, which holds 40%"
        "Varro Mining opened a mine. The shareholders of Pellam Copper are Orlan Metals, which "
        "owns 60%, and Tusk Resources, which holds 40%.",
        [("orlan-metals", "OWNS", "pellam-copper"), ("tusk-resources", "OWNS", "pellam-copper")],
        [("tusk-resources", "OWNS", "varro-mining")],
    ),
    (  # steel: "X's owners are A, with 70%, and B, with 30%"
        "Varro Mining reported profits. Dalmet Steel's owners are Kessel Group, with 70%, and "
        "Rook Capital, with 30%.",
        [("kessel-group", "OWNS", "dalmet-steel"), ("rook-capital", "OWNS", "dalmet-steel")],
        [("rook-capital", "OWNS", "varro-mining")],
    ),
    (  # energy: "the owners of X: A, which holds 51%, and B, which holds 49%"
        "Tarvo Power builds wind farms. The plant is run by the owners of Dalmet Energy: Orlan "
        "Power, which holds 51%, and Brisco Utilities, which holds 49%.",
        [("orlan-power", "OWNS", "dalmet-energy"), ("brisco-utilities", "OWNS", "dalmet-energy")],
        [("brisco-utilities", "OWNS", "tarvo-power"), ("orlan-power", "OWNS", "tarvo-power")],
    ),
    (  # pharma: "investors in X include A, with 12%, and B, with 8%"
        "Quenby Pharma won approval. The investors in Ostrel Bio are Marwood Ventures, with 12%, "
        "and Halvard Partners, with 8%.",
        [("halvard-partners", "OWNS", "ostrel-bio")],
        [("halvard-partners", "OWNS", "quenby-pharma")],
    ),
    (  # guard: no company named with the holders: the topic stays the held company
        "Quenby Pharma won approval. Marwood Ventures, which holds 12%, backed the plan.",
        [("marwood-ventures", "OWNS", "quenby-pharma")],
        [],
    ),
]

PAIRS: list[Case] = [
    (  # retail: three candidates, "the two firms": nothing
        "Quillex Retail, Brisco Foods and Vantora Stores all cut prices in May. The two firms "
        "have worked as allies since 2019.",
        [],
        [
            ("vantora-stores", "PARTNERS_WITH", "brisco-foods"),
            ("quillex-retail", "PARTNERS_WITH", "brisco-foods"),
            ("quillex-retail", "PARTNERS_WITH", "vantora-stores"),
        ],
    ),
    (  # shipping: three named in one sentence before "the two groups"
        "Orvik Lines, Pellis Tankers and Marrow Freight bid for the port. The two groups have "
        "worked together for years.",
        [],
        [
            ("pellis-tankers", "PARTNERS_WITH", "marrow-freight"),
            ("orvik-lines", "PARTNERS_WITH", "pellis-tankers"),
        ],
    ),
    (  # guard: exactly two before: the pair stays
        "Quillex Retail and Brisco Foods signed a pact in May. The two firms have worked as "
        "allies since 2019.",
        [("quillex-retail", "PARTNERS_WITH", "brisco-foods")],
        [],
    ),
    (  # the pair last named together in one clause, a third named before
        "Quillex Retail competes with Vantora Stores. Quillex Retail and Brisco Foods signed a "
        "pact in May. The two firms have worked as allies since 2019.",
        [("quillex-retail", "PARTNERS_WITH", "brisco-foods")],
        [("vantora-stores", "PARTNERS_WITH", "brisco-foods")],
    ),
    (  # autos: three carmakers, "the two carmakers": nothing
        "Kessel Motors, Aldin Cars and Rovo Autos reported sales. The two carmakers later "
        "formed a joint venture.",
        [],
        [
            ("aldin-cars", "PARTNERS_WITH", "rovo-autos"),
            ("kessel-motors", "PARTNERS_WITH", "aldin-cars"),
        ],
    ),
]

OWNED: list[Case] = [
    (  # drinks: "Its labels include A, B juices and C snacks"
        "Pellam Drinks is growing. Its labels include Farrow, Pell juices and Carden snacks.",
        [("pellam-drinks", "OWNS", "farrow"), ("pellam-drinks", "OWNS", "carden")],
        [],
    ),
    (  # food: "Its brands include A, B and C"
        "Marlo Grocers is growing. Its brands include Tessaly, Brenna and Corvo.",
        [
            ("marlo-grocers", "OWNS", "tessaly"),
            ("marlo-grocers", "OWNS", "brenna"),
            ("marlo-grocers", "OWNS", "corvo"),
        ],
        [],
    ),
    (  # dairy: "Its parent, X, refused to comment"
        "Harwick Dairy is for sale. Its parent, Marlowe Invest, refused to comment.",
        [("marlowe-invest", "OWNS", "harwick-dairy")],
        [],
    ),
    (  # grocery: "The group's own label, X, ..."
        "Marlo Grocers had a strong year. The group's own label, Tessaly, now fills a third of "
        "the shelves.",
        [("marlo-grocers", "OWNS", "tessaly")],
        [],
    ),
    (  # fintech: "In 2021 it introduced X, a budgeting app" (a launch is FOUNDED)
        "Vessary Finance was founded in 2015. In 2021 it introduced Vellum, a budgeting app.",
        [("vessary-finance", "FOUNDED", "vellum")],
        [],
    ),
    (  # software: "Sales of its X payroll suite rose"
        "Quillex Software reported results on Monday. Sales of its Norvia payroll app rose 9%, "
        "the company said.",
        [("quillex-software", "OWNS", "norvia")],
        [],
    ),
    (  # logistics: "The firm also markets X, a fleet tracker"
        "Tarrant Logistics grew fast. The firm also markets Ulvane, a fleet tracker.",
        [("tarrant-logistics", "OWNS", "ulvane")],
        [],
    ),
    (  # telecoms: "its unit, X," after the company as subject
        "Halden Telecom reported strong results. It said it would sell its tower unit, Pylonet.",
        [("halden-telecom", "OWNS", "pylonet")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # "its customer X" is no possession
        "Farrow Foods grew sales. Its customer, Pellam Stores, renewed a supply deal.",
        [],
        [("farrow-foods", "OWNS", "pellam-stores")],
    ),
    (  # "its rival X"
        "Corvo Insurance cut premiums. Its rival, Tessel Mutual, followed a week later.",
        [],
        [("corvo-insurance", "OWNS", "tessel-mutual")],
    ),
    (  # "its former parent X"
        "Harwick Dairy listed its shares in May. Its former parent, Marlowe Invest, sold out in "
        "2020.",
        [],
        [("marlowe-invest", "OWNS", "harwick-dairy")],
    ),
    (  # "its bid for X" is no ownership
        "Brisco Mining raised its offer. Its bid for Tarrant Metals now values the miner at "
        "2 billion.",
        [],
        [("brisco-mining", "OWNS", "tarrant-metals")],
    ),
    (  # a person's "her" product line is not the company's by default
        "Lina Sorel left Orvik Media in 2020. Her podcast, Quiet Hours, now tops the charts.",
        [],
        [("orvik-media", "OWNS", "quiet-hours")],
    ),
    (  # two equally salient companies: "it" is not guessed
        "Kessel Motors and Aldin Cars both reported losses. It later bought Rovo Parts.",
        [],
        [("aldin-cars", "OWNS", "rovo-parts")],
    ),
    (  # a supply contract: the customer does not own the product
        "Vessary Tech sells its Kestrel scanner to Orlan Health under a supply deal.",
        [],
        [("orlan-health", "OWNS", "kestrel")],
    ),
    (  # a denied takeover, the pronoun resolved right
        "Pellis Foods denied reports that it would buy Marlen Dairy.",
        [],
        [("pellis-foods", "OWNS", "marlen-dairy")],
    ),
]

GAPS: dict[str, str] = {
    "Kelso Holdings runs": "'the airport' resolved to an airline",
    "Pellam Drinks is growing": "a list member typed Organization ('Pell juices') ends the list",
}


@pytest.mark.parametrize("case", gap_params(ANNOUNCER, GAPS))
def test_announcer(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(POSSESSORS, GAPS))
def test_possessors(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(DESCRIPTIONS, GAPS))
def test_descriptions(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(HOLDERS, GAPS))
def test_holders(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(PAIRS, GAPS))
def test_pairs(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(OWNED, GAPS))
def test_owned(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(GUARDS, GAPS))
def test_guards(case: Case) -> None:
    check(*case)
