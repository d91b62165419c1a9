"""A matrix of constructions x variants for COMPETES_WITH, DISPUTES, LEADS, ADVISES,
PARTNERS_WITH and BACKS.

Rows are the constructions business news uses for each type ("rival", "sued", "chief
executive", "adviser to", "teamed up with", "threw its weight behind"); columns are the
grammatical variants each is written in (active, passive, relative clause, appositive,
coordinated subjects or objects, a pronoun or "the company" subject, headline style,
nominalization), in several sectors. Each cell is one invented sentence with the relations it
must give and those it must not (guards: intent, hedges, denials, "declined to comment",
courts and venues, law firms, advisers that are banks).

A cell id reads TYPE/construction/variant/sector. Cells the rules do not read yet are marked
`GAP` (an expected failure, strict: a cell that starts passing must be moved out of it).
"""

from __future__ import annotations

import pytest
from construction_check import Triple, check

Cell = tuple[str, str, list[Triple], list[Triple]]

C, D, L, A, P, B = (
    "COMPETES_WITH",
    "DISPUTES",
    "LEADS",
    "ADVISES",
    "PARTNERS_WITH",
    "BACKS",
)

COMPETES: list[Cell] = [
    (
        "C/rival/apposed-object-bought/retail",
        "Pennant Stores bought Callow Foods, a smaller rival, in 2019.",
        [("callow-foods", C, "pennant-stores"), ("pennant-stores", "OWNS", "callow-foods")],
        [],
    ),
    (
        "C/guard/apposed-list/retail",
        "Pennant Stores, Callow Foods, a rival, and Dunmore Market cut prices.",
        [],
        [("callow-foods", C, "pennant-stores")],
    ),
    (
        "C/possessed-object/coordinated/telecoms",
        "Orlen Sat will take on Skyreach and Tovo's Lark app.",
        [("orlen-sat", C, "skyreach"), ("orlen-sat", C, "lark")],
        [("orlen-sat", C, "tovo")],
    ),
    (
        "C/possessed-object/project-not-maker/telecoms",
        "Orlen Sat will take on Skyreach and Tovo's Project Lark.",
        [("orlen-sat", C, "skyreach")],
        [("orlen-sat", C, "tovo")],
    ),
    (
        "C/possessed-object/with-and-with/food",
        "Fenwell Foods will compete with Skyreach, and with Tovo's Dinnerbox.",
        [("fenwell-foods", C, "skyreach"), ("fenwell-foods", C, "dinnerbox")],
        [("fenwell-foods", C, "tovo")],
    ),
    (
        "C/set-against/into-fierce-competition/dairy",
        "The deal puts Harlow Foods into fierce competition with Brindle Dairies and Corran Milk.",
        [("harlow-foods", C, "brindle-dairies"), ("harlow-foods", C, "corran-milk")],
        [],
    ),
    (
        "C/set-against/in-direct-rivalry/energy",
        "The licence places Sunmere Energy in direct rivalry with Okada Power and Fenn Gas.",
        [("sunmere-energy", C, "okada-power"), ("sunmere-energy", C, "fenn-gas")],
        [("sunmere-energy", D, "okada-power")],
    ),
    (
        "C/rivalry-with/possessive/energy",
        "Sunmere Energy's rivalry with Okada Power has cut prices.",
        [("sunmere-energy", C, "okada-power")],
        [("sunmere-energy", D, "okada-power")],
    ),
    (
        "C/guard/put-into-administration/food",
        "Harlow Foods put Brindle Dairies into administration with debts of £5m.",
        [],
        [("harlow-foods", C, "brindle-dairies")],
    ),
    (
        "C/set-against/puts-in-competition/energy",
        "The licence puts Sunmere Energy in direct competition with Okada Power and Fenn Gas.",
        [("sunmere-energy", C, "okada-power"), ("sunmere-energy", C, "fenn-gas")],
        [],
    ),
    (
        "C/set-against/pit-rival/aviation",
        "The move would pit Skyra Airlines against rival Ostrel Air.",
        [("skyra-airlines", C, "ostrel-air")],
        [],
    ),
    (
        "C/guard/brought-into/food",
        "Harlow Foods brought Brindle Dairies into the group in 2019.",
        [],
        [("harlow-foods", C, "brindle-dairies")],
    ),
    (
        "C/guard/pitted-in-court/food",
        "The court pitted Harlow Foods against Brindle Dairies in a patent case.",
        [],
        [("harlow-foods", C, "brindle-dairies")],
    ),
    (
        "C/list/adverb-aside/aviation",
        "Skyra Airlines faces competition from Ostrel Air, Brisk Jet and, increasingly, Tarvia "
        "Rail.",
        [
            ("skyra-airlines", C, "ostrel-air"),
            ("skyra-airlines", C, "brisk-jet"),
            ("skyra-airlines", C, "tarvia-rail"),
        ],
        [],
    ),
    (
        "C/list/object-relative-then-with/aviation",
        "Skyra Airlines competes with Ostrel Air, which is owned by Orvo Capital, and with Brisk "
        "Jet.",
        [("skyra-airlines", C, "ostrel-air"), ("skyra-airlines", C, "brisk-jet")],
        [("brisk-jet", "OWNS", "ostrel-air")],
    ),
    (
        "C/rival/possessive-among-them/aviation",
        "Skyra Airlines's competitors, among them Ostrel Air and Brisk Jet, cut fares.",
        [("ostrel-air", C, "skyra-airlines"), ("brisk-jet", C, "skyra-airlines")],
        [],
    ),
    (
        "C/rival/possessive-including/aviation",
        "Skyra Airlines's rivals, including Ostrel Air and Brisk Jet, cut fares.",
        [("ostrel-air", C, "skyra-airlines"), ("brisk-jet", C, "skyra-airlines")],
        [],
    ),
    (
        "C/rival/two-of/aviation",
        "Ostrel Air and Brisk Jet, two of Skyra Airlines' rivals, cut fares.",
        [("ostrel-air", C, "skyra-airlines"), ("brisk-jet", C, "skyra-airlines")],
        [],
    ),
    (
        "C/win-from/passengers/aviation",
        "Skyra Airlines cut fares to win passengers from Ostrel Air.",
        [("skyra-airlines", C, "ostrel-air")],
        [],
    ),
    (
        "C/goods-from/pronoun/telecoms",
        "Skyra Airlines sells the Lumo 3 handset. It goes up against phones from Bexo Mobile and "
        "Trannick.",
        [("skyra-airlines", C, "bexo-mobile"), ("skyra-airlines", C, "trannick")],
        [],
    ),
    (
        "C/guard/goods-seller/food",
        "Harlow Foods bought cheese from Dunmore Market.",
        [],
        [("harlow-foods", C, "dunmore-market")],
    ),
    (
        "C/ranked/behind/retail",
        "Pennant Stores, the UK's third-largest grocer behind Dunmore Market and Callow Foods, cut "
        "prices.",
        [("pennant-stores", C, "dunmore-market"), ("pennant-stores", C, "callow-foods")],
        [],
    ),
    (
        "C/ranked/lags-behind/aviation",
        "Skyra Airlines lags behind Ostrel Air in punctuality.",
        [("skyra-airlines", C, "ostrel-air")],
        [],
    ),
    (
        "C/guard/ranked-shareholder/banking",
        "Orvo Capital, the second-largest shareholder behind Harlow Foods, sold shares.",
        [],
        [("orvo-capital", C, "harlow-foods")],
    ),
    (
        "C/guard/company-behind/tech",
        "Ostrel Air is the company behind the Flyby app.",
        [],
        [("ostrel-air", C, "flyby")],
    ),
    (
        "C/challenge/on-route/aviation",
        "Skyra Airlines is challenging Ostrel Air on the London route.",
        [("skyra-airlines", C, "ostrel-air")],
        [("skyra-airlines", D, "ostrel-air")],
    ),
    (
        "C/challenge/for-customers/banking",
        "Tessel Bank is challenging Corran Bank for business customers in Leeds.",
        [("tessel-bank", C, "corran-bank")],
        [("tessel-bank", D, "corran-bank")],
    ),
    (
        "C/challenge/dominance/telecoms",
        "Brisk Mobile challenged Vantel Telecom's dominance.",
        [("brisk-mobile", C, "vantel-telecom")],
        [("brisk-mobile", D, "vantel-telecom")],
    ),
    (
        "C/purpose/helped-object/telecoms",
        "The deal helped Nexo Fibre to compete with Brisk Mobile.",
        [("nexo-fibre", C, "brisk-mobile")],
        [],
    ),
    (
        "C/purpose/funds-object/telecoms",
        "Orvo Capital funds Nexo Fibre to compete with Brisk Mobile.",
        [("nexo-fibre", C, "brisk-mobile")],
        [("orvo-capital", C, "brisk-mobile")],
    ),
    (
        "C/participle/plural-object/autos",
        "Kelvar Motors makes vans competing with Draxton Auto.",
        [("kelvar-motors", C, "draxton-auto")],
        [],
    ),
    (
        "C/rival/head-noun-context/aviation",
        "Skyra Airlines cut fares. Rival carrier Ostrel Air followed.",
        [("ostrel-air", C, "skyra-airlines")],
        [],
    ),
    # "rival"
    (
        "C/rival/appositive/dairy",
        "Brindle Dairies, a rival of Harlow Foods, cut prices.",
        [("brindle-dairies", C, "harlow-foods")],
        [],
    ),
    (
        "C/rival/possessive-premod/aviation",
        "Skyra Airlines' main rival, Ostrel Air, added routes.",
        [("ostrel-air", C, "skyra-airlines")],
        [],
    ),
    (
        "C/rival/its-premod/aviation",
        "Skyra Airlines cut fares. Its rival Ostrel Air added routes to Lisbon.",
        [("ostrel-air", C, "skyra-airlines")],
        [],
    ),
    (
        "C/rival/nationality-premod/steel",
        "Tarrow Steel agreed to sell its wire unit to German rival Holm Stahlwerk.",
        [("tarrow-steel", C, "holm-stahlwerk")],
        [],
    ),
    (
        "C/rival/predicate/telecoms",
        "Brisk Mobile is the biggest rival of Vantel Telecom.",
        [("brisk-mobile", C, "vantel-telecom")],
        [],
    ),
    (
        "C/rival/predicate-possessive/telecoms",
        "Brisk Mobile is Vantel Telecom's biggest rival.",
        [("brisk-mobile", C, "vantel-telecom")],
        [],
    ),
    (
        "C/rival/predicate-to/pharma",
        "Orvena Pharma has become a serious rival to Kessler Bio.",
        [("orvena-pharma", C, "kessler-bio")],
        [],
    ),
    (
        "C/rival/coordinated-objects/retail",
        "Pennant Stores lost shoppers to its rivals Dunmore Market and Callow Foods.",
        [("pennant-stores", C, "dunmore-market"), ("pennant-stores", C, "callow-foods")],
        [],
    ),
    (
        "C/rival/headline-premod/media",
        "Sorrel Media rival Quayside News reported a loss on Tuesday.",
        [("quayside-news", C, "sorrel-media")],
        [],
    ),
    (
        "C/rival/relative/shipping",
        "Halvard Lines, which is a rival of Orsk Shipping, ordered six vessels.",
        [("halvard-lines", C, "orsk-shipping")],
        [],
    ),
    (
        "C/rival/mutual-predicate/autos",
        "Kelvar Motors and Draxton Auto are fierce rivals.",
        [("kelvar-motors", C, "draxton-auto")],
        [],
    ),
    (
        "C/rival/the-company-possessive/insurance",
        "Halvard Insurance posted a loss. The company's main rival, Pelham Assurance, did better.",
        [("pelham-assurance", C, "halvard-insurance")],
        [],
    ),
    (
        "C/rival/verb/autos",
        "The new Kelvar Motors pickup rivals Draxton Auto in size.",
        [("kelvar-motors", C, "draxton-auto")],
        [],
    ),
    (
        "C/rival/adjective-rival-firm/banking",
        "Corran Bank agreed to merge with rival lender Tessel Bank.",
        [("corran-bank", C, "tessel-bank")],
        [],
    ),
    (
        "C/rival/with-rival/aviation",
        "Skyra Airlines, along with rival Ostrel Air, raised fares.",
        [("skyra-airlines", C, "ostrel-air")],
        [],
    ),
    (
        "C/rival/chain/retail",
        "Pennant Stores faces Callow Foods, a rival chain backed by Orvo Capital.",
        [("callow-foods", C, "pennant-stores")],
        [("orvo-capital", C, "pennant-stores")],
    ),
    # "competitor"
    (
        "C/competitor/appositive/mining",
        "Quarro Mining, a competitor of Delph Minerals, cut jobs.",
        [("quarro-mining", C, "delph-minerals")],
        [],
    ),
    (
        "C/competitor/direct-predicate/energy",
        "Varno Power is a direct competitor to Ostrel Energy.",
        [("varno-power", C, "ostrel-energy")],
        [],
    ),
    (
        "C/competitor/include/retail",
        "Pennant Stores' competitors include Dunmore Market and Callow Foods.",
        [("pennant-stores", C, "dunmore-market"), ("pennant-stores", C, "callow-foods")],
        [],
    ),
    (
        "C/competitor/premod/telecoms",
        "Vantel Telecom and its competitor Brisk Mobile both raised prices.",
        [("vantel-telecom", C, "brisk-mobile")],
        [],
    ),
    (
        "C/competitor/mutual/media",
        "Sorrel Media and Quayside News are direct competitors.",
        [("sorrel-media", C, "quayside-news")],
        [],
    ),
    (
        "C/competitor/competing-with/autos",
        "Kelvar Motors launched a van competing with Draxton Auto in Europe.",
        [("kelvar-motors", C, "draxton-auto")],
        [("kelvar-motors", "FOUNDED", "draxton-auto")],
    ),
    # "competes with / against"
    (
        "C/compete/active/dairy",
        "Harlow Foods competes with Brindle Dairies in the cheese aisle.",
        [("harlow-foods", C, "brindle-dairies")],
        [],
    ),
    (
        "C/compete/relative/aviation",
        "Ostrel Air, which competes with Skyra Airlines, added routes.",
        [("ostrel-air", C, "skyra-airlines")],
        [],
    ),
    (
        "C/compete/pronoun/energy",
        "Varno Power sells electricity in Spain. It competes with Ostrel Energy and Lumo Power.",
        [("varno-power", C, "ostrel-energy"), ("varno-power", C, "lumo-power")],
        [],
    ),
    (
        "C/compete/the-company/shipping",
        "Halvard Lines ordered ships. The company competes with Orsk Shipping on Baltic routes.",
        [("halvard-lines", C, "orsk-shipping")],
        [],
    ),
    (
        "C/compete/coordinated-subjects/telecoms",
        "Vantel Telecom and Brisk Mobile compete for business customers.",
        [("vantel-telecom", C, "brisk-mobile")],
        [],
    ),
    (
        "C/compete/against/media",
        "Quayside News will compete against Sorrel Media online.",
        [("quayside-news", C, "sorrel-media")],
        [],
    ),
    (
        "C/compete/head-to-head/pharma",
        "Orvena Pharma will go head to head with Kessler Bio in the obesity market.",
        [("orvena-pharma", C, "kessler-bio")],
        [],
    ),
    (
        "C/compete/for-with/agriculture",
        "Tiller Grain competes for farmers with larger traders such as Corran Agri and Pell Seeds.",
        [("tiller-grain", C, "corran-agri"), ("tiller-grain", C, "pell-seeds")],
        [],
    ),
    (
        "C/compete/to-compete-with/telecoms",
        "Vantel Telecom bought Nexo Fibre to compete with Brisk Mobile.",
        [("vantel-telecom", C, "brisk-mobile")],
        [("nexo-fibre", C, "brisk-mobile")],
    ),
    (
        "C/compete/headline/aviation",
        "Skyra takes on Ostrel Air on transatlantic routes",
        [("skyra", C, "ostrel-air")],
        [],
    ),
    (
        "C/take-on/active/autos",
        "Kelvar Motors is taking on Draxton Auto in the van market.",
        [("kelvar-motors", C, "draxton-auto")],
        [],
    ),
    (
        "C/challenger/appositive/banking",
        "Tessel Bank, a challenger to Corran Bank, opened 40 branches.",
        [("tessel-bank", C, "corran-bank")],
        [],
    ),
    (
        "C/challenger/emerged-as/aviation",
        "Skyra Airlines has emerged as a challenger to Ostrel Air.",
        [("skyra-airlines", C, "ostrel-air")],
        [],
    ),
    (
        "C/vying/active/mining",
        "Quarro Mining is vying with Delph Minerals for the Tarn licence.",
        [("quarro-mining", C, "delph-minerals")],
        [],
    ),
    (
        "C/vying/coordinated-subjects/shipping",
        "Halvard Lines and Orsk Shipping are vying for the same cargo.",
        [("halvard-lines", C, "orsk-shipping")],
        [],
    ),
    (
        "C/competition/from/energy",
        "Varno Power faces stiff competition from Ostrel Energy.",
        [("varno-power", C, "ostrel-energy")],
        [],
    ),
    (
        "C/competition/between/retail",
        "The competition between Pennant Stores and Dunmore Market has cut prices.",
        [("pennant-stores", C, "dunmore-market")],
        [],
    ),
    (
        "C/competition/pits/dairy",
        "The deal pits Harlow Foods against Brindle Dairies and Corran Milk.",
        [("harlow-foods", C, "brindle-dairies"), ("harlow-foods", C, "corran-milk")],
        [],
    ),
    (
        "C/competition/head-to-head-with/dairy",
        "The acquisition brings Harlow Foods head to head with Brindle Dairies.",
        [("harlow-foods", C, "brindle-dairies")],
        [],
    ),
    (
        "C/competition/market-shares/telecoms",
        "Vantel Telecom and Brisk Mobile, the two largest operators, together hold 70% of the "
        "market.",
        [("vantel-telecom", C, "brisk-mobile")],
        [],
    ),
    (
        "C/competition/lost-share/retail",
        "Pennant Stores lost market share to Dunmore Market last year.",
        [("pennant-stores", C, "dunmore-market")],
        [],
    ),
    # guards
    (
        "C/guard/negation/pharma",
        "Orvena Pharma is not a competitor to Kessler Bio.",
        [],
        [("orvena-pharma", C, "kessler-bio")],
    ),
    (
        "C/guard/partner-not-rival/autos",
        "Kelvar Motors supplies engines to Draxton Auto.",
        [],
        [("kelvar-motors", C, "draxton-auto")],
    ),
    (
        "C/guard/former-employer/aviation",
        "Tilt Air, a carrier started by former Norrjet pilot Ola Berg, competes with Skyvane.",
        [("tilt-air", C, "skyvane")],
        [("norrjet", C, "skyvane")],
    ),
]

