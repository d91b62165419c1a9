"""Review of round 38's backed boards, kin groups and topic rivals (rv5): invented texts the
readings' helpers did not try.

- Mended (backs38): an infinitive support is a plan or an urge, no backing ("Pell Trust plans
  to vote with the board", "urged clients to vote with the board"; "has continued to support
  the board" still backs); the context's firm is not one the sentence names as a party of
  its own ("Tamsin, which holds 7%, opposed the board, while Orlen backed the board": Orlen
  backs no Tamsin).
- Mended (kin38): a kin noun of one sex names no group introduced as the other or as both
  ("Ed Vane and his brother, Tim Vane" ... "the sisters"); a parent and child are no group
  ("Ingrid Holm and her daughter, Siri Holm" ... "the sisters"); "the Soto brothers" after "his
  sons, Pablo Soto and Diego Soto" leaves their father, Rafael Soto, out.
- Kept gains: each reading's construction in new verbs, tenses and sectors.
- Left (strict xfails): a restrictive relative after the kin noun names another group ("the
  sisters who run rival Pello Design"); a backing the sentence says was given up ("previously
  backed the board but has now joined Garrow Partners").
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BACKS: list[Case] = [
    (  # mining: "which holds 9%, has backed the board"; present perfect
        "Kelmar Foods faces a vote on its chairman. Ostrava Capital, which holds 9%, has backed "
        "the board.",
        [("ostrava-capital", "BACKS", "kelmar-foods")],
        [],
    ),
    (  # hotels: participle stake, "supported the directors throughout"
        "Velora Hotels shareholders meet today. Fenwick Investors, holding 6%, supported the "
        "directors throughout.",
        [("fenwick-investors", "BACKS", "velora-hotels")],
        [],
    ),
    (  # airlines: two supporters, one relative stake
        "Olvan Airlines is in a fight with shareholders. Dray Capital and Wessel Trust, which "
        "together hold 11%, backed the board.",
        [("dray-capital", "BACKS", "olvan-airlines"), ("wessel-trust", "BACKS", "olvan-airlines")],
        [],
    ),
    (  # food: "but" opens the supporter's clause after an attack
        "Kelmar Foods faces a vote. Rusk Capital, which owns 6%, attacked the board, but "
        "Ostrava Capital backed the board.",
        [("ostrava-capital", "BACKS", "kelmar-foods")],
        [("rusk-capital", "BACKS", "kelmar-foods")],
    ),
    (  # telecom: an infinitive of a plan
        "Arvo Telecom faces a vote. Pell Trust plans to vote with the board.",
        [],
        [("pell-trust", "BACKS", "arvo-telecom")],
    ),
    (  # mining: an infinitive of a support that goes on
        "Stowe Mining faces a proxy fight. Kerris Capital, which holds 11%, has continued to "
        "support the board.",
        [("kerris-capital", "BACKS", "stowe-mining")],
        [],
    ),
    (  # telecom: an infinitive of an urge, another subject
        "Arvo Telecom held its meeting. Proxy adviser Glass Pell urged clients to vote with the "
        "board.",
        [],
        [("glass-pell", "BACKS", "arvo-telecom")],
    ),
    (  # cables: the context's firm named as the party that opposed
        "Ferro Cables faces Tamsin Partners. Tamsin Partners, which holds 7%, has so far opposed "
        "the board, while Orlen Fund backed the board.",
        [],
        [("orlen-fund", "BACKS", "tamsin-partners")],
    ),
    (  # mining: a support given up
        "Drevon Mining is under pressure. Halden Pension Fund previously backed the board but "
        "has now joined Garrow Partners.",
        [],
        [("halden-pension-fund", "BACKS", "drevon-mining")],
    ),
]

BACKS_GAPS = {
    "Drevon Mining is under pressure.": "a support the sentence says was given up ('previously "
    "backed ... but has now joined') is read as a current backing",
}

KIN: list[Case] = [
    (  # coffee: "A and her sister, B" ... "the sisters kept the rest"
        "Selva Coffee was started by Rosa Alban and her sister, Lucia Alban. Ferman Foods bought "
        "60% of Selva Coffee. The sisters kept the rest.",
        [("rosa-alban", "OWNS", "selva-coffee"), ("lucia-alban", "OWNS", "selva-coffee")],
        [],
    ),
    (  # tools and bikes: "the sisters" names no pair of brothers
        "Carro Tools was founded by Ed Vane and his brother, Tim Vane. Nord Capital bought it in "
        "2019. Years later, Mira Osk and Lena Osk bought Trell Bikes. The sisters own 80% of "
        "Trell Bikes.",
        [],
        [("ed-vane", "OWNS", "trell-bikes"), ("tim-vane", "OWNS", "trell-bikes")],
    ),
    (  # marine: "the Lund brothers" are the sons, not their father
        "Per Lund founded Lund Marine in 1970. His sons Erik Lund and Nils Lund now run it. The "
        "Lund brothers own 60% of the company.",
        [("erik-lund", "OWNS", "lund-marine"), ("nils-lund", "OWNS", "lund-marine")],
        [("per-lund", "OWNS", "lund-marine")],
    ),
    (  # tiles: the same with "his sons," and an unnamed stake
        "Rafael Soto started Soto Tiles. His sons, Pablo Soto and Diego Soto, run it. The Soto "
        "brothers own 40%.",
        [("pablo-soto", "OWNS", "soto-tiles"), ("diego-soto", "OWNS", "soto-tiles")],
        [("rafael-soto", "OWNS", "soto-tiles")],
    ),
    (  # textiles: a mother and her daughter are no sisters
        "Ingrid Holm and her daughter, Siri Holm, run Holm Textiles. The sisters own 30%.",
        [],
        [("ingrid-holm", "OWNS", "holm-textiles"), ("siri-holm", "OWNS", "holm-textiles")],
    ),
    (  # garden: a later wife leaves the siblings the group
        "Carla Venn and her brother, Marc Venn, started Venn Garden. Marc Venn and his wife, Ida "
        "Venn, later founded Ovel Labs. The siblings own 70% of Venn Garden.",
        [("carla-venn", "OWNS", "venn-garden"), ("marc-venn", "OWNS", "venn-garden")],
        [("ida-venn", "OWNS", "venn-garden")],
    ),
    (  # design: a restrictive relative names other sisters
        "Lene Ask and her sister, Tove Ask, built Ask Design. Halma Group bought 40%. The "
        "sisters who run rival Pello Design were not involved.",
        [],
        [("lene-ask", "LEADS", "pello-design"), ("tove-ask", "LEADS", "pello-design")],
    ),
]

KIN_GAPS = {
    "Lene Ask and her sister": "a kin noun before a restrictive relative ('the sisters who run "
    "rival X') is read as the article's known group",
}

RIVALS: list[Case] = [
    (  # tiles: "Competitor X" after a supplier's sentence
        "Garrow Tiles raises prices\n\nGarrow Tiles makes ceramic tiles in Stoke. Pennant Clay, "
        "its supplier, raised costs in May. Competitor Oldham Ceramics held prices steady.",
        [("oldham-ceramics", "COMPETES_WITH", "garrow-tiles")],
        [("oldham-ceramics", "COMPETES_WITH", "pennant-clay")],
    ),
    (  # couriers: "A rival, X," after a customer's sentence
        "Cobalt Couriers expands\n\nCobalt Couriers delivers parcels in Lyon. Vantage Malls "
        "signed a deal with the firm. A rival, Flashpost, cut prices.",
        [("flashpost", "COMPETES_WITH", "cobalt-couriers")],
        [("flashpost", "COMPETES_WITH", "vantage-malls")],
    ),
    (  # food: the buyer's chief joined from the buyer's rival
        "Kestrel Foods agrees sale\n\nKestrel Foods agreed to be bought by Marden Group. Marden "
        "chief executive Ana Ruiz, who joined from rival Tolvo Foods in 2020, said the deal fits.",
        [],
        [("tolvo-foods", "COMPETES_WITH", "kestrel-foods")],
    ),
]


@pytest.mark.parametrize("case", gap_params(BACKS, BACKS_GAPS))
def test_backed_boards(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(KIN, KIN_GAPS))
def test_kin_groups(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(RIVALS, {}))
def test_topic_rivals(case: Case) -> None:
    check(*case)
