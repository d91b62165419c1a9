"""Place readings of round 41 (invented sentences, several sectors).

A verb of making places its subject at the site its goods are made at: "Harvo Mills grinds
about 900 tonnes of oats a day at its mill in Leeds" (`relations/made_at_sites.py`). The
making verb is the site's verb, as "runs" or "operates" is: its subject holds the site,
however many words of goods stand between them, in a relative clause, after "the company",
and with a list of goods ("makes balers, mowers and rakes at three plants in C").

Lookalikes stay unread: goods made "for" customers in a place (no site of the maker), a
clause of another subject after "but" ("makes sauces, but Kelby bottles them at a plant in
C": Kelby's plant).

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

MADE_AT_SITES: list[Case] = [
    (  # milling: long goods with a number and a rate between the verb and "at"
        "Harvo Mills grinds about 900 tonnes of oats a day at its mill in Leeds.",
        [("harvo-mills", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # boats: "the company" after a first sentence, a yearly count of goods
        "Kelmar Boats was founded in 1990 by two sailors. The company builds about 40 "
        "yachts a year at a yard in Plymouth and sells them in nine countries.",
        [("kelmar-boats", "LOCATED_IN", "plymouth")],
        [],
    ),
    (  # farm machinery: a list of goods, plural sites
        "Tarvo Agro makes balers, mowers, hay rakes and tedders at two plants in Graz "
        "and exports to 30 markets.",
        [("tarvo-agro", "LOCATED_IN", "graz")],
        [],
    ),
    (  # coffee: a relative clause whose antecedent is the maker
        "The brand belongs to Orvane Foods, which roasts 4,000 tonnes of coffee beans a "
        "year at a plant in Ghent.",
        [("orvane-foods", "LOCATED_IN", "ghent")],
        [],
    ),
    (  # textiles: a relative clause of another name, then the maker's second predicate
        "Pellam Textiles also owns Brindle Care, which runs about 40 care homes, and weaves "
        "its own uniform cloth at a mill in Bolton.",
        [("pellam-textiles", "LOCATED_IN", "bolton")],
        [("brindle-care", "LOCATED_IN", "bolton")],
    ),
]

MADE_AT_SITE_TRAPS: list[Case] = [
    (  # goods made for customers in a place: no site there
        "Orvane Foods makes sauces and soups for restaurants in Leeds.",
        [],
        [("orvane-foods", "LOCATED_IN", "leeds")],
    ),
    (  # a clause of another subject after "but": the plant is the bottler's
        "Harlow Foods makes sauces, but Kelby Brands bottles them at a plant in Leeds.",
        [("kelby-brands", "LOCATED_IN", "leeds")],
        [("harlow-foods", "LOCATED_IN", "leeds")],
    ),
]


@pytest.mark.parametrize("text,present,absent", MADE_AT_SITES)
def test_made_at_site(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", MADE_AT_SITE_TRAPS)
def test_made_at_site_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
