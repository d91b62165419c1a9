"""Genre bank for known general gaps of business prose: a person's previous job in a
where-clause, two deals in one sentence, a stake sold by one holder and bought by another,
shared surnames of coordinated people, a descriptor between a place adjective and a name,
hyphenated rival/partner/owner compounds, and passives with coordinated subjects.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across banking, mining, retail, pharma, shipping, farming, football, media, energy,
aviation, telecoms, autos, insurance and the public sector, in wire, trade-press, press-release,
profile and headline-plus-lede registers. Guards: a unit run at a former employer, cross pairs of
two deals, a listing place read as a base, a bare first name cut from its surname, a hedge.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

WHERE_JOBS: list[Case] = [
    (  # pharma: ran a unit of the former employer: no LEADS of it
        "Orvane Pharma named Julia Brandt as head of research. She joins from Kessler Biotech, "
        "where she ran the cancer unit.",
        [],
        [("julia-brandt", "LEADS", "kessler-biotech")],
    ),
    (  # banking: "where she was chief executive": a former role counts
        "Corvin Bank has appointed Ada Ferris as chair. She joins from Holt Insurance, where "
        "she was chief executive for six years.",
        [("ada-ferris", "LEADS", "holt-insurance")],
        [],
    ),
    (  # mining: "where he led the exploration team": a function, no LEADS
        "Tarrant Minerals hired Oscar Lind as chief geologist. Lind comes from Brenner "
        "Holdings, where he led the exploration team.",
        [],
        [("oscar-lind", "LEADS", "brenner-holdings")],
    ),
    (  # retail: "where he headed its online business"
        "Quarry Fashion has named Hugh Barr as finance director. He was previously at Marlow "
        "Stores, where he headed its online business.",
        [],
        [("hugh-barr", "LEADS", "marlow-stores")],
    ),
    (  # shipping: "where she served as president"
        "Nordhav Tankers named Ingrid Solberg chief executive on Monday. Solberg arrives from "
        "Kaito Lines, where she served as president.",
        [
            ("ingrid-solberg", "LEADS", "nordhav-tankers"),
            ("ingrid-solberg", "LEADS", "kaito-lines"),
        ],
        [],
    ),
    (  # construction: "where he worked as chief executive", no appointment in the text
        "Corran Homes said Paul Hart would join its board. Hart spent a decade at Vesta Cement, "
        "where he worked as chief executive.",
        [("paul-hart", "LEADS", "vesta-cement")],
        [("paul-hart", "LEADS", "corran-homes")],
    ),
    (  # guard: "where she served as an adviser" is no LEADS
        "Brisk Air hired Lena Roth as finance chief. She joins from Skyra Airlines, where she "
        "served as an adviser to the board.",
        [],
        [("lena-roth", "LEADS", "skyra-airlines")],
    ),
    (  # telecoms: "where he managed the network division"
        "Vantor Telecom appointed Raj Mehta as technology chief. Mehta joins from Quell "
        "Mobile, where he managed the network division.",
        [],
        [("raj-mehta", "LEADS", "quell-mobile")],
    ),
    (  # insurance: "where she ran the claims department" with a title for the new job
        "Cassick Assurance said Mara Doyle would become chief executive in March. Doyle joins "
        "from Pellam Re, where she ran the claims department.",
        [("mara-doyle", "LEADS", "cassick-assurance")],
        [("mara-doyle", "LEADS", "pellam-re")],
    ),
    (  # football: "where he was chairman"
        "Ferro Athletic has hired Dario Conte as sporting director. Conte joins from Dunmore "
        "Rovers, where he was chairman for a decade.",
        [("dario-conte", "LEADS", "dunmore-rovers")],
        [("dario-conte", "LEADS", "ferro-athletic")],
    ),
    (  # energy: "where she oversaw the trading arm"
        "Sable Energy named Ruth Dowd as head of strategy. She joins from Tavor Power, where "
        "she oversaw the trading arm.",
        [],
        [("ruth-dowd", "LEADS", "tavor-power")],
    ),
    (  # guard: a bare "the unit" still names the subsidiary just described
        "Brisa Labs is a unit of Kessel Group. The unit is based in Porto and employs 300.",
        [("kessel-group", "OWNS", "brisa-labs"), ("brisa-labs", "LOCATED_IN", "porto")],
        [],
    ),
    (  # media: "the X division" with a pronoun subject and no where-clause
        "Castle Media hired Nina Fox from Lumen Press. She ran the magazines division there.",
        [],
        [("nina-fox", "LEADS", "lumen-press"), ("nina-fox", "LEADS", "castle-media")],
    ),
    (  # autos: "where he ran European sales"
        "Kessel Motors has appointed Jonas Wirth to lead its electric unit. Wirth joins from "
        "Brava Autos, where he ran European sales.",
        [],
        [("jonas-wirth", "LEADS", "brava-autos")],
    ),
]

TWO_DEALS: list[Case] = [
    (  # mining: "A bought B and C bought D"
        "Brannock Minerals bought Ocher Metals and Ilwa Mining bought Quarra Resources, "
        "making it a busy week for the sector.",
        [
            ("brannock-minerals", "OWNS", "ocher-metals"),
            ("ilwa-mining", "OWNS", "quarra-resources"),
        ],
        [
            ("brannock-minerals", "OWNS", "quarra-resources"),
            ("ilwa-mining", "OWNS", "ocher-metals"),
        ],
    ),
    (  # retail: "while" between two acquisitions
        "Tagus Stores acquired Bexley Retail, while Grainfield Markets acquired Pollard Bakeries.",
        [
            ("tagus-stores", "OWNS", "bexley-retail"),
            ("grainfield-markets", "OWNS", "pollard-bakeries"),
        ],
        [
            ("tagus-stores", "OWNS", "pollard-bakeries"),
            ("grainfield-markets", "OWNS", "bexley-retail"),
        ],
    ),
    (  # banking: "whereas"
        "Orrin Bank bought Talbot Savings last year, whereas Corvin Bank bought Leith Mutual "
        "in 2021.",
        [("orrin-bank", "OWNS", "talbot-savings"), ("corvin-bank", "OWNS", "leith-mutual")],
        [("orrin-bank", "OWNS", "leith-mutual"), ("corvin-bank", "OWNS", "talbot-savings")],
    ),
    (  # shipping: semicolon
        "Halvik Shipping acquired Brava Yards; Nordhav Tankers acquired Kaito Lines.",
        [("halvik-shipping", "OWNS", "brava-yards"), ("nordhav-tankers", "OWNS", "kaito-lines")],
        [("halvik-shipping", "OWNS", "kaito-lines"), ("nordhav-tankers", "OWNS", "brava-yards")],
    ),
    (  # media: shared verb "A bought B and C D"
        "Lumen Studios bought Northwind Pictures and Castle Media Corvid Films.",
        [("lumen-studios", "OWNS", "northwind-pictures"), ("castle-media", "OWNS", "corvid-films")],
        [("lumen-studios", "OWNS", "corvid-films"), ("castle-media", "OWNS", "northwind-pictures")],
    ),
    (  # pharma: two investments
        "Ridley Ventures invested in Sisken Robotics and Ember Peak invested in Velora "
        "Therapeutics.",
        [
            ("ridley-ventures", "FUNDS", "sisken-robotics"),
            ("ember-peak", "FUNDS", "velora-therapeutics"),
        ],
        [
            ("ridley-ventures", "FUNDS", "velora-therapeutics"),
            ("ember-peak", "FUNDS", "sisken-robotics"),
        ],
    ),
    (  # farming: "agreed to buy" twice with "while"
        "Harrow Seeds agreed to buy Coldfield Agritech, while Dale Farms agreed to buy Greenacre "
        "Dairies.",
        [
            ("harrow-seeds", "OWNS", "coldfield-agritech"),
            ("dale-farms", "OWNS", "greenacre-dairies"),
        ],
        [
            ("harrow-seeds", "OWNS", "greenacre-dairies"),
            ("dale-farms", "OWNS", "coldfield-agritech"),
        ],
    ),
    (  # telecoms: "and" with "has bought"
        "Vantor Telecom has bought Quell Mobile and Kestrel Networks has bought Orla Fibre, "
        "the companies said.",
        [("vantor-telecom", "OWNS", "quell-mobile"), ("kestrel-networks", "OWNS", "orla-fibre")],
        [("vantor-telecom", "OWNS", "orla-fibre"), ("kestrel-networks", "OWNS", "quell-mobile")],
    ),
    (  # energy: two lawsuits
        "Tavor Energy sued Rendall Oil and Sable Energy sued Halsey Power over the pipeline.",
        [("tavor-energy", "DISPUTES", "rendall-oil"), ("sable-energy", "DISPUTES", "halsey-power")],
        [("tavor-energy", "DISPUTES", "halsey-power"), ("sable-energy", "DISPUTES", "rendall-oil")],
    ),
    (  # aviation: shared verb with "while"
        "Solent Airways bought Paroa Air, while Brisk Air Skyra Airlines.",
        [("solent-airways", "OWNS", "paroa-air")],
        [("solent-airways", "OWNS", "skyra-airlines"), ("brisk-air", "OWNS", "paroa-air")],
    ),
]

# A stake bought is FUNDS (the convention of tests/test_genre_money3.py: "bought a stake in").
STAKE_HANDOVER: list[Case] = [
    (  # brewing: a stake sold, then "The stake was bought by Y"
        "Calloway Brewing sold 20% of Hopfield Maltings last week. The stake was bought by "
        "Dunmore Capital.",
        [("dunmore-capital", "FUNDS", "hopfield-maltings")],
        [("calloway-brewing", "OWNS", "dunmore-capital")],
    ),
    (  # mining: "The buyer was Y"
        "Brenner Holdings sold its 15% stake in Tarrant Minerals on Friday. The buyer was Ocher "
        "Capital.",
        [("ocher-capital", "FUNDS", "tarrant-minerals")],
        [("brenner-holdings", "OWNS", "ocher-capital")],
    ),
    (  # banking: "Y bought the stake"
        "Castell Capital sold a 9% stake in Velmar Bank. Harlow Pension bought the stake for "
        "$120m.",
        [("harlow-pension", "FUNDS", "velmar-bank")],
        [("harlow-pension", "OWNS", "castell-capital")],
    ),
    (  # telecoms: "It was acquired by Y"
        "Kestrel Networks put its 30% holding in Orla Fibre up for sale in March. The holding "
        "was acquired by Vantor Telecom.",
        [("vantor-telecom", "FUNDS", "orla-fibre")],
        [("vantor-telecom", "OWNS", "kestrel-networks")],
    ),
    (  # shipping: "the shares went to Y"
        "Halvik Shipping sold 12% of Brava Yards. Nordhav Tankers bought the shares.",
        [("nordhav-tankers", "FUNDS", "brava-yards")],
        [("nordhav-tankers", "OWNS", "halvik-shipping")],
    ),
    (  # energy: passive "The shares were acquired by Y" a sentence later
        "Tavor Energy sold 8% of Rendall Oil in March to pay down debt. The shares were "
        "acquired by Halsey Pension, a fund based in Leeds.",
        [("halsey-pension", "FUNDS", "rendall-oil")],
        [("halsey-pension", "FUNDS", "tavor-energy")],
    ),
    (  # guard: a hedged buyer
        "Orrin Bank sold 6% of Leith Mutual on Monday. Corvin Bank could buy the stake later, "
        "analysts said.",
        [],
        [("corvin-bank", "FUNDS", "leith-mutual")],
    ),
    (  # guard: no sale before: a stake bought names its own company
        "Ferro Athletic is for sale. Pelham Group bought the stake in Dunmore Rovers it had "
        "sought for years.",
        [],
        [("pelham-group", "FUNDS", "ferro-athletic")],
    ),
    (  # retail: "Y, which bought the stake"
        "Marlow Stores sold a quarter of Bexley Retail. Tagus Stores, which bought the stake, "
        "said it would keep the brand.",
        [("tagus-stores", "FUNDS", "bexley-retail")],
        [("tagus-stores", "OWNS", "marlow-stores")],
    ),
]

SURNAMES: list[Case] = [
    (  # brewing: "founded by brothers Tom and Will Archer"
        "Gallow Brewing was founded by brothers Tom and Will Archer in 2009.",
        [("tom-archer", "FOUNDED", "gallow-brewing"), ("will-archer", "FOUNDED", "gallow-brewing")],
        [("tom", "FOUNDED", "gallow-brewing")],
    ),
    (  # retail: "Ana and Luis Ferro founded"
        "Ana and Luis Ferro founded Ferro Home in Porto in 1998. The chain now has 40 shops.",
        [("ana-ferro", "FOUNDED", "ferro-home"), ("luis-ferro", "FOUNDED", "ferro-home")],
        [("ana", "FOUNDED", "ferro-home")],
    ),
    (  # farming: "the Okafor sisters, Ada and Ngozi"
        "Sunfield Farms was started by the Okafor sisters, Ada and Ngozi, in 2015.",
        [
            ("ada-okafor", "FOUNDED", "sunfield-farms"),
            ("ngozi-okafor", "FOUNDED", "sunfield-farms"),
        ],
        [],
    ),
    (  # pharma: "co-founders Maya and Ravi Shah"
        "Velora Therapeutics, set up by co-founders Maya and Ravi Shah, raised $40m from Ember "
        "Peak.",
        [
            ("maya-shah", "FOUNDED", "velora-therapeutics"),
            ("ravi-shah", "FOUNDED", "velora-therapeutics"),
            ("ember-peak", "FUNDS", "velora-therapeutics"),
        ],
        [],
    ),
    (  # media: "twins Lena and Mia Holt, who founded"
        "Twins Lena and Mia Holt, who founded Holt Media in 2012, sold it to Castle TV.",
        [("lena-holt", "FOUNDED", "holt-media"), ("mia-holt", "FOUNDED", "holt-media")],
        [],
    ),
    (  # football: couple owning a club
        "Ashcombe Rovers is owned by husband and wife Peter and Jane Marsh.",
        [("peter-marsh", "OWNS", "ashcombe-rovers"), ("jane-marsh", "OWNS", "ashcombe-rovers")],
        [],
    ),
    (  # farming: passive "founded by father and son A and B C"
        "Coldfield Agritech was founded by father and son Ian and Rory Baird in 2011.",
        [
            ("ian-baird", "FOUNDED", "coldfield-agritech"),
            ("rory-baird", "FOUNDED", "coldfield-agritech"),
        ],
        [],
    ),
    (  # guard: "by the Marsh family" is no one person
        "Ashcombe Rovers is owned by the Marsh family, which bought it in 1990.",
        [],
        [("marsh", "OWNS", "ashcombe-rovers")],
    ),
    (  # food: coordinated first names, surname given, plus a separate full name guard
        "Tom and Sara Bell started Bell Bakery in 2004 with help from Owen Pryce, a family friend.",
        [("tom-bell", "FOUNDED", "bell-bakery"), ("sara-bell", "FOUNDED", "bell-bakery")],
        [("owen-pryce", "FOUNDED", "bell-bakery")],
    ),
    (  # brewing: "with a loan from" is no co-founder; "with her brother" is
        "Ines Marl started Kettle Brewing in 2016 with a loan from Tom Hale. She set up Marl "
        "Cider two years later with her brother, Jonas Marl.",
        [("ines-marl", "FOUNDED", "kettle-brewing"), ("jonas-marl", "FOUNDED", "marl-cider")],
        [("tom-hale", "FOUNDED", "kettle-brewing")],
    ),
    (  # guard: two full names coordinated keep their own surnames
        "Amy Holt and Dev Rana founded Bramble Kitchens, a caterer, in Leeds.",
        [("amy-holt", "FOUNDED", "bramble-kitchens"), ("dev-rana", "FOUNDED", "bramble-kitchens")],
        [("amy-rana", "FOUNDED", "bramble-kitchens")],
    ),
]

PLACE_DESCRIPTORS: list[Case] = [
    (  # farming: "Nebraska-based grain trader Hollin Ag"
        "Nebraska-based grain trader Hollin Ag bought Pella Farms for $80m.",
        [("hollin-ag", "LOCATED_IN", "nebraska"), ("hollin-ag", "OWNS", "pella-farms")],
        [],
    ),
    (  # guard: "AG" in capitals is a company form, dropped from the name
        "Munich-based insurer Kessel Re AG bought Pellam Life for $900m.",
        [("kessel-re", "LOCATED_IN", "munich"), ("kessel-re", "OWNS", "pellam-life")],
        [],
    ),
    (  # farming: "Ag" written as a word stays in the name, as object too
        "Dale Farms sold its silos to Iowa-based feed maker Corran Ag on Tuesday.",
        [("corran-ag", "LOCATED_IN", "iowa")],
        [("corran", "LOCATED_IN", "iowa")],
    ),
    (  # autos: "Lyon-based tyre maker Bresse Pneus"
        "Lyon-based tyre maker Bresse Pneus will supply Kessel Motors from next year.",
        [("bresse-pneus", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # aquaculture: "Oslo-listed salmon farmer Nordlax": listing is no base
        "Oslo-listed salmon farmer Nordlax Group agreed to buy Fjordfisk Holdings.",
        [("nordlax-group", "OWNS", "fjordfisk-holdings")],
        [("nordlax-group", "LOCATED_IN", "oslo")],
    ),
    (  # insurance: "Zurich-based insurer Pellam Re"
        "Zurich-based insurer Pellam Re has named Mara Doyle as chief executive.",
        [("pellam-re", "LOCATED_IN", "zurich"), ("mara-doyle", "LEADS", "pellam-re")],
        [],
    ),
    (  # shipping: "Singapore-headquartered container line Kaito Lines"
        "Singapore-headquartered container line Kaito Lines ordered six ships from Helda "
        "Shipyards.",
        [("kaito-lines", "LOCATED_IN", "singapore")],
        [("helda-shipyards", "LOCATED_IN", "singapore")],
    ),
    (  # pharma: two words of descriptor
        "Boston-based gene therapy developer Corvex Bio raised $60m from Ridley Ventures.",
        [("corvex-bio", "LOCATED_IN", "boston"), ("ridley-ventures", "FUNDS", "corvex-bio")],
        [("ridley-ventures", "LOCATED_IN", "boston")],
    ),
    (  # energy: as object
        "Sable Energy acquired Texas-based oil producer Rendall Oil in a $2bn deal.",
        [("sable-energy", "OWNS", "rendall-oil"), ("rendall-oil", "LOCATED_IN", "texas")],
        [("sable-energy", "LOCATED_IN", "texas")],
    ),
    (  # banking: "Milan-based lender Banca Orsi"
        "Milan-based lender Banca Orsi is being sued by Corvin Bank.",
        [("banca-orsi", "LOCATED_IN", "milan"), ("corvin-bank", "DISPUTES", "banca-orsi")],
        [],
    ),
    (  # telecoms: "Frankfurt-listed" is no base, even as object
        "Vantor Telecom agreed to buy Frankfurt-listed network operator Quell Mobile.",
        [("vantor-telecom", "OWNS", "quell-mobile")],
        [("quell-mobile", "LOCATED_IN", "frankfurt")],
    ),
]

HYPHEN_COMPOUNDS: list[Case] = [
    (  # shipping: "Maersk-rival Corvan Lines"
        "Maersk-rival Corvan Lines hired Helda Shipyards to build six ships.",
        [("maersk", "COMPETES_WITH", "corvan-lines")],
        [("helda-shipyards", "COMPETES_WITH", "corvan-lines")],
    ),
    (  # autos: "Kessel-backed Deller"
        "Kessel-backed Deller Batteries opened a plant in Ohio.",
        [("kessel", "FUNDS", "deller-batteries")],
        [],
    ),
    (  # retail: "Talby-owned Orrin Stores"
        "Talby-owned Orrin Stores will close 30 shops, the company said.",
        [("talby", "OWNS", "orrin-stores")],
        [],
    ),
    (  # energy: "state-owned": no owner entity named "state"
        "State-owned Norvia Power signed a supply deal with Tavor Energy.",
        [],
        [("state", "OWNS", "norvia-power")],
    ),
    (  # media: "family-controlled": the family is no entity
        "Family-controlled Lumen Press bought Corvid Media for $300m.",
        [("lumen-press", "OWNS", "corvid-media")],
        [("family", "OWNS", "lumen-press")],
    ),
    (  # aviation: "Brisk-rival Skyra Airlines" as object
        "Solent Airways signed a codeshare with Brisk-rival Skyra Airlines.",
        [("brisk", "COMPETES_WITH", "skyra-airlines")],
        [("solent-airways", "COMPETES_WITH", "skyra-airlines")],
    ),
    (  # banking: "Orrin-controlled Talbot Bank"
        "Orrin-controlled Talbot Bank raised its savings rates on Monday.",
        [("orrin", "OWNS", "talbot-bank")],
        [],
    ),
    (  # pharma: "Ridley Ventures-backed Corvex Bio"
        "Ridley Ventures-backed Corvex Bio started a trial in Madrid.",
        [("ridley-ventures", "FUNDS", "corvex-bio")],
        [],
    ),
    (  # mining: "partner-run": "Ilwa-partner Quarra Resources"
        "Ilwa-partner Quarra Resources began drilling in Chile.",
        [("ilwa", "PARTNERS_WITH", "quarra-resources")],
        [],
    ),
    (  # telecoms: "Shares in X-rival Y"
        "Shares in Vantor-rival Quell Mobile fell 5% on Monday after a network outage.",
        [("vantor", "COMPETES_WITH", "quell-mobile")],
        [],
    ),
    (  # banking: "the X-rival lender" in apposition
        "Orrin Bank, the Talbot-rival lender, cut its mortgage rates on Tuesday.",
        [("talbot", "COMPETES_WITH", "orrin-bank")],
        [],
    ),
    (  # shipping: "its partner" after a hyphen-owned subject is the subject's
        "Kessel-owned Corvan Lines hired Helda Shipyards, its long-standing partner, to build "
        "six ships.",
        [("kessel", "OWNS", "corvan-lines"), ("corvan-lines", "PARTNERS_WITH", "helda-shipyards")],
        [("kessel", "PARTNERS_WITH", "helda-shipyards")],
    ),
    (  # guard: "X-trained" names no tie
        "Corvan Lines hired a Maersk-trained captain to run its new ship, Corvan said.",
        [],
        [("maersk", "COMPETES_WITH", "corvan-lines"), ("maersk", "PARTNERS_WITH", "corvan-lines")],
    ),
    (  # football: "Pelham-owned Dunmore Rovers" in a subject with a verb
        "Pelham-owned Dunmore Rovers signed a striker from Ferro Athletic.",
        [("pelham", "OWNS", "dunmore-rovers")],
        [("pelham", "OWNS", "ferro-athletic")],
    ),
]

PASSIVE_PAIRS: list[Case] = [
    (  # banking: "X and Y are advised by Z"
        "Orrin Bank and Talbot Savings are advised by Simon Roe, a former regulator.",
        [("simon-roe", "ADVISES", "orrin-bank"), ("simon-roe", "ADVISES", "talbot-savings")],
        [],
    ),
    (  # retail: "A and B are owned by C"
        "Bexley Retail and Pollard Bakeries are owned by Tagus Stores.",
        [("tagus-stores", "OWNS", "bexley-retail"), ("tagus-stores", "OWNS", "pollard-bakeries")],
        [("bexley-retail", "OWNS", "pollard-bakeries")],
    ),
    (  # tech: "A and B were founded by C"
        "Sisken Robotics and Corvex Bio were both founded by Mira Sato.",
        [("mira-sato", "FOUNDED", "sisken-robotics"), ("mira-sato", "FOUNDED", "corvex-bio")],
        [],
    ),
    (  # energy: "A and B are run by C"
        "Tavor Power and Halsey Water are run by Ian Crewe, who took over in 2020.",
        [("ian-crewe", "LEADS", "tavor-power"), ("ian-crewe", "LEADS", "halsey-water")],
        [],
    ),
    (  # shipping: "A and B were acquired by C"
        "Kaito Lines and Brava Yards were acquired by Nordhav Tankers last year.",
        [("nordhav-tankers", "OWNS", "kaito-lines"), ("nordhav-tankers", "OWNS", "brava-yards")],
        [],
    ),
    (  # pharma: "A and B are backed by C" (money)
        "Velora Therapeutics and Corvex Bio are backed by Ember Peak.",
        [("ember-peak", "FUNDS", "velora-therapeutics"), ("ember-peak", "FUNDS", "corvex-bio")],
        [],
    ),
    (  # football: "A and B are sponsored by" is no OWNS
        "Dunmore Rovers and Ferro Athletic are sponsored by Arvo Sportswear.",
        [],
        [("arvo-sportswear", "OWNS", "dunmore-rovers")],
    ),
    (  # mining: three subjects
        "Quarra Resources, Ocher Metals and Ilwa Mining are controlled by Brenner Holdings.",
        [
            ("brenner-holdings", "OWNS", "quarra-resources"),
            ("brenner-holdings", "OWNS", "ocher-metals"),
            ("brenner-holdings", "OWNS", "ilwa-mining"),
        ],
        [],
    ),
    (  # guard: hedge on a coordinated passive
        "Kaito Lines and Brava Yards could be acquired by Nordhav Tankers, analysts said.",
        [],
        [("nordhav-tankers", "OWNS", "kaito-lines"), ("nordhav-tankers", "OWNS", "brava-yards")],
    ),
    (  # insurance: "A and B were sued by C"
        "Pellam Re and Cassick Assurance were sued by Leith Council over flood claims.",
        [
            ("leith-council", "DISPUTES", "pellam-re"),
            ("leith-council", "DISPUTES", "cassick-assurance"),
        ],
        [],
    ),
]

BANK: list[Case] = (
    WHERE_JOBS
    + TWO_DEALS
    + STAKE_HANDOVER
    + SURNAMES
    + PLACE_DESCRIPTORS
    + HYPHEN_COMPOUNDS
    + PASSIVE_PAIRS
)

# Cases left for later rounds, by the opening of their text, and why they fail.
LEFT: dict[str, str] = {
    "Lumen Studios bought Northwind Pictures and Castle": "gapped verb 'and C D': the second"
    " buyer and its target are read as one name (entity recognition)",
    "Kestrel Networks put its 30% holding": "'put its holding up for sale' is no sale the next"
    " sentence's 'The holding was acquired by Y' reads",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_gaps(case: Case) -> None:
    check(*case)
