"""Genre bank for entity typing (round 15): a firm called a network; a product's brand and a
list of products.

A network noun in an appositive or before a name describes a product as often as a firm
("Quillex's Wi-Fi network Skylink", "its payment network X"). It describes a firm when the
network's own relative clause has a firm's verb ("Dravik Parcel, a pickup network which
partnered Ormsby Foods", "a network that runs 30 gyms"), when the network is made of sites a
firm runs ("a network of test clinics in C", "a network of 40 pharmacies"), or when a known
town stands before it ("the Leeds network Brisk Radio").

A brand a good is sold or marketed under is a product ("boards sold under the Dryvane brand"),
and the later names of a list after a determined plural product noun are products like the
first ("the dating apps Spryn and Halo"), unless their own words make them firms. A bare
lower-case compass word after a place preposition leaves the name a place ("across north
Vellmoor").

Each case is a short invented article, across logistics, health, fitness, media, telecoms,
payments, farming and energy. Guards: a network that processes, carries or runs on something, a
network of sensors or satellites, a possessed or a firm-modified network.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

TYPED: list[tuple[str, dict[str, str], list[str]]] = [
    (  # logistics: appositive network + "which partnered"
        "Dravik Parcel, a pickup network which partnered Ormsby Foods in 2019, raised money.",
        {"Dravik Parcel": "Organization", "Ormsby Foods": "Organization"},
        [],
    ),
    (  # health: "a network of test clinics in P"
        "Tessmoor Health, a network of test clinics in Calvery, was bought by Brenfield Partners.",
        {"Tessmoor Health": "Organization"},
        [],
    ),
    (  # fitness: "that runs N gyms"
        "Corvel Fit, a budget network that runs 30 gyms in the north, hired a new boss.",
        {"Corvel Fit": "Organization"},
        [],
    ),
    (  # pharmacy: copula, "a network of N pharmacies"
        "Pellwick Care is a network of 40 pharmacies and Tarrow Bank lent it money.",
        {"Pellwick Care": "Organization"},
        [],
    ),
    (  # telecoms: "which has hired", an auxiliary before the verb
        "Orla Link, the rural broadband network which has hired 200 engineers, expanded.",
        {"Orla Link": "Organization"},
        [],
    ),
    (  # farming: "that sells", a seller's verb
        "Hedgerow Direct, a farm-shop network that sells local meat, opened a depot.",
        {"Hedgerow Direct": "Organization"},
        [],
    ),
    (  # media: a known town before the network noun
        "Asked about rivals, Pell Tamsin named the Leeds network Brisk Radio.",
        {"Brisk Radio": "Organization"},
        [],
    ),
    # guards: a network that is a product stays one
    (  # payments: a product's verb in the relative clause
        "Orvane Pay, a payment network that processes card transactions, grew fast.",
        {"Orvane Pay": "Product"},
        [],
    ),
    (  # energy: "runs on", a route preposition after a firm's verb
        "Skylace, a satellite network which runs on solar power, went live in May.",
        {"Skylace": "Product"},
        [],
    ),
    (  # farming: a network of sensors is no firm
        "Kestrel Cloud, a network of sensors across farms, was launched by Dunmore Agri.",
        {"Kestrel Cloud": "Product"},
        [],
    ),
    (  # telecoms: a possessed network stays a product
        "Quillon Telecom's payment network Skyrail processed more transactions this year.",
        {"Skyrail": "Product"},
        [],
    ),
    (  # a possessive before a town-modified network: still the owner's product
        "Halden Mobile expanded. Its Leeds network Fastlane carries data for banks.",
        {"Fastlane": "Product"},
        [],
    ),
]

# a brand a product is sold under; the later names of a list after a plural product noun
BRANDS: list[tuple[str, dict[str, str], list[str]]] = [
    (  # building: "sold under the X brand"
        "Harlow Mills sells boards under the Dryvane brand across the region.",
        {"Dryvane": "Product", "Harlow Mills": "Organization"},
        [],
    ),
    (  # drinks: "marketed under the X brand" in a relative clause
        "Pellam Brewing, which markets its lager under the Tidewell brand, grew sales.",
        {"Tidewell": "Product"},
        [],
    ),
    (  # apps: second conjunct of "the dating apps A and B"
        "Tamsin Labs owns the dating apps Spryn and Halo.",
        {"Spryn": "Product", "Halo": "Product"},
        [],
    ),
    (  # pharma: a three-name list after a plural product noun
        "Vantly Bio makes the drugs Velmar, Ostix and Pemra.",
        {"Velmar": "Product", "Ostix": "Product", "Pemra": "Product"},
        [],
    ),
    (  # software: possessed plural, two names
        "Corran Soft sells its two apps Ledgerly and Tallyo to banks.",
        {"Ledgerly": "Product", "Tallyo": "Product"},
        [],
    ),
    # guards: a firm after a product list, a brand that names its owner
    (  # a firm in the list keeps its organization word
        "Quillex bought the platforms Wavely and Brisk Tech.",
        {"Wavely": "Product", "Brisk Tech": "Organization"},
        [],
    ),
    (  # "under" with no brand noun: a firm under a parent
        "Ostrel Fuels trades under the Harnby Group, its parent since 2010.",
        {"Ostrel Fuels": "Organization", "Harnby Group": "Organization"},
        [],
    ),
    (  # a firm's own brand noun phrase as subject stays the firm's
        "The Quillex brand is strong, said Quillex Foods.",
        {"Quillex Foods": "Organization"},
        [],
    ),
]

# a bare lower-case compass word between a place preposition and a name
COMPASS: list[tuple[str, dict[str, str], list[str]]] = [
    (  # pipes: "across north X"
        "Gravel Point shipped pipes across north Vellmoor for decades.",
        {"Vellmoor": "Location", "Gravel Point": "Organization"},
        [],
    ),
    (  # dairy: "in west X"
        "Harlen Dairy runs farms in west Tarrowdale and sells cheese.",
        {"Tarrowdale": "Location"},
        [],
    ),
    (  # banking: "an office in east X"
        "Kessel Bank opened an office in east Marrowby last year.",
        {"Marrowby": "Location"},
        [],
    ),
    # guards: a compass word that opens a firm's name, a stake "in" a firm
    (  # a capitalised compass word is part of the firm's name
        "Tarrow Capital invested in North Vellmoor Water last year.",
        {"North Vellmoor Water": "Organization"},
        [],
    ),
    (  # a stake in a firm after a compass-named division
        "Quillex holds a 20% stake in Brisk Foods, which farms in south Ostervale.",
        {"Brisk Foods": "Organization", "Ostervale": "Location"},
        [],
    ),
]

RELATIONS: list[Case] = [
    (  # logistics: the firm called a network can be funded and partner
        "Dravik Parcel, a pickup network which partnered Ormsby Foods in 2019, raised £12m "
        "from Tarrow Capital.",
        [
            ("tarrow-capital", "FUNDS", "dravik-parcel"),
        ],
        [("ormsby-foods", "FUNDS", "dravik-parcel")],
    ),
    (  # health: the network of clinics is owned as a firm, located in its town
        "Brenfield Partners bought Tessmoor Health, a network of test clinics in Calvery.",
        [("brenfield-partners", "OWNS", "tessmoor-health")],
        [("tessmoor-health", "OWNS", "brenfield-partners")],
    ),
    (  # fitness: its chief executive leads the network firm
        "Corvel Fit, a budget network that runs 30 gyms, said its chief executive, Rena Stoll, "
        "would stay.",
        [("rena-stoll", "LEADS", "corvel-fit")],
        [],
    ),
    (  # building: the brand sold under is the seller's product
        "Harlow Mills sells boards under the Dryvane brand and Corran Timber owns Harlow Mills.",
        [("corran-timber", "OWNS", "harlow-mills")],
        [("dryvane", "OWNS", "harlow-mills"), ("corran-timber", "OWNS", "dryvane")],
    ),
    (  # dairy: a firm located by its sites "in west X"
        "Harlen Dairy, based in west Tarrowdale, sells cheese to Corran Markets.",
        [("harlen-dairy", "LOCATED_IN", "tarrowdale")],
        [("harlen-dairy", "OWNS", "tarrowdale"), ("tarrowdale", "COMPETES_WITH", "harlen-dairy")],
    ),
    (  # guard: a possessed product network is owned, no firm relation
        "Quillon Telecom's payment network Skyrail processed more transactions this year.",
        [("quillon-telecom", "OWNS", "skyrail")],
        [],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(RELATIONS, GAPS))
def test_genre_types15(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize(
    ("text", "must", "must_not"),
    TYPED + BRANDS + COMPASS,
    ids=[t[0][:50] for t in TYPED + BRANDS + COMPASS],
)
def test_genre_types15_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
