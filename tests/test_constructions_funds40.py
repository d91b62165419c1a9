"""Funding readings of round 40 (invented sentences, several sectors).

A statement of who holds the buyer, made after the article's opening purchase, names a holder
and no second buyer: a later "The purchase is financed by a loan from L" still funds the
opening buyer. The holding may be a passive with a descriptor before the holder ("which is
owned by the family office K"), an active perfect ("K, a growth fund, has owned 60%
of B since 2017", "has long controlled") or a present ("K owns B", "which controls").
A real second purchase (a buying verb, a new offer) still takes "the purchase" away, and
hedges and denials still cancel the reading; the holder is never the one funded.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

_OPEN = (
    "Orvel Foods agreed on Monday to buy Tamsin Dairies, a cheese maker in Devon, for £40m. "
    "Tamsin Dairies was founded in 1981 by Ruth Penn. "
)

HOLDER_NO_BUYER: list[Case] = [
    (  # dairy: active perfect with an appositive on the holder
        _OPEN + "Kestle Partners, a London growth fund, has owned most of Orvel for a "
        "decade. The purchase is being financed by a £25m loan from Castlegate Bank.",
        [("castlegate-bank", "FUNDS", "orvel-foods")],
        [("castlegate-bank", "FUNDS", "kestle-partners")],
    ),
    (  # logistics: present "controls" in a relative clause on the holder
        "Brenner Logistics has acquired Solway Couriers, a parcel firm in Dumfries. Solway "
        "was set up in 1998 by two brothers. Brenner is run by Ian Moss. Marr Capital, which "
        "controls Brenner, sits on its board. The deal will be paid for with a new credit "
        "facility from Harrow Mercantile Bank.",
        [("harrow-mercantile-bank", "FUNDS", "brenner-logistics")],
        [("harrow-mercantile-bank", "FUNDS", "marr-capital")],
    ),
    (  # printing: passive with a descriptor between "owned by" and the holder
        "Quillby Print agreed on Tuesday to buy Marsh Labels, a label printer in Stockport. "
        "Marsh employs 90 people. It was founded in 1990. Quillby, which is owned by the "
        "Irish family office Dunleary "
        "Holdings, has four presses. The takeover will be funded with a term loan from "
        "Pennant Bank.",
        [("pennant-bank", "FUNDS", "quillby-print")],
        [("pennant-bank", "FUNDS", "dunleary-holdings")],
    ),
    (  # software: active perfect with an adverb, "has long owned"
        "Kestrel Software will buy Plume Analytics for $120 million. Plume makes dashboards "
        "for hospitals. Its largest customer is a state health system. Tolland Equity has "
        "long owned Kestrel. The acquisition will be funded with a term loan from Northway "
        "Bank.",
        [("northway-bank", "FUNDS", "kestrel-software")],
        [("northway-bank", "FUNDS", "tolland-equity")],
    ),
]

HOLDER_TRAPS: list[Case] = [
    (  # a real second purchase by the holder: "the purchase" is no longer the opening one
        _OPEN + "Kestle Partners, which owns a stake in Orvel, bought Mossley Creamery last "
        "month. The purchase is being financed by a £25m loan from Castlegate Bank.",
        [],
        [("castlegate-bank", "FUNDS", "orvel-foods")],
    ),
    (  # a new offer by the holder
        _OPEN + "Kestle Partners, which owns Orvel, made an offer for Mossley Creamery in "
        "May. The deal is being financed by a £25m loan from Castlegate Bank.",
        [],
        [("castlegate-bank", "FUNDS", "orvel-foods")],
    ),
    (  # a hedge after the holding
        _OPEN + "Kestle Partners has owned 60% of Orvel since 2017. The purchase "
        "could be financed by a loan from Castlegate Bank, people familiar with it said.",
        [],
        [
            ("castlegate-bank", "FUNDS", "orvel-foods"),
            ("castlegate-bank", "FUNDS", "kestle-partners"),
        ],
    ),
    (  # a denial after the holding
        _OPEN + "Kestle Partners has owned 60% of Orvel since 2017. The purchase will "
        "not be financed with a loan from Castlegate Bank.",
        [],
        [
            ("castlegate-bank", "FUNDS", "orvel-foods"),
            ("castlegate-bank", "FUNDS", "kestle-partners"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), HOLDER_NO_BUYER + HOLDER_TRAPS)
def test_holder_of_the_buyer_is_no_buyer(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)
