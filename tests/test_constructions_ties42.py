"""Partnership readings of round 42 (invented sentences, several sectors).

A thing made jointly with a partner ("built in partnership with X", "developed in a
partnership with X") whose maker the sentence leaves to the text's company: that company
partners with X even when the sentence names it elsewhere, as the launcher of the thing, the
possessor in an appositive, or the subject of a later clause; and "in a partnership with" is
a marker of a joint act like "in partnership with".

Lookalikes stay unread: another firm named in the sentence (whose thing it may be), a thing
another name possesses (a place's depot), a joint
act denied, and a thing bought from a firm that made it with someone else.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

JOINTLY_MADE: list[Case] = [
    (  # energy: the launcher names the company; the thing's reduced relative is the joint act
        "Kelso Pumps is a valve maker in Leeds. Last year Kelso Pumps launched Quill, a "
        "network of charging posts across the city, built in partnership with the utility "
        "Orra Energy.",
        [("kelso-pumps", "PARTNERS_WITH", "orra-energy")],
        [],
    ),
    (  # food: the possessor in an appositive, a passive relative clause
        "Ardent Foods makes sauces in Bristol. Analysts also like Zesto, Ardent's "
        " low-salt relish, which was developed in partnership with Brume Labs, a "
        "start-up based in Ghent.",
        [("ardent-foods", "PARTNERS_WITH", "brume-labs")],
        [],
    ),
    (  # instruments: the company is the subject of a later clause
        "Dunmore Instruments makes pressure gauges. The sensor was developed in partnership "
        "with the Corvel Institute, whose labs are in Lyon, and Dunmore said the first units "
        "had shipped.",
        [("dunmore-instruments", "PARTNERS_WITH", "corvel-institute")],
        [],
    ),
    (  # sports goods: "in a partnership with", the company left to the text
        "Pellam Skis makes skis in Bormio. The binding was developed in a partnership with "
        "the Tarvisio Physics Institute, which co-owns the patent.",
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
        "Quasar Rail builds trams in Leeds. Lund's new tram depot was built in a partnership "
        "with the engineering group Vennor Works.",
        [],
        [("quasar-rail", "PARTNERS_WITH", "vennor-works")],
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
