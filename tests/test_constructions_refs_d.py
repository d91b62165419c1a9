"""Antecedents and arguments (report D): a subject pronoun is not its own verb's object;
invented sentences, several sectors, a guard beside each true case.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

OBJECT_CASES: list[Case] = [
    (  # energy: the regulator named late after a fronted phrase, "It accuses A and B"
        "Denmark's energy watchdog has lodged an objection to Harrow Gas's purchase of Lindell "
        "Power. In a letter sent to the two groups on Friday, the Danish Utility Regulator says "
        "bills would rise. It accuses Harrow and Lindell of hiding their overlap.",
        [
            ("danish-utility-regulator", "DISPUTES", "harrow-gas"),
            ("danish-utility-regulator", "DISPUTES", "lindell-power"),
        ],
        [("lindell-power", "DISPUTES", "harrow-gas"), ("harrow-gas", "DISPUTES", "lindell-power")],
    ),
    (  # guard (energy): the regulator never named: "It" is neither of the accused
        "Denmark's energy watchdog has lodged an objection to Harrow Gas's purchase of Lindell "
        "Power. In a letter sent to the two groups on Friday, the watchdog says bills would "
        "rise. It accuses Harrow and Lindell of hiding their overlap.",
        [("harrow-gas", "OWNS", "lindell-power")],
        [("lindell-power", "DISPUTES", "harrow-gas"), ("harrow-gas", "DISPUTES", "lindell-power")],
    ),
    (  # guard (shipping): same with "blames" and the later-named party most recent
        "The maritime regulator questioned Kestle Ferries' takeover of Dunmore Lines on Monday. "
        "Dunmore Lines runs nine routes. It blames Kestle and Dunmore for raising fares.",
        [],
        [("dunmore-lines", "DISPUTES", "kestle-ferries")],
    ),
    (  # true case (retail): the pronoun's object is another company, the subject stays
        "Tilbury Stores opened 40 shops last year. It sued Ardena Foods in May over unpaid rent.",
        [("tilbury-stores", "DISPUTES", "ardena-foods")],
        [],
    ),
    (  # true case (airlines): a reported clause: "it says" leaves the names after it alone
        "Corran Air flies to twelve islands. It says Skylane and Bellport compete for the same "
        "travellers.",
        [("skylane", "COMPETES_WITH", "bellport")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), OBJECT_CASES)
def test_subject_pronoun_is_not_its_object(text, present, absent) -> None:
    check(text, present, absent)
