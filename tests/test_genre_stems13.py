"""Genre bank for names that extend another name's first word (round 13): a subsidiary or a
product named "<firm's word> + word" beside the firm ("Its subsidiary Tovrin Nordica", "Stratel
Cloud, a Stratel Holdings subsidiary", "Ondra Loop, a service Ondra started") stays an entity of
its own; the bare word goes to the firm it stands for.

Each case is a short invented article (text, names that must resolve with their type, names
that must not be entities of their own), across shipping, mining, food, energy, retail, cloud,
finance and furniture. Guards: a short form after the long name ("Pellow Labs ... Pellow
said"), a legal suffix ("Corrin Water Ltd ... Corrin"), a defined short form in brackets
("Tovrin Labs (Tovrin)").
"""

from __future__ import annotations

import pytest
from construction_check import check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

ORG = "Organization"

# A: the bare firm is named first, its part (subsidiary, unit, arm) later with its stem
PARTS: list[TypeCase] = [
    (  # paper: "Its subsidiary X Y" after the bare parent
        "Tovrin owns mills in Finland. Its subsidiary Tovrin Nordica runs two plants. Tovrin "
        "is led by Ana Berg.",
        {"Tovrin": ORG, "Tovrin Nordica": ORG},
        [],
    ),
    (  # shipbuilding: "the group's subsidiary", an org word as the tail
        "Halvek cut its forecast. The group's subsidiary Halvek Marine builds ferries in Gdansk.",
        {"Halvek": ORG, "Halvek Marine": ORG},
        [],
    ),
    (  # mining: "X Y, a subsidiary of X"
        "Kelsor bought a copper mine. Kelsor Peru, a subsidiary of Kelsor, runs the mine.",
        {"Kelsor": ORG, "Kelsor Peru": ORG},
        [],
    ),
    (  # logistics: "X Y, a unit of X"
        "Dravo raised prices. Dravo Freight, a unit of Dravo, carries its parcels.",
        {"Dravo": ORG, "Dravo Freight": ORG},
        [],
    ),
    (  # energy: the unit first, its division described, the bare parent later
        "Brenmoor sold two gas fields last year. Brenmoor Power, its trading division, "
        "kept its contracts.",
        {"Brenmoor": ORG, "Brenmoor Power": ORG},
        [],
    ),
]

# B: two longer names share the stem; the bare word goes to the one named first
SIBLINGS: list[TypeCase] = [
    (  # cloud: "X Cloud, a X Holdings subsidiary ... X said"
        "Stratel Cloud, a Stratel Holdings subsidiary, signed a deal with Ferrovan. Stratel "
        "said revenue rose.",
        {"Stratel Cloud": ORG, "Stratel Holdings": ORG},
        ["Stratel"],
    ),
    (  # power: "X Power, a unit of X Group ... X said"
        "Quenby Power, a unit of Quenby Group, won a contract. Quenby said it would hire 40 staff.",
        {"Quenby Power": ORG, "Quenby Group": ORG},
        ["Quenby"],
    ),
    (  # cars: a lending arm beside the carmaker
        "Kessling Motors reported a loss. Kessling Finance, its lending arm, cut loans. "
        "Kessling said demand was weak.",
        {"Kessling Motors": ORG, "Kessling Finance": ORG},
        ["Kessling"],
    ),
    (  # food: the group first, a national unit later, the bare word for the group
        "Brannock Foods said profit fell. Brannock Ireland, its subsidiary, will close a "
        "bakery. Brannock expects a better year.",
        {"Brannock Foods": ORG, "Brannock Ireland": ORG},
        ["Brannock"],
    ),
]

# C: a product named with the maker's word
PRODUCTS: list[TypeCase] = [
    (  # fitness: "X launched X Y, a fitness app"
        "Velmar launched Velmar Pulse, a fitness app, in 2022. Velmar is based in Leeds.",
        {"Velmar": ORG, "Velmar Pulse": "Product"},
        [],
    ),
    (  # furniture: "X Y, the sofa range made by X"
        "Sales of Corvik Atelier, the sofa range made by Corvik, rose. Corvik employs 900 people.",
        {"Corvik": ORG, "Corvik Atelier": "Product"},
        [],
    ),
    (  # furniture: the app named first, the bare maker later
        "Velmar Pulse, the fitness app, gained users. Velmar said the app will reach Spain.",
        {"Velmar": ORG, "Velmar Pulse": "Product"},
        [],
    ),
    (  # repairs: "sells X through X Y, a service it started"
        "Ondra sells repairs through Ondra Loop, a service it started in 2021. Ondra is led by "
        "Mira Castell.",
        {"Ondra": ORG, "Ondra Loop": "Product"},
        [],
    ),
    (  # repairs: the service in the next sentence
        "Ondra makes sofas. Ondra Loop, a repair service it started in 2021, now earns a third "
        "of sales. Ondra is led by Mira Castell.",
        {"Ondra": ORG, "Ondra Loop": "Product"},
        [],
    ),
]

# guards: the bare word is the long name's short form
GUARDS: list[TypeCase] = [
    (  # biotech: short form after the long name
        "Pellow Labs signed a deal with Arvo Health. Pellow said it will hire 30 staff.",
        {"Pellow Labs": ORG},
        ["Pellow"],
    ),
    (  # water: legal suffix
        "Corrin Water Ltd raised prices. Corrin blamed a drought.",
        {"Corrin Water": ORG},
        ["Corrin"],
    ),
    (  # pharma: legal suffix, a purchase
        "Quillex Biologics Ltd agreed to buy Pellmark. Quillex will pay 80 million in cash.",
        {"Quillex Biologics": ORG},
        ["Quillex"],
    ),
    (  # haulage: the short form for the firm after the long name
        "Marsden Freight hired 200 drivers. Marsden now runs 90 trucks.",
        {"Marsden Freight": ORG},
        ["Marsden"],
    ),
    (  # utility: described as a utility, then the short form
        "Pellow Energy, a utility based in Kent, raised prices. Pellow blamed gas costs.",
        {"Pellow Energy": ORG},
        ["Pellow"],
    ),
    (  # biotech: a defined short form in brackets
        "Tovrin Labs (Tovrin) raised 40 million from Harbeck Capital. Tovrin said the money "
        "will fund a new plant.",
        {"Tovrin Labs": ORG},
        ["Tovrin"],
    ),
    (  # banking: the unit named first is the subject; its short form later
        "Orvell Mobile, a unit of Telvanto, added 40,000 customers. Orvell said prices would "
        "stay flat.",
        {"Orvell Mobile": ORG},
        ["Orvell"],
    ),
]

GAPS: dict[str, str] = {
    "Ondra sells repairs": "'a service it started' casts no Product vote ('service' after "
    "'a' closes on 'it', not a good closer)",
    "Ondra makes sofas": "the service is typed Organization by default, and with no part "
    "descriptor the bare maker named first is joined to it",
    "Tovrin Labs (Tovrin)": "an unquoted bracket of the first word as a defined short form "
    "cost blind7 precision 0.905 -> 0.899 (reverted)",
}

BANK: list[TypeCase] = PARTS + SIBLINGS + PRODUCTS + GUARDS


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_stems13(case: TypeCase) -> None:
    text, must, must_not = case
    check_types(text, must, must_not)
