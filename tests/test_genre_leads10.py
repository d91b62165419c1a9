"""Genre bank for leaders with a bare or ended title and advisers (round 10): a bare title whose
sentence speaks of the firm only by a reference ("Chief executive X told analysts that prices at
the business had held"), an appositive subject of a bare copular title ("Her cousin, X, is
chairman."), an ended leading role ("stepped down as chief executive", "quit the top job in
1990", "retired after two decades at the helm"), a passive of leading after a time phrase ("has
been managed since 2015 by his son, X"), counsel to a firm's directors ("counsels the directors
on ...": ADVISES the firm), and a founder of "the firm she heads".

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance and property. Guards: the chief executive of another firm named in the
phrase, a function head ("Finance head X"), an ended role of another body ("quit as a trustee of
the museum"), a department run by someone ("Servicing, run by X"), counsel to a person.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BARE: list[Case] = [
    (  # food: bare title, the firm only as "the business" in the reported clause
        "Quillex Foods makes frozen pies. Chief executive Mirelle Osk told analysts that prices "
        "at the business had held.",
        [("mirelle-osk", "LEADS", "quillex-foods")],
        [],
    ),
    (  # shipping: "the company" after a preposition in the reported clause
        "Halvik Lines runs ferries to Oslo. Managing director Ines Carrow said demand for the "
        "company's routes had doubled.",
        [("ines-carrow", "LEADS", "halvik-lines")],
        [],
    ),
    (  # mining: "the group" as object of the reported clause
        "Kelvor Mining reopened two pits. Chairman Dario Fenwick said investors had stuck with "
        "the group.",
        [("dario-fenwick", "LEADS", "kelvor-mining")],
        [],
    ),
    (  # guard: the title's own firm named in the phrase
        "Halvik Lines runs ferries to Oslo. Chief executive Ines Carrow of Pellam Shipping said "
        "Halvik had cut fares.",
        [("ines-carrow", "LEADS", "pellam-shipping")],
        [("ines-carrow", "LEADS", "halvik-lines")],
    ),
    (  # guard: a function head
        "Halvik Lines runs ferries to Oslo. Finance head Ines Carrow said costs at the company "
        "had risen.",
        [],
        [("ines-carrow", "LEADS", "halvik-lines")],
    ),
    (  # dairy: appositive subject of a bare copular title
        "Ilse Quarne owns most of Norvia Dairy. Her cousin, Osric Quarne, is chairman.",
        [("osric-quarne", "LEADS", "norvia-dairy")],
        [],
    ),
    (  # insurance: appositive subject, "chief executive"
        "Tarrant Insurance has 400 staff. The founder's son, Lukas Brenner, is chief executive.",
        [("lukas-brenner", "LEADS", "tarrant-insurance")],
        [],
    ),
    (  # insurance: appositive subject with "its" in the opening phrase
        "Tarrant Insurance has 400 staff. Its founder's son, Lukas Brenner, is chief executive.",
        [("lukas-brenner", "LEADS", "tarrant-insurance")],
        [],
    ),
    (  # property: appositive subject, past tense
        "Corvel Estates was a small landlord then. His brother, Matteo Ferrand, was chairman.",
        [("matteo-ferrand", "LEADS", "corvel-estates")],
        [],
    ),
    (  # guard: an appositive subject whose title has another body
        "Ilse Quarne owns most of Norvia Dairy. Her cousin, Osric Quarne, is chairman of the "
        "Ardmere Rowing Club.",
        [],
        [("osric-quarne", "LEADS", "norvia-dairy")],
    ),
]

ENDED: list[Case] = [
    (  # autos: "stepped down as chief executive", firm from the sentence before
        "Ardent Motors had a hard decade. Kurt Halle stepped down as chief executive in 2001.",
        [("kurt-halle", "LEADS", "ardent-motors")],
        [],
    ),
    (  # banking: "retired as chairman" in a relative clause
        "Harwick Savings grew fast. Ilse Marrack, who retired as chairman in 2019, still holds "
        "shares.",
        [("ilse-marrack", "LEADS", "harwick-savings")],
        [],
    ),
    (  # retail: "quit the top job", pronoun subject, firm named in the main clause
        "Corliss Stores was started by Bo Quarne in 1950. When he quit the top job in 1990, "
        "Corliss had 3,000 staff.",
        [("bo-quarne", "LEADS", "corliss-stores")],
        [],
    ),
    (  # energy: "left the chair"
        "Brisa Energy builds wind farms. Hanne Toft left the chair in 2020.",
        [("hanne-toft", "LEADS", "brisa-energy")],
        [],
    ),
    (  # media: "retired after two decades at the helm"
        "Lumo Press prints six papers. Its founder, Oren Vale, retired after two decades at the "
        "helm.",
        [("oren-vale", "LEADS", "lumo-press")],
        [],
    ),
    (  # farming: "in the post" after a leading role named in the same sentence
        "Dunmore Seeds is a family firm. Petra Lunde became chairman after her father, Aksel "
        "Lunde, retired after 20 years in the post.",
        [("petra-lunde", "LEADS", "dunmore-seeds"), ("aksel-lunde", "LEADS", "dunmore-seeds")],
        [],
    ),
    (  # guard: an ended role of another body
        "Ardent Motors had a hard decade. Kurt Halle quit as a trustee of the Dunmore Museum in "
        "2001.",
        [],
        [("kurt-halle", "LEADS", "ardent-motors"), ("kurt-halle", "LEADS", "dunmore-museum")],
    ),
    (  # guard: a function head steps down
        "Ardent Motors had a hard decade. Kurt Halle stepped down as finance director in 2001.",
        [],
        [("kurt-halle", "LEADS", "ardent-motors")],
    ),
    (  # guard: retirement with no post named
        "Ardent Motors had a hard decade. Kurt Halle retired after 30 years on the assembly line.",
        [],
        [("kurt-halle", "LEADS", "ardent-motors")],
    ),
]

PASSIVES: list[Case] = [
    (  # food: "has been managed since YEAR by his son, X"
        "Pellam Bakery was founded by a chemist in 1990. It has been managed since 2015 by his "
        "son, Pete Rusk.",
        [("pete-rusk", "LEADS", "pellam-bakery")],
        [],
    ),
    (  # pharma: "has been run since YEAR by X", subject named
        "Orrel Pharma has been run since 2018 by Lena Carlow.",
        [("lena-carlow", "LEADS", "orrel-pharma")],
        [],
    ),
    (  # haulage: second passive after a founders' appositive with a relative clause
        "Quillex Haulage was set up in 1970 by Ann Rusk, who started with one lorry, and today "
        "is headed by chief executive Dana Feyer.",
        [("ann-rusk", "FOUNDED", "quillex-haulage"), ("dana-feyer", "LEADS", "quillex-haulage")],
        [],
    ),
    (  # telecoms: second passive after a coordinated founders' appositive
        "Norvia Telecom was founded in 2001 by Kurt Halle and Selma Dahl, two engineers who met "
        "at university, and is now run by Arlo Brandt.",
        [
            ("kurt-halle", "FOUNDED", "norvia-telecom"),
            ("selma-dahl", "FOUNDED", "norvia-telecom"),
            ("arlo-brandt", "LEADS", "norvia-telecom"),
        ],
        [("arlo-brandt", "LEADS", "selma-dahl")],
    ),
    (  # guard: a department run by someone
        "Harlow Bank earns most from loans. Servicing, run by Ada Kemp, now earns a big slice of "
        "profit.",
        [],
        [("ada-kemp", "LEADS", "servicing"), ("ada-kemp", "LEADS", "harlow-bank")],
    ),
    (  # guard: a research unit headed by someone
        "Harlow Bank earns most from loans. Research, headed by Ada Kemp, now employs 40 people.",
        [],
        [("ada-kemp", "LEADS", "research")],
    ),
]

ADVICE: list[Case] = [
    (  # food: "counsels the directors on", firm from the sentence before
        "Quillex Foods sells pies. Osric Quarne, once a Brannock manager, counsels the directors "
        "on supplier ties.",
        [("osric-quarne", "ADVISES", "quillex-foods")],
        [("osric-quarne", "LEADS", "quillex-foods")],
    ),
    (  # mining: "advises the board on", firm from the sentence before
        "Kelvor Mining plans a new pit. Its engineer, Dario Fenwick, advises the board on safety.",
        [("dario-fenwick", "ADVISES", "kelvor-mining")],
        [],
    ),
    (  # banking: "counsels the board of X"
        "Tobias Wren counsels the board of Ardell Bank on its pension scheme.",
        [("tobias-wren", "ADVISES", "ardell-bank")],
        [],
    ),
    (  # retail: appositive adviser, "counsels the directors"
        "Quillex Foods sells pies. Ilse Marrack, a former Brannock manager, counsels the "
        "directors on supplier ties.",
        [("ilse-marrack", "ADVISES", "quillex-foods")],
        [("ilse-marrack", "ADVISES", "brannock")],
    ),
    (  # pharma: "now counsels the directors", title appositive
        "Orrel Pharma is short of cash. Its former finance chief, Peter Quarne, now counsels the "
        "directors on funding.",
        [("peter-quarne", "ADVISES", "orrel-pharma")],
        [],
    ),
    (  # guard: the board of another body
        "Quillex Foods sells pies. Peter Quarne advises the board of the Dunmore Museum.",
        [("peter-quarne", "ADVISES", "dunmore-museum")],
        [("peter-quarne", "ADVISES", "quillex-foods")],
    ),
    (  # guard: counsel to a person
        "Quillex Foods sells pies. Osric Quarne counsels the chief executive's daughter on her "
        "studies.",
        [],
        [("osric-quarne", "ADVISES", "quillex-foods")],
    ),
]

FOUNDERS: list[Case] = [
    (  # retail: "The firm she heads was set up by X"
        "Lena Holt runs Vantora Shoes. The firm she heads was set up in 1985 by Bo Rusk.",
        [("bo-rusk", "FOUNDED", "vantora-shoes"), ("lena-holt", "LEADS", "vantora-shoes")],
        [],
    ),
    (  # energy: "The company he runs was founded by X"
        "Arlo Brandt is chief executive of Brisa Energy. The company he runs was founded by his "
        "aunt, Hanne Toft.",
        [("hanne-toft", "FOUNDED", "brisa-energy")],
        [],
    ),
]

BANK = BARE + ENDED + PASSIVES + ADVICE + FOUNDERS
GAPS: dict[str, str] = {
    "Quillex Haulage was set up": "a second passive ('and today is headed by') after an "
    "agent's appositive with a relative clause is not tied to the first clause's subject",
    "Harlow Bank earns most from loans. Research": "a one-word department name ('Research') "
    "is typed Organization and read as led",
    "Quillex Foods sells pies. Osric Quarne, once": "an unknown given name with only 'once a "
    "Brannock manager' beside it is typed Organization, so no person advises",
    "Lena Holt runs Vantora": "'The firm she heads' is not resolved to the firm she leads",
    "Arlo Brandt is chief executive": "'The company he runs' is not resolved to his firm",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_leads10(case: Case) -> None:
    check(*case)
