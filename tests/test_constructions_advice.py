"""Advice in relative and purpose clauses (`loaders.relations.advice`): the adviser is the
relative pronoun's or the hired one's name, never the person advised.

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

CASES: list[Case] = [
    (  # food: a relative clause on an appositive, "her" the person of the sentence before
        "Sarah Pike runs Pexa Foods. She relies on Tom Ferrier, an ex-banker who has "
        "counselled her since 2018.",
        [("tom-ferrier", "ADVISES", "sarah-pike")],
        [("sarah-pike", "ADVISES", "tom-ferrier")],
    ),
    (  # steel: the second predicate of a relative clause, never the reverse
        "Carl Benning runs Tarpa Steel. He owes a lot to Ada Colquhoun, who gave him his first "
        "job and still counsels him.",
        [("ada-colquhoun", "ADVISES", "carl-benning")],
        [("carl-benning", "ADVISES", "ada-colquhoun")],
    ),
    (
        "Carl Benning runs Tarpa Steel. He owes a lot to Ada Colquhoun, who hired him in 1990 "
        "and has advised him ever since.",
        [("ada-colquhoun", "ADVISES", "carl-benning")],
        [("carl-benning", "ADVISES", "ada-colquhoun")],
    ),
    (  # mining: a lawyer retained to counsel the company's directors advises the company
        "Gavilan Mining has retained the lawyer Rhea Mond to counsel its directors on the appeal.",
        [("rhea-mond", "ADVISES", "gavilan-mining")],
        [],
    ),
    (  # shipping: "to advise the board"
        "Orsk Shipping hired the consultant David Price to advise the board on the merger.",
        [("david-price", "ADVISES", "orsk-shipping")],
        [],
    ),
    (  # shipping: "her mentor since 2015" in the adviser's appositive names the person before
        "Sarah Cole runs Orsk Shipping. Laura Brennan, her mentor since 2015, joined the board.",
        [("laura-brennan", "ADVISES", "sarah-cole")],
        [],
    ),
    (  # shipping: "mentored her"
        "Sarah Cole runs Orsk Shipping. Laura Brennan mentored her for years.",
        [("laura-brennan", "ADVISES", "sarah-cole")],
        [],
    ),
    (  # passive
        "Sarah Cole runs Orsk Shipping. She was mentored by Laura Brennan.",
        [("laura-brennan", "ADVISES", "sarah-cole")],
        [("sarah-cole", "ADVISES", "laura-brennan")],
    ),
    (  # guard: negation
        "Sarah Cole runs Orsk Shipping. Laura Brennan never mentored her.",
        [],
        [("laura-brennan", "ADVISES", "sarah-cole")],
    ),
    (  # guard: negation
        "Maria Lopez chairs Brava Bank. Tom Ferrier, who has never advised her, left.",
        [],
        [("tom-ferrier", "ADVISES", "maria-lopez")],
    ),
    (  # guard: a passive relative keeps its agent as the adviser
        "Maria Lopez chairs Brava Bank. Tom Ferrier, who was advised by her, left.",
        [("maria-lopez", "ADVISES", "tom-ferrier")],
        [("tom-ferrier", "ADVISES", "maria-lopez")],
    ),
    (  # guard: hired to replace the board is no advice
        "Orsk Shipping hired the consultant David Price to replace its directors.",
        [],
        [("david-price", "ADVISES", "orsk-shipping")],
    ),
    (  # guard: advising someone's rivals is not advising her
        "Maria Lopez chairs Brava Bank. She never listened to Tom Ferrier, a lawyer who has "
        "advised her rivals.",
        [],
        [("tom-ferrier", "ADVISES", "maria-lopez")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:60])
def test_advice(case: Case) -> None:
    check(*case)
