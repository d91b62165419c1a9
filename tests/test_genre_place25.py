"""Genre bank for sites that place their owner or their own name (round 25).

An organization's own site followed by its place ("its main cannery in <Town>", "at their plant
near <Town>", "<Firm>'s new lab in <Town>", "<Firm>, whose smelter at <Town>") places the owner,
the possessor and not the clause's subject (and only when no other organization is named between
them). A named firm or project described as a site ("<Name>, the monument shop in <Town>",
"<Name>, a packaging centre that <Firm> is building near <Town>", "<Name>, a maker of yarn with a
mill in <Town>") is where the site stands. A town inside a role phrase folded into a firm's name
("the <Town> developer <Name>") places the firm. Guards: a planned, hedged or only hoped-for site,
a plural site spread over a country, a firm named between, a state as a label, customers after
"with", and a firm's own act in a relative.

Each case is a short invented text (relations that must be found, relations that must not be),
across canning, chips, data centres, zinc, pasta, memorials, quarrying, clinics, buttons,
stadiums, housing, music, banking, yarn, water and food.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OWN: list[Case] = [
    (  # canning: "the company" binds, its own site in a town
        "Quennell Conserves was fined by a regulator on Tuesday. The company still runs its main "
        "cannery in Stockwell and ships peaches to grocers.",
        [("quennell-conserves", "LOCATED_IN", "stockwell")],
        [],
    ),
    (  # chips: a relative's "its own factories in"
        "Tollesby Circuits competes with Marrowdene Wafers, which is now building its own chip "
        "factories in Tucson.",
        [("marrowdene-wafers", "LOCATED_IN", "tucson")],
        [("tollesby-circuits", "LOCATED_IN", "tucson")],
    ),
    (  # data centres: "near"
        "Brisbury Hosting will compete with Tamsk Servers, which has lately enlarged its own "
        "campus near Turku.",
        [("tamsk-servers", "LOCATED_IN", "turku")],
        [("brisbury-hosting", "LOCATED_IN", "turku")],
    ),
    (  # zinc: "whose larger smelter at"
        "Daskov Alloys lost a tender to Holmfjell Smelting, the Finnish competitor whose larger "
        "smelter at Raahe keeps its power bills down.",
        [("holmfjell-smelting", "LOCATED_IN", "raahe")],
        [("daskov-alloys", "LOCATED_IN", "raahe")],
    ),
    (  # buttons: the possessor, not the lender that is the subject
        "The Lindqvar Bank has lent 9 million euros to Pomeroy Buttons to fit solar panels at "
        "its plant in Kayseri.",
        [("pomeroy-buttons", "LOCATED_IN", "kayseri")],
        [("the-lindqvar-bank", "LOCATED_IN", "kayseri")],
    ),
    (  # guard: another firm named between the subject and "its"
        "The Pensworth Catchment Council sued Quaintly Dyes in October, claiming that effluent "
        "from its cannery near Tulsa had polluted a lake.",
        [],
        [("the-pensworth-catchment-council", "LOCATED_IN", "tulsa")],
    ),
    (  # guard: a site only planned
        "Dunholt Pies told investors on Thursday it would lift prices. It also confirmed its "
        "planned bakery in Lisburn would be delayed.",
        [],
        [("dunholt-pies", "LOCATED_IN", "lisburn")],
    ),
    (  # guard: a site only weighed
        "Sorrowby Hosting was rumoured to weigh building its own server halls in Estonia.",
        [],
        [("sorrowby-hosting", "LOCATED_IN", "estonia")],
    ),
    (  # guard: many clinics spread over a country are a footprint
        "Fenlow Casinos said takings grew at its three casinos in Mississippi.",
        [],
        [("fenlow-casinos", "LOCATED_IN", "mississippi")],
    ),
]

NAMED: list[Case] = [
    (  # pasta: a named centre being built by a firm
        "Pastificio Dorelli is growing. Its next move is Borgo Lanzetti, a 25 million euro "
        "packaging centre that Pastificio Dorelli is building near Caserta.",
        [("borgo-lanzetti", "LOCATED_IN", "caserta")],
        [],
    ),
    (  # memorials: a named shop, on a street in a town
        "Vardello Headstones, the monument shop on Wicket Street in Montpelier, has been "
        "bought by Cawley Monuments.",
        [("vardello-headstones", "LOCATED_IN", "montpelier")],
        [],
    ),
    (  # quarrying: "The X project, a quarry near P" stays read
        "The Cairnholm Pit project, a sandstone quarry near Peebles, belongs to Strathlie Sands.",
        [("cairnholm-pit", "LOCATED_IN", "peebles")],
        [],
    ),
    (  # guard: a stadium only hoped for
        "Brantwick Capital will invest in New Fallowmead, a 12,500-seat ground that the "
        "supporters hope to raise on disused sidings in Chelmsford.",
        [],
        [("new-fallowmead", "LOCATED_IN", "chelmsford")],
    ),
    (  # guard: the town, not the county after it
        "Most of the briefing dwelt on Brookend Meadows, a garden suburb the firm is laying "
        "out near Banbury in Oxfordshire.",
        [],
        [("brookend-meadows", "LOCATED_IN", "oxfordshire")],
    ),
]

FOLDED: list[Case] = [
    (  # housing: a town inside a role phrase folded into the firm's name
        "Kestrane Group sold a stake to the Bloemfontein developer Magalies Dwellings for 18 "
        "million pounds.",
        [("magalies-dwellings", "LOCATED_IN", "bloemfontein")],
        [("kestrane-group", "LOCATED_IN", "bloemfontein")],
    ),
    (  # music: "defunct <Town> label <Name>"
        "Ravel Recordings bought the catalogue of defunct Leeds label Brindlecote Tapes in 2017.",
        [("brindlecote-tapes", "LOCATED_IN", "leeds")],
        [("ravel-recordings", "LOCATED_IN", "leeds")],
    ),
    (  # guard: a state before a lender's noun is a label, no seat
        "The credit line came from the Mississippi lender Pellinore Bank.",
        [],
        [("pellinore-bank", "LOCATED_IN", "mississippi")],
    ),
]

DESCRIBED: list[Case] = [
    (  # yarn: a site after "with" in a maker's description
        "Kestrane Group bought Ambleton Wools, a maker of carded yarn with a mill in Prato, in "
        "2015.",
        [("ambleton-wools", "LOCATED_IN", "prato")],
        [("kestrane-group", "LOCATED_IN", "prato")],
    ),
    (  # food: a facility being built by a venture, then its town
        "Greyfold Baking and Linnet Creameries will each put 9 million pounds into Ovenbrook, a "
        "ready-meal plant being constructed by their shared venture in Luton.",
        [("ovenbrook", "LOCATED_IN", "luton")],
        [],
    ),
    (  # guard: customers after "with" are no site
        "Kestrane Group bought Dromley Pumps, a maker of valves with clients in Truro, in 2021.",
        [],
        [("dromley-pumps", "LOCATED_IN", "truro")],
    ),
    (  # guard: the firm's act in a relative, not a site it is
        "Ostrel Provisions, the firm that is putting up a depot near Colbury, took on staff.",
        [],
        [("ostrel-provisions", "LOCATED_IN", "colbury")],
    ),
]

LEFT: list[Case] = [
    (  # clinics: many sites across two nations (a footprint the rules leave out)
        "The board of Marlbury Dialysis, which operates 38 kidney units across Slovenia and "
        "Croatia, turned down the bid.",
        [("marlbury-dialysis", "LOCATED_IN", "slovenia")],
        [],
    ),
    (  # terminals: a named site without a comma before its description
        "She said the funds would pay for the Calvo Portuale terminal that Calventi is building "
        "in Livorno.",
        [("calvo-portuale", "LOCATED_IN", "livorno")],
        [],
    ),
]

# review25 F5-F7: sites that do not stand, a client's site, a past seat (none of them a seat)
REVIEW: list[Case] = [
    (
        "Corlan Pickling hopes to open its new plant in Osby by 2027.",
        [],
        [("corlan-pickling", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Pickling plans to build its second gigafactory near Tarvo.",
        [],
        [("corlan-pickling", "LOCATED_IN", "tarvo")],
    ),
    (
        "Corlan Pickling wants to build its next plant in Osby.",
        [],
        [("corlan-pickling", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Pickling aims to open its plant in Osby in 2027.",
        [],
        [("corlan-pickling", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Pickling is considering building its plant in Osby.",
        [],
        [("corlan-pickling", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Pickling would build its plant in Osby if subsidies were approved.",
        [],
        [("corlan-pickling", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Pickling applied for planning permission for its plant in Osby.",
        [],
        [("corlan-pickling", "LOCATED_IN", "osby")],
    ),
    (
        "Pellam Smelters, whose smelter at Varby is still on the drawing board, raised $40m.",
        [],
        [("pellam-smelters", "LOCATED_IN", "varby")],
    ),
    (
        "Corlan Pickling dropped plans for its new plant in Osby after a public outcry.",
        [],
        [("corlan-pickling", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Pickling scrapped its plant in Osby after costs rose.",
        [],
        [("corlan-pickling", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Pickling abandoned its plant in Osby in 2012.",
        [],
        [("corlan-pickling", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Pickling said its cannery in Tarvo, sold to Marvel Pickles in 2020, had closed.",
        [],
        [("corlan-pickling", "LOCATED_IN", "tarvo")],
    ),
    (
        "Pellam Smelters, whose smelter at Varby was sold to Corlan Pickling in 2020, cut output.",
        [],
        [("pellam-smelters", "LOCATED_IN", "varby")],
    ),
    # other sectors: data centres, brewing, clinics
    (
        "Tamsk Servers intends to open its first data centre near Turku next year.",
        [],
        [("tamsk-servers", "LOCATED_IN", "turku")],
    ),
    (
        "Fenwold Beer shelved its brewery at Selkirk after the council objected.",
        [],
        [("fenwold-beer", "LOCATED_IN", "selkirk")],
    ),
    (
        "Orvik Surgical, whose clinic in Graz was divested last year, cut jobs.",
        [],
        [("orvik-surgical", "LOCATED_IN", "graz")],
    ),
    # kept: a standing site under a hedge or a bid on it
    (
        "Corlan Pickling may expand its plant in Osby, a spokesman said.",
        [("corlan-pickling", "LOCATED_IN", "osby")],
        [],
    ),
    (
        "Corlan Pickling's bid to enlarge its plant in Osby was rejected.",
        [("corlan-pickling", "LOCATED_IN", "osby")],
        [],
    ),
    (
        "Brockley Groundworks, a contractor building a depot near Osby, hired 50 staff.",
        [],
        [("brockley-groundworks", "LOCATED_IN", "osby")],
    ),
    (
        "Velmar Guards, a firm guarding a depot near Varby, hired 50 staff.",
        [],
        [("velmar-guards", "LOCATED_IN", "varby")],
    ),
    (
        "Pellaby Stationers, the shop on Main Street in Osby, will close.",
        [("pellaby-stationers", "LOCATED_IN", "osby")],
        [],
    ),
    (
        "The former Dijon publisher Editions Orvel, which moved to Paris in 2019, said sales fell.",
        [("editions-orvel", "LOCATED_IN", "paris")],
        [("editions-orvel", "LOCATED_IN", "dijon")],
    ),
    (
        "The ex-Dijon publisher Editions Orvel said sales fell.",
        [],
        [("editions-orvel", "LOCATED_IN", "dijon")],
    ),
    (
        "The Leeds label Brindlecote Tapes, which relocated to Luton in 2020, signed three bands.",
        [],
        [("brindlecote-tapes", "LOCATED_IN", "leeds")],
    ),
    (
        "The Dijon publisher Editions Orvel said sales fell.",
        [("editions-orvel", "LOCATED_IN", "dijon")],
        [],
    ),
]

BANK = OWN + NAMED + FOLDED + DESCRIBED + LEFT + REVIEW
GAPS: dict[str, str] = {
    "The board of Marlbury": "plural sites across nations: a footprint, measured as no seat",
    "She said the funds would pay": "a named site with no appositive comma is not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_place25(case: Case) -> None:
    check(*case)
