"""Genre bank for roles in relative clauses and successions (round 15): a relative clause
coordinated by "and who" keeps the antecedent as subject ("X, who has advised her since 2016
and who then took the chair at F"); successions ("stepped down and was replaced by the finance
chief, N2", "named N1 its boss, succeeding N2", "with N2, a former head of X, to follow");
a second founder after a long appositive; an adviser's relative clause on a person or a board.

Each case is a short invented article across retail, shipping, energy, media, banking,
airlines, mining and food. Guards: a function head ("heads its venue operations"), a sales
head replaced, a successor named with another firm, advice to shareholders, advice on a deal.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

RELATIVES: list[Case] = [
    (  # retail: "and who then took the chair at F": the relative's antecedent, not "her"
        "Velmora Retail reported weaker sales. Its chief executive, Anika Sorell, relies on "
        "Tomas Brede, who has been advising her since 2016 and who then took the chair at "
        "Corvane Textiles after the merger.",
        [("tomas-brede", "LEADS", "corvane-textiles"), ("tomas-brede", "ADVISES", "anika-sorell")],
        [("anika-sorell", "LEADS", "corvane-textiles")],
    ),
    (  # shipping: "and who later became chief executive of F"
        "Orlan Ferries lost a contract. Its chair, Hedda Moor, hired Piet Lasse, who had run a "
        "port in Bergen and who later became chief executive of Skarvik Lines.",
        [("piet-lasse", "LEADS", "skarvik-lines"), ("hedda-moor", "LEADS", "orlan-ferries")],
        [("hedda-moor", "LEADS", "skarvik-lines")],
    ),
    (  # energy: set up and runs it still as boss
        "Harnvale Power said it would build two plants. Mirelle Okafor, who set up the "
        "generator Harnvale Power in 2009 and runs it still as chief executive, said demand was "
        "strong.",
        [
            ("mirelle-okafor", "FOUNDED", "harnvale-power"),
            ("mirelle-okafor", "LEADS", "harnvale-power"),
        ],
        [],
    ),
    (  # mining: "who used to run Y" (a former role)
        "Tessival Metals posted a profit. Its chairman is Conal Brisk, who used to run "
        "Ferrocove Mining.",
        [("conal-brisk", "LEADS", "tessival-metals"), ("conal-brisk", "LEADS", "ferrocove-mining")],
        [],
    ),
    (  # guard: a function head inside the relative clause
        "Arnwick Arena sold more tickets. Lena Hoff, who heads its venue operations, said crowds "
        "were up.",
        [],
        [("lena-hoff", "LEADS", "arnwick-arena")],
    ),
]

SUCCESSIONS: list[Case] = [
    (  # banking: replaced for now by the finance chief, N2
        "Quorwyn Bank said its chief executive Petra Lunde stepped down and was replaced for now "
        "by the finance chief, Teodor Vass.",
        [("petra-lunde", "LEADS", "quorwyn-bank"), ("teodor-vass", "LEADS", "quorwyn-bank")],
        [],
    ),
    (  # media: replaced by N2 (previous sentence names the role)
        "Kestrel Media has a new boss. Its chief executive Ruth Hale quit in May and was replaced "
        "by Ivo Marsh, a former editor.",
        [("ruth-hale", "LEADS", "kestrel-media"), ("ivo-marsh", "LEADS", "kestrel-media")],
        [],
    ),
    (  # energy: named N1 its new boss, succeeding N2, who retired
        "Brisklane Energy named Ilse Ranick its new chief executive, succeeding Rolf Damsen, who "
        "retired after twelve years.",
        [
            ("ilse-ranick", "LEADS", "brisklane-energy"),
            ("rolf-damsen", "LEADS", "brisklane-energy"),
        ],
        [],
    ),
    (  # food: appointed N1 as chair, succeeding N2
        "Corbel Dairy appointed Mara Quist as chair, succeeding Joran Pell, who stepped down in "
        "June.",
        [("mara-quist", "LEADS", "corbel-dairy"), ("joran-pell", "LEADS", "corbel-dairy")],
        [],
    ),
    (  # airlines: with N2, a former head of X, to follow
        "Halvik Airways said chairman Rupert Vance would retire next spring, with Dana Whitlow, a "
        "former head of Borrowdale Rail, to follow.",
        [
            ("rupert-vance", "LEADS", "halvik-airways"),
            ("dana-whitlow", "LEADS", "halvik-airways"),
            ("dana-whitlow", "LEADS", "borrowdale-rail"),
        ],
        [],
    ),
    (  # retail: "with N2 to succeed her" (no appositive)
        "Marlow Stores said its chair Ines Varga will retire in June, with Hugo Brandt to "
        "succeed her.",
        [("ines-varga", "LEADS", "marlow-stores"), ("hugo-brandt", "LEADS", "marlow-stores")],
        [],
    ),
    (  # guard: "with N2 to follow up" is no seat
        "Marlow Stores chair Ines Varga met the regulator, with Hugo Brandt to follow up on the "
        "claims.",
        [("ines-varga", "LEADS", "marlow-stores")],
        [("hugo-brandt", "LEADS", "marlow-stores")],
    ),
    (  # guard: a sales head replaced
        "Pellam Foods said Anna Brix was replaced as sales head by Oskar Lind.",
        [],
        [("oskar-lind", "LEADS", "pellam-foods"), ("anna-brix", "LEADS", "pellam-foods")],
    ),
    (  # guard: no title and no departure for the predecessor (convention)
        "Corbel Dairy appointed Mara Quist as chair, succeeding Joran Pell.",
        [("mara-quist", "LEADS", "corbel-dairy")],
        [("joran-pell", "LEADS", "corbel-dairy")],
    ),
    (  # guard: succeeding N2 as chair of another firm
        "Dornel Steel hired Karin Voss, succeeding Emil Sand as chair of Varrow Mills.",
        [],
        [("emil-sand", "LEADS", "dornel-steel")],
    ),
]

FOUNDERS: list[Case] = [
    (  # media: second founder after a long appositive
        "The studio Ostervale Media was founded in 2011 by Janna Kovrin, a former television "
        "producer who once ran a small studio in Leeds, and Piet Harlow, a former banker.",
        [
            ("janna-kovrin", "FOUNDED", "ostervale-media"),
            ("piet-harlow", "FOUNDED", "ostervale-media"),
        ],
        [],
    ),
    (  # food: set up by N1, appositive, and N2
        "Bracken Oats was set up in 2015 by Lise Moren, an engineer from a farming family in "
        "Devon, and Tor Halden, a chef.",
        [("lise-moren", "FOUNDED", "bracken-oats"), ("tor-halden", "FOUNDED", "bracken-oats")],
        [],
    ),
]

ADVICE: list[Case] = [
    (  # surname of a person named earlier
        "Kaspar Osk is the chairman of Lorimel Group. Among his confidants is Henrik Dalvy, who "
        "has acted as adviser to Osk since 2012.",
        [("henrik-dalvy", "ADVISES", "kaspar-osk")],
        [],
    ),
    (  # "him": the previous sentence's person
        "Bram Tiller runs Quayside Foods. Ola Prinn, who has been advising him since 2019, "
        "declined to comment.",
        [("ola-prinn", "ADVISES", "bram-tiller")],
        [],
    ),
    (  # counsels the board on governance
        "Dunmarra Shipping faces a tough year. Olav Prenn, a former chief executive of Dunmarra "
        "Shipping who now counsels the board on governance, said the fleet was too old.",
        [
            ("olav-prenn", "ADVISES", "dunmarra-shipping"),
            ("olav-prenn", "LEADS", "dunmarra-shipping"),
        ],
        [],
    ),
    (  # guard: advised shareholders to vote against
        "Glenmere Holdings faces a vote. Parvell Advisory advised shareholders to vote against "
        "the pay plan.",
        [],
        [("parvell-advisory", "ADVISES", "glenmere-holdings")],
    ),
    (  # guard: a bank advising on a deal, no named client
        "Glenmere Holdings faces a bid. Stonebridge Bank is advising on the deal.",
        [],
        [("stonebridge-bank", "ADVISES", "glenmere-holdings")],
    ),
]

BANK = RELATIVES + SUCCESSIONS + FOUNDERS + ADVICE
GAPS: dict[str, str] = {
    "Orlan Ferries lost": "'and who later became chief executive of F': the role link reads "
    "', who became' only; a coordinated relative's copula is not linked to its antecedent",
    "Kaspar Osk is the": "'adviser to Osk': the role complement votes Organization for the bare "
    "surname, which then stays apart from the person",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_roles15(case: Case) -> None:
    check(*case)
