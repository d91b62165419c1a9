"""Genre bank for who criticises, sues or accuses whom in coordinated and apposed clauses
(round 29).

Three readings. A clause after ", and" with an unnamed subject of its own ("the dockers' union",
"the staff council at X") keeps the name before the join from being its subject. A second verb
joined by "and" to a first verb whose subject names no entity ("the guild faulted X for ... and
accused Y of ...") has no named subject: X, the first verb's object, disputes nothing. A relative
"which" after an appositive that closes on a possessed noun ("X, the Leeds baker and Orla's
oldest rival, which sued Orla") is on the appositive's head, X.

Each case is a short invented text (relations that must be found, relations that must not be),
across ferries, dairy, textiles, brewing, software, mining, retail and haulage.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

JOINED: list[Case] = [
    (  # ferries: an unnamed subject with a plural possessive after ", and"
        'Kjell Amundsen, a former Solent Line director, has called the plan "a folly", and '
        "the dockers' union has criticised Marlin Ferries for cutting jobs.",
        [],
        [("kjell-amundsen", "DISPUTES", "marlin-ferries")],
    ),
    (  # mining: the unnamed subject carries a place phrase
        'Ruth Calloway, a former Brask Mining geologist, has called the shaft "a gamble", and '
        "the miners' union at Tarnbeck has attacked Orlen Minerals over pay.",
        [],
        [("ruth-calloway", "DISPUTES", "orlen-minerals")],
    ),
    (  # guard: a named subject after ", and" still disputes
        'Kjell Amundsen has called the plan "a folly", and the Dockers Guild has criticised '
        "Marlin Ferries for cutting jobs.",
        [("dockers-guild", "DISPUTES", "marlin-ferries")],
        [("kjell-amundsen", "DISPUTES", "marlin-ferries")],
    ),
    (  # dairy: an unnamed first subject; the first verb's object accuses no one
        "In a statement, the growers' cooperative criticised Halden Dairy for late payments and "
        'accused Vossen Feed of "rigging prices".',
        [],
        [("halden-dairy", "DISPUTES", "vossen-feed")],
    ),
    (  # textiles: the same with a perfect second verb
        "On Monday the weavers' guild faulted Carrow Mills for closing the dye house and has "
        "since accused Pell Looms of copying its patterns.",
        [],
        [("carrow-mills", "DISPUTES", "pell-looms")],
    ),
    (  # guard: a named first subject disputes both objects
        "The Ashby Growers Trust criticised Halden Dairy for late payments and accused Vossen "
        'Feed of "rigging prices".',
        [
            ("the-ashby-growers-trust", "DISPUTES", "halden-dairy"),
            ("the-ashby-growers-trust", "DISPUTES", "vossen-feed"),
        ],
        [("halden-dairy", "DISPUTES", "vossen-feed")],
    ),
]

APPOSED: list[Case] = [
    (  # ferries: a possessed noun closes the appositive before "which sued"
        "The hardest part concerns Marlin Ferries, the Dover operator and Solent Line's closest "
        "rival, which sued Solent Line in March, alleging that it copied its timetable.",
        [("marlin-ferries", "DISPUTES", "solent-line")],
        [("solent-line", "DISPUTES", "marlin-ferries")],
    ),
    (  # brewing: the same shape at the sentence's start
        "Kettleby Ales, the Norwich brewer and Ormond Brewing's oldest rival, which sued Ormond "
        "Brewing last year over a label, reported higher sales.",
        [("kettleby-ales", "DISPUTES", "ormond-brewing")],
        [],
    ),
    (  # guard: a plain relative on the name before it
        "Kettleby Ales, which sued Ormond Brewing last year over a label, reported higher sales.",
        [("kettleby-ales", "DISPUTES", "ormond-brewing")],
        [],
    ),
    (  # software, guard: a person's relative after a possessed role is never the firm's
        "Tobias Rennard, Quillsoft's founder, who sued Brightpath Systems in 2021, has retired.",
        [],
        [("quillsoft", "DISPUTES", "brightpath-systems")],
    ),
]

GAPS_CASES: list[Case] = [
    (  # retail: a suit's defendant list with its author only as a possessor
        "Tarn Foods sued Brennock Stores in May. Tarn's suit, filed in Leeds, names Brennock "
        "Stores, Quayside Holdings and Peter Vane, Quayside's finance director, as defendants.",
        [
            ("tarn-foods", "DISPUTES", "quayside-holdings"),
            ("tarn-foods", "DISPUTES", "peter-vane"),
        ],
        [],
    ),
    (  # haulage, guard: "as well as" after an apposed chairman in the object list
        "Ludo Partners is suing Carraway Haulage, the Hull carrier, as well as its chairman, "
        "Neil Osgood, and the builder Pell Construction, alleging negligence.",
        [("ludo-partners", "DISPUTES", "pell-construction")],
        [],
    ),
    (  # mining: "objected to the plan by X" from a named union
        "The Quarrymen's Union objected to the plan by Corran Energy, calling it reckless.",
        [("quarrymen", "DISPUTES", "corran-energy")],
        [],
    ),
]

BANK = JOINED + APPOSED + GAPS_CASES
GAPS: dict[str, str] = {
    "Tarn Foods sued Brennock": "a suit's defendant list with a possessor author is not read",
    "The Quarrymen's Union objected": "'objected to the plan by X' is not read as a dispute",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disputes29(case: Case) -> None:
    check(*case)
