"""Genre bank for money (round 11, second wave): funding of a named project said through "the
£70m scheme" (an amount inside the description), a second funder after "and partly by", and
guards: "invest in X's scheme" (the scheme, not X), a firm's cash coordinated with another
lender's loan (no funding between them), "give it credit for", a refused loan, loans to
customers, shares to be swapped.

Each case is a short invented article across housing, energy, ports, farming, retail, mining.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PROJECT = "Greenlea Homes is building the Tarrow Quay project in Dunmore. "
SOLAR = "Kelso Mining plans the Brinmoor Solar project near Tarrow. "

PROJECT_FUNDS: list[Case] = [
    (  # housing: an amount in the description, two funders "partly by ... and partly by"
        PROJECT + "The £70m scheme is paid for partly by Greenlea's cash and partly by a "
        "National Bank loan.",
        [
            ("greenlea-homes", "FUNDS", "tarrow-quay"),
            ("national-bank", "FUNDS", "tarrow-quay"),
        ],
        [("greenlea-homes", "FUNDS", "national-bank")],
    ),
    (  # energy: "funded partly by X and partly by Y"
        SOLAR + "The project is funded partly by Kelso and partly by Harrow Bank.",
        [
            ("kelso-mining", "FUNDS", "brinmoor-solar"),
            ("harrow-bank", "FUNDS", "brinmoor-solar"),
        ],
        [],
    ),
    (  # energy: "$2 billion" in the description
        SOLAR + "The $2 billion project is financed by Ostra Capital.",
        [("ostra-capital", "FUNDS", "brinmoor-solar")],
        [],
    ),
    (  # energy: "€40 million"
        SOLAR + "The €40 million scheme will be funded by Ostra Capital.",
        [("ostra-capital", "FUNDS", "brinmoor-solar")],
        [],
    ),
    (  # ports: an active lender and the described project
        "Dornwick Ports is building the Skerry Dock terminal. Shire Bank lent £40m to the £90m "
        "project.",
        [("shire-bank", "FUNDS", "skerry-dock")],
        [],
    ),
    (  # housing: the firm's own cash and a bank's loan, in the active
        PROJECT + "Greenlea's cash and a National Bank loan pay for the scheme.",
        [],
        [("greenlea-homes", "FUNDS", "national-bank")],
    ),
    (  # ports: the funder's cash then a loan from a bank
        "Dornwick Ports is building the Skerry Dock terminal. The scheme is funded by "
        "Dornwick's reserves and partly by loans from Shire Bank.",
        [("dornwick-ports", "FUNDS", "skerry-dock"), ("shire-bank", "FUNDS", "skerry-dock")],
        [("dornwick-ports", "FUNDS", "shire-bank")],
    ),
    (  # energy: the project of the previous sentence as "it"
        SOLAR + "The state development bank has put €2m toward it.",
        [],
        [("kelso-mining", "FUNDS", "brinmoor-solar")],
    ),
    (  # energy: a named lender puts money toward the project of the previous sentence
        "Kelso Mining plans the Brinmoor Solar project near Tarrow. Ostra Bank has put €2m "
        "toward it.",
        [("ostra-bank", "FUNDS", "brinmoor-solar")],
        [("ostra-bank", "FUNDS", "kelso-mining")],
    ),
    (  # farming: two owners of equal halves of a named scheme
        "Aurel Power is building the Skerry Wind project. Aurel Power and Rhona Energy own "
        "equal halves of the scheme.",
        [("aurel-power", "FUNDS", "skerry-wind"), ("rhona-energy", "FUNDS", "skerry-wind")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # food: invest in another firm's scheme, in a conditional
        "Quillex bought Pellam Foods. Quillex says the deal would let it invest in Vantora's "
        "scheme with local farmers.",
        [],
        [("quillex", "FUNDS", "vantora")],
    ),
    (  # farming: invested in another firm's programme
        "Harrow Capital invested in Tarn Seeds' programme for growers.",
        [],
        [("harrow-capital", "FUNDS", "tarn-seeds")],
    ),
    (  # farming: invested in the firm itself still funds it
        "Harrow Capital invested in Tarn Seeds last year.",
        [("harrow-capital", "FUNDS", "tarn-seeds")],
        [],
    ),
    (  # retail: shares to be swapped
        "Tessaly agreed to buy Vell Foods. Mirelle Osk still holds 9% and will swap it for "
        "Tessaly shares when the deal closes.",
        [],
        [("mirelle-osk", "OWNS", "tessaly")],
    ),
    (  # retail: the idiom
        "An analyst at Brannock said Quillex's margins were better than investors give it "
        "credit for.",
        [],
        [("brannock", "FUNDS", "quillex")],
    ),
    (  # banking: a refused loan
        "Harlen Bank refused a loan to Quillex last year.",
        [],
        [("harlen-bank", "FUNDS", "quillex")],
    ),
    (  # banking: loans to customers
        "Marrow Bank provides loans to customers across the region.",
        [],
        [],
    ),
    (  # housing: a delayed scheme has no funder
        PROJECT + "The £70m scheme was delayed by the council.",
        [],
        [("greenlea-homes", "FUNDS", "tarrow-quay")],
    ),
]

BANK = PROJECT_FUNDS + GUARDS
GAPS: dict[str, str] = {
    "Aurel Power is building the Skerry Wind": "'own equal halves of the scheme' (a project "
    "named as 'the scheme') is read by no holding rule",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_money11b(case: Case) -> None:
    check(*case)
