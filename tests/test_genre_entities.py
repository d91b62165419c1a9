"""Entities as business news names them, written from the genre (not from erg's failures): people
whose given name no list knows but whose sentence says they are people, people with initials,
particles and suffixes, organizations named with common words, '&', 'and', acronyms and numbers,
public bodies, projects and products by their heads, and names at sentence starts, in headlines,
possessives and datelines.

Each case is (text, entities that must be found with their type, names that must not be
entities: cut or glued boundaries). Every name is invented; the sectors vary on purpose.
"""

from __future__ import annotations

import pytest
from construction_check import check_types, gap_params

EntityCase = tuple[str, dict[str, str], list[str]]

P, ORG, J, D, LOC = "Person", "Organization", "Project", "Product", "Location"

# -- a person told by the sentence, not by a given-name list -----------------------------------
PERSON_CUES: list[EntityCase] = [
    (  # food: a founder referred back to by "she"
        "Dorrit Pellow founded Quarry Lane Bakeries in 2004 and ran the chain until March, when "
        "she sold it to Mornay Foods.",
        {"Dorrit Pellow": P, "Quarry Lane Bakeries": ORG, "Mornay Foods": ORG},
        [],
    ),
    (  # analytics: "he" in the same sentence
        "Gaspard Ulvent started Tessellate Data in 2015 and ran it until he joined Harrow Bank.",
        {"Gaspard Ulvent": P, "Tessellate Data": ORG, "Harrow Bank": ORG},
        [],
    ),
    (  # guard: "she" speaks of the person of the sentence before, not of the firm
        "Ada Prent joined Kesta Lane in 2019. Kesta Lane has paid a dividend every year since "
        "she arrived.",
        {"Ada Prent": P, "Kesta Lane": ORG},
        [],
    ),
    (  # guard: the object of "hired" may be the "he"
        "Orlo Cables hired Tobin Arce in May, months after he left Varno Telecom.",
        {"Orlo Cables": ORG, "Varno Telecom": ORG},
        [],
    ),
    (  # shipping: "Mr Surname" later
        "Tidewell Shipping has named Brannoc Teale as chief executive. Mr Teale joins from Orca "
        "Lines, where he ran the tanker fleet.",
        {"Brannoc Teale": P, "Tidewell Shipping": ORG, "Orca Lines": ORG},
        [],
    ),
    (  # retail: "Ms Surname" later
        "Lissel Varga will chair Pennant Stores from June. Ms Varga was finance director of "
        "Corbel Retail for a decade.",
        {"Lissel Varga": P, "Pennant Stores": ORG, "Corbel Retail": ORG},
        [],
    ),
    (  # banking: role noun before the name, no comma
        "Chief executive Osric Penhallow said Kemble Bank would cut 300 jobs in Leeds.",
        {"Osric Penhallow": P, "Kemble Bank": ORG},
        ["Chief executive Osric Penhallow"],
    ),
    (  # shipping: "X, its founder,"
        "Kelvar Lines said Rufus Okonjo-Brandt, its founder, would retire in May.",
        {"Rufus Okonjo-Brandt": P, "Kelvar Lines": ORG},
        [],
    ),
    (  # utilities: an age after the name
        "Lorcan Tabb, 54, will take over as chairman of Greyfield Water in May.",
        {"Lorcan Tabb": P, "Greyfield Water": ORG},
        [],
    ),
    (  # energy: "said X" after a quote
        '"Prices will fall," said Peregrine Ashdown, head of trading at Vell Energy.',
        {"Peregrine Ashdown": P, "Vell Energy": ORG},
        [],
    ),
    (  # mining: "X, formerly of Y"
        "Brenn Minerals hired Quillon Harte, formerly of Bracken Resources, as chief geologist.",
        {"Quillon Harte": P, "Brenn Minerals": ORG, "Bracken Resources": ORG},
        [],
    ),
    (  # banking: "previously at" an old employer
        "Sefton Mutual named Idony Craske, previously at Varno Bank, as its risk chief.",
        {"Idony Craske": P, "Sefton Mutual": ORG, "Varno Bank": ORG},
        [],
    ),
    (  # guard: a firm's old name follows "formerly" with no preposition
        "Velmont Mining, formerly Kestrel Resources, reported a loss.",
        {"Velmont Mining": ORG, "Kestrel Resources": ORG},
        [],
    ),
    (  # publishing: a columnist set off by commas
        "Orrin Vesey, a columnist at the Harbour Gazette, sued Kemble Bank for libel.",
        {"Orrin Vesey": P, "Kemble Bank": ORG},
        [],
    ),
    (  # dairy: hired to lead
        "Orla Dairies hired Peder Askeland to lead its Norwegian arm.",
        {"Peder Askeland": P, "Orla Dairies": ORG},
        [],
    ),
    (  # guard: a firm hired to run a sale keeps its organization word
        "Orla Dairies hired Kessock Capital to run the sale of its cheese unit.",
        {"Kessock Capital": ORG, "Orla Dairies": ORG},
        [],
    ),
    (  # farming: "his" bound to the name
        "Tamsin Orrell sold his dairy herd to Wexcombe Farms last spring.",
        {"Tamsin Orrell": P, "Wexcombe Farms": ORG},
        [],
    ),
    (  # media: role noun after the name with a comma
        "Fennick Harrowgate, the editor of the Talbot Courier, resigned on Monday.",
        {"Fennick Harrowgate": P},
        [],
    ),
    (  # construction: "X, who ..." relative with a person verb
        "Sorrel Maguire, who built Kestrel Homes into a national builder, is stepping down.",
        {"Sorrel Maguire": P, "Kestrel Homes": ORG},
        [],
    ),
    (  # airlines: "told reporters"
        "Jory Calloway told reporters that Brightsky Air would lease ten more jets.",
        {"Jory Calloway": P, "Brightsky Air": ORG},
        [],
    ),
    (  # sport: a manager sacked
        "Harbour Town sacked manager Ewart Delaunay after a run of six defeats.",
        {"Ewart Delaunay": P, "Harbour Town": ORG},
        [],
    ),
    (  # pharma: a scientist with "Dr"
        "Dr Ysolde Markham leads the vaccine team at Corrin Biologics.",
        {"Ysolde Markham": P, "Corrin Biologics": ORG},
        [],
    ),
    (  # food: the surname alone later in a possessive
        "Aurelio Castane bought Piccola Pasta in 2009. Castane's family still owns a third of it.",
        {"Aurelio Castane": P, "Piccola Pasta": ORG},
        [],
    ),
    (  # banking: the person before "and his wife"
        "Thorold Benn and his wife own 12% of Sefton Mutual.",
        {"Thorold Benn": P, "Sefton Mutual": ORG},
        [],
    ),
    (  # property: "co-founder X" before the name
        "Co-founder Isembard Noyes said Harlow Estates would list its shares in London.",
        {"Isembard Noyes": P, "Harlow Estates": ORG},
        ["Co-founder Isembard Noyes"],
    ),
]

