"""Genre bank for a firm's site or facility in a place (round 11): more facility nouns (resort,
nursery, plantations, golf course, glasshouses, a shipyard a firm builds at), a site run by a
named operator ("a depot run by X in C"), a site a named builder is putting up ("a factory X is
building in C", the builder too), "the owner of nine farms in C" (LOCATED_IN, never OWNS), and
spending on a joint-venture plant or an outlay on a unit, which locates no spender.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across farming, leisure, shipping, retail, chemicals, energy and logistics. Guards: an
analyst at a firm in a town, a firm that supplies hotels in a town, capex going to a joint
venture factory, an outlay on another's unit.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

FACILITIES: list[Case] = [
    (  # leisure: a resort
        "Marrow Leisure runs a resort in Portavon.",
        [("marrow-leisure", "LOCATED_IN", "portavon")],
        [],
    ),
    (  # leisure: plural resorts with an owner
        "Kessel Hotels owns two resorts in Dunmore.",
        [("kessel-hotels", "LOCATED_IN", "dunmore")],
        [],
    ),
    (  # sport: a golf course
        "Ardent Golf operates a golf course in Kelvedon.",
        [("ardent-golf", "LOCATED_IN", "kelvedon")],
        [],
    ),
    (  # farming: a nursery in a coordinated verb phrase
        "Pellow Growers farms 40 hectares in Westmere and runs a nursery in Oudwijk.",
        [("pellow-growers", "LOCATED_IN", "oudwijk")],
        [],
    ),
    (  # farming: plantations in two places
        "Vantora Tea owns plantations in Kirrin and Dalmoor.",
        [("vantora-tea", "LOCATED_IN", "kirrin"), ("vantora-tea", "LOCATED_IN", "dalmoor")],
        [("vantora-tea", "OWNS", "kirrin")],
    ),
    (  # horticulture: glasshouses
        "Halden Blooms grows roses in its glasshouses in Naaldorp.",
        [("halden-blooms", "LOCATED_IN", "naaldorp")],
        [],
    ),
    (  # shipping: builds hulls at a shipyard
        "Brannock Marine builds its hulls at a shipyard in Penhallow.",
        [("brannock-marine", "LOCATED_IN", "penhallow")],
        [],
    ),
    (  # furniture: builds at a workshop, past tense
        "Tarrow Joinery built the cabinets in a workshop in Bexby.",
        [("tarrow-joinery", "LOCATED_IN", "bexby")],
        [],
    ),
    (  # farming: the owner of nine farms in two places
        "Tessaly Agri, the owner of nine farms in Calverby and Lorrington, was sold.",
        [("tessaly-agri", "LOCATED_IN", "calverby"), ("tessaly-agri", "LOCATED_IN", "lorrington")],
        [("tessaly-agri", "OWNS", "calverby")],
    ),
    (  # dairy: owns farms in a place
        "Osterby Dairy owns six farms in Hallam.",
        [("osterby-dairy", "LOCATED_IN", "hallam")],
        [("osterby-dairy", "OWNS", "hallam")],
    ),
]

OPERATED: list[Case] = [
    (  # logistics: a depot run by a named operator
        "Tarrant Haulage uses a depot run by Norrin Logistics in Caldera.",
        [("norrin-logistics", "LOCATED_IN", "caldera")],
        [("tarrant-haulage", "LOCATED_IN", "caldera")],
    ),
    (  # energy: a terminal operated by a named firm, subject position
        "A terminal operated by Kelso Gas in Marlow Bay was shut.",
        [("kelso-gas", "LOCATED_IN", "marlow-bay")],
        [],
    ),
    (  # logistics: the site as subject, the participle between commas
        "The depot, run by Norrin Logistics in Caldera, opened in May.",
        [("norrin-logistics", "LOCATED_IN", "caldera")],
        [],
    ),
    (  # food: a plant a named firm is putting up
        "Growers will sell to a mill Harl Grain is putting up near Wexby.",
        [("harl-grain", "LOCATED_IN", "wexby")],
        [],
    ),
    (  # chemicals: a factory a named builder is building, in apposition to the site
        "Fenix Works, a factory Norrin Chemicals is building in Chira, got a grant.",
        [("fenix-works", "LOCATED_IN", "chira"), ("norrin-chemicals", "LOCATED_IN", "chira")],
        [],
    ),
    (  # retail: a warehouse a named firm opened
        "Staff moved to a warehouse Pellam Retail opened in Grovesend.",
        [("pellam-retail", "LOCATED_IN", "grovesend")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # guard: a person at a firm in a town
        "An analyst at Quillex Bank in Tarrow cut her target.",
        [],
        [("quillex-bank", "LOCATED_IN", "tarrow")],
    ),
    (  # guard: hotels supplied are customers
        "Quillex Linen supplies hotels in Tarrow.",
        [],
        [("quillex-linen", "LOCATED_IN", "tarrow")],
    ),
    (  # guard: resorts in a place with no owner
        "Occupancy at resorts in Portavon fell, Marrow Leisure said.",
        [],
        [("marrow-leisure", "LOCATED_IN", "portavon")],
    ),
    (  # guard: capex going to a joint-venture factory
        "Lorrand Motors said capital spending would be 70m, most of it going to the joint "
        "venture factory near Brenlow.",
        [],
        [("lorrand-motors", "LOCATED_IN", "brenlow")],
    ),
    (  # guard: an outlay criticised on a unit
        "Kelso Hydrogen attacked the outlay of Varna Energy on a new unit in Brenlow.",
        [],
        [("kelso-hydrogen", "LOCATED_IN", "brenlow")],
    ),
    (  # guard: a depot run by a firm, the user is not located there
        "Osk Foods ships through a depot run by Harl Freight in Ostrund.",
        [],
        [("osk-foods", "LOCATED_IN", "ostrund")],
    ),
    (  # guard: a site run by a firm that is denied
        "Kelso Gas denied that the terminal run by Orvane Energy in Marlow Bay had leaked.",
        [],
        [("kelso-gas", "LOCATED_IN", "marlow-bay")],
    ),
    (  # guard: capex on a joint-venture plant in a compound sentence
        "Quillex Chemicals put its outlay this year at 40m, mostly on a new unit in Tarnby.",
        [],
        [("quillex-chemicals", "LOCATED_IN", "tarnby")],
    ),
    (  # still read: its own plant
        "Varna Energy invested 50m in its plant in Brenlow.",
        [("varna-energy", "LOCATED_IN", "brenlow")],
        [],
    ),
]

BANK = FACILITIES + OPERATED + GUARDS
BUILDER = (
    "a site a named firm is building or opened: the builder's place was tried "
    "(located_sites.operated_site) and cost blind10 precision, where the gold keeps the place "
    "for the project"
)
GAPS: dict[str, str] = {
    "Fenix Works": BUILDER,
    "Staff moved": BUILDER,
    "Growers will sell": BUILDER,
    "Tessaly Agri": "farms are no site noun yet",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_sites11(case: Case) -> None:
    check(*case)
