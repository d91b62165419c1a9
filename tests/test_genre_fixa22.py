"""Genre bank for the review mends of round 22 (part a).

A name before a clause opener or a quantifier ("sued Vexa after merger talks collapsed",
"funded Vexa before any deal") is the verb's object, not a modifier of a later deal noun. A
person after "and" ("sued the Kelso board and chief executive Ana Berg") is a second object,
not the name the coordinated nouns describe. A hope governs a "would" only in its own clause:
"hoped to grow, and Ana Berg said the firm would acquire Vexa" is an announced deal. A
purpose infinitive after a name takes the site away ("with Dalvik to build a plant in Gorsk"),
but not when the name opens the sentence as its subject (a headline "Kelso to open plant in
Gorsk").

Each case is a short invented text (relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PHRASE_BREAKS: list[Case] = [
    (  # retail: "after" opens a clause, not the name's noun phrase
        "Kelso sued Vexa after merger talks collapsed.",
        [("kelso", "DISPUTES", "vexa")],
        [],
    ),
    (  # banking: the same with two-word names
        "Kelso Bank sued Vexa Rail after takeover talks collapsed in March.",
        [("kelso-bank", "DISPUTES", "vexa-rail")],
        [],
    ),
    (  # energy: "during" ends the object
        "Kelso backed Vexa during takeover talks with Tessel.",
        [("kelso", "BACKS", "vexa")],
        [],
    ),
    (  # software: a quantifier before the deal noun
        "Kelso funded Vexa before any deal was signed.",
        [("kelso", "FUNDS", "vexa")],
        [],
    ),
    (  # guard: the name still modifies a deal noun right after it
        "Tessel criticised the Vexa takeover deal last week.",
        [],
        [("tessel", "DISPUTES", "vexa")],
    ),
]

SECOND_OBJECTS: list[Case] = [
    (  # legal: a person after "and" is a second object, not the head's name
        "Tessel sued the Kelso board and chief executive Ana Berg.",
        [("tessel", "DISPUTES", "kelso")],
        [("tessel", "DISPUTES", "ana-berg")],
    ),
    (  # retail: the same with a founder
        "Tessel backed the Kelso management and founder Ana Berg.",
        [("tessel", "FUNDS", "kelso")],
        [("tessel", "BACKS", "ana-berg")],
    ),
    (  # food: a chairman after the firm's management
        "Halvik Foods criticised the Ostrel management and chairman Piet Dorn over the closure.",
        [("halvik-foods", "DISPUTES", "ostrel")],
        [],
    ),
    (  # must still give: coordinated sector nouns end in a company noun
        "Norvik Capital bought the Tarvin bakery and cafe chain Dalby Bakes.",
        [("norvik-capital", "OWNS", "dalby-bakes")],
        [("norvik-capital", "OWNS", "tarvin")],
    ),
]

HOPES: list[Case] = [
    (  # retail: a hope in an earlier clause does not govern an announced "would acquire"
        "Kelso hoped to grow, and Ana Berg said the firm would acquire Vexa.",
        [("kelso", "OWNS", "vexa")],
        [],
    ),
    (  # food: the same past "told"
        "Kelso hoped for growth, and Ana Berg told staff the firm would acquire Vexa.",
        [("kelso", "OWNS", "vexa")],
        [],
    ),
    (  # guard: a hope across a relative's commas still governs its "would"
        "Ana Berg hoped the council, which hands out slots, would back Aerolift.",
        [],
        [("ana-berg", "BACKS", "aerolift")],
    ),
]

PURPOSES: list[Case] = [
    (  # headline: the name is the infinitive's subject, the site stays
        "Kelso to open plant in Gorsk.",
        [("kelso", "LOCATED_IN", "gorsk")],
        [],
    ),
    (  # steel headline: the same with a two-word name
        "Halvik Steel to open new mill in Ostrava.",
        [("halvik-steel", "LOCATED_IN", "ostrava")],
        [],
    ),
    (  # guard: a purpose after "with" names a site still to come, and not the partner's
        "Kelso started a venture with Dalvik Tekstil to build a plant in Gorsk.",
        [],
        [("dalvik-tekstil", "LOCATED_IN", "gorsk")],
    ),
    (  # guard: a verb's object before the purpose is no subject that opens the sentence
        "Kelso hired Dalvik Tekstil to build a plant in Gorsk.",
        [],
        [("dalvik-tekstil", "LOCATED_IN", "gorsk")],
    ),
]

FIRM_ITSELF: list[Case] = [
    (  # retail: "The <firm> chain was bought by": the firm itself is the patient
        "The Vexa chain was bought by Kelso Capital in 2019.",
        [("kelso-capital", "OWNS", "vexa")],
        [],
    ),
    (  # retail: the same after a sentence that names Vexa as a firm
        "Vexa opened 40 stores last year. The Vexa chain was bought by Kelso Capital in 2019.",
        [("kelso-capital", "OWNS", "vexa")],
        [],
    ),
    (  # food: "The <firm> group was founded by P"
        "The Vexa group was founded by Ana Berg in 1990.",
        [("ana-berg", "FOUNDED", "vexa")],
        [],
    ),
]

BANK = PHRASE_BREAKS + SECOND_OBJECTS + HOPES + PURPOSES + FIRM_ITSELF
_FIRM_ITSELF_GAP = (
    "'The <name> <firm head> was bought/founded by' past an auxiliary or comma: the name is "
    "the firm itself here but a place modifier in 'X tops the list. The Skarnow company was "
    "founded by P' (test_genre_modnp22); both names take the Organization type from the head, "
    "so telling them apart needs the article's earlier mentions (not in the sentence)"
)
GAPS: dict[str, str] = {
    "The Vexa chain was bought": _FIRM_ITSELF_GAP,
    "Vexa opened 40 stores": _FIRM_ITSELF_GAP,
    "The Vexa group was founded": _FIRM_ITSELF_GAP,
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_fixa22(case: Case) -> None:
    check(*case)
