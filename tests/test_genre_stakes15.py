"""Genre bank for held stakes (round 15): a holder list split by percentages ("is owned 45% by
A, 30% by the pension fund B and 25% by C", "belongs 50% to A, 30% to the fund B"), a register
ranking holders ("showed A as the top holder with 18%, followed by B, the family's vehicle, with
9%", "A remains the biggest holder with 31%, then B on 8%"), and holders who also paid in
("A, which owns 55% of X, put another £5m of equity into it" -> OWNS and FUNDS).

Guards: shares sold or held in the past, a list of bids, a market share or a poll ranked with
"followed by", a share price's rise, a holder whose clause moves no money (OWNS only), a round's
"followed by B with $5m" (FUNDS, no OWNS), a register share read as no round co-funding.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LISTS: list[Case] = [
    (  # glass: passive split, a descriptor before the middle holder
        "Halden Glass makes bottles in Leeds. Halden Glass is owned 45% by Tavish Capital, 30% "
        "by the pension fund Morrow Trust and 25% by Kessel Partners.",
        [
            ("tavish-capital", "OWNS", "halden-glass"),
            ("morrow-trust", "OWNS", "halden-glass"),
            ("kessel-partners", "OWNS", "halden-glass"),
        ],
        [("tavish-capital", "FUNDS", "halden-glass")],
    ),
    (  # insurance: two holders, the second described
        "Calder Insurance writes car cover. Calder Insurance is owned 70% by Vantage Mutual and "
        "30% by the insurer Pellam Re.",
        [
            ("vantage-mutual", "OWNS", "calder-insurance"),
            ("pellam-re", "OWNS", "calder-insurance"),
        ],
        [],
    ),
    (  # textiles: "belongs N% to"
        "Brannock Mills is a textile maker. Brannock Mills belongs 50% to Orvel Holdings, 30% to "
        "the fund Lorrimer Capital and 20% to the state lender Kelvara Bank.",
        [
            ("orvel-holdings", "OWNS", "brannock-mills"),
            ("lorrimer-capital", "OWNS", "brannock-mills"),
            ("kelvara-bank", "OWNS", "brannock-mills"),
        ],
        [],
    ),
    (  # logistics: register, the second holder with an appositive
        "Ferrano Logistics runs depots. The share register showed Ostrel Capital as the top "
        "holder with 18%, followed by Dunmarra Trust, the family's investment vehicle, with 9%, "
        "and Pellam Partners.",
        [
            ("ostrel-capital", "OWNS", "ferrano-logistics"),
            ("dunmarra-trust", "OWNS", "ferrano-logistics"),
        ],
        [
            ("dunmarra-trust", "FUNDS", "ferrano-logistics"),
            ("pellam-partners", "FUNDS", "ferrano-logistics"),
        ],
    ),
    (  # seeds: "as its biggest investor with 22%"
        "Vantora Seeds breeds wheat. The latest shareholder list showed Halvik Group as its "
        "biggest investor with 22%, followed by Corliss Ventures with 11%.",
        [
            ("halvik-group", "OWNS", "vantora-seeds"),
            ("corliss-ventures", "OWNS", "vantora-seeds"),
        ],
        [("corliss-ventures", "FUNDS", "vantora-seeds")],
    ),
    (  # snacks: "remains the biggest holder with N%"
        "Tessival Foods sells snacks. Marlowe Capital remains the biggest holder with 31%, "
        "followed by Ardent Partners with 12%.",
        [
            ("marlowe-capital", "OWNS", "tessival-foods"),
            ("ardent-partners", "OWNS", "tessival-foods"),
        ],
        [("ardent-partners", "FUNDS", "tessival-foods")],
    ),
    (  # chemicals: "at N%", "then B, the founders' vehicle, at N%"
        "Sorrel Chemicals is listed in Oslo. The register listed Orvel Capital as the top holder "
        "at 14%, then Taggart Holdings, the founders' vehicle, at 8%.",
        [
            ("orvel-capital", "OWNS", "sorrel-chemicals"),
            ("taggart-holdings", "OWNS", "sorrel-chemicals"),
        ],
        [("taggart-holdings", "FUNDS", "sorrel-chemicals")],
    ),
    (  # mining: "is still the largest shareholder", "then B on N%"
        "Kestrel Mining digs zinc. Brenna Resources is still the largest shareholder with 40%, "
        "then Ostler Capital on 10%.",
        [
            ("brenna-resources", "OWNS", "kestrel-mining"),
            ("ostler-capital", "OWNS", "kestrel-mining"),
        ],
        [],
    ),
    (  # chemicals: possessive rank noun, the next holder from "followed by"
        "Sorrel Chemicals is listed in Oslo. Its largest shareholder is Bremna Invest with 14%, "
        "followed by Taggart Holdings with 8%.",
        [
            ("bremna-invest", "OWNS", "sorrel-chemicals"),
            ("taggart-holdings", "OWNS", "sorrel-chemicals"),
        ],
        [("taggart-holdings", "FUNDS", "sorrel-chemicals")],
    ),
    (  # brewing: plural founders named the sentence before
        "Kelvin Brewing was set up by Anna Roth and Piet Dekker. Kelvin Brewing belongs 40% to "
        "its two founders and 60% to the fund Lorrimer Capital.",
        [
            ("lorrimer-capital", "OWNS", "kelvin-brewing"),
            ("anna-roth", "OWNS", "kelvin-brewing"),
            ("piet-dekker", "OWNS", "kelvin-brewing"),
        ],
        [],
    ),
    (  # software: two named founders hold "most of the rest"
        "Quorra Software was founded by Ilse Marrack and Teodor Vass in 2011. Ms Marrack and "
        "Mr Vass hold most of the rest of the shares.",
        [
            ("ilse-marrack", "OWNS", "quorra-software"),
            ("teodor-vass", "OWNS", "quorra-software"),
        ],
        [],
    ),
    (  # optics: "left ... but is still a shareholder"
        "Lumen Optics hired a new boss. Its co-founder Jonas Brell left in 2019 but is still a "
        "shareholder.",
        [("jonas-brell", "OWNS", "lumen-optics")],
        [],
    ),
]

LIST_GUARDS: list[Case] = [
    (  # mining: shares sold
        "Ravel Mining digs copper in Chile. Its founders sold most of their shares in 2018.",
        [],
        [("ravel-mining", "OWNS", "ravel-mining")],
    ),
    (  # shipping: a list of bids
        "Corvin Shipping is for sale. The bidding is led by Halvik Group at 120p, followed by "
        "Ardent Partners' offer at 110p.",
        [],
        [
            ("halvik-group", "OWNS", "corvin-shipping"),
            ("ardent-partners", "OWNS", "corvin-shipping"),
        ],
    ),
    (  # paper: a stake held in the past
        "Nordel Paper makes cartons. Orvel Capital, which held 10% until last year, has left.",
        [],
        [("orvel-capital", "OWNS", "nordel-paper")],
    ),
    (  # snacks: a market share ranked with "followed by"
        "Tessival Foods sells snacks. Marlowe Foods remains the biggest rival with 31% of the "
        "market, followed by Ardent Snacks with 12%.",
        [],
        [
            ("marlowe-foods", "OWNS", "tessival-foods"),
            ("ardent-snacks", "OWNS", "tessival-foods"),
        ],
    ),
    (  # snacks: a poll
        "Tessival Foods sells snacks. In the latest poll, Marlowe Foods was the top brand with "
        "31%, followed by Ardent Snacks with 12%.",
        [],
        [
            ("marlowe-foods", "OWNS", "tessival-foods"),
            ("ardent-snacks", "OWNS", "tessival-foods"),
        ],
    ),
    (  # pharma: share prices
        "Ovalis Pharma makes generics. Ovalis Pharma shares rose 4%, followed by Sentra Labs "
        "with 3%.",
        [],
        [("sentra-labs", "OWNS", "ovalis-pharma")],
    ),
    (  # apps: a round's "followed by B with $5m" stays a co-funding
        "Kinto Apps raised $20m in a Series B round led by Halvik Ventures, followed by Ardent "
        "Capital with $5m.",
        [
            ("halvik-ventures", "FUNDS", "kinto-apps"),
            ("ardent-capital", "FUNDS", "kinto-apps"),
        ],
        [("ardent-capital", "OWNS", "kinto-apps")],
    ),
]

PAID_IN: list[Case] = [
    (  # food: the holder's relative holds, its main clause pays
        "Brisk Foods makes pies. Lorrimer Capital, which owns 55% of Brisk Foods, put another "
        "£5m of equity into the company last month.",
        [
            ("lorrimer-capital", "OWNS", "brisk-foods"),
            ("lorrimer-capital", "FUNDS", "brisk-foods"),
        ],
        [],
    ),
    (  # energy: the relative pays, the main clause holds
        "Tarvex Energy drills wells. Kelvara Partners, which put $30m into Tarvex Energy in "
        "2020, now holds just under 12%.",
        [
            ("kelvara-partners", "OWNS", "tarvex-energy"),
            ("kelvara-partners", "FUNDS", "tarvex-energy"),
        ],
        [],
    ),
    (  # robotics: an injection from the holder described in apposition
        "Quillex Robotics raised money. The cash came as a €20m equity injection from Ostrel "
        "Ventures, the investor that owns 40% of Quillex Robotics.",
        [
            ("ostrel-ventures", "OWNS", "quillex-robotics"),
            ("ostrel-ventures", "FUNDS", "quillex-robotics"),
        ],
        [],
    ),
    (  # biotech: "owns N% of X and led its recent rounds"
        "Pellam Bio develops drugs. Corliss Health, which owns 18% of Pellam Bio and led its "
        "recent rounds, backed the plan.",
        [
            ("corliss-health", "OWNS", "pellam-bio"),
            ("corliss-health", "FUNDS", "pellam-bio"),
        ],
        [],
    ),
    (  # metering: "holds N% of X and led both funding rounds"
        "Nexa Grid sells meters. Halvik Energy, which holds 30% of Nexa Grid and led both "
        "funding rounds, wants a listing.",
        [("halvik-energy", "OWNS", "nexa-grid"), ("halvik-energy", "FUNDS", "nexa-grid")],
        [],
    ),
    (  # grid: the holder bought its holding for a sum
        "Ardent Grid builds lines. Ardent Grid is 60% owned by Brenna Infra, which bought the "
        "holding in 2017 for €90m.",
        [
            ("brenna-infra", "OWNS", "ardent-grid"),
            ("brenna-infra", "FUNDS", "ardent-grid"),
        ],
        [],
    ),
]

PAID_GUARDS: list[Case] = [
    (  # biotech: led talks, not rounds
        "Pellam Bio develops drugs. Corliss Health, which owns 18% of Pellam Bio and led its "
        "recent talks, backed the plan.",
        [("corliss-health", "OWNS", "pellam-bio")],
        [("corliss-health", "FUNDS", "pellam-bio")],
    ),
    (  # biotech: another firm's rounds
        "Pellam Bio develops drugs. Corliss Health owns 18% of Pellam Bio and led the rounds of "
        "Tarvo Labs.",
        [("corliss-health", "OWNS", "pellam-bio")],
        [("corliss-health", "FUNDS", "pellam-bio")],
    ),
    (  # ports: the holder sold an arm of its own
        "Vellan Ports runs terminals. Orvel Holdings, which owns 55% of Vellan Ports, sold its "
        "shipping arm last year.",
        [("orvel-holdings", "OWNS", "vellan-ports")],
        [("orvel-holdings", "FUNDS", "vellan-ports")],
    ),
    (  # tools: no money verb
        "Sable Tools makes drills. Maro Group, which owns 30% of Sable Tools, named a new "
        "chairman.",
        [("maro-group", "OWNS", "sable-tools")],
        [("maro-group", "FUNDS", "sable-tools")],
    ),
    (  # retail: "in which" names the held firm; no second owned firm
        "Traders named Brisk Retail, in which the Vellan family's vehicle Orvel Holdings holds "
        "20%, as the next bid target, but a person close to the company denied it.",
        [("orvel-holdings", "OWNS", "brisk-retail")],
        [],
    ),
    (  # shipping: a project half-owned, the buyer of the article not its owner
        "Marlo Shipping agreed to buy Kestrel Ports. Tarvick Group also owns 50% of the Saltway "
        "Depot, a storage project, and Ostrel Energy owns the other 50%.",
        [],
        [
            ("tarvick-group", "OWNS", "marlo-shipping"),
            ("tarvick-group", "OWNS", "kestrel-ports"),
            ("ostrel-energy", "OWNS", "marlo-shipping"),
        ],
    ),
    (  # retail: "holds the rest" after a sale
        "Quillex Capital sold 70% of Brisk Retail to Maro Group. Orvel Holdings holds the rest.",
        [("orvel-holdings", "OWNS", "brisk-retail")],
        [("orvel-holdings", "OWNS", "quillex-capital")],
    ),
]

BANK = LISTS + LIST_GUARDS + PAID_IN + PAID_GUARDS
GAPS: dict[str, str] = {
    "Quorra Software was founded": "'hold most of the rest of the shares': no percentage the "
    "stake rules read",
    "Lumen Optics hired": "'is still a shareholder' with no company named: no rule",
    "Quillex Robotics raised": "an injection's source described in apposition as the holder: "
    "the injection noun takes no FUNDS",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_stakes15(case: Case) -> None:
    check(*case)
