"""Genre bank for money readings of round 32: stakes sold after a date, families selling, and
passives whose patient carries an appositive.

- A stake sold with a date between the stake and its buyer ("sold a 35% stake in 2023 to Q",
  "a quarter of it last year to Q") is a stake in the company sold, not in the buyer; a
  family named by its surname ("the Orsi family sold") sells a stake in the company its
  sentence opens with, never in a company of the family's name.
- A money phrase's gap does not count the article of its object ("put an extra $9m of
  new capital into X"); an object with a complement that is no money keeps its article in the
  reach ("lent an unusual degree of goodwill to X", "paid an extra $3m in royalty fees for X",
  "took over as an acting head of sales at X"; mend33, `gap_objects.free_article`).
- A sale only planned, denied, considered, rumoured or called off sells nothing.
- A family whose name is the firm's own sells a stake in that firm ("the Gale brothers" of Gale
  Brothers); a sentence's opening company is the firm sold only as the subject of the clause the
  sale is linked to by a comma and a conjunction, and when it is no other party ("X was an early
  backer, and the founders sold"); a seller called the firm's backer, parent or owner sells a
  stake in that firm.
- A passive after an appositive that names a place ("X, a plant in Leeds, is financed by A")
  or a funding participle after the appositive noun's "of" complement ("X, a maker of baby
  meals backed by A,") is said of the name the appositive describes.

Each case is a short invented text, across bicycles, snow machines, furniture, foundries,
food, cheese, ferries, software, kilns, lamps, boats, dairies, clinics, robots and banks.
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

# mend32/mend33: the gap's article is free for money or an object without a complement, never
# for an object with a complement of its own that is no money
GAP_OBJECTS: list[Case] = [
    (  # guard (kilns): an abstract measure lent, no money
        "Harrow Bank lent an unusual degree of local goodwill to Pell Kilns.",
        [],
        [("harrow-bank", "FUNDS", "pell-kilns")],
    ),
    (  # guard (kilns): time invested
        "Harrow Partners invested an enormous share of senior staff time in Pell Kilns.",
        [],
        [("harrow-partners", "FUNDS", "pell-kilns")],
    ),
    (  # guard (kilns): money of services provided
        "Harrow Advisory provided an extra $4m of design services to Pell Kilns.",
        [],
        [("harrow-advisory", "FUNDS", "pell-kilns")],
    ),
    (  # guard (kilns): fees paid for software
        "Harrow Motors paid an extra $3m in royalty fees for Pell Kilns software.",
        [],
        [("harrow-motors", "OWNS", "pell-kilns")],
    ),
    (  # guard (kilns): a post's complement before "at"
        "Ines Varga took over as an acting head of export sales at Pell Kilns.",
        [],
        [("ines-varga", "LEADS", "pell-kilns")],
    ),
    (  # guard (kilns): a budget put into a service bought from someone
        "Corve Oil put an extra $4m of its budget into sponsorship with Pell Kilns.",
        [],
        [("corve-oil", "FUNDS", "pell-kilns")],
    ),
    (  # kilns: a firm's reserves sunk into another
        "Harrow Mutual sank an extra £6m of reserves into Pell Kilns.",
        [("harrow-mutual", "FUNDS", "pell-kilns")],
        [],
    ),
    (  # kilns: last year's profit ploughed in
        "Harrow Group ploughed an extra $6m of last year's profit into Pell Kilns.",
        [("harrow-group", "FUNDS", "pell-kilns")],
        [],
    ),
    (  # kilns: a person's own money
        "Edda Crane put an extra $1m of her own money into Pell Kilns.",
        [("edda-crane", "FUNDS", "pell-kilns")],
        [],
    ),
    (  # kilns: the same with a pound sign, written apart from its figure
        "Ivo Crane put an extra £1m of his own money into Pell Kilns.",
        [("ivo-crane", "FUNDS", "pell-kilns")],
        [],
    ),
    (  # kilns: cash contributed
        "Harrow Trust contributed an extra £1m in cash to Pell Kilns.",
        [("harrow-trust", "FUNDS", "pell-kilns")],
        [],
    ),
]

# mend32: a sale that did not happen sells nothing
UNDONE_SALES: list[Case] = [
    (  # lamps: planned, with a date
        "Lisk Lamps makes lanterns. Lisk plans to sell a 15% stake in 2027 to Corran Equity.",
        [],
        [("corran-equity", "FUNDS", "lisk-lamps")],
    ),
    (  # lamps: denied
        "Lisk Lamps makes lanterns. Lisk did not sell a 15% stake in 2024 to Corran Equity, a "
        "spokeswoman said.",
        [],
        [("corran-equity", "FUNDS", "lisk-lamps")],
    ),
    (  # lamps: agreed, then collapsed
        "Lisk Lamps makes lanterns. Lisk agreed to sell a 15% stake in 2024 to Corran Equity, "
        "but the deal collapsed.",
        [],
        [("corran-equity", "FUNDS", "lisk-lamps")],
    ),
    (  # lamps: only considered
        "Lisk Lamps makes lanterns. Lisk is considering selling a 15% stake to Corran Equity.",
        [],
        [("corran-equity", "FUNDS", "lisk-lamps")],
    ),
    (  # lamps: hearsay
        "Lisk Lamps makes lanterns. Lisk is rumoured to have sold a 15% stake last year to "
        "Corran Equity.",
        [],
        [("corran-equity", "FUNDS", "lisk-lamps")],
    ),
    (  # lamps: a sale that will happen is read
        "Lisk Lamps makes lanterns. Lisk will sell a 15% stake in 2027 to Corran Equity.",
        [("corran-equity", "FUNDS", "lisk-lamps")],
        [],
    ),
]

# mend32: who the stake is in when people or a holder sell
SELLERS: list[Case] = [
    (  # boats: the family's name is the firm's own
        "Dunlin Marinas runs harbours. Rook Boats builds dinghies. Rook is family-run, though "
        "the Rook family sold a 30% stake to Tay Capital.",
        [("tay-capital", "FUNDS", "rook-boats")],
        [],
    ),
    (  # boats: the opener names the firm, the family's name is a short form
        "Dunlin Marinas runs harbours. Rook Boats is family-run, though the Rook family sold a "
        "30% stake to Tay Capital.",
        [("tay-capital", "FUNDS", "rook-boats")],
        [("tay-capital", "FUNDS", "dunlin-marinas")],
    ),
    (  # boats: "the X brothers" of a firm called X Brothers
        "Gale Brothers builds barges. The Gale brothers sold a 40% stake to Tay Capital.",
        [("tay-capital", "FUNDS", "gale-brothers")],
        [],
    ),
    (  # guard (software): the opener is an investor, not the firm sold
        "Quill Ledger makes tax software. Sorrel Ventures was an early backer, and the founders "
        "sold a 20% stake to Tay Capital in 2021.",
        [("tay-capital", "FUNDS", "quill-ledger")],
        [("tay-capital", "FUNDS", "sorrel-ventures")],
    ),
    (  # guard (software): the opener is a customer
        "Quill Ledger makes tax software. Marl Bank is a large client, though the founders sold "
        "a 20% stake to Tay Capital.",
        [("tay-capital", "FUNDS", "quill-ledger")],
        [("tay-capital", "FUNDS", "marl-bank")],
    ),
    (  # guard (dairy): the opener's clause is no linked clause ("after")
        "Brook Dairy makes butter. The Food Standards Board cleared the deal after the founders "
        "sold a 25% stake to Tay Capital.",
        [("tay-capital", "FUNDS", "brook-dairy")],
        [("tay-capital", "FUNDS", "food-standards-board")],
    ),
    (  # guard (dairy): an adviser opens a "when" clause
        "Brook Dairy makes butter. Marl Bank advised when the owners sold a 25% stake to Tay "
        "Capital.",
        [],
        [("tay-capital", "FUNDS", "marl-bank")],
    ),
    (  # clinics: the seller is the firm's backer
        "Fenby Clinics runs eight hospitals. Its backer Ormond Health sold a 25% stake in 2023 "
        "to Tay Capital.",
        [("tay-capital", "FUNDS", "fenby-clinics")],
        [("tay-capital", "FUNDS", "ormond-health")],
    ),
    (  # clinics: a parent named with the noun as a title
        "Fenby Clinics runs eight hospitals. Parent Ormond Holdings sold a 35% stake in 2021 "
        "to Tay Capital.",
        [("tay-capital", "FUNDS", "fenby-clinics")],
        [("tay-capital", "FUNDS", "ormond-holdings")],
    ),
    (  # robots: a former parent, the possessor named
        "Cobb Robotics builds grippers. Cobb's former parent, Ormond Werke, sold a 26% stake "
        "in 2022 to Tay Capital.",
        [("tay-capital", "FUNDS", "cobb-robotics")],
        [("tay-capital", "FUNDS", "ormond-werke")],
    ),
    (  # banks: an owner set off by commas
        "Larch Bank lends to farmers. Its private-equity owner, Ormond Capital, sold a 15% "
        "stake last year to Tay Partners.",
        [("tay-partners", "FUNDS", "larch-bank")],
        [("tay-partners", "FUNDS", "ormond-capital")],
    ),
    (  # guard (banks): a seller with no holder noun sells a stake in itself
        "Larch Bank lends to farmers. Ormond Capital sold a 15% stake last year to Tay Partners.",
        [("tay-partners", "FUNDS", "ormond-capital")],
        [],
    ),
]

BANK = DATED_SALES + APPOSED_PASSIVES + PUT_INTO + GAP_OBJECTS + UNDONE_SALES + SELLERS
GAPS: dict[str, str] = {
    "Velmont Bikes makes cargo bikes. Calloway": "a date before the stake's 'in' is not skipped",
    "Ivo Crane put": "a currency sign is a word of its own in a gap's reach ('£ 1m')",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_funds32(case: Case) -> None:
    check(*case)
