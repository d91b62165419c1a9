"""Genre bank for the parents of a joint venture (round 28, rivfund).

Each partner of a joint venture funds what the venture is: "X, a joint venture between A and
B", "X is a joint venture of A and B", "X is being built by a joint venture between A and B",
"A and B are joint-venture partners in X" (A FUNDS X, B FUNDS X). A venture still to come
("a proposed joint venture", "talks on a joint venture") and a denied one give nothing.

Each case is a short invented text (relations that must be found, relations that must not be),
across housing, paving, seed storage, ferries, clinics, quarrying, district heating and
orchards.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

HEAD = "Business news\n\n"

PARENTS: list[Case] = [
    (  # housing: agent of a building verb, past a long aside with commas
        HEAD + "Lochside Quay, a £300 million block of offices, a hotel and a marina by the "
        "canal, will be developed by a joint venture between the builder Marrow Estates and "
        "Fenwick Borough Council.",
        [
            ("marrow-estates", "FUNDS", "lochside-quay"),
            ("fenwick-borough-council", "FUNDS", "lochside-quay"),
        ],
        [],
    ),
    (  # paving: appositive with descriptors before both parents
        HEAD + "Tarnway Roads, a joint venture of the Leeds paving group Hollin Asphalt and the "
        "Danish road-marking specialist Striba Linje, lost the motorway contract.",
        [
            ("hollin-asphalt", "FUNDS", "tarnway-roads"),
            ("striba-linje", "FUNDS", "tarnway-roads"),
        ],
        [],
    ),
    (  # seed storage: copula past an aside, a hyphenated home town before the first parent
        HEAD + "The Kelpmoor Seed Store, built at a cost of €90m, is a joint venture between "
        "Lyon-based Semaris and the Port of Brest Authority.",
        [
            ("semaris", "FUNDS", "kelpmoor-seed-store"),
            ("port-of-brest-authority", "FUNDS", "kelpmoor-seed-store"),
        ],
        [],
    ),
    (  # ferries: "are joint-venture partners in X"
        HEAD + "Corvan Shipping and the operator Eastholm Marine are joint-venture partners in "
        "Brindle Ferries, which runs four routes to the islands.",
        [
            ("corvan-shipping", "FUNDS", "brindle-ferries"),
            ("eastholm-marine", "FUNDS", "brindle-ferries"),
        ],
        [],
    ),
    (  # clinics: a 50-50 venture of two groups
        HEAD + "Pellory Clinics, a 50-50 joint venture of Haldor Health and Renwick Care, "
        "opened its fifth site in March.",
        [
            ("haldor-health", "FUNDS", "pellory-clinics"),
            ("renwick-care", "FUNDS", "pellory-clinics"),
        ],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # quarrying: a proposed venture is not yet funded
        HEAD + "Stonegate Aggregates, a proposed joint venture between Orrin Quarries and "
        "Belcote Minerals, still needs the regulator's approval.",
        [],
        [
            ("orrin-quarries", "FUNDS", "stonegate-aggregates"),
            ("belcote-minerals", "FUNDS", "stonegate-aggregates"),
        ],
    ),
    (  # district heating: talks on a venture that collapsed
        HEAD + "Vantor Heat said on Monday that talks on a joint venture between Orrin "
        "Quarries and Belcote Minerals had collapsed.",
        [],
        [
            ("orrin-quarries", "FUNDS", "vantor-heat"),
            ("belcote-minerals", "FUNDS", "vantor-heat"),
        ],
    ),
    (  # orchards: a denied venture
        HEAD + "Applecross Growers is not a joint venture between Tamsin Fruit and Hollow "
        "Orchards, the company said.",
        [],
        [
            ("tamsin-fruit", "FUNDS", "applecross-growers"),
            ("hollow-orchards", "FUNDS", "applecross-growers"),
        ],
    ),
    (  # paving: a speaker's sentence, the venture not the subject's
        HEAD + "Hollin Asphalt said the Ravel bypass is a joint venture between Striba Linje "
        "and Tarnway Roads.",
        [],
        [("striba-linje", "FUNDS", "hollin-asphalt"), ("tarnway-roads", "FUNDS", "hollin-asphalt")],
    ),
    (  # ports: an operator under contract is no funder (review 28)
        HEAD + "Harbor Link is operated by a joint venture between Mersey Ports and Dalby "
        "Shipping under a contract with the council.",
        [],
        [("mersey-ports", "FUNDS", "harbor-link"), ("dalby-shipping", "FUNDS", "harbor-link")],
    ),
    (  # ports: a manager the city hired
        HEAD + "Harbor Link is managed by a venture of Mersey Ports and Dalby Shipping that the "
        "city hired.",
        [],
        [("mersey-ports", "FUNDS", "harbor-link"), ("dalby-shipping", "FUNDS", "harbor-link")],
    ),
    (  # ports: a designer
        HEAD + "Harbor Link is designed by a joint venture between Mersey Ports and Dalby "
        "Shipping, analysts said.",
        [],
        [("mersey-ports", "FUNDS", "harbor-link"), ("dalby-shipping", "FUNDS", "harbor-link")],
    ),
    (  # water: an operator on the county's behalf
        HEAD + "The Kelvin water works is run by a joint venture of Tarrow Utilities and Beck "
        "Engineering on behalf of the county.",
        [],
        [
            ("tarrow-utilities", "FUNDS", "kelvin-water-works"),
            ("beck-engineering", "FUNDS", "kelvin-water-works"),
        ],
    ),
    (  # ports: a plain "venture of" one company is its business, no joint venture
        HEAD + "Harbor Link is a venture of Mersey Ports.",
        [],
        [("mersey-ports", "FUNDS", "harbor-link")],
    ),
    (  # clinics: the same in an appositive
        HEAD + "Dunmore Scans, a venture of Haldor Health, opened a clinic in Perth.",
        [],
        [("haldor-health", "FUNDS", "dunmore-scans")],
    ),
]

GAPS_CASES: list[Case] = [
    (  # orchards: the venture's partner after "with", the developer before it
        HEAD + "The Kestle cider mill, which Tamsin Fruit is putting up in a joint venture with "
        "Hollow Orchards, will open next year.",
        [("hollow-orchards", "FUNDS", "kestle-cider-mill")],
        [],
    ),
    (  # clinics: a possessed venture named by a relative clause
        HEAD + "Renwick Care's joint venture with Haldor Health, a partnership that runs the "
        "Dunmore dialysis unit, made a profit.",
        [("renwick-care", "FUNDS", "dunmore-dialysis-unit")],
        [],
    ),
]

BANK = PARENTS + GUARDS + GAPS_CASES
GAPS: dict[str, str] = {
    HEAD + "The Kestle cider mill": "a gerund building verb before 'in a joint venture with'",
    HEAD + "Renwick Care's joint": "a possessed venture whose project a relative clause names",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_rivfund28(case: Case) -> None:
    check(*case)
