"""Genre bank for named sites and projects located by a description after them (round 13):
an appositive site noun past the ground it stands on ("Greenmarsh Arena, a planned stadium on
old rail land in Dunshaw"), with a preposition of nearness ("a grain terminal outside C", "a
ring road around C", "a solar plant on the outskirts of C"), a relative clause ("which lies
just outside C"); and a holder's sites in a coordinated list of towns ("runs flour mills in A
and B", "depots in A, B and C").

Each case is a short invented article (text, relations that must be found, relations that must
not be), across ports, sport, energy, transport, data, property, food, paper, logistics and
hotels. Guards: the builder of a road around a town, a supplier of a terminal, a lender or
investor in a plant, a customer's depots, ferry routes, a market served.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DESCRIBED: list[Case] = [
    (  # ports: "in the harbour of"
        "Sorrel Quay, a container terminal in the harbour of Tavisby, handled record volumes.",
        [("sorrel-quay", "LOCATED_IN", "tavisby")],
        [],
    ),
    (  # sport: a planned stadium on land in a town
        "Greenmarsh Arena, a planned stadium on old rail land in Dunshaw, will open in 2027.",
        [("greenmarsh-arena", "LOCATED_IN", "dunshaw")],
        [],
    ),
    (  # energy: a test site on farmland near a town
        "Project Tamblin, a test site on farmland near Velby, cost 40 million euros.",
        [("project-tamblin", "LOCATED_IN", "velby")],
        [],
    ),
    (  # transport: a ring road around a city
        "The Calder Ring, a ring road around Leeds, is two years late.",
        [("calder-ring", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # ports: "outside" a town, the site then sold
        "Kessock Dock, a grain terminal outside Harlby, was sold to Tarrant Ports last week.",
        [("kessock-dock", "LOCATED_IN", "harlby")],
        [],
    ),
    (  # energy: "on the outskirts of"
        "Brisk Solar Park, a 50MW plant on the outskirts of Tarnley, started output in May.",
        [("brisk-solar-park", "LOCATED_IN", "tarnley")],
        [],
    ),
    (  # data: a relative clause, "lies just outside"
        "The Orlin Data Campus, which lies just outside Leeds, draws river water for cooling.",
        [("orlin-data-campus", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # data: "sits near"
        "The Pellow Data Campus, which sits near Ostrava, will double in size.",
        [("pellow-data-campus", "LOCATED_IN", "ostrava")],
        [],
    ),
    (  # logistics: the hub a speaker is building outside a town
        "Tarrow Freight said Vellan Park, the hub it is building outside Dunshaw, will open "
        "next year.",
        [("vellan-park", "LOCATED_IN", "dunshaw")],
        [("tarrow-freight", "LOCATED_IN", "dunshaw")],
    ),
    (  # property: a predicate, "is a shopping centre on the edge of"
        "The Halvern Mall is a shopping centre on the edge of Dunshaw.",
        [("halvern-mall", "LOCATED_IN", "dunshaw")],
        [],
    ),
    (  # ports: the described site is an object of a verb of owning
        "Tarrow Ports owns Kessock Dock, a grain terminal outside Harlby.",
        [("kessock-dock", "LOCATED_IN", "harlby")],
        [],
    ),
    (  # sport: a planned arena on reclaimed ground near a city
        "Dunvale Rovers unveiled Brackwater Arena, a 30,000-seat arena on reclaimed ground "
        "near Cardiff.",
        [("brackwater-arena", "LOCATED_IN", "cardiff")],
        [("dunvale-rovers", "LOCATED_IN", "cardiff")],
    ),
]

TOWN_LISTS: list[Case] = [
    (  # food: two towns after a site phrase
        "Granvel Foods runs flour mills in Wexbury and Tollmere.",
        [
            ("granvel-foods", "LOCATED_IN", "wexbury"),
            ("granvel-foods", "LOCATED_IN", "tollmere"),
        ],
        [],
    ),
    (  # logistics: a relative clause and three towns
        "Harlan Freight, which has depots in Ostby, Brellam and Quessing, was sold.",
        [
            ("harlan-freight", "LOCATED_IN", "ostby"),
            ("harlan-freight", "LOCATED_IN", "brellam"),
            ("harlan-freight", "LOCATED_IN", "quessing"),
        ],
        [],
    ),
    (  # paper: "with mills in A and B"
        "Colwin Paper, with mills in Ardby and Colmere, cut 200 jobs.",
        [("colwin-paper", "LOCATED_IN", "ardby"), ("colwin-paper", "LOCATED_IN", "colmere")],
        [],
    ),
    (  # paper: "its sites in A, B and C" after a verb of employing
        "Colwin Paper employs 900 people at its sites in Ardby, Colmere and Tessing.",
        [
            ("colwin-paper", "LOCATED_IN", "ardby"),
            ("colwin-paper", "LOCATED_IN", "colmere"),
            ("colwin-paper", "LOCATED_IN", "tessing"),
        ],
        [],
    ),
    (  # food: plural creameries after "makes ... at"
        "Pellin Dairy makes cheese at creameries in Ardby and Colmere.",
        [("pellin-dairy", "LOCATED_IN", "ardby"), ("pellin-dairy", "LOCATED_IN", "colmere")],
        [],
    ),
    (  # hotels: a pronoun subject, plural hotels
        "Vessly Hotels had a good year. It runs hotels in Tarnley and Ostby.",
        [("vessly-hotels", "LOCATED_IN", "tarnley"), ("vessly-hotels", "LOCATED_IN", "ostby")],
        [],
    ),
    (  # health: plural clinics after "runs"
        "Osterby Health runs clinics in Marrowby and Ledsham.",
        [("osterby-health", "LOCATED_IN", "marrowby"), ("osterby-health", "LOCATED_IN", "ledsham")],
        [],
    ),
    (  # wine: owned vineyards
        "Castell Wines, which owns vineyards in Ardby and Colmere, raised prices.",
        [("castell-wines", "LOCATED_IN", "ardby"), ("castell-wines", "LOCATED_IN", "colmere")],
        [],
    ),
    (  # timber: sawmills near two towns, and one elided
        "Brenholt Timber runs two sawmills near Ardby and one near Colmere.",
        [("brenholt-timber", "LOCATED_IN", "ardby"), ("brenholt-timber", "LOCATED_IN", "colmere")],
        [],
    ),
    (  # glass: a split list after a comma ("two furnaces, in A and in B")
        "Ferris Glass operates two furnaces, in Ardby and in Colmere.",
        [("ferris-glass", "LOCATED_IN", "ardby"), ("ferris-glass", "LOCATED_IN", "colmere")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # a builder of a ring road is not located around the town
        "Corvane Construction, which is building a ring road around Leeds, reported a loss.",
        [],
        [("corvane-construction", "LOCATED_IN", "leeds")],
    ),
    (  # a supplier of a terminal (served, not held)
        "Pellam Steel won a contract to supply the terminal in Quellby.",
        [],
        [("pellam-steel", "LOCATED_IN", "quellby")],
    ),
    (  # a lender financing a plant
        "Dornish Bank financed the plant in Quellby.",
        [],
        [("dornish-bank", "LOCATED_IN", "quellby")],
    ),
    (  # an investor putting money in a plant
        "Harbeck Capital invested 20 million euros in a plant in Velby.",
        [],
        [("harbeck-capital", "LOCATED_IN", "velby")],
    ),
    (  # a customer's depots are the customer's
        "Tarrow Cement sells to Brell Homes, which runs depots in Ostby and Linmere.",
        [("brell-homes", "LOCATED_IN", "ostby"), ("brell-homes", "LOCATED_IN", "linmere")],
        [("tarrow-cement", "LOCATED_IN", "ostby"), ("tarrow-cement", "LOCATED_IN", "linmere")],
    ),
    (  # hotels without an owner: a market, no site
        "Occupancy at hotels in Ardby and Colmere fell, Vessly Hotels said.",
        [],
        [("vessly-hotels", "LOCATED_IN", "ardby")],
    ),
    (  # a supplier to hotels
        "Halder Linen sells sheets to hotels in Ardby and Colmere.",
        [],
        [("halder-linen", "LOCATED_IN", "ardby"), ("halder-linen", "LOCATED_IN", "colmere")],
    ),
    (  # a project's market is no site
        "Project Tamblin will supply buyers in Velby.",
        [],
        [("project-tamblin", "LOCATED_IN", "velby")],
    ),
    (  # an appositive person is no site
        "Ilse Varrow, a nurse at a hospital outside Leeds, joined the board.",
        [],
        [("ilse-varrow", "LOCATED_IN", "leeds")],
    ),
    (  # a firm that sells around a city
        "Harnby Couriers, a delivery firm, is expanding around Leeds.",
        [],
        [],
    ),
]

BANK = DESCRIBED + TOWN_LISTS + GUARDS
GAPS: dict[str, str] = {
    "Ferris Glass": "a list split by a comma ('two furnaces, in A and in B') has no rule",
    "Harbeck Capital": "money put 'in' a plant: a guard was tried (neutral on every set) and "
    "reverted, as an operating firm that 'invested in a new plant in C' usually owns it",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_projsites13(case: Case) -> None:
    check(*case)
