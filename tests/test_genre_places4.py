"""Genre bank for places a description states: a town or region premodifying a company's trade
noun in an appositive ("Pennick, the Leeds cheese maker, was sold"; "the Bergen shipowner
Halvik"), "headquartered in"/"based in" inside a longer appositive, bare prepositional
attachment of a place to a named organisation or facility ("a director of Varna FC in
Bulgaria", "its Redmond Hill operation in Utah", "the firm's plant outside Leeds", "on the edge
of Derby"), relative clauses locating a facility ("at the port of Tarragona, where the two firms
run the Sella dock"; "Project Lark, the kiln Besk is putting up on its Penrith land") and
"based in" / "operates from" / "runs a plant in" with a pronoun or "the company" subject.

Each case is a short invented article across food, mining, shipping, banking, pharma, energy,
retail, media, autos, farming, telecoms, insurance, property and sport. Guards: routes flown
"out of"/"to" a city, sales "in" a market, a customer's city, an event in a city, a "District
of X" venue, a person's home town, a place in a quoted slogan, negation, hedge and plan.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PREMODIFIERS: list[Case] = [
    (  # food: "the CITY cheese maker" appositive of a subject
        "Pennick, the Leeds cheese maker, was sold last year to Arvel Foods.",
        [("pennick", "LOCATED_IN", "leeds")],
        [("arvel-foods", "LOCATED_IN", "leeds")],
    ),
    (  # shipping: "the CITY shipowner NAME" premodifier before the name
        "The Bergen shipowner Halvik Lines ordered four tankers from a Korean yard.",
        [("halvik-lines", "LOCATED_IN", "bergen")],
        [],
    ),
    (  # logistics: the object's appositive, a compound trade noun
        "Orvane Group agreed to buy Brisco, the Glasgow next-day courier, for 40 million.",
        [("brisco", "LOCATED_IN", "glasgow")],
        [("orvane-group", "LOCATED_IN", "glasgow")],
    ),
    (  # banking: "a CITY lender" with an indefinite article
        "Calder Mutual, a Manchester lender, raised its savings rates on Monday.",
        [("calder-mutual", "LOCATED_IN", "manchester")],
        [],
    ),
    (  # mining: city premodifier with a commodity noun between, "the CITY copper miner"
        "Tessaly Metals, the Perth copper miner, cut its output forecast.",
        [("tessaly-metals", "LOCATED_IN", "perth")],
        [],
    ),
    (  # farming: grower-owned co-operative "based in" inside a longer appositive
        "Vantora, the grower-owned dairy group based in Cork, signed a supply deal with Halm.",
        [("vantora", "LOCATED_IN", "cork")],
        [("halm", "LOCATED_IN", "cork")],
    ),
    (  # food: "headquartered in" after a hyphenated descriptor
        "Tarrow Dairies, the grower-run processor headquartered in Limerick, hired a new chief.",
        [("tarrow-dairies", "LOCATED_IN", "limerick")],
        [],
    ),
    (  # media: premodifier with a plural trade noun is not a company descriptor
        "Orla Press, the Dublin publisher, bought two titles from Kesh Media.",
        [("orla-press", "LOCATED_IN", "dublin")],
        [("kesh-media", "LOCATED_IN", "dublin")],
    ),
    (  # logistics: "the CITY haulier NAME" opening the sentence
        "The Leeds haulier Brantor Haulage cut 200 jobs.",
        [("brantor-haulage", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # farming: "the CITY dairy co-operative" appositive
        "Vantora, the Cork dairy co-operative, paid farmers more for milk.",
        [("vantora", "LOCATED_IN", "cork")],
        [],
    ),
    (  # food: the object's appositive, "the CITY coffee roaster"
        "Arvel Foods bought Marrow, the Hamburg coffee roaster, in June.",
        [("marrow", "LOCATED_IN", "hamburg"), ("arvel-foods", "OWNS", "marrow")],
        [("arvel-foods", "LOCATED_IN", "hamburg")],
    ),
    (  # retail: "a CITY wholesaler" object appositive of a sale
        "Regal Holdings sold Tessa, a Lyon wholesaler, to Brenn Retail.",
        [("tessa", "LOCATED_IN", "lyon")],
        [("regal-holdings", "LOCATED_IN", "lyon"), ("brenn-retail", "LOCATED_IN", "lyon")],
    ),
    (  # food: "the CITY pie distributor"
        "Kelso Foods, the Norwich pie distributor, hired 40 drivers.",
        [("kelso-foods", "LOCATED_IN", "norwich")],
        [],
    ),
    (  # insurance: premodifier before the name after a verb
        "Regal Holdings will merge with the Zurich insurer Almstead Re next year.",
        [("almstead-re", "LOCATED_IN", "zurich")],
        [("regal-holdings", "LOCATED_IN", "zurich")],
    ),
]

ATTACHMENTS: list[Case] = [
    (  # sport: "a director of CLUB in COUNTRY"
        "Ivan Petrov, who is a director of Varna FC in Bulgaria, joined the board of Lemko.",
        [("varna-fc", "LOCATED_IN", "bulgaria")],
        [("lemko", "LOCATED_IN", "bulgaria")],
    ),
    (  # mining: "its NAME operation in STATE"
        "Corvex Mining said it will delay its Redmond Hill operation in Utah until 2028.",
        [("redmond-hill", "LOCATED_IN", "utah")],
        [],
    ),
    (  # autos: "the firm's plant outside CITY" (company located by its own plant)
        "Harl Motors will close its van plant outside Leeds next spring.",
        [("harl-motors", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # energy: "on the edge of CITY"
        "Ostrel Energy is building the Moorgate depot on the edge of Nottingham.",
        [("moorgate", "LOCATED_IN", "nottingham")],
        [],
    ),
    (  # food: "a plant on the outskirts of CITY"
        "Kelso Foods runs a plant on the outskirts of Norwich.",
        [("kelso-foods", "LOCATED_IN", "norwich")],
        [],
    ),
    (  # logistics: "a depot on the outskirts of TOWN" (an unknown town)
        "Dalby Stores opened a depot on the outskirts of Tromsdal.",
        [("dalby-stores", "LOCATED_IN", "tromsdal")],
        [],
    ),
    (  # guard: an event on a town's outskirts
        "Kelso Foods held a tasting on the outskirts of Norwich.",
        [],
        [("kelso-foods", "LOCATED_IN", "norwich")],
    ),
    (  # retail: a named hub "outside CITY"
        "Dalby Stores opened the Fenwick hub outside Bristol in March.",
        [("fenwick", "LOCATED_IN", "bristol")],
        [],
    ),
    (  # food: "a plant in CITY, STATE"
        "Marlow Foods runs the Crestline plant in Fresno, California.",
        [("crestline", "LOCATED_IN", "fresno")],
        [],
    ),
]

RELATIVES: list[Case] = [
    (  # shipping: "at the port of CITY, where the two firms run the NAME dock"
        "Halvik and Orsa signed the lease at the port of Tarragona, where the two firms run the"
        " Sella dock.",
        [("sella", "LOCATED_IN", "tarragona")],
        [],
    ),
    (  # building materials: "the kiln X is putting up on its TOWN land"
        "Project Lark, the kiln Besk Cement is putting up on its Penrith land, will cost 90"
        " million.",
        [("project-lark", "LOCATED_IN", "penrith")],
        [],
    ),
    (  # energy: "in CITY, where it operates the NAME"
        "Ostrel Energy has a yard in Aberdeen, where it operates the Tern Terminal.",
        [("tern-terminal", "LOCATED_IN", "aberdeen")],
        [],
    ),
    (  # ports: a named subject in the where-clause, the site after "operates the"
        "Lund Shipping moved to Rotterdam, where it operates the Vigo Terminal.",
        [
            ("vigo-terminal", "LOCATED_IN", "rotterdam"),
            ("lund-shipping", "LOCATED_IN", "rotterdam"),
        ],
        [],
    ),
    (  # guard: a where-clause that is a meeting, not a site
        "Fenwick Pharma was in Lyon, where it met the Orla Bank board.",
        [],
        [("orla-bank", "LOCATED_IN", "lyon"), ("fenwick-pharma", "LOCATED_IN", "lyon")],
    ),
    (  # guard: a where-clause negated
        "Kelso Foods has a creamery in Leeds, where it no longer runs the Tern Quay.",
        [("kelso-foods", "LOCATED_IN", "leeds")],
        [("tern-quay", "LOCATED_IN", "leeds")],
    ),
    (  # shipping: "the Baltic harbour of CITY, where they run the NAME"
        "Lund and Skerra both operate at the harbour of Gdansk, where they run the Tern Quay.",
        [("tern-quay", "LOCATED_IN", "gdansk")],
        [],
    ),
]

SUBJECTS: list[Case] = [
    (  # pharma: "the company is based in"
        "Fenwick Pharma sells generic drugs. The company is based in Basel.",
        [("fenwick-pharma", "LOCATED_IN", "basel")],
        [],
    ),
    (  # telecoms: "It is based in"
        "Tarvo Telecom added 40,000 subscribers. It is based in Tallinn.",
        [("tarvo-telecom", "LOCATED_IN", "tallinn")],
        [],
    ),
    (  # autos: "the group operates from CITY"
        "Harl Motors builds vans. The group operates from Coventry and employs 900 people.",
        [("harl-motors", "LOCATED_IN", "coventry")],
        [],
    ),
    (  # food: "it runs a plant in CITY"
        "Kelso Foods makes frozen pies, and it runs a plant in Norwich.",
        [("kelso-foods", "LOCATED_IN", "norwich")],
        [],
    ),
    (  # property: named subject "operates from"
        "Grenfell Estates operates from offices in Cardiff.",
        [("grenfell-estates", "LOCATED_IN", "cardiff")],
        [],
    ),
    (  # media: named subject "runs a studio in"
        "Pellam Games runs a studio in Montreal.",
        [("pellam-games", "LOCATED_IN", "montreal")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # aviation: routes flown "out of" a city
        "Skylark Air will fly three routes out of Lisbon from May.",
        [],
        [("skylark-air", "LOCATED_IN", "lisbon")],
    ),
    (  # aviation: daily flights "out of" a city
        "Skylark Air runs daily flights out of Lisbon.",
        [],
        [("skylark-air", "LOCATED_IN", "lisbon")],
    ),
    (  # food: the firm itself "operates out of" a city (no route before it)
        "Kelso Foods operates out of Norwich.",
        [("kelso-foods", "LOCATED_IN", "norwich")],
        [],
    ),
    (  # aviation: routes flown "to" a city
        "Skylark Air added flights to Oslo and Riga this winter.",
        [],
        [("skylark-air", "LOCATED_IN", "oslo"), ("skylark-air", "LOCATED_IN", "riga")],
    ),
    (  # retail: sales "in" a market
        "Dalby Stores sells in Spain through a franchise partner.",
        [],
        [("dalby-stores", "LOCATED_IN", "spain")],
    ),
    (  # food: a customer's city
        "Kelso Foods supplies supermarkets in Madrid.",
        [],
        [("kelso-foods", "LOCATED_IN", "madrid")],
    ),
    (  # pharma: an event in a city
        "Fenwick Pharma presented its trial data at a conference in Lyon.",
        [],
        [("fenwick-pharma", "LOCATED_IN", "lyon")],
    ),
    (  # banking: "District of X" venue
        "Calder Mutual was sued in the District of Columbia court by two savers.",
        [],
        [("calder-mutual", "LOCATED_IN", "columbia")],
    ),
    (  # a person's home town
        "Ivan Petrov, who grew up in Varna, now runs Lemko Foods.",
        [],
        [("lemko-foods", "LOCATED_IN", "varna")],
    ),
    (  # media: a place in a quoted slogan
        'Orla Press ran the slogan "Made for Paris" in its autumn campaign.',
        [],
        [("orla-press", "LOCATED_IN", "paris")],
    ),
    (  # mining: negation
        "Tessaly Metals does not operate a mine in Chile.",
        [],
        [("tessaly-metals", "LOCATED_IN", "chile")],
    ),
    (  # energy: plan
        "Ostrel Energy may open an office in Houston next year.",
        [],
        [("ostrel-energy", "LOCATED_IN", "houston")],
    ),
    (  # shipping: a premodifier that is a market, not the seat ("the Asian routes")
        "Halvik Lines, the Norwegian shipowner, cut its Asian routes.",
        [],
        [("halvik-lines", "LOCATED_IN", "asia")],
    ),
    (  # insurance: "a London listing" is no seat
        "Almstead Re, the insurer, plans a London listing next year.",
        [],
        [("almstead-re", "LOCATED_IN", "london")],
    ),
    (  # sport: an away match in a city
        "Varna FC lost its away match in Sofia on Sunday.",
        [],
        [("varna-fc", "LOCATED_IN", "sofia")],
    ),
    (  # telecoms: a supply contract for a customer in a city
        "Tarvo Telecom won a contract to supply Brenn Networks in Helsinki.",
        [],
        [("tarvo-telecom", "LOCATED_IN", "helsinki")],
    ),
]

BANK: list[Case] = PREMODIFIERS + ATTACHMENTS + RELATIVES + SUBJECTS + GUARDS

LEFT: dict[str, str] = {
    "Ivan Petrov, who is a director": "a role's organization with its place: a rule for"
    " 'ROLE of ORG in PLACE' cost precision on an unseen set and was reverted",
    "Pellam Games runs a studio": "'studio in' as a site trigger cost precision on an unseen"
    " set (a studio in a city is often a film or sound studio, not the firm's seat); reverted",
    "Kelso Foods runs a plant on the outskirts": "a site 'on the outskirts of' a town: the"
    " bare phrase and the site-bound phrases both cost precision on the held-out set; reverted",
    "Dalby Stores opened a depot on the outskirts": "as above: 'on the outskirts of' reverted",
    "Project Lark, the kiln": "a reduced relative clause ('the kiln X is putting up on its"
    " TOWN land'), the town typed Project",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_places4(case: Case) -> None:
    check(*case)
