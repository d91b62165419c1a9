"""Genre bank for plural references to two companies (round 15): "both", "both firms", "the two
companies", "the pair", "each of them" said one to six sentences after the pair, with a
holder, an owner, a pension plan or a trust named in between.

The shapes: (i) a third firm's appositive or relative ("X, a smaller seller that vies with
both ...", "X, itself a rival to each of them") after a takeover and a holder's view of it:
the buyer and the target, never the holder; (ii) "The two companies" / "The pair" opening a
sentence with cooperate / jointly own / compete, an owner or a trust named in between; (iii)
guards: a plural whose only candidates are a fund, trust or campaign beside one company gives
nothing. Must-still-give: a pair coordinated in the sentence itself or opening the sentence
before, and a buyer and target with no third party.

Each case is a short invented article (text, relations that must be found, relations that
must not be), across milling, retail, baking, shipping, airlines, chemicals, energy, media
and beds.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

THIRD_FIRM: list[Case] = [
    (  # milling: a relative on a third firm, a holder and a pension fund named in between
        "Pellmoor Mills agreed to take over Quaystone Flour for €300m on Monday. Fennick "
        "Capital, which owns 12% of Quaystone, supported the offer. The Ardley Pension Fund, "
        "another holder, has not said how it will vote. Lydale Milling, a regional miller that "
        "vies with both in the north, said it would ask the regulator to look at the deal.",
        [
            ("lydale-milling", "COMPETES_WITH", "pellmoor-mills"),
            ("lydale-milling", "COMPETES_WITH", "quaystone-flour"),
        ],
        [
            ("lydale-milling", "COMPETES_WITH", "ardley-pension-fund"),
            ("lydale-milling", "COMPETES_WITH", "fennick-capital"),
        ],
    ),
    (  # shipping: "which competes with both companies", the target's trust named in between
        "Tessel Lines agreed to take over Ormond Shipping. Ormond's owner, the Halvik Trust, "
        "agreed to sell. Brenn Freight, which competes with both companies on Baltic routes, "
        "complained.",
        [
            ("brenn-freight", "COMPETES_WITH", "tessel-lines"),
            ("brenn-freight", "COMPETES_WITH", "ormond-shipping"),
        ],
        [("brenn-freight", "COMPETES_WITH", "halvik-trust")],
    ),
    (  # baking: "itself a rival to each of them", the target's PE owner named in between
        "Brask Foods agreed to take over Hollin Bakeries. Hollin's owner, Kestwick Capital, "
        "will keep a small stake. Denholm Baking, itself a rival to each of them, said it "
        "would not bid.",
        [
            ("denholm-baking", "COMPETES_WITH", "brask-foods"),
            ("denholm-baking", "COMPETES_WITH", "hollin-bakeries"),
        ],
        [("denholm-baking", "COMPETES_WITH", "kestwick-capital")],
    ),
    (  # retail: a pension plan backing the bid, then a smaller chain
        "Brisco Stores agreed to buy Hathel Markets for £80m. The Corran Pension Plan, Hathel's "
        "biggest holder, backed the bid. Mercy Grocers, a smaller chain that competes with both "
        "firms in Wales, said prices would rise.",
        [
            ("mercy-grocers", "COMPETES_WITH", "brisco-stores"),
            ("mercy-grocers", "COMPETES_WITH", "hathel-markets"),
        ],
        [("mercy-grocers", "COMPETES_WITH", "corran-pension-plan")],
    ),
    (  # media: the target's family trust and a regulator named in between
        "Orvane Media agreed to acquire Kilby Radio. The Marsh Family Trust, which controls "
        "Kilby, said it would accept. Pendle Broadcasting, which competes with both in the "
        "Midlands, "
        "asked for a review.",
        [
            ("pendle-broadcasting", "COMPETES_WITH", "orvane-media"),
            ("pendle-broadcasting", "COMPETES_WITH", "kilby-radio"),
        ],
        [("pendle-broadcasting", "COMPETES_WITH", "the-marsh-family-trust")],
    ),
]

THE_TWO: list[Case] = [
    (  # glass: the target's owner (a plain group) named in between: the buyer and the target
        "Fenwick Glass agreed to buy Arlo Glazing. Arlo's owner, Dunmore Group, will keep a "
        "small stake. Sallowby Frames, which competes with both firms, objected.",
        [
            ("sallowby-frames", "COMPETES_WITH", "fenwick-glass"),
            ("sallowby-frames", "COMPETES_WITH", "arlo-glazing"),
        ],
        [("sallowby-frames", "COMPETES_WITH", "dunmore-group")],
    ),
    (  # airlines: "The two airlines" after a buyout, a trust and a place named in between
        "Varne Air agreed to buy Coastline Airways for £120m. The Harwick Trust, which holds "
        "30% of Coastline, backed the sale. Officials in Brenmouth welcomed the plan. The two "
        "airlines compete on routes to Spain.",
        [("varne-air", "COMPETES_WITH", "coastline-airways")],
        [
            ("the-harwick-trust", "COMPETES_WITH", "coastline-airways"),
            ("the-harwick-trust", "COMPETES_WITH", "varne-air"),
        ],
    ),
    (  # chemicals: "The pair" after an owner sentence (no deal of two companies)
        "Obrey Plastics works with Tamsett Resins on coatings. Tamsett is itself controlled by "
        "Grisdale Partners, a private equity firm. The pair have cooperated on a resin for boat "
        "hulls since 2021.",
        [],
        [("grisdale-partners", "PARTNERS_WITH", "tamsett-resins")],
    ),
    (  # chemicals: "The two companies" with a PE owner named between the sides of a purchase
        "Obrey Plastics bought Tamsett Resins in 2021. Obrey is itself controlled by Grisdale "
        "Partners, a private equity firm. The two companies have cooperated on a resin for boat "
        "hulls ever since.",
        [],
        [
            ("grisdale-partners", "PARTNERS_WITH", "tamsett-resins"),
            ("grisdale-partners", "PARTNERS_WITH", "obrey-plastics"),
        ],
    ),
    (  # energy: "jointly own" after a trust owner sentence: never the trust's site
        "Tarvo Chemicals agreed to buy Melk Polymers. Melk is owned by the Orrin Family Trust. "
        "The two firms will jointly own a plant in Kellford.",
        [],
        [("orrin-family-trust", "LOCATED_IN", "kellford")],
    ),
]

GUARDS: list[Case] = [
    (  # guard: a side of the deal and a firm it sued, named together after it: not the deal
        "Corvel Paper agreed to buy Lissom Pulp. Lissom later sued Drayton Mills over a "
        "contract. The two firms compete for forestry land.",
        [("lissom-pulp", "COMPETES_WITH", "drayton-mills")],
        [("corvel-paper", "COMPETES_WITH", "lissom-pulp")],
    ),
    (  # guard: only a company and a campaign in view: nothing
        "Dalby Foods raised milk prices. The Fair Milk Campaign attacked the move. Ostrel "
        "Dairies, which competes with both, kept its prices.",
        [],
        [
            ("ostrel-dairies", "COMPETES_WITH", "fair-milk-campaign"),
            ("ostrel-dairies", "COMPETES_WITH", "dalby-foods"),
        ],
    ),
    (  # guard: a pension fund and one company: "the two firms" names neither pair
        "The Kessel Pension Fund sold its stake in Arden Glass. Analysts said the two firms "
        "compete with Morrow Glass.",
        [],
        [
            ("kessel-pension-fund", "COMPETES_WITH", "morrow-glass"),
            ("kessel-pension-fund", "COMPETES_WITH", "arden-glass"),
        ],
    ),
]

GUARDS += [
    (  # guard: "A owns B" is no takeover, and the trust in view is no company: nothing
        "Harlow Steel owns Kemp Wire. The Vance Trust holds 20% of Kemp. Rolby Metals, which "
        "competes with both companies, said it would not bid.",
        [],
        [("rolby-metals", "COMPETES_WITH", "the-vance-trust")],
    ),
]

STILL: list[Case] = [
    (  # the pair coordinated in the sentence itself
        "Pellmoor Mills and Quaystone Flour compete closely in flour, the regulator found.",
        [("pellmoor-mills", "COMPETES_WITH", "quaystone-flour")],
        [],
    ),
    (  # the pair opening the sentence before
        "Slepton Beds and Dormwell Sleep reported higher sales. The two firms vie directly in "
        "cooling mattresses.",
        [("slepton-beds", "COMPETES_WITH", "dormwell-sleep")],
        [],
    ),
    (  # the pair opening the sentence before, two investment firms (no outsider filter)
        "Vell Capital and Orbit Partners hold stakes in Tarn Robotics. The two firms have long "
        "competed for deals in robotics.",
        [("vell-capital", "COMPETES_WITH", "orbit-partners")],
        [],
    ),
    (  # a bare "both" naming two funds of a round (both outsiders: kept)
        "Tarn Robotics raised €5m from Vell Capital and Orbit Ventures last week. Both also "
        "invest in Kesh Motors.",
        [("vell-capital", "FUNDS", "kesh-motors"), ("orbit-ventures", "FUNDS", "kesh-motors")],
        [],
    ),
    (  # buyer and target with no third party
        "Quillex Foods agreed to acquire Tarvick Dairies. Ostrel Trading, a Wexbury "
        "distributor, which vies with both firms for farms, objected.",
        [
            ("ostrel-trading", "COMPETES_WITH", "quillex-foods"),
            ("ostrel-trading", "COMPETES_WITH", "tarvick-dairies"),
        ],
        [],
    ),
    (  # a stake sentence in between names no outsider: the deal's sides still
        "Harlow Steel agreed to buy Kemp Wire. Kemp's main customer is Dunmore Cable. Rolby "
        "Metals, a rival of both companies, said it would not bid.",
        [
            ("rolby-metals", "COMPETES_WITH", "harlow-steel"),
            ("rolby-metals", "COMPETES_WITH", "kemp-wire"),
        ],
        [],
    ),
]

BANK = THIRD_FIRM + THE_TWO + GUARDS + STILL
GAPS: dict[str, str] = {
    "Corvel Paper agreed to buy": "a side of the last takeover and another firm named together "
    "after it give way to the deal's sides (kept: limiting that to the side's owner cost "
    "blind13 0.003 of precision)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_plural15(case: Case) -> None:
    check(*case)
