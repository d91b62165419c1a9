"""A company description set off after a name is that name's appositive, even when the name
is typed as a person's (`loaders.apposed_descriptions`): "Orrin Vale, the Tarvo-based group,
which ..." never places the article's salient firm in Tarvo.

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

CASES: list[Case] = [
    (  # passive: the owner's appositive, closed by a relative clause
        "Harlan Storage is owned by Vosmer Kade, the Antwerp-based cold-store operator, which "
        "acquired the depot in 2011.",
        [],
        [("harlan-storage", "LOCATED_IN", "antwerp")],
    ),
    (  # the appositive closes the sentence
        "Harlan Storage is owned by Vosmer Kade, the Antwerp-based cold-store operator.",
        [("vosmer-kade", "OWNS", "harlan-storage")],
        [("harlan-storage", "LOCATED_IN", "antwerp")],
    ),
    (  # "controlled by": a name that reads like a person's, its company appositive
        "Brisk Parcel is controlled by Aldo Ferrante, the Genoa-based logistics group.",
        [],
        [("brisk-parcel", "LOCATED_IN", "genoa")],
    ),
    (  # active: a customer's appositive places no supplier
        "Tarrow Mills supplies Henrik Dahl, the Malmo-based bakery chain, which takes half "
        "of the mill's output.",
        [],
        [("tarrow-mills", "LOCATED_IN", "malmo")],
    ),
    (  # lookalike: a description a verb follows is the clause's subject, still a reference
        "Selma Tiles opened a plant. Founded by Dr. Inka Tarr, the Lyon-based lab sells kits.",
        [("selma-tiles", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # coordination: each appositive describes its own name
        "Dunmore Foods is owned by Ulla Brekke Holding, the Bergen-based family office, and "
        "Tavi Partners, a Lisbon fund.",
        [],
        [("dunmore-foods", "LOCATED_IN", "bergen")],
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_case(case: Case) -> None:
    check(*case)
