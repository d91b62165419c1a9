"""ties37: "the venture" that the text named as an organization ("the venture, Tarnline
Partners", "Tarnline Partners, a joint venture of A and B"): with no project in reach it is
that organization (`loaders.venture_refs`), so "The agency has backed the venture" backs it;
a ministry named "Ministry of X" backs with no money like "the X Ministry"
(`loaders.relations.backing._civic`).

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

VENTURE = (
    "Kelso Audio and Omura Cells have set up a joint venture, Tarnline Partners, to make "
    "speaker cells in Ghent. "
)
NAMED_VENTURE = "Tarnline Partners, a joint venture of Kelso Audio and Omura Cells, makes cells. "

VENTURE_CASES: list[Case] = [
    (  # a relative clause of a reported supporting verb
        VENTURE + "The Fisheries Agency, which has said it supports the venture, will add funds.",
        [("the-fisheries-agency", "BACKS", "tarnline-partners")],
        [],
    ),
    (  # "the joint venture" in a role
        VENTURE + "Ann Roe, a former Kelso engineer, will be president of the joint venture.",
        [("ann-roe", "LEADS", "tarnline-partners")],
        [],
    ),
    (  # a ministry named "Ministry of X" backs it, no money
        VENTURE + "The Ministry of Coastal Affairs has backed the venture.",
        [("ministry-of-coastal-affairs", "BACKS", "tarnline-partners")],
        [("ministry-of-coastal-affairs", "FUNDS", "tarnline-partners")],
    ),
    (  # the venture introduced by an appositive after its name
        NAMED_VENTURE + "The Harbour Board said it supported the venture.",
        [("the-harbour-board", "BACKS", "tarnline-partners")],
        [],
    ),
    (  # guard: a loan is money, FUNDS stays
        VENTURE + "The Ministry of Coastal Affairs backed the venture with a $5m loan.",
        [],
        [("ministry-of-coastal-affairs", "BACKS", "tarnline-partners")],
    ),
    (  # guard: a negation
        VENTURE + "The Fisheries Agency has not backed the venture.",
        [],
        [("the-fisheries-agency", "BACKS", "tarnline-partners")],
    ),
    (  # guard: two organizations called ventures: neither is "the venture"
        VENTURE + "Orvik Sea, a venture of Omura Cells and Lund Marine, builds ships. The "
        "Fisheries Agency said it supported the venture.",
        [],
        [
            ("the-fisheries-agency", "BACKS", "tarnline-partners"),
            ("the-fisheries-agency", "BACKS", "orvik-sea"),
        ],
    ),
    (  # guard: a project in reach is still the venture's reading
        "Kelso Audio is building the Tarnmouth Dock project, a venture with Omura Cells. The "
        "Harbour Board said it supported the venture.",
        [("the-harbour-board", "BACKS", "tarnmouth-dock")],
        [],
    ),
]


@pytest.mark.parametrize("case", VENTURE_CASES, ids=lambda c: c[0][60:130])
def test_named_venture(case: Case) -> None:
    check(*case)
