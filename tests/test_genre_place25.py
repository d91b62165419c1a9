"""Genre bank for sites that place their owner or their own name (round 25).

An organization's own site followed by its place ("its main cannery in <Town>", "at their plant
near <Town>", "<Firm>'s new lab in <Town>", "<Firm>, whose smelter at <Town>") places the owner,
the possessor and not the clause's subject (and only when no other organization is named between
them). A named firm or project described as a site ("<Name>, the monument shop in <Town>",
"<Name>, a packaging centre that <Firm> is building near <Town>", "<Name>, a maker of felt with a
mill in <Town>") is where the site stands. A town inside a role phrase folded into a firm's name
("the <Town> developer <Name>") places the firm. Guards: a planned, hedged or only hoped-for site,
a plural site spread over a country, a firm named between, a state as a label, customers after
"with", and a firm's own act in a relative.

Each case is a short invented text (relations that must be found, relations that must not be),
across canning, chips, data centres, zinc, pasta, memorials, quarrying, clinics, buttons,
stadiums, housing, music, banking, felt, water and food.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OWN: list[Case] = [
    (  # canning: "the company" binds, its own site in a town
        "Pellory Canning was sued by a grower on Monday. The company still operates its main "
        "cannery in Stockwell and sells fruit to supermarkets.",
        [("pellory-canning", "LOCATED_IN", "stockwell")],
        [],
    ),
    (  # chips: a relative's "its own factories in"
        "Aurelle Chips competes with Tornaway Semiconductor, which is building its own factories "
        "in Phoenix.",
        [("tornaway-semiconductor", "LOCATED_IN", "phoenix")],
        [("aurelle-chips", "LOCATED_IN", "phoenix")],
    ),
    (  # data centres: "near"
        "Halvern Data will compete with Kuusto Compute, which has been expanding its own campus "
        "near Oulu.",
        [("kuusto-compute", "LOCATED_IN", "oulu")],
        [("halvern-data", "LOCATED_IN", "oulu")],
    ),
    (  # zinc: "whose larger smelter at"
        "Brenvik Metall lost a contract to Ostra Zinc, the Swedish rival whose larger smelter at "
        "Skelleftea gives it lower costs.",
        [("ostra-zinc", "LOCATED_IN", "skelleftea")],
        [("brenvik-metall", "LOCATED_IN", "skelleftea")],
    ),
    (  # buttons: the possessor, not the lender that is the subject
        "The Corran Development Bank has lent 15 million euros to Tessaly Buttons to fit solar "
        "panels at its plant in Bursa.",
        [("tessaly-buttons", "LOCATED_IN", "bursa")],
        [("the-corran-development-bank", "LOCATED_IN", "bursa")],
    ),
    (  # guard: another firm named between the subject and "its"
        "The Larrow Water Authority sued Vesholt Chemicals in August, alleging that discharges "
        "from its cannery near Decatur fouled a reservoir.",
        [],
        [("the-larrow-water-authority", "LOCATED_IN", "decatur")],
    ),
    (  # guard: a site only planned
        "Marvell Foods said on Monday that it would raise prices. It also confirmed its planned "
        "bakery in Lisburn would be delayed.",
        [],
        [("marvell-foods", "LOCATED_IN", "lisburn")],
    ),
    (  # guard: a site only weighed
        "Nimbrel Cloud was reported to be weighing building its own data halls in Sweden.",
        [],
        [("nimbrel-cloud", "LOCATED_IN", "sweden")],
    ),
    (  # guard: many clinics spread over a country are a footprint
        "Kestovan Resorts said profits rose at its two casinos in Nevada.",
        [],
        [("kestovan-resorts", "LOCATED_IN", "nevada")],
    ),
]

NAMED: list[Case] = [
    (  # pasta: a named centre being built by a firm
        "Casa Morelli is expanding. The next step is Polo Arzano, a 40 million euro packaging "
        "centre that Casa Morelli is building near Nola.",
        [("polo-arzano", "LOCATED_IN", "nola")],
        [],
    ),
    (  # memorials: a named shop, on a street in a town
        "Ceroni Memorials, the monument shop on Granite Street in Barre, has been sold to "
        "Evermont Memorial Group.",
        [("ceroni-memorials", "LOCATED_IN", "barre")],
        [],
    ),
    (  # quarrying: "The X project, a quarry near P" stays read
        "The Kelso Quarry project, a limestone quarry near Dumfries, is owned by Tenby Stone.",
        [("kelso-quarry", "LOCATED_IN", "dumfries")],
        [],
    ),
    (  # guard: a stadium only hoped for
        "Harlow Capital will put money into New Eastfield, a 15,000-seat stadium that the club "
        "hopes to build on former railway land in Ashford.",
        [],
        [("new-eastfield", "LOCATED_IN", "ashford")],
    ),
    (  # guard: the town, not the county after it
        "Much of the call focused on Thornway Fields, a garden village the company is "
        "developing near Didcot in Oxfordshire.",
        [],
        [("thornway-fields", "LOCATED_IN", "oxfordshire")],
    ),
]

FOLDED: list[Case] = [
    (  # housing: a town inside a role phrase folded into the firm's name
        "Harlow Group sold a stake to the Durban developer Umvoti Homes for 22 million pounds.",
        [("umvoti-homes", "LOCATED_IN", "durban")],
        [("harlow-group", "LOCATED_IN", "durban")],
    ),
    (  # music: "defunct <Town> label <Name>"
        "Ravel Records bought the recordings of defunct Leeds label Tarnby Sound in 2019.",
        [("tarnby-sound", "LOCATED_IN", "leeds")],
        [("ravel-records", "LOCATED_IN", "leeds")],
    ),
    (  # guard: a state before a lender's noun is a label, no seat
        "The loan came from the Texas lender Corvid Bank.",
        [],
        [("corvid-bank", "LOCATED_IN", "texas")],
    ),
]

DESCRIBED: list[Case] = [
    (  # felt: a site after "with" in a maker's description
        "Harlow Group bought Pennick Felt, a maker of wool felt with a mill in Biella, in 2016.",
        [("pennick-felt", "LOCATED_IN", "biella")],
        [("harlow-group", "LOCATED_IN", "biella")],
    ),
    (  # food: a facility being built by a venture, then its town
        "Marsh Foods and Orla Fresh will each put 14 million pounds into Hearthway, a "
        "cook-chill facility being built by their joint venture in Wolverhampton.",
        [("hearthway", "LOCATED_IN", "wolverhampton")],
        [],
    ),
    (  # guard: customers after "with" are no site
        "Harlow Group bought Corvex Pumps, a maker of pumps with customers in Leeds, last year.",
        [],
        [("corvex-pumps", "LOCATED_IN", "leeds")],
    ),
    (  # guard: the firm's act in a relative, not a site it is
        "Ostrel Foods, the firm that is building a depot near Colbury, hired staff.",
        [],
        [("ostrel-foods", "LOCATED_IN", "colbury")],
    ),
]

LEFT: list[Case] = [
    (  # clinics: many sites across two nations (a footprint the rules leave out)
        "The board of Kestow Renal, which runs 64 dialysis clinics across England and Wales, "
        "rejected the offer.",
        [("kestow-renal", "LOCATED_IN", "england")],
        [],
    ),
    (  # terminals: a named site without a comma before its description
        "He said the money would go toward the Delta Vero terminal that Petrovia is building in "
        "Ravenna.",
        [("delta-vero", "LOCATED_IN", "ravenna")],
        [],
    ),
]

# review25 F5-F7: sites that do not stand, a client's site, a past seat (none of them a seat)
REVIEW: list[Case] = [
    (
        "Corlan Foods hopes to open its new plant in Osby by 2027.",
        [],
        [("corlan-foods", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Foods plans to build its second gigafactory near Brandt.",
        [],
        [("corlan-foods", "LOCATED_IN", "brandt")],
    ),
    (
        "Corlan Foods wants to build its next plant in Osby.",
        [],
        [("corlan-foods", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Foods aims to open its plant in Osby in 2027.",
        [],
        [("corlan-foods", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Foods is considering building its plant in Osby.",
        [],
        [("corlan-foods", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Foods would build its plant in Osby if subsidies were approved.",
        [],
        [("corlan-foods", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Foods applied for planning permission for its plant in Osby.",
        [],
        [("corlan-foods", "LOCATED_IN", "osby")],
    ),
    (
        "Pellam Zinc, whose smelter at Varby is still on the drawing board, raised $50 million.",
        [],
        [("pellam-zinc", "LOCATED_IN", "varby")],
    ),
    (
        "Corlan Foods dropped plans for its new plant in Osby after a public outcry.",
        [],
        [("corlan-foods", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Foods scrapped its plant in Osby after costs rose.",
        [],
        [("corlan-foods", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Foods abandoned its plant in Osby in 2012.",
        [],
        [("corlan-foods", "LOCATED_IN", "osby")],
    ),
    (
        "Corlan Foods said its cannery in Tarvo, sold to Marvel Foods in 2020, was now closed.",
        [],
        [("corlan-foods", "LOCATED_IN", "tarvo")],
    ),
    (
        "Pellam Zinc, whose larger smelter at Varby was sold to Corlan Foods in 2020, cut output.",
        [],
        [("pellam-zinc", "LOCATED_IN", "varby")],
    ),
    # other sectors: data centres, brewing, clinics
    (
        "Kuusto Compute intends to open its first data centre near Oulu next year.",
        [],
        [("kuusto-compute", "LOCATED_IN", "oulu")],
    ),
    (
        "Tarnby Brewing shelved its brewery at Kelso after the council objected.",
        [],
        [("tarnby-brewing", "LOCATED_IN", "kelso")],
    ),
    (
        "Orvik Health, whose clinic in Graz was divested last year, cut jobs.",
        [],
        [("orvik-health", "LOCATED_IN", "graz")],
    ),
    # kept: a standing site under a hedge or a bid on it
    (
        "Corlan Foods may expand its plant in Osby, a spokesman said.",
        [("corlan-foods", "LOCATED_IN", "osby")],
        [],
    ),
    (
        "Corlan Foods' bid to expand its plant in Osby was rejected.",
        [("corlan-foods", "LOCATED_IN", "osby")],
        [],
    ),
    (
        "Harlan Build, a contractor building a depot near Osby, hired 50 staff.",
        [],
        [("harlan-build", "LOCATED_IN", "osby")],
    ),
    (
        "Velmar Security, a firm guarding a depot near Varby, hired 50 staff.",
        [],
        [("velmar-security", "LOCATED_IN", "varby")],
    ),
    (
        "Harwick Books, the shop on Main Street in Osby, will close.",
        [("harwick-books", "LOCATED_IN", "osby")],
        [],
    ),
    (
        "The former Lyon publisher Maison Orvel, which moved to Paris in 2019, said sales fell.",
        [("maison-orvel", "LOCATED_IN", "paris")],
        [("maison-orvel", "LOCATED_IN", "lyon")],
    ),
    (
        "The ex-Lyon publisher Maison Orvel said sales fell.",
        [],
        [("maison-orvel", "LOCATED_IN", "lyon")],
    ),
    (
        "The Leeds label Tarnby Sound, which relocated to London in 2020, signed three bands.",
        [],
        [("tarnby-sound", "LOCATED_IN", "leeds")],
    ),
    (
        "The Lyon publisher Maison Orvel said sales fell.",
        [("maison-orvel", "LOCATED_IN", "lyon")],
        [],
    ),
]

BANK = OWN + NAMED + FOLDED + DESCRIBED + LEFT + REVIEW
GAPS: dict[str, str] = {
    "The board of Kestow Renal": "plural sites across nations: a footprint, measured as no seat",
    "He said the money would go": "a named site with no appositive comma is not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_place25(case: Case) -> None:
    check(*case)
