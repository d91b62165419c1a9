"""Ownership readings of round 42 (invented sentences, several sectors).

A named thing told by its noun, then the firm that makes it (`relations.made_things`):

- with no comma, a reduced relative: "the Tarro valve made by Kelvin Pumps", "the Brisa app
  developed by the Oslo firm Nordel" (a descriptor before the maker); a relative clause:
  "the Rallo tyre, which is made by Kelvin Rubber";
- a passive clause: "Lumo lenses are made by Pellan Optics", "Brisa scanners are
  manufactured by Nordel Medical";
- an appositive description whose head is no product noun: "the Solvane cathode, a nickel
  plate made by Orvik Metals" (whatever a firm makes is its product).

Lookalikes stay unread: a project, a site or an act developed or made by a firm, a thing a
person designs or makes, a maker for a named client or under licence, and a thing whose owner
the sentence names before it.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

THINGS_MADE: list[Case] = [
    (  # milling: a reduced relative after a product noun, a described maker
        "Every line at the mill runs on the Aqualine software developed by the Danish "
        "engineering group Renvo Systems.",
        [("renvo-systems", "OWNS", "aqualine")],
        [],
    ),
    (  # valves: "made by" with no comma
        "Most rigs in the basin still run the Tarro valve made by Kelvin Pumps.",
        [("kelvin-pumps", "OWNS", "tarro")],
        [],
    ),
    (  # software: "developed by" a firm after an app noun
        "Teachers log marks in the Brisa app developed by Nordel Learning.",
        [("nordel-learning", "OWNS", "brisa")],
        [],
    ),
    (  # medical devices: a passive clause with a plural product noun
        "Hospitals in the region buy mostly imported machines. Brisa scanners are manufactured "
        "by Nordel Medical in Trondheim.",
        [("nordel-medical", "OWNS", "brisa")],
        [],
    ),
    (  # eyewear: a passive clause whose subject name reads as a brand
        "Opticians report brisk trade. Lumo lenses are made by Pellan Optics at a factory "
        "near Porto.",
        [("pellan-optics", "OWNS", "lumo")],
        [],
    ),
    (  # tyres: a relative clause after the thing's noun
        "Fleet buyers favour the Rallo tyre, which is made by Kelvin Rubber in Leeds.",
        [("kelvin-rubber", "OWNS", "rallo")],
        [],
    ),
    (  # metals: an appositive description with no product noun
        "The batteries rely on the Solvane cathode, a nickel plate made by Orvik Metals, the "
        "Quebec alloy group.",
        [("orvik-metals", "OWNS", "solvane")],
        [],
    ),
    (  # textiles: a hyphenated description before "made by"
        "The jackets are lined with the Fellwarm membrane, a wind-proof laminate made by Ostra "
        "Textil.",
        [("ostra-textil", "OWNS", "fellwarm")],
        [],
    ),
]

THINGS_MADE_TRAPS: list[Case] = [
    (  # energy: a field is a site, not a product
        "The Kestrel field developed by Harlow Energy produces 40,000 barrels a day.",
        [],
        [("harlow-energy", "OWNS", "kestrel")],
    ),
    (  # training: a programme is a project
        "The Kestrel programme developed by Harlow Foods trains 300 bakers a year.",
        [],
        [("harlow-foods", "OWNS", "kestrel")],
    ),
    (  # a contract maker for a named client
        "The Tarro valves are made by Kelvin Pumps for Vela Systems.",
        [],
        [("kelvin-pumps", "OWNS", "tarro")],
    ),
    (  # a maker under contract to another
        "The Lumo phone made by Kelvin Electronics under a supply deal sells well.",
        [],
        [("kelvin-electronics", "OWNS", "lumo")],
    ),
    (  # an owner before the name: the maker is a contractor
        "Vela's Tarro valves are made by Kelvin Pumps in Hull.",
        [],
        [("kelvin-pumps", "OWNS", "tarro")],
    ),
    (  # furniture: a person designs or makes, owning nothing
        "The Tarro chair made by Ada Vorn sells well.",
        [],
        [("ada-vorn", "OWNS", "tarro")],
    ),
    (  # an act made by a firm is no product
        "The Harlow offer made by Vance Capital was rejected.",
        [],
        [("vance-capital", "OWNS", "harlow")],
    ),
    (  # construction: a bridge is built, not made, by its contractor
        "The Kestrel bridge built by Harlow Construction opened in May.",
        [],
        [("harlow-construction", "OWNS", "kestrel")],
    ),
]


@pytest.mark.parametrize("text,present,absent", THINGS_MADE)
def test_thing_made(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", THINGS_MADE_TRAPS)
def test_thing_made_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
