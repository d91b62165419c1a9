"""Genre bank for money (round 11): a lender that supplies or provides a named borrower "with"
a loan or facility, past a modifier ("with a fresh €30m facility"); a bought stake the buyer
"still holds" (OWNS too); guards on goods supplied "with $5m of rails", a refused loan, a
former stake ("once had a stake in"), a stake sold since, "holds talks".

Each case is a short invented article (text, relations that must be found, relations that must
not be), across banking, food, haulage, mining, dairy, shipping, rail, farming and retail.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LOANS: list[Case] = [
    (  # food: "will supply X with a fresh €30m facility"
        "Orsland Bank will supply Pellam Foods with a fresh €30m facility.",
        [("orsland-bank", "FUNDS", "pellam-foods")],
        [],
    ),
    (  # haulage: progressive, amount inside the noun phrase
        "Carrow Bank is supplying Dunmore Haulage with a £30m loan to refinance its debts.",
        [("carrow-bank", "FUNDS", "dunmore-haulage")],
        [("dunmore-haulage", "FUNDS", "carrow-bank")],
    ),
    (  # mining: "provided X with a $50 million credit line"
        "Brisk Capital provided Tollan Mining with a $50 million credit line.",
        [("brisk-capital", "FUNDS", "tollan-mining")],
        [],
    ),
    (  # dairy: the amount after the loan noun
        "Hexby Bank has provided Ardent Dairy with a loan of €12m.",
        [("hexby-bank", "FUNDS", "ardent-dairy")],
        [],
    ),
    (  # dairy: passive with a by-agent
        "Ardent Dairy was provided with a €12m loan by Hexby Bank.",
        [("hexby-bank", "FUNDS", "ardent-dairy")],
        [],
    ),
    (  # shipping: a new multi-year facility
        "Marrow Bank has supplied Kelso Shipping with a new €40m revolving facility.",
        [("marrow-bank", "FUNDS", "kelso-shipping")],
        [],
    ),
    (  # boats: an amount in words ("€30 million") and a one-word borrower
        "Orsund Bank will supply Ravel with a fresh €30 million facility.",
        [("orsund-bank", "FUNDS", "ravel")],
        [],
    ),
    (  # boats: the borrower as a pronoun object (bound to the lender itself today)
        "Ravel Oy makes boats. Orsund Bank will supply it with a fresh €30m facility.",
        [("orsund-bank", "FUNDS", "ravel")],
        [],
    ),
    (  # retail: "$4m of funding"
        "Orsland Bank supplied Tarrow Stores with $4m of funding last spring.",
        [("orsland-bank", "FUNDS", "tarrow-stores")],
        [],
    ),
]

LOAN_GUARDS: list[Case] = [
    (  # rail: goods worth an amount
        "Kelso Steel supplied Vantora Rail with $5m of rails last year.",
        [],
        [("kelso-steel", "FUNDS", "vantora-rail")],
    ),
    (  # rail: "worth of"
        "Kelso Steel will supply Vantora Rail with $5 million worth of steel.",
        [],
        [("kelso-steel", "FUNDS", "vantora-rail")],
    ),
    (  # mills: a priced machine
        "Kelso Steel supplies Vantora Rail with a new $5m rolling mill.",
        [],
        [("kelso-steel", "FUNDS", "vantora-rail")],
    ),
    (  # food: refused
        "Orsland Bank refused to supply Pellam Foods with a fresh €30m facility.",
        [],
        [("orsland-bank", "FUNDS", "pellam-foods")],
    ),
    (  # banking: loans to customers, no named borrower
        "Marrow Bank provides loans to customers across the region.",
        [],
        [],
    ),
    (  # farming: a contract, not money
        "Tarn County provided Halden Seeds with a $2m contract to supply schools.",
        [],
        [("tarn-county", "FUNDS", "halden-seeds")],
    ),
]

STAKES: list[Case] = [
    (  # food: a bought share "and still holds that stake" (OWNS as well as FUNDS)
        "Qadir Holdings took 40% of Vell Foods in 2012 and still holds that stake.",
        [("qadir-holdings", "FUNDS", "vell-foods"), ("qadir-holdings", "OWNS", "vell-foods")],
        [],
    ),
    (  # mills: "and still holds it"
        "Kestrel Capital bought a 25% stake in Ormond Mills in 2018 and still holds it.",
        [("kestrel-capital", "OWNS", "ormond-mills")],
        [],
    ),
    (  # food: the buyer named again after a semicolon
        "Qadir Holdings took 40% of Vell Foods in 2012; Qadir keeps that holding now.",
        [("qadir-holdings", "OWNS", "vell-foods")],
        [],
    ),
    (  # retail: the holding said in the next sentence
        "Harrow Capital bought 30% of Pavo Kitchens in 2017. Harrow still owns that stake.",
        [("harrow-capital", "OWNS", "pavo-kitchens")],
        [],
    ),
    (  # retail: "a minority holder" appositive
        "Pavo Kitchens is funded by Lumo Ventures and by the retailer Casa Nor, a minority holder.",
        [("casa-nor", "OWNS", "pavo-kitchens")],
        [],
    ),
]

STAKE_GUARDS: list[Case] = [
    (  # mills: sold since
        "Kestrel Capital bought a 25% stake in Ormond Mills in 2018 and sold it in 2021.",
        [("kestrel-capital", "FUNDS", "ormond-mills")],
        [("kestrel-capital", "OWNS", "ormond-mills")],
    ),
    (  # mills: "holds talks" is no holding
        "Kestrel Capital bought a 25% stake in Ormond Mills and still holds talks with Vantora "
        "Foods.",
        [],
        [("kestrel-capital", "OWNS", "ormond-mills")],
    ),
    (  # mills: another holder's stake
        "Kestrel Capital bought a 25% stake in Ormond Mills in 2018, and Tarn Fund still holds "
        "its own stake.",
        [],
        [("kestrel-capital", "OWNS", "ormond-mills")],
    ),
    (  # mills: a former holding
        "Harrow Capital once had a stake in Ormond Mills.",
        [],
        [("harrow-capital", "OWNS", "ormond-mills")],
    ),
    (  # shipping: formerly owned
        "Tarn Fund formerly owned 30% of Kelso Shipping.",
        [],
        [("tarn-fund", "OWNS", "kelso-shipping")],
    ),
    (  # mills: a stake that may be bought
        "Harrow Capital may buy a stake in Ormond Mills.",
        [],
        [("harrow-capital", "OWNS", "ormond-mills")],
    ),
]

BANK = LOANS + LOAN_GUARDS + STAKES + STAKE_GUARDS
GAPS: dict[str, str] = {
    "Ravel Oy makes boats.": "the object pronoun 'it' is bound to the verb's own subject (the "
    "lender), so the self-relation is dropped; pronoun binding (refs11) owns that",
    "Pavo Kitchens is funded": "'a minority holder' appositive after a funder is not read as "
    "OWNS yet",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_money11(case: Case) -> None:
    check(*case)
