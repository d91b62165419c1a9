"""Genre bank for entity names and their boundaries: a name whose first word is also a common
word ("Summit Ridge Foods", "Union Point Mining") kept whole at sentence start and after "the";
legal suffixes that must not split a name ("Quillex A/S", "Vantora S.p.A.", "Ostrel AG & Co.
KG"); a parent's short name not absorbed by its subsidiary ("Quillex" beside "Quillex Energy");
and non-entities (degree titles, capitalized common words at sentence start or in headlines,
time phrases, section labels) that must not become entities nor be bound by a pronoun.

Cases are invented short articles across food, mining, shipping, banking, pharma, energy,
retail, media, autos, farming, telecoms, insurance and property, in wire, newsletter, live-blog
and headline-plus-lede registers.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

# Names whose first word is a common word: kept whole (text, names with type, cut names).
COMMON_FIRST_WORDS: list[TypeCase] = [
    (  # food: sentence start
        "Summit Ridge Foods has sued Carlow Mills over a broken supply deal.",
        {"Summit Ridge Foods": "Organization", "Carlow Mills": "Organization"},
        ["Ridge Foods"],
    ),
    (  # banking: after "the"
        "The Harbour Lane Capital fund backed Orvane Robotics in March.",
        {"Harbour Lane Capital": "Organization"},
        ["Lane Capital"],
    ),
    (  # mining: sentence start, passive
        "Union Point Mining was founded by Dalia Ferreira in 2009.",
        {"Union Point Mining": "Organization", "Dalia Ferreira": "Person"},
        ["Point Mining"],
    ),
    (  # shipping: a place-like first word
        "Tarrow Glen Haulage has sued Brisco Freight over unpaid invoices.",
        {"Tarrow Glen Haulage": "Organization"},
        ["Glen Haulage"],
    ),
    (  # energy: a common adjective first
        "Bright Meadow Energy said on Tuesday it had hired Kestle Advisory.",
        {"Bright Meadow Energy": "Organization"},
        ["Meadow Energy"],
    ),
    (  # retail: mid-sentence, after a preposition
        "Shares of Silver Birch Retail fell after the chain lost its largest supplier.",
        {"Silver Birch Retail": "Organization"},
        ["Birch Retail", "Shares"],
    ),
    (  # insurance: a verb-like first word
        "Guard Hill Insurance agreed to buy Pellow Mutual for $300 million.",
        {"Guard Hill Insurance": "Organization", "Pellow Mutual": "Organization"},
        ["Hill Insurance"],
    ),
    (  # property: a direction word first
        "North Quay Properties is owned by Calder Estates.",
        {"North Quay Properties": "Organization"},
        ["Quay Properties"],
    ),
]

# A capitalized particle inside a sentence opens the name it stands before.
PARTICLE_FIRST_WORDS: list[TypeCase] = [
    (  # retail: a preposition as a brand's first word, as an object
        "Calder Sports sued Under Armour over a logo.",
        {"Under Armour": "Organization"},
        ["Armour"],
    ),
    (  # farming: after "the", before a lower-case head
        "Calder Mills sued the Over Hill Farms cooperative.",
        {"Over Hill Farms": "Organization"},
        ["Hill Farms"],
    ),
    (  # banking: after "by"
        "Orvane Robotics is backed by Both Ends Capital.",
        {"Both Ends Capital": "Organization"},
        ["Ends Capital"],
    ),
    (  # guard: a capitalized month after "on" is no part of the next name
        "Calder Mills said on Friday Corvo Utilities had won the bid.",
        {"Corvo Utilities": "Organization"},
        ["Friday Corvo Utilities"],
    ),
]

# Legal suffixes: one entity, canonical name without the suffix.
LEGAL_SUFFIXES: list[TypeCase] = [
    (  # shipping: Danish A/S
        "Quillex A/S has agreed to buy Halden Shipping, the Danish ferry operator.",
        {"Quillex": "Organization", "Halden Shipping": "Organization"},
        ["A/S", "S"],
    ),
    (  # autos: Italian S.p.A.
        "Vantora S.p.A. said it would invest in Ferrano Motors.",
        {"Vantora": "Organization"},
        ["S.p.A.", "Vantora S.p.A", "A."],
    ),
    (  # media: German AG & Co. KG
        "Ostrel AG & Co. KG bought a stake in Heller Media last year.",
        {"Ostrel": "Organization", "Heller Media": "Organization"},
        ["KG", "Co. KG", "AG"],
    ),
    (  # property: plc
        "Brenholt Holdings plc owns Maydown Estates, the property company said.",
        {"Brenholt Holdings": "Organization", "Maydown Estates": "Organization"},
        ["plc"],
    ),
    (  # law firm: LLP
        "Marlow Hale LLP advised Trenby Foods on the sale.",
        {"Marlow Hale": "Organization", "Trenby Foods": "Organization"},
        ["LLP"],
    ),
    (  # farming: GmbH
        "Wendorf Agrar GmbH partnered with Lissel Seeds on drought-tolerant wheat.",
        {"Wendorf Agrar": "Organization", "Lissel Seeds": "Organization"},
        ["GmbH"],
    ),
    (  # pharma: N.V.
        "Corlandt Pharma N.V. acquired Benthe Biologics in a $1 billion deal.",
        {"Corlandt Pharma": "Organization", "Benthe Biologics": "Organization"},
        ["N.V.", "V."],
    ),
]

# Non-entities: degree titles, headline words, time phrases, section labels.
NON_ENTITIES: list[TypeCase] = [
    (  # banking: a degree title after a person
        "Mara Ostrowski, who holds an MBA from Hallbrook University, founded Ledgerline.",
        {"Mara Ostrowski": "Person", "Ledgerline": "Organization"},
        ["MBA"],
    ),
    (  # pharma: PhD in a subject
        "Tobin Reyes, a PhD in Chemistry, founded Aurelle Therapeutics in 2015.",
        {"Tobin Reyes": "Person", "Aurelle Therapeutics": "Organization"},
        ["PhD in Chemistry", "Chemistry", "PhD"],
    ),
    (  # retail: sentence-start common word
        "Revenue rose 12% at Calloway Stores. Analysts said the chain had gained share.",
        {"Calloway Stores": "Organization"},
        ["Revenue", "Analysts"],
    ),
    (  # energy: time phrases
        "In the First Half, Pardoe Energy doubled output. On Monday Morning the company hired "
        "Grell Partners.",
        {"Pardoe Energy": "Organization"},
        ["First Half", "Monday Morning"],
    ),
    (  # telecoms: a quarter label
        "Q3 profit at Vellum Telecom beat forecasts, the operator said.",
        {"Vellum Telecom": "Organization"},
        ["Q3", "Q3 Profit"],
    ),
    (  # media: newsletter section labels
        "Deal Watch\nHarlow Media bought Pinchbeck Radio for $40 million.\n"
        "Update\nThe deal closed on Friday.",
        {"Harlow Media": "Organization", "Pinchbeck Radio": "Organization"},
        ["Deal Watch", "Update"],
    ),
    (  # autos: a headline of capitalized common words
        "Shares Slide As Ransome Motors Cuts Outlook\nRansome Motors cut its forecast on Tuesday.",
        {"Ransome Motors": "Organization"},
        ["Shares Slide", "Shares"],
    ),
    (  # farming: a season word
        "Last Spring, Owdale Farms signed a deal with Crossby Grain.",
        {"Owdale Farms": "Organization"},
        ["Last Spring", "Spring"],
    ),
    (  # banking: a degree with a university
        "Lena Castor earned a Master of Science from Brayton College before joining Fenwick Bank.",
        {"Lena Castor": "Person", "Fenwick Bank": "Organization"},
        ["Master of Science", "Master"],
    ),
]

# Section labels of newsletters and live blogs before a colon.
SECTION_LABELS: list[TypeCase] = [
    (  # markets newsletter
        "Market Wrap: Shares in Calder Foods rose 4% after it bought Pellow Dairies.",
        {"Calder Foods": "Organization", "Pellow Dairies": "Organization"},
        ["Wrap", "Market Wrap"],
    ),
    (  # live blog
        "Live Updates: Brask Mining has agreed to buy Orrin Metals.",
        {"Brask Mining": "Organization", "Orrin Metals": "Organization"},
        ["Updates", "Live Updates"],
    ),
    (  # insurance briefing, a bullet first
        "- Morning Briefing: Tolland Insurance sued Varley Re over a claim.",
        {"Tolland Insurance": "Organization", "Varley Re": "Organization"},
        ["Briefing", "Morning Briefing"],
    ),
    (  # telecoms earnings preview
        "Earnings Preview: Vellum Telecom reports on Tuesday.",
        {"Vellum Telecom": "Organization"},
        ["Preview", "Earnings Preview"],
    ),
    (  # property: summary label
        "Executive Summary: North Quay Properties bought Cobden Towers.",
        {"North Quay Properties": "Organization"},
        ["Summary", "Executive Summary"],
    ),
    (  # time phrase opening a sentence
        "Earlier This Month, Pardoe Energy bought Grell Solar.",
        {"Pardoe Energy": "Organization"},
        ["Month", "This Month"],
    ),
    (  # a credential in apposition
        "Dana Pruitt, a CFA charterholder, leads Brask Capital.",
        {"Dana Pruitt": "Person", "Brask Capital": "Organization"},
        ["CFA"],
    ),
]

TYPE_CASES: list[TypeCase] = (
    COMMON_FIRST_WORDS + PARTICLE_FIRST_WORDS + LEGAL_SUFFIXES + NON_ENTITIES + SECTION_LABELS
)

TYPE_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "must", "must_not"), gap_params(TYPE_CASES, TYPE_GAPS, spread=True)
)
def test_names2_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


# Relations that depend on a whole name, a joined suffix, a parent kept apart from its
# subsidiary, and guards where a non-entity must not be an endpoint.
CLIPPED_RELATIONS: list[Case] = [
    (  # shipping: sued, sentence start
        "Tarrow Glen Haulage has sued Brisco Freight over unpaid invoices.",
        [("tarrow-glen-haulage", "DISPUTES", "brisco-freight")],
        [("glen-haulage", "DISPUTES", "brisco-freight")],
    ),
    (  # mining: founded, passive
        "Union Point Mining was founded by Dalia Ferreira in 2009.",
        [("dalia-ferreira", "FOUNDED", "union-point-mining")],
        [("dalia-ferreira", "FOUNDED", "point-mining")],
    ),
    (  # food: after "the", owned
        "The Summit Ridge Foods group owns Bellamy Bakeries.",
        [("summit-ridge-foods", "OWNS", "bellamy-bakeries")],
        [("ridge-foods", "OWNS", "bellamy-bakeries")],
    ),
    (  # insurance: bought
        "Guard Hill Insurance agreed to buy Pellow Mutual for $300 million.",
        [("guard-hill-insurance", "OWNS", "pellow-mutual")],
        [("hill-insurance", "OWNS", "pellow-mutual")],
    ),
]

SUFFIX_RELATIONS: list[Case] = [
    (  # law firm LLP suing
        "Marlow Hale LLP sued Trenby Foods over unpaid fees.",
        [("marlow-hale", "DISPUTES", "trenby-foods")],
        [("llp", "DISPUTES", "trenby-foods")],
    ),
    (  # plc owns
        "Brenholt Holdings plc owns Maydown Estates.",
        [("brenholt-holdings", "OWNS", "maydown-estates")],
        [],
    ),
    (  # AG & Co. KG buying
        "Ostrel AG & Co. KG acquired Heller Media in 2021.",
        [("ostrel", "OWNS", "heller-media")],
        [("kg", "OWNS", "heller-media"), ("co-kg", "OWNS", "heller-media")],
    ),
    (  # A/S partnering
        "Quillex A/S partnered with Norrby Wind on offshore turbines.",
        [("quillex", "PARTNERS_WITH", "norrby-wind")],
        [],
    ),
    (  # S.p.A. located
        "Vantora S.p.A., based in Turin, makes brake systems. Vantora S.p.A. sued Ferrano Motors "
        "in May.",
        [("vantora", "DISPUTES", "ferrano-motors")],
        [],
    ),
]

PARENT_AND_SUBSIDIARY: list[Case] = [
    (  # energy: a later bare parent name stays the parent
        "Quillex owns Quillex Energy, a solar developer. Quillex Energy partnered with Marden "
        "Solar last year. In May, Quillex sued Harwick Power over a patent.",
        [
            ("quillex", "OWNS", "quillex-energy"),
            ("quillex", "DISPUTES", "harwick-power"),
            ("quillex-energy", "PARTNERS_WITH", "marden-solar"),
        ],
        [("quillex-energy", "DISPUTES", "harwick-power")],
    ),
    (  # media: subsidiary named first, parent later
        "Quillex Studio, the animation arm of Quillex, hired Dana Pruitt as chief executive. "
        "Quillex invested in Larchmont Pictures on Monday.",
        [("quillex", "FUNDS", "larchmont-pictures")],
        [("quillex-studio", "FUNDS", "larchmont-pictures")],
    ),
    (  # retail: the parent's name repeated after the subsidiary
        "Bramwell Stores bought Crayford Outlets last year. Bramwell Stores Online, its web arm, "
        "partnered with Doxley Logistics. Bramwell also acquired Pennick Home in June.",
        [("bramwell-stores", "OWNS", "pennick-home")],
        [("bramwell-stores-online", "OWNS", "pennick-home")],
    ),
    (  # telecoms: the parent named bare after the subsidiary's full name
        "Orvell Mobile, a unit of Orvell, signed a roaming pact with Tessaly Telecom. Orvell "
        "later sued Tessaly Telecom over fees.",
        [("orvell", "DISPUTES", "tessaly-telecom")],
        [("orvell-mobile", "DISPUTES", "tessaly-telecom")],
    ),
]

# Only the subsidiary is named in full; the bare parent name is described as the parent.
PARENT_NAMED_BARE: list[Case] = [
    (  # energy: "X, its parent"
        "Quillex Energy signed a supply pact with Marden Solar. Quillex, its parent, sued "
        "Harwick Power in May.",
        [("quillex", "DISPUTES", "harwick-power")],
        [("quillex-energy", "DISPUTES", "harwick-power")],
    ),
    (  # media: "the studio's parent X"
        "Quillex Studio hired Dana Pruitt. The studio's parent Quillex invested in Larchmont "
        "Pictures.",
        [("quillex", "FUNDS", "larchmont-pictures")],
        [("quillex-studio", "FUNDS", "larchmont-pictures")],
    ),
    (  # banking: "parent company X"
        "Tessaly Bank Direct opened 40 branches. Parent company Tessaly acquired Morrow Credit "
        "in June.",
        [("tessaly", "OWNS", "morrow-credit")],
        [("tessaly-bank-direct", "OWNS", "morrow-credit")],
    ),
    (  # guard: a bare short name with no parent cue stays the one company
        "Halden Steel sued Pell Metals in March. Halden later sued Morrow Metals.",
        [("halden-steel", "DISPUTES", "morrow-metals")],
        [("halden", "DISPUTES", "morrow-metals")],
    ),
]

NON_ENTITY_GUARDS: list[Case] = [
    (  # degree title bound by a pronoun
        "Arlo Penn completed an MBA in 2010. It later funded Tessmer Labs, Penn said.",
        [],
        [("mba", "FUNDS", "tessmer-labs")],
    ),
    (  # headline word as subject
        "Analysts Back Corbel Mining\nCorbel Mining raised $50 million.",
        [],
        [("analysts", "BACKS", "corbel-mining"), ("analysts", "FUNDS", "corbel-mining")],
    ),
    (  # time phrase as subject
        "Monday Morning saw Dunmore Bank sue Pettis Capital.",
        [("dunmore-bank", "DISPUTES", "pettis-capital")],
        [("monday-morning", "DISPUTES", "pettis-capital")],
    ),
    (  # section label then a bare pronoun sentence
        "Deal Watch\nIt bought Halloran Foods, Gresby Capital said.",
        [],
        [("deal-watch", "OWNS", "halloran-foods")],
    ),
    (  # live blog: update label before a sentence
        "Update 14:05\nMorrow Insurance has agreed to buy Dellan Life.",
        [("morrow-insurance", "OWNS", "dellan-life")],
        [("update", "OWNS", "dellan-life")],
    ),
]

# Common nouns opening a sentence capitalized: no entity, no endpoint.
COMMON_OPENERS: list[Case] = [
    (  # banking: bondholders backing a plan
        "Bondholders backed the rescue plan of Tessaly Bank on Monday.",
        [],
        [("bondholders", "BACKS", "tessaly-bank")],
    ),
    (  # autos: staff suing, then a pronoun
        "Staff sued Ransome Motors over unpaid overtime. They also sued Pell Autos.",
        [],
        [("staff", "DISPUTES", "ransome-motors"), ("staff", "DISPUTES", "pell-autos")],
    ),
    (  # shipping: regulators opposing
        "Regulators opposed the merger of Halden Shipping and Brisco Freight.",
        [],
        [("regulators", "DISPUTES", "halden-shipping")],
    ),
    (  # farming: a real firm whose name is a plural still counts mid-sentence
        "Calder Mills sued Growers Mutual in March.",
        [("calder-mills", "DISPUTES", "growers-mutual")],
        [],
    ),
]

CASES: list[Case] = (
    CLIPPED_RELATIONS
    + SUFFIX_RELATIONS
    + PARENT_AND_SUBSIDIARY
    + PARENT_NAMED_BARE
    + NON_ENTITY_GUARDS
    + COMMON_OPENERS
)

LEFT: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(CASES, LEFT))
def test_names2_relations(case: Case) -> None:
    check(*case)
