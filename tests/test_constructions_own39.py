"""Ownership readings of round 39 (invented sentences, several sectors).

A holder described in an appositive and then in a subject relative clause holds the share
that clause states, even when the clause first says something else about it:

- a place hyphen compound in the description ("Dorne Capital, a Lyon-based fund that put
  €8m into the bakery group in 2020 and now holds 25% of it");
- a second verb after "and" once the first one has named a firm ("the Oslo private equity
  firm that bought a majority of the business in 2019 and still holds 55% of it": Harrow,
  not the business, holds the share);
- "it" or "the company" of that share is the firm the first verb put money into ("the Austin
  venture fund that invested $9 million in Pello Robotics last year and now owns about 15 per
  cent of the company": Pello Robotics, not the firm the text was about before).

An object relative ("the chain that Pellam Group bought ... and now owns outright") still
gives the share to its own subject; a share held no more, one only hoped for, and a stake
sold are no holding; a place put money into is no firm owned.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

DESCRIBED_HOLDERS: list[Case] = [
    (  # bakeries: a place hyphen compound, a first verb, "and now holds"
        "Bellac Bakeries runs 40 shops. The chain was rescued by Dorne Capital, a Lyon-based "
        "fund that put €8m into the bakery group in 2020 and now holds 25% of it.",
        [("dorne-capital", "OWNS", "bellac-bakeries")],
        [],
    ),
    (  # vet clinics: a place before the description's nouns; the firm is not its holder's
        "Tovia Vets runs 90 clinics. Behind Tovia sits Harrow Capital, the Oslo private "
        "equity firm that bought a majority of the business in 2019 and still holds about "
        "55% of it.",
        [("harrow-capital", "OWNS", "tovia-vets")],
        [("tovia-vets", "OWNS", "harrow-capital")],
    ),
    (  # robotics: "the company" is the firm the fund invested in
        "Corran Bank lent $20m to the project. The order also helps Redwing Ventures, the "
        "Austin venture fund that invested $9 million in Pello Robotics last year and now "
        "owns about 15 per cent of the company.",
        [("redwing-ventures", "OWNS", "pello-robotics")],
        [],
    ),
    (  # software: a first round led, a share still owned
        "Finch Software sells payroll tools. The start-up is backed by Mistral Ventures, a "
        "Paris-based fund that led its first round in 2021 and still owns 18% of the company.",
        [("mistral-ventures", "OWNS", "finch-software")],
        [],
    ),
    (  # dairy: a foundation that bought into the dairy
        "Rosco Dairies sells milk. Its largest shareholder is the Pell Trust, a Cork-based "
        "foundation that bought into the dairy in 1999 and still holds 33% of it.",
        [("pell-trust", "OWNS", "rosco-dairies")],
        [],
    ),
]

DESCRIBED_HOLDER_TRAPS: list[Case] = [
    (  # an object relative: the chain's buyer owns it, not the chain itself
        "Harlow Foods makes soup. Harlow Foods, the Leeds-based chain that Pellam Group bought "
        "in 2019 and now owns outright, cut prices.",
        [("pellam-group", "OWNS", "harlow-foods")],
        [("harlow-foods", "OWNS", "pellam-group")],
    ),
    (  # a share held no more
        "Velmar Tractors makes farm machines. Ostrow Fund, a Prague-based investor that put "
        "money into the company in 2015 and had owned 30% of it until 2022, backed the plan.",
        [],
        [("ostrow-fund", "OWNS", "velmar-tractors")],
    ),
    (  # a share only hoped for
        "Velmar Tractors makes farm machines. Ostrow Fund, a Prague-based investor that put "
        "money into Velmar Tractors in 2015 and hopes to own 30% of it, backed the plan.",
        [],
        [("ostrow-fund", "OWNS", "velmar-tractors")],
    ),
    (  # a stake sold
        "Velmar Tractors makes farm machines. Ostrow Fund, a Prague-based investor that "
        "invested in Velmar Tractors in 2015 and sold its 30% stake last year, backed the plan.",
        [],
        [("ostrow-fund", "OWNS", "velmar-tractors")],
    ),
    (  # a place put money into is no firm owned
        "Sarno Shipping signed the charter. Kessa Partners, which invested in Europe in 2021 "
        "and holds 20% of the company, welcomed the deal.",
        [("kessa-partners", "OWNS", "sarno-shipping")],
        [("kessa-partners", "OWNS", "europe")],
    ),
    (  # the firm invested in is not the firm of a share named in another clause
        "Sarno Shipping signed the charter. Kessa Partners, which invested in Lomar Ferries in "
        "2021, holds 20% of Sarno Shipping.",
        [("kessa-partners", "OWNS", "sarno-shipping")],
        [("kessa-partners", "OWNS", "lomar-ferries")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), DESCRIBED_HOLDERS + DESCRIBED_HOLDER_TRAPS)
def test_share_held_by_a_described_holder(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)
