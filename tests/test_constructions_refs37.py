"""refs37: a bare "the company" after its owner was named is the article's main company, the
one held, not the owner named last (`loaders.holder_refs.main_held_first`).

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

# an article about a tea blender (named most), whose owner is named last before "the company"
FIRM = (
    "Quennet Teas was founded in 1961 above a grocer's shop. Quennet Teas blended "
    "leaf teas for cafes across the north, and by 1990 Quennet Teas had moved into "
    "tea bags. "
)

CASES: list[Case] = [
    (  # a sale of control, then the company opening a sentence with a passive of leading
        FIRM + "In 2009 the founder sold a controlling stake to Brisbury Foods, a "
        "Bristol maker of biscuits. The company, now led by chief executive Ruth Ambler, "
        "packs 300 tonnes a year.",
        [
            ("brisbury-foods", "OWNS", "quennet-teas"),
            ("ruth-ambler", "LEADS", "quennet-teas"),
        ],
        [("ruth-ambler", "LEADS", "brisbury-foods")],
    ),
    (  # a passive with "the company" as subject, after the owner took control
        FIRM + "Brisbury Foods took full control of Quennet Teas in 2015. The company "
        "was sued in May by Pellory Packaging, a former supplier.",
        [("pellory-packaging", "DISPUTES", "quennet-teas")],
        [("pellory-packaging", "DISPUTES", "brisbury-foods")],
    ),
    (  # after a majority stake, a fronted adverbial and a site
        FIRM + "Brisbury Foods, a biscuit maker, bought 70% of Quennet Teas in 2015. "
        "Last year the company opened a second blending hall in Whitby.",
        [("quennet-teas", "LOCATED_IN", "whitby")],
        [("brisbury-foods", "LOCATED_IN", "whitby")],
    ),
]

# lookalikes the reading must leave alone
NEGATIVE: list[Case] = [
    (  # "the group": a holder's own word for itself keeps the latest
        FIRM + "Brisbury Foods bought Quennet Teas in 2015. The group, which also "
        "makes biscuits, is led by chief executive Dev Sandhu.",
        [("dev-sandhu", "LEADS", "brisbury-foods")],
        [],
    ),
    (  # a longer description ("the Bristol company") is not the bare noun
        FIRM + "Brisbury Foods, a Bristol maker of biscuits, bought Quennet Teas in "
        "2015. The Bristol company is led by chief executive Dev Sandhu.",
        [],
        [("dev-sandhu", "LEADS", "quennet-teas")],
    ),
    (  # the latest firm holds nothing of the main one: recency stands
        FIRM + "Brisbury Foods, a Bristol maker of biscuits, opened a bakery in Hull. The "
        "company, now led by chief executive Dev Sandhu, employs 90 people.",
        [("dev-sandhu", "LEADS", "brisbury-foods")],
        [("dev-sandhu", "LEADS", "quennet-teas")],
    ),
    (  # the owner is the main company itself: nothing to move
        "Brisbury Foods makes biscuits. Brisbury Foods has grown fast, and Brisbury "
        "Foods bought Quennet Teas in 2015. Brisbury Foods paid £4m. The company, now "
        "led by chief executive Dev Sandhu, employs 90 people.",
        [("dev-sandhu", "LEADS", "brisbury-foods")],
        [("dev-sandhu", "LEADS", "quennet-teas")],
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
        FIRM + "Brisbury Foods bought Quennet Teas in 2015. A spokesman for Brisbury "
        "Foods said the company had sued Pellory Packaging over late deliveries.",
        [],
        [("quennet-teas", "DISPUTES", "pellory-packaging")],
    )
