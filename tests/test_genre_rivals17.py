"""Genre bank for rivalry in wrapped frames and bare plural rivals (round 17).

A bare plural rival noun that opens its clause names the holder after "of" ("Rivals of A
include B and C"); a market said to be held by named firms ("The UK grocery market is dominated
by A, B and C", also in a relative on the market noun) makes each holder compete with the
others; a perfect before "been" keeps a possessed rival predicate ("A has long been B's closest
competitor"); ceding share or ground to a firm and falling behind it in a market are rivalry.
Guards: a body or board held by firms (owners, no market), a negated hold, a single holder, a
plural rival noun inside a prepositional phrase ("investors in rivals of A"), a rival bid,
partners and co-owners, customers of each other, and overtaking a country.

Each case is a short invented text (relations that must be found, relations that must not be),
across energy, ferries, grocery, mining, wine, food, airlines, banking, pharma and media.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

RIVALS_OF_INCLUDE: list[Case] = [
    (  # energy: sentence-initial bare plural, two listed rivals
        "Rivals of Quillex Energy include Halvik Power and Tarsa Gas.",
        [
            ("halvik-power", "COMPETES_WITH", "quillex-energy"),
            ("tarsa-gas", "COMPETES_WITH", "quillex-energy"),
        ],
        [],
    ),
    (  # pharma: inside a reported clause
        "Analysts said competitors of Brannock Pharma include Ostrel Labs and Kelmar Bio.",
        [
            ("ostrel-labs", "COMPETES_WITH", "brannock-pharma"),
            ("kelmar-bio", "COMPETES_WITH", "brannock-pharma"),
        ],
        [],
    ),
    (  # banking: copula instead of "include"
        "Rivals of Norvik Bank are Exton Bank and Calder Bank.",
        [
            ("exton-bank", "COMPETES_WITH", "norvik-bank"),
            ("calder-bank", "COMPETES_WITH", "norvik-bank"),
        ],
        [],
    ),
    (  # must still give: the definite singular form
        "The main rival of Pellmoor Foods is Grainfield Group.",
        [("grainfield-group", "COMPETES_WITH", "pellmoor-foods")],
        [],
    ),
    (  # guard: investors in rivals are no rivals
        "Investors in rivals of Quillex Energy include Halvik Capital.",
        [],
        [("halvik-capital", "COMPETES_WITH", "quillex-energy")],
    ),
    (  # guard: customers of a firm include a firm: no rivalry
        "Customers of Tessin Steel include Harlow Motors.",
        [],
        [("harlow-motors", "COMPETES_WITH", "tessin-steel")],
    ),
]

DOMINATED_BY: list[Case] = [
    (  # ferries: three named holders of a market after a passive
        "The market for ferry crossings is dominated by Quillex Ferries, Halvik Lines and "
        "Tarsa Sea.",
        [
            ("quillex-ferries", "COMPETES_WITH", "halvik-lines"),
            ("quillex-ferries", "COMPETES_WITH", "tarsa-sea"),
            ("halvik-lines", "COMPETES_WITH", "tarsa-sea"),
        ],
        [],
    ),
    (  # grocery: a place inside the market phrase
        "The UK grocery market is dominated by Quillex Stores and Halvik Retail.",
        [("quillex-stores", "COMPETES_WITH", "halvik-retail")],
        [],
    ),
    (  # mining: adverbs between the auxiliary and "controlled"
        "The sector is now largely controlled by Quillex Mining and Halvik Metals.",
        [("quillex-mining", "COMPETES_WITH", "halvik-metals")],
        [],
    ),
    (  # wine: a relative clause on the market noun
        "The Spanish wine market, which was dominated by Quillex Wines and Halvik Bodegas, "
        "shrank last year.",
        [("quillex-wines", "COMPETES_WITH", "halvik-bodegas")],
        [],
    ),
    (  # guard: a business held by two owners: no market
        "The business is controlled by Quillex Capital and Halvik Partners.",
        [],
        [("quillex-capital", "COMPETES_WITH", "halvik-partners")],
    ),
    (  # guard: a board dominated by two investors
        "Tarsa Dairy's board is dominated by Quillex Capital and Halvik Partners.",
        [],
        [("quillex-capital", "COMPETES_WITH", "halvik-partners")],
    ),
    (  # guard: a venture controlled by its two parents
        "The venture is controlled by Quillex Energy and Halvik Power.",
        [],
        [("quillex-energy", "COMPETES_WITH", "halvik-power")],
    ),
    (  # guard: "market" modifying the subject's noun, a cost shared by two firms
        "The cost of the new market hall is shared by Kelso Group and Tarsa Foods.",
        [],
        [("kelso-group", "COMPETES_WITH", "tarsa-foods")],
    ),
    (  # guard: a bill split by two firms
        "The bill for the market square is split by Kelso Group and Tarsa Foods.",
        [],
        [("kelso-group", "COMPETES_WITH", "tarsa-foods")],
    ),
    (  # guard: "market" modifying the head of the subject of "controlled"
        "The upkeep of the market building is controlled by Kelso Group and Tarsa Foods.",
        [],
        [("kelso-group", "COMPETES_WITH", "tarsa-foods")],
    ),
    (  # grocery: must still give: the market noun right before the auxiliary, adverbs after
        "The grocery market is now largely dominated by Kelso Group and Tarsa Foods.",
        [("kelso-group", "COMPETES_WITH", "tarsa-foods")],
        [],
    ),
    (  # guard: negation
        "The market is not dominated by Quillex Stores and Halvik Retail.",
        [],
        [("quillex-stores", "COMPETES_WITH", "halvik-retail")],
    ),
    (  # guard: a single holder after "by": the speaker is not paired with it
        "Quillex Stores said the market was dominated by Halvik Retail.",
        [],
        [("quillex-stores", "COMPETES_WITH", "halvik-retail")],
    ),
]

PERFECT_AND_SHARE: list[Case] = [
    (  # airlines: a perfect with an adverb before a possessed rival
        "Quillex Air has long been Halvik Air's closest competitor.",
        [("quillex-air", "COMPETES_WITH", "halvik-air")],
        [],
    ),
    (  # media: "has become" a possessed rival
        "Kelvara Media has become Ostrel Press's biggest rival.",
        [("kelvara-media", "COMPETES_WITH", "ostrel-press")],
        [],
    ),
    (  # food: ceding market share
        "Pellmoor Foods has ceded market share to Grainfield Group.",
        [("pellmoor-foods", "COMPETES_WITH", "grainfield-group")],
        [],
    ),
    (  # food: ceding ground to two firms
        "Quillex Foods ceded ground to Halvik Foods and Tarsa Group last year.",
        [
            ("quillex-foods", "COMPETES_WITH", "halvik-foods"),
            ("quillex-foods", "COMPETES_WITH", "tarsa-group"),
        ],
        [],
    ),
    (  # guard: ceding control of a firm is no rivalry
        "Quillex Foods ceded control of Tarsa Dairy to Halvik Foods.",
        [],
        [("quillex-foods", "COMPETES_WITH", "halvik-foods")],
    ),
    (  # airlines: falling behind in a market
        "Quillex Air has fallen behind Halvik Air in the budget market.",
        [("quillex-air", "COMPETES_WITH", "halvik-air")],
        [],
    ),
    (  # guard: the company in the clause before is no subject of "has been"
        "Brisk Pharma said Kelmar Bio has been Ostrel Labs' closest rival.",
        [("kelmar-bio", "COMPETES_WITH", "ostrel-labs")],
        [("brisk-pharma", "COMPETES_WITH", "ostrel-labs")],
    ),
]

STILL_READ: list[Case] = [
    (  # the whose-relative frame
        "Quillex, whose rivals include Halvik Steel and Tarsa Metals, raised prices on Monday.",
        [
            ("halvik-steel", "COMPETES_WITH", "quillex"),
            ("tarsa-metals", "COMPETES_WITH", "quillex"),
        ],
        [],
    ),
    (  # the two rivals after a named pair
        "Quillex Stores and Halvik Retail cut prices on Monday. The two rivals have fought for "
        "shoppers for years.",
        [("halvik-retail", "COMPETES_WITH", "quillex-stores")],
        [],
    ),
    (  # a relative clause of competing
        "Tarsa Pharma, which competes with Halvik Pharma in Germany, raised its forecast.",
        [("tarsa-pharma", "COMPETES_WITH", "halvik-pharma")],
        [],
    ),
    (  # guard: a rival bid is no firm
        "Halvik Foods made a rival bid for Tarsa Dairy.",
        [],
        [("halvik-foods", "COMPETES_WITH", "tarsa-dairy")],
    ),
    (  # guard: partners and co-owners
        "Halvik Foods and Quillex Foods co-own Tarsa Group.",
        [],
        [("halvik-foods", "COMPETES_WITH", "quillex-foods")],
    ),
    (  # guard: overtaking a country
        "Quillex Air overtook Germany as the largest exporter.",
        [],
        [("quillex-air", "COMPETES_WITH", "germany")],
    ),
    (  # guard: supplier and customer
        "Quillex Foods supplies Halvik Retail, which also buys from Tarsa Farms.",
        [],
        [
            ("quillex-foods", "COMPETES_WITH", "halvik-retail"),
            ("quillex-foods", "COMPETES_WITH", "tarsa-farms"),
        ],
    ),
]

GAP_CASES: list[Case] = [
    (  # a contrast with a rival: "unlike" is not read as "like"
        "Unlike its rival Halvik Air, Quillex Air kept its fares.",
        [("halvik-air", "COMPETES_WITH", "quillex-air")],
        [],
    ),
    (  # an adverb after a simple copula before a possessed rival
        "Quillex Air was long Halvik Air's closest competitor.",
        [("quillex-air", "COMPETES_WITH", "halvik-air")],
        [],
    ),
    (  # a passive of eroding share
        "Quillex Foods' market share has been eroded by Halvik Foods.",
        [("quillex-foods", "COMPETES_WITH", "halvik-foods")],
        [],
    ),
]

BANK = RIVALS_OF_INCLUDE + DOMINATED_BY + PERFECT_AND_SHARE + STILL_READ + GAP_CASES
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_rivals17(case: Case) -> None:
    check(*case)
