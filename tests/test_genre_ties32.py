"""Genre bank for rivals named as a contest's bidders, and a holder's support of the board
(round 32).

The bidders of one contest compete: "Orbin beat three rival bidders for the ferry work: Kast
Marine and Fenway Build" (the winner with each, and the losers with each other, past a colon or a
comma the verb triggers do not read across); "Rival bidders included Kast, which makes hulls,
and Fenway" (the listed bidders with each other); "Kast, which bid against Orbin and a third
company, Fenway, appealed" (all three). A consortium or a joint bid before the list names one
side, and reads nothing.

A supporter of the bare board "has not backed the board" backs nothing. The strict xfails keep
the shapes this round leaves unread: a member's long description with a relative clause inside
a list, a holder whose holding is folded into its name ("Corvel's largest shareholder, the
fund H, ... has backed the board"), a winner named only in the sentence before.

Invented texts across tiles, armour, sauces, pipes, ferries, pies, bakeries and software.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BIDDERS: list[Case] = [
    (  # tiles: a colon list after "beat two other bidders"
        "Norvale Tiles won the hospital tender. Norvale beat two other bidders: Castor "
        "Ceramics and Belmonte Tiles.",
        [
            ("norvale-tiles", "COMPETES_WITH", "castor-ceramics"),
            ("norvale-tiles", "COMPETES_WITH", "belmonte-tiles"),
            ("castor-ceramics", "COMPETES_WITH", "belmonte-tiles"),
        ],
        [],
    ),
    (  # armour: an adjunct before the colon, a descriptor before the second member
        "Kestrel Armour won the army tender. Kestrel Armour beat the rival bidders during "
        "the open round: Rigel Works and the Danish group Vester Plate.",
        [
            ("kestrel-armour", "COMPETES_WITH", "rigel-works"),
            ("kestrel-armour", "COMPETES_WITH", "vester-plate"),
            ("rigel-works", "COMPETES_WITH", "vester-plate"),
        ],
        [],
    ),
    (  # ferries: a comma list after "outbid three rivals"
        "Solent Link won the island route. Solent Link outbid two rivals, Wight Sea Lines and "
        "Harbour Hop.",
        [
            ("solent-link", "COMPETES_WITH", "wight-sea-lines"),
            ("wight-sea-lines", "COMPETES_WITH", "harbour-hop"),
        ],
        [],
    ),
    (  # sauces: rival bidders listed, one with a relative clause, one with an appositive
        "Ochoa Sauces was sold to Vardo Capital. Rival bidders included the American group "
        "Harlen Foods, which makes a hot sauce, and Tajo Growth, a Lisbon fund, two people "
        "said.",
        [("harlen-foods", "COMPETES_WITH", "tajo-growth")],
        [],
    ),
    (  # software: "the other bidders were"
        "Quillon Data won the tax software contract. The other bidders were Pell Systems and "
        "Ardent Code.",
        [("pell-systems", "COMPETES_WITH", "ardent-code")],
        [],
    ),
    (  # pipes: losing bidders without a link word
        "The appeals came from losing bidders Harlen Pipe and Northway Works.",
        [("harlen-pipe", "COMPETES_WITH", "northway-works")],
        [],
    ),
    (  # insulin pens: a relative "which bid against A and a third company, B"
        "Andova Pharma won the pen tender. Fenmark Diabetes Care, which bid against Andova "
        "Pharma and a third company, Medilux, said on Monday it had filed a challenge.",
        [
            ("fenmark-diabetes-care", "COMPETES_WITH", "andova-pharma"),
            ("fenmark-diabetes-care", "COMPETES_WITH", "medilux"),
            ("andova-pharma", "COMPETES_WITH", "medilux"),
        ],
        [],
    ),
    (  # guard: a consortium in the list is one side
        "Ochoa Sauces was sold to Vardo Capital. Rival bidders included a consortium of Harlen "
        "Foods and Tajo Growth.",
        [],
        [("harlen-foods", "COMPETES_WITH", "tajo-growth")],
    ),
    (  # guard: a joint bid against one firm sets the two bidders on one side
        "Andova Pharma won the pen tender. Fenmark Diabetes Care bid jointly with Medilux "
        "against Andova Pharma.",
        [],
        [("fenmark-diabetes-care", "COMPETES_WITH", "medilux")],
    ),
    (  # guard: "beat" with no contest noun, a forecast beaten
        "Kestrel Armour beat analysts' forecasts, with Rigel Works and Vester Plate also "
        "reporting higher sales.",
        [],
        [("kestrel-armour", "COMPETES_WITH", "rigel-works")],
    ),
    (  # guard: a negated win
        "Norvale Tiles did not beat the other bidders: Castor Ceramics and Belmonte Tiles.",
        [],
        [("norvale-tiles", "COMPETES_WITH", "castor-ceramics")],
    ),
]

BOARDS: list[Case] = [
    (  # guard: a negated support backs nothing
        "Corvel Foods makes frozen pies. Corvel's biggest investor, the fund Haldane Mutual, "
        "has not backed the board.",
        [],
        [("haldane-mutual", "BACKS", "corvel-foods")],
    ),
    (  # guard: the board of another firm named
        "Corvel Foods makes frozen pies. Haldane Mutual, which owns 9% of Corvel, backed the "
        "board of Pellam Dairies.",
        [],
        [("haldane-mutual", "BACKS", "corvel-foods")],
    ),
]

UNREAD: list[Case] = [
    (  # pipes: an appositive with a place between two listed bidders
        "The appeals came from losing bidders Harlen Pipe, a Regina contractor, and Northway "
        "Works.",
        [("harlen-pipe", "COMPETES_WITH", "northway-works")],
        [],
    ),
    (  # armour: a long description with a relative clause inside the list
        "Kestrel Armour won the army tender. Kestrel Armour beat the rival bidders during "
        "the open round: Rigel Works, a Riga company that sells helmets to two navies, and "
        "the Danish group Vester Plate.",
        [
            ("kestrel-armour", "COMPETES_WITH", "rigel-works"),
            ("kestrel-armour", "COMPETES_WITH", "vester-plate"),
            ("rigel-works", "COMPETES_WITH", "vester-plate"),
        ],
        [],
    ),
    (  # pies: the holder phrase folded into the holder's name
        "Corvel Foods makes frozen pies. Corvel's largest shareholder, the pension fund Haldane "
        "Mutual, which holds 12 per cent, has backed the directors until now.",
        [("haldane-mutual", "BACKS", "corvel-foods")],
        [],
    ),
    (  # bakeries: the same with "supported the directors"
        "Brindle Bakeries runs forty shops. Brindle's biggest shareholder, the family trust "
        "Ostra Holdings, which owns 30 per cent, supported the directors.",
        [("ostra-holdings", "BACKS", "brindle-bakeries")],
        [],
    ),
    (  # pipes: a list whose second member's description says "joint venture"
        "The appeals came from losing bidders Harlen Pipe, a Regina contractor, and Northway "
        "Works, a joint venture of two Alberta firms.",
        [("harlen-pipe", "COMPETES_WITH", "northway-works")],
        [],
    ),
    (  # tiles: bidders named in one sentence, the winner in the one before
        "Norvale Tiles won the hospital tender. Castor Ceramics and Belmonte Tiles also bid "
        "for the contract.",
        [("norvale-tiles", "COMPETES_WITH", "castor-ceramics")],
        [],
    ),
    (  # pies: a holder's support of the strategy and the board
        "Corvel Foods makes frozen pies. The Lund Foundation, owner of 40% of the stock, said "
        "it endorsed both the plan and the board.",
        [("the-lund-foundation", "BACKS", "corvel-foods")],
        [],
    ),
]

BANK = BIDDERS + BOARDS + UNREAD
GAPS: dict[str, str] = {
    "Kestrel Armour won the army tender. Kestrel Armour beat the rival bidders during the "
    "open round: Rigel Works, a Riga company that": "a relative clause inside a member's "
    "description ends the list",
    "Corvel Foods makes frozen pies. Corvel's largest": "a holder phrase folded into the "
    "holder's name leaves no stake pair for its stance on the board",
    "The appeals came from losing bidders Harlen Pipe, a Regina contractor, and Northway "
    "Works.": "an appositive with a place after a member ends the list",
    "The appeals came from losing bidders Harlen Pipe, a Regina contractor, and Northway "
    "Works, a joint": "a member described as a joint venture is typed a project",
    "Norvale Tiles won the hospital tender. Castor": "a winner named in the sentence before is "
    "not a rival of the later bidders",
    "Corvel Foods makes frozen pies. The Lund": "a coordinated 'the plan and the board' "
    "is not read as the held firm's board",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_ties32(case: Case) -> None:
    check(*case)
