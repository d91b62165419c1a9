"""Genre bank for money readings of round 32: stakes sold after a date, families selling, and
passives whose patient carries an appositive.

- A stake sold with a date between the stake and its buyer ("sold a 35% stake in 2023 to Q",
  "a quarter of it last year to Q") is a stake in the company sold, not in the buyer; a
  family named by its surname ("the Orsi family sold") sells a stake in the company its
  sentence opens with, never in a company of the family's name.
- A money phrase's gap does not count the article of its object ("put an extra $9m of
  new capital into X").
- A passive after an appositive that names a place ("X, a plant in Leeds, is financed by A")
  or a funding participle after the appositive noun's "of" complement ("X, a maker of baby
  meals backed by A,") is said of the name the appositive describes.

Each case is a short invented text, across bicycles, snow machines, furniture, foundries,
food, cheese, ferries and software.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DATED_SALES: list[Case] = [
    (  # bicycles: a year between the stake and its buyer
        "Velmont Bikes makes cargo bikes. The company is family-controlled, though the Harte "
        "family sold a 35% stake in 2023 to Orrin Capital, a Leeds investment firm.",
        [("orrin-capital", "FUNDS", "velmont-bikes")],
        [("orrin-capital", "OWNS", "velmont-bikes")],
    ),
    (  # snow machines: "last year" between
        "Alpine Snow sued Brenta Tech over a patent. Brenta Tech is still run by its founders, "
        "though the Tessari family sold a 25% stake last year to Lagorai Capital.",
        [("lagorai-capital", "FUNDS", "brenta-tech")],
        [("lagorai-capital", "FUNDS", "alpine-snow")],
    ),
    (  # furniture: "in March" between, the founders selling
        "Kestrel Chairs makes office seating. Its founders sold a 20% stake in March to "
        "Pellow Partners.",
        [("pellow-partners", "FUNDS", "kestrel-chairs")],
        [],
    ),
    (  # foundries: a named company, the date after it
        "Gorran Castings makes valves. Stannick Group sold a 20% stake in Gorran in 2021 to "
        "Ardle Capital.",
        [("ardle-capital", "FUNDS", "gorran-castings")],
        [("ardle-capital", "FUNDS", "stannick-group")],
    ),
    (  # food: a family name is no company of its own
        "Tidewell Sauces makes chutney. Tidewell is family-run, though the Marr family sold a "
        "45% stake to Osprey Growth.",
        [("osprey-growth", "FUNDS", "tidewell-sauces")],
        [("osprey-growth", "FUNDS", "marr")],
    ),
    (  # guard (cheese): a company's founders with "'s" still sell their company
        "Harlow Dairy makes cheese. Harlow's founders sold a 25% stake to Quill Capital in 2019.",
        [("quill-capital", "FUNDS", "harlow-dairy")],
        [],
    ),
    (  # guard (ferries): a stake sold in the seller itself, after a date
        "Brisk Ferries runs boats. Calloway Marine sold a 60% stake in 2021 to Tarn Holdings.",
        [],
        [("tarn-holdings", "OWNS", "brisk-ferries"), ("tarn-holdings", "FUNDS", "brisk-ferries")],
    ),
    (  # a date then the company named: left unread
        "Velmont Bikes makes cargo bikes. Calloway Group sold a 20% stake in 2021 in Velmont to "
        "Orrin Capital.",
        [("orrin-capital", "FUNDS", "velmont-bikes")],
        [],
    ),
]

APPOSED_PASSIVES: list[Case] = [
    (  # foundries: a place inside the appositive
        "Velmont Foundries casts iron. The Kelso Iron Project, a plant in Leeds, is being "
        "financed by Orrin Bank.",
        [("orrin-bank", "FUNDS", "kelso-iron-project")],
        [("orrin-bank", "FUNDS", "leeds")],
    ),
    (  # foundries: an amount and a place, two funders
        "Velmont Foundries casts iron. The Kelso Iron Project, a £60m plant in Leeds, is being "
        "financed by Velmont and Orrin Guss.",
        [
            ("orrin-guss", "FUNDS", "kelso-iron-project"),
            ("velmont-foundries", "FUNDS", "kelso-iron-project"),
        ],
        [],
    ),
    (  # guard: a clause between the appositive and the passive has its own subject
        "Velmont Foundries casts iron. The Kelso Iron Project, a plant in Leeds, said the "
        "boilers were financed by Orrin Bank.",
        [],
        [("orrin-bank", "FUNDS", "kelso-iron-project")],
    ),
    (  # food: a maker "of" something, backed
        "Pippa Kitchen, a maker of baby food backed by Orrin Partners, said sales rose.",
        [("orrin-partners", "FUNDS", "pippa-kitchen")],
        [],
    ),
    (  # food: a "-based" place before the noun
        "Pippa Kitchen, a Leeds-based maker of baby food backed by the venture investor "
        "Orrin Partners, said sales rose.",
        [("orrin-partners", "FUNDS", "pippa-kitchen")],
        [],
    ),
    (  # software: funded, with two words of the complement
        "Tallis Code, a developer of payroll software funded by Brant Ventures, hired 40 staff.",
        [("brant-ventures", "FUNDS", "tallis-code")],
        [],
    ),
]

PUT_INTO: list[Case] = [
    (  # airlines: the object's article does not count against the phrase's reach
        "Velmont Air flies to 30 cities. Orrin Capital put an extra $9m of new capital into the "
        "group.",
        [("orrin-capital", "FUNDS", "velmont-air")],
        [],
    ),
    (  # airlines: the same without the article
        "Velmont Air flies to 30 cities. Orrin Capital put $9m of new capital into Velmont.",
        [("orrin-capital", "FUNDS", "velmont-air")],
        [],
    ),
    (  # guard (timber): a second sum's article inside the gap still counts
        "Corbin Timber is to build a sawmill, and Ashby Capital will pay for it alongside a "
        "£6m loan from the Wold Forestry Bank.",
        [],
        [("wold-forestry-bank", "FUNDS", "ashby-capital")],
    ),
]

BANK = DATED_SALES + APPOSED_PASSIVES + PUT_INTO
GAPS: dict[str, str] = {
    "Velmont Bikes makes cargo bikes. Calloway": "a date before the stake's 'in' is not skipped",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_funds32(case: Case) -> None:
    check(*case)