DISPUTES: list[Cell] = [
    (
        "D/guard/analyst-declined-comment/pharma",
        "Tom Vell, an analyst at Tarn Securities, declined to comment on the lawsuit filed by "
        "Orvena Pharma against Kessler Bio.",
        [("orvena-pharma", D, "kessler-bio")],
        [("orvena-pharma", D, "tom-vell")],
    ),
    (
        "D/lawsuit/settled-against-it/pharma",
        "Kessler Bio settled a lawsuit filed by Orvena Pharma against it.",
        [("orvena-pharma", D, "kessler-bio")],
        [],
    ),
    (
        "D/spokesperson-after/criticised/banking",
        "Tom Vell, a spokesman for Corran Bank, criticised Tessel Capital.",
        [("corran-bank", D, "tessel-capital")],
        [("tom-vell", D, "tessel-capital")],
    ),
    (
        "D/spokesperson-after/plain-lawyer/banking",
        "Tom Vell, a lawyer, sued Tessel Capital.",
        [("tom-vell", D, "tessel-capital")],
        [],
    ),
    (
        "D/rivalry-with/persons/media",
        "Ann Lee's bitter rivalry with Tom Vell dates back years.",
        [("ann-lee", D, "tom-vell")],
        [],
    ),
    (
        "D/state/in-city-arbitration-described/shipping",
        "Velden Shipping is still in London arbitration with Greek owner Doros over two tankers.",
        [("velden-shipping", D, "doros"), ("doros", D, "velden-shipping")],
        [],
    ),
    (
        "D/state/legal-battle-with/shipping",
        "Halvard Lines is in a legal battle with Orsk Shipping.",
        [("halvard-lines", D, "orsk-shipping"), ("orsk-shipping", D, "halvard-lines")],
        [],
    ),
    (
        "D/state/at-odds/football",
        "Dunmere Wolves are at odds with Tarvia Rugby Union over the calendar.",
        [("dunmere-wolves", D, "tarvia-rugby-union"), ("tarvia-rugby-union", D, "dunmere-wolves")],
        [],
    ),
    (
        "D/guard/price-war-state/banking",
        "Orrin Bank said it would defend itself in a price war with Pell Bank.",
        [],
        [("orrin-bank", D, "pell-bank"), ("pell-bank", D, "orrin-bank")],
    ),
    (
        "D/guard/talks-state/shipping",
        "Halvard Lines has been in talks with Orsk Shipping.",
        [],
        [("halvard-lines", D, "orsk-shipping")],
    ),
    (
        "D/list/adverb-aside/pharma",
        "Kessler Bio sued Orvena Pharma, Tarn Labs and, separately, Dunmore Health.",
        [
            ("kessler-bio", D, "orvena-pharma"),
            ("kessler-bio", D, "tarn-labs"),
            ("kessler-bio", D, "dunmore-health"),
        ],
        [],
    ),
    (
        "D/lawsuit/won-case-brought-by/pharma",
        "Kessler Bio won a case brought by Orvena Pharma.",
        [("orvena-pharma", D, "kessler-bio")],
        [("kessler-bio", D, "orvena-pharma")],
    ),
    (
        "D/lawsuit/faces-suit-filed-by/pharma",
        "Kessler Bio faces a lawsuit filed by Orvena Pharma.",
        [("orvena-pharma", D, "kessler-bio")],
        [],
    ),
    (
        "D/lawsuit/target-of/pharma",
        "Kessler Bio is the target of a lawsuit by Orvena Pharma.",
        [("orvena-pharma", D, "kessler-bio")],
        [("kessler-bio", D, "orvena-pharma")],
    ),
    (
        "D/guard/ruling-by-court/pharma",
        "Orvena Pharma won a ruling by the High Court.",
        [],
        [("high-court", D, "orvena-pharma")],
    ),
    (
        "D/challenge/in-court-stays/aviation",
        "Skyra Airlines challenged Ostrel Air in court.",
        [("skyra-airlines", D, "ostrel-air")],
        [("skyra-airlines", C, "ostrel-air")],
    ),
    (
        "D/challenge/stance-stays/aviation",
        "Skyra Airlines challenged Ostrel Air's position on landing fees.",
        [("skyra-airlines", D, "ostrel-air")],
        [("skyra-airlines", C, "ostrel-air")],
    ),
    (
        "D/bid/the-board-rejected-from/food",
        "The Brindle Dairies board unanimously rejected the bid from Harlow Foods.",
        [("brindle-dairies", D, "harlow-foods")],
        [],
    ),
    (
        "D/bid/directors-would-fight/food",
        "Brindle Dairies' directors said they would fight Harlow Foods' hostile bid.",
        [("brindle-dairies", D, "harlow-foods")],
        [],
    ),
    (
        "D/guard/board-rejected-no-bid/food",
        "The board of Brindle Dairies rejected Harlow Foods.",
        [],
        [("brindle-dairies", D, "harlow-foods")],
    ),
    (
        "D/guard/board-yet-to-say/food",
        "Brindle Dairies' board has yet to say whether it will reject Harlow Foods' bid.",
        [],
        [("brindle-dairies", D, "harlow-foods")],
    ),
    (
        "D/purpose/hired-firm-to-sue/food",
        "Harlow Foods hired Clarke Dunmore to sue Brindle Dairies.",
        [("harlow-foods", D, "brindle-dairies")],
        [("clarke-dunmore", D, "brindle-dairies")],
    ),
    (
        "D/charge/object-in-gap/government",
        "The Fraud Office charged Tom Vell with bribing Ostrel Air officials.",
        [("the-fraud-office", D, "tom-vell")],
        [("the-fraud-office", D, "ostrel-air")],
    ),
    (
        "D/lawsuit/hit-with/banking",
        "Corran Bank hit Tessel Capital with a lawsuit in London.",
        [("corran-bank", D, "tessel-capital")],
        [("corran-bank", D, "london")],
    ),
    (
        "D/guard/streak/food",
        "Harlow Foods posted profits for the third year in a row with Brindle Dairies close "
        "behind.",
        [],
        [("harlow-foods", D, "brindle-dairies")],
    ),
    # lawsuits
    (
        "D/sue/active/pharma",
        "Orvena Pharma sued Kessler Bio over a patent.",
        [("orvena-pharma", D, "kessler-bio")],
        [],
    ),
    (
        "D/sue/passive/pharma",
        "Kessler Bio was sued by Orvena Pharma in March.",
        [("orvena-pharma", D, "kessler-bio")],
        [("kessler-bio", D, "orvena-pharma")],
    ),
    (
        "D/sue/relative/media",
        "Quayside News, which sued Sorrel Media last year, won damages.",
        [("quayside-news", D, "sorrel-media")],
        [],
    ),
    (
        "D/sue/object-relative/media",
        "Sorrel Media, which Quayside News sued last year, settled.",
        [("quayside-news", D, "sorrel-media")],
        [("sorrel-media", D, "quayside-news")],
    ),
    (
        "D/sue/coordinated-objects/autos",
        "Kelvar Motors sued Draxton Auto and Pell Parts.",
        [("kelvar-motors", D, "draxton-auto"), ("kelvar-motors", D, "pell-parts")],
        [],
    ),
    (
        "D/sue/coordinated-subjects/agriculture",
        "Tiller Grain and Pell Seeds sued Corran Agri for breach of contract.",
        [("tiller-grain", D, "corran-agri"), ("pell-seeds", D, "corran-agri")],
        [],
    ),
    (
        "D/sue/pronoun/energy",
        "Varno Power lost the tender. It sued Ostrel Energy the next day.",
        [("varno-power", D, "ostrel-energy")],
        [],
    ),
    (
        "D/sue/the-company/shipping",
        "Halvard Lines lost two ships. The company sued Orsk Shipping for damages.",
        [("halvard-lines", D, "orsk-shipping")],
        [],
    ),
    (
        "D/sue/headline/retail",
        "Pennant Stores sues Dunmore Market over recall",
        [("pennant-stores", D, "dunmore-market")],
        [],
    ),
    (
        "D/lawsuit/nominal-against/telecoms",
        "Vantel Telecom filed a lawsuit against Brisk Mobile on Monday.",
        [("vantel-telecom", D, "brisk-mobile")],
        [],
    ),
    (
        "D/lawsuit/possessive/telecoms",
        "Vantel Telecom's lawsuit against Brisk Mobile was dismissed.",
        [("vantel-telecom", D, "brisk-mobile")],
        [],
    ),
    (
        "D/lawsuit/brought-by/insurance",
        "The case brought by Halvard Insurance against Pelham Assurance opens in May.",
        [("halvard-insurance", D, "pelham-assurance")],
        [("pelham-assurance", D, "halvard-insurance")],
    ),
    (
        "D/lawsuit/filed-by/mining",
        "A lawsuit filed by Quarro Mining accuses Delph Minerals of fraud.",
        [("quarro-mining", D, "delph-minerals")],
        [("delph-minerals", D, "quarro-mining")],
    ),
    (
        "D/lawsuit/faces-from/banking",
        "Corran Bank faces a lawsuit from Tessel Capital over the loans.",
        [("tessel-capital", D, "corran-bank")],
        [("corran-bank", D, "tessel-capital")],
    ),
    (
        "D/lawsuit/v/media",
        "In Quayside News v Sorrel Media, the judge ruled for the publisher.",
        [("quayside-news", D, "sorrel-media")],
        [],
    ),
    (
        "D/lawsuit/took-to-court/steel",
        "Tarrow Steel took Holm Stahlwerk to court in Hamburg.",
        [("tarrow-steel", D, "holm-stahlwerk")],
        [],
    ),
    (
        "D/lawsuit/venue-not-party/steel",
        "Tarrow Steel sued Holm Stahlwerk in the High Court of Justice.",
        [("tarrow-steel", D, "holm-stahlwerk")],
        [("tarrow-steel", D, "high-court-of-justice")],
    ),
    (
        "D/lawsuit/law-firm-not-party/pharma",
        "Orvena Pharma, represented by Clarke Dunmore LLP, sued Kessler Bio.",
        [("orvena-pharma", D, "kessler-bio")],
        [("clarke-dunmore", D, "kessler-bio")],
    ),
    (
        "D/complaint/against/aviation",
        "Skyra Airlines filed a complaint against Ostrel Air with the European Commission.",
        [("skyra-airlines", D, "ostrel-air")],
        [("skyra-airlines", D, "european-commission")],
    ),
    # accusations
    (
        "D/accuse/active/food",
        "Tiller Grain accused Harlow Foods of dumping cheap flour.",
        [("tiller-grain", D, "harlow-foods")],
        [],
    ),
    (
        "D/accuse/passive/food",
        "Harlow Foods was accused by Tiller Grain of dumping flour.",
        [("tiller-grain", D, "harlow-foods")],
        [("harlow-foods", D, "tiller-grain")],
    ),
    (
        "D/accuse/reduced-relative/food",
        "Harlow Foods, accused by Tiller Grain of dumping flour, denied wrongdoing.",
        [("tiller-grain", D, "harlow-foods")],
        [],
    ),
    (
        "D/accuse/answer/food",
        "Tiller Grain accused Harlow Foods of dumping flour. Harlow Foods denied the allegations.",
        [("tiller-grain", D, "harlow-foods"), ("harlow-foods", D, "tiller-grain")],
        [],
    ),
    (
        "D/criticize/active/government",
        "The finance minister Ann Lee criticised Corran Bank for its fees.",
        [("ann-lee", D, "corran-bank")],
        [],
    ),
    (
        "D/criticize/came-under-fire/banking",
        "Corran Bank came under fire from the Tarvia Consumers Association.",
        [("tarvia-consumers-association", D, "corran-bank")],
        [],
    ),
    # arbitration
    (
        "D/arbitration/launched/shipping",
        "Halvard Lines launched arbitration proceedings against Orsk Shipping.",
        [("halvard-lines", D, "orsk-shipping")],
        [],
    ),
    (
        "D/arbitration/locked/shipping",
        "Halvard Lines remains locked in arbitration with Orsk Shipping over two tankers.",
        [("halvard-lines", D, "orsk-shipping"), ("orsk-shipping", D, "halvard-lines")],
        [],
    ),
    # regulators
    (
        "D/regulator/fine/banking",
        "The Prudential Authority fined Corran Bank £5 million.",
        [("the-prudential-authority", D, "corran-bank")],
        [],
    ),
    (
        "D/regulator/fine-passive/banking",
        "Corran Bank was fined £5 million by the Prudential Authority.",
        [("prudential-authority", D, "corran-bank")],
        [],
    ),
    (
        "D/regulator/challenged-merger/telecoms",
        "The Competition Bureau challenged Vantel Telecom's purchase of Nexo Fibre.",
        [("the-competition-bureau", D, "vantel-telecom")],
        [],
    ),
    (
        "D/regulator/probe/aviation",
        "The Civil Aviation Board opened an investigation into Skyra Airlines.",
        [("the-civil-aviation-board", D, "skyra-airlines")],
        [],
    ),
    (
        "D/regulator/blocked/mining",
        "The Mining Commission blocked Quarro Mining's takeover of Delph Minerals.",
        [("the-mining-commission", D, "quarro-mining")],
        [],
    ),
    (
        "D/regulator/objected/energy",
        "The Energy Regulator objected to Varno Power's bid for Lumo Power.",
        [("energy-regulator", D, "varno-power")],
        [],
    ),
    # strikes and unions
    (
        "D/union/strike-against/aviation",
        "The Pilots Union called a strike against Skyra Airlines over pay.",
        [("the-pilots-union", D, "skyra-airlines")],
        [],
    ),
    (
        "D/union/dispute-with/rail",
        "The Rail Workers Union is in a dispute with Tarn Rail over pay.",
        [("the-rail-workers-union", D, "tarn-rail")],
        [],
    ),
    (
        "D/union/strike-at/rail",
        "The Rail Workers Union staged a strike at Tarn Rail on Monday.",
        [("the-rail-workers-union", D, "tarn-rail")],
        [],
    ),
    # opposed bids
    (
        "D/bid/rejected/food",
        "Brindle Dairies rejected a takeover bid from Harlow Foods.",
        [("brindle-dairies", D, "harlow-foods")],
        [],
    ),
    (
        "D/bid/opposed/food",
        "Brindle Dairies' board opposed Harlow Foods' bid.",
        [("brindle-dairies", D, "harlow-foods")],
        [],
    ),
    (
        "D/bid/hostile/food",
        "Harlow Foods launched a hostile bid for Brindle Dairies.",
        [],
        [("harlow-foods", D, "brindle-dairies")],
    ),
    # clashes, rows
    (
        "D/clash/clashed-with/football",
        "Dunmere Wolves clashed with the Premier Rugby League over fixtures.",
        [("dunmere-wolves", D, "premier-rugby-league")],
        [],
    ),
    (
        "D/clash/at-odds/football",
        "Dunmere Wolves are at odds with Tarvia Rugby Union over the calendar.",
        [("dunmere-wolves", D, "tarvia-rugby-union")],
        [],
    ),
    (
        "D/clash/row-with/media",
        "Sorrel Media is in a row with Quayside News over the report.",
        [("sorrel-media", D, "quayside-news")],
        [],
    ),
    (
        "D/clash/row-between/media",
        "The row between Sorrel Media and Quayside News deepened on Friday.",
        [("sorrel-media", D, "quayside-news"), ("quayside-news", D, "sorrel-media")],
        [],
    ),
    (
        "D/clash/coordinated/energy",
        "Varno Power and Lumo Power have clashed over grid fees.",
        [("varno-power", D, "lumo-power"), ("lumo-power", D, "varno-power")],
        [],
    ),
    # guards
    (
        "D/guard/declined-comment/pharma",
        "Kessler Bio declined to comment on the lawsuit filed by Orvena Pharma.",
        [("orvena-pharma", D, "kessler-bio")],
        [("kessler-bio", D, "orvena-pharma")],
    ),
    (
        "D/guard/negation/pharma",
        "Orvena Pharma has not sued Kessler Bio.",
        [],
        [("orvena-pharma", D, "kessler-bio")],
    ),
    (
        "D/guard/hedge/pharma",
        "Orvena Pharma may sue Kessler Bio over the patent.",
        [],
        [("orvena-pharma", D, "kessler-bio")],
    ),
    (
        "D/guard/denial/pharma",
        "Orvena Pharma denied that it had accused Kessler Bio of fraud.",
        [],
        [("orvena-pharma", D, "kessler-bio")],
    ),
    (
        "D/guard/judge/banking",
        "Judge Ann Lee ruled that Corran Bank must repay Tessel Capital.",
        [],
        [("ann-lee", D, "corran-bank"), ("ann-lee", D, "tessel-capital")],
    ),
    (
        "D/guard/lawyer-for/banking",
        "Tom Vell, a lawyer for Corran Bank, said the claims by Tessel Capital had no merit.",
        [("corran-bank", D, "tessel-capital")],
        [("tom-vell", D, "corran-bank")],
    ),
]

