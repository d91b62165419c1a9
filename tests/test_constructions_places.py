"""Places, second set: later places of a location list, a city inside an adjective-led
descriptor, a second "and is based in" predicate, "at its C works", and names that are places
by their noun ("the Rennick district of the town").

Each case is (sentence, relations that must be found, relations that must not be). Every name is
invented; sectors vary on purpose.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

from loaders.explain import explain
from loaders.lexicon import Lexicon
from loaders.mentions import analyze

# The second and later places of a list: a site noun or an ellipsis ("one") after the link.
LISTS: list[Case] = [
    (
        "Pellam Steel runs two mills in Sheffield and a coating line in Rotherham.",
        [
            ("pellam-steel", "LOCATED_IN", "sheffield"),
            ("pellam-steel", "LOCATED_IN", "rotherham"),
        ],
        [],
    ),
    (  # agriculture, ellipsis
        "Osk Mills grinds flour at three mills in Tampere and one in Oulu.",
        [("osk-mills", "LOCATED_IN", "tampere"), ("osk-mills", "LOCATED_IN", "oulu")],
        [],
    ),
    (  # autos, ellipsis with "another"
        "Corvo Motors operates two plants in Lyon and another in Dijon.",
        [("corvo-motors", "LOCATED_IN", "lyon"), ("corvo-motors", "LOCATED_IN", "dijon")],
        [],
    ),
    (  # aviation, ", with its ... in"
        "Tarrant Aero has its head office in Utrecht, with its test centre in Eindhoven.",
        [
            ("tarrant-aero", "LOCATED_IN", "utrecht"),
            ("tarrant-aero", "LOCATED_IN", "eindhoven"),
        ],
        [],
    ),
    (  # retail, an aside after "and"
        "Brisa Leather raised cash to open another workshop in Florence and, later, a flagship "
        "in Milan.",
        [
            ("brisa-leather", "LOCATED_IN", "florence"),
            ("brisa-leather", "LOCATED_IN", "milan"),
        ],
        [],
    ),
    (  # shipping, a second verb in the member
        "Hollin Marine has a repair yard in Gdansk and runs a fitting shop in Szczecin.",
        [("hollin-marine", "LOCATED_IN", "szczecin")],
        [],
    ),
    (  # logistics: a chain of later places
        "Orbis Freight is based in Oslo, with a sales office in Paris and one in Rome.",
        [
            ("orbis-freight", "LOCATED_IN", "oslo"),
            ("orbis-freight", "LOCATED_IN", "paris"),
            ("orbis-freight", "LOCATED_IN", "rome"),
        ],
        [],
    ),
    (  # guard: the second member names someone else's site
        "Brevik Foods has a bakery in Bergen, and its supplier Tolla Mills has a mill in Voss.",
        [("brevik-foods", "LOCATED_IN", "bergen")],
        [("brevik-foods", "LOCATED_IN", "voss")],
    ),
    (  # guard: not a site ("a customer in")
        "Keld Pharma has a plant in Basel and a big customer in Lyon.",
        [("keld-pharma", "LOCATED_IN", "basel")],
        [("keld-pharma", "LOCATED_IN", "lyon")],
    ),
    (  # guard: a plan is no site yet
        "Halden Foods has a plant in Oslo and may open one in Bergen.",
        [("halden-foods", "LOCATED_IN", "oslo")],
        [("halden-foods", "LOCATED_IN", "bergen")],
    ),
]

# A city inside a descriptor that adjectives open.
DESCRIPTORS: list[Case] = [
    (  # banking
        "Vintry Partners, a mid-sized Turin fund, bought 5% of Alder Foods.",
        [("vintry-partners", "LOCATED_IN", "turin")],
        [("alder-foods", "LOCATED_IN", "turin")],
    ),
    (  # media, relative clause after the descriptor
        "Oxwell, the small Madrid bookseller that has placed novels on shortlists, has been "
        "bought by Sorrel Media.",
        [("oxwell", "LOCATED_IN", "madrid"), ("sorrel-media", "OWNS", "oxwell")],
        [("sorrel-media", "LOCATED_IN", "madrid")],
    ),
    (  # insurance, two adjectives
        "Claims are handled by Ternway, a young independent Lisbon insurer.",
        [("ternway", "LOCATED_IN", "lisbon")],
        [],
    ),
    (  # guard: the city is a unit's, not the named company's
        "Dorset Mutual, a former unit of a Leeds insurer, cut prices.",
        [],
        [("dorset-mutual", "LOCATED_IN", "leeds")],
    ),
    (  # guard: a person
        "Ana Ruiz, a veteran Madrid banker, joined Lorne Capital.",
        [],
        [("ana-ruiz", "LOCATED_IN", "madrid"), ("lorne-capital", "LOCATED_IN", "madrid")],
    ),
]

# A second predicate of the subject, after a clause that names others.
COORDINATED: list[Case] = [
    (  # aviation
        "Nimbra Aero was started in 2019 by two former pilots, who met in the navy, and is "
        "based in Denver, with its test centre in Tucson.",
        [("nimbra-aero", "LOCATED_IN", "denver"), ("nimbra-aero", "LOCATED_IN", "tucson")],
        [],
    ),
    (  # telecoms
        "Kessa Telecom was founded by Ivo Marr, who ran a cable firm, and is headquartered in "
        "Riga.",
        [("kessa-telecom", "LOCATED_IN", "riga"), ("ivo-marr", "FOUNDED", "kessa-telecom")],
        [],
    ),
    (  # guard: negation
        "Kessa Telecom was founded by Ivo Marr, who ran a cable firm, and is no longer based in "
        "Riga.",
        [],
        [("kessa-telecom", "LOCATED_IN", "riga")],
    ),
]

# "at its C works": the owner of "its" sits in C.
SITES: list[Case] = [
    (  # manufacturing
        "Halloran Ceramics said it would shut a kiln at its Limoges works.",
        [("halloran-ceramics", "LOCATED_IN", "limoges")],
        [],
    ),
    (  # mining
        "Tarn Metals will add 200 jobs at its Kiruna smelter.",
        [("tarn-metals", "LOCATED_IN", "kiruna")],
        [],
    ),
    (  # guard: not a site noun
        "Tarn Metals sold its Kiruna unit to Osk Group.",
        [],
        [("tarn-metals", "LOCATED_IN", "kiruna")],
    ),
]

# A project described as built at a place, or a site at a place and then its name.
DESCRIBED: list[Case] = [
    (  # shipping
        "Nordhavn Terminal, the 12-berth facility being built at Esbjerg, will open in 2027.",
        [("nordhavn-terminal", "LOCATED_IN", "esbjerg")],
        [],
    ),
    (  # real estate, backed
        "The Kell Tower, a 40-storey office block planned near Leeds, is backed by Orrin Capital.",
        [("kell-tower", "LOCATED_IN", "leeds"), ("orrin-capital", "FUNDS", "kell-tower")],
        [("orrin-capital", "LOCATED_IN", "leeds")],
    ),
    (  # energy: the site named after it is placed
        "Ulvik Hydrogen is building an electrolyser near Tromso, called the Nordlys H2 scheme.",
        [("nordlys-h2", "LOCATED_IN", "tromso")],
        [],
    ),
    (  # transport: a "with" clause about the subject's site
        "The Fenway Link is a tram line planned by the Ardmore Council, with a new depot planned "
        "at Kettleby.",
        [("fenway-link", "LOCATED_IN", "kettleby")],
        [("ardmore-council", "LOCATED_IN", "kettleby")],
    ),
    (  # guard: a hedge
        "Nordhavn Terminal, a ferry berth that might be built at Esbjerg, is on hold.",
        [],
        [("nordhavn-terminal", "LOCATED_IN", "esbjerg")],
    ),
]

# A making verb in the first place and a site in the second: the subject is in both.
MADE: list[Case] = [
    (  # glass
        "Ferrow Glass, which melts glass in Linz and runs a cutting shop in Graz, reported "
        "higher sales.",
        [("ferrow-glass", "LOCATED_IN", "linz"), ("ferrow-glass", "LOCATED_IN", "graz")],
        [],
    ),
    (  # food
        "Mirren Foods bakes bread in Cork and runs a packing shop in Limerick.",
        [("mirren-foods", "LOCATED_IN", "cork"), ("mirren-foods", "LOCATED_IN", "limerick")],
        [],
    ),
    (  # guard: selling is no site
        "Mirren Foods sells bread in Cork and has a big customer in Limerick.",
        [],
        [("mirren-foods", "LOCATED_IN", "cork"), ("mirren-foods", "LOCATED_IN", "limerick")],
    ),
]

# "[City]-based" inside an object: the company is the object, never the city.
BASED_OBJECTS: list[Case] = [
    (  # rail
        "Rivo Rail accused Leeds-based challenger Ambra Rail of dumping fares.",
        [("rivo-rail", "DISPUTES", "ambra-rail"), ("ambra-rail", "LOCATED_IN", "leeds")],
        [("rivo-rail", "DISPUTES", "leeds")],
    ),
    (  # energy regulator
        "The Grid Authority rebuked Bremen-based upstart Talvik Energy for late filings.",
        [("talvik-energy", "LOCATED_IN", "bremen")],
        [("grid-authority", "DISPUTES", "bremen"), ("the-grid-authority", "DISPUTES", "bremen")],
    ),
    (  # a multiword city with lower-case particles
        "Stoke-on-Trent-based Pellow Tiles agreed to buy a kiln maker.",
        [("pellow-tiles", "LOCATED_IN", "stoke-on-trent")],
        [("pellow-tiles", "LOCATED_IN", "trent")],
    ),
    (  # a "head office" is a site, not a head
        "Kavli Robotics was set up by Ana Berg and Ole Sand, who met at university, and has its "
        "head office in Trondheim.",
        [("kavli-robotics", "LOCATED_IN", "trondheim"), ("ole-sand", "FOUNDED", "kavli-robotics")],
        [("ole-sand", "LEADS", "kavli-robotics")],
    ),
]

# Extra site nouns of the LOCATED_IN triggers, and a unit named by its description.
FACILITIES: list[Case] = [
    (  # mining: "the unit" is the subsidiary described as one
        "Norsk Alu Holdings owns Fjell Metals, a unit that makes aluminium. The unit's smelter "
        "in Hedmark will close next year.",
        [("fjell-metals", "LOCATED_IN", "hedmark")],
        [("norsk-alu-holdings", "LOCATED_IN", "hedmark")],
    ),
    (  # defence, a description subject
        "Skyform Moravia is a joint venture of Halder Aero and Vostra Defence. The venture will "
        "assemble the drones at a new hangar in Brno.",
        [("skyform-moravia", "LOCATED_IN", "brno")],
        [("halder-aero", "LOCATED_IN", "brno"), ("vostra-defence", "LOCATED_IN", "brno")],
    ),
]


@pytest.mark.parametrize(
    "text,present,absent",
    LISTS + DESCRIPTORS + COORDINATED + SITES + FACILITIES + DESCRIBED + MADE + BASED_OBJECTS,
)
def test_places(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


def test_place_list_rules_name_themselves() -> None:
    """The later place's evidence names its rule (what `--explain` shows)."""
    ex = explain("Pellam Steel runs two mills in Sheffield and a coating line in Rotherham.")
    rules = {r.rule for r in ex.relations if r.target_id == "rotherham"}
    assert rules == {"place_lists/later-place"}


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "A new ground is planned on a former gasworks in the Rennick district of the town.",
            "Rennick",
        ),
        ("Most homes in the Varlo area lost power.", "Varlo"),
        ("Halloran said it would shut a kiln at its Limoges works.", "Limoges"),
        ("The Hague hosts the court, and Halvard moved to The Hague in May.", "Hague"),
        ("Most of the cargo passes through Gdynia on its way north.", "Gdynia"),
        # a list opened by a known place: "plants in Lyon, Dijon and Nantes"
        ("Corvo Foods operates plants in Lyon, Dijon and Nantes.", "Nantes"),
        ("Velo Bank has branches in Leeds and Harrogate.", "Harrogate"),
    ],
)
def test_places_by_their_noun(text: str, name: str) -> None:
    lex = Lexicon.load()
    cands = analyze(text, 0, lex).cands
    types = {c.text: c.best() for c in cands}
    assert any(name in t and v == "Location" for t, v in types.items()), types


