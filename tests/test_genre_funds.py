"""Genre bank for FUNDS across sentences and in plain shapes (report 8): co-investors named
together, then the money given through a group word in a later sentence or clause ("each side",
"both sponsors", "the pair will each", "the two firms", "each of which"); a lender, grantor or
the company itself funding a project the sentence only describes ("the remainder comes from a
loan by L", "gave the scheme a grant"); lenders of the remainder who fund the project, never
the sponsors' group word; and plain shapes ("bankrolled by", "injected N into", "bought newly
issued shares in", "took a stake in a project", "its investors include A and B", "which A and
B will finance").

Conventions (REPORT8 "What a careful reader uses to decide"): an act of putting money in is
FUNDS, a stated holding is OWNS; lender versus investor does not matter; a stake in a project
is FUNDS; a supply, licence or service contract is neither.

Each case is a short invented text (text, relations that must be found, relations that must
not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance and property. Guards: hedges, plans and seeking money, denials, questions,
a group word with no money ("each side will appoint two directors"), supply and customer
payments, a lender named among advisers, a stated holding.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

GROUP_SHARES: list[Case] = [
    (  # food: "formed a venture to build X. Each side will provide ..."
        "Orvane Foods and Teskar Agri formed a venture to build the Kelda Dryer. Each side "
        "will provide 30 million euros of equity.",
        [("orvane-foods", "FUNDS", "kelda-dryer"), ("teskar-agri", "FUNDS", "kelda-dryer")],
        [("orvane-foods", "FUNDS", "teskar-agri"), ("teskar-agri", "FUNDS", "orvane-foods")],
    ),
    (  # mining: "are developing X. The pair will each provide half of the cost"
        "Brask Mining and Holm Metals are developing the Tarn Copper Project. The pair will "
        "each provide half of the $400 million cost.",
        [
            ("brask-mining", "FUNDS", "tarn-copper-project"),
            ("holm-metals", "FUNDS", "tarn-copper-project"),
        ],
        [("brask-mining", "FUNDS", "holm-metals")],
    ),
    (  # energy: "will build X. Both sponsors will contribute equity"
        "Calder Power and Nordvik Energi will build the Skerry Wind Farm off Norway. Both "
        "sponsors will contribute equity.",
        [
            ("calder-power", "FUNDS", "skerry-wind-farm"),
            ("nordvik-energi", "FUNDS", "skerry-wind-farm"),
        ],
        [("calder-power", "FUNDS", "nordvik-energi")],
    ),
    (  # shipping: "The two firms will each contribute $50 million"
        "Ostrom Shipping and Dalgety Lines are building the Kellerby Container Terminal. The "
        "two firms will each contribute $50 million.",
        [
            ("ostrom-shipping", "FUNDS", "kellerby-container-terminal"),
            ("dalgety-lines", "FUNDS", "kellerby-container-terminal"),
        ],
        [],
    ),
    (  # property: "Each partner is putting in N"
        "Pellow Estates and Corvin Homes are jointly developing the Quayside Tower project. "
        "Each partner is putting in £40 million.",
        [
            ("pellow-estates", "FUNDS", "quayside-tower"),
            ("corvin-homes", "FUNDS", "quayside-tower"),
        ],
        [],
    ),
    (  # telecoms: "agreed to build X. Each company will invest N"
        "Velt Telecom and Arrow Networks agreed to build the Nordlink Cable. Each company "
        "will invest $200 million.",
        [
            ("velt-telecom", "FUNDS", "nordlink-cable"),
            ("arrow-networks", "FUNDS", "nordlink-cable"),
        ],
        [],
    ),
    (  # food: relative "each of which adds N" on a held project
        "The Kelda Dryer will be jointly held by Orvane Foods and Teskar Agri, each of which "
        "adds 20 million euros.",
        [("orvane-foods", "FUNDS", "kelda-dryer"), ("teskar-agri", "FUNDS", "kelda-dryer")],
        [],
    ),
    (  # autos: "The two owners are each paying for half of the bill"
        "Kestrel Motors and Orland Holdings will build the Vanta Battery Plant. The two owners "
        "are each paying for half of the $900 million bill.",
        [
            ("kestrel-motors", "FUNDS", "vanta-battery-plant"),
            ("orland-holdings", "FUNDS", "vanta-battery-plant"),
        ],
        [],
    ),
    (  # mining: relative clause "which the two firms will finance"
        "Brask Mining and Holm Metals are developing the Tarn Copper Project, which the two "
        "firms will finance.",
        [
            ("brask-mining", "FUNDS", "tarn-copper-project"),
            ("holm-metals", "FUNDS", "tarn-copper-project"),
        ],
        [],
    ),
    (  # banking: "The two banks will each put in N"
        "Halvard Bank and Orrin Credit are setting up the Paymark Card Scheme. The two banks "
        "will each put in 15 million euros.",
        [
            ("halvard-bank", "FUNDS", "paymark-card-scheme"),
            ("orrin-credit", "FUNDS", "paymark-card-scheme"),
        ],
        [],
    ),
    (  # farming: "each co-owner adds capital"
        "Larch Agri and Tamsin Seeds are building the Fieldmark Grain Store. Each co-owner "
        "adds 6 million euros of capital.",
        [
            ("larch-agri", "FUNDS", "fieldmark-grain-store"),
            ("tamsin-seeds", "FUNDS", "fieldmark-grain-store"),
        ],
        [],
    ),
    (  # guard: a group word with no money
        "Orvane Foods and Teskar Agri formed a venture to build the Kelda Dryer. Each side "
        "will appoint two directors.",
        [],
        [("orvane-foods", "FUNDS", "kelda-dryer"), ("teskar-agri", "FUNDS", "kelda-dryer")],
    ),
    (  # guard: a hedge, "may contribute"
        "Calder Power and Nordvik Energi will build the Skerry Wind Farm. Both sponsors may "
        "contribute equity later.",
        [],
        [("calder-power", "FUNDS", "skerry-wind-farm")],
    ),
    (  # guard: a denial
        "Ostrom Shipping and Dalgety Lines are building the Kellerby Container Terminal. "
        "Neither firm will contribute any more money.",
        [],
        [("ostrom-shipping", "FUNDS", "kellerby-container-terminal")],
    ),
    (  # guard: a question
        "Brask Mining and Holm Metals are developing the Tarn Copper Project. Will the two "
        "firms each contribute $100 million?",
        [],
        [("brask-mining", "FUNDS", "tarn-copper-project")],
    ),
    (  # guard: the group supplies goods, no money
        "Larch Agri and Tamsin Seeds are building the Fieldmark Grain Store. Each partner "
        "will supply grain to the store.",
        [],
        [("larch-agri", "FUNDS", "fieldmark-grain-store")],
    ),
]

LENDERS_OF_THE_REST: list[Case] = [
    (  # food: the spurious twin, lenders of the remainder after the sponsors' equity
        "Orvane Foods and Teskar Agri will build the Kelda Dryer. Both sponsors add equity, "
        "and the remainder comes from loans by Ferrow Bank and Ostra Credit.",
        [("ferrow-bank", "FUNDS", "kelda-dryer"), ("ostra-credit", "FUNDS", "kelda-dryer")],
        [
            ("ferrow-bank", "FUNDS", "orvane-foods"),
            ("ferrow-bank", "FUNDS", "teskar-agri"),
            ("ostra-credit", "FUNDS", "orvane-foods"),
            ("ostra-credit", "FUNDS", "teskar-agri"),
        ],
    ),
    (  # energy: "the balance is lent by A and B" after "the two partners each add"
        "Calder Power and Nordvik Energi formed a joint venture to build the Skerry Wind "
        "Farm. The two partners each add $40 million, and the balance is lent by Harrow "
        "Mutual and Vinter Finance.",
        [
            ("harrow-mutual", "FUNDS", "skerry-wind-farm"),
            ("vinter-finance", "FUNDS", "skerry-wind-farm"),
        ],
        [("harrow-mutual", "FUNDS", "calder-power"), ("vinter-finance", "FUNDS", "nordvik-energi")],
    ),
    (  # ports: "the rest of the cost is being met by a loan from L"
        "The Halloway Terminal will cost 900 million dollars. The rest of the cost is being "
        "met by a loan from the Pallister Bank.",
        [("pallister-bank", "FUNDS", "halloway-terminal")],
        [],
    ),
    (  # energy: the company pays the remainder from its own cash
        "Ferrow Bank is lending 200 million euros for the Skerry Wind Farm. Telmar Energy will "
        "pay for the remainder from its own cash.",
        [
            ("ferrow-bank", "FUNDS", "skerry-wind-farm"),
            ("telmar-energy", "FUNDS", "skerry-wind-farm"),
        ],
        [("telmar-energy", "FUNDS", "ferrow-bank")],
    ),
    (  # food: a grantor gives "the scheme" a grant
        "Grennock Dairies is building the Moray Biogas Plant. The Scottish Food Fund gave "
        "the scheme a five million pound grant.",
        [("the-scottish-food-fund", "FUNDS", "moray-biogas-plant")],
        [],
    ),
    (  # mining: "a bank loan from L covers the remainder"
        "The Benmore Mine will cost $600 million. A bank loan from Ostra Credit covers the "
        "remainder.",
        [("ostra-credit", "FUNDS", "benmore-mine")],
        [],
    ),
    (  # mining: a state lender "has committed N to the project"
        "Harwick Mining is developing the Tarnby Nickel Project. The state lender Eksport "
        "Kredit has committed $300 million to the project.",
        [("eksport-kredit", "FUNDS", "tarnby-nickel-project")],
        [],
    ),
    (  # health: "the remainder is being lent by L"
        "The Dunmore Hospital Wing will cost £80 million. The remainder is being lent by "
        "Caldwell Bank.",
        [("caldwell-bank", "FUNDS", "dunmore-hospital-wing")],
        [],
    ),
    (  # guard: a lender named among advisers
        "The Kelda Dryer will cost 90 million euros. Ferrow Bank and Ostra Law advised the "
        "sponsors on the deal.",
        [],
        [("ferrow-bank", "FUNDS", "kelda-dryer")],
    ),
    (  # guard: a grant only considered
        "Grennock Dairies is building the Moray Biogas Plant. The Scottish Food Fund is "
        "considering a grant for the scheme.",
        [],
        [("the-scottish-food-fund", "FUNDS", "moray-biogas-plant")],
    ),
    (  # guard: the company seeks funding
        "Harwick Mining is developing the Tarnby Nickel Project. It is seeking funding from "
        "Eksport Kredit.",
        [],
        [("eksport-kredit", "FUNDS", "tarnby-nickel-project")],
    ),
]

PLAIN_SHAPES: list[Case] = [
    (  # pharma: "was bankrolled by"
        "Pelwick Pharma was bankrolled by Anselm Capital in its early years.",
        [("anselm-capital", "FUNDS", "pelwick-pharma")],
        [],
    ),
    (  # logistics: "injected N into"
        "Corbin Ventures injected $30 million into Tavo Logistics last year.",
        [("corbin-ventures", "FUNDS", "tavo-logistics")],
        [],
    ),
    (  # media: "put money into"
        "Marden Capital put money into Quill Media in 2021.",
        [("marden-capital", "FUNDS", "quill-media")],
        [],
    ),
    (  # telecoms: "bought newly issued shares in"
        "Ostra Holdings bought newly issued shares in Velt Telecom worth 12 million euros.",
        [("ostra-holdings", "FUNDS", "velt-telecom")],
        [],
    ),
    (  # insurance: "subscribed for new shares in"
        "Halvard Re bought 40 million euros of new shares in Corrin Insurance in June.",
        [("halvard-re", "FUNDS", "corrin-insurance")],
        [],
    ),
    (  # mining: a stake in a project is FUNDS
        "Harrow Resources took a stake in the Benmore Gold Project last year.",
        [("harrow-resources", "FUNDS", "benmore-gold-project")],
        [("harrow-resources", "OWNS", "benmore-gold-project")],
    ),
    (  # telecoms: spending on its own named project
        "Velt Telecom is spending 40 million euros on its Aurora Fibre Project.",
        [("velt-telecom", "FUNDS", "aurora-fibre-project")],
        [],
    ),
    (  # media: "its investors include A and B" after a pronoun
        "Quill Media publishes four magazines. Its investors include Marden Capital and "
        "Oster Ventures.",
        [("marden-capital", "FUNDS", "quill-media"), ("oster-ventures", "FUNDS", "quill-media")],
        [],
    ),
    (  # logistics: "also took part in the round"
        "Tavo Logistics raised $20 million in a round led by Corbin Ventures. Anselm Capital "
        "also took part in the round.",
        [("anselm-capital", "FUNDS", "tavo-logistics")],
        [],
    ),
    (  # retail: "invested alongside"
        "Anselm Capital invested in Brindle Stores alongside Corbin Ventures.",
        [
            ("anselm-capital", "FUNDS", "brindle-stores"),
            ("corbin-ventures", "FUNDS", "brindle-stores"),
        ],
        [],
    ),
    (  # mining: "which A and B will finance"
        "Brask Mining plans the Tarn Copper Project, which Holm Metals and Ferrow Bank will "
        "finance.",
        [
            ("holm-metals", "FUNDS", "tarn-copper-project"),
            ("ferrow-bank", "FUNDS", "tarn-copper-project"),
        ],
        [],
    ),
    (  # guard: a customer paying a supplier
        "Velt Telecom paid Orrin Cables 5 million euros for fibre.",
        [],
        [("velt-telecom", "FUNDS", "orrin-cables")],
    ),
    (  # guard: a hedge, "may invest"
        "Corbin Ventures may invest in Tavo Logistics next year.",
        [],
        [("corbin-ventures", "FUNDS", "tavo-logistics")],
    ),
    (  # guard: a denial
        "Ostra Holdings denied that it had put money into Velt Telecom.",
        [],
        [("ostra-holdings", "FUNDS", "velt-telecom")],
    ),
    (  # guard: a stated holding is OWNS
        "Ostra Holdings holds 12% of Velt Telecom.",
        [("ostra-holdings", "OWNS", "velt-telecom")],
        [("ostra-holdings", "FUNDS", "velt-telecom")],
    ),
    (  # guard: seeking money
        "Quill Media is seeking funding from Marden Capital.",
        [],
        [("marden-capital", "FUNDS", "quill-media")],
    ),
]

MORE: list[Case] = [
    (  # energy: the twin, "lend the remainder to the partners"
        "Orvane Foods and Teskar Agri formed a joint venture to build the Kelda Dryer. Ferrow "
        "Bank and Ostra Credit lend the remainder to the partners.",
        [("ferrow-bank", "FUNDS", "kelda-dryer"), ("ostra-credit", "FUNDS", "kelda-dryer")],
        [("ferrow-bank", "FUNDS", "orvane-foods"), ("ostra-credit", "FUNDS", "teskar-agri")],
    ),
    (  # retail: the twin, "will lend the rest to the two sponsors"
        "Harlow Retail and Penn Stores will build the Kestrel Distribution Centre. Corvo Bank "
        "will lend the rest to the two sponsors.",
        [("corvo-bank", "FUNDS", "kestrel-distribution-centre")],
        [("corvo-bank", "FUNDS", "harlow-retail"), ("corvo-bank", "FUNDS", "penn-stores")],
    ),
    (  # shipping: "loans from A and B will cover the rest"
        "The Dalgety Ferry Terminal will cost $300 million. Loans from Ostra Credit and Kelso "
        "Bank will cover the rest.",
        [
            ("ostra-credit", "FUNDS", "dalgety-ferry-terminal"),
            ("kelso-bank", "FUNDS", "dalgety-ferry-terminal"),
        ],
        [],
    ),
    (  # food: a coordinated subject in an object relative, "which A and B will finance"
        "Kelso Foods plans the Arden Bakery Plant, which Brisk Capital and Orrin Partners "
        "will finance.",
        [
            ("brisk-capital", "FUNDS", "arden-bakery-plant"),
            ("orrin-partners", "FUNDS", "arden-bakery-plant"),
        ],
        [],
    ),
    (  # farming: a grant to "the" named recipient
        "The Farming Trust gave the Dunrae Creamery a £2 million grant.",
        [("the-farming-trust", "FUNDS", "dunrae-creamery")],
        [],
    ),
    (  # guard: an award with no money
        "The Farming Trust gave the Dunrae Creamery an award for hygiene.",
        [],
        [("the-farming-trust", "FUNDS", "dunrae-creamery")],
    ),
    (  # guard: the group word gives staff, no money
        "Orvane Foods and Teskar Agri will build the Kelda Dryer. Each side will provide "
        "engineers to the plant.",
        [],
        [("orvane-foods", "FUNDS", "kelda-dryer")],
    ),
    (  # guard: money with a named receiver goes to the receiver, not to the project
        "Calder Power and Nordvik Energi will build the Skerry Wind Farm. Calder Power will "
        "also invest $50 million in Brisk Solar.",
        [("calder-power", "FUNDS", "brisk-solar")],
        [("calder-power", "FUNDS", "skerry-wind-farm")],
    ),
]

MORE += [
    (  # autos: "inject equity in line with their shares" (an idiom, no receiver)
        "Kestrel Motors and Orland Holdings will build the Vanta Battery Plant. Both sponsors "
        "will inject equity in line with their shares.",
        [
            ("kestrel-motors", "FUNDS", "vanta-battery-plant"),
            ("orland-holdings", "FUNDS", "vanta-battery-plant"),
        ],
        [],
    ),
    (  # insurance: a date after the amount
        "Corrin Insurance and Halvard Re are setting up the Tidewater Claims Centre. Each "
        "partner will contribute 8 million euros in 2027.",
        [
            ("corrin-insurance", "FUNDS", "tidewater-claims-centre"),
            ("halvard-re", "FUNDS", "tidewater-claims-centre"),
        ],
        [],
    ),
    (  # guard: the group's money goes to another receiver
        "Larch Agri and Tamsin Seeds are building the Fieldmark Grain Store. Each partner will "
        "provide 50,000 euros to a local charity.",
        [],
        [("larch-agri", "FUNDS", "fieldmark-grain-store")],
    ),
]

BANK: list[Case] = GROUP_SHARES + LENDERS_OF_THE_REST + PLAIN_SHAPES + MORE

LEFT: dict[str, str] = {
    "The Kelda Dryer will be jointly held by": "'each of which adds N' after the holders: no "
    "rule reads the relative's money as funding of the held thing in the same sentence",
    "Brask Mining and Holm Metals are developing the Tarn Copper Project, which": "'the two "
    "firms' in the sentence that names them: pair references skip the sentence's own names",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_funds(case: Case) -> None:
    check(*case)
