"""Round-36 review of pr36 (a firm noun before "whose" owns the name after it): wrong lines on
invented text, mended (`loaders.firm_whose.handed_on`, `loaders.relations.owned_names`,
`loaders.relations.possessive`).

- another maker's name before a product noun ("a Lagos distributor whose Samsung phones") is
  that maker's goods, not the possessor's holding;
- a whose-clause that passes the thing on ("whose Crumbo brand was sold to B", "whose Velcor
  drug is licensed from B") gives the possessor nothing;
- "A, a rival of B, the Leeds company whose Tamo drug": the description is B's, so B owns it.

Invented names and sentences; each case also asserts what must stay.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

MENDED: list[Case] = [
    (  # another maker's phones, sold by a distributor
        "Ogun Trading, a Lagos distributor whose Samsung phones sell in 40 markets, raised prices.",
        [],
        [("ogun-trading", "OWNS", "samsung")],
    ),
    (  # a taxi firm's cars
        "Cabwise Taxis, a Leeds company whose Toyota cars run on hybrid engines, hired 100 "
        "drivers.",
        [],
        [("cabwise-taxis", "OWNS", "toyota")],
    ),
    (  # a dealer's cars
        "Morrow Motors, a Leeds dealer whose Ford cars sell well, opened a showroom.",
        [],
        [("morrow-motors", "OWNS", "ford")],
    ),
    (  # software a retailer runs
        "Marlow Retail, a Leeds company whose Oracle software runs its stores, cut costs.",
        [],
        [("marlow-retail", "OWNS", "oracle")],
    ),
    (  # a brand sold on
        "Harwell Foods, a Leeds company whose Crumbo biscuit brand was sold to Brisk Snacks "
        "in May, cut jobs.",
        [("brisk-snacks", "OWNS", "crumbo")],
        [("harwell-foods", "OWNS", "crumbo")],
    ),
    (  # a business sold last year
        "Molloy Group, a Cork group whose Halpin Bakeries business was sold last year, "
        "reported profit.",
        [],
        [("molloy-group", "OWNS", "halpin-bakeries")],
    ),
    (  # a drug licensed in
        "Tamsin Pharma, a Dublin company whose Velcor drug is licensed from Orvex Labs, "
        "reported sales.",
        [],
        [("tamsin-pharma", "OWNS", "velcor")],
    ),
    (  # the description is the inner name's, past an outer relation appositive
        "Orvex Labs, a rival of Kellan Bio, the Leeds company whose Tamo drug failed, raised "
        "money.",
        [("kellan-bio", "OWNS", "tamo")],
        [("orvex-labs", "OWNS", "tamo")],
    ),
    (  # kept: goods on sale stay the maker's
        "Hollis Petcare, a Leeds firm whose Munchy biscuits are sold in 4,000 shops, was fined.",
        [("hollis-petcare", "OWNS", "munchy")],
        [],
    ),
    (  # kept: a unit named after "whose"
        "Grantly Holdings, a London group whose Parcel Pro unit delivers packages, sold shares.",
        [("grantly-holdings", "OWNS", "parcel-pro")],
        [],
    ),
    (  # kept: "X, a rival of Y, whose" is still X's
        "Orvex Labs, a rival of Kellan Bio, whose Tamo drug failed, raised money.",
        [("orvex-labs", "OWNS", "tamo")],
        [],
    ),
    (  # gap mended: the firm noun set off by a comma before "whose", as the reading says
        "Kestrel Tools, the Sheffield maker, whose Gripmaster wrench is sold in hardware "
        "stores, has opened a US office.",
        [("kestrel-tools", "OWNS", "gripmaster")],
        [],
    ),
]


@pytest.mark.parametrize("case", MENDED, ids=[c[0][:50] for c in MENDED])
def test_mended(case: Case) -> None:
    check(*case)


LEFT: list[Case] = [
    (  # a maker's name typed Product by the kind noun after it
        "Haulwell Freight, a Derby company whose Volvo trucks cross Europe, hired 50 drivers.",
        [],
        [("haulwell-freight", "OWNS", "volvo")],
    ),
    (
        "Kenway Health, a Bristol company whose Siemens scanners are ten years old, ordered "
        "new ones.",
        [],
        [("kenway-health", "OWNS", "siemens")],
    ),
]


@pytest.mark.xfail(
    strict=True,
    reason="an unlisted maker's name before a product noun is typed Product and owned",
)
@pytest.mark.parametrize("case", LEFT, ids=[c[0][:50] for c in LEFT])
def test_left(case: Case) -> None:
    check(*case)
