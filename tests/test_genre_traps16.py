"""Genre bank for trap readings and light verbs (round 16).

- (A refused approach, offer or bid stays a dispute: tests/test_constructions_disputes.py
  keeps that convention, so "rebuffed an approach by X" is not guarded here.)
- A place after "in" ("fighting in <country>", "a suit against the firm in <city>") is never
  a party of a dispute.
- "before moving to <country>" after a person's clause is where the person went, no seat.
- A description anchored by "at <name>" ("manages the hotel fund at X") is a part of that firm:
  no LEADS of a company named earlier; "the opposition group" is a political body.
- A regulator's "its completed acquisition of X" is the buyer's, never the body's.
- A supply deal between two named firms is trade, no partnership.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across banking, mining, energy, farming, hotels, water, food and retail.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

REFUSALS: list[Case] = [
    (  # must still give: a lawsuit is a dispute
        "Ostrel Mining sued Tarvick Resources over the Kell mine.",
        [("ostrel-mining", "DISPUTES", "tarvick-resources")],
        [],
    ),
    (  # must still give: criticism of the bidder itself
        "Pellmoor Bank criticised Orvel Bank for its hostile tactics.",
        [("pellmoor-bank", "DISPUTES", "orvel-bank")],
        [],
    ),
]

PLACES: list[Case] = [
    (  # energy: "fighting in <country>"
        "Quillex Energy CEO Ian Roe told investors about fighting in Ukraine.",
        [("ian-roe", "LEADS", "quillex-energy")],
        [("ian-roe", "DISPUTES", "ukraine")],
    ),
    (  # farming: a person ran a firm, then moved abroad
        "Ms Ida Rask ran Brisk Farms in Fenby for a decade before moving to Canada.",
        [("ida-rask", "LEADS", "brisk-farms")],
        [("brisk-farms", "LOCATED_IN", "canada")],
    ),
    (  # must still give: a firm's own seat
        "Orvel Foods is based in Harnby and sells cheese across Europe.",
        [("orvel-foods", "LOCATED_IN", "harnby")],
        [],
    ),
]

PARTS: list[Case] = [
    (  # hotels: a fund at another firm after a firm of the same kind
        "Orvel Hotels reported higher profits. Ada Brannock, who manages the hotel fund at "
        "Kestrel Capital, said the sale made sense.",
        [],
        [("ada-brannock", "LEADS", "orvel-hotels")],
    ),
    (  # hotels: the buyer named first
        "Kestrel Capital bought Orvel Hotels. Ada Brannock, who manages the hotel fund at "
        "Kestrel Capital, said the deal made sense.",
        [("kestrel-capital", "OWNS", "orvel-hotels")],
        [("ada-brannock", "LEADS", "orvel-hotels")],
    ),
    (  # water: an opposition group's leader
        "Orvel Water raised bills. Ian Roe, leader of the opposition group on Harnby Council, "
        "criticised the rise.",
        [],
        [("ian-roe", "LEADS", "orvel-water")],
    ),
    (  # water: a committee of another body
        "Orvel Water raised bills. Ian Roe, who chairs the council's audit committee, said the "
        "rise was fair.",
        [],
        [("ian-roe", "LEADS", "orvel-water")],
    ),
    (  # must still give: "has run the firm since"
        "Tessel Labs grew fast. Ian Roe, who has run the firm since 2015, said sales doubled.",
        [("ian-roe", "LEADS", "tessel-labs")],
        [],
    ),
    (  # must still give: a named firm after "runs"
        "Ms Nia Obu runs Dormwell Foods, the Fenby cheese maker.",
        [("nia-obu", "LEADS", "dormwell-foods")],
        [],
    ),
]

REGULATORS: list[Case] = [
    (  # retail: "its completed acquisition" after a watchdog
        "The Competition Authority fined Orvel Group in May. It said its completed acquisition "
        "of Pellmoor had harmed shoppers.",
        [("orvel-group", "OWNS", "pellmoor")],
        [("competition-authority", "OWNS", "pellmoor")],
    ),
    (  # must still give: a company's own "its completed purchase"
        "Kelso Telecom said its completed purchase of Pellin Mobile added 2m customers.",
        [("kelso-telecom", "OWNS", "pellin-mobile")],
        [],
    ),
]

TRADE: list[Case] = [
    (  # food: a supply agreement between a pair
        "Quillex Foods and Vantora Logistics signed a supply agreement in May.",
        [],
        [("quillex-foods", "PARTNERS_WITH", "vantora-logistics")],
    ),
    (  # farming: a supply contract with a partner (already read)
        "Quillex Foods has a supply contract with Vantora Farms.",
        [],
        [("quillex-foods", "PARTNERS_WITH", "vantora-farms")],
    ),
    (  # must still give: a joint venture with a partner
        "Quillex Foods formed a joint venture with Vantora Farms in May.",
        [("quillex-foods", "PARTNERS_WITH", "vantora-farms")],
        [],
    ),
    (  # must still give: a partnership of a pair
        "Quillex Foods and Vantora Farms signed a partnership agreement in May.",
        [("quillex-foods", "PARTNERS_WITH", "vantora-farms")],
        [],
    ),
]

BANK = REFUSALS + PLACES + PARTS + REGULATORS + TRADE
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_traps16(case: Case) -> None:
    check(*case)
