"""Genre bank for places typed as firms by default, and two shapes of a firm's towns (round 29).

A short town name no list knows as a firm and no word of the article types was an organization
only by default: a town of the gazetteer (15,000 people or more) is a place instead, so the
site beside it places its holder ("the ferry quay at Molde"). Guards: a name doing a company's
things ("Falun sells"), one listed beside firms ("rivals Orlo, Tandvik and Zutphen"), one
opening a firm's longer name ("Kolding Marine") stay firms. A site noun before "at" or "off"
places the name after it even when no list knows the town ("an abattoir at Drummel", "a mussel
farm off Skerrow"). "X, then a two-shop bakery in A and B" places X in both towns.
Left unread (strict xfails): the customer's site after "supplies ... to a" ("supplies labels
to a brewery in C" places the brewery, not the supplier: a supplier's own plant can follow the
same words, measured on the development sets).

Invented cases across ferries, meat, fishing, quarrying, furniture, printing, bakeries,
timber and electronics.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

TOWNS: list[Case] = [
    (  # guard: a listed town beside firms stays a firm and a rival
        "Brask Furniture competes with Orlo Interiors and Zutphen for hotel contracts.",
        [("brask-furniture", "COMPETES_WITH", "zutphen")],
        [],
    ),
    (  # meat: an abattoir "at" a town no list knows
        "Harlan Meats plans to close its abattoir at Drummelby next spring.",
        [("harlan-meats", "LOCATED_IN", "drummelby")],
        [],
    ),
    (  # fishing: a farm "off" an island
        "Skerrow Seafoods runs a mussel farm off Vellansay and sells most of its harvest in "
        "France.",
        [("skerrow-seafoods", "LOCATED_IN", "vellansay")],
        [],
    ),
    (  # timber: quarries listed after their comma
        "Tarnvale Stone cut shifts at two of its five quarries, at Orrisdale and Pennock, rather "
        "than lay off staff.",
        [
            ("tarnvale-stone", "LOCATED_IN", "orrisdale"),
            ("tarnvale-stone", "LOCATED_IN", "pennock"),
        ],
        [],
    ),
]

TYPES: list[tuple[str, dict[str, str], list[str]]] = [
    (  # ferries: gazetteer towns in a route, no other cue
        "Fjordlink Ferries carries about 900,000 passengers a year on routes between Molde "
        "and Kolding.",
        {"Molde": "Location", "Kolding": "Location"},
        [],
    ),
    (  # electronics: an uncued gazetteer town is a place
        "Voltrix Circuits opened a test line in Bridlington. Its boards travel via Harstad.",
        {"Harstad": "Location", "Bridlington": "Location"},
        [],
    ),
    (  # guard: a town in a firm's slot once stays a firm
        "Orvane Print bought Skien last year. Trucks run between Skien and Molde.",
        {"Skien": "Organization"},
        [],
    ),
    (  # guard: a town doing a company's things stays a firm
        "Falun sells solar inverters in twelve countries. Falun employs 300 people.",
        {"Falun": "Organization"},
        [],
    ),
    (  # guard: the short form of a longer name stays its firm
        "Kolding Marine builds pilot boats. Kolding won an order from Tczew Port.",
        {"Kolding Marine": "Organization"},
        ["Kolding"],
    ),
    # guards (review 29): a firm's slot after a stake, investment or merger word, an employer
    # after "at", a possessor, a seller "through" which goods go; the town stays a firm
    ("Vexa Foods has taken a 20% stake in Corby.", {"Corby": "Organization"}, []),
    ("Vexa Foods invested $5m in Corby last year.", {"Corby": "Organization"}, []),
    ("Vexa Foods is the largest shareholder in Selby.", {"Selby": "Organization"}, []),
    ("Marlo Industries will fold Goole into Selby.", {"Selby": "Organization"}, []),
    (  # dairy: a merger "into" a town-named firm
        "Brenna Dairies agreed to merge its cheese arm into Ashford next year.",
        {"Ashford": "Organization"},
        [],
    ),
    ("Tom Reed, head of logistics at Corby, said demand was weak.", {"Corby": "Organization"}, []),
    ("An engineer at Corby was injured on Monday.", {"Corby": "Organization"}, []),
    ("Staff at Corby walked out on Tuesday over pay.", {"Corby": "Organization"}, []),
    (  # software: a tenure "at" the town-named firm
        "Pellam Soft's new chief, who spent a decade at Goole, starts in May.",
        {"Goole": "Organization"},
        [],
    ),
    (
        "Vexa Foods hired Tom Reed from Selby, where he ran sales.",
        {"Selby": "Organization"},
        [],
    ),
    ("Vexa Foods leases a yard at Selby's dock.", {"Selby": "Organization"}, []),
    ("Vexa Foods opened a quarry at Orion's request.", {"Orion": "Organization"}, []),
    ("Vexa Foods sells its spare parts through Ashford.", {"Ashford": "Organization"}, []),
    ("Orders placed through Summit rose 12% last year.", {"Summit": "Organization"}, []),
    (  # guard: a plant "in" a town after an investment is still the plant's town
        "Harlan Meats invested $20m in a new abattoir in Drummelby.",
        {"Drummelby": "Location"},
        [],
    ),
]

LISTED: list[Case] = [
    (  # bakeries: "then a two-shop bakery in A and B" places the firm in both towns
        "Halvik Foods bought Crumbly Bakes in 2021. Halvik bought Crumbly, then a two-shop "
        "operator in Pellmouth and Orrisby, for £3m.",
        [
            ("crumbly-bakes", "LOCATED_IN", "pellmouth"),
            ("crumbly-bakes", "LOCATED_IN", "orrisby"),
        ],
        [],
    ),
    (  # guard: a town and its region after a comma is one place, not a list of towns
        "Dunmere Weaving, a carpet maker in Ieper, Flanders, was sold to Orvane Textiles.",
        [("dunmere-weaving", "LOCATED_IN", "ieper")],
        [("dunmere-weaving", "LOCATED_IN", "flanders")],
    ),
    (  # guard: a possessor after "and" opens a second appositive, not a listed town
        "Tandle, a brewer in Leeds and Bristol's oldest rival, said sales rose.",
        [("tandle", "LOCATED_IN", "leeds")],
        [("tandle", "LOCATED_IN", "bristol")],
    ),
    (  # guard: the same in furniture
        "Orvane Chairs, a joiner in Skien and Molde's biggest employer, cut prices.",
        [("orvane-chairs", "LOCATED_IN", "skien")],
        [("orvane-chairs", "LOCATED_IN", "molde")],
    ),
    (  # guard: the possessor after "at" keeps the place link of its own site
        "Vexa Foods will build a plant at Corby's site in Wales.",
        [],
        [("vexa-foods", "LOCATED_IN", "wales")],
    ),
    (  # timber: "now a sawmill operator in A, B and C"
        "Pellworth Timber, now a sawmill operator in Skien, Molde and Harstad, raised prices.",
        [
            ("pellworth-timber", "LOCATED_IN", "skien"),
            ("pellworth-timber", "LOCATED_IN", "molde"),
            ("pellworth-timber", "LOCATED_IN", "harstad"),
        ],
        [],
    ),
    (  # printing: the customer's site is not the supplier's (unread)
        "Veltra Labels supplies labels to a brewery in Ronse.",
        [],
        [("veltra-labels", "LOCATED_IN", "ronse")],
    ),
    (  # electronics: goods shipped to a customer's plant (unread)
        "Quillon Boards ships circuit boards to a car plant in Tczew.",
        [],
        [("quillon-boards", "LOCATED_IN", "tczew")],
    ),
]

BANK = TOWNS + LISTED
GAPS: dict[str, str] = {
    "Skerrow Seafoods runs a mussel farm": "farm is no site noun of the place cues (farm, "
    "centre, facility and mine as sites cost entities on the tune half)",
    "Tarnvale Stone cut shifts": "the towns are typed, but no rule reads a site list after "
    "its comma",
    "Veltra Labels supplies": "a customer's site after a verb of supplying is read as the "
    "supplier's (a guard cost a right relation on the check half)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_places29(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", TYPES, ids=[t[0][:60] for t in TYPES])
def test_places29_types(case: tuple[str, dict[str, str], list[str]]) -> None:
    check_types(*case)
