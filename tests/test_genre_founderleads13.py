"""Genre bank for the founder who also leads (round 13): a LEADS beside a FOUNDED, from a
role clause on the founder inside the founding sentence ("started by X, who still serves as
chief executive", "founded and still run by X", "founded T and has been chairman ever since",
"and remains its chief executive"), from the role in a separate sentence by surname ("X, still
the chairman, ...", "Chief executive X says"), and from a succession ("Y succeeded co-founder X
as chief executive of T": both led T).

Each case is a short invented article across robotics, textiles, food, software, mining,
shipping, media, retail and farming. Guards: a co-founder who heads a function (engineering,
design, finance), the public face of a buying consortium, a founder who is still only a
shareholder, a founder's later chair elsewhere, a founding then a sale.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

WITHIN: list[Case] = [
    (  # robotics: passive founding, relative "who still serves as"
        "Brendle Robotics was started in 2019 by Hana Vossberg, who still serves as chief "
        "executive.",
        [
            ("hana-vossberg", "FOUNDED", "brendle-robotics"),
            ("hana-vossberg", "LEADS", "brendle-robotics"),
        ],
        [],
    ),
    (  # textiles: relative "who still runs the company"
        "Quarrow Textiles was founded in 2008 by Ivo Lutzer, who still runs the company.",
        [
            ("ivo-lutzer", "FOUNDED", "quarrow-textiles"),
            ("ivo-lutzer", "LEADS", "quarrow-textiles"),
        ],
        [],
    ),
    (  # textiles: "who still holds the top job"
        "Quarrow Textiles was founded in 2008 by Ivo Lutzer, who still holds the top job.",
        [("ivo-lutzer", "LEADS", "quarrow-textiles")],
        [],
    ),
    (  # shipping: "has held the chair", the organization named
        "Ines Vahl has held the chair at Tarsk Lines since 2019.",
        [("ines-vahl", "LEADS", "tarsk-lines")],
        [],
    ),
    (  # textiles: bare relative "who is chief executive" on the agent
        "Quarrow Textiles was founded in 2008 by Ivo Lutzer, who is chief executive.",
        [
            ("ivo-lutzer", "FOUNDED", "quarrow-textiles"),
            ("ivo-lutzer", "LEADS", "quarrow-textiles"),
        ],
        [],
    ),
    (  # farming: "who has been chairman ever since"
        "Amberly Farms was founded in 2001 by Ivo Kranz, who has been chairman ever since.",
        [("ivo-kranz", "LEADS", "amberly-farms")],
        [],
    ),
    (  # food: the relative on the second founder only
        "Corrib Dairies was founded by Nell Brody and Sam Akers, who has been chairman.",
        [("sam-akers", "FOUNDED", "corrib-dairies"), ("sam-akers", "LEADS", "corrib-dairies")],
        [("nell-brody", "LEADS", "corrib-dairies")],
    ),
    (  # mining: coordinated participles with an adverb, "founded and still run by"
        "Moss Quarrying, founded and still run by Ingrid Lintner, employs 300 people.",
        [
            ("ingrid-lintner", "FOUNDED", "moss-quarrying"),
            ("ingrid-lintner", "LEADS", "moss-quarrying"),
        ],
        [],
    ),
    (  # shipping: "was founded and is still headed by"
        "Harlow Ferries was founded and is still headed by Piet Andersen.",
        [
            ("piet-andersen", "FOUNDED", "harlow-ferries"),
            ("piet-andersen", "LEADS", "harlow-ferries"),
        ],
        [],
    ),
    (  # food: active founding, "and has been chairman ever since"
        "Lena Farrow co-founded Tarnwood Foods in 2010 and has been chairman ever since.",
        [("lena-farrow", "FOUNDED", "tarnwood-foods"), ("lena-farrow", "LEADS", "tarnwood-foods")],
        [],
    ),
    (  # software: "and remains its chief executive"
        "Orla Benn founded Sallow Software in 2012 and remains its chief executive.",
        [("orla-benn", "FOUNDED", "sallow-software"), ("orla-benn", "LEADS", "sallow-software")],
        [],
    ),
    (  # media: "and is still chairman"
        "Ravi Mehra started Kestrel Radio in 1998 and is still chairman.",
        [("ravi-mehra", "FOUNDED", "kestrel-radio"), ("ravi-mehra", "LEADS", "kestrel-radio")],
        [],
    ),
    (  # retail: "and has run it as chief executive since then"
        "Dana Holt founded Pellow Stores in 2005 and has run it as chief executive since then.",
        [("dana-holt", "FOUNDED", "pellow-stores"), ("dana-holt", "LEADS", "pellow-stores")],
        [],
    ),
    (  # farming: "and still runs it"
        "Ivo Kranz founded Amberly Farms in 2001 and still runs it.",
        [("ivo-kranz", "FOUNDED", "amberly-farms"), ("ivo-kranz", "LEADS", "amberly-farms")],
        [],
    ),
]

SEPARATE: list[Case] = [
    (  # textiles: surname with "still the chairman" appositive
        "Quarrow Textiles was founded in 2008 by Ivo Lutzer. Lutzer, still the chairman, waved "
        "the idea away.",
        [
            ("ivo-lutzer", "FOUNDED", "quarrow-textiles"),
            ("ivo-lutzer", "LEADS", "quarrow-textiles"),
        ],
        [],
    ),
    (  # food: "still chief executive" without an article
        "Tarrant Foods was founded in 1990 by Ana Ruiz. Ruiz, still chief executive at 70, "
        "rejected the bid.",
        [("ana-ruiz", "FOUNDED", "tarrant-foods"), ("ana-ruiz", "LEADS", "tarrant-foods")],
        [],
    ),
    (  # food: "still the boss"
        "Corrib Dairies was founded in 1985 by Nell Brody. Brody, still the boss, rejected the "
        "offer.",
        [("nell-brody", "FOUNDED", "corrib-dairies"), ("nell-brody", "LEADS", "corrib-dairies")],
        [],
    ),
    (  # textiles: relative "who is still its chairman"
        "Quarrow Textiles was founded in 2008 by Ivo Lutzer. Lutzer, who is still its chairman, "
        "declined to comment.",
        [
            ("ivo-lutzer", "FOUNDED", "quarrow-textiles"),
            ("ivo-lutzer", "LEADS", "quarrow-textiles"),
        ],
        [],
    ),
    (  # robotics: "Chief executive X says"
        "Brendle Robotics was started in 2019 by Hana Vossberg. Chief executive Vossberg says "
        "growth will slow.",
        [
            ("hana-vossberg", "FOUNDED", "brendle-robotics"),
            ("hana-vossberg", "LEADS", "brendle-robotics"),
        ],
        [],
    ),
    (  # robotics: pronoun copula
        "Brendle Robotics was started in 2019 by Hana Vossberg. She is still chief executive.",
        [
            ("hana-vossberg", "FOUNDED", "brendle-robotics"),
            ("hana-vossberg", "LEADS", "brendle-robotics"),
        ],
        [],
    ),
    (  # software: one co-founder's role by surname, the other one gets none
        "Sallow Software was founded by Orla Benn and Piet Dorn. Benn is chief executive.",
        [("orla-benn", "LEADS", "sallow-software"), ("piet-dorn", "FOUNDED", "sallow-software")],
        [("piet-dorn", "LEADS", "sallow-software")],
    ),
    (  # software: the same after a semicolon
        "Sallow Software was founded by Orla Benn and Piet Dorn in 2012; Benn is chief executive.",
        [("orla-benn", "LEADS", "sallow-software")],
        [("piet-dorn", "LEADS", "sallow-software")],
    ),
    (  # robotics: interview opener, "chief executive from day one"
        "Brendle Robotics was started in 2019 by Hana Vossberg. We sat down with Vossberg, "
        "chief executive from day one, to talk about drones.",
        [("hana-vossberg", "LEADS", "brendle-robotics")],
        [],
    ),
]

SUCCESSION: list[Case] = [
    (  # robotics: "succeeded X as chief executive", no organization named
        "Brendle Robotics was founded by Hana Vossberg in 2019. Amir Stoll succeeded Hana "
        "Vossberg as chief executive.",
        [
            ("hana-vossberg", "LEADS", "brendle-robotics"),
            ("amir-stoll", "LEADS", "brendle-robotics"),
        ],
        [],
    ),
    (  # shipping: "succeeded co-founder X as chief executive of T": both led T
        "Tarsk Lines was founded by Jonas Berle in 1999. Mia Kvale succeeded co-founder Jonas "
        "Berle as chief executive of Tarsk Lines in 2021.",
        [("jonas-berle", "LEADS", "tarsk-lines"), ("mia-kvale", "LEADS", "tarsk-lines")],
        [],
    ),
    (  # media: "succeeded the founder X as chairman of T"
        "Oriel Press was founded by Hugo Tamm. Last year Greta Lind succeeded the founder Hugo "
        "Tamm as chairman of Oriel Press.",
        [("hugo-tamm", "LEADS", "oriel-press"), ("greta-lind", "LEADS", "oriel-press")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # a co-founder who heads a function leads nothing
        "Sallow Software was founded by Orla Benn and Piet Dorn in 2012. Dorn heads engineering.",
        [("piet-dorn", "FOUNDED", "sallow-software")],
        [("piet-dorn", "LEADS", "sallow-software")],
    ),
    (  # "the head of engineering"
        "Sallow Software was founded by Orla Benn and Piet Dorn in 2012. Dorn, the head of "
        "engineering, said the code was ready.",
        [],
        [("piet-dorn", "LEADS", "sallow-software")],
    ),
    (  # "still creative director": a function
        "Sallow Software was founded by Orla Benn and Piet Dorn in 2012. Dorn, still creative "
        "director, designs the apps.",
        [],
        [("piet-dorn", "LEADS", "sallow-software")],
    ),
    (  # "still the company's finance chief"
        "Sallow Software was founded by Orla Benn and Piet Dorn in 2012. Dorn, still the "
        "company's finance chief, said costs fell.",
        [],
        [("piet-dorn", "LEADS", "sallow-software")],
    ),
    (  # the face of a buying consortium holds no title
        "Corven Capital bought Wexley Mills. Ivo Lutzer, still the face of the consortium, said "
        "the price was fair.",
        [],
        [("ivo-lutzer", "LEADS", "wexley-mills"), ("ivo-lutzer", "LEADS", "corven-capital")],
    ),
    (  # still a shareholder only
        "Tarrant Foods was founded in 1990 by Ana Ruiz. Ruiz, still a shareholder, sold some "
        "shares.",
        [("ana-ruiz", "FOUNDED", "tarrant-foods")],
        [("ana-ruiz", "LEADS", "tarrant-foods")],
    ),
    (  # a later chair elsewhere: the role rules read "of Y"
        "Ivo Lutzer founded Quarrow Textiles in 2008 and has been chairman of Pellam Bank since "
        "2015.",
        [("ivo-lutzer", "FOUNDED", "quarrow-textiles")],
        [("ivo-lutzer", "LEADS", "quarrow-textiles")],
    ),
    (  # a function head in the coordinated clause
        "Ivo Lutzer founded Quarrow Textiles in 2008 and has been its head of engineering since.",
        [("ivo-lutzer", "FOUNDED", "quarrow-textiles")],
        [("ivo-lutzer", "LEADS", "quarrow-textiles")],
    ),
    (  # remains its largest shareholder: no role
        "Ivo Lutzer founded Quarrow Textiles in 2008 and remains its largest shareholder.",
        [("ivo-lutzer", "FOUNDED", "quarrow-textiles")],
        [("ivo-lutzer", "LEADS", "quarrow-textiles")],
    ),
    (  # "founded and later sold by": no leading
        "Quarrow Textiles was started and later sold by Ivo Lutzer.",
        [],
        [("ivo-lutzer", "LEADS", "quarrow-textiles")],
    ),
    (  # "founded in 1902 and was later run by X": X ran it, founded nothing
        "Harlow Ferries was founded in 1902 and was later run by Piet Andersen.",
        [("piet-andersen", "LEADS", "harlow-ferries")],
        [("piet-andersen", "FOUNDED", "harlow-ferries")],
    ),
    (  # a semicolon clause naming someone else: the founder leads nothing
        "Sallow Software was founded by Orla Benn in 2012; Piet Dorn is chief executive.",
        [("orla-benn", "FOUNDED", "sallow-software")],
        [("orla-benn", "LEADS", "sallow-software")],
    ),
    (  # two organizations before the bare role: no guess
        "Pellam Bank lent money to Quarrow Textiles, founded by Ivo Lutzer, who is chairman.",
        [],
        [("ivo-lutzer", "LEADS", "quarrow-textiles"), ("ivo-lutzer", "LEADS", "pellam-bank")],
    ),
    (  # holding talks or a stake is no seat
        "Quarrow Textiles was founded by Ivo Lutzer. Lutzer held talks with Pellam Bank.",
        [],
        [("ivo-lutzer", "LEADS", "pellam-bank")],
    ),
    (  # an editor is no leader
        "Oriel Press was founded by Hugo Tamm. Tamm, still the editor, writes every week.",
        [("hugo-tamm", "FOUNDED", "oriel-press")],
        [("hugo-tamm", "LEADS", "oriel-press")],
    ),
]

BANK: list[Case] = WITHIN + SEPARATE + SUCCESSION + GUARDS

GAPS: dict[str, str] = {
    "Tarrant Foods was founded in 1990 by Ana Ruiz. Ruiz, still chief executive at 70": (
        "'at 70' reads as the role's organization slot (ROLE at X)"
    ),
    "Corrib Dairies was founded in 1985 by Nell Brody. Brody, still the boss": (
        "'still the boss' is no role link ('the boss' and 'still chairman' are read)"
    ),
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_founderleads13(case: Case) -> None:
    check(*case)
