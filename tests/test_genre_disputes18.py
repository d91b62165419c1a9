"""Genre bank for rejoinders, indirect charges and criticism read as DISPUTES (round 18).

- a falling-out or a quarrel with the other side ("fell out with X", "A and B fell out",
  "A and B are in litigation") disputes it (both ways for a coordinated pair);
- a counter-claim answers the earlier accuser ("Tarsa counter-claimed for £3m");
- a denial after hearsay ("Some say X may sell; the firm denied this", "There is talk of a
  sale. X denies that.") answers the rumour, not an earlier dispute of the article;
- criticism of the board told to an audience, quoted ("told shareholders the directors had
  'lost their nerve'"), disputes the company the article is about (not an analyst's remark, not
  the company's own chair; a bare "said the board ..." is not read);
- a critic or opponent of a deal ("a loud critic of the merger") disputes both parties;
- going to court against a contract awarded to a winner ("to overturn the contract awarded to
  X by Y") disputes the winner and the awarding body.

Each case is a short invented text (relations that must be found, relations that must not be),
across haulage, food, airlines, insurance, construction, steel, media and water.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

FALLING_OUT: list[Case] = [
    (  # food: "fell out with" (irregular past), a verb of conflict
        "Harrow Oak fell out with Lindell Foods over the dividend.",
        [("harrow-oak", "DISPUTES", "lindell-foods")],
        [],
    ),
    (  # retail: an adverb inside the phrase ("fell out publicly with")
        "Brannock Stores fell out publicly with its supplier Vessan Textiles in 2022.",
        [("brannock-stores", "DISPUTES", "vessan-textiles")],
        [],
    ),
    (  # steel: a coordinated pair that fell out: both ways
        "Pellow Metals and Tarnwick Foundry fell out in 2019 over a furnace contract.",
        [
            ("pellow-metals", "DISPUTES", "tarnwick-foundry"),
            ("tarnwick-foundry", "DISPUTES", "pellow-metals"),
        ],
        [],
    ),
    (  # media: a relative clause, perfect tense
        "Strand Pictures, which has fallen out with Okeke Films, cut its slate.",
        [("strand-pictures", "DISPUTES", "okeke-films")],
        [],
    ),
    (  # shipping: "quarrelled with"
        "Ostara Docks quarrelled with Brightwell Haulage over berth fees for years.",
        [("ostara-docks", "DISPUTES", "brightwell-haulage")],
        [],
    ),
    (  # software: the American spelling, perfect tense
        "Quillex has quarreled with Norvik Systems about licence fees.",
        [("quillex", "DISPUTES", "norvik-systems")],
        [],
    ),
    (  # water: a coordinated pair in litigation: both ways
        "Corvane Water and Halden Civils are in litigation over the pipeline.",
        [
            ("corvane-water", "DISPUTES", "halden-civils"),
            ("halden-civils", "DISPUTES", "corvane-water"),
        ],
        [],
    ),
    (  # guard: "fell out of" an index is another verb
        "Pellow Metals and Tarnwick Foundry fell out of the index last year.",
        [],
        [("pellow-metals", "DISPUTES", "tarnwick-foundry")],
    ),
    (  # guard: "fell out of favour with" buyers is no quarrel
        "Tessin Dairy fell out of favour with Kelmar Foods buyers.",
        [],
        [("tessin-dairy", "DISPUTES", "kelmar-foods")],
    ),
    (  # guard: two people in court together are no sides
        "Ann Vell and Tom Reed were in court on Monday to hear the verdict.",
        [],
        [("ann-vell", "DISPUTES", "tom-reed")],
    ),
]

COUNTER_CLAIMS: list[Case] = [
    (  # food: a counter-claim for a sum answers the accuser
        "Kelmar Foods sued Tarsa Mills in 2019 over a recipe. Tarsa counter-claimed for £3 "
        "million.",
        [("tarsa-mills", "DISPUTES", "kelmar-foods")],
        [],
    ),
    (  # insurance: a bare "counterclaimed"
        "Brisa Shipping sued Marrowby Insurance over a lost cargo. Marrowby counterclaimed.",
        [("marrowby-insurance", "DISPUTES", "brisa-shipping")],
        [],
    ),
    (  # must still give: a rejection of the charge in the next sentence
        "Kelmar Foods accused Tarsa Mills of copying its recipes. Tarsa rejects the charge.",
        [("tarsa-mills", "DISPUTES", "kelmar-foods")],
        [],
    ),
    (  # must still give: a charge dismissed in a reduced relative
        "Brightwell Haulage accused Ostara Docks of inflating berth fees, a claim Ostara "
        "dismissed as false.",
        [("ostara-docks", "DISPUTES", "brightwell-haulage")],
        [],
    ),
]

HEARSAY: list[Case] = [
    (  # guard: hearsay then a denial in the same sentence
        "Kelmar Foods sued Tarsa Mills in 2019 over a recipe. The case was settled. Some say "
        "Tarsa may sell its bakery unit; the firm denied this.",
        [],
        [("tarsa-mills", "DISPUTES", "kelmar-foods")],
    ),
    (  # guard: talk in the sentence before, a short denial
        "Kelmar Foods sued Tarsa Mills in 2019 over a recipe. There is talk that Tarsa will "
        "be sold. Tarsa denies that.",
        [],
        [("tarsa-mills", "DISPUTES", "kelmar-foods")],
    ),
    (  # guard: rumours in the sentence before (airlines)
        "Ornam Travel sued Kestrel Air over refunds last year. Rumours of a takeover have "
        "swirled for weeks. Kestrel rejects that.",
        [],
        [("kestrel-air", "DISPUTES", "ornam-travel")],
    ),
    (  # guard: a denial of reports
        "Kelmar Foods sued Tarsa Mills in 2019 over a recipe. Tarsa denied reports that it "
        "would sell its bakery unit.",
        [],
        [("tarsa-mills", "DISPUTES", "kelmar-foods")],
    ),
    (  # must still give: a denial right after the charge
        "Ornam Travel accused Kestrel Air of hiding fees. Kestrel denies that.",
        [("kestrel-air", "DISPUTES", "ornam-travel")],
        [],
    ),
]

QUOTED_BOARD: list[Case] = [
    (  # food: a holder's manager tells investors the directors had 'lost their nerve'
        "Lindell Foods holds its annual meeting today. Harrow Oak's manager, Ivo Brandt, told "
        "investors the directors had 'lost their nerve'.",
        [("ivo-brandt", "DISPUTES", "lindell-foods")],
        [],
    ),
    (  # insurance: "told shareholders that the board had ..."
        "Marrowby Insurance held its annual meeting on Tuesday. Ivo Brandt told shareholders "
        "that the board had 'chased size over quality'.",
        [("ivo-brandt", "DISPUTES", "marrowby-insurance")],
        [],
    ),
    (  # airlines: double quotes after "told reporters the board was"
        'Kestrel Air reported a loss on Monday. Rosa Landi told reporters the board was "asleep '
        'at the wheel".',
        [("rosa-landi", "DISPUTES", "kestrel-air")],
        [],
    ),
    (  # guard: an analyst's remark
        "Lindell Foods holds its annual meeting today. Ida Marr, an analyst, told clients the "
        "board had 'lost its way'.",
        [],
        [("ida-marr", "DISPUTES", "lindell-foods")],
    ),
    (  # guard: a report of fact, no quotation
        "Lindell Foods holds its annual meeting today. Ivo Brandt told shareholders the board "
        "had met five times.",
        [],
        [("ivo-brandt", "DISPUTES", "lindell-foods")],
    ),
    (  # guard: the board is the audience
        "Lindell Foods holds its annual meeting today. Ivo Brandt told the board that profits "
        "were 'too low'.",
        [],
        [("ivo-brandt", "DISPUTES", "lindell-foods")],
    ),
    (  # guard: the company's own chair
        "Lindell Foods holds its annual meeting today. Ola Berg, Lindell's chairman, told "
        "shareholders the board had 'delivered on every promise'.",
        [],
        [("ola-berg", "DISPUTES", "lindell-foods")],
    ),
]

DEAL_CRITICS: list[Case] = [
    (  # airlines: a critic of the merger disputes both parties (one named in the sentence)
        "Kestrel Air agreed to buy Solway Jets in March. Ornam Travel, a loud critic of the "
        "merger, accused Kestrel of hiding the cost.",
        [("ornam-travel", "DISPUTES", "kestrel-air"), ("ornam-travel", "DISPUTES", "solway-jets")],
        [],
    ),
    (  # food: a copula "is the fiercest opponent of the takeover"
        "Lindell Foods agreed to buy Tarsa Mills last week. Kelmar Foods is the fiercest "
        "opponent of the takeover.",
        [
            ("kelmar-foods", "DISPUTES", "lindell-foods"),
            ("kelmar-foods", "DISPUTES", "tarsa-mills"),
        ],
        [],
    ),
    (  # guard: a backer of the deal
        "Kestrel Air agreed to buy Solway Jets in March. Ornam Travel, a backer of the merger, "
        "praised it.",
        [],
        [("ornam-travel", "DISPUTES", "solway-jets")],
    ),
]

AWARDS: list[Case] = [
    (  # construction: court against a contract awarded by a body: winner and body
        "Velsar Civils went to court to overturn the contract awarded to Halden Civils by "
        "Corvane Water.",
        [
            ("velsar-civils", "DISPUTES", "halden-civils"),
            ("velsar-civils", "DISPUTES", "corvane-water"),
        ],
        [],
    ),
    (  # rail: a loser's relative clause, "challenged the contract awarded to X"
        "Brannock Rail, which lost the tender, challenged the contract awarded to Vantor Trains.",
        [("brannock-rail", "DISPUTES", "vantor-trains")],
        [],
    ),
    (  # guard: the winner defends its contract
        "Halden Civils defended the contract awarded to it by Corvane Water.",
        [],
        [("halden-civils", "DISPUTES", "corvane-water")],
    ),
    (  # guard: a contract signed
        "Velsar Civils signed a contract with Halden Civils.",
        [],
        [("velsar-civils", "DISPUTES", "halden-civils")],
    ),
]

GAP_CASES: list[Case] = [
    (  # the award stated in the sentence before, "took the award to the High Court"
        "Corvane Water awarded the pipeline contract to Halden Civils in May. Velsar Civils, "
        "which lost the tender, took the award to the High Court.",
        [
            ("velsar-civils", "DISPUTES", "halden-civils"),
            ("velsar-civils", "DISPUTES", "corvane-water"),
        ],
        [],
    ),
    (  # a pronoun subject after a holder's sentence attacks "the directors"
        "Lindell Foods holds its annual meeting today. Harrow Oak, a hedge fund, owns 6% of "
        "the shares. It attacked the directors for hiding behind advisers.",
        [("harrow-oak", "DISPUTES", "lindell-foods")],
        [],
    ),
    (  # a quoted accusation, then a short rejoinder
        '"Tarsa copied our recipes," said Ann Vell, chief executive of Kelmar Foods. Tarsa '
        "Mills disputes that.",
        [("tarsa-mills", "DISPUTES", "kelmar-foods")],
        [],
    ),
    (  # a bare "said the board was '...'" (not read: too often a neutral or praising quote)
        "Tessin Dairy reported a loss. Rosa Landi said the board was 'asleep at the wheel'.",
        [("rosa-landi", "DISPUTES", "tessin-dairy")],
        [],
    ),
    (  # "the dispute with X", the other side the article's company
        "Lindell Foods cut its forecast. The dispute with Corvane Water has dragged on for two "
        "years.",
        [("lindell-foods", "DISPUTES", "corvane-water")],
        [],
    ),
]

BANK = FALLING_OUT + COUNTER_CLAIMS + HEARSAY + QUOTED_BOARD + DEAL_CRITICS + AWARDS + GAP_CASES
GAPS: dict[str, str] = {
    "Corvane Water awarded": "an award of an earlier sentence is not remembered: 'took the "
    "award to the High Court' has no winner or awarding body in its own sentence",
    '"Tarsa copied': "a quoted charge with the speaker's company in a role appositive is no "
    "DISPUTES, so the short rejoinder has nothing to answer",
    "Tessin Dairy reported a loss": "'said the board was' with a quotation is not read (a "
    "neutral or praising quote as often as criticism)",
    "Lindell Foods cut its forecast": "a nominal 'the dispute with X' with the other side "
    "implicit (the article's company) is not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disputes18(case: Case) -> None:
    check(*case)
