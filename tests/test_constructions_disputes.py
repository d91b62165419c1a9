"""Disputes and competition: lawsuits, regulators, opposition, rivals, in their variants.

Each case is (sentence, relations that must be found, relations that must not be). Every name is
invented; sectors vary on purpose. Guards are cases whose second list holds what a source, a
judge, a hedge or a negation must not yield.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

from loaders.explain import explain, render

# Legal action: suits, claims, arbitration, appeals, with their nouns and light verbs.
LITIGATION: list[Case] = [
    (
        "Norvik Shipping has launched arbitration proceedings against Tallis Ports.",
        [("norvik-shipping", "DISPUTES", "tallis-ports")],
        [("norvik-shipping", "FOUNDED", "tallis-ports")],
    ),
    (
        "Redmarsh United won its case against Castellan Sports Group at the tribunal.",
        [("redmarsh-united", "DISPUTES", "castellan-sports-group")],
        [],
    ),
    (
        "Halvard Insurance brought a claim against Orrin Reinsurance in London.",
        [("halvard-insurance", "DISPUTES", "orrin-reinsurance")],
        [],
    ),
    (
        "Green Watch lodged an appeal against the Kessel Mine.",
        [("green-watch", "DISPUTES", "kessel-mine")],
        [],
    ),
    (
        "Skyline Air cut routes. The airline has filed a claim for damages against Rotec Systems.",
        [("skyline-air", "DISPUTES", "rotec-systems")],
        [("rotec-systems", "DISPUTES", "skyline-air")],
    ),
    (
        "Skyline Air is seeking $40 million in damages from Rotec Systems.",
        [("skyline-air", "DISPUTES", "rotec-systems")],
        [],
    ),
    (
        "Velmar Bank hit Harlan Capital with a lawsuit in May.",
        [("velmar-bank", "DISPUTES", "harlan-capital")],
        [],
    ),
    (
        "Tallis Ports won an injunction against Portlink Union.",
        [("tallis-ports", "DISPUTES", "portlink-union")],
        [],
    ),
    (
        "Greyfield Partners launched a proxy fight at Harrow Foods.",
        [("greyfield-partners", "DISPUTES", "harrow-foods")],
        [],
    ),
    (
        "Harrow Foods came under fire from Greyfield Partners.",
        [("greyfield-partners", "DISPUTES", "harrow-foods")],
        [("harrow-foods", "DISPUTES", "greyfield-partners")],
    ),
    (
        "Greyfield Partners called for the resignation of Ann Lee.",
        [("greyfield-partners", "DISPUTES", "ann-lee")],
        [],
    ),
    (
        "Velmar Shipping complained about Tarrow Yards to the port authority.",
        [("velmar-shipping", "DISPUTES", "tarrow-yards")],
        [],
    ),
    (
        "Velmar Shipping brought charges against Tarrow Yards.",
        [("velmar-shipping", "DISPUTES", "tarrow-yards")],
        [],
    ),
    (
        "The lawsuit was filed by Velmar Mining against Tarrow Metals in March.",
        [("velmar-mining", "DISPUTES", "tarrow-metals")],
        [("tarrow-metals", "DISPUTES", "velmar-mining")],
    ),
    (
        "Tarrow Metals faces lawsuits from Velmar Mining and Orrin Resources.",
        [
            ("velmar-mining", "DISPUTES", "tarrow-metals"),
            ("orrin-resources", "DISPUTES", "tarrow-metals"),
        ],
        [("tarrow-metals", "DISPUTES", "velmar-mining")],
    ),
    # a second verb of the sentence's subject, after "and" and auxiliaries
    (
        "Greyfield Partners, an activist fund, has been pushing Harrow Foods to sell its snacks "
        "unit and has criticised its chief executive, Ann Lee.",
        [("greyfield-partners", "DISPUTES", "ann-lee")],
        [("harrow-foods", "DISPUTES", "ann-lee")],
    ),
    # a participle after a comma: the main clause's subject accuses
    (
        "Nadia Brenn has publicly criticized Oskar Lunde, the chief executive of Harl Power, "
        "accusing him of hiding losses.",
        [("nadia-brenn", "DISPUTES", "oskar-lunde")],
        [("oskar-lunde", "DISPUTES", "nadia-brenn")],
    ),
    (
        "Skyreach Mobile sued Telvio Networks in March, accusing it of copying its design.",
        [("skyreach-mobile", "DISPUTES", "telvio-networks")],
        [("telvio-networks", "DISPUTES", "skyreach-mobile")],
    ),
    (
        "Greyfield Partners said Harrow Foods cut jobs and criticised Velmar Bank.",
        [],
        [("greyfield-partners", "DISPUTES", "velmar-bank")],
    ),
    (
        "Telvio Networks alleges that Skyreach Mobile stole its trade secrets.",
        [("telvio-networks", "DISPUTES", "skyreach-mobile")],
        [],
    ),
    # people acting for an organization
    (
        "Regulators at the Financial Conduct Authority fined Velmar Bank £20 million.",
        [("financial-conduct-authority", "DISPUTES", "velmar-bank")],
        [],
    ),
    (
        "A spokesman for Velmar Mining criticised Tarrow Metals.",
        [("velmar-mining", "DISPUTES", "tarrow-metals")],
        [],
    ),
    # a second object described by a role: "A and its founder, B"
    (
        "Harlan Travel sued Corvo Air and its founder, Bo Lind, in May.",
        [
            ("harlan-travel", "DISPUTES", "corvo-air"),
            ("harlan-travel", "DISPUTES", "bo-lind"),
            ("bo-lind", "FOUNDED", "corvo-air"),
        ],
        [],
    ),
    # a passive agent given by examples
    (
        "Corvo Air was criticized by customers, including Harlan Travel.",
        [("harlan-travel", "DISPUTES", "corvo-air")],
        [("corvo-air", "DISPUTES", "harlan-travel")],
    ),
]

# Answers to a claim: the respondent of a named claim, or of a dispute stated earlier in the
# article, disputes its accuser; a judge or court that dismisses a claim is no party.
ANSWERS: list[Case] = [
    (
        "Harrowby Farmers sued Glenmoor Foods in March over late payments. Glenmoor Foods "
        "denies that it paid late.",
        [("glenmoor-foods", "DISPUTES", "harrowby-farmers")],
        [],
    ),
    (
        "The agency Foodwatch accused Tarvel Bakeries of mislabelling bread. Tarvel Bakeries "
        "denied any wrongdoing.",
        [("tarvel-bakeries", "DISPUTES", "foodwatch")],
        [],
    ),
    (
        "Ostrava Shipping sued Kelso Marine in May. Its lawyer said Kelso Marine rejects every "
        "charge.",
        [("kelso-marine", "DISPUTES", "ostrava-shipping")],
        [],
    ),
    (
        # a denial by a party no one accused answers nothing
        "Ostrava Shipping sued Kelso Marine in May. Pellan Ports denies that it was involved.",
        [],
        [("pellan-ports", "DISPUTES", "ostrava-shipping")],
    ),
    (
        "Telvio Networks has denied Skyreach Mobile's claims.",
        [("telvio-networks", "DISPUTES", "skyreach-mobile")],
        [("skyreach-mobile", "DISPUTES", "telvio-networks")],
    ),
    (
        "Ardley Foods said that Vostro Dairies' claims were entirely baseless.",
        [("ardley-foods", "DISPUTES", "vostro-dairies")],
        [],
    ),
    (
        "Kestrel Motors called the lawsuit by Vanta Automotive a negotiating tactic.",
        [("kestrel-motors", "DISPUTES", "vanta-automotive")],
        [],
    ),
    (
        "Halvard Insurance dismissed the allegations made by Orrin Reinsurance.",
        [("halvard-insurance", "DISPUTES", "orrin-reinsurance")],
        [("orrin-reinsurance", "DISPUTES", "halvard-insurance")],
    ),
    (
        "Harrowby Dairies sued Glenmoor Foods in May. Glenmoor Foods denied the allegations.",
        [
            ("harrowby-dairies", "DISPUTES", "glenmoor-foods"),
            ("glenmoor-foods", "DISPUTES", "harrowby-dairies"),
        ],
        [],
    ),
    (
        "Vostro Mining sued Ardley Metals over the smelter. Ardley has counter-sued, saying the "
        "ore was poor.",
        [("ardley-metals", "DISPUTES", "vostro-mining")],
        [],
    ),
    (
        "Redmarsh United accused Castellan Sports Group of fraud. Castellan Sports Group said it "
        "would fight the lawsuit.",
        [("castellan-sports-group", "DISPUTES", "redmarsh-united")],
        [],
    ),
    (
        "Skyline Air sued Norrland Airways in March. Norrland Airways' lawyers called the claims "
        "without foundation.",
        [("norrland-airways", "DISPUTES", "skyline-air")],
        [],
    ),
    (
        "Norrland Airways sued Skyline Air in May. It has since filed a countersuit.",
        [("skyline-air", "DISPUTES", "norrland-airways")],
        [],
    ),
    (
        "Brightwell Pharma sued Sorrel Biotech, which denied the allegations.",
        [("sorrel-biotech", "DISPUTES", "brightwell-pharma")],
        [],
    ),
    (
        # a reference resolved to the accuser: only the accused denies the allegations
        "Harrowby Dairies sued Glenmoor Foods in May. The company denied the allegations.",
        [("glenmoor-foods", "DISPUTES", "harrowby-dairies")],
        [],
    ),
    (
        "On Monday the Financial Conduct Authority fined Velmar Bank. Velmar Bank said it would "
        "contest the fine.",
        [
            ("financial-conduct-authority", "DISPUTES", "velmar-bank"),
            ("velmar-bank", "DISPUTES", "financial-conduct-authority"),
        ],
        [],
    ),
    # guards: the accuser answering nothing, a denial negated, a judge, a court
    (
        "Vostro Mining sued Ardley Metals. Vostro Mining said it would appeal.",
        [],
        [("ardley-metals", "DISPUTES", "vostro-mining")],
    ),
    (
        "Orbis Telecom did not deny Telvio Networks' claims.",
        [],
        [("orbis-telecom", "DISPUTES", "telvio-networks")],
    ),
    (
        "Judge Ann Olsen's ruling says Velmar Bank broke the law.",
        [],
        [("ann-olsen", "DISPUTES", "velmar-bank")],
    ),
    (
        "Judge Maria Olsen dismissed Skyreach Mobile's claims.",
        [],
        [("maria-olsen", "DISPUTES", "skyreach-mobile")],
    ),
    (
        "On Friday the Delaware Chancery Court rejected Skyreach Mobile's claims.",
        [],
        [("delaware-chancery-court", "DISPUTES", "skyreach-mobile")],
    ),
]

# Whoever fights a deal disputes each of its parties; approving or not challenging it does not.
DEALS: list[Case] = [
    (
        "On Monday the Competition Bureau sued to block Marvell Paints' purchase of Ocra Coatings.",
        [
            ("competition-bureau", "DISPUTES", "marvell-paints"),
            ("competition-bureau", "DISPUTES", "ocra-coatings"),
        ],
        [],
    ),
    (
        "Harlow Foods filed a lawsuit to block Mercat Group's acquisition of Delvia Brands.",
        [
            ("harlow-foods", "DISPUTES", "mercat-group"),
            ("harlow-foods", "DISPUTES", "delvia-brands"),
        ],
        [],
    ),
    (
        "Green Watch opposed the proposed merger between Petrona Energy and Kessel Mining.",
        [
            ("green-watch", "DISPUTES", "petrona-energy"),
            ("green-watch", "DISPUTES", "kessel-mining"),
        ],
        [("petrona-energy", "DISPUTES", "kessel-mining")],
    ),
    (
        "In May the Competition Bureau approved Marvell Paints' purchase of Ocra Coatings.",
        [],
        [("competition-bureau", "DISPUTES", "ocra-coatings")],
    ),
    (
        "In May the Competition Bureau did not challenge Marvell Paints' purchase of Ocra "
        "Coatings.",
        [],
        [
            ("competition-bureau", "DISPUTES", "ocra-coatings"),
            ("competition-bureau", "DISPUTES", "marvell-paints"),
        ],
    ),
]

# A claim whose author is named disputes whom it accuses.
CHARGES: list[Case] = [
    (
        # where the claim was filed sits between the verb and its agent
        "The claim, lodged in county court by the Brookside Tenants Union, alleges that Corvel "
        "Homes overcharged.",
        [("brookside-tenants-union", "DISPUTES", "corvel-homes")],
        [("corvel-homes", "DISPUTES", "brookside-tenants-union")],
    ),
    (
        "The complaint, filed last week by Ardent Seeds, says Marrow Agri copied its hybrids.",
        [("ardent-seeds", "DISPUTES", "marrow-agri")],
        [],
    ),
    (
        # a court named in the gap is the forum, not the claimant
        "The suit, filed in the Delaware Chancery Court by investors, accuses Pellow Mining of "
        "fraud.",
        [],
        [("delaware-chancery-court", "DISPUTES", "pellow-mining")],
    ),
    (
        "The lawsuit, filed by Skyreach Mobile in Delaware, accuses Telvio Networks of fraud.",
        [("skyreach-mobile", "DISPUTES", "telvio-networks")],
        [("telvio-networks", "DISPUTES", "skyreach-mobile")],
    ),
    (
        "Portlink Union's complaint alleges that Tallis Ports ignored safety rules.",
        [("portlink-union", "DISPUTES", "tallis-ports")],
        [],
    ),
    (
        "The suit brought by Green Watch accuses Petrona Energy and Kessel Mining of pollution.",
        [
            ("green-watch", "DISPUTES", "petrona-energy"),
            ("green-watch", "DISPUTES", "kessel-mining"),
        ],
        [],
    ),
]

# Regulators: fines and sanctions, active and passive (an amount may stand before "by").
REGULATORS: list[Case] = [
    (
        "The competition authority Marketwatch raided the offices of Delmore Cement.",
        [("marketwatch", "DISPUTES", "delmore-cement")],
        [("delmore-cement", "DISPUTES", "marketwatch")],
    ),
    (
        "The aviation regulator Skysafe banned Corvo Air from flying to Europe.",
        [("skysafe", "DISPUTES", "corvo-air")],
        [],
    ),
    (
        "Merrow Council revoked the licence of Castle Taxis in June.",
        [("merrow-council", "DISPUTES", "castle-taxis")],
        [],
    ),
    (
        # a ban that is lifted, or one only proposed, is no act against anyone
        "The aviation regulator Skysafe may ban Corvo Air from flying to Europe, analysts said.",
        [],
        [("skysafe", "DISPUTES", "corvo-air")],
    ),
    (
        # the agent of a passive named in apposition to its description
        "Ostrel Bank posted a loss. The lender has been criticised by the national regulator, "
        "the Harbour Authority, over slow repayments.",
        [("harbour-authority", "DISPUTES", "ostrel-bank")],
        [("ostrel-bank", "DISPUTES", "harbour-authority")],
    ),
    (
        "Pellam Mining was fined by the state watchdog, Minecheck, for spills.",
        [("minecheck", "DISPUTES", "pellam-mining")],
        [],
    ),
    (
        # a list after the description is no apposition: the first item is not the agent
        "Corran Insurance was criticised by the regulator, the Motorists Union and Drive Safe "
        "Trust.",
        [],
        [("motorists-union", "DISPUTES", "corran-insurance")],
    ),
    (
        "In May the Financial Conduct Authority fined Cobalt Bank for lax controls.",
        [("financial-conduct-authority", "DISPUTES", "cobalt-bank")],
        [],
    ),
    (
        "Cobalt Bank was fined $5 million by the Financial Conduct Authority.",
        [("financial-conduct-authority", "DISPUTES", "cobalt-bank")],
        [("cobalt-bank", "DISPUTES", "financial-conduct-authority")],
    ),
    (
        "On Tuesday the Civil Aviation Authority penalized Skyline Air and Norrland Airways.",
        [
            ("civil-aviation-authority", "DISPUTES", "skyline-air"),
            ("civil-aviation-authority", "DISPUTES", "norrland-airways"),
        ],
        [],
    ),
]

# Opposition by groups: campaigns, objections, protests, strikes.
OPPOSITION: list[Case] = [
    (
        "Harlan Mining disagrees strongly with the watchdog Minecheck over the new limits.",
        [("harlan-mining", "DISPUTES", "minecheck")],
        [("minecheck", "DISPUTES", "harlan-mining")],
    ),
    (
        "Pellow Bank is at odds with Carrick Capital over the dividend.",
        [("pellow-bank", "DISPUTES", "carrick-capital")],
        [],
    ),
    (
        "Brenlo Media will file counterclaims against Vistal Labs.",
        [("brenlo-media", "DISPUTES", "vistal-labs")],
        [("vistal-labs", "DISPUTES", "brenlo-media")],
    ),
    (
        # a negated disagreement is none
        "Harlan Mining does not disagree with Minecheck on the new limits.",
        [],
        [("harlan-mining", "DISPUTES", "minecheck")],
    ),
    (
        # a target turns down a bidder's offer: it disputes the bidder
        "Brisco Foods rejected the unsolicited offer from Malden Group.",
        [("brisco-foods", "DISPUTES", "malden-group")],
        [("malden-group", "DISPUTES", "brisco-foods")],
    ),
    (
        "Kettle Bank rebuffed a takeover approach from Osprey Capital on Friday.",
        [("kettle-bank", "DISPUTES", "osprey-capital")],
        [],
    ),
    (
        "Tamsin Telecom has turned down a $4 billion bid from Arlo Networks.",
        [("tamsin-telecom", "DISPUTES", "arlo-networks")],
        [],
    ),
    (
        # accepting an offer is no dispute
        "Brisco Foods accepted the improved offer from Malden Group.",
        [],
        [("brisco-foods", "DISPUTES", "malden-group")],
    ),
    (
        "Petrona Energy faces opposition from Green Watch.",
        [("green-watch", "DISPUTES", "petrona-energy")],
        [("petrona-energy", "DISPUTES", "green-watch")],
    ),
    (
        "Green Watch campaigned against the Kessel Mine for a decade.",
        [("green-watch", "DISPUTES", "kessel-mine")],
        [],
    ),
    (
        "Green Watch has filed an objection to the Kessel Mine.",
        [("green-watch", "DISPUTES", "kessel-mine")],
        [],
    ),
    (
        "Dockers' union Portlink staged a strike against Tallis Ports.",
        [("portlink", "DISPUTES", "tallis-ports")],
        [],
    ),
    (
        # a perfect tense is active: the groups oppose, the builder is no agent of "opposed"
        "Green Watch and River Trust have opposed the pipeline built by Petrona Energy.",
        [],
        [
            ("petrona-energy", "DISPUTES", "river-trust"),
            ("petrona-energy", "DISPUTES", "green-watch"),
        ],
    ),
    (
        "Cobalt Bank rejected the accusations from Unite Union.",
        [("unite-union", "DISPUTES", "cobalt-bank")],
        [],
    ),
]

# Competition: rivals listed, trailing, outbidding, lost share, long-standing rivals.
COMPETITION: list[Case] = [
    (
        # a deal that joins "two direct competitors": its two parties
        "Oxley Foods agreed to buy Tarne Dairy. The deal would join two direct competitors, "
        "the watchdog said.",
        [("oxley-foods", "COMPETES_WITH", "tarne-dairy")],
        [],
    ),
    (
        "Harwick Air and Solent Jet announced a merger. The tie-up would bring together the two "
        "biggest rivals on the island.",
        [("harwick-air", "COMPETES_WITH", "solent-jet")],
        [],
    ),
    (
        # a bare "two rivals" bought is no pair of the entities named before
        "Oxley Foods agreed to buy Tarne Dairy. Pellan Group has bought two rivals since 2019.",
        [],
        [("pellan-group", "OWNS", "oxley-foods"), ("pellan-group", "OWNS", "tarne-dairy")],
    ),
    (
        "Dunlow Bank has been winning customers from Pellar Bank since it cut its fees.",
        [("dunlow-bank", "COMPETES_WITH", "pellar-bank")],
        [],
    ),
    (
        "Nettle Mobile took market share from Arcon Telecom last year.",
        [("nettle-mobile", "COMPETES_WITH", "arcon-telecom")],
        [],
    ),
    (
        # a contract from a client is no rivalry
        "Rowan Air won a maintenance contract from Skyport Holdings.",
        [],
        [("rowan-air", "COMPETES_WITH", "skyport-holdings")],
    ),
    (
        # "both dairies": the two dairies named before, each against each rival; an adverb
        # before "with" does not make the pair rivals of each other
        "Hollin Foods and Vardy Milk raised prices on Monday. Both dairies compete chiefly with "
        "Milkon Cooperative and with Fresca Dairy.",
        [
            ("hollin-foods", "COMPETES_WITH", "milkon-cooperative"),
            ("hollin-foods", "COMPETES_WITH", "fresca-dairy"),
            ("vardy-milk", "COMPETES_WITH", "milkon-cooperative"),
            ("vardy-milk", "COMPETES_WITH", "fresca-dairy"),
        ],
        [("hollin-foods", "COMPETES_WITH", "vardy-milk")],
    ),
    (
        "Ostby Steel and Karna Metals cut output. The two steelmakers compete mainly against "
        "Velden Steel in Europe.",
        [
            ("ostby-steel", "COMPETES_WITH", "velden-steel"),
            ("karna-metals", "COMPETES_WITH", "velden-steel"),
        ],
        [("ostby-steel", "COMPETES_WITH", "karna-metals")],
    ),
    (
        # a plural rival noun before a list: every rival named
        "Customers of Pardew Insurance can switch to local rivals Ketch Mutual and Rowan Cover.",
        [
            ("ketch-mutual", "COMPETES_WITH", "pardew-insurance"),
            ("rowan-cover", "COMPETES_WITH", "pardew-insurance"),
        ],
        [("ketch-mutual", "COMPETES_WITH", "rowan-cover")],
    ),
    (
        "Zentra Pharma is racing Orvel Bio and Kessick Labs to bring a flu vaccine to market.",
        [
            ("zentra-pharma", "COMPETES_WITH", "orvel-bio"),
            ("zentra-pharma", "COMPETES_WITH", "kessick-labs"),
        ],
        [],
    ),
    (
        # racing to do something is no rivalry with the place it is done in
        "Halden Motors is racing to open its plant in Kestrel Valley before winter.",
        [],
        [("halden-motors", "COMPETES_WITH", "kestrel-valley")],
    ),
    (
        "Telvio Networks' rivals include Skyreach Mobile and Orbis Telecom.",
        [
            ("telvio-networks", "COMPETES_WITH", "skyreach-mobile"),
            ("telvio-networks", "COMPETES_WITH", "orbis-telecom"),
        ],
        [],
    ),
    (
        "Kestrel Motors trails Vanta Automotive in European sales.",
        [("kestrel-motors", "COMPETES_WITH", "vanta-automotive")],
        [],
    ),
    (
        "Solway Grain outbid Harrow Agri for the Tamsin farmland.",
        [("solway-grain", "COMPETES_WITH", "harrow-agri")],
        [],
    ),
    (
        "Marlowe Stores has lost market share to Pennant Retail.",
        [("marlowe-stores", "COMPETES_WITH", "pennant-retail")],
        [],
    ),
    (
        "Arno Pharma and Halden Labs have long been rivals in oncology.",
        [("arno-pharma", "COMPETES_WITH", "halden-labs")],
        [],
    ),
    (
        "Lowbridge Air and Skerra Air have been fierce competitors for a decade.",
        [("lowbridge-air", "COMPETES_WITH", "skerra-air")],
        [],
    ),
    (
        # a bare "Both" with no two people in view: the two companies just named
        "Corvane Stores and Millsby Foods opened new branches in May. Both compete with "
        "Pricewell Retail.",
        [
            ("corvane-stores", "COMPETES_WITH", "pricewell-retail"),
            ("millsby-foods", "COMPETES_WITH", "pricewell-retail"),
        ],
        [],
    ),
    # reciprocal objects, relative and coordinated-verb subjects of a mutual verb
    (
        "Harbel Freight and Kestrow Logistics compete against each other for port contracts.",
        [("harbel-freight", "COMPETES_WITH", "kestrow-logistics")],
        [],
    ),
    (
        "Harbel Freight and Kestrow Logistics, which have long competed with each other, merged.",
        [("harbel-freight", "COMPETES_WITH", "kestrow-logistics")],
        [],
    ),
    (
        "Velmar Bank, Harlan Bank and Fenwick Bank are the three biggest lenders and compete for "
        "deposits.",
        [
            ("velmar-bank", "COMPETES_WITH", "harlan-bank"),
            ("velmar-bank", "COMPETES_WITH", "fenwick-bank"),
            ("harlan-bank", "COMPETES_WITH", "fenwick-bank"),
        ],
        [],
    ),
    # objects resumed after a relative clause, with examples ("such as")
    (
        "Quillvane Labs competes with Tranquo Apps, which is owned by a larger group, and with "
        "apps from start-ups such as Zeppo Mobile and Lumafy Software.",
        [
            ("quillvane-labs", "COMPETES_WITH", "tranquo-apps"),
            ("quillvane-labs", "COMPETES_WITH", "zeppo-mobile"),
            ("quillvane-labs", "COMPETES_WITH", "lumafy-software"),
        ],
        [("tranquo-apps", "COMPETES_WITH", "zeppo-mobile")],
    ),
    # plural pair nouns: "both chains", "the two lenders"
    (
        "Corvane Stores and Millsby Foods opened new branches in May. Both chains already compete "
        "with discounters such as Pricewell Retail and Budgetbarn Retail.",
        [
            ("corvane-stores", "COMPETES_WITH", "pricewell-retail"),
            ("millsby-foods", "COMPETES_WITH", "budgetbarn-retail"),
        ],
        [],
    ),
    # a plural rival noun describing a coordinated group, before or after it
    (
        "Velmar Bank and Harlan Bank, long bitter rivals, agreed to merge.",
        [("velmar-bank", "COMPETES_WITH", "harlan-bank")],
        [],
    ),
    (
        "Rivals Skyline Air and Norrland Airways both raised fares.",
        [("skyline-air", "COMPETES_WITH", "norrland-airways")],
        [],
    ),
    (
        "Velmar Bank agreed to buy Harlan Bank. The two rivals have cut rates this year.",
        [("velmar-bank", "COMPETES_WITH", "harlan-bank"), ("velmar-bank", "OWNS", "harlan-bank")],
        [],
    ),
    (
        "Velmar Bank agreed to buy Harlan Bank. The two companies have cut rates this year.",
        [],
        [("velmar-bank", "COMPETES_WITH", "harlan-bank")],
    ),
    (
        "Osprit Bank and its rivals Velmar Bank and Harlan Bank raised rates.",
        [
            ("osprit-bank", "COMPETES_WITH", "velmar-bank"),
            ("osprit-bank", "COMPETES_WITH", "harlan-bank"),
        ],
        [],
    ),
    (
        "Velmar Bank's main competitors are Harlan Bank and Fenwick Bank.",
        [
            ("velmar-bank", "COMPETES_WITH", "harlan-bank"),
            ("velmar-bank", "COMPETES_WITH", "fenwick-bank"),
        ],
        [],
    ),
    # "its" in an appositive names the sentence's other party, not the name it describes
    (
        "Lowbridge Air is the second-largest carrier on the island after Skerra Air, its main "
        "rival.",
        [("lowbridge-air", "COMPETES_WITH", "skerra-air")],
        [],
    ),
    (
        "The merger gives Tessin Steel an edge over Maro Metals, its largest rival in Europe.",
        [("tessin-steel", "COMPETES_WITH", "maro-metals")],
        [],
    ),
    (
        "The new tariff puts Orbis Telecom squarely up against Skyreach Mobile.",
        [("orbis-telecom", "COMPETES_WITH", "skyreach-mobile")],
        [],
    ),
    (
        "Velmar Bank competes in the crowded market for small business loans with Harlan Bank.",
        [("velmar-bank", "COMPETES_WITH", "harlan-bank")],
        [],
    ),
    (
        "Velmar Bank is in a price war with Harlan Bank.",
        [("velmar-bank", "COMPETES_WITH", "harlan-bank")],
        [],
    ),
    (
        "Velmar Bank's offer topped a rival bid from Harlan Bank.",
        [("velmar-bank", "COMPETES_WITH", "harlan-bank")],
        [],
    ),
    (
        "Kestrel Motors has been losing customers to Vanta Automotive.",
        [("kestrel-motors", "COMPETES_WITH", "vanta-automotive")],
        [],
    ),
    # guards: a partnership is no rivalry; a negated rivalry
    (
        "Velmar Bank and Harlan Bank, longtime partners, agreed to merge.",
        [],
        [("velmar-bank", "COMPETES_WITH", "harlan-bank")],
    ),
    (
        "Velmar Bank does not compete with Harlan Bank.",
        [],
        [("velmar-bank", "COMPETES_WITH", "harlan-bank")],
    ),
]

# Objects that are a description or a pronoun: resolved to the entity named before.
REFERENCES: list[Case] = [
    (
        # "the utility" is the water company, not the carmaker talked about before
        "Kelvin Motors recalled 40,000 cars in March. Harrow Water raised bills again. "
        "Residents' association Leafield Voice attacked the utility over leaks.",
        [("leafield-voice", "DISPUTES", "harrow-water")],
        [("leafield-voice", "DISPUTES", "kelvin-motors")],
    ),
    (
        "Vantor Motors recalled 2,000 vans. Consumer group Fair Drive Trust criticised the "
        "carmaker for the delay.",
        [("fair-drive-trust", "DISPUTES", "vantor-motors")],
        [],
    ),
    (
        "Dr. Maria Olsen chairs Penrow Health. Care First Trust accused her of neglect.",
        [("care-first-trust", "DISPUTES", "maria-olsen")],
        [],
    ),
    (
        "In May the Harbour Agency approved the dredging plan. Fishermen's group Coast Watch "
        "criticised the agency for ignoring the catch.",
        [("coast-watch", "DISPUTES", "harbour-agency")],
        [],
    ),
    (
        # "her" before a noun is a determiner: Lee is no object of "praised"
        "Ann Lee founded Harlan Labs. Velmar Bank praised her company.",
        [],
        [("velmar-bank", "BACKS", "ann-lee")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), LITIGATION, ids=lambda x: str(x)[:50])
def test_litigation(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), ANSWERS, ids=lambda x: str(x)[:50])
def test_answers(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), DEALS, ids=lambda x: str(x)[:50])
def test_deals(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), CHARGES, ids=lambda x: str(x)[:50])
def test_charges(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), REFERENCES, ids=lambda x: str(x)[:50])
def test_references(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), REGULATORS, ids=lambda x: str(x)[:50])
def test_regulators(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), OPPOSITION, ids=lambda x: str(x)[:50])
def test_opposition(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), COMPETITION, ids=lambda x: str(x)[:50])
def test_competition(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# Guards: who does not dispute. A source is no actor; an act asked of another party is not
# done; after "said", a clause with its own (unnamed) subject; hedges and negation.
GUARDS: list[Case] = [
    (
        "According to Harbour Wire, Telvio Networks sued Skyreach Mobile.",
        [("telvio-networks", "DISPUTES", "skyreach-mobile")],
        [("harbour-wire", "DISPUTES", "skyreach-mobile")],
    ),
    (
        "Growers Union said the merger would raise prices and urged the Competition Bureau to "
        "block it.",
        [],
        [("competition-bureau", "DISPUTES", "growers-union")],
    ),
    (
        "Harlan Foods made a bid for Velmar Dairies. Velmar Dairies chairman Tom Reed said the "
        "board decided to reject it.",
        [("tom-reed", "LEADS", "velmar-dairies")],
        [("tom-reed", "DISPUTES", "velmar-dairies"), ("tom-reed", "DISPUTES", "harlan-foods")],
    ),
    (
        "Harlan Foods said it would sue Velmar Dairies.",
        [("harlan-foods", "DISPUTES", "velmar-dairies")],
        [],
    ),
    (
        # an object after the participle: active, the agent of "by" belongs to the noun
        "Velmar Mining criticised the decision by the Ministry of Mines to cut licences.",
        [("velmar-mining", "DISPUTES", "ministry-of-mines")],
        [("ministry-of-mines", "DISPUTES", "velmar-mining")],
    ),
    (
        "Halvard Insurance dismissed the allegations made by Orrin Reinsurance.",
        [("halvard-insurance", "DISPUTES", "orrin-reinsurance")],
        [("orrin-reinsurance", "DISPUTES", "halvard-insurance")],
    ),
    (
        "Telvio Networks may sue Skyreach Mobile over the patents.",
        [],
        [("telvio-networks", "DISPUTES", "skyreach-mobile")],
    ),
    (
        "Telvio Networks has never sued Skyreach Mobile.",
        [],
        [("telvio-networks", "DISPUTES", "skyreach-mobile")],
    ),
    (
        "Judge Maria Olsen dismissed the claims against Telvio Networks.",
        [],
        [("maria-olsen", "DISPUTES", "telvio-networks")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), GUARDS, ids=lambda x: str(x)[:50])
def test_guards(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


def test_an_answer_names_its_rule_and_says_the_accuser_comes_from_context() -> None:
    text = "Harrowby Dairies sued Glenmoor Foods in May. Glenmoor Foods denied the allegations."
    trace = explain(text)
    answer = [r for r in trace.relations if r.rule == "litigation/answer"]
    assert [(r.source_id, r.target_id) for r in answer] == [("glenmoor-foods", "harrowby-dairies")]
    assert answer[0].source_mentions and not answer[0].target_mentions
    assert "target: not named in this sentence" in render(trace)
