"""Partnerships stated without the "partnership with X" phrase (`loaders.relations.partnering`).

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

CASES: list[Case] = [
    (  # food: a time adjunct between the noun and "with", a descriptor before the partner
        "Velmont Foods struck a partnership last spring with the Irish miller Coyle Grain.",
        [("velmont-foods", "PARTNERS_WITH", "coyle-grain")],
        [],
    ),
    (
        "Velmont Foods signed a partnership back in March with Danish producer Coyle Grain.",
        [("velmont-foods", "PARTNERS_WITH", "coyle-grain")],
        [],
    ),
    (  # autos: the possessor of a thing made jointly is the partner
        "Tessly Motors said its battery pack was designed in partnership with Omura Cells.",
        [("tessly-motors", "PARTNERS_WITH", "omura-cells")],
        [],
    ),
    (  # aviation: a possessive name
        "Arcadia Air's new lounge was built in partnership with Luma Hotels.",
        [("arcadia-air", "PARTNERS_WITH", "luma-hotels")],
        [],
    ),
    (  # education: a reduced relative; the partner founded nothing
        "Readwell, the course Maple Schools created in 2017 jointly with Lorne University, has "
        "900 pupils.",
        [("maple-schools", "PARTNERS_WITH", "lorne-university")],
        [("maple-schools", "FOUNDED", "lorne-university")],
    ),
    (  # autos: the pair named before, "linking both firms"
        "Tessly Motors and Omura Cells make batteries. The deal widens a 2019 tie-up linking "
        "both firms.",
        [("tessly-motors", "PARTNERS_WITH", "omura-cells")],
        [],
    ),
    (  # the pair's partnership
        "Tessly Motors and Omura Cells make batteries. The deal widens the two firms' partnership.",
        [("tessly-motors", "PARTNERS_WITH", "omura-cells")],
        [],
    ),
    (  # energy: "its" in a fronted adjunct is the subject after the comma, not the buyer
        "Arvo Wind bought Keld Power. As part of its partnership with Nordhav Energy, Keld "
        "Power will build turbines.",
        [("keld-power", "PARTNERS_WITH", "nordhav-energy")],
        [
            ("arvo-wind", "PARTNERS_WITH", "nordhav-energy"),
            ("arvo-wind", "PARTNERS_WITH", "keld-power"),
        ],
    ),
    (  # food
        "Brill Foods sells soup. Under its alliance with Corra Farms, Acme Foods will grow "
        "tomatoes.",
        [("acme-foods", "PARTNERS_WITH", "corra-farms")],
        [("brill-foods", "PARTNERS_WITH", "corra-farms")],
    ),
    (  # fashion: a thing opened jointly with no maker named is the house's of the text
        "Maison Dufay makes handbags in Lyon. A flagship opened in 2021 as a partnership with "
        "the store group Galeries Orban.",
        [("maison-dufay", "PARTNERS_WITH", "galeries-orban")],
        [],
    ),
    (
        "Maison Dufay makes handbags in Lyon. A flagship opened in Paris as a partnership with "
        "the store group Galeries Orban.",
        [("maison-dufay", "PARTNERS_WITH", "galeries-orban")],
        [],
    ),
    (  # guard: negation
        "Maison Dufay makes handbags in Lyon. A flagship was never opened as a partnership with "
        "Galeries Orban.",
        [],
        [("maison-dufay", "PARTNERS_WITH", "galeries-orban")],
    ),
    (  # guard: a source reports; it made nothing
        "Maison Dufay makes handbags in Lyon. Halden Bank said a flagship opened as a "
        "partnership with Galeries Orban.",
        [],
        [("halden-bank", "PARTNERS_WITH", "galeries-orban")],
    ),
    (  # guard: a hedge
        "Tessly Motors and Omura Cells make batteries. Talks on a tie-up linking both firms may "
        "resume.",
        [],
        [("tessly-motors", "PARTNERS_WITH", "omura-cells")],
    ),
    (  # guard: negation
        "Tessly Motors and Omura Cells make batteries. There is no alliance linking the two firms.",
        [],
        [("tessly-motors", "PARTNERS_WITH", "omura-cells")],
    ),
    (  # guard: intent is not an act
        "Velmont Foods wants to strike a partnership next year with Coyle Grain.",
        [],
        [("velmont-foods", "PARTNERS_WITH", "coyle-grain")],
    ),
    (  # guard: a person who founded with another is a co-founder, not a partner
        "Anna Kell founded Pixel Forge in 2010 together with Ben Ortiz.",
        [("ben-ortiz", "FOUNDED", "pixel-forge")],
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:60])
def test_partnering(case: Case) -> None:
    check(*case)
