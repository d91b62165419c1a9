"""Review of round 38's lists38 and sites38 readings on invented texts (rv338).

- A list member named after a descriptor (`loaders/relations/described_members.py`) ends its
  phrase: no possessor ("and the bread maker Odda Mills' brands"), no modifier of a noun after
  it ("and the former Odda Mills site"), and, in a list of objects or agents, no subject of a
  new clause ("bought A and the seller Odda Capital kept 10%"). A product's kind may follow
  ("the cult Pallo kettle"), and a subject list or a "between" pair may be followed by its verb.
- A town before a site noun (`loaders/site_towns.py`): a noun that also ends a body's name
  ("its Discovery centre", "its Wellness center") needs the town placed elsewhere too; an
  appositive describing the site ("its Oakwood centre, a depot at the port of Tarrow") names it.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DESCRIBED_MEMBER_ENDS: list[Case] = [
    (  # tools: a date after the member
        "Harbin Tools acquired Pell Fasteners and the drill specialist Gorran Instruments in 2021.",
        [("harbin-tools", "OWNS", "gorran-instruments")],
        [],
    ),
    (  # a relative clause after a described person
        "Corvel sued Tamsin Bakery and the whistleblower Ben Ode who exposed it.",
        [("corvel", "DISPUTES", "ben-ode")],
        [],
    ),
    (  # robotics: a "between" pair, the main verb after it
        "A partnership between Fell Robotics and the gripper specialist Handa Motion was "
        "announced.",
        [("fell-robotics", "PARTNERS_WITH", "handa-motion")],
        [],
    ),
    (  # fish farming: two described members
        "Nordvik Salmon competes with Fjord Farms, the Bergen exporter Havlaks and the Scottish "
        "grower Glenmor Fish.",
        [
            ("nordvik-salmon", "COMPETES_WITH", "havlaks"),
            ("nordvik-salmon", "COMPETES_WITH", "glenmor-fish"),
        ],
        [],
    ),
    (  # snacks: a new clause's subject after a seller's descriptor
        "Brisket Foods acquired Orla Snacks and the seller Kessler Capital kept a 10% stake.",
        [("brisket-foods", "OWNS", "orla-snacks")],
        [("brisket-foods", "OWNS", "kessler-capital")],
    ),
    (  # bakery: a relative clause without its pronoun
        "Corvel owns Tamsin Bakery and the bakery Odda Mills supplies.",
        [("corvel", "OWNS", "tamsin-bakery")],
        [("corvel", "OWNS", "odda-mills")],
    ),
    (  # finance: a registrar's clause
        "Corvel Foods owns Tamsin Bakery and the registrar Odda Trust handles its shares.",
        [("corvel-foods", "OWNS", "tamsin-bakery")],
        [("corvel-foods", "OWNS", "odda-trust")],
    ),
    (  # property: the name modifies the noun after it
        "Corvel Foods owns Tamsin Bakery and the former Odda Mills site in Kessby.",
        [("corvel-foods", "OWNS", "tamsin-bakery")],
        [("corvel-foods", "OWNS", "odda-mills")],
    ),
    (  # property: an old building
        "Corvel Foods bought Tamsin Bakery and the old Odda Mills building.",
        [("corvel-foods", "OWNS", "tamsin-bakery")],
        [("corvel-foods", "OWNS", "odda-mills")],
    ),
    (  # shareholders of another firm
        "Corvel acquired Tamsin Bakery and the other Odda Mills shareholders sold too.",
        [("corvel", "OWNS", "tamsin-bakery")],
        [("corvel", "OWNS", "odda-mills")],
    ),
    (  # a possessor, not a member
        "Corvel bought Tamsin Bakery and the bread specialist Odda Mills' brands.",
        [("corvel", "OWNS", "tamsin-bakery")],
        [("corvel", "OWNS", "odda-mills")],
    ),
]

DESCRIBED_MEMBER_GAPS = {
    "Corvel was founded by Ana Roth and the couple": (
        "'the couple own X': a plural subject's verb without an ending reads as a descriptor"
    ),
    "Corvel is run by chief executive Ana Roth and controller": (
        "a bare agent noun that is no leading post still describes a leader of 'run by'"
    ),
    "Corvel is led by chairman Ana Roth and its auditor": (
        "a possessive descriptor that is no leading post still describes a leader of 'led by'"
    ),
}

DESCRIBED_MEMBER_OPEN: list[Case] = [
    (
        "Corvel was founded by Ana Roth and the couple own Odda Farm too.",
        [("ana-roth", "FOUNDED", "corvel")],
        [("odda-farm", "FOUNDED", "corvel")],
    ),
    (
        "Corvel is run by chief executive Ana Roth and controller Ben Ode.",
        [("ana-roth", "LEADS", "corvel")],
        [("ben-ode", "LEADS", "corvel")],
    ),
    (
        "Corvel is led by chairman Ana Roth and its auditor Grant Pell.",
        [("ana-roth", "LEADS", "corvel")],
        [("grant-pell", "LEADS", "corvel")],
    ),
]

SITE_NAMES: list[Case] = [
    (  # mining: a firm's "'s" owner and a mine
        "Workers at Dunmore Coal's Pettigo mine walked out on Tuesday.",
        [("dunmore-coal", "LOCATED_IN", "pettigo")],
        [],
    ),
    (  # mining: a two-word town, a hedged closure of a working mine
        "Karoo Nickel said it may close its Wessel Flats mine if prices fall further.",
        [("karoo-nickel", "LOCATED_IN", "wessel-flats")],
        [],
    ),
    (  # a centre named for what it does
        "Orvane Biologics said its Discovery centre would hire 200 scientists.",
        [],
        [("orvane-biologics", "LOCATED_IN", "discovery")],
    ),
    (  # steel: an innovation centre in a named city
        "Pyke Steel said its Innovation centre would open in Sheffield.",
        [],
        [("pyke-steel", "LOCATED_IN", "innovation")],
    ),
    (  # health: a US spelling
        "Medro Health said its Wellness center would open in May.",
        [],
        [("medro-health", "LOCATED_IN", "wellness")],
    ),
    (  # logistics: an appositive describes the site, whose town is another
        "Corvel said its Oakwood centre, a distribution hub at the port of Tarrow, would close.",
        [],
        [("corvel", "LOCATED_IN", "oakwood")],
    ),
]

SITE_GAPS = {
    "Voltra Cells said its Titan gigafactory": (
        "a site's own name before 'gigafactory' (or 'mine', 'fab') reads as its town"
    ),
}

SITE_OPEN: list[Case] = [
    (
        "Voltra Cells said its Titan gigafactory would open in Texas.",
        [],
        [("voltra-cells", "LOCATED_IN", "titan")],
    ),
]


@pytest.mark.parametrize(
    "case",
    gap_params(DESCRIBED_MEMBER_ENDS + DESCRIBED_MEMBER_OPEN, DESCRIBED_MEMBER_GAPS),
)
def test_described_member_ends(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(SITE_NAMES + SITE_OPEN, SITE_GAPS))
def test_site_names(case: Case) -> None:
    check(*case)
