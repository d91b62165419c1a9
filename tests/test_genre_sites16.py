"""Genre bank for sites, venues and facilities said away from the firm's name (round 16): a
named site in a relative of standing or lying ("X, which stands next to the old cathedral in
T"), the biggest of a firm's plural sites ("its 12 depots, the biggest of them being in T"),
a named facility under construction by a builder in a place, a project appositive whose head
carries a sum ("the £30m scheme to swap buses in T"), the second town of a firm's contact or
call centres ("the firm's contact centres in T1 and T2").

Each case is a short invented article across retail, freight, water, transport, banking,
insurance, food, energy, property and leisure. Guards: customers' sites the firm serves, a
region after "owner of ... estates", sites a remedy says will be sold, another firm's depots,
a ranking of others' sites, "stands to gain", a standing of shares, a bid for land not yet held.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

STANDING: list[Case] = [
    (  # property: "X, which stands next to a landmark in T"
        "Kelmar Yard, which stands next to the old cathedral in Ostrel, will hold a cafe too.",
        [("kelmar-yard", "LOCATED_IN", "ostrel")],
        [],
    ),
    (  # leisure: "sits beside"
        "The Brisk Lido project, which sits beside the ring road in Varnby, won a grant this year.",
        [("brisk-lido", "LOCATED_IN", "varnby")],
        [],
    ),
    (  # energy: "lies on the edge of a moor near T"
        "Harrow Solar Park, which lies on the edge of a moor near Tolby, will open in May.",
        [("harrow-solar-park", "LOCATED_IN", "tolby")],
        [],
    ),
    (  # retail: "stands at the corner of two streets in T"
        "Orlo Market, which stands at the corner of two busy streets in Pardoe, draws 4,000 "
        "shoppers a day.",
        [("orlo-market", "LOCATED_IN", "pardoe")],
        [],
    ),
]

STANDING_GUARDS: list[Case] = [
    (  # "stands to gain": no site
        "Quarry Capital, which stands to gain from new homes in Lenby, backed the plan.",
        [],
        [("quarry-capital", "LOCATED_IN", "lenby")],
    ),
    (  # a standing of shares
        "Tessel Bank, which stands at 12% below its peak after losses in Carlow, cut jobs.",
        [],
        [("tessel-bank", "LOCATED_IN", "carlow")],
    ),
    (  # "stands by" a decision
        "Velt Media, which stands by its report on the strike in Harnby, denied the claim.",
        [],
        [("velt-media", "LOCATED_IN", "harnby")],
    ),
]

RANKED: list[Case] = [
    (  # freight: "to F's N depots, the biggest of them being in T"
        "Rolby Parts ships its goods to Tessel Freight's eight national depots, the largest of "
        "them being in Wexham.",
        [("tessel-freight", "LOCATED_IN", "wexham")],
        [("rolby-parts", "LOCATED_IN", "wexham")],
    ),
    (  # food: "runs N bakeries, the biggest of which is in T"
        "Marrow Foods runs nine bakeries, the biggest of which is in Harnby.",
        [("marrow-foods", "LOCATED_IN", "harnby")],
        [],
    ),
    (  # retail: "its N stores, the largest of them in T"
        "Pellam Stores said its 14 stores, the largest of them in Corran, would stay open.",
        [("pellam-stores", "LOCATED_IN", "corran")],
        [],
    ),
    (  # water: "operates N plants, the biggest lying in T"
        "Ostby Water operates five treatment plants, the biggest one lying in Dunby.",
        [("ostby-water", "LOCATED_IN", "dunby")],
        [],
    ),
]

RANKED_MORE: list[Case] = [
    (  # leisure: "its N hotels, the biggest of them in T"
        "Marra Holdings said its six hotels, the biggest of them in Pardoe, were full.",
        [("marra-holdings", "LOCATED_IN", "pardoe")],
        [],
    ),
    (  # retail: "has N outlets, the busiest of which is in T"
        "Velby Coffee has 30 outlets, the busiest of which is in Orrel.",
        [("velby-coffee", "LOCATED_IN", "orrel")],
        [],
    ),
]

RANKED_GUARDS: list[Case] = [
    (  # customers' sites
        "Kessel Medical supplies 30 hospitals, the biggest of them in Lenby.",
        [],
        [("kessel-medical", "LOCATED_IN", "lenby")],
    ),
    (  # sites bid for, not held
        "Orvel Foods bid for three mills, the largest of them in Tarby.",
        [],
        [("orvel-foods", "LOCATED_IN", "tarby")],
    ),
    (  # a ranking of others' sites
        "Halden Steel is among the ten biggest makers, the largest of them in Pusan.",
        [],
        [("halden-steel", "LOCATED_IN", "pusan")],
    ),
]

FACILITIES: list[Case] = [
    (  # water: "a plant under construction by the partners' JV in T"
        "Ostby Water has put £4m into the Tarnfield Hub, a plant under construction by the "
        "partners' joint venture in Lenby that will clean river water.",
        [("tarnfield-hub", "LOCATED_IN", "lenby")],
        [],
    ),
    (  # transport: "the £30m scheme to swap buses in T"
        "The Morrow Loop, the £30m scheme to swap diesel buses in Kessby for electric ones, won "
        "backing from the council.",
        [("morrow-loop", "LOCATED_IN", "kessby")],
        [],
    ),
    (  # banking: "the firm's contact centres in T1 and T2"
        "Tessmoor Insurance employs 900 people. The firm's contact centres in Dunby and Orrel "
        "will take the calls.",
        [
            ("tessmoor-insurance", "LOCATED_IN", "dunby"),
            ("tessmoor-insurance", "LOCATED_IN", "orrel"),
        ],
        [],
    ),
    (  # banking: "X's call centres in T1 and T2"
        "Carrow Bank will shut 20 branches. Customers will be served by Carrow Bank's call "
        "centres in Brisby and Carlow.",
        [("carrow-bank", "LOCATED_IN", "brisby"), ("carrow-bank", "LOCATED_IN", "carlow")],
        [],
    ),
    (  # already read: the group's offices in T1 and T2
        "Dunmarra Logistics employs 400 people at its offices in Tolby and Harrowden.",
        [
            ("dunmarra-logistics", "LOCATED_IN", "tolby"),
            ("dunmarra-logistics", "LOCATED_IN", "harrowden"),
        ],
        [],
    ),
    (  # already read: a coming outlet 20 words from the firm
        "Pellmoor Bakeries, which was set up by two sisters in 2015, said on Monday that it "
        "would open its fourth outlet in a disused chapel in Garrow next year after raising £2m.",
        [("pellmoor-bakeries", "LOCATED_IN", "garrow")],
        [],
    ),
]

FOOTPRINT_GUARDS: list[Case] = [
    (  # customers' plants
        "Lanner Gas serves plants in Ostrel, Brisk and Tolby.",
        [],
        [("lanner-gas", "LOCATED_IN", "ostrel"), ("lanner-gas", "LOCATED_IN", "brisk")],
    ),
    (  # unowned shopping centres: others' sites
        "Rents at shopping centres in Varnby fell, Quell Property said.",
        [],
        [("quell-property", "LOCATED_IN", "varnby")],
    ),
    (  # a remedy: sites to be sold
        "Grendel Foods must sell its sites in Ostrel and Brisk to win approval for the deal.",
        [],
        [("grendel-foods", "LOCATED_IN", "ostrel"), ("grendel-foods", "LOCATED_IN", "brisk")],
    ),
    (  # a remedy: the plant it agreed to divest
        "To win approval, Harnby Cement agreed to divest its plant in Corran.",
        [],
        [("harnby-cement", "LOCATED_IN", "corran")],
    ),
    (  # another firm's depot
        "Velt Freight said the rival's depot in Brisk had closed; Velt runs its trucks from Kell.",
        [],
        [("velt-freight", "LOCATED_IN", "brisk")],
    ),
]

PITS: list[Case] = [
    (  # mining: "which runs the copper pit at T" in a relative
        "Jobs are scarce in the town of Tolby. Halvik Mining, which runs the copper pit at Tolby "
        "and hopes to expand, said output rose.",
        [("halvik-mining", "LOCATED_IN", "tolby")],
        [],
    ),
    (  # aggregates: "operates a gravel pit in T"
        "Dorne Aggregates operates a gravel pit in Lessby and a depot in Carrow.",
        [
            ("dorne-aggregates", "LOCATED_IN", "lessby"),
            ("dorne-aggregates", "LOCATED_IN", "carrow"),
        ],
        [],
    ),
    (  # energy: a project started as a unit at its T works is in T as well
        "The Fennick Cell scheme, which Strand Energy started in 2019 as a trial unit at its "
        "Dorley works, now powers 200 homes.",
        [("fennick-cell", "LOCATED_IN", "dorley"), ("strand-energy", "LOCATED_IN", "dorley")],
        [],
    ),
    (  # chemicals: "the Orbis Loop project, which Kesti set up at its T plant"
        "The Orbis Loop project, which Kesti Chemicals set up at its Wendle plant last year, "
        "recycles solvents.",
        [("orbis-loop", "LOCATED_IN", "wendle"), ("kesti-chemicals", "LOCATED_IN", "wendle")],
        [],
    ),
]

PIT_GUARDS: list[Case] = [
    (  # a pit the firm supplies: served
        "Jobs are scarce in the town of Tolby. Brenna Tyres supplies the copper pit at Tolby "
        "with truck tyres.",
        [],
        [("brenna-tyres", "LOCATED_IN", "tolby")],
    ),
    (  # a region after "owner of ... estates"
        "Hagby Invest, owner of a dozen estates in Norland, bought a farm last year.",
        [],
        [("hagby-invest", "LOCATED_IN", "norland")],
    ),
]

REMEDY_KEEPS: list[Case] = [
    (  # must still give: a plant it kept after selling another
        "Harnby Cement sold its quarry last year and now runs its plant in Corran.",
        [("harnby-cement", "LOCATED_IN", "corran")],
        [],
    ),
    (  # must still give: selling goods from its own plant
        "Tolvo Dairy sells cheese from its plant in Ashby.",
        [("tolvo-dairy", "LOCATED_IN", "ashby")],
        [],
    ),
]

BANK = (
    STANDING
    + STANDING_GUARDS
    + RANKED
    + RANKED_MORE
    + RANKED_GUARDS
    + FACILITIES
    + FOOTPRINT_GUARDS
    + PITS
    + PIT_GUARDS
    + REMEDY_KEEPS
)
GAPS: dict[str, str] = {
    "Velt Freight said the rival's": "the definite NP 'the rival' is bound to the salient firm, "
    "the sentence's own subject (definite-NP binder, definite16's area, not a site rule)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_sites16(case: Case) -> None:
    check(*case)
