"""Genre bank for typing and name boundaries (round 11, second wave): an amount written with a
glued currency code ("GBP30m", "CHF2m") is no entity and ends no name; a person before ",
<field> <title> at X" ("finance director at"); a firm named "<word> Labels"; a product's
appositive "a line from competitor X" (X is no holder of the brand noun before it); a named
scheme with a cost ("The X Hub, costing EUR80m") and "a venture shared by A and B" (Project);
a fronted "In PLACE," at a sentence start (Location, not Organization).

Each case is a short invented article, across banking, food, printing, energy, mining,
logistics and retail. Guards: a venture-backed startup, a firm in a fronted phrase, a product
noun's own maker, a title with no field.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

RELATIONS: list[Case] = [
    (  # banking: a glued amount after the borrower ends its name
        "Harlen Bank lent Quillex Foods GBP30m last year.",
        [("harlen-bank", "FUNDS", "quillex-foods")],
        [("harlen-bank", "FUNDS", "quillex-foods-gbp")],
    ),
    (  # energy: a glued amount after the investee
        "Orsund Capital put EUR12m into Vantora Mining in March.",
        [("orsund-capital", "FUNDS", "vantora-mining")],
        [("eur12m", "FUNDS", "vantora-mining"), ("orsund-capital", "FUNDS", "eur12m")],
    ),
    (  # logistics: an amount with a space
        "Kessel Bank will lend Brisk Freight CHF 4m for new trucks.",
        [("kessel-bank", "FUNDS", "brisk-freight")],
        [("kessel-bank", "FUNDS", "brisk-freight-chf")],
    ),
    (  # a person's job title with a field: no FUNDS, a person
        "Ives Varga, finance director at Harlen Bank, said the loan to Tovel Farms was sound.",
        [],
        [("harlen-bank", "FUNDS", "ives-varga"), ("ives-varga", "FUNDS", "harlen-bank")],
    ),
    (  # food: "the X brand, a line from competitor Y" (Y holds no brand of X)
        "Bakewell Foods sells pies. Sales of the Crustino brand, a line from competitor "
        "Arkady Bakes, fell.",
        [],
        [("crustino", "OWNS", "arkady-bakes")],
    ),
    (  # drinks: the same with "a range made by"
        "Tolver Drinks grew. Sales of the Fizzle label, a range from rival Marrow Springs, slid.",
        [],
        [("fizzle", "OWNS", "marrow-springs")],
    ),
    (  # guard: an appositive after the brand that names the owner's descriptor
        "Its brand owner, the drinks group Marrow Springs, grew.",
        [],
        [],
    ),
    (  # printing: "<name> Labels" keeps its last word
        "Tristan Labels has bought a printing plant in Dunmore.",
        [("tristan-labels", "LOCATED_IN", "dunmore")],
        [("tristan", "LOCATED_IN", "dunmore")],
    ),
]

TYPED: list[tuple[str, dict[str, str], list[str]]] = [
    (  # amounts: never entities
        "Kessel Power raised USD5bn. Marlowe Holdings paid CHF2m for the site.",
        {"Kessel Power": "Organization", "Marlowe Holdings": "Organization"},
        ["USD5bn", "CHF2m", "USD", "CHF"],
    ),
    (  # a glued amount after a firm
        "Harlen Bank lent Quillex Foods GBP30m and Tovel Farms EUR12.5m.",
        {"Quillex Foods": "Organization", "Tovel Farms": "Organization"},
        ["Quillex Foods GBP", "Tovel Farms EUR", "EUR12.5m"],
    ),
    (  # a person before ", finance director at X"
        "Ives Varga, finance director at Harlen Bank, said the loan was sound.",
        {"Ives Varga": "Person", "Harlen Bank": "Organization"},
        [],
    ),
    (  # "chief financial officer at"
        "Orla Teague, chief financial officer at Vantora Mining, resigned.",
        {"Orla Teague": "Person", "Vantora Mining": "Organization"},
        [],
    ),
    (  # "sales director of"
        "Dara Ferrin, sales director of Marlowe Holdings, quit on Friday.",
        {"Dara Ferrin": "Person", "Marlowe Holdings": "Organization"},
        [],
    ),
    (  # a firm "<first name> Labels"
        "Tristan Labels employs 200 people.",
        {"Tristan Labels": "Organization"},
        ["Tristan"],
    ),
    (  # another "<word> Labels"
        "The printer Halden Labels makes bottle tags for brewers.",
        {"Halden Labels": "Organization"},
        ["Halden"],
    ),
    (  # a named scheme with a cost
        "The Ostrund Cold Hub, costing EUR80m, will open next year.",
        {"Ostrund Cold Hub": "Project"},
        ["EUR80m"],
    ),
    (  # a named scheme with a budget
        "Pellgate Terminal, budgeted at GBP45m, is behind schedule.",
        {"Pellgate Terminal": "Project"},
        [],
    ),
    (  # a venture shared by two firms
        "Tarrow Link, a venture shared by Marlowe Steel and Pellam Metals, opened in May.",
        {"Tarrow Link": "Project", "Marlowe Steel": "Organization"},
        [],
    ),
    (  # "split between"
        "Brisk Gate, a venture split between Kessel Power and Orsund Grid, will cost EUR40m.",
        {"Brisk Gate": "Project", "Kessel Power": "Organization"},
        [],
    ),
    (  # guard: a venture-backed startup stays a firm
        "Quillex, a venture-backed startup, hired staff.",
        {"Quillex": "Organization"},
        [],
    ),
    (  # a fronted place at the sentence start
        "In Dunmore, Kelso Mining opened a new shaft.",
        {"Dunmore": "Location", "Kelso Mining": "Organization"},
        [],
    ),
    (  # "Over in PLACE,"
        "Over in Tarrow, Pellam Metals cut jobs.",
        {"Tarrow": "Location", "Pellam Metals": "Organization"},
        [],
    ),
    (  # a fronted place before a descriptor
        "In Brackwell, the ferry operator Orsund Shipping added a berth.",
        {"Brackwell": "Location", "Orsund Shipping": "Organization"},
        [],
    ),
    (  # guard: a firm in a fronted phrase keeps its type
        "In Kelso Mining's case, the shaft stayed shut.",
        {"Kelso Mining": "Organization"},
        [],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(RELATIONS, GAPS))
def test_genre_types11b(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize(("text", "must", "must_not"), TYPED, ids=[t[0][:50] for t in TYPED])
def test_genre_types11b_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
