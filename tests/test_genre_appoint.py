"""Genre bank for roles around appositives and relative clauses: an appointment whose 'as ROLE'
follows an appositive ("appointed P, a former X player, as chairman"), a role after a relative
clause that belongs to the head ("P, who previously ran A, is the new chief executive of B"),
promotions, successions, hand-overs of the reins, a board picking someone to lead, passives,
coordinated appointments, pronoun and "the company" subjects, and an owner in apposition after
an object ("paid a dividend to A, its majority owner").

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance, property and football. Guards: the old employer named in an appositive or a
relative clause, a person leading a consortium of buyers, rumoured, denied, negated or questioned
appointments, candidates, heads of a function or a unit, editors, and a role at a different
company than the nearest name. Conventions: former, interim and announced roles count.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

AS_ROLE_AFTER_APPOSITIVE: list[Case] = [
    (  # mining: "named P, formerly of A, as its chief executive"
        "Corrow Minerals named Ada Voss, formerly of Tarlen Gold, as its chief executive.",
        [("ada-voss", "LEADS", "corrow-minerals")],
        [("ada-voss", "LEADS", "tarlen-gold")],
    ),
    (  # shipping: "appointed P, a veteran of A, as chairman"
        "Helmsdale Shipping appointed Piet Aronsen, a veteran of Norgate Lines, as chairman.",
        [("piet-aronsen", "LEADS", "helmsdale-shipping")],
        [("piet-aronsen", "LEADS", "norgate-lines")],
    ),
    (  # banking: age and a former post at another firm before "as chief executive"
        "Ostley Bank has appointed Mara Quill, 52, a former partner at Fenwick Kerr, as chief "
        "executive.",
        [("mara-quill", "LEADS", "ostley-bank")],
        [("mara-quill", "LEADS", "fenwick-kerr")],
    ),
    (  # food: a function head in the appositive, the post after it
        "Brackenfield Foods appointed Irene Calloway, a former director at Dunmere Dairies, as "
        "chair on Tuesday.",
        [("irene-calloway", "LEADS", "brackenfield-foods")],
        [("irene-calloway", "LEADS", "dunmere-dairies")],
    ),
    (  # football: "a former A player" (the existing case's twin)
        "Kelby Town appointed Owen Pryce, a former Marlow United striker, as chairman.",
        [("owen-pryce", "LEADS", "kelby-town")],
        [("owen-pryce", "LEADS", "marlow-united")],
    ),
    (  # pronoun subject: "it appointed P, an industry veteran, as chief executive"
        "Dorland Insurance said on Monday that it had appointed Felix Amari, an industry "
        "veteran, as chief executive.",
        [("felix-amari", "LEADS", "dorland-insurance")],
        [],
    ),
    (  # retail: "hired former A boss P as its chief executive": "its" is the hirer
        "Harwell Stores has hired former Dunmere Dairies boss Nina Shah as its chief executive.",
        [("nina-shah", "LEADS", "harwell-stores"), ("nina-shah", "LEADS", "dunmere-dairies")],
        [],
    ),
    (  # guard: the subject's relative clause names another company
        "Harwell Stores, which bought Tolland Bank last year, named Nina Shah as chair.",
        [("nina-shah", "LEADS", "harwell-stores")],
        [("nina-shah", "LEADS", "tolland-bank")],
    ),
    (  # shipping: the same with "owns" and "appointed"
        "Marlin Ports, which owns Ebb Tugs, appointed Joe Kemp as chief executive.",
        [("joe-kemp", "LEADS", "marlin-ports")],
        [("joe-kemp", "LEADS", "ebb-tugs")],
    ),
    (  # guard: a function head ("finance chief") after the appositive is no LEADS
        "Pennock Retail named Sara Lind, formerly of Colver Stores, as its finance chief.",
        [],
        [("sara-lind", "LEADS", "pennock-retail"), ("sara-lind", "LEADS", "colver-stores")],
    ),
]

ROLE_AFTER_RELATIVE: list[Case] = [
    (  # food: "who joined from A in 2019, will become chief executive of B"
        "Lena Orrin, who joined from Pellow Foods in 2019, will become chief executive of "
        "Carrick Bakeries.",
        [("lena-orrin", "LEADS", "carrick-bakeries")],
        [("lena-orrin", "LEADS", "pellow-foods")],
    ),
    (  # metals: "who spent a decade at A, takes over as chair of B"
        "Jonas Feld, who spent a decade at Amberly Steel, takes over as chair of Wexcombe Metals.",
        [("jonas-feld", "LEADS", "wexcombe-metals")],
        [("jonas-feld", "LEADS", "amberly-steel")],
    ),
    (  # insurance: a past role in the clause counts, and the new one too
        "Ruth Anand, who ran Tolland Insurance until 2020, is now chair of Marrow Re.",
        [("ruth-anand", "LEADS", "marrow-re"), ("ruth-anand", "LEADS", "tolland-insurance")],
        [],
    ),
    (  # telecoms: "who founded A, was named president of B"
        "Kofi Adjei, who founded Sable Telecom, was named president of Linden Mobile.",
        [("kofi-adjei", "FOUNDED", "sable-telecom"), ("kofi-adjei", "LEADS", "linden-mobile")],
        [("kofi-adjei", "LEADS", "sable-telecom")],
    ),
    (  # pharma: "who previously worked at A, is the new chief executive of B"
        "Nadia Oyelaran, who previously worked at Helix Bio, is the new chief executive of "
        "Quarrell Pharma.",
        [("nadia-oyelaran", "LEADS", "quarrell-pharma")],
        [("nadia-oyelaran", "LEADS", "helix-bio")],
    ),
    (  # property: a "whose" clause before the role
        "Nadia Brill, whose family owns Tolland Bank, will become chair of Gresham Estates.",
        [("nadia-brill", "LEADS", "gresham-estates")],
        [("nadia-brill", "LEADS", "tolland-bank")],
    ),
    (  # media: "chair of A and B" leads both
        "Rhian Pugh, chair of Tarrant Radio and Welby Press, backed the merger.",
        [("rhian-pugh", "LEADS", "tarrant-radio"), ("rhian-pugh", "LEADS", "welby-press")],
        [],
    ),
    (  # guard: the second role is a director's seat
        "Rhian Pugh, chief executive of Tarrant Radio and a director of Welby Press, spoke.",
        [("rhian-pugh", "LEADS", "tarrant-radio")],
        [("rhian-pugh", "LEADS", "welby-press")],
    ),
    (  # guard: a leader's own clause, then a verb about another company
        "Stewart Lane, who chairs Arden Water, criticised Colby Pipes on Friday.",
        [("stewart-lane", "LEADS", "arden-water")],
        [("stewart-lane", "LEADS", "colby-pipes")],
    ),
]

AGE_APPOSITIVES: list[Case] = [
    (  # energy: "P, 54, a veteran of A, takes over as chair of B"
        "Piotr Wensky, 54, a veteran of Harrow Oil, takes over as chair of Calder Energy.",
        [("piotr-wensky", "LEADS", "calder-energy")],
        [("piotr-wensky", "LEADS", "harrow-oil")],
    ),
    (  # banking: "P, 61, a former banker, becomes chief executive of B"
        "Greta Hollis, 61, a former banker, becomes chief executive of Pemberton Mutual on Monday.",
        [("greta-hollis", "LEADS", "pemberton-mutual")],
        [],
    ),
    (  # aviation: "the 54-year-old chief executive of B"
        "Nina Shah, the 54-year-old chief executive of Corby Air, said bookings rose.",
        [("nina-shah", "LEADS", "corby-air")],
        [],
    ),
    (  # water: "who is set to become chair of B" (an announced role)
        "Tom Ekwe, who is set to become chair of Hesketh Water, praised the regulator.",
        [("tom-ekwe", "LEADS", "hesketh-water")],
        [],
    ),
    (  # property: "P, 47, previously of A, will succeed Q as chief executive of B"
        "Colm Brody, 47, previously of Tarn Estates, will lead Halloway Homes from June.",
        [("colm-brody", "LEADS", "halloway-homes")],
        [("colm-brody", "LEADS", "tarn-estates")],
    ),
]

PROMOTIONS: list[Case] = [
    (  # retail: "promoted P, its head of sales, to chief executive"
        "Finchley Retail promoted Ola Brandt, its head of sales, to chief executive.",
        [("ola-brandt", "LEADS", "finchley-retail")],
        [],
    ),
    (  # banking: "the bank" subject
        "Kelso Bank reported record profits. The bank promoted Hugo Marr, its head of retail, "
        "to chief executive.",
        [("hugo-marr", "LEADS", "kelso-bank")],
        [],
    ),
    (  # telecoms: "elevated P to chief executive"
        "Brisk Mobile elevated Amal Haddad to chief executive after a strong year.",
        [("amal-haddad", "LEADS", "brisk-mobile")],
        [],
    ),
    (  # guard: promoted to a function head
        "Finchley Retail promoted Ola Brandt to head of sales.",
        [],
        [("ola-brandt", "LEADS", "finchley-retail")],
    ),
    (  # guard: a promotion that did not happen
        "Kelso Bank did not promote Hugo Marr to chief executive.",
        [],
        [("hugo-marr", "LEADS", "kelso-bank")],
    ),
    (  # farming: passive promotion
        "Tilda Ness was promoted to chief executive of Ardmore Farms in March.",
        [("tilda-ness", "LEADS", "ardmore-farms")],
        [],
    ),
]

SUCCESSIONS: list[Case] = [
    (  # telecoms: "P succeeds Q as chief executive of X"
        "Ines Cole succeeds Marcus Fenn as chief executive of Tarrow Telecom.",
        [("ines-cole", "LEADS", "tarrow-telecom")],
        [],
    ),
    (  # cement: "announced that P would succeed Q as chief executive"
        "Rudd Cement announced that Paula Graf would succeed Ian Moss as chief executive.",
        [("paula-graf", "LEADS", "rudd-cement"), ("ian-moss", "LEADS", "rudd-cement")],
        [],
    ),
    (  # dairy: succession with the company in the sentence before
        "Orla Dairies reported a loss. Ken Ibe will succeed Ann Roth as chair.",
        [("ken-ibe", "LEADS", "orla-dairies")],
        [],
    ),
    (  # guard: a denied succession
        "Rudd Cement denied that Paula Graf would succeed Ian Moss as chief executive.",
        [],
        [("paula-graf", "LEADS", "rudd-cement")],
    ),
    (  # autos: "P replaces Q at the helm of X"
        "Dario Venn replaces Kurt Ames at the helm of Selbourne Motors.",
        [("dario-venn", "LEADS", "selbourne-motors")],
        [],
    ),
    (  # media: "X's board picked P to lead the company"
        "Harlow Media's board picked Yusuf Tan to lead the company.",
        [("yusuf-tan", "LEADS", "harlow-media")],
        [],
    ),
    (  # hotels: "handed over the reins at X to Y"
        "Maria Quint handed over the reins at Selby Hotels to Tom Hale in May.",
        [("tom-hale", "LEADS", "selby-hotels")],
        [("tom-hale", "OWNS", "selby-hotels")],
    ),
    (  # brewing: "handed the reins of X to Y"
        "Arthur Penn handed the reins of Coldwell Brewery to his daughter, Ella Penn, in 2021.",
        [("ella-penn", "LEADS", "coldwell-brewery")],
        [],
    ),
    (  # utilities: double object, "handed Y the reins at X"
        "Owen Hart handed Priya Lal the reins at Fenmoor Water last spring.",
        [("priya-lal", "LEADS", "fenmoor-water")],
        [],
    ),
    (  # guard: the literal reins name no company
        "Jess Lowe handed the reins of her horse to Ned Carr at the Brackley Farms show.",
        [],
        [("ned-carr", "LEADS", "brackley-farms")],
    ),
    (  # guard: a negated handover
        "Arthur Penn has not handed the reins of Coldwell Brewery to Ella Penn.",
        [],
        [("ella-penn", "LEADS", "coldwell-brewery")],
    ),
    (  # shipping: "was chosen to run"
        "Ansel Roe was chosen to run Brenton Shipping after a long search.",
        [("ansel-roe", "LEADS", "brenton-shipping")],
        [],
    ),
]

NAMED_AND_COORDINATED: list[Case] = [
    (  # autos: "named P chair and Q chief executive"
        "Grisby Autos named Hana Sato chair and Leo Marsh chief executive.",
        [("hana-sato", "LEADS", "grisby-autos"), ("leo-marsh", "LEADS", "grisby-autos")],
        [],
    ),
    (  # insurance: "named P its chair and Q its chief executive"
        "Wyvern Mutual named Omar Reid its chair and Lucy Tran its chief executive.",
        [("omar-reid", "LEADS", "wyvern-mutual"), ("lucy-tran", "LEADS", "wyvern-mutual")],
        [],
    ),
    (  # guard: the second appointee heads a function
        "Grisby Autos named Hana Sato chair and Leo Marsh finance director.",
        [("hana-sato", "LEADS", "grisby-autos")],
        [("leo-marsh", "LEADS", "grisby-autos")],
    ),
    (  # autos: passive
        "Hana Sato was named chair of Grisby Autos on Thursday.",
        [("hana-sato", "LEADS", "grisby-autos")],
        [],
    ),
    (  # banking: "named P, currently chief executive of A, as its new chair"
        "Kelso Bank named Hugo Marr, currently chief executive of Tolland Bank, as its new chair.",
        [("hugo-marr", "LEADS", "kelso-bank"), ("hugo-marr", "LEADS", "tolland-bank")],
        [],
    ),
    (  # brewing: a bare role after a 'who' clause, the company in the sentence before
        "Ashby Brewery reported a loss. Cara Nolan, who joined in 2019, will become chief "
        "executive.",
        [("cara-nolan", "LEADS", "ashby-brewery")],
        [],
    ),
    (  # steel: a plural role after coordinated appointees names each of them
        "Pembrook Steel named Tom Ash and Lee Marr as co-chairs.",
        [("tom-ash", "LEADS", "pembrook-steel"), ("lee-marr", "LEADS", "pembrook-steel")],
        [],
    ),
    (  # guard: two people hired together do not advise each other
        "Pembrook Steel hired Tom Ash and Lee Marr as advisers.",
        [("tom-ash", "ADVISES", "pembrook-steel"), ("lee-marr", "ADVISES", "pembrook-steel")],
        [("lee-marr", "ADVISES", "tom-ash")],
    ),
    (  # farming: "the company named P its new chair"
        "Pinewood Farms reported a loss. The company named Ruth Kell its new chair.",
        [("ruth-kell", "LEADS", "pinewood-farms")],
        [],
    ),
    (  # energy: interim roles count
        "Calder Energy named Rosa Imrie interim chief executive after Jon Bale resigned.",
        [("rosa-imrie", "LEADS", "calder-energy")],
        [],
    ),
    (  # mining: announced appointment counts
        "Tarlen Gold said Ivo Peric would take over as chief executive in January.",
        [("ivo-peric", "LEADS", "tarlen-gold")],
        [],
    ),
    (  # mining: the same, the reporter an unambiguous company name
        "Tarlen Mining said Ivo Peric would take over as chief executive in January.",
        [("ivo-peric", "LEADS", "tarlen-mining")],
        [],
    ),
    (  # chemicals: the reporter closes the sentence
        "Ivo Peric will take over as chief executive in January, Dravik Chemicals said.",
        [("ivo-peric", "LEADS", "dravik-chemicals")],
        [],
    ),
    (  # guard: a closing reporter that is a person names no company
        "Ivo Peric will take over as chief executive in January, Tom Hale said.",
        [],
        [("ivo-peric", "LEADS", "tom-hale")],
    ),
    (  # guard: the role names its own company before the closing reporter
        "Ivo Peric will take over as chief executive of Dray Foods, Dravik Chemicals said.",
        [("ivo-peric", "LEADS", "dray-foods")],
        [("ivo-peric", "LEADS", "dravik-chemicals")],
    ),
]

APPOSITIVE_OWNERS: list[Case] = [
    (  # food: "paid a fee to A, its largest shareholder"
        "Marrow Foods paid a £5m fee to Gatling Holdings, its majority owner, last year.",
        [("gatling-holdings", "OWNS", "marrow-foods")],
        [("marrow-foods", "OWNS", "gatling-holdings")],
    ),
    (  # farming: "sold grain to A, its parent company"
        "Kelby Mills sold grain to Arden Agri, its parent company, at a discount.",
        [("arden-agri", "OWNS", "kelby-mills")],
        [("kelby-mills", "OWNS", "arden-agri")],
    ),
]

GUARDS: list[Case] = [
    (  # consortium led by a person buys a company: no LEADS of the bought one
        "A consortium led by Nadia Farrow acquired Kelby Mills for £40m.",
        [],
        [("nadia-farrow", "LEADS", "kelby-mills")],
    ),
    (  # investors led by a person
        "Investors led by Tobiah Wrenfield bought Ashcombe Rovers for £60m.",
        [],
        [("tobiah-wrenfield", "LEADS", "ashcombe-rovers")],
    ),
    (  # rumour
        "Tarrow Telecom is rumoured to be considering Ines Cole as chief executive.",
        [],
        [("ines-cole", "LEADS", "tarrow-telecom")],
    ),
    (  # denial
        "Ostley Bank denied reports that it would appoint Mara Quill as chief executive.",
        [],
        [("mara-quill", "LEADS", "ostley-bank")],
    ),
    (  # negation
        "Ostley Bank did not appoint Mara Quill as chief executive.",
        [],
        [("mara-quill", "LEADS", "ostley-bank")],
    ),
    (  # question
        "Will Ostley Bank appoint Mara Quill as chief executive?",
        [],
        [("mara-quill", "LEADS", "ostley-bank")],
    ),
    (  # turned down the job
        "Mara Quill turned down the job of chief executive at Ostley Bank.",
        [],
        [("mara-quill", "LEADS", "ostley-bank")],
    ),
    (  # head of a function at X
        "Rosa Imrie, head of sales at Calder Energy, said demand was strong.",
        [],
        [("rosa-imrie", "LEADS", "calder-energy")],
    ),
    (  # a deputy is not the head
        "Lars Vik, deputy chief executive of Norrland Telecom, said churn fell.",
        [],
        [("lars-vik", "LEADS", "norrland-telecom")],
    ),
    (  # the head of a unit of X ("X's UK business") does not lead X
        "Ama Boateng, chief executive of Brightwater Insurance's UK business, said claims rose.",
        [],
        [("ama-boateng", "LEADS", "brightwater-insurance")],
    ),
    (  # "head of X's European operations"
        "Ivan Petrov, head of Kolding Shipping's European operations, said rates fell.",
        [],
        [("ivan-petrov", "LEADS", "kolding-shipping")],
    ),
    (  # the chair of X's board leads X
        "Ruth Vale is chair of Pendle Farms' board.",
        [("ruth-vale", "LEADS", "pendle-farms")],
        [],
    ),
    (  # editor
        "Pell Media named Jo Arden editor of its Sunday paper.",
        [],
        [("jo-arden", "LEADS", "pell-media")],
    ),
    (  # role at a different company than the nearest name
        "Ada Voss, chair of Tarlen Gold, praised Corrow Minerals for its safety record.",
        [("ada-voss", "LEADS", "tarlen-gold")],
        [("ada-voss", "LEADS", "corrow-minerals")],
    ),
    (  # "joined from X" in a relative clause: the old employer is no LEADS
        "Vera Stoll, who joined Brenton Shipping from Orlan Ferries, is its new chair.",
        [("vera-stoll", "LEADS", "brenton-shipping")],
        [("vera-stoll", "LEADS", "orlan-ferries")],
    ),
    (  # a candidate is not a leader
        "Mara Quill is one of three candidates to become chief executive of Ostley Bank.",
        [],
        [("mara-quill", "LEADS", "ostley-bank")],
    ),
]

APPOSITIVE_OWNERS += [
    (  # guard: "its main rival in Europe" is no ownership either way
        "Kelby Mills sold grain to Arden Agri, its main rival in Europe.",
        [],
        [("arden-agri", "OWNS", "kelby-mills"), ("kelby-mills", "OWNS", "arden-agri")],
    ),
    (  # insurance: "said A, its majority owner, would"
        "Pellam Insurance said Cardew Re, its majority owner, would add capital.",
        [("cardew-re", "OWNS", "pellam-insurance")],
        [("pellam-insurance", "OWNS", "cardew-re")],
    ),
]

BANK: list[Case] = (
    AS_ROLE_AFTER_APPOSITIVE
    + ROLE_AFTER_RELATIVE
    + AGE_APPOSITIVES
    + PROMOTIONS
    + SUCCESSIONS
    + NAMED_AND_COORDINATED
    + APPOSITIVE_OWNERS
    + GUARDS
)

LEFT: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_appoint(case: Case) -> None:
    check(*case)
