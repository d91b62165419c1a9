"""Disputes, rivals and leaders from the fourth failure report (round D): invented variants.

Each case is (text, relations that must be found, relations that must not be). Every name is
invented; sectors vary on purpose; a guard (a near miss) stands beside each true case.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

# A conflict state with a venue between its noun and the other side; the rebuttal of a
# spokesperson; criticism aimed at a bare "management".
DISPUTES_D: list[Case] = [
    (  # shipping: "in arbitration in <city> with X, which it accuses of ..."
        "Marisco Ports is in arbitration in Rotterdam with Tavell Dredging, which it accuses "
        "of botching a breakwater.",
        [
            ("marisco-ports", "DISPUTES", "tavell-dredging"),
            ("tavell-dredging", "DISPUTES", "marisco-ports"),
        ],
        [],
    ),
    (  # energy: mediation with a venue
        "Brantley Power remains in mediation in Oslo with Korvik Turbines over late blades.",
        [("brantley-power", "DISPUTES", "korvik-turbines")],
        [],
    ),
    (  # construction: a legal fight with a venue
        "Oakhurst Homes is locked in a legal fight in Dublin with Pellmarsh Timber.",
        [("oakhurst-homes", "DISPUTES", "pellmarsh-timber")],
        [],
    ),
    (  # guard: arbitration in a city, no other side named
        "Marisco Ports opened an arbitration centre in Rotterdam with funding from Halden Bank.",
        [],
        [("marisco-ports", "DISPUTES", "halden-bank")],
    ),
    (  # agriculture: a spokeswoman for the accused rejects the claims
        "Greyhaven Grain sued Lutaro Mills over unpaid invoices. A spokeswoman for Lutaro "
        "Mills called the claims baseless.",
        [("lutaro-mills", "DISPUTES", "greyhaven-grain")],
        [],
    ),
    (  # retail: lawyers for the accused deny the allegations
        "Pennant Stores accused Ruddle Logistics of losing stock. Lawyers for Ruddle Logistics "
        "rejected the allegations.",
        [("ruddle-logistics", "DISPUTES", "pennant-stores")],
        [],
    ),
    (  # pharma: a spokesman says the claims were baseless
        "Veltra Labs sued Quillon Pharma over a patent. A spokesman for Quillon Pharma said the "
        "claims were baseless.",
        [("quillon-pharma", "DISPUTES", "veltra-labs")],
        [],
    ),
    (  # guard: a spokesman for the accuser repeats the claim; no answer from the accused
        "Veltra Labs sued Quillon Pharma over a patent. A spokesman for Veltra Labs said the "
        "case was strong.",
        [("veltra-labs", "DISPUTES", "quillon-pharma")],
        [("quillon-pharma", "DISPUTES", "veltra-labs")],
    ),
    (  # health: a union attacks the article's company's management
        "Orbelle Hospitals is cutting 300 jobs. The Nurses Federation attacked management for "
        "cancelling leave.",
        [("the-nurses-federation", "DISPUTES", "orbelle-hospitals")],
        [],
    ),
    (  # mining: a shareholder group criticises the senior management
        "Carrick Copper missed its output target again. Tollgate Investors criticised the "
        "senior management over the delays.",
        [("tollgate-investors", "DISPUTES", "carrick-copper")],
        [],
    ),
    (  # guard: management praised, no dispute
        "Orbelle Hospitals is cutting 300 jobs. The Nurses Federation thanked management for "
        "the talks.",
        [],
        [("the-nurses-federation", "DISPUTES", "orbelle-hospitals")],
    ),
    (  # guard: another organization's management is named
        "Carrick Copper missed its target. Tollgate Investors criticised management at "
        "Brenner Mining instead.",
        [],
        [("tollgate-investors", "DISPUTES", "carrick-copper")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), DISPUTES_D, ids=lambda x: str(x)[:50])
def test_disputes_d(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)