LEADS_CELLS: list[Cell] = [
    (
        "L/title/dash-appositive/hotels",
        "Ann Lee – chief executive of Harlow Hotels – said demand was strong.",
        [("ann-lee", L, "harlow-hotels")],
        [],
    ),
    (
        "L/title/chair-of-the-board-at/hotels",
        "Ann Lee, chair of the board at Harlow Hotels, said demand was strong.",
        [("ann-lee", L, "harlow-hotels")],
        [],
    ),
    (
        "L/guard/dash-shareholder/hotels",
        "Harlow Hotels cut 200 jobs – Orvo Capital, its largest shareholder, objected.",
        [],
        [("orvo-capital", L, "harlow-hotels")],
    ),
    (
        "L/guard/candidate-election-as/trade",
        "Ian Marr will stand for election as chair of the Tarvia Chamber of Commerce.",
        [],
        [("ian-marr", L, "tarvia-chamber-of-commerce")],
    ),
    (
        "L/guard/in-the-race/tech",
        "Ian Marr is in the race to become chief executive of Nexo Labs.",
        [],
        [("ian-marr", L, "nexo-labs")],
    ),
    (
        "L/stood-down-as/tech",
        "Ian Marr stood down as chairman of Nexo Labs.",
        [("ian-marr", L, "nexo-labs")],
        [],
    ),
    (
        "L/age/step-down-reported/hotels",
        "Harlow Hotels said Ann Lee, 54, would step down as chief executive.",
        [("ann-lee", L, "harlow-hotels")],
        [],
    ),
    (
        "L/age/who-has-been-context/hotels",
        "Harlow Hotels cut 200 jobs. Ann Lee, 54, who has been chief executive since 2019, will "
        "retire.",
        [("ann-lee", L, "harlow-hotels")],
        [],
    ),
    (
        "L/joined-as/time-after/hotels",
        "Ann Lee joined Harlow Hotels as chief executive in 2019.",
        [("ann-lee", L, "harlow-hotels")],
        [],
    ),
    (
        "L/guard/joined-as-function/hotels",
        "Ann Lee joined Harlow Hotels as head of research in 2019.",
        [],
        [("ann-lee", L, "harlow-hotels")],
    ),
    (
        "L/took-over-at/relative/hotels",
        "Ann Lee, who took over at Harlow Hotels in 2019, cut costs.",
        [("ann-lee", L, "harlow-hotels")],
        [("ann-lee", "OWNS", "harlow-hotels")],
    ),
    (
        "L/took-over/running-of/hotels",
        "Ann Lee took over the running of Harlow Hotels in 2019.",
        [("ann-lee", L, "harlow-hotels")],
        [("ann-lee", "OWNS", "harlow-hotels")],
    ),
    (
        "L/charge/took-charge/rail",
        "Ann Lee took charge of Tarn Rail in 2019.",
        [("ann-lee", L, "tarn-rail")],
        [],
    ),
    (
        "L/charge/in-charge/rail",
        "Ann Lee remains in charge of Tarn Rail.",
        [("ann-lee", L, "tarn-rail")],
        [],
    ),
    (
        "L/guard/in-charge-of-function/rail",
        "Ann Lee is in charge of marketing at Tarn Rail.",
        [],
        [("ann-lee", L, "tarn-rail")],
    ),
    (
        "L/reins/took/rail",
        "Ann Lee took the reins at Tarn Rail last year.",
        [("ann-lee", L, "tarn-rail")],
        [],
    ),
    (
        "L/guard/took-over-company/hotels",
        "Harlow Hotels took over Tarn Inns at a cost of £5m.",
        [("harlow-hotels", "OWNS", "tarn-inns")],
        [],
    ),
    (
        "L/chain/owner-and-chairman/hotels",
        "Ann Lee, the owner and chairman of Harlow Hotels, bought Tarn Inns.",
        [("ann-lee", L, "harlow-hotels"), ("ann-lee", "OWNS", "harlow-hotels")],
        [("ann-lee", L, "tarn-inns")],
    ),
    (
        "L/guard/coach-of-staff/food",
        "Tom Vell, who played for Dunmere Wolves, now works as a coach.",
        [],
        [("tom-vell", L, "dunmere-wolves")],
    ),
    (
        "L/title/coordinated-function/autos",
        "Kelvar Motors chief executive Ann Lee and finance chief Tom Vell met investors.",
        [("ann-lee", L, "kelvar-motors")],
        [("tom-vell", L, "kelvar-motors")],
    ),
    (
        "L/title/coordinated-two-orgs/autos",
        "Kelvar Motors chief executive Ann Lee and Draxton Auto chairman Tom Vell met.",
        [("ann-lee", L, "kelvar-motors"), ("tom-vell", L, "draxton-auto")],
        [("tom-vell", L, "kelvar-motors")],
    ),
    # titles before and after the name
    (
        "L/title/premod/retail",
        "Pennant Stores chief executive Ann Lee resigned.",
        [("ann-lee", L, "pennant-stores")],
        [],
    ),
    (
        "L/title/appositive-of/retail",
        "Ann Lee, chief executive of Pennant Stores, resigned.",
        [("ann-lee", L, "pennant-stores")],
        [],
    ),
    (
        "L/title/appositive-possessive/retail",
        "Ann Lee, Pennant Stores' chief executive, resigned.",
        [("ann-lee", L, "pennant-stores")],
        [],
    ),
    (
        "L/title/possessive-appositive/retail",
        "Pennant Stores' chief executive, Ann Lee, resigned.",
        [("ann-lee", L, "pennant-stores")],
        [],
    ),
    (
        "L/title/quote-final/energy",
        '"Demand is strong," said Varno Power CEO Ruth Amsel.',
        [("ruth-amsel", L, "varno-power")],
        [],
    ),
    (
        "L/title/quote-final-after/energy",
        '"Demand is strong," said Ruth Amsel, chief executive of Varno Power.',
        [("ruth-amsel", L, "varno-power")],
        [],
    ),
    (
        "L/title/predicate/banking",
        "Tom Vell is the chairman of Corran Bank.",
        [("tom-vell", L, "corran-bank")],
        [],
    ),
    (
        "L/title/predicate-possessive/banking",
        "Tom Vell is Corran Bank's chairman.",
        [("tom-vell", L, "corran-bank")],
        [],
    ),
    (
        "L/title/the-company/banking",
        "Corran Bank cut its dividend. The bank's chairman, Tom Vell, apologised.",
        [("tom-vell", L, "corran-bank")],
        [],
    ),
    (
        "L/title/its/shipping",
        "Orsk Shipping ordered six ships. Its chief executive, Sarah Cole, called it a bet.",
        [("sarah-cole", L, "orsk-shipping")],
        [],
    ),
    (
        "L/title/boss-premod/media",
        "Sorrel Media boss Ian Marr wants to sell the papers.",
        [("ian-marr", L, "sorrel-media")],
        [],
    ),
    (
        "L/title/boss-possessive/media",
        "Sorrel Media's boss, Ian Marr, wants to sell the papers.",
        [("ian-marr", L, "sorrel-media")],
        [],
    ),
    (
        "L/title/president/agriculture",
        "Ruth Amsel, president of the Tarvia Growers Association, welcomed the deal.",
        [("ruth-amsel", L, "tarvia-growers-association")],
        [],
    ),
    (
        "L/title/head-of/government",
        "Ian Marr, head of the Tarvia Competition Authority, opened the inquiry.",
        [("ian-marr", L, "tarvia-competition-authority")],
        [],
    ),
    (
        "L/title/managing-partner/private-equity",
        "Sarah Cole, managing partner of Orvo Capital, led the deal.",
        [("sarah-cole", L, "orvo-capital")],
        [],
    ),
    (
        "L/title/founder-ceo/tech",
        "Ian Marr, founder and chief executive of Nexo Labs, sold his shares.",
        [("ian-marr", L, "nexo-labs"), ("ian-marr", "FOUNDED", "nexo-labs")],
        [],
    ),
    (
        "L/title/coach/football",
        "Dunmere Wolves head coach Tom Vell was sacked on Sunday.",
        [("tom-vell", L, "dunmere-wolves")],
        [],
    ),
    (
        "L/title/manager/football",
        "Tom Vell, the manager of Dunmere Rovers, was sacked.",
        [("tom-vell", L, "dunmere-rovers")],
        [],
    ),
    (
        "L/title/governor/banking",
        "Ann Lee, governor of the Bank of Tarvia, raised rates.",
        [("ann-lee", L, "bank-of-tarvia")],
        [],
    ),
    (
        "L/title/minister-of-ministry/government",
        "Ian Marr, who heads the Ministry of Transport, approved the line.",
        [("ian-marr", L, "ministry-of-transport")],
        [],
    ),
    (
        "L/title/interim/insurance",
        "Pelham Assurance named Ruth Amsel interim chief executive on Monday.",
        [("ruth-amsel", L, "pelham-assurance")],
        [],
    ),
    (
        "L/title/acting/insurance",
        "Pelham Assurance acting chief executive Ruth Amsel said no.",
        [("ruth-amsel", L, "pelham-assurance")],
        [],
    ),
    (
        "L/title/outgoing/insurance",
        "Outgoing Pelham Assurance chairman Tom Vell said no.",
        [("tom-vell", L, "pelham-assurance")],
        [],
    ),
    (
        "L/title/former/media",
        "Ian Marr, the former chief executive of Sorrel Media, died.",
        [("ian-marr", L, "sorrel-media")],
        [],
    ),
    (
        "L/title/coordinated-holders/autos",
        "Kelvar Motors chief executive Ann Lee and chairman Tom Vell met investors.",
        [("ann-lee", L, "kelvar-motors"), ("tom-vell", L, "kelvar-motors")],
        [],
    ),
    # verbs
    (
        "L/runs/relative/hotels",
        "Ann Lee, who runs Harlow Hotels, bought a stake in Tarn Inns.",
        [("ann-lee", L, "harlow-hotels")],
        [("ann-lee", L, "tarn-inns")],
    ),
    (
        "L/runs/passive/hotels",
        "Harlow Hotels is run by Ann Lee.",
        [("ann-lee", L, "harlow-hotels")],
        [],
    ),
    (
        "L/heads/active/mining",
        "Ian Marr heads Quarro Mining.",
        [("ian-marr", L, "quarro-mining")],
        [],
    ),
    (
        "L/led-by/passive/mining",
        "Quarro Mining, led by Ian Marr, bought two mines.",
        [("ian-marr", L, "quarro-mining")],
        [],
    ),
    (
        "L/helm/took/telecoms",
        "Sarah Cole took the helm at Vantel Telecom in 2021.",
        [("sarah-cole", L, "vantel-telecom")],
        [],
    ),
    (
        "L/named/as-ceo/telecoms",
        "Vantel Telecom named Sarah Cole as chief executive.",
        [("sarah-cole", L, "vantel-telecom")],
        [],
    ),
    (
        "L/named/appointed/telecoms",
        "Vantel Telecom appointed Sarah Cole as its new chair.",
        [("sarah-cole", L, "vantel-telecom")],
        [],
    ),
    (
        "L/named/passive/telecoms",
        "Sarah Cole was named chief executive of Vantel Telecom.",
        [("sarah-cole", L, "vantel-telecom")],
        [],
    ),
    (
        "L/named/become/telecoms",
        "Sarah Cole became chief executive of Vantel Telecom in May.",
        [("sarah-cole", L, "vantel-telecom")],
        [],
    ),
    (
        "L/will-lead/active/aviation",
        "Ruth Amsel will lead Skyra Airlines from June.",
        [("ruth-amsel", L, "skyra-airlines")],
        [],
    ),
    (
        "L/will-lead/take-over-as/aviation",
        "Ruth Amsel will take over as chief executive of Skyra Airlines in June.",
        [("ruth-amsel", L, "skyra-airlines")],
        [],
    ),
    (
        "L/succeed/as/aviation",
        "Ruth Amsel will succeed Ian Marr as chief executive of Skyra Airlines.",
        [("ruth-amsel", L, "skyra-airlines"), ("ian-marr", L, "skyra-airlines")],
        [],
    ),
    (
        "L/chaired/passive/charity",
        "The Tarvia Heart Trust, chaired by Ian Marr, raised funds.",
        [("ian-marr", L, "the-tarvia-heart-trust")],
        [],
    ),
    (
        "L/under/prepositional/autos",
        "Under chief executive Ann Lee, Kelvar Motors doubled sales.",
        [("ann-lee", L, "kelvar-motors")],
        [],
    ),
    (
        "L/since/has-been/autos",
        "Ann Lee has been chief executive of Kelvar Motors since 2019.",
        [("ann-lee", L, "kelvar-motors")],
        [],
    ),
    # guards
    (
        "L/guard/function-head/tech",
        "Ian Marr heads hardware at Nexo Labs.",
        [],
        [("ian-marr", L, "nexo-labs")],
    ),
    (
        "L/guard/candidate/tech",
        "Ian Marr is running for chair of the Tarvia Chamber of Commerce.",
        [],
        [("ian-marr", L, "tarvia-chamber-of-commerce")],
    ),
    (
        "L/guard/hedge/tech",
        "Ian Marr may become chief executive of Nexo Labs.",
        [],
        [("ian-marr", L, "nexo-labs")],
    ),
    (
        "L/guard/declined/tech",
        "Ian Marr declined to say whether he would run Nexo Labs.",
        [],
        [("ian-marr", L, "nexo-labs")],
    ),
]

