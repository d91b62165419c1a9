"""Genre bank for a project's, joint venture's or site's relation kept on it (round 19).

A relation said of a project, a joint venture or its plant stays there and is not moved onto
the firms around it: a loan that pays for a project funds the project, not the partners who
borrow it ("The partners will finance the mine with a loan from L"); a funding verb whose
object is "X's <project>" funds the project, not X; the agents of a passive ("is owned jointly
by A and B") are not the subject of the next conjunct's site ("and runs a plant in P"), and
no parent after "of", "between" or "by" is placed by a site noun ("X, a venture of A and B,
has a plant in P"); a description after a fronted participle clause ("Formed by merging A
and B, the group ...", "Bought by A in 2019, the company ...") is none of that clause's names;
the recipient of a giving verb ("gave X a grant for the P reservoir") does not fund the money
noun's project.

Each case is a short invented text (relations that must be found, relations that must not be),
across mining, water, energy, rail, food, steel, chemicals, ports and dairy.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PROJECT_LOANS: list[Case] = [
    (  # mining: "the partners" borrow; the lender funds the mine, not each partner
        "Garnet Mining and Velsen Resources are developing the Cerro Pardo copper mine in "
        "Chile. The partners will fund the mine with a $400m loan from Ostrel Bank.",
        [("ostrel-bank", "FUNDS", "cerro-pardo")],
        [("ostrel-bank", "FUNDS", "garnet-mining"), ("ostrel-bank", "FUNDS", "velsen-resources")],
    ),
    (  # water: a pronoun subject, "finance the plant"
        "Telko and Quenby are building the Harrowell plant. The partners will finance the "
        "plant with a loan from Norrhavn Bank.",
        [("norrhavn-bank", "FUNDS", "harrowell")],
        [("norrhavn-bank", "FUNDS", "telko"), ("norrhavn-bank", "FUNDS", "quenby")],
    ),
    (  # mining: one developer as "It", two lenders
        "Garnet Mining is developing the Cerro Pardo mine. It will finance the project with "
        "loans from Ostrel Bank and Exton Credit.",
        [("ostrel-bank", "FUNDS", "cerro-pardo"), ("exton-credit", "FUNDS", "cerro-pardo")],
        [("ostrel-bank", "FUNDS", "garnet-mining"), ("exton-credit", "FUNDS", "garnet-mining")],
    ),
    (  # rail: a building verb with a named project object
        "Vantor Rail will build the Lindell tram line with a loan from Exton Bank.",
        [("exton-bank", "FUNDS", "lindell")],
        [("exton-bank", "FUNDS", "vantor-rail")],
    ),
    (  # energy: "the company" as the borrower of the project's loan
        "Morlaix Energy is building the Brevik wind farm. The company will pay for the wind "
        "farm with a €200m loan from Calder Bank.",
        [("calder-bank", "FUNDS", "brevik")],
        [("calder-bank", "FUNDS", "morlaix-energy")],
    ),
    (  # must still give: a takeover's loan funds the buyer
        "Harlow Ports agreed to buy Tessin Docks. Harlow will fund the deal with a loan from "
        "Calder Bank.",
        [("calder-bank", "FUNDS", "harlow-ports"), ("harlow-ports", "OWNS", "tessin-docks")],
        [("calder-bank", "FUNDS", "tessin-docks")],
    ),
    (  # must still give: the partners fund their own named project
        "The two partners, Telko and Quenby, will fund the Harrowell plant with a $300m loan "
        "from Norrhavn Bank.",
        [
            ("telko", "FUNDS", "harrowell"),
            ("quenby", "FUNDS", "harrowell"),
            ("norrhavn-bank", "FUNDS", "harrowell"),
        ],
        [("norrhavn-bank", "FUNDS", "telko")],
    ),
    (  # gap: "it" is not bound to the project the sentence before named
        "Telko and Quenby will develop the Harrowell plant. They will fund it with a $300m "
        "loan from Norrhavn Bank.",
        [("norrhavn-bank", "FUNDS", "harrowell")],
        [("norrhavn-bank", "FUNDS", "telko"), ("norrhavn-bank", "FUNDS", "quenby")],
    ),
]

POSSESSED_PROJECTS: list[Case] = [
    (  # energy: a funding verb's object "X's <named project>"
        "Exton Bank is financing Vantor Power's Skelby solar farm.",
        [("exton-bank", "FUNDS", "skelby")],
        [("exton-bank", "FUNDS", "vantor-power")],
    ),
    (  # mining: "lend ... to X's <project>": the developer is not the one lent to
        "Calder Bank will lend $90m to Garnet Mining's Cerro Pardo copper mine.",
        [],
        [("calder-bank", "FUNDS", "garnet-mining")],
    ),
    (  # energy: an adjective between the possessive and the project
        "Exton Bank will invest $40m in Vantor Power's new Skelby solar farm.",
        [("exton-bank", "FUNDS", "skelby")],
        [("exton-bank", "FUNDS", "vantor-power")],
    ),
    (  # must still give: a possessed common noun is the possessor's
        "Exton Bank is financing Vantor Power's expansion.",
        [("exton-bank", "FUNDS", "vantor-power")],
        [],
    ),
]

JV_SITES: list[Case] = [
    (  # pumps: the JV's plant, its owners after "by" in the first conjunct
        "Sandle Pumps is owned jointly by Telko and Quenby and runs a plant in Nashik.",
        [
            ("telko", "OWNS", "sandle-pumps"),
            ("quenby", "OWNS", "sandle-pumps"),
            ("sandle-pumps", "LOCATED_IN", "nashik"),
        ],
        [
            ("telko", "LOCATED_IN", "nashik"),
            ("quenby", "LOCATED_IN", "nashik"),
            ("quenby", "OWNS", "telko"),
        ],
    ),
    (  # chemicals: one owner, "and has since opened a refinery in"
        "Kelvara Chemicals was bought by Ostrel Group in 2019 and has since opened a refinery "
        "in Rotterdam.",
        [("ostrel-group", "OWNS", "kelvara-chemicals")],
        [("ostrel-group", "LOCATED_IN", "rotterdam")],
    ),
    (  # brewing: a founder's passive, then the firm's plant
        "Sandle Brewing was founded by Telko Drinks and has a brewery in Pune.",
        [("telko-drinks", "FOUNDED", "sandle-brewing")],
        [("telko-drinks", "LOCATED_IN", "pune")],
    ),
    (  # pumps: an appositive JV, no parent placed
        "Sandle Pumps, a joint venture between Telko and Quenby, operates a factory in Pune.",
        [("sandle-pumps", "LOCATED_IN", "pune")],
        [("telko", "LOCATED_IN", "pune"), ("quenby", "LOCATED_IN", "pune")],
    ),
    (  # cement: the JV in a relative clause
        "Sandle Cement, which Telko and Quenby own jointly, opened a plant in Nashik.",
        [("telko", "OWNS", "sandle-cement"), ("sandle-cement", "LOCATED_IN", "nashik")],
        [("telko", "LOCATED_IN", "nashik"), ("quenby", "OWNS", "telko")],
    ),
    (  # pumps: "a 50:50 venture of A and B, has a plant in": the parents are not placed
        "Sandle Pumps, a 50:50 venture of Telko and Quenby, has a plant in Nashik.",
        [],
        [("telko", "LOCATED_IN", "nashik"), ("quenby", "LOCATED_IN", "nashik")],
    ),
    (  # glass: "a joint venture between A and B with a plant in"
        "Orvane Glass is a joint venture between Brisk Holdings and Tamsk Industries with a "
        "furnace plant in Kraków.",
        [],
        [("brisk-holdings", "LOCATED_IN", "krakow"), ("tamsk-industries", "LOCATED_IN", "krakow")],
    ),
    (  # logistics: a second site after a passive's agents
        "Sandle Freight, owned by Telko and Quenby, has a warehouse in Nashik and a depot in Pune.",
        [("sandle-freight", "LOCATED_IN", "nashik"), ("sandle-freight", "LOCATED_IN", "pune")],
        [("telko", "LOCATED_IN", "pune"), ("quenby", "LOCATED_IN", "pune")],
    ),
    (  # must still give: the active subject's own plant
        "Telko Foods owns Sandle Dairy and runs a plant in Nashik.",
        [("telko-foods", "OWNS", "sandle-dairy"), ("telko-foods", "LOCATED_IN", "nashik")],
        [],
    ),
]

CO_OWNERS: list[Case] = [
    (  # energy: a jointly owned project is funded by each owner, no OWNS between them
        "The Corrib terminal is owned jointly by Exton Gas and Veldt Energy.",
        [("exton-gas", "FUNDS", "corrib"), ("veldt-energy", "FUNDS", "corrib")],
        [("veldt-energy", "OWNS", "exton-gas"), ("exton-gas", "OWNS", "veldt-energy")],
    ),
    (  # dairy: co-owners of a company, active voice
        "Norvik Foods and Tessin Dairy jointly own Alder Creameries.",
        [
            ("norvik-foods", "OWNS", "alder-creameries"),
            ("tessin-dairy", "OWNS", "alder-creameries"),
        ],
        [("tessin-dairy", "OWNS", "norvik-foods"), ("norvik-foods", "OWNS", "tessin-dairy")],
    ),
    (  # mining: co-owners with a lender on the project in a relative
        "Garnet Mining and Velsen Resources co-own the Cerro Pardo mine, which is financed by "
        "Ostrel Bank.",
        [("ostrel-bank", "FUNDS", "cerro-pardo"), ("garnet-mining", "FUNDS", "cerro-pardo")],
        [("ostrel-bank", "FUNDS", "garnet-mining"), ("velsen-resources", "OWNS", "garnet-mining")],
    ),
]

FRONTED_CLAUSES: list[Case] = [
    (  # steel: "Formed by merging A and B, the group later acquired C": neither A nor B buys
        "Formed by merging Halvik Steel and Osric Metals in 2009, the group later acquired "
        "Tuvel Castings.",
        [],
        [("osric-metals", "OWNS", "tuvel-castings"), ("halvik-steel", "OWNS", "tuvel-castings")],
    ),
    (  # steel: a named firm before, another of the same stem merged
        "Halvik Steel makes rails. Formed by merging Halvik Rail and Osric Metals in 2009, the "
        "group later acquired Tuvel Castings.",
        [],
        [("osric-metals", "OWNS", "tuvel-castings")],
    ),
    (  # foundry: an irregular participle, the buyer inside the fronted clause
        "Bought by Osric Metals in 2019, the company later acquired Tuvel Castings.",
        [],
        [("osric-metals", "OWNS", "tuvel-castings")],
    ),
    (  # ports: "After buying A, the company ...": the topic firm, not A
        "Ardent Ports runs ferries. After buying Osric Docks in 2019, the company acquired "
        "Tuvel Marine.",
        [("ardent-ports", "OWNS", "tuvel-marine")],
        [("osric-docks", "OWNS", "tuvel-marine")],
    ),
    (  # steel: an irregular participle read from triggers.yaml irregular_verbs ("led")
        "Halvik Steel makes rails. Led by Osric Capital since 2019, the company later acquired "
        "Tuvel Castings.",
        [("halvik-steel", "OWNS", "tuvel-castings")],
        [("osric-capital", "OWNS", "tuvel-castings")],
    ),
    (  # ports: "Known as A until 2015, the company ...": the topic firm, not the old name
        "Ardent Ports runs ferries. Known as Osric Docks until 2015, the company acquired Tuvel "
        "Marine last year.",
        [("ardent-ports", "OWNS", "tuvel-marine")],
        [("osric-docks", "OWNS", "tuvel-marine")],
    ),
    (  # must still give: a fronted place participle places the firm
        "Ardent Metals makes rails. Based in Leeds, the company employs 900 people.",
        [("ardent-metals", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # must still give: a fronted founding with a named main subject
        "Founded in 2011 by Ana Kell, the brewer Orrin Ales sells beer in Leeds.",
        [("ana-kell", "FOUNDED", "orrin-ales")],
        [],
    ),
]

GIVEN_GRANTS: list[Case] = [
    (  # water: the recipient of "gave X a grant for P" does not fund P
        "The council gave Pemsley Utilities a £3m grant for the Harrowell reservoir.",
        [],
        [("pemsley-utilities", "FUNDS", "harrowell")],
    ),
    (  # food: a named giver funds the project (and the recipient), the recipient does not
        "The Rural Fund handed Brisk Foods a £2m grant for the Delmar bakery.",
        [("the-rural-fund", "FUNDS", "brisk-foods")],
        [("brisk-foods", "FUNDS", "delmar")],
    ),
    (  # rail: "awarded X a loan for the P line"
        "The transport agency awarded Vantor Rail a £40m loan for the Lindell tram line.",
        [],
        [("vantor-rail", "FUNDS", "lindell")],
    ),
    (  # must still give: the giver as the subject of a loan noun
        "Norrhavn Bank gave a $300m loan for the Harrowell plant.",
        [("norrhavn-bank", "FUNDS", "harrowell")],
        [],
    ),
    (  # gap: a plan for a project endorsed: the project is backed (the plan noun is not read)
        "The water ministry endorsed Pemsley Utilities' plan for the Harrowell reservoir.",
        [("water-ministry", "BACKS", "harrowell")],
        [("water-ministry", "BACKS", "pemsley-utilities")],
    ),
]

BANK = PROJECT_LOANS + POSSESSED_PROJECTS + JV_SITES + CO_OWNERS + FRONTED_CLAUSES + GIVEN_GRANTS
GAPS: dict[str, str] = {
    "Telko and Quenby will develop the Harrowell plant. They": (
        '"it" after a plural subject is not bound to the project named the sentence before'
    ),
    "The water ministry endorsed": (
        '"endorsed X\'s plan for P" is not read: the plan noun names no project object'
    ),
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_precjv19(case: Case) -> None:
    check(*case)
