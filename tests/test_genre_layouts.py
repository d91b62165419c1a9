"""Genre bank for list, table and label layouts: a head line ("Shareholders:", "Key people:",
"Who owns X", a table's header row) and its items one a line, which state relations of the
company the article is about; deal roundups whose bullets open with a name and a dash or colon
("Quillex - bought Vantora for $2bn"); "Name (role, Company)" in a speakers' list.

Each case is a short invented article (headline line, blank line, paragraphs one per line, a
list one item per line), across food, mining, shipping, banking, pharma, energy, retail, media,
autos, farming, telecoms, insurance and property. Guards: lists of customers, suppliers, former
owners, sources and analysts' targets; a people list's heads of a function and other officers;
a negated item; a byline, credits and a dateline.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

HOLDER_LISTS: list[Case] = [
    (  # food: bare items under "Shareholders:"
        "Brightmoor Foods Plans Expansion\n\n"
        "Brightmoor Foods, a Leeds bakery group, said on Monday it would open two plants.\n\n"
        "Shareholders:\nHalden Capital 42%\nNorlund Capital 31%\nPieter Vance, founder: 12%\n",
        [
            ("halden-capital", "OWNS", "brightmoor-foods"),
            ("norlund-capital", "OWNS", "brightmoor-foods"),
            ("pieter-vance", "OWNS", "brightmoor-foods"),
        ],
        [],
    ),
    (  # food: a caption "Who owns X" and bracketed shares
        "Who owns Brightmoor\n\nBrightmoor Foods is a Leeds bakery group.\n\n"
        "Who owns Brightmoor\n- Halden Capital (42%)\n- Norlund Capital (31%)\n",
        [
            ("halden-capital", "OWNS", "brightmoor-foods"),
            ("norlund-capital", "OWNS", "brightmoor-foods"),
        ],
        [],
    ),
    (  # mining: "Major shareholders:" with dashes
        "Tarnvik Mining Lists in Oslo\n\n"
        "Tarnvik Mining will list its shares in Oslo next month, the company said.\n\n"
        "Major shareholders:\nOrsk Partners - 38%\nBellmark Resources - 22%\n",
        [
            ("orsk-partners", "OWNS", "tarnvik-mining"),
            ("bellmark-resources", "OWNS", "tarnvik-mining"),
        ],
        [],
    ),
    (  # shipping: bullets with en dashes
        "Corvane Shipping Seeks Buyer\n\n"
        "Corvane Shipping has hired banks to sell the ferry operator, people said.\n\n"
        "Owners:\n• Halvard Maritime – 51%\n• Ostend Port Holdings – 49%\n",
        [
            ("halvard-maritime", "OWNS", "corvane-shipping"),
            ("ostend-port-holdings", "OWNS", "corvane-shipping"),
        ],
        [],
    ),
    (  # telecoms: a pipe table with a header row
        "Kelda Telecom Ownership\n\nKelda Telecom is owned by several investors.\n\n"
        "Holder | Country | Stake\n"
        "Halden Capital | Britain | 40%\nNorlund Capital | Norway | 25%\n",
        [
            ("halden-capital", "OWNS", "kelda-telecom"),
            ("norlund-capital", "OWNS", "kelda-telecom"),
        ],
        [],
    ),
    (  # banking: the head names the company
        "Velmar Bank Results\n\nVelmar Bank reported higher profits on Tuesday.\n\n"
        "Shareholders of Velmar Bank:\n- Sintra Holdings (60%)\n- Porto Mutual (15%)\n",
        [
            ("sintra-holdings", "OWNS", "velmar-bank"),
            ("porto-mutual", "OWNS", "velmar-bank"),
        ],
        [],
    ),
    (  # energy: a project's holders fund it
        "Gray Fell Wind Farm Starts Building\n\n"
        "Work began on the Gray Fell wind farm project in Cumbria on Monday.\n\n"
        "Shareholders:\n- Arden Power (50%)\n- Teal Energy (50%)\n",
        [
            ("arden-power", "FUNDS", "gray-fell"),
            ("teal-energy", "FUNDS", "gray-fell"),
        ],
        [],
    ),
    (  # pharma: "Investors:" funds
        "Quenby Therapeutics Raises Money\n\n"
        "Quenby Therapeutics raised $40 million for its kidney drug, the company said.\n\n"
        "Investors:\n- Orwell Bio Fund\n- Marwood Ventures\n",
        [
            ("orwell-bio-fund", "FUNDS", "quenby-therapeutics"),
            ("marwood-ventures", "FUNDS", "quenby-therapeutics"),
        ],
        [("orwell-bio-fund", "OWNS", "quenby-therapeutics")],
    ),
    (  # retail: "Backers:" with amounts in brackets
        "Dorrit Stores Funded\n\nDorrit Stores will open ten shops this year.\n\n"
        "Backers:\n- Halvard Partners (£5m)\n- Kestrel Retail Fund (£2m)\n",
        [
            ("halvard-partners", "FUNDS", "dorrit-stores"),
            ("kestrel-retail-fund", "FUNDS", "dorrit-stores"),
        ],
        [],
    ),
    (  # autos: "Competitors:" names rivals
        "Volkmar Motors Profile\n\nVolkmar Motors makes electric vans in Bremen.\n\n"
        "Competitors:\n- Shenlong Vans\n- Ardent Mobility\n",
        [
            ("shenlong-vans", "COMPETES_WITH", "volkmar-motors"),
            ("ardent-mobility", "COMPETES_WITH", "volkmar-motors"),
        ],
        [],
    ),
]

MORE_HOLDERS: list[Case] = [
    (  # farming: items end with a period and name a person holder
        "Tamsin Farms Sells Shares\n\nTamsin Farms grows barley in Norfolk.\n\n"
        "Shareholders:\nWexley Agri Capital, 45%.\nGeorge Hale, 30%.\n",
        [
            ("wexley-agri-capital", "OWNS", "tamsin-farms"),
            ("george-hale", "OWNS", "tamsin-farms"),
        ],
        [],
    ),
    (  # insurance: "Lenders:" fund the company
        "Marsh Insurers Refinances\n\nMarsh Insurers refinanced its debt on Friday.\n\n"
        "Lenders:\n- Harbury Bank\n- Porto Mutual\n",
        [("harbury-bank", "FUNDS", "marsh-insurers"), ("porto-mutual", "FUNDS", "marsh-insurers")],
        [("harbury-bank", "OWNS", "marsh-insurers")],
    ),
    (  # media: "Main rivals:" with a blank line between bullets
        "Brack Media Faces Rivals\n\nBrack Media publishes regional newspapers.\n\n"
        "Main rivals:\n\n- Orla News\n\n- Kestrel Press\n",
        [
            ("orla-news", "COMPETES_WITH", "brack-media"),
            ("kestrel-press", "COMPETES_WITH", "brack-media"),
        ],
        [],
    ),
    (  # property: "Ownership structure:" with a semicolon at the end of each line
        "Larchfield Homes Owners\n\nLarchfield Homes builds flats in Leeds.\n\n"
        "Ownership structure:\nSintra Holdings 70%;\nAmy Ross 30%\n",
        [("sintra-holdings", "OWNS", "larchfield-homes"), ("amy-ross", "OWNS", "larchfield-homes")],
        [],
    ),
]

PEOPLE_LISTS: list[Case] = [
    (  # shipping: dash, bracket and colon forms under "Board:"
        "Corvane Shipping Names New Board\n\n"
        "Corvane Shipping, a Rotterdam ferry operator, named a new board on Tuesday.\n\n"
        "Board:\nAnn Lee - chief executive\nErik Sund - head of marketing\n",
        [("ann-lee", "LEADS", "corvane-shipping")],
        [("erik-sund", "LEADS", "corvane-shipping")],
    ),
    (  # banking: bullets with commas under "Key people:"
        "Velmar Bank Profile\n\nVelmar Bank is a Lisbon lender.\n\n"
        "Key people:\n- Sofia Ramos, chief executive\n- Joao Pires, chairman\n"
        "- Rita Costa, head of risk\n",
        [("sofia-ramos", "LEADS", "velmar-bank"), ("joao-pires", "LEADS", "velmar-bank")],
        [("rita-costa", "LEADS", "velmar-bank")],
    ),
    (  # insurance: "Role: Name" items
        "Marsh Insurers Management\n\nMarsh Insurers sells farm cover in Wales.\n\n"
        "Management:\nChief executive: Tomas Brenn\nChief financial officer: Lena Holt\n",
        [("tomas-brenn", "LEADS", "marsh-insurers")],
        [("lena-holt", "LEADS", "marsh-insurers")],
    ),
    (  # media: founder and chief executive in one item
        "Brack Media Leadership\n\nBrack Media publishes regional newspapers.\n\n"
        "Leadership:\n- Nora Vail, founder and chief executive\n- Ian Roe, editor\n",
        [("nora-vail", "FOUNDED", "brack-media"), ("nora-vail", "LEADS", "brack-media")],
        [("ian-roe", "LEADS", "brack-media")],
    ),
    (  # farming: an interim chair in brackets
        "Hallam Dairy Shake-Up\n\nHallam Dairy replaced its board after losses.\n\n"
        "Board of directors:\n- Peter Gale (interim chair)\n"
        "- Susan Ward (non-executive director)\n",
        [("peter-gale", "LEADS", "hallam-dairy")],
        [("susan-ward", "LEADS", "hallam-dairy")],
    ),
    (  # property: "Who runs X" caption
        "Who runs Larchfield Homes\n\nLarchfield Homes builds flats in Leeds.\n\n"
        "Who runs Larchfield\n- David Patel, managing director\n"
        "- Amy Ross, chief operating officer\n",
        [("david-patel", "LEADS", "larchfield-homes")],
        [],
    ),
    (  # energy: speakers with their own companies
        "Energy Forum Opens\n\nThe Lisbon Energy Forum opens on Monday.\n\n"
        "Speakers:\n- Ana Ruiz (chief executive, Talby Energy)\n"
        "- Marco Pell (chairman, Orsa Grid)\n"
        "- Tom Fry (analyst, Brenner Research)\n",
        [("ana-ruiz", "LEADS", "talby-energy"), ("marco-pell", "LEADS", "orsa-grid")],
        [("tom-fry", "LEADS", "brenner-research")],
    ),
    (  # telecoms: panel list, "of" form
        "Telecoms Panel\n\nThe panel met in Dublin on Thursday.\n\n"
        "Panel:\n- Ruth Kane, president of Kelda Telecom\n"
        "- Sam Iles, head of policy at Orla Mobile\n",
        [("ruth-kane", "LEADS", "kelda-telecom")],
        [("sam-iles", "LEADS", "orla-mobile")],
    ),
    (  # mining: executives without a bullet, en dash
        "Pelloran Mining Executives\n\nPelloran Mining digs copper in Chile.\n\n"
        "Executives:\nMaria Soto – president\nLuis Vega – chief geologist\n",
        [("maria-soto", "LEADS", "pelloran-mining")],
        [("luis-vega", "LEADS", "pelloran-mining")],
    ),
]

MORE_PEOPLE: list[Case] = [
    (  # retail: "Directors:" with a chief executive in the "at" form
        "Dorrit Stores Board\n\nDorrit Stores runs 40 shops in Kent.\n\n"
        "Directors:\n- Helen Shaw, chairwoman\n- Kit Lowe, chief executive at Dorrit Stores\n",
        [("helen-shaw", "LEADS", "dorrit-stores"), ("kit-lowe", "LEADS", "dorrit-stores")],
        [],
    ),
    (  # autos: a co-founder among the executives
        "Ardent Mobility Team\n\nArdent Mobility builds charging points in Leeds.\n\n"
        "Executive team:\n- Omar Diaz, co-founder\n- Jill Park, head of sales\n",
        [("omar-diaz", "FOUNDED", "ardent-mobility")],
        [("jill-park", "LEADS", "ardent-mobility")],
    ),
]

DEAL_ITEMS: list[Case] = [
    (  # roundup: a dash between buyer and verb
        "Deals of the Week\n\nHere are the week's main deals.\n\n"
        "- Quillex - bought Vantora for $2bn\n- Ostrel Energy agreed to acquire Fenwick Power\n",
        [("quillex", "OWNS", "vantora"), ("ostrel-energy", "OWNS", "fenwick-power")],
        [],
    ),
    (  # roundup: "X: sold to Y" is the buyer's
        "In Brief\n\nOther deals this week:\n\n- Tarn Mills: sold to Cobalt Foods\n",
        [("cobalt-foods", "OWNS", "tarn-mills")],
        [("tarn-mills", "OWNS", "cobalt-foods")],
    ),
    (  # roundup: "X - acquired by Y"
        "Mining Roundup\n\nThe week in mining deals:\n\n- Bellmark Resources - acquired by Orsk "
        "Partners\n- Gault Copper - bought Tana Metals\n",
        [("orsk-partners", "OWNS", "bellmark-resources"), ("gault-copper", "OWNS", "tana-metals")],
        [],
    ),
    (  # roundup: colon and a funding verb
        "Startups Roundup\n\nFunding news in brief:\n\n- Lumo Health: raised $12m from Aster "
        "Partners\n",
        [("aster-partners", "FUNDS", "lumo-health")],
        [],
    ),
    (  # guard: a negated item
        "Deals That Did Not Happen\n\nTwo deals fell through:\n\n- Quillex - did not buy Vantora\n",
        [],
        [("quillex", "OWNS", "vantora")],
    ),
]

GUARDS: list[Case] = [
    (  # customers are no holders
        "Kelda Foods Wins Orders\n\nKelda Foods supplies ready meals.\n\n"
        "Customers:\n- Dorrit Stores\n- Halvard Markets\n",
        [],
        [("dorrit-stores", "OWNS", "kelda-foods"), ("dorrit-stores", "FUNDS", "kelda-foods")],
    ),
    (  # suppliers with shares of purchases
        "Volkmar Motors Suppliers\n\nVolkmar Motors buys parts from three firms.\n\n"
        "Suppliers:\nShenlong Parts 40%\nBrenner Steel 35%\n",
        [],
        [("shenlong-parts", "OWNS", "volkmar-motors"), ("brenner-steel", "OWNS", "volkmar-motors")],
    ),
    (  # former owners
        "Corvane Shipping History\n\nCorvane Shipping was founded in 1950.\n\n"
        "Former owners:\n- Halvard Maritime\n- Ostend Port Holdings\n",
        [],
        [("halvard-maritime", "OWNS", "corvane-shipping")],
    ),
    (  # sources and related stories
        "Tarnvik Mining Shares Fall\n\nTarnvik Mining shares fell 4% on Friday.\n\n"
        "Sources:\n- Brenner Research\n- Orla Data\n\nRelated:\n- Bellmark Resources profile\n",
        [],
        [("brenner-research", "OWNS", "tarnvik-mining"), ("orla-data", "FUNDS", "tarnvik-mining")],
    ),
    (  # analysts' price targets
        "Velmar Bank Targets\n\nVelmar Bank shares rose on Monday.\n\n"
        "Price targets:\nHarbury Securities 12 euros\nKestrel Research 14 euros\n",
        [],
        [("harbury-securities", "OWNS", "velmar-bank")],
    ),
    (  # a rivals list needs its label: partners are no rivals
        "Ardent Mobility Profile\n\nArdent Mobility builds charging points.\n\n"
        "Customers:\n- Volkmar Motors\n",
        [],
        [("volkmar-motors", "COMPETES_WITH", "ardent-mobility")],
    ),
    (  # speakers without a leading role
        "Farming Conference\n\nThe Harrogate farming show opens today.\n\n"
        "Speakers:\n- Jo Marsh (economist, Tillage Bank)\n"
        "- Ben Carr (head of policy, Agri Union)\n",
        [],
        [("jo-marsh", "LEADS", "tillage-bank"), ("ben-carr", "LEADS", "agri-union")],
    ),
    (  # a holder item that is a clause: read by the sentence rules, not as a holding
        "Brightmoor Foods Stake Sale\n\nBrightmoor Foods has new owners.\n\n"
        "Shareholders:\n- Halden Capital sold its stake to Norlund Capital in May\n",
        [],
        [("halden-capital", "OWNS", "brightmoor-foods")],
    ),
    (  # a byline and credits carry nothing
        "Marsh Insurers Buys Broker\n\nBy Ann Lee\n\n"
        "LONDON, May 4 (Wire) - Marsh Insurers said on Monday it bought Fendale Brokers.\n\n"
        "Reporting by Tom Fry; Editing by Sara Holm\n",
        [("marsh-insurers", "OWNS", "fendale-brokers")],
        [
            ("marsh-insurers", "LOCATED_IN", "london"),
            ("ann-lee", "LEADS", "marsh-insurers"),
            ("tom-fry", "LEADS", "marsh-insurers"),
        ],
    ),
    (  # a people list under a customers' head: no leaders of the supplier
        "Harbin Foods Clients\n\nHarbin Foods makes sauces.\n\n"
        "Clients:\n- Dorrit Stores (chief executive Ann Vail)\n",
        [],
        [("ann-vail", "LEADS", "harbin-foods")],
    ),
    (  # a plain prose paragraph after a label is no list item
        "Gault Copper Update\n\nGault Copper is based in Santiago.\n\n"
        "Background: Gault Copper was once owned by Tana Metals, which sold it in 2019.\n",
        [],
        [("gault-copper", "OWNS", "tana-metals")],
    ),
]

MORE_GUARDS: list[Case] = [
    (  # telecoms: tickers and prices
        "Kelda Telecom Shares\n\nKelda Telecom shares rose on Monday.\n\n"
        "Prices:\nOrla Mobile 4.2 euros\nKelda Telecom 3.1 euros\n",
        [],
        [
            ("orla-mobile", "OWNS", "kelda-telecom"),
            ("orla-mobile", "COMPETES_WITH", "kelda-telecom"),
        ],
    ),
    (  # pharma: possible buyers are no owners
        "Quenby Therapeutics Sale\n\nQuenby Therapeutics has put itself up for sale.\n\n"
        "Possible buyers:\n- Orwell Pharma\n- Doran Bio\n",
        [],
        [
            ("orwell-pharma", "OWNS", "quenby-therapeutics"),
            ("doran-bio", "FUNDS", "quenby-therapeutics"),
        ],
    ),
]

BRACKETED_ROLES: list[Case] = [
    (  # shipping: a bare bracketed role types an unknown name a person's
        "Ostend Ferries Board\n\nOstend Ferries runs two routes to Dover.\n\n"
        "Board:\nMarlow Hale (chair)\nGerrit Blom (chief executive)\n",
        [("marlow-hale", "LEADS", "ostend-ferries"), ("gerrit-blom", "LEADS", "ostend-ferries")],
        [],
    ),
    (  # energy: numbered items under a head with a bracketed note
        "Arden Oil Results\n\nHOUSTON, May 4 (Wire) - Arden Oil said on Monday profits rose.\n\n"
        "Top shareholders (as of March 31):\n1. Halden Capital, 42%\n2. Norlund Capital, 31 "
        "per cent\n",
        [("halden-capital", "OWNS", "arden-oil"), ("norlund-capital", "OWNS", "arden-oil")],
        [("arden-oil", "LOCATED_IN", "houston")],
    ),
    (  # banking: the head's possessive names the company, not the one named last
        "Velmar Bank Owners\n\nOrla Mobile and Velmar Bank signed a deal.\n\n"
        "Velmar Bank's shareholders:\n- Sintra Holdings – 60%\n- Porto Mutual – 15%\n",
        [("sintra-holdings", "OWNS", "velmar-bank"), ("porto-mutual", "OWNS", "velmar-bank")],
        [("sintra-holdings", "OWNS", "orla-mobile")],
    ),
    (  # media: "Role – Name" items
        "Brack Media Team\n\nBrack Media publishes newspapers.\n\n"
        "Management:\nChief executive – Tomas Brenn\nChair – Lena Holt\nHead of news – Ian Roe\n",
        [("tomas-brenn", "LEADS", "brack-media"), ("lena-holt", "LEADS", "brack-media")],
        [("ian-roe", "LEADS", "brack-media")],
    ),
]

FACT_BOXES: list[Case] = [
    (  # food: a fact box titled with the company, its fields line after line
        "Fennick Bets on Oat Milk\n\nFennick Dairy, a Lisbon start-up, will double output.\n\n"
        "Factbox: Fennick Dairy\nFounded: 2016\nFounders: Rui Matos and Clara Neves\n"
        "Chief executive: Clara Neves\nOwner: Halden Capital\n"
        "Investors: Norlund Capital, Orsk Partners\nEmployees: 120\n"
        "Rivals: Vessa Foods, Brenner Dairy\n",
        [
            ("rui-matos", "FOUNDED", "fennick-dairy"),
            ("clara-neves", "FOUNDED", "fennick-dairy"),
            ("clara-neves", "LEADS", "fennick-dairy"),
            ("halden-capital", "OWNS", "fennick-dairy"),
            ("norlund-capital", "FUNDS", "fennick-dairy"),
            ("orsk-partners", "FUNDS", "fennick-dairy"),
            ("vessa-foods", "COMPETES_WITH", "fennick-dairy"),
            ("brenner-dairy", "COMPETES_WITH", "fennick-dairy"),
        ],
        [
            ("halden-capital", "FUNDS", "fennick-dairy"),
            ("vessa-foods", "COMPETES_WITH", "norlund-capital"),
        ],
    ),
    (  # farming: "At a glance" box with a headquarters, a chairman and a parent
        "Tarn Mills at a Glance\n\nTarn Mills makes flour in Kent.\n\nAt a glance\n"
        "Headquarters: Maidstone, England\nChairman: Peter Gale\nParent company: Cobalt Foods\n",
        [
            ("tarn-mills", "LOCATED_IN", "maidstone"),
            ("peter-gale", "LEADS", "tarn-mills"),
            ("cobalt-foods", "OWNS", "tarn-mills"),
        ],
        [],
    ),
    (  # guard: customers, a supplier and a former owner in a box
        "Tarn Mills Profile\n\nTarn Mills makes flour in Kent.\n\nProfile: Tarn Mills\n"
        "Main customers: Dorrit Stores, Halvard Markets\nKey supplier: Brenner Grain\n"
        "Former owner: Cobalt Foods\n",
        [],
        [
            ("dorrit-stores", "OWNS", "tarn-mills"),
            ("brenner-grain", "OWNS", "tarn-mills"),
            ("cobalt-foods", "OWNS", "tarn-mills"),
            ("dorrit-stores", "FUNDS", "tarn-mills"),
        ],
    ),
    (  # guard: a field that is a sentence, and a head of a function
        "Kelda Telecom Changes\n\nKelda Telecom cut prices in Dublin.\n\n"
        "Owner: Halden Capital sold its stake last year.\nHead of sales: Ruth Kane\n",
        [],
        [("halden-capital", "OWNS", "kelda-telecom"), ("ruth-kane", "LEADS", "kelda-telecom")],
    ),
    (  # mining: "Founded by:" and "Based in:" fields
        "Gault Copper Explained\n\nGault Copper mines copper in Chile.\n\n"
        "Founded by: Luis Vega\nBased in: Santiago\n",
        [("luis-vega", "FOUNDED", "gault-copper"), ("gault-copper", "LOCATED_IN", "santiago")],
        [],
    ),
]

HEADED_ITEMS: list[Case] = [
    (  # shipping: bullets with an elided subject take the company the head names
        "Orsa Ferries Results\n\nOrsa Ferries first-half highlights:\n"
        "• Acquired Lund Tankers for $300m\n• Signed a partnership with Kaiyo Lines\n",
        [
            ("orsa-ferries", "OWNS", "lund-tankers"),
            ("orsa-ferries", "PARTNERS_WITH", "kaiyo-lines"),
        ],
        [("lund-tankers", "PARTNERS_WITH", "kaiyo-lines")],
    ),
    (  # telecoms: a dash list of units under "X's subsidiaries:"
        "Marrow Telecom Grows\n\nMarrow Telecom's subsidiaries:\n- Marrow Mobile (Kenya)\n"
        "- Marrow Fibre (Uganda)\nThe group is headquartered in Nairobi.\n",
        [("marrow-telecom", "OWNS", "marrow-mobile"), ("marrow-telecom", "OWNS", "marrow-fibre")],
        [("marrow-mobile", "OWNS", "marrow-fibre")],
    ),
    (  # robotics: a head that ends a line of prose
        "Pellar Robotics raised $40 million in a Series B round. Investors in the round:\n"
        "• Arden Ventures (lead)\n• Kestrel Capital\n",
        [
            ("arden-ventures", "FUNDS", "pellar-robotics"),
            ("kestrel-capital", "FUNDS", "pellar-robotics"),
        ],
        [("arden-ventures", "FUNDS", "kestrel-capital")],
    ),
    (  # guard: elided-subject bullets under a customers' head take no subject
        "Brisk Foods Update\n\nBrisk Foods customers:\n• Acquired Tolla Farms last year\n",
        [],
        [("brisk-foods", "OWNS", "tolla-farms")],
    ),
]

DEAL_BOXES: list[Case] = [
    (  # energy: a deal box, buyer first
        "Deal Summary\n\nThe deal was announced on Monday.\n\nBuyer: Korra Energy\n"
        "Target: Vell Power\nValue: €1.2bn\nAdviser: Hartley Partners\n",
        [("korra-energy", "OWNS", "vell-power")],
        [("hartley-partners", "OWNS", "vell-power"), ("vell-power", "OWNS", "korra-energy")],
    ),
    (  # retail: target first, "Acquirer:"
        "Deal Box\n\nTarget: Pell Stores\nAcquirer: Brisk Retail Group\nPrice: £300m\n",
        [("brisk-retail-group", "OWNS", "pell-stores")],
        [],
    ),
    (  # guard: possible buyers in a box are no buyers
        "Auction Update\n\nTarget: Pell Stores\nPossible buyers: Brisk Retail Group\n",
        [],
        [("brisk-retail-group", "OWNS", "pell-stores")],
    ),
]

TABLES_AND_TIMES: list[Case] = [
    (  # telecoms: a markdown table with bars at both ends and a rule line
        "Orla Mobile Ownership\n\nOrla Mobile is owned by two funds.\n\n| Holder | Stake |\n"
        "|---|---|\n| Halden Capital | 40% |\n| Norlund Capital | 25% |\n",
        [("halden-capital", "OWNS", "orla-mobile"), ("norlund-capital", "OWNS", "orla-mobile")],
        [],
    ),
    (  # pharma: a singular "Investor:" field
        "Orrin Bio Funding\n\nOrrin Bio makes antibiotics in Basel.\n\nInvestor: Kestrel Capital\n",
        [("kestrel-capital", "FUNDS", "orrin-bio")],
        [("kestrel-capital", "OWNS", "orrin-bio")],
    ),
    (  # food: a role with its start date in a board list
        "Brisk Foods Leadership\n\nBrisk Foods said on Monday that profits rose.\n\n"
        "Board changes:\n- Tom Reed - chief executive from June\n",
        [("tom-reed", "LEADS", "brisk-foods")],
        [],
    ),
]

LINKS: list[Case] = [
    (  # media: a related story's headline under "Related coverage:" states nothing here
        "Kestrel Foods Sold\n\nKestrel Foods was sold to Orla Capital on Monday.\n\n"
        "Related coverage:\n- Orla Capital buys Brenner Snacks\n",
        [("orla-capital", "OWNS", "kestrel-foods")],
        [("orla-capital", "OWNS", "brenner-snacks")],
    ),
    (  # banking: "See also:" links
        "Velmar Bank Fined\n\nThe regulator fined Velmar Bank on Friday.\n\n"
        "See also:\n• Harbury Bank sues Porto Mutual\n",
        [],
        [("harbury-bank", "DISPUTES", "porto-mutual")],
    ),
]

ALL: list[Case] = (
    HOLDER_LISTS
    + MORE_HOLDERS
    + PEOPLE_LISTS
    + MORE_PEOPLE
    + DEAL_ITEMS
    + GUARDS
    + MORE_GUARDS
    + BRACKETED_ROLES
    + FACT_BOXES
    + HEADED_ITEMS
    + DEAL_BOXES
    + TABLES_AND_TIMES
    + LINKS
)


@pytest.mark.parametrize("case", gap_params(ALL, {}))
def test_layouts(case: Case) -> None:
    check(*case)
