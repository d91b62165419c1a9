"""Genre bank for leaders, founders and advisers stated outside "title of X" (round 18).

A founder whose relative clause names the firm leads it when the main clause gives a bare
leading title ("X, who founded Y in 1998, is still chief executive"); a company's team "led by"
or "headed by" a leading title is led by that holder for the company ("Tarsa's sales team, led
by chief executive X"), and a management team's head leads with no title, while a head of a
function leads nothing. Co-founders after "with" stay co-founders past time and place adjuncts
("co-founded X in a rented workshop in 2016 with two classmates, A and B"). An appointed adviser
may carry a qualifier ("hired X, a former banker, as an independent adviser"). An unnamed
inquiry, review or panel "led by"/"chaired by" someone is no body named before it: its leader
leads no regulator that set it up.

Each case is a short invented text (relations that must be found, relations that must not be),
across food, steel, logistics, pharma, robotics, retail, ports and finance.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

FOUNDER_STILL: list[Case] = [
    (  # food: "who founded Y in <year>, is still <title>"
        "Ada Vorn, who founded Tarsa Foods in 1998, is still chief executive.",
        [("ada-vorn", "FOUNDED", "tarsa-foods"), ("ada-vorn", "LEADS", "tarsa-foods")],
        [],
    ),
    (  # steel: "set up" and "remains"
        "Ivo Kask, who set up Halvik Steel after leaving a bank, remains chairman.",
        [("ivo-kask", "FOUNDED", "halvik-steel"), ("ivo-kask", "LEADS", "halvik-steel")],
        [],
    ),
    (  # textiles: co-founded with a comitative, a former role ("was chairman until")
        "Lise Berg, who co-founded Orlanda Mills with her brother in 1971, was chairman until "
        "2010.",
        [("lise-berg", "FOUNDED", "orlanda-mills"), ("lise-berg", "LEADS", "orlanda-mills")],
        [],
    ),
    (  # banking: a joiner's bare title
        "Piet Dorn, who joined Calder Bank in 2015, is now chief executive.",
        [("piet-dorn", "LEADS", "calder-bank")],
        [],
    ),
    (  # guard: the title names its own firm: that firm, not the founded one
        "Ada Vorn, who founded Tarsa Foods in 1998, is now chief executive of Brisk Pharma.",
        [("ada-vorn", "FOUNDED", "tarsa-foods"), ("ada-vorn", "LEADS", "brisk-pharma")],
        [("ada-vorn", "LEADS", "tarsa-foods")],
    ),
    (  # guard: a function's title leads nothing
        "Ada Vorn, who founded Tarsa Foods in 1998, is still finance director.",
        [("ada-vorn", "FOUNDED", "tarsa-foods")],
        [("ada-vorn", "LEADS", "tarsa-foods")],
    ),
    (  # guard: a leaver's relative clause
        "Ada Vorn, who left Tarsa Foods in 1998, is now chief executive.",
        [],
        [("ada-vorn", "LEADS", "tarsa-foods")],
    ),
    (  # guard: no title, a holder
        "Ada Vorn, who founded Tarsa Foods in 1998, is still a shareholder.",
        [("ada-vorn", "FOUNDED", "tarsa-foods")],
        [("ada-vorn", "LEADS", "tarsa-foods")],
    ),
    (  # guard: the founded firm sold later (review18 B3)
        "Ada Vorn, who founded Tarsa Bank before selling it to Orvo Capital, is now chief "
        "executive.",
        [("ada-vorn", "FOUNDED", "tarsa-bank")],
        [("ada-vorn", "LEADS", "tarsa-bank")],
    ),
    (  # guard: "until" a later act on the firm
        "Ivo Kask, who set up Halvik Steel in 2001 until selling it in 2010, remains chairman.",
        [("ivo-kask", "FOUNDED", "halvik-steel")],
        [("ivo-kask", "LEADS", "halvik-steel")],
    ),
    (  # steel: a place and a year after the firm
        "Ivo Kask, who set up Halvik Steel in Oslo in 2001, remains chairman.",
        [("ivo-kask", "FOUNDED", "halvik-steel"), ("ivo-kask", "LEADS", "halvik-steel")],
        [],
    ),
]

TEAM_LED: list[Case] = [
    (  # aviation: hyphenated function team headed by a leading title
        "Pontavia's flight-operations team, headed by managing director Hana Mirel, will stay on.",
        [("hana-mirel", "LEADS", "pontavia")],
        [],
    ),
    (  # retail: "led by chief executive"
        "Tarsa's sales team, led by chief executive Ada Vorn, grew fast.",
        [("ada-vorn", "LEADS", "tarsa")],
        [],
    ),
    (  # steel: a management team's head with no title
        "Halvik Steel's management team, led by Ivo Kask, bought the company in 2019.",
        [("ivo-kask", "LEADS", "halvik-steel")],
        [],
    ),
    (  # brewing: "its" team after the firm was named
        "Corbel Brewery was sold to Calder Capital. Its management team, headed by chairman Ola "
        "Sand, opposed the deal.",
        [("ola-sand", "LEADS", "corbel-brewery")],
        [("ola-sand", "LEADS", "calder-capital")],
    ),
    (  # guard: a head of a function leads nothing
        "Pontavia's flight-operations team, headed by operations director Hana Mirel, will "
        "stay on.",
        [],
        [("hana-mirel", "LEADS", "pontavia")],
    ),
    (  # guard: a sales director
        "Tarsa's sales team, led by sales director Ada Vorn, grew fast.",
        [],
        [("ada-vorn", "LEADS", "tarsa")],
    ),
    (  # guard: a function team with no title
        "Tarsa's sales team, led by Ada Vorn, grew fast.",
        [],
        [("ada-vorn", "LEADS", "tarsa")],
    ),
    (  # guard: another body's title stays there
        "Harlow Bank's advisory team, led by Brisk Capital chief executive Ada Vorn, won the "
        "mandate.",
        [("ada-vorn", "LEADS", "brisk-capital")],
        [("ada-vorn", "LEADS", "harlow-bank")],
    ),
]

CO_FOUNDERS: list[Case] = [
    (  # robotics: place and time adjuncts before "with two classmates, A and B"
        "When Ines Roca co-founded Tallow Robotics in a rented workshop in 2016 with two former "
        "classmates, Omar Said and Lise Berg, they had one customer.",
        [
            ("ines-roca", "FOUNDED", "tallow-robotics"),
            ("omar-said", "FOUNDED", "tallow-robotics"),
            ("lise-berg", "FOUNDED", "tallow-robotics"),
        ],
        [],
    ),
    (  # welding: "in a garage in <City> with his cousin, X"
        "Ola Sand started Fjordweld in a garage in Bergen with his cousin, Per Sand.",
        [("ola-sand", "FOUNDED", "fjordweld"), ("per-sand", "FOUNDED", "fjordweld")],
        [],
    ),
    (  # bakery: "with two friends, A and B" after a year
        "Ines Roca founded Halvik Breads in 1990 with two friends, Omar Said and Lise Berg.",
        [("omar-said", "FOUNDED", "halvik-breads"), ("lise-berg", "FOUNDED", "halvik-breads")],
        [],
    ),
    (  # guard: a loan after the adjuncts is aid, no co-founder
        "Ola Sand started Fjordweld in a garage in Bergen with a loan from Calder Bank.",
        [("ola-sand", "FOUNDED", "fjordweld")],
        [("calder-bank", "FOUNDED", "fjordweld")],
    ),
    (  # guard: backing after the adjuncts
        "Ola Sand started Fjordweld in 1990 in Bergen with backing from Ivo Kask.",
        [("ola-sand", "FOUNDED", "fjordweld")],
        [("ivo-kask", "FOUNDED", "fjordweld")],
    ),
]

ADVISERS: list[Case] = [
    (  # logistics: a qualified adviser after an appositive
        "Tarsa Logistics has hired Peter Verhoef, a former banker, as an independent adviser on "
        "the review.",
        [("peter-verhoef", "ADVISES", "tarsa-logistics")],
        [],
    ),
    (  # ports: "as independent adviser to its review"
        "Tarn Ports has hired Peter Verhoef, a former banker, as independent adviser to its "
        "review.",
        [("peter-verhoef", "ADVISES", "tarn-ports")],
        [],
    ),
    (  # finance: "appointed X as a special adviser"
        "Calder Bank appointed Ines Roca as a special adviser.",
        [("ines-roca", "ADVISES", "calder-bank")],
        [],
    ),
    (  # guard: a qualifier does not make a leader
        "Calder Bank appointed Ines Roca as a special adviser to the chief executive.",
        [],
        [("ines-roca", "LEADS", "calder-bank")],
    ),
    (  # guard: passed over as adviser
        "Calder Bank passed over Ines Roca as special adviser.",
        [],
        [("ines-roca", "ADVISES", "calder-bank")],
    ),
]

INQUIRIES: list[Case] = [
    (  # regulation: the review's leader leads no regulator
        "The Harbour Authority said the review, led by former judge Abena Okonedo, would report "
        "in May.",
        [],
        [
            ("abena-okonedo", "LEADS", "the-harbour-authority"),
            ("abena-okonedo", "LEADS", "harbour-authority"),
        ],
    ),
    (  # finance: an inquiry set up by the regulator
        "The Financial Conduct Authority has launched an inquiry, chaired by Abena Okonedo, into "
        "the fees.",
        [],
        [("abena-okonedo", "LEADS", "financial-conduct-authority")],
    ),
    (  # rail: "a review panel, chaired by Professor X"
        "The Rail Regulator set up a review panel, chaired by Professor Abena Okonedo, to examine "
        "the fares.",
        [],
        [("abena-okonedo", "LEADS", "rail-regulator")],
    ),
    (  # a named inquiry: its chair leads it
        "The regulator has launched a probe, the Ledger Standards Inquiry, chaired by economist "
        "Abena Okonedo.",
        [("abena-okonedo", "LEADS", "ledger-standards-inquiry")],
        [],
    ),
    (  # must still give: a company's board chaired by X
        "Tarsa's board, chaired by Abena Okonedo, met twice.",
        [("abena-okonedo", "LEADS", "tarsa")],
        [],
    ),
]

BARE_TITLES: list[Case] = [
    (  # steel: "The chief executive, X," after the firm's sentence
        "Halvik Steel cut jobs. The chief executive, Ada Vorn, blamed energy prices.",
        [("ada-vorn", "LEADS", "halvik-steel")],
        [],
    ),
    (  # food: "stayed on as chairman" after the sale
        "Brisk Foods was sold to Calder Capital in 2015, though Ivo Kask stayed on as chairman "
        "until 2020.",
        [("ivo-kask", "LEADS", "brisk-foods")],
        [("ivo-kask", "LEADS", "calder-capital")],
    ),
    (  # textiles: "Chair X told shareholders" after an activist is named
        "Keswin Advisers holds 5% of Orlanda Mills. Chair Oskar Lund told shareholders the board "
        "had met the activist five times.",
        [("oskar-lund", "LEADS", "orlanda-mills")],
        [("oskar-lund", "LEADS", "keswin-advisers")],
    ),
    (  # pharma: a bare title as the object of "for" at an annual meeting
        "Brisk Pharma held its annual meeting on Monday. Shareholders approved a bonus for the "
        "chief executive, Anya Morel.",
        [("anya-morel", "LEADS", "brisk-pharma")],
        [],
    ),
    (  # steel: "a letter to the chairman, X"
        "Halvik Steel lost a contract. Investors sent a letter to the chairman, Ivo Kask, on "
        "Friday.",
        [("ivo-kask", "LEADS", "halvik-steel")],
        [],
    ),
    (  # guard: another firm named in the sentence: whose chairman is open
        "Halvik Steel lost a contract. Calder Capital sent a letter to the chairman, Ivo Kask, "
        "on Friday.",
        [],
        [("ivo-kask", "LEADS", "halvik-steel"), ("ivo-kask", "LEADS", "calder-capital")],
    ),
    (  # guard: a function's title as a preposition's object
        "Halvik Steel lost a contract. Investors wrote to the finance director, Ivo Kask.",
        [],
        [("ivo-kask", "LEADS", "halvik-steel")],
    ),
    (  # guard: another body's former chair
        "Ivo Kask, a former Tarsa chairman now at Halvik Steel, said the deal was fair.",
        [],
        [("ivo-kask", "LEADS", "halvik-steel")],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    "case",
    gap_params(FOUNDER_STILL + TEAM_LED + CO_FOUNDERS + ADVISERS + INQUIRIES + BARE_TITLES, GAPS),
)
def test_leads18(case: Case) -> None:
    check(*case)
