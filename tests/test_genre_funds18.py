"""Genre bank for funding, backing and partnership shapes (round 18).

A non-name first item does not block a list of funders ("funded by the state and Harlan
Bank", "gets its money from the state and X"); a "-based" premodifier does not hide a passive
agent ("backed by the Oslo-based investor X"); the maker of an unnamed fund funds ("a fund set
up by X"); money arriving from a second source in an elliptic clause funds the first clause's
recipient; a project apposed to a possessed description is what a funding verb funds ("will
help fund its next scheme, Tidewater"); building a stake ("assembled a 6% position") funds; a
litigation funder paying for a lawsuit funds the claimant. Shareholders backing the bare board
back the article's firm, and co-holders listed with their stakes back neither each other. A
thing's owner, not the thing, partners with the one it was made with ("X' app, N, built
jointly with Y"); "co-produced with" is a partnership; an opening "A tie-up with X ... was wound
up" ties X to the article's firm. Guards: a broker of a loan lends nothing, intent funds
nothing, a hedged or refused tie-up is none, a customer paying for a product funds nothing.

Each case is a short invented text (relations that must be found, relations that must not be),
across rail, energy, farming, mining, shipping, theatre, banking, optics, food and pharma.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

UNNAMED_FIRST: list[Case] = [
    (  # rail: passive, an unnamed public funder first
        "Pellow Trams is funded by the state and Harlan Bank.",
        [("harlan-bank", "FUNDS", "pellow-trams")],
        [],
    ),
    (  # energy: "paid for by" with an adjective in the unnamed conjunct, a project patient
        "The Tidewater scheme is paid for by the national government and Vorn Capital.",
        [("vorn-capital", "FUNDS", "tidewater")],
        [],
    ),
    (  # water: a reduced relative, "the city council and X"
        "The Fenwick reservoir scheme, funded by the city council and Calder Bank, opens in May.",
        [("calder-bank", "FUNDS", "fenwick")],
        [],
    ),
    (  # farming: "and by X"
        "Ostrel Seeds is financed by local farmers and by the Kelvara Credit Union.",
        [("kelvara-credit-union", "FUNDS", "ostrel-seeds")],
        [],
    ),
    (  # transport: "gets its money from the state and the X"
        "Corvel Tramways gets its money from the state and the Adriatic Lending Bank.",
        [("adriatic-lending-bank", "FUNDS", "corvel-tramways")],
        [],
    ),
    (  # solar: "draws its funding from"
        "The Tarn Valley solar farm draws its funding from the regional government and Exton "
        "Credit.",
        [("exton-credit", "FUNDS", "tarn-valley")],
        [],
    ),
    (  # guard: a time phrase is no first conjunct
        "The Halvik line will be finished by the end of May and Norvik Bank said it was pleased.",
        [],
        [("norvik-bank", "FUNDS", "halvik")],
    ),
    (  # guard: an unnamed first conjunct of a founding passive gives nothing
        "Brisk Dairies was founded by the farmers and Ostrel Foods bought it later.",
        [],
        [("ostrel-foods", "FOUNDED", "brisk-dairies")],
    ),
]

AGENTS: list[Case] = [
    (  # apps: "backed by the Lagos-based investor X"
        "Quern Labs, backed by the Lagos-based investor Sable Ascent, launched an app in March.",
        [("sable-ascent", "FUNDS", "quern-labs")],
        [],
    ),
    (  # food: "-based" then a two-word descriptor
        "Ostrel Foods, backed by the Oslo-based private equity firm Vorn Capital, opened a new "
        "plant.",
        [("vorn-capital", "FUNDS", "ostrel-foods")],
        [],
    ),
    (  # seeds: the maker of an unnamed fund
        "Tarsa Seeds was funded by a fund set up by Vorn Capital.",
        [("vorn-capital", "FUNDS", "tarsa-seeds")],
        [],
    ),
    (  # biotech: "from a fund run by X" after a receiving verb
        "Halden Bio received €5m from a fund run by the Osk Foundation.",
        [("osk-foundation", "FUNDS", "halden-bio")],
        [],
    ),
    (  # energy: a project financed by a managed fund
        "The Kelso wind farm is financed by a green fund managed by Calder Bank.",
        [("calder-bank", "FUNDS", "kelso")],
        [],
    ),
    (  # cooperative: an elliptic second source after a named lender
        "Harlan Bank lent Tarsa Cooperative €10m, and a further €3m came from the Olmstead "
        "Endowment.",
        [
            ("harlan-bank", "FUNDS", "tarsa-cooperative"),
            ("olmstead-endowment", "FUNDS", "tarsa-cooperative"),
        ],
        [("olmstead-endowment", "FUNDS", "harlan-bank")],
    ),
    (  # cooperative: the first lender unnamed
        "A Finnish pension scheme lent Tarsa Cooperative €10m, and another €3m arrived from "
        "the Olmstead Endowment.",
        [("olmstead-endowment", "FUNDS", "tarsa-cooperative")],
        [],
    ),
]

PROJECTS_AND_STAKES: list[Case] = [
    (  # energy: "help fund its next scheme, N" in reported speech
        "Halden Energy said Vorn Capital will help fund its next scheme, Tidewater.",
        [("vorn-capital", "FUNDS", "tidewater")],
        [("vorn-capital", "FUNDS", "halden-energy")],
    ),
    (  # mining: a named possessor, "the N project"
        "Exton Credit will fund Brannock Mining's new pit, the Orrin Bay project.",
        [("exton-credit", "FUNDS", "orrin-bay")],
        [("exton-credit", "FUNDS", "brannock-mining")],
    ),
    (  # mining: a stake built in a relative clause
        "Greyhaven Advisers, which assembled a 6% position in Orlanda Mining over the winter, "
        "wants the directors replaced.",
        [("greyhaven-advisers", "FUNDS", "orlanda-mining")],
        [],
    ),
    (  # retail: "amassed a stake"
        "Kelvara Partners has amassed a 4% stake in Brisk Stores.",
        [("kelvara-partners", "FUNDS", "brisk-stores")],
        [],
    ),
    (  # guard: a market position is no stake
        "Orlanda Mining has built a strong position in Chile.",
        [],
        [("orlanda-mining", "FUNDS", "chile")],
    ),
    (  # haulage: a lawsuit bankrolled by a litigation funder funds the claimant
        "Brightwell Haulage sued Ostara Docks in May. The lawsuit was bankrolled by Quorra "
        "Claims Capital, which takes a share of any award.",
        [("quorra-claims-capital", "FUNDS", "brightwell-haulage")],
        [("quorra-claims-capital", "FUNDS", "ostara-docks")],
    ),
    (  # ports: active, "is bankrolling the lawsuit"
        "Brightwell Haulage sued Ostara Docks. Quorra Claims is bankrolling the lawsuit.",
        [("quorra-claims", "FUNDS", "brightwell-haulage")],
        [("quorra-claims", "FUNDS", "ostara-docks")],
    ),
    (  # insurance: "brought by C" in the sentence names the claimant
        "The case against Ostara Docks, brought by Brightwell Haulage, is financed by the "
        "litigation funder Quorra Claims.",
        [("quorra-claims", "FUNDS", "brightwell-haulage")],
        [],
    ),
    (  # guard: a suit dismissed is not funded
        "Brightwell Haulage sued Ostara Docks. The lawsuit was dismissed by the court in Leeds.",
        [],
        [("brightwell-haulage", "FUNDS", "ostara-docks")],
    ),
    (  # guard: "in the case of X" is no suit
        "Brightwell Haulage sued Ostara Docks. In the case of Vorn Foods, the expansion was "
        "funded by Harlan Bank.",
        [],
        [("harlan-bank", "FUNDS", "brightwell-haulage")],
    ),
]

GUARDS: list[Case] = [
    (  # banking: a broker of the loan lends nothing
        "Harlan Partners brokered a loan for Pellow Mills.",
        [],
        [("harlan-partners", "FUNDS", "pellow-mills")],
    ),
    (  # intent: talks to fund are no funding
        "Vorn Capital is in talks to fund Pellow Mills.",
        [],
        [("vorn-capital", "FUNDS", "pellow-mills")],
    ),
    (  # hedge: "may invest"
        "Vorn Capital may invest in Pellow Mills.",
        [],
        [("vorn-capital", "FUNDS", "pellow-mills")],
    ),
    (  # a customer paying for a product funds nothing
        "Pellow Mills paid Ostrel Software for the new billing system.",
        [],
        [("pellow-mills", "FUNDS", "ostrel-software")],
    ),
]

BACKING: list[Case] = [
    (  # meeting: co-holders with their stakes both back the board
        "Pellow Mills held its annual meeting on Tuesday. Aldane Pension, holding 8%, and "
        "Roskill Capital, with 5%, both supported the directors on every resolution.",
        [("aldane-pension", "BACKS", "pellow-mills"), ("roskill-capital", "BACKS", "pellow-mills")],
        [("aldane-pension", "BACKS", "roskill-capital")],
    ),
    (  # meeting: "both backed the board", no stake
        "Pellow Mills held its annual meeting on Tuesday. Aldane Pension and Roskill Capital "
        "both backed the board.",
        [("aldane-pension", "BACKS", "pellow-mills"), ("roskill-capital", "BACKS", "pellow-mills")],
        [("aldane-pension", "BACKS", "roskill-capital")],
    ),
    (  # guard: the board of another firm named in the sentence
        "Pellow Mills held its annual meeting on Tuesday. Vorn Capital, which owns Kelda Foods, "
        "backed the board.",
        [],
        [("vorn-capital", "BACKS", "pellow-mills")],
    ),
    (  # food: a pronoun subject of a support idiom, "the existing board"
        "Ostrel Foods faces a vote. Vorn Capital says it stands behind the existing board.",
        [("vorn-capital", "BACKS", "ostrel-foods")],
        [],
    ),
    (  # shipping: "the current directors"
        "Halvik Shipping faces a vote. Kelvara Partners backed the current directors.",
        [("kelvara-partners", "BACKS", "halvik-shipping")],
        [],
    ),
    (  # guard: an unnamed subject backs nothing
        "Halvik Shipping faces a vote. The fund backed the current directors.",
        [],
        [("halvik-shipping", "BACKS", "halvik-shipping")],
    ),
    (  # politics: praise of a named scheme
        "The minister Ilka Born praised the Tidewater scheme.",
        [("ilka-born", "BACKS", "tidewater")],
        [],
    ),
    (  # reported support after a question
        "Asked if she favoured the bypass, Mayor Ilka Born said she supported the Norrvik Link "
        "scheme entirely.",
        [("ilka-born", "BACKS", "norrvik-link")],
        [],
    ),
]

PARTNERS: list[Case] = [
    (  # pharma: the owner of the product, not the product
        "Tarsa Pharma's Kelda gel, developed in partnership with the Halden Institute, goes on "
        "sale in May.",
        [("tarsa-pharma", "PARTNERS_WITH", "halden-institute")],
        [("kelda", "PARTNERS_WITH", "halden-institute")],
    ),
    (  # banking: a plural possessive and an apposed name
        "Ferrin Savings' app, Nestpot, built jointly with the telecom Ondo Cellular, has 80,000 "
        "users.",
        [("ferrin-savings", "PARTNERS_WITH", "ondo-cellular")],
        [("nestpot", "PARTNERS_WITH", "ondo-cellular")],
    ),
    (  # theatre: "which A co-produced with B"
        "The musical, which Kalder Hall co-produced with the Vesta Theatre, toured for two years.",
        [("kalder-hall", "PARTNERS_WITH", "vesta-theatre")],
        [],
    ),
    (  # film: active, "co-produced N with B"
        "Kalder Studios co-produced Ice Road with the Nordic Film Company.",
        [("kalder-studios", "PARTNERS_WITH", "nordic-film-company")],
        [("ice-road", "PARTNERS_WITH", "nordic-film-company")],
    ),
    (  # optics: an opening tie-up that was dropped, the article's firm implicit
        "Kestova Optics makes lenses in Jena. A tie-up with Holberg Optik to build a smart "
        "lens was dropped last year.",
        [("kestova-optics", "PARTNERS_WITH", "holberg-optik")],
        [],
    ),
    (  # optics: "The partnership with X, the ... group, was wound up"
        "Kestova Optics makes lenses in Jena. The partnership with Holberg Optik, the Danish "
        "glass group, was wound up in 2023.",
        [("kestova-optics", "PARTNERS_WITH", "holberg-optik")],
        [],
    ),
    (  # guard: a refused tie-up is none
        "Kestova Optics makes lenses in Jena. A tie-up with Holberg Optik was ruled out.",
        [],
        [("kestova-optics", "PARTNERS_WITH", "holberg-optik")],
    ),
    (  # guard: a hedged tie-up is none
        "Kestova Optics makes lenses in Jena. A partnership with Holberg Optik would make "
        "sense, analysts said.",
        [],
        [("kestova-optics", "PARTNERS_WITH", "holberg-optik")],
    ),
    (  # shipping: a nominal partnership's first party implicit, descriptor before the partner
        "Kestova said that partnership with the insurer Holberg Re, under which both firms "
        "share risk, would continue.",
        [("kestova", "PARTNERS_WITH", "holberg-re")],
        [],
    ),
]

GAP_CASES: list[Case] = [
    (  # a stake bought next to a stake held: the buying participle is unread
        "Greyhaven Advisers, which already holds 7% of Orlanda Mining having bought shares "
        "from the founders, wants a seat.",
        [("greyhaven-advisers", "FUNDS", "orlanda-mining")],
        [],
    ),
    (  # a government's fund as the funder: the possessor of an unnamed fund
        "The Velmar government's innovation fund has granted £2m to the Tidewater project.",
        [("velmar", "FUNDS", "tidewater")],
        [],
    ),
]

BANK = UNNAMED_FIRST + AGENTS + PROJECTS_AND_STAKES + GUARDS + BACKING + PARTNERS + GAP_CASES
GAPS: dict[str, str] = {
    "Greyhaven Advisers, which already holds": "'having bought shares' beside a held stake: "
    "the buying participle (FUNDS) is not read",
    "The Velmar government's innovation fund": "the possessor of an unnamed fund that grants "
    "money is not read as the funder",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_funds18(case: Case) -> None:
    check(*case)
