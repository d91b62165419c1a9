"""Genre bank for leaders, founders and second conjuncts: a title beside a person ("Vantora
chairman X", "X, Quillex's President and Chief Engineer,", a bare "chief executive X" after a
main clause whose subject is the company, "a group headed by X", "is run today by his son, X"),
a founding reduced passive inside an appositive ("Norvia, the Ardmere chain set up by X"), and
second conjuncts that keep the first clause's subject or object ("was set up by a baker and is
mostly owned by X", "and its founder X kept 6%", gapping "Quillex owns 40% of Pellam, Vantora
35%", a colon list of owners after a passive funding verb, "and Y joined as an investor").

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance and property. Guards: a former chairman, a chair of another body named in
the same sentence, the chief executive of a rival, a function head ("head of sales"), gapping
across a sentence boundary, a list of customers or suppliers after a colon, a negated or
planned founding or stake.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

TITLES: list[Case] = [
    (  # retail: "ORG chairman NAME has said"
        "Vantora chairman Ilse Marrack has said she wants 40 shops by 2030.",
        [("ilse-marrack", "LEADS", "vantora")],
        [],
    ),
    (  # mining: "ORG president NAME told"
        "Kelvor Mining president Dario Fenwick told analysts the mine would reopen.",
        [("dario-fenwick", "LEADS", "kelvor-mining")],
        [],
    ),
    (  # pharma: appositive, possessive org, capitalised double title
        "Dr Oren Vale, Quillex's President and Chief Engineer, said the plant would open in May.",
        [("oren-vale", "LEADS", "quillex")],
        [],
    ),
    (  # energy: appositive, possessive org, capitalised double title, second variant
        "Mara Quist, Helvane Power's Chairman and Chief Executive, opened the session.",
        [("mara-quist", "LEADS", "helvane-power")],
        [],
    ),
    (  # banking: appositive, possessive org, title pair with "Managing Director"
        "Tobias Wren, Ardell Bank's Founder and Managing Director, declined to comment.",
        [("tobias-wren", "LEADS", "ardell-bank")],
        [],
    ),
    (  # food: company is the main clause's subject, bare title in the second clause
        "Quillex raised its forecast, and chief executive Marlow Thorne said demand was holding "
        "up.",
        [("marlow-thorne", "LEADS", "quillex")],
        [],
    ),
    (  # shipping: same shape, "managing director"
        "Sandmoor Lines cut its dividend, and managing director Ines Carrow said rates had fallen.",
        [("ines-carrow", "LEADS", "sandmoor-lines")],
        [],
    ),
    (  # property: reduced passive "headed by" in an appositive
        "The tenants oppose the plan, said the Harlow Tenants Forum, a group of 800 tenants headed "
        "by retired nurse Ilse Marrack.",
        [("ilse-marrack", "LEADS", "harlow-tenants-forum")],
        [],
    ),
    (  # farming: "led by" in an appositive
        "Growers backed the scheme, said Dunmore Growers Union, a body of 300 farms led by "
        "farmer Petra Lunde.",
        [("petra-lunde", "LEADS", "dunmore-growers-union")],
        [],
    ),
    (  # food: passive second conjunct keeps the subject ("is run today by his son, X")
        "Pellam Bakery was set up in 1990 by a chemist and is run today by his son, Oren Vale.",
        [("oren-vale", "LEADS", "pellam-bakery")],
        [],
    ),
    (  # autos: passive second conjunct, "is now headed by"
        "Carlow Motors was founded in 1952 by a mechanic and is now headed by his granddaughter, "
        "Lena Carlow.",
        [("lena-carlow", "LEADS", "carlow-motors")],
        [],
    ),
    (  # media: reduced passive of founding inside an appositive, place premodifier
        "Quillex will take over Norvia, the Ardmere chain of 12 gyms set up in 2016 by the coach "
        "Ilse Marrack.",
        [("ilse-marrack", "FOUNDED", "norvia")],
        [("ilse-marrack", "LEADS", "norvia"), ("ilse-marrack", "FOUNDED", "ardmere")],
    ),
    (  # telecoms: "founded by" in an appositive with a place premodifier
        "Tarrow Telecom bought Zelnet, the Brantova network operator founded in 2009 by "
        "engineer Kurt Halle.",
        [("kurt-halle", "FOUNDED", "zelnet")],
        [("kurt-halle", "FOUNDED", "brantova")],
    ),
    (  # retail: a former title still LEADS (the development convention: former roles count)
        "Former Vantora chairman Ilse Marrack has said the sale was a mistake.",
        [("ilse-marrack", "LEADS", "vantora")],
        [],
    ),
    (  # telecoms: "the company" subject, bare title in the second clause
        "Brightwave Telecom lost 40,000 customers. The company cut prices, and chief executive "
        "Selma Dahl said churn had peaked.",
        [("selma-dahl", "LEADS", "brightwave-telecom")],
        [],
    ),
    (  # insurance: "ORG chief executive NAME" premodifier
        "Fenwick Mutual chief executive Arlo Brandt said claims had doubled.",
        [("arlo-brandt", "LEADS", "fenwick-mutual")],
        [],
    ),
    (  # guard: the chair of another body named in the same sentence
        "Quillex raised its forecast, and Marlow Thorne, chairman of the Orsel Chamber of "
        "Commerce, said demand was holding up.",
        [("marlow-thorne", "LEADS", "orsel-chamber-of-commerce")],
        [("marlow-thorne", "LEADS", "quillex")],
    ),
    (  # guard: the chief executive of a rival
        "Quillex raised its forecast, but Marlow Thorne, chief executive of rival Pellam Foods, "
        "said demand was weak.",
        [],
        [("marlow-thorne", "LEADS", "quillex")],
    ),
    (  # guard: a function head
        "Quillex raised its forecast, and head of sales Marlow Thorne said demand was holding up.",
        [],
        [("marlow-thorne", "LEADS", "quillex")],
    ),
    (  # guard: a group that a person merely advises
        "The tenants oppose the plan, said the Harlow Tenants Forum, a group advised by lawyer "
        "Ilse Marrack.",
        [],
        [("ilse-marrack", "LEADS", "harlow-tenants-forum")],
    ),
    (  # guard: an appositive headed by a place-premodified chain the person only manages
        "Quillex will take over Norvia, the Ardmere chain of 12 gyms managed by Ilse Marrack.",
        [],
        [("ilse-marrack", "FOUNDED", "norvia")],
    ),
]

SECOND_CONJUNCTS: list[Case] = [
    (  # food: passive second conjunct of ownership
        "Pellam was set up in 1970 by a baker and is mostly owned by the investor Corliss SA.",
        [("corliss", "OWNS", "pellam")],
        [],
    ),
    (  # insurance: "and is majority-owned by"
        "Haldane Insurance was founded in 1921 by a group of farmers and is majority-owned by "
        "Verrin Holdings.",
        [("verrin-holdings", "OWNS", "haldane-insurance")],
        [],
    ),
    (  # mining: "and is now controlled by"
        "Orrick Gold was started by two prospectors in 1988 and is now controlled by Tenby "
        "Capital.",
        [("tenby-capital", "OWNS", "orrick-gold")],
        [],
    ),
    (  # retail: "and its founder X kept roughly 6%"
        "Tarrant still owns a fifth of Norvia, and its founder Ilse Marrack kept roughly 6%.",
        [("tarrant", "OWNS", "norvia"), ("ilse-marrack", "OWNS", "norvia")],
        [],
    ),
    (  # energy: "and chief executive X retained about 4%"
        "Corvel Partners holds 55% of Brisa Energy, and chief executive Hanne Toft retained "
        "about 4%.",
        [("corvel-partners", "OWNS", "brisa-energy"), ("hanne-toft", "OWNS", "brisa-energy")],
        [],
    ),
    (  # banking: gapping "Quillex owns 40% of Pellam, Vantora 35% and the Thorne family the rest"
        "Quillex owns 40% of Pellam, Vantora 35% and the Thorne family the remainder.",
        [
            ("quillex", "OWNS", "pellam"),
            ("vantora", "OWNS", "pellam"),
            ("thorne", "OWNS", "pellam"),
        ],
        [],
    ),
    (  # shipping: gapping with "holds"
        "Arvik Holdings holds 51% of Nordsund Ferries and Kessel Capital 49%.",
        [
            ("arvik-holdings", "OWNS", "nordsund-ferries"),
            ("kessel-capital", "OWNS", "nordsund-ferries"),
        ],
        [],
    ),
    (  # property: colon list of owners after a passive funding verb
        "The scheme is funded by its two owners: Quillex, with 70%, and Marlowe Capital, with the "
        "rest.",
        [],
        [],
    ),
    (  # energy: colon list of named backers after a passive, project named
        "The Brisa wind farm is funded by its two owners: Quillex, with 70%, and Marlowe Capital, "
        "with the rest.",
        [("quillex", "FUNDS", "brisa"), ("marlowe-capital", "FUNDS", "brisa")],
        [],
    ),
    (  # banking: passive ownership, described agent then its named members after a comma
        "Harwick Savings is owned by its two shareholders, Quillex Mutual and Tenby Capital.",
        [
            ("quillex-mutual", "OWNS", "harwick-savings"),
            ("tenby-capital", "OWNS", "harwick-savings"),
        ],
        [],
    ),
    (  # telecoms: members with their shares between commas
        "Zelnet is owned by Tarrow Telecom, with 51%, and Brisa Holdings, with 49%.",
        [("tarrow-telecom", "OWNS", "zelnet"), ("brisa-holdings", "OWNS", "zelnet")],
        [],
    ),
    (  # guard: a list after a colon that names clients, not owners
        "Zelnet is used by two clients: Tarrow Telecom, with 51%, and Brisa Holdings, with 49%.",
        [],
        [("tarrow-telecom", "OWNS", "zelnet"), ("brisa-holdings", "OWNS", "zelnet")],
    ),
    (  # farming: dash list of backers after "is bankrolled by three backers"
        "The Kelmoor mill is bankrolled by three backers - Quillex, Tarrant Bank and the Thorne "
        "Trust.",
        [("tarrant-bank", "FUNDS", "kelmoor"), ("thorne-trust", "FUNDS", "kelmoor")],
        [],
    ),
    (  # retail: "and Y joined as an investor"
        "Norvia was set up by Tarrant in 2018, and Pellam joined as an investor in 2022.",
        [("tarrant", "FOUNDED", "norvia"), ("pellam", "FUNDS", "norvia")],
        [],
    ),
    (  # media: "and A and B came in as shareholders"
        "Lumo Media was founded by Tarrant Group in 2015, and Pellam Capital and the Thorne Fund "
        "came in as shareholders last year.",
        [("pellam-capital", "FUNDS", "lumo-media"), ("thorne-fund", "FUNDS", "lumo-media")],
        [],
    ),
    (  # guard: gapping across a sentence boundary
        "Quillex owns 40% of Pellam. Vantora 35% higher, the index closed at a record.",
        [("quillex", "OWNS", "pellam")],
        [("vantora", "OWNS", "pellam")],
    ),
    (  # guard: a colon list of customers
        "The Brisa wind farm is funded by Quillex. Its buyers: Tarrant Steel and Marlowe "
        "Chemicals.",
        [("quillex", "FUNDS", "brisa")],
        [("tarrant-steel", "FUNDS", "brisa"), ("marlowe-chemicals", "FUNDS", "brisa")],
    ),
    (  # guard: a colon list of suppliers after a passive of supply
        "The Kelmoor mill is supplied by two firms: Quillex, with 70%, and Tarrant Bank, with the "
        "rest.",
        [],
        [("quillex", "FUNDS", "kelmoor"), ("tarrant-bank", "FUNDS", "kelmoor")],
    ),
    (  # guard: a second conjunct that denies the ownership
        "Pellam was set up in 1970 by a baker and is not owned by the investor Corliss SA.",
        [],
        [("corliss", "OWNS", "pellam")],
    ),
    (  # guard: a planned stake in the second clause
        "Tarrant still owns a fifth of Norvia, and its founder Ilse Marrack may buy 6%.",
        [("tarrant", "OWNS", "norvia")],
        [("ilse-marrack", "OWNS", "norvia")],
    ),
    (  # guard: "joined as an adviser" is not funding
        "Norvia was set up by Tarrant in 2018, and Pellam joined as an adviser in 2022.",
        [("tarrant", "FOUNDED", "norvia")],
        [("pellam", "FUNDS", "norvia")],
    ),
    (  # guard: the second conjunct's customer
        "Pellam was set up in 1970 by a baker and is mostly supplied by the miller Corliss SA.",
        [],
        [("corliss", "OWNS", "pellam")],
    ),
]

GAPS: dict[str, str] = {
    "Lumo Media was founded by Tarrant Group": "a coordinated subject 'A and the B Fund came in "
    "as shareholders': the role rule reads the second member as a shareholder of the first",
}


@pytest.mark.parametrize("case", gap_params(TITLES + SECOND_CONJUNCTS, GAPS))
def test_genre_leads9(case: Case) -> None:
    check(*case)
