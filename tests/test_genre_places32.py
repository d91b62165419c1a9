"""Genre bank for the firm a place is attached to (round 32, LOCATED_IN).

What is read: "the company" in a seat clause hung on a place ("founded it in C, where the group
has been based since") means the firm that clause named, not the article's topic; a town that closes
a relative clause ("which runs a mill in A and a plant in B, employs 900 people") stays a
place, not the subject of the verb after the comma; the "its" of a purpose clause after money
lent to a firm reaches past a long coordinated object ("to install heat pumps and a new
rainwater tank at its mill in C"); "the C-based company" is not a bank's name while another
candidate is in view; "a loyalty base in C" is no site.

Guards: a "where" clause that says no seat, a bank the description names by its own noun
("the C-based bank") or the only candidate in view, and a lender's "its" outside a purpose
clause.

Invented cases across gelato, snooker halls, steel, heat pumps, buttons, solar modules,
casinos, bakeries and textiles.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

from loaders.article import extract

BANK: list[Case] = [
    (  # gelato: "X was founded ... in C, where the company has been based", another topic
        "Harrow Foods agreed to buy Brisa Gelato on Monday. Harrow Foods is based in Leeds. "
        "Harrow Foods makes ice cream. Brisa Gelato was founded in 1981 by Marco Dell as a "
        "kiosk near the station in Modena, where the company has been based ever since.",
        [("brisa-gelato", "LOCATED_IN", "modena")],
        [("harrow-foods", "LOCATED_IN", "modena")],
    ),
    (  # snooker halls: a pronoun object of "founded", then "where the chain has its headquarters"
        "Kessel Tables agreed to buy Tarn Clubs. Kessel Tables makes slate tables and is run "
        "by its founder. Tarn Clubs is a different business. Anna Berg founded it in 2010 with "
        "two rented rooms in Utrecht, where the chain has its headquarters today.",
        [("tarn-clubs", "LOCATED_IN", "utrecht")],
        [("kessel-tables", "LOCATED_IN", "utrecht")],
    ),
    (  # steel: a town closing a relative clause before "employs" stays a place
        "Vessaro Steel, which runs a mill in Bergamo and a plant in Livorno, employs 2,300 people.",
        [("vessaro-steel", "LOCATED_IN", "bergamo"), ("vessaro-steel", "LOCATED_IN", "livorno")],
        [],
    ),
    (  # steel: one site in the relative clause, then "employs"
        "Orvane Metals, which has a foundry in Bergen, employs 400 people.",
        [("orvane-metals", "LOCATED_IN", "bergen")],
        [],
    ),
    (  # buttons: money lent to a firm, a long coordinated purpose object, "its plant in C"
        "The Nordic Development Bank has lent €15m to Vella Buttons, the zip maker set up "
        "in 1978 by Ali Kaya, to install heat pumps and a new rainwater tank at its mill in "
        "Izmir.",
        [("vella-buttons", "LOCATED_IN", "izmir")],
        [("the-nordic-development-bank", "LOCATED_IN", "izmir")],
    ),
    (  # buttons: the short purpose clause, recipient right after the verb
        "Corran Bank lent Pellow Textiles $20m to expand its mill in Keighley.",
        [("pellow-textiles", "LOCATED_IN", "keighley")],
        [("corran-bank", "LOCATED_IN", "keighley")],
    ),
    (  # solar modules: "the C-based company" after a bank's sentence means the firm
        "Heliox Solar will build a factory in Sines. The European Lending Bank will lend €50m. "
        "The factory will make Heliox's Nova module, which the Dresden-based company assembles "
        "at its home plant.",
        [("heliox-solar", "LOCATED_IN", "dresden")],
        [("the-european-lending-bank", "LOCATED_IN", "dresden")],
    ),
    (  # guard, banking: a description by the bank's own noun still means the bank
        "Harlan Foods bought Kesto Bakeries. The deal was financed by Fjordal Bank. The "
        "Oslo-based bank lent €40m.",
        [("fjordal-bank", "LOCATED_IN", "oslo")],
        [("harlan-foods", "LOCATED_IN", "oslo"), ("kesto-bakeries", "LOCATED_IN", "oslo")],
    ),
    (  # guard, banking: a bank alone in view stays "the C-based company"
        "Fjordal Bank reported a profit. The Oslo-based company said loans grew.",
        [("fjordal-bank", "LOCATED_IN", "oslo")],
        [],
    ),
    (  # guard, casinos: a loyalty scheme's members are no site
        "Pike Resorts will roll the app out across its loyalty base in Nevada.",
        [],
        [("pike-resorts", "LOCATED_IN", "nevada")],
    ),
    (  # guard, bakeries: a "where" clause that says no seat places nobody by it
        "Tessa Ovens bought Grenholm Bakeries. Grenholm Bakeries sells most of its bread in "
        "Aarhus, where the company has a large share of the market.",
        [],
        [("tessa-ovens", "LOCATED_IN", "aarhus")],
    ),
    (  # guard, buttons: a lender's own "its" outside a purpose clause stays the lender's
        "Corran Bank lent Pellow Textiles $20m. Corran Bank has its headquarters in Leeds.",
        [("corran-bank", "LOCATED_IN", "leeds")],
        [("pellow-textiles", "LOCATED_IN", "leeds")],
    ),
    # gaps (xfail, strict): shapes left unread this round
    (  # heat pumps: "X, the C-based maker, which opened a factory in D"
        "Most of the pumps are made by Norvik, the Bergen-based manufacturer, which runs a "
        "factory in Swindon.",
        [("norvik", "LOCATED_IN", "bergen"), ("norvik", "LOCATED_IN", "swindon")],
        [],
    ),
    (  # heat pumps: the same relative clause in the subject, "runs"
        "Norvik, the Bergen-based manufacturer, which runs a factory in Swindon, said it would "
        "hire 40 people.",
        [("norvik", "LOCATED_IN", "swindon")],
        [],
    ),
    (  # textiles: two firms in the clause, none founded at the place: the bought one is taken
        "Vantry Textiles, which bought Orlan Mills in 2019, has a plant in Bradford, where the "
        "company is based.",
        [],
        [("orlan-mills", "LOCATED_IN", "bradford")],
    ),
    (  # casinos: sites listed after a colon
        "Pike Resorts owns two gaming venues: a card room in Reno and a racetrack in Elko.",
        [("pike-resorts", "LOCATED_IN", "reno")],
        [],
    ),
    (  # steel: "line" alone is no site noun ("a product line in Europe")
        "Vessaro Steel runs a coating line in Livorno.",
        [("vessaro-steel", "LOCATED_IN", "livorno")],
        [],
    ),
    (  # lawsuits: the accused's smelter in a "claiming" clause
        "The Brook Water Authority sued Keller Chemie in May, claiming that waste from its "
        "smelter in Mobile had polluted a lake.",
        [("keller-chemie", "LOCATED_IN", "mobile")],
        [("the-brook-water-authority", "LOCATED_IN", "mobile")],
    ),
]

GAPS: dict[str, str] = {
    "Most of the pumps are made by Norvik": "X, the C-based NOUN, which ...: the appositive walk "
    "stops at a hyphened place (reading tried, dropped: +1 right +1 wrong on the CHECK half)",
    "Norvik, the Bergen-based": "as above: the relative clause after a C-based appositive",
    "Vantry Textiles, which bought": "a seat clause after a clause naming two firms is left to "
    "the topical ranking, which takes the latest",
    "Pike Resorts owns two": "sites listed after a colon are not read",
    "Vessaro Steel runs a coating line": "'line' alone is no site noun (product lines)",
    "The Brook Water Authority sued": "a 'claiming' clause's 'its' binds the subject, not the "
    "accused",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_places32(case: Case) -> None:
    check(*case)


# A headline or line that ends on "its" (or "its completed") once sent the deal-noun look-up
# past the last token (IndexError); each must extract without raising.
CLOSING_ITS: list[str] = [
    "Third firm its\n\nCorran Bank lent Pellow Textiles $20m to buy the looms that a rival "
    "maker had used at its mill in Halifax.",
    "Weaver sells its\n\nDorn Mills sold a plant in Leeds. Its buyer was Kell Cloth.",
    "Regulator drops its completed\n\nThe Harbour Authority said its review of Vanta Ports "
    "was over.",
    "Tarn Dyes and its\n\nTarn Dyes bought Osk Mills. It paid $4m.",
    "Who owns its\n\nBrell Yarns runs a mill in Oldham.",
]


@pytest.mark.parametrize("text", CLOSING_ITS, ids=[t[:30] for t in CLOSING_ITS])
def test_closing_its_does_not_crash(text: str) -> None:
    assert extract(text) is not None
