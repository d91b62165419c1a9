"""Genre bank for rivals named as a contest's bidders, and a holder's support of the board
(round 32).

Firms compete where the text says one beat or bid against the other, or calls a field "rival
bidders" (mend32_ties): "Orbin beat three rival bidders for the ferry work: Kast Marine and Fenway
Build" (the winner with each, never the members with each other); "Kast, which bid against Orbin and
a third company, Fenway, appealed" (Kast with each). A list of bidders alone ("The rival bidders
were Kast and Fenway", "the other bidders were", "losing bidders", suitors, contenders) reads
nothing: its members are a winner's rivals, not each other's; a speaker after the list, a verb
before it ("were backed by"), a litigant ("rival claimants"), a thing of a firm bid against ("advice
from X", "X's wishes"), a person bidder, a consortium, a joint bid, a partner or a parent, and a
negation, hedge or plan on the verb read nothing.

A supporter of the bare board "has not backed the board" backs nothing. The strict xfails keep
the shapes this round leaves unread: a member's long description with a relative clause inside
a list. A holder whose holding is folded into its name ("Corvel's largest shareholder, the
fund H, ... has backed the board") and "the plan and the board" are read since round 38
(`backed_boards`).

Invented texts across tiles, armour, sauces, pipes, ferries, kilns, lamps, steel, hotels, pies,
bakeries and software.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BIDDERS: list[Case] = [
    (  # tiles: a colon list after "beat two other bidders": the winner with each
        "Norvale Tiles won the hospital tender. Norvale beat two other bidders: Castor "
        "Ceramics and Belmonte Tiles.",
        [
            ("norvale-tiles", "COMPETES_WITH", "castor-ceramics"),
            ("norvale-tiles", "COMPETES_WITH", "belmonte-tiles"),
        ],
        [("castor-ceramics", "COMPETES_WITH", "belmonte-tiles")],
    ),
    (  # armour: an adjunct before the colon, a descriptor before the second member
        "Kestrel Armour won the army tender. Kestrel Armour beat the rival bidders during "
        "the open round: Rigel Works and the Danish group Vester Plate.",
        [
            ("kestrel-armour", "COMPETES_WITH", "rigel-works"),
            ("kestrel-armour", "COMPETES_WITH", "vester-plate"),
        ],
        [("rigel-works", "COMPETES_WITH", "vester-plate")],
    ),
    (  # ferries: a comma list after "outbid two rivals"
        "Solent Link won the island route. Solent Link outbid two rivals, Wight Sea Lines and "
        "Harbour Hop.",
        [
            ("solent-link", "COMPETES_WITH", "wight-sea-lines"),
            ("solent-link", "COMPETES_WITH", "harbour-hop"),
        ],
        [("wight-sea-lines", "COMPETES_WITH", "harbour-hop")],
    ),
    (  # lamps: a passive "was beaten by": the loser with each winner, not they with each other
        "Glimmer Lamps was beaten by two other bidders: Tallow Lighting and Wick Brothers.",
        [
            ("glimmer-lamps", "COMPETES_WITH", "tallow-lighting"),
            ("glimmer-lamps", "COMPETES_WITH", "wick-brothers"),
        ],
        [("tallow-lighting", "COMPETES_WITH", "wick-brothers")],
    ),
    (  # sauces: a field of rival bidders alone reads nothing (a winner may be named elsewhere)
        "The rival bidders were Harlen Foods and Tajo Growth.",
        [],
        [("harlen-foods", "COMPETES_WITH", "tajo-growth")],
    ),
    (  # ports: the winner named in the sentence before; the listed bidders are its rivals only
        "Halden Ports won the Tema terminal concession in June. Rival bidders included Crane "
        "Marine and Ostrova Terminals, according to the ministry.",
        [],
        [("crane-marine", "COMPETES_WITH", "ostrova-terminals")],
    ),
    (  # insulin pens: a relative "which bid against A and a third company, B"
        "Andova Pharma won the pen tender. Fenmark Diabetes Care, which bid against Andova "
        "Pharma and a third company, Medilux, said on Monday it had filed a challenge.",
        [
            ("fenmark-diabetes-care", "COMPETES_WITH", "andova-pharma"),
            ("fenmark-diabetes-care", "COMPETES_WITH", "medilux"),
        ],
        [("andova-pharma", "COMPETES_WITH", "medilux")],
    ),
    (  # kilns: a passive "was bid against by A and B"
        "Furnace Kilns was bid against by Ashby Ovens and Clay Heat.",
        [
            ("furnace-kilns", "COMPETES_WITH", "ashby-ovens"),
            ("furnace-kilns", "COMPETES_WITH", "clay-heat"),
        ],
        [("ashby-ovens", "COMPETES_WITH", "clay-heat")],
    ),
    (  # kilns: a bid against another's offer
        "Furnace Kilns bid against the offer from Ashby Ovens for the Leek plant.",
        [("furnace-kilns", "COMPETES_WITH", "ashby-ovens")],
        [],
    ),
    (  # kilns: a joint bid after the list sets the two on one side, not the bidder's rivals
        "Furnace Kilns bid against Ashby Ovens and Clay Heat, which bid together.",
        [
            ("furnace-kilns", "COMPETES_WITH", "ashby-ovens"),
            ("furnace-kilns", "COMPETES_WITH", "clay-heat"),
        ],
        [("ashby-ovens", "COMPETES_WITH", "clay-heat")],
    ),
]

# G2: plain bidders of one tender are no rivals of each other
PLAIN_LISTS: list[Case] = [
    (  # software: "the other bidders were"
        "Quillon Data won the tax software contract. The other bidders were Pell Systems and "
        "Ardent Code.",
        [],
        [("pell-systems", "COMPETES_WITH", "ardent-code")],
    ),
    (  # pipes: losing bidders without a link word
        "The appeals came from losing bidders Harlen Pipe and Northway Works.",
        [],
        [("harlen-pipe", "COMPETES_WITH", "northway-works")],
    ),
    (  # pipes: an appositive with a place between two losing bidders
        "The appeals came from losing bidders Harlen Pipe, a Regina contractor, and Northway "
        "Works.",
        [],
        [("harlen-pipe", "COMPETES_WITH", "northway-works")],
    ),
    (  # tiles: bidders named in one sentence, the winner in the one before
        "Norvale Tiles won the hospital tender. Castor Ceramics and Belmonte Tiles also bid "
        "for the contract.",
        [],
        [("castor-ceramics", "COMPETES_WITH", "belmonte-tiles")],
    ),
    (  # sauces: suitors named by people familiar
        "Suitors included Marrow Foods and Tangle Brands, people familiar with the sale said.",
        [],
        [("marrow-foods", "COMPETES_WITH", "tangle-brands")],
    ),
    (  # sauces: the target's suitors, rebuffed
        "Ochoa Sauces rebuffed two suitors, Marrow Foods and Tangle Brands, last year.",
        [],
        [("marrow-foods", "COMPETES_WITH", "tangle-brands")],
    ),
    (  # bridges: an appositive "the two contenders, A and B"
        "The two contenders, Arch Span and Truss Civil, have until Friday.",
        [],
        [("arch-span", "COMPETES_WITH", "truss-civil")],
    ),
    (  # guard: "rival bidders" with a winner named: the winner's, not the members'
        "Kopra Mining defeated rival bidders Slate Ridge and Ore Valley for the licence.",
        [],
        [("slate-ridge", "COMPETES_WITH", "ore-valley")],
    ),
]

# G3: a speaker, a verb before the list, a litigant, no firm bid against
NOT_BIDDERS: list[Case] = [
    (  # a speaker after the list
        "Harvest Meals beat three other bidders for the canteen contract, Fellside Council said.",
        [],
        [("harvest-meals", "COMPETES_WITH", "fellside-council")],
    ),
    (  # backers of the rival bidders
        "The rival bidders were backed by Cobalt Bank and Ferrum Capital.",
        [],
        [("cobalt-bank", "COMPETES_WITH", "ferrum-capital")],
    ),
    (  # claimants in court
        "Osprey Capital beat two rival claimants in court: Heron Trust and Egret Asset.",
        [],
        [
            ("osprey-capital", "COMPETES_WITH", "heron-trust"),
            ("heron-trust", "COMPETES_WITH", "egret-asset"),
        ],
    ),
    (  # advice from a firm
        "Furnace Kilns bid against advice from Lomond Partners.",
        [],
        [("furnace-kilns", "COMPETES_WITH", "lomond-partners")],
    ),
    (  # a firm's wishes
        "Furnace Kilns tendered against Ashby Ovens' wishes, the broker said.",
        [],
        [("furnace-kilns", "COMPETES_WITH", "ashby-ovens")],
    ),
    (  # a person bids
        "Mara Quist bid against Heron Trust and Egret Asset at the auction.",
        [],
        [("heron-trust", "COMPETES_WITH", "egret-asset")],
    ),
]

# G4: a consortium, a joint venture, partners and parents
ONE_SIDE: list[Case] = [
    (  # a consortium beaten: nothing to its members
        "Corran Steel beat two rival bidders: a consortium of Ironvale and Stahl Nord.",
        [],
        [("corran-steel", "COMPETES_WITH", "ironvale")],
    ),
    (  # a joint venture after a member: the member beaten, not the venture's firms
        "Binley Waste beat two rival bidders: Cleanaway Municipal and a joint venture of Orta "
        "Group and Vexo Environmental.",
        [("binley-waste", "COMPETES_WITH", "cleanaway-municipal")],
        [
            ("binley-waste", "COMPETES_WITH", "orta-group"),
            ("cleanaway-municipal", "COMPETES_WITH", "orta-group"),
        ],
    ),
    (  # a bid against a consortium
        "Furnace Kilns bid against a consortium of Ashby Ovens and Clay Heat.",
        [],
        [("furnace-kilns", "COMPETES_WITH", "ashby-ovens")],
    ),
    (  # a unit and its parent in a list
        "Larkspur Inns beat two rival bidders, Ember Funds and its parent, Ember Group, for "
        "the Bath hotel.",
        [
            ("larkspur-inns", "COMPETES_WITH", "ember-funds"),
            ("larkspur-inns", "COMPETES_WITH", "ember-group"),
        ],
        [("ember-funds", "COMPETES_WITH", "ember-group")],
    ),
    (  # a consortium in a rival field
        "Ochoa Sauces was sold to Vardo Capital. Rival bidders included a consortium of Harlen "
        "Foods and Tajo Growth.",
        [],
        [("harlen-foods", "COMPETES_WITH", "tajo-growth")],
    ),
    (  # rival bidders that later bid jointly
        "The rival bidders, Ember Funds and Larkspur Inns, later agreed to bid jointly.",
        [],
        [("ember-funds", "COMPETES_WITH", "larkspur-inns")],
    ),
]

# G5: negation, hedge and plan on the verb
UNSETTLED: list[Case] = [
    (  # a negated win
        "Norvale Tiles did not beat the other bidders: Castor Ceramics and Belmonte Tiles.",
        [],
        [
            ("norvale-tiles", "COMPETES_WITH", "castor-ceramics"),
            ("castor-ceramics", "COMPETES_WITH", "belmonte-tiles"),
        ],
    ),
    (  # a hoped win
        "Norvale Tiles hopes to beat two rival bidders: Castor Ceramics and Belmonte Tiles.",
        [],
        [("castor-ceramics", "COMPETES_WITH", "belmonte-tiles")],
    ),
    (  # a possible win
        "Analysts said Norvale Tiles could beat two rival bidders, Castor Ceramics and "
        "Belmonte Tiles.",
        [],
        [
            ("norvale-tiles", "COMPETES_WITH", "castor-ceramics"),
            ("castor-ceramics", "COMPETES_WITH", "belmonte-tiles"),
        ],
    ),
    (  # a planned bid
        "Furnace Kilns plans to bid against Ashby Ovens for the Leek plant.",
        [],
        [("furnace-kilns", "COMPETES_WITH", "ashby-ovens")],
    ),
    (  # guard: "beat" with no contest noun, a forecast beaten
        "Kestrel Armour beat analysts' forecasts, with Rigel Works and Vester Plate also "
        "reporting higher sales.",
        [],
        [("kestrel-armour", "COMPETES_WITH", "rigel-works")],
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
    (  # armour: a long description with a relative clause inside the list
        "Kestrel Armour won the army tender. Kestrel Armour beat the rival bidders during "
        "the open round: Rigel Works, a Riga company that sells helmets to two navies, and "
        "the Danish group Vester Plate.",
        [
            ("kestrel-armour", "COMPETES_WITH", "rigel-works"),
            ("kestrel-armour", "COMPETES_WITH", "vester-plate"),
        ],
        [("rigel-works", "COMPETES_WITH", "vester-plate")],
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
    (  # pies: a holder's support of the strategy and the board
        "Corvel Foods makes frozen pies. The Lund Foundation, owner of 40% of the stock, said "
        "it endorsed both the plan and the board.",
        [("the-lund-foundation", "BACKS", "corvel-foods")],
        [],
    ),
]

BANK = BIDDERS + PLAIN_LISTS + NOT_BIDDERS + ONE_SIDE + UNSETTLED + BOARDS + UNREAD
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_ties32(case: Case) -> None:
    check(*case)
