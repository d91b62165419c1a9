"""Disputes and rivalry, third set: who the parties are when the sentence does not simply name
them: object lists broken by an aside, plural pronouns, "both firms" after a public body,
an officer who speaks for an organization, descriptions and answers to earlier claims.

Each case is (sentence, relations that must be found, relations that must not be). Every name is
invented; sectors vary on purpose.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

# Object lists that go on past an aside: a participle, an appositive, a relative clause, an
# adverbial, a possessed thing.
LISTS: list[Case] = [
    (
        # media: a participle phrase, then "and with" + examples
        "Ravelin Ltd makes a note-taking app. It goes head to head with Glimmer, owned by "
        "Sorvald Media, and with apps like Tiplo and Wenna.",
        [
            ("ravelin", "COMPETES_WITH", "glimmer"),
            ("ravelin", "COMPETES_WITH", "tiplo"),
            ("ravelin", "COMPETES_WITH", "wenna"),
        ],
        [],
    ),
    (
        # machine tools: an appositive, then examples without the preposition again
        "Tarvik Lathes Inc sells lathes. It competes with Brantley Tools, the Swedish toolmaker, "
        "and smaller shops such as Dovecote Ltd and Pirrin Works.",
        [
            ("tarvik-lathes", "COMPETES_WITH", "brantley-tools"),
            ("tarvik-lathes", "COMPETES_WITH", "dovecote"),
            ("tarvik-lathes", "COMPETES_WITH", "pirrin-works"),
        ],
        [],
    ),
    (
        # aviation: an adverbial of place after each object
        "Kestrel Air competes with Flyro Airways in Spain and with Jetwise Air in Italy.",
        [
            ("kestrel-air", "COMPETES_WITH", "flyro-airways"),
            ("kestrel-air", "COMPETES_WITH", "jetwise-air"),
        ],
        [],
    ),
    (
        # retail: a noun trigger's list goes on past a relative clause; the clause's agent is
        # only the first name, so the second owns nothing
        "Pellow Stores Plc sells furniture. Its competitors include Harrow Home, which is owned "
        "by Vance Capital, and Dunmore Living.",
        [
            ("pellow-stores", "COMPETES_WITH", "harrow-home"),
            ("pellow-stores", "COMPETES_WITH", "dunmore-living"),
            ("vance-capital", "OWNS", "harrow-home"),
        ],
        [("dunmore-living", "OWNS", "harrow-home")],
    ),
    (
        # telecoms: a possessed unit, then "and with"
        "Brisk Mobile competes with Tarvo Telecom's budget brand and with Skyreach Mobile.",
        [
            ("brisk-mobile", "COMPETES_WITH", "tarvo-telecom"),
            ("brisk-mobile", "COMPETES_WITH", "skyreach-mobile"),
        ],
        [],
    ),
    (
        # banking: a dispute list past a relative clause and "and against"
        "Orrin Bank Plc filed claims against Harlow Trust, which manages its pension fund, and "
        "against Tamsin Audit LLP.",
        [
            ("orrin-bank", "DISPUTES", "harlow-trust"),
            ("orrin-bank", "DISPUTES", "tamsin-audit"),
        ],
        [],
    ),
]

# Guards: the list does not go on into a new clause, and an agent list of three stays whole.
LIST_GUARDS: list[Case] = [
    (
        "Tarvik Lathes Inc competes with Brantley Tools, the Swedish toolmaker, and Dovecote Ltd "
        "said it would cut prices.",
        [("tarvik-lathes", "COMPETES_WITH", "brantley-tools")],
        [("tarvik-lathes", "COMPETES_WITH", "dovecote")],
    ),
    (
        "Harwick Tools, which is owned by Sorvald Group, Ostara Capital, and Pell Ltd, makes "
        "drills.",
        [("pell", "OWNS", "harwick-tools"), ("sorvald-group", "OWNS", "harwick-tools")],
        [],
    ),
    (
        # a place, then a clause of another verb: no second object
        "Kestrel Air competes with Flyro Airways in Spain and flies to Jetwise Air's hubs.",
        [("kestrel-air", "COMPETES_WITH", "flyro-airways")],
        [("kestrel-air", "COMPETES_WITH", "jetwise-air")],
    ),
]

# Plural pronouns for the two organizations the sentence before opened with.
PRONOUNS: list[Case] = [
    (
        # machine tools: "they" after an opening phrase
        "Tarvik Lathes Inc and Bolsen Machine Ltd make lathes in Ohio. In Europe, they compete "
        "with Brantley Tools.",
        [
            ("tarvik-lathes", "COMPETES_WITH", "brantley-tools"),
            ("bolsen-machine", "COMPETES_WITH", "brantley-tools"),
        ],
        [],
    ),
    (
        # pharma: "them" as the object of a dispute verb
        "Harlow Pharma and Kestel Bio raised the price of insulin. The Patients Alliance "
        "criticised them.",
        [
            ("the-patients-alliance", "DISPUTES", "harlow-pharma"),
            ("the-patients-alliance", "DISPUTES", "kestel-bio"),
        ],
        [],
    ),
    (
        # energy: "them" after an accusation
        "Varno Power and Ardmore Energy raised tariffs in May. The Coastal Energy Regulator "
        "accused them of overcharging.",
        [
            ("coastal-energy-regulator", "DISPUTES", "varno-power"),
            ("coastal-energy-regulator", "DISPUTES", "ardmore-energy"),
        ],
        [],
    ),
]

# Guards: a name before "they" is the clause's own subject; "them" with one of the pair
# named before it is not the pair.
PRONOUN_GUARDS: list[Case] = [
    (
        "Tarvik Lathes Inc and Bolsen Machine Ltd make lathes. Analysts at Pell Research say "
        "they compete with Brantley Tools.",
        [],
        [("pell-research", "COMPETES_WITH", "brantley-tools")],
    ),
    (
        # "them" after a verb of buying names the things they make
        "Orrin Aero and Tarn Drones Ltd make drones. The Defence Ministry bought them in May.",
        [],
        [
            ("the-defence-ministry", "OWNS", "orrin-aero"),
            ("the-defence-ministry", "OWNS", "tarn-drones"),
        ],
    ),
    (
        "Harlow Pharma and Kestel Bio raised prices. Harlow Pharma said regulators had "
        "criticised them.",
        [],
        [("harlow-pharma", "DISPUTES", "kestel-bio")],
    ),
]

# "Both firms", "the two companies": never a public body named in between.
BODIES: list[Case] = [
    (
        # agriculture
        "Harlan Mills Ltd and Tobin Grain Inc agreed to merge on Monday. The Agriculture "
        "Ministry opened a review of the deal. Both firms compete with Grainex Corp and with "
        "Pollard Foods.",
        [
            ("harlan-mills", "COMPETES_WITH", "grainex"),
            ("tobin-grain", "COMPETES_WITH", "pollard-foods"),
        ],
        [
            ("the-agriculture-ministry", "COMPETES_WITH", "grainex"),
            ("the-agriculture-ministry", "COMPETES_WITH", "pollard-foods"),
        ],
    ),
    (
        # shipping
        "Varna Shipping Ltd agreed to buy Kestel Lines Inc. The Maritime Authority said it would "
        "look at the deal. The two companies compete with Orrin Freight.",
        [
            ("varna-shipping", "COMPETES_WITH", "orrin-freight"),
            ("kestel-lines", "COMPETES_WITH", "orrin-freight"),
        ],
        [("the-maritime-authority", "COMPETES_WITH", "orrin-freight")],
    ),
    (
        # grain: a bare "the two" before a verb of competing
        "Harlan Mills Ltd agreed to buy Tobin Grain Inc. The Agriculture Ministry will review "
        "the deal. The two compete with Grainex Corp.",
        [
            ("harlan-mills", "COMPETES_WITH", "grainex"),
            ("tobin-grain", "COMPETES_WITH", "grainex"),
        ],
        [("the-agriculture-ministry", "COMPETES_WITH", "grainex")],
    ),
]

# An officer or spokesman who speaks for an organization named in the frame before the name.
SPOKESMEN: list[Case] = [
    (
        # retail: a spokesman only speaks; the league is the party
        "The Shoppers League is a consumer group in Leeds. Its spokesman, Ned Carrow, accused "
        "Ambry Stores of buying silence.",
        [("the-shoppers-league", "DISPUTES", "ambry-stores")],
        [("ned-carrow", "DISPUTES", "ambry-stores")],
    ),
    (
        # football: a director acts in his own name (round 18: the gold of the described sets
        # holds the officer, never his organization, as the disputant)
        "The Harwick Supporters Trust met on Monday. Its director, Ola Pike, accused Ostara "
        "Capital of neglecting the club.",
        [("ola-pike", "DISPUTES", "ostara-capital")],
        [("the-harwick-supporters-trust", "DISPUTES", "ostara-capital")],
    ),
    (
        # insurance: a possessive frame
        "Pell Mutual's spokeswoman, Ada Lint, criticised Corrib Re for the delay.",
        [("pell-mutual", "DISPUTES", "corrib-re")],
        [],
    ),
    (
        # a description of another kind is not the speaker's own organization
        "Ambry Stores raised prices. The Shoppers League's spokeswoman, Ada Lint, criticised "
        "the retailer.",
        [("the-shoppers-league", "DISPUTES", "ambry-stores")],
        [("the-shoppers-league", "DISPUTES", "the-shoppers-league")],
    ),
]

# Guards: the frame of another person, a name with no role.
SPOKESMEN_GUARDS: list[Case] = [
    (
        "Its rival, Tarn Motors, accused Brisk Auto of copying the design.",
        [],
        [("brisk-auto", "DISPUTES", "brisk-auto")],
    ),
    (
        "Ola Pike, a former director, accused Ostara Capital of neglect.",
        [("ola-pike", "DISPUTES", "ostara-capital")],
        [],
    ),
]


# Description objects: a plural noun for the two named before, a remembered group, the owners
# named before, a pronoun after "against".
DESCRIPTIONS: list[Case] = [
    (
        # dairy: "the processors" for the two the sentence before opened with
        "Fennick Foods Ltd and Dalvo Dairy Ltd cut the price they pay for milk. The Dairy "
        "Farmers Union blamed the processors for the losses.",
        [
            ("the-dairy-farmers-union", "DISPUTES", "fennick-foods"),
            ("the-dairy-farmers-union", "DISPUTES", "dalvo-dairy"),
        ],
        [],
    ),
    (
        # autos: "accused the carmakers of ..."
        "Tarn Motors Ltd and Brisk Auto Ltd recalled 20,000 cars. The consumer group Drive "
        "Safe accused the carmakers of hiding defects.",
        [("drive-safe", "DISPUTES", "tarn-motors"), ("drive-safe", "DISPUTES", "brisk-auto")],
        [],
    ),
    (
        # football: "accused the consortium of neglect" is no definition of a new group
        "A consortium of Brandmoor Group and Ostara Capital bought Harwick Albion. The Harwick "
        "Supporters Trust accused the consortium of neglect.",
        [
            ("the-harwick-supporters-trust", "DISPUTES", "brandmoor-group"),
            ("the-harwick-supporters-trust", "DISPUTES", "ostara-capital"),
        ],
        [],
    ),
    (
        # football: the club's owners, named as its buyer before
        "Ostara Capital bought Harwick Albion in 2020. The Harwick Supporters Trust has "
        "accused the club's owners of neglect.",
        [("the-harwick-supporters-trust", "DISPUTES", "ostara-capital")],
        [("the-harwick-supporters-trust", "DISPUTES", "harwick-albion")],
    ),
    (
        # energy: "disagrees with the authority"
        "The Coastal Energy Authority fined Varno Power Ltd in May. Varno Power said it "
        "disagrees with the authority.",
        [("varno-power", "DISPUTES", "the-coastal-energy-authority")],
        [],
    ),
    (
        # banking: a pronoun after "against" is not the clause's own subject
        "Orrin Bank Ltd sells mortgages. In May the Justice Ministry filed a lawsuit against it.",
        [("justice-ministry", "DISPUTES", "orrin-bank")],
        [("justice-ministry", "DISPUTES", "justice-ministry")],
    ),
]

# Guards: a plural noun of a role is not the pair; no owners named, no owners.
DESCRIPTION_GUARDS: list[Case] = [
    (
        # a plural of another kind of organization
        "Tarn Motors Ltd and Brisk Auto Ltd recalled 20,000 cars. Drive Safe Ltd sued the banks.",
        [],
        [("drive-safe", "DISPUTES", "tarn-motors")],
    ),
    (
        "Fennick Foods Ltd and Dalvo Dairy Ltd raised $40m. The investors include Pell Capital.",
        [],
        [("pell-capital", "DISPUTES", "fennick-foods")],
    ),
    (
        "Fennick Foods Ltd and Dalvo Dairy Ltd cut prices. Analysts said the companies of the "
        "Varda group were unaffected.",
        [],
        [("fennick-foods", "DISPUTES", "dalvo-dairy")],
    ),
]

# The accused answers a claim stated earlier without naming its author.
ANSWERS: list[Case] = [
    (
        # dairy: "said on Tuesday that the claims had no basis"
        "The Dairy Farmers Union sued Kestle Dairy Ltd last month. Kestle Dairy said on "
        "Tuesday that the claims had no basis.",
        [("kestle-dairy", "DISPUTES", "the-dairy-farmers-union")],
        [],
    ),
    (
        # dairy: "said at the time the claims were baseless"
        "The Dairy Farmers Union sued Kestle Dairy Ltd in 2021. Kestle Dairy said at the time "
        "the claims were baseless.",
        [("kestle-dairy", "DISPUTES", "the-dairy-farmers-union")],
        [],
    ),
    (
        # pharma: a quoted verb
        "The Patients Alliance accused Harlow Pharma Ltd of price gouging. In a statement, "
        'Harlow Pharma said it "firmly rejects" the allegations.',
        [("harlow-pharma", "DISPUTES", "the-patients-alliance")],
        [],
    ),
    (
        # banking: "would vigorously defend itself"
        "The Justice Ministry has filed a lawsuit against Orrin Bank. Orrin Bank said it would "
        "vigorously defend itself.",
        [("orrin-bank", "DISPUTES", "the-justice-ministry")],
        [],
    ),
    (
        # shipping: "the charges were without merit"
        "The Maritime Authority charged Varna Shipping Ltd with safety breaches. Varna Shipping "
        "said the charges were without merit.",
        [("varna-shipping", "DISPUTES", "the-maritime-authority")],
        [],
    ),
    (
        # dairy: a quoted dismissal, the speaker's organization named after "said"
        'The Dairy Farmers Union sued Kestle Dairy Ltd last month. "These claims are '
        'baseless," said Kestle Dairy spokesman Tom Reed.',
        [("kestle-dairy", "DISPUTES", "the-dairy-farmers-union")],
        [],
    ),
    (
        # retail: typographic quotes, the speaker before "said"
        "The Shoppers League accused Ambry Stores Ltd of price gouging. \u201cThe allegations "
        "are false,\u201d Ambry Stores said.",
        [("ambry-stores", "DISPUTES", "the-shoppers-league")],
        [],
    ),
    (
        # energy: "had done nothing wrong"
        "The Coastal Energy Authority fined Varno Power Ltd in May. Varno Power said it had "
        "done nothing wrong.",
        [("varno-power", "DISPUTES", "the-coastal-energy-authority")],
        [],
    ),
]

# Guards: no earlier dispute, the accuser speaking, a claim with its own author.
ANSWER_GUARDS: list[Case] = [
    (
        # the accuser's own quote upholds its claims
        'The Dairy Farmers Union sued Kestle Dairy Ltd last month. "These claims are well '
        'founded," said Ann Bell of the Dairy Farmers Union.',
        [],
        [("kestle-dairy", "DISPUTES", "the-dairy-farmers-union")],
    ),
    (
        "Orrin Bank Ltd said it would defend itself in a price war with Pell Bank.",
        [],
        [("orrin-bank", "DISPUTES", "pell-bank")],
    ),
    (
        "The Justice Ministry has filed a lawsuit against Orrin Bank. The ministry said the "
        "claims were well founded.",
        [],
        [("orrin-bank", "DISPUTES", "the-justice-ministry")],
    ),
    (
        "The Justice Ministry has filed a lawsuit against Orrin Bank. The ministry said the "
        "bank's denials were baseless.",
        [],
        [("the-justice-ministry", "DISPUTES", "the-justice-ministry")],
    ),
]

# A public body has no rivals: "its rival", "rival X" name a company.
RIVAL_OF: list[Case] = [
    (
        "The Justice Ministry has filed a lawsuit against Orrin Bank. Its rival Pell Bank said "
        "it would not comment.",
        [("pell-bank", "COMPETES_WITH", "orrin-bank")],
        [("pell-bank", "COMPETES_WITH", "the-justice-ministry")],
    ),
    (
        "The Justice Ministry has filed a lawsuit against Orrin Bank. Rival Pell Bank declined "
        "to comment.",
        [("pell-bank", "COMPETES_WITH", "orrin-bank")],
        [("pell-bank", "COMPETES_WITH", "the-justice-ministry")],
    ),
    (  # a bank beside a regulator, the article's main body: the bank's rival
        "The Financial Conduct Authority has fined Orrin Bank. Rival Pell Bank declined to "
        "comment.",
        [("pell-bank", "COMPETES_WITH", "orrin-bank")],
        [("pell-bank", "COMPETES_WITH", "the-financial-conduct-authority")],
    ),
]


# "The main rival of A is B", "Among the competitors of A are B and C".
RIVAL_OF_IS: list[Case] = [
    (
        # diagnostics
        "The main rival of Quorra Labs Inc is Cressida Bio.",
        [("cressida-bio", "COMPETES_WITH", "quorra-labs")],
        [],
    ),
    (
        # insurance: a list after "are"
        "The biggest competitors of Halyard Mutual are Corrib Re and Pell Assurance.",
        [
            ("corrib-re", "COMPETES_WITH", "halyard-mutual"),
            ("pell-assurance", "COMPETES_WITH", "halyard-mutual"),
        ],
        [],
    ),
    (
        # bakeries: a place phrase between the holder and "is"
        "Analysts said the main rival of Kestrel Foods in the north is Dunmore Bread.",
        [("dunmore-bread", "COMPETES_WITH", "kestrel-foods")],
        [],
    ),
    (
        # media: "among", inside a reported clause
        "Analysts said that among the rivals of Sorvald Media is Tiplo Radio.",
        [("tiplo-radio", "COMPETES_WITH", "sorvald-media")],
        [],
    ),
]

RIVAL_OF_IS_GUARDS: list[Case] = [
    (
        "Cressida Bio said the main rival of Quorra Labs Inc is not Vell Diagnostics.",
        [],
        [("vell-diagnostics", "COMPETES_WITH", "quorra-labs")],
    ),
    (
        # the rival noun inside another phrase: the role rules read it
        "Shares in the rival of Quorra Labs Inc rose, Cressida Bio said.",
        [],
        [("cressida-bio", "COMPETES_WITH", "quorra-labs")],
    ),
]

# What a dispute is about belongs to a party: "Varna's plan was criticised by X", "criticised
# the company's strategy" (the company the article named, not the critic itself).
OWNED_THINGS: list[Case] = [
    (
        # shipping: a possessed patient of a passive
        "Varna Shipping Ltd's plan to close two of its yards has been criticised by Pell Capital.",
        [("pell-capital", "DISPUTES", "varna-shipping")],
        [],
    ),
    (
        # shipping: "the company" after a dispute verb is not the critic
        "Varna Shipping Ltd cut 200 jobs. Pell Capital has criticised the company's strategy.",
        [("pell-capital", "DISPUTES", "varna-shipping")],
        [],
    ),
    (
        # mining: a shareholder criticising the company it holds
        "Tamsin Partners, which owns 5% of Quarro Mining Ltd, has criticised the miner's spending.",
        [("tamsin-partners", "DISPUTES", "quarro-mining")],
        [],
    ),
]

OWNED_THING_GUARDS: list[Case] = [
    (
        # a possessor of a non-dispute passive stays a modifier
        "Varna Shipping Ltd's new ferry was built by Kestel Yards.",
        [],
        [("kestel-yards", "OWNS", "varna-shipping")],
    ),
    (
        # an employee criticising "the company" is still no dispute with her employer
        "Ola Pike, a director of Tarn Motors, criticised the carmaker for the delay.",
        [],
        [("ola-pike", "DISPUTES", "tarn-motors")],
    ),
]


# Rivals with no holder named, in an article just about one company: examples of "rival firms",
# "rivals such as", an appositive "X, a smaller rival".
RIVAL_EXAMPLES: list[Case] = [
    (
        # paints
        "Dalloway Paints Ltd raised prices by 8%. Rival firms, including Prue Coatings and Vell "
        "Paints, followed suit.",
        [
            ("prue-coatings", "COMPETES_WITH", "dalloway-paints"),
            ("vell-paints", "COMPETES_WITH", "dalloway-paints"),
        ],
        [],
    ),
    (
        # aviation
        "Skyra Airlines cut fares on its Madrid routes. Rivals such as Flyro Airways and Jetwise "
        "Air have not.",
        [
            ("flyro-airways", "COMPETES_WITH", "skyra-airlines"),
            ("jetwise-air", "COMPETES_WITH", "skyra-airlines"),
        ],
        [],
    ),
    (
        # insurance: an appositive
        "Halyard Mutual lost 4% of its customers last year. Corrib Insurance, a smaller rival, "
        "gained 6%.",
        [("corrib-insurance", "COMPETES_WITH", "halyard-mutual")],
        [],
    ),
]

# Guards: another organization in the sentence, a holder named, a negation.
RIVAL_EXAMPLE_GUARDS: list[Case] = [
    (
        "Dalloway Paints Ltd raised prices. Rival firms, including Prue Coatings, have sued "
        "Orrin Chemicals.",
        [],
        [("prue-coatings", "COMPETES_WITH", "dalloway-paints")],
    ),
    (
        "Dalloway Paints Ltd raised prices. Prue Coatings, a rival of Orrin Paints, followed.",
        [],
        [("prue-coatings", "COMPETES_WITH", "dalloway-paints")],
    ),
    (
        "Dalloway Paints Ltd raised prices. Prue Coatings, a supplier, followed suit.",
        [],
        [("prue-coatings", "COMPETES_WITH", "dalloway-paints")],
    ),
]


# "A counts B and C among its rivals", "A sees B as its main competitor".
COUNTED: list[Case] = [
    (
        # software
        "Ravelin Ltd has 40 staff. It counts Glimmer Inc and Tiplo Ltd among its rivals.",
        [("ravelin", "COMPETES_WITH", "glimmer"), ("ravelin", "COMPETES_WITH", "tiplo")],
        [],
    ),
    (
        # brewing
        "Harrow Brewing Co sees Pell Ales as its main competitor in the north.",
        [("harrow-brewing", "COMPETES_WITH", "pell-ales")],
        [],
    ),
    (
        # mining
        "Quarro Mining Ltd regards Tolley Metals as one of its biggest rivals.",
        [("quarro-mining", "COMPETES_WITH", "tolley-metals")],
        [],
    ),
]

COUNTED_GUARDS: list[Case] = [
    (
        "Ravelin Ltd does not see Glimmer Inc as a rival.",
        [],
        [("ravelin", "COMPETES_WITH", "glimmer")],
    ),
    (
        "Ravelin Ltd counts Glimmer Inc among its customers.",
        [],
        [("ravelin", "COMPETES_WITH", "glimmer")],
    ),
]

# A project's permit fought by its opponent.
PERMITS: list[Case] = [
    (
        # mining
        "The Green Valley Coalition has challenged the licence granted to the Kerr Mine project.",
        [("the-green-valley-coalition", "DISPUTES", "kerr-mine")],
        [],
    ),
    (
        # energy: a court asked to act is the fight itself
        "The Dunmere Bird Trust has asked a court to overturn the permit for the Ostara Wind Farm.",
        [("the-dunmere-bird-trust", "DISPUTES", "ostara-wind-farm")],
        [],
    ),
    (
        # property: a possessive determiner
        "The Harlow Residents Group is contesting the council's approval of the Harlow Gate "
        "development.",
        [("the-harlow-residents-group", "DISPUTES", "harlow-gate")],
        [],
    ),
]

PERMIT_GUARDS: list[Case] = [
    (
        "The Green Valley Coalition did not challenge the permit for the Kerr Mine project.",
        [],
        [("the-green-valley-coalition", "DISPUTES", "kerr-mine")],
    ),
    (
        "The Green Valley Coalition welcomed the permit for the Kerr Mine project.",
        [],
        [("the-green-valley-coalition", "DISPUTES", "kerr-mine")],
    ),
]


# Investigations and settlements: the investigated and the settling party are the other side.
INVESTIGATED: list[Case] = [
    (
        # shipping
        "Varna Shipping Ltd is under investigation by the Maritime Authority.",
        [("maritime-authority", "DISPUTES", "varna-shipping")],
        [],
    ),
    (
        # food
        "Kestle Dairy Ltd faces scrutiny from the Competition Office over milk prices.",
        [("competition-office", "DISPUTES", "kestle-dairy")],
        [],
    ),
    (
        # banking: a settlement of a claim whose author is named
        "Orrin Bank Ltd agreed to pay $4m to settle a lawsuit brought by Pell Capital.",
        [("pell-capital", "DISPUTES", "orrin-bank")],
        [],
    ),
    (
        # insurance: a possessive claim
        "Halyard Mutual settled Corrib Re's claims for $9m.",
        [("corrib-re", "DISPUTES", "halyard-mutual")],
        [],
    ),
]

INVESTIGATED_GUARDS: list[Case] = [
    (
        "Varna Shipping Ltd is not under investigation by the Maritime Authority.",
        [],
        [("maritime-authority", "DISPUTES", "varna-shipping")],
    ),
    (
        "Orrin Bank Ltd did not settle the lawsuit brought by Pell Capital.",
        [],
        [("pell-capital", "DISPUTES", "orrin-bank")],
    ),
    (
        # "as well as" lists; no appointment "as its parent"
        "Pell Capital is suing Varna Shipping Ltd as well as its parent, Tamsin Group.",
        [
            ("pell-capital", "DISPUTES", "varna-shipping"),
            ("pell-capital", "DISPUTES", "tamsin-group"),
        ],
        [("varna-shipping", "OWNS", "pell-capital")],
    ),
]


# Tenders: the winner competed with each bidder it beat or was picked ahead of.
BIDDERS: list[Case] = [
    (
        # construction: a participle of beating after the win
        "Orbin Build won the ferry terminal contract, beating Kast Ltd and Fenway Build.",
        [
            ("orbin-build", "COMPETES_WITH", "kast"),
            ("orbin-build", "COMPETES_WITH", "fenway-build"),
        ],
        [],
    ),
    (
        # defence: "picked ahead of"
        "Harlow Yards was picked ahead of Dunlow Marine for the frigate order.",
        [("harlow-yards", "COMPETES_WITH", "dunlow-marine")],
        [],
    ),
    (
        # telecoms: plural rival bids
        "Brisk Mobile beat rival bids from Tarvo Telecom and Skyreach Mobile for the spectrum.",
        [
            ("brisk-mobile", "COMPETES_WITH", "tarvo-telecom"),
            ("brisk-mobile", "COMPETES_WITH", "skyreach-mobile"),
        ],
        [],
    ),
    (
        # energy: competition for a thing, then its source
        "Kestel Power faces competition for the grid contract from Ardmore Energy.",
        [("kestel-power", "COMPETES_WITH", "ardmore-energy")],
        [],
    ),
]

BIDDER_GUARDS: list[Case] = [
    (
        "Orbin Build won the award, beating expectations at Kast Ltd.",
        [],
        [("orbin-build", "COMPETES_WITH", "kast")],
    ),
    (
        "Orbin Build did not win the contract, beating Kast Ltd.",
        [],
        [("orbin-build", "COMPETES_WITH", "kast")],
    ),
]


# A former employee's dispute with the employer; an object named after "her former employer,".
EMPLOYERS: list[Case] = [
    (
        # shipping: a former chief sues "the company" she led
        "Ola Pike, the former chief executive of Varna Shipping Ltd, has sued the company for "
        "unfair dismissal.",
        [("ola-pike", "DISPUTES", "varna-shipping")],
        [],
    ),
    (
        # retail: a possessive appositive object
        "Tom Reed has sued his former employer, Ambry Stores Ltd, for unpaid bonuses.",
        [("tom-reed", "DISPUTES", "ambry-stores")],
        [],
    ),
    (
        # advisory: the same object shape for another verb
        "Ada Fenn joined Pell Capital Ltd in May. She advises its director, Tom Reed, on pricing.",
        [("ada-fenn", "ADVISES", "tom-reed")],
        [],
    ),
]

EMPLOYER_GUARDS: list[Case] = [
    (
        # the object of a dispute verb is no second role of the subject
        "Tom Reed, an activist investor, wants Varna Shipping Ltd to sell its ferry arm and has "
        "criticised its chairman.",
        [],
        [("tom-reed", "LEADS", "varna-shipping")],
    ),
    (
        # a current officer criticising "the carmaker" is no dispute with her employer
        "Ann Lee, chief engineer at Brask Aero, criticised the engine maker for the delay.",
        [],
        [("ann-lee", "DISPUTES", "brask-aero")],
    ),
]


# A passive accusation whose charge comes before the agent.
CHARGED: list[Case] = [
    (
        # shipping: a long charge with a possessive inside
        "Varna Shipping Ltd has been accused of falsifying safety records on three of its "
        "ferries by the Maritime Authority.",
        [("maritime-authority", "DISPUTES", "varna-shipping")],
        [],
    ),
    (
        # pharma: a short charge
        "Harlow Pharma Ltd was accused of fraud by the Patients Alliance.",
        [("patients-alliance", "DISPUTES", "harlow-pharma")],
        [],
    ),
]

CHARGED_GUARDS: list[Case] = [
    (
        # the agent belongs to another participle
        "Varna Shipping Ltd was accused of breaking rules set by the Maritime Authority.",
        [],
        [("maritime-authority", "DISPUTES", "varna-shipping")],
    ),
]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    LISTS
    + LIST_GUARDS
    + PRONOUNS
    + PRONOUN_GUARDS
    + BODIES
    + SPOKESMEN
    + SPOKESMEN_GUARDS
    + DESCRIPTIONS
    + DESCRIPTION_GUARDS
    + ANSWERS
    + ANSWER_GUARDS
    + RIVAL_OF
    + RIVAL_OF_IS
    + RIVAL_OF_IS_GUARDS
    + OWNED_THINGS
    + OWNED_THING_GUARDS
    + RIVAL_EXAMPLES
    + RIVAL_EXAMPLE_GUARDS
    + COUNTED
    + COUNTED_GUARDS
    + PERMITS
    + PERMIT_GUARDS
    + INVESTIGATED
    + INVESTIGATED_GUARDS
    + BIDDERS
    + BIDDER_GUARDS
    + EMPLOYERS
    + EMPLOYER_GUARDS
    + CHARGED
    + CHARGED_GUARDS,
    ids=lambda x: str(x)[:50],
)
def test_parties(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)
