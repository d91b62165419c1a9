"""Genre bank for organisation name boundaries, round two: a body's last word ("Unit",
"Division", "Office", "Agency", "Authority", "Board", "Council", "Commission", "Service",
"Institute", "Law") kept in its name; lower-case inner words of places and institutions
("Kelby upon Fenwold", "Stratford-on-Avon", "Bank of the West", "Van der Berg Shipping");
a title or trade word glued at the front ("Panel Member Lena Ost"); "the X family foundation".

Cases are invented short articles across food, mining, shipping, banking, pharma, energy,
retail, media, autos, farming, telecoms, insurance and property. Guards: two firms coordinated
("Tarrow and Pell signed"), a bid "for" a firm, "the Ministry of Finance and Corvel", a title
before a person ("Chief Executive Ann Lee said").
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

ORG = "Organization"

# Names kept whole with their last word or inner lower-case words (text, names, cut names).
WHOLE_NAMES: list[TypeCase] = [
    (  # energy: "Unit" as last word
        "The Coastal Resilience Unit paid for the prototypes built by Harrow Marine.",
        {"Coastal Resilience Unit": ORG},
        ["Coastal Resilience"],
    ),
    (  # banking: "Unit", passive
        "Tarsa Payments was funded by the Fraud Prevention Unit in 2025.",
        {"Fraud Prevention Unit": ORG},
        ["Fraud Prevention"],
    ),
    (  # farming: "Unit" before a relative clause
        "The Soil Health Unit, which advises growers, funded Orrin Farms.",
        {"Soil Health Unit": ORG},
        ["Soil Health"],
    ),
    (  # mining: "Division" as last word
        "The Mine Safety Division fined Kestrel Mining in June.",
        {"Mine Safety Division": ORG},
        ["Mine Safety"],
    ),
    (  # defence: "Office"
        "The Defence Research Office financed Tallis Drones in 2025.",
        {"Defence Research Office": ORG},
        ["Defence Research"],
    ),
    (  # water: "Authority"
        "The Northland Water Authority funded Brisk Pumps in March.",
        {"Northland Water Authority": ORG},
        ["Northland Water"],
    ),
    (  # farming: "Board"
        "The Regional Grain Board backed Tolla Farms last year.",
        {"Regional Grain Board": ORG},
        ["Regional Grain"],
    ),
    (  # food: "Council"
        "The Marlow County Council funded Pennick Bakeries.",
        {"Marlow County Council": ORG},
        ["Marlow County"],
    ),
    (  # farming: "Agency"
        "The Farm Payments Agency funded Orrin Dairy in 2024.",
        {"Farm Payments Agency": ORG},
        ["Farm Payments"],
    ),
    (  # media: "Commission"
        "The Tarsa Broadcasting Commission fined Velk Media.",
        {"Tarsa Broadcasting Commission": ORG},
        ["Tarsa Broadcasting"],
    ),
    (  # pharma: "Institute"
        "The Coastal Research Institute advised Kerro Fisheries.",
        {"Coastal Research Institute": ORG},
        ["Coastal Research"],
    ),
    (  # shipping: "Service" after a title-like word
        "The Harbour Pilot Service partnered with Drex Shipping.",
        {"Harbour Pilot Service": ORG},
        ["Harbour", "Service"],
    ),
    (  # legal: "Law" as last word of a firm
        "Fenmore Law advised Kestrel Mining on the sale.",
        {"Fenmore Law": ORG},
        ["Fenmore"],
    ),
    (  # property: "upon" inside a town
        "Ostler Brewing is based in Kelby upon Fenwold.",
        {"Kelby upon Fenwold": "Location"},
        ["Kelby", "Fenwold"],
    ),
    (  # food: "X upon Y-based"
        "The Kelby upon Fenwold-based brewer Ostler Brewing was founded by Ann Rusk.",
        {"Kelby upon Fenwold": "Location", "Ostler Brewing": ORG},
        ["Kelby", "Fenwold"],
    ),
    (  # mining: "upon" in a town after "in"
        "Kell Quarries opened a crushing plant in Burton upon Marle.",
        {"Burton upon Marle": "Location"},
        ["Burton", "Marle"],
    ),
    (  # guard: "upon" as a preposition between two names
        "Tarro Motors relied upon Kell Castings for its engine blocks.",
        {"Tarro Motors": ORG, "Kell Castings": ORG},
        ["Tarro Motors upon Kell Castings"],
    ),
    (  # retail: "-on-" in a town
        "Marden Foods is based in Stratford-on-Avon.",
        {"Stratford-on-Avon": "Location"},
        ["Stratford"],
    ),
    (  # retail: "-on-" in an appositive
        "Pell Retail, based in Henley-on-Thames, was founded by Joan Tarr.",
        {"Henley-on-Thames": "Location"},
        ["Henley"],
    ),
    (  # insurance: "family foundation"
        "The Tallis family foundation owns 20% of Vantora.",
        {"Tallis family foundation": ORG},
        ["Tallis"],
    ),
    (  # property: "family trust"
        "The Orrin family trust sold its stake in Kell Homes.",
        {"Orrin family trust": ORG},
        ["Orrin"],
    ),
    (  # guard: "the X family" alone is no body
        "Ann Tallis said the Tallis family was proud of Vantora.",
        {"Ann Tallis": "Person"},
        ["Tallis family"],
    ),
    (  # banking: "of the" inside a bank's name
        "Bank of the West funded Corra Homes.",
        {"Bank of the West": ORG},
        ["West"],
    ),
    (  # telecoms: "of the" inside a ministry's name
        "The Ministry of the Interior funded Vesta Telecom.",
        {"Ministry of the Interior": ORG},
        ["Interior"],
    ),
    (  # shipping: "van der" inside a firm's name
        "Van der Berg Shipping owns 40% of Rotta Ports.",
        {"Van der Berg Shipping": ORG},
        ["Berg Shipping"],
    ),
    (  # food: "de" inside a firm's name
        "Casa de Lora Foods owns 40% of Pell Farms.",
        {"Casa de Lora Foods": ORG},
        ["Lora Foods"],
    ),
    (  # insurance: a panel title before a person
        "Panel Member Lena Ost founded Ostwell Insurance.",
        {"Lena Ost": "Person"},
        ["Panel Member Lena Ost"],
    ),
    (  # food: a trade word before a firm
        "Roaster Halm Brothers owns 30% of Kavi Coffee.",
        {"Halm Brothers": ORG},
        ["Roaster Halm Brothers"],
    ),
]

NAME_GAPS: dict[str, str] = {
    "The Harbour Pilot Service": "a title word inside a body's name splits it",
    "Fenmore Law": "a last word 'Law' reads as legislation and blocks the name",
    "Panel Member": "a capitalized title before a person is glued to the name",
    "Roaster Halm": "a capitalized trade word before a firm is glued to the name",
}


@pytest.mark.parametrize("text,must,must_not", gap_params(WHOLE_NAMES, NAME_GAPS, spread=True))
def test_whole_names(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


# Relations whose endpoint is the whole name (text, relations present, relations absent).
RELATIONS: list[Case] = [
    (
        "The Coastal Resilience Unit paid for the prototypes built by Harrow Marine.",
        [("coastal-resilience-unit", "FUNDS", "harrow-marine")],
        [("coastal-resilience", "FUNDS", "harrow-marine")],
    ),
    (
        "Tarsa Payments was funded by the Fraud Prevention Unit in 2025.",
        [("fraud-prevention-unit", "FUNDS", "tarsa-payments")],
        [("fraud-prevention", "FUNDS", "tarsa-payments")],
    ),
    (
        "The Grid Modernisation Unit backed Sella Power, a battery maker.",
        [("grid-modernisation-unit", "FUNDS", "sella-power")],
        [("grid-modernisation", "FUNDS", "sella-power")],
    ),
    (
        "The Defence Research Office financed Tallis Drones in 2025.",
        [("the-defence-research-office", "FUNDS", "tallis-drones")],
        [],
    ),
    (
        "The Regional Grain Board backed Tolla Farms last year.",
        [("the-regional-grain-board", "BACKS", "tolla-farms")],
        [],
    ),
    (
        "Bank of the West funded Corra Homes.",
        [("bank-of-the-west", "FUNDS", "corra-homes")],
        [("west", "FUNDS", "corra-homes")],
    ),
    (
        "Van der Berg Shipping owns 40% of Rotta Ports.",
        [("van-der-berg-shipping", "OWNS", "rotta-ports")],
        [],
    ),
    (
        "Pell Retail, based in Henley-on-Thames, was founded by Joan Tarr.",
        [("pell-retail", "LOCATED_IN", "henley-on-thames")],
        [("pell-retail", "LOCATED_IN", "henley")],
    ),
    (
        "Ostler Brewing is based in Kelby upon Fenwold.",
        [("ostler-brewing", "LOCATED_IN", "kelby-upon-fenwold")],
        [("ostler-brewing", "LOCATED_IN", "kelby")],
    ),
    (
        "The Tallis family foundation owns 20% of Vantora.",
        [("the-tallis-family-foundation", "OWNS", "vantora")],
        [("tallis", "OWNS", "vantora")],
    ),
    (
        "The Tallis family office backed Vantora, a seed grower.",
        [("the-tallis-family-office", "BACKS", "vantora")],
        [("tallis", "BACKS", "vantora")],
    ),
    # GUARDS: part words that stay roles, coordinations and bids
    (
        "Sella Power, a unit of Korvo Energy, opened a plant in Dorn.",
        [("korvo-energy", "OWNS", "sella-power")],
        [],
    ),
    (
        "Tarrow and Pell signed a partnership in May.",
        [("tarrow", "PARTNERS_WITH", "pell")],
        [("tarrow-and-pell", "PARTNERS_WITH", "pell")],
    ),
    (
        "Drey Capital made a bid for Corvel.",
        [],
        [("drey-capital-for-corvel", "OWNS", "corvel"), ("drey-capital", "OWNS", "corvel")],
    ),
    (
        "The Ministry of Finance and Corvel signed a partnership.",
        [("ministry-of-finance", "PARTNERS_WITH", "corvel")],
        [],
    ),
    (
        "Chief Executive Ann Lee said Marro Foods would grow. Ann Lee founded Marro Foods.",
        [("ann-lee", "FOUNDED", "marro-foods")],
        [("chief-executive-ann-lee", "FOUNDED", "marro-foods")],
    ),
    (
        "Korvo Energy did not fund the Grid Modernisation Unit.",
        [],
        [("korvo-energy", "FUNDS", "grid-modernisation-unit")],
    ),
    (
        "Halden Foods may sell its Pell Snacks unit to Orrin Capital.",
        [],
        [("orrin-capital", "OWNS", "pell-snacks-unit")],
    ),
]

RELATION_GAPS: dict[str, str] = {
    "The Ministry of Finance and Corvel": "a ministry and a firm joined by 'and' are glued",
}


@pytest.mark.parametrize("case", gap_params(RELATIONS, RELATION_GAPS))
def test_relations(case: Case) -> None:
    text, present, absent = case
    check(text, present, absent)
