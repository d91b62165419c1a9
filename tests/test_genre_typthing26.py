"""Genre bank for things typed as companies (round 26): a possessed name before a noun.

After "its", "their" or "whose" and a name, one to three lower-case words that close the noun
phrase name the thing the possessor sells, though no list knows the noun ("its Tessel hinge",
"whose Brindle oat bars", "its own Kavo 30 pump"). Guards: a firm's, a site's, a place's, a
role's or a relation's noun after the name keeps it what it was ("its Tessel unit", "its Orvo
plant", "its Kessby customers", "its Orva deal"), and so does a verb ("whose Tessa joined").

Each case is a short invented text with the types its names must resolve to, across
hardware, food, marine safety, road salt, furniture, textiles, asphalt, pyrotechnics and locks.
"""

from __future__ import annotations

import pytest
from construction_check import check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

POSSESSED: list[TypeCase] = [
    (  # hardware: a noun no product list knows
        "Brenholt Hardware said on Monday that sales of its Tesselo hinge rose by a fifth. "
        "Brenholt is based in Leeds.",
        {"Tesselo": "Product", "Brenholt Hardware": "Organization"},
        [],
    ),
    (  # food: "whose NAME" and a compound noun
        "Quarnby Foods, whose Brindlewick oat bars are sold in 12 countries, agreed to buy a "
        "bakery in Ghent.",
        {"Brindlewick": "Product", "Quarnby Foods": "Organization"},
        [],
    ),
    (  # marine safety: a model number and a two-word noun
        "Halmstrand Safety accused Orvik Marine of copying the canopy of its own Seaward 25 "
        "life raft.",
        {"Seaward 25": "Product"},
        [],
    ),
    (  # road salt: a modifier before the noun
        "Dunmere Minerals said demand for its Glintrack pre-wetted salt doubled last winter.",
        {"Glintrack": "Product"},
        [],
    ),
    (  # furniture: "their" and a plural noun
        "Corlan and Teskby said their Ardwyn desks would be made in Poland from next year.",
        {"Ardwyn": "Product"},
        [],
    ),
    (  # pyrotechnics: a two-word name, an adjective and a plural noun
        "Fuegos Marlen said its Luz Alta aerial shells were sold out for the season.",
        {"Luz Alta": "Product"},
        [],
    ),
    (  # guard: a unit is a firm
        "Brenholt Hardware said its Tesselo unit would be sold to Varn Capital.",
        {"Tesselo": "Organization"},
        [],
    ),
    (  # guard: a relation's noun after the name (the name is a counterparty)
        "Dunmere Minerals said its Kelvorn deal would close in May.",
        {"Kelvorn": "Organization"},
        [],
    ),
    (  # guard: customers of a place or a firm
        "Quarnby Foods said its Marlowe customers would be served from a new depot.",
        {"Marlowe": "Organization"},
        [],
    ),
    (  # guard: a site noun names no product
        "Teskby Textiles said its Orvane plant would close next year.",
        {"Teskby Textiles": "Organization", "Orvane": "Location"},
        [],
    ),
]

POSSESSED += [
    (  # locks: the rival's own product (which owner "its" names is the relations' business)
        "Norvell's main rival in smart locks, Assaro Group, cut the price of its Keylo lock.",
        {"Keylo": "Product", "Assaro Group": "Organization"},
        [],
    ),
]

GAPS_CASES: list[TypeCase] = [
    (  # a product named by "called" after a noun no list knows
        "Halden Microsystems makes a competing accelerator called Velaro, which has won "
        "customers in Asia.",
        {"Velaro": "Product"},
        [],
    ),
    (  # a brand the firm launched, named in an appositive with the pronoun after it
        "The group said that Tesserin, the extended-stay brand it launched in 2024, now has 19 "
        "hotels open.",
        {"Tesserin": "Product"},
        [],
    ),
    (  # a town after a works noun and "at" (the sited-place reading was measured and left out)
        "Keadby Terminals, which runs a rival tank farm across the river at Goolby, announced "
        "plans of its own.",
        {"Goolby": "Location"},
        [],
    ),
]

BANK = POSSESSED + GAPS_CASES
GAPS: dict[str, str] = {
    "Halden Microsystems makes": "'called' after a noun no product list knows",
    "The group said that Tesserin": "'brand' types a firm; a launched brand is unread",
    "Keadby Terminals": "a town after a works noun and 'at' is not read (sited_places reverted)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_typthing26(case: TypeCase) -> None:
    check_types(*case)
