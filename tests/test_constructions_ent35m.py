"""Review of ent35 (round 35): invented texts where the round's two entity readings went wrong.

A bare maker's noun right after a name in an indefinite appositive ("Brewpoint, a Pellow
maker") names a parent's or a brand's maker as often as a town's: it gives only the weak tie
vote, which a cue of a firm elsewhere outweighs ("Pellow Brewing", "Velmar Group")
(`loaders.descriptor_towns._indefinite_apposed`).

", NAME," after a listed place closes an appositive only when a clause goes on after it, a verb
or a relative ("its venture in Tarsia, Orvik Pumps, expects"); "as well as", "where", "plus",
"last year", "respectively", "each" keep the list a list (`loaders.place_cues._listed_on`).

Invented names and sentences; guards say what must not change.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types

MAKERS: list[Case] = [
    (  # brewing: the maker brews for a firm named in the same sentence
        "Brewpoint, a Pellow maker, brews the beer under contract for Pellow Brewing.",
        [],
        [("brewpoint", "LOCATED_IN", "pellow")],
    ),
    (  # bottled water: the parent named later in the sentence
        "Ostra Spa is a Velmar maker of bottled water, owned by Velmar Group since 2001.",
        [],
        [("ostra-spa", "LOCATED_IN", "velmar"), ("ostra", "LOCATED_IN", "velmar")],
    ),
    (  # toys: a brand the next sentence makes a firm's
        "Pellco, a Lego maker, is a parody brand. Lego denied any link.",
        [],
        [("pellco", "LOCATED_IN", "lego")],
    ),
    (  # guard: no cue of a firm, the town stays a town
        "Harlow Ware, a Tennick maker that supplies hotels, will open a second kiln.",
        [("harlow-ware", "LOCATED_IN", "tennick")],
        [],
    ),
    (  # guard: a trade word before the maker keeps the full vote
        "Corrie Pipes, a Drummond pipe maker, said it would partner with Velt Systems.",
        [("corrie-pipes", "LOCATED_IN", "drummond")],
        [],
    ),
]


@pytest.mark.parametrize("case", MAKERS, ids=[c[0][:50] for c in MAKERS])
def test_makers(case: Case) -> None:
    check(*case)


LISTS: list[tuple[str, dict[str, str], list[str]]] = [
    (
        "Orvo Foods runs plants in Lyon, Kestwick, as well as in Nantes.",
        {"Kestwick": "Location"},
        [],
    ),
    (  # a town and its region, "where" goes on with the place
        "Harlan Steel runs a mill in Tarrow, Vellmark, where it employs 900 people.",
        {"Vellmark": "Location"},
        [],
    ),
    ("Pell Retail opened stores in Arlen, Bostow, last year.", {"Bostow": "Location"}, []),
    (
        "Velmar runs plants in Arvick, Tennby, each employing 200 people.",
        {"Tennby": "Location"},
        [],
    ),
    ("Pell Retail has shops in Arlen, Bostow, among others.", {"Bostow": "Location"}, []),
    (
        "Orvo and Halden run plants in Kestwick, Dellby, respectively.",
        {"Dellby": "Location"},
        [],
    ),
    (  # guard: a modal after the appositive
        "Orvo Chemicals said its venture in Kelsary, Tamba Resins, would double capacity.",
        {"Tamba Resins": "Organization"},
        [],
    ),
    (  # guard: a verb the lists know only as an irregular form
        "Harlan Steel's unit in Carrow, Harlan Carrow, cut jobs.",
        {"Harlan Carrow": "Organization"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", LISTS, ids=[c[0][:50] for c in LISTS])
def test_lists(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


def test_list_goes_on_after_plus() -> None:
    """ "in Arlen, Bostow, plus an outlet in Carrick": the firm's outlet, not Bostow's."""
    check(
        "Fenwick Retail has stores in Arlen, Bostow, plus an outlet in Carrick.",
        [("fenwick-retail", "LOCATED_IN", "carrick")],
        [("bostow", "LOCATED_IN", "carrick")],
    )


@pytest.mark.xfail(
    strict=True,
    reason="an older rule reads 'X, a NAME maker' as X owning NAME even where NAME is a firm "
    "the maker works for (not the round's reading; the ent35 merge hid it by typing NAME a town)",
)
def test_maker_for_a_firm_owns_nothing() -> None:
    check(
        "Brewpoint, a Pellow maker, brews the beer under contract for Pellow Brewing.",
        [],
        [("brewpoint", "OWNS", "pellow"), ("brewpoint", "OWNS", "pellow-brewing")],
    )
