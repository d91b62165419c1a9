"""List readings of round 38 (invented sentences, several sectors).

- A list member named after a descriptor the lexicon does not type: an article or possessive
  opens it ("and the snack specialist X", "and the Lisbon house X", "and the Franco-Dutch group
  X"), or an agent noun stands alone ("and sailmaker X", "and Greek physician X"). A verb, a
  time ("and the next day X sued"), a negation or a modal still read nothing.
- An appositive with a relative clause after a list member does not end the list ("A, a Riga
  company that sells helmets, and B"; the clause may hold its own "and": "that builds ferries
  and tugs"). A name inside the clause ("a company that B bought") or a name joined by the
  clause's "and" ("that supplies schools and B") is no member.

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
        "Brisk Kites was founded in 2011 by the engineer Ola Marsh and sailmaker Ben Ode.",
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
        "Talvik Gems does not compete with Pearl Jewels and the valve specialist Odda Works.",
        [],
        [("talvik-gems", "COMPETES_WITH", "odda-works")],
    ),
    (  # a modal: no purchase yet
        "Talvik Gems may buy Pearl Jewels and the valve specialist Odda Works.",
        [],
        [("talvik-gems", "OWNS", "odda-works")],
    ),
]

RELATIVE_APPOSITIVES: list[Case] = [
    (  # armour: a bidders' list
        "Kestrel Armour beat two other bidders: Rigel Works, a Riga company that sells helmets, "
        "and Vester Plate.",
        [
            ("kestrel-armour", "COMPETES_WITH", "rigel-works"),
            ("kestrel-armour", "COMPETES_WITH", "vester-plate"),
        ],
        [("rigel-works", "COMPETES_WITH", "vester-plate")],
    ),
    (  # snacks: a passive's agents
        "Talvik Foods is owned by Brennor Snacks, a company that supplies schools, and Halder "
        "Foods.",
        [("brennor-snacks", "OWNS", "talvik-foods"), ("halder-foods", "OWNS", "talvik-foods")],
        [],
    ),
    (  # robotics: funders
        "Quill Labs raised $12m from Orm Capital, a Leeds fund that backs robotics start-ups, "
        "and Tessel Ventures.",
        [("orm-capital", "FUNDS", "quill-labs"), ("tessel-ventures", "FUNDS", "quill-labs")],
        [],
    ),
    (  # ferries: the clause's own "and"
        "Halvik Ferries competes with Odda Marine, a yard that builds ferries and tugs, and "
        "Kelp Yachts.",
        [
            ("halvik-ferries", "COMPETES_WITH", "odda-marine"),
            ("halvik-ferries", "COMPETES_WITH", "kelp-yachts"),
        ],
        [],
    ),
]

RELATIVE_APPOSITIVE_TRAPS: list[Case] = [
    (  # a name inside the clause is its subject, no member
        "Talvik Foods is owned by Brennor Snacks, a company that Halder Foods bought in 2019, "
        "and its founders.",
        [("brennor-snacks", "OWNS", "talvik-foods")],
        [("halder-foods", "OWNS", "talvik-foods")],
    ),
    (  # the clause's object, no list
        "Talvik Foods competes with Brennor Snacks, a company that sued Halder Foods last year.",
        [("talvik-foods", "COMPETES_WITH", "brennor-snacks")],
        [("talvik-foods", "COMPETES_WITH", "halder-foods")],
    ),
    (  # a name joined by the clause's "and" belongs to the clause
        "Talvik Foods is owned by Brennor Snacks, a company that supplies schools and Halder "
        "Foods.",
        [("brennor-snacks", "OWNS", "talvik-foods")],
        [("halder-foods", "OWNS", "talvik-foods")],
    ),
    (  # negation
        "Talvik Foods is not owned by Brennor Snacks, a company that supplies schools, and "
        "Halder Foods.",
        [],
        [("halder-foods", "OWNS", "talvik-foods"), ("brennor-snacks", "OWNS", "talvik-foods")],
    ),
]


@pytest.mark.parametrize(
    "case", DESCRIBED_MEMBERS + DESCRIBED_MEMBER_TRAPS, ids=lambda c: c[0][:60]
)
def test_described_members(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize(
    "case", RELATIVE_APPOSITIVES + RELATIVE_APPOSITIVE_TRAPS, ids=lambda c: c[0][:60]
)
def test_relative_appositives(case: Case) -> None:
    check(*case)
