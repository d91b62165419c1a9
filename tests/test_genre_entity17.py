"""Genre bank for entity boundaries and types read from context (entity17).

Products whose cue sits in an appositive's clause: "Arco, the alloy frame made by Tarsa",
"Norra, a frozen bar the firm launched", "Velta, the ready-meal range it introduced",
"Kelso's Brisk, a payroll service". Firms named for their goods ("Brannock Luggage said") are
no persons; a known product's word inside a firm's name keeps it whole ("Halvik Gemini
Energy"); a site "<Firm> Two" that the firm builds is a project, and the firm's short form
still names the firm. Towns listed before a possessed site noun ("its Kelmsby and Harwick
mills") are places. A person's appositive with a companion noun ("his old army-college
comrade") or a ranked title ("senior director of markets at the regulator") makes a person.
No entity for a surname's plural ("the Lenzes") when the person is named; "Under Fiske, the
company ..." is no appositive of Fiske. Names with a lower-case connector stay whole: "the
Field to Fork programme", "the Health and Safety Executive".

Invented texts across food, cycling, payroll software, luggage, energy, paper, regulation,
farming, public health, furniture and dairy.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params, kept

TypeCase = tuple[str, dict[str, str], list[str]]

PRODUCTS: list[TypeCase] = [
    (  # food: a contact relative clause with a named maker
        "Velta, the ready-meal range Kelso Foods introduced in 2019, sold well.",
        {"Velta": "Product", "Kelso Foods": "Organization"},
        [],
    ),
    (  # food: the same with "it" for the maker, the product as object of "said"
        "Kelso Foods said Velta, the ready-meal range it introduced in 2019, sold well.",
        {"Velta": "Product", "Kelso Foods": "Organization"},
        [],
    ),
    (  # cycling: a passive participle with its maker
        "Arco, the alloy frame made by Tarsa Cycles, won an award.",
        {"Arco": "Product", "Tarsa Cycles": "Organization"},
        [],
    ),
    (  # dairy: "the firm launched" inside the appositive is no descriptor of the name
        "Norra, a frozen bar the firm launched last year, lifted sales at Pellam Dairies.",
        {"Norra": "Product", "Pellam Dairies": "Organization"},
        [],
    ),
    (  # furniture: "that" relative, "the company" as maker, the name as object
        "Orrin Home cut the price of Sella, a folding chair that the company designed.",
        {"Sella": "Product", "Orrin Home": "Organization"},
        [],
    ),
    (  # payroll software: a possessed name and a service appositive
        "Kelso Software's Brisk, a payroll service, gained 400 clients.",
        {"Brisk": "Product", "Kelso Software": "Organization"},
        [],
    ),
    (  # payroll software: a present-tense maker clause, the name as subject
        "Brisk, the payroll service Kelso Software sells to banks, gained clients.",
        {"Brisk": "Product", "Kelso Software": "Organization"},
        [],
    ),
    (  # cycling: the product as object, "the company" makes it
        "Tarsa Cycles sells Arco, an alloy frame the company makes in Leeds.",
        {"Arco": "Product", "Tarsa Cycles": "Organization"},
        [],
    ),
    (  # food: a non-restrictive "which" clause before the class noun
        "Velta, which Kelso Foods introduced in 2019, is a ready-meal range.",
        {"Velta": "Product", "Kelso Foods": "Organization"},
        [],
    ),
    (  # guard: a startup the firm launched is a firm
        "Norra, a startup the firm launched in 2020, hired Dana Fiske.",
        {"Norra": "Organization"},
        [],
    ),
    (  # guard: a unit another firm sold is a firm, not a good
        "Tarsa, the bakery unit Kelso Foods sold in 2019, grew fast.",
        {"Tarsa": "Organization", "Kelso Foods": "Organization"},
        [],
    ),
]

NAMES: list[TypeCase] = [
    (  # luggage: a firm named for its goods before "said"
        "Brannock Luggage said sales rose.",
        {"Brannock Luggage": "Organization"},
        [],
    ),
    (  # furniture: the same after a reporting clause
        "Sales rose by 4%, Orrel Furniture said on Monday.",
        {"Orrel Furniture": "Organization"},
        [],
    ),
    (  # guard: a real person's name before "said"
        "Anna Luggate said sales rose.",
        {"Anna Luggate": "Person"},
        [],
    ),
    (  # energy: a known product's word inside a firm's name
        "Halvik Gemini Energy said profits fell.",
        {"Halvik Gemini Energy": "Organization"},
        ["Gemini", "Energy"],
    ),
    (  # textiles: the same with a legal form, as subject of a deal
        "Halvik Threads Ltd bought Tarsa Mills.",
        {"Halvik Threads": "Organization", "Tarsa Mills": "Organization"},
        ["Threads"],
    ),
    (  # public health: a body with "and" before a title word
        "The Health and Safety Executive fined Vantor Paper.",
        {"Health and Safety Executive": "Organization", "Vantor Paper": "Organization"},
        ["Health", "Safety"],
    ),
    (  # public health: the same after "by the"
        "Vantor Paper was fined by the Health and Safety Executive in May.",
        {"Health and Safety Executive": "Organization"},
        ["Health", "Safety"],
    ),
    (  # farming: a programme named with "to"
        "Tansy Foods runs the Field to Fork programme with local farms.",
        {"Field to Fork": "Project", "Tansy Foods": "Organization"},
        ["Field", "Fork"],
    ),
    (  # farming: the same as an appositive's name
        "Farm to School, a scheme run by Tansy Foods, grew.",
        {"Farm to School": "Project"},
        ["Farm", "School"],
    ),
    (  # guard: "to" between two firms is no name's
        "Tansy Foods sold Kelso to Tarsa in May.",
        {"Tansy Foods": "Organization"},
        ["Kelso to Tarsa"],
    ),
    (  # energy: a second plant named for the firm
        "Halvik Energy will build Halvik Two near Tarrow.",
        {"Halvik Energy": "Organization", "Halvik Two": "Project"},
        [],
    ),
]

PLACES_PERSONS: list[TypeCase] = [
    (  # paper: two unknown towns before a possessed site noun
        "Vantor Paper said its Kelmsby and Harwick mills would close.",
        {"Kelmsby": "Location", "Harwick": "Location"},
        [],
    ),
    (  # paper: three towns, a firm's possessive
        "Tarsa Foods' Kelmsby, Harwick and Dunley plants were sold.",
        {"Kelmsby": "Location", "Harwick": "Location", "Dunley": "Location"},
        [],
    ),
    (  # guard: brands are no sites
        "Vantor Paper said its Kelso and Tarsa brands grew.",
        {"Vantor Paper": "Organization"},
        [],
    ),
    (  # a site after "plant at"
        "Vantor Paper opened a plant at Harwick last year.",
        {"Harwick": "Location", "Vantor Paper": "Organization"},
        [],
    ),
    (  # the same after a possessed plant, with a reporting clause
        "Output at its plant at Harwick fell, Vantor Paper said.",
        {"Harwick": "Location", "Vantor Paper": "Organization"},
        [],
    ),
    (  # a companion noun in a person's appositive
        "Kelso Vanter, his old army-college comrade, joined Vantor Paper as chairman.",
        {"Kelso Vanter": "Person", "Vantor Paper": "Organization"},
        [],
    ),
    (  # the same as an object, "her" and a classmate
        "Vantor Paper hired Orla Brennick, her former business-school classmate, in May.",
        {"Orla Brennick": "Person"},
        [],
    ),
    (  # regulation: a ranked title set off by commas
        "Tamsin Orrel, senior director of markets at the regulator, said rules would change.",
        {"Tamsin Orrel": "Person"},
        [],
    ),
    (  # a ranked head of a unit set off by commas, as object
        "Vantor Paper hired Kelso Varga, deputy head of sales at Tarsa Group.",
        {"Kelso Varga": "Person", "Tarsa Group": "Organization"},
        [],
    ),
    (  # "Under NAME," opens a clause: the surname joins the person's name
        "Under Fiske, the company grew fast. Dana Fiske joined Vantor Paper in 2010.",
        {"Dana Fiske": "Person", "Vantor Paper": "Organization"},
        ["Fiske"],
    ),
]


KEPT: list[tuple[str, list[str], list[str]]] = [
    (  # a surname's plural names the person's family, no entity
        "Dana Lenz and her brothers own Vantor Paper. The Lenzes bought it in 1990.",
        ["Dana Lenz", "Vantor Paper"],
        ["Lenzes"],
    ),
    (  # the same with a founder
        "Ann Marr founded Vantor Paper. The Marrs sold it in 2001.",
        ["Ann Marr", "Vantor Paper"],
        ["Marrs"],
    ),
    (  # a shop named for its founder ("Morrisons") is kept beside a person of that surname
        "Morrisons has bought Tarsa Foods. Ken Morrison, the founder's son, backed the deal.",
        ["Morrisons", "Tarsa Foods", "Ken Morrison"],
        [],
    ),
    (  # the same with the person first
        "Dana Pell joined the board in 2010. Pells bought Harn Bakeries in 2021.",
        ["Dana Pell", "Pells", "Harn Bakeries"],
        [],
    ),
    (  # a sentence-initial common noun is no entity
        "Prosperity came late to the valley. Vantor Paper opened a mill there.",
        ["Vantor Paper"],
        ["Prosperity"],
    ),
]

RELATIONS: list[Case] = [
    (  # the owner of a plural family is no entity: the named person's relation stays
        "Dana Lenz and her brothers own Vantor Paper. The Lenzes bought it in 1990.",
        [],
        [("lenzes", "OWNS", "vantor-paper")],
    ),
    (  # a firm named for a person: the firm is no family plural (review)
        "Morrisons has bought Tarsa Foods. Ken Morrison, the founder's son, backed the deal.",
        [("morrisons", "OWNS", "tarsa-foods"), ("ken-morrison", "BACKS", "morrisons")],
        [],
    ),
    (  # the same with a grocer acquired
        "Sainsburys acquired Brenna Dairies in 2019. Tom Sainsbury said the deal was sound.",
        [("sainsburys", "OWNS", "brenna-dairies")],
        [],
    ),
    (  # the firm's short form names the firm, not its plant "Halvik Two"
        "Halvik Energy will build Halvik Two in Ohio. Calder Bank lent 40 million euros to Halvik.",
        [("calder-bank", "FUNDS", "halvik-energy")],
        [("calder-bank", "FUNDS", "halvik-two")],
    ),
    (  # the listed towns place the firm's mills
        "Vantor Paper said its Kelmsby and Harwick mills would close.",
        [("vantor-paper", "LOCATED_IN", "kelmsby"), ("vantor-paper", "LOCATED_IN", "harwick")],
        [],
    ),
    (  # a product launched by the firm is no firm the firm owns as a company
        "Kelso Foods said Velta, the ready-meal range it introduced in 2019, sold well.",
        [],
        [("velta", "OWNS", "kelso-foods")],
    ),
]


GAPS: dict[str, str] = {
    "Velta, which Kelso Foods introduced": "a 'which' clause names no good: the class noun "
    "comes only after the copula ('is a ready-meal range')",
}


@pytest.mark.parametrize("case", gap_params(PRODUCTS + NAMES + PLACES_PERSONS, GAPS))
def test_types(case: TypeCase) -> None:
    text, must, must_not = case
    check_types(text, must, must_not)


@pytest.mark.parametrize("case", gap_params(KEPT, {}))
def test_kept(case: tuple[str, list[str], list[str]]) -> None:
    text, present, absent = case
    got = kept(text)
    assert set(present) <= got and not set(absent) & got, got


@pytest.mark.parametrize("case", gap_params(RELATIONS, {}))
def test_relations(case: Case) -> None:
    check(*case)
