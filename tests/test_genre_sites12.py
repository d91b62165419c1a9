"""Genre bank for a firm's site, store or facility in a place (round 12): more facility nouns
(store, shop, shops, quarry; a mine, pit, quarry, warehouse or clinic "near" a town, a chain or
group of N stores), and the holder of a site run by a verb ("runs a mine near C") when the
nearest name is an example ("including Y") or an agent ("bought by Y", "a unit of Y"): the
verb's subject holds the site.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across retail, mining, logistics, health, food, telecoms and leisure. Guards: stores a
firm sells through, a customer named in a list, "the company" after a prepositional phrase, a
store whose owner is only a preposition's object.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

FACILITIES: list[Case] = [
    (  # retail: a store
        "Tessaly Outfitters opened a store in Marrowby last spring.",
        [("tessaly-outfitters", "LOCATED_IN", "marrowby")],
        [],
    ),
    (  # retail: a flagship store with modifiers
        "Vennick Fashion opened the new flagship store in Dalby, its biggest.",
        [("vennick-fashion", "LOCATED_IN", "dalby")],
        [],
    ),
    (  # food: plural shops with a verb of owning
        "Harrow Bakers has 14 shops in Tarnley.",
        [("harrow-bakers", "LOCATED_IN", "tarnley")],
        [],
    ),
    (  # food: a group of shops
        "Pellow Butchers now runs a group of 12 shops in Kelvedon.",
        [("pellow-butchers", "LOCATED_IN", "kelvedon")],
        [],
    ),
    (  # retail: a chain of stores
        "Ardent Hardware owns a chain of 30 stores in Lorrington.",
        [("ardent-hardware", "LOCATED_IN", "lorrington")],
        [],
    ),
    (  # mining: a mine near a town
        "Castell Minerals runs a mine near Brackwater.",
        [("castell-minerals", "LOCATED_IN", "brackwater")],
        [],
    ),
    (  # aggregates: a quarry
        "Dunmore Aggregates operates a quarry near Selby Cross.",
        [("dunmore-aggregates", "LOCATED_IN", "selby-cross")],
        [],
    ),
    (  # aggregates: a pit and a works, coordinated
        "Garrow Sand runs a pit and a water treatment works near Lindow.",
        [("garrow-sand", "LOCATED_IN", "lindow")],
        [],
    ),
    (  # logistics: a warehouse near a town
        "Fenlow Freight opened a warehouse near Oldcastle.",
        [("fenlow-freight", "LOCATED_IN", "oldcastle")],
        [],
    ),
    (  # logistics: a depot in a town (already read)
        "Marsh Parcels has a depot in Quenby.",
        [("marsh-parcels", "LOCATED_IN", "quenby")],
        [],
    ),
    (  # health: a clinic near a town
        "Orvale Health runs a clinic near Pennick.",
        [("orvale-health", "LOCATED_IN", "pennick")],
        [],
    ),
    (  # telecoms: a call centre (already read)
        "Brenmoor Telecom opened a call centre in Ravensby recently.",
        [("brenmoor-telecom", "LOCATED_IN", "ravensby")],
        [],
    ),
]

HOLDERS: list[Case] = [
    (  # mining: the customer list after "including" holds no site
        "Halvern Salt sells to many councils, including Dunford Council, and runs a mine near "
        "Pellby.",
        [("halvern-salt", "LOCATED_IN", "pellby")],
        [("dunford-council", "LOCATED_IN", "pellby")],
    ),
    (  # mining: a relative clause with a passive agent, then the customer list
        "Halvern Salt, which was bought by Quorra Minerals, sells to councils, including "
        "Dunford Council, and runs a mine in Pellby.",
        [("halvern-salt", "LOCATED_IN", "pellby")],
        [("dunford-council", "LOCATED_IN", "pellby"), ("quorra-minerals", "LOCATED_IN", "pellby")],
    ),
    (  # food: examples after "such as"
        "Kessel Mills supplies grocers such as Tarrant Markets and operates two mills in Ashby.",
        [("kessel-mills", "LOCATED_IN", "ashby")],
        [("tarrant-markets", "LOCATED_IN", "ashby")],
    ),
    (  # retail: the appositive's "of" object is not the subject
        "Quillon Stores, a unit of Brannock Holdings, runs a store in Exley.",
        [("quillon-stores", "LOCATED_IN", "exley")],
        [("brannock-holdings", "LOCATED_IN", "exley")],
    ),
    (  # leisure: a relative clause with its own agent
        "Marrow Leisure, which is owned by Dornwick Capital, opened a clinic near Tarrow.",
        [("marrow-leisure", "LOCATED_IN", "tarrow")],
        [("dornwick-capital", "LOCATED_IN", "tarrow")],
    ),
    (  # food: a relative clause on the object holds its own site (already read)
        "Ostrel Foods bought Vantoria Dairy, which runs a plant in Calverby.",
        [("vantoria-dairy", "LOCATED_IN", "calverby")],
        [("ostrel-foods", "LOCATED_IN", "calverby")],
    ),
]

GUARDS: list[Case] = [
    (  # guard: stores a brand sells through are others'
        "Vennick Fashion sells its jeans through stores in Portavon.",
        [],
        [("vennick-fashion", "LOCATED_IN", "portavon")],
    ),
    (  # guard: stores counted without an owner
        "Its jeans are sold in 200 stores in Portavon.",
        [],
        [],
    ),
    (  # guard: a firm that supplies shops in a town
        "Pellow Farms supplies shops in Kelvedon.",
        [],
        [("pellow-farms", "LOCATED_IN", "kelvedon")],
    ),
    (  # guard: an analyst at a firm in a town
        "An analyst at Harrowby Securities in Vennick said the mine was worth more.",
        [],
        [("harrowby-securities", "LOCATED_IN", "vennick")],
    ),
    (  # guard: a first store abroad is a market entered, no seat
        "Dallow Tea opened its first shop in Kessingvik.",
        [],
        [("dallow-tea", "LOCATED_IN", "kessingvik")],
    ),
    (  # guard: "to store" is a verb
        "Carrow Gas plans to store carbon in Dunmore.",
        [],
        [("carrow-gas", "LOCATED_IN", "dunmore")],
    ),
]

GAPS_CASES: list[Case] = [
    (  # food: "a rival of Y based in C" -> the appositive's head
        "Nessa Crumb, a smaller rival of Tarrin Bread based in Calverby, raised prices.",
        [("nessa-crumb", "LOCATED_IN", "calverby")],
        [("tarrin-bread", "LOCATED_IN", "calverby")],
    ),
    (  # leisure: a named attraction and its town
        "Brannock Leisure already owns the Vantora Aquarium in Exley.",
        [("vantora-aquarium", "LOCATED_IN", "exley")],
        [],
    ),
    (  # ports: "the Exley jetty" after "manages"
        "Corran Ports, which manages the Exley jetty, reported higher profit.",
        [("corran-ports", "LOCATED_IN", "exley")],
        [],
    ),
]

BANK = FACILITIES + HOLDERS + GUARDS + GAPS_CASES
GAPS: dict[str, str] = {
    "Corran Ports": "the place modifies 'jetty' after an article, typed Organization; entity "
    "typing is not this area's",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_sites12(case: Case) -> None:
    check(*case)