ADVISES_CELLS: list[Cell] = [
    (
        "A/adviser/legal-possessive/food",
        "Tom Vell, Harlow Foods' legal adviser, declined to comment.",
        [("tom-vell", A, "harlow-foods")],
        [],
    ),
    (
        "A/adviser/legal-possessive-first/food",
        "Harlow Foods' legal adviser, Tom Vell, declined to comment.",
        [("tom-vell", A, "harlow-foods")],
        [],
    ),
    (
        "A/advice-from/reverse/government",
        "Ann Lee took advice from Tom Vell.",
        [("tom-vell", A, "ann-lee")],
        [("ann-lee", A, "tom-vell")],
    ),
    (
        "A/guard/firm-relative/law",
        "Tom Vell, a partner at Clarke Dunmore, which advises Harlow Foods, declined to comment.",
        [],
        [("tom-vell", A, "harlow-foods")],
    ),
    (
        "A/guard/finance-chief/food",
        "Tom Vell, Harlow Foods' finance chief, resigned.",
        [],
        [("tom-vell", L, "harlow-foods")],
    ),
    (
        "A/adviser-to/appositive/government",
        "Tom Vell, an adviser to Ann Lee, resigned on Friday.",
        [("tom-vell", A, "ann-lee")],
        [],
    ),
    (
        "A/adviser-to/company/energy",
        "Tom Vell, a senior adviser to Varno Power, joined the board.",
        [("tom-vell", A, "varno-power")],
        [],
    ),
    (
        "A/advises/active/energy",
        "Tom Vell advises Varno Power on hydrogen.",
        [("tom-vell", A, "varno-power")],
        [],
    ),
    (
        "A/advises/passive/energy",
        "Varno Power is advised by Tom Vell.",
        [("tom-vell", A, "varno-power")],
        [("varno-power", A, "tom-vell")],
    ),
    (
        "A/advises/relative/banking",
        "Tom Vell, who advises Corran Bank's board, bought shares.",
        [("tom-vell", A, "corran-bank")],
        [],
    ),
    (
        "A/hired/to-advise/mining",
        "Quarro Mining hired Ruth Amsel to advise it on the sale.",
        [("ruth-amsel", A, "quarro-mining")],
        [],
    ),
    (
        "A/retained/as-adviser/mining",
        "Quarro Mining has retained Ruth Amsel as an adviser.",
        [("ruth-amsel", A, "quarro-mining")],
        [],
    ),
    (
        "A/possessive/adviser/government",
        "Ann Lee's economic adviser, Tom Vell, wrote the plan.",
        [("tom-vell", A, "ann-lee")],
        [],
    ),
    (
        "A/premod/adviser/insurance",
        "Pelham Assurance adviser Tom Vell said the bid was too low.",
        [("tom-vell", A, "pelham-assurance")],
        [],
    ),
    (
        "A/counsel/to/pharma",
        "Ruth Amsel, counsel to Orvena Pharma, filed the papers.",
        [("ruth-amsel", A, "orvena-pharma")],
        [],
    ),
    (
        "A/consultant/to/aviation",
        "Ian Marr, a consultant to Skyra Airlines, resigned.",
        [("ian-marr", A, "skyra-airlines")],
        [],
    ),
    (
        "A/joined-as/adviser/aviation",
        "Ian Marr joined Skyra Airlines as a senior adviser.",
        [("ian-marr", A, "skyra-airlines")],
        [],
    ),
    (
        "A/serve-as/adviser/aviation",
        "Ian Marr will serve as an adviser to the board of Skyra Airlines.",
        [("ian-marr", A, "skyra-airlines")],
        [],
    ),
    # guards
    (
        "A/guard/bank-adviser/banking",
        "Corran Bank is advising Harlow Foods on the sale.",
        [],
        [("corran-bank", A, "harlow-foods")],
    ),
    (
        "A/guard/denied/government",
        "Ann Lee denied that Tom Vell had ever advised her.",
        [],
        [("tom-vell", A, "ann-lee")],
    ),
]

