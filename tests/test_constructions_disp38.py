"""Disputes of round 38 (invented sentences, several sectors): a remedy asked of a body.

"A asked/urged/wants/called on BODY to <remedy> X": the one who asks disputes X (a named object,
each of a list, or the possessor of the thing struck); the body asked only would act, and what
an earlier rule read of it as the remedy's subject is the asker's ("urged the Grain Board to
block Kelda's purchase of Orvik"). An inquiry ("to investigate", "to examine") strikes only
when a public body or a court is asked. Intentions ("plans to ask"), passives ("was asked to"),
negations, hedges, acts that strike no one ("to supply more flour") and a petition noun
("filed a petition at the X Court asking it to ...") yield nothing.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

PETITIONED: list[Case] = [
    (  # dairy: a named object, a public body asked
        "Tarn Dairy asked the Grain Board to fine Kelda Mills for late deliveries.",
        [("tarn-dairy", "DISPUTES", "kelda-mills")],
        [("grain-board", "DISPUTES", "kelda-mills")],
    ),
    (  # competition: "wants ... to fine" with three firms coordinated
        "In its filing the Brenna Competition Commission wants the Tribunal to fine Orsk Cement, "
        "Halden Lime and Varro Stone for rigging bids.",
        [
            ("brenna-competition-commission", "DISPUTES", "orsk-cement"),
            ("brenna-competition-commission", "DISPUTES", "halden-lime"),
            ("brenna-competition-commission", "DISPUTES", "varro-stone"),
        ],
        [],
    ),
    (  # steel: an inquiry into a possessor's thing, a commission asked
        "Corvel Steel has asked the Trade Commission to examine Ostrava Frames's discounts.",
        [("corvel-steel", "DISPUTES", "ostrava-frames")],
        [],
    ),
    (  # medical devices: a patent office asked to cancel a rival's patent, second conjunct
        "Pellan Dental is fighting the suit and in March asked the Patent Office to cancel "
        "Norrick Implants's patent.",
        [("pellan-dental", "DISPUTES", "norrick-implants")],
        [],
    ),
    (  # politics: a person asker, "called on"
        "Ann Lorde, a Leeds councillor, called on the Food Standards Agency to investigate "
        "Kelda Mills.",
        [("ann-lorde", "DISPUTES", "kelda-mills")],
        [],
    ),
    (  # telecoms: a relative clause, "urged ... to ban"
        "The deal was opposed by Vantel Mobile, which urged the regulator to ban Orvo Telecom "
        "from the auction.",
        [("vantel-mobile", "DISPUTES", "orvo-telecom")],
        [],
    ),
    (  # retail: the asked body is not the fighter of the deal; the asker is
        "Tarn Dairy urged the European Commission to block Kelda Mills's purchase of Orvik Foods.",
        [("tarn-dairy", "DISPUTES", "kelda-mills"), ("tarn-dairy", "DISPUTES", "orvik-foods")],
        [
            ("european-commission", "DISPUTES", "kelda-mills"),
            ("european-commission", "DISPUTES", "orvik-foods"),
        ],
    ),
    (  # construction: a pronoun subject after a named firm
        "Brisk Build lost the tender in May. It has asked the Audit Office to investigate "
        "Calder Works.",
        [("brisk-build", "DISPUTES", "calder-works")],
        [],
    ),
]

PETITIONED_TRAPS: list[Case] = [
    (  # an act that strikes no one
        "Tarn Dairy asked Kelda Mills to supply more flour.",
        [],
        [("tarn-dairy", "DISPUTES", "kelda-mills")],
    ),
    (  # an inquiry asked of advisers, no public body
        "Tarn Dairy asked its advisers to examine Kelda Mills's offer.",
        [],
        [("tarn-dairy", "DISPUTES", "kelda-mills")],
    ),
    (  # an intention
        "Tarn Dairy plans to ask the regulator to fine Kelda Mills.",
        [],
        [("tarn-dairy", "DISPUTES", "kelda-mills")],
    ),
    (  # a negation
        "Tarn Dairy did not ask the regulator to investigate Kelda Mills.",
        [],
        [("tarn-dairy", "DISPUTES", "kelda-mills")],
    ),
    (  # a hedge
        "Tarn Dairy may ask the court to revoke Kelda Mills's patent.",
        [],
        [("tarn-dairy", "DISPUTES", "kelda-mills")],
    ),
    (  # a passive: the subject is the one asked
        "Tarn Dairy was asked by the regulator to block Kelda Mills from bidding.",
        [],
        [("tarn-dairy", "DISPUTES", "kelda-mills")],
    ),
    (  # backing, no remedy
        "Tarn Dairy urged shareholders to back Kelda Mills's offer.",
        [],
        [("tarn-dairy", "DISPUTES", "kelda-mills")],
    ),
    (  # the noun "petition": the court is asked, no one is struck by name
        "Tarn Dairy filed a petition at the Leeds High Court asking it to suspend the rules.",
        [],
        [("tarn-dairy", "DISPUTES", "leeds-high-court")],
    ),
]


@pytest.mark.parametrize("case", PETITIONED + PETITIONED_TRAPS, ids=lambda c: c[0][:60])
def test_petitioned_remedies(case: Case) -> None:
    check(*case)
