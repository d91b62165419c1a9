"""Review of round 38's merged readings on invented text (rv238): the wrong lines found and
mended, and the ones left as known gaps.

- disp38 (`relations/petitioned_remedies.py`): "A asked BODY to <remedy> X" (A disputes X).
  Mended: "asked the regulator not to fine X" asks for no remedy; the undoing of a burden laid
  on X ("to overturn X's conviction", "to cancel X's mortgage") strikes no one; an audit is a
  routine review, no inquiry against X; a party the asker owns is no one it disputes; the body's
  own act in another clause stays the body's; each of coordinated askers disputes; the other
  party of a struck deal ("to block X's purchase of Y") is disputed too.
- own38 (`titled_conjuncts`, `rest_keepers`, `stake.shared_end`): a singular holding verb after
  a titled name makes it the only holder ("promoted A and finance director B holds 10%").

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PETITIONED_REVIEW: list[Case] = [
    (  # energy: a negated remedy is no petition against X
        "Brenmoor Oil asked the regulator not to fine Varna Gas, its long-time partner.",
        [],
        [("brenmoor-oil", "DISPUTES", "varna-gas")],
    ),
    (  # utilities: a routine audit asked of the audit office
        "The Energy Ministry asked the National Audit Office to audit Varna Gas, the state-owned "
        "utility, as it does every year.",
        [],
        [("the-energy-ministry", "DISPUTES", "varna-gas")],
    ),
    (  # banking: a mortgage cancelled once the loan is repaid lifts a burden
        "Harlow Bank asked the land registry to cancel Brenmoor Oil's mortgage after the loan "
        "was repaid.",
        [],
        [("harlow-bank", "DISPUTES", "brenmoor-oil")],
    ),
    (  # courts: overturning a partner's conviction is support
        "Brenmoor Oil asked the court to overturn Varna Gas's conviction, saying its partner had "
        "been wronged.",
        [],
        [("brenmoor-oil", "DISPUTES", "varna-gas")],
    ),
    (  # the asker's own unit is not disputed
        "Brenmoor Oil asked the regulator to investigate its subsidiary Varna Gas.",
        [],
        [("brenmoor-oil", "DISPUTES", "varna-gas")],
    ),
    (  # the body's own act in another clause stays the body's
        "Brenmoor Oil asked the Commission to block Varna Gas's bid; the Commission fined Tarsk "
        "Energy in 2021.",
        [("brenmoor-oil", "DISPUTES", "varna-gas"), ("commission", "DISPUTES", "tarsk-energy")],
        [("brenmoor-oil", "DISPUTES", "tarsk-energy")],
    ),
    (  # three coordinated askers each dispute
        "Brenmoor Oil, Varna Gas and Lorn Power asked the regulator to fine Tarsk Energy.",
        [
            ("brenmoor-oil", "DISPUTES", "tarsk-energy"),
            ("varna-gas", "DISPUTES", "tarsk-energy"),
            ("lorn-power", "DISPUTES", "tarsk-energy"),
        ],
        [],
    ),
    (  # insurance: two askers, the possessor of a claim
        "Brightwater Insurance and Bramble Re asked the court to throw out Calvin Re's claim.",
        [
            ("brightwater-insurance", "DISPUTES", "calvin-re"),
            ("bramble-re", "DISPUTES", "calvin-re"),
        ],
        [],
    ),
    (  # a struck deal: both its parties, a court-like body not named as an entity
        "Brenmoor Oil asked the Tribunal to block Varna Gas's purchase of Lorn Power.",
        [("brenmoor-oil", "DISPUTES", "varna-gas"), ("brenmoor-oil", "DISPUTES", "lorn-power")],
        [],
    ),
    (  # airlines: a licence suspended, an adverbial between body and "to"
        "Ossory Airlines asked the transport ministry on Monday to suspend Corvin Air's "
        "operating licence.",
        [("ossory-airlines", "DISPUTES", "corvin-air")],
        [],
    ),
    (  # a quoted speaker's "we"
        '"We have asked the Energy Regulator to investigate Varna Gas," said Mia Holt, chief '
        "executive of Brenmoor Oil.",
        [("brenmoor-oil", "DISPUTES", "varna-gas")],
        [],
    ),
    (  # sport: a rival's player banned
        "Varna FC asked the league to ban Tom Ash, the Orrin United striker, for three matches.",
        [("varna-fc", "DISPUTES", "tom-ash")],
        [],
    ),
    (  # an act that strikes no party
        "Brenmoor Oil asked the court to lift the ban on Varna Gas.",
        [],
        [("brenmoor-oil", "DISPUTES", "varna-gas")],
    ),
    (  # a question is no petition
        "Asked whether Brenmoor Oil would ask the court to block Varna Gas's deal, Mia Holt "
        "declined to comment.",
        [],
        [("brenmoor-oil", "DISPUTES", "varna-gas")],
    ),
]

PETITIONED_GAPS: list[Case] = [
    (  # the struck firm is the asker's unit only by an appositive the rules do not read
        "Varna Holdings asked the stock exchange to suspend Brenmoor Oil shares, its listed "
        "unit, pending an announcement.",
        [],
        [("varna-holdings", "DISPUTES", "brenmoor-oil")],
    ),
    (  # a petition only supposed in an "if" clause
        "If Brenmoor Oil asks the regulator to fine Varna Gas, the two firms may end their "
        "partnership.",
        [],
        [("brenmoor-oil", "DISPUTES", "varna-gas")],
    ),
    (  # a private firm asked to halt a third party's deliveries: commerce, no remedy
        "Tarn Dairy asked Kelda Mills to halt Orvo Foods' deliveries while the two firms "
        "renegotiated.",
        [],
        [("tarn-dairy", "DISPUTES", "orvo-foods")],
    ),
    (  # reports called wrong
        "Reports that Brenmoor Oil urged the regulator to fine Varna Gas were wrong, the "
        "company said.",
        [],
        [("brenmoor-oil", "DISPUTES", "varna-gas")],
    ),
]

GAPS = {
    "Varna Holdings asked": "the appositive 'its listed unit' is read as no ownership of the "
    "struck firm (rv238)",
    "If Brenmoor Oil asks": "an act inside an 'if' clause is read as done, as for 'If A sues B' "
    "(house-wide, not the petition's own)",
    "Tarn Dairy asked Kelda": "a remedy asked of a private firm is read as one asked of a body "
    "(rv238)",
    "Reports that Brenmoor": "a report later called wrong is read as fact, as for 'Reports that "
    "A sued B were wrong' (house-wide)",
}

SHARED_REVIEW: list[Case] = [
    (  # a clause joined by "and": the singular verb has one holder
        "Orra Bakeries promoted Ana Roe and finance director Ivo Lund holds 10% of the company.",
        [("ivo-lund", "OWNS", "orra-bakeries")],
        [("ana-roe", "OWNS", "orra-bakeries")],
    ),
    (  # logistics: two department titles, no "between them"
        "Marketing director Lena Ask and sales director Tom Berg hold 9% of Kelso Logistics.",
        [("lena-ask", "OWNS", "kelso-logistics"), ("tom-berg", "OWNS", "kelso-logistics")],
        [],
    ),
    (  # three holders, the last titled
        "Ana Roe, Tom Ask and finance director Ivo Lund own 12% of Orra Bakeries.",
        [
            ("ana-roe", "OWNS", "orra-bakeries"),
            ("tom-ask", "OWNS", "orra-bakeries"),
            ("ivo-lund", "OWNS", "orra-bakeries"),
        ],
        [],
    ),
    (  # boats: "the two brothers" after a deal
        "Tom and Erik Sand built Sandvik Boats into a fleet of 40 yachts. Marlow Equity bought "
        "70% of Sandvik Boats in May. The two brothers kept the remaining 30% between them.",
        [("tom-sand", "OWNS", "sandvik-boats"), ("erik-sand", "OWNS", "sandvik-boats")],
        [],
    ),
    (  # the speaker after a colon
        'Ivo Lund, chief executive of Orra Bakeries, said: "Ana and I hold 35% between us."',
        [("ivo-lund", "OWNS", "orra-bakeries")],
        [],
    ),
    (  # the pair kept nothing: a hedge
        '"Ana and I would keep 20% between us," said Ivo Lund of Orra Bakeries.',
        [],
        [("ivo-lund", "OWNS", "orra-bakeries")],
    ),
    (  # money lost is no share held
        '"Ana and I lost 35% between us," Ivo Lund said of the crash in Orra Bakeries shares.',
        [],
        [("ivo-lund", "OWNS", "orra-bakeries")],
    ),
    (  # the pair before is no pair of founders
        "Ana Kerr and Ivo Lund, two bankers at Harlow Bank, advised Pellam Capital on buying 70% "
        "of Orra Bakeries. The two founders will keep the remaining 30%.",
        [],
        [("ana-kerr", "OWNS", "orra-bakeries"), ("ivo-lund", "OWNS", "orra-bakeries")],
    ),
    (  # a titled object of the verb is no co-holder of the subject's share
        "Brenmoor Oil hired finance director Ivo Lund and keeps 70% of Orra Bakeries.",
        [],
        [("ivo-lund", "OWNS", "orra-bakeries")],
    ),
]


@pytest.mark.parametrize(
    "case", gap_params(PETITIONED_REVIEW + PETITIONED_GAPS + SHARED_REVIEW, GAPS)
)
def test_review_round38(case: Case) -> None:
    check(*case)
