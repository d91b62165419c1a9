"""Funding, stake, partnering and backing constructions from report D (invented sentences):
joint-venture members fund the venture's project through an interruption, lenders and
grant-makers in less common shapes, and their near-misses.

Each case is (text, relations that must be found, relations that must not be); every name is
invented and the sectors vary on purpose.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

VENTURES: list[Case] = [
    (  # housing: a long appositive between the project and its passive verb
        "Tollgate Wharf, a 200 million pound mix of flats and offices, is being built by a "
        "joint venture of Harrowgate Homes and Pendle Capital.",
        [
            ("harrowgate-homes", "FUNDS", "tollgate-wharf"),
            ("pendle-capital", "FUNDS", "tollgate-wharf"),
        ],
        [("harrowgate-homes", "FUNDS", "pendle-capital")],
    ),
    (  # metals: a relative clause on the first member
        "The Ostrava Smelter is being built by a joint venture of Belmar Metals, which employs "
        "3,000 people in two regions, and Kosaka Trading.",
        [
            ("belmar-metals", "FUNDS", "ostrava-smelter"),
            ("kosaka-trading", "FUNDS", "ostrava-smelter"),
        ],
        [],
    ),
    (  # energy: "formed by" as the membership link, a relative clause on the first member
        "The Ferris Point Wind Farm is being developed by a joint venture formed by Calder "
        "Power, which runs four plants in Wales, and Nordvik Energi.",
        [
            ("calder-power", "FUNDS", "ferris-point-wind-farm"),
            ("nordvik-energi", "FUNDS", "ferris-point-wind-farm"),
        ],
        [],
    ),
    (  # roads: "JV" for joint venture, "delivered", a role noun before a member
        "The Kelvin Bypass is being delivered by a JV of the contractor Dorran Civils and "
        "Marsh Infrastructure Fund.",
        [
            ("dorran-civils", "FUNDS", "kelvin-bypass"),
            ("marsh-infrastructure-fund", "FUNDS", "kelvin-bypass"),
        ],
        [],
    ),
    (  # guard: a venture picked for a contract does not fund
        "The county picked a JV of Dorran Civils and Marsh Infrastructure Fund to build the "
        "Kelvin Bypass.",
        [],
        [("dorran-civils", "FUNDS", "kelvin-bypass")],
    ),
    (  # guard: the relative clause names someone else: no list through it
        "The Ostrava Smelter is being built by a joint venture of Belmar Metals, which Tarrant "
        "Group bought in 2019, and Kosaka Trading.",
        [],
        [("tarrant-group", "FUNDS", "ostrava-smelter")],
    ),
    (  # guard: a venture only discussed
        "Harrowgate Homes and Pendle Capital discussed forming a joint venture for Tollgate "
        "Wharf but never signed.",
        [],
        [("harrowgate-homes", "FUNDS", "tollgate-wharf")],
    ),
    (  # guard: an appositive naming the owner is no aside to skip
        "Tollgate Wharf, a scheme owned by Merrion Estates, is being built by a joint venture "
        "of Harrowgate Homes and Pendle Capital.",
        [],
        [("harrowgate-homes", "FUNDS", "merrion-estates")],
    ),
]


@pytest.mark.parametrize("case", VENTURES)
def test_venture_members_fund_the_project(case: Case) -> None:
    check(*case)
