"""Genre bank for the registers of business publishing that are not plain narrative prose:
headlines and subheads (sentence case, Title Case, ALL CAPS), datelines and wire ledes, bylines
and credit lines, press-release boilerplate ("About X", defined names in quotes, tickers),
bullet, dash and colon lists (deal facts, boards, investors), Q&A interviews, quote-led
paragraphs, photo captions, analyst notes and parenthetical abbreviations.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across shipping, food, medtech, mining, banking, insurance, energy, farming, football,
media, telecoms, aviation, retail and the public sector. Guards: a ticker, exchange or news
agency is not an actor; a dateline city is not where a firm is located; a byline or photo
credit is not a party; "Q:" and "Pictured:" are not names; a headline's or question's hedge is
not a deal. Headlines are not evidence (tests/fixtures/articles/README.md), so each relation
asserted is stated in the body too.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

# -- headlines and subheads above a lede ------------------------------------------------------
HEADLINES: list[Case] = [
    (  # food: sentence-case headline, lede restates
        "Corvan buys Deller in $2bn deal\n\nCorvan Foods agreed to buy Deller Dairies for $2 "
        "billion, the companies said on Monday. Rival bidder Maple Farms declined to comment.",
        [("corvan-foods", "OWNS", "deller-dairies")],
        [("maple-farms", "OWNS", "deller-dairies")],
    ),
    (  # medtech: "to sue" headline, lede with "filed a lawsuit against"
        "Talby to sue Orrin over patent\n\nTalby Medical said on Tuesday it had filed a lawsuit "
        "against Orrin Devices over a heart-pump patent. Orrin's partner Quell Labs was not "
        "named in the suit.",
        [("talby-medical", "DISPUTES", "orrin-devices")],
        [("talby-medical", "DISPUTES", "quell-labs")],
    ),
    (  # shipping: Title Case headline, appositive owner in the lede
        "Corvan Buys Deller In $300m Tanker Deal\n\nCorvan Shipping has bought Deller Tankers, "
        "the Bergen-based owner of 12 vessels, for $300 million.",
        [("corvan-shipping", "OWNS", "deller-tankers"), ("deller-tankers", "LOCATED_IN", "bergen")],
        [("corvan-shipping", "LOCATED_IN", "bergen")],
    ),
    (  # mining guard: a hedged headline, a hedged lede
        "Harlow eyes bid for Pentire\n\nHarlow Mining is considering an offer for Pentire Gold, "
        "people familiar with the matter said. Harlow already owns Tamar Copper.",
        [("harlow-mining", "OWNS", "tamar-copper")],
        [("harlow-mining", "OWNS", "pentire-gold")],
    ),
    (  # insurance: a headline and a subhead before the lede
        "Kestrel names new chief\nFormer Boreal banker to lead insurer from June\n\nKestrel "
        "Insurance named Maya Lund as chief executive on Monday. Lund spent a decade at Boreal "
        "Bank.",
        [("maya-lund", "LEADS", "kestrel-insurance")],
        [("maya-lund", "LEADS", "boreal-bank")],
    ),
    (  # aviation guard: "Exclusive:" headline of talks; an owned unit in the body
        "Exclusive: Norrin in talks to buy Vesta Air\n\nNorrin Aviation is in talks to buy "
        "Vesta Air, two sources said. Norrin already owns Cobalt Jets, a charter airline.",
        [("norrin-aviation", "OWNS", "cobalt-jets")],
        [("norrin-aviation", "OWNS", "vesta-air")],
    ),
    (  # robotics: ALL-CAPS headline
        "PELLAR WINS BACKING FROM ARDEN\n\nPellar Robotics has raised $40 million from Arden "
        "Ventures. Pellar was founded by Iris Mohr in 2017.",
        [
            ("arden-ventures", "FUNDS", "pellar-robotics"),
            ("iris-mohr", "FOUNDED", "pellar-robotics"),
        ],
        [("iris-mohr", "FOUNDED", "arden-ventures")],
    ),
    (  # football: headline with a colon, passive lede
        "Ashby Town: club sold to US fund\n\nAshby Town has been bought by Redwood Sports "
        "Capital, the club said on Friday. The previous owner, Glen Marsh, will stay on as "
        "chairman.",
        [("redwood-sports-capital", "OWNS", "ashby-town"), ("glen-marsh", "LEADS", "ashby-town")],
        [("glen-marsh", "OWNS", "redwood-sports-capital")],
    ),
    (  # telecoms: a headline quote, attribution in the lede
        "'We will not sell', says Linkfast boss\n\nLinkfast Telecom's chief executive, Omar "
        "Said, rejected a bid from Vantor Mobile on Wednesday.",
        [("omar-said", "LEADS", "linkfast-telecom")],
        [("vantor-mobile", "OWNS", "linkfast-telecom")],
    ),
    (  # energy: question headline is no deal; the lede's partnership is
        "Will Brisa buy Solara?\n\nBrisa Energy has partnered with Solara Power on a solar farm "
        "in Seville, but it has not made an offer for the company.",
        [("brisa-energy", "PARTNERS_WITH", "solara-power")],
        [("brisa-energy", "OWNS", "solara-power")],
    ),
    (  # retail: headline with "-backed", lede with the money
        "Moor-backed Quayside opens 40 stores\n\nQuayside Retail, which raised £25 million from "
        "Moor Partners last year, opened 40 stores in Wales.",
        [("moor-partners", "FUNDS", "quayside-retail")],
        [("quayside-retail", "FUNDS", "moor-partners")],
    ),
    (  # pharma: Title Case headline with a person
        "Velora Appoints Sara Dunn As Chief Executive\n\nVelora Therapeutics appointed Sara Dunn "
        "as chief executive on Thursday. Dunn previously ran research at Hanmi Biologics.",
        [("sara-dunn", "LEADS", "velora-therapeutics")],
        [("sara-dunn", "LEADS", "hanmi-biologics")],
    ),
]

# -- datelines, wire ledes, bylines and credit lines -------------------------------------------
WIRE: list[Case] = [
    (  # shipping: dateline city is not the firm's seat
        "OSLO, March 3 (Newswire) - Corvan Shipping, the Bergen-based tanker owner, said on "
        "Tuesday it had agreed to buy Deller Tankers.",
        [
            ("corvan-shipping", "LOCATED_IN", "bergen"),
            ("corvan-shipping", "OWNS", "deller-tankers"),
        ],
        [("corvan-shipping", "LOCATED_IN", "oslo"), ("newswire", "OWNS", "deller-tankers")],
    ),
    (  # construction: capitals dateline, lawsuit
        "LAGOS (Newswire) — Adeyemi Cement has sued Zenith Haulage over unpaid invoices, court "
        "filings showed on Monday.",
        [("adeyemi-cement", "DISPUTES", "zenith-haulage")],
        [("adeyemi-cement", "LOCATED_IN", "lagos"), ("newswire", "DISPUTES", "zenith-haulage")],
    ),
    (  # banking: dateline with a date, appointment
        "FRANKFURT, Jan 12 (Marketwire) - Heller Bank named Jonas Weber as chief executive on "
        "Friday, ending a six-month search.",
        [("jonas-weber", "LEADS", "heller-bank")],
        [("heller-bank", "LOCATED_IN", "frankfurt"), ("jonas-weber", "LEADS", "marketwire")],
    ),
    (  # mining: a demonym descriptor after the dateline
        "SYDNEY, May 4 (Newswire) - Australian miner Coolabah Resources said on Monday it would "
        "buy Tarra Nickel for A$300 million.",
        [("coolabah-resources", "OWNS", "tarra-nickel")],
        [("coolabah-resources", "LOCATED_IN", "sydney")],
    ),
    (  # oil: dateline with a region; the body names the seat
        "HOUSTON, Texas, Feb 2 (Energy Desk) — Redgum Oil, which is based in Dallas, has "
        "partnered with Pelican Drilling to explore the Permian basin.",
        [
            ("redgum-oil", "LOCATED_IN", "dallas"),
            ("redgum-oil", "PARTNERS_WITH", "pelican-drilling"),
        ],
        [("redgum-oil", "LOCATED_IN", "houston")],
    ),
    (  # telecoms: dateline in capitals glued to the subject
        "NAIROBI Savanna Telecom has agreed to buy Rift Fibre, the companies said on Tuesday.",
        [("savanna-telecom", "OWNS", "rift-fibre")],
        [("savanna-telecom", "LOCATED_IN", "nairobi")],
    ),
    (  # steel: byline before the dateline
        "By Lena Holm\n\nSTOCKHOLM, June 1 (Newswire) - Nordvik Steel has appointed Erik Sand as "
        "chairman, the company said on Monday.",
        [("erik-sand", "LEADS", "nordvik-steel")],
        [("lena-holm", "LEADS", "nordvik-steel"), ("nordvik-steel", "LOCATED_IN", "stockholm")],
    ),
    (  # farming: credit line at the foot of a wire story
        "CHICAGO, Sept 9 (Newswire) - Prairie Grain sued Ostrander Rail over freight rates on "
        "Tuesday.\n\nReporting by Sara Velez; Editing by Tom Hart",
        [("prairie-grain", "DISPUTES", "ostrander-rail")],
        [("sara-velez", "DISPUTES", "ostrander-rail"), ("tom-hart", "LEADS", "prairie-grain")],
    ),
    (  # media: dateline then a pronoun lede sentence
        "LONDON, April 2 (Newswire) - Brindle Media has bought Castle Radio. The Manchester-based "
        "group said the deal would close in May.",
        [("brindle-media", "OWNS", "castle-radio"), ("brindle-media", "LOCATED_IN", "manchester")],
        [("brindle-media", "LOCATED_IN", "london")],
    ),
    (  # insurance: dateline of a city and a country
        "ZURICH, Switzerland, Oct 5 (Newswire) - Alpin Re, the reinsurer based in Basel, said it "
        "had invested $50 million in Glacier Cover.",
        [("alpin-re", "LOCATED_IN", "basel"), ("alpin-re", "FUNDS", "glacier-cover")],
        [("alpin-re", "LOCATED_IN", "zurich")],
    ),
    (  # autos: wire lede with "said in a statement" and a rival
        "TURIN, Italy (Newswire) - Velocar, the electric-van maker, said in a statement that it "
        "had teamed up with Ferro Batteries. Velocar competes with Lumo Motors.",
        [
            ("velocar", "PARTNERS_WITH", "ferro-batteries"),
            ("velocar", "COMPETES_WITH", "lumo-motors"),
        ],
        [("velocar", "LOCATED_IN", "turin")],
    ),
]

# -- press-release boilerplate --------------------------------------------------------------
RELEASES: list[Case] = [
    (  # logistics: "About X" paragraph with seat and founder
        "YORK, England--(Business Newswire)--Corvan Logistics today announced the opening of "
        "its 41st depot.\n\nAbout Corvan Logistics\nCorvan Logistics is a parcel carrier "
        "headquartered in Leeds. Founded in 1998 by Ana Ruiz, it runs 41 depots.",
        [("corvan-logistics", "LOCATED_IN", "leeds"), ("ana-ruiz", "FOUNDED", "corvan-logistics")],
        [("corvan-logistics", "LOCATED_IN", "york")],
    ),
    (  # marine: defined name in quotes, ticker, "the Company"
        "Corvan Holdings Ltd (“Corvan” or “the Company”) (LSE: CRV) today announced that it has "
        "completed the acquisition of Deller Marine Ltd. The Company was founded in 1987 by "
        "Hugh Bain.",
        [("corvan-holdings", "OWNS", "deller-marine"), ("hugh-bain", "FOUNDED", "corvan-holdings")],
        [("hugh-bain", "FOUNDED", "deller-marine")],
    ),
    (  # biotech: two tickers around a partnership
        "Quillon Therapeutics, Inc. (NASDAQ: QLTX) announced today a licensing partnership with "
        "Harrier Biologics (NYSE: HRB) for its lead antibody.",
        [("quillon-therapeutics", "PARTNERS_WITH", "harrier-biologics")],
        [("quillon-therapeutics", "PARTNERS_WITH", "nyse")],
    ),
    (  # food: "About" with a parent company
        "Pellan Foods launches oat range\n\nPellan Foods today launched Oatly Gold, a range of "
        "oat drinks.\n\nAbout Pellan Foods\nPellan Foods is a wholly owned subsidiary of Marrow "
        "Group and is headquartered in Cork, Ireland.",
        [("marrow-group", "OWNS", "pellan-foods"), ("pellan-foods", "LOCATED_IN", "cork")],
        [("marrow-group", "LOCATED_IN", "cork")],
    ),
    (  # energy: "Founded in ... and headquartered in ..." with no founder
        "About Brightwell Solar\nFounded in 2009 and headquartered in Austin, Texas, Brightwell "
        "Solar builds rooftop systems for Harlan Homes and other builders.",
        [("brightwell-solar", "LOCATED_IN", "austin")],
        [("harlan-homes", "LOCATED_IN", "austin")],
    ),
    (  # biotech: quote in a release with a capitalized title after the name
        "Quillon Therapeutics today announced a partnership with Harrier Biologics. “We are "
        "delighted to join forces with Harrier,” said Dr. Lina Park, Chief Executive Officer of "
        "Quillon.",
        [("lina-park", "LEADS", "quillon-therapeutics")],
        [("lina-park", "LEADS", "harrier-biologics")],
    ),
    (  # logistics guard: a CFO hire is no LEADS
        "Corvan Logistics (“Corvan”), a leading parcel carrier, today announced that Mark Dunn "
        "has joined as Chief Financial Officer. Corvan is led by Chief Executive Ana Ruiz.",
        [("ana-ruiz", "LEADS", "corvan-logistics")],
        [("mark-dunn", "LEADS", "corvan-logistics")],
    ),
    (  # fintech: "About" with investors
        "About Tallis Pay\nTallis Pay is a payments company based in Dublin. Its investors "
        "include Arden Ventures and Kestrel Capital.",
        [
            ("tallis-pay", "LOCATED_IN", "dublin"),
            ("arden-ventures", "FUNDS", "tallis-pay"),
            ("kestrel-capital", "FUNDS", "tallis-pay"),
        ],
        [("arden-ventures", "LOCATED_IN", "dublin")],
    ),
    (  # media contact line is no party
        "Brindle Media today announced it has acquired Castle Radio.\n\nMedia contact: Jo Bell, "
        "Brindle Media, press@brindle.example",
        [("brindle-media", "OWNS", "castle-radio")],
        [("jo-bell", "LEADS", "brindle-media"), ("jo-bell", "OWNS", "castle-radio")],
    ),
    (  # mining guard: forward-looking statements
        "Harlow Mining today reported record output at its Tamar mine.\n\nThis release contains "
        "forward-looking statements, including statements that Harlow may acquire Pentire Gold "
        "or invest in Calder Lithium.",
        [],
        [("harlow-mining", "OWNS", "pentire-gold"), ("harlow-mining", "FUNDS", "calder-lithium")],
    ),
    (  # medtech: dateline of a release wire with a seat in the dateline's city
        "LEEDS, England--(Business Newswire)--Talby Medical, a Leeds-based maker of heart pumps, "
        "today announced that it has acquired Orrin Devices.",
        [("talby-medical", "OWNS", "orrin-devices"), ("talby-medical", "LOCATED_IN", "leeds")],
        [("orrin-devices", "LOCATED_IN", "leeds")],
    ),
    (  # insurance: defined names for both parties, "the Parties"
        "Orrin Devices Inc. (“Orrin”) and Talby Medical Ltd. (“Talby”, together with Orrin, the "
        "“Parties”) have entered into a strategic partnership. Orrin is based in Cork.",
        [
            ("orrin-devices", "PARTNERS_WITH", "talby-medical"),
            ("orrin-devices", "LOCATED_IN", "cork"),
        ],
        [("talby-medical", "LOCATED_IN", "cork")],
    ),
    (  # banking: ALL-CAPS legal name in an announcement
        "HALDEN CAPITAL PLC (“Halden”) announces that it has acquired a 25% stake in Moor Foods "
        "Ltd. Halden's chief executive, Ruth Carr, said the stake was a long-term holding.",
        [("halden-capital", "OWNS", "moor-foods"), ("ruth-carr", "LEADS", "halden-capital")],
        [("ruth-carr", "OWNS", "moor-foods")],
    ),
    (  # energy: "a portfolio company of" plus seat
        "About Sunreach\nSunreach, a portfolio company of Ostra Infrastructure Partners, develops "
        "solar parks and is based in Valencia.",
        [("sunreach", "LOCATED_IN", "valencia")],
        [("ostra-infrastructure-partners", "LOCATED_IN", "valencia")],
    ),
]

# -- boilerplate with a second predicate: "X is a unit of Y and is based in Z" ------------------
SECOND_PREDICATES: list[Case] = [
    (  # telecoms: a unit, then its seat
        "Linkfast Mobile is a unit of Linkfast Group and is based in Kampala. It has 9 million "
        "subscribers.",
        [
            ("linkfast-group", "OWNS", "linkfast-mobile"),
            ("linkfast-mobile", "LOCATED_IN", "kampala"),
        ],
        [("linkfast-group", "LOCATED_IN", "kampala")],
    ),
    (  # retail: three coordinated predicates in an "About" paragraph
        "About Harbour Stores\nHarbour Stores operates 90 shops, employs 4,000 people and is "
        "headquartered in Bristol.",
        [("harbour-stores", "LOCATED_IN", "bristol")],
        [],
    ),
    (  # banking: an appositive owner, a founding year, then the seat
        "Oriel Bank, the lender owned by Kessel Group, was founded in 1890 and is based in "
        "Cardiff.",
        [("kessel-group", "OWNS", "oriel-bank"), ("oriel-bank", "LOCATED_IN", "cardiff")],
        [("kessel-group", "LOCATED_IN", "cardiff")],
    ),
    (  # shipping guard: the relative clause's own subject keeps the seat
        "Corvan Lines bought Deller Boats, which makes ferries and is based in Hull.",
        [("corvan-lines", "OWNS", "deller-boats"), ("deller-boats", "LOCATED_IN", "hull")],
        [("corvan-lines", "LOCATED_IN", "hull")],
    ),
]

# -- bullet, dash and colon lists ------------------------------------------------------------
LISTS: list[Case] = [
    (  # food: deal facts as a dash list
        "Corvan Foods agreed to buy Deller Dairies on Monday.\n\nKey facts:\n- Buyer: Corvan "
        "Foods\n- Target: Deller Dairies\n- Price: $2bn\n- Adviser: Hartley Partners",
        [("corvan-foods", "OWNS", "deller-dairies")],
        [("hartley-partners", "OWNS", "deller-dairies")],
    ),
    (  # deal at a glance, no narrative sentence
        "Deal at a glance\n\nBuyer: Brisa Energy\nTarget: Solara Power\nValue: €1.2bn\nAdviser "
        "to the buyer: Hartley Partners",
        [("brisa-energy", "OWNS", "solara-power")],
        [("hartley-partners", "OWNS", "solara-power")],
    ),
    (  # medtech: board as a colon list under the firm's name
        "Talby Medical board\n\nChair: Ana Ruiz\nChief executive: Ben Cole\nNon-executive "
        "director: Ivo Stan",
        [("ana-ruiz", "LEADS", "talby-medical"), ("ben-cole", "LEADS", "talby-medical")],
        [("ivo-stan", "LEADS", "talby-medical")],
    ),
    (  # robotics: investors as a bullet list after the round
        "Pellar Robotics raised $40 million in a Series B round. Investors in the round:\n"
        "• Arden Ventures (lead)\n• Kestrel Capital\n• Moor Partners",
        [
            ("arden-ventures", "FUNDS", "pellar-robotics"),
            ("kestrel-capital", "FUNDS", "pellar-robotics"),
            ("moor-partners", "FUNDS", "pellar-robotics"),
        ],
        [("arden-ventures", "FUNDS", "kestrel-capital")],
    ),
    (  # private equity: a dash list of board members with their posts
        "Halden Capital named a new board on Monday.\n\nThe new board:\n- Ruth Carr, chair "
        "of Halden Capital\n- Omar Said, chief executive of Linkfast Telecom",
        [("ruth-carr", "LEADS", "halden-capital"), ("omar-said", "LEADS", "linkfast-telecom")],
        [("ruth-carr", "LEADS", "linkfast-telecom"), ("omar-said", "LEADS", "halden-capital")],
    ),
    (  # farming: a bullet list of speakers
        "Western Grain hosted the summit.\n\nSpeakers:\n• Dale Moss, chairman of Western "
        "Grain\n• Nia Cole, who founded Quayside Retail",
        [("dale-moss", "LEADS", "western-grain"), ("nia-cole", "FOUNDED", "quayside-retail")],
        [("dale-moss", "FOUNDED", "quayside-retail")],
    ),
    (  # medtech: shareholder table
        "Major shareholders of Orrin Devices (per cent)\n\nKestrel Capital 22.1\nArden "
        "Ventures 9.4\nStaff trust 3.0",
        [("kestrel-capital", "OWNS", "orrin-devices"), ("arden-ventures", "OWNS", "orrin-devices")],
        [("kestrel-capital", "OWNS", "arden-ventures")],
    ),
    (  # shipping: highlights bullets with an elided subject
        "Corvan Shipping first-half highlights:\n• Acquired Deller Tankers for $300m\n• Opened "
        "an office in Singapore\n• Signed a partnership with Kaiyo Lines",
        [
            ("corvan-shipping", "OWNS", "deller-tankers"),
            ("corvan-shipping", "PARTNERS_WITH", "kaiyo-lines"),
        ],
        [("deller-tankers", "PARTNERS_WITH", "kaiyo-lines")],
    ),
    (  # banking: "Who's who" dash list of people and roles with firms
        "Who's who in the deal:\n- Maya Lund, chief executive of Kestrel Insurance\n- Piet Smit, "
        "chairman of Boreal Bank\n- Dev Rana, adviser to Boreal Bank",
        [
            ("maya-lund", "LEADS", "kestrel-insurance"),
            ("piet-smit", "LEADS", "boreal-bank"),
            ("dev-rana", "ADVISES", "boreal-bank"),
        ],
        [("maya-lund", "LEADS", "boreal-bank")],
    ),
    (  # farming: colon list of consortium members in a sentence
        "The consortium building the Tallow Creek dam has three members: Halden Capital, Moor "
        "Partners and Ostra Bank. Rival bidder Fenwick Infrastructure lost.",
        [],
        [("fenwick-infrastructure", "FUNDS", "tallow-creek")],
    ),
    (  # retail: numbered list of rivals
        "Quayside Retail faces three main rivals: 1. Harbour Stores 2. Linden Mart 3. Pike & "
        "Daughters. Quayside is based in Swansea.",
        [
            ("quayside-retail", "COMPETES_WITH", "harbour-stores"),
            ("quayside-retail", "LOCATED_IN", "swansea"),
        ],
        [("harbour-stores", "LOCATED_IN", "swansea")],
    ),
    (  # telecoms: a dash list of subsidiaries
        "Linkfast Group's units:\n- Linkfast Mobile (Kenya)\n- Linkfast Fibre (Uganda)\nThe "
        "group is headquartered in Nairobi.",
        [
            ("linkfast-group", "OWNS", "linkfast-mobile"),
            ("linkfast-group", "OWNS", "linkfast-fibre"),
            ("linkfast-group", "LOCATED_IN", "nairobi"),
        ],
        [("linkfast-mobile", "OWNS", "linkfast-fibre")],
    ),
]

# -- Q&A interviews --------------------------------------------------------------------------
INTERVIEWS: list[Case] = [
    (  # medtech: Q&A after an intro; "Q:" is not a name
        "Ana Ruiz founded Talby Medical in 2012. We asked her about the dispute.\n\nQ: Why sue "
        "Orrin Devices?\nA: They copied our pump.",
        [("ana-ruiz", "FOUNDED", "talby-medical")],
        [("ana-ruiz", "FOUNDED", "orrin-devices")],
    ),
    (  # food guard: a question is no deal, "never comment on rumours"
        "Piet Smit is chairman of Corvan Foods.\n\nQ: Will Corvan buy Deller Dairies?\nA: We "
        "never comment on rumours.",
        [("piet-smit", "LEADS", "corvan-foods")],
        [("corvan-foods", "OWNS", "deller-dairies")],
    ),
    (  # insurance: interview headline with name and title
        "Interview: Maya Lund, chief executive of Kestrel Insurance\n\nMaya Lund has run Kestrel "
        "Insurance since 2021.\n\nQ: Who is your main rival?\nA: Boreal Mutual, without doubt.",
        [("maya-lund", "LEADS", "kestrel-insurance")],
        [("maya-lund", "LEADS", "boreal-mutual")],
    ),
    (  # farming guard: a Q line asking about a suit
        "Dale Moss chairs Western Grain.\n\nQ: Will you sue Prairie Rail?\nA: We have not decided.",
        [("dale-moss", "LEADS", "western-grain")],
        [("western-grain", "DISPUTES", "prairie-rail"), ("dale-moss", "DISPUTES", "prairie-rail")],
    ),
    (  # aviation: an answer stating an ownership in the first person
        "Tomas Berg, chief executive of Norrin Aviation, spoke to us in Oslo.\n\nQ: What about "
        "Vesta Air?\nA: We bought Vesta Air last year and it is doing well.",
        [("tomas-berg", "LEADS", "norrin-aviation")],
        [("tomas-berg", "OWNS", "vesta-air")],
    ),
    (  # banking: Q&A with speaker names instead of Q/A
        "Heller Bank's chief executive Jonas Weber talked to Rolf Kranz.\n\nKranz: Is Heller "
        "selling its Polish unit?\nWeber: No. We are keeping Heller Polska.",
        [("jonas-weber", "LEADS", "heller-bank")],
        [("rolf-kranz", "LEADS", "heller-bank")],
    ),
]

# -- profiles: a role said of a name no given-name list knows ----------------------------------
PROFILES: list[Case] = [
    (  # oil: "became chief executive of" with no article
        "Kael Brune became chief executive of Tessary Oil in May. Brune had run Ostra Gas.",
        [("kael-brune", "LEADS", "tessary-oil")],
        [("tessary-oil", "LEADS", "ostra-gas")],
    ),
    (  # farming: "is chairman of", then a pronoun
        "Osk Varre is chairman of Pelt Farms. He founded Varre Seeds in 1994.",
        [("osk-varre", "LEADS", "pelt-farms"), ("osk-varre", "FOUNDED", "varre-seeds")],
        [("osk-varre", "FOUNDED", "pelt-farms")],
    ),
    (  # banking guard: a firm "is adviser to" another is no person's ADVISES
        "Norvane Partners is adviser to Ostra Bank on the sale of its Danish unit.",
        [],
        [("norvane-partners", "ADVISES", "ostra-bank")],
    ),
]

# -- quote-led paragraphs --------------------------------------------------------------------
QUOTES: list[Case] = [
    (  # medtech: "said A, X's chief executive"
        "'We will fight this,' said Ana Ruiz, Talby's chief executive. Talby Medical was sued "
        "by Orrin Devices last week.",
        [("ana-ruiz", "LEADS", "talby-medical"), ("orrin-devices", "DISPUTES", "talby-medical")],
        [("ana-ruiz", "LEADS", "orrin-devices")],
    ),
    (  # medtech: inverted order, "A, chief executive of X, said"
        "“We will fight this in court,” Ana Ruiz, chief executive of Talby Medical, said after "
        "Orrin Devices sued the company.",
        [("ana-ruiz", "LEADS", "talby-medical"), ("orrin-devices", "DISPUTES", "talby-medical")],
        [("ana-ruiz", "LEADS", "orrin-devices")],
    ),
    (  # medtech: a firm rejecting claims in a quote
        "Orrin Devices accused Talby Medical of copying its pump. “Orrin's claims are "
        "baseless,” said Talby, which is based in Leeds.",
        [("orrin-devices", "DISPUTES", "talby-medical"), ("talby-medical", "LOCATED_IN", "leeds")],
        [("orrin-devices", "LOCATED_IN", "leeds")],
    ),
    (  # food guard: "no plans to buy" in a quote
        "“We have no plans to buy Deller Dairies,” said Corvan Foods' chairman, Piet Smit.",
        [("piet-smit", "LEADS", "corvan-foods")],
        [("corvan-foods", "OWNS", "deller-dairies")],
    ),
    (  # energy: a quote, then "he said" with the speaker introduced before
        "Brisa Energy's chief executive, Luis Mota, welcomed the deal. “This makes us Iberia's "
        "largest solar owner,” he said. Brisa bought Solara Power in June.",
        [("luis-mota", "LEADS", "brisa-energy"), ("brisa-energy", "OWNS", "solara-power")],
        [("luis-mota", "OWNS", "solara-power")],
    ),
    (  # football: a quote attributed to a title-first speaker
        "“The club is not for sale,” said Ashby Town chairman Glen Marsh. Redwood Sports "
        "Capital had approached the club in May.",
        [("glen-marsh", "LEADS", "ashby-town")],
        [("redwood-sports-capital", "OWNS", "ashby-town")],
    ),
    (  # retail: a long quote with the speaker mid-way
        "“Linden Mart is our biggest competitor,” said Nia Cole, who runs Quayside Retail, “and "
        "we intend to beat it.”",
        [
            ("nia-cole", "LEADS", "quayside-retail"),
            ("quayside-retail", "COMPETES_WITH", "linden-mart"),
        ],
        [("nia-cole", "LEADS", "linden-mart")],
    ),
    (  # pharma guard: a quoted denial
        "“We have never invested in Calder Bio,” said a spokesman for Ostra Capital. Ostra "
        "backs Velora Therapeutics with $30 million.",
        [("ostra-capital", "FUNDS", "velora-therapeutics")],
        [("ostra-capital", "FUNDS", "calder-bio")],
    ),
]

# -- captions -------------------------------------------------------------------------------
CAPTIONS: list[Case] = [
    (  # medtech: "Pictured:" caption
        "Talby Medical opened a plant in Leeds on Monday.\n\nPictured: Ana Ruiz, CEO of Talby "
        "Medical",
        [("ana-ruiz", "LEADS", "talby-medical")],
        [("pictured", "LEADS", "talby-medical")],
    ),
    (  # tools: "Above:" caption with a founder relative
        "Above: Jonas Weber, who founded Weber Tools in 1990, at the firm's plant in Stuttgart.",
        [("jonas-weber", "FOUNDED", "weber-tools")],
        [("jonas-weber", "LEADS", "stuttgart")],
    ),
    (  # photo credit is no party
        "Harlow Mining bought Tamar Copper in March.\n(Photo: Lena Holm/Newswire)",
        [("harlow-mining", "OWNS", "tamar-copper")],
        [("lena-holm", "OWNS", "tamar-copper"), ("newswire", "OWNS", "tamar-copper")],
    ),
    (  # "(left)" between a name and its title
        "Ana Ruiz (left), chief executive of Talby Medical, with Mark Hale, founder of Orrin "
        "Devices, at the signing.",
        [("ana-ruiz", "LEADS", "talby-medical"), ("mark-hale", "FOUNDED", "orrin-devices")],
        [("ana-ruiz", "LEADS", "orrin-devices")],
    ),
    (  # aviation: "Left:" caption with a founder appositive
        "Skylark Air opened a route to Bergen on Monday.\n\nLeft: Tomas Berg, founder of "
        "Skylark Air, with the crew",
        [("tomas-berg", "FOUNDED", "skylark-air")],
        [("skylark-air", "LOCATED_IN", "bergen")],
    ),
    (  # biotech: "Inset:" caption with a relative clause
        "Quell Labs won approval for its test.\n\nInset: Mara Velt, who co-founded Quell Labs "
        "in 2015",
        [("mara-velt", "FOUNDED", "quell-labs")],
        [("mara-velt", "LEADS", "quell-labs")],
    ),
    (  # sport: "(second from left)" and a founder relative, a rival's founder beside
        "Pictured: Tomas Berg (second from left), who founded Skylark Air, with Lena Foss, "
        "founder of rival Fjord Wings",
        [("tomas-berg", "FOUNDED", "skylark-air"), ("lena-foss", "FOUNDED", "fjord-wings")],
        [("skylark-air", "FOUNDED", "fjord-wings"), ("tomas-berg", "FOUNDED", "fjord-wings")],
    ),
    (  # guard: a country in brackets is no photo position
        "Kelda Foods (Ireland) bought Tarn Dairies on Monday.",
        [("kelda-foods", "OWNS", "tarn-dairies")],
        [("tarn-dairies", "LOCATED_IN", "ireland")],
    ),
    (  # caption with "File photo" and a pronoun-free statement
        "File photo: Nordvik Steel's plant in Lulea. Nordvik Steel is owned by Halden Capital.",
        [("halden-capital", "OWNS", "nordvik-steel")],
        [("halden-capital", "LOCATED_IN", "lulea")],
    ),
]

# -- analyst notes ---------------------------------------------------------------------------
ANALYSTS: list[Case] = [
    (  # logistics: "We see A as the main rival to B"
        "We see Corvan Logistics as the main rival to Deller Parcels in the UK market. Both "
        "are based in Leeds.",
        [("corvan-logistics", "COMPETES_WITH", "deller-parcels")],
        [("corvan-logistics", "OWNS", "deller-parcels")],
    ),
    (  # robotics: "Its closest competitor" after a rating
        "We rate Pellar Robotics a buy. Its closest competitor, Vexa Systems, trades at 20 "
        "times earnings.",
        [("pellar-robotics", "COMPETES_WITH", "vexa-systems")],
        [("pellar-robotics", "OWNS", "vexa-systems")],
    ),
    (  # logistics guard: "we think A could bid for B"
        "We think Corvan Logistics could bid for Deller Parcels next year. Corvan owns Swift "
        "Couriers.",
        [("corvan-logistics", "OWNS", "swift-couriers")],
        [("corvan-logistics", "OWNS", "deller-parcels")],
    ),
    (  # energy: a ticker in parentheses after the firm
        "Our top pick remains Brisa Energy (BRI.LS), which owns 40% of Solara Power.",
        [("brisa-energy", "OWNS", "solara-power")],
        [("solara-power", "OWNS", "brisa-energy")],
    ),
    (  # telecoms: broker name is not an actor of the deal
        "Analysts at Hartley Securities said Savanna Telecom's purchase of Rift Fibre was cheap.",
        [("savanna-telecom", "OWNS", "rift-fibre")],
        [("hartley-securities", "OWNS", "rift-fibre")],
    ),
    (  # insurance: "we expect ... to" is a forecast
        "We expect Kestrel Insurance to acquire Boreal Mutual within a year. Kestrel is led by "
        "Maya Lund.",
        [("maya-lund", "LEADS", "kestrel-insurance")],
        [("kestrel-insurance", "OWNS", "boreal-mutual")],
    ),
]

# -- parenthetical abbreviations and ALL-CAPS names -------------------------------------------
ABBREVIATIONS: list[Case] = [
    (  # fishing: the abbreviation carries the second relation
        "The Nordic Investment Fund (NIF) has invested €20m in Kelp Farms. NIF also invested in "
        "Tidal Salt in 2021.",
        [
            ("the-nordic-investment-fund", "FUNDS", "kelp-farms"),
            ("the-nordic-investment-fund", "FUNDS", "tidal-salt"),
        ],
        [("kelp-farms", "FUNDS", "tidal-salt")],
    ),
    (  # farming: abbreviation as subject and possessor
        "Western Grain Cooperative (WGC) sued Prairie Rail over freight rates. WGC's chairman, "
        "Dale Moss, said talks had failed.",
        [
            ("western-grain-cooperative", "DISPUTES", "prairie-rail"),
            ("dale-moss", "LEADS", "western-grain-cooperative"),
        ],
        [("dale-moss", "LEADS", "prairie-rail")],
    ),
    (  # public sector: agency abbreviation funds a project
        "The Coastal Energy Agency (CEA) will fund the Harwick Tidal Project. CEA is based in "
        "Plymouth.",
        [
            ("the-coastal-energy-agency", "FUNDS", "harwick-tidal-project"),
            ("the-coastal-energy-agency", "LOCATED_IN", "plymouth"),
        ],
        [("harwick-tidal-project", "LOCATED_IN", "plymouth")],
    ),
    (  # ALL-CAPS names in a court notice
        "ORRIN DEVICES LIMITED has issued a claim against TALBY MEDICAL LIMITED in the High "
        "Court, alleging breach of patent.",
        [("orrin-devices", "DISPUTES", "talby-medical")],
        [("talby-medical", "DISPUTES", "orrin-devices")],
    ),
    (  # abbreviation defined after a "the"
        "Kessel Mutual Insurance Society (“KMIS”) has appointed Rhys Owen as chief executive. "
        "KMIS competes with Boreal Mutual.",
        [("rhys-owen", "LEADS", "kessel-mutual-insurance-society")],
        [("rhys-owen", "LEADS", "boreal-mutual")],
    ),
]

# -- entities in the registers: types and boundaries -------------------------------------------
EntityCase = tuple[str, dict[str, str], list[str]]
P, ORG, LOC = "Person", "Organization", "Location"

ENTITIES: list[EntityCase] = [
    (  # Title Case headline verbs are not names
        "Corvan Buys Deller In $300m Tanker Deal\n\nCorvan Shipping has bought Deller Tankers.",
        {"Corvan Shipping": ORG, "Deller Tankers": ORG},
        ["Corvan Buys Deller", "Tanker Deal", "Buys Deller"],
    ),
    (  # ticker after a name is not an entity
        "Quillon Therapeutics, Inc. (NASDAQ: QLTX) announced a partnership with Harrier Biologics.",
        {"Quillon Therapeutics": ORG, "Harrier Biologics": ORG},
        ["QLTX", "NASDAQ: QLTX"],
    ),
    (  # LSE ticker without a space
        "Corvan Holdings (LSE:CRV) bought Deller Marine on Monday.",
        {"Corvan Holdings": ORG, "Deller Marine": ORG},
        ["CRV", "LSE:CRV"],
    ),
    (  # "Pictured:" is not part of the name
        "Talby Medical opened a plant.\n\nPictured: Ana Ruiz, CEO of Talby Medical",
        {"Ana Ruiz": P, "Talby Medical": ORG},
        ["Pictured", "Pictured: Ana Ruiz"],
    ),
    (  # "Q" and "A" lines are not names
        "Ana Ruiz founded Talby Medical.\n\nQ: Why sue Orrin Devices?\nA: They copied us.",
        {"Ana Ruiz": P, "Talby Medical": ORG, "Orrin Devices": ORG},
        ["Q", "Q: Why", "A: They"],
    ),
    (  # byline person is a person, not glued to the dateline
        "By Lena Holm\n\nSTOCKHOLM, June 1 (Newswire) - Nordvik Steel appointed Erik Sand as "
        "chairman.",
        {"Nordvik Steel": ORG, "Erik Sand": P},
        ["STOCKHOLM Nordvik Steel", "By Lena Holm"],
    ),
    (  # ALL-CAPS legal name resolves to the firm
        "HALDEN CAPITAL PLC (“Halden”) announces that it has acquired a stake in Moor Foods Ltd.",
        {"Moor Foods": ORG},
        ["HALDEN CAPITAL PLC (“Halden”)"],
    ),
    (  # key-facts labels are not names
        "Corvan Foods agreed to buy Deller Dairies.\n\nKey facts:\n- Buyer: Corvan Foods\n- "
        "Target: Deller Dairies",
        {"Corvan Foods": ORG, "Deller Dairies": ORG},
        ["Buyer", "Target", "Key", "Buyer: Corvan Foods", "Target: Deller Dairies"],
    ),
    (  # "About X" heading does not glue About into the name
        "Pellan Foods launched a drink.\n\nAbout Pellan Foods\nPellan Foods is based in Cork.",
        {"Pellan Foods": ORG, "Cork": LOC},
        ["About Pellan Foods", "About Pellan"],
    ),
    (  # "Media contact:" is not a name (a contact line is boilerplate: no entities there)
        "Brindle Media bought Castle Radio.\n\nMedia contact: Jo Bell, Brindle Media",
        {"Brindle Media": ORG, "Castle Radio": ORG},
        ["Media contact", "Media", "Jo Bell, Brindle Media"],
    ),
]

BANK: list[Case] = (
    HEADLINES
    + WIRE
    + RELEASES
    + SECOND_PREDICATES
    + LISTS
    + INTERVIEWS
    + PROFILES
    + QUOTES
    + CAPTIONS
    + ANALYSTS
    + ABBREVIATIONS
)

# Cases left for later rounds, by the opening of their text, and why they fail.
LEFT: dict[str, str] = {
    "Ashby Town: club sold": "'The previous owner, Glen Marsh, will stay on as chairman': the"
    " comma after the name stops the 'as chairman' person cue and an owner may be a firm, so"
    " Glen Marsh is typed an Organization and holds no role",
    "Orrin Devices Inc. (“Orrin”) and Talby": "a defining bracket that names the other party"
    " ('together with Orrin, the “Parties”') is not read past, so the two are not coordinated",
    "HALDEN CAPITAL PLC": "'acquired a 25% stake in' is read as FUNDS, not an owned stake",
    "Major shareholders of": "a shareholder table (name and percentage per line) is not read",
    "Who's who in the deal": "'- Dev Rana, adviser to Boreal Bank': 'Dev Rana' (an unknown"
    " given name) is not typed a Person by 'adviser to', which firms hold too",
    "Quayside Retail faces three main rivals": "a numbered list after 'rivals:' is not read as"
    " the objects of the rivalry noun",
    "We expect Kestrel Insurance to acquire": "'we expect X to acquire' is a forecast, not"
    " read as a hedge",
}
LEFT_ENTITIES: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_registers(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize(
    ("text", "must", "must_not"), gap_params(ENTITIES, LEFT_ENTITIES, spread=True)
)
def test_genre_register_entities(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
