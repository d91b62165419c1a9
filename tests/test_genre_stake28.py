"""Genre bank for bare shares whose held firm comes from the sentences around them (round 28).

"the remaining N%" kept by a holder standing past an auxiliary, an appositive or the first verb
of a relative ("Ines Dunmore, the founder's niece, will keep the remaining 30%", "Orvel, a fund
that invested in 2016 and will keep the rest") is the rest of the stake the sentence before (or
the one before it) stated. "Its largest holder is the pension fund H, which owns 18%": the
ranked holder noun's possessor, past a short description of H, over the article's main firm,
unless a takeover just before set the firm a bare share is of.

Each case is a short invented text, across ceramics, pasta, ferries, solar parks, bicycles,
textiles, software, dairies and breweries.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

REST: list[Case] = [
    (  # ceramics: the keeper past an appositive with a possessor in it
        "Orvel Capital has agreed to buy a 70% stake in Dunmore Ceramics, the Stoke tile maker. "
        "Ines Dunmore, the founder's niece, will keep the remaining 30%.",
        [
            ("orvel-capital", "OWNS", "dunmore-ceramics"),
            ("ines-dunmore", "OWNS", "dunmore-ceramics"),
        ],
        [("ines-dunmore", "OWNS", "orvel-capital")],
    ),
    (  # pasta: a sentence between the stake and its rest
        "Harlan Foods has agreed to buy a 70% stake in Trevi Pasta, the Parma noodle maker that "
        "supplies restaurants across Italy. Harlan, whose sauces are sold in 20 countries, did "
        "not disclose the price. Marco Trevi, the founder's grandson and chief executive since "
        "2015, keeps the remaining 30% and will go on running the firm.",
        [("marco-trevi", "OWNS", "trevi-pasta")],
        [("marco-trevi", "OWNS", "harlan-foods")],
    ),
    (  # ferries: the second verb of a relative on a described seller
        "Kessock Lines has agreed to buy a 55% stake in Skerry Ferries. The seller is Brora "
        "Partners, an Inverness fund that bought into Skerry in 2018 and will keep the "
        "remaining 45%.",
        [("brora-partners", "OWNS", "skerry-ferries")],
        [("brora-partners", "OWNS", "kessock-lines")],
    ),
    (  # solar: a plain keeper after an auxiliary
        "Verdant Grid is selling 40% of the Holm Moor solar park to Tarrow Energy. Verdant Grid "
        "will keep the remaining 60% and run the site.",
        [("verdant-grid", "FUNDS", "holm-moor")],
        [],
    ),
    (  # guard: the rest of something else, named after "of"
        "Pell Cycles bought a 60% stake in Rook Frames. Ada Rook, the founder's daughter, will "
        "keep the remaining 40% of her savings in bonds.",
        [("pell-cycles", "OWNS", "rook-frames")],
        [("ada-rook", "OWNS", "rook-frames")],
    ),
    (  # guard: a second name in the appositive is no holder's description
        "Pell Cycles bought a 60% stake in Rook Frames. Ada Rook, who sold it to Pell Cycles, "
        "said the price was fair.",
        [("pell-cycles", "OWNS", "rook-frames")],
        [("ada-rook", "OWNS", "rook-frames")],
    ),
]

RANKED: list[Case] = [
    (  # textiles: "Its largest shareholder is the <description> H, which owns N%"
        "Vantor Mills has agreed to buy a dye plant from Ossel Group. Kettle Looms, which is "
        "based in Leeds, weaves carpets for hotels. Its largest shareholder is the pension fund "
        "Alder Pension, which owns 18% and backs the board. Vantor Mills said the plant would "
        "open in May. Vantor Mills also runs bakeries.",
        [("alder-pension", "OWNS", "kettle-looms")],
        [("alder-pension", "OWNS", "vantor-mills")],
    ),
    (  # software: the described holder in an appositive after the ranked noun
        "Quillon Soft sells payroll software to schools. Quillon Soft also runs a help desk in "
        "Cork. Brenna Apps makes timetabling tools. Its biggest investor, the venture firm "
        "Harth Ventures, which holds 22%, wants a sale.",
        [("harth-ventures", "OWNS", "brenna-apps")],
        [("harth-ventures", "OWNS", "quillon-soft")],
    ),
    (  # guard dairy: a takeover just before keeps its target over "its"
        "Morva Dairies agreed to buy Glenrock Creamery for $400 million. Its largest holder is "
        "the family trust Lune Trust, which owns 21%.",
        [("morva-dairies", "OWNS", "glenrock-creamery")],
        [("lune-trust", "OWNS", "morva-dairies")],
    ),
    (  # guard brewing: a fund's own stake in itself is nothing
        "Hopfield Partners runs three brewery funds. Its largest investor is the pension plan "
        "Hopfield Partners, which owns 9%.",
        [],
        [("hopfield-partners", "OWNS", "hopfield-partners")],
    ),
]

GAP_CASES: list[Case] = [
    (  # guard football: a seller's bare kept share two sentences after a stake sale
        "Corrin Athletic is to get new owners: Lena Hoby, who bought the club in 2010, said on "
        "Friday she would sell a 75% stake to a consortium. The consortium, Tollan Sports, will "
        "pay about $30 million. Hoby will keep 25% and stay on as a director.",
        [("lena-hoby", "OWNS", "corrin-athletic")],
        [("lena-hoby", "OWNS", "tollan-sports")],
    ),
    (  # chimneys: a founder's bare kept share, far from the stake bought
        "Ardley Equity now controls Sootline Group, a chimney sweeping business, after buying "
        "most of its shares. The deal was funded from Ardley Fund II. Ardley said it liked the "
        "steady work. Owen Farr, a former roofer, set Sootline up in 2009. Farr retains roughly "
        "a quarter of the shares and a place in the boardroom.",
        [("owen-farr", "OWNS", "sootline-group")],
        [("owen-farr", "OWNS", "ardley-equity")],
    ),
]

BANK = REST + RANKED + GAP_CASES
# (round 35: the founder's bare kept share is read, `sentence_context._founded_by`)
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_stake28(case: Case) -> None:
    check(*case)