# -- more person cues: possessed things, agents, pronouns past a firm, appositions ----------------
PERSON_MORE: list[EntityCase] = [
    (
        "Jarrah Pellew's resignation surprised investors in Tamber Foods.",
        {"Jarrah Pellew": P, "Tamber Foods": ORG},
        [],
    ),
    (
        "Oriel Kasabian's tenure at Varno Bank ended in March.",
        {"Oriel Kasabian": P, "Varno Bank": ORG},
        [],
    ),
    (
        "Tamber Foods founder Jarrah Pellew sold his stake last year.",
        {"Jarrah Pellew": P, "Tamber Foods": ORG},
        [],
    ),
    (
        "Varno Bank boss Oriel Kasabian wants to cut costs.",
        {"Oriel Kasabian": P, "Varno Bank": ORG},
        [],
    ),
    (
        "According to Merrin Tollet, head of research at Kessock Capital, prices will rise.",
        {"Merrin Tollet": P, "Kessock Capital": ORG},
        [],
    ),
    (
        "Merrin Tollet, a former banker, now runs Kessock Capital.",
        {"Merrin Tollet": P, "Kessock Capital": ORG},
        [],
    ),
    (
        "Varno Bank said Oriel Kasabian would be succeeded by Tamsyn Hollet in June.",
        {"Oriel Kasabian": P, "Tamsyn Hollet": P},
        [],
    ),
    ("Ludovic d'Arcy chairs Sefton Mutual.", {"Ludovic d'Arcy": P, "Sefton Mutual": ORG}, []),
    (
        "Kwabena Mensah-Bonsu runs the Accra office of Tarrow Cocoa.",
        {"Kwabena Mensah-Bonsu": P, "Tarrow Cocoa": ORG},
        [],
    ),
    (
        "Dervla Quist and her brother own most of Orla Dairies.",
        {"Dervla Quist": P, "Orla Dairies": ORG},
        [],
    ),
    (
        "Ansel Moricz, whose family controls Pell Steel, said the plant would close.",
        {"Ansel Moricz": P, "Pell Steel": ORG},
        [],
    ),
    ("A spokesman for Brightsky Air said the flights would resume.", {"Brightsky Air": ORG}, []),
    (
        "Tamber Foods appointed Senna Ravelle chief financial officer.",
        {"Senna Ravelle": P, "Tamber Foods": ORG},
        [],
    ),
    (
        "Senna Ravelle replaced Idony Craske as chief executive of Tamber Foods.",
        {"Senna Ravelle": P, "Idony Craske": P},
        [],
    ),
    (
        "Castor Whelby was born in Leeds and joined Kemble Bank in 1990.",
        {"Castor Whelby": P, "Kemble Bank": ORG},
        [],
    ),
    (
        "Kemble Bank's new chairman, Castor Whelby, starts in May.",
        {"Castor Whelby": P, "Kemble Bank": ORG},
        [],
    ),
    (
        "Castor Whelby, Kemble Bank's chairman, declined to comment.",
        {"Castor Whelby": P, "Kemble Bank": ORG},
        [],
    ),
    (
        "The deal was negotiated by Castor Whelby, who chairs Kemble Bank.",
        {"Castor Whelby": P, "Kemble Bank": ORG},
        [],
    ),
    (
        "Investors led by Tobiah Wrenfield bought Ashcombe Rovers for £60m.",
        {"Tobiah Wrenfield": P, "Ashcombe Rovers": ORG},
        [],
    ),
    (
        "Ashcombe Rovers owner Tobiah Wrenfield sacked the manager.",
        {"Tobiah Wrenfield": P, "Ashcombe Rovers": ORG},
        [],
    ),
    ("Tobiah Wrenfield, the club's owner, sacked the manager.", {"Tobiah Wrenfield": P}, []),
    (
        "Ashcombe Rovers is owned by Tobiah Wrenfield, a property developer.",
        {"Tobiah Wrenfield": P, "Ashcombe Rovers": ORG},
        [],
    ),
    (
        "Kessock Capital, run by Merrin Tollet, bought a stake in Orla Dairies.",
        {"Merrin Tollet": P, "Kessock Capital": ORG},
        [],
    ),
    (
        "The Orla Dairies board, chaired by Merrin Tollet, rejected the offer.",
        {"Merrin Tollet": P},
        [],
    ),
    (
        "Merrin Tollet, Orla's largest shareholder, voted against the deal.",
        {"Merrin Tollet": P},
        [],
    ),
    (
        "Mrs Tollet owns 12% of Orla Dairies, and Merrin Tollet has said she will not sell.",
        {"Merrin Tollet": P},
        [],
    ),
    (
        "Orla Dairies hired Peder Askeland to run its Norwegian arm.",
        {"Peder Askeland": P, "Orla Dairies": ORG},
        [],
    ),
    (
        "The airline's chief pilot, Ulla Brevik, said Brightsky Air would hire 200 staff.",
        {"Ulla Brevik": P, "Brightsky Air": ORG},
        [],
    ),
    (
        "Talbot Grain, the cooperative led by Ewart Lisle, buys wheat from 900 farms.",
        {"Ewart Lisle": P, "Talbot Grain": ORG},
        [],
    ),
    (
        "Former Varno Bank chief Oriel Kasabian joined Tamber Foods.",
        {"Oriel Kasabian": P, "Varno Bank": ORG, "Tamber Foods": ORG},
        [],
    ),
    (
        "Shares in Tamber Foods rose after Oriel Kasabian bought 2% of the company.",
        {"Oriel Kasabian": P},
        [],
    ),
    (
        "Kemble Bank sued Castor Whelby, its former chairman, for £4m.",
        {"Castor Whelby": P, "Kemble Bank": ORG},
        [],
    ),
    (
        "Castor Whelby is suing Kemble Bank over his pension.",
        {"Castor Whelby": P, "Kemble Bank": ORG},
        [],
    ),
    (
        "Merrin Tollet co-founded Kessock Capital with Ansel Moricz in 2008.",
        {"Merrin Tollet": P, "Ansel Moricz": P, "Kessock Capital": ORG},
        [],
    ),
    (
        "Kessock Capital was set up by Merrin Tollet and Ansel Moricz in 2008.",
        {"Merrin Tollet": P, "Ansel Moricz": P},
        [],
    ),
    ("Dame Hester Rusk chairs Harbour Water.", {"Hester Rusk": P, "Harbour Water": ORG}, []),
    (
        "Sir Alric Fenn sold Fenn Haulage to Orca Lines.",
        {"Alric Fenn": P, "Fenn Haulage": ORG, "Orca Lines": ORG},
        [],
    ),
]


