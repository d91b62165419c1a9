"""Rivalry readings of round 38 (invented articles, several sectors).

- A bare "rival" with no holder ("Rival maker X", "joined from rival X", "president of the
  rival X", "X, a rival maker, sued ...") names a rival of the article's clear topic (its
  first line names it alone), even when the latest clause subject is another firm: a
  supplier, a customer, a builder, a distributor. With no clear topic the firm in view stays;
  a regulator in the headline is never the firm whose rivals are named; a hedge ("could
  become a rival") reads nothing.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

TOPIC_RIVALS: list[Case] = [
    (  # housebuilding: "joined from rival X" after a supplier's sentence
        "Harwick Homes lifts profit\n\nHarwick Homes, the Leeds housebuilder, said profit rose "
        "12% last year. Stanton Timber, which supplies the group, raised its prices in June. "
        "Finance director Ana Reyes, who joined from rival Brookdale Living last year, said the "
        "land bank was large.",
        [("brookdale-living", "COMPETES_WITH", "harwick-homes")],
        [("brookdale-living", "COMPETES_WITH", "stanton-timber")],
    ),
    (  # machinery: "Rival Polish maker X" after a customer's sentence
        "Tallis Tractors expands in Poland\n\nTallis Tractors builds small tractors near Poznan. "
        "Merrow Farms, its largest customer, ordered 200 machines in May. Rival Polish maker "
        "Farmex Polska, which builds tractors under licence, has complained about the prices.",
        [("farmex-polska", "COMPETES_WITH", "tallis-tractors")],
        [("farmex-polska", "COMPETES_WITH", "merrow-farms")],
    ),
    (  # drinks: "president of the rival X" after a builder's sentence
        "Kesto Sake opens a warehouse\n\nKesto Sake brews sake in Niigata. Hanwa Logistics "
        "built the new warehouse for the brewery. Taro Ueda, president of the rival Hinode "
        "Shuzo, said the plan was costly.",
        [("hinode-shuzo", "COMPETES_WITH", "kesto-sake")],
        [("hinode-shuzo", "COMPETES_WITH", "hanwa-logistics")],
    ),
    (  # instruments: an appositive "a rival maker" subject that sues the topic
        "Ostrel Horns makes horns\n\nOstrel Horns makes horns in a small town. Vellum Music, a "
        "distributor, sells its instruments in Japan. Derring Instruments, a rival maker across "
        "the valley, sued Ostrel in 2023, accusing it of hiring away staff.",
        [("derring-instruments", "COMPETES_WITH", "ostrel-horns")],
        [("derring-instruments", "COMPETES_WITH", "vellum-music")],
    ),
    (  # health care: "X, a rival chain," after a supplier's sentence
        "Pella Clinics reports results\n\nPella Clinics runs 30 eye clinics in Kerala. Orbis "
        "Medical supplies its lasers. Meditra Eye Care, a rival chain, has opened 12 clinics "
        "this year.",
        [("meditra-eye-care", "COMPETES_WITH", "pella-clinics")],
        [("meditra-eye-care", "COMPETES_WITH", "orbis-medical")],
    ),
]

TOPIC_RIVAL_TRAPS: list[Case] = [
    (  # no clear topic: the headline names two firms
        "Quay Wines and Harl Group\n\nQuay Wines said sales rose. Harl Group said sales fell. "
        "Stanton Timber raised its prices in June. Rival Polish maker Farmex Polska has "
        "complained about the prices.",
        [],
        [("farmex-polska", "COMPETES_WITH", "quay-wines")],
    ),
    (  # a regulator first in the headline has no rivals: the fined firm's rival
        "Harby Food Agency fines Dorn Dairy\n\nThe Harby Food Agency, the national food "
        "regulator, fined Dorn Dairy on Monday. The Harby Food Agency said the fine was its "
        "largest. Rival Pell Dairy, which runs two plants, said it had not been contacted.",
        [("pell-dairy", "COMPETES_WITH", "dorn-dairy")],
        [("pell-dairy", "COMPETES_WITH", "harby-food-agency")],
    ),
    (  # a hedge: no rival yet
        "Ostrel Horns makes horns\n\nOstrel Horns makes horns in a small town. Vellum Music, a "
        "distributor, sells its instruments in Japan. Derring Instruments could become a rival "
        "maker, analysts said.",
        [],
        [("derring-instruments", "COMPETES_WITH", "ostrel-horns")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), TOPIC_RIVALS + TOPIC_RIVAL_TRAPS)
def test_topic_rivals(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
