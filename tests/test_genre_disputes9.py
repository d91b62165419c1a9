"""Genre bank for disputes, rivals, backing and partners (round 9): a possessive rival copula
with a phrase before its verb ("X's main rival in the north is Y"), a relative or appositive
that makes a name the rival of a possessor or of the clause's subject ("Y, the grocer that is
now its closest competitor", "faces Y, the Austrian rival"), a second "with" phrase whose
examples compete ("competes with A and with Asian firms such as B"), a speaker's "our rivals
are mainly A and B", "presents itself as X's nearest rival"; criticism of a description and of
a possessed thing in one object ("attacked the merger and X's fees"), a second verb far from
its subject, a participial accusation, a counter-suit; "wrote in favour of X"; a fronted
partner ("With X, it is building a depot") and a pair called partners.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance and property. Guards: a denial, a rejected claim of rivalry, a rivalry that
may come, "a rival bid", a customer or supplier, a source ("according to"), "supported by
data", "backed by a guarantee", an ended tie, a with-phrase that is no partner.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

RIVALS: list[Case] = [
    (  # autos: possessive rival copula with a phrase before "is"
        "Quillex Tyres had a strong year. Quillex's biggest rival in this niche is Pellam "
        "Rubber, which makes truck tyres.",
        [("pellam-rubber", "COMPETES_WITH", "quillex-tyres")],
        [],
    ),
    (  # retail: "X's main rival in the north is Y"
        "Vantora Grocers opened ten shops. Vantora's main rival in the north is Tarrant Markets.",
        [("tarrant-markets", "COMPETES_WITH", "vantora-grocers")],
        [],
    ),
    (  # banking: "fiercest competitor in mortgages"
        "Corliss Bank's fiercest competitor in mortgages is Ardent Building Society.",
        [("ardent-building-society", "COMPETES_WITH", "corliss-bank")],
        [],
    ),
    (  # telecoms: pronoun possessor, past tense (already read)
        "Norvia Telecom had a hard year. Its chief competitor was Tarrant Mobile.",
        [("tarrant-mobile", "COMPETES_WITH", "norvia-telecom")],
        [],
    ),
    (  # food: two "with" phrases, the second with examples
        "Quillex Foods competes with Vantora Foods and with European groups such as Marlowe "
        "Brands.",
        [
            ("quillex-foods", "COMPETES_WITH", "vantora-foods"),
            ("quillex-foods", "COMPETES_WITH", "marlowe-brands"),
        ],
        [("vantora-foods", "COMPETES_WITH", "marlowe-brands")],
    ),
    (  # mining: the second phrase's examples coordinated
        "Ardent Steel competes with Kelso Metals and with Asian mills such as Ranjit Steel and "
        "Tamaki Works.",
        [
            ("ardent-steel", "COMPETES_WITH", "kelso-metals"),
            ("ardent-steel", "COMPETES_WITH", "ranjit-steel"),
            ("ardent-steel", "COMPETES_WITH", "tamaki-works"),
        ],
        [],
    ),
    (  # energy: "including" examples in the second phrase
        "Halvik Solar competes with Brenna Power and with utilities including Ostler Energy.",
        [
            ("halvik-solar", "COMPETES_WITH", "brenna-power"),
            ("halvik-solar", "COMPETES_WITH", "ostler-energy"),
        ],
        [],
    ),
    (  # insurance: a speaker's "our rivals are mainly A and B"
        '"Our rivals are mainly Corliss Insurance and Ardent Mutual," said Ilse Marrack, '
        "chief executive of Vantora Insurance.",
        [
            ("corliss-insurance", "COMPETES_WITH", "vantora-insurance"),
            ("ardent-mutual", "COMPETES_WITH", "vantora-insurance"),
        ],
        [],
    ),
    (  # shipping: "our competitors are chiefly"
        '"Our competitors are chiefly Ostler Shipping and Brenna Lines," said Oren Vale, chief '
        "executive of Tarrant Ferries.",
        [
            ("ostler-shipping", "COMPETES_WITH", "tarrant-ferries"),
            ("brenna-lines", "COMPETES_WITH", "tarrant-ferries"),
        ],
        [],
    ),
    (  # property: a reciprocal coordinated subject (already read)
        "The inquiry found that Quillex Cement and Pellam Aggregates compete head to head in "
        "12 towns.",
        [("quillex-cement", "COMPETES_WITH", "pellam-aggregates")],
        [],
    ),
    (  # autos: "the Austrian rival" set off after the object
        "Marlow Tyres faces Ulvane Tyres, the Austrian rival that led the segment for years.",
        [("marlow-tyres", "COMPETES_WITH", "ulvane-tyres")],
        [],
    ),
    (  # autos: after "caught up with"
        "Quillex Tyres has caught up with Ulvane Tyres, the Austrian rival that led the segment "
        "for years.",
        [("quillex-tyres", "COMPETES_WITH", "ulvane-tyres")],
        [],
    ),
    (  # farming: "the larger rival" after the object of "took on"
        "Halden Seeds took on Pascal Agri, the larger rival, in the maize market.",
        [("halden-seeds", "COMPETES_WITH", "pascal-agri")],
        [],
    ),
    (  # retail: relative "that is now its closest competitor", pronoun possessor
        "Grenfell Foods reported sales. Pascal Dairy, the French group that is now its closest "
        "rival, cut prices.",
        [("pascal-dairy", "COMPETES_WITH", "grenfell-foods")],
        [],
    ),
    (  # property: relative with a named possessor
        "Tarrant Cement, the group that is Quillex Cement's closest competitor in the south, "
        "raised prices.",
        [("tarrant-cement", "COMPETES_WITH", "quillex-cement")],
        [],
    ),
    (  # banking: "which is now its biggest rival"
        "Ostler Bank had a weak year. Brenna Credit, which is now its biggest rival, cut rates.",
        [("brenna-credit", "COMPETES_WITH", "ostler-bank")],
        [],
    ),
    (  # groceries: "X is the group which has long been its fiercest rival"
        "Quillex Markets reported results. Pellam Stores is the group which has long been its "
        "fiercest rival in the north.",
        [("pellam-stores", "COMPETES_WITH", "quillex-markets")],
        [],
    ),
    (  # insurance: "the insurer that has become X's main rival"
        "Ardent Mutual is the insurer that has become Corliss Insurance's main rival.",
        [("ardent-mutual", "COMPETES_WITH", "corliss-insurance")],
        [],
    ),
    (  # guard: "the group which has long been its biggest customer"
        "Quillex Markets reported results. Pellam Stores is the group which has long been its "
        "biggest customer.",
        [],
        [("pellam-stores", "COMPETES_WITH", "quillex-markets")],
    ),
    (  # retail: "presents itself as X's nearest rival" as a third conjunct
        "Pellam Retail, the chain that opened a site in May, has signed deals and presents "
        "itself as Quillex Stores' nearest rival.",
        [("pellam-retail", "COMPETES_WITH", "quillex-stores")],
        [],
    ),
    (  # aviation: "positions itself as the main rival of X"
        "Kelso Air positions itself as the main rival of Halden Air.",
        [("kelso-air", "COMPETES_WITH", "halden-air")],
        [],
    ),
    (  # media: "bills itself as X's biggest challenger"
        "Tamsin Radio bills itself as Orlo Media's closest competitor.",
        [("tamsin-radio", "COMPETES_WITH", "orlo-media")],
        [],
    ),
]

RIVAL_GUARDS: list[Case] = [
    (  # a rivalry that may come
        "Pellam Power could become a rival to Quillex Energy in wind.",
        [],
        [("pellam-power", "COMPETES_WITH", "quillex-energy")],
    ),
    (  # a rejected claim of rivalry
        "Quillex Foods rejected the claim that it competes with Vantora Foods.",
        [],
        [("quillex-foods", "COMPETES_WITH", "vantora-foods")],
    ),
    (  # "a rival bid": the bidder is no rival of the target
        "Tarrant Mining made a rival bid for Kelso Metals.",
        [],
        [("tarrant-mining", "COMPETES_WITH", "kelso-metals")],
    ),
    (  # a supplier set off after the object
        "Marlow Tyres buys from Ulvane Chemicals, the Austrian supplier.",
        [],
        [("marlow-tyres", "COMPETES_WITH", "ulvane-chemicals")],
    ),
    (  # negated relative
        "Tarrant Cement, which is not Quillex Cement's closest competitor, raised prices.",
        [],
        [("tarrant-cement", "COMPETES_WITH", "quillex-cement")],
    ),
    (  # "presents itself as X's partner" is no rivalry
        "Kelso Air presents itself as Halden Air's natural partner.",
        [],
        [("kelso-air", "COMPETES_WITH", "halden-air")],
    ),
    (  # "customers such as" in the second phrase
        "Ardent Steel competes with Kelso Metals and sells to carmakers such as Ranjit Motors.",
        [("ardent-steel", "COMPETES_WITH", "kelso-metals")],
        [("ardent-steel", "COMPETES_WITH", "ranjit-motors")],
    ),
    (  # a relative that names a lender, not a rival
        "Ostler Bank had a weak year. Pellam Credit, the bank that is now its largest lender, "
        "cut rates.",
        [],
        [("pellam-credit", "COMPETES_WITH", "ostler-bank")],
    ),
    (  # a reflexive predicate of supply
        "Quillex Tyres sees itself as a supplier to Ulvane Tyres.",
        [],
        [("quillex-tyres", "COMPETES_WITH", "ulvane-tyres")],
    ),
    (  # a rival copula negated by "no longer"
        "Vantora's main rival in the north is no longer Tarrant Markets.",
        [],
        [("tarrant-markets", "COMPETES_WITH", "vantora")],
    ),
    (  # a main rival's copula with a hedge
        "Vantora's main rival in the north may soon be Tarrant Markets.",
        [],
        [("tarrant-markets", "COMPETES_WITH", "vantora")],
    ),
]

DISPUTES: list[Case] = [
    (  # shipping: second verb far from the subject, after an appositive
        "Oren Vale, a nephew who holds 4% of the firm, has attacked the board and in 2024 sued "
        "Marlowe Holdings in an Orsel court.",
        [("oren-vale", "DISPUTES", "marlowe-holdings")],
        [],
    ),
    (  # insurance: the same shape
        "Pellam Insurance, a mutual that insures 2 million homes, has criticised the regulator "
        "and last year sued Corliss Re in a Zurich court.",
        [("pellam-insurance", "DISPUTES", "corliss-re")],
        [],
    ),
    (  # chemicals: criticism of a deal and of a possessed thing
        "Ulvane Chemicals has attacked the merger and Quillex's fees in letters to the regulator.",
        [("ulvane-chemicals", "DISPUTES", "quillex")],
        [],
    ),
    (  # farming: the same with "takeover" and "pricing"
        "Tanvik Grain has attacked the takeover and Orlo Mills' pricing in a letter to ministers.",
        [("tanvik-grain", "DISPUTES", "orlo-mills")],
        [],
    ),
    (  # media: "criticised the deal and X's bid"
        "Corvane Media criticised the deal and Harlow Press's bid in a filing.",
        [("corvane-media", "DISPUTES", "harlow-press")],
        [],
    ),
    (  # mining: "took X to court" (already read)
        "Halder Mining took Brisco Rail to court over freight rates.",
        [("halder-mining", "DISPUTES", "brisco-rail")],
        [],
    ),
    (  # food: participial accusation after a filing
        "Norvia Dairy filed a claim in Leeds, accusing Tarrant Foods of copying its labels.",
        [("norvia-dairy", "DISPUTES", "tarrant-foods")],
        [],
    ),
    (  # banking: fronted participial
        "Accusing Ostler Credit of misleading savers, Brenna Bank lodged a complaint with the "
        "regulator.",
        [("brenna-bank", "DISPUTES", "ostler-credit")],
        [],
    ),
    (  # pharma: a counter-suit after a suit in the previous clause
        "Norvia Pharma sued Tarrant Labs for patent infringement; Tarrant Labs has since "
        "lodged a counter-suit.",
        [
            ("norvia-pharma", "DISPUTES", "tarrant-labs"),
            ("tarrant-labs", "DISPUTES", "norvia-pharma"),
        ],
        [],
    ),
    (  # energy: arbitration against
        "Quillex Energy has begun arbitration against Vantora Mining over a cancelled order.",
        [("quillex-energy", "DISPUTES", "vantora-mining")],
        [],
    ),
    (  # mining: a venue between "arbitration" and "against"
        "Quillex Mining has begun arbitration in Paris against Vantora Metals over a cancelled "
        "order.",
        [("quillex-mining", "DISPUTES", "vantora-metals")],
        [],
    ),
    (  # shipping: "proceedings in CITY against"
        "Halder Ports launched proceedings in Rotterdam against Brisco Shipping last week.",
        [("halder-ports", "DISPUTES", "brisco-shipping")],
        [],
    ),
    (  # telecoms: a coordinated object of "sued both"
        "The Harbour Action Group sued both Orsel Bank and Quillex Homes in March.",
        [
            ("the-harbour-action-group", "DISPUTES", "orsel-bank"),
            ("the-harbour-action-group", "DISPUTES", "quillex-homes"),
        ],
        [],
    ),
]

DISPUTE_GUARDS: list[Case] = [
    (  # a denial
        "Ulvane Chemicals denied that it had attacked Quillex's fees.",
        [],
        [("ulvane-chemicals", "DISPUTES", "quillex")],
    ),
    (  # a source, not an accuser
        "According to Pellam Research, the merger will raise Quillex's fees.",
        [],
        [("pellam-research", "DISPUTES", "quillex")],
    ),
    (  # "supported by data": no backing, no dispute
        "Corvane Media's complaint about Harlow Press's pricing is supported by data from "
        "Ostler Analytics.",
        [],
        [("ostler-analytics", "BACKS", "corvane-media")],
    ),
    (  # intent only
        "Tanvik Grain is considering suing Orlo Mills over its pricing.",
        [],
        [("tanvik-grain", "DISPUTES", "orlo-mills")],
    ),
    (  # arbitration only considered
        "Halder Ports is considering arbitration in Rotterdam against Brisco Shipping.",
        [],
        [("halder-ports", "DISPUTES", "brisco-shipping")],
    ),
    (  # a question
        "Will Halder Mining take Brisco Rail to court?",
        [],
        [("halder-mining", "DISPUTES", "brisco-rail")],
    ),
    (  # welcome of a possessed thing is no dispute
        "Ulvane Chemicals has welcomed the merger and Quillex's fees.",
        [],
        [("ulvane-chemicals", "DISPUTES", "quillex")],
    ),
    (  # a suit against a company's former chief is not one against the company
        "Ulvane Chemicals sued the regulator and Quillex's former chief executive.",
        [],
        [("ulvane-chemicals", "DISPUTES", "quillex")],
    ),
    (  # praise of a possessed thing is no dispute
        "Corvane Media praised the deal and Harlow Press's bid in a filing.",
        [],
        [("corvane-media", "DISPUTES", "harlow-press")],
    ),
]

BACKING: list[Case] = [
    (  # retail: a backer in a "while" clause after an attack
        "The league has attacked Quillex Bank, while the Dairy Council has supported Quillex "
        "Bank from the start.",
        [("dairy-council", "BACKS", "quillex-bank")],
        [],
    ),
    (  # pharma: "wrote in favour of"
        "The patients' group Zorg Oost wrote in favour of Quillex Pharma, citing longer hours.",
        [("zorg-oost", "BACKS", "quillex-pharma")],
        [],
    ),
    (  # mining: "spoke in favour of"
        "The Miners' Federation spoke in favour of Ostrava Mining, citing jobs.",
        [("the-miners-federation", "BACKS", "ostrava-mining")],
        [],
    ),
    (  # energy: "argued in favour of X's plan"
        "The Orsel Chamber of Commerce argued in favour of Halder Ports' plan.",
        [("orsel-chamber-of-commerce", "BACKS", "halder-ports")],
        [],
    ),
    (  # farming: "spoke out in support of"
        "The Tanvik Farmers Union spoke out in support of Orlo Mills.",
        [("the-tanvik-farmers-union", "BACKS", "orlo-mills")],
        [],
    ),
    (  # ports: "backed the bid by X"
        "The Orsel Chamber of Commerce backed the bid by Halder Ports for the terminal.",
        [("orsel-chamber-of-commerce", "BACKS", "halder-ports")],
        [],
    ),
    (  # guard: "backed by a guarantee"
        "The loan to Halder Ports is backed by a guarantee from Orsel Bank.",
        [],
        [("orsel-bank", "BACKS", "halder-ports")],
    ),
    (  # guard: a vote against
        "The Miners' Federation voted against Ostrava Mining's plan.",
        [],
        [("the-miners-federation", "BACKS", "ostrava-mining")],
    ),
    (  # guard: "in favour of" a rule, no party
        "Pellam Foods is in favour of tighter labelling rules, said Ilse Marrack.",
        [],
        [("ilse-marrack", "BACKS", "pellam-foods")],
    ),
]

PARTNERS: list[Case] = [
    (  # ports: fronted with-partner, pronoun subject
        "Tarrant Shipping won a berth in Gdynia. With Brenna Logistics, it is building a "
        "warehouse there.",
        [("tarrant-shipping", "PARTNERS_WITH", "brenna-logistics")],
        [],
    ),
    (  # telecoms: fronted with-partner, named subject
        "With Kelso Telecom, Orlo Networks is laying a cable to Riga.",
        [("orlo-networks", "PARTNERS_WITH", "kelso-telecom")],
        [],
    ),
    (  # farming: "The two firms have long been partners" (already read)
        "Halden Seeds and Pascal Agri sell in Kenya. The two firms have long been partners.",
        [("halden-seeds", "PARTNERS_WITH", "pascal-agri")],
        [],
    ),
    (  # energy: "its ex-consortium partner" (already read)
        "A court ruled that Quillex Energy owes 5 million to its ex-consortium partner Pellam KG.",
        [("quillex-energy", "PARTNERS_WITH", "pellam")],
        [],
    ),
    (  # guard: "With X gone," is no partner
        "With Kelso Telecom gone, Orlo Networks is laying a cable to Riga alone.",
        [],
        [("orlo-networks", "PARTNERS_WITH", "kelso-telecom")],
    ),
    (  # guard: "With X's help" is a ... still no named partner of a verb
        "With revenue from Kelso Telecom falling, Orlo Networks is cutting jobs.",
        [],
        [("orlo-networks", "PARTNERS_WITH", "kelso-telecom")],
    ),
    (  # guard: an ended tie
        "Halden Seeds and Pascal Agri ended their partnership in 2023.",
        [],
        [("halden-seeds", "PARTNERS_WITH", "pascal-agri")],
    ),
    (  # guard: a customer after "with"
        "With Kelso Telecom as its biggest customer, Orlo Networks is hiring.",
        [],
        [("orlo-networks", "PARTNERS_WITH", "kelso-telecom")],
    ),
]

BANK = RIVALS + RIVAL_GUARDS + DISPUTES + DISPUTE_GUARDS + BACKING + PARTNERS
GAPS: dict[str, str] = {
    "Accusing Ostler Credit": "the opening participle is glued to the name ('Accusing Ostler "
    "Credit'); litigation/fronted-charge reads the shape once the name is cut",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disputes9(case: Case) -> None:
    check(*case)