# -- people in appointments, departures, sport and politics ---------------------------------------
PERSON_ROLES: list[EntityCase] = [
    (
        "The board named Ilse Varnholt, Kemble Bank's finance chief, as interim chief executive.",
        {"Ilse Varnholt": P, "Kemble Bank": ORG},
        [],
    ),
    (
        "Orla Dairies has appointed Cathal Brennock to its board.",
        {"Cathal Brennock": P, "Orla Dairies": ORG},
        [],
    ),
    (
        "Pell Resources said Ruairi Tallon would leave at the end of the year.",
        {"Ruairi Tallon": P},
        [],
    ),
    (
        "Tamber Foods confirmed the departure of Ottilie Greaves, its marketing head.",
        {"Ottilie Greaves": P},
        [],
    ),
    (
        "The lawsuit was filed by Benedikt Arnsdorf, a former Kemble Bank trader.",
        {"Benedikt Arnsdorf": P},
        [],
    ),
    ("Kemble Bank paid £2m to settle claims by Benedikt Arnsdorf.", {"Benedikt Arnsdorf": P}, []),
    (
        "Ashcombe Rovers signed striker Kwasi Anane from Real Vella.",
        {"Kwasi Anane": P, "Real Vella": ORG},
        [],
    ),
    ("Kwasi Anane scored twice as Ashcombe Rovers beat Real Vella.", {"Kwasi Anane": P}, []),
    ("Tarrow Tigers captain Joren Flick signed a new deal.", {"Joren Flick": P}, []),
    (
        "Oriel Kasabian and Tamsyn Hollet will co-chair the new committee.",
        {"Oriel Kasabian": P, "Tamsyn Hollet": P},
        [],
    ),
    ("The company is run by siblings Maren and Sven Tollefsen.", {"Sven Tollefsen": P}, []),
    (
        "Heller Shipping is controlled by the Aasgaard family through Aasgaard Invest.",
        {"Aasgaard Invest": ORG},
        [],
    ),
    ("Brightsky Air founder Jory Calloway, 61, owns 35% of the airline.", {"Jory Calloway": P}, []),
    (
        "Senator Ysolde Marr criticised Vell Energy over prices.",
        {"Ysolde Marr": P, "Vell Energy": ORG},
        [],
    ),
    (
        "Vell Energy was criticised by Ysolde Marr, the shadow energy secretary.",
        {"Ysolde Marr": P},
        [],
    ),
    (
        "Economist Harald Strøm of Fjord Securities expects rates to fall.",
        {"Harald Strøm": P, "Fjord Securities": ORG},
        [],
    ),
    ("Orla Dairies' new boss, Cathal Brennock, starts on Monday.", {"Cathal Brennock": P}, []),
    (
        "Cathal Brennock takes over from Aoife Brennan, who retires after 12 years.",
        {"Cathal Brennock": P, "Aoife Brennan": P},
        [],
    ),
    ("Pell Resources promoted Ruairi Tallon to chief operating officer.", {"Ruairi Tallon": P}, []),
    (
        "Ruairi Tallon, chief operating officer at Pell Resources, will leave.",
        {"Ruairi Tallon": P},
        [],
    ),
]


