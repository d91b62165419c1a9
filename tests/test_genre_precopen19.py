"""Genre bank for opening participle phrases and titles on the wrong holder (round 19).

A sentence-initial participle phrase ("Backed by X,", "Founded in 1990 by X,", "Owned by X
since 2004,", "Having sold Z to X,") closes like a preposed adverbial clause: its names are not
the main verb's subject, and a description opening the main clause ("Backed by X, the company
bought Y") is not X. The passive reading of the phrase stays ("Backed by X, Y ..." gives X
FUNDS Y). A "Having" phrase's own verb takes the main clause's subject. "Like X," and "Unlike
X," keep X out; "Along with X," coordinates. The head of a brand, label or imprint leads
neither it nor the firm; the head of a named unit does not lead its parent; the chair of a
body's committee does not lead the body.

Each case is a short invented text (relations that must be found, relations that must not be),
across food, mining, pharma, steel, shipping, games, energy, banking, publishing and retail.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OPENINGS: list[Case] = [
    (  # food: "Backed by" gives the backing, not the purchase
        "Backed by Norrhavn Bank, Tessmoor Foods bought Yarrow Mills in March.",
        [("norrhavn-bank", "FUNDS", "tessmoor-foods"), ("tessmoor-foods", "OWNS", "yarrow-mills")],
        [("norrhavn-bank", "OWNS", "yarrow-mills")],
    ),
    (  # mining: "Encouraged by" gives nothing; the suit is the main subject's
        "Encouraged by Orsk Capital, Dravik Mining sued Pellmoor Steel last week.",
        [("dravik-mining", "DISPUTES", "pellmoor-steel")],
        [("orsk-capital", "DISPUTES", "pellmoor-steel")],
    ),
    (  # pharma: an adviser buys nothing
        "Advised by Calder Partners, Brisk Pharma agreed to buy Ostrel Labs.",
        [("brisk-pharma", "OWNS", "ostrel-labs")],
        [("calder-partners", "OWNS", "ostrel-labs")],
    ),
    (  # food: "Founded by X in 1990," keeps the founding
        "Founded by Ada Reyes in 1990, Kelso Foods now owns Yarrow Mills.",
        [("ada-reyes", "FOUNDED", "kelso-foods"), ("kelso-foods", "OWNS", "yarrow-mills")],
        [("ada-reyes", "OWNS", "yarrow-mills")],
    ),
    (  # steel: "Owned by X since 2004," and a dispute
        "Owned by Vorn Capital since 2004, Halvik Steel has since sued Tarsa Rail.",
        [("vorn-capital", "OWNS", "halvik-steel"), ("halvik-steel", "DISPUTES", "tarsa-rail")],
        [("vorn-capital", "DISPUTES", "tarsa-rail")],
    ),
    (  # games: the lender of the purchase owns nothing
        "Financed by Ostrel Bank, Kessel Games acquired Orbit Studios for $20 million.",
        [("ostrel-bank", "FUNDS", "kessel-games"), ("kessel-games", "OWNS", "orbit-studios")],
        [("ostrel-bank", "OWNS", "orbit-studios")],
    ),
    (  # shipping: "Supported by" a bank
        "Supported by Norrhavn Bank, Halvik Shipping bought Tarsa Yards.",
        [("halvik-shipping", "OWNS", "tarsa-yards")],
        [("norrhavn-bank", "OWNS", "tarsa-yards")],
    ),
    (  # food: the description after the phrase is not its agent
        "Tessmoor Foods is a Leeds grocer. Backed by Norrhavn Bank, the company bought Yarrow "
        "Mills.",
        [("tessmoor-foods", "OWNS", "yarrow-mills")],
        [("norrhavn-bank", "OWNS", "yarrow-mills")],
    ),
    (  # mining: a trade noun after the phrase
        "Dravik Mining is a Perth miner. Encouraged by Orsk Capital, the miner sued Pellmoor "
        "Steel.",
        [("dravik-mining", "DISPUTES", "pellmoor-steel")],
        [("orsk-capital", "DISPUTES", "pellmoor-steel")],
    ),
    (  # brewing: an unresolved description takes no agent of the phrase
        "Acquired by Kelso Group in 2015, the brewer later invested in Orbit Hops.",
        [],
        [("kelso-group", "FUNDS", "orbit-hops")],
    ),
    (  # food: a pronoun after the phrase
        "Kelso Foods is a Leeds grocer. Encouraged by Orsk Capital, it sued Pellmoor Steel.",
        [("kelso-foods", "DISPUTES", "pellmoor-steel")],
        [("orsk-capital", "DISPUTES", "pellmoor-steel")],
    ),
    (  # banking: a list of backers closes at its own comma
        "Backed by Norrhavn Bank, Orsk Capital and Kelvin Fund, Tessmoor Foods bought Yarrow "
        "Mills.",
        [("orsk-capital", "FUNDS", "tessmoor-foods"), ("tessmoor-foods", "OWNS", "yarrow-mills")],
        [("orsk-capital", "OWNS", "yarrow-mills"), ("kelvin-fund", "OWNS", "yarrow-mills")],
    ),
    (  # shipping: an adverb before the participle
        "Jointly owned by Kelvin Capital and Orsk Bank, Halvik Shipping sued Tarsa Yards.",
        [
            ("kelvin-capital", "OWNS", "halvik-shipping"),
            ("halvik-shipping", "DISPUTES", "tarsa-yards"),
        ],
        [("orsk-bank", "DISPUTES", "tarsa-yards")],
    ),
    (  # energy: a descriptor before the agent, and a second verb
        "Backed by the state lender Norrhavn Bank, Calder Wind built a farm and sued Ofgem.",
        [("norrhavn-bank", "FUNDS", "calder-wind"), ("calder-wind", "DISPUTES", "ofgem")],
        [("norrhavn-bank", "DISPUTES", "ofgem")],
    ),
    (  # games: a person founds what the backer only supports
        "Supported by Kelvin Capital, Ida Marsh founded Orbit Games in 2019.",
        [("ida-marsh", "FOUNDED", "orbit-games")],
        [("kelvin-capital", "FOUNDED", "orbit-games")],
    ),
    (  # guard: the participle's negation is not the phrase's
        "Backed by Norrhavn Bank, Tessmoor Foods did not buy Yarrow Mills.",
        [("norrhavn-bank", "FUNDS", "tessmoor-foods")],
        [("tessmoor-foods", "OWNS", "yarrow-mills"), ("norrhavn-bank", "OWNS", "yarrow-mills")],
    ),
]

PERFECT: list[Case] = [
    (  # games: "Having sold Z to X," the seller is the main subject
        "Having sold Rimewalk Games to Velsen Media, Tessmoor Group bought Orbit Studios.",
        [("velsen-media", "OWNS", "rimewalk-games"), ("tessmoor-group", "OWNS", "orbit-studios")],
        [("velsen-media", "OWNS", "orbit-studios")],
    ),
    (  # banking: the lender of the phrase is the main subject
        "Having lent $5 million to Dravik Mining, Orsk Bank sued the miner.",
        [("orsk-bank", "FUNDS", "dravik-mining"), ("orsk-bank", "DISPUTES", "dravik-mining")],
        [],
    ),
    (  # retail: a stake bought in the phrase, a suit after it
        "Having bought a stake in Calder Bank, Vorn Capital sued Pellmoor Stores.",
        [("vorn-capital", "DISPUTES", "pellmoor-stores")],
        [("calder-bank", "DISPUTES", "pellmoor-stores")],
    ),
    (  # food: a relative clause on the phrase's agent has its own subject (review 19 B2)
        "Having sold Rimewalk to Velsen Group, which later bought Orbit Foods, Tessmoor Foods"
        " expanded.",
        [("velsen-group", "OWNS", "orbit-foods")],
        [("tessmoor-foods", "OWNS", "orbit-foods")],
    ),
    (  # rail: "Backed by A, which founded K, ..."
        "Backed by Orsk Bank, which founded Kelda Rail in 1990, Tarn Capital bought Vell Foods.",
        [("orsk-bank", "FOUNDED", "kelda-rail"), ("tarn-capital", "OWNS", "vell-foods")],
        [("tarn-capital", "FOUNDED", "kelda-rail"), ("orsk-bank", "OWNS", "vell-foods")],
    ),
    (  # food: "Founded ... by P, who also runs K, ..."
        "Founded in 1990 by Ada Vorn, who also runs Kelda Rail, Vell Foods makes soup.",
        [("ada-vorn", "LEADS", "kelda-rail")],
        [],
    ),
    (  # mining: a main clause after the relative keeps its subject
        "Backed by Dray Capital, which owns 9% of Kelmar Mining, Brenna Mining sued Orvik Rail.",
        [("dray-capital", "OWNS", "kelmar-mining"), ("brenna-mining", "DISPUTES", "orvik-rail")],
        [("dray-capital", "DISPUTES", "orvik-rail")],
    ),
]

COMPARISONS: list[Case] = [
    (  # energy: "Unlike X," is no subject
        "Unlike Norvik Grid, Tarsa Energy sued the regulator Ofgem.",
        [("tarsa-energy", "DISPUTES", "ofgem")],
        [("norvik-grid", "DISPUTES", "ofgem")],
    ),
    (  # banking: "Like X," is no subject either
        "Like Ostrel Bank, Calder Bank has lent money to Pellmoor Stores.",
        [("calder-bank", "FUNDS", "pellmoor-stores")],
        [("ostrel-bank", "FUNDS", "pellmoor-stores")],
    ),
    (  # food: "Along with X," coordinates
        "Along with Kelvin Capital, Vorn Partners invested in Brisa Foods.",
        [("vorn-partners", "FUNDS", "brisa-foods"), ("kelvin-capital", "FUNDS", "brisa-foods")],
        [],
    ),
    (  # energy: the relative clause of "Unlike X" is X's own
        "Unlike Norvik Grid, which sued Ofgem, Tarsa Energy backed the regulator.",
        [("norvik-grid", "DISPUTES", "ofgem"), ("tarsa-energy", "BACKS", "ofgem")],
        [("tarsa-energy", "DISPUTES", "ofgem")],
    ),
    (  # games: a present participle of partnering
        "Partnering with Kelvin Media, Orbit Games launched Rimewalk.",
        [("orbit-games", "PARTNERS_WITH", "kelvin-media"), ("orbit-games", "FOUNDED", "rimewalk")],
        [("kelvin-media", "FOUNDED", "rimewalk")],
    ),
]

TITLES: list[Case] = [
    (  # pharma: a brand's head leads neither the brand nor the firm
        "Ada Vorn, head of the Velta brand at Brisk Labs, said sales rose.",
        [],
        [("ada-vorn", "LEADS", "velta"), ("ada-vorn", "LEADS", "brisk-labs")],
    ),
    (  # pharma: the verb "heads" on a brand
        "Ada Vorn, who heads the Velta brand at Brisk Labs, said sales rose.",
        [],
        [("ada-vorn", "LEADS", "velta"), ("ada-vorn", "LEADS", "brisk-labs")],
    ),
    (  # music: "runs the X label for Y"
        "Ada Vorn, who runs the Velta label for Brisk Records, signed Tom Reed.",
        [],
        [("ada-vorn", "LEADS", "velta"), ("ada-vorn", "LEADS", "brisk-records")],
    ),
    (  # publishing: an imprint's president
        "Ada Vorn, president of the Velta imprint at Orsk Books, praised the deal.",
        [],
        [("ada-vorn", "LEADS", "velta"), ("ada-vorn", "LEADS", "orsk-books")],
    ),
    (  # pharma: a named unit's head does not lead the parent
        "Ada Vorn, head of Brisk Labs' Velta unit, said sales rose.",
        [("brisk-labs", "OWNS", "velta")],
        [("ada-vorn", "LEADS", "brisk-labs")],
    ),
    (  # must still give: the firm's own chief executive
        "Ada Vorn, chief executive of Brisk Labs, praised the deal.",
        [("ada-vorn", "LEADS", "brisk-labs")],
        [],
    ),
    (  # council: a committee's chair leads no council
        'Kelso Foods was fined by Norvik Council on Monday. "The breaches were serious," said '
        "chairman Otto Wynn of the council's audit committee.",
        [("norvik-council", "DISPUTES", "kelso-foods")],
        [("otto-wynn", "LEADS", "norvik-council"), ("otto-wynn", "LEADS", "kelso-foods")],
    ),
    (  # food: a regulator's chairman is not the fined firm's
        'Kelso Foods was fined by the Food Standards Agency on Monday. "The breaches were '
        'serious," said chairman Otto Wynn of the regulator.',
        [("otto-wynn", "LEADS", "food-standards-agency")],
        [("otto-wynn", "LEADS", "kelso-foods")],
    ),
    (  # must still give: a named body after the quote
        'Kelso Foods was fined on Monday. "We will review the case," said chairman Otto Wynn '
        "of the Food Standards Agency.",
        [("otto-wynn", "LEADS", "food-standards-agency")],
        [("otto-wynn", "LEADS", "kelso-foods")],
    ),
    (  # steel: a board seat is no leadership
        "Kelso Foods hired Ida Marsh. She will sit on Lanric Steel's management board from May.",
        [],
        [("ida-marsh", "LEADS", "lanric-steel"), ("ida-marsh", "LEADS", "kelso-foods")],
    ),
    (  # steel: a board member, in apposition
        "Ida Marsh, a member of Lanric Steel's management board, said output would rise.",
        [],
        [("ida-marsh", "LEADS", "lanric-steel")],
    ),
    (  # retail: kin wording gives the founder no lead
        "Hal Varden founded Pellmoor Stores in 1980. Today the boss is his grandniece, Ada Varden.",
        [("hal-varden", "FOUNDED", "pellmoor-stores")],
        [("hal-varden", "LEADS", "pellmoor-stores")],
    ),
    (  # retail: a relative on kin
        "Pellmoor Stores was founded by Hal Varden, whose grandniece is now chief executive.",
        [("hal-varden", "FOUNDED", "pellmoor-stores")],
        [("hal-varden", "LEADS", "pellmoor-stores")],
    ),
]

GAPS = {
    "Unlike Norvik Grid, which": "'backed the regulator' after a relative in the 'Unlike' "
    "phrase: the description is not bound to Ofgem",
    "Partnering with": "a present participle of partnering opening the sentence is not read "
    "as the main subject's partnership",
}


@pytest.mark.parametrize("case", gap_params(OPENINGS + PERFECT + COMPARISONS + TITLES, GAPS))
def test_genre_precopen19(case: Case) -> None:
    check(*case)


def test_phrase_names_past_dateline() -> None:
    """A datelined "OSLO, April 2 - Backed by X, the company ..." names X in its opening phrase
    (review 19 B11: `phrase_names` starts where `preposed_end` does)."""
    from types import SimpleNamespace

    from loaders.lexicon import Lexicon
    from loaders.relations.model import dateline_end
    from loaders.relations.opening_participle import phrase_names

    lows = "oslo , april 2 - backed by norrhavn bank , the company bought yarrow mills .".split()
    items = [
        SimpleNamespace(ids=("oslo",), j=1),
        SimpleNamespace(ids=("norrhavn-bank",), j=9),
        SimpleNamespace(ids=("yarrow-mills",), j=15),
    ]
    start = dateline_end(lows)
    assert start == 5
    assert phrase_names(lows, items, 10, Lexicon.load(), start) == {"norrhavn-bank"}
