"""Genre bank for held stakes (round 13): a holder clause whose company is left implicit ("which
owns 12% of the company", "an investor with an 8% stake", "a minority owner of the group", "X's
top investor is Y, holding 17%"), and several holders of one company ("who between them hold
41%", "each keeping half", "owned by its founders plus Y", "together own"), with the stake bound
to the article's topic company and never to a firm named in between.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across retail, robotics, shipping, food, energy, pharma, media, telecoms, farming and
banking. Guards: a fund's own assets, a stake "of a rival" named in apposition, a family's share,
a group word with a non-holding verb, a holder clause whose company is named.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

IMPLICIT: list[Case] = [
    (  # retail: possessive topic, participle "holding N%"
        "Corvane Bakeries plans ten more shops. The chain's top investor is Pimsworth Capital, "
        "holding 17%.",
        [("pimsworth-capital", "OWNS", "corvane-bakeries")],
        [],
    ),
    (  # robotics: "which owns N% of the company" after another firm was named
        "Fennick Robotics won a contract from Dalvin Logistics. Orrin Capital, which owns 12% "
        "of the company, welcomed the deal.",
        [("orrin-capital", "OWNS", "fennick-robotics")],
        [("orrin-capital", "OWNS", "dalvin-logistics")],
    ),
    (  # shipping: appositive "an investor with an N% stake"
        "Tarlow Shipping ordered four vessels. Brellan Partners, an investor with an 8% stake, "
        "said the order was overdue.",
        [("brellan-partners", "OWNS", "tarlow-shipping")],
        [],
    ),
    (  # food: "an activist with roughly a 5 per cent holding"
        "Meadow Vale Dairies cut its dividend. Umber Partners, an activist with roughly a 5 per "
        "cent holding, wants two board seats.",
        [("umber-partners", "OWNS", "meadow-vale-dairies")],
        [],
    ),
    (  # energy: "a minority owner of the group"
        "Solbrand Energy will sell its grid arm. Tresk Advisers, a minority owner of the group, "
        "opposed the sale.",
        [("tresk-advisers", "OWNS", "solbrand-energy")],
        [],
    ),
    (  # pharma: "of it" with a supplier named in between
        "Ovelta Pharma buys its vials from Krenn Glass. Haldon Fund, which holds 9% of it, "
        "wants a new chair.",
        [("haldon-fund", "OWNS", "ovelta-pharma")],
        [("haldon-fund", "OWNS", "krenn-glass")],
    ),
    (  # media: relative clause after a customer, bare percentage
        "Doughty Media signed a deal with Parlow Studios. Its biggest shareholder, Ferrin "
        "Holdings, which owns 22%, backed the plan.",
        [("ferrin-holdings", "OWNS", "doughty-media")],
        [("ferrin-holdings", "OWNS", "parlow-studios")],
    ),
    (  # banking: "which holds N% of the group" after a lender named aside
        "Corran Foods took a loan from Harl Bank. Wexley Partners, which holds 7% of the group, "
        "backed the loan.",
        [("wexley-partners", "OWNS", "corran-foods")],
        [("wexley-partners", "OWNS", "harl-bank")],
    ),
    (  # telecoms: owner noun "a minority owner of the company" after a customer named aside
        "Norvia Telecom won a contract from Parrin Rail. Tresk Advisers, a minority owner of "
        "the company, welcomed it.",
        [("tresk-advisers", "OWNS", "norvia-telecom")],
        [("tresk-advisers", "OWNS", "parrin-rail")],
    ),
]

IMPLICIT_GUARDS: list[Case] = [
    (  # guard: the firm named before is the previous clause's subject
        "Fennick Robotics won an order. Dalvin Logistics placed the order. Orrin Capital, "
        "which owns 12% of the company, welcomed it.",
        [],
        [("orrin-capital", "OWNS", "fennick-robotics")],
    ),
    (  # guard: a fund's own assets
        "Corvane Bakeries plans ten more shops. Pimsworth Capital holds 17% of its assets in "
        "bonds.",
        [],
        [("pimsworth-capital", "OWNS", "corvane-bakeries")],
    ),
    (  # guard: a stake of a rival named in apposition
        "Corvane Bakeries plans ten more shops. Haldon Fund owns 12% of a rival, Ostley Mills.",
        [("haldon-fund", "OWNS", "ostley-mills")],
        [("haldon-fund", "OWNS", "corvane-bakeries")],
    ),
    (  # guard: the company is named after "of"
        "Fennick Robotics won an order. Orrin Capital, which owns 12% of Dalvin Logistics, "
        "welcomed the deal.",
        [("orrin-capital", "OWNS", "dalvin-logistics")],
        [("orrin-capital", "OWNS", "fennick-robotics")],
    ),
]

SEVERAL: list[Case] = [
    (  # robotics: founders "who between them hold N%"
        "Founded by Ines Roll and Teo Marsk, who between them hold 41%, Quorra Robotics employs "
        "300 people.",
        [
            ("ines-roll", "OWNS", "quorra-robotics"),
            ("teo-marsk", "OWNS", "quorra-robotics"),
        ],
        [],
    ),
    (  # energy: two firms set up a company, each keeping half
        "Quenby Energy and Brixholm Power set up Lask Grid, each keeping half.",
        [
            ("quenby-energy", "OWNS", "lask-grid"),
            ("brixholm-power", "OWNS", "lask-grid"),
        ],
        [],
    ),
    (  # energy: "each keeping half" with a topic company named before
        "Fennick Robotics won an order. Quenby Energy and Brixholm Power set up Lask Grid, each "
        "keeping half.",
        [("quenby-energy", "OWNS", "lask-grid")],
        [("lask-grid", "OWNS", "fennick-robotics")],
    ),
    (  # telecoms: "together own N% of X"
        "Meran Oil and Gask Steel together own 60% of Pelt Shipping.",
        [
            ("meran-oil", "OWNS", "pelt-shipping"),
            ("gask-steel", "OWNS", "pelt-shipping"),
        ],
        [],
    ),
    (  # farming: passive owned by founders plus a fund
        "Harrow Seeds was founded by Lena Pirrick and Ado Venn. It is owned by both founders "
        "plus Haxby Growth.",
        [("haxby-growth", "OWNS", "harrow-seeds")],
        [],
    ),
    (  # shipping: "each retaining a 50% stake" after a verb of forming
        "Tarlow Shipping ordered ships. Merrow Ports and Ure Marine formed Kesk Towage, each "
        "retaining a 50% stake.",
        [("merrow-ports", "OWNS", "kesk-towage"), ("ure-marine", "OWNS", "kesk-towage")],
        [("kesk-towage", "OWNS", "tarlow-shipping")],
    ),
    (  # media: each keeps a stake in the topic company (no company named)
        "Doughty Media listed its shares. Its founders, Ada Quell and Ben Roth, each retain 20%.",
        [("ada-quell", "OWNS", "doughty-media"), ("ben-roth", "OWNS", "doughty-media")],
        [],
    ),
]

SEVERAL_GUARDS: list[Case] = [
    (  # guard: a group word with a non-holding verb
        "Quorra Robotics was founded by Ines Roll and Teo Marsk. The founders between them "
        "hired forty engineers.",
        [],
        [("ines-roll", "OWNS", "quorra-robotics")],
    ),
]

BANK = IMPLICIT + IMPLICIT_GUARDS + SEVERAL + SEVERAL_GUARDS
GAPS: dict[str, str] = {
    "Founded by Ines Roll": "the fronted participle's holders ('who between them hold 41%') "
    "reach the company named after it only through a reference ('the firm'), not a name",
    "Tarlow Shipping ordered ships": "'formed X' gives no FOUNDED (verbal.py), which "
    "joint/each-holding needs to find the holders",
    "Norvia Telecom won": "the noun trigger 'owner of' (verbal.py, nominal/noun-trigger) reads "
    "'the company' as the firm named last; role/role-noun alone could be rebound",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_stakes13(case: Case) -> None:
    check(*case)
