"""Partnership readings of round 42 (invented sentences, several sectors).

1. A thing made jointly with a partner ("built in partnership with X", "developed in a
partnership with X") whose maker the sentence leaves to the text's company: that company
partners with X even when the sentence names it elsewhere, as the launcher of the thing, the
possessor in an appositive, or the subject of a later clause; "in a partnership with" marks
a joint act like "in partnership with". Lookalikes: another firm named in the sentence (whose
thing it may be), a thing another name possesses (a place's depot), a denied joint act, a
thing bought from a firm that made it with someone else.

2. A stated partner role: a field before the partner noun names the partnership's kind, not a
function ("its technology partner", "X's research partner", unlike "its finance chief"), and
the holder may stand before "has also been" or ", which has been" ("Tarsa has also been
Vennor's delivery partner", "the Kobri Growers' Union, which has been Granja Sol's marketing
partner"). Lookalikes: a possible future partner, a denial, a field before a leader's title,
a person who is a partner of a law firm.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

JOINTLY_MADE: list[Case] = [
    (  # energy: the launcher names the company; the thing's reduced relative is the joint act
        "Kelso Pumps is a valve maker in Leeds. Last year Kelso Pumps launched Quill, a "
        "grid of charging posts across the north, built in partnership with the utility "
        "Orra Energy.",
        [("kelso-pumps", "PARTNERS_WITH", "orra-energy")],
        [],
    ),
    (  # food: the possessor in an appositive, a passive relative clause
        "Ardent Foods makes sauces in Bristol. Analysts also like Zesto, Ardent's "
        " low-salt relish, which was created in partnership with Brume Labs, a young "
        "firm in Ghent.",
        [("ardent-foods", "PARTNERS_WITH", "brume-labs")],
        [],
    ),
    (  # instruments: the company is the subject of a later clause
        "Dunmore Instruments makes pressure gauges. The sensor was engineered in partnership "
        "with the Corvel Institute, whose labs are in Lyon, and Dunmore said the first units "
        "had shipped.",
        [("dunmore-instruments", "PARTNERS_WITH", "corvel-institute")],
        [],
    ),
    (  # sports goods: "in a partnership with", the company left to the text
        "Pellam Skis makes skis in Bormio. The binding was devised in a partnership with "
        "the Tarvisio Physics Institute, which holds part of the patent.",
        [("pellam-skis", "PARTNERS_WITH", "tarvisio-physics-institute")],
        [],
    ),
    (  # textiles: "in a partnership with" after a possessor
        "Loomhart Mills weaves wool in Galashiels. Loomhart's new tweed was designed in a "
        "partnership with the Danish fashion house Skovgaard Design.",
        [("loomhart-mills", "PARTNERS_WITH", "skovgaard-design")],
        [],
    ),
]

JOINTLY_MADE_TRAPS: list[Case] = [
    (  # another firm launched the thing: not the company of the text
        "Kelso Pumps is a valve maker in Leeds. Its rival Orsola Valves launched Quill, a "
        "pump built in partnership with Brume Labs.",
        [],
        [("kelso-pumps", "PARTNERS_WITH", "brume-labs")],
    ),
    (  # the thing came from another firm, which made it with a third
        "Kelso Pumps is a valve maker in Leeds. Kelso Pumps bought Tarn Meters, a start-up "
        "whose meter was developed in partnership with Brume Labs.",
        [],
        [("kelso-pumps", "PARTNERS_WITH", "brume-labs")],
    ),
    (  # trams: the thing is a place's, not the company's
        "Corvo Rail builds trams in Leeds. Lund's new tram depot was built in a partnership "
        "with the engineering group Vennor Works.",
        [],
        [("corvo-rail", "PARTNERS_WITH", "vennor-works")],
    ),
    (  # a denied joint act
        "Pellam Skis makes skis in Bormio. The binding was not developed in a partnership "
        "with Corvo Alpine, a spokesman for Pellam Skis said.",
        [],
        [("pellam-skis", "PARTNERS_WITH", "corvo-alpine")],
    ),
]


@pytest.mark.parametrize("text,present,absent", JOINTLY_MADE)
def test_jointly_made(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", JOINTLY_MADE_TRAPS)
def test_jointly_made_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


PARTNER_ROLES: list[Case] = [
    (  # food: an appositive with a field before the partner noun
        "Orra Labs, Kelso Foods's research partner since 2020, said the trial had ended.",
        [("orra-labs", "PARTNERS_WITH", "kelso-foods")],
        [],
    ),
    (  # logistics: "has also been", a field
        "Tarsa Logistics has also been Vennor Retail's delivery partner since 2018.",
        [("tarsa-logistics", "PARTNERS_WITH", "vennor-retail")],
        [],
    ),
    (  # cocoa: a relative ", which has been" after a prepositional object
        "Granja Sol buys cocoa from the Kobri Growers' Union, which has been Granja Sol's "
        "marketing partner since 2015.",
        [("kobri-growers-union", "PARTNERS_WITH", "granja-sol")],
        [],
    ),
    (  # marine robotics: "joined ... as its technology partner"
        "Vessa Robotics has joined the Pellam Tidal project as its technology partner.",
        [("pellam-tidal", "PARTNERS_WITH", "vessa-robotics")],
        [],
    ),
    (  # construction: "has also been", "technology partner"
        "Orvik Tiefbau has also been Selva Piling's technology partner since 2019, renting "
        "it drills.",
        [("orvik-tiefbau", "PARTNERS_WITH", "selva-piling")],
        [],
    ),
]

PARTNER_ROLE_TRAPS: list[Case] = [
    (  # a possible future partner
        "Orvik Tiefbau could become Selva Piling's technology partner next year.",
        [],
        [("orvik-tiefbau", "PARTNERS_WITH", "selva-piling")],
    ),
    (  # a denial
        "Orvik Tiefbau is not Selva Piling's technology partner, a spokesman said.",
        [],
        [("orvik-tiefbau", "PARTNERS_WITH", "selva-piling")],
    ),
    (  # a field before a leader's title is still a function
        "Ada Moss, Kelso Foods's finance chief, said sales rose.",
        [],
        [("ada-moss", "LEADS", "kelso-foods")],
    ),
    (  # a person who is a partner of a law firm in a field
        "Ann Vole, a technology partner at the law firm Brisk Lane, advised Kelso Foods.",
        [],
        [("ann-vole", "PARTNERS_WITH", "brisk-lane")],
    ),
]


@pytest.mark.parametrize("text,present,absent", PARTNER_ROLES)
def test_partner_role(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", PARTNER_ROLE_TRAPS)
def test_partner_role_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
