"""Genre bank for owners (round 12): completed purchases in relative clauses, passives, nouns
and "sold to"; ownership nouns and control verbs; several holders sharing one company; held
stakes whose company is left implicit.

- a holder after the agent's "by" of a founding ("X was founded by A and B, who together own
  41%"): the founded company, never the article's earlier topic;
- a gapped second holder ("A will hold 20%, and B 8%"): holds what the first holds;
- a contact relative whose subject carries its own descriptor ("X, a lens maker the Swiss
  group Y took over"): Y owns X.

Each case is a short invented article (text, relations that must be found, relations that must
not be) across food, optics, media, insurance, mining, freight, energy, banking and retail.
Guards: talks, bids, hopes and sales; a customer or adviser; a share of assets; a former stake;
a holder of a rival named with "of"; a by-agent who holds no share.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PURCHASES: list[Case] = [
    (  # food: object relative on an appositive head
        "Sales grew at Corvane Foods, the Dunmore bakery chain that Halvex Group acquired in 2021.",
        [("halvex-group", "OWNS", "corvane-foods")],
        [],
    ),
    (  # media: passive with a descriptor before the agent
        "Ferrow Press was acquired in 2020 by the media group Sallis.",
        [("sallis", "OWNS", "ferrow-press")],
        [],
    ),
    (  # optics: passive, adverb between
        "Marden Optics was bought last year by the Swiss lens maker Trovell.",
        [("trovell", "OWNS", "marden-optics")],
        [],
    ),
    (  # dairy: possessed finished takeover
        "The regulator cleared Kesk Foods' finished takeover of Arbo Dairy.",
        [("kesk-foods", "OWNS", "arbo-dairy")],
        [],
    ),
    (  # drinks: lost to a buyer, which bought it
        "The brewer lost Hollin Cider to Merrow Drinks, which bought it last year.",
        [("merrow-drinks", "OWNS", "hollin-cider")],
        [],
    ),
    (  # mining: sold to
        "Pellar Mining has sold Oskin Quarries to Travis Aggregates.",
        [("travis-aggregates", "OWNS", "oskin-quarries")],
        [],
    ),
    (  # dairy: a regulator fines the buyer after its purchase
        "The regulator fined Kesk Foods after its purchase of Arbo Dairy.",
        [("kesk-foods", "OWNS", "arbo-dairy")],
        [],
    ),
    (  # freight: contact relative on an appositive head
        "Vantora Freight, the haulier Quillex Systems bought in May, lost a client.",
        [("quillex-systems", "OWNS", "vantora-freight")],
        [],
    ),
    (  # food: contact relative, seller named
        "Revenue included Ostley Mills, the flour miller Brannock Foods bought from Pellar "
        "Capital in 2022.",
        [("brannock-foods", "OWNS", "ostley-mills")],
        [],
    ),
    (  # steel: "which X took over"
        "Brannock Steel, which Ostrel Industries took over in 2019, cut jobs.",
        [("ostrel-industries", "OWNS", "brannock-steel")],
        [],
    ),
    (  # insurance: "whose acquisition by X closed"
        "Pemble Insurance, whose acquisition by Corliss Group closed in March, cut jobs.",
        [("corliss-group", "OWNS", "pemble-insurance")],
        [],
    ),
    (  # caterer: nominal purchase with a definite subject
        "The Exley-based Dorne Engineering has grown since its 2023 purchase of the caterer "
        "Vantora Catering.",
        [("dorne-engineering", "OWNS", "vantora-catering")],
        [],
    ),
    (  # optics: contact relative, the buyer with its own descriptor
        "Profits fell at Marden Optics, a lens maker the Swiss group Trovell took over last year.",
        [("trovell", "OWNS", "marden-optics")],
        [],
    ),
    (  # retail: contact relative, buyer with a descriptor, "bought"
        "Tollan Stores, the grocer the investment firm Haxby Partners bought in 2019, is "
        "closing shops.",
        [("haxby-partners", "OWNS", "tollan-stores")],
        [],
    ),
    (  # energy: contact relative, buyer with a descriptor, "acquired"
        "Output rose at Holm Wind, a turbine operator the utility Brask Energy acquired in 2022.",
        [("brask-energy", "OWNS", "holm-wind")],
        [],
    ),
]

PURCHASE_GUARDS: list[Case] = [
    (  # talks only
        "Sallis held talks about buying Ferrow Press.",
        [],
        [("sallis", "OWNS", "ferrow-press")],
    ),
    (  # a failed bid
        "Kesk Foods' bid for Arbo Dairy collapsed.",
        [],
        [("kesk-foods", "OWNS", "arbo-dairy")],
    ),
    (  # a hope
        "Holm Energy is the developer Quillex Power once hoped to buy.",
        [],
        [("quillex-power", "OWNS", "holm-energy")],
    ),
    (  # intent in a contact relative
        "Holm Energy, the developer Quillex Power wants to buy, rejected the offer.",
        [],
        [("quillex-power", "OWNS", "holm-energy")],
    ),
    (  # a sale in a contact relative with a descriptor: the seller owns it no longer
        "Tollan Stores, the grocer the investment firm Haxby Partners sold in 2019, is closing "
        "shops.",
        [],
        [("haxby-partners", "OWNS", "tollan-stores")],
    ),
    (  # a contact relative with a descriptor: praise is no purchase
        "Marden Optics, a lens maker the Swiss group Trovell praised last year, cut jobs.",
        [],
        [("trovell", "OWNS", "marden-optics")],
    ),
    (  # a sale with the seller's descriptor
        "Marden Optics, a lens maker the Swiss group Trovell sold in 2020, cut jobs.",
        [],
        [("trovell", "OWNS", "marden-optics")],
    ),
    (  # a contact relative with a descriptor and an intent
        "Holm Wind, a turbine operator the utility Brask Energy hopes to buy, is growing.",
        [],
        [("brask-energy", "OWNS", "holm-wind")],
    ),
]

CONTROL: list[Case] = [
    (  # freight: "the trucking arm of X"
        "Vask Logistics, the trucking arm of Brixholm Group, hired 200 drivers.",
        [("brixholm-group", "OWNS", "vask-logistics")],
        [],
    ),
    (  # airline: "Its parent, X, a family holding company"
        "Pelham Air said profits rose. Its parent, Ure AG, a Merrow family holding company, "
        "approved the plan.",
        [("ure", "OWNS", "pelham-air")],
        [],
    ),
    (  # banking: controlled by
        "Dromara Bank is controlled by Kestrel Capital.",
        [("kestrel-capital", "OWNS", "dromara-bank")],
        [],
    ),
    (  # media: "who controls"
        "Ada Quell, who controls Zorvath Holdings, bought a yacht.",
        [("ada-quell", "OWNS", "zorvath-holdings")],
        [],
    ),
    (  # telecoms: possessed subsidiary
        "Tarrant Mobile said sales rose. Its servicing subsidiary, Tarrant Repairs, lost money.",
        [("tarrant-mobile", "OWNS", "tarrant-repairs")],
        [],
    ),
    (  # rubber: "a unit of"
        "Pellam Rubber is a unit of Quillex Tyres.",
        [("quillex-tyres", "OWNS", "pellam-rubber")],
        [],
    ),
    (  # guard: a customer
        "Vask Logistics, a customer of Brixholm Group, hired 200 drivers.",
        [],
        [("brixholm-group", "OWNS", "vask-logistics")],
    ),
    (  # guard: an adviser
        "Zorvath Holdings, which advises Pelham Air, cut fees.",
        [],
        [("zorvath-holdings", "OWNS", "pelham-air")],
    ),
    (  # banking: "which like Y is owned by X": both
        "Dromara Bank, which like Ostley Bank is owned by Kestrel Capital, raised rates.",
        [
            ("kestrel-capital", "OWNS", "dromara-bank"),
            ("kestrel-capital", "OWNS", "ostley-bank"),
        ],
        [],
    ),
]

SHARED: list[Case] = [
    (  # crisps: founders by a passive, who together own a share
        "Corvane Foods was founded by Ines Roll and Teo Marsk, who together own 41%.",
        [("ines-roll", "OWNS", "corvane-foods"), ("teo-marsk", "OWNS", "corvane-foods")],
        [],
    ),
    (  # one founder, "who owns"
        "Marden Chips was founded by Ines Roll, who owns 41%.",
        [("ines-roll", "OWNS", "marden-chips")],
        [],
    ),
    (  # W1: the founded firm, not the article's earlier topic
        "Corvane Foods opened a plant. Marden Chips was founded by Ines Roll, who owns 41%.",
        [("ines-roll", "OWNS", "marden-chips")],
        [("ines-roll", "OWNS", "corvane-foods")],
    ),
    (  # software: "set up by", "between them hold"
        "Corvane Foods opened a plant. Tessel Soft, which was set up by Mara Lind and Olu "
        "Bassey, who between them hold 60%, sells payroll tools.",
        [("mara-lind", "OWNS", "tessel-soft"), ("olu-bassey", "OWNS", "tessel-soft")],
        [("mara-lind", "OWNS", "corvane-foods"), ("olu-bassey", "OWNS", "corvane-foods")],
    ),
    (  # energy: an organization as founder, "which still holds"
        "Lask Grid was established by Brixholm Chemicals, which still holds 30%.",
        [("brixholm-chemicals", "OWNS", "lask-grid")],
        [],
    ),
    (  # adverb form
        "Ines Roll and Teo Marsk together own 41% of Corvane Foods.",
        [("ines-roll", "OWNS", "corvane-foods"), ("teo-marsk", "OWNS", "corvane-foods")],
        [],
    ),
    (  # founders named by apposition
        "Corvane Foods opened a plant. Its founders, Ines Roll and Teo Marsk, who between "
        "them hold 41%, are selling.",
        [("ines-roll", "OWNS", "corvane-foods"), ("teo-marsk", "OWNS", "corvane-foods")],
        [],
    ),
    (  # set up by two firms, each keeping half
        "Brixholm Chemicals and Quenby Energy set up Lask Grid, each keeping half.",
        [
            ("brixholm-chemicals", "OWNS", "lask-grid"),
            ("quenby-energy", "OWNS", "lask-grid"),
        ],
        [],
    ),
    (  # fraction passive with an elided participle
        "Corvane Foods is 60% owned by Ostrel Capital and 40% by Brannock Partners.",
        [
            ("ostrel-capital", "OWNS", "corvane-foods"),
            ("brannock-partners", "OWNS", "corvane-foods"),
        ],
        [],
    ),
    (  # guard: a founder by "by" who sold the share
        "Marden Chips was founded by Ines Roll, who sold her 41% last year.",
        [],
        [("ines-roll", "OWNS", "marden-chips")],
    ),
    (  # guard: founders who share work, not shares
        "Corvane Foods was founded by Ines Roll and Teo Marsk, who between them hired forty "
        "engineers.",
        [],
        [("ines-roll", "OWNS", "corvane-foods")],
    ),
    (  # guard: a share of something else
        "Marden Chips was founded by Ines Roll, who owns 41% of Pellar Snacks.",
        [("ines-roll", "OWNS", "pellar-snacks")],
        [("ines-roll", "OWNS", "marden-chips")],
    ),
    (  # guard: a by-agent of a purchase with a share of its own elsewhere: no founding
        "Corvane Foods opened a plant. Marden Chips was praised by Ines Roll, who owns 41%.",
        [],
        [("ines-roll", "OWNS", "marden-chips")],
    ),
]

HELD: list[Case] = [
    (  # listing: gapped second holder
        "Corvane Foods will list in May. Ostrel Capital will hold 20%, and Brannock Partners 8%.",
        [
            ("ostrel-capital", "OWNS", "corvane-foods"),
            ("brannock-partners", "OWNS", "corvane-foods"),
        ],
        [],
    ),
    (  # mining: gapped holder with the company named
        "Ostrel Capital owns 55% of Pellar Mining, and Brannock Partners 12%.",
        [
            ("ostrel-capital", "OWNS", "pellar-mining"),
            ("brannock-partners", "OWNS", "pellar-mining"),
        ],
        [],
    ),
    (  # retail: gapped holder after a semicolon
        "Haxby Growth holds 30% of Tollan Stores; Merrow Partners 15%.",
        [
            ("haxby-growth", "OWNS", "tollan-stores"),
            ("merrow-partners", "OWNS", "tollan-stores"),
        ],
        [],
    ),
    (  # guard: a gapped growth figure is no share
        "Ostrel Capital owns 55% of Pellar Mining. Its revenue rose 20%, and Brannock Partners 8%.",
        [],
        [("brannock-partners", "OWNS", "pellar-mining")],
    ),
    (  # guard: a gapped share of another company
        "Ostrel Capital owns 55% of Pellar Mining, and Brannock Partners 12% of Tollan Stores.",
        [],
        [("brannock-partners", "OWNS", "pellar-mining")],
    ),
    (  # topic holder, "holding 17%"
        "Corvane Foods opened a plant. The chain's top investor is Pimsworth Capital, holding 17%.",
        [("pimsworth-capital", "OWNS", "corvane-foods")],
        [],
    ),
    (  # topic holder, minority owner of the group
        "Corvane Foods opened a plant. Tresk Advisers, a minority owner of the group, opposed "
        "the sale.",
        [("tresk-advisers", "OWNS", "corvane-foods")],
        [],
    ),
    (  # "which owns 12%": OWNS only
        "Corvane Foods opened a plant. Haxby Fund, which owns 12%, declined to comment.",
        [("haxby-fund", "OWNS", "corvane-foods")],
        [],
    ),
    (  # activism: an appositive holder "with a 5% holding", company implicit
        "Corvane Foods opened a plant. Umber Partners, an activist with roughly a 5 per cent "
        "holding, wants two seats.",
        [("umber-partners", "OWNS", "corvane-foods")],
        [],
    ),
    (  # banking: "an investor with a 7% stake", the takeover target as topic
        "Nordvik Bank agreed to buy Brenna Bank. Osric Capital, a hedge fund with a 7% stake, "
        "opposes the deal.",
        [("osric-capital", "OWNS", "brenna-bank")],
        [("osric-capital", "OWNS", "nordvik-bank")],
    ),
    (  # a plain "with" share
        "Tollan Stores cut prices. Merrow Partners, with an 11% shareholding, backed the plan.",
        [("merrow-partners", "OWNS", "tollan-stores")],
        [],
    ),
    (  # guard: a market share
        "Corvane Foods opened a plant. Tollan Stores, a rival grocer with a 9% share, lost ground.",
        [],
        [("tollan-stores", "OWNS", "corvane-foods")],
    ),
    (  # guard: a stake in a named company
        "Corvane Foods opened a plant. Umber Partners, an activist with a 5% stake in Tollan "
        "Stores, wants two seats.",
        [],
        [("umber-partners", "OWNS", "corvane-foods")],
    ),
    (  # guard: a return target
        "Corvane Foods opened a plant. Umber Partners, a fund with a 5% return target, wants "
        "two seats.",
        [],
        [("umber-partners", "OWNS", "corvane-foods")],
    ),
    (  # guard: a share of assets
        "Corvane Foods opened a plant. Pimsworth Capital holds 17% of its assets in bonds.",
        [],
        [("pimsworth-capital", "OWNS", "corvane-foods")],
    ),
    (  # guard: a share of a rival named with "of"
        "Corvane Foods opened a plant. Haxby Fund owns 12% of a rival, Ostley Mills.",
        [("haxby-fund", "OWNS", "ostley-mills")],
        [("haxby-fund", "OWNS", "corvane-foods")],
    ),
    (  # guard: a former holding
        "Corvane Foods opened a plant. Ostrel Capital sold its 20% last year.",
        [],
        [("ostrel-capital", "OWNS", "corvane-foods")],
    ),
    (  # minority stake bought: FUNDS
        "Ossifar Capital took a 6% stake in Marden Chips in March.",
        [("ossifar-capital", "FUNDS", "marden-chips")],
        [],
    ),
    (  # bought and still held: both
        "Haxby Growth bought 30% of Marden Chips in 2019 and keeps that holding today.",
        [("haxby-growth", "FUNDS", "marden-chips"), ("haxby-growth", "OWNS", "marden-chips")],
        [],
    ),
    (  # topic holder at a rank with a share
        "Corvane Foods opened a plant. Ostrel Capital remains the biggest investor at 20%.",
        [("ostrel-capital", "OWNS", "corvane-foods")],
        [],
    ),
    (  # shareholder list ending "with the rest"
        "The shareholders of Corvane Foods are Ostrel Capital with 51%, Brannock Partners with "
        "29% and Haxby Growth with the rest.",
        [
            ("ostrel-capital", "OWNS", "corvane-foods"),
            ("brannock-partners", "OWNS", "corvane-foods"),
            ("haxby-growth", "OWNS", "corvane-foods"),
        ],
        [],
    ),
]

BANK = PURCHASES + PURCHASE_GUARDS + CONTROL + SHARED + HELD
GAPS: dict[str, str] = {
    "Dromara Bank, which like": "'which like Y is owned by X': the relative's antecedent is "
    "skipped for the name after 'like'; needs a comparison reading in verbal/passive",
    "The shareholders of Corvane Foods are Ostrel": "'with the rest' is no percentage: the "
    "list reader reads figures only",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_owns12(case: Case) -> None:
    check(*case)
