"""Genre bank for products, projects and places that the Organization default took: coined
CamelCase product names ("VitaLoop, its 7-day glucose sensor", "CareGrid, Medano's nurse
dashboard", "its PawBowl meal kits"), letter-digit model codes ("Brevik's RX-340 gearbox"),
brands, labels and series ("its Fjellgold label", "the Emberfall puzzle series"), a product
class noun with "called" or "spin-off" ("a line of oat snacks called Crumble Stars"), project
heads of appositives ("an island destination", "a 600-patient trial", "a toll road"), a name
ending in "Facility", and a place after a facility noun and "in" or a destination noun and "on".

Each case is a short invented text, the names it must resolve with their types, and names that
must not be entities; across health, food, pets, autos, machinery, drinks, dairy, games,
media, cosmetics, leisure, pharma, roads, water, fishing, shipping, mining, energy, retail,
telecoms, banking and insurance. Guards: companies really named in CamelCase, a company's name
before "brand" when strong company cues type it, a stake in a company, "in March", "in Europe",
"in talks", a company named after a town.
"""

from __future__ import annotations

import pytest
from construction_check import check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

CAMEL_PRODUCTS: list[TypeCase] = [
    (  # health: appositive product head after several modifiers
        "Pulsero received approval for VitaLoop, its 7-day glucose sensor, on Monday.",
        {"VitaLoop": "Product", "Pulsero": "Organization"},
        [],
    ),
    (  # health: possessive appositive
        "Patient data flows into CareGrid, Medano's nurse dashboard.",
        {"CareGrid": "Product", "Medano": "Organization"},
        [],
    ),
    (  # pets: a name premodifying a two-word product noun
        "Felmont Foods said its PawBowl meal kits sold well.",
        {"PawBowl": "Product", "Felmont Foods": "Organization"},
        [],
    ),
    (  # health: "the N that X makes"
        "Readings come from TrakPatch, the stick-on monitor that Orvell Health makes.",
        {"TrakPatch": "Product", "Orvell Health": "Organization"},
        [],
    ),
    (  # health: "is manufactured at"
        "Pulsero Medical said its VitaLoop is manufactured at a plant in Cork.",
        {"VitaLoop": "Product"},
        [],
    ),
    (  # farming: "approval for X", CamelCase, no other cue
        "Regulators granted approval for GrainShield after a two-year review.",
        {"GrainShield": "Product"},
        [],
    ),
    (  # telecoms: CamelCase product, possessive appositive
        "Customers moved to FiberNest, Tolvan Telecom's home broadband router.",
        {"FiberNest": "Product", "Tolvan Telecom": "Organization"},
        [],
    ),
    (  # insurance: "is made at"-like passive with a possessive subject
        "Corlen Tools said the DrillMate is made at its Leeds works.",
        {"DrillMate": "Product"},
        [],
    ),
    (  # retail: name premodifying a plural product noun after "their"
        "Stores said their SnugFit winter jackets sold out.",
        {"SnugFit": "Product"},
        [],
    ),
    (  # health: a camel-case product named again with no cue: no shape vote for a company
        "Pulsero Health sells its GlucoBand brand in Spain. GlucoBand costs $40 a month. "
        "Doctors say GlucoBand works.",
        {"GlucoBand": "Product", "Pulsero Health": "Organization"},
        [],
    ),
    (  # software: possessed product noun once, then bare mentions
        "Medano Care said its CareGrid dashboard is used in 40 hospitals. CareGrid was built "
        "in Oslo. Nurses like CareGrid.",
        {"CareGrid": "Product"},
        [],
    ),
    (  # pharma: "clearance for the N"
        "Velnor Pharma won clearance for the DermaSoft after trials in Spain.",
        {"DermaSoft": "Product", "Velnor Pharma": "Organization"},
        [],
    ),
    (  # cosmetics: "X's top-selling N" with a verb after it
        "Lunara's top-selling Night Bloom Serum has sold well in Asia.",
        {"Night Bloom Serum": "Product"},
        [],
    ),
]

