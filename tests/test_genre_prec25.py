"""Genre bank for readings that misled the rules on fresh text (round 25, precision).

A trigger's preposition may take a date, and the name after it is then a buyer, not the object
("parted with a majority stake in 2017 to the buyout house X"). A founder named as the seller
after a purchase is the bought firm's ("acquired it in 2018 from its founder, P"). A kin group
with no name holds a stake no named firm holds ("the family keeps 60% of the company"). A deal for a
trade service with a described partner ("a deal with the Danish garden chain X to stock its
pots") and a contract ("renewed its catering contract with X") are trade, no partnership.

Each case is a short invented text (relations that must be found, relations that must not be),
across bakeries, pet food, saddlery, boatyards, garden centres, ceramics, hospital catering,
coffee roasting, quarrying, textiles, bicycles and kitchen fittings.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DATED: list[Case] = [
    (  # bakeries: a year after "controlling stake in", then the buyer
        "Harlan Greaves, who started the bakery chain Crumbworth, passed a controlling stake in "
        "2017 to the Leeds buyout firm Ostler Capital.",
        [("harlan-greaves", "FOUNDED", "crumbworth")],
        [("harlan-greaves", "OWNS", "ostler-capital")],
    ),
    (  # pet food: a month after the stake, then the buyer
        "Mira Tolland, the founder of Barkwell Foods, handed a controlling stake in March to "
        "the investment group Pellgate Partners.",
        [],
        [("mira-tolland", "OWNS", "pellgate-partners")],
    ),
    (  # guard: the stake's object right after "in"
        "Ostler Capital has bought a majority stake in Crumbworth, the Leeds bakery chain.",
        [("ostler-capital", "OWNS", "crumbworth")],
        [],
    ),
    (  # guard: a date, then the same preposition and the object
        "The quarry group Brannoch Stone acquired a majority stake in 2022 in Feldy Aggregates.",
        [("brannoch-stone", "OWNS", "feldy-aggregates")],
        [],
    ),
]

SELLER_ROLES: list[Case] = [
    (  # saddlery: "acquired it in 2018 from its founder"
        "Brightwell Saddlery, based in Derby, has 40 shops. Ormond Partners acquired it in 2018 "
        "from its founder, Dale Ruskin.",
        [("dale-ruskin", "FOUNDED", "brightwell-saddlery")],
        [("dale-ruskin", "FOUNDED", "ormond-partners")],
    ),
    (  # boatyards: "acquired the X last year from its founder"
        "Tamsin Marine acquired the Corley Boatyard last year from its founder, Ann Pell.",
        [("tamsin-marine", "OWNS", "corley-boatyard"), ("ann-pell", "FOUNDED", "corley-boatyard")],
        [("ann-pell", "FOUNDED", "tamsin-marine")],
    ),
    (  # guard: "from its chief executive" stays the buyer's (a deal with its own head)
        "Tamsin Marine acquired the Corley Boatyard last year from its chief executive, Ann Pell.",
        [("tamsin-marine", "OWNS", "corley-boatyard")],
        [("ann-pell", "LEADS", "corley-boatyard")],
    ),
    (  # guard: "its founder" of the subject in a relative, no purchase from anyone
        "Keldon Ceramics, which was set up by its founder Rhys Amble in 2004, bought Farrow "
        "Kilns in 2020.",
        [("rhys-amble", "FOUNDED", "keldon-ceramics"), ("keldon-ceramics", "OWNS", "farrow-kilns")],
        [("rhys-amble", "FOUNDED", "farrow-kilns")],
    ),
]

KIN: list[Case] = [
    (  # coffee roasting: the family's share of the company is no named holder's
        "Velbrook Roasters has agreed to be bought by the trader Halvik Coffee. Velbrook was "
        "founded in 1958 by the grandfather of its chairman, and the family keeps about 60 per "
        "cent of the company.",
        [("halvik-coffee", "OWNS", "velbrook-roasters")],
        [("velbrook-roasters", "OWNS", "halvik-coffee")],
    ),
    (  # guard: a named holder in the second conjunct keeps its share
        "Velbrook Roasters was founded in 1958, and Tarn Equity still owns about 40 per cent "
        "of Velbrook Roasters.",
        [("tarn-equity", "OWNS", "velbrook-roasters")],
        [],
    ),
    (  # guard: a named family holds its share ("family" is no "-ly" adverb)
        "The Ashby family keeps about 55 per cent of Velbrook Roasters.",
        [("ashby", "OWNS", "velbrook-roasters")],
        [],
    ),
    (  # gap: the rest of a share held by the unnamed family goes to no company
        "Velbrook Roasters has agreed to be bought by the trader Halvik Coffee. Velbrook was "
        "founded in 1958 by its chairman's grandfather, and the family keeps about 60 per cent "
        "of the company. Tarn Equity, a regional investor, holds the rest.",
        [("tarn-equity", "OWNS", "velbrook-roasters")],
        [("tarn-equity", "OWNS", "halvik-coffee")],
    ),
]

TRADE: list[Case] = [
    (  # garden centres: a stocking deal with a described chain
        "In May Kelso Pots signed a deal with the Danish garden chain Vantor to stock its pots "
        "in 40 stores.",
        [],
        [("kelso-pots", "PARTNERS_WITH", "vantor")],
    ),
    (  # textiles: a supply agreement with a described grocer
        "Orrin Linens signed an agreement with the Dutch household group Halm to supply its "
        "towels.",
        [],
        [("orrin-linens", "PARTNERS_WITH", "halm")],
    ),
    (  # hospital catering: a contract renewed
        "Most growth came from hospitals, where Meadow Fare renewed its catering contract with "
        "the Brackley Hospitals trust.",
        [],
        [("meadow-fare", "PARTNERS_WITH", "brackley-hospitals")],
    ),
    (  # bicycles: a contract signed with a frame maker
        "Pellow Bikes signed a three-year contract with Arrova Frames for its carbon forks.",
        [],
        [("pellow-bikes", "PARTNERS_WITH", "arrova-frames")],
    ),
    (  # guard: a deal to develop something together stays a partnership
        "Pellow Bikes signed a deal with the Spanish design studio Arrova to develop a new frame.",
        [("pellow-bikes", "PARTNERS_WITH", "arrova")],
        [],
    ),
    (  # guard: a partnership named as such
        "Tessin Kitchens formed a partnership with Brisk Fittings to design modular worktops.",
        [("tessin-kitchens", "PARTNERS_WITH", "brisk-fittings")],
        [],
    ),
]

BANK = DATED + SELLER_ROLES + KIN + TRADE
GAPS: dict[str, str] = {
    "Velbrook Roasters has agreed to be bought by the trader Halvik Coffee. Velbrook was "
    "founded in 1958 by its chairman's": "the remainder rule needs a held company, and a "
    "share of an unnamed holder records none",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_prec25(case: Case) -> None:
    check(*case)
