"""Genre bank for places of projects named in an appositive with a purpose clause (round 14):
"Project Ember, a pilot to bake bricks with hydrogen on a plot in Tolvo", "the Delta Lane
Project, a scheme to widen the canal near Pruss", "Brightway Loop, a plan to add bus lanes
across Colvenham": the place later in the appositive is where the project is.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across energy, transport, water, housing, farming, mining and retail. Guards: a firm's
purpose ("a fund to buy shops in C"), no named project ("a plan to cut bills near C"), another
name in the clause ("a scheme to supply Kessel Foods in C"), a place past the clause's end, a
firm that sells in a town, a fund based in a town.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PROJECTS: list[Case] = [
    (  # energy: pilot, purpose clause, ground before the place
        "Pelltrin and Ausberg jointly back Project Cinder, a pilot to make glass with solar "
        "heat on a site in Varrow.",
        [("project-cinder", "LOCATED_IN", "varrow")],
        [("pelltrin", "LOCATED_IN", "varrow")],
    ),
    (  # water: "scheme to ... near"
        "The agency funded the Redmoor Canal Project, a 40m scheme to deepen the channel near "
        "Stenby.",
        [("redmoor-canal-project", "LOCATED_IN", "stenby")],
        [],
    ),
    (  # transport: "across"
        "The council backs Brightway Loop, a plan to add bus lanes across Colvenham.",
        [("brightway-loop", "LOCATED_IN", "colvenham")],
        [],
    ),
    (  # housing: programme with "that"
        "Tarrant Homes leads the Greenrow Initiative, a programme that will refit old flats in "
        "Moxley.",
        [("greenrow-initiative", "LOCATED_IN", "moxley")],
        [("tarrant-homes", "LOCATED_IN", "moxley")],
    ),
    (  # farming: subject position, "in the town of"
        "Project Harrowgate, a trial to grow wheat on terraces in the market town of "
        "Dunsby, starts in May.",
        [("project-harrowgate", "LOCATED_IN", "dunsby")],
        [],
    ),
    (  # mining: "outside"
        "Kelso Metals will run Project Bluevein, a venture to reopen old shafts outside Carrowick.",
        [("project-bluevein", "LOCATED_IN", "carrowick")],
        [("kelso-metals", "LOCATED_IN", "carrowick")],
    ),
    (  # retail: "for" purpose, two modifiers
        "Vantora Grocers set up Project Larder, a small two-year effort for cutting food waste "
        "in Brisko.",
        [("project-larder", "LOCATED_IN", "brisko")],
        [("vantora-grocers", "LOCATED_IN", "brisko")],
    ),
    (  # telecoms: "close to" (the place after "close to" is typed Organization)
        "Orlo Networks funds Project Skyreach, a pilot to test rooftop masts close to Halmer.",
        [("project-skyreach", "LOCATED_IN", "halmer")],
        [],
    ),
]

SITES: list[Case] = [
    (  # retail: object relative with an appositive on its subject, then the site verb
        "Norvika, which Tamsell, a Gravfield fund, controls, runs a warehouse in Brisko.",
        [("norvika", "LOCATED_IN", "brisko")],
        [("tamsell", "LOCATED_IN", "brisko")],
    ),
    (  # rail: "the" appositive inside the relative clause
        "Halvern Rail, which Corbel, the Danish group, owns, runs a depot in Ferrow.",
        [("halvern-rail", "LOCATED_IN", "ferrow")],
        [("corbel", "LOCATED_IN", "ferrow")],
    ),
    (  # food: the relative clause has its own adverbial
        "Dellamy Foods, which Orrin Capital, a private equity firm, bought in 2019, operates a "
        "bakery in Kestwick.",
        [("dellamy-foods", "LOCATED_IN", "kestwick")],
        [("orrin-capital", "LOCATED_IN", "kestwick")],
    ),
    (  # food: a whose-clause with a passive between the firm and its site verb
        "Kollet Mills, whose Sunrise cereal is sold by most grocers, runs a mill in Dabrow.",
        [("kollet-mills", "LOCATED_IN", "dabrow")],
        [],
    ),
    (  # farming: a whose-clause naming a second firm
        "Pell Dairy, whose owner sold a stake to Orrin Capital, runs a creamery in Ashby.",
        [("pell-dairy", "LOCATED_IN", "ashby")],
        [("orrin-capital", "LOCATED_IN", "ashby")],
    ),
    (  # energy: a whose-clause, "operates"
        "Brisa Solar, whose panels are made in Asia, operates a plant in Corrib.",
        [("brisa-solar", "LOCATED_IN", "corrib")],
        [],
    ),
    (  # industry: ", which" after a description with a city before its head noun
        "Most valves come from Ostrel, the Harlow maker, which built a plant in Dunsby in 2021.",
        [("ostrel", "LOCATED_IN", "dunsby")],
        [],
    ),
    (  # packaging: an adjective and a city before the head
        "The boxes are made by Pellam Packaging, the big Tarrow firm, which built a factory in "
        "Exley.",
        [("pellam-packaging", "LOCATED_IN", "exley")],
        [],
    ),
    (  # mining: plain relative, no appositive (already read)
        "Carrow Minerals, which Pell Partners controls, operates a smelter in Dunmarsh.",
        [("carrow-minerals", "LOCATED_IN", "dunmarsh")],
        [("pell-partners", "LOCATED_IN", "dunmarsh")],
    ),
]

EXAMPLES: list[Case] = [
    (  # retail: "among them" examples of the subject's stores, each town of the list
        "Norvika Foods runs 14 shops along the coast, among them two big stores in Brisko and "
        "Halmer.",
        [("norvika-foods", "LOCATED_IN", "brisko"), ("norvika-foods", "LOCATED_IN", "halmer")],
        [],
    ),
    (  # logistics: "including", three towns
        "Carrow Minerals operates nine depots, including warehouses in Dunmarsh, Exley and Moxley.",
        [
            ("carrow-minerals", "LOCATED_IN", "dunmarsh"),
            ("carrow-minerals", "LOCATED_IN", "exley"),
            ("carrow-minerals", "LOCATED_IN", "moxley"),
        ],
        [],
    ),
    (  # retail: the holder before an object relative with an appositive
        "Norvika Foods, which Tamsell, a Gravfield fund, controls, runs 14 shops along the "
        "coast, among them two big stores in Brisko and Halmer.",
        [("norvika-foods", "LOCATED_IN", "brisko"), ("norvika-foods", "LOCATED_IN", "halmer")],
        [("tamsell", "LOCATED_IN", "brisko"), ("tamsell", "LOCATED_IN", "halmer")],
    ),
    (  # retail: "outlets" as the example sites
        "Marlowe Stores runs 40 shops in the north, among them three outlets in Dunsby and "
        "Selmouth.",
        [("marlowe-stores", "LOCATED_IN", "dunsby"), ("marlowe-stores", "LOCATED_IN", "selmouth")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # guard: examples of depots being sold
        "Kessmet sells 9 depots, including warehouses in Arbury and Dolton.",
        [],
        [("kessmet", "LOCATED_IN", "arbury"), ("kessmet", "LOCATED_IN", "dolton")],
    ),
    (  # guard: stockists are customers, not sites
        "Tarrant Shoes has 30 stockists, including shops in Exley and Ashby.",
        [],
        [("tarrant-shoes", "LOCATED_IN", "exley")],
    ),
    (  # guard: customers in a town, after the same relative clause
        "Pashley Bank, which Ostrel, a Harlow fund, controls, sells loans to shops in Moxley.",
        [],
        [("pashley-bank", "LOCATED_IN", "moxley"), ("ostrel", "LOCATED_IN", "moxley")],
    ),
    (  # guard: customers in a town after a whose-clause
        "Tarrant Shoes, whose boots are sold by Marlowe Stores, sells them to shops in Exley.",
        [],
        [("tarrant-shoes", "LOCATED_IN", "exley"), ("marlowe-stores", "LOCATED_IN", "exley")],
    ),
    (  # guard: customers after a described relative
        "Supplies come from Kessel Foods, the Tarrow grocer, which sells bread to shops in Moxley.",
        [],
        [("kessel-foods", "LOCATED_IN", "moxley")],
    ),
    (  # guard: a sale after the same relative clause
        "Kessmet, which Orwell, a Tarn fund, controls, will sell its depots in Arbury to Pell "
        "Freight.",
        [],
        [("kessmet", "LOCATED_IN", "arbury"), ("orwell", "LOCATED_IN", "arbury")],
    ),
    (  # guard: a firm's purpose, not a project
        "Tamsell Capital, a fund to buy corner shops in Gravfield, raised 40m.",
        [],
        [("tamsell-capital", "LOCATED_IN", "gravfield")],
    ),
    (  # guard: no named project
        "Norvika Power unveiled a plan to cut bills for tenants near Pruss.",
        [],
        [("norvika-power", "LOCATED_IN", "pruss")],
    ),
    (  # guard: another name inside the clause
        "Project Harvest, a scheme to supply Kessel Foods in Ostrava, ends in June.",
        [],
        [("project-harvest", "LOCATED_IN", "ostrava")],
    ),
    (  # guard: the place is past the appositive's end
        "Project Tidewell, a plan to clean the estuary, was praised by a mayor in Selmouth.",
        [],
        [("project-tidewell", "LOCATED_IN", "selmouth")],
    ),
    (  # guard: a seller's sale in a town gives it no site
        "Kessmet will sell depots in Arbury and Dolton to Orwell Freight.",
        [],
        [("kessmet", "LOCATED_IN", "arbury")],
    ),
    (  # guard: the fund's base is not the controlled firm's
        "Norvika, which Brannock, a fund based in Pellworth, controls, said sales rose.",
        [("brannock", "LOCATED_IN", "pellworth")],
        [("norvika", "LOCATED_IN", "pellworth")],
    ),
]

BANK = PROJECTS + SITES + EXAMPLES + GUARDS
GAPS: dict[str, str] = {
    "Orlo Networks funds Project Skyreach": "a town after 'close to' gets no place vote (typed "
    "Organization by default), so there is no Location to link",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_places14(case: Case) -> None:
    check(*case)
