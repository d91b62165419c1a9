"""Genre bank for the typing of products and persons (round 28, area `product`).

A coined name followed by a model number is a product ("the Orrin 44", "its Trevik X9"), unless
the word before the number designates a part of a site or a body ("Berth 4", "Hall 2"); a name
sold under as a brand is a product ("sold under the Seaguard name"), unlike a firm's trading
name ("trades under the Velmar name"); a bare surname opening its own clause after the full name
in one sentence is that person ("...; Korrand is chief executive"), unlike a firm named after
its founder in the founder's own clause ("Oyelaran Adebisi founded Adebisi").

Invented texts across boats, phones, kitchen appliances, fishing gear, cider, flour, bicycles,
security software, retail, football and hotels.
"""

from __future__ import annotations

import pytest
from construction_check import check_types, gap_params

TYPES: list[tuple[str, dict[str, str], list[str]]] = [
    # boats: a launched model with a number
    ("Kelmar Yachts launched the Orrin 44 in 1998.", {"Orrin 44": "Product"}, ["Orrin"]),
    # phones: a letter-and-digit code after a coined word
    (
        "Customers of Solvane can now order the Trevik X9 online.",
        {"Trevik X9": "Product", "Solvane": "Organization"},
        [],
    ),
    # kitchen appliances: a model owned by a possessive, a thing's noun after it
    (
        "Norvale said its Brightway 7 kettle would ship in May.",
        {"Brightway 7": "Product", "Norvale": "Organization"},
        [],
    ),
    # bicycles: a model doing a product's things, no other cue
    ("The Harlen 3 sold 4,000 units last year.", {"Harlen 3": "Product"}, []),
    # boats: "its own" and a model
    (
        "Pellow Marine sued Kestin over its own Ravel 30.",
        {"Ravel 30": "Product", "Pellow Marine": "Organization"},
        [],
    ),
    # fishing gear: a name sold under as a brand
    ("Its ropes, sold under the Seaguard name, are popular.", {"Seaguard": "Product"}, []),
    # flour: a seller and its brand
    (
        "Grendel Mills sells its flour under the Ashgrove brand.",
        {"Ashgrove": "Product", "Grendel Mills": "Organization"},
        [],
    ),
    # cider: a bottler and its label
    (
        "Quarrow Orchards bottles its perry under the Fenmoor label.",
        {"Fenmoor": "Product", "Quarrow Orchards": "Organization"},
        [],
    ),
    # security software: two founders and a bare surname opening a clause after ";"
    (
        "Tarvel was co-founded in 2019 by Ines Korrand and Pavo Lindqvar; Korrand is chief "
        "executive.",
        {"Ines Korrand": "Person", "Tarvel": "Organization"},
        ["Korrand"],
    ),
    # football: ", and" opens the surname's clause
    (
        "A bid led by the former winger Tobin Marsk failed, and Marsk said the board had "
        "ignored it.",
        {"Tobin Marsk": "Person"},
        ["Marsk"],
    ),
    # guard, ports: a designation of a site's part and a number
    ("Ships will dock at Berth 4 of Kallo Port from June.", {"Berth 4": "Organization"}, []),
    # guard, retail: a trading name is the firm's own
    ("Dorrow Stores operates under the Velmar banner.", {"Velmar": "Organization"}, []),
    # guard, hotels: a founder and the firm named after him in his own clause
    (
        "Oyelaran Adebisi founded Adebisi in 2004.",
        {"Oyelaran Adebisi": "Person", "Adebisi": "Organization"},
        [],
    ),
    # guard, strategy: a target year names a programme, not a model
    ("Pathway 2030 was launched by the council.", {"Pathway 2030": "Organization"}, []),
    # gap, podcasts: a series noun before a coined name
    (
        "The network said the true-crime series Pale Harbour drew two million listeners.",
        {"Pale Harbour": "Product"},
        [],
    ),
    # gap, software: a bare surname after "and" with no comma
    (
        "Tarvel was co-founded in 2019 by Ines Korrand and Pavo Lindqvar; Korrand sells and "
        "Lindqvar runs engineering.",
        {"Pavo Lindqvar": "Person"},
        ["Lindqvar"],
    ),
    # gap, textiles: the object of "buyer of" with no other cue
    ("The biggest buyer of Knitwell is a Danish chain.", {"Knitwell": "Product"}, []),
]

GAPS: dict[str, str] = {
    "Tarvel was co-founded in 2019 by Ines Korrand and Pavo Lindqvar; Korrand is": (
        "a bare surname in the full name's sentence stays a firm of its own (joining it lets a "
        "role after ', and' bind to the wrong firm: test_genre_lead25)"
    ),
    "A bid led by the former winger": "a bare surname after ', and' in one sentence stays apart",
    "The network said the true-crime": "a series noun before a name types nothing yet",
    "Tarvel was co-founded in 2019 by Ines Korrand and Pavo Lindqvar; Korrand sells": (
        "a bare surname after a plain 'and' stays a firm of its own"
    ),
    "The biggest buyer of Knitwell": "'buyer of X' says nothing of X's type",
}


@pytest.mark.parametrize("text,must,must_not", gap_params(TYPES, GAPS, spread=True))
def test_product_typing(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
