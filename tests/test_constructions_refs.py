"""Antecedents of plural references (issue 16): "the two firms", "both companies" name the
pair a sentence acted on together, not merely the two latest names. Each guard names a third
entity the reference must not take; a true case beside it keeps the ordinary reading.
Invented sentences, several sectors.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

PAIR_CASES: list[Case] = [
    (  # retail: the pair named earlier in the same sentence, investors named before
        "Kibo Robotics is backed by Arden Ventures and Pell Capital. Stowe Retail began using "
        "Kibo's picking robots in 2022, and the two firms have since widened their partnership.",
        [("stowe-retail", "PARTNERS_WITH", "kibo-robotics")],
        [("pell-capital", "PARTNERS_WITH", "arden-ventures")],
    ),
    (  # shipping: same shape, "both companies" after a clause break
        "Tarn Lines is owned by Holm Capital and Brisk Partners. Vessa Ports signed a berth "
        "deal with Tarn Lines in 2021, and both companies have since formed an alliance.",
        [("vessa-ports", "PARTNERS_WITH", "tarn-lines")],
        [("brisk-partners", "PARTNERS_WITH", "holm-capital")],
    ),
    (  # telecoms: the pair of one sentence, not a body named in a sentence between
        "Corbel Telecom agreed a network deal with Pell Mobile. Analysts at Ostra Research "
        "praised the deal. The two companies compete with Arvane Networks.",
        [
            ("corbel-telecom", "COMPETES_WITH", "arvane-networks"),
            ("pell-mobile", "COMPETES_WITH", "arvane-networks"),
        ],
        [("ostra-research", "COMPETES_WITH", "arvane-networks")],
    ),
    (  # guard (banking): three named in the clause: no pair of its own, the earlier pair
        "Osker Bank and Dunmore Credit compete with Harl Finance. Tovar Pay sold a loan book "
        "to Pell Capital and Brisk Bank, and the two lenders compete with Vessel Loans.",
        [],
        [("tovar-pay", "COMPETES_WITH", "vessel-loans")],
    ),
    (  # guard (pharma): object coordination is no new clause ("sued X and the two firms")
        "Menlo Pharma and Orvia Health make weight-loss pills. Trell Labs sued Kasp Bio and "
        "the two firms over a patent.",
        [
            ("trell-labs", "DISPUTES", "kasp-bio"),
            ("trell-labs", "DISPUTES", "menlo-pharma"),
            ("trell-labs", "DISPUTES", "orvia-health"),
        ],
        [],
    ),
    (  # true case (media): two companies in two sentences are still the latest pair
        "Stroud Media runs radio stations. Kite Radio makes podcasts. The two companies compete "
        "with Lumen Audio.",
        [
            ("stroud-media", "COMPETES_WITH", "lumen-audio"),
            ("kite-radio", "COMPETES_WITH", "lumen-audio"),
        ],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", PAIR_CASES)
def test_plural_reference_takes_the_pair_acted_on_together(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


POSSESSOR_CASES: list[Case] = [
    (  # pharma: the possessed product is the rival, its maker is not
        "Nordpill makes a weight-loss pill called Leantide. Nordpill markets Leantide as a "
        "challenger to Menlo Pharma's Slimra.",
        [("leantide", "COMPETES_WITH", "slimra")],
        [("leantide", "COMPETES_WITH", "menlo-pharma")],
    ),
    (  # telecoms: "a rival to A's P"
        "Harl Mobile launched the Pebble phone in May. The phone is pitched as a rival to "
        "Corbel's Stone handset.",
        [("pebble", "COMPETES_WITH", "stone")],
        [("pebble", "COMPETES_WITH", "corbel")],
    ),
    (  # true case (aviation): a rival role on a name with no possessed product
        "Brisk Air is a challenger to Tovar Airways on the northern routes.",
        [("brisk-air", "COMPETES_WITH", "tovar-airways")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", POSSESSOR_CASES)
def test_possessor_of_a_rival_product_is_no_rival(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


QUOTED_CASES: list[Case] = [
    (  # food: a rival named only inside the quotation before is not "its"
        'Pell Foods is growing fast. "We will beat Harl Dairy on price," chief executive Ann '
        "Lee said on Monday. Its largest investor, Osk Capital, holds 20% of the group.",
        [("osk-capital", "OWNS", "pell-foods")],
        [("osk-capital", "OWNS", "harl-dairy")],
    ),
    (  # energy: nor "the company" of the next sentence
        'Tovar Energy plans a solar farm in Kent. "Brisk Power cannot match our prices," its '
        "chair Ed Rowe said. Osk Capital owns 15% of the company.",
        [("osk-capital", "OWNS", "tovar-energy")],
        [("osk-capital", "OWNS", "brisk-power")],
    ),
    (  # true case (food): a quoted name also named outside the quotation stays in reach
        '"Harl Dairy is a fine business," said Ann Lee, who advises Harl Dairy. Pell Foods '
        "now owns 30% of the company.",
        [("pell-foods", "OWNS", "harl-dairy")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", QUOTED_CASES)
def test_name_only_quoted_is_no_antecedent(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


OBJECT_IT_CASES: list[Case] = [
    (  # agriculture: "sells it" after a clause about a crop: "it" is not the seller
        "Norvik Bank has lent €40m to Pell Farms. Pell Farms grows wheat and sells it to Harl "
        "Mills.",
        [("norvik-bank", "FUNDS", "pell-farms")],
        [("harl-mills", "OWNS", "pell-farms")],
    ),
    (  # mining: the same with a metal
        "Dunmore Mining digs copper in Chile and sells it to Ostra Metals.",
        [],
        [("ostra-metals", "OWNS", "dunmore-mining")],
    ),
    (  # media: "bought B and sold it": "it" is B, not the seller
        "Kelso Media bought Radio Lune in 2019 and sold it to Vant Group in 2024.",
        [("kelso-media", "OWNS", "radio-lune"), ("vant-group", "OWNS", "radio-lune")],
        [("vant-group", "OWNS", "kelso-media")],
    ),
    (  # true case (retail): a seller named right before its verb; "it" is the other name
        "Harl Stores was owned by Pell Group until 2023, when Pell sold it to Osk Retail.",
        [("osk-retail", "OWNS", "harl-stores")],
        [("osk-retail", "OWNS", "pell-group")],
    ),
]


@pytest.mark.parametrize("text,present,absent", OBJECT_IT_CASES)
def test_sold_it_is_not_the_seller(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)
