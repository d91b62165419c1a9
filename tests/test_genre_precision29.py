"""Genre bank for readings that bound a subject or object across a clause (round 29).

A list closed by "and" and then ", and the business later acquired X" opens a clause with its own
unnamed subject: the listed names bought nothing. ", and the miners' union at <Town> has
criticised X" is the union's act, not the act of the name before the join, even with a place
phrase inside the unnamed subject. A name that modifies a hyphened part noun ("the Kelso
deep-shaft unit") names the part's owner: buying the unit is not buying the company.

Each case is a short invented text (relations that must be found, relations that must not be),
across food, dairy, mining, shipping and software.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

CLAUSES: list[Case] = [
    (  # food: two combined bakeries, then "and the business later acquired"
        "Pell Foods buys a cheese maker. "
        "Pell Foods took shape in 2015 when its owners combined Corra Breads and "
        "Haddon Loaves, and the business later acquired Mintley Dairy, a Devon cheese maker.",
        [("pell-foods", "OWNS", "mintley-dairy")],
        [("corra-breads", "OWNS", "mintley-dairy"), ("haddon-loaves", "OWNS", "mintley-dairy")],
    ),
    (  # guard: a named subject after the join still buys
        "Pell Foods said on Monday that Corra Breads and Haddon Loaves would close two ovens, "
        "and Pell Foods has since bought Mintley Dairy.",
        [("pell-foods", "OWNS", "mintley-dairy")],
        [("corra-breads", "OWNS", "mintley-dairy")],
    ),
    (  # shipping: the unnamed subject holds a place phrase
        "Ruth Vane, a former Orlo Shipping director, has called the scheme a vanity project, and "
        "the dockers' union at Fenmouth has criticised Orlo Shipping for cutting 40 jobs.",
        [],
        [("ruth-vane", "DISPUTES", "orlo-shipping")],
    ),
    (  # mining: the same shape without a place phrase
        "Ivo Marsh, a former Tarnby Mining engineer, has called the plan reckless, and the "
        "miners' union has criticised Tarnby Mining for closing the north shaft.",
        [],
        [("ivo-marsh", "DISPUTES", "tarnby-mining")],
    ),
    (  # guard: one subject, two predicates
        "Ruth Vane has called the scheme a vanity project and has criticised Orlo Shipping for "
        "cutting 40 jobs.",
        [("ruth-vane", "DISPUTES", "orlo-shipping")],
        [],
    ),
    (  # software: a hyphened part noun after the seller's name
        "Quorra Systems agreed to buy the Delvin Software cloud-hosting unit for $90 million.",
        [],
        [("quorra-systems", "OWNS", "delvin-software")],
    ),
    (  # guard: the company itself is bought
        "Quorra Systems agreed to buy Delvin Software for $90 million.",
        [("quorra-systems", "OWNS", "delvin-software")],
        [],
    ),
]

GAPPED: list[Case] = [
    (  # dairy: with no earlier sentence, "the group" is read as the latest listed bakery
        "Tovey Dairies took shape in 2012 when its owners combined Ashby Cream and Lune "
        "Butter, and the business later acquired Pargeter Yoghurts, a Kent brand.",
        [("tovey-dairies", "OWNS", "pargeter-yoghurts")],
        [("lune-butter", "OWNS", "pargeter-yoghurts")],
    ),
]

BANK = CLAUSES + GAPPED
GAPS: dict[str, str] = {
    "Tovey Dairies was": '"the group" after a list resolves to the latest listed firm',
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_precision29(case: Case) -> None:
    check(*case)
