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
    # mend30a (review 30 F1/F2): a firm or a list of firm names before a union is no trade
    (  # food: a firm and a union signing a deal
        "Marlow Foods and Food Workers Union signed a pay deal in May.",
        {"Marlow Foods": "Organization", "Food Workers Union": "Organization"},
        ["Marlow Foods and Food Workers Union"],
    ),
    (  # steel: the firm's word repeated in the union's name
        "Halden Steel and Steel Workers Federation signed the accord.",
        {"Halden Steel": "Organization", "Steel Workers Federation": "Organization"},
        ["Halden Steel and Steel Workers Federation"],
    ),
    (  # transport
        "Kessel Foods and Transport Workers Union reached a deal on Friday.",
        {"Kessel Foods": "Organization", "Transport Workers Union": "Organization"},
        ["Kessel Foods and Transport Workers Union"],
    ),
    (  # airlines: three carriers before "Alliance partners"
        "Halden, Orvo and Tarvo Alliance partners cut fares.",
        {"Halden": "Organization", "Orvo": "Organization"},
        ["Halden, Orvo and Tarvo Alliance"],
    ),
    (  # shipping: surnames before "Alliance members"
        "Orvik, Tallis and Kemmer Alliance members voted to strike.",
        {"Orvik": "Organization"},
        ["Orvik, Tallis and Kemmer Alliance"],
    ),
    (  # meat: trades listed before "Workers Union" stay one name
        "The Dairy, Meat and Grain Workers Union sued Kesta Foods.",
        {"Dairy, Meat and Grain Workers Union": "Organization"},
        ["Grain Workers Union"],
    ),
    (  # glassware: a nationality and a trade named by its work before "Workers Union"
        "In Swansea, the Welsh Glass and Finishing Workers Union lodged a complaint about "
        "Pennard Glassworks.",
        {"Welsh Glass and Finishing Workers Union": "Organization"},
        ["Finishing Workers Union"],
    ),
    (  # health: people's trades listed before "Union"
        "The Nurses, Midwives and Carers Union criticised Orvo Health.",
        {"Nurses, Midwives and Carers Union": "Organization"},
        ["Carers Union"],
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

# mend30a (review 30 F4): a carrier after "flights from" or "ferries from" stays a firm
CARRIERS = [
    (  # airlines
        "Passengers switched to flights from Aerolink after the strike at Norwind.",
        {"Aerolink": "Organization"},
        [],
    ),
    (  # ferries: a list of carriers after "ferries from"
        "The port lost ferries from Stenline and Baltro when fuel costs rose.",
        {"Stenline": "Organization", "Baltro": "Organization"},
        [],
    ),
    (  # ferries: opening the sentence
        "Ferries from Baltro and Stenline were cancelled after the storm.",
        {"Baltro": "Organization", "Stenline": "Organization"},
        [],
    ),
    (  # rail: a carrier's name modifying "routes" after "to"
        "Varga Rail cut trains to Skylark routes after the merger.",
        {"Skylark": "Organization"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", gap_params(CARRIERS, {}, spread=True))
def test_spurious30_carriers(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


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
# ents42: "Basque" before a lower-case noun is a region's adjective (names.yaml odd_demonyms)
UNREAD_GAPS: dict[str, str] = {}


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
    # mend30a (review 30 F3): English "per" and a lone "il" join no two names
    (  # banking: "per" as "according to" between two firms
        "Orlo Bank per Halden Research estimates grew 4% last year.",
        {"Orlo Bank": "Organization", "Halden Research": "Organization"},
        ["Orlo Bank per Halden Research"],
    ),
    (  # cars
        "Orvo Motors per Kessel Research sold 40,000 cars last year.",
        {"Orvo Motors": "Organization"},
        ["Orvo Motors per Kessel Research"],
    ),
    (  # contrived: "il" between two names
        "Shares in Velda il Tarvo rose.",
        {},
        ["Velda il Tarvo"],
    ),
    (  # research: an Italian institute's head before a lone "per"
        "The Istituto per Studi Alpini sued Orvo Timber over the survey.",
        {"Istituto per Studi Alpini": "Organization"},
        ["Studi Alpini"],
    ),
]


@pytest.mark.parametrize("text,must,must_not", gap_params(FOREIGN, {}, spread=True))
def test_spurious30_foreign(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
