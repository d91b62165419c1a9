"""Role-family constructions: LEADS, FOUNDED, ADVISES, LOCATED_IN, PARTNERS_WITH.

Each case is (text, relations that must be found, relations that must not be), invented, in
several sectors and variants (active, passive, relative clause, appositive, coordination,
pronoun or description subjects). Guards say what a sentence must not yield.
"""

from __future__ import annotations

import pytest

from loaders.article import extract

SYMMETRIC = {"PARTNERS_WITH", "COMPETES_WITH"}
Triple = tuple[str, str, str]
Case = tuple[str, list[Triple], list[Triple]]


def check(text: str, present: list[Triple], absent: list[Triple]) -> None:
    got = set(extract(text).relations)

    def has(rel: Triple) -> bool:
        a, t, b = rel
        return rel in got or (t in SYMMETRIC and (b, t, a) in got)

    missing = [r for r in present if not has(r)]
    wrong = [r for r in absent if has(r)]
    assert not missing and not wrong, (missing, wrong, sorted(got))


# -- LOCATED_IN ----------------------------------------------------------------------------------
LOCATED: list[Case] = [
    (  # manufacturing: a facility noun ("assembly hall in")
        "The wind turbine maker Brenhollow Dynamics runs an assembly hall in Lyon.",
        [("brenhollow-dynamics", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # shipping: a possessive facility
        "Ostrel Marine's yard in Glasgow builds tugs for the navy.",
        [("ostrel-marine", "LOCATED_IN", "glasgow")],
        [],
    ),
    (  # energy: "operates from"
        "Ostrel Energy operates from Glasgow and sells power across Scotland.",
        [("ostrel-energy", "LOCATED_IN", "glasgow")],
        [],
    ),
    (  # insurance: relocation of the head office
        "Cassick Assurance has moved its headquarters to Oslo.",
        [("cassick-assurance", "LOCATED_IN", "oslo")],
        [],
    ),
    (  # pharma: a research centre
        "Aldren Pharmaceuticals opened a research centre in Munich in 2020.",
        [("aldren-pharmaceuticals", "LOCATED_IN", "munich")],
        [],
    ),
    (  # banking: "C, where X is based"
        "The bank will keep its trading desk in Geneva, where Halden Bank is based.",
        [("halden-bank", "LOCATED_IN", "geneva")],
        [],
    ),
    (  # insurance: "C, X's home", with coordination of the place clause
        "The merged group will keep a claims centre in Glasgow, Cassick Assurance's home.",
        [("cassick-assurance", "LOCATED_IN", "glasgow")],
        [],
    ),
    (  # football: "C, home to X"
        "The final will be played in Porto, home to Ravenford Athletic Club.",
        [("ravenford-athletic-club", "LOCATED_IN", "porto")],
        [],
    ),
    (  # mining: a mine
        "Quarro Mining operates a copper mine in Chile.",
        [("quarro-mining", "LOCATED_IN", "chile")],
        [],
    ),
    (  # guard: a speaker's employer is not placed by "at X in C"
        '"Prices will rise," said Iris Kade, an analyst at Moorland Securities in Lisbon.',
        [],
        [("moorland-securities", "LOCATED_IN", "lisbon")],
    ),
    (  # guard: a court's district is a venue
        "Ostrel Mutual sued Cassick Assurance in the Southern District of New York.",
        [("ostrel-mutual", "DISPUTES", "cassick-assurance")],
        [
            ("district", "LOCATED_IN", "new-york-city"),
            ("southern-district", "LOCATED_IN", "new-york-city"),
        ],
    ),
    (  # guard: customers' sites are not the seller's
        "Korland Software sells route planning to 300 distribution centers in Canada.",
        [],
        [("korland-software", "LOCATED_IN", "canada")],
    ),
    (  # guard: "where" with no placing word
        "Ostrel Energy met investors in Glasgow, where Halden Bank made its pitch.",
        [],
        [("halden-bank", "LOCATED_IN", "glasgow")],
    ),
]


@pytest.mark.parametrize("text,present,absent", LOCATED)
def test_located_in(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)
