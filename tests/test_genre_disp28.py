"""Genre bank for disputes read past a subject's description and a court's name (round 28).

A dispute verb's object described as "the company" is not the subject itself, also when the
subject's description holds another firm as a possessor: "A, a ferry operator and B's oldest
rival, sued the company" (A disputes B; "B's" is no clause subject). A "cross-claim
against X" is a claim against X. A suit filed "in the High Court in <Town> against X" is read
since round 40 (dispb40, `nav._venue_town`; it was a strict gap before).

Each case is a short invented text (relations that must be found, relations that must not be),
across shipping, textiles, building, mining, brewing, software and farming.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DESCRIBED: list[Case] = [
    (  # shipping: the subject's description names the defendant as a possessor
        "Solvane Lines runs ferries across the fjord. Harnvik Ferries, the Bergen operator and "
        "Solvane's oldest rival on the crossing, sued the company in 2019, claiming that its "
        "timetables copied Harnvik's.",
        [("harnvik-ferries", "DISPUTES", "solvane-lines")],
        [("solvane-lines", "DISPUTES", "harnvik-ferries")],
    ),
    (  # brewing: the same with "criticised"
        "Tolbrook Ales makes bitter in Kent. Marrow Hop Farms, a grower and Tolbrook's main "
        "supplier, criticised the brewer for paying its invoices late.",
        [("marrow-hop-farms", "DISPUTES", "tolbrook-ales")],
        [],
    ),
    (  # guard: no dispute verb governs the description
        "Tolbrook Ales makes bitter in Kent. Marrow Hop Farms, a grower and Tolbrook's main "
        "supplier, said the company would plant more hops next year.",
        [],
        [("marrow-hop-farms", "DISPUTES", "tolbrook-ales")],
    ),
    (  # guard: logistics: a possessor first named here does not win over the earlier topic
        "Brenner Foods cut jobs. Pell Capital, Varda Logistics' lender, criticised the company.",
        [],
        [("pell-capital", "DISPUTES", "varda-logistics")],
    ),
    (  # guard: dairy: the same with "sued"
        "Hollin Mills closed a plant in Leeds. Tarvo Bank, a lender and Kestrel Dairy's "
        "landlord, sued the company.",
        [],
        [("tarvo-bank", "DISPUTES", "kestrel-dairy")],
    ),
    (  # logistics: no firm named before: the possessor is the one meant
        "Pell Capital, a shareholder and Varda Logistics' lender, sued the company.",
        [("pell-capital", "DISPUTES", "varda-logistics")],
        [],
    ),
]

COURTS: list[Case] = [
    (  # textiles: a suit filed in a named court in a named town
        "Pellcroft Weaving brought a suit in the High Court in Bradford against Tamsin Dyes and "
        "Ardley Mills, arguing that a batch of yarn had faded.",
        [
            ("pellcroft-weaving", "DISPUTES", "tamsin-dyes"),
            ("pellcroft-weaving", "DISPUTES", "ardley-mills"),
        ],
        [],
    ),
    (  # mining: proceedings brought in a court before "against"
        "Corrin Minerals launched proceedings in the Federal Court in Perth against Yarrow "
        "Drilling over a cracked shaft.",
        [("corrin-minerals", "DISPUTES", "yarrow-drilling")],
        [],
    ),
    (  # building: a cross-claim
        "The tenant is suing Dovemere Homes over damp. Dovemere has filed a cross-claim against "
        "Kestle Roofing, arguing that the roof let the water in.",
        [("dovemere-homes", "DISPUTES", "kestle-roofing")],
        [],
    ),
    (  # textiles: the court alone between the suit and "against" (read before)
        "Pellcroft Weaving filed suit in the High Court against Tamsin Dyes, arguing that a "
        "batch of yarn had faded.",
        [("pellcroft-weaving", "DISPUTES", "tamsin-dyes")],
        [],
    ),
    (  # guard: the suit is only weighed
        "Pellcroft Weaving is considering whether to file suit in the High Court in Bradford "
        "against Tamsin Dyes.",
        [],
        [("pellcroft-weaving", "DISPUTES", "tamsin-dyes")],
    ),
    (  # guard: a court case the subject won against no one named
        "Pellcroft Weaving filed its accounts in the registry in Bradford on time.",
        [],
        [("pellcroft-weaving", "DISPUTES", "bradford")],
    ),
]

GAPPED: list[Case] = [
    (  # software: a relative clause after a description holding the defendant as possessor
        # (read since round 29: the possessor inside the appositive leaves its head the antecedent)
        "Quillon Apps sells payroll software. The talk turned to Brevik Systems, the Oslo vendor "
        "and Quillon's biggest rival, which sued Quillon in March over a patent.",
        [("brevik-systems", "DISPUTES", "quillon-apps")],
        [],
    ),
    (  # farming: an activist's attack on a bare board (read by the older board rules)
        "Fendle Seeds reported lower sales. Oskar Vane Capital, an activist investor holding "
        "roughly 6%, attacked the board over its costly purchase of a rival.",
        [("oskar-vane-capital", "DISPUTES", "fendle-seeds")],
        [],
    ),
    (  # mining: a rebuttal of a claim the sentence before reported
        "Yarrow Drilling says Corrin Minerals owes it for six months of work. Corrin rejects "
        "that claim.",
        [("corrin-minerals", "DISPUTES", "yarrow-drilling")],
        [],
    ),
]

BANK = DESCRIBED + COURTS + GAPPED
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disp28(case: Case) -> None:
    check(*case)
