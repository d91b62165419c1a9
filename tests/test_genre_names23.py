"""Genre bank for places read from a title, a footprint or a paid-for site, and for names cut
short (round 23, area names).

A sentence-case title line ("Brisk-area bakery chain Tollany sold") places no firm: only the
body states a seat. A site paid for or lent towards ("lent R250m towards a new tannery") is
no seat of the payer, nor is the amount an entity. The "its" of a purpose clause after money lent to
a firm (past an appositive on the firm) is that firm's. Gaps: a name opening with a nationality
or a saint's possessive, a project name with a lowercase head or "to" inside, a place taken as
the thing owned, an appositive's place given to the participle's object, a counted plural
site over a country or states (a footprint, no seat).

Sectors: bakeries, dairy, haulage, farming, glass, vets, brewing, seeds, flour milling,
tanning, software, cold storage, timber, solar, heritage, ferries, fisheries, robotics,
shipping, wine, care homes.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

TITLES: list[Case] = [
    (  # bakeries: a metro-area premodifier in a sentence-case title
        "Brisk-area bakery chain Tollany sold to national grocer\n\nTollany, which runs twelve "
        "shops, will be sold to Marrowfield Stores for an undisclosed sum.",
        [],
        [("tollany", "LOCATED_IN", "brisk")],
    ),
    (  # dairy: a county before the firm's name in the title
        "Kerrow creamery Dunmallow Dairies agrees sale to Danish group\n\nDunmallow Dairies "
        "will be sold to Aslev Mejeri for 40 million euros.",
        [],
        [("dunmallow-dairies", "LOCATED_IN", "kerrow")],
    ),
    (  # haulage: the body's relation stays
        "Lisburn-area haulier Corbane Freight bought by rival\n\nCorbane Freight has agreed to "
        "be bought by Trask Logistics.",
        [("trask-logistics", "OWNS", "corbane-freight")],
        [("corbane-freight", "LOCATED_IN", "lisburn")],
    ),
    (  # farming: a region in the title
        "Fenland potato packer Oddry Farms sold\n\nOddry Farms was sold to Greyholt Produce "
        "on Monday.",
        [("greyholt-produce", "OWNS", "oddry-farms")],
        [("oddry-farms", "LOCATED_IN", "fenland")],
    ),
    (  # guard: the body states the seat
        "Bakery chain Tollany sold to national grocer\n\nTollany, the Brisk-based chain that "
        "runs twelve shops, will be sold to Marrowfield Stores.",
        [("tollany", "LOCATED_IN", "brisk")],
        [],
    ),
    (  # guard (review 23): a one-line lead paragraph ending in a quotation keeps its place
        'Orvel Mills, based in Leeds, said the year was "difficult."\n\nOrvel Mills makes '
        "flour for bakers across the north of England.",
        [("orvel-mills", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # guard (review 23): a lead with a reporting clause and a quotation
        "Orvel Mills, the Leeds miller, is suing Kest Foods, its chief executive said on Monday: "
        '"We will win"\n\nOrvel Mills makes flour for bakers across the north of England.',
        [("orvel-mills", "LOCATED_IN", "leeds"), ("orvel-mills", "DISPUTES", "kest-foods")],
        [],
    ),
    (  # guard: a lead in brackets' closing mark
        "Tarrow Dairy, a creamery based in Kelso, raised prices (again.)\n\nTarrow Dairy "
        "sells butter to shops in the Borders.",
        [("tarrow-dairy", "LOCATED_IN", "kelso")],
        [],
    ),
    (  # guard: a relative clause of the body states it
        "Haulier Corbane Freight bought by rival\n\nCorbane Freight, which is based in Lisburn, "
        "has agreed to be bought by Trask Logistics.",
        [("corbane-freight", "LOCATED_IN", "lisburn")],
        [],
    ),
]

FOOTPRINTS: list[Case] = [
    (  # glass: furnaces counted over a country
        "Marlock Glass, founded in 1952, runs four furnaces in Spain, including a bottle works "
        "in Zaragoza.",
        [],
        [("marlock-glass", "LOCATED_IN", "spain")],
    ),
    (  # vets: practices across a list of states
        "Tessaly Vets said on Friday it now operates 60 practices across Ohio, Indiana and "
        "Kentucky.",
        [],
        [("tessaly-vets", "LOCATED_IN", "ohio")],
    ),
    (  # brewing: a count word and a country
        "Drummel Brewing operates six breweries in Canada.",
        [],
        [("drummel-brewing", "LOCATED_IN", "canada")],
    ),
    (  # seeds: a number and a state
        "Oskel Seeds has 14 warehouses in Kansas.",
        [],
        [("oskel-seeds", "LOCATED_IN", "kansas")],
    ),
    (  # haulage: vans "out of" counted depots
        "Tessaly Vets runs 90 trucks out of 12 depots across Texas, Oklahoma and Arkansas.",
        [],
        [("tessaly-vets", "LOCATED_IN", "texas")],
    ),
    (  # guard: one named works in a city
        "Marlock Glass runs a bottle works in Zaragoza.",
        [("marlock-glass", "LOCATED_IN", "zaragoza")],
        [],
    ),
    (  # guard: counted sites in one city
        "Drummel Brewing operates two breweries in Halifax.",
        [("drummel-brewing", "LOCATED_IN", "halifax")],
        [],
    ),
    (  # guard: a seat stated apart from the count
        "Oskel Seeds, which is based in Topeka, has 14 warehouses.",
        [("oskel-seeds", "LOCATED_IN", "topeka")],
        [],
    ),
]

LENT: list[Case] = [
    (  # flour milling: the purpose clause's "its" past an appositive is the borrower's
        "Hestor Bank has lent $8m to Pellow Mills, the flour maker founded in 1988 by Ida "
        "Pellow, to fit solar panels at its mill in Bury.",
        [("pellow-mills", "LOCATED_IN", "bury"), ("hestor-bank", "FUNDS", "pellow-mills")],
        [("hestor-bank", "LOCATED_IN", "bury")],
    ),
    (  # tanning: an amount lent towards a site is no entity there
        "The Caradon Growth Fund has lent R250m towards a new tannery at Port Elsa.",
        [],
        [("r250m", "LOCATED_IN", "port-elsa")],
    ),
    (  # guard: a relative clause on the borrower
        "Hestor Bank has lent $8m to Pellow Mills, which grinds flour at its mill in Bury.",
        [("pellow-mills", "LOCATED_IN", "bury"), ("hestor-bank", "FUNDS", "pellow-mills")],
        [("hestor-bank", "LOCATED_IN", "bury")],
    ),
    (  # guard: the recipient right after the verb
        "Saxen Bank lent Kest Foods $20m to expand its plant in Leeds.",
        [("kest-foods", "LOCATED_IN", "leeds")],
        [("saxen-bank", "LOCATED_IN", "leeds")],
    ),
    (  # glass: a site paid for is a work funded, no seat of the payer
        "Orvel Mills paid for a new glasshouse in Leeds for the city's botanic garden.",
        [],
        [("orvel-mills", "LOCATED_IN", "leeds")],
    ),
    (  # guard (review 23): a seat paid for, moved into
        "Orvel Mills paid for a new headquarters in Leeds, which it moved into last year.",
        [("orvel-mills", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # guard (review 23): money towards a head office
        "Orvel Mills put $9m towards a new head office in Leeds.",
        [("orvel-mills", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # guard (review 23): a plant "that it will run itself"
        "Orvel Mills committed $40m towards a new plant in Selby that it will run itself.",
        [("orvel-mills", "LOCATED_IN", "selby")],
        [],
    ),
    (  # guard (review 23): the payer works "there"
        "Orvel Mills paid for a new factory in Leeds and now makes flour there.",
        [("orvel-mills", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # guard: a plant "where it" works
        "Tarrow Dairy funded a new creamery in Kelso, where it now makes butter.",
        [("tarrow-dairy", "LOCATED_IN", "kelso")],
        [],
    ),
    (  # bakeries: a purpose verb of building after an appositive (gap)
        "Saxen Bank has lent $20m to Kest Foods, the baker founded by Ana Lund, to build ovens "
        "at its plant in Leeds.",
        [("kest-foods", "LOCATED_IN", "leeds")],
        [("saxen-bank", "LOCATED_IN", "leeds")],
    ),
]

GAP_CASES: list[Case] = [
    (  # timber: a name in apposition to a group noun typed as a person
        "Plumford Mills is owned by Hagvik Trelast, the Bergen-based timber group.",
        [("hagvik-trelast", "LOCATED_IN", "bergen")],
        [("plumford-mills", "LOCATED_IN", "bergen")],
    ),
    (  # solar: the place of "the P-based company building X" is the company's
        "Much of the attention fell on Corvane Solar, the Austin-based company building the "
        "Redgate Solar Farm in Taylor.",
        [("corvane-solar", "LOCATED_IN", "austin")],
        [("redgate-solar-farm", "LOCATED_IN", "austin")],
    ),
    (  # guard: a relative clause after the appositive
        "Plumford Mills is owned by Ostrand Quarries, the Bergen-based timber group, which "
        "bought it in 2011.",
        [("ostrand-quarries", "LOCATED_IN", "bergen")],
        [],
    ),
    (  # guard: the appositive's noun has no participle
        "Attention fell on Corvane Solar, the Austin-based maker of panels for farms.",
        [("corvane-solar", "LOCATED_IN", "austin")],
        [],
    ),
    (  # heritage: a project name with a lowercase head
        "The Harrowgate restoration in Ripon, paid for mostly by the Dales Heritage Trust, "
        "finished late.",
        [("dales-heritage-trust", "FUNDS", "harrowgate-restoration")],
        [],
    ),
    (  # ferries: "to" inside a project's name
        "The Lake Tana Ferries to Market project is financed by the African Development Bank.",
        [("african-development-bank", "FUNDS", "lake-tana-ferries-to-market-project")],
        [],
    ),
    (  # shipping: a saint's possessive opens the name
        "He was known for the St Brennan's Quay Project, which was funded by the Galloway "
        "Heritage Fund.",
        [("galloway-heritage-fund", "FUNDS", "st-brennans-quay-project")],
        [("galloway-heritage-fund", "FUNDS", "quay-project")],
    ),
    (  # guard: a full project name
        "The Corran Point Wind Project, a 200-megawatt farm, was funded by the Tidewater "
        "Infrastructure Fund.",
        [("tidewater-infrastructure-fund", "FUNDS", "corran-point-wind-project")],
        [],
    ),
    (  # fisheries: a nationality opens an agency's name
        "A Scottish Enterprise official said the agency had given Orlan Fisheries a "
        "300,000-pound grant.",
        [("scottish-enterprise", "FUNDS", "orlan-fisheries")],
        [("enterprise", "FUNDS", "orlan-fisheries")],
    ),
    (  # guard: a nationality before a bank's name
        "A Scottish Development Bank official said the bank had given Orlan Fisheries a "
        "300,000-pound grant.",
        [("scottish-development-bank", "FUNDS", "orlan-fisheries")],
        [],
    ),
    (  # robotics: guard, a province closes a name
        "Kelvane Robotics raised $9m from Harth Ventures and Innovate Manitoba, the provincial "
        "agency.",
        [("innovate-manitoba", "FUNDS", "kelvane-robotics")],
        [],
    ),
    (  # smokehouses: a place's possessive opens the bought firm's name
        "Orlan Fisheries was founded in 1961. In 1990 the company bought Kessock's Bay "
        "Smokehouse, a rival.",
        [],
        [("orlan-fisheries", "OWNS", "bay-smokehouse")],
    ),
    (  # shipping: a quay at a port owns no port
        "Halden Freight, which operates quay 4 at Tilbury in Essex, said profits rose.",
        [],
        [("halden-freight", "OWNS", "tilbury")],
    ),
    (  # wine: guard, the estate a relative clause hangs on is the one bought
        "Sales at Chateau Morvel, a wine estate in South Africa that Trell Wines bought in "
        "2015, rose 4%.",
        [("trell-wines", "OWNS", "chateau-morvel")],
        [("trell-wines", "OWNS", "south-africa")],
    ),
    (  # care homes: the relative clause's last place is not the firm bought
        "Pennyfield Care, which has nine homes between Hastings and Bexhill, will be acquired "
        "by Oakmere Health, a Leeds-based group.",
        [("oakmere-health", "OWNS", "pennyfield-care")],
        [("oakmere-health", "OWNS", "bexhill")],
    ),
    (  # guard: a relative clause of buying
        "Trell Wines, which bought Chateau Lusac in 2015, reported higher sales.",
        [("trell-wines", "OWNS", "chateau-lusac")],
        [],
    ),
    (  # guard: a warehouse in a port town
        "Halden Freight operates a warehouse in Tilbury.",
        [("halden-freight", "LOCATED_IN", "tilbury")],
        [],
    ),
]

BANK = TITLES + FOOTPRINTS + LENT + GAP_CASES
GAPS: dict[str, str] = {
    "Drummel Brewing operates six": "counted sites over a country (measured: not read)",
    "Oskel Seeds has 14": "counted sites over a state (measured: not read)",
    "Tessaly Vets runs 90 trucks": "counted depots over states (measured: not read)",
    "Saxen Bank has lent $20m to Kest Foods, the baker": "an infinitive trigger's subject is "
    "the lender (verbal/svo), not the borrower",
    "Plumford Mills is owned by Hagvik": "a name before 'the P-based group' typed Person",
    "Much of the attention fell on Corvane": "appositive/hyphen gives P to the participle's object",
    "The Harrowgate restoration": "a project name's lowercase head is cut",
    "The Lake Tana Ferries": "'to' inside a project name ends it",
    "He was known for the St Brennan's": "a saint's possessive is cut from the name",
    "A Scottish Enterprise official": "a nationality opening an agency name is cut",
    "Orlan Fisheries was founded in 1961.": "a place's possessive opening a name is cut",
    "Halden Freight, which operates quay": "'operates N at PLACE' takes the place as owned",
    "Pennyfield Care, which has nine homes": "the passive's subject past a relative clause",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_names23(case: Case) -> None:
    check(*case)
