"""Genre bank for places that are not the first of their kind: the second and third places of
a list of sites ("runs depots in Tarnow, Edenvale and Pirsk"), plural site nouns ("refineries
at A and B", "warehouses in A"), an organization's facility ("its works in Gdynora", "the
company runs a bottling plant in C"), a "-based" appositive on an object ("lost a tender to
Pellin Labs, the Turin-based chipmaker"), a bare place premodifier before a trade noun with the
name in apposition ("A Tulsa haulier, Brantor Haulage, filed suit") and a project's site.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across logistics, energy, retail, mining, brewing, shipping, paper, telecoms,
insurance, banking, farming, pharma, media, autos and property; active, relative clause,
possessive, coordination, "the company" and pronoun subjects, plurals. Guards: a rival's base
given to the rival only, an analyst's firm and city, a listing, a customer base, a market
list, exports, a negation, a question, a supply contract, a customer's site.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LISTS: list[Case] = [
    (  # logistics: a three-place list after a plural site noun
        "Vantora Logistics runs depots in Tarnow, Edenvale and Pirsk.",
        [
            ("vantora-logistics", "LOCATED_IN", "tarnow"),
            ("vantora-logistics", "LOCATED_IN", "edenvale"),
            ("vantora-logistics", "LOCATED_IN", "pirsk"),
        ],
        [],
    ),
    (  # energy: "operates refineries at A and B"
        "Pallas Energy operates refineries at Kessingham and Dorrow Bay.",
        [
            ("pallas-energy", "LOCATED_IN", "kessingham"),
            ("pallas-energy", "LOCATED_IN", "dorrow-bay"),
        ],
        [],
    ),
    (  # paper: possessive subject "its mills in A and B employ"
        "Halvern Paper cut its forecast. Its mills in Corvale and Hestmark employ 900 people.",
        [
            ("halvern-paper", "LOCATED_IN", "corvale"),
            ("halvern-paper", "LOCATED_IN", "hestmark"),
        ],
        [],
    ),
    (  # retail: "has warehouses in A, B and C"
        "Brellow Stores has warehouses in Lindqvist, Marrowby and Ostend Vale.",
        [
            ("brellow-stores", "LOCATED_IN", "lindqvist"),
            ("brellow-stores", "LOCATED_IN", "marrowby"),
            ("brellow-stores", "LOCATED_IN", "ostend-vale"),
        ],
        [],
    ),
    (  # mining: relative clause, "which operates smelters in A and B"
        "Corvane Metals, which operates smelters in Tavira Norte and Kelsbrook, raised its "
        "dividend.",
        [
            ("corvane-metals", "LOCATED_IN", "tavira-norte"),
            ("corvane-metals", "LOCATED_IN", "kelsbrook"),
        ],
        [],
    ),
    (  # brewing: "the company" subject, three places with a serial comma
        "Oldmere Brewing reported record sales. The company runs breweries in Stavely, Duncraig, "
        "and Pellhurst.",
        [
            ("oldmere-brewing", "LOCATED_IN", "stavely"),
            ("oldmere-brewing", "LOCATED_IN", "duncraig"),
            ("oldmere-brewing", "LOCATED_IN", "pellhurst"),
        ],
        [],
    ),
    (  # shipping: "owns terminals in A and B"
        "Marlin Ports owns container terminals in Varnsund and Kollby.",
        [("marlin-ports", "LOCATED_IN", "varnsund"), ("marlin-ports", "LOCATED_IN", "kollby")],
        [],
    ),
    (  # telecoms: "data centres in A, B and C"
        "Skellig Telecom operates data centres in Arvika, Tromsund and Hallmark Bay.",
        [
            ("skellig-telecom", "LOCATED_IN", "arvika"),
            ("skellig-telecom", "LOCATED_IN", "tromsund"),
            ("skellig-telecom", "LOCATED_IN", "hallmark-bay"),
        ],
        [],
    ),
    (  # pharma: "has plants in A and B", pronoun subject
        "Quenby Pharma beat forecasts. It has plants in Ravello Norte and Sandvik Hills.",
        [
            ("quenby-pharma", "LOCATED_IN", "ravello-norte"),
            ("quenby-pharma", "LOCATED_IN", "sandvik-hills"),
        ],
        [],
    ),
    (  # farming: "grain silos in A, B and C"
        "Tamsin Grain runs grain silos in Orvick, Dallow and Brenmoor.",
        [
            ("tamsin-grain", "LOCATED_IN", "orvick"),
            ("tamsin-grain", "LOCATED_IN", "dallow"),
            ("tamsin-grain", "LOCATED_IN", "brenmoor"),
        ],
        [],
    ),
    (  # food: "makes crisps at plants in A, B and C"
        "Kelmar Foods makes crisps at plants in Tarnow, Edenvale and Pirsk.",
        [
            ("kelmar-foods", "LOCATED_IN", "tarnow"),
            ("kelmar-foods", "LOCATED_IN", "edenvale"),
            ("kelmar-foods", "LOCATED_IN", "pirsk"),
        ],
        [],
    ),
    (  # logistics: relative clause, "which has depots at A and B"
        "Vantora Logistics, which has depots at Tarnow and Pirsk, was sold.",
        [
            ("vantora-logistics", "LOCATED_IN", "tarnow"),
            ("vantora-logistics", "LOCATED_IN", "pirsk"),
        ],
        [],
    ),
    (  # insurance: offices in three known cities
        "Sorvan Insurance has offices in Lisbon, Porto and Braga.",
        [
            ("sorvan-insurance", "LOCATED_IN", "lisbon"),
            ("sorvan-insurance", "LOCATED_IN", "porto"),
            ("sorvan-insurance", "LOCATED_IN", "braga"),
        ],
        [],
    ),
    (  # guard: a town and its country, then another town
        "Gorrin Steel runs mills in Lyon, France and Ghent.",
        [("gorrin-steel", "LOCATED_IN", "lyon")],
        [("gorrin-steel", "LOCATED_IN", "france")],
    ),
    (  # guard: a relative clause's place, then the list's next name
        "Calder Power, which runs four plants in Wales, and Nordvik Energi formed a venture.",
        [("calder-power", "LOCATED_IN", "wales")],
        [("calder-power", "LOCATED_IN", "nordvik-energi")],
    ),
    (  # guard: others' plural sites
        "Pallas Energy said margins at refineries in Asia fell.",
        [],
        [("pallas-energy", "LOCATED_IN", "asia")],
    ),
    (  # guard: sites sold to
        "Kessel Mining sells ore to Chinese smelters in Guangxi.",
        [],
        [("kessel-mining", "LOCATED_IN", "guangxi")],
    ),
    (  # energy guard: a power plant is the company's own
        "Pallas Energy runs a power plant in Tarnow.",
        [("pallas-energy", "LOCATED_IN", "tarnow")],
        [],
    ),
    (  # food: a list of states, each a place of its own
        "Harlow Foods runs plants in Texas, Ohio and Alabama.",
        [
            ("harlow-foods", "LOCATED_IN", "texas"),
            ("harlow-foods", "LOCATED_IN", "ohio"),
            ("harlow-foods", "LOCATED_IN", "alabama"),
        ],
        [],
    ),
    (  # glass: a list of countries
        "Kessel Glass has factories in France, Spain and Italy.",
        [
            ("kessel-glass", "LOCATED_IN", "france"),
            ("kessel-glass", "LOCATED_IN", "spain"),
            ("kessel-glass", "LOCATED_IN", "italy"),
        ],
        [],
    ),
    (  # guard: "or" names a choice, no sites
        "Vantora Logistics has yet to pick a depot site in Tarnow, Edenvale or Pirsk.",
        [],
        [
            ("vantora-logistics", "LOCATED_IN", "edenvale"),
            ("vantora-logistics", "LOCATED_IN", "pirsk"),
        ],
    ),
    (  # guard: a market list is no site
        "Vantora Foods sells its cheese in Tarnow, Edenvale and Pirsk.",
        [],
        [("vantora-foods", "LOCATED_IN", "edenvale"), ("vantora-foods", "LOCATED_IN", "pirsk")],
    ),
    (  # guard: exports to a list
        "Brellow Steel exports coil to Lindqvist, Marrowby and Ostend Vale.",
        [],
        [("brellow-steel", "LOCATED_IN", "marrowby"), ("brellow-steel", "LOCATED_IN", "lindqvist")],
    ),
    (  # guard: a negated list of sites
        "Pallas Energy does not operate refineries in Kessingham or Dorrow Bay.",
        [],
        [
            ("pallas-energy", "LOCATED_IN", "kessingham"),
            ("pallas-energy", "LOCATED_IN", "dorrow-bay"),
        ],
    ),
    (  # guard: "Lyon, France": a town and its country is one place, not a list
        "Halvern Paper runs a mill in Corvale, Estland.",
        [("halvern-paper", "LOCATED_IN", "corvale")],
        [],
    ),
]

FACILITIES: list[Case] = [
    (  # autos: "assembles its engines at its works in C"
        "Brindo Motors assembles its engines at its works in Gdynora.",
        [("brindo-motors", "LOCATED_IN", "gdynora")],
        [],
    ),
    (  # food: possessive "X's depot in C will close"
        "Calmira Foods' depot in Wexham will close next year.",
        [("calmira-foods", "LOCATED_IN", "wexham")],
        [],
    ),
    (  # drinks: "the company" subject
        "Ostrel Drinks reported higher sales. The company runs a bottling plant in Gironde Hollow.",
        [("ostrel-drinks", "LOCATED_IN", "gironde-hollow")],
        [],
    ),
    (  # insurance: "its claims centre in C"
        "Cassick Assurance will hire 200 staff at its claims centre in Dunmere.",
        [("cassick-assurance", "LOCATED_IN", "dunmere")],
        [],
    ),
    (  # energy: plural subject "refineries at A"
        "Lomond Oil said it would shut one of its refineries at Breck Harbour.",
        [("lomond-oil", "LOCATED_IN", "breck-harbour")],
        [],
    ),
    (  # property: "runs a warehouse in C"
        "Kestrel Estates runs a cold-storage warehouse in Pellam Cross.",
        [("kestrel-estates", "LOCATED_IN", "pellam-cross")],
        [],
    ),
    (  # media: "its printing works near C"
        "Arden Media prints its papers at its printing works near Holmfirth.",
        [("arden-media", "LOCATED_IN", "holmfirth")],
        [],
    ),
    (  # guard: a supply contract for someone else's refinery
        "Corvex Valves won a contract to supply the refinery in Breck Harbour.",
        [],
        [("corvex-valves", "LOCATED_IN", "breck-harbour")],
    ),
    (  # guard: a question
        "Will Vantora Logistics open a depot in Pirsk?",
        [],
        [("vantora-logistics", "LOCATED_IN", "pirsk")],
    ),
    (  # guard: a customer base in a region
        "Vantora Foods has a large customer base in Scandinavia.",
        [],
        [("vantora-foods", "LOCATED_IN", "scandinavia")],
    ),
    (  # guard: a client base
        "Halden Insurance has built a loyal client base in Lower Marrow.",
        [],
        [("halden-insurance", "LOCATED_IN", "lower-marrow")],
    ),
    (  # guard: a denial
        "Brindo Motors denied that it has a plant in Gdynora.",
        [],
        [("brindo-motors", "LOCATED_IN", "gdynora")],
    ),
]

APPOSITIVES: list[Case] = [
    (  # tech: "-based" appositive on the object of "to"
        "Dexa Semis lost a tender to Pellin Labs, the Turin-based chipmaker.",
        [("pellin-labs", "LOCATED_IN", "turin")],
        [("dexa-semis", "LOCATED_IN", "turin")],
    ),
    (  # media: "-based" appositive after "for"
        "Arden Media paid $40 million for Halder Radio, a Leeds-based broadcaster.",
        [("halder-radio", "LOCATED_IN", "leeds")],
        [("arden-media", "LOCATED_IN", "leeds")],
    ),
    (  # logistics: bare place premodifier, then the name in apposition
        "A Tulsa haulier, Brantor Haulage, filed suit against Merrow Freight.",
        [("brantor-haulage", "LOCATED_IN", "tulsa")],
        [("merrow-freight", "LOCATED_IN", "tulsa")],
    ),
    (  # banking: "The Lagos lender, X, raised"
        "The Lagos lender, Ebrin Bank, raised its deposit rates on Monday.",
        [("ebrin-bank", "LOCATED_IN", "lagos")],
        [],
    ),
    (  # mining: "A Perth miner, X, agreed"
        "A Perth miner, Coldra Resources, agreed to sell its nickel assets.",
        [("coldra-resources", "LOCATED_IN", "perth")],
        [],
    ),
    (  # shipping: "-based" on a rival, not the possessor
        "Vantora's rival, the Pirsk-based Ostrel Shipping, cut prices.",
        [("ostrel-shipping", "LOCATED_IN", "pirsk")],
        [("vantora", "LOCATED_IN", "pirsk")],
    ),
    (  # farming: "-based" appositive after "with"
        "Tamsin Farms signed a deal with Orvik Seeds, the Nantes-based grower.",
        [("orvik-seeds", "LOCATED_IN", "nantes")],
        [("tamsin-farms", "LOCATED_IN", "nantes")],
    ),
    (  # guard: an analyst at a firm in a city
        "Kelda Grey, an analyst at Morrow Securities in Oslo, said sales were weak.",
        [],
        [("morrow-securities", "LOCATED_IN", "oslo"), ("kelda-grey", "LOCATED_IN", "oslo")],
    ),
    (  # guard: a listing is no location
        "Oslo-listed Vantora Shipping raised prices.",
        [],
        [("vantora-shipping", "LOCATED_IN", "oslo")],
    ),
    (  # guard: a listing in an appositive
        "Brisa Foods bought Kell Dairy, the Lagos-listed cheesemaker.",
        [],
        [("kell-dairy", "LOCATED_IN", "lagos")],
    ),
    (  # guard: a person with a trade noun and a city
        "A Tulsa trucker, Ann Brantor, filed suit against Merrow Freight.",
        [],
        [("merrow-freight", "LOCATED_IN", "tulsa")],
    ),
]

PROJECTS: list[Case] = [
    (  # mining: bare "in Place region" after a project name
        "Harnel Mining owns the Tarn Valley mine in Ostrava region.",
        [("tarn-valley", "LOCATED_IN", "ostrava")],
        [],
    ),
    (  # shipbuilding: the yard sits where its slipway is, not the vessel
        "The Selka Star, built by Nardo Yards at the Pirsk slipway it operates, was delivered.",
        [("nardo-yards", "LOCATED_IN", "pirsk")],
        [("selka-star", "LOCATED_IN", "pirsk")],
    ),
    (  # energy: a wind farm off a coast
        "Pellan Power will build the Skerrow wind farm off Dunmore Head.",
        [("skerrow", "LOCATED_IN", "dunmore-head")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "The Selka Star": "'at the C slipway it operates': the yard's own site",
    "Pellan Power will build the Skerrow": "'off' a headland after a wind farm's name",
}


@pytest.mark.parametrize("case", gap_params(LISTS, GAPS))
def test_place_lists(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(FACILITIES, GAPS))
def test_facilities(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(APPOSITIVES, GAPS))
def test_appositives(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(PROJECTS, GAPS))
def test_projects(case: Case) -> None:
    check(*case)
