"""Stakes family constructions: OWNS, FUNDS and BACKS, one invented sentence per variant.

Each case is (text, relations that must be found, relations that must not be). The conventions
are those of `tests/fixtures/articles/README.md`: an owned stake of any size is OWNS, buying a
minority stake is FUNDS, a project is funded rather than owned, backing without money is BACKS.
Sectors vary on purpose; every name is invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

# Held stakes: whoever holds shares owns part of the company, whatever the size.
HELD: list[Case] = [
    (  # banking, possessive stake with no verb
        "Orland Group's 30% stake in Calloway Pay is now worth $2 billion.",
        [("orland-group", "OWNS", "calloway-pay")],
        [("orland-group", "FUNDS", "calloway-pay")],
    ),
    (  # insurance, "its stake", pronoun possessor
        "Harrowgate Re said its stake in Lindel Insurance had doubled in value.",
        [("harrowgate-re", "OWNS", "lindel-insurance")],
        [],
    ),
    (  # retail, plural possessive with a bare apostrophe
        "Penner Holdings' 12 per cent holding in Dray Stores is up for sale.",
        [("penner-holdings", "OWNS", "dray-stores")],
        [],
    ),
    (  # guard: a stake being sold is no holding
        "The sale of Orland Group's 20% stake in Calloway Pay was completed on Friday.",
        [],
        [("orland-group", "OWNS", "calloway-pay"), ("orland-group", "FUNDS", "calloway-pay")],
    ),
    (  # guard: interest is intent, not a stake
        "Orland Group's interest in Calloway Pay has cooled, people familiar said.",
        [],
        [("orland-group", "OWNS", "calloway-pay"), ("orland-group", "FUNDS", "calloway-pay")],
    ),
    (  # brewing, an investor noun with a held stake in a relative clause: OWNS, not FUNDS
        "Corvell Brewing, a beer maker, wants to sell. Its largest investor, Helm Capital, which "
        "holds 4.5% of the group, backed the plan.",
        [("helm-capital", "OWNS", "corvell-brewing")],
        [("helm-capital", "FUNDS", "corvell-brewing")],
    ),
    (  # insurance, an investor noun with no stake stated stays FUNDS
        "Lindel Insurance, a motor insurer, is hiring. Its largest investor, Helm Capital, "
        "backed the plan.",
        [("helm-capital", "FUNDS", "lindel-insurance")],
        [("helm-capital", "OWNS", "lindel-insurance")],
    ),
    (  # brewing, a share named as a fraction, coordinated holders
        "Gorsey Capital and Penwick Capital together hold about a third of Corvell Brewing.",
        [
            ("gorsey-capital", "OWNS", "corvell-brewing"),
            ("penwick-capital", "OWNS", "corvell-brewing"),
        ],
        [],
    ),
    (  # guard: a fraction of revenue is no stake
        "Gorsey Capital expects a third of Corvell Brewing's revenue to come from Asia.",
        [],
        [
            ("gorsey-capital", "OWNS", "corvell-brewing"),
            ("gorsey-capital", "FUNDS", "corvell-brewing"),
        ],
    ),
    (  # guard: a fraction of its own staff
        "Harrock Steel cut a quarter of its staff, Olm Group said.",
        [],
        [("harrock-steel", "OWNS", "olm-group"), ("olm-group", "OWNS", "harrock-steel")],
    ),
    (  # mining, gapped shares with a filler word and no comma
        "Hask Capital owns 29% of Drellin Copper and Morrow Partners about 19%.",
        [("hask-capital", "OWNS", "drellin-copper"), ("morrow-partners", "OWNS", "drellin-copper")],
        [],
    ),
    (  # rail, "the rest" as the second share
        "Harrock Steel will own 63% of Delphin Rail Parts and Olm Group the rest.",
        [
            ("harrock-steel", "OWNS", "delphin-rail-parts"),
            ("olm-group", "OWNS", "delphin-rail-parts"),
        ],
        [],
    ),
    (  # autos, owned N% by A and M% by B
        "The venture, called Delphin Drive, will be owned 54% by Maro Steel and 46% by Tessin "
        "Motors.",
        [("maro-steel", "OWNS", "delphin-drive"), ("tessin-motors", "OWNS", "delphin-drive")],
        [],
    ),
    (  # shipping, a shareholder list after "its owners are"
        "Vanta Shipping runs ferries. Its owners are the pension fund Carrow Pensions (46%), the "
        "insurer Lindel Insurance (33%) and Bexley Council (21%).",
        [
            ("carrow-pensions", "OWNS", "vanta-shipping"),
            ("lindel-insurance", "OWNS", "vanta-shipping"),
            ("bexley-council", "OWNS", "vanta-shipping"),
        ],
        [("bexley-council", "FUNDS", "vanta-shipping")],
    ),
    (  # media, a dashed list: a small holder owns its share too
        "Shareholders of Kiosk Media: Arden Press – 55%; Tollan Fund – 27%; Brisa Trust – 18%.",
        [("tollan-fund", "OWNS", "kiosk-media"), ("brisa-trust", "OWNS", "kiosk-media")],
        [("tollan-fund", "FUNDS", "kiosk-media")],
    ),
    (  # agriculture, a shareholder role noun
        "Tarrow Grain, whose largest shareholder is Fenby Mutual, lost money.",
        [("fenby-mutual", "OWNS", "tarrow-grain")],
        [("fenby-mutual", "FUNDS", "tarrow-grain")],
    ),
    (  # mining, the rest held by a second owner
        "Hask Capital owns 60% of Drellin Copper, with the balance held by Morrow Partners.",
        [("hask-capital", "OWNS", "drellin-copper"), ("morrow-partners", "OWNS", "drellin-copper")],
        [],
    ),
    (  # shipping, "while B holds the remainder"
        "Kestrel Lines holds 70% of Vanta Ferries while Orland Maritime holds the remainder.",
        [("kestrel-lines", "OWNS", "vanta-ferries"), ("orland-maritime", "OWNS", "vanta-ferries")],
        [("kestrel-lines", "FUNDS", "orland-maritime")],
    ),
    (  # oil and gas, a stake in a relative clause after a described name (a project: FUNDS)
        "Velmar Energy operates the Dornick gas field, in which it holds a 40% interest.",
        [("velmar-energy", "FUNDS", "dornick")],
        [],
    ),
    (  # brewing, a passive whose agent is a family, and its vehicle
        "Tarrow Brewing is controlled by the Ashcombe family via its investment company, "
        "Ashcombe Holding.",
        [("ashcombe-holding", "OWNS", "tarrow-brewing")],
        [],
    ),
    (  # media, a participle with its agent inside an appositive
        "Tarrow Press, the publisher controlled by Ashcombe Holding, cut jobs.",
        [("ashcombe-holding", "OWNS", "tarrow-press")],
        [],
    ),
    (  # brewing, a holding vehicle named after "via"
        "The Ashcombe family controls Tarrow Brewing via its investment company, Ashcombe Holding.",
        [("ashcombe-holding", "OWNS", "tarrow-brewing")],
        [],
    ),
]

# Buying and selling stakes: a majority bought is OWNS, a minority FUNDS.
TRADED: list[Case] = [
    (  # food, "from its owner, X": "its" is the company bought, not the buyer
        "Dunmore Foods agreed to buy Pike Foods from its owner, Glade Capital.",
        [("glade-capital", "OWNS", "pike-foods"), ("dunmore-foods", "OWNS", "pike-foods")],
        [("glade-capital", "OWNS", "dunmore-foods")],
    ),
    (  # shipping, the same with a parent company
        "Norsk Ferries bought Tarn Line from its parent company, Halvard Group, in May.",
        [("halvard-group", "OWNS", "tarn-line"), ("norsk-ferries", "OWNS", "tarn-line")],
        [("halvard-group", "OWNS", "norsk-ferries")],
    ),
    (  # retail, "as much as" a minority of a described company
        "The supermarket group Penny Stores plans to buy as much as 17% of the delivery start-up "
        "Pakko.",
        [("penny-stores", "FUNDS", "pakko")],
        [("penny-stores", "OWNS", "pakko")],
    ),
    (  # guard: an unnamed subject holds the stake, not the company that speaks
        "Orland Group said its founder owns 30% of Brisa Capital.",
        [],
        [("orland-group", "OWNS", "brisa-capital")],
    ),
    (  # markets: "it" after a speaker is the speaker, not the sentence's first company
        "Orland Group shares rose 8% after Brisa Capital said it would buy 20% of Vanta Motors.",
        [("brisa-capital", "FUNDS", "vanta-motors")],
        [("orland-group", "FUNDS", "vanta-motors")],
    ),
    (  # investment, a stake built up
        "Orland Group has built a 5% stake in Brisa Capital, a filing showed.",
        [("orland-group", "FUNDS", "brisa-capital")],
        [],
    ),
    (  # telecoms, a majority stake sold to a buyer: the buyer owns it
        "Borran Telecom agreed to sell a 58% stake in its fibre unit, Netcable, to the fund "
        "Ashgrove Capital.",
        [("ashgrove-capital", "OWNS", "netcable")],
        [("borran-telecom", "FUNDS", "netcable"), ("ashgrove-capital", "FUNDS", "netcable")],
    ),
    (  # autos, a minority sold: the buyer funds
        "Vanta Motors sold 10% of Lumen Auto to Orland Capital.",
        [("orland-capital", "FUNDS", "lumen-auto")],
        [("orland-capital", "OWNS", "lumen-auto")],
    ),
    (  # software, a company sold to a buyer after a time phrase
        "In 2014 she co-founded GridSprout, a software start-up, and sold it three years later to "
        "Pacton Utilities.",
        [("pacton-utilities", "OWNS", "gridsprout")],
        [],
    ),
    (  # fintech, a company selling a stake in itself
        "Calloway Pay sold a 20% stake to Orland Capital.",
        [("orland-capital", "FUNDS", "calloway-pay")],
        [("calloway-pay", "FUNDS", "orland-capital")],
    ),
    (  # food, the thing sold described in an appositive
        "Orland Group sold Harlow Foods, its snack unit, to Brisa Capital.",
        [("brisa-capital", "OWNS", "harlow-foods")],
        [("harlow-foods", "OWNS", "brisa-capital")],
    ),
    (  # food, "which is now part of"
        "Harlow Foods, which is now part of Brisa Capital, reported results.",
        [("brisa-capital", "OWNS", "harlow-foods")],
        [],
    ),
    (  # food, "belongs to" (the owner after the verb)
        "Brisa Foods has belonged to Orland Group since 2019.",
        [("orland-group", "OWNS", "brisa-foods")],
        [("brisa-foods", "OWNS", "orland-group")],
    ),
    (  # food, a possessed list of acquisitions
        "Orland Group's acquisitions include Brisa Foods and Kestrel Snacks.",
        [("orland-group", "OWNS", "brisa-foods"), ("orland-group", "OWNS", "kestrel-snacks")],
        [],
    ),
    (  # private equity, a portfolio is funded
        "Pell Ventures' portfolio includes Tessa Loom and Vintrel.",
        [("pell-ventures", "FUNDS", "tessa-loom"), ("pell-ventures", "FUNDS", "vintrel")],
        [("pell-ventures", "OWNS", "tessa-loom")],
    ),
    (  # pharma, a pronoun subject of a passive with its agent
        "Corrigan Bio makes generic drugs. It was bought last year by the buyout firm Crestmoor.",
        [("crestmoor", "OWNS", "corrigan-bio")],
        [],
    ),
    (  # aviation, consent to a takeover by the buyer
        "The board of Brisa Air accepted a takeover by Tovar Group.",
        [("tovar-group", "OWNS", "brisa-air")],
        [],
    ),
    (  # aviation, an accepted takeover offer
        "Brisa Air accepted a takeover offer from Tovar Group on Monday.",
        [("tovar-group", "OWNS", "brisa-air")],
        [],
    ),
    (  # guard: an offer that is only made buys nothing
        "Tovar Group made a takeover offer for Brisa Air on Monday.",
        [],
        [("tovar-group", "OWNS", "brisa-air")],
    ),
    (  # paints, an attempt to block a deal does not undo it
        "The regulator sued to block Marvell Paints's purchase of Ocra Coatings.",
        [("marvell-paints", "OWNS", "ocra-coatings")],
        [],
    ),
    (  # guard: a blocked deal never happened
        "Regulators blocked Marvell Paints's purchase of Ocra Coatings in March.",
        [],
        [("marvell-paints", "OWNS", "ocra-coatings")],
    ),
    (  # guard: a price paid buys, paying for a project funds it
        "Orland Group paid $2 billion for Calloway Pay, and Brisa Power will pay for the "
        "Caledon Wind project.",
        [("orland-group", "OWNS", "calloway-pay"), ("brisa-power", "FUNDS", "caledon-wind")],
        [("brisa-power", "OWNS", "caledon-wind")],
    ),
]

# Funding: money verbs, their objects, and the other funders of the same thing.
FUNDING: list[Case] = [
    (  # banking, an amount before the object
        "Calder Union Bank is to fund the last €90 million of Project Harlow's cost.",
        [("calder-union-bank", "FUNDS", "project-harlow")],
        [],
    ),
    (  # energy, a loan noun
        "Ardent Credit is financing the deal with a £550m loan to Thornbury Partners.",
        [("ardent-credit", "FUNDS", "thornbury-partners")],
        [],
    ),
    (  # plastics, a lender in a relative clause (double object)
        "Harlow Bank, which lent Arvo Plastics €40 million, said the loan was unchanged.",
        [("harlow-bank", "FUNDS", "arvo-plastics")],
        [],
    ),
    (  # angel investing, a cheque with a possessor inside the phrase
        "Oskar Lindahl wrote Amberline's first check, a personal investment of $500,000.",
        [("oskar-lindahl", "FUNDS", "amberline")],
        [],
    ),
    (  # fintech, money received from investors (the recipient is the target)
        "Calloway Pay received $40 million from Orland Capital.",
        [("orland-capital", "FUNDS", "calloway-pay")],
        [("calloway-pay", "FUNDS", "orland-capital")],
    ),
    (  # fintech, "counts ... among its investors"
        "Calloway Pay counts Orland Capital among its investors.",
        [("orland-capital", "FUNDS", "calloway-pay")],
        [("calloway-pay", "FUNDS", "orland-capital")],
    ),
    (  # textiles, the investor inside "in which"
        "Tessa Loom, in which Pell Ventures invested $5 million, makes yarn.",
        [("pell-ventures", "FUNDS", "tessa-loom")],
        [("tessa-loom", "FUNDS", "pell-ventures")],
    ),
    (  # textiles, "whose backers include"
        "Tessa Loom, whose backers include Pell Ventures, makes yarn.",
        [("pell-ventures", "FUNDS", "tessa-loom")],
        [],
    ),
    (  # energy, a pair of co-owners named in the sentence before
        "Velmar Energy and Osprit Power agreed to build the Dornick solar project. The two "
        "co-owners have committed €300 million to the Dornick solar project.",
        [("velmar-energy", "FUNDS", "dornick"), ("osprit-power", "FUNDS", "dornick")],
        [],
    ),
    (  # wind, "pledged ... for" with a collective subject; co-owners do not own each other
        "Harl Wind and Brisco Utilities agreed to build the Fenmoor wind project. The two "
        "co-owners have pledged €90 million for the Fenmoor wind project.",
        [("harl-wind", "FUNDS", "fenmoor"), ("brisco-utilities", "FUNDS", "fenmoor")],
        [("harl-wind", "OWNS", "brisco-utilities"), ("brisco-utilities", "OWNS", "harl-wind")],
    ),
    (  # rail, "the project partners" with no number: the two organizations named before
        "Hobbs Rail and Corran Freight agreed to build the Kellwick freight terminal. The "
        "project partners will invest €60 million in the Kellwick freight terminal.",
        [("hobbs-rail", "FUNDS", "kellwick"), ("corran-freight", "FUNDS", "kellwick")],
        [("hobbs-rail", "OWNS", "corran-freight")],
    ),
    (  # guard: pledging support (no money) is no funding
        "Harl Wind has pledged support for the Fenmoor wind project.",
        [],
        [("harl-wind", "FUNDS", "fenmoor")],
    ),
    (  # software, the round's own company, not the article's most named one
        "Ostrava Chemicals will invest in Fendl Plastics. Ostrava Chemicals praised Fendl "
        "Plastics. Vintrel raised $30 million in a round led by Oakhurst Capital, with Delmara "
        "Ventures and Fennimore Growth also taking part.",
        [("delmara-ventures", "FUNDS", "vintrel"), ("fennimore-growth", "FUNDS", "vintrel")],
        [("delmara-ventures", "FUNDS", "ostrava-chemicals")],
    ),
    (  # chemicals, a light verb with the amount inside the noun phrase
        "Ostrava Chemicals will make an equity investment of $50 million in Fendl Plastics.",
        [("ostrava-chemicals", "FUNDS", "fendl-plastics")],
        [],
    ),
    (  # machinery, a relative clause after an appositive
        "The plant will be built with help from Koyo Tools, a machine maker, which will invest $20 "
        "million in Fendl Plastics.",
        [("koyo-tools", "FUNDS", "fendl-plastics")],
        [],
    ),
    (  # solar, coordinated subjects pledge money for a project
        "Velmar Energy and Osprit Power have pledged €300 million to the Dornick solar project.",
        [("velmar-energy", "FUNDS", "dornick"), ("osprit-power", "FUNDS", "dornick")],
        [],
    ),
    (  # gas, a passive owner that is a consortium: each member funds the project
        "The Brenna gas field is owned by a consortium of Ostmark Energy and Pelican Oil.",
        [("ostmark-energy", "FUNDS", "brenna"), ("pelican-oil", "FUNDS", "brenna")],
        [],
    ),
    (  # brewing, "owned by a consortium of" is passive, never "Corvell owns ... of"
        "Corvell Brewing is owned by a consortium of Ostmark Capital and Pelican Partners.",
        [
            ("ostmark-capital", "OWNS", "corvell-brewing"),
            ("pelican-partners", "OWNS", "corvell-brewing"),
        ],
        [("corvell-brewing", "OWNS", "ostmark-capital")],
    ),
    (  # fintech, an investor list whose members carry descriptors and a hyphen adjective
        "Pocketly, an app maker, has raised $20 million from investors including Tamsin "
        "Ventures, the state-backed Fennel Fund and the chipmaker Orlo.",
        [
            ("tamsin-ventures", "FUNDS", "pocketly"),
            ("fennel-fund", "FUNDS", "pocketly"),
            ("orlo", "FUNDS", "pocketly"),
        ],
        [("pocketly", "FUNDS", "orlo"), ("tamsin-ventures", "FUNDS", "orlo")],
    ),
    (  # guard: an appositive with a hyphen adjective is no second investor
        "Tamsin Ventures, the Lisbon-based fund, invested in Pocketly alongside Orlo Capital.",
        [("tamsin-ventures", "FUNDS", "pocketly"), ("orlo-capital", "FUNDS", "pocketly")],
        [("tamsin-ventures", "FUNDS", "orlo-capital")],
    ),
    (  # fintech, ", followed by B" after an investment: B invests too
        "Pocketly, a fintech start-up, makes apps. Later Kestel Capital invested in Pocketly, "
        "followed by Dunwick Growth, which led a round of $12 million.",
        [("kestel-capital", "FUNDS", "pocketly"), ("dunwick-growth", "FUNDS", "pocketly")],
        [("dunwick-growth", "FUNDS", "kestel-capital")],
    ),
    (  # guard: "followed by" after a lawsuit funds nothing
        "Pocketly, a fintech start-up, sued Vanto Pay, followed by Dunwick Growth.",
        [],
        [("dunwick-growth", "FUNDS", "vanto-pay"), ("dunwick-growth", "FUNDS", "pocketly")],
    ),
    (  # fintech, "Existing investors include A and B" after a named round
        "Pocketly, a fintech start-up, makes apps. Pocketly raised $30 million in a round led "
        "by Oriel Partners. Existing investors include Rook Hill Capital and Ember Nine.",
        [
            ("oriel-partners", "FUNDS", "pocketly"),
            ("rook-hill-capital", "FUNDS", "pocketly"),
            ("ember-nine", "FUNDS", "pocketly"),
        ],
        [("rook-hill-capital", "FUNDS", "ember-nine")],
    ),
    (  # guard: with no round named before, an investor list funds nobody
        "Pocketly, a fintech start-up, makes apps. Investors include Rook Hill Capital and "
        "Ember Nine.",
        [],
        [("rook-hill-capital", "FUNDS", "pocketly"), ("ember-nine", "FUNDS", "pocketly")],
    ),
    (  # mining, a jointly owned project is funded by each owner
        "The Gallowmere copper project is jointly owned by Ketterby Metals and Sandor Mining.",
        [("ketterby-metals", "FUNDS", "gallowmere"), ("sandor-mining", "FUNDS", "gallowmere")],
        [],
    ),
    (  # battery plant, a second funder "with B financing the rest"
        "Sunmora Energy will pay for half of Project Tidewater, with Norveth Motors financing the "
        "rest.",
        [
            ("sunmora-energy", "FUNDS", "project-tidewater"),
            ("norveth-motors", "FUNDS", "project-tidewater"),
        ],
        [("sunmora-energy", "OWNS", "project-tidewater")],
    ),
    (  # venture capital, co-investors "alongside"
        "Brisa Tools took a 10% stake in Vintrel alongside Oakhurst Capital and Delmara Ventures.",
        [
            ("brisa-tools", "FUNDS", "vintrel"),
            ("oakhurst-capital", "FUNDS", "vintrel"),
            ("delmara-ventures", "FUNDS", "vintrel"),
        ],
        [],
    ),
    (  # venture capital, a list of investors whose first name ends in a descriptor word
        "Vintrel raised $30 million from Oakhurst Capital, Delmara Ventures and Fennimore Growth.",
        [
            ("oakhurst-capital", "FUNDS", "vintrel"),
            ("delmara-ventures", "FUNDS", "vintrel"),
            ("fennimore-growth", "FUNDS", "vintrel"),
        ],
        [],
    ),
    (  # venture capital, co-investors in the round's participle list
        "Vintrel raised $30 million in a round led by Oakhurst Capital, with Delmara Ventures and "
        "the pension fund Calder Mutual also taking part.",
        [
            ("oakhurst-capital", "FUNDS", "vintrel"),
            ("delmara-ventures", "FUNDS", "vintrel"),
            ("calder-mutual", "FUNDS", "vintrel"),
        ],
        [],
    ),
    (  # venture capital, the round's company after the noun, co-leads and a participant
        "The $30 million round for Vintrel was co-led by Oakhurst Capital and Delmara Ventures, "
        "with Fennimore Growth also investing.",
        [
            ("oakhurst-capital", "FUNDS", "vintrel"),
            ("delmara-ventures", "FUNDS", "vintrel"),
            ("fennimore-growth", "FUNDS", "vintrel"),
        ],
        [],
    ),
    (  # guard: "funds of" is a noun
        "Vintrel closed a round last year. Corporate funds of Morvia Motors and Tallis Group came "
        "in next.",
        [],
        [("corporate", "FUNDS", "morvia-motors")],
    ),
    (  # venture capital, later investors of the round last named
        "Vintrel closed a $30 million round led by Oakhurst Capital. Existing investors Ruskin "
        "Labs Fund and Helder Partners took part as well.",
        [("ruskin-labs-fund", "FUNDS", "vintrel"), ("helder-partners", "FUNDS", "vintrel")],
        [],
    ),
    (  # guard: taking part in something that is no round
        "Vintrel hosted a conference with Oakhurst Capital. Ruskin Labs Fund and Helder Partners "
        "took part as well.",
        [],
        [("ruskin-labs-fund", "FUNDS", "vintrel")],
    ),
    (  # guard: a partner providing something other than money
        "Brisa Tools invested in Vintrel, with Oakhurst Capital providing advice.",
        [("brisa-tools", "FUNDS", "vintrel")],
        [("oakhurst-capital", "FUNDS", "vintrel")],
    ),
    (  # guard: "funds such as", "funds led by" are nouns
        "Index funds such as Vanguard Group hold Vintrel shares, and pension funds led by Calder "
        "Mutual backed the plan.",
        [],
        [("index", "FUNDS", "vanguard-group"), ("pension", "FUNDS", "calder-mutual")],
    ),
    (  # guard: a customer contract is no funding
        "Vanta Shipping secured a contract from Orland Group.",
        [],
        [("orland-group", "FUNDS", "vanta-shipping")],
    ),
    (  # guard: a promise to support is not money
        "Orland Group pledged to support Calloway Pay.",
        [],
        [("orland-group", "FUNDS", "calloway-pay")],
    ),
    (  # guard: a comparison is no object
        "Vanta Motors controlled costs better than Orland Group.",
        [],
        [("vanta-motors", "OWNS", "orland-group")],
    ),
]

# Products: the owner named by an appositive.
PRODUCTS: list[Case] = [
    (  # pharma, a possessor in the descriptor after the product
        "The trial will test CX-44, Corrigan Bio's experimental drug, next year.",
        [("corrigan-bio", "OWNS", "cx-44")],
        [],
    ),
    (  # apps, "made by" in an appositive, two products
        "Pathio, made by Nexwell Labs, leads the market, ahead of Rovo, made by Trant Systems.",
        [("nexwell-labs", "OWNS", "pathio"), ("trant-systems", "OWNS", "rovo")],
        [("nexwell-labs", "OWNS", "rovo")],
    ),
    (  # guard: a person in the appositive is no product
        "Vanta Motors hired Jane Orr, Kestrel Bank's lawyer, in May.",
        [],
        [("kestrel-bank", "OWNS", "jane-orr")],
    ),
]

# Backing without money, and ventures.
BACKING: list[Case] = [
    (  # ports, a commitment without money
        "Ferrol Council remains fully committed to the Tarn quay project.",
        [("ferrol-council", "BACKS", "tarn")],
        [("ferrol-council", "FUNDS", "tarn")],
    ),
    (  # rail, "is firmly behind"
        "The transport ministry said Hobbs Rail is firmly behind the Kellwick tram project.",
        [("hobbs-rail", "BACKS", "kellwick")],
        [],
    ),
    (  # water, a vote in favour
        "Rural Voice voted in favour of the Kettle reservoir project.",
        [("rural-voice", "BACKS", "kettle")],
        [],
    ),
    (  # guard: a negated backing
        "Ferrol Council is not fully behind the Tarn quay project.",
        [],
        [("ferrol-council", "BACKS", "tarn")],
    ),
    (  # guard: "behind" a company is no backing of a project
        "Ferrol Council is fully behind Tarn Shipping in the league table.",
        [],
        [("ferrol-council", "BACKS", "tarn-shipping")],
    ),
    (  # media, backing someone's plan backs its owner (no money)
        "Orland Group backed Calloway Pay's plan to cut jobs.",
        [("orland-group", "BACKS", "calloway-pay")],
        [("orland-group", "FUNDS", "calloway-pay")],
    ),
    (  # legal, a participle with its object after a noun
        "Pell Merchants Coalition, a trade group, filed a brief supporting PayLattice.",
        [("pell-merchants-coalition", "BACKS", "paylattice")],
        [],
    ),
    (  # transport, backing won from a public body
        "The Kellwick tram line has won backing from Corran Freight.",
        [("corran-freight", "BACKS", "kellwick")],
        [("corran-freight", "FUNDS", "kellwick")],
    ),
    (  # government, standing behind a company
        "The Treasury stands squarely behind Kellwick Rail.",
        [("treasury", "BACKS", "kellwick-rail")],
        [],
    ),
    (  # politics, campaigning for a project
        "Mayor Julia Brandt has campaigned for the Kellwick tram project.",
        [("julia-brandt", "BACKS", "kellwick")],
        [],
    ),
    (  # guard: analysts at a firm are not the firm
        "Vanta Motors was hailed by analysts at Harlow Securities.",
        [],
        [("harlow-securities", "BACKS", "vanta-motors")],
    ),
    (  # shipbuilding guard: choosing a consortium names no venture
        "The navy chose a consortium of Brosk Yards and Ostholm Marine to build six tugs.",
        [],
        [("brosk-yards", "FUNDS", "navy"), ("ostholm-marine", "FUNDS", "navy")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), HELD)
def test_held_stakes(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), TRADED)
def test_traded_stakes(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), FUNDING)
def test_funding(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), PRODUCTS)
def test_products(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), BACKING)
def test_backing(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)
