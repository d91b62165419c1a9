"""Genre bank for over-firing and missed constructions found on invented text: a denied round
led by an investor, a rival chosen as a supplier, a named accuser's bare-verb charge ("The FCA
says X overcharged customers"), a passive's agent phrase reaching a later act's examples, an
adviser one is "working with", a charge the accused's chairman rejects; and names glued across
"for" ("European Medicines Agency for Zorvexa", a remaining gap marked xfail).

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, retail, pharma, aviation, autos, farming, banking,
energy, media and telecoms, in wire, trade-press and headline-plus-lede registers. Guards: the
affirmative round, a rival the company loses customers to, a rival named by a reporting company,
an unnamed accuser, an admission, a passive victim, a negated or hedged charge, a plain
collaboration, a charge only reviewed.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

DENIED_ROUNDS: list[Case] = [
    (  # food: "did not close its round led by X"
        "Harbin Foods did not close its funding round led by Corvex Capital.",
        [],
        [("corvex-capital", "FUNDS", "harbin-foods")],
    ),
    (  # mining: "failed to complete the $20 million round led by X"
        "Pelloran Mining failed to complete the $20 million funding round led by Aster Partners.",
        [],
        [("aster-partners", "FUNDS", "pelloran-mining")],
    ),
    (  # shipping: "has not yet closed its Series B, led by X"
        "Lisbeth Shipping has not yet closed its Series B, led by Marwood Ventures.",
        [],
        [("marwood-ventures", "FUNDS", "lisbeth-shipping")],
    ),
    (  # retail: pronoun subject, "never completed the round led by"
        "Dorrit Stores struggled in 2023. The company never completed the seed round led by "
        "Halvard Partners.",
        [],
        [("halvard-partners", "FUNDS", "dorrit-stores")],
    ),
    (  # pharma: "abandoned its round led by X"
        "Quenby Therapeutics abandoned its planned round led by Orwell Bio Fund in March.",
        [],
        [("orwell-bio-fund", "FUNDS", "quenby-therapeutics")],
    ),
    (  # guard: the affirmative round stays
        "Harbin Foods closed its funding round led by Corvex Capital on Tuesday.",
        [("corvex-capital", "FUNDS", "harbin-foods")],
        [],
    ),
    (  # guard: affirmative, "completed the $20 million round led by X"
        "Pelloran Mining completed the $20 million funding round led by Aster Partners.",
        [("aster-partners", "FUNDS", "pelloran-mining")],
        [],
    ),
    (  # guard: a negation in an earlier relative clause denies nothing of the round
        "Tamsin Farms, which did not raise money last year, closed its round led by Wexley "
        "Agri Capital.",
        [("wexley-agri-capital", "FUNDS", "tamsin-farms")],
        [],
    ),
]

CHOSEN_RIVALS: list[Case] = [
    (  # autos: "chose a cheaper rival, Y"
        "Volkmar Motors chose a cheaper rival, Shenlong Parts, for its brakes.",
        [],
        [("volkmar-motors", "COMPETES_WITH", "shenlong-parts")],
    ),
    (  # aviation: "switched to rival Y"
        "Dravo Airlines switched to rival Kestrel Aero for engine repairs.",
        [],
        [("dravo-airlines", "COMPETES_WITH", "kestrel-aero")],
    ),
    (  # farming: "opted for rival Y"
        "Hallam Dairy opted for rival Brookfield Packaging after the dispute.",
        [],
        [("hallam-dairy", "COMPETES_WITH", "brookfield-packaging")],
    ),
    (  # telecoms: "picked rival Y"
        "Oxley Telecom picked rival Narvik Cables to lay its new fibre.",
        [],
        [("oxley-telecom", "COMPETES_WITH", "narvik-cables")],
    ),
    (  # banking: "hired rival Y" (an adviser changed)
        "Corran Bank hired rival Pemberton Audit as its auditor.",
        [],
        [("corran-bank", "COMPETES_WITH", "pemberton-audit")],
    ),
    (  # guard: the company's customers switch: the company's own rival
        "Passengers of Dravo Airlines switched to rival Kestrel Aero after the strike.",
        [("dravo-airlines", "COMPETES_WITH", "kestrel-aero")],
        [],
    ),
    (  # guard: "lost passengers to rival Y": the company's own rival
        "Dravo Airlines lost passengers to rival Kestrel Aero last year.",
        [("dravo-airlines", "COMPETES_WITH", "kestrel-aero")],
        [],
    ),
    (  # guard: "match the fares of rival Y"
        "Dravo Airlines said it would match the fares of rival Kestrel Aero.",
        [("dravo-airlines", "COMPETES_WITH", "kestrel-aero")],
        [],
    ),
    (  # guard: a reporting company's rival
        "Tollan Bank said rival Corby Bank had cut its mortgage rates.",
        [("tollan-bank", "COMPETES_WITH", "corby-bank")],
        [],
    ),
]

SAID_WRONGDOING: list[Case] = [
    (  # banking regulator, present "says"
        "The FCA says Lanner Bank misled investors about the fund.",
        [("fca", "DISPUTES", "lanner-bank")],
        [],
    ),
    (  # utilities: role premodifier on the accuser
        "Regulator Ofwat says Tarrow Water overcharged customers for a decade.",
        [("ofwat", "DISPUTES", "tarrow-water")],
        [],
    ),
    (  # mining: "said that X had copied"
        "Horvath Mining said that Zell Metals had copied its drill designs.",
        [("horvath-mining", "DISPUTES", "zell-metals")],
        [],
    ),
    (  # food: "claims X breached"
        "Brisco Foods claims Harlow Farms breached the supply contract.",
        [("brisco-foods", "DISPUTES", "harlow-farms")],
        [],
    ),
    (  # chemicals: a named person accuses, with an appositive
        "Dr Anna Kerr, a scientist at Belmont University, says Vexor Chemicals polluted the river.",
        [("anna-kerr", "DISPUTES", "vexor-chemicals")],
        [],
    ),
    (  # regulator finding: "found that X overcharged"
        "Ofwat found that Tarrow Water overcharged customers.",
        [("ofwat", "DISPUTES", "tarrow-water")],
        [],
    ),
    (  # guard: unnamed accusers name no one
        "Critics say Quorra Energy misled investors. Regulators say Falden Insurance "
        "overcharged customers.",
        [],
        [("quorra-energy", "DISPUTES", "falden-insurance")],
    ),
    (  # guard: an admission by the company itself
        "Lanner Bank says it overcharged customers by mistake and will repay them.",
        [],
        [("lanner-bank", "DISPUTES", "lanner-bank")],
    ),
    (  # guard: a passive names the victim
        "The FCA says Lanner Bank was misled by its auditor.",
        [],
        [("fca", "DISPUTES", "lanner-bank")],
    ),
    (  # guard: negation
        "The FCA says Lanner Bank did not mislead investors.",
        [],
        [("fca", "DISPUTES", "lanner-bank")],
    ),
    (  # guard: hedge
        "The FCA says Lanner Bank may have misled investors.",
        [],
        [("fca", "DISPUTES", "lanner-bank")],
    ),
]

LATER_AGENTS: list[Case] = [
    (  # rail: a time phrase, then another act's agent with examples
        "Tarrow Rail was sued by a union after delays by partners including Brisco Works.",
        [],
        [("brisco-works", "DISPUTES", "tarrow-rail")],
    ),
    (  # farming: "after spills by suppliers such as X"
        "Helmcroft Farms was criticised by a pressure group after spills by suppliers such as "
        "Dunmere Feeds.",
        [],
        [("dunmere-feeds", "DISPUTES", "helmcroft-farms")],
    ),
    (  # banking: "during an inquiry into lenders including X"
        "Larkin Bank was fined by regulators during an inquiry into lenders including Ostby "
        "Credit.",
        [],
        [("ostby-credit", "DISPUTES", "larkin-bank")],
    ),
    (  # guard: examples of the agent itself, before the time phrase
        "Corvo Air was sued by several airlines, including Brisk Jet, after the merger.",
        [("brisk-jet", "DISPUTES", "corvo-air")],
        [],
    ),
    (  # guard: the agent named in apposition, then a time phrase
        "Helmcroft Farms was criticised by a pressure group, Clean Rivers Trust, after the spills.",
        [("clean-rivers-trust", "DISPUTES", "helmcroft-farms")],
        [],
    ),
]

ADVISER_PARTNERS: list[Case] = [
    (  # retail: "working with X, its financial adviser"
        "Albion Retail is working with Staunton Bank, its financial adviser, on the sale.",
        [],
        [("albion-retail", "PARTNERS_WITH", "staunton-bank")],
    ),
    (  # energy: "working with X as its adviser"
        "Marrick Energy is working with Pell Advisory as its adviser on the bond issue.",
        [],
        [("marrick-energy", "PARTNERS_WITH", "pell-advisory")],
    ),
    (  # media: "working with advisers at X"
        "Quillon Media is working with advisers at Dorset Lane Capital on a possible sale.",
        [],
        [("quillon-media", "PARTNERS_WITH", "dorset-lane-capital")],
    ),
    (  # shipping: "working with X, which is advising it"
        "Fjord Line Carriers is working with Hollis Bank, which is advising it on the merger.",
        [],
        [("fjord-line-carriers", "PARTNERS_WITH", "hollis-bank")],
    ),
    (  # guard: a plain collaboration stays
        "Corbel Mining is working with Fenwick Rail to build a new freight line.",
        [("corbel-mining", "PARTNERS_WITH", "fenwick-rail")],
        [],
    ),
    (  # guard: the partner's own adviser named later is no reason to drop the partner
        "Corbel Mining is working with Fenwick Rail, the freight operator advised by Gault "
        "Partners, on a new line.",
        [("corbel-mining", "PARTNERS_WITH", "fenwick-rail")],
        [],
    ),
    (  # guard: "its long-time research partner" in apposition
        "Halden Pharma teamed up with Orrin Labs, its long-time research partner, on the vaccine.",
        [("halden-pharma", "PARTNERS_WITH", "orrin-labs")],
        [],
    ),
]

CHIEF_REBUTTALS: list[Case] = [
    (  # steel: "a charge its chairman describes as absurd"
        "Velm Metals accuses Ostrava Steel of price fixing, a charge its chairman describes "
        "as absurd.",
        [
            ("velm-metals", "DISPUTES", "ostrava-steel"),
            ("ostrava-steel", "DISPUTES", "velm-metals"),
        ],
        [],
    ),
    (  # engineering: after a bare-verb accusation, "a claim its chief executive rejects"
        "Velm Metals says Ostrava Steel copied its furnaces, a claim its chief executive rejects.",
        [("ostrava-steel", "DISPUTES", "velm-metals")],
        [],
    ),
    (  # farming: "a lawsuit its founder has flatly dismissed"
        "Harlow Seeds sued Brannock Agri over the patent, a lawsuit its founder has flatly "
        "dismissed.",
        [("brannock-agri", "DISPUTES", "harlow-seeds")],
        [],
    ),
    (  # guard: no rebuttal verb
        "Velm Metals accuses Ostrava Steel of price fixing, a charge its chairman says is "
        "being reviewed.",
        [("velm-metals", "DISPUTES", "ostrava-steel")],
        [("ostrava-steel", "DISPUTES", "velm-metals")],
    ),
]

BANK: list[Case] = (
    DENIED_ROUNDS
    + CHOSEN_RIVALS
    + SAID_WRONGDOING
    + LATER_AGENTS
    + ADVISER_PARTNERS
    + CHIEF_REBUTTALS
)

LEFT: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_bugs(case: Case) -> None:
    check(*case)


# names glued across "for": (text, names that must resolve with their type, glued names)
FOR_NAMES: list[tuple[str, dict[str, str], list[str]]] = [
    (  # pharma: approval from a body for a product
        "Kinsale Pharma won approval from the European Medicines Agency for Zorvexa, its "
        "migraine drug.",
        {"European Medicines Agency": "Organization"},
        ["European Medicines Agency for Zorvexa"],
    ),
    (  # pharma: the body opens the sentence
        "The European Medicines Agency for Velquor gave its backing on Friday, Doran Bio said.",
        {"European Medicines Agency": "Organization"},
        ["European Medicines Agency for Velquor"],
    ),
    (  # guard: a name continued after "for" by a sector word
        "The Caledon Regional Development Commission for Housing fined Brack Homes.",
        {},
        ["Caledon Regional Development Commission"],
    ),
    (  # guard: a two-word institution keeps its "for" part
        "The Institute for Fiscal Studies criticised Harbury Bank.",
        {"Institute for Fiscal Studies": "Organization"},
        [],
    ),
]


FOR_GAPS: dict[str, str] = {
    opening: "a complete body's name then 'for' and a product is still read as one name (a "
    "guard on three-word names ending in an organization word cost entity F1 on a blind set)"
    for opening in ("Kinsale Pharma won approval", "The European Medicines Agency for Velquor")
}


@pytest.mark.parametrize("text,must,must_not", gap_params(FOR_NAMES, FOR_GAPS, spread=True))
def test_for_names(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
