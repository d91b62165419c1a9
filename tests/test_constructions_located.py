"""LOCATED_IN, third set: a seat with an adjective ("whose main office is in"), "based at", an
operator "in" a place, "PLACE is home to A and B", a site the company opens, a named project
followed by where it is ("the Tolley mine, in northern Chile"); and the venues, markets and
negations that carry no place.

Each case is (text, relations that must be found, relations that must not be). Companies and
projects are invented; places are real; sectors vary on purpose.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

from loaders.explain import explain

SEATS: list[Case] = [
    (  # telecoms: a relative clause, an adjective before the site noun
        "Telvo Mobile, whose main office is in Accra, cut prices.",
        [("telvo-mobile", "LOCATED_IN", "accra")],
        [],
    ),
    (  # food: plural sites in coordinated places
        "Kalto Foods, whose factories are in Lyon and Dijon, cut 200 jobs.",
        [("kalto-foods", "LOCATED_IN", "lyon"), ("kalto-foods", "LOCATED_IN", "dijon")],
        [],
    ),
    (  # guard: a singular seat takes only its own place, not a list after it
        "Kalto Foods, whose head office is in Lyon and whose rival Brisa Dairy is in Dijon, "
        "cut jobs.",
        [("kalto-foods", "LOCATED_IN", "lyon")],
        [("kalto-foods", "LOCATED_IN", "dijon")],
    ),
    (  # banking: a possessive subject
        "Brakel Bank's registered office is in Ghent.",
        [("brakel-bank", "LOCATED_IN", "ghent")],
        [],
    ),
    (  # aviation: "based at" a city's airport
        "Norvik Air is based at Katowice airport.",
        [("norvik-air", "LOCATED_IN", "katowice")],
        [],
    ),
    (  # telecoms: a predicate company noun "in" a place
        "Telvo Mobile is a telecoms operator in Accra.",
        [("telvo-mobile", "LOCATED_IN", "accra")],
        [],
    ),
    (  # shipping: an appositive operator
        "Harlo Ferries, a ferry operator in Bergen, ordered two ships.",
        [("harlo-ferries", "LOCATED_IN", "bergen")],
        [],
    ),
    (  # food: the place first, two companies
        "Lyon is home to Kalto Foods and Brisa Dairy.",
        [("kalto-foods", "LOCATED_IN", "lyon"), ("brisa-dairy", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # pharma: "remains home to"
        "Basel remains home to Velmar Pharma, despite the tax rise.",
        [("velmar-pharma", "LOCATED_IN", "basel")],
        [],
    ),
    (  # guard: a place that is no longer home
        "Basel is no longer home to Velmar Pharma.",
        [],
        [("velmar-pharma", "LOCATED_IN", "basel")],
    ),
    (  # mining: a site the company opens
        "Brunn Mining opened a refinery in Ndola last year.",
        [("brunn-mining", "LOCATED_IN", "ndola")],
        [],
    ),
    (  # insurance: offices opened, pronoun subject
        "Kelso Insurance grew fast. It opened an office in Poznan in 2020.",
        [("kelso-insurance", "LOCATED_IN", "poznan")],
        [],
    ),
    (  # guard: a site not opened
        "Kelso Insurance will not open an office in Poznan.",
        [],
        [("kelso-insurance", "LOCATED_IN", "poznan")],
    ),
]

MOVES: list[Case] = [
    (  # food: a home region
        "Kalto Foods will add 200 jobs in its home region of Normandy.",
        [("kalto-foods", "LOCATED_IN", "normandy")],
        [],
    ),
    (  # banking: a registered office moved
        "Brakel Bank will move its registered office to Dublin.",
        [("brakel-bank", "LOCATED_IN", "dublin")],
        [],
    ),
    (  # retail: from one city to another, the new seat only
        "Kalto Stores plans to move its headquarters from Lyon to Paris.",
        [("kalto-stores", "LOCATED_IN", "paris")],
        [],
    ),
    (  # shipping: a base shifted
        "Pomor Shipping will shift its base to Gdansk.",
        [("pomor-shipping", "LOCATED_IN", "gdansk")],
        [],
    ),
    (  # guards: a negation, a hedge, a denial, a move that is no seat's
        "Kalto Foods will not move its headquarters to Dublin.",
        [],
        [("kalto-foods", "LOCATED_IN", "dublin")],
    ),
    (
        "Kalto Foods may move its registered office to Dublin.",
        [],
        [("kalto-foods", "LOCATED_IN", "dublin")],
    ),
    (
        "Kalto Foods denied it would move its headquarters to Dublin.",
        [],
        [("kalto-foods", "LOCATED_IN", "dublin")],
    ),
    (
        "Kalto Foods moved its customer base to Harlow Bank.",
        [],
        [("kalto-foods", "LOCATED_IN", "harlow-bank")],
    ),
]

NEAR: list[Case] = [
    (  # food: "of" a city the gazetteer knows, in a pair
        "Kalto Foods of Lyon and Brisa Dairy of Dijon will merge.",
        [("kalto-foods", "LOCATED_IN", "lyon"), ("brisa-dairy", "LOCATED_IN", "dijon")],
        [],
    ),
    (  # tech: an indefinite company noun "from" a city no list knows
        "Kiwo Labs, a startup from Katowice, raised $5 million.",
        [("kiwo-labs", "LOCATED_IN", "katowice")],
        [],
    ),
    (  # software: moved from one city to another
        "Kiwo Labs moved from Katowice to Berlin in 2021.",
        [("kiwo-labs", "LOCATED_IN", "berlin")],
        [("kiwo-labs", "LOCATED_IN", "katowice")],
    ),
    (  # guard: a person "of" a place
        "Anna Pike of Dijon joined Kalto Foods.",
        [],
        [("kalto-foods", "LOCATED_IN", "dijon"), ("anna-pike", "LOCATED_IN", "dijon")],
    ),
    (  # chemicals: based near a city
        "Velmar Chemicals, which is based near Lyon, cut 200 jobs.",
        [("velmar-chemicals", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # logistics
        "Harrow Freight, based just outside Leeds, cut 200 jobs.",
        [("harrow-freight", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # insurance
        "Kelso Insurance is headquartered on the outskirts of Dublin.",
        [("kelso-insurance", "LOCATED_IN", "dublin")],
        [],
    ),
]

DESCRIBED: list[Case] = [
    (  # luxury: a city before "house"
        "Maison Verlaine, the Paris fashion house, hired Anna Pike.",
        [("maison-verlaine", "LOCATED_IN", "paris")],
        [],
    ),
    (  # sport: a hyphenated adjective in the appositive
        "Ferro Athletic, a second-division club from Leeds, signed a striker.",
        [("ferro-athletic", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # real estate: a named project described by its kind
        "The Kestrel Quarter, a 400-home scheme in Croydon, won approval.",
        [("kestrel-quarter", "LOCATED_IN", "croydon")],
        [],
    ),
    (  # banking: an office named by its city, then its owner
        "Kalto Foods hired 40 people at the London office of Brisa Capital.",
        [("brisa-capital", "LOCATED_IN", "london")],
        [("kalto-foods", "LOCATED_IN", "london")],
    ),
    (  # banking: a possessive owner
        "Brisa Capital's London office will close.",
        [("brisa-capital", "LOCATED_IN", "london")],
        [],
    ),
    (  # asset management: a unit named by its city
        "Brisa Capital, the Madrid unit of Kalto Group, cut jobs.",
        [("brisa-capital", "LOCATED_IN", "madrid")],
        [("kalto-group", "LOCATED_IN", "madrid")],
    ),
    (  # a parent named as a modifier of "subsidiary" is not the subject of "based in"
        "Kalto Foods, a Harlow Capital subsidiary based in Lyon, cut 200 jobs.",
        [("kalto-foods", "LOCATED_IN", "lyon")],
        [("harlow-capital", "LOCATED_IN", "lyon")],
    ),
    (  # the agent of a first participle is not the subject of the second
        "Kalto Foods, owned by Harlow Capital and based in Lyon, cut 200 jobs.",
        [("kalto-foods", "LOCATED_IN", "lyon"), ("harlow-capital", "OWNS", "kalto-foods")],
        [("harlow-capital", "LOCATED_IN", "lyon")],
    ),
    (  # guard: the office of a person is no company's site
        "Kalto Foods met the London office of the mayor.",
        [],
        [("kalto-foods", "LOCATED_IN", "london")],
    ),
    (  # tech: "-area" like "-based", the city alone
        "Brisa Capital, a Boston-area startup, raised $5 million.",
        [("brisa-capital", "LOCATED_IN", "boston")],
        [("brisa-capital", "LOCATED_IN", "boston-area")],
    ),
    (  # guard: an area's economy names no company
        "The Boston-area economy grew, Kalto Foods said.",
        [],
        [("kalto-foods", "LOCATED_IN", "boston")],
    ),
    (  # a description's "-based" place locates its referent
        "Orla Lines makes ships. The Berghavn-based owner said profit rose.",
        [("orla-lines", "LOCATED_IN", "berghavn")],
        [],
    ),
    (  # guard: a listing is no seat
        "Orla Lines makes ships. The Berghavn-listed owner said profit rose.",
        [],
        [("orla-lines", "LOCATED_IN", "berghavn")],
    ),
    (  # guard: an event's venue is no club's seat
        "Ferro Athletic will play the final at a stadium in Cardiff.",
        [],
        [("ferro-athletic", "LOCATED_IN", "cardiff")],
    ),
]

PROJECTS: list[Case] = [
    (  # mining: an appositive place
        "The Tolley mine, in northern Chile, is owned by Brunn Mining.",
        [("tolley", "LOCATED_IN", "chile")],
        [("brunn-mining", "LOCATED_IN", "chile")],
    ),
    (  # mining: the most specific place
        "Brunn Mining owns the Tolley mine in Chile's Antofagasta region.",
        [("tolley", "LOCATED_IN", "antofagasta")],
        [("tolley", "LOCATED_IN", "chile")],
    ),
    (  # energy: the project's own nouns, then the place
        "Ostrel Energy runs the Corrie Flats offshore wind farm in the North Sea.",
        [("corrie-flats", "LOCATED_IN", "north-sea")],
        [("ostrel-energy", "LOCATED_IN", "north-sea")],
    ),
    (  # guard: the project's output is sold somewhere, it is not there
        "The Tolley mine sold copper in Chile last year.",
        [],
        [("tolley", "LOCATED_IN", "chile")],
    ),
    (  # guard: a hedge before the place
        "The Tolley mine may move to Peru.",
        [],
        [("tolley", "LOCATED_IN", "peru")],
    ),
]

# Venues, markets and events carry no place (the conventions of tests/fixtures/heldout).
VENUES: list[Case] = [
    (
        "Pomor Group sued Kalto Marine in a court in Gdansk.",
        [("pomor-group", "DISPUTES", "kalto-marine")],
        [("pomor-group", "LOCATED_IN", "gdansk"), ("kalto-marine", "LOCATED_IN", "gdansk")],
    ),
    (
        "Pomor Group met Kalto Marine at a conference in Gdansk.",
        [],
        [("pomor-group", "LOCATED_IN", "gdansk")],
    ),
    (
        "Pomor Group sells ships to customers in Gdansk.",
        [],
        [("pomor-group", "LOCATED_IN", "gdansk")],
    ),
    ("Pomor Group said in Gdansk that profit rose.", [], [("pomor-group", "LOCATED_IN", "gdansk")]),
    (
        "Pomor Group's ships are sold in Gdansk and Oslo.",
        [],
        [("pomor-group", "LOCATED_IN", "gdansk"), ("pomor-group", "LOCATED_IN", "oslo")],
    ),
    (
        "Pomor Group denied it would build a shipyard in Gdansk.",
        [],
        [("pomor-group", "LOCATED_IN", "gdansk")],
    ),
]


@pytest.mark.parametrize(
    "text,present,absent", SEATS + MOVES + NEAR + DESCRIBED + PROJECTS + VENUES
)
def test_located(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


def test_project_place_names_its_rule() -> None:
    ex = explain("The Tolley mine, in northern Chile, is owned by Brunn Mining.")
    rules = {r.rule for r in ex.relations if r.target_id == "chile"}
    assert rules == {"located/project-in-place"}
