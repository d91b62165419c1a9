"""Genre bank for owners and funders read from a product's or a holder's shape (round 20).

- a product appositive whose descriptor is "a range/line/brand of ..." ("Quickset, Lorrimer's
  flagship range of pans"): the possessor OWNS the product;
- a product named with a noun of no known type before ", made by ORG" or ", a ... made by ORG"
  ("the Tinta earpiece, made by Marbeck Sonics"): the maker OWNS it (an act one makes, "the
  offer, made by X", is none);
- the seller of a pending purchase ("is to buy X from Y"): Y OWNS X; a done sale's seller is a
  past owner and left;
- a share in a second passive conjunct after a founding passive ("was founded in 1971 by A and
  has been 65 per cent owned since 2016 by Y"): Y OWNS the company;
- a company's launched product ("a supplement that Ambrinco launched in 2021"): OWNS as well as
  FOUNDED (a gap: kept as xfail);
- a second object relative on a project joined by the other pronoun ("a scheme that A is
  building and which B and C will co-finance"): each FUNDS it (with a described second subject,
  "B and the regional lender C", a gap);
- a semicolon list of holders whose verb is left out ("A holds 41% of the shares; B, 24%; the C
  Fund, 13%; and D, 5%"): each OWNS the company.

Each case is a short invented text (relations that must be found, relations that must not be),
across cookware, paint, food, tools, hearing aids, cinemas, haulage, ferries, valves and pumps.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

RANGE_OF: list[Case] = [
    (  # cookware: "range of" after the possessor
        "Lorrimer Group reported lower profit. Sales of Quickset, Lorrimer's flagship range of "
        "nonstick pans, fell 4%.",
        [("lorrimer-group", "OWNS", "quickset")],
        [],
    ),
    (  # paint: the same, another sector
        "Walsby Group said revenue was flat. Sales of Weatherwall, Walsby's flagship range of "
        "masonry paints, slipped 6%.",
        [("walsby-group", "OWNS", "weatherwall")],
        [],
    ),
    (  # food: "best-selling brand of"
        "Demand for Brightline, Corvane Foods' best-selling brand of frozen pizzas, rose 3%.",
        [("corvane-foods", "OWNS", "brightline")],
        [],
    ),
    (  # guard: another body's person is no product
        "Tarvo Group said Nolan Reyes, Tarvo's head of sales, had quit.",
        [],
        [("tarvo-group", "OWNS", "nolan-reyes")],
    ),
]

MADE_BY: list[Case] = [
    (  # tools: "the X pruner, a ... tool made by ORG"
        "Brimley Tools said it would supply more outlets. Its best seller is the Thornguard "
        "pruner, a carbon-steel cutting tool made by Vellacott Steelworks, the Rendle-based "
        "group.",
        [("vellacott-steelworks", "OWNS", "thornguard")],
        [("brimley-tools", "OWNS", "thornguard")],
    ),
    (  # hearing aids: "the X listening aid, made by ORG"
        "A tribunal found on Thursday that the Clario 7 listening aid, made by Sonvella "
        "Acoustique, used a feedback filter covered by a rival's patent.",
        [("sonvella-acoustique", "OWNS", "clario-7")],
        [],
    ),
    (  # hearing aids: a second product in its own appositive
        "Its budget rival, the Tinta earpiece, made by Marbeck Sonics, was not part of the case.",
        [("marbeck-sonics", "OWNS", "tinta")],
        [],
    ),
    (  # kitchen goods: "manufactured by"
        "Retailers cleared shelves of the Corda kettle, manufactured by Holvane Appliances, "
        "after the recall.",
        [("holvane-appliances", "OWNS", "corda")],
        [],
    ),
    (  # guard: an offer made by a firm is no product of it
        "The Harlow offer, made by Vance Capital, was rejected by the board.",
        [],
        [("vance-capital", "OWNS", "harlow")],
    ),
    (  # guard: a payment made by a firm
        "The Dunmore payment, made by Kestrel Group in May, cleared the debt.",
        [],
        [("kestrel-group", "OWNS", "dunmore")],
    ),
]

SELLERS: list[Case] = [
    (  # cinemas: "is to buy X, aside, from buyout firm Y"
        "Ibbeson Group is to buy Starlight Kino, the Yeadon operator of eleven screens, from "
        "buyout firm Holmcroft Fund for £60m.",
        [("holmcroft-fund", "OWNS", "starlight-kino"), ("ibbeson-group", "OWNS", "starlight-kino")],
        [("holmcroft-fund", "OWNS", "ibbeson-group")],
    ),
    (  # chemicals: "agreed to acquire X from the Danish group Y"
        "Ardel Foods agreed to acquire Pellow Labs from the Danish group Norsk Kemi in March.",
        [("norsk-kemi", "OWNS", "pellow-labs")],
        [],
    ),
    (  # snacks: a relative clause, progressive
        "Glenmorrow Company, which is buying the Nantle Chip Company from Quoich Agrifund, "
        "wants to double output.",
        [("quoich-agrifund", "OWNS", "nantle-chip-company")],
        [],
    ),
    (  # guard: a stake bought from a seller names no whole company after the verb
        "Ardel Foods will buy a 20% stake in Pellow Labs from Norsk Kemi.",
        [],
        [("norsk-kemi", "OWNS", "ardel-foods")],
    ),
    (  # guard: goods bought from a supplier
        "Ardel Foods buys chips from Norsk Kemi.",
        [],
        [("norsk-kemi", "OWNS", "ardel-foods")],
    ),
    (  # guard: a seller apposed with "its" (the buyer's investor): the appositive says whose
        "Halden Marine will acquire Voss Ferries from Brandt Capital, its largest investor.",
        [],
        [("brandt-capital", "OWNS", "voss-ferries")],
    ),
    (  # guard: a done sale's seller is a past owner
        "Ardel Foods bought Pellow Labs from Norsk Kemi in 2019.",
        [("ardel-foods", "OWNS", "pellow-labs")],
        [("norsk-kemi", "OWNS", "pellow-labs")],
    ),
]

SHARE_CONJUNCTS: list[Case] = [
    (  # bakery: "has been 65 per cent owned since 2016 by Y" after "was founded ... by A"
        "Brenlow Loaves announced a third oven line. Brenlow was founded in 1971 by the baker "
        "Angus Murrane and has been 65 per cent owned since 2016 by Fennmark, the dairy "
        "cooperative.",
        [("fennmark", "OWNS", "brenlow-loaves"), ("angus-murrane", "FOUNDED", "brenlow-loaves")],
        [("angus-murrane", "OWNS", "brenlow-loaves")],
    ),
    (  # ferries: "set up ... and has been 80 per cent owned since 2012 by"
        "Quarnby Ferries has ordered two hybrid vessels. Quarnby was set up in 1988 by the "
        "skipper Angus Sturrock and has been 80 per cent owned since 2012 by Tindale Group.",
        [("tindale-group", "OWNS", "quarnby-ferries")],
        [("angus-sturrock", "OWNS", "quarnby-ferries")],
    ),
    (  # bike hire: a spreading aside between the subject's verb and the passive
        "Pedalo runs docking stations. Pedalo's main rival, Cyclix, has 40 stations, most of "
        "them in Tyrol, and was bought in 2023 by the trading group Rijnvast.",
        [("rijnvast", "OWNS", "cyclix")],
        [("rijnvast", "OWNS", "pedalo")],
    ),
    (  # garden centres: "mostly near" aside
        "Greenholt operates 12 garden centres, mostly near Leeds, and is owned by Tarnwell "
        "Capital.",
        [("tarnwell-capital", "OWNS", "greenholt")],
        [],
    ),
    (  # dairy: "and is 40% owned by"
        "Orlen Dairies was founded in 1950 and is 40% owned by Velt Holdings.",
        [("velt-holdings", "OWNS", "orlen-dairies")],
        [],
    ),
    (  # printing: "and is majority owned by"
        "Corvin Print was founded by Ada Lyle and is majority owned by Harrow Capital.",
        [("harrow-capital", "OWNS", "corvin-print"), ("ada-lyle", "FOUNDED", "corvin-print")],
        [("ada-lyle", "OWNS", "corvin-print")],
    ),
]

LAUNCHES: list[Case] = [
    (  # pet food: a relative "that ORG launched"
        "Ambrinco reported a 12% rise in sales. Most of the rise was driven by Vitacoat, a "
        "fish-oil supplement that Ambrinco launched in 2021.",
        [("ambrinco", "OWNS", "vitacoat")],
        [],
    ),
    (  # software: a plain launch of a product
        "Tessel Software launched Routewise, a delivery-planning app, in March.",
        [("tessel-software", "OWNS", "routewise")],
        [],
    ),
    (  # guard: a campaign launched against a company
        "Ambrinco launched a campaign against Vitacoat Group.",
        [],
        [("ambrinco", "OWNS", "vitacoat-group")],
    ),
    (  # heat pumps: a long descriptor and a second relative
        "Gantley Group set out its plan. The highlight was ThermaPod, a compact heat pump with "
        "no outdoor fan that Gantley launched in May and which the firm claims can warm a house.",
        [("gantley-group", "OWNS", "thermapod")],
        [],
    ),
]

GAPPED_LISTS: list[Case] = [
    (  # valves: unnamed-stake opening, then gapped holders
        "Drummel Valves is weighing a sale. Founder Sigrun Drovan holds 41% of the shares; "
        "Brisker Fund, 24%; the Kilbride Fund, 13%; and Osprey Fund, 5%, and the remainder "
        "sits with staff.",
        [
            ("brisker-fund", "OWNS", "drummel-valves"),
            ("kilbride-fund", "OWNS", "drummel-valves"),
            ("osprey-fund", "OWNS", "drummel-valves"),
        ],
        [("brisker-fund", "OWNS", "kilbride-fund")],
    ),
    (  # mills: a named company after the first share
        "Harrow Capital holds 55% of Dunmore Mills; Grenmoor Fund, 27%; and founder Ada Lyle, 10%.",
        [("grenmoor-fund", "OWNS", "dunmore-mills"), ("ada-lyle", "OWNS", "dunmore-mills")],
        [("grenmoor-fund", "OWNS", "harrow-capital")],
    ),
    (  # guard: a list of places and shares of revenue
        "Halvik Steel said revenue rose 5% in Spain; France, 24%; and Italy, 3%.",
        [],
        [("france", "OWNS", "halvik-steel"), ("italy", "OWNS", "halvik-steel")],
    ),
]

CO_FINANCED: list[Case] = [
    (  # bottling: a second object relative with a described second subject
        "Pellory Group will open a plant. The plant is part of the Sedbury Filling Hub, a €70m "
        "bottling facility that Pellory is building in Wembury and that Quellan Bank and the "
        "regional lender Halbrek Bank are co-financing.",
        [
            ("quellan-bank", "FUNDS", "sedbury-filling-hub"),
            ("halbrek-bank", "FUNDS", "sedbury-filling-hub"),
        ],
        [("quellan-bank", "FUNDS", "pellory-group"), ("halbrek-bank", "FUNDS", "quellan-bank")],
    ),
    (  # wind: "that ... and which" (the pronouns differ)
        "The Harlen Ridge Wind Farm, a scheme that Ostrel Energy is building and which Calder "
        "Bank and Norvik Bank will co-finance, opens in 2027.",
        [
            ("calder-bank", "FUNDS", "harlen-ridge-wind-farm"),
            ("norvik-bank", "FUNDS", "harlen-ridge-wind-farm"),
        ],
        [("calder-bank", "FUNDS", "ostrel-energy")],
    ),
]

BANK = CO_FINANCED + RANGE_OF + MADE_BY + SELLERS + SHARE_CONJUNCTS + LAUNCHES + GAPPED_LISTS
GAPS: dict[str, str] = {
    "Pellory Group will open a plant": 'a described second subject of a relative ("that A and '
    'the regional lender B are co-financing") is not read (reading it cost a true relation on '
    "blind20)",
    "Ambrinco reported a 12% rise": "a launched product's OWNS is not read (launch stays "
    "FOUNDED only: an OWNS for every launch cost precision on the older sets)",
    "Tessel Software launched Routewise": "a launched product's OWNS is not read (see above)",
    "Gantley Group set out its plan": "a launch relative after a long descriptor with its own "
    'preposition ("a compact heat pump with no outdoor fan that Gantley launched") is not read',
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_ownfund20(case: Case) -> None:
    check(*case)
