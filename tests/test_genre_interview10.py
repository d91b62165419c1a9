"""Genre bank for unlabelled interviews (round 10): a profile's Q&A whose questions are bare
paragraphs with no "Q:" label and often no "you" ("Who controls the firm now?", "And the
money for the new fleet?"), sometimes after a lead-in sentence ("A shipper has sued you. What
is your answer?"); the paragraph after each is the interviewee's answer, in which "we/our/us"
are their organization.

Each case is a short invented article (headline, blank line, one paragraph a line) across
freight, food, mining, banking, retail, media, energy and farming. Guards: one rhetorical
question in an ordinary report starts no interview, nor do two questions that follow each other
with no answer between; the interviewer's "we" in the standfirst; a third party's voice inside
an answer.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params


def article(headline: str, *paragraphs: str) -> str:
    return "\n".join((headline, "", *paragraphs)) + "\n"


OSK = (
    "Quillex Freight boss on the road ahead",
    "Mirelle Osk is chief executive of Quillex Freight, a Rotterdam haulier. We met her at the "
    "depot.",
)
RANE = (
    "Talking soup with Pellam Foods",
    "Dara Rane, chief executive of Pellam Foods, has spent a decade building the brand. She "
    "spoke to us in Leeds.",
)

BARE: list[Case] = [
    (  # freight: a bare question without "you", a launch in the answer
        article(
            *OSK,
            "What came next?",
            "We launched RouteWise, a booking app, in 2020.",
            "And the rivals?",
            "Our biggest rival, Vantora Logistics, cut prices last year.",
        ),
        [
            ("quillex-freight", "FOUNDED", "routewise"),
            ("quillex-freight", "COMPETES_WITH", "vantora-logistics"),
        ],
        [("mirelle-osk", "FOUNDED", "routewise")],
    ),
    (  # food: a lead-in sentence before the question
        article(
            *RANE,
            "Sales rose by a fifth last year. Where do they come from?",
            "We bought Tessary Kitchens in 2021 and its soups now sell in every county.",
            "Who else is in the market?",
            "We compete with Brannock Brands, mostly on price.",
        ),
        [
            ("pellam-foods", "OWNS", "tessary-kitchens"),
            ("pellam-foods", "COMPETES_WITH", "brannock-brands"),
        ],
        [],
    ),
    (  # mining: answers of two sentences, a partner
        article(
            "Inside Corlis Minerals",
            "Tomas Vell is chief executive of Corlis Minerals, a copper miner based in Perth.",
            "How did the Ridge mine start?",
            "It was hard going. In 2019 we partnered with Harrow Drilling to dig the first shaft.",
            "What is next?",
            "We acquired Orrin Metals this spring. Its smelter is small but profitable.",
        ),
        [
            ("corlis-minerals", "PARTNERS_WITH", "harrow-drilling"),
            ("corlis-minerals", "OWNS", "orrin-metals"),
        ],
        [],
    ),
    (  # banking: the interviewee's "I" and the bank's "we"
        article(
            "A banker's view",
            "Lena Marsh is chair of Dunmore Bank, a lender to farmers.",
            "Is the sector changing?",
            "Very fast. We bought Kelso Credit last year to reach younger savers.",
            "And the competition?",
            "We compete with Tarrant Bank for every farm loan.",
        ),
        [
            ("dunmore-bank", "OWNS", "kelso-credit"),
            ("dunmore-bank", "COMPETES_WITH", "tarrant-bank"),
        ],
        [],
    ),
    (  # retail: a question naming another firm, then "we" in the answer
        article(
            "Grocer with a plan",
            "Ravi Sen is chief executive of Marlowe Grocers, which runs 80 shops.",
            "Why Wales?",
            "We opened our first Welsh shops in 2023 after buying Penfold Stores.",
            "And online?",
            "We launched Basket, a delivery app, last year.",
        ),
        [
            ("marlowe-grocers", "OWNS", "penfold-stores"),
            ("marlowe-grocers", "FOUNDED", "basket"),
        ],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # one rhetorical question in an ordinary report: no interview
        "Quillex sales fall\n\nQuillex Foods reported lower sales on Monday.\nWhat went "
        "wrong?\nAnalysts at Tarrant Research said we should expect more weak quarters, and "
        "Brannock Brands gained share.\n",
        [],
        [("quillex-foods", "COMPETES_WITH", "brannock-brands")],
    ),
    (  # the interviewer's "we" in the standfirst is no one's
        article(
            *OSK,
            "Where did you meet Tessary?",
            "Tessary Labs built our app. We bought it in 2022.",
            "Any regrets?",
            "None at all.",
        ),
        [("quillex-freight", "OWNS", "tessary-labs")],
        [],
    ),
    (  # a third party's voice inside an answer
        article(
            *RANE,
            "What do the critics say?",
            "Analysts say we overpaid for Corrin Soups, but we did not buy it.",
            "And the future?",
            "We will keep growing.",
        ),
        [],
        [("pellam-foods", "OWNS", "corrin-soups")],
    ),
    (  # questions in a row with no answer between start no interview
        "Five questions for the regulator\n\nThe Norland Competition Office will rule on the "
        "merger of Vantora Foods and Pellam Foods next week.\nWill it block the deal?\nWill "
        "it ask for shops to be sold?\nWe think Vantora will win approval, said an analyst at "
        "Harrow Bank.\n",
        [],
        [("harrow-bank", "OWNS", "vantora-foods")],
    ),
]

BANK: list[Case] = BARE + GUARDS

LEFT: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_interview10(case: Case) -> None:
    check(*case)
