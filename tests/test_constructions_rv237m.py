"""Review of round 37's readings (rv237m): invented sentences where they went wrong, mended.

1. (prec37) "both companies" whose salient pair was named apart means the pair the article opened
   on only when its own clause names neither of that pair past the phrase too: "Both companies
   compete with Cobalt" after "Cobalt Games acquired Pixel Forge" and two other firms is the two
   other firms (as before round 37), not Cobalt and Pixel Forge. A lead-pair name in another
   clause ("a trader that competes with both companies, has accused Quarry Steel") still leaves
   the lead pair.
2. (place37) "the Dallas company" leans to a possessor of its sentence only when no firm in view
   was itself described by that place ("Sorrel Pharma, a Basel company, sells Henley's vaccines,
   and the Basel company ..." is Sorrel) and no firm was named after the possessor ("sold Lark's
   stations to Opal, and the Denver company will run them" is Opal).
3. (place37) A hyphenated place, now a name, inside "formed a ... called X" is no object of the
   verb: "formed a Toronto-based venture called Mapleworks" still founds Mapleworks.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

DEAL = (
    "Quarry Steel agreed to buy Bellam Metals. The deal was approved. Ostra Mining posted a "
    "loss. Costs rose. Kilo Iron cut jobs. "
)

PAIRS: list[Case] = [
    (  # games: the lead pair's buyer named as the object
        "Cobalt Games acquired Pixel Forge. The price was not disclosed. Fenn Studios released a "
        "new title in May. Sales were strong. Three weeks later Arden Interactive cut prices. "
        "Both companies compete with Cobalt.",
        [
            ("fenn-studios", "COMPETES_WITH", "cobalt-games"),
            ("arden-interactive", "COMPETES_WITH", "cobalt-games"),
        ],
        [("pixel-forge", "COMPETES_WITH", "cobalt-games")],
    ),
    (  # retail: "rivals of" the buyer
        "Sefton Retail agreed to buy Nolan Stores. The deal creates a chain of 300 shops. Brava "
        "Apparel opened a shop in Leeds. Footfall rose. Tivo Outdoor closed one. Analysts said "
        "both companies were rivals of Sefton.",
        [("brava-apparel", "COMPETES_WITH", "sefton-retail")],
        [("nolan-stores", "COMPETES_WITH", "sefton-retail")],
    ),
    (  # metals: a rival noun with the buyer's full name
        DEAL + "Both companies are rivals of Quarry Steel.",
        [("ostra-mining", "COMPETES_WITH", "quarry-steel")],
        [("bellam-metals", "COMPETES_WITH", "quarry-steel")],
    ),
    (  # metals: "the two companies" suing the target
        DEAL + "The two companies have sued Bellam Metals.",
        [("kilo-iron", "DISPUTES", "bellam-metals")],
        [("quarry-steel", "DISPUTES", "bellam-metals")],
    ),
    (  # kept: the lead pair's name in another clause leaves the lead pair
        DEAL + "Rook Metals, a trader that competes with both companies, has accused Quarry "
        "Steel of dumping.",
        [("rook-metals", "COMPETES_WITH", "bellam-metals")],
        [("rook-metals", "COMPETES_WITH", "kilo-iron")],
    ),
]

PLACES: list[Case] = [
    (  # pharma: the firm an appositive placed keeps the description
        "Sorrel Pharma, a Basel company, sells Henley Clinics' vaccines, and the Basel company "
        "is led by Ida Frey.",
        [("sorrel-pharma", "LOCATED_IN", "basel")],
        [("henley-clinics", "LOCATED_IN", "basel"), ("ida-frey", "LEADS", "henley-clinics")],
    ),
    (  # robots: the same with an appointment
        "Nova Robotics, a Lyon company, sells Quill Motors' robots, and the Lyon company hired "
        "Max Petit as chief executive.",
        [("max-petit", "LEADS", "nova-robotics")],
        [("max-petit", "LEADS", "quill-motors"), ("quill-motors", "LOCATED_IN", "lyon")],
    ),
    (  # tools: an owner of the placed firm
        "Gorm Tools, a Stuttgart company, supplies Rhein Autos' factory, and the Stuttgart "
        "company is owned by Ehrlich Group.",
        [],
        [("rhein-autos", "LOCATED_IN", "stuttgart")],
    ),
    (  # food: a place adjective in a listed-company description
        "Kaski Foods is a Helsinki-listed company. It bought Tarra Bakery's ovens, and the "
        "Helsinki company will open a plant.",
        [],
        [("tarra-bakery", "LOCATED_IN", "helsinki")],
    ),
    (  # radio: a firm named after the possessor is nearer
        "Fenner Media sold Lark Radio's stations to Opal Broadcasting, and the Denver company "
        "will run them.",
        [("opal-broadcasting", "LOCATED_IN", "denver")],
        [("lark-radio", "LOCATED_IN", "denver")],
    ),
    (  # the reading itself is kept: the possessor, no firm placed or named after it
        "Orla Textiles is based in Lima. Orla sews Tarlo Apparel's spring range, and the Dallas "
        "company sells it in 400 shops.",
        [("tarlo-apparel", "LOCATED_IN", "dallas")],
        [("orla-textiles", "LOCATED_IN", "dallas")],
    ),
]

FORMED: list[Case] = [
    (  # robotics: two founders
        "Harlan Robotics and Vesta Motors formed a Toronto-based venture called Mapleworks.",
        [
            ("harlan-robotics", "FOUNDED", "mapleworks"),
            ("vesta-motors", "FOUNDED", "mapleworks"),
            ("mapleworks", "LOCATED_IN", "toronto"),
        ],
        [],
    ),
    (  # finance: "named"
        "Ostler Bank formed a London-based fund named Arden Capital.",
        [("ostler-bank", "FOUNDED", "arden-capital")],
        [],
    ),
    (  # negation still cancels it
        "Harlan Robotics did not form a Toronto-based venture called Mapleworks.",
        [],
        [("harlan-robotics", "FOUNDED", "mapleworks")],
    ),
    (  # a plan is no founding
        "Harlan Robotics plans to form a Toronto-based venture called Mapleworks.",
        [],
        [("harlan-robotics", "FOUNDED", "mapleworks")],
    ),
    (  # a partner "called" X after a preposition is no thing formed
        "Harlan Robotics formed a partnership with a Toronto-based firm called Mapleworks.",
        [],
        [("harlan-robotics", "FOUNDED", "mapleworks")],
    ),
]


@pytest.mark.parametrize("case", PAIRS, ids=lambda c: c[0][-60:])
def test_lead_pair_clause(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", PLACES, ids=lambda c: c[0][-60:])
def test_place_possessor(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", FORMED, ids=lambda c: c[0][-60:])
def test_formed_hyphen_place(case: Case) -> None:
    check(*case)
