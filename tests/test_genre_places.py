"""Genre inventory of LOCATED_IN (tests/fixtures/articles/README.md): based in, headquartered
in, "X-based", "out of Stockholm", "X of Seoul", a project's site, "is building a plant in";
the most specific place is the target. Datelines, venues of statements and events, markets,
export destinations, listings and a rival's country are not locations.

Each case is (text, relations that must be found, relations that must not be), invented, in
several sectors.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BASED: list[Case] = [
    (  # shipping: "the Rotterdam company"
        "Velder Lines has ordered four container ships from Hanmar Yards. The Rotterdam company "
        "said the vessels would enter service in 2028.",
        [("velder-lines", "LOCATED_IN", "rotterdam")],
        [("hanmar-yards", "LOCATED_IN", "rotterdam")],
    ),
    (  # food: a possessive city before the name
        "Lyon's Brasserie Tolvane has been bought by Maresco Foods. Maresco paid 40 million euros "
        "for the chain.",
        [("brasserie-tolvane", "LOCATED_IN", "lyon")],
        [("maresco-foods", "LOCATED_IN", "lyon")],
    ),
    (  # pharma: a relative clause
        "Ostrava Pharma, which has its headquarters in Basel, won approval for a migraine drug. "
        "Rival Kellin Bio had sought the same approval.",
        [("ostrava-pharma", "LOCATED_IN", "basel")],
        [("kellin-bio", "LOCATED_IN", "basel")],
    ),
    (  # banking: a move of the headquarters
        "Norrland Bank moved its headquarters to Stockholm last year. Its chief executive, Ingrid "
        "Falk, said the lender would hire 200 people.",
        [("norrland-bank", "LOCATED_IN", "stockholm")],
        [],
    ),
    (  # retail: the home market is where it is based
        "Kivo Stores, a discount grocer, is expanding beyond its home market of Finland. Kivo "
        "will open 30 shops in Estonia, where rival Pernu Market is strong.",
        [("kivo-stores", "LOCATED_IN", "finland")],
        [("pernu-market", "LOCATED_IN", "finland")],
    ),
    (  # utilities: a city in brackets after the name
        "Fjordkraft Nett (Oslo) agreed to supply power to Brennan Metals. Brennan, which is based "
        "in Glasgow, will cut its emissions by a third.",
        [
            ("fjordkraft-nett", "LOCATED_IN", "oslo"),
            ("brennan-metals", "LOCATED_IN", "glasgow"),
        ],
        [("brennan-metals", "LOCATED_IN", "oslo")],
    ),
    (  # manufacturing: a plant outside a city
        "Corran Textiles is building a plant outside Leeds. The company's chairman, Peter Osgood, "
        "said Harwick Looms would supply the machinery.",
        [("corran-textiles", "LOCATED_IN", "leeds")],
        [("harwick-looms", "LOCATED_IN", "leeds")],
    ),
    (  # luxury: headquartered in one city and listed in another
        "Maison Darrel, headquartered in Paris and listed in London, raised its forecast. Its "
        "rival Valcourt also raised guidance.",
        [("maison-darrel", "LOCATED_IN", "paris")],
        [("maison-darrel", "LOCATED_IN", "london"), ("valcourt", "LOCATED_IN", "paris")],
    ),
    (  # food: two stacked adjectives before the descriptor
        "The Ohio-based, family-owned Brinker Dairy agreed to buy Sorrel Creamery. Sorrel makes "
        "yoghurt in Vermont.",
        [("brinker-dairy", "LOCATED_IN", "ohio")],
        [("brinker-dairy", "LOCATED_IN", "vermont")],
    ),
    (  # rail: a passive with the stacked adjectives
        "Sorrel Creamery was bought last year by the Lyon-based, state-run Velaine Rail, whose "
        "rival is Corbet Trains.",
        [("velaine-rail", "LOCATED_IN", "lyon")],
        [("corbet-trains", "LOCATED_IN", "lyon")],
    ),
    (  # a predicate, not a name after the adjectives
        "Tessel Foods is Ohio-based, family-owned and profitable, said Brinker Capital.",
        [("tessel-foods", "LOCATED_IN", "ohio")],
        [("brinker-capital", "LOCATED_IN", "ohio")],
    ),
    (  # mining: the predicate in reported speech
        "Halden Metals said Korvo Mining is Perth-based and would bid for Pellam Gold.",
        [("korvo-mining", "LOCATED_IN", "perth")],
        [("halden-metals", "LOCATED_IN", "perth"), ("pellam-gold", "LOCATED_IN", "perth")],
    ),
    (  # mining: out of a city
        "Tallis Gold, which operates out of Perth, agreed to sell a stake to Norvik Capital.",
        [("tallis-gold", "LOCATED_IN", "perth")],
        [("norvik-capital", "LOCATED_IN", "perth")],
    ),
    (  # batteries: "X of Seoul"
        "Haneul Cells of Seoul will supply batteries to Ardent Motors. Ardent, based in Detroit, "
        "plans three electric models.",
        [("haneul-cells", "LOCATED_IN", "seoul"), ("ardent-motors", "LOCATED_IN", "detroit")],
        [("ardent-motors", "LOCATED_IN", "seoul")],
    ),
    (  # airlines: the pronoun subject of "is based in"
        "Skyvane Air ordered 20 jets from Aerion. It is based in Dublin and flies to 60 airports.",
        [("skyvane-air", "LOCATED_IN", "dublin")],
        [("aerion", "LOCATED_IN", "dublin")],
    ),
    (  # media: "the company" subject of "is headquartered in"
        "Corvid Media bought the rights to the league from Stellan Sports. The company is "
        "headquartered in Manchester.",
        [("corvid-media", "LOCATED_IN", "manchester")],
        [],
    ),
    (  # construction: a passive appositive "based in"
        "Dravik Bau, a builder based in Hamburg, won the contract from Ostmark Rail.",
        [("dravik-bau", "LOCATED_IN", "hamburg")],
        [("ostmark-rail", "LOCATED_IN", "hamburg")],
    ),
    (  # farming: a headline-style "X-based" before a descriptor
        "Nebraska-based grain trader Hollin Ag agreed to buy Peltor Seeds for $300 million.",
        [("hollin-ag", "LOCATED_IN", "nebraska")],
        [("peltor-seeds", "LOCATED_IN", "nebraska")],
    ),
    (  # chemicals: "the lender"-style reference after a rival is named
        "Tovik Bank lost customers to Hallam Credit. The lender, which is based in Bergen, "
        "will close 12 branches.",
        [("tovik-bank", "LOCATED_IN", "bergen")],
        [("hallam-credit", "LOCATED_IN", "bergen")],
    ),
    (  # steel: "Based in" fronted before the subject
        "Based in Katowice, Slaska Steel supplies rails to Vistula Rail. The order is worth "
        "200 million zloty.",
        [("slaska-steel", "LOCATED_IN", "katowice")],
        [("vistula-rail", "LOCATED_IN", "katowice")],
    ),
    (  # utilities: city-state order "Tampa, Florida-based"
        "Tampa, Florida-based Gulfline Power agreed to buy Coral Grid for $1 billion.",
        [("gulfline-power", "LOCATED_IN", "tampa")],
        [("coral-grid", "LOCATED_IN", "tampa")],
    ),
    (  # retail: "the Madrid-based retailer" as a later reference
        "Cortella Moda bought a stake in Belvera. The Madrid-based retailer will open 50 stores.",
        [("cortella-moda", "LOCATED_IN", "madrid")],
        [("belvera", "LOCATED_IN", "madrid")],
    ),
    (  # pharma: "has its headquarters in" with a pronoun subject
        "Lindqvist Pharma makes generic drugs. It has its headquarters in Uppsala and a plant in "
        "Malmo.",
        [("lindqvist-pharma", "LOCATED_IN", "uppsala")],
        [],
    ),
    (  # media: "a Toronto publisher" before the name
        "A Toronto publisher, Maple Leaf Press, sold its magazines to Harlan Media.",
        [("maple-leaf-press", "LOCATED_IN", "toronto")],
        [("harlan-media", "LOCATED_IN", "toronto")],
    ),
    (  # agriculture: "headquartered in" with a state alias
        "Prairie Mills, headquartered in Wichita, Kansas, agreed to supply flour to Baxley "
        "Bakeries.",
        [("prairie-mills", "LOCATED_IN", "wichita")],
        [("baxley-bakeries", "LOCATED_IN", "wichita")],
    ),
    (  # airlines: "its hub in" is a base
        "Cirro Air will move its main hub to Lisbon from Porto, the carrier said. Cirro competes "
        "with Tagus Air.",
        [("cirro-air", "LOCATED_IN", "lisbon")],
        [("tagus-air", "LOCATED_IN", "lisbon")],
    ),
    (  # construction: a sentence-initial "The Dublin-based"
        "The Dublin-based builder Kilbride Construction won a contract from Meath Water.",
        [("kilbride-construction", "LOCATED_IN", "dublin")],
        [("meath-water", "LOCATED_IN", "dublin")],
    ),
    (  # shipping: "X, a Hamburg shipowner,"
        "Elbe Reederei, a Hamburg shipowner, chartered two tankers to Norsk Olje.",
        [("elbe-reederei", "LOCATED_IN", "hamburg")],
        [("norsk-olje", "LOCATED_IN", "hamburg")],
    ),
    (  # publishing: the name set off by commas as an object
        "Garrow Press bought a Toronto publisher, Lanner Books, last year. Garrow is based in "
        "Ottawa.",
        [("lanner-books", "LOCATED_IN", "toronto"), ("garrow-press", "LOCATED_IN", "ottawa")],
        [("garrow-press", "LOCATED_IN", "toronto")],
    ),
    (  # wind: "from Aarhus manufacturer X", the descriptor after a preposition
        "Coldharbour Energy bought turbines from Aarhus manufacturer Vindel Systems. Coldharbour "
        "is based in Hull.",
        [("vindel-systems", "LOCATED_IN", "aarhus"), ("coldharbour-energy", "LOCATED_IN", "hull")],
        [("coldharbour-energy", "LOCATED_IN", "aarhus")],
    ),
    (  # logistics: a headline-style descriptor opening the sentence
        "Osprey Logistics opened a depot in Leeds. Leeds carrier Barrow Freight said it would "
        "compete.",
        [("osprey-logistics", "LOCATED_IN", "leeds"), ("barrow-freight", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # a locative preposition before the place: a site, not a description
        "Osprey Logistics bought a depot in Leeds from carrier Barrow Freight.",
        [],
        [("barrow-freight", "LOCATED_IN", "leeds")],
    ),
    (  # wine: the place-headed descriptor after a preposition
        "Harlan Wines bought vineyards from Bordeaux producer Chateau Lestrac.",
        [("chateau-lestrac", "LOCATED_IN", "bordeaux")],
        [("harlan-wines", "LOCATED_IN", "bordeaux")],
    ),
    (  # shipping: a bracketed country in a list of bidders
        "Three groups bid for the ferry route: Solvang Shipping (Denmark), Harrow Ferries and "
        "Tiree Marine. Harrow Ferries is based in Oban.",
        [("solvang-shipping", "LOCATED_IN", "denmark"), ("harrow-ferries", "LOCATED_IN", "oban")],
        [("harrow-ferries", "LOCATED_IN", "denmark"), ("tiree-marine", "LOCATED_IN", "denmark")],
    ),
    (  # sport: the club's city after "the ... club"
        "Kestrel United signed a shirt deal with Morrow Bank. The Bristol club said the deal "
        "runs for five years.",
        [("kestrel-united", "LOCATED_IN", "bristol")],
        [("morrow-bank", "LOCATED_IN", "bristol")],
    ),
    (  # insurance: a coordinated "based in"
        "Ardell Re and Wexley Mutual, both based in Zurich, agreed to merge.",
        [("ardell-re", "LOCATED_IN", "zurich"), ("wexley-mutual", "LOCATED_IN", "zurich")],
        [],
    ),
    (  # telecoms: "X, a Nairobi-based operator"
        "Savanna Mobile, a Nairobi-based operator, bought towers from Kito Networks.",
        [("savanna-mobile", "LOCATED_IN", "nairobi")],
        [("kito-networks", "LOCATED_IN", "nairobi")],
    ),
    (  # public bodies: "headquartered in" after a name with "of"
        "The Port Authority of Valmera, headquartered in Valmera City, hired Dunmore Dredging.",
        [],
        [("dunmore-dredging", "LOCATED_IN", "valmera-city")],
    ),
]

SITES: list[Case] = [
    (  # energy: a wind farm off a coast
        "Oakhurst Energy will build the Saltmarsh wind farm off the coast of Norfolk. Vestry "
        "Power will buy the electricity.",
        [("saltmarsh-wind-farm", "LOCATED_IN", "norfolk")],
        [("vestry-power", "LOCATED_IN", "norfolk")],
    ),
    (  # mining: "the mine in Sonora"
        "Carrizo Silver owns the Pinal mine in Sonora. Ortega Resources holds a stake in it.",
        [("pinal-mine", "LOCATED_IN", "sonora")],
        [("ortega-resources", "LOCATED_IN", "sonora")],
    ),
    (  # chips: "is building a plant in"
        "Quarra Semiconductor is building a plant in Dresden. Mellin Tools will supply the "
        "lithography machines.",
        [("quarra-semiconductor", "LOCATED_IN", "dresden")],
        [("mellin-tools", "LOCATED_IN", "dresden")],
    ),
]

GUARDS: list[Case] = [
    (  # a dateline
        "LONDON (Reuters) - Berrow Insurance agreed to buy Tamsin Life for 2 billion pounds.",
        [],
        [("berrow-insurance", "LOCATED_IN", "london"), ("tamsin-life", "LOCATED_IN", "london")],
    ),
    (  # the venue of a statement
        "Garrick Steel's chief executive said in Paris that the company would cut 500 jobs. "
        "Garrick Steel competes with Osterfeld Stahl.",
        [],
        [("garrick-steel", "LOCATED_IN", "paris")],
    ),
    (  # a conference venue
        "Halden Software unveiled its new platform at a conference in Lisbon. Halden partnered "
        "with Brightwell Cloud on the launch.",
        [],
        [("halden-software", "LOCATED_IN", "lisbon")],
    ),
    (  # markets
        "Pomora Foods sells its sauces in 40 countries, including Brazil. Pomora competes with "
        "Vellan Brands.",
        [],
        [("pomora-foods", "LOCATED_IN", "brazil")],
    ),
    (  # an export destination
        "Kerrow Whisky exports to Japan and Taiwan. Kerrow is owned by Darragh Spirits.",
        [],
        [("kerrow-whisky", "LOCATED_IN", "japan"), ("kerrow-whisky", "LOCATED_IN", "taiwan")],
    ),
    (  # a rival's country
        "Tessaro Bikes faces a rival from Germany, Radwerk. Tessaro is based in Milan.",
        [("tessaro-bikes", "LOCATED_IN", "milan")],
        [("tessaro-bikes", "LOCATED_IN", "germany")],
    ),
    (  # a person is never the located thing of a firm's place words
        "Anna Varga, chief executive of Budor Bank, said in Budapest that the lender would grow. "
        "Budor Bank is based in Debrecen.",
        [("budor-bank", "LOCATED_IN", "debrecen")],
        [("anna-varga", "LOCATED_IN", "budapest"), ("budor-bank", "LOCATED_IN", "budapest")],
    ),
    (  # a trip
        "Executives of Marrow Telecom travelled to Nairobi to meet regulators. Marrow is based in "
        "Johannesburg.",
        [("marrow-telecom", "LOCATED_IN", "johannesburg")],
        [("marrow-telecom", "LOCATED_IN", "nairobi")],
    ),
    (  # a ticker in brackets is no place
        "Berrow Insurance (BRW) agreed to buy Tamsin Life, which is based in Leeds.",
        [("tamsin-life", "LOCATED_IN", "leeds")],
        [("berrow-insurance", "LOCATED_IN", "leeds")],
    ),
    (  # a person with a bracketed country is no firm's location
        "The panel included Anna Varga (Hungary) and Budor Bank, which is based in Debrecen.",
        [("budor-bank", "LOCATED_IN", "debrecen")],
        [("anna-varga", "LOCATED_IN", "hungary"), ("budor-bank", "LOCATED_IN", "hungary")],
    ),
    (  # a listing is not a location
        "Pellan Gold is listed in Toronto and operates the Ruta mine. Pellan is headquartered "
        "in Vancouver.",
        [("pellan-gold", "LOCATED_IN", "vancouver")],
        [("pellan-gold", "LOCATED_IN", "toronto")],
    ),
    (  # a hedge: plans for a headquarters not chosen
        "Orsk Airlines is considering moving its headquarters to Riga or Vilnius. Orsk is based "
        "in Tallinn.",
        [("orsk-airlines", "LOCATED_IN", "tallinn")],
        [("orsk-airlines", "LOCATED_IN", "riga"), ("orsk-airlines", "LOCATED_IN", "vilnius")],
    ),
    (  # a customer's place
        "Dallow Foods supplies supermarkets in Sweden from its bakery in Aarhus.",
        [("dallow-foods", "LOCATED_IN", "aarhus")],
        [("dallow-foods", "LOCATED_IN", "sweden")],
    ),
    (  # a former base is no location
        "Korvo Mining was Perth-based until 2019, when it moved to Sydney. Korvo owns Pellam Gold.",
        [("korvo-mining", "LOCATED_IN", "sydney")],
        [("korvo-mining", "LOCATED_IN", "perth")],
    ),
    (  # a store opening is no headquarters
        "Hallow Coffee opened its first store in Seoul. The chain is based in Portland.",
        [("hallow-coffee", "LOCATED_IN", "portland")],
        [("hallow-coffee", "LOCATED_IN", "seoul")],
    ),
    (  # an investor's place stays with the investor
        "Norvik Capital, based in Oslo, invested in Tarrant Robotics.",
        [("norvik-capital", "LOCATED_IN", "oslo")],
        [("tarrant-robotics", "LOCATED_IN", "oslo")],
    ),
    (  # a trade fair
        "At the Hanover fair, Brecon Tools showed a new drill. Brecon is based in Cardiff.",
        [("brecon-tools", "LOCATED_IN", "cardiff")],
        [("brecon-tools", "LOCATED_IN", "hanover")],
    ),
    (  # a court's city
        "Pellman Foods sued Osric Farms in a Chicago court. Pellman is based in Milwaukee.",
        [("pellman-foods", "LOCATED_IN", "milwaukee")],
        [("pellman-foods", "LOCATED_IN", "chicago"), ("osric-farms", "LOCATED_IN", "chicago")],
    ),
    (  # a negation
        "Quill Paper is not based in Helsinki, despite its name; it is headquartered in Turku.",
        [("quill-paper", "LOCATED_IN", "turku")],
        [("quill-paper", "LOCATED_IN", "helsinki")],
    ),
]

GAPS: dict[str, str] = {
    "Lyon's Brasserie": "a city's possessive before a firm (the gold reads a country's "
    "possessive before a public body as no location: needs a firm-only guard)",
    "Cirro Air": "a hub moved to a city is not read as a base",
    "Harlan Wines": "'Bordeaux' is typed an organization (a wine region read as a producer)",
    "Oakhurst Energy": "the project is named 'Saltmarsh', without its kind noun",
    "Carrizo Silver": "the project is named 'Pinal'; 'holds a stake in it' takes the wrong "
    "antecedent",
}


@pytest.mark.parametrize("case", gap_params(BASED, GAPS))
def test_based(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(SITES, GAPS))
def test_sites(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(GUARDS, GAPS))
def test_guards(case: Case) -> None:
    check(*case)
