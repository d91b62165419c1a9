"""References in business news, from the genre (round 8): definite descriptions ("the
company", "the fund", "the lender", "the startup", "the carrier", "the miller", "the Swiss
bank") and pronouns (it, its, he, she, his, her, they, their) resolved to the right entity, or
to none.

Each case is a short invented article (text, relations that must be found, relations that
must not be), with competition for every reference: a topic company, other organizations, a
person, a place. Sectors: food, farming, mining, shipping, airlines, retail, banking, funds,
pharma, utilities, construction, media, sport, public bodies.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

# A description in a later clause names the organization earlier in the same sentence, not the
# article's topic from the sentence before (and never the clause's own subject).
SAME_SENTENCE: list[Case] = [
    (  # food: "the fund ... into the company", both named earlier in the sentence
        "Talbot Grain reported higher profits on Monday. Orrin Foods has been backed by Severn "
        "Capital since 2015, and the fund put another $30 million into the company in March.",
        [("severn-capital", "FUNDS", "orrin-foods")],
        [("severn-capital", "FUNDS", "talbot-grain")],
    ),
    (  # food: a participle clause, "accusing the company of"
        "Talbot Grain opened a new silo in Kano. Dessa Mills sued Orrin Foods last week, accusing "
        "the company of copying its packaging.",
        [("dessa-mills", "DISPUTES", "orrin-foods")],
        [("dessa-mills", "DISPUTES", "talbot-grain")],
    ),
    (  # pharma: the first clause's subject is the object of the second
        "Halden Bio makes vaccines in Basel. Merrow Therapeutics lost a patent case last year, "
        "and Cardew Partners has since invested $12 million in the company.",
        [("cardew-partners", "FUNDS", "merrow-therapeutics")],
        [("cardew-partners", "FUNDS", "halden-bio")],
    ),
    (  # retail: the acquirer is the second clause's subject, "the company" the first's
        "Tessaly Group reported sales of $2 billion. Mirelle Fashion lost money in 2023, and "
        "Garron Stores acquired the company in May.",
        [("garron-stores", "OWNS", "mirelle-fashion")],
        [("garron-stores", "OWNS", "tessaly-group")],
    ),
    (  # housebuilding: "the builder" in a later clause
        "Corvin Bank raised its dividend. Ashby Homes borrowed heavily in 2022, and Deller Bank "
        "later sued the builder over missed payments.",
        [("deller-bank", "DISPUTES", "ashby-homes")],
        [("deller-bank", "DISPUTES", "corvin-bank")],
    ),
    (  # retail: coordinated verb, the object "the company" is not the shared subject
        "Parr Group said sales fell in the spring. Ostler Stores bought Fenn Bakeries in 2019 and "
        "later sued the company over hidden debts.",
        [("ostler-stores", "DISPUTES", "fenn-bakeries")],
        [("ostler-stores", "DISPUTES", "parr-group")],
    ),
    (  # mining: a fronted subordinate clause names the object
        "Kerrow Mining cut its dividend. After Dunmore Coal missed a payment, Altmann Bank sued "
        "the miner.",
        [("altmann-bank", "DISPUTES", "dunmore-coal")],
        [("altmann-bank", "DISPUTES", "kerrow-mining")],
    ),
    (  # public body: "the council ... the contractor"
        "Leith Water raised its charges. Kenton County Council hired Brock Build to repair three "
        "bridges, and the council has since sued the contractor over delays.",
        [("kenton-county-council", "DISPUTES", "brock-build")],
        [("kenton-county-council", "DISPUTES", "leith-water")],
    ),
    (  # construction: a relative clause names the owner, "the builder" is that owner
        "Tarn Homes posted a loss. Harlow Rail, which Brenner Civil acquired in 2021, has since "
        "sued the builder over pensions.",
        [("harlow-rail", "DISPUTES", "brenner-civil")],
        [("harlow-rail", "DISPUTES", "tarn-homes")],
    ),
    (  # banking: "the lender" as the object of its own borrower
        "Pellam Ports reported record volumes. Greywell Homes borrowed 50 million pounds from "
        "Portan Bank in 2020 and has now sued the lender.",
        [("greywell-homes", "DISPUTES", "portan-bank")],
        [("greywell-homes", "DISPUTES", "pellam-ports")],
    ),
    (  # funds: "the fund" subject of a later clause
        "Castor Power cut 300 jobs. Lumen Dairy raised $20 million from Ardent Capital in 2022, "
        "and the fund has since invested a further $5 million in the dairy.",
        [("ardent-capital", "FUNDS", "lumen-dairy")],
        [("ardent-capital", "FUNDS", "castor-power")],
    ),
    (  # sport: "the club" subject of the next sentence after a passive
        "Arcadia TV lost the rights to Marlow Rovers. Redvale United was bought by Castor "
        "Holdings in 2021, and the club has since sued Arcadia TV over unpaid fees.",
        [("redvale-united", "DISPUTES", "arcadia-tv")],
        [("castor-holdings", "DISPUTES", "arcadia-tv")],
    ),
]

# A name used as a modifier ("a Talbot customer", "a former Varga Bank executive") is not the
# antecedent of a later reference nor the argument of the clause.
MODIFIER: list[Case] = [
    (  # food: the lead's probe shape, the place belongs to the appositive's head
        "Talbot Grain supplies wheat to bakers across Nigeria. The move follows a difficult year "
        "for Orrin Foods, a Talbot customer based in Lagos.",
        [("orrin-foods", "LOCATED_IN", "lagos")],
        [("talbot-grain", "LOCATED_IN", "lagos")],
    ),
    (  # cars: "a Kessler client headquartered in Turin", then "the steelmaker"
        "Kessler Steel cut its forecast. Ravel Motors, a Kessler client headquartered in Turin, "
        "has sued the steelmaker.",
        [("ravel-motors", "LOCATED_IN", "turin"), ("ravel-motors", "DISPUTES", "kessler-steel")],
        [("kessler-steel", "LOCATED_IN", "turin"), ("kessler-steel", "DISPUTES", "ravel-motors")],
    ),
    (  # fintech: a person's former employer as a modifier, then "the startup"
        "Lina Moreau, a former Varga Bank executive, founded Pelter Pay in 2019. The startup is "
        "based in Lisbon.",
        [("lina-moreau", "FOUNDED", "pelter-pay"), ("pelter-pay", "LOCATED_IN", "lisbon")],
        [("varga-bank", "LOCATED_IN", "lisbon")],
    ),
    (  # food: "a Marlow Capital portfolio company", then "It"
        "Aldane Foods is a Marlow Capital portfolio company. It is based in Dublin.",
        [("aldane-foods", "LOCATED_IN", "dublin")],
        [("marlow-capital", "LOCATED_IN", "dublin")],
    ),
    (  # energy: "a Rendall Securities analyst", then "The company"
        "Shares of Tavor Energy rose after a Rendall Securities analyst raised his target. The "
        "company is based in Calgary.",
        [("tavor-energy", "LOCATED_IN", "calgary")],
        [("rendall-securities", "LOCATED_IN", "calgary")],
    ),
    (  # energy: "a Sable Energy subsidiary", then "its chief executive"
        "Shares of Corrin Wind, a Sable Energy subsidiary, fell after its chief executive, Paul "
        "Amory, resigned.",
        [("paul-amory", "LEADS", "corrin-wind")],
        [("paul-amory", "LEADS", "sable-energy")],
    ),
    (  # shipping: "a Norland-owned tanker" is a modifier, the carrier is the subject
        "Delmar Shipping operates 30 ships. A Norland-owned tanker collided with one of its "
        "barges in May, and the carrier has sued Norland Tankers over the damage.",
        [("delmar-shipping", "DISPUTES", "norland-tankers")],
        [("norland-tankers", "DISPUTES", "delmar-shipping")],
    ),
    (  # mining: "a Harwell Mining unit headquartered in Ndola"
        "Brisco Metals, a Harwell Mining unit headquartered in Ndola, exports copper to Tarrant "
        "Wire.",
        [("brisco-metals", "LOCATED_IN", "ndola")],
        [("harwell-mining", "LOCATED_IN", "ndola")],
    ),
    (  # fintech: "a Ribble Ventures portfolio company based in Lisbon"
        "Pelter Pay, a Ribble Ventures portfolio company based in Lisbon, has hired 40 staff.",
        [("pelter-pay", "LOCATED_IN", "lisbon")],
        [("ribble-ventures", "LOCATED_IN", "lisbon")],
    ),
    (  # guard (food): no modifying name, the appositive's name is based there as before
        "Talbot Grain sells wheat to Orrin Foods, a bakery chain based in Lagos.",
        [("orrin-foods", "LOCATED_IN", "lagos")],
        [("talbot-grain", "LOCATED_IN", "lagos")],
    ),
    (  # steel: a founder's former employer, then "The company"
        "Tom Reyes, a former Castell Steel engineer, set up Forge Robotics in 2020. The company "
        "is based in Sheffield.",
        [("forge-robotics", "LOCATED_IN", "sheffield")],
        [("castell-steel", "LOCATED_IN", "sheffield")],
    ),
    (  # payments: "a Brightline Group veteran", then "It"
        "Ana Diaz, a Brightline Group veteran, started Oxley Pay last year. It is based in Porto.",
        [("oxley-pay", "LOCATED_IN", "porto")],
        [("brightline-group", "LOCATED_IN", "porto")],
    ),
    (  # guard (grain): a spokeswoman's company stays the one "the company" names
        "Jo Park, a Talbot Grain spokeswoman, said the company had sued Orrin Foods in May.",
        [("talbot-grain", "DISPUTES", "orrin-foods")],
        [],
    ),
]

# The head of a description agrees with what the text says of the candidate: a fund is not
# "the startup", a bank not "the retailer", an airport not "the airline".
HEAD_AGREEMENT: list[Case] = [
    (  # tech: "the startup" is the one founded, not the buyer nor the founder
        "Gerry Alston founded Copse Analytics in 2016 and ran it until 2021, when he sold it to "
        "Talbot Grain. The startup's investors included Ribble Ventures.",
        [
            ("gerry-alston", "FOUNDED", "copse-analytics"),
            ("talbot-grain", "OWNS", "copse-analytics"),
        ],
        [
            ("ribble-ventures", "FUNDS", "talbot-grain"),
            ("ribble-ventures", "FUNDS", "gerry-alston"),
            ("talbot-grain", "OWNS", "gerry-alston"),
        ],
    ),
    (  # health: the founded company is "the startup", the founder's former employer is not
        "Nadia Sayed left Holt Insurance in 2017 to found Clearpath Health. The startup has "
        "raised $8 million from Ribble Ventures.",
        [("ribble-ventures", "FUNDS", "clearpath-health")],
        [("ribble-ventures", "FUNDS", "holt-insurance")],
    ),
    (  # funds: "the fund" is the capital firm, though the company was named last
        "Severn Capital has backed Orrin Foods since 2015. The fund is based in Jersey.",
        [("severn-capital", "LOCATED_IN", "jersey")],
        [("orrin-foods", "LOCATED_IN", "jersey")],
    ),
    (  # banking: "the lender" is the bank
        "Portan Bank has lent $200 million to Greywell Homes. The lender is based in Frankfurt.",
        [("portan-bank", "LOCATED_IN", "frankfurt")],
        [("greywell-homes", "LOCATED_IN", "frankfurt")],
    ),
    (  # banking: "the builder" is the borrower
        "Portan Bank has lent $200 million to Greywell Homes. The builder is based in Leeds.",
        [("greywell-homes", "LOCATED_IN", "leeds")],
        [("portan-bank", "LOCATED_IN", "leeds")],
    ),
    (  # retail: "the retailer" is not the bank
        "Dalby Bank financed the expansion of Ostler Stores. The retailer is headquartered in "
        "Bristol.",
        [("ostler-stores", "LOCATED_IN", "bristol")],
        [("dalby-bank", "LOCATED_IN", "bristol")],
    ),
    (  # airlines: "the carrier" is the airline
        "Celta Airways signed a maintenance deal with Tolland Engineering. The carrier is based in "
        "Porto.",
        [("celta-airways", "LOCATED_IN", "porto")],
        [("tolland-engineering", "LOCATED_IN", "porto")],
    ),
    (  # airlines: "the airline" is not the airport, which was named first
        "Fenmore Airport signed a ten-year deal with Celta Airways. The airline is based in Porto.",
        [("celta-airways", "LOCATED_IN", "porto")],
        [("fenmore-airport", "LOCATED_IN", "porto")],
    ),
    (  # milling: "the miller" is the mill
        "Brannock Bakeries buys its flour from Hesketh Mills. The miller is based in Hull.",
        [("hesketh-mills", "LOCATED_IN", "hull")],
        [("brannock-bakeries", "LOCATED_IN", "hull")],
    ),
    (  # mining: "the Swiss bank" described by an appositive
        "Altmann Bank, a Swiss bank, advised Kerrow Mining on the sale of its coal unit. Dunmore "
        "Coal has since sued the Swiss bank.",
        [("dunmore-coal", "DISPUTES", "altmann-bank")],
        [("dunmore-coal", "DISPUTES", "kerrow-mining")],
    ),
    (  # bakery: "the business" is the company, not its owner
        "Carla Venn owns Venn Bakeries, a family business in Cork. Tolgate Foods acquired the "
        "business in 2024.",
        [("tolgate-foods", "OWNS", "venn-bakeries")],
        [("tolgate-foods", "OWNS", "carla-venn")],
    ),
    (  # transport: "the group" is the seller, the subject
        "Harkness Group sold its bus unit to Tallow Transit in May. The group is based in Glasgow.",
        [("harkness-group", "LOCATED_IN", "glasgow")],
        [("tallow-transit", "LOCATED_IN", "glasgow")],
    ),
    (  # robotics: "the startup" after a round led by a venture firm
        "Ribble Ventures led a $5 million round in Pinecone Robotics, a startup founded by Ada "
        "Marsh. The startup is based in Leeds.",
        [("pinecone-robotics", "LOCATED_IN", "leeds")],
        [("ribble-ventures", "LOCATED_IN", "leeds")],
    ),
    (  # utilities: "the utility" is the power company
        "Ovington Power sells electricity to Castell Steel. The utility is based in Cardiff.",
        [("ovington-power", "LOCATED_IN", "cardiff")],
        [("castell-steel", "LOCATED_IN", "cardiff")],
    ),
    (  # sport: "the club" is the football club
        "Redvale United signed a shirt deal with Monarch Betting. The club is based in Derby.",
        [("redvale-united", "LOCATED_IN", "derby")],
        [("monarch-betting", "LOCATED_IN", "derby")],
    ),
    (  # pharma: "the drugmaker" is not the private equity firm
        "Halden Bio licensed its vaccine to Merrow Partners, a private equity firm. The drugmaker "
        "is based in Basel.",
        [("halden-bio", "LOCATED_IN", "basel")],
        [("merrow-partners", "LOCATED_IN", "basel")],
    ),
    (  # construction: "the contractor" is not the council
        "Brock Build won a contract from Leith Council. The contractor is based in Dundee.",
        [("brock-build", "LOCATED_IN", "dundee")],
        [("leith-council", "LOCATED_IN", "dundee")],
    ),
    (  # banking: "the bank" skips the insurer named more recently
        "Corvin Bank named Ada Ferris as chair. Ferris previously ran Holt Insurance. The bank is "
        "based in Dublin.",
        [("corvin-bank", "LOCATED_IN", "dublin")],
        [("holt-insurance", "LOCATED_IN", "dublin")],
    ),
    (  # farming: "the seed company", the rival in a relative clause
        "Ardent Agri sells seed to farmers in Kenya. Its rival Kimani Seeds, which is based in "
        "Nakuru, is owned by Tallow Capital.",
        [
            ("kimani-seeds", "LOCATED_IN", "nakuru"),
            ("tallow-capital", "OWNS", "kimani-seeds"),
        ],
        [("ardent-agri", "LOCATED_IN", "nakuru"), ("tallow-capital", "OWNS", "ardent-agri")],
    ),
]

HEAD_AGREEMENT += [
    (  # fintech: a company set up by a banker is "the startup", not the bank he left
        "Omar Haddad quit Veltis Bank in 2018 and set up Quill Ledger. The startup has since "
        "raised $15 million from Norfolk Capital.",
        [("norfolk-capital", "FUNDS", "quill-ledger")],
        [("norfolk-capital", "FUNDS", "veltis-bank")],
    ),
    (  # housing: "the housebuilder" is the homes company, the bank its accuser
        "Dalby Bank has financed Marsh Homes for a decade. Last year the bank sued the "
        "housebuilder over late repayments.",
        [("dalby-bank", "DISPUTES", "marsh-homes")],
        [],
    ),
    (  # flour: "the miller" is the mills company
        "Tarrant Mills supplies flour to Crane Bakeries. Crane has now accused the miller of "
        "fixing prices.",
        [("crane-bakeries", "DISPUTES", "tarrant-mills")],
        [("tarrant-mills", "DISPUTES", "crane-bakeries")],
    ),
]

# Pronouns: "it"/"its" is an organization, never a person; "he"/"she" a person; the subject
# of the previous sentence is preferred to its object.
PRONOUNS: list[Case] = [
    (  # optics: "it" sold by its founder is the company, not the founder
        "Helen Strand founded Strand Optics in 2012. She sold it to Brightline Group in 2020.",
        [
            ("helen-strand", "FOUNDED", "strand-optics"),
            ("brightline-group", "OWNS", "strand-optics"),
        ],
        [("brightline-group", "OWNS", "helen-strand")],
    ),
    (  # food: "It" after an active sentence is its subject
        "Parnell Foods bought Sorrel Farms in 2020. It is based in Cork.",
        [("parnell-foods", "LOCATED_IN", "cork")],
        [("sorrel-farms", "LOCATED_IN", "cork")],
    ),
    (  # food: "It" after a passive sentence is its surface subject
        "Sorrel Farms was bought by Parnell Foods in 2020. It is based in Cork.",
        [("sorrel-farms", "LOCATED_IN", "cork")],
        [("parnell-foods", "LOCATED_IN", "cork")],
    ),
    (  # materials: "its chief executive" is the subject's
        "Quarry Holdings sold its cement unit to Arlo Materials last year. Arlo Materials is based "
        "in Leeds and its chief executive, Tom Hale, lives in York.",
        [("tom-hale", "LEADS", "arlo-materials")],
        [("tom-hale", "LEADS", "quarry-holdings")],
    ),
    (  # brokers: "He" is the person, not the bank he once worked for
        "Ravi Menon, a former Kestrel Bank trader, set up Aurum Brokers in 2018. He also advises "
        "Lindell Capital.",
        [("ravi-menon", "FOUNDED", "aurum-brokers"), ("ravi-menon", "ADVISES", "lindell-capital")],
        [("kestrel-bank", "ADVISES", "lindell-capital")],
    ),
    (  # dairy: "she" across a sentence
        "Orla Quinn runs Glenmore Dairies. Before that she was chief executive of Barrow Foods.",
        [("orla-quinn", "LEADS", "glenmore-dairies")],
        [("glenmore-dairies", "LEADS", "barrow-foods")],
    ),
    (  # energy: "Its chief executive" after a person named as chair
        "Sable Energy named Ruth Dowd as chair on Monday. Its chief executive, Ian Crewe, will "
        "step down in June.",
        [("ian-crewe", "LEADS", "sable-energy")],
        [("ian-crewe", "LEADS", "ruth-dowd")],
    ),
    (  # materials: "He" now runs another company
        "Tom Hale left Quarry Holdings in 2019. He now runs Arlo Materials.",
        [("tom-hale", "LEADS", "arlo-materials")],
        [("quarry-holdings", "LEADS", "arlo-materials"), ("tom-hale", "LEADS", "quarry-holdings")],
    ),
    (  # farming: "They" is the pair of subjects
        "Greyfield Farms and Ossory Dairies supply Milcom Processing. They are both based in "
        "Wexford.",
        [
            ("greyfield-farms", "LOCATED_IN", "wexford"),
            ("ossory-dairies", "LOCATED_IN", "wexford"),
        ],
        [("milcom-processing", "LOCATED_IN", "wexford")],
    ),
    (  # dairy: "They say the processor" is the pair's, the processor is the object
        "Greyfield Farms and Ossory Dairies have sued Milcom Processing. They say the processor "
        "underpaid them for milk.",
        [
            ("greyfield-farms", "DISPUTES", "milcom-processing"),
            ("ossory-dairies", "DISPUTES", "milcom-processing"),
        ],
        [("milcom-processing", "DISPUTES", "greyfield-farms")],
    ),
    (  # media: "It" is the seller, the buyer's place in its relative clause
        "Pellow Press owns six weeklies. It has agreed to sell the Cornish Star to Ravel Media, "
        "which is based in Truro.",
        [("ravel-media", "LOCATED_IN", "truro")],
        [("pellow-press", "LOCATED_IN", "truro")],
    ),
    (  # shipping: "its largest shareholder" inside an appositive is the main subject's
        "Galt Mining said on Tuesday that Ridley Capital, its largest shareholder, had sued the "
        "company over the sale of a mine.",
        [("ridley-capital", "DISPUTES", "galt-mining")],
        [("galt-mining", "DISPUTES", "ridley-capital")],
    ),
    (  # airlines: "it would invest ... in the carrier", "it" the subject
        "Skyrail Holdings owns two airports. Brisa Air posted a loss, and Skyrail Holdings said it "
        "has invested $50 million in the carrier.",
        [("skyrail-holdings", "FUNDS", "brisa-air")],
        [("brisa-air", "FUNDS", "skyrail-holdings")],
    ),
    (  # pharma: "his company" is the person's
        "Tomas Berg has sued Halvard Insurance. His company, Berg Marine, lost a barge in 2022.",
        [("tomas-berg", "DISPUTES", "halvard-insurance")],
        [("halvard-insurance", "DISPUTES", "tomas-berg")],
    ),
]

PRONOUNS += [
    (  # food: "It" is the main clause's subject, not the fronted clause's
        "After Talbot Grain cut its prices, Orrin Foods lost customers. It has since sued Dessa "
        "Mills.",
        [("orrin-foods", "DISPUTES", "dessa-mills")],
        [("talbot-grain", "DISPUTES", "dessa-mills")],
    ),
    (  # aviation: "Although A ..., B ...": "It" is B
        "Although Brisa Air has cut fares, Celta Airways still carries more people. It is based "
        "in Porto.",
        [("celta-airways", "LOCATED_IN", "porto")],
        [("brisa-air", "LOCATED_IN", "porto")],
    ),
    (  # cars: "When A ..., B turned to C": "The carmaker" is B
        "When Kessel Bank cut its credit line, Ravel Motors turned to Altmann Bank. The carmaker "
        "is based in Turin.",
        [("ravel-motors", "LOCATED_IN", "turin")],
        [("kessel-bank", "LOCATED_IN", "turin")],
    ),
    (  # dairy: "Unlike A, B ...": "The company" is B
        "Unlike Glenmore Dairies, Lumen Dairy has kept its prices. The company is based in Cork.",
        [("lumen-dairy", "LOCATED_IN", "cork")],
        [("glenmore-dairies", "LOCATED_IN", "cork")],
    ),
    (  # guard (dairy): "Since 2015, A ..." keeps A the subject
        "Since 2015, Lumen Dairy has bought milk from Glenmore Farms. It is based in Cork.",
        [("lumen-dairy", "LOCATED_IN", "cork")],
        [("glenmore-farms", "LOCATED_IN", "cork")],
    ),
]

PRONOUNS += [
    (  # aviation: "X, which said it would sue the carrier": it is X
        "Celta Airways announced a new route to Lagos. The plan was criticised by Fenmore "
        "Airport, which said it would sue the carrier.",
        [("fenmore-airport", "DISPUTES", "celta-airways")],
        [("celta-airways", "DISPUTES", "fenmore-airport")],
    ),
    (  # banking: "X, which said it had lent ... to Y"
        "Ravel Motors needs cash. Kessel Bank, which said it had lent $50 million to Ravel "
        "Motors, is based in Frankfurt.",
        [("kessel-bank", "FUNDS", "ravel-motors"), ("kessel-bank", "LOCATED_IN", "frankfurt")],
        [("ravel-motors", "FUNDS", "kessel-bank")],
    ),
]

# Across sentences: the latest subject wins over older names, and over names inside phrases.
RECENCY: list[Case] = [
    (  # food: the latest subject, not the topic named first
        "Talbot Grain reported a loss. Meanwhile Orrin Foods opened a plant in Ghana. The company "
        "is based in Lagos.",
        [("orrin-foods", "LOCATED_IN", "lagos")],
        [("talbot-grain", "LOCATED_IN", "lagos")],
    ),
    (  # food: the topic named again after its purchase, "The company also sued"
        "Vossen Foods is based in Utrecht. Last year Vossen bought Maas Dairy for 40 million "
        "euros. The company also sued Delta Packaging over a faulty line.",
        [("vossen-foods", "DISPUTES", "delta-packaging")],
        [("maas-dairy", "DISPUTES", "delta-packaging")],
    ),
    (  # pharma: appositive and relative clause, "The drugmaker" is the subject
        "Velda Pharma, which was founded by Ines Roth in 2011, is based in Ghent. The drugmaker "
        "was acquired by Corbel Health in 2023.",
        [("corbel-health", "OWNS", "velda-pharma"), ("ines-roth", "FOUNDED", "velda-pharma")],
        [("corbel-health", "OWNS", "ines-roth")],
    ),
    (  # shipping: a quote, the speaker's company as the object of a later clause
        "Ana Ruiz is chief executive of Delmar Shipping. Ferro Ports sued the carrier in May over "
        "unpaid fees.",
        [("ferro-ports", "DISPUTES", "delmar-shipping")],
        [("ferro-ports", "DISPUTES", "ana-ruiz")],
    ),
    (  # consulting: "The firm" is the subject, not the merged companies
        "Marsh Lane Advisers worked on the merger of Tarrow Pharma and Cobalt Health. The firm is "
        "based in Boston.",
        [("marsh-lane-advisers", "LOCATED_IN", "boston")],
        [("cobalt-health", "LOCATED_IN", "boston"), ("tarrow-pharma", "LOCATED_IN", "boston")],
    ),
    (  # people: a person hired, "the company" is still the employer
        "Brenner Civil hired Lisa Croft as finance chief in 2020, and she sued the company two "
        "years later.",
        [("lisa-croft", "DISPUTES", "brenner-civil")],
        [],
    ),
]

# To nothing: the description names something the text never named, or an expletive "it".
NONE: list[Case] = [
    (  # banking: "the airline" was never named
        "Portan Bank lent 200 million pounds to Greywell Homes and to a regional airline. The "
        "airline is based in Leeds.",
        [],
        [("greywell-homes", "LOCATED_IN", "leeds"), ("portan-bank", "LOCATED_IN", "leeds")],
    ),
    (  # funds: "the startup" unnamed
        "Ribble Ventures sold its stake in Corran Foods. It also backed a robotics startup last "
        "year. The startup was sued by Hale Biscuits in May.",
        [],
        [
            ("hale-biscuits", "DISPUTES", "corran-foods"),
            ("hale-biscuits", "DISPUTES", "ribble-ventures"),
        ],
    ),
    (  # rail: an expletive "It is understood"
        "Cobham Rail has sued Dartford Council. It is understood that Tarn Capital backs the "
        "claim.",
        [("cobham-rail", "DISPUTES", "dartford-council")],
        [("cobham-rail", "BACKS", "tarn-capital")],
    ),
    (  # mining: "the mine" is not a company
        "Kerrow Mining sold its stake in the Bellhill mine to Dunmore Coal. The mine is based in "
        "Queensland.",
        [],
        [
            ("kerrow-mining", "LOCATED_IN", "queensland"),
            ("dunmore-coal", "LOCATED_IN", "queensland"),
        ],
    ),
    (  # retail: "the company" in a report about a person with no company in view
        "Jana Holt has joined the board of Marlow Stores. She previously founded a company that "
        "made frozen pizza, and the company was sold in 2019.",
        [],
        [("jana-holt", "FOUNDED", "marlow-stores")],
    ),
    (  # media: "the regulator" never named
        "Tallis Media bought Orbit Radio in March. The regulator has since sued the broadcaster.",
        [],
        [("orbit-radio", "DISPUTES", "tallis-media"), ("tallis-media", "DISPUTES", "orbit-radio")],
    ),
]

NONE += [
    (  # shipping: "an Italian shipping carrier", then "The carrier"
        "Harbour Logistics signed a contract with an Italian shipping carrier in March. The "
        "carrier has since sued Brisa Ports over unpaid fees.",
        [],
        [("harbour-logistics", "DISPUTES", "brisa-ports")],
    ),
    (  # steel: "a Turkish steelmaker", then "The steelmaker"
        "Castell Steel sold its scrap to a Turkish steelmaker last year. The steelmaker has since "
        "sued Orrin Shipping over late cargoes.",
        [],
        [("castell-steel", "DISPUTES", "orrin-shipping")],
    ),
    (  # guard (cocoa): the supplier is named right after its description
        "Vantage Foods buys cocoa from a Ghanaian supplier, Asante Cocoa. The supplier is based "
        "in Kumasi.",
        [("asante-cocoa", "LOCATED_IN", "kumasi")],
        [("vantage-foods", "LOCATED_IN", "kumasi")],
    ),
    (  # guard (robotics): a predicate describes the name
        "Pinecone Robotics is a startup that makes warehouse robots. The startup is based in "
        "Leeds.",
        [("pinecone-robotics", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # guard (venture capital): "a startup called X"
        "Ribble Ventures backed a startup called Mossgrove Labs in 2022. The startup is based in "
        "Bristol.",
        [("mossgrove-labs", "LOCATED_IN", "bristol")],
        [("ribble-ventures", "LOCATED_IN", "bristol")],
    ),
]

# Second inventory (written before measuring): possessive descriptions, object pronouns, a
# description as the object of a dispute verb, headlines, quotes, lists.
POSSESSIVE: list[Case] = [
    (  # grain: "The company's chief executive" after a sale, the seller is the subject
        "Talbot Grain sold its Kano silo to Orrin Foods in May. The company's chief executive, "
        "Ade Bello, said the sale would cut debt.",
        [("ade-bello", "LEADS", "talbot-grain")],
        [("ade-bello", "LEADS", "orrin-foods")],
    ),
    (  # banking: "The lender's chairman"
        "Portan Bank has cut 500 jobs in Frankfurt. The lender's chairman, Hugo Brandt, blamed "
        "weak demand.",
        [("hugo-brandt", "LEADS", "portan-bank")],
        [],
    ),
    (  # cement: "his company" sold by its founder
        "Rafael Ortiz founded Ortiz Cement in 1998. In 2019 he sold his company to Brenner "
        "Materials.",
        [("brenner-materials", "OWNS", "ortiz-cement")],
        [("brenner-materials", "OWNS", "rafael-ortiz")],
    ),
    (  # consulting: "Her firm" as a subject
        "Mina Chow runs Chow Advisory, a consultancy in Singapore. Her firm has sued Tanaka "
        "Shipping over unpaid fees.",
        [("chow-advisory", "DISPUTES", "tanaka-shipping")],
        [("tanaka-shipping", "DISPUTES", "chow-advisory")],
    ),
    (  # wind: "Its parent" after a sale of a stake
        "Corrin Wind sold a 20% stake to Tarn Capital in June. Its parent, Sable Energy, will "
        "keep the rest.",
        [("sable-energy", "OWNS", "corrin-wind")],
        [("sable-energy", "OWNS", "tarn-capital")],
    ),
    (  # brokers: "The firm's founder"
        "Aurum Brokers was set up in 2018 and now employs 60 people. The firm's founder, Ravi "
        "Menon, still owns half of it.",
        [("ravi-menon", "FOUNDED", "aurum-brokers")],
        [],
    ),
]

POSSESSIVE += [
    (  # cocoa: "his company" as the object of a purchase
        "Kofi Mensah set up Mensah Cocoa in 2001. Tarrant Foods bought his company in 2020.",
        [("tarrant-foods", "OWNS", "mensah-cocoa")],
        [("tarrant-foods", "OWNS", "kofi-mensah")],
    ),
    (  # consulting: "Her firm" as a subject (a person named apart from the firm)
        "Sarah Okafor runs Kestrel Advisory. Her firm has sued Tanaka Shipping over unpaid fees.",
        [("kestrel-advisory", "DISPUTES", "tanaka-shipping")],
        [("tanaka-shipping", "DISPUTES", "kestrel-advisory")],
    ),
    (  # guard (labs): the company named right after "her company"
        "Ann Lee founded Harlan Labs in 2010. In 2020 she sold her company, Harlan Labs, to "
        "Velmar Bank.",
        [("velmar-bank", "OWNS", "harlan-labs")],
        [("velmar-bank", "OWNS", "ann-lee")],
    ),
    (  # guard (labs): "her stake" is no company
        "Ann Lee founded Harlan Labs in 2010. In 2020 she sold her stake to Velmar Bank.",
        [],
        [("velmar-bank", "OWNS", "ann-lee")],
    ),
]

OBJECT_PRONOUNS: list[Case] = [
    (  # software: "acquired it" across sentences
        "Mossgrove Labs makes warehouse software. Orrin Logistics acquired it in 2023.",
        [("orrin-logistics", "OWNS", "mossgrove-labs")],
        [],
    ),
    (  # robotics: "invested in it" is the company, not its founder
        "Ada Marsh founded Pinecone Robotics in 2015. Ribble Ventures invested in it two years "
        "later.",
        [("ribble-ventures", "FUNDS", "pinecone-robotics")],
        [("ribble-ventures", "FUNDS", "ada-marsh")],
    ),
    (  # cement: "sold it" is the company bought, not the buyer
        "Brenner Materials bought Ortiz Cement in 2019 and sold it to Quarry Holdings in 2023.",
        [("quarry-holdings", "OWNS", "ortiz-cement")],
        [("quarry-holdings", "OWNS", "brenner-materials")],
    ),
    (  # milling: "which it bought"
        "Talbot Grain owns Kano Mills, which it bought in 2012 from Dessa Foods.",
        [("talbot-grain", "OWNS", "kano-mills")],
        [("kano-mills", "OWNS", "talbot-grain")],
    ),
    (  # grain: "said it had sued"
        "Talbot Grain said on Monday it had sued Orrin Foods over unpaid invoices.",
        [("talbot-grain", "DISPUTES", "orrin-foods")],
        [("orrin-foods", "DISPUTES", "talbot-grain")],
    ),
    (  # food: "It" after a person's sentence is the company she joined
        "Dana Kirby joined Orrin Foods in 2019. It has since bought Sorrel Farms.",
        [("orrin-foods", "OWNS", "sorrel-farms")],
        [],
    ),
    (  # shipping: "She" founded the next company, not the one she left
        "Mina Chow left Tanaka Shipping in 2015. She founded Chow Logistics a year later.",
        [("mina-chow", "FOUNDED", "chow-logistics")],
        [("tanaka-shipping", "FOUNDED", "chow-logistics")],
    ),
    (  # food: "He previously ran" is the new chief, not the one replaced
        "Ade Bello replaced Tom Hale as chief executive of Orrin Foods. He previously ran Talbot "
        "Grain.",
        [("ade-bello", "LEADS", "orrin-foods")],
        [("tom-hale", "LEADS", "talbot-grain")],
    ),
]

OBJECT_PRONOUNS += [
    (  # biotech: "invested in it" after a spin-out
        "Halden Bio was spun out of Basel University in 2019. Cardew Partners has since invested "
        "in it twice.",
        [("cardew-partners", "FUNDS", "halden-bio")],
        [("cardew-partners", "FUNDS", "basel-university")],
    ),
    (  # guard (biotech): "it" as the subject of a reported clause
        "Cardew Partners manages $2 billion. It said it had invested in Halden Bio.",
        [("cardew-partners", "FUNDS", "halden-bio")],
        [],
    ),
]

DISPUTED: list[Case] = [
    (  # marine insurance: "the insurer" as the object
        "Halvard Insurance refused to pay Berg Marine for a sunken barge. Berg Marine has sued "
        "the insurer.",
        [("berg-marine", "DISPUTES", "halvard-insurance")],
        [("halvard-insurance", "DISPUTES", "berg-marine")],
    ),
    (  # retail: "the retailer" as the object, the subject a short form
        "Ostler Stores sells bread made by Crane Bakeries. Crane has sued the retailer over late "
        "payments.",
        [("crane-bakeries", "DISPUTES", "ostler-stores")],
        [("ostler-stores", "DISPUTES", "crane-bakeries")],
    ),
    (  # utilities: "accused the utility of"
        "Castell Steel buys its power from Ovington Power. Castell has accused the utility of "
        "overcharging.",
        [("castell-steel", "DISPUTES", "ovington-power")],
        [("ovington-power", "DISPUTES", "castell-steel")],
    ),
    (  # sport: "the bookmaker sued the club"
        "Monarch Betting sponsors Redvale United. Last month the bookmaker sued the club over the "
        "shirt deal.",
        [("monarch-betting", "DISPUTES", "redvale-united")],
        [("redvale-united", "DISPUTES", "monarch-betting")],
    ),
    (  # public body: "The regulator has also criticised"
        "The Food Standards Office fined Orrin Foods in May. The regulator has also criticised "
        "Talbot Grain.",
        [("food-standards-office", "DISPUTES", "talbot-grain")],
        [("orrin-foods", "DISPUTES", "talbot-grain")],
    ),
    (  # aviation: "The council" is the council, not the airport it owns
        "Kenton County Council owns Kenton Airport. The council has sued Celta Airways over "
        "unpaid fees.",
        [("kenton-county-council", "DISPUTES", "celta-airways")],
        [("kenton-airport", "DISPUTES", "celta-airways")],
    ),
    (  # cars: "the carmaker" named by "Motors"
        "Ravel Motors buys steel from Kessler Steel. Kessler has sued the carmaker over unpaid "
        "bills.",
        [("kessler-steel", "DISPUTES", "ravel-motors")],
        [("ravel-motors", "DISPUTES", "kessler-steel")],
    ),
    (  # food: "the Lagos-based company" is the one based in Lagos
        "Talbot Grain sells wheat to Orrin Foods, which is based in Lagos. Dessa Mills has sued "
        "the Lagos-based company.",
        [("dessa-mills", "DISPUTES", "orrin-foods")],
        [("dessa-mills", "DISPUTES", "talbot-grain")],
    ),
    (  # shipping: "The company was sued by"
        "Norland Tankers lost two ships last year. The company was sued by Delmar Insurance in "
        "March.",
        [("delmar-insurance", "DISPUTES", "norland-tankers")],
        [],
    ),
    (  # grain: headline, then "accusing the miller"
        "Orrin Foods sues Talbot Grain\n\nOrrin Foods has sued Talbot Grain, accusing the miller "
        "of selling damp wheat.",
        [("orrin-foods", "DISPUTES", "talbot-grain")],
        [("talbot-grain", "DISPUTES", "orrin-foods")],
    ),
    (  # food: a quote, then "The company" is the speaker's
        '"Talbot has broken our contract," said Ade Bello, chief executive of Orrin Foods. The '
        "company has sued Talbot Grain.",
        [("orrin-foods", "DISPUTES", "talbot-grain")],
        [],
    ),
]

PLURALS: list[Case] = [
    (  # aviation: "They have both sued"
        "Corran Air and Skylane operate rival routes. They have both sued Fenmore Airport over "
        "landing fees.",
        [
            ("corran-air", "DISPUTES", "fenmore-airport"),
            ("skylane", "DISPUTES", "fenmore-airport"),
        ],
        [],
    ),
    (  # aviation: "The two companies compete with"
        "Corran Air and Skylane agreed to share routes. The two companies compete with Hebrides "
        "Jet.",
        [
            ("corran-air", "COMPETES_WITH", "hebrides-jet"),
            ("skylane", "COMPETES_WITH", "hebrides-jet"),
        ],
        [],
    ),
    (  # robotics: a list of investors, then "The startup"
        "Ardent Capital, Ribble Ventures and Severn Capital invested in Pinecone Robotics. The "
        "startup is based in Leeds.",
        [("pinecone-robotics", "LOCATED_IN", "leeds")],
        [("severn-capital", "LOCATED_IN", "leeds"), ("ardent-capital", "LOCATED_IN", "leeds")],
    ),
    (  # biotech: two funds invest, "The startup" is the company funded
        "Severn Capital and Cardew Partners have invested $20 million in Halden Bio. The startup "
        "has since sued Merrow Pharma over a patent.",
        [("halden-bio", "DISPUTES", "merrow-pharma")],
        [("severn-capital", "DISPUTES", "merrow-pharma")],
    ),
    (  # transport: "the group" is the group, not the unit it owns
        "Harkness Group owns Tallow Transit. Last year the group sued Leith Council over bus "
        "lanes.",
        [("harkness-group", "DISPUTES", "leith-council")],
        [("tallow-transit", "DISPUTES", "leith-council")],
    ),
]

# Third inventory (written before measuring): longer articles, the description several
# sentences after its antecedent, with persons, places and other companies in between, and
# the relation carried by a relative clause or appositive on the description.
LONGER: list[Case] = [
    (  # shipping: "who founded the company" three sentences on
        "Delmar Shipping reported a loss on Tuesday. Freight rates fell by a third, and Ferro "
        "Ports raised its fees. Analysts at Kessel Securities expect more losses. Ana Ruiz, who "
        "founded the company in 1994, said she would not sell.",
        [("ana-ruiz", "FOUNDED", "delmar-shipping")],
        [("ana-ruiz", "FOUNDED", "ferro-ports"), ("ana-ruiz", "FOUNDED", "kessel-securities")],
    ),
    (  # banking: "the lender, which is owned by"
        "Portan Bank has cut its dividend. The move surprised Greywell Homes, one of its biggest "
        "borrowers. The lender, which is owned by Castor Holdings, blamed bad loans.",
        [("castor-holdings", "OWNS", "portan-bank")],
        [("castor-holdings", "OWNS", "greywell-homes")],
    ),
    (  # aviation: "The carrier is controlled by"
        "Celta Airways will add ten routes from Porto this summer. Fenmore Airport welcomed the "
        "plan. The carrier is controlled by the Duarte family through Duarte Holdings.",
        [("duarte-holdings", "OWNS", "celta-airways")],
        [("duarte-holdings", "OWNS", "fenmore-airport")],
    ),
    (  # robotics: "the startup, which is backed by"
        "Pinecone Robotics has opened a plant in Leeds. Its robots sort parcels for Orrin "
        "Logistics. The startup, which is backed by Ribble Ventures, employs 80 people.",
        [("ribble-ventures", "FUNDS", "pinecone-robotics")],
        [("ribble-ventures", "FUNDS", "orrin-logistics")],
    ),
    (  # mining: "the company's largest shareholder"
        "Kerrow Mining cut its output forecast on Monday. Dunmore Coal, a rival, raised its own. "
        "Kerrow said the company's largest shareholder, Tallow Capital, backed the plan.",
        [("tallow-capital", "OWNS", "kerrow-mining")],
        [("tallow-capital", "OWNS", "dunmore-coal")],
    ),
    (  # food: "the group's chief executive" after a person and another company
        "Harkness Foods sold its bakery arm to Crane Bakeries in May. Union leader Mary Oduya "
        "criticised the sale. The group's chief executive, Ian Rolt, said the deal cut debt.",
        [("ian-rolt", "LEADS", "harkness-foods")],
        [("ian-rolt", "LEADS", "crane-bakeries")],
    ),
    (  # pharma: "the Basel-based drugmaker" is the one based in Basel
        "Halden Bio is based in Basel. Merrow Pharma, based in Lyon, makes generics. Cobalt "
        "Health has agreed to buy the Basel-based drugmaker for $2 billion.",
        [("cobalt-health", "OWNS", "halden-bio")],
        [("cobalt-health", "OWNS", "merrow-pharma")],
    ),
    (  # banking: "the Swiss lender" after a German one
        "Altmann Bank, a Swiss lender, and Kessel Bank, a German one, financed the deal. Talbot "
        "Grain has since sued the Swiss lender over fees.",
        [("talbot-grain", "DISPUTES", "altmann-bank")],
        [("talbot-grain", "DISPUTES", "kessel-bank")],
    ),
    (  # retail: "the family-owned business" is the one said to be family-owned
        "Venn Bakeries is a family-owned business in Cork. Tolgate Foods, a listed company, "
        "makes biscuits. Marlow Stores has agreed to buy the family-owned business.",
        [("marlow-stores", "OWNS", "venn-bakeries")],
        [("marlow-stores", "OWNS", "tolgate-foods")],
    ),
    (  # energy: "the company, based in"
        "Tavor Energy drilled three wells last year. Its partner Rendall Oil paid for half. The "
        "company, based in Calgary, plans two more wells.",
        [("tavor-energy", "LOCATED_IN", "calgary")],
        [("rendall-oil", "LOCATED_IN", "calgary")],
    ),
    (  # telecoms: "the operator" after a person's quote
        'Brisa Telecom lost 200,000 customers in the quarter. "Competition is fierce," said '
        "chief executive Joao Reis. The operator is based in Lisbon.",
        [("brisa-telecom", "LOCATED_IN", "lisbon"), ("joao-reis", "LEADS", "brisa-telecom")],
        [],
    ),
    (  # farming: "the cooperative" among companies
        "Ossory Growers, a farmers' cooperative, sells barley to Brannock Maltings. Brannock "
        "supplies Tarn Brewing. The cooperative is based in Kilkenny.",
        [("ossory-growers", "LOCATED_IN", "kilkenny")],
        [
            ("tarn-brewing", "LOCATED_IN", "kilkenny"),
            ("brannock-maltings", "LOCATED_IN", "kilkenny"),
        ],
    ),
    (  # media: "the broadcaster" sued, its owner named after
        "Arcadia TV lost the rights to Marlow Rovers in May. Redvale United has sued the "
        "broadcaster over unpaid fees, its chairman Tom Voss said.",
        [("redvale-united", "DISPUTES", "arcadia-tv")],
        [("redvale-united", "DISPUTES", "marlow-rovers")],
    ),
    (  # steel: "the steelmaker" after a sentence about its customer
        "Castell Steel cut 400 jobs in Wales. Ravel Motors, its largest customer, has cut orders. "
        "Tarn Capital has since bought a 10% stake in the steelmaker.",
        [("tarn-capital", "FUNDS", "castell-steel")],  # a minority stake: FUNDS in erg's gold
        [("tarn-capital", "FUNDS", "ravel-motors")],
    ),
    (  # insurance: "the insurer" as a passive subject
        "Halvard Insurance paid out $40 million after the floods. Berg Marine says it is still "
        "owed money. The insurer was sued by Berg Marine in June.",
        [("berg-marine", "DISPUTES", "halvard-insurance")],
        [("berg-marine", "DISPUTES", "berg-marine")],
    ),
    (  # construction: "It" after a sentence led by a date and a person
        "Brock Build won the Kenton bridge contract in 2021. In March, chief executive Lisa Croft "
        "left. It is now suing Kenton County Council over delays.",
        [("brock-build", "DISPUTES", "kenton-county-council")],
        [],
    ),
    (  # funds: "the fund" several sentences on, a company named between
        "Ardent Capital manages $3 billion for pension schemes. Last year it backed Lumen Dairy. "
        "Lumen has since doubled its sales. The fund is based in Edinburgh.",
        [("ardent-capital", "LOCATED_IN", "edinburgh")],
        [("lumen-dairy", "LOCATED_IN", "edinburgh")],
    ),
    (  # retail: "the chain" is the retailer, not its supplier
        "Ostler Stores runs 300 shops. It buys bread from Crane Bakeries. The chain has sued "
        "Dorrit Council over business rates.",
        [("ostler-stores", "DISPUTES", "dorrit-council")],
        [("crane-bakeries", "DISPUTES", "dorrit-council")],
    ),
    (  # mining: "the miner, which" relative with an owner
        "Dunmore Coal closed two pits in May. Kerrow Mining, which buys its coal, complained. The "
        "miner, which is owned by Tallow Capital, blamed low prices.",
        [("tallow-capital", "OWNS", "dunmore-coal")],
        [],
    ),
    (  # snacks: "the Leeds-based company" is the one headquartered in Leeds
        "Kessel Foods is headquartered in Leeds. Its rival Harlan Foods makes crisps in York. "
        "Tolgate Capital has bought the Leeds-based company.",
        [("tolgate-capital", "OWNS", "kessel-foods")],
        [("tolgate-capital", "OWNS", "harlan-foods")],
    ),
    (  # aviation: "the Dublin-based company" is the lessor based in Dublin
        "Velde Aviation, a lessor based in Dublin, leases jets to Marlowe Air. Brisa Air has sued "
        "the Dublin-based company over two late deliveries.",
        [("brisa-air", "DISPUTES", "velde-aviation")],
        [("brisa-air", "DISPUTES", "marlowe-air")],
    ),
    (  # biscuits: "the listed company" is the one said to be listed
        "Tolgate Foods is a listed company. Venn Bakeries, a family firm, makes biscuits for it. "
        "Dessa Mills has sued the listed company over a patent.",
        [("dessa-mills", "DISPUTES", "tolgate-foods")],
        [("dessa-mills", "DISPUTES", "venn-bakeries")],
    ),
    (  # banking: "the state-owned lender" of two lenders
        "Corvin Bank, a state-owned lender, and Deller Bank, a private one, lent money to Ashby "
        "Homes. Ashby has sued the state-owned lender.",
        [("ashby-homes", "DISPUTES", "corvin-bank")],
        [("ashby-homes", "DISPUTES", "deller-bank")],
    ),
    (  # snacks: "the family-run business" as a deal's object, another company named since
        "Harlan Foods, a family-run business, makes crisps. Kessel Snacks is listed in London. "
        "Tolgate Capital will buy the family-run business.",
        [("tolgate-capital", "OWNS", "harlan-foods")],
        [("tolgate-capital", "OWNS", "kessel-snacks")],
    ),
    (  # dairy: "The loss-making company" opening a sentence about another company
        "Orla Dairies, a loss-making company, buys feed from Glenmore Mills. Barrow Feeds "
        "supplies it too. The loss-making company has now sued Barrow Feeds.",
        [("orla-dairies", "DISPUTES", "barrow-feeds")],
        [("glenmore-mills", "DISPUTES", "barrow-feeds")],
    ),
    (  # guard (airlines): "the company" with no company in view for three sentences
        "Celta Airways flew 4 million people last year. Tourism in Porto grew by 8%. Hotels "
        "were full all summer. Regulators said the company had met its targets.",
        [],
        [("celta-airways", "DISPUTES", "porto")],
    ),
]

# "the latter", "the former": one of the pair just coordinated.
LATTER: list[Case] = [
    (  # grain: "The latter" is the second of the pair, not the supplier named last
        "Talbot Grain and Orrin Foods both buy wheat from Kano Farms. The latter is based in "
        "Lagos.",
        [("orrin-foods", "LOCATED_IN", "lagos")],
        [("kano-farms", "LOCATED_IN", "lagos"), ("talbot-grain", "LOCATED_IN", "lagos")],
    ),
    (  # grain: "The former" is the first of the pair
        "Talbot Grain and Orrin Foods both buy wheat from Dessa Mills. The former is based in "
        "Kano.",
        [("talbot-grain", "LOCATED_IN", "kano")],
        [("orrin-foods", "LOCATED_IN", "kano"), ("dessa-mills", "LOCATED_IN", "kano")],
    ),
    (  # banking: "the latter" in the same sentence, after a coordinated object
        "Ashby Homes borrowed from Corvin Bank and Deller Bank, and it has since sued the latter "
        "over fees.",
        [("ashby-homes", "DISPUTES", "deller-bank")],
        [("ashby-homes", "DISPUTES", "corvin-bank")],
    ),
    (  # people: "the former" is a person of the pair
        "Ana Ruiz and Tom Voss founded Delmar Shipping in 1994. The former now runs Ferro Ports.",
        [("ana-ruiz", "LEADS", "ferro-ports")],
        [("tom-voss", "LEADS", "ferro-ports")],
    ),
    (  # guard (energy): "the former chief executive" is no reference
        "Tavor Energy and Rendall Oil share a pipeline. The former chief executive of Tavor, Ian "
        "Crewe, now advises Rendall Oil.",
        [("ian-crewe", "ADVISES", "rendall-oil")],
        [("tavor-energy", "ADVISES", "rendall-oil")],
    ),
]

# Fifth inventory (written before measuring): "they", "their", "we" in quotes, headlines.
THEY: list[Case] = [
    (  # shipping: "Their" opening a sentence after a coordinated pair
        "Delmar Shipping and Norland Tankers have merged their Baltic routes. They compete with "
        "Ferro Lines, which is based in Gdansk.",
        [
            ("delmar-shipping", "COMPETES_WITH", "ferro-lines"),
            ("norland-tankers", "COMPETES_WITH", "ferro-lines"),
            ("ferro-lines", "LOCATED_IN", "gdansk"),
        ],
        [("delmar-shipping", "LOCATED_IN", "gdansk")],
    ),
    (  # farming: "They" sued, with a third company as object in the sentence before
        "Greyfield Farms and Ossory Dairies sell milk to Milcom Processing. They have accused "
        "Milcom of fixing prices.",
        [
            ("greyfield-farms", "DISPUTES", "milcom-processing"),
            ("ossory-dairies", "DISPUTES", "milcom-processing"),
        ],
        [("milcom-processing", "DISPUTES", "milcom-processing")],
    ),
    (  # retail: a quote, "we" is the speaker's company
        '"We will defend our brand," said Ade Bello, chief executive of Orrin Foods. Orrin has '
        "sued Talbot Grain over its labels.",
        [("ade-bello", "LEADS", "orrin-foods"), ("orrin-foods", "DISPUTES", "talbot-grain")],
        [("talbot-grain", "DISPUTES", "orrin-foods")],
    ),
    (  # banking: a quote names a rival, "we compete" is the speaker's company
        '"We compete with Deller Bank every day," said Hugo Brandt, who runs Portan Bank.',
        [("portan-bank", "COMPETES_WITH", "deller-bank")],
        [],
    ),
    (  # mining: headline, then "the miner" in the body
        "Kerrow Mining sued by Altmann Bank\n\nAltmann Bank has sued Kerrow Mining over a "
        "missed payment. The miner is based in Perth.",
        [("altmann-bank", "DISPUTES", "kerrow-mining"), ("kerrow-mining", "LOCATED_IN", "perth")],
        [("altmann-bank", "LOCATED_IN", "perth")],
    ),
    (  # food: "they" for two people
        "Ana Ruiz and Tom Voss left Talbot Grain in 2019. They founded Kano Mills a year later.",
        [("ana-ruiz", "FOUNDED", "kano-mills"), ("tom-voss", "FOUNDED", "kano-mills")],
        [("talbot-grain", "FOUNDED", "kano-mills")],
    ),
    (  # fintech: "They set up" for two people who met at a bank
        "Mina Okoro and Omar Haddad met at Veltis Bank. They set up Quill Ledger in 2018.",
        [("mina-okoro", "FOUNDED", "quill-ledger"), ("omar-haddad", "FOUNDED", "quill-ledger")],
        [("veltis-bank", "FOUNDED", "quill-ledger")],
    ),
    (  # guard (autos): "the carmakers" is not a pair of people
        "Ana Ruiz and Tom Voss run Delmar Shipping. Regulators fined the carmakers in May.",
        [],
        [("ana-ruiz", "DISPUTES", "delmar-shipping")],
    ),
]

# Sixth inventory (written before measuring): "its" with several companies in view.
ITS: list[Case] = [
    (  # grain: "Its chief executive" after a purchase is the buyer's
        "Talbot Grain bought Kano Mills in 2012. Its chief executive, Ade Bello, wants more mills.",
        [("ade-bello", "LEADS", "talbot-grain")],
        [("ade-bello", "LEADS", "kano-mills")],
    ),
    (  # food: "its main rival" in an appositive of a reported clause's subject
        "Orrin Foods said on Monday that Dessa Mills, its main rival, had cut prices.",
        [("orrin-foods", "COMPETES_WITH", "dessa-mills")],
        [],
    ),
    (  # cars: "its largest shareholder" after a reporting verb
        "Ravel Motors said its largest shareholder, Tarn Capital, backed the plan.",
        [("tarn-capital", "OWNS", "ravel-motors")],
        [("ravel-motors", "OWNS", "tarn-capital")],
    ),
    (  # grain: "its customer" after a fronted clause
        "After Talbot Grain raised prices, its customer Orrin Foods switched suppliers.",
        [],
        [("orrin-foods", "OWNS", "talbot-grain")],
    ),
    (  # energy: "its parent" with a person between
        "Corrin Wind named Ruth Dowd as chair. Its parent, Sable Energy, owns 80% of the company.",
        [("sable-energy", "OWNS", "corrin-wind")],
        [("sable-energy", "OWNS", "ruth-dowd")],
    ),
    (  # retail: "its rival" after a passive sentence
        "Ostler Stores was fined by Dorrit Council in May. Its rival Garron Stores was not.",
        [("garron-stores", "COMPETES_WITH", "ostler-stores")],
        [("garron-stores", "COMPETES_WITH", "dorrit-council")],
    ),
]

NONE += [
    (  # grain: "It" is the deal the sentence before opened with
        "Talbot Grain reported record sales. The deal was signed in March. It was financed by "
        "Altmann Bank.",
        [],
        [("altmann-bank", "FUNDS", "talbot-grain")],
    ),
    (  # food: "It" is the merger
        "Talbot Grain reported record sales. The merger was approved in March. It was criticised "
        "by Orrin Foods.",
        [],
        [("orrin-foods", "DISPUTES", "talbot-grain")],
    ),
    (  # guard (grain): "The company" opening the sentence before is the company
        "Talbot Grain is based in Kano. The company was founded in 1950. It is owned by Bello "
        "Holdings.",
        [("bello-holdings", "OWNS", "talbot-grain")],
        [],
    ),
    (  # guard (grain): a plural thing is not "It"
        "Talbot Grain reported record sales. The results were released on Monday. It is based in "
        "Kano.",
        [("talbot-grain", "LOCATED_IN", "kano")],
        [],
    ),
]


def _params(group: list[Case], name: str) -> list[object]:
    """The cases of a group, those in `GAPS[name]` marked as known gaps."""
    gaps = GAPS.get(name, set())
    gap = pytest.mark.xfail(strict=True, reason="gap")
    return [pytest.param(*case, marks=[gap] if i in gaps else []) for i, case in enumerate(group)]


# Cases erg still gets wrong (index in each group), marked xfail(strict=True)
GAPS: dict[str, set[int]] = {
    "same": {2},
    "pronoun": {5},
    "disputed": {4},
    "longer": {0, 18},
    # "latter" 2 reads since round 34: a pronoun after ", and" opens its own clause
}


@pytest.mark.parametrize(("text", "present", "absent"), _params(SAME_SENTENCE, "same"))
def test_same_sentence_antecedent(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(MODIFIER, "modifier"))
def test_name_as_modifier_is_not_salient(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(HEAD_AGREEMENT, "head"))
def test_head_noun_agrees(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(PRONOUNS, "pronoun"))
def test_pronouns(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(RECENCY, "recency"))
def test_recency_across_sentences(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(POSSESSIVE, "possessive"))
def test_possessive_descriptions(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(OBJECT_PRONOUNS, "object"))
def test_object_pronouns(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(DISPUTED, "disputed"))
def test_description_disputed(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(PLURALS, "plural"))
def test_plural_references(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(LONGER, "longer"))
def test_longer_articles(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(LATTER, "latter"))
def test_latter_and_former(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(THEY, "they"))
def test_they_we_and_headlines(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(ITS, "its"))
def test_its_among_companies(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), _params(NONE, "none"))
def test_resolves_to_nothing(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
