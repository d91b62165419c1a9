"""Genre bank for where an organization or project is (round 24, LOCATED_IN).

The common forms of business reporting: "based in", "P-based", "headquartered in", a fronted
participle, "X of P", "its P plant", sites opened, run or closed, "operates from", a bare town
before a trade noun, coordination ("both based in"), a pronoun or "the company" subject, and
the forms this round reads: the founding town ("X, founded in P in 1971", "Founded in P, X",
"started X in a barn in P"), a town's possessive in a firm's appositive or predicate ("X, P's
oldest lender", "X is one of P's biggest employers"), bare goods made in a city ("makes vans in
P", "has sewn tents in P since 1902"), sites held in a relative clause set off after an
appositive ("X, the P-based weaver, which also runs mills in A and B"), sites near or outside
a town ("its depot near P"), and a bare apostrophe after a name in -s ("X Motors' P plant").

Guards: a market, a destination of exports, a court's or a meeting's venue, a customer's or a
supplier's home, a planned site, a country's or a state's possessive, money made in a town.

Names and sentences are invented; sectors: mining, pharma, agriculture, autos, banking,
shipping, telecoms, media, insurance, aviation, retail, energy, textiles, building materials.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

L = "LOCATED_IN"

GENRE: list[Case] = [
    (
        "Dravenport Mining, based in Perth, said copper output rose 8%.",
        [("dravenport-mining", L, "perth")],
        [],
    ),
    (
        "Perth-based Dravenport Mining said copper output rose 8%.",
        [("dravenport-mining", L, "perth")],
        [],
    ),
    (
        "Dravenport Mining, a Perth-based copper miner, said output rose.",
        [("dravenport-mining", L, "perth")],
        [],
    ),
    (
        "Dravenport Mining is based in Perth and mines copper in Chile.",
        [("dravenport-mining", L, "perth")],
        [],
    ),
    (
        "Quillon Pharma is headquartered in Basel, the company said.",
        [("quillon-pharma", L, "basel")],
        [],
    ),
    (
        "Headquartered in Basel, Quillon Pharma makes generic drugs.",
        [("quillon-pharma", L, "basel")],
        [],
    ),
    (
        "Quillon Pharma, which is headquartered in Basel, reported higher sales.",
        [("quillon-pharma", L, "basel")],
        [],
    ),
    (
        "Quillon Pharma, whose headquarters are in Basel, reported higher sales.",
        [("quillon-pharma", L, "basel")],
        [],
    ),
    (
        "Quillon Pharma, with headquarters in Basel, reported higher sales.",
        [("quillon-pharma", L, "basel")],
        [],
    ),
    (
        "Quillon Pharma has its head office in Basel and a plant in Lyon.",
        [("quillon-pharma", L, "basel"), ("quillon-pharma", L, "lyon")],
        [],
    ),
    ("Harvick Grain of Winnipeg has bought two elevators.", [("harvick-grain", L, "winnipeg")], []),
    (
        "Harvick Grain said it would close its Winnipeg mill next year.",
        [("harvick-grain", L, "winnipeg")],
        [],
    ),
    (
        "Harvick Grain said it would shut its mill in Winnipeg, cutting 80 jobs.",
        [("harvick-grain", L, "winnipeg")],
        [],
    ),
    (
        "Harvick Grain opened a new flour mill in Winnipeg on Monday.",
        [("harvick-grain", L, "winnipeg")],
        [],
    ),
    (
        "Harvick Grain operates from Winnipeg and sells flour across Canada.",
        [("harvick-grain", L, "winnipeg")],
        [("harvick-grain", L, "canada")],
    ),
    (
        "The Winnipeg company Harvick Grain has bought two elevators.",
        [("harvick-grain", L, "winnipeg")],
        [],
    ),
    (
        "Harvick Grain, the Winnipeg grain handler, has bought two elevators.",
        [("harvick-grain", L, "winnipeg")],
        [],
    ),
    (
        "Winnipeg grain handler Harvick Grain has bought two elevators.",
        [("harvick-grain", L, "winnipeg")],
        [],
    ),
    ("Lyon publisher Garrow Press bought two magazines.", [("garrow-press", L, "lyon")], []),
    (
        "Ostwald Motors employs 2,000 people at its assembly plant in Graz.",
        [("ostwald-motors", L, "graz")],
        [],
    ),
    (
        "Ostwald Motors, which builds vans at a factory in Graz, cut its forecast.",
        [("ostwald-motors", L, "graz")],
        [],
    ),
    (
        "Ostwald Motors and Kerrin Axles, both based in Graz, agreed to merge.",
        [("ostwald-motors", L, "graz"), ("kerrin-axles", L, "graz")],
        [],
    ),
    ("Ostwald Motors moved its headquarters to Graz in 2019.", [("ostwald-motors", L, "graz")], []),
    (
        "The company's Graz factory builds 90,000 vans a year, Ostwald Motors said.",
        [("ostwald-motors", L, "graz")],
        [],
    ),
    (
        "Ostwald Motors, with plants in Graz and Linz, cut its forecast.",
        [("ostwald-motors", L, "graz"), ("ostwald-motors", L, "linz")],
        [],
    ),
    (
        "Ostwald Motors' plants in Graz and Linz were closed.",
        [("ostwald-motors", L, "graz"), ("ostwald-motors", L, "linz")],
        [],
    ),
    (
        "Tessaly Bank has branches in Lisbon, Porto and Faro.",
        [("tessaly-bank", L, "lisbon"), ("tessaly-bank", L, "porto")],
        [],
    ),
    ("Lisbon lender Tessaly Bank raises dividend", [("tessaly-bank", L, "lisbon")], []),
    (
        "Marrowby Shipping, the Rotterdam operator of bulk carriers, ordered six ships.",
        [("marrowby-shipping", L, "rotterdam")],
        [],
    ),
    (
        "Marrowby Shipping runs a container terminal in Rotterdam.",
        [("marrowby-shipping", L, "rotterdam")],
        [],
    ),
    (
        "Marrowby Shipping, which operates out of Rotterdam, ordered six ships.",
        [("marrowby-shipping", L, "rotterdam")],
        [],
    ),
    (
        "Calbrook Telecom is a mobile operator based in Nairobi.",
        [("calbrook-telecom", L, "nairobi")],
        [],
    ),
    (
        "Calbrook Telecom, the Nairobi mobile operator, added two million users.",
        [("calbrook-telecom", L, "nairobi")],
        [],
    ),
    (
        "Ferrand Media, a publisher based in Lyon, bought two magazines.",
        [("ferrand-media", L, "lyon")],
        [],
    ),
    (
        "Pellworth Insurance, which has offices in Dublin and Cork, raised premiums.",
        [("pellworth-insurance", L, "dublin"), ("pellworth-insurance", L, "cork")],
        [],
    ),
    ("Avelon Air, the Oslo carrier, cut fares.", [("avelon-air", L, "oslo")], []),
    (
        "Brinmore Foods runs three stores in Leeds and one in York.",
        [("brinmore-foods", L, "leeds"), ("brinmore-foods", L, "york")],
        [],
    ),
    (
        "Cardinale Energy's refinery in Aberdeen was shut for repairs.",
        [("cardinale-energy", L, "aberdeen")],
        [],
    ),
    (
        "A fire shut Cardinale Energy's Aberdeen refinery on Monday.",
        [("cardinale-energy", L, "aberdeen")],
        [],
    ),
    (
        "The Aberdeen refinery owned by Cardinale Energy was shut for repairs.",
        [("cardinale-energy", L, "aberdeen")],
        [],
    ),
    (
        "Harvick Grain bought two elevators. It is based in Winnipeg.",
        [("harvick-grain", L, "winnipeg")],
        [],
    ),
    (
        "Harvick Grain bought two elevators. The company, which is based in Winnipeg, paid "
        "$40 million.",
        [("harvick-grain", L, "winnipeg")],
        [],
    ),
    (
        "Harvick Grain bought two elevators. Based in Winnipeg, the company handles wheat.",
        [("harvick-grain", L, "winnipeg")],
        [],
    ),
    (
        "The opening of Harvick Grain's new mill in Winnipeg was delayed.",
        [("harvick-grain", L, "winnipeg")],
        [],
    ),
    ("Harvick Grain runs its business from Winnipeg.", [("harvick-grain", L, "winnipeg")], []),
    (
        "Harvick Grain, which moved to Winnipeg in 2001, bought two elevators.",
        [("harvick-grain", L, "winnipeg")],
        [],
    ),
    (
        "Dravenport Mining, which owns the Kestrel mine near Antofagasta, cut output.",
        [("kestrel", L, "antofagasta")],
        [],
    ),
]

GUARDS: list[Case] = [
    (
        "Dravenport Mining exports most of its copper to China.",
        [],
        [("dravenport-mining", L, "china")],
    ),
    (
        "Quillon Pharma sued Berrin Labs in a Delaware court.",
        [],
        [("quillon-pharma", L, "delaware"), ("berrin-labs", L, "delaware")],
    ),
    (
        "Harvick Grain's chief executive spoke at a conference in Chicago.",
        [],
        [("harvick-grain", L, "chicago")],
    ),
    ("Ostwald Motors sells most of its vans in Germany.", [], [("ostwald-motors", L, "germany")]),
    (
        "Tessaly Bank lent money to Corvo Hotels, a hotel group in Madrid.",
        [("corvo-hotels", L, "madrid")],
        [("tessaly-bank", L, "madrid")],
    ),
    (
        "Marrowby Shipping ships grain from Santos to Rotterdam.",
        [],
        [("marrowby-shipping", L, "santos"), ("marrowby-shipping", L, "rotterdam")],
    ),
    (
        "Calbrook Telecom plans to build a data centre in Mombasa by 2028.",
        [],
        [("calbrook-telecom", L, "mombasa")],
    ),
    ("Ferrand Media sold its papers to readers in Geneva.", [], [("ferrand-media", L, "geneva")]),
    ("Avelon Air will start flights to Lisbon in May.", [], [("avelon-air", L, "lisbon")]),
    ("Brinmore Foods buys its apples from growers in Kent.", [], [("brinmore-foods", L, "kent")]),
    (
        "The shareholders of Cardinale Energy met in Oslo on Friday.",
        [],
        [("cardinale-energy", L, "oslo")],
    ),
]

FOUNDED: list[Case] = [
    (
        "Tessaly Bank, founded in Lisbon in 1884, raised its dividend.",
        [("tessaly-bank", L, "lisbon")],
        [],
    ),
    (
        "Founded in Lisbon in 1884, Tessaly Bank raised its dividend.",
        [("tessaly-bank", L, "lisbon")],
        [],
    ),
    (
        "Kellan Dairy was founded in Cork in 1952 and now sells butter in ten countries.",
        [("kellan-dairy", L, "cork")],
        [],
    ),
    (
        "Ferrand Media, which was established in 1950 in Lyon, bought two magazines.",
        [("ferrand-media", L, "lyon")],
        [],
    ),
    (
        "In 1971 Ann Vell started Pallin Ceramics in an old dairy in Namur.",
        [("pallin-ceramics", L, "namur")],
        [],
    ),
    (
        "Brisk Freight was set up in a garage outside Leeds by two drivers.",
        [("brisk-freight", L, "leeds")],
        [],
    ),
    (
        "Joao Pires founded Avelon Air in Oslo in 1998.",
        [("joao-pires", "FOUNDED", "avelon-air"), ("avelon-air", L, "oslo")],
        [],
    ),
    # guards: a year only, a country, a bound reference, a founding elsewhere named as a plan
    (
        "Tessaly Bank was founded in 1884 and raised its dividend.",
        [],
        [("tessaly-bank", L, "lisbon")],
    ),
    ("Tessaly Bank was founded in Portugal in 1884.", [], [("tessaly-bank", L, "portugal")]),
    (
        "Ann Vell wants to start a new bakery in Namur, Pallin Ceramics said.",
        [],
        [("pallin-ceramics", L, "namur")],
    ),
    (
        "Kellan Dairy bought Orrin Cheese. The firm, founded in Cork in 1952, makes butter.",
        [],
        [("kellan-dairy", L, "cork")],
    ),
]

POSSESSIVE: list[Case] = [
    (
        "Ferrand Media, Lyon's biggest publisher, bought two magazines.",
        [("ferrand-media", L, "lyon")],
        [],
    ),
    (
        "Tessaly Bank, Lisbon's oldest lender, raised its dividend.",
        [("tessaly-bank", L, "lisbon")],
        [],
    ),
    (
        "Calbrook Telecom is Nairobi's second-largest mobile operator.",
        [("calbrook-telecom", L, "nairobi")],
        [],
    ),
    (
        "Harvick Grain is one of Winnipeg's biggest lenders.",
        [("harvick-grain", L, "winnipeg")],
        [],
    ),
    (
        "Pellworth Insurance, Dublin's oldest insurer, raised premiums.",
        [("pellworth-insurance", L, "dublin")],
        [],
    ),
    # guards: a country's or a state's possessive, a person's post
    (
        "Ferrand Media, France's biggest publisher, bought two magazines.",
        [],
        [("ferrand-media", L, "france")],
    ),
    ("Harvick Grain is Texas's biggest grain buyer.", [], [("harvick-grain", L, "texas")]),
    ("Lyon's mayor Ann Pires praised Ferrand Media.", [], [("ferrand-media", L, "lyon")]),
    # a nation's, a province's or a region's possessive (review 24, F4)
    ("Kellmor Bank, Wales' biggest lender, cut jobs.", [], [("kellmor-bank", L, "wales")]),
    ("Kellmor Bank, Scotland's oldest bank, cut jobs.", [], [("kellmor-bank", L, "scotland")]),
    ("Kellmor Bank is one of England's oldest banks.", [], [("kellmor-bank", L, "england")]),
    ("Kellmor Bank, Catalonia's biggest lender, cut jobs.", [], [("kellmor-bank", L, "catalonia")]),
    ("Kellmor Bank, Bavaria's biggest lender, cut jobs.", [], [("kellmor-bank", L, "bavaria")]),
    (
        "Harrow Tech, New England's biggest insurer, cut jobs.",
        [],
        [("harrow-tech", L, "new-england")],
    ),
    ("Kellmor Bank, Leeds's oldest lender, cut jobs.", [("kellmor-bank", L, "leeds")], []),
    ("Kellmor Bank, Paris' oldest bank, cut jobs.", [("kellmor-bank", L, "paris")], []),
    # a possessive right before the name is not read (measured)
    (
        "Nairobi's Calbrook Telecom added two million users.",
        [("calbrook-telecom", L, "nairobi")],
        [],
    ),
]

MADE: list[Case] = [
    ("Ostwald Motors makes delivery vans in Graz.", [("ostwald-motors", L, "graz")], []),
    (
        "Kell Brewery brews lager in Pilsen and Brno, the company said.",
        [("kell-brewery", L, "pilsen"), ("kell-brewery", L, "brno")],
        [],
    ),
    (
        "Ferrand Media has printed newspapers in Lyon since 1950.",
        [("ferrand-media", L, "lyon")],
        [],
    ),
    (
        "Ostby Canvas, which has sewn tents in Namur since 1902, was sold.",
        [("ostby-canvas", L, "namur")],
        [],
    ),
    (
        "Ovaline Farms grows apples in Nantes and exports them.",
        [("ovaline-farms", L, "nantes")],
        [],
    ),
    # guards: money, a market, inroads, a country's footprint
    ("Ostwald Motors makes money in Graz.", [], [("ostwald-motors", L, "graz")]),
    ("Ostwald Motors sells vans in Graz.", [], [("ostwald-motors", L, "graz")]),
    ("Ostwald Motors made inroads in Graz last year.", [], [("ostwald-motors", L, "graz")]),
    ("Cardinale Energy produces oil in Nigeria.", [], [("cardinale-energy", L, "nigeria")]),
    ("Vans made in Graz are cheap, Ostwald Motors said.", [], [("ostwald-motors", L, "graz")]),
    ("Ostwald Motors builds buses in Graz.", [("ostwald-motors", L, "graz")], []),
    ("Pallin Tiles has fired tiles in Namur since 1971.", [("pallin-tiles", L, "namur")], []),
    # no goods (review 24, F1): an adverb, an abstract noun, a client's works
    ("Harrow Tech grows fastest in Lyon, where sales rose 40%.", [], [("harrow-tech", L, "lyon")]),
    ("Harrow Tech has grown rapidly in Lyon.", [], [("harrow-tech", L, "lyon")]),
    ("Harrow Tech makes headway in Lyon.", [], [("harrow-tech", L, "lyon")]),
    ("Harrow Tech makes deliveries in Lyon every morning.", [], [("harrow-tech", L, "lyon")]),
    ("Harrow Tech has built market share in Lyon.", [], [("harrow-tech", L, "lyon")]),
    ("Harrow Tech makes appearances in Paris at trade fairs.", [], [("harrow-tech", L, "paris")]),
    ("Ostby Vans builds relationships in Graz.", [], [("ostby-vans", L, "graz")]),
    ("Harrow Tech has built ties in Lyon.", [], [("harrow-tech", L, "lyon")]),
    ("Harrow Tech mines data in Lyon.", [], [("harrow-tech", L, "lyon")]),
    ("Harrow Tech produces events in Lyon.", [], [("harrow-tech", L, "lyon")]),
    ("Harrow Tech builds partnerships in Lyon.", [], [("harrow-tech", L, "lyon")]),
    ("Velmar Construction builds roads in Nairobi.", [], [("velmar-construction", L, "nairobi")]),
    ("Harrow Tech has built bridges in Lyon since 2010.", [], [("harrow-tech", L, "lyon")]),
    ("Velmar Energy builds solar farms in Almeria.", [], [("velmar-energy", L, "almeria")]),
    (
        "Velmar Homes builds houses in Leeds and York.",
        [],
        [("velmar-homes", L, "leeds"), ("velmar-homes", L, "york")],
    ),
]

RELATIVE: list[Case] = [
    (
        "Kessel Textiles is owned by Garrow Capital, a family-run group based in Lyon, France, "
        "that also operates mills in Graz and Linz.",
        [
            ("garrow-capital", L, "lyon"),
            ("garrow-capital", L, "graz"),
            ("garrow-capital", L, "linz"),
        ],
        [],
    ),
    (
        "Kessel Textiles was sold to Garrow Capital, the Lyon-based flooring company, which by "
        "then ran a bigger plant in Graz.",
        [("garrow-capital", L, "graz")],
        [],
    ),
    (
        "Calbrook Telecom bought Nyota Towers, the Nairobi mast operator, which also runs depots "
        "in Mombasa and Kisumu.",
        [("nyota-towers", L, "mombasa"), ("nyota-towers", L, "kisumu")],
        [("calbrook-telecom", L, "mombasa")],
    ),
    (
        "Marrowby Shipping, the Rotterdam bulk carrier, which owns a terminal in Antwerp, ordered "
        "six ships.",
        [("marrowby-shipping", L, "antwerp")],
        [],
    ),
    # guards: a planned site, a customer's sites
    (
        "Garrow Capital, the Lyon textile group, which plans to build a mill in Graz, owns "
        "Kessel Textiles.",
        [("garrow-capital", L, "lyon")],
        [("garrow-capital", L, "graz")],
    ),
    (
        "Garrow Capital, the Lyon textile group, which sells cloth to mills in Graz, owns "
        "Kessel Textiles.",
        [],
        [("garrow-capital", L, "graz")],
    ),
    # a footprint over a region or states, as for held sites; a country stays (measured)
    (
        "Harrow Tech, the Lyon-based maker, which runs plants in New England, cut jobs.",
        [],
        [("harrow-tech", L, "new-england")],
    ),
    (
        "Harrow Tech, the Lyon-based maker, which runs plants in Texas and Ohio, cut jobs.",
        [],
        [("harrow-tech", L, "texas"), ("harrow-tech", L, "ohio")],
    ),
    (
        "Harrow Tech, the Lyon-based maker, which runs plants in Portugal and Chile, cut jobs.",
        [("harrow-tech", L, "portugal"), ("harrow-tech", L, "chile")],
        [],
    ),
    (
        "Harrow Tech, the Lyon-based maker, which runs a plant in Graz, cut jobs.",
        [("harrow-tech", L, "lyon"), ("harrow-tech", L, "graz")],
        [],
    ),
]

NEAR: list[Case] = [
    (
        "Drossel Cranes said it plans to trial a new hoist at its depot near Fresno.",
        [("drossel-cranes", L, "fresno")],
        [],
    ),
    (
        "Quarto Quarries, which cuts granite from pits near Graz and Linz, is owned by Greta "
        "Sitka.",
        [("quarto-quarries", L, "graz"), ("quarto-quarries", L, "linz")],
        [],
    ),
    (
        "Carvone Cement grinds clinker at its refinery outside Rijeka.",
        [("carvone-cement", L, "rijeka")],
        [],
    ),
    (
        "Marrowby Shipping runs a repair yard near Antwerp.",
        [("marrowby-shipping", L, "antwerp")],
        [],
    ),
    (
        "Dravenport Mining said its mine outside Kalgoorlie would close.",
        [("dravenport-mining", L, "kalgoorlie")],
        [],
    ),
    # guards: a deal's other party, a customer's site
    (
        "Brinmore Foods signed a supply deal with a bakery in Leeds.",
        [],
        [("brinmore-foods", L, "leeds")],
    ),
    (
        "Kell Brewery struck a partnership with two maltings near Brno.",
        [],
        [("kell-brewery", L, "brno")],
    ),
    (
        "Drossel Cranes supplies hoists to Orvik Ports for its terminal near Gdansk.",
        [],
        [("drossel-cranes", L, "gdansk")],
    ),
    # a terminal used, a buyer's refinery, a terminal being built (review 24)
    (
        "Harrow Tech ships its coal through a terminal near Rotterdam.",
        [],
        [("harrow-tech", L, "rotterdam")],
    ),
    ("Harrow Tech sells crude to a refinery outside Houston.", [], [("harrow-tech", L, "houston")]),
    (
        "Harrow Tech sells most of its crude to a big refinery outside Houston.",
        [],
        [("harrow-tech", L, "houston")],
    ),
    ("Harrow Tech is building a terminal near Rotterdam.", [], [("harrow-tech", L, "rotterdam")]),
    (
        "Harrow Tech ships its coal through its own terminal in Rotterdam.",
        [("harrow-tech", L, "rotterdam")],
        [],
    ),
]

APOSTROPHE: list[Case] = [
    ("A fire shut Ostwald Motors' Graz plant on Monday.", [("ostwald-motors", L, "graz")], []),
    ("Pellworth Holdings' Dublin office will close.", [("pellworth-holdings", L, "dublin")], []),
    ("Brinmore Foods' Leeds warehouse was flooded.", [("brinmore-foods", L, "leeds")], []),
    ("Harvick Mills' Winnipeg mill grinds wheat.", [("harvick-mills", L, "winnipeg")], []),
]

NAMEIN: list[Case] = [
    (
        "Ostby Canvas makes tents. Most of its canvas is bought from Velder Weaving in Lyon, "
        "with which it signed a supply deal in 2015.",
        [("velder-weaving", L, "lyon")],
        [("ostby-canvas", L, "lyon")],
    ),
    (
        "Kellan Dairy is the owner of Orrin Cheese in Cork, the company said.",
        [("orrin-cheese", L, "cork"), ("kellan-dairy", "OWNS", "orrin-cheese")],
        [("kellan-dairy", L, "cork")],
    ),
    (
        "Calbrook Telecom won an order from Nyota Towers in Mombasa.",
        [("nyota-towers", L, "mombasa")],
        [("calbrook-telecom", L, "mombasa")],
    ),
    (
        "Avelon Air leases its jets from Marrowby Leasing in Dublin.",
        [("marrowby-leasing", L, "dublin")],
        [("avelon-air", L, "dublin")],
    ),
    (
        "Brinmore Foods signed a supply contract with Westry Dairy in Sligo.",
        [("westry-dairy", L, "sligo")],
        [],
    ),
    (
        "Greta Holm, who runs Tolby Mill in Namur, said prices rose.",
        [("tolby-mill", L, "namur")],
        [],
    ),
    # a market after rivalry's "from"; a meeting's, a signing's or a venture's place; software
    # a firm runs (review 24, F3)
    (
        "Harrow Tech faces stiff competition from Kessel Pumps in Lyon.",
        [],
        [("kessel-pumps", L, "lyon")],
    ),
    ("Harrow Tech took market share from Kessel Pumps in Lyon.", [], [("kessel-pumps", L, "lyon")]),
    (
        "Harrow Tech faced a challenge from Kessel Pumps in Lyon and Bexley Stone in Paris.",
        [],
        [("kessel-pumps", L, "lyon"), ("bexley-stone", L, "paris")],
    ),
    ("Harrow Tech won customers from Kessel Pumps in Lyon.", [], [("kessel-pumps", L, "lyon")]),
    (
        "Harrow Tech has taken business from Kessel Pumps in Lyon.",
        [],
        [("kessel-pumps", L, "lyon")],
    ),
    (
        "Harrow Tech signed the agreement with Kessel Pumps in Paris, at the air show.",
        [],
        [("kessel-pumps", L, "paris")],
    ),
    ("Harrow Tech held talks with Kessel Pumps in London.", [], [("kessel-pumps", L, "london")]),
    (
        "Harrow Tech formed a joint venture with Kessel Pumps in Chennai.",
        [],
        [("kessel-pumps", L, "chennai")],
    ),
    (
        "Harrow Tech signed a deal with Kessel Pumps in Lyon that covers pumps for its plant "
        "there.",
        [],
        [("kessel-pumps", L, "lyon")],
    ),
    (
        "Harrow Tech signed an agreement with Kessel Pumps in Lyon for a new plant in Graz.",
        [],
        [("kessel-pumps", L, "lyon")],
    ),
    (
        "Tarvel Bank runs Salesforce in Lyon and Oracle in Paris.",
        [],
        [("salesforce", L, "lyon"), ("oracle", L, "paris")],
    ),
    # guards: a court, a country, an employer's analyst
    (
        "Ostby Canvas won an appeal from the Commercial Court in Lyon.",
        [],
        [("ostby-canvas", L, "lyon")],
    ),
    (
        "Ostby Canvas buys cotton from Velder Weaving in Egypt.",
        [],
        [("velder-weaving", L, "egypt"), ("ostby-canvas", L, "egypt")],
    ),
    (
        "Ann Lee, an analyst at Velder Weaving in Lyon, said prices rose.",
        [],
        [("ann-lee", L, "lyon")],
    ),
]

EXAMPLES: list[Case] = [
    (
        "Brinmore Foods runs 40 stores, including ones in Leeds and York.",
        [("brinmore-foods", L, "leeds"), ("brinmore-foods", L, "york")],
        [],
    ),
    (
        "Orlane Salt, with 22 plants, including big ones in Fresno and Tulsa, cut prices.",
        [("orlane-salt", L, "fresno")],
        [],
    ),
    (
        "Kell Brewery runs 14 taprooms, among them two in Brno.",
        [("kell-brewery", L, "brno")],
        [],
    ),
    (
        "Pellworth Insurance operates 30 offices, including three in Cork.",
        [("pellworth-insurance", L, "cork")],
        [],
    ),
    # guards: a rival's stores, a footprint across states
    (
        "Brinmore Foods competes with 40 stores, including ones in Leeds.",
        [],
        [("brinmore-foods", L, "leeds")],
    ),
    (
        "Brinmore Foods runs 40 stores across Leeds, York and Hull.",
        [],
        [("brinmore-foods", L, "hull")],
    ),
    # a set-off 'with' after an object describes the object (review 24)
    (
        "Harrow Tech merged with Kessel Pumps, with 22 plants, including ones in Graz and Linz.",
        [("kessel-pumps", L, "graz"), ("kessel-pumps", L, "linz")],
        [("harrow-tech", L, "graz"), ("harrow-tech", L, "linz")],
    ),
    (
        "Harrow Tech bought Kessel Pumps, with 12 depots, including two in Graz.",
        [("kessel-pumps", L, "graz")],
        [("harrow-tech", L, "graz")],
    ),
    (
        "Harrow Tech, with 22 plants, including ones in Graz and Linz, cut jobs.",
        [("harrow-tech", L, "graz"), ("harrow-tech", L, "linz")],
        [],
    ),
]

HELD: list[Case] = [
    (
        "Brinmore Care runs 12 care homes in Leeds and York.",
        [("brinmore-care", L, "leeds"), ("brinmore-care", L, "york")],
        [],
    ),
    (
        "Kellan Meats, which operates two abattoirs near Cork, raised prices.",
        [("kellan-meats", L, "cork")],
        [],
    ),
    (
        "Pinmoor Leisure operates cinemas in Bergen and Stavanger.",
        [("pinmoor-leisure", L, "bergen"), ("pinmoor-leisure", L, "stavanger")],
        [],
    ),
    (
        "Ostrel Health manages two hospitals in Graz.",
        [("ostrel-health", L, "graz")],
        [],
    ),
    (
        "Brinmore Energy operates a power station in Leeds.",
        [("brinmore-energy", L, "leeds")],
        [],
    ),
    (
        "Yarncliffe Dental employs about 300 dentists and nurses in Cardiff, Swansea and Newport.",
        [("yarncliffe-dental", L, "cardiff"), ("yarncliffe-dental", L, "swansea")],
        [],
    ),
    (
        "They undercut us, said Oona Varnock, who owns Brackel Cider Farm near Hereford.",
        [("brackel-cider-farm", L, "hereford")],
        [("oona-varnock", L, "hereford")],
    ),
    (
        "The bakery signed an apprenticeship deal with the Westry College of Pastry in Sligo.",
        [("westry-college-of-pastry", L, "sligo")],
        [],
    ),
    # guards: a footprint over a country, a plan, customers' and suppliers' sites
    ("Brinmore Vets runs 75 practices in Austria.", [], [("brinmore-vets", L, "austria")]),
    ("Brinmore Foods plans to open a restaurant in Leeds.", [], [("brinmore-foods", L, "leeds")]),
    (
        "Pinmoor Leisure, which sells popcorn to cinemas in Bergen, reported higher sales.",
        [],
        [("pinmoor-leisure", L, "bergen")],
    ),
    (
        "Dravel Cafes, which sells coffee to hotels in nine countries, buys most of its beans "
        "from farms in Kenya and Peru.",
        [],
        [("dravel-cafes", L, "kenya"), ("dravel-cafes", L, "peru")],
    ),
    (
        "Yarncliffe Dental employs 2,000 people in Germany.",
        [],
        [("yarncliffe-dental", L, "germany")],
    ),
    # a site past a preposition or a stake: customers', venues', destinations' (review 24)
    (
        "Lintel Software operates booking systems for restaurants in Lyon.",
        [],
        [("lintel-software", L, "lyon")],
    ),
    (
        "Orla Insurance manages pension schemes for hospitals in Leeds.",
        [],
        [("orla-insurance", L, "leeds")],
    ),
    ("Orvel Health manages IT for a hospital in Leeds.", [], [("orvel-health", L, "leeds")]),
    (
        "Fenwick Dairy operates collection rounds for dairy farms near Cork.",
        [],
        [("fenwick-dairy", L, "cork")],
    ),
    (
        "Pellcast Media runs advertising campaigns in cinemas near Bristol.",
        [],
        [("pellcast-media", L, "bristol")],
    ),
    ("Gresley Rail operates trains to the hospital in Leeds.", [], [("gresley-rail", L, "leeds")]),
    ("Corvel Care operates a free bus to a hospital in Derby.", [], [("corvel-care", L, "derby")]),
    (
        "Holloway Energy runs tours of power stations near Dundee.",
        [],
        [("holloway-energy", L, "dundee")],
    ),
    (
        "Thorne Leisure manages a stake in a school in Reading.",
        [],
        [("thorne-leisure", L, "reading")],
    ),
    ("Corvel Care opened bids for a hospital in Derby.", [], [("corvel-care", L, "derby")]),
    (
        "Corvel Care runs shuttles across three hotels near Derby.",
        [],
        [("corvel-care", L, "derby")],
    ),
    (
        "Thorne Leisure holds an interest in a cinema in Reading.",
        [],
        [("thorne-leisure", L, "reading")],
    ),
    (
        "Thorne Leisure runs a chain of cinemas in Reading.",
        [("thorne-leisure", L, "reading")],
        [],
    ),
    (
        "Fenwick Dairy operates two dairy farms near Cork.",
        [("fenwick-dairy", L, "cork")],
        [],
    ),
    # 'employs' outsiders it hires: no staff of its own there (review 24)
    ("Harrow Tech employs a law firm in London.", [], [("harrow-tech", L, "london")]),
    ("Gorsey Inns employs an auditor in London.", [], [("gorsey-inns", L, "london")]),
    ("Harrow Tech employs lobbyists in Brussels.", [], [("harrow-tech", L, "brussels")]),
    (
        "Harrow Tech employs consultants in Paris to lobby regulators.",
        [],
        [("harrow-tech", L, "paris")],
    ),
    ("Gorsey Inns employs a chef in Paris as a consultant.", [], [("gorsey-inns", L, "paris")]),
    ("Gorsey Inns employs two advertising agencies in Paris.", [], [("gorsey-inns", L, "paris")]),
    (
        "Gorsey Inns employs 300 people in Paris and Lyon.",
        [("gorsey-inns", L, "paris"), ("gorsey-inns", L, "lyon")],
        [],
    ),
    (
        "Gorsey Inns employs about 40 engineers in Graz.",
        [("gorsey-inns", L, "graz")],
        [],
    ),
    # a region inside a country is a footprint as a state is (review of the merge)
    ("Harlow Care runs 12 care homes in the Northeast.", [], [("harlow-care", L, "northeast")]),
    (
        "Brisket Leisure operates four cinemas in the Midwest and Texas.",
        [],
        [("brisket-leisure", L, "midwest"), ("brisket-leisure", L, "texas")],
    ),
    (
        "Yarncliffe Dental employs 300 nurses in New England.",
        [],
        [("yarncliffe-dental", L, "new-england")],
    ),
    (
        "Tarn Vets runs 12 practices in Leeds and the Northeast.",
        [("tarn-vets", L, "leeds")],
        [("tarn-vets", L, "northeast")],
    ),
    ("Brinmore Foods met Velder Weaving in Lyon.", [], [("velder-weaving", L, "lyon")]),
    # census shapes left unread
    (
        "Pinmoor Leisure, which operates nine bowling alleys across Manitoba and Saskatchewan, "
        "reported higher sales.",
        [("pinmoor-leisure", L, "manitoba")],
        [],
    ),
    (
        "The ferry operator Corlan Sealink, which has operations in Senegal, cut fares.",
        [("corlan-sealink", L, "senegal")],
        [],
    ),
    (
        "Quellby Mushrooms, a mushroom farm on the Loire near Saumur that grows 900 tonnes a "
        "year, was sold on Friday.",
        [("quellby-mushrooms", L, "saumur")],
        [],
    ),
    ("Korrin Optics opened a Lisbon office last year.", [("korrin-optics", L, "lisbon")], []),
    (
        "Quarnby Bindery, with revenue of about 20 million pounds and a workshop in Frome that "
        "still sews books by hand, is for sale.",
        [("quarnby-bindery", L, "frome")],
        [],
    ),
    (
        "Trondal Kino, Pinmoor's long-time rival in Bergen, is up for sale.",
        [("trondal-kino", L, "bergen")],
        [],
    ),
    (
        "Twice a buyout fund, Korvell Capital Partners in Lucerne, has bid for a minority stake.",
        [("korvell-capital-partners", L, "lucerne")],
        [],
    ),
]

BANK = (
    GENRE
    + GUARDS
    + FOUNDED
    + POSSESSIVE
    + MADE
    + RELATIVE
    + NEAR
    + APOSTROPHE
    + NAMEIN
    + EXAMPLES
    + HELD
)
GAPS: dict[str, str] = {
    "Tessaly Bank has branches": "a bank's branches are no noun trigger (a footprint as often)",
    "Winnipeg grain handler": "a two-word trade noun after a bare town opening a headline",
    "The company's Graz factory": "'the company's' bound to the speaker named after the quote",
    "The Aberdeen refinery owned by": "a site's passive owner after a town modifier",
    "Harvick Grain runs its business from": "'run ... from' needs a place right after the verb",
    "Harvick Grain, which moved to Winnipeg": "a town no cue types is an organization by default",
    "Nairobi's Calbrook": "a town's possessive before a name: measured +4 right, +7 wrong",
    "Pinmoor Leisure, which operates nine bowling alleys across": "plural sites 'across' "
    "regions: a footprint in the earlier sets, places in blind24",
    "The ferry operator Corlan Sealink": "'has operations in' a country",
    "Quellby Mushrooms, a mushroom farm on the Loire": "a second phrase between the site and "
    "'near P'",
    "Korrin Optics opened a Lisbon office": "a town premodifying a site noun after 'a'",
    "Quarnby Bindery, with revenue": "a site inside a long 'with' phrase",
    "Trondal Kino, Pinmoor's long-time rival in": "a rival 'in P' types the town an organization",
    "Twice a buyout fund, Korvell": "a name set off by commas, then 'in P'",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_loc24(case: Case) -> None:
    check(*case)
