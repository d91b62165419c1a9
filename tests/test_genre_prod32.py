"""Genre bank for products a firm owns (round 32).

A maker's products often come in a list whose first member carries its kind words ("makes the
Quillo board game and the Zanto puzzle range", "its Hartsway e-bike and the Tolland range"):
each member is the maker's. A company "behind" products keeps them past a home-town adjective
("the Oslo-based company behind the puzzle apps Tangle and Kite"). A firm's "own" product named
in a complaint about a copy is the complainant's ("accused Pixley of imitating its own
Seabright tin"), but after "for" it is the copier's ("accusing it of copying the keel for
its own Hallow 40"). A list of names before one product noun types each as a product ("the
Arvo and Tesko drills").
Guards: a stockist or reseller of products owns none; a rival's possessed product stays the
rival's; a firm named after the list is no product; a licensee's output is the licensor's design.

Invented texts across toys, foods, cycles, software, paints, drinks, boats, tools, audio, valves and
sports goods.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

LISTS: list[Case] = [
    (  # toys: a second product after the first one's kind words
        "Dravenport Toys makes the Quillo board game and the Zanto puzzle range at its plant "
        "in Derby.",
        [("dravenport-toys", "OWNS", "quillo"), ("dravenport-toys", "OWNS", "zanto")],
        [],
    ),
    (  # cycles: a possessive over a two-member list
        "Pendry Cycles said its Hartsway e-bike and the Tolland range sold well in the spring.",
        [("pendry-cycles", "OWNS", "hartsway"), ("pendry-cycles", "OWNS", "tolland")],
        [],
    ),
    (  # audio (variant): a relative clause over a three-member list
        "Tarnwick Audio, which makes the Corvo speaker, the Baleno camera and the Lisca "
        "headphones, opened a shop in York.",
        [("tarnwick-audio", "OWNS", "corvo"), ("tarnwick-audio", "OWNS", "lisca")],
        [],
    ),
    (  # software: a company behind apps, with a home-town adjective
        "Varnholt Group, the Oslo-based company behind the puzzle apps Tangle and Kite, has "
        "grown quickly since 2019.",
        [("varnholt-group", "OWNS", "tangle"), ("varnholt-group", "OWNS", "kite")],
        [],
    ),
    (  # guard: tools, a stockist of another maker's products owns none
        "Marvell Retail stocks the Arvo drill and the Kenda sander from Brixley Tools.",
        [],
        [("marvell-retail", "OWNS", "arvo"), ("marvell-retail", "OWNS", "kenda")],
    ),
    (  # guard: foods, a rival's possessed product stays the rival's
        "Pellham Foods makes the Sunnyrise granola range, and Orvo's Tamber porridge competes "
        "with it.",
        [("pellham-foods", "OWNS", "sunnyrise")],
        [("pellham-foods", "OWNS", "tamber")],
    ),
]

OWN: list[Case] = [
    (  # paints: the complainant's own product in an accusation
        "Halloran Paints accused Pixley of imitating the colours of its own Seabright tin.",
        [("halloran-paints", "OWNS", "seabright")],
        [("pixley", "OWNS", "seabright")],
    ),
    (  # drinks: a claim that another's product copies one's own
        "Kestrow Drinks has sued Pellam, claiming that Pellam's Fizz bottle mimics the curve "
        "of its own Zing Zero can.",
        [("kestrow-drinks", "OWNS", "zing-zero")],
        [("pellam", "OWNS", "zing-zero")],
    ),
    (  # boats: after "for", the copier's own product
        "Brannock Yachts sued Hallow in 2001, accusing it of copying the Ardent's keel for its "
        "own Hallow 40.",
        [("hallow", "OWNS", "hallow-40")],
        [("brannock-yachts", "OWNS", "hallow-40")],
    ),
    (  # sports goods (variant): the product named at the end of the clause
        "Tarvel Sports claims that the Pellam bat copies the livery of its own Oakhurst Classic "
        "bat.",
        [("tarvel-sports", "OWNS", "oakhurst-classic")],
        [],
    ),
]

LICENSED: list[Case] = [
    (  # guard: valves, a licensee makes another's design
        "Norbeck Fittings has made Stavro valves under licence at its works near Leeds since 2019.",
        [],
        [("norbeck-fittings", "OWNS", "stavro")],
    ),
    (  # valves (variant): the maker of its own design keeps it
        "Quillon Valves has made Hush valves at its works near Hull since 2019.",
        [("quillon-valves", "OWNS", "hush")],
        [],
    ),
]

BANK = LISTS + OWN + LICENSED
GAPS: dict[str, str] = {}

TYPED: list[tuple[str, dict[str, str]]] = [
    (  # tools: each name of a list before one product noun
        "Brixley Tools, which makes the Arvo and Tesko drills, was fined on Tuesday.",
        {"Arvo": "Product", "Tesko": "Product"},
    ),
    (  # tools (variant): a model name sharing the first name's word
        "Ormond Tools makes the Pello and Pello Pro drills at a plant in Leeds.",
        {"Pello": "Product", "Pello Pro": "Product"},
    ),
    (  # guard: a firm after "and" with no product noun stays a firm
        "The Arvo drill is sold by Brixley Tools and Kenda Hardware in most towns.",
        {"Kenda Hardware": "Organization"},
    ),
]


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_prod32(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize(("text", "must"), TYPED)
def test_genre_prod32_types(text: str, must: dict[str, str]) -> None:
    check_types(text, must, [])
