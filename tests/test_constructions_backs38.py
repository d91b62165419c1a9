"""Backed boards of round 38 (invented sentences, several sectors).

A party that backs a firm's bare board or management ("has so far backed the board", "says
it backs the current management", "is 'supportive of management'", "supported the strategy
and the board", "sided with management against X", "voted with the board", "Y's board")
BACKS the firm whose board it is: the firm a role fold names ("Y's biggest shareholder, X,
which holds 13%"), the firm a bare stake of the sentence is of, else the article's firm. A
pronoun right after the speaker's report is the speaker. Not a promise ("would vote with the
board"), a condition, a denial or a question; not when the clause names another firm the
board may be of; the party named after "against" is the one opposed, not backed.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

BACKED_BOARDS: list[Case] = [
    (  # shipping: a role fold names the firm, a bare stake in a relative clause
        "Marlow Ferries cuts routes\n\nMarlow Ferries said it would cut two routes. Marlow's "
        "biggest shareholder, the pension fund Esna Mutual, which holds 13%, has so far backed "
        "the board.",
        [("esna-mutual", "BACKS", "marlow-ferries")],
        [],
    ),
    (  # call centres: "the company's" holder, "said it backs" after an activist sentence
        "Dorrit Contact results\n\nDorrit Contact reported flat sales. The figures will not end "
        "the row with Brisk Capital, the hedge fund that holds 8% of Dorrit and wants a break-up. "
        "Dorrit has rejected Brisk's plan. The company's largest shareholder, the pension "
        "investor Norvan Mutual, which owns 12 per cent, has said it backs the current "
        "management.",
        [("norvan-mutual", "BACKS", "dorrit-contact")],
        [("norvan-mutual", "BACKS", "brisk-capital")],
    ),
    (  # chemicals: a reported clause, a conjunct before the board
        "Teller Chemicals plan\n\nTeller Chemicals set out a new strategy on Thursday. The "
        "Aldane Trust, which holds 38% of the shares, said in a statement that it supported "
        "the strategy and the board.",
        [("the-aldane-trust", "BACKS", "teller-chemicals")],
        [],
    ),
    (  # quarrying: a quoted predicate after a stake taken
        "Pizarra Norte results\n\nPizarra Norte reported a loss. Tessel Capital, a Porto "
        "investment fund, said in May that it had taken a 5% stake, and has said it is "
        '"supportive of management".',
        [("tessel-capital", "BACKS", "pizarra-norte")],
        [],
    ),
    (  # mining: a named possessor of the board
        "Harl Mining results\n\nHarl Mining, the Swedish zinc miner, cut its dividend. Orvik "
        "Pensions has backed Harl Mining's board.",
        [("orvik-pensions", "BACKS", "harl-mining")],
        [],
    ),
    (  # chemicals: siding with management against an activist
        "Teller Chemicals plan\n\nTeller Chemicals set out a new plan. Velm Holdings, which "
        "holds 9%, has sided with management against Brisk Capital.",
        [("velm-holdings", "BACKS", "teller-chemicals")],
        [("velm-holdings", "BACKS", "brisk-capital")],
    ),
    (  # water: a vote cast with the board at a meeting
        "Dunmore Water meeting\n\nDunmore Water held its annual meeting on Friday. Holm "
        "Invest, which owns 11 per cent, voted with the board at the meeting.",
        [("holm-invest", "BACKS", "dunmore-water")],
        [],
    ),
    (  # bakeries: coordinated supporters
        "Pellam Bakeries results\n\nPellam Bakeries reported a loss. Astor Pensions and Quell "
        "Mutual, which together hold 15%, have backed the board.",
        [
            ("astor-pensions", "BACKS", "pellam-bakeries"),
            ("quell-mutual", "BACKS", "pellam-bakeries"),
        ],
        [],
    ),
    (  # bakeries: "stands behind the current leadership"
        "Pellam Bakeries results\n\nPellam Bakeries reported a loss. Astor Pensions, which "
        "holds 8%, stands behind the current leadership.",
        [("astor-pensions", "BACKS", "pellam-bakeries")],
        [],
    ),
    (  # bakeries: an adverb after the board
        "Pellam Bakeries results\n\nPellam Bakeries reported a loss. Astor Pensions, which "
        "holds 8%, has been supportive of the board throughout.",
        [("astor-pensions", "BACKS", "pellam-bakeries")],
        [],
    ),
    (  # hotels: an unnamed holder's description names the firm ("in the group")
        "Corra Hotels results\n\nCorra Hotels reported higher sales. The biggest investor in "
        "the group, the fund Lorne Partners, has so far stood by management.",
        [("lorne-partners", "BACKS", "corra-hotels")],
        [],
    ),
    (  # hotels: an attacker in another clause does not hide the supporter
        "Corra Hotels results\n\nCorra Hotels reported higher sales. Lorne Partners, which "
        "holds 7%, has attacked the board, while Tessa Capital, with 10%, has sided with the "
        "directors.",
        [("tessa-capital", "BACKS", "corra-hotels")],
        [("lorne-partners", "BACKS", "corra-hotels")],
    ),
]

BACKED_BOARD_TRAPS: list[Case] = [
    (  # a promise to vote
        "Dunmore Water meeting\n\nDunmore Water held its annual meeting on Friday. Holm "
        "Invest, which owns 11 per cent, said it would vote with the board at the meeting.",
        [],
        [("holm-invest", "BACKS", "dunmore-water")],
    ),
    (  # a condition
        "Pellam Bakeries results\n\nPellam Bakeries reported a loss. Astor Pensions, which "
        "holds 8%, will back the board if it cuts costs.",
        [],
        [("astor-pensions", "BACKS", "pellam-bakeries")],
    ),
    (  # a denial
        "Pellam Bakeries results\n\nPellam Bakeries reported a loss. Astor Pensions, which "
        "holds 8%, has not backed the board.",
        [],
        [("astor-pensions", "BACKS", "pellam-bakeries")],
    ),
    (  # a question
        "Pellam Bakeries results\n\nPellam Bakeries reported a loss. Analysts asked whether "
        "Astor Pensions, which holds 8%, was supportive of management.",
        [],
        [("astor-pensions", "BACKS", "pellam-bakeries")],
    ),
    (  # a relative clause naming another firm: whose board is unclear
        "Pellam Bakeries results\n\nPellam Bakeries reported a loss. Vell Group, which bought "
        "Orm Maltings last year, has backed the board.",
        [],
        [("vell-group", "BACKS", "orm-maltings"), ("vell-group", "BACKS", "pellam-bakeries")],
    ),
    (  # another firm's board
        "Pellam Bakeries results\n\nPellam Bakeries reported a loss. Astor Pensions has backed "
        "the board at Quell Foods.",
        [],
        [("astor-pensions", "BACKS", "pellam-bakeries")],
    ),
    (  # the firm on its own board
        "Pellam Bakeries results\n\nPellam Bakeries reported a loss. Pellam said it backs the "
        "board.",
        [],
        [("pellam-bakeries", "BACKS", "pellam-bakeries")],
    ),
    (  # an attack is no backing
        "Pellam Bakeries results\n\nPellam Bakeries reported a loss. Astor Pensions, which "
        "holds 8%, has criticised the board.",
        [],
        [("astor-pensions", "BACKS", "pellam-bakeries")],
    ),
]


@pytest.mark.parametrize("case", BACKED_BOARDS + BACKED_BOARD_TRAPS, ids=lambda c: c[0][:60])
def test_backed_boards(case: Case) -> None:
    text, present, absent = case
    check(text, present, absent)
