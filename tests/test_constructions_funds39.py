"""Funding readings of round 39 (invented sentences, several sectors).

A loan that pays for "the purchase" far below the article's opening purchase funds that
purchase's buyer: "Orvel Foods agreed to buy Tamsin Dairies. (three sentences about Tamsin)
The purchase is being financed by a £25m loan from Castlegate Bank" (Castlegate FUNDS Orvel),
whatever the deal noun (purchase, deal, acquisition, takeover, transaction) and however the
paying is written (financed by, paid for with, funded with), reported or not.

The opening purchase stands for "the purchase" only while no other buyer was stated since: a
second purchase in between makes the loan its buyer's, or nobody's when it is far too. Hedges
and denials still cancel the reading.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

LEAD_DEAL_LOANS: list[Case] = [
    (  # dairy: "The purchase is being financed by a loan from L", four sentences below
        "Orvel Foods agreed on Monday to buy Tamsin Dairies, a cheese maker in Devon, for "
        "£40m. Tamsin Dairies was founded in 1981 by Ruth Penn. It employs 300 people at two "
        "sites. Penn will stay on as a consultant for a year. The purchase is being financed "
        "by a £25m loan from Castlegate Bank.",
        [("castlegate-bank", "FUNDS", "orvel-foods")],
        [("castlegate-bank", "FUNDS", "tamsin-dairies")],
    ),
    (  # parcels: "The deal will be paid for with a credit facility from L"
        "Brenner Logistics has acquired Solway Couriers, a parcel firm in Dumfries. Solway "
        "was set up in 1998 by two brothers. It runs 80 vans across southern Scotland. Its "
        "founders will keep working for the business. The deal will be paid for with a new "
        "credit facility from Harrow Mercantile Bank.",
        [("harrow-mercantile-bank", "FUNDS", "brenner-logistics")],
        [("harrow-mercantile-bank", "FUNDS", "solway-couriers")],
    ),
    (  # software: a reported clause, "She said the acquisition would be funded with"
        "Kestrel Software will buy Plume Analytics for $120 million. Plume makes dashboards "
        "for hospitals. Its largest customer is a state health system. Analysts welcomed the "
        "price. A spokeswoman said the acquisition would be funded with cash and a term "
        "loan from Northway Bank.",
        [("northway-bank", "FUNDS", "kestrel-software")],
        [("northway-bank", "FUNDS", "plume-analytics")],
    ),
    (  # hotels: the takeover, "funded by a bridge loan from L"
        "Marlin Resorts has completed its takeover of Coral Bay Hotels. Coral Bay "
        "runs six hotels on the coast. Its chairman called the price fair. The hotels will keep "
        "their names. The takeover will be funded by a bridge loan from Pacifica Bank.",
        [("pacifica-bank", "FUNDS", "marlin-resorts")],
        [("pacifica-bank", "FUNDS", "coral-bay-hotels")],
    ),
]

LEAD_DEAL_LOAN_TRAPS: list[Case] = [
    (  # a descriptor between "controlled by" and the holder: a holder, no new buyer
        "Tarvello Foods agreed to buy the bakery chain Brodhus for 2 billion kroner. The buyer, "
        "which is controlled by the Danish investment company Osterby Capital, runs nine "
        "plants. The purchase will be financed with a loan from Nordlys Bank.",
        [("nordlys-bank", "FUNDS", "tarvello-foods")],
        [("nordlys-bank", "FUNDS", "osterby-capital")],
    ),
    (  # a second buyer stated since: the loan is that buyer's, not the opening one's
        "Orvel Foods agreed on Monday to buy Tamsin Dairies, a cheese maker in Devon, for "
        "£40m. Tamsin Dairies was founded in 1981 by Ruth Penn. It employs 300 people at two "
        "sites. Separately, Halden Farms bought Mossley Creamery last month. The purchase is "
        "being financed by a £25m loan from Castlegate Bank.",
        [],
        [("castlegate-bank", "FUNDS", "orvel-foods")],
    ),
    (  # a hedge
        "Orvel Foods agreed on Monday to buy Tamsin Dairies, a cheese maker in Devon, for "
        "£40m. Tamsin Dairies was founded in 1981 by Ruth Penn. It employs 300 people at two "
        "sites. Penn will stay on as a consultant for a year. The purchase could be financed "
        "by a loan from Castlegate Bank, people familiar with the matter said.",
        [],
        [("castlegate-bank", "FUNDS", "orvel-foods")],
    ),
    (  # a denial
        "Orvel Foods agreed on Monday to buy Tamsin Dairies, a cheese maker in Devon, for "
        "£40m. Tamsin Dairies was founded in 1981 by Ruth Penn. It employs 300 people at two "
        "sites. Penn will stay on as a consultant for a year. The purchase will not be "
        "financed with a loan from Castlegate Bank.",
        [],
        [("castlegate-bank", "FUNDS", "orvel-foods")],
    ),
    (  # no purchase opens the article: a later "the deal" has no buyer to stand for
        "Castlegate Bank reported higher profits on Monday. Its chief executive, Ann Roe, "
        "said lending grew. The bank has 40 branches. Orvel Foods is one of its clients. The "
        "deal is being financed by a loan from Castlegate Bank.",
        [],
        [("castlegate-bank", "FUNDS", "orvel-foods")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), LEAD_DEAL_LOANS + LEAD_DEAL_LOAN_TRAPS)
def test_loan_for_the_opening_purchase(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)
