"""Genre bank for rivalry given by a description (round 17b).

An appositive that calls a firm another's rival is a fact even inside a denied, hedged or
intended clause ("A denied it had approached B, its Irish rival"); a fronted "Unlike its rival
B, A ..." binds "its" forward like "Like"; "A was long B's closest competitor"; a passive of
taking share or customers ("A's market share has been eroded by B"); "B has been poaching its
customers" (no firm poaches its own: "its" is the firm in view); ceding or losing ground in a
market to a firm; a bare "a Dundee-based competitor" of the firm in view; "a rival of both
companies" after "A, owned by K, agreed to buy B" (A and B, not the owner); a bare "Rival B"
after an adviser bank or a unit leans on the article's firm; "Key competitors of A include B"
(no entity "Key").
Guards: a rival bid, a customer (and a rival chain among a seller's buyers), a firm's
parent, "unlike last year", a country, ground ceded in talks, a negated description, a firm
targeting its own customers, and a share bought.

Each case is a short invented text across food, airlines, paper, banking, games, energy,
telecoms, retail, dairy and surfboards.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params, kept

APPOSED: list[Case] = [
    (  # surfboards: the analysis's shape, under a denial
        "Talvo Boards denied it had approached Brisk Boards, its Irish rival, about a merger.",
        [("brisk-boards", "COMPETES_WITH", "talvo-boards")],
        [],
    ),
    (  # food: under a hedge
        "Quillex Foods may bid for Halvik Foods, its closest competitor.",
        [("halvik-foods", "COMPETES_WITH", "quillex-foods")],
        [],
    ),
    (  # dairy: a named possessor in the appositive, under an intent
        "Quillex Foods is considering an offer for Halvik Dairy, Tarsa Group's main rival.",
        [("halvik-dairy", "COMPETES_WITH", "tarsa-group")],
        [("quillex-foods", "COMPETES_WITH", "halvik-dairy")],
    ),
    (  # airlines: "its nearest rival, B," before the name, the firm in the sentence before
        "Quillex Air lost passengers last year. Its nearest rival, Halvik Air, gained them.",
        [("halvik-air", "COMPETES_WITH", "quillex-air")],
        [],
    ),
    (  # guard: a customer in the same slot
        "Quillex Foods denied it had approached Halvik Foods, its largest customer, about a "
        "merger.",
        [],
        [("halvik-foods", "COMPETES_WITH", "quillex-foods")],
    ),
    (  # guard: a negated description
        "Quillex Foods denied it had approached Halvik Foods, never its rival, about a merger.",
        [],
        [("halvik-foods", "COMPETES_WITH", "quillex-foods")],
    ),
]

UNLIKE_AND_COPULA: list[Case] = [
    (  # telecoms: "Unlike its Danish competitor"
        "Unlike its Danish competitor Halvik Telecom, Quillex Telecom raised prices.",
        [("halvik-telecom", "COMPETES_WITH", "quillex-telecom")],
        [],
    ),
    (  # guard: a parent is no rival
        "Unlike its parent Halvik Group, Quillex Foods raised prices.",
        [],
        [("halvik-group", "COMPETES_WITH", "quillex-foods")],
    ),
    (  # guard: "unlike last year" and a country
        "Unlike Germany, Quillex Foods raised prices.",
        [],
        [("quillex-foods", "COMPETES_WITH", "germany")],
    ),
    (  # media: "was long" the main rival of, past an aside
        "Kelvara Media, founded in 1990, was long the main rival of Ostrel Press.",
        [("kelvara-media", "COMPETES_WITH", "ostrel-press")],
        [],
    ),
    (  # guard: "was long" a customer
        "Quillex Air was long Halvik Air's biggest customer.",
        [],
        [("quillex-air", "COMPETES_WITH", "halvik-air")],
    ),
]

TAKEN: list[Case] = [
    (  # food: two agents, an adverb in the passive, the owner a pronoun
        "Quillex Foods said its market share had been steadily eroded by Halvik Foods and Tarsa "
        "Group.",
        [
            ("halvik-foods", "COMPETES_WITH", "quillex-foods"),
            ("tarsa-group", "COMPETES_WITH", "quillex-foods"),
        ],
        [],
    ),
    (  # banking: customers poached, in the passive
        "Ostrel Bank's customers were poached by Kelmar Bank last year.",
        [("kelmar-bank", "COMPETES_WITH", "ostrel-bank")],
        [],
    ),
    (  # guard: shares bought in the passive are no rivalry
        "Quillex Foods' shares were bought by Halvik Capital.",
        [],
        [("halvik-capital", "COMPETES_WITH", "quillex-foods")],
    ),
    (  # guard: a negated passive
        "Quillex Foods' market share has not been eroded by Halvik Foods.",
        [],
        [("halvik-foods", "COMPETES_WITH", "quillex-foods")],
    ),
    (  # airlines: "its customers" after poaching is the firm in view
        "Quillex Air is struggling. Halvik Air has been poaching its customers.",
        [("halvik-air", "COMPETES_WITH", "quillex-air")],
        [],
    ),
    (  # banking: in a relative clause
        "Quillex Banking lost deposits. Kelmar Bank, which has been stealing its customers, "
        "raised rates.",
        [("kelmar-bank", "COMPETES_WITH", "quillex-banking")],
        [],
    ),
    (  # guard: targeting its own customers with discounts
        "Quillex Air is struggling. Halvik Air is targeting its customers with discounts.",
        [],
        [("halvik-air", "COMPETES_WITH", "quillex-air")],
    ),
    (  # food: ceding ground in a market, "the firm" subject
        "Quillex Foods sells frozen desserts. The firm continues to cede ground in frozen "
        "desserts to Polarine Foods, the segment leader.",
        [("quillex-foods", "COMPETES_WITH", "polarine-foods")],
        [],
    ),
    (  # retail: losing ground in a region
        "Quillex Stores has been losing ground in Scotland to Polarine Stores.",
        [("quillex-stores", "COMPETES_WITH", "polarine-stores")],
        [],
    ),
    (  # guard: ground ceded in talks
        "Quillex Foods ceded ground in the negotiations to Polarine Capital.",
        [],
        [("quillex-foods", "COMPETES_WITH", "polarine-capital")],
    ),
]

IN_VIEW: list[Case] = [
    (  # games: a place before "-based", a person owning the rival
        "Quillex Games is growing fast. Anna Moss owns Puzzlebox, a Dundee-based competitor "
        "with three games.",
        [("puzzlebox", "COMPETES_WITH", "quillex-games")],
        [("puzzlebox", "COMPETES_WITH", "anna-moss")],
    ),
    (  # paper: a bare "Rival B" after the adviser bank
        "Quillex Paper is up for sale. Brannock Bank is advising on the sale. Rival Halvik "
        "Paper mothballed a mill in 2022.",
        [("halvik-paper", "COMPETES_WITH", "quillex-paper")],
        [("halvik-paper", "COMPETES_WITH", "brannock-bank")],
    ),
    (  # paper: after a relative clause of advice
        "Quillex Paper is up for sale. Brannock Bank, which advises Quillex Paper, said bids "
        "were due in May. Rival Halvik Paper mothballed a mill in 2022.",
        [("halvik-paper", "COMPETES_WITH", "quillex-paper")],
        [("halvik-paper", "COMPETES_WITH", "brannock-bank")],
    ),
    (  # dairy: "a rival of both companies" after a buyer with an owner
        "Quillex Foods, owned by Tarsa Holdings, agreed to buy Brannock Dairy. The Competition "
        "Board is reviewing the deal. Fennick Foods, a rival of both companies, objected.",
        [
            ("fennick-foods", "COMPETES_WITH", "quillex-foods"),
            ("fennick-foods", "COMPETES_WITH", "brannock-dairy"),
        ],
        [("fennick-foods", "COMPETES_WITH", "tarsa-holdings")],
    ),
    (  # food: "both the buyer and the target"
        "Quillex Foods agreed to buy Tarsa Dairy. Fennick Foods, a competitor of both the buyer "
        "and the target, lodged the complaint.",
        [
            ("fennick-foods", "COMPETES_WITH", "quillex-foods"),
            ("fennick-foods", "COMPETES_WITH", "tarsa-dairy"),
        ],
        [],
    ),
    (  # energy: "Key" opens no name
        "Key competitors of Quillex Energy include Halvik Power and Tarsa Gas.",
        [
            ("halvik-power", "COMPETES_WITH", "quillex-energy"),
            ("tarsa-gas", "COMPETES_WITH", "quillex-energy"),
        ],
        [("key", "COMPETES_WITH", "quillex-energy")],
    ),
    (  # guard: a rival bid is no firm
        "Quillex Foods denied it had approached Halvik Foods, its rival bid, about a merger.",
        [],
        [("halvik-foods", "COMPETES_WITH", "quillex-foods")],
    ),
    (  # guard: a rival chain among the buyers is the customer's rival, not the seller's
        "Quillex Foods sells cheese to Halvik Stores, its biggest customer, and to Tarsa "
        "Retail, a rival chain.",
        [],
        [("tarsa-retail", "COMPETES_WITH", "quillex-foods")],
    ),
    (  # dairy: a business sold to a rival stays rivalry
        "Quillex Foods sold its bakery to Tarsa Foods, a rival, in May.",
        [("tarsa-foods", "COMPETES_WITH", "quillex-foods")],
        [],
    ),
    (  # guard: bidders listed alongside are not called rivals
        "Halvik Capital bid for Tarsa Dairy alongside Brannock Partners and Kelmar Equity.",
        [],
        [
            ("halvik-capital", "COMPETES_WITH", "brannock-partners"),
            ("brannock-partners", "COMPETES_WITH", "kelmar-equity"),
        ],
    ),
]

GAP_CASES: list[Case] = [
    (  # the firm named only in the sentence after "The company"
        "The company faces competition from Halvik Foods. Quillex Foods said sales fell.",
        [("halvik-foods", "COMPETES_WITH", "quillex-foods")],
        [],
    ),
    (  # a rival described as a platform is typed Product
        "Quillex Pay raised fees. The criticism came from Halvik Pay, a rival platform, which "
        "accused Quillex Pay of price gouging.",
        [("halvik-pay", "COMPETES_WITH", "quillex-pay")],
        [],
    ),
]

BANK = APPOSED + UNLIKE_AND_COPULA + TAKEN + IN_VIEW + GAP_CASES
GAPS: dict[str, str] = {
    "The company faces competition": "a definite 'the company' before any name is not bound "
    "forward to the firm the next sentence names",
    "Quillex Pay raised fees. The criticism": "'a rival platform' votes the rival's name a "
    "Product, so the rival_suer reading of the relative clause has no organization",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_rivalsb17(case: Case) -> None:
    check(*case)


def test_rival_adjective_is_no_name() -> None:
    """ "Key competitors of A include B": "Key" is no entity; the verb "rivals" keeps the
    name before it ("Halvik rivals Quillex in size")."""
    assert "Key" not in kept("Key competitors of Quillex Energy include Halvik Power.")
    assert "Fierce" not in kept("Fierce rivals such as Halvik Power cut prices.")
    assert "Halvik" in kept("Halvik rivals Quillex in size.")
