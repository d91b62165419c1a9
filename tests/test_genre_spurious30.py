"""Genre bank for endpoints that are no entity at all: a name cut into pieces (round 30).

A known place inside a firm's own name stays in it when the run closes on a legal suffix
("Andes Valve Co") or, with a plain word before the place, on an organization word ("Corran
Baltic Bank"); a labour body's name that lists trades with commas and "and" is one name before
a members' plural ("Dairy and Bottling Workers Union") or after a list of three ("Print, Film
and Stage Alliance"). Guards: two parties joined by "and", a known firm in the list, a place
opening a description, a person's name before a place-named firm.

Each case is a short invented text across valves, lending, dairy, events, shipping, timber,
software and bakeries.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

PLACED: list[Case] = [
    (  # valves: a known place opening a firm's name that closes on "Co"
        "Andes Valve Co accused Morvel Fittings of copying its seals, the court heard.",
        [("andes-valve", "DISPUTES", "morvel-fittings")],
        [("valve-co", "DISPUTES", "morvel-fittings")],
    ),
    (  # lending: a known place between a plain word and "Bank"
        "Dunmere Haulage is paying for the trucks with a loan from Corran Baltic Bank, the "
        "company said.",
        [("corran-baltic-bank", "FUNDS", "dunmere-haulage")],
        [("corran", "FUNDS", "dunmere-haulage")],
    ),
    (  # guard: a place, then a firm with a legal suffix of its own
        "Pacific shipper Tarvold Lines Ltd bought Kessar Tugs in June.",
        [("tarvold-lines", "OWNS", "kessar-tugs")],
        [],
    ),
]

LABOUR: list[Case] = [
    (  # dairy: trades joined by "and" before a members' plural and "Union"
        "The Northern Dairy and Bottling Workers Union sued Kesta Foods over the closure of "
        "its creamery.",
        [("the-northern-dairy-and-bottling-workers-union", "DISPUTES", "kesta-foods")],
        [("bottling-workers-union", "DISPUTES", "kesta-foods")],
    ),
    (  # events: a list of three trades before "Alliance"
        "The Print, Film and Stage Alliance criticised Harrowgate Events for cancelling the "
        "show without pay.",
        [("the-print-film-and-stage-alliance", "DISPUTES", "harrowgate-events")],
        [("stage-alliance", "DISPUTES", "harrowgate-events")],
    ),
    (  # guard: two parties, the first a firm with a legal suffix
        "Orlo Timber Ltd and the Sawmill Workers Union sued Brenn Forestry in May.",
        [("orlo-timber", "DISPUTES", "brenn-forestry")],
        [],
    ),
]

NAMES = [
    (  # software: the whole of a place-named firm and of a union
        "Tarsa Atlantic Software Inc hired staff. The Baking and Milling Workers Union met.",
        {"Tarsa Atlantic Software": "Organization"},
        ["Software Inc", "Software"],
    ),
    (  # guard: known firms listed before an alliance stay apart
        "Apple, Google and Samsung Alliance members met Vessla Bakeries in Oslo.",
        {"Apple": "Organization", "Google": "Organization"},
        ["Apple, Google and Samsung Alliance"],
    ),
]

ROUTES: list[Case] = [
    (  # ferries: the ends of routes "from X and Y" are places, no disputing parties
        "Vell Ferries, which competes with Corra Lines on sailings from Tarrowby and Kelmsay, "
        "argued that the merger would raise fares.",
        [],
        [("tarrowby", "DISPUTES", "kelmsay"), ("kelmsay", "DISPUTES", "tarrowby")],
    ),
]

OPENERS: list[Case] = [
    (  # shipping, guard: a participle opening an obituary's sentence is no founder
        "Born in Hull in 1940, Arne Voss founded Vosslink Ferries in 1972.",
        [("arne-voss", "FOUNDED", "vosslink-ferries")],
        [("born", "FOUNDED", "vosslink-ferries")],
    ),
]

BANK = PLACED + LABOUR + ROUTES + OPENERS
GAPS: dict[str, str] = {}

UNREAD: list[Case] = [
    (  # bakeries: a region's adjective before a descriptive noun phrase and the firm's name
        "The Basque savings bank Ollarra Kutxa, which holds 9% of Pellor Bakeries, voted "
        "against the sale.",
        [],
        [("ollarra-kutxa", "LOCATED_IN", "basque")],
    ),
]
UNREAD_GAPS: dict[str, str] = {
    "The Basque": "a region's adjective without a demonym's ending is read as a place",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_spurious30(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(UNREAD, UNREAD_GAPS))
def test_genre_spurious30_unread(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("text,must,must_not", gap_params(NAMES, {}, spread=True))
def test_spurious30_names(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


FOREIGN = [
    (  # furniture: Italian "per il" inside a consortium's name
        "Consorzio per il Legno Alpino sued Vessla Mobili over the contract.",
        {"Consorzio per il Legno Alpino": "Organization"},
        ["Legno Alpino"],
    ),
    (  # fishing: a name's inner apostrophe is part of the surname
        "Tevita Ha'unga, chief executive of Moana Reef Seafoods, said the quota was fair.",
        {"Tevita Ha'unga": "Person"},
        ["Tevita Ha"],
    ),
]


@pytest.mark.parametrize("text,must,must_not", gap_params(FOREIGN, {}, spread=True))
def test_spurious30_foreign(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
