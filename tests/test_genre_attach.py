"""Genre bank for wrong attachment and traps: the name nearest a trigger that is not its
argument. A person who speaks about a deal is no party of it ("CFO P said the purchase of X");
a name inside an aside between a subject and its passive predicate is not the patient ("X, a
rival of Y, is 40% held by Z"); a relative clause after an appositive "of" phrase belongs to
the appositive's head ("X, the vehicle of P, which owns 20% of T"); an inverse role noun used
as an act ("the acquisition of X, which Y bought") names no holder; a regulator's probe into a
deal is merger control, no dispute; a section heading ("Overview.") is no entity; and the
remaining gaps (a mover's place given to a firm, "the owners of X" as funders, an inverted
"Behind X stands Y", an arranger of a loan) as strict xfails.

Each case is a short invented text (text, relations that must be found, relations that must
not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance and property. Positive twins keep the plain reading of each construction.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

SPEAKERS: list[Case] = [
    (  # food: a finance chief speaks of a purchase
        "Chief financial officer Mira Pell said the purchase of Brisco Foods added revenue.",
        [],
        [("mira-pell", "OWNS", "brisco-foods")],
    ),
    (  # mining: "said that the takeover of X"
        "Tomas Vell, the chief executive, said that the takeover of Karro Copper would close soon.",
        [],
        [("tomas-vell", "OWNS", "karro-copper")],
    ),
    (  # telecoms: a person speaks of a partnership
        "Analyst Dana Morr said the partnership with Vessary Telecom had lifted sales.",
        [],
        [("dana-morr", "PARTNERS_WITH", "vessary-telecom")],
    ),
    (  # pharma: a speaker, then a relative clause naming the real buyer
        "Lena Hart said the acquisition of Orvane Bio, which Quillex Pharma bought in May, "
        "added revenue.",
        [],
        [("lena-hart", "OWNS", "orvane-bio"), ("orvane-bio", "OWNS", "quillex-pharma")],
    ),
    (  # energy: a speaker and an investment with an article
        "Ravi Soren told reporters the investment in Tarn Solar was a mistake.",
        [],
        [("ravi-soren", "FUNDS", "tarn-solar")],
    ),
    (  # twin: an organisation saying it keeps its reading
        "Quillex Group said the purchase of Brisco Foods added revenue.",
        [("quillex-group", "OWNS", "brisco-foods")],
        [],
    ),
    (  # twin: the person's own investment ("her")
        "Mira Pell said her investment in Brisco Foods had paid off.",
        [("mira-pell", "FUNDS", "brisco-foods")],
        [],
    ),
    (  # twin: the agent after "by" is the buyer
        "Mira Pell said the purchase of Brisco Foods by Quillex Group added revenue.",
        [("quillex-group", "OWNS", "brisco-foods")],
        [("mira-pell", "OWNS", "brisco-foods")],
    ),
]

ASIDES: list[Case] = [
    (  # food: an appositive naming a rival, then "is 40% held by"
        "Pellan Foods, a rival of Brisco Dairy, is 40% held by Orlan Capital.",
        [
            ("orlan-capital", "OWNS", "pellan-foods"),
            ("pellan-foods", "COMPETES_WITH", "brisco-dairy"),
        ],
        [("orlan-capital", "OWNS", "brisco-dairy")],
    ),
    (  # manufacturing: a relative clause naming a customer, unnamed head
        "The plant, which supplies Vessary Retail, is majority owned by Quillex Group.",
        [],
        [("quillex-group", "OWNS", "vessary-retail")],
    ),
    (  # retail: a relative clause naming a customer, named head
        "Pellan Stores, which supplies Vessary Retail, is majority owned by Quillex Group.",
        [("quillex-group", "OWNS", "pellan-stores")],
        [("quillex-group", "OWNS", "vessary-retail")],
    ),
    (  # shipping: an appositive "a former unit of"
        "Dravo Shipping, a former unit of Kessel Group, is majority owned by Halden Partners.",
        [("halden-partners", "OWNS", "dravo-shipping")],
        [("halden-partners", "OWNS", "kessel-group")],
    ),
    (  # property: an unnamed head, a rival in the appositive
        "The developer, a rival of Corra Homes, is 30% held by Marlo Estates.",
        [],
        [
            ("marlo-estates", "OWNS", "corra-homes"),
            ("marlo-estates", "COMPETES_WITH", "corra-homes"),
        ],
    ),
    (  # food: the agent after the aside is no rival of the name inside it
        "The bakery, a rival of Brisco Dairy, is 40% owned by Orlan Capital.",
        [],
        [
            ("orlan-capital", "COMPETES_WITH", "brisco-dairy"),
            ("orlan-capital", "OWNS", "brisco-dairy"),
        ],
    ),
    (  # twin: a role in an appositive after the agent stays
        "The plan was criticised by Halden Capital, a shareholder of Brisco Foods.",
        [("halden-capital", "OWNS", "brisco-foods")],
        [],
    ),
    (  # twin: the plain passive
        "Brisco Dairy is 40% held by Orlan Capital.",
        [("orlan-capital", "OWNS", "brisco-dairy")],
        [],
    ),
    (  # twin: a relative clause with its own subject
        "Pellan Foods, which Tom Arvo founded in 1990, is owned by Orlan Capital.",
        [("orlan-capital", "OWNS", "pellan-foods"), ("tom-arvo", "FOUNDED", "pellan-foods")],
        [],
    ),
    (  # twin: an appositive without "of"
        "Pellan Bakery, a Lima bakery chain, is owned by Orlan Capital.",
        [("orlan-capital", "OWNS", "pellan-bakery")],
        [],
    ),
]

OF_APPOSITIVES: list[Case] = [
    (  # banking: "the investment vehicle of X, which owns 20% of T"
        "Marlo Holdings, the investment vehicle of Vessary Group, which owns 20% of Brisco "
        "Foods, said it was pleased.",
        [("marlo-holdings", "OWNS", "brisco-foods")],
        [("vessary-group", "OWNS", "brisco-foods")],
    ),
    (  # insurance: a person in the "of" phrase
        "Tarn Holdings, the family office of tycoon Ravi Tanwar, which holds 15% of Corvel "
        "Insurance, backed the plan.",
        [("tarn-holdings", "OWNS", "corvel-insurance")],
        [("ravi-tanwar", "OWNS", "corvel-insurance")],
    ),
    (  # media: an unnamed head drops the reading
        "The fund, an arm of Pellam Media, which owns 30% of Nordby Radio, said nothing.",
        [],
        [("pellam-media", "OWNS", "nordby-radio")],
    ),
    (  # twin: a plain relative clause
        "Marlo Holdings, which owns 20% of Brisco Foods, said it was pleased.",
        [("marlo-holdings", "OWNS", "brisco-foods")],
        [],
    ),
    (  # twin: a person's own relative clause
        "Ravi Tanwar, who owns 20% of Brisco Foods, said he was pleased.",
        [("ravi-tanwar", "OWNS", "brisco-foods")],
        [],
    ),
]

ACTS: list[Case] = [
    (  # autos: "the acquisition of X, which Y bought": no reversed holding
        "The acquisition of Brisco Motors, which Quillex Auto bought in May, added revenue.",
        [],
        [("brisco-motors", "OWNS", "quillex-auto")],
    ),
    (  # farming: "the acquisition of X" then another name
        "The acquisition of Hallam Seeds, which Tarn Agri completed last year, paid off.",
        [],
        [("hallam-seeds", "OWNS", "tarn-agri")],
    ),
    (  # twin: "X's biggest acquisition" keeps the inverse role
        "Kessel Bio, Orrin Pharma's biggest acquisition, makes vaccines.",
        [("orrin-pharma", "OWNS", "kessel-bio")],
        [],
    ),
]

REVIEWS: list[Case] = [
    (  # retail: a probe into a purchase is merger control
        "The Federal Trade Commission opened an in-depth probe into Quillex Group's purchase of "
        "Dalmet Foods.",
        [],
        [("federal-trade-commission", "DISPUTES", "quillex-group")],
    ),
    (  # telecoms: an inquiry into a proposed merger
        "The Competition Bureau opened an inquiry into the proposed merger of Vessary Telecom "
        "and Nordby Mobile.",
        [],
        [("the-competition-bureau", "DISPUTES", "vessary-telecom")],
    ),
    (  # energy: an investigation into a takeover
        "The Energy Regulator began an investigation into Corra Power's takeover of Halden Gas.",
        [],
        [("energy-regulator", "DISPUTES", "corra-power")],
    ),
    (  # twin: a probe into the company's conduct is a dispute
        "The Financial Conduct Authority launched an investigation into Quillex Bank.",
        [("the-financial-conduct-authority", "DISPUTES", "quillex-bank")],
        [],
    ),
    (  # twin: a probe into pricing
        "The Competition Bureau opened an inquiry into Quillex Group's pricing.",
        [("the-competition-bureau", "DISPUTES", "quillex-group")],
        [],
    ),
    (  # twin: a fine is a dispute
        "The Financial Conduct Authority fined Quillex Bank $4 million.",
        [("the-financial-conduct-authority", "DISPUTES", "quillex-bank")],
        [],
    ),
]

TRAPS: list[Case] = [
    (  # nearest name: the parent of a unit bought
        "Orlan Group agreed to buy the cabling arm of Vessary plc for $40 million.",
        [],
        [("orlan-group", "OWNS", "vessary")],
    ),
    (  # coordination: the second verb keeps the first subject
        "Pell Arvo has criticised Nerissa Vask over costs and then sued Quillex Ltd.",
        [("pell-arvo", "DISPUTES", "quillex")],
        [("nerissa-vask", "DISPUTES", "quillex")],
    ),
    (  # an adjudicator's finding is no dispute
        "Judge Ravi Tanwar ruled that Brisco Foods had breached the contract with Quillex Group.",
        [],
        [("ravi-tanwar", "DISPUTES", "brisco-foods")],
    ),
    (  # insurance: an arbitrator's title is no part of the name, the ruling no dispute
        "Arbitrator Ravi Tanwar ruled that Brisco Foods had broken its contract with Quillex "
        "Group.",
        [],
        [
            ("ravi-tanwar", "DISPUTES", "brisco-foods"),
            ("ravi-tanwar", "PARTNERS_WITH", "quillex-group"),
        ],
    ),
    (  # a sale to a customer: the customer owns no seller
        "Vessary Medical sold its scanner to Orlan Hospital.",
        [],
        [("orlan-hospital", "OWNS", "vessary-medical")],
    ),
    (  # a mover's new country is no place of the firm he ran
        "Tomas Brisk ran Vantora Lifts, a unit based in Chile, until he moved to Peru in 2019.",
        [("vantora-lifts", "LOCATED_IN", "chile")],
        [("vantora-lifts", "LOCATED_IN", "peru")],
    ),
    (  # telecoms: "before she relocated to Spain"
        "Nadia Orsk headed Pellan Telecom, a carrier based in Lima, before she relocated to Spain.",
        [("nadia-orsk", "LEADS", "pellan-telecom"), ("pellan-telecom", "LOCATED_IN", "lima")],
        [("pellan-telecom", "LOCATED_IN", "spain")],
    ),
    (  # twin: "she" keeps her own act
        "Nadia Orsk said she would invest in Pellan Telecom.",
        [("nadia-orsk", "FUNDS", "pellan-telecom")],
        [],
    ),
    (  # funders named as "the owners of X": X funds nothing
        "The Tarn dam is financed by the three shareholders of Dalmet Power, the state utility.",
        [],
        [("dalmet-power", "FUNDS", "tarn")],
    ),
    (  # energy: "backed by the parent of X"
        "The Lomond wind farm is backed by the parent of Corra Energy.",
        [],
        [("corra-energy", "BACKS", "lomond"), ("corra-energy", "FUNDS", "lomond")],
    ),
    (  # twin: a named agent after "by"
        "The Lomond wind farm is financed by Corra Energy.",
        [("corra-energy", "FUNDS", "lomond")],
        [],
    ),
    (  # an inverted clause: the holder stands behind the held
        "Behind Quillex Foods stands Orlan Capital, which holds about half of it.",
        [],
        [("orlan-capital", "OWNS", "behind-quillex-foods")],
    ),
    (  # a loan arranged by banks for a deal
        "Halvard Shipping will fund the deal with cash and a $200 million loan arranged by "
        "Duskmere Bank and Tollbrook Bank.",
        [],
        [("duskmere-bank", "FUNDS", "halvard-shipping")],
    ),
    (  # mining: a credit facility led by a bank
        "Corra Mining will finance the purchase with a credit facility led by Marrow Bank.",
        [],
        [("marrow-bank", "FUNDS", "corra-mining")],
    ),
    (  # twin: a facility provided by a bank
        "Corra Mining will finance the purchase with a credit facility provided by Marrow Bank.",
        [("marrow-bank", "FUNDS", "corra-mining")],
        [],
    ),
    (  # twin: a loan from a bank for a deal funds the buyer
        "Halvard Shipping will fund the deal with cash and a $200 million loan from Duskmere Bank.",
        [("duskmere-bank", "FUNDS", "halvard-shipping")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "The fund, an arm of Pellam Media": "the role noun 'arm' reads the name after the relative "
    "clause as the unit of the 'of' name",
    "Behind Quillex Foods stands": "a fronted 'Behind' is glued to the name and the inverted "
    "clause is read as holder -> held",
}

BANK = SPEAKERS + ASIDES + OF_APPOSITIVES + ACTS + REVIEWS + TRAPS


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_attach(case: Case) -> None:
    check(*case)


# section headings and quantifiers: (text, names with their type, names that are no entity)
HEADINGS: list[tuple[str, dict[str, str], list[str]]] = [
    (  # property: "Overview." as its own sentence
        "Quillex Homes and Brisco Build are rivals in Lima.\n\nOverview. The two builders had a "
        "fifty-fifty venture in Lima.",
        {"Quillex Homes": "Organization"},
        ["Overview"],
    ),
    (  # media: headings alone on their lines
        "Background\nNordby Radio and Pellam Media are rivals.\nOutlook.\nThey will grow.",
        {"Nordby Radio": "Organization"},
        ["Background", "Outlook"],
    ),
    (  # food: a sentence-initial quantifier
        "Most of the gain comes from a tie-up with Vessary Telecom.",
        {"Vessary Telecom": "Organization"},
        ["Most"],
    ),
    (  # mining: "Several of"
        "Several of its rivals, including Brisco Mining, cut prices.",
        {"Brisco Mining": "Organization"},
        ["Several"],
    ),
    (  # media: an interview's speaker label
        "Quillex Foods raised money this year.\nInterviewer: You have your existing investor in "
        "Orlan Capital. Will it invest again?",
        {"Quillex Foods": "Organization"},
        ["Interviewer"],
    ),
    (  # insurance: a moderator's label
        "Moderator: Corvel Insurance is your biggest client. Why?",
        {"Corvel Insurance": "Organization"},
        ["Moderator"],
    ),
    (  # shipping: an arbitrator's title before the name
        "Arbitrator Ravi Tanwar ruled Brisco Shipping had broken the charter.",
        {"Ravi Tanwar": "Person", "Brisco Shipping": "Organization"},
        ["Arbitrator Ravi Tanwar"],
    ),
    (  # twin: a one-word company name in a sentence stays
        "Vessary sued Quillex Homes on Monday.",
        {"Vessary": "Organization"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", gap_params(HEADINGS, {}, spread=True))
def test_headings(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
