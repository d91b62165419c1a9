"""Genre bank for places no list knows (round 13): towns after a site noun and "around", a
plural place noun opening its examples ("towns such as A, B and C", "ports including A"), a
region with "the" after a site ("a resort in the Osterland": a gap), a landform or shore noun
after a name ("across the Norrow coast"), and a town modifying a company noun inside an indefinite
descriptor ("an Ostervik software firm", "a small Tollmere cheese maker").

Each case is a short invented sentence and the types its names must (or must not) get, across
food, mining, shipping, retail, software, hotels, farming and energy. Guards: a firm head after
the name ("Wexbury Grain", "the Varden Group"), a customers list, "the Orso chocolate maker"
(maybe a brand), "a Tovrin board director", "a Tovrin software unit", a stake "in the" fund.
"""

from __future__ import annotations

import pytest
from construction_check import gap_params, types

# text, names that must be typed so, names that must not be typed Organization
TypeCase = tuple[str, dict[str, str], list[str]]

PLACES: list[TypeCase] = [
    (  # food: a list of villages opened by "such as"
        "Halvane Foods has bakeries in villages such as Carrowby, Dunsley and Ferrant.",
        {"Carrowby": "Location", "Dunsley": "Location", "Ferrant": "Location"},
        [],
    ),
    (  # retail: fronted phrase, towns such as
        "Across towns such as Ysterby, Pelton and Quenby the chains compete.",
        {"Ysterby": "Location", "Pelton": "Location", "Quenby": "Location"},
        [],
    ),
    (  # mining: "including"
        "The miner owns pits in towns including Orlestad and Kemmerby.",
        {"Orlestad": "Location", "Kemmerby": "Location"},
        [],
    ),
    (  # shipping: "ports like"
        "Trade runs through ports like Kelmstad and Varrow, Brask Shipping said.",
        {"Kelmstad": "Location", "Varrow": "Location", "Brask Shipping": "Organization"},
        [],
    ),
    (  # logistics: depots around
        "Norsk Haulage runs depots around Ostervik and Tallby.",
        {"Ostervik": "Location", "Tallby": "Location"},
        [],
    ),
    (  # retail: stores around
        "Pellam Retail has stores around Quenmoor.",
        {"Quenmoor": "Location"},
        [],
    ),
    (  # flour mills in two unlisted towns (already read)
        "Granvel Foods runs flour mills in Wexbury and Tollmere.",
        {"Wexbury": "Location", "Tollmere": "Location"},
        [],
    ),
    (  # hotels: a region with "the" after a site
        "Velmar Hotels opened a resort in the Osterland.",
        {"Osterland": "Location"},
        [],
    ),
    (  # farming: vineyards in the X
        "Brisk Farms owns vineyards in the Cavelle, said its chief.",
        {"Cavelle": "Location"},
        [],
    ),
    (  # retail: a coast
        "Dask Retail sells across the Norrow coast.",
        {},
        ["Norrow"],
    ),
    (  # energy: wells off a delta
        "Tarrant Energy bought wells off the Kessel delta.",
        {},
        ["Kessel"],
    ),
    (  # a depot planned at a town (already read)
        "A depot is planned at Selmore, said Brask Logistics.",
        {"Selmore": "Location", "Brask Logistics": "Organization"},
        [],
    ),
    (  # food: the town modifies a trade inside the descriptor
        "A Tollmere butter maker, Orrin Dairy, sued Kelso Foods.",
        {"Tollmere": "Location", "Orrin Dairy": "Organization"},
        [],
    ),
    (  # software: an appositive descriptor
        "Brisk Labs, an Ostervik software firm, raised money.",
        {"Ostervik": "Location", "Brisk Labs": "Organization"},
        [],
    ),
    (  # dairy: adjectives between the article and the town
        "Orrin Dairy, a small Tollmere cheese maker, was sold.",
        {"Tollmere": "Location", "Orrin Dairy": "Organization"},
        [],
    ),
    (  # pharma: a drug maker from a town
        "Calder Bio agreed to buy Fenwyn Labs, a Dorrisby generic drug maker.",
        {"Dorrisby": "Location", "Fenwyn Labs": "Organization"},
        [],
    ),
]

GUARDS: list[TypeCase] = [
    (  # a firm head after the name
        "Granvel runs mills for Wexbury Grain.",
        {"Wexbury Grain": "Organization"},
        [],
    ),
    (  # a region word inside a firm's name
        "The Varden Group sued Kelso Mining.",
        {"Varden Group": "Organization"},
        [],
    ),
    (  # a customers list
        "Granvel has contracts with customers such as Ysterby, Pelton Foods and Quenby.",
        {"Pelton Foods": "Organization", "Ysterby": "Organization", "Quenby": "Organization"},
        [],
    ),
    (  # "the" + name + trade: a maker's town in apposition (placemod22: measured, the
        # real appositives of this shape name towns; a brand before "maker X" stays unread)
        "Kelso Foods, the Orso chocolate maker, grew.",
        {"Kelso Foods": "Organization", "Orso": "Location"},
        [],
    ),
    (  # a person's role at a firm
        "Ilse Varn is a Tovrin board director.",
        {"Tovrin": "Organization"},
        [],
    ),
    (  # a part of a firm
        "Pellam bought a Tovrin software unit.",
        {},
        ["Tovrin:Location"],
    ),
    (  # a firm's own town in a name that is organization-shaped
        "Durnby Center Holdings bought the hall.",
        {"Durnby Center Holdings": "Organization"},
        [],
    ),
    (  # a stake in a fund named with "the" (no site before "in the")
        "Pellam invested in the Varden, a fund.",
        {},
        ["Varden:Location"],
    ),
]

MAKER = "a town before 'maker' in a descriptor measured a wrong relation on blind10; left out"
GAPS: dict[str, str] = {
    "Velmar Hotels opened a resort in the Osterland": "'SITE in the REGION' measured a wrong "
    "noun-trigger relation on blind10; left out",
    "Brisk Farms owns vineyards in the Cavelle": "'SITE in the REGION': see the resort case",
    "A Tollmere butter maker": MAKER,
}


def check_place_types(text: str, must: dict[str, str], not_org: list[str]) -> None:
    """Every name of `must` resolves with its type; each of `not_org` is no Organization (or,
    as "NAME:TYPE", not of that type)."""
    got = {n.removeprefix("The "): t for n, t in types(text).items()}
    wrong = {n: (t, got.get(n)) for n, t in must.items() if got.get(n) != t}
    for item in not_org:
        name, _, bad = item.partition(":")
        if got.get(name) == (bad or "Organization"):
            wrong[name] = ("not " + (bad or "Organization"), got.get(name))
    assert not wrong, (wrong, got)


@pytest.mark.parametrize("case", gap_params(PLACES + GUARDS, GAPS))
def test_genre_places13(case: TypeCase) -> None:
    check_place_types(*case)
