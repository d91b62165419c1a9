"""Review of round 40's readings (invented sentences, several sectors): the mends.

- Counterpart works (`counterpart_works`): the words between a contract word or a "to" and
  the site noun are its modifiers only; a preposition, a joining word or a verb of holding a
  site breaks the chain ("won the contract and opened plants in C", "sells tissue to retailers
  and runs mills in C", "ships coil to carmakers from mills in C" keep the firm's own sites).
  The verb of sending must govern the "to": no other "to" between ("which sells to
  supermarkets, moved to new offices in C"), nor the comma closing the relative clause it
  stands in ("which sells in 30 countries, added two cellars to wineries in C").
- Named sites (`named_sites`, `located.from_place`): a site "near Lake X in P" stands in P,
  not in the lake; a town joined to its river by "nad" or "upon" is a place by its shape
  ("a glassworks at Lipno nad Vltavou").

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

OWN_SITES_KEPT: list[Case] = [
    (  # printing: a contract won, then plants opened
        "Holt Print won the contract and opened plants in Derby and Leeds.",
        [("holt-print", "LOCATED_IN", "derby"), ("holt-print", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # food: a relative clause of selling, then a move to offices
        "Pella Foods, which sells to supermarkets, moved to new offices in Leeds.",
        [("pella-foods", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # paper: selling to retailers, then mills it runs
        "Kestrel Paper sells tissue to retailers and runs mills in Wales.",
        [("kestrel-paper", "LOCATED_IN", "wales")],
        [],
    ),
    (  # dairy: goods sold to buyers from its own plants
        "Arka Dairy sells its milk to supermarkets from plants in Bavaria.",
        [("arka-dairy", "LOCATED_IN", "bavaria")],
        [],
    ),
    (  # steel: shipped to carmakers from its mills
        "Marl Steel ships coil to carmakers from mills in Gdansk.",
        [("marl-steel", "LOCATED_IN", "gdansk")],
        [],
    ),
    (  # parcels: deliveries to homes, depots it runs
        "Brisk Couriers delivers parcels to homes and runs depots in Leeds and York.",
        [("brisk-couriers", "LOCATED_IN", "leeds"), ("brisk-couriers", "LOCATED_IN", "york")],
        [],
    ),
    (  # hotels: two sold to investors, others opened
        "Lark Hotels sold two hotels to investors and opened hotels in Lisbon and Porto.",
        [("lark-hotels", "LOCATED_IN", "lisbon"), ("lark-hotels", "LOCATED_IN", "porto")],
        [],
    ),
    (  # wine: the relative clause of selling closed by its comma
        "Beltrane Wines, which sells in 30 countries, added two cellars to wineries in Rioja.",
        [("beltrane-wines", "LOCATED_IN", "rioja")],
        [],
    ),
]

COUNTERPARTS_STILL: list[Case] = [
    (  # mining: the buyers' mills
        "Tarsk Mining ships its iron ore to steel mills in China.",
        [],
        [("tarsk-mining", "LOCATED_IN", "china")],
    ),
    (  # fish: an export to processors' plants
        "Nordby Fish exports salmon to processing plants in Poland.",
        [],
        [("nordby-fish", "LOCATED_IN", "poland")],
    ),
    (  # mining: in a relative clause, the seat kept
        "Orvik Ore, which ships ore to steel mills in China, is based in Perth.",
        [("orvik-ore", "LOCATED_IN", "perth")],
        [("orvik-ore", "LOCATED_IN", "china")],
    ),
    (  # footwear: a passive of making by contract factories
        "Most of Veska Shoes' trainers are made by contract factories in Vietnam.",
        [],
        [("veska-shoes", "LOCATED_IN", "vietnam")],
    ),
    (  # textiles: production moved to contract mills
        "Tessa Textiles is moving spinning from mills in Turkey to contract mills in Egypt.",
        [],
        [("tessa-textiles", "LOCATED_IN", "egypt")],
    ),
]

NAMED_SITES: list[Case] = [
    (  # leisure: a camp by a lake stands in the state
        "Pine Hollow, a summer camp near Lake Arlo in Vermont, was sold on Friday.",
        [("pine-hollow", "LOCATED_IN", "vermont")],
        [("pine-hollow", "LOCATED_IN", "lake-arlo")],
    ),
    (  # glass: a town joined to its river by "nad" after "at" is a place
        "Vetra Holding has agreed to buy Ostrov Sklo, a family-owned glassworks at Lipno nad "
        "Vltavou.",
        [("ostrov-sklo", "LOCATED_IN", "lipno-nad-vltavou")],
        [],
    ),
    (  # steel: a works noun "near" a town
        "Last year Hartmoor Steel closed Redbank, a steelworks near Carlow.",
        [("redbank", "LOCATED_IN", "carlow")],
        [("hartmoor-steel", "LOCATED_IN", "carlow")],
    ),
    (  # property: two nouns joined, a project noun last
        "The fund owns Harbour Point, an office and housing development in Gdansk.",
        [("harbour-point", "LOCATED_IN", "gdansk")],
        [],
    ),
    (  # shipbuilding: two site nouns joined by "and"
        "The deal includes Lark Yard, a shipyard and repair dock in Gdansk, and two tugs.",
        [("lark-yard", "LOCATED_IN", "gdansk")],
        [],
    ),
]


@pytest.mark.parametrize("case", OWN_SITES_KEPT + COUNTERPARTS_STILL, ids=lambda c: c[0][:48])
def test_counterpart_works(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", NAMED_SITES, ids=lambda c: c[0][:48])
def test_named_sites(case: Case) -> None:
    check(*case)
