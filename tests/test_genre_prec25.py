"""Genre bank for readings that misled the rules on fresh text (round 25, precision).

A trigger's preposition may take a date, and the name after it is then a buyer, not the object
("parted with a majority stake in 2016 to the buyout house X"). A founder named as the seller
after a purchase is the bought firm's ("acquired it in 2017 from its founder, P"). A kin group
with no name holds a stake no named firm holds ("the family keeps 55% of the company"). A deal for a
trade service with a described partner ("a deal with the Finnish garden chain X to stock its
planters") and a contract ("renewed its catering contract with X") are trade, no partnership.

Each case is a short invented text (relations that must be found, relations that must not be),
across bakeries, pet food, saddlery, boatyards, garden centres, ceramics, hospital catering,
tea blending, quarrying, textiles, bicycles and kitchen fittings.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DATED: list[Case] = [
    (  # bakeries: a year after "controlling stake in", then the buyer
        "Ivor Quartermaine, who started the bakery chain Loafwright, passed a controlling stake "
        "in 2016 to the Lisburn buyout firm Tannick Capital.",
        [("ivor-quartermaine", "FOUNDED", "loafwright")],
        [("ivor-quartermaine", "OWNS", "tannick-capital")],
    ),
    (  # pet food: a month after the stake, then the buyer
        "Greta Quarrender, the founder of Barkwell Petfoods, handed a controlling stake in April "
        "to the investment group Pellgate Partners.",
        [],
        [("greta-quarrender", "OWNS", "pellgate-partners")],
    ),
    (  # guard: the stake's object right after "in"
        "Tannick Capital has bought a majority stake in Loafwright, the Lisburn bakery chain.",
        [("tannick-capital", "OWNS", "loafwright")],
        [],
    ),
    (  # guard: a date, then the same preposition and the object
        "The quarry group Brannoch Roadstone acquired a majority stake in 2021 in Feldy Materials.",
        [("brannoch-roadstone", "OWNS", "feldy-materials")],
        [],
    ),
]

SELLER_ROLES: list[Case] = [
    (  # saddlery: "acquired it in 2017 from its founder"
        "Quillfoot Saddlery, based in Stafford, has 35 shops. Amberlane Partners acquired it in "
        "2017 from its founder, Cedric Ruskin.",
        [("cedric-ruskin", "FOUNDED", "quillfoot-saddlery")],
        [("cedric-ruskin", "FOUNDED", "amberlane-partners")],
    ),
    (  # boatyards: "acquired the X last year from its founder"
        "Outram Yachting acquired the Corley Boatyard last year from its founder, Maud Ockham.",
        [
            ("outram-yachting", "OWNS", "corley-boatyard"),
            ("maud-ockham", "FOUNDED", "corley-boatyard"),
        ],
        [("maud-ockham", "FOUNDED", "outram-yachting")],
    ),
    (  # guard: "from its chief executive" stays the buyer's (a deal with its own head)
        "Outram Yachting acquired the Corley Boatyard in 2019 from its chief executive, Maud "
        "Ockham.",
        [("outram-yachting", "OWNS", "corley-boatyard")],
        [("maud-ockham", "LEADS", "corley-boatyard")],
    ),
    (  # guard: "its founder" of the subject in a relative, no purchase from anyone
        "Keldon Pottery, which was set up by its founder Bertram Amble in 2003, bought Wendle "
        "Kilns in 2021.",
        [
            ("bertram-amble", "FOUNDED", "keldon-pottery"),
            ("keldon-pottery", "OWNS", "wendle-kilns"),
        ],
        [("bertram-amble", "FOUNDED", "wendle-kilns")],
    ),
]

KIN: list[Case] = [
    (  # tea blending: the family's share of the company is no named holder's
        "Velbrook Tea has agreed to be bought by the merchant Halvik Blends. Velbrook was set "
        "up in 1947 by the grandfather of its chairman, and the family keeps about 55 per cent of "
        "the company.",
        [("halvik-blends", "OWNS", "velbrook-tea")],
        [("velbrook-tea", "OWNS", "halvik-blends")],
    ),
    (  # guard: a named holder in the second conjunct keeps its share
        "Velbrook Tea was set up in 1947, and Dunsmere Holdings still owns about 35 per cent of "
        "Velbrook Tea.",
        [("dunsmere-holdings", "OWNS", "velbrook-tea")],
        [],
    ),
    (  # guard: a named family holds its share ("family" is no "-ly" adverb)
        "The Quarrington family keeps about 45 per cent of Velbrook Tea.",
        [("quarrington", "OWNS", "velbrook-tea")],
        [],
    ),
    (  # gap: the rest of a share held by the unnamed family goes to no company
        "Velbrook Tea has agreed to be bought by the merchant Halvik Blends. Velbrook was set up "
        "in 1947 by its chairman's grandfather, and the family keeps about 55 per cent of the "
        "company. Dunsmere Holdings, a local investor, holds the rest.",
        [("dunsmere-holdings", "OWNS", "velbrook-tea")],
        [("dunsmere-holdings", "OWNS", "halvik-blends")],
    ),
]

TRADE: list[Case] = [
    (  # garden centres: a stocking deal with a described chain
        "In June Lindow Planters signed a deal with the Finnish garden chain Fjellgrove to stock "
        "its planters in 30 stores.",
        [],
        [("lindow-planters", "PARTNERS_WITH", "fjellgrove")],
    ),
    (  # textiles: a supply agreement with a described grocer
        "Wendle Linens signed an agreement with the Dutch household group Halm to supply its "
        "towels.",
        [],
        [("wendle-linens", "PARTNERS_WITH", "halm")],
    ),
    (  # hospital catering: a contract renewed
        "Most growth came from schools, where Primrow Meals renewed its catering contract with "
        "the Wenham Academies trust.",
        [],
        [("primrow-meals", "PARTNERS_WITH", "wenham-academies")],
    ),
    (  # bicycles: a contract signed with a frame maker
        "Thrushby Cycles signed a five-year contract with Arrova Frames for its carbon forks.",
        [],
        [("thrushby-cycles", "PARTNERS_WITH", "arrova-frames")],
    ),
    (  # guard: a deal to develop something together stays a partnership
        "Thrushby Cycles signed a deal with the Spanish design studio Arrova to develop a frame.",
        [("thrushby-cycles", "PARTNERS_WITH", "arrova")],
        [],
    ),
    (  # guard: a partnership named as such
        "Tessin Joinery formed a partnership with Norbury Fittings to design modular worktops.",
        [("tessin-joinery", "PARTNERS_WITH", "norbury-fittings")],
        [],
    ),
]

BANK = DATED + SELLER_ROLES + KIN + TRADE
GAPS: dict[str, str] = {
    "Velbrook Tea has agreed to be bought by the merchant Halvik Blends. Velbrook was set up "
    "in 1947 by its chairman's": "the remainder rule needs a held company, and a "
    "share of an unnamed holder records none",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_prec25(case: Case) -> None:
    check(*case)
