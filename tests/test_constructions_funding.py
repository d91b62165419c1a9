"""Funding family constructions (`loaders.relations.funding`): shares of a project's cost
whose funded thing is named once and then implied ("the balance", "the rest", "of which").

Each case is (text, relations that must be found, relations that must not be); every name is
invented and the sectors vary on purpose.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

COST_SHARES: list[Case] = [
    (  # rail: "the rest of X", passive, a consortium headed by one member that includes others
        "The rest of the Tarn Valley Railway will be provided by a consortium headed by Quarrel "
        "Group that also includes Marsh Energy and Brill Capital.",
        [
            ("quarrel-group", "FUNDS", "tarn-valley-railway"),
            ("marsh-energy", "FUNDS", "tarn-valley-railway"),
            ("brill-capital", "FUNDS", "tarn-valley-railway"),
        ],
        [("quarrel-group", "FUNDS", "marsh-energy")],
    ),
    (  # banking: "the remainder" of what the sentence before funded, lenders led by one
        "Dunmore Council will provide £300 million for the Tarn Valley Railway. The remainder "
        "is to be supplied by lenders led by Harrow Mutual and including Pelt Bank.",
        [
            ("dunmore-council", "FUNDS", "tarn-valley-railway"),
            ("harrow-mutual", "FUNDS", "tarn-valley-railway"),
            ("pelt-bank", "FUNDS", "tarn-valley-railway"),
        ],
        [("harrow-mutual", "FUNDS", "pelt-bank")],
    ),
    (  # energy: "the balance" of what the sentence before costed, irregular "met"
        "The Orrin Wind Farm will cost £400 million. The balance will be met by Skerra Energy.",
        [("skerra-energy", "FUNDS", "orrin-wind-farm")],
        [],
    ),
    (  # construction: active, "will put up the rest"
        "The Harl Tunnel is expected to cost £2 billion. Marlow Infrastructure will put up the "
        "rest.",
        [("marlow-infrastructure", "FUNDS", "harl-tunnel")],
        [],
    ),
    (  # government: ", of which" after the cost of a project
        "The Kell Bridge will cost £90 million, of which Dunmore Council will contribute £30 "
        "million.",
        [("dunmore-council", "FUNDS", "kell-bridge")],
        [],
    ),
    (  # guard: the rest of the proceeds goes to someone: no funder
        "Vantor Foods said it would sell its dairy unit. The rest of the proceeds will go to "
        "Pell Pensions.",
        [],
        [("pell-pensions", "FUNDS", "vantor-foods")],
    ),
    (  # guard: negation
        "The Orrin Wind Farm will cost £400 million. The balance will not be met by Skerra Energy.",
        [],
        [("skerra-energy", "FUNDS", "orrin-wind-farm")],
    ),
    (  # guard: no funded thing in reach
        "Skerra Energy reported higher profits. The balance was provided by Harrow Mutual.",
        [],
        [("harrow-mutual", "FUNDS", "skerra-energy")],
    ),
    (  # guard: a project merely in view is not what the balance is of
        "The Orrin Wind Farm was approved in May. The balance was provided by Harrow Mutual.",
        [],
        [("harrow-mutual", "FUNDS", "orrin-wind-farm")],
    ),
    (  # rail: "the remaining cost", costed the sentence before, banks headed by one that
        # also brings in others
        "The Kelby Tram Link will cost €90m. The remaining cost is to be met by banks headed "
        "by Quorn Savings, which also brings in Haddow Bank and Lisle Mutual.",
        [
            ("quorn-savings", "FUNDS", "kelby-tram-link"),
            ("haddow-bank", "FUNDS", "kelby-tram-link"),
            ("lisle-mutual", "FUNDS", "kelby-tram-link"),
        ],
        [("quorn-savings", "FUNDS", "haddow-bank")],
    ),
    (  # "is due from" a group led by one that also takes in others
        "The Kelby Tram Link will cost €90m. The remainder is due from a group led by Quorn "
        "Savings that also takes in Haddow Bank and Lisle Mutual.",
        [
            ("quorn-savings", "FUNDS", "kelby-tram-link"),
            ("lisle-mutual", "FUNDS", "kelby-tram-link"),
        ],
        [],
    ),
]


LOANS_AND_COFUNDERS: list[Case] = [
    (  # shipping: passive "financed with loans from" a group of banks
        "The Tarn Ferry Terminal was financed with loans from banks led by Hexa Bank and "
        "Norlund Bank.",
        [
            ("hexa-bank", "FUNDS", "tarn-ferry-terminal"),
            ("norlund-bank", "FUNDS", "tarn-ferry-terminal"),
        ],
        [("hexa-bank", "FUNDS", "norlund-bank")],
    ),
    (  # shipping: active, the subject is funded
        "Corvo Shipping financed the vessels with loans from Hexa Bank.",
        [("hexa-bank", "FUNDS", "corvo-shipping")],
        [("corvo-shipping", "FUNDS", "hexa-bank")],
    ),
    (  # guard: no money moves
        "Corvo Shipping funded the study from its office in Tarn.",
        [],
        [("tarn", "FUNDS", "corvo-shipping")],
    ),
    (  # pharma: co-investors of a raise with no round noun
        "Orra Health raised $12 million last year, with Tamsin Ventures and Orlo also investing.",
        [("tamsin-ventures", "FUNDS", "orra-health"), ("orlo", "FUNDS", "orra-health")],
        [("orra-health", "FUNDS", "tamsin-ventures"), ("tamsin-ventures", "FUNDS", "orlo")],
    ),
    (  # transport: a co-funder of the amount the sentence gives, its giver no entity
        "The regional council has promised €12m towards the Kelby Tram Link, with the transit "
        "agency Moveo contributing another €5m.",
        [("moveo", "FUNDS", "kelby-tram-link")],
        [],
    ),
    (  # agriculture: "took in" money, co-investors with a descriptor
        "Pollen Labs, a seed-genetics firm, took in $40m, with Harrier Growth and the farm "
        "cooperative Agrilink also putting money in.",
        [("harrier-growth", "FUNDS", "pollen-labs"), ("agrilink", "FUNDS", "pollen-labs")],
        [("harrier-growth", "FUNDS", "agrilink")],
    ),
    (  # science: a grant for something the company owns ("its")
        "Sciencia Labs builds sensors. Its pilot line was financed by a grant from Tarn Council.",
        [("tarn-council", "FUNDS", "sciencia-labs")],
        [],
    ),
    (  # fishing: lenders in a group, for ships the company owns
        "Greyholt Fishing is expanding. Its new trawlers were bought with loans from lenders "
        "headed by Nordica Bank and Belcap Bank.",
        [
            ("nordica-bank", "FUNDS", "greyholt-fishing"),
            ("belcap-bank", "FUNDS", "greyholt-fishing"),
        ],
        [("nordica-bank", "FUNDS", "belcap-bank")],
    ),
    (  # guard: no owner named: the article's company is not assumed to be the borrower
        "Sciencia Labs builds sensors. The pilot line was financed by a grant from Tarn Council.",
        [],
        [("tarn-council", "FUNDS", "sciencia-labs")],
    ),
    (  # guard: built by a contractor is no loan
        "Sciencia Labs builds sensors. Its pilot line was built by Harlow Yards.",
        [],
        [("harlow-yards", "FUNDS", "sciencia-labs")],
    ),
    (  # government: a co-funder of the project funded just before, with a descriptor
        "The Tarn Valley Railway will cost £900 million. The county will put in £300 million "
        "of grants, with the rail agency Linkways adding a further £200 million.",
        [("linkways", "FUNDS", "tarn-valley-railway")],
        [],
    ),
    (  # guard: "alongside" with nothing funded in the sentence shares nothing
        "The Tarn Valley Railway was approved in May. The county spoke alongside Linkways.",
        [],
        [("linkways", "FUNDS", "tarn-valley-railway")],
    ),
    (  # sport: a copular definition of the group, then the group pledges
        "The Kettle Lane Arena will be rebuilt. The consortium is made up of Brandmoor Group, "
        "Ostara Capital and Kell Leisure. The consortium has pledged £40 million for the Kettle "
        "Lane Arena.",
        [
            ("brandmoor-group", "FUNDS", "kettle-lane-arena"),
            ("kell-leisure", "FUNDS", "kettle-lane-arena"),
        ],
        [("brandmoor-group", "FUNDS", "kell-leisure")],
    ),
]


DELIVERY: list[Case] = [
    (  # mining: a joint venture of named members carries out a project
        "A joint venture of Corrib Metals and Tanlo Power is to carry out the Salar Uno project.",
        [("corrib-metals", "FUNDS", "salar-uno"), ("tanlo-power", "FUNDS", "salar-uno")],
        [("corrib-metals", "FUNDS", "tanlo-power")],
    ),
    (  # energy: passive
        "The Brenna Solar Park will be built by a joint venture of Skerra Energy and Pell Power.",
        [
            ("skerra-energy", "FUNDS", "brenna-solar-park"),
            ("pell-power", "FUNDS", "brenna-solar-park"),
        ],
        [],
    ),
    (  # telecoms: "the joint venture" of an earlier sentence
        "Tessel Telecom and Orvane formed a joint venture last year. The joint venture will build "
        "the Kellan Fibre Project.",
        [
            ("tessel-telecom", "FUNDS", "kellan-fibre-project"),
            ("orvane", "FUNDS", "kellan-fibre-project"),
        ],
        [],
    ),
    (  # guard: a contract award is not funding
        "The navy picked a joint venture of Harlow Yards and Fenn Marine to build the Tarn Patrol "
        "project.",
        [],
        [("harlow-yards", "FUNDS", "tarn-patrol"), ("fenn-marine", "FUNDS", "tarn-patrol")],
    ),
    (  # guard: negation
        "A joint venture of Corrib Metals and Tanlo Power will not build the Salar Uno project.",
        [],
        [("corrib-metals", "FUNDS", "salar-uno")],
    ),
    (  # guard: a consortium building is a contractor, not a funder
        "A consortium of Harlow Yards and Fenn Marine will build the Tarn Bridge project.",
        [],
        [("harlow-yards", "FUNDS", "tarn-bridge")],
    ),
]


WRONG_PARTY: list[Case] = [
    (  # rail: ", and" opens a new clause: the lender funds the line, not the next buyer
        "Haddow Bank agreed to lend €20m for the Kelby Tram Link, and Orrin Capital agreed to "
        "buy 20% of Kelby Holdings from Lisle Mutual.",
        [("haddow-bank", "FUNDS", "kelby-tram-link"), ("orrin-capital", "FUNDS", "kelby-holdings")],
        [
            ("haddow-bank", "FUNDS", "orrin-capital"),
            ("kelby-tram-link", "FUNDS", "kelby-holdings"),
            ("orrin-capital", "FUNDS", "lisle-mutual"),
        ],
    ),
    (  # pharma: a raise from a list: the company never funds its investors
        "Vireo has raised $20m from the fund Gantry and the robot maker Pelko.",
        [("gantry", "FUNDS", "vireo"), ("pelko", "FUNDS", "vireo")],
        [("vireo", "FUNDS", "gantry"), ("gantry", "FUNDS", "pelko")],
    ),
    (  # mining: "the JV" is the joint venture named before, not an entity "JV"
        "Corrib Metals and Tanlo Power formed a joint venture, Salar Uno. Hexa Bank agreed to "
        "lend $200 million to the JV.",
        [("hexa-bank", "FUNDS", "salar-uno")],
        [("hexa-bank", "FUNDS", "jv")],
    ),
    (  # agriculture: a list member after a relative clause funds like the one before it
        "Pollen Labs makes seeds. Its existing investors include Wexford Ventures, which led its "
        "Series A round, and Kilo Seven.",
        [("wexford-ventures", "FUNDS", "pollen-labs"), ("kilo-seven", "FUNDS", "pollen-labs")],
        [("wexford-ventures", "FUNDS", "kilo-seven")],
    ),
    (  # guard: a name inside the relative clause: not a plain aside
        "Pollen Labs makes seeds. Its investors include Wexford Ventures, which also backs "
        "Orlo Seeds, and Kilo Seven.",
        [("wexford-ventures", "FUNDS", "pollen-labs")],
        [("kilo-seven", "FUNDS", "orlo-seeds")],
    ),
    (  # tech: "has the backing of" points from the backers to the company, never back
        "Lumen AI has the backing of Nvidia and Thrive Capital.",
        [("nvidia", "BACKS", "lumen-ai"), ("thrive-capital", "BACKS", "lumen-ai")],
        [("lumen-ai", "BACKS", "nvidia"), ("lumen-ai", "BACKS", "thrive-capital")],
    ),
    (  # mining: a named joint venture is itself, not its members, when lent to
        "Corrib Metals and Tanlo Power formed a joint venture, Salar Uno. Hexa Bank agreed to "
        "lend $200 million to the joint venture.",
        [("hexa-bank", "FUNDS", "salar-uno")],
        [("hexa-bank", "FUNDS", "corrib-metals"), ("hexa-bank", "FUNDS", "tanlo-power")],
    ),
]


MONEY_VERBS: list[Case] = [
    (  # tech: a round named with a bare possessive apostrophe
        "Quill Ventures led Harbor Robotics' $40 million Series B.",
        [("quill-ventures", "FUNDS", "harbor-robotics")],
        [("harbor-robotics", "FUNDS", "quill-ventures")],
    ),
    (  # transport: co-financing, passive with a coordinated agent
        "The Kelby Tram Link will be co-financed by Dunmore Council and the Tarn Development Bank.",
        [
            ("dunmore-council", "FUNDS", "kelby-tram-link"),
            ("tarn-development-bank", "FUNDS", "kelby-tram-link"),
        ],
        [],
    ),
    (  # banking: a credit line extended
        "Dunmore Bank extended a $20 million credit line to Harbor Robotics.",
        [("dunmore-bank", "FUNDS", "harbor-robotics")],
        [],
    ),
    (  # robotics: money landed from an investor
        "Harbor Robotics landed $20 million from Quill Ventures.",
        [("quill-ventures", "FUNDS", "harbor-robotics")],
        [("harbor-robotics", "FUNDS", "quill-ventures")],
    ),
    (  # government: money set aside for a project
        "Dunmore Council has set aside €40m for the Kelby Tram Link.",
        [("dunmore-council", "FUNDS", "kelby-tram-link")],
        [],
    ),
    (  # mining: two parties share a project's cost
        "Corrib Metals and Tanlo Power will share the cost of the Salar Uno project.",
        [("corrib-metals", "FUNDS", "salar-uno"), ("tanlo-power", "FUNDS", "salar-uno")],
        [("corrib-metals", "FUNDS", "tanlo-power")],
    ),
    (  # shipbuilding: money given, double object
        "Tarn Bank gave Harlow Yards $5 million.",
        [("tarn-bank", "FUNDS", "harlow-yards")],
        [("harlow-yards", "FUNDS", "tarn-bank")],
    ),
    (  # science: a grant awarded, double object
        "Last year Orvel Council awarded Harbor Robotics a $5 million grant.",
        [("orvel-council", "FUNDS", "harbor-robotics")],
        [],
    ),
    (  # passive, the giver after "by"
        "Harlow Yards was given $5 million by Tarn Bank.",
        [("tarn-bank", "FUNDS", "harlow-yards")],
        [],
    ),
    (  # guard: a contract award is a sale, not funding (both voices)
        "Harlow Yards was awarded a $500 million contract by the Tarn Navy. Last year Orvel "
        "Council awarded Harlow Yards a $20 million contract.",
        [],
        [("tarn-navy", "FUNDS", "harlow-yards"), ("orvel-council", "FUNDS", "harlow-yards")],
    ),
    (  # guard: damages are no funding; time is no money
        "A court awarded Harlow Yards $5 million in damages from Tarn Bank. Tarn Bank gave "
        "Harlow Yards a year to repay.",
        [],
        [("tarn-bank", "FUNDS", "harlow-yards")],
    ),
    (  # tech: "the initial equity funders of" a project, a subject list
        "MGX, Orvo Capital and Nvidia are the initial equity funders of the Stargate Project.",
        [("mgx", "FUNDS", "stargate-project"), ("nvidia", "FUNDS", "stargate-project")],
        [("mgx", "FUNDS", "nvidia")],
    ),
    (  # banking: "a lender to" in apposition; guard: negated
        "Hexa Bank, a longtime lender to Corvo Shipping, declined to comment. Norlund Bank is "
        "not a lender to Corvo Shipping.",
        [("hexa-bank", "FUNDS", "corvo-shipping")],
        [("norlund-bank", "FUNDS", "corvo-shipping")],
    ),
    (  # guard: landing a contract is no funding
        "Harbor Robotics landed a contract from Quill Logistics.",
        [],
        [("quill-logistics", "FUNDS", "harbor-robotics")],
    ),
]


RAISES: list[Case] = [
    (  # agriculture: a raise with no round noun, then co-investors "also took part"
        "Pollen Labs raised $40m last month, led by Harrier Growth. Agrilink Partners and "
        "Dunwick Growth also took part.",
        [
            ("harrier-growth", "FUNDS", "pollen-labs"),
            ("agrilink-partners", "FUNDS", "pollen-labs"),
            ("dunwick-growth", "FUNDS", "pollen-labs"),
        ],
        [("pollen-labs", "FUNDS", "harrier-growth"), ("harrier-growth", "FUNDS", "dunwick-growth")],
    ),
    (  # retail: "also chipped in" after a raise from one investor
        "Basket Box raised $12m from Harrier Growth. Orlo Capital also chipped in.",
        [("harrier-growth", "FUNDS", "basket-box"), ("orlo-capital", "FUNDS", "basket-box")],
        [],
    ),
    (  # agriculture: investors in order, "A and B invested, then C"
        "Pollen Labs raised $40m last month. Harrier Growth and Agrilink Partners invested, then "
        "Dunwick Growth, which led a $30 million round.",
        [
            ("harrier-growth", "FUNDS", "pollen-labs"),
            ("agrilink-partners", "FUNDS", "pollen-labs"),
            ("dunwick-growth", "FUNDS", "pollen-labs"),
        ],
        [("harrier-growth", "FUNDS", "dunwick-growth")],
    ),
    (  # tech: a round that "drew" its investors
        "Lumen AI's $6 billion round drew Nvidia and Orvo Capital.",
        [("nvidia", "FUNDS", "lumen-ai"), ("orvo-capital", "FUNDS", "lumen-ai")],
        [("nvidia", "FUNDS", "orvo-capital")],
    ),
    (  # guard: raising prices is no raise of money; "also took part" joins nothing
        "Basket Box raised prices last month. Orlo Capital also took part in the talks.",
        [],
        [("orlo-capital", "FUNDS", "basket-box")],
    ),
]


COHOLDERS: list[Case] = [
    (  # mining: a project's co-holder funds it
        "Corrib Metals holds a 60% interest in the Salar Uno project, with Tanlo Power holding "
        "the remaining 40%.",
        [("corrib-metals", "FUNDS", "salar-uno"), ("tanlo-power", "FUNDS", "salar-uno")],
        [("corrib-metals", "FUNDS", "tanlo-power")],
    ),
    (  # payments: a company's co-holder owns it; the seller keeps the rest
        "Orland Group bought 70% of Calloway Pay, with Penner Holdings keeping the rest.",
        [("orland-group", "OWNS", "calloway-pay"), ("penner-holdings", "OWNS", "calloway-pay")],
        [],
    ),
    (  # guard: holding talks is no holding
        "Orland Group holds 60% of Calloway Pay, with Penner Holdings holding talks.",
        [("orland-group", "OWNS", "calloway-pay")],
        [("penner-holdings", "OWNS", "calloway-pay")],
    ),
]


@pytest.mark.parametrize("text,present,absent", COHOLDERS)
def test_coholders(text, present, absent):
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", RAISES)
def test_raises(text, present, absent):
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", MONEY_VERBS)
def test_money_verbs(text, present, absent):
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", WRONG_PARTY)
def test_wrong_party_guards(text, present, absent):
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", DELIVERY)
def test_delivery_joint_ventures(text, present, absent):
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", LOANS_AND_COFUNDERS)
def test_loans_and_cofunders(text, present, absent):
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", COST_SHARES)
def test_cost_shares(text, present, absent):
    check(text, present, absent)
