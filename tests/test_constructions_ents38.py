"""Entity naming and typing (round 38, `ents`).

- A currency's letter sign and its number ("R40 million", "SR12m", "Rs 90 crore", "KSh 3
  billion", "$A21.4 million") are an amount, no entity (`loaders/letter_amounts.py`).
- A public body's name that lists its fields with commas and "and" is one name: "Ministry of
  Trade, Ports and Water Resources", "Culture, Media and Sport Committee", "Environment and
  Land Court" (`loaders/long_names.py`).

Invented texts across mining, fines, loans, results, hotels, construction and retail.
"""

from __future__ import annotations

import pytest
from construction_check import check_types

Case = tuple[str, dict[str, str], list[str]]

LETTER_AMOUNTS: list[Case] = [
    # mining: a glued sign before a scale word, as an object
    (
        "Varlo Mining paid R40 million for the Tessel quarry, Varlo said.",
        {"Varlo Mining": "Organization"},
        ["R40"],
    ),
    # fines: a passive with the amount after "of"
    (
        "Karst Cement was fined SR131 million by the regulator, and Najdi Piling SR83m.",
        {"Karst Cement": "Organization", "Najdi Piling": "Organization"},
        ["SR131", "SR83m"],
    ),
    # results: decimals between the sign and the scale word
    (
        "Pre-tax profit at Obalo Power rose to N18.6 billion from N13.2 billion.",
        {"Obalo Power": "Organization"},
        ["N18", "N13"],
    ),
    # loans: a spaced multi-letter sign and a hyphened scale word, in a relative clause
    (
        "The plant, which will cost Rs 140 crore, is financed by a Rs 90-crore loan from "
        "Vedanta Capital.",
        {"Vedanta Capital": "Organization"},
        ["Rs", "Rs 90"],
    ),
    # hotels: a shilling sign spaced, and a ringgit sign glued, in coordination
    (
        "Kivuli Lodges booked KSh 40 million in profit and Tarvo Hotels RM9 million.",
        {"Kivuli Lodges": "Organization", "Tarvo Hotels": "Organization"},
        ["KSh", "RM9"],
    ),
    # retail: a letter code after a glued dollar sign
    (
        "Revenue at Coral Mobility rose to $A412 million from $A380 million.",
        {"Coral Mobility": "Organization"},
        ["A412", "A380"],
    ),
    # construction: a share price after an abbreviated sign ("Rs." does not end the sentence)
    (
        "Pellam Builders shares fell 3% to Rs. 412 in Mumbai trading.",
        {"Pellam Builders": "Organization"},
        ["Rs"],
    ),
    # a decimal with its own scale ("Sh2.5bn"), the company as subject
    (
        "The company, Brask Holdings, paid Sh2.5bn for the depot.",
        {"Brask Holdings": "Organization"},
        ["Sh2"],
    ),
]

# lookalikes: model codes of one letter and a number with no scale word stay products
MODEL_CODES: list[Case] = [
    (
        "Deska Motors launched the Chaski E3, an electric three-wheeler, in 2021.",
        {"Chaski E3": "Product"},
        [],
    ),
    (
        "Ferrow Drones said the Ferrow K9 sold 40,000 units last year.",
        {"Ferrow K9": "Product"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", LETTER_AMOUNTS + MODEL_CODES)
def test_letter_amounts(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


# a body's name listing its fields: after an of-head, before a body's word, or around "and"
# before a court's word; parties listed before a body's word stay apart
LISTED_FIELDS: list[Case] = [
    # trade: a ministry whose last field ends in an organization word, as the object of "from"
    (
        "Officials from the Ministry of Trade, Fisheries and Water Resources visited Orsa Dates.",
        {"Ministry of Trade, Fisheries and Water Resources": "Organization"},
        ["Fisheries", "Water Resources"],
    ),
    # flags: a department with "and", in a passive
    (
        "The tender was run by the Department of Energy and Public Works, Kelso Flags said.",
        {"Department of Energy and Public Works": "Organization"},
        ["Public Works"],
    ),
    # concert halls: the department as subject, with three fields
    (
        "The Department of Local Government, Sport and Cultural Industries cut its grant to "
        "Orvel Hall.",
        {"Department of Local Government, Sport and Cultural Industries": "Organization"},
        ["Sport", "Cultural Industries"],
    ),
    # peat: a committee named by its fields alone, as the object of "told"
    (
        "Tarrow Compost told the Environment, Food and Rural Affairs Committee that sales fell.",
        {"Environment, Food and Rural Affairs Committee": "Organization"},
        ["Environment", "Food and Rural Affairs Committee"],
    ),
    # racing: the committee as subject
    (
        "The Culture, Media and Sport Committee questioned Brask Racing on Tuesday.",
        {"Culture, Media and Sport Committee": "Organization"},
        ["Culture", "Media and Sport Committee"],
    ),
    # shipping: a court of two fields, after "in"
    (
        "Skarn Ferries sued Kelso Marine in the Maritime and Commercial High Court.",
        {"Maritime and Commercial High Court": "Organization"},
        ["Commercial High Court"],
    ),
    # signage: a court named in a relative clause
    (
        "Lumo Signs lost the case, which the Environment and Land Court heard in May.",
        {"Environment and Land Court": "Organization"},
        ["Land Court"],
    ),
    # a minister's portfolio of listed fields stays the title's, no name
    (
        "The Minister for Energy and Public Works, Grace Hollis, defended the deal with Kelso "
        "Flags.",
        {"Grace Hollis": "Person", "Kelso Flags": "Organization"},
        ["Energy", "Public Works"],
    ),
]

# lookalikes: names listed before a body's or a court's word are separate parties
LISTED_PARTIES: list[Case] = [
    (
        "The Department of Energy and Harlow Mining signed the lease.",
        {"Harlow Mining": "Organization"},
        ["Department of Energy and Harlow Mining"],
    ),
    (
        "Brask Mills sued Kelso and Harlow Court in May.",
        {"Kelso": "Organization"},
        ["Kelso and Harlow Court"],
    ),
    (
        "In Energy, Harlow Mining and Tarsa Council signed a deal.",
        {"Harlow Mining": "Organization", "Tarsa Council": "Organization"},
        ["Energy, Harlow Mining and Tarsa Council"],
    ),
]


@pytest.mark.parametrize("text,must,must_not", LISTED_FIELDS + LISTED_PARTIES)
def test_listed_fields(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
