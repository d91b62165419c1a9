"""Genre bank for a firm called by its founder's surname (round 12): after "Josef Quillex
founded Quillex Rugs" (or "Quillex Rugs, founded by Josef Quillex", or a family's firm), a bare
"Quillex" doing a company's things (bought, sued, launched, "Quillex's range", "Quillex's
managing director", "Quillex has joined forces with") is the company; the person keeps "Mr
Quillex", "Quillex, then 30,", human acts (retired, studied) and the full name. A firm's short
name is no person for being the subject of a British plural verb ("Quillex were the sole
bidder who ..."). With no "Quillex + word" company, the bare surname stays the person.

Each case is a short invented article across rugs, food, printing, brewing, shipping, tools,
furniture, dairy, software and retail. Guards: age, a title, a human act, no surname firm.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

FOUNDER_FIRMS: list[Case] = [
    (  # rugs: a purchase by the bare surname after an active founding
        "Josef Quillex founded Quillex Rugs in 1987. In 2016 Quillex bought Harl Pads.",
        [("quillex-rugs", "OWNS", "harl-pads"), ("josef-quillex", "FOUNDED", "quillex-rugs")],
        [("josef-quillex", "OWNS", "harl-pads")],
    ),
    (  # food: a lawsuit by the bare surname after a passive founding
        "Marta Dorvane started Dorvane Foods in a shed in 2001. Dorvane sued the discounter "
        "Pellam Stores last year.",
        [("dorvane-foods", "DISPUTES", "pellam-stores")],
        [("marta-dorvane", "DISPUTES", "pellam-stores")],
    ),
    (  # printing: "'s range" is the company's
        "Quillex Print was founded by Ansel Quillex in 1961. Quillex's Velvetline range sells "
        "widely.",
        [("quillex-print", "OWNS", "velvetline")],
        [("ansel-quillex", "OWNS", "velvetline")],
    ),
    (  # brewing: a launch, with an auxiliary and an adverb
        "Ilse Brannock founded Brannock Brewing in 1994. Brannock has also launched Copper Tide, "
        "a pale ale.",
        [("brannock-brewing", "FOUNDED", "copper-tide")],
        [("ilse-brannock", "FOUNDED", "copper-tide")],
    ),
    (  # shipping: an acquisition, then the person's age
        "Oskar Terrin founded Terrin Shipping in 1975. Terrin, then 30, borrowed money from an "
        "uncle. In 2004 Terrin acquired Pellow Lines.",
        [
            ("terrin-shipping", "OWNS", "pellow-lines"),
            ("oskar-terrin", "FOUNDED", "terrin-shipping"),
        ],
        [("oskar-terrin", "OWNS", "pellow-lines")],
    ),
    (  # tools: a family firm, two persons sharing the surname
        "Salma Vendry founded Vendry Tools in 1958. Her son, Piet Vendry, runs it today. Last "
        "year Vendry acquired Orlo Fixings.",
        [("vendry-tools", "OWNS", "orlo-fixings")],
        [("salma-vendry", "OWNS", "orlo-fixings"), ("piet-vendry", "OWNS", "orlo-fixings")],
    ),
    (  # furniture: the company's rivals
        "Edda Kallor founded Kallor Furniture in 1990. Brevik Homes is one of Kallor's largest "
        "rivals.",
        [("brevik-homes", "COMPETES_WITH", "kallor-furniture")],
        [("brevik-homes", "COMPETES_WITH", "edda-kallor")],
    ),
    (  # weaving: two firms open with the surname; the one named most is the bare surname's
        "Josef Marrit founded Marrit Weaving in 1987. Marrit Weaving later set up Marrit Dyes. "
        "Marrit Weaving employs 300 people. In 2016 Marrit bought Harl Pads.",
        [("marrit-weaving", "OWNS", "harl-pads")],
        [("josef-marrit", "OWNS", "harl-pads"), ("marrit-dyes", "OWNS", "harl-pads")],
    ),
    (  # dairy: the company's managing director
        "Nils Ostrander founded Ostrander Dairy in 1979. Ostrander's managing director, Hanna "
        "Leck, said milk prices had fallen.",
        [("hanna-leck", "LEADS", "ostrander-dairy")],
        [("hanna-leck", "LEADS", "nils-ostrander")],
    ),
    (  # software: joining forces
        "Ravi Tallis founded Tallis Software in 2009. Tallis has joined forces with Norvia "
        "Telecom.",
        [("tallis-software", "PARTNERS_WITH", "norvia-telecom")],
        [("ravi-tallis", "PARTNERS_WITH", "norvia-telecom")],
    ),
    (  # retail: the title keeps the person while the company buys
        "Quillex Rugs was founded by Josef Quillex in 1987. Mr Quillex retired in 2015. In 2016 "
        "Quillex bought Harl Pads.",
        [("quillex-rugs", "OWNS", "harl-pads"), ("josef-quillex", "FOUNDED", "quillex-rugs")],
        [("josef-quillex", "OWNS", "harl-pads")],
    ),
]

SHORT_NAMES: list[Case] = [
    (  # eggs: a British plural and a bidder "who" are no person's cues
        "Quillex Eggs, a family farm, won the contract. Quillex were the sole bidder who "
        "pledged to keep the hens outdoors. Quillex's managing director, Dara Senn, said the "
        "deal was good news.",
        [("dara-senn", "LEADS", "quillex-eggs")],
        [],
    ),
    (  # poultry: "X, who were ..." is a British firm's plural, no person's "who"
        "Corran Poultry won the tender. Corran, who were the only bidder, pledged new sheds. "
        "Corran's chief executive, Ines Valk, welcomed the decision.",
        [("ines-valk", "LEADS", "corran-poultry")],
        [],
    ),
    (  # bakery: the same with a rival
        "Tarrin Bread supplies 40 schools. Tarrin were the only bidder who offered organic "
        "loaves. Tarrin's closest rival is Pell Loaves.",
        [("pell-loaves", "COMPETES_WITH", "tarrin-bread")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # guard: age marks the person
        "Salvo Ferrow founded Ferrow Label Company in 1961. Ferrow, 82, still visits the plant.",
        [("salvo-ferrow", "FOUNDED", "ferrow-label-company")],
        [],
    ),
    (  # guard: no surname firm, the bare surname stays the person
        "Josef Quillex joined Harl Pads in 1990. In 2016 Quillex bought a stake in Pell Carpets.",
        [],
        [("harl-pads", "OWNS", "pell-carpets")],
    ),
    (  # guard: a person launches a campaign; no named thing follows the launch
        "Edda Kallor founded Kallor Furniture in 1990. Kallor launched a campaign against "
        "Dunford Council.",
        [],
        [("kallor-furniture", "DISPUTES", "dunford-council")],
    ),
    (  # guard: a human act by the bare surname after the company bought
        "Ilse Brannock founded Brannock Brewing in 1994. In 2010 Brannock bought Marlo Cider. "
        "Brannock retired in 2019 and her son took over.",
        [
            ("brannock-brewing", "OWNS", "marlo-cider"),
            ("ilse-brannock", "FOUNDED", "brannock-brewing"),
        ],
        [],
    ),
]

BANK = FOUNDER_FIRMS + SHORT_NAMES + GUARDS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_surnames12(case: Case) -> None:
    check(*case)