# -- people with initials, particles and suffixes ------------------------------------------------
PERSON_FORMS: list[EntityCase] = [
    (  # cement: two initials
        "J. R. Okafor, the finance director of Brenn Cement, resigned on Friday.",
        {"J. R. Okafor": P, "Brenn Cement": ORG},
        ["R. Okafor", "Okafor"],
    ),
    (  # grain: initials after "said", before a clause verb
        "Orlo Grain said T. J. Brannock had left the board of Varno Mills.",
        {"T. J. Brannock": P, "Orlo Grain": ORG, "Varno Mills": ORG},
        ["J. Brannock", "Brannock"],
    ),
    (  # guard: a firm named for a man with initials keeps its organization word
        "Kesta Homes hired J. R. Okafor & Sons to build the Tarrow estate.",
        {"J. R. Okafor & Sons": ORG, "Kesta Homes": ORG},
        ["Okafor"],
    ),
    (  # telecoms: a particle "de la"
        "Ana de la Vega, who chairs Solvera Telecom, said the merger was off.",
        {"Ana de la Vega": P, "Solvera Telecom": ORG},
        ["Ana", "Vega"],
    ),
    (  # shipping: "van der"
        "Maersel Lines appointed Pieter van der Hoek as chief operating officer.",
        {"Pieter van der Hoek": P, "Maersel Lines": ORG},
        ["Pieter", "Hoek"],
    ),
    (  # farming: a suffix "Jr."
        "Kelmo Dastry Jr. took over Dastry Farms from his father in 1999.",
        {"Dastry Farms": ORG},
        ["Jr."],
    ),
    (  # mining: a middle initial
        "Mining tycoon Harlan T. Voss owns 30% of Redcliff Nickel.",
        {"Harlan T. Voss": P, "Redcliff Nickel": ORG},
        ["Voss", "T. Voss"],
    ),
    (  # banking: "bin" in an Arabic name
        "Sheikh Khalid bin Rashed Al Fayyad chairs Qarawan Bank.",
        {"Qarawan Bank": ORG},
        ["Sheikh Khalid"],
    ),
    (  # retail: a hyphenated given name
        "Marie-Claude Fortier runs the Quebec arm of Boutiq Stores.",
        {"Marie-Claude Fortier": P, "Boutiq Stores": ORG},
        [],
    ),
    (  # football: an apostrophe surname
        "Declan O'Farrell bought Ashcombe Rovers for £40m in 2021.",
        {"Declan O'Farrell": P, "Ashcombe Rovers": ORG},
        ["O'Farrell Declan"],
    ),
]

# -- organizations named with common words, '&', 'and', acronyms and numbers ---------------------
ORG_FORMS: list[EntityCase] = [
    (  # mining: two common words
        "Anglo Metals agreed to buy the Tarvo copper mine from Pell Resources.",
        {"Anglo Metals": ORG, "Pell Resources": ORG},
        [],
    ),
    (  # restaurants: "The ... Group"
        "The Supper Group, which owns 300 pubs, was bought by Hartwell Capital.",
        {"Hartwell Capital": ORG},
        [],
    ),
    (  # law: "X and Partners"
        "Hale and Partners advised Ridgeway Homes on the sale.",
        {"Hale and Partners": ORG, "Ridgeway Homes": ORG},
        ["Hale"],
    ),
    (  # guard: "and" between two names of their own is no partnership
        "Kemble Bank and Partners Capital signed the loan.",
        {"Kemble Bank": ORG, "Partners Capital": ORG},
        ["Kemble Bank and Partners Capital"],
    ),
    (  # building: "and Sons"
        "Ridgeway Homes sold the site to Dunmore and Sons for £3m.",
        {"Dunmore and Sons": ORG, "Ridgeway Homes": ORG},
        ["Dunmore"],
    ),
    (  # accounting: '&'
        "Marsh & Tully audited the accounts of Vellum Foods.",
        {"Marsh & Tully": ORG, "Vellum Foods": ORG},
        ["Marsh", "Tully"],
    ),
    (  # logistics: an acronym
        "BHX Logistics signed a ten-year lease at the Corran port.",
        {"BHX Logistics": ORG},
        [],
    ),
    (  # brewing: a number in the name
        "Route 9 Brewing was sold to Caskwell for an undisclosed sum.",
        {"Route 9 Brewing": ORG, "Caskwell": ORG},
        [],
    ),
    (  # telecoms: a digit-led name
        "3Sixty Mobile will share masts with Orvane Telecom.",
        {"3Sixty Mobile": ORG, "Orvane Telecom": ORG},
        [],
    ),
    (  # utilities: "National" and a common noun
        "National Pipeline said it would spend £2bn on new mains.",
        {"National Pipeline": ORG},
        [],
    ),
    (  # insurance: an "of" name
        "Bank of Tarrow lent $400m to Heller Shipping.",
        {"Bank of Tarrow": ORG, "Heller Shipping": ORG},
        ["Tarrow"],
    ),
    (  # retail: a legal suffix
        "Penrose Holdings plc bought a stake in Tamber Stores Ltd.",
        {"Penrose Holdings": ORG, "Tamber Stores": ORG},
        [],
    ),
    (  # farming: a cooperative
        "The Vale Dairy Cooperative supplies milk to Orton Foods.",
        {"Orton Foods": ORG},
        [],
    ),
    (  # wine: a given name opening a company named by its sector
        "Grace Wines was sold to Orla Dairies for £30m.",
        {"Grace Wines": ORG, "Orla Dairies": ORG},
        [],
    ),
    (  # haulage: the same with a surname-like word
        "Tamsin Haulage won a contract from Greff Yards.",
        {"Tamsin Haulage": ORG, "Greff Yards": ORG},
        [],
    ),
    (  # pharma: a family name with a sector noun
        "Halvorsen Pharma licensed the drug to Ketteridge Biotech.",
        {"Halvorsen Pharma": ORG, "Ketteridge Biotech": ORG},
        [],
    ),
    (  # a bare single-word company told by its verb
        "Quorvane cut its forecast after sales fell in China.",
        {"Quorvane": ORG},
        [],
    ),
]

