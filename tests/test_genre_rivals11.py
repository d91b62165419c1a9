"""Genre bank for rivalry without "X's rival Y" (round 11, second wave): a possessed rival in an
appositive after a past time ("H, at that time S's nearest competitor"); a subject described as
"a competing maker" or "a rival brewer" that acts on the company in question; a product from
"competitor A" (A is the rival, never the product); a list of rivals continued past a relative
clause ("K's competitors are H, which ..., and N, whose ..."); and a function title that starts
with a money word ("finance chief at X" funds nothing).

Each case is a short invented article (text, relations that must be found, relations that must
not be), across boats, music, food, tea, print, brewing, telecoms and banking.
Guards: "formerly S's competitor", a rival maker acting on a third firm, a competing bid, a
relative clause naming another firm, a bank that does finance a firm.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

TIMED_RIVALS: list[Case] = [
    (  # boats: "at that time S's nearest competitor" after an object
        "Sayler Yachts builds boats. Sayler Yachts had a long feud with Hallow Marine, at that "
        "time Sayler Yachts' nearest competitor.",
        [("hallow-marine", "COMPETES_WITH", "sayler-yachts")],
        [],
    ),
    (  # dairy: "at the time V's biggest rival" after a bought firm
        "Kessel Foods bought Orla Dairy, at the time Vantora Milk's biggest rival, in 2015.",
        [("orla-dairy", "COMPETES_WITH", "vantora-milk"), ("kessel-foods", "OWNS", "orla-dairy")],
        [("kessel-foods", "COMPETES_WITH", "vantora-milk")],
    ),
    (  # airlines: "by then" before the possessed rival
        "Brisk Jet merged with Ostrel Air, by then Skyra Airways' main competitor.",
        [("ostrel-air", "COMPETES_WITH", "skyra-airways")],
        [],
    ),
    (  # guard: "formerly" ends the tie
        "Sayler Yachts builds boats. Sayler Yachts had a long feud with Hallow Marine, formerly "
        "Sayler Yachts' nearest competitor.",
        [],
        [("hallow-marine", "COMPETES_WITH", "sayler-yachts")],
    ),
]

COMPETING_MAKERS: list[Case] = [
    (  # music: "a competing maker ..., sued H" (H the company in question)
        "Hollin Instruments makes trumpets. Bergwald Brass, a competing maker based over the "
        "hill, sued Hollin Instruments last year.",
        [
            ("bergwald-brass", "COMPETES_WITH", "hollin-instruments"),
            ("bergwald-brass", "DISPUTES", "hollin-instruments"),
        ],
        [],
    ),
    (  # brewing: "a rival brewer, has accused H"
        "Tamsin Ales brews in Leeds. Corran Brewing, a rival brewer, has accused Tamsin Ales "
        "of copying its labels.",
        [("corran-brewing", "COMPETES_WITH", "tamsin-ales")],
        [],
    ),
    (  # print: a competing firm in a sentence that names only itself
        "Gantry Print is owned by the Gantry family. Trask Media, an expanding competitor backed "
        "by buyout money, has approached the family twice.",
        [("trask-media", "COMPETES_WITH", "gantry-print")],
        [],
    ),
    (  # software: "a competing developer" with no other firm named
        "Velora Apps sells budgeting tools. Pinewood Code, a competing developer, cut its prices "
        "in March.",
        [("pinewood-code", "COMPETES_WITH", "velora-apps")],
        [],
    ),
    (  # guard: the rival maker acts on a third firm; whose rival is unclear
        "Hollin Instruments makes trumpets. Bergwald Brass, a rival maker, has bought Kessel "
        "Tools.",
        [("bergwald-brass", "OWNS", "kessel-tools")],
        [("bergwald-brass", "COMPETES_WITH", "kessel-tools")],
    ),
    (  # guard: a competing bid is no rival firm
        "Ostrand Steel received a competing bid from Kalt Group.",
        [],
        [("ostrand-steel", "COMPETES_WITH", "kalt-group")],
    ),
]

RIVAL_PRODUCTS: list[Case] = [
    (  # food: "C, a line from competitor A" (A rivals the firm, never C)
        "Pellow Foods sells pasta across Europe. Its stores also stock Crustino, a line from "
        "competitor Arkady Foods.",
        [("arkady-foods", "COMPETES_WITH", "pellow-foods")],
        [
            ("crustino", "COMPETES_WITH", "pellow-foods"),
            ("arkady-foods", "COMPETES_WITH", "crustino"),
        ],
    ),
    (  # food: "a range made by rival A"
        "Pellow Foods sells pasta across Europe. Shoppers like Crustino, a range made by rival "
        "Arkady Foods.",
        [("arkady-foods", "COMPETES_WITH", "pellow-foods")],
        [("arkady-foods", "COMPETES_WITH", "crustino")],
    ),
    (  # guard: a line from a partner is no rivalry
        "Pellow Foods sells pasta. Its best seller is Crustino, a line from its partner Arkady "
        "Foods.",
        [],
        [("arkady-foods", "COMPETES_WITH", "pellow-foods")],
    ),
]

RIVAL_LISTS: list[Case] = [
    (  # tea: both conjuncts past a relative clause with a pronoun
        "Kalba Tea sells in India. Kalba Tea's competitors are Hathi Brands, which grows its own "
        "leaf, and Nilo Foods, whose packs are cheaper.",
        [
            ("hathi-brands", "COMPETES_WITH", "kalba-tea"),
            ("nilo-foods", "COMPETES_WITH", "kalba-tea"),
        ],
        [],
    ),
    (  # tea: a place inside the relative clause
        "Kalba Tea's main rivals are Hathi Brands, which is based in Pune, and Nilo Foods.",
        [
            ("hathi-brands", "COMPETES_WITH", "kalba-tea"),
            ("nilo-foods", "COMPETES_WITH", "kalba-tea"),
        ],
        [],
    ),
    (  # telecoms: "competition with P, which ..., and with K, a German group" (already read)
        "Norvia Telecom faces more competition with Polar Mobile, whose prices fell by a third "
        "last year, and with Kalt Networks, a German group.",
        [
            ("norvia-telecom", "COMPETES_WITH", "polar-mobile"),
            ("norvia-telecom", "COMPETES_WITH", "kalt-networks"),
        ],
        [],
    ),
    (  # guard: a firm named inside the relative clause stops the list
        "Kalba Tea's rivals are Hathi Brands, which bought Suri Estates, and Nilo Foods.",
        [("hathi-brands", "COMPETES_WITH", "kalba-tea")],
        [("suri-estates", "COMPETES_WITH", "kalba-tea")],
    ),
]

TITLE_COMPOUNDS: list[Case] = [
    (  # banking: "finance chief at X" is a job, no funding
        "Ines Varga was finance chief at Harlen Bank before taking over as chairman of Norvia "
        "Telecom.",
        [],
        [("ines-varga", "FUNDS", "harlen-bank")],
    ),
    (  # appositive "finance director at X"
        "Paolo Dreyer, finance director at Kessel Group, said costs rose.",
        [],
        [("paolo-dreyer", "FUNDS", "kessel-group")],
    ),
    (  # "fund manager at X"
        "Lena Hoff was a fund manager at Orrin Capital for ten years.",
        [],
        [("lena-hoff", "FUNDS", "orrin-capital")],
    ),
    (  # a bank that does finance a firm still funds it
        "Harlen Bank will finance Norvia Telecom's new towers.",
        [("harlen-bank", "FUNDS", "norvia-telecom")],
        [],
    ),
]

FAMILY_FIRMS: list[Case] = [
    (  # a bare family surname acting as a company goes to the firm
        "Salvo Ferrow founded Ferrow Label Company in 1961. His daughter, Ada Ferrow, now runs "
        "it. In 2016 Ferrow acquired Buckle Press.",
        [("ferrow-label-company", "OWNS", "buckle-press")],
        [("salvo-ferrow", "OWNS", "buckle-press"), ("ada-ferrow", "OWNS", "buckle-press")],
    ),
    (  # guard: age marks the person
        "Salvo Ferrow founded Ferrow Label Company in 1961. Ferrow, 82, still visits the plant.",
        [("salvo-ferrow", "FOUNDED", "ferrow-label-company")],
        [],
    ),
]

BANK = TIMED_RIVALS + COMPETING_MAKERS + RIVAL_PRODUCTS + RIVAL_LISTS + TITLE_COMPOUNDS
BANK += FAMILY_FIRMS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_rivals11(case: Case) -> None:
    check(*case)
