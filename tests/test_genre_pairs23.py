"""Genre bank for pairs whose two ends are found but whose link was not read (round 23).

A leader named inside a firm's description ("X, a Derby valve maker whose chairman, Y, ..."),
a founder's bare role left or kept ("Y, who set up X in 2004, will step down as chief
executive", "is to leave the managing director post"), a subject named after a kinship noun
("Z's nephew, Y, is the chairman of X"). Joint ventures' partners fund the venture or project:
"X, a venture in which A holds 60% and B the rest", "between A and Chile's B", "P, which A
will build in a joint venture with B", "P, a depot scheme in which A and B have invested". A
round's raiser or lead described at length: "X, a Lyon maker of kits that ..., raised ... in a
round led by F, a fund that ..., with participation from B and C".

Each case is a short invented text (relations that must be found, relations that must not be),
across pumps, bicycles, private equity, dairy, shipping, mining, honey, metals, ports,
optics, translation software, agritech and fintech.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ROLEHOLDER: list[Case] = [
    (  # pumps: the described firm's chief executive, set off by commas
        "Harrowgate Valves, a pump maker from Derby whose chief executive, Aldous Pyne, "
        "testified last week, wants the contract.",
        [("aldous-pyne", "LEADS", "harrowgate-valves")],
        [],
    ),
    (  # private equity: "a buyout house in <town> whose managing partner Y"
        "Corbel Equity, a buyout house in Bristol whose managing partner Wenna Tallis has "
        "bought two dairies, teamed up with Strell Foods.",
        [("wenna-tallis", "LEADS", "corbel-equity")],
        [],
    ),
    (  # shipping: "whose chairman is Y" after a description
        "Ostrava Lines, a ferry operator whose chairman is Piet Lomax, cut fares.",
        [("piet-lomax", "LEADS", "ostrava-lines")],
        [],
    ),
    (  # guard: a named firm inside the description makes "whose" unclear
        "Ostrava Lines, a unit of Kessel Group whose chairman Piet Lomax spoke, cut fares.",
        [],
        [("piet-lomax", "LEADS", "ostrava-lines")],
    ),
    (  # guard: a person's description opens no firm's role
        "Ida Brenner, a farmer whose chief executive Piet Lomax quit, sold land.",
        [],
        [("piet-lomax", "LEADS", "ida-brenner")],
    ),
    (  # bicycles: the founder will retire as chief executive
        "Runa Halloway, who founded Spindle Bikes in 2003, plans to retire as chief "
        "executive next year.",
        [
            ("runa-halloway", "LEADS", "spindle-bikes"),
            ("runa-halloway", "FOUNDED", "spindle-bikes"),
        ],
        [],
    ),
    (  # dairy: "is to leave the managing director post"
        "Colm Varrick, who set up Brindle Creamery in 1998, is to leave the managing director "
        "post.",
        [("colm-varrick", "LEADS", "brindle-creamery")],
        [],
    ),
    (  # mining: "will step down as chairman"
        "Hester Quaid, who started Dunmore Quarries, will step down as chairman in June.",
        [("hester-quaid", "LEADS", "dunmore-quarries")],
        [],
    ),
    (  # software: "will leave her post as chief executive"
        "Mira Solvang, who founded Tessaly Code, will leave her post as chief executive.",
        [("mira-solvang", "LEADS", "tessaly-code")],
        [],
    ),
    (  # guard: a firm she sold is not the bare role's
        "Mira Solvang, who sold Tessaly Code in 2019, will step down as chairman.",
        [],
        [("mira-solvang", "LEADS", "tessaly-code")],
    ),
    (  # guard: another firm named after the founded one may hold the role (review 23)
        "Ada Vorn, who founded Orlen Tiles in 1994 before joining Tesk Foods, will step down "
        "as chief executive.",
        [("ada-vorn", "FOUNDED", "orlen-tiles")],
        [("ada-vorn", "LEADS", "orlen-tiles")],
    ),
    (  # guard: the same with "after leaving"
        "Ada Vorn, who set up Orlen Tiles after leaving Tesk Foods, will retire as chairman.",
        [],
        [("ada-vorn", "LEADS", "orlen-tiles")],
    ),
    (  # guard: the role's own organization wins
        "Mira Solvang, who founded Tessaly Code, retired as chief executive of Orlo Bank.",
        [("mira-solvang", "LEADS", "orlo-bank")],
        [("mira-solvang", "LEADS", "tessaly-code")],
    ),
    (  # brewing: the named kin is the chairman
        "Orrin Vale's brother-in-law, Peter Lindgren, is the chairman of Hallam Brewery.",
        [("peter-lindgren", "LEADS", "hallam-brewery")],
        [("orrin-vale", "LEADS", "hallam-brewery")],
    ),
    (  # brewing: the same with a name no cue types (typed Organization by default)
        "Orrin Vale's brother-in-law, Teodor Brisk, is the chairman of Hallam Brewery.",
        [("teodor-brisk", "LEADS", "hallam-brewery")],
        [],
    ),
    (  # textiles: "her son, Y, became chief executive of X"
        "Her son, Lucan Mirrow, became chief executive of Pelham Mills in 2019.",
        [("lucan-mirrow", "LEADS", "pelham-mills")],
        [],
    ),
    (  # guard: the role noun after the name
        "Spindle Bikes chief executive Runa Halloway said orders grew.",
        [("runa-halloway", "LEADS", "spindle-bikes")],
        [],
    ),
    (  # gap: the named person before a kinship appositive
        "Teodor Brisk, Orrin Vale's nephew, is the chairman of Hallam Brewery.",
        [("teodor-brisk", "LEADS", "hallam-brewery")],
        [],
    ),
]

JVFUNDS: list[Case] = [
    (  # honey: an appositive venture with shares, the second partner described
        "Larkspur Honey, a venture in which Quentro holds 60% and its Chilean partner Abejal "
        "40%, opened a plant.",
        [("quentro", "FUNDS", "larkspur-honey"), ("abejal", "FUNDS", "larkspur-honey")],
        [("abejal", "PARTNERS_WITH", "larkspur-honey")],
    ),
    (  # dairy: "and B the rest"
        "Tallow Dairy, a joint venture in which Morvik holds 70% and Brenn Farms the rest, "
        "sells cheese.",
        [("morvik", "FUNDS", "tallow-dairy"), ("brenn-farms", "FUNDS", "tallow-dairy")],
        [],
    ),
    (  # metals: a country's possessive before the second partner
        "Castings are made at Volna Foundry, an equal joint venture between Harken and "
        "Poland's Zelmet Works that employs 200 people.",
        [("harken", "FUNDS", "volna-foundry"), ("zelmet-works", "FUNDS", "volna-foundry")],
        [],
    ),
    (  # mining: the possessive member of a coordinated subject
        "Dravo Mining and Peru's Andora Metals sued Keswick Rail.",
        [
            ("dravo-mining", "DISPUTES", "keswick-rail"),
            ("andora-metals", "DISPUTES", "keswick-rail"),
        ],
        [("peru", "DISPUTES", "keswick-rail")],
    ),
    (  # energy: a relative clause, built in a joint venture with two partners
        "The Brisa smelter, which Orvane will build in a joint venture with Tesk Metals and "
        "Vell Mining, opens in 2028.",
        [
            ("orvane", "FUNDS", "brisa"),
            ("tesk-metals", "FUNDS", "brisa"),
            ("vell-mining", "FUNDS", "brisa"),
        ],
        [],
    ),
    (  # chemicals: the active clause
        "Orvane will build the Brisa plant in a joint venture with Tesk Metals.",
        [("orvane", "FUNDS", "brisa"), ("tesk-metals", "FUNDS", "brisa")],
        [("brisa", "PARTNERS_WITH", "tesk-metals")],
    ),
    (  # guard: the builders' client named after "for" (review 23)
        "Orvane Construction will build the Brisa dam in a joint venture with Tesk "
        "Engineering for the state utility Vell Power.",
        [("orvane-construction", "PARTNERS_WITH", "tesk-engineering")],
        [("orvane-construction", "FUNDS", "brisa"), ("tesk-engineering", "FUNDS", "brisa")],
    ),
    (  # guard: a funder named in a passive (review 23)
        "The Brisa dam, which Orvane Construction will build in a joint venture with Tesk "
        "Engineering, is funded by the World Bank.",
        [("orvane-construction", "PARTNERS_WITH", "tesk-engineering")],
        [("orvane-construction", "FUNDS", "brisa"), ("tesk-engineering", "FUNDS", "brisa")],
    ),
    (  # guard: "will be paid for by"
        "The Brisa dam, which Orvane Construction will build in a joint venture with Tesk "
        "Engineering, will be paid for by Vell Power.",
        [],
        [("orvane-construction", "FUNDS", "brisa"), ("tesk-engineering", "FUNDS", "brisa")],
    ),
    (  # ports: the investors of a described project
        "The Marrow Quay, a harbour project in which Lindqvist Marine and Osker Dredging have "
        "both invested, opens in May.",
        [
            ("lindqvist-marine", "FUNDS", "marrow-quay"),
            ("osker-dredging", "FUNDS", "marrow-quay"),
        ],
        [],
    ),
    (  # ports: "and in which both firms have put £Nm"
        "Lindqvist Marine is betting on the Marrow Quay, a harbour project it is building with "
        "partner Osker Dredging and in which both firms have put £20m.",
        [
            ("lindqvist-marine", "FUNDS", "marrow-quay"),
            ("osker-dredging", "FUNDS", "marrow-quay"),
        ],
        [],
    ),
    (  # guard: a share not taken
        "The Marrow Quay, a harbour project in which Lindqvist Marine has no stake, opens in May.",
        [],
        [("lindqvist-marine", "FUNDS", "marrow-quay")],
    ),
    (  # guard: the appositive's head is a partner "in" a venture (review 23)
        "Vell, a partner in a venture in which Orvel holds 60%, reported a loss.",
        [],
        [("orvel", "FUNDS", "vell")],
    ),
    (  # guard: "an investor in a venture where"
        "Vell, an investor in a venture where Orvel holds 60%, reported a loss.",
        [],
        [("orvel", "FUNDS", "vell")],
    ),
    (  # guard: "a firm with a venture"
        "Vell, a firm with a venture in which Orvel holds 60%, reported a loss.",
        [],
        [("orvel", "FUNDS", "vell")],
    ),
    (  # dairy: a plain modifier before the venture noun
        "Tallow Dairy, an equal joint venture in which Morvik holds 50% and Brenn Farms the "
        "rest, sells cheese.",
        [("morvik", "FUNDS", "tallow-dairy"), ("brenn-farms", "FUNDS", "tallow-dairy")],
        [],
    ),
    (  # guard: a venture of two named parents
        "Volna Foundry, a joint venture of Harken and Zelmet Works, opened in 2019.",
        [("harken", "FUNDS", "volna-foundry"), ("zelmet-works", "FUNDS", "volna-foundry")],
        [],
    ),
    (  # gap: a subsidiary's minority holder
        "Volna Foundry, a subsidiary of Harken in which Zelmet Works holds a minority stake, "
        "opened in 2019.",
        [("zelmet-works", "FUNDS", "volna-foundry")],
        [],
    ),
]

ROUNDS: list[Case] = [
    (  # optics: the raiser's long description with a that-clause and a negation
        "Lumora Optics, a Lyon company making kits that let vets scan pets without sedation, "
        "raised €8 million in a financing round led by Corrie Ventures.",
        [("corrie-ventures", "FUNDS", "lumora-optics")],
        [],
    ),
    (  # agritech: "has raised"
        "Fieldmint, a start-up whose sensors tell growers when soil that is dry needs water, "
        "has raised $5m in a round led by Harrow Seed Fund.",
        [("harrow-seed-fund", "FUNDS", "fieldmint")],
        [],
    ),
    (  # translation: the lead's description before the participants
        "Quillon Lingo raised €4m in a round led by Arnfell Capital, a Trondheim fund that "
        "often backs language tools, with participation from Vesper Angels and Ola Brekk, a "
        "Norwegian publisher who put in his own money.",
        [
            ("arnfell-capital", "FUNDS", "quillon-lingo"),
            ("vesper-angels", "FUNDS", "quillon-lingo"),
            ("ola-brekk", "FUNDS", "quillon-lingo"),
        ],
        [],
    ),
    (  # fintech: a short description of the lead
        "Paylark raised $9m in a round led by Osric Partners, a Dublin fund, with "
        "participation from Menlo Oak.",
        [("osric-partners", "FUNDS", "paylark"), ("menlo-oak", "FUNDS", "paylark")],
        [],
    ),
    (  # guard: a negated raise stays unread
        "Lumora Optics, a Lyon company, did not raise €8 million in a round led by Corrie "
        "Ventures.",
        [],
        [("corrie-ventures", "FUNDS", "lumora-optics")],
    ),
    (  # guard: the short appositive
        "Lumora Optics, an eyewear start-up, raised €8 million in a round led by Corrie Ventures.",
        [("corrie-ventures", "FUNDS", "lumora-optics")],
        [],
    ),
]

BANK = ROLEHOLDER + JVFUNDS + ROUNDS
GAPS: dict[str, str] = {
    "Teodor Brisk, Orrin Vale's": "the subject before a kinship appositive is not read",
    "Orrin Vale's brother-in-law, Teodor": "a name after a kinship noun, typed by no cue, is "
    "an Organization by default",
    "Volna Foundry, a subsidiary": "a subsidiary's minority holder is not read as a funder",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_pairs23(case: Case) -> None:
    check(*case)
