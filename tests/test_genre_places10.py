"""Genre bank for places and projects (round 10): a named development introduced by an
appositive and placed by a participle or a contact relative ("X, a care village going up on the
outskirts of D", "X, the resort the firm is putting up near D", "X, the 1,500-home village the
group is developing near D"); a development named as a village is a Project, not a place; and
products introduced by a product descriptor ("Z, a sugar-free cola", "its FreightPass
subscription", "its RouteTag toll badge") are Products their owner OWNS.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across housing, care, leisure, energy, drinks, transport and retail. Guards: a real
village that votes, a firm (not a project) building something near a place.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

PROJECTS: list[Case] = [
    (  # housing: contact relative with "developing"
        "Talk centred on Elmbrook Fields, the 1,500-home village the group is developing near "
        "Harlowe. Vantage Homes reported higher sales.",
        [("elmbrook-fields", "LOCATED_IN", "harlowe")],
        [],
    ),
    (  # care: "going up on the outskirts of"
        "Corrin Care is building Ashdene Court, a care village going up on the outskirts of "
        "Maltby.",
        [("ashdene-court", "LOCATED_IN", "maltby")],
        [],
    ),
    (  # leisure: "the resort the firm is putting up near"
        "Pelham Resorts opened a sales office for Sandmere Bay, the resort the firm is putting "
        "up near Colbury.",
        [("sandmere-bay", "LOCATED_IN", "colbury")],
        [],
    ),
    (  # energy: "the solar park the company is building outside"
        "Ulver Power gave an update on Brackwater Solar Park, the solar park the company is "
        "building outside Tamsley.",
        [("brackwater-solar-park", "LOCATED_IN", "tamsley")],
        [],
    ),
    (  # retirement: a garden village being built at the edge of a town
        "Osterby Living chose Fernhill, a garden village being built at the edge of Ravensholt, "
        "for its first homes.",
        [("fernhill", "LOCATED_IN", "ravensholt")],
        [],
    ),
    (  # transport: "the depot the operator is constructing near"
        "Kellin Rail described Northgate Yard, the depot the operator is constructing near "
        "Drumlow.",
        [("northgate-yard", "LOCATED_IN", "drumlow")],
        [],
    ),
    (  # housing, sector variant: "care village" with "which X is financing" (place only)
        "Hallow Park, a retirement village going up near Dunmere, which Corrin Retirement is "
        "financing with new equity, opens next year.",
        [("hallow-park", "LOCATED_IN", "dunmere")],
        [],
    ),
    (  # FUNDS by "which X is financing": not read yet
        "Hallow Glen, a care village going up near Dunmere, which Corrin Retirement is "
        "financing with new equity, opens next year.",
        [("corrin-retirement", "FUNDS", "hallow-glen")],
        [],
    ),
]

PROJECT_GUARDS: list[Case] = [
    (  # guard: a real village votes
        "Ashby Meadows, a village near Wexley, voted against the scheme.",
        [],
        [("ashby-meadows", "LOCATED_IN", "wexley")],
    ),
    (  # guard: a firm building something near a place is no project there
        "Ostrel Foods, the firm that is building a depot near Colbury, hired staff.",
        [],
        [("ostrel-foods", "LOCATED_IN", "colbury")],
    ),
    (  # guard: a resort the firm sold, not one it is putting up
        "Sandmere Bay, the resort the firm sold last year, is near Colbury, said Pelham Resorts.",
        [],
        [("pelham-resorts", "LOCATED_IN", "colbury")],
    ),
]

PRODUCTS: list[Case] = [
    (  # transport: possessed subscription
        "Tarrow Transit raised the price of its FreightPass subscription.",
        [("tarrow-transit", "OWNS", "freightpass")],
        [],
    ),
    (  # tolls: possessed toll badge
        "Kelvane Tolls said its RouteTag toll badge sold well.",
        [("kelvane-tolls", "OWNS", "routetag")],
        [],
    ),
    (  # leisure: possessed season pass
        "Ridgeline Parks cut the price of its PeakRun season pass.",
        [("ridgeline-parks", "OWNS", "peakrun")],
        [],
    ),
    (  # drinks: a launch with a product descriptor
        "Halberg Drinks launched Zinga, a sugar-free cola, in 2021.",
        [("halberg-drinks", "FOUNDED", "zinga")],
        [],
    ),
    (  # drinks: an energy drink, possessed
        "Marrow Beverages said its Kickline energy drink was its best seller.",
        [("marrow-beverages", "OWNS", "kickline")],
        [],
    ),
    (  # a name ending in "+": not read yet
        "Halberg Drinks has brought out Volt+, an energy drink.",
        [("halberg-drinks", "FOUNDED", "volt")],
        [],
    ),
]

BANK = PROJECTS + PROJECT_GUARDS + PRODUCTS
GAPS: dict[str, str] = {
    "Hallow Glen": "FUNDS from a relative 'which X is financing' on a project's appositive is "
    "not read (the relative's object is the project two phrases back)",
    "Halberg Drinks has brought out Volt+": "a name ending in '+' is never a name candidate",
}
DRINKS = "drink heads and 'subscription' measured wrong relations on allowed sets; left out"


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_places10(case: Case) -> None:
    check(*case)


TYPED: list[tuple[str, dict[str, str]]] = [
    (
        "Elmbrook Fields, the 1,500-home village the group is developing, sold out.",
        {"Elmbrook Fields": "Project"},
    ),
    (
        "Ashdene Court, a care village going up near Maltby, opens in May.",
        {"Ashdene Court": "Project"},
    ),
    ("Kelvane Tolls said its RouteTag toll badge sold well.", {"RouteTag": "Product"}),
    ("Ridgeline Parks cut the price of its PeakRun season pass.", {"PeakRun": "Product"}),
    # typthing26: a possessed name before a noun no list types as a firm's is a product
    (
        "Tarrow Transit raised the price of its FreightPass subscription.",
        {"FreightPass": "Product"},
    ),
    # product27: an appositive owned by "its" types the drink, with no drink head in a list
    (
        "Pellam Zero, its top-selling cola, grew fast, said Orrin Beverages.",
        {"Pellam Zero": "Product"},
    ),
]
TYPED_GAPS: list[tuple[str, dict[str, str]]] = []
TYPED_PARAMS = [pytest.param(*t, id=t[0][:50]) for t in TYPED] + [
    pytest.param(*t, id=t[0][:50], marks=pytest.mark.xfail(strict=True, reason=DRINKS))
    for t in TYPED_GAPS
]


@pytest.mark.parametrize("text,must", TYPED_PARAMS)
def test_genre_places10_types(text: str, must: dict[str, str]) -> None:
    check_types(text, must, [])
