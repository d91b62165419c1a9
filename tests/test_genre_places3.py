"""Genre bank for places in appositives and relative clauses: an unknown town after "in" inside
an appositive ("Dunmore Labs, a testing studio in Varna,", "a maker of frozen pies in
Tromsdal", "a bakery in the northern town of Tromsdal"), hyphenated premodifiers ("the
Kestrel-headquartered lender", "Varna-based"), the place of an object's appositive (not the
subject's: "Orbela agreed to buy Quillex, a seed trader based in Tarnow"), relative clauses
("which has its head office in Tromso", "whose head office is in Kestrel", "where Pinewood
Clinic runs a private ward") and second list members ("its plant in Ravel and its warehouse in
Dorn").

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, brewing, media, shipping, banking, insurance, pharma, mining, farming,
telecoms, autos, property, health and retail. Guards: places served or sold in ("serves plants
in Chile", "sells in 40 countries", "customers in", "a supplier to bakeries in"), a person's
home town, an event venue, a court's district, a listing, a street, a negation, a question, a
plan, a dateline, an analyst's city, exports and ferry routes.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

APPOSITIVES: list[Case] = [
    (  # media: an unknown town after a company noun the place lists do not hold
        "Dunmore Labs, a testing studio in Varna, joined the project.",
        [("dunmore-labs", "LOCATED_IN", "varna")],
        [],
    ),
    (  # food: "a maker of frozen pies in C"
        "Kelso Foods, a maker of frozen pies in Tromsdal, raised prices.",
        [("kelso-foods", "LOCATED_IN", "tromsdal")],
        [],
    ),
    (  # brewing: a numbered hyphenated adjective before the company noun
        "Kelso Brewing, a 120-year-old brewer in Tromsdal, raised prices.",
        [("kelso-brewing", "LOCATED_IN", "tromsdal")],
        [],
    ),
    (  # food: "in the northern town of C"
        "Kelso Foods, a bakery in the northern town of Tromsdal, raised prices.",
        [("kelso-foods", "LOCATED_IN", "tromsdal")],
        [],
    ),
    (  # testing: "in the Bulgarian city of C"
        "Dunmore Labs, a testing company in the Bulgarian city of Varna, joined the project.",
        [("dunmore-labs", "LOCATED_IN", "varna")],
        [],
    ),
    (  # shipping: "based in the port city of C"
        "Lund Shipping, a ferry operator based in the port city of Skerra, ordered two vessels.",
        [("lund-shipping", "LOCATED_IN", "skerra")],
        [],
    ),
    (  # shipping: "an operator of ferries in C"
        "Lund Shipping, an operator of ferries in Skerra, cut 40 jobs.",
        [("lund-shipping", "LOCATED_IN", "skerra")],
        [],
    ),
    (  # pharma: the object's appositive, not the buyer's place
        "Fenwick Pharma bought Ostrel Bio, a drug developer in Marlow Vale, for $40 million.",
        [("fenwick-pharma", "OWNS", "ostrel-bio"), ("ostrel-bio", "LOCATED_IN", "marlow-vale")],
        [("fenwick-pharma", "LOCATED_IN", "marlow-vale")],
    ),
    (  # farming: "a seed trader based in C" after an object
        "Orbela agreed to buy Quillex, a seed trader based in Tarnow, for cash.",
        [("quillex", "LOCATED_IN", "tarnow")],
        [("orbela", "LOCATED_IN", "tarnow")],
    ),
    (  # banking: "the C-headquartered lender" as the subject's appositive
        "Pellworth, the Kestrel-headquartered lender, cut its forecast.",
        [("pellworth", "LOCATED_IN", "kestrel")],
        [],
    ),
    (  # banking: the same on an object
        "Regulators fined Sallow Bank, the Kessel-headquartered lender, on Tuesday.",
        [("sallow-bank", "LOCATED_IN", "kessel")],
        [],
    ),
    (  # tech: "C-based X" as the subject; the funder is not placed
        "Varna-based Dunmore Labs raised $5 million from Corvex Capital.",
        [("dunmore-labs", "LOCATED_IN", "varna")],
        [("corvex-capital", "LOCATED_IN", "varna")],
    ),
    (  # insurance: the sued party's appositive
        "Tessel Re sued Merrow Insurance, an underwriter in Calvano.",
        [("merrow-insurance", "LOCATED_IN", "calvano")],
        [("tessel-re", "LOCATED_IN", "calvano")],
    ),
    (  # banking and insurance: two objects, each with its own place
        "Brell Group bought Sallow Bank, a lender in Kestrel, and Tarn Mutual, an insurer in Dorn.",
        [("sallow-bank", "LOCATED_IN", "kestrel"), ("tarn-mutual", "LOCATED_IN", "dorn")],
        [("brell-group", "LOCATED_IN", "kestrel"), ("sallow-bank", "LOCATED_IN", "dorn")],
    ),
    (  # retail: place premodifiers of two objects
        "Brell Group bought Sallow Bank, a Kestrel lender, and Tarn Mutual, a Dorn insurer.",
        [("sallow-bank", "LOCATED_IN", "kestrel"), ("tarn-mutual", "LOCATED_IN", "dorn")],
        [("brell-group", "LOCATED_IN", "dorn")],
    ),
    (  # food: a bare town premodifier before a company noun the lists know
        "Kelso Foods, a Tromsdal bakery, raised prices.",
        [("kelso-foods", "LOCATED_IN", "tromsdal")],
        [],
    ),
    (  # brewing: a town before "brewery" in an appositive
        "Harrow Ales, a Dunmere brewery, was sold to Brell Group.",
        [("harrow-ales", "LOCATED_IN", "dunmere")],
        [("brell-group", "LOCATED_IN", "dunmere")],
    ),
    (  # telecoms: a town before "telco" on an object
        "Brell Group bought Pinto Mobile, a Rassen telco, last year.",
        [("pinto-mobile", "LOCATED_IN", "rassen")],
        [("brell-group", "LOCATED_IN", "rassen")],
    ),
    (  # guard: a parent before "subsidiary" is no place
        "Tarn Mutual, a Velmar subsidiary, cut jobs.",
        [("velmar", "OWNS", "tarn-mutual")],
        [("tarn-mutual", "LOCATED_IN", "velmar")],
    ),
    (  # food: "a bakery in the heart of C"
        "Kelso Foods, a bakery in the heart of Tromsdal, raised prices.",
        [("kelso-foods", "LOCATED_IN", "tromsdal")],
        [],
    ),
    (  # food: a fronted participle, "Based in the coastal town of C, X"
        "Based in the coastal town of Tromsdal, Kelso Foods raised prices.",
        [("kelso-foods", "LOCATED_IN", "tromsdal")],
        [],
    ),
    (  # shipping: "Headquartered in the port city of C, X"
        "Headquartered in the port city of Skerra, Lund Shipping runs 12 ferries.",
        [("lund-shipping", "LOCATED_IN", "skerra")],
        [],
    ),
    (  # guard: a fronted place of a rival named by a possessive
        "Based in the town of Tromsdal, the firm's main rival Kelso Foods raised prices.",
        [],
        [("kelso-foods", "LOCATED_IN", "tromsdal")],
    ),
    (  # health: "a hospital operator based in C"
        "Merrow Health, a hospital operator based in Exeter, hired Ann Lowe as chief executive.",
        [("merrow-health", "LOCATED_IN", "exeter")],
        [],
    ),
    (  # property: predicate "is a builder in C"
        "Selby Homes is a builder in Penmore.",
        [("selby-homes", "LOCATED_IN", "penmore")],
        [],
    ),
    (  # mining: a two-word town
        "Corvane Metals, a copper miner in Tavira Norte, cut jobs.",
        [("corvane-metals", "LOCATED_IN", "tavira-norte")],
        [],
    ),
    (  # pronoun subject: "the company" then an appositive with "based in"
        "Harlow Dairy cut prices. The company, a cooperative based in Tessmere, blamed feed costs.",
        [("harlow-dairy", "LOCATED_IN", "tessmere")],
        [],
    ),
]

RELATIVES: list[Case] = [
    (  # food: "which has its head office in C", the second merger party not placed
        "Gannet Foods, which has its head office in Tromso, and Kell Fisheries agreed to merge.",
        [("gannet-foods", "LOCATED_IN", "tromso")],
        [("kell-fisheries", "LOCATED_IN", "tromso")],
    ),
    (  # mining: plural sites "near C" in a relative clause
        "Harwick Mining, which operates two smelters near Tallara, cut jobs.",
        [("harwick-mining", "LOCATED_IN", "tallara")],
        [],
    ),
    (  # banking: "a lender whose head office is in C"
        "Sallow Bank, a lender whose head office is in Kestrel, cut rates.",
        [("sallow-bank", "LOCATED_IN", "kestrel")],
        [],
    ),
    (  # telecoms: "whose head office is in C", then the other party
        "Pinto Telecom, whose head office is in Rassen, and Vell Mobile agreed to merge.",
        [("pinto-telecom", "LOCATED_IN", "rassen")],
        [("vell-mobile", "LOCATED_IN", "rassen")],
    ),
    (  # autos: "which has its main plant in C"
        "Orrin Motors, which has its main plant in Gellborough, recalled 4,000 cars.",
        [("orrin-motors", "LOCATED_IN", "gellborough")],
        [],
    ),
    (  # health: "the C area, where X and Y both run private wards"
        "The Exeter area, where Pinewood Clinic and Ashby House both run private wards, lacks "
        "beds.",
        [("pinewood-clinic", "LOCATED_IN", "exeter"), ("ashby-house", "LOCATED_IN", "exeter")],
        [],
    ),
    (  # food: "C, where X has a bakery"
        "Tessby, where Kelso Foods has a bakery, lost 200 jobs.",
        [("kelso-foods", "LOCATED_IN", "tessby")],
        [],
    ),
    (  # paper: second list member, "its plant in A and its warehouse in B"
        "Halvern Paper has its plant in Ravel and its warehouse in Dorn.",
        [("halvern-paper", "LOCATED_IN", "ravel"), ("halvern-paper", "LOCATED_IN", "dorn")],
        [],
    ),
    (  # energy: "which is headquartered in the town of C"
        "Sallow Energy, which is headquartered in the town of Kestrel, cut its dividend.",
        [("sallow-energy", "LOCATED_IN", "kestrel")],
        [],
    ),
    (  # retail: "a chain that is based in C", the acquirer not placed
        "Brell Group bought Norra Stores, a chain that is based in Hestmark.",
        [("norra-stores", "LOCATED_IN", "hestmark")],
        [("brell-group", "LOCATED_IN", "hestmark")],
    ),
]

GUARDS: list[Case] = [
    (  # chemicals: plants served are the customers'
        "Halvern Chemicals serves plants in Chile and Peru.",
        [],
        [("halvern-chemicals", "LOCATED_IN", "chile"), ("halvern-chemicals", "LOCATED_IN", "peru")],
    ),
    (  # food: a customer of mills in C
        "Kelso Foods, a customer of mills in Varna, raised prices.",
        [],
        [("kelso-foods", "LOCATED_IN", "varna")],
    ),
    (  # food: "a supplier to bakeries in C"
        "Kelso Mills, a supplier to bakeries in Varna, cut jobs.",
        [],
        [("kelso-mills", "LOCATED_IN", "varna")],
    ),
    (  # food: markets sold in
        "Brask Foods sells its sauces in 40 countries, including Tarvia.",
        [],
        [("brask-foods", "LOCATED_IN", "tarvia")],
    ),
    (  # banking: customers in towns
        "Ostrel Bank has customers in Pellmouth and Tessby.",
        [],
        [("ostrel-bank", "LOCATED_IN", "pellmouth"), ("ostrel-bank", "LOCATED_IN", "tessby")],
    ),
    (  # farming: a person's home town is not the company's place
        "Anna Lowe, who grew up in Harrowgate, now runs Lowe Farms.",
        [],
        [("lowe-farms", "LOCATED_IN", "harrowgate"), ("anna-lowe", "LOCATED_IN", "harrowgate")],
    ),
    (  # media: an event venue
        "Kelso Media presented its results at a conference in Lyon.",
        [],
        [("kelso-media", "LOCATED_IN", "lyon")],
    ),
    (  # food: a court's district
        "Kelso Foods sued Brell Foods in the U.S. District Court for the District of Delmar.",
        [("kelso-foods", "DISPUTES", "brell-foods")],
        [("kelso-foods", "LOCATED_IN", "delmar"), ("brell-foods", "LOCATED_IN", "delmar")],
    ),
    (  # mining: a listing is no seat
        "Brakk Metals, the Oslo-listed miner, raised output.",
        [],
        [("brakk-metals", "LOCATED_IN", "oslo")],
    ),
    (  # mining: "which is listed in London"
        "Brakk Metals, which is listed in London, raised output.",
        [],
        [("brakk-metals", "LOCATED_IN", "london")],
    ),
    (  # retail: a street is no place of the schema
        "Kelso Stores opened a shop on Harlow Street in Tessby.",
        [],
        [("kelso-stores", "LOCATED_IN", "harlow-street")],
    ),
    (  # food: a negation
        "Kelso Foods is not based in Varna.",
        [],
        [("kelso-foods", "LOCATED_IN", "varna")],
    ),
    (  # food: a question
        "Does Kelso Foods plan to open an office in Varna?",
        [],
        [("kelso-foods", "LOCATED_IN", "varna")],
    ),
    (  # banking: an analyst's firm and city
        "Anna Lowe, an analyst at Brisa Capital in London, said the deal was fair.",
        [],
        [("brisa-capital", "LOCATED_IN", "london")],
    ),
    (  # food: a dateline
        "TROMSDAL (Harbour Desk) — Kelso Foods raised prices on Monday.",
        [],
        [("kelso-foods", "LOCATED_IN", "tromsdal")],
    ),
    (  # food: a relative clause of selling
        "Kelso Foods, which sells bread in Varna and Tessby, raised prices.",
        [],
        [("kelso-foods", "LOCATED_IN", "varna"), ("kelso-foods", "LOCATED_IN", "tessby")],
    ),
    (  # dairy: exports
        "Kelso Dairy, which exports cheese to Varna, raised prices.",
        [],
        [("kelso-dairy", "LOCATED_IN", "varna")],
    ),
    (  # shipping: a route
        "Lund Shipping, an operator of ferries to Skerra, cut jobs.",
        [],
        [("lund-shipping", "LOCATED_IN", "skerra")],
    ),
    (  # food: a hedged plan in a relative clause
        "Kelso Foods, a bakery that may open a shop in Varna, raised prices.",
        [],
        [("kelso-foods", "LOCATED_IN", "varna")],
    ),
    (  # food: a unit's customers
        "Kelso Foods, a unit of Brell Group, has 40 customers in Dorn.",
        [],
        [("kelso-foods", "LOCATED_IN", "dorn"), ("brell-group", "LOCATED_IN", "dorn")],
    ),
    (  # food: deliveries to shops
        "Kelso Foods, which delivers to shops in Varna, raised prices.",
        [],
        [("kelso-foods", "LOCATED_IN", "varna")],
    ),
    (  # energy: plural refineries served
        "Brisa Gas supplies refineries in Tarnow and Edenvale.",
        [],
        [("brisa-gas", "LOCATED_IN", "tarnow"), ("brisa-gas", "LOCATED_IN", "edenvale")],
    ),
    (  # insurance: "a sponsor of the fair in C"
        "Merrow Insurance, a sponsor of the trade fair in Varna, cut jobs.",
        [],
        [("merrow-insurance", "LOCATED_IN", "varna")],
    ),
]

OF_GUARDS: list[Case] = [
    (  # autos: a place of the parent named in the appositive, not of the unit
        "Velmar Parts, a unit of Brell Group in Tromsdal, cut jobs.",
        [("brell-group", "OWNS", "velmar-parts")],
        [("velmar-parts", "LOCATED_IN", "tromsdal")],
    ),
    (  # food: a participle after the "of" object ("ovens used in C")
        "Kelso Ovens, a maker of ovens used in Tromsdal, raised prices.",
        [],
        [("kelso-ovens", "LOCATED_IN", "tromsdal")],
    ),
    (  # food: a trade noun of selling with an "of" object names a market
        "Kelso Foods, a seller of bread in Tromsdal, raised prices.",
        [],
        [("kelso-foods", "LOCATED_IN", "tromsdal")],
    ),
]

WHERE_GUARDS: list[Case] = [
    (  # food: "C, where X has 300 customers" names no site
        "Tessby, where Kelso Foods has 300 customers, lost 200 jobs.",
        [],
        [("kelso-foods", "LOCATED_IN", "tessby")],
    ),
    (  # food: "C, where X sells bread"
        "Tessby, where Kelso Foods sells bread, lost 200 jobs.",
        [],
        [("kelso-foods", "LOCATED_IN", "tessby")],
    ),
    (  # food: a denied site in a where-clause
        "Tessby, where Kelso Foods does not have a bakery, lost 200 jobs.",
        [],
        [("kelso-foods", "LOCATED_IN", "tessby")],
    ),
    (  # food: a hedged site in a where-clause
        "Tessby, where Kelso Foods may open a bakery, lost 200 jobs.",
        [],
        [("kelso-foods", "LOCATED_IN", "tessby")],
    ),
    (  # banking: a company someone joined, where another holds a stake, is no place
        "Anna Lowe joined Velmar, where Kelso Foods has a stake.",
        [],
        [("kelso-foods", "LOCATED_IN", "velmar")],
    ),
    (  # retail: "a grocer whose warehouses are in A and B" on an object
        "Brell Group bought Norra Stores, a grocer whose warehouses are in Dorn and Pellmouth.",
        [("norra-stores", "LOCATED_IN", "dorn"), ("norra-stores", "LOCATED_IN", "pellmouth")],
        [("brell-group", "LOCATED_IN", "dorn")],
    ),
    (  # insurance: "an insurer whose head office is in C" after a sued object
        "Sallow Bank sued Tarn Mutual, an insurer whose head office is in Kestrel.",
        [("tarn-mutual", "LOCATED_IN", "kestrel")],
        [("sallow-bank", "LOCATED_IN", "kestrel")],
    ),
]

BANK: list[Case] = APPOSITIVES + RELATIVES + GUARDS + OF_GUARDS + WHERE_GUARDS

LEFT: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_places3(case: Case) -> None:
    check(*case)


# a place inside an appositive is no descriptor of the appositive's name
TYPES: list[tuple[str, dict[str, str], list[str]]] = [
    (  # food: "a bakery in the town of C" (the town's noun describes the town, not the firm)
        "Kelso Foods, a bakery in the town of Tromsdal, raised prices.",
        {"Kelso Foods": "Organization", "Tromsdal": "Location"},
        [],
    ),
    (  # media: "a studio in the city of C"
        "Pellam Games, a small studio in the city of Varnholt, hired 20 people.",
        {"Pellam Games": "Organization", "Varnholt": "Location"},
        [],
    ),
    (  # shipping: "a ferry operator from the port town of C"
        "Skerra Ferries, a ferry operator from the port town of Hallum, cut fares.",
        {"Skerra Ferries": "Organization", "Hallum": "Location"},
        [],
    ),
]

TYPE_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("text,must,must_not", gap_params(TYPES, TYPE_GAPS, spread=True))
def test_place_appositive_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
