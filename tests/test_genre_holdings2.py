"""Genre bank for holdings and financing clauses: a holder in a relative clause ("which holds
12% of", "in which Y holds a 30% stake", "which is majority-controlled by"), percentage passives
("70%-owned by A and 30%-owned by B", a fronted "Majority-owned by"), copular holders ("The
largest shareholder in Y is X", "Y's top shareholder is X"), result and absolute phrases ("the
deal left A with a 40% stake", "with each holding half", "the rest is held by"), holding through
a vehicle, shareholder lists ("A (55%), B (27%)"), and financing (passive "will be financed by A
and B", "with debt from", a second funder in a trailing phrase).

Each case is a short invented sentence or two (text, relations that must be found, relations
that must not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos,
farming, telecoms and insurance. Guards: a negated, hedged, questioned or denied holding, a
supplier or customer, a sold stake, an intent to raise, a lender to an acquisition (no FUNDS of
the target), a share described after a buyer (no stake for the buyer), two financiers of one
borrower (not each other's).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

RELATIVE: list[Case] = [
    (  # food: 'which holds N% of'
        "Dravo Capital, which holds 12% of Mintra Foods, voted against the plan.",
        [("dravo-capital", "OWNS", "mintra-foods")],
        [],
    ),
    (  # mining: 'which is majority-controlled by'
        "Lenza Mining, which is majority-controlled by Cato Partners, cut its dividend.",
        [("cato-partners", "OWNS", "lenza-mining")],
        [],
    ),
    (  # shipping: 'in which Y holds a stake'
        "Orsk Shipping, in which Bellamy Holdings holds a 30% stake, ordered two tankers.",
        [("bellamy-holdings", "OWNS", "orsk-shipping")],
        [],
    ),
    (  # banking: 'in which the X owns a stake'
        "Quarry Bank, in which the Haldane Trust owns a 25% stake, posted a loss.",
        [("haldane-trust", "OWNS", "quarry-bank")],
        [],
    ),
    (  # pharma: 'which is 60%-owned by'
        "Pexa Pharma, which is 60%-owned by Grenmoor Capital, filed for approval.",
        [("grenmoor-capital", "OWNS", "pexa-pharma")],
        [],
    ),
    (  # insurance: 'whose largest shareholder is'
        "Halden Insurance, whose largest shareholder is Vesta Group, raised premiums.",
        [("vesta-group", "OWNS", "halden-insurance")],
        [],
    ),
    (  # autos: object relative 'which A owns jointly with B'
        "Tolvik Autos, which Aske Trust owns jointly with Grenmoor Capital, builds vans.",
        [("aske-trust", "OWNS", "tolvik-autos"), ("grenmoor-capital", "OWNS", "tolvik-autos")],
        [("aske-trust", "OWNS", "grenmoor-capital")],
    ),
    (  # telecoms: 'which is wholly-controlled by'
        "Sarn Telecom, which is wholly-controlled by Brisca Holdings, cut prices.",
        [("brisca-holdings", "OWNS", "sarn-telecom")],
        [],
    ),
]


PASSIVES: list[Case] = [
    (  # energy: two percentage passives
        "Tolvik Energy is 70%-owned by Aske Trust and 30%-owned by Grenmoor Capital.",
        [("aske-trust", "OWNS", "tolvik-energy"), ("grenmoor-capital", "OWNS", "tolvik-energy")],
        [("aske-trust", "OWNS", "grenmoor-capital")],
    ),
    (  # telecoms: 'is majority-owned by'
        "Marlow Telecom is majority-owned by Sendra Holdings.",
        [("sendra-holdings", "OWNS", "marlow-telecom")],
        [],
    ),
    (  # media: fronted 'Controlled by'
        "Controlled by the Petrov family's Iskra Group, Varna Media owns four newspapers.",
        [("iskra-group", "OWNS", "varna-media")],
        [],
    ),
    (  # food: fronted 'Majority-owned by'
        "Majority-owned by Halstead Partners, Brindle Foods sells frozen meals.",
        [("halstead-partners", "OWNS", "brindle-foods")],
        [],
    ),
    (  # retail: fronted 'Wholly-owned by'
        "Wholly-owned by Corlan Group, Mosby Stores runs 40 shops.",
        [("corlan-group", "OWNS", "mosby-stores")],
        [],
    ),
    (  # autos: 'is jointly owned by A and B'
        "Corvo Autos is jointly owned by Tessin Motors and Aldway Group.",
        [("tessin-motors", "OWNS", "corvo-autos"), ("aldway-group", "OWNS", "corvo-autos")],
        [],
    ),
    (  # farming: 'is 51% owned by'
        "Fennick Farms is 51% owned by Larch Agri Holdings.",
        [("larch-agri-holdings", "OWNS", "fennick-farms")],
        [],
    ),
    (  # mining: 'is majority-controlled by'
        "Kolby Mining is majority-controlled by Arrow Resources.",
        [("arrow-resources", "OWNS", "kolby-mining")],
        [],
    ),
    (  # shipping: fronted 'Jointly-owned by A and B'
        "Jointly-owned by Halstead Partners and Corlan Group, Brindle Shipping runs six ferries.",
        [
            ("halstead-partners", "OWNS", "brindle-shipping"),
            ("corlan-group", "OWNS", "brindle-shipping"),
        ],
        [],
    ),
]


COPULAS: list[Case] = [
    (  # banking: 'X is now the largest shareholder in Y'
        "Osric Capital is now the largest shareholder in Brenna Bank with 14%.",
        [("osric-capital", "OWNS", "brenna-bank")],
        [],
    ),
    (  # pharma: 'X has become the biggest shareholder in Y'
        "Grenmoor Capital has become the biggest shareholder in Pexa Pharma.",
        [("grenmoor-capital", "OWNS", "pexa-pharma")],
        [],
    ),
    (  # food: 'Y's shareholders include A and B' (OWNS, not FUNDS)
        "Mintra Foods' shareholders include Cato Partners and Dravo Capital.",
        [("cato-partners", "OWNS", "mintra-foods"), ("dravo-capital", "OWNS", "mintra-foods")],
        [("cato-partners", "FUNDS", "mintra-foods")],
    ),
    (  # insurance: appositive 'a shareholder in Y' is OWNS only
        "Vesta Group, a shareholder in Halden Insurance, opposed the bid.",
        [("vesta-group", "OWNS", "halden-insurance")],
        [("vesta-group", "FUNDS", "halden-insurance")],
    ),
    (  # mining: a project's shareholders fund it
        "The Tarrow copper mine's shareholders include Pell Capital and Orin Mining.",
        [("pell-capital", "FUNDS", "tarrow"), ("orin-mining", "FUNDS", "tarrow")],
        [("pell-capital", "OWNS", "tarrow")],
    ),
    (  # food: 'Its biggest holder is X, with 18%'
        "Mintra Foods fell 4%. Its biggest holder is Cato Partners, with 18%.",
        [("cato-partners", "OWNS", "mintra-foods")],
        [],
    ),
    (  # banking: 'The largest shareholder in Y is X'
        "The largest shareholder in Brenna Bank is Osric Capital.",
        [("osric-capital", "OWNS", "brenna-bank")],
        [],
    ),
    (  # telecoms: 'X remains Y's biggest shareholder'
        "Varden Capital remains Lystra Telecom's biggest shareholder.",
        [("varden-capital", "OWNS", "lystra-telecom")],
        [],
    ),
    (  # retail: 'Y's top shareholder is the X, with 22%'
        "Ardent Retail's top shareholder is the Morrow Foundation, with 22%.",
        [("morrow-foundation", "OWNS", "ardent-retail")],
        [],
    ),
    (  # insurance: 'X is the largest shareholder of Y'
        "Hollis Group is the largest shareholder of Tarn Insurance, with a 15% stake.",
        [("hollis-group", "OWNS", "tarn-insurance")],
        [],
    ),
    (  # media: 'The biggest owner of Y remains X'
        "The biggest owner of Lystra Media remains Varden Capital.",
        [("varden-capital", "OWNS", "lystra-media")],
        [],
    ),
    (  # energy: plural 'Y's main owners are A and B'
        "Pellow Energy's main owners are Varden Capital and Osric Group.",
        [("varden-capital", "OWNS", "pellow-energy"), ("osric-group", "OWNS", "pellow-energy")],
        [("varden-capital", "OWNS", "osric-group")],
    ),
]


RESULTS: list[Case] = [
    (  # energy: 'with the remaining 30% held by B' after a passive
        "Tolvik Energy is 70% owned by Aske Trust, with the remaining 30% held by Grenmoor "
        "Capital.",
        [("aske-trust", "OWNS", "tolvik-energy"), ("grenmoor-capital", "OWNS", "tolvik-energy")],
        [("grenmoor-capital", "OWNS", "aske-trust")],
    ),
    (  # farming: 'with the other 40% held by B' after a purchase
        "Larch Agri bought 60% of Fennick Farms, with the other 40% held by Corrin Seeds.",
        [("larch-agri", "OWNS", "fennick-farms"), ("corrin-seeds", "OWNS", "fennick-farms")],
        [("corrin-seeds", "OWNS", "larch-agri")],
    ),
    (  # shipping: ellipsis '70%-owned by A and 30% by B'
        "Brenholt Shipping is 70%-owned by Aske Trust and 30% by Grenmoor Capital.",
        [
            ("aske-trust", "OWNS", "brenholt-shipping"),
            ("grenmoor-capital", "OWNS", "brenholt-shipping"),
        ],
        [("grenmoor-capital", "OWNS", "aske-trust")],
    ),
    (  # retail: 'while B holds the remaining 30%'
        "Mosby Stores is 70% owned by Corlan Group, while Pellan Capital holds the remaining 30%.",
        [("corlan-group", "OWNS", "mosby-stores"), ("pellan-capital", "OWNS", "mosby-stores")],
        [("pellan-capital", "OWNS", "corlan-group")],
    ),
    (  # mining: 'A holds 55% of Y; B has 27%'
        "Aske Trust holds 55% of Dunmore Mining; Grenmoor Capital has 27%.",
        [("aske-trust", "OWNS", "dunmore-mining"), ("grenmoor-capital", "OWNS", "dunmore-mining")],
        [("grenmoor-capital", "OWNS", "aske-trust")],
    ),
    (  # media: 'will leave A with 55% of Y'
        "The merger will leave Aske Trust with 55% of Varna Media.",
        [("aske-trust", "OWNS", "varna-media")],
        [],
    ),
    (  # energy: 'the deal left A with a 40% stake in Y'
        "Aske Trust bought shares in Tolvik Energy. The deal left Aske Trust with a 40% stake in "
        "Tolvik Energy.",
        [("aske-trust", "OWNS", "tolvik-energy")],
        [],
    ),
    (  # autos: 'with each holding half'
        "Tessin Motors and Aldway Group set up Corvo Autos in 2019, with each holding half.",
        [("tessin-motors", "OWNS", "corvo-autos"), ("aldway-group", "OWNS", "corvo-autos")],
        [("tessin-motors", "OWNS", "aldway-group")],
    ),
    (  # pharma: 'the rest is held by'
        "Grenmoor Capital owns 60% of Pexa Pharma; the rest is held by Ridley Partners.",
        [("grenmoor-capital", "OWNS", "pexa-pharma"), ("ridley-partners", "OWNS", "pexa-pharma")],
        [("ridley-partners", "OWNS", "grenmoor-capital")],
    ),
    (  # shipping: 'owns Y through its vehicle V'
        "Aske Trust owns Brenholt Shipping through its vehicle Corlan Holdings.",
        [("aske-trust", "OWNS", "brenholt-shipping")],
        [],
    ),
    (  # mining: 'holds its stake in Y through V'
        "Holmgard Partners holds its stake in Dunmore Mining through Estrel Holdings, its "
        "investment arm.",
        [("holmgard-partners", "OWNS", "dunmore-mining")],
        [],
    ),
]


LISTS: list[Case] = [
    (  # media: 'shareholders are A (55%), B (27%) and C (18%)'
        "Zeltra Media's shareholders are Orban Capital (55%), Kessel Group (27%) and Lotte Fund "
        "(18%).",
        [
            ("orban-capital", "OWNS", "zeltra-media"),
            ("kessel-group", "OWNS", "zeltra-media"),
            ("lotte-fund", "OWNS", "zeltra-media"),
        ],
        [("orban-capital", "OWNS", "kessel-group")],
    ),
    (  # telecoms: 'owned by A (60%) and B (40%)'
        "Brask Telecom is owned by Norlan Group (60%) and Vetch Capital (40%).",
        [("norlan-group", "OWNS", "brask-telecom"), ("vetch-capital", "OWNS", "brask-telecom")],
        [],
    ),
]


FINANCING: list[Case] = [
    (  # energy: passive 'will be financed by A and B'
        "The Corrib plant will be financed by Krell Bank and Ostra Capital.",
        [("krell-bank", "FUNDS", "corrib"), ("ostra-capital", "FUNDS", "corrib")],
        [("krell-bank", "FUNDS", "ostra-capital")],
    ),
    (  # energy: 'with debt from'
        "Delmar Solar will build the farm with debt from Krell Bank.",
        [("krell-bank", "FUNDS", "delmar-solar")],
        [],
    ),
    (  # food: 'a round X headed, Y also taking part'
        "Ravel Foods raised $30 million in a round Pexley Ventures headed, Ardo Capital also "
        "taking part.",
        [("pexley-ventures", "FUNDS", "ravel-foods"), ("ardo-capital", "FUNDS", "ravel-foods")],
        [],
    ),
    (  # pharma: 'with Y also participating'
        "Tamber Health raised $12 million from Ivers Capital, with Selden Partners also "
        "participating.",
        [
            ("ivers-capital", "FUNDS", "tamber-health"),
            ("selden-partners", "FUNDS", "tamber-health"),
        ],
        [],
    ),
    (  # mining: passive progressive 'is being funded by A and B'
        "The expansion of Kolby Mining is being funded by Arrow Bank and Wessel Capital.",
        [("arrow-bank", "FUNDS", "kolby-mining"), ("wessel-capital", "FUNDS", "kolby-mining")],
        [("arrow-bank", "FUNDS", "wessel-capital")],
    ),
    (  # shipping: 'a loan from A and an equity injection from B'
        "Venn Shipping secured a loan from Krell Bank and an equity injection from Ostra Capital.",
        [("krell-bank", "FUNDS", "venn-shipping"), ("ostra-capital", "FUNDS", "venn-shipping")],
        [("krell-bank", "FUNDS", "ostra-capital"), ("ostra-capital", "FUNDS", "krell-bank")],
    ),
    (  # energy: 'with debt from A and equity from B'
        "Delmar Solar will build the farm with debt from Krell Bank and equity from Ostra Capital.",
        [("krell-bank", "FUNDS", "delmar-solar"), ("ostra-capital", "FUNDS", "delmar-solar")],
        [("ostra-capital", "FUNDS", "krell-bank"), ("krell-bank", "FUNDS", "ostra-capital")],
    ),
    (  # farming: a project's 'grant from A and a loan from B'
        "The Corrib wind farm got a grant from Krell Bank and a $20 million loan from Ostra "
        "Capital.",
        [("krell-bank", "FUNDS", "corrib"), ("ostra-capital", "FUNDS", "corrib")],
        [("ostra-capital", "FUNDS", "krell-bank")],
    ),
    (  # pharma: contact relative 'a round that X led'
        "Quenby Bio raised $40 million in a round that Orwell Bio Fund led.",
        [("orwell-bio-fund", "FUNDS", "quenby-bio")],
        [],
    ),
    (  # farming: a minority stake taken is FUNDS
        "Sable Insurance took a 9% stake in Corran Farms.",
        [("sable-insurance", "FUNDS", "corran-farms")],
        [("sable-insurance", "OWNS", "corran-farms")],
    ),
]


GUARDS: list[Case] = [
    (  # retail: 'the remainder sits with' after a buyer
        "Nordvik Bank bought 55% of Tessa Retail. The remainder sits with Dravo Capital.",
        [("nordvik-bank", "OWNS", "tessa-retail")],
        [("dravo-capital", "OWNS", "nordvik-bank")],
    ),
    (  # retail: a bare share after a takeover is the target's
        "Nordvik Bank agreed to buy Tessa Retail. Cato Partners, which owns 18%, backs the deal.",
        [("cato-partners", "OWNS", "tessa-retail")],
        [("cato-partners", "OWNS", "nordvik-bank")],
    ),
    (  # insurance: 'with N%' holder after a takeover
        "Halden Insurance is buying Tarn Assurance. Vesta Group, with 12%, has agreed to sell.",
        [("vesta-group", "OWNS", "tarn-assurance")],
        [("vesta-group", "OWNS", "halden-insurance")],
    ),
    (  # media: 'Its largest holder is X, with N%' after a takeover
        "Orban Media agreed to buy Zeltra Radio. Its largest holder is Kessel Group, with 21%.",
        [("kessel-group", "OWNS", "zeltra-radio")],
        [("kessel-group", "OWNS", "orban-media")],
    ),
    (  # pharma: 'owns N% and B M%' after a takeover
        "Pexa Pharma agreed to buy Quenby Bio. Orwell Fund owns 18% and Dravo Capital 12%.",
        [("orwell-fund", "OWNS", "quenby-bio"), ("dravo-capital", "OWNS", "quenby-bio")],
        [("orwell-fund", "OWNS", "pexa-pharma")],
    ),
    (  # banking: 'The company's largest shareholder' after a takeover
        "Nordvik Bank agreed to buy Brenna Bank. The company's largest shareholder, Osric Capital,"
        " holds 18%.",
        [("osric-capital", "OWNS", "brenna-bank")],
        [("osric-capital", "OWNS", "nordvik-bank")],
    ),
    (  # retail: a bare share after a bid is the target's
        "Nordvik Bank made a $2 billion offer for Tessa Retail. Cato Partners, which owns 18%, "
        "said it would accept.",
        [("cato-partners", "OWNS", "tessa-retail")],
        [("cato-partners", "OWNS", "nordvik-bank")],
    ),
    (  # telecoms: after 'in talks to buy T'
        "Sendra Holdings is in talks to buy Marlow Telecom. Vetch Capital, which holds 9%, "
        "supports the talks.",
        [("vetch-capital", "OWNS", "marlow-telecom")],
        [("vetch-capital", "OWNS", "sendra-holdings")],
    ),
    (  # banking: a named company after a bid keeps its holder
        "Nordvik Bank made an offer for Brenna Bank. Osric Capital holds 18% of Nordvik Bank.",
        [("osric-capital", "OWNS", "nordvik-bank")],
        [("osric-capital", "OWNS", "brenna-bank")],
    ),
    (  # food: a pronoun holder after a buyer
        "Orwell Capital agreed to buy Pella Foods. Its largest holder is Cato Partners.",
        [],
        [("cato-partners", "OWNS", "orwell-capital")],
    ),
    (  # mining: a lender to an acquisition funds no target
        "Brant Group acquired Hesk Mining with a loan from Krell Bank.",
        [("brant-group", "OWNS", "hesk-mining")],
        [("krell-bank", "FUNDS", "hesk-mining")],
    ),
    (  # mining: ', funded by a loan from L' after a purchase
        "Brant Group agreed to buy Hesk Mining for $2 billion, funded by a loan from Krell Bank.",
        [("brant-group", "OWNS", "hesk-mining"), ("krell-bank", "FUNDS", "brant-group")],
        [("krell-bank", "FUNDS", "hesk-mining")],
    ),
    (  # retail: a possessed takeover 'is being financed by L'
        "Corlan Group's takeover of Mosby Stores is being financed by Arrow Bank.",
        [("corlan-group", "OWNS", "mosby-stores"), ("arrow-bank", "FUNDS", "corlan-group")],
        [("arrow-bank", "OWNS", "mosby-stores"), ("arrow-bank", "FUNDS", "mosby-stores")],
    ),
    (  # energy: a second clause's share of another company
        "Aske Trust owns 70% of Tolvik Energy, while Grenmoor Capital holds 20% of Brenn Mining.",
        [("aske-trust", "OWNS", "tolvik-energy"), ("grenmoor-capital", "OWNS", "brenn-mining")],
        [("grenmoor-capital", "OWNS", "tolvik-energy")],
    ),
    (  # retail: a second clause with no share
        "Mosby Stores is owned by Corlan Group, while Pellan Retail has 300 stores.",
        [("corlan-group", "OWNS", "mosby-stores")],
        [("pellan-retail", "OWNS", "mosby-stores")],
    ),
    (  # autos: 'will end up with N% of Y'
        "Tessin Motors will end up with 35% of Corvo Autos.",
        [("tessin-motors", "OWNS", "corvo-autos")],
        [],
    ),
    (  # media: 'left A with N% fewer' is no stake
        "The strike left Varna Media with 20% fewer readers.",
        [],
        [("varna-media", "OWNS", "readers")],
    ),
    (  # food: negation
        "Dravo Capital does not own a stake in Mintra Foods.",
        [],
        [("dravo-capital", "OWNS", "mintra-foods")],
    ),
    (  # food: hedge
        "Dravo Capital may buy a stake in Mintra Foods, people familiar said.",
        [],
        [("dravo-capital", "OWNS", "mintra-foods")],
    ),
    (  # shipping: goods bought from two sellers are no funding
        "Venn Shipping bought two ships from Krell Yards and a crane from Ostra Cranes.",
        [],
        [("ostra-cranes", "FUNDS", "venn-shipping"), ("krell-yards", "FUNDS", "venn-shipping")],
    ),
    (  # mining: question
        "Is the largest shareholder of Lenza Mining Cato Partners?",
        [],
        [("cato-partners", "OWNS", "lenza-mining")],
    ),
    (  # insurance: denial
        "Halden Insurance denied that Vesta Group controls it.",
        [],
        [("vesta-group", "OWNS", "halden-insurance")],
    ),
    (  # shipping: a supplier
        "Krell Bank supplies payment software to Venn Shipping.",
        [],
        [("krell-bank", "FUNDS", "venn-shipping"), ("krell-bank", "OWNS", "venn-shipping")],
    ),
    (  # mining: a customer
        "Ostra Capital is the biggest customer of Tarn Mining.",
        [],
        [("ostra-capital", "OWNS", "tarn-mining")],
    ),
    (  # media: a sold stake links no seller to buyer
        "Kessel Group sold its 20% stake in Zeltra Media to Orban Capital.",
        [],
        [("kessel-group", "OWNS", "orban-capital")],
    ),
    (  # telecoms: intent to raise
        "Marlow Telecom plans to raise money from Sendra Holdings next year.",
        [],
        [("sendra-holdings", "FUNDS", "marlow-telecom")],
    ),
    (  # banking: a customer copula
        "The largest customer of Brenna Bank is Osric Capital.",
        [],
        [("osric-capital", "OWNS", "brenna-bank")],
    ),
    (  # retail: a negated copula
        "The largest shareholder in Ardent Retail is not Morrow Group.",
        [],
        [("morrow-group", "OWNS", "ardent-retail")],
    ),
]


BANK: list[Case] = RELATIVE + PASSIVES + COPULAS + RESULTS + LISTS + FINANCING + GUARDS


LEFT: dict[str, str] = {
    "Nordvik Bank agreed to buy Brenna Bank. The company's": (
        "'the company' after a takeover resolves to the buyer"
    ),
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_holdings2(case: Case) -> None:
    check(*case)
