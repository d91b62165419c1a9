"""Genre bank for names cut, split or mistyped at their ends (round 20).

A firm named after its founder is not a person because "who" follows it in the founder's
appositive ("Eamon Rafferty, the founder of Rafferty Flagon Blowers, who grew ..."): the "who" is
the founder's. A name before a lower-case works noun after "the" ("the Ravenholt Mills
extension") names a project, never "the company". A name runs over a lower-case connective
when it is one: "Free to Fly, a bird welfare charity" opening a sentence, "Kirklees with Rhondda
Council" (a joint council), "Fondet for Utvikling" (a Nordic foundation's head and "for").

Each case is a short invented text (relations that must be found, relations that must not be),
across glass, grain, leisure, joinery, microfinance, brewing, shipping and care.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

FOUNDER_APPOSITIVE: list[Case] = [
    (  # glass: the repro (r01)
        "Eamon Rafferty, the founder of Rafferty Flagon Blowers, who grew a single furnace "
        "into the country's biggest maker of cider bottles, has died. He was 91. He started "
        "the company in Carlow in 1958 with his sister, Nuala.",
        [("eamon-rafferty", "FOUNDED", "rafferty-flagon-blowers")],
        [],
    ),
    (  # brewing: chairman of a family brewer
        "Margit Holloway, the chairman of Holloway Barrel Works, who joined the brewer in 1990, "
        "said the company would open a second site.",
        [("margit-holloway", "LEADS", "holloway-barrel-works")],
        [],
    ),
    (  # shipping: founder, then the firm buys a rival
        "Piet Kroonsberg, the founder of Kroonsberg Tug Haulers, who began with one boat, died "
        "on Sunday. In 1999 the company bought Harlin Towage.",
        [
            ("piet-kroonsberg", "FOUNDED", "kroonsberg-tug-haulers"),
            ("kroonsberg-tug-haulers", "OWNS", "harlin-towage"),
        ],
        [],
    ),
    (  # guard: a person after "of" in a person's appositive stays a person
        "Ruth Adair, the daughter of Tom Adair, who founded Adair Mills, now runs the business.",
        [("tom-adair", "FOUNDED", "adair-mills")],
        [],
    ),
]

WORKS_PROJECTS: list[Case] = [
    (  # grain: the repro (r02)
        "Tarnside Silos, which runs the bulk seed quay at Barrowford, won approval for a £40 "
        "million upgrade. The project, known in the town as the Ravenholt Mills extension, "
        "will add six new silos. The company's managing director, Linnet Askey, said building "
        "would start in March. The Lowfell Prosperity Fund has awarded the Ravenholt Mills "
        "extension £1.5 million. Weirside Residents Group blames the company for ignoring "
        "dust complaints.",
        [
            ("linnet-askey", "LEADS", "tarnside-silos"),
            ("weirside-residents-group", "DISPUTES", "tarnside-silos"),
        ],
        [
            ("linnet-askey", "LEADS", "ravenholt-mills"),
            ("weirside-residents-group", "DISPUTES", "ravenholt-mills"),
        ],
    ),
    (  # quarrying: passive opponent of "the X expansion"
        "Granby Aggregates runs three quarries. The Kelda Quarry expansion was opposed by "
        "Fellside Walkers. The company's chief executive, Oren Pask, defended the plan.",
        [],
        [("oren-pask", "LEADS", "kelda-quarry"), ("kelda-quarry", "FUNDS", "fellside-walkers")],
    ),
    (  # ports: "the X redevelopment" then "the company"
        "Morrow Harbour Group owns the quay. The Saltings Wharf redevelopment will cost £8m. "
        "The company's finance director, Ada Quint, said work starts in May.",
        [],
        [("ada-quint", "LEADS", "saltings-wharf")],
    ),
    (  # guard: a legal form is a firm's, not a project's
        "Work on the Harlin Steel Ltd upgrade has begun. Harlin Steel Ltd's chief executive, "
        "Bo Renn, said it would take a year.",
        [("bo-renn", "LEADS", "harlin-steel")],
        [],
    ),
]

CONNECTIVES: list[Case] = [
    (  # leisure: the repro (r04)
        "Tallowmere Wildpark has been sold to the leisure chain Dunstall Outings. Free to Fly, "
        "a bird welfare charity which has long opposed the park's aviaries, criticised "
        'Dunstall as "a ticket machine".',
        [("free-to-fly", "DISPUTES", "dunstall-outings")],
        [("fly", "DISPUTES", "dunstall-outings")],
    ),
    (  # fishing: a campaign coalition opening the sentence
        "Seas to Save, a coalition of fishing villages, sued Brannock Trawlers on Monday.",
        [("seas-to-save", "DISPUTES", "brannock-trawlers")],
        [("save", "DISPUTES", "brannock-trawlers")],
    ),
    (  # guard: a transfer "sold X to Y, a charity" keeps two names
        "Orlo Farms sold Kelso to Tarsa, a farming charity, in May.",
        [],
        [("kelso-to-tarsa", "OWNS", "kelso")],
    ),
    (  # joinery: the repro (r04b)
        "Brexley Doors will shut its Rossendale factory. The shutdown was condemned by Kirklees "
        "with Rhondda Council, which had loaned the firm £200,000 in 2017.",
        [("kirklees-with-rhondda-council", "FUNDS", "brexley-doors")],
        [("rhondda-council", "FUNDS", "brexley-doors")],
    ),
    (  # care: a joint council as subject with a borough word
        "Ashby with Thorne Borough Council awarded Pellow Care a £90,000 grant.",
        [("ashby-with-thorne-borough-council", "FUNDS", "pellow-care")],
        [("thorne-borough-council", "FUNDS", "pellow-care")],
    ),
    (  # guard: a verb before the place word: two names
        "Vantor Buses merged Kelso with Tarsa Council's fleet.",
        [],
        [("kelso-with-tarsa-council", "OWNS", "vantor-buses")],
    ),
    (  # microfinance: the repro (r11b)
        "The aid lender Fondet for Utvikling lent Baraka Microloans $12m in 2021.",
        [("fondet-for-utvikling", "FUNDS", "baraka-microloans")],
        [("fondet", "FUNDS", "baraka-microloans")],
    ),
    (  # forestry: a Swedish foundation as a backer
        "Stiftelsen for Skogsbruk has funded Ribe Timber since 2019.",
        [("stiftelsen-for-skogsbruk", "FUNDS", "ribe-timber")],
        [("stiftelsen", "FUNDS", "ribe-timber")],
    ),
]

MORE: list[Case] = [
    (  # bakery: chief executive appositive, firm after "of"
        "Lena Voss, the chief executive of Voss Rye Bakers, who took over from her father, "
        "said the company would hire 40 people.",
        [("lena-voss", "LEADS", "voss-rye-bakers")],
        [],
    ),
    (  # textiles: co-founder appositive before "who"
        "Omar Tellan, a co-founder of Tellan Loom Weavers, who retired last year, backed the sale.",
        [("omar-tellan", "FOUNDED", "tellan-loom-weavers")],
        [],
    ),
    (  # rail: "the X refurbishment"-type works noun not a firm's antecedent
        "Calder Rail Holdings operates the line. Opponents of the Fenwick Sidings overhaul "
        "have written to the minister.",
        [],
        [("fenwick-sidings", "OWNS", "calder-rail-holdings")],
    ),
    (  # water: funder of "the X upgrade"
        "The Tarrow Valley Fund gave £2m to the Pellam Weir upgrade.",
        [],
        [("pellam-weir", "FUNDS", "tarrow-valley-fund")],
    ),
    (  # health: Nordic foundation as a funder, passive
        "Ribe Clinics was funded by Fonden for Sundhed in 2020.",
        [("fonden-for-sundhed", "FUNDS", "ribe-clinics")],
        [("fonden", "FUNDS", "ribe-clinics")],
    ),
    (  # guard: "for" after an English word still ends the name
        "Orlo Bank lent Kelvin Foods for expansion.",
        [],
        [("orlo-bank", "FUNDS", "kelvin-foods-for-expansion")],
    ),
    (  # housing: a joint council as a funder, in a relative clause
        "Pellow Homes, which Ashby with Thorne Council funded in 2018, will build 40 houses.",
        [("ashby-with-thorne-council", "FUNDS", "pellow-homes")],
        [("thorne-council", "FUNDS", "pellow-homes")],
    ),
    (  # animals: a campaign charity with "to" as the object of a reply
        "Wings to Freedom, an animal welfare charity, accused Corvane Zoos of neglect.",
        [("wings-to-freedom", "DISPUTES", "corvane-zoos")],
        [("freedom", "DISPUTES", "corvane-zoos")],
    ),
    (  # guard: a mid-sentence "X to Y, a charity" stays two names
        "Halden Estates gave Kelso to Brisk Trust, a charity, in 2019.",
        [],
        [("kelso-to-brisk-trust", "OWNS", "kelso")],
    ),
]

# fixa20: review20 part A, items 1, 2 and 12 (a reading that went wrong in this round)
REVIEWED: list[Case] = [
    (  # outsourcing: the review's sentence: a deal verb before "by" takes the "with"
        "The contract, signed by Amey with Kent County Council in 2019, runs for ten years. "
        "Amey is owned by Ferrovial.",
        [("ferrovial", "OWNS", "amey")],
        [("ferrovial", "OWNS", "amey-with-kent-county-council")],
    ),
    (  # waste: "between A and B with C Council": "with" after "and" joins no council
        "Last year Serco signed a waste contract. The deal between Serco and Veolia with "
        "Rhondda Council was worth £40m.",
        [],
        [("serco", "PARTNERS_WITH", "veolia-with-rhondda-council")],
    ),
    (  # catering: a deal struck by a firm with a council, then the firm's owner
        "The pact, agreed by Brimco with Harlow Council last May, covers school meals. Tarsa "
        "Group owns Brimco.",
        [("tarsa-group", "OWNS", "brimco")],
        [("tarsa-group", "OWNS", "brimco-with-harlow-council")],
    ),
    (  # dyeing: the review's sentence: a firm's trade word is no site's
        "Kelda Mills said the Tarsa Dyeworks refurbishment it paid for was finished. Kelda "
        "Mills owns Tarsa Dyeworks.",
        [("kelda-mills", "OWNS", "tarsa-dyeworks")],
        [("kelda-mills", "FUNDS", "tarsa-dyeworks")],
    ),
    (  # brewing: the review's sentence: a council approving a brewer's expansion backs nothing
        "Leeds City Council approved the Harrow Brewing expansion on Tuesday. The brewer will "
        "add 40 jobs.",
        [],
        [("leeds-city-council", "BACKS", "harrow-brewing")],
    ),
    (  # food: a firm's expansion then the firm owns a brand
        "Work on the Orrin Foods expansion began in May. Orrin Foods owns Brisk Oats.",
        [("orrin-foods", "OWNS", "brisk-oats")],
        [],
    ),
    (  # mining: a trade's "-ing" word ends a firm's name, not a site's
        "Fellside Ramblers opposed the Kelso Mining expansion. Tarsa Group owns Kelso Mining.",
        [("tarsa-group", "OWNS", "kelso-mining")],
        [],
    ),
    (  # finance: a company word ends the name
        "Brim Bank financed the Orla Holdings overhaul. Orla Holdings owns Pellam Ferries.",
        [("orla-holdings", "OWNS", "pellam-ferries")],
        [],
    ),
    (  # philanthropy: the review's sentence: "of" after a Nordic head ends the name
        "Fondet for Utvikling invested £2m in Kelda Mills. Stiftelsen of Bergen also backed "
        "Kelda Mills.",
        [("fondet-for-utvikling", "FUNDS", "kelda-mills")],
        [("stiftelsen-of-bergen", "FUNDS", "kelda-mills")],
    ),
]

BANK = FOUNDER_APPOSITIVE + WORKS_PROJECTS + CONNECTIVES + MORE + REVIEWED
GAPS: dict[str, str] = {
    "Seas to Save": "a name whose last word is a campaign verb ('to Save') is not joined",
    "Kelda Mills said the Tarsa Dyeworks": "a firm named for a site noun ('Dyeworks') before "
    "'refurbishment' is still read as the project",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_ends20(case: Case) -> None:
    check(*case)