# -- organizations named like people: firms named for their founders ---------------------------
FIRMS_LIKE_PEOPLE: list[EntityCase] = [
    (
        '"Demand is weak," said Ada Prent, an analyst at Oliver Wyman.',
        {"Oliver Wyman": ORG, "Ada Prent": P},
        [],
    ),
    ("John Harwell said it would close 12 department stores next year.", {"John Harwell": ORG}, []),
    (
        "Shares in Martin Keane fell 5% after the retailer cut its forecast.",
        {"Martin Keane": ORG},
        [],
    ),
    (
        "Henry Dalton, which makes garden tools, was bought by Kesta Group.",
        {"Henry Dalton": ORG, "Kesta Group": ORG},
        [],
    ),
    ("The fashion house Tomas Varga posted a loss.", {"Tomas Varga": ORG}, []),
    (
        "Kesta Group bought Peter Harlan, a Danish toymaker, for $300m.",
        {"Peter Harlan": ORG, "Kesta Group": ORG},
        [],
    ),
    (
        "Lucy Morrow's chief executive, Ada Prent, resigned.",
        {"Lucy Morrow": ORG, "Ada Prent": P},
        [],
    ),
    ("Edward Quayle shares rose 4% on Tuesday.", {"Edward Quayle": ORG}, []),
    (
        "Orla Dairies and Simon Teague, the wine merchant, signed a supply deal.",
        {"Simon Teague": ORG},
        [],
    ),
    ("The broker Charles Penrose cut its rating on Kemble Bank.", {"Charles Penrose": ORG}, []),
    (
        "Victor Hale-owned Hale Capital bought the site.",
        {"Victor Hale": P, "Hale Capital": ORG},
        [],
    ),
    ("Kesta Group's bid for Anna Bell, the lingerie brand, failed.", {"Anna Bell": ORG}, []),
    (
        "Oriel Kasabian, an economist at Harrow Mercer, said rates would fall.",
        {"Oriel Kasabian": P, "Harrow Mercer": ORG},
        [],
    ),
    ("Dorrit Pellow sold her stake in Quarry Lane Bakeries last year.", {"Dorrit Pellow": P}, []),
]


# -- public bodies and regulators -------------------------------------------------------------
PUBLIC_BODIES: list[EntityCase] = [
    (  # banking regulator
        "The Prudential Conduct Authority fined Kemble Bank £12m for weak controls.",
        {"Prudential Conduct Authority": ORG, "Kemble Bank": ORG},
        [],
    ),
    (  # competition authority with "and"
        "The Competition and Markets Board cleared the merger of Harrow Foods and Pell Dairies.",
        {"Competition and Markets Board": ORG, "Harrow Foods": ORG, "Pell Dairies": ORG},
        ["Markets Board"],
    ),
    (  # ministry
        "The Ministry of Agriculture will pay Orton Farms to plant hedges.",
        {"Ministry of Agriculture": ORG, "Orton Farms": ORG},
        [],
    ),
    (  # a port authority
        "The Corran Port Authority awarded the dredging contract to Baltrum Dredging.",
        {"Corran Port Authority": ORG, "Baltrum Dredging": ORG},
        [],
    ),
    (  # competition: "the Commission" later is the known commission, not a new body
        "Tamber Foods agreed to buy Orla Dairies. The European Commission opened an inquiry. "
        "The Commission criticised Tamber Foods over prices.",
        {"European Commission": ORG, "Tamber Foods": ORG},
        ["Commission"],
    ),
    (  # an acronym regulator
        "Energy regulator Ofvolt ordered Vell Energy to refund customers.",
        {"Ofvolt": ORG, "Vell Energy": ORG},
        [],
    ),
    (  # a city council
        "Tarrow City Council approved plans by Ridgeway Homes for 400 flats.",
        {"Tarrow City Council": ORG, "Ridgeway Homes": ORG},
        [],
    ),
]

