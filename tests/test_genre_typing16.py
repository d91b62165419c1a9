"""Genre bank for a capitalised word between an article and a company noun (typing16): "the
Harnby unit of Dravo", "a Fenby ironmonger founded by ...", "a Dunmore printer", "the bigger
Orrinshire co-operative". The word is where the firm is, or a maker; named only so, it is no
Organization and takes no relations. Guards: the word is a firm elsewhere in the text (its own
subject, a "Kelso Group" long form, a known firm), a gazetteer place (Location), and the heads
that name what they follow ("the Stargate project", "its Tindra brand", "the Skylark phone").

Invented texts across food, retail, engineering, farming, printing, banking and energy.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

TYPES: list[TypeCase] = [
    (  # engineering: "the P unit of X"
        "Dravo Holdings will close the Harnby unit of Dravo, which makes valves.",
        {"Dravo Holdings": "Organization"},
        ["Harnby"],
    ),
    (  # retail: indefinite, untyped trade noun, passive founder
        "Cobbet Foods bought a Fenby ironmonger founded by Ada Rusk in 1990.",
        {"Cobbet Foods": "Organization", "Ada Rusk": "Person"},
        ["Fenby"],
    ),
    (  # printing: "a P <product noun>" names no product
        "Vexmoor acquired a Dunmore printer last year for 40 million pounds.",
        {"Vexmoor": "Organization"},
        ["Dunmore"],
    ),
    (  # farming: a modifier between the article and the place
        "Quenby Seeds has agreed to buy the small Tarlow grower from its founders.",
        {"Quenby Seeds": "Organization"},
        ["Tarlow"],
    ),
    (  # farming: the same after "a"
        "Quenby Seeds has agreed to buy a small Tarlow grower from its founders.",
        {"Quenby Seeds": "Organization"},
        ["Tarlow"],
    ),
    (  # dairy: a county's ending
        "Pellam Dairies, the largest Wexshire co-operative, raised its milk price.",
        {"Wexshire": "Location", "Pellam Dairies": "Organization"},
        [],
    ),
    (  # guard: a gazetteer place in the slot is that place
        "Orvane Bank sold the Yorkshire branch network to Tessel Finance.",
        {"Orvane Bank": "Organization"},
        [],
    ),
    (  # guard: the word is its own subject elsewhere (a firm)
        "Kelso reported a 4% rise in sales. The Kelso group also bought Marten Foods.",
        {"Kelso": "Organization"},
        [],
    ),
    (  # guard: a long form elsewhere
        "Brisco Group reported higher sales. Analysts expect the Brisco group to cut jobs.",
        {"Brisco Group": "Organization"},
        [],
    ),
    (  # guard: a project head names the project
        "Halden Power will build the Sorrow project with Tarn Energy.",
        {"Sorrow": "Project"},
        [],
    ),
    (  # guard: "the NAME <product>" with a definite article is the product
        "Vantora launched the Skylark phone in May.",
        {"Skylark": "Product"},
        [],
    ),
    (  # guard: an acronym in the slot stays a firm
        "Tessel Motors bought the BVK unit of Harlow Group in 2021.",
        {"BVK": "Organization"},
        [],
    ),
]

GAPS: dict[str, str] = {
    "Quenby Seeds has agreed to buy the small": 'after "the" a noun no list types may name '
    'the thing itself ("the Kettlecraft range"): only firm words count there',
}

RELATIONS: list[Case] = [
    (  # retail: no owner nor founder of the place
        "Cobbet Foods bought a Fenby ironmonger founded by Ada Rusk in 1990.",
        [],
        [("ada-rusk", "FOUNDED", "fenby"), ("cobbet-foods", "OWNS", "fenby")],
    ),
    (  # engineering: "the P unit of X" owns nothing
        "Dravo Holdings will close the Harnby unit of Dravo, which makes valves.",
        [],
        [("harnby", "OWNS", "dravo-holdings"), ("dravo-holdings", "OWNS", "harnby")],
    ),
    (  # flour: the relative's rival is the unnamed miller, not the buyer
        "Tallis Group owns a Fenby miller that vies with both Orrin Mills and Pask Flour.",
        [],
        [
            ("fenby", "COMPETES_WITH", "orrin-mills"),
            ("tallis-group", "COMPETES_WITH", "orrin-mills"),
        ],
    ),
    (  # printing: no product owned
        "Vexmoor acquired a Dunmore printer last year for 40 million pounds.",
        [],
        [("vexmoor", "OWNS", "dunmore")],
    ),
    (  # guard: a firm named as a subject elsewhere keeps its deals
        "Kelso reported a 4% rise in sales. The Kelso group also bought Marten Foods.",
        [("kelso", "OWNS", "marten-foods")],
        [],
    ),
    (  # guard: a place named in the text locates the firm
        "Skelton Dairies is based in Harnby. It bought the Harnby creamery of Volt Foods.",
        [("skelton-dairies", "LOCATED_IN", "harnby")],
        [("skelton-dairies", "OWNS", "harnby")],
    ),
]

REL_GAPS: dict[str, str] = {
    "Tallis Group owns a Fenby": "the relative after an unnamed company noun binds to the "
    "clause subject (a binder, not typing)",
}


@pytest.mark.parametrize("case", gap_params(TYPES, GAPS))
def test_types(case: TypeCase) -> None:
    text, must, must_not = case
    check_types(text, must, must_not)


@pytest.mark.parametrize("case", gap_params(RELATIONS, REL_GAPS))
def test_relations(case: Case) -> None:
    check(*case)
