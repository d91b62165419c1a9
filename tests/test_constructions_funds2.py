"""Stakes, backing, rivalry and advice constructions of report D's leftovers: a stake the seller
keeps is the seller's, in what it sold (`stake.sold_by`), never the buyer's.

Each case is (text, relations that must be found, relations that must not be), invented, in
several sectors; guards say what a text must not yield.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

RETAINED: list[Case] = [
    (  # bakery: a fronted participle, the stake kept in "the bakery chain"
        "Harlow Group has agreed to buy Quill Bakeries for $40 million. After selling Quill "
        "Bakeries to Harlow Group, Dana Ferrow will retain 27% of the bakery chain.",
        [("dana-ferrow", "OWNS", "quill-bakeries")],
        [("dana-ferrow", "OWNS", "harlow-group")],
    ),
    (  # energy: "will hold on to the rest" after selling a share of a wind farm operator
        "Brindle Pharma was bought by Tessaly Group in May. Corvane Energy is selling 60% of "
        "Pallow Wind to Strand Infrastructure, and will hold on to the rest.",
        [
            ("corvane-energy", "OWNS", "pallow-wind"),
            ("strand-infrastructure", "OWNS", "pallow-wind"),
        ],
        [("corvane-energy", "OWNS", "brindle-pharma")],
    ),
    (  # shipping: "keeps the remainder" after a sale in the same clause
        "Osterby Lines bought Kelso Ferries in 2021. Marten Shipping sold 70% of Pike Tugs to "
        "Osterby Lines and keeps the remainder.",
        [("marten-shipping", "OWNS", "pike-tugs")],
        [
            ("marten-shipping", "OWNS", "osterby-lines"),
            ("marten-shipping", "OWNS", "kelso-ferries"),
        ],
    ),
    (  # guard: a kept stake with no sale in the sentence stays with the stake rules
        "Tessaly Group will acquire Brindle Pharma from Oxley Capital. Oxley Capital keeps a 10% "
        "stake in the drugmaker.",
        [("oxley-capital", "OWNS", "brindle-pharma")],
        [("oxley-capital", "OWNS", "tessaly-group")],
    ),
    (  # guard: a seller that sold everything keeps nothing
        "Halvard Invest sold its remaining 10% of Polar Cargo last year.",
        [],
        [("halvard-invest", "OWNS", "polar-cargo")],
    ),
]


@pytest.mark.parametrize("case", RETAINED, ids=lambda c: c[0][:60])
def test_retained_stake_is_the_sellers(case: Case) -> None:
    check(*case)
