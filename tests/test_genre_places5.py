"""Genre bank for a place word in or right after an organisation's description (places, round
five): a bare city before the descriptor noun of an appositive or a premodified name ("Tarrant
Capital, an Edinburgh investor focused on care homes", "the Kassel holding company Pellam"), a
place phrase after the name or its appositive head ("Ardent Terminal, a grain silo in Rostock
harbour", "the Court of Appeal in Bristol", "a subsea field in the North Sea") and site shapes
("opened its first venue in Kassel", "the Gdynia yard, code-named Northreach").

Each case is a short invented article across food, mining, shipping, banking, pharma, energy,
retail, media, autos, farming, telecoms, insurance, property and leisure. Guards: a customer or
market, a route or export, an event in a city, an organisation named for a place, a person's
origin, a past or planned site, negation and a person's trade.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PREMODIFIERS: list[Case] = [
    (  # care: "an CITY investor" with a reduced relative after it
        "Tarrant Capital, an Edinburgh investor focused on care homes, put in 10 million.",
        [("tarrant-capital", "LOCATED_IN", "edinburgh")],
        [],
    ),
    (  # banking: "a CITY fund" appositive of a subject that buys
        "Marlowe Invest, a Vienna fund, bought 20% of Pellam Foods.",
        [("marlowe-invest", "LOCATED_IN", "vienna")],
        [("pellam-foods", "LOCATED_IN", "vienna")],
    ),
    (  # mining: "a CITY explorer", a trade noun beyond the company nouns
        "Brisa Mining, a Perth explorer, found copper in northern Chile.",
        [("brisa-mining", "LOCATED_IN", "perth")],
        [],
    ),
    (  # leisure: a two-word trade, "the CITY event organiser"
        "Corliss Events, the Lisbon event organiser, sold its stake in Norvia Foods.",
        [("corliss-events", "LOCATED_IN", "lisbon")],
        [("norvia-foods", "LOCATED_IN", "lisbon")],
    ),
    (  # food: "a CITY caterer" with a participle phrase after it
        "Halden Catering, a Leeds caterer focused on schools, won the tender.",
        [("halden-catering", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # finance: premodified name as the object of "a stake in the ..."
        "Orvane Capital bought a stake in the Kassel holding company Pellam Holdings.",
        [("pellam-holdings", "LOCATED_IN", "kassel")],
        [("orvane-capital", "LOCATED_IN", "kassel")],
    ),
    (  # finance: premodified name after "a stake in the ...", a two-word company noun
        "Orvane Capital bought a stake in the Kassel engineering group Pellam Holdings.",
        [("pellam-holdings", "LOCATED_IN", "kassel")],
        [("orvane-capital", "LOCATED_IN", "kassel")],
    ),
    (  # leisure: "the CITY event organiser" with a company suffix
        "Corliss Events Ltd, the Lisbon event organiser, sold its stake in Norvia Foods.",
        [("corliss-events", "LOCATED_IN", "lisbon")],
        [("norvia-foods", "LOCATED_IN", "lisbon")],
    ),
    (  # farming: "the CITY potato grower"
        "Kestrel Farms, the Derby potato grower, cut its prices.",
        [("kestrel-farms", "LOCATED_IN", "derby")],
        [],
    ),
    (  # shipping: "the CITY ship repairer NAME" opening the sentence
        "The Gdansk ship repairer Vantora Marine won a navy contract.",
        [("vantora-marine", "LOCATED_IN", "gdansk")],
        [],
    ),
    (  # property: "a CITY property investor"
        "Tessaly Estates, a Madrid property investor, bought two office towers.",
        [("tessaly-estates", "LOCATED_IN", "madrid")],
        [],
    ),
    (  # media: "a CITY radio station", object of a sale
        "Arvel Radio, a Berlin radio station, was sold to Kesh Media.",
        [("arvel-radio", "LOCATED_IN", "berlin")],
        [("kesh-media", "LOCATED_IN", "berlin")],
    ),
    (  # food: object premodified, "the CITY fish canner NAME"
        "Norvia Foods agreed to buy the Porto fish canner Lumo Conservas.",
        [("lumo-conservas", "LOCATED_IN", "porto")],
        [("norvia-foods", "LOCATED_IN", "porto")],
    ),
    (  # insurance: "a CITY insurance broker"
        "Brenn Mutual, a Dublin insurance broker, raised its fees.",
        [("brenn-mutual", "LOCATED_IN", "dublin")],
        [],
    ),
    (  # telecoms: "a CITY network builder"
        "Halvik Telecom, a Tallinn network builder, laid fibre across Latvia.",
        [("halvik-telecom", "LOCATED_IN", "tallinn")],
        [],
    ),
    (  # farming: "the CITY potato grower"
        "Kestrel Farms, the Cork potato grower, cut its prices.",
        [("kestrel-farms", "LOCATED_IN", "cork")],
        [],
    ),
    (  # pharma: "a CITY drug developer" with a licence partner
        "Selwyn Pharma, a Basel drug developer, licensed a compound to Arvel Bio.",
        [("selwyn-pharma", "LOCATED_IN", "basel")],
        [("arvel-bio", "LOCATED_IN", "basel")],
    ),
    (  # energy: "a CITY power trader"
        "Ostrel Power, a Hamburg power trader, hedged its gas.",
        [("ostrel-power", "LOCATED_IN", "hamburg")],
        [],
    ),
    (  # autos: relative clause after the appositive, "a CITY dealer group"
        "Pellini Motors, a Turin car dealer that sells vans, was bought by Norvia Auto.",
        [("pellini-motors", "LOCATED_IN", "turin")],
        [("norvia-auto", "LOCATED_IN", "turin")],
    ),
    (  # retail: "a CITY buyout firm that ..." (relative clause)
        "Quillex Partners, a Dresden buyout firm that specialises in logistics, declined to bid.",
        [("quillex-partners", "LOCATED_IN", "dresden")],
        [],
    ),
    (  # shipping: "the CITY shipbuilder NAME, which ..."
        "The contract went to the Gdansk shipbuilder Vantora Shipyards, which has a full book.",
        [("vantora-shipyards", "LOCATED_IN", "gdansk")],
        [],
    ),
]

VARIANTS: list[Case] = [
    (  # food: the trade noun has an "of" object ("the CITY supplier of NAME")
        "Norvia, the Madrid supplier of Kesh Retail, raised its prices.",
        [("norvia", "LOCATED_IN", "madrid")],
        [("kesh-retail", "LOCATED_IN", "madrid")],
    ),
    (  # banking: the name set off after the descriptor, "A CITY fund, NAME, ..."
        "A Vienna fund, Marlowe Invest, bought 20% of Pellam Foods.",
        [("marlowe-invest", "LOCATED_IN", "vienna")],
        [("pellam-foods", "LOCATED_IN", "vienna")],
    ),
    (  # pharma: coordinated objects, each with its own descriptor
        "Norvia bought Tessel Labs, a Basel drug developer, and Orvik Bio, a Lyon vaccine maker.",
        [("tessel-labs", "LOCATED_IN", "basel"), ("orvik-bio", "LOCATED_IN", "lyon")],
        [("tessel-labs", "LOCATED_IN", "lyon"), ("norvia", "LOCATED_IN", "basel")],
    ),
    (  # fishing: predicate "is a CITY trade"
        "Quillex is a Bergen fish exporter.",
        [("quillex", "LOCATED_IN", "bergen")],
        [],
    ),
    (  # fishing: relative "which is a CITY trade"
        "Quillex, which is a Bergen fish exporter, hired 30 staff.",
        [("quillex", "LOCATED_IN", "bergen")],
        [],
    ),
    (  # plural: two names, "two CITY millers"
        "Pellam Grain and Dorne Feeds, two Kassel millers, agreed to merge.",
        [("pellam-grain", "LOCATED_IN", "kassel"), ("dorne-feeds", "LOCATED_IN", "kassel")],
        [],
    ),
    (  # shipping: a site near a town, "a container berth near CITY"
        "Tarrow Quay, a container berth near Rotterdam, reopened.",
        [("tarrow-quay", "LOCATED_IN", "rotterdam")],
        [],
    ),
    (  # mining: object of a sale, "a copper mine in COUNTRY"
        "Kestrel Mine, a copper mine in Zambia, was sold to Brask Metals.",
        [("kestrel-mine", "LOCATED_IN", "zambia")],
        [("brask-metals", "LOCATED_IN", "zambia")],
    ),
    (  # services: premodified object of "hired"
        "Norvia hired the Edinburgh recruiter Kestrel Search.",
        [("kestrel-search", "LOCATED_IN", "edinburgh")],
        [("norvia", "LOCATED_IN", "edinburgh")],
    ),
]

ATTACHMENTS: list[Case] = [
    (  # farming: "a grain silo in CITY harbour"
        "Ardent Terminal, a grain silo in Rostock harbour, opens next year.",
        [("ardent-terminal", "LOCATED_IN", "rostock")],
        [],
    ),
    (  # shipping: "a bulk berth in the harbour of CITY"
        "Selwyn Terminal, a bulk berth in the harbour of Gdynia, will reopen in spring.",
        [("selwyn-terminal", "LOCATED_IN", "gdynia")],
        [],
    ),
    (  # energy: "a subsea field in the North Sea", object of "owns"
        "Brask Energy owns Harlow, a subsea field in the North Sea.",
        [("harlow", "LOCATED_IN", "north-sea"), ("brask-energy", "OWNS", "harlow")],
        [("brask-energy", "LOCATED_IN", "north-sea")],
    ),
    (  # law: "the Court of Appeal in CITY"
        "The Court of Appeal in Bristol rejected the claim by Norvia Foods.",
        [("court-of-appeal", "LOCATED_IN", "bristol")],
        [("norvia-foods", "LOCATED_IN", "bristol")],
    ),
    (  # health: "a private hospital in CITY"
        "Vantora Clinic, a private hospital in Graz, hired 40 nurses.",
        [("vantora-clinic", "LOCATED_IN", "graz")],
        [],
    ),
    (  # leisure: "a 200-room hotel in CITY", object of a sale
        "Orvane sold the Kestrel Hotel, a 200-room hotel in Lyon, to Brenn Capital.",
        [("kestrel-hotel", "LOCATED_IN", "lyon")],
        [("brenn-capital", "LOCATED_IN", "lyon")],
    ),
    (  # dairy: "a creamery near CITY"
        "Kestrel Dairy, a creamery near Cork, was sold to Halm Foods.",
        [("kestrel-dairy", "LOCATED_IN", "cork")],
        [("halm-foods", "LOCATED_IN", "cork")],
    ),
    (  # mining: "a copper mine in the Atacama desert of Chile"
        "Tolvane, a copper mine in northern Chile, produced less ore.",
        [("tolvane", "LOCATED_IN", "chile")],
        [],
    ),
]

SITES: list[Case] = [
    (  # leisure: "opened its first venue in CITY"
        "Norvia Leisure opened its first venue in Kassel in 2015.",
        [("norvia-leisure", "LOCATED_IN", "kassel")],
        [],
    ),
    (  # retail: relative clause, "launched a first store in CITY"
        "Pellam, the Dutch grocer which launched a first store in Kassel in May, grew fast.",
        [("pellam", "LOCATED_IN", "kassel")],
        [],
    ),
    (  # shipping: "runs its boats out of a yard in CITY"
        "Halvik Ferries runs its boats out of a yard in Gdynia.",
        [("halvik-ferries", "LOCATED_IN", "gdynia")],
        [],
    ),
    (  # shipbuilding: "the CITY yard, code-named NAME" (a project's place)
        "The Gdynia yard, code-named Northreach, should cost 80 million.",
        [("northreach", "LOCATED_IN", "gdynia")],
        [],
    ),
    (  # autos: "the CITY plant, known as NAME"
        "The Pune plant, known as Project Falcon, will open in 2027.",
        [("project-falcon", "LOCATED_IN", "pune")],
        [],
    ),
    (  # retail: a chain's first store abroad is a site too (the gold reads it so)
        "Brisa Retail, the Lisbon grocer, opened its first store in Madrid.",
        [("brisa-retail", "LOCATED_IN", "lisbon"), ("brisa-retail", "LOCATED_IN", "madrid")],
        [],
    ),
    (  # food: "the company" subject, "its first bakery in CITY"
        "Kelso Bread was set up in 1990. The company opened its first bakery in Derby.",
        [("kelso-bread", "LOCATED_IN", "derby")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # a customer market, "sells to CITY hospitals"
        "Tarrow Care sells its beds to Edinburgh hospitals.",
        [],
        [("tarrow-care", "LOCATED_IN", "edinburgh")],
    ),
    (  # a customer, "a CITY customer"
        "Norvia Software won a Madrid customer for its payroll tool.",
        [],
        [("norvia-software", "LOCATED_IN", "madrid")],
    ),
    (  # a route of goods
        "Halvik Shipping ships grain from Kassel to Oslo.",
        [],
        [("halvik-shipping", "LOCATED_IN", "kassel"), ("halvik-shipping", "LOCATED_IN", "oslo")],
    ),
    (  # an airline's flights out of a city
        "Skyvale Airways added four flights out of Pune.",
        [],
        [("skyvale-airways", "LOCATED_IN", "pune")],
    ),
    (  # an event in a city
        "A fire in Kassel shut a bakery run by Pellam Foods.",
        [],
        [("pellam-foods", "LOCATED_IN", "kassel")],
    ),
    (  # an organisation named for a place
        "Kassel Council fined Norvia Foods over its waste.",
        [],
        [("norvia-foods", "LOCATED_IN", "kassel"), ("kassel-council", "LOCATED_IN", "kassel")],
    ),
    (  # a person's origin
        "Anna Brenn, a Kassel-born engineer, joined Quillex Robotics.",
        [],
        [("quillex-robotics", "LOCATED_IN", "kassel")],
    ),
    (  # a past site
        "Norvia Textiles sold its former plant in Pune last year.",
        [],
        [("norvia-textiles", "LOCATED_IN", "pune")],
    ),
    (  # a closed office
        "Norvia Textiles closed its Pune office in March.",
        [],
        [("norvia-textiles", "LOCATED_IN", "pune")],
    ),
    (  # a planned site
        "Norvia Textiles plans a plant in Pune.",
        [],
        [("norvia-textiles", "LOCATED_IN", "pune")],
    ),
    (  # a site under consideration
        "Norvia Textiles is considering Pune for its next plant.",
        [],
        [("norvia-textiles", "LOCATED_IN", "pune")],
    ),
    (  # a customer market of a trade: "sells to CITY caterers"
        "Pellam Foods sells flour to Edinburgh caterers.",
        [],
        [("pellam-foods", "LOCATED_IN", "edinburgh")],
    ),
    (  # a person's job at a site: "a nurse at a hospital in CITY"
        "Ann Lind, a nurse at a hospital in Graz, sued Vantora Care.",
        [],
        [("vantora-care", "LOCATED_IN", "graz"), ("ann-lind", "LOCATED_IN", "graz")],
    ),
    (  # a person's trade: the investor is a person
        "Ulla Berg, a Vienna investor, bought shares in Norvia Foods.",
        [],
        [("norvia-foods", "LOCATED_IN", "vienna"), ("ulla-berg", "LOCATED_IN", "vienna")],
    ),
    (  # a supplier's customers are elsewhere
        "Pellam Foods, a supplier to Edinburgh schools, raised prices.",
        [],
        [("pellam-foods", "LOCATED_IN", "edinburgh")],
    ),
    (  # negation of the descriptor
        "Pellam Foods is not a Kassel company, its lawyer said.",
        [],
        [("pellam-foods", "LOCATED_IN", "kassel")],
    ),
    (  # a customer appositive, "a CITY buyer"
        "Orvane sold the Tarrow brand to Kesh Retail, a Madrid buyer, in May.",
        [],
        [("orvane", "LOCATED_IN", "madrid")],
    ),
    (  # an event after the name: "Norvia in Kassel" is a meeting, not a seat
        "The talks between Quillex and Norvia in Kassel ended without a deal.",
        [],
        [("norvia", "LOCATED_IN", "kassel"), ("quillex", "LOCATED_IN", "kassel")],
    ),
    (  # a plan: "will open its first venue in CITY"
        "Norvia Leisure will open its first venue in Kassel next year.",
        [],
        [("norvia-leisure", "LOCATED_IN", "kassel")],
    ),
]

BANK: list[Case] = PREMODIFIERS + VARIANTS + ATTACHMENTS + SITES + GUARDS

LEFT: dict[str, str] = {
    "The Court of Appeal in Bristol": "'the COURT in CITY' (and any 'the ORG in CITY') cost"
    " precision on two unseen sets, whose gold leaves a court's town out; reverted",
    "Norvia Leisure opened its first venue": "'opened its first SITE in CITY': an older bank"
    " (test_genre_places) reads a first store as no seat; a rule was tried and reverted",
    "Pellam, the Dutch grocer which launched": "as above: a first store, reverted",
    "Brisa Retail, the Lisbon grocer, opened": "as above: a first store, reverted",
    "Norvia Textiles closed its Pune office": "a closed site: `its_site` reads 'closed its CITY"
    " office' as the owner's seat (an older convention: 'will close its Lyon factory')",
    "Quillex, which is a Bergen": "a relative 'which is a CITY trade': `described_left` reads"
    " only 'X, a ...' and 'X is a ...'",
    "Pellam Grain and Dorne Feeds, two": "a plural descriptor over coordinated names ('two CITY"
    " millers') has no article for `described_left`",
    "Corliss Events, the Lisbon": "typing: 'organiser' votes Person over the name's 'Events'",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_places5(case: Case) -> None:
    check(*case)
