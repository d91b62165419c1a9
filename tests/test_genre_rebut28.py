"""Genre bank for answers to a claim whose author the answering sentence does not name (round 28).

A party accused earlier answers "her claims" (the pronoun read back to the answerer itself),
"that claim", "the original complaint", or the possessed "comparison" or "account" of its
accuser: it disputes the party of the last dispute against it. A founder of the accused speaks
for it. A named person rejecting a charge set in apposition to the charging clause ("..., a
charge Mr X rejected") disputes the charge's author. Guards: a court or judge that dismisses a
claim, a denial of a fact no one alleged, an offer or an application rejected.

Cases are invented, across milling, rail signalling, pharmaceuticals, football, cranes, hotels,
seeds, bakeries, airlines and textiles.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ANSWERS: list[Case] = [
    (  # milling: "her claims", the accused's chairman answering
        "Marisol Yanez has accused Copperfield Mills of underpaying its growers. Copperfield's "
        "chairman, Otto Brenn, rejected her claims on local radio.",
        [("otto-brenn", "DISPUTES", "marisol-yanez")],
        [],
    ),
    (  # rail signalling: "that claim"
        "Kestrel Rail sued Ambrin Signals over a late order. Ambrin Signals rejected that claim, "
        "saying every unit was delivered on time.",
        [("ambrin-signals", "DISPUTES", "kestrel-rail")],
        [],
    ),
    (  # pharmaceuticals: "the original claim", named by the accused's founder
        "Velda Pharma sued Oskin Labs in June. Oskin Labs has since countersued, and its founder, "
        'Hana Ruiz, dismissed the original claim as "a fishing trip".',
        [("hana-ruiz", "DISPUTES", "velda-pharma")],
        [],
    ),
    (  # cranes: an apposed charge rejected by a titled person
        "The port's harbour master, Lena Marsh, accused Dovecote Cranes of ignoring wind limits "
        "on two sites, a charge Mr Orlov rejected.",
        [("orlov", "DISPUTES", "lena-marsh")],
        [],
    ),
    (  # hotels: the apposed charge after a quotation closed by its comma
        'Rolf Haber accused Quintell Hotels of "cutting corners on fire doors," an allegation '
        'Maya Selig dismissed as "fiction" in a short interview.',
        [("maya-selig", "DISPUTES", "rolf-haber")],
        [],
    ),
    (  # textiles: "his claims", the accused's chief executive answering
        "Ivo Tesk, a former pattern designer, sued Brannock Weaving over unpaid royalties. "
        "Brannock Weaving's chief executive, Ada Lune, rejected his claims on Friday.",
        [("ada-lune", "DISPUTES", "ivo-tesk")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # seeds: a judge who dismisses an apposed claim is no party
        "Brisco Farms sued Kellet Seeds in 2021 over a label, a claim Judge Ada Lowe dismissed.",
        [],
        [("ada-lowe", "DISPUTES", "brisco-farms"), ("lowe", "DISPUTES", "brisco-farms")],
    ),
    (  # bakeries: a denial of a fact no one alleged
        "Harwick Foods denied that talks with its bankers had stalled.",
        [],
        [("harwick-foods", "DISPUTES", "harwick-foods")],
    ),
    (  # bakeries: an offer rejected is no dispute
        "Pellmore Bakeries rejected an offer of 300p a share from Corvin Foods last week.",
        [],
        [("pellmore-bakeries", "DISPUTES", "corvin-foods")],
    ),
    (  # airlines: a regulator rejecting an application
        "The aviation regulator rejected Vantor Air's application for six new routes.",
        [],
        [("vantor-air", "DISPUTES", "aviation-regulator")],
    ),
    (  # marinas: a possessed comparison with no dispute before it is no answer
        "Ivo Kessel, who chairs the marina, rejected the guild's comparison with two other "
        "harbours.",
        [],
        [("ivo-kessel", "DISPUTES", "guild")],
    ),
]

GAP_CASES: list[Case] = [
    (  # quarrying: a person reporting the company's rejection of a named side's claims
        "Tamsin Rail Services has sued Orrel Aggregates over a supply contract. In a statement, "
        "Orrel's chair, Bea Voss, said the company \"dismisses all of Tamsin's allegations\".",
        [("bea-voss", "DISPUTES", "tamsin-rail-services")],
        [],
    ),
    (  # logistics: a passive rebuttal of an account given earlier
        "Kira Holm, the transport minister, said Delvin Freight had agreed to retrain drivers. "
        "That version of events was rejected the next morning by Delvin Freight.",
        [("delvin-freight", "DISPUTES", "kira-holm")],
        [],
    ),
]

BANK = ANSWERS + GUARDS + GAP_CASES
GAPS: dict[str, str] = {
    "Tamsin Rail Services has sued": "the speaker who reports the company's rejection of a named "
    "side's claims ('P said the company rejects X's claims') is not read as answering",
    "Kira Holm, the transport": "a passive rebuttal ('that account was rejected by X') is unread",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_rebut28(case: Case) -> None:
    check(*case)
