"""Genre bank for entity typing (round 11): product names (a possessed appositive "Tallow, its
leak-warning valve", "long X's top model", a model number before a product noun "the Kestrel 7
tenor horn", "a line Q produces", coordinated possessives "Q's A and V's B flours", a flower
variety after "its"); a fronted place phrase that must not retype the next firm as a place
("Meanwhile in Corran, Skylark Access filed suit"); the headline, which is no evidence.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across engineering, music, food, farming, retail, transport and energy. Guards: a
firm named in an appositive ("Glimmer Holdings, its parent"), a licensor, a list of places, a
fronted place with no firm, a product noun that is a maker's ("its pump maker").
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

PRODUCTS: list[Case] = [
    (  # engineering: "NAME, its [modifier] valve"
        "Brannock Controls is hiring. It wants more output of Tallow, its leak-warning valve.",
        [("brannock-controls", "OWNS", "tallow")],
        [],
    ),
    (  # pumps: "its best-selling pump"
        "Orlo Pumps had a good year. Sales of Veska, its best-selling pump, doubled.",
        [("orlo-pumps", "OWNS", "veska")],
        [],
    ),
    (  # music: a model number, a product noun, "long X's top model"
        "The Kestrel 7 tenor horn, long Brannock Brass's top model, returned to the catalogue.",
        [("brannock-brass", "OWNS", "kestrel-7")],
        [],
    ),
    (  # bikes: "long X's flagship model"
        "The Falcon 9 bicycle, long Kelso Cycles' flagship model, was retired in May.",
        [("kelso-cycles", "OWNS", "falcon-9")],
        [],
    ),
    (  # guard: a best seller may be a stockist's, not its own product
        "The Solent kettle, long Harlow Mart's best seller, was recalled.",
        [],
        [("harlow-mart", "OWNS", "solent")],
    ),
    (  # food: "a range Q makes"
        "Tansy Foods gained share from Corla, a range Pellam Foods makes.",
        [("pellam-foods", "OWNS", "corla")],
        [],
    ),
    (  # dairy: "a brand Q markets"
        "Shoppers switched to Brisko, a brand Orlo Dairy markets in the north.",
        [("orlo-dairy", "OWNS", "brisko")],
        [],
    ),
    (  # frozen food: "a line Q produces" beside a possessed label
        "Vantora's Glimmer pizza label lost ground to Pizzolo, a line Quillex Foods produces.",
        [("quillex-foods", "OWNS", "pizzolo"), ("vantora", "OWNS", "glimmer")],
        [],
    ),
    (  # milling: coordinated possessives, one shared product noun
        "Quillex Mills's Ridgeline and Vantora Mills's Oakmill flours sell well.",
        [("quillex-mills", "OWNS", "ridgeline"), ("vantora-mills", "OWNS", "oakmill")],
        [("vantora-mills", "OWNS", "ridgeline")],
    ),
    (  # dairy: coordinated possessives with cheeses
        "Quillex Dairy's Brightvale and Vantora Dairy's Nettle cheeses won prizes.",
        [("quillex-dairy", "OWNS", "brightvale"), ("vantora-dairy", "OWNS", "nettle")],
        [],
    ),
    (  # bulbs: a flower variety after "its", a name that starts with a given name
        "Pellow Growers has a nursery where it raises its Amber Dawn tulip.",
        [("pellow-growers", "OWNS", "amber-dawn")],
        [],
    ),
    (  # seeds: "its NAME tulip" in a plain clause
        "Marlow Seeds sells its Golden Crest tulip across Europe.",
        [("marlow-seeds", "OWNS", "golden-crest")],
        [],
    ),
    (  # music: "its student trumpet"
        "Harrow Brass, a maker of brass instruments, sells Merlin, its student trumpet.",
        [("harrow-brass", "OWNS", "merlin")],
        [],
    ),
]

PRODUCT_GUARDS: list[Case] = [
    (  # guard: a firm in an appositive with "its parent"
        "Sales at Glimmer Foods rose. Glimmer Holdings, its parent, said little.",
        [],
        [("glimmer-foods", "OWNS", "glimmer-holdings")],
    ),
    (  # guard: "its pump maker" is no product
        "Orlo Irrigation relies on Veska Works, its pump maker.",
        [],
        [("orlo-irrigation", "OWNS", "veska-works")],
    ),
    (  # guard: a licensor
        "Tansy Foods makes the Corla range under licence from Pizzolo Ltd.",
        [],
        [("tansy-foods", "OWNS", "pizzolo-ltd")],
    ),
]

PLACES: list[Case] = [
    (  # lifts: a fronted place phrase, then the firm
        "Lift makers are busy. Meanwhile in Corran, Skylark Access filed suit against Ferron "
        "Lifts.",
        [("skylark-access", "DISPUTES", "ferron-lifts")],
        [],
    ),
    (  # retail: "Back in X, NAME verb"
        "Back in Tarrow, Kelbrook Retail sued Pellam Stores over a lease.",
        [("kelbrook-retail", "DISPUTES", "pellam-stores")],
        [],
    ),
    (  # freight: a real list still places each town
        "Orlo Freight has depots in Lyon, Dijon and Nantes.",
        [
            ("orlo-freight", "LOCATED_IN", "lyon"),
            ("orlo-freight", "LOCATED_IN", "dijon"),
            ("orlo-freight", "LOCATED_IN", "nantes"),
        ],
        [],
    ),
    (  # guard: a fronted place with no firm after it
        "Meanwhile in Corran, officials said the Ferron Lifts plant would close.",
        [],
        [("ferron-lifts", "LOCATED_IN", "officials")],
    ),
]

HEADLINES: list[Case] = [
    (  # snacks: the headline's place modifier is no evidence
        "Quillex to Buy Ostrund Snack Maker Vantora\n\nQuillex Foods agreed on Monday to buy "
        "Vantora, the crisp maker, for 40 million euros.",
        [("quillex-foods", "OWNS", "vantora")],
        [("vantora", "LOCATED_IN", "ostrund")],
    ),
    (  # newsletter: a headline's list of items
        "Weekly Wire: Orlo buys a mill, a patent fight in Calverby, and a new chief\n\nOrlo "
        "Foods bought Tarrow Mills on Tuesday.",
        [("orlo-foods", "OWNS", "tarrow-mills")],
        [("orlo-foods", "DISPUTES", "calverby")],
    ),
]

COUNTRY_MODIFIERS: list[Case] = [
    (  # funds: a country before a generic noun places nothing
        "Dornwick, a Norway fund, owns 7% of Vantora Foods.",
        [("dornwick", "OWNS", "vantora-foods")],
        [("dornwick", "LOCATED_IN", "norway")],
    ),
    (  # engineering: "a Canada maker"
        "Kelmar, a Canada pump maker, sued Orlo Pumps over a patent.",
        [("kelmar", "DISPUTES", "orlo-pumps")],
        [("kelmar", "LOCATED_IN", "canada")],
    ),
    (  # a city still places the firm
        "Kelmar, a Munich pump maker, sued Orlo Pumps over a patent.",
        [("kelmar", "LOCATED_IN", "munich"), ("kelmar", "DISPUTES", "orlo-pumps")],
        [],
    ),
    (  # "X-based" with a country still places the firm
        "Kelmar, a Canada-based pump maker, sued Orlo Pumps over a patent.",
        [("kelmar", "LOCATED_IN", "canada")],
        [],
    ),
]

BANK = PRODUCTS + PRODUCT_GUARDS + PLACES + HEADLINES + COUNTRY_MODIFIERS
GAPS: dict[str, str] = {}

# (text, names with their type, names that must not be entities)
TYPED: list[tuple[str, dict[str, str], list[str]]] = [
    (
        "Meanwhile in Corran, Skylark Access filed suit against Ferron Lifts.",
        {"Skylark Access": "Organization", "Corran": "Location"},
        [],
    ),
    (
        "Brannock Controls wants more output of Tallow, its leak-warning valve.",
        {"Tallow": "Product", "Brannock Controls": "Organization"},
        [],
    ),
    (
        "Sales of the Merrow 4 tractor and the Kestrel 7 horn, long Dunmore's top model, rose.",
        {"Merrow 4": "Product", "Kestrel 7": "Product"},
        [],
    ),
    (  # a superlative's appositive describes its head noun, not the place
        "Quillex Cold has opened the largest bakery in Tarrowshire, a modern facility near "
        "the port.",
        {"Tarrowshire": "Location"},
        [],
    ),
    (
        "Kelso Foods runs the newest bakery in the Lowlands, a modern plant near the port.",
        {"Lowlands": "Location"},
        [],
    ),
    (  # guard: an appositive of the place itself still types it
        "Kelso Foods bought Port Tarrow, a small harbour project in the north.",
        {"Port Tarrow": "Project"},
        [],
    ),
    (
        "Sales at Glimmer Foods rose. Glimmer Holdings, its parent, said little.",
        {"Glimmer Holdings": "Organization"},
        [],
    ),
]


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_types11(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize(("text", "must", "must_not"), TYPED, ids=[t[0][:50] for t in TYPED])
def test_genre_types11_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
