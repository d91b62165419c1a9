"""Genre bank for disputes of deals and awards (round 34).

- A deal noun with an amount before it: "sued to block Carrow Foods' planned $2 billion
  acquisition of Delmont Snacks" disputes both parties, as "sued to block Carrow's acquisition
  of Delmont" did (`litigation.deal` steps over the amount); a fight only expected ("was
  expected to sue to block ...") is none yet.
- A challenge of a bare "the award" or "the contract" that its own sentence states ("X has
  awarded a contract to Y, beating Z, which has filed a challenge against the award"): the
  loser disputes the winner and the awarding body (`award_challenges.stated_award`).

Each case is a short invented text across snacks, banking, brewing, fertiliser, waste,
pilotage, laundry, dredging, catering and printing.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DEAL_VALUE: list[Case] = [
    (  # snacks: "planned $2 billion acquisition of"
        "The Federal Trade Commission sued to block Carrow Foods' planned $2 billion "
        "acquisition of Delmont Snacks.",
        [
            ("federal-trade-commission", "DISPUTES", "carrow-foods"),
            ("federal-trade-commission", "DISPUTES", "delmont-snacks"),
        ],
        [],
    ),
    (  # banking: "filed a lawsuit on Tuesday to block ... proposed $6.1 billion purchase"
        "The Justice Department filed a lawsuit to block Marlow Bank's proposed $6.1 billion "
        "purchase of Pinecrest Savings, arguing that borrowers would pay more.",
        [("department-of-justice", "DISPUTES", "pinecrest-savings")],
        [],
    ),
    (  # brewing: a rival opposes a "£90m takeover"
        "Gannet Ales has opposed Orvik Brewing's £90m takeover of Tallow Cider.",
        [
            ("gannet-ales", "DISPUTES", "orvik-brewing"),
            ("gannet-ales", "DISPUTES", "tallow-cider"),
        ],
        [],
    ),
    (  # fertiliser: "criticised ... €2 billion merger with"
        "The farmers' union Agri Voice criticised Brant Fertiliser's €2 billion merger with "
        "Norde Agro.",
        [("agri-voice", "DISPUTES", "norde-agro")],
        [],
    ),
    (  # fertiliser: "campaigned against ... €2bn merger with"
        "Agri Voice campaigned against Brant Fertiliser's €2bn merger with Norde Agro.",
        [("agri-voice", "DISPUTES", "norde-agro")],
        [],
    ),
    (  # guard (snacks): a cleared deal
        "The Federal Trade Commission cleared Carrow Foods' $2 billion acquisition of Delmont "
        "Snacks.",
        [],
        [("federal-trade-commission", "DISPUTES", "delmont-snacks")],
    ),
    (  # guard (snacks): a suit only expected
        "The Federal Trade Commission was expected to sue to block Carrow Foods' $2 billion "
        "acquisition of Delmont Snacks.",
        [],
        [
            ("federal-trade-commission", "DISPUTES", "carrow-foods"),
            ("federal-trade-commission", "DISPUTES", "delmont-snacks"),
        ],
    ),
    (  # guard (snacks): a negated suit
        "The Federal Trade Commission did not sue to block Carrow Foods' $2 billion "
        "acquisition of Delmont Snacks.",
        [],
        [("federal-trade-commission", "DISPUTES", "delmont-snacks")],
    ),
    (  # guard (banking): a lender finances the deal
        "Harbor Bank financed Carrow Foods' $2 billion acquisition of Delmont Snacks.",
        [],
        [("harbor-bank", "DISPUTES", "delmont-snacks")],
    ),
]

BANK = DEAL_VALUE
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disp34(case: Case) -> None:
    check(*case)
