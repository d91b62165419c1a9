"""List readings of round 38 (invented sentences, several sectors).

- A list member named after a descriptor the lexicon does not type: an article or possessive
  opens it ("and the snack specialist X", "and the Lisbon house X", "and the Franco-Dutch group
  X"), or an agent noun stands alone ("and sailmaker X", "and Greek physician X"). A verb, a
  time ("and the next day X sued"), a negation or a modal still read nothing.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

DESCRIBED_MEMBERS: list[Case] = [
    (  # food: an article-led trade noun the lexicon does not type, active object
        "Corvel Foods already owns Tamsin Bakery and the snack specialist Odda Works.",
        [("corvel-foods", "OWNS", "odda-works"), ("corvel-foods", "OWNS", "tamsin-bakery")],
        [],
    ),
    (  # kites: a passive's agents, the second with a bare agent noun
        "Brisk Kites was founded in 2011 by former rider Ola Marsh and sailmaker Ben Ode.",
        [("ola-marsh", "FOUNDED", "brisk-kites"), ("ben-ode", "FOUNDED", "brisk-kites")],
        [],
    ),
    (  # clinics: a nationality and an agent noun
        "Serene Clinics was founded by psychologist Claire Whit and Greek physician Anan Sori.",
        [("claire-whit", "FOUNDED", "serene-clinics"), ("anan-sori", "FOUNDED", "serene-clinics")],
        [],
    ),
    (  # jewellery: a place modifying the descriptor, "the company" as the subject
        "Marlo Gems sells pearls in Lisbon. The company competes with Pearl Cove and the Porto "
        "house Vanta Jewels.",
        [
            ("marlo-gems", "COMPETES_WITH", "pearl-cove"),
            ("marlo-gems", "COMPETES_WITH", "vanta-jewels"),
        ],
        [("pearl-cove", "COMPETES_WITH", "vanta-jewels")],
    ),
    (  # armour: a hyphenated nationality compound in a bidders' list
        "Kestrel Armour beat two other bidders: Rigel Works and the Franco-Dutch group Vester "
        "Plate.",
        [
            ("kestrel-armour", "COMPETES_WITH", "rigel-works"),
            ("kestrel-armour", "COMPETES_WITH", "vester-plate"),
        ],
        [],
    ),
    (  # seeds: funders, the second described
        "Rowan Seeds raised $9m from Tavi Ventures and the farm specialist Orm Holdings.",
        [("tavi-ventures", "FUNDS", "rowan-seeds"), ("orm-holdings", "FUNDS", "rowan-seeds")],
        [],
    ),
]

DESCRIBED_MEMBER_TRAPS: list[Case] = [
    (  # a new clause: "the court" is a subject, "ordered" a verb
        "Talvik Gems bought Pearl Jewels and the court ordered Kimberley Pearls to pay.",
        [("talvik-gems", "OWNS", "pearl-jewels")],
        [("talvik-gems", "OWNS", "kimberley-pearls")],
    ),
    (  # a time opens a new clause
        "Talvik Gems sued Pearl Jewels and the next day Kimberley Pearls sued Orvo Mills.",
        [("talvik-gems", "DISPUTES", "pearl-jewels")],
        [("talvik-gems", "DISPUTES", "kimberley-pearls")],
    ),
    (  # negation
        "Talvik Gems does not compete with Pearl Jewels and the brass specialist Odda Works.",
        [],
        [("talvik-gems", "COMPETES_WITH", "odda-works")],
    ),
    (  # a modal: no purchase yet
        "Talvik Gems may buy Pearl Jewels and the brass specialist Odda Works.",
        [],
        [("talvik-gems", "OWNS", "odda-works")],
    ),
]


@pytest.mark.parametrize(
    "case", DESCRIBED_MEMBERS + DESCRIBED_MEMBER_TRAPS, ids=lambda c: c[0][:60]
)
def test_described_members(case: Case) -> None:
    check(*case)