@pytest.mark.parametrize(
    "text,name",
    [
        ("Velmar invested through Orbis Capital last year.", "Orbis Capital"),
        ("The Orlo network carries most traffic.", "Orlo"),
        # a stake "in" a known place's company is no list of places
        ("Velmar has stakes in Germany and Orlo Systems.", "Orlo Systems"),
    ],
)
def test_not_places(text: str, name: str) -> None:
    lex = Lexicon.load()
    types = {c.text: c.best() for c in analyze(text, 0, lex).cands}
    assert types.get(name) != "Location", types


@pytest.mark.parametrize(
    "text,name,etype",
    [
        # a city of the gazetteer after "at", "through" or "via", with no other cue
        ("Most of the grain is shipped via Gdynia each winter.", "Gdynia", "Location"),
        ("Velmar will add a kiln at Limoges next year.", "Limoges", "Location"),
        # a company in a compound or a person's employer keeps no place vote
        ("Arden Gas, a Santos-backed explorer, drilled two wells.", "Santos", None),
        # (typing8: "an analyst at X" names a firm, so the employer is an Organization)
        ("The deal was welcomed by an analyst at Santos, Ivo Marr.", "Santos", "Organization"),
    ],
)
def test_gazetteer_cities(text: str, name: str, etype: str | None) -> None:
    lex = Lexicon.load()
    types = {c.text: c.best() for c in analyze(text, 0, lex).cands}
    assert types.get(name) == etype, types
