"""Disputes reading of round 40, second helper (invented sentences, several sectors).

A claim told with its venue between the verb and its target: a court named with its town
("filed suit in the High Court in Mombasa against A and B"), a venue after "at" ("filed a
trademark suit at the Federal Court in Lagos against Y"), a petition ("filed a petition
against Y"), a party taken to a tribunal ("took Y to the state's civil tribunal") or, past
its appositive, to arbitration ("has taken Y, the carrier that handled its fruit, to
arbitration in London").

Lookalikes: a plant opened "in Leeds against the wishes" of someone; a suit only threatened;
a party taken somewhere else ("took Y, its main carrier, to dinner").

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

CLAIM_VENUES: list[Case] = [
    (  # ports: a court and its town, two defendants
        "Vell Marine filed suit in the High Court in Mombasa against the Tarn Ports Authority "
        "and Bahari Marine.",
        [
            ("vell-marine", "DISPUTES", "tarn-ports-authority"),
            ("vell-marine", "DISPUTES", "bahari-marine"),
        ],
        [],
    ),
    (  # lubricants: a venue after "at", then its town
        "Vell Oils filed a trademark suit at the Federal Court in Lagos against Tarn Oils.",
        [("vell-oils", "DISPUTES", "tarn-oils")],
        [],
    ),
    (  # hospitals: a petition against a regulator
        "Drava Clinics has filed a petition against the Pricing Authority of Kerala in the "
        "High Court.",
        [("drava-clinics", "DISPUTES", "pricing-authority-of-kerala")],
        [],
    ),
    (  # citrus: the party's appositive before "to arbitration"
        "Vell Citrus has taken Tarn Reefer Lines, the carrier that handled most of its "
        "European volumes, to arbitration in London.",
        [("vell-citrus", "DISPUTES", "tarn-reefer-lines")],
        [],
    ),
    (  # retail: a consumer regulator takes a chain to a tribunal
        "Kelso Consumer Board last month took Quickpart to the state's civil tribunal over "
        "its refunds.",
        [("kelso-consumer-board", "DISPUTES", "quickpart")],
        [],
    ),
]

CLAIM_VENUE_TRAPS: list[Case] = [
    (  # a plant opened in a town "against the wishes" of a party: no claim
        "Vell Foods opened a plant in Leeds against the wishes of Tarn Oils.",
        [],
        [("vell-foods", "DISPUTES", "tarn-oils")],
    ),
    (  # a party taken to no venue
        "Vell Citrus took Tarn Reefer Lines, its main carrier, to dinner in London.",
        [],
        [("vell-citrus", "DISPUTES", "tarn-reefer-lines")],
    ),
    (  # a suit only threatened
        "Vell Oils said it could file suit in the High Court in Lagos against Tarn Oils.",
        [],
        [("vell-oils", "DISPUTES", "tarn-oils")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CLAIM_VENUES + CLAIM_VENUE_TRAPS)
def test_claim_filed_at_a_venue(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)
