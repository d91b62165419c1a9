"""Genre bank for role holders, founders and advisers as business reporting writes them (round 24).

Wire copy announces a post in a clause the firm reports ("X said P had been named managing
director", "P has been named chief executive, X said"); a results story names the holder by a bare
title after the firm's own act on the post ("X ousted chief executive P", "At X, chairman P has
cut costs"); an appointment verb may take an honorific ("named Dr P chief executive"); two holders
share one appositive of two leading titles ("A and B, the president and chair of X"); and a name
set off before "<firm> chairman," or quitting "as <firm> chairman" is a person's. From the census
groups: a handover's giver leads what it hands on ("handed the reins of X to Q", "will hand over
to Q"); a bare title keeps the article's firm when the reported clause names only prepositional
objects or the firm itself, or when its holder "told Reuters"; a founding passive reads past its
time and place to "by", and past a first founder's leading title to the second founder; a title
set off after "according to" is no act of a hedged clause.

Guards keep what is right today: a post at another firm named in the clause, a function ("finance
director"), a public body acting on someone's post, a committee's chair, a founder and chief
executive shared by two names. Invented cases across banking, mining, retail, pharma, shipping,
aviation, media, food, energy, insurance,
brewing, software, drones, glass and ferries.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

REPORTED: list[Case] = [
    (  # aviation: the firm reports the appointment, the holder in a that-clause
        "Brannock Airways said that Odile Marchet had been named managing director.",
        [("odile-marchet", "LEADS", "brannock-airways")],
        [],
    ),
    (  # shipping: no "that", "had been appointed"
        "Tarvik Shipping said John Venner had been appointed chief executive.",
        [("john-venner", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # shipping: the reporting firm closes the sentence
        "John Venner has been named managing director, Tarvik Shipping said.",
        [("john-venner", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # insurance: "was elected chairman", the reporter at the end
        "Mara Quist was elected chairman on Tuesday, Selbrook Insurance said.",
        [("mara-quist", "LEADS", "selbrook-insurance")],
        [],
    ),
    (  # mining: "have been named" of the reporting miner
        "Corvell Mining said Hugo Laine would be named chief executive in June.",
        [("hugo-laine", "LEADS", "corvell-mining")],
        [],
    ),
    (  # guard: the post is at another firm named in the clause
        "Orlo Ports said Mary Coyle had been named managing director of Tarvik Shipping.",
        [("mary-coyle", "LEADS", "tarvik-shipping")],
        [("mary-coyle", "LEADS", "orlo-ports")],
    ),
    (  # guard: a function named by the reporter is no leading post
        "Mary Coyle has been named finance director, Tarvik Shipping said.",
        [],
        [("mary-coyle", "LEADS", "tarvik-shipping")],
    ),
    (  # guard: the closing reporter names the other firm's post
        "Mary Coyle has been named chief executive of Orlo Ports, Tarvik Shipping said.",
        [("mary-coyle", "LEADS", "orlo-ports")],
        [("mary-coyle", "LEADS", "tarvik-shipping")],
    ),
    (  # guard: a committee's chair
        "Tarvik Shipping said Mary Coyle had been named chair of the audit committee.",
        [],
        [("mary-coyle", "LEADS", "tarvik-shipping")],
    ),
]

STAFF: list[Case] = [
    (  # shipping: the firm ousts its own chief executive
        "Tarvik Shipping ousted chief executive John Venner on Friday.",
        [("john-venner", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # food: the unknown given name still holds the title
        "Kellan Foods ousted chief executive Ivo Sarr on Friday.",
        [("ivo-sarr", "LEADS", "kellan-foods")],
        [],
    ),
    (  # banking: "has dismissed chairman"
        "Quillmark Bank has dismissed chairman Harriet Sowerby after a bonus row.",
        [("harriet-sowerby", "LEADS", "quillmark-bank")],
        [],
    ),
    (  # retail: "replaced president"
        "Kestova Retail replaced president Ravi Ostlund in March.",
        [("ravi-ostlund", "LEADS", "kestova-retail")],
        [],
    ),
    (  # shipping: a fronted "At <firm>,"
        "At Tarvik Shipping, chief executive Mary Coyle has cut costs.",
        [("mary-coyle", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # pharma: a fronted "At <firm>," with a chair
        "At Velloran Pharma, chairman Bruno Kell wants a buyer.",
        [("bruno-kell", "LEADS", "velloran-pharma")],
        [],
    ),
    (  # guard: a regulator acts on a firm's chairman named with "of"
        "The regulator fired chairman John Venner of Orlo Ports on Monday.",
        [("john-venner", "LEADS", "orlo-ports")],
        [("john-venner", "LEADS", "the-regulator")],
    ),
    (  # guard: a shareholder acts on a post at the firm it holds
        "Halvard Capital ousted chairman John Venner at Orlo Ports, where it owns 12 per cent.",
        [],
        [("john-venner", "LEADS", "halvard-capital")],
    ),
    (  # guard: a suit is no act on the firm's own post
        "Orlo Ports sued chairman John Venner over a bonus.",
        [],
        [("john-venner", "LEADS", "orlo-ports")],
    ),
    (  # guard: a function, not the head
        "Tarvik Shipping fired finance director Mary Coyle on Friday.",
        [],
        [("mary-coyle", "LEADS", "tarvik-shipping")],
    ),
    (  # guard: a fronted firm and a function
        "At Tarvik Shipping, finance director Mary Coyle has cut costs.",
        [],
        [("mary-coyle", "LEADS", "tarvik-shipping")],
    ),
    (  # guard: a fronted "At the meeting," names no firm
        "At the meeting, chairman John Venner of Orlo Ports spoke first.",
        [("john-venner", "LEADS", "orlo-ports")],
        [],
    ),
    (  # guard: a buyer acts on the bought firm's chief executive
        "Orlo Ports bought Tarvik Shipping and replaced chief executive John Venner.",
        [],
        [("john-venner", "LEADS", "orlo-ports")],
    ),
    (  # guard: the hirer takes another firm's former chairman
        "Tarvik Shipping hired former Orlo Ports chairman John Venner.",
        [("john-venner", "LEADS", "orlo-ports")],
        [("john-venner", "LEADS", "tarvik-shipping")],
    ),
    (  # guard (review F10): the staff verb's object is what the holder has, not the holder
        "Harrow Foods dismissed chief executive Ann Vey's criticism of its pricing.",
        [],
        [("ann-vey", "LEADS", "harrow-foods")],
    ),
    (  # guard (review F10): a headhunter replaces a shortlist
        "Pask Partners, the headhunter, replaced chief executive Ann Vey's shortlist.",
        [],
        [("ann-vey", "LEADS", "pask-partners")],
    ),
    (  # guard: "promoted chairman P's plan"
        "Kestova Retail promoted chairman Ravi Ostlund's plan for smaller shops.",
        [],
        [("ravi-ostlund", "LEADS", "kestova-retail")],
    ),
]

HONORIFIC: list[Case] = [
    (  # shipping: "named Mr P chief executive"
        "Tarvik Shipping named Mr John Venner chief executive.",
        [("john-venner", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # pharma: "appointed Dr P interim chief executive"
        "Velloran Pharma appointed Dr Asha Mirren interim chief executive after Bruno Kell "
        "resigned.",
        [("asha-mirren", "LEADS", "velloran-pharma")],
        [],
    ),
    (  # energy: "made Ms P chairwoman"
        "Nexterra Solar made Ms Lio Brandt chairwoman in May.",
        [("lio-brandt", "LEADS", "nexterra-solar")],
        [],
    ),
    (  # guard: an honorific before a function
        "Tarvik Shipping named Mr John Venner finance director.",
        [],
        [("john-venner", "LEADS", "tarvik-shipping")],
    ),
]

PAIRED: list[Case] = [
    (  # retail: two holders, two leading titles
        "Ravi Ostlund and Imogen Tarrel, the president and chair of Kestova Retail, bought shares.",
        [
            ("ravi-ostlund", "LEADS", "kestova-retail"),
            ("imogen-tarrel", "LEADS", "kestova-retail"),
        ],
        [],
    ),
    (  # retail: "respectively"
        "Ravi Ostlund and Imogen Tarrel, respectively president and chair of Kestova Retail, "
        "bought shares.",
        [
            ("ravi-ostlund", "LEADS", "kestova-retail"),
            ("imogen-tarrel", "LEADS", "kestova-retail"),
        ],
        [],
    ),
    (  # media: chairman and chief executive of a broadcaster
        "Cyrus Ambley and Nadia Roe, the chairman and chief executive of Hollin Media Group, "
        "sold shares.",
        [
            ("cyrus-ambley", "LEADS", "hollin-media-group"),
            ("nadia-roe", "LEADS", "hollin-media-group"),
        ],
        [],
    ),
    (  # guard: a founder and chief executive of two names is not shared out
        "Mary Coyle and John Venner, the founder and chief executive of Tarvik Shipping, met "
        "investors.",
        [],
        [("mary-coyle", "LEADS", "tarvik-shipping")],
    ),
    (  # guard: one holder of two titles after a verb
        "Mary Coyle met John Venner, the president and chief executive of Tarvik Shipping.",
        [("john-venner", "LEADS", "tarvik-shipping")],
        [("mary-coyle", "LEADS", "tarvik-shipping")],
    ),
    (  # guard: each holder's own appositive
        "Mary Coyle, the chair of Orlo Ports, and John Venner, president and chief executive "
        "of Tarvik Shipping, met.",
        [
            ("john-venner", "LEADS", "tarvik-shipping"),
            ("mary-coyle", "LEADS", "orlo-ports"),
        ],
        [("mary-coyle", "LEADS", "tarvik-shipping")],
    ),
    (  # guard (review F13): "respectively" pairs holders and firms in order
        "Ann Vey and Tom Pell, the chair and chief executive of Corvo Dairy and Mettle Brands "
        "respectively, met.",
        [("ann-vey", "LEADS", "corvo-dairy"), ("tom-pell", "LEADS", "mettle-brands")],
        [("ann-vey", "LEADS", "mettle-brands"), ("tom-pell", "LEADS", "corvo-dairy")],
    ),
    (  # retail: "the president and chair of X and Y respectively"
        "Ravi Ostlund and Imogen Tarrel, the president and chair of Kestova Retail and Orlo "
        "Ports respectively, spoke on Monday.",
        [("ravi-ostlund", "LEADS", "kestova-retail"), ("imogen-tarrel", "LEADS", "orlo-ports")],
        [("ravi-ostlund", "LEADS", "orlo-ports"), ("imogen-tarrel", "LEADS", "kestova-retail")],
    ),
]

APPOSED: list[Case] = [
    (  # shipping: "P, <firm> chairman," with an unknown given name
        "Joris Ven, Tarvik Shipping chairman, said rates fell.",
        [("joris-ven", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # shipping: a one-word firm before the title
        "Joris Ven, Tarvik chairman, said rates fell.",
        [("joris-ven", "LEADS", "tarvik")],
        [],
    ),
    (  # food: after a quote's close
        '"Prices are too high," Ivo Sarr, Kellan chief executive, told reporters.',
        [("ivo-sarr", "LEADS", "kellan")],
        [],
    ),
    (  # food: "quit as <firm> chairman"
        "Ivo Sarr quit as Kellan Foods chairman on Friday.",
        [("ivo-sarr", "LEADS", "kellan-foods")],
        [],
    ),
    (  # food: "will remain chairman of"
        "Ivo Sarr will remain chairman of Kellan Foods.",
        [("ivo-sarr", "LEADS", "kellan-foods")],
        [],
    ),
    (  # guard: a firm set off before another firm's role noun is no person
        "Orlo Ports, Kellan Foods' rival, said rates fell.",
        [("orlo-ports", "COMPETES_WITH", "kellan-foods")],
        [],
    ),
]

COMMON: list[Case] = [
    (  # banking: named as chief executive
        "Quillmark Bank named Harriet Sowerby as chief executive on Monday, ending a six-month "
        "search.",
        [("harriet-sowerby", "LEADS", "quillmark-bank")],
        [],
    ),
    (  # banking: successor and predecessor
        "Quillmark Bank said Harriet Sowerby would succeed Tomas Verl as chief executive in "
        "January.",
        [("harriet-sowerby", "LEADS", "quillmark-bank"), ("tomas-verl", "LEADS", "quillmark-bank")],
        [],
    ),
    (  # mining: headed by, in a relative clause
        "Dravon Mining, which is headed by Pell Ostrander, raised its copper forecast.",
        [("pell-ostrander", "LEADS", "dravon-mining")],
        [],
    ),
    (  # mining: a quote attribution with "who heads"
        '"We have turned the corner," said Pell Ostrander, who heads Dravon Mining.',
        [("pell-ostrander", "LEADS", "dravon-mining")],
        [],
    ),
    (  # retail: chaired by
        "Kestova Retail, chaired by Imogen Tarrel, posted higher sales for the year.",
        [("imogen-tarrel", "LEADS", "kestova-retail")],
        [],
    ),
    (  # retail: a function and a president in one sentence
        "Kestova Retail hired Imogen Tarrel as its new finance chief and named Ravi Ostlund "
        "president.",
        [("ravi-ostlund", "LEADS", "kestova-retail")],
        [("imogen-tarrel", "LEADS", "kestova-retail")],
    ),
    (  # pharma: founded by two
        "Velloran Pharma was founded in 2009 by Asha Mirren and Bruno Kell.",
        [
            ("asha-mirren", "FOUNDED", "velloran-pharma"),
            ("bruno-kell", "FOUNDED", "velloran-pharma"),
        ],
        [],
    ),
    (  # pharma: "the company P founded"
        "The trial was run by Velloran Pharma, the company Bruno Kell founded in 2009.",
        [("bruno-kell", "FOUNDED", "velloran-pharma")],
        [],
    ),
    (  # energy: founder and chief executive
        "Lio Brandt, founder and chief executive of Nexterra Solar, said orders doubled.",
        [("lio-brandt", "FOUNDED", "nexterra-solar"), ("lio-brandt", "LEADS", "nexterra-solar")],
        [],
    ),
    (  # energy: an adviser's appositive
        "Gerda Holm, an adviser to Nexterra Solar, said the tariff would hurt installers.",
        [("gerda-holm", "ADVISES", "nexterra-solar")],
        [],
    ),
    (  # shipping: a former chief executive counts
        "Mette Lund, a former chief executive of Tarvik Shipping, joined the board of Orlo Ports.",
        [("mette-lund", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # guard: a president of another firm criticises this one
        "Mette Lund, president of Orlo Ports, criticised Tarvik Shipping on Monday.",
        [("mette-lund", "LEADS", "orlo-ports")],
        [("mette-lund", "LEADS", "tarvik-shipping")],
    ),
    (  # guard: a minister leads no firm he names
        "Finance minister Karel Dost said Tarvik Shipping must pay its taxes.",
        [],
        [("karel-dost", "LEADS", "tarvik-shipping")],
    ),
    (  # guard: the head of a unit
        "Ada Pym, the head of Kellan Foods' dairy unit, said milk costs rose.",
        [],
        [("ada-pym", "LEADS", "kellan-foods")],
    ),
    (  # guard: a former employer in the appointee's appositive
        "Torvil Bakeries named Ada Pym, a former Kellan Foods executive, as chief executive.",
        [("ada-pym", "LEADS", "torvil-bakeries")],
        [("ada-pym", "LEADS", "kellan-foods")],
    ),
]

HANDOVER: list[Case] = [
    (  # shipping: the giver of the reins led the firm
        "John Venner handed the reins of Tarvik Shipping to Mary Coyle in May.",
        [("john-venner", "LEADS", "tarvik-shipping"), ("mary-coyle", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # shipping: "hand over to" after the giver's title
        "Tarvik Shipping's chief executive, John Venner, will hand over to Mary Coyle in May.",
        [("john-venner", "LEADS", "tarvik-shipping"), ("mary-coyle", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # brewing: "handed over to" with the taker's post named
        "Ilse Marn handed over to Peter Brask as chief executive of Quellby Brewing in 2022.",
        [("ilse-marn", "LEADS", "quellby-brewing"), ("peter-brask", "LEADS", "quellby-brewing")],
        [],
    ),
    (  # retail: "retire as ... and be replaced by"
        "Ravi Ostlund will retire as president of Kestova Retail and be replaced by Imogen Tarrel.",
        [
            ("ravi-ostlund", "LEADS", "kestova-retail"),
            ("imogen-tarrel", "LEADS", "kestova-retail"),
        ],
        [],
    ),
    (  # guard: a handover by a board names no giving person
        "The board of Quellby Brewing handed the reins to Otto Brask in 2022.",
        [],
        [("the-board", "LEADS", "quellby-brewing")],
    ),
    (  # guard: a thing handed, not a post
        "Ilse Marn handed over the keys of the old depot to Otto Brask, a driver at Orlo Ports.",
        [],
        [("otto-brask", "LEADS", "orlo-ports"), ("ilse-marn", "LEADS", "orlo-ports")],
    ),
    (  # guard (review F11): the taker's own post is not the giver's
        "Ann Vey, chairman of Pask Group, will hand over to Tom Pell, chief executive of Mettle "
        "Brands, next year.",
        [("tom-pell", "LEADS", "pask-group"), ("ann-vey", "LEADS", "pask-group")],
        [("ann-vey", "LEADS", "mettle-brands")],
    ),
    (  # guard (review F11): the seat named after "as" is the one handed on
        "Ann Vey, who also runs Mettle Brands, handed over to Tom Pell as chairman of Pask Group.",
        [("ann-vey", "LEADS", "pask-group"), ("tom-pell", "LEADS", "pask-group")],
        [("tom-pell", "LEADS", "mettle-brands")],
    ),
    (  # guard (review F11): a third person's firm later in the sentence
        "Ann Vey handed over to Tom Pell as chairman of Harrow Foods, and Lia Moss runs Mettle "
        "Brands.",
        [("ann-vey", "LEADS", "harrow-foods"), ("tom-pell", "LEADS", "harrow-foods")],
        [("tom-pell", "LEADS", "mettle-brands")],
    ),
    (  # guard (review F11): documents turned over, not the job
        "Ann Vey, chief executive of Harrow Foods, turned over to Tom Pell the emails that "
        "showed the fraud.",
        [("ann-vey", "LEADS", "harrow-foods")],
        [("tom-pell", "LEADS", "harrow-foods")],
    ),
    (  # guard (review F11): a ball passed on
        "Ann Vey, chief executive of Harrow Foods, passed over to Tom Pell, who scored.",
        [("ann-vey", "LEADS", "harrow-foods")],
        [("tom-pell", "LEADS", "harrow-foods")],
    ),
    (  # guard: a file handed over with its object after the recipient
        "Ilse Marn, chair of Quellby Brewing, handed over to Otto Brask a list of suppliers.",
        [("ilse-marn", "LEADS", "quellby-brewing")],
        [("otto-brask", "LEADS", "quellby-brewing")],
    ),
]

BARE: list[Case] = [
    (  # wire copy: the addressee of "told" is no employer
        'Tarvik Shipping cut its forecast on Monday. "We are cutting costs," chief executive '
        "Mary Coyle told Reuters.",
        [("mary-coyle", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # food: a trailing bare title after the firm's clause
        "Kellan Foods, which bakes pies for airlines, buys most of its flour from mills in "
        "Kent, chief executive Mary Coyle told reporters.",
        [("mary-coyle", "LEADS", "kellan-foods")],
        [],
    ),
    (  # glass: places in the reported clause typed as firms do not take the title
        "Harwick Glass kept its outlook. Chief executive Ana Moll told analysts the group had "
        "cut shifts at two plants, at Vessby and Tornholm, rather than jobs.",
        [("ana-moll", "LEADS", "harwick-glass")],
        [],
    ),
    (  # ferries: the firm's own name and a supplier in the reported clause
        "Ostrel Ferries cancelled ten sailings. Chief executive Ivo Hale said the gearboxes had "
        "come from Brennick Marine, a German maker, and that Ostrel would claim costs from "
        "the maker.",
        [("ivo-hale", "LEADS", "ostrel-ferries")],
        [("ivo-hale", "LEADS", "brennick-marine")],
    ),
    (  # guard: analysts at a bank speak of another firm's chief executive
        "Tarvik Shipping cut its forecast on Monday. Analysts at Orlo Bank said chief "
        "executive Mary Coyle must sell ships.",
        [],
        [("mary-coyle", "LEADS", "orlo-bank")],
    ),
]

FOUNDING: list[Case] = [
    (  # bakery: a place between the participle and "by"
        "Dunmoor Bakehouse was founded in Arendal in 2011 by Agatha Rhosyn.",
        [("agatha-rhosyn", "FOUNDED", "dunmoor-bakehouse")],
        [],
    ),
    (  # software: time, then a described place, then "by"
        "Quobrix Software was set up in 2016 in a spare room in Leeds by Hana Sato and Leo Marsh.",
        [
            ("hana-sato", "FOUNDED", "quobrix-software"),
            ("leo-marsh", "FOUNDED", "quobrix-software"),
        ],
        [],
    ),
    (  # drones: a second founder after the first's leading title
        "Pellam Drones was founded by Ola Brandt, its chief executive, and Tomas Vell.",
        [("ola-brandt", "FOUNDED", "pellam-drones"), ("tomas-vell", "FOUNDED", "pellam-drones")],
        [],
    ),
    (  # guard: an unnamed relative founded it
        "Tarvik Shipping was founded in 1950 by the father of John Venner.",
        [],
        [("john-venner", "FOUNDED", "tarvik-shipping")],
    ),
    (  # guard: a later act's agent past the usual reach
        "Quobrix Software was founded in 2016 in a spare room in Leeds and bought in 2021 by "
        "Orlo Ports.",
        [],
        [("orlo-ports", "FOUNDED", "quobrix-software")],
    ),
    (  # guard: "run by" a head and a function holder
        "Dunmoor Bakehouse is run by Agatha Rhosyn, its chief executive, and Horace Rhosyn, its "
        "finance director.",
        [("agatha-rhosyn", "LEADS", "dunmoor-bakehouse")],
        [("horace-rhosyn", "LEADS", "dunmoor-bakehouse")],
    ),
    (  # guard (review F12): a lender's "by" past the founding's place and time
        "Corvo Dairy was set up in Tromso in 2009 with money lent by Mettle Bank.",
        [],
        [("mettle-bank", "FOUNDED", "corvo-dairy")],
    ),
    (  # guard (review F12): a later purchase's agent within the usual reach
        "Corvo Dairy was started in Tromso in 2009 and bought in 2015 by Mettle Brands.",
        [("mettle-brands", "OWNS", "corvo-dairy")],
        [("mettle-brands", "FOUNDED", "corvo-dairy")],
    ),
    (  # guard: a later sale's agent after a place
        "Dunmoor Bakehouse was founded in Arendal and sold in 2019 by Orlo Ports.",
        [],
        [("orlo-ports", "FOUNDED", "dunmoor-bakehouse")],
    ),
    (  # dairy (the reach's own example): a modifier "rented" is no second participle
        "Corvo Dairy was founded in 2009 in a rented barn in Tromso by Ann Vey.",
        [("ann-vey", "FOUNDED", "corvo-dairy")],
        [],
    ),
    (  # bakery: "a converted mill"
        "Dunmoor Bakehouse was started in 2011 in a converted mill in Arendal by Agatha Rhosyn.",
        [("agatha-rhosyn", "FOUNDED", "dunmoor-bakehouse")],
        [],
    ),
]

SETOFF: list[Case] = [
    (  # couriers: a hedge in the clause does not reach the set-off title
        "Brisk Parcels may appeal the ruling but has not decided whether to, according to its "
        "chief executive, Dana Pike.",
        [("dana-pike", "LEADS", "brisk-parcels")],
        [],
    ),
    (  # banking: a rejection does not reach the "whose" title
        "The offer was rejected by Halden Bank, whose chairman, Ada Vorn, said it was too low.",
        [("ada-vorn", "LEADS", "halden-bank")],
        [],
    ),
    (  # guard: a hedged hire of the title
        "Brisk Parcels may hire a new chief executive, Dana Pike said.",
        [],
        [("dana-pike", "LEADS", "brisk-parcels")],
    ),
]

GAPS_BANK: list[Case] = [
    (  # aviation: "replacing P" after an appointment names no post of P's (convention)
        "Brannock Airways named Odile Marchet chief executive, replacing Sven Taari.",
        [("odile-marchet", "LEADS", "brannock-airways")],
        [("sven-taari", "LEADS", "brannock-airways")],
    ),
    (  # shipping: a fronted possessed title with a time aside
        "Tarvik Shipping's chief executive since 2019, John Venner, said rates fell.",
        [("john-venner", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # shipping: "replaced its chief executive, P, with Q"
        "Tarvik Shipping replaced its chief executive, John Venner, with Mary Coyle.",
        [("mary-coyle", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # ports: "poached P from X to be its chief executive"
        "Orlo Ports poached Mary Coyle from Tarvik Shipping to be its chief executive.",
        [("mary-coyle", "LEADS", "orlo-ports")],
        [("mary-coyle", "LEADS", "tarvik-shipping")],
    ),
    (  # shipping: the board chooses the holder
        "Tarvik Shipping's board chose Mary Coyle as chief executive.",
        [("mary-coyle", "LEADS", "tarvik-shipping")],
        [],
    ),
    (  # energy: an adviser in a passive, the adviser's given name unknown
        "Nexterra Solar is advised by Gerda Holm.",
        [("gerda-holm", "ADVISES", "nexterra-solar")],
        [],
    ),
    (  # ferries: a denial by the firm's own chief executive (past the passive's "by")
        "Talk that Ostrel Ferries would bid was denied on Monday by its chief executive, Ivo Hale.",
        [("ivo-hale", "LEADS", "ostrel-ferries")],
        [],
    ),
    (  # family firm: control given to a son, the giver still chairman
        "Piet Rowe founded Rowe Saddlery in 1970. In 2010 he gave the daily running of the "
        "firm to his son, Jan Rowe, though he stayed on as chairman.",
        [("jan-rowe", "LEADS", "rowe-saddlery"), ("piet-rowe", "LEADS", "rowe-saddlery")],
        [],
    ),
    (  # councils: a mayor with no council in the sentence
        "Harlow Town Council approved the tram plan. Mayor Ines Vork said the town had followed "
        "its rules.",
        [("ines-vork", "LEADS", "harlow-town-council")],
        [],
    ),
    (  # retail: two firms and two holders in one appositive
        "The chief executives of Kestova Retail and Orlo Ports, Ravi Ostlund and Imogen Tarrel, "
        "met on Monday.",
        [("ravi-ostlund", "LEADS", "kestova-retail"), ("imogen-tarrel", "LEADS", "orlo-ports")],
        [],
    ),
]

BANK = (
    REPORTED + STAFF + HONORIFIC + PAIRED + APPOSED + COMMON + HANDOVER + BARE + FOUNDING + SETOFF
) + GAPS_BANK
GAPS: dict[str, str] = {
    "Ivo Sarr will remain chairman of Kellan Foods.": "an unknown given name before 'will "
    "remain' is typed Organization (no person cue: 'remain' as a cue typed the name before "
    "'X and remains its chief executive' a person)",
    "Tarvik Shipping's chief executive since 2019,": "a time aside between a possessed title "
    "and its holder's appositive is not skipped",
    "Tarvik Shipping replaced its chief executive, John Venner, with": "the successor of "
    "'replaced ... with Q' is not read",
    "Orlo Ports poached": "'to be its chief executive' after an object and a source firm is "
    "not read as an appointment",
    "Tarvik Shipping's board chose": "'chose' with a board subject: the board's possessor is "
    "not the appointer",
    "Nexterra Solar is advised by Gerda Holm.": "an unknown given name after 'advised by' is "
    "typed Organization (no person cue), so no person advises",
    "Talk that Ostrel Ferries would bid": "'denied by its chief executive, P': a set-off "
    "title after a denial's 'by' is still blocked (only 'according to' is read as a fact)",
    "Piet Rowe founded Rowe Saddlery": "'gave the daily running of the firm to' is no "
    "handover verb; 'stayed on as chairman' after 'though he' is not bound",
    "Harlow Town Council approved": "'mayor' is no leading title, so a bare mayor leads no council",
    "The chief executives of Kestova Retail and Orlo Ports": "a plural title of two firms "
    "paired with two holders is not distributed",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_role24(case: Case) -> None:
    check(*case)
