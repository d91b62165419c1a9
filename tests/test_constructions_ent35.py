"""A town no list knows, named in an indefinite appositive to a firm (round 35).

"Tarvel Oils, a Kestwick maker that ...", "Dunmore Ales is a small Hallerby brewery": a name,
a comma or copula, "a/an" (past up to two lower-case adjectives), the town, then lower-case
words ending in a company noun; a maker's noun may follow the town right away, since no brand
stands in an appositive set off after a firm's name. A noun of a business tie right after the
town ("X, a Kestwick contractor that ...") gives the weakest vote, which any Organization cue
of the name elsewhere outweighs ("a Marvanta supplier" after "Marvanta Stores opened ...")
(`loaders.descriptor_towns._indefinite_apposed`).

A name set off by commas after "in PLACE" ("its venture in Tarsia, Orvik Pumps, was") is an
appositive naming what stands before "in", not the next place of a list: a comma list of places
goes on to another name or "and" (`loaders.place_cues._listed_on`).

Invented names and sentences, in several sectors; guards say what must not change.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, types

TYPED: list[tuple[str, dict[str, str], list[str]]] = [
    (  # pottery: a maker right after the town, a relative clause after
        "Tarvel Ceramics, a Kestwick maker that rivals Orrin Ware, said it would hire staff.",
        {"Kestwick": "Location", "Tarvel Ceramics": "Organization"},
        [],
    ),
    (  # brewing: a copula and an adjective before the town
        "Dunmore Ales is a small Hallerby brewery.",
        {"Hallerby": "Location", "Dunmore Ales": "Organization"},
        [],
    ),
    (  # lubricants: a maker with its "of" object
        "Pellsby Oils, a Varnholt maker of lubricants, raised its prices.",
        {"Varnholt": "Location", "Pellsby Oils": "Organization"},
        [],
    ),
    (  # rigging: a tie noun after the town, no cue of a firm anywhere: the town
        "The reserve had been packed by Skylark Rigging, a Tarrowby contractor that Velo "
        "Freefall used for all its gear.",
        {"Tarrowby": "Location", "Skylark Rigging": "Organization"},
        [],
    ),
    (  # lookalike: a supplier names its customer, a firm by a cue of its own
        "Marvanta Stores opened ten shops. Pellow Foods, a Marvanta supplier, said prices "
        "would rise. Marvanta said it would pay.",
        {"Pellow Foods": "Organization", "Marvanta Stores": "Organization"},
        [],
    ),
    (  # lookalike: a parent's unit is no town
        "Orrin Foods is a Velmar subsidiary.",
        {"Orrin Foods": "Organization", "Velmar": "Organization"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", TYPED, ids=[c[0][:50] for c in TYPED])
def test_typed(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


RELATIONS: list[Case] = [
    (  # pottery: the appositive's town is the firm's place
        "Gresby Pottery will shut its kilns. Harlow Ware, a Tennick maker that competes with "
        "Gresby, said it would hire staff.",
        [("harlow-ware", "LOCATED_IN", "tennick")],
        [],
    ),
    (  # fuel: a tie noun after the town, its relative clause after
        "Not everyone is pleased. Brackwell Fuels, a Torvik distributor that competes with "
        "Orsa Oil, objected to the deal.",
        [("brackwell-fuels", "LOCATED_IN", "torvik")],
        [],
    ),
    (  # negative: the customer a supplier names is no place
        "Marvanta Stores opened ten shops. Pellow Foods, a Marvanta supplier, said prices "
        "would rise.",
        [],
        [
            ("pellow-foods", "LOCATED_IN", "marvanta-stores"),
            ("pellow-foods", "LOCATED_IN", "marvanta"),
        ],
    ),
    (  # negative: a people's adjective in the appositive is no town
        "Orvo bought a stake in Lanza Pelli, a Vellentine tannery that supplies big houses.",
        [],
        [("lanza-pelli", "LOCATED_IN", "vellentine")],
    ),
    (  # negative: a definite descriptor with a maker may name a brand, still read as before
        "The Orso chocolate maker Tevlin Foods sued Kelso Sweets.",
        [("tevlin-foods", "DISPUTES", "kelso-sweets")],
        [("tevlin-foods", "LOCATED_IN", "orso")],
    ),
]


@pytest.mark.parametrize("case", RELATIONS, ids=[c[0][:50] for c in RELATIONS])
def test_relations(case: Case) -> None:
    check(*case)


APPOSED: list[tuple[str, dict[str, str], list[str]]] = [
    (  # pumps: a venture named after its country
        "The group said its joint venture in Tarsia, Orvik Pumps, expects higher sales.",
        {"Tarsia": "Location", "Orvik Pumps": "Organization"},
        [],
    ),
    (  # guard: a list of towns closed by "and" keeps every town
        "Orvo Foods runs plants in Lyon, Dellby, Kestwick and Nantes.",
        {"Dellby": "Location", "Kestwick": "Location"},
        [],
    ),
    (  # guard: a serial comma before "and"
        "Orvo Foods runs plants in Lyon, Kestwick, and Nantes.",
        {"Kestwick": "Location"},
        [],
    ),
    (  # guard: a two-town list ending the sentence
        "Orvo Foods runs plants in Lyon, Kestwick.",
        {"Kestwick": "Location"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", APPOSED, ids=[c[0][:50] for c in APPOSED])
def test_apposed(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


def test_apposed_name_not_a_place() -> None:
    """ "the union in Kelbara, Sindoma, whose ...": a body named after its state, a relative
    clause after; Kelbara is a place, Sindoma gets no Location type."""
    got = types(
        "A statement came from the glass workers' body in Kelbara, Sindoma, whose chair "
        "blamed Vestra for the cuts."
    )
    assert got.get("Kelbara") == "Location" and got.get("Sindoma") != "Location", got
