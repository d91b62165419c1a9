"""Entity naming and typing (round 37, `ents`).

- A place's people or adjective ("retired Germans", "a cramped Victorian ground") and a generic
  acronym ("PET flakes", "plus VAT") are no entities.

Invented texts across tourism, bells, football, dairy, food, plastics, clinics and hotels.
"""

from __future__ import annotations

import pytest
from construction_check import check_types

# a people or an adjective made from a known place's name ("-an", "-ans") is no entity; a firm's
# name of that shape before a verb or a preposition stays one
PLACE_PEOPLE: list[tuple[str, dict[str, str], list[str]]] = [
    # tourism: a plural people after an adjective
    (
        "Brakstad Tours sold its first cruises to retired Germans and Austrians.",
        {"Brakstad Tours": "Organization"},
        ["Germans", "Austrians"],
    ),
    # bells: "the Bavarians" as a subject
    (
        "Relations with the Bavarians soured after Ostwald Glocken sued a rival foundry.",
        {"Ostwald Glocken": "Organization"},
        ["Bavarians"],
    ),
    # football: a period adjective before a noun
    (
        "Harwick Rovers plans to leave its cramped Victorian ground for a new stadium.",
        {"Harwick Rovers": "Organization"},
        ["Victorian"],
    ),
    # dairy: a regional adjective before a noun
    (
        "Lacteos Miraflor buys most of its milk from a Galician dairy co-operative.",
        {"Lacteos Miraflor": "Organization"},
        ["Galician"],
    ),
    # pasta: a plural people in a quotation
    (
        '"People said Italians could not make noodles," the founder of Kaminari Foods said.',
        {"Kaminari Foods": "Organization"},
        ["Italians"],
    ),
]

# guards: a firm whose name has that shape, named before a verb or a preposition
NAMED_SHAPES: list[tuple[str, dict[str, str], list[str]]] = [
    (
        "Tovald Hart, who has chaired Meridian since 2019, will step down.",
        {"Tovald Hart": "Person", "Meridian": "Organization"},
        [],
    ),
    (
        "Coastline Ferries competes with Meridian for the island routes.",
        {"Meridian": "Organization"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", PLACE_PEOPLE + NAMED_SHAPES)
def test_place_people(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


# materials, treatments, scans and taxes written as acronyms are no entities
ACRONYMS: list[tuple[str, dict[str, str], list[str]]] = [
    (
        "Granby Polymers makes PET flakes and PVC pipe at its Leeds plant.",
        {"Granby Polymers": "Organization"},
        ["PET", "PVC"],
    ),
    (
        "Orla Fertility Clinics ran 3,000 IVF cycles last year.",
        {"Orla Fertility Clinics": "Organization"},
        ["IVF"],
    ),
    (
        "Tarrant Scans opened four MRI centres, and fees rose 12% plus VAT.",
        {"Tarrant Scans": "Organization"},
        ["MRI", "VAT"],
    ),
    (
        "Brockley Air services HVAC systems for Kestrel Hotels.",
        {"Brockley Air": "Organization", "Kestrel Hotels": "Organization"},
        ["HVAC"],
    ),
]


@pytest.mark.parametrize("text,must,must_not", ACRONYMS)
def test_generic_acronyms(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
