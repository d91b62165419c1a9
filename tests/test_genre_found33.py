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

# (mend33) the appositive's own preposition repeated after ", and" continues its list
REPEATED_PREPS: list[Case] = [
    (  # shipping: "an investor in X, and in Y"
        "The round drew Eli Varg, an investor in Norsk Ferries, and in Fjell Shipping.",
        [("eli-varg", "FUNDS", "norsk-ferries"), ("eli-varg", "FUNDS", "fjell-shipping")],
        [],
    ),
    (  # bakeries: "the owner of X, and of Y"
        "The stake went to Dunlin Group, the owner of Pasko Snacks, and of Fenwick Bakeries.",
        [("dunlin-group", "OWNS", "pasko-snacks"), ("dunlin-group", "OWNS", "fenwick-bakeries")],
        [],
    ),
    (  # mining: "an adviser to X, and to Y"
        "The sale was run by Rita Soames, an adviser to Pallor Gold, and to Ketter Mining.",
        [("rita-soames", "ADVISES", "pallor-gold"), ("rita-soames", "ADVISES", "ketter-mining")],
        [],
    ),
    (  # pharma: "a backer of X, and of Y"
        "Support came from Lisle Capital, a backer of Omri Pharma, and of Vesta Bio.",
        [("lisle-capital", "FUNDS", "omri-pharma"), ("lisle-capital", "FUNDS", "vesta-bio")],
        [],
    ),
    (  # foods: "the founder of X, and of Y" before the sentence's end
        "The award went to Nora Quist, the founder of Dalby Jams, and of Heron Teas.",
        [("nora-quist", "FOUNDED", "dalby-jams"), ("nora-quist", "FOUNDED", "heron-teas")],
        [],
    ),
    (  # guard: another preposition after ", and" leaves the outer list
        "The round was backed by Nora Quist, the founder of Dalby Jams, and by Lisle Capital.",
        [("nora-quist", "FOUNDED", "dalby-jams")],
        [("nora-quist", "FOUNDED", "lisle-capital")],
    ),
    (  # guard: "to" after "owner of" is the outer verb's
        "The stake went to Dunlin Group, the owner of Pasko Snacks, and to Fenwick Bakeries.",
        [("dunlin-group", "OWNS", "pasko-snacks")],
        [("dunlin-group", "OWNS", "fenwick-bakeries")],
    ),
]

# (mend33, tried, not kept) a possessed member and a place before an origin tail
POSSESSED: list[Case] = [
    (  # a son named after the possessor with an origin compound
        "Brisa Clinics was founded by Ada Lorne and the Swiss-born banker Otto Haas's son Emil "
        "Haas.",
        [("emil-haas", "FOUNDED", "brisa-clinics")],
        [("otto-haas", "FOUNDED", "brisa-clinics")],
    ),
    (  # a fund named after the possessor
        "Investors in Tarn Apps include Dunmore Ventures and the Swiss-educated designer Lene "
        "Strand's fund Strand Capital.",
        [("strand-capital", "FUNDS", "tarn-apps")],
        [("lene-strand", "FUNDS", "tarn-apps")],
    ),
    (  # a place before the origin tail is no founder
        "Cobble Ales was founded by Rob Tate and the Yorkshire-bred brewer Dan Hale.",
        [("rob-tate", "FOUNDED", "cobble-ales"), ("dan-hale", "FOUNDED", "cobble-ales")],
        [("yorkshire", "FOUNDED", "cobble-ales")],
    ),
    (  # guard: no name after the possessed noun: the possessor is no member
        "Brisa Clinics was founded by Ada Lorne and the Korean-born chemist Hye-jin Park's "
        "daughter.",
        [("ada-lorne", "FOUNDED", "brisa-clinics")],
        [("hye-jin-park", "FOUNDED", "brisa-clinics")],
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

_TRIED = (
    "mend33 tried: a described member followed by a possessive becomes the name after the "
    "possessed noun or none, and a place before an origin tail is skipped as a modifier; "
    "together CHECK right +0, wrong +1: not kept"
)

GAPS: dict[str, str] = {
    "Ana Ruel, the founder of Tovik Snacks, Harrow": "an outer list of three after the "
    "appositive reads as the founder's own list ('the founder of A, B and C' at a sentence's "
    "end is as likely); only ', and' with one member is cut",
    "Kestan Energy was founded in 2020 by Ana Ruel and German": "a member after 'and' with "
    "only an origin compound before it needs a descriptor noun",
    "Brisa Clinics was founded by Ada Lorne and the Swiss": _TRIED,
    "Investors in Tarn Apps include": _TRIED,
    "Cobble Ales was founded": _TRIED,
    "Brisa Clinics was founded by Ada Lorne and the Korean": _TRIED,
}


@pytest.mark.parametrize(
    "case", gap_params(APPOSED_LISTS + ORIGINS + REPEATED_PREPS + POSSESSED + KNOWN, GAPS)
)
def test_genre_found33(case: Case) -> None:
    check(*case)
