"""Genre bank for a leading title whose organization is not in its phrase (round 17).

A person given a bare title leads the organization the text is about: "Ann Lee, the interim
chief executive, said", "Ann Lee, acting chairman, said", "Ann Lee, named chief executive last
year, said", "The chief executive, Ann Lee, said", "Ann Lee took over as chief executive in
2020" (a time after the title names no organization). A title of another body stays with it
("the union's general secretary", "chief executive of the regulator", "Halvik chief executive
Ann Lee", an analyst at a bank), a function ("the finance director", "head of sales") and a
past post without an organization ("the former chief executive") lead nothing, and a person a
public body appoints ("The regulator appointed Ann Lee as chair") does not lead the firm.

Each case is a short invented article (headline, then body) across mining, freight, food,
banking, rail, pharma, retail and energy.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params


def article(headline: str, *body: str) -> str:
    return headline + "\n\n" + " ".join(body)


INTERIM_TITLES: list[Case] = [
    (  # mining: "the interim chief executive" in an appositive
        article(
            "Tarrow Mining lifts output",
            "Tarrow Mining said copper output rose 8% in the quarter.",
            "Mara Voss, the interim chief executive, said the new pit was ahead of plan.",
        ),
        [("mara-voss", "LEADS", "tarrow-mining")],
        [],
    ),
    (  # freight: "acting chairman" with no article
        article(
            "Brightmoor Freight cuts jobs",
            "Brightmoor Freight will cut 400 jobs.",
            "Tomas Brell, acting chairman, said the cuts were painful.",
        ),
        [("tomas-brell", "LEADS", "brightmoor-freight")],
        [],
    ),
    (  # food: "its interim chief executive" still reads
        article(
            "Pellmoor Foods warns on costs",
            "Pellmoor Foods said costs would rise.",
            "Ines Kapoor, its interim chief executive, said prices would follow.",
        ),
        [("ines-kapoor", "LEADS", "pellmoor-foods")],
        [],
    ),
    (  # guard: a past post with no organization leads nothing
        article(
            "Halden Bank profit falls",
            "Halden Bank said profit fell 12%.",
            "Omar Quist, the former chief executive, said the bank had lost its way.",
        ),
        [],
        [("omar-quist", "LEADS", "halden-bank")],
    ),
    (  # guard: a function, not the firm's head
        article(
            "Halden Bank profit falls",
            "Halden Bank said profit fell 12%.",
            "Omar Quist, the finance director, declined to comment.",
        ),
        [],
        [("omar-quist", "LEADS", "halden-bank")],
    ),
    (  # guard: a head of a function
        article(
            "Vantor Rail adds routes",
            "Vantor Rail will add six routes.",
            "Lena Hart, the head of sales, said demand was strong.",
        ),
        [],
        [("lena-hart", "LEADS", "vantor-rail")],
    ),
]

APPOINTED_TITLES: list[Case] = [
    (  # pharma: a participle of appointment with a time
        article(
            "Kelvara Pharma wins approval",
            "Kelvara Pharma won approval for its asthma drug.",
            "Ann Lee, named chief executive last year, said sales would start in May.",
        ),
        [("ann-lee", "LEADS", "kelvara-pharma")],
        [],
    ),
    (  # retail: "appointed chair in 2021"
        article(
            "Dunmore Retail opens stores",
            "Dunmore Retail will open 20 stores.",
            "Sarah Quinn, appointed chair in 2021, said the chain was growing again.",
        ),
        [("sarah-quinn", "LEADS", "dunmore-retail")],
        [],
    ),
    (  # energy: a relative "who was appointed chief executive in 2020"
        article(
            "Ostrel Energy raises output",
            "Ostrel Energy raised gas output.",
            "Dana Pike, who was appointed chief executive in 2020, said the field was ahead.",
        ),
        [("dana-pike", "LEADS", "ostrel-energy")],
        [],
    ),
    (  # mining: "who was named chairman last year"
        article(
            "Tarrow Mining lifts output",
            "Tarrow Mining said copper output rose.",
            "Hugo Marr, who was named chairman last year, praised the miners.",
        ),
        [("hugo-marr", "LEADS", "tarrow-mining")],
        [],
    ),
    (  # freight: the passive with "last year"
        article(
            "Brightmoor Freight cuts jobs",
            "Brightmoor Freight will cut 400 jobs.",
            "Nadia Fell was named chief executive last year.",
        ),
        [("nadia-fell", "LEADS", "brightmoor-freight")],
        [],
    ),
    (  # guard: the participle with another organization keeps it
        article(
            "Pellmoor Foods warns on costs",
            "Pellmoor Foods said costs would rise.",
            "Ines Kapoor, named chief executive of Halvik Dairies last year, agreed.",
        ),
        [("ines-kapoor", "LEADS", "halvik-dairies")],
        [("ines-kapoor", "LEADS", "pellmoor-foods")],
    ),
]

FRONTED_TITLES: list[Case] = [
    (  # bank: "The chief executive, X, said"
        article(
            "Halden Bank profit falls",
            "Halden Bank said profit fell 12%.",
            "The chief executive, Omar Quist, said bad loans had doubled.",
        ),
        [("omar-quist", "LEADS", "halden-bank")],
        [],
    ),
    (  # rail: "The chairman, X, said"
        article(
            "Vantor Rail adds routes",
            "Vantor Rail will add six routes.",
            "The chairman, Lena Hart, said the trains were full.",
        ),
        [("lena-hart", "LEADS", "vantor-rail")],
        [],
    ),
    (  # retail: "the boss, X," after a quotation
        article(
            "Dunmore Retail opens stores",
            "Dunmore Retail will open 20 stores.",
            '"Shoppers are back," the boss, Kit Marlowe, said.',
        ),
        [("kit-marlowe", "LEADS", "dunmore-retail")],
        [],
    ),
    (  # energy: an interim title fronted
        article(
            "Ostrel Energy raises output",
            "Ostrel Energy raised gas output.",
            "The interim chief executive, Dana Pike, said the field was ahead.",
        ),
        [("dana-pike", "LEADS", "ostrel-energy")],
        [],
    ),
    (  # guard: another body's title, fronted with a possessor
        article(
            "Brightmoor Freight cuts jobs",
            "Brightmoor Freight will cut 400 jobs.",
            "The union's general secretary, Ann Lee, said members would strike.",
        ),
        [],
        [("ann-lee", "LEADS", "brightmoor-freight")],
    ),
    (  # guard: the regulator's chief executive
        article(
            "Halden Bank profit falls",
            "Halden Bank said profit fell 12%.",
            "The regulator's chief executive, Ann Lee, said the rules would change.",
        ),
        [],
        [("ann-lee", "LEADS", "halden-bank")],
    ),
    (  # guard: a minister, fronted
        article(
            "Vantor Rail adds routes",
            "Vantor Rail will add six routes.",
            "The transport minister, Ann Lee, welcomed the plan.",
        ),
        [],
        [("ann-lee", "LEADS", "vantor-rail")],
    ),
    (  # guard: a fronted function
        article(
            "Kelvara Pharma wins approval",
            "Kelvara Pharma won approval for its asthma drug.",
            "The finance director, Ann Lee, said costs would fall.",
        ),
        [],
        [("ann-lee", "LEADS", "kelvara-pharma")],
    ),
]

TAKEN_OVER: list[Case] = [
    (  # food: "took over as chief executive in 2020"
        article(
            "Pellmoor Foods warns on costs",
            "Pellmoor Foods said costs would rise.",
            "Ines Kapoor took over as chief executive in 2020.",
        ),
        [("ines-kapoor", "LEADS", "pellmoor-foods")],
        [],
    ),
    (  # mining: "who joined as chief executive in 2019" in a relative
        article(
            "Tarrow Mining lifts output",
            "Tarrow Mining said copper output rose.",
            "Hugo Marr, who joined as chief executive in 2019, said costs were down.",
        ),
        [("hugo-marr", "LEADS", "tarrow-mining")],
        [],
    ),
    (  # bank: the board appoints "as chairman in 2019"
        article(
            "Halden Bank profit falls",
            "Halden Bank said profit fell 12%.",
            "The board appointed Omar Quist as chairman in 2019.",
        ),
        [("omar-quist", "LEADS", "halden-bank")],
        [],
    ),
    (  # energy: an announced chief ("is to take over as ... next year")
        article(
            "Ostrel Energy raises output",
            "Ostrel Energy raised gas output.",
            "Dana Pike will take over as chief executive in March.",
        ),
        [("dana-pike", "LEADS", "ostrel-energy")],
        [],
    ),
    (  # guard: a public body appoints
        article(
            "Vantor Rail adds routes",
            "Vantor Rail will add six routes.",
            "The regulator appointed Ann Lee as chair in 2019.",
        ),
        [],
        [("ann-lee", "LEADS", "vantor-rail")],
    ),
    (  # the firm's own committee appoints: the chair leads the firm (review)
        "Kelso Group appointed Ann Lee as chief executive in May. "
        "The committee appointed Tom Vell as chairman.",
        [("ann-lee", "LEADS", "kelso-group"), ("tom-vell", "LEADS", "kelso-group")],
        [],
    ),
    (  # the same with the executive naming a finance chief
        article(
            "Brenna Foods hires",
            "Brenna Foods named Ruth Harl as chief executive last year.",
            "The executive has appointed Omar Tyne as finance director.",
        ),
        [("ruth-harl", "LEADS", "brenna-foods")],
        [],
    ),
    (  # guard: a ministry appoints its own chair
        article(
            "Tarsa Water adds plants",
            "Tarsa Water will build two plants.",
            "The ministry appointed Ann Lee as chair in 2020.",
        ),
        [],
        [("ann-lee", "LEADS", "tarsa-water")],
    ),
    (  # guard: the title after another firm's name leads that firm
        article(
            "Dunmore Retail opens stores",
            "Dunmore Retail will open 20 stores.",
            "Halvik chief executive Ann Lee said the market was weak.",
        ),
        [("ann-lee", "LEADS", "halvik")],
        [("ann-lee", "LEADS", "dunmore-retail")],
    ),
    (  # guard: an analyst at a bank
        article(
            "Dunmore Retail opens stores",
            "Dunmore Retail will open 20 stores.",
            "Ann Lee, an analyst at Kelso Bank, said the shares were cheap.",
        ),
        [],
        [("ann-lee", "LEADS", "dunmore-retail"), ("ann-lee", "LEADS", "kelso-bank")],
    ),
]

OPEN_GAPS: list[Case] = [
    (  # a title fronted inside a reported clause: the reporting firm's
        article(
            "Halden Bank sells branches",
            "Halden Bank said the chief executive, Omar Quist, would stay on.",
        ),
        [("omar-quist", "LEADS", "halden-bank")],
        [],
    ),
    (  # "its board" as the appointer
        article(
            "Vantor Rail adds routes",
            "Vantor Rail will add six routes.",
            "Its board appointed Lena Hart as chairman in 2019.",
        ),
        [("lena-hart", "LEADS", "vantor-rail")],
        [],
    ),
    (  # a name of uncertain type before a participle of appointment
        article(
            "Dunmore Retail opens stores",
            "Dunmore Retail will open 20 stores.",
            "Kit Marlowe, appointed chair last year, said the chain was growing again.",
        ),
        [("kit-marlowe", "LEADS", "dunmore-retail")],
        [],
    ),
]

BANK = INTERIM_TITLES + APPOINTED_TITLES + FRONTED_TITLES + TAKEN_OVER + OPEN_GAPS

GAPS: dict[str, str] = {
    "Halden Bank sells branches": "a fronted title after a reporting firm's 'said' is not read",
    "Dunmore Retail opens stores\n\nDunmore Retail will open 20 stores. Kit": (
        "'Kit Marlowe' with no person cue but the participle is not typed Person"
    ),
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_leads17(case: Case) -> None:
    check(*case)
