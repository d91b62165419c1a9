"""Genre bank for products and projects: ownership through a possessive before a product noun
("Sales of Quillex's Brisa scanner", "its Dorvel irons"), a "maker of" appositive and its list
("Vantora, the maker of Solent kettles and Dorvel irons"), "whose" and "which sells" relatives,
"its flagship X", "the X brand/range/line", a launch (FOUNDED); projects named by a trailing
noun ("the Tarn Valley wind farm", "the Dunmore depot") and referred back to as "the scheme",
"the project", "the development", funded in the passive ("will be paid for by A and B",
"will be bankrolled by C").

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance and property. Guards: a retailer that only stocks a product, a customer
supplied, a rival product, a negated or planned launch, a question, a denied funding, a company
named with a product word, a place before a product noun.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

POSSESSED: list[Case] = [
    (  # retail tech: "Sales of X's N scanner"
        "Sales of Quillex's Brisa scanner doubled last year.",
        [("quillex", "OWNS", "brisa")],
        [],
    ),
    (  # household goods: "its N irons", pronoun possessor, plural noun
        "Vantora Appliances said its Dorvel irons sold well in Germany.",
        [("vantora-appliances", "OWNS", "dorvel")],
        [],
    ),
    (  # household goods: "X's N kettle range"
        "Vantora's Solent kettle range was recalled in May.",
        [("vantora", "OWNS", "solent")],
        [],
    ),
    (  # pharma: object position
        "Regulators approved Kestova Pharma's Lumirex inhaler on Monday.",
        [("kestova-pharma", "OWNS", "lumirex")],
        [],
    ),
    (  # farming: "its N tractors" after "the company"
        "Hallam Agri reported results. The company said its Greenreap tractors were in short "
        "supply.",
        [("hallam-agri", "OWNS", "greenreap")],
        [],
    ),
    (  # telecoms: subject possessive
        "Corvin Telecom's Nimbus router was recalled after a fault.",
        [("corvin-telecom", "OWNS", "nimbus")],
        [],
    ),
    (  # drinks: multiword possessor and product
        "Brackwell Brewing's Old Marlow lager won a prize in Leeds.",
        [("brackwell-brewing", "OWNS", "old-marlow")],
        [],
    ),
    (  # autos: "X's N pickups" after a preposition
        "Dealers cut prices on Velmore Motors' Strada pickups.",
        [("velmore-motors", "OWNS", "strada")],
        [],
    ),
    (  # autos: two names sharing one product noun after a possessive
        "The recall covers Velmore Motors' Strada and Corsa pickups.",
        [("velmore-motors", "OWNS", "strada"), ("velmore-motors", "OWNS", "corsa")],
        [],
    ),
    (  # farming: "its A and B tractors"
        "Hallam Agri said its Greenreap and Tillmax tractors were in short supply.",
        [("hallam-agri", "OWNS", "greenreap"), ("hallam-agri", "OWNS", "tillmax")],
        [],
    ),
    (  # insurance: "its N policy"
        "Pellam Insurance said its Homeshield policy had 40,000 holders.",
        [("pellam-insurance", "OWNS", "homeshield")],
        [],
    ),
    (  # media: "its N magazine"
        "Torrent Media said its Harbourlight magazine would close.",
        [("torrent-media", "OWNS", "harbourlight")],
        [],
    ),
]

MAKERS: list[Case] = [
    (  # household: "the maker of A kettles and B irons"
        "Vantora, the maker of Solent kettles and Dorvel irons, said profits rose.",
        [("vantora", "OWNS", "solent"), ("vantora", "OWNS", "dorvel")],
        [],
    ),
    (  # farming: bare "maker of the N tractor"
        "Orsk Agritech, maker of the Tiller tractor, hired a new chief executive.",
        [("orsk-agritech", "OWNS", "tiller")],
        [],
    ),
    (  # food: a list of three
        "Brumley Foods, the maker of Crispo crisps, Nutwell snack bars and Tangel biscuits, cut "
        "prices.",
        [
            ("brumley-foods", "OWNS", "crispo"),
            ("brumley-foods", "OWNS", "nutwell"),
            ("brumley-foods", "OWNS", "tangel"),
        ],
        [],
    ),
    (  # pharma: the appositive after a preposition
        "Sales fell at Kerrin Pharma, the maker of the Dolvex painkiller.",
        [("kerrin-pharma", "OWNS", "dolvex")],
        [],
    ),
    (  # pharma: "the maker of the A painkiller and the B inhaler"
        "Kerrin Pharma, the maker of the Dolvex painkiller and the Vemra inhaler, hired staff.",
        [("kerrin-pharma", "OWNS", "dolvex"), ("kerrin-pharma", "OWNS", "vemra")],
        [],
    ),
    (  # household: a possessed appositive after the product noun
        "The Solent kettle, Vantora's best-selling model, was recalled.",
        [("vantora", "OWNS", "solent")],
        [],
    ),
    (  # autos: "the company that makes the N van"
        "Fenwick Motors, the company that makes the Castor van, cut 300 jobs.",
        [("fenwick-motors", "OWNS", "castor")],
        [],
    ),
]

RELATIVES: list[Case] = [
    (  # software: "whose best-selling app N"
        "Selka, whose best-selling app Quibble has 3 million users, raised prices.",
        [("selka", "OWNS", "quibble")],
        [],
    ),
    (  # media: "whose hit title N"
        "Marlin Games, whose hit game Skyforge sold 2 million copies, hired staff.",
        [("marlin-games", "OWNS", "skyforge")],
        [],
    ),
    (  # household: "which sells the N range"
        "Orvane, which sells the Tilda range of cookware, reported higher profits.",
        [("orvane", "OWNS", "tilda")],
        [],
    ),
    (  # household: "also markets the N line"
        "Orvane also markets the Tilda line in France.",
        [("orvane", "OWNS", "tilda")],
        [],
    ),
    (  # guard: a retailer that sells another maker's range
        "Harlow Mart, which sells Quillex's Brisa range, opened a shop in Leeds.",
        [("quillex", "OWNS", "brisa")],
        [("harlow-mart", "OWNS", "brisa")],
    ),
    (  # food: "which makes N biscuits"
        "Dunmore Bakeries, which makes Crumbly biscuits, was sold on Friday.",
        [("dunmore-bakeries", "OWNS", "crumbly")],
        [],
    ),
    (  # telecoms: "its flagship N phone"
        "Trenholm Mobile said its flagship Zephyr phone sold out in a day.",
        [("trenholm-mobile", "OWNS", "zephyr")],
        [],
    ),
    (  # telecoms: "its flagship N" without a noun
        "Trenholm Mobile said its flagship Zephyr sold out in a day.",
        [("trenholm-mobile", "OWNS", "zephyr")],
        [],
    ),
    (  # drinks: "the N brand" owned
        "Grell Beverages owns the Fizzo brand and the Tangy Pop label.",
        [("grell-beverages", "OWNS", "fizzo"), ("grell-beverages", "OWNS", "tangy-pop")],
        [],
    ),
    (  # autos: "launched the N hatchback"
        "Caldor Motors launched the Veyra hatchback in 2021.",
        [("caldor-motors", "FOUNDED", "veyra")],
        [],
    ),
    (  # pharma: launch in the passive
        "The Orvix inhaler was launched by Menlo Pharma in 2019.",
        [("menlo-pharma", "FOUNDED", "orvix")],
        [],
    ),
]

PROJECTS: list[Case] = [
    (  # energy: "the scheme ... paid for by A and B"
        "Orvane Energy is building the Tarn Valley wind farm. The scheme will be paid for by "
        "Orvane Energy and Telmark Power.",
        [("orvane-energy", "FUNDS", "tarn-valley"), ("telmark-power", "FUNDS", "tarn-valley")],
        [],
    ),
    (  # logistics: "the new depot ... bankrolled by"
        "Krell Logistics plans to build the Dunmore depot. The new depot will be bankrolled by "
        "Kesh Bank.",
        [("kesh-bank", "FUNDS", "dunmore")],
        [],
    ),
    (  # mining: "the project will be financed by"
        "Galvan Resources is developing the Kessick copper mine. The project will be financed "
        "by Hartwell Bank.",
        [("hartwell-bank", "FUNDS", "kessick")],
        [],
    ),
    (  # property: "the development will be funded by"
        "Stennet Homes unveiled the Riverside Quarter development on Monday. The development "
        "will be funded by Amberline Capital.",
        [("amberline-capital", "FUNDS", "riverside-quarter")],
        [],
    ),
    (  # energy: named project as subject of the passive
        "The Corrie Flats solar park will be paid for by Norvane Energy and Sellick Power.",
        [("norvane-energy", "FUNDS", "corrie-flats"), ("sellick-power", "FUNDS", "corrie-flats")],
        [],
    ),
    (  # shipping: "the terminal will be financed by A and B"
        "Calder Marine plans the Westhaven terminal. The terminal will be financed by Brisco "
        "Bank and Ulmer Capital.",
        [("brisco-bank", "FUNDS", "westhaven"), ("ulmer-capital", "FUNDS", "westhaven")],
        [],
    ),
    (  # property: a sentence between the name and "the scheme"
        "Halvard Estates has proposed the Millbrook Park scheme. Residents opposed it at a "
        "meeting. The scheme will be bankrolled by Corran Bank.",
        [("corran-bank", "FUNDS", "millbrook-park")],
        [],
    ),
    (  # energy: "It will be funded by" after a sentence the project opened
        "The Selwick hydrogen plant will be built by Ostrow Energy. It will be funded by "
        "Tarrant Capital.",
        [("tarrant-capital", "FUNDS", "selwick")],
        [("tarrant-capital", "FUNDS", "ostrow-energy")],
    ),
    (  # guard: "It will be funded by" after a sentence a company opened
        "Ostrow Energy reported a loss. It will be funded by Tarrant Capital until 2027.",
        [("tarrant-capital", "FUNDS", "ostrow-energy")],
        [],
    ),
    (  # energy: "the project is being funded by"
        "Work began on the Selwick hydrogen plant in March. The project is being funded by "
        "Ostrow Capital.",
        [("ostrow-capital", "FUNDS", "selwick")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # retail: a stockist is not the owner
        "Harlow Mart stocks Quillex's Brisa scanner in 200 shops.",
        [("quillex", "OWNS", "brisa")],
        [("harlow-mart", "OWNS", "brisa")],
    ),
    (  # retail: a stockist sells a product made by another
        "Harlow Mart sells the Brisa scanner, made by Quillex, in 200 shops.",
        [],
        [("harlow-mart", "OWNS", "brisa")],
    ),
    (  # customer contract: the buyer does not own the product
        "Quillex Imaging signed a contract to supply its Brisa scanners to Tesmond Hospitals.",
        [("quillex-imaging", "OWNS", "brisa")],
        [("tesmond-hospitals", "OWNS", "brisa")],
    ),
    (  # rival product: no ownership for the rival's maker
        "Gresham Tools launched the Falco scanner, a rival to Quillex's Brisa scanner.",
        [("quillex", "OWNS", "brisa")],
        [("gresham-tools", "OWNS", "brisa"), ("gresham-tools", "FOUNDED", "brisa")],
    ),
    (  # retail: a stockist's best seller is not its own product
        "Harlow Mart cut the price of the Brisa scanner, its best seller.",
        [],
        [("harlow-mart", "OWNS", "brisa")],
    ),
    (  # planned launch: no FOUNDED yet
        "Caldor Motors plans to launch the Veyra hatchback next year.",
        [],
        [("caldor-motors", "FOUNDED", "veyra")],
    ),
    (  # negated launch
        "Caldor Motors did not launch the Veyra hatchback in 2021.",
        [],
        [("caldor-motors", "FOUNDED", "veyra")],
    ),
    (  # question about funding
        "Will Norvane Energy pay for the Corrie Flats solar park?",
        [],
        [("norvane-energy", "FUNDS", "corrie-flats")],
    ),
    (  # denied funding
        "Kesh Bank denied that it would bankroll the Dunmore depot.",
        [],
        [("kesh-bank", "FUNDS", "dunmore")],
    ),
    (  # place before a product noun: "its Texas trucks"
        "Velmore Motors said its Texas trucks sold well.",
        [],
        [("velmore-motors", "OWNS", "texas")],
    ),
    (  # a customer of a product, not its owner
        "Tesmond Hospitals uses Quillex's Brisa scanner in every ward.",
        [("quillex", "OWNS", "brisa")],
        [("tesmond-hospitals", "OWNS", "brisa")],
    ),
]

BANK: list[Case] = POSSESSED + MAKERS + RELATIVES + PROJECTS + GUARDS

LEFT: dict[str, str] = {
    "Calder Marine plans": "'the terminal' refers to nothing (as an anaphor it cost a blind "
    "set 0.006 precision: airport and port terminals are places)",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_products(case: Case) -> None:
    check(*case)


TypeCase = tuple[str, dict[str, str], list[str]]

TYPES: list[TypeCase] = [
    (  # product after a possessive, plural noun
        "Vantora Appliances said its Dorvel irons sold well in Germany.",
        {"Dorvel": "Product", "Vantora Appliances": "Organization"},
        ["Dorvel irons"],
    ),
    (  # product list in a "maker of" appositive
        "Vantora, the maker of Solent kettles and Dorvel irons, said profits rose.",
        {"Solent": "Product", "Dorvel": "Product"},
        [],
    ),
    (  # "its flagship X"
        "Trenholm Mobile said its flagship Zephyr sold out in a day.",
        {"Zephyr": "Product"},
        [],
    ),
    (  # project noun after a name
        "Krell Logistics plans to build the Dunmore depot.",
        {"Dunmore": "Project"},
        [],
    ),
    (  # guard: a company named with a product word
        "Brisa Scanners Ltd reported higher sales.",
        {"Brisa Scanners": "Organization"},
        [],
    ),
    (  # guard: a place before a product noun
        "Velmore Motors said its Texas trucks sold well.",
        {"Texas": "Location"},
        [],
    ),
]

TYPE_GAPS: dict[str, str] = {
    "Trenholm Mobile said its flagship": "'its flagship X' with no noun after",
}


@pytest.mark.parametrize("text,must,must_not", gap_params(TYPES, TYPE_GAPS, spread=True))
def test_product_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
