"""Genre bank for ownership read through context (round 33).

A run of holders: after a sentence that stated stakes only in a firm the headline names (or a
takeover's target), held by others than the firm in view, a new holder's bare share ("P,
which owns 7%, ...", "The rest is held by A, with 27%, and B, with 12%") is of that firm,
however far back the bid was and however often its buyer is named.
Guards: a holder the article named before keeps to the firm it was tied to; a share the firm
in view holds in its unit does not start a run; a founder's or a shareholder's share of a
named firm stays with that firm; a market share is no holding.

A product named after a possessive and a tie noun ("its partner platform X", "its rival app
X", "whose partner brand X") is the tied party's, not the possessor's; a plain product noun
("its booking app X", "its flagship cereal X") stays owned.

Invented texts across dredging, pools, tiles, ferries, ticketing and cereals.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

BID = (
    "Corvane Dredging goes hostile for Maaswerk Group\n\n"
    "Corvane Dredging took its pursuit of Maaswerk Group to shareholders on Monday with a "
    "bid of 40 euros for each share. Corvane said the offer was fair. Corvane is backed by "
    "Lindqvist Holding. Corvane's chief executive spoke to reporters. Corvane runs 40 vessels. "
    "Corvane expects to win. Corvane has hired advisers. Hedda Beheer, which has "
    "18 per cent of Maaswerk, supports the offer. "
)
POOLS = (
    "Aldane Pools to buy heat-pump maker Calora\n\n"
    "Aldane Pools, the maker of pool pumps, announced a deal on Tuesday to take over "
    "Calora for 90 million euros. Aldane will pay in cash. Its boss described the purchase as "
    "logical. Aldane makes robotic cleaners at its plant in Dijon. Aldane is controlled "
    "by Ormsby Capital. Aldane hopes to complete the purchase by October. Calora's founder, "
    "Marie Dutour, who owns 40% of Calora, will keep running the business. "
)

RUNS: list[Case] = [
    (  # dredging: a new holder's bare share after a holder of the target
        BID + "PFZ Pensioen, a pension scheme that has roughly 7 per cent, wants a higher price.",
        [("pfz-pensioen", "OWNS", "maaswerk-group")],
        [("pfz-pensioen", "OWNS", "corvane-dredging")],
    ),
    (  # dredging: the relative opens the holder
        BID + "Orla Fund, which holds 5 per cent, said it would wait for a better price.",
        [("orla-fund", "OWNS", "maaswerk-group")],
        [("orla-fund", "OWNS", "corvane-dredging")],
    ),
    (  # dredging: two new holders of a joint share
        BID + "Orla Fund and Brisk Capital together hold about 9 per cent.",
        [("orla-fund", "OWNS", "maaswerk-group"), ("brisk-capital", "OWNS", "maaswerk-group")],
        [("orla-fund", "OWNS", "corvane-dredging")],
    ),
    (  # dredging: a rival bidder's stake is in the target
        BID + "Tarrow Ships, which owns 5 per cent, has also bid for Maaswerk.",
        [("tarrow-ships", "OWNS", "maaswerk-group")],
        [("tarrow-ships", "OWNS", "corvane-dredging")],
    ),
    (  # pools: the rest listed with shares after a founder's share of the target
        POOLS + "Other shares sit with Loire Croissance, a regional investor, with 27%, and "
        "with Banque Nova, with 12%.",
        [("loire-croissance", "OWNS", "calora"), ("banque-nova", "OWNS", "calora")],
        [("loire-croissance", "OWNS", "aldane-pools"), ("banque-nova", "OWNS", "aldane-pools")],
    ),
]

GUARDS: list[Case] = [
    (  # dredging: a holder named before keeps to its firm
        BID + "Lindqvist Holding, which owns 41 per cent, will vote for the share issue "
        "Corvane needs.",
        [("lindqvist-holding", "OWNS", "corvane-dredging")],
        [("lindqvist-holding", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a founder's share of a named firm
        BID + "Corvane's founder, Piet Vos, who still owns 6 per cent, called the bid overdue.",
        [("piet-vos", "OWNS", "corvane-dredging")],
        [("piet-vos", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a shareholder of the bidder by its title
        BID + "Corvane shareholder Tern Partners, which owns 4 per cent, welcomed the move.",
        [("tern-partners", "OWNS", "corvane-dredging")],
        [("tern-partners", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: the run is broken by a holder of the bidder
        BID + "Arlo Capital, which owns 5 per cent of Corvane, has doubts. Brisk Fund, which "
        "holds 3 per cent, agreed.",
        [("arlo-capital", "OWNS", "corvane-dredging"), ("brisk-fund", "OWNS", "corvane-dredging")],
        [("brisk-fund", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a planned share is no holding
        BID + "Orla Fund, which plans to buy 5 per cent, has not decided.",
        [],
        [("orla-fund", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a share sold is no holding
        BID + "Orla Fund, which sold its 5 per cent last year, declined to comment.",
        [],
        [("orla-fund", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: the bidder's largest shareholder by its title
        BID + "Orla Fund, Corvane's largest shareholder with 15 per cent, backs the bid.",
        [("orla-fund", "OWNS", "corvane-dredging")],
        [("orla-fund", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a market share is no holding
        BID + "Skell Marine, which has 20 per cent of the market, declined to comment.",
        [],
        [("skell-marine", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a share of assets managed
        BID + "Ostra Bank, which manages 3 per cent of Dutch pension assets, declined to comment.",
        [],
        [("ostra-bank", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a denied share
        BID + "Hale Partners does not own 8 per cent, the company said.",
        [],
        [("hale-partners", "OWNS", "maaswerk-group")],
    ),
    (  # ferries: the firm in view holds its unit: no run
        "Orsk Marine reports record sales\n\n"
        "Orsk Marine reported record sales on Monday. Orsk Marine makes ferries. Orsk Marine "
        "holds 40% of its unit Tarsa Yards. Pellow Fund, which owns 5%, wants a new board.",
        [("pellow-fund", "OWNS", "orsk-marine")],
        [("pellow-fund", "OWNS", "tarsa-yards")],
    ),
    (  # tiles: a holder of a firm no headline names does not start a run
        "Pellan Glass reports record sales\n\n"
        "Pellan Glass reported record sales on Monday. Kestrel Fund owns 40% of Pellan. "
        "Kestrel Fund also owns 25% of Tarrow Tiles, a smaller rival. Hale Partners, which "
        "owns 8%, wants a new chairman.",
        [("hale-partners", "OWNS", "pellan-glass")],
        [("hale-partners", "OWNS", "tarrow-tiles")],
    ),
]


TIED_PRODUCTS: list[Case] = [
    (  # ticketing: a partner's platform
        "Orvane Ticketing signed with its partner platform Tixly.",
        [],
        [("orvane-ticketing", "OWNS", "tixly")],
    ),
    (  # ticketing: a rival's app
        "Orvane Ticketing competes with its rival app Tixly.",
        [],
        [("orvane-ticketing", "OWNS", "tixly")],
    ),
    (  # cereals: "whose partner brand"
        "Harlo Foods, whose partner brand Morning Rise sells in Spain, makes cereal.",
        [],
        [("harlo-foods", "OWNS", "morning-rise")],
    ),
    (  # cereals: a rival product with its noun after the name
        "Harlo Foods said its rival Morning Rise cereal was overpriced.",
        [],
        [("harlo-foods", "OWNS", "morning-rise")],
    ),
    (  # ticketing: a plain product noun stays owned
        "Orvane Ticketing sells tickets through its popular booking app Tixly.",
        [("orvane-ticketing", "OWNS", "tixly")],
        [],
    ),
    (  # cereals: modifiers before the product noun
        "Harlo Foods makes its best-selling breakfast cereal Morning Rise in Leeds.",
        [("harlo-foods", "OWNS", "morning-rise")],
        [],
    ),
    (  # cereals: "whose own-label"
        "Harlo Foods, whose own-label cereal Morning Rise sells in Spain, makes cereal.",
        [("harlo-foods", "OWNS", "morning-rise")],
        [],
    ),
]


@pytest.mark.parametrize("case", TIED_PRODUCTS)
def test_tied_products(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", RUNS + GUARDS)
def test_holder_runs(case: Case) -> None:
    check(*case)
