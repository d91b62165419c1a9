"""Genre bank for disputes answered in a later sentence, plain SVO disputes, reciprocal or
collective subjects and comitative co-founders.

- replies: a party answers a suit or charge whose author is named only in an earlier sentence
  ("Orvane Foods sued Ketterby Mills. Ketterby called the lawsuit baseless."): the one who
  rejects the other side's claim DISPUTES that side.
- plain SVO: "has sued X over", "has criticised X for", "accused X of", "took X to arbitration".
- collective subjects: "the two firms are rivals", "the pair have worked together since 2019",
  "A and B, which compete in ...": PARTNERS_WITH / COMPETES_WITH between the two named before.
- comitative co-agents: "founded X with Y", "co-founded X with Y" (both FOUNDED).

Each case is a short invented article across food, mining, shipping, banking, pharma, energy,
retail, media, autos, farming, telecoms, insurance and property. Guards: a reply that accepts
("welcomed the ruling"), an unnamed accuser, a question, a denial of wrongdoing with no named
accuser in view, "rivals" as a generic plural, "worked with X" meaning a supplier, a negated or
hedged charge.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

REPLIES: list[Case] = [
    (  # food: the brief's case, a short name answers
        "Orvane Foods sued Ketterby Mills in March over unpaid fees. Ketterby called the lawsuit "
        "baseless.",
        [
            ("ketterby-mills", "DISPUTES", "orvane-foods"),
            ("orvane-foods", "DISPUTES", "ketterby-mills"),
        ],
        [],
    ),
    (  # mining: "dismissed the claims as without merit"
        "Tarlow Resources accused Brennick Mining of breaching its supply contract. Brennick "
        "dismissed the claims as without merit.",
        [("brennick-mining", "DISPUTES", "tarlow-resources")],
        [],
    ),
    (  # shipping: "said the suit was meritless"
        "Calloway Shipping filed a lawsuit against Dunmore Lines on Monday. Dunmore Lines said "
        "the suit was meritless.",
        [("dunmore-lines", "DISPUTES", "calloway-shipping")],
        [],
    ),
    (  # banking: "denies the allegations"
        "Pennock Capital has accused Aldwyn Bank of misleading investors. Aldwyn Bank denies the "
        "allegations.",
        [("aldwyn-bank", "DISPUTES", "pennock-capital")],
        [],
    ),
    (  # pharma: "will fight the case"
        "Merrow Pharma sued Quaintly Labs over a patent in May. Quaintly Labs said it will fight "
        "the case.",
        [("quaintly-labs", "DISPUTES", "merrow-pharma")],
        [],
    ),
    (  # energy: a person rejects "both accusations" of critics named before
        "Halbrook Energy and Senna Power accused Rina Okoth-Vall of hiding losses. Rina "
        "Okoth-Vall rejects both accusations.",
        [("rina-okoth-vall", "DISPUTES", "halbrook-energy")],
        [],
    ),
    (  # retail: a short name with a relative clause answers
        "Gorsefield Retail sued Lantry Stores over unpaid rent. Lantry, which runs 40 shops, "
        "rejected the claims on Friday.",
        [("lantry-stores", "DISPUTES", "gorsefield-retail")],
        [],
    ),
    (  # media: "dismissed the claims as without foundation"
        "Brightwell Media accused Corran Press of copying its format. Corran Press dismissed "
        "the accusations as without foundation.",
        [("corran-press", "DISPUTES", "brightwell-media")],
        [],
    ),
    (  # telecoms: "called the complaint baseless" via the short name
        "Velmont Telecom filed a complaint against Orrin Networks with the regulator. Orrin "
        "called the complaint baseless.",
        [("orrin-networks", "DISPUTES", "velmont-telecom")],
        [],
    ),
    (  # insurance: a spokeswoman answers for the accused
        "Harwick Insurance sued Pellam Re over unpaid claims. A spokeswoman for Pellam Re said "
        "the lawsuit was without merit.",
        [("pellam-re", "DISPUTES", "harwick-insurance")],
        [],
    ),
    (  # energy: two accusers in one sentence, "rejects both accusations"
        "Halbrook Energy and the union Senna Workers have accused Rina Okoth-Vall, the chief "
        "executive of Dovemere Power, of hiding losses. Okoth-Vall rejects both accusations.",
        [
            ("rina-okoth-vall", "DISPUTES", "halbrook-energy"),
            ("rina-okoth-vall", "DISPUTES", "senna-workers"),
        ],
        [("rina-okoth-vall", "DISPUTES", "dovemere-power")],
    ),
    (  # mining: two plaintiffs, "denied the allegations" answers both
        "Halbrook Energy and Senna Power sued Dovemere Mining in May. Dovemere denied the "
        "allegations.",
        [
            ("dovemere-mining", "DISPUTES", "halbrook-energy"),
            ("dovemere-mining", "DISPUTES", "senna-power"),
        ],
        [],
    ),
    (  # food: two suits in two sentences, "all the allegations"
        "Carrow Foods sued Lindell Farms in 2021. Maple Grain sued Lindell Farms in May. "
        "Lindell rejected all the allegations.",
        [
            ("lindell-farms", "DISPUTES", "carrow-foods"),
            ("lindell-farms", "DISPUTES", "maple-grain"),
        ],
        [],
    ),
    (  # guard: a singular answer takes on the latest suit only
        "Carrow Foods sued Lindell Farms in 2021 over fees. Maple Grain sued Lindell Farms in "
        "May over a patent. Lindell called the lawsuit baseless.",
        [("lindell-farms", "DISPUTES", "maple-grain")],
        [("lindell-farms", "DISPUTES", "carrow-foods")],
    ),
    (  # banking: ", which X denies" answers the sentence's own charge
        "Dunmere Bank accuses Ostrel Foods of hiding debts, which Ostrel Foods denies.",
        [("ostrel-foods", "DISPUTES", "dunmere-bank")],
        [],
    ),
    (  # shipping: ", which X has rejected" in mid-sentence
        "Calloway Shipping says Harbin Tankers overcharged it, which Harbin Tankers has "
        "rejected, and wants $2 million.",
        [("harbin-tankers", "DISPUTES", "calloway-shipping")],
        [],
    ),
    (  # food: "denied breaching" answers the suit before
        "Dunmere Bank sued Ostrel Foods over a loan. Ostrel Foods denied breaching the contract.",
        [("ostrel-foods", "DISPUTES", "dunmere-bank")],
        [],
    ),
    (  # mining: "denies it owes" answers the suit before
        "Pellam Trading sued Kestrin Mining in June. Kestrin Mining denies it owes any money.",
        [("kestrin-mining", "DISPUTES", "pellam-trading")],
        [],
    ),
    (  # guard: a denied act is no relation
        "Ostrel Foods denied buying Dunmere Bank.",
        [],
        [("ostrel-foods", "OWNS", "dunmere-bank")],
    ),
    (  # guard: "denies having invested"
        "Corvex Capital denies having invested in Lindell Farms.",
        [],
        [("corvex-capital", "FUNDS", "lindell-farms")],
    ),
    (  # guard: a denial with no accuser in view
        "Ostrel Foods reported a loss. Ostrel Foods denied owing any money to suppliers.",
        [],
        [("ostrel-foods", "DISPUTES", "ostrel-foods")],
    ),
    (  # food: "disagreed with the decision" answers a fine
        "The Competition Board fined Ostrel Foods £4 million in May. Ostrel said it disagreed "
        "with the decision.",
        [("ostrel-foods", "DISPUTES", "the-competition-board")],
        [],
    ),
    (  # autos: "is appealing the decision"
        "The Transport Authority fined Halden Motors in June. Halden Motors is appealing the "
        "decision.",
        [("halden-motors", "DISPUTES", "the-transport-authority")],
        [],
    ),
    (  # banking: a quoted dismissal of a named side's claims
        "Orla Wend accused Ostrel Bank of misleading investors. Ostrel said Wend's claims were "
        '"completely false".',
        [("ostrel-bank", "DISPUTES", "orla-wend")],
        [],
    ),
    (  # telecoms: a quoted dismissal of the claims
        "Orla Wend accused Velmont Telecom of misleading investors. Velmont said the claims "
        'were "entirely baseless".',
        [("velmont-telecom", "DISPUTES", "orla-wend")],
        [],
    ),
    (  # guard: welcoming the decision
        "The Competition Board fined Ostrel Foods £4 million in May. Ostrel welcomed the decision.",
        [],
        [("ostrel-foods", "DISPUTES", "the-competition-board")],
    ),
    (  # retail: "said the fine was unfair"
        "The Trading Standards Office fined Larch Stores in March. Larch Stores said the fine "
        "was unfair.",
        [("larch-stores", "DISPUTES", "the-trading-standards-office")],
        [],
    ),
    (  # guard: "said the fine was fair"
        "The Trading Standards Office fined Larch Stores in March. Larch Stores said the fine "
        "was fair.",
        [],
        [("larch-stores", "DISPUTES", "the-trading-standards-office")],
    ),
    (  # guard: a reply that accepts
        "Orvane Foods sued Ketterby Mills in March over unpaid fees. Ketterby welcomed the ruling.",
        [],
        [("ketterby-mills", "DISPUTES", "orvane-foods")],
    ),
    (  # guard: a reply that only reviews the suit
        "Orvane Foods sued Ketterby Mills in March. Ketterby said it was reviewing the lawsuit.",
        [("orvane-foods", "DISPUTES", "ketterby-mills")],
        [("ketterby-mills", "DISPUTES", "orvane-foods")],
    ),
    (  # guard: "agreed to settle" is no dispute of the plaintiff
        "Orvane Foods sued Ketterby Mills in March. Ketterby agreed to settle the case.",
        [],
        [("ketterby-mills", "DISPUTES", "orvane-foods")],
    ),
    (  # guard: a negated denial
        "Orvane Foods sued Ketterby Mills in March. Ketterby did not deny the allegations.",
        [],
        [("ketterby-mills", "DISPUTES", "orvane-foods")],
    ),
    (  # guard: a hedged answer
        "Orvane Foods sued Ketterby Mills in March. Ketterby may contest the claims.",
        [],
        [("ketterby-mills", "DISPUTES", "orvane-foods")],
    ),
    (  # guard: a third party calls the claims baseless
        "Orvane Foods sued Ketterby Mills in March. Analysts said the claims were baseless.",
        [],
        [("ketterby-mills", "DISPUTES", "orvane-foods")],
    ),
    (  # guard: an admission
        "Orvane Foods sued Ketterby Mills in March. Ketterby admitted breaching the contract.",
        [],
        [("ketterby-mills", "DISPUTES", "orvane-foods")],
    ),
    (  # guard: a denial of wrongdoing with no accuser in view
        "Ketterby Mills reported lower profits. The company denied any wrongdoing.",
        [],
        [("ketterby-mills", "DISPUTES", "ketterby-mills")],
    ),
    (  # guard: a question
        "Will Brennick Mining fight the lawsuit filed by Tarlow Resources?",
        [],
        [("brennick-mining", "DISPUTES", "tarlow-resources")],
    ),
]

SVO: list[Case] = [
    (  # haulage: "has sued X over"
        "Quillex has sued Brantor Haulage over unpaid fees.",
        [("quillex", "DISPUTES", "brantor-haulage")],
        [],
    ),
    (  # retail: a person "has criticised X for its pricing"
        "Orla Wend has criticised Ostrel for its pricing.",
        [("orla-wend", "DISPUTES", "ostrel")],
        [],
    ),
    (  # farming: "accused X of"
        "Dunhollow Farms accused Merriot Seeds of selling faulty grain.",
        [("dunhollow-farms", "DISPUTES", "merriot-seeds")],
        [],
    ),
    (  # property: "took X to arbitration"
        "Kelsall Properties took Brayford Builders to arbitration over delays.",
        [("kelsall-properties", "DISPUTES", "brayford-builders")],
        [],
    ),
    (  # autos: "took X to court"
        "Ventrik Motors took Halden Parts to court last year over defective brakes.",
        [("ventrik-motors", "DISPUTES", "halden-parts")],
        [],
    ),
    (  # shipping: passive "was sued by"
        "Marlow Tankers was sued by Ostby Freight over a damaged cargo.",
        [("ostby-freight", "DISPUTES", "marlow-tankers")],
        [],
    ),
    (  # banking: relative clause "which sued X"
        "Fenwick Capital, which sued Darrow Bank last year, has dropped the case.",
        [("fenwick-capital", "DISPUTES", "darrow-bank")],
        [],
    ),
    (  # insurance: passive "was taken to arbitration by"
        "Tolworth Re was taken to arbitration by Denmead Insurance over a reinsurance claim.",
        [("denmead-insurance", "DISPUTES", "tolworth-re")],
        [],
    ),
    (  # guard: negation
        "Quillex has not sued Brantor Haulage.",
        [],
        [("quillex", "DISPUTES", "brantor-haulage")],
    ),
    (  # guard: intent only
        "Kelsall Properties is considering taking Brayford Builders to arbitration.",
        [],
        [("kelsall-properties", "DISPUTES", "brayford-builders")],
    ),
    (  # guard: an unnamed accuser
        "Critics have accused Merriot Seeds of selling faulty grain.",
        [],
        [("critics", "DISPUTES", "merriot-seeds")],
    ),
    (  # guard: a supply contract is no dispute
        "Ventrik Motors signed a supply contract with Halden Parts.",
        [],
        [("ventrik-motors", "DISPUTES", "halden-parts")],
    ),
]

COLLECTIVE: list[Case] = [
    (  # retail: "the two firms are rivals"
        "Quillex and Vantora sell kitchen appliances. The two firms are rivals in Europe.",
        [("quillex", "COMPETES_WITH", "vantora")],
        [],
    ),
    (  # food: "the two companies compete for the same customers"
        "Harlow Dairy and Penbury Creamery both supply supermarkets. The two companies compete "
        "for the same customers.",
        [("harlow-dairy", "COMPETES_WITH", "penbury-creamery")],
        [],
    ),
    (  # telecoms: "A and B, which compete in ..."
        "Corvel Mobile and Standish Telecom, which compete in the broadband market, reported "
        "results on Monday.",
        [("corvel-mobile", "COMPETES_WITH", "standish-telecom")],
        [],
    ),
    (  # energy: "the pair have worked together since 2019"
        "Oakhurst Energy and Belmar Solar signed a new deal. The pair have worked together since "
        "2019.",
        [("oakhurst-energy", "PARTNERS_WITH", "belmar-solar")],
        [],
    ),
    (  # shipping: "the two firms are partners"
        "Tessaly Shipping and Morrow Ports announced a terminal. The two firms are partners in "
        "the venture.",
        [("tessaly-shipping", "PARTNERS_WITH", "morrow-ports")],
        [],
    ),
    (  # mining: "the two companies have long been rivals"
        "Greyhill Mining and Cordell Metals bid for the licence. The two companies have long "
        "been rivals.",
        [("greyhill-mining", "COMPETES_WITH", "cordell-metals")],
        [],
    ),
    (  # pharma: "both companies are competitors"
        "Ravensby Pharma and Tolland Bio make insulin pens. Both companies are competitors in "
        "Asia.",
        [("ravensby-pharma", "COMPETES_WITH", "tolland-bio")],
        [],
    ),
    (  # media: "A and B, which have worked together since 2018"
        "Pelham Media and Arden Studios, which have worked together since 2018, released a film.",
        [("pelham-media", "PARTNERS_WITH", "arden-studios")],
        [],
    ),
    (  # autos: "the two carmakers compete in ..."
        "Strand Motors and Velka Autos launched electric vans. The two carmakers compete in the "
        "delivery market.",
        [("strand-motors", "COMPETES_WITH", "velka-autos")],
        [],
    ),
    (  # food: ", where the two firms compete" names the pair of its own sentence
        "Quillex Foods and Vantora Foods make ovens in Spain, where the two firms compete for "
        "the same customers.",
        [("quillex-foods", "COMPETES_WITH", "vantora-foods")],
        [],
    ),
    (  # farming: "go head to head"
        "Brackley Seeds and Orwin Agri go head to head in the wheat seed market.",
        [("brackley-seeds", "COMPETES_WITH", "orwin-agri")],
        [],
    ),
    (  # guard: a buyer and a seller in a ", where the two companies" clause
        "Quillex Foods bought a plant from Vantora Foods in Leeds, where the two companies "
        "employ 300 people.",
        [],
        [("quillex-foods", "COMPETES_WITH", "vantora-foods")],
    ),
    (  # guard: "rivals" as a generic plural with one named party
        "Quillex said its rivals are struggling. The company expects growth.",
        [],
        [("quillex", "COMPETES_WITH", "quillex")],
    ),
    (  # guard: "worked with X" meaning a supplier
        "Harlow Dairy has worked with Penbury Packaging as a supplier since 2019.",
        [],
        [("harlow-dairy", "PARTNERS_WITH", "penbury-packaging")],
    ),
    (  # food: "its main supplier" in apposition is no partner
        "Harlow Dairy has worked with Penbury Packaging, its main supplier, since 2019.",
        [],
        [("harlow-dairy", "PARTNERS_WITH", "penbury-packaging")],
    ),
    (  # guard: "as a partner" stays a partnership
        "Harlow Dairy has worked with Penbury Packaging as a partner since 2019.",
        [("harlow-dairy", "PARTNERS_WITH", "penbury-packaging")],
        [],
    ),
    (  # guard: the two named are a buyer and its target, not rivals
        "Greyhill Mining bought Cordell Metals in May. The two companies had talked for a year.",
        [],
        [("greyhill-mining", "COMPETES_WITH", "cordell-metals")],
    ),
    (  # guard: a question
        "Are Strand Motors and Velka Autos rivals?",
        [],
        [("strand-motors", "COMPETES_WITH", "velka-autos")],
    ),
]

COFOUNDERS: list[Case] = [
    (  # farming: "founded X with Y"
        "Tavi Rensel founded Vantora with Mara Oduya in 2015.",
        [("tavi-rensel", "FOUNDED", "vantora"), ("mara-oduya", "FOUNDED", "vantora")],
        [],
    ),
    (  # banking: "set it up with"
        "Pelton Credit is a lender based in Leeds. Peter Voss set it up with Laura Dale in 2012.",
        [("peter-voss", "FOUNDED", "pelton-credit"), ("laura-dale", "FOUNDED", "pelton-credit")],
        [],
    ),
    (  # food: "co-founded X with Y"
        "Hedda Marsh co-founded Greenleaf Kitchens with Tomas Brill in 2018.",
        [
            ("hedda-marsh", "FOUNDED", "greenleaf-kitchens"),
            ("tomas-brill", "FOUNDED", "greenleaf-kitchens"),
        ],
        [],
    ),
    (  # telecoms: "started X with Y"
        "Ludo Fenn started Vellum Networks with his brother Rafe Fenn in 2009.",
        [("ludo-fenn", "FOUNDED", "vellum-networks"), ("rafe-fenn", "FOUNDED", "vellum-networks")],
        [],
    ),
    (  # property: "set X up" with the object inside
        "Anna Rensel set Brookvale Homes up with her sister Maria Rensel in 2010.",
        [
            ("anna-rensel", "FOUNDED", "brookvale-homes"),
            ("maria-rensel", "FOUNDED", "brookvale-homes"),
        ],
        [],
    ),
    (  # guard: "set the price up by" is no passive of founding
        "Kelsall Properties set the price up by 5% for Anna Rensel.",
        [],
        [("anna-rensel", "FOUNDED", "kelsall-properties")],
    ),
    (  # guard: a company still sets up a unit
        "Kelsall Properties set up Vantora Homes in 2015.",
        [("kelsall-properties", "FOUNDED", "vantora-homes")],
        [],
    ),
    (  # media: passive "was co-founded by A with B"
        "Lumen Studios was co-founded by Anna Rensel with Mara Oduya in 2015.",
        [("anna-rensel", "FOUNDED", "lumen-studios"), ("mara-oduya", "FOUNDED", "lumen-studios")],
        [],
    ),
    (  # retail: passive in a relative clause, "set up by A with her husband, B"
        "Corrie Home, which was set up by Anna Rensel with her husband, Tom Rensel, sells rugs.",
        [("anna-rensel", "FOUNDED", "corrie-home"), ("tom-rensel", "FOUNDED", "corrie-home")],
        [],
    ),
    (  # guard: passive "founded by A with help from B"
        "Lumen Studios was founded by Anna Rensel with help from Mara Oduya.",
        [("anna-rensel", "FOUNDED", "lumen-studios")],
        [("mara-oduya", "FOUNDED", "lumen-studios")],
    ),
    (  # pharma: "co-founded X alongside her former colleague Y"
        "Anna Rensel co-founded Pellan Bio in 2015 alongside her former colleague Mara Oduya.",
        [("anna-rensel", "FOUNDED", "pellan-bio"), ("mara-oduya", "FOUNDED", "pellan-bio")],
        [],
    ),
    (  # guard: "alongside" a company is no co-founder
        "Anna Rensel founded Pellan Bio alongside Corvex Capital's lab in Leeds.",
        [],
        [("corvex-capital", "FOUNDED", "pellan-bio")],
    ),
    (  # guard: "founded X with funding from Y"
        "Tavi Rensel founded Vantora with money from Corvex Capital.",
        [("tavi-rensel", "FOUNDED", "vantora")],
        [("corvex-capital", "FOUNDED", "vantora")],
    ),
    (  # guard: "founded X with a partner company" as a joint venture host? a product
        "Hedda Marsh founded Greenleaf Kitchens with a loan from Brill Bank.",
        [("hedda-marsh", "FOUNDED", "greenleaf-kitchens")],
        [("brill-bank", "FOUNDED", "greenleaf-kitchens")],
    ),
]

GAPS: list[Case] = [
    (  # haulage: a short name opening a clause of the suit's own sentence (was a gap)
        "Quillex has sued Brantor Haulage over unpaid fees, and Brantor has countersued.",
        [("brantor-haulage", "DISPUTES", "quillex")],
        [],
    ),
    (  # retail: a bare "the two" after ", where" names no pair of its own sentence
        "Quillex Foods and Vantora Foods make ovens in Spain, where the two are rivals.",
        [("quillex-foods", "COMPETES_WITH", "vantora-foods")],
        [],
    ),
    (  # food: a regulator's findings named by a descriptor possessor
        "The Competition Board fined Ostrel Foods in May. Ostrel dismissed the regulator's "
        "findings as flawed.",
        [("ostrel-foods", "DISPUTES", "the-competition-board")],
        [],
    ),
    (  # energy: a person's charge made through a pronoun accused
        "Tom Hale accused Rina Okoth-Vall of hiding losses at Dovemere Power. Union leader Jo "
        "Marr said she had misled staff. Rina Okoth-Vall rejects both accusations.",
        [("rina-okoth-vall", "DISPUTES", "jo-marr")],
        [],
    ),
]

BANK: list[Case] = [*REPLIES, *SVO, *COLLECTIVE, *COFOUNDERS, *GAPS]

LEFT: dict[str, str] = {
    "Tom Hale accused Rina Okoth-Vall": "'X said she had misled staff': the charge of a person "
    "through a pronoun is not read (accusation.said_wrongdoing takes named organizations)",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_replies(case: Case) -> None:
    check(*case)
