"""Genre bank for the co-funders and lenders of a project (round 17).

Funders of a project (a plant, mine, pipeline, stadium, terminal) named together: a funding
noun with its project and a list ("Lenders to the Kelso pipeline include A and B", "the Tarn
wind farm's backers include A"), a companion of a co-financing verb ("A is co-financing the
Tarn dam with B"), lenders arranging a project's debt ("A, B and C arranged the debt for the
Pellmoor mine"), and a project named after its cost or size ("the £300m Harrow Bay wind
farm"). Contractors, suppliers and advisers fund nothing; a government approving a project
backs it; seeking funding, a hedged list and a sold project fund nothing.

Each case is a short invented text (relations that must be found, relations that must not be),
across wind, solar, mining, pipelines, ports, stadiums, rail, water and hospitals.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LISTED: list[Case] = [
    (  # stadium: "Lenders to the P include A, B and C"
        "Lenders to the Marlow Cross stadium include Norvik Bank, Exton Credit and Calder Bank.",
        [
            ("norvik-bank", "FUNDS", "marlow-cross"),
            ("exton-credit", "FUNDS", "marlow-cross"),
            ("calder-bank", "FUNDS", "marlow-cross"),
        ],
        [("norvik-bank", "FUNDS", "exton-credit")],
    ),
    (  # LNG terminal: "Other lenders to the P are A and B", a two-word head
        "Other lenders to the Brenna Bay LNG terminal are Ostrel Bank and Vantor Credit.",
        [("ostrel-bank", "FUNDS", "brenna-bay"), ("vantor-credit", "FUNDS", "brenna-bay")],
        [],
    ),
    (  # pipeline: "The existing investors in the P include A and B"
        "The existing investors in the Kelso pipeline include Tarsa Capital and Orvel Partners.",
        [("tarsa-capital", "FUNDS", "kelso"), ("orvel-partners", "FUNDS", "kelso")],
        [],
    ),
    (  # wind: a relative clause on the project before the list's verb
        "Backers of the Harrow Bay wind farm, which will power 300,000 homes, include Norvik "
        "Bank and Pellam Infrastructure.",
        [("norvik-bank", "FUNDS", "harrow-bay"), ("pellam-infrastructure", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # mining: "Funders of the P include A", an attribution after the list
        "Funders of the Tallis Ridge copper mine include Kelvara Bank, the lender said.",
        [("kelvara-bank", "FUNDS", "tallis-ridge")],
        [],
    ),
    (  # stadium: the project possessed with its head: "the P stadium's backers include A and B"
        "The Dunmore Park stadium's backers include Tarsa Capital and Orvel Partners.",
        [("tarsa-capital", "FUNDS", "dunmore-park"), ("orvel-partners", "FUNDS", "dunmore-park")],
        [],
    ),
    (  # solar: "the P solar farm's lenders, including A and B," as the subject
        "The Selby Moor solar farm's lenders, including Norvik Bank and Exton Credit, signed "
        "the final papers on Tuesday.",
        [("norvik-bank", "FUNDS", "selby-moor"), ("exton-credit", "FUNDS", "selby-moor")],
        [],
    ),
    (  # guard: a hedged list
        "Lenders to the Kelso pipeline may include Norvik Bank and Exton Credit.",
        [],
        [("norvik-bank", "FUNDS", "kelso"), ("exton-credit", "FUNDS", "kelso")],
    ),
    (  # guard: suppliers of a project fund nothing
        "Suppliers to the Kelso pipeline include Vestra Steel and Calder Pipes.",
        [],
        [("vestra-steel", "FUNDS", "kelso"), ("calder-pipes", "FUNDS", "kelso")],
    ),
    (  # guard: advisers of a project fund nothing
        "Advisers to the Harrow Bay wind farm include Calder Partners and Ostrel Advisory.",
        [],
        [("calder-partners", "FUNDS", "harrow-bay"), ("ostrel-advisory", "FUNDS", "harrow-bay")],
    ),
    (  # guard: a negated list
        "Lenders to the Kelso pipeline do not include Norvik Bank.",
        [],
        [("norvik-bank", "FUNDS", "kelso")],
    ),
]

CO_FINANCIERS: list[Case] = [
    (  # mining: "A is co-financing the P with B": both fund it
        "Halvik Mining is co-financing the Pellmoor gold mine with Norvik Bank.",
        [("halvik-mining", "FUNDS", "pellmoor"), ("norvik-bank", "FUNDS", "pellmoor")],
        [("norvik-bank", "FUNDS", "halvik-mining")],
    ),
    (  # stadium: a council and two companions after "with"
        "The Ostrel council will co-fund the Marlow Cross stadium with Tarsa Capital and Orvel "
        "Partners.",
        [("tarsa-capital", "FUNDS", "marlow-cross"), ("orvel-partners", "FUNDS", "marlow-cross")],
        [],
    ),
    (  # rail: past tense, "together with"
        "Vantor Rail co-financed the Kelso Junction upgrade project together with Exton Credit.",
        [("vantor-rail", "FUNDS", "kelso-junction"), ("exton-credit", "FUNDS", "kelso-junction")],
        [],
    ),
    (  # an unnamed "the scheme" the previous sentence named
        "Ostrel Water unveiled the Fenwick reservoir scheme. Norvik Bank and Exton Credit are "
        "co-financing the scheme.",
        [("norvik-bank", "FUNDS", "fenwick"), ("exton-credit", "FUNDS", "fenwick")],
        [],
    ),
    (  # guard: intent: "plans to co-finance ... with B"
        "Halvik Mining plans to co-finance the Pellmoor gold mine with Norvik Bank.",
        [],
        [("norvik-bank", "FUNDS", "pellmoor"), ("halvik-mining", "FUNDS", "pellmoor")],
    ),
    (  # guard: talks
        "Halvik Mining is in talks to co-finance the Pellmoor gold mine with Norvik Bank.",
        [],
        [("norvik-bank", "FUNDS", "pellmoor")],
    ),
    (  # guard: a builder's companion is no funder
        "Halvik Mining is building the Pellmoor gold mine with Vestra Construction.",
        [],
        [("vestra-construction", "FUNDS", "pellmoor")],
    ),
    (  # guard: contractors of a passive "built by"
        "The Kelso pipeline is being built by Vestra Build with Calder Pipes.",
        [],
        [("vestra-build", "FUNDS", "kelso"), ("calder-pipes", "FUNDS", "kelso")],
    ),
]

ARRANGED_DEBT: list[Case] = [
    (  # mining: a syndicate arranging the debt: each member funds the mine
        "A syndicate of Norvik Bank, Exton Credit and Calder Bank arranged the debt for the "
        "Pellmoor mine.",
        [
            ("norvik-bank", "FUNDS", "pellmoor"),
            ("exton-credit", "FUNDS", "pellmoor"),
            ("calder-bank", "FUNDS", "pellmoor"),
        ],
        [],
    ),
    (  # solar: one bank, "arranged a $90m loan for the P"
        "Kelvara Bank arranged a $90m loan for the Tarn Valley solar farm.",
        [("kelvara-bank", "FUNDS", "tarn-valley")],
        [],
    ),
    (  # water: the bank as "the lender" after a first sentence
        "Ostrel Water is building the Fenwick reservoir scheme. Norvik Bank and Vantor Credit "
        "arranged the £120m debt for the Fenwick reservoir.",
        [("norvik-bank", "FUNDS", "fenwick"), ("vantor-credit", "FUNDS", "fenwick")],
        [],
    ),
    (  # guard: an adviser on the debt is no lender
        "Calder Partners advised Halvik Mining on the debt for the Pellmoor mine.",
        [],
        [("calder-partners", "FUNDS", "pellmoor")],
    ),
    # a company, not a project, after the phrase: the loan noun reads it ("loan for")
    (  # shipping: two banks arranging a loan for a company
        "Hexa Bank and Corran Credit arranged a $500 million loan for Keller Maritime.",
        [("hexa-bank", "FUNDS", "keller-maritime"), ("corran-credit", "FUNDS", "keller-maritime")],
        [("hexa-bank", "FUNDS", "corran-credit")],
    ),
    (  # food: the company after a place and a descriptor
        "Dunmore Bank arranged a £40m loan for the Leeds bakery chain Harlow Foods.",
        [("dunmore-bank", "FUNDS", "harlow-foods")],
        [],
    ),
    (  # airline: a loan signed for a company
        "Vantor Credit signed a €25m loan for Brisk Airways.",
        [("vantor-credit", "FUNDS", "brisk-airways")],
        [],
    ),
    (  # guard: not yet arranged
        "Hexa Bank has yet to arrange a loan for Keller Maritime.",
        [],
        [("hexa-bank", "FUNDS", "keller-maritime")],
    ),
    (  # guard: a meeting arranged is no money
        "Calder Partners arranged a meeting for Keller Maritime with Hexa Bank.",
        [],
        [
            ("calder-partners", "FUNDS", "keller-maritime"),
            ("hexa-bank", "FUNDS", "keller-maritime"),
        ],
    ),
]

COSTED_NAMES: list[Case] = [
    (  # wind: the cost before a name ending in a place word
        "The £300m Harrow Bay wind farm is being financed by Norvik Bank, Exton Credit and "
        "the Tarsa Infrastructure Fund.",
        [
            ("norvik-bank", "FUNDS", "harrow-bay"),
            ("exton-credit", "FUNDS", "harrow-bay"),
            ("tarsa-infrastructure-fund", "FUNDS", "harrow-bay"),
        ],
        [],
    ),
    (  # wind: a participle before the name ("the planned P")
        "Norvik Bank is financing the planned Harrow Bay wind farm.",
        [("norvik-bank", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # water: an adjective before a name ending in "Valley"
        "Ostrel Water and Kelvara Bank are funding the long-delayed Tarn Valley reservoir.",
        [("ostrel-water", "FUNDS", "tarn-valley"), ("kelvara-bank", "FUNDS", "tarn-valley")],
        [],
    ),
    (  # gas: a cost in words and an acronym before the head
        "Exton Credit is financing the $2.5 billion Harrow Bay LNG terminal.",
        [("exton-credit", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # solar: a size before the name, active verb
        "Pellam Energy is financing the 500MW Selby Moor solar farm.",
        [("pellam-energy", "FUNDS", "selby-moor")],
        [],
    ),
    (  # water: a cost in dollars, passive
        "The $1.2bn Corran desalination plant is funded by Orvel Water Partners.",
        [("orvel-water-partners", "FUNDS", "corran")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # a government approving a project backs it
        "The Kelso pipeline was approved by the Ostrel government.",
        [],
        [("ostrel", "FUNDS", "kelso")],
    ),
    (  # seeking funding is no funding
        "Halvik Mining is seeking funding from Norvik Bank for the Pellmoor gold mine.",
        [],
        [("norvik-bank", "FUNDS", "pellmoor"), ("norvik-bank", "FUNDS", "halvik-mining")],
    ),
    (  # a sold project: the buyer owns it, funds nothing
        "Halvik Mining sold the Pellmoor gold mine to Norvik Bank.",
        [],
        [("norvik-bank", "FUNDS", "pellmoor"), ("halvik-mining", "FUNDS", "pellmoor")],
    ),
    (  # a supplier
        "Vestra Turbines supplies turbines to the Harrow Bay wind farm.",
        [],
        [("vestra-turbines", "FUNDS", "harrow-bay")],
    ),
    (  # must still give: a share of the cost, the rest covered by a companion
        "Norvik Bank will put up half the cost of the Tallis Ridge project, with Exton Credit "
        "covering the rest.",
        [("norvik-bank", "FUNDS", "tallis-ridge"), ("exton-credit", "FUNDS", "tallis-ridge")],
        [],
    ),
]

CAME_FROM: list[Case] = [
    (  # wind: "Funding for the P comes from A, B and C"
        "Funding for the Harrow Bay wind farm comes from Norvik Bank, Exton Credit and Calder "
        "Bank.",
        [
            ("norvik-bank", "FUNDS", "harrow-bay"),
            ("exton-credit", "FUNDS", "harrow-bay"),
            ("calder-bank", "FUNDS", "harrow-bay"),
        ],
        [],
    ),
    (  # pipeline: the cost before the name, "came mainly from"
        "The equity for the £2bn Kelso pipeline came mainly from Tarsa Capital.",
        [("tarsa-capital", "FUNDS", "kelso")],
        [],
    ),
    (  # port: "The debt for the P was provided by A and B"
        "The debt for the Brenna Bay container terminal was provided by Ostrel Bank and Vantor "
        "Credit.",
        [("ostrel-bank", "FUNDS", "brenna-bay"), ("vantor-credit", "FUNDS", "brenna-bay")],
        [],
    ),
    (  # guard: a hedged source
        "Funding for the Harrow Bay wind farm could come from Norvik Bank.",
        [],
        [("norvik-bank", "FUNDS", "harrow-bay")],
    ),
    (  # guard: intent
        "Funding for the Harrow Bay wind farm is expected to come from Norvik Bank.",
        [],
        [("norvik-bank", "FUNDS", "harrow-bay")],
    ),
    (  # guard: goods supplied for a project are no money
        "The turbines for the Harrow Bay wind farm were supplied by Vestra Turbines.",
        [],
        [("vestra-turbines", "FUNDS", "harrow-bay")],
    ),
    (  # guard: advice for a project
        "Advice for the Harrow Bay wind farm came from Calder Partners.",
        [],
        [("calder-partners", "FUNDS", "harrow-bay")],
    ),
]

AS_FUNDERS: list[Case] = [
    (  # wind: "P reached financial close with A and B as lenders"
        "The Harrow Bay wind farm reached financial close with Norvik Bank and Exton Credit as "
        "lenders.",
        [("norvik-bank", "FUNDS", "harrow-bay"), ("exton-credit", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # stadium: the project as the object of the clause's verb
        "Dunmore United built the Dunmore Park stadium with Kelvara Bank and Tarsa Capital as "
        "its backers.",
        [("kelvara-bank", "FUNDS", "dunmore-park"), ("tarsa-capital", "FUNDS", "dunmore-park")],
        [],
    ),
    (  # guard: a supplier named after "with ... as"
        "The Harrow Bay wind farm opened in May with Vestra Turbines as its supplier.",
        [],
        [("vestra-turbines", "FUNDS", "harrow-bay")],
    ),
    (  # guard: an adviser
        "The Harrow Bay wind farm opened in May with Calder Partners as adviser.",
        [],
        [("calder-partners", "FUNDS", "harrow-bay")],
    ),
]

MONEY_AGENTS: list[Case] = [
    (  # wind: "backed by loans from A and B" is money, not support
        "The Harrow Bay wind farm is backed by loans from Norvik Bank and Exton Credit.",
        [("norvik-bank", "FUNDS", "harrow-bay"), ("exton-credit", "FUNDS", "harrow-bay")],
        [("norvik-bank", "BACKS", "harrow-bay")],
    ),
    (  # health: a passive coordinated after an appositive on the first agent
        "Project Swift will be led by Dr. Carla Ruiz, Orrin Health's chief pharmacy officer, and "
        "is financed in part by a $12 million grant from the Tessaly Health Innovation Fund.",
        [
            ("tessaly-health-innovation-fund", "FUNDS", "project-swift"),
            ("carla-ruiz", "LEADS", "project-swift"),
        ],
        [],
    ),
    (  # port: "X will open in 2027 and is backed by loans from A"
        "The Brenna Bay container terminal will open in 2027 and is backed by loans from Ostrel "
        "Bank.",
        [("ostrel-bank", "FUNDS", "brenna-bay")],
        [],
    ),
    (  # solar: an aside on the project before the verb
        "The Selby Moor solar farm, owned by Pellam Energy, is underpinned by a £90m loan from "
        "Kelvara Bank.",
        [("kelvara-bank", "FUNDS", "selby-moor")],
        [],
    ),
    (  # stadium: the grant's giver funds the project, not the builder named before
        "The Marlow Cross stadium will be built by Vestra Build, and is supported by a £40m grant "
        "from the Ostrel Council.",
        [("ostrel-council", "FUNDS", "marlow-cross")],
        [("ostrel-council", "FUNDS", "vestra-build")],
    ),
    (  # guard: a government backing a project with no money named
        "The Harrow Bay wind farm is backed by the Ostrel government.",
        [],
        [("ostrel", "FUNDS", "harrow-bay")],
    ),
    (  # guard: hedged
        "The Harrow Bay wind farm may be backed by loans from Norvik Bank.",
        [],
        [("norvik-bank", "FUNDS", "harrow-bay")],
    ),
    (  # guard: intent after the coordination
        "The Harrow Bay wind farm was approved by Ostrel Council, and is expected to be financed "
        "by Norvik Bank.",
        [("ostrel-council", "BACKS", "harrow-bay")],
        [("norvik-bank", "FUNDS", "harrow-bay"), ("ostrel-council", "FUNDS", "harrow-bay")],
    ),
    (  # guard: a contract is no money
        "The Harrow Bay wind farm is backed by a power purchase agreement with Vestra Power.",
        [],
        [("vestra-power", "FUNDS", "harrow-bay")],
    ),
]

JOINED: list[Case] = [
    (  # wind: "A joined B in financing P"
        "Norvik Bank joined Exton Credit in financing the Harrow Bay wind farm.",
        [("norvik-bank", "FUNDS", "harrow-bay"), ("exton-credit", "FUNDS", "harrow-bay")],
        [("norvik-bank", "FUNDS", "exton-credit")],
    ),
    (  # rail: "A joins B and C as lenders to P"
        "Kelvara Bank joins Ostrel Bank and Vantor Credit as lenders to the Kelso Junction rail "
        "line.",
        [
            ("kelvara-bank", "FUNDS", "kelso-junction"),
            ("ostrel-bank", "FUNDS", "kelso-junction"),
            ("vantor-credit", "FUNDS", "kelso-junction"),
        ],
        [],
    ),
    (  # guard: joining a builder
        "Vestra Power joined Pellam Energy in building the Harrow Bay wind farm.",
        [],
        [("vestra-power", "FUNDS", "harrow-bay")],
    ),
]

COPULAS: list[Case] = [
    (  # wind: "A and B are the main investors in the P"
        "Norvik Bank and Exton Credit are the main investors in the Harrow Bay wind farm.",
        [("norvik-bank", "FUNDS", "harrow-bay"), ("exton-credit", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # pipeline: "were the lenders behind the P", three names
        "Ostrel Bank, Vantor Credit and Calder Bank were the lenders behind the Kelso pipeline.",
        [
            ("ostrel-bank", "FUNDS", "kelso"),
            ("vantor-credit", "FUNDS", "kelso"),
            ("calder-bank", "FUNDS", "kelso"),
        ],
        [],
    ),
    (  # wind: singular, ranked: "A is the largest lender to the P"
        "Norvik Bank is the largest lender to the Harrow Bay wind farm.",
        [("norvik-bank", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # solar: "A and B are equal partners in the P"
        "Pellam Energy and Vestra Power are equal partners in the Selby Moor solar farm.",
        [("pellam-energy", "FUNDS", "selby-moor"), ("vestra-power", "FUNDS", "selby-moor")],
        [],
    ),
    (  # guard: technology partners supply
        "Pellam Energy and Vestra Power are technology partners in the Selby Moor solar farm.",
        [],
        [("pellam-energy", "FUNDS", "selby-moor"), ("vestra-power", "FUNDS", "selby-moor")],
    ),
    (  # guard: an adviser
        "Norvik Bank is an adviser to the Harrow Bay wind farm.",
        [],
        [("norvik-bank", "FUNDS", "harrow-bay")],
    ),
    (  # guard: negated
        "Norvik Bank and Exton Credit are not investors in the Harrow Bay wind farm.",
        [],
        [("norvik-bank", "FUNDS", "harrow-bay"), ("exton-credit", "FUNDS", "harrow-bay")],
    ),
    (  # guard: suppliers after the copula
        "Vestra Steel and Calder Pipes are suppliers to the Kelso pipeline.",
        [],
        [("vestra-steel", "FUNDS", "kelso"), ("calder-pipes", "FUNDS", "kelso")],
    ),
]

LATER_FUNDERS: list[Case] = [
    (  # wind: gapped shares: "A is providing £200m for X, B £150m and C the rest"
        "Norvik Bank is providing £200m for the Harrow Bay wind farm, Exton Credit £150m and "
        "Calder Bank the rest.",
        [
            ("norvik-bank", "FUNDS", "harrow-bay"),
            ("exton-credit", "FUNDS", "harrow-bay"),
            ("calder-bank", "FUNDS", "harrow-bay"),
        ],
        [],
    ),
    (  # port: "funded by A, with B and C also lending"
        "The Brenna Bay container terminal is being funded by Ostrel Bank, with Vantor Credit "
        "and Calder Bank also lending.",
        [
            ("ostrel-bank", "FUNDS", "brenna-bay"),
            ("vantor-credit", "FUNDS", "brenna-bay"),
            ("calder-bank", "FUNDS", "brenna-bay"),
        ],
        [],
    ),
    (  # mining: ", joining B and C" after a loan to the project
        "Kelvara Bank has agreed to lend $200m to the Tallis Ridge copper mine, joining Ostrel "
        "Bank and Vantor Credit.",
        [
            ("kelvara-bank", "FUNDS", "tallis-ridge"),
            ("ostrel-bank", "FUNDS", "tallis-ridge"),
            ("vantor-credit", "FUNDS", "tallis-ridge"),
        ],
        [],
    ),
    (  # guard: an attribution after the clause is no gapped share
        "Norvik Bank is providing £200m for the Harrow Bay wind farm, Pellam Energy said.",
        [("norvik-bank", "FUNDS", "harrow-bay")],
        [("pellam-energy", "FUNDS", "harrow-bay")],
    ),
    (  # guard: a builder "also building" funds nothing
        "Norvik Bank is lending £200m for the Harrow Bay wind farm, with Vestra Build also "
        "building.",
        [],
        [("vestra-build", "FUNDS", "harrow-bay")],
    ),
    (  # guard: a purchase's gapped price is no project funding
        "Norvik Bank bought Quillex for £200m, Exton Credit £150m.",
        [],
        [("exton-credit", "FUNDS", "quillex")],
    ),
]

SIGNED: list[Case] = [
    (  # wind: a loan agreement signed for the project
        "Norvik Bank and Exton Credit signed a $500m loan agreement for the Harrow Bay wind farm.",
        [("norvik-bank", "FUNDS", "harrow-bay"), ("exton-credit", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # guard: a construction contract
        "Pellam Energy signed a construction contract for the Selby Moor solar farm with Vestra "
        "Build.",
        [],
        [("vestra-build", "FUNDS", "selby-moor"), ("pellam-energy", "FUNDS", "selby-moor")],
    ),
    (  # guard: not yet signed
        "Pellam Energy has yet to sign a loan for the Selby Moor solar farm.",
        [],
        [("pellam-energy", "FUNDS", "selby-moor")],
    ),
]

LED_AND_SHARED: list[Case] = [
    (  # wind: gapped percentage: "B the remaining 40%"
        "Norvik Bank will fund 60% of the Harrow Bay wind farm and Exton Credit the remaining 40%.",
        [("norvik-bank", "FUNDS", "harrow-bay"), ("exton-credit", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # rail: "A is leading the financing of P, alongside B and C"
        "Kelvara Bank is leading the financing of the Kelso Junction rail line, alongside Ostrel "
        "Bank and Vantor Credit.",
        [
            ("kelvara-bank", "FUNDS", "kelso-junction"),
            ("ostrel-bank", "FUNDS", "kelso-junction"),
            ("vantor-credit", "FUNDS", "kelso-junction"),
        ],
        [],
    ),
    (  # mining: "The financing of P was led by A, with B and C taking part"
        "The financing of the Tallis Ridge copper mine was led by Norvik Bank, with Exton Credit "
        "and Calder Bank taking part.",
        [
            ("norvik-bank", "FUNDS", "tallis-ridge"),
            ("exton-credit", "FUNDS", "tallis-ridge"),
            ("calder-bank", "FUNDS", "tallis-ridge"),
        ],
        [],
    ),
    (  # stadium: ", with the rest coming from B and C"
        "Ostrel Council is contributing £40m to the Marlow Cross stadium, with the rest coming "
        "from Dunmore United and Tarsa Capital.",
        [
            ("ostrel-council", "FUNDS", "marlow-cross"),
            ("dunmore-united", "FUNDS", "marlow-cross"),
            ("tarsa-capital", "FUNDS", "marlow-cross"),
        ],
        [],
    ),
    (  # wind: ", while B and C will lend the rest"
        "The Ostrel government will provide a £50m grant for the Harrow Bay wind farm, while "
        "Norvik Bank and Exton Credit will lend the rest.",
        [
            ("ostrel", "FUNDS", "harrow-bay"),
            ("norvik-bank", "FUNDS", "harrow-bay"),
            ("exton-credit", "FUNDS", "harrow-bay"),
        ],
        [],
    ),
    (  # guard: a builder building "the rest"
        "The Ostrel government will fund the Harrow Bay wind farm, while Vestra Build will build "
        "the rest.",
        [],
        [("vestra-build", "FUNDS", "harrow-bay")],
    ),
    (  # wind: a costed project, then the debt provided in the next sentence
        "The Harrow Bay wind farm will cost £500m. Norvik Bank and Exton Credit are providing the "
        "debt.",
        [("norvik-bank", "FUNDS", "harrow-bay"), ("exton-credit", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # wind: a share of the cost
        "Norvik Bank provided £200m of the cost of the Harrow Bay wind farm.",
        [("norvik-bank", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # guard: leading the construction is no financing
        "Vestra Build is leading the construction of the Harrow Bay wind farm, alongside Calder "
        "Civils.",
        [],
        [("vestra-build", "FUNDS", "harrow-bay"), ("calder-civils", "FUNDS", "harrow-bay")],
    ),
    (  # guard: "the rest coming from" a place is no funder
        "Ostrel Council is contributing £40m to the Marlow Cross stadium, with the rest of the "
        "steel coming from Vestra Steel.",
        [("ostrel-council", "FUNDS", "marlow-cross")],
        [("vestra-steel", "FUNDS", "marlow-cross")],
    ),
]

POSSESSED_LISTS: list[Case] = [
    (  # wind: "P's funders are A and B"
        "The Harrow Bay wind farm's funders are Norvik Bank and Exton Credit.",
        [("norvik-bank", "FUNDS", "harrow-bay"), ("exton-credit", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # wind: "P, whose backers include A and B,"
        "The Selby Moor solar farm, whose backers include Norvik Bank and Exton Credit, will "
        "open in 2027.",
        [("norvik-bank", "FUNDS", "selby-moor"), ("exton-credit", "FUNDS", "selby-moor")],
        [],
    ),
    (  # pipeline: "whose main lenders are A and B"
        "The Kelso pipeline, whose main lenders are Ostrel Bank and Vantor Credit, is late.",
        [("ostrel-bank", "FUNDS", "kelso"), ("vantor-credit", "FUNDS", "kelso")],
        [],
    ),
    (  # guard: a company's backers fund the company, not the project it builds
        "Pellam Energy, whose backers include Norvik Bank, is building the Harrow Bay wind farm.",
        [("norvik-bank", "FUNDS", "pellam-energy")],
        [("norvik-bank", "FUNDS", "harrow-bay")],
    ),
    (  # guard: suppliers
        "The Harrow Bay wind farm's suppliers are Vestra Turbines and Calder Steel.",
        [],
        [("vestra-turbines", "FUNDS", "harrow-bay"), ("calder-steel", "FUNDS", "harrow-bay")],
    ),
]

STAKED_BACKERS: list[Case] = [
    (  # backed by a stake-taker and another: both fund the project
        "The Tallis Ridge project is backed by Norvik Bank, which took a 30% stake, and Exton "
        "Credit.",
        [("norvik-bank", "FUNDS", "tallis-ridge"), ("exton-credit", "FUNDS", "tallis-ridge")],
        [("norvik-bank", "BACKS", "tallis-ridge")],
    ),
    (  # mining: the relative ends the sentence
        "The Pellmoor copper mine is backed by Orvel Partners, which holds a 40% interest.",
        [("orvel-partners", "FUNDS", "pellmoor")],
        [],
    ),
    (  # guard: a relative with no stake: support stays BACKS
        "The Tallis Ridge project is backed by Ostrel Council, which praised the plan.",
        [("ostrel-council", "BACKS", "tallis-ridge")],
        [("ostrel-council", "FUNDS", "tallis-ridge")],
    ),
]

GAP_CASES: list[Case] = [
    (  # a backer named as a financial firm with no money word: the passive gives BACKS
        "The Harrow Bay wind farm, which is backed by Norvik Bank and Exton Credit, will open "
        "in 2027.",
        [("norvik-bank", "FUNDS", "harrow-bay"), ("exton-credit", "FUNDS", "harrow-bay")],
        [],
    ),
    (  # a lender named in a financing agreement after "with"
        "Pellam Energy signed a £90m financing agreement for the Selby Moor solar farm with "
        "Kelvara Bank.",
        [("kelvara-bank", "FUNDS", "selby-moor"), ("pellam-energy", "FUNDS", "selby-moor")],
        [],
    ),
]


BANK = (
    LISTED
    + CO_FINANCIERS
    + ARRANGED_DEBT
    + COSTED_NAMES
    + CAME_FROM
    + AS_FUNDERS
    + JOINED
    + MONEY_AGENTS
    + COPULAS
    + LATER_FUNDERS
    + SIGNED
    + STAKED_BACKERS
    + LED_AND_SHARED
    + POSSESSED_LISTS
    + GUARDS
    + GAP_CASES
)
GAPS: dict[str, str] = {
    "The Harrow Bay wind farm, which is backed by Norvik": "'backed by' a bank with no money "
    "word or stake is read as BACKS (support), as for a government",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_cofund17(case: Case) -> None:
    check(*case)
