"""Genre bank for the firm a share is of, when the share names it only by a description (round 27).

"the company" in a relative or a time clause is the firm the main clause is about, not the one
named last: the subject of a holding passive whose agent is described ("is majority-owned by the
buyout firm H, which bought 70% of the company"), the firm whose share price moved ("O, for its
part, jumped 12% after H took a stake in the company"). A kept share is the firm a role of the
same sentence gives its holder ("bought X from its founder F, who still holds 9%") and, after
"in which", the relative's antecedent, not the article's topic.

Each case is a short invented text (relations that must be found, relations that must not be),
across dairy, ferries, paints, brewing, seaweed, software, bakeries and football.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

MOVED: list[Case] = [
    (  # dairy: a price move past an aside, the buyer from a town
        "Pellin Foods agreed to buy Ostra Cheese on Monday. Ostra makes cheddar. Tarsk Dairy, "
        "for its part, jumped 22% after Lyon-based Morvane Holdings took a 12% stake in the "
        "company.",
        [("morvane-holdings", "FUNDS", "tarsk-dairy")],
        [
            ("morvane-holdings", "FUNDS", "ostra-cheese"),
            ("morvane-holdings", "FUNDS", "pellin-foods"),
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
    (  # ferries: a described agent of "majority-owned by"
        "Kelvar Ports bought Ostby Terminals last year. Halm Ferries is majority-owned by the "
        "buyout firm Rusk Partners, which bought 70% of the company in 2020.",
        [("rusk-partners", "OWNS", "halm-ferries")],
        [("rusk-partners", "OWNS", "ostby-terminals")],
    ),
    (  # software: "controlled by" and a short description
        "Tevra Systems won a contract from Norlund Bank. Quillon Software is controlled by "
        "growth investor Ardent Peak, which bought 60% of the business in 2019.",
        [("ardent-peak", "OWNS", "quillon-software")],
        [("ardent-peak", "OWNS", "norlund-bank"), ("ardent-peak", "OWNS", "tevra-systems")],
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
    (  # paints: the founder a buyer bought from keeps a share of that firm
        "Dravel Paints agreed to buy Ostmark Coatings on Monday. Lorrin Capital bought a "
        "majority of Felsen Lacke in 2017 from its founder, Pia Kessel, who still holds a 12% "
        "stake.",
        [("pia-kessel", "OWNS", "felsen-lacke")],
        [("pia-kessel", "OWNS", "ostmark-coatings")],
    ),
    (  # bakeries: the same with a chief executive (gap: "its" read as the buyer's)
        "Crumhold Bakeries bought Wrenfield Mills in March. Ovari Group bought most of Tallin "
        "Bread last year from its chief executive, Jonas Peld, who kept a 15% stake.",
        [("jonas-peld", "OWNS", "tallin-bread")],
        [("jonas-peld", "OWNS", "wrenfield-mills")],
    ),
    (  # guard: with no role in the sentence the article's firm keeps the share
        "Ovari Group agreed to buy Tallin Bread on Monday. Its founder will keep a 15% stake. "
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
    (  # guard: football, a holder tendering to a bidder holds the target
        "Corrin Sports made a hostile offer for Valebridge Athletic on Monday. Corrin has "
        "raised its bid once. Its largest shareholder is the hedge fund Ostwin Partners, which "
        "owns 18% and has agreed to tender its shares.",
        [("ostwin-partners", "OWNS", "valebridge-athletic")],
        [("ostwin-partners", "OWNS", "corrin-sports")],
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