PARTNERS_CELLS: list[Cell] = [
    (
        "P/guard/stance-on-deal/food",
        "Orvo Capital backed the deal with Harlow Foods.",
        [],
        [("orvo-capital", P, "harlow-foods")],
    ),
    (
        "P/own-deal/welcomed/food",
        "Brindle Dairies welcomed its deal with Harlow Foods.",
        [("brindle-dairies", P, "harlow-foods")],
        [],
    ),
    (
        "P/guard/deal-with-seller/food",
        "Harlow Foods struck a deal with Orvo Capital to buy Brindle Dairies.",
        [("harlow-foods", "OWNS", "brindle-dairies")],
        [("harlow-foods", P, "orvo-capital")],
    ),
    (
        "P/guard/agreement-with-shareholders/food",
        "Harlow Foods reached an agreement with Brindle Dairies' shareholders.",
        [],
        [("harlow-foods", P, "brindle-dairies")],
    ),
    (
        "P/guard/merger-agreement/food",
        "Harlow Foods and Brindle Dairies signed a merger agreement.",
        [],
        [("harlow-foods", P, "brindle-dairies")],
    ),
    (
        "P/guard/merger-agreement-between/food",
        "The merger agreement between Harlow Foods and Brindle Dairies was signed.",
        [],
        [("harlow-foods", P, "brindle-dairies")],
    ),
    (
        "P/deal/to-sell-products/food",
        "Harlow Foods struck a deal with Brindle Dairies to sell its cheeses in Spain.",
        [("harlow-foods", P, "brindle-dairies")],
        [],
    ),
    (
        "P/agreement/to-develop/food",
        "Harlow Foods signed an agreement with Brindle Dairies to develop new cheeses.",
        [("harlow-foods", P, "brindle-dairies")],
        [],
    ),
    (
        "P/teamed/active/autos",
        "Kelvar Motors teamed up with Lumo Cells on batteries.",
        [("kelvar-motors", P, "lumo-cells")],
        [],
    ),
    (
        "P/teamed/coordinated/autos",
        "Kelvar Motors and Lumo Cells teamed up on batteries.",
        [("kelvar-motors", P, "lumo-cells")],
        [],
    ),
    (
        "P/alliance/formed/aviation",
        "Skyra Airlines formed an alliance with Ostrel Air.",
        [("skyra-airlines", P, "ostrel-air")],
        [],
    ),
    (
        "P/jv/with/energy",
        "Varno Power formed a joint venture with Lumo Power.",
        [("varno-power", P, "lumo-power")],
        [],
    ),
    (
        "P/agreement/signed/pharma",
        "Orvena Pharma signed an agreement with Kessler Bio to develop vaccines.",
        [("orvena-pharma", P, "kessler-bio")],
        [],
    ),
    (
        "P/in-partnership/adjunct/media",
        "Sorrel Media, in partnership with Quayside News, launched a podcast.",
        [("sorrel-media", P, "quayside-news")],
        [],
    ),
    (
        "P/partner/possessive/retail",
        "Pennant Stores' partner, Callow Foods, opened shops.",
        [("callow-foods", P, "pennant-stores")],
        [],
    ),
    (
        "P/partnered/pronoun/retail",
        "Pennant Stores sells groceries. It partnered with Callow Foods last year.",
        [("pennant-stores", P, "callow-foods")],
        [],
    ),
    (
        "P/partnership/nominal/telecoms",
        "Vantel Telecom's partnership with Nexo Fibre ends in May.",
        [("vantel-telecom", P, "nexo-fibre")],
        [],
    ),
    (
        "P/collaborate/relative/pharma",
        "Kessler Bio, which collaborates with Orvena Pharma, raised prices.",
        [("kessler-bio", P, "orvena-pharma")],
        [],
    ),
    (
        "P/guard/supply/retail",
        "Pennant Stores signed a supply agreement with Callow Foods.",
        [],
        [("pennant-stores", P, "callow-foods")],
    ),
    (
        "P/guard/talks/retail",
        "Pennant Stores is in talks about a partnership with Callow Foods.",
        [],
        [("pennant-stores", P, "callow-foods")],
    ),
]

