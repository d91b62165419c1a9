"""References in longer business articles, from the genre (round 9): five-to-eight sentence
invented mini-articles with several organizations and two people, where a reference crosses a
paragraph or a quote, names one of several kinds ("the group", "the lender", "the chain", "the
club"), is a possessive ("the carrier's chief executive", "its chairman"), a plural ("the two
companies", "both firms", "its rivals"), the deal itself (no entity), "the latter" / "the former"
inside one sentence, a cataphora ("'...,' said X, who runs Y"), or a first-person speaker ("we"),
or the topic company returning after two newer names.

Each case is (text, relations that must be found, relations that must not be). Sectors: food,
farming, mining, shipping, airlines, retail, banking, pharma, utilities, construction, media,
sport, public bodies.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

# Quotes and paragraphs: "the company said" after a quote, the topic across a paragraph break.
QUOTES: list[Case] = [
    (  # food: the sayer of a quote is the topic; the dispute is the lender's
        "Brisa Foods, the Lagos snack maker, has been sued by Hollin Bank over a missed loan "
        'payment.\n\n"We will fight this in court," the company said on Tuesday. Hollin Bank '
        "declined to comment. Brisa Foods was founded by Ada Okoro in 2004. Its rival Kell "
        "Snacks has grown faster since Okoro stepped down.",
        [("hollin-bank", "DISPUTES", "brisa-foods"), ("ada-okoro", "FOUNDED", "brisa-foods")],
        [("ada-okoro", "FOUNDED", "kell-snacks"), ("hollin-bank", "DISPUTES", "kell-snacks")],
    ),
    (  # mining: the topic returns across a paragraph with "the miner"
        "Tarrow Minerals reported a loss for the year. Its main buyer, Castine Steel, cut "
        "orders in March.\n\nThe miner is now controlled by Vessel Capital, which bought a 60% "
        "stake in 2021. Vessel Capital is run by Jonas Fell.",
        [("vessel-capital", "OWNS", "tarrow-minerals"), ("jonas-fell", "LEADS", "vessel-capital")],
        [("vessel-capital", "OWNS", "castine-steel")],
    ),
    (  # shipping: a quote, then "the operator" for the ferry company, not the port
        "Larch Ferries carries two million passengers a year between Dover and Calais. The "
        'Port of Ostbay said it would raise fees. "We cannot absorb another increase," said '
        "Mina Horst, who runs Larch Ferries. The operator is owned by Quayle Holdings.",
        [("mina-horst", "LEADS", "larch-ferries"), ("quayle-holdings", "OWNS", "larch-ferries")],
        [("quayle-holdings", "OWNS", "port-of-ostbay"), ("mina-horst", "LEADS", "port-of-ostbay")],
    ),
    (  # retail: cataphora "said X, chief executive of Y"
        '"We compete on price, not on service," said Pavel Drozd, chief executive of Bonnet '
        "Stores. Bonnet Stores runs 300 shops. Its largest rival, Clayfield Retail, is owned by "
        "Amberly Partners.",
        [
            ("pavel-drozd", "LEADS", "bonnet-stores"),
            ("amberly-partners", "OWNS", "clayfield-retail"),
        ],
        [
            ("amberly-partners", "OWNS", "bonnet-stores"),
            ("pavel-drozd", "LEADS", "clayfield-retail"),
        ],
    ),
    (  # airlines: "the carrier said" after a quote; the lawsuit is the union's
        'The Pilots\' Guild has sued Skyvane Airways over pay. "The claims have no merit," '
        "the carrier said. Skyvane is owned by Corran Group, which also owns the Orbis hotel "
        "chain. Its chairman, Lena Marsh, joined in 2019.",
        [
            ("the-pilots-guild", "DISPUTES", "skyvane-airways"),
            ("corran-group", "OWNS", "skyvane-airways"),
        ],
        [("corran-group", "OWNS", "the-pilots-guild")],
    ),
]

# "the <noun>" when the text gave several kinds: the noun picks its kind.
KINDS: list[Case] = [
    (  # banking + retail: "the lender" is the bank, not the chain
        "Marlow Stores, the discount chain, has borrowed $200 million from Grisby Bank. The "
        "chain plans to open 40 shops in Wales. The lender is owned by Harcourt Financial. "
        "Marlow Stores is run by Ian Pruett.",
        [("harcourt-financial", "OWNS", "grisby-bank"), ("ian-pruett", "LEADS", "marlow-stores")],
        [("harcourt-financial", "OWNS", "marlow-stores")],
    ),
    (  # retail + banking: "the chain" is the retailer, not the bank
        "Grisby Bank has lent $200 million to Marlow Stores. The bank is based in Leeds. The "
        "chain is owned by Dunmore Equity, a private equity firm.",
        [("dunmore-equity", "OWNS", "marlow-stores")],
        [("dunmore-equity", "OWNS", "grisby-bank")],
    ),
    (  # sport + media: "the club" is the football club, not the broadcaster
        "Harlow United signed a television deal with Ferrant Media last week. Ferrant Media "
        "also shows rugby. The club is owned by the American investor Dale Korver, who bought "
        "it in 2018.",
        [("dale-korver", "OWNS", "harlow-united")],
        [("dale-korver", "OWNS", "ferrant-media")],
    ),
    (  # utilities + construction: "the utility" vs "the builder"
        "Norvane Water hired Kestle Construction to build a reservoir near Bath. The builder "
        "is owned by Ostrander Holdings. The utility is owned by a pension fund, Colm Pensions.",
        [
            ("ostrander-holdings", "OWNS", "kestle-construction"),
            ("colm-pensions", "OWNS", "norvane-water"),
        ],
        [
            ("ostrander-holdings", "OWNS", "norvane-water"),
            ("colm-pensions", "OWNS", "kestle-construction"),
        ],
    ),
    (  # pharma + funds: "the drugmaker" vs "the fund"
        "Pellam Capital has invested $40 million in Ribeck Pharma. The fund is managed by "
        "Sara Lind. The drugmaker is based in Lyon.",
        [("pellam-capital", "FUNDS", "ribeck-pharma"), ("ribeck-pharma", "LOCATED_IN", "lyon")],
        [("pellam-capital", "LOCATED_IN", "lyon")],
    ),
    (  # airlines + airports: "the airline" vs "the airport"
        "Corvo Air will move its base to Tessin Airport next year. The airport is owned by "
        "Falk Infrastructure. The airline is owned by Brenna Travel.",
        [("falk-infrastructure", "OWNS", "tessin-airport"), ("brenna-travel", "OWNS", "corvo-air")],
        [("falk-infrastructure", "OWNS", "corvo-air"), ("brenna-travel", "OWNS", "tessin-airport")],
    ),
    (  # farming + retail: "the cooperative" vs "the supermarket"
        "The Wold Dairy Cooperative supplies milk to Pennick Supermarkets. The supermarket "
        "group is owned by Harrow Holdings. The cooperative was founded by Tom Abery in 1952.",
        [
            ("harrow-holdings", "OWNS", "pennick-supermarkets"),
            ("tom-abery", "FOUNDED", "the-wold-dairy-cooperative"),
        ],
        [("harrow-holdings", "OWNS", "the-wold-dairy-cooperative")],
    ),
    (  # media + sport: "the broadcaster" sued by the league
        "The Northern Rugby League has sued Ferrant Media over unpaid rights fees. Ferrant "
        "Media also shows football for Harlow United. The league says the broadcaster owes "
        "it $30 million.",
        [("northern-rugby-league", "DISPUTES", "ferrant-media")],
        [("northern-rugby-league", "DISPUTES", "harlow-united")],
    ),
    (  # food: "the baker" among a retailer and a bank
        "Fenn Bakeries supplies bread to Ostler Stores and borrows from Hollin Bank. The baker "
        "is owned by Fenn Holdings, a family trust.",
        [("fenn-holdings", "OWNS", "fenn-bakeries")],
        [("fenn-holdings", "OWNS", "ostler-stores"), ("fenn-holdings", "OWNS", "hollin-bank")],
    ),
    (  # airlines: "the airport" for an unnamed airport is no named company
        "Corvo Air will fly from a small airport near Leeds. The airport is owned by Falk "
        "Infrastructure.",
        [],
        [("falk-infrastructure", "OWNS", "corvo-air")],
    ),
]

# Possessives: "the carrier's chief executive", "its chairman" after a campaign group or union.
POSSESSIVE: list[Case] = [
    (  # airlines: "the carrier's chief executive" is the airline's
        "Skyvane Airways has ordered 20 jets from Auster Aerospace. The carrier's chief "
        "executive, Rhea Moss, said the planes would fly from Leeds.",
        [("rhea-moss", "LEADS", "skyvane-airways")],
        [("rhea-moss", "LEADS", "auster-aerospace")],
    ),
    (  # banking: "the lender's chairman"
        "Hollin Bank has agreed to buy Wexley Building Society. The lender's chairman, Omar "
        "Sayed, called the deal a good fit.",
        [
            ("omar-sayed", "LEADS", "hollin-bank"),
            ("hollin-bank", "OWNS", "wexley-building-society"),
        ],
        [("omar-sayed", "LEADS", "wexley-building-society")],
    ),
    (  # mining: "its chairman" after a campaign group is the group's, not the miner's
        "Tarrow Minerals wants to dig a new pit in Cumbria. Save the Fells, a campaign group, "
        "has sued the company to stop it. Its chairman, Edwin Roke, said the pit would ruin "
        "the valley.",
        [
            ("save-the-fells", "DISPUTES", "tarrow-minerals"),
            ("edwin-roke", "LEADS", "save-the-fells"),
        ],
        [("edwin-roke", "LEADS", "tarrow-minerals")],
    ),
    (  # shipping: "its president" after a union
        "Larch Ferries plans to cut 300 jobs. The Seafarers Union said it would fight the "
        "cuts. Its president, Bryn Tally, called the plan reckless.",
        [("bryn-tally", "LEADS", "the-seafarers-union")],
        [("bryn-tally", "LEADS", "larch-ferries")],
    ),
    (  # food: "the baker's founder"
        "Ostler Stores has bought Fenn Bakeries for $90 million. The baker's founder, Iris "
        "Fenn, will stay on for a year.",
        [("ostler-stores", "OWNS", "fenn-bakeries"), ("iris-fenn", "FOUNDED", "fenn-bakeries")],
        [("iris-fenn", "FOUNDED", "ostler-stores")],
    ),
    (  # pharma: "the company's chief executive" with a regulator in view
        "The Medicines Board has fined Ribeck Pharma over a faulty drug trial. The company's "
        "chief executive, Paul Anders, apologised.",
        [("paul-anders", "LEADS", "ribeck-pharma")],
        [("paul-anders", "LEADS", "the-medicines-board")],
    ),
    (  # food: "the firm's chairman" after a union's lawsuit is the company's
        "The Bakery Workers Union has sued Fenn Bakeries over pay. The firm's chairman, Owen "
        "Pugh, said the claim had no merit.",
        [("owen-pugh", "LEADS", "fenn-bakeries")],
        [("owen-pugh", "LEADS", "the-bakery-workers-union")],
    ),
    (  # utilities: "The company is owned by" after a regulator's fine
        "The Energy Regulation Authority fined Kessock Energy in June. The company is owned by "
        "Vessel Capital, a Jersey fund.",
        [("vessel-capital", "OWNS", "kessock-energy")],
        [("vessel-capital", "OWNS", "the-energy-regulation-authority")],
    ),
]

# Plurals: "the two companies", "both firms", "the pair", "the banks", "its rivals".
PLURALS: list[Case] = [
    (  # food: "the two companies" do not make a relation of their own with a third
        "Orrin Foods and Dessa Mills said on Monday they would merge. The two companies "
        "compete with Talbot Grain in west Africa. Orrin Foods is run by Karen Adey.",
        [("karen-adey", "LEADS", "orrin-foods")],
        [("karen-adey", "LEADS", "dessa-mills"), ("karen-adey", "LEADS", "talbot-grain")],
    ),
    (  # banking: "both lenders" sued the builder
        "Ashby Homes owes money to Corvin Bank and Deller Bank. Both lenders have sued the "
        "builder. Ashby Homes was founded by Neil Ashby.",
        [("corvin-bank", "DISPUTES", "ashby-homes"), ("deller-bank", "DISPUTES", "ashby-homes")],
        [("neil-ashby", "FOUNDED", "corvin-bank")],
    ),
    (  # retail: "its rivals" are not owned by the topic
        "Bonnet Stores is owned by Amberly Partners. Its rivals, Clayfield Retail and Mossop, "
        "have cut prices.",
        [("amberly-partners", "OWNS", "bonnet-stores")],
        [("amberly-partners", "OWNS", "clayfield-retail"), ("amberly-partners", "OWNS", "mossop")],
    ),
    (  # shipping: "the pair" after two companies; the founder belongs to one
        "Larch Ferries and Brill Shipping will share routes across the North Sea. The pair "
        "said the tie-up would cut costs. Brill Shipping was founded by Hanne Brill.",
        [("hanne-brill", "FOUNDED", "brill-shipping")],
        [("hanne-brill", "FOUNDED", "larch-ferries")],
    ),
    (  # mining: "both miners" are the two miners, not the steelmaker named first
        "Castine Steel buys ore from Kerrow Mining and Dunmore Coal. Both miners are owned by "
        "Altmann Bank.",
        [("altmann-bank", "OWNS", "kerrow-mining"), ("altmann-bank", "OWNS", "dunmore-coal")],
        [("altmann-bank", "OWNS", "castine-steel")],
    ),
    (  # airlines: "the two airlines" skip the airport and its operator named after them
        "Skyvane Airways and Corvo Air fly from Tessin Airport, which is run by Falk "
        "Infrastructure. The two airlines are owned by Brenna Travel.",
        [("brenna-travel", "OWNS", "skyvane-airways"), ("brenna-travel", "OWNS", "corvo-air")],
        [
            ("brenna-travel", "OWNS", "tessin-airport"),
            ("brenna-travel", "OWNS", "falk-infrastructure"),
        ],
    ),
]

# "the deal" / "the agreement" are not entities.
DEAL: list[Case] = [
    (  # retail: "the deal" is not the acquired company
        "Garron Stores agreed to buy Mirelle Fashion for $300 million. The deal was financed "
        "by Hollin Bank. Mirelle Fashion is based in Milan.",
        [("garron-stores", "OWNS", "mirelle-fashion"), ("mirelle-fashion", "LOCATED_IN", "milan")],
        [("hollin-bank", "FUNDS", "mirelle-fashion"), ("hollin-bank", "OWNS", "mirelle-fashion")],
    ),
    (  # utilities: "the agreement" was criticised, not a company
        "Norvane Water signed a ten-year supply agreement with Kessock Energy. The regulator, "
        "Ofwet, criticised the agreement. Kessock Energy is owned by Vessel Capital.",
        [("vessel-capital", "OWNS", "kessock-energy")],
        [("ofwet", "DISPUTES", "norvane-water"), ("ofwet", "DISPUTES", "kessock-energy")],
    ),
    (  # mining: "the regulator" is the inspectorate named before (desc24), and criticising
        # is disputing (the schema's DISPUTES); the regulator is no company run by Ordway
        "Tarrow Minerals was fined by the Mines Inspectorate in May. The regulator has also "
        "criticised Castine Steel over safety. Tarrow is run by Gary Ordway.",
        [
            ("gary-ordway", "LEADS", "tarrow-minerals"),
            ("mines-inspectorate", "DISPUTES", "castine-steel"),
        ],
        [("gary-ordway", "LEADS", "mines-inspectorate")],
    ),
]

# "the latter" / "the former" within one sentence.
LATTER: list[Case] = [
    (  # banking: "the latter" names the second of a pair
        "Ashby Homes borrowed from Corvin Bank and Deller Bank last year, and the latter is "
        "owned by Pell Capital.",
        [("pell-capital", "OWNS", "deller-bank")],
        [("pell-capital", "OWNS", "corvin-bank"), ("pell-capital", "OWNS", "ashby-homes")],
    ),
    (  # food: "the former" names the first
        "Orrin Foods and Dessa Mills both buy wheat from Talbot Grain, though the former is "
        "owned by Severn Capital.",
        [("severn-capital", "OWNS", "orrin-foods")],
        [("severn-capital", "OWNS", "dessa-mills"), ("severn-capital", "OWNS", "talbot-grain")],
    ),
]

# Cataphora and first person: "said X, who runs Y"; "we" is the speaker's organization.
SPEAKERS: list[Case] = [
    (  # farming: "said X, who runs Y"
        '"Our growers need better prices," said Tom Abery, who runs the Wold Dairy '
        "Cooperative. The cooperative sells to Pennick Supermarkets.",
        [("tom-abery", "LEADS", "wold-dairy-cooperative")],
        [("tom-abery", "LEADS", "pennick-supermarkets")],
    ),
    (  # construction: "said X, founder of Y"
        '"We build faster than anyone in the north," said Dana Crewe, founder of Kestle '
        "Construction. Kestle has won a contract from Norvane Water.",
        [("dana-crewe", "FOUNDED", "kestle-construction")],
        [("dana-crewe", "FOUNDED", "norvane-water")],
    ),
    (  # media: "we" in the speaker's quote is the speaker's company
        'Ferrant Media chief executive Lila Shaw said: "We have sued Orbis Radio because it '
        'copied our format." Orbis Radio is owned by Corran Group.',
        [("lila-shaw", "LEADS", "ferrant-media"), ("ferrant-media", "DISPUTES", "orbis-radio")],
        [("corran-group", "DISPUTES", "orbis-radio"), ("lila-shaw", "LEADS", "orbis-radio")],
    ),
    (  # retail: "said X of Y" with a rival named in the quote
        '"Clayfield Retail cannot match our prices," said Pavel Drozd of Bonnet Stores. '
        "Clayfield is owned by Amberly Partners.",
        [("amberly-partners", "OWNS", "clayfield-retail")],
        [("amberly-partners", "OWNS", "bonnet-stores")],
    ),
]

# The topic company returning after two newer names; relative clauses with two of a kind.
RETURN: list[Case] = [
    (  # pharma: "the company" after two newer names returns to the topic by its kind
        "Ribeck Pharma makes cancer drugs in Lyon. Last year it hired Anselm Advisers to find a "
        "buyer, and Pellam Capital made an offer. The company is now owned by Pellam.",
        [("pellam-capital", "OWNS", "ribeck-pharma")],
        [("pellam-capital", "OWNS", "anselm-advisers")],
    ),
    (  # mining: "The miner, which is owned by ..." with two miners in view
        "Kerrow Mining and Dunmore Coal both supply Castine Steel. Dunmore Coal cut output in "
        "May. The miner, which is owned by Altmann Bank, blamed flooding.",
        [("altmann-bank", "OWNS", "dunmore-coal")],
        [("altmann-bank", "OWNS", "kerrow-mining"), ("altmann-bank", "OWNS", "castine-steel")],
    ),
    (  # funds: "invested $12m in the company": not the clause subject
        "Halden Bio makes vaccines in Basel. Cardew Partners invested $12 million in the "
        "company in 2022. Cardew is run by Hugo Brandt.",
        [("cardew-partners", "FUNDS", "halden-bio"), ("hugo-brandt", "LEADS", "cardew-partners")],
        [("cardew-partners", "FUNDS", "cardew-partners")],
    ),
    (  # food: "the new flour mill" is a plant, not a company
        "Dessa Mills will open a flour mill in Kano next year. The new flour mill is being "
        "built by Kestle Construction. Dessa Mills is owned by Orrin Foods.",
        [("orrin-foods", "OWNS", "dessa-mills")],
        [("orrin-foods", "OWNS", "kestle-construction")],
    ),
    (  # construction: "it" for the topic after a quote by the client
        'Kestle Construction has been sued by Norvane Water over a cracked dam. "The work was '
        'poor," a Norvane spokesman said. It was bought by Ostrander Holdings in 2020.',
        [("norvane-water", "DISPUTES", "kestle-construction")],
        [("ostrander-holdings", "OWNS", "norvane-water")],
    ),
    (  # sport: "the club" returns after the sponsor and the league
        "Harlow United won the cup in May. Its shirt sponsor, Pennick Supermarkets, renewed "
        "its deal, and the Northern League praised the club's finances. The club is owned by "
        "Dale Korver.",
        [("dale-korver", "OWNS", "harlow-united")],
        [("dale-korver", "OWNS", "pennick-supermarkets")],
    ),
]

# A second round of longer articles: every shape again, in other sectors.
MORE: list[Case] = [
    (  # banking: "the group" is the parent named as a group, not the bank it owns
        "Harcourt Group owns Grisby Bank and the insurer Pellow Life. The group is run by Maria "
        "Costa. Grisby Bank has been sued by Ashby Homes over a loan.",
        [("maria-costa", "LEADS", "harcourt-group"), ("ashby-homes", "DISPUTES", "grisby-bank")],
        [("maria-costa", "LEADS", "grisby-bank"), ("ashby-homes", "DISPUTES", "harcourt-group")],
    ),
    (  # shipping: "the operator" after a port authority and a shipper
        "Brill Shipping moved its container service to Ostbay after the Port of Calder raised "
        "fees. The operator is owned by Hanne Brill. The port is run by Calder Council.",
        [("hanne-brill", "OWNS", "brill-shipping")],
        [("hanne-brill", "OWNS", "port-of-calder")],
    ),
    (  # mining: a quote, then "the miner said" and a new owner
        'Castine Steel has sued Kerrow Mining over late deliveries. "We delivered on time," '
        "the miner said in a statement. Kerrow is owned by Altmann Bank.",
        [("castine-steel", "DISPUTES", "kerrow-mining"), ("altmann-bank", "OWNS", "kerrow-mining")],
        [("altmann-bank", "OWNS", "castine-steel")],
    ),
    (  # pharma: "its chief executive" after two newer names returns to the topic
        "Halden Bio makes vaccines in Basel. It sells them through Merrow Health and Ostrava "
        "Pharma. Its chief executive, Lukas Berg, founded the company in 2009.",
        [("lukas-berg", "LEADS", "halden-bio"), ("lukas-berg", "FOUNDED", "halden-bio")],
        [("lukas-berg", "LEADS", "ostrava-pharma"), ("lukas-berg", "FOUNDED", "ostrava-pharma")],
    ),
    (  # retail: "the two companies" do not own what one of them owns
        "Garron Stores and Mirelle Fashion said they would merge. Garron owns the Tillo discount "
        "brand. The two companies are owned by Vessel Capital.",
        [
            ("vessel-capital", "OWNS", "garron-stores"),
            ("vessel-capital", "OWNS", "mirelle-fashion"),
        ],
        [("mirelle-fashion", "OWNS", "tillo")],
    ),
    (  # airlines: "the carrier's chairman" with a leasing company and a union in view
        "Corvo Air leases its jets from Auster Leasing. The Cabin Crew Union has threatened a "
        "strike. The carrier's chairman, Hugh Dalby, met union leaders on Friday.",
        [("hugh-dalby", "LEADS", "corvo-air")],
        [
            ("hugh-dalby", "LEADS", "auster-leasing"),
            ("hugh-dalby", "LEADS", "the-cabin-crew-union"),
        ],
    ),
    (  # food: the topic returns as "the company" after a buyer and a bank
        "Talbot Grain stores wheat in Kano. Orrin Foods buys most of its crop, and Hollin Bank "
        "lends to both. In 2021 the company was bought by Severn Capital.",
        [("severn-capital", "OWNS", "talbot-grain")],
        [("severn-capital", "OWNS", "hollin-bank")],
    ),
    (  # media: cataphora, "said X, the founder of Y"
        '"Radio is not dead," said Nora Vance, the founder of Orbis Radio. Orbis competes '
        "with Ferrant Media for advertisers.",
        [
            ("nora-vance", "FOUNDED", "orbis-radio"),
            ("orbis-radio", "COMPETES_WITH", "ferrant-media"),
        ],
        [("nora-vance", "FOUNDED", "ferrant-media")],
    ),
    (  # utilities: "we" in a quote is the speaker's company
        '"We have bought Ridley Power because it fits our grid," said Kessock Energy chief '
        "executive Amir Haddad. Ridley Power is based in Inverness.",
        [("kessock-energy", "OWNS", "ridley-power"), ("amir-haddad", "LEADS", "kessock-energy")],
        [("amir-haddad", "LEADS", "ridley-power")],
    ),
    (  # construction: "the agreement" is no company
        "Kestle Construction signed an agreement with Norvane Water to build two reservoirs. "
        "The agreement is worth $80 million. Kestle is owned by Ostrander Holdings.",
        [("ostrander-holdings", "OWNS", "kestle-construction")],
        [("ostrander-holdings", "OWNS", "norvane-water")],
    ),
    (  # sport: "the club" after a league and a sponsor, then its owner
        "The Northern League fined Harlow United for crowd trouble. The club's owner, Dale "
        "Korver, said he would appeal.",
        [("dale-korver", "OWNS", "harlow-united")],
        [("dale-korver", "OWNS", "northern-league")],
    ),
    (  # banking: "both banks" are not the builder
        "Corvin Bank and Deller Bank have lent $400 million to Ashby Homes. Both banks are "
        "owned by Pell Capital.",
        [("pell-capital", "OWNS", "corvin-bank"), ("pell-capital", "OWNS", "deller-bank")],
        [("pell-capital", "OWNS", "ashby-homes")],
    ),
    (  # farming: "the cooperative" after a fertiliser maker and a supermarket
        "Wold Growers, a farming cooperative, buys fertiliser from Ardent Agri. It sells its "
        "wheat to Pennick Supermarkets. The cooperative is led by Ruth Hale.",
        [("ruth-hale", "LEADS", "wold-growers")],
        [("ruth-hale", "LEADS", "ardent-agri"), ("ruth-hale", "LEADS", "pennick-supermarkets")],
    ),
    (  # media: "the broadcaster" sued; "the deal" in between
        "Ferrant Media bought the rights to Northern League rugby in 2023. The deal was "
        "criticised by Orbis Radio. Orbis has since sued the broadcaster.",
        [("orbis-radio", "DISPUTES", "ferrant-media")],
        [("orbis-radio", "DISPUTES", "northern-league")],
    ),
    (  # retail: "the chain's founder" after a landlord
        "Mossop Stores rents its shops from Calder Estates. The chain's founder, Amy Mossop, "
        "still owns 20% of the business.",
        [("amy-mossop", "FOUNDED", "mossop-stores")],
        [("amy-mossop", "FOUNDED", "calder-estates")],
    ),
    (  # shipping: "the former" inside one sentence
        "Brill Shipping and Larch Ferries share a terminal in Hull, but the former is owned by "
        "Quayle Holdings.",
        [("quayle-holdings", "OWNS", "brill-shipping")],
        [("quayle-holdings", "OWNS", "larch-ferries")],
    ),
    (  # airlines: "the latter" after a sentence naming a pair
        "Skyvane Airways and Corvo Air both fly to Lisbon. The latter was founded by Marco "
        "Reis in 2011.",
        [("marco-reis", "FOUNDED", "corvo-air")],
        [("marco-reis", "FOUNDED", "skyvane-airways")],
    ),
    (  # pharma: the regulator "has also criticised" a second company: no lawsuit
        "The Medicines Board fined Ribeck Pharma in May. The regulator has also criticised "
        "Merrow Therapeutics over its trials.",
        [("the-medicines-board", "DISPUTES", "ribeck-pharma")],
        [("ribeck-pharma", "DISPUTES", "merrow-therapeutics")],
    ),
    (  # food: a quote naming a rival, the speaker's company is not the rival's owner
        '"Dessa Mills is a fine company," said Karen Adey of Orrin Foods. Dessa is owned by '
        "Talbot Grain.",
        [("talbot-grain", "OWNS", "dessa-mills")],
        [("talbot-grain", "OWNS", "orrin-foods")],
    ),
    (  # mining: "its rivals" are not the topic's subsidiaries
        "Tarrow Minerals owns the Fell copper mine. Its rivals, Kerrow Mining and Dunmore Coal, "
        "have cut output.",
        [],
        [("tarrow-minerals", "OWNS", "kerrow-mining"), ("tarrow-minerals", "OWNS", "dunmore-coal")],
    ),
    (  # construction: "the builder" sued, two builders in view: the one named with the noun
        "Ashby Homes and Greywell Builders both bid for the site. Greywell lost, and Calder "
        "Council later sued the builder over a delay.",
        [],
        [("calder-council", "DISPUTES", "ashby-homes")],
    ),
    (  # banking: "the lender's chief executive" with a builder and a regulator in view
        "The Banking Authority fined Deller Bank for lending to Ashby Homes. The lender's chief "
        "executive, Rosa Lind, resigned.",
        [("rosa-lind", "LEADS", "deller-bank")],
        [("rosa-lind", "LEADS", "ashby-homes"), ("rosa-lind", "LEADS", "the-banking-authority")],
    ),
    (  # media: "X, who bought it": "it" is the sentence's subject, not another company
        "Orbis Radio competes with Ferrant Media for advertisers. Orbis is owned by Paul Reed, "
        "who bought it in 2015.",
        [("paul-reed", "OWNS", "orbis-radio")],
        [("paul-reed", "OWNS", "ferrant-media")],
    ),
    (  # mining: "X, who founded it"
        "Castine Steel buys ore from Kerrow Mining. Kerrow is chaired by Lena Brandt, who "
        "founded it in 1998.",
        [("lena-brandt", "FOUNDED", "kerrow-mining")],
        [("lena-brandt", "FOUNDED", "castine-steel")],
    ),
]

# A third round: headlines, paragraphs, "its chief executive" after a quote, kind nouns.
THIRD: list[Case] = [
    (  # mining: a quote in a new paragraph, "Kerrow's chief executive"
        'Kerrow Mining has agreed to sell its Fell mine to Dunmore Coal.\n\n"This is the right '
        "time,\" said Lena Brandt, Kerrow's chief executive. Dunmore is owned by Altmann Bank.",
        [("lena-brandt", "LEADS", "kerrow-mining"), ("altmann-bank", "OWNS", "dunmore-coal")],
        [("lena-brandt", "LEADS", "dunmore-coal"), ("altmann-bank", "OWNS", "kerrow-mining")],
    ),
    (  # mining: "said X, its chief executive" after a buyer and a seller: the subject's
        'Dunmore Coal bought a mine from Kerrow Mining in May. "We paid a fair price," said '
        "Joe Vale, its chief executive.",
        [("joe-vale", "LEADS", "dunmore-coal")],
        [("joe-vale", "LEADS", "kerrow-mining")],
    ),
    (  # telecoms: "the operator" is the mobile company, not the tower company
        "Velta Mobile sold its masts to Skyline Towers for $1 billion. The operator is owned by "
        "Ansel Telecom.",
        [("ansel-telecom", "OWNS", "velta-mobile")],
        [("ansel-telecom", "OWNS", "skyline-towers")],
    ),
    (  # insurance: "the insurer" is the insurer, not the bank that bought from it
        "Pellow Life sold its savings business to Grisby Bank last year. The insurer is "
        "controlled by Harcourt Group.",
        [("harcourt-group", "OWNS", "pellow-life")],
        [("harcourt-group", "OWNS", "grisby-bank")],
    ),
    (  # food: a headline, then "the miller" is the target
        "Orrin Foods to buy Dessa Mills\n\nOrrin Foods said on Monday it would buy Dessa Mills "
        "for $200 million. The miller is run by Sam Pike.",
        [("sam-pike", "LEADS", "dessa-mills")],
        [("sam-pike", "LEADS", "orrin-foods")],
    ),
    (  # food: "the miller's chairman" after a buyer that is a food company too
        "Talbot Foods has agreed to buy Hesketh Mills for $90 million. The miller's chairman, "
        "Ruth Hale, backed the deal.",
        [("ruth-hale", "LEADS", "hesketh-mills")],
        [("ruth-hale", "LEADS", "talbot-foods")],
    ),
    (  # food: "the company" returns to the topic after a founder's former employer
        "Brisa Foods makes snacks in Lagos. Ada Okoro founded it in 2004 after leaving Kell "
        "Snacks. The company is now owned by Vessel Capital.",
        [("ada-okoro", "FOUNDED", "brisa-foods"), ("vessel-capital", "OWNS", "brisa-foods")],
        [("vessel-capital", "OWNS", "kell-snacks"), ("ada-okoro", "FOUNDED", "kell-snacks")],
    ),
    (  # retail: "the chain" is the one described as a chain
        "Bonnet Stores, a discount chain, competes with Clayfield Retail, a department store "
        "group. The chain is owned by Amberly Partners.",
        [("amberly-partners", "OWNS", "bonnet-stores")],
        [("amberly-partners", "OWNS", "clayfield-retail")],
    ),
    (  # banking: "the lender" across a paragraph where the borrower was the subject
        "Hollin Bank lent $50 million to Brisa Foods in 2022.\n\nBrisa Foods has since missed "
        "two payments and cut 200 jobs. The lender is owned by Corran Group.",
        [("corran-group", "OWNS", "hollin-bank")],
        [("corran-group", "OWNS", "brisa-foods")],
    ),
    (  # construction: "the contractor" after a client and a lender
        "Norvane Water hired Kestle Construction to build a dam, with a loan from Grisby Bank. "
        "The contractor was founded by Dana Crewe in 1990.",
        [("dana-crewe", "FOUNDED", "kestle-construction")],
        [("dana-crewe", "FOUNDED", "norvane-water"), ("dana-crewe", "FOUNDED", "grisby-bank")],
    ),
    (  # shipping: "its rivals" and "the two companies" in one article
        "Larch Ferries and Brill Shipping have agreed to merge. Their rivals, Quayle Lines and "
        "Ostbay Ferries, have cut fares. The two companies are owned by Vessel Capital.",
        [("vessel-capital", "OWNS", "larch-ferries"), ("vessel-capital", "OWNS", "brill-shipping")],
        [("vessel-capital", "OWNS", "quayle-lines"), ("vessel-capital", "OWNS", "ostbay-ferries")],
    ),
]

# A fourth round: campaign groups, sold businesses, first person plural, public bodies.
FOURTH: list[Case] = [
    (  # mining: "the group" is the campaign group described as one, not the miner
        "Tarrow Minerals plans a new pit in Cumbria. Save the Fells, a campaign group, opposes "
        "it. The group was founded by Edwin Roke in 2015.",
        [("edwin-roke", "FOUNDED", "save-the-fells")],
        [("edwin-roke", "FOUNDED", "tarrow-minerals")],
    ),
    (  # retail: a quote with "we" and "our rival", the rival is not the speaker's company
        '"We will not match Clayfield\'s prices," Bonnet Stores said in a statement. Bonnet '
        "is owned by Amberly Partners, and Clayfield by Dunmore Equity.",
        [("amberly-partners", "OWNS", "bonnet-stores")],
        [("amberly-partners", "OWNS", "clayfield-retail")],
    ),
    (  # utilities: "the watchdog" is the regulator, not the water company it fined
        "Ofwet fined Norvane Water $5 million for leaks. The watchdog said Norvane had ignored "
        "warnings. Norvane is owned by Colm Pensions.",
        [("colm-pensions", "OWNS", "norvane-water")],
        [("colm-pensions", "OWNS", "ofwet")],
    ),
    (  # pharma: "the biotech" after a buyer and its adviser
        "Halden Bio agreed to buy Vellum Therapeutics, advised by Anselm Advisers. The biotech "
        "was founded by Mira Sol in 2016.",
        [("mira-sol", "FOUNDED", "vellum-therapeutics")],
        [("mira-sol", "FOUNDED", "anselm-advisers")],
    ),
    (  # airlines: "the pair" of people founded the airline
        "Marco Reis and Ana Lobo worked at Skyvane Airways for a decade. The pair founded Corvo "
        "Air in 2011.",
        [("marco-reis", "FOUNDED", "corvo-air"), ("ana-lobo", "FOUNDED", "corvo-air")],
        [("marco-reis", "FOUNDED", "skyvane-airways")],
    ),
    (  # banking: "its chairman" after a union is the union's
        "Grisby Bank will close 40 branches. The Bank Staff Union has sued the lender. Its "
        "chairman, Ivor Pugh, called the closures reckless.",
        [("the-bank-staff-union", "DISPUTES", "grisby-bank")],
        [("ivor-pugh", "LEADS", "grisby-bank")],
    ),
    (  # shipping: a newer name in a quote does not take "the company"
        'Quayle Lines carries cars from Dover. "Brill Shipping is our main rival," a manager '
        "said. The company is owned by Vessel Capital.",
        [("vessel-capital", "OWNS", "quayle-lines")],
        [("vessel-capital", "OWNS", "brill-shipping")],
    ),
    (  # mining: the same, "the miner" with two miners, one named only in a quote
        'Kerrow Mining cut 300 jobs in May. "Dunmore Coal will gain from this," one analyst '
        "said. The miner is owned by Altmann Bank.",
        [("altmann-bank", "OWNS", "kerrow-mining")],
        [("altmann-bank", "OWNS", "dunmore-coal")],
    ),
    (  # banking: "the company" after a trader's quote naming a rival bank
        'Hollin Bank raised its dividend on Friday. "Grisby Bank cannot keep up," a trader '
        "said. The company is run by Omar Sayed.",
        [("omar-sayed", "LEADS", "hollin-bank")],
        [("omar-sayed", "LEADS", "grisby-bank")],
    ),
    (  # food: a reported clause's subject is not "the snack maker" it invested in
        "Brisa Foods said on Monday that Vessel Capital had bought a 30% stake in the snack "
        "maker. Kell Snacks declined to comment.",
        [("vessel-capital", "FUNDS", "brisa-foods")],
        [("vessel-capital", "FUNDS", "kell-snacks")],
    ),
    (  # pharma: "said on Friday that X had taken a stake in the company"
        "Halden Bio makes vaccines in Basel. Ribeck Pharma said on Friday that Pellam Capital "
        "had taken a 10% stake in the company.",
        [("pellam-capital", "FUNDS", "ribeck-pharma")],
        [("pellam-capital", "FUNDS", "halden-bio")],
    ),
    (  # food: "said that X had put $30 million into the business"
        "Orrin Foods said that Severn Capital had put $30 million into the business. Talbot "
        "Grain is its main supplier.",
        [("severn-capital", "FUNDS", "orrin-foods")],
        [("severn-capital", "FUNDS", "talbot-grain")],
    ),
    (  # shipping: no "that": "said X had bought a majority stake in the firm"
        "Larch Ferries said Quayle Holdings had bought a majority stake in the firm.",
        [("quayle-holdings", "OWNS", "larch-ferries")],
        [],
    ),
    (  # food: "the deal" after a purchase; the lender funds the buyer
        "Orrin Foods bought Dessa Mills in March. Hollin Bank lent Orrin Foods $100 million for "
        "the deal.",
        [("orrin-foods", "OWNS", "dessa-mills"), ("hollin-bank", "FUNDS", "orrin-foods")],
        [("hollin-bank", "FUNDS", "dessa-mills")],
    ),
]

# Cases erg still gets wrong (index in each group), marked xfail(strict=True).
GAPS: dict[str, dict[int, str]] = {
    "kinds": {7: "typing: 'The Northern Rugby League' is not found as an organization"},
    "return": {
        4: "'\"...,\" a Norvane spokesman said. It was bought by X': the speaker's company "
        "takes 'It' from the topic"
    },
    "more": {
        6: "'the company' after two newer names leans to the previous subject, not the topic",
    },
    "third": {10: "'Their rivals, X and Y' make the latest pair for 'the two companies'"},
    "fourth": {3: "'A agreed to buy B. The biotech ...': both are biotechs, A is taken"},
}


def _params(group: list[Case], name: str) -> list[object]:
    """The cases of a group, those in `GAPS[name]` marked as known gaps."""
    gaps = GAPS.get(name, {})
    return [
        pytest.param(
            *case, marks=[pytest.mark.xfail(strict=True, reason=gaps[i])] if i in gaps else []
        )
        for i, case in enumerate(group)
    ]


@pytest.mark.parametrize(("text", "present", "absent"), _params(QUOTES, "quotes"))
def test_quotes_and_paragraphs(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(KINDS, "kinds"))
def test_noun_picks_kind(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(POSSESSIVE, "possessive"))
def test_possessive_references(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(PLURALS, "plural"))
def test_plural_references(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(DEAL, "deal"))
def test_deal_is_no_entity(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(LATTER, "latter"))
def test_latter_former(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(SPEAKERS, "speakers"))
def test_speakers(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(RETURN, "return"))
def test_topic_returns(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(MORE, "more"))
def test_more_articles(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(THIRD, "third"))
def test_third_articles(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(FOURTH, "fourth"))
def test_fourth_articles(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
