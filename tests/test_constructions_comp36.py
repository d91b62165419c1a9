"""Rivalry whose sentence names one side only: a firm the article introduced as a rival is no
anchor for the next bare "rival" (`loaders.sentence_context`), and a rival role whose holder
follows a description ("its main rival is the Danish maker X", "its closest competitor, the
Derby-based X") (`loaders.relations.role`).

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

LEAD = "Marrowby Foods reported a 9% rise in first-half sales as demand for its pies recovered. "

CASES: list[Case] = [
    (  # copular: the rival after a description
        LEAD + "It exports pies to 12 markets; in most of them its oldest rival is the Danish "
        "maker Tolvik.",
        [("tolvik", "COMPETES_WITH", "marrowby-foods")],
        [],
    ),
    (  # appositive: a description naming a trade no word list holds
        LEAD + "Its main competitor, the caterer Holloway Kitchens, has won 31 contracts.",
        [("holloway-kitchens", "COMPETES_WITH", "marrowby-foods")],
        [],
    ),
    (  # appositive after a market phrase and a place modifier
        LEAD + "Its main competitor for school contracts, the Derby-based Holloway Kitchens, "
        "has won 31.",
        [("holloway-kitchens", "COMPETES_WITH", "marrowby-foods")],
        [],
    ),
    (  # "the company's" possessor
        LEAD + "The company's closest rival is the Welsh baker Quenby Bakes.",
        [("quenby-bakes", "COMPETES_WITH", "marrowby-foods")],
        [],
    ),
    (  # coordination: the first described rival
        LEAD + "Its main rival is the caterer Holloway Kitchens and the Welsh baker Quenby Bakes.",
        [("holloway-kitchens", "COMPETES_WITH", "marrowby-foods")],
        [],
    ),
    (  # guard: a name after a preposition in the description is no appositive
        LEAD + "Its main rival, the chain owned by Holloway Kitchens, opened 30 shops.",
        [],
        [("holloway-kitchens", "COMPETES_WITH", "marrowby-foods")],
    ),
    (  # guard: "rival" of a product, no firm described
        LEAD + "Its rival pie, the Crusty Max, sells well.",
        [],
        [("crusty-max", "COMPETES_WITH", "marrowby-foods")],
    ),
    (  # negation: not a rival
        LEAD + "Its main rival is not the caterer Holloway Kitchens.",
        [],
        [("holloway-kitchens", "COMPETES_WITH", "marrowby-foods")],
    ),
    (  # a person after the description: no rival firm
        LEAD + "Its main rival, the baker Ana Reis, opened a shop.",
        [],
        [("ana-reis", "COMPETES_WITH", "marrowby-foods")],
    ),
    (  # a third firm's rival: the possessor named
        LEAD + "Pellcorn's main rival is the Welsh baker Quenby Bakes.",
        [("quenby-bakes", "COMPETES_WITH", "pellcorn")],
        [("quenby-bakes", "COMPETES_WITH", "marrowby-foods")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][90:150])
def test_comp36(case: Case) -> None:
    check(*case)
