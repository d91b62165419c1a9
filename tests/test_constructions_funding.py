"""Funding family constructions (`loaders.relations.funding`): shares of a project's cost
whose funded thing is named once and then implied ("the balance", "the rest", "of which").

Each case is (text, relations that must be found, relations that must not be); every name is
invented and the sectors vary on purpose.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

COST_SHARES: list[Case] = [
    (  # rail: "the rest of X", passive, a consortium headed by one member that includes others
        "The rest of the Tarn Valley Railway will be provided by a consortium headed by Quarrel "
        "Group that also includes Marsh Energy and Brill Capital.",
        [
            ("quarrel-group", "FUNDS", "tarn-valley-railway"),
            ("marsh-energy", "FUNDS", "tarn-valley-railway"),
            ("brill-capital", "FUNDS", "tarn-valley-railway"),
        ],
        [("quarrel-group", "FUNDS", "marsh-energy")],
    ),
    (  # banking: "the remainder" of what the sentence before funded, lenders led by one
        "Dunmore Council will provide £300 million for the Tarn Valley Railway. The remainder "
        "is to be supplied by lenders led by Harrow Mutual and including Pelt Bank.",
        [
            ("dunmore-council", "FUNDS", "tarn-valley-railway"),
            ("harrow-mutual", "FUNDS", "tarn-valley-railway"),
            ("pelt-bank", "FUNDS", "tarn-valley-railway"),
        ],
        [("harrow-mutual", "FUNDS", "pelt-bank")],
    ),
    (  # energy: "the balance", the one project named the sentence before, irregular "met"
        "The Orrin Wind Farm was approved in May. The balance will be met by Skerra Energy.",
        [("skerra-energy", "FUNDS", "orrin-wind-farm")],
        [],
    ),
    (  # construction: active, "will put up the rest"
        "The Harl Tunnel is expected to cost £2 billion. Marlow Infrastructure will put up the "
        "rest.",
        [("marlow-infrastructure", "FUNDS", "harl-tunnel")],
        [],
    ),
    (  # government: ", of which" after the cost of a project
        "The Kell Bridge will cost £90 million, of which Dunmore Council will contribute £30 "
        "million.",
        [("dunmore-council", "FUNDS", "kell-bridge")],
        [],
    ),
    (  # guard: the rest of the proceeds goes to someone: no funder
        "Vantor Foods said it would sell its dairy unit. The rest of the proceeds will go to "
        "Pell Pensions.",
        [],
        [("pell-pensions", "FUNDS", "vantor-foods")],
    ),
    (  # guard: negation
        "The Orrin Wind Farm was approved in May. The balance will not be met by Skerra Energy.",
        [],
        [("skerra-energy", "FUNDS", "orrin-wind-farm")],
    ),
    (  # guard: no funded thing in reach
        "Skerra Energy reported higher profits. The balance was provided by Harrow Mutual.",
        [],
        [("harrow-mutual", "FUNDS", "skerra-energy")],
    ),
]


@pytest.mark.parametrize("text,present,absent", COST_SHARES)
def test_cost_shares(text, present, absent):
    check(text, present, absent)
