"""Genre bank for the precision of LOCATED_IN (round 21, placesp).

A firm's seat, its plant, yard, store or office in a place, "X-based" and "the <City> firm" are
LOCATED_IN. Not so: a continent or a region of several countries ("a plant in Southeast Asia",
"depots across Scandinavia"), a state or a country used as a reference's modifier ("the Texas
company", like "a Texas lender"), a base of people or money ("a loyal player base in Brazil"),
and a venue or a port the firm only uses ("call at the port in Gdansk", "at a convention centre
in Dubai").

Each case is a short invented text (relations that must be found, relations that must not be),
across solar, pumps, food, freight, mining, oil, insurance, spices, publishing, shipping,
banking, games, seafood, airlines, cement, events, logistics, biotech, energy and hotels.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

L = "LOCATED_IN"

WIDE: list[Case] = [
    (  # solar: a seat in a town, a factory in a region of several countries
        "Sunvale Solar, based in Valencia, will build a factory in Southeast Asia.",
        [("sunvale-solar", L, "valencia")],
        [("sunvale-solar", L, "southeast-asia")],
    ),
    (  # pumps: offices in two continents
        "Harrow Pumps, a Leeds firm, opened offices in Europe and North America.",
        [("harrow-pumps", L, "leeds")],
        [("harrow-pumps", L, "europe"), ("harrow-pumps", L, "north-america")],
    ),
    (  # food: a plant in a country stays, a hub in the Middle East does not
        "Kelda Foods has a plant in Poland and a distribution hub in the Middle East.",
        [("kelda-foods", L, "poland")],
        [("kelda-foods", L, "middle-east")],
    ),
    (  # freight: depots across Scandinavia
        "Norvik Freight, headquartered in Bergen, runs depots across Scandinavia.",
        [("norvik-freight", L, "bergen")],
        [("norvik-freight", L, "scandinavia")],
    ),
    (  # mining: a mine in a continent
        "Ostrel Mining, which is based in Perth, operates a mine in Africa.",
        [("ostrel-mining", L, "perth")],
        [("ostrel-mining", L, "africa")],
    ),
    (  # chips: two builders of a plant in a region (coordinated subjects)
        "Tessaril Semiconductor and Narvo Holdings agreed to jointly build a packaging plant "
        "in Southeast Asia.",
        [],
        [("tessaril-semiconductor", L, "southeast-asia"), ("narvo-holdings", L, "southeast-asia")],
    ),
]

MODIFIERS: list[Case] = [
    (  # fishing: a hyphenated country as a label (review21 A 10: one hyphen handling)
        "Brenna Marine, a Guinea-Bissau trawler operator, bought two boats.",
        [],
        [("brenna-marine", L, "guinea-bissau")],
    ),
    (  # coffee: a hyphenated country before "company"
        "Lorosa Coffee reported higher sales. The Timor-Leste company also raised its prices.",
        [],
        [("lorosa-coffee", L, "timor-leste")],
    ),
    (  # oil: "the Texas company" names no seat
        "Halvard Oil reported higher profits. The Texas company also raised its dividend.",
        [],
        [("halvard-oil", L, "texas")],
    ),
    (  # insurance: the state modifier out, the town of the seat in
        "Mendel Insurance cut costs. The Ohio insurer is based in Columbus.",
        [("mendel-insurance", L, "columbus")],
        [("mendel-insurance", L, "ohio")],
    ),
    (  # spices: an Indian state as a modifier of the sector noun
        "Ravi Spices won a large order. The Kerala company employs 200 people.",
        [],
        [("ravi-spices", L, "kerala")],
    ),
    (  # guard, publishing: a city modifier places the firm
        "Garrow Press sold a title to a rival. The Toronto publisher also cut jobs.",
        [("garrow-press", L, "toronto")],
        [],
    ),
    (  # guard, shipping: "the Hamburg shipowner"
        "Hasso Lines hired a new chief. The Hamburg shipowner has 40 vessels.",
        [("hasso-lines", L, "hamburg")],
        [],
    ),
    (  # guard, biotech: a state before "-based" is a seat
        "Caldera Bio, a Texas-based drugmaker, raised fresh money.",
        [("caldera-bio", L, "texas")],
        [],
    ),
    (  # guard, retail: "the Lyon-based grocer"
        "Marchal, the Lyon-based grocer, said it would enter the Italian market.",
        [("marchal", L, "lyon")],
        [],
    ),
]

BASES: list[Case] = [
    (  # banking: a retail base is customers
        "Lumen Bank has a large retail base in Poland.",
        [],
        [("lumen-bank", L, "poland")],
    ),
    (  # games: players in one country, offices in a town
        "Vantor Games has a loyal player base in Brazil and offices in Austin.",
        [("vantor-games", L, "austin")],
        [("vantor-games", L, "brazil")],
    ),
    (  # seafood: an export base
        "Torvik Seafood has a growing export base in Japan.",
        [],
        [("torvik-seafood", L, "japan")],
    ),
    (  # streaming: subscribers in the plural
        "Pixel Stream has millions of users and a subscriber base in Mexico.",
        [],
        [("pixel-stream", L, "mexico")],
    ),
    (  # guard, airlines: a maintenance base is a site
        "Norra Air keeps its maintenance base in Tromso.",
        [("norra-air", L, "tromso")],
        [],
    ),
]

VENUES: list[Case] = [
    (  # shipping: ships call at a port
        "Baltic Feeder Lines said its ships call at the port in Gdansk twice a week.",
        [],
        [("baltic-feeder-lines", L, "gdansk")],
    ),
    (  # cement: output shipped through a port
        "Grono Cement ships its output through a port in Klaipeda.",
        [],
        [("grono-cement", L, "klaipeda")],
    ),
    (  # events: a convention centre as a venue
        "Marvel Events will stage the show at a convention centre in Dubai.",
        [],
        [("marvel-events", L, "dubai")],
    ),
    (  # energy: a summit's town
        "Siltra Energy will present the wind project at a summit in Oslo.",
        [],
        [("siltra-energy", L, "oslo")],
    ),
    (  # guard, logistics: a distribution centre it runs
        "Pellam Logistics runs a distribution centre in Leeds.",
        [("pellam-logistics", L, "leeds")],
        [],
    ),
    (  # guard, food: its own research centre
        "Kelmar Foods is building its research centre in Ghent.",
        [("kelmar-foods", L, "ghent")],
        [],
    ),
    (  # guard, energy: offices in two towns
        "Siltra Energy's offices in Oslo and London employ 300 people.",
        [("siltra-energy", L, "oslo"), ("siltra-energy", L, "london")],
        [],
    ),
    (  # guard, hotels: a hotel it opened
        "Vesta Hotels opened a hotel in Porto last year.",
        [("vesta-hotels", L, "porto")],
        [],
    ),
    (  # guard, events: a conference held "at its own centre" is its site
        "Marvel Events hosted the fair at its exhibition centre in Utrecht.",
        [("marvel-events", L, "utrecht")],
        [],
    ),
]

BANK = WIDE + MODIFIERS + BASES + VENUES
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_placesp21(case: Case) -> None:
    check(*case)