CODES: list[TypeCase] = [
    (  # machinery: a code premodifying a product noun after a possessive
        "Brevik Gears said sales of Brevik's RX-340 gearbox rose.",
        {"RX-340": "Product", "Brevik Gears": "Organization"},
        [],
    ),
    (  # machinery: reversed appositive
        "Holm Machines launched its new compact loader, the TL-9, in March.",
        {"TL-9": "Product"},
        [],
    ),
    (  # aviation: "the company's CODE turbofan"
        "Arvane Aero said the company's AX-7 turbofan passed its tests.",
        {"AX-7": "Product"},
        [],
    ),
    (  # autos: "its CODE van"
        "Tarlo Motors will build its EV-12 van in Spain.",
        {"EV-12": "Product"},
        [],
    ),
    (  # aviation: an uncued code is a model, not a company
        "Arvane Aero said the AX-7 was certified in May. The AX-7 burns less fuel.",
        {"AX-7": "Product", "Arvane Aero": "Organization"},
        [],
    ),
    (  # pharma: a code-shaped trial keeps its appositive's Project
        "Menlo Bio presented data from CARDIO-7, a 600-patient trial of its drug.",
        {"CARDIO-7": "Project"},
        [],
    ),
    (  # autos: an unhyphenated code
        "Tarlo Motors said the KX500 sold well. Dealers like the KX500.",
        {"KX500": "Product"},
        [],
    ),
    (  # guard: a short letter-digit company name keeps the default
        "Kesta Foods said K2 would buy the brand.",
        {"K2": "Organization"},
        [],
    ),
    (  # guard: a disease's name is no entity
        "Sales fell during COVID-19, Kesta Foods said.",
        {"Kesta Foods": "Organization"},
        ["COVID-19"],
    ),
]

BRANDS: list[TypeCase] = [
    (  # dairy: "under its N label"
        "Dalvik Dairy sells butter under its Fjellgold label.",
        {"Fjellgold": "Product", "Dalvik Dairy": "Organization"},
        [],
    ),
    (  # food: "its N brand"
        "Grentham Foods sells its Tindra brand in 30 countries.",
        {"Tindra": "Product"},
        [],
    ),
    (  # games: "the N fantasy series"
        "Lantern Games publishes the Emberfall fantasy series.",
        {"Emberfall": "Product"},
        [],
    ),
    (  # drinks: "its N brand" in the object of "sold"
        "Pellow Drinks sold its Brisko brand of tonic water to a rival.",
        {"Brisko": "Product"},
        [],
    ),
    (  # games: a title with a colon kept whole
        "Lantern Games delayed Emberfall: Frost Gate until 2027.",
        {"Emberfall: Frost Gate": "Product"},
        ["Frost Gate"],
    ),
]

CLASS_NOUNS: list[TypeCase] = [
    (  # food: "a line of N called X"
        "Oatsy Mills launched a line of oat snacks called Crumble Stars.",
        {"Crumble Stars": "Product"},
        [],
    ),
    (  # games: "its dice-game spin-off X"
        "Corrin Games released its dice-game spin-off Keelhaul in May.",
        {"Keelhaul": "Product"},
        [],
    ),
    (  # cosmetics: "X's best-selling N"
        "Rosette's best-selling Velvet Mist Lotion has sold two million bottles.",
        {"Velvet Mist Lotion": "Product"},
        [],
    ),
    (  # pets: "a range of dog treats called X"
        "Barkley Pet launched a range of dog treats called Chewbies.",
        {"Chewbies": "Product"},
        [],
    ),
]

