"""Genre bank for name boundaries (round 15): a brand-like person title ("Star", "King",
"Prince", "Lady") between two capitalized words of one organization's name whose last word is
no organization word ("the carrier Norland Star Express") stays one name; it opens no person.

Guards: a given name after the title ("Norland Star Ada Brannock"), a lower-case title
("Norland star Ada Brannock"), a title that is no brand word ("Texas Governor Abbott"), a role
phrase then a person ("Orvel Capital Chief Executive Ada Brannock"), two capitalized words
after the title, and the title at a sentence's start.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

TYPES: list[TypeCase] = [
    (  # shipping: descriptor noun before the name
        "Quillex Holdings launched the route jointly with the carrier Norland Star Express.",
        {"Norland Star Express": "Organization"},
        ["Express", "Norland"],
    ),
    (  # retail: object of a verb, no descriptor noun
        "Brisk Foods bought Arden King Bulk for $40 million last year.",
        {"Arden King Bulk": "Organization"},
        ["Bulk", "Arden"],
    ),
    (  # outdoor goods: subject of the sentence
        "Kestrel Prince Outfitters opened two stores in the north on Monday.",
        {"Kestrel Prince Outfitters": "Organization"},
        ["Outfitters"],
    ),
    (  # fashion: "Lady" inside a label's name, after "with"
        "Orvel Capital signed a licensing deal with Tamsin Lady Navigation in March.",
        {"Tamsin Lady Navigation": "Organization"},
        ["Navigation"],
    ),
    (  # guard: a given name after the title is a person
        "Norland Star Ada Brannock sang at the opening of the Quillex Arena.",
        {"Ada Brannock": "Person"},
        [],
    ),
    (  # guard: a title that is no brand word
        "Texas Governor Abbott said the plant would open in May.",
        {"Abbott": "Person"},
        ["Texas Governor Abbott"],
    ),
    (  # guard: a role phrase then a person
        "Orvel Capital Chief Executive Ada Brannock said the fund would grow.",
        {"Ada Brannock": "Person", "Orvel Capital": "Organization"},
        [],
    ),
]

RELATIONS: list[Case] = [
    (  # shipping: the partner is the whole name
        "Quillex Ferries formed a partnership last year with the carrier Norland Star Express.",
        [("quillex-ferries", "PARTNERS_WITH", "norland-star-express")],
        [],
    ),
    (  # retail: acquisition of the whole name
        "Brisk Foods bought Arden King Bulk for $40 million.",
        [("brisk-foods", "OWNS", "arden-king-bulk")],
        [],
    ),
    (  # guard: lower-case title, a person leads the firm
        "Norland chief Ada Brannock said the deal would close in March.",
        [("ada-brannock", "LEADS", "norland")],
        [],
    ),
    (  # guard: role phrase then a person
        "Orvel Capital Chief Executive Ada Brannock said the fund would grow.",
        [("ada-brannock", "LEADS", "orvel-capital")],
        [],
    ),
]

SPLITS: list[Case] = [
    (  # a legal suffix's period, then a capitalized word that is no name part: two sentences
        "Orvel Capital invested in Ostrel Ltd. Chief executive Ada Brannock welcomed the money.",
        [("orvel-capital", "FUNDS", "ostrel")],
        [],
    ),
    (  # energy: "Plc." then a noun opening a new sentence; the issuer is no buyer
        "Notice: proposed purchase by Kestrel Holdings Ltd of Brenmoor Ltd. Decision issued by "
        "the authority on Friday.",
        [],
        [("authority", "OWNS", "brenmoor"), ("authority", "OWNS", "kestrel-holdings")],
    ),
    (  # guard: "Ltd. and" does not split
        "Orvel Capital invested in Ostrel Ltd. and Brisk Foods last year.",
        [("orvel-capital", "FUNDS", "ostrel"), ("orvel-capital", "FUNDS", "brisk-foods")],
        [],
    ),
    (  # guard: wire style "Corp. President X" stays one sentence
        "Tarvick Corp. President Lin Oda said the company would buy Brenmoor Foods.",
        [("lin-oda", "LEADS", "tarvick"), ("tarvick", "OWNS", "brenmoor-foods")],
        [],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("text,must,must_not", gap_params(TYPES, {}, spread=True))
def test_names15_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


@pytest.mark.parametrize("case", gap_params(RELATIONS + SPLITS, GAPS))
def test_names15_relations(case: Case) -> None:
    check(*case)
