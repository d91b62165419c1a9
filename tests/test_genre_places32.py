"""Genre bank for the firm a place is attached to (round 32, LOCATED_IN).

What is read: "the company" in a seat clause hung on a place ("founded it in C, where the group
has been based since") means the firm that clause named, not the article's topic; a town that closes
a relative clause ("which runs a mill in A and a plant in B, employs 900 people") stays a
place, not the subject of the verb after the comma; the "its" of a purpose clause after money
lent to a firm reaches past a long coordinated object ("to install heat pumps and a new
rainwater tank at its mill in C") but stops at a clause or agent opener ("run by its office")
and needs the "to" right after the lending clause; "a loyalty base in C" is no site; with two
firms before ", where the company is based", the clause's own subject (not a relative's object
or a passive's agent), "the unit" the firm called a unit (mend32).

Guards: a "where" clause that says no seat, a bank the description names by its own noun
("the C-based bank") or the only candidate in view, "the C-based group" after a bank's sentence
(the lender-last ranking was dropped), and a lender's "its" outside a purpose clause.

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
    # mend32: "the C-based group" after a bank's sentence keeps the bank (no lender-last rank)
    (
        "Banco Corvo bought 30% of Linde Seguros. The Lisbon-based group paid €90m.",
        [("banco-corvo", "LOCATED_IN", "lisbon")],
        [("linde-seguros", "LOCATED_IN", "lisbon")],
    ),
    (  # a bank's name that is no lender: a seed bank
        "Nordic Grain Bank signed a deal with Pell Agro to store seeds. The Oslo-based company "
        "keeps 3m samples.",
        [("nordic-grain-bank", "LOCATED_IN", "oslo")],
        [("pell-agro", "LOCATED_IN", "oslo")],
    ),
    (  # the bank as the passive subject
        "Kessa Bank was fined by the regulator over loans to Vell Foods. The Bonn-based group "
        "will appeal.",
        [("kessa-bank", "LOCATED_IN", "bonn")],
        [("vell-foods", "LOCATED_IN", "bonn")],
    ),
    (  # the bank as the pronoun subject of the sentence before
        "Lund Bank reported a record profit. It lent more to firms such as Brann Foods. The "
        "Malmo-based group employs 3,000 people.",
        [("lund-bank", "LOCATED_IN", "malmo")],
        [("brann-foods", "LOCATED_IN", "malmo")],
    ),
    # mend32: the purpose clause's "its" stops at a clause or agent opener inside it
    (
        "Tamsin Bank lent Orla Weaving £5m to buy looms under a plan run by its branch in Derby.",
        [],
        [("orla-weaving", "LOCATED_IN", "derby")],
    ),
    (
        "Halvard Bank lent €2m to Brun Dairy to pay suppliers under a programme set up by its "
        "office in Aalborg.",
        [],
        [("brun-dairy", "LOCATED_IN", "aalborg")],
    ),
    (
        "Halvard Bank lent €2m to Brun Dairy to buy a barn from a farmer who banks at its "
        "branch in Ribe.",
        [],
        [("brun-dairy", "LOCATED_IN", "ribe")],
    ),
    (
        "Kessa Bank lent €4m to Vico Pasta to pay for ovens bought through the leasing desk at "
        "its office in Bonn.",
        [],
        [("vico-pasta", "LOCATED_IN", "bonn")],
    ),
    (  # the lending in a relative clause: the main clause's "plans to" is no purpose of it
        "Kessa Bank, which lent €4m to Vico Pasta last year, plans to open a new call centre "
        "at its campus in Bonn.",
        [("kessa-bank", "LOCATED_IN", "bonn")],
        [("vico-pasta", "LOCATED_IN", "bonn")],
    ),
    (  # the purpose right after the recipient and a date still reads
        "Kessa Bank lent €4m to Vico Pasta last year to re-equip two drying rooms at its plant "
        "in Parma.",
        [("vico-pasta", "LOCATED_IN", "parma")],
        [("kessa-bank", "LOCATED_IN", "parma")],
    ),
    # mend32: one one-word firm in the clause before ", where": it stays an entity
    (
        "Velto built a depot in Tampere, where the operator has been based since 1995.",
        [("velto", "LOCATED_IN", "tampere")],
        [],
    ),
    (
        "Marlo ordered three ferries for its fleet in Bergen, where the shipowner is "
        "headquartered.",
        [("marlo", "LOCATED_IN", "bergen")],
        [],
    ),
    (
        "Quorra opened its first shop in Ghent, where the retailer is based.",
        [("quorra", "LOCATED_IN", "ghent")],
        [],
    ),
    # mend32: two firms in the clause: its own subject, else none
    (  # a relative's object is not the subject
        "Dunmore Retail, which bought Penny Lane Shoes last year, opened a flagship store in "
        "Leeds, where the company is based.",
        [("dunmore-retail", "LOCATED_IN", "leeds")],
        [("penny-lane-shoes", "LOCATED_IN", "leeds")],
    ),
    (  # a passive's agent is not the subject
        "Fenwick Air was launched by Coltrane Travel in 2011 in Bristol, where the airline is "
        "based.",
        [("fenwick-air", "LOCATED_IN", "bristol")],
        [("coltrane-travel", "LOCATED_IN", "bristol")],
    ),
    (  # "the unit" is the firm called a unit
        "Greta Foods, a unit of Harlan Group, opened a bakery in Nantes, where the unit is "
        "headquartered.",
        [("greta-foods", "LOCATED_IN", "nantes")],
        [],
    ),
    (  # a relative clause the place closes: its antecedent
        "Halden Foods bought Piro Gelato, which was founded in Verona, where the company is based.",
        [("piro-gelato", "LOCATED_IN", "verona")],
        [("halden-foods", "LOCATED_IN", "verona")],
    ),
    (  # the subject that only reports: not its clause's subject
        "Halden Foods said Piro Gelato opened a shop in Verona, where the company is based.",
        [],
        [("halden-foods", "LOCATED_IN", "verona")],
    ),
    (  # textiles: two firms in the clause, none founded at the place: the subject
        "Vantry Textiles, which bought Orlan Mills in 2019, has a plant in Bradford, where the "
        "company is based.",
        [],
        [("orlan-mills", "LOCATED_IN", "bradford")],
    ),
    (  # the description's kind fits the backer, not the subject: no subject pick
        "Lumo Energy, backed by Tallis Capital, was started in Tromso, where the fund is based.",
        [],
        [("lumo-energy", "LOCATED_IN", "tromso")],
    ),
    # gaps (xfail, strict): shapes left unread this round
    (  # "the group" when another firm named in the clause is a Group: not the subject
        "Greta Foods, a unit of Harlan Group, opened a bakery in Nantes, where the group is "
        "headquartered.",
        [],
        [("greta-foods", "LOCATED_IN", "nantes")],
    ),
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
    "Greta Foods, a unit of Harlan Group, opened a bakery in Nantes, where the group": "the "
    "seat clause abstains when another firm's name ends in the head; the topical ranking then "
    "takes the subject",
    "Most of the pumps are made by Norvik": "X, the C-based NOUN, which ...: the appositive walk "
    "stops at a hyphened place (reading tried, dropped: +1 right +1 wrong on the CHECK half)",
    "Norvik, the Bergen-based": "as above: the relative clause after a C-based appositive",
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
