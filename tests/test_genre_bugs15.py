"""Genre bank for precision bugs found with invented sentences (round 15): a possessive
determiner opening the sentence is never the subject of a later verb ("Its parent, the X
group, which has owned it"); "from its owner Z" after a bought thing that names nothing is
the bought thing's owner, never the buyer named before it; "will be chief executive of F"
reads like "will become" and "is".

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, retail, banking, shipping, mining and media.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BANK: list[Case] = [
    (  # food: the relative on the parent's description: "it" is the firm "Its" names
        "Ostervale Foods reported higher sales. Its parent, the Lorrimer group, which has owned "
        "it since 2015, plans to list the unit.",
        [],
        [("ostervale-foods", "OWNS", "lorrimer")],
    ),
    (  # shipping: "bought it" in the relative on a parent description
        "Kelso Lines carried more cargo. Its parent, the Varden group, which bought it in 2012, "
        "wants to sell a stake.",
        [],
        [("kelso-lines", "OWNS", "varden")],
    ),
    (  # must still give: a named parent in apposition
        "Ostervale Foods reported higher sales. Its parent, Lorrimer Holdings, which has owned "
        "it since 2015, plans to list the unit.",
        [("lorrimer-holdings", "OWNS", "ostervale-foods")],
        [("ostervale-foods", "OWNS", "lorrimer-holdings")],
    ),
    (  # must still give: a named relative head
        "Ostervale Foods reported higher sales. Lorrimer Holdings, which has owned it since "
        "2015, plans to list the unit.",
        [("lorrimer-holdings", "OWNS", "ostervale-foods")],
        [],
    ),
    (  # retail: "from its owner" after a bought thing without a name: never the buyer
        "Quillex Retail bought the supermarket chain from its buyout owner Sorrel Capital on "
        "Monday.",
        [],
        [("sorrel-capital", "OWNS", "quillex-retail")],
    ),
    (  # mining: the same with "acquire" and an appositive owner
        "Tarrant Metals agreed to acquire the copper business from its owner, Garvey Partners, "
        "for $90m.",
        [],
        [("garvey-partners", "OWNS", "tarrant-metals")],
    ),
    (  # must still give: the bought thing named inside the phrase
        "Quillex Retail bought the Harbeck chain from its owner Sorrel Capital.",
        [("quillex-retail", "OWNS", "harbeck"), ("sorrel-capital", "OWNS", "harbeck")],
        [("sorrel-capital", "OWNS", "quillex-retail")],
    ),
    (  # must still give: the bought thing named right before "from"
        "Pellam Media bought Ardent Radio from its owner Corliss Capital.",
        [("corliss-capital", "OWNS", "ardent-radio")],
        [("corliss-capital", "OWNS", "pellam-media")],
    ),
    (  # banking: "will be chief executive of"
        "Dana Whitlock will be chief executive of Corliss Bank from March.",
        [("dana-whitlock", "LEADS", "corliss-bank")],
        [],
    ),
    (  # media: "would be chairman of"
        "Hollis Group said Amy Tarrant would be chairman of Vantora Media after the merger.",
        [("amy-tarrant", "LEADS", "vantora-media")],
        [],
    ),
    (  # must still give: "will become"
        "Tom Greer will become chief executive of Pellam Rubber in May.",
        [("tom-greer", "LEADS", "pellam-rubber")],
        [],
    ),
    (  # guard: a role that may be: "could be"
        "Analysts said Ruth Marlow could be a candidate to be chief executive of Kestrel Foods.",
        [],
        [("ruth-marlow", "LEADS", "kestrel-foods")],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_bugs15(case: Case) -> None:
    check(*case)