# -- projects and products by their heads -----------------------------------------------------
PROJECTS_PRODUCTS: list[EntityCase] = [
    (  # mining: "the X mine"
        "Pell Resources owns the Kestrel Ridge mine in Western Australia.",
        {"Kestrel Ridge": J, "Pell Resources": ORG},
        [],
    ),
    (  # energy: a gas field
        "Norvane Energy is developing the Harl gas field with Tessel Oil.",
        {"Harl": J, "Norvane Energy": ORG, "Tessel Oil": ORG},
        [],
    ),
    (  # utilities: a wind farm
        "Greyfield Water is building the Tarrow Bay wind farm.",
        {"Tarrow Bay": J, "Greyfield Water": ORG},
        [],
    ),
    (  # sport: a stadium
        "Ashcombe Rovers will move to the new Millbrook Stadium in 2027.",
        {"Millbrook Stadium": J, "Ashcombe Rovers": ORG},
        [],
    ),
    (  # pharma: a drug named by "the drug"
        "Corrin Biologics said its drug Zelvaxa cut relapse rates by half.",
        {"Zelvaxa": D, "Corrin Biologics": ORG},
        [],
    ),
    (  # farming machinery: a model with a number
        "Harrow Tractors launched the Vexor 9 combine harvester in Kansas.",
        {"Vexor 9": D, "Harrow Tractors": ORG},
        [],
    ),
    (  # food: a brand
        "Mornay Foods owns the Brisk Oats cereal brand.",
        {"Brisk Oats": D, "Mornay Foods": ORG},
        [],
    ),
    (  # construction: a named scheme
        "Ridgeway Homes won the contract for the Corran Quay regeneration scheme.",
        {"Corran Quay": J, "Ridgeway Homes": ORG},
        [],
    ),
    (  # shipping: a ship's name ending in a title word, after its descriptor
        "Heller Shipping took delivery of the tanker Sela Star from Greff Yards.",
        {"Sela Star": D, "Heller Shipping": ORG, "Greff Yards": ORG},
        ["Sela"],
    ),
    (  # airlines: an aircraft model
        "Brightsky Air ordered 20 Avelle A9 jets from Corvan Aero.",
        {"Avelle A9": D, "Brightsky Air": ORG, "Corvan Aero": ORG},
        [],
    ),
]

# -- products of pharma, food, machines: by their nouns and frames ------------------------------
PRODUCTS_MORE: list[EntityCase] = [
    (
        "Its lead drug candidate, KB-220, is in a Phase 3 trial at Ketteridge Biotech.",
        {"KB-220": D},
        [],
    ),
    ("Ketteridge Biotech's vaccine candidate KB-17 failed a trial.", {"KB-17": D}, []),
    ("Halvorsen Pharma sells Glucora, an insulin pen, in 30 countries.", {"Glucora": D}, []),
    ("Halvorsen Pharma's diabetes drug Glucora lost patent protection.", {"Glucora": D}, []),
    ("Sales of Halvorsen Pharma's Glucora fell 8%.", {"Glucora": D}, []),
    ("Regulators approved Glucora for children, Halvorsen Pharma said.", {"Glucora": D}, []),
    ("Halvorsen Pharma licensed Vexalin to Menlo Pharma.", {"Vexalin": D}, []),
    (
        "Tamber Foods owns the Crunchos snack brand and the Dairyfield cheese brand.",
        {"Crunchos": D, "Dairyfield": D},
        [],
    ),
    ("Mornay Foods bought the Brisk Oats brand from Tamber Foods.", {"Brisk Oats": D}, []),
    ("Kesta Motors will stop making the Velo, its best-selling scooter.", {"Velo": D}, []),
    ("Orvane said its Pixie smart speaker sold 2m units.", {"Pixie": D}, []),
    ("Harrow Tractors unveiled the TX-9 at a farm show in Iowa.", {"TX-9": D}, []),
    ("Corvan Aero's new A9 jet will enter service in 2028.", {"A9": D}, []),
    ("Tarrow Tigers' shirt sponsor Vell Energy renewed its deal.", {"Vell Energy": ORG}, []),
]


# -- products by what a market does with them ------------------------------------------------------
PRODUCT_MARKETS: list[EntityCase] = [
    (  # scooters: demand for "the X"
        "Kesta Motors said demand for the Velo was strong.",
        {"Velo": D, "Kesta Motors": ORG},
        [],
    ),
    (  # the same at a sentence's start
        "Orders for the Velo fell 10%, Kesta Motors said.",
        {"Velo": D, "Kesta Motors": ORG},
        [],
    ),
    (  # guard: the Fed is no product
        "Demand for the Fed to cut rates grew as Kemble Bank cut its forecast.",
        {"Kemble Bank": ORG},
        [],
    ),
]

