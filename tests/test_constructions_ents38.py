"""Entity naming and typing (round 38, `ents`).

- A currency's letter sign and its number ("R40 million", "SR12m", "Rs 90 crore", "KSh 3
  billion", "$A21.4 million") are an amount, no entity (`loaders/letter_amounts.py`).

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
