"""Towns before a site noun, round 38 (invented sentences, several sectors).

A place name between an owner ("its", "their", a firm's "'s") or "the" and a site noun
("plant", "mine", "centre", "works", "facility") is where the site stands: a Location, and
the owner sits there ("at its Tallow Creek mine": Yarrow Minerals LOCATED_IN Tallow Creek).
After "the" the name must be placed elsewhere in the article too ("a plant in Orrby ... the
Orrby centre"). Not a project's own name: a project noun ("the Brenna Tower scheme"), a
lower-case modifier ("the Velde premix plant"), an appositive describing the site ("the Solva
terminal, a storage facility at ..."), a firm's or person's name ("the Kestle plant" of Kestle
Seating), or a name alone after "the" with no place cue elsewhere.

Each case is (text, relations that must be found, relations that must not be); the type
cases are (text, names with their types).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, types

OWNED_SITES: list[Case] = [
    (  # mining: "at its X mine", a two-word town
        "Yarrow Minerals is suing Brenco Drilling for $20 million in repairs at its Tallow "
        "Creek mine, about 40 kilometres north of Dunmore.",
        [("yarrow-minerals", "LOCATED_IN", "tallow-creek")],
        [],
    ),
    (  # food: a firm's "'s" owner
        "Staff at Harlow Dairies' Kessby plant were told on Monday it would close in March.",
        [("harlow-dairies", "LOCATED_IN", "kessby")],
        [],
    ),
    (  # pharma: "its X centre" after a clause opening; "centre" also ends a body's name
        # ("its Discovery centre"), so the town is placed elsewhere too (rv338)
        "Orvane Biologics has run a lab in Marrowby since 2010. Orvane said its Marrowby "
        "centre would hire 200 technicians next year.",
        [("orvane-biologics", "LOCATED_IN", "marrowby")],
        [],
    ),
    (  # textiles: "its X works", relative clause subject
        "Pellow Yarns, which will shut its Dunhollow works in June, blamed energy costs.",
        [("pellow-yarns", "LOCATED_IN", "dunhollow")],
        [],
    ),
]

OWNED_SITE_TRAPS: list[Case] = [
    (  # a project noun: the project's own name
        "Kestrin Homes said its Brenna Tower scheme would cost £90 million.",
        [],
        [("kestrin-homes", "LOCATED_IN", "brenna-tower")],
    ),
    (  # a product line, no site
        "Velo Cycles said its Strada line would be discontinued.",
        [],
        [("velo-cycles", "LOCATED_IN", "strada")],
    ),
]

TYPED_TOWNS: list[tuple[str, dict[str, str]]] = [
    (  # energy: owned mine, no other cue
        "Kgalo Ore mines manganese at its Tessing mine and sells it to smelters.",
        {"Tessing": "Location"},
    ),
    (  # logistics: "the X hub" for a town placed elsewhere ("a depot in X")
        "Brisk Freight opened a depot in Orrby last year. Brisk Freight said the Orrby plant "
        "would double its staff.",
        {"Orrby": "Location"},
    ),
]

NOT_TOWNS: list[tuple[str, str, str]] = [
    (  # a firm's own works: the name is the first word of the firm's
        "Kestle Seating makes office chairs. Arden Group bought Kestle Seating and said the "
        "Kestle plant would keep its staff.",
        "Kestle",
        "Location",
    ),
    (  # an appositive names the terminal: the project's name
        "Canavel Fuels will run the Solva terminal, a storage facility at the port of Tarrow, "
        "from May.",
        "Solva",
        "Location",
    ),
    (  # "the" and no place cue anywhere: not typed a town on the site noun alone
        "Brisk Freight said the Quenby plant would double its staff.",
        "Quenby",
        "Location",
    ),
    (  # a project cue beside the site noun: the project's name
        "Harrow Agri is investing £28m in the Velde premix plant, which Harrow Agri will own.",
        "Velde",
        "Location",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), OWNED_SITES + OWNED_SITE_TRAPS)
def test_owned_site_places_its_owner(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "must"), TYPED_TOWNS)
def test_town_before_site_noun_is_a_location(text: str, must: dict[str, str]) -> None:
    got = types(text)
    assert all(got.get(n) == t for n, t in must.items()), got


@pytest.mark.parametrize(("text", "name", "not_type"), NOT_TOWNS)
def test_lookalikes_stay_untyped_as_towns(text: str, name: str, not_type: str) -> None:
    got = types(text)
    assert got.get(name) != not_type, got
