"""Genre bank for sites and names: a company's mill, works or data centres near or outside a
town, goods made in a region, a region named with "the", a city before or in an appositive with a
trade noun, a state premodifier (no location, as the gold reads it), firms' names joined by a
foreign connector ("und", "für", "et", "e"), and a pooled vehicle's serial number.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across textiles, brewing, steel, data hosting, dairy, wine, tyres, pharma, glass,
cement, shipping, ports, insurance, credit, grain and funds, in wire, trade-press, press-release
and headline-plus-lede registers; active, relative clause, possessive, coordination, "the
company" and pronoun subjects. Guards: a negation, a hedge, someone else's site, a market rather
than a site ("makes most of its money in"), goods sold rather than made, a person with a trade
noun, a count after a fund's name.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

SITES: list[Case] = [
    (  # textiles: "has run a mill outside TOWN"
        "Marrow Textiles has run a dyeing mill outside Guimaraes since 2015.",
        [("marrow-textiles", "LOCATED_IN", "guimaraes")],
        [],
    ),
    (  # paper: relative clause, "mills near TOWN"
        "Arlen Paper, which operates two mills near Tampere, cut its dividend.",
        [("arlen-paper", "LOCATED_IN", "tampere")],
        [],
    ),
    (  # steel: "its works at TOWN" with "the company" subject in a second sentence
        "Orrin Steel reported a loss on Tuesday. The company employs 900 people at its works "
        "at Rotherham.",
        [("orrin-steel", "LOCATED_IN", "rotherham")],
        [],
    ),
    (  # cement: possessive owner, "works near TOWN"
        "Pellam Cement's works near Tarragona will reopen in May.",
        [("pellam-cement", "LOCATED_IN", "tarragona")],
        [],
    ),
    (  # data hosting: "data centres in COUNTRY", coordinated subjects
        "Tovren Data and Halvik Cloud run data centres in Finland.",
        [("tovren-data", "LOCATED_IN", "finland"), ("halvik-cloud", "LOCATED_IN", "finland")],
        [],
    ),
    (  # data hosting: "server halls in COUNTRY" with a pronoun subject
        "Velkor Systems raised 20 million euros on Monday. It stores all customer records in "
        "two server halls in Estonia.",
        [("velkor-systems", "LOCATED_IN", "estonia")],
        [],
    ),
    (  # glass: a "-works" noun
        "Fenwick Glass owns a glassworks in Murano and sells mirrors across Europe.",
        [("fenwick-glass", "LOCATED_IN", "murano")],
        [],
    ),
    (  # brewing: "a brewery outside TOWN", headline plus lede
        "Kessel Brewing expands\nKessel Brewing has opened a second brewery outside Pilsen.",
        [("kessel-brewing", "LOCATED_IN", "pilsen")],
        [],
    ),
    (  # cement: "kilns in A and B"
        "Dorran Cement operates kilns in Tarragona and Valencia.",
        [("dorran-cement", "LOCATED_IN", "tarragona"), ("dorran-cement", "LOCATED_IN", "valencia")],
        [],
    ),
    (  # project: a plant described as works at a place
        "The Velder plant, a fertiliser works at Ostrava, will double its output.",
        [("velder", "LOCATED_IN", "ostrava")],
        [],
    ),
    (  # guard: negation
        "Marrow Textiles does not run a mill outside Guimaraes.",
        [],
        [("marrow-textiles", "LOCATED_IN", "guimaraes")],
    ),
    (  # guard: hedge
        "Marrow Textiles may open a mill outside Guimaraes, people familiar with the matter said.",
        [],
        [("marrow-textiles", "LOCATED_IN", "guimaraes")],
    ),
    (  # guard: someone else's mill, reported by the subject
        "Marrow Textiles said Kessel Fabrics runs a mill outside Guimaraes.",
        [("kessel-fabrics", "LOCATED_IN", "guimaraes")],
        [("marrow-textiles", "LOCATED_IN", "guimaraes")],
    ),
    (  # guard: the customer in a relative clause owns the mill, not the supplier
        "Corran Dyes supplies Brisco Fabrics, which runs a mill near Braga.",
        [("brisco-fabrics", "LOCATED_IN", "braga")],
        [("corran-dyes", "LOCATED_IN", "braga")],
    ),
    (  # guard: supplying a plant is no site of the supplier
        "Marrow Textiles won a contract to supply the mill near Braga.",
        [],
        [("marrow-textiles", "LOCATED_IN", "braga")],
    ),
]

MADE_IN: list[Case] = [
    (  # dairy: "produces its cheese in REGION"
        "Dunmore Dairies produces its cheese in Normandy.",
        [("dunmore-dairies", "LOCATED_IN", "normandy")],
        [],
    ),
    (  # steel: "makes its rails in REGION"
        "Orrin Rail makes its rails in Silesia and sells them in Germany.",
        [("orrin-rail", "LOCATED_IN", "silesia")],
        [("orrin-rail", "LOCATED_IN", "germany")],
    ),
    (  # brewing: relative clause, "all its beer", a region with "the"
        "Kessel Brewing, which brews all its beer in the Ardennes, was sold last year.",
        [("kessel-brewing", "LOCATED_IN", "ardennes")],
        [],
    ),
    (  # farming: coordinated regions with "the"
        "Halvik Malt grows its barley in the Algarve and the Ardennes.",
        [("halvik-malt", "LOCATED_IN", "algarve"), ("halvik-malt", "LOCATED_IN", "ardennes")],
        [],
    ),
    (  # wine: "most of its wine"
        "Olvar Wines makes most of its wine in Alentejo.",
        [("olvar-wines", "LOCATED_IN", "alentejo")],
        [],
    ),
    (  # pharma: "manufactures its vaccines in CITY", pronoun subject
        "Vant Pharma won approval on Friday. It manufactures its vaccines in Basel.",
        [("vant-pharma", "LOCATED_IN", "basel")],
        [],
    ),
    (  # guard: a market, not a site
        "Grenwick Rubber makes most of its money in Germany.",
        [],
        [("grenwick-rubber", "LOCATED_IN", "germany")],
    ),
    (  # guard: a debut
        "Grenwick Rubber made its debut in Lyon last year.",
        [],
        [("grenwick-rubber", "LOCATED_IN", "lyon")],
    ),
    (  # guard: goods sold, not made
        "Grenwick Rubber sells its tyres in Bohemia.",
        [],
        [("grenwick-rubber", "LOCATED_IN", "bohemia")],
    ),
    (  # guard: negation
        "Grenwick Rubber does not make its tyres in Bohemia.",
        [],
        [("grenwick-rubber", "LOCATED_IN", "bohemia")],
    ),
    (  # guard: hedge
        "Grenwick Rubber may make its tyres in Bohemia.",
        [],
        [("grenwick-rubber", "LOCATED_IN", "bohemia")],
    ),
    (  # guard: goods made for another company, no "its"
        "Grenwick Rubber makes tyres for Velkor Motors in Bohemia.",
        [],
        [("velkor-motors", "LOCATED_IN", "bohemia")],
    ),
]

PREMODIFIERS: list[Case] = [
    (  # credit: appositive with a specialist noun after a multiword city
        "Gildmere Credit, a Buenos Aires debt specialist, has committed 40 million.",
        [("gildmere-credit", "LOCATED_IN", "buenos-aires")],
        [],
    ),
    (  # freight: premodified name
        "The Lyon freight specialist Corvane Logistics has hired 40 drivers.",
        [("corvane-logistics", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # wine: "a wine merchant", passive sale
        "Kessel Wines, a Bordeaux wine merchant, was sold to Olvar Group.",
        [("kessel-wines", "LOCATED_IN", "bordeaux")],
        [],
    ),
    (  # grain: "a grain trader"
        "Varro Grain, a Hamburg grain trader, bought a silo.",
        [("varro-grain", "LOCATED_IN", "hamburg")],
        [],
    ),
    (  # tiles: a city before an unusual head noun
        "Porto tile house Azulara has sued its supplier.",
        [("azulara", "LOCATED_IN", "porto")],
        [],
    ),
    (  # guard: a person with a trade noun
        "Hans Varro, a Hamburg grain trader, bought a silo.",
        [],
        [("hans-varro", "LOCATED_IN", "hamburg")],
    ),
    (  # shipbuilding: a regional adjective after a direction is no place
        "Southern Alpine shipbuilder Vessa won an order from Kettle Line.",
        [],
        [("vessa", "LOCATED_IN", "southern-alpine")],
    ),
    (  # mining: a regional adjective alone
        "Andean miner Cordo sued Halden Metals over a royalty.",
        [("cordo", "DISPUTES", "halden-metals")],
        [("cordo", "LOCATED_IN", "andean")],
    ),
    (  # guard: a gazetteer region before a trade noun still places the firm
        "Kalto Foods, a Brittany grocer, bought Pell Retail.",
        [("kalto-foods", "LOCATED_IN", "brittany")],
        [],
    ),
    (  # guard: a state premodifier is read like a demonym
        "Ohio insurer Brackwell raised its rates.",
        [],
        [("brackwell", "LOCATED_IN", "ohio")],
    ),
    (  # guard: a state in an appositive
        "Brackwell Mutual, a Texas lender, cut its rates.",
        [],
        [("brackwell-mutual", "LOCATED_IN", "texas")],
    ),
]

CONNECTED: list[Case] = [
    (  # ports: a German name with "und" coordinated with another firm
        "Gesellschaft fur Hafenbau und Logistik and Kettle Line announced a partnership.",
        [("gesellschaft-fur-hafenbau-und-logistik", "PARTNERS_WITH", "kettle-line")],
        [("logistik", "PARTNERS_WITH", "kettle-line")],
    ),
    (  # shipping: object of "with", "für" with its umlaut
        "Kettle Line has partnered with Institut für Seeverkehr und Logistik.",
        [("kettle-line", "PARTNERS_WITH", "institut-fur-seeverkehr-und-logistik")],
        [("kettle-line", "PARTNERS_WITH", "institut")],
    ),
    (  # banking: Italian "e"
        "Banca di Credito e Risparmio lent 20 million euros to Ostrel Marine.",
        [("banca-di-credito-e-risparmio", "FUNDS", "ostrel-marine")],
        [("risparmio", "FUNDS", "ostrel-marine")],
    ),
    (  # ports: French "des" and "et"
        "Kettle Line signed an alliance with Compagnie des Ports et Docks.",
        [("kettle-line", "PARTNERS_WITH", "compagnie-des-ports-et-docks")],
        [],
    ),
]

SERIALS: list[Case] = [
    (  # funds: a pool's serial number
        "Halden Capital invested in Lantern Pool 2210 and Lantern Pool 2211.",
        [
            ("halden-capital", "FUNDS", "lantern-pool-2210"),
            ("halden-capital", "FUNDS", "lantern-pool-2211"),
        ],
        [("halden-capital", "FUNDS", "lantern-pool")],
    ),
    (  # funds: appositive vehicle
        "The vehicle, Corvane Fund 12, bought a stake in Ostrel Marine.",
        [("corvane-fund-12", "FUNDS", "ostrel-marine")],
        [],
    ),
]

WHERE_WORKED: list[Case] = [
    (  # brewing: "where it has worked for a century", a region with "the"
        "Kessel Brewing keeps its malting in the Ardennes, where it has worked for a century.",
        [("kessel-brewing", "LOCATED_IN", "ardennes")],
        [],
    ),
    (  # retail: "where it has operated since YEAR"
        "Marlow Stores opened a shop in Lyon, where it has operated since 1990.",
        [("marlow-stores", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # shipping: another company in the where-clause
        "Kettle Line entered Rotterdam, where Baltic Ferries has operated since 1990.",
        [("baltic-ferries", "LOCATED_IN", "rotterdam")],
        [("kettle-line", "LOCATED_IN", "rotterdam")],
    ),
    (  # guard: negation in the where-clause
        "Marlow Stores studied Lyon, where it never operated a shop.",
        [],
        [("marlow-stores", "LOCATED_IN", "lyon")],
    ),
    (  # guard: hedge in the where-clause
        "Marlow Stores looked at Lyon, where it may have operated a depot.",
        [],
        [("marlow-stores", "LOCATED_IN", "lyon")],
    ),
]

BANK: list[Case] = SITES + MADE_IN + PREMODIFIERS + CONNECTED + SERIALS + WHERE_WORKED

# Cases left for later rounds, by the opening of their text, and why they fail.
LEFT: dict[str, str] = {}

EntityCase = tuple[str, dict[str, str], list[str]]

NAMES: list[EntityCase] = [
    (
        "Bremer Lager und Umschlag and Kettle Line said they will upgrade a crane.",
        {"Bremer Lager und Umschlag": "Organization", "Kettle Line": "Organization"},
        ["Bremer Lager", "Umschlag"],
    ),
    (
        "Stiftung fur Kunst und Kultur funds the Halden Museum.",
        {"Stiftung fur Kunst und Kultur": "Organization"},
        ["Stiftung", "Kultur"],
    ),
    (
        "Brixton Pool 3308 raised 4 million from Halden Capital.",
        {"Brixton Pool 3308": "Organization"},
        ["Brixton Pool"],
    ),
    (  # guard: a count after a fund's name
        "Ostrel Marine sold Halden Fund 3308 shares.",
        {"Halden Fund": "Organization"},
        ["Halden Fund 3308"],
    ),
    (  # guard: a year after a fund's name
        "The Halden Fund 2024 report was late.",
        {"Halden Fund": "Organization"},
        ["Halden Fund 2024"],
    ),
    (
        "Kessel Brewing has a plant in the Ruhr.",
        {"Ruhr": "Location", "Kessel Brewing": "Organization"},
        [],
    ),
    (  # a nationality before a sector word opens a company's name
        "Nordic Ferries has voiced the same concern.",
        {"Nordic Ferries": "Organization"},
        ["Ferries"],
    ),
    (
        "Kettle Line and Baltic Ferries have voiced the same concern.",
        {"Kettle Line": "Organization", "Baltic Ferries": "Organization"},
        ["Ferries"],
    ),
    (  # a demonym no ending rule reads is no name
        "Slovene grain trader Verdana bought a silo from Halden Agri.",
        {"Verdana": "Organization", "Halden Agri": "Organization"},
        ["Slovene"],
    ),
    (
        "Slovak carmaker Velcor sued Halden Motors on Monday.",
        {"Velcor": "Organization"},
        ["Slovak"],
    ),
    (  # a business that runs a market
        "Online trading platform Quillo raised 12 million euros from Halden Capital.",
        {"Quillo": "Organization"},
        [],
    ),
    (
        "Halden Capital backed Pondra, a lending platform for farmers.",
        {"Pondra": "Organization"},
        [],
    ),
    (  # guard: a bare platform stays a product
        "Halden Capital launched Quillo, a platform for farmers.",
        {"Quillo": "Product"},
        [],
    ),
    (
        "Southern Alpine shipbuilder Vessa won an order.",
        {"Vessa": "Organization"},
        ["Southern Alpine", "Alpine"],
    ),
    (  # guard: a name that opens with a regional adjective
        "Alpine Overnight has voiced the same concern.",
        {"Alpine Overnight": "Organization"},
        [],
    ),
    (  # guard: a region's name inside a fund's name
        "Kessel Brewing invested in the Ruhr Fund.",
        {"Ruhr Fund": "Organization"},
        ["Ruhr"],
    ),
]


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_sites(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize(("text", "must", "must_not"), gap_params(NAMES, {}, spread=True))
def test_genre_site_names(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
