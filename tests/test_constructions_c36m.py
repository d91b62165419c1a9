"""Review of comp36 (a rival holder named after a description): a place modifying the
description stays readable by the later rules when the rival follows a copula ("its oldest
rival is the Geneva watchmaker X": X is in Geneva), as it already did after a comma.

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

LEAD = "Tissandier Watches sold 10% more watches in the first half. "

CASES: list[Case] = [
    (  # copular: a place before a description noun no word list holds
        LEAD + "The group's oldest rival is the Geneva watchmaker Corvaz.",
        [
            ("corvaz", "COMPETES_WITH", "tissandier-watches"),
            ("corvaz", "LOCATED_IN", "geneva"),
        ],
        [],
    ),
    (  # copular: an "X-based" place, a third firm's rival
        LEAD + "Marlen Re's main rival is the Lyon-based insurer Assurex Mutuelle.",
        [
            ("assurex-mutuelle", "COMPETES_WITH", "marlen-re"),
            ("assurex-mutuelle", "LOCATED_IN", "lyon"),
        ],
        [("assurex-mutuelle", "COMPETES_WITH", "tissandier-watches")],
    ),
    (  # copular with "Its": the place kept
        LEAD + "Its closest rival is the Lisbon clockmaker Relvas Horas.",
        [
            ("relvas-horas", "COMPETES_WITH", "tissandier-watches"),
            ("relvas-horas", "LOCATED_IN", "lisbon"),
        ],
        [],
    ),
    (  # no place: nothing located
        LEAD + "Its closest rival is the Swiss clockmaker Relvas Horas.",
        [("relvas-horas", "COMPETES_WITH", "tissandier-watches")],
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][60:120])
def test_c36m(case: Case) -> None:
    check(*case)


@pytest.mark.xfail(
    strict=True,
    reason="a headline's first word ('Ed tech') is taken as a name and 'Its' resolves to it, "
    "not to the firm the paragraph opens with (reference resolution, older than comp36)",
)
def test_c36m_headline_possessor() -> None:
    check(
        "Ed tech\n\nLearnly, the tutoring app, grew to 2 million users. Its main rival for school "
        "contracts, the Leeds-based Tutorbase, has 1 million.",
        [("tutorbase", "COMPETES_WITH", "learnly")],
        [("tutorbase", "COMPETES_WITH", "ed")],
    )
