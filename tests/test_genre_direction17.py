"""Genre bank for the direction of DISPUTES (round 17).

DISPUTES runs from the party that sues, accuses, criticises, challenges or fines to the one
sued, accused, criticised or fined. A sanction noun after an article and an amount is a noun,
never the verb ("paid a £3m fine imposed by the regulator": the regulator fines the payer); a
dispute participle after "is/was" with no "by" agent makes its subject the disputed party, and
a name after it is no object ("is accused in Y's lawsuit of fraud"); a place inside a dispute
passive does not hide its agent ("was sued in Delaware by Y"); a suit noun whose named author
is answered ("is fighting a lawsuit filed by Y", "called Y's suit baseless") makes that author
dispute the answerer, besides the answer itself; a suit noun with its target and then its
author ("a lawsuit brought against X by Y", "the case against X, filed by Y,") makes the author
dispute the target. The reads that were already right stay as guards: passives, "faces a
lawsuit from", "drew criticism from", counter-suits, rejecting the other side's claims.

Each case is a short invented text (relations that must be found, relations that must not be),
across mining, energy, food, rail, pharma, retail, steel, banking, shipping and telecoms.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SANCTIONS: list[Case] = [
    (  # energy: an amount before the fine noun; the regulator fines the payer
        "Kelso Mining paid a £3m fine imposed by the Ostrel Energy Regulator.",
        [("ostrel-energy-regulator", "DISPUTES", "kelso-mining")],
        [("kelso-mining", "DISPUTES", "ostrel-energy-regulator")],
    ),
    (  # banking: "must pay" and a written-out amount with "penalty"
        "Corran Bank must pay the $5 million penalty imposed by the Financial Conduct Authority.",
        [("financial-conduct-authority", "DISPUTES", "corran-bank")],
        [("corran-bank", "DISPUTES", "financial-conduct-authority")],
    ),
    (  # telecoms: "ordered to pay ... by": never the payer disputing the regulator
        "Vantor Telecom was ordered to pay a €2m fine by the Ostrel Telecoms Authority.",
        [],
        [("vantor-telecom", "DISPUTES", "ostrel-telecoms-authority")],
    ),
    (  # food: a fine levied by a named authority, pronoun subject in a second sentence
        "Pellmoor Foods makes biscuits. It paid a £400,000 fine levied by the Ostrel Food "
        "Agency last year.",
        [("ostrel-food-agency", "DISPUTES", "pellmoor-foods")],
        [("pellmoor-foods", "DISPUTES", "ostrel-food-agency")],
    ),
    (  # steel: an appeal against the fine: both sides
        "Halvik Steel is appealing a €2bn fine from the European Commission.",
        [("european-commission", "DISPUTES", "halvik-steel")],
        [],
    ),
    (  # must still give: the active and passive fining verbs
        "The Ostrel Energy Regulator fined Kelso Mining £5m. Tarsa Energy was fined £2m by "
        "the Ostrel Energy Regulator.",
        [
            ("ostrel-energy-regulator", "DISPUTES", "kelso-mining"),
            ("ostrel-energy-regulator", "DISPUTES", "tarsa-energy"),
        ],
        [("kelso-mining", "DISPUTES", "ostrel-energy-regulator")],
    ),
    (  # must still give: a fund raised after an article and an amount stays a funding
        "Brisk Foods closed a £9m round in May, led by Orvel Capital.",
        [("orvel-capital", "FUNDS", "brisk-foods")],
        [],
    ),
]

PASSIVES: list[Case] = [
    (  # pharma: an agentless passive, the accuser the possessor of the suit
        "Brisk Pharma is accused in Norvik Labs' lawsuit of copying its formula.",
        [],
        [("brisk-pharma", "DISPUTES", "norvik-labs")],
    ),
    (  # retail: criticised at another firm's meeting: no object
        "Tessin Retail was criticised at Harlow Stores' annual meeting.",
        [],
        [("tessin-retail", "DISPUTES", "harlow-stores")],
    ),
    (  # rail: sued alongside another firm: co-defendants, no dispute between them
        "Vantor Rail is being sued alongside Exton Freight.",
        [],
        [("vantor-rail", "DISPUTES", "exton-freight")],
    ),
    (  # mining: a venue between the participle and its agent
        "Kelso Mining was sued in Delaware by Tarsa Energy.",
        [("tarsa-energy", "DISPUTES", "kelso-mining")],
        [("kelso-mining", "DISPUTES", "tarsa-energy")],
    ),
    (  # must still give: passive, coordinated agents
        "Kelso Mining is being sued by Tarsa Energy and Halvik Steel.",
        [
            ("tarsa-energy", "DISPUTES", "kelso-mining"),
            ("halvik-steel", "DISPUTES", "kelso-mining"),
        ],
        [("kelso-mining", "DISPUTES", "tarsa-energy")],
    ),
    (  # must still give: relative clause passive and object relative
        "Pellmoor Foods, which was sued by Brannock Dairy last year, settled in March. "
        "Exton Bank, which Corran Capital is suing, reported higher profits.",
        [
            ("brannock-dairy", "DISPUTES", "pellmoor-foods"),
            ("corran-capital", "DISPUTES", "exton-bank"),
        ],
        [("pellmoor-foods", "DISPUTES", "brannock-dairy")],
    ),
    (  # must still give: "the company" subject in a second sentence
        "Kelso Mining makes drills. The company was criticised by Tarsa Energy for the delay.",
        [("tarsa-energy", "DISPUTES", "kelso-mining")],
        [("kelso-mining", "DISPUTES", "tarsa-energy")],
    ),
    (  # must still give: accused, charge before the agent
        "Norvik Shipping was accused of dumping by rival Exton Lines.",
        [("exton-lines", "DISPUTES", "norvik-shipping")],
        [("norvik-shipping", "DISPUTES", "exton-lines")],
    ),
]

ANSWERED_SUITS: list[Case] = [
    (  # mining: fighting a suit filed by the named plaintiff
        "Kelso Mining is fighting a lawsuit filed by Tarsa Energy.",
        [("tarsa-energy", "DISPUTES", "kelso-mining")],
        [],
    ),
    (  # food: "said it would contest" with "brought by"
        "Pellmoor Foods said it would contest the suit brought by Brannock Dairy.",
        [("brannock-dairy", "DISPUTES", "pellmoor-foods")],
        [],
    ),
    (  # telecoms: a possessed suit called baseless
        "Vantor Telecom called Orbis Mobile's lawsuit baseless.",
        [
            ("orbis-mobile", "DISPUTES", "vantor-telecom"),
            ("vantor-telecom", "DISPUTES", "orbis-mobile"),
        ],
        [],
    ),
    (  # energy: an appeal against a fine imposed by the regulator
        "Tarsa Energy is challenging the fine imposed by the Ostrel Energy Regulator.",
        [("ostrel-energy-regulator", "DISPUTES", "tarsa-energy")],
        [],
    ),
    (  # guard: the suit names another side: the critic is not sued
        "Halvik Steel criticised Tarsa Energy's lawsuit against Kelso Mining.",
        [],
        [("tarsa-energy", "DISPUTES", "halvik-steel")],
    ),
    (  # guard: a person who calls the suit baseless is a commentator, not the one sued
        "Ann Reyes, an analyst at Exton Bank, called Tarsa Energy's lawsuit baseless.",
        [],
        [("tarsa-energy", "DISPUTES", "ann-reyes")],
    ),
    (  # guard: rejecting claims (no suit): only the rejecter disputes
        "Kelso Mining rejected Tarsa Energy's claims as baseless.",
        [("kelso-mining", "DISPUTES", "tarsa-energy")],
        [],
    ),
    (  # guard: a judge dismissing the suit is no party
        "Judge Ann Olsen dismissed Tarsa Energy's lawsuit against Kelso Mining.",
        [],
        [("tarsa-energy", "DISPUTES", "ann-olsen"), ("ann-olsen", "DISPUTES", "tarsa-energy")],
    ),
]

TARGET_THEN_AUTHOR: list[Case] = [
    (  # mining: "brought against X by Y"
        "A lawsuit brought against Kelso Mining by Tarsa Energy was dismissed on Monday.",
        [("tarsa-energy", "DISPUTES", "kelso-mining")],
        [("kelso-mining", "DISPUTES", "tarsa-energy")],
    ),
    (  # food: a complaint filed against X by Y
        "A complaint filed against Pellmoor Foods by Brannock Dairy was upheld.",
        [("brannock-dairy", "DISPUTES", "pellmoor-foods")],
        [("pellmoor-foods", "DISPUTES", "brannock-dairy")],
    ),
    (  # rail: set off by commas, a date after the agent
        "The case against Vantor Rail, filed by Norvik Freight in March, goes to trial.",
        [("norvik-freight", "DISPUTES", "vantor-rail")],
        [("vantor-rail", "DISPUTES", "norvik-freight")],
    ),
    (  # pharma: "the suit against X, brought by Y,"
        "The suit against Brisk Pharma, brought by Ostrel Labs, was dismissed.",
        [("ostrel-labs", "DISPUTES", "brisk-pharma")],
        [("brisk-pharma", "DISPUTES", "ostrel-labs")],
    ),
    (  # guard: a takeover set off the same way is no dispute
        "The takeover of Kelso Mining, led by Halvik Steel, closed in May.",
        [],
        [("halvik-steel", "DISPUTES", "kelso-mining")],
    ),
]

GUARDS: list[Case] = [
    (  # must still give: nominals with a "from" author
        "Kelso Mining faces a lawsuit from Tarsa Energy. Exton Bank drew criticism from "
        "Corran Capital over its fees.",
        [
            ("tarsa-energy", "DISPUTES", "kelso-mining"),
            ("corran-capital", "DISPUTES", "exton-bank"),
        ],
        [
            ("kelso-mining", "DISPUTES", "tarsa-energy"),
            ("exton-bank", "DISPUTES", "corran-capital"),
        ],
    ),
    (  # must still give: counter-moves keep the answering side as source
        "Kelso Mining countersued Tarsa Energy in March. Pellmoor Foods hit back at Brannock "
        "Dairy on Tuesday.",
        [
            ("kelso-mining", "DISPUTES", "tarsa-energy"),
            ("pellmoor-foods", "DISPUTES", "brannock-dairy"),
        ],
        [],
    ),
    (  # must still give: possessed complaint and came under fire
        "Tarsa Energy's complaint against Kelso Mining was filed in Delaware. Exton Bank came "
        "under fire from Norvik Capital.",
        [
            ("tarsa-energy", "DISPUTES", "kelso-mining"),
            ("norvik-capital", "DISPUTES", "exton-bank"),
        ],
        [
            ("kelso-mining", "DISPUTES", "tarsa-energy"),
            ("exton-bank", "DISPUTES", "norvik-capital"),
        ],
    ),
    (  # must still give: a regulator's challenge to a deal disputes both parties
        "The Federal Trade Commission sued to block Kelso Mining's purchase of Tarsa Energy.",
        [
            ("federal-trade-commission", "DISPUTES", "kelso-mining"),
            ("federal-trade-commission", "DISPUTES", "tarsa-energy"),
        ],
        [("kelso-mining", "DISPUTES", "federal-trade-commission")],
    ),
    (  # guard: responding to criticism is no rejection: the critic alone disputes
        "Exton Bank responded to criticism from Corran Capital.",
        [("corran-capital", "DISPUTES", "exton-bank")],
        [("exton-bank", "DISPUTES", "corran-capital")],
    ),
    (  # guard: the same with a possessed complaint in shipping
        "Norvik Shipping responded to Exton Lines' complaints on Monday.",
        [],
        [("norvik-shipping", "DISPUTES", "exton-lines")],
    ),
    (  # must still give: dismissing criticism is a rejection (both sides)
        "Kelso Mining dismissed criticism from Tarsa Energy.",
        [
            ("kelso-mining", "DISPUTES", "tarsa-energy"),
            ("tarsa-energy", "DISPUTES", "kelso-mining"),
        ],
        [],
    ),
    (  # guard: an investigation is no dispute
        "Kelso Mining is being investigated by the Ostrel Energy Regulator.",
        [],
        [("kelso-mining", "DISPUTES", "ostrel-energy-regulator")],
    ),
    (  # guard: a threat to sue is intent, no act
        "Tarsa Energy threatened to sue Kelso Mining.",
        [],
        [("kelso-mining", "DISPUTES", "tarsa-energy")],
    ),
]

NAMED_IN_SUITS: list[Case] = [
    (  # mining: accused of a wrong in a suit filed by a named author
        "Kelso Mining was accused of fraud in a lawsuit filed by Tarsa Energy.",
        [("tarsa-energy", "DISPUTES", "kelso-mining")],
        [("kelso-mining", "DISPUTES", "tarsa-energy")],
    ),
    (  # pharma: the suit between the participle and its charge
        "Brisk Pharma is accused in a lawsuit filed by Norvik Labs of copying its formula.",
        [("norvik-labs", "DISPUTES", "brisk-pharma")],
        [("brisk-pharma", "DISPUTES", "norvik-labs")],
    ),
    (  # food: named in a possessed complaint
        "Pellmoor Foods is named in Brannock Dairy's complaint.",
        [("brannock-dairy", "DISPUTES", "pellmoor-foods")],
        [("pellmoor-foods", "DISPUTES", "brannock-dairy")],
    ),
    (  # mining: the defendant noun in apposition
        "Kelso Mining, the defendant in a suit by Tarsa Energy, declined to comment.",
        [("tarsa-energy", "DISPUTES", "kelso-mining")],
        [("kelso-mining", "DISPUTES", "tarsa-energy")],
    ),
    (  # rail: the defendant noun after a copula
        "Vantor Rail is a defendant in a case brought by Norvik Freight.",
        [("norvik-freight", "DISPUTES", "vantor-rail")],
        [],
    ),
    (  # guard: the lawyer of a defendant is no party
        "Ann Reyes, a lawyer for the defendant in a suit by Tarsa Energy, declined to comment.",
        [],
        [("tarsa-energy", "DISPUTES", "ann-reyes")],
    ),
    (  # guard: praised in a suit is no dispute
        "Kelso Mining was praised in a lawsuit filed by Tarsa Energy.",
        [],
        [("tarsa-energy", "DISPUTES", "kelso-mining")],
    ),
]

GAPS_ONLY: list[Case] = [
    (  # gap: "a target of Y's attacks"
        "Kelso Mining has been a target of Tarsa Energy's attacks for years.",
        [("tarsa-energy", "DISPUTES", "kelso-mining")],
        [],
    ),
]

BANK = (
    SANCTIONS + PASSIVES + ANSWERED_SUITS + TARGET_THEN_AUTHOR + NAMED_IN_SUITS + GUARDS + GAPS_ONLY
)
GAPS: dict[str, str] = {
    "Kelso Mining has been a target of": "'a target of Y's attacks' is not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_direction17(case: Case) -> None:
    check(*case)
