"""Genre bank for the recipient of loans, grants, equity and state aid (round 15).

A financing noun's lender funds the project the money is for, else the clause's subject; never
the complement of a sibling "from X" joined by "and", "plus", "as well as" or "along with" ("a
loan from A plus an equity injection from B": B funds what A funds, not A). A site noun ("a
plant in P") after a backer's or partner's "from"/"with" name is not that name's site ("a
subsidy from the ministry for a plant in P", "teamed up with L to build a plant at P"); a
relative clause on the name keeps it ("from L, which runs a plant in P").

Each case is a short invented text (relations that must be found, relations that must not be),
across food, steel, rail, ports, energy, dairy, pharma, retail and logistics.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SIBLING_FUNDERS: list[Case] = [
    (  # food: "plus" joins the two financing phrases; the buyer is the previous sentence's
        "Pellmoor Foods agreed to buy Quaystone Mills for £300m. The acquisition is to be "
        "funded by a loan from Kelvara Bank plus an equity injection from Fennick Capital.",
        [
            ("kelvara-bank", "FUNDS", "pellmoor-foods"),
            ("fennick-capital", "FUNDS", "pellmoor-foods"),
        ],
        [("fennick-capital", "FUNDS", "kelvara-bank")],
    ),
    (  # energy: "as well as", no named recipient: nothing between the two lenders
        "The expansion will be financed by a loan from Calder Bank as well as a grant from the "
        "Regional Growth Fund.",
        [],
        [
            ("regional-growth-fund", "FUNDS", "calder-bank"),
            ("calder-bank", "FUNDS", "regional-growth-fund"),
        ],
    ),
    (  # ports: "along with" after a credit line, the payer is the subject
        "Harlow Ports will pay for the new cranes with a credit line from Tessin Bank along "
        "with an equity injection from Marrow Infrastructure Partners.",
        [
            ("tessin-bank", "FUNDS", "harlow-ports"),
            ("marrow-infrastructure-partners", "FUNDS", "harlow-ports"),
        ],
        [("marrow-infrastructure-partners", "FUNDS", "tessin-bank")],
    ),
    (  # rail: "plus" with the owner as an appositive on the second funder
        "Vantor Rail is financing the purchase with a term loan from Calder Bank plus an equity "
        "injection from Moss Partners, its largest holder.",
        [("calder-bank", "FUNDS", "vantor-rail"), ("moss-partners", "FUNDS", "vantor-rail")],
        [("moss-partners", "FUNDS", "calder-bank")],
    ),
    (  # retail: "and" (read before this round), the owner after the second funder
        "Lydale will pay with a €400m loan from Norvik Bank and new equity from Grisdale, its "
        "owner.",
        [("norvik-bank", "FUNDS", "lydale"), ("grisdale", "FUNDS", "lydale")],
        [("norvik-bank", "FUNDS", "grisdale"), ("grisdale", "FUNDS", "norvik-bank")],
    ),
    (  # mining: a comma list of three financing phrases; none funds an earlier lender
        "Kelso Mining funded the mine with a loan from Exton Bank, a grant from the Tarn "
        "Regional Fund and an equity injection from Orvel Capital.",
        [("exton-bank", "FUNDS", "kelso-mining")],
        [("tarn-regional-fund", "FUNDS", "exton-bank"), ("orvel-capital", "FUNDS", "exton-bank")],
    ),
    (  # must still give: an appositive lender noun on the "from" name
        "Kelso Mining took a loan from Exton Bank, the biggest lender to Halvik Power.",
        [("exton-bank", "FUNDS", "kelso-mining"), ("exton-bank", "FUNDS", "halvik-power")],
        [],
    ),
    (  # labs: "along with" a grant; both fund the subject
        "Ferro Labs will use a credit facility from Halden Bank along with a grant from the "
        "Penby Science Trust.",
        [("halden-bank", "FUNDS", "ferro-labs"), ("penby-science-trust", "FUNDS", "ferro-labs")],
        [("penby-science-trust", "FUNDS", "halden-bank")],
    ),
    (  # must still give: a verb's "from" and a sibling grant
        "Quillex secured a loan from Exton Bank and a grant from the Penby Growth Fund.",
        [("exton-bank", "FUNDS", "quillex")],
        [("penby-growth-fund", "FUNDS", "exton-bank")],
    ),
    (  # must still give: money towards a named centre
        "Penby Council put £2m of council money towards the Penby Arts Centre.",
        [("penby-council", "FUNDS", "penby-arts-centre")],
        [],
    ),
    (  # must still give: a round headed by a lead investor
        "Slepton raised €75m in a round headed by Orvel Ventures.",
        [("orvel-ventures", "FUNDS", "slepton")],
        [],
    ),
]

BACKER_SITES: list[Case] = [
    (  # steel: state aid "for a plant in P": the ministry is not in P
        "Obrey Steel won a €900m subsidy from the Norland Economy Ministry for a hydrogen plant "
        "in Kell.",
        [("norland-economy-ministry", "FUNDS", "obrey-steel")],
        [("norland-economy-ministry", "LOCATED_IN", "kell")],
    ),
    (  # dairy: a grant from a fund for a factory
        "Corliss Dairies got a grant from the Wexley Rural Fund for a cheese factory in Ambleside.",
        [("wexley-rural-fund", "FUNDS", "corliss-dairies")],
        [("wexley-rural-fund", "LOCATED_IN", "ambleside")],
    ),
    (  # energy: the partner after "teamed up with" does not get the plant's site
        "Tamsett Energy teamed up with Halvik Power to build a battery plant at Ostrel.",
        [("tamsett-energy", "PARTNERS_WITH", "halvik-power")],
        [("halvik-power", "LOCATED_IN", "ostrel")],
    ),
    (  # logistics: a partner in a first conjunct, another firm's own plant in the second
        "Harrow Ports teamed up with Tessin Logistics to open a warehouse in Dunmore, and Brisa "
        "Labs opened a plant in Leiden.",
        [("brisa-labs", "LOCATED_IN", "leiden")],
        [("tessin-logistics", "LOCATED_IN", "dunmore")],
    ),
    (  # dental: "in partnership with" before the verb: the partner gets no site
        "Quillex, in partnership with Brisk Dental, opened a clinic in Penby.",
        [("quillex", "PARTNERS_WITH", "brisk-dental")],
        [("brisk-dental", "LOCATED_IN", "penby")],
    ),
    (  # must still give: a relative clause on the "from" name runs the plant
        "Tamsett bought a mill from Halvik Power, which runs a plant in Ostrel.",
        [("halvik-power", "LOCATED_IN", "ostrel")],
        [],
    ),
    (  # must still give: an appositive on the partner places the partner
        "Orrin Tech teamed up with Pallas Optics, a lens maker based in Jena, to build a camera.",
        [("pallas-optics", "LOCATED_IN", "jena")],
        [("orrin-tech", "LOCATED_IN", "jena")],
    ),
    (  # must still give: a rival "out of" a city in an appositive after "with"
        "Verdan Pay competes with Korsk Money, a fast-growing rival out of Oslo.",
        [("korsk-money", "LOCATED_IN", "oslo")],
        [("verdan-pay", "LOCATED_IN", "oslo")],
    ),
    (  # must still give: the subject opens its own plant
        "Quillex opened a plant in Ostrel.",
        [("quillex", "LOCATED_IN", "ostrel")],
        [],
    ),
]

PROJECT_FUNDERS: list[Case] = [
    (  # steel: state aid for a named project funds the project, not the borrower
        "Obrey Steel won €900m of state aid from the Norland Economy Ministry for its Kellmoor "
        "Hydrogen Project.",
        [("norland-economy-ministry", "FUNDS", "kellmoor-hydrogen-project")],
        [("norland-economy-ministry", "FUNDS", "obrey-steel")],
    ),
    (  # cement: a grant to build a named project (read before this round)
        "Harrow Cement received a €40m grant from the Tessin Energy Agency to build the Dunmore "
        "Carbon Capture Project.",
        [("tessin-energy-agency", "FUNDS", "dunmore-carbon-capture-project")],
        [("tessin-energy-agency", "FUNDS", "harrow-cement")],
    ),
    (  # catering: a project appositive "that it co-funds with" a described partner
        "Halvik Foods runs canteens. Its main asset is the Brannock Terminal, a €300m facility "
        "in Dunmarra that it co-funds with the caterer Sorrel Group.",
        [
            ("halvik-foods", "FUNDS", "brannock-terminal"),
            ("sorrel-group", "FUNDS", "brannock-terminal"),
        ],
        [("sorrel-group", "LOCATED_IN", "dunmarra"), ("halvik-foods", "LOCATED_IN", "dunmarra")],
    ),
    (  # gas: an object relative "which it co-finances with B"
        "Vellum Gas owns the Rotham Storage Project, which it co-finances with Ardent Power.",
        [
            ("vellum-gas", "FUNDS", "rotham-storage-project"),
            ("ardent-power", "FUNDS", "rotham-storage-project"),
        ],
        [("ardent-power", "FUNDS", "vellum-gas")],
    ),
    (  # water: the fellow funder behind a descriptor ("the state lender B")
        "Pellam Water is building the Ostrel Desalination Plant, which it co-finances with the "
        "state lender Norland Development Bank.",
        [("norland-development-bank", "FUNDS", "ostrel-desalination-plant")],
        [("norland-development-bank", "FUNDS", "pellam-water")],
    ),
    (  # guard: co-funding an unnamed thing funds nothing the article funded before
        "Tarn Wind Farm is financed by Calder Bank. Halvik Foods co-funds a cookery school "
        "with the charity Ostrel Trust.",
        [("calder-bank", "FUNDS", "tarn-wind-farm")],
        [("ostrel-trust", "FUNDS", "tarn-wind-farm"), ("ostrel-trust", "FUNDS", "halvik-foods")],
    ),
]

REST_LENDERS: list[Case] = [
    (  # wind: "with the rest coming as loans from A and B": the project's lenders
        "Halvik Energy and Sorrel Power are building the Tarn Wind Farm together. Both partners "
        "will provide equity, with the rest coming as loans from Norvik Bank and Calder Bank.",
        [("norvik-bank", "FUNDS", "tarn-wind-farm"), ("calder-bank", "FUNDS", "tarn-wind-farm")],
        [("norvik-bank", "FUNDS", "halvik-energy"), ("calder-bank", "FUNDS", "sorrel-power")],
    ),
    (  # freight: "the remainder comes as credit from A and B" after a shareholder clause
        "Vantor Rail and Moss Logistics own the Kell Freight Hub. Each shareholder will inject "
        "equity pro rata; the remainder comes as credit from Norvik Bank and the Norland "
        "Investment Bank.",
        [("norvik-bank", "FUNDS", "kell-freight-hub")],
        [("norvik-bank", "FUNDS", "vantor-rail"), ("norvik-bank", "FUNDS", "moss-logistics")],
    ),
    (  # guard: "comes from" a place or a client is no lender
        "The Tarn Wind Farm will cost €400m. Most of the rest comes as revenue from Halvik "
        "Energy, its only customer.",
        [],
        [("halvik-energy", "FUNDS", "tarn-wind-farm")],
    ),
]

BANK = SIBLING_FUNDERS + BACKER_SITES + PROJECT_FUNDERS + REST_LENDERS
GAPS: dict[str, str] = {
    "Vantor Rail and Moss Logistics own": "a remainder after ';' in a sentence whose owners "
    "inject equity: the article's funded thing is not set from an owners' sentence",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_finance15(case: Case) -> None:
    check(*case)
