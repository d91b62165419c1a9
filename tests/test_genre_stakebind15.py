"""Genre bank for the held firm of unnamed stakes (round 15): "B is controlled by K, which
bought N% of the company" (the main clause's subject is the held firm, not a name in K's
relative), "A's shares rose after H disclosed owning N% of the company" (the firm whose
shares moved), "Its biggest holder is H, owner of N%" (the possessor), "Behind X sits Y,
..., owning most of it" (Y OWNS X), and "keep/hold the rest" read against the held thing of
the sibling clause ("A is to own 60% of the venture, B the remainder"), never against the
sibling clause's subject.

Each case is a short invented article across doors, retail, shipping, software, food,
mining, media and energy. Guards: a subsidiary or add-on named after the stake, a rival
named the sentence before, a deal counterparty, another holder in the same sentence.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

MAIN_SUBJECT: list[Case] = [
    (  # joinery: passive host, "paid for three fifths of the company", an add-on named later
        "Tamsor Joinery makes doors. Kelvo Glass was sold to Tamsor Joinery last week. Tamsor "
        "is controlled by Grenwick Partners, which paid for three fifths of the company in "
        "2018 and later financed add-ons such as Kelvo Glass.",
        [("grenwick-partners", "OWNS", "tamsor-joinery")],
        [("grenwick-partners", "OWNS", "kelvo-glass")],
    ),
    (  # insurance: the host is the buyer of the deal, not its target
        "Harlow Bank agreed to buy Quent Insurance. Harlow is controlled by Ravel Holdings, which "
        "bought 60% of the company in 2015.",
        [("ravel-holdings", "OWNS", "harlow-bank"), ("harlow-bank", "OWNS", "quent-insurance")],
        [("ravel-holdings", "OWNS", "quent-insurance")],
    ),
    (  # insurance: appositive participle host before the relative
        "Harlow Bank agreed to buy Quent Insurance. Harlow, long owned by Ravel Holdings, which "
        "holds 60% of the company, said it was pleased.",
        [("ravel-holdings", "OWNS", "harlow-bank")],
        [("ravel-holdings", "OWNS", "quent-insurance")],
    ),
    (  # insurance: the target is named when the host is the buyer; the deal stays
        "Halden Re agreed to buy Quent Insurance. Quent Insurance is controlled by Ravel "
        "Holdings, which bought 60% of the company in 2015.",
        [("ravel-holdings", "OWNS", "quent-insurance"), ("halden-re", "OWNS", "quent-insurance")],
        [("ravel-holdings", "OWNS", "halden-re")],
    ),
    (  # retail: plain passive, relative holder (already right)
        "Rolbie Stores sells shoes. Rolbie Stores is controlled by Kestane Capital, which bought "
        "two thirds of the company back in 2019.",
        [("kestane-capital", "OWNS", "rolbie-stores")],
        [],
    ),
    (  # the holder's relative names its own holding: the name is kept
        "Harlow Bank agreed to buy Quent Insurance. Harlow is owned by Ravel Holdings, which also "
        "owns 60% of Pelmont Foods.",
        [("ravel-holdings", "OWNS", "harlow-bank"), ("ravel-holdings", "OWNS", "pelmont-foods")],
        [],
    ),
    (  # software: shares rose after a holder disclosed a stake; a rival named before
        "Lattimer Systems sells payroll tools and competes with Obrine Software. Obrine shares "
        "jumped 12% when Lanthorn Capital disclosed owning a tenth of the group.",
        [("lanthorn-capital", "OWNS", "obrine-software")],
        [
            ("lanthorn-capital", "OWNS", "lattimer-systems"),
            ("lanthorn-capital", "FUNDS", "lattimer-systems"),
        ],
    ),
    (  # software: "after H said it owns N% of the company", the rival named last
        "Obrine Software makes payroll tools. It competes with Lattimer Systems. Obrine's shares "
        "rose 9% after Lanthorn Capital said it owns 7% of the company.",
        [("lanthorn-capital", "OWNS", "obrine-software")],
        [("lanthorn-capital", "OWNS", "lattimer-systems")],
    ),
    (  # software: a takeover by another firm named before; the price host wins over it
        "Obrine Software makes payroll tools. Last week Lattimer Systems said it would buy Kedge "
        "Apps. Obrine's shares rose after Lanthorn Capital said it had bought 6% of the company.",
        [
            ("lanthorn-capital", "FUNDS", "obrine-software"),
            ("lattimer-systems", "OWNS", "kedge-apps"),
        ],
        [("lanthorn-capital", "FUNDS", "kedge-apps"), ("lanthorn-capital", "OWNS", "kedge-apps")],
    ),
    (  # bikes: "nine tenths of it" after the holder's own purchase (must still give)
        "Kellan Fund, which bought Tessel Bikes from its founder Ian Roe in 2017, now holds nine "
        "tenths of it.",
        [("kellan-fund", "OWNS", "tessel-bikes"), ("ian-roe", "FOUNDED", "tessel-bikes")],
        [("ian-roe", "FOUNDED", "kellan-fund")],
    ),
    (  # airlines: a stake sold "to" a buyer after the price move (already right)
        "Corvel Airlines flies to Spain. Corvel stock fell after Harbin Fund sold 5% of the "
        "company to Pelt Capital.",
        [("pelt-capital", "FUNDS", "corvel-airlines")],
        [],
    ),
]

POSSESSOR: list[Case] = [
    (  # food: "Its biggest holder is H, owner of N%"; the previous sentence names a purchase
        "Quorrel Foods bakes bread in six towns. Last year it bought Tanside Mills. Its "
        "biggest holder is Pellard Capital, owner of 23% of the company.",
        [("pellard-capital", "OWNS", "quorrel-foods")],
        [("pellard-capital", "OWNS", "tanside-mills")],
    ),
    (  # food: "Its biggest holder is H, which owns N% of the company", a seller named too
        "Quorrel Foods bakes bread. Last year it bought Tanside Mills from Ardwick Group. Its "
        "biggest holder is Pellard Capital, which owns 23% of the company.",
        [("pellard-capital", "OWNS", "quorrel-foods")],
        [
            ("pellard-capital", "OWNS", "tanside-mills"),
            ("pellard-capital", "OWNS", "ardwick-group"),
        ],
    ),
    (  # brewing: "The company's largest shareholder remains H, which holds N% of the group"
        "Harnby Ales brews lager. In May it bought Tollgate Cider from Ardwick Group. The "
        "company's largest shareholder remains Pellard Capital, which holds 23% of the group.",
        [("pellard-capital", "OWNS", "harnby-ales")],
        [("pellard-capital", "OWNS", "tollgate-cider")],
    ),
    (  # food: named possessor after a passive takeover sentence
        "Tanside Mills was bought by Quorrel Foods. Quorrel's biggest investor is Pellard "
        "Capital, which holds 23% of the company.",
        [],
        [("pellard-capital", "OWNS", "tanside-mills")],
    ),
    (  # food: the possessor is the bought firm: its holder held a share of it
        "Quorrel Foods bought Tanside Mills. Tanside's biggest holder was Pellard Capital, which "
        "held 23% of the company.",
        [("pellard-capital", "OWNS", "tanside-mills")],
        [("pellard-capital", "OWNS", "quorrel-foods")],
    ),
    (  # media: a rival named before; the article's firm
        "Vessmark Media runs radio stations. Tolley Radio is its rival. Ardley Capital, which "
        "owns 23% of the firm, backed the chair.",
        [("ardley-capital", "OWNS", "vessmark-media")],
        [("ardley-capital", "OWNS", "tolley-radio")],
    ),
    (  # media: appositive holder in an article about one firm
        "Vessmark Media runs four radio stations. Ardley Capital, owner of 23% of the firm and "
        "its biggest holder, backed the chair.",
        [("ardley-capital", "OWNS", "vessmark-media")],
        [],
    ),
    (  # food: a supplier named before a gapped holder list of the article's firm
        "Quorrel Foods bakes bread. It signed a supply deal with Tanside Mills. Pellard Capital "
        "owns 23% of the company and Norwick Fund 9%.",
        [("pellard-capital", "OWNS", "quorrel-foods"), ("norwick-fund", "OWNS", "quorrel-foods")],
        [("pellard-capital", "OWNS", "tanside-mills")],
    ),
]

OTHER_HOLDER: list[Case] = [
    (  # energy: "the company" after another holder's own holding is the article's firm
        "Velmar Energy builds wind farms in Poland. Calder Partners, a Swiss investor, owns 30% "
        "of Velmar. It also owns 8% of Dunwell Grid. Brakel Fund holds 5% of the company.",
        [("calder-partners", "OWNS", "velmar-energy"), ("brakel-fund", "OWNS", "velmar-energy")],
        [("brakel-fund", "OWNS", "calder-partners")],
    ),
    (  # energy: a second holder in a relative after the first (already right)
        "Velmar Energy builds wind farms. Its biggest holder, Calder Partners, holds 30%. Brakel "
        "Fund, which owns 8% of the company, wants a new chair.",
        [("calder-partners", "OWNS", "velmar-energy"), ("brakel-fund", "OWNS", "velmar-energy")],
        [("brakel-fund", "OWNS", "calder-partners")],
    ),
    (  # chemicals: two holders, the second after the first's stake in a named firm
        "Ostrel Chemicals makes paint. Harbin Capital owns 20% of Ostrel and is also a "
        "shareholder of Pelmont Dyes. Norrow Trust holds 6% of the group.",
        [("norrow-trust", "OWNS", "ostrel-chemicals")],
        [("norrow-trust", "OWNS", "harbin-capital")],
    ),
    (  # energy: a unit sold before; the holder's share is of the seller
        "Velmar Energy builds wind farms. Last year it sold its Dorrit unit to Sarnow Power. "
        "Calder Partners, which holds 15% of the company, welcomed the sale.",
        [],
        [("calder-partners", "OWNS", "dorrit")],
    ),
    (  # turbines: a customer named before (already right)
        "Velmar Energy makes turbines. Its main customer is Orsted Wind. Kettle Capital holds 9% "
        "of the group.",
        [("kettle-capital", "OWNS", "velmar-energy")],
        [("kettle-capital", "OWNS", "orsted-wind")],
    ),
    (  # must still give: a takeover target is what a later holder's "the firm" means
        "Velmar Energy agreed to buy Sorrel Wind. Calder Partners owns 30% of Sorrel Wind. "
        "Brakel Fund, which owns 8% of the company, backed the deal.",
        [("velmar-energy", "OWNS", "sorrel-wind"), ("calder-partners", "OWNS", "sorrel-wind")],
        [("brakel-fund", "OWNS", "velmar-energy")],
    ),
]

BEHIND: list[Case] = [
    (  # energy: "Behind X stands Y, ..., owning most of it"
        "Ulvaro Power builds solar farms. Behind Ulvaro stands Kestrow Partners, the buyout "
        "house owning about 70% of it.",
        [("kestrow-partners", "OWNS", "ulvaro-power")],
        [("ulvaro-power", "OWNS", "kestrow-partners")],
    ),
    (  # mining: "Behind X sits Y, which owns most of it"
        "Darrow Minerals digs copper in Chile. Behind Darrow sits Holmgate Capital, which owns "
        "most of it.",
        [("holmgate-capital", "OWNS", "darrow-minerals")],
        [("darrow-minerals", "OWNS", "holmgate-capital")],
    ),
]

REST: list[Case] = [
    (  # energy: "A is to own 60% of the venture, while B is to own the remainder"
        "Quillen Energy and Ostrava Gas agreed to build a gas terminal. Quillen is to own a 60% "
        "share in the venture, while Ostrava is to own the remainder.",
        [],
        [("ostrava-gas", "OWNS", "quillen-energy"), ("ostrava-gas", "FUNDS", "quillen-energy")],
    ),
    (  # energy: gapped "and B the remainder" after "of the venture"
        "Quillen Energy and Ostrava Gas will build a terminal in Gdansk. Quillen is to own 60% of "
        "the venture and Ostrava the remainder.",
        [],
        [("ostrava-gas", "OWNS", "quillen-energy"), ("ostrava-gas", "FUNDS", "quillen-energy")],
    ),
    (  # autos: named joint company, "while B keeps the rest"
        "Pellam Motors and Sorvik Batteries set up a joint company, Voltra Cells. Pellam will "
        "hold 51% of Voltra Cells, while Sorvik keeps the rest.",
        [("pellam-motors", "OWNS", "voltra-cells"), ("sorvik-batteries", "OWNS", "voltra-cells")],
        [("sorvik-batteries", "OWNS", "pellam-motors")],
    ),
    (  # logistics: "A owns 50% of the Depot, and B owns the other 50%"
        "Tarvale Logistics bought Merrow Freight. Tarvale also owns 50% of the Saltmere Depot, "
        "and Ostley Ports owns the other 50%.",
        [
            ("tarvale-logistics", "OWNS", "merrow-freight"),
            ("ostley-ports", "OWNS", "saltmere-depot"),
        ],
        [("ostley-ports", "OWNS", "tarvale-logistics"), ("ostley-ports", "OWNS", "merrow-freight")],
    ),
    (  # coke: "holds the rest of the plant operator" after a semicolon
        "Fennick Steel holds 45% of Orrin Coke; Balder Mining holds the rest of the plant "
        "operator.",
        [("fennick-steel", "OWNS", "orrin-coke")],
        [("balder-mining", "OWNS", "fennick-steel")],
    ),
    (  # dairy: the seller keeps the remaining share
        "Kestrow Foods agreed to buy 65% of Tallis Dairy from Lund Capital, which will keep the "
        "remaining 35%.",
        [("kestrow-foods", "OWNS", "tallis-dairy"), ("lund-capital", "OWNS", "tallis-dairy")],
        [("lund-capital", "OWNS", "kestrow-foods")],
    ),
    (  # radio: the seller retains "the remaining 20% of the station"
        "Dremmel Media will sell 80% of its radio arm, Lumo FM, to Castor Partners and retain "
        "the remaining 20% of the station.",
        [("castor-partners", "OWNS", "lumo-fm"), ("dremmel-media", "OWNS", "lumo-fm")],
        [("castor-partners", "OWNS", "dremmel-media")],
    ),
    (  # telecoms: "Its partner, B, keeps the rest"
        "Orbis Telecom took 60% of Sarn Fibre. Its partner, Welkin Networks, keeps the rest.",
        [("orbis-telecom", "OWNS", "sarn-fibre"), ("welkin-networks", "OWNS", "sarn-fibre")],
        [("welkin-networks", "OWNS", "orbis-telecom")],
    ),
    (  # insurance: "The remaining 25% is owned by B" after a purchase of 75% of X: X's rest
        "Harlow Bank is buying 75% of Quent Insurance. The remaining 25% is owned by Ravel "
        "Holdings.",
        [("harlow-bank", "OWNS", "quent-insurance"), ("ravel-holdings", "OWNS", "quent-insurance")],
        [("ravel-holdings", "OWNS", "harlow-bank")],
    ),
    (  # dairy: "The remaining 35% belongs to B", B's other holding named in a relative
        "Kestrow Foods will take 65% of Tallis Dairy. The remaining 35% belongs to Lund Capital, "
        "which also backs Harlow Bank.",
        [("kestrow-foods", "OWNS", "tallis-dairy"), ("lund-capital", "OWNS", "tallis-dairy")],
        [("lund-capital", "OWNS", "kestrow-foods")],
    ),
    (  # must still give: a remaining share with no stake before is the article's firm's
        "Harlow Bank sells insurance in Wales. Its founders hold 60%. The remaining 40% is owned "
        "by Ravel Holdings.",
        [("ravel-holdings", "OWNS", "harlow-bank")],
        [],
    ),
    (  # must still give: the founder keeps the remaining 10% (the sale itself is read)
        "Brightwell Tools was sold to Harrock Group for $90 million. The founder, Ines "
        "Calloway, keeps the remaining 10%.",
        [("harrock-group", "OWNS", "brightwell-tools")],
        [("ines-calloway", "OWNS", "harrock-group")],
    ),
    (  # must still give: "Orvane holds the rest" after a sale of 70%
        "Quillex sold 70% of Brisketon Foods to Marrow Capital last year. Orvane Holdings holds "
        "the rest.",
        [("orvane-holdings", "OWNS", "brisketon-foods")],
        [("orvane-holdings", "OWNS", "quillex"), ("orvane-holdings", "OWNS", "marrow-capital")],
    ),
]

BANK = MAIN_SUBJECT + POSSESSOR + OTHER_HOLDER + BEHIND + REST
GAPS: dict[str, str] = {
    "Tanside Mills was bought by Quorrel": "the stake rule sees only the holder's clause here "
    "(the copula before it is cut off), so the takeover target replaces 'the company'",
    "Vessmark Media runs four radio": "'owner of N% of the firm' has no stake verb; nothing "
    "reads it yet",
    "Velmar Energy builds wind farms. Last year": "the sale makes the unit the takeover target "
    "that 'the company' is read as; a unit of the seller is not told from a bought firm yet",
    "Darrow Minerals digs copper": "'most of it' is no share the stake rules read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_stakebind15(case: Case) -> None:
    check(*case)
