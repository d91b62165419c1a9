"""Genre bank for a firm's seat read from its set-off description (round 26, places).

`loaders.relations.apposed_places`: "NAME, a ... NOUN PREP PLACE" (the place ends the
description; the last place of a chain of phrases), "NAME, the PLACE NOUN" with any trade or
kind noun, "Headquartered in PLACE ..., it ..."; and two typing cues of `place_cues` and
`type_cues`: a gazetteer city alone in brackets after a name ("Orlo Tiles (Tarvo)") or after a
singular rival ("a competitor in Tarvo"), and a place noun before "where" ("Tarvo, the city
where ..."). Guards keep a description's market ("competes ... in P"), a served site ("a
supplier to mills in P"), an event's place ("a startup that won an award in P"), a country or
a state, a person's description and a name after a locative preposition out.

Each case is a short invented text (relations that must be found, relations that must not be),
across rope making, cold storage, brass instruments, podcasts, stadiums, theatre, subsea
cables, climbing gyms, netting, ticketing, cocoa, motorways and casinos.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

APPOSED: list[Case] = [
    (  # ropes: "NAME, a ... maker in PLACE,"
        "Tarvik Ropes, a small rigging maker in Ostby, said on Monday it would cut 40 jobs "
        "after losing a naval order to Brenholm Cordage.",
        [("tarvik-ropes", "LOCATED_IN", "ostby")],
        [],
    ),
    (  # cold storage: a description "with" sites "around" a town
        "Glacia Freight has grown by acquisition: in 2021 it bought Kelder Cold, a Swedish "
        "operator with six sheds around Brandholm, and it now runs 30 sites.",
        [("kelder-cold", "LOCATED_IN", "brandholm")],
        [],
    ),
    (  # brass: a chain of phrases, the last place read
        "Pollmer Horns, a rival maker across the river in Ostrava, sued Vennick Brass in 2022.",
        [("pollmer-horns", "LOCATED_IN", "ostrava")],
        [],
    ),
    (  # stadiums: a project named and described, on land in a town
        "Oakvale United wants to leave its old ground for Hollin Arena, a 9,000-seat stadium on "
        "former dock land in Pellport, which Marrow Homes will build.",
        [("hollin-arena", "LOCATED_IN", "pellport")],
        [],
    ),
    (  # fireworks: "one of the larger operators in PLACE"
        "Ardent Growth, a Lyon fund, has bought a 30% stake in Skyreach Balloons, one of the "
        "larger licensed operators in Tarsville, for an undisclosed sum.",
        [("skyreach-balloons", "LOCATED_IN", "tarsville")],
        [],
    ),
    (  # guard: a description's market, not its seat
        "Kassa Tix, a smaller ticket seller that competes with both companies in Flanders, said "
        "it was studying the announcement by Orbel Events.",
        [],
        [("kassa-tix", "LOCATED_IN", "flanders")],
    ),
    (  # guard: a served site is the client's
        "Brannel Valves, a supplier to paper mills in Tarvo, said orders fell by a fifth.",
        [],
        [("brannel-valves", "LOCATED_IN", "tarvo")],
    ),
    (  # guard: the place of an event in a relative clause
        "Quillon Labs, a startup that won a design award in Ostby, raised $4 million from "
        "Veyra Capital.",
        [],
        [("quillon-labs", "LOCATED_IN", "ostby")],
    ),
    (  # guard: a country after a firm's noun is a footprint
        "Kakao Velde, a company that buys cocoa from farmers in Ghana, opened a plant.",
        [],
        [("kakao-velde", "LOCATED_IN", "ghana")],
    ),
    (  # guard: a name after a locative preposition is a site, not a firm described
        "Copper Mesa Resorts opened its flagship on the Tarnway, a boulevard in Elko, in 2019.",
        [],
        [("tarnway", "LOCATED_IN", "elko")],
    ),
]

DESCRIBED: list[Case] = [
    (  # theatre: "NAME, the PLACE theatre owner,"
        "In 2009 Orrin Pell sold a stake in the company to Stagewell Group, the Leeds theatre "
        "owner, for a sum reported at 20 million pounds.",
        [("stagewell-group", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # drains: the city's state set off between the city and the noun
        "Cobalt Ridge Capital agreed to buy RootWay Drain, the Dayton, Ohio, drain-clearing "
        "operator, for $300 million.",
        [("rootway-drain", "LOCATED_IN", "dayton")],
        [("rootway-drain", "LOCATED_IN", "ohio")],
    ),
    (  # guard: a person's job with a place
        "Marta Lind, the Chicago fund manager, said she had sold her shares in Orvane Bio.",
        [],
        [("marta-lind", "LOCATED_IN", "chicago")],
    ),
    (  # guard: a state before the noun is a label
        "Taupe Thermal, a Nevada developer that had bid for the stake, sued Rift Power.",
        [],
        [("taupe-thermal", "LOCATED_IN", "nevada")],
    ),
]

FRONTED: list[Case] = [
    (  # subsea cables: a fronted participle of seat, then the pronoun subject
        "Nereon Cables lays fibre on the seabed. Headquartered in Porto and employing about 300 "
        "people, it is a minnow among cable makers.",
        [("nereon-cables", "LOCATED_IN", "porto")],
        [],
    ),
]

TYPED: list[Case] = [
    (  # climbing gyms: a city alone in brackets in a list of purchases
        "Fellrock bought three climbing gyms this year. Cragline (Dublin), two sites; Chalk "
        "Werk (Leipzig), one site; Nordwand (Hamburg), two sites.",
        [("chalk-werk", "LOCATED_IN", "leipzig"), ("nordwand", "LOCATED_IN", "hamburg")],
        [],
    ),
    (  # netting: "a smaller competitor in" a gazetteer city
        "Haldon Nets has been hit by a strike. Tayford Netting, a smaller competitor in Dundee, "
        "said it had received calls from Haldon customers.",
        [("tayford-netting", "LOCATED_IN", "dundee")],
        [],
    ),
]

GAP_CASES: list[Case] = [
    (  # motorways: a where-clause seat after a city's appositive (the city is typed now)
        "The road runs from Alicante to Murcia, the city where Viamotor is headquartered.",
        [("viamotor", "LOCATED_IN", "murcia")],
        [],
    ),
    (  # podcasts: a firm typed as a product loses its seat
        "The most heated segment concerns Tidemark Podcasts, the Boston network and Loudvale's "
        "biggest rival, which sued Loudvale in January.",
        [("tidemark-podcasts", "LOCATED_IN", "boston")],
        [],
    ),
    (  # cocoa: an unresolved "the PLACE-based NOUN" subject
        "Kora Cocoa grinds beans for chocolate makers. The Accra-based grinder runs two plants.",
        [("kora-cocoa", "LOCATED_IN", "accra")],
        [],
    ),
    (  # a place's possessive before a name (measured: as often a rival's or a deal's town)
        "Nova bought Copenhagen's Fodselshjem two years later.",
        [("fodselshjem", "LOCATED_IN", "copenhagen")],
        [],
    ),
]

BANK = APPOSED + DESCRIBED + FRONTED + TYPED + GAP_CASES
GAPS: dict[str, str] = {
    "The road runs from Alicante": "where_based does not read a where-clause after a typed city",
    "The most heated segment": "the podcast network is typed Product (no LOCATED_IN from it)",
    "Kora Cocoa grinds": "an unresolved 'the P-based N' subject names no firm",
    "Nova bought Copenhagen": "a place's possessive before a name is not read (town_possessives)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_loc26(case: Case) -> None:
    check(*case)
