"""Genre bank for a firm named by its leading words alone (round 31).

A sentence is read alone, so a company's leading words written alone may look like a street
("Larkmoor Road's chief executive"), a demonym ("Berliner has owned") or a compass word
("accused Northwester of"). When the same words open one organization's full name in the
article, they are that company, whether the short form comes after the full name or before it.
Guards: the words after a preposition of place are the street; words opening two firms' names
stand for neither; a person's surname stays the person; a nationality's form is an adjective.

Invented texts across bakeries, insurance, freight, sawmills, coffee shops, food logistics,
flour milling, tiles and optics.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SHORT: list[Case] = [
    (  # bakery: a street-like short form with a possessive
        "Larkmoor Road Bakeries, a family-run chain of forty shops, agreed to buy Pellow Mills "
        "for £30m on Monday. Larkmoor Road's chief executive, Ines Vell, said the mill would "
        "supply every shop from next spring.",
        [("ines-vell", "LEADS", "larkmoor-road-bakeries")],
        [],
    ),
    (  # freight: a one-word short form that reads as a demonym alone
        "Berliner Frachtdienst carried more parcels than ever in the autumn. Berliner has owned "
        "the courier Ostwald Express since 2020 and plans two new depots.",
        [("berliner-frachtdienst", "OWNS", "ostwald-express")],
        [],
    ),
    (  # sawmills: the short form comes before the full name
        "The Forest Workers Union accused Northwester of cutting night shifts. Northwester "
        "Timber, which runs four sawmills, said the shifts would return in March.",
        [("the-forest-workers-union", "DISPUTES", "northwester-timber")],
        [],
    ),
    (  # guard: insurance, a short form the sentence reading already keeps
        "Quarry Lane Mutual reported higher premiums for the year. Quarry Lane has owned the "
        "broker Fenwick Cover since 2019 and plans to open six branches.",
        [("quarry-lane-mutual", "OWNS", "fenwick-cover")],
        [],
    ),
    (  # guard: tiles, a nationality's form kept as the sentence reads it
        "Castilian Tiles opened a second kiln in Toledo. Castilian's chief executive, Brielle "
        "Pell, said exports had doubled.",
        [("brielle-pell", "LEADS", "castilian-tiles")],
        [],
    ),
    (  # guard: coffee shops, the words after a preposition of place are the street
        "Ysolde Lund owns a coffee shop on Pellow Street. Pellow Street Capital, a fund run by "
        "Omar Kade, bought a stake in the bakery chain Brindle Loaf last year.",
        [],
        [("ysolde-lund", "OWNS", "pellow-street-capital")],
    ),
    (  # guard: food logistics, words opening two firms' names stand for neither
        "Harnett Road Foods and Harnett Road Logistics were split in 2021. Harnett Road's chief "
        "executive, Mona Birch, said the split had worked.",
        [],
        [
            ("mona-birch", "LEADS", "harnett-road-foods"),
            ("mona-birch", "LEADS", "harnett-road-logistics"),
        ],
    ),
    (  # guard: flour milling, a founder's surname stays the person
        "Ann Holt founded Holt Flour Mills in 1998. Holt said on Friday that she would retire, "
        "and the mill's buyer, Cressy Grain, named a new chief.",
        [("ann-holt", "FOUNDED", "holt-flour-mills")],
        [],
    ),
    (  # optics: a short form the sentence already keeps
        "Marrow Lane Optics supplies lenses to opticians. Its rival Jessop Vision announced "
        "that it had sued Marrow Lane over a coating patent.",
        [("jessop-vision", "DISPUTES", "marrow-lane-optics")],
        [],
    ),
    (  # bakery: the short form after "in" is taken for the street (the guard's cost)
        "Larkmoor Road Bakeries runs forty shops in the north. Last year the grain trader "
        "Cressy Grain took a 20% holding in Larkmoor Road for £4m.",
        [("cressy-grain", "OWNS", "larkmoor-road-bakeries")],
        [],
    ),
]

# mend31c: a short form before a lower-case noun is a modifier ("Orchard growers sued X": the
# growers sued), an ordinary word or a demonym opening a sentence is the word, a known place is
# the place; the reviewer's sentences and variants in other sectors
MODIFIED: list[Case] = [
    (  # cider: a dictionary word before a plural of people
        "Orchard Lane Ciders was bought by Bramley Drinks. Orchard growers sued Bramley Drinks "
        "over late payments.",
        [("bramley-drinks", "OWNS", "orchard-lane-ciders")],
        [("orchard-lane-ciders", "DISPUTES", "bramley-drinks")],
    ),
    (  # cider: the same after an opening quote mark
        'Orchard Lane Ciders was bought by Bramley Drinks. "Orchard growers sued Bramley '
        'Drinks," said Ivo Pratt.',
        [],
        [("orchard-lane-ciders", "DISPUTES", "bramley-drinks")],
    ),
    (  # seeds
        "Pioneer Valley Seeds signed a deal with Agrow. Pioneer farmers sued Agrow last year.",
        [],
        [("pioneer-valley-seeds", "DISPUTES", "agrow")],
    ),
    (  # jewellery: traders
        "Diamond Creek Jewelers bought Facet Gems. Diamond traders sued Facet Gems in Antwerp.",
        [],
        [("diamond-creek-jewelers", "DISPUTES", "facet-gems")],
    ),
    (  # jewellery: miners and a rivalry verb
        "Diamond Creek Jewelers bought Facet Gems. Diamond miners compete with Facet Gems for "
        "workers.",
        [],
        [("diamond-creek-jewelers", "COMPETES_WITH", "facet-gems")],
    ),
    (  # bakery: a street-like short form used as the place
        "Larkmoor Road Bakeries bought Keel Mill. Larkmoor Road residents sued Keel Mill over "
        "noise.",
        [],
        [("larkmoor-road-bakeries", "DISPUTES", "keel-mill")],
    ),
    (  # advisers: a currency word before holders
        "Sterling Point Advisers advised Larch Homes. Sterling bondholders sued Larch Homes.",
        [],
        [("sterling-point-advisers", "DISPUTES", "larch-homes")],
    ),
    (  # snacks: an adjective before a job
        "General Foods Corporation bought Kettle Snacks. General managers at Kettle Snacks sued "
        "the firm.",
        [],
        [("general-foods-corporation", "DISPUTES", "kettle-snacks")],
    ),
    (  # private equity: a metal before miners
        "Silver Lake Partners bought Quartz Labs. Silver miners sued Quartz Labs.",
        [],
        [("silver-lake-partners", "DISPUTES", "quartz-labs")],
    ),
    (  # oil: a state's demonym before ranchers
        "Texan Oil Partners bought Permian Pipes. Texan ranchers sued Permian Pipes.",
        [],
        [("texan-oil-partners", "DISPUTES", "permian-pipes")],
    ),
    (  # oil: a state's demonym before regulators
        "Texan Oil Partners bought Permian Pipes. Texan regulators fined Permian Pipes.",
        [],
        [("texan-oil-partners", "DISPUTES", "permian-pipes")],
    ),
    (  # seafood
        "Alaskan Seafood Holdings bought Kodiak Catch. Alaskan fishermen sued Kodiak Catch.",
        [],
        [("alaskan-seafood-holdings", "DISPUTES", "kodiak-catch")],
    ),
    (  # hotels: a city's demonym
        "Londoner Hotels Group bought Thames Inns. Londoner readers sued Thames Inns.",
        [],
        [("londoner-hotels-group", "DISPUTES", "thames-inns")],
    ),
    (  # water: a county opening the name, used as the county
        "Yorkshire Water Services bought Dales Pipes. Yorkshire farmers sued Dales Pipes.",
        [],
        [("yorkshire-water-services", "DISPUTES", "dales-pipes")],
    ),
    (  # orchards: a county with no other mention
        "Kent Valley Orchards bought Weald Juice. Kent farmers sued Weald Juice.",
        [],
        [("kent-valley-orchards", "DISPUTES", "weald-juice")],
    ),
    (  # flour: an invented place-like word before growers
        "Kettleby Foods bought Pell Flour. Kettleby growers sued Pell Flour.",
        [],
        [("kettleby-foods", "DISPUTES", "pell-flour")],
    ),
    (  # metals (variant): a metal before refiners
        "Copper Ridge Metals bought Orla Smelting. Copper refiners sued Orla Smelting over a "
        "supply contract.",
        [],
        [("copper-ridge-metals", "DISPUTES", "orla-smelting")],
    ),
    (  # coffee (variant): a crop before importers and a rivalry verb
        "Cocoa Coast Trading bought Ashanti Beans. Cocoa importers compete with Ashanti Beans "
        "for supply.",
        [],
        [("cocoa-coast-trading", "COMPETES_WITH", "ashanti-beans")],
    ),
    (  # shipping (variant): a singular job noun after the short form, the person leads no firm
        "Diamond Creek Jewelers bought Facet Gems. Diamond dealer Rui Sa, who runs Facet Gems, "
        "said prices fell.",
        [],
        [("rui-sa", "LEADS", "diamond-creek-jewelers")],
    ),
    (  # guard, freight (variant): a short form before its own verb stays the firm
        "Harrowgate Line Freight reported record volumes. Harrowgate Line bought the haulier "
        "Dunmore Trucks in May.",
        [("harrowgate-line-freight", "OWNS", "dunmore-trucks")],
        [],
    ),
]

BANK = SHORT + MODIFIED
GAPS: dict[str, str] = {
    "Larkmoor Road Bakeries runs": "a stake 'in' a firm's street-like short form: read as a place",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_aliases31(case: Case) -> None:
    check(*case)
