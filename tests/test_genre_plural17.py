"""Genre bank for plural and definite firm nouns bound to the right entities (round 17).

The shapes: (i) a bare "the two" or "the pair" after two organizations named together in its
own sentence ("A partnered with B, and the two set up C") or as the only two entities of the
sentence before takes that pair, not two people named further back; (ii) an institutional
plural ("both bodies", "the two institutions") is two organizations, a union or a guild
among them, never two people; (iii) "both companies" after a takeover and the deal's advisers
names the buyer and the target, never the advisers; (iv) a descriptor right before a name
("the Danish dairy co-operative Marsk") is no back-reference; (v) a trade noun the firm was
called by ("the atelier") and "the business" name the firm the text is about; (vi) guards:
"the two women" stays two people, a person in the clause before leaves a bare "the two" to
the older readings, and a competition idiom is no dispute.

Each case is a short invented text (relations that must be found, relations that must not
be), across food, farming, tiles, watches, furniture, retail, brewing, shipping and banking.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BARE_PAIR: list[Case] = [
    (  # farming: ", and the two" after a partnership in the same sentence, lone first name
        "Orvella teamed up with the Kivu Farmers' Guild, and the two jointly set up Field "
        "First, a farm-training scheme.",
        [("orvella", "FOUNDED", "field-first"), ("kivu-farmers-guild", "FOUNDED", "field-first")],
        [],
    ),
    (  # food: two people named first, the org pair coordinated in the clause before "the two"
        "Mara Lusk and Tom Reyes run Orvella Foods. Orvella partnered with the Kivu Farmers' "
        "Guild, and the two together started Field First, a farm-training scheme.",
        [
            ("orvella-foods", "FOUNDED", "field-first"),
            ("kivu-farmers-guild", "FOUNDED", "field-first"),
        ],
        [("mara-lusk", "FOUNDED", "field-first"), ("tom-reyes", "FOUNDED", "field-first")],
    ),
    (  # food: the pair is the sentence before, the people two sentences back
        "Mara Lusk and Tom Reyes run Orvella Foods. In 2018 Orvella partnered with the Kivu "
        "Farmers' Guild. The two later started Field First, a farm-training scheme.",
        [
            ("orvella-foods", "FOUNDED", "field-first"),
            ("kivu-farmers-guild", "FOUNDED", "field-first"),
        ],
        [("mara-lusk", "FOUNDED", "field-first"), ("tom-reyes", "FOUNDED", "field-first")],
    ),
    (  # milling: "the pair" opening the sentence after a partnership, bosses named before
        "Ana Lusk and Piet Brand run Brenner Mills. Last year Brenner Mills signed a pact with "
        "Osterby Grain. The pair then created Grainway, a milling school.",
        [("brenner-mills", "FOUNDED", "grainway"), ("osterby-grain", "FOUNDED", "grainway")],
        [("ana-lusk", "FOUNDED", "grainway"), ("piet-brand", "FOUNDED", "grainway")],
    ),
    (  # brewing: must still give: two firms opening a sentence, "the two" in the next
        "Hopwell Brewing partnered with Tarn Maltings in 2019. The two later set up Barley "
        "Trust, a growers' fund.",
        [
            ("hopwell-brewing", "FOUNDED", "barley-trust"),
            ("tarn-maltings", "FOUNDED", "barley-trust"),
        ],
        [],
    ),
    (  # guard: "the two women" stays two people
        "Pia Marsh, chair of Halden Bank, met Olu Banks, head of the Norfolk Growers' Union. "
        "The two women later set up Field First, a farm-training scheme.",
        [("pia-marsh", "FOUNDED", "field-first"), ("olu-banks", "FOUNDED", "field-first")],
        [("halden-bank", "FOUNDED", "field-first")],
    ),
    (  # guard: must still give: two people coordinated, "the two" founded a firm
        "Ada Rusk and Tom Reyes met at Keld Capital. The two later founded Brisk Ventures.",
        [("ada-rusk", "FOUNDED", "brisk-ventures"), ("tom-reyes", "FOUNDED", "brisk-ventures")],
        [("keld-capital", "FOUNDED", "brisk-ventures")],
    ),
]

INSTITUTIONS: list[Case] = [
    (  # farming: "both bodies" after people named between: the two organizations
        "Halden Bank teamed up with the Norfolk Growers' Union. Chair Pia Marsh and treasurer "
        "Olu Banks signed the pact. Field First was started by both bodies in 2020.",
        [
            ("halden-bank", "FOUNDED", "field-first"),
            ("norfolk-growers-union", "FOUNDED", "field-first"),
        ],
        [("pia-marsh", "FOUNDED", "field-first"), ("olu-banks", "FOUNDED", "field-first")],
    ),
    (  # food: passive "started by both bodies" with an appositive name in its own sentence
        "Mara Lusk and Tom Reyes run Orvella Foods. In 2018 Orvella partnered with the Kivu "
        "Farmers' Guild. The scheme, Field First, was started by both bodies in 2020.",
        [
            ("orvella-foods", "FOUNDED", "field-first"),
            ("kivu-farmers-guild", "FOUNDED", "field-first"),
        ],
        [("mara-lusk", "FOUNDED", "field-first")],
    ),
    (  # health: "the two institutions" after a hospital and a university
        "Tarrow Hospital signed an accord with Kelvin University. Its head, Ana Lusk, praised "
        "it. The two institutions will jointly run Medlink, a training programme.",
        [],
        [("ana-lusk", "FOUNDED", "medlink")],
    ),
    (  # charity: "both charities" set up a fund
        "Shelter Row works with the Brisk Trust on housing. Both charities set up Roofline, a "
        "loan fund, in 2021.",
        [("shelter-row", "FOUNDED", "roofline"), ("brisk-trust", "FOUNDED", "roofline")],
        [],
    ),
]

DEAL_PAIR: list[Case] = [
    (  # tiles: two advisers coordinated just before "both companies": buyer and target
        "Kelso Tiles agreed to buy Tarsa Ceramics for £40m. Renfrew Bank and Ostler Partners "
        "advised on the deal. Both companies are based in Stoke.",
        [("kelso-tiles", "LOCATED_IN", "stoke"), ("tarsa-ceramics", "LOCATED_IN", "stoke")],
        [("renfrew-bank", "LOCATED_IN", "stoke"), ("ostler-partners", "LOCATED_IN", "stoke")],
    ),
    (  # tiles: one adviser named with the buyer
        "Kelso Tiles agreed to buy Tarsa Ceramics for £40m. Renfrew Bank advised Kelso. Both "
        "companies are based in Stoke.",
        [("kelso-tiles", "LOCATED_IN", "stoke"), ("tarsa-ceramics", "LOCATED_IN", "stoke")],
        [("renfrew-bank", "LOCATED_IN", "stoke")],
    ),
    (  # glass: "a competitor of both firms" after an adviser and a council
        "Kelso Tiles agreed to buy Tarsa Ceramics. Renfrew Bank advised Kelso, and the Stoke "
        "Council approved. Fennick Glass, a rival of both companies, objected.",
        [
            ("fennick-glass", "COMPETES_WITH", "kelso-tiles"),
            ("fennick-glass", "COMPETES_WITH", "tarsa-ceramics"),
        ],
        [("fennick-glass", "COMPETES_WITH", "renfrew-bank")],
    ),
    (  # shipping: advisers in a progressive clause, "the two companies" compete
        "Harlow Lines will take over Ormond Shipping. Calder Bank and Exton Partners are "
        "advising on the sale. Brenn Freight, which competes with the two companies, "
        "complained.",
        [
            ("brenn-freight", "COMPETES_WITH", "harlow-lines"),
            ("brenn-freight", "COMPETES_WITH", "ormond-shipping"),
        ],
        [("brenn-freight", "COMPETES_WITH", "calder-bank")],
    ),
    (  # must still give: two firms that are no advisers opening the sentence before
        "Kelso Tiles agreed to buy Tarsa Ceramics. Renfrew Glass and Ostler Stone cut prices "
        "in May. Both companies are based in Leeds.",
        [("renfrew-glass", "LOCATED_IN", "leeds"), ("ostler-stone", "LOCATED_IN", "leeds")],
        [("kelso-tiles", "LOCATED_IN", "leeds")],
    ),
]

DESCRIPTORS: list[Case] = [
    (  # dairy: a descriptor right before the parent's name is no anaphor
        "Tolla Foods makes soup in Hull. Tolla is a subsidiary of the Danish dairy "
        "co-operative Marsk.",
        [],
        [("hull", "OWNS", "tolla-foods"), ("tolla-foods", "OWNS", "tolla-foods")],
    ),
    (  # dairy: the parent named after a descriptor owns the unit
        "Pellow Dairies, a subsidiary of the Irish farmers' co-operative Glenbrae, makes butter.",
        [("glenbrae", "OWNS", "pellow-dairies")],
        [],
    ),
    (  # brewing: "the brewery group Tarsa" is no back-reference
        "Hopwell Brewing makes ale in Leeds. Last year it sold a stake to the brewery group Tarsa.",
        [],
        [("hopwell-brewing", "OWNS", "hopwell-brewing")],
    ),
]

TOPIC_NOUNS: list[Case] = [
    (  # watches: a trade noun the firm was called by, a rival named in between
        "Vessel Watches, a Geneva atelier, makes 400 watches a year. Its rival Brannock Time "
        "cut prices last year. The atelier has teamed up with the Lucerne Rowing Club on a "
        "timing project.",
        [("vessel-watches", "PARTNERS_WITH", "lucerne-rowing-club")],
        [("brannock-time", "PARTNERS_WITH", "lucerne-rowing-club")],
    ),
    (  # furniture: "the workshop" after a supplier
        "Tarn Joinery, a workshop in Kendal, makes chairs. Ostler Timber supplies its oak. The "
        "workshop was founded by Ada Rusk in 1990.",
        [("ada-rusk", "FOUNDED", "tarn-joinery")],
        [("ada-rusk", "FOUNDED", "ostler-timber")],
    ),
    (  # watches: "the company" at a paragraph start after a rival: the topic firm
        "Vessel Watches is a Geneva watchmaker. Its rival Brannock Time cut prices last year. "
        "The company has teamed up with the Lucerne Rowing Club on a timing project.",
        [("vessel-watches", "PARTNERS_WITH", "lucerne-rowing-club")],
        [("brannock-time", "PARTNERS_WITH", "lucerne-rowing-club")],
    ),
    (  # bakery: "who started the business" after a shareholder: the topic firm
        "Dorlan Bakeries was founded in 1990. Its biggest shareholder is Pemberton Investors. "
        "Ada Rusk, who started the business in her kitchen, still chairs it.",
        [("ada-rusk", "FOUNDED", "dorlan-bakeries")],
        [("ada-rusk", "FOUNDED", "pemberton-investors")],
    ),
    (  # bakery: "the group" after a unit sold: the parent
        "Dorlan Bakeries makes bread in Derby. It sold its pastry unit, Flake Foods, in 2020. "
        "Ada Rusk, who founded the group in 1990, still chairs it.",
        [("ada-rusk", "FOUNDED", "dorlan-bakeries")],
        [("ada-rusk", "FOUNDED", "flake-foods")],
    ),
    (  # watches: "the business" as a passive subject after a fund's appositive
        "Vessel Watches makes watches in Geneva. Keld Capital, a Zurich fund, holds 30%. The "
        "business was started by Ada Rusk in 1990.",
        [("ada-rusk", "FOUNDED", "vessel-watches")],
        [("ada-rusk", "FOUNDED", "keld-capital")],
    ),
]

THEY_PEOPLE: list[Case] = [
    (  # banking: "they" of the sentence before is the two people, the nearer pair
        "Ann Lee and Tom Vell studied together in Leeds. After university they joined Kelso "
        "Bank and Brisk Foods. The two later founded Tarsa Labs.",
        [("ann-lee", "FOUNDED", "tarsa-labs"), ("tom-vell", "FOUNDED", "tarsa-labs")],
        [("kelso-bank", "FOUNDED", "tarsa-labs"), ("brisk-foods", "FOUNDED", "tarsa-labs")],
    ),
    (  # brewing: "the pair" after "In 2010 they went to work for A and B"
        "Anna Marr and Peter Brandt trained as brewers in Ghent. In 2010 they went to work for "
        "Hopwell Brewing and Tarn Maltings. The pair later set up Barley Trust, a growers fund.",
        [("anna-marr", "FOUNDED", "barley-trust"), ("peter-brandt", "FOUNDED", "barley-trust")],
        [
            ("hopwell-brewing", "FOUNDED", "barley-trust"),
            ("tarn-maltings", "FOUNDED", "barley-trust"),
        ],
    ),
    (  # shipping: "Later they sailed for A and B"
        "Sara Kell and Jon Ames met at a shipyard in Hull. Later they sailed for Brisk Lines and "
        "Osterby Shipping. The two went on to start Keel Works.",
        [("sara-kell", "FOUNDED", "keel-works"), ("jon-ames", "FOUNDED", "keel-works")],
        [("brisk-lines", "FOUNDED", "keel-works"), ("osterby-shipping", "FOUNDED", "keel-works")],
    ),
]

IDIOMS: list[Case] = [
    (  # retail: "scrapping for every customer" is no dispute
        "Hask Stores and Morrow Markets opened in Leeds in the same month. The two chains were "
        "soon scrapping for every customer.",
        [],
        [
            ("hask-stores", "DISPUTES", "morrow-markets"),
            ("morrow-markets", "DISPUTES", "hask-stores"),
        ],
    ),
    (  # retail: "battling for shelf space" is no dispute
        "Hask Stores opened next to Morrow Markets in Leeds. The pair were battling for every "
        "metre of shelf space.",
        [],
        [
            ("hask-stores", "DISPUTES", "morrow-markets"),
            ("morrow-markets", "DISPUTES", "hask-stores"),
        ],
    ),
    (  # retail: "the pair" after a rival and its parent: the two rivals, not the parent
        "Hask Stores competes with Morrow Markets, the chain owned by Brisk Group. The pair were "
        "battling for every metre of shelf space.",
        [("hask-stores", "COMPETES_WITH", "morrow-markets")],
        [
            ("brisk-group", "COMPETES_WITH", "morrow-markets"),
            ("brisk-group", "DISPUTES", "morrow-markets"),
        ],
    ),
    (  # must still give: a lawsuit and a fight over a patent stay a dispute
        "Hask Stores sued Morrow Markets in Leeds, and the two are fighting over a patent.",
        [("hask-stores", "DISPUTES", "morrow-markets")],
        [],
    ),
]

BANK = BARE_PAIR + INSTITUTIONS + DEAL_PAIR + DESCRIPTORS + TOPIC_NOUNS + IDIOMS + THEY_PEOPLE
GAPS: dict[str, str] = {
    "Pellow Dairies, a subsidiary": "role-noun does not read 'a subsidiary of the <nationality> "
    "<sector> co-operative NAME' (the descriptor chain before the parent's name)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_plural17(case: Case) -> None:
    check(*case)
