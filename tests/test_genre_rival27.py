"""Genre bank for rivals a clause names from afar (round 27).

A possessed rival noun after a copula whose subject is a relative's head or the subject of a
coordinated predicate ("X, the maker that was then Y's closest rival"; "X, which has added
routes and is Y's nearest competitor"); a possessed rival phrase with a longer phrase before its
copula ("Y's fiercest rival for much of the postwar era was X"); named examples set off after
the plural object of a verb of competing ("competes for school work with far larger rivals,
including A and B"). Guards: a reporting clause between the head and the copula, a negation, a
customer or a partner in the list's place, examples of a plural that is no object of competing.

Each case is a short invented text (relations that must be found, relations that must not be),
across rope making, airlines, bakeries, clocks, printing, ferries, insurance, dairies, games
and timber.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

COPULAS: list[Case] = [
    (  # rope making: a relative on an appositive description, "was then"
        "The order went to Marbeck Ropes, the Hull-based maker that was then Ostrel Cordage's "
        "closest rival.",
        [("marbeck-ropes", "COMPETES_WITH", "ostrel-cordage")],
        [],
    ),
    (  # airlines: a relative with a coordinated predicate
        "The new route puts Tarnair against Kelvo Air, which has been adding flights in Norway "
        "and is Fjordline Air's nearest competitor on the coast.",
        [("kelvo-air", "COMPETES_WITH", "fjordline-air")],
        [],
    ),
    (  # bakeries: the clause's opening name with a coordinated predicate after asides
        "Across the county, Dunmore Bakeries, the Derby group that has bought 30 shops in "
        "Leicester and Nottingham, has opened a depot in Lincoln, and is now Penrose Bread's "
        "most obvious rival.",
        [("dunmore-bakeries", "COMPETES_WITH", "penrose-bread")],
        [],
    ),
    (  # clocks: a longer phrase between the rival noun and its copula
        "Tamsin Clocks' fiercest rival for much of the interwar period was Orlo Watches, run "
        "by the Orlo brothers.",
        [("orlo-watches", "COMPETES_WITH", "tamsin-clocks")],
        [],
    ),
    (  # guard: a reporting clause names another firm between the head and the copula
        "Ostrel Print, which said that Calder Press had grown fast, is now Vantor Print's main "
        "customer.",
        [],
        [("ostrel-print", "COMPETES_WITH", "vantor-print")],
    ),
    (  # guard: negated description
        "Kelso Ferries, the Oban operator that was never Harwick Ferries' closest rival, "
        "bought two ships.",
        [],
        [("kelso-ferries", "COMPETES_WITH", "harwick-ferries")],
    ),
    (  # guard: a possessed customer, no rival noun
        "Corvane Dairies, the Cork group that has opened a plant in Limerick, is now Brask "
        "Foods' biggest customer.",
        [],
        [("corvane-dairies", "COMPETES_WITH", "brask-foods")],
    ),
]

EXAMPLES: list[Case] = [
    (  # insurance: examples after a comma, "including"
        "Harrowby Underwriting competes for marine business with far larger rivals, including "
        "Tessel Re and Orvane Mutual.",
        [
            ("harrowby-underwriting", "COMPETES_WITH", "tessel-re"),
            ("harrowby-underwriting", "COMPETES_WITH", "orvane-mutual"),
        ],
        [],
    ),
    (  # software: "among them", a resolved pronoun, a possessor's unit
        "Quindle Software sells billing tools to dentists. It competes with bigger vendors, "
        "among them Maravex's practice unit and the start-up Toothbill.",
        [
            ("quindle-software", "COMPETES_WITH", "maravex"),
            ("quindle-software", "COMPETES_WITH", "toothbill"),
        ],
        [],
    ),
    (  # timber: "such as" after the plural object of another verb: no rivalry
        "Larchwood Timber supplies builders, such as Fenby Homes and Castor Homes.",
        [],
        [
            ("larchwood-timber", "COMPETES_WITH", "fenby-homes"),
            ("larchwood-timber", "COMPETES_WITH", "castor-homes"),
        ],
    ),
    (  # guard: negated
        "Pellan Logistics does not compete with the big carriers, including Ostrel Freight.",
        [],
        [("pellan-logistics", "COMPETES_WITH", "ostrel-freight")],
    ),
    (  # guard: partners in one list are no rivals of each other
        "Vantor Dairies competes with larger groups, including Brisca Milk and Holm Cheese.",
        [("vantor-dairies", "COMPETES_WITH", "brisca-milk")],
        [("brisca-milk", "COMPETES_WITH", "holm-cheese")],
    ),
    (  # a second "with" after a relative clause, then examples after a plural of makers' tools
        "Quayside Games competes with Tilt Arcade, which is owned by Marrowby Studios, and "
        "with puzzles from indie studios such as Pipwell Puzzles and Kwirk Games.",
        [("quayside-games", "COMPETES_WITH", "pipwell-puzzles")],
        [],
    ),
]

UNREAD: list[Case] = [
    (  # "their oldest rivals": a team's rival set off after its match
        "Fans watched Castlemere Rovers lose 2-0 to Ardwick Town, their oldest rivals.",
        [("ardwick-town", "COMPETES_WITH", "castlemere-rovers")],
        [],
    ),
]

BANK: list[Case] = COPULAS + EXAMPLES + UNREAD

# "lose 2-0 to X" is read since round 35 by the general "lose ... to" rivalry
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_rival27(case: Case) -> None:
    check(*case)
