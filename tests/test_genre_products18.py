"""Genre bank for a firm's named products, units and schemes, and their launches (round 18).

A possessed name is its possessor's: "X, whose Meadowcrest butter is stocked" (X OWNS
Meadowcrest, typed Product), "Corran Bank's lending service, Lendwise", "its subscription box,
Pasture Crate". A launch of such a name founds it: "its TrailPoints loyalty scheme, launched in
2017" and "the launch in May of Tidemark Scan, Ostrel Diagnostics' testing kit" make the owner
FOUNDED it. A planned, delayed or awaited launch founds nothing; a rival's product stays the
rival's; a stockist owns nothing it stocks.

Each case is a short invented text (relations that must be found, relations that must not be),
across dairy, brewing, milling, banking, pharma, diagnostics, retail, travel and hardware.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

WHOSE: list[Case] = [
    (  # dairy: "whose NAME goods" in a relative possessive
        "Ostrel Dairies, whose Meadowcrest butter is stocked by 40 chains, plans a new creamery.",
        [("ostrel-dairies", "OWNS", "meadowcrest")],
        [],
    ),
    (  # brewing: plural goods
        "Harl Brewing, whose Copper Kettle ales sell across the north, is hiring brewers.",
        [("harl-brewing", "OWNS", "copper-kettle")],
        [],
    ),
    (  # milling: the object of a verb
        "Shoppers still buy Dunmore Mills, whose Oakfield flour is sold in 300 shops.",
        [("dunmore-mills", "OWNS", "oakfield")],
        [],
    ),
    (  # guard: a place after "whose" is an office, no product
        "Vanta Group, whose Paris office closed last year, is hiring again.",
        [],
        [("vanta-group", "OWNS", "paris")],
    ),
]

SERVICES: list[Case] = [
    (  # banking: "ORG's service" appositive after the name
        "Lendwise, Corran Bank's digital lending service, has 80,000 users.",
        [("corran-bank", "OWNS", "lendwise")],
        [],
    ),
    (  # pharma: a drug class before the apposed name
        "Doctors prefer Brisa Pharma's anticoagulant, Clotrana, to older drugs.",
        [("brisa-pharma", "OWNS", "clotrana")],
        [],
    ),
    (  # food retail: "its box, NAME" after the company subject
        "Qorvo Creamery has redesigned its subscription box, Pasture Crate.",
        [("qorvo-creamery", "OWNS", "pasture-crate")],
        [],
    ),
    (  # telecoms: "its service, NAME"
        "Telvia Mobile said its roaming service, Skylane, would reach 40 countries.",
        [("telvia-mobile", "OWNS", "skylane")],
        [],
    ),
]

LAUNCHED: list[Case] = [
    (  # food: possessive appositive then "launched in YEAR"
        "Qorvo Creamery's subscription box, Pasture Crate, launched in 2021, now ships to "
        "40,000 homes.",
        [
            ("qorvo-creamery", "OWNS", "pasture-crate"),
            ("qorvo-creamery", "FOUNDED", "pasture-crate"),
        ],
        [],
    ),
    (  # travel: "its NAME loyalty scheme, launched in YEAR" inside a reported clause
        "Velmora Hotels said its TrailPoints loyalty scheme, launched in 2017, would be opened "
        "to airline guests.",
        [("velmora-hotels", "OWNS", "trailpoints"), ("velmora-hotels", "FOUNDED", "trailpoints")],
        [],
    ),
    (  # banking: "introduced last year"
        "Corran Bank's savings app, Nestwell, introduced last year, has 90,000 savers.",
        [("corran-bank", "OWNS", "nestwell"), ("corran-bank", "FOUNDED", "nestwell")],
        [],
    ),
    (  # hardware: a unit named after "its NOUN", launched
        "Brannock Tools said its rental arm, Toolshed, launched in 2019, had turned a profit.",
        [("brannock-tools", "OWNS", "toolshed"), ("brannock-tools", "FOUNDED", "toolshed")],
        [],
    ),
    (  # guard: launched by another firm: the possessive owner is not the launcher
        "Kelso Foods' rival snack, Crunchit, launched by Marrow Bakeries in 2020, sells well.",
        [],
        [("kelso-foods", "FOUNDED", "crunchit")],
    ),
    (  # guard: no possessive: a launched name alone has no owner here
        "Pasture Crate, launched in 2021, now ships to 40,000 homes, Qorvo Creamery said.",
        [],
        [("qorvo-creamery", "FOUNDED", "pasture-crate")],
    ),
]

LAUNCH_OF: list[Case] = [
    (  # diagnostics: "the launch in MONTH of NAME, ORG's NOUN"
        "The results follow the launch in May of Tidemark Scan, Ostrel Diagnostics' home "
        "testing kit.",
        [
            ("ostrel-diagnostics", "OWNS", "tidemark-scan"),
            ("ostrel-diagnostics", "FOUNDED", "tidemark-scan"),
        ],
        [],
    ),
    (  # genetics: "the launch of NAME, ORG's service"
        "Sales rose after the launch of Genomap, Helix Labs' genetic testing service.",
        [("helix-labs", "OWNS", "genomap"), ("helix-labs", "FOUNDED", "genomap")],
        [],
    ),
    (  # retail: "the launch of ORG's NAME"
        "The launch of Pellow Stores' Homeline range lifted sales in the spring.",
        [("pellow-stores", "FOUNDED", "homeline")],
        [],
    ),
    (  # hardware: "ORG's launch of NAME"
        "Analysts praised Brannock Tools' launch of the TorqMax drill last year.",
        [("brannock-tools", "FOUNDED", "torqmax")],
        [],
    ),
    (  # guard: a planned launch founds nothing
        "Investors await the planned launch of Genomap, Helix Labs' genetic testing service.",
        [("helix-labs", "OWNS", "genomap")],
        [("helix-labs", "FOUNDED", "genomap")],
    ),
    (  # guard: a delayed launch founds nothing
        "Helix Labs delayed the launch of Genomap, its genetic testing service, until 2027.",
        [],
        [("helix-labs", "FOUNDED", "genomap")],
    ),
    (  # guard: "ahead of the launch" is still to come
        "Shares rose ahead of the launch of Tidemark Scan, Ostrel Diagnostics' testing kit.",
        [],
        [("ostrel-diagnostics", "FOUNDED", "tidemark-scan")],
    ),
]

VERBS: list[Case] = [
    (  # verbal launch (already read): "ORG launched NAME in YEAR"
        "Tarsa Foods launched Kelda in 2019 and still makes it in Leeds.",
        [("tarsa-foods", "FOUNDED", "kelda")],
        [],
    ),
    (  # made by: passive maker of a range
        "The Kelda range, made by Tarsa Foods, is sold in 300 shops.",
        [("tarsa-foods", "OWNS", "kelda")],
        [],
    ),
    (  # guard: a stockist owns nothing it stocks
        "Orvane Stores stocks the Kelda biscuits in every shop.",
        [],
        [("orvane-stores", "OWNS", "kelda")],
    ),
    (  # guard: "plans to launch" is no launch
        "Orvane Foods plans to launch Mirra, a frozen pizza, next year.",
        [],
        [("orvane-foods", "FOUNDED", "mirra")],
    ),
    (  # relative "which is made by": the maker owns the rival product
        "Its closest rival, the Pavo drill, which is made by the Danish firm Kolbe Tools, costs "
        "less.",
        [("kolbe-tools", "OWNS", "pavo")],
        [],
    ),
    (  # "sold under the NAME brand": the seller owns the brand
        "Grendel Mills sells its flour under the Ashgrove brand.",
        [("grendel-mills", "OWNS", "ashgrove")],
        [],
    ),
    (  # "a NOUN it calls NAME": the offerer owns the named plan
        "Norrland Bank offers a savings plan it calls Nestwell.",
        [("norrland-bank", "OWNS", "nestwell")],
        [],
    ),
    (  # a firm that set up a named festival founded it
        "Norvik Foods launched the Harvest Days festival in 2010.",
        [("norvik-foods", "FOUNDED", "harvest-days")],
        [],
    ),
]

BRANDS: list[Case] = [
    (  # dairy: a passive sale under a label in a "whose" relative
        "Pellow Dairy, whose cheeses are sold under the Cragside label, is expanding.",
        [("pellow-dairy", "OWNS", "cragside")],
        [],
    ),
    (  # drinks: "markets ... under the NAME name"
        "Kell Drinks markets its tonic under the Fizzo name in Spain.",
        [("kell-drinks", "OWNS", "fizzo")],
        [],
    ),
    (  # guard: another's goods sold under a brand: the seller is not the owner
        "Orvane Foods sells Tarsa Foods' biscuits under the Kelda name.",
        [],
        [("orvane-foods", "OWNS", "kelda")],
    ),
    (  # guard: a trading name is the firm's own name, no owned brand
        "Harrow Retail trades under the Northgate banner in 40 towns.",
        [],
        [("harrow-retail", "OWNS", "northgate")],
    ),
]

CALLED: list[Case] = [
    (  # travel: a launched scheme the firm names: FOUNDED (a scheme is a project)
        "Velmora Hotels launched a rewards scheme that it calls Stayback.",
        [("velmora-hotels", "FOUNDED", "stayback")],
        [],
    ),
    (  # banking: introduced product named by the subject: OWNS and FOUNDED
        "Norrland Bank last year introduced a savings product it calls Nestwell.",
        [("norrland-bank", "OWNS", "nestwell"), ("norrland-bank", "FOUNDED", "nestwell")],
        [],
    ),
    (  # guard: a critic naming another's plan owns nothing
        "Critics mock a plan that Orvane Foods calls Fairshare.",
        [],
        [("orvane-foods", "FOUNDED", "fairshare")],
    ),
    (  # guard: the namer is not the seller
        "Tarsa Bank sells a savings card that Kelso Bank calls Homestart.",
        [],
        [("tarsa-bank", "OWNS", "homestart"), ("kelso-bank", "OWNS", "homestart")],
    ),
]

EVENTS: list[Case] = [
    (  # books: a capitalized fair set up by the firm
        "In 2015 Harlow Books started the Saltmarsh Book Fair, which now draws 20,000 visitors.",
        [("harlow-books", "FOUNDED", "saltmarsh-book-fair")],
        [],
    ),
    (  # food: a capitalized festival after "set up"
        "Kelda Foods set up the Orrin Food Festival in 2019 to sell its cheeses.",
        [("kelda-foods", "FOUNDED", "orrin-food-festival")],
        [],
    ),
    (  # guard: a sponsored festival is no firm's founding
        "Tarsa Foods sponsored the Vinter festival for a third year.",
        [],
        [("tarsa-foods", "FOUNDED", "vinter")],
    ),
]

MADE: list[Case] = [
    (  # dairy: a rival product's maker in a relative after a described agent
        "Its main competitor, Tenby Blue, which is produced by the Welsh dairy Moel Farms, is "
        "cheaper.",
        [("moel-farms", "OWNS", "tenby-blue")],
        [],
    ),
    (  # pharma: bare relative after the name
        "Clotrana, which is made by Brisa Pharma, is sold in 30 countries.",
        [("brisa-pharma", "OWNS", "clotrana")],
        [],
    ),
    (  # guard: made for another: the contract maker owns nothing
        "The Zosta vaccine, which is made by Lonvo Bio for Kairo Health, ships in May.",
        [],
        [("lonvo-bio", "OWNS", "zosta")],
    ),
]

STARTED: list[Case] = [
    (  # rail: an object relative "a scheme X started in YEAR" (a scheme is a project)
        "Kelda Rail runs Railsaver, a discount scheme Kelda Rail started in 2015.",
        [("kelda-rail", "FOUNDED", "railsaver")],
        [],
    ),
    (  # hardware: "which it launched" with the company subject of the sentence
        "Brannock Tools said the Saltbox scheme, which it launched in 2018, had 900 members.",
        [("brannock-tools", "FOUNDED", "saltbox")],
        [],
    ),
    (  # guard: a supplier's part in a customer's product: the customer owns the product
        "Orvane Chips supplies the chips in Kairo Mobile's Halo phone.",
        [("kairo-mobile", "OWNS", "halo")],
        [("orvane-chips", "OWNS", "halo")],
    ),
]

BANK = STARTED + MADE + WHOSE + SERVICES + LAUNCHED + LAUNCH_OF + VERBS + BRANDS + CALLED + EVENTS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_products18(case: Case) -> None:
    check(*case)


TYPED: list[tuple[str, dict[str, str]]] = [
    (
        "Ostrel Dairies, whose Meadowcrest butter is stocked by 40 chains, grew.",
        {"Meadowcrest": "Product"},
    ),
    ("Harl Brewing, whose Copper Kettle ales sell well, is hiring.", {"Copper Kettle": "Product"}),
    ("Lendwise, Corran Bank's digital lending service, has 80,000 users.", {"Lendwise": "Product"}),
    ("Norrland Bank introduced a savings product it calls Nestwell.", {"Nestwell": "Product"}),
    ("Norvik Foods launched the Harvest Days festival in 2010.", {"Harvest Days": "Project"}),
    ("Kelda Labs sells a genetic testing service, Genoscan, to clinics.", {"Genoscan": "Product"}),
    ("Its app undercuts the main competing service, Lendfast.", {"Lendfast": "Product"}),
    ("Pavo, which is made by Kolbe Tools, costs less.", {"Pavo": "Product"}),
    # fixentity18: the relative read by the made-by frame (names.yaml `frame_made_by`)
    ("Orla, which was brewed by Tarn Ales, won a prize.", {"Orla": "Product"}),
    ("Velta, produced by Merrow Dairy, is sold in 300 shops.", {"Velta": "Product"}),
    (
        "Tarn Ales said Kelby Gold, which is bottled by Orre Drinks, sold well.",
        {"Kelby Gold": "Product"},
    ),
]


@pytest.mark.parametrize("text,must", TYPED, ids=[t[0][:40] for t in TYPED])
def test_products18_types(text: str, must: dict[str, str]) -> None:
    check_types(text, must, [])
