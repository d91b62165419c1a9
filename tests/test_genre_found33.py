"""Genre bank for founders and list members read as the wrong pair (round 33).

Two readings:

- A noun trigger in the appositive of a name ends its object list at the appositive's closing
  ", and": "backed by Ana Ruel, the founder of Tovik, and Harrow Partners" makes Ana Ruel the
  founder of Tovik alone; Harrow Partners is the outer list's next member. Guards: a list the
  appositive closes with a comma of its own ("the founder of A, B and C, said"), a list with no
  comma ("the founder of A and B"), and a list of its own after a noun ("a supplier to A, B,
  and C") stay whole.
- An origin compound ("Korean-born", "Swiss-educated") in the descriptor of a second agent is
  an adjective: "founded by A and the Korean-born chemist B" makes both founders.

Each case is a short invented text, across snacks, batteries, ferries, brewing and software.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

APPOSED_LISTS: list[Case] = [
    (  # snacks: an investor list with the founder's appositive first
        "Investors in Parrow Capital include Ana Ruel, the founder of Tovik Snacks, and Harrow "
        "Partners.",
        [("ana-ruel", "FOUNDED", "tovik-snacks")],
        [("ana-ruel", "FOUNDED", "harrow-partners")],
    ),
    (  # software: "backed by P, the founder of X, and Y"
        "The round was backed by Ines Vald, the founder of Kelso Code, and Brisk Ventures.",
        [("ines-vald", "FOUNDED", "kelso-code")],
        [("ines-vald", "FOUNDED", "brisk-ventures")],
    ),
    (  # ferries: an investor noun, the same list
        "The round was backed by Ola Brenn, an investor in Selka Ferries, and Varra Holdings.",
        [("ola-brenn", "FUNDS", "selka-ferries")],
        [("ola-brenn", "FUNDS", "varra-holdings")],
    ),
    (  # brewing: an owner noun in a list of speakers
        "Speakers were Tom Gale, the owner of Hopwell Brewery, and Marren Maltings.",
        [("tom-gale", "OWNS", "hopwell-brewery")],
        [("tom-gale", "OWNS", "marren-maltings")],
    ),
    (  # panel: "from P, the founder of X, and from Y"
        "The panel heard from Ana Ruel, the founder of Tovik Snacks, and from Harrow Partners.",
        [("ana-ruel", "FOUNDED", "tovik-snacks")],
        [("ana-ruel", "FOUNDED", "harrow-partners")],
    ),
    (  # two appositives, each its own founder
        "Ana Ruel, founder of Tovik Snacks, and Ben Odo, founder of Parrow Foods, signed.",
        [("ana-ruel", "FOUNDED", "tovik-snacks"), ("ben-odo", "FOUNDED", "parrow-foods")],
        [("ana-ruel", "FOUNDED", "parrow-foods")],
    ),
    (  # a relative clause on the outer member is no closing comma of the appositive
        "The investors are Ana Ruel, the founder of Tovik Snacks, and Harrow Partners, which "
        "led the round.",
        [("ana-ruel", "FOUNDED", "tovik-snacks")],
        [("ana-ruel", "FOUNDED", "harrow-partners")],
    ),
    (  # guard: the appositive closes after its own list
        "Ana Ruel, the founder of Tovik Snacks, Parrow Foods and Lunn Bakeries, said prices "
        "would rise.",
        [
            ("ana-ruel", "FOUNDED", "tovik-snacks"),
            ("ana-ruel", "FOUNDED", "parrow-foods"),
            ("ana-ruel", "FOUNDED", "lunn-bakeries"),
        ],
        [],
    ),
    (  # guard: a list with no comma stays whole
        "Ana Ruel, the founder of Tovik Snacks and Parrow Foods, said prices would rise.",
        [("ana-ruel", "FOUNDED", "tovik-snacks"), ("ana-ruel", "FOUNDED", "parrow-foods")],
        [],
    ),
    (  # guard: a relative clause is no appositive noun
        "Ana Ruel, who founded Tovik Snacks, and Harrow Partners signed the deal.",
        [("ana-ruel", "FOUNDED", "tovik-snacks")],
        [("ana-ruel", "FOUNDED", "harrow-partners")],
    ),
]

ORIGINS: list[Case] = [
    (  # batteries: the second agent described by an origin compound
        "Kestan Energy was founded in 2020 by Ana Ruel and the Korean-born chemist Min-ji Seo.",
        [("ana-ruel", "FOUNDED", "kestan-energy"), ("min-ji-seo", "FOUNDED", "kestan-energy")],
        [],
    ),
    (  # batteries: in an appositive after a passive's agent
        "The harbour works go to Kestan Energy, a young cell maker set up eight years ago by "
        "ex-Orvik engineer Ana Ruel and the Korean-born chemist Min-ji Seo.",
        [("ana-ruel", "FOUNDED", "kestan-energy"), ("min-ji-seo", "FOUNDED", "kestan-energy")],
        [],
    ),
    (  # software: "Swiss-educated"
        "Kelso Code was set up in 2015 by Ines Vald and the Swiss-educated designer Pia Lund.",
        [("ines-vald", "FOUNDED", "kelso-code"), ("pia-lund", "FOUNDED", "kelso-code")],
        [],
    ),
    (  # guard: an origin word with no descriptor noun before a firm lends nothing
        "Kestan Energy was founded in 2020 by Ana Ruel and is backed by Harrow Partners.",
        [("ana-ruel", "FOUNDED", "kestan-energy")],
        [("harrow-partners", "FOUNDED", "kestan-energy")],
    ),
]

KNOWN: list[Case] = [
    (  # a three-member outer list after the appositive, with no closing comma
        "Ana Ruel, the founder of Tovik Snacks, Harrow Partners and Parrow Capital took part.",
        [("ana-ruel", "FOUNDED", "tovik-snacks")],
        [("ana-ruel", "FOUNDED", "harrow-partners")],
    ),
    (  # a bare origin compound with no noun after it
        "Kestan Energy was founded in 2020 by Ana Ruel and German-born Jonas Tiel.",
        [("jonas-tiel", "FOUNDED", "kestan-energy")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "Ana Ruel, the founder of Tovik Snacks, Harrow": "an outer list of three after the "
    "appositive reads as the founder's own list ('the founder of A, B and C' at a sentence's "
    "end is as likely); only ', and' with one member is cut",
    "Kestan Energy was founded in 2020 by Ana Ruel and German": "a member after 'and' with "
    "only an origin compound before it needs a descriptor noun",
}


@pytest.mark.parametrize("case", gap_params(APPOSED_LISTS + ORIGINS + KNOWN, GAPS))
def test_genre_found33(case: Case) -> None:
    check(*case)
