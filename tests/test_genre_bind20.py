"""Genre bank for binding a reference to the firm the text is about (round 20).

A person's relative clause ("Roduit, who still heads the company,") names the firm the person
is already tied to, not the latest organization. An opening "Its founder/owner, P" after a
sentence that introduced a firm first, with a descriptor, is that firm, even when the sentence
goes on to name firms the article knew. A sentence-opening "The company" after a company named
only in passing (inside a person's clause, after a preposition, or aside from the topic's own
clause) is the article's topic. "bought T, a chain of shops in PLACE, from its founder, P":
the founder is T's, past the place. "the unit" / "the subsidiary" is the candidate another
candidate owns (the firm bought), not its buyer. A name held before "with N%" ("controls it
with a 52% stake") holds nothing.

Each case is a short invented text (relations that must be found, relations that must not be),
across glass, boats, retail, food, pottery, logistics, funds, energy, shipping and farming.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PERSON_CLAUSE: list[Case] = [
    (  # glass: founder, then funders and a rival's charge, then "who still heads the company"
        "Lumicoat, launched in 2018 by physicist Annelie Roduit, raised €30 million last year "
        "from a round headed by the venture fund Bergfonds. Vantoria Vitrum has accused "
        "Lumicoat of copying its coating process. Roduit, who still heads the company, "
        "shrugged off the row.",
        [("annelie-roduit", "LEADS", "lumicoat"), ("annelie-roduit", "FOUNDED", "lumicoat")],
        [("annelie-roduit", "LEADS", "vantoria-vitrum")],
    ),
    (  # software: chief executive first, a customer named after, "who runs the company"
        "Brisk Ledger is led by chief executive Tomas Velde. Its software is used by Harbin "
        "Freight, which signed a five-year contract. Velde, who runs the company from Oslo, "
        "said more deals would follow.",
        [("tomas-velde", "LEADS", "brisk-ledger")],
        [("tomas-velde", "LEADS", "harbin-freight")],
    ),
    (  # food: founder, a lender named last, "who still manages the business"
        "Pellmoor Pies was founded in 2009 by Ruth Ancell. The bakery borrowed £2m from "
        "Kelvara Bank last year. Ancell, who still manages the business, wants to open a "
        "second kitchen.",
        [("ruth-ancell", "FOUNDED", "pellmoor-pies")],
        [("ruth-ancell", "LEADS", "kelvara-bank")],
    ),
    (  # guard: a person with no tie yet keeps the usual reading (no invented tie)
        "Orsk Cables won a contract from Tessin Grid. Mara Holt, who joined the company in "
        "May, declined to comment.",
        [],
        [("mara-holt", "LEADS", "orsk-cables"), ("mara-holt", "FOUNDED", "tessin-grid")],
    ),
]

INTRODUCED_ITS: list[Case] = [
    (  # books: a fund introduced with a descriptor, the held firm named after it
        "Pagehill Booksellers lost a vote on executive pay at its annual meeting. The revolt "
        "was organised by Lindavik Fund, the Namur fund that holds 12% of Pagehill and has "
        "attacked the board for two years. Its founder, Edvard Lindavik, told shareholders "
        "that the board had moved too fast.",
        [("edvard-lindavik", "FOUNDED", "lindavik-fund")],
        [("edvard-lindavik", "FOUNDED", "pagehill-booksellers")],
    ),
    (  # jam: staff of a rival introduced first, the buyer named after it
        "Brandholm, the preserves group, has completed its purchase of Thirlwick Conserves "
        "for £22m. Staffers at Ullock Jams, a smaller jam maker in Skipton that competes with "
        "Thirlwick for farm-shop orders, fear Brandholm could undercut them. Its owner, "
        "Agnessa Tysoe, said she had no objection to the deal.",
        [("agnessa-tysoe", "OWNS", "ullock-jams")],
        [("agnessa-tysoe", "OWNS", "brandholm")],
    ),
    (  # energy: a supplier introduced with "the ... maker that", the topic named after it
        "Halden Power is building a wind farm off Wick. Turbines come from Orvel Blades, the "
        "Aarhus maker that also supplies Halden Power's rival Skarn Energy. Its founder, Nils "
        "Orvel, said the order was the largest in its history.",
        [("nils-orvel", "FOUNDED", "orvel-blades")],
        [("nils-orvel", "FOUNDED", "halden-power")],
    ),
    (  # must still give: no firm introduced before, "Its founder" is the topic
        "Tessin Dairy cut its milk price on Monday. Its founder, Ada Rusk, blamed the weather.",
        [("ada-rusk", "FOUNDED", "tessin-dairy")],
        [],
    ),
]

OPENING_COMPANY: list[Case] = [
    (  # logistics: a lobby named in a person's relative clause, then a paragraph's "The company"
        "Tynevale Chillhaus, the chilled-logistics operator, won planning permission on "
        "Tuesday for a £40m warehouse on the river. Tynevale Chillhaus said work would start "
        "in June.\n\nFigures in the town welcomed the decision. Gawain Nobbs, who heads the "
        "Ennisgild traders lobby, called the scheme a boost.\n\nThe company has further teamed "
        "up with Tralee Tech on a new training scheme for forklift drivers.",
        [("tynevale-chillhaus", "PARTNERS_WITH", "tralee-tech")],
        [("ennisgild", "PARTNERS_WITH", "tralee-tech")],
    ),
    (  # pottery: a rival named after "from" in the chief executive's sentence, same paragraph
        "Fenwarde Tableware, the tableware maker, reported that annual profit rose 12% after "
        "it shut two older kilns. Chief executive Idris Pellam, who joined from rival Ashmoor "
        "Pottery in 2020, told investors the closures would save £4m a year. The company's "
        "only remaining works in Burslem will move to three shifts, he said.",
        [("fenwarde-tableware", "LOCATED_IN", "burslem")],
        [("ashmoor-pottery", "LOCATED_IN", "burslem")],
    ),
    (  # cycling: an investor named aside in the topic's sentence, then a paragraph's "The company"
        "Hollivar & Reede bets on stores\n\nHollivar & Reede, the bicycle-parts brand, has "
        "grown quickly since it began selling "
        "online. In 2020 it raised £12 million from a round headed by Kestlow Fund, and two "
        "years later the Dutch cycling group Velomar took a 20 per cent holding. Founder Iris "
        "Hollivar will not say whether Velomar wants to raise that holding.\n\nThe company's "
        "best-selling lines are produced at the company's plant in Worcester.",
        [("hollivar-reede", "LOCATED_IN", "worcester")],
        [("velomar", "LOCATED_IN", "worcester")],
    ),
    (  # shipping: a former employer after "from", then "The company's yard in T"
        "Skarn Shipping, the coastal ferry operator, carried a record number of passengers "
        "last year. Its finance chief, Lena Brodd, who came from rival Norvik Lines in 2021, "
        "said costs had peaked. The company's repair yard in Bergen will add a dry dock.",
        [("skarn-shipping", "LOCATED_IN", "bergen")],
        [("norvik-lines", "LOCATED_IN", "bergen")],
    ),
    (  # guard: a firm the paragraph made its subject keeps "The company"
        "Halden Foods, the food group, raised prices again. Orsel Dairy, a supplier, said it "
        "would cut jobs. The company's plant in Derby will close.",
        [],
        [("halden-foods", "LOCATED_IN", "derby")],
    ),
]

SELLER_FOUNDER: list[Case] = [
    (  # outdoor retail: a place in the bought firm's description before "from its founder"
        "Mirrow Campsport, the Monmouth camping retailer, has agreed to buy Cragwell, a chain "
        "of eight climbing shops in Ceredigion, for £14m from its founder, Tobrin Vask.",
        [("tobrin-vask", "FOUNDED", "cragwell"), ("mirrow-campsport", "OWNS", "cragwell")],
        [("tobrin-vask", "FOUNDED", "mirrow-campsport")],
    ),
    (  # food: "acquired T, a bakery group based in York, from its founder"
        "Halden Foods acquired Tarrow Bakeries, a bakery group based in York, from its "
        "founder, Mina Tarrow.",
        [
            ("mina-tarrow", "FOUNDED", "tarrow-bakeries"),
            ("halden-foods", "OWNS", "tarrow-bakeries"),
        ],
        [("mina-tarrow", "FOUNDED", "halden-foods")],
    ),
    (  # software: "will buy T, which has offices in Riga and Tallinn, from its owner"
        "Brisk Ledger will buy Norvel Data, which has offices in Riga, from its owner, Ansis "
        "Kalns.",
        [("brisk-ledger", "OWNS", "norvel-data")],
        [("ansis-kalns", "OWNS", "brisk-ledger"), ("ansis-kalns", "FOUNDED", "brisk-ledger")],
    ),
    (  # guard: "from its chairman" stays with the usual reading (a related-party sale)
        "Orsk Group bought Tessin Mills, a flour miller in Ely, from its chairman, Karl Voss.",
        [("orsk-group", "OWNS", "tessin-mills")],
        [("karl-voss", "FOUNDED", "tessin-mills")],
    ),
]

UNITS: list[Case] = [
    (  # boats: "the unit's managing director" after a purchase, the bought firm
        "Quorvane Boatyard, the Tenby boatbuilder, has agreed to acquire Brask Sails, a "
        "family sailmaker based in Cardigan. Brask, set up in 1971 by Edvin Brask and now led "
        "by his granddaughter, Ysolde Brask, makes canvas for racing yachts. Ysolde Brask will "
        "stay on as the unit's managing director.",
        [("ysolde-brask", "LEADS", "brask-sails")],
        [("ysolde-brask", "LEADS", "quorvane-boatyard")],
    ),
    (  # food: the buyer's chief executive speaks, "the unit" still the bought bakery
        "Halden Foods, the Leeds food group, said it had bought Tarrow Bakery for £30m. "
        "Tarrow was founded in 1988 by Mina Tarrow. Halden chief executive Olaf Reed said "
        "Priya Tarrow would remain as the unit's chief executive.",
        [("olaf-reed", "LEADS", "halden-foods"), ("priya-tarrow", "LEADS", "tarrow-bakery")],
        [("priya-tarrow", "LEADS", "halden-foods")],
    ),
    (  # boats, as the wider story has it: "the company" and "the unit" in one quoted sentence
        "Quorvane Boatyard has agreed to acquire Brask Sails. Brask is now led by Ysolde "
        "Brask. Quorvane chief executive Odalys Fennick said the purchase gives the company "
        "a real loft, and that Ysolde Brask would stay on and serve as the unit's managing "
        "director.",
        [("ysolde-brask", "LEADS", "brask-sails")],
        [("ysolde-brask", "LEADS", "quorvane-boatyard")],
    ),
]

HELD_BEFORE_WITH: list[Case] = [
    (  # pumps: "The family's holding company controls it with a 52 percent stake"
        "Tamblin Group said it would buy Osterhag Pumpwerk for €610m. Osterhag Pumpwerk was "
        "set up in 1981 by Wendel Osterhag. The family's holding company controls it with a "
        "52 percent stake.",
        [("wendel-osterhag", "FOUNDED", "osterhag-pumpwerk")],
        [("osterhag-pumpwerk", "OWNS", "tamblin-group")],
    ),
    (  # farming: "a trust owns Vennick with 60%"
        "Harlow Capital agreed to acquire Vennick Seeds. A family trust owns Vennick Seeds with "
        "60 percent.",
        [],
        [("vennick-seeds", "OWNS", "harlow-capital")],
    ),
    (  # guard: "X, with about 4%," is no held firm
        "Tarn Fund, with about 4%, wants a new board at Orsel Dairy.",
        [],
        [("orsel-dairy", "OWNS", "tarn-fund")],
    ),
    (  # buyout: a shareholder line after a paragraph on the bought firm
        "LÜNEBURG, May 6 - Tamblin Group, the buyout firm, said on Monday it would buy "
        "Osterhag Pumpwerk, the Lüneburg maker of industrial pumps, for €610m. Tamblin will "
        "pay with equity and a loan from Drammenbank.\n\nOsterhag Pumpwerk was set up in 1981 "
        "by the engineer Wendel Osterhag and sells to chemical plants across the region. The "
        "family's holding company controls it with a 52 percent stake.\n\nThe buyout house "
        "Quelmar owns 31 percent, with the remainder in the hands of managers, a filing shows.",
        [("quelmar", "OWNS", "osterhag-pumpwerk")],
        [("quelmar", "OWNS", "tamblin-group")],
    ),
]

ACTED_PAIR: list[Case] = [
    (  # flour: the two merging firms, not the lender named after "from" in between
        "Ostrel Mills and Kornvik Mühlen have agreed to combine their milling arms. The merged "
        "group would be chaired by Bertil Ovanger, who now runs Kornvik, with financing from "
        "Lindebank. Both firms compete chiefly with Sølvik Mølle and with Arbeth Grainco.",
        [
            ("ostrel-mills", "COMPETES_WITH", "solvik-molle"),
            ("kornvik-muhlen", "COMPETES_WITH", "arbeth-grainco"),
        ],
        [("lindebank", "COMPETES_WITH", "solvik-molle")],
    ),
    (  # dairy: "to merge with", a lender named after "from"
        "Velm Dairy is to merge with Orsk Melk, the two companies said on Tuesday. The "
        "combined company will be led by Hanne Lid, and the deal is backed by a loan from "
        "Norvik Bank. Both companies compete with Tessin Dairy.",
        [
            ("velm-dairy", "COMPETES_WITH", "tessin-dairy"),
            ("orsk-melk", "COMPETES_WITH", "tessin-dairy"),
        ],
        [("norvik-bank", "COMPETES_WITH", "tessin-dairy")],
    ),
    (  # shipping: a customer named after "for" in between stays out of the pair
        "Skarn Lines and Brodd Shipping agreed to pool their ferries. The joint fleet will "
        "sail mainly for Halvik Foods, which ships fish south. Both firms compete with Norvik "
        "Ferries on the coast route.",
        [("skarn-lines", "COMPETES_WITH", "norvik-ferries")],
        [("halvik-foods", "COMPETES_WITH", "norvik-ferries")],
    ),
]

# review round 20: readings the first version of these rules got wrong
REVIEWED: list[Case] = [
    (  # paints: "who has sued the company" is no verb of leading: the firm named last
        "Lumicoat was launched by Annelie Roduit in 2015. Last year Tarsa Paints copied its "
        "best-selling varnish. Roduit, who has sued the company, said she expected to win.",
        [("annelie-roduit", "DISPUTES", "tarsa-paints")],
        [("annelie-roduit", "DISPUTES", "lumicoat")],
    ),
    (  # bakery: "who is suing the business"
        "Pellmoor Pies was founded in 2009 by Ruth Ancell. Kelvara Bakeries later copied its "
        "pork pie recipe. Ancell, who is suing the business, said the recipe was hers.",
        [("ruth-ancell", "DISPUTES", "kelvara-bakeries")],
        [("ruth-ancell", "DISPUTES", "pellmoor-pies")],
    ),
    (  # software: "who criticised the company"
        "Brisk Ledger is led by chief executive Tomas Velde. Harbin Freight poached two of its "
        "engineers last year. Velde, who criticised the company in May, said he would hire more.",
        [("tomas-velde", "DISPUTES", "harbin-freight")],
        [("tomas-velde", "DISPUTES", "brisk-ledger")],
    ),
    (  # textiles: a firm the person-led sentence describes ("A, a Bradford dyer") is "The firm"
        "Kelda Mills makes yarn in Leeds. Kelda Mills employs 200 people. Ann Roe, who joined "
        "last year, spent a decade at Tarsa Dyeworks, a Bradford dyer. The firm, founded by "
        "Piet Hale in 1950, went bust in 2020.",
        [("piet-hale", "FOUNDED", "tarsa-dyeworks")],
        [("piet-hale", "FOUNDED", "kelda-mills")],
    ),
    (  # food: the same with "The company"
        "Halden Foods makes pies in York. Halden Foods employs 300 people. Mia Lund, who joined "
        "in May, worked for years at Orsel Dairy, a Derby creamery. The company, founded by Jon "
        "Orsel in 1962, closed in 2019.",
        [("jon-orsel", "FOUNDED", "orsel-dairy")],
        [("jon-orsel", "FOUNDED", "halden-foods")],
    ),
    (  # ferries: "set up by"
        "Skarn Shipping runs ferries in Norway. Skarn Shipping carried a million people. Lena "
        "Brodd, who joined in 2021, spent ten years at Norvik Lines, a Bergen ferry firm. The "
        "firm, set up by Odd Vik in 1950, was sold in 2018.",
        [("odd-vik", "FOUNDED", "norvik-lines")],
        [("odd-vik", "FOUNDED", "skarn-shipping")],
    ),
    (  # dairy: "the unit" is the firm the text just called a unit, not an older purchase
        "Brim Group bought Tarsa Dairies in 2019. This year Brim Group created Kelso Foods, a "
        "snacks unit based in Leeds. The unit's managing director, Ann Roe, said sales had "
        "doubled.",
        [("ann-roe", "LEADS", "kelso-foods")],
        [("ann-roe", "LEADS", "tarsa-dairies")],
    ),
    (  # snacks: "set up ... a crisps unit"
        "Halden Foods bought Tarrow Bakery in 2018. In 2021 Halden Foods set up Orsel Snacks, a "
        "crisps unit based in York. The unit's chief executive, Mia Lund, said sales rose.",
        [("mia-lund", "LEADS", "orsel-snacks")],
        [("mia-lund", "LEADS", "tarrow-bakery")],
    ),
    (  # energy: "launched ... an offshore subsidiary", then "the subsidiary"
        "Vardy Energy acquired Brell Solar in 2017. Last year Vardy Energy launched Kessa Wind, "
        "an offshore subsidiary based in Hull. The subsidiary's managing director, Ola Berg, "
        "said two farms were planned.",
        [("ola-berg", "LEADS", "kessa-wind")],
        [("ola-berg", "LEADS", "brell-solar")],
    ),
    (  # textiles: "Its" after a sentence whose subject is the article's known firm
        "Kelda Mills makes yarn in Leeds. At Tarsa Dyeworks, a Bradford dyer, Kelda Mills has "
        "installed new machines. Its chief executive, Ann Roe, said the work took a year.",
        [("ann-roe", "LEADS", "kelda-mills")],
        [("ann-roe", "LEADS", "tarsa-dyeworks")],
    ),
    (  # food: the same with a creamery
        "Halden Foods makes pies in York. At Orsel Dairy, a Derby creamery, Halden Foods has "
        "built a new cheese line. Its chief executive, Mia Lund, said the line cost £4m.",
        [("mia-lund", "LEADS", "halden-foods")],
        [("mia-lund", "LEADS", "orsel-dairy")],
    ),
    (  # ferries: "With X, a shipbuilder, S has ordered"
        "Skarn Shipping runs ferries in Norway. With Norvik Yards, a Bergen shipbuilder, Skarn "
        "Shipping has ordered two ferries. Its chief executive, Lena Brodd, said the order was "
        "the largest yet.",
        [("lena-brodd", "LEADS", "skarn-shipping")],
        [("lena-brodd", "LEADS", "norvik-yards")],
    ),
]

BANK = (
    ACTED_PAIR
    + PERSON_CLAUSE
    + INTRODUCED_ITS
    + OPENING_COMPANY
    + SELLER_FOUNDER
    + UNITS
    + HELD_BEFORE_WITH
    + REVIEWED
)
GAPS: dict[str, str] = {
    "LÜNEBURG, May 6": "stake topic: a shareholder line two sentences past a paragraph on the "
    "bought firm is read of the article's topic (the buyer); the paragraph reading cost "
    "precision on described sets and was dropped",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_bind20(case: Case) -> None:
    check(*case)
