"""Round 37, place: references described by a place ("the Toronto-based alliance", "the
Dallas company").

1. A hyphenated place before a participle is no half of a pair of names: "the Toronto-based
   alliance" names Toronto (the "Marlow-Tenby team" reading wanted a second capitalized name
   after the hyphen).
2. A place description leans to the firm its own sentence named as a possessor: "Orla sews
   Tarlo's range for the Dallas company" is Tarlo, not the most talked-about firm.

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

ALLIANCE = "The Harrow Purchasing Alliance has awarded a bed framework to Velden Medical. "
TWO = (
    "Quarrel Mills supplies cloth to Brisk Uniforms. Quarrel Mills raised prices twice "
    "this year, and Quarrel Mills plans a new dye house. "
)

CASES: list[Case] = [
    (  # a participle after the hyphen: the place is named, the alliance located
        ALLIANCE + "The Toronto-based alliance, which buys for 14 hospitals, confirmed the award.",
        [("the-harrow-purchasing-alliance", "LOCATED_IN", "toronto")],
        [("velden-medical", "LOCATED_IN", "toronto")],
    ),
    (  # the same after an adverb, no relative clause
        "The Dunmore Growers Alliance signed a supply deal with Orrin Foods. "
        "Later the Tralee-based alliance said the deal would run for five years.",
        [("the-dunmore-growers-alliance", "LOCATED_IN", "tralee")],
        [("orrin-foods", "LOCATED_IN", "tralee")],
    ),
    (  # a real pair of names before a pair noun stays two parties
        "The Marlow-Tenby team won the Ardmore contract.",
        [],
        [("marlow", "LOCATED_IN", "tenby")],
    ),
    (  # a possessor in the sentence: the description means it
        TWO + "In Ennis, Halloran Stitching sews Brisk Uniforms' own range for the Dallas "
        "company, which supplies clinics across Texas.",
        [("brisk-uniforms", "LOCATED_IN", "dallas")],
        [("quarrel-mills", "LOCATED_IN", "dallas")],
    ),
    (  # a possessor before a relative clause with the description
        TWO + "The shop will sell Brisk Uniforms's Vento smocks, which the Leeds-based company "
        "makes at its home plant.",
        [("brisk-uniforms", "LOCATED_IN", "leeds")],
        [("quarrel-mills", "LOCATED_IN", "leeds")],
    ),
    (  # no possessor: the most talked-about firm, as before
        TWO + "Later the Leeds-based company said prices would rise again.",
        [("quarrel-mills", "LOCATED_IN", "leeds")],
        [("brisk-uniforms", "LOCATED_IN", "leeds")],
    ),
    (  # a possessor but no place in the description: nothing located
        TWO + "The shop will sell Brisk Uniforms's smocks, which the company makes at home.",
        [],
        [("brisk-uniforms", "LOCATED_IN", "leeds"), ("quarrel-mills", "LOCATED_IN", "leeds")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][-70:])
def test_place37(case: Case) -> None:
    check(*case)
