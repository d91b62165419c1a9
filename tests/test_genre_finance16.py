"""Genre bank for the parties named inside a loan noun (round 16).

A loan noun names its own parties: "a loan to A from L" and "a loan from L to A" make L fund A
(and "funded by a loan to A from L" makes A no agent); "a facility L provided to B" and "a
credit line that L gave B" make L fund B, and nothing funds L. A co-investor after "alongside"
is never the one funded, and the firm premodifying a deal noun ("the Tarvick takeover") funds
nothing. A loan moved between two parties ("switched its loan from A to B") names no lender.

Each case is a short invented text (relations that must be found, relations that must not be),
across ports, rail, steel, food, pharma, retail, energy and software.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

TO_FROM: list[Case] = [
    (  # ports: passive agent "by a loan to A from L" after a purchase
        "Harlow Ports agreed to buy Tessin Docks, and the purchase is partly funded by a loan "
        "to Harlow Ports from Calder Bank.",
        [("calder-bank", "FUNDS", "harlow-ports"), ("harlow-ports", "OWNS", "tessin-docks")],
        [("harlow-ports", "FUNDS", "tessin-docks"), ("tessin-docks", "FUNDS", "harlow-ports")],
    ),
    (  # rail: two lenders after "from": each funds the borrower, never each other
        "The deal is financed with a £50m loan to Vantor Rail from Norvik Bank and Exton Credit.",
        [("norvik-bank", "FUNDS", "vantor-rail"), ("exton-credit", "FUNDS", "vantor-rail")],
        [("norvik-bank", "FUNDS", "exton-credit"), ("vantor-rail", "FUNDS", "norvik-bank")],
    ),
    (  # steel: "from L to A" as the subject of the sentence
        "A £9m loan from Ostrel Credit to Halvik Steel paid for the new furnace.",
        [("ostrel-credit", "FUNDS", "halvik-steel")],
        [("halvik-steel", "FUNDS", "ostrel-credit")],
    ),
    (  # food: "from L to A" inside a reported clause
        "Pellmoor Foods said a loan from Kelvara Bank to Pellmoor Foods would cover the rest "
        "of the bill.",
        [("kelvara-bank", "FUNDS", "pellmoor-foods")],
        [("pellmoor-foods", "FUNDS", "kelvara-bank")],
    ),
    (  # buyout: "to A from L, a credit fund" with an appositive on the lender
        "The buyout is funded partly by a €90m loan to Brisk Pharma from Ostrel Credit, a "
        "credit fund.",
        [("ostrel-credit", "FUNDS", "brisk-pharma")],
        [("brisk-pharma", "FUNDS", "ostrel-credit")],
    ),
    (  # must still give: the verb-led loan reads stay
        "Exton Bank extended a loan to Quillex. Kelvara Bank lent £5m to Halvik Steel.",
        [("exton-bank", "FUNDS", "quillex"), ("kelvara-bank", "FUNDS", "halvik-steel")],
        [],
    ),
    (  # guard: a lender's loan moved between two borrowers names no lender
        "Calder Bank switched its loan from Halvik Steel to Brannock Foods.",
        [],
        [("halvik-steel", "FUNDS", "brannock-foods")],
    ),
    (  # guard: a loan sold on from one bank to another
        "The fund moved a loan from Exton Bank to Norvik Bank last week.",
        [],
        [("exton-bank", "FUNDS", "norvik-bank")],
    ),
    (  # guard: an unnamed borrower: the speaker is not it
        "Pellmoor Foods said a loan from Kelvara Bank to a customer had gone bad.",
        [],
        [("kelvara-bank", "FUNDS", "pellmoor-foods")],
    ),
]

LENDER_RELATIVES: list[Case] = [
    (  # a reduced relative on the facility; the deal's premodifier is no funder
        "The Tarvick takeover was paid for out of a facility Exton Fund provided to Quillex.",
        [("exton-fund", "FUNDS", "quillex")],
        [("tarvick", "FUNDS", "exton-fund"), ("quillex", "FUNDS", "exton-fund")],
    ),
    (  # "that L gave B" with a double object
        "The Zephyra deal was funded from a £12m credit line that Lorrimer Bank gave Quillex "
        "last year.",
        [("lorrimer-bank", "FUNDS", "quillex")],
        [("zephyra", "FUNDS", "lorrimer-bank"), ("quillex", "FUNDS", "lorrimer-bank")],
    ),
    (  # pharma: "which L had extended to B"
        "Brisk Pharma bought the Kelmar lab with a loan which Norvik Bank had extended to Brisk "
        "Pharma in May.",
        [("norvik-bank", "FUNDS", "brisk-pharma")],
        [("brisk-pharma", "FUNDS", "norvik-bank")],
    ),
    (  # guard: the relative's object is unnamed: the giver funds no named firm
        "Halvik Foods praised a grant that Tarn Council offered to farmers.",
        [],
        [("tarn-council", "FUNDS", "halvik-foods"), ("halvik-foods", "FUNDS", "tarn-council")],
    ),
]

CO_INVESTORS: list[Case] = [
    (  # software: "invest alongside X": X is a co-investor, not the target
        "Lomar Ventures will invest alongside Brannock Partners in the round.",
        [],
        [("lomar-ventures", "FUNDS", "brannock-partners")],
    ),
    (  # retail: money "put in alongside X" for a holding in T
        "Sorrel Pension will put in €40m alongside Orvel Capital in return for a small holding "
        "in Tarvick Foods.",
        [],
        [("sorrel-pension", "FUNDS", "orvel-capital")],
    ),
    (  # must still give: both co-investors fund the named target
        "Orvel Capital invested €20m in Tarvick Foods alongside Sorrel Pension.",
        [
            ("orvel-capital", "FUNDS", "tarvick-foods"),
            ("sorrel-pension", "FUNDS", "tarvick-foods"),
        ],
        [("orvel-capital", "FUNDS", "sorrel-pension")],
    ),
    (  # must still give: a raise headed by A with B and C chipping in
        "PlayHub closed a raise headed by Alto Capital, with Lomar Ventures and Brannock "
        "Partners also chipping in.",
        [
            ("alto-capital", "FUNDS", "playhub"),
            ("lomar-ventures", "FUNDS", "playhub"),
            ("brannock-partners", "FUNDS", "playhub"),
        ],
        [("lomar-ventures", "FUNDS", "alto-capital")],
    ),
    (  # must still give: a round headed by A
        "Slepton raised €75m in a round headed by Orvel Capital.",
        [("orvel-capital", "FUNDS", "slepton")],
        [],
    ),
    (  # energy: the round's closer is its recipient, not a funder of the project (raiser)
        "Work on the Zephyra plant was funded by a £12m round Quillex Energy closed in 2022, led "
        "by Lorrimer Capital with Dunmarra Ventures joining.",
        [
            ("lorrimer-capital", "FUNDS", "quillex-energy"),
            ("dunmarra-ventures", "FUNDS", "quillex-energy"),
        ],
        [("quillex-energy", "FUNDS", "zephyra")],
    ),
]

RAISER_RELATIVES: list[Case] = [
    (  # food: "a round that Q raised, headed by L": L funds Q, Q funds nothing here
        "The Kelby mill was financed by a round that Brisk Foods raised in May, headed by Orvel "
        "Capital.",
        [("orvel-capital", "FUNDS", "brisk-foods")],
        [("brisk-foods", "FUNDS", "orvel-capital")],
    ),
    (  # ports: a loan the borrower secured, no lender named: nothing
        "The new depot was paid for with a £5m loan Harlow Ports secured last year.",
        [],
        [("harlow-ports", "FUNDS", "depot")],
    ),
    (  # must still give: the round's raiser as the clause subject
        "Brisk Foods closed a £9m round in May, led by Orvel Capital.",
        [("orvel-capital", "FUNDS", "brisk-foods")],
        [],
    ),
]

POSSESSED_FUNDS: list[Case] = [
    (  # a grant from a possessed fund in a relative: the fund's owner funds the antecedent
        "Halvik Steel is investing in Kelmar Works, which also won a grant from the Ostrel "
        "Council's fund.",
        [("ostrel-council", "FUNDS", "kelmar-works"), ("halvik-steel", "FUNDS", "kelmar-works")],
        [("ostrel-council", "FUNDS", "halvik-steel")],
    ),
    (  # a loan from a possessed fund, main clause
        "Tessin Dairy received a £2m loan from Norvik Bank's green fund.",
        [("norvik-bank", "FUNDS", "tessin-dairy")],
        [],
    ),
    (  # guard: no receiving verb: the speaker receives nothing
        "Tessin Dairy praised a grant from the Ostrel Council's fund for farmers.",
        [],
        [("ostrel-council", "FUNDS", "tessin-dairy")],
    ),
]

BANK = TO_FROM + LENDER_RELATIVES + CO_INVESTORS + RAISER_RELATIVES + POSSESSED_FUNDS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_finance16(case: Case) -> None:
    check(*case)
