"""Genre bank for places said away from the firm's name (round 15): a fronted participle of
place before a pronoun or definite-NP subject ("Headquartered in T and employing 300 people, it
is ..."), a "T-based" noun inside a predicate ("The buyer, F, is a T-based operator of ..."), a
subsidiary appositive registered or incorporated in a place ("through S, an F subsidiary
registered in T"), "X, which has its HQ in T", a site in a possessed NP with a relative clause
("The group's last plant in T, which makes ...") and a site whose owner comes in the following
relative clause ("a kitchen in T, which F opened in 2019").

Each case is a short invented article across food, energy, freight, pharma, retail, mining,
banking, textiles and software. Guards: an analyst at a firm in a town, a "T-listed" firm, a
firm that sells to shops in a town, a fund based in a town that controls another firm, a site a
firm only visited or supplied, a fronted participle whose subject is no firm.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

FRONTED: list[Case] = [
    (  # food: "Headquartered in T and employing N people, it is ..."
        "Quillex Foods reported higher sales on Monday. Headquartered in Varnby and employing "
        "300 people, it is one of the largest bakers in the region.",
        [("quillex-foods", "LOCATED_IN", "varnby")],
        [],
    ),
    (  # software: "Based in T and with N staff, it has ..."
        "Tessaly Software raised money this year. Based in Orrington and with 120 staff, it has "
        "become a name to watch.",
        [("tessaly-software", "LOCATED_IN", "orrington")],
        [],
    ),
    (  # freight: "Registered in T, the company ..."
        "Brannock Freight won a contract from the port. Headquartered in Kellsmoor, the "
        "company runs 40 lorries.",
        [("brannock-freight", "LOCATED_IN", "kellsmoor")],
        [],
    ),
    (  # pharma: fronted participle, then "the group"
        "Vennor Pharma Group is recruiting. Based in Lisbourne since 1990, the group makes "
        "generic drugs.",
        [("vennor-pharma-group", "LOCATED_IN", "lisbourne")],
        [],
    ),
    (  # guard: the subject after the participle is a person
        "Halden Textiles hired a new buyer. Based in Wexbury, she will travel to Asia.",
        [],
        [("halden-textiles", "LOCATED_IN", "wexbury")],
    ),
    (  # guard: the fronted participle is about a place the firm only sells in
        "Corvane Tea grew fast. Sold in Ambridge and employing nobody there, it relies on agents.",
        [],
        [("corvane-tea", "LOCATED_IN", "ambridge")],
    ),
]

PREDICATES: list[Case] = [
    (  # freight: "The buyer, F, is a T-based operator of ..."
        "Ostrel Rail sold its depot business. The buyer, Brannock Logistics, is a Tarrow-based "
        "operator of freight terminals.",
        [("brannock-logistics", "LOCATED_IN", "tarrow")],
        [],
    ),
    (  # autos: "F is a T-based maker of vans"
        "Selby Motors is a Pellham-based maker of electric vans.",
        [("selby-motors", "LOCATED_IN", "pellham")],
        [],
    ),
    (  # banking: past tense, "headquartered" compound
        "The lender, Corliss Bank, was a Dunmere-headquartered mortgage specialist.",
        [("corliss-bank", "LOCATED_IN", "dunmere")],
        [],
    ),
    (  # mining: pronoun subject after a sentence about the firm
        "Fennick Mining bought a copper project. It is a Harnby-based miner with three mines.",
        [("fennick-mining", "LOCATED_IN", "harnby")],
        [],
    ),
    (  # guard: a listing place is not a seat
        "Fennick Gold is a Tarrow-listed explorer of copper.",
        [],
        [("fennick-gold", "LOCATED_IN", "tarrow")],
    ),
    (  # guard: "T-listed Y"
        "Tarrow-listed Maldrex Steel rose 4% on Monday.",
        [],
        [("maldrex-steel", "LOCATED_IN", "tarrow")],
    ),
    (  # guard: the based noun is another party's customer
        "Selby Motors is a supplier to a Pellham-based maker of buses.",
        [],
        [("selby-motors", "LOCATED_IN", "pellham")],
    ),
]

REGISTERED: list[Case] = [
    (  # energy: "through S, an F subsidiary registered in T"
        "Halvik Group bought 40% of Cresswell Energy through Dunmarra Holdings, a Halvik "
        "subsidiary registered in Kellsmoor.",
        [("dunmarra-holdings", "LOCATED_IN", "kellsmoor")],
        [
            ("halvik-group", "LOCATED_IN", "kellsmoor"),
            ("cresswell-energy", "LOCATED_IN", "kellsmoor"),
        ],
    ),
    (  # shipping: "incorporated in T"
        "Ardent Shipping holds the vessels via Ostby Marine, a unit incorporated in Varnholm.",
        [("ostby-marine", "LOCATED_IN", "varnholm")],
        [("ardent-shipping", "LOCATED_IN", "varnholm")],
    ),
    (  # retail: a vehicle "registered in" with a long premodifier
        "Tarrant Markets owns the stores through Pellam Retail, a wholly owned vehicle "
        "registered in Orrington.",
        [("pellam-retail", "LOCATED_IN", "orrington")],
        [("tarrant-markets", "LOCATED_IN", "orrington")],
    ),
    (  # guard: a fund based in T gives the fund, not the firm it controls
        "Quillex Dairy is controlled by Harrow Partners, a fund based in Lisbourne.",
        [("harrow-partners", "LOCATED_IN", "lisbourne")],
        [("quillex-dairy", "LOCATED_IN", "lisbourne")],
    ),
    (  # guard: a product registered in a place
        "Vennor Pharma sells Calmex, a drug registered in Ambridge.",
        [],
        [("vennor-pharma", "LOCATED_IN", "ambridge"), ("calmex", "LOCATED_IN", "ambridge")],
    ),
]

HEADQUARTERS: list[Case] = [
    (  # pharma: "which has its headquarters in T"
        "Vennor Pharma, which has its headquarters in Lisbourne, reported a loss.",
        [("vennor-pharma", "LOCATED_IN", "lisbourne")],
        [],
    ),
    (  # textiles: "which has its HQ in T"
        "Halden Textiles, which has its HQ in Wexbury, cut 40 jobs.",
        [("halden-textiles", "LOCATED_IN", "wexbury")],
        [],
    ),
    (  # food: "which has its head office in T"
        "Corvane Foods, which has its head office in Dunmere, is for sale.",
        [("corvane-foods", "LOCATED_IN", "dunmere")],
        [],
    ),
]

SITES: list[Case] = [
    (  # steel: "The group's last plant in T, which makes ..."
        "Maldrex Steel shut two sites last year. The group's last plant in Oskarby, which makes "
        "rail track, will close in June.",
        [("maldrex-steel", "LOCATED_IN", "oskarby")],
        [],
    ),
    (  # catering: site first, owner in the relative clause
        "The dishes come from a kitchen in Pellham, which Carrow Catering opened in 2019 with "
        "a bank loan.",
        [("carrow-catering", "LOCATED_IN", "pellham")],
        [],
    ),
    (  # energy: "a depot in T that F built"
        "Fuel is stored at a depot in Harnby that Ostrel Fuels built in 2015.",
        [("ostrel-fuels", "LOCATED_IN", "harnby")],
        [],
    ),
    (  # health: "a clinic in T, which F runs"
        "Patients are treated at a clinic in Ambridge, which Tessaly Health runs for the state.",
        [("tessaly-health", "LOCATED_IN", "ambridge")],
        [],
    ),
    (  # guard: a site the firm only visited
        "Ministers toured a factory in Varnby, which Quillex Foods inspected last year.",
        [],
        [("quillex-foods", "LOCATED_IN", "varnby")],
    ),
    (  # guard: a site the firm supplies
        "The power comes from a plant in Oskarby, which Ostrel Energy supplies with gas.",
        [],
        [("ostrel-energy", "LOCATED_IN", "oskarby")],
    ),
]

GUARDS: list[Case] = [
    (  # an analyst at Y in T
        "Jane Ostby, an analyst at Brisk Capital in Harnby, said the deal was fair.",
        [],
        [("brisk-capital", "LOCATED_IN", "harnby")],
    ),
    (  # sells to shops in T
        "Corvane Textiles sells to shops in Wexbury and Dunmere.",
        [],
        [("corvane-textiles", "LOCATED_IN", "wexbury")],
    ),
    (  # an office planned, then dropped
        "Halvik Group dropped plans for an office in Lisbourne, which it had hoped to open.",
        [],
        [("halvik-group", "LOCATED_IN", "lisbourne")],
    ),
]

BANK = FRONTED + PREDICATES + REGISTERED + HEADQUARTERS + SITES + GUARDS
GAPS: dict[str, str] = {
    "Tarrant Markets owns the stores through": "typing: 'a wholly owned vehicle' votes the "
    "name Product, so located/registered has no Organization to place",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_sites15(case: Case) -> None:
    check(*case)


TYPED: list[tuple[str, dict[str, str]]] = [
    ("Ostrel Mills built a plant on the banks of the Ostra.", {"Ostra": "Location"}),
    ("Tarrow Foods has a depot on the shores of the Vell.", {"Vell": "Location"}),
    (  # near-misses stay firms
        "The Quillex board approved the Halvik deal with Brisk Capital.",
        {"Quillex": "Organization", "Brisk Capital": "Organization"},
    ),
]


@pytest.mark.parametrize(("text", "must"), TYPED, ids=[t[0][:40] for t in TYPED])
def test_sites15_types(text: str, must: dict[str, str]) -> None:
    check_types(text, must, [])
