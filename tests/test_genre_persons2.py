"""Genre bank for names nobody listed: two-word person names with uncommon given names from
many regions ("Ansel Roe", "Dario Venn", "Tuvshin Batbold", "Ifeoma Nwachi") typed by article
evidence (a later bare surname, a bound pronoun, an age apposition, person-only frames such as
"was born", "his wife", "told reporters", "studied at"), and companies named like people
("Tarlen Gold said", "Tolland Seeds said") typed by company evidence ("shares in X", "X's
shareholders", "X's chief executive", a company word at the end) rather than by a 'said'
subject; and the relations of such entities, which a wrong type loses.

Each case is a short invented article across food, mining, shipping, banking, pharma, energy,
retail, media, autos, farming, telecoms, insurance and property. Guards: companies named after
founders ("Harlow & Finch", "Kettering Brothers", "Mason Reid LLP"), places named like people
("Port Louis", "St Albans"), products named like people ("the Ada assistant"), a pronoun or
"its" that belongs to another name in between. Remaining gaps are strict xfails (`TYPE_GAPS`).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

P = "Person"
ORG = "Organization"

TypeCase = tuple[str, dict[str, str], list[str]]

PERSON_TYPES: list[TypeCase] = [
    (  # food: verb subject, later bare surname speaker
        "Ansel Roe bought a stake in Kelby Foods last year. Roe said the deal was cheap.",
        {"Ansel Roe": P, "Kelby Foods": ORG},
        [],
    ),
    (  # mining: age apposition
        "Tuvshin Batbold, 52, runs exploration at Gobi Ridge Mining.",
        {"Tuvshin Batbold": P},
        [],
    ),
    (  # shipping: "his wife"
        "Dario Venn sold his shares in Keltic Shipping. His wife sits on the board.",
        {"Dario Venn": P},
        [],
    ),
    (  # banking: "was born in"
        "Ifeoma Nwachi was born in Enugu and joined Crestline Bank in 2004.",
        {"Ifeoma Nwachi": P},
        [],
    ),
    (  # pharma: "told reporters"
        "Oskari Lehtola told reporters that Velmora Pharma would cut prices.",
        {"Oskari Lehtola": P},
        [],
    ),
    (  # energy: "studied at"
        "Rafe Odum studied at Imperial College before founding Solwind Energy.",
        {"Rafe Odum": P},
        [],
    ),
    (  # retail: "her career"
        "Marisol Quiroga began her career at Tendall Stores in 1998.",
        {"Marisol Quiroga": P},
        [],
    ),
    (  # media: she bound in next clause
        "Zaneta Wrobel left Brightcast Media on Friday, and she will start her own studio.",
        {"Zaneta Wrobel": P},
        [],
    ),
    (  # autos: initials
        "J. K. Lorne has invested in Marden Motors.",
        {"J. K. Lorne": P},
        [],
    ),
    (  # farming: "-son" surname and later bare surname
        "Halvar Eriksson farms 900 hectares near Ostby. Eriksson said rain had come late.",
        {"Halvar Eriksson": P},
        [],
    ),
    (  # telecoms: "the 61-year-old"
        "Kwabena Osei will step down from Voxline Telecom. The 61-year-old has led it since 2010.",
        {"Kwabena Osei": P},
        [],
    ),
    (  # insurance: "his son"
        "Teodor Marin handed control of Carpath Insurance to his son in May.",
        {"Teodor Marin": P},
        [],
    ),
    (  # property: "a graduate of"
        "Ines Salcedo, a graduate of Valencia University, leads Torremar Properties.",
        {"Ines Salcedo": P},
        [],
    ),
    (  # shipping: "said in an interview" with later surname
        "Bram Hoekstra said in an interview that Zeeland Ferries would expand. Hoekstra owns "
        "half of it.",
        {"Bram Hoekstra": P},
        [],
    ),
    (  # autos: "-ova" surname, "her" later in the clause
        "Darina Kuznetsova sold Volga Parts last year and kept her seat on its board.",
        {"Darina Kuznetsova": P},
        [],
    ),
    (  # energy: the subject hands a firm to "her daughter"
        "Yetunde Bakare passed Lagoon Power, the utility she built, to her daughter in 2021.",
        {"Yetunde Bakare": P},
        [],
    ),
    (  # banking: a former watchdog's official
        "Piran Holt, a former prosecutor, joined Aubrey Bank as general counsel.",
        {"Piran Holt": P},
        [],
    ),
    (  # food: "was educated at"
        "Lior Amsalem was educated at Haifa Technion and now runs Galil Dairy.",
        {"Lior Amsalem": P},
        [],
    ),
    (  # food: a surname ending, "said on Monday" (firms say so too)
        "Teodora Vasquez said on Monday that Pampas Beef would cut prices.",
        {"Teodora Vasquez": P},
        [],
    ),
    (  # shipping: a Japanese surname ending as an investor
        "Kenta Yoshimura invested in Setouchi Ferries last year.",
        {"Kenta Yoshimura": P},
        [],
    ),
    (  # farming: a Romanian surname ending as a buyer
        "Ilinca Popescu bought Dacia Orchards in April.",
        {"Ilinca Popescu": P},
        [],
    ),
    (  # retail: "joined X ... and became its chief executive"
        "Eun-ji Park joined Hanbit Retail in 2015 and became its chief executive in 2020.",
        {"Eun-ji Park": P},
        [],
    ),
    (  # farming: "The 55-year-old" opening the next sentence
        "Farrukh Tashkentov heads Samarkand Cotton. The 55-year-old took over in 2019.",
        {"Farrukh Tashkentov": P},
        [],
    ),
    (  # food: "sits on the board of"
        "Keoni Kahale sits on the board of Maui Pineapple.",
        {"Keoni Kahale": P},
        [],
    ),
    (  # telecoms: "said on Tuesday that she"
        "Aigerim Nurlanova said on Tuesday that she would sell Steppe Mobile.",
        {"Aigerim Nurlanova": P},
        [],
    ),
    (  # farming: a later bare hyphenated surname
        "Pita Sharples-Moana invested in Aotea Farms. Sharples-Moana said the farm was "
        "undervalued.",
        {"Pita Sharples-Moana": P},
        [],
    ),
]

ORG_TYPES: list[TypeCase] = [
    (  # mining: a 'said' subject with a company word at the end
        "Tarlen Gold said output rose 8% in the third quarter.",
        {"Tarlen Gold": ORG},
        [],
    ),
    (  # farming: 'said' subject, then a person and she
        "Tolland Seeds said Anna Vik will become chief executive in June. She replaces Karl Ostby.",
        {"Tolland Seeds": ORG, "Anna Vik": P},
        [],
    ),
    (  # banking: "shares in X"
        "Investors dumped shares in Morrow Kent after the results. Morrow Kent said it would "
        "cut costs.",
        {"Morrow Kent": ORG},
        [],
    ),
    (  # insurance: "X's shareholders"
        "Aldric Hale's shareholders approved the merger on Tuesday.",
        {"Aldric Hale": ORG},
        [],
    ),
    (  # energy: "X's chief executive"
        "Bellamy Crane's chief executive, Sofia Lind, said the plant would reopen.",
        {"Bellamy Crane": ORG, "Sofia Lind": P},
        [],
    ),
    (  # retail: Ltd
        "Penrose Vale Ltd said sales fell 4%.",
        {"Penrose Vale": ORG},
        [],
    ),
    (  # food: Foods ending as 'said' subject
        "Marlow Foods said it would raise prices.",
        {"Marlow Foods": ORG},
        [],
    ),
    (  # guard: founders' names joined by &
        "Harlow & Finch said profits rose.",
        {"Harlow & Finch": ORG},
        [],
    ),
    (  # guard: Brothers
        "Kettering Brothers said it would build a new plant.",
        {"Kettering Brothers": ORG},
        [],
    ),
    (  # guard: LLP
        "Mason Reid LLP advised Corvane Bank on the deal.",
        {"Mason Reid": ORG},
        [],
    ),
    (  # guard: place named like a person
        "Dellmar Shipping opened an office in Port Louis.",
        {"Port Louis": "Location"},
        [],
    ),
    (  # mining: "Copper said" subject named for its metal
        "Brenna Copper said on Monday it would sell its smelter.",
        {"Brenna Copper": ORG},
        [],
    ),
    (  # energy: commodity name as a verb's subject
        "Harwick Oil said profits doubled in the quarter.",
        {"Harwick Oil": ORG},
        [],
    ),
    (  # guard: a company noun after "former": a firm's past
        "Castra Telecom, a former state monopoly, cut prices.",
        {"Castra Telecom": ORG},
        [],
    ),
    (  # guard: "her" is the hired person's ("gave her a seat")
        "Kelby Trade hired Ifeoma Nwachi and gave her a seat on the board.",
        {"Kelby Trade": ORG},
        [],
    ),
    (  # guard: "his" is the known person's
        "Orsk Tarvel sold the mill to Jonas Berg and kept his staff.",
        {"Orsk Tarvel": ORG},
        [],
    ),
    (  # guard: a surname ending outweighed by "shares in"
        "Shares in Halden Petersson fell 4% on Tuesday.",
        {"Halden Petersson": ORG},
        [],
    ),
    (  # guard: a surname ending outweighed by a firm's appositive
        "Volk Andersson, the Malmo retailer, cut prices on Monday.",
        {"Volk Andersson": ORG},
        [],
    ),
    (  # guard: an age before a firm's noun
        "Brannock Vale bought Tillery Mills. The 120-year-old brewer said prices would rise.",
        {"Brannock Vale": ORG},
        [],
    ),
    (  # guard: a firm joins an alliance and becomes its member
        "Corlan Hythe joined the Baltic Grain Alliance in 2019 and became its largest member.",
        {"Corlan Hythe": ORG},
        [],
    ),
    (  # property: a given name, but a company's pretax loss
        "David Harcourt reported a pretax loss of $40 million for the year.",
        {"David Harcourt": ORG},
        [],
    ),
    (  # retail: a given name, record profits and "and raised its dividend"
        "Laura Ashby posted record profits and raised its dividend.",
        {"Laura Ashby": ORG},
        [],
    ),
    (  # gap: "the firm" after a given-name said-subject is no firm cue yet
        "Mason Reid said the firm would hire 40 lawyers.",
        {"Mason Reid": ORG},
        [],
    ),
    (  # gap: a given name before a plural crop word ("Shannon Oats") votes Person
        "Cormac Tierney bought Shannon Oats in 2018. Tierney's children will inherit it.",
        {"Cormac Tierney": P, "Shannon Oats": ORG},
        [],
    ),
    (  # insurance: "investors in" a firm named like a person
        "Investors in Peter Lindqvist lost money when the insurer collapsed.",
        {"Peter Lindqvist": ORG},
        [],
    ),
    (  # guard: "its" is the bought company's (another name between)
        "Sofia Brandt bought Kelby Foods and raised its dividend.",
        {"Sofia Brandt": P},
        [],
    ),
    (  # media: a given name, "said on Monday its profits"
        "Laura Ashby said on Monday its profits doubled.",
        {"Laura Ashby": ORG},
        [],
    ),
]

RELATIONS: list[Case] = [
    (  # food: uncommon given name as investor
        "Ansel Roe invested in Kelby Foods in March. Roe said the bakery chain would grow.",
        [("ansel-roe", "FUNDS", "kelby-foods")],
        [],
    ),
    (  # mining: founder with age apposition
        "Tuvshin Batbold, 52, founded Gobi Ridge Mining in 2009.",
        [("tuvshin-batbold", "FOUNDED", "gobi-ridge-mining")],
        [],
    ),
    (  # pharma: adviser with a role aside
        "Simon Roe, a former regulator, advises Orrin Bank.",
        [("simon-roe", "ADVISES", "orrin-bank")],
        [],
    ),
    (  # shipping: passive, leader with bare later surname
        "Keltic Shipping is run by Dario Venn. Venn said freight rates were falling.",
        [("dario-venn", "LEADS", "keltic-shipping")],
        [],
    ),
    (  # telecoms: company named like a person acquires
        "Tarlen Gold said it had bought Northcape Minerals for $40 million.",
        [("tarlen-gold", "OWNS", "northcape-minerals")],
        [],
    ),
    (  # farming: handover, the company is no person
        "Tolland Seeds said Anna Vik will become chief executive in June. She replaces Karl Ostby.",
        [("anna-vik", "LEADS", "tolland-seeds")],
        [],
    ),
    (  # media: uncommon name founded
        "Zaneta Wrobel, who founded Brightcast Media, said she would sell it.",
        [("zaneta-wrobel", "FOUNDED", "brightcast-media")],
        [],
    ),
    (  # guard: denial
        "Dario Venn denied that he had invested in Keltic Shipping.",
        [],
        [("dario-venn", "FUNDS", "keltic-shipping")],
    ),
    (  # guard: intent
        "Oskari Lehtola plans to invest in Velmora Pharma next year.",
        [],
        [("oskari-lehtola", "FUNDS", "velmora-pharma")],
    ),
    (  # guard: question
        "Will Ifeoma Nwachi back Crestline Bank?",
        [],
        [("ifeoma-nwachi", "BACKS", "crestline-bank")],
    ),
    (  # guard: customer
        "Rafe Odum buys his power from Solwind Energy.",
        [],
        [("rafe-odum", "OWNS", "solwind-energy"), ("rafe-odum", "FUNDS", "solwind-energy")],
    ),
    (  # guard: product named like a person
        "Velmora Pharma launched the Ada assistant for doctors.",
        [],
        [("velmora-pharma", "OWNS", "ada")],
    ),
    (  # insurance: a former regulator advises, passive
        "Carpath Insurance is advised by Piran Holt, a former regulator.",
        [("piran-holt", "ADVISES", "carpath-insurance")],
        [],
    ),
    (  # autos: uncommon name founded, kin later
        "Darina Kuznetsova founded Volga Parts in 1994 with her husband.",
        [("darina-kuznetsova", "FOUNDED", "volga-parts")],
        [],
    ),
    (  # mining: a company named for its metal buys
        "Brenna Copper said it had acquired Tarn Minerals.",
        [("brenna-copper", "OWNS", "tarn-minerals")],
        [],
    ),
    (  # guard: denial with "that she"
        "Marisol Quiroga denied that she had bought shares in Tendall Stores.",
        [],
        [
            ("marisol-quiroga", "OWNS", "tendall-stores"),
            ("marisol-quiroga", "FUNDS", "tendall-stores"),
        ],
    ),
    (  # guard: affirmative with "that" (a report, not a denial)
        "Marisol Quiroga confirmed that she had invested in Tendall Stores.",
        [("marisol-quiroga", "FUNDS", "tendall-stores")],
        [],
    ),
]

TYPE_GAPS: dict[str, str] = {
    "Mason Reid said the firm": "'the firm' in the clause a given-name speaker reports is no"
    " firm cue (a person may speak of her firm): a founder-named firm needs its legal form",
    "Cormac Tierney bought Shannon": "a given name before a plural crop or goods word ('Shannon"
    " Oats') votes Person; surnames end in -s too ('Jones'), so no plural rule was added",
}
REL_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    "text,must,must_not", gap_params(PERSON_TYPES + ORG_TYPES, TYPE_GAPS, spread=True)
)
def test_persons2_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


@pytest.mark.parametrize("case", gap_params(RELATIONS, REL_GAPS))
def test_persons2_relations(case: Case) -> None:
    check(*case)
