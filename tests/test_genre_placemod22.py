"""Genre bank for a town named only as a modifier in a firm's descriptor (round 22).

A town no gazetteer knows is a place when it modifies a company noun describing a named firm:
after adjectives ("X, the larger Haugesund operator that"), before coordinated kind nouns ("the
Varberg hiking and climbing label founded by P"), before a compound noun and the firm's name
("the Nelson shipyard group Skeldavik"), after a firm's "of" ("Ombrix Roofworks, of Wodonga,")
and after an appositive's "from" ("X, the packaging group from Carvoeiro,"). The firm is
LOCATED_IN the town, and the town is never an organization end (no founder "founded" it).
Guards: a nationality, a court's town, an analyst's employer, a country's possessive, a town
modifying a non-firm noun, a parent firm before a part noun, a family, a person's "of".

Each case is a short invented text (relations that must be found, relations that must not be),
across ferries, outdoor goods, buyouts, roofing, printing, shipbuilding, brewing, dairy,
software, packaging and haulage.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ADJECTIVE_TOWNS: list[Case] = [
    (  # repro r01: an adjective before the town, a relative after the noun
        "Brivanta Ferries said on Monday it would add two sailings a week. The move follows "
        "pressure from Kelmora Sealink, the larger Haugesund operator that competes with "
        "Brivanta for freight contracts, and which cut its own fares in October.",
        [("kelmora-sealink", "LOCATED_IN", "haugesund")],
        [("kelmora-sealink", "COMPETES_WITH", "haugesund")],
    ),
    (  # brewing: a hyphenated adjective, the appositive set off by commas
        "Zolvak Brewing, the family-owned Tarnowek brewer, raised prices in June.",
        [("zolvak-brewing", "LOCATED_IN", "tarnowek")],
        [],
    ),
    (  # haulage: an adjective and coordinated kind nouns
        "Pelko Transport, the small Strandvik bus and coach operator, was sold to Orlo Group.",
        [("pelko-transport", "LOCATED_IN", "strandvik"), ("orlo-group", "OWNS", "pelko-transport")],
        [("orlo-group", "OWNS", "strandvik")],
    ),
    (  # software: "the bigger" before the town, a participle after
        "Quorrel Systems, the bigger Lindaval software house backed by Harrow Capital, hired "
        "40 engineers.",
        [("quorrel-systems", "LOCATED_IN", "lindaval")],
        [("harrow-capital", "FUNDS", "lindaval")],
    ),
]

COORDINATED_KINDS: list[Case] = [
    (  # freight: two adjectives before the town, a relative after the noun
        "Kestel Freight, the small independent Morrowby haulier that serves the port, was sold "
        "to Orlo Group.",
        [("kestel-freight", "LOCATED_IN", "morrowby")],
        [("orlo-group", "OWNS", "morrowby")],
    ),
    (  # repro r02: coordinated kind nouns, then "founded in 2012 by P"
        "Helmfold Cycles will supply frames to a new customer. Its largest new buyer is Tandrel "
        "Trailwear, the Varberg hiking and climbing label founded in 2012 by the ex-guide Ylva "
        "Keene.",
        [
            ("tandrel-trailwear", "LOCATED_IN", "varberg"),
            ("ylva-keene", "FOUNDED", "tandrel-trailwear"),
        ],
        [("ylva-keene", "FOUNDED", "varberg")],
    ),
    (  # boats: a maker in apposition, coordinated nouns
        "Velmar Boats, the Kirrund boat and ski maker, said prices would rise.",
        [("velmar-boats", "LOCATED_IN", "kirrund")],
        [],
    ),
    (  # dairy: "founded by" after a coordinated descriptor
        "Melkvo Dairies, the Oosterlo cheese and butter cooperative founded by Anke Veld, cut "
        "milk prices.",
        [("melkvo-dairies", "LOCATED_IN", "oosterlo"), ("anke-veld", "FOUNDED", "melkvo-dairies")],
        [("anke-veld", "FOUNDED", "oosterlo")],
    ),
]

NAME_AFTER: list[Case] = [
    (  # repro r03: the descriptor before the name, a relative after it
        "Quaylinex will buy the courier Rendellpost for about 90 million euros. Rendell's top "
        "shareholder, the Brienzwil buyout house Limmatvest, which controls 58 percent of the "
        "business, has promised to sell its shares.",
        [("limmatvest", "LOCATED_IN", "brienzwil")],
        [],
    ),
    (  # repro r06: a compound noun ("shipyard group") before the name, after "with"
        "Orvik Valves has teamed up with the Nelson shipyard group Skeldavik to fit its ballast "
        "valves on new ferries.",
        [("skeldavik", "LOCATED_IN", "nelson"), ("orvik-valves", "PARTNERS_WITH", "skeldavik")],
        [("orvik-valves", "PARTNERS_WITH", "nelson")],
    ),
    (  # engineering: the object of "runs", an adjective-free trade phrase
        "Ada Rusk runs the Tarnowek engineering firm Zolvak Works.",
        [("zolvak-works", "LOCATED_IN", "tarnowek")],
        [("ada-rusk", "LEADS", "tarnowek")],
    ),
    (  # dairy: the second member of a coordinated subject
        "Orlo Foods and the Oosterlo dairy cooperative Melkvo will build a plant together.",
        [("melkvo", "LOCATED_IN", "oosterlo")],
        [("orlo-foods", "PARTNERS_WITH", "oosterlo")],
    ),
    (  # finance: a compound noun after the town, in a passive's agent
        "The stake was bought by the Brienzwil investment group Harvell Partners.",
        [("harvell-partners", "LOCATED_IN", "brienzwil")],
        [],
    ),
]

OF_AND_FROM: list[Case] = [
    (  # repro r04: "NAME, of TOWN, which"
        "Councillors on Tuesday gave the roofing job to Ombrix Roofworks, of Wodonga, which "
        "offered the lowest price. Ombrix will start in April.",
        [("ombrix-roofworks", "LOCATED_IN", "wodonga")],
        [],
    ),
    (  # repro r05: "buying NAME of TOWN in May"
        "Inkwell Printworks keeps expanding, buying Velquist Copyshop of Penvarra in May and "
        "agreeing to buy Tessel Signs last month.",
        [
            ("velquist-copyshop", "LOCATED_IN", "penvarra"),
            ("inkwell-printworks", "OWNS", "velquist-copyshop"),
        ],
        [("inkwell-printworks", "OWNS", "penvarra")],
    ),
    (  # bakery: "NAME of TOWN" as a subject
        "Crumbwell Bakeries of Tollandby, which supplies 40 cafes, was sold to Orlo Foods.",
        [("crumbwell-bakeries", "LOCATED_IN", "tollandby")],
        [("orlo-foods", "OWNS", "tollandby")],
    ),
    (  # packaging: "the <kind> from TOWN" in apposition
        "Tessa Packs, the packaging group from Carvoeiro, said sales rose.",
        [("tessa-packs", "LOCATED_IN", "carvoeiro")],
        [],
    ),
    (  # haulage: the indefinite "from" form still reads
        "Pelko, a bus operator from Strandvik, was sold to Orlo Group.",
        [("pelko", "LOCATED_IN", "strandvik")],
        [],
    ),
]

INDEFINITE_AND_COPULA: list[Case] = [
    (  # ferries: "a TOWN <kind>, NAME," after a verb: the town is bought by no one
        "Orlo Group bought a Haugesund ferry operator, Kelmora Sealink, in March.",
        [("kelmora-sealink", "LOCATED_IN", "haugesund"), ("orlo-group", "OWNS", "kelmora-sealink")],
        [("orlo-group", "OWNS", "haugesund")],
    ),
    (  # brewing: a present copula with a superlative before the town
        "Zolvak Brewing is the largest Tarnowek craft brewer and sells beer in six countries.",
        [("zolvak-brewing", "LOCATED_IN", "tarnowek")],
        [],
    ),
]

KEPT: list[Case] = [
    (  # positive control: no adjective, the appositive read before this round
        "Skeldavest, the Graz buyout house, has taken a minority holding in the grocer Pirrow "
        "Bakes.",
        [("skeldavest", "LOCATED_IN", "graz")],
        [],
    ),
    (  # the one-word "the TOWN brewer NAME"
        "The Tarnowek brewer Zolvak raised prices.",
        [("zolvak", "LOCATED_IN", "tarnowek")],
        [],
    ),
    (  # a relative on the firm after the town's descriptor
        "The shares were bought by Kestrel Partners, the Lindaval investment house that backs "
        "Zolvak.",
        [("kestrel-partners", "LOCATED_IN", "lindaval")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # REPROS guard 1: a nationality adjective, no place
        "The Finnish group Holmvik bought the bakery Pirrow Bakes last year.",
        [],
        [("holmvik", "LOCATED_IN", "finnish"), ("pirrow-bakes", "LOCATED_IN", "finnish")],
    ),
    (  # REPROS guard 2: a court's town does not place the fined firm
        "A Bordeaux court fined Holmvik Provisions in March over late payments.",
        [],
        [("holmvik-provisions", "LOCATED_IN", "bordeaux")],
    ),
    (  # REPROS guard 3: an analyst's employer in a city
        "An analyst at Zintrope Brokerage in Lille said the deal was overdue.",
        [],
        [("zintrope-brokerage", "LOCATED_IN", "lille")],
    ),
    (  # REPROS guard 4: a country's possessive
        "Austria's Ombrix Provisions said on Monday that sales rose 8 percent.",
        [],
        [("ombrix-provisions", "LOCATED_IN", "austria")],
    ),
    (  # REPROS guard 5: a town modifying a non-firm noun
        "Holmvik Provisions said its Nantes listing would go ahead in June.",
        [],
        [("holmvik-provisions", "LOCATED_IN", "nantes")],
    ),
    (  # a parent before a part noun: "the Harbeck unit" is Harbeck's
        "Orlo Foods bought Crispin Snacks, the Harbeck snacks unit, in May.",
        [],
        [("crispin-snacks", "LOCATED_IN", "harbeck")],
    ),
    (  # a family's office: a surname, no town
        "Velmar Boats is backed by Kesta Partners, the Tallisford family office.",
        [],
        [("kesta-partners", "LOCATED_IN", "tallisford")],
    ),
    (  # a person's "of" names an employer
        "Ada Rusk, of Kelvara, said the deal was overdue.",
        [],
        [("ada-rusk", "LOCATED_IN", "kelvara")],
    ),
    (  # a rival firm's name in the slot: "the former" breaks the town reading
        "Zolvak Works, the former Harbeck engineering unit, hired 40 staff.",
        [],
        [("zolvak-works", "LOCATED_IN", "harbeck")],
    ),
    (  # a seller after "from": no appositive, no town
        "Orlo Foods bought the packaging business from Tessa Packs in March.",
        [],
        [("orlo-foods", "LOCATED_IN", "tessa-packs")],
    ),
]

BANK = (
    ADJECTIVE_TOWNS
    + COORDINATED_KINDS
    + NAME_AFTER
    + OF_AND_FROM
    + INDEFINITE_AND_COPULA
    + KEPT
    + GUARDS
)
GAPS: dict[str, str] = {
    "Quorrel Systems, the bigger": "'software house': type_cues._head_after takes the Product "
    "head 'software' ('house' is no lexicon head), so the firm is typed Product",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_placemod22(case: Case) -> None:
    check(*case)
