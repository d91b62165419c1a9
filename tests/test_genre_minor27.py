"""Genre bank for the smaller relation types: PARTNERS_WITH, FOUNDED, BACKS, ADVISES (round 27).

The reading built this round: a person in a relative clause who advises a body of an
organization named without a possessive ("X, a retired auditor who now advises the board on
pay") advises the organization the article is about, as "an adviser to the board" already does.
The adviser must be a person; a firm that advises the board, a person who chairs it, one who
declined to advise it, and a board of another named organization ("the board of Y") keep their
readings.

Strict xfails record constructions of these types that erg still leaves unread: floating "both"
after coordinated subjects, a press-release opener whose first party's aside names a product
range, "joined X as its technology partner" and "worked in partnership since <year> with Y".

Each case is a short invented text across dairy, ferries, bakeries, glassworks, quarrying, seed
breeding, dentistry, ports, kettles, buoys, drones and tools.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BOARD: list[Case] = [
    (  # dairy: an aside on a person who advises the bare board
        "Ostrava Dairy, a cheese maker in Brno, named a new chair on Monday. Ostrava sells "
        "cheese to hotels. The search was run with Lenka Vrba, a retired auditor who now "
        "advises the board on pay.",
        [("lenka-vrba", "ADVISES", "ostrava-dairy")],
        [],
    ),
    (  # ferries: a bare relative on a named person, perfect tense and a date
        "Sound Ferries, which runs six boats across the Kyle, lost money in 2025. Sound Ferries "
        "carries cars and freight. Morag Reid, who has advised the board since 2021, said the "
        "timetable would change.",
        [("morag-reid", "ADVISES", "sound-ferries")],
        [],
    ),
    (  # bakeries: "counsels the directors"
        "Tallow Bakeries, a chain of 40 shops in Cork, raised its prices on Friday. Tallow "
        "bakes bread for cafes. Aoife Lane, a former miller who still counsels the directors "
        "on flour buying, backed the move.",
        [("aoife-lane", "ADVISES", "tallow-bakeries")],
        [],
    ),
    (  # guard: a firm that advises the board advises nobody (a person's relation)
        "Grennick Glass, a glassworks in Stourbridge, is up for sale. Grennick makes bottles. "
        "Harrow Partners, which advises the board on the sale, declined to comment.",
        [],
        [("harrow-partners", "ADVISES", "grennick-glass")],
    ),
    (  # guard: who chairs the board leads, not advises
        "Delph Quarries, a stone quarry near Halifax, cut its dividend. Delph sells paving. "
        "Ruth Ashby, a former mining engineer who chairs the board, said demand was weak.",
        [],
        [("ruth-ashby", "ADVISES", "delph-quarries")],
    ),
    (  # guard: a refusal advises no one
        "Kerran Seeds, a wheat breeder in Norfolk, lost a patent case. Kerran sells seed to "
        "farms. Tom Drury, a plant geneticist who declined to advise the board on the appeal, "
        "said the ruling was fair.",
        [],
        [("tom-drury", "ADVISES", "kerran-seeds")],
    ),
    (  # guard: the board of another named firm is that firm's
        "Brightsmile Clinics, a dental chain in Leeds, bought two practices. Brightsmile fits "
        "braces. Ines Moor, a dentist who advises the board of Polden Dental, welcomed the deal.",
        [("ines-moor", "ADVISES", "polden-dental")],
        [("ines-moor", "ADVISES", "brightsmile-clinics")],
    ),
    (  # guard: the relative on a person advising a named person stays as it was
        "Varda Ports, an operator of three harbours, lost a tender. Its chief executive is "
        "Nils Berg. He leans on Ola Strand, a retired pilot who has advised him since 2015.",
        [("ola-strand", "ADVISES", "nils-berg")],
        [("ola-strand", "ADVISES", "varda-ports")],
    ),
]

GAP_CASES: list[Case] = [
    (  # ports: floating "both" after coordinated subjects
        "Dunmore Ports will build the Harlow Quay extension, a berth on the Tyne. Brisk Lines "
        "and Odra Cargo have both backed the extension.",
        [("brisk-lines", "BACKS", "harlow-quay"), ("odra-cargo", "BACKS", "harlow-quay")],
        [],
    ),
    (  # buoys: press-release opener whose first aside names a product range
        "OSLO, Norway, 3 May — Fenrik Marine AS, the Norwegian maker of the Skarv range of "
        "buoys, and Polmar S.A., one of Poland's leading builders of mooring gear, today "
        "announced a strategic partnership to develop anchors.",
        [("fenrik-marine-as", "PARTNERS_WITH", "polmar-s-a")],
        [],
    ),
    (  # drones: joined a project as its technology partner
        "Loxa Robotics, a Bergen-based maker of drones, has joined Project Cormorant as its "
        "technology partner.",
        [("loxa-robotics", "PARTNERS_WITH", "project-cormorant")],
        [],
    ),
    (  # tools: an adjunct with a year between "partnership" and "with"
        "Arbo Tools has worked in partnership since 2019 with Keller Maschinen, the Ulm-based "
        "lathe builder, on spindle design.",
        [("arbo-tools", "PARTNERS_WITH", "keller-maschinen")],
        [],
    ),
]

BANK = BOARD + GAP_CASES
GAPS: dict[str, str] = {
    "Dunmore Ports": "floating 'both' read as a pair reference, not the coordinated subjects",
    "OSLO, Norway": "coordinated subjects past an aside that names a product range",
    "Loxa Robotics": "'joined X as its technology partner' is unread",
    "Arbo Tools": "'in partnership since <year> with' is unread",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_minor27(case: Case) -> None:
    check(*case)
