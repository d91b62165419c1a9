"""Genre bank for typing names with no known cue: invented person names with unfamiliar given
names ("Tavi Rensel", "Ketil Aamodt") typed by a later bare surname, a pronoun, a title or role,
an honorific, "said X", an age or a person verb; organizations typed by "the two firms", "X makes
ovens", "X shares rose", "X's chief executive", "X-based"; and coherence (one name, one type).

Each case is a short invented article across food, mining, shipping, banking, pharma, energy,
retail, media, autos, farming, telecoms, insurance and property. Guards: a company named after
people with "the bank", a place, a product, a surname shared by two people.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

P = "Person"
ORG = "Organization"

TypeCase = tuple[str, dict[str, str], list[str]]

PERSON_TYPES: list[TypeCase] = [
    (  # food: later bare surname as a speaker
        "Tavi Rensel runs purchasing at Harlow Foods. Rensel said prices would rise.",
        {"Tavi Rensel": P},
        [],
    ),
    (  # mining: "she" referring back
        "Rina Okoth-Vall took over at Pellmore Mining in May. She said output would double.",
        {"Rina Okoth-Vall": P},
        [],
    ),
    (  # shipping: "his" referring back
        "Ketil Aamodt built Fjordane Lines from one ferry. His fleet now has 40 ships.",
        {"Ketil Aamodt": P},
        [],
    ),
    (  # banking: title before the name
        "Chief executive Oyelaran Bisi said Corvane Bank would cut 200 jobs.",
        {"Oyelaran Bisi": P},
        [],
    ),
    (  # pharma: "X, its chair"
        "Kestrel Bio named a new board. Imre Talvik, its chair, will lead the search.",
        {"Imre Talvik": P},
        [],
    ),
    (  # energy: honorific later
        "Osku Lehtar joined Varda Power last year. Mr Lehtar now runs its wind unit.",
        {"Osku Lehtar": P},
        [],
    ),
    (  # retail: "Ms" later
        "Saoirse Quillan opened the first Brackley Stores shop. Ms Quillan still owns it.",
        {"Saoirse Quillan": P},
        [],
    ),
    (  # pharma: "Dr" later
        "Anouk Vereij discovered the compound at Melbrook Labs. Dr Vereij said trials start soon.",
        {"Anouk Vereij": P},
        [],
    ),
    (  # media: "said X" at the end
        "Ravel Media will close two papers, said Tamsin Oduya.",
        {"Tamsin Oduya": P},
        [],
    ),
    (  # autos: age apposition
        "Dariusz Wenck, 54, has run Halden Motors since 2015.",
        {"Dariusz Wenck": P},
        [],
    ),
    (  # farming: "told reporters"
        "Yusra Bellamine told reporters that Greenrow Farms would sell its dairy herd.",
        {"Yusra Bellamine": P},
        [],
    ),
    (  # telecoms: "was born"
        "Ilkka Varsten was born in Tampere and now leads Norvel Telecom.",
        {"Ilkka Varsten": P},
        [],
    ),
    (  # insurance: "joined X in 2019 as"
        "Bertil Osagie joined Hanmore Insurance in 2019 as finance chief.",
        {"Bertil Osagie": P},
        [],
    ),
    (  # property: role after the name, "X, chief executive of Y"
        "Zoltan Achebe, chief executive of Brightwell Homes, said sales fell.",
        {"Zoltan Achebe": P},
        [],
    ),
    (  # energy: "according to X" then bare surname
        "According to Nuno Farrant, Solvik Energy will build two plants. Farrant declined to "
        "name the sites.",
        {"Nuno Farrant": P},
        [],
    ),
    (  # mining: role title before the name, lower case
        "Drilling at the Kerrow pit stopped, mine manager Aurelio Dunstan said.",
        {"Aurelio Dunstan": P},
        [],
    ),
    (  # food: surname alone later, as a subject of a person verb
        "Heiko Branwell founded Crumb & Co in 2011. Branwell told staff the bakery would move.",
        {"Heiko Branwell": P},
        [],
    ),
    (  # banking: "she" after a role
        "Marisol Thackery heads lending at Aldwyn Bank. She joined from a rival in 2020.",
        {"Marisol Thackery": P},
        [],
    ),
]

DEPARTURES: list[TypeCase] = [
    (  # telecoms: "would step down" in a reported clause
        "Velsa Telecom said on Monday that Ketil Aamodt would step down.",
        {"Ketil Aamodt": P, "Velsa Telecom": ORG},
        [],
    ),
    (  # shipping: "will retire"
        "Ketil Aamodt will retire in June, Fjordane Lines said.",
        {"Ketil Aamodt": P},
        [],
    ),
    (  # banking: "has resigned"
        "Oyelaran Bisi has resigned from the board of Corvane Bank.",
        {"Oyelaran Bisi": P},
        [],
    ),
    (  # mining: "is stepping down"
        "Pellmore Mining said Rina Okoth-Vall is stepping down after ten years.",
        {"Rina Okoth-Vall": P},
        [],
    ),
]

CAREERS: list[TypeCase] = [
    (  # food: "promoted X to <title>"
        "Quorra Foods promoted Tavi Rensel to chief operating officer.",
        {"Tavi Rensel": P, "Quorra Foods": ORG},
        [],
    ),
    (  # insurance: "promoted X to <title>", a title with a portfolio
        "Larkspur Insurance has promoted Hamid Oyelaran to finance chief.",
        {"Hamid Oyelaran": P},
        [],
    ),
    (  # retail: "previously worked at"
        "Tavi Rensel previously worked at Harlow Foods.",
        {"Tavi Rensel": P},
        [],
    ),
    (  # property: "worked as"
        "Wendeline Achterberg worked as a surveyor before she founded Kopper Homes.",
        {"Wendeline Achterberg": P},
        [],
    ),
    (  # guard: a firm promoted to an index is no person
        "Brekke Seafood was promoted to the FTSE 250 index on Friday.",
        {"Brekke Seafood": ORG},
        [],
    ),
]

ORG_TYPES: list[TypeCase] = [
    (  # food / hospitality: "the two firms"
        "Quillex makes ovens. Vantora sells ovens. The two firms compete for hotel kitchens.",
        {"Quillex": ORG, "Vantora": ORG},
        [],
    ),
    (  # shipping: "X operates N vessels"
        "Marvanta operates 30 container vessels between Asia and Europe.",
        {"Marvanta": ORG},
        [],
    ),
    (  # retail: "X shares rose"
        "Dellora shares rose 6% after the retailer raised its forecast.",
        {"Dellora": ORG},
        [],
    ),
    (  # pharma: "X's chief executive"
        "Torvane's chief executive said the drug would launch in June.",
        {"Torvane": ORG},
        [],
    ),
    (  # autos: "X-based"
        "Bremsley-based Kavio builds electric vans for delivery fleets.",
        {"Kavio": ORG},
        [],
    ),
    (  # telecoms: "the two companies"
        "Nexlo and Telvani bid for the spectrum. The two companies lost to a state carrier.",
        {"Nexlo": ORG, "Telvani": ORG},
        [],
    ),
    (  # shipping: "the two groups" after names first read as products ("Marvanta ships")
        "Marvanta ships grain. Oskerra ships coal. The two groups now compete on Baltic routes.",
        {"Marvanta": ORG, "Oskerra": ORG},
        [],
    ),
    (  # insurance: "X sells policies"
        "Assuro sells crop insurance to farmers in three states.",
        {"Assuro": ORG},
        [],
    ),
]

COHERENCE: list[TypeCase] = [
    (  # energy: a two-word name whose surname is used alone later
        "Lorcan Vesty will lead Harrowgate Energy. Vesty said the firm would sell its gas fields.",
        {"Lorcan Vesty": P},
        [],
    ),
    (  # media: "the group" makes the name an organization across sentences
        "Ostrava Media bought two radio stations. The group said the deal closes in May.",
        {"Ostrava Media": ORG},
        [],
    ),
]

TYPE_GUARDS: list[TypeCase] = [
    (  # a company named after people, "the bank"
        "Harlan Brooke cut its dividend. The bank said loan losses doubled.",
        {"Harlan Brooke": ORG},
        [],
    ),
    (  # a company named after people, "shares"
        "Wexford Carrow shares fell 4% after the insurer missed forecasts.",
        {"Wexford Carrow": ORG},
        [],
    ),
    (  # a known place stays a place
        "Kavio opened a plant in Portugal. Portugal offered tax breaks.",
        {"Portugal": "Location"},
        [],
    ),
]

TYPE_GAPS: dict[str, str] = {
    "Marvanta ships grain": "'X ships grain' votes Product (the fleet of X) and a later 'the two "
    "groups' does not retype the pair: the pair reference only looks at organizations",
}


@pytest.mark.parametrize(
    "text,must,must_not",
    gap_params(
        PERSON_TYPES + DEPARTURES + CAREERS + ORG_TYPES + COHERENCE + TYPE_GUARDS,
        TYPE_GAPS,
        spread=True,
    ),
)
def test_persons_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


RELATIONS: list[Case] = [
    (  # food: two firms compete
        "Quillex makes ovens. Vantora sells ovens. The two firms compete for hotel kitchens.",
        [("quillex", "COMPETES_WITH", "vantora")],
        [],
    ),
    (  # mining: person with unfamiliar name leads a company
        "Rina Okoth-Vall is chief executive of Pellmore Mining. She said output would double.",
        [("rina-okoth-vall", "LEADS", "pellmore-mining")],
        [],
    ),
    (  # shipping: founder with unfamiliar name
        "Ketil Aamodt founded Fjordane Lines in 1998. Aamodt still owns most of it.",
        [("ketil-aamodt", "FOUNDED", "fjordane-lines")],
        [],
    ),
    (  # pharma: adviser with an honorific later
        "Anouk Vereij advises Melbrook Labs on trials. Dr Vereij joined the board in 2021.",
        [("anouk-vereij", "ADVISES", "melbrook-labs")],
        [],
    ),
    (  # property: role apposition
        "Zoltan Achebe, chief executive of Brightwell Homes, said sales fell.",
        [("zoltan-achebe", "LEADS", "brightwell-homes")],
        [],
    ),
    (  # banking: a person does not compete
        "Oyelaran Bisi runs Corvane Bank. Bisi said the bank would cut 200 jobs.",
        [("oyelaran-bisi", "LEADS", "corvane-bank")],
        [("oyelaran-bisi", "COMPETES_WITH", "corvane-bank")],
    ),
    (  # food: "both companies" after two lone openers
        "Quillex makes ovens. Vantora sells ovens. Both companies compete for hotel kitchens.",
        [("quillex", "COMPETES_WITH", "vantora")],
        [],
    ),
    (  # media: "the two firms" partner
        "Corvia prints magazines. Lumetto sells adverts. The two firms signed a partnership in "
        "May.",
        [("corvia", "PARTNERS_WITH", "lumetto")],
        [],
    ),
    (  # food: a bare "the two" after two lone openers
        "Quillex makes ovens. Vantora sells ovens. The two are rivals in hotel kitchens.",
        [("quillex", "COMPETES_WITH", "vantora")],
        [],
    ),
    (  # autos: a lone opener then "the company"
        "Quillex makes ovens. The company competes with Harbin Kitchens Ltd.",
        [("quillex", "COMPETES_WITH", "harbin-kitchens")],
        [],
    ),
    (  # farming: a lone opener then "the firm", passive owner
        "Dorvik cut prices. The firm is owned by Halvard Partners.",
        [("halvard-partners", "OWNS", "dorvik")],
        [],
    ),
    (  # farming: a lone opener then "the group" sues
        "Olvera sells seeds. The group said it had sued Arkwell Agri.",
        [("olvera", "DISPUTES", "arkwell-agri")],
        [],
    ),
    (  # fishing: a lone opener then "It"
        "Tromsa exports salmon. It is owned by Brekke Holdings.",
        [("brekke-holdings", "OWNS", "tromsa")],
        [],
    ),
    (  # guard: a lone opener then "the company", negated
        "Quillex makes ovens. The company is not owned by Harbin Kitchens Ltd.",
        [],
        [("harbin-kitchens", "OWNS", "quillex")],
    ),
    (  # telecoms: a departing leader typed by "would step down as"
        "Velsa Telecom said on Monday that Ketil Aamodt would step down as chief executive.",
        [("ketil-aamodt", "LEADS", "velsa-telecom")],
        [],
    ),
    (  # guard: negation
        "Tavi Rensel did not found Harlow Foods. Rensel joined it in 2015.",
        [],
        [("tavi-rensel", "FOUNDED", "harlow-foods")],
    ),
    (  # guard: hedge
        "Ketil Aamodt may invest in Fjordane Lines, Aamodt said.",
        [],
        [("ketil-aamodt", "FUNDS", "fjordane-lines")],
    ),
    (  # guard: question
        "Will Imre Talvik lead Kestrel Bio? Talvik declined to comment.",
        [],
        [("imre-talvik", "LEADS", "kestrel-bio")],
    ),
    (  # guard: a supplier is no rival
        "Quillex makes ovens. Vantora buys ovens from Quillex for its hotels.",
        [],
        [("quillex", "COMPETES_WITH", "vantora")],
    ),
]

REL_GAPS: dict[str, str] = {
    "Tromsa exports salmon. It is": "a lone sentence opener then 'It': the pronoun does not keep "
    "the weak entity (only 'the company' or 'the two firms' does)",
}


@pytest.mark.parametrize("case", gap_params(RELATIONS, REL_GAPS))
def test_persons_relations(case: Case) -> None:
    check(*case)
