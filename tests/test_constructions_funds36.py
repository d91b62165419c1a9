"""Funding passives whose subject lies past a first conjunct or asides: "X, a plan ..., which Y
unveiled and which is now funded partly by A", "a college that counts 200 graduates and is
funded mostly by A", "The expansion, which the firm called Project Q, adds kilns, and will be
financed by a loan from A", "X, opened by T, which ..., is co-financed by A"
(`loaders/relations/funded_conjuncts.py`)."""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

LEAD = "Weekly business roundup\n\n"

FUNDED_CONJUNCTS: list[Case] = [
    (  # a second relative clause on an appositive whose last word is a place
        LEAD + "Tovik's newest venture is Project Kestrel, a $90 million plan for 300 charging "
        "sites across northern Ostria, which Tovik unveiled last spring and which is now being "
        "financed partly by Tarvic Development Bank.",
        [("tarvic-development-bank", "FUNDS", "project-kestrel")],
        [("tarvic-development-bank", "FUNDS", "tovik")],
    ),
    (  # "that" on an appositive noun, then "and is funded mostly by"
        LEAD + "Pablo Ruiz later started Escola Fusta Ruiz, a night college for carpenters "
        "that counts 200 graduates and is funded mostly by Fundacio Roure, a charity.",
        [("fundacio-roure", "FUNDS", "escola-fusta-ruiz")],
        [],
    ),
    (  # a main clause's second conjunct; the unnamed subject named in its aside; a loan
        LEAD + "Lindqvist Laundry said the plan would double capacity. The expansion, which "
        "the firm unveiled in March and called Project Saltmarsh, adds two dryers, and will be "
        "financed by a £2m loan from Ellerby Bank.",
        [("ellerby-bank", "FUNDS", "project-saltmarsh")],
        [],
    ),
    (  # a named subject with a relative aside, then two conjuncts; a grant
        LEAD + "Corrin Mills, which makes oat flour, opened a new silo in March, and was "
        "financed by a grant from Harlow Enterprise Agency.",
        [("harlow-enterprise-agency", "FUNDS", "corrin-mills")],
        [],
    ),
    (  # coordinated funders; "that" and "which" mixed
        LEAD + "Project Orla, a ferry berth that Tessik Ports opened last year and which is "
        "funded jointly by Marrow Bank and Quill Capital, has two ramps.",
        [("marrow-bank", "FUNDS", "project-orla"), ("quill-capital", "FUNDS", "project-orla")],
        [("marrow-bank", "FUNDS", "tessik-ports")],
    ),
    (  # a participle aside and a relative aside before the passive: the opening subject
        LEAD + "Project Orla, opened in 2020 by Tessik Ports, which has since added two "
        "berths, is co-financed by Marrow Bank.",
        [("marrow-bank", "FUNDS", "project-orla")],
        [("marrow-bank", "FUNDS", "tessik-ports")],
    ),
    (  # "the company" subject with a founding aside: not its founder
        LEAD + "Brannock Foods makes pies in Leeds. The company, founded in 1990 by Ellis "
        "Ward, is financed by Quill Bank.",
        [("quill-bank", "FUNDS", "brannock-foods")],
        [("quill-bank", "FUNDS", "ellis-ward")],
    ),
    (  # a denial: no funding
        LEAD + "Project Wren, a plan to build depots in Ostria, which Ravelo launched in May "
        "and which is not financed by Tarvic Bank, is stalled.",
        [],
        [("tarvic-bank", "FUNDS", "project-wren")],
    ),
    (  # intent: "expected to be financed" is no act
        LEAD + "Project Wren, a plan to build depots in Ostria, which Ravelo unveiled in May "
        "and which is expected to be financed by Tarvic Bank, is stalled.",
        [],
        [("tarvic-bank", "FUNDS", "project-wren")],
    ),
    (  # a lookalike: an active second conjunct names no funder
        LEAD + "Project Wren, a plan to build depots in Ostria, which Ravelo launched in May "
        "and which has hired Tarvic Bank as adviser, is stalled.",
        [],
        [("tarvic-bank", "FUNDS", "project-wren")],
    ),
    (  # a lookalike: "by" of another participle, no funding participle
        LEAD + "Project Wren, a plan to build depots, which Ravelo launched in May and which is "
        "run by Tarvic Services, is stalled.",
        [],
        [("tarvic-services", "FUNDS", "project-wren")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), FUNDED_CONJUNCTS)
def test_funded_conjuncts(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)
