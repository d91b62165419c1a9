"""Review of round 41's merged readings locs41 and disp41 (invented sentences).

locs41 (`relations/made_at_sites.py`): a verb of making places its subject at the site where its
goods are made, past a long run of goods. Mended: a comma after the goods opens a list only when
an "and" follows before "at"; else it opens a participle clause about the goods ("makes 40
sauces, sold at shops in C": the shops are the sellers', no site of the maker); a noun of a
business tie right before the verb is its own subject ("X said customers make kits at depots in
C": the customers' depots).

disp41 (`litigation._longer_forms`): a short form of a sued company's name answering the suit
is the sued side. Mended: a short form set off by an aside calling it a parent or owner
("Northern Comb, its parent company, denied the claims") is a company of its own, and its
answer is not the sued firm's.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

MADE_AT: list[Case] = [
    (  # metals: a rate of goods, "smelts"
        "Dravik Steel smelts about 300,000 tonnes of copper a year at a smelter in Ostrava.",
        [("dravik-steel", "LOCATED_IN", "ostrava")],
        [],
    ),
    (  # pharma: "produces" with a long run of goods
        "Kiroa Pharma produces about 40 million doses of flu vaccine a year at a plant in Leiden.",
        [("kiroa-pharma", "LOCATED_IN", "leiden")],
        [],
    ),
    (  # energy: barrels a day
        "Ostby Energy refines 180,000 barrels of crude a day at a refinery in Gdansk.",
        [("ostby-energy", "LOCATED_IN", "gdansk")],
        [],
    ),
    (  # textiles: a pronoun subject in a second sentence
        "Arlo Textiles was founded in 1921. It weaves about 3 million metres of wool cloth a "
        "year at a mill in Biella.",
        [("arlo-textiles", "LOCATED_IN", "biella")],
        [],
    ),
    (  # dairy: an appositive between the maker and the verb, two places
        "Regis Dairy, a cooperative of 400 farmers, makes butter and cheese at creameries in "
        "Cork and Kerry.",
        [("regis-dairy", "LOCATED_IN", "cork"), ("regis-dairy", "LOCATED_IN", "kerry")],
        [],
    ),
    (  # milling: the reported maker holds the mill, not the speaker
        "Hollin Stores said Harvo Mills grinds about 900 tonnes of oats a day at its mill in "
        "Leeds.",
        [("harvo-mills", "LOCATED_IN", "leeds")],
        [("hollin-stores", "LOCATED_IN", "leeds")],
    ),
    (  # farming: a second predicate with a pronoun object
        "Orvane Foods grows wheat on leased land and mills it at a mill in Leeds.",
        [("orvane-foods", "LOCATED_IN", "leeds")],
        [],
    ),
]

MADE_AT_TRAPS: list[Case] = [
    (  # a participle clause after a comma: the shops are the sellers' (mended)
        "Orvane Foods makes about 40 sauces, sold at shops in Leeds and York.",
        [],
        [("orvane-foods", "LOCATED_IN", "leeds"), ("orvane-foods", "LOCATED_IN", "york")],
    ),
    (  # the goods' makers are the reporter's customers: their depots, not its (mended)
        "Kelso Motors said customers make about 300 conversions a year at depots in Luton.",
        [],
        [("kelso-motors", "LOCATED_IN", "luton")],
    ),
    (  # a plan
        "Kelso Motors plans to build 20,000 electric vans a year at a new plant in Luton.",
        [],
        [("kelso-motors", "LOCATED_IN", "luton")],
    ),
    (  # the maker is another company, the payer holds no mill
        "Hollin Stores pays Harvo Mills to grind 900 tonnes of oats a day at a mill in Leeds.",
        [],
        [("hollin-stores", "LOCATED_IN", "leeds")],
    ),
    pytest.param(
        "Kelso Motors builds its vans for customers at depots in Luton.",
        [],
        [("kelso-motors", "LOCATED_IN", "luton")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="goods made 'for' buyers at depots: the depots may be the buyers'; the "
            "reading places the maker there (doubtful line left)",
        ),
    ),
]

SHORT_FORM_ANSWERS: list[Case] = [
    (  # pharma: a denial of infringing by the short form
        "Harbour Light Pharma is suing Cedar Point Biologics for patent infringement. Cedar "
        "Point denied infringing.",
        [("cedar-point-biologics", "DISPUTES", "harbour-light-pharma")],
        [],
    ),
    (  # a passive suit, then the short form's denial
        "Blue Heron Lampade was sued by Ostrava Glass in Milan. Blue Heron denied the claims.",
        [("blue-heron-lampade", "DISPUTES", "ostrava-glass")],
        [],
    ),
    (  # an aside that is no parent keeps the answer
        "Ostrava Glass sued Blue Heron Lampade in Milan. Blue Heron, which makes 2,000 lamps "
        "a week, denies copying the shade.",
        [("blue-heron-lampade", "DISPUTES", "ostrava-glass")],
        [],
    ),
]

SHORT_FORM_TRAPS: list[Case] = [
    (  # the short form is the parent: its answer is not the sued unit's (mended)
        "Harrow Blades has sued Northern Comb Shearing in Timaru. Northern Comb, its parent "
        "company, denied the claims.",
        [],
        [("northern-comb-shearing", "DISPUTES", "harrow-blades")],
    ),
    (  # a holding company that owns the sued maker (mended)
        "Ostrava Glass sued Blue Heron Lampade in Milan. Blue Heron, the holding company that "
        "owns the maker, denied the claims.",
        [],
        [("blue-heron-lampade", "DISPUTES", "ostrava-glass")],
    ),
    (  # no answer
        "Ostrava Glass sued Blue Heron Lampade in Milan. Blue Heron declined to comment.",
        [],
        [("blue-heron-lampade", "DISPUTES", "ostrava-glass")],
    ),
    pytest.param(
        "Ostrava Glass sued Blue Heron Lampade, a unit of Blue Heron, in Milan. Blue Heron "
        "denied the claims.",
        [],
        [("blue-heron-lampade", "DISPUTES", "ostrava-glass")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the short form is named as the parent in the suit's sentence; the answer "
            "rule sees no sign of it in the answering sentence",
        ),
    ),
    pytest.param(
        "Ostrava Glass sued Blue Heron Lampade in Milan. Blue Heron is expected to deny the "
        "claims.",
        [],
        [("blue-heron-lampade", "DISPUTES", "ostrava-glass")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="'is expected to deny' is read as a denial by the answer rule itself (the "
            "full name fires too); the short form extends it",
        ),
    ),
]


@pytest.mark.parametrize("text,present,absent", MADE_AT)
def test_made_at(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", MADE_AT_TRAPS)
def test_made_at_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", SHORT_FORM_ANSWERS)
def test_short_form_answer(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", SHORT_FORM_TRAPS)
def test_short_form_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
