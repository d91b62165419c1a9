"""Genre bank for over-firing constructions found by adversarial invented news text.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across mining, retail, pharma, shipping, banking, farming, football, media, energy,
aviation, insurance, autos and the public sector, in wire, trade-press, press-release and
analysis registers.

- A sentence's first word before a company noun is a sector, a good or a kind of business, not
  the place the company sits in: "Cobalt miner X", "Dairy cooperative X", "Aircraft lessor X",
  "Regional airline X" (a real place still locates it: "Hoboken startup X", "Leeds lender X").
- A nationality joined to combining forms of others ("Franco-Italian maker X") is no place.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

SECTOR_OPENERS: list[Case] = [
    (  # mining, wire: a commodity before "miner"
        "Cobalt miner Tervane Resources said on Monday it would cut 400 jobs in Zambia.",
        [],
        [("tervane-resources", "LOCATED_IN", "cobalt")],
    ),
    (  # farming: "Dairy cooperative", with a rival in the same sentence
        "Dairy cooperative Greenvale Farmers will merge with rival Westmoor Dairies, the two "
        "groups said on Monday.",
        [("greenvale-farmers", "COMPETES_WITH", "westmoor-dairies")],
        [("greenvale-farmers", "LOCATED_IN", "dairy")],
    ),
    (  # aviation: a product before "lessor", with a lawsuit
        "Aircraft lessor Meridian Aero has filed a lawsuit against Azura Airlines over unpaid "
        "rent on 14 jets.",
        [("meridian-aero", "DISPUTES", "azura-airlines")],
        [("meridian-aero", "LOCATED_IN", "aircraft")],
    ),
    (  # aviation: an adjective before "airline", then the real base in the next sentence
        "Regional airline Skyreach will lease 12 turboprops. The carrier is based in Bergen.",
        [("skyreach", "LOCATED_IN", "bergen")],
        [("skyreach", "LOCATED_IN", "regional")],
    ),
    (  # insurance, trade press: "Budget insurer"
        "Budget insurer Calder Direct reported a rise in motor claims on Friday, its chief "
        "executive Margot Ellery said.",
        [("margot-ellery", "LEADS", "calder-direct")],
        [("calder-direct", "LOCATED_IN", "budget")],
    ),
    (  # retail: "Online retailer" with an owner in a relative clause
        "Online retailer Threadline, which is owned by Harrow Capital, was fined on Tuesday.",
        [("harrow-capital", "OWNS", "threadline")],
        [("threadline", "LOCATED_IN", "online")],
    ),
    (  # pharma: "Generic drugmaker" in a headline-like lede
        "Generic drugmaker Sunvara Labs plans to launch a cheaper blood thinner within weeks.",
        [],
        [("sunvara-labs", "LOCATED_IN", "generic")],
    ),
    (  # energy: "Solar startup" with a funding round
        "Solar startup Brightfield Power raised $40 million from Arbor Ventures on Thursday.",
        [("arbor-ventures", "FUNDS", "brightfield-power")],
        [("brightfield-power", "LOCATED_IN", "solar")],
    ),
    (  # shipping: "Container shipbuilder"
        "Container shipbuilder Daebo Marine won an order for eight vessels from Orsund Lines.",
        [],
        [("daebo-marine", "LOCATED_IN", "container")],
    ),
    (  # guard: a real place as the first word still locates the company
        "Hoboken startup Tovren sells drones to farmers.",
        [("tovren", "LOCATED_IN", "hoboken")],
        [],
    ),
    (  # guard: a known city before "lender"
        "Leeds lender Marrow Bank agreed to pay $45 million to settle the claims.",
        [("marrow-bank", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # guard: mid-sentence place before the noun, with "the"
        "Orsund Shipping ordered ships from the Busan shipbuilder Daebo Heavy.",
        [("daebo-heavy", "LOCATED_IN", "busan")],
        [],
    ),
]

JOINT_NATIONALITIES: list[Case] = [
    (  # aviation: a participle's agent
        "The aircraft, built by Franco-Italian manufacturer Avitec, will be delivered in 2026.",
        [],
        [("avitec", "LOCATED_IN", "franco-italian")],
    ),
    (  # mining: "Anglo-Australian miner" as the subject
        "Anglo-Australian miner Corrie Minerals rejected a takeover offer from Albion Chemical.",
        [],
        [("corrie-minerals", "LOCATED_IN", "anglo-australian")],
    ),
    (  # autos: "Sino-German carmaker" in an appositive
        "Veltro Motors, a Sino-German carmaker, will build a plant in Chattanooga.",
        [("veltro-motors", "LOCATED_IN", "chattanooga")],
        [("veltro-motors", "LOCATED_IN", "sino-german")],
    ),
]

BANK = SECTOR_OPENERS + JOINT_NATIONALITIES
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_precision(case: Case) -> None:
    text, present, absent = case
    check(text, present, absent)


@pytest.mark.parametrize(
    ("text", "must", "must_not"),
    [
        (
            "Cobalt miner Tervane Resources cut jobs.",
            {"Tervane Resources": "Organization"},
            ["Cobalt"],
        ),
        (
            "Aircraft lessor Meridian Aero sued Azura.",
            {"Meridian Aero": "Organization"},
            ["Aircraft"],
        ),
        ("Regional airline Skyreach grew.", {"Skyreach": "Organization"}, ["Regional"]),
        ("Hoboken startup Tovren grew.", {"Hoboken": "Location", "Tovren": "Organization"}, []),
    ],
)
def test_sector_openers_are_no_entities(
    text: str, must: dict[str, str], must_not: list[str]
) -> None:
    check_types(text, must, must_not)
