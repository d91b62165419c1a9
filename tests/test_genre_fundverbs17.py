"""Genre bank for funding and backing in verbal shapes (round 17).

A funder named through a verb shape the plain subject-verb-object rule does not see: a
progressive ("Brightwater Finance is financing Loma Shipping"), an object relative with
coordinated subjects or after a first relative ("the depot, which Rask is building near Graz
and which Osterby Bank is co-funding"), a clause giving the rest of a funded target ("and
Lister Bank will lend the balance"), a participle in an appositive after a place modifier
("a Derby maker of bread funded by X"), a lender after "with" in a signed financing
agreement. Support is not money: a charity or a campaigning group that "backed" a party, or
backing "throughout the case", with no money named, BACKS. Guards: intent, hedges, a loan
repaid, a supply agreement, a customer paying for goods.

Each case is a short invented text (relations that must be found, relations that must not
be), across shipping, energy, retail, food, logistics, mining, pharma and property.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PROGRESSIVE: list[Case] = [
    (  # shipping: an appositive subject, "with a loan" after the object
        "Brightwater Finance, a specialist lender, is financing Loma Shipping with a $90m loan.",
        [("brightwater-finance", "FUNDS", "loma-shipping")],
        [],
    ),
    (  # energy: a possessed project as the object
        "Norvik Bank is financing Pellam Energy's Kelso wind farm.",
        [("norvik-bank", "FUNDS", "kelso")],
        [],
    ),
    (  # retail: plural subject, "are financing"
        "Tarsa Capital and Orvel Partners are financing Vireo Pets, the online retailer.",
        [("tarsa-capital", "FUNDS", "vireo-pets"), ("orvel-partners", "FUNDS", "vireo-pets")],
        [],
    ),
    (  # food: past progressive
        "Harland Ventures was financing Quell Bakeries when the recession hit.",
        [("harland-ventures", "FUNDS", "quell-bakeries")],
        [],
    ),
    (  # pronoun subject in a second sentence
        "Kelvara Bank has grown fast. It is financing Ostra Ceramics with a €12m credit line.",
        [("kelvara-bank", "FUNDS", "ostra-ceramics")],
        [],
    ),
    (  # guard: intent, not an act
        "Norvik Bank plans to finance Loma Shipping.",
        [],
        [("norvik-bank", "FUNDS", "loma-shipping")],
    ),
    (  # guard: talks
        "Norvik Bank is in talks to fund Loma Shipping.",
        [],
        [("norvik-bank", "FUNDS", "loma-shipping")],
    ),
    (  # guard: a descriptor noun "financing" before a name stays a noun
        "The deal includes a financing firm, Calder Credit, and the lender Exton Bank.",
        [],
        [("calder-credit", "FUNDS", "exton-bank")],
    ),
]

RELATIVES: list[Case] = [
    (  # logistics: a second relative after "and which"
        "The Elmstead depot, which Rask Logistics is building near Graz and which Osterby Bank "
        "is co-funding, opens in 2027.",
        [("osterby-bank", "FUNDS", "elmstead")],
        [("rask-logistics", "FUNDS", "elmstead")],
    ),
    (  # logistics: a description, "that ... and that A and B are jointly paying for"
        "The Elmstead depot, a €60m site that Rask Logistics is building near Graz and that "
        "Osterby Bank and Ostkredit are jointly paying for, opens in 2027.",
        [("osterby-bank", "FUNDS", "elmstead"), ("ostkredit", "FUNDS", "elmstead")],
        [],
    ),
    (  # energy: coordinated subjects of an object relative
        "The Kelso pipeline, which Norvik Bank and Exton Credit are funding, is late.",
        [("norvik-bank", "FUNDS", "kelso"), ("exton-credit", "FUNDS", "kelso")],
        [],
    ),
    (  # stadium: "the stadium that A is building and that B is financing"
        "Dunmore Park, the stadium that Harlow Rovers is building and that Calder Bank is "
        "financing, opens in May.",
        [("calder-bank", "FUNDS", "dunmore-park")],
        [],
    ),
    (  # mining: a future auxiliary in the second relative
        "The Tallis Ridge mine, which Orvel Mining will run and which Tarsa Capital and "
        "Kelvara Bank will finance, starts next year.",
        [("tarsa-capital", "FUNDS", "tallis-ridge"), ("kelvara-bank", "FUNDS", "tallis-ridge")],
        [],
    ),
    (  # guard: a hedge in the second relative
        "The Elmstead depot, which Rask Logistics is building and which Osterby Bank may "
        "fund, opens in 2027.",
        [],
        [("osterby-bank", "FUNDS", "elmstead")],
    ),
    (  # guard: coordinated subjects of a relative that criticise, not fund
        "The Kelso pipeline, which Norvik Bank and Exton Credit criticised, is late.",
        [],
        [("norvik-bank", "FUNDS", "kelso"), ("exton-credit", "FUNDS", "kelso")],
    ),
]

REST_CLAUSES: list[Case] = [
    (  # wind: the project of the previous sentence, "into the plan"
        "Pellam Energy is building the Harrow Bay wind farm. Corvane Capital is putting £2m "
        "of its cash into the plan, and Lister Bank will lend the balance.",
        [("corvane-capital", "FUNDS", "harrow-bay"), ("lister-bank", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # wind: the project in the same clause
        "Corvane Capital is putting £2m into the Harrow Bay wind farm, and Lister Bank will "
        "lend the balance.",
        [("corvane-capital", "FUNDS", "harrow-bay"), ("lister-bank", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # shipping: a company as the funded target, "the rest"
        "Corvane Capital will invest £2m in Loma Shipping, and Lister Bank will provide the rest.",
        [("lister-bank", "FUNDS", "loma-shipping")],
        [],
    ),
    (  # guard: a hedged rest clause
        "Corvane Capital is putting £2m into the Harrow Bay wind farm, and Lister Bank may "
        "lend the balance.",
        [("corvane-capital", "FUNDS", "harrow-bay")],
        [("lister-bank", "FUNDS", "harrow-bay")],
    ),
    (  # guard: a loan repaid is no new funding
        "Loma Shipping repaid a loan from Norvik Bank, and Exton Credit will refinance the "
        "balance.",
        [],
        [("norvik-bank", "FUNDS", "loma-shipping")],
    ),
]

APPOSITIVES: list[Case] = [
    (  # retail: "an online retailer funded by the venture firm X"
        "Vireo Pets, an online retailer funded by the venture firm Coldharbour Capital, plans "
        "two stores.",
        [("coldharbour-capital", "FUNDS", "vireo-pets")],
        [],
    ),
    (  # food: a place modifier and an of-complement before the participle
        "Quell Bakeries, a Derby maker of bread funded by the venture house Tamsin Investments, "
        "said sales rose.",
        [("tamsin-investments", "FUNDS", "quell-bakeries")],
        [],
    ),
    (  # shipping: "financed by" after a place modifier
        "Loma Ferries, a Hull operator of ferries financed by Norvik Bank, ordered two ships.",
        [("norvik-bank", "FUNDS", "loma-ferries")],
        [],
    ),
    (  # guard: a participle of sale is no funding
        "Quell Bakeries, a Derby maker of bread sold by Brisa Stores, said sales rose.",
        [],
        [("brisa-stores", "FUNDS", "quell-bakeries")],
    ),
]

SIGNED: list[Case] = [
    (  # solar: the lender after "with" at the end
        "Pellam Energy signed a £90m financing agreement for the Selby Moor solar farm with "
        "Kelvara Bank.",
        [("kelvara-bank", "FUNDS", "selby-moor"), ("pellam-energy", "FUNDS", "selby-moor")],
        [("pellam-energy", "PARTNERS_WITH", "kelvara-bank")],
    ),
    (  # shipping: a company borrower: the lender funds it, no partnership
        "Loma Shipping signed a $90m financing agreement with Kelvara Bank.",
        [("kelvara-bank", "FUNDS", "loma-shipping")],
        [("loma-shipping", "PARTNERS_WITH", "kelvara-bank")],
    ),
    (  # two lenders of a loan agreement
        "Ostra Ceramics has signed a loan agreement with Norvik Bank and Exton Credit.",
        [("norvik-bank", "FUNDS", "ostra-ceramics"), ("exton-credit", "FUNDS", "ostra-ceramics")],
        [("ostra-ceramics", "PARTNERS_WITH", "norvik-bank")],
    ),
    (  # guard (review): the lender may be the subject; nothing reverses "with"
        "Pell Bank signed a £50m loan agreement with Tarn Shipping on Monday.",
        [],
        [("tarn-shipping", "FUNDS", "pell-bank"), ("pell-bank", "PARTNERS_WITH", "tarn-shipping")],
    ),
    (  # guard: a supply agreement for a project
        "Pellam Energy signed a turbine supply agreement for the Selby Moor solar farm with "
        "Vestra Turbines.",
        [],
        [("vestra-turbines", "FUNDS", "selby-moor")],
    ),
    (  # guard: intent
        "Pellam Energy plans to sign a £90m financing agreement for the Selby Moor solar farm "
        "with Kelvara Bank.",
        [],
        [("kelvara-bank", "FUNDS", "selby-moor")],
    ),
    (  # a partnership agreement stays a partnership
        "Loma Shipping signed a partnership agreement with Kelvara Logistics.",
        [("loma-shipping", "PARTNERS_WITH", "kelvara-logistics")],
        [("kelvara-logistics", "FUNDS", "loma-shipping")],
    ),
]

SUPPORT: list[Case] = [
    (  # pharma: a patients' group that backed a litigant throughout the case
        "The patients' group Carewell, which backed Holm Pharma throughout the case, welcomed "
        "the ruling.",
        [("carewell", "BACKS", "holm-pharma")],
        [("carewell", "FUNDS", "holm-pharma")],
    ),
    (  # food: a charity described in apposition
        "Fairtrack, a consumer charity, backed Holm Foods.",
        [("fairtrack", "BACKS", "holm-foods")],
        [("fairtrack", "FUNDS", "holm-foods")],
    ),
    (  # property: a residents' group through an inquiry
        "The residents' group Stillwater backed Ardent Homes throughout the planning inquiry.",
        [("stillwater", "BACKS", "ardent-homes")],
        [("stillwater", "FUNDS", "ardent-homes")],
    ),
    (  # an investor backing through a case is support too
        "Tarsa Capital backed Holm Pharma throughout the trial.",
        [("tarsa-capital", "BACKS", "holm-pharma")],
        [("tarsa-capital", "FUNDS", "holm-pharma")],
    ),
    (  # money named: a charity's grant is funding
        "The charity Carewell backed Holm Pharma with a £40,000 grant.",
        [("carewell", "FUNDS", "holm-pharma")],
        [],
    ),
    (  # money named: an investor backing with an amount
        "Tarsa Capital backed Holm Pharma with £4m.",
        [("tarsa-capital", "FUNDS", "holm-pharma")],
        [("tarsa-capital", "BACKS", "holm-pharma")],
    ),
]

COPULAS_AND_GUARDS: list[Case] = [
    (  # software: "A and B are investors in X"
        "Tarsa Capital and Orvel Partners are investors in Quillex, a Leeds payroll software "
        "maker.",
        [("tarsa-capital", "FUNDS", "quillex"), ("orvel-partners", "FUNDS", "quillex")],
        [],
    ),
    (  # agriculture: "received backing of £4m from A, B and C"
        "Kelso Grain received backing of £4m from Tarsa Capital, Orvel Partners and Harland "
        "Ventures.",
        [
            ("tarsa-capital", "FUNDS", "kelso-grain"),
            ("orvel-partners", "FUNDS", "kelso-grain"),
            ("harland-ventures", "FUNDS", "kelso-grain"),
        ],
        [],
    ),
    (  # guard: a customer paying for goods
        "Brisa Stores is paying Kelso Textiles for the goods.",
        [],
        [("brisa-stores", "FUNDS", "kelso-textiles")],
    ),
    (  # guard: a council approving a project backs it
        "Harwell Council approved the Harrow Bay wind farm.",
        [("harwell-council", "BACKS", "harrow-bay")],
        [("harwell-council", "FUNDS", "harrow-bay")],
    ),
    (  # guard: a loan repaid
        "Loma Shipping repaid a $40m loan from Norvik Bank.",
        [],
        [("norvik-bank", "FUNDS", "loma-shipping")],
    ),
]

GAP_CASES: list[Case] = [
    (  # a second relative without its pronoun
        "The Elmstead depot, which Rask Logistics is building and Osterby Bank is financing, "
        "opens in 2027.",
        [("osterby-bank", "FUNDS", "elmstead")],
        [],
    ),
    (  # the lender after "with", the project after it
        "Pellam Energy signed a £90m financing agreement with Kelvara Bank for the Selby Moor "
        "solar farm.",
        [("kelvara-bank", "FUNDS", "selby-moor")],
        [],
    ),
]

MONEY_USERS: list[Case] = [
    (  # ceramics: an unnamed recipient, the firm named in a trailing appositive of the money
        "The kiln received a €1.5m grant from the Brabant Development Agency, money Ostra "
        "Ceramics used for filters.",
        [("brabant-development-agency", "FUNDS", "ostra-ceramics")],
        [],
    ),
    (  # logistics: "money that F spent on"
        "The depot received a £2m grant from the Harwell Growth Fund, money that Rask "
        "Logistics spent on electric lorries.",
        [("harwell-growth-fund", "FUNDS", "rask-logistics")],
        [],
    ),
    (  # energy: a loan, "cash F put into"
        "The plant got a $4m loan from Norvik Bank, cash Pellam Energy put into new turbines.",
        [("norvik-bank", "FUNDS", "pellam-energy")],
        [],
    ),
    (  # guard: no money received, a visit
        "The kiln received a visit from the Brabant Development Agency, money Ostra Ceramics "
        "used for filters.",
        [],
        [("brabant-development-agency", "FUNDS", "ostra-ceramics")],
    ),
    (  # guard: a customer's money for goods is no funding
        "The mill received a £2m order from Brisa Stores, money Kelso Textiles used for looms.",
        [],
        [("brisa-stores", "FUNDS", "kelso-textiles")],
    ),
]

BANK = (
    PROGRESSIVE
    + RELATIVES
    + REST_CLAUSES
    + APPOSITIVES
    + SIGNED
    + SUPPORT
    + MONEY_USERS
    + COPULAS_AND_GUARDS
    + GAP_CASES
)
GAPS: dict[str, str] = {
    "Loma Shipping signed a $90m financing agreement with Kelvara": "the lender after 'with' in "
    "a signed loan agreement is not read for a company (reversing every such phrase misread a "
    "bank subject: 'Pell Bank signed a loan agreement with Tarn Shipping')",
    "Ostra Ceramics has signed a loan agreement with Norvik Bank ": "as above: a company's "
    "lenders after 'with' in a signed loan agreement",
    "The Elmstead depot, which Rask Logistics is building and Osterby": "a second relative "
    "clause with no pronoun of its own ('and B is financing') is not read",
    "Pellam Energy signed a £90m financing agreement with Kelvara Bank for": "'Kelvara Bank "
    "for the Selby Moor' is read as one name (a 'Bank for ...' name join)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_fundverbs17(case: Case) -> None:
    check(*case)
