"""Genre bank for wrong readings left over in round 16: a firm backed or funded "as owner"
owns something else, never its backer ("the fund backed Nori as owner"); a name modifying the
noun of a copula's complement ("T is a C customer") is no antecedent of a later "the company"
(T is).

Each case is a short invented article (text, relations that must be found, relations that must
not be), across finance, energy, food, mining, media and farming. Guards: a hired person "as
chief executive", a firm named "as its partner", an appositive customer.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BACKED_AS: list[Case] = [
    (  # finance: a fund backed a firm as owner
        "A spokesman for Teller Fund said the fund backed Nori as owner. Nori Foods sold shares "
        "to Pellam Group.",
        [("teller-fund", "BACKS", "nori-foods")],
        [("nori-foods", "OWNS", "teller-fund")],
    ),
    (  # energy: endorsed as owner
        "Ardent Partners endorsed Kestrel Oil as owner, a spokesman said.",
        [("ardent-partners", "BACKS", "kestrel-oil")],
        [("kestrel-oil", "OWNS", "ardent-partners")],
    ),
    (  # mining: supported as buyer
        "A spokeswoman for Harbin Capital said the fund supported Cobra Mining as buyer of the "
        "mine.",
        [("harbin-capital", "BACKS", "cobra-mining")],
        [("cobra-mining", "OWNS", "harbin-capital")],
    ),
    (  # guard: a person hired as chief executive
        "Pellam Bank hired Ivo Marsk as chief executive.",
        [("ivo-marsk", "LEADS", "pellam-bank")],
        [],
    ),
    (  # finance: funded as owner
        "Corvo Capital funded Marlo Media as owner of the radio stations.",
        [],
        [("marlo-media", "OWNS", "corvo-capital")],
    ),
    (  # guard: a firm named as its partner
        "Orlo Rail named Varnby Freight as its partner.",
        [("varnby-freight", "PARTNERS_WITH", "orlo-rail")],
        [],
    ),
]

COPULA_MODIFIERS: list[Case] = [
    (  # food: a customer
        "Tarrant Bakes is a Kelso Foods customer. Pellam Capital, which bought 60% of the "
        "company in 2020, plans a sale.",
        [("pellam-capital", "OWNS", "tarrant-bakes")],
        [("pellam-capital", "OWNS", "kelso-foods")],
    ),
    (  # farming: a supplier
        "Ostra Mills is a Varnby Grain supplier. Corvo Partners, which bought 40% of the company "
        "in 2018, wants to sell.",
        [],
        [("corvo-partners", "FUNDS", "varnby-grain"), ("corvo-partners", "OWNS", "varnby-grain")],
    ),
    (  # media: a client (already read)
        "Fennel Radio is a Marlo Media client. Brisk Capital, which acquired the company in "
        "2021, will list it.",
        [("brisk-capital", "OWNS", "fennel-radio")],
        [("brisk-capital", "OWNS", "marlo-media")],
    ),
    (  # guard: the appositive form (already read)
        "Quaystone Tools, a Halden Steel customer, grew fast. Orvel Capital, which bought 30% of "
        "the company in 2019, is selling.",
        [],
        [("orvel-capital", "OWNS", "halden-steel"), ("orvel-capital", "FUNDS", "halden-steel")],
    ),
]

BANK = BACKED_AS + COPULA_MODIFIERS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_leftovers16(case: Case) -> None:
    check(*case)
