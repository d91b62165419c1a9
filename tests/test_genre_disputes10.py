"""Genre bank for disputes (round 10): "found" as the past of *find* ("found in X's favour",
"found that", "found X guilty", "X was found liable"); a court or judge that rules on a case is
no party to it (a court named "Court of ...", a judge known from an earlier sentence or from an
appositive); a public body's name with "and" inside followed by a lower-case phrase ("the
Ministry of Housing and Planning for delays"); a deal only evaluated or looked into; a view
stated by a named body in the sentence before, dismissed by the next sentence's subject; a view
welcomed is no backing of its author.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across dairy, energy, freight, music, glazing, dentistry, steel, fisheries, rail,
water, brewing and telecoms. Guards: "helped found", "left X to found Y", a regulator that sues
to block a deal or fines a firm, two parties joined by "and", an agreed purchase, a view
welcomed, a review of one's own budget.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params


def either(source: str, rel: str, target: str) -> list[tuple[str, str, str]]:
    """A relation whose source id may or may not keep a leading "the-" (the chunker keeps
    "The" for some names): both forms, for the lists of relations that must not be found."""
    bare = source.removeprefix("the-")
    return [(bare, rel, target), ("the-" + bare, rel, target)]


FOUND: list[Case] = [
    (  # dairy: "found in favour of X"
        "Larkin Dairy sued Penrose Milk over a contract. The Harlow High Court found in favour "
        "of Larkin Dairy.",
        [("larkin-dairy", "DISPUTES", "penrose-milk")],
        either("the-harlow-high-court", "FOUNDED", "larkin-dairy"),
    ),
    (  # energy: "found X guilty"
        "The Fair Trade Office found Helmsby Gas guilty of price fixing.",
        [],
        either("the-fair-trade-office", "FOUNDED", "helmsby-gas"),
    ),
    (  # energy: "found X in breach of"
        "The Marlow Energy Regulator found Tessa Power in breach of its licence.",
        [],
        either("the-marlow-energy-regulator", "FOUNDED", "tessa-power"),
    ),
    (  # energy: passive "was found liable by"
        "Helmsby Gas was found liable by the Fair Trade Office.",
        [],
        [
            ("helmsby-gas", "FOUNDED", "fair-trade-office"),
            *either("fair-trade-office", "FOUNDED", "helmsby-gas"),
        ],
    ),
    (  # telecoms: "found that", the name inside the that-clause
        "The Varland Telecoms Authority found that Norvik Mobile had misled customers.",
        [],
        either("the-varland-telecoms-authority", "FOUNDED", "norvik-mobile"),
    ),
    (  # rail: "found for X" (a tribunal's verdict)
        "The Kell Rail Tribunal found for Ostby Freight in its fight with Kelda Ports.",
        [],
        either("the-kell-rail-tribunal", "FOUNDED", "ostby-freight"),
    ),
    (  # guard: "helped found" stays FOUNDED
        "Rhea Tamsin helped found Kiltra Labs in 2011.",
        [("rhea-tamsin", "FOUNDED", "kiltra-labs")],
        [],
    ),
    (  # guard: "left X to found Y"
        "Ivo Marsh left Orvel Bank to found Tessa Robotics.",
        [("ivo-marsh", "FOUNDED", "tessa-robotics")],
        [],
    ),
]

COURTS: list[Case] = [
    (  # music: a court upholds a ruling in a dispute between two others
        "Tarvik Records has fought Sorrel Music over royalties since 2019. The Court of Appeal "
        "upheld a ruling against Tarvik Records in its royalty dispute with Sorrel Music.",
        [("tarvik-records", "DISPUTES", "sorrel-music")],
        [
            ("court-of-appeal", "DISPUTES", "sorrel-music"),
            ("court-of-appeal", "DISPUTES", "tarvik-records"),
        ],
    ),
    (  # freight: "Supreme Court of X dismissed Y's appeal"
        "Ostby Freight sued Kelda Ports in 2022. The Supreme Court of Varland dismissed Ostby's "
        "appeal.",
        [("ostby-freight", "DISPUTES", "kelda-ports")],
        [("supreme-court-of-varland", "DISPUTES", "ostby-freight")],
    ),
    (  # freight: a judge introduced earlier, then by surname
        "Ostby Freight sued Kelda Ports in 2022. The case was heard by Judge Ann Marlow. Marlow "
        "rejected Ostby's argument that the evidence was too thin.",
        [("ostby-freight", "DISPUTES", "kelda-ports")],
        [("ann-marlow", "DISPUTES", "ostby-freight")],
    ),
    (  # glazing: a judge described by an appositive
        "Pell Glazing sued Brannock Builders. Tomas Vey, the presiding judge, rejected Pell "
        "Glazing's claim for damages.",
        [("pell-glazing", "DISPUTES", "brannock-builders")],
        [("tomas-vey", "DISPUTES", "pell-glazing")],
    ),
    (  # music: a court that throws out a challenge
        "Tarvik Records sued Sorrel Music in 2021. The Court of Session threw out Tarvik's "
        "challenge to the ruling.",
        [("tarvik-records", "DISPUTES", "sorrel-music")],
        [("court-of-session", "DISPUTES", "tarvik-records")],
    ),
    (  # guard: a regulator that sues to block a deal is a party
        "The Varland Competition Authority sued to block Ostby Freight's purchase of Kelda Ports.",
        [("the-varland-competition-authority", "DISPUTES", "ostby-freight")],
        [],
    ),
    (  # guard: an agency that fines a firm disputes it
        "The Fair Trade Office fined Helmsby Gas for overcharging.",
        [("the-fair-trade-office", "DISPUTES", "helmsby-gas")],
        [],
    ),
    (  # guard: the Department of Justice sues
        "The Department of Justice sued Norvik Mobile over its pricing.",
        [("department-of-justice", "DISPUTES", "norvik-mobile")],
        [],
    ),
]

AND_NAMES: list[Case] = [
    (  # housing: "the Ministry of Housing and Planning for delays"
        "Dana Roe has criticised the Ministry of Housing and Planning for delays.",
        [("dana-roe", "DISPUTES", "ministry-of-housing-and-planning")],
        [("dana-roe", "DISPUTES", "planning")],
    ),
    (  # rail: "the Department of Transport and Communications of bias"
        "Halden Rail accused the Department of Transport and Communications of bias.",
        [("halden-rail", "DISPUTES", "department-of-transport-and-communications")],
        [("halden-rail", "DISPUTES", "communications")],
    ),
    (  # fisheries: "the Ministry of Fisheries and Oceans for its quotas"
        "Kelda Seafoods attacked the Ministry of Fisheries and Oceans for its quotas.",
        [("kelda-seafoods", "DISPUTES", "ministry-of-fisheries-and-oceans")],
        [("kelda-seafoods", "DISPUTES", "oceans")],
    ),
    (  # guard: a second party after "and" (an organization word at its end)
        "Tarvik Builders sued the Ministry of Housing and Orlen Bank for damages.",
        [
            ("tarvik-builders", "DISPUTES", "ministry-of-housing"),
            ("tarvik-builders", "DISPUTES", "orlen-bank"),
        ],
        [],
    ),
]

RUMOURS: list[Case] = [
    (  # brewing: "is evaluating a takeover of"
        "Velmor Brewing makes lager in Tarn. Velmor is evaluating a takeover of Caskwell Ales.",
        [],
        [("velmor-brewing", "OWNS", "caskwell-ales")],
    ),
    (  # brewing: "looked into acquiring"
        "Velmor Brewing makes lager in Tarn. Velmor looked into acquiring Caskwell Ales last year.",
        [],
        [("velmor-brewing", "OWNS", "caskwell-ales")],
    ),
    (  # telecoms: "has looked at buying"
        "Norvik Mobile has looked at buying Pellam Telecom.",
        [],
        [("norvik-mobile", "OWNS", "pellam-telecom")],
    ),
    (  # brewing: rumoured weighing
        "Rumours circulated that Velmor Brewing was weighing a purchase of Caskwell Ales.",
        [],
        [("velmor-brewing", "OWNS", "caskwell-ales")],
    ),
    (  # guard: an agreed purchase
        "Velmor Brewing agreed to buy Caskwell Ales.",
        [("velmor-brewing", "OWNS", "caskwell-ales")],
        [],
    ),
]

VIEWS: list[Case] = [
    (  # dentistry: a view stated in the sentence before, dismissed
        "Quillex Dental plans to buy Marden Clinics. The Dental Council said the deal would hurt "
        "patients. Quillex Dental dismissed that view as outdated.",
        [("quillex-dental", "DISPUTES", "dental-council")],
        [],
    ),
    (  # steel: "rejected that argument"
        "Quillex Steel wants to shut its Tarn mill. The Metalworkers Union says the plan breaks "
        "a 2019 pact. Quillex rejected that argument.",
        [("quillex-steel", "DISPUTES", "the-metalworkers-union")],
        [],
    ),
    (  # water: "disputes this assessment"
        "Ostra Water raised its prices. The Consumer Water Panel said the rise was unfair. The "
        "company disputes this assessment.",
        [("ostra-water", "DISPUTES", "consumer-water-panel")],
        [],
    ),
    (  # steel: "contested the union's claim"
        "Quillex Steel wants to shut its Tarn mill. The Metalworkers Union says the plan breaks "
        "a 2019 pact. Quillex contested the union's claim.",
        [("quillex-steel", "DISPUTES", "the-metalworkers-union")],
        [],
    ),
    (  # glazing: a claim and its denial, both ways
        "Pell Glazing is bringing a claim against Brannock Builders, the contractor that fitted "
        "its windows. Brannock denies the claim.",
        [
            ("pell-glazing", "DISPUTES", "brannock-builders"),
            ("brannock-builders", "DISPUTES", "pell-glazing"),
        ],
        [],
    ),
    (  # guard: a view welcomed is no dispute
        "Quillex Dental plans to buy Marden Clinics. The Dental Council said the deal would help "
        "patients. Quillex Dental welcomed that view.",
        [],
        [("quillex-dental", "DISPUTES", "dental-council")],
    ),
    (  # guard: a body's view welcomed is no backing of the body
        "Quillex Dental plans to buy Marden Clinics. Quillex welcomed the Dental Council's view.",
        [],
        [
            ("quillex-dental", "BACKS", "dental-council"),
            ("quillex-dental", "DISPUTES", "dental-council"),
            ("quillex-dental", "DISPUTES", "the-dental-council"),
        ],
    ),
    (  # guard: a review of its own budget
        "Kelso Capital asked for a review of its own budget.",
        [],
        [("kelso-capital", "DISPUTES", "kelso-capital")],
    ),
    (  # guard: a speaker who is no body (no earlier sentence's view)
        "Quillex Dental plans to buy Marden Clinics. Quillex Dental dismissed that view as "
        "outdated.",
        [],
        [("quillex-dental", "DISPUTES", "marden-clinics")],
    ),
]

BANK = FOUND + COURTS + AND_NAMES + RUMOURS + VIEWS
VIEW_GAP = (
    "no rule reads a view stated by a named body in the sentence before as the object of "
    "'dismissed/rejected/disputes that view' (it needs the previous sentence's speaker in "
    "SentenceContext)"
)
GAPS: dict[str, str] = {
    "Quillex Dental plans to buy Marden Clinics. The Dental Council said the deal would hurt": (
        VIEW_GAP
    ),
    "Quillex Steel wants to shut its Tarn mill. The Metalworkers Union says the plan breaks "
    "a 2019 pact. Quillex rejected": VIEW_GAP,
    "Ostra Water raised its prices.": VIEW_GAP,
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disputes10(case: Case) -> None:
    check(*case)
