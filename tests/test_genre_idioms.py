"""Genre bank for idioms: the figurative and phrasal ways business news says each relation
("snapped up", "ploughed $X into", "the brainchild of", "at the helm of", "locked horns with",
"goes head to head with", "threw its weight behind", "joined forces with" ...), each in several
shapes (active, passive, relative clause, coordination, headline style, pronoun subject).

Each case is a short invented article (text, relations that must be found, relations that must
not be), across banking, mining, retail, pharma, shipping, farming, football, media, energy,
aviation, telecoms, autos, insurance and the public sector. Guards: the literal sense ("poured
concrete into", "took the reins of a horse", "took on 200 staff"), negation, intent ("wants to
snap up"), talks, an ended tie, and an idiom of one relation read as another ("going after a
rival's customers" is rivalry, not a dispute).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OWNS: list[Case] = [
    (  # food: "snapped up ... for $X"
        "Corvel Foods snapped up Dunmore Dairies for $120 million on Monday. Ashby Foods, which "
        "had also bid, declined to comment.",
        [("corvel-foods", "OWNS", "dunmore-dairies")],
        [("ashby-foods", "OWNS", "dunmore-dairies")],
    ),
    (  # mining: passive "was snapped up by"
        "Pellow Mining was snapped up by Rusk Resources last year. Its former owner, Garnet "
        "Capital, made a tidy profit.",
        [("rusk-resources", "OWNS", "pellow-mining")],
        [("pellow-mining", "OWNS", "rusk-resources")],
    ),
    (  # intent guard: "wants to snap up"
        "Corvel Foods wants to snap up Dunmore Dairies, people familiar with the matter said. "
        "Dunmore's chairman, Alan Pryce, has not been approached.",
        [],
        [("corvel-foods", "OWNS", "dunmore-dairies")],
    ),
    (  # shipping: "swallowed up" in a relative clause
        "Tarrow Lines, which Harbin Shipping swallowed up in 2019, still runs its own ferries.",
        [("harbin-shipping", "OWNS", "tarrow-lines")],
        [("tarrow-lines", "OWNS", "harbin-shipping")],
    ),
    (  # literal guard: "swallowed losses"
        "Harbin Shipping swallowed losses of $40 million on its charter with Tarrow Lines, the "
        "company said.",
        [],
        [("harbin-shipping", "OWNS", "tarrow-lines")],
    ),
    (  # logistics: "folded X into" after buying it
        "Halvern Group bought Brisk Couriers in May and has folded it into its parcels arm. "
        "Brisk's founder, Joe Kemp, left.",
        [("halvern-group", "OWNS", "brisk-couriers")],
        [("joe-kemp", "OWNS", "brisk-couriers")],
    ),
    (  # steel: "took over" (the company, not a post)
        "Ostrava Steel took over Lindqvist Metals in 2019 and closed two of its mills.",
        [("ostrava-steel", "OWNS", "lindqvist-metals")],
        [],
    ),
    (  # steel guard: "took over as chief executive of" is leadership
        "Jana Novak took over as chief executive of Lindqvist Metals in March, the board said.",
        [("jana-novak", "LEADS", "lindqvist-metals")],
        [("jana-novak", "OWNS", "lindqvist-metals")],
    ),
    (  # healthcare: "bolted on"
        "Mercer Health bolted on Alder Clinics in June, its third purchase this year. The deal "
        "was advised by Crane Partners.",
        [("mercer-health", "OWNS", "alder-clinics")],
        [("crane-partners", "OWNS", "alder-clinics")],
    ),
    (  # healthcare: "a bolt-on acquisition"
        "Alder Clinics will be a bolt-on for Mercer Health, which agreed to buy it for $80 "
        "million.",
        [("mercer-health", "OWNS", "alder-clinics")],
        [],
    ),
    (  # media: "added X to its stable"
        "Crowther Media added Kelso Radio to its stable of local stations last week. Kelso's "
        "rival Tay FM remains independent.",
        [("crowther-media", "OWNS", "kelso-radio")],
        [("crowther-media", "OWNS", "tay-fm")],
    ),
    (  # drinks: "added X to its portfolio"
        "Tallis Brands has added Juniper Hill Distillery to its portfolio of craft spirits "
        "makers, paying about $60 million.",
        [("tallis-brands", "OWNS", "juniper-hill-distillery")],
        [],
    ),
    (  # hotels: "hoovered up"
        "Brannock Capital hoovered up Selby Hotels for $90 million, its second deal of the year.",
        [("brannock-capital", "OWNS", "selby-hotels")],
        [],
    ),
    (  # pharma: "picked up ... for $X"
        "Arden Pharma picked up Velo Biotech for $300 million in cash, adding two cancer drugs.",
        [("arden-pharma", "OWNS", "velo-biotech")],
        [],
    ),
    (  # pharma guard: "picked up a contract from"
        "Velo Biotech picked up a $5 million contract from Arden Pharma to test its compounds.",
        [],
        [("velo-biotech", "OWNS", "arden-pharma")],
    ),
    (  # software: "nabbed"
        "Tarn Software nabbed Pixel Forge for $45 million, beating two private equity bidders.",
        [("tarn-software", "OWNS", "pixel-forge")],
        [],
    ),
    (  # autos: "took a controlling interest in"
        "Halden Capital took a controlling interest in Rove Motors in 2021. Rove's chief "
        "executive, Ellen Marsh, stayed on.",
        [("halden-capital", "OWNS", "rove-motors")],
        [("ellen-marsh", "OWNS", "rove-motors")],
    ),
    (  # farming: "bought out"
        "Kinross Partners bought out Tidewater Farms last spring, ending three generations of "
        "family ownership.",
        [("kinross-partners", "OWNS", "tidewater-farms")],
        [],
    ),
    (  # headline style: "snaps up ... in $Xm deal"
        "Corvel snaps up Dunmore in $120m dairy deal\n\nCorvel Foods has bought Dunmore Dairies, "
        "the company said on Monday.",
        [("corvel-foods", "OWNS", "dunmore-dairies")],
        [],
    ),
    (  # retail: "took over" with a pronoun subject
        "Bellway Stores reported record sales. It took over Penn Grocers in 2020 and has since "
        "reopened its shops.",
        [("bellway-stores", "OWNS", "penn-grocers")],
        [],
    ),
    (  # retail guard: "took over the lease of"
        "Bellway Stores took over the lease of a shop owned by Penn Grocers in Leeds.",
        [],
        [("bellway-stores", "OWNS", "penn-grocers")],
    ),
]

FUNDS: list[Case] = [
    (  # robotics: "bankrolled"
        "Ashgrove Ventures bankrolled Pika Robotics from its first year, its founder said.",
        [("ashgrove-ventures", "FUNDS", "pika-robotics")],
        [],
    ),
    (  # robotics: "bankrolled by" in an appositive
        "Pika Robotics, bankrolled by Ashgrove Ventures, unveiled a warehouse robot on Tuesday.",
        [("ashgrove-ventures", "FUNDS", "pika-robotics")],
        [],
    ),
    (  # energy: "poured $X into"
        "Brightwater Capital poured $40 million into Solara Grid last year. Solara competes "
        "with Helio Power.",
        [("brightwater-capital", "FUNDS", "solara-grid")],
        [("brightwater-capital", "FUNDS", "helio-power")],
    ),
    (  # construction guard: literal "poured concrete into"
        "Corran Build poured concrete into the foundations of the Tarn Dam project on Friday.",
        [],
        [("corran-build", "FUNDS", "tarn-dam")],
    ),
    (  # energy guard: negation
        "Brightwater Capital has not poured any money into Solara Grid, a spokesman said.",
        [],
        [("brightwater-capital", "FUNDS", "solara-grid")],
    ),
    (  # farming: "ploughed £X into"
        "Greyfield Agri ploughed £12 million into Harrow Seeds, taking a minority stake.",
        [("greyfield-agri", "FUNDS", "harrow-seeds")],
        [],
    ),
    (  # retail: "threw X a lifeline"
        "Greyfield Capital threw Ostler Retail a lifeline with a £30 million loan on Thursday.",
        [("greyfield-capital", "FUNDS", "ostler-retail")],
        [],
    ),
    (  # retail: "a lifeline from"
        "Ostler Retail secured a £30 million lifeline from Greyfield Capital, staving off "
        "administration.",
        [("greyfield-capital", "FUNDS", "ostler-retail")],
        [],
    ),
    (  # energy: "anchor investor in"
        "Norvik Pension Fund is the anchor investor in Tarn Wind Partners, which raised $300 "
        "million.",
        [("norvik-pension-fund", "FUNDS", "tarn-wind-partners")],
        [],
    ),
    (  # banking: "cornerstone investor in"
        "Castellan Bank was a cornerstone investor in the listing of Fenmore Energy, buying $50 "
        "million of shares.",
        [("castellan-bank", "FUNDS", "fenmore-energy")],
        [],
    ),
    (  # aviation: "bailed out" by a state fund
        "Crane Airways was bailed out by the Marlow Stability Fund in 2020. The airline's rival "
        "Paroa Air received no aid.",
        [("marlow-stability-fund", "FUNDS", "crane-airways")],
        [("marlow-stability-fund", "FUNDS", "paroa-air")],
    ),
    (  # aviation: "propped up"
        "Velmar Holdings has propped up Crane Airways with loans since 2020, filings show.",
        [("velmar-holdings", "FUNDS", "crane-airways")],
        [],
    ),
    (  # guard: "propped up" a share price
        "Talbot Bank's buyback propped up its share price, analysts at Corbin Securities said.",
        [],
        [("talbot-bank", "FUNDS", "corbin-securities")],
    ),
    (  # fintech: "a cash injection from"
        "Kettle Pay received a cash injection from Ashgrove Ventures in March, its second this "
        "year.",
        [("ashgrove-ventures", "FUNDS", "kettle-pay")],
        [],
    ),
    (  # media: "funnelled $X into"
        "Orrin Media funnelled $15 million into Lumen Studios to finish its first series.",
        [("orrin-media", "FUNDS", "lumen-studios")],
        [],
    ),
    (  # telecoms: "channelled ... into"
        "Dalby Telecom has channelled €20 million into Ferro Fibre since 2022.",
        [("dalby-telecom", "FUNDS", "ferro-fibre")],
        [],
    ),
    (  # football: "stumped up ... for"
        "Harlan Sports stumped up £8 million for Ashby Town's new stand, the club said.",
        [("harlan-sports", "FUNDS", "ashby-town")],
        [],
    ),
    (  # hedge guard: "is weighing whether to pour money into"
        "Brightwater Capital is weighing whether to pour money into Solara Grid, people close "
        "to the talks said.",
        [],
        [("brightwater-capital", "FUNDS", "solara-grid")],
    ),
    (  # banking: "underwrote ... bond sale"
        "Castellan Bank underwrote Fenmore Energy's $500 million bond sale in April.",
        [("castellan-bank", "FUNDS", "fenmore-energy")],
        [],
    ),
    (  # pharma: "seed money from"
        "Quell Bio got its seed money from Harwick Ventures in 2019 and now employs 40 people.",
        [("harwick-ventures", "FUNDS", "quell-bio")],
        [],
    ),
]

FOUNDED: list[Case] = [
    (  # fintech: "the brainchild of"
        "Kettle Pay is the brainchild of Ravi Mehta, a former banker at Talbot Bank.",
        [("ravi-mehta", "FOUNDED", "kettle-pay")],
        [("ravi-mehta", "FOUNDED", "talbot-bank")],
    ),
    (  # cycling: "started X out of his garage"
        "Tom Ashby started Ashby Cycles out of his garage in 2004. It now sells bikes through "
        "Halvern Sports.",
        [("tom-ashby", "FOUNDED", "ashby-cycles")],
        [("tom-ashby", "FOUNDED", "halvern-sports")],
    ),
    (  # lending: "dreamed up ... at her kitchen table"
        "Lena Ortiz dreamed up Loop Lending at her kitchen table in 2016, she said.",
        [("lena-ortiz", "FOUNDED", "loop-lending")],
        [],
    ),
    (  # software: "built X from scratch"
        "Ravi Mehta built Kettle Pay from scratch before selling it to Orrin Bank.",
        [("ravi-mehta", "FOUNDED", "kettle-pay")],
        [],
    ),
    (  # fintech: "co-founder" as a title
        "Kettle Pay co-founder Lena Ortiz will leave the company in June, it said.",
        [("lena-ortiz", "FOUNDED", "kettle-pay")],
        [],
    ),
    (  # biotech: "a spin-out from" a university
        "Quell Bio, a spin-out from Harwick University, raised $20 million from Ashgrove Ventures.",
        [("harwick-university", "FOUNDED", "quell-bio")],
        [],
    ),
    (  # food: "set up" in a relative clause
        "Bramble Foods, which Ann Lee set up in 2010, now supplies Bellway Stores.",
        [("ann-lee", "FOUNDED", "bramble-foods")],
        [("ann-lee", "FOUNDED", "bellway-stores")],
    ),
    (  # guard: "set up a meeting with"
        "Ann Lee set up a meeting with Bellway Stores to pitch her sauces.",
        [],
        [("ann-lee", "FOUNDED", "bellway-stores")],
    ),
    (  # brewing: "got X off the ground"
        "Sara Vance got Gallow Brewing off the ground in 2012 with a loan from her parents.",
        [("sara-vance", "FOUNDED", "gallow-brewing")],
        [],
    ),
    (  # media: "the man behind" as founder with "who founded"
        "Ivo Brandt, the man who dreamed up Brandt Optics, has joined the board of Cresta Lens.",
        [("ivo-brandt", "FOUNDED", "brandt-optics")],
        [("ivo-brandt", "FOUNDED", "cresta-lens")],
    ),
    (  # energy: "launched X from her bedroom" (pronoun founder later)
        "Mira Kade launched Helio Power from her bedroom in 2015. She still owns half of it.",
        [("mira-kade", "FOUNDED", "helio-power")],
        [],
    ),
]

LEADS: list[Case] = [
    (  # hotels: "at the helm of" in an appositive
        "Maria Quint, at the helm of Selby Hotels since 2018, has cut costs sharply.",
        [("maria-quint", "LEADS", "selby-hotels")],
        [],
    ),
    (  # shipping: "steers"
        "Olu Adeyemi steers Corran Shipping, which operates 40 vessels out of Lagos.",
        [("olu-adeyemi", "LEADS", "corran-shipping")],
        [],
    ),
    (  # healthcare: "heads up"
        "Priya Nair heads up Alder Clinics, which runs 12 surgeries in Kent.",
        [("priya-nair", "LEADS", "alder-clinics")],
        [],
    ),
    (  # guard: "heads up marketing at" is a function
        "Priya Nair heads up marketing at Alder Clinics, the company said.",
        [],
        [("priya-nair", "LEADS", "alder-clinics")],
    ),
    (  # energy: "calls the shots at"
        "Nina Volk calls the shots at Brisa Renewables, though its founder still sits on the "
        "board.",
        [("nina-volk", "LEADS", "brisa-renewables")],
        [],
    ),
    (  # banking: "landed the top job at"
        "Karen Holt landed the top job at Wexford Bank in January after a decade at Orrin Bank.",
        [("karen-holt", "LEADS", "wexford-bank")],
        [("karen-holt", "LEADS", "orrin-bank")],
    ),
    (  # banking guard: "is tipped for the top job at"
        "Karen Holt is tipped for the top job at Wexford Bank, according to two people close to "
        "the board.",
        [],
        [("karen-holt", "LEADS", "wexford-bank")],
    ),
    (  # football: "took the reins at"
        "Ravi Rana took the reins at Ashby Town in the summer, replacing Colin Barr.",
        [("ravi-rana", "LEADS", "ashby-town")],
        [],
    ),
    (  # literal guard: "took the reins of a horse"
        "Maria Quint took the reins of a horse at the Selby Hotels charity race on Sunday.",
        [],
        [("maria-quint", "LEADS", "selby-hotels")],
    ),
    (  # retail: "the boss of"
        "Dan Kerr, the boss of Ostler Retail, said trading had been tough.",
        [("dan-kerr", "LEADS", "ostler-retail")],
        [],
    ),
    (  # telecoms: "is at the wheel of"
        "Hugo Lind, now at the wheel of Dalby Telecom, plans to sell its cable unit.",
        [("hugo-lind", "LEADS", "dalby-telecom")],
        [],
    ),
    (  # insurance: "took charge of" with a pronoun
        "Ellen Marsh left Rove Motors in May. She took charge of Garrick Insurance in July.",
        [("ellen-marsh", "LEADS", "garrick-insurance")],
        [("ellen-marsh", "LEADS", "rove-motors")],
    ),
    (  # autos: "was handed the keys to"
        "Omar Said was handed the keys to Rove Motors in March, becoming its chief executive.",
        [("omar-said", "LEADS", "rove-motors")],
        [],
    ),
    (  # mining: "presides over"
        "Anil Rao presides over Brannock Minerals, the country's biggest copper miner.",
        [("anil-rao", "LEADS", "brannock-minerals")],
        [],
    ),
]

DISPUTES: list[Case] = [
    (  # food: "locked horns with"
        "Corvel Foods locked horns with Ashby Foods over the Kettle brand, court papers show.",
        [("corvel-foods", "DISPUTES", "ashby-foods")],
        [],
    ),
    (  # food: coordinated "have locked horns"
        "Corvel Foods and Ashby Foods have locked horns over shelf space at Bellway Stores.",
        [("corvel-foods", "DISPUTES", "ashby-foods"), ("ashby-foods", "DISPUTES", "corvel-foods")],
        [("corvel-foods", "DISPUTES", "bellway-stores")],
    ),
    (  # guard: negation
        "Corvel Foods has never locked horns with Ashby Foods, its chairman said.",
        [],
        [("corvel-foods", "DISPUTES", "ashby-foods")],
    ),
    (  # mining: "took X to court"
        "Brannock Minerals took Ocher Metals to court over unpaid royalties in 2022.",
        [("brannock-minerals", "DISPUTES", "ocher-metals")],
        [],
    ),
    (  # hedge guard: "could take X to court"
        "Brannock Minerals could take Ocher Metals to court if talks fail, a lawyer said.",
        [],
        [("brannock-minerals", "DISPUTES", "ocher-metals")],
    ),
    (  # utilities: "at loggerheads with"
        "Norvale Energy is at loggerheads with Kestrel Power over grid access charges.",
        [("norvale-energy", "DISPUTES", "kestrel-power")],
        [],
    ),
    (  # logistics: "hauled X before a tribunal"
        "Kesh Drivers Union hauled Brisk Couriers before an employment tribunal in May.",
        [("kesh-drivers-union", "DISPUTES", "brisk-couriers")],
        [],
    ),
    (  # pharma: "dragged X into court"
        "Arden Pharma dragged Velo Biotech into court over a patent on its asthma inhaler.",
        [("arden-pharma", "DISPUTES", "velo-biotech")],
        [],
    ),
    (  # telecoms: "slapped X with a lawsuit"
        "Dalby Telecom slapped Ferro Fibre with a lawsuit on Tuesday, alleging breach of contract.",
        [("dalby-telecom", "DISPUTES", "ferro-fibre")],
        [],
    ),
    (  # shipping: "crossed swords with"
        "Harbin Shipping crossed swords with Tarrow Lines over berth fees in Rotterdam.",
        [("harbin-shipping", "DISPUTES", "tarrow-lines")],
        [],
    ),
    (  # banking: "butted heads with"
        "Karen Holt butted heads with Orrin Bank's board over pay, colleagues said.",
        [("karen-holt", "DISPUTES", "orrin-bank")],
        [],
    ),
    (  # aviation: "picked a fight with"
        "Velo Air picked a fight with Solent Airports over landing charges this week.",
        [("velo-air", "DISPUTES", "solent-airports")],
        [],
    ),
    (  # football: "went to war with"
        "Ashby Town went to war with Harlan Sports over unpaid sponsorship fees.",
        [("ashby-town", "DISPUTES", "harlan-sports")],
        [],
    ),
    (  # insurance: "squared up to" a regulator
        "Garrick Insurance squared up to the Finance Conduct Board over its pricing rules.",
        [("garrick-insurance", "DISPUTES", "finance-conduct-board")],
        [],
    ),
    (  # retail: "lashed out at"
        "Dan Kerr lashed out at Bellway Stores, calling its discounts predatory.",
        [("dan-kerr", "DISPUTES", "bellway-stores")],
        [],
    ),
    (  # farming: "is embroiled in a legal fight with"
        "Tidewater Farms is embroiled in a legal fight with Greyfield Agri over water rights.",
        [("tidewater-farms", "DISPUTES", "greyfield-agri")],
        [],
    ),
]

COMPETES: list[Case] = [
    (  # aviation: "goes head to head with"
        "Velo Air will go head to head with Paroa Air on the London to Lisbon route.",
        [("velo-air", "COMPETES_WITH", "paroa-air")],
        [],
    ),
    (  # guard: "has no plans to go head to head with"
        "Velo Air has no plans to go head to head with Paroa Air, its chief executive said.",
        [],
        [("velo-air", "COMPETES_WITH", "paroa-air")],
    ),
    (  # telecoms: "squares off against"
        "Dalby Telecom squares off against Ferro Fibre in the race to wire rural Wales.",
        [("dalby-telecom", "COMPETES_WITH", "ferro-fibre")],
        [],
    ),
    (  # retail: "takes on"
        "Bellway Stores is taking on Penn Grocers with a new chain of discount shops.",
        [("bellway-stores", "COMPETES_WITH", "penn-grocers")],
        [],
    ),
    (  # guard: "took on staff from"
        "Bellway Stores took on 200 staff from Penn Grocers after its collapse.",
        [],
        [("bellway-stores", "COMPETES_WITH", "penn-grocers")],
    ),
    (  # food: "arch-rival"
        "Corvel Foods' arch-rival Ashby Foods cut prices on Monday.",
        [("corvel-foods", "COMPETES_WITH", "ashby-foods")],
        [],
    ),
    (  # robotics: "nipping at the heels of"
        "Pika Robotics is nipping at the heels of Tarn Robotics in warehouse automation.",
        [("pika-robotics", "COMPETES_WITH", "tarn-robotics")],
        [],
    ),
    (  # logistics: "muscling in on X's turf"
        "Brisk Couriers is muscling in on Halvern Group's turf with same-day delivery.",
        [("brisk-couriers", "COMPETES_WITH", "halvern-group")],
        [],
    ),
    (  # energy: "eating into X's market share"
        "Solara Grid is eating into Helio Power's market share in Spain.",
        [("solara-grid", "COMPETES_WITH", "helio-power")],
        [],
    ),
    (  # robotics: "a thorn in the side of"
        "Pika Robotics has become a thorn in the side of Tarn Robotics, analysts say.",
        [("pika-robotics", "COMPETES_WITH", "tarn-robotics")],
        [],
    ),
    (  # banking: "giving X a run for its money"
        "Kettle Pay is giving Orrin Bank a run for its money in small-business lending.",
        [("kettle-pay", "COMPETES_WITH", "orrin-bank")],
        [],
    ),
    (  # aviation: "going after X's customers" is rivalry, not a dispute
        "Velo Air is going after Paroa Air's customers with cheaper fares to Madrid.",
        [("velo-air", "COMPETES_WITH", "paroa-air")],
        [("velo-air", "DISPUTES", "paroa-air")],
    ),
    (  # aviation: "undercut"
        "Velo Air undercut Paroa Air on fares to Lisbon, forcing it to cut prices.",
        [("velo-air", "COMPETES_WITH", "paroa-air")],
        [],
    ),
    (  # media: "stole a march on"
        "Lumen Studios stole a march on Northwind Pictures by signing the director first.",
        [("lumen-studios", "COMPETES_WITH", "northwind-pictures")],
        [],
    ),
    (  # autos: "locked in a battle for market share with"
        "Rove Motors is locked in a battle for market share with Kessel Auto in Poland.",
        [("rove-motors", "COMPETES_WITH", "kessel-auto")],
        [],
    ),
]

BACKS: list[Case] = [
    (  # public sector: "threw its weight behind"
        "The Marlow Chamber of Commerce threw its weight behind the Tarn Dam project on Friday.",
        [("marlow-chamber-of-commerce", "BACKS", "tarn-dam")],
        [],
    ),
    (  # guard: "declined to throw its weight behind"
        "The Marlow Chamber of Commerce declined to throw its weight behind the Tarn Dam project.",
        [],
        [("marlow-chamber-of-commerce", "BACKS", "tarn-dam")],
    ),
    (  # mining: "came out in favour of"
        "Anil Rao came out in favour of Karen Holt as chair, breaking with the board.",
        [("anil-rao", "BACKS", "karen-holt")],
        [],
    ),
    (  # rail: "championed"
        "Hugo Lind championed the Northway Rail Link for a decade before it was approved.",
        [("hugo-lind", "BACKS", "northway-rail-link")],
        [],
    ),
    (  # politics of a bid: "stood shoulder to shoulder with"
        "Olu Adeyemi stood shoulder to shoulder with Maria Quint during the boardroom revolt.",
        [("olu-adeyemi", "BACKS", "maria-quint")],
        [],
    ),
    (  # football: "went to bat for"
        "Colin Barr went to bat for Ravi Rana when the owners wanted to sack him.",
        [("colin-barr", "BACKS", "ravi-rana")],
        [],
    ),
    (  # energy: "sang the praises of"
        "Nina Volk sang the praises of the Kelso Solar Farm at an industry dinner on Tuesday.",
        [("nina-volk", "BACKS", "kelso-solar-farm")],
        [],
    ),
    (  # public sector: "gave the thumbs-up to"
        "Marlow District Council gave the thumbs-up to the Northway Rail Link on Wednesday.",
        [("marlow-district-council", "BACKS", "northway-rail-link")],
        [],
    ),
    (  # insurance: "rallied behind"
        "Garrick Insurance rallied behind Ellen Marsh after the profit warning.",
        [("garrick-insurance", "BACKS", "ellen-marsh")],
        [],
    ),
    (  # guard: "withdrew its backing for"
        "Orrin Bank withdrew its backing for the Kelso Solar Farm after costs rose.",
        [],
        [("orrin-bank", "BACKS", "kelso-solar-farm")],
    ),
    (  # guard: "pulled its support for"
        "Dalby Telecom pulled its support for the Kelso Solar Farm last month.",
        [],
        [("dalby-telecom", "BACKS", "kelso-solar-farm")],
    ),
]

PARTNERS: list[Case] = [
    (  # telecoms: "teamed up with"
        "Dalby Telecom teamed up with Ferro Fibre to lay cable across rural Wales.",
        [("dalby-telecom", "PARTNERS_WITH", "ferro-fibre")],
        [],
    ),
    (  # guard: "is in talks to team up with"
        "Dalby Telecom is in talks to team up with Ferro Fibre, two people said.",
        [],
        [("dalby-telecom", "PARTNERS_WITH", "ferro-fibre")],
    ),
    (  # pharma: "joined forces" with coordinated subjects
        "Arden Pharma and Velo Biotech have joined forces to develop an asthma drug.",
        [("arden-pharma", "PARTNERS_WITH", "velo-biotech")],
        [],
    ),
    (  # autos: "tied up with"
        "Rove Motors tied up with Kessel Auto to share battery plants in Poland.",
        [("rove-motors", "PARTNERS_WITH", "kessel-auto")],
        [],
    ),
    (  # autos guard: "ended its tie-up with"
        "Rove Motors ended its tie-up with Kessel Auto last year after a row over costs.",
        [],
        [("rove-motors", "PARTNERS_WITH", "kessel-auto")],
    ),
    (  # banking: "linked arms with"
        "Orrin Bank has linked arms with Kitefin Payments to offer instant loans to shops.",
        [("orrin-bank", "PARTNERS_WITH", "kitefin-payments")],
        [],
    ),
    (  # literal guard: "linked arms outside"
        "Workers linked arms outside Orrin Bank's offices as Kitefin Payments staff watched.",
        [],
        [("orrin-bank", "PARTNERS_WITH", "kitefin-payments")],
    ),
    (  # farming: "joined hands with"
        "Harrow Seeds has joined hands with Coldfield Agritech to breed drought-tolerant wheat.",
        [("harrow-seeds", "PARTNERS_WITH", "coldfield-agritech")],
        [],
    ),
    (  # farming: coordinated "joined hands"
        "Harrow Seeds and Coldfield Agritech joined hands last year to breed hardier wheat.",
        [("harrow-seeds", "PARTNERS_WITH", "coldfield-agritech")],
        [],
    ),
    (  # media: "hooked up with"
        "Lumen Studios hooked up with Northwind Pictures for a three-film deal.",
        [("lumen-studios", "PARTNERS_WITH", "northwind-pictures")],
        [],
    ),
    (  # construction: "is working hand in hand with"
        "Dorrance Build is working hand in hand with Keller Steelworks on the new bridge.",
        [("dorrance-build", "PARTNERS_WITH", "keller-steelworks")],
        [],
    ),
    (  # energy: "struck up a partnership with"
        "Norvale Energy struck up a partnership with Brisa Renewables to build wind farms.",
        [("norvale-energy", "PARTNERS_WITH", "brisa-renewables")],
        [],
    ),
    (  # shipping: "got into bed with"
        "Harbin Shipping got into bed with Tarrow Lines on a shared Baltic service.",
        [("harbin-shipping", "PARTNERS_WITH", "tarrow-lines")],
        [],
    ),
    (  # headline style: "team up"
        "Dalby, Ferro team up on rural broadband\n\nDalby Telecom and Ferro Fibre will jointly "
        "lay cable across Wales, the companies said.",
        [("dalby-telecom", "PARTNERS_WITH", "ferro-fibre")],
        [],
    ),
]

ADVISES: list[Case] = [
    (  # guard: "tapped X as an adviser" is advice, not partnership
        "Corvel Foods has tapped Paul Grey as an adviser on its bid for Dunmore Dairies.",
        [("paul-grey", "ADVISES", "corvel-foods")],
        [("corvel-foods", "PARTNERS_WITH", "paul-grey")],
    ),
    (  # logistics: "brought in X to advise"
        "Halvern Group brought in Paul Grey to advise it on the sale of its parcels arm.",
        [("paul-grey", "ADVISES", "halvern-group")],
        [],
    ),
    (  # banking: "is on retainer to"
        "Lena Ortiz is on retainer to Wexford Bank as a consultant on payments.",
        [("lena-ortiz", "ADVISES", "wexford-bank")],
        [],
    ),
    (  # football: "mentors"
        "Colin Barr mentors Ravi Rana, who took over at Ashby Town in the summer.",
        [("colin-barr", "ADVISES", "ravi-rana")],
        [],
    ),
]

LOCATED: list[Case] = [
    (  # logistics: "calls X home"
        "Brisk Couriers, which calls Leeds home, employs 900 drivers.",
        [("brisk-couriers", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # fintech: "set up shop in"
        "Kettle Pay set up shop in Lisbon in 2018 and now employs 120 people.",
        [("kettle-pay", "LOCATED_IN", "lisbon")],
        [("kettle-pay", "FOUNDED", "lisbon")],
    ),
    (  # robotics: "hails from"
        "Pika Robotics hails from Bristol, where it builds its machines.",
        [("pika-robotics", "LOCATED_IN", "bristol")],
        [],
    ),
]

# The same idioms in other shapes: passive, relative clause, pronoun subject, coordination,
# headline style, with guards.
SHAPES: list[Case] = [
    (  # OWNS: passive "was swallowed up by"
        "Talby Coal was swallowed up by Rusk Mining in 2018. Its Welsh pits closed a year later.",
        [("rusk-mining", "OWNS", "talby-coal")],
        [("talby-coal", "OWNS", "rusk-mining")],
    ),
    (  # OWNS: relative "which X hoovered up"
        "Selby Hotels, which Brannock Capital hoovered up last year, is refitting its rooms.",
        [("brannock-capital", "OWNS", "selby-hotels")],
        [],
    ),
    (  # OWNS: pronoun subject "It bolted on"
        "Mercer Health has been busy. It bolted on Alder Clinics in June and Kew Dental in August.",
        [("mercer-health", "OWNS", "alder-clinics"), ("mercer-health", "OWNS", "kew-dental")],
        [],
    ),
    (  # OWNS: coordination of objects after "snapped up"
        "Corvel Foods snapped up Dunmore Dairies and Pell Creamery this year.",
        [("corvel-foods", "OWNS", "dunmore-dairies"), ("corvel-foods", "OWNS", "pell-creamery")],
        [],
    ),
    (  # OWNS: headline "nabs ... for $Xm"
        "Tarn Software nabs Pixel Forge for $45m\n\nThe deal closed on Friday, Tarn said.",
        [("tarn-software", "OWNS", "pixel-forge")],
        [],
    ),
    (  # OWNS guard: "snapped up shares in" is no takeover
        "Ashgrove Ventures snapped up shares in Pika Robotics after its results.",
        [],
        [("ashgrove-ventures", "OWNS", "pika-robotics")],
    ),
    (  # OWNS guard: "a takeover target for"
        "Dunmore Dairies is seen as a takeover target for Corvel Foods, analysts said.",
        [],
        [("corvel-foods", "OWNS", "dunmore-dairies")],
    ),
    (  # OWNS: passive "was folded into"
        "Brisk Couriers was folded into Halvern Group last year after a decade on its own.",
        [("halvern-group", "OWNS", "brisk-couriers")],
        [],
    ),
    (  # FUNDS: pronoun subject "It has ploughed"
        "Greyfield Agri reported higher profits. It has ploughed £12 million into Harrow Seeds "
        "since 2021.",
        [("greyfield-agri", "FUNDS", "harrow-seeds")],
        [],
    ),
    (  # FUNDS: coordinated subjects "bankrolled"
        "Ashgrove Ventures and Harwick Ventures bankrolled Pika Robotics in its early years.",
        [
            ("ashgrove-ventures", "FUNDS", "pika-robotics"),
            ("harwick-ventures", "FUNDS", "pika-robotics"),
        ],
        [],
    ),
    (  # FUNDS: passive "was thrown a lifeline by"
        "Ostler Retail was thrown a lifeline by Greyfield Capital, which lent it £30 million.",
        [("greyfield-capital", "FUNDS", "ostler-retail")],
        [],
    ),
    (  # FUNDS: reduced passive "propped up by"
        "Crane Airways, propped up by Velmar Holdings since 2020, flies to 30 cities.",
        [("velmar-holdings", "FUNDS", "crane-airways")],
        [],
    ),
    (  # FUNDS: headline "pours $Xm into"
        "Brightwater pours $40m into Solara Grid\n\nBrightwater Capital invested $40 million in "
        "Solara Grid, the companies said.",
        [("brightwater-capital", "FUNDS", "solara-grid")],
        [],
    ),
    (  # FUNDS guard: "poured cold water on" is criticism, no money
        "Brightwater Capital poured cold water on Solara Grid's expansion plans on Monday.",
        [],
        [("brightwater-capital", "FUNDS", "solara-grid")],
    ),
    (  # FOUNDED: passive "was dreamed up by"
        "Loop Lending was dreamed up by Lena Ortiz in 2016. It now lends to 4,000 shops.",
        [("lena-ortiz", "FOUNDED", "loop-lending")],
        [],
    ),
    (  # FOUNDED: appositive "the brainchild of"
        "Kettle Pay, the brainchild of Ravi Mehta, processed $2 billion last year.",
        [("ravi-mehta", "FOUNDED", "kettle-pay")],
        [],
    ),
    (  # FOUNDED: coordinated founders "set up"
        "Ann Lee and Tom Hale set up Bramble Foods in 2010 in a rented kitchen.",
        [("ann-lee", "FOUNDED", "bramble-foods"), ("tom-hale", "FOUNDED", "bramble-foods")],
        [],
    ),
    (  # FOUNDED: pronoun subject "she dreamed up"
        "Lena Ortiz left banking in 2015. A year later she dreamed up Loop Lending.",
        [("lena-ortiz", "FOUNDED", "loop-lending")],
        [],
    ),
    (  # FOUNDED guard: "dreamed up a logo for"
        "Lena Ortiz dreamed up a new logo for Bellway Stores as a favour.",
        [],
        [("lena-ortiz", "FOUNDED", "bellway-stores")],
    ),
    (  # FOUNDED: passive "was spun out of"
        "Quell Bio was spun out of Harwick University in 2019 to develop its lung drug.",
        [("harwick-university", "FOUNDED", "quell-bio")],
        [],
    ),
    (  # LEADS: "took the helm at"
        "Omar Said took the helm at Rove Motors in March, the carmaker said.",
        [("omar-said", "LEADS", "rove-motors")],
        [],
    ),
    (  # LEADS: reduced passive "steered by"
        "Corran Shipping, steered by Olu Adeyemi since 2015, has doubled its fleet.",
        [("olu-adeyemi", "LEADS", "corran-shipping")],
        [],
    ),
    (  # LEADS: "in the hot seat at"
        "Dan Kerr, in the hot seat at Ostler Retail since 2021, faces angry shareholders.",
        [("dan-kerr", "LEADS", "ostler-retail")],
        [],
    ),
    (  # LEADS: "handed over the reins at X to Y"
        "Maria Quint handed over the reins at Selby Hotels to Tom Hale in May.",
        [("tom-hale", "LEADS", "selby-hotels")],
        [("tom-hale", "OWNS", "selby-hotels")],
    ),
    (  # LEADS: "was tapped to run"
        "Karen Holt was tapped to run Wexford Bank after its chief executive quit.",
        [("karen-holt", "LEADS", "wexford-bank")],
        [("wexford-bank", "PARTNERS_WITH", "karen-holt")],
    ),
    (  # DISPUTES: passive "was hauled before ... by"
        "Brisk Couriers was hauled before an employment tribunal by Kesh Drivers Union.",
        [("kesh-drivers-union", "DISPUTES", "brisk-couriers")],
        [],
    ),
    (  # DISPUTES: passive "was slapped with a lawsuit by"
        "Ferro Fibre was slapped with a lawsuit by Dalby Telecom on Tuesday.",
        [("dalby-telecom", "DISPUTES", "ferro-fibre")],
        [("ferro-fibre", "DISPUTES", "dalby-telecom")],
    ),
    (  # DISPUTES: pronoun subject "It took X to court"
        "Brannock Minerals said royalties were unpaid. It took Ocher Metals to court in 2022.",
        [("brannock-minerals", "DISPUTES", "ocher-metals")],
        [],
    ),
    (  # DISPUTES: coordinated "are at loggerheads"
        "Norvale Energy and Kestrel Power are at loggerheads over grid access charges.",
        [
            ("norvale-energy", "DISPUTES", "kestrel-power"),
            ("kestrel-power", "DISPUTES", "norvale-energy"),
        ],
        [],
    ),
    (  # DISPUTES: coordinated "have crossed swords"
        "Harbin Shipping and Tarrow Lines have crossed swords over berth fees before.",
        [("harbin-shipping", "DISPUTES", "tarrow-lines")],
        [],
    ),
    (  # COMPETES: appositive "X's arch-rival"
        "Ashby Foods, Corvel Foods' arch-rival, cut prices on Monday.",
        [("corvel-foods", "COMPETES_WITH", "ashby-foods")],
        [],
    ),
    (  # COMPETES: "going toe to toe with"
        "Kettle Pay is going toe to toe with Orrin Bank in small-business lending.",
        [("kettle-pay", "COMPETES_WITH", "orrin-bank")],
        [],
    ),
    (  # COMPETES: headline "takes on"
        "Velo Air takes on Paroa Air on Lisbon route\n\nThe airline will fly twice a day, Velo "
        "Air said.",
        [("velo-air", "COMPETES_WITH", "paroa-air")],
        [],
    ),
    (  # COMPETES guard: "took on X's debts"
        "Velo Air took on Paroa Air's debts when it bought the airline.",
        [],
        [("velo-air", "COMPETES_WITH", "paroa-air")],
    ),
    (  # COMPETES: relative "which is nipping at the heels of"
        "Pika Robotics, which is nipping at the heels of Tarn Robotics, raised $30 million.",
        [("pika-robotics", "COMPETES_WITH", "tarn-robotics")],
        [],
    ),
    (  # BACKS: reduced passive "championed by"
        "The Northway Rail Link, championed by Hugo Lind, won approval on Friday.",
        [("hugo-lind", "BACKS", "northway-rail-link")],
        [],
    ),
    (  # BACKS: coordinated subjects "threw their weight behind"
        "Anil Rao and Maria Quint threw their weight behind Karen Holt's bid for the chair.",
        [("anil-rao", "BACKS", "karen-holt"), ("maria-quint", "BACKS", "karen-holt")],
        [],
    ),
    (  # BACKS: "put its weight behind"
        "Marlow District Council put its weight behind the Northway Rail Link this week.",
        [("marlow-district-council", "BACKS", "northway-rail-link")],
        [],
    ),
    (  # BACKS: British "went into bat for"
        "Colin Barr went into bat for Ravi Rana when the owners wanted to sack him.",
        [("colin-barr", "BACKS", "ravi-rana")],
        [],
    ),
    (  # PARTNERS: coordinated "have linked arms"
        "Orrin Bank and Kitefin Payments have linked arms to offer instant loans to shops.",
        [("orrin-bank", "PARTNERS_WITH", "kitefin-payments")],
        [],
    ),
    (  # PARTNERS: relative "which has teamed up with"
        "Dalby Telecom, which has teamed up with Ferro Fibre, will wire 40,000 homes.",
        [("dalby-telecom", "PARTNERS_WITH", "ferro-fibre")],
        [],
    ),
    (  # PARTNERS: "pooled resources with"
        "Harrow Seeds pooled resources with Coldfield Agritech to build a seed bank.",
        [("harrow-seeds", "PARTNERS_WITH", "coldfield-agritech")],
        [],
    ),
    (  # PARTNERS guard: "parted ways with"
        "Rove Motors parted ways with Kessel Auto last year after a row over costs.",
        [],
        [("rove-motors", "PARTNERS_WITH", "kessel-auto")],
    ),
    (  # PARTNERS guard: intent "hopes to hook up with"
        "Lumen Studios hopes to hook up with Northwind Pictures for its next film.",
        [],
        [("lumen-studios", "PARTNERS_WITH", "northwind-pictures")],
    ),
    (  # ADVISES guard: "mentors" as a verb between two people is no title ("Y's mentors")
        "Ann Lee mentors Tom Hale, the new head of Bramble Foods.",
        [],
        [("tom-hale", "ADVISES", "ann-lee")],
    ),
    (  # ADVISES: "a sounding board for"
        "Lena Ortiz has long been a sounding board for Ravi Mehta, who calls her weekly.",
        [("lena-ortiz", "ADVISES", "ravi-mehta")],
        [],
    ),
    (  # LOCATED: relative "which set up shop in"
        "Kettle Pay, which set up shop in Lisbon in 2018, employs 120 people.",
        [("kettle-pay", "LOCATED_IN", "lisbon")],
        [],
    ),
    (  # LOCATED: "put down roots in"
        "Pika Robotics put down roots in Bristol in 2015 and builds its machines there.",
        [("pika-robotics", "LOCATED_IN", "bristol")],
        [],
    ),
]

# A third round of idioms: control won or seized, money shelled out or tapped, the top job
# held, collision courses and crying foul, jockeying rivals, seals of approval, roped-in
# partners, a home made somewhere.
MORE: list[Case] = [
    (  # OWNS: "seized control of"
        "Halden Capital seized control of Rove Motors in a boardroom coup last year.",
        [("halden-capital", "OWNS", "rove-motors")],
        [],
    ),
    (  # OWNS: "wrested control of X from Y"
        "Kinross Partners wrested control of Tidewater Farms from the Ashe family in 2020.",
        [("kinross-partners", "OWNS", "tidewater-farms")],
        [("ashe-family", "OWNS", "tidewater-farms")],
    ),
    (  # OWNS guard: "seeks control of" is intent
        "Halden Capital seeks control of Rove Motors, according to a filing.",
        [],
        [("halden-capital", "OWNS", "rove-motors")],
    ),
    (  # OWNS: "shelled out $X for"
        "Arden Pharma shelled out $300 million for Velo Biotech, its biggest deal yet.",
        [("arden-pharma", "OWNS", "velo-biotech")],
        [],
    ),
    (  # OWNS: "forked out £X for"
        "Crowther Media forked out £20 million for Kelso Radio in 2019.",
        [("crowther-media", "OWNS", "kelso-radio")],
        [],
    ),
    (  # FUNDS: "tapped X for $Ym" (money raised, not a partner)
        "Kettle Pay tapped Ashgrove Ventures for $20 million in March.",
        [("ashgrove-ventures", "FUNDS", "kettle-pay")],
        [("kettle-pay", "PARTNERS_WITH", "ashgrove-ventures")],
    ),
    (  # FUNDS guard: "tapped X for the top job" moves no money
        "Wexford Bank tapped Karen Holt for the top job in January, the bank said.",
        [],
        [("karen-holt", "FUNDS", "wexford-bank")],
    ),
    (  # OWNS guard: "picked up a contract for $X from" buys nothing
        "Velo Biotech picked up a contract for $5 million from Arden Pharma last week.",
        [],
        [("velo-biotech", "OWNS", "arden-pharma")],
    ),
    (  # FUNDS: "drummed up $X from"
        "Quell Bio drummed up $12 million from Harwick Ventures and two family offices.",
        [("harwick-ventures", "FUNDS", "quell-bio")],
        [],
    ),
    (  # FUNDS: "doubled down on X with a further $Y"
        "Ashgrove Ventures doubled down on Pika Robotics with a further $10 million.",
        [("ashgrove-ventures", "FUNDS", "pika-robotics")],
        [],
    ),
    (  # LEADS: "holds the top job at"
        "Karen Holt holds the top job at Wexford Bank and sits on two charity boards.",
        [("karen-holt", "LEADS", "wexford-bank")],
        [],
    ),
    (  # LEADS: "the man in charge at"
        "Hugo Lind, the man in charge at Dalby Telecom, wants to sell its cable arm.",
        [("hugo-lind", "LEADS", "dalby-telecom")],
        [],
    ),
    (  # LEADS: "stepped into the top job at"
        "Omar Said stepped into the top job at Rove Motors after Ellen Marsh left.",
        [("omar-said", "LEADS", "rove-motors")],
        [],
    ),
    (  # DISPUTES: "is on a collision course with"
        "Garrick Insurance is on a collision course with the Finance Conduct Board over fees.",
        [("garrick-insurance", "DISPUTES", "finance-conduct-board")],
        [],
    ),
    (  # DISPUTES: "cried foul over X's"
        "Velo Air cried foul over Paroa Air's landing slots at Solent, calling them unfair.",
        [("velo-air", "DISPUTES", "paroa-air")],
        [],
    ),
    (  # DISPUTES: a regulator "threw the book at"
        "Finance Conduct Board threw the book at Garrick Insurance, fining it £4 million.",
        [("finance-conduct-board", "DISPUTES", "garrick-insurance")],
        [],
    ),
    (  # COMPETES: "jockeying with X for"
        "Velo Air is jockeying with Paroa Air for slots at Solent.",
        [("velo-air", "COMPETES_WITH", "paroa-air")],
        [],
    ),
    (  # COMPETES: coordinated "are neck and neck"
        "Kettle Pay and Loop Lending are neck and neck in small-business loans.",
        [("kettle-pay", "COMPETES_WITH", "loop-lending")],
        [],
    ),
    (  # COMPETES: "encroaching on X's turf"
        "Brisk Couriers is encroaching on Halvern Group's turf with next-day parcels.",
        [("brisk-couriers", "COMPETES_WITH", "halvern-group")],
        [],
    ),
    (  # BACKS: "gave its seal of approval to"
        "Marlow District Council gave its seal of approval to the Northway Rail Link.",
        [("marlow-district-council", "BACKS", "northway-rail-link")],
        [],
    ),
    (  # BACKS: "a cheerleader for"
        "Nina Volk has been a cheerleader for the Kelso Solar Farm since 2019.",
        [("nina-volk", "BACKS", "kelso-solar-farm")],
        [],
    ),
    (  # BACKS: "spoke up for"
        "Anil Rao spoke up for Karen Holt when shareholders questioned her pay.",
        [("anil-rao", "BACKS", "karen-holt")],
        [],
    ),
    (  # PARTNERS: "roped in X" to build something
        "Dorrance Build has roped in Keller Steelworks to help build the new bridge.",
        [("dorrance-build", "PARTNERS_WITH", "keller-steelworks")],
        [],
    ),
    (  # PARTNERS: coordinated "clubbed together"
        "Harrow Seeds and Coldfield Agritech clubbed together to buy a seed-testing lab.",
        [("harrow-seeds", "PARTNERS_WITH", "coldfield-agritech")],
        [],
    ),
    (  # LOCATED: "makes its home in"
        "Loop Lending makes its home in Manchester, where it employs 300 people.",
        [("loop-lending", "LOCATED_IN", "manchester")],
        [],
    ),
    (  # LOCATED: "is domiciled in"
        "Norvik Pension Fund is domiciled in Luxembourg and invests across Europe.",
        [("norvik-pension-fund", "LOCATED_IN", "luxembourg")],
        [],
    ),
]

BANK: list[Case] = OWNS + FUNDS + FOUNDED + LEADS + DISPUTES + COMPETES + BACKS + PARTNERS
BANK += ADVISES + LOCATED + SHAPES + MORE

# Cases left for later rounds, by the opening of their text, and why they fail.
LEFT: dict[str, str] = {
    "Tallis Brands has added": "'added X to its portfolio' is a purchase for a brands group but"
    " an investment for a fund: left unread rather than guessed",
    "Castellan Bank was a cornerstone": "'investor in the listing of X': the listing is read as"
    " a part of X, so X is no object",
    "Castellan Bank underwrote": "underwriting a bond sale: a service to the issuer, not read as"
    " funding",
    "Mercer Health has been busy.": "'bolted on A in June and B in August': the second"
    " object of a gapped coordination ('and B in August') is not read",
    "Ashgrove Ventures doubled down": "'doubled down on X with a further $N': the amount"
    " follows the phrase, no money trigger is read",
    "Dorrance Build has roped in": "'Keller Steelworks' is typed a Location in this sentence"
    " (entity typing), so 'roped in' (target: Organization) does not apply",
    "Colin Barr mentors": "'X mentors Y': 'mentors' is a role noun, so the token is not"
    " read as the verb 'mentor' (the reversed title reading is now refused)",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_idioms(case: Case) -> None:
    check(*case)
