"""Genre bank for COMPETES_WITH constructions: reciprocal and plural subjects with lists ("A and
B compete with one another and also with C", "A and B are rivals", "the two groups, which vie
for permits"), a relative-clause subject with a list of rivals ("For A, which competes with B and
C for contracts, ..."), appositive and premodifier rival or challenger ("its chief rival, B",
"rival bidder B", "their old rivals B and C", "A's challenger B", "B, a challenger to A"),
first-person parties in interviews ("we compete head-on with B", "they fight us for every
tender"), products set against products, and a competing pair that also holds another relation.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance and property. Guards: a former rival, a negated or hedged competition, a
conditional, competition with no named party, a customer, a competition authority.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

RECIPROCAL: list[Case] = [
    (  # farming: reciprocal pair and a third party after "and also with"
        "Halvek Seeds and Orsolo Agri, which compete with one another and also with Tamsby "
        "Seeds, supply most of the market.",
        [
            ("halvek-seeds", "COMPETES_WITH", "orsolo-agri"),
            ("halvek-seeds", "COMPETES_WITH", "tamsby-seeds"),
            ("orsolo-agri", "COMPETES_WITH", "tamsby-seeds"),
        ],
        [],
    ),
    (  # mining: main clause, "compete with each other and with"
        "Granite Peak Mining and Vostral Metals compete with each other and with Kerrow "
        "Minerals for lithium permits.",
        [
            ("granite-peak-mining", "COMPETES_WITH", "vostral-metals"),
            ("granite-peak-mining", "COMPETES_WITH", "kerrow-minerals"),
            ("vostral-metals", "COMPETES_WITH", "kerrow-minerals"),
        ],
        [],
    ),
    (  # shipping: "are rivals"
        "Brassel Lines and Otway Shipping are rivals on the Baltic routes.",
        [("brassel-lines", "COMPETES_WITH", "otway-shipping")],
        [],
    ),
    (  # banking: "are fierce rivals"
        "Dunmore Bank and Pellow Savings are fierce rivals in mortgage lending.",
        [("dunmore-bank", "COMPETES_WITH", "pellow-savings")],
        [],
    ),
    (  # telecoms: "have long competed for"
        "Verity Mobile and Skarn Telecom have long competed for rural customers.",
        [("verity-mobile", "COMPETES_WITH", "skarn-telecom")],
        [],
    ),
    (  # energy: bare plural "compete" with a purpose
        "Ostrava Power and Lindqvist Energy compete for offshore wind leases.",
        [("ostrava-power", "COMPETES_WITH", "lindqvist-energy")],
        [],
    ),
    (  # property: group word with a relative clause
        "Calder Homes bought land from Renwick Estates. The two groups, which vie for "
        "building permits in the county, rarely cooperate.",
        [("calder-homes", "COMPETES_WITH", "renwick-estates")],
        [],
    ),
    (  # retail: three-way list subject
        "Morrant Stores, Elbury Foods and Quayle Markets compete for the same shoppers.",
        [
            ("morrant-stores", "COMPETES_WITH", "elbury-foods"),
            ("morrant-stores", "COMPETES_WITH", "quayle-markets"),
            ("elbury-foods", "COMPETES_WITH", "quayle-markets"),
        ],
        [],
    ),
    (  # insurance: acquisition and competition coexist
        "Tarrant Insurance agreed to buy Welbeck Assurance last month. Regulators said Tarrant "
        "Insurance and Welbeck Assurance compete in motor cover.",
        [
            ("tarrant-insurance", "COMPETES_WITH", "welbeck-assurance"),
            ("tarrant-insurance", "OWNS", "welbeck-assurance"),
        ],
        [],
    ),
    (  # media: "compete with one another" then "and with" a third, no relative clause
        "Harrow Press and Lantern Media compete with one another and also with Brightwater "
        "News for advertisers.",
        [
            ("harrow-press", "COMPETES_WITH", "lantern-media"),
            ("harrow-press", "COMPETES_WITH", "brightwater-news"),
            ("lantern-media", "COMPETES_WITH", "brightwater-news"),
        ],
        [("harrow-press", "DISPUTES", "lantern-media")],
    ),
    (  # farming: a relative clause inside the coordinated subject
        "Orsolo Agri, which bought Halvek Seeds last year, and Tamsby Seeds compete for "
        "farmers in the east.",
        [("orsolo-agri", "COMPETES_WITH", "tamsby-seeds"), ("orsolo-agri", "OWNS", "halvek-seeds")],
        [("halvek-seeds", "COMPETES_WITH", "tamsby-seeds")],
    ),
    (  # shipping: the same, with a named rival after "with"
        "Brassel Lines, which runs the Kiel ferry, and Otway Shipping compete with Norrland "
        "Ferries.",
        [
            ("brassel-lines", "COMPETES_WITH", "norrland-ferries"),
            ("otway-shipping", "COMPETES_WITH", "norrland-ferries"),
        ],
        [],
    ),
    (  # food: "fight for the same shoppers" is rivalry, not a dispute
        "Corlan Dairy and Heston Farms fight for the same shoppers in the south.",
        [("corlan-dairy", "COMPETES_WITH", "heston-farms")],
        [("corlan-dairy", "DISPUTES", "heston-farms")],
    ),
    (  # guard: a fight over patents stays a dispute
        "Corlan Dairy and Heston Farms fought over a patent for years.",
        [("corlan-dairy", "DISPUTES", "heston-farms")],
        [("corlan-dairy", "COMPETES_WITH", "heston-farms")],
    ),
]

RELATIVE: list[Case] = [
    (  # autos: "For A, which competes with B and C for contracts, ..."
        "For Quorin Motors, which competes with Delmar Cells and Yutani Power for car "
        "contracts, the purchase offers cover.",
        [
            ("quorin-motors", "COMPETES_WITH", "delmar-cells"),
            ("quorin-motors", "COMPETES_WITH", "yutani-power"),
        ],
        [("delmar-cells", "COMPETES_WITH", "yutani-power")],
    ),
    (  # food: subject relative clause, list of three
        "Bramley Foods, which competes with Corlan Dairy, Heston Farms and Ivell Cheese, "
        "raised prices.",
        [
            ("bramley-foods", "COMPETES_WITH", "corlan-dairy"),
            ("bramley-foods", "COMPETES_WITH", "heston-farms"),
            ("bramley-foods", "COMPETES_WITH", "ivell-cheese"),
        ],
        [],
    ),
    (  # pharma: object relative clause
        "Analysts praised Norvane Pharma, which competes with Esker Bio and Tolland Labs in "
        "vaccines.",
        [
            ("norvane-pharma", "COMPETES_WITH", "esker-bio"),
            ("norvane-pharma", "COMPETES_WITH", "tolland-labs"),
        ],
        [],
    ),
    (  # telecoms: "which vies with A and B"
        "Pellar Telecom, which vies with Orbix Mobile and Sunway Networks for spectrum, "
        "named a new chief.",
        [
            ("pellar-telecom", "COMPETES_WITH", "orbix-mobile"),
            ("pellar-telecom", "COMPETES_WITH", "sunway-networks"),
        ],
        [],
    ),
]

APPOSED: list[Case] = [
    (  # mining: "its chief rival, Y"
        "Harland Gold said its chief rival, Mercer Minerals, had cut output.",
        [("harland-gold", "COMPETES_WITH", "mercer-minerals")],
        [],
    ),
    (  # shipping: "rival bidder Y"
        "Corvin Ports won the terminal tender after rival bidder Osterby Logistics withdrew.",
        [("corvin-ports", "COMPETES_WITH", "osterby-logistics")],
        [],
    ),
    (  # retail: "their old rivals A and B"
        "Farrow Stores and Pinter Markets merged their buying arms to fight their old rivals "
        "Kelso Retail and Dane Grocers.",
        [
            ("farrow-stores", "COMPETES_WITH", "kelso-retail"),
            ("farrow-stores", "COMPETES_WITH", "dane-grocers"),
            ("pinter-markets", "COMPETES_WITH", "kelso-retail"),
            ("pinter-markets", "COMPETES_WITH", "dane-grocers"),
        ],
        [("farrow-stores", "DISPUTES", "kelso-retail")],
    ),
    (  # telecoms: "X's challenger Y"
        "Skarn Telecom's challenger Birchway Mobile cut its prices again.",
        [("skarn-telecom", "COMPETES_WITH", "birchway-mobile")],
        [],
    ),
    (  # energy: "Y, a challenger to X"
        "Helio Grid, a challenger to Norland Power, raised its tariffs.",
        [("helio-grid", "COMPETES_WITH", "norland-power")],
        [],
    ),
    (  # banking: rival as second member of a coordinated appositive
        "Tessaly Bank hired Marta Okoro, a former trader and an adviser to its rival, Brenmoor "
        "Bank.",
        [("tessaly-bank", "COMPETES_WITH", "brenmoor-bank")],
        [],
    ),
    (  # media: "Y, its main rival"
        "Lantern Media lost readers to Harrow Press, its main rival, last year.",
        [("lantern-media", "COMPETES_WITH", "harrow-press")],
        [],
    ),
    (  # autos: "its rival Y" with no comma
        "Kelby Motors sued its rival Dorran Cars over a patent.",
        [("kelby-motors", "COMPETES_WITH", "dorran-cars")],
        [],
    ),
    (  # food: "its rivals A and B"
        "Ashby Bakeries outsold its rivals Crumbwell Foods and Tarn Mills in the north.",
        [
            ("ashby-bakeries", "COMPETES_WITH", "crumbwell-foods"),
            ("ashby-bakeries", "COMPETES_WITH", "tarn-mills"),
        ],
        [],
    ),
    (  # insurance: the company in an earlier sentence, "its chief rival, Y"
        "Welbeck Assurance reported a loss. Its chief rival, Ormond Mutual, grew premiums.",
        [("welbeck-assurance", "COMPETES_WITH", "ormond-mutual")],
        [],
    ),
    (  # pharma: "the challenger Y" after the incumbent is named
        "Esker Bio dominates the market for insulin pens. Its challenger Velmar Health plans a "
        "cheaper device.",
        [("esker-bio", "COMPETES_WITH", "velmar-health")],
        [],
    ),
]

APPOSED_MORE: list[Case] = [
    (  # shipbuilding: "rival suitor Y" in a subordinate clause
        "Dunlow Yards lost the ferry order after rival suitor Tarrow Marine cut its price.",
        [("dunlow-yards", "COMPETES_WITH", "tarrow-marine")],
        [],
    ),
    (  # guard: "fight rival Y in court" stays a dispute as well
        "Ashby Bakeries vowed to fight rival Tarn Mills in court over the recipe.",
        [("ashby-bakeries", "DISPUTES", "tarn-mills")],
        [],
    ),
    (  # retail: "X is its main rival" (its is not X)
        "Morrant Stores opened ten shops. Quayle Markets is its main rival.",
        [("morrant-stores", "COMPETES_WITH", "quayle-markets")],
        [],
    ),
    (  # energy: "X is a tough rival" in an article about another firm
        "Norland Power raised prices in May. Helio Grid is a tough rival in the north.",
        [("norland-power", "COMPETES_WITH", "helio-grid")],
        [],
    ),
    (  # telecoms: "fights X for contracts" is rivalry
        "Pellar Telecom fights Orbix Mobile for every government contract.",
        [("pellar-telecom", "COMPETES_WITH", "orbix-mobile")],
        [("pellar-telecom", "DISPUTES", "orbix-mobile")],
    ),
    (  # guard: a negated predicate rival
        "Norland Power raised prices in May. Helio Grid is not a rival.",
        [],
        [("norland-power", "COMPETES_WITH", "helio-grid")],
    ),
]

SPEAKERS: list[Case] = [
    (  # autos interview: "we compete head-on with X"
        "Orla Brandt runs Kestrel Trucks.\n\n"
        "Who are your rivals?\n\n"
        '"We compete head-on with Varga Motors," Brandt said.',
        [("kestrel-trucks", "COMPETES_WITH", "varga-motors")],
        [],
    ),
    (  # shipping interview: "they fight us for every tender"
        "Kasper Lind is chief executive of Nordhaven Ferries.\n\n"
        "Q: What about Trell Lines?\n\n"
        "A: They fight us for every tender.",
        [("nordhaven-ferries", "COMPETES_WITH", "trell-lines")],
        [("nordhaven-ferries", "DISPUTES", "trell-lines")],
    ),
    (  # farming interview: "they're a tough rival"
        "Ines Palma heads Verdal Farms.\n\n"
        "Q: How do you see Ostro Agri?\n\n"
        "A: They're a tough rival.",
        [("verdal-farms", "COMPETES_WITH", "ostro-agri")],
        [],
    ),
    (  # media interview: a named rival as a bare predicate noun
        "Maria Lund is the editor of Harrow Press.\n\n"
        "Q: Who are your rivals?\n\n"
        "A: Lantern Media is a strong competitor in the south.",
        [("harrow-press", "COMPETES_WITH", "lantern-media")],
        [],
    ),
    (  # insurance interview: "we compete with them" after a question naming the firm
        "Peter Vance runs Ormond Mutual.\n\n"
        "Q: What about Welbeck Assurance?\n\n"
        "A: We compete with them for every fleet contract.",
        [("ormond-mutual", "COMPETES_WITH", "welbeck-assurance")],
        [],
    ),
    (  # telecoms quote: "we compete with X and Y"
        '"We compete with Orbix Mobile and Sunway Networks every day," said Dara Quill, chief '
        "executive of Pellar Telecom.",
        [
            ("pellar-telecom", "COMPETES_WITH", "orbix-mobile"),
            ("pellar-telecom", "COMPETES_WITH", "sunway-networks"),
        ],
        [],
    ),
]

PRODUCTS: list[Case] = [
    (  # autos: the model it goes up against
        "Dorran Cars launched the Vela, an electric hatchback. The Kestra, the model it goes up "
        "against, is made by Kelby Motors.",
        [("vela", "COMPETES_WITH", "kestra")],
        [],
    ),
    (  # pharma: a drug competes with a drug
        "Norvane Pharma's Dolvex competes with Tolvira, a drug made by Esker Bio.",
        [("dolvex", "COMPETES_WITH", "tolvira")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # once a rival
        "Harland Gold, once a rival of Mercer Minerals, now supplies it with ore.",
        [],
        [("harland-gold", "COMPETES_WITH", "mercer-minerals")],
    ),
    (  # no longer competes
        "Brassel Lines no longer competes with Otway Shipping on the Baltic routes.",
        [],
        [("brassel-lines", "COMPETES_WITH", "otway-shipping")],
    ),
    (  # does not compete
        "Dunmore Bank does not compete with Pellow Savings in mortgages.",
        [],
        [("dunmore-bank", "COMPETES_WITH", "pellow-savings")],
    ),
    (  # would compete if
        "Verity Mobile would compete with Skarn Telecom if it won a licence.",
        [],
        [("verity-mobile", "COMPETES_WITH", "skarn-telecom")],
    ),
    (  # competition for talent with the wider economy: no named rival
        "Ostrava Power competes for talent with the wider economy, chief executive Lena "
        "Marsh said.",
        [],
        [],
    ),
    (  # a customer: the builders it sells to compete with the other firm, not Calder
        "Calder Homes sells bricks to builders that compete with Renwick Estates.",
        [],
        [("calder-homes", "COMPETES_WITH", "renwick-estates")],
    ),
    (  # a maker of competing products still competes (no guard for a product's relative)
        "Varga Motors makes vans that compete with Dunlow Trucks.",
        [("varga-motors", "COMPETES_WITH", "dunlow-trucks")],
        [],
    ),
    (  # a competition authority is a regulator
        "The Competition Authority of Varnia fined Morrant Stores for price fixing.",
        [],
        [("competition-authority-of-varnia", "COMPETES_WITH", "morrant-stores")],
    ),
    (  # former rivals
        "Farrow Stores and Pinter Markets, former rivals, now share a warehouse.",
        [],
        [("farrow-stores", "COMPETES_WITH", "pinter-markets")],
    ),
    (  # denial: "are not rivals"
        "Heston Farms and Ivell Cheese are not rivals, the chairman said.",
        [],
        [("heston-farms", "COMPETES_WITH", "ivell-cheese")],
    ),
    (  # question: no assertion
        "Will Corlan Dairy and Bramley Foods compete for the school contracts?",
        [],
        [("corlan-dairy", "COMPETES_WITH", "bramley-foods")],
    ),
    (  # an ended rivalry in an appositive: "a former rival of"
        "Kelby Motors, a former rival of Dorran Cars, now makes buses.",
        [],
        [("kelby-motors", "COMPETES_WITH", "dorran-cars")],
    ),
    (  # a supply contract between rivals is no partnership, and no rivalry either
        "Tarn Mills signed a supply contract with Ashby Bakeries.",
        [],
        [("tarn-mills", "COMPETES_WITH", "ashby-bakeries")],
    ),
]

GAPS: dict[str, str] = {
    "Dorran Cars launched the Vela": "product against product ('the model it goes up against')",
}

CASES: list[Case] = RECIPROCAL + RELATIVE + APPOSED + APPOSED_MORE + SPEAKERS + PRODUCTS + GUARDS


@pytest.mark.parametrize("case", gap_params(CASES, GAPS))
def test_genre_rivals(case: Case) -> None:
    check(*case)
