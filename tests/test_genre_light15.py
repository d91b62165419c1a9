"""Genre bank for light verbs, traps, pronoun gender and regulators as buyers (round 15).

- Pronoun gender: "he"/"him"/"his" never stands for a person a gendered title made a woman
  ("Ms Ostrova", "Mrs Kallis", "Lady Arden", "Dame ...") or whom the article already paired
  with "she" ("Nadia Rusk said she ..."), and vice versa; same-gender binding still works.
- Regulators as buyers: "its purchase/acquisition/takeover of X" after a watchdog, authority,
  office or ministry is the purchase of the firm it dealt with, never the body's.
- "backed by" an association, union or council is support (BACKS); by a fund, an investor or
  with money it stays FUNDS.
- Light verbs: run/manage/operate with a site ("the Kelby plant"), a franchise or a function
  give no LEADS; "to question" a person is no dispute; launch/start only found named firms.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across banking, telecoms, food, pharma, mining, retail, energy, textiles and autos.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

GENDER: list[Case] = [
    (  # banking: a woman by title, then a man named last; "He" is the man
        "Ms Ostrova, the lender's finance chief, met Dmitri Halvard on Monday. He accused "
        "Orvel Bank and Tamsett Credit of hiding losses.",
        [("dmitri-halvard", "DISPUTES", "orvel-bank")],
        [("ostrova", "DISPUTES", "orvel-bank"), ("ostrova", "DISPUTES", "tamsett-credit")],
    ),
    (  # pharma: "Mrs" subject of a relative, a man object; "He later bought"
        "Mrs Kallis, who chairs Brenna Pharma, spoke to Victor Ames at the fair. He later "
        "bought Dunmore Labs.",
        [("kallis", "LEADS", "brenna-pharma")],
        [("kallis", "OWNS", "dunmore-labs")],
    ),
    (  # retail: a man by title, a woman named after; "She" is never Mr Fenwick
        "Mr Fenwick met Clara Dunn, a banker, in Zurich last spring. She later founded Dunn "
        "Ledger, a payments start-up.",
        [],
        [("fenwick", "FOUNDED", "dunn-ledger")],
    ),
    (  # food: a woman paired with "she" earlier is not a later "He"
        "Nadia Rusk said she would stay at Orvel Foods. On Monday Nadia Rusk met Tom Carver, a "
        "trader. He accused Pellin Bank of fraud.",
        [("tom-carver", "DISPUTES", "pellin-bank")],
        [("nadia-rusk", "DISPUTES", "pellin-bank")],
    ),
    (  # food: and a man paired with "he" is not a later "She"
        "Tom Carver said he would stay at Orvel Foods. On Monday Tom Carver met Nadia Rusk, a "
        "trader. She accused Pellin Bank of fraud.",
        [("nadia-rusk", "DISPUTES", "pellin-bank")],
        [("tom-carver", "DISPUTES", "pellin-bank")],
    ),
    (  # textiles: "Lady" subject, a man object; "He later bought" is the man
        "Lady Fenwick met Paul Crane at the fair. He later bought Arden Mills.",
        [("paul-crane", "OWNS", "arden-mills")],
        [("fenwick", "OWNS", "arden-mills"), ("lady-fenwick", "OWNS", "arden-mills")],
    ),
    (  # rail: "Dame" with a full name and a role appositive
        "Dame Olwen Parry, chair of Kestrel Rail, met Owen Hart. He said Hart Freight would sue "
        "Kestrel Rail.",
        [("olwen-parry", "LEADS", "kestrel-rail")],
        [("olwen-parry", "DISPUTES", "kestrel-rail")],
    ),
    (  # must still give: same gender, a relative between name and "she"
        "Ida Ronne, who still leads Tessel Labs, said she would not sell.",
        [("ida-ronne", "LEADS", "tessel-labs")],
        [],
    ),
    (  # must still give: "He" after a man paired with "he"
        "Tom Carver said he would stay at Orvel Foods. On Monday Tom Carver met Nadia Rusk, a "
        "trader. He accused Pellin Bank of fraud.",
        [("tom-carver", "DISPUTES", "pellin-bank")],
        [("nadia-rusk", "DISPUTES", "pellin-bank")],
    ),
    (  # must still give: "She" after "Mrs" and a man in between
        "Mrs Quell chairs Berwin Water. Carl Dunn, a trader, sold his shares. She said Berwin "
        "Water will buy Tarrow Pumps.",
        [("quell", "LEADS", "berwin-water")],
        [("carl-dunn", "LEADS", "berwin-water")],
    ),
    (  # must still give: the husband named last, "She alone runs it" is the wife
        "Greta Amar co-founded Solvi Foods with her husband, Tom Amar. She alone runs it today.",
        [("greta-amar", "LEADS", "solvi-foods")],
        [("tom-amar", "LEADS", "solvi-foods")],
    ),
]

REGULATORS: list[Case] = [
    (  # telecoms: the watchdog said "its purchase": the firm it fined
        "The Marrow Authority fined Kelso Telecom £3m last year. The watchdog said its "
        "purchase of Pellin Mobile was completed without approval.",
        [("kelso-telecom", "OWNS", "pellin-mobile")],
        [
            ("the-marrow-authority", "OWNS", "pellin-mobile"),
            ("marrow-authority", "OWNS", "pellin-mobile"),
        ],
    ),
    (  # food: an office cleared a bid; "Its acquisition of" is the bidder's
        "The Office of Fair Trading cleared Brant Foods' bid. Its acquisition of Orlo Dairy "
        "closed in May.",
        [("brant-foods", "OWNS", "orlo-dairy")],
        [
            ("the-office-of-fair-trading", "OWNS", "orlo-dairy"),
            ("office-of-fair-trading", "OWNS", "orlo-dairy"),
        ],
    ),
    (  # energy: a ministry's review, "its takeover of"
        "The Energy Ministry reviewed Harlan Power's plans for months. It said its takeover of "
        "Quell Grid would raise prices.",
        [],
        [("energy-ministry", "OWNS", "quell-grid"), ("the-energy-ministry", "OWNS", "quell-grid")],
    ),
    (  # packaging: a second "that it" of the same reporting verb is the reporter
        "Brannock Foods said on Monday that it had agreed to buy Canby Packaging, a lid maker "
        "based in Kell, and that it would build a plant in Fenby to make its SealTop range.",
        [("brannock-foods", "OWNS", "canby-packaging")],
        [("canby-packaging", "OWNS", "sealtop"), ("canby-packaging", "LOCATED_IN", "fenby")],
    ),
    (  # pharma: "announced that it will acquire B, ..., and that it expects to launch its C"
        "Ostra Pharma announced that it will acquire Velin Bio, a Danish drug developer, and "
        "that it expects to launch its Curaflex inhaler next year.",
        [("ostra-pharma", "OWNS", "velin-bio")],
        [("velin-bio", "FOUNDED", "curaflex"), ("velin-bio", "OWNS", "curaflex")],
    ),
    (  # autos: a relative on the bought firm, then "and that it intends to sell its X"
        "Harlan Motors said it would buy Dorve Parts, which makes brakes, and that it intends "
        "to sell its Tarro van.",
        [("harlan-motors", "OWNS", "dorve-parts")],
        [("dorve-parts", "OWNS", "tarro")],
    ),
    (  # must still give: a company's own "its purchase of"
        "Kelso Telecom said its purchase of Pellin Mobile closed on Friday.",
        [("kelso-telecom", "OWNS", "pellin-mobile")],
        [],
    ),
]

BACKED: list[Case] = [
    (  # health: backed by an association is support
        "Vessa Health is backed by the Rural Nurses Association.",
        [("rural-nurses-association", "BACKS", "vessa-health")],
        [("rural-nurses-association", "FUNDS", "vessa-health")],
    ),
    (  # farming: backed by a union
        "Orlo Robotics, a maker of milking robots, is backed by the Dairy Farmers Union.",
        [],
        [("dairy-farmers-union", "FUNDS", "orlo-robotics")],
    ),
    (  # health: appositive "backed by" a campaign
        "Vessa Health, backed by the Clean Air Campaign, opened a clinic.",
        [("clean-air-campaign", "BACKS", "vessa-health")],
        [("clean-air-campaign", "FUNDS", "vessa-health")],
    ),
    (  # health: a relative "which is backed by" an association
        "Vessa Health, which is backed by the Rural Nurses Association, opened a clinic.",
        [("rural-nurses-association", "BACKS", "vessa-health")],
        [("rural-nurses-association", "FUNDS", "vessa-health")],
    ),
    (  # coordinated backers: the campaign supports, the fund pays
        "Vessa Health is backed by the Clean Air Campaign and by Quorum Ventures.",
        [
            ("clean-air-campaign", "BACKS", "vessa-health"),
            ("quorum-ventures", "FUNDS", "vessa-health"),
        ],
        [("clean-air-campaign", "FUNDS", "vessa-health")],
    ),
    (  # must still give: an association's grant is money
        "Vessa Health was backed by the Rural Nurses Association with a $2m grant.",
        [("rural-nurses-association", "FUNDS", "vessa-health")],
        [],
    ),
    (  # must still give: a pension board is an investor
        "Vessa Health is backed by Harlan Pension Board.",
        [("harlan-pension-board", "FUNDS", "vessa-health")],
        [],
    ),
    (  # must still give: backed by a fund is money
        "Vessa Health is backed by Quorum Ventures.",
        [("quorum-ventures", "FUNDS", "vessa-health")],
        [],
    ),
    (  # must still give: an appositive "backed by" a fund
        "Orlo Robotics, backed by Harlan Fund, raised $5m.",
        [("harlan-fund", "FUNDS", "orlo-robotics")],
        [],
    ),
    (  # must still give: active "backed ... with $20m"
        "Kelso Capital backed Orlo Robotics with $20m.",
        [("kelso-capital", "FUNDS", "orlo-robotics")],
        [],
    ),
    (  # must still give: a person backing is support
        "Orlo Robotics, backed by Anya Pell, won the contract.",
        [("anya-pell", "BACKS", "orlo-robotics")],
        [],
    ),
]

LIGHT: list[Case] = [
    (  # food: "manages the X factory of Y": a site, no LEADS of it
        "Marta Quist manages the Dunmore factory of Pellam Foods.",
        [],
        [("marta-quist", "LEADS", "dunmore"), ("marta-quist", "LEADS", "pellam-foods")],
    ),
    (  # mining: "runs the X plant for Y"
        "Jon Reyes runs the Kelby plant for Ardent Steel.",
        [],
        [("jon-reyes", "LEADS", "kelby")],
    ),
    (  # brewing: a relative clause, a site word after a modifier
        "Hana Sato, who oversees the Brill Valley brewery, joined in 2015.",
        [],
        [("hana-sato", "LEADS", "brill-valley")],
    ),
    (  # autos: "operated a X franchise": neither owns nor leads the brand
        "Ben Arlo, who operated a Drivewell franchise in Leeds, joined Qantor Motors.",
        [],
        [("ben-arlo", "OWNS", "drivewell"), ("ben-arlo", "LEADS", "drivewell")],
    ),
    (  # food retail: "runs a X franchise in Hull"
        "Sara Lind runs a Pizzaro franchise in Hull.",
        [],
        [("sara-lind", "LEADS", "pizzaro"), ("sara-lind", "OWNS", "pizzaro")],
    ),
    (  # asset management: "looks after the hotel fund at X"
        "Lisa Marr, who runs the property fund at Kelso Partners, declined to comment.",
        [],
        [("lisa-marr", "LEADS", "kelso-partners")],
    ),
    (  # textiles: a function at the firm
        "Her deputy, Omar Fell, runs sales at Brill Textiles.",
        [],
        [("omar-fell", "LEADS", "brill-textiles")],
    ),
    (  # mining: a regulator "to question" a director is no dispute
        "The Fenwick Authority is expected to question Omar Drell, a director of Trask Mining.",
        [],
        [
            ("the-fenwick-authority", "DISPUTES", "omar-drell"),
            ("fenwick-authority", "DISPUTES", "omar-drell"),
        ],
    ),
    (  # textiles: police questioning a former executive
        "Police questioned Lena Fosk, the former finance chief of Brill Textiles, on Tuesday.",
        [],
        [("police", "DISPUTES", "lena-fosk")],
    ),
    (  # must still give: questioning a person's figures is a dispute with the person
        "Tom Reed runs Selwick Ports. Brightline Research questioned Tom Reed's forecasts.",
        [("brightline-research", "DISPUTES", "tom-reed")],
        [],
    ),
    (  # must still give: questioning a body's ruling
        "Pellow Freight questioned the Fenwick Authority's ruling.",
        [("pellow-freight", "DISPUTES", "fenwick-authority")],
        [],
    ),
    (  # asset management: "launch a fund at X" founds nothing of X
        "Mira Castell is to launch a hedge fund at Kelso Partners.",
        [],
        [
            ("mira-castell", "FOUNDED", "kelso-partners"),
            ("mira-castell", "FUNDS", "kelso-partners"),
        ],
    ),
    (  # ports: "begin running the X terminal"
        "Dravik Ports and Solent Logistics formed a venture in March. The venture is to begin "
        "running the Tarrow terminal in May.",
        [],
        [("dravik-ports", "FOUNDED", "tarrow"), ("solent-logistics", "FOUNDED", "tarrow")],
    ),
    (  # chemicals: a plant that "pays for itself"
        "Gresby Chemicals opened the Varnholt plant in 2022. The plant pays for itself within "
        "three years.",
        [],
        [("varnholt", "FUNDS", "varnholt")],
    ),
    (  # freight: a judge turning down arguments
        "Judge Alma Wren turned down two arguments from Pellow Freight.",
        [],
        [("alma-wren", "DISPUTES", "pellow-freight")],
    ),
    (  # must still give: "has run X since"
        "Peter Lind has run Halvin Group since 2010.",
        [("peter-lind", "LEADS", "halvin-group")],
        [],
    ),
    (  # must still give: pronoun subject and object, "has run it since"
        "Halvin Group hired Peter Lind in 2009. He has run it since 2010.",
        [("peter-lind", "LEADS", "halvin-group")],
        [],
    ),
    (  # must still give: "the company" object
        "Peter Lind joined Halvin Group in 2009 as finance chief. He has run the company since "
        "2012.",
        [("peter-lind", "LEADS", "halvin-group")],
        [],
    ),
    (  # must still give: "has led X ... since she set it up"
        "Maria Ronne has led Tessel Labs as its CEO since she set it up in 2011.",
        [("maria-ronne", "LEADS", "tessel-labs"), ("maria-ronne", "FOUNDED", "tessel-labs")],
        [("tessel-labs", "FOUNDED", "maria-ronne")],
    ),
    (  # must still give: a name with no typing cue but "she" (entity typing gap)
        "Ida Ronne has led Tessel Labs as its CEO since she set it up in 2011.",
        [("ida-ronne", "LEADS", "tessel-labs")],
        [("tessel-labs", "FOUNDED", "ida-ronne")],
    ),
    (  # must still give: "launched Y, its booking app"
        "Tessel Labs launched Rovo, its booking app, in 2023.",
        [("tessel-labs", "FOUNDED", "rovo")],
        [],
    ),
    (  # must still give: "started X in a garage"
        "Raina Voss started Kestrel Bikes in a garage in 2014.",
        [("raina-voss", "FOUNDED", "kestrel-bikes")],
        [],
    ),
    (  # must still give: "runs X with his brother"
        "Carl Enby runs Orvel Freight with his brother.",
        [("carl-enby", "LEADS", "orvel-freight")],
        [],
    ),
    (  # must still give: a project run by a person
        "Priya Nair runs the Tarn dam project.",
        [("priya-nair", "LEADS", "tarn")],
        [],
    ),
]

BANK = GENDER + REGULATORS + BACKED + LIGHT
GAPS: dict[str, str] = {
    "Ida Ronne has led": 'a name with no typing cue stays an Organization though "she" '
    "stands for it; the verbs then read Tessel Labs as founding it",
    "The Energy Ministry reviewed": 'the deal noun takes the reporting subject "It" (the '
    'ministry) as its buyer in nominal/noun-trigger, before any "its" is read',
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_light15(case: Case) -> None:
    check(*case)
