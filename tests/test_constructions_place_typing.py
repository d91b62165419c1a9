"""Place typing, third set: a city of the gazetteer before a site noun ("the Ostrava plant") or
owning a place noun ("Rotterdam's port"), a seat moved or worked from ("moved its headquarters to
Jena", "operates out of Gdansk"), cities written without their accents ("Gdansk" for Gdańsk);
and the names that must keep their own type.

Every company is invented; the places are real (the gazetteer only knows real cities).
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

from loaders.lexicon import Lexicon
from loaders.mentions import analyze


def _types(text: str) -> dict[str, str | None]:
    return {c.text: c.best() for c in analyze(text, 0, Lexicon.load()).cands}


@pytest.mark.parametrize(
    "text,name",
    [
        # a city before a site noun, after a determiner or a possessive
        ("Velmar Chemicals will close the Ostrava plant next year.", "Ostrava"),  # chemicals
        ("The Le Havre plant of Velmar Chemicals employs 500 people.", "Le Havre"),
        ("Pomor Shipping said its Gdansk shipyard was full until 2028.", "Gdansk"),  # shipping
        ("Brakel Brewing's Leuven brewery will brew the new lager.", "Leuven"),  # food
        ("Corvo Motors will shut the Katowice assembly plant.", "Katowice"),  # autos
        # a city owning a place noun
        ("Brindle Ports expanded Rotterdam's port with a new terminal.", "Rotterdam"),
        ("Norvik Air added flights from Gdansk's airport.", "Gdansk"),  # aviation
        # a city modifying a public body, a venue or a rival
        ("The Dijon regulator fined Kalto Foods.", "Dijon"),  # government
        ("Kalto Foods was fined by a Dijon court.", "Dijon"),  # litigation
        ("Kalto Foods, like its Dijon rival Brisa Dairy, cut prices.", "Dijon"),  # food
        # a route's ends, a site "at" a town, a town's own first word, a country's region
        ("Freight on the line between Tollmere and Garstow has doubled.", "Garstow"),
        ("Kalto Rail will service its trains at a new depot at Tollerby.", "Tollerby"),
        ("Kesta bought 30% of Berth Oriel, a berth going up at Port Ysolde.", "Port Ysolde"),
        ("Brunn Mining owns a mine in Chile's Atacama region.", "Atacama"),
        ("Brunn Oil drills in the Kara Sea.", "Kara Sea"),  # a sea named with "the"
        # a company noun after a city of the gazetteer
        ("Greyfield, a Nantes fund with two bus firms in its portfolio, bought Kalto.", "Nantes"),
        # people or jobs "in" a city of the gazetteer
        ("Kalto Foods sells soup to customers in Katowice.", "Katowice"),  # retail
        ("Kalto Foods has 40 engineers in Poznan.", "Poznan"),  # tech
        # a seat moved or worked from
        ("Dorrit Optics moved its headquarters to Jena last year.", "Jena"),
        ("Harrow Freight operates out of Ostrava.", "Ostrava"),  # logistics
        ("Talvo Telecom is based at Katowice airport.", "Katowice"),  # telecoms, gazetteer
        ("Kelso Insurance relocated to Poznan in 2019.", "Poznan"),  # insurance
    ],
)
def test_places(text: str, name: str) -> None:
    types = _types(text)
    assert types.get(name) == "Location", types


@pytest.mark.parametrize(
    "text,name",
    [
        ("Paris Hilton invested in Kalto Foods.", "Paris Hilton"),
        ("Lyon Capital invested in Kalto Foods.", "Lyon Capital"),
        ("Victoria Finance bought Kalto Foods.", "Victoria Finance"),
        # an organization-shaped name before a site noun is the site's owner
        ("Kalto Foods will shut the Lyon Steel plant.", "Lyon Steel"),
        # a city's possessive before a noun no place owns: a company's
        ("Kalto Foods praised Santos's chief executive.", "Santos"),
        # parties "between" two names, an organization word after "Port"
        ("Kalto Foods signed a deal between Brisa Dairy and Orla Soups.", "Orla Soups"),
        ("The course was created jointly with Port Elver University.", "Port Elver University"),
        # a shipping line named for an ocean, without "the"
        ("The Kelso yard competes with Tidewater Ocean and Brume Lines.", "Tidewater Ocean"),
        # a stake "in" a name keeps no city vote: the name is a company
        ("Kalto Foods took a 20% stake in Santos.", "Santos"),
        # a city name with no construction keeps no place vote
        ("Kalto Foods signed a supply deal with Santos.", "Santos"),
        # the seller after "bought the firm from" (a definite noun, not "a startup from")
        ("Harlow Capital bought the firm from Nimbra last year.", "Nimbra"),
        # a move to a company is no move to a place
        ("Kalto Foods moved its accounts to Harlow Bank.", "Harlow Bank"),
    ],
)
def test_not_places(text: str, name: str) -> None:
    types = _types(text)
    assert types.get(name) != "Location", types


SEATS: list[Case] = [
    (  # optics: a headquarters moved to a city no list knows as one
        "Dorrit Optics moved its headquarters to Jena last year.",
        [("dorrit-optics", "LOCATED_IN", "jena")],
        [],
    ),
    (  # aviation: "operates out of"
        "Norvik Air operates out of Gdansk.",
        [("norvik-air", "LOCATED_IN", "gdansk")],
        [],
    ),
    (  # insurance
        "Kelso Insurance relocated to Poznan in 2019.",
        [("kelso-insurance", "LOCATED_IN", "poznan")],
        [],
    ),
    (  # guard: a city's court or regulator is no party to a dispute
        "Kalto Foods was fined by a Dijon court.",
        [],
        [("dijon", "DISPUTES", "kalto-foods")],
    ),
    (
        "Kalto Foods, like its Dijon rival Brisa Dairy, cut prices.",
        [],
        [("brisa-dairy", "COMPETES_WITH", "dijon"), ("kalto-foods", "COMPETES_WITH", "dijon")],
    ),
    (  # guard: a site named for its town is not a product the company owns
        "Ulvik Timber said its Gothenburg sawmill would close.",
        [],
        [("ulvik-timber", "OWNS", "gothenburg")],
    ),
]


@pytest.mark.parametrize("text,present,absent", SEATS)
def test_seats(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


SURNAMES: list[Case] = [
    (  # a person whose surname is a known place: "Houston said" is Anna Houston
        "Kalto Foods named Anna Houston chief executive in May. Houston said the group would "
        "close its plant in Dijon. Houston also sued Brisa Dairy.",
        [("anna-houston", "DISPUTES", "brisa-dairy"), ("anna-houston", "LEADS", "kalto-foods")],
        [("houston", "DISPUTES", "brisa-dairy")],
    ),
    (  # guard: the place named as a place stays the place
        "Kalto Foods named Anna Houston chief executive in May. Houston said the group would "
        "close its plant in Houston.",
        [("kalto-foods", "LOCATED_IN", "houston")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", SURNAMES)
def test_surnames_that_are_places(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


def test_a_speaking_place_without_a_person_stays_a_place() -> None:
    from construction_check import types

    assert types("Jordan said it would buy jets from Kalto Foods.").get("Jordan") == "Location"
