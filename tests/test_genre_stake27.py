"""Genre bank for the firm a share is of, when the share names it only by a description (round 27).

"the company" in a relative or a time clause is the firm the main clause is about, not the one
named last: the subject of a holding passive whose agent is described ("is majority-owned by the
holding group H, which bought 64% of the company"), the firm whose share price moved ("O, for its
part, jumped 12% after H took a stake in the company"). A kept share is the firm a role of the
same sentence gives its holder ("bought X from its founder F, who still holds 9%") and, after
"in which", the relative's antecedent, not the article's topic.

Each case is a short invented text (relations that must be found, relations that must not be),
across solar, waste, ferries, knitwear, brewing, seaweed, logistics, bakeries and golf.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

MOVED: list[Case] = [
    (  # solar: a price move past an aside, the buyer from a town
        "Vendel Power agreed to buy Skarp Solar on Tuesday. Skarp builds rooftop arrays. "
        "Quilla Energy, for its part, jumped 17% after Ghent-based Tovar Invest took a 13% "
        "stake in the company.",
        [("tovar-invest", "FUNDS", "quilla-energy")],
        [
            ("tovar-invest", "FUNDS", "skarp-solar"),
            ("tovar-invest", "FUNDS", "vendel-power"),
        ],
    ),
    (  # brewing: a plain move verb and its percentage
        "Gerlach Malz reported higher barley costs. Brauwerk Tal climbed 9% after Kestrin "
        "Capital bought a 6% stake in the company.",
        [("kestrin-capital", "FUNDS", "brauwerk-tal")],
        [("kestrin-capital", "FUNDS", "gerlach-malz")],
    ),
    (  # guard: the price noun reading of earlier rounds stays
        "Gerlach Malz reported higher barley costs. Brauwerk Tal shares rose 4% after Kestrin "
        "Capital said it owns 8% of the company.",
        [("kestrin-capital", "OWNS", "brauwerk-tal")],
        [("kestrin-capital", "OWNS", "gerlach-malz")],
    ),
    (  # guard: a name in the share phrase is never rebound
        "Gerlach Malz reported higher barley costs. Brauwerk Tal climbed 9% after Kestrin "
        "Capital bought a 6% stake in Gerlach Malz.",
        [("kestrin-capital", "FUNDS", "gerlach-malz")],
        [("kestrin-capital", "FUNDS", "brauwerk-tal")],
    ),
]

PASSIVE: list[Case] = [
    (  # waste: a described agent of "majority-owned by"
        "Brenholt Recycling bought Carrow Skips last year. Dunlo Waste is majority-owned by "
        "the holding group Varn Equity, which bought 64% of the company in 2014.",
        [("varn-equity", "OWNS", "dunlo-waste")],
        [("varn-equity", "OWNS", "carrow-skips")],
    ),
    (  # logistics: "controlled by" and a short description
        "Marlo Freight won a contract from Dessan Steel. Orbeck Logistics is controlled by "
        "growth investor Vorran Capital, which bought 55% of the business in 2016.",
        [("vorran-capital", "OWNS", "orbeck-logistics")],
        [("vorran-capital", "OWNS", "dessan-steel"), ("vorran-capital", "OWNS", "marlo-freight")],
    ),
    (  # mend27: the passive as the article's first words; the named reading is kept
        "Trellis is majority-owned by Orvel Capital, which holds 62%.",
        [("orvel-capital", "OWNS", "trellis")],
        [],
    ),
    (  # mend27: the same with a described agent
        "Trellis is majority-owned by the investment firm Orvel Capital, which holds 62%.",
        [("orvel-capital", "OWNS", "trellis")],
        [],
    ),
    (  # mend27: dairy, "controlled by" and a relative's purchase, first sentence
        "Brenna Dairy is controlled by Halden Partners, which bought 60% of the company in 2015.",
        [("halden-partners", "OWNS", "brenna-dairy")],
        [],
    ),
    (  # guard: a verb of no holding before "by" binds nothing
        "Kelvar Ports bought Ostby Terminals last year. Halm Ferries was praised by the "
        "shipping analyst Ria Moss, who owns 70% of Ostby Terminals.",
        [],
        [("ria-moss", "OWNS", "halm-ferries")],
    ),
]

KEPT: list[Case] = [
    (  # knitwear: the founder a buyer bought from keeps a share of that firm
        "Sorrel Textiles agreed to buy Imbri Yarns on Friday. Casko Capital bought a majority "
        "of Webber Strick in 2015 from its founder, Lene Voss, who still holds a 7% stake.",
        [("lene-voss", "OWNS", "webber-strick")],
        [("lene-voss", "OWNS", "imbri-yarns")],
    ),
    (  # bakeries: the same with a chief executive (gap: "its" read as the buyer's)
        "Crumhold Bakeries bought Wrenfield Mills in March. Ovari Group bought most of Tallin "
        "Bread last year from its chief executive, Jonas Peld, who kept a 15% stake.",
        [("jonas-peld", "OWNS", "tallin-bread")],
        [("jonas-peld", "OWNS", "wrenfield-mills")],
    ),
    (  # guard: with no role in the sentence the article's firm keeps the share
        "Ovari Group agreed to buy Tallin Bread on Monday. Its founder will keep an 11% stake. "
        "Jonas Peld, the chief executive, kept a 5% stake.",
        [("jonas-peld", "OWNS", "tallin-bread")],
        [],
    ),
    (  # seaweed: "in which" gives the antecedent
        "Tessit Foods said its sales rose. The regulator looked at Marrow Kelp, in which Brask "
        "Seaweed owns a 60% stake.",
        [("brask-seaweed", "OWNS", "marrow-kelp")],
        [("brask-seaweed", "OWNS", "tessit-foods")],
    ),
    (  # seaweed: an appositive with a place before "in which" (gap: the place is read)
        "Tessit Foods said its sales rose. The regulator looked at Marrow Kelp, a grower of "
        "oarweed based on Islay, in which Brask Seaweed owns a 60% stake.",
        [("brask-seaweed", "OWNS", "marrow-kelp")],
        [("brask-seaweed", "OWNS", "tessit-foods")],
    ),
    (  # guard: golf, a holder tendering to a bidder holds the target
        "Halvard Leisure made an unsolicited bid for Pollick Golf on Wednesday. Halvard has "
        "sweetened its terms twice. Its biggest shareholder is the pension manager Corlan "
        "Asset, which owns 23% and has promised to tender its shares.",
        [("corlan-asset", "OWNS", "pollick-golf")],
        [("corlan-asset", "OWNS", "halvard-leisure")],
    ),
]

BANK = MOVED + PASSIVE + KEPT
GAPS: dict[str, str] = {
    "Tessit Foods said its sales rose. The regulator looked at Marrow Kelp, a grower": (
        "the antecedent of 'in which' past an appositive ending in a place"
    ),
    "Crumhold Bakeries bought": "'from its chief executive, P' after 'X bought most of T': X's",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_stake27(case: Case) -> None:
    check(*case)
