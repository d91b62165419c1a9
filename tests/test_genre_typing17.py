"""Genre bank for products and projects that erg typed Organization (typing17).

A named good is a Product: a name before a product noun after a determiner ("the Kestrel test",
"the Marlin reel", "the Orca rod"), a firm's own service ("its Brisk service"), a show or a
suitcase named in an appositive or a naming clause ("a show called Night Harbour", "the
Marlow, its best-selling suitcase"), a model word and its number ("the Series 9"). A works on a
site named by a naming clause is a Project ("its Tilburg plant upgrade, known as Forge").
Short forms stay one entity with the long product name ("the Velta range" ... "Velta").
Names: a maker named with a possessive and its goods stays whole ("O'Malley's Crisps"), and a
public body's last word that is a title too stays in its name ("the Health Service
Executive"). Guards: a brand that is the firm's own name ("Kelso sells Kelso-branded kettles"),
a product word inside a firm's name ("Kestrel Tests Ltd", "Velta Foods"), a fund named as one
("the Tarsa Infrastructure Fund"), a title before a person's name ("Velmora Group Executive Dana
Fiske"), a funding round ("a Series B round").

Invented texts across diagnostics, fishing tackle, telecoms, luggage, television, steel,
mining, energy, snacks, public health and electronics.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

PRODUCTS: list[TypeCase] = [
    (  # diagnostics: "the NAME test" after a reporting verb
        "Quillex Diagnostics said the Kestrel test detects flu in ten minutes.",
        {"Quillex Diagnostics": "Organization", "Kestrel": "Product"},
        [],
    ),
    (  # diagnostics: the test as a subject, passive
        "The Tarrow test was approved by regulators in March, Ostrel Labs said.",
        {"Ostrel Labs": "Organization", "Tarrow": "Product"},
        [],
    ),
    (  # fishing tackle: two goods coordinated after a launch verb
        "Pellam Outdoors launched the Marlin reel and the Orca rod.",
        {"Pellam Outdoors": "Organization", "Marlin": "Product", "Orca": "Product"},
        [],
    ),
    (  # fishing tackle: the rod as object of a selling verb, "the company" subject
        "The company said it sold 40,000 of the Orca rod last year. Pellam Outdoors is "
        "based in Leeds.",
        {"Pellam Outdoors": "Organization", "Orca": "Product"},
        [],
    ),
    (  # telecoms: a possessed service
        "Corbel Telecom said its Brisk service reached a million users.",
        {"Corbel Telecom": "Organization", "Brisk": "Product"},
        [],
    ),
    (  # banking: a possessed service with a modifier before the noun
        "Halden Bank closed its Tally savings service after two years.",
        {"Halden Bank": "Organization", "Tally": "Product"},
        [],
    ),
    (  # luggage: an appositive naming a suitcase
        "Brannock Travel Ltd said the Marlow, its best-selling suitcase, will get a new zip.",
        {"Brannock Travel": "Organization", "Marlow": "Product"},
        [],
    ),
    (  # television: a show called X
        "Pellam Studios made a show called Night Harbour for Vexa TV.",
        {"Pellam Studios": "Organization", "Night Harbour": "Product"},
        [],
    ),
    (  # electronics: a model word and its number after "the"
        "Ostrel Electronics said the Series 9 would ship in May.",
        {"Ostrel Electronics": "Organization", "Series 9": "Product"},
        [],
    ),
    (  # electronics: possessed, with a product noun after it
        "Ostrel Electronics said its Series 7 phones would ship in May.",
        {"Ostrel Electronics": "Organization", "Series 7": "Product"},
        [],
    ),
    (  # appliances: a name with a model number before a product noun
        "Morrow Appliances said the Arlo 5 kettle sold out in a week.",
        {"Morrow Appliances": "Organization", "Arlo 5": "Product"},
        [],
    ),
    (  # cars: a model code
        "Drayton Motors unveiled the T-400 in Geneva.",
        {"Drayton Motors": "Organization", "T-400": "Product"},
        [],
    ),
    (  # pharma: the drug X
        "Ostrel Pharma won approval for the drug Zentravir in Canada.",
        {"Ostrel Pharma": "Organization", "Zentravir": "Product"},
        [],
    ),
    (  # software: an appositive app
        "Corbel Software launched Kestrel, a budgeting app, in March.",
        {"Corbel Software": "Organization", "Kestrel": "Product"},
        [],
    ),
    (  # chemicals: the short form after "the Velta range" is the same product
        "Halden Chemicals sells the Velta range of sealants. Velta is sold in 30 countries.",
        {"Halden Chemicals": "Organization", "Velta": "Product"},
        ["Velta range"],
    ),
    (  # food: sold under a brand
        "Tansy Foods markets biscuits sold under the Brisk brand.",
        {"Tansy Foods": "Organization", "Brisk": "Product"},
        [],
    ),
    (  # home testing: an indefinite kit after a selling verb
        "Tansy Health sells a Velta kit for home testing.",
        {"Tansy Health": "Organization", "Velta": "Product"},
        [],
    ),
]

PROJECTS: list[TypeCase] = [
    (  # steel: a site's works named by "known as"
        "Halvik Steel finished its Tilburg plant upgrade, known as Forge, in May.",
        {"Halvik Steel": "Organization", "Forge": "Project"},
        [],
    ),
    (  # mining: an expansion named by "called"
        "Vantor Metals approved a mine expansion called Ridgeback last week.",
        {"Vantor Metals": "Organization", "Ridgeback": "Project"},
        [],
    ),
    (  # energy: a wind farm named for a bay
        "Norvik Energy will build the Harrow Bay wind farm with Calder Power.",
        {"Norvik Energy": "Organization", "Harrow Bay": "Project"},
        [],
    ),
    (  # mining: Project X
        "Tessel Mining said Project Lumen would start in 2026.",
        {"Tessel Mining": "Organization", "Project Lumen": "Project"},
        [],
    ),
    (  # gas: the X pipeline
        "Drayton Gas owns a stake in the Kelso pipeline.",
        {"Drayton Gas": "Organization", "Kelso": "Project"},
        [],
    ),
]

NAMES: list[TypeCase] = [
    (  # snacks: a maker named with a possessive and its goods, as object
        "Tansy Foods bought O'Malley's Crisps in May.",
        {"Tansy Foods": "Organization", "O'Malley's Crisps": "Organization"},
        ["O'Malley", "Crisps"],
    ),
    (  # snacks: the same as a passive subject
        "O'Malley's Crisps was bought by Tansy Foods.",
        {"Tansy Foods": "Organization", "O'Malley's Crisps": "Organization"},
        ["O'Malley", "Crisps"],
    ),
    (  # public health: a body's last word that is a title too
        "The Health Service Executive hired Calder Consulting.",
        {"Health Service Executive": "Organization", "Calder Consulting": "Organization"},
        ["Health Service"],
    ),
    (  # public health: the same after "by the"
        "Calder Consulting was hired by the Health Service Executive.",
        {"Health Service Executive": "Organization"},
        ["Health Service"],
    ),
    (  # finance: a name ending in "Street" and an org word
        "Harrow Street Capital invested in Corbel Software.",
        {"Harrow Street Capital": "Organization", "Corbel Software": "Organization"},
        ["Harrow Street"],
    ),
    (  # arts: "Council for the Arts" kept whole as a subject
        "The Council for the Arts gave a grant to Pellam Studios.",
        {"Council for the Arts": "Organization", "Pellam Studios": "Organization"},
        [],
    ),
    (  # arts: the same in a coordination, the next name kept apart
        "Tansy Foods gave money to the Council for the Arts and the Orrin Trust.",
        {"Council for the Arts": "Organization", "Orrin Trust": "Organization"},
        ["Council for the Arts and the Orrin Trust"],
    ),
    (  # guard: "for the" after a body noun before a different phrase
        "The council for the first time gave a grant to Pellam Studios.",
        {"Pellam Studios": "Organization"},
        ["Council for the First"],
    ),
]

GUARDS: list[TypeCase] = [
    (  # guard: a brand that is the firm's own name
        "Kelso sells Kelso-branded kettles in Britain.",
        {"Kelso": "Organization"},
        [],
    ),
    (  # guard: a product word inside a firm's name
        "Kestrel Tests Ltd was bought by Quillex Diagnostics.",
        {"Kestrel Tests": "Organization", "Quillex Diagnostics": "Organization"},
        [],
    ),
    (  # guard: product and project words inside firms' names
        "Velta Foods bought Harrow Wind Ltd from Calder Power.",
        {"Velta Foods": "Organization", "Harrow Wind": "Organization"},
        [],
    ),
    (  # guard: a fund is an organization that invests in a project
        "The Tarsa Infrastructure Fund invested in the Harrow Bay wind farm.",
        {"Tarsa Infrastructure Fund": "Organization", "Harrow Bay": "Project"},
        [],
    ),
    (  # guard: a title before a person's name is no body's last word
        "Velmora Group Executive Dana Fiske said sales rose.",
        {"Velmora Group": "Organization", "Dana Fiske": "Person"},
        ["Velmora Group Executive"],
    ),
    (  # guard: a funding round is no model
        "Ostrel raised money in a Series B round led by Calder Ventures.",
        {"Calder Ventures": "Organization"},
        ["Series B"],
    ),
    (  # guard: numbered notes are no model
        "Vexa Bank sold Series 2 notes to Calder Ventures.",
        {"Vexa Bank": "Organization"},
        ["Series 2"],
    ),
]

GAPS: dict[str, str] = {
    "Tansy Health sells a Velta kit": "an indefinite 'a NAME kit' types no product (a place "
    "premodifier reads the same: 'a Dunmore printer')",
}

RELATIONS: list[Case] = [
    (  # a firm's own service: the firm owns it, never the other way
        "Corbel Telecom launched its Brisk service in 2021.",
        [("corbel-telecom", "OWNS", "brisk")],
        [("brisk", "OWNS", "corbel-telecom")],
    ),
    (  # a maker named with a possessive is bought whole
        "Tansy Foods bought O'Malley's Crisps in May.",
        [("tansy-foods", "OWNS", "o-malley-s-crisps")],
        [("tansy-foods", "OWNS", "crisps")],
    ),
    (  # a lender funds the site's works named by "known as"
        "Halvik Steel finished its Tilburg plant upgrade, known as Forge, in May. Calder Bank "
        "lent 40 million euros to Forge.",
        [("calder-bank", "FUNDS", "forge")],
        [("forge", "FUNDS", "calder-bank")],
    ),
]


@pytest.mark.parametrize("case", gap_params(PRODUCTS + PROJECTS + NAMES + GUARDS, GAPS))
def test_types(case: TypeCase) -> None:
    text, must, must_not = case
    check_types(text, must, must_not)


@pytest.mark.parametrize("case", gap_params(RELATIONS, {}))
def test_relations(case: Case) -> None:
    check(*case)
