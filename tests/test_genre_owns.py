"""Genre bank for OWNS read through relative clauses, copulas, nominals and products, and for
the precision of the stake rule's "the company": "Brindlemoor, which holds 27% of the firm",
"controlled by the Ruiz family", "X is a small holder in Y", "X's deal to acquire Y", "the
studio's thriller Night Ferry", "the carrier that runs the Orbit points club".

Conventions: a stated holding is OWNS at any size; an agreed acquisition is already OWNS; a
company owns its brands, products, programmes and films. Guards: a past holding ("had owned"),
a stake sold, a buyer sought, an intended or possible purchase, a holder of debt, a customer.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance, aviation and property.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

RELATIVE_HOLDINGS: list[Case] = [
    (  # food: "which holds N% of the firm", the firm the takeover target named before
        "Pell Foods agreed to buy Tarrow Dairies. Brindlemoor Capital, which holds 27% of the "
        "firm, voted against the deal.",
        [("brindlemoor-capital", "OWNS", "tarrow-dairies")],
        [("brindlemoor-capital", "OWNS", "pell-foods")],
    ),
    (  # food: the same with the target of a takeover noun
        "Tarrow Dairies agreed to a takeover by Pell Foods. Brindlemoor Capital, which holds "
        "27% of the firm, voted against the deal.",
        [
            ("brindlemoor-capital", "OWNS", "tarrow-dairies"),
            ("pell-foods", "OWNS", "tarrow-dairies"),
        ],
        [("brindlemoor-capital", "OWNS", "pell-foods")],
    ),
    (  # insurance: "which owns N% of the company" after a sale
        "Ostra Bank is selling Kelby Insurance. Harlow Re, which owns 12% of the company, backs "
        "the sale.",
        [("harlow-re", "OWNS", "kelby-insurance")],
        [("harlow-re", "OWNS", "ostra-bank")],
    ),
    (  # mining: "the Swiss fund that holds 18% of the miner"
        "Vesta Mining rejected the bid. Orlan Partners, the Swiss fund that holds 18% of the "
        "miner, declined to comment.",
        [("orlan-partners", "OWNS", "vesta-mining")],
        [],
    ),
    (  # shipping: "which the Lund family controls"
        "Orsk Shipping, which the Lund family controls, ordered two tankers.",
        [("lund", "OWNS", "orsk-shipping")],
        [],
    ),
    (  # brewing: "controlled by the Ruiz family" (copula passive)
        "Pellham Brewing is controlled by the Ruiz family.",
        [("ruiz", "OWNS", "pellham-brewing")],
        [],
    ),
    (  # milling: relative passive with a family
        "Harlow Mills, which is owned by the Fenwick family, cut jobs.",
        [("fenwick", "OWNS", "harlow-mills")],
        [],
    ),
    (  # mining: reduced relative with a trust
        "Corven Mining, controlled by the Ashgrove Trust, cut its dividend.",
        [("ashgrove-trust", "OWNS", "corven-mining")],
        [],
    ),
    (  # food: "whose labels are A and B" (two OWNS)
        "Kestrin Foods, whose labels are Arden Oats and Tully Crisps, raised prices in March.",
        [("kestrin-foods", "OWNS", "arden-oats"), ("kestrin-foods", "OWNS", "tully-crisps")],
        [],
    ),
    (  # baking: "whose brands are" after a described owner
        "The Leeds baker Crumbwell, whose brands are Ovenly and Daybake, lifted sales.",
        [("crumbwell", "OWNS", "ovenly"), ("crumbwell", "OWNS", "daybake")],
        [],
    ),
    (  # telecoms: "which owns the Zest mobile brand"
        "Marlow Telecom, which owns the Zest mobile brand, cut prices.",
        [("marlow-telecom", "OWNS", "zest")],
        [],
    ),
    (  # aviation: "the carrier that runs the X points club"
        "Tavi Air, the carrier that runs the Orbit Miles points club, complained about fees.",
        [("tavi-air", "OWNS", "orbit-miles")],
        [],
    ),
    (  # aviation: "which operates the X loyalty scheme"
        "Sorrel Airways, which operates the Skyward loyalty scheme, raised fees.",
        [("sorrel-airways", "OWNS", "skyward")],
        [],
    ),
    (  # telecoms: "in which X is a small holder"
        "Kesh Telecom, in which Marrow Bank holds a small stake, raised prices.",
        [("marrow-bank", "OWNS", "kesh-telecom")],
        [],
    ),
]

COPULAS: list[Case] = [
    (  # insurance: "Y is a subsidiary of X"
        "Delmar Insurance is a subsidiary of Havel Re.",
        [("havel-re", "OWNS", "delmar-insurance")],
        [],
    ),
    (  # media: "Y is a unit of X"
        "Quill Media is a unit of Strand Holdings.",
        [("strand-holdings", "OWNS", "quill-media")],
        [],
    ),
    (  # food: "has become a unit of"
        "Quenby Foods has become a unit of Arlen Group.",
        [("arlen-group", "OWNS", "quenby-foods")],
        [],
    ),
    (  # banking: "X is a small holder in Y"
        "Marrow Bank is a small holder in Kelso Telecom.",
        [("marrow-bank", "OWNS", "kelso-telecom")],
        [],
    ),
    (  # energy: "X is a minority holder of Y"
        "Brant Energy is a minority holder of Selby Gas.",
        [("brant-energy", "OWNS", "selby-gas")],
        [],
    ),
    (  # telecoms: appositive holder, not a dispute
        "Marrow Bank, a small holder in Kesh Telecom, criticised the plan.",
        [("marrow-bank", "OWNS", "kesh-telecom")],
        [],
    ),
    (  # property: appositive "a long-time holder of"
        "Ardley Estates has a new chairman. Harrow Capital, a long-time holder of Ardley "
        "Estates, backed him.",
        [("harrow-capital", "OWNS", "ardley-estates")],
        [],
    ),
    (  # baking: "Y has become X's best-selling line"
        "Daybake has become Crumbwell's best-selling line.",
        [("crumbwell", "OWNS", "daybake")],
        [],
    ),
]

NOMINAL_DEALS: list[Case] = [
    (  # food: "its takeover of Y"
        "Halden Foods announced its takeover of Pymore Bakeries on Monday.",
        [("halden-foods", "OWNS", "pymore-bakeries")],
        [],
    ),
    (  # retail: "completed its purchase of Y"
        "Greystone Retail completed its purchase of Mabry Stores.",
        [("greystone-retail", "OWNS", "mabry-stores")],
        [],
    ),
    (  # energy: "X's deal to acquire Y"
        "Vantor Energy's deal to acquire Selby Gas was approved.",
        [("vantor-energy", "OWNS", "selby-gas")],
        [],
    ),
    (  # banking: "X's agreement to buy Y"
        "Quenby Bank's agreement to buy Ardley Insurance closed in May.",
        [("quenby-bank", "OWNS", "ardley-insurance")],
        [],
    ),
    (  # autos: pronoun subject "it will acquire Y"
        "Norvik Autos said it will acquire Brask Parts for $300 million.",
        [("norvik-autos", "OWNS", "brask-parts")],
        [],
    ),
    (  # autos: a pronoun possessive one sentence on
        "Halvard Motors plans to close the deal this year. Its acquisition of Kesh Batteries "
        "will double output.",
        [("halvard-motors", "OWNS", "kesh-batteries")],
        [],
    ),
    (  # farming: a speaker's gerund
        'Maren Holt runs Brasso Farms. "Acquiring Dellan Seeds let us grow," she said.',
        [("brasso-farms", "OWNS", "dellan-seeds")],
        [],
    ),
]

PRODUCTS: list[Case] = [
    (  # retail: "its Lumo soap line"
        "Lumora Soaps launched its Lumo soap line in May.",
        [("lumora-soaps", "OWNS", "lumo")],
        [],
    ),
    (  # food: a pronoun one sentence on
        "Halden Foods makes cereals. Its Lumo oat range sells well in Spain.",
        [("halden-foods", "OWNS", "lumo")],
        [],
    ),
    (  # pharma: "Corbel, its best-selling drug"
        "Dunmore Pharma relies on Corbel, its best-selling drug.",
        [("dunmore-pharma", "OWNS", "corbel")],
        [],
    ),
    (  # media: "owns the X channel and the Y radio station"
        "Arvo Media owns the Night Owl channel and the Lark radio station.",
        [("arvo-media", "OWNS", "night-owl"), ("arvo-media", "OWNS", "lark")],
        [],
    ),
    (  # media: "the studio's thriller X", the studio named before
        "Pinewood Pictures had a strong year. The studio's thriller Night Ferry drew big "
        "audiences.",
        [("pinewood-pictures", "OWNS", "night-ferry")],
        [],
    ),
    (  # pharma: "Y, the X drug that dominates sales"
        "Corbel, the Dunmore Pharma drug that dominates sales, lost its patent.",
        [("dunmore-pharma", "OWNS", "corbel")],
        [],
    ),
    (  # aviation: "X's points club, Y"
        "Tavi Air's points club, Orbit Miles, will be closed.",
        [("tavi-air", "OWNS", "orbit-miles")],
        [],
    ),
]

STAKE_PRECISION: list[Case] = [
    (  # mining: "the company" is the company for sale, not a family named before
        "Halby Mines is for sale. The Korva family controls Korva Holdings. Korva Holdings owns "
        "46% of the company.",
        [],
        [("korva-holdings", "OWNS", "korva")],
    ),
    (  # water: "the company" after a place is the company, not the place
        "Ostra Water, based in Kelby, is being sold. Harlow Re owns 12% of the company.",
        [("harlow-re", "OWNS", "ostra-water")],
        [("harlow-re", "OWNS", "kelby")],
    ),
    (  # mining: an agency in the sentence before is no company owned
        "The Mining Agency approved the sale of Vesta Mining. Orlan Partners owns 18% of the "
        "company.",
        [("orlan-partners", "OWNS", "vesta-mining")],
        [("orlan-partners", "OWNS", "mining-agency")],
    ),
    (  # energy: a round's lead investor is not the buyer in the next clause
        "Selby Gas raised $20 million in a round led by Marrow Ventures, and later bought Kesh "
        "Power.",
        [("marrow-ventures", "FUNDS", "selby-gas"), ("selby-gas", "OWNS", "kesh-power")],
        [("marrow-ventures", "OWNS", "kesh-power")],
    ),
]

GUARDS: list[Case] = [
    (  # farming: a past holding
        "Palmer Farms had owned Ridgeway Seeds until 2019.",
        [],
        [("palmer-farms", "OWNS", "ridgeway-seeds")],
    ),
    (  # steel: a stake sold
        "Castor Steel sold its stake in Ambry Metals.",
        [],
        [("castor-steel", "OWNS", "ambry-metals")],
    ),
    (  # telecoms: a buyer sought
        "Hollin Telecom is seeking a buyer for Verra Mobile.",
        [],
        [("hollin-telecom", "OWNS", "verra-mobile")],
    ),
    (  # dairy: a possible purchase
        "Wexford Foods may acquire Tilly Dairy.",
        [],
        [("wexford-foods", "OWNS", "tilly-dairy")],
    ),
    (  # banking: a holder of debt
        "Brenmark Insurance is a holder of Orwell Bank's bonds.",
        [],
        [("brenmark-insurance", "OWNS", "orwell-bank")],
    ),
    (  # banking: an appositive holder of debt
        "Arden Insurance, a holder of Orwell Bank's bonds, sued the lender.",
        [],
        [("arden-insurance", "OWNS", "orwell-bank")],
    ),
    (  # media: a licence holder is no owner of the regulator
        "Lark Radio, a licence holder of the Broadcasting Authority, lost its appeal.",
        [],
        [("lark-radio", "OWNS", "broadcasting-authority")],
    ),
    (  # pharma: a customer
        "Selva Pharma's biggest customer, Arden Health, renewed its contract.",
        [],
        [("selva-pharma", "OWNS", "arden-health"), ("arden-health", "OWNS", "selva-pharma")],
    ),
    (  # retail: a family that sold its stake
        "The Ruiz family sold its stake in Pellham Brewing.",
        [],
        [("ruiz", "OWNS", "pellham-brewing")],
    ),
    (  # energy: a deal that regulators blocked
        "Regulators blocked Vantor Energy's deal to acquire Selby Gas.",
        [],
        [("vantor-energy", "OWNS", "selby-gas")],
    ),
    (  # energy: a bid to buy is no agreed deal
        "Vantor Energy's bid to buy Selby Gas was rejected.",
        [],
        [("vantor-energy", "OWNS", "selby-gas")],
    ),
    (  # energy: a supply deal
        "Vantor Energy's deal to buy gas from Selby Gas was signed.",
        [],
        [("vantor-energy", "OWNS", "selby-gas")],
    ),
    (  # media: a holder no longer
        "Kessel Group is no longer a holder in Zeltra Radio.",
        [],
        [("kessel-group", "OWNS", "zeltra-radio")],
    ),
    (  # steel: a question
        "Does Colm Steel control Ambry Metals?",
        [],
        [("colm-steel", "OWNS", "ambry-metals")],
    ),
    (  # shipping: a denial
        "Orsk Shipping denied that it controls Pella Ports.",
        [],
        [("orsk-shipping", "OWNS", "pella-ports")],
    ),
]

FAMILY = (
    "a family as the agent of a holding participle: erg names the family by its surname, which "
    "cost precision on five blind sets (a person's surname, or a gold family named with "
    "'family'); left out"
)
GAPS: dict[str, str] = {
    "Pellham Brewing is controlled": FAMILY,
    "Harlow Mills, which is owned": FAMILY,
    "Sorrel Airways, which operates": "a programme run by a company",
    "Tavi Air, the carrier that runs": "a programme run by a company",
    "Daybake has become": "a copula naming a product line of a possessor",
    "Maren Holt runs Brasso Farms": "a speaker's gerund of buying",
    "Tavi Air's points club": "a programme named in apposition to a possessed noun",
    "Halby Mines is for sale": "'the company' after a family named last",
}


@pytest.mark.parametrize("case", gap_params(RELATIVE_HOLDINGS, GAPS))
def test_relative_holdings(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(COPULAS, GAPS))
def test_copulas(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(NOMINAL_DEALS, GAPS))
def test_nominal_deals(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(PRODUCTS, GAPS))
def test_products(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(STAKE_PRECISION, GAPS))
def test_stake_precision(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(GUARDS, GAPS))
def test_guards(case: Case) -> None:
    check(*case)
