"""Genre bank for the definite-NP binder (round 16): a firm named later only by the sector noun
its first description gave it ("Quillex, a surf school in Tenby ... The school was set up by",
"Harn Academy ... the academy", "a cidery ... the cidery", "a gallery ... the gallery", "a tree
nursery ... the nursery", a fair by name ... "chaired the fair"), and "the group" right after
"built C by merging A and B" (C, not the merged pair; loaders/definite_guards.py); a place
typed as a firm ("... Street", "River ...") is never "the company".

Guards: no firm was called by the noun ("opened a school in Varnby"), two firms were ("two
fairs"), a plural of clients ("the schools it serves"), a noun that only modifies the head ("a
surf school operator").
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SECTOR_HEADS: list[Case] = [
    (  # leisure: appositive descriptor, passive founding with a coordinated agent
        "Quillex, a surf school in Tenby, has grown fast. The school was set up by Mirelle "
        "Osk and her brother Pell Osk in 2009.",
        [("mirelle-osk", "FOUNDED", "quillex"), ("pell-osk", "FOUNDED", "quillex")],
        [],
    ),
    (  # events: the head is in the name; active "chaired"
        "Brannock Events bought Harvell Fair, a farm show in Wexbury, in 2015. Tomas Reyl "
        "chaired the fair until 2012.",
        [("tomas-reyl", "LEADS", "harvell-fair")],
        [("tomas-reyl", "LEADS", "brannock-events")],
    ),
    (  # drinks: the described firm is an object; the buyer is not the cidery
        "Ostrel Drinks owns several brands. It bought Pomsy, a cidery based in Kellmouth, last "
        "year. The cidery was founded by Ada Brant in 2004.",
        [("ada-brant", "FOUNDED", "pomsy")],
        [("ada-brant", "FOUNDED", "ostrel-drinks")],
    ),
    (  # arts: an owned gallery
        "Varnby Arts bought Orrin House, a gallery in Fenby. The gallery was founded by Tom "
        "Vell in 1990.",
        [("tom-vell", "FOUNDED", "orrin-house")],
        [("tom-vell", "FOUNDED", "varnby-arts")],
    ),
    (  # education: the head in the name, two founders
        "Kelso Learning owns Harn Academy, a private academy in Wexbury. The academy was set up "
        "by Ann Dee and Lars Eide.",
        [("ann-dee", "FOUNDED", "harn-academy"), ("lars-eide", "FOUNDED", "harn-academy")],
        [("ann-dee", "FOUNDED", "kelso-learning")],
    ),
    (  # drinks: the described firm is the subject of a stake sale
        "Fenwick Ciders, a cidery in Harnby, sold a 20% stake to Ostrel Drinks. The cidery was "
        "founded by Ada Brant.",
        [("ada-brant", "FOUNDED", "fenwick-ciders")],
        [("ada-brant", "FOUNDED", "ostrel-drinks")],
    ),
    (  # farming: "started by"
        "Quillex, a tree nursery near Fenby, supplies councils. The nursery was started by Pia "
        "Moss in 1987.",
        [("pia-moss", "FOUNDED", "quillex")],
        [],
    ),
]

SECTOR_GUARDS: list[Case] = [
    (  # guard: an indefinite school no firm was called
        "Orvel Foods opened a school in Varnby. The school was set up by Ann Dee.",
        [],
        [("ann-dee", "FOUNDED", "orvel-foods")],
    ),
    (  # guard: two firms called by the noun
        "Brannock Events owns Harvell Fair, a farm show in Wexbury, and Dunmore Fair, a horse "
        "show. Tomas Reyl chaired the fair until 2012.",
        [],
        [
            ("tomas-reyl", "LEADS", "harvell-fair"),
            ("tomas-reyl", "LEADS", "dunmore-fair"),
            ("tomas-reyl", "LEADS", "brannock-events"),
        ],
    ),
    (  # guard: plural clients
        "Pellam Meals, a caterer, feeds pupils in Fenby. Ann Dee runs the schools it serves.",
        [],
        [("ann-dee", "LEADS", "pellam-meals")],
    ),
    (  # guard: the noun modifies the descriptor's head
        "Tarrow Group, a surf school operator, bought Pell Boards. The school was founded by "
        "Ivo Rask.",
        [],
        [("ivo-rask", "FOUNDED", "tarrow-group")],
    ),
]

MERGERS: list[Case] = [
    (  # retail: "built C by merging A and B, and the group later acquired D"
        "Orvel built Kestmoor Stores in 2014 by merging two local chains, Pim Markets and Dale "
        "Stores, and the group later acquired Quayfare.",
        [("kestmoor-stores", "OWNS", "quayfare")],
        [],
    ),
    (  # retail: the merged pair is no owner of what the merged group bought
        "Pell Capital built Kestmoor Stores in 2014 by merging two local chains, Pim Markets "
        "and Dale Stores, and the group later acquired Quayfare.",
        [],
        [("pim-markets", "OWNS", "quayfare"), ("dale-stores", "OWNS", "quayfare")],
    ),
    (  # food: "formed C by combining A with B, and the company later bought D"
        "Talla Capital formed Brenmoor Foods in 2019 by combining Ostrel Bakes with Fenwick "
        "Mills, and the company later bought Harlo Pies.",
        [("brenmoor-foods", "OWNS", "harlo-pies")],
        [("ostrel-bakes", "OWNS", "harlo-pies"), ("talla-capital", "OWNS", "harlo-pies")],
    ),
    (  # media: a kind noun after "created C by merging ..."
        "Quillex Media created Orrin Radio last year by merging three local stations; the "
        "broadcaster now owns Kell FM.",
        [("orrin-radio", "OWNS", "kell-fm")],
        [("quillex-media", "OWNS", "kell-fm")],
    ),
    (  # must still give: "by merging" with no firm built (its own teams)
        "Varnby Homes grew by merging its two sales teams, and the company later bought Pellam "
        "Estates.",
        [("varnby-homes", "OWNS", "pellam-estates")],
        [],
    ),
    (  # must still give: one firm in the paragraph
        "Pellmoor Doors makes oven doors. The company was founded by Ana Roe.",
        [("ana-roe", "FOUNDED", "pellmoor-doors")],
        [],
    ),
    (  # must still give: "the group, formed in 2017" in a one-firm article
        "Pellmoor Doors makes oven doors. The group, formed in 2017, was founded by Ann Dee.",
        [("ann-dee", "FOUNDED", "pellmoor-doors")],
        [],
    ),
    (  # must still give: co-founder of the firm, runs it as CEO
        "Dr Ana Roe, a co-founder of the firm in 2012, now runs Skelby Labs as chief executive.",
        [("ana-roe", "LEADS", "skelby-labs")],
        [],
    ),
]

PLACES: list[Case] = [
    (  # farming: a river is no cooperative
        "Kelso Farms grows apples along the Tarrow River. The cooperative was founded by Ann "
        "Dee in 1950.",
        [("ann-dee", "FOUNDED", "kelso-farms")],
        [("ann-dee", "FOUNDED", "tarrow-river")],
    ),
    (  # food: a street is no company
        "Halden Bakeries opened a cafe on Fenby Street. The company was founded by Ivo Rask.",
        [("ivo-rask", "FOUNDED", "halden-bakeries")],
        [("ivo-rask", "FOUNDED", "fenby-street")],
    ),
    (  # water: a river named head first, typed a firm, is no "the company"
        "Kelso Growers had a good year. The River Tarrow flooded in May. The company was "
        "founded by Ann Dee in 1950.",
        [("ann-dee", "FOUNDED", "kelso-growers")],
        [("ann-dee", "FOUNDED", "river-tarrow")],
    ),
    (  # must still give: a firm whose name holds a road word before its head
        "Fenby Road Hauliers moves grain. The company was founded by Ivo Rask.",
        [("ivo-rask", "FOUNDED", "fenby-road-hauliers")],
        [],
    ),
    (  # must still give: "Riverside" is no river
        "Riverside Foods makes soups. The company was founded by Pia Moss.",
        [("pia-moss", "FOUNDED", "riverside-foods")],
        [],
    ),
]

BANK = SECTOR_HEADS + SECTOR_GUARDS + MERGERS + PLACES
GAPS: dict[str, str] = {
    "Tarrow Group, a surf": "the appositive's head finder (type_cues `_head_after`) takes the "
    "first head noun ('school') of 'a surf school operator' as the firm's descriptor",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_definite16(case: Case) -> None:
    check(*case)