BACKS_CELLS: list[Cell] = [
    (
        "B/vote-for/offer/food",
        "Orvo Capital said it would vote for Harlow Foods' offer.",
        [("orvo-capital", B, "harlow-foods")],
        [],
    ),
    (
        "B/endorse/active/government",
        "Ann Lee endorsed Tom Vell for the post.",
        [("ann-lee", B, "tom-vell")],
        [],
    ),
    (
        "B/weight/behind/government",
        "The Tarvia Farmers Union threw its weight behind the Corrie Flats Wind Farm.",
        [("the-tarvia-farmers-union", B, "corrie-flats-wind-farm")],
        [],
    ),
    (
        "B/support/pledged/government",
        "The Ministry of Energy pledged support for the Corrie Flats Wind Farm.",
        [("the-ministry-of-energy", B, "corrie-flats-wind-farm")],
        [],
    ),
    (
        "B/board/backs-bid/food",
        "Brindle Dairies' board backed Harlow Foods' offer.",
        [("brindle-dairies", B, "harlow-foods")],
        [],
    ),
    (
        "B/union/backs-bid/food",
        "The Dairy Workers Union backed Harlow Foods' bid.",
        [("the-dairy-workers-union", B, "harlow-foods")],
        [],
    ),
    (
        "B/recommend/offer/food",
        "The Brindle Dairies board recommended Harlow Foods' offer.",
        [("brindle-dairies", B, "harlow-foods")],
        [],
    ),
    (
        "B/guard/financial/food",
        "Harlow Foods got financial support from Corran Bank.",
        [],
        [("corran-bank", B, "harlow-foods")],
    ),
    (
        "B/guard/yet-to-say/food",
        "Corran Bank has yet to say whether it supports Harlow Foods.",
        [],
        [("corran-bank", B, "harlow-foods")],
    ),
]

CELLS: list[Cell] = [
    *COMPETES,
    *DISPUTES,
    *LEADS_CELLS,
    *ADVISES_CELLS,
    *PARTNERS_CELLS,
    *BACKS_CELLS,
]
GAP: set[str] = {
    "L/title/governor/banking",
    "C/competition/market-shares/telecoms",
    "D/lawsuit/v/media",
    "D/clash/clashed-with/football",
    "L/title/manager/football",
}


@pytest.mark.parametrize(
    ("cell", "text", "present", "absent"),
    [
        pytest.param(*c, id=c[0], marks=[pytest.mark.xfail(strict=True)] if c[0] in GAP else [])
        for c in CELLS
    ],
)
def test_matrix(cell: str, text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


def test_cell_ids_unique() -> None:
    ids = [c[0] for c in CELLS]
    assert len(ids) == len(set(ids))
    assert GAP <= set(ids)
