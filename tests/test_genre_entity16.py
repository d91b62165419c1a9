"""Entity bank (round 16): a firm's short form typed with its long form, not by an occupation
before it in a headline ("Photographer Brenvale ... Brenvale Studios"), while a form of address
("Mr Brenvale") keeps a person; a founder's surname after a buying verb ("agreed to buy Marr")
is the firm named after the founder ("Marr Textiles"), not the founder; a name after "Y's" and
before a deal noun ("Vantora's Tarvick takeover") is the firm bought, not a product, while "Y's
X brand/phone" stays a product; a short model code owned ("its X5") or made ("the Q7 from
Delmark") is a product, while "the G7 summit" is not; a town inside a person's appositive ("a
dealer from Wexbury, who ...") takes no Person vote from the "who" that belongs to the person.

A firm's own service, software or goods in a possessed appositive ("Penny, the bank's own
checking service", "its Velvet cocoa powder") is a product, while the firm's rival or officer in
that frame keeps its type. A firm named after its founder with a foreign head ("Galerie Osk",
"Galleria Brunetti") is a firm beside its founder; both ends of a route ("trucks between A and
B", "flights out of A and B") are places, while "talks between A and B" types nothing; a one-
word region before a plural of firms or farmers ("stakes in Wexshire firms") and a shore after
"based at" are places.

Every name and sentence is invented; sectors vary (photography, retail, printing, autos, scrap
metal, brewing, software, banking, farming).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params, types

# (text, names that must have these types, names that must not be of the given type)
TypeCase = tuple[str, dict[str, str], dict[str, str]]

TYPES: list[TypeCase] = [
    (  # photography: headline occupation before the short form; body long form
        "Photographer Brenvale slides into administration\n\nBrenvale Studios, which took "
        "portraits for 60 years, has called in administrators. Brenvale was founded by Tom Ayre.",
        {"Brenvale Studios": "Organization", "Tom Ayre": "Person"},
        {},
    ),
    (  # bakery: another occupation word in the headline
        "Baker Quorndale shuts shops\n\nQuorndale Holdings, which runs 30 bakeries, said it "
        "would close ten of them. Quorndale employs 400 people.",
        {"Quorndale Holdings": "Organization"},
        {"Quorndale": "Person"},
    ),
    (  # architecture: the occupation in the body, long form a clause subject
        "Architect Pellow wins contract\n\nPellow Partners, which designed the new library, "
        "said on Monday it had won the contract. Pellow hired 20 staff last year.",
        {"Pellow Partners": "Organization"},
        {"Pellow": "Person"},
    ),
    (  # guard: a form of address keeps a person beside a firm named after him
        "Mr Dunmore said his firm, Dunmore Holdings, would expand. Dunmore Holdings employs 30 "
        "people.",
        {"Dunmore Holdings": "Organization"},
        {},
    ),
    (  # guard: an occupation before a full person's name still types a person
        "Photographer Ada Brannock opened a studio in Fenby. Brannock said demand was strong.",
        {"Ada Brannock": "Person"},
        {},
    ),
    (  # retail: the bought firm after "Y's" and before a deal noun
        "Regulator clears Vantora's Tarvick takeover\n\nThe watchdog cleared the deal on Monday. "
        "Tarvick runs 40 shops.",
        {"Tarvick": "Organization", "Vantora": "Organization"},
        {},
    ),
    (  # banking: "bid" as the deal noun
        "Shareholders back Corliss's Hembury bid\n\nHembury, a lender based in Fenby, has 12 "
        "branches.",
        {"Hembury": "Organization"},
        {"Hembury": "Product"},
    ),
    (  # guard: "Y's X brand" stays a product
        "Tessmoor's Pippa brand sold well in May.",
        {"Pippa": "Product"},
        {},
    ),
    (  # guard: "Y's X phone" stays a product
        "Vantora's Skylark phone sold well in May.",
        {"Skylark": "Product"},
        {},
    ),
    (  # printing: a short model code after "the" and before its maker
        "Ostrel launched a new office printer. Its closest rival is the Q7 from Delmark.",
        {"Q7": "Product"},
        {},
    ),
    (  # autos: a short model code owned by a possessive
        "Harrow Motors said its X5 would be built in Kenya.",
        {"X5": "Product"},
        {},
    ),
    (  # software: "made by" after the code
        "Sales of the TR9 made by Pixly doubled in the quarter.",
        {"TR9": "Product"},
        {},
    ),
    (  # guard: a group of states named by a code is no product
        "Ministers met at the G7 summit in Fenby.",
        {},
        {"G7": "Product"},
    ),
    (  # scrap metal: the town inside the founder's appositive
        "Kelby Metals was bought by Orvel. The firm was set up by Ada Brannock, a one-time scrap "
        "dealer from Wexbury, who still holds a third of it.",
        {"Ada Brannock": "Person"},
        {"Wexbury": "Person"},
    ),
    (  # farming: "a grower near PLACE, who"
        "Orla Foods buys apples from Ben Lyle, a fruit grower near Tallow, who has farmed for "
        "30 years.",
        {"Ben Lyle": "Person"},
        {"Tallow": "Person"},
    ),
    (  # guard: "who" after a person's own name still types a person
        "The chain was bought by Marlow Retail. Its founder, Ivo Marsk, who still lives in "
        "Fenby, sold his stake.",
        {"Ivo Marsk": "Person"},
        {},
    ),
    (  # art: a gallery named after its founder is a firm; the founder stays a person
        "Dealer who built a fair dies\n\nMirelle Osk, who set up Galerie Osk in Fenby in 1971 "
        "and later co-founded Brisk Fair, has died aged 88. Galerie Osk still shows young "
        "painters. Osk ran the fair as chair until its sale.",
        {"Mirelle Osk": "Person", "Galerie Osk": "Organization"},
        {},
    ),
    (  # design: the Italian head
        "Galleria Brunetti, founded by Livia Brunetti, opened a second room in Fenby.",
        {"Galleria Brunetti": "Organization", "Livia Brunetti": "Person"},
        {},
    ),
    (  # haulage: both ends of a route are towns
        "Harnby Freight runs trucks between Kelso and Dunmere.",
        {"Kelso": "Location", "Dunmere": "Location", "Harnby Freight": "Organization"},
        {},
    ),
    (  # aviation: the second town after "flights out of A and B"
        "Skyhop, the budget airline, will run flights out of Fenby and Marlow from June.",
        {"Fenby": "Location", "Marlow": "Location"},
        {},
    ),
    (  # shipping: "sailings between"
        "Orvel Lines added sailings between Tarrow and Quenby in May.",
        {"Tarrow": "Location", "Quenby": "Location"},
        {},
    ),
    (  # guard: a deal between two firms types no place
        "Talks between Kestrel Partners and Orvel Holdings broke down.",
        {"Kestrel Partners": "Organization", "Orvel Holdings": "Organization"},
        {},
    ),
    (  # banking: a firm's own service in a possessed appositive ("the bank's own")
        "Kestbank grew in May. Penny, the bank's own checking service, added 40,000 users.",
        {"Penny": "Product", "Kestbank": "Organization"},
        {},
    ),
    (  # inspection: "X, Y's <noun> service"
        "Orvel Group grew in May. Tallis, Orvel Group's inspection service, won a contract.",
        {"Tallis": "Product"},
        {},
    ),
    (  # software: "X, the firm's own software"
        "Harbury Labs grew. Tillo, the firm's own software, was rebuilt this year.",
        {"Tillo": "Product"},
        {},
    ),
    (  # food: a food maker's possessed goods
        "Orla Foods said its Velvet cocoa powder sold well in Spain.",
        {"Velvet": "Product"},
        {},
    ),
    (  # guard: the firm's rival in the same frame stays a firm
        "Kestbank grew in May. Harnby, the bank's biggest rival, grew too.",
        {"Harnby": "Organization"},
        {},
    ),
    (  # guard: the firm's officer in the same frame stays a person
        "Kestbank grew in May. Ada Roe, the bank's finance director, quit.",
        {"Ada Roe": "Person"},
        {},
    ),
    (  # funds: a region before a plural of firms is a place
        "Kelso Capital, a regional fund that takes small stakes in Wexshire firms, raised "
        "more money.",
        {"Wexshire": "Location", "Kelso Capital": "Organization"},
        {},
    ),
    (  # farming: "loans to Tarrow farmers"
        "Orvel Bank made cheap loans to Tarrow farmers this spring.",
        {"Tarrow": "Location"},
        {},
    ),
    (  # guard: a holding's companies keep the holding a firm
        "Kesta bought stakes in Orvel Holdings companies.",
        {"Orvel Holdings": "Organization"},
        {},
    ),
    (  # leisure: a shore after "based at"
        "Orla Surf, a surf school based at Penhallow Beach, hired four instructors.",
        {"Penhallow Beach": "Location", "Orla Surf": "Organization"},
        {},
    ),
    (  # guard: "based at" a university keeps the university
        "Ada Roe, a researcher based at Orvel University, said the test worked.",
        {"Orvel University": "Organization", "Ada Roe": "Person"},
        {},
    ),
    (  # art: "the art dealer" before a person's name
        "Mirelle Osk and the Norland art dealer Ivo Rask started Brisk Fair in 1990.",
        {"Ivo Rask": "Person", "Brisk Fair": "Organization"},
        {},
    ),
    (  # guard: an art dealer named by its own firm shape stays a firm
        "The art dealer Hauser & Wirth opened a gallery in Fenby.",
        {"Hauser & Wirth": "Organization"},
        {},
    ),
    (  # guard: a car dealer in an appositive stays a firm
        "Kesta Motors, a car dealer, opened a showroom in Fenby.",
        {"Kesta Motors": "Organization"},
        {},
    ),
    (  # guard: a person bought from, not in an appositive
        "Orvel bought the estate from Tessa Lind, who had owned it since 1990.",
        {"Tessa Lind": "Person"},
        {},
    ),
]

TYPE_GAPS: dict[str, str] = {}


def _check_types(text: str, must: dict[str, str], must_not: dict[str, str]) -> None:
    got = {n.removeprefix("The "): t for n, t in types(text).items()}
    wrong = {n: (t, got.get(n)) for n, t in must.items() if got.get(n) != t}
    bad = {n: t for n, t in must_not.items() if got.get(n) == t}
    assert not wrong and not bad, (wrong, bad, got)


@pytest.mark.parametrize(("text", "must", "must_not"), gap_params(TYPES, TYPE_GAPS, spread=True))
def test_entity16_types(text: str, must: dict[str, str], must_not: dict[str, str]) -> None:
    _check_types(text, must, must_not)


RELATIONS: list[Case] = [
    (  # photography: the short form's founder goes to the long form
        "Photographer Brenvale slides into administration\n\nBrenvale Studios, which took "
        "portraits for 60 years, has called in administrators. Brenvale was founded by Tom Ayre.",
        [("tom-ayre", "FOUNDED", "brenvale-studios")],
        [],
    ),
    (  # retail: the bought firm keeps its own partner
        "Regulator clears Vantora's Tarvick takeover\n\nThe watchdog cleared the deal. Vantora "
        "said Tarvick's partnership with Ostrel Trust would continue.",
        [("vantora", "OWNS", "tarvick"), ("tarvick", "PARTNERS_WITH", "ostrel-trust")],
        [("vantora", "PARTNERS_WITH", "ostrel-trust")],
    ),
    (  # printing: "Its chairman" after a model code is the firm's
        "Ostrel unveils faster printer\n\nOstrel launched a new office printer on Tuesday. The "
        "printer's closest rival is the Q7 from Delmark. Its chairman, Rui Tovrin, said sales "
        "would rise.",
        [("rui-tovrin", "LEADS", "ostrel")],
        [("rui-tovrin", "LEADS", "q7")],
    ),
    (  # funds: the region of the firms a fund backs is funded by no one
        "Kelso Capital, a regional fund that takes small stakes in Wexshire firms, raised "
        "more money.",
        [],
        [("kelso-capital", "FUNDS", "wexshire")],
    ),
    (  # scrap metal: the town in the founder's appositive owns nothing
        "Kelby Metals was bought by Orvel. The firm was set up by Ada Brannock, a one-time scrap "
        "dealer from Wexbury, who still holds a third of it.",
        [("ada-brannock", "FOUNDED", "kelby-metals")],
        [("wexbury", "OWNS", "kelby-metals")],
    ),
]

FOUNDER_FIRMS: list[Case] = [
    (  # textiles: the founder's surname after a buying verb is the firm
        "Ada Marr founded Marr Textiles in 1988. Harlow Group agreed to buy Marr for $40m.",
        [("harlow-group", "OWNS", "marr-textiles"), ("ada-marr", "FOUNDED", "marr-textiles")],
        [],
    ),
    (  # brewing: "acquired" and a person's cue later
        "Tom Penrose set up Penrose Ales in 1990. Orvel Drinks acquired Penrose last year. "
        "Penrose said he would stay as chairman.",
        [("orvel-drinks", "OWNS", "penrose-ales")],
        [("orvel-drinks", "OWNS", "tom-penrose")],
    ),
    (  # guard: a person's own purchase keeps the person the buyer
        "Ada Marr founded Marr Textiles in 1988. Marr bought a house in Fenby.",
        [("ada-marr", "FOUNDED", "marr-textiles")],
        [("marr-textiles", "OWNS", "ada-marr")],
    ),
]

REL_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(RELATIONS + FOUNDER_FIRMS, REL_GAPS))
def test_entity16_relations(case: Case) -> None:
    check(*case)
