"""Genre bank for clause attachment and modality of verbal relations (round 22).

A modal or an expectation just before a verb makes it no act, whatever its type ("said it
would invest in X", "was about to acquire X", "is expected to question X's director", "was
'minded to support' X"); a narrative future of the past ("would later buy X") and an agreed
deal ("agreed to acquire X") stay acts. A site verb in a purpose infinitive after a name ("a
venture with G to build a plant in T") places nothing.

Each case is a short invented text (relations that must be found, relations that must not be),
across publishing, food, retail, health, aviation, textiles, energy and software.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

MODAL: list[Case] = [
    (  # retail: "said it would invest in" after a takeover (repro)
        "Teldra Group has agreed a £60 million takeover of the bookseller Farnmoor Bookshops.\n"
        "Farnmoor's chief executive, Fenella Orr, keeps her job, and Teldra said it would "
        "invest in Farnmoor's web shop and enlarge its warehouse.",
        [("teldra-group", "OWNS", "farnmoor-bookshops")],
        [("teldra-group", "FUNDS", "farnmoor-bookshops")],
    ),
    (  # theatre: "was about to acquire" in a rumour (repro)
        "Benedek Fosk, who built Fosk Stagecraft into the north's biggest touring producer, has "
        "died at 84.\nRumours in the 2000s that Fosk was about to acquire the Corvin Opera in "
        "Stavna, the venue he loved most, were denied every time; he never owned a stage.",
        [],
        [("benedek-fosk", "OWNS", "corvin-opera")],
    ),
    (  # health: "minded to support" ... "but would not commit" (repro)
        "Tessary Heartware's trial of remote heart monitors ends in June.\nTobiah Waweru, who "
        'chairs the county\'s health scrutiny group, said the panel was "minded to support" a '
        "wider rollout of Tessary's monitors but would not commit before the evaluation was "
        "published.",
        [],
        [("tobiah-waweru", "BACKS", "tessary-heartware")],
    ),
    (  # aviation: "hoped G, which ..., would back" (repro)
        "Aerolift, the hot-air balloon operator, has raised 3 million euros from local backers.\n"
        "Its founder, Deniz Kara, said she hoped the Vellmark Slot Council, which hands out "
        "take-off slots, would back Aerolift's request for six extra daily slots.",
        [],
        [("vellmark-slot-council", "BACKS", "aerolift")],
    ),
    (  # retail: "is expected to question" an officer (repro)
        "The hearing resumes at 2pm, when the Vinsk Pricing Council is expected to question "
        "Galdric Group's finance director about how fast savings would reach shoppers.",
        [],
        [("vinsk-pricing-council", "DISPUTES", "galdric-group")],
    ),
    (  # energy: "would sue" in reported speech
        "Marrow Energy said on Tuesday that it would sue the turbine maker Keldan Wind if the "
        "repairs were not finished by March.",
        [],
        [("marrow-energy", "DISPUTES", "keldan-wind")],
    ),
    (  # food: "is poised to back" a rival bid
        "The dairy cooperative Arlen Milk is poised to back Corvale Foods in its bid for the "
        "cheese maker.",
        [],
        [("arlen-milk", "BACKS", "corvale-foods")],
    ),
    (  # software: "would advise" in reported speech, a coming role
        "Quenby Software said the consultancy Harrow Partners would advise Kestrel Air on the "
        "new booking system.",
        [],
        [("harrow-partners", "ADVISES", "kestrel-air")],
    ),
    (  # guard: a narrative future of the past stays an act
        "Pia Ostrelle left Harnby Mills in 1988 and would later buy the bakery chain Dovebrot.",
        [("pia-ostrelle", "OWNS", "dovebrot")],
        [],
    ),
    (  # guard: an agreed deal counts
        "Teldra Group has agreed to acquire the bookseller Farnmoor Bookshops for £60 million, "
        "both firms said on Monday.",
        [("teldra-group", "OWNS", "farnmoor-bookshops")],
        [],
    ),
    (  # guard: a reported past act stays
        "Quorla Fund said it had put £4 million into Farnmoor Bookshops last year.",
        [("quorla-fund", "FUNDS", "farnmoor-bookshops")],
        [],
    ),
    (  # guard: a denial in another clause does not block
        "Galdric Group, which denied the allegations, has sued the packaging maker Trellin "
        "Films over faulty trays.",
        [("galdric-group", "DISPUTES", "trellin-films")],
        [],
    ),
    (  # guard: "would not" is a negation, and the past act before it stays
        "Harlow Ports sued Tessin Docks in May and said it would not settle.",
        [("harlow-ports", "DISPUTES", "tessin-docks")],
        [],
    ),
]

PURPOSE: list[Case] = [
    (  # textiles: purpose infinitive after a partner's name (repro)
        "Lucjan Ebner ran Ebner Garn for thirty years.\nHis boldest step came in 2006, when he "
        "started a joint venture, Ebner Dalvik Yarn, with the textile group Dalvik Tekstil to "
        "build a dyeing plant in Gorsk.",
        [],
        [("dalvik-tekstil", "LOCATED_IN", "gorsk")],
    ),
    (  # energy: purpose after a lender's name
        "Norvik Solar took a loan from Calder Bank to open a panel factory in Tampere.",
        [],
        [("calder-bank", "LOCATED_IN", "tampere")],
    ),
    (  # guard: a stated site stays
        "Dalvik Tekstil, a yarn maker based in Gorsk, has formed a joint venture with Ebner Garn.",
        [("dalvik-tekstil", "LOCATED_IN", "gorsk")],
        [],
    ),
]

BANK = MODAL + PURPOSE
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_clauses22(case: Case) -> None:
    check(*case)
