"""Genre bank for money (round 10): an owner that also puts money in ("X, which has 70% of Y,
will inject $300m of equity", "with money from X, a buyout firm that has 60% of the business",
"X, which put money into the firm in 2015"), loans from a named lender ("was paid for with a
loan from Bank B", "a refinancing with banks led by B", a project built on a loan from B,
"backed Y with a loan"), partners by joint development ("built the app jointly with Y",
"was created in partnership with Y", "bought 20% of Y as part of a partnership"), and backing
of the firm's plan ("stands behind management's plan", "endorses the expansion").

Each case is a short invented article (text, relations that must be found, relations that must
not be), across drugs, shipping, retail, energy, farming, software, clinics, logistics, media
and property. Guards: an owner that only comments or sells, a bank that advises on or is repaid
a loan, a supplier, an alliance member, a quoted "investment".
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OWNER_FUNDS: list[Case] = [
    (  # drugs: an owner injecting equity into the deal
        "Quillex Pharma agreed to buy Tanrow Labs for $900 million. Farrow Partners, which has "
        "about 70% of Quillex, will pay for part of the deal by injecting $300 million of equity.",
        [
            ("farrow-partners", "OWNS", "quillex-pharma"),
            ("farrow-partners", "FUNDS", "quillex-pharma"),
        ],
        [("farrow-partners", "FUNDS", "tanrow-labs")],
    ),
    (  # shipping: owner named by a possessive, "put up extra equity"
        "Ostler Shipping will buy two ferries from Brenna Lines. Its owner, Corrin Capital, put "
        "up extra equity to pay for the acquisition.",
        [
            ("corrin-capital", "OWNS", "ostler-shipping"),
            ("corrin-capital", "FUNDS", "ostler-shipping"),
        ],
        [("corrin-capital", "FUNDS", "brenna-lines")],
    ),
    (  # retail: "with money from X, a buyout firm that has 60% of the business"
        "Lenby Stores was started by Tom Arle in 2011 with money from Corrow Equity, a buyout "
        "firm that has 60% of the business.",
        [
            ("corrow-equity", "OWNS", "lenby-stores"),
            ("corrow-equity", "FUNDS", "lenby-stores"),
            ("tom-arle", "FOUNDED", "lenby-stores"),
        ],
        [("corrow-equity", "FUNDS", "tom-arle")],
    ),
    (  # clinics: coordinated passive, the second verb shares the first's subject
        "Lenby Clinics was started by Tom Arle and was later backed by Corrow Fund, which put "
        "money into the clinics.",
        [("corrow-fund", "FUNDS", "lenby-clinics"), ("tom-arle", "FOUNDED", "lenby-clinics")],
        [("corrow-fund", "BACKS", "tom-arle"), ("corrow-fund", "FUNDS", "tom-arle")],
    ),
    (  # energy: earlier support from an investor that put money into the firm
        "Halvik Solar was set up by Ada Lum. It earlier had support from local investor Merrow "
        "Fund, which put money into the firm in 2015.",
        [("merrow-fund", "FUNDS", "halvik-solar")],
        [("merrow-fund", "BACKS", "ada-lum"), ("merrow-fund", "FUNDS", "ada-lum")],
    ),
    (  # software: "acquired that minority holding"
        "Tessary Software is controlled by its founders. The other 25% is held by Corrin "
        "Ventures, an investment house that acquired that minority holding in 2019.",
        [
            ("corrin-ventures", "OWNS", "tessary-software"),
            ("corrin-ventures", "FUNDS", "tessary-software"),
        ],
        [],
    ),
    (  # farming: owner that "invested in the company in 2018"
        "Pascal Agri grows tulips. Its biggest holder is Marlowe Capital, which invested in the "
        "company in 2018.",
        [("marlowe-capital", "OWNS", "pascal-agri"), ("marlowe-capital", "FUNDS", "pascal-agri")],
        [],
    ),
    (  # logistics: relative "which injected fresh capital"
        "Brannock Freight lost money last year. Harlow Equity, which owns 55% of Brannock, "
        "injected fresh capital in March.",
        [
            ("harlow-equity", "OWNS", "brannock-freight"),
            ("harlow-equity", "FUNDS", "brannock-freight"),
        ],
        [],
    ),
]

OWNER_GUARDS: list[Case] = [
    (  # guard: an owner that only declines to comment
        "Quillex Pharma is cutting jobs. Farrow Partners, which has 70% of Quillex, declined to "
        "comment.",
        [("farrow-partners", "OWNS", "quillex-pharma")],
        [("farrow-partners", "FUNDS", "quillex-pharma")],
    ),
    (  # guard: an owner that sold its holding
        "Tessary Software said Corrin Ventures sold its holding in the company in May.",
        [],
        [("corrin-ventures", "FUNDS", "tessary-software")],
    ),
    (  # guard: a holder that took money out
        "Pascal Agri paid a dividend. Marlowe Capital, which has 40% of Pascal, took out $5 "
        "million.",
        [("marlowe-capital", "OWNS", "pascal-agri")],
        [("marlowe-capital", "FUNDS", "pascal-agri")],
    ),
]

LOANS: list[Case] = [
    (  # shipping: a move paid for with a loan from a bank
        "Ostler Ferries added three routes. Its move onto the new routes was paid for in 2022 "
        "with a £10m loan from Harlow Bank.",
        [("harlow-bank", "FUNDS", "ostler-ferries")],
        [],
    ),
    (  # retail: a possessed expansion financed with a loan
        "Vantora Grocers opened ten shops. Its expansion was financed with a €40m loan from "
        "Corliss Bank.",
        [("corliss-bank", "FUNDS", "vantora-grocers")],
        [],
    ),
    (  # retail: "The expansion" (no possessor) financed with a loan
        "Vantora Grocers opened ten shops. The expansion was financed with a €40m loan from "
        "Corliss Bank.",
        [("corliss-bank", "FUNDS", "vantora-grocers")],
        [],
    ),
    (  # clinics: a possessed purchase paid for with a loan, in a later clause
        "Lenby Clinics bought a scanner. Its new scanner was paid for with a $2m loan from "
        "Ostler Credit.",
        [("ostler-credit", "FUNDS", "lenby-clinics")],
        [],
    ),
    (  # property: a project's name before its head noun, then an object relative
        "Critics pointed to the Kessel ring road, which Tarn Build is constructing on a loan "
        "from Harlow Bank.",
        [("harlow-bank", "FUNDS", "kessel")],
        [("harlow-bank", "FUNDS", "tarn-build")],
    ),
    (  # energy: a refinancing with banks led by a named bank
        "Halvik Power completed a £300m debt refinancing with banks led by Corrin Mutual.",
        [("corrin-mutual", "FUNDS", "halvik-power")],
        [],
    ),
    (  # property: a project built on a loan, in a relative clause
        "Critics pointed to the Orvane Link, which Quillex Build is constructing on a €500m "
        "loan from Nordic Bank.",
        [("nordic-bank", "FUNDS", "orvane-link")],
        [("nordic-bank", "FUNDS", "quillex-build")],
    ),
    (  # ports: a project built using a loan, appositive
        "Residents oppose the Tarn Bypass, a road that Kelso Works is building using a large "
        "loan from Ardent Bank.",
        [("ardent-bank", "FUNDS", "tarn-bypass")],
        [("ardent-bank", "FUNDS", "kelso-works")],
    ),
    (  # farming: "backed Y with a loan" is money
        "Tarra Foods has partnered with Olvo Farms, and it backed Olvo Farms with a €10m loan.",
        [("tarra-foods", "FUNDS", "olvo-farms"), ("tarra-foods", "PARTNERS_WITH", "olvo-farms")],
        [("tarra-foods", "BACKS", "olvo-farms")],
    ),
    (  # farming: the same with a role noun before the partner and its short name
        "Tarra Foods has partnered with grower Olvo Farms, and it backed Olvo with a €10m loan.",
        [("tarra-foods", "FUNDS", "olvo-farms"), ("tarra-foods", "PARTNERS_WITH", "olvo-farms")],
        [("tarra-foods", "BACKS", "olvo-farms")],
    ),
    (  # media: "supported X with a loan"
        "Marlowe Media supported Kelso Radio with a $3 million loan last year.",
        [("marlowe-media", "FUNDS", "kelso-radio")],
        [("marlowe-media", "BACKS", "kelso-radio")],
    ),
]

LOAN_GUARDS: list[Case] = [
    (  # guard: a bank that advised on the loan
        "Ostler Ferries took a £10m loan. Harlow Bank advised on the loan.",
        [],
        [("harlow-bank", "FUNDS", "ostler-ferries")],
    ),
    (  # guard: a loan repaid
        "Vantora Grocers repaid its loan to Corliss Bank in March.",
        [],
        [("vantora-grocers", "FUNDS", "corliss-bank")],
    ),
    (  # guard: "supported X with its votes" is no money
        "Brenna Media supported Kelso Radio with its votes at the meeting.",
        [("brenna-media", "BACKS", "kelso-radio")],
        [("brenna-media", "FUNDS", "kelso-radio")],
    ),
]

PARTNERS: list[Case] = [
    (  # energy: "a campus it is building jointly with utility Y"
        "Quillex Data is growing fast. It has a campus in Arnhem that it is building jointly "
        "with utility Brannock Energy under a deal struck in 2023.",
        [("quillex-data", "PARTNERS_WITH", "brannock-energy")],
        [],
    ),
    (  # software: "built the app jointly with Y, which it later bought"
        "Tessary Mobile makes ticketing apps. It built the app jointly with software house "
        "Halden Labs, which it later bought.",
        [
            ("tessary-mobile", "PARTNERS_WITH", "halden-labs"),
            ("tessary-mobile", "OWNS", "halden-labs"),
        ],
        [],
    ),
    (  # logistics: a product as subject, "was created in partnership with Y"
        "Ostler Freight launched RouteWise last year. RouteWise was created in partnership with "
        "Halden Labs.",
        [("ostler-freight", "PARTNERS_WITH", "halden-labs")],
        [],
    ),
    (  # media: "developed jointly with Y"
        "Kelso Radio's new podcast app was developed jointly with Marlowe Media.",
        [("kelso-radio", "PARTNERS_WITH", "marlowe-media")],
        [],
    ),
    (  # security: a stake as one element of a partnership
        "Vantora Security bought 20% of Halden Drones as one element of a partnership for "
        "drone patrols.",
        [
            ("vantora-security", "PARTNERS_WITH", "halden-drones"),
            ("vantora-security", "FUNDS", "halden-drones"),
        ],
        [],
    ),
    (  # media: the bought firm described by an appositive with a place in it
        "Marlowe Media bought 25% of Tessary Audio, a Ghent start-up, as part of a partnership "
        "on podcasts.",
        [
            ("marlowe-media", "PARTNERS_WITH", "tessary-audio"),
            ("marlowe-media", "FUNDS", "tessary-audio"),
        ],
        [],
    ),
    (  # farming: a stake "as part of a partnership"
        "Pascal Agri took a 15% stake in Olvo Seeds as part of a partnership to breed wheat.",
        [("pascal-agri", "PARTNERS_WITH", "olvo-seeds"), ("pascal-agri", "FUNDS", "olvo-seeds")],
        [],
    ),
]

PARTNER_GUARDS: list[Case] = [
    (  # guard: a stake bought from a seller, as part of the seller's partnership
        "Ardent Power bought 30% of Kelso Grid from Brenna Energy as part of a partnership "
        "that Brenna runs.",
        [],
        [("ardent-power", "PARTNERS_WITH", "brenna-energy")],
    ),
    (  # guard: a supplier
        "Halden Labs supplies sensors to Quillex Data.",
        [],
        [("halden-labs", "PARTNERS_WITH", "quillex-data")],
    ),
    (  # guard: alliance members
        "Ostler Freight and Brenna Lines are members of an alliance with Kelso Shipping.",
        [],
        [("ostler-freight", "PARTNERS_WITH", "kelso-shipping")],
    ),
    (  # guard: built in competition with
        "Tessary Mobile built the app in competition with Halden Labs.",
        [],
        [("tessary-mobile", "PARTNERS_WITH", "halden-labs")],
    ),
]

BACKING: list[Case] = [
    (  # drugs: top holder stands behind management's plan
        "Quillex Pharma will close two plants. Its top holder, Farrow Partners, has said it "
        "stands behind management's plan.",
        [("farrow-partners", "BACKS", "quillex-pharma")],
        [],
    ),
    (  # retail: "says X endorses the expansion"
        "Vantora Grocers plans 40 new shops. Chief executive Ilse Marrack says Corrin Capital "
        "endorses the expansion.",
        [("corrin-capital", "BACKS", "vantora-grocers")],
        [],
    ),
    (  # shipping: "backs the board's strategy"
        "Ostler Ferries will sell two ships. Marlowe Capital, its largest holder, backs the "
        "board's strategy.",
        [("marlowe-capital", "BACKS", "ostler-ferries")],
        [],
    ),
    (  # energy: "supports the company's strategy"
        "Halvik Solar is moving into batteries. Merrow Fund, its largest investor, supports the "
        "company's strategy.",
        [("merrow-fund", "BACKS", "halvik-solar")],
        [],
    ),
]

BACKING_GUARDS: list[Case] = [
    (  # guard: a quoted "investment" is no funding
        "Ostler Ferries will build a terminal, a plan that chief executive Lia Porro called "
        "'our biggest ever investment'.",
        [],
        [("lia-porro", "FUNDS", "ostler-ferries")],
    ),
    (  # guard: a plan's critic named before a backing of another plan
        "Quillex Pharma will close two plants. Farrow Partners opposes management's plan, "
        "analysts said.",
        [],
        [("farrow-partners", "BACKS", "quillex-pharma")],
    ),
    (  # guard: opposing the plan
        "Quillex Pharma will close two plants. Farrow Partners, its top holder, opposes "
        "management's plan.",
        [],
        [("farrow-partners", "BACKS", "quillex-pharma")],
    ),
]

BANK = (
    OWNER_FUNDS
    + OWNER_GUARDS
    + LOANS
    + LOAN_GUARDS
    + PARTNERS
    + PARTNER_GUARDS
    + BACKING
    + BACKING_GUARDS
)
GAPS: dict[str, str] = {
    "Pascal Agri grows tulips.": "'Its biggest holder is X' gives no OWNS (holder copula with "
    "a pronoun possessor), so there is no owner to fund",
    "Halvik Power completed": "a refinancing 'with banks led by X': the lead of a syndicate is "
    "read as no funder (deal_loans.LENDER_LINKS); no rule for the borrower's own refinancing",
    "Tarra Foods has partnered with grower": "'grower Olvo Farms' is typed Person by its role "
    "noun and the short form 'Olvo' is not merged with it",
    "Ostler Freight and Brenna Lines are members": "'members of an alliance with X' still gives "
    "PARTNERS_WITH (the alliance noun phrase reads its 'with')",
    "Vantora Grocers plans 40 new shops.": "'endorses the expansion': no context names the "
    "firm whose expansion it is (SentenceContext.managed needs 'management'/'board')",
    "Lenby Stores was started": "'X, a buyout firm that has 60% of the business': the "
    "appositive's relative stake is not bound to the sentence's company",
    "Vantora Grocers opened ten shops. The expansion": "a bare 'The expansion' subject has no "
    "possessor; possessed-passive needs 'Its'/'X's'",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_funds10(case: Case) -> None:
    check(*case)
