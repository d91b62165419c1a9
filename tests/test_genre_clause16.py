"""Genre bank for clause16 (round 16): a definite NP ("the business", "the firm", "the
company") in a paragraph about a firm other than the article's topic binds to that paragraph's
firm (`loaders/paragraph_firm.py`), across sectors and shapes (fronted participle, passive,
possessive, "based" description, plain subject).

"the company/firm" after "Person, <title> of M," in the person's next appositive or relative is M
(`loaders/title_firm.py`).

A "he"/"she" bound to the only person the article has named so far gives that person a gender;
a later pronoun of the other gender never binds to them (`_lone_person` in loaders/article.py).

Guards (must still give): the paragraph names the topic too; the paragraph made two firms clause
subjects; the paragraph is the article's first; a one-firm article.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

_TOPIC = (
    "Tallow Lifts raises $5m for robots\n\nTallow Lifts, a maker of warehouse robots, said on "
    "Monday it had raised $5m from Kestwick Capital. Tallow Lifts was founded by Ivo Marsk.\n\n"
)

PARAGRAPH_FIRM: list[Case] = [
    (  # robotics: fronted participle, "P-based" description, possessive product
        _TOPIC + "Other robot makers are raising money too. Stackly, which builds stacking "
        "arms, closed a $2m round led by Orvel Ventures this week. Started in 2013 by two former "
        "crane engineers, Ola Brant and Mei Sato, the Fenby-based business will use the cash for "
        "its Lifto robot.\n\nTallow Lifts expects sales to double.\n",
        [
            ("ola-brant", "FOUNDED", "stackly"),
            ("mei-sato", "FOUNDED", "stackly"),
            ("stackly", "LOCATED_IN", "fenby"),
        ],
        [
            ("ola-brant", "FOUNDED", "tallow-lifts"),
            ("tallow-lifts", "LOCATED_IN", "fenby"),
            ("ola-brant", "FOUNDED", "orvel-ventures"),
        ],
    ),
    (  # food: a passive founding with "the company" as subject
        "Pellmoor buys a bakery chain\n\nPellmoor, a Harnby miller, agreed to buy Brisk Bakes "
        "for $40m. Pellmoor has 300 staff.\n\nThe deal follows others in the sector. Quayfare "
        "Mills bought two mills in May. The company was founded by Nia Obu in 1998.\n\n"
        "Pellmoor will close the deal in June.\n",
        [("nia-obu", "FOUNDED", "quayfare-mills")],
        [("nia-obu", "FOUNDED", "pellmoor")],
    ),
    (  # software: "the firm" led by a person
        "Quillex lists in Fenby\n\nQuillex, a payroll software maker, will list its shares in "
        "Fenby. Quillex hopes to raise $90m.\n\nSmaller rivals are watching. Dovely Software "
        "doubled its sales last year. The firm is run by Tomas Reyl.\n\nQuillex will price the "
        "shares in May.\n",
        [("tomas-reyl", "LEADS", "dovely-software")],
        [("tomas-reyl", "LEADS", "quillex")],
    ),
]

GUARDS: list[Case] = [
    (  # the paragraph names the topic again: unchanged (the topic)
        "Quillex lists in Fenby\n\nQuillex, a payroll software maker, will list its shares in "
        "Fenby. Quillex hopes to raise $90m.\n\nQuillex was set up in 2009. Its rival Dovely "
        "doubled its sales. Quillex said the company was founded by Tomas Reyl.\n",
        [("tomas-reyl", "FOUNDED", "quillex")],
        [("tomas-reyl", "FOUNDED", "dovely")],
    ),
    (  # a one-firm article: unchanged
        "Pellmoor expands\n\nPellmoor, the Harnby maker of oven doors, expects the company to "
        "hire 40 people.\n\nThe group, formed in 2017, is run from Kell.\n",
        [("pellmoor", "LOCATED_IN", "kell")],
        [],
    ),
]

GENDER: list[Case] = [
    (  # software: the only person named was bound to "she"; a later "he" is not her
        "Quillex sues rivals\n\nIda Ronne founded Quillex in 2009. She still runs the oven "
        "maker.\n\nOn Monday he accused Orvel Foods and Pellmoor Group of copying its ovens.\n",
        [("ida-ronne", "FOUNDED", "quillex"), ("ida-ronne", "LEADS", "quillex")],
        [("ida-ronne", "DISPUTES", "orvel-foods"), ("ida-ronne", "DISPUTES", "pellmoor-group")],
    ),
    (  # drinks: the reverse ("he", then a "she" with no woman named)
        "Harnby Brewing grows\n\nMark Dunn set up Harnby Brewing in 2011. He still chairs the "
        "brewer.\n\nIn May she sued Orvel Drinks over a label.\n",
        [("mark-dunn", "FOUNDED", "harnby-brewing")],
        [("mark-dunn", "DISPUTES", "orvel-drinks")],
    ),
    (  # must still give: a woman named later takes the "she"
        "Harnby Brewing grows\n\nMark Dunn set up Harnby Brewing in 2011. He still chairs the "
        "brewer.\n\nAnna Kell joined from Orvel Drinks. In May she sued Orvel Drinks over a "
        "label.\n",
        [("mark-dunn", "FOUNDED", "harnby-brewing"), ("anna-kell", "DISPUTES", "orvel-drinks")],
        [("mark-dunn", "DISPUTES", "orvel-drinks")],
    ),
    (  # must still give: a man named later takes the "he"
        "Quillex sues rivals\n\nIda Ronne founded Quillex in 2009. She still runs the oven "
        "maker.\n\nTomas Reyl joined the firm in 2020. He accused Orvel Foods of copying its "
        "ovens.\n",
        [("tomas-reyl", "DISPUTES", "orvel-foods")],
        [("ida-ronne", "DISPUTES", "orvel-foods")],
    ),
    (  # must still give: the same pronoun again keeps the person
        "Kelso Farms\n\nPia Moss started Kelso Farms in 1987. She later sold it to Orvel "
        "Foods, and she still leads the farm unit.\n",
        [("pia-moss", "FOUNDED", "kelso-farms")],
        [],
    ),
]

TITLE_FIRM: list[Case] = [
    (  # robotics: a relative on the titled person; "the company" is the title's firm
        _TOPIC + '"Demand is strong," said Ana Roe, the chief executive of Marlby Robotics, who '
        "co-founded the company in 2011.\n",
        [("ana-roe", "LEADS", "marlby-robotics")],
        [("marlby-robotics", "FOUNDED", "tallow-lifts"), ("ana-roe", "FOUNDED", "tallow-lifts")],
    ),
    (  # retail: a second appositive on the titled person
        "Orvel Foods buys bakeries\n\nOrvel Foods agreed to buy Brisk Bakes for $40m.\n\n"
        '"Prices will rise," said Nia Obu, chair of Quayfare Stores, a co-founder of the firm.\n',
        [("nia-obu", "LEADS", "quayfare-stores")],
        [("nia-obu", "FOUNDED", "orvel-foods"), ("nia-obu", "FOUNDED", "brisk-bakes")],
    ),
    (  # must still give: no title on the person, the topic is the firm
        "Tallow Lifts raises $5m\n\nTallow Lifts, a maker of warehouse robots, raised $5m.\n\n"
        '"Demand is strong," said Ana Roe, a co-founder of the firm.\n',
        [("ana-roe", "FOUNDED", "tallow-lifts")],
        [],
    ),
]

BANK = PARAGRAPH_FIRM + GUARDS + GENDER + TITLE_FIRM
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_clause16(case: Case) -> None:
    check(*case)
