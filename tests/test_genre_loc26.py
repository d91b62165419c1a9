"""Genre bank for a firm's seat read from its description or a fronted participle (round 26).

`loaders.relations.described_seats`: "NAME, the PLACE NOUN" with any trade or kind noun, and
"Headquartered in PLACE ..., it ..."; and two typing cues of `place_cues` and `type_cues`: a
gazetteer city alone in brackets after a name ("Orlo Tiles (Tarvo)") or after a singular rival
("a competitor in Tarvo"), and a place noun before "where" ("Tarvo, the city where ..."). Guards
keep a person's description and a state before the noun out. The broader "NAME, a ... PREP
PLACE" reading was measured and removed: its cases are strict xfails.

Each case is a short invented text (relations that must be found, relations that must not be),
across theatre, drains, geothermal power, subsea cables, climbing gyms, netting, motorways,
podcasts, cocoa and balloon flights.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DESCRIBED: list[Case] = [
    (  # theatre: "NAME, the PLACE theatre owner,"
        "In 2011 Odile Fenby sold her shares to Stagewell Group, the Leeds theatre "
        "owner, for about 18 million pounds.",
        [("stagewell-group", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # oilfield services: the city's state set off between the city and the noun
        "Velmont Partners agreed to buy Quorran Pumps, the Tulsa, Oklahoma, well-servicing "
        "contractor, for $140 million.",
        [("quorran-pumps", "LOCATED_IN", "tulsa")],
        [("quorran-pumps", "LOCATED_IN", "oklahoma")],
    ),
    (  # guard: a person's job with a place
        "Greta Solvang, the Chicago fund manager, said she had sold her shares in Pellick Bio.",
        [],
        [("greta-solvang", "LOCATED_IN", "chicago")],
    ),
    (  # guard: a state before the noun is a label
        "Taupe Thermal, a Nevada developer whose offer lost, sued Vorn Power.",
        [],
        [("taupe-thermal", "LOCATED_IN", "nevada")],
    ),
]

FRONTED: list[Case] = [
    (  # subsea cables: a fronted participle of seat, then the pronoun subject
        "Nereon Cables lays fibre on the seabed. Headquartered in Porto and employing some 300 "
        "staff, it is small among cable makers.",
        [("nereon-cables", "LOCATED_IN", "porto")],
        [],
    ),
]

TYPED: list[Case] = [
    (  # climbing gyms: a city alone in brackets in a list of purchases
        "Fellrock bought three climbing gyms this year. Cragline (Dublin), two sites; Griff "
        "Werk (Leipzig), one site; Steilwand (Hamburg), two sites.",
        [("griff-werk", "LOCATED_IN", "leipzig"), ("steilwand", "LOCATED_IN", "hamburg")],
        [],
    ),
    (  # fishing nets: the singular rival "a smaller competitor in" a gazetteer city
        "Haldon Nets faces a walkout. Tayford Twine, a smaller competitor in Aberdeen, "
        "reported calls from worried Haldon clients.",
        [("tayford-twine", "LOCATED_IN", "aberdeen")],
        [],
    ),
]

GAP_CASES: list[Case] = [
    (  # balloons: "one of the ... operators in PLACE" (the appositive reading was removed)
        "Ardlune Equity, a Lyon fund, has taken a 25% holding in Cloudhop Balloons, one of the "
        "bigger registered operators in Tarsville, for an undisclosed sum.",
        [("cloudhop-balloons", "LOCATED_IN", "tarsville")],
        [],
    ),
    (  # motorways: a where-clause seat after a city's appositive (the city is typed now)
        "The motorway goes from Cordoba to Granada, the city where Viamotor is headquartered.",
        [("viamotor", "LOCATED_IN", "granada")],
        [],
    ),
    (  # podcasts: "the CITY network and ...": the head ends at "and" (round 27)
        "The angriest episode concerns Marrowby Podcasts, the Boston network and Loudvale's "
        "biggest rival, which sued Loudvale in January.",
        [("marrowby-podcasts", "LOCATED_IN", "boston")],
        [],
    ),
    (  # cocoa: an unresolved "the PLACE-based NOUN" subject
        "Tafo Cocoa grinds beans for chocolate makers. The Accra-based grinder runs two plants.",
        [("tafo-cocoa", "LOCATED_IN", "accra")],
        [],
    ),
    (  # a place's possessive before a name (measured: as often a rival's or a deal's town)
        "Nova bought Copenhagen's Fodselshjem two years later.",
        [("fodselshjem", "LOCATED_IN", "copenhagen")],
        [],
    ),
]

# the appositive reading "NAME, a ... PREP PLACE" added 7 right and 2 wrong on the CHECK half
# (below the .85 bar) and was removed
APPOSED = "no reading of a place ending a firm's set-off description"
BANK = DESCRIBED + FRONTED + TYPED + GAP_CASES
GAPS: dict[str, str] = {
    "Ardlune Equity, a Lyon": APPOSED,
    "The motorway goes from Cordoba": "where_based does not read a where-clause after a typed city",
    "Tafo Cocoa grinds": "an unresolved 'the P-based N' subject names no firm",
    "Nova bought Copenhagen": "a place's possessive before a name is not read (town_possessives)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_loc26(case: Case) -> None:
    check(*case)
