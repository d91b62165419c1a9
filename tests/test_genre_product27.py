"""Genre bank for products typed as companies (round 27): a name described as a thing.

An appositive owned by a firm or launched by one names a thing, whatever its noun ("Brisko, its
clog-warning valve that ...", "Lorne, the budget brand it launched"); so does a possessed name
after a modifier ("whose refillable Pebble pen", "our Halo kiosk"), a possessed thing's noun
right before the name ("its resale marketplace TixHop") and a thing's noun before "called" ("a
low-sugar jam called Brisa"). Guards: a firm's, a site's, a role's or a relation's noun keeps a
name what it was ("Tarvo, its Danish arm", "its plant near Orsk", "its investors include
Kelm Capital"), and so does a person's or a place's word ("a craftsman named Peter Brandl", "the
county's tourism body").

Each case is a short invented text with the types its names must resolve to, across valves,
bookkeeping software, hotels, cider, stationery, carpets, street furniture, chips, jam, ticketing,
frozen food, furniture, tourism, dairy and investment.
"""

from __future__ import annotations

import pytest
from construction_check import Triple, check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

DESCRIBED: list[TypeCase] = [
    (  # valves: an owned appositive with a noun no list knows, then a relative clause
        "Corvell Engineering will spend the money on Brisko, its clog-warning valve that "
        "signals wear early.",
        {"Brisko": "Product", "Corvell Engineering": "Organization"},
        [],
    ),
    (  # bookkeeping software: two coordinated modifiers before the noun
        "Customers log in to Quillo, the company's invoicing and payroll software, every "
        "morning, Tavistock Ledger said.",
        {"Quillo": "Product"},
        [],
    ),
    (  # hotels: a brand its owner launched ("brand" alone would type a firm)
        "Marrowgate Hotels said that Lorne, the budget brand it launched in 2023, now has "
        "twelve sites.",
        {"Lorne": "Product", "Marrowgate Hotels": "Organization"},
        [],
    ),
    (  # cider: a thing launched by its maker, after the article
        "Pavane, a pear cider launched by the Orrin cooperative in 2021, sells in Lyon.",
        {"Pavane": "Product"},
        [],
    ),
    (  # metering: a preposition phrase between the noun and the making clause
        "The star of the fair was Vantor 7, an acoustic meter with no moving parts that "
        "Ostrel Water unveiled in June.",
        {"Vantor 7": "Product"},
        [],
    ),
    (  # stationery: a modifier between "whose" and the name
        "Marrowby Paper, whose refillable Pebble journal sells in forty countries, raised "
        "fresh money.",
        {"Pebble": "Product", "Marrowby Paper": "Organization"},
        [],
    ),
    (  # carpets: a modifier between "its" and the name, a sentence's first word
        "Its newer Softweave rug is woven from reclaimed yarn, Halder Mills said.",
        {"Softweave": "Product"},
        [],
    ),
    (  # street furniture: "our" in a quotation
        '"Our Halo kiosk runs on a solar roof," said the founder of Pellam Street Works.',
        {"Halo": "Product"},
        [],
    ),
    (  # chips: a thing's noun before "called"
        "Kessarine Semiconductor makes a rival accelerator called Vestra, which is popular in "
        "Korea.",
        {"Vestra": "Product"},
        [],
    ),
    (  # ticketing: a possessor, a modifier and a noun no list knows before the name
        "Gatewell sells tickets through its resale marketplace TixHop, which opened in 2020.",
        {"TixHop": "Product"},
        [],
    ),
    (  # frozen food: a possessed brand word before the name
        "Tarsk Foods is weighing a sale of its frozen-pizza brand Hemlo, two people said.",
        {"Hemlo": "Product", "Tarsk Foods": "Organization"},
        [],
    ),
    (  # furniture: a hyphenated modifier after a named possessor and the name
        "Corrin Desks sued Beltra, alleging that Beltra's Summit sit-stand desk copies the "
        "lifting frame of a Corrin model.",
        {"Summit": "Product"},
        [],
    ),
]

GUARDS: list[TypeCase] = [
    (  # guard: a firm's noun in the owned appositive
        "Halmet Group agreed to sell Tarvo Logistics, its Danish arm, to a rival.",
        {"Tarvo Logistics": "Organization"},
        [],
    ),
    (  # guard: a place after "its plant" and a preposition
        "Velmark Glass makes bottles at its plant near Orsk, the company said.",
        {"Velmark Glass": "Organization"},
        [],
    ),
    (  # guard: a verb after a possessed plural ("investors include")
        "Dunmore Robotics is growing fast. Its investors include Kelmar Capital, which led a "
        "round in 2024.",
        {"Kelmar Capital": "Organization"},
        [],
    ),
    (  # guard: a person named after "named"
        "In a workshop in Brno, a craftsman named Peter Brandl is shaping a copper kettle for "
        "Ostravia Metals.",
        {"Peter Brandl": "Person"},
        [],
    ),
    (  # guard: a public body owned by a place ("the county's")
        "Visit Tamarside, the county's tourism body, launched a winter walking scheme last year.",
        {"Visit Tamarside": "Organization"},
        [],
    ),
    (  # guard: an elided superlative, no noun ("the company's largest")
        "Kelbrook Storage opened a store in Harwick, the company's largest, in May.",
        {"Kelbrook Storage": "Organization"},
        [],
    ),
    (  # guard: a firm's own name described as a firm, with a firm's verb
        "Corrow Foods, the dairy group, hired a new finance chief and reported a profit.",
        {"Corrow Foods": "Organization"},
        [],
    ),
    (  # guard: a rival after a possessor, a preposition after the noun
        "Brannoch Pumps slipped 2%. Castello, Brannoch's closest rival in irrigation pumps, rose.",
        {"Castello": "Organization"},
        [],
    ),
]

GAP_CASES: list[TypeCase] = [
    (  # a brand named after "the" with its owner before it
        "Harlan Peat owns the Moorfield Gold brand of potting compost.",
        {"Moorfield Gold": "Product"},
        [],
    ),
    (  # a model name ending in a number, with no noun after it
        "Sayle Boats accused Hallam of copying its hull for the Tarn 40.",
        {"Tarn 40": "Product"},
        [],
    ),
    (  # a product in a copular sentence ("best-known product is X")
        "The bakery's best-known product is Sorrel Crown, a rye loaf that sells widely.",
        {"Sorrel Crown": "Product"},
        [],
    ),
]

BANK = DESCRIBED + GUARDS + GAP_CASES
GAPS: dict[str, str] = {
    "Harlan Peat owns": "'the X brand' after an owning verb is unread (a coreference side effect)",
    "Sayle Boats accused": "a model number alone types nothing",
    "The bakery's best-known": "'product is X' (a copula) is unread",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_product27(case: TypeCase) -> None:
    check_types(*case)


OwnerCase = tuple[str, list[Triple], list[Triple]]

OWNERS: list[OwnerCase] = [
    (  # chips: a maker of a product typed by "called"
        "Kessarine Semiconductor, based in Daejeon, makes a rival accelerator called Vestra, "
        "which is popular in Korea.",
        [("kessarine-semiconductor", "OWNS", "vestra")],
        [],
    ),
]


@pytest.mark.parametrize("case", gap_params(OWNERS, {}))
def test_genre_product27_owner(case: OwnerCase) -> None:
    check(*case)
