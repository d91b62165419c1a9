"""Genre bank for relation type and direction (round 18, prectype).

A ", which" clause on a named product with its head noun after it ("makes the K7 scooter, which
undercuts Ravelle's Z3") is the product's, never its maker's: the maker gets no rivalry with the
other product. A product's designer or developer who is a person owns nothing ("the K7 scooter,
designed by Ada Vorn"). The bank also holds the direction of passives, relatives and apposed sales
("Tarsa was sued by Kelso": Kelso disputes; "Vorn, which Tarsa bought": Tarsa owns), supply,
customer and licensing ties that are no partnership, and a product's maker (a distributor or a
shop that stocks it owns nothing).

Each case is a short invented text (relations that must be found, relations that must not be),
across motoring, food, pharma, energy, water, mining, retail and rail.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PRODUCT_CLAUSES: list[Case] = [
    (  # motoring: a product's relative clause, possessive rival product
        "Tarsa Motors makes the K7 scooter, which undercuts Ravelle Motors's Z3.",
        [("tarsa-motors", "OWNS", "k7")],
        [("tarsa-motors", "COMPETES_WITH", "z3")],
    ),
    (  # motoring: two head words, "from" maker
        "Tarsa Motors makes the K7 electric scooter, which competes with the Z3 from Ravelle "
        "Motors.",
        [("tarsa-motors", "OWNS", "k7"), ("k7", "COMPETES_WITH", "z3")],
        [("tarsa-motors", "COMPETES_WITH", "z3")],
    ),
    (  # food: "sells the X bar, which competes with"
        "Harlow Foods sells the Crumble bar, which competes with Kelso Snacks's Oatie.",
        [("crumble", "COMPETES_WITH", "oatie"), ("kelso-snacks", "OWNS", "oatie")],
        [("harlow-foods", "COMPETES_WITH", "oatie")],
    ),
    (  # food: "outsells"
        "Harlow Foods makes the Crumble bar, which outsells Kelso Snacks's Oatie bar.",
        [("harlow-foods", "OWNS", "crumble")],
        [("harlow-foods", "COMPETES_WITH", "oatie")],
    ),
    (  # pharma: "competes with the X cream from Y"
        "Quenby Pharma makes the Dermix gel, which competes with the Velta cream from Brisk Labs.",
        [("quenby-pharma", "OWNS", "dermix"), ("dermix", "COMPETES_WITH", "velta")],
        [("quenby-pharma", "COMPETES_WITH", "velta")],
    ),
    (  # pharma: "rivals"
        "Brisk Labs markets the Velta cream, which rivals Pellmoor Pharma's Dermix.",
        [],
        [("brisk-labs", "COMPETES_WITH", "dermix")],
    ),
    (  # energy: a product criticised in its relative clause: the product, not the maker
        "Tarn Energy builds the Vela turbine, which is criticised by Ada Vorn.",
        [("ada-vorn", "DISPUTES", "vela")],
        [("ada-vorn", "DISPUTES", "tarn-energy")],
    ),
    (  # motoring: a product's designer owns nothing; the possessive firm does
        "Tarsa Motors's K7 scooter, designed by Ada Vorn, undercuts the Z3.",
        [("tarsa-motors", "OWNS", "k7")],
        [("ada-vorn", "OWNS", "k7")],
    ),
    (  # pharma: "a drug developed by" a person
        "Celovir, a drug developed by Ada Vorn, failed a trial.",
        [],
        [("ada-vorn", "OWNS", "celovir")],
    ),
    (  # furniture: a designer working for a firm
        "The Vela chair, designed by Otto Wynn for Harlow Furniture, sells well.",
        [],
        [("otto-wynn", "OWNS", "vela")],
    ),
    (  # must still give: a firm that develops a drug owns it
        "Celovir, a drug developed by Ardent Pharma, failed a trial.",
        [("ardent-pharma", "OWNS", "celovir")],
        [],
    ),
    (  # must still give: a firm's own relative clause
        "Tarsa Motors, which makes the K7 scooter, competes with Ravelle Motors.",
        [("tarsa-motors", "COMPETES_WITH", "ravelle-motors"), ("tarsa-motors", "OWNS", "k7")],
        [],
    ),
    (  # must still give: a named firm's relative clause after the verb's object
        "Tarsa Motors owns Kelda Steel, which competes with Brisk Steel.",
        [("kelda-steel", "COMPETES_WITH", "brisk-steel"), ("tarsa-motors", "OWNS", "kelda-steel")],
        [("tarsa-motors", "COMPETES_WITH", "brisk-steel")],
    ),
    (  # must still give: coordinated verbs share the firm
        "Tarsa Motors makes the K7 scooter and competes with Ravelle Motors.",
        [("tarsa-motors", "COMPETES_WITH", "ravelle-motors")],
        [],
    ),
]

DIRECTIONS: list[Case] = [
    (  # mining: passive "was sued by"
        "Tarsa Foods was sued by Kelso Mining.",
        [("kelso-mining", "DISPUTES", "tarsa-foods")],
        [("tarsa-foods", "DISPUTES", "kelso-mining")],
    ),
    (  # water: passive with "over"
        "Pellmoor Water was sued by Kelso Mining over a spill.",
        [("kelso-mining", "DISPUTES", "pellmoor-water")],
        [("pellmoor-water", "DISPUTES", "kelso-mining")],
    ),
    (  # retail: coordinated agents
        "Tarsa Foods has been sued by Kelso Mining and Brisk Labs.",
        [("kelso-mining", "DISPUTES", "tarsa-foods"), ("brisk-labs", "DISPUTES", "tarsa-foods")],
        [("tarsa-foods", "DISPUTES", "kelso-mining")],
    ),
    (  # banking: passive criticism by a person in apposition
        "Orvane Bank was criticised by Ada Vorn, a shareholder.",
        [("ada-vorn", "DISPUTES", "orvane-bank")],
        [("orvane-bank", "DISPUTES", "ada-vorn")],
    ),
    (  # pharma: "faces a lawsuit from"
        "Tarsa Foods faces a lawsuit from Kelso Mining.",
        [("kelso-mining", "DISPUTES", "tarsa-foods")],
        [("tarsa-foods", "DISPUTES", "kelso-mining")],
    ),
    (  # dairy: object relative "which X bought"
        "Tessin Dairy, which Harlow Foods bought in 2019, makes butter.",
        [("harlow-foods", "OWNS", "tessin-dairy")],
        [("tessin-dairy", "OWNS", "harlow-foods")],
    ),
    (  # food: "X's purchase of Y"
        "After Tarsa Foods's purchase of Vorn Dairy, prices rose.",
        [("tarsa-foods", "OWNS", "vorn-dairy")],
        [("vorn-dairy", "OWNS", "tarsa-foods")],
    ),
    (  # food: "Y's purchase by X"
        "Vorn Dairy's purchase by Tarsa Foods closed in May.",
        [("tarsa-foods", "OWNS", "vorn-dairy")],
        [("vorn-dairy", "OWNS", "tarsa-foods")],
    ),
    (  # dairy: "received an investment from"
        "Vorn Dairy, which received an investment from Tarsa Capital in 2021, hired Ada Vorn.",
        [("tarsa-capital", "FUNDS", "vorn-dairy")],
        [("vorn-dairy", "OWNS", "tarsa-capital"), ("vorn-dairy", "FUNDS", "tarsa-capital")],
    ),
    (  # biotech: "sold a stake to Z": Z funds the seller
        "Last year Brisk Labs sold a minority stake to Tarsa Capital for $4 million.",
        [("tarsa-capital", "FUNDS", "brisk-labs")],
        [("brisk-labs", "FUNDS", "tarsa-capital")],
    ),
    (  # rail: "a unit sold to Z" in apposition: Z owns it
        "Kelda Rail, a unit sold to Brisk Holdings in 2020, cut routes.",
        [("brisk-holdings", "OWNS", "kelda-rail")],
        [("kelda-rail", "OWNS", "brisk-holdings")],
    ),
    (  # mining: "a miner sold to Z last year"
        "Cerrillo Mining, a miner sold to Tarn Metals last year, reopened the Brenna pit.",
        [("tarn-metals", "OWNS", "cerrillo-mining")],
        [("cerrillo-mining", "OWNS", "tarn-metals")],
    ),
    (  # rail: "the freight unit sold to Z"
        "Kelda Rail, the freight unit sold to Brisk Holdings in 2020, cut routes.",
        [("brisk-holdings", "OWNS", "kelda-rail")],
        [],
    ),
    (  # guard: a sale denied inside the appositive
        "Kelda Rail, a unit he never sold to Brisk Holdings, cut routes.",
        [],
        [("brisk-holdings", "OWNS", "kelda-rail")],
    ),
    (  # guard: sold to unnamed buyers
        "Kelda Rail, a unit sold to rivals, cut routes.",
        [],
        [("kelda-rail", "OWNS", "brisk-holdings")],
    ),
    (  # a named seller inside the appositive (gap)
        "Kelda Rail, a unit Tarsa Group sold to Brisk Holdings, cut routes.",
        [("brisk-holdings", "OWNS", "kelda-rail")],
        [("tarsa-group", "OWNS", "brisk-holdings")],
    ),
    (  # mining: "filed a suit seeking a court order against"
        "Tarsa Foods filed a suit seeking a court order against Kelso Mining.",
        [("tarsa-foods", "DISPUTES", "kelso-mining")],
        [("kelso-mining", "DISPUTES", "tarsa-foods")],
    ),
]

TRADE_TIES: list[Case] = [
    (  # food: "supplies X with"
        "Harlow Foods supplies Tessin Dairy with packaging.",
        [],
        [("harlow-foods", "PARTNERS_WITH", "tessin-dairy")],
    ),
    (  # retail: "a supply contract with"
        "Dorrit Stores signed a supply contract with Halvern Farms.",
        [],
        [("dorrit-stores", "PARTNERS_WITH", "halvern-farms")],
    ),
    (  # farming: "a supplier to"
        "Halvern Farms is a supplier to Dorrit Stores.",
        [],
        [("halvern-farms", "PARTNERS_WITH", "dorrit-stores")],
    ),
    (  # media: a licensing deal
        "Dorrit Stores signed a licensing deal with Tarn Media.",
        [],
        [("dorrit-stores", "PARTNERS_WITH", "tarn-media")],
    ),
    (  # mining: a haulage contract
        "Tarsa Foods signed a contract with Kelso Mining to haul ore.",
        [],
        [("tarsa-foods", "PARTNERS_WITH", "kelso-mining")],
    ),
    (  # retail: a shop that stocks a product owns nothing; the possessive maker does
        "Dorrit Stores stocks Brisk Labs's Velta cream.",
        [("brisk-labs", "OWNS", "velta")],
        [("dorrit-stores", "OWNS", "velta")],
    ),
    (  # retail: "sells X, a cream made by Y"
        "Dorrit Stores sells Velta, a cream made by Brisk Labs.",
        [("brisk-labs", "OWNS", "velta")],
        [("dorrit-stores", "OWNS", "velta")],
    ),
    (  # pharma: a distributor owns nothing
        "Kelvin Pharmacy distributes Quenby Pharma's Dermix gel in Spain.",
        [("quenby-pharma", "OWNS", "dermix")],
        [("kelvin-pharmacy", "OWNS", "dermix")],
    ),
]

BANK = PRODUCT_CLAUSES + DIRECTIONS + TRADE_TIES
GAPS: dict[str, str] = {
    "Kelda Rail, a unit Tarsa Group sold": "a named seller inside the appositive is not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_prectype18(case: Case) -> None:
    check(*case)
