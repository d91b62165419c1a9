"""Genre bank for a descriptor noun phrase right before a name (round 15): "Quillex bought
battery maker Voltrix" is Quillex OWNS Voltrix, whatever the trade noun ("maker", "lender",
"chipmaker", "brewer", "distributor", "bottler", ...): before a name the noun phrase is a title
of the name, never an anaphor, and never makes the sentence's first word part of a descriptor
("Handheld console maker Ouro" describes Ouro; "Quillex bought console maker Ouro" does not).

Each case is a short invented article (text, relations that must be found, relations that must
not be) across batteries, chips, banking, pharma, packaging, drinks, distribution, insurance,
steel, brewing, airlines, haulage and recycling: active verbs with a one-word subject, a
perfect, a relative, a passive with the descriptor in an appositive, coordinated described
objects, a pronoun subject. Guards: "the maker" after one firm called a maker is that firm,
after none or two it is nothing; a capitalized opener that only describes ("State owned lender
X") stays no entity.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params, kept

ACTIVE: list[Case] = [
    (  # batteries: "maker" is both a type head and an anaphor
        "Ostrel bought battery maker Kavlin Cells.",
        [("ostrel", "OWNS", "kavlin-cells")],
        [],
    ),
    (  # chips: a one-word trade noun
        "Tamsin acquired chipmaker Orvane.",
        [("tamsin", "OWNS", "orvane")],
        [],
    ),
    (  # banking: "sued lender X"
        "Brightwell sued lender Corran Homes.",
        [("brightwell", "DISPUTES", "corran-homes")],
        [],
    ),
    (  # pharma: "backs" (a finite verb in the present)
        "Halvard backs drugmaker Pexilo.",
        [("halvard", "FUNDS", "pexilo")],
        [],
    ),
    (  # distribution: a trade anaphor that is also a type head
        "Corvane acquired distributor Lodden Supply.",
        [("corvane", "OWNS", "lodden-supply")],
        [],
    ),
    (  # distribution: "wholesaler"
        "Pellam bought wholesaler Greyfen.",
        [("pellam", "OWNS", "greyfen")],
        [],
    ),
    (  # insurance
        "Ardmore sued insurer Velstrom.",
        [("ardmore", "DISPUTES", "velstrom")],
        [],
    ),
    (  # steel
        "Kestova acquired steelmaker Rauden Works.",
        [("kestova", "OWNS", "rauden-works")],
        [],
    ),
    (  # brewing, with a time adjunct after the name
        "Ferrin bought brewer Hollick Ales last year.",
        [("ferrin", "OWNS", "hollick-ales")],
        [],
    ),
    (  # airlines
        "Quorra acquired airline Skyvane.",
        [("quorra", "OWNS", "skyvane")],
        [],
    ),
    (  # drinks: a trade anaphor only ("bottler" types nothing)
        "Marrick bought beverage bottler Fizzmora.",
        [("marrick", "OWNS", "fizzmora")],
        [],
    ),
    (  # an adverb between the subject and its verb
        "Ostrel quietly bought lender Voltan Credit.",
        [("ostrel", "OWNS", "voltan-credit")],
        [],
    ),
    (  # a perfect
        "Quillex has bought battery maker Voltrix.",
        [("quillex", "OWNS", "voltrix")],
        [],
    ),
    (  # a relative clause on the buyer
        "Quillex, which bought battery maker Voltrix in 2021, grew fast.",
        [("quillex", "OWNS", "voltrix")],
        [],
    ),
    (  # a pronoun subject for the firm of the sentence before
        "Ostrel Group makes cars. It bought battery maker Kavlin Cells.",
        [("ostrel-group", "OWNS", "kavlin-cells")],
        [],
    ),
]

PASSIVE: list[Case] = [
    (  # batteries: the descriptor in an appositive, then the passive
        "Kavlin Cells, the battery maker, was bought by Ostrel.",
        [("ostrel", "OWNS", "kavlin-cells")],
        [],
    ),
    (  # insurance: an indefinite appositive
        "Velstrom, a car insurer, was acquired by Ardmore Group.",
        [("ardmore-group", "OWNS", "velstrom")],
        [],
    ),
    (  # drinks: a trade anaphor in the appositive
        "Fizzmora Drinks, a bottler based in Porto, was bought by Marrick Corp.",
        [("marrick", "OWNS", "fizzmora-drinks")],
        [],
    ),
]

COORDINATED: list[Case] = [
    (  # two described objects, each with its own trade noun
        "Brandt bought battery maker Voltrix and packaging firm Tornella.",
        [("brandt", "OWNS", "voltrix"), ("brandt", "OWNS", "tornella")],
        [],
    ),
    (  # brewing and packaging
        "Marrick Corp acquired packaging firm Dunsel and brewer Fizzmora.",
        [("marrick", "OWNS", "dunsel"), ("marrick", "OWNS", "fizzmora")],
        [],
    ),
    (  # a trade anaphor first
        "Marrick Corp acquired bottler Fizzmora and packaging firm Dunsel.",
        [("marrick", "OWNS", "fizzmora"), ("marrick", "OWNS", "dunsel")],
        [],
    ),
    (  # a trade anaphor as the second member
        "Marrick Corp acquired packaging firm Dunsel and bottler Fizzmora.",
        [("marrick", "OWNS", "dunsel"), ("marrick", "OWNS", "fizzmora")],
        [],
    ),
    (  # haulage and recycling, sued
        "Lindqvist Freight sued haulier Orbe Trucking and recycler Greyfen Metals.",
        [
            ("lindqvist-freight", "DISPUTES", "orbe-trucking"),
            ("lindqvist-freight", "DISPUTES", "greyfen-metals"),
        ],
        [],
    ),
]

ANAPHORA: list[Case] = [
    (  # one earlier firm called a maker: "the maker" is that firm
        "Ardent Cells is a battery maker in Lyon. Quillex Group bought the maker last year.",
        [("quillex-group", "OWNS", "ardent-cells")],
        [],
    ),
    (  # one earlier firm called a bottler
        "Fizzmora Drinks, a bottler based in Porto, grew. Marrick Corp bought the bottler in May.",
        [("marrick", "OWNS", "fizzmora-drinks")],
        [],
    ),
    (  # the bought firm, called "the maker" in the next sentence, is no new party
        "Quillex bought battery maker Voltrix. The maker said talks were friendly.",
        [("quillex", "OWNS", "voltrix")],
        [("voltrix", "OWNS", "voltrix")],
    ),
    (  # two firms called makers: "the maker" is neither
        "Ardent Cells and Volte Power are battery makers. Quillex Group bought the maker last "
        "year.",
        [],
        [("quillex-group", "OWNS", "ardent-cells"), ("quillex-group", "OWNS", "volte-power")],
    ),
]


GUARDS: list[Case] = [
    (  # no earlier maker: "the maker" refers to nothing named
        "Quillex Group sued the maker over a patent.",
        [],
        [("quillex-group", "DISPUTES", "quillex-group")],
    ),
    (  # the maker speaks: nothing
        "Quillex Group makes tills. The maker said sales rose.",
        [],
        [("quillex-group", "OWNS", "quillex-group")],
    ),
    (  # a common noun opening the sentence stays no party
        "Regulators fined lender Voltan Credit.",
        [],
        [("regulators", "DISPUTES", "voltan-credit")],
    ),
]

# a capitalized opener that only describes the name after it stays no entity
DESCRIBING_OPENERS: list[tuple[str, str, str]] = [
    ("State owned lender Corran Bank said profits rose.", "State", "Corran Bank"),
    ("Handheld console maker Ouro said it grew.", "Handheld", "Ouro"),
    ("Cobalt miner Tervane said output rose.", "Cobalt", "Tervane"),
    ("Quillex bought console maker Ouro.", "", "Quillex"),
    ("Brightwell sued lender Corran Homes.", "", "Brightwell"),
]

BANK = ACTIVE + PASSIVE + COORDINATED + ANAPHORA + GUARDS
GAPS: dict[str, str] = {
    "Ardent Cells and Volte Power are battery makers": "'the maker' after two firms called "
    "makers takes the first (loaders/article.py `_resolve_np`)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_descriptor_object(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("text,opener,name", DESCRIBING_OPENERS, ids=lambda v: str(v)[:40])
def test_describing_opener(text: str, opener: str, name: str) -> None:
    names = kept(text)
    assert name in names, names
    assert not opener or opener not in names, names