PROJECTS: list[TypeCase] = [
    (  # leisure: appositive head "destination"
        "Tarvo Leisure owns Salt Cay Resort, a 200 million dollar island destination.",
        {"Salt Cay Resort": "Project", "Tarvo Leisure": "Organization"},
        [],
    ),
    (  # pharma: appositive head "trial"
        "Menlo Bio presented data from Cardiora, a 600-patient trial of its drug.",
        {"Cardiora": "Project"},
        [],
    ),
    (  # roads: appositive head "motorway"
        "Corvo Infra took 30% of Via Norte, a motorway of 150 km linking two cities.",
        {"Via Norte": "Project", "Corvo Infra": "Organization"},
        [],
    ),
    (  # roads: "stake in" a project with a "toll road" appositive
        "Corvo Infra bought a stake in Via Serra, a toll road linking two ports.",
        {"Via Serra": "Project"},
        [],
    ),
    (  # water: last word "Facility"
        "Water comes from the Kestrel Water Treatment Facility, which opened in 2021.",
        {"Kestrel Water Treatment Facility": "Project"},
        [],
    ),
    (  # shipping: appositive head "terminal"
        "Harlan Ports runs Ostmark, a container terminal on the Elbe.",
        {"Ostmark": "Project"},
        [],
    ),
    (  # health research: appositive head "study"
        "Velra Health funds Halden Heart, a ten-year study of farm workers.",
        {"Halden Heart": "Project"},
        [],
    ),
    (  # energy: appositive head "hub", relative clause after
        "Brask Energy leads Nordvik, a hydrogen hub that will open in 2028.",
        {"Nordvik": "Project"},
        [],
    ),
    (  # rail: appositive head "corridor"
        "Tessin Rail will build Vega Line, a freight corridor between two ports.",
        {"Vega Line": "Project"},
        [],
    ),
    (  # leisure: appositive head "resort" with "the"
        "Palmera Hotels opened Coral Reach, the beach resort it built for $90m.",
        {"Coral Reach": "Project"},
        [],
    ),
    (  # roads: a later "stake in" the project does not outvote its appositive
        "Corvo Infra owns Via Serra, a toll road linking two ports. In 2024 Corvo Infra bought "
        "a further stake in Via Serra.",
        {"Via Serra": "Project", "Corvo Infra": "Organization"},
        [],
    ),
    (  # energy: a stake in a terminal named in an earlier appositive
        "Halvard Gas runs Kestrel Point, an LNG terminal. Orlo Capital bought a stake in "
        "Kestrel Point in June.",
        {"Kestrel Point": "Project"},
        [],
    ),
]

PLACES: list[TypeCase] = [
    (  # leisure: island after a destination noun and "on"
        "Tarvo Leisure is building a resort on Great Exuma.",
        {"Great Exuma": "Location"},
        [],
    ),
    (  # drinks: town that is a common word after a facility noun and "in"
        "Holt Drinks opened a bottling plant in Bath last year.",
        {"Bath": "Location"},
        [],
    ),
    (  # logistics: warehouse in a town
        "Marlen Retail runs a distribution warehouse in Redhill.",
        {"Redhill": "Location"},
        [],
    ),
    (  # media: studio in a town
        "Pixford Media opened a studio in Kelburn in June.",
        {"Kelburn": "Location"},
        [],
    ),
    (  # leisure: hotel on an island with an adjective-like first word
        "Coralis Hotels owns a beach hotel on Upper Tarn.",
        {"Upper Tarn": "Location"},
        [],
    ),
    (  # mining: plant in a town, relative clause
        "Ostvik Metals, which runs a smelter in Kelso, cut jobs.",
        {"Kelso": "Location", "Ostvik Metals": "Organization"},
        [],
    ),
    (  # fishing: a two-word site before "on"
        "Norrel Fisk runs a salmon farm on Vessa.",
        {"Vessa": "Location", "Norrel Fisk": "Organization"},
        [],
    ),
]

