"""Genre bank for "the P-based N" and "the pair" (round 16): a description naming a town never
means a firm the text already seated in another town ("X is based in A. ... The B-based group"
is not X); "X has been part of Y. The P-based group" is Y; "A will buy B, the P-based company
said" is the speaker A; "A lifted its bid for the P-based operator" is never A. "The pair" /
"the two" in a sentence whose subject teamed up "with" a partner is that subject and partner,
not two holders a list named before. ", and his sister alone manages it": the unnamed relative
is the subject, not the man named before.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, milling, retail, energy, toys, shipping, software and farming. Guards: a
firm seated in the description's own town, a plant in another town (no seat), a country, an
object description, "the two plants".
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ELSEWHERE: list[Case] = [
    (  # food: topic seated in Harnby; the Kellmouth-based group is the parent just named
        "Quillex Foods, which has its headquarters in Harnby, sells bread. Quillex Foods has "
        "been part of Ostrel Holdings since the merger. The Kellmouth-based group was set up "
        "by Ivo Rask and is controlled by Orvel Capital.",
        [
            ("ostrel-holdings", "LOCATED_IN", "kellmouth"),
            ("ivo-rask", "FOUNDED", "ostrel-holdings"),
            ("orvel-capital", "OWNS", "ostrel-holdings"),
        ],
        [
            ("quillex-foods", "LOCATED_IN", "kellmouth"),
            ("ivo-rask", "FOUNDED", "quillex-foods"),
            ("orvel-capital", "OWNS", "quillex-foods"),
        ],
    ),
    (  # milling: the rival named in the sentence before, topic seated elsewhere
        "Tarvick Mills is based in Harnby and makes flour. Tarvick Mills raised prices. Its "
        "chief rival, Vantora Grain, chose another path. The Fenby-based group bought Delmar "
        "Oats last year.",
        [("vantora-grain", "LOCATED_IN", "fenby"), ("vantora-grain", "OWNS", "delmar-oats")],
        [("tarvick-mills", "LOCATED_IN", "fenby"), ("tarvick-mills", "OWNS", "delmar-oats")],
    ),
    (  # shipping: a "-based" seat given as an appositive earlier
        "Pellam Shipping, a Dunmore-based ferry operator, added two routes. Its partner Kesto "
        "Lines also grew. The Arlby-based firm was bought by Orvel Capital in 2020.",
        [("pellam-shipping", "LOCATED_IN", "dunmore"), ("orvel-capital", "OWNS", "kesto-lines")],
        [("pellam-shipping", "LOCATED_IN", "arlby"), ("orvel-capital", "OWNS", "pellam-shipping")],
    ),
    (  # software: the only candidate sits elsewhere -> nothing
        "Norvia Soft, headquartered in Tolby, sells payroll tools. The Marsby-based company "
        "was set up by Ada Penhallow.",
        [("norvia-soft", "LOCATED_IN", "tolby")],
        [("norvia-soft", "LOCATED_IN", "marsby"), ("ada-penhallow", "FOUNDED", "norvia-soft")],
    ),
]

ELSEWHERE_STILL: list[Case] = [
    (  # must still give: seated in the same town
        "Vantora Foods, based in Fenby, reported results. The Fenby-based group was set up by "
        "Ivo Rask.",
        [("vantora-foods", "LOCATED_IN", "fenby"), ("ivo-rask", "FOUNDED", "vantora-foods")],
        [],
    ),
    (  # must still give: a plant in another town is no seat
        "Quillex Retail runs a depot in Kell. The Harnby-based firm was set up by Ada Brannock.",
        [("quillex-retail", "LOCATED_IN", "harnby"), ("ada-brannock", "FOUNDED", "quillex-retail")],
        [],
    ),
    (  # must still give: a country seat does not rule out a town
        "Dorlo Toys is based in Norway. The Bergen-based company was set up by Ivo Rask.",
        [("ivo-rask", "FOUNDED", "dorlo-toys")],
        [],
    ),
    (  # must still give: an object description with a named firm
        "Quillex Retail will acquire the Fenby-based chain Dorlo Stores.",
        [("dorlo-stores", "LOCATED_IN", "fenby"), ("quillex-retail", "OWNS", "dorlo-stores")],
        [("quillex-retail", "LOCATED_IN", "fenby")],
    ),
    (  # must still give: the appositive names the firm
        "Tamsett Group, the Kell-based group, will acquire Lorne Mills.",
        [("tamsett-group", "LOCATED_IN", "kell"), ("tamsett-group", "OWNS", "lorne-mills")],
        [],
    ),
]

SPEAKERS: list[Case] = [
    (  # retail: trailing "the P-based company said" -> the reporting subject
        "Quillex Brands has agreed to acquire Vantora Stores, a large regional wholesaler, the "
        "Harnby-based company said.",
        [("quillex-brands", "LOCATED_IN", "harnby"), ("quillex-brands", "OWNS", "vantora-stores")],
        [("vantora-stores", "LOCATED_IN", "harnby")],
    ),
    (  # farming: "announced"
        "Orlo Seeds will buy Brisk Farms for $40m, the Tallow-based group announced.",
        [("orlo-seeds", "LOCATED_IN", "tallow"), ("orlo-seeds", "OWNS", "brisk-farms")],
        [("brisk-farms", "LOCATED_IN", "tallow")],
    ),
    (  # energy: the bid's own subject is not the P-based operator
        "Pellmoor Energy wants Dunsk Power. Pellmoor Energy lifted its bid for the "
        "Harnby-based operator on Monday.",
        [("dunsk-power", "LOCATED_IN", "harnby")],
        [("pellmoor-energy", "LOCATED_IN", "harnby")],
    ),
    (  # toys: the speaker's own firm (already right)
        "Kelmar Toys had a hard year. Ada Brannock, who heads Ostrel Games, told reporters the "
        "Fenby-based firm will keep its shops.",
        [("ostrel-games", "LOCATED_IN", "fenby")],
        [("kelmar-toys", "LOCATED_IN", "fenby")],
    ),
    (  # toys: "NAME, ORG's boss, said the P-based firm" (already right)
        "Kelmar Toys had a hard year. Teodor Vass, Ostrel Games's boss, said the Fenby-based "
        "firm would refund buyers.",
        [("ostrel-games", "LOCATED_IN", "fenby")],
        [("kelmar-toys", "LOCATED_IN", "fenby")],
    ),
]

BODIES: list[Case] = [
    (  # pumps: "the P-based company" after a regulator fined the firm: the firm
        "Quillex Pumps makes valves. Kell Competition Authority fined it on Monday. The "
        "Harnby-based company will appeal.",
        [("quillex-pumps", "LOCATED_IN", "harnby")],
        [("kell-competition-authority", "LOCATED_IN", "harnby")],
    ),
    (  # must still give: "the P-based agency" is the agency
        "Quillex Pumps makes valves. On Monday it was fined by Kell Transport Agency. The "
        "Fenby-based agency said the fine was fair.",
        [("kell-transport-agency", "LOCATED_IN", "fenby")],
        [("quillex-pumps", "LOCATED_IN", "fenby")],
    ),
]

PAIRS: list[Case] = [
    (  # energy: "the pair" is the subject and its "with" partner, not the holders above
        "Orvel Capital owns 30% of Tarvick Energy and Sorrel Fund owns 20%.\n\nSince 2021 "
        "Tarvick Energy has teamed with the utility Enerco on Sunpool, a scheme the pair set "
        "up to heat homes.",
        [("tarvick-energy", "FOUNDED", "sunpool"), ("enerco", "FOUNDED", "sunpool")],
        [("orvel-capital", "FOUNDED", "sunpool"), ("sorrel-fund", "FOUNDED", "sunpool")],
    ),
    (  # food: "the two started"
        "Quillex Foods has teamed up with Halvik Farms on Zephyra, a scheme the two started in "
        "2021.",
        [("quillex-foods", "FOUNDED", "zephyra"), ("halvik-farms", "FOUNDED", "zephyra")],
        [],
    ),
    (  # guard: "the two plants" is no pair of firms
        "Vantora Grain competes with Delmar Oats. The two plants are in Fenby.",
        [("vantora-grain", "COMPETES_WITH", "delmar-oats")],
        [("vantora-grain", "LOCATED_IN", "fenby"), ("delmar-oats", "LOCATED_IN", "fenby")],
    ),
    (  # must still give: a coordinated pair
        "Pellmoor Foods and Quaystone Mills compete closely in flour. The two firms vie "
        "directly in bread.",
        [("pellmoor-foods", "COMPETES_WITH", "quaystone-mills")],
        [],
    ),
]

KIN: list[Case] = [
    (  # shipping: "and his sister alone manages it": not the brother of the first conjunct
        "Ada Brannock founded Kesto Lines in 2009. Her brother Ivo Brannock joined later, and "
        "his sister alone manages it today.",
        [("ada-brannock", "FOUNDED", "kesto-lines")],
        [("ivo-brannock", "LEADS", "kesto-lines")],
    ),
    (  # bakery: "He retired, and his daughter now runs it": not the father
        "Tomas Ferrin started Ravel Bakes in 1990. He retired in 2015, and his daughter now "
        "runs it.",
        [("tomas-ferrin", "FOUNDED", "ravel-bakes")],
        [("tomas-ferrin", "LEADS", "ravel-bakes")],
    ),
    (  # must still give: the relative named in apposition
        "Ivo Rask founded Kesto Lines, and his sister Ada Rask runs it.",
        [("ivo-rask", "FOUNDED", "kesto-lines"), ("ada-rask", "LEADS", "kesto-lines")],
        [],
    ),
    (  # must still give: the relative named in an appositive after "His daughter"
        "Ivo Rask founded Kesto Lines. His daughter, Ada Rask, now runs it.",
        [("ivo-rask", "FOUNDED", "kesto-lines"), ("ada-rask", "LEADS", "kesto-lines")],
        [("ivo-rask", "LEADS", "kesto-lines")],
    ),
    (  # must still give: "runs it with his son": the named subject still runs it
        "Ivo Rask founded Kesto Lines in 1990 and still runs it with his son.",
        [("ivo-rask", "LEADS", "kesto-lines")],
        [],
    ),
]

BANK = ELSEWHERE + ELSEWHERE_STILL + SPEAKERS + BODIES + PAIRS + KIN
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_nplace16(case: Case) -> None:
    check(*case)
