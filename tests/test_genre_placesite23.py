"""Genre bank for a firm's or project's place read from a site, founding or works clause
(round 23).

A site the firm has in a place, named in a clause around the firm, places it there: the owner
named after the site ("the cannery in C belongs to X"), an appositive on its own site ("its
first plant abroad, a works in C"), more sites in a relative clause after a first place ("X, a
group based in A, that also runs mills in B and C"), a site near or outside a town, the
founding place ("X, founded in C in 1968"), and a named project's appositive ("Y, a scheme of
400 homes in C"). A site only planned, denied or another's places no one.

Each case is a short invented text (relations that must be found, relations that must not be),
across food, glass, textiles, stone, cranes, housing, pottery, sailmaking, brewing, bells and
logistics.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SITE_CLAUSE: list[Case] = [
    (  # food: the owner named after its site
        "Merrow Foods makes soup. The cannery in Lerwick belongs to Merrow Foods, which bought "
        "it in 2011.",
        [("merrow-foods", "LOCATED_IN", "lerwick")],
        [],
    ),
    (  # steel: a passive owner after the site
        "Output rose again. The mill in Leeds is run by Tolland Steel.",
        [("tolland-steel", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # logistics: a passive owner, the place with its state
        "Rents fell. The warehouse in Boise, Idaho, is owned by Kestrel Freight.",
        [("kestrel-freight", "LOCATED_IN", "boise")],
        [],
    ),
    (  # glass: an appositive on the firm's own first plant abroad
        "Tessaly Glass has begun output at its first plant abroad, a 12,000 m² works in "
        "Oshawa, Canada.",
        [("tessaly-glass", "LOCATED_IN", "oshawa")],
        [],
    ),
    (  # brewing: the same appositive on "its newest brewery"
        "Halvard Ales opened its newest brewery, a small brewery in Tromso, on Monday.",
        [("halvard-ales", "LOCATED_IN", "tromso")],
        [],
    ),
    (  # guard: the owner's own verb still places it
        "Merrow Foods owns the plant in Lerwick.",
        [("merrow-foods", "LOCATED_IN", "lerwick")],
        [],
    ),
    (  # guard: a site denied places no one
        "Brantley Capital denied that it has a plant in Bergen.",
        [],
        [("brantley-capital", "LOCATED_IN", "bergen")],
    ),
    (  # guard: an owner named after a site only planned
        "The planned plant in Bergen is not owned by Brantley Capital.",
        [],
        [("brantley-capital", "LOCATED_IN", "bergen")],
    ),
    (  # guard: a former owner, with a time limit after it (review 23)
        "The dairy in Cork belonged to Arla Foods until 1998, when Glanbia bought it.",
        [],
        [("arla-foods", "LOCATED_IN", "cork")],
    ),
    (  # guard: "was owned by X before the war"
        "The cellar in Bordeaux was owned by Maison Vell before the war.",
        [],
        [("maison-vell", "LOCATED_IN", "bordeaux")],
    ),
    (  # guard: "was run by X till 2004"
        "The tannery in Leeds was run by Orvel Leather till 2004.",
        [],
        [("orvel-leather", "LOCATED_IN", "leeds")],
    ),
    (  # leather: a past owner with no limit still places it
        "The tannery in Leeds was run by Orvel Leather for a decade.",
        [("orvel-leather", "LOCATED_IN", "leeds")],
        [],
    ),
]

SITE_LIST: list[Case] = [
    (  # textiles: a relative clause adds sites after "based in"
        "Helvig Mills was bought in 2014 by Orsk Partners, a family-owned group based in Riga, "
        "Latvia, that also runs spinning mills in Chile and Tunisia.",
        [
            ("orsk-partners", "LOCATED_IN", "riga"),
            ("orsk-partners", "LOCATED_IN", "chile"),
            ("orsk-partners", "LOCATED_IN", "tunisia"),
        ],
        [("helvig-mills", "LOCATED_IN", "chile")],
    ),
    (  # flooring: "which by then ran" after a hyphenated place
        "Helvig Mills was sold in 2017 to Orsk Partners, the Ghent-based carpet maker, which "
        "by then ran a larger plant in Poznan.",
        [("orsk-partners", "LOCATED_IN", "ghent"), ("orsk-partners", "LOCATED_IN", "poznan")],
        [],
    ),
    (  # shipping: "which now operates terminals in A and B"
        "Dorrin Lines, a ferry group based in Bergen, which now operates terminals in Kiel and "
        "Gdansk, was sold to Talvik.",
        [("dorrin-lines", "LOCATED_IN", "kiel"), ("dorrin-lines", "LOCATED_IN", "gdansk")],
        [],
    ),
    (  # guard: a relative with its own site list
        "Helvig Mills, which runs mills in Chile and Tunisia, is owned by Orsk Partners.",
        [("helvig-mills", "LOCATED_IN", "chile"), ("helvig-mills", "LOCATED_IN", "tunisia")],
        [("orsk-partners", "LOCATED_IN", "chile")],
    ),
    (  # guard: the relative owns a firm, not a site
        "Orsk Partners, a group based in Riga, which also owns Helvig Mills in Chile, was sold.",
        [("orsk-partners", "LOCATED_IN", "riga")],
        [("orsk-partners", "LOCATED_IN", "chile")],
    ),
    (  # gravel: counted plants with an "including" list and a pronoun subject
        "Trelawn Gravel makes bagged gravel. It is the third-largest maker in Canada, with 18 "
        "plants, including large ones in Wichita and Boise, and 200 lorries.",
        [("trelawn-gravel", "LOCATED_IN", "wichita"), ("trelawn-gravel", "LOCATED_IN", "boise")],
        [("trelawn-gravel", "LOCATED_IN", "canada")],
    ),
]

PROJECT_SITE: list[Case] = [
    (  # housing: a scheme's appositive
        "The Harbour Row project, a scheme of about 400 homes in Riga, will be financed by "
        "Kessel Homes.",
        [("harbour-row", "LOCATED_IN", "riga"), ("kessel-homes", "FUNDS", "harbour-row")],
        [("kessel-homes", "LOCATED_IN", "riga")],
    ),
    (  # bells: the place after a building in the appositive
        "The Wendel Bells project, a set of six bells for the cathedral in Riga, was paid for "
        "by donors.",
        [("wendel-bells", "LOCATED_IN", "riga")],
        [],
    ),
    (  # energy: a wind farm's appositive
        "Tarrow Bank will lend to the Skerry Wind project, a wind farm of 40 turbines near Wick.",
        [("skerry-wind", "LOCATED_IN", "wick")],
        [],
    ),
    (  # guard: a copy of another thing in a place (review 23)
        "The Harbour Row project, a copy of the quay in Oslo, opens next year.",
        [],
        [("harbour-row", "LOCATED_IN", "oslo")],
    ),
    (  # guard: a model for other farms in a place
        "The Delta Wind project, a model for future farms in Kent, was built by Orvel.",
        [],
        [("delta-wind", "LOCATED_IN", "kent")],
    ),
    (  # guard: a replica
        "The Quay Park project, a replica of the old harbour in Oslo, opens next year.",
        [],
        [("quay-park", "LOCATED_IN", "oslo")],
    ),
    (  # guard: a comparison
        "The Quay Park project, a scheme like the one in Oslo, opens next year.",
        [],
        [("quay-park", "LOCATED_IN", "oslo")],
    ),
    (  # guard: a project built in a place
        "Ostby Homes is building the Harbour Row project in Riga.",
        [("harbour-row", "LOCATED_IN", "riga")],
        [("ostby-homes", "LOCATED_IN", "riga")],
    ),
    (  # heritage: a restoration named before its place
        "The Corvo Abbey restoration in Riga, paid for by Kessel Homes, starts in May.",
        [("corvo-abbey", "LOCATED_IN", "riga")],
        [],
    ),
    (  # roads: an agency's trial in a county
        "Lanes Wise, the agency's trial of smart signals in Orrin County, ends in June.",
        [("lanes-wise", "LOCATED_IN", "orrin-county")],
        [],
    ),
]

NEAR_OUTSIDE: list[Case] = [
    (  # cranes: a depot near a town
        "Vantor Hoists said it plans to test a new crane at its depot near Wichita.",
        [("vantor-hoists", "LOCATED_IN", "wichita")],
        [],
    ),
    (  # oil: a refinery outside a town
        "Pellam Oil said output at its refinery outside Tarrow rose by a tenth.",
        [("pellam-oil", "LOCATED_IN", "tarrow")],
        [],
    ),
    (  # freight: a yard near a town
        "Kestrel Freight will add 40 trucks to its yard near Nampa.",
        [("kestrel-freight", "LOCATED_IN", "nampa")],
        [],
    ),
    (  # stone: a quarry near a town
        "Granby Stone cuts slate at its quarry near Wichita.",
        [("granby-stone", "LOCATED_IN", "wichita")],
        [],
    ),
    (  # guard: a depot in a town
        "Vantor Hoists said it plans to test a new crane at its depot in Wichita.",
        [("vantor-hoists", "LOCATED_IN", "wichita")],
        [],
    ),
    (  # guard: a plant outside a town
        "Tessaly Glass melts sand at its plant outside Rijeka.",
        [("tessaly-glass", "LOCATED_IN", "rijeka")],
        [],
    ),
    (  # guard: a depot in a town that belongs to a client
        "Vantor Hoists won a contract to supply cranes to the depot in Wichita.",
        [],
        [("vantor-hoists", "LOCATED_IN", "wichita")],
    ),
    (  # stone: pits near two towns, after "from"
        "Granby Stone, which quarries slate from pits near Wichita and Boise, is owned by Elsa "
        "Morrow.",
        [("granby-stone", "LOCATED_IN", "wichita"), ("granby-stone", "LOCATED_IN", "boise")],
        [],
    ),
]

FOUNDED: list[Case] = [
    (  # pottery: a reduced relative of founding
        "Delfin Pottery, founded in Ghent in 1968, makes vases.",
        [("delfin-pottery", "LOCATED_IN", "ghent")],
        [],
    ),
    (  # software: a passive of setting up with the year first
        "Quorn Labs was set up in 2009 in Tampere by two students.",
        [("quorn-labs", "LOCATED_IN", "tampere")],
        [],
    ),
    (  # bakery: an active founding in premises
        "Ostby Canvas is a tent maker. In 1971 she started Pallow Bakes in an old barn in "
        "Namur, where the firm still is.",
        [("pallow-bakes", "LOCATED_IN", "namur")],
        [],
    ),
    (  # furniture: a full relative of founding
        "Harl Joinery, which was founded in Aalst in 1950, was sold to Brisk Homes.",
        [("harl-joinery", "LOCATED_IN", "aalst"), ("brisk-homes", "OWNS", "harl-joinery")],
        [("brisk-homes", "LOCATED_IN", "aalst")],
    ),
    (  # guard: a founding with no place
        "Delfin Pottery, founded in 1968 by Ann Vell, makes vases.",
        [("ann-vell", "FOUNDED", "delfin-pottery")],
        [("ann-vell", "LOCATED_IN", "ghent")],
    ),
    (  # guard: a person founded nothing in a place of her own
        "Ann Vell, who founded Delfin Pottery, lives in Ghent.",
        [("ann-vell", "FOUNDED", "delfin-pottery")],
        [("delfin-pottery", "LOCATED_IN", "ghent")],
    ),
    (  # guard: "based in ... since"
        "Delfin Pottery, which has been based in Ghent since 1968, makes vases.",
        [("delfin-pottery", "LOCATED_IN", "ghent")],
        [],
    ),
    (  # sailmaking: the long-time town of a trade
        "Morrick Sails is a sailmaker. Morrick Sails has stitched sails in Ghent since 1899.",
        [("morrick-sails", "LOCATED_IN", "ghent")],
        [],
    ),
]

STREET_TOPIC: list[Case] = [
    (  # stone: a shop on a street in a town
        "Brantley Marble, the stone shop on Quarry Lane in Wichita that has carved headstones "
        "for four generations, has been sold.",
        [("brantley-marble", "LOCATED_IN", "wichita")],
        [],
    ),
    (  # guard: the shop in a town
        "Brantley Marble, the stone shop in Wichita, has been sold.",
        [("brantley-marble", "LOCATED_IN", "wichita")],
        [],
    ),
    (  # food: the topic firm's head office named by its town
        "Merrow Foods accepted the bid. It said the brand and the Boise head office were safe.",
        [("merrow-foods", "LOCATED_IN", "boise")],
        [],
    ),
    (  # guard: its own head office
        "Merrow Foods said its Boise head office was safe.",
        [("merrow-foods", "LOCATED_IN", "boise")],
        [],
    ),
]

BANK = SITE_CLAUSE + SITE_LIST + PROJECT_SITE + NEAR_OUTSIDE + FOUNDED + STREET_TOPIC
GAPS: dict[str, str] = {
    "Vantor Hoists won": "a site supplied 'to' after a contract is still read as the supplier's",
    "Delfin Pottery, founded in Ghent": "a founding town the gazetteer's cities lack",
    "Harl Joinery": "a founding town the gazetteer's cities lack",
    "The Corvo Abbey": "a project's place right after its name and a work noun",
    "Morrick Sails is": "a trade carried on in a town 'since' a year",
    "Brantley Marble, the stone shop on": "a street between the site noun and 'in P'",
    "Merrow Foods accepted": "a bare 'the P head office' with the topic firm as its owner",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_placesite23(case: Case) -> None:
    check(*case)
