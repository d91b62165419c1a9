"""Construction-level relation rules, one invented sentence per variant and sector.

Each case is (sentence, relations that must be found, relations that must not be): the guards
say both what a sentence must still yield and what it must not. Sectors vary on purpose
(pharma, energy, football, banking, shipping, telecoms, retail, media, autos); every name is
invented. The families are those of `loaders.relations.constructions` (see its module docstring).
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

from loaders.article import extract
from loaders.relations.constructions import CONSTRUCTIONS

# Each relation type in its verbal variants: active, passive, relative clause, appositive,
# coordinated subjects or objects, pronoun or "the company" subject.
VERBAL: list[Case] = [
    (
        "Helena Marsh left Goldfinch Partners in 2014 to start her own fund, Marsh Rock Capital.",
        [("helena-marsh", "FOUNDED", "marsh-rock-capital")],
        [
            ("goldfinch-partners", "FOUNDED", "marsh-rock-capital"),
            ("marsh-rock-capital", "FUNDS", "marsh-rock-capital"),
        ],
    ),
    (
        "Laura Novak left Kestrel Motors in 2014 to found Brisa Labs.",
        [("laura-novak", "FOUNDED", "brisa-labs")],
        [("kestrel-motors", "FOUNDED", "brisa-labs")],
    ),
    (
        "Orvane Therapeutics said its investors include Halberd Life Sciences.",
        [("halberd-life-sciences", "FUNDS", "orvane-therapeutics")],
        [],
    ),
    (
        "Orvane Therapeutics was founded in 2019 by Dr. Priya Nandakumar and Dr. Tomas Lindahl.",
        [
            ("priya-nandakumar", "FOUNDED", "orvane-therapeutics"),
            ("tomas-lindahl", "FOUNDED", "orvane-therapeutics"),
        ],
        [],
    ),
    (
        "Youth Finance Trust, which Helena Marsh co-founded with her husband, David Marsh, gives "
        "grants.",
        [
            ("helena-marsh", "FOUNDED", "youth-finance-trust"),
            ("david-marsh", "FOUNDED", "youth-finance-trust"),
        ],
        [],
    ),
    (
        "Kestrel Motors paid $2 billion for Vanta Drive Systems in 2021.",
        [("kestrel-motors", "OWNS", "vanta-drive-systems")],
        [],
    ),
    (
        "Arden Media agreed to acquire Lumen Broadcasting from private equity group Silverbay "
        "Capital.",
        [("arden-media", "OWNS", "lumen-broadcasting")],
        [("arden-media", "OWNS", "silverbay-capital")],
    ),
    (
        "Holloway Athletic was bought last year by a consortium led by the Dubai-based Qamar "
        "Holdings.",
        [
            ("qamar-holdings", "OWNS", "holloway-athletic"),
            ("qamar-holdings", "LOCATED_IN", "dubai"),
        ],
        [],
    ),
    (
        "Norvik Investments will provide a loan of 600 million pounds to Caledon Wind.",
        [("norvik-investments", "FUNDS", "caledon-wind")],
        [],
    ),
    (
        "Harrowmere Bank agreed to sell its wealth arm, Harrowmere Private, to Calloway Group.",
        [("calloway-group", "OWNS", "harrowmere-private")],
        [("harrowmere-bank", "OWNS", "calloway-group")],
    ),
    (
        "Kestrel Motors is building a battery plant in Ohio.",
        [("kestrel-motors", "LOCATED_IN", "ohio")],
        [],
    ),
    (
        "Nordhav Capital invested $40 million in Brightwell Pharma.",
        [("nordhav-capital", "FUNDS", "brightwell-pharma")],
        [],
    ),
    (
        "Brightwell Pharma is backed by Nordhav Capital and Sorrel Ventures.",
        [
            ("nordhav-capital", "FUNDS", "brightwell-pharma"),
            ("sorrel-ventures", "FUNDS", "brightwell-pharma"),
        ],
        [],
    ),
    (
        "Brightwell Pharma, which is funded by Nordhav Capital, opened a lab.",
        [("nordhav-capital", "FUNDS", "brightwell-pharma")],
        [],
    ),
    (
        "Nordhav Capital, which invested in Brightwell Pharma last year, declined to comment.",
        [("nordhav-capital", "FUNDS", "brightwell-pharma")],
        [],
    ),
    (
        "Nordhav Capital said it would invest in Brightwell Pharma.",
        [("nordhav-capital", "FUNDS", "brightwell-pharma")],
        [],
    ),
    (
        "Nordhav Capital manages $9 billion. The firm has invested in Brightwell Pharma.",
        [("nordhav-capital", "FUNDS", "brightwell-pharma")],
        [],
    ),
    (
        "Nordhav Capital invested in Brightwell Pharma and Sorrel Biotech.",
        [
            ("nordhav-capital", "FUNDS", "brightwell-pharma"),
            ("nordhav-capital", "FUNDS", "sorrel-biotech"),
        ],
        [],
    ),
    (
        "Brightwell Pharma raised $50 million from Nordhav Capital.",
        [("nordhav-capital", "FUNDS", "brightwell-pharma")],
        [],
    ),
    (
        "Brightwell Pharma received a $50 million investment from Nordhav Capital.",
        [("nordhav-capital", "FUNDS", "brightwell-pharma")],
        [],
    ),
    (
        "Calloway Bancorp agreed to buy Harrowmere Bank for $3 billion.",
        [("calloway-bancorp", "OWNS", "harrowmere-bank")],
        [],
    ),
    (
        "Harrowmere Bank was acquired by Calloway Bancorp in 2021.",
        [("calloway-bancorp", "OWNS", "harrowmere-bank")],
        [],
    ),
    (
        "Harrowmere Bank, which Calloway Bancorp bought in 2021, will keep its name.",
        [("calloway-bancorp", "OWNS", "harrowmere-bank")],
        [],
    ),
    (
        "Calloway Bancorp employs 4,000 people. The lender agreed to acquire Harrowmere Bank.",
        [("calloway-bancorp", "OWNS", "harrowmere-bank")],
        [],
    ),
    (
        "Calloway Bancorp, the owner of Harrowmere Bank, reported profits.",
        [("calloway-bancorp", "OWNS", "harrowmere-bank")],
        [],
    ),
    (
        "Arden Media sold Lumen Broadcasting to Skyreach Mobile.",
        [("skyreach-mobile", "OWNS", "lumen-broadcasting")],
        [],
    ),
    (
        "Lumen Broadcasting was sold to Skyreach Mobile last year.",
        [("skyreach-mobile", "OWNS", "lumen-broadcasting")],
        [],
    ),
    (
        "Skyreach Mobile completed the purchase of Lumen Broadcasting.",
        [("skyreach-mobile", "OWNS", "lumen-broadcasting")],
        [],
    ),
    (
        "Skyreach Mobile snapped up Lumen Broadcasting and Telvio Networks.",
        [
            ("skyreach-mobile", "OWNS", "lumen-broadcasting"),
            ("skyreach-mobile", "OWNS", "telvio-networks"),
        ],
        [],
    ),
    (
        "Skyreach Mobile merged with Telvio Networks in 2020.",
        [],
        [("skyreach-mobile", "OWNS", "telvio-networks")],
    ),
    (
        "Sorrel Biotech was founded in 2015 by Alicia Okafor and David Lindqvist.",
        [
            ("alicia-okafor", "FOUNDED", "sorrel-biotech"),
            ("david-lindqvist", "FOUNDED", "sorrel-biotech"),
        ],
        [],
    ),
    (
        "Alicia Okafor, who co-founded Sorrel Biotech, left in May.",
        [("alicia-okafor", "FOUNDED", "sorrel-biotech")],
        [],
    ),
    (
        "Sorrel Biotech co-founder Alicia Okafor left in May.",
        [("alicia-okafor", "FOUNDED", "sorrel-biotech")],
        [],
    ),
    (
        "Petrolia Energy launched the Northgate Wind project in 2022.",
        [("petrolia-energy", "FOUNDED", "northgate-wind")],
        [],
    ),
    ("Alicia Okafor runs Sorrel Biotech.", [("alicia-okafor", "LEADS", "sorrel-biotech")], []),
    ("Sorrel Biotech is led by Alicia Okafor.", [("alicia-okafor", "LEADS", "sorrel-biotech")], []),
    (
        "Sorrel Biotech's chief executive, Alicia Okafor, said sales rose.",
        [("alicia-okafor", "LEADS", "sorrel-biotech")],
        [],
    ),
    (
        "Alicia Okafor, who heads Sorrel Biotech, said sales rose.",
        [("alicia-okafor", "LEADS", "sorrel-biotech")],
        [],
    ),
    (
        "Alicia Okafor took over as chief executive of Sorrel Biotech in May.",
        [("alicia-okafor", "LEADS", "sorrel-biotech")],
        [],
    ),
    (
        "Alicia Okafor was appointed chairman of Sorrel Biotech.",
        [("alicia-okafor", "LEADS", "sorrel-biotech")],
        [],
    ),
    ("Redmarsh United manager David Lindqvist was sacked.", [], []),
    (
        "Telvio Networks has partnered with Skyreach Mobile to build towers.",
        [("telvio-networks", "PARTNERS_WITH", "skyreach-mobile")],
        [],
    ),
    (
        "Telvio Networks and Skyreach Mobile signed a network-sharing agreement.",
        [("telvio-networks", "PARTNERS_WITH", "skyreach-mobile")],
        [],
    ),
    (
        "The deal extends a partnership between Telvio Networks and Skyreach Mobile.",
        [("telvio-networks", "PARTNERS_WITH", "skyreach-mobile")],
        [],
    ),
    (
        "Telvio Networks struck a deal with Skyreach Mobile and Orbis Telecom.",
        [
            ("telvio-networks", "PARTNERS_WITH", "skyreach-mobile"),
            ("telvio-networks", "PARTNERS_WITH", "orbis-telecom"),
        ],
        [],
    ),
    (
        "Ostrava Shipping, based in Hamburg, owns 40 vessels.",
        [("ostrava-shipping", "LOCATED_IN", "hamburg")],
        [],
    ),
    (
        "Hamburg-based Ostrava Shipping owns 40 vessels.",
        [("ostrava-shipping", "LOCATED_IN", "hamburg")],
        [],
    ),
    (
        "Ostrava Shipping is headquartered in Hamburg.",
        [("ostrava-shipping", "LOCATED_IN", "hamburg")],
        [],
    ),
    ("Petrolia Energy is building a refinery in Rotterdam.", [], []),
    (
        "Kestrel Motors competes with Vanta Automotive in Europe.",
        [("kestrel-motors", "COMPETES_WITH", "vanta-automotive")],
        [],
    ),
    (
        "Kestrel Motors, a rival of Vanta Automotive, cut prices.",
        [("kestrel-motors", "COMPETES_WITH", "vanta-automotive")],
        [],
    ),
    (
        "Kestrel Motors is losing market share to Vanta Automotive.",
        [("kestrel-motors", "COMPETES_WITH", "vanta-automotive")],
        [],
    ),
    (
        "Elena Ruiz, an adviser to Kestrel Motors, resigned.",
        [("elena-ruiz", "ADVISES", "kestrel-motors")],
        [],
    ),
    (
        "Kestrel Motors hired Elena Ruiz as an adviser.",
        [("elena-ruiz", "ADVISES", "kestrel-motors")],
        [],
    ),
    (
        "Mayor Ruth Alvarez endorsed the Hallgrim Wind Farm project.",
        [("ruth-alvarez", "BACKS", "hallgrim-wind-farm")],
        [],
    ),
    (
        "The Hallgrim Wind Farm project is supported by Mayor Ruth Alvarez.",
        [("ruth-alvarez", "BACKS", "hallgrim-wind-farm")],
        [],
    ),
    (
        "The Hallgrim Wind Farm project won the backing of Norway's Ministry of Energy.",
        [("ministry-of-energy", "BACKS", "hallgrim-wind-farm")],
        [],
    ),
    (
        "Norway's Ministry of Energy threw its support behind the Hallgrim Wind Farm project.",
        [("ministry-of-energy", "BACKS", "hallgrim-wind-farm")],
        [],
    ),
]

# Nominalizations and light verbs: the act named by a noun, its agent after "by" or before it.
NOMINAL: list[Case] = [
    (
        "The proposed takeover of Telvio Networks by Skyreach Mobile was abandoned.",
        [],
        [("skyreach-mobile", "OWNS", "telvio-networks")],
    ),
    (
        "Skyreach Mobile buys Telvio Networks in $2bn deal",
        [("skyreach-mobile", "OWNS", "telvio-networks")],
        [],
    ),
    (
        "Telvio Networks, whose acquisition by Skyreach Mobile closed in May, cut jobs.",
        [("skyreach-mobile", "OWNS", "telvio-networks")],
        [],
    ),
    (
        "Skyreach Mobile announced the acquisition of Telvio Networks on Monday.",
        [("skyreach-mobile", "OWNS", "telvio-networks")],
        [],
    ),
    (
        "The plan includes a $600 million investment in Vantora Therapeutics by Quillex Capital.",
        [("quillex-capital", "FUNDS", "vantora-therapeutics")],
        [],
    ),
    (
        "A $2 billion investment by Petrolia Energy in the Northgate Wind project was confirmed "
        "on Monday.",
        [("petrolia-energy", "FUNDS", "northgate-wind")],
        [],
    ),
    (
        "Quillex Capital will make an equity investment in Vantora Therapeutics, the companies "
        "said.",
        [("quillex-capital", "FUNDS", "vantora-therapeutics")],
        [],
    ),
    (
        "Harrowmere Bank made a strategic investment in the payments firm Calloway Pay last year.",
        [("harrowmere-bank", "FUNDS", "calloway-pay")],
        [],
    ),
    (
        "The takeover of Halden Foods by a consortium of Brasco Partners, Lindqvist Capital and "
        "Ormond Group was approved by regulators.",
        [
            ("brasco-partners", "OWNS", "halden-foods"),
            ("lindqvist-capital", "OWNS", "halden-foods"),
            ("ormond-group", "OWNS", "halden-foods"),
        ],
        [],
    ),
    (
        "The acquisition of Redmarsh United by Castellan Sports Group was completed in June.",
        [("castellan-sports-group", "OWNS", "redmarsh-united")],
        [],
    ),
    (
        "Petrolia Energy's acquisition of Northgate Oil closed on Monday.",
        [("petrolia-energy", "OWNS", "northgate-oil")],
        [],
    ),
    (
        "Regulators cleared Bellmark Lines' purchase of Ostrava Shipping after a long review.",
        [("bellmark-lines", "OWNS", "ostrava-shipping")],
        [],
    ),
    (
        "Analysts said the Ostrava Shipping deal, led by Bellmark Lines, values the carrier at "
        "$900 million.",
        [("bellmark-lines", "FUNDS", "ostrava-shipping")],
        [],
    ),
    (
        "Traders said the Marlowe Stores buyout, led by Pennant Capital, closed in March.",
        [("pennant-capital", "OWNS", "marlowe-stores")],
        [],
    ),
    (
        "Skyreach Mobile completed its takeover of Telvio Networks on Friday.",
        [("skyreach-mobile", "OWNS", "telvio-networks")],
        [],
    ),
    (
        "Arden Media's $1.2 billion bid for Lumen Broadcasting was rejected by the board.",
        [],
        [("arden-media", "OWNS", "lumen-broadcasting")],
    ),
]

# Stakes and ownership: percentages, controlling stakes, parents, units, shareholder lists.
STAKES: list[Case] = [
    # gapped lists: the verb and object left out after the first holder
    (
        "Arno Capital holds 55% of Dyle Energy, Halden Invest 27%.",
        [("arno-capital", "OWNS", "dyle-energy"), ("halden-invest", "OWNS", "dyle-energy")],
        [("arno-capital", "OWNS", "halden-invest")],
    ),
    (
        "Marlow Group holds 12 percent of Tallis Bank and Pike Holdings 9 percent.",
        [("marlow-group", "OWNS", "tallis-bank"), ("pike-holdings", "OWNS", "tallis-bank")],
        [],
    ),
    (
        "Sorrel Telecom owns 40% of Kiosk Radio, Vela Media 20% and Orland Partners 15%.",
        [
            ("sorrel-telecom", "OWNS", "kiosk-radio"),
            ("vela-media", "OWNS", "kiosk-radio"),
            ("orland-partners", "OWNS", "kiosk-radio"),
        ],
        [],
    ),
    (
        "Arno Capital holds 55% of Dyle Energy, Halden Invest said on Monday.",
        [("arno-capital", "OWNS", "dyle-energy")],
        [("halden-invest", "OWNS", "dyle-energy")],
    ),
    (
        "Arno Capital and Corra Fund together own 30% of Dyle Energy.",
        [("arno-capital", "OWNS", "dyle-energy"), ("corra-fund", "OWNS", "dyle-energy")],
        [("arno-capital", "FUNDS", "corra-fund")],
    ),
    (
        "Pembury Fund, which holds 12% of Tallis Bank, said it would sell.",
        [("pembury-fund", "OWNS", "tallis-bank")],
        [],
    ),
    (
        "Vanta Drive Systems's shareholders are Kestrel Motors (55%), Orland Holdings (27%) and "
        "Brisa Capital (18%).",
        [
            # a listed holder owns its share, however small (an owned stake is OWNS)
            ("kestrel-motors", "OWNS", "vanta-drive-systems"),
            ("orland-holdings", "OWNS", "vanta-drive-systems"),
            ("brisa-capital", "OWNS", "vanta-drive-systems"),
        ],
        [("brisa-capital", "FUNDS", "vanta-drive-systems")],
    ),
    (
        "Kestrel Motors sold its 20% stake in Vanta Drive Systems, and Orland Holdings bought a "
        "15% stake in Brisa Capital.",
        [("orland-holdings", "FUNDS", "brisa-capital")],
        [
            ("kestrel-motors", "FUNDS", "vanta-drive-systems"),
            ("kestrel-motors", "OWNS", "vanta-drive-systems"),
        ],
    ),
    (
        "Kestrel Motors has a 49% interest in the Ridgeway lithium project.",
        [("kestrel-motors", "FUNDS", "ridgeway")],
        [],
    ),
    (
        "Kestrel Motors bought shares in Vanta Drive Systems.",
        [("kestrel-motors", "FUNDS", "vanta-drive-systems")],
        [("kestrel-motors", "OWNS", "vanta-drive-systems")],
    ),
    (
        "Kestrel Motors paid $50 million for a stake in Vanta Drive Systems.",
        [("kestrel-motors", "FUNDS", "vanta-drive-systems")],
        [("kestrel-motors", "OWNS", "vanta-drive-systems")],
    ),
    (
        "Arden Media is backed by Corvid Partners, which owns about 22% of its shares.",
        [("corvid-partners", "OWNS", "arden-media")],
        [],
    ),
    (
        "Telvio Networks is 30%-owned by the pension fund Nordhavn Pension.",
        [("nordhavn-pension", "OWNS", "telvio-networks")],
        [],
    ),
    (
        "Northgate Energy will own 60% of the Caledon Wind project and Petrolia the rest.",
        [("northgate-energy", "FUNDS", "caledon-wind")],
        [("northgate-energy", "OWNS", "petrolia")],
    ),
    (
        "Kestrel Motors has no stake in Vanta Drive Systems, but it owns 30% of Orland Holdings.",
        [("kestrel-motors", "OWNS", "orland-holdings")],
        [
            ("kestrel-motors", "OWNS", "vanta-drive-systems"),
            ("kestrel-motors", "FUNDS", "vanta-drive-systems"),
        ],
    ),
    (
        "Kestrel Motors and Orland Holdings will each own 50% of Vanta Drive Systems.",
        [
            ("kestrel-motors", "OWNS", "vanta-drive-systems"),
            ("orland-holdings", "OWNS", "vanta-drive-systems"),
        ],
        [],
    ),
    (
        "Kestrel Motors to buy 20% of Vanta Drive Systems\n\nKestrel Motors makes cars. Vanta "
        "Drive Systems makes axles.",
        [("kestrel-motors", "FUNDS", "vanta-drive-systems")],
        [("kestrel-motors", "OWNS", "vanta-drive-systems")],
    ),
    (
        "Vanta Drive Systems, in which Kestrel Motors holds a 40% stake, makes axles.",
        [("kestrel-motors", "OWNS", "vanta-drive-systems")],
        [],
    ),
    (
        "Kestrel Motors said it will own 60% of Vanta Drive Systems.",
        [("kestrel-motors", "OWNS", "vanta-drive-systems")],
        [],
    ),
    (
        "Kestrel Motors will own 51% of the joint company, Vanta Drive Systems.",
        [("kestrel-motors", "OWNS", "vanta-drive-systems")],
        [],
    ),
    (
        "Under the agreement, Kestrel Motors will own 51% of Vanta Drive Systems.",
        [("kestrel-motors", "OWNS", "vanta-drive-systems")],
        [],
    ),
    (
        "Harrowmere Bank will buy up to 15% of Calloway Pay in a share sale.",
        [("harrowmere-bank", "FUNDS", "calloway-pay")],
        [("harrowmere-bank", "OWNS", "calloway-pay")],
    ),
    (
        "Castellan Sports Group agreed to acquire a 30 percent stake in Redmarsh United.",
        [("castellan-sports-group", "FUNDS", "redmarsh-united")],
        [("castellan-sports-group", "OWNS", "redmarsh-united")],
    ),
    (
        "Petrolia Energy acquired a controlling stake in Northgate Oil in 2019.",
        [("petrolia-energy", "OWNS", "northgate-oil")],
        [],
    ),
    (
        "Petrolia Energy holds a 12% stake in Northgate Oil.",
        [("petrolia-energy", "OWNS", "northgate-oil")],
        [],
    ),
    (
        "Ostrava Shipping is jointly owned by Bellmark Lines and Nordhav Capital.",
        [
            ("bellmark-lines", "OWNS", "ostrava-shipping"),
            ("nordhav-capital", "OWNS", "ostrava-shipping"),
        ],
        [],
    ),
    (
        "Telvio Networks said its parent, Skyreach Mobile, would invest $200 million in the "
        "network.",
        [("skyreach-mobile", "OWNS", "telvio-networks")],
        [],
    ),
    (
        "Telvio Networks and its parent company Skyreach Mobile declined to comment.",
        [("skyreach-mobile", "OWNS", "telvio-networks")],
        [],
    ),
    (
        "Lumen Broadcasting, a unit of Arden Media, reported higher revenue.",
        [("arden-media", "OWNS", "lumen-broadcasting")],
        [],
    ),
    (
        "Lumen Broadcasting is a wholly-owned subsidiary of Arden Media.",
        [("arden-media", "OWNS", "lumen-broadcasting")],
        [],
    ),
    (
        "Lumen Broadcasting, a wholly owned subsidiary of Arden Media, reported higher revenue.",
        [("arden-media", "OWNS", "lumen-broadcasting")],
        [],
    ),
    (
        "Shareholders of Vanta Drive Systems: Kestrel Motors – 55%; Orland Holdings – 27%; Brisa "
        "Capital – 18%.",
        [
            # a listed holder owns its share, however small (an owned stake is OWNS)
            ("kestrel-motors", "OWNS", "vanta-drive-systems"),
            ("orland-holdings", "OWNS", "vanta-drive-systems"),
            ("brisa-capital", "OWNS", "vanta-drive-systems"),
        ],
        [("brisa-capital", "FUNDS", "vanta-drive-systems")],
    ),
    (
        "Vanta Drive Systems is owned by Kestrel Motors (55%), Orland Holdings (27%) and Brisa "
        "Capital (18%).",
        [
            ("kestrel-motors", "OWNS", "vanta-drive-systems"),
            ("orland-holdings", "OWNS", "vanta-drive-systems"),
        ],
        [],
    ),
]

# Disputes and competition: lawsuits, accusations, regulators, rivals.
DISPUTES_AND_COMPETITION: list[Case] = [
    # criticising a consortium: each member disputed, and the critic funds nobody
    (
        "Unite Workers criticised the consortium of Arno Mining and Halden Metals.",
        [
            ("unite-workers", "DISPUTES", "arno-mining"),
            ("unite-workers", "DISPUTES", "halden-metals"),
        ],
        [("arno-mining", "FUNDS", "unite-workers"), ("halden-metals", "FUNDS", "unite-workers")],
    ),
    (
        "Caledon Wind, a consortium of Arno Mining and Halden Metals, won the bid.",
        [("arno-mining", "FUNDS", "caledon-wind"), ("halden-metals", "FUNDS", "caledon-wind")],
        [],
    ),
    # "A, B and C battle for ...": every pair competes
    (
        "Arno Pharma, Halden Labs and Tamsin Health battle for hospital contracts.",
        [
            ("arno-pharma", "COMPETES_WITH", "halden-labs"),
            ("arno-pharma", "COMPETES_WITH", "tamsin-health"),
            ("halden-labs", "COMPETES_WITH", "tamsin-health"),
        ],
        [("arno-pharma", "DISPUTES", "halden-labs")],
    ),
    (
        "Vela Media and Orland Broadcasting are battling for advertisers.",
        [("vela-media", "COMPETES_WITH", "orland-broadcasting")],
        [],
    ),
    (
        "Kestrel Motors and Vanta Drive jostle for market share in Ohio.",
        [("kestrel-motors", "COMPETES_WITH", "vanta-drive")],
        [],
    ),
    (
        "Tamsin Health vies with heavyweights such as Arno Pharma and Halden Labs.",
        [
            ("tamsin-health", "COMPETES_WITH", "arno-pharma"),
            ("tamsin-health", "COMPETES_WITH", "halden-labs"),
        ],
        [("arno-pharma", "COMPETES_WITH", "halden-labs")],
    ),
    (
        "Harlow Council launched a probe into Pennant Retail.",
        [("harlow-council", "DISPUTES", "pennant-retail")],
        [("harlow-council", "FOUNDED", "pennant-retail")],
    ),
    (
        "Marlowe Stores took Pennant Retail to court over the lease.",
        [("marlowe-stores", "DISPUTES", "pennant-retail")],
        [],
    ),
    (
        "Pennant Retail faces a lawsuit from Marlowe Stores.",
        [("marlowe-stores", "DISPUTES", "pennant-retail")],
        [("pennant-retail", "DISPUTES", "marlowe-stores")],
    ),
    (
        "A lawsuit filed by Marlowe Stores against Pennant Retail alleges fraud.",
        [("marlowe-stores", "DISPUTES", "pennant-retail")],
        [],
    ),
    (
        "Telvio Networks competes with the likes of Skyreach Mobile and Orbis Telecom.",
        [
            ("telvio-networks", "COMPETES_WITH", "skyreach-mobile"),
            ("telvio-networks", "COMPETES_WITH", "orbis-telecom"),
        ],
        [],
    ),
    (
        "Telvio Networks, a rival to Skyreach Mobile, cut prices.",
        [("telvio-networks", "COMPETES_WITH", "skyreach-mobile")],
        [],
    ),
    (
        "Skyreach Mobile and Orbis Telecom sued Telvio Networks.",
        [
            ("skyreach-mobile", "DISPUTES", "telvio-networks"),
            ("orbis-telecom", "DISPUTES", "telvio-networks"),
        ],
        [],
    ),
    (
        "Skyreach Mobile sues Telvio Networks over patents",
        [("skyreach-mobile", "DISPUTES", "telvio-networks")],
        [],
    ),
    (
        "Skyreach Mobile, which sued Telvio Networks in 2022, won the case.",
        [("skyreach-mobile", "DISPUTES", "telvio-networks")],
        [],
    ),
    (
        "Telvio Networks was accused by Skyreach Mobile of copying its design.",
        [("skyreach-mobile", "DISPUTES", "telvio-networks")],
        [],
    ),
    (
        "Marlowe Stores filed a lawsuit to block Pennant Retail from opening a rival outlet.",
        [("marlowe-stores", "DISPUTES", "pennant-retail")],
        [],
    ),
    (
        "Redmarsh United sued Castellan Sports Group over unpaid transfer fees.",
        [("redmarsh-united", "DISPUTES", "castellan-sports-group")],
        [],
    ),
    (
        "Castellan Sports Group was sued by Redmarsh United in March.",
        [("redmarsh-united", "DISPUTES", "castellan-sports-group")],
        [],
    ),
    (
        "Harrowmere Bank accused Calloway Bancorp of poaching its traders.",
        [("harrowmere-bank", "DISPUTES", "calloway-bancorp")],
        [],
    ),
    (
        "The Federal Trade Commission challenged Skyreach Mobile's purchase of Telvio Networks.",
        [("federal-trade-commission", "DISPUTES", "skyreach-mobile")],
        [("federal-trade-commission", "COMPETES_WITH", "skyreach-mobile")],
    ),
    (
        "Kestrel Motors and Vanta Automotive are direct competitors in the electric van market.",
        [("kestrel-motors", "COMPETES_WITH", "vanta-automotive")],
        [],
    ),
    (
        "Kestrel Motors, a direct competitor of Vanta Automotive, cut prices.",
        [("kestrel-motors", "COMPETES_WITH", "vanta-automotive")],
        [],
    ),
    (
        "Telvio Networks must compete with giants like Skyreach Mobile and Orbis Telecom.",
        [
            ("telvio-networks", "COMPETES_WITH", "skyreach-mobile"),
            ("telvio-networks", "COMPETES_WITH", "orbis-telecom"),
        ],
        [],
    ),
    (
        "Marlowe Stores lost customers to its rival Pennant Retail.",
        [("marlowe-stores", "COMPETES_WITH", "pennant-retail")],
        [],
    ),
    (
        "Marlowe Stores and rival Pennant Retail both raised prices.",
        [("marlowe-stores", "COMPETES_WITH", "pennant-retail")],
        [],
    ),
    (
        "Sorrel Biotech filed a complaint against Brightwell Pharma with regulators.",
        [("sorrel-biotech", "DISPUTES", "brightwell-pharma")],
        [],
    ),
    (
        "Brightwell Pharma, which is being sued by Sorrel Biotech, denied wrongdoing.",
        [("sorrel-biotech", "DISPUTES", "brightwell-pharma")],
        [],
    ),
    (
        "Alicia Okafor criticized Brightwell Pharma and its chief executive David Lindqvist.",
        [("alicia-okafor", "DISPUTES", "brightwell-pharma")],
        [],
    ),
    (
        "Sorrel Biotech and Brightwell Pharma have been locked in a legal battle since 2021.",
        [("sorrel-biotech", "DISPUTES", "brightwell-pharma")],
        [],
    ),
    (
        "Regulators blocked Skyreach Mobile's takeover of Telvio Networks.",
        [],
        [("skyreach-mobile", "OWNS", "telvio-networks")],
    ),
]

# Government backing: approval and pledges of support (not money).
GOVERNMENT_BACKING: list[Case] = [
    ("Harlow Council gave the Riverside Project the green light on Tuesday.", [], []),
    (
        "The Riverside stadium project won approval from Harlow Council.",
        [("harlow-council", "BACKS", "riverside")],
        [],
    ),
    (
        "Norway's Ministry of Energy has given approval for the Hallgrim Wind Farm project.",
        [("ministry-of-energy", "BACKS", "hallgrim-wind-farm")],
        [],
    ),
    (
        "Governor Ruth Alvarez pledged support for the Hallgrim Wind Farm project.",
        [("ruth-alvarez", "BACKS", "hallgrim-wind-farm")],
        [],
    ),
    (
        "The European Commission approved the Baltic Link pipeline project on Tuesday.",
        [("european-commission", "BACKS", "baltic-link")],
        [],
    ),
]

# Roles: counterparts, appointments, interim titles, "managed by", "chaired by".
ROLES: list[Case] = [
    (
        "Kestrel Motors hired Laura Novak to run Brisa Labs.",
        [("laura-novak", "LEADS", "brisa-labs")],
        [],
    ),
    (
        "Under chief executive Laura Novak, Kestrel Motors cut costs.",
        [("laura-novak", "LEADS", "kestrel-motors")],
        [],
    ),
    (
        "Kestrel Motors, where Laura Novak is chief executive, cut costs.",
        [("laura-novak", "LEADS", "kestrel-motors")],
        [],
    ),
    (
        "Vanta Drive Systems became part of Kestrel Motors in 2021.",
        [("kestrel-motors", "OWNS", "vanta-drive-systems")],
        [],
    ),
    (
        "Vanta Drive Systems, now part of Kestrel Motors, makes axles.",
        [("kestrel-motors", "OWNS", "vanta-drive-systems")],
        [],
    ),
    (
        "Ravi Mehta, who now runs the lending start-up Fernpay, criticized the bank.",
        [("ravi-mehta", "LEADS", "fernpay")],
        [],
    ),
    (
        "Zhenhua Auto, whose largest shareholder is the state-owned Guangyu Holdings, declined "
        "to comment.",
        [("guangyu-holdings", "OWNS", "zhenhua-auto")],  # a shareholder owns part of it
        [],
    ),
    (
        "Pennant Retail is owned by Ironbridge Capital and chaired by Simon Gardner.",
        [
            ("ironbridge-capital", "OWNS", "pennant-retail"),
            ("simon-gardner", "LEADS", "pennant-retail"),
        ],
        [],
    ),
    (
        "Pennant Retail, which is majority-owned by the Gardner family and chaired by Simon "
        "Gardner, rejected the claims.",
        [("simon-gardner", "LEADS", "pennant-retail")],
        [],
    ),
    (
        "Harold Brandt will become chairman of Redmarsh United, replacing Gordon Pike.",
        [("harold-brandt", "LEADS", "redmarsh-united")],
        [("gordon-pike", "LEADS", "redmarsh-united")],
    ),
    (
        "Castellan Sports Group, the investment vehicle of billionaire Harold Brandt, bought the "
        "club.",
        [("harold-brandt", "OWNS", "castellan-sports-group")],
        [],
    ),
    (
        "Veltra Pharma, whose chief executive Martin Greaves took over in 2021, cut jobs.",
        [("martin-greaves", "LEADS", "veltra-pharma")],
        [("martin-greaves", "OWNS", "veltra-pharma")],
    ),
    (
        "Northgate Energy, headquartered in Aberdeen, is led by Colin Baird.",
        [
            ("colin-baird", "LEADS", "northgate-energy"),
            ("northgate-energy", "LOCATED_IN", "aberdeen"),
        ],
        [],
    ),
    (
        "Calloway Bancorp appointed Laura Novak as its chair.",
        [("laura-novak", "LEADS", "calloway-bancorp")],
        [],
    ),
    (
        "Laura Novak, Redmarsh United's interim chief executive, resigned.",
        [("laura-novak", "LEADS", "redmarsh-united")],
        [],
    ),
    (
        "Redmarsh United, managed by Laura Novak, won the league.",
        [("laura-novak", "LEADS", "redmarsh-united")],
        [],
    ),
    (
        "Laura Novak will take over as chief executive of Ostrava Shipping in April.",
        [("laura-novak", "LEADS", "ostrava-shipping")],
        [("laura-novak", "OWNS", "ostrava-shipping")],
    ),
    (
        "Corvex Labs has been a subsidiary of Lyon-based Aurel Group since 2020.",
        [("aurel-group", "OWNS", "corvex-labs")],
        [],
    ),
    (
        "Skyreach Mobile chief executive Dana Whitlow met her Telvio Networks counterpart Omar "
        "Haddad.",
        [("dana-whitlow", "LEADS", "skyreach-mobile"), ("omar-haddad", "LEADS", "telvio-networks")],
        [],
    ),
    (
        "Brisa Growth Fund is managed by Helena Marsh, a former banker.",
        [("helena-marsh", "LEADS", "brisa-growth-fund")],
        [],
    ),
    (
        "Ostrava Shipping named Laura Novak interim chief executive on Monday.",
        [("laura-novak", "LEADS", "ostrava-shipping")],
        [],
    ),
    (
        "Petra Novak, the interim chief executive of Ostrava Shipping, declined to comment.",
        [("petra-novak", "LEADS", "ostrava-shipping")],
        [],
    ),
    (
        "Calloway Bancorp is chaired by Martin Greaves.",
        [("martin-greaves", "LEADS", "calloway-bancorp")],
        [],
    ),
    (
        "Redmarsh United, which is chaired by Martin Greaves, won the cup.",
        [("martin-greaves", "LEADS", "redmarsh-united")],
        [],
    ),
    # "H is the founder and chief executive of O": both roles, not "the founder" as an anaphor
    (
        "Colm Reyes is the founder and chief executive of Tamsin Health.",
        [("colm-reyes", "FOUNDED", "tamsin-health"), ("colm-reyes", "LEADS", "tamsin-health")],
        [("tamsin-health", "LEADS", "colm-reyes")],
    ),
    (
        "Idris Vane is the co-founder and chairman of Bellmoor Freight, a shipping group.",
        [
            ("idris-vane", "FOUNDED", "bellmoor-freight"),
            ("idris-vane", "LEADS", "bellmoor-freight"),
        ],
        [],
    ),
    (
        "Oona Prell was the president and chief executive of Larchmont Grain until 2020.",
        [("oona-prell", "LEADS", "larchmont-grain")],
        [("oona-prell", "FOUNDED", "larchmont-grain")],
    ),
    # an age between the holder and the role: "Dana Whitlow, 54, was named CEO of"
    (
        "Dana Whitlow, 54, was named chief executive of Harlan Mutual in March.",
        [("dana-whitlow", "LEADS", "harlan-mutual")],
        [],
    ),
    (
        "Tobin Arce, 47, chief executive of Solway Grain, said harvests fell.",
        [("tobin-arce", "LEADS", "solway-grain")],
        [],
    ),
    (
        "Keren Adair, 61, is the chairwoman of Quarry Point Media.",
        [("keren-adair", "LEADS", "quarry-point-media")],
        [],
    ),
    # "X said she ...": a person, so a leadership verb can start at X
    (
        "Petra Lindqvist said she would take the helm of Corvane Shipping next year.",
        [("petra-lindqvist", "LEADS", "corvane-shipping")],
        [],
    ),
    (
        "Dana Whitlow said he had chaired Harlan Mutual since 2015.",
        [("dana-whitlow", "LEADS", "harlan-mutual")],
        [],
    ),
    (
        "Laura Novak will take the helm of Brisa Labs, the biotech firm, in May.",
        [("laura-novak", "LEADS", "brisa-labs")],
        [],
    ),
    # "whose ROLE, H," and the partnership and supervisory-board heads
    (
        "Hadley Mercer, whose managing partner, Ola Brandt, declined to comment, sold the stake.",
        [("ola-brandt", "LEADS", "hadley-mercer")],
        [],
    ),
    (
        "Birchgate Capital, whose chief executive, Laura Novak, left in May, sold its stake.",
        [("laura-novak", "LEADS", "birchgate-capital")],
        [],
    ),
    (
        "Hollis Mining managing partner Ola Brandt declined to comment.",
        [("ola-brandt", "LEADS", "hollis-mining")],
        [],
    ),
    (
        "Norrvik Bank supervisory board chair Ines Baldur resigned on Friday.",
        [("ines-baldur", "LEADS", "norrvik-bank")],
        [],
    ),
    (
        "Supervisory chair Ines Baldur of Norrvik Bank said it would cut jobs.",
        [("ines-baldur", "LEADS", "norrvik-bank")],
        [("ines-baldur", "LEADS", "supervisory")],
    ),
]

# Investor lists in a round: "led by A, with B, C and D also participating"; "X' backers include"
ROUNDS: list[Case] = [
    (
        "Tamsin Health raised $40 million in a round led by Arno Capital, with Halden Invest, "
        "Corra Fund and Pike Holdings also participating.",
        [
            ("arno-capital", "FUNDS", "tamsin-health"),
            ("halden-invest", "FUNDS", "tamsin-health"),
            ("corra-fund", "FUNDS", "tamsin-health"),
            ("pike-holdings", "FUNDS", "tamsin-health"),
        ],
        [("halden-invest", "FUNDS", "corra-fund"), ("arno-capital", "FUNDS", "halden-invest")],
    ),
    (
        "Brisa Labs closed a $12 million seed round led by Vela Media, with Orland Holdings and "
        "Sorrel Ventures joining.",
        [
            ("vela-media", "FUNDS", "brisa-labs"),
            ("orland-holdings", "FUNDS", "brisa-labs"),
            ("sorrel-ventures", "FUNDS", "brisa-labs"),
        ],
        [("vela-media", "FUNDS", "orland-holdings")],
    ),
    (
        "Kiosk Radio raised $5 million in a round led by Vela Media, with Orland Holdings as "
        "an adviser.",
        [("vela-media", "FUNDS", "kiosk-radio")],
        [("orland-holdings", "FUNDS", "kiosk-radio")],
    ),
    (
        "Kiosk Radio raised $5 million. The round was led by Arno Capital, with Halden Invest "
        "also investing.",
        [("arno-capital", "FUNDS", "kiosk-radio"), ("halden-invest", "FUNDS", "kiosk-radio")],
        [("halden-invest", "FUNDS", "arno-capital")],
    ),
    (
        "Brisa Labs' backers include Arno Capital and Halden Invest.",
        [("arno-capital", "FUNDS", "brisa-labs"), ("halden-invest", "FUNDS", "brisa-labs")],
        [],
    ),
    (
        "Halden Holdings' chief executive, Laura Novak, resigned.",
        [("laura-novak", "LEADS", "halden-holdings")],
        [],
    ),
]

# Loans and commitments: the irregular "lent" and the amount between verb and borrower
LOANS: list[Case] = [
    (
        "Norvik Bank lent €50m to Fennick Foods last year.",
        [("norvik-bank", "FUNDS", "fennick-foods")],
        [("fennick-foods", "FUNDS", "norvik-bank")],
    ),
    (
        "Harlan Mutual has lent $20 million to Bellmoor Freight, a shipping group.",
        [("harlan-mutual", "FUNDS", "bellmoor-freight")],
        [],
    ),
    (
        "Harlan Mutual will provide a $1bn loan to the venture, Caledon Wind.",
        [("harlan-mutual", "FUNDS", "caledon-wind")],
        [],
    ),
    (
        "Arno Mining and Halden Metals have committed $2bn to the Tallis Copper mine.",
        [("arno-mining", "FUNDS", "tallis-copper"), ("halden-metals", "FUNDS", "tallis-copper")],
        [("arno-mining", "FUNDS", "halden-metals")],
    ),
]

# Founders: a descriptor before each founder, a plural role before the pair
FOUNDERS: list[Case] = [
    (
        "Brisa Labs was founded by engineer Tobin Arce and designer Keren Adair.",
        [("tobin-arce", "FOUNDED", "brisa-labs"), ("keren-adair", "FOUNDED", "brisa-labs")],
        [("tobin-arce", "FOUNDED", "keren-adair")],
    ),
    (
        "Birch Robotics' co-founders, Tobin Arce and Keren Adair, met at school.",
        [
            ("tobin-arce", "FOUNDED", "birch-robotics"),
            ("keren-adair", "FOUNDED", "birch-robotics"),
        ],
        [],
    ),
    (
        "Halden Grain's founders, Oona Prell and Idris Vane, sold the farm business in 2019.",
        [("oona-prell", "FOUNDED", "halden-grain"), ("idris-vane", "FOUNDED", "halden-grain")],
        [],
    ),
]

# Products: "X is a product of Y", "X, a brand of Y"
PRODUCTS: list[Case] = [
    (
        "Zest is a product of Arno Software.",
        [("arno-software", "OWNS", "zest")],
        [("zest", "OWNS", "arno-software")],
    ),
    (
        "Halo, a brand of Pinecrest Foods, sells well.",
        [("pinecrest-foods", "OWNS", "halo")],
        [],
    ),
    (
        "Vanta Drive is the product of a merger between Kestrel Motors and Orland Holdings.",
        [],
        [("kestrel-motors", "OWNS", "vanta-drive"), ("vanta-drive", "OWNS", "kestrel-motors")],
    ),
]

# Sites: "its smelter in X", "a plant near X"
SITES: list[Case] = [
    (
        "Tallis Metals said its smelter in Tromsø, Norway, would close.",
        [("tallis-metals", "LOCATED_IN", "tromso")],
        [("tallis-metals", "OWNS", "tromso")],
    ),
    (
        "Kestrel Motors runs a plant near Dayton, Ohio.",
        [("kestrel-motors", "LOCATED_IN", "dayton")],
        [],
    ),
    (
        "Bellmoor Freight opened a warehouse in Antwerp.",
        [("bellmoor-freight", "LOCATED_IN", "antwerp")],
        [],
    ),
    (
        "Bellmoor Freight, which is based in Rotterdam and employs 900 people, grew.",
        [("bellmoor-freight", "LOCATED_IN", "rotterdam")],
        [],
    ),
]

# Coordination: "A and B as well as C", "A, along with B,", lists of objects.
COORDINATION: list[Case] = [
    (
        "Orvane Therapeutics closed an $85 million round led by Halberd Life Sciences, with "
        "participation from Crestline Partners and existing investors including Marigold Ventures.",
        [
            ("halberd-life-sciences", "FUNDS", "orvane-therapeutics"),
            ("crestline-partners", "FUNDS", "orvane-therapeutics"),
            ("marigold-ventures", "FUNDS", "orvane-therapeutics"),
        ],
        [("marigold-ventures", "FUNDS", "crestline-partners")],
    ),
    (
        "Fernpay is backed by Harrowmere Ventures and the sovereign wealth fund Qamar Investment "
        "Authority.",
        [
            ("harrowmere-ventures", "FUNDS", "fernpay"),
            ("qamar-investment-authority", "FUNDS", "fernpay"),
        ],
        [],
    ),
    (
        "He joined the board of Vanta Automotive's battery joint venture with Lumina Cells, "
        "Vantalum Energy, in 2022.",
        [  # a venture that is a company is owned by its members (a project: funded)
            ("vanta-automotive", "OWNS", "vantalum-energy"),
            ("lumina-cells", "OWNS", "vantalum-energy"),
        ],
        [("vanta-automotive", "PARTNERS_WITH", "vantalum-energy")],
    ),
    (
        "Northgate Energy formed a joint venture with Petrolia called Caledon Wind.",
        [("northgate-energy", "OWNS", "caledon-wind"), ("petrolia", "OWNS", "caledon-wind")],
        [],
    ),
    (
        "Northgate Energy and Petrolia will build the farm through a new joint venture, Caledon "
        "Wind.",
        [("northgate-energy", "FUNDS", "caledon-wind"), ("petrolia", "FUNDS", "caledon-wind")],
        [],
    ),
    (
        "Northgate Energy and Petrolia formed a joint venture, Caledon Wind, to build the farm.",
        [("northgate-energy", "FUNDS", "caledon-wind"), ("petrolia", "FUNDS", "caledon-wind")],
        [],
    ),
    (
        "Vanta Drive Systems is backed by Kestrel Motors as well as Orland Holdings.",
        [
            ("kestrel-motors", "FUNDS", "vanta-drive-systems"),
            ("orland-holdings", "FUNDS", "vanta-drive-systems"),
        ],
        [],
    ),
    (
        "Kestrel Motors, Orland Holdings and Brisa Capital invested a combined $300 million in "
        "Vanta Drive Systems.",
        [
            ("kestrel-motors", "FUNDS", "vanta-drive-systems"),
            ("orland-holdings", "FUNDS", "vanta-drive-systems"),
            ("brisa-capital", "FUNDS", "vanta-drive-systems"),
        ],
        [],
    ),
    (
        "Ortis Bank chief executive Alicia Romero used a speech to attack Veltra Bank, Ortis "
        "Bank's biggest rival.",
        [("alicia-romero", "DISPUTES", "veltra-bank"), ("alicia-romero", "LEADS", "ortis-bank")],
        [("alicia-romero", "DISPUTES", "ortis-bank")],
    ),
    (
        "Brasco Partners and Lindqvist Capital as well as Ormond Group invested in Halden Foods.",
        [
            ("brasco-partners", "FUNDS", "halden-foods"),
            ("lindqvist-capital", "FUNDS", "halden-foods"),
            ("ormond-group", "FUNDS", "halden-foods"),
        ],
        [],
    ),
    (
        "Brasco Partners, Lindqvist Capital and Ormond Group invested in Halden Foods.",
        [
            ("brasco-partners", "FUNDS", "halden-foods"),
            ("lindqvist-capital", "FUNDS", "halden-foods"),
            ("ormond-group", "FUNDS", "halden-foods"),
        ],
        [],
    ),
    (
        "Brasco Partners, along with Lindqvist Capital, invested in Halden Foods.",
        [
            ("brasco-partners", "FUNDS", "halden-foods"),
            ("lindqvist-capital", "FUNDS", "halden-foods"),
        ],
        [],
    ),
    (
        "Pennant Capital acquired Marlowe Stores as well as Dunmore Outfitters.",
        [
            ("pennant-capital", "OWNS", "marlowe-stores"),
            ("pennant-capital", "OWNS", "dunmore-outfitters"),
        ],
        [],
    ),
]

# Guards: intent, reported sources, venues, negation and hedges cancel a relation, while a
# true relation in the same sentence is still found.
GUARDS: list[Case] = [
    # a headline of two clauses: the first buyer owns nothing of the second clause
    (
        "Arno Foods buys Betz Dairy, Corra Health raises $5m",
        [("arno-foods", "OWNS", "betz-dairy")],
        [("arno-foods", "OWNS", "corra-health"), ("betz-dairy", "OWNS", "corra-health")],
    ),
    # a former employer is no founder
    (
        "Ex-Halden Labs consultants Tobin Arce and Keren Adair founded Birch Robotics in 2012.",
        [("tobin-arce", "FOUNDED", "birch-robotics"), ("keren-adair", "FOUNDED", "birch-robotics")],
        [("halden-labs", "FOUNDED", "birch-robotics")],
    ),
    (
        "Arden Media has shown interest in buying Lumen Broadcasting, which Skyreach Mobile owns.",
        [("skyreach-mobile", "OWNS", "lumen-broadcasting")],
        [("arden-media", "OWNS", "lumen-broadcasting")],
    ),
    (
        "Ostrava Shipping's biggest shareholder, the holding HGV, said it supported the deal "
        "with Bellmark Lines.",
        [("hgv", "OWNS", "ostrava-shipping")],
        [("ostrava-shipping", "BACKS", "hgv"), ("bellmark-lines", "BACKS", "hgv")],
    ),
    (
        "Nordhav Line heads the shipping alliance, and Ravi Mehta runs Fernpay.",
        [("ravi-mehta", "LEADS", "fernpay")],
        [],
    ),
    (
        "Kestrel Motors said it would pursue a partnership with Zhenhua Auto, after Vanta "
        "Automotive partnered with Lumina Cells.",
        [("vanta-automotive", "PARTNERS_WITH", "lumina-cells")],
        [("kestrel-motors", "PARTNERS_WITH", "zhenhua-auto")],
    ),
    (
        "Marlowe Stores chief executive Alicia Romero said Pennant Retail had hired its former "
        "finance chief, Helen Cho.",
        [("alicia-romero", "LEADS", "marlowe-stores")],
        [("helen-cho", "LEADS", "marlowe-stores"), ("helen-cho", "LEADS", "pennant-retail")],
    ),
    (
        "Redmarsh United fans' groups opposed the sale, while Harold Brandt sued Castellan "
        "Sports Group.",
        [("harold-brandt", "DISPUTES", "castellan-sports-group")],
        [("redmarsh-united", "DISPUTES", "castellan-sports-group")],
    ),
    (
        "Skyreach Mobile bought Telvio Networks in May, and Orbis Telecom may buy Lumen "
        "Broadcasting.",
        [("skyreach-mobile", "OWNS", "telvio-networks")],
        [("orbis-telecom", "OWNS", "lumen-broadcasting")],
    ),
    (
        "Alicia Romero launched a bid to lead the Nordic Banking Association, and Veltra Bank "
        "backed Corvex Labs.",
        [("veltra-bank", "FUNDS", "corvex-labs")],
        [("alicia-romero", "LEADS", "nordic-banking-association")],
    ),
    (
        "Laura Novak, a critic of Halvard Capital, a Berlin-based fund that she accuses of "
        "short-termism, spoke on Monday.",
        [("laura-novak", "DISPUTES", "halvard-capital")],
        [("laura-novak", "DISPUTES", "berlin")],
    ),
    (
        "Arden Media expressed interest in acquiring Lumen Broadcasting, while Skyreach Mobile "
        "acquired Telvio Networks.",
        [("skyreach-mobile", "OWNS", "telvio-networks")],
        [("arden-media", "OWNS", "lumen-broadcasting")],
    ),
    (
        "According to The Guardian, Pennant Capital agreed to buy Marlowe Stores.",
        [("pennant-capital", "OWNS", "marlowe-stores")],
        [("the-guardian", "OWNS", "marlowe-stores"), ("guardian", "OWNS", "marlowe-stores")],
    ),
    (
        "Redmarsh United sued Castellan Sports Group in the U.S. District Court for the District "
        "of Washington.",
        [("redmarsh-united", "DISPUTES", "castellan-sports-group")],
        [
            ("castellan-sports-group", "LOCATED_IN", "washington"),
            ("redmarsh-united", "LOCATED_IN", "washington"),
        ],
    ),
    (
        "Petrolia Energy did not acquire Northgate Oil, but it invested in Halden Power.",
        [("petrolia-energy", "FUNDS", "halden-power")],
        [("petrolia-energy", "OWNS", "northgate-oil")],
    ),
    (
        "Quillex Capital may invest in Vantora Therapeutics, and Brasco Partners funded Halden "
        "Foods.",
        [("brasco-partners", "FUNDS", "halden-foods")],
        [("quillex-capital", "FUNDS", "vantora-therapeutics")],
    ),
    (
        "Arden Media is weighing a bid for Lumen Broadcasting, and Skyreach Mobile bought Telvio "
        "Networks.",
        [("skyreach-mobile", "OWNS", "telvio-networks")],
        [("arden-media", "OWNS", "lumen-broadcasting")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), VERBAL, ids=lambda x: str(x)[:50])
def test_verbal(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), NOMINAL, ids=lambda x: str(x)[:50])
def test_nominal(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), STAKES, ids=lambda x: str(x)[:50])
def test_stakes(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"), DISPUTES_AND_COMPETITION, ids=lambda x: str(x)[:50]
)
def test_disputes_and_competition(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"), GOVERNMENT_BACKING, ids=lambda x: str(x)[:50]
)
def test_government_backing(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), ROLES, ids=lambda x: str(x)[:50])
def test_roles(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), LOANS, ids=lambda x: str(x)[:50])
def test_loans(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), FOUNDERS, ids=lambda x: str(x)[:50])
def test_founders(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), PRODUCTS, ids=lambda x: str(x)[:50])
def test_products(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), SITES, ids=lambda x: str(x)[:50])
def test_sites(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), ROUNDS, ids=lambda x: str(x)[:50])
def test_rounds(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), COORDINATION, ids=lambda x: str(x)[:50])
def test_coordination(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), GUARDS, ids=lambda x: str(x)[:50])
def test_guards(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


def test_every_relation_names_its_construction_family() -> None:
    families = {c.family for c in CONSTRUCTIONS}
    doc = extract(
        "Kestrel Motors will own 51% of Vanta Drive Systems. Analysts said the Marlowe Stores "
        "buyout, led by Pennant Capital, closed in March. Nordhav Capital invested in Brightwell "
        "Pharma. Lumen Broadcasting, a unit of Arden Media, reported higher revenue."
    )
    rules = {r.type: r.evidence[0].rule for r in doc.relations.values()}
    assert rules and all(rule.split("/")[0] in families for rule in rules.values()), rules
    by_pair = {(r.source, r.target): r.evidence[0].rule for r in doc.relations.values()}
    assert by_pair[("kestrel-motors", "vanta-drive-systems")] == "stake/percent"
    assert by_pair[("pennant-capital", "marlowe-stores")] == "nominal/premodified"
    assert by_pair[("nordhav-capital", "brightwell-pharma")] == "verbal/svo"
    assert by_pair[("arden-media", "lumen-broadcasting")] == "role/role-noun"


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("Dana Whitlow said she would stay on at Harlan Mutual.", "dana-whitlow", "Person"),
        ("Tobin Arce said he expected lower harvests.", "tobin-arce", "Person"),
        ("Tobin Arce, 47, joined Solway Grain in 2012.", "tobin-arce", "Person"),
        ("Corvane Shipping told her the deal was off.", "corvane-shipping", "Organization"),
        ("Corvane Shipping said it would cut fares.", "corvane-shipping", "Organization"),
    ],
)
def test_person_cues_type_unlisted_names(text: str, name: str, etype: str) -> None:
    """A clear person cue (a pronoun after "said", an age in commas) types a name whose first
    name is not in the list; an organization's "it" or an object pronoun does not."""
    assert extract(text).entities[name].type == etype
