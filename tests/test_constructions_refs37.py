"""refs37: a bare "the company" after its owner was named is the article's main company, the
one held, not the owner named last (`loaders.holder_refs.main_held_first`).

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

# an article about a boatyard (named most), whose owner is named last before "the company"
YARD = (
    "Tarrel Boatworks was founded in 1961 in a shed on the Ouse. Tarrel Boatworks built "
    "wooden dinghies for clubs across the north, and by 1990 Tarrel Boatworks had moved into "
    "glass fibre. "
)

CASES: list[Case] = [
    (  # a sale of control, then the company opening a sentence with a passive of leading
        YARD + "In 2009 the founder sold a controlling stake to Hennacott Leisure, a "
        "Bristol maker of caravans. The company, now led by chief executive Ruth Ambler, "
        "builds 300 boats a year.",
        [
            ("hennacott-leisure", "OWNS", "tarrel-boatworks"),
            ("ruth-ambler", "LEADS", "tarrel-boatworks"),
        ],
        [("ruth-ambler", "LEADS", "hennacott-leisure")],
    ),
    (  # a passive with "the company" as subject, after the owner took control
        YARD + "Hennacott Leisure took full control of Tarrel Boatworks in 2015. The company "
        "was sued in May by Quaymark Sails, a former supplier.",
        [("quaymark-sails", "DISPUTES", "tarrel-boatworks")],
        [("quaymark-sails", "DISPUTES", "hennacott-leisure")],
    ),
    (  # after a majority stake, a fronted adverbial and a site
        YARD + "Hennacott Leisure, a caravan maker, bought 70% of Tarrel Boatworks in 2015. "
        "Last year the company opened a second yard in Whitby.",
        [("tarrel-boatworks", "LOCATED_IN", "whitby")],
        [("hennacott-leisure", "LOCATED_IN", "whitby")],
    ),
]

# lookalikes the reading must leave alone
NEGATIVE: list[Case] = [
    (  # "the group": a holder's own word for itself keeps the latest
        YARD + "Hennacott Leisure bought Tarrel Boatworks in 2015. The group, which also "
        "makes caravans, is led by chief executive Dev Sandhu.",
        [],
        [("dev-sandhu", "LEADS", "tarrel-boatworks")],
    ),
    (  # a longer description ("the Bristol company") is not the bare noun
        YARD + "Hennacott Leisure, a Bristol maker of caravans, bought Tarrel Boatworks in "
        "2015. The Bristol company is led by chief executive Dev Sandhu.",
        [],
        [("dev-sandhu", "LEADS", "tarrel-boatworks")],
    ),
    (  # the latest firm holds nothing of the main one: recency stands
        YARD + "Hennacott Leisure, a Bristol maker of caravans, opened a plant in Hull. The "
        "company, now led by chief executive Dev Sandhu, employs 90 people.",
        [("dev-sandhu", "LEADS", "hennacott-leisure")],
        [("dev-sandhu", "LEADS", "tarrel-boatworks")],
    ),
    (  # the owner is the main company itself: nothing to move
        "Hennacott Leisure makes caravans. Hennacott Leisure has grown fast, and Hennacott "
        "Leisure bought Tarrel Boatworks in 2015. Hennacott Leisure paid £4m. The company, now "
        "led by chief executive Dev Sandhu, employs 90 people.",
        [("dev-sandhu", "LEADS", "hennacott-leisure")],
        [("dev-sandhu", "LEADS", "tarrel-boatworks")],
    ),
]


@pytest.mark.parametrize("case", CASES + NEGATIVE, ids=lambda c: c[0][-90:-30])
def test_refs37(case: Case) -> None:
    check(*case)


@pytest.mark.xfail(
    strict=True,
    reason="a holder's spokesman's 'the company' goes to the firm held, as it did before refs37 "
    "(the speaker's firm is not asked for a reported suit; reference resolution)",
)
def test_refs37_holder_spokesman() -> None:
    check(
        YARD + "Hennacott Leisure bought Tarrel Boatworks in 2015. A spokesman for Hennacott "
        "Leisure said the company had sued Quaymark Sails over late deliveries.",
        [],
        [("tarrel-boatworks", "DISPUTES", "quaymark-sails")],
    )
