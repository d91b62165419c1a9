"""The verbal family's arguments in business prose (`loaders.relations.verbal`): the subject
of THIS verb and the verb's own object, not a name inside a relative clause, a preposed
clause, a reported clause's source, a quote's speaker, a prepositional phrase or a list.

Each case is an invented mini-article with several organizations and people, across sectors:
(text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

# A relative clause between the subject and its verb: the clause's names are not the subject.
RELATIVE: list[Case] = [
    (  # food: "X, which supplies Y, sued Z"
        "Harrow Dairies, which supplies Brackley Foods, sued Tamsin Packaging on Monday over "
        "faulty cartons. Brackley declined to comment.",
        [("harrow-dairies", "DISPUTES", "tamsin-packaging")],
        [("brackley-foods", "DISPUTES", "tamsin-packaging")],
    ),
    (  # mining: the clause names the object's rival
        "Calder Mining, which competes with Orrin Metals in Chile, bought Pasco Copper for "
        "$900m. Orrin had bid for Pasco last year.",
        [("calder-mining", "OWNS", "pasco-copper")],
        [("orrin-metals", "OWNS", "pasco-copper")],
    ),
    (  # shipping: a passive relative clause in the subject
        "Skarvik Lines, which is owned by Dalberg Holdings, has sued Ferro Ports over berth "
        "fees. Ferro Ports denied the claims.",
        [
            ("skarvik-lines", "DISPUTES", "ferro-ports"),
            ("dalberg-holdings", "OWNS", "skarvik-lines"),
        ],
        [("dalberg-holdings", "DISPUTES", "ferro-ports")],
    ),
    (  # banking: "whose chairman B once ran C"
        "Pellbrook Bank, whose chairman Anton Weiss once ran Carrow Trust, acquired Lindell "
        "Savings in March. The deal was valued at $2bn.",
        [("pellbrook-bank", "OWNS", "lindell-savings")],
        [
            ("anton-weiss", "OWNS", "lindell-savings"),
            ("carrow-trust", "OWNS", "lindell-savings"),
        ],
    ),
    (  # retail: "Y, which X acquired in 2019, sued Z"
        "Mercer Outfitters, which Talbot Retail acquired in 2019, has sued Quill Logistics over "
        "lost stock. Quill said the suit had no merit.",
        [
            ("talbot-retail", "OWNS", "mercer-outfitters"),
            ("mercer-outfitters", "DISPUTES", "quill-logistics"),
        ],
        [("talbot-retail", "DISPUTES", "quill-logistics")],
    ),
    (  # software: "X, which Y founded, bought Z"
        "Vantly, which Priya Raman founded in 2014, bought Corvid Analytics last week. Corvid "
        "had been backed by Hollis Ventures.",
        [("priya-raman", "FOUNDED", "vantly"), ("vantly", "OWNS", "corvid-analytics")],
        [("priya-raman", "OWNS", "corvid-analytics")],
    ),
    (  # pharma: a who-clause on a person subject
        "Dana Holt, who advised Brevan Pharma on its listing, now chairs Ostrel Biotech. Brevan "
        "declined to comment.",
        [("dana-holt", "LEADS", "ostrel-biotech")],
        [("dana-holt", "LEADS", "brevan-pharma"), ("brevan-pharma", "LEADS", "ostrel-biotech")],
    ),
    (  # utilities: the object's own relative clause names another company
        "Northvale Energy bought Kessel Grid, which operates lines for Ambry Power. Ambry was "
        "not part of the deal.",
        [("northvale-energy", "OWNS", "kessel-grid")],
        [("northvale-energy", "OWNS", "ambry-power"), ("kessel-grid", "OWNS", "ambry-power")],
    ),
    (  # media: "the deal, which A financed, gives B control of C"
        "The deal, which Corran Capital financed, gives Redwick Media control of Lantern "
        "Radio. Redwick will keep Lantern's name.",
        [("redwick-media", "OWNS", "lantern-radio")],
        [("corran-capital", "OWNS", "lantern-radio"), ("corran-capital", "FUNDS", "lantern-radio")],
    ),
    (  # construction: a relative clause on the object, whose subject is not the verb's
        "Brisco Build hired Tarrant Cranes, which Orvell Group sued last year, for the Delmont "
        "tower. Orvell did not comment.",
        [("orvell-group", "DISPUTES", "tarrant-cranes")],
        [
            ("brisco-build", "DISPUTES", "tarrant-cranes"),
            ("orvell-group", "DISPUTES", "brisco-build"),
        ],
    ),
]

# A preposed or subordinate clause: its names are not the main verb's subject or object.
CLAUSES: list[Case] = [
    (  # airlines: "After Y rejected its offer, X bought Z"
        "After Skyward Air rejected its offer, Corvel Aviation bought Tarn Airways for $300m. "
        "Skyward had hoped to merge with Tarn.",
        [("corvel-aviation", "OWNS", "tarn-airways")],
        [("skyward-air", "OWNS", "tarn-airways"), ("corvel-aviation", "OWNS", "skyward-air")],
    ),
    (  # farming: "When A sued B, C backed D"
        "When Halden Seeds sued Marra Farms in 2022, Greel Agri bought Marra's grain unit. "
        "Halden later dropped the case.",
        [("halden-seeds", "DISPUTES", "marra-farms")],
        [("greel-agri", "DISPUTES", "marra-farms"), ("halden-seeds", "OWNS", "marra-farms")],
    ),
    (  # banking: a because-clause after the main clause
        "Ostley Bank sued Carver Homes because Brandt Capital had stopped funding the builder. "
        "Brandt declined to comment.",
        [("ostley-bank", "DISPUTES", "carver-homes")],
        [
            ("ostley-bank", "DISPUTES", "brandt-capital"),
            ("brandt-capital", "DISPUTES", "carver-homes"),
        ],
    ),
    (  # retail: while-clause with its own subject
        "While Pellow Stores expanded in Spain, Garnet Retail acquired Hove Fashion for $80m. "
        "Pellow has 400 shops.",
        [("garnet-retail", "OWNS", "hove-fashion")],
        [("pellow-stores", "OWNS", "hove-fashion")],
    ),
    (  # mining: "since" clause with a different acquirer
        "Since Rusk Minerals took over Talby Coal, Ardent Metals has sued Rusk twice. Talby "
        "still runs two mines.",
        [("rusk-minerals", "OWNS", "talby-coal"), ("ardent-metals", "DISPUTES", "rusk-minerals")],
        [("ardent-metals", "OWNS", "talby-coal"), ("ardent-metals", "DISPUTES", "talby-coal")],
    ),
    (  # food: a denial in the preposed clause is that clause's own
        "Although Brandt Capital denied the report, Ardo Foods bought Branton Mills in May. "
        "Branton makes flour.",
        [("ardo-foods", "OWNS", "branton-mills")],
        [("brandt-capital", "OWNS", "branton-mills")],
    ),
    (  # farming: a rejection in the preposed clause, a lawsuit in the main one
        "When Keswick Council rejected the plan, Greel Agri sued Marra Farms. Marra said it "
        "would fight the case.",
        [("greel-agri", "DISPUTES", "marra-farms")],
        [("keswick-council", "DISPUTES", "marra-farms")],
    ),
    (  # guard: the denial in the main clause still blocks
        "After the talks ended, Ardo Foods denied that it had bought Branton Mills. Branton "
        "makes flour.",
        [],
        [("ardo-foods", "OWNS", "branton-mills")],
    ),
    (  # retail: "Rather than buy X, Y invested in Z"
        "Rather than buy Hove Fashion, Garnet Retail invested in Selby Shoes. Selby has 40 stores.",
        [("garnet-retail", "FUNDS", "selby-shoes")],
        [("hove-fashion", "FUNDS", "selby-shoes"), ("garnet-retail", "OWNS", "hove-fashion")],
    ),
    (  # banking: "Instead of X, Y lent"
        "Instead of Ostley Bank, Haber Bank lent $40m to Carver Homes. Carver builds houses in "
        "Kent.",
        [("haber-bank", "FUNDS", "carver-homes")],
        [("ostley-bank", "FUNDS", "carver-homes")],
    ),
    (  # guard: "Rather," an adverb
        "Rather, Garnet Retail said it had invested in Selby Shoes. Selby has 40 stores.",
        [("garnet-retail", "FUNDS", "selby-shoes")],
        [],
    ),
    (  # energy: the object of an infinitive clause after the main object
        "Vardon Oil hired Kessler Advisory to help it sue Marlin Gas. Marlin said it would "
        "fight the suit.",
        [],
        [("vardon-oil", "OWNS", "marlin-gas"), ("kessler-advisory", "OWNS", "marlin-gas")],
    ),
]

# Reported speech: the source is not the subject of the reported verb.
REPORTED: list[Case] = [
    (  # pharma: "A said B had invested in C"
        "Corlan Research said Hesper Capital had invested in Vireo Therapeutics. Vireo is "
        "testing a heart drug.",
        [("hesper-capital", "FUNDS", "vireo-therapeutics")],
        [("corlan-research", "FUNDS", "vireo-therapeutics")],
    ),
    (  # shipping: "according to A, B acquired C"
        "According to Tarlow Partners, Meridian Shipping acquired Baltic Reefers in May. "
        "Meridian declined to comment.",
        [("meridian-shipping", "OWNS", "baltic-reefers")],
        [("tarlow-partners", "OWNS", "baltic-reefers")],
    ),
    (  # food: "A told B that C had bought D"
        "Elena Varga told Fennick News that Ambrose Foods had bought Colley Bakeries. Ambrose "
        "owns six bakeries.",
        [("ambrose-foods", "OWNS", "colley-bakeries")],
        [("elena-varga", "OWNS", "colley-bakeries"), ("fennick-news", "OWNS", "colley-bakeries")],
    ),
    (  # telecoms: the source after the reported clause
        "Brightline Telecom has sued Quarry Networks, Ovid Analytics said in a note. Quarry "
        "denied wrongdoing.",
        [("brightline-telecom", "DISPUTES", "quarry-networks")],
        [("ovid-analytics", "DISPUTES", "quarry-networks")],
    ),
    (  # media: a lawyer for A said B had criticised C
        "A lawyer for Sable Studios said Granger Films had criticised Orbit Pictures. Orbit "
        "makes children's films.",
        [("granger-films", "DISPUTES", "orbit-pictures")],
        [("sable-studios", "DISPUTES", "orbit-pictures")],
    ),
    (  # utilities: analysts at A expect B to buy C (an expectation, no relation)
        "Analysts at Morrell Securities said Teign Water could buy Dunmore Utilities next "
        "year. Teign declined to comment.",
        [],
        [("morrell-securities", "OWNS", "dunmore-utilities")],
    ),
]

# A reported clause's own subject after "X, <aside>, said": not X.
REPORTED_SUBJECTS: list[Case] = [
    (  # media
        "Redwick Media, the broadcaster controlled by the Halvorsen family, said its radio "
        "unit, Lantern Radio, would partner with Granger Films on a podcast.",
        [("lantern-radio", "PARTNERS_WITH", "granger-films")],
        [("redwick-media", "PARTNERS_WITH", "granger-films")],
    ),
    (  # mining
        "Calder Mining, the Chilean copper group, said its smelting arm, Pike Smelting, had "
        "sued Ardent Metals over unpaid bills.",
        [("pike-smelting", "DISPUTES", "ardent-metals")],
        [("calder-mining", "DISPUTES", "ardent-metals")],
    ),
    (  # banking
        "Pellbrook Bank, which is based in Zurich, announced that its fund arm, Carrow Trust, "
        "had invested in Zappa Pay.",
        [("carrow-trust", "FUNDS", "zappa-pay")],
        [("pellbrook-bank", "FUNDS", "zappa-pay")],
    ),
]

# Quotes: the speaker and the speaker's company are not the quoted verb's arguments.
QUOTES: list[Case] = [
    (  # sport: a quote with a speaker and an object in it
        '"We will not sue Kelso Athletic," said Marta Lind, chief executive of Brennan United. '
        "Kelso welcomed the news.",
        [("marta-lind", "LEADS", "brennan-united")],
        [
            ("brennan-united", "DISPUTES", "kelso-athletic"),
            ("marta-lind", "DISPUTES", "kelso-athletic"),
        ],
    ),
    (  # farming: "'We will back X,' said Y of Z"
        '"We fully support the Orla dam," said Tom Brack of Harl Farmers Union. The dam is '
        "opposed by Keswick Council.",
        [("keswick-council", "DISPUTES", "orla-dam")],
        [("keswick-council", "BACKS", "orla-dam")],
    ),
    (  # aviation: a quoted accusation does not make the speaker's firm a buyer
        'Rolf Maier, who heads Alpen Air, said: "Dravo Jets bought Skyline Charter to hurt '
        'us." Dravo did not respond.',
        [("rolf-maier", "LEADS", "alpen-air")],
        [("alpen-air", "OWNS", "skyline-charter"), ("rolf-maier", "OWNS", "skyline-charter")],
    ),
]

# Prepositional phrases and lists: the object of the verb, not a name governed by a
# preposition after it or a list of other things.
OBJECTS: list[Case] = [
    (  # mining: "X acquired Z from Y": the seller is no object
        "Orrin Metals acquired the Tasman nickel mine from Calder Resources. Orrin also owns "
        "Pike Smelting.",
        [("orrin-metals", "OWNS", "pike-smelting")],
        [("orrin-metals", "OWNS", "calder-resources")],
    ),
    (  # banking: "invested in Y's rival Z"
        "Hollis Ventures invested in Zappa Pay's rival Ferro Money in June. Zappa declined to "
        "comment.",
        [("hollis-ventures", "FUNDS", "ferro-money")],
        [("hollis-ventures", "FUNDS", "zappa-pay")],
    ),
    (  # food: "bought Y's stake in Z": not Y
        "Ardo Foods bought Kilner Capital's stake in Branton Mills for $40m. Kilner had held "
        "the stake since 2015.",
        [],
        [("ardo-foods", "OWNS", "kilner-capital"), ("ardo-foods", "FUNDS", "kilner-capital")],
    ),
    (  # retail: "sued X over its deal with Y": Y is no defendant
        "Garnet Retail sued Hove Fashion over its supply deal with Pellow Textiles. Pellow was "
        "not named in the suit.",
        [("garnet-retail", "DISPUTES", "hove-fashion")],
        [("garnet-retail", "DISPUTES", "pellow-textiles")],
    ),
    (  # shipping: "chartered vessels for X" then a dispute with another
        "Tolland Tankers criticised Ferro Ports for delays at terminals run by Bexley Marine. "
        "Bexley said it was not at fault.",
        [("tolland-tankers", "DISPUTES", "ferro-ports")],
        [("tolland-tankers", "DISPUTES", "bexley-marine")],
    ),
    (  # energy: "X invested in Y alongside Z": Z invested too, X did not fund Z
        "Hesper Capital invested in Vanta Solar alongside Corran Partners. Vanta builds solar "
        "farms in Spain.",
        [("hesper-capital", "FUNDS", "vanta-solar")],
        [("hesper-capital", "FUNDS", "corran-partners")],
    ),
    (  # pharma: "X sold Z to Y": Y owns Z, X does not own Y
        "Brevan Pharma sold its generics unit, Colby Generics, to Ostrel Health for $500m. "
        "Brevan will focus on vaccines.",
        [("ostrel-health", "OWNS", "colby-generics")],
        [("brevan-pharma", "OWNS", "ostrel-health"), ("ostrel-health", "OWNS", "brevan-pharma")],
    ),
    (  # construction: "X won a contract from Y to build Z"
        "Brisco Build won a contract from Delmont Council to rebuild Harlow Bridge. Brisco beat "
        "Tarrant Civil to the contract.",
        [("brisco-build", "COMPETES_WITH", "tarrant-civil")],
        [("brisco-build", "OWNS", "delmont-council"), ("delmont-council", "FUNDS", "brisco-build")],
    ),
    (  # media: "X, along with Y, invested in Z"
        "Corran Capital, along with Dalby Partners, invested in Lantern Radio last year. "
        "Lantern broadcasts in Wales.",
        [
            ("corran-capital", "FUNDS", "lantern-radio"),
            ("dalby-partners", "FUNDS", "lantern-radio"),
        ],
        [("corran-capital", "FUNDS", "dalby-partners")],
    ),
    (  # airlines: "X leases jets to Y and Z" with a purchase of another
        "Velde Leasing bought Aerolux from Marten Holdings. Velde leases jets to Skyward Air "
        "and Tarn Airways.",
        [("velde-leasing", "OWNS", "aerolux")],
        [
            ("velde-leasing", "OWNS", "marten-holdings"),
            ("velde-leasing", "OWNS", "skyward-air"),
            ("velde-leasing", "OWNS", "tarn-airways"),
        ],
    ),
]

# A passive after a noun's complement: the noun is the patient, not the name inside it.
COMPLEMENTS: list[Case] = [
    (  # pharma: "A's decision to sell B to C was criticised by X"
        "Brevan Pharma's decision to sell Colby Generics to Ostrel Health was criticised by "
        "Larkspur Capital. Larkspur owns 5% of Brevan.",
        [("ostrel-health", "OWNS", "colby-generics")],
        [
            ("larkspur-capital", "DISPUTES", "ostrel-health"),
            ("larkspur-capital", "DISPUTES", "colby-generics"),
        ],
    ),
    (  # aviation: "whose bid for C was rejected by X"
        "Corvel Aviation, whose bid for Tarn Airways was rejected by Orla Holidays, will now "
        "focus on cargo. Orla owns 30% of Tarn.",
        [],
        [("orla-holidays", "DISPUTES", "tarn-airways")],
    ),
    (  # sport: "the plan to merge A with C has been opposed by X"
        "The plan to merge Kelso Athletic with Halby Rovers has been opposed by Dorran Group. "
        "Dorran owns Kelso.",
        [],
        [
            ("dorran-group", "DISPUTES", "halby-rovers"),
            ("dorran-group", "DISPUTES", "kelso-athletic"),
        ],
    ),
    (  # energy: "A's offer for C was opposed by X"
        "Northvale Energy's offer for Kessel Grid was opposed by Ambry Power on Monday. Ambry "
        "owns 20% of Kessel.",
        [],
        [("ambry-power", "DISPUTES", "kessel-grid")],
    ),
    (  # shipping: a closed ", whose ... ," aside: its head is the patient
        "Tarn Airways, whose jets were leased from Velde Leasing, was sued by Skyward Air in "
        "May. Velde declined to comment.",
        [("skyward-air", "DISPUTES", "tarn-airways")],
        [("skyward-air", "DISPUTES", "velde-leasing")],
    ),
    (  # sport: the same with "sold to"
        "Kelso Athletic, whose stadium was sold to Dorran Group, was criticised by Halby Rovers. "
        "Rovers play in the same league.",
        [("halby-rovers", "DISPUTES", "kelso-athletic")],
        [("halby-rovers", "DISPUTES", "dorran-group")],
    ),
    (  # retail: "the move by A to buy C was criticised by X"
        "The move by Garnet Retail to buy Selby Shoes was criticised by Talbot Retail. Selby "
        "has 40 stores.",
        [],
        [("talbot-retail", "DISPUTES", "selby-shoes")],
    ),
    (  # energy: "a plan to acquire C has been opposed by X"
        "A plan to acquire Kessel Grid has been opposed by Ambry Power. Ambry owns 20% of Kessel.",
        [],
        [("ambry-power", "DISPUTES", "kessel-grid")],
    ),
    (  # true case: a lawsuit against C filed by X names the dispute with C
        "A lawsuit against Tarn Airways was filed by Skyward Air in May. Tarn denied the claims.",
        [("skyward-air", "DISPUTES", "tarn-airways")],
        [],
    ),
]

# ", and <adverb> <verb>" after a list of objects: the first verb's subject, not the last object.
COORDINATED: list[Case] = [
    (  # food
        "Ambrose Foods has bought Colley Bakeries and Hale Mills, and now competes with "
        "Brackley Foods. Brackley is twice its size.",
        [("ambrose-foods", "COMPETES_WITH", "brackley-foods")],
        [("hale-mills", "COMPETES_WITH", "brackley-foods")],
    ),
    (  # shipping
        "Meridian Shipping chartered ships from Baltic Reefers and Nord Tank, and has since sued "
        "Ferro Ports. Ferro denied the claims.",
        [("meridian-shipping", "DISPUTES", "ferro-ports")],
        [("nord-tank", "DISPUTES", "ferro-ports")],
    ),
    (  # media
        "Redwick Media owns Lantern Radio and Kelso FM, and also criticised Granger Films on "
        "Friday. Granger makes films.",
        [("redwick-media", "DISPUTES", "granger-films")],
        [("kelso-fm", "DISPUTES", "granger-films")],
    ),
    (  # pharma: a preposition's objects before ", and"
        "Ostrel Health licenses drugs from Vireo Therapeutics and Hesper Bio, and has "
        "criticised Brevan Pharma over prices. Brevan declined to comment.",
        [("ostrel-health", "DISPUTES", "brevan-pharma")],
        [("hesper-bio", "DISPUTES", "brevan-pharma")],
    ),
    (  # shipping: "which bought A from B and sued C": the buyer sued
        "Bexley Marine, which last year bought Tolland Tankers from Skarvik Lines and sued Ferro "
        "Ports, is now in talks with Meridian Shipping.",
        [("bexley-marine", "DISPUTES", "ferro-ports")],
        [
            ("tolland-tankers", "DISPUTES", "ferro-ports"),
            ("skarvik-lines", "DISPUTES", "ferro-ports"),
        ],
    ),
    (  # food: "bought A from B in 2019 and sued C"
        "Ambrose Foods bought Colley Bakeries from Brandt Capital in 2019 and sued Marra Farms "
        "last year. Marra denied the claims.",
        [("ambrose-foods", "DISPUTES", "marra-farms")],
        [("colley-bakeries", "DISPUTES", "marra-farms")],
    ),
    (  # guard: a second clause with its own subject
        "Ambrose Foods bought Colley Bakeries, and Hale Mills later sued Brackley Foods. "
        "Brackley denied wrongdoing.",
        [("hale-mills", "DISPUTES", "brackley-foods")],
        [("ambrose-foods", "DISPUTES", "brackley-foods")],
    ),
]

# "back": money for the object right after the verb, not for a name after "the <noun> of".
BACKED: list[Case] = [
    (  # metals: backing a company's management
        "Tamura Metals, which owns 20% of Vitkov Metal, said it backed the management of "
        "Ostrava Rolling. Ostrava makes steel sheet.",
        [("tamura-metals", "OWNS", "vitkov-metal")],
        [("tamura-metals", "FUNDS", "ostrava-rolling")],
    ),
    (  # media: backing a board in a vote
        "Corran Capital backed the board of Lantern Radio in Monday's vote. Lantern is owned by "
        "Redwick Media.",
        [],
        [("corran-capital", "FUNDS", "lantern-radio")],
    ),
    (  # fintech: the true case with a descriptor before the name
        "Hollis Ventures has backed German start-up Zappa Pay since 2019. Zappa competes with "
        "Ferro Money.",
        [("hollis-ventures", "FUNDS", "zappa-pay")],
        [("hollis-ventures", "FUNDS", "ferro-money")],
    ),
]

# ", which <verb> X, and Y": the comma closes the relative clause; Y is no object of its verb.
RELATIVE_LISTS: list[Case] = [
    (  # fintech
        "Zappa Pay raised $40m from Hollis Ventures, which also backs Ferro Money, and Dalby "
        "Partners. Zappa runs a payments app.",
        [("hollis-ventures", "FUNDS", "zappa-pay")],
        [("hollis-ventures", "FUNDS", "dalby-partners")],
    ),
    (  # retail
        "Talbot Retail bought 20 shops from Garnet Retail, which also owns Hove Fashion, and "
        "Pellow Stores. Talbot paid $30m.",
        [("garnet-retail", "OWNS", "hove-fashion")],
        [("garnet-retail", "OWNS", "pellow-stores")],
    ),
    (  # guard: a list inside the relative clause
        "Dalby Partners, which owns Teign Water and Dunmore Utilities, has sued Ambry Power. "
        "Ambry denied the claims.",
        [
            ("dalby-partners", "OWNS", "teign-water"),
            ("dalby-partners", "OWNS", "dunmore-utilities"),
        ],
        [],
    ),
]

# Subjects: a possessor, a unit's parent, a company's own shares, a preposition's object.
SUBJECTS: list[Case] = [
    (  # banking: shares of X fell after Y sued Z
        "Shares of Carrow Trust fell after Ostley Bank sued Lindell Savings. Carrow owns 10% of "
        "Lindell.",
        [("ostley-bank", "DISPUTES", "lindell-savings")],
        [("carrow-trust", "DISPUTES", "lindell-savings")],
    ),
    (  # retail: "X, a unit of Y, bought Z": X bought it
        "Hove Fashion, a unit of Garnet Retail, bought Selby Shoes in April. Selby has 40 stores.",
        [("hove-fashion", "OWNS", "selby-shoes"), ("garnet-retail", "OWNS", "hove-fashion")],
        [("selby-shoes", "OWNS", "hove-fashion")],
    ),
    (  # food: a possessor's chief executive sues
        "Ambrose Foods chief executive Nina Roth criticised Colley Bakeries on Tuesday. Colley "
        "supplies Brackley Foods.",
        [("nina-roth", "LEADS", "ambrose-foods")],
        [("brackley-foods", "DISPUTES", "colley-bakeries")],
    ),
    (  # pharma: "X and Y's rival Z sued W"
        "Vireo Therapeutics and Hesper Bio's rival Corlan Pharma sued Ostrel Health. Ostrel "
        "denied infringing any patents.",
        [("corlan-pharma", "DISPUTES", "ostrel-health")],
        [("hesper-bio", "DISPUTES", "ostrel-health")],
    ),
    (  # sport: the club's owner, not the club, is the buyer
        "Dorran Group, the owner of Kelso Athletic, bought Brennan Stadium for $60m. Kelso "
        "plays there.",
        # (a stadium is a Project: the schema has no OWNS for it)
        [("dorran-group", "OWNS", "kelso-athletic")],
        [("kelso-athletic", "OWNS", "brennan-stadium")],
    ),
    (  # mining: a supplier in a prepositional phrase before the verb
        "A consortium led by Calder Mining with support from Haber Bank bought Pasco Copper. "
        "Haber lent $200m.",
        [],
        [("haber-bank", "OWNS", "pasco-copper")],
    ),
]

# Typed verb frames: FOUNDED needs a founded company, project or product; LEADS a person.
FRAMES: list[Case] = [
    (  # FOUNDED: launching a bid is not founding its target
        "Corvel Aviation launched a bid for Tarn Airways on Monday. Tarn's board has rejected it.",
        [],
        [("corvel-aviation", "FOUNDED", "tarn-airways")],
    ),
    (  # FOUNDED: starting talks with a company
        "Greel Agri started talks with Marra Farms about a merger. Marra is based in Iowa.",
        [],
        [("greel-agri", "FOUNDED", "marra-farms")],
    ),
    (  # FOUNDED: creating jobs at another company
        "Northvale Energy created 200 jobs at Kessel Grid after the takeover. Kessel is based "
        "in Leeds.",
        [],
        [("northvale-energy", "FOUNDED", "kessel-grid")],
    ),
    (  # FOUNDED: establishing a partnership
        "Pellbrook Bank established a partnership with Zappa Pay in 2021. Zappa runs a "
        "payments app.",
        [("pellbrook-bank", "PARTNERS_WITH", "zappa-pay")],
        [("pellbrook-bank", "FOUNDED", "zappa-pay")],
    ),
    (  # FOUNDED: the true case beside the guards
        "Priya Raman founded Vantly in 2014 after leaving Corvid Analytics. Vantly makes "
        "payroll software.",
        [("priya-raman", "FOUNDED", "vantly")],
        [("priya-raman", "FOUNDED", "corvid-analytics")],
    ),
    (  # FOUNDED: launching a product for another company's customers
        "Harrow Dairies launched a lactose-free milk for Brackley Foods stores. Brackley sells "
        "it in 300 shops.",
        [],
        [("harrow-dairies", "FOUNDED", "brackley-foods")],
    ),
    (  # LEADS: an organization leading a market is no leader
        "Calder Mining leads Orrin Metals in copper output. Calder mines in Chile and Peru.",
        [],
        [("calder-mining", "LEADS", "orrin-metals")],
    ),
    (  # LEADS: running ads on a network
        "Brackley Foods runs adverts on Lantern Radio every morning. Lantern is owned by "
        "Redwick Media.",
        [("redwick-media", "OWNS", "lantern-radio")],
        [("brackley-foods", "LEADS", "lantern-radio")],
    ),
    (  # LEADS: managing money for a client
        "Dalby Partners manages the pension fund of Teign Water. Teign has 3,000 staff.",
        [],
        [("dalby-partners", "LEADS", "teign-water")],
    ),
    (  # LEADS: a person who runs one company praised another
        "Nina Roth, who runs Ambrose Foods, praised Colley Bakeries for its bread. Colley is "
        "based in Leeds.",
        [("nina-roth", "LEADS", "ambrose-foods")],
        [("nina-roth", "LEADS", "colley-bakeries"), ("ambrose-foods", "LEADS", "colley-bakeries")],
    ),
    (  # LEADS: the true case with a prepositional phrase
        "Anton Weiss heads Carrow Trust, a lender based in Zurich. He previously worked at "
        "Pellbrook Bank.",
        [("anton-weiss", "LEADS", "carrow-trust")],
        [("anton-weiss", "LEADS", "pellbrook-bank")],
    ),
    (  # OWNS: running terminals for a port company
        "Bexley Marine operates two terminals for Ferro Ports in Rotterdam. Ferro is owned by "
        "Dalberg Holdings.",
        [("dalberg-holdings", "OWNS", "ferro-ports")],
        [("bexley-marine", "OWNS", "ferro-ports")],
    ),
    (  # OWNS: the price paid for a company (the phrase holds "for")
        "Hollis Ventures paid $20m for Zappa Pay in 2021. Zappa competes with Ferro Money.",
        [("hollis-ventures", "OWNS", "zappa-pay")],
        [("hollis-ventures", "OWNS", "ferro-money")],
    ),
    (  # OWNS: operating flights for a client is no ownership
        "Skyward Air operates flights for Orla Holidays from Leeds. Orla sells package tours.",
        [],
        [("skyward-air", "OWNS", "orla-holidays")],
    ),
]

# Short-range verbs business news uses that the triggers should know.
SHORT: list[Case] = [
    (  # banking: "bailed out"
        "Haber Bank bailed out Lindell Savings in 2009. Lindell repaid the loan in 2012.",
        [("haber-bank", "FUNDS", "lindell-savings")],
        [],
    ),
    (  # retail: "bought out"
        "Talbot Retail bought out Mercer Outfitters last year. Mercer kept its brand.",
        [("talbot-retail", "OWNS", "mercer-outfitters")],
        [],
    ),
    (  # mining: "swallowed up"
        "Rusk Minerals swallowed up Talby Coal in 2018. Talby had two mines.",
        [("rusk-minerals", "OWNS", "talby-coal")],
        [],
    ),
    (  # tech: "scooped up"
        "Vantly scooped up Corvid Analytics for $50m. Corvid's staff will join Vantly.",
        [("vantly", "OWNS", "corvid-analytics")],
        [],
    ),
    (  # food: "gained control of"
        "Ardo Foods gained control of Branton Mills after a long fight. Branton makes flour.",
        [("ardo-foods", "OWNS", "branton-mills")],
        [],
    ),
    (  # shipping: "seized control of"
        "Dalberg Holdings seized control of Skarvik Lines in March. Skarvik runs ferries.",
        [("dalberg-holdings", "OWNS", "skarvik-lines")],
        [],
    ),
    (  # sport: "underwrote"
        "Corran Capital underwrote Kelso Athletic's new stand. Kelso plays in the second tier.",
        [],
        [("corran-capital", "OWNS", "kelso-athletic")],
    ),
    (  # tech: "took legal action against" and "sued" with a partner in a list
        "Brightline Telecom and Quarry Networks took legal action against Ovid Cable. Ovid "
        "called the case baseless.",
        [
            ("brightline-telecom", "DISPUTES", "ovid-cable"),
            ("quarry-networks", "DISPUTES", "ovid-cable"),
        ],
        [("brightline-telecom", "DISPUTES", "quarry-networks")],
    ),
    (  # utilities: "teamed up with" after a dated phrase
        "In 2023 Teign Water teamed up with Dunmore Utilities to build a reservoir. Dunmore "
        "serves Devon.",
        [("teign-water", "PARTNERS_WITH", "dunmore-utilities")],
        [],
    ),
    (  # pharma: "linked up with"
        "Vireo Therapeutics linked up with Hesper Bio to test a heart drug. Hesper is based in "
        "Basel.",
        [("vireo-therapeutics", "PARTNERS_WITH", "hesper-bio")],
        [],
    ),
    (  # media: "took a swipe at"
        "Redwick Media took a swipe at Granger Films on Friday. Granger declined to comment.",
        [("redwick-media", "DISPUTES", "granger-films")],
        [],
    ),
    (  # airlines: "is suing" in a progressive
        "Skyward Air is suing Velde Leasing over two grounded jets. Velde said the jets were safe.",
        [("skyward-air", "DISPUTES", "velde-leasing")],
        [],
    ),
]

# Phrasal verbs of the genre the triggers lacked, each with a near-miss.
PHRASAL: list[Case] = [
    (  # insurance: "bailed out" a rival, the regulator only approving
        "Larch Re bailed out Amberley Insurance last year with a $300m loan. The rescue was "
        "approved by Torvald Group.",
        [("larch-re", "FUNDS", "amberley-insurance")],
        [("torvald-group", "FUNDS", "amberley-insurance")],
    ),
    (  # guard: "bailed out of" is leaving, not a rescue
        "Corran Capital bailed out of Lantern Radio in 2020. Lantern is owned by Redwick Media.",
        [("redwick-media", "OWNS", "lantern-radio")],
        [("corran-capital", "FUNDS", "lantern-radio")],
    ),
    (  # retail: "gobbled up" in a relative clause
        "Garnet Retail, which gobbled up Hove Fashion in 2021, now wants Selby Shoes. Selby "
        "has 40 stores.",
        [("garnet-retail", "OWNS", "hove-fashion")],
        [("garnet-retail", "OWNS", "selby-shoes")],
    ),
    (  # media: "scooped up" with an agent in a passive
        "Lantern Radio was scooped up by Redwick Media in 2019. Granger Films had also bid.",
        [("redwick-media", "OWNS", "lantern-radio")],
        [("granger-films", "OWNS", "lantern-radio")],
    ),
    (  # autos: "tied up with"
        "Varna Motors has tied up with Keller Seats to build electric vans. Orsk Auto builds "
        "its own.",
        [("varna-motors", "PARTNERS_WITH", "keller-seats")],
        [("varna-motors", "PARTNERS_WITH", "orsk-auto")],
    ),
    (  # guard: "tied up" money is no partnership
        "Varna Motors has tied up $2bn in unsold cars. Keller Seats supplies it.",
        [],
        [("varna-motors", "PARTNERS_WITH", "keller-seats")],
    ),
    (  # utilities: "took issue with"
        "Dunmore Utilities took issue with Teign Water over a shared pipeline. Teign is owned "
        "by Dalby Partners.",
        [("dunmore-utilities", "DISPUTES", "teign-water")],
        [("dunmore-utilities", "DISPUTES", "dalby-partners")],
    ),
    (  # telecoms: "square off against" in an auction
        "Brightline Telecom will square off against Quarry Networks in the spectrum auction. "
        "Ovid Cable is not bidding.",
        [("brightline-telecom", "COMPETES_WITH", "quarry-networks")],
        [("brightline-telecom", "COMPETES_WITH", "ovid-cable")],
    ),
    (  # autos: "go toe-to-toe with"
        "Varna Motors went toe-to-toe with Orsk Auto in vans last year. Keller Seats supplies "
        "both.",
        [("varna-motors", "COMPETES_WITH", "orsk-auto")],
        [("keller-seats", "COMPETES_WITH", "orsk-auto")],
    ),
    (  # public works: "spearheaded" a project, in a relative clause
        "Ivo Lanz, who spearheaded the Tarn Dam project, now runs Brisa Foods. Keswick Council "
        "paid for the dam.",
        [("ivo-lanz", "LEADS", "tarn-dam"), ("ivo-lanz", "LEADS", "brisa-foods")],
        [("keswick-council", "LEADS", "tarn-dam")],
    ),
    (  # sport: "rounded on"
        "Brennan United rounded on Kelso Athletic after the transfer collapsed. Kelso said the "
        "fee was too low.",
        [("brennan-united", "DISPUTES", "kelso-athletic")],
        [],
    ),
    (  # airlines: "took ... to task"
        "Tarn Airways took Velde Leasing to task over engine delays. Velde blamed Rotor Dynamics.",
        [("tarn-airways", "DISPUTES", "velde-leasing")],
        [("tarn-airways", "DISPUTES", "rotor-dynamics")],
    ),
    (  # retail: "undercut"
        "Pellow Stores has undercut Garnet Retail on school uniforms this year. Garnet owns "
        "Hove Fashion.",
        [("pellow-stores", "COMPETES_WITH", "garnet-retail")],
        [("pellow-stores", "COMPETES_WITH", "hove-fashion")],
    ),
]

# Negated, hedged and intended verbs give no relation.
HEDGES: list[Case] = [
    (  # banking: denied
        "Ostley Bank denied that it had sued Carver Homes. Carver builds homes in Kent.",
        [],
        [("ostley-bank", "DISPUTES", "carver-homes")],
    ),
    (  # mining: a failed bid
        "Calder Mining failed to buy Pasco Copper after Orrin Metals outbid it. Pasco is based "
        "in Lima.",
        [("orrin-metals", "COMPETES_WITH", "calder-mining")],
        [("calder-mining", "OWNS", "pasco-copper")],
    ),
    (  # food: "is in talks to buy"
        "Ambrose Foods is in talks to buy Colley Bakeries, people familiar said. Colley is "
        "owned by Brandt Capital.",
        [("brandt-capital", "OWNS", "colley-bakeries")],
        [("ambrose-foods", "OWNS", "colley-bakeries")],
    ),
    (  # retail: "did not invest"
        "Hollis Ventures did not invest in Zappa Pay, its spokesman said. Zappa raised money "
        "from Ferro Capital.",
        [],
        [("hollis-ventures", "FUNDS", "zappa-pay")],
    ),
    (  # shipping: "plans to sue"
        "Tolland Tankers plans to sue Ferro Ports if delays continue. Ferro is owned by Bexley "
        "Marine.",
        [("bexley-marine", "OWNS", "ferro-ports")],
        [("bexley-marine", "DISPUTES", "tolland-tankers")],
    ),
]

# Longer news sentences: dates, titles, inserted clauses and several companies at once.
NEWS: list[Case] = [
    (  # steel: a seller in a by-phrase, an adviser in an inserted clause
        "Harmon Steel, advised by Clerk & Vane, agreed on Tuesday to buy Ostrava Rolling from "
        "Dvorak Industries for $1.2bn. Dvorak will keep its Polish mills.",
        [],
        [
            ("harmon-steel", "OWNS", "dvorak-industries"),
            ("clerk-vane", "OWNS", "ostrava-rolling"),
            ("dvorak-industries", "OWNS", "harmon-steel"),
        ],
    ),
    (  # telecoms: a rival named in a comparison after the object
        "Brightline Telecom, the country's second-largest carrier after Quarry Networks, bought "
        "Ovid Cable last year. Ovid has 2 million customers.",
        [("brightline-telecom", "OWNS", "ovid-cable")],
        [("quarry-networks", "OWNS", "ovid-cable")],
    ),
    (  # insurance: "a deal that would give it control of"
        "Larch Re sued Amberley Insurance on Friday, weeks after Amberley agreed to sell its "
        "Irish arm to Torvald Group. Torvald declined to comment.",
        [("larch-re", "DISPUTES", "amberley-insurance")],
        [
            ("larch-re", "DISPUTES", "torvald-group"),
            ("torvald-group", "DISPUTES", "amberley-insurance"),
        ],
    ),
    (  # luxury: a former employer in a participial clause
        "Camille Roux, who left Maison Verel in 2020, now runs Atelier Soren, which Ferrand "
        "Group bought in 2022. Verel makes handbags.",
        [("camille-roux", "LEADS", "atelier-soren"), ("ferrand-group", "OWNS", "atelier-soren")],
        [("camille-roux", "LEADS", "maison-verel"), ("camille-roux", "OWNS", "atelier-soren")],
    ),
    (  # rail: a subject after a dated preposed phrase and a list of cities
        "In March, after months of delays in Leeds and York, Northway Rail sued Castor "
        "Signalling. Castor is owned by Helm Engineering.",
        [
            ("northway-rail", "DISPUTES", "castor-signalling"),
            ("helm-engineering", "OWNS", "castor-signalling"),
        ],
        [("helm-engineering", "DISPUTES", "northway-rail")],
    ),
    (  # private equity: "X, backed by Y, bought Z"
        "Tessel Foods, backed by Corran Capital, bought Marlow Snacks from Ingram Brands in "
        "May. Ingram is selling non-core units.",
        [("corran-capital", "FUNDS", "tessel-foods"), ("tessel-foods", "OWNS", "marlow-snacks")],
        [("corran-capital", "OWNS", "marlow-snacks"), ("tessel-foods", "OWNS", "ingram-brands")],
    ),
    (  # real estate: a project built for a tenant
        "Garrick Estates is building the Halvard Tower for Pellbrook Bank, which will lease "
        "half of it. Garrick also owns Dunmore Yards.",
        [("garrick-estates", "OWNS", "dunmore-yards")],
        [
            ("pellbrook-bank", "OWNS", "dunmore-yards"),
            ("garrick-estates", "OWNS", "pellbrook-bank"),
        ],
    ),
    (  # defence: "X and Y said they had agreed to ..." with an object for one verb only
        "Harcourt Defence hired Renny Systems and sued Ostmark Arms over a missile design. "
        "Renny makes radar.",
        [("harcourt-defence", "DISPUTES", "ostmark-arms")],
        [
            ("harcourt-defence", "DISPUTES", "renny-systems"),
            ("renny-systems", "DISPUTES", "ostmark-arms"),
        ],
    ),
    (  # education: a partner in a with-phrase is not the object of "founded"
        "Lena Ortiz founded Brightpath Learning with support from Calloway University. "
        "Calloway also backs Skola Labs.",
        [("lena-ortiz", "FOUNDED", "brightpath-learning")],
        [
            ("lena-ortiz", "FOUNDED", "calloway-university"),
            ("calloway-university", "FOUNDED", "brightpath-learning"),
        ],
    ),
    (  # chemicals: the object inside a list of products, not the maker named after it
        "Veltra Chemicals criticised Ostrum Plastics, Danner Resins and Kell Polymers over "
        "pricing. Kell is owned by Ambry Group.",
        [
            ("veltra-chemicals", "DISPUTES", "ostrum-plastics"),
            ("ambry-group", "OWNS", "kell-polymers"),
        ],
        [("veltra-chemicals", "DISPUTES", "ambry-group")],
    ),
    (  # gaming: a studio's parent named in an appositive on the object
        "Pixelforge sued Nomad Games, a studio owned by Tarrant Media, over a copied title. "
        "Tarrant declined to comment.",
        [("pixelforge", "DISPUTES", "nomad-games"), ("tarrant-media", "OWNS", "nomad-games")],
        [("pixelforge", "DISPUTES", "tarrant-media"), ("tarrant-media", "DISPUTES", "pixelforge")],
    ),
    (  # agriculture: a verb after a relative clause on the object
        "Greel Agri bought a stake in Marra Farms, which supplies Colley Bakeries and Ardo "
        "Foods. Greel paid $30m.",
        [],
        [
            ("greel-agri", "FUNDS", "colley-bakeries"),
            ("greel-agri", "OWNS", "colley-bakeries"),
            ("greel-agri", "OWNS", "ardo-foods"),
        ],
    ),
    (  # shipping: a purpose clause: hired to manage, not the buyer
        "Skarvik Lines hired Tolland Marine to manage the ferries it bought from Ferro Ports. "
        "Ferro runs two harbours.",
        [],
        [
            ("tolland-marine", "OWNS", "ferro-ports"),
            ("skarvik-lines", "OWNS", "ferro-ports"),
            ("tolland-marine", "LEADS", "ferro-ports"),
        ],
    ),
    (  # asset management: "X, whose funds own Y, backed Z"
        "Dalby Partners, whose funds own Teign Water, invested in Dunmore Utilities in 2021. "
        "Dunmore serves Devon.",
        [("dalby-partners", "FUNDS", "dunmore-utilities")],
        [("teign-water", "FUNDS", "dunmore-utilities")],
    ),
    (  # autos: "X said on Monday it had bought Y, a supplier to Z"
        "Varna Motors said on Monday it had bought Keller Seats, a supplier to Orsk Auto. Orsk "
        "buys seats from three makers.",
        [("varna-motors", "OWNS", "keller-seats")],
        [("varna-motors", "OWNS", "orsk-auto"), ("orsk-auto", "OWNS", "keller-seats")],
    ),
    (  # sport: a coach hired by one club after leaving another
        "Brennan United hired Marco Sala, who had managed Kelso Athletic, as coach. Kelso "
        "finished third.",
        [],
        [
            ("brennan-united", "LEADS", "kelso-athletic"),
            ("brennan-united", "OWNS", "kelso-athletic"),
        ],
    ),
]

# A description ("the club", "the miner") the sentence puts in doubt: it names another entity
# of that type before the description; no relation rather than a guess.
DOUBT: list[Case] = [
    (  # sport: "bought X from Y, who had run the club" after another club was described
        "Victor Strand owns a stake in the rival club Halby Rovers. Strand bought Kelso "
        "Athletic from the businessman Neil Harper, who had run the club for two decades.",
        [("victor-strand", "OWNS", "kelso-athletic")],
        [("neil-harper", "LEADS", "halby-rovers")],
    ),
    (  # mining: "X, which owned 40% of Y, now controls the miner"
        "Calder Mining sold its stake in Pasco Copper to Orrin Metals. Orrin, which already "
        "owned 40% of Pasco, now controls the miner.",
        [("orrin-metals", "OWNS", "pasco-copper")],
        [("orrin-metals", "OWNS", "calder-mining")],
    ),
    (  # retail: a former boss of the retailer bought in the same sentence
        "Talbot Retail has 300 shops. Garnet Retail bought Hove Fashion from Ivo Lanz, who had "
        "run the retailer since 2010.",
        [("garnet-retail", "OWNS", "hove-fashion")],
        [("ivo-lanz", "LEADS", "talbot-retail"), ("ivo-lanz", "LEADS", "garnet-retail")],
    ),
    (  # banking: the lender named earlier, a bank named in the sentence
        "Haber Bank lent $40m to Carver Homes. Ostley Bank, which bought Lindell Savings in "
        "2019, has since sued the lender.",
        [("ostley-bank", "OWNS", "lindell-savings")],
        [("ostley-bank", "DISPUTES", "haber-bank")],
    ),
    (  # retail: an object "it" with two candidates in the sentence
        "Garnet Retail tried to buy Hove Fashion, but Talbot Retail outbid it. Hove has 80 shops.",
        [],
        [("talbot-retail", "COMPETES_WITH", "hove-fashion")],
    ),
    (  # true case: "it" with one candidate besides the subject
        "Redwick Media founded Lantern Radio in 1990 and still owns it. Granger Films is a rival.",
        [("redwick-media", "OWNS", "lantern-radio")],
        [],
    ),
    (  # sport: a description read as the last member of the subject list
        "Kelso Athletic, Halby Rovers and Brennan United all criticised the league on Monday. "
        "The season starts in May.",
        [],
        [
            ("kelso-athletic", "DISPUTES", "brennan-united"),
            ("halby-rovers", "DISPUTES", "brennan-united"),
        ],
    ),
    (  # retail: the same with two subjects
        "Pellow Stores cut prices in May. Talbot Retail and Garnet Retail have both criticised "
        "the retailer.",
        [],
        [("talbot-retail", "DISPUTES", "garnet-retail")],
    ),
    (  # rail
        "Harlow Rail, Northway Rail and Castor Trains have sued the operator over fares. The "
        "case will be heard in June.",
        [],
        [
            ("harlow-rail", "DISPUTES", "castor-trains"),
            ("northway-rail", "DISPUTES", "castor-trains"),
        ],
    ),
    (  # sport: a passive relative clause on that description
        "Kelso Athletic, Halby Rovers and Brennan United criticised the league, which is run "
        "by Victor Strand.",
        [],
        [
            ("victor-strand", "LEADS", "brennan-united"),
            ("kelso-athletic", "DISPUTES", "brennan-united"),
        ],
    ),
    (  # banking: the owner of "the lender" is not the owner of a subject
        "Lindell Savings lent to Carver Homes. Ostley Bank and Haber Bank have criticised the "
        "lender, which is owned by Carrow Trust.",
        [("lindell-savings", "FUNDS", "carver-homes")],
        [("carrow-trust", "OWNS", "haber-bank"), ("ostley-bank", "DISPUTES", "haber-bank")],
    ),
    (  # rail
        "Harlow Rail and Northway Rail criticised the operator, which is controlled by Helm "
        "Engineering.",
        [],
        [
            ("helm-engineering", "OWNS", "northway-rail"),
            ("harlow-rail", "DISPUTES", "northway-rail"),
        ],
    ),
    (  # true case: the description's entity is the only one of its type before it
        "Pellbrook Bank lent $50m to Carver Homes in 2021. The lender has now sued the builder, "
        "which missed two payments.",
        [
            ("pellbrook-bank", "FUNDS", "carver-homes"),
            ("pellbrook-bank", "DISPUTES", "carver-homes"),
        ],
        [],
    ),
    (  # true case: the subject names the only competitor
        "Brisa Foods sells juice in Spain. Kestrel Dairy has sued the juice maker over a label.",
        [("kestrel-dairy", "DISPUTES", "brisa-foods")],
        [],
    ),
]


# cases this round leaves failing, by their opening words, with the cause
XFAIL: dict[str, str] = {
    "Vantly, which Priya Raman founded": "a one-word name opening a sentence is no entity",
    "Since Rusk Minerals took over": "'Rusk' is not merged with 'Rusk Minerals' after 'Since'",
    '"We fully support the Orla dam,"': "'The dam' is not resolved to the Orla dam (coref)",
    "Calder Mining failed to buy": "'outbid it' binds 'it' to the object, not the subject",
}


ALL = (
    RELATIVE
    + CLAUSES
    + REPORTED
    + QUOTES
    + OBJECTS
    + SUBJECTS
    + FRAMES
    + SHORT
    + HEDGES
    + NEWS
    + DOUBT
    + PHRASAL
    + COORDINATED
    + COMPLEMENTS
    + BACKED
    + REPORTED_SUBJECTS
    + RELATIVE_LISTS
)


@pytest.mark.parametrize("case", gap_params(ALL, XFAIL))
def test_verb_arguments(case: Case) -> None:
    check(*case)