# -- descriptors that type a name: agent nouns, product and project heads ------------------------
DESCRIPTORS: list[EntityCase] = [
    ("Orla Dairies, the Irish milk processor, warned that costs rose.", {"Orla Dairies": ORG}, []),
    (
        "Payments processor Quillpay signed up Tamber Foods.",
        {"Quillpay": ORG, "Tamber Foods": ORG},
        [],
    ),
    ("Chip designer Korvane licensed its cores to Pell Semiconductor.", {"Korvane": ORG}, []),
    ("British chip designer Korvane licensed its cores to Vantor.", {"Korvane": ORG}, []),
    ("Meat processor Dunholt Foods closed a plant in Iowa.", {"Dunholt Foods": ORG}, []),
    ("Tamber Foods sold its stake to poultry producer Hensby.", {"Hensby": ORG}, []),
    ("Vell Energy hired engineering group Corran Bau to build the plant.", {"Corran Bau": ORG}, []),
    (
        "Drone maker Skyrill raised $40m from Kessock Capital.",
        {"Skyrill": ORG, "Kessock Capital": ORG},
        [],
    ),
    (
        "Kessock Capital invested in Bluefin, a seafood exporter based in Bergen.",
        {"Bluefin": ORG},
        [],
    ),
    ("The deal makes Corvel the largest tractor dealer in Kenya.", {"Corvel": ORG}, []),
    (
        "Fashion designer Imogen Tarrant sold her label to Brisco Group.",
        {"Imogen Tarrant": P, "Brisco Group": ORG},
        [],
    ),
    ("Streaming service Vidora signed a deal with Ashcombe Rovers.", {"Vidora": ORG}, []),
    ("Gaming studio Pixelmoor was bought by Orvane for $2bn.", {"Pixelmoor": ORG}, []),
    (
        "Orvane bought Pixelmoor, the studio behind Pale Tide.",
        {"Pixelmoor": ORG, "Pale Tide": D},
        [],
    ),
    ("Kemble Bank backed Solvane, a solar developer, with a £30m loan.", {"Solvane": ORG}, []),
    ("Harlow Motors recalled 40,000 Quillan cars.", {"Quillan": D, "Harlow Motors": ORG}, []),
    ("The Quillan, a compact SUV made by Harlow Motors, sells well.", {"Quillan": D}, []),
    ("Orvane's Pale Tide game sold 2m copies.", {"Pale Tide": D}, []),
    (
        "Corrin Biologics' experimental drug CB-401 failed a trial.",
        {"CB-401": D, "Corrin Biologics": ORG},
        [],
    ),
    (
        "Regulators approved Zelvaxa, Corrin Biologics' multiple sclerosis treatment.",
        {"Zelvaxa": D},
        [],
    ),
    (
        "Heller Shipping's new tanker, the Sela Star, was built by Greff Yards.",
        {"Heller Shipping": ORG, "Greff Yards": ORG},
        [],
    ),
    (
        "Pell Resources owns 60% of the Kestrel Ridge copper mine in Chile.",
        {"Kestrel Ridge": J},
        [],
    ),
    ("Work on the Harl Bay LNG terminal will start in 2026.", {"Harl Bay": J}, []),
    ("Vell Energy is the main contractor on the Sela Valley hydro dam.", {"Sela Valley": J}, []),
    ("Tessel Oil operates the Brynmor oilfield in the North Sea.", {"Brynmor": J}, []),
    ("Greyfield Water is building the Tarrow Bay wind farm.", {"Tarrow Bay": J}, []),
    ("Kesta Motors launched the Velo X2 electric scooter in Milan.", {"Velo X2": D}, []),
    (
        "Brightsky Air ordered 20 Avelle A9 jets from Corvan Aero.",
        {"Avelle A9": D, "Corvan Aero": ORG},
        [],
    ),
    ("The Orbis 5 satellite was launched by Corvan Aero.", {"Orbis 5": D}, []),
    (
        "Ashcombe Rovers will move to the new Millbrook Stadium in 2027.",
        {"Millbrook Stadium": J},
        [],
    ),
    (
        "The Kelby Arena, home of Tarrow Tigers, was sold to Pell Leisure.",
        {"Kelby Arena": J, "Tarrow Tigers": ORG},
        [],
    ),
]


# -- designations, numbers and waters: what is and is not a name --------------------------------
DESIGNATIONS: list[EntityCase] = [
    (  # media: a number inside a company's name
        "Channel 5 Media bought a stake in Orvane Studios.",
        {"Channel 5 Media": ORG, "Orvane Studios": ORG},
        ["Media", "Channel 5"],
    ),
    (  # pharma: a trial phase in roman numerals is no name
        "Corrin Biologics said its Phase II data for Zelvaxa were positive.",
        {"Corrin Biologics": ORG},
        ["Phase II"],
    ),
    (  # autos: a model word and a letter name a product
        "Kesta Motors will build the Model Q in Tarrow from 2027.",
        {"Kesta Motors": ORG, "Model Q": D},
        [],
    ),
    (  # shipping: a sea named without "the" is still a place
        "Heller Shipping said Red Sea attacks had raised its insurance costs.",
        {"Heller Shipping": ORG, "Red Sea": LOC},
        [],
    ),
    (  # shipping: a market index is no company
        "Heller Shipping rose 3% as the Baltic Dry Index climbed.",
        {"Heller Shipping": ORG},
        ["Baltic Dry Index"],
    ),
    (  # telecoms: a unit after a number is no name
        "Orvane Telecom now sells 900Mbps broadband in Leeds.",
        {"Orvane Telecom": ORG},
        ["900Mbps"],
    ),
]

