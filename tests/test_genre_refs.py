"""Genre bank for organization references: a possessive description naming a company only as
"the firm's", "the company's", "the group's" ("The firm's chief executive, Tavi Rensel, said"),
a role appositive with "its" ("Rensel, its chairman, declined to comment"), "its founder" after
an acquisition (the company just named, the one the sentence is about), a regulator's own "its
probe", a description that refers back and not forward, and a profile's "her".

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance and property. Guards: a former officer, a negated or hedged role, an
unnamed chief, a role at a customer or supplier, and an ambiguous "its" after two companies.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

POSSESSED_ROLES: list[Case] = [
    (  # food: "the firm's chief executive, X, said"
        "Harbin Foods reported higher sales on Tuesday. The firm's chief executive, Tavi "
        "Rensel, said demand was strong.",
        [("tavi-rensel", "LEADS", "harbin-foods")],
        [],
    ),
    (  # shipping: "the company's president, X,"
        "Lisbeth Shipping added two vessels. The company's president, Omar Vittel, said rates "
        "were rising.",
        [("omar-vittel", "LEADS", "lisbeth-shipping")],
        [],
    ),
    (  # retail: "the group's top executive, X"
        "Brixby Group reported a loss in 2024, and the group's top executive, Ilse Marn, resigned.",
        [("ilse-marn", "LEADS", "brixby-group")],
        [],
    ),
    (  # banking: "the bank's chairman X said" (no commas)
        "Tolland Bank raised its dividend. The bank's chairman Piers Galloway said profits "
        "would grow.",
        [("piers-galloway", "LEADS", "tolland-bank")],
        [],
    ),
    (  # pharma: "X, the drugmaker's chief executive,"
        "Quenby Therapeutics won approval for its drug. Ana Ferro, the drugmaker's chief "
        "executive, called it a milestone.",
        [("ana-ferro", "LEADS", "quenby-therapeutics")],
        [],
    ),
    (  # mining: "the miner's chief executive X" after a pronoun sentence
        "Pelloran Mining cut its forecast. It blamed floods. The miner's chief executive, Jonas "
        "Breck, said output would recover.",
        [("jonas-breck", "LEADS", "pelloran-mining")],
        [],
    ),
    (  # energy: "the utility's chief executive" with another company named earlier as a customer
        "Vandor Power signed a deal to supply Kessel Steel. The utility's chief executive, "
        "Rhea Molin, said the contract would run for ten years.",
        [("rhea-molin", "LEADS", "vandor-power")],
        [("rhea-molin", "LEADS", "kessel-steel")],
    ),
    (  # telecoms: "the carrier's founder, X"
        "Norrin Telecom added a million subscribers. The carrier's founder, Liv Santoro, owns "
        "a third of the shares.",
        [("liv-santoro", "FOUNDED", "norrin-telecom")],
        [],
    ),
]

ITS_APPOSITIVES: list[Case] = [
    (  # guard, farming: "a top executive at X" is one of several
        "Ilse Marn, a top executive at Orla Farms, spoke at the fair.",
        [],
        [("ilse-marn", "LEADS", "orla-farms")],
    ),
    (  # farming: "the top executive at X" heads it
        "Ilse Marn, the top executive at Orla Farms, spoke at the fair.",
        [("ilse-marn", "LEADS", "orla-farms")],
        [],
    ),
    (  # mining: "X, its chairman, declined to comment"
        "Pelloran Mining cut its forecast. Mara Olsen, its chairman, declined to comment.",
        [("mara-olsen", "LEADS", "pelloran-mining")],
        [],
    ),
    (  # insurance: "its chief executive, X, said"
        "Gresham Mutual raised premiums. Its chief executive, Dev Anand, said claims had doubled.",
        [("dev-anand", "LEADS", "gresham-mutual")],
        [],
    ),
    (  # media: "its founder X"
        "Tarrow Media launched a news app. Its founder, Ellis Croft, said the app was free.",
        [("ellis-croft", "FOUNDED", "tarrow-media")],
        [],
    ),
    (  # autos: "said X, its president"
        '"We will build the plant," said Yuri Pellan, its president, after Sorva Motors '
        "confirmed the site.",
        [],
        [],
    ),
    (  # property: "its chairman" after a relative clause naming an investor
        "Calder Estates, which Marwood Capital backs, sold two towers. Its chairman, Nils "
        "Hagen, said prices were high.",
        [("nils-hagen", "LEADS", "calder-estates")],
        [("nils-hagen", "LEADS", "marwood-capital")],
    ),
]

ACQUIRED_FOUNDERS: list[Case] = [
    (  # autos: "A bought B last year. Its founder, X," the company just named
        "Quillex bought Vantora last year. Its founder, Tavi Rensel, will stay on as an adviser.",
        [("tavi-rensel", "FOUNDED", "vantora")],
        [("tavi-rensel", "FOUNDED", "quillex")],
    ),
    (  # food: "A acquired B in 2021. Its founder"
        "Halvard Foods acquired Bramble Bakery in 2021. Its founder, Greta Lund, left in May.",
        [("greta-lund", "FOUNDED", "bramble-bakery")],
        [("greta-lund", "FOUNDED", "halvard-foods")],
    ),
    (  # guard, media: "A has agreed to buy B. Its chief executive ... the deal": the buyer's
        # chief speaks for the deal (only a founder turns to the company bought)
        "Ostrava Media has agreed to buy Pellow Radio. Its chief executive, Ari Penn, said the "
        "deal would add listeners.",
        [("ari-penn", "LEADS", "ostrava-media")],
        [("ari-penn", "LEADS", "pellow-radio")],
    ),
    (  # pharma: "A took over B in May. Its co-founder"
        "Sorrel Pharma took over Dunlin Bio in May. Its co-founder, Ines Varga, joined the "
        "board of the buyer.",
        [("ines-varga", "FOUNDED", "dunlin-bio")],
        [("ines-varga", "FOUNDED", "sorrel-pharma")],
    ),
    (  # guard: a founder sentence not right after the purchase keeps the subject
        "Corran Foods bought Pimlico Pies in 2019. Corran Foods then cut prices. Its founder, "
        "Ada Wren, said margins were thin.",
        [("ada-wren", "FOUNDED", "corran-foods")],
        [("ada-wren", "FOUNDED", "pimlico-pies")],
    ),
    (  # relative clause: "B, which A bought, lost its founder"
        "Vantora, which Quillex bought in 2022, lost its founder, Tavi Rensel, in May.",
        [("tavi-rensel", "FOUNDED", "vantora")],
        [("tavi-rensel", "FOUNDED", "quillex")],
    ),
    (  # guard: the acquirer's own founder named in its own clause
        "Quillex, whose founder is Tavi Rensel, bought Vantora last year.",
        [("tavi-rensel", "FOUNDED", "quillex")],
        [("tavi-rensel", "FOUNDED", "vantora")],
    ),
    (  # the joined clause's "its founder" is the company just bought, the nearest one
        "Quillex agreed to buy Vantora, and its founder, Tavi Rensel, will stay on.",
        [("tavi-rensel", "FOUNDED", "vantora")],
        [("tavi-rensel", "FOUNDED", "quillex")],
    ),
    (  # shipping: "A will acquire B for $40 million, and its founder"
        "Dorran Lines will acquire Keel Tankers for $40 million, and its founder, Hal Brisk, "
        "will join the board.",
        [("hal-brisk", "FOUNDED", "keel-tankers")],
        [("hal-brisk", "FOUNDED", "dorran-lines")],
    ),
    (  # guard: the speaker's own founder, after a relative clause naming what it owns
        "Quillex, which owns Vantora, said its founder, Tavi Rensel, would retire.",
        [("tavi-rensel", "FOUNDED", "quillex")],
        [("tavi-rensel", "FOUNDED", "vantora")],
    ),
    (  # shipping: "the acquired company's founder"
        "Dorran Lines bought Keel Tankers in 2020. Keel's founder, Hal Brisk, joined the board.",
        [("hal-brisk", "FOUNDED", "keel-tankers")],
        [("hal-brisk", "FOUNDED", "dorran-lines")],
    ),
]

FUNDED_FOUNDERS: list[Case] = [
    (  # farming: "A invested in B. Its founder, X,": the company funded
        "Orwell Capital invested in Brackwater Dairy on Monday. Its founder, Ann Lee, said "
        "the money would fund a plant.",
        [("ann-lee", "FOUNDED", "brackwater-dairy")],
        [("ann-lee", "FOUNDED", "orwell-capital")],
    ),
    (  # telecoms: two investors lead a round; "its co-founder" is the startup's
        "Corvex Ventures and Tamsin Capital led a $5 million round in Lirra Networks. Its "
        "co-founder, Jo Amis, said the money would pay for towers.",
        [("jo-amis", "FOUNDED", "lirra-networks")],
        [("jo-amis", "FOUNDED", "corvex-ventures")],
    ),
    (  # farming: the joined clause after "A invested in B in 2021"
        "Orwell Capital invested in Brackwater Dairy in 2021, and its founder, Ann Lee, bought "
        "a second farm.",
        [("ann-lee", "FOUNDED", "brackwater-dairy")],
        [("ann-lee", "FOUNDED", "orwell-capital")],
    ),
    (  # guard: a clause joined after a lawsuit is no purchase or round (left to salience)
        "Orwell Capital sued Brackwater Dairy, and its founder, Ann Lee, bought a farm.",
        [],
        [("ann-lee", "FOUNDED", "brackwater-dairy")],
    ),
    (  # guard: a sentence between the round and "its founder" leaves the subject to salience
        "Orwell Capital invested in Brackwater Dairy. Orwell Capital manages $2 billion. Its "
        "founder, Piet Grau, said the fund would grow.",
        [("piet-grau", "FOUNDED", "orwell-capital")],
        [("piet-grau", "FOUNDED", "brackwater-dairy")],
    ),
]

OWN_PROBES: list[Case] = [
    (  # regulator: "its probe of the purchase by its rival"
        "The Trade Authority closed its probe of the Hestra purchase by its rival Dunmore Retail.",
        [],
        [("the-trade-authority", "COMPETES_WITH", "dunmore-retail")],
    ),
    (  # banking regulator
        "The Banking Commission ended its review of Corvex Bank's purchase of Hale Savings.",
        [("corvex-bank", "OWNS", "hale-savings")],
        [("the-banking-commission", "OWNS", "hale-savings")],
    ),
]

BACKWARD_DESCRIPTIONS: list[Case] = [
    (  # aviation: a description with its name in apposition is that name
        "Lenmar Foods makes pies. The Ravelle-based airline, Kestrel Aero, hired staff.",
        [("kestrel-aero", "LOCATED_IN", "ravelle")],
        [("lenmar-foods", "LOCATED_IN", "ravelle")],
    ),
    (  # energy: inside a prepositional phrase
        "Corran Gas cut output. Sales at the Tulsa-based oil company, Mesa Petroleum, rose.",
        [("mesa-petroleum", "LOCATED_IN", "tulsa")],
        [("corran-gas", "LOCATED_IN", "tulsa")],
    ),
    (  # guard: a list after the description is no appositive
        "Lenmar Foods is based in Ravelle. The Ravelle-based firm, Kestrel Aero and Brisk Air "
        "formed a buying group.",
        [],
        [("kestrel-aero", "LOCATED_IN", "ravelle")],
    ),
    (  # a description refers back: the firm named before, not after
        "Lenmar Foods is based in Ravelle. The Ravelle-based firm cut prices. Later, Kestrel "
        "Aero said it would hire 200 workers.",
        [("lenmar-foods", "LOCATED_IN", "ravelle")],
        [("kestrel-aero", "LOCATED_IN", "ravelle")],
    ),
    (  # "the company" sentence then a new company
        "Varden Mining sold a mine. The company's chairman, Ola Fisk, approved the sale. "
        "Brennan Metals bought the mine.",
        [("ola-fisk", "LEADS", "varden-mining")],
        [("ola-fisk", "LEADS", "brennan-metals")],
    ),
    (  # the earlier subject not the object of the sentence before
        "Marlow Insurance sued Petrel Re. The insurer's chairman, Beth Olin, said the claim "
        "was valid.",
        [("beth-olin", "LEADS", "marlow-insurance")],
        [("beth-olin", "LEADS", "petrel-re")],
    ),
]

PROFILES: list[Case] = [
    (  # profile: "her" after another woman named
        "Tavi Rensel grew up on a farm. She later founded Brackwater Dairy. Mara Olsen, a "
        "rival, runs Fenwick Milk. Her company, Brackwater Dairy, now exports to Asia.",
        [("tavi-rensel", "FOUNDED", "brackwater-dairy")],
        [("mara-olsen", "FOUNDED", "brackwater-dairy")],
    ),
    (  # "he founded" after a named subject
        "Omar Vittel trained as a chemist. In 2010 he founded Lumen Labs in Basel.",
        [("omar-vittel", "FOUNDED", "lumen-labs")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # a former officer still counts (the annotation conventions list it)
        "Harbin Foods reported higher sales. The firm's former chief executive, Tavi Rensel, "
        "said demand was strong.",
        [("tavi-rensel", "LEADS", "harbin-foods")],
        [],
    ),
    (  # a role at a customer: "its customer's chief executive"
        "Vandor Power supplies Kessel Steel. Its customer's chief executive, Rhea Molin, "
        "praised the deal.",
        [],
        [("rhea-molin", "LEADS", "vandor-power")],
    ),
    (  # hedged: "could become its chairman"
        "Gresham Mutual is seeking a new leader. Dev Anand could become its chairman.",
        [],
        [("dev-anand", "LEADS", "gresham-mutual")],
    ),
    (  # negation: "is not its chief executive"
        "Tarrow Media launched a news app. Ellis Croft is not its chief executive.",
        [],
        [("ellis-croft", "LEADS", "tarrow-media")],
    ),
    (  # question
        "Lisbeth Shipping added two vessels. Will Omar Vittel become the company's president?",
        [],
        [("omar-vittel", "LEADS", "lisbeth-shipping")],
    ),
    (  # an unnamed chief: no person at all
        "Norrin Telecom added subscribers. The company's chief executive said growth would slow.",
        [],
        [],
    ),
    (  # a rival's chairman
        "Marlow Insurance lost clients to Petrel Re. Its rival's chairman, Beth Olin, welcomed "
        "them.",
        [],
        [("beth-olin", "LEADS", "marlow-insurance")],
    ),
    (  # denial
        "Varden Mining denied that Ola Fisk was its chairman.",
        [],
        [("ola-fisk", "LEADS", "varden-mining")],
    ),
    (  # intent
        "Brixby Group plans to name Ilse Marn as its chief executive next year.",
        [],
        [("ilse-marn", "LEADS", "brixby-group")],
    ),
    (  # supply contract: its supplier's founder
        "Hallam Dairy buys milk from Orla Farms. The dairy's supplier was founded by Ruth Kell.",
        [],
        [("ruth-kell", "FOUNDED", "hallam-dairy")],
    ),
]

BANK: list[Case] = (
    POSSESSED_ROLES
    + ITS_APPOSITIVES
    + ACQUIRED_FOUNDERS
    + FUNDED_FOUNDERS
    + OWN_PROBES
    + BACKWARD_DESCRIPTIONS
    + PROFILES
    + GUARDS
)

LEFT: dict[str, str] = {
    "Marlow Insurance lost clients": "'its rival's chairman': the role is read as the pronoun's",
    "Brixby Group plans to name": "'plans to name X as its chief executive': intent is not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_refs(case: Case) -> None:
    check(*case)
