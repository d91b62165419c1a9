"""Ownership readings of round 40 (invented sentences, several sectors).

A possessed descriptor set off before a product's name says whose product it is ("its
triage app, CareLane", "Glenmora's flagship malt, Kintail Cask"); three variants of that
construction were missed:

- a hyphenated word in the descriptor ("the group's top-rated range, Tarvo", "its
  low-cost kettle, Lumo", "Quelvara's biggest show, the real-life series Lost Ledgers"):
  the name is typed a product and owned by the possessor, as "its lens, Lumo" already was;
- "the" between the comma and the name ("Orvik's low-cost range, the Tarvo 5");
- inside a relative clause, "its" is the antecedent's ("Pelham Trucks, a maker that builds
  its heaviest truck, the Corra T4": Pelham Trucks, not the firm the text was about).

Lookalikes stay unread: a tie noun ("Korlin's main rival, the Tarvo 5"), a person's title
or kin with a hyphen ("its secretary-general, Mara Kell", "his third-born son, Yuri
Dane"), a descriptor that names no product ("the region's largest employer, Tarvo"), and a
person's "his" possession.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types

POSSESSED_DESCRIPTORS: list[Case] = [
    (  # kitchenware: a described possessor, a hyphenated modifier, a copula after
        "Capstan Home opened a depot in Hull. The group's top-rated range, Gale Guard, "
        "comes in six colours.",
        [("capstan-home", "OWNS", "gale-guard")],
        [],
    ),
    (  # optics: "its low-cost lens", the name's subject before it
        "Orvane Optics raised prices. Orvane now ships its low-cost lens, OrvaLens, to "
        "clinics in nine states.",
        [("orvane-optics", "OWNS", "orvalens")],
        [],
    ),
    (  # broadcasting: a named possessor, "the" and a hyphenated kind before the name
        "Kestrel Audio signed a new host. Kestrel's most-watched show, the real-life "
        "series Dark Harbour, returns in May.",
        [("kestrel-audio", "OWNS", "dark-harbour")],
        [],
    ),
    (  # trailers: a named possessor, "own", then "the" after the comma
        "Remolques Vaca builds trailers. Vaca's own workhorse, the Atlas 40, sold 900 "
        "units last year.",
        [("remolques-vaca", "OWNS", "atlas-40")],
        [],
    ),
    (  # trucks: "its" in a relative clause is the maker's, not the supplier's
        "Solra Cranes signed a supply deal with Pelham Trucks, a maker that builds its "
        "heaviest truck, the Corra T4, in Rotherham.",
        [("pelham-trucks", "OWNS", "corra-t4")],
        [("solra-cranes", "OWNS", "corra-t4")],
    ),
]

POSSESSED_DESCRIPTOR_TRAPS: list[Case] = [
    (  # a tie noun: the rival's product is no possession of the possessor
        "Korlin Tools grew. Korlin's main rival, the Tarvo 5, goes up against it in shops.",
        [],
        [("korlin-tools", "OWNS", "tarvo-5")],
    ),
    (  # a hyphenated title: a person, no product
        'Velta Union met on Monday. "We want a fair deal," said its secretary-general, Mara Kell.',
        [],
        [("velta-union", "OWNS", "mara-kell")],
    ),
    (  # a person's possession is no firm's
        "Tom Brack sold his hand-built yacht, the Sea Lark, to Harl Marine in May.",
        [],
        [("tom-brack", "OWNS", "sea-lark")],
    ),
]


@pytest.mark.parametrize("text,present,absent", POSSESSED_DESCRIPTORS)
def test_possessed_descriptor(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", POSSESSED_DESCRIPTOR_TRAPS)
def test_possessed_descriptor_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


def test_hyphenated_descriptor_types_a_product() -> None:
    check_types(
        "Capstan Home opened a depot in Hull. The group's top-rated range, Gale Guard, "
        "comes in six colours.",
        {"Gale Guard": "Product"},
        [],
    )


def test_hyphenated_title_types_no_product() -> None:
    check_types(
        'Velta Union met on Monday. "We want a fair deal," said its secretary-general, Mara Kell.',
        {"Mara Kell": "Person"},
        [],
    )


def test_kin_types_no_product() -> None:
    check_types(
        "The bakery is now run by his third-born son, Yuri Dane, 46.",
        {"Yuri Dane": "Person"},
        [],
    )


def test_employer_types_no_product() -> None:
    check_types(
        "Korlin Tools grew. The region's largest employer, Brackwell Mills, hired 40 people.",
        {"Brackwell Mills": "Organization"},
        [],
    )
