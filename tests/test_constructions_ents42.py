"""Entity naming (round 42, `ents`).

- A place's adjective or people before a lower-case noun is no entity, in the variants the
  round-37 reading left out: a plural noun ("Umbrian olive growers said"), a hyphened compound
  ("a Galician floor-tile maker"), a noun that is also a stop-word ("Moravian winter
  wheat"), the place without its "-y" or "-a" ("Tuscan", "Lombard", "Antarctic"), a people in
  "-ites", a region's adjective ("Baltic freight rates fell") and one whose form no rule derives
  ("Basque cider", "Flemish growers said").
- A legislator's or counsel's title glued before a person's name is a title ("Local MSP Isla
  Brannock urged", "Opposition TD Ciarán Molloy asked", "Advocate Lindiwe Maseko"), as "MP" is.

Invented texts across tiles, mining, brewing, wine, steel, tourism, shipping, food and metals.
"""

from __future__ import annotations

import pytest
from construction_check import check_types

PLACE_ADJECTIVES: list[tuple[str, dict[str, str], list[str]]] = [
    # tiles: a hyphened compound after the adjective, in an appositive
    (
        "Lousas Meirande, a Galician floor-tile maker, lost two export contracts.",
        {"Lousas Meirande": "Organization"},
        ["Galician"],
    ),
    # mining: a plural noun, then "a"
    (
        "Tessel Mining pays its drivers 900 Namibian dollars a week.",
        {"Tessel Mining": "Organization"},
        ["Namibian"],
    ),
    # brewing: a stop-word noun ("winter") before another noun
    (
        "Brauerei Kolnbach signed up growers of Moravian winter wheat.",
        {"Brauerei Kolnbach": "Organization"},
        ["Moravian"],
    ),
    # wine: the place without its "-y", as a subject's modifier
    (
        "Tuscan producers said Cantine Brevi had cut its prices.",
        {"Cantine Brevi": "Organization"},
        ["Tuscan"],
    ),
    # steel: a works noun after a place adjective without "-y"
    (
        "Acciaierie Dolmo lost rebar orders to a Lombard rolling mill.",
        {"Acciaierie Dolmo": "Organization"},
        ["Lombard"],
    ),
    # investment: the adjective in the object after a relative clause
    (
        "Orsvik Capital, which owns 40% of Velmar Glas, sold its stake to a Saxon mining dynasty.",
        {"Orsvik Capital": "Organization", "Velmar Glas": "Organization"},
        ["Saxon"],
    ),
    # tourism: "-ica" read as "-ic", plural noun
    (
        "Polaris Voyages sells Antarctic cruises to retired teachers.",
        {"Polaris Voyages": "Organization"},
        ["Antarctic"],
    ),
    # food: a people in "-ites"
    (
        "Mannath Foods opened two shops for Keralites working in Dubai.",
        {"Mannath Foods": "Organization"},
        ["Keralites"],
    ),
    # shipping: a region's adjective before a plural noun
    (
        "Ostrava Metals said Baltic freight rates fell in March.",
        {"Ostrava Metals": "Organization"},
        ["Baltic"],
    ),
]

# guards: a firm's name, a given name or a region's name used as a name
NAMED: list[tuple[str, dict[str, str], list[str]]] = [
    # a firm that is named like a place adjective and acts
    (
        "Harlow Plastics sued Meridian over a supply contract.",
        {"Harlow Plastics": "Organization", "Meridian": "Organization"},
        [],
    ),
    # a plural verb with an object after a place name's stem: a subject, not an adjective
    (
        "Kestrel Dairy bought Lombard Mills from a family trust in 2019.",
        {"Kestrel Dairy": "Organization", "Lombard Mills": "Organization"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", PLACE_ADJECTIVES + NAMED)
def test_place_adjectives(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


# a region's or town's adjective whose form no rule derives (names.yaml odd_demonyms)
ODD_DEMONYMS: list[tuple[str, dict[str, str], list[str]]] = [
    # drinks: a singular noun after the adjective, in the object
    (
        "Sidra Lurrin sells Basque cider to bars in Lyon.",
        {"Sidra Lurrin": "Organization"},
        ["Basque"],
    ),
    # mining: the adjective inside a passive sentence
    (
        "Two Cornish tin mines were bought by Penwith Metals last year.",
        {"Penwith Metals": "Organization"},
        ["Cornish"],
    ),
    # leather: an appositive with a hyphened compound
    (
        "Pelletteria Orsini, a Florentine leather-goods house, was bought by Maison Carvel.",
        {"Pelletteria Orsini": "Organization", "Maison Carvel": "Organization"},
        ["Florentine"],
    ),
    # vegetables: a plural subject before "said"
    (
        "Flemish growers said Vandekerk Foods paid too little for leeks.",
        {"Vandekerk Foods": "Organization"},
        ["Flemish"],
    ),
]

# guards: such an adjective that opens a firm's longer name stays in it
ODD_NAMED: list[tuple[str, dict[str, str], list[str]]] = [
    (
        "Zulu Capital invested in Ndlovu Farms in 2021.",
        {"Zulu Capital": "Organization", "Ndlovu Farms": "Organization"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", ODD_DEMONYMS + ODD_NAMED)
def test_odd_demonyms(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


# a legislator's or counsel's title before a person's name: MSP, TD, MLA, Advocate (lexicon.yaml
# person_titles), as "MP" and "Senator" were
TITLED: list[tuple[str, dict[str, str], list[str]]] = [
    # strike: a local legislator speaks
    (
        "Local MSP Isla Brannock urged Kelso Ropeworks to reopen talks.",
        {"Isla Brannock": "Person", "Kelso Ropeworks": "Organization"},
        ["MSP Isla Brannock"],
    ),
    # tender: a parliamentary question, the title after a party word
    (
        "Opposition TD Ciarán Molloy asked why Dunleer Translation won the contract.",
        {"Ciarán Molloy": "Person", "Dunleer Translation": "Organization"},
        ["TD Ciarán Molloy"],
    ),
    # competition case: counsel named by the bar's title, in an appositive clause
    (
        "The tribunal heard Advocate Lindiwe Maseko, who acted for Rietvlei Aggregates.",
        {"Lindiwe Maseko": "Person", "Rietvlei Aggregates": "Organization"},
        ["Advocate Lindiwe Maseko"],
    ),
    # housing: a regional assembly member in the passive
    (
        "The closure of Ardmore Bakeries was criticised by MLA Declan Hewitt.",
        {"Declan Hewitt": "Person", "Ardmore Bakeries": "Organization"},
        ["MLA Declan Hewitt"],
    ),
]

# guards: a bank whose name opens with the letters, a body named for its advocate
TITLED_GUARDS: list[tuple[str, dict[str, str], list[str]]] = [
    (
        "TD Securities advised Orlen Pipe on the sale.",
        {"TD Securities": "Organization", "Orlen Pipe": "Organization"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", TITLED + TITLED_GUARDS)
def test_titled_names(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
