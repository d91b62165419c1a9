"""Bank of round 28's lead reading (posts28, `loaders/relations/bare_title_firms.py`): a bare
firm-head title on a person whose firm the sentence names, once, as a clause's subject.
Invented sentences in several sectors; guards keep the same shape with a second firm, a deputy,
an "of" phrase or a firm named as an object. Gap (strict xfail): a title owned by a kind noun
of the body ("the trust's chief executive") in a sentence naming another firm.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

POSTS: list[Case] = [
    (  # textiles: the reported clause's subject
        '"Orders are strong," chief executive Ona Pell told analysts, adding that Kestrel '
        "Mills would hire 50 weavers.",
        [("ona-pell", "LEADS", "kestrel-mills")],
        [],
    ),
    (  # food: the sentence's subject before a fronted report
        "Varra Foods, which bakes for schools, buys its flour in Kansas, chairman Ted Hoy told "
        "reporters.",
        [("ted-hoy", "LEADS", "varra-foods")],
        [],
    ),
    (  # freight: the subject of the clause before
        "Lumo Freight raised its forecast, and chief executive Ida Wren used the call to "
        "attack rivals.",
        [("ida-wren", "LEADS", "lumo-freight")],
        [],
    ),
    (  # software: a founder's title, the firm in a second reported clause
        "Co-founder and chief executive Raj Patel said the money would go into software, and "
        "that Tenzo Labs would keep hiring.",
        [("raj-patel", "LEADS", "tenzo-labs")],
        [],
    ),
    (  # mining: a managing director after "said"
        '"The seam is thicker than we hoped," said managing director Kofi Mensah, adding that '
        "Obuasi Quarries would double output.",
        [("kofi-mensah", "LEADS", "obuasi-quarries")],
        [],
    ),
    (  # guard, paints: two firms named, whose title is unclear
        "Chief executive Mia Sorn said Grell Paints had cut its prices, and Dovan Inks followed.",
        [],
        [("mia-sorn", "LEADS", "dovan-inks")],
    ),
    (  # guard, textiles: a deputy leads nothing
        "Deputy chief executive Tom Bard said Kestrel Mills would grow.",
        [],
        [("tom-bard", "LEADS", "kestrel-mills")],
    ),
    (  # guard, shipping: the title's own "of" phrase names the body
        "Chairman Ole Dahl of the port authority said Brenn Tankers would move its berths.",
        [],
        [("ole-dahl", "LEADS", "brenn-tankers")],
    ),
    (  # brewing: a reference only is read by the narrow context rule, as before
        "Hoxley Ales sold more lager. Chief executive Amy Rook said the company would build a "
        "second brewhouse.",
        [("amy-rook", "LEADS", "hoxley-ales")],
        [],
    ),
    (  # guard, energy: the firm named as an object only
        "Chief executive Paulo Dias described Sunvale Power as the partner it wanted, and said "
        "the utility would buy its output.",
        [],
        [("paulo-dias", "LEADS", "sunvale-power")],
    ),
]

GAP_CASES: list[Case] = [
    (  # charity: a kind noun's possessor names the body ("the trust's")
        "Harlow Rowing Trust opened a boathouse in May. The trust's chief executive, Nell "
        "Parrish, welcomed the grant from Kelby Bank.",
        [("nell-parrish", "LEADS", "harlow-rowing-trust")],
        [],
    ),
]

BANK = POSTS + GAP_CASES
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_lead28(case: Case) -> None:
    check(*case)
