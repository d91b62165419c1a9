"""Precision readings of round 40 (invented sentences, several sectors).

Works of a firm's counterparts in its supply chain are no seat of the firm:

- a contract maker's site: a contract word among the site noun's modifiers ("relies on
  contract factories in Vietnam", "uses third-party foundries in Taiwan", "subcontracted
  workshops in Morocco") or a making done under contract ("prints its magazines under contract
  in Leeds");
- a buyer's site the goods go to: a bare plural site after the "to" of a verb of sending
  goods out ("shipped most of its ore to rolling mills in Japan", "exports its pulp to paper
  mills in Germany"), the mirror of "buys its beans from farms in C".

The firm's own sites stay: a contract plant it runs or calls its own ("runs a contract
manufacturing plant in Leith", "its contract plant in Leith"), goods made in its own works
("makes its cheese in Normandy"), production moved to its own plant, goods shipped from its
own mills, and a contract won before a plant opened.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

CONTRACT_MAKERS: list[Case] = [
    (  # drinkware: "depended on contract factories in A and B"
        "For years Brisk Bottles has depended on contract factories in Thailand and Malaysia "
        "for its flasks.",
        [],
        [("brisk-bottles", "LOCATED_IN", "thailand"), ("brisk-bottles", "LOCATED_IN", "malaysia")],
    ),
    (  # toys: a seat in a relative clause kept, the contract plants not
        "Pello Toys, which is based in Lyon, uses contract plants in Poland for most of its range.",
        [("pello-toys", "LOCATED_IN", "lyon")],
        [("pello-toys", "LOCATED_IN", "poland")],
    ),
    (  # semiconductors: "third-party foundries"
        "Corra Chips relies on third-party foundries in Taiwan for its wafers.",
        [],
        [("corra-chips", "LOCATED_IN", "taiwan")],
    ),
    (  # publishing: "prints its magazines under contract in C"
        "Orlen Press, which publishes the Daily Lark, prints its magazines under contract in "
        "Leeds.",
        [("orlen-press", "OWNS", "daily-lark")],
        [("orlen-press", "LOCATED_IN", "leeds")],
    ),
    (  # dairy: an appositive seat kept, a making under contract elsewhere not
        "Dunmore Dairies, a Cork cheesemaker, makes its cheddar under contract in Wales.",
        [("dunmore-dairies", "LOCATED_IN", "cork")],
        [("dunmore-dairies", "LOCATED_IN", "wales")],
    ),
]

BUYER_SITES: list[Case] = [
    (  # mining: "shipped most of its ore last year to rolling mills in C"
        "Kaldo Ore, which runs a pit near Tarkwa, shipped most of its ore last year to rolling "
        "mills in Japan.",
        [("kaldo-ore", "LOCATED_IN", "tarkwa")],
        [("kaldo-ore", "LOCATED_IN", "japan")],
    ),
    (  # pulp: "exports most of its pulp to paper mills in C"
        "Fenwick Pulp, which is based in Kotka, exports most of its pulp to paper mills in "
        "Germany.",
        [("fenwick-pulp", "LOCATED_IN", "kotka")],
        [("fenwick-pulp", "LOCATED_IN", "germany")],
    ),
    (  # timber: "delivers sawn logs to sawmills in A and B"
        "Osk Timber, based in Umea, delivers sawn logs to sawmills in Latvia and Estonia.",
        [("osk-timber", "LOCATED_IN", "umea")],
        [("osk-timber", "LOCATED_IN", "latvia"), ("osk-timber", "LOCATED_IN", "estonia")],
    ),
]

OWN_SITES: list[Case] = [
    (  # a contract plant the firm runs is its own
        "Calbrook Pharma runs a contract manufacturing plant in Leith.",
        [("calbrook-pharma", "LOCATED_IN", "leith")],
        [],
    ),
    (  # "its contract plant": its own
        "Calbrook Pharma said its contract plant in Leith would close next year.",
        [("calbrook-pharma", "LOCATED_IN", "leith")],
        [],
    ),
    (  # production moved "to its plant": its own
        "Kuchen AG will shift production of ovens to its plant in Brno.",
        [("kuchen", "LOCATED_IN", "brno")],
        [],
    ),
    (  # plural sites run by the firm
        "Vardo Foods operates three plants in Leipzig and Halle.",
        [("vardo-foods", "LOCATED_IN", "leipzig"), ("vardo-foods", "LOCATED_IN", "halle")],
        [],
    ),
    (  # goods made in its own works
        "Vardo Foods makes its cheese in Normandy.",
        [("vardo-foods", "LOCATED_IN", "normandy")],
        [],
    ),
    (  # shipped "from its mills": its own
        "Marl Steel ships coil from its mills in Gdansk and Szczecin.",
        [("marl-steel", "LOCATED_IN", "gdansk"), ("marl-steel", "LOCATED_IN", "szczecin")],
        [],
    ),
    (  # a contract won, then a plant opened: its own plant
        "Holt Print won a contract last year and opened a plant in Derby.",
        [("holt-print", "LOCATED_IN", "derby")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CONTRACT_MAKERS + BUYER_SITES + OWN_SITES)
def test_counterpart_works(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