GUARDS: list[TypeCase] = [
    (  # a company really named in CamelCase, with a company's own word
        "BrightPath Logistics said it hired 300 drivers.",
        {"BrightPath Logistics": "Organization"},
        [],
    ),
    (  # a CamelCase company with company cues
        "TerraVolt, a battery startup, raised $40m from Kelmo Capital.",
        {"TerraVolt": "Organization"},
        [],
    ),
    (  # a CamelCase company that hires and is run by a chief executive
        "Ana Ruiz, chief executive of MediPort, said the company would hire 50 staff.",
        {"MediPort": "Organization", "Ana Ruiz": "Person"},
        [],
    ),
    (  # a company named before "brand" when named as a company elsewhere
        "Orvane Foods is a snack maker based in Leeds. Shoppers trust the Orvane Foods brand.",
        {"Orvane Foods": "Organization"},
        [],
    ),
    (  # a stake in a company
        "Kelmo Capital bought a stake in Dorvel Foods in March.",
        {"Dorvel Foods": "Organization", "Kelmo Capital": "Organization"},
        ["March"],
    ),
    (  # a stake in a one-word company named as a maker
        "Kelmo Capital bought a stake in Tarsk, a maker of pumps.",
        {"Tarsk": "Organization"},
        [],
    ),
    (  # "in Europe" after a facility noun
        "Holt Drinks has a plant in Europe and a depot in Texas.",
        {"Holt Drinks": "Organization"},
        [],
    ),
    (  # a company named after a town, with company cues
        "Reading Mills, a flour miller, said it would cut prices.",
        {"Reading Mills": "Organization"},
        [],
    ),
    (  # a trial sponsor is no project
        "Menlo Bio, a drugmaker running a 600-patient trial, raised $50m.",
        {"Menlo Bio": "Organization"},
        [],
    ),
    (  # a company that owns a resort is no project
        "Palmera Hotels, the resort operator, bought Coral Reach Hotels.",
        {"Palmera Hotels": "Organization", "Coral Reach Hotels": "Organization"},
        [],
    ),
    (  # a company in talks
        "Holt Drinks is in talks with Bramwell Foods over a plant in Bath.",
        {"Holt Drinks": "Organization", "Bramwell Foods": "Organization"},
        [],
    ),
    (  # camel-case companies with no cue stay companies by default
        "BrightPath said it hired 300 drivers. BrightPath is based in Leeds.",
        {"BrightPath": "Organization"},
        [],
    ),
    (  # approval for a company to act: a company
        "Regulators granted approval for Kesta and Brell to merge.",
        {"Kesta": "Organization", "Brell": "Organization"},
        [],
    ),
    (  # approval for a company's takeover: a company
        "Brell won approval for Kesta Foods' takeover of Orlo.",
        {"Kesta Foods": "Organization"},
        [],
    ),
    (  # "made up of": no product
        "Harlow Group is made up of three banks and an insurer.",
        {"Harlow Group": "Organization"},
        [],
    ),
    (  # "on" a day after a site noun
        "Coralis Hotels opened a hotel on Friday and a resort on Tuesday.",
        {"Coralis Hotels": "Organization"},
        ["Friday", "Tuesday"],
    ),
    (  # "on" a company's platform after a site noun: the name modifies a noun
        "Palmera Hotels sells rooms at its hotel on the Tripvane website.",
        {"Palmera Hotels": "Organization"},
        [],
    ),
    (  # a stake in a company whose name a given name opens
        "Kelmo Capital bought a stake in Anna Pike, the fashion house.",
        {"Anna Pike": "Organization"},
        [],
    ),
]

GAPS: dict[str, str] = {
    "Rosette's best-selling": "'X's best-selling N' with a verb after the name: no cue (a "
    "'s best-selling' praise cost blind5 precision)",
    "Lunara's top-selling": "'X's top-selling N' with a verb after the name: no cue",
    "Lantern Games delayed Emberfall:": "a title with a colon is split in two names",
}


@pytest.mark.parametrize(
    "case",
    gap_params(CAMEL_PRODUCTS + CODES + BRANDS + CLASS_NOUNS + PROJECTS + PLACES + GUARDS, GAPS),
)
def test_genre_typing_things(case: TypeCase) -> None:
    text, must, must_not = case
    check_types(text, must, must_not)


def test_product_owner_kept() -> None:
    """A product typed by its possessive appositive keeps the owner's OWNS."""
    check(
        "Patient data flows into CareGrid, Medano Health's nurse dashboard.",
        [("medano-health", "OWNS", "caregrid")],
        [],
    )