# -- places as relation endpoints ------------------------------------------------------------
PLACES: list[EntityCase] = [
    (  # a city and country after "based in"
        "Velmont Mining, based in Perth, Australia, owns two gold mines.",
        {"Velmont Mining": ORG, "Perth": LOC},
        ["Perth, Australia"],
    ),
    (  # headquarters
        "Orca Lines is headquartered in Bergen.",
        {"Orca Lines": ORG, "Bergen": LOC},
        [],
    ),
    (  # airlines: a base named for its airport, after the company's possessive
        "Brightsky Air's Gatwick base will close in May.",
        {"Brightsky Air": ORG, "Gatwick": LOC},
        [],
    ),
    (  # dairy: a plant named for its town after a plural possessive
        "Orla Dairies' Cork plant processes milk from 2,000 farms.",
        {"Orla Dairies": ORG, "Cork": LOC},
        [],
    ),
    (  # shipping: a hub named for its port
        "Heller Shipping's Rotterdam hub handles 40 ships a week.",
        {"Heller Shipping": ORG, "Rotterdam": LOC},
        [],
    ),
    (  # guard: a possessed thing with no site noun is a product
        "Kesta Motors' Velo scooter sold well in Milan.",
        {"Kesta Motors": ORG, "Velo": D},
        [],
    ),
    (  # pharma: a city moved from, beside a known one
        "Corrin Biologics moved its headquarters from Basel to Boston last year.",
        {"Corrin Biologics": ORG, "Basel": LOC, "Boston": LOC},
        [],
    ),
    (  # guard: firms on both sides of "from ... to"
        "Orla Dairies switched its milk supply from Kesta Farms to Boston Dairy.",
        {"Orla Dairies": ORG, "Kesta Farms": ORG, "Boston Dairy": ORG},
        [],
    ),
    (  # a region
        "Tessel Oil runs three refineries in Bavaria.",
        {"Tessel Oil": ORG, "Bavaria": LOC},
        [],
    ),
]

# -- names cut or glued at sentence starts, headlines, possessives and datelines ----------------
BOUNDARIES: list[EntityCase] = [
    (  # sentence start "Shares in X"
        "Shares in Halcyon Dairy fell 4% after Orton Foods cut its order.",
        {"Halcyon Dairy": ORG, "Orton Foods": ORG},
        ["Shares in Halcyon Dairy", "Shares"],
    ),
    (  # "Analysts at X"
        "Analysts at Brightwater Capital cut their rating on Pennant Stores.",
        {"Brightwater Capital": ORG, "Pennant Stores": ORG},
        ["Analysts at Brightwater Capital", "Analysts"],
    ),
    (  # "Under X," at the start
        "Under Idris Malone, Ashcombe Rovers won two titles.",
        {"Idris Malone": P, "Ashcombe Rovers": ORG},
        ["Under Idris Malone"],
    ),
    (  # dateline
        "BERGEN, March 3 - Orca Lines said on Tuesday it would sell two tankers.",
        {"Orca Lines": ORG},
        ["BERGEN Orca Lines", "March"],
    ),
    (  # possessive of a company before a role
        "Kemble Bank's chief executive, Osric Penhallow, will retire.",
        {"Kemble Bank": ORG, "Osric Penhallow": P},
        ["Kemble Bank's"],
    ),
    (  # "Yesterday X said"
        "Yesterday Verity Coal said it would close the Harl pit.",
        {"Verity Coal": ORG},
        ["Yesterday Verity Coal"],
    ),
    (  # headline in title case then the story
        "Pennant Stores To Close 40 Shops\n\nPennant Stores will close 40 shops, the retailer "
        "said on Monday.",
        {"Pennant Stores": ORG},
        ["Pennant Stores To Close", "Close"],
    ),
    (  # a role title glued before a name at the start
        "Finance Minister Odile Varennes said Kemble Bank would be sold.",
        {"Odile Varennes": P, "Kemble Bank": ORG},
        ["Finance Minister Odile Varennes"],
    ),
    (  # "According to X"
        "According to Brightwater Capital, Halcyon Dairy will miss its targets.",
        {"Brightwater Capital": ORG, "Halcyon Dairy": ORG},
        ["According"],
    ),
    (  # farming: a sector word opening the sentence is no company
        "Dairy farmers in Wales have sued Glenmoor Foods over milk prices.",
        {"Glenmoor Foods": ORG},
        ["Dairy"],
    ),
    (  # steel: the same before producers
        "Steel producers criticised Pell Resources for raising ore prices.",
        {"Pell Resources": ORG},
        ["Steel"],
    ),
    (  # guard: a company's own plural after its name
        "Talbot workers went on strike after Talbot Grain cut pay.",
        {"Talbot Grain": ORG},
        [],
    ),
    (  # "Both X and Y" at the start
        "Both Harrow Foods and Pell Dairies denied the claims.",
        {"Harrow Foods": ORG, "Pell Dairies": ORG},
        ["Both Harrow Foods"],
    ),
]

CASES = (
    PERSON_CUES
    + PERSON_MORE
    + PERSON_ROLES
    + PERSON_FORMS
    + ORG_FORMS
    + FIRMS_LIKE_PEOPLE
    + PUBLIC_BODIES
    + PROJECTS_PRODUCTS
    + PRODUCTS_MORE
    + PRODUCT_MARKETS
    + DESCRIPTORS
    + DESIGNATIONS
    + PLACES
)
CASES += BOUNDARIES


# Cases left for later rounds, by the start of their text (each fails today; strict xfail).
LEFT = {
    "Investors led by Tobiah": "'led by X' after investors: firms lead consortia too",
    "Ashcombe Rovers is owned by Tobiah": "'a property developer': developer is a firm's noun",
    "Shares in Tamber Foods rose after Oriel": "'bought 2% of' is done by firms too",
    "Orla Dairies and Simon Teague": "'wine merchant': a merchant may be a person",
    "Regulators approved Glucora": "'approved X': deals are approved too",
    "Mornay Foods bought the Brisk Oats": "'brand' is an organization head (fashion houses)",
}


@pytest.mark.parametrize(("text", "must", "must_not"), gap_params(CASES, LEFT, spread=True))
def test_genre_entities(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
