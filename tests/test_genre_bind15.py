"""Genre bank for narrow binding guards (round 15): "buy B, which ..., from its founder P"
(its = the bought B, across a nameless relative clause on B); "its" in a person's appositive
after a first conjunct "A will keep its name"; plural "both firms" / "the two chains" after a
deal; "found that" (no FOUNDED); a possessor over coordinated role nouns.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across fitness, food, logistics, software, drinks, robotics, energy, retail and
farming. Guards: "with cash from its founder" (no seller), "from its parent" (a seller
company), "from its owner" (OWNS, not FOUNDED), a relative clause naming another firm.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SELLER: list[Case] = [
    (  # fitness: relative clause on the bought firm, then "from its founder"
        "Caldery Fitness will purchase Tarvick Gyms, which runs four gyms, from its founder "
        "Ines Vellan.",
        [
            ("caldery-fitness", "OWNS", "tarvick-gyms"),
            ("ines-vellan", "FOUNDED", "tarvick-gyms"),
        ],
        [("ines-vellan", "FOUNDED", "caldery-fitness")],
    ),
    (  # food: past tense, "that" relative
        "Brannock Foods bought Halvik Dairies, which operates six depots in the west, from its "
        "founder Conal Brisk.",
        [
            ("brannock-foods", "OWNS", "halvik-dairies"),
            ("conal-brisk", "FOUNDED", "halvik-dairies"),
        ],
        [("conal-brisk", "FOUNDED", "brannock-foods")],
    ),
    (  # logistics: "is buying", a relative with "and"
        "Norvale Freight is buying Pelmar Couriers, which runs vans and two warehouses, from its "
        "co-founder Ada Tovrin.",
        [
            ("norvale-freight", "OWNS", "pelmar-couriers"),
            ("ada-tovrin", "FOUNDED", "pelmar-couriers"),
        ],
        [("ada-tovrin", "FOUNDED", "norvale-freight")],
    ),
    (  # software: no relative, founder after a comma (already read)
        "Orvel Software acquired Quenby Labs from its founder, former teacher Rui Hastor, in 2019.",
        [("rui-hastor", "FOUNDED", "quenby-labs")],
        [("rui-hastor", "FOUNDED", "orvel-software")],
    ),
    (  # drinks: "from its owner": a past owner, never the founder
        "Dunmarsh Drinks agreed to buy Pellworth Cider, which makes perry, from its owner "
        "Teodor Vass.",
        [("dunmarsh-drinks", "OWNS", "pellworth-cider")],
        [
            ("teodor-vass", "FOUNDED", "pellworth-cider"),
            ("teodor-vass", "FOUNDED", "dunmarsh-drinks"),
            ("teodor-vass", "OWNS", "dunmarsh-drinks"),
        ],
    ),
    (  # guard: "with cash from its founder": the buyer's own founder pays, no seller
        "Caldery Fitness bought Tarvick Gyms, which it will rename, with cash from its founder "
        "Ines Vellan.",
        [("caldery-fitness", "OWNS", "tarvick-gyms")],
        [("ines-vellan", "FOUNDED", "tarvick-gyms")],
    ),
    (  # guard: a seller company after "from its parent"
        "Caldery Fitness bought Tarvick Gyms from its parent, Harnby Group.",
        [("caldery-fitness", "OWNS", "tarvick-gyms")],
        [("harnby-group", "OWNS", "caldery-fitness")],
    ),
    (  # guard: the founder of the buyer in its own sentence
        "Brannock Foods bought Halvik Dairies, which runs depots. Its founder, Conal Brisk, "
        "called the deal a milestone.",
        [("brannock-foods", "OWNS", "halvik-dairies")],
        [],
    ),
]

APPOSITIVE: list[Case] = [
    (  # drinks: "its" in the person's appositive = the first conjunct's subject
        "Dunmarsh Drinks is buying Pellworth Cider for £40m. Pellworth will keep its name, and "
        "Mirelle Osk, its founder and boss, is to take a seat on the board of Dunmarsh.",
        [
            ("mirelle-osk", "LEADS", "pellworth-cider"),
            ("mirelle-osk", "FOUNDED", "pellworth-cider"),
        ],
        [("mirelle-osk", "LEADS", "dunmarsh-drinks")],
    ),
    (  # robotics: the acquirer named in between
        "Halvik Motors agreed to acquire Quillex Robotics. Quillex will retain its brand, and "
        "Ilse Ranick, its chief executive, will join Halvik's board.",
        [("ilse-ranick", "LEADS", "quillex-robotics")],
        [("ilse-ranick", "LEADS", "halvik-motors")],
    ),
    (  # must still give: the possessor before the appositive
        "Pellworth Cider's chief executive, Mirelle Osk, said its profits rose.",
        [("mirelle-osk", "LEADS", "pellworth-cider")],
        [],
    ),
]

PLURAL: list[Case] = [
    (  # farming: "both firms" = buyer and target, the clause's own subject excluded
        "Quillex Farms agreed to acquire Tarvick Feeds. Ostrel Supplies, a grain distributor, "
        "which vies with both firms for farms, objected.",
        [
            ("ostrel-supplies", "COMPETES_WITH", "quillex-farms"),
            ("ostrel-supplies", "COMPETES_WITH", "tarvick-feeds"),
        ],
        [],
    ),
    (  # guard: the pair is the subject itself
        "Quillex Foods and Tarvick Bakeries said both companies would keep their brands.",
        [],
        [("quillex-foods", "COMPETES_WITH", "tarvick-bakeries")],
    ),
    (  # guard: "both companies" as an appositive on two funds
        "Orvel Capital and Sorrel Fund, both companies with stakes in Quillex Foods, backed "
        "the plan.",
        [],
        [("orvel-capital", "COMPETES_WITH", "sorrel-fund")],
    ),
]

TRAPS: list[Case] = [
    (  # "found that" is no founding
        "Quillex Steel holds a stake in a venture with Ostrel Metals. The Competition Board "
        "found that the unit posed no risk.",
        [],
        [
            ("competition-board", "FOUNDED", "ostrel-metals"),
            ("competition-board", "FOUNDED", "quillex-steel"),
        ],
    ),
    (  # mining: "found that the company": "that" opens a clause, not a description
        "Quillex Steel holds a stake in a venture with Ostrel Metals. The Norland Competition "
        "Authority found that the company posed no risk.",
        [("quillex-steel", "OWNS", "ostrel-metals")],
        [("the-norland-competition-authority", "FOUNDED", "ostrel-metals")],
    ),
    (  # energy: "ruled that this plant", a passive judge
        "Tessel Grid runs the Harnby substation. The Varnby Energy Regulator found that this "
        "operator had met its duties.",
        [],
        [("the-varnby-energy-regulator", "FOUNDED", "tessel-grid")],
    ),
    (  # must still give: a demonstrative "that company" is still a description
        "Ada Brannock founded Ostrel Metals in 2001. Quillex Steel bought that company in 2019.",
        [("ada-brannock", "FOUNDED", "ostrel-metals"), ("quillex-steel", "OWNS", "ostrel-metals")],
        [],
    ),
    (  # must still give: "went on to found"
        "Ada Brannock went on to found Ostrel Metals in 2001.",
        [("ada-brannock", "FOUNDED", "ostrel-metals")],
        [],
    ),
    (  # drinks: possessor belongs to the first role noun; the second has its own "of"
        "Ostrel Drinks, Quillex Cola's biggest rival and owner of the Bolt label, accused "
        "Quillex of copying.",
        [
            ("ostrel-drinks", "COMPETES_WITH", "quillex-cola"),
            ("ostrel-drinks", "OWNS", "bolt"),
        ],
        [("ostrel-drinks", "OWNS", "quillex-cola")],
    ),
    (  # software: the same with "the owner of", a role and a title
        "Tarvick Apps, Brisk Soft's closest competitor and the owner of the Zephyr brand, "
        "hired staff.",
        [("tarvick-apps", "COMPETES_WITH", "brisk-soft")],
        [("tarvick-apps", "OWNS", "brisk-soft")],
    ),
    (  # the noun trigger still takes the possessor as the label's owner
        "Ostrel Drinks, Quillex Cola's main rival and owner of the Bolt label, cut prices.",
        [("ostrel-drinks", "OWNS", "bolt")],
        [("quillex-cola", "OWNS", "bolt")],
    ),
    (  # must still give: "president and chief executive of X" with no possessor
        "Ada Brannock, president and chief executive of Halvik Foods, spoke first.",
        [("ada-brannock", "LEADS", "halvik-foods")],
        [],
    ),
    (  # must still give: two role nouns shared by one possessor
        "Quillex Cola's owner and chair, Ada Brannock, spoke on Monday.",
        [("ada-brannock", "OWNS", "quillex-cola"), ("ada-brannock", "LEADS", "quillex-cola")],
        [],
    ),
]

BANK = SELLER + APPOSITIVE + PLURAL + TRAPS
GAPS: dict[str, str] = {
    "Ostrel Drinks, Quillex Cola's main": "nominal/noun-trigger gives 'owner of Z' the nearest "
    "name before, the possessor of the first role noun (row D shape)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_bind15(case: Case) -> None:
    check(*case)
