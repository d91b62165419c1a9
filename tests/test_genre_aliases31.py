"""Genre bank for a firm named by its leading words alone (round 31).

A sentence is read alone, so a company's leading words written alone may look like a street
("Larkmoor Road's chief executive"), a demonym ("Berliner has owned") or a compass word
("accused Northwester of"). When the same words open one organization's full name in the
article, they are that company, whether the short form comes after the full name or before it.
Guards: the words after a preposition of place are the street; words opening two firms' names
stand for neither; a person's surname stays the person; a nationality's form is an adjective.

Invented texts across bakeries, insurance, freight, sawmills, coffee shops, food logistics,
flour milling, tiles and optics.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SHORT: list[Case] = [
    (  # bakery: a street-like short form with a possessive
        "Larkmoor Road Bakeries, a family-run chain of forty shops, agreed to buy Pellow Mills "
        "for £30m on Monday. Larkmoor Road's chief executive, Ines Vell, said the mill would "
        "supply every shop from next spring.",
        [("ines-vell", "LEADS", "larkmoor-road-bakeries")],
        [],
    ),
    (  # freight: a one-word short form that reads as a demonym alone
        "Berliner Frachtdienst carried more parcels than ever in the autumn. Berliner has owned "
        "the courier Ostwald Express since 2020 and plans two new depots.",
        [("berliner-frachtdienst", "OWNS", "ostwald-express")],
        [],
    ),
    (  # sawmills: the short form comes before the full name
        "The Forest Workers Union accused Northwester of cutting night shifts. Northwester "
        "Timber, which runs four sawmills, said the shifts would return in March.",
        [("the-forest-workers-union", "DISPUTES", "northwester-timber")],
        [],
    ),
    (  # guard: insurance, a short form the sentence reading already keeps
        "Quarry Lane Mutual reported higher premiums for the year. Quarry Lane has owned the "
        "broker Fenwick Cover since 2019 and plans to open six branches.",
        [("quarry-lane-mutual", "OWNS", "fenwick-cover")],
        [],
    ),
    (  # guard: tiles, a nationality's form kept as the sentence reads it
        "Castilian Tiles opened a second kiln in Toledo. Castilian's chief executive, Brielle "
        "Pell, said exports had doubled.",
        [("brielle-pell", "LEADS", "castilian-tiles")],
        [],
    ),
    (  # guard: coffee shops, the words after a preposition of place are the street
        "Ysolde Lund owns a coffee shop on Pellow Street. Pellow Street Capital, a fund run by "
        "Omar Kade, bought a stake in the bakery chain Brindle Loaf last year.",
        [],
        [("ysolde-lund", "OWNS", "pellow-street-capital")],
    ),
    (  # guard: food logistics, words opening two firms' names stand for neither
        "Harnett Road Foods and Harnett Road Logistics were split in 2021. Harnett Road's chief "
        "executive, Mona Birch, said the split had worked.",
        [],
        [
            ("mona-birch", "LEADS", "harnett-road-foods"),
            ("mona-birch", "LEADS", "harnett-road-logistics"),
        ],
    ),
    (  # guard: flour milling, a founder's surname stays the person
        "Ann Holt founded Holt Flour Mills in 1998. Holt said on Friday that she would retire, "
        "and the mill's buyer, Cressy Grain, named a new chief.",
        [("ann-holt", "FOUNDED", "holt-flour-mills")],
        [],
    ),
    (  # optics: a short form the sentence already keeps
        "Marrow Lane Optics supplies lenses to opticians. Its rival Jessop Vision announced "
        "that it had sued Marrow Lane over a coating patent.",
        [("jessop-vision", "DISPUTES", "marrow-lane-optics")],
        [],
    ),
    (  # bakery: the short form after "in" is taken for the street (the guard's cost)
        "Larkmoor Road Bakeries runs forty shops in the north. Last year the grain trader "
        "Cressy Grain took a 20% holding in Larkmoor Road for £4m.",
        [("cressy-grain", "OWNS", "larkmoor-road-bakeries")],
        [],
    ),
]

BANK = SHORT
GAPS: dict[str, str] = {
    "Larkmoor Road Bakeries runs": "a stake 'in' a firm's street-like short form: read as a place",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_aliases31(case: Case) -> None:
    check(*case)
